/* fuzz/common.h: what the harnesses share: finding the rules, loading them once. */
#ifndef CITE_FUZZ_COMMON_H
#define CITE_FUZZ_COMMON_H

#include <stdbool.h>
#include <stdio.h>
#include "program.h"
#include "load.h"
#include "eval.h"

/* The top of the source tree: $CITE_TOP, else two levels above the harness binary
 * (fuzz/build/fuzz_x), else the current directory. */
const char *fuzz_top(void);
/* $CITE_RULES, else TOP/rules. */
const char *fuzz_rules_path(void);
/* /dev/null opened once for writing; reports and diagnostics go there. */
FILE *fuzz_devnull(void);
/* Loads and checks the rules like `cite eval RULES` (rule directory first on the import
 * path, then TOP/stdlib); exits with a message if they do not check. */
void fuzz_load_rules(Program *p);
/* A private directory under /dev/shm (or $TMPDIR), created once, removed at exit. */
const char *fuzz_tmpdir(void);
/* Evaluates rule r with tracing, then renders every report of it into /dev/null-bound
 * buffers (human, explained, JSON value, JSON trace). */
void fuzz_eval_and_report(Eval *e, const Decl *r, void *explainer);
/* The --set assignments after a case: NUL-separated, from text[case_len] to text[size].
 * Applies them to *changed in order; true when there was one at least and each applied. */
bool fuzz_apply_sets(const Program *p, Arena *a, const char *text, size_t case_len, size_t size,
                     Facts *changed);

#endif
