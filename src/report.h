/* report.h: what a person or a program reads: results with their citations, the
 * explanation tree (`--explain`, `:why`), and the JSON forms of doc/contract.md section 3. */
#ifndef CITE_REPORT_H
#define CITE_REPORT_H

#include "eval.h"

/* Remembers which nodes were explained, so that a figure used twice is explained once
 * ("explained above") across all the results of one report. */
typedef struct Explainer {
    Arena arena;
    const TraceNode **seen;
    int nseen;
} Explainer;

void report_explainer_init(Explainer *x);
void report_explainer_free(Explainer *x);
/* "name = 152:25 hours/month  [W&I Code 12301.1]", one line per member for a table result;
 * with an explainer, the explanation tree instead. */
void report_human(Buf *out, const Result *r, Explainer *explain);
/* The explanation tree of a result (all its members). */
void report_explain(Buf *out, const Result *r, Explainer *x);
/* One member of a table result (--query task_weekly.dressing, the REPL's task_weekly.dressing):
 * "name[member] = ..." (sep '[') or "name.member = ..." (sep '.'), or its explanation. */
void report_member(Buf *out, const Result *r, int member, Explainer *explain, char sep);
void report_member_json(Buf *out, const Result *r, int member);
void report_member_trace_json(Buf *out, const Result *r, int member);
/* The JSON value of a result ({"error": ...} when it failed). */
void report_value_json(Buf *out, const Result *r);
/* The JSON trace node(s) of a result: a node, or an object of nodes by member. */
void report_trace_json(Buf *out, const Result *r);
/* Citations of a result as "[MPP 30-757.14]" (the applied definitions'). */
const char *report_cites(Arena *a, const Result *r, int member);
/* new - old, for numbers and durations (false for other kinds). */
bool report_difference(const Value *old, const Value *new_, Value *diff);
/* "+1:30 hours/week", "-2", for a difference. */
void report_signed(Buf *out, const Value *diff, const Type *t);

/* What eval prints: the results (one line each, or their explanation trees), or with json
 * the object of doc/contract.md section 3 ({"results": ..., "trace": ...}). People read the
 * headline results (one value each) first, in the order the rules declare them, then the
 * tables, whose entries that are 0:00 or false are left out unless `all`. JSON keeps
 * every result in its place and every entry. */
/* members[i] >= 0: only that entry of result i (--query task_weekly.dressing); NULL: none. */
void report_eval(Buf *out, const Result *res, const int *members, int n, bool json, bool explain, bool all);

#endif
