/* fmt.h: `cite fmt`: rule files in one canonical layout. The layout is computed from the
 * token stream, comments included, so formatting never changes the tokens a file is
 * made of: the same tokens parse to the same tree. */
#ifndef CITE_FMT_H
#define CITE_FMT_H

#include "arena.h"
#include "diag.h"

/* Lays out src; false (and diagnostics) if it does not parse: a broken file is left alone. */
bool fmt_source(Arena *a, Diags *d, const Source *src, Buf *out);
/* Do two texts hold the same tokens, comments included (a trailing comma before '}' aside)?
 * Says on stderr where they first differ. */
bool fmt_same_tokens(Arena *a, const Source *x, const Source *y);
/* The command: rewrites each FILE in place, or with check only lists the files that would
 * change, or with diff prints what would change as a unified diff. The FILE "-" is
 * standard input, formatted to standard output (a filter for editors).
 * Returns 0, 1 (--check or --diff found files to change, or a file does not parse), 2. */
int fmt_main(const char *const *files, int nfiles, bool check, bool diff);

#endif
