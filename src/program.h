/* program.h: a loaded and checked cite program: every module found on the command line
 * and through `import`, their declarations in one namespace, names resolved, types and
 * units checked, cycles and provable exception conflicts reported. */
#ifndef CITE_PROGRAM_H
#define CITE_PROGRAM_H

#include "ast.h"
#include "value.h"

#define PROGRAM_MAX_FILE_BYTES   (8u << 20)   /* a rule file larger than 8 MiB is refused */
#define PROGRAM_MAX_IMPORT_DEPTH 32
#define PROGRAM_MAX_MODULES      1000
#define PROGRAM_MAX_MEMBERS      4096         /* members of one enum */

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
} Program;

void program_init(Program *p);
void program_free(Program *p);
/* Adds a directory to the import search path. */
void program_add_search_dir(Program *p, const char *dir);
/* Adds the library directories after the rule directories: each of $CITE_PATH, then
 * stdlib/ beside the program (a build tree), then the installed stdlib. */
void program_add_stdlib(Program *p);
/* Loads a .cite file, or every .cite file under a directory (sorted, recursively).
 * Files of other kinds are ignored. Returns false when `path` cannot be read. */
bool program_load_path(Program *p, const char *path);
/* Resolves and checks everything loaded; returns true when there is no error. */
bool program_check(Program *p);

/* Lookups by name after checking (NULL when absent). */
Decl *program_find(const Program *p, const char *name);       /* input, rule or table */
Decl *program_find_rule(const Program *p, const char *name);
Decl *program_find_input(const Program *p, const char *name);
/* The closest declared name to `wrong` (any kind), for "did you mean", or NULL. */
const char *program_suggest(const Program *p, const char *wrong);

/* Members of an enum by local position; root member index <-> name. */
const char *enum_member_name(const Decl *enm, int local);
int enum_find_member(const Decl *enm, const char *name);     /* local index or -1 */
int enum_size(const Decl *enm);
/* Number of cells of a table key and the cell of a key value (-1 if outside the key). */
int key_size(const Key *k);
int key_cell(const Key *k, const Value *v);
/* The text of a span of source (a condition, say), whitespace collapsed. */
const char *loc_text(Arena *a, Loc loc);

#endif
