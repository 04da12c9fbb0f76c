/* The C suite: `test_httpcodes VECTORS_DIR VERSION [LOOKUPS_PER_THREAD]`.
   Set HTTPCODES_NO_RSS=1 where resident memory is not the program's own (under valgrind). */
#include <stdlib.h>
#include <string.h>

#include "httpcodes.h"
#include "check.h"

long checks_run = 0;
long checks_failed = 0;

int same_text(const char *a, const char *b) {
    if (a == NULL || b == NULL) return a == b;
    return strcmp(a, b) == 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s VECTORS_DIR VERSION [LOOKUPS_PER_THREAD]\n", argv[0]);
        return 2;
    }
    long lookups = argc > 3 ? atol(argv[3]) : 1000000;
    CHECK(same_text(httpcodes_version(), argv[2]), "version %s", httpcodes_version());
    CHECK(same_text(HTTPCODES_VERSION, argv[2]), "HTTPCODES_VERSION %s", HTTPCODES_VERSION);
    {
        char from_parts[32];
        snprintf(from_parts, sizeof from_parts, "%d.%d.%d", HTTPCODES_VERSION_MAJOR,
                 HTTPCODES_VERSION_MINOR, HTTPCODES_VERSION_PATCH);
        CHECK(same_text(from_parts, argv[2]), "version macros %s", from_parts);
    }
    test_vectors(argv[1]);
    test_edges(argv[1]);
    test_threads(lookups, getenv("HTTPCODES_NO_RSS") == NULL);
    printf("%s: %ld checks, %ld failed\n", argv[0], checks_run, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}
