/* run.c: caseload runs. Input is read in batches; each batch is evaluated by N threads
 * (the checked program is read-only and shared; every case has its own arena) and
 * written in input order, so memory stays flat whatever the number of cases. */
#include "run.h"
#include "facts.h"
#include "report.h"
#include "files.h"
#include "limit.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BATCH 1024          /* cases a batch; two batches in memory (one read while one runs) */

typedef struct Case {
    long line;
    Buf text;                   /* the JSONL line, or the CSV row */
    Buf out;                    /* its output line */
    Buf why;                    /* a failed case: its first error, for the summary */
    bool failed, changed;
    unsigned char *diff;        /* per result: 1 when the reform changed it */
    /* for the summary: minutes of each duration result before and after, program, SI */
    Rat *before, *after;
    int program;                /* root member index of the `program` fact, or -1 */
    int si;                     /* severely_impaired before: 0, 1, or -1 */
} Case;

typedef struct Shared {
    const Program *base, *reform;
    const Decl **rules_base, **rules_reform;
    int nrules;
    const Decl *program;        /* the `program` fact, for the summary by program, or NULL */
    const Decl *id;             /* the `id` fact, or NULL */
    int si_rule;                /* index of severely_impaired among the results, or -1 */
    bool csv;
    bool reference;
    OutputView view;            /* without --query, an output that only lacks a fact is written
                                   as {"missing": [...]} and does not fail the case */
    const Date *date;           /* --date, or NULL: each case's own date picks the versions */
    char **header; int ncols;   /* CSV fact paths */
    const char *header_error;   /* a header that cannot be read: the run stops */
    Case *cases;
    int ncases;
    int next;                   /* next case to take, under the lock */
    pthread_mutex_t lock;
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
static bool csv_open_quote(const char *s, size_t len)
{
    bool in = false, field_start = true;
    for (size_t i = 0; i < len; i++) {
        if (in) {
            if (s[i] == '"' && i + 1 < len && s[i + 1] == '"') i++;
            else if (s[i] == '"') in = false;
        } else if (s[i] == '"' && field_start) {
            in = true;      /* only a field's first character opens quotes */
        }
        field_start = !in && s[i] == ',';
    }
    return in;
}

static bool load_case(Shared *s, Case *c, Arena *a, const Program *p, Facts *f, Buf *err)
{
    if (!s->csv) {
        if (!s->reference && facts_parse_fast(p, a, c->text.data, c->text.len, f))
            return true;
        return facts_parse(p, a, ar_printf(a, "line %ld", c->line), c->text.data, c->text.len, f, err);
    }
    facts_empty(p, a, f);
    char *copy = ar_strdup(a, c->text.data);
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

/* ---- evaluating ---- */

/* {"line": N, "id": ID, then `what`: the case's id is its id fact, else its line number */
static void case_head(Buf *out, const Decl *id, const Facts *f, long line, const char *what)
{
    char digits[24];
    snprintf(digits, sizeof digits, "%ld", line);
    buf_puts(out, "{\"line\": ");
    buf_puts(out, digits);
    buf_puts(out, ", \"id\": ");
    if (id && f->values[id->index].kind == V_TEXT)
        json_string(out, f->values[id->index].u.s);
    else
        buf_puts(out, digits);
    buf_puts(out, what);
}

static void results_json(Buf *out, const Decl **rules, int n, const Result *res, const OutputView *v)
{
    buf_puts(out, "{");
    for (int i = 0; i < n; i++) {
        buf_puts(out, i ? ", " : "");
        json_string(out, rules[i]->name);
        buf_puts(out, ": ");
        report_output_json(out, &res[i], v);
    }
    buf_puts(out, "}");
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
static void case_failed(Case *c, Arena *a, Buf *err)
{
    const char *msg = buf_cstr(err);
    const char *first = ar_strndup(a, msg, strcspn(msg, "\n"));
    error_json(&c->out, c->line, first);
    c->failed = true;
    buf_puts(&c->why, first);
    buf_free(err);
}

/* One worker's evaluators, for the baseline and the reform: their memo tables live as long
 * as the worker, and each case only moves them on to its own facts and arena. */
typedef struct Evaluators {
    Eval base, reform;
} Evaluators;

/* The first result that failed names the case's failure in the summary. */
static void note_failure(Case *c, const char *side, const Decl *rule, const Result *r)
{
    if (!r->error || c->why.len)
        return;
    buf_printf(&c->why, "line %ld: %s%s: %s", c->line, side, rule->name, r->error->message);
}

static void one_case(Shared *s, Case *c, Arena *a, Evaluators *ev)
{
    Buf err;
    buf_init(&err);
    Facts f;
    c->program = -1;
    c->si = -1;
    if (!load_case(s, c, a, s->base, &f, &err)) {
        case_failed(c, a, &err);
        return;
    }
    eval_next_case(&ev->base, a, &f);
    if (s->date)
        eval_set_date(&ev->base, s->date);
    Result *res = ar_alloc(a, sizeof(Result) * (size_t)s->nrules);
    for (int i = 0; i < s->nrules; i++) {
        res[i] = eval_result(&ev->base, s->rules_base[i]);
        if (res[i].error && !report_not_evaluated(&res[i], &s->view)) {
            c->failed = true;
            note_failure(c, "", s->rules_base[i], &res[i]);
        }
    }
    if (s->program && f.values[s->program->index].kind == V_ENUM)
        c->program = f.values[s->program->index].u.member;
    if (!s->reform) {
        case_head(&c->out, s->id, &f, c->line, ", \"results\": ");
        results_json(&c->out, s->rules_base, s->nrules, res, &s->view);
        buf_puts(&c->out, "}\n");
        buf_free(&err);
        return;
    }
    Facts rf;
    if (!load_case(s, c, a, s->reform, &rf, &err)) {
        case_failed(c, a, &err);
        return;
    }
    buf_free(&err);
    eval_next_case(&ev->reform, a, &rf);
    if (s->date)
        eval_set_date(&ev->reform, s->date);
    Result *rres = ar_alloc(a, sizeof(Result) * (size_t)s->nrules);
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
    case_head(&c->out, s->id, &f, c->line, ", \"baseline\": ");
    results_json(&c->out, s->rules_base, s->nrules, res, &s->view);
    buf_puts(&c->out, ", \"reform\": ");
    results_json(&c->out, s->rules_reform, s->nrules, rres, &s->view);
    buf_puts(&c->out, ", \"changed\": {");
    for (int i = 0, n = 0; i < s->nrules; i++) {
        if (same(&res[i], &rres[i]))
            continue;
        buf_puts(&c->out, n++ ? ", " : "");
        json_string(&c->out, s->rules_base[i]->name);
        buf_puts(&c->out, ": {\"old\": ");
        report_output_json(&c->out, &res[i], &s->view);
        buf_puts(&c->out, ", \"new\": ");
        report_output_json(&c->out, &rres[i], &s->view);
        Value diff;
        buf_puts(&c->out, ", \"difference\": ");
        if (!res[i].error && !rres[i].error && report_difference(&res[i].value, &rres[i].value, &diff))
            value_json(&c->out, &diff, s->rules_base[i]->u.rule.type);
        else
            buf_puts(&c->out, "null");
        buf_puts(&c->out, "}");
    }
    buf_puts(&c->out, "}}\n");
}

static void *worker(void *arg)
{
    Shared *s = arg;
    Arena a, memo;
    ar_init(&a);
    ar_init(&memo);
    Evaluators ev;
    eval_init(&ev.base, s->base, &memo, NULL, false);
    ev.base.tree_walk = s->reference;
    eval_marks_for(&ev.base, s->rules_base, s->nrules);
    if (s->reform) {
        eval_init(&ev.reform, s->reform, &memo, NULL, false);
        ev.reform.tree_walk = s->reference;
        eval_marks_for(&ev.reform, s->rules_reform, s->nrules);
    }
    for (;;) {
        pthread_mutex_lock(&s->lock);
        int i = s->next++;
        pthread_mutex_unlock(&s->lock);
        if (i >= s->ncases)
            break;
        one_case(s, &s->cases[i], &a, &ev);
        ar_reset(&a);       /* per-case memory is reused at once: memory stays flat */
    }
    ar_free(&a);
    ar_free(&memo);
    return NULL;
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

static void add_failure(Totals *t, Arena *a, const char *why)
{
    char *kind = failure_kind(a, why);
    const char *err = strstr(why, ": error: ");     /* "line 4: error: x" -> "line 4: x" */
    if (err && !strncmp(why, "line ", 5) && memchr(why, ':', (size_t)(err - why)) == NULL)
        why = ar_printf(a, "%.*s: %s", (int)(err - why), why, err + 9);
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
            t->kinds[t->nkinds].kind = kind;
            t->kinds[t->nkinds].example = ar_strdup(a, why);
            t->nkinds++;
        }
    }
    t->kinds[i].cases++;
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

/* ---- the run ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const Decl **pick_rules(const Program *p, const RunOptions *o, int *n, const Program *names_from)
{
    const Decl **list = ar_alloc((Arena *)&p->arena, sizeof(Decl *) * (size_t)(p->nrules + o->nqueries + 1));
    *n = 0;
    if (o->nqueries) {
        for (int i = 0; i < o->nqueries; i++) {
            const Decl *r = program_find_rule(p, o->queries[i]);
            if (!r) {
                fprintf(stderr, "cite: unknown rule '%s'\n", o->queries[i]);
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

/* The input, read a batch at a time by the main thread. */
typedef struct Input {
    FILE *in;
    char *line;
    size_t cap;
    long lineno;
    Buf record;                 /* a CSV record over several lines */
} Input;

/* Reads up to BATCH cases into `cases` (fewer only at the end of the input); the CSV header,
 * on line 1, goes to s->header. A Case's text and output buffers are reused batch after
 * batch: no malloc a case. */
static int read_batch(Shared *s, Input *input, Case *cases, Rat *sums, unsigned char *diffs, Arena *arena)
{
    int n = 0;
    ssize_t len;
    while (n < BATCH && (len = getline(&input->line, &input->cap, input->in)) >= 0) {
        char *line = input->line;
        long first = ++input->lineno;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (first == 1 && len >= 3 && !memcmp(line, "\xef\xbb\xbf", 3)) {
            /* a UTF-8 byte order mark (Excel's "CSV UTF-8"): not part of the first name */
            memmove(line, line + 3, (size_t)len - 2);
            len -= 3;
        }
        if (s->csv && csv_open_quote(line, (size_t)len)) {
            /* a quoted field holds a line break: the record goes on */
            Buf *r = &input->record;
            r->len = 0;
            buf_add(r, line, (size_t)len);
            ssize_t more;
            while (csv_open_quote(r->data, r->len)
                   && (more = getline(&input->line, &input->cap, input->in)) >= 0) {
                input->lineno++;
                while (more && (input->line[more - 1] == '\n' || input->line[more - 1] == '\r'))
                    input->line[--more] = '\0';
                buf_add(r, "\n", 1);
                buf_add(r, input->line, (size_t)more);
            }
            line = (char *)buf_cstr(r);
            len = (ssize_t)r->len;
        }
        if (s->csv && first == 1) {
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
            if (s->header_error)
                return 0;
            continue;
        }
        size_t blank = strspn(line, " \t");
        if (blank == (size_t)len || line[0] == '#')
            continue;   /* blank lines (spaces alone too) and comments are not cases */
        Case *c = &cases[n];
        Buf text = c->text, out = c->out, why = c->why;
        memset(c, 0, sizeof *c);
        c->why = why;
        c->why.len = 0;
        c->text = text;
        c->text.len = 0;
        buf_add(&c->text, line, (size_t)len);
        buf_cstr(&c->text);     /* a CSV row is read as a C string */
        c->out = out;
        c->out.len = 0;
        c->line = first;
        c->before = &sums[(size_t)n * 2 * (size_t)s->nrules];
        c->after = c->before + s->nrules;
        for (int i = 0; i < 2 * s->nrules; i++)
            c->before[i] = rat_int(0);
        c->diff = diffs + (size_t)n * (size_t)s->nrules;
        memset(c->diff, 0, (size_t)s->nrules);
        n++;
    }
    return n;
}

int run_main(const Program *base, const Program *reform, const RunOptions *o)
{
    Shared s = { .base = base, .reform = reform, .program = program_find_input(base, "program"),
                 .id = program_find_input(base, "id"), .si_rule = -1, .reference = o->reference,
                 .date = o->has_date ? &o->date : NULL, .view = { .missing_ok = o->nqueries == 0 } };
    pthread_mutex_init(&s.lock, NULL);
    s.rules_base = pick_rules(base, o, &s.nrules, NULL);
    if (!s.rules_base)
        return 2;
    if (reform) {
        int n;
        s.rules_reform = pick_rules(reform, o, &n, base);
        if (!s.rules_reform)
            return 2;
    }
    if (s.nrules == 0) {
        fprintf(stderr, "cite: no rule is marked 'output' and no --query was given\n");
        return 2;
    }
    for (int i = 0; i < s.nrules; i++)
        if (!strcmp(s.rules_base[i]->name, "severely_impaired"))
            s.si_rule = i;
    FILE *in = !strcmp(o->cases, "-") ? stdin : fopen(o->cases, "rb");
    if (!in) {
        fprintf(stderr, "cite: cannot read %s: %s\n", o->cases, strerror(errno));
        return 2;
    }
    struct stat st, out_st;
    bool have_st = fstat(fileno(in), &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "cite: cannot read %s: it is a directory; --cases names a .jsonl or .csv file\n", o->cases);
        if (in != stdin) fclose(in);
        return 2;
    }
    /* --out over --cases would replace the caseload with its results */
    if (o->out && have_st && S_ISREG(st.st_mode) && stat(o->out, &out_st) == 0
        && out_st.st_dev == st.st_dev && out_st.st_ino == st.st_ino) {
        fprintf(stderr, "cite: --out %s is the --cases file itself; write the results to another file\n", o->out);
        if (in != stdin) fclose(in);
        return 2;
    }
    size_t name_len = strlen(o->cases);
    s.csv = name_len > 4 && !strcmp(o->cases + name_len - 4, ".csv");
    Arena arena;                /* the header and the totals, for the whole run */
    ar_init(&arena);
    FilesOut out_file;
    FILE *out = stdout;
    /* While the results go to a temporary, an interrupt is held and looked at after each
     * batch: the temporary is removed, then the signal takes its usual course. No handler,
     * so no global state; the worker threads inherit the mask. It is held from before the
     * temporary exists: a signal between the two left it behind (seen under load). */
    sigset_t stop, old_mask;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    if (o->out)
        pthread_sigmask(SIG_BLOCK, &stop, &old_mask);
    if (o->out) {
        const char *why;
        if (!files_open(&arena, o->out, &out_file, false, &why) || !(out = files_stream(&out_file))) {
            fprintf(stderr, "cite: cannot write %s: %s\n", o->out, why ? why : strerror(errno));
            if (out_file.fd >= 0) files_discard(&out_file);
            if (in != stdin) fclose(in);
            ar_free(&arena);
            pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
            return 2;
        }
    }
    bool hold = o->out && out_file.tmp;
    if (o->out && !hold)
        pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    long total_bytes = in != stdin && have_st ? (long)st.st_size : -1;
    bool progress = isatty(STDERR_FILENO);
    int jobs = o->jobs < 1 ? 1 : o->jobs > MAX_JOBS ? MAX_JOBS : o->jobs;

    Totals t = { 0 };
    t.before = ar_alloc(&arena, sizeof(Rat) * (size_t)s.nrules);
    t.after = ar_alloc(&arena, sizeof(Rat) * (size_t)s.nrules);
    t.changed_by = ar_alloc(&arena, sizeof(long) * (size_t)s.nrules);
    t.over_before = ar_alloc(&arena, sizeof(bool) * (size_t)s.nrules);     /* zeroed */
    t.over_after = ar_alloc(&arena, sizeof(bool) * (size_t)s.nrules);
    for (int i = 0; i < s.nrules; i++)
        t.before[i] = t.after[i] = rat_int(0);
    for (int g = 0; g < MAX_GROUPS; g++)
        for (int k = 0; k < 3; k++)
            t.group_before[g][k] = t.group_after[g][k] = rat_int(0);
    int first_duration = -1;
    for (int i = 0; i < s.nrules && first_duration < 0; i++)
        if (!strcmp(s.rules_base[i]->name, "total_monthly"))
            first_duration = i;
    for (int i = 0; i < s.nrules && first_duration < 0; i++)
        if (s.rules_base[i]->u.rule.type->kind == T_DURATION && !s.rules_base[i]->u.rule.param_decl)
            first_duration = i;

    /* Two batches: while the workers evaluate one, this thread reads the next. */
    Case *batch[2] = { calloc(BATCH, sizeof(Case)), calloc(BATCH, sizeof(Case)) };
    Rat *sums[2] = { calloc((size_t)BATCH * 2 * (size_t)s.nrules, sizeof(Rat)),
                     calloc((size_t)BATCH * 2 * (size_t)s.nrules, sizeof(Rat)) };
    unsigned char *diffs[2] = { calloc((size_t)BATCH * (size_t)s.nrules, 1), calloc((size_t)BATCH * (size_t)s.nrules, 1) };
    Input input = { .in = in };
    double start = now(), last_progress = 0;
    int rc = 0, cur = 0;
    int n = read_batch(&s, &input, batch[cur], sums[cur], diffs[cur], &arena);
    if (s.header_error) {
        fprintf(stderr, "cite: %s: %s\n", o->cases, s.header_error);
        rc = 2;
    }
    while (n > 0) {
        s.cases = batch[cur];
        s.ncases = n;
        s.next = 0;
        int next = 0;
        if (jobs == 1 || n < 64) {
            worker(&s);
            if (n == BATCH)
                next = read_batch(&s, &input, batch[1 - cur], sums[1 - cur], diffs[1 - cur], &arena);
        } else {
            pthread_t th[MAX_JOBS];
            pthread_attr_t attr;    /* a stack the evaluator's budget fits in, whatever the default */
            pthread_attr_init(&attr);
            pthread_attr_setstacksize(&attr, EVAL_THREAD_STACK);
            int started = 0;
            for (int j = 0; j < jobs; j++)
                if (pthread_create(&th[j], &attr, worker, &s) == 0)
                    started++;
            pthread_attr_destroy(&attr);
            if (!started)
                worker(&s);
            if (n == BATCH)     /* the workers only touch batch[cur] */
                next = read_batch(&s, &input, batch[1 - cur], sums[1 - cur], diffs[1 - cur], &arena);
            for (int j = 0; j < started; j++)
                pthread_join(th[j], NULL);
        }
        for (int i = 0; i < s.ncases; i++) {
            Case *c = &s.cases[i];
            fwrite(c->out.data, 1, c->out.len, out);
            add_totals(&s, &t, &arena, c, first_duration);
        }
        if (progress && now() - last_progress > 0.2) {
            last_progress = now();
            double rate = (double)t.cases / (last_progress - start + 1e-9);
            long pos = in != stdin ? ftell(in) : -1;
            if (total_bytes > 0 && pos > 0) {
                double left = (double)(total_bytes - pos) / ((double)pos / (last_progress - start + 1e-9));
                fprintf(stderr, "\r%ld cases  %.0f cases/s  %3.0f%%  %.0f s left   ", t.cases, rate,
                        100.0 * (double)pos / (double)total_bytes, left);
            } else {
                fprintf(stderr, "\r%ld cases  %.0f cases/s   ", t.cases, rate);
            }
        }
        cur = 1 - cur;
        n = next;
        if (hold) {
            struct timespec zero = { 0, 0 };
            int sig = sigtimedwait(&stop, NULL, &zero);
            if (sig > 0) {
                /* the workers are joined: nothing else writes the temporary */
                files_discard(&out_file);
                fprintf(stderr, "\ncite: interrupted; %s was not written\n", o->out);
                pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
                raise(sig);
                _exit(128 + sig);
            }
        }
    }
    if (progress)
        fputs("\r\033[K", stderr);
    free(input.line);
    buf_free(&input.record);
    for (int b = 0; b < 2; b++) {
        for (int i = 0; i < BATCH; i++) {
            buf_free(&batch[b][i].text);
            buf_free(&batch[b][i].out);
            buf_free(&batch[b][i].why);
        }
        free(batch[b]);
        free(sums[b]);
        free(diffs[b]);
    }
    /* a read error part-way is not the end of the caseload */
    int read_err = ferror(in) ? errno : 0;
    if (in != stdin) fclose(in);
    if (read_err) {
        fprintf(stderr, "cite: cannot read %s: %s (after line %ld)\n", o->cases, strerror(read_err), input.lineno);
        rc = 2;
    }
    if (o->out) {
        const char *why;
        if (rc == 2) {
            files_discard(&out_file);
            fprintf(stderr, "cite: %s was not written\n", o->out);
        } else if (!files_commit(&out_file, &why)) {
            fprintf(stderr, "cite: cannot write %s: %s\n", o->out, why);
            rc = 2;
        }
    }
    if (hold)
        pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    if (fflush(stdout) != 0 || ferror(stdout))
        rc = 2;     /* main says why */
    summary_text(&s, &t, first_duration, stderr);
    if (o->summary) {
        Buf b;
        buf_init(&b);
        summary_json(&s, &t, first_duration, &b);
        FilesOut f;
        const char *why;
        if (!files_open(&arena, o->summary, &f, false, &why)
            || (files_write(&f, b.data ? b.data : "", b.len), !files_commit(&f, &why))) {
            fprintf(stderr, "cite: cannot write %s: %s\n", o->summary, why);
            rc = 2;
        }
        buf_free(&b);
    }
    ar_free(&arena);
    pthread_mutex_destroy(&s.lock);
    if (rc == 0 && (t.failed || t.overflow))
        rc = 1;
    return rc;
}
