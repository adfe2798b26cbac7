/* utf8.h: is a text valid UTF-8? Cases, --set values and rule-file texts are checked, so
 * that cite never copies invalid bytes into its JSON output or a citation. */
#ifndef CITE_UTF8_H
#define CITE_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * past U+10FFFF). Otherwise *bad is the offset of the first byte that is not. */
bool utf8_valid(const char *s, size_t len, size_t *bad);

#endif
