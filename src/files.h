/* files.h: finding files under directories, and replacing a file safely. */
#ifndef CITE_FILES_H
#define CITE_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"

/* Appends to *out the files under directory `path` whose names end in `suffix`,
 * recursively, sorted at each level (so output is reproducible), hidden entries skipped.
 * A `path` that is not a directory is appended as it is: the caller decides about it.
 * Returns false when `path` does not exist. */
bool files_list(Arena *a, const char *path, const char *suffix, const char ***out, int *n);
/* Writes data to path through a temporary file and a rename, so a failed write never
 * destroys the old file. On failure errno says why. */
bool files_replace(Arena *a, const char *path, const char *data, size_t len);

#endif
