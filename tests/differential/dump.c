/* The C door's half of the differential test: `dump INTS PHRASES OUT` (see compare.py). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"

static const char *or_dash(const char *text) { return text ? text : "-"; }

/* Each header field as it shows, `Allow (MUST, RFC 9110, Section 15.5.6)`, joined by "; ". */
static void header_fields(FILE *out, int32_t code) {
    size_t count = httpcodes_header_field_count(code);
    for (size_t i = 0; i < count; i++) {
        const httpcodes_header_field *field = httpcodes_header_field_at(code, i);
        fprintf(out, "%s%s (%s%s%s, %s)", i ? "; " : "", field->name, field->level,
                field->condition ? " " : "", field->condition ? field->condition : "", field->section);
    }
    fputs(count ? "\n" : "-\n", out);
}

static void integer_line(FILE *out, const char *line) {
    errno = 0;
    char *end = NULL;
    long long wide = strtoll(line, &end, 10);
    if (errno == ERANGE || *end != '\0' || wide < INT32_MIN || wide > INT32_MAX) {
        fputs("SKIP\n", out); /* wider than the C door's int32_t */
        return;
    }
    int32_t code = (int32_t)wide;
    fprintf(out, "%s\t%s\t%s\t%d%d%d%d%d%d%d%d%d%d\t%s\t%s\t%s\t", or_dash(httpcodes_reason_phrase(code)),
            or_dash(httpcodes_name_of(code)), or_dash(httpcodes_class_label(httpcodes_class_of(code))),
            httpcodes_is_informational(code), httpcodes_is_success(code),
            httpcodes_is_redirection(code), httpcodes_is_client_error(code),
            httpcodes_is_server_error(code), httpcodes_is_error(code), httpcodes_is_redirect(code),
            httpcodes_is_empty_body(code), httpcodes_is_retry(code), httpcodes_is_cacheable_by_default(code),
            or_dash(httpcodes_registered_phrase(code)), or_dash(httpcodes_reference_of(code)),
            or_dash(httpcodes_description_of(code)));
    header_fields(out, code);
}

static void code_field(FILE *out, int32_t found) {
    if (found >= 0)
        fprintf(out, "%d", found);
    else
        fputc('-', out);
}

static void phrase_line(FILE *out, const char *line) {
    size_t len = strlen(line) / 2;
    char *bytes = (char *)malloc(len + 1);
    for (size_t i = 0; i < len; i++) {
        char pair[3] = {line[2 * i], line[2 * i + 1], '\0'};
        bytes[i] = (char)strtoul(pair, NULL, 16);
    }
    bytes[len] = '\0';
    code_field(out, httpcodes_code_of_len(bytes, len));
    fputc('\t', out);
    /* httpcodes_code_of_name reads up to a NUL: text with one inside is no name. */
    code_field(out, strlen(bytes) == len ? httpcodes_code_of_name(bytes) : HTTPCODES_ERROR_NOT_FOUND);
    fputc('\n', out);
    free(bytes);
}

static void each_line(const char *path, FILE *out, void (*answer)(FILE *, const char *)) {
    FILE *in = fopen(path, "r");
    if (!in) {
        perror(path);
        exit(2);
    }
    static char line[1 << 16];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = '\0';
        answer(out, line);
    }
    fclose(in);
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s INTS PHRASES OUT\n", argv[0]);
        return 2;
    }
    FILE *out = fopen(argv[3], "w");
    if (!out) {
        perror(argv[3]);
        return 2;
    }
    each_line(argv[1], out, integer_line);
    each_line(argv[2], out, phrase_line);
    return fclose(out) == 0 ? 0 : 1;
}
