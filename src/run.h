/* run.h: `cite run`: a caseload through the rules, and a reform's effect on it. */
#ifndef CITE_RUN_H
#define CITE_RUN_H

#include "program.h"

typedef struct RunOptions {
    const char *cases;                  /* .jsonl or .csv; "-" for standard input (JSONL) */
    const char *const *queries; int nqueries;
    const char *out, *summary;
    int jobs;
    bool has_date; Date date;           /* --date: every case as of this day, not its own date */
    bool csv;                           /* --format csv: a row a case, the results as columns */
    bool reference;                     /* the reference way: facts_parse and the tree walk, not
                                           facts_parse_fast and the compiled form */
} RunOptions;

/* Runs every case through `base` (and `reform`, if not NULL, both checked).
 * Returns 0 when every case evaluated, 1 when any failed, 2 when the input cannot be read. */
int run_main(const Program *base, const Program *reform, const RunOptions *o);

#endif
