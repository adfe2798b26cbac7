/* fuzz/fuzz_fastpath.c: `cite run`'s two fast paths against their references, over cases for
 * the rules in rules/ ($CITE_RULES, else TOP/rules; any rule directory works, e.g.
 * CITE_RULES=tests/cli/compiled for kinds.cite).
 *
 * The input is a case (JSON), then optionally NUL-separated `--set` assignments, as for
 * fuzz_case (so the two share seeds).
 *  1. facts_parse_fast on the case text: when it accepts, facts_parse must accept the same
 *     text and read every fact deep-equal (differ.c), else abort.
 *  2. When facts_parse accepts the case, every rule (outputs first, as `cite run` evaluates
 *     them, then the others) is evaluated with the compiled form and with the tree walk
 *     (tracing off, fresh Evals and arenas), and with the compiled form again through one
 *     Eval kept across inputs (eval_next_case, as a `cite run` worker does); any result that
 *     differs (error vs value, the value deep, the error's message, rule or citations)
 *     aborts. The same again for the case changed by the assignments, when they apply.
 * Nothing is printed unless a check fails. */
#include "common.h"
#include "differ.h"
#include "facts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static Program prog;
static Arena memo;
static Eval runner;             /* the compiled form, reused case after case like cite run's */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    fuzz_load_rules(&prog);
    ar_init(&memo);
    eval_init(&runner, &prog, &memo, NULL, false);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nul = memchr(text, '\0', size);
    size_t case_len = nul ? (size_t)(nul - text) : size;

    fuzz_check_fast_reader(&prog, text, case_len, "the case");

    Arena a;
    ar_init(&a);
    Buf err;
    buf_init(&err);
    Facts facts;
    if (facts_parse(&prog, &a, "case.json", text, case_len, &facts, &err)) {
        fuzz_eval_differential(&prog, &facts, false, &runner, "the case", text, size);
        Facts changed = facts;
        if (fuzz_apply_sets(&prog, &a, text, case_len, size, &changed))
            fuzz_eval_differential(&prog, &changed, true, &runner, "the case after --set", text, size);
    }
    buf_free(&err);
    ar_free(&a);
    return 0;
}
