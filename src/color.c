/* color.c: ANSI colour laid over plain output. Each line is recognized by its shape; a
 * line of no known shape is copied as it is. */
#include "color.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RESET   "\033[0m"
#define BOLD    "\033[1m"
#define DIM     "\033[2m"
#define RED     "\033[1;31m"
#define GREEN   "\033[32m"
#define YELLOW  "\033[33m"
#define MAGENTA "\033[1;35m"
#define CYAN    "\033[36m"

bool color_parse(const char *text, ColorMode *out)
{
    if (!strcmp(text, "auto")) *out = COLOR_AUTO;
    else if (!strcmp(text, "always")) *out = COLOR_ALWAYS;
    else if (!strcmp(text, "never")) *out = COLOR_NEVER;
    else return false;
    return true;
}

bool color_wanted(ColorMode mode, FILE *f)
{
    if (mode != COLOR_AUTO)
        return mode == COLOR_ALWAYS;
    const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(fileno(f)) && !(no && *no) && !(term && !strcmp(term, "dumb"));
}

static void put(Buf *b, const char *s, size_t n) { buf_add(b, s, n); }

static void paint(Buf *b, const char *code, const char *s, size_t n)
{
    if (!n)
        return;
    buf_puts(b, code);
    buf_add(b, s, n);
    buf_puts(b, RESET);
}

/* the first of "error: ", "warning: ", "note: " in the line, and its colour */
static const char *level_at(const char *line, size_t n, const char **code, size_t *len)
{
    static const struct { const char *word, *code; } levels[] = {
        { "error: ", RED }, { "warning: ", MAGENTA }, { "note: ", CYAN },
    };
    const char *best = NULL;
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
        size_t w = strlen(levels[i].word);
        for (const char *p = line; p + w <= line + n; p++)
            if (!memcmp(p, levels[i].word, w)) {
                if (!best || p < best) {
                    best = p;
                    *code = levels[i].code;
                    *len = w - 1;   /* the colon, not the space */
                }
                break;
            }
    }
    return best;
}

static void diag_line(Buf *b, const char *line, size_t n)
{
    const char *code;
    size_t w;
    const char *lv = level_at(line, n, &code, &w);
    if (lv) {
        /* "file:1:2: error: message": the place bold, the level in its colour, the message bold */
        paint(b, BOLD, line, (size_t)(lv - line));
        paint(b, code, lv, w);
        put(b, lv + w, 1);
        paint(b, BOLD, lv + w + 1, n - (size_t)(lv + w + 1 - line));
        return;
    }
    const char *bar = memchr(line, '|', n);
    bool gutter = bar && bar > line;
    for (const char *p = line; gutter && p < bar; p++)
        gutter = *p == ' ' || (*p >= '0' && *p <= '9');
    if (gutter) {
        /* "  3 |   text" or "    |   ^~~~": the gutter dim, the caret line green */
        paint(b, DIM, line, (size_t)(bar - line) + 1);
        const char *rest = bar + 1;
        size_t rn = n - (size_t)(rest - line);
        bool caret = rn > 0;
        for (size_t i = 0; i < rn; i++)
            caret &= rest[i] == ' ' || rest[i] == '^' || rest[i] == '~';
        if (caret) paint(b, GREEN, rest, rn);
        else put(b, rest, rn);
        return;
    }
    put(b, line, n);
}

static void explain_line(Buf *b, const char *line, size_t n)
{
    size_t ind = 0;
    while (ind < n && line[ind] == ' ')
        ind++;
    put(b, line, ind);
    const char *s = line + ind;
    size_t m = n - ind;
    /* the trace's labels dim; "unverified:" (a figure resting on data not checked against
     * the law) in the colour of a warning */
    static const struct { const char *label, *code; } labels[] = {
        { "applied:", DIM }, { "facts:", DIM }, { "step:", DIM }, { "through:", DIM },
        { "inputs:", DIM }, { "why:", DIM }, { "unverified:", MAGENTA },
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t w = strlen(labels[i].label);
        if (m >= w && !memcmp(s, labels[i].label, w)) {
            paint(b, labels[i].code, s, w);
            put(b, s + w, m - w);
            return;
        }
    }
    /* "NAME = VALUE  [cites]", "NAME: error: ...", "NAME: OLD -> NEW"; a NAME may be
     * "si_task_weekly[domestic, laundry]", spaces inside its brackets */
    size_t name = 0;
    while (name < m && s[name] != ' ' && s[name] != ':' && s[name] != '=') {
        const char *close = s[name] == '[' ? memchr(s + name, ']', m - name) : NULL;
        if (s[name] == '[' && !close) {
            name = m;           /* a listing of members that goes on, wrapped, on the next line */
            paint(b, BOLD, s, name);
            return;
        }
        name = close ? (size_t)(close - s) + 1 : name + 1;
    }
    const char *code;
    size_t w;
    const char *lv = level_at(s, m, &code, &w);
    if (!name || name == m) {
        put(b, s, m);
        return;
    }
    paint(b, BOLD, s, name);
    const char *rest = s + name;
    size_t rn = m - name;
    const char *cite = NULL;
    for (const char *p = rest + rn; p > rest; p--)
        if (p[-1] == '[' && p - 1 > rest && p[-2] == ' ') { cite = p - 1; break; }
    if (lv && lv >= rest) {
        put(b, rest, (size_t)(lv - rest));
        paint(b, code, lv, w);
        const char *after = lv + w;
        size_t an = (size_t)(rest + rn - after);
        if (cite && cite > after) {
            put(b, after, (size_t)(cite - after));
            paint(b, CYAN, cite, (size_t)(rest + rn - cite));
        } else {
            put(b, after, an);
        }
        return;
    }
    if (cite) {
        put(b, rest, (size_t)(cite - rest));
        const char *close = memchr(cite, ']', (size_t)(rest + rn - cite));
        size_t cn = close ? (size_t)(close - cite) + 1 : (size_t)(rest + rn - cite);
        paint(b, CYAN, cite, cn);
        put(b, cite + cn, (size_t)(rest + rn - cite - cn));
        return;
    }
    put(b, rest, rn);
}

static void by_lines(Buf *out, const char *text, size_t len, void (*line)(Buf *, const char *, size_t))
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        line(out, text + i, end - i);
        if (nl)
            buf_add(out, "\n", 1);
        i = nl ? end + 1 : len;
    }
}

/* cite test's human report: ok green, FAIL and ERROR red, the closing "N passed" line bold */
static void test_line(Buf *b, const char *line, size_t n)
{
    if (n >= 2 && !memcmp(line, "ok", 2)) {
        paint(b, GREEN, line, 2);
        put(b, line + 2, n - 2);
    } else if ((n >= 4 && !memcmp(line, "FAIL", 4)) || (n >= 5 && !memcmp(line, "ERROR", 5))) {
        size_t w = line[0] == 'F' ? 4 : 5;
        paint(b, RED, line, w);
        put(b, line + w, n - w);
    } else if (n >= 7 && strstr(line, " passed, ") && memchr("0123456789", line[0], 10)) {
        paint(b, BOLD, line, n);
    } else {
        diag_line(b, line, n);
    }
}

void color_diagnostics(Buf *out, const char *text, size_t len) { by_lines(out, text, len, diag_line); }
void color_test_report(Buf *out, const char *text, size_t len) { by_lines(out, text, len, test_line); }
/* An explanation: its lines wrapped within 100 columns go on indented 4 past the line they
 * continue (report_wrap), where a new line of the tree is at most 2 past its parent's: such a
 * continuation is not read as a NAME; its citation is still cyan. */
void color_explanation(Buf *out, const char *text, size_t len)
{
    size_t i = 0, logical = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len, ind = 0;
        while (i + ind < end && text[i + ind] == ' ')
            ind++;
        if (i > 0 && ind >= logical + 4 && i + ind < end) {
            const char *s = text + i + ind;
            size_t m = end - i - ind;
            put(out, text + i, ind);
            const char *cite = NULL;    /* "[MPP ...]": a citation opens on a capital */
            for (size_t k = 0; !cite && k + 1 < m; k++)
                if (s[k] == '[' && (k == 0 || s[k - 1] == ' ') && s[k + 1] >= 'A' && s[k + 1] <= 'Z')
                    cite = s + k;
            const char *close = cite ? memchr(cite, ']', (size_t)(s + m - cite)) : NULL;
            if (close) {
                put(out, s, (size_t)(cite - s));
                paint(out, CYAN, cite, (size_t)(close - cite) + 1);
                put(out, close + 1, (size_t)(s + m - close - 1));
            } else {
                put(out, s, m);
            }
        } else {
            explain_line(out, text + i, end - i);
            logical = ind;
        }
        if (nl)
            buf_add(out, "\n", 1);
        i = nl ? end + 1 : len;
    }
}

void color_write(FILE *f, ColorMode mode, void (*paint_fn)(Buf *, const char *, size_t),
                 const char *text, size_t len)
{
    if (!color_wanted(mode, f)) {
        fwrite(text, 1, len, f);
        return;
    }
    Buf b;
    buf_init(&b);
    paint_fn(&b, text, len);
    fwrite(b.data ? b.data : "", 1, b.len, f);
    buf_free(&b);
}
