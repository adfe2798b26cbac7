/* linediff.h: a unified diff of two texts, line by line (Myers' O((N+M)D) algorithm), for
 * `cite fmt --diff`: what the formatter would change, in the form patch and editors read. */
#ifndef CITE_LINEDIFF_H
#define CITE_LINEDIFF_H

#include "arena.h"

/* Appends to out the unified diff (3 lines of context) that turns `old` into `new`, with
 * the header "--- old_name" / "+++ new_name"; nothing when they are equal. */
void linediff_unified(Buf *out, const char *old_name, const char *old, size_t old_len,
                      const char *new_name, const char *new, size_t new_len);

#endif
