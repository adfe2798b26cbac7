/* fuzz/differ.c: see differ.h. */
#include "differ.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>

unsigned long fuzz_diff_compared_rules;
const char *fuzz_diff_note;

static const char *const kind_names[] = {
    "absent", "bool", "number", "duration", "days", "date", "enum", "text",
    "range", "record", "list", "table",
};

static const char *kind_name(ValueKind k)
{
    return (unsigned)k < sizeof kind_names / sizeof *kind_names ? kind_names[k] : "?";
}

/* Every field of a value, aggregates in full: for a report, not for users. */
static void dump(Buf *b, const Value *v)
{
    switch (v->kind) {
    case V_ABSENT: buf_puts(b, "absent"); break;
    case V_BOOL: buf_puts(b, v->u.b ? "true" : "false"); break;
    case V_NUMBER: case V_DAYS: case V_DURATION:
        buf_printf(b, "%s(%lld/%lld", kind_name(v->kind), (long long)v->u.r.num, (long long)v->u.r.den);
        if (v->kind == V_DURATION)
            buf_printf(b, " period %d", (int)v->period);
        buf_puts(b, ")");
        break;
    case V_DATE: buf_printf(b, "date(%d)", (int)v->u.d); break;
    case V_ENUM: buf_printf(b, "member(%d)", v->u.member); break;
    case V_TEXT: buf_puts(b, "text("); json_string(b, v->u.s); buf_puts(b, ")"); break;
    case V_RANGE: case V_RECORD: case V_LIST: case V_TABLE:
        buf_printf(b, "%s[", kind_name(v->kind));
        for (int i = 0; i < v->u.agg.count; i++) {
            buf_puts(b, i ? ", " : "");
            if (v->u.agg.items)
                dump(b, &v->u.agg.items[i]);
            else
                buf_puts(b, "(no items)");
        }
        buf_puts(b, "]");
        break;
    default: buf_printf(b, "kind %d", (int)v->kind); break;
    }
}

static bool same_at(const Value *a, const Value *b, Buf *why, const char *where)
{
    if (a->kind != b->kind) {
        if (why)
            buf_printf(why, "%s: kind %s vs %s", where, kind_name(a->kind), kind_name(b->kind));
        return false;
    }
    bool ok = true;
    switch (a->kind) {
    case V_ABSENT: break;
    case V_BOOL: ok = a->u.b == b->u.b; break;
    case V_NUMBER: case V_DAYS:
        ok = a->u.r.num == b->u.r.num && a->u.r.den == b->u.r.den;
        break;
    case V_DURATION:
        ok = a->period == b->period && a->u.r.num == b->u.r.num && a->u.r.den == b->u.r.den;
        break;
    case V_DATE: ok = a->u.d == b->u.d; break;
    case V_ENUM: ok = a->u.member == b->u.member; break;
    case V_TEXT: ok = (a->u.s == NULL) == (b->u.s == NULL) && (!a->u.s || strcmp(a->u.s, b->u.s) == 0); break;
    case V_RANGE: case V_RECORD: case V_LIST: case V_TABLE:
        if (a->u.agg.count != b->u.agg.count) {
            if (why)
                buf_printf(why, "%s: %d items vs %d", where, a->u.agg.count, b->u.agg.count);
            return false;
        }
        for (int i = 0; i < a->u.agg.count; i++) {
            /* a list or table of no items may have no array: it equals one of absent items */
            Value none = value_absent();
            const Value *x = a->u.agg.items ? &a->u.agg.items[i] : &none;
            const Value *y = b->u.agg.items ? &b->u.agg.items[i] : &none;
            char sub[256];
            snprintf(sub, sizeof sub, "%s[%d]", where, i);
            if (!same_at(x, y, why, sub))
                return false;
        }
        return true;
    }
    if (!ok && why) {
        buf_printf(why, "%s: ", where);
        dump(why, a);
        buf_puts(why, " vs ");
        dump(why, b);
    }
    return ok;
}

bool fuzz_value_same(const Value *a, const Value *b, Buf *why)
{
    return same_at(a, b, why, "value");
}

static void show_input(const char *input, size_t len)
{
    fprintf(stderr, "--- input (%zu bytes)\n%.*s\n---\n", len, (int)(len > 4000 ? 4000 : len), input ? input : "");
    if (fuzz_diff_note)
        fprintf(stderr, "--- and\n%s\n---\n", fuzz_diff_note);
}

static unsigned long fast_accepted, fast_tried;

static void print_stats(void)
{
    fprintf(stderr, "fuzz: differ: %lu rule results compared; fast reader accepted %lu of %lu texts\n",
            fuzz_diff_compared_rules, fast_accepted, fast_tried);
}

/* FUZZ_DIFF_STATS=1: counts printed at exit (to see that the checks run at all). */
static void stats_once(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    const char *env = getenv("FUZZ_DIFF_STATS");
    if (env && *env == '1')
        atexit(print_stats);
}

bool fuzz_check_fast_reader(const Program *p, const char *text, size_t len, const char *what)
{
    stats_once();
    fast_tried++;
    Arena fa;
    ar_init(&fa);
    Facts fast;
    if (!facts_parse_fast(p, &fa, text, len, &fast)) {
        ar_free(&fa);
        return false;
    }
    fast_accepted++;
    Arena ra;
    ar_init(&ra);
    Facts ref;
    Buf err;
    buf_init(&err);
    if (!facts_parse(p, &ra, "case.json", text, len, &ref, &err)) {
        fprintf(stderr, "fuzz: %s: facts_parse_fast accepted a case that facts_parse rejects:\n%s",
                what, buf_cstr(&err));
        show_input(text, len);
        abort();
    }
    if (fast.count != ref.count) {
        fprintf(stderr, "fuzz: %s: fast reader gives %d facts, facts_parse %d\n", what, fast.count, ref.count);
        show_input(text, len);
        abort();
    }
    for (int i = 0; i < p->ninputs; i++) {
        Buf why;
        buf_init(&why);
        if (!fuzz_value_same(&fast.values[i], &ref.values[i], &why)) {
            Buf v1, v2;
            buf_init(&v1);
            buf_init(&v2);
            dump(&v1, &fast.values[i]);
            dump(&v2, &ref.values[i]);
            fprintf(stderr, "fuzz: %s: fact '%s' differs: facts_parse_fast read %s\n  facts_parse read %s\n  (%s)\n",
                    what, p->inputs[i]->name, buf_cstr(&v1), buf_cstr(&v2), buf_cstr(&why));
            show_input(text, len);
            abort();
        }
        buf_free(&why);
    }
    buf_free(&err);
    ar_free(&ra);
    ar_free(&fa);
    return true;
}

/* ---- the compiled form against the tree walk ---- */

static bool message_only(void)
{
    static int v = -1;
    if (v < 0) {
        const char *env = getenv("FUZZ_DIFF_MESSAGE_ONLY");
        v = env && *env == '1';
    }
    return v;
}

/* Outputs first (what `cite run` evaluates), then the rest, each group in declaration order;
 * or all of it reversed. */
static void order_rules(const Program *p, bool reverse, const Decl **out)
{
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < p->nrules; i++)
            if (p->rules[i]->u.rule.output == (pass == 0))
                out[n++] = p->rules[i];
    if (reverse)
        for (int i = 0; i < n / 2; i++) {
            const Decl *t = out[i];
            out[i] = out[n - 1 - i];
            out[n - 1 - i] = t;
        }
}

static bool same_cites(const CiteList *a, const CiteList *b)
{
    if (a->count != b->count)
        return false;
    for (int i = 0; i < a->count; i++)
        if (strcmp(a->items[i].text, b->items[i].text) != 0)
            return false;
    return true;
}

/* FUZZ_DIFF_SKIP_KNOWN=1, for campaigns while it is open: a result that is an
 * evaluation-depth error on either side is not compared (regressions/eval-compiled-frames-*:
 * the compiled form and the tree walk count nesting levels differently, and the stack message
 * holds the levels and KB used). */
static bool skip_known(void)
{
    static int v = -1;
    if (v < 0) {
        const char *env = getenv("FUZZ_DIFF_SKIP_KNOWN");
        v = env && *env == '1';
    }
    return v;
}

static bool nesting_error(const Result *r)
{
    return r->error && strncmp(r->error->message, "the evaluation nests ", 21) == 0;
}

/* Empty when the two results are the same; else what differs. */
static void compare_results(const Result *x, const Result *y, Buf *why)
{
    if (skip_known() && (nesting_error(x) || nesting_error(y)))
        return;
    if (!x->error != !y->error) {
        buf_puts(why, "one is an error, the other a value");
        return;
    }
    if (x->error) {
        if (strcmp(x->error->message, y->error->message) != 0)
            buf_puts(why, "error messages differ");
        else if (!message_only() && x->error->rule != y->error->rule)
            buf_puts(why, "errors name different rules");
        else if (!message_only() && !same_cites(&x->error->cites, &y->error->cites))
            buf_puts(why, "errors cite differently");
        return;
    }
    fuzz_value_same(&x->value, &y->value, why);
}

static void report_result(const char *label, const Result *r)
{
    Buf b;
    buf_init(&b);
    report_value_json(&b, r);
    if (!r->error) {
        buf_puts(&b, "\n      exact: ");
        dump(&b, &r->value);
    }
    fprintf(stderr, "  %s: %s\n", label, buf_cstr(&b));
    buf_free(&b);
}

void fuzz_eval_differential(const Program *p, const Facts *f, bool reverse, Eval *persistent,
                            const char *what, const char *input, size_t input_len)
{
    stats_once();
    if (!p->nrules)
        return;
    const Decl **rules = malloc(sizeof *rules * (size_t)p->nrules);
    order_rules(p, reverse, rules);
    /* value only: compiled without unverified marks, as `cite run` asked for results that do
     * not need them, so that the value-only form (eval.c vm_result) runs; `unverified`
     * itself, which turns the marks on, is left to the other modes */
    enum { COMPILED, TREE_WALK, VALUE_ONLY, REUSED };
    int nmodes = persistent ? 4 : 3;
    static const char *const mode_names[] = { "compiled", "tree walk", "value only (compiled, no marks)",
                                              "compiled (reused Eval)" };
    Arena arenas[4];
    Result *res[4];
    for (int m = 0; m < nmodes; m++) {
        ar_init(&arenas[m]);
        res[m] = ar_alloc(&arenas[m], sizeof(Result) * (size_t)p->nrules);
        Eval fresh, *e = &fresh;
        if (m != REUSED) {
            eval_init(&fresh, p, &arenas[m], f, false);
            fresh.tree_walk = m == TREE_WALK;
            if (m == VALUE_ONLY)
                eval_marks_for(&fresh, NULL, 0);
        } else {
            e = persistent;
            eval_next_case(e, &arenas[m], f);
        }
        for (int i = 0; i < p->nrules; i++)
            if (m != VALUE_ONLY || !rules[i]->u.rule.marks_output)
                res[m][i] = eval_result(e, rules[i]);
    }
    for (int m = 0; m < nmodes; m++) {
        if (m == TREE_WALK)
            continue;
        for (int i = 0; i < p->nrules; i++) {
            if (m == VALUE_ONLY && rules[i]->u.rule.marks_output)
                continue;
            Buf why;
            buf_init(&why);
            compare_results(&res[m][i], &res[TREE_WALK][i], &why);
            if (why.len) {
                fprintf(stderr, "fuzz: %s: rule '%s' (evaluated %d of %d, %s) differs, %s vs tree walk: %s\n",
                        what, rules[i]->name, i + 1, p->nrules, reverse ? "last first" : "outputs first",
                        mode_names[m], buf_cstr(&why));
                report_result(mode_names[m], &res[m][i]);
                report_result("tree walk", &res[TREE_WALK][i]);
                show_input(input, input_len);
                abort();
            }
            buf_free(&why);
        }
    }
    fuzz_diff_compared_rules += (unsigned long)p->nrules;
    for (int m = 0; m < nmodes; m++)
        ar_free(&arenas[m]);
    free(rules);
}
