/* The C fuzz harness's oracle: the shared vectors (tests/vectors), loaded once, and the contract's
 * rules written the plain way (spec/API.md), so each answer of the library can be checked
 * against what it must be. */
#ifndef HTTPCODES_FUZZ_ORACLE_H
#define HTTPCODES_FUZZ_ORACLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    int32_t code;
    const char *phrase;
    const char *name;
    int class_digit;
    const char *flags; /* the listed flags that hold, comma-separated, or "-" */
} status_row;

/* Loads the vectors from DIR; exits the run if a file is missing or over the harness's room. */
void oracle_load(const char *dir);

/* The vectors' statuses, in ascending code order. */
size_t oracle_status_count(void);
const status_row *oracle_status_at(size_t index);
/* The row of CODE, or NULL if it is not listed. */
const status_row *listed_status(long long code);

/* The label and description of class DIGIT (1 to 5), or NULL for any other digit. */
const char *class_label(int digit);
const char *class_description(int digit);

/* What httpcodes_code_of_len answers for the bytes, by the contract's rule. */
int32_t expected_code_of(const uint8_t *text, size_t len);
/* What httpcodes_code_of_name answers for the NUL-terminated text. */
int32_t expected_code_of_name(const char *name);
/* Whether flag FLAG holds for CODE, in the order of include/httpcodes.h's flag functions:
 * the five classes, is_error, then the listed flags, read from ROW (NULL if unlisted). */
int expected_flag(int flag, long long code, const status_row *row);

#endif
