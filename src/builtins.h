/* builtins.h: the functions the language provides (doc/language.md section 14), from the
 * table in builtins.def. */
#ifndef CITE_BUILTINS_H
#define CITE_BUILTINS_H

#include "limit.h"     /* BUILTIN_MAX_ARGS */

typedef enum BuiltinId {
#define BUILTIN(id, name, least, most, values, usage, check, eval) id,
#include "builtins.def"
#undef BUILTIN
    B_COUNT
} BuiltinId;

struct Builtin {
    const char *name;
    BuiltinId id;
    int min_args, max_args;
    int value_args;             /* how many are values to evaluate; -1: all */
    const char *usage;
};

typedef struct Builtin Builtin;
const Builtin *builtin_find(const char *name);
/* Every built-in, in the table's order: i from 0 to B_COUNT - 1. */
const Builtin *builtin_at(int i);
/* Rounding modes by name (round's third argument); -1 if unknown. */
int builtin_round_mode(const char *name);
/* How many of a call's nargs arguments are values to evaluate: all but round's mode, a name. */
int builtin_value_args(const Builtin *fn, int nargs);

#endif
