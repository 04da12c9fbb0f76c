/* C rows of `make bench`: libhttpcodes against a static array and a strcasecmp scan.
 *
 * Both peers are filled at start-up from the library itself, so no second copy of the table
 * exists. The array lookup is an out-of-line function, as the library's is: the row compares
 * one call with another, not a call with an inlined load. Prints `BENCH` lines for report.py. */
#define _GNU_SOURCE /* statement expressions and clock_gettime */
#include <stdint.h>
#include <stdio.h>
#include <strings.h>
#include <time.h>

#include "httpcodes.h"

#define CALLS 4000000L
#define REPEATS 7
#define SLOTS 600

static const int32_t codes[8] = {200, 404, 301, 500, 418, 999, 302, 503};
static const char *const phrases[8] = {"not found", "OK", "Internal Server Error",
                                       "moved temporarily", "I'm a Teapot", "Gateway Timeout",
                                       "bad request", "Service Unavailable"};

static const char *array[SLOTS];
static const char *listed[64];
static size_t listed_count;

__attribute__((noinline)) static const char *array_phrase(int32_t code) {
    return code >= 0 && code < SLOTS ? array[code] : NULL;
}

__attribute__((noinline)) static int32_t strcasecmp_scan(const char *phrase) {
    for (size_t i = 0; i < listed_count; i++)
        if (strcasecmp(listed[i], phrase) == 0) return httpcodes_code_at(i);
    return -1;
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static volatile uintptr_t sink;

/* Nanoseconds per call of `expr` over CALLS calls, with `i` the call number. */
#define NS_PER_CALL(expr)                                                   \
    ({                                                                      \
        uintptr_t acc = 0;                                                  \
        double start = now_ns();                                            \
        for (long i = 0; i < CALLS; i++) acc += (uintptr_t)(expr);          \
        sink = acc;                                                         \
        (now_ns() - start) / (double)CALLS;                                 \
    })

/* Best of REPEATS for ours and for the peer, taken in turns so both see the same machine. */
#define BEST_PAIR(ours, peer, ours_expr, peer_expr)                         \
    do {                                                                    \
        ours = peer = 1e18;                                                 \
        for (int r = 0; r < REPEATS; r++) {                                 \
            double a = NS_PER_CALL(ours_expr), b = NS_PER_CALL(peer_expr);  \
            if (a < ours) ours = a;                                         \
            if (b < peer) peer = b;                                         \
        }                                                                   \
    } while (0)

int main(void) {
    listed_count = httpcodes_count();
    for (size_t i = 0; i < listed_count; i++) {
        int32_t code = httpcodes_code_at(i);
        listed[i] = array[code] = httpcodes_reason_phrase(code);
    }
    double ours, peer;
    BEST_PAIR(ours, peer, httpcodes_reason_phrase(codes[i & 7]), array_phrase(codes[i & 7]));
    printf("BENCH\tC httpcodes_reason_phrase vs static array index\t%.2f\t%.2f\t<=1.5\n", ours, peer);
    BEST_PAIR(ours, peer, httpcodes_code_of(phrases[i & 7]), strcasecmp_scan(phrases[i & 7]));
    printf("BENCH\tC httpcodes_code_of vs strcasecmp scan\t%.2f\t%.2f\t>=5\n", ours, peer);
    return 0;
}
