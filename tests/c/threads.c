/* Eight threads get the same answers as one; a million lookups leave memory where it was. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "httpcodes.h"
#include "check.h"

#define THREADS 8

static const char *const phrases[] = {"Not Found", "not found", "  OK ", "Payload Too Large",
                                      "I'm a Teapot", "Early Hints", "", "Not  Found",
                                      "Not Found\xff", "NETWORK AUTHENTICATION REQUIRED"};
static const int32_t codes[] = {404, 200, 999, -1, 65940, 511, 103, 302, INT32_MIN, 418, 499};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    long lookups;
    unsigned long checksum;
} work;

/* Mixes every answer into a checksum, so threads that disagree anywhere disagree here. */
static unsigned long run_lookups(long lookups) {
    unsigned long sum = 0;
    for (long i = 0; i < lookups; i++) {
        const char *phrase = phrases[i % COUNT_OF(phrases)];
        int32_t code = codes[i % COUNT_OF(codes)];
        const char *answer = httpcodes_reason_phrase(code);
        sum = sum * 31 + (unsigned long)(answer ? strlen(answer) : 7);
        sum = sum * 31 + (unsigned long)(httpcodes_code_of(phrase) + 10);
        sum = sum * 31 + (unsigned long)httpcodes_class_of(code);
    }
    return sum;
}

static void *thread_main(void *arg) {
    work *w = (work *)arg;
    w->checksum = run_lookups(w->lookups);
    return NULL;
}

/* Resident set size in bytes, from /proc/self/statm. */
static long resident_bytes(void) {
    long pages_total = 0, pages_resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    if (fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = -1;
    fclose(f);
    return pages_resident * 4096;
}

void test_threads(long lookups_per_thread, int check_rss) {
    unsigned long expected = run_lookups(lookups_per_thread);
    pthread_t threads[THREADS];
    work works[THREADS];
    for (int t = 0; t < THREADS; t++) {
        works[t].lookups = lookups_per_thread;
        works[t].checksum = 0;
        CHECK(pthread_create(&threads[t], NULL, thread_main, &works[t]) == 0, "thread %d", t);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        CHECK(works[t].checksum == expected, "thread %d disagrees", t);
    }

    if (check_rss) {
        run_lookups(1000); /* warm up before measuring */
        long before = resident_bytes();
        run_lookups(1000000);
        long growth = resident_bytes() - before;
        CHECK(before > 0 && growth < 1024 * 1024, "RSS grew by %ld bytes", growth);
    }
}
