/* A few lookups through libhttpcodes. Build it the way any user would:
 *   cc lookup.c $(pkg-config --cflags --libs httpcodes) -o lookup */
#include <stdio.h>

#include <httpcodes.h>

int main(void) {
    const int32_t codes[] = {200, 404, 418, 499, 65940};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        int32_t code = codes[i];
        const char *phrase = httpcodes_reason_phrase(code);
        const char *label = httpcodes_class_label(httpcodes_class_of(code));
        printf("%6d -> %s (%s)\n", code, phrase ? phrase : "unknown", label ? label : "no class");
    }

    const char *texts[] = {"not found", "  Payload Too Large ", "Early Hints", "Not Found\xff", NULL};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        int32_t found = httpcodes_code_of(texts[i]);
        if (found >= 0)
            printf("\"%s\" -> %d %s\n", texts[i], found, httpcodes_name_of(found));
        else
            printf("\"%s\" -> %s\n", texts[i] ? texts[i] : "(NULL)", httpcodes_error_message(found));
    }

    printf("libhttpcodes %s lists %zu statuses:", httpcodes_version(), httpcodes_count());
    for (size_t i = 0; i < httpcodes_count(); i++) printf(" %d", httpcodes_code_at(i));
    printf("\n");
    return 0;
}
