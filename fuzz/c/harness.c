/* The C door under libFuzzer: every function of include/httpcodes.h on arbitrary bytes and the
 * integers read from them, each answer checked against an oracle.
 *
 * The oracle (oracle.c) is the shared vectors (tests/vectors, read once at start from
 * $HTTPCODES_VECTORS): the statuses with their phrases, names, classes and flags, the aliases,
 * the alias names and the classes, plus the contract's rules written the plain way. The
 * functions are also checked against each other (a phrase's code is the code it came from, ...).
 * A disagreement prints what differed and aborts, which libFuzzer saves as a reproducer.
 *
 * Built with -fsanitize=fuzzer for fuzzing (`tools/dev fuzz run N c`), and with replay.c's main, without
 * libFuzzer, to replay the committed seeds and regressions (`make test-fuzz-regressions`).
 */
#include <httpcodes.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, long long input) {
    fprintf(stderr, "httpcodes fuzz: mismatch: %s (input %lld)\n", what, input);
    abort();
}

#define CHECK(condition, input)                                                    \
    do {                                                                           \
        if (!(condition)) fail(#condition, (long long)(input));                    \
    } while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *dir = getenv("HTTPCODES_VECTORS");
    if (!dir) {
        fprintf(stderr, "httpcodes fuzz: set HTTPCODES_VECTORS to tests/vectors\n");
        exit(2);
    }
    oracle_load(dir);

    /* The library's own iteration lists exactly the vectors' codes, in order. */
    size_t status_count = oracle_status_count();
    CHECK(httpcodes_count() == status_count, httpcodes_count());
    for (size_t i = 0; i < status_count; i++) {
        CHECK(httpcodes_code_at(i) == oracle_status_at(i)->code, i);
    }
    return 0;
}

static int same_text(const char *answer, const char *expected) {
    if (!answer || !expected) return answer == expected;
    return strcmp(answer, expected) == 0;
}

/* ---- The checks ------------------------------------------------------------------------- */

static void check_text(const uint8_t *data, size_t size) {
    int32_t expected = expected_code_of(data, size);
    CHECK(httpcodes_code_of_len((const char *)data, size) == expected, expected);
    CHECK(httpcodes_code_of_len(NULL, size) == HTTPCODES_ERROR_NULL_ARGUMENT, size);

    /* The C-string functions read up to the first NUL of a terminated copy. */
    char *copy = (char *)malloc(size + 1);
    if (!copy) abort();
    memcpy(copy, data, size);
    copy[size] = '\0';
    size_t len = strlen(copy);
    CHECK(httpcodes_code_of(copy) == expected_code_of((const uint8_t *)copy, len), len);
    CHECK(httpcodes_code_of_name(copy) == expected_code_of_name(copy), len);
    /* Every length of a prefix is a text of its own. */
    size_t cut = size > 0 ? data[0] % (size + 1) : 0;
    CHECK(httpcodes_code_of_len(copy, cut) == expected_code_of(data, cut), cut);
    free(copy);
}

static void check_code(int32_t code) {
    const status_row *row = listed_status(code);
    const char *phrase = httpcodes_reason_phrase(code);
    const char *name = httpcodes_name_of(code);
    CHECK(same_text(phrase, row ? row->phrase : NULL), code);
    CHECK(same_text(name, row ? row->name : NULL), code);
    CHECK((phrase != NULL) == (name != NULL), code);
    /* Every listed code has a description; only 419 and 420, which the registry does not list,
       have neither a reference nor a registered phrase (facts.tsv). */
    int registered = row != NULL && code != 419 && code != 420;
    CHECK((httpcodes_registered_phrase(code) != NULL) == registered, code);
    CHECK((httpcodes_description_of(code) != NULL) == (row != NULL), code);
    CHECK((httpcodes_reference_of(code) != NULL) == registered, code);
    if (phrase) {
        CHECK(httpcodes_code_of(phrase) == code, code);
        CHECK(httpcodes_code_of_len(phrase, strlen(phrase)) == code, code);
        CHECK(httpcodes_code_of_name(name) == code, code);
    }

    int digit = code >= 100 && code <= 599 ? code / 100 : 0;
    httpcodes_class class_id = httpcodes_class_of(code);
    CHECK((int)class_id == digit, code);
    CHECK(same_text(httpcodes_class_label(class_id), class_label(digit)), code);
    CHECK(same_text(httpcodes_class_description(class_id), class_description(digit)), code);
    /* The same code taken as a class value. */
    CHECK(same_text(httpcodes_class_label(code), class_label(code)), code);
    CHECK(same_text(httpcodes_class_description(code), class_description(code)), code);

    bool flags[10] = {
        httpcodes_is_informational(code), httpcodes_is_success(code),
        httpcodes_is_redirection(code),   httpcodes_is_client_error(code),
        httpcodes_is_server_error(code),  httpcodes_is_error(code),
        httpcodes_is_redirect(code),      httpcodes_is_empty_body(code),
        httpcodes_is_retry(code),         httpcodes_is_cacheable_by_default(code),
    };
    for (int flag = 0; flag < 10; flag++) {
        CHECK(flags[flag] == expected_flag(flag, code, row), (long long)code * 10 + flag);
    }

    /* The code taken as an index, and as the index a negative number wraps to. */
    size_t index = (size_t)(int64_t)code;
    CHECK(httpcodes_code_at(index) == (index < oracle_status_count() ? oracle_status_at(index)->code
                                                                     : HTTPCODES_ERROR_NOT_FOUND),
          code);
    const char *message = httpcodes_error_message(code);
    CHECK((message != NULL) == (code >= -4 && code <= -1), code);
    if (message) CHECK(strlen(message) > 0 && strlen(message) < 1024, code);
}

/* The integers an input stands for: its decimal text, its first bytes read as little-endian
 * integers of 16 and 32 bits, and those moved by the wrap points of narrower integers. */
static void check_codes(const uint8_t *data, size_t size) {
    int32_t bases[3] = {0, 0, 0};
    char text[32];
    size_t n = size < sizeof text - 1 ? size : sizeof text - 1;
    memcpy(text, data, n);
    text[n] = '\0';
    char *end;
    long long decimal = strtoll(text, &end, 10);
    if (end != text && decimal >= INT32_MIN && decimal <= INT32_MAX) bases[0] = (int32_t)decimal;
    uint8_t raw[4] = {0, 0, 0, 0};
    memcpy(raw, data, size < 4 ? size : 4);
    bases[1] = (int32_t)((uint32_t)raw[0] | (uint32_t)raw[1] << 8 | (uint32_t)raw[2] << 16 |
                         (uint32_t)raw[3] << 24);
    bases[2] = (int32_t)((uint32_t)raw[0] | (uint32_t)raw[1] << 8);
    static const int64_t shifts[] = {0, 65536, -65536, 256, -256, INT32_MIN};
    for (size_t b = 0; b < 3; b++) {
        for (size_t s = 0; s < sizeof shifts / sizeof shifts[0]; s++) {
            check_code((int32_t)(uint32_t)((int64_t)bases[b] + shifts[s]));
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    check_text(data, size);
    check_codes(data, size);
    return 0;
}
