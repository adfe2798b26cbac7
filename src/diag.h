/* diag.h: source files and diagnostics in the form of a good compiler:
 *   file:line:col: error: message
 *       3 |   = severly_impaired
 *         |     ^~~~~~~~~~~~~~~~
 * Diagnostics are collected (every error in a file is reported, not only the first)
 * and printed in the order they were found. */
#ifndef CITE_DIAG_H
#define CITE_DIAG_H

#include <stdbool.h>
#include <stdio.h>
#include "arena.h"

typedef struct Source {
    const char *path;
    const char *text;      /* NUL-terminated copy of the file */
    size_t len;
} Source;

/* A span in a source; lines and columns count from 1, columns in bytes.
 * The field names are the ones bison's location type expects. */
typedef struct Loc {
    int first_line, first_column, last_line, last_column;
    const Source *src;
} Loc;

typedef enum DiagLevel { DIAG_ERROR, DIAG_NOTE, DIAG_WARNING } DiagLevel;

typedef struct DiagItem {
    DiagLevel level;
    Loc loc;               /* loc.src == NULL: a message with no place */
    char *message;
} DiagItem;

typedef struct Diags {
    Arena *arena;
    DiagItem *items;
    int count, cap;
    int errors;
    int max_errors;        /* stop collecting past this many (a garbage file could have millions) */
} Diags;

void diag_init(Diags *d, Arena *arena);
void diag_error(Diags *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_note(Diags *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A warning is printed like an error but does not count as one (the file is still accepted). */
void diag_warning(Diags *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Prints every diagnostic with its source line and caret; returns the number of errors. */
int  diag_print(const Diags *d, FILE *out);
/* Levenshtein distance, for "did you mean" suggestions. */
int  diag_edit_distance(const char *a, const char *b);
/* True when `candidate` is close enough to `wrong` to suggest. */
bool diag_is_close(const char *wrong, const char *candidate);
/* Keeps `cand` in *best when it is close to `wrong` and nearer than *best_dist. */
void diag_consider(const char *wrong, const char *cand, const char **best, int *best_dist);
/* The text of a span of source (a condition, say), whitespace collapsed. */
const char *loc_text(Arena *a, Loc loc);

#endif
