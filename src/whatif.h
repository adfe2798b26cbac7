/* whatif.h: what changes between two evaluations of the same rules, the baseline case and
 * the case with some facts changed (cite whatif, the REPL's :whatif): result by result and
 * member by member, old -> new, with the difference; and cite whatif's document. */
#ifndef CITE_WHATIF_H
#define CITE_WHATIF_H

#include "doc.h"
#include "report.h"

/* Whether two results of one rule are the same: equal values, or errors with one message. */
bool whatif_same(const Result *a, const Result *b);

typedef struct WhatifChange {
    int member;                 /* the parameter's member (local index), or -1: no parameter */
    const Value *old, *new_;    /* NULL on a side whose result is an error */
    bool has_difference;        /* new - old, for numbers, durations and days */
    Value difference;
} WhatifChange;

/* The members of a rule's two results that differ, into *out (allocated in `a`); returns how
 * many. When either side is an error, every member (or the one value) is a change. */
int whatif_changes(Arena *a, const Result *old, const Result *new_, WhatifChange **out);

/* The built-in `unverified` output's change: "unverified: N -> M marks" and a line "+ mark"
 * or "- mark" for each that came or went, each line after `indent`. */
void whatif_marks(Buf *out, const char *indent, const Value *old, const Value *new_);

/* One what-if, its two evaluations side by side: rules[i]'s result was old[i], is new_[i]. */
typedef struct Whatif {
    const char *const *sets; int nsets;     /* the changed facts as given (--set) */
    const Decl **rules; int n;
    const Result *old, *new_;
    const OutputView *view;
    bool queried;               /* --query: the results in the order asked */
} Whatif;

/* "What if ...?", the results that change, old -> new (difference) [citations], in the
 * order of eval's listing (headlines first), the unchanged ones named, and the changed
 * figures explained under the new facts. */
void whatif_document(Doc *d, const Whatif *w);
/* {"changed": {NAME: {"old", "new", "difference"}}, "unchanged": [...], "trace": {...}} as the
 * document's data (doc/contract.md 3). */
void whatif_json(Doc *d, const Whatif *w);

#endif
