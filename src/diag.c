/* diag.c: collecting and printing diagnostics. */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

void diag_init(Diags *d, Arena *arena)
{
    memset(d, 0, sizeof *d);
    d->arena = arena;
    d->max_errors = 100;
}

static void add(Diags *d, DiagLevel level, Loc loc, const char *fmt, va_list ap)
{
    if (level == DIAG_ERROR) {
        d->errors++;
        if (d->errors > d->max_errors)
            return;
    } else if (d->errors > d->max_errors) {
        return;             /* a note to an error that was dropped */
    }
    if (d->count == d->cap) {
        int ncap = d->cap ? d->cap * 2 : 16;
        d->items = ar_grow(d->arena, d->items, sizeof *d->items, (size_t)d->cap, (size_t)ncap);
        d->cap = ncap;
    }
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *msg = ar_alloc(d->arena, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    d->items[d->count++] = (DiagItem){ level, loc, msg };
}

void diag_error(Diags *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_ERROR, loc, fmt, ap);
    va_end(ap);
}

void diag_note(Diags *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_NOTE, loc, fmt, ap);
    va_end(ap);
}

void diag_warning(Diags *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_WARNING, loc, fmt, ap);
    va_end(ap);
}

/* The text of line `line` (1-based) of src, without its newline. */
static const char *line_start(const Source *src, int line, size_t *len)
{
    const char *p = src->text, *end = src->text + src->len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { p = end; break; }
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* Source lines can hold anything (tabs, control bytes, a 1 MB line): show at most
 * 200 columns around the caret and print control bytes as '?', so the caret stays aligned. */
static void print_excerpt(const Loc *loc, FILE *out)
{
    size_t len;
    const char *text = line_start(loc->src, loc->first_line, &len);
    size_t col = loc->first_column > 0 ? (size_t)loc->first_column - 1 : 0;
    if (col > len) col = len;
    size_t from = col > 120 ? col - 80 : 0;
    size_t to = len - from > 200 ? from + 200 : len;
    size_t span = 1;
    if (loc->last_line == loc->first_line && loc->last_column > loc->first_column)
        span = (size_t)(loc->last_column - loc->first_column);
    if (col + span > to) span = to > col ? to - col : 1;

    fprintf(out, "%5d | %s", loc->first_line, from ? "..." : "");
    for (size_t i = from; i < to; i++) {
        unsigned char c = (unsigned char)text[i];
        fputc(c == '\t' ? ' ' : (c < 32 || c == 127) ? '?' : c, out);
    }
    fprintf(out, "%s\n      | %s", to < len ? "..." : "", from ? "   " : "");
    for (size_t i = from; i < col; i++)
        fputc(' ', out);
    fputc('^', out);
    for (size_t i = 1; i < span; i++)
        fputc('~', out);
    fputc('\n', out);
}

int diag_print(const Diags *d, FILE *out)
{
    for (int i = 0; i < d->count; i++) {
        const DiagItem *it = &d->items[i];
        const char *level = it->level == DIAG_ERROR ? "error" : it->level == DIAG_WARNING ? "warning" : "note";
        if (it->loc.src) {
            fprintf(out, "%s:%d:%d: %s: %s\n", it->loc.src->path, it->loc.first_line,
                    it->loc.first_column, level, it->message);
            if (it->loc.first_line > 0)
                print_excerpt(&it->loc, out);
        } else {
            fprintf(out, "cite: %s: %s\n", level, it->message);
        }
    }
    if (d->errors > d->max_errors)
        fprintf(out, "cite: %d more errors not shown\n", d->errors - d->max_errors);
    return d->errors;
}

int diag_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 1000;
    int row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = diag + cost;
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

bool diag_is_close(const char *wrong, const char *candidate)
{
    int dist = diag_edit_distance(wrong, candidate);
    int len = (int)strlen(wrong);
    return dist <= (len < 4 ? 1 : len < 8 ? 2 : 3);
}

void diag_consider(const char *wrong, const char *cand, const char **best, int *best_dist)
{
    if (!diag_is_close(wrong, cand))
        return;
    int dist = diag_edit_distance(wrong, cand);
    if (dist < *best_dist) {
        *best = cand;
        *best_dist = dist;
    }
}

const char *loc_text(Arena *a, Loc loc)
{
    if (!loc.src || loc.first_line < 1)
        return "";
    const char *p = loc.src->text, *end = loc.src->text + loc.src->len;
    for (int l = 1; l < loc.first_line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *start = p + loc.first_column - 1;
    const char *q = p;
    for (int l = loc.first_line; l < loc.last_line && q < end; l++) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        q = nl ? nl + 1 : end;
    }
    const char *stop = q + loc.last_column - 1;
    if (start > end) start = end;
    if (stop > end) stop = end;
    if (stop < start) stop = start;
    /* collapse runs of white space so a condition on two lines reads as one */
    char *out = ar_alloc(a, (size_t)(stop - start) + 1);
    size_t n = 0;
    bool space = false;
    for (const char *s = start; s < stop; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = n > 0;
            continue;
        }
        if (space) out[n++] = ' ';
        space = false;
        out[n++] = *s;
    }
    out[n] = '\0';
    return out;
}
