/* What a user's program does with an installed libhttpcodes: exits 0 only when the lookups and
   the header's version agree with the library it was linked against. */
#include <stdio.h>
#include <string.h>

#include <httpcodes.h>

int main(void) {
    const char *phrase = httpcodes_reason_phrase(404);
    int ok = phrase != NULL && strcmp(phrase, "Not Found") == 0 &&
             httpcodes_code_of(" moved temporarily ") == 302 &&
             httpcodes_reason_phrase(65940) == NULL &&
             strcmp(httpcodes_version(), HTTPCODES_VERSION) == 0;
    printf("httpcodes %s: 404 %s\n", httpcodes_version(), phrase ? phrase : "(null)");
    return ok ? 0 : 1;
}
