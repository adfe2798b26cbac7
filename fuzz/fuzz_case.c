/* fuzz/fuzz_case.c: the input is a case file (JSON) for the rules in rules/.
 * The rules are loaded and checked once ($CITE_RULES, else TOP/rules). Each input is read
 * with facts_parse; when it is a valid case every rule marked output is evaluated with
 * tracing on and every report of it rendered (to /dev/null), as `cite eval --explain` and
 * `cite eval --json --explain` do.
 * The input may go on after a NUL byte: each NUL-separated piece after the case is an
 * assignment (`weekly_need.dressing=1:30`) applied with facts_set, as `cite whatif --set`
 * does; then the outputs are evaluated again over the changed case. The case is written
 * back with facts_to_json, and that JSON must read back (facts_parse) to the very same facts,
 * value for value, or the harness aborts: a case saved by the REPL's :save must load as it
 * was. The per-input arena is freed after each input. */
#include "common.h"
#include "facts.h"
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static Program prog;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    fuzz_load_rules(&prog);
    return 0;
}

/* The case written by facts_to_json must read back to the same facts. */
static void round_trip(Arena *a, const Facts *f, const char *what)
{
    Buf json, err;
    buf_init(&json);
    buf_init(&err);
    facts_to_json(&prog, f, &json);
    Facts back;
    bool ok = facts_parse(&prog, a, "saved.json", json.data ? json.data : "", json.len, &back, &err);
    for (int i = 0; ok && i < prog.ninputs; i++)
        if (!value_equal(&f->values[i], &back.values[i])) {
            Buf v1, v2;
            buf_init(&v1);
            buf_init(&v2);
            value_json(&v1, &f->values[i], prog.inputs[i]->u.input.type);
            value_json(&v2, &back.values[i], prog.inputs[i]->u.input.type);
            fprintf(stderr, "fuzz_case: %s: fact '%s' was %s, reads back as %s\n", what,
                    prog.inputs[i]->name, buf_cstr(&v1), buf_cstr(&v2));
            ok = false;
        }
    if (!ok) {
        fprintf(stderr, "fuzz_case: %s: the saved case does not read back as it was:\n%s\n%s",
                what, buf_cstr(&json), buf_cstr(&err));
        abort();
    }
    buf_free(&err);
    buf_free(&json);
}

static void eval_outputs(Arena *a, const Facts *f)
{
    Eval e;
    eval_init(&e, &prog, a, f, true);
    Explainer x;
    report_explainer_init(&x);
    for (int i = 0; i < prog.nrules; i++)
        if (prog.rules[i]->u.rule.output)
            fuzz_eval_and_report(&e, prog.rules[i], &x);
    report_explainer_free(&x);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nul = memchr(text, '\0', size);
    size_t case_len = nul ? (size_t)(nul - text) : size;
    Arena a;
    ar_init(&a);
    Buf err;
    buf_init(&err);
    Facts facts;
    if (facts_parse(&prog, &a, "case.json", text, case_len, &facts, &err)) {
        eval_outputs(&a, &facts);
        Facts changed = facts;
        bool set = fuzz_apply_sets(&prog, &a, text, case_len, size, &changed);
        if (set)
            eval_outputs(&a, &changed);
        round_trip(&a, &facts, "the case");
        if (set)
            round_trip(&a, &changed, "the case after --set");
    }
    buf_free(&err);
    ar_free(&a);
    return 0;
}
