/* utf8.c: UTF-8 validation (RFC 3629, table 3-7 of the Unicode standard). */
#include "utf8.h"

bool utf8_valid(const char *text, size_t len, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) { i++; continue; }
        int n;
        unsigned lo = 0x80, hi = 0xbf;     /* the range of the second byte */
        if (c >= 0xc2 && c <= 0xdf) n = 1;
        else if (c == 0xe0) { n = 2; lo = 0xa0; }
        else if (c >= 0xe1 && c <= 0xec) n = 2;
        else if (c == 0xed) { n = 2; hi = 0x9f; }          /* not the surrogates */
        else if (c >= 0xee && c <= 0xef) n = 2;
        else if (c == 0xf0) { n = 3; lo = 0x90; }
        else if (c >= 0xf1 && c <= 0xf3) n = 3;
        else if (c == 0xf4) { n = 3; hi = 0x8f; }          /* not past U+10FFFF */
        else { *bad = i; return false; }                   /* 0x80-0xc1 (overlong), 0xf5-0xff */
        if ((size_t)n >= len - i) { *bad = i; return false; }     /* cut short */
        if (s[i + 1] < lo || s[i + 1] > hi) { *bad = i; return false; }
        for (int k = 2; k <= n; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xbf) { *bad = i; return false; }
        i += (size_t)n + 1;
    }
    return true;
}
