/* The C hot paths, called N times each, for the instruction-count guard (tests/instructions/run.sh).
 *   calls LOOKUP N
 * LOOKUP is one of: noop reason_phrase code_of_hit code_of_miss class_of header_field_at
 * is_cacheable_by_default. `noop` calls a function that does nothing, so its count is the
 * loop's own: the guard subtracts it from the others. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"

/* Where the answers go, so the compiler keeps every call. */
static volatile long sink;

static const int32_t codes[] = {200, 404, 503, 302, 418, 999, 100, 511};
static const char *const hits[] = {"Not Found", "OK", "service unavailable", "I'm a Teapot",
                                   "Moved Temporarily", "Request-URI Too Long", "Gone", "Created"};
static const char *const misses[] = {"not foundx", "OKAY", "Switching protocol", "Teapot",
                                     "Moved", "Request URI Too Longer", "Gon", "Creat"};
#define EACH 8

__attribute__((noinline)) static long noop(size_t i) { return (long)i; }

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: calls LOOKUP N\n");
        return 2;
    }
    const char *lookup = argv[1];
    size_t n = strtoul(argv[2], NULL, 10);
    size_t hit_len[EACH], miss_len[EACH];
    for (size_t i = 0; i < EACH; i++) {
        hit_len[i] = strlen(hits[i]);
        miss_len[i] = strlen(misses[i]);
    }
    if (strcmp(lookup, "noop") == 0) {
        for (size_t i = 0; i < n; i++) sink += noop(i % EACH);
    } else if (strcmp(lookup, "reason_phrase") == 0) {
        for (size_t i = 0; i < n; i++) sink += httpcodes_reason_phrase(codes[i % EACH]) != NULL;
    } else if (strcmp(lookup, "code_of_hit") == 0) {
        for (size_t i = 0; i < n; i++)
            sink += httpcodes_code_of_len(hits[i % EACH], hit_len[i % EACH]);
    } else if (strcmp(lookup, "code_of_miss") == 0) {
        for (size_t i = 0; i < n; i++)
            sink += httpcodes_code_of_len(misses[i % EACH], miss_len[i % EACH]);
    } else if (strcmp(lookup, "class_of") == 0) {
        for (size_t i = 0; i < n; i++) sink += httpcodes_class_of(codes[i % EACH]);
    } else if (strcmp(lookup, "header_field_at") == 0) {
        for (size_t i = 0; i < n; i++) sink += httpcodes_header_field_at(codes[i % EACH], 0) != NULL;
    } else if (strcmp(lookup, "is_cacheable_by_default") == 0) {
        for (size_t i = 0; i < n; i++) sink += httpcodes_is_cacheable_by_default(codes[i % EACH]);
    } else {
        fprintf(stderr, "calls: unknown lookup %s\n", lookup);
        return 2;
    }
    return 0;
}
