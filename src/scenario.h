/* scenario.h: scenario tests for rule files (`cite test`). A scenario file (*.scenario)
 * holds one or more scenarios in a line format an analyst reads without knowing JSON:
 *
 *   rules ../../rules                       -- for every scenario below (relative to this file)
 *   reform ../../examples/reform            -- optional: the rules as this reform changes them
 *   scenario "domestic prorated among four people"
 *     description "6 hours a month for the household, shared by 4 people"
 *     source "seed 004: 6 hours / 4 people = 1.5 hours per month; MPP 30-757.11(k)(1)"
 *     case ../../examples/adult-ipo.json    -- optional base case
 *   given
 *     household_members = 4
 *     ranks.domestic = 3
 *   expect
 *     domestic_monthly = 1:30 hours/month   cite "MPP 30-757.11(k)(1)"
 *     program_maximum = error "missing"
 */
#ifndef CITE_SCENARIO_H
#define CITE_SCENARIO_H

#include "arena.h"
#include <stdbool.h>

typedef struct Given { const char *path, *value; int line; } Given;

typedef struct Expect {
    const char *result;     /* rule name */
    const char *member;     /* for a rule with a parameter, or NULL */
    const char *value;      /* expected value text, unit stripped; NULL when an error is expected */
    const char *unit;       /* "hours/week" etc. as written, or NULL */
    const char *cite;       /* citation that must have produced it, or NULL */
    const char *error;      /* expected error substring, or NULL */
    int line;
} Expect;

typedef struct Scenario {
    const char *file;
    int line;
    const char *name, *description, *source;
    const char **rules; int nrules;         /* paths, resolved against the file's directory */
    const char **reforms; int nreforms;     /* a reform the rules run under (cite run --reform) */
    const char *case_path;                  /* resolved, or NULL */
    const char *date;                       /* YYYY-MM-DD, or NULL */
    int date_line;                          /* the line of 'date', for its error */
    Given *given; int ngiven;
    Expect *expect; int nexpect;
} Scenario;

typedef struct ScenarioFile {
    const char *path;
    Scenario *items; int count;
    Buf errors;             /* "file:line: error: ..." lines; a malformed file runs nothing */
    int nerrors;
} ScenarioFile;

/* Parses a scenario file into sf (strings in arena); syntax errors go to sf->errors. */
bool scenario_parse_file(Arena *a, const char *path, ScenarioFile *sf);
bool scenario_is_file(const char *path);

#endif
