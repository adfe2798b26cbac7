/* run.c: caseload runs. The input is read in blocks of whole records, in order, by whichever
 * worker takes the next block (pread at the offset reached: memory stays flat whatever the
 * number of cases); the worker evaluates the block's cases (the checked program is read-only
 * and shared; every case has its own arena) and formats their output into the block; the
 * writer (the main thread) writes the blocks in input order, one write a block. Workers live
 * for the whole run. */
#define _GNU_SOURCE     /* sched_getaffinity, pthread_setaffinity_np: workers kept apart */
#include "run.h"
#include "facts.h"
#include "report.h"
#include "files.h"
#include "limit.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BLOCK_BYTES (256 << 10) /* input a worker reads at a time: about 370 IHSS cases */
#define BLOCK_CASES 1024        /* cases a block at most (short lines) */

typedef struct Case {
    long line;
    size_t text, len;           /* the JSONL line or the CSV record: its offset in the block's
                                   text, NUL-terminated there, and its length */
    Buf why;                    /* a failed case: its first error, for the summary */
    bool failed, changed;
    unsigned char *diff;        /* per result: 1 when the reform changed it */
    /* for the summary: minutes of each duration result before and after, program, SI */
    Rat *before, *after;
    int program;                /* root member index of the `program` fact, or -1 */
    int si;                     /* severely_impaired before: 0, 1, or -1 */
} Case;

/* A block of the input and the output of its cases. Blocks are taken FREE by a worker,
 * read and evaluated (TAKEN), then DONE until the writer has written them. */
typedef enum BlockState { BLOCK_FREE, BLOCK_TAKEN, BLOCK_DONE } BlockState;

typedef struct Block {
    long seq;                   /* its place in the input: blocks are written in this order */
    BlockState state;
    Buf text;                   /* the bytes read, each record NUL-terminated in place */
    Case *cases;
    int ncases;
    Rat *sums;                  /* the cases' before and after, 2 x nrules each */
    unsigned char *diffs;       /* the cases' diff, nrules each */
    Buf out;                    /* the cases' output lines, in order */
    long end_pos;               /* input bytes consumed up to the end of this block */
} Block;

/* The input, read by the worker that takes the next block, holding Shared.reading: a regular
 * file by pread at the offset reached, a pipe by read. The bytes after a block's last whole
 * record are carried to the next block. */
typedef struct Input {
    int fd;
    bool seekable;
    off_t pos;                  /* the offset reached */
    Buf carry;                  /* read, not yet in a block */
    long lineno;                /* lines consumed */
    bool eof;                   /* nothing more: the end, a read error, or a bad CSV header */
    int err;                    /* errno of a read that failed */
} Input;

/* A piece of constant output, padded with zeros to at least 32 bytes and whole 16 bytes:
 * put_piece copies it in those, into room checked beforehand. */
typedef struct Piece {
    const char *text;
    size_t len;
} Piece;

/* A result's constant JSON, made once for the run (make_layouts): the separator and its key,
 * and, for a result by member, its members' keys. */
typedef struct Layout {
    const Decl *rule;           /* the rule it was made for: the reform's rules have their own */
    Piece head;                 /* `{"name": ` for the first result, `, "name": ` for the others */
    Piece *members;             /* `"m": `, then `, "m": `; NULL for a rule without a parameter */
    int nmembers;
    size_t room;                /* the most the result takes when every value is one that
                                   value_json_put writes, with the last piece's padding */
} Layout;

typedef struct Shared {
    const Program *base, *reform;
    const Decl **rules_base, **rules_reform;
    int nrules;
    const Layout *layout_base, *layout_reform;  /* per result, its constant JSON (below) */
    const Decl *program;        /* the `program` fact, for the summary by program, or NULL */
    const Decl *id;             /* the `id` fact, or NULL */
    int si_rule;                /* index of severely_impaired among the results, or -1 */
    bool csv;                   /* the input is CSV */
    bool csv_out;               /* --format csv */
    bool reference;
    OutputView view;            /* without --query, an output that only lacks a fact is written
                                   as {"missing": [...]} and does not fail the case */
    const Date *date;           /* --date, or NULL: each case's own date picks the versions */
    char **header; int ncols;   /* CSV fact paths */
    const char *header_error;   /* a header that cannot be read: the run stops */
    Arena *arena;               /* the run's: the CSV header */
    Input input;
    Block *blocks;
    int nblocks;
    long nread, nwritten;       /* blocks taken from the input, blocks written */
    pthread_mutex_t reading;    /* over input (and header, ncols, header_error and the run's
                                   arena while block 0 is read): one worker reads at a time;
                                   taken before lock, and the only holder that waits on freed */
    pthread_mutex_t lock;       /* over blocks' states, nread, nwritten, ended */
    bool ended;                 /* input.eof, for those that do not hold `reading` */
    pthread_cond_t freed;       /* a block became FREE (its one waiter holds `reading`) */
    pthread_cond_t done;        /* a block became DONE */
} Shared;

/* ---- reading ---- */

/* One CSV record into fields (RFC 4180: a field in double quotes may hold commas, newlines
 * and "" for a quote); the record is modified in place. Returns the number of fields, or -1
 * with *err saying what is wrong (text after a closing quote, a quote inside a field that
 * does not start with one, a quote never closed): such a record is refused, not guessed. */
static int csv_split(char *line, char **fields, int max, const char **err)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        char *start = p, *w = p;
        if (*p == '"') {
            p++;
            start = w = p;
            bool closed = false;
            while (*p) {
                if (*p == '"' && p[1] == '"') { *w++ = '"'; p += 2; }
                else if (*p == '"') { p++; closed = true; break; }
                else *w++ = *p++;
            }
            if (!closed) {
                *err = "a quoted field is not closed (a \" is missing)";
                return -1;
            }
            if (*p && *p != ',') {
                *err = "text after a field's closing quote (write \"\" for a quote inside quotes)";
                return -1;
            }
        } else {
            while (*p && *p != ',') {
                if (*p == '"') {
                    *err = "a quote inside a field that does not start with one (quote the whole field)";
                    return -1;
                }
                p++;
            }
            w = p;
        }
        char sep = *p;
        *w = '\0';
        fields[n++] = start;
        if (sep != ',')
            break;
        p++;
    }
    return n;
}

/* True when a CSV record so far ends inside a quoted field: its next line belongs to it. */

/* The quote state of a CSV record as it is read: inside a quoted field, and whether the next
 * character starts a field (only a field's first character opens quotes). */
typedef struct CsvQuote {
    bool in, field_start;
} CsvQuote;

/* Moves q over s; a "" inside quotes is a quote. A record read on is always joined by a line
 * break, which closes no quote: so scanning it a line at a time is scanning it whole. */
static void csv_quote_scan(CsvQuote *q, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (q->in) {
            if (s[i] == '"' && i + 1 < len && s[i + 1] == '"') i++;
            else if (s[i] == '"') q->in = false;
        } else if (s[i] == '"' && q->field_start) {
            q->in = true;
        }
        q->field_start = !q->in && s[i] == ',';
    }
}

static bool load_case(Shared *s, Case *c, const char *text, Arena *a, const Program *p, Facts *f, Buf *err)
{
    if (!s->csv) {
        if (!s->reference && facts_parse_fast(p, a, text, c->len, f))
            return true;
        return facts_parse(p, a, ar_printf(a, "line %ld", c->line), text, c->len, f, err);
    }
    facts_empty(p, a, f);
    char *copy = ar_strdup(a, text);
    char **fields = ar_alloc(a, sizeof(char *) * (size_t)(s->ncols + 1));
    const char *why = NULL;
    int n = csv_split(copy, fields, s->ncols + 1, &why);
    if (n < 0) {
        buf_printf(err, "line %ld: error: %s\n", c->line, why);
        return false;
    }
    if (n != s->ncols) {
        buf_printf(err, "line %ld: error: %d fields, the header has %d\n", c->line, n, s->ncols);
        return false;
    }
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (!fields[i][0])
            continue;       /* an empty cell is a fact not given */
        char *assign = ar_printf(a, "%s=%s", s->header[i], fields[i]);
        Buf one;
        buf_init(&one);
        if (!facts_set(p, a, f, assign, f, &one)) {
            const char *msg = buf_cstr(&one);
            if (!strncmp(msg, "--set: ", 7)) msg += 7;
            buf_printf(err, "line %ld: %s", c->line, msg);
            ok = false;
        }
        buf_free(&one);
    }
    return ok;
}


/* ---- --format csv: a row a case, the results as columns ---- */

/* A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
static void csv_field(Buf *out, const char *s, size_t len)
{
    if (!memchr(s, ',', len) && !memchr(s, '"', len) && !memchr(s, '\n', len) && !memchr(s, '\r', len)) {
        buf_add(out, s, len);
        return;
    }
    buf_add(out, "\"", 1);
    for (const char *q; (q = memchr(s, '"', len)); len -= (size_t)(q + 1 - s), s = q + 1) {
        buf_add(out, s, (size_t)(q + 1 - s));
        buf_add(out, "\"", 1);
    }
    buf_add(out, s, len);
    buf_add(out, "\"", 1);
}

/* An exact number for a table: a decimal where it has one (a denominator of 2s and 5s:
 * 3856731/1000 is 3856.731), else "p/q". From p on; returns the end. */
static char *csv_number_put(char *p, Rat r)
{
    if (r.den == 1)
        return rat_put(p, r);
    int twos = 0, fives = 0;
    int64_t d = r.den;
    for (; d % 2 == 0; d /= 2) twos++;
    for (; d % 5 == 0; d /= 5) fives++;
    return d == 1 ? rat_decimal_put(p, r, twos > fives ? twos : fives) : rat_put(p, r);
}

#define CSV_NUMBER_MAX (RAT_DECIMAL_MAX > RAT_PUT_MAX ? RAT_DECIMAL_MAX : RAT_PUT_MAX)

/* A worker's CSV numbers by value, direct-mapped: as in the JSON (value_put), the same few
 * figures come case after case, and a copy is cheaper than writing them again (a decimal's
 * denominator factored, its digits). An empty slot's den is 0, which no value has. */
#define CSV_SLOTS 512
#define CSV_TEXT 24
typedef struct CsvNumber {
    Rat r;
    int len;
    char text[CSV_TEXT];
} CsvNumber;
_Static_assert(CSV_TEXT <= CSV_NUMBER_MAX, "a slot's whole text fits in the room checked");

static inline void csv_number(Buf *out, Rat r, CsvNumber *slots)
{
    char *start = buf_room(out, CSV_NUMBER_MAX), *end;
    if (!slots) {
        end = csv_number_put(start, r);
    } else {
        uint64_t h = ((uint64_t)r.num * 0x9E3779B97F4A7C15u) ^ ((uint64_t)r.den * 0xC2B2AE3D27D4EB4Fu);
        CsvNumber *c = &slots[(h >> 40) % CSV_SLOTS];
        if (c->r.num == r.num && c->r.den == r.den) {
            memcpy(start, c->text, CSV_TEXT);
            end = start + c->len;
        } else {
            end = csv_number_put(start, r);
            if (end - start <= CSV_TEXT) {
                c->r = r;
                c->len = (int)(end - start);
                memcpy(c->text, start, (size_t)c->len);
            }
        }
    }
    out->len += (size_t)(end - start);
}

/* A cell: a duration is its minutes, exact (above), a number the same, true/false, a
 * member's name, a date YYYY-MM-DD, a text as it is; anything else (a list, a record, a
 * range, a table) its JSON. An absent value is an empty cell. */
static void csv_value(Buf *out, const Value *v, const Type *t, CsvNumber *slots)
{
    switch (v->kind) {
    case V_ABSENT: break;
    case V_BOOL: buf_puts(out, v->u.b ? "true" : "false"); break;
    case V_NUMBER: case V_DAYS: case V_DURATION: csv_number(out, v->u.r, slots); break;
    case V_TEXT: csv_field(out, v->u.s, strlen(v->u.s)); break;
    default: {
        Buf json;
        buf_init(&json);
        value_json(&json, v, t);
        if (json.len && json.data[0] == '"' && v->kind != V_RANGE)     /* an enum, a date */
            buf_add(out, json.data + 1, json.len - 2);
        else
            csv_field(out, json.data, json.len);
        buf_free(&json);
    }
    }
}

/* The header: line, id, a column a result (a result for each member of an enum has a column
 * a member, "rule.member"), and error. */
static void csv_header(Buf *out, const Decl **rules, int n)
{
    buf_puts(out, "line,id");
    for (int i = 0; i < n; i++) {
        const Decl *pd = rules[i]->u.rule.param_decl;
        for (int m = 0; m < (pd ? pd->u.enm.nmembers : 1); m++) {
            buf_puts(out, ",");
            buf_puts(out, rules[i]->name);
            if (pd) {
                buf_puts(out, ".");
                buf_puts(out, pd->u.enm.members[m].name);
            }
        }
    }
    buf_puts(out, ",error\n");
}

/* A case's row: its cells empty where a result failed or was not evaluated, the case's
 * first error in the last column. A case that cannot be read has only its line, its id
 * (the line) and the error. */
static void csv_row(Buf *out, const Shared *s, const Facts *f, const Case *c, const Result *res, CsvNumber *slots)
{
    /* "%ld" of the line, without snprintf (700 instructions a row) */
    char digits[24], *end = digits + sizeof digits;
    char *first = rat_digits_back(end, c->line < 0 ? 0 - (uint64_t)c->line : (uint64_t)c->line);
    if (c->line < 0)
        *--first = '-';
    buf_add(out, first, (size_t)(end - first));
    buf_puts(out, ",");
    if (f && s->id && f->values[s->id->index].kind == V_TEXT)
        csv_field(out, f->values[s->id->index].u.s, strlen(f->values[s->id->index].u.s));
    else
        buf_add(out, first, (size_t)(end - first));
    for (int i = 0; i < s->nrules; i++) {
        const Decl *pd = s->rules_base[i]->u.rule.param_decl;
        const Type *t = s->rules_base[i]->u.rule.type;
        int n = pd ? pd->u.enm.nmembers : 1;
        if (!res || res[i].error) {             /* its cells empty: their commas at once */
            memset(buf_room(out, (size_t)n), ',', (size_t)n);
            out->len += (size_t)n;
            continue;
        }
        const Value *items = pd ? res[i].value.u.agg.items : &res[i].value;
        int count = pd ? res[i].value.u.agg.count : 1;
        for (int m = 0; m < n; m++) {
            buf_add(out, ",", 1);
            if (m >= count)
                continue;
            const Value *v = &items[m];
            if (v->kind == V_DURATION || v->kind == V_NUMBER || v->kind == V_DAYS)
                csv_number(out, v->u.r, slots);         /* most cells: csv_value's, without its call */
            else
                csv_value(out, v, t, slots);
        }
    }
    buf_puts(out, ",");
    if (c->why.len)
        csv_field(out, c->why.data, c->why.len);
    buf_puts(out, "\n");
}

/* ---- evaluating ---- */

/* {"line": N, "id": ID, then `what`: the case's id is its id fact, else its line number */
static void case_head(Buf *out, const Decl *id, const Facts *f, long line, const char *what)
{
    /* the line's digits without rat_str's copy out */
    char digits[24], *end = digits + sizeof digits;
    char *first = rat_digits_back(end, line < 0 ? 0 - (uint64_t)line : (uint64_t)line);
    if (line < 0)
        *--first = '-';
    buf_puts(out, "{\"line\": ");
    buf_add(out, first, (size_t)(end - first));
    buf_puts(out, ", \"id\": ");
    if (id && f->values[id->index].kind == V_TEXT)
        json_string(out, f->values[id->index].u.s);
    else
        buf_add(out, first, (size_t)(end - first));
    buf_puts(out, what);
}

/* Copies a piece 32 bytes, then 16 at a time (its padding lands in the room after it,
 * overwritten by what follows): no call for a length known only at run time, and most keys
 * take one copy. */
static inline char *put_piece(char *p, Piece pc)
{
    memcpy(p, pc.text, 32);
    for (size_t k = 32; k < pc.len; k += 16)
        memcpy(p + k, pc.text + k, 16);
    return p + pc.len;
}

/* A worker's duration JSONs by value, direct-mapped: the same few figures come case after
 * case (a task's guideline hours by rank), and a copy costs a fifth of writing them again.
 * 512 slots (53 KB): 256 missed 1.6 times as often on the bench, 1,024 saved 200 more
 * instructions a case for twice the memory. An empty slot's den is 0, which no value has. */
#define DURATION_SLOTS 512
#define DURATION_TEXT 80
typedef struct DurationJson {
    Rat r;
    int period, len;
    char text[DURATION_TEXT];
} DurationJson;
_Static_assert(DURATION_TEXT <= VALUE_JSON_MAX, "a slot's whole text fits where value_json_put writes");

/* value_json_put, through the slots for a duration. */
static inline char *value_put(char *p, const Value *v, DurationJson *slots)
{
    if (v->kind != V_DURATION)
        return value_json_put(p, v);
    uint64_t h = ((uint64_t)v->u.r.num * 0x9E3779B97F4A7C15u) ^ ((uint64_t)v->u.r.den * 0xC2B2AE3D27D4EB4Fu);
    DurationJson *d = &slots[((h >> 40) + (uint64_t)v->period) % DURATION_SLOTS];
    if (d->r.num == v->u.r.num && d->r.den == v->u.r.den && d->period == (int)v->period) {
        memcpy(p, d->text, DURATION_TEXT);
        return p + d->len;
    }
    char *end = value_json_put(p, v);
    if (end - p <= DURATION_TEXT) {
        d->r = v->u.r;
        d->period = (int)v->period;
        d->len = (int)(end - p);
        memcpy(d->text, p, (size_t)d->len);
    }
    return end;
}

/* A result that did not fail, with its constant pieces and its values written after one
 * check of room for all of it. False, with nothing written, when it does not have the
 * layout's shape (a reform's table of other members): report_output_json writes it. */
static bool result_put(Buf *out, const Layout *l, const Result *r, DurationJson *slots)
{
    const Value *v = &r->value;
    if (r->rule != l->rule || (l->members && (v->kind != V_TABLE || v->u.agg.count != l->nmembers)))
        return false;
    char *p = put_piece(buf_room(out, l->room), l->head);
    if (!l->members) {
        char *end = value_put(p, v, slots);
        if (end) {
            out->len = (size_t)(end - out->data);
        } else {                /* an enum, a text, a record...: their writer */
            out->len = (size_t)(p - out->data);
            value_json(out, v, r->rule->u.rule.type);
        }
        return true;
    }
    *p++ = '{';
    for (int m = 0; m < l->nmembers; m++) {
        p = put_piece(p, l->members[m]);
        char *end = value_put(p, &v->u.agg.items[m], slots);
        if (!end) {
            out->len = (size_t)(p - out->data);
            value_json(out, &v->u.agg.items[m], r->rule->u.rule.type);
            end = buf_room(out, l->room);       /* room again, for the rest */
        }
        p = end;
    }
    *p++ = '}';
    out->len = (size_t)(p - out->data);
    return true;
}

/* A result's error as this worker last wrote it: the next case's is most often the same
 * (a fact the caseload does not give), and its JSON is then copied, not escaped again. Its
 * text is report_value_json's of the message, the rule's name and the cites' texts. */
typedef struct ErrorJson {
    const char *rule;           /* the name written (the program's: it lives for the run) */
    int ncites;
    const char *kept;           /* the message written, when the Eval keeps it (EvalError.kept) */
    const Cite *cites;          /* the cites written (the program's) */
    Buf key;                    /* the message, then each cite's text, each with its NUL */
    Buf json;
} ErrorJson;

/* One worker's evaluators, for the baseline and the reform: their memo tables live as long
 * as the worker, and each case only moves them on to its own facts and arena. With them,
 * the worker's last error JSON of each result (nrules for the baseline, then the reform). */
typedef struct Evaluators {
    Eval base, reform;
    ErrorJson *errors;
    DurationJson *durations;    /* DURATION_SLOTS, for both */
    CsvNumber *csv;             /* CSV_SLOTS, with --format csv */
} Evaluators;

static bool error_same(const ErrorJson *m, const EvalError *e, const char *rule)
{
    if (!m->json.len || m->rule != rule || m->ncites != e->cites.count)
        return false;
    if (e->kept && m->kept == e->message && m->cites == e->cites.items)
        return true;            /* the same texts, without comparing them */
    const char *k = m->key.data;
    if (strcmp(k, e->message))
        return false;
    for (int i = 0; i < e->cites.count; i++) {
        k += strlen(k) + 1;
        if (strcmp(k, e->cites.items[i].text))
            return false;
    }
    return true;
}

/* A failed result's {"error": ...}, from the memo when it is the one written last. */
static void error_put(Buf *out, const Result *r, ErrorJson *m)
{
    const EvalError *e = r->error;
    const char *rule = e->rule ? e->rule->name : r->rule->name;
    if (!error_same(m, e, rule)) {
        m->rule = rule;
        m->ncites = e->cites.count;
        m->kept = e->kept ? e->message : NULL;
        m->cites = e->cites.items;
        m->key.len = 0;
        buf_add(&m->key, e->message, strlen(e->message) + 1);
        for (int i = 0; i < e->cites.count; i++)
            buf_add(&m->key, e->cites.items[i].text, strlen(e->cites.items[i].text) + 1);
        m->json.len = 0;
        report_value_json(&m->json, r);
    }
    buf_add(out, m->json.data, m->json.len);
}

/* {"name": result, ...}: report_output_json's form of each, built from the layout; errors
 * keeps the worker's last error JSON of each result. */
static void results_json(Buf *out, const Shared *s, const Layout *layout, const Result *res, ErrorJson *errors,
                         DurationJson *slots)
{
    for (int i = 0; i < s->nrules; i++) {
        if (res[i].error && !report_not_evaluated(&res[i], &s->view)) {
            buf_add(out, layout[i].head.text, layout[i].head.len);
            error_put(out, &res[i], &errors[i]);
        } else if (res[i].error || !result_put(out, &layout[i], &res[i], slots)) {
            buf_add(out, layout[i].head.text, layout[i].head.len);
            report_output_json(out, &res[i], &s->view);
        }
    }
    buf_add(out, "}", 1);
}

static void error_json(Buf *out, long line, const char *message)
{
    buf_printf(out, "{\"line\": %ld, \"error\": {\"message\": ", line);
    json_string(out, message);
    buf_puts(out, "}}\n");
}

static bool same(const Result *a, const Result *b)
{
    if (a->error || b->error)
        return a->error && b->error && strcmp(a->error->message, b->error->message) == 0;
    return value_equal(&a->value, &b->value);
}

/* A case that cannot be read: its first message (the one that matters) is its line. */
static void case_failed(const Shared *s, Case *c, Arena *a, Buf *err, Buf *out)
{
    const char *msg = buf_cstr(err);
    const char *first = ar_strndup(a, msg, strcspn(msg, "\n"));
    c->failed = true;
    buf_puts(&c->why, first);
    if (s->csv_out)
        csv_row(out, s, NULL, c, NULL, NULL);
    else
        error_json(out, c->line, first);
    buf_free(err);
}

/* The first result that failed names the case's failure in the summary. */
static void note_failure(Case *c, const char *side, const Decl *rule, const Result *r)
{
    if (!r->error || c->why.len)
        return;
    /* "line %ld: %s%s: %s", without printf: with the 16 results most cases have one (2,400
     * instructions a case through buf_printf) */
    char digits[24], *end = digits + sizeof digits;
    char *first = rat_digits_back(end, c->line < 0 ? 0 - (uint64_t)c->line : (uint64_t)c->line);
    if (c->line < 0)
        *--first = '-';
    size_t nd = (size_t)(end - first), ns = strlen(side), nr = strlen(rule->name),
           nm = strlen(r->error->message);
    char *p = buf_room(&c->why, 5 + nd + 2 + ns + nr + 2 + nm);     /* one check of room */
    memcpy(p, "line ", 5);
    memcpy(p += 5, first, nd);
    memcpy(p += nd, ": ", 2);
    memcpy(p += 2, side, ns);
    memcpy(p += ns, rule->name, nr);
    memcpy(p += nr, ": ", 2);
    memcpy(p += 2, r->error->message, nm);
    c->why.len = (size_t)(p + nm - c->why.data);
}

/* One case: evaluated, and its output line appended to out. */
static void one_case(Shared *s, Case *c, const char *text, Arena *a, Evaluators *ev, Buf *out)
{
    Buf err;
    buf_init(&err);
    Facts f;
    c->program = -1;
    c->si = -1;
    if (!load_case(s, c, text, a, s->base, &f, &err)) {
        case_failed(s, c, a, &err, out);
        return;
    }
    eval_next_case(&ev->base, a, &f);
    if (s->date)
        eval_set_date(&ev->base, s->date);
    Result *res = ar_alloc_uninit(a, sizeof(Result) * (size_t)s->nrules);      /* each set below */
    eval_results(&ev->base, s->rules_base, s->nrules, res);
    for (int i = 0; i < s->nrules; i++) {
        if (res[i].error && !report_not_evaluated(&res[i], &s->view)) {
            c->failed = true;
            note_failure(c, "", s->rules_base[i], &res[i]);
        }
    }
    if (s->program && f.values[s->program->index].kind == V_ENUM)
        c->program = f.values[s->program->index].u.member;
    if (!s->reform && s->csv_out) {
        csv_row(out, s, &f, c, res, ev->csv);
        buf_free(&err);
        return;
    }
    if (!s->reform) {
        case_head(out, s->id, &f, c->line, ", \"results\": ");
        results_json(out, s, s->layout_base, res, ev->errors, ev->durations);
        buf_puts(out, "}\n");
        buf_free(&err);
        return;
    }
    Facts rf;
    if (!load_case(s, c, text, a, s->reform, &rf, &err)) {
        case_failed(s, c, a, &err, out);
        return;
    }
    buf_free(&err);
    eval_next_case(&ev->reform, a, &rf);
    if (s->date)
        eval_set_date(&ev->reform, s->date);
    Result *rres = ar_alloc_uninit(a, sizeof(Result) * (size_t)s->nrules);    /* each set below */
    for (int i = 0; i < s->nrules; i++) {
        rres[i] = eval_result(&ev->reform, s->rules_reform[i]);
        if (rres[i].error && !report_not_evaluated(&rres[i], &s->view)) {
            c->failed = true;
            note_failure(c, "under the reform, ", s->rules_reform[i], &rres[i]);
        }
        if (!same(&res[i], &rres[i])) {
            c->changed = true;
            c->diff[i] = 1;
        }
        if (!res[i].error && res[i].value.kind == V_DURATION)
            c->before[i] = res[i].value.u.r;
        if (!rres[i].error && rres[i].value.kind == V_DURATION)
            c->after[i] = rres[i].value.u.r;
        if (i == s->si_rule && !res[i].error && res[i].value.kind == V_BOOL)
            c->si = res[i].value.u.b;
    }
    case_head(out, s->id, &f, c->line, ", \"baseline\": ");
    results_json(out, s, s->layout_base, res, ev->errors, ev->durations);
    buf_puts(out, ", \"reform\": ");
    results_json(out, s, s->layout_reform, rres, ev->errors + s->nrules, ev->durations);
    buf_puts(out, ", \"changed\": {");
    for (int i = 0, n = 0; i < s->nrules; i++) {
        if (same(&res[i], &rres[i]))
            continue;
        buf_puts(out, n++ ? ", " : "");
        json_string(out, s->rules_base[i]->name);
        buf_puts(out, ": {\"old\": ");
        report_output_json(out, &res[i], &s->view);
        buf_puts(out, ", \"new\": ");
        report_output_json(out, &rres[i], &s->view);
        Value diff;
        buf_puts(out, ", \"difference\": ");
        if (!res[i].error && !rres[i].error && report_difference(&res[i].value, &rres[i].value, &diff))
            value_json(out, &diff, s->rules_base[i]->u.rule.type);
        else
            buf_puts(out, "null");
        buf_puts(out, "}");
    }
    buf_puts(out, "}}\n");
}


/* ---- the summary ---- */

#define MAX_KINDS 16        /* kinds of failure listed; the rest are counted as "other" */
#define MAX_GROUPS 16       /* members of `program` listed */

/* Failures of one kind: the first error's text with the case's own values taken out. */
typedef struct Kind {
    char *kind, *example;
    long cases;
} Kind;

typedef struct Totals {
    long cases, evaluated, failed, changed;
    Rat *before, *after;        /* per result, over the evaluated cases */
    long *changed_by;           /* per result: cases whose value the reform changed */
    /* by program and SI (0 NSI, 1 SI, 2 not known): the headline duration result */
    Rat group_before[MAX_GROUPS][3], group_after[MAX_GROUPS][3];
    long group_cases[MAX_GROUPS][3], group_changed[MAX_GROUPS][3];
    long dist[7];               /* the headline result's change per case, by dist_bounds */
    Kind kinds[MAX_KINDS + 1];  /* the last: every other kind */
    Arena scratch;              /* add_failure's, reset after each failed case */
    Buf last_why;               /* the last failure's text from its first ':' on ("line 4: ..."), */
    int last_kind;              /* and its kind: a case failing as the last one did has its kind */
    int nkinds;
    bool overflow;              /* some total below is too large: */
    bool *over_before, *over_after;             /* per result: the sum stopped, it is not a figure */
    bool group_over[MAX_GROUPS][3][2];          /* [program][SI][after] */
} Totals;

/* Adds x to a total, or marks the total too large: a sum that overflowed is never shown
 * (it was printed wrapped: a negative total of non-negative hours). */
static void add_to(Totals *t, Rat *sum, bool *over, Rat x)
{
    Rat r;
    if (*over)
        return;
    if (rat_add(*sum, x, &r))
        *sum = r;
    else
        *over = t->overflow = true;
}

/* The distribution's buckets with their exact bounds, in minutes: a change d falls in the
 * bucket whose bounds hold it (bucket() below is the same test). */
static const struct { long lo, hi; bool lo_in, hi_in, has_lo, has_hi; const char *name; } dist_bounds[7] = {
    { 0, -600, false, false, false, true, "change < -10:00" },
    { -600, -60, true, true, true, true, "-10:00 <= change <= -1:00" },
    { -60, 0, false, false, true, true, "-1:00 < change < 0:00" },
    { 0, 0, true, true, true, true, "change = 0:00" },
    { 0, 60, false, false, true, true, "0:00 < change < +1:00" },
    { 60, 600, true, true, true, true, "+1:00 <= change <= +10:00" },
    { 600, 0, false, false, true, false, "change > +10:00" },
};

static int bucket(Rat d)
{
    for (int k = 0; k < 6; k++) {
        Rat hi;
        rat_make(dist_bounds[k].hi, 1, &hi);
        int c = rat_cmp(d, hi);
        if (c < 0 || (c == 0 && dist_bounds[k].hi_in))
            return k;
    }
    return 6;
}

static bool is_word(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* "line 4: error: fact 'program' is "PSCP"; allowed: ..." -> "fact 'program' is ...; allowed:
 * ...": the line, and the case's own values (a quoted text after "is", numbers and dates),
 * are what differ between cases of one kind. */
static char *failure_kind(Arena *a, const char *why)
{
    const char *p = why;
    if (!strncmp(p, "line ", 5)) {
        const char *colon = strchr(p, ':');
        if (colon) p = colon + 1;
        while (*p == ' ') p++;
    }
    if (!strncmp(p, "error: ", 7)) p += 7;
    Buf b;
    buf_init(&b);
    while (*p) {
        if (*p == '"' && b.len >= 3 && !memcmp(b.data + b.len - 3, "is ", 3)) {
            const char *q = p + 1;
            while (*q && *q != '"') q += (*q == '\\' && q[1]) ? 2 : 1;
            buf_puts(&b, "...");
            p = *q ? q + 1 : q;
        } else if (is_word(*p) && !(*p >= '0' && *p <= '9')) {
            while (is_word(*p))     /* a name, digits and all: soc321_received */
                buf_add(&b, p++, 1);
        } else if (*p >= '0' && *p <= '9') {
            /* a number, a date, a duration: 42, 2019-06-01, 1:30, 1e+21 */
            while ((*p >= '0' && *p <= '9') || ((*p == '-' || *p == ':' || *p == '/' || *p == '.' || *p == 'e'
                                                 || *p == '+') && p[1] >= '0' && p[1] <= '9')
                   || (*p == 'e' && p[1] == '+'))
                p++;
            buf_puts(&b, "#");
        } else {
            buf_add(&b, p++, 1);
        }
    }
    char *k = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    char *dym = strstr(k, "; did you mean '");    /* the suggestion follows the value: not the kind */
    if (dym && strstr(dym, "'?"))
        memmove(dym, strstr(dym, "'?") + 2, strlen(strstr(dym, "'?") + 2) + 1);
    return k;
}

/* The kind and the message are made in t->scratch and copied to the run's arena only for a
 * kind not seen before: a caseload whose every case fails (the 16 results without a notice)
 * kept a copy of each case's, 140 MB at 1,000,000 cases. */
static void add_failure(Totals *t, Arena *a, const char *why)
{
    /* failure_kind takes the line out, so a text the same after it is of the same kind: most
     * often the last one's (every case of a caseload without notices of action) */
    const char *tail = !strncmp(why, "line ", 5) ? strchr(why, ':') : NULL;
    if (tail && t->last_why.len && !strcmp(buf_cstr(&t->last_why), tail)) {
        t->kinds[t->last_kind].cases++;
        return;
    }
    Arena *tmp = &t->scratch;
    char *kind = failure_kind(tmp, why);
    const char *err = strstr(why, ": error: ");     /* "line 4: error: x" -> "line 4: x" */
    if (err && !strncmp(why, "line ", 5) && memchr(why, ':', (size_t)(err - why)) == NULL)
        why = ar_printf(tmp, "%.*s: %s", (int)(err - why), why, err + 9);
    int i = 0;
    while (i < t->nkinds && strcmp(t->kinds[i].kind, kind) != 0)
        i++;
    if (i == t->nkinds) {
        if (t->nkinds == MAX_KINDS) {
            i = MAX_KINDS;      /* "other kinds" */
            if (!t->kinds[i].kind) {
                t->kinds[i].kind = "other kinds";
                t->kinds[i].example = ar_strdup(a, why);
            }
        } else {
            t->kinds[t->nkinds].kind = ar_strdup(a, kind);
            t->kinds[t->nkinds].example = ar_strdup(a, why);
            t->nkinds++;
        }
    }
    t->kinds[i].cases++;
    ar_reset(tmp);
    t->last_why.len = 0;
    if (tail)
        buf_puts(&t->last_why, tail);
    t->last_kind = i;
}

static void add_totals(Shared *s, Totals *t, Arena *a, const Case *c, int first_duration)
{
    t->cases++;
    t->failed += c->failed;
    t->evaluated += !c->failed;
    if (c->failed)
        add_failure(t, a, c->why.len ? buf_cstr((Buf *)&c->why) : "unknown");
    if (!s->reform || c->failed)
        return;
    t->changed += c->changed;
    for (int i = 0; i < s->nrules; i++) {
        add_to(t, &t->before[i], &t->over_before[i], c->before[i]);
        add_to(t, &t->after[i], &t->over_after[i], c->after[i]);
        t->changed_by[i] += c->diff[i];
    }
    if (first_duration >= 0) {
        Rat d;
        if (rat_sub(c->after[first_duration], c->before[first_duration], &d))
            t->dist[bucket(d)]++;
        else    /* a change too large to subtract is beyond either end of the distribution */
            t->dist[rat_cmp(c->after[first_duration], c->before[first_duration]) > 0 ? 6 : 0]++;
        if (c->program >= 0 && c->program < MAX_GROUPS) {
            int g = c->program, si = c->si < 0 ? 2 : c->si;
            t->group_cases[g][si]++;
            t->group_changed[g][si] += c->diff[first_duration];
            add_to(t, &t->group_before[g][si], &t->group_over[g][si][0], c->before[first_duration]);
            add_to(t, &t->group_after[g][si], &t->group_over[g][si][1], c->after[first_duration]);
        }
    }
}

/* A figure of the summary: the value's JSON, plus "hours" as a decimal number (two places,
 * halves away from zero) for spreadsheets and pandas, which do not read "p/q". */
static void hours_json(Buf *b, Rat minutes, Period period, bool over)
{
    if (over) {     /* too large for exact arithmetic: not a figure */
        buf_puts(b, "null");
        return;
    }
    Value v = value_duration(minutes, period);
    value_json(b, &v, NULL);
    Rat h;
    char digits[64];
    if (b->len && b->data[b->len - 1] == '}' && rat_div(minutes, rat_int(60), &h)) {
        b->len--;
        buf_printf(b, ", \"hours\": %s}", rat_decimal_str(h, 2, digits, sizeof digits));
    }
}

static bool is_total(const Decl *r)
{
    return r->u.rule.type->kind == T_DURATION && !r->u.rule.param_decl;
}

static const Decl *program_enum(const Shared *s)
{
    return s->program && s->program->u.input.type->kind == T_ENUM ? s->program->u.input.type->enm->u.enm.root : NULL;
}

static const char *const si_names[3] = { "NSI", "SI", "" };
static const int si_order[3] = { 1, 0, 2 };     /* SI, NSI, then not known */

/* before, after, difference (and cases changed) of one total, as JSON members; a total too
 * large (over[0] before, over[1] after) is null, and so is its difference */
static void change_json(Buf *b, Rat before, Rat after, Period period, long changed, const bool over[2])
{
    Rat d = rat_int(0);
    bool d_over = over[0] || over[1] || !rat_sub(after, before, &d);
    buf_puts(b, "\"before\": ");
    hours_json(b, before, period, over[0]);
    buf_puts(b, ", \"after\": ");
    hours_json(b, after, period, over[1]);
    buf_puts(b, ", \"difference\": ");
    hours_json(b, d, period, d_over);
    buf_printf(b, ", \"cases_changed\": %ld", changed);
}

/* The shape is documented in doc/analysts.md ("The JSON summary"). */
static void summary_json(Shared *s, const Totals *t, int first_duration, Buf *b)
{
    buf_printf(b, "{\"cases\": %ld, \"evaluated\": %ld, \"failed\": %ld", t->cases, t->evaluated, t->failed);
    if (s->reform)
        buf_printf(b, ", \"changed\": %ld", t->changed);
    buf_puts(b, ",\n \"failures\": [");
    for (int k = 0, n = 0; k <= MAX_KINDS; k++) {
        if (!t->kinds[k].kind)
            continue;
        buf_puts(b, n++ ? ", " : "");
        buf_puts(b, "{\"kind\": ");
        json_string(b, t->kinds[k].kind);
        buf_printf(b, ", \"cases\": %ld, \"example\": ", t->kinds[k].cases);
        json_string(b, t->kinds[k].example);
        buf_puts(b, "}");
    }
    buf_puts(b, "]");
    if (s->reform) {
        buf_puts(b, ",\n \"totals\": {");
        for (int i = 0, n = 0; i < s->nrules; i++) {
            if (!is_total(s->rules_base[i]))
                continue;
            buf_puts(b, n++ ? ", " : "");
            json_string(b, s->rules_base[i]->name);
            buf_puts(b, ": {");
            bool over[2] = { t->over_before[i], t->over_after[i] };
            change_json(b, t->before[i], t->after[i], s->rules_base[i]->u.rule.type->period, t->changed_by[i], over);
            buf_puts(b, "}");
        }
        buf_puts(b, "},\n \"changed_by_result\": {");
        for (int i = 0; i < s->nrules; i++) {
            buf_puts(b, i ? ", " : "");
            json_string(b, s->rules_base[i]->name);
            buf_printf(b, ": %ld", t->changed_by[i]);
        }
        buf_puts(b, "}");
        const Decl *enm = program_enum(s);
        if (first_duration >= 0) {
            Period period = s->rules_base[first_duration]->u.rule.type->period;
            buf_puts(b, ",\n \"by_program\": {\"result\": ");
            json_string(b, s->rules_base[first_duration]->name);
            buf_puts(b, ", \"groups\": [");
            for (int g = 0, n = 0; enm && g < enum_size(enm) && g < MAX_GROUPS; g++)
                for (int k = 0; k < 3; k++) {
                    int si = si_order[k];
                    if (!t->group_cases[g][si])
                        continue;
                    buf_puts(b, n++ ? ", " : "");
                    buf_puts(b, "{\"program\": ");
                    json_string(b, enum_member_name(enm, g));
                    buf_puts(b, ", \"severely_impaired\": ");
                    buf_puts(b, si == 2 ? "null" : si ? "true" : "false");
                    buf_printf(b, ", \"cases\": %ld, ", t->group_cases[g][si]);
                    change_json(b, t->group_before[g][si], t->group_after[g][si], period, t->group_changed[g][si],
                                t->group_over[g][si]);
                    buf_puts(b, "}");
                }
            buf_puts(b, "]},\n \"distribution\": {\"result\": ");
            json_string(b, s->rules_base[first_duration]->name);
            buf_puts(b, ", \"buckets\": [");
            for (int k = 0; k < 7; k++) {
                buf_puts(b, k ? ", " : "");
                buf_puts(b, "{\"change\": ");
                json_string(b, dist_bounds[k].name);
                if (dist_bounds[k].has_lo)
                    buf_printf(b, ", \"from_minutes\": %ld, \"from_included\": %s", dist_bounds[k].lo,
                               dist_bounds[k].lo_in ? "true" : "false");
                else
                    buf_puts(b, ", \"from_minutes\": null, \"from_included\": false");
                if (dist_bounds[k].has_hi)
                    buf_printf(b, ", \"to_minutes\": %ld, \"to_included\": %s", dist_bounds[k].hi,
                               dist_bounds[k].hi_in ? "true" : "false");
                else
                    buf_puts(b, ", \"to_minutes\": null, \"to_included\": false");
                buf_printf(b, ", \"cases\": %ld}", t->dist[k]);
            }
            buf_puts(b, "]}");
        }
        if (t->overflow)    /* the totals shown as null are too large for exact arithmetic */
            buf_puts(b, ",\n \"overflow\": true");
    }
    buf_puts(b, "}\n");
}

static const char *total_str(Rat r, bool over, char *buf, size_t size)
{
    return over ? "too large" : rat_hmm_str(r, buf, size);
}

/* "+1:05", "-0:30", "0:00"; "too large" when either total is, or the change does not fit */
static const char *signed_hmm(Rat before, Rat after, const bool over[2], char *buf, size_t size)
{
    Rat d = rat_int(0);
    if (over[0] || over[1] || !rat_sub(after, before, &d))
        return "too large";
    char tmp[48];
    rat_hmm_str(d, tmp, sizeof tmp);
    snprintf(buf, size, "%s%s", rat_sign(d) > 0 && strcmp(tmp, "0:00") ? "+" : "", tmp);
    return buf;
}

static const char *period_unit(Period p)
{
    return p == PER_MONTH ? "hours/month" : p == PER_WEEK ? "hours/week" : "hours";
}

static void summary_text(Shared *s, Totals *t, int first_duration, FILE *f)
{
    char b1[64], b2[64], b3[64];
    fprintf(f, "cite run: %ld cases, %ld evaluated, %ld failed", t->cases, t->evaluated, t->failed);
    if (s->reform)
        fprintf(f, ", %ld changed by the reform", t->changed);
    fputc('\n', f);
    if (t->failed) {
        /* most cases first; a kind seen first stays first among equals */
        Kind *k = t->kinds;
        for (int i = 1; i < t->nkinds; i++)
            for (int j = i; j > 0 && k[j].cases > k[j - 1].cases; j--) {
                Kind tmp = k[j]; k[j] = k[j - 1]; k[j - 1] = tmp;
            }
        fprintf(f, "  failed, by kind (each case's first error; standard output has them all):\n");
        for (int k = 0; k <= MAX_KINDS; k++)
            if (t->kinds[k].kind)
                fprintf(f, "  %7ld  %s\n           e.g. %s\n", t->kinds[k].cases, t->kinds[k].kind, t->kinds[k].example);
    }
    if (!s->reform)
        return;
    fprintf(f, "  totals over the %ld evaluated case%s%s; changed: the cases whose figure the reform changed\n",
            t->evaluated, t->evaluated == 1 ? "" : "s", t->failed ? " (a failed case is in no total)" : "");
    fprintf(f, "    %-32s %12s %12s %11s %8s\n", "result", "before", "after", "change", "changed");
    for (int i = 0; i < s->nrules; i++) {
        const Decl *r = s->rules_base[i];
        bool over[2] = { t->over_before[i], t->over_after[i] };
        if (is_total(r))
            fprintf(f, "    %-32s %12s %12s %11s %8ld  %s\n", r->name, total_str(t->before[i], over[0], b1, sizeof b1),
                    total_str(t->after[i], over[1], b2, sizeof b2), signed_hmm(t->before[i], t->after[i], over, b3, sizeof b3),
                    t->changed_by[i], period_unit(r->u.rule.type->period));
        else
            fprintf(f, "    %-32s %12s %12s %11s %8ld\n", r->name, "", "", "", t->changed_by[i]);
    }
    if (t->overflow)
        fprintf(f, "  (a total 'too large' does not fit in 64-bit exact arithmetic: it is not a figure)\n");
    if (first_duration < 0)
        return;
    const Decl *enm = program_enum(s);
    bool any = false;
    for (int g = 0; enm && g < enum_size(enm) && g < MAX_GROUPS; g++)
        for (int si = 0; si < 3; si++)
            any |= t->group_cases[g][si] > 0;
    const char *name = s->rules_base[first_duration]->name;
    const char *unit = period_unit(s->rules_base[first_duration]->u.rule.type->period);
    if (any) {
        fprintf(f, "  %s by program (%s):\n", name, unit);
        fprintf(f, "    %-10s %7s %12s %12s %11s %8s\n", "program", "cases", "before", "after", "change", "changed");
        for (int g = 0; g < enum_size(enm) && g < MAX_GROUPS; g++)
            for (int k = 0; k < 3; k++) {
                int si = si_order[k];
                if (!t->group_cases[g][si])
                    continue;
                char label[64];
                snprintf(label, sizeof label, "%s %s", enum_member_name(enm, g), si_names[si]);
                fprintf(f, "    %-10s %7ld %12s %12s %11s %8ld\n", label, t->group_cases[g][si],
                        total_str(t->group_before[g][si], t->group_over[g][si][0], b1, sizeof b1),
                        total_str(t->group_after[g][si], t->group_over[g][si][1], b2, sizeof b2),
                        signed_hmm(t->group_before[g][si], t->group_after[g][si], t->group_over[g][si], b3, sizeof b3),
                        t->group_changed[g][si]);
            }
    }
    fprintf(f, "  change per case in %s (%s):\n", name, unit);
    for (int k = 0; k < 7; k++)
        fprintf(f, "    %-28s %7ld\n", dist_bounds[k].name, t->dist[k]);
}

/* ---- choosing the results ---- */

static const Decl **pick_rules(const Program *p, const RunOptions *o, int *n, const Program *names_from)
{
    const Decl **list = ar_alloc((Arena *)&p->arena, sizeof(Decl *) * (size_t)(p->nrules + o->nqueries + 1));
    *n = 0;
    if (o->nqueries) {
        for (int i = 0; i < o->nqueries; i++) {
            const Decl *r = program_find_rule(p, o->queries[i]);
            if (!r) {
                program_unknown_rule(p, o->queries[i], false, stderr);
                return NULL;
            }
            list[(*n)++] = r;
        }
        return list;
    }
    /* the reform answers the baseline's questions, in the baseline's order */
    const Program *src = names_from ? names_from : p;
    for (int i = 0; i < src->nrules; i++) {
        if (!src->rules[i]->u.rule.output)
            continue;
        const Decl *r = program_find_rule(p, src->rules[i]->name);
        if (!r) {
            fprintf(stderr, "cite: the reform has no rule '%s'\n", src->rules[i]->name);
            return NULL;
        }
        list[(*n)++] = r;
    }
    return list;
}


/* ---- reading the input in blocks ---- */

/* Up to `want` more bytes of input at the end of b. Returns the bytes read, 0 at the end of
 * the input, -1 when the read failed (in->err says why). */
static ssize_t input_read(Input *in, Buf *b, size_t want)
{
    buf_reserve(b, want);
    for (;;) {
        ssize_t n = in->seekable ? pread(in->fd, b->data + b->len, want, in->pos)
                                 : read(in->fd, b->data + b->len, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            in->err = errno;
            return -1;
        }
        b->len += (size_t)n;
        in->pos += n;
        return n;
    }
}

/* One record of the input as it is read: its first line, how many lines it spans, and where
 * the next record starts. */
typedef struct Record {
    char *start;
    size_t len;                 /* its text, line breaks and a UTF-8 byte order mark removed */
    long lines;
    char *next;
} Record;

/* The line at p (up to end), its \r and \n removed: returns its length, *next after its \n;
 * or -1 when it has no \n and more input may follow. */
static long line_at(char *p, char *end, bool at_end, char **next)
{
    char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl && !at_end)
        return -1;
    char *e = nl ? nl : end;
    *next = nl ? nl + 1 : end;
    while (e > p && (e[-1] == '\n' || e[-1] == '\r'))
        e--;
    return e - p;
}

/* The record at p: 1 when there is one (NUL-terminated in place), 0 when it goes on past
 * what was read, -1 when nothing is left. A CSV record whose quoted field holds a line break
 * goes on over the next lines, joined by \n. `lineno` is the number of lines before p. */
static int next_record(bool csv, char *p, char *end, bool at_end, long lineno, Record *r)
{
    if (p == end)
        return -1;
    char *next;
    long len = line_at(p, end, at_end, &next);
    if (len < 0)
        return 0;
    r->start = p;
    r->lines = 1;
    if (lineno == 0 && len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) {
        /* a UTF-8 byte order mark (Excel's "CSV UTF-8"): not part of the first name */
        r->start += 3;
        len -= 3;
    }
    CsvQuote q = { false, true };
    if (csv)
        csv_quote_scan(&q, r->start, (size_t)len);
    if (!q.in) {
        r->len = (size_t)len;
        r->start[len] = '\0';
        r->next = next;
        return 1;
    }
    /* a quoted field holds a line break: find the record's end first (it may not have been
     * read yet), then join its lines in place */
    char *scan = next;
    while (q.in && scan < end) {
        char *after;
        long more = line_at(scan, end, at_end, &after);
        if (more < 0)
            return 0;
        csv_quote_scan(&q, "\n", 1);
        csv_quote_scan(&q, scan, (size_t)more);
        scan = after;
    }
    if (q.in && !at_end)
        return 0;
    char *w = r->start + len;
    for (char *line = next; line < scan; r->lines++) {
        char *after;
        long more = line_at(line, end, true, &after);
        *w++ = '\n';
        memmove(w, line, (size_t)more);
        w += more;
        line = after;
    }
    *w = '\0';
    r->len = (size_t)(w - r->start);
    r->next = scan;
    return 1;
}

/* Line 1 of a CSV file: the fact paths, into s->header; a header that cannot be read, or
 * names a path twice, stops the run. */
static void read_header(Shared *s, const char *line)
{
    Arena *arena = s->arena;
    char *copy = ar_strdup(arena, line);
    char **fields = ar_alloc(arena, sizeof(char *) * (strlen(line) + 2));
    const char *why = NULL;
    s->ncols = csv_split(copy, fields, (int)strlen(line) + 1, &why);
    s->header = fields;
    if (s->ncols < 0)
        s->header_error = ar_printf(arena, "the header (line 1): %s", why);
    for (int i = 0; i < s->ncols && !s->header_error; i++)
        for (int j = 0; j < i && !s->header_error; j++)
            if (!strcmp(fields[i], fields[j]))
                s->header_error = ar_printf(arena, "the header names '%s' twice (columns %d and %d)",
                                            fields[i], j + 1, i + 1);
}

/* Appends the record to b's cases, unless it is a blank line (spaces alone too), a comment
 * or the CSV header. */
static void add_record(Shared *s, Block *b, const Record *r, long first)
{
    if (s->csv && first == 1) {
        read_header(s, r->start);
        return;
    }
    size_t blank = strspn(r->start, " \t");
    if (blank == r->len || r->start[0] == '#')
        return;
    Case *c = &b->cases[b->ncases];
    Buf why = c->why;
    memset(c, 0, sizeof *c);
    c->why = why;
    c->why.len = 0;
    c->line = first;
    c->text = (size_t)(r->start - b->text.data);
    c->len = r->len;
    c->before = &b->sums[(size_t)b->ncases * 2 * (size_t)s->nrules];
    c->after = c->before + s->nrules;
    c->diff = b->diffs + (size_t)b->ncases * (size_t)s->nrules;
    if (s->reform) {            /* read only with a reform (add_totals) */
        for (int i = 0; i < 2 * s->nrules; i++)
            c->before[i] = (Rat){ 0, 1 };
        memset(c->diff, 0, (size_t)s->nrules);
    }
    b->ncases++;
}

/* Fills b with the next records of the input (at most BLOCK_CASES; fewer only where a
 * record goes on past BLOCK_BYTES or at the end). Called holding `reading`: blocks are read
 * in input order, and their lines numbered. */
static void read_block(Shared *s, Block *b)
{
    Input *in = &s->input;
    b->text.len = 0;
    b->ncases = 0;
    b->out.len = 0;
    if (in->carry.len)
        buf_add(&b->text, in->carry.data, in->carry.len);
    in->carry.len = 0;
    size_t done = 0;            /* bytes of b->text in records */
    size_t want = BLOCK_BYTES;
    bool failed = in->err != 0;     /* a read failed, in this block or an earlier one */
    bool at_end = failed;
    for (;;) {
        if (!at_end && want) {
            ssize_t n = input_read(in, &b->text, want);
            at_end = n <= 0;
            failed = n < 0;
        }
        int got;
        Record r;
        /* after a read error the bytes past the last line break are not a record: the rest
         * of it was never read (parsed, it was a malformed case that is not in the input);
         * the whole lines before them are, in this block and, past BLOCK_CASES, the next */
        while ((got = next_record(s->csv, b->text.data + done, b->text.data + b->text.len, at_end && !failed,
                                  in->lineno, &r)) > 0) {
            long first = in->lineno + 1;
            in->lineno += r.lines;
            done = (size_t)(r.next - b->text.data);
            add_record(s, b, &r, first);
            if (s->header_error || b->ncases == BLOCK_CASES)
                break;
        }
        if (s->header_error || (at_end && (got < 0 || (failed && got == 0)))) {
            in->eof = true;
            break;
        }
        if (b->ncases == BLOCK_CASES || (b->ncases && (got == 0 || got < 0)))
            break;
        /* nothing yet, or a record longer than what was read: read on */
        if (!b->ncases && done == b->text.len)
            b->text.len = done = 0;     /* only blank lines and comments so far */
        want = b->text.len > BLOCK_BYTES ? b->text.len : BLOCK_BYTES;
    }
    buf_add(&in->carry, b->text.data + done, b->text.len - done);
    b->end_pos = (long)in->pos - (long)in->carry.len;
}

/* ---- workers and the writer ---- */

/* The next block of the input, read, for a worker; NULL when the input has ended. Waits for
 * a free block: the writer frees them in order, so at most nblocks are in memory. The block
 * is read holding `reading` but not `lock`: while a pipe stalls, the writer still writes
 * the blocks that are done, and can act on an interrupt. */
static Block *take_block(Shared *s)
{
    pthread_mutex_lock(&s->reading);
    pthread_mutex_lock(&s->lock);
    Block *b = NULL;
    while (!s->ended) {
        for (int i = 0; i < s->nblocks && !b; i++)
            if (s->blocks[i].state == BLOCK_FREE)
                b = &s->blocks[i];
        if (b)
            break;
        pthread_cond_wait(&s->freed, &s->lock);
    }
    if (b) {
        b->state = BLOCK_TAKEN;
        b->seq = s->nread++;
    }
    pthread_mutex_unlock(&s->lock);
    if (b) {
        read_block(s, b);
        if (s->input.eof) {     /* the other workers see it when they hold `reading` */
            pthread_mutex_lock(&s->lock);
            s->ended = true;
            pthread_mutex_unlock(&s->lock);
        }
    }
    pthread_mutex_unlock(&s->reading);
    return b;
}

/* One worker's evaluators, for the baseline and the reform: their memo tables live as long
 * as the worker, and each case only moves them on to its own facts and arena. */
typedef struct Worker {
    Shared *s;
    Arena a, memo;
    Evaluators ev;
} Worker;

static void worker_init(Worker *w, Shared *s)
{
    w->s = s;
    ar_init(&w->a);
    ar_init(&w->memo);
    w->ev.errors = ar_alloc(&w->memo, sizeof(ErrorJson) * 2 * (size_t)s->nrules);  /* zeroed: empty */
    w->ev.durations = ar_alloc(&w->memo, sizeof(DurationJson) * DURATION_SLOTS);      /* den 0: empty */
    w->ev.csv = s->csv_out ? ar_alloc(&w->memo, sizeof(CsvNumber) * CSV_SLOTS) : NULL;
    eval_init(&w->ev.base, s->base, &w->memo, NULL, false);
    w->ev.base.tree_walk = s->reference;
    eval_marks_for(&w->ev.base, s->rules_base, s->nrules);
    if (s->reform) {
        eval_init(&w->ev.reform, s->reform, &w->memo, NULL, false);
        w->ev.reform.tree_walk = s->reference;
        eval_marks_for(&w->ev.reform, s->rules_reform, s->nrules);
    }
}

static void worker_free(Worker *w)
{
    for (int i = 0; i < 2 * w->s->nrules; i++) {
        buf_free(&w->ev.errors[i].key);
        buf_free(&w->ev.errors[i].json);
    }
    ar_free(&w->a);
    ar_free(&w->memo);
}

/* Every case of b, its output into b->out. */
static void eval_block(Worker *w, Block *b)
{
    for (int i = 0; i < b->ncases; i++) {
        Case *c = &b->cases[i];
        one_case(w->s, c, b->text.data + c->text, &w->a, &w->ev, &b->out);
        ar_reset(&w->a);        /* per-case memory is reused at once: memory stays flat */
    }
}

static void block_done(Shared *s, Block *b)
{
    pthread_mutex_lock(&s->lock);
    b->state = BLOCK_DONE;
    pthread_cond_signal(&s->done);
    pthread_mutex_unlock(&s->lock);
}

static void *worker_main(void *arg)
{
    Worker *w = arg;
    Block *b;
    while ((b = take_block(w->s)))
        eval_block(w, b), block_done(w->s, b);
    return NULL;
}

/* The next block to write, in input order, once it is done; NULL when every block is, or,
 * with `tick`, after waiting TICK_MS for it (*waited then true): so the writer looks at an
 * interrupt it holds while the input stalls. */
enum { TICK_MS = 100 };

static Block *next_done(Shared *s, bool tick, bool *waited)
{
    pthread_mutex_lock(&s->lock);
    Block *b = NULL;
    *waited = false;
    while (!b && !(s->ended && s->nwritten == s->nread)) {
        for (int i = 0; i < s->nblocks && !b; i++)
            if (s->blocks[i].state == BLOCK_DONE && s->blocks[i].seq == s->nwritten)
                b = &s->blocks[i];
        if (b)
            break;
        if (!tick) {
            pthread_cond_wait(&s->done, &s->lock);
            continue;
        }
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_nsec += TICK_MS * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        if (pthread_cond_timedwait(&s->done, &s->lock, &until) == ETIMEDOUT) {
            *waited = true;
            break;
        }
    }
    pthread_mutex_unlock(&s->lock);
    return b;
}

static void block_free(Shared *s, Block *b)
{
    pthread_mutex_lock(&s->lock);
    b->state = BLOCK_FREE;
    s->nwritten++;
    pthread_cond_signal(&s->freed);
    pthread_mutex_unlock(&s->lock);
}

/* ---- the run ---- */

typedef struct Run {
    Shared s;
    const RunOptions *o;
    Arena arena;                /* the header and the totals, for the whole run */
    FilesOut out_file;          /* --out */
    bool hold;                  /* interrupts are held while the results go to a temporary */
    sigset_t stop, old_mask;
    Totals t;
    int first_duration;         /* the headline duration result of the summary, or -1 */
    long total_bytes;           /* the input's size, for progress, or -1 */
    bool progress;
    double start, last_progress;
} Run;

/* A piece in the run's arena, padded for put_piece. */
static Piece make_piece(Arena *a, const Buf *b)
{
    char *text = ar_alloc(a, (b->len + 15) / 16 * 16 + 32);    /* zeroed */
    memcpy(text, b->data, b->len);
    return (Piece){ text, b->len };
}

/* Each result's constant JSON, as report_value_json writes it: `"name": ` (a rule's name as
 * json_string writes it), a member's `"m": ` (an identifier: nothing to escape). */
static const Layout *make_layouts(Arena *a, const Decl **rules, int n)
{
    Layout *layout = ar_alloc(a, sizeof(Layout) * (size_t)n);
    Buf b;
    buf_init(&b);
    for (int i = 0; i < n; i++) {
        Layout *l = &layout[i];
        l->rule = rules[i];
        b.len = 0;
        buf_puts(&b, i ? ", " : "{");
        json_string(&b, rules[i]->name);
        buf_puts(&b, ": ");
        l->head = make_piece(a, &b);
        l->room = l->head.len + 32 + VALUE_JSON_MAX;
        const Decl *pd = rules[i]->u.rule.param_decl;
        if (!pd)
            continue;
        l->nmembers = pd->u.enm.nmembers;
        l->members = ar_alloc(a, sizeof(Piece) * (size_t)(l->nmembers ? l->nmembers : 1));
        l->room = l->head.len + 2 + 32;
        for (int m = 0; m < l->nmembers; m++) {
            b.len = 0;
            buf_puts(&b, m ? ", \"" : "\"");
            buf_puts(&b, pd->u.enm.members[m].name);
            buf_puts(&b, "\": ");
            l->members[m] = make_piece(a, &b);
            l->room += l->members[m].len + VALUE_JSON_MAX;
        }
    }
    buf_free(&b);
    return layout;
}

/* The results to write: --query's, or the rules marked output (the reform's of the same
 * names). Returns 0, or 2 with the message written. */
static int choose_results(Shared *s, const RunOptions *o)
{
    s->rules_base = pick_rules(s->base, o, &s->nrules, NULL);
    if (!s->rules_base)
        return 2;
    if (s->reform) {
        int n;
        s->rules_reform = pick_rules(s->reform, o, &n, s->base);
        if (!s->rules_reform)
            return 2;
    }
    if (s->nrules == 0) {
        fprintf(stderr, "cite: no rule is marked 'output' and no --query was given\n");
        return 2;
    }
    for (int i = 0; i < s->nrules; i++)
        if (!strcmp(s->rules_base[i]->name, "severely_impaired"))
            s->si_rule = i;
    s->layout_base = make_layouts(s->arena, s->rules_base, s->nrules);
    if (s->reform)
        s->layout_reform = make_layouts(s->arena, s->rules_reform, s->nrules);
    return 0;
}

/* Opens --cases (refusing a directory, and an --out that is the same file). Returns 0, or 2
 * with the message written. */
static int open_input(Run *r)
{
    const RunOptions *o = r->o;
    Input *in = &r->s.input;
    in->fd = !strcmp(o->cases, "-") ? STDIN_FILENO : open(o->cases, O_RDONLY);
    if (in->fd < 0) {
        fprintf(stderr, "cite: cannot read %s: %s\n", o->cases, strerror(errno));
        return 2;
    }
    struct stat st, out_st;
    bool have_st = fstat(in->fd, &st) == 0;
    const char *why = NULL;
    if (have_st && S_ISDIR(st.st_mode))
        why = "cite: cannot read %s: it is a directory; --cases names a .jsonl or .csv file\n";
    /* --out over --cases would replace the caseload with its results */
    else if (o->out && have_st && S_ISREG(st.st_mode) && stat(o->out, &out_st) == 0
             && out_st.st_dev == st.st_dev && out_st.st_ino == st.st_ino)
        why = "cite: --out %s is the --cases file itself; write the results to another file\n";
    if (why) {
        fprintf(stderr, why, why[6] == '-' ? o->out : o->cases);
        if (in->fd != STDIN_FILENO)
            close(in->fd);
        return 2;
    }
    off_t at = have_st && S_ISREG(st.st_mode) ? lseek(in->fd, 0, SEEK_CUR) : -1;
    in->seekable = at >= 0;
    in->pos = at >= 0 ? at : 0;
    r->total_bytes = in->fd != STDIN_FILENO && have_st ? (long)st.st_size : -1;
    size_t name_len = strlen(o->cases);
    r->s.csv = name_len > 4 && !strcmp(o->cases + name_len - 4, ".csv");
    return 0;
}

/* Blocks the interrupts a run holds while it writes a temporary (r->stop; the mask before in
 * r->old_mask): INT, TERM and HUP, but for those ignored (nohup's HUP, a background job's
 * INT): held, an ignored signal stays pending, and the run took it for a request to stop. */
static void hold_interrupts(Run *r)
{
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
    sigemptyset(&r->stop);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction now;
        if (sigaction(sigs[i], NULL, &now) == 0 && now.sa_handler == SIG_IGN)
            continue;
        sigaddset(&r->stop, sigs[i]);
    }
    pthread_sigmask(SIG_BLOCK, &r->stop, &r->old_mask);
}

/* Opens --out, if given. While the results go to a temporary, an interrupt is held and
 * looked at after each block and, with workers, whenever none is done for TICK_MS (the
 * in-turn fallback waits for its read): the temporary is removed, then the signal takes its
 * usual course. No handler, so no global state; the workers inherit the mask. It is held
 * from before the temporary exists: a signal between the two left it behind (seen under
 * load). Returns 0, or 2 with the message written. */
static int open_output(Run *r)
{
    const RunOptions *o = r->o;
    if (!o->out) {
        /* standard output unbuffered: each block goes out in one write, not a buffer's worth
         * and then the rest (nothing of the run has been written to it yet) */
        fflush(stdout);
        setvbuf(stdout, NULL, _IONBF, 0);
        return 0;
    }
    hold_interrupts(r);
    const char *why;
    if (!files_open(&r->arena, o->out, &r->out_file, false, &why)) {
        fprintf(stderr, "cite: cannot write %s: %s\n", o->out, why ? why : strerror(errno));
        if (r->out_file.fd >= 0)
            files_discard(&r->out_file);
        pthread_sigmask(SIG_SETMASK, &r->old_mask, NULL);
        return 2;
    }
    r->hold = r->out_file.tmp != NULL;
    if (!r->hold)
        pthread_sigmask(SIG_SETMASK, &r->old_mask, NULL);
    return 0;
}

static void output(Run *r, const char *data, size_t len)
{
    if (len == 0)       /* a block of blank lines or refused cases has no output (and data NULL) */
        return;
    if (r->o->out)
        files_write(&r->out_file, data, len);
    else
        fwrite(data, 1, len, stdout);
}

static void totals_init(Run *r)
{
    Shared *s = &r->s;
    Totals *t = &r->t;
    Arena *a = &r->arena;
    ar_init(&t->scratch);
    buf_init(&t->last_why);
    t->before = ar_alloc(a, sizeof(Rat) * (size_t)s->nrules);
    t->after = ar_alloc(a, sizeof(Rat) * (size_t)s->nrules);
    t->changed_by = ar_alloc(a, sizeof(long) * (size_t)s->nrules);
    t->over_before = ar_alloc(a, sizeof(bool) * (size_t)s->nrules);     /* zeroed */
    t->over_after = ar_alloc(a, sizeof(bool) * (size_t)s->nrules);
    for (int i = 0; i < s->nrules; i++)
        t->before[i] = t->after[i] = rat_int(0);
    for (int g = 0; g < MAX_GROUPS; g++)
        for (int k = 0; k < 3; k++)
            t->group_before[g][k] = t->group_after[g][k] = rat_int(0);
    r->first_duration = -1;
    for (int i = 0; i < s->nrules && r->first_duration < 0; i++)
        if (!strcmp(s->rules_base[i]->name, "total_monthly"))
            r->first_duration = i;
    for (int i = 0; i < s->nrules && r->first_duration < 0; i++)
        if (s->rules_base[i]->u.rule.type->kind == T_DURATION && !s->rules_base[i]->u.rule.param_decl)
            r->first_duration = i;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void show_progress(Run *r, long pos)
{
    if (!r->progress || now() - r->last_progress <= 0.2)
        return;
    r->last_progress = now();
    double secs = r->last_progress - r->start + 1e-9;
    double rate = (double)r->t.cases / secs;
    if (r->total_bytes > 0 && pos > 0) {
        double left = (double)(r->total_bytes - pos) / ((double)pos / secs);
        fprintf(stderr, "\r%ld cases  %.0f cases/s  %3.0f%%  %.0f s left   ", r->t.cases, rate,
                100.0 * (double)pos / (double)r->total_bytes, left);
    } else {
        fprintf(stderr, "\r%ld cases  %.0f cases/s   ", r->t.cases, rate);
    }
}

/* An interrupt held since the last block: the temporary goes, then the signal acts. */
static void take_interrupt(Run *r)
{
    struct timespec zero = { 0, 0 };
    int sig = sigtimedwait(&r->stop, NULL, &zero);
    if (sig <= 0)
        return;
    /* only this thread writes the temporary */
    files_discard(&r->out_file);
    fprintf(stderr, "\ncite: interrupted; %s was not written\n", r->o->out);
    pthread_sigmask(SIG_SETMASK, &r->old_mask, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* The run's own tables, zeroed; without memory the run stops as the arena does, and the
 * temporary of --out is removed so no part of an output is left behind. */
static void *run_calloc(Run *r, size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        if (r->o->out)
            files_discard(&r->out_file);
        fprintf(stderr, "cite: out of memory\n");
        exit(2);
    }
    return p;
}

/* A block's output, in one write, and its cases into the totals. */
static void write_block(Run *r, Block *b)
{
    output(r, b->out.data, b->out.len);
    for (int i = 0; i < b->ncases; i++)
        add_totals(&r->s, &r->t, &r->arena, &b->cases[i], r->first_duration);
    show_progress(r, b->end_pos);
    if (r->hold)
        take_interrupt(r);
}

/* The CPUs this process may run on, in order, when there are exactly `jobs` of them (two or
 * more): each worker is then kept to one. Left to the kernel, two workers could share a CPU
 * while another busy process had the other to itself, and the kernel moves neither (two
 * against one is as balanced as it can make it): two jobs beside one spinning process ran
 * 1.08-1.32x one job's rate, kept apart 1.37-1.52x (bench/README.md). With a worker for every
 * CPU, moving one could only put two on a CPU; with fewer workers than CPUs they stay free to
 * go where there is room. Returns how many CPUs it gave, or 0: none kept. */
static int worker_cpus(int jobs, int *cpus)
{
#ifdef CPU_SET
    cpu_set_t allowed;
    if (jobs < 2 || sched_getaffinity(0, sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) != jobs)
        return 0;
    int n = 0;
    for (int c = 0; c < CPU_SETSIZE && n < jobs; c++)
        if (CPU_ISSET(c, &allowed))
            cpus[n++] = c;
    return n;
#else
    (void)jobs, (void)cpus;
    return 0;
#endif
}

static void worker_keep_to(pthread_t th, int cpu)
{
#ifdef CPU_SET
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    (void)pthread_setaffinity_np(th, sizeof one, &one);     /* refused: it runs anywhere */
#else
    (void)th, (void)cpu;
#endif
}

/* Every block of the input: `jobs` workers read and evaluate while this thread writes. One
 * job too has its worker: the write of a block (the kernel's copy into the page cache, 0.2 to
 * 1 s of the 16 results' 490 MB for 100,000 cases) then overlaps the next block's evaluation
 * instead of following it. If no thread can start, this thread does it all, in turn. */
static void run_blocks(Run *r, int jobs)
{
    Shared *s = &r->s;
    /* room for a worker to run a few blocks ahead of one the scheduler has paused (a busy
     * machine): the writer writes in order, so a late block holds the others in memory */
    s->nblocks = jobs + (jobs < 8 ? 3 * jobs : 8);
    s->blocks = run_calloc(r, (size_t)s->nblocks, sizeof(Block));
    for (int i = 0; i < s->nblocks; i++) {
        Block *b = &s->blocks[i];
        b->cases = run_calloc(r, BLOCK_CASES, sizeof(Case));
        b->sums = run_calloc(r, (size_t)BLOCK_CASES * 2 * (size_t)s->nrules, sizeof(Rat));
        b->diffs = run_calloc(r, (size_t)BLOCK_CASES * (size_t)s->nrules, 1);
    }
    Worker *w = run_calloc(r, (size_t)jobs, sizeof(Worker));
    pthread_t th[MAX_JOBS];
    int started = 0, cpus[MAX_JOBS], ncpus = worker_cpus(jobs, cpus);
    pthread_attr_t attr;        /* a stack the evaluator's budget fits in, whatever the default */
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, EVAL_THREAD_STACK);
    for (int j = 0; j < jobs; j++) {
        worker_init(&w[started], s);
        if (pthread_create(&th[started], &attr, worker_main, &w[started]) == 0) {
            if (started < ncpus)
                worker_keep_to(th[started], cpus[started]);
            started++;
        } else {
            worker_free(&w[started]);
        }
    }
    pthread_attr_destroy(&attr);
    Block *b;
    if (!started) {             /* no thread could start: all here, in turn */
        worker_init(&w[0], s);
        while ((b = take_block(s))) {
            eval_block(&w[0], b);
            b->state = BLOCK_DONE;
            write_block(r, b);
            block_free(s, b);
        }
        worker_free(&w[0]);
    } else {
        bool waited;
        while ((b = next_done(s, r->hold, &waited)) || waited) {
            if (!b) {           /* nothing to write for a while: an interrupt held? */
                take_interrupt(r);
                continue;
            }
            write_block(r, b);
            block_free(s, b);
        }
        for (int j = 0; j < started; j++)
            pthread_join(th[j], NULL);
        for (int j = 0; j < started; j++)
            worker_free(&w[j]);
    }
    free(w);
    for (int i = 0; i < s->nblocks; i++) {
        Block *bl = &s->blocks[i];
        for (int k = 0; k < BLOCK_CASES; k++)
            buf_free(&bl->cases[k].why);
        buf_free(&bl->text);
        buf_free(&bl->out);
        free(bl->cases);
        free(bl->sums);
        free(bl->diffs);
    }
    free(s->blocks);
}

/* After the last block: a read error, the output kept or discarded, the summary. */
static int finish(Run *r, int rc)
{
    const RunOptions *o = r->o;
    Shared *s = &r->s;
    if (r->progress)
        fputs("\r\033[K", stderr);
    buf_free(&s->input.carry);
    if (s->input.fd != STDIN_FILENO)
        close(s->input.fd);
    /* a read error part-way is not the end of the caseload */
    if (s->input.err) {
        fprintf(stderr, "cite: cannot read %s: %s (after line %ld)\n", o->cases, strerror(s->input.err),
                s->input.lineno);
        rc = 2;
    }
    if (o->out) {
        const char *why;
        if (rc == 2) {
            files_discard(&r->out_file);
            fprintf(stderr, "cite: %s was not written\n", o->out);
        } else if (!files_commit(&r->out_file, &why)) {
            fprintf(stderr, "cite: cannot write %s: %s\n", o->out, why);
            rc = 2;
        }
    }
    if (o->summary && !r->hold) {   /* its temporary too: held until it is renamed */
        hold_interrupts(r);
        r->hold = true;
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        rc = 2;     /* main says why */
    summary_text(s, &r->t, r->first_duration, stderr);
    if (o->summary) {
        Buf b;
        buf_init(&b);
        summary_json(s, &r->t, r->first_duration, &b);
        FilesOut f;
        const char *why;
        if (!files_open(&r->arena, o->summary, &f, false, &why)
            || (files_write(&f, b.data ? b.data : "", b.len), !files_commit(&f, &why))) {
            fprintf(stderr, "cite: cannot write %s: %s\n", o->summary, why);
            rc = 2;
        }
        buf_free(&b);
    }
    if (r->hold)        /* every file is complete or gone: an interrupt held now takes effect */
        pthread_sigmask(SIG_SETMASK, &r->old_mask, NULL);
    if (rc == 0 && (r->t.failed || r->t.overflow))
        rc = 1;
    return rc;
}

int run_main(const Program *base, const Program *reform, const RunOptions *o)
{
    Run r = { .o = o, .total_bytes = -1 };
    Shared *s = &r.s;
    *s = (Shared){ .base = base, .reform = reform, .program = program_find_input(base, "program"),
                   .id = program_find_input(base, "id"), .si_rule = -1, .reference = o->reference,
                   .csv_out = o->csv, .date = o->has_date ? &o->date : NULL,
                   .view = { .missing_ok = o->nqueries == 0 }, .arena = &r.arena };
    s->input.fd = -1;
    ar_init(&r.arena);
    int rc = choose_results(s, o);
    if (!rc)
        rc = open_input(&r);
    if (rc) {
        ar_free(&r.arena);
        return rc;
    }
    if ((rc = open_output(&r))) {
        if (s->input.fd != STDIN_FILENO)
            close(s->input.fd);
        ar_free(&r.arena);
        return rc;
    }
    pthread_mutex_init(&s->reading, NULL);
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->freed, NULL);
    pthread_condattr_t monotonic;   /* next_done's timed wait: a clock that is not set */
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
    pthread_cond_init(&s->done, &monotonic);
    pthread_condattr_destroy(&monotonic);
    totals_init(&r);
    r.progress = isatty(STDERR_FILENO);
    r.start = now();
    if (s->csv_out) {
        Buf head;
        buf_init(&head);
        csv_header(&head, s->rules_base, s->nrules);
        output(&r, head.data, head.len);
        buf_free(&head);
    }
    run_blocks(&r, o->jobs < 1 ? 1 : o->jobs > MAX_JOBS ? MAX_JOBS : o->jobs);
    if (s->header_error) {
        fprintf(stderr, "cite: %s: %s\n", o->cases, s->header_error);
        rc = 2;
    }
    rc = finish(&r, rc);
    ar_free(&r.t.scratch);
    buf_free(&r.t.last_why);
    pthread_cond_destroy(&s->done);
    pthread_cond_destroy(&s->freed);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->reading);
    ar_free(&r.arena);
    return rc;
}
