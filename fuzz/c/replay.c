/* Replays files through harness.c's checks without libFuzzer: `replay FILE_OR_FOLDER...`.
 * Built with the plain compiler, -Wall -Wextra -Werror, ASan and UBSan (`make test-fuzz-regressions`),
 * it runs the committed seeds (fuzz/corpus/c) and regressions (fuzz/regressions/c) in the
 * normal tests. A failed check aborts and names the file it came from.
 */
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t replayed;
static const char *current = "";

/* A failed check aborts: say which file it was replaying, then abort as it would have. */
static void name_the_file(int signal_number) {
    fprintf(stderr, "httpcodes fuzz: while replaying %s\n", current);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t capacity = 4096, size = 0, got;
    uint8_t *data = (uint8_t *)malloc(capacity);
    while (data && (got = fread(data + size, 1, capacity - size, f)) > 0) {
        size += got;
        if (size == capacity) data = (uint8_t *)realloc(data, capacity *= 2);
    }
    fclose(f);
    if (!data) exit(2);
    /* An exact-size copy, so AddressSanitizer sees any read past the end. */
    uint8_t *exact = (uint8_t *)malloc(size ? size : 1);
    if (!exact) exit(2);
    memcpy(exact, data, size);
    free(data);
    current = path;
    LLVMFuzzerTestOneInput(exact, size);
    free(exact);
    replayed++;
}

static void replay(const char *path) {
    struct stat info;
    if (stat(path, &info) != 0) return; /* a folder with nothing in it yet */
    if (!S_ISDIR(info.st_mode)) {
        replay_file(path);
        return;
    }
    DIR *dir = opendir(path);
    if (!dir) return;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] == '.' || strcmp(entry->d_name, "README.md") == 0) continue;
        char child[4096];
        snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
        replay(child);
    }
    closedir(dir);
}

int main(int argc, char **argv) {
    signal(SIGABRT, name_the_file);
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) replay(argv[i]);
    printf("replayed %zu inputs: no mismatch\n", replayed);
    return replayed > 0 ? 0 : 1;
}
