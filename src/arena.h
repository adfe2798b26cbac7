/* arena.h: region allocation. Every allocation in cite goes through an arena;
 * an arena is freed whole, so objects inside it are never freed one by one. */
#ifndef CITE_ARENA_H
#define CITE_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;   /* newest block first */
    size_t total;       /* bytes handed out, for limits and benchmarks */
} Arena;

void  ar_init(Arena *a);
void  ar_free(Arena *a);                      /* releases every block; a is reusable after */
void  ar_reset(Arena *a);                     /* forgets every allocation, keeps one block for reuse */
void *ar_alloc(Arena *a, size_t n);           /* zeroed, aligned for any type; aborts only on OOM */
void *ar_alloc_uninit(Arena *a, size_t n);    /* the same, not zeroed: for memory written whole */
char *ar_strdup(Arena *a, const char *s);
char *ar_strndup(Arena *a, const char *s, size_t n);
char *ar_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Growable array inside an arena: returns a new buffer of cap*elem bytes holding the old one. */
void *ar_grow(Arena *a, void *old, size_t elem, size_t oldcap, size_t newcap);

/* Appends item to an arena array of count elements, growing it to the next power of two
 * whenever count reaches one (so capacity needs no field of its own). */
#define AR_PUSH(arena, arr, count, item)                                                   \
    do {                                                                                   \
        if (((count) & ((count) - 1)) == 0)                                                \
            (arr) = ar_grow((arena), (arr), sizeof *(arr), (size_t)(count),                \
                            (count) ? 2 * (size_t)(count) : 1);                            \
        (arr)[(count)++] = (item);                                                         \
    } while (0)

/* Reads a whole file into the arena: every byte (NULs included), then a NUL terminator;
 * the path "-" is standard input. AR_READ_CANNOT leaves errno set; AR_READ_TOO_BIG when the file passes `limit` bytes. */
typedef enum ArReadStatus { AR_READ_OK, AR_READ_CANNOT, AR_READ_TOO_BIG } ArReadStatus;
ArReadStatus ar_read_file(Arena *a, const char *path, size_t limit, char **text, size_t *len);

/* A growable byte buffer (heap-backed, for output building). */
typedef struct Buf { char *data; size_t len, cap; } Buf;
void buf_init(Buf *b);
void buf_free(Buf *b);
void buf_reserve(Buf *b, size_t extra);       /* room for `extra` more bytes and a NUL */
/* Inline: output is built a few bytes at a time, for every result of every case of a run. */
static inline void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->cap - b->len <= n)
        buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}
static inline void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }
/* Room for n more bytes (and a NUL), checked once: returns where they go. The caller writes
 * at most n there with plain stores and sets len to the end it reached. */
static inline char *buf_room(Buf *b, size_t n)
{
    if (b->cap - b->len <= n)
        buf_reserve(b, n);
    return b->data + b->len;
}
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *buf_cstr(Buf *b);                 /* NUL-terminated view; valid until next add */

#endif
