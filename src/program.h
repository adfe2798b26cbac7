/* program.h: a loaded and checked cite program: every module found on the command line
 * and through `import`, their declarations in one namespace, names resolved, types and
 * units checked, cycles and provable exception conflicts reported. */
#ifndef CITE_PROGRAM_H
#define CITE_PROGRAM_H

#include <stdio.h>
#include "ast.h"
#include "value.h"
#include "limit.h"


typedef struct Program {
    Arena arena;
    Diags diags;
    const char **search_path;   /* directories where `import a.b` looks for a/b.cite */
    int npath;
    Module **modules;
    int nmodules;
    Decl **enums, **inputs, **tables, **rules;   /* rules and tables: first version of each name */
    int nenums, ninputs, ntables, nrules;
    Decl *asof;                 /* the input that selects rule versions, or NULL */
    Mark **marks;               /* every unverified mark (a rule's, a definition's, a cell's) */
    int nmarks;
    Decl *unverified;           /* the built-in `unverified` output, when there are marks */
    Decl **names;               /* open-addressing table of every declared name */
    int names_cap, names_count;
    int noverride;              /* the first noverride modules are a reform: their rules and
                                   tables replace the same names in the modules after them */
    const char **loading;       /* import stack, for cycle messages */
    int nloading;
    bool unreadable;            /* a rule file could not be read (an I/O error): exit status 2 */
    struct Value *input_defaults;   /* facts_prepare: each input's value when a case does not give
                                       it (a record's fields and a table's cells read-only, shared) */
} Program;

void program_init(Program *p);
void program_free(Program *p);
/* Adds a directory to the import search path. */
void program_add_search_dir(Program *p, const char *dir);
/* Adds the library directories after the rule directories: each of $CITE_PATH, then
 * stdlib/ beside the program (a build tree), then the installed stdlib. */
void program_add_stdlib(Program *p);
/* The rules used when a command is given no PATH: $CITE_RULES, else rules/ beside the
 * program (a build tree), else the installed IHSS rules ($(pkgdatadir)/rules). */
const char *program_default_rules(Arena *a);
/* Loads a .cite file, or every .cite file under a directory (sorted, recursively).
 * Files of other kinds are ignored. Returns false when `path` cannot be read. */
bool program_load_path(Program *p, const char *path);
/* Resolves and checks everything loaded; returns true when there is no error. It does not
 * compile: load_check (load.h) checks, then compiles. */
bool program_check(Program *p);
/* What cite check adds once the rules are sound: a warning for each exception with no
 * reason in words (because "..."). */
void program_warn_reasons(Program *p);

/* The table of declared names, one namespace for every kind: the checker fills it
 * (program_add_name, once per name) and everything after looks names up in it. */
void program_add_name(Program *p, Decl *d);
Decl *program_lookup(const Program *p, const char *name);     /* any kind, or NULL */
/* Lookups by name after checking (NULL when absent). */
Decl *program_find(const Program *p, const char *name);       /* input, rule or table */
Decl *program_find_rule(const Program *p, const char *name);
Decl *program_find_input(const Program *p, const char *name);
Decl *program_find_enum(const Program *p, const char *name);
/* The closest declared name to `wrong` (any kind), for "did you mean", or NULL. */
const char *program_suggest(const Program *p, const char *wrong);
/* Says on f why --query `name` names no rule: a fact, a misspelling ("did you mean"), or,
 * where the command reports whole results only (!entries), an entry of a table rule
 * (task_weekly.dressing or task_weekly[dressing]: its table is the query). */
void program_unknown_rule(const Program *p, const char *name, bool entries, FILE *f);

#endif
