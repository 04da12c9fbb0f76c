/* The int32_t sweep and the bad inputs a C caller can hand over. */
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"
#include "check.h"
#include "tsv.h"

#define TEN_MB (10u * 1024u * 1024u)

/* Listed codes, read from the vectors: listed[c] for 0 <= c < 1000. */
static void load_listed(const char *dir, char *listed) {
    tsv_file file = tsv_load(dir, "statuses.tsv");
    for (size_t i = 0; i < file.count; i++) listed[atoi(file.rows[i].fields[0])] = 1;
    tsv_free(&file);
}

static void check_code(int32_t code, const char *listed) {
    int is_listed = code >= 0 && code < 1000 && listed[code];
    int hundreds = code >= 100 && code <= 599 ? code / 100 : 0;
    CHECK((httpcodes_reason_phrase(code) != NULL) == is_listed, "%d", code);
    CHECK((httpcodes_name_of(code) != NULL) == is_listed, "%d", code);
    CHECK((int)httpcodes_class_of(code) == hundreds, "%d", code);
    CHECK(httpcodes_is_informational(code) == (hundreds == 1), "%d", code);
    CHECK(httpcodes_is_success(code) == (hundreds == 2), "%d", code);
    CHECK(httpcodes_is_redirection(code) == (hundreds == 3), "%d", code);
    CHECK(httpcodes_is_client_error(code) == (hundreds == 4), "%d", code);
    CHECK(httpcodes_is_server_error(code) == (hundreds == 5), "%d", code);
    CHECK(httpcodes_is_error(code) == (hundreds >= 4), "%d", code);
    if (!is_listed) {
        CHECK(!httpcodes_is_redirect(code) && !httpcodes_is_empty_body(code) &&
                  !httpcodes_is_retry(code),
              "%d has no flags", code);
    }
}

static void sweep(const char *dir) {
    char listed[1000] = {0};
    load_listed(dir, listed);
    for (int32_t code = -100000; code <= 200000; code++) check_code(code, listed);
    const int32_t edges[] = {INT32_MIN, INT32_MIN + 1, INT32_MAX, INT32_MAX - 1, -1, 0,
                             65535, 65536, 65940, 66036, -65132};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) check_code(edges[i], listed);
}

static void bad_text(void) {
    CHECK(httpcodes_code_of(NULL) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL");
    CHECK(httpcodes_code_of_name(NULL) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL name");
    CHECK(httpcodes_code_of_len(NULL, 0) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL, 0");
    CHECK(httpcodes_code_of_len(NULL, 9) == HTTPCODES_ERROR_NULL_ARGUMENT, "NULL, 9");
    CHECK(httpcodes_code_of("") == HTTPCODES_ERROR_NOT_FOUND, "empty");
    CHECK(httpcodes_code_of_len("Not Found", 0) == HTTPCODES_ERROR_NOT_FOUND, "length 0");
    CHECK(httpcodes_code_of_len("Not\0Found", 9) == HTTPCODES_ERROR_NOT_FOUND, "embedded NUL");
    CHECK(httpcodes_code_of_len("Not Found\0", 10) == HTTPCODES_ERROR_NOT_FOUND, "trailing NUL");
    CHECK(httpcodes_code_of("Not Found\xff") == HTTPCODES_ERROR_INVALID_UTF8, "\\xff");
    CHECK(httpcodes_code_of("\xff\xfe") == HTTPCODES_ERROR_INVALID_UTF8, "\\xff\\xfe");
    CHECK(httpcodes_code_of("\xc0\xaf") == HTTPCODES_ERROR_INVALID_UTF8, "overlong");
    CHECK(httpcodes_code_of("\xed\xa0\x80") == HTTPCODES_ERROR_INVALID_UTF8, "surrogate");
    CHECK(httpcodes_code_of_len("Not Found\xff", 10) == HTTPCODES_ERROR_INVALID_UTF8, "len \\xff");
    CHECK(httpcodes_code_of_name("NOT_FOUND\xff") == HTTPCODES_ERROR_INVALID_UTF8, "name \\xff");
    CHECK(httpcodes_code_of_len("Not FoundGARBAGE", 9) == 404, "reads only len bytes");
    CHECK(httpcodes_code_of_len("Not FoundGARBAGE", 16) == HTTPCODES_ERROR_NOT_FOUND, "garbage");
    CHECK(httpcodes_code_of_len("Not Found", (size_t)-1) == HTTPCODES_ERROR_NOT_FOUND,
          "impossible length");

    char *huge = (char *)malloc(TEN_MB + 1);
    memset(huge, 'a', TEN_MB);
    huge[TEN_MB] = '\0';
    CHECK(httpcodes_code_of(huge) == HTTPCODES_ERROR_NOT_FOUND, "10 MB");
    CHECK(httpcodes_code_of_len(huge, TEN_MB) == HTTPCODES_ERROR_NOT_FOUND, "10 MB, len");
    CHECK(httpcodes_code_of_name(huge) == HTTPCODES_ERROR_NOT_FOUND, "10 MB name");
    memset(huge, ' ', TEN_MB);
    memcpy(huge + TEN_MB / 2, "Not Found", 9);
    CHECK(httpcodes_code_of(huge) == 404, "10 MB of padding around a phrase");
    huge[TEN_MB - 1] = '\xff';
    CHECK(httpcodes_code_of(huge) == HTTPCODES_ERROR_INVALID_UTF8, "10 MB, bad last byte");
    free(huge);
}

/* httpcodes_error_name, the deprecated old name of httpcodes_error_message: still exported, and
 * marked so that a compiler warns where it is called. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
static const char *deprecated_error_name(int32_t error) { return httpcodes_error_name(error); }
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* One call each on 100 MB: core reads a phrase in one pass and allocates nothing. */
static void hundred_mb(void) {
    size_t size = 100u * 1024u * 1024u;
    char *huge = (char *)malloc(size);
    CHECK(huge != NULL, "100 MB");
    memset(huge, 'x', size);
    CHECK(httpcodes_code_of_len(huge, size) == HTTPCODES_ERROR_NOT_FOUND, "100 MB");
    free(huge);
}

static void bad_enums_and_indexes(void) {
    const int32_t errors[] = {HTTPCODES_ERROR_NOT_FOUND, HTTPCODES_ERROR_NULL_ARGUMENT,
                              HTTPCODES_ERROR_INVALID_UTF8, HTTPCODES_ERROR_INTERNAL};
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        CHECK(httpcodes_error_message(errors[i]) != NULL, "error %d is described", errors[i]);
        CHECK(deprecated_error_name(errors[i]) == httpcodes_error_message(errors[i]),
              "the old name answers as the new one for %d", errors[i]);
        for (size_t j = 0; j < i; j++)
            CHECK(errors[i] != errors[j], "error values are distinct");
    }
    const int32_t not_errors[] = {0, 1, 404, -5, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof not_errors / sizeof not_errors[0]; i++)
        CHECK(httpcodes_error_message(not_errors[i]) == NULL, "%d", not_errors[i]);

    const int32_t not_classes[] = {HTTPCODES_CLASS_NONE, 6, -1, 404, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof not_classes / sizeof not_classes[0]; i++) {
        CHECK(httpcodes_class_label(not_classes[i]) == NULL, "%d", not_classes[i]);
        CHECK(httpcodes_class_description(not_classes[i]) == NULL, "%d", not_classes[i]);
    }
    CHECK(httpcodes_code_at(httpcodes_count()) == HTTPCODES_ERROR_NOT_FOUND, "count");
    CHECK(httpcodes_code_at((size_t)-1) == HTTPCODES_ERROR_NOT_FOUND, "SIZE_MAX");
}

void test_edges(const char *dir) {
    sweep(dir);
    bad_text();
    hundred_mb();
    bad_enums_and_indexes();
}
