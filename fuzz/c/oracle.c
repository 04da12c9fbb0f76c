/* The oracle of the C fuzz harness (oracle.h): the vectors, read once at start, and the
 * contract's rules written the plain way: reverse lookup is a scan of the phrases and aliases,
 * ASCII case-insensitive, ASCII whitespace trimmed; invalid UTF-8 that names nothing is
 * HTTPCODES_ERROR_INVALID_UTF8; classes and the range flags go by range.
 */
#include "oracle.h"

#include <httpcodes.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsv.h"

#define MAX_STATUSES 128
#define MAX_ALIASES 32

typedef struct {
    const char *text;
    int32_t code;
} alias_row;

static status_row statuses[MAX_STATUSES];
static size_t status_count;
static alias_row aliases[MAX_ALIASES];
static size_t alias_count;
static alias_row alias_names[MAX_ALIASES];
static size_t alias_name_count;
static const char *class_labels[6];
static const char *class_descriptions[6];
/* The loaded files, which the rows point into; they stay for the whole run. */
static tsv_file classes, listed, alias_file, alias_name_file;

static int digit_of_label(const char *label) {
    for (int digit = 1; digit <= 5; digit++) {
        if (class_labels[digit] && strcmp(class_labels[digit], label) == 0) return digit;
    }
    fprintf(stderr, "httpcodes fuzz: unknown class %s in statuses.tsv\n", label);
    exit(2);
}

/* A vector file of (text, code) rows into ROWS, which point into FILE; how many there are. */
static size_t load_pairs(const char *dir, const char *name, tsv_file *file, alias_row *rows) {
    *file = tsv_load(dir, name);
    if (file->count > MAX_ALIASES) exit(2);
    for (size_t i = 0; i < file->count; i++) {
        rows[i].text = file->rows[i].fields[0];
        rows[i].code = (int32_t)atoi(file->rows[i].fields[1]);
    }
    return file->count;
}

void oracle_load(const char *dir) {
    classes = tsv_load(dir, "classes.tsv");
    for (size_t i = 0; i < classes.count; i++) {
        int digit = classes.rows[i].fields[1][0] - '0';
        if (digit < 1 || digit > 5) exit(2);
        class_labels[digit] = classes.rows[i].fields[0];
        class_descriptions[digit] = classes.rows[i].fields[2];
    }
    listed = tsv_load(dir, "statuses.tsv");
    if (listed.count > MAX_STATUSES) exit(2);
    for (size_t i = 0; i < listed.count; i++) {
        char **f = listed.rows[i].fields;
        statuses[i].code = (int32_t)atoi(f[0]);
        statuses[i].phrase = f[1];
        statuses[i].name = f[2];
        statuses[i].class_digit = digit_of_label(f[3]);
        statuses[i].flags = f[4];
    }
    status_count = listed.count;
    alias_count = load_pairs(dir, "aliases.tsv", &alias_file, aliases);
    alias_name_count = load_pairs(dir, "alias_names.tsv", &alias_name_file, alias_names);
}

size_t oracle_status_count(void) {
    return status_count;
}

const status_row *oracle_status_at(size_t index) {
    return &statuses[index];
}

const char *class_label(int digit) {
    return digit >= 1 && digit <= 5 ? class_labels[digit] : NULL;
}

const char *class_description(int digit) {
    return digit >= 1 && digit <= 5 ? class_descriptions[digit] : NULL;
}

const status_row *listed_status(long long code) {
    for (size_t i = 0; i < status_count; i++) {
        if (statuses[i].code == code) return &statuses[i];
    }
    return NULL;
}

static int is_space(uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static int equal_folded(const uint8_t *text, size_t len, const char *key) {
    if (strlen(key) != len) return 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t a = text[i], b = (uint8_t)key[i];
        if (a >= 'A' && a <= 'Z') a = (uint8_t)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = (uint8_t)(b - 'A' + 'a');
        if (a != b) return 0;
    }
    return 1;
}

/* Whether the bytes are UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
static int is_utf8(const uint8_t *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        size_t extra;
        uint32_t point, least;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1, point = c & 0x1F, least = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2, point = c & 0x0F, least = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3, point = c & 0x07, least = 0x10000;
        } else {
            return 0;
        }
        if (len - i - 1 < extra) return 0;
        for (size_t k = 1; k <= extra; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            point = point << 6 | (s[i + k] & 0x3F);
        }
        if (point < least || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) return 0;
        i += extra + 1;
    }
    return 1;
}

int32_t expected_code_of(const uint8_t *text, size_t len) {
    size_t start = 0, end = len;
    while (start < end && is_space(text[start])) start++;
    while (end > start && is_space(text[end - 1])) end--;
    for (size_t i = 0; i < status_count; i++) {
        if (equal_folded(text + start, end - start, statuses[i].phrase)) return statuses[i].code;
    }
    for (size_t i = 0; i < alias_count; i++) {
        if (equal_folded(text + start, end - start, aliases[i].text)) return aliases[i].code;
    }
    return is_utf8(text, len) ? HTTPCODES_ERROR_NOT_FOUND : HTTPCODES_ERROR_INVALID_UTF8;
}

int32_t expected_code_of_name(const char *name) {
    for (size_t i = 0; i < status_count; i++) {
        if (strcmp(name, statuses[i].name) == 0) return statuses[i].code;
    }
    for (size_t i = 0; i < alias_name_count; i++) {
        if (strcmp(name, alias_names[i].text) == 0) return alias_names[i].code;
    }
    return is_utf8((const uint8_t *)name, strlen(name)) ? HTTPCODES_ERROR_NOT_FOUND
                                                        : HTTPCODES_ERROR_INVALID_UTF8;
}

/* Whether ROW's comma-separated flags list FLAG. */
static int lists(const status_row *row, const char *flag) {
    size_t len = strlen(flag);
    if (row == NULL) return 0;
    for (const char *at = row->flags; at != NULL; at = strchr(at, ',')) {
        at += *at == ',';
        if (strncmp(at, flag, len) == 0 && (at[len] == ',' || at[len] == '\0')) return 1;
    }
    return 0;
}

int expected_flag(int flag, long long code, const status_row *row) {
    int digit = code >= 100 && code <= 599 ? (int)(code / 100) : 0;
    switch (flag) {
    case 0: return digit == 1;
    case 1: return digit == 2;
    case 2: return digit == 3;
    case 3: return digit == 4;
    case 4: return digit == 5;
    case 5: return digit == 4 || digit == 5;
    case 6: return lists(row, "is_redirect");
    case 7: return lists(row, "is_empty_body");
    case 8: return lists(row, "is_retry");
    default: return lists(row, "is_cacheable_by_default");
    }
}
