/* fuzz/fuzz_lower.c: the compiled form of arbitrary rules (src/code.c) against the tree walk,
 * and the fast case reader against cJSON for the inputs those rules declare.
 *
 * The input is one rule file, optionally followed by a NUL and a case (JSON) for it.
 * The rule file is loaded as fuzz_rules loads it (a file under /dev/shm, imports from there
 * and stdlib/, checked only without syntax errors). When it checks (code_compile has run),
 * every rule is evaluated with the compiled form and with the tree walk (tracing off, fresh
 * Evals and arenas; and the compiled form once more through one Eval reused from case to
 * case, as a `cite run` worker does), in two orders (outputs first, then last rule first),
 * and the results must be the same (differ.c; a difference aborts), over:
 *   - the empty case (facts_empty: defaults only);
 *   - two cases made from the input declarations: "full" (every input and field given, low
 *     bounds, first members, two list items, every table cell) and "sparse" (high bounds,
 *     last members, empty lists, one table cell, optional fields left out). Each is written
 *     with facts_to_json, the text is given to facts_parse_fast and facts_parse (they must
 *     agree, differ.c), and the facts facts_parse reads are evaluated;
 *   - the case after the NUL, if any, read the same way (fast reader checked against
 *     facts_parse, then evaluated when facts_parse accepts it).
 * The first NUL ends the rules, so the lexer's known NUL bugs (regressions/rules-nul-*) are
 * not reached from here. On a divergence the case's JSON is printed after the input. */
#include "common.h"
#include "differ.h"
#include "facts.h"
#include "flat.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char path[PATH_MAX + 32];
static char stdlib_dir[PATH_MAX + 16];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    snprintf(path, sizeof path, "%s/input.cite", fuzz_tmpdir());
    snprintf(stdlib_dir, sizeof stdlib_dir, "%s/stdlib", fuzz_top());
    return 0;
}

static Rat bound(const Type *t, int variant, Rat otherwise)
{
    return t->valid ? t->valid[variant ? 1 : 0].u.r : otherwise;
}

/* A value of type t: variant 0 "full", 1 "sparse". */
static void synth(Arena *a, const Type *t, int variant, int depth, Value *out)
{
    memset(out, 0, sizeof *out);
    if (depth > 12)
        return;
    switch (t->kind) {
    case T_BOOL: *out = value_bool(variant == 0); break;
    case T_NUMBER: *out = value_number(bound(t, variant, rat_int(variant ? 0 : 2))); break;
    case T_DAYS:
        out->kind = V_DAYS;
        out->u.r = bound(t, variant, rat_int(variant ? 0 : 30));
        break;
    case T_DURATION:
        *out = value_duration(bound(t, variant, rat_int(variant ? 0 : 90)), t->period);
        break;
    case T_DATE:
        out->kind = V_DATE;
        if (t->valid)
            out->u.d = t->valid[variant ? 1 : 0].u.d;
        else
            date_from_ymd(variant ? 2025 : 2026, variant ? 6 : 1, variant ? 30 : 15, &out->u.d);
        break;
    case T_TEXT:
        out->kind = V_TEXT;
        out->u.s = variant ? "" : "x";
        break;
    case T_ENUM: {
        int n = t->enm ? enum_size(t->enm) : 0;
        if (n > 0) {
            out->kind = V_ENUM;
            out->u.member = t->enm->u.enm.root_index[variant ? n - 1 : 0];
        }
        break;
    }
    case T_RECORD:
        out->kind = V_RECORD;
        out->u.agg.count = t->nfields;
        out->u.agg.items = ar_alloc(a, sizeof(Value) * (size_t)(t->nfields + 1));
        for (int i = 0; i < t->nfields; i++)
            if (!(variant && t->fields[i].optional))
                synth(a, t->fields[i].type, variant, depth + 1, &out->u.agg.items[i]);
        break;
    case T_LIST:
        out->kind = V_LIST;
        if (variant == 0 && t->elem) {
            out->u.agg.items = ar_alloc(a, sizeof(Value) * 3);
            synth(a, t->elem, 0, depth + 1, &out->u.agg.items[0]);
            synth(a, t->elem, 1, depth + 1, &out->u.agg.items[1]);
            out->u.agg.count = 2;
        }
        break;
    case T_TABLE: {
        if (!t->keys[0].enm || t->nkeys != 1 || !t->elem)
            break;          /* a case cannot give a table keyed by numbers */
        int n = key_size(&t->keys[0]);
        out->kind = V_TABLE;
        out->u.agg.count = n;
        out->u.agg.items = ar_alloc(a, sizeof(Value) * (size_t)(n + 1));
        for (int i = 0; i < n; i++)
            if (variant == 0 || i == n - 1)
                synth(a, t->elem, variant, depth + 1, &out->u.agg.items[i]);
        break;
    }
    default: break;
    }
}

static void case_facts(Program *p, Arena *a, int variant, Facts *f)
{
    facts_empty(p, a, f);
    for (int i = 0; i < p->ninputs; i++) {
        Value v;
        synth(a, p->inputs[i]->u.input.type, variant, 0, &v);
        if (v.kind != V_ABSENT)
            f->values[p->inputs[i]->index] = v;
    }
}

static void differential(Program *p, const Facts *f, Eval *runner, const char *what,
                         const char *input, size_t size)
{
    fuzz_eval_differential(p, f, false, runner, what, input, size);
    fuzz_eval_differential(p, f, true, runner, what, input, size);
}

/* A case as text: both readers must agree on it; facts_parse's facts are evaluated. */
static void text_case(Program *p, const char *json, size_t len, Eval *runner, const char *what,
                      const char *input, size_t size)
{
    char *rules = strndup(input, strnlen(input, size));
    fuzz_diff_note = rules;             /* a fast-reader report shows the case, then the rules */
    fuzz_check_fast_reader(p, json, len, what);
    Arena a;
    ar_init(&a);
    Buf err;
    buf_init(&err);
    Facts f;
    fuzz_diff_note = json;
    if (facts_parse(p, &a, "case.json", json, len, &f, &err))
        differential(p, &f, runner, what, input, size);
    fuzz_diff_note = NULL;
    free(rules);
    buf_free(&err);
    ar_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nul = memchr(text, '\0', size);
    size_t rules_len = nul ? (size_t)(nul - text) : size;

    FILE *fp = fopen(path, "wb");
    if (!fp) { perror(path); abort(); }
    if (rules_len && fwrite(data, 1, rules_len, fp) != rules_len) { perror(path); abort(); }
    fclose(fp);

    Program p;
    program_init(&p);
    program_add_search_dir(&p, fuzz_tmpdir());
    program_add_search_dir(&p, stdlib_dir);
    program_load_path(&p, path);
    bool ok = p.diags.errors == 0 && load_check(&p) && p.diags.errors == 0;
    if (ok) {
        facts_prepare(&p);      /* as cite run does, for facts_parse_fast */
        flat_inline(&p);        /* and its programs, small reads in place */
    }
    if (ok) {
        Arena memo;
        ar_init(&memo);
        Eval runner;
        eval_init(&runner, &p, &memo, NULL, false);

        Arena a;
        ar_init(&a);
        Facts f;
        facts_empty(&p, &a, &f);
        differential(&p, &f, &runner, "the empty case", text, size);
        for (int variant = 0; variant < 2; variant++) {
            case_facts(&p, &a, variant, &f);
            Buf json;
            buf_init(&json);
            facts_to_json(&p, &f, &json);
            text_case(&p, buf_cstr(&json), json.len, &runner, variant ? "the sparse case" : "the full case",
                      text, size);
            buf_free(&json);
        }
        ar_free(&a);
        if (nul)
            text_case(&p, nul + 1, size - rules_len - 1, &runner, "the case after the NUL", text, size);
        ar_free(&memo);
    }
    program_free(&p);
    return 0;
}
