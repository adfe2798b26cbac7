/* testrun.c: the scenario test runner, its reports (human, TAP, JUnit, JSON) and coverage. */
#include "testrun.h"
#include "doc.h"
#include "facts.h"
#include "report.h"
#include "scenario.h"
#include "files.h"
#include "load.h"
#include "color.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef enum Status { ST_PASS, ST_FAIL, ST_ERROR } Status;

typedef struct Outcome {
    const Scenario *s;
    Status status;
    Buf detail;                 /* what went wrong, readable */
} Outcome;

/* A rules set loaded once and shared by the scenarios that name it. */
typedef struct Loaded {
    const char *key;
    Program prog;
    bool ok;
    Buf diags;
    bool **covered;             /* per rule index: per definition of each version, flattened */
    int **offsets;              /* per rule index: start of each version's definitions */
    char *evaluated;            /* per rule index */
} Loaded;

typedef struct Runner {
    Arena arena;
    Loaded **loaded; int nloaded;
    Outcome *outcomes; int noutcomes;
    const TestOptions *o;
    int file_errors;
    Buf file_error_text;
    Buf unread_text;            /* the paths given that could not be read (file_error_text has them too) */
} Runner;


static void collect(Runner *r, const char *path, const char ***files, int *n)
{
    const char **found = NULL;
    int nfound = 0;
    const char *unread, *why;
    if (!files_list_all(&r->arena, path, ".scenario", &found, &nfound, &unread, &why)) {
        buf_printf(&r->file_error_text, "cite: cannot read %s: %s\n", path, strerror(errno));
        buf_printf(&r->unread_text, "cite: cannot read %s: %s\n", path, strerror(errno));
        r->file_errors++;
        return;
    }
    if (unread) {
        /* the scenarios under it would be missing from a run that passes */
        const char *msg = ar_printf(&r->arena, "cite: cannot read %s: %s; the scenarios under it were not run\n",
                                    unread, why);
        buf_puts(&r->file_error_text, msg);
        buf_puts(&r->unread_text, msg);
        r->file_errors++;
    }
    /* a path given by name counts only if it is a scenario; other files are ignored */
    for (int i = 0; i < nfound; i++)
        if (scenario_is_file(found[i]))
            AR_PUSH(&r->arena, *files, *n, found[i]);
}

static Loaded *load_rules(Runner *r, const Scenario *s)
{
    Buf key;
    buf_init(&key);
    for (int i = 0; i < s->nrules; i++)
        buf_printf(&key, "%s\n", s->rules[i]);
    for (int i = 0; i < s->nreforms; i++)
        buf_printf(&key, "reform %s\n", s->reforms[i]);
    for (int i = 0; i < r->nloaded; i++)
        if (strcmp(r->loaded[i]->key, buf_cstr(&key)) == 0) {
            buf_free(&key);
            return r->loaded[i];
        }
    Loaded *l = ar_alloc(&r->arena, sizeof *l);
    l->key = ar_strdup(&r->arena, buf_cstr(&key));
    buf_free(&key);
    program_init(&l->prog);
    buf_init(&l->diags);
    /* a scenario's reform is read first: its rules replace, or add versions to, the rules' */
    l->ok = load_paths(&l->prog, (const char *const *)s->rules, s->nrules,
                       (const char *const *)s->reforms, s->nreforms) == LOAD_OK;
    if (!l->ok) {
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (mem) {
            diag_print(&l->prog.diags, mem);
            fclose(mem);
            buf_add(&l->diags, text, len);
            free(text);
        }
    }
    Program *p = &l->prog;
    l->covered = ar_alloc(&r->arena, sizeof(bool *) * (size_t)(p->nrules + 1));
    l->offsets = ar_alloc(&r->arena, sizeof(int *) * (size_t)(p->nrules + 1));
    l->evaluated = ar_alloc(&r->arena, (size_t)p->nrules + 1);
    for (int i = 0; i < p->nrules; i++) {
        int total = 0, nv = 0;
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            nv++;
        l->offsets[i] = ar_alloc(&r->arena, sizeof(int) * (size_t)(nv + 1));
        nv = 0;
        for (Decl *v = p->rules[i]; v; v = v->next_version) {
            l->offsets[i][nv++] = total;
            total += v->u.rule.ndefs;
        }
        l->covered[i] = ar_alloc(&r->arena, (size_t)total + 1);
    }
    AR_PUSH(&r->arena, r->loaded, r->nloaded, l);
    return l;
}

static void record_coverage(Loaded *l, const Eval *e)
{
    const Program *p = &l->prog;
    for (int i = 0; i < p->nrules; i++) {
        for (int k = 0; k < p->rules[i]->u.rule.memo_size; k++) {
            const Memo *m = &e->memo[i][k];
            const MemoNote *note = &e->note[i][k];
            if (m->state != MEMO_DONE || !note->version)
                continue;
            l->evaluated[i] = 1;
            int nv = 0;
            for (const Decl *v = p->rules[i]; v && v != note->version; v = v->next_version)
                nv++;
            l->covered[i][l->offsets[i][nv] + (int)(note->applied - note->version->u.rule.defs)] = true;
        }
    }
}

static bool has_cite(const CiteList *l, const char *text)
{
    for (int i = 0; i < l->count; i++)
        if (strcmp(l->items[i].text, text) == 0)
            return true;
    return false;
}

static const char *unit_name(const Type *t)
{
    if (t->kind != T_DURATION)
        return NULL;
    return t->period == PER_WEEK ? "hours/week" : t->period == PER_MONTH ? "hours/month" : "hours";
}

static bool same_unit(const char *written, const char *unit)
{
    if (strcmp(written, unit) == 0)
        return true;
    /* minutes/week names the same unit as hours/week: both are durations per week */
    if (strncmp(written, "minutes", 7) == 0 && strncmp(unit, "hours", 5) == 0)
        return strcmp(written + 7, unit + 5) == 0;
    return false;
}

static void indent_into(Buf *out, const char *text, const char *prefix)
{
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        buf_puts(out, prefix);
        buf_add(out, p, n);
        buf_puts(out, "\n");
        p = nl ? nl + 1 : p + n;
    }
}

/* Runs one scenario; the outcome's detail says what a reader needs to fix it. */
/* The scenario's case: its case file (or none), then each `given` line as a --set, and its
 * date. A problem is written to out->detail and makes the outcome an error. */
static void scenario_facts(const Program *p, Arena *a, const Scenario *s, Outcome *out, Facts *facts, Date *date)
{
    Buf err;
    buf_init(&err);
    bool ok = s->case_path ? facts_load(p, a, s->case_path, facts, &err) : (facts_empty(p, a, facts), true);
    if (!ok) {
        buf_printf(&out->detail, "%s:%d: error: the case file does not read:\n", s->file, s->line);
        indent_into(&out->detail, buf_cstr(&err), "  ");
        out->status = ST_ERROR;
        facts_empty(p, a, facts);     /* the expectations are still checked, over no facts */
    }
    for (int i = 0; ok && i < s->ngiven; i++) {
        const Given *g = &s->given[i];
        buf_free(&err);
        buf_init(&err);
        char *assign = ar_printf(a, "%s=%s", g->path, g->value);
        if (!facts_set(p, a, facts, assign, facts, &err)) {
            const char *msg = buf_cstr(&err);
            if (strncmp(msg, "--set: ", 7) == 0) msg += 7;
            if (strncmp(msg, "error: ", 7) == 0) msg += 7;
            buf_printf(&out->detail, "%s:%d: error: %s", s->file, g->line, msg);
            out->status = ST_ERROR;
        }
    }
    buf_free(&err);
    if (s->date && !date_parse(s->date, strlen(s->date), date)) {
        buf_printf(&out->detail, "%s:%d: error: date '%s' is not YYYY-MM-DD\n", s->file, s->date_line, s->date);
        out->status = ST_ERROR;
    }
}

/* An expectation's result, member and expected value, checked against the rules: a name
 * that is not a result, a member of no table, a wrong unit or value is written to
 * out->detail, and false returned. */
static bool scenario_expect(const Program *p, Arena *a, const Scenario *s, const Expect *x, Outcome *out,
                            const Decl **rulep, int *member, Value *want)
{
    const Decl *rule = *rulep = program_find_rule(p, x->result);
    if (!rule) {
        const char *best = program_suggest(p, x->result);
        if (program_find_input(p, x->result))
            buf_printf(&out->detail, "%s:%d: error: '%s' is a fact, not a result; facts go under 'given'\n", s->file, x->line, x->result);
        else if (best)
            buf_printf(&out->detail, "%s:%d: error: unknown result '%s'; did you mean '%s'?\n", s->file, x->line, x->result, best);
        else
            buf_printf(&out->detail, "%s:%d: error: unknown result '%s'\n", s->file, x->line, x->result);
        out->status = ST_ERROR;
        return false;
    }
    const Decl *penum = rule->u.rule.param_decl;
    *member = 0;
    if (penum && !x->member) {
        buf_printf(&out->detail, "%s:%d: error: %s has a value per %s; write %s.MEMBER\n", s->file, x->line,
                   rule->name, penum->name, rule->name);
        out->status = ST_ERROR;
        return false;
    }
    if (!penum && x->member) {
        buf_printf(&out->detail, "%s:%d: error: %s is one value, not a table: '.%s' does not apply\n", s->file,
                   x->line, rule->name, x->member);
        out->status = ST_ERROR;
        return false;
    }
    if (penum && (*member = enum_find_member(penum, x->member)) < 0) {
        buf_printf(&out->detail, "%s:%d: error: '%s' is not a member of %s\n", s->file, x->line, x->member, penum->name);
        out->status = ST_ERROR;
        return false;
    }
    const Type *t = rule->u.rule.type;
    if (x->value) {
        const char *u = unit_name(t);
        if (x->unit && (!u || !same_unit(x->unit, u))) {
            buf_printf(&out->detail, "%s:%d: error: wrong unit for %s: it is %s, the scenario says %s\n", s->file,
                       x->line, rule->name, u ? u : type_name(a, t), x->unit);
            out->status = ST_ERROR;
            return false;
        }
        Buf verr;
        buf_init(&verr);
        /* the value is named by its result ("expected value 'program_maximum' is ..."), and
         * the message placed at the line, where facts_value puts the name first */
        if (!facts_value(p, a, t, rule->name, x->value, want, &verr)) {
            const char *msg = buf_cstr(&verr);
            size_t n = strlen(rule->name);
            if (!strncmp(msg, rule->name, n) && !strncmp(msg + n, ": ", 2))
                msg += n + 2;
            buf_printf(&out->detail, "%s:%d: %s", s->file, x->line, msg);
            buf_free(&verr);
            out->status = ST_ERROR;
            return false;
        }
        buf_free(&verr);
    }
    return true;
}

/* Evaluates one expectation's result and compares it with what the scenario expects; a
 * difference is written to out->detail with the explanation of the value it got. */
static void scenario_compare(Arena *a, const Scenario *s, const Expect *x, Eval *e, const Decl *rule, int member,
                             const Value *want, Outcome *out)
{
    const Type *t = rule->u.rule.type;
    const Decl *penum = rule->u.rule.param_decl;
    Result res = eval_result(e, rule);
    const char *label = x->member ? ar_printf(a, "%s.%s", rule->name, x->member) : rule->name;
    if (x->error) {
        if (!res.error || !strstr(res.error->message, x->error)) {
            if (out->status == ST_PASS) out->status = ST_FAIL;
            buf_printf(&out->detail, "%s:%d: %s\n  expected: an error containing \"%s\"\n  got:      ", s->file,
                       x->line, label, x->error);
            if (res.error) buf_printf(&out->detail, "error: %s\n", res.error->message);
            else { value_format(&out->detail, &res.value, t); buf_puts(&out->detail, "\n"); }
        }
        return;
    }
    if (res.error) {
        if (out->status == ST_PASS) out->status = ST_FAIL;
        buf_printf(&out->detail, "%s:%d: %s\n  expected: ", s->file, x->line, label);
        value_format(&out->detail, want, t);
        buf_printf(&out->detail, "\n  got:      error: %s\n", res.error->message);
        return;
    }
    const Value *got = penum ? &res.value.u.agg.items[member] : &res.value;
    const TraceNode *node = res.nodes ? res.nodes[penum ? member : 0] : NULL;
    bool value_ok = value_equal(got, want);
    bool cite_ok = !x->cite || (node && has_cite(&node->cites, x->cite));
    if (value_ok && cite_ok)
        return;
    if (out->status == ST_PASS) out->status = ST_FAIL;
    buf_printf(&out->detail, "%s:%d: %s\n  expected: ", s->file, x->line, label);
    value_format(&out->detail, want, t);
    if (x->cite) buf_printf(&out->detail, "  [%s]", x->cite);
    buf_puts(&out->detail, "\n  got:      ");
    value_format(&out->detail, got, t);
    buf_printf(&out->detail, "  %s\n", report_cites(a, &res, penum ? member : 0));
    if (value_ok && !cite_ok)
        buf_printf(&out->detail, "  the figure is right but it came from another rule: %s is not among its citations\n", x->cite);
    if (node) {
        Result one = res;
        one.nodes = (TraceNode **)&node;
        one.nnodes = 1;
        Explainer ex;
        report_explainer_init(&ex);
        Buf tree;
        buf_init(&tree);
        report_explain(&tree, &one, &ex);
        report_explainer_free(&ex);
        buf_puts(&out->detail, "  explanation of the value it got:\n");
        indent_into(&out->detail, buf_cstr(&tree), "    ");
        buf_free(&tree);
    }
}

static void run_scenario(Runner *r, const Scenario *s, Outcome *out)
{
    out->s = s;
    out->status = ST_PASS;
    buf_init(&out->detail);
    Loaded *l = load_rules(r, s);
    if (!l->ok) {
        out->status = ST_ERROR;
        buf_printf(&out->detail, "%s:%d: error: the rules it names do not check:\n", s->file, s->line);
        indent_into(&out->detail, buf_cstr(&l->diags), "  ");
        return;
    }
    const Program *p = &l->prog;
    Arena a;
    ar_init(&a);
    Facts facts;
    Date date;
    scenario_facts(p, &a, s, out, &facts, &date);
    /* expectations are checked (names, members, units, values) even when a fact was bad,
     * so that one run reports every typo in the scenario */
    bool facts_ok = out->status != ST_ERROR;
    Eval e;
    eval_init(&e, p, &a, &facts, true);
    if (s->date && facts_ok)
        eval_set_date(&e, &date);
    for (int i = 0; i < s->nexpect; i++) {
        const Decl *rule;
        int member;
        Value want = value_absent();
        if (scenario_expect(p, &a, s, &s->expect[i], out, &rule, &member, &want) && facts_ok)
            scenario_compare(&a, s, &s->expect[i], &e, rule, member, &want, out);
    }
    if (facts_ok)
        record_coverage(l, &e);
    ar_free(&a);
}

static bool selected(const TestOptions *o, const Scenario *s)
{
    if (!o->filter)
        return true;
    if (strpbrk(o->filter, "*?["))
        return fnmatch(o->filter, s->name, 0) == 0;
    return strstr(s->name, o->filter) != NULL;
}

/* ---- reports ---- */

static void xml_text(Buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default:
            if ((unsigned char)*s < 32 && *s != '\n' && *s != '\t')
                buf_puts(b, "?");
            else
                buf_add(b, s, 1);
        }
    }
}

static const char *status_word(Status st) { return st == ST_PASS ? "pass" : st == ST_FAIL ? "fail" : "error"; }

/* One definition of a rule, as coverage counts it; the same file loaded by two scenarios'
 * rule sets is one file here (keyed by path and position). */
typedef struct CovItem {
    const char *path, *rule, *what, *cites;
    int line, col;
    bool covered, evaluated;
} CovItem;

typedef struct FileCoverage { const char *path; int total, covered; } FileCoverage;

/* Library files are found by absolute path; shown relative to where cite runs, like the rest. */
static const char *relative_to_cwd(Arena *a, const char *path)
{
    char cwd[4096];
    if (path[0] != '/' || !getcwd(cwd, sizeof cwd))
        return path;
    size_t n = strlen(cwd);
    if (strncmp(path, cwd, n) == 0 && path[n] == '/')
        return ar_strdup(a, path + n + 1);
    return path;
}

static void coverage_report(Runner *r, Buf *out, bool json, double *overall)
{
    CovItem *items = NULL;
    int nitems = 0;
    for (int li = 0; li < r->nloaded; li++) {
        Loaded *l = r->loaded[li];
        if (!l->ok)
            continue;
        Program *p = &l->prog;
        for (int i = 0; i < p->nrules; i++) {
            int nv = 0;
            for (Decl *v = p->rules[i]; v; v = v->next_version, nv++) {
                for (int d = 0; d < v->u.rule.ndefs; d++) {
                    const Definition *def = &v->u.rule.defs[d];
                    bool c = l->covered[i][l->offsets[i][nv] + d];
                    const char *path = relative_to_cwd(&r->arena, v->loc.src->path);
                    CovItem *found = NULL;
                    for (int k = 0; k < nitems && !found; k++)
                        if (items[k].line == def->loc.first_line && items[k].col == def->loc.first_column
                            && strcmp(items[k].path, path) == 0)
                            found = &items[k];
                    if (found) {
                        found->covered |= c;
                        found->evaluated |= l->evaluated[i];
                        continue;
                    }
                    const CiteList *cl = def->cites.count ? &def->cites : &v->u.rule.cites;
                    Buf cites;
                    buf_init(&cites);
                    for (int k = 0; k < cl->count; k++)
                        buf_printf(&cites, "%s%s", k ? "; " : "", cl->items[k].text);
                    CovItem it = { path, v->name,
                                   def->cond ? ar_printf(&r->arena, "exception when %s", loc_text(&r->arena, def->cond->loc))
                                             : (v->u.rule.ndefs > 1 ? "base definition" : "definition"),
                                   ar_strdup(&r->arena, buf_cstr(&cites)), def->loc.first_line, def->loc.first_column,
                                   c, l->evaluated[i] };
                    buf_free(&cites);
                    AR_PUSH(&r->arena, items, nitems, it);
                }
            }
        }
    }
    FileCoverage *files = NULL;
    int nfiles = 0, total = 0, covered = 0, nmissing = 0;
    for (int k = 0; k < nitems; k++) {
        FileCoverage *fc = NULL;
        for (int f = 0; f < nfiles && !fc; f++)
            if (strcmp(files[f].path, items[k].path) == 0)
                fc = &files[f];
        if (!fc) {
            FileCoverage n = { items[k].path, 0, 0 };
            AR_PUSH(&r->arena, files, nfiles, n);
            fc = &files[nfiles - 1];
        }
        fc->total++;
        fc->covered += items[k].covered;
        total++;
        covered += items[k].covered;
        nmissing += !items[k].covered;
    }
    *overall = total ? 100.0 * covered / total : 100.0;
    if (json) {
        buf_printf(out, "\"coverage\": {\"definitions\": %d, \"exercised\": %d, \"percent\": %.1f, \"files\": [", total,
                   covered, *overall);
        for (int i = 0; i < nfiles; i++) {
            buf_puts(out, i ? ", " : "");
            buf_puts(out, "{\"file\": ");
            json_string(out, files[i].path);
            buf_printf(out, ", \"definitions\": %d, \"exercised\": %d, \"percent\": %.1f}", files[i].total,
                       files[i].covered, files[i].total ? 100.0 * files[i].covered / files[i].total : 100.0);
        }
        buf_puts(out, "], \"never_exercised\": [");
        for (int k = 0, n = 0; k < nitems; k++) {
            if (items[k].covered)
                continue;
            buf_puts(out, n++ ? ", " : "");
            buf_puts(out, "{\"file\": ");
            json_string(out, items[k].path);
            buf_printf(out, ", \"line\": %d, \"rule\": ", items[k].line);
            json_string(out, items[k].rule);
            buf_puts(out, ", \"definition\": ");
            json_string(out, items[k].what);
            buf_puts(out, ", \"cite\": ");
            json_string(out, items[k].cites);
            buf_puts(out, "}");
        }
        buf_puts(out, "]}");
        return;
    }
    buf_puts(out, "\ncoverage (rule definitions and exceptions that produced a value in some scenario):\n");
    for (int i = 0; i < nfiles; i++)
        buf_printf(out, "  %-40s %3d/%-3d %5.1f%%\n", files[i].path, files[i].covered, files[i].total,
                   files[i].total ? 100.0 * files[i].covered / files[i].total : 100.0);
    buf_printf(out, "  %-40s %3d/%-3d %5.1f%%\n", "total", covered, total, *overall);
    if (nmissing) {
        buf_printf(out, "never exercised (%d):\n", nmissing);
        for (int k = 0; k < nitems; k++)
            if (!items[k].covered)
                buf_printf(out, "  %s:%d: %s, %s%s [%s]\n", items[k].path, items[k].line, items[k].rule, items[k].what,
                           items[k].evaluated ? "" : " (rule never evaluated)", items[k].cites);
    }
}

/* ---- the report of a run, in each of its forms ---- */

typedef struct Tally { int passed, failed, errors, bad; } Tally;

/* The figures of the run as data, written by doc.c's JSON writer, as every command's JSON. */
static void write_json(Runner *r, Buf *doc_out, const Tally *t, double *overall)
{
    Buf data, *out = &data;
    buf_init(&data);
    buf_printf(out, "\"passed\": %d, \"failed\": %d, \"errors\": %d, \"scenarios\": [", t->passed, t->failed,
               t->errors + r->file_errors);
    for (int i = 0; i < r->noutcomes; i++) {
        const Outcome *oc = &r->outcomes[i];
        buf_puts(out, i ? ",\n  " : "\n  ");
        buf_puts(out, "{\"name\": ");
        json_string(out, oc->s->name);
        buf_puts(out, ", \"file\": ");
        json_string(out, oc->s->file);
        /* where the expected figures come from, as the scenario says: a reader of a failure
         * needs it (several source or description lines are joined with a space) */
        buf_printf(out, ", \"line\": %d, \"source\": ", oc->s->line);
        json_string(out, oc->s->source);
        buf_puts(out, ", \"description\": ");
        if (oc->s->description) json_string(out, oc->s->description);
        else buf_puts(out, "null");
        buf_printf(out, ", \"status\": \"%s\", \"detail\": ", status_word(oc->status));
        json_string(out, buf_cstr(&((Outcome *)oc)->detail));
        buf_puts(out, "}");
    }
    buf_puts(out, "], \"file_errors\": ");
    json_string(out, buf_cstr(&r->file_error_text));
    if (r->o->coverage) {
        buf_puts(out, ",\n");
        coverage_report(r, out, true, overall);
    }
    Arena a;
    ar_init(&a);
    Doc doc;
    doc_init(&doc, &a);
    doc_data(&doc, buf_cstr(&data));
    doc_write(doc_out, &doc, DOC_JSON);
    ar_free(&a);
    buf_free(&data);
}

static void write_tap(Runner *r, Buf *out, const Tally *t, double *overall)
{
    int n = r->noutcomes + (r->file_errors ? 1 : 0);
    buf_printf(out, "TAP version 13\n1..%d\n", n);
    for (int i = 0; i < r->noutcomes; i++) {
        Outcome *oc = &r->outcomes[i];
        buf_printf(out, "%s %d - %s\n", oc->status == ST_PASS ? "ok" : "not ok", i + 1, oc->s->name);
        if (oc->status != ST_PASS) {
            buf_printf(out, "  ---\n  status: %s\n  at: %s:%d\n  detail: |\n", status_word(oc->status), oc->s->file, oc->s->line);
            indent_into(out, buf_cstr(&oc->detail), "    ");
            buf_puts(out, "  ...\n");
        }
    }
    if (r->file_errors) {
        buf_printf(out, "not ok %d - scenario files read\n  ---\n  detail: |\n", n);
        indent_into(out, buf_cstr(&r->file_error_text), "    ");
        buf_puts(out, "  ...\n");
    }
    if (r->o->coverage) {
        Buf cov;
        buf_init(&cov);
        coverage_report(r, &cov, false, overall);
        indent_into(out, buf_cstr(&cov), "# ");
        buf_free(&cov);
    }
    buf_printf(out, "# %d passed, %d failed\n", t->passed, t->bad);
}

static void write_junit(Runner *r, Buf *out, const Tally *tally, ScenarioFile *sfs, int nfiles)
{
    /* a malformed file is one testcase in error, however many errors it holds; so are the
     * paths that could not be read */
    int bad_files = r->unread_text.len ? 1 : 0;
    for (int f = 0; f < nfiles; f++)
        bad_files += sfs[f].nerrors ? 1 : 0;
    buf_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cite test\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n",
               r->noutcomes + bad_files, tally->failed, tally->errors + bad_files);
    if (r->unread_text.len) {
        buf_puts(out, "  <testsuite name=\"paths\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                      "    <testcase name=\"read\" classname=\"paths\"><error message=\"a path given cannot be read\">");
        xml_text(out, buf_cstr(&r->unread_text));
        buf_puts(out, "</error></testcase>\n  </testsuite>\n");
    }
    for (int f = 0; f < nfiles; f++) {
        int t = 0, fl = 0, er = 0;
        for (int i = 0; i < r->noutcomes; i++)
            if (r->outcomes[i].s->file == sfs[f].path) {
                t++;
                fl += r->outcomes[i].status == ST_FAIL;
                er += r->outcomes[i].status == ST_ERROR;
            }
        er += sfs[f].nerrors ? 1 : 0;
        buf_puts(out, "  <testsuite name=\"");
        xml_text(out, sfs[f].path);
        buf_printf(out, "\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n", t + (sfs[f].nerrors ? 1 : 0), fl, er);
        if (sfs[f].nerrors) {
            buf_puts(out, "    <testcase name=\"read\" classname=\"");
            xml_text(out, sfs[f].path);
            buf_puts(out, "\"><error message=\"malformed scenario file\">");
            xml_text(out, buf_cstr(&sfs[f].errors));
            buf_puts(out, "</error></testcase>\n");
        }
        for (int i = 0; i < r->noutcomes; i++) {
            Outcome *oc = &r->outcomes[i];
            if (oc->s->file != sfs[f].path)
                continue;
            buf_puts(out, "    <testcase name=\"");
            xml_text(out, oc->s->name);
            buf_puts(out, "\" classname=\"");
            xml_text(out, oc->s->file);
            buf_printf(out, "\" file=\"");
            xml_text(out, oc->s->file);
            buf_printf(out, "\" line=\"%d\"", oc->s->line);
            if (oc->status == ST_PASS) {
                buf_puts(out, "/>\n");
                continue;
            }
            buf_printf(out, "><%s message=\"%s\">", oc->status == ST_FAIL ? "failure" : "error",
                       oc->status == ST_FAIL ? "expected figure differs" : "malformed scenario");
            xml_text(out, buf_cstr(&oc->detail));
            buf_printf(out, "</%s></testcase>\n", oc->status == ST_FAIL ? "failure" : "error");
        }
        buf_puts(out, "  </testsuite>\n");
    }
    buf_puts(out, "</testsuites>\n");
}

static void write_human(Runner *r, Buf *out, const Tally *t, int nfiles, double *overall)
{
    for (int i = 0; i < r->noutcomes; i++) {
        Outcome *oc = &r->outcomes[i];
        if (oc->status == ST_PASS) {
            if (!r->o->quiet)
                buf_printf(out, "ok    %s  (%s:%d)\n", oc->s->name, oc->s->file, oc->s->line);
            continue;
        }
        buf_printf(out, "%s  %s  (%s:%d)\n", oc->status == ST_FAIL ? "FAIL " : "ERROR", oc->s->name, oc->s->file, oc->s->line);
        indent_into(out, buf_cstr(&oc->detail), "  ");
    }
    if (r->file_errors)
        buf_puts(out, buf_cstr(&r->file_error_text));
    if (r->o->coverage)
        coverage_report(r, out, false, overall);
    if (nfiles == 0)
        buf_puts(out, "cite: no scenario files (*.scenario) under the given paths\n");
    else if (r->o->filter && r->noutcomes == 0 && !r->file_errors)
        buf_printf(out, "cite: no scenario name matches --filter '%s'\n", r->o->filter);
    buf_printf(out, "%d passed, %d failed\n", t->passed, t->bad);
}

int test_main(const TestOptions *o)
{
    Runner r = { .o = o };
    ar_init(&r.arena);
    buf_init(&r.file_error_text);
    buf_init(&r.unread_text);
    const char **files = NULL;
    int nfiles = 0;
    for (int i = 0; i < o->npaths; i++)
        collect(&r, o->paths[i], &files, &nfiles);
    ScenarioFile *sfs = ar_alloc(&r.arena, sizeof(ScenarioFile) * (size_t)(nfiles + 1));
    int total = 0;
    for (int i = 0; i < nfiles; i++) {
        scenario_parse_file(&r.arena, files[i], &sfs[i]);
        if (sfs[i].nerrors) {
            buf_puts(&r.file_error_text, buf_cstr(&sfs[i].errors));
            r.file_errors += sfs[i].nerrors;
        }
        total += sfs[i].count;
    }
    /* A scenario reads only files under the current directory or under a PATH given on the
     * command line: a test file in a pull request cannot print the first bytes of
     * /etc/shadow into a CI log. */
    const char **roots = ar_alloc(&r.arena, sizeof(char *) * (size_t)(o->npaths + 1));
    int nroots = 0;
    roots[nroots++] = ".";
    for (int i = 0; i < o->npaths; i++) {
        struct stat st;
        bool dir = stat(o->paths[i], &st) == 0 && S_ISDIR(st.st_mode);
        const char *slash = strrchr(o->paths[i], '/');
        roots[nroots++] = dir ? o->paths[i] : slash ? ar_printf(&r.arena, "%.*s", (int)(slash - o->paths[i]) + 1, o->paths[i]) : ".";
    }
    for (int i = 0; i < nfiles; i++)
        for (int k = 0; k < sfs[i].count && !sfs[i].nerrors; k++) {
            const Scenario *sc = &sfs[i].items[k];
            for (int j = -1; j < sc->nrules; j++) {
                const char *path = j < 0 ? sc->case_path : sc->rules[j];
                if (!path || files_within(&r.arena, path, roots, nroots))
                    continue;
                buf_printf(&r.file_error_text, "%s:%d: error: %s %s is outside the directories a scenario may read "
                           "(the current directory and the PATHs given to cite test); it was not read\n",
                           sc->file, sc->line, j < 0 ? "case" : "rules", path);
                r.file_errors++;
                sfs[i].nerrors++;
                break;
            }
        }
    r.outcomes = ar_alloc(&r.arena, sizeof(Outcome) * (size_t)(total + 1));
    for (int i = 0; i < nfiles; i++) {
        if (sfs[i].nerrors)
            continue;       /* a malformed file runs nothing: its errors are reported instead */
        for (int k = 0; k < sfs[i].count; k++)
            if (selected(o, &sfs[i].items[k]))
                run_scenario(&r, &sfs[i].items[k], &r.outcomes[r.noutcomes++]);
    }
    int passed = 0, failed = 0, errors = 0;
    for (int i = 0; i < r.noutcomes; i++) {
        passed += r.outcomes[i].status == ST_PASS;
        failed += r.outcomes[i].status == ST_FAIL;
        errors += r.outcomes[i].status == ST_ERROR;
    }
    int bad = failed + errors + r.file_errors;
    Tally t = { passed, failed, errors, bad };
    Buf out;
    buf_init(&out);
    double overall = 100.0;
    if (o->json)
        write_json(&r, &out, &t, &overall);
    else if (o->format == FORMAT_TAP)
        write_tap(&r, &out, &t, &overall);
    else if (o->format == FORMAT_JUNIT)
        write_junit(&r, &out, &t, sfs, nfiles);
    else
        write_human(&r, &out, &t, nfiles, &overall);
    color_write(stdout, o->format == FORMAT_HUMAN && !o->json ? o->color : COLOR_NEVER, color_test_report,
                out.data ? out.data : "", out.len);
    int rc = r.file_errors || errors ? 2 : failed ? 1 : 0;
    if (rc == 0 && (nfiles == 0 || (o->filter && r.noutcomes == 0)))
        rc = 1;             /* nothing ran (no file, or a filter matching none): never a silent pass */
    if (rc == 0 && o->coverage && o->has_min && overall < o->coverage_min) {
        fflush(stdout);
        fprintf(stderr, "cite: coverage %.1f%% is below the minimum %.1f%%\n", overall, o->coverage_min);
        rc = 1;
    }
    buf_free(&out);
    for (int i = 0; i < r.noutcomes; i++)
        buf_free(&r.outcomes[i].detail);
    for (int i = 0; i < nfiles; i++)
        buf_free(&sfs[i].errors);
    for (int i = 0; i < r.nloaded; i++) {
        program_free(&r.loaded[i]->prog);
        buf_free(&r.loaded[i]->diags);
    }
    buf_free(&r.file_error_text);
    buf_free(&r.unread_text);
    ar_free(&r.arena);
    return rc;
}
