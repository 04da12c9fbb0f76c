/* Counting assertions for the C suite: every check counts, every failure prints and fails the run. */
#ifndef HTTPCODES_TEST_CHECK_H
#define HTTPCODES_TEST_CHECK_H

#include <stdio.h>

extern long checks_run;
extern long checks_failed;

#define CHECK(cond, ...)                                              \
    do {                                                              \
        checks_run++;                                                 \
        if (!(cond)) {                                                \
            checks_failed++;                                          \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                             \
            fputc('\n', stderr);                                      \
        }                                                             \
    } while (0)

/* Equal C strings, where either may be NULL. */
int same_text(const char *a, const char *b);

void test_vectors(const char *dir);
void test_header_fields(const char *dir);
void test_edges(const char *dir);
void test_threads(long lookups_per_thread, int check_rss);

#endif
