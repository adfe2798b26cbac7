/* files.c: directory walks and safe replacement, shared by loading, fmt and test. */
#define _GNU_SOURCE     /* fopencookie: a stdio stream whose writes come here */
#include "files.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int cmp_name(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The directories a walk has entered, by device and inode: a symlink back to one of them
 * (`ln -s . x`) is not entered again, so two such links cannot make the walk exponential. */
typedef struct Seen { dev_t dev; ino_t ino; } Seen;
typedef struct Walk {
    Arena *a;
    const char *suffix;
    const char ***out; int *n;
    Seen *seen; int nseen;
    const char *unread, *why;   /* the first directory that could not be read, and why */
} Walk;

static bool seen_before(Walk *w, const struct stat *st)
{
    for (int i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return true;
    Seen s = { st->st_dev, st->st_ino };
    AR_PUSH(w->a, w->seen, w->nseen, s);
    return false;
}

static void walk(Walk *w, const char *dir, int depth)
{
    Arena *a = w->a;
    if (depth > 32) {
        if (!w->unread) { w->unread = dir; w->why = "it is more than 32 directories deep"; }
        return;
    }
    DIR *d = opendir(dir);
    if (!d) {
        if (!w->unread) { w->unread = dir; w->why = ar_strdup(a, strerror(errno)); }
        return;
    }
    char **names = NULL;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            AR_PUSH(a, names, count, ar_printf(a, "%s/%s", dir, e->d_name));
    closedir(d);
    if (count)
        qsort(names, (size_t)count, sizeof *names, cmp_name);
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(names[i], &st) != 0) {
            /* a broken link named like a wanted file is listed: its reader says it does not
             * read (skipped, a rule file or a scenario was silently left out) */
            if (ends_with(names[i], w->suffix))
                AR_PUSH(a, *w->out, *w->n, names[i]);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (!seen_before(w, &st))
                walk(w, names[i], depth + 1);
        } else if (S_ISREG(st.st_mode) && ends_with(names[i], w->suffix))
            AR_PUSH(a, *w->out, *w->n, names[i]);
    }
}

bool files_list_all(Arena *a, const char *path, const char *suffix, const char ***out, int *n,
                    const char **unread, const char **why)
{
    struct stat st;
    if (unread) *unread = *why = NULL;
    if (stat(path, &st) != 0)
        return false;
    if (S_ISDIR(st.st_mode)) {
        Walk w = { a, suffix, out, n, NULL, 0, NULL, NULL };
        seen_before(&w, &st);
        walk(&w, path, 0);
        if (unread) { *unread = w.unread; *why = w.why; }
    } else
        AR_PUSH(a, *out, *n, ar_strdup(a, path));
    return true;
}

bool files_list(Arena *a, const char *path, const char *suffix, const char ***out, int *n)
{
    return files_list_all(a, path, suffix, out, n, NULL, NULL);
}

/* The absolute path of `path`, symbolic links resolved; a path that does not exist is made
 * absolute as written (".." and "." removed). */
static char *absolute(Arena *a, const char *path)
{
    char *real = realpath(path, NULL);
    if (real) {
        char *copy = ar_strdup(a, real);
        free(real);
        return copy;
    }
    char cwd[4096];
    const char *full = path[0] == '/' || !getcwd(cwd, sizeof cwd) ? path : ar_printf(a, "%s/%s", cwd, path);
    /* normalize: drop "." and empty parts, and let ".." take off the part before it */
    char *copy = ar_strdup(a, full), *save = NULL;
    const char **parts = NULL;
    int n = 0;
    for (char *p = strtok_r(copy, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
        if (!strcmp(p, ".")) continue;
        if (!strcmp(p, "..")) { if (n) n--; continue; }
        AR_PUSH(a, parts, n, p);
    }
    Buf b;
    buf_init(&b);
    for (int i = 0; i < n; i++)
        buf_printf(&b, "/%s", parts[i]);
    char *out = ar_strdup(a, b.len ? buf_cstr(&b) : "/");
    buf_free(&b);
    return out;
}

bool files_within(Arena *a, const char *path, const char *const *roots, int nroots)
{
    const char *p = absolute(a, path);
    for (int i = 0; i < nroots; i++) {
        const char *r = absolute(a, roots[i]);
        size_t n = strlen(r);
        if (!strcmp(r, "/") || (!strncmp(p, r, n) && (p[n] == '/' || p[n] == '\0')))
            return true;
    }
    return false;
}

/* ---- writing files ---- */

/* The file `path` names, through any symbolic links: its target, so that replacing a link
 * replaces what it points to and the link stays. NULL (errno set) when a link is broken. */
static char *resolve(Arena *a, const char *path, struct stat *st, bool *exists)
{
    struct stat lst;
    *exists = false;
    if (lstat(path, &lst) != 0)
        return errno == ENOENT ? ar_strdup(a, path) : NULL;
    if (!S_ISLNK(lst.st_mode)) {
        *st = lst;
        *exists = true;
        return ar_strdup(a, path);
    }
    char *real = realpath(path, NULL);
    if (!real)
        return NULL;
    char *copy = ar_strdup(a, real);
    free(real);
    if (stat(copy, st) != 0)
        return NULL;
    *exists = true;
    return copy;
}

static const char *dir_of(Arena *a, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return ".";
    if (slash == path)
        return "/";
    return ar_printf(a, "%.*s", (int)(slash - path), path);
}

static bool write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        len -= (size_t)n;
    }
    return true;
}

bool files_open(Arena *a, const char *path, FilesOut *o, bool replace, const char **why)
{
    memset(o, 0, sizeof *o);
    o->fd = -1;
    struct stat st;
    bool exists;
    *why = NULL;
    char *target = resolve(a, path, &st, &exists);
    if (!target) {
        *why = errno == ENOENT ? "it is a symbolic link to a file that does not exist" : strerror(errno);
        return false;
    }
    if (exists && S_ISDIR(st.st_mode)) {
        *why = "it is a directory";
        return false;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        if (replace) {
            *why = "it is not a regular file (a device, a pipe or a socket); cite replaces only regular files";
            return false;
        }
        /* a pipe or a device (/dev/stdout, /dev/null): written to as it is, no temporary */
        o->fd = open(target, O_WRONLY | O_CLOEXEC);
        if (o->fd < 0) {
            *why = strerror(errno);
            return false;
        }
        o->path = target;
        return true;
    }
    if (exists && ((st.st_mode & 0222) == 0 || access(target, W_OK) != 0)) {
        *why = "it is read-only (cite does not replace a file it may not write)";
        return false;
    }
    if (exists && replace && st.st_nlink > 1) {
        *why = "it has more than one hard link, which replacing it would split";
        return false;
    }
    /* a fresh, unpredictable name beside the target (the same file system, so the rename is
     * atomic; O_EXCL, so a planted file or link there is never followed) */
    const char *dir = dir_of(a, target), *base = strrchr(target, '/');
    base = base ? base + 1 : target;
    char *tmp = ar_printf(a, "%s/.%s.cite-XXXXXX", dir, base);
    o->fd = mkstemp(tmp);
    if (o->fd < 0) {
        *why = strerror(errno);
        return false;
    }
    mode_t mode;
    if (exists) {
        mode = st.st_mode & 07777;
        if (geteuid() == 0 && fchown(o->fd, st.st_uid, st.st_gid) != 0) { /* keep going: the mode still holds */ }
    } else {
        mode_t mask = umask(022);
        umask(mask);
        mode = 0666 & ~mask;
    }
    if (fchmod(o->fd, mode) != 0) {
        *why = strerror(errno);
        close(o->fd);
        unlink(tmp);
        return false;
    }
    o->path = target;
    o->tmp = tmp;
    return true;
}

/* The bytes of a temporary handed to the disk at a time, while it is still being written:
 * files_commit's fsync then waits for the last of them only, not for all (a caseload's 490 MB
 * took 0.12-0.14 s to fsync at the end, its 13 MB of one result 11 ms; 1, 2, 4, 8 and 32 MB
 * all took the 490 MB run from ~0.78 s to ~0.60 s, and 2 MB leaves one result's fsync the
 * least to wait for; bench/README.md). */
#define FILES_FLUSH_BYTES (2 << 20)

bool files_write(FilesOut *o, const char *data, size_t len)
{
    if (o->err)
        return false;
    if (!write_all(o->fd, data, len)) {
        o->err = errno;
        return false;
    }
    o->written += (off_t)len;
#ifdef SYNC_FILE_RANGE_WRITE
    /* writeback started, not waited for; a failure here is fsync's to report */
    if (o->tmp && o->written - o->flushed >= FILES_FLUSH_BYTES) {
        (void)sync_file_range(o->fd, o->flushed, o->written - o->flushed, SYNC_FILE_RANGE_WRITE);
        o->flushed = o->written;
    }
#endif
    return true;
}

/* The stream's writes: every buffer stdio flushes comes here, so its failure is remembered
 * with its errno (glibc drops a buffer that failed, and the errno is gone by the time the
 * program looks) and the tests' fault shim sees each write. */
/* On a failed write this returns 0, never -1: glibc's stdio stores the result in a size_t
 * (new_do_write), so -1 made fwrite copy one byte past the caller's buffer (valgrind, `cite
 * eval --json > /dev/full`); fopencookie(3) asks for 0 on error. The error itself is kept in
 * o->err for files_commit and files_stdout_end. */
static ssize_t cookie_write(void *cookie, const char *data, size_t len)
{
    FilesOut *o = cookie;
    if (!files_write(o, data, len))
        return 0;
    return (ssize_t)len;
}

FILE *files_stream(FilesOut *o)
{
    if (!o->f) {
        cookie_io_functions_t io = { .write = cookie_write };
        o->f = fopencookie(o, "w", io);
        if (o->f)
            setvbuf(o->f, NULL, _IOFBF, 1 << 16);
    }
    return o->f;
}

void files_stdout(FilesOut *o)
{
    memset(o, 0, sizeof *o);
    o->fd = STDOUT_FILENO;
    o->path = "the standard output";
    o->orig = stdout;
    if (files_stream(o))
        stdout = o->f;
    else
        o->orig = NULL;
}

int files_stdout_end(FilesOut *o, int rc)
{
    if (!o->orig)
        return rc;
    fflush(stdout);
    fclose(o->f);
    stdout = o->orig;
    if (o->err) {
        fprintf(stderr, "cite: cannot write the output: %s\n", strerror(o->err));
        return 2;
    }
    return rc;
}

bool files_commit(FilesOut *o, const char **why)
{
    if (o->f) {
        fclose(o->f);       /* flushes through files_write */
        o->f = NULL;
    }
    int err = o->err;
    if (!err && o->tmp && fsync(o->fd) != 0)
        err = errno;
    if (close(o->fd) != 0 && !err)
        err = errno;
    o->fd = -1;
    if (!err && o->tmp && rename(o->tmp, o->path) != 0)
        err = errno;
    if (err) {
        if (o->tmp)
            unlink(o->tmp);
        *why = strerror(err);
        return false;
    }
    if (o->tmp) {
        /* the rename itself is on disk once the directory is */
        Arena a;
        ar_init(&a);
        int d = open(dir_of(&a, o->path), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (d >= 0) {
            fsync(d);
            close(d);
        }
        ar_free(&a);
    }
    return true;
}

void files_discard(FilesOut *o)
{
    if (o->f) {
        o->err = o->err ? o->err : ECANCELED;   /* nothing more reaches the file */
        fclose(o->f);
        o->f = NULL;
    }
    if (o->fd >= 0)
        close(o->fd);
    o->fd = -1;
    if (o->tmp)
        unlink(o->tmp);
}

bool files_replace(Arena *a, const char *path, const char *data, size_t len, const char **why)
{
    FilesOut o;
    if (!files_open(a, path, &o, true, why))
        return false;
    files_write(&o, data, len);
    return files_commit(&o, why);
}
