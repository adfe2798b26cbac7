/* color.h: colour on a terminal (`--color=auto|always|never`, NO_COLOR). Output is made
 * as plain text by every module; colour is laid over it at the last step, line by line, so
 * a pipe or a file never gets an escape code and the plain text stays the one tested. */
#ifndef CITE_COLOR_H
#define CITE_COLOR_H

#include "arena.h"
#include <stdbool.h>
#include <stdio.h>

typedef enum ColorMode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } ColorMode;

/* "auto", "always", "never"; false for any other text. */
bool color_parse(const char *text, ColorMode *out);
/* Whether to colour what goes to `f`: always; never; auto: `f` is a terminal, NO_COLOR is
 * unset or empty, and TERM is not "dumb". */
bool color_wanted(ColorMode mode, FILE *f);
/* Appends `text` to out, coloured as diagnostics (file:line:col: error|warning|note: ...,
 * the source line's caret). */
void color_diagnostics(Buf *out, const char *text, size_t len);
/* Appends `text` to out, coloured as results and explanations (NAME = VALUE [cites],
 * applied:/facts:/step: lines, errors). */
void color_explanation(Buf *out, const char *text, size_t len);
/* Appends cite test's human report, coloured: ok, FAIL, ERROR and the summary line. */
void color_test_report(Buf *out, const char *text, size_t len);
/* Prints `text` to f, coloured by `paint` when wanted. */
void color_write(FILE *f, ColorMode mode, void (*paint)(Buf *, const char *, size_t),
                 const char *text, size_t len);

#endif
