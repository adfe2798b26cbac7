/* files.h: finding files under directories, and replacing a file safely. */
#ifndef CITE_FILES_H
#define CITE_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include "arena.h"

/* Appends to *out the files under directory `path` whose names end in `suffix`,
 * recursively, sorted at each level (so output is reproducible), hidden entries skipped.
 * A `path` that is not a directory is appended as it is: the caller decides about it; so is
 * a broken symbolic link named with `suffix` (its reader reports that it does not read).
 * Returns false when `path` does not exist. */
bool files_list(Arena *a, const char *path, const char *suffix, const char ***out, int *n);
/* files_list, and in *unread the first directory under path that could not be read (and in
 * *why the reason), or NULL: what it holds was left out, and the caller says so. */
bool files_list_all(Arena *a, const char *path, const char *suffix, const char ***out, int *n,
                    const char **unread, const char **why);
/* True when path (symbolic links resolved) is one of roots or under one of them. */
bool files_within(Arena *a, const char *path, const char *const *roots, int nroots);

/* A file being written. A regular file (or a new one) is written to a temporary beside its
 * target, created with mkstemp, and takes the target's name only in files_commit, after every
 * write succeeded and fsync: a failure or an interruption never leaves a half-written file
 * under the final name. A symbolic link is followed: its target is replaced, the link stays.
 * The target's mode (and, for root, owner) is kept; a new file gets 0666 less the umask.
 * A directory or a read-only file is refused; a pipe or a device (not with `replace`) is
 * written directly. */
typedef struct FilesOut {
    int fd;
    const char *path;      /* the target, links resolved */
    const char *tmp;       /* the temporary, or NULL when writing the target directly */
    int err;               /* errno of the first failed write */
    FILE *f;               /* files_stream's buffered stream, or NULL */
    FILE *orig;            /* files_stdout: the stdout it stands in for */
    off_t written;         /* bytes written, and of them those handed to the disk (a temporary's) */
    off_t flushed;
} FilesOut;

/* false with *why saying why (for "cannot write PATH: WHY"). `replace`: the file is being
 * rewritten (fmt, :save), so it must be a regular file with one link. */
bool files_open(Arena *a, const char *path, FilesOut *o, bool replace, const char **why);
/* Writes every byte; after a failure, writes nothing more and files_commit fails. A
 * temporary's bytes are handed to the disk as they come, 2 MB at a time (sync_file_range,
 * not waited for), so that files_commit's fsync waits for the last of them only. */
bool files_write(FilesOut *o, const char *data, size_t len);
/* A buffered stdio stream over o: its writes go through files_write (so none is lost
 * unnoticed); files_commit flushes and closes it. NULL if stdio cannot make one. */
FILE *files_stream(FilesOut *o);
/* fsync, close and rename; on failure the temporary is removed and *why says why. */
bool files_commit(FilesOut *o, const char **why);
/* Gives up: the temporary is removed, the target untouched. */
void files_discard(FilesOut *o);
/* Standard output through a FilesOut: main calls files_stdout first, then after the command
 * files_stdout_end, which flushes and, if any write failed (a full disk, /dev/full, a closed
 * pipe), says so on stderr and returns 2 instead of rc. */
void files_stdout(FilesOut *o);
int files_stdout_end(FilesOut *o, int rc);
/* The whole of data as the new content of path (files_open with `replace`, write, commit). */
bool files_replace(Arena *a, const char *path, const char *data, size_t len, const char **why);

#endif
