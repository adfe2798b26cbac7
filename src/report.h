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
    const struct OutputView *view;  /* or NULL: under it, the 0:00 and false entries of keys
                                     * the case lacks share one line (eval --explain) */
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

/* ---- outputs not asked for by name (doc/contract.md 3, v2) ----
 * Without --query, an output that only lacks a fact of the case is not evaluated, rather
 * than failed: {"missing": [FACT]} in JSON, a line naming the fact and its description in
 * words; and a table output leaves out its 0:00 and false entries for keys the case says
 * nothing about (a task it has no rank, need or other fact for), unless all are asked for. */

/* The members of each enum that the case speaks of: a key of one of its tables, or a value.
 * Only enums that key some input table are tracked: their entries are the ones left out. */
typedef struct CaseKeys {
    bool **present;             /* per root enum (Decl.index): per member, or NULL if untracked */
} CaseKeys;

void report_case_keys(CaseKeys *k, Arena *a, const Program *p, const Facts *f);

typedef struct OutputView {
    bool missing_ok;            /* not asked for by name: a missing fact is "not evaluated" */
    bool all;                   /* every entry of a table output (--all) */
    const CaseKeys *keys;       /* which entries the case has, or NULL (show all) */
} OutputView;

/* Why an output is not evaluated: "the case has no age (the recipient's age in years), which
 * the rule minor reads" (the rule named when it is not the output itself). */
const char *report_lacks(Arena *a, const Result *r);
/* Whether a result is an output that only lacks a fact (so neither shown as failed nor
 * counted as a failure) under the view. */
bool report_not_evaluated(const Result *r, const OutputView *v);
/* Whether member i of a table result is shown under the view: always, unless it is 0:00 or
 * false and its key is one the case says nothing about. */
bool report_member_shown(const Result *r, int i, const OutputView *v);
/* 0:00, 0 or false: an entry that says nothing. */
bool report_is_zero(const Value *v);
/* report_human under a view: "name: not evaluated: ...", entries left out. */
void report_output(Buf *out, const Result *r, Explainer *explain, const OutputView *v);
/* report_value_json under a view: {"missing": [FACT]} for an output that only lacks a fact. */
void report_output_json(Buf *out, const Result *r, const OutputView *v);
/* The JSON trace node(s) of a result: a node, or an object of nodes by member. */
void report_trace_json(Buf *out, const Result *r);
/* Explanation text with its lines within 100 columns: a longer line goes on at its indent
 * plus 4, broken at a space outside a citation's brackets where it can be. */
void report_wrap(Buf *out, const char *text);
/* Citations of a result as "[MPP 30-757.14]" (the applied definitions'). */
const char *report_cites(Arena *a, const Result *r, int member);
/* "[MPP 30-757; ACL 98-53]" */
const char *report_cite_list(Arena *a, const CiteList *l);
/* new - old, for numbers and durations (false for other kinds). */
bool report_difference(const Value *old, const Value *new_, Value *diff);
/* "+1:30 hours/week", "-2", for a difference. */
void report_signed(Buf *out, const Value *diff, const Type *t);


#endif
