/* fmt.c: the canonical layout of rule files.
 *   - one declaration after another, a blank line before each enum, table and rule, and
 *     wherever the source had one (at most one);
 *   - a rule's description, dates, citations and each definition on lines of their own,
 *     indented two spaces, the citations of its definitions aligned in one column;
 *   - a table's rows one per line, cells and citations aligned in columns;
 *   - an enum's members and a record's fields one per line;
 *   - single spaces between tokens, none inside brackets or around '.', '..' and '/week';
 *   - comments kept where they were: on a line of their own, or after the code. */
#include "fmt.h"
#include "linediff.h"
#include "parse.h"
#include "parser.h"
#include "builtins.h"
#include "files.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>

#define ALIGN_LIMIT 72          /* citations and descriptions align at most this far right */

typedef struct Fmt {
    Arena *a;
    LexToken *t;
    int n;
    Buf out;
} Fmt;

/* `table` starts a declaration (table NAME : ...) or is a type (table Enum -> T). */
static bool decl_at(const LexToken *t, int i, int n)
{
    int k = t[i].kind;
    if (k == TABLE)
        return i + 2 < n && t[i + 1].kind == IDENT && t[i + 2].kind == ':';
    return k == IMPORT || k == ENUM || k == INPUT || k == RULE;
}

/* A name followed by '(' is a call only for the built-in functions; after a type name the
 * parenthesis holds the allowed values: number (1..6). */
static bool is_function(const char *name)
{
    static const char *const names[] = { "sum", "count", "any", "all", "min", "max" };
    if (builtin_find(name))
        return true;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i], name))
            return true;
    return false;
}
static bool is_open(int k) { return k == '(' || k == '[' || k == '{'; }
static bool is_close(int k) { return k == ')' || k == ']' || k == '}'; }

/* Could this token end an operand (so a following '-' is binary)? */
static bool ends_operand(int k)
{
    return k == NUMBER || k == DURATION || k == DATE || k == IDENT || k == STRING || k == TRUE || k == FALSE
        || k == ')' || k == ']' || k == WEEK || k == MONTH || k == DAYS || k == HOURS || k == MINUTES;
}

/* Joins tokens [from, to) with canonical spacing. Comments inside are kept: an own-line
 * comment or a line break of the source inside an expression becomes a line break
 * indented `cont` spaces. Trailing comments end their line. */
static void join(Fmt *f, int from, int to, Buf *b, int cont, bool in_record)
{
    for (int i = from; i < to; i++) {
        const LexToken *t = &f->t[i], *p = i > from ? &f->t[i - 1] : NULL;
        if (p && p->kind == COMMENT) {
            buf_puts(b, "\n");
            for (int s = 0; s < cont; s++) buf_puts(b, " ");
        } else if (p && t->kind == COMMENT) {
            buf_puts(b, t->line == p->line ? "  " : "\n");
            if (t->line != p->line)
                for (int s = 0; s < cont; s++) buf_puts(b, " ");
        } else if (p && t->line != p->line) {
            buf_puts(b, "\n");
            for (int s = 0; s < cont; s++) buf_puts(b, " ");
        } else if (p) {
            int pk = p->kind, k = t->kind;
            const LexToken *pp = i - 2 >= from ? &f->t[i - 2] : NULL;
            bool unary_minus_before = pk == '-' && (!pp || !ends_operand(pp->kind));
            bool space = true;
            if (pk == '(' || pk == '[' || pk == '.' || k == ')' || k == ']' || k == ',' || k == '.')
                space = false;
            else if (k == DOTDOT || pk == DOTDOT)
                space = false;
            else if ((k == '/' && i + 1 < to && (f->t[i + 1].kind == WEEK || f->t[i + 1].kind == MONTH))
                     || (pk == '/' && (k == WEEK || k == MONTH)))
                space = false;
            else if (unary_minus_before)
                space = false;
            else if (k == '[' && pk == IDENT)
                space = false;
            else if (k == '(' && pk == IDENT && is_function(p->text))
                space = false;
            else if (k == ':' && in_record)
                space = false;
            if (space)
                buf_puts(b, " ");
        }
        buf_puts(b, t->text);
    }
}

static void pad_to(Buf *b, size_t line_start, size_t col)
{
    size_t len = b->len - line_start;
    for (size_t i = len; i < col; i++)
        buf_puts(b, " ");
}

/* The column where the last line of b starts. */
static size_t last_line_start(const Buf *b)
{
    for (size_t i = b->len; i > 0; i--)
        if (b->data[i - 1] == '\n')
            return i;
    return 0;
}

static int skip_group(Fmt *f, int i, int end)
{
    int depth = 0;
    for (; i < end; i++) {
        if (is_open(f->t[i].kind)) depth++;
        else if (is_close(f->t[i].kind) && --depth == 0) return i + 1;
    }
    return end;
}

/* Emits comments standing on their own lines at [i, ...); returns the next token. */
static int own_line_comments(Fmt *f, int i, int end, int indent)
{
    while (i < end && f->t[i].kind == COMMENT && (i == 0 || f->t[i - 1].line != f->t[i].line)) {
        for (int s = 0; s < indent; s++) buf_puts(&f->out, " ");
        buf_printf(&f->out, "%s\n", f->t[i].text);
        i++;
        /* a blank line after a comment at the top level stays (at most one) */
        if (indent == 0 && i < f->n && f->t[i].line > f->t[i - 1].line + 1)
            buf_puts(&f->out, "\n");
    }
    return i;
}

/* A trailing comment right after token i-1 on its line goes at the end of the output line. */
static int trailing_comment(Fmt *f, int i, int end)
{
    if (i < end && f->t[i].kind == COMMENT && i > 0 && f->t[i - 1].line == f->t[i].line) {
        buf_printf(&f->out, "  %s", f->t[i].text);
        return i + 1;
    }
    return i;
}

static void end_line(Fmt *f)
{
    /* no trailing spaces */
    while (f->out.len && f->out.data[f->out.len - 1] == ' ')
        f->out.len--;
    buf_puts(&f->out, "\n");
}

/* ---- declarations ---- */

static void fmt_simple(Fmt *f, int from, int to)
{
    join(f, from, to, &f->out, 4, false);
    end_line(f);
}

/* A line of code with an optional citation part, for aligned columns. */
/* comment_first: the comment stood between the code and a citation on the line below, so it
 * ends the code's line and the citation goes below it (after the citation it would move) */
typedef struct Part { Buf code, cite; int comment; bool multiline, is_comment, comment_first; int extra; } Part;

/* A comment standing on a line of its own, kept in place among aligned lines. */
static void comment_part(Fmt *f, int i, Part *parts, int *np)
{
    Part *c = &parts[(*np)++];
    memset(c, 0, sizeof *c);
    buf_init(&c->code);
    buf_puts(&c->code, f->t[i].text);
    c->is_comment = true;
    c->comment = -1;
}

static int cite_end(Fmt *f, int i, int to)
{
    /* cite "a", "b" cite "c" ... */
    while (i < to && (f->t[i].kind == CITE || f->t[i].kind == STRING || f->t[i].kind == ','))
        i++;
    return i;
}

static void emit_parts(Fmt *f, Part *parts, int n, int indent)
{
    size_t col = 0;
    for (int k = 0; k < n; k++)
        if (!parts[k].is_comment && !parts[k].multiline && parts[k].cite.len && parts[k].code.len + (size_t)indent + 2 > col
            && parts[k].code.len + (size_t)indent + 2 <= ALIGN_LIMIT)
            col = parts[k].code.len + (size_t)indent + 2;
    for (int k = 0; k < n; k++) {
        size_t start = f->out.len;
        for (int s = 0; s < indent + parts[k].extra; s++) buf_puts(&f->out, " ");
        if (parts[k].is_comment) {
            buf_add(&f->out, parts[k].code.data, parts[k].code.len);
            end_line(f);
            buf_free(&parts[k].code);
            continue;
        }
        buf_add(&f->out, parts[k].code.data, parts[k].code.len);
        if (parts[k].comment_first && parts[k].cite.len) {
            buf_printf(&f->out, "  %s\n", f->t[parts[k].comment].text);
            for (int s = 0; s < indent + 2; s++) buf_puts(&f->out, " ");
            buf_add(&f->out, parts[k].cite.data, parts[k].cite.len);
            end_line(f);
            buf_free(&parts[k].code);
            buf_free(&parts[k].cite);
            continue;
        }
        if (parts[k].cite.len) {
            size_t ls = last_line_start(&f->out);
            (void)start;
            size_t at = f->out.len - ls + 2 > col ? f->out.len - ls + 2 : col;
            if (at + parts[k].cite.len > 100) {
                /* too long for one line: the citation (or description) goes below */
                buf_puts(&f->out, "\n");
                for (int s = 0; s < indent + 2; s++) buf_puts(&f->out, " ");
            } else if (f->out.len - ls + 2 > col) {
                buf_puts(&f->out, "  ");
            } else {
                pad_to(&f->out, ls, col);
            }
            buf_add(&f->out, parts[k].cite.data, parts[k].cite.len);
        }
        if (parts[k].comment >= 0)
            buf_printf(&f->out, "  %s", f->t[parts[k].comment].text);
        end_line(f);
        buf_free(&parts[k].code);
        buf_free(&parts[k].cite);
    }
}

/* The description of an input: its last token, a text at depth 0. */
static int description_at(Fmt *f, int from, int to)
{
    int last = to - 1;
    while (last > from && f->t[last].kind == COMMENT)
        last--;
    return last > from && f->t[last].kind == STRING ? last : -1;
}

/* A single-line input as code and description, so that a run of inputs aligns. */
static bool input_part(Fmt *f, int from, int to, Part *p)
{
    for (int i = from; i < to; i++)
        if (f->t[i].kind == '{' || (i > from && f->t[i].kind == COMMENT && f->t[i].line != f->t[i - 1].line))
            return false;
    memset(p, 0, sizeof *p);
    buf_init(&p->code);
    buf_init(&p->cite);
    p->comment = -1;
    int desc = description_at(f, from, to);
    int stop = desc > 0 ? desc : to;
    /* a comment before the description (or the end) would swallow what follows it once
     * joined on one line */
    for (int i = from; i < stop; i++)
        if (f->t[i].kind == COMMENT && (desc > 0 || i + 1 < stop))
            return false;
    join(f, from, stop, &p->code, 2, false);
    if (desc > 0) {
        join(f, desc, desc + 1, &p->cite, 2, false);
        if (desc + 1 < to && f->t[desc + 1].kind == COMMENT)
            p->comment = desc + 1;
    }
    p->multiline = memchr(p->code.data ? p->code.data : "", '\n', p->code.len) != NULL;
    return true;
}

/* input NAME : {fields} ...: a record's fields one per line, their descriptions aligned. */
static void fmt_record_input(Fmt *f, int from, int to)
{
    int brace = from;
    while (f->t[brace].kind != '{') brace++;
    join(f, from, brace + 1, &f->out, 2, false);
    end_line(f);
    int close = skip_group(f, brace, to) - 1;
    Part *parts = ar_alloc(f->a, sizeof(Part) * (size_t)(close - brace + 1));
    int np = 0, i = brace + 1;
    while (i < close) {
        if (f->t[i].kind == COMMENT && f->t[i].line != f->t[i - 1].line) {
            comment_part(f, i++, parts, &np);
            continue;
        }
        int j = i, depth = 0;
        while (j < close && !(depth == 0 && f->t[j].kind == ',')) {
            if (is_open(f->t[j].kind)) depth++;
            if (is_close(f->t[j].kind)) depth--;
            j++;
        }
        /* comments after the field's last token (before its comma, or before the '}' of
         * a last field without one) follow the field: they are not part of it */
        int end = j;
        while (end > i && f->t[end - 1].kind == COMMENT)
            end--;
        Part *p = &parts[np++];
        memset(p, 0, sizeof *p);
        buf_init(&p->code);
        buf_init(&p->cite);
        p->comment = -1;
        int desc = description_at(f, i, end);
        join(f, i, desc > 0 ? desc : end, &p->code, 6, true);
        if (desc > 0)
            join(f, desc, desc + 1, &p->cite, 6, true);
        buf_puts(desc > 0 ? &p->cite : &p->code, ",");
        if (end < j && f->t[end].line == f->t[end - 1].line)
            p->comment = end++;
        while (end < j)
            comment_part(f, end++, parts, &np);
        i = j < close ? j + 1 : j;
        if (i < close && p->comment < 0 && f->t[i].kind == COMMENT && f->t[i].line == f->t[i - 1].line)
            p->comment = i++;
    }
    emit_parts(f, parts, np, 4);
    /* after the record: its modifiers on the brace's line, the description below */
    buf_puts(&f->out, "  }");
    int desc = description_at(f, close + 1, to);
    int stop = desc > 0 ? desc : to;
    if (close + 1 < stop) {
        buf_puts(&f->out, " ");
        join(f, close + 1, stop, &f->out, 2, false);
    }
    end_line(f);
    if (desc > 0) {
        buf_puts(&f->out, "  ");
        join(f, desc, to, &f->out, 2, false);
        end_line(f);
    }
}

/* The closing brace of an enum, a comment after it, and comments on the lines below. */
static void close_brace(Fmt *f, int close, int to)
{
    buf_puts(&f->out, "}");
    int rest = close + 1 < to ? trailing_comment(f, close + 1, to) : to;
    end_line(f);
    if (rest < to)
        own_line_comments(f, rest, to, 0);
}

/* enum NAME [= PARENT] ["desc"] { members }: one member a line, descriptions aligned. */
static void fmt_enum(Fmt *f, int from, int to)
{
    int brace = from;
    while (brace < to && f->t[brace].kind != '{') brace++;
    join(f, from, brace + 1, &f->out, 2, false);
    end_line(f);
    int close = skip_group(f, brace, to) - 1;
    size_t width = 0;
    bool described = false, commented = false;
    for (int i = brace + 1; i < close; i++) {
        if (f->t[i].kind == IDENT && strlen(f->t[i].text) > width)
            width = strlen(f->t[i].text);
        described |= f->t[i].kind == STRING;
        commented |= f->t[i].kind == COMMENT;
    }
    if (!described && !commented) {
        /* bare members fill lines, as prose does */
        size_t ls = f->out.len;
        buf_puts(&f->out, " ");
        for (int i = brace + 1; i < close; i++) {
            if (f->t[i].kind != IDENT)
                continue;
            if (f->out.len - ls + 1 + strlen(f->t[i].text) + 1 > 100) {
                end_line(f);
                ls = f->out.len;
                buf_puts(&f->out, " ");
            }
            buf_printf(&f->out, " %s,", f->t[i].text);
        }
        end_line(f);
        close_brace(f, close, to);
        return;
    }
    int i = brace + 1;
    while (i < close) {
        i = own_line_comments(f, i, close, 2);
        if (i >= close || f->t[i].kind != IDENT) { if (i < close) i++; continue; }
        size_t start = f->out.len;
        buf_printf(&f->out, "  %s", f->t[i].text);
        i++;
        if (i < close && f->t[i].kind == STRING) {
            pad_to(&f->out, start, width + 4);
            buf_puts(&f->out, f->t[i].text);
            i++;
        }
        buf_puts(&f->out, ",");
        if (i < close && f->t[i].kind == ',') i++;
        i = trailing_comment(f, i, close);
        end_line(f);
    }
    close_brace(f, close, to);
}

static void rule_or_table_body(Fmt *f, int from, int to, bool table);
static int trailing_comment_part(Fmt *f, int i, int to, int *comment);

static void fmt_rule(Fmt *f, int from, int to)
{
    /* the header: up to the description, a date, a citation or the first definition */
    int i = from, depth = 0;
    for (; i < to; i++) {
        int k = f->t[i].kind;
        if (is_open(k)) depth++;
        if (is_close(k)) depth--;
        if (depth == 0 && i > from + 1 && (k == STRING || k == EFFECTIVE || k == CITE || k == '=' || k == WHEN
                                           || k == COMMENT || k == UNVERIFIED))
            break;
    }
    join(f, from, i, &f->out, 4, false);
    i = trailing_comment(f, i, to);
    end_line(f);
    rule_or_table_body(f, i, to, false);
}

static void fmt_table(Fmt *f, int from, int to)
{
    int i = from;
    while (i < to && f->t[i].kind != CITE && !(f->t[i].kind == COMMENT && f->t[i].line != f->t[i - 1].line)) {
        /* the header ends at its citation, or at the first row (a name after the type) */
        if (i > from + 4 && f->t[i].kind == IDENT && f->t[i - 1].line != f->t[i].line)
            break;
        i++;
    }
    join(f, from, i, &f->out, 4, false);
    i = trailing_comment(f, i, to);
    end_line(f);
    rule_or_table_body(f, i, to, true);
}

/* The lines of a rule (description, dates, citations, definitions) or of a table
 * (citations, rows). */
static void rule_or_table_body(Fmt *f, int i, int to, bool table)
{
    Part *parts = ar_alloc(f->a, sizeof(Part) * (size_t)(to - i + 1));
    int np = 0;
    /* rows: cells per column, for alignment */
    while (i < to) {
        if (f->t[i].kind == COMMENT && f->t[i].line != f->t[i - 1].line) {
            comment_part(f, i++, parts, &np);
            continue;
        }
        int k = f->t[i].kind, j = i + 1;
        Part *p = &parts[np++];
        memset(p, 0, sizeof *p);
        buf_init(&p->code);
        buf_init(&p->cite);
        p->comment = -1;
        if (k == BECAUSE) {
            /* a definition's reason: on a line of its own, under the definition */
            j = i + 2 <= to ? i + 2 : to;
            join(f, i, j, &p->code, 4, false);
            p->extra = 2;
        } else if (k == UNVERIFIED) {
            /* a mark, under what it marks: unverified [2, 4..5] "reason" */
            if (j < to && f->t[j].kind == '[')
                while (j < to && f->t[j].kind != ']')
                    j++;
            if (j < to && f->t[j].kind == ']')
                j++;
            if (j < to && f->t[j].kind == STRING)
                j++;
            join(f, i, j, &p->code, 4, false);
            p->extra = 2;
        } else if (k == STRING || k == EFFECTIVE || (k == CITE && !table) || (k == CITE && table)) {
            /* a description, the dates, or the rule's or table's own citations */
            if (k == STRING) j = i + 1;
            else if (k == EFFECTIVE) { j = i + 2; if (j < to && f->t[j].kind == UNTIL) j += 2; }
            else j = cite_end(f, i, to);
            join(f, i, j, &p->code, 4, false);
        } else {
            /* a definition (= ..., when ... => ...) or a table row: code, then citations */
            int depth = 0;
            while (j < to) {
                int kj = f->t[j].kind;
                if (is_open(kj)) depth++;
                if (is_close(kj)) depth--;
                if (depth == 0 && (kj == CITE || kj == WHEN || kj == '=' || kj == BECAUSE || kj == UNVERIFIED))
                    break;
                if (depth == 0 && table && kj == IDENT && f->t[j].line != f->t[j - 1].line)
                    break;
                if (kj == COMMENT && f->t[j].line != f->t[j - 1].line && depth == 0)
                    break;
                j++;
            }
            int stop = j;
            if (stop > i && f->t[stop - 1].kind == COMMENT && f->t[stop - 1].line == f->t[stop - 2].line) {
                p->comment = stop - 1;     /* a comment after the code, before the citation */
                p->comment_first = j < to && f->t[j].kind == CITE;
                stop--;
            }
            join(f, i, stop, &p->code, 4, false);
            if (j < to && f->t[j].kind == CITE) {
                int e = cite_end(f, j, to);
                join(f, j, e, &p->cite, 4, false);
                j = e;
            }
            if (table && !p->multiline) {
                /* align the cells of rows in columns: two spaces between cells */
                Buf cells;
                buf_init(&cells);
                int c = i + 1;
                buf_puts(&cells, f->t[i].text);
                while (c < stop) {
                    int e = c + 1;
                    if (f->t[c].kind == '-') e++;
                    if (e < stop && f->t[e].kind == DOTDOT) { e++; if (e < stop && f->t[e].kind == '-') e++; e++; }
                    if (e > stop) e = stop;
                    buf_puts(&cells, "\t");
                    join(f, c, e, &cells, 4, false);
                    c = e;
                }
                buf_free(&p->code);
                p->code = cells;
            }
        }
        p->multiline = memchr(p->code.data ? p->code.data : "", '\n', p->code.len) != NULL;
        if (p->comment < 0)
            j = trailing_comment_part(f, j, to, &p->comment);
        i = j;
    }
    if (table) {
        /* turn the tab-separated cells into aligned columns */
        size_t widths[64] = { 0 };
        for (int k = 0; k < np; k++) {
            const char *s = parts[k].code.data ? buf_cstr(&parts[k].code) : "";
            if (parts[k].is_comment || !strchr(s, '\t')) continue;
            for (int col = 0; *s && col < 64; col++) {
                size_t w = strcspn(s, "\t");
                if (w > widths[col]) widths[col] = w;
                s += w;
                if (*s == '\t') s++;
            }
        }
        for (int k = 0; k < np; k++) {
            const char *s = parts[k].code.data ? buf_cstr(&parts[k].code) : "";
            if (parts[k].is_comment || !strchr(s, '\t')) continue;
            Buf aligned;
            buf_init(&aligned);
            for (int col = 0; *s; col++) {
                size_t w = strcspn(s, "\t");
                buf_add(&aligned, s, w);
                s += w;
                if (*s == '\t') {
                    s++;
                    for (size_t x = w; x < widths[col < 64 ? col : 63] + 2; x++) buf_puts(&aligned, " ");
                }
            }
            buf_free(&parts[k].code);
            parts[k].code = aligned;
        }
    }
    emit_parts(f, parts, np, 2);
}

static int trailing_comment_part(Fmt *f, int i, int to, int *comment)
{
    if (i < to && f->t[i].kind == COMMENT && i > 0 && f->t[i - 1].line == f->t[i].line) {
        *comment = i;
        return i + 1;
    }
    return i;
}

bool fmt_source(Arena *a, Diags *d, const Source *src, Buf *out)
{
    Module m = { .name = "fmt" };
    int before = d->errors;
    if (!parse_module(a, d, src, &m) || d->errors != before)
        return false;
    Fmt f = { .a = a };
    f.n = lex_tokens(a, d, src, &f.t);
    if (f.n < 0 || d->errors != before)
        return false;
    buf_init(&f.out);
    Part *run = NULL;
    int nrun = 0;
    int i = own_line_comments(&f, 0, f.n, 0);
    while (i < f.n) {
        /* a declaration runs to the next declaration keyword; comments on lines of their own
         * just before that keyword belong to the next declaration */
        int end = i + 1;
        while (end < f.n && !decl_at(f.t, end, f.n))
            end++;
        int body_end = end;
        while (body_end > i + 1 && f.t[body_end - 1].kind == COMMENT && f.t[body_end - 1].line != f.t[body_end - 2].line)
            body_end--;
        int k = f.t[i].kind;
        Part part;
        if (k == INPUT && input_part(&f, i, body_end, &part)) {
            AR_PUSH(f.a, run, nrun, part);
        } else if (k == INPUT) {
            /* the one-line inputs above it come first */
            if (nrun) {
                emit_parts(&f, run, nrun, 0);
                nrun = 0;
            }
            bool record = false;
            for (int j = i; j < body_end && !record; j++)
                record = f.t[j].kind == '{';
            if (record)
                fmt_record_input(&f, i, body_end);
            else    /* comments inside a one-line input: kept where they are */
                fmt_simple(&f, i, body_end);
        }
        /* a run of inputs ends at a blank line, a comment, or another kind of declaration */
        bool run_ends = body_end < end || end >= f.n || f.t[end].kind != INPUT
                     || f.t[end].line > f.t[end - 1].line + 1 || !nrun;
        if (nrun && run_ends) {
            emit_parts(&f, run, nrun, 0);
            nrun = 0;
        }
        switch (k) {
        case INPUT:  break;
        case IMPORT: fmt_simple(&f, i, body_end); break;
        case ENUM:   fmt_enum(&f, i, body_end); break;
        case TABLE:  fmt_table(&f, i, body_end); break;
        case RULE:   fmt_rule(&f, i, body_end); break;
        default:     fmt_simple(&f, i, body_end); break;
        }
        if (body_end < end) {
            /* the comments that lead the next declaration, after a blank line if it had one */
            int next = end < f.n ? f.t[end].kind : 0;
            bool blank = next == ENUM || next == TABLE || next == RULE
                      || f.t[body_end].line > f.t[body_end - 1].line + 1;
            if (blank) buf_puts(&f.out, "\n");
            own_line_comments(&f, body_end, end, 0);
        } else if (end < f.n) {
            int next = f.t[end].kind;
            bool blank = next == ENUM || next == TABLE || next == RULE || next != k
                      || f.t[end].line > f.t[end - 1].line + 1;
            if (blank) buf_puts(&f.out, "\n");
        }
        i = end;
    }
    buf_add(out, f.out.data ? f.out.data : "", f.out.len);
    buf_free(&f.out);
    return true;
}

/* A comma after comments means what it means before them: the layout puts a member's comma
 * at the end of its line, before the comments that followed the member. */
static void commas_before_comments(LexToken *t, int n)
{
    for (int i = 1; i < n; i++)
        for (int k = i; k > 0 && t[k].kind == ',' && t[k - 1].kind == COMMENT; k--) {
            LexToken c = t[k];
            t[k] = t[k - 1];
            t[k - 1] = c;
        }
}

static int drop_trailing_commas(LexToken *t, int n)
{
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (t[i].kind == ',') {
            int j = i + 1;
            while (j < n && t[j].kind == COMMENT) j++;
            if (j < n && t[j].kind == '}')
                continue;
        }
        t[m++] = t[i];
    }
    return m;
}

/* The tokens of two texts, comments included, must be the same: the layout changed
 * nothing else. A formatter bug is caught here, before a file is written. */
bool fmt_same_tokens(Arena *a, const Source *x, const Source *y)
{
    Diags d;
    diag_init(&d, a);
    LexToken *tx, *ty;
    int nx = lex_tokens(a, &d, x, &tx), ny = lex_tokens(a, &d, y, &ty);
    if (d.errors)
        return false;
    /* a trailing comma before '}' means nothing: the layout adds one to every member */
    commas_before_comments(tx, nx);
    commas_before_comments(ty, ny);
    nx = drop_trailing_commas(tx, nx);
    ny = drop_trailing_commas(ty, ny);
    for (int i = 0; i < nx || i < ny; i++) {
        if (i < nx && i < ny && tx[i].kind == ty[i].kind && strcmp(tx[i].text, ty[i].text) == 0)
            continue;
        fprintf(stderr, "cite: fmt: at %s:%d:%d the token '%s' would become '%s'\n", x->path, i < nx ? tx[i].line : 0,
                i < nx ? tx[i].col : 0, i < nx ? tx[i].text : "(end)", i < ny ? ty[i].text : "(end)");
        return false;
    }
    return true;
}

int fmt_main(const char *const *args, int nargs, bool check, bool diff)
{
    int rc = 0;
    Arena list;
    ar_init(&list);
    const char **files = NULL;
    int nfiles = 0;
    /* FILE arguments may be directories: their .cite files; "-" is standard input */
    for (int i = 0; i < nargs; i++) {
        const char *unread = NULL, *why = NULL;
        if (!strcmp(args[i], "-") || !files_list_all(&list, args[i], ".cite", &files, &nfiles, &unread, &why))
            AR_PUSH(&list, files, nfiles, args[i]);     /* unreadable ones are reported below */
        if (unread) {   /* the files under it were not formatted (or checked): say so */
            fprintf(stderr, "cite: cannot read %s: %s; the files under it were left as they are\n", unread, why);
            rc = 2;
        }
    }
    for (int i = 0; i < nfiles; i++) {
        bool in = !strcmp(files[i], "-");
        const char *name = in ? "<stdin>" : files[i];
        Arena a;
        ar_init(&a);
        Diags d;
        diag_init(&d, &a);
        size_t len;
        char *text = NULL;
        errno = 0;
        if (ar_read_file(&a, files[i], 8u << 20, &text, &len) != AR_READ_OK) {
            fprintf(stderr, "cite: cannot read %s: %s\n", name, errno ? strerror(errno) : "larger than 8 MiB");
            ar_free(&a);
            rc = 2;
            continue;
        }
        Source src = { name, text, len };
        Buf out;
        buf_init(&out);
        if (!fmt_source(&a, &d, &src, &out)) {
            diag_print(&d, stderr);
            fprintf(stderr, "cite: %s does not parse; it was left as it is\n", name);
            buf_free(&out);
            ar_free(&a);
            if (rc == 0) rc = 1;
            continue;
        }
        Source formatted = { name, buf_cstr(&out), out.len };
        if (!fmt_same_tokens(&a, &src, &formatted)) {
            fprintf(stderr, "cite: internal error: formatting %s would change its tokens; it was left as it is\n", name);
            buf_free(&out);
            ar_free(&a);
            rc = 2;
            continue;
        }
        bool changed = out.len != len || memcmp(out.data ? out.data : "", text, len) != 0;
        if (changed && (check || diff) && rc == 0)
            rc = 1;
        const char *why;
        if (diff) {
            Buf patch;
            buf_init(&patch);
            linediff_unified(&patch, name, text, len, name, buf_cstr(&out), out.len);
            fwrite(patch.data ? patch.data : "", 1, patch.len, stdout);
            buf_free(&patch);
        } else if (changed && check) {
            printf("%s\n", name);
        } else if (in && !check) {
            fwrite(out.data ? out.data : "", 1, out.len, stdout);     /* a filter: always the text */
        } else if (changed && !files_replace(&a, files[i], out.data, out.len, &why)) {
            fprintf(stderr, "cite: cannot write %s: %s; it was left as it is\n", files[i], why);
            rc = 2;
        }
        buf_free(&out);
        ar_free(&a);
    }
    ar_free(&list);
    return rc;
}
