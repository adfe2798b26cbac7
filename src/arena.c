/* arena.c: region allocator and heap byte buffer.
 * Blocks are calloc'ed, so an allocation in a fresh block is zeroed memory without a
 * memset. ar_reset keeps one block without zeroing it: an allocation in the part a
 * previous round used is zeroed then, by ar_alloc, and not at all by ar_alloc_uninit. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

enum { AR_BLOCK_MIN = 64 * 1024 };

/* The flexible array of max_align_t makes data[] aligned for any type. */
struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;           /* bytes of data[] handed out / available */
    size_t dirty;               /* data[0..dirty) may hold a previous round's bytes; the rest is zero */
    max_align_t data[];
};

/* Running out of memory is the one failure we do not try to recover from:
 * every caller would have to propagate it, and there is nothing useful to do. */
static _Noreturn void ar_oom(void)
{
    fputs("cite: out of memory\n", stderr);
    abort();
}

void ar_init(Arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void ar_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    ar_init(a);
}

void ar_reset(Arena *a)
{
    /* keep the first block (the oldest, at the end of the chain) for the next round */
    ArenaBlock *b = a->head, *keep = NULL;
    while (b) {
        ArenaBlock *next = b->next;
        if (next)
            free(b);
        else
            keep = b;
        b = next;
    }
    if (keep) {
        /* not zeroed here: most of a case's memory is written whole (ar_alloc_uninit) */
        if (keep->used > keep->dirty)
            keep->dirty = keep->used;
        keep->used = 0;
        keep->next = NULL;
    }
    a->head = keep;
    a->total = 0;
}

/* n bytes (at least 1), aligned; zero in a fresh block, else what the last round left */
static inline __attribute__((always_inline)) void *ar_take(Arena *a, size_t n)
{
    const size_t align = _Alignof(max_align_t);
    size_t sz;
    /* Round up so the next allocation stays aligned; 0 bytes still gets a distinct pointer. */
    if (n == 0)
        n = 1;
    if (__builtin_add_overflow(n, align - 1, &sz))
        ar_oom();
    sz &= ~(align - 1);

    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < sz) {
        size_t cap = sz > AR_BLOCK_MIN ? sz : AR_BLOCK_MIN;
        size_t bytes;
        if (__builtin_add_overflow(cap, sizeof(ArenaBlock), &bytes))
            ar_oom();
        b = calloc(1, bytes);
        if (!b)
            ar_oom();
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += sz;
    a->total += sz;
    return p;
}

void *ar_alloc_uninit(Arena *a, size_t n)
{
    void *p = ar_take(a, n);
#ifdef __SANITIZE_ADDRESS__
    /* the sanitizer build fills it with garbage: a reader of a byte it did not write then
     * gives a wrong answer in the test suite, where zeroed memory would hide it */
    memset(p, 0xa5, n);
#endif
    return p;
}

void *ar_alloc(Arena *a, size_t n)
{
    char *p = ar_take(a, n);
    ArenaBlock *b = a->head;
    size_t at = (size_t)(p - (char *)b->data);
    if (at < b->dirty) {       /* memory a previous round used: zero what it left */
        size_t sz = b->used - at;       /* the rounded size, as ar_reset's memset zeroed it */
        memset(p, 0, sz < b->dirty - at ? sz : b->dirty - at);
    }
    return p;
}

char *ar_strndup(Arena *a, const char *s, size_t n)
{
    /* Like POSIX strndup: stop at an embedded NUL. */
    const char *nul = memchr(s, '\0', n);
    if (nul)
        n = (size_t)(nul - s);
    size_t sz;
    if (__builtin_add_overflow(n, 1, &sz))
        ar_oom();
    char *p = ar_alloc_uninit(a, sz);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ar_strdup(Arena *a, const char *s)
{
    return ar_strndup(a, s, strlen(s));
}

char *ar_printf(Arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {                /* encoding error: an empty string beats a crash */
        va_end(ap2);
        return ar_alloc(a, 1);
    }
    char *p = ar_alloc_uninit(a, (size_t)n + 1);   /* vsnprintf writes every byte */
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void *ar_grow(Arena *a, void *old, size_t elem, size_t oldcap, size_t newcap)
{
    size_t bytes, oldbytes;
    if (__builtin_mul_overflow(elem, newcap, &bytes))
        ar_oom();
    void *p = ar_alloc(a, bytes);
    if (old) {
        /* oldcap*elem was allocated before, so it cannot overflow. */
        oldbytes = elem * (oldcap < newcap ? oldcap : newcap);
        memcpy(p, old, oldbytes);
    }
    return p;
}

/* ---- Buf ---- */

void buf_init(Buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void buf_free(Buf *b)
{
    free(b->data);
    buf_init(b);
}

void buf_reserve(Buf *b, size_t extra)
{
    size_t need;
    if (__builtin_add_overflow(b->len, extra, &need) || __builtin_add_overflow(need, 1, &need))
        ar_oom();
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (__builtin_mul_overflow(cap, 2, &cap)) {
            cap = need;
            break;
        }
    }
    char *p = realloc(b->data, cap);
    if (!p)
        ar_oom();
    b->data = p;
    b->cap = cap;
}


void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    /* Try the free space first; only a too-long result needs the second pass. */
    size_t room = b->cap - b->len;
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return;
    }
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    b->len += (size_t)n;
}

const char *buf_cstr(Buf *b)
{
    buf_reserve(b, 0);
    b->data[b->len] = '\0';
    return b->data;
}

ArReadStatus ar_read_file(Arena *a, const char *path, size_t limit, char **text, size_t *len)
{
    /* open/read, not stdio: a read error is an error (stdio's fread hid it as an end of file,
     * so a directory read as an empty file), and the test suite's fault shim sees each read */
    int in = strcmp(path, "-") == 0;      /* "-" is standard input */
    int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return AR_READ_CANNOT;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!in) close(fd);
        errno = EISDIR;
        return AR_READ_CANNOT;
    }
    Buf b;
    buf_init(&b);
    char chunk[65536];
    for (;;) {
        ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            if (!in) close(fd);
            buf_free(&b);
            errno = e;
            return AR_READ_CANNOT;
        }
        if (got == 0)
            break;
        buf_add(&b, chunk, (size_t)got);
        if (b.len > limit) {
            if (!in) close(fd);
            buf_free(&b);
            return AR_READ_TOO_BIG;
        }
    }
    if (!in) close(fd);
    *text = ar_alloc(a, b.len + 1);     /* zeroed: the terminator is there */
    if (b.len)
        memcpy(*text, b.data, b.len);
    *len = b.len;
    buf_free(&b);
    return AR_READ_OK;
}
