/* Every shared vector through every C function. */
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"
#include "check.h"
#include "tsv.h"

/* Whether the row's comma-separated flags list `flag`. */
static int flag_is(const tsv_row *row, const char *flag) {
    size_t len = strlen(flag);
    for (const char *at = row->fields[4]; at != NULL; at = strchr(at, ',')) {
        at += *at == ',';
        if (strncmp(at, flag, len) == 0 && (at[len] == ',' || at[len] == '\0')) return 1;
    }
    return 0;
}

/* The expected answer of a reverse or name case: the code, or HTTPCODES_ERROR_NOT_FOUND. */
static int32_t expected_code(const char *field) {
    return strcmp(field, "unknown") == 0 ? HTTPCODES_ERROR_NOT_FOUND : (int32_t)atoi(field);
}

static void statuses(const char *dir) {
    tsv_file file = tsv_load(dir, "statuses.tsv");
    CHECK(httpcodes_count() == file.count, "count %zu", httpcodes_count());
    for (size_t i = 0; i < file.count; i++) {
        const tsv_row *row = &file.rows[i];
        int32_t code = (int32_t)atoi(row->fields[0]);
        const char *phrase = row->fields[1], *name = row->fields[2], *label = row->fields[3];
        CHECK(same_text(httpcodes_reason_phrase(code), phrase), "%d", code);
        CHECK(same_text(httpcodes_name_of(code), name), "%d", code);
        CHECK(same_text(httpcodes_class_label(httpcodes_class_of(code)), label), "%d", code);
        CHECK(httpcodes_code_of(phrase) == code, "%s", phrase);
        CHECK(httpcodes_code_of_len(phrase, strlen(phrase)) == code, "%s", phrase);
        CHECK(httpcodes_code_of_name(name) == code, "%s", name);
        CHECK(httpcodes_code_at(i) == code, "index %zu", i);
        CHECK(httpcodes_is_redirect(code) == flag_is(row, "is_redirect"), "%d", code);
        CHECK(httpcodes_is_empty_body(code) == flag_is(row, "is_empty_body"), "%d", code);
        CHECK(httpcodes_is_retry(code) == flag_is(row, "is_retry"), "%d", code);
        CHECK(httpcodes_is_cacheable_by_default(code) == flag_is(row, "is_cacheable_by_default"), "%d",
              code);
    }
    CHECK(httpcodes_code_at(file.count) == HTTPCODES_ERROR_NOT_FOUND, "past the end");
    tsv_free(&file);
}

static void classes(const char *dir) {
    tsv_file file = tsv_load(dir, "classes.tsv");
    CHECK(file.count == 5, "%zu rows", file.count);
    for (size_t i = 0; i < file.count; i++) {
        const tsv_row *row = &file.rows[i];
        int32_t first = (int32_t)(row->fields[1][0] - '0') * 100;
        httpcodes_class klass = httpcodes_class_of(first);
        CHECK((int)klass == (int)i + 1, "class of %d", first);
        CHECK(same_text(httpcodes_class_label(klass), row->fields[0]), "%d", first);
        CHECK(same_text(httpcodes_class_description(klass), row->fields[2]), "%d", first);
        for (int32_t code = first; code < first + 100; code++)
            CHECK(httpcodes_class_of(code) == klass, "%d", code);
    }
    tsv_free(&file);
}

static void aliases(const char *dir) {
    tsv_file file = tsv_load(dir, "aliases.tsv");
    for (size_t i = 0; i < file.count; i++) {
        const char *alias = file.rows[i].fields[0];
        int32_t code = (int32_t)atoi(file.rows[i].fields[1]);
        CHECK(httpcodes_code_of(alias) == code, "%s", alias);
        CHECK(!same_text(httpcodes_reason_phrase(code), alias), "forward gives the spec's phrase");
    }
    tsv_free(&file);
}

/* reverse.tsv and names.tsv: input, expected, case. */
static void lookups(const char *dir, const char *name, int32_t (*find)(const char *)) {
    tsv_file file = tsv_load(dir, name);
    for (size_t i = 0; i < file.count; i++) {
        const tsv_row *row = &file.rows[i];
        char *input = (char *)malloc(strlen(row->fields[0]) + 1);
        size_t len = tsv_unescape(row->fields[0], input);
        int32_t expected = expected_code(row->fields[1]);
        if (find == httpcodes_code_of) {
            CHECK(httpcodes_code_of_len(input, len) == expected, "%s: %s", name, row->fields[2]);
        }
        if (strlen(input) == len) {
            CHECK(find(input) == expected, "%s: %s", name, row->fields[2]);
        }
        free(input);
    }
    tsv_free(&file);
}

/* facts.tsv: code, registered phrase, reference (both `none` when unregistered), description. */
static void facts(const char *dir) {
    tsv_file file = tsv_load(dir, "facts.tsv");
    CHECK(httpcodes_count() == file.count, "%zu rows", file.count);
    for (size_t i = 0; i < file.count; i++) {
        const tsv_row *row = &file.rows[i];
        int32_t code = (int32_t)atoi(row->fields[0]);
        const char *reference = strcmp(row->fields[2], "none") == 0 ? NULL : row->fields[2];
        const char *registered = strcmp(row->fields[1], "none") == 0 ? NULL : row->fields[1];
        CHECK(same_text(httpcodes_registered_phrase(code), registered), "%d", code);
        CHECK(same_text(httpcodes_reference_of(code), reference), "%d", code);
        CHECK(same_text(httpcodes_description_of(code), row->fields[3]), "%d", code);
    }
    tsv_free(&file);
}

/* The constants carry every NAME and alias name, each equal to its code. */
static void constants(const char *dir) {
    tsv_file file = tsv_load(dir, "alias_names.tsv");
    CHECK(file.count > 0, "%zu alias names", file.count);
    for (size_t i = 0; i < file.count; i++) {
        CHECK(httpcodes_code_of_name(file.rows[i].fields[0]) == atoi(file.rows[i].fields[1]), "%s",
              file.rows[i].fields[0]);
    }
    tsv_free(&file);
    CHECK(HTTPCODES_STATUS_NOT_FOUND == 404, "NOT_FOUND");
    CHECK(HTTPCODES_STATUS_EARLY_HINTS == 103, "EARLY_HINTS");
    CHECK(HTTPCODES_STATUS_MOVED_TEMPORARILY == 302 && HTTPCODES_STATUS_FOUND == 302, "302");
    CHECK(HTTPCODES_STATUS_CONTENT_TOO_LARGE == 413 && HTTPCODES_STATUS_PAYLOAD_TOO_LARGE == 413 &&
              HTTPCODES_STATUS_REQUEST_ENTITY_TOO_LARGE == 413 && HTTPCODES_STATUS_REQUEST_TOO_LONG == 413,
          "413");
    CHECK(HTTPCODES_STATUS_URI_TOO_LONG == 414 && HTTPCODES_STATUS_RANGE_NOT_SATISFIABLE == 416 &&
              HTTPCODES_STATUS_UNPROCESSABLE_CONTENT == 422 && HTTPCODES_STATUS_NOT_EXTENDED == 510,
          "alias names");
    /* Unknown codes have no facts. */
    const int32_t unknown[] = {104, 306, 499, 999, -1, 0, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        CHECK(httpcodes_registered_phrase(unknown[i]) == NULL, "%d", unknown[i]);
        CHECK(httpcodes_reference_of(unknown[i]) == NULL, "%d", unknown[i]);
        CHECK(httpcodes_description_of(unknown[i]) == NULL, "%d", unknown[i]);
    }
}

static void forward(const char *dir) {
    tsv_file file = tsv_load(dir, "forward.tsv");
    for (size_t i = 0; i < file.count; i++) {
        const tsv_row *row = &file.rows[i];
        long long wide = strtoll(row->fields[0], NULL, 10);
        if (wide < INT32_MIN || wide > INT32_MAX) continue; /* not an int32_t: see edges.c */
        int32_t code = (int32_t)wide;
        const char *phrase = strcmp(row->fields[1], "unknown") == 0 ? NULL : row->fields[1];
        const char *label = strcmp(row->fields[2], "none") == 0 ? NULL : row->fields[2];
        CHECK(same_text(httpcodes_reason_phrase(code), phrase), "%d", code);
        CHECK(same_text(httpcodes_class_label(httpcodes_class_of(code)), label), "%d", code);
        CHECK((httpcodes_class_of(code) == HTTPCODES_CLASS_NONE) == (label == NULL), "%d", code);
    }
    tsv_free(&file);
}

void test_vectors(const char *dir) {
    statuses(dir);
    classes(dir);
    aliases(dir);
    facts(dir);
    constants(dir);
    lookups(dir, "reverse.tsv", httpcodes_code_of);
    lookups(dir, "names.tsv", httpcodes_code_of_name);
    forward(dir);
    test_header_fields(dir);
}
