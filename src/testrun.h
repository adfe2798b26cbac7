/* testrun.h: `cite test`: runs scenario files against the rules they name. */
#ifndef CITE_TESTRUN_H
#define CITE_TESTRUN_H

#include <stdbool.h>
#include "color.h"

typedef enum TestFormat { FORMAT_HUMAN, FORMAT_TAP, FORMAT_JUNIT } TestFormat;

typedef struct TestOptions {
    const char *const *paths; int npaths;
    TestFormat format;
    bool coverage, json;
    bool has_min; double coverage_min;    /* a percentage given by the user, compared only */
    const char *filter;
    bool quiet;                           /* human format: no "ok" lines */
    ColorMode color;                      /* human format on a terminal */
} TestOptions;

/* Returns the exit status: 0 all passed, 1 a failure (or coverage below the minimum),
 * 2 a scenario file that cannot be read or is malformed. */
int test_main(const TestOptions *o);

#endif
