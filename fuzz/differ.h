/* fuzz/differ.h: differential checks of cite run's two fast paths against their references,
 * shared by fuzz_fastpath (cases) and fuzz_lower (rule files).
 *
 *  - the fast case reader, facts_parse_fast, against facts_parse (the cJSON reader): when the
 *    fast reader accepts a text, facts_parse must accept it too and read every fact the same,
 *    deep (kinds, exact rationals, periods, dates, enum members, texts, aggregates item by
 *    item);
 *  - the compiled form of the rules (src/code.c, used when an Eval neither traces nor has
 *    tree_walk set) against the tree walk: every rule must give the same result, value for
 *    value, or the same error (message; and, unless FUZZ_DIFF_MESSAGE_ONLY=1, the same rule
 *    and citations, which `cite run` prints with it).
 * A divergence prints both sides and the input to stderr and abort()s. */
#ifndef CITE_FUZZ_DIFFER_H
#define CITE_FUZZ_DIFFER_H

#include "common.h"
#include "facts.h"

/* Deep equality of two values (stricter than value_equal: exact num/den, the period of a
 * duration, aggregates item by item). On a difference, `why` (if not NULL) says where. */
bool fuzz_value_same(const Value *a, const Value *b, Buf *why);

/* (1) facts_parse_fast against facts_parse on `text`. Returns whether the fast reader
 * accepted it. `what` names the input in a report. */
bool fuzz_check_fast_reader(const Program *p, const char *text, size_t len, const char *what);

/* (2) Every rule of p evaluated over f with the compiled form and with the tree walk
 * (tracing off, each with a fresh Eval and arena), outputs first, then the others, in
 * declaration order (reverse: last first), and compiled once more without unverified marks
 * (eval_marks_for), so that the value-only form runs; results compared. When `persistent` is given,
 * the compiled form is also run through it after eval_next_case, as a `cite run` worker
 * reuses one Eval (memo slots forgotten by generation) case after case; its memo must
 * live in its own arena (eval_init'ed by the caller with facts NULL, tracing false).
 * `what` and `input`/`input_len` are printed in a report. */
void fuzz_eval_differential(const Program *p, const Facts *f, bool reverse, Eval *persistent,
                            const char *what, const char *input, size_t input_len);

/* Printed after the input in a report when not NULL (fuzz_lower: the case's JSON). */
extern const char *fuzz_diff_note;

/* Rules whose results compared equal so far. */
extern unsigned long fuzz_diff_compared_rules;

#endif
