/* header_fields.tsv and missing_fields.tsv through the C functions, and their bad arguments. */
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"
#include "check.h"
#include "tsv.h"

static const char *or_null(const char *field) { return strcmp(field, "-") == 0 ? NULL : field; }

/* Each code's rows, in order, against httpcodes_header_field_at; then the count. */
static void header_fields(const char *dir) {
    tsv_file file = tsv_load(dir, "header_fields.tsv");
    size_t row = 0, listed = 0;
    for (size_t i = 0; i < httpcodes_count(); i++) {
        int32_t code = httpcodes_code_at(i);
        size_t own = 0;
        for (; row < file.count && atoi(file.rows[row].fields[0]) == code; row++, own++) {
            const httpcodes_header_field *field = httpcodes_header_field_at(code, own);
            char **expected = file.rows[row].fields;
            CHECK(field != NULL, "%d field %zu", code, own);
            if (field == NULL) continue;
            CHECK(same_text(field->name, expected[1]), "%d %s", code, field->name);
            CHECK(same_text(field->level, expected[2]), "%d %s", code, expected[1]);
            CHECK(same_text(field->section, expected[3]), "%d %s", code, expected[1]);
            CHECK(same_text(field->condition, or_null(expected[4])), "%d %s", code, expected[1]);
        }
        CHECK(httpcodes_header_field_count(code) == own, "%d: %zu fields", code, own);
        CHECK(httpcodes_header_field_at(code, own) == NULL, "%d past the end", code);
        CHECK(httpcodes_header_field_at(code, SIZE_MAX) == NULL, "%d at SIZE_MAX", code);
        listed += own;
    }
    CHECK(row == file.count && listed == file.count, "rows in table order: %zu of %zu", row, file.count);
    tsv_free(&file);
    const int32_t unknown[] = {104, 306, 499, -1, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        CHECK(httpcodes_header_field_count(unknown[i]) == 0, "%d", unknown[i]);
        CHECK(httpcodes_header_field_at(unknown[i], 0) == NULL, "%d", unknown[i]);
    }
}

/* Splits a comma-separated field in place into at most `max` names; "-" is none. */
static size_t split(char *list, const char **names, size_t max) {
    size_t count = 0;
    if (strcmp(list, "-") == 0) return 0;
    for (char *at = list; at != NULL && count < max; count++) {
        names[count] = at;
        at = strchr(at, ',');
        if (at != NULL) *at++ = '\0';
    }
    return count;
}

static void missing_fields(const char *dir) {
    tsv_file file = tsv_load(dir, "missing_fields.tsv");
    for (size_t i = 0; i < file.count; i++) {
        char **row = file.rows[i].fields;
        const char *present[16], *expected[16];
        const httpcodes_header_field *out[16];
        int32_t code = (int32_t)atoi(row[0]);
        size_t count = split(row[1], present, 16), want = split(row[2], expected, 16);
        int32_t missing = httpcodes_missing_fields(code, count ? present : NULL, count, out, 16);
        CHECK(missing == (int32_t)want, "%s: %d missing", row[3], missing);
        for (size_t j = 0; j < want && (int32_t)j < missing; j++)
            CHECK(same_text(out[j]->name, expected[j]), "%s: %s", row[3], out[j]->name);
        /* A capacity too small still counts every missing field and writes only what fits. */
        out[0] = NULL;
        CHECK(httpcodes_missing_fields(code, present, count, out, 0) == (int32_t)want, "%s", row[3]);
        CHECK(out[0] == NULL, "%s: nothing written at capacity 0", row[3]);
    }
    tsv_free(&file);
}

static void bad_arguments(void) {
    const httpcodes_header_field *out[4];
    const char *with_null[] = {NULL, "Allow"};
    CHECK(httpcodes_missing_fields(499, NULL, 0, out, 4) == HTTPCODES_ERROR_NOT_FOUND, "unknown code");
    CHECK(httpcodes_missing_fields(405, NULL, 1, out, 4) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL names");
    CHECK(httpcodes_missing_fields(405, NULL, 0, NULL, 1) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL out");
    CHECK(httpcodes_missing_fields(405, NULL, 0, NULL, 0) == 1, "count only");
    CHECK(httpcodes_missing_fields(405, with_null, 1, out, 4) == 1, "a NULL name names nothing");
    CHECK(httpcodes_missing_fields(405, with_null, 2, out, 4) == 0, "the name after a NULL one");
}

void test_header_fields(const char *dir) {
    header_fields(dir);
    missing_fields(dir);
    bad_arguments();
}
