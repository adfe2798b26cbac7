/* load.h: from the paths on a command line to a checked, compiled program. Every command
 * loads its rules here: read and parse (program.c), check (check.c), compile (code.c). */
#ifndef CITE_LOAD_H
#define CITE_LOAD_H

#include "program.h"

typedef enum LoadStatus {
    LOAD_OK,            /* checked and compiled */
    LOAD_INVALID,       /* read, but with errors (in p->diags) */
    LOAD_UNREADABLE,    /* a PATH could not be read (in p->diags) */
} LoadStatus;

/* Loads the rules of `paths` (files or directories) into an initialized program. The
 * import path is each rule directory (a directory PATH, or a file's directory), so that
 * they can shadow the library, then the library (program_add_stdlib). The `reforms`
 * paths, when given, are read first: their rules and tables replace the baseline's of the
 * same name or, when they carry `effective`, add versions beside the baseline's (check.c). Nothing is printed; the diagnostics stay in p->diags. */
LoadStatus load_paths(Program *p, const char *const *paths, int npaths,
                      const char *const *reforms, int nreforms);
/* Checks what is loaded and, when it has no error, compiles it. True when it has none. */
bool load_check(Program *p);

#endif
