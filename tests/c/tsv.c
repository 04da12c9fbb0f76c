#include "tsv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what, const char *detail) {
    fprintf(stderr, "vectors: %s: %s\n", what, detail);
    exit(2);
}

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = (char *)malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) die("cannot read", path);
    text[size] = '\0';
    fclose(f);
    return text;
}

static size_t split(char *line, char **fields) {
    size_t count = 0;
    for (;;) {
        if (count == TSV_MAX_FIELDS) die("too many fields in", line);
        fields[count++] = line;
        char *tab = strchr(line, '\t');
        if (!tab) return count;
        *tab = '\0';
        line = tab + 1;
    }
}

tsv_file tsv_load(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tsv_file file;
    file.text = read_all(path);
    file.count = 0;
    size_t lines = 0;
    for (const char *p = file.text; *p; p++) lines += *p == '\n';
    file.rows = (tsv_row *)calloc(lines + 1, sizeof(tsv_row));

    char *header_fields[TSV_MAX_FIELDS];
    char *line = file.text;
    char *end = strchr(line, '\n');
    if (!end) die("no header in", path);
    *end = '\0';
    size_t width = split(line, header_fields);
    for (line = end + 1; *line; line = end + 1) {
        end = strchr(line, '\n');
        if (!end) die("last line has no newline in", path);
        *end = '\0';
        tsv_row *row = &file.rows[file.count++];
        row->count = split(line, row->fields);
        if (row->count != width) die("wrong number of fields in", path);
    }
    return file;
}

void tsv_free(tsv_file *file) {
    free(file->rows);
    free(file->text);
    file->rows = NULL;
    file->text = NULL;
}

static size_t put_utf8(unsigned long scalar, char *out) {
    if (scalar < 0x80) {
        out[0] = (char)scalar;
        return 1;
    }
    if (scalar < 0x800) {
        out[0] = (char)(0xC0 | (scalar >> 6));
        out[1] = (char)(0x80 | (scalar & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (scalar >> 12));
    out[1] = (char)(0x80 | ((scalar >> 6) & 0x3F));
    out[2] = (char)(0x80 | (scalar & 0x3F));
    return 3;
}

size_t tsv_unescape(const char *field, char *out) {
    size_t len = 0;
    for (const char *p = field; *p; p++) {
        if (*p != '\\') {
            out[len++] = *p;
            continue;
        }
        p++;
        switch (*p) {
        case 't': out[len++] = '\t'; break;
        case 'n': out[len++] = '\n'; break;
        case 'r': out[len++] = '\r'; break;
        case '\\': out[len++] = '\\'; break;
        case 'u': {
            char hex[5] = {0};
            memcpy(hex, p + 1, 4);
            len += put_utf8(strtoul(hex, NULL, 16), out + len);
            p += 4;
            break;
        }
        default: die("unknown escape in", field);
        }
    }
    out[len] = '\0';
    return len;
}
