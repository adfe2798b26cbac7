/* tests/fault/fault.c: an LD_PRELOAD shim, built only for the tests, that makes the Nth call
 * of write, read, fsync or rename fail.
 *
 *   CITE_FAULT=write:3      the 3rd write(2) fails with ENOSPC (read: EIO, fsync: EIO,
 *                           rename: EIO); a list is allowed: CITE_FAULT=write:3,fsync:1
 *   CITE_FAULT_LOG=FILE     each failure made is appended to FILE: "write 3 /path/of/the/fd"
 *
 * Writes to stderr are neither counted nor failed: the messages that say what went wrong must
 * get out. cite's own code calls these functions (files.c puts stdout, --out, --summary, fmt
 * and :save through write/fsync/rename; arena.c reads with read), so the shim sees every call
 * that carries a user's data; glibc's stdio calls its internal aliases, which it does not. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { F_WRITE, F_READ, F_FSYNC, F_RENAME, F_N };
static const char *const names[F_N] = { "write", "read", "fsync", "rename" };
static const int errs[F_N] = { ENOSPC, EIO, EIO, EIO };
static long calls[F_N], fail_at[F_N];
static int ready;

static void setup(void)
{
    if (ready)
        return;
    ready = 1;
    const char *spec = getenv("CITE_FAULT");
    for (const char *p = spec; p && *p;) {
        for (int k = 0; k < F_N; k++) {
            size_t n = strlen(names[k]);
            if (!strncmp(p, names[k], n) && p[n] == ':')
                fail_at[k] = strtol(p + n + 1, NULL, 10);
        }
        p = strchr(p, ',');
        if (p)
            p++;
    }
}

/* True when this call is the one to fail; the failure is logged. */
static int hit(int k, int fd, const char *path)
{
    setup();
    if (!fail_at[k] || ++calls[k] != fail_at[k])
        return 0;
    const char *log = getenv("CITE_FAULT_LOG");
    if (log) {
        char what[4096] = "";
        if (!path) {
            char proc[64];
            snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
            ssize_t n = readlink(proc, what, sizeof what - 1);
            what[n > 0 ? n : 0] = '\0';
            path = what;
        }
        int (*real_open)(const char *, int, ...) = dlsym(RTLD_NEXT, "open");
        int lfd = real_open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (lfd >= 0) {
            char line[4200];
            int len = snprintf(line, sizeof line, "%s %ld %s\n", names[k], calls[k], path);
            ssize_t (*real_write)(int, const void *, size_t) = dlsym(RTLD_NEXT, "write");
            if (real_write(lfd, line, (size_t)len) < 0) { /* the test will see no log */ }
            close(lfd);
        }
    }
    errno = errs[k];
    return 1;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real) real = dlsym(RTLD_NEXT, "write");
    if (fd != STDERR_FILENO && hit(F_WRITE, fd, NULL))
        return -1;
    return real(fd, buf, n);
}

ssize_t read(int fd, void *buf, size_t n)
{
    static ssize_t (*real)(int, void *, size_t);
    if (!real) real = dlsym(RTLD_NEXT, "read");
    if (hit(F_READ, fd, NULL))
        return -1;
    return real(fd, buf, n);
}

int fsync(int fd)
{
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fsync");
    if (hit(F_FSYNC, fd, NULL))
        return -1;
    return real(fd);
}

int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "rename");
    if (hit(F_RENAME, -1, to))
        return -1;
    return real(from, to);
}
