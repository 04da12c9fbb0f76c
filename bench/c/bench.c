/* C rows of `make bench`: libhttpcodes against a static array, a strcasecmp scan and GNU gperf.
 *
 * The first two peers are filled at start-up from the library itself, so no second copy of the
 * table exists; gperf's table is generated at bench time from core's keys (bench/gperf/build.sh)
 * and linked in from its own object file, so neither lookup is inlined into the loop. The array lookup is an out-of-line function, as the library's is: the row compares
 * one call with another, not a call with an inlined load. Prints `BENCH` lines for report.py. */
#define _GNU_SOURCE /* statement expressions and clock_gettime */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "httpcodes.h"

/* Overridable, for a short pass that only proves the bench builds and runs (add-a-code). */
#ifndef CALLS
#define CALLS 4000000L
#endif
#ifndef REPEATS
#define REPEATS 7
#endif
#define SLOTS 600

static const int32_t codes[8] = {200, 404, 301, 500, 418, 999, 302, 503};
static const char *const phrases[8] = {"not found", "OK", "Internal Server Error",
                                       "moved temporarily", "I'm a Teapot", "Gateway Timeout",
                                       "bad request", "Service Unavailable"};

/* gperf's lookup (bench/gperf/build.sh): the key's entry, or NULL. */
struct gperf_key {
    const char *name;
    int code;
};
const struct gperf_key *gperf_lookup(const char *str, size_t len);

static int32_t gperf_code(const char *text, size_t len) {
    const struct gperf_key *key = gperf_lookup(text, len);
    return key ? key->code : -1;
}

/* 64 texts cycled through (a power of two, indexed by a mask), the phrases taken in turn: each
 * in mixed case (hits), or one byte off (near misses). */
#define TEXTS 64
/* Room for the longest phrase and a near miss's extra byte: a key's length fits a byte in core. */
#define TEXT_ROOM 260
static char hits[TEXTS][TEXT_ROOM], misses[TEXTS][TEXT_ROOM];
static size_t hit_len[TEXTS], miss_len[TEXTS];

static const char *array[SLOTS];
/* Every listed phrase, in table order: as many as httpcodes_count() says. */
static const char **listed;
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

/* The near miss `n` of `phrase`: a byte added, dropped, changed or doubled, in turn. */
static void near_miss(char *out, const char *phrase, size_t n) {
    size_t len = strlen(phrase), middle = len / 2;
    switch (n % 4) {
    case 0: snprintf(out, TEXT_ROOM, "%sx", phrase); break;
    case 1: snprintf(out, TEXT_ROOM, "%.*s", (int)(len - 1), phrase); break;
    case 2: snprintf(out, TEXT_ROOM, "%.*sq%s", (int)middle, phrase, phrase + middle + 1); break;
    default: snprintf(out, TEXT_ROOM, "%.*s%s", (int)middle + 1, phrase, phrase + middle); break;
    }
}

/* Fills `hits` and `misses` from the library's phrases; 1 if both lookups agree on each. */
static int fill_texts(void) {
    for (size_t i = 0; i < TEXTS; i++) {
        size_t n = i % listed_count;
        const char *phrase = listed[n];
        for (size_t c = 0; phrase[c] && c < TEXT_ROOM - 1; c++)
            hits[i][c] = (char)((c + i) % 2 ? toupper((unsigned char)phrase[c]) : tolower((unsigned char)phrase[c]));
        hit_len[i] = strlen(hits[i]);
        near_miss(misses[i], phrase, i);
        miss_len[i] = strlen(misses[i]);
        int32_t code = httpcodes_code_at(n);
        if (httpcodes_code_of_len(hits[i], hit_len[i]) != code || gperf_code(hits[i], hit_len[i]) != code ||
            httpcodes_code_of_len(misses[i], miss_len[i]) >= 0 || gperf_code(misses[i], miss_len[i]) >= 0) {
            fprintf(stderr, "bench inputs disagree at %s / %s\n", hits[i], misses[i]);
            return 0;
        }
    }
    return 1;
}

int main(void) {
    listed_count = httpcodes_count();
    listed = calloc(listed_count, sizeof *listed);
    if (listed == NULL) return 1;
    for (size_t i = 0; i < listed_count; i++) {
        int32_t code = httpcodes_code_at(i);
        listed[i] = array[code] = httpcodes_reason_phrase(code);
    }
    if (!fill_texts()) return 1;
    double ours, peer;
    BEST_PAIR(ours, peer, httpcodes_reason_phrase(codes[i & 7]), array_phrase(codes[i & 7]));
    printf("BENCH\tC httpcodes_reason_phrase vs static array index\t%.2f\t%.2f\t<=1.5\n", ours, peer);
    /* What HTTP says of each code costs what a phrase does. */
    BEST_PAIR(ours, peer, httpcodes_header_field_at(codes[i & 7], 0), httpcodes_reason_phrase(codes[i & 7]));
    printf("BENCH\tC httpcodes_header_field_at vs httpcodes_reason_phrase\t%.2f\t%.2f\t<=1.2\n", ours, peer);
    BEST_PAIR(ours, peer, httpcodes_is_cacheable_by_default(codes[i & 7]), httpcodes_reason_phrase(codes[i & 7]));
    printf("BENCH\tC httpcodes_is_cacheable_by_default vs httpcodes_reason_phrase\t%.2f\t%.2f\t<=1.2\n", ours,
           peer);
    BEST_PAIR(ours, peer, httpcodes_code_of(phrases[i & 7]), strcasecmp_scan(phrases[i & 7]));
    printf("BENCH\tC httpcodes_code_of vs strcasecmp scan\t%.2f\t%.2f\t>=5\n", ours, peer);
    BEST_PAIR(ours, peer, httpcodes_code_of_len(hits[i & 63], hit_len[i & 63]),
              gperf_code(hits[i & 63], hit_len[i & 63]));
    printf("BENCH\tC httpcodes_code_of_len vs gperf, hits (every phrase, mixed case)\t%.2f\t%.2f\t<=1.5\n",
           ours, peer);
    BEST_PAIR(ours, peer, httpcodes_code_of_len(misses[i & 63], miss_len[i & 63]),
              gperf_code(misses[i & 63], miss_len[i & 63]));
    printf("BENCH\tC httpcodes_code_of_len vs gperf, near misses (one byte off a phrase)\t%.2f\t%.2f\t<=1.5\n",
           ours, peer);
    return 0;
}
