/* listing.h: eval's results as a document (doc.h): the headline results first, in the
 * order the rules declare (`output N`), then the other outputs; or the JSON of
 * doc/contract.md 3 as the document's data, for doc.c's one JSON writer. */
#ifndef CITE_LISTING_H
#define CITE_LISTING_H

#include "doc.h"
#include "report.h"

typedef struct Listing {
    const Decl **rules;         /* the results asked for (--query), or every output */
    const int *members;         /* per result: the table entry asked for, or -1 */
    const Result *results;
    int n;
    const OutputView *view;
    bool queried;               /* --query: the results as asked, in that order, in full */
    bool explain;               /* each figure's explanation tree */
} Listing;

/* The order results are shown in: with --query, as asked; else the headlines by their place,
 * then the other outputs as the rules declare them (one figure each, then the tables),
 * `unverified` last. order[] gets n indexes. */
void listing_order(const Listing *l, int *order);
/* The human listing: "name = value  [citations]", lines within 100 columns. Without --all
 * and --query, a table's 0:00 or false entries share one line, and the outputs that are not
 * headlines are named at the end rather than listed. */
void listing_eval(Doc *d, const Listing *l);
/* {"results": {NAME: VALUE}, "trace": {NAME: NODE}} (the trace with explain), as data. */
void listing_eval_json(Doc *d, const Listing *l);

#endif
