/* linediff.c: unified diffs by Myers' algorithm. The trace keeps, for each edit distance d,
 * only the 2d+1 diagonals it reached, so memory is O(D^2); past MAX_D edits (a file
 * rewritten from top to bottom) the diff is given as one hunk that replaces everything. */
#include "linediff.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define CONTEXT 3
#define MAX_D 2000

typedef struct Line { const char *s; size_t n; } Line;
enum { EQ, DEL, INS };

static int split(const char *t, size_t len, Line **out)
{
    int n = 0, cap = 16;
    Line *l = malloc(sizeof(Line) * (size_t)cap);
    size_t i = 0;
    while (l && i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - t) + 1 : len;   /* the newline is part of the line */
        if (n == cap) {
            Line *bigger = realloc(l, sizeof(Line) * (size_t)(cap *= 2));
            if (!bigger) { free(l); l = NULL; break; }
            l = bigger;
        }
        l[n].s = t + i;
        l[n].n = end - i;
        n++;
        i = end;
    }
    *out = l;
    return l ? n : -1;
}

static bool same(const Line *a, const Line *b)
{
    return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
}

/* The edit script from x to y, in order, into ops (n + m entries at most); its length. */
static int script(const Line *x, int n, const Line *y, int m, char *ops)
{
    int max = n + m;
    int **trace = calloc((size_t)MAX_D + 1, sizeof(int *));
    int *v = calloc((size_t)(2 * max + 3), sizeof(int));
    int found = -1;
    if (trace && v) {
        int *V = v + max + 1;   /* V[k] for k in -max-1 .. max+1 */
        for (int d = 0; d <= max && d <= MAX_D && found < 0; d++) {
            trace[d] = malloc(sizeof(int) * (size_t)(2 * d + 3));
            if (!trace[d])
                break;
            for (int k = -d - 1; k <= d + 1; k++)
                trace[d][k + d + 1] = (k >= -max - 1 && k <= max + 1) ? V[k] : 0;
            for (int k = -d; k <= d; k += 2) {
                int xx = (k == -d || (k != d && V[k - 1] < V[k + 1])) ? V[k + 1] : V[k - 1] + 1;
                int yy = xx - k;
                while (xx < n && yy < m && same(&x[xx], &y[yy]))
                    xx++, yy++;
                V[k] = xx;
                if (xx >= n && yy >= m) {
                    found = d;
                    break;
                }
            }
        }
    }
    int len = 0;
    if (found < 0) {
        /* too different (or no memory): delete everything, insert everything */
        for (int i = 0; i < n; i++) ops[len++] = DEL;
        for (int i = 0; i < m; i++) ops[len++] = INS;
    } else {
        /* back from (n, m), writing the script from its end */
        int xx = n, yy = m, at = n + m;
        for (int d = found; d > 0; d--) {
            const int *P = trace[d] + d + 1;    /* V before step d, for k in -d-1 .. d+1 */
            int k = xx - yy;
            int pk = (k == -d || (k != d && P[k - 1] < P[k + 1])) ? k + 1 : k - 1;
            int px = P[pk], py = px - pk;
            /* one edit from (px, py), then equal lines up to (xx, yy) */
            bool ins = pk == k + 1;
            while (xx > px + !ins && yy > py + ins)
                ops[--at] = EQ, xx--, yy--;
            if (ins) ops[--at] = INS, yy--;
            else ops[--at] = DEL, xx--;
        }
        while (xx > 0 && yy > 0)
            ops[--at] = EQ, xx--, yy--;
        len = n + m - at;
        memmove(ops, ops + at, (size_t)len);
    }
    if (trace)
        for (int d = 0; d <= MAX_D && trace[d]; d++)
            free(trace[d]);
    free(trace);
    free(v);
    return len;
}

static void put_line(Buf *out, char mark, const Line *l)
{
    buf_add(out, &mark, 1);
    buf_add(out, l->s, l->n);
    if (!l->n || l->s[l->n - 1] != '\n')
        buf_puts(out, "\n\\ No newline at end of file\n");
}

void linediff_unified(Buf *out, const char *old_name, const char *old, size_t old_len,
                      const char *new_name, const char *new, size_t new_len)
{
    Line *x = NULL, *y = NULL;
    int n = split(old, old_len, &x), m = split(new, new_len, &y);
    char *ops = n >= 0 && m >= 0 ? malloc((size_t)(n + m) + 1) : NULL;
    if (!ops) {
        free(x);
        free(y);
        return;
    }
    int len = script(x, n, y, m, ops);
    bool header = false;
    /* position in x and y at each op */
    int i = 0;
    int xi = 0, yi = 0;
    while (i < len) {
        if (ops[i] == EQ) {
            i++, xi++, yi++;
            continue;
        }
        /* a hunk: from CONTEXT lines before this change to CONTEXT after the last change
         * that is no more than 2*CONTEXT equal lines from the one before it */
        int start = i, sx = xi, sy = yi;
        for (int c = 0; c < CONTEXT && start > 0 && ops[start - 1] == EQ; c++)
            start--, sx--, sy--;
        int end = i, ex = xi, ey = yi;
        for (;;) {
            while (end < len && ops[end] != EQ) {
                if (ops[end] == DEL) ex++; else ey++;
                end++;
            }
            int run = 0;
            while (end + run < len && ops[end + run] == EQ)
                run++;
            if (end + run < len && run <= 2 * CONTEXT) {
                end += run, ex += run, ey += run;
                continue;
            }
            int tail = run < CONTEXT ? run : CONTEXT;
            end += tail, ex += tail, ey += tail;
            break;
        }
        if (!header) {
            buf_printf(out, "--- %s\n+++ %s\n", old_name, new_name);
            header = true;
        }
        int cx = ex - sx, cy = ey - sy;
        buf_printf(out, "@@ -%d,%d +%d,%d @@\n", cx ? sx + 1 : sx, cx, cy ? sy + 1 : sy, cy);
        int px = sx, py = sy;
        for (int k = start; k < end; k++) {
            if (ops[k] == EQ) put_line(out, ' ', &x[px++]), py++;
            else if (ops[k] == DEL) put_line(out, '-', &x[px++]);
            else put_line(out, '+', &y[py++]);
        }
        i = end, xi = ex, yi = ey;
    }
    free(ops);
    free(x);
    free(y);
}
