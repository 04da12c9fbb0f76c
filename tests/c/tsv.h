/* Reads the shared vectors in tests/vectors/ (format: tests/vectors/README.md). */
#ifndef HTTPCODES_TEST_TSV_H
#define HTTPCODES_TEST_TSV_H

#include <stddef.h>

#define TSV_MAX_FIELDS 8

typedef struct {
    char *fields[TSV_MAX_FIELDS]; /* NUL-terminated, escapes still in place */
    size_t count;
} tsv_row;

typedef struct {
    tsv_row *rows; /* data rows, header skipped */
    size_t count;
    char *text;    /* the file, owned */
} tsv_file;

/* Loads dir/name; exits the test run if the file is missing or a row has the wrong width. */
tsv_file tsv_load(const char *dir, const char *name);
void tsv_free(tsv_file *file);

/* Decodes the escapes of an input field into out (at least strlen(field) + 1 bytes; the result is
   never longer), returning its length in bytes; the result may contain NUL. */
size_t tsv_unescape(const char *field, char *out);

#endif
