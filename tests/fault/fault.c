/* tests/fault/fault.c: an LD_PRELOAD shim, built only for the tests, that makes the Nth call
 * of a system call fail.
 *
 *   CITE_FAULT=write:3      the 3rd write(2) fails with ENOSPC; a list is allowed:
 *                           CITE_FAULT=write:3,fsync:1
 *   CITE_FAULT=open:1@.cite the 1st open(2) of a path containing ".cite" fails: with @TEXT
 *                           only the calls on such a path are counted (for a call on a file
 *                           descriptor, the path it is open on)
 *   CITE_FAULT=read:1=EINTR the failure's errno, by name (else the call's default below)
 *   CITE_FAULT_LOG=FILE     each failure made is appended to FILE: "write 3 /path/of/the/fd"
 *
 * The calls and their default errno: write ENOSPC, read EIO, fsync EIO, rename EIO, mkstemp
 * EACCES, fchmod EPERM, open EACCES, opendir EACCES, close EIO, realpath EACCES,
 * pthread_create EAGAIN (also returned, as pthread_create returns its error), sync_file_range
 * EIO.
 *
 * Writes to stderr are neither counted nor failed: the messages that say what went wrong must
 * get out. cite's own code calls these functions (files.c puts stdout, --out, --summary, fmt
 * and :save through write/fsync/rename; arena.c reads with read), so the shim sees every call
 * that carries a user's data; glibc's stdio calls its internal aliases, which it does not. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { F_WRITE, F_READ, F_FSYNC, F_RENAME, F_MKSTEMP, F_FCHMOD, F_OPEN, F_OPENDIR, F_CLOSE,
       F_REALPATH, F_PTHREAD_CREATE, F_SYNC_FILE_RANGE, F_N };
static const char *const names[F_N] = { "write", "read", "fsync", "rename", "mkstemp", "fchmod",
                                        "open", "opendir", "close", "realpath", "pthread_create",
                                        "sync_file_range" };
static const int default_errs[F_N] = { ENOSPC, EIO, EIO, EIO, EACCES, EPERM, EACCES, EACCES, EIO,
                                       EACCES, EAGAIN, EIO };
static const struct { const char *name; int value; } errnos[] = {
    { "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EACCES", EACCES }, { "EPERM", EPERM },
    { "EINTR", EINTR }, { "ENOENT", ENOENT }, { "EMFILE", EMFILE }, { "EROFS", EROFS },
    { "ENXIO", ENXIO }, { "ELOOP", ELOOP }, { "EAGAIN", EAGAIN },
};
static long calls[F_N], fail_at[F_N];
static int errs[F_N];
static char match[F_N][256];    /* "": every call counts; else only calls on a path holding it */
static int ready;

static void setup(void)
{
    if (ready)
        return;
    ready = 1;
    memcpy(errs, default_errs, sizeof errs);
    const char *spec = getenv("CITE_FAULT");
    for (const char *p = spec; p && *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        for (int k = 0; k < F_N; k++) {
            size_t n = strlen(names[k]);
            if (strncmp(p, names[k], n) || p[n] != ':')
                continue;
            char item[512];
            snprintf(item, sizeof item, "%.*s", (int)len, p);
            fail_at[k] = strtol(item + n + 1, NULL, 10);
            char *eq = strrchr(item, '=');
            if (eq) {
                *eq = '\0';
                for (size_t e = 0; e < sizeof errnos / sizeof errnos[0]; e++)
                    if (!strcmp(eq + 1, errnos[e].name))
                        errs[k] = errnos[e].value;
            }
            char *at = strchr(item, '@');
            if (at)
                snprintf(match[k], sizeof match[k], "%s", at + 1);
        }
        p = end ? end + 1 : NULL;
    }
}

/* True when this call is the one to fail; the failure is logged and errno set. */
static int hit(int k, int fd, const char *path)
{
    setup();
    if (!fail_at[k])
        return 0;
    char what[4096] = "";
    if (!path && (match[k][0] || getenv("CITE_FAULT_LOG"))) {
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(proc, what, sizeof what - 1);
        what[n > 0 ? n : 0] = '\0';
        path = what;
    }
    if (match[k][0] && (!path || !strstr(path, match[k])))
        return 0;
    if (++calls[k] != fail_at[k])
        return 0;
    const char *log = getenv("CITE_FAULT_LOG");
    if (log) {
        int (*real_open)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
        int (*real_close)(int) = dlsym(RTLD_NEXT, "close");
        int lfd = real_open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (lfd >= 0) {
            char line[4200];
            int len = snprintf(line, sizeof line, "%s %ld %s\n", names[k], calls[k], path ? path : "");
            ssize_t (*real_write)(int, const void *, size_t) = dlsym(RTLD_NEXT, "write");
            if (real_write(lfd, line, (size_t)len) < 0) { /* the test will see no log */ }
            real_close(lfd);
        }
    }
    errno = errs[k];
    return 1;
}

#define REAL(ret, name, ...) \
    static ret (*real)(__VA_ARGS__); \
    if (!real) real = (ret (*)(__VA_ARGS__))dlsym(RTLD_NEXT, name)

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(ssize_t, "write", int, const void *, size_t);
    if (fd != STDERR_FILENO && hit(F_WRITE, fd, NULL))
        return -1;
    return real(fd, buf, n);
}

ssize_t read(int fd, void *buf, size_t n)
{
    REAL(ssize_t, "read", int, void *, size_t);
    if (hit(F_READ, fd, NULL))
        return -1;
    return real(fd, buf, n);
}

int fsync(int fd)
{
    REAL(int, "fsync", int);
    if (hit(F_FSYNC, fd, NULL))
        return -1;
    return real(fd);
}

int sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags)
{
    REAL(int, "sync_file_range", int, off64_t, off64_t, unsigned int);
    if (hit(F_SYNC_FILE_RANGE, fd, NULL))
        return -1;
    return real(fd, offset, nbytes, flags);
}

int rename(const char *from, const char *to)
{
    REAL(int, "rename", const char *, const char *);
    if (hit(F_RENAME, -1, to))
        return -1;
    return real(from, to);
}

int mkstemp(char *template)
{
    REAL(int, "mkstemp", char *);
    if (hit(F_MKSTEMP, -1, template))
        return -1;
    return real(template);
}

int fchmod(int fd, mode_t mode)
{
    REAL(int, "fchmod", int, mode_t);
    if (hit(F_FCHMOD, fd, NULL))
        return -1;
    return real(fd, mode);
}

int open(const char *path, int flags, ...)
{
    REAL(int, "open", const char *, int, ...);
    mode_t mode = 0;
    if (flags & (O_CREAT | __O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    if (hit(F_OPEN, -1, path))
        return -1;
    return real(path, flags, mode);
}

DIR *opendir(const char *path)
{
    REAL(DIR *, "opendir", const char *);
    if (hit(F_OPENDIR, -1, path))
        return NULL;
    return real(path);
}

int close(int fd)
{
    REAL(int, "close", int);
    if (fd != STDERR_FILENO && hit(F_CLOSE, fd, NULL)) {
        real(fd);       /* the descriptor is gone, as after a real EIO from close */
        return -1;
    }
    return real(fd);
}

char *realpath(const char *path, char *resolved)
{
    /* the current version: dlsym may give the old one, which does not allocate */
    static char *(*real)(const char *, char *);
    if (!real) real = (char *(*)(const char *, char *))dlvsym(RTLD_NEXT, "realpath", "GLIBC_2.3");
    if (!real) real = (char *(*)(const char *, char *))dlsym(RTLD_NEXT, "realpath");
    if (hit(F_REALPATH, -1, path))
        return NULL;
    return real(path, resolved);
}

/* `cite run` starts its workers with it: a failure leaves fewer (or none: the main thread
 * evaluates alone) */
int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    REAL(int, "pthread_create", pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
    if (hit(F_PTHREAD_CREATE, -1, "")) {
        int err = errno;
        return err;
    }
    return real(thread, attr, start, arg);
}
