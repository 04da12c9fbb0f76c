/* The C door under libFuzzer: every function of include/httpcodes.h on arbitrary bytes and the
 * integers read from them, each answer checked against an oracle.
 *
 * The oracle is the shared vectors (tests/vectors, read once at start from $HTTPCODES_VECTORS):
 * the statuses with their phrases, names, classes and flags, the aliases, the alias names and the
 * classes,
 * plus the contract's rules written the plain way (spec/API.md): reverse lookup is a scan of
 * the phrases and aliases, ASCII case-insensitive, ASCII whitespace trimmed; invalid UTF-8 that
 * names nothing is HTTPCODES_ERROR_INVALID_UTF8; classes and the range flags go by range. The
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

#include "tsv.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_STATUSES 128
#define MAX_ALIASES 32

typedef struct {
    int32_t code;
    const char *phrase;
    const char *name;
    int class_digit;
    const char *flag; /* "is_redirect", "is_empty_body", "is_retry" or "-" */
} status_row;

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

static void fail(const char *what, long long input) {
    fprintf(stderr, "httpcodes fuzz: mismatch: %s (input %lld)\n", what, input);
    abort();
}

#define CHECK(condition, input)                                                    \
    do {                                                                           \
        if (!(condition)) fail(#condition, (long long)(input));                    \
    } while (0)

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

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    const char *dir = getenv("HTTPCODES_VECTORS");
    if (!dir) {
        fprintf(stderr, "httpcodes fuzz: set HTTPCODES_VECTORS to tests/vectors\n");
        exit(2);
    }
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
        statuses[i].flag = f[4];
    }
    status_count = listed.count;
    alias_count = load_pairs(dir, "aliases.tsv", &alias_file, aliases);
    alias_name_count = load_pairs(dir, "alias_names.tsv", &alias_name_file, alias_names);

    /* The library's own iteration lists exactly the vectors' codes, in order. */
    CHECK(httpcodes_count() == status_count, httpcodes_count());
    for (size_t i = 0; i < status_count; i++) CHECK(httpcodes_code_at(i) == statuses[i].code, i);
    return 0;
}

/* ---- The oracle ------------------------------------------------------------------------- */

static const status_row *listed_status(long long code) {
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

/* What httpcodes_code_of_len answers for the bytes, by the contract's rule. */
static int32_t expected_code_of(const uint8_t *text, size_t len) {
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

/* What httpcodes_code_of_name answers for the NUL-terminated text. */
static int32_t expected_code_of_name(const char *name) {
    for (size_t i = 0; i < status_count; i++) {
        if (strcmp(name, statuses[i].name) == 0) return statuses[i].code;
    }
    for (size_t i = 0; i < alias_name_count; i++) {
        if (strcmp(name, alias_names[i].text) == 0) return alias_names[i].code;
    }
    return is_utf8((const uint8_t *)name, strlen(name)) ? HTTPCODES_ERROR_NOT_FOUND
                                                        : HTTPCODES_ERROR_INVALID_UTF8;
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

static int expected_flag(int flag, long long code, const status_row *row) {
    int digit = code >= 100 && code <= 599 ? (int)(code / 100) : 0;
    switch (flag) {
    case 0: return digit == 1;
    case 1: return digit == 2;
    case 2: return digit == 3;
    case 3: return digit == 4;
    case 4: return digit == 5;
    case 5: return digit == 4 || digit == 5;
    case 6: return row && strcmp(row->flag, "is_redirect") == 0;
    case 7: return row && strcmp(row->flag, "is_empty_body") == 0;
    default: return row && strcmp(row->flag, "is_retry") == 0;
    }
}

static void check_code(int32_t code) {
    const status_row *row = listed_status(code);
    const char *phrase = httpcodes_reason_phrase(code);
    const char *name = httpcodes_name_of(code);
    CHECK(same_text(phrase, row ? row->phrase : NULL), code);
    CHECK(same_text(name, row ? row->name : NULL), code);
    CHECK((phrase != NULL) == (name != NULL), code);
    /* Every listed code has its facts; only 419 and 420 have no reference (facts.tsv). */
    CHECK((httpcodes_registered_phrase(code) != NULL) == (row != NULL), code);
    CHECK((httpcodes_description_of(code) != NULL) == (row != NULL), code);
    CHECK((httpcodes_reference_of(code) != NULL) == (row != NULL && code != 419 && code != 420),
          code);
    if (phrase) {
        CHECK(httpcodes_code_of(phrase) == code, code);
        CHECK(httpcodes_code_of_len(phrase, strlen(phrase)) == code, code);
        CHECK(httpcodes_code_of_name(name) == code, code);
    }

    int digit = code >= 100 && code <= 599 ? code / 100 : 0;
    httpcodes_class class_id = httpcodes_class_of(code);
    CHECK((int)class_id == digit, code);
    CHECK(same_text(httpcodes_class_label(class_id), digit ? class_labels[digit] : NULL), code);
    CHECK(same_text(httpcodes_class_description(class_id), digit ? class_descriptions[digit] : NULL),
          code);
    /* The same code taken as a class value. */
    int as_class = code >= 1 && code <= 5 ? code : 0;
    CHECK(same_text(httpcodes_class_label(code), as_class ? class_labels[as_class] : NULL), code);
    CHECK(same_text(httpcodes_class_description(code),
                    as_class ? class_descriptions[as_class] : NULL),
          code);

    bool flags[9] = {
        httpcodes_is_informational(code), httpcodes_is_success(code),
        httpcodes_is_redirection(code),   httpcodes_is_client_error(code),
        httpcodes_is_server_error(code),  httpcodes_is_error(code),
        httpcodes_is_redirect(code),      httpcodes_is_empty_body(code),
        httpcodes_is_retry(code),
    };
    for (int flag = 0; flag < 9; flag++) {
        CHECK(flags[flag] == expected_flag(flag, code, row), (long long)code * 10 + flag);
    }

    /* The code taken as an index, and as the index a negative number wraps to. */
    size_t index = (size_t)(int64_t)code;
    CHECK(httpcodes_code_at(index) ==
              (index < status_count ? statuses[index].code : HTTPCODES_ERROR_NOT_FOUND),
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
