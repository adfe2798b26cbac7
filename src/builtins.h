/* builtins.h: the functions the language provides (DESIGN.md 1.9). */
#ifndef CITE_BUILTINS_H
#define CITE_BUILTINS_H

typedef enum BuiltinId {
    B_MIN, B_MAX, B_CLAMP, B_ABS, B_ROUND, B_PER_MONTH, B_PER_WEEK, B_HAS,
    B_LOW, B_HIGH, B_PRORATE,
} BuiltinId;

/* The most arguments any built-in takes (min and max): callers size their arrays by it. */
#define BUILTIN_MAX_ARGS 8

struct Builtin {
    const char *name;
    BuiltinId id;
    int min_args, max_args;
    const char *usage;
};

typedef struct Builtin Builtin;
const Builtin *builtin_find(const char *name);
/* Rounding modes by name (round's third argument); -1 if unknown. */
int builtin_round_mode(const char *name);
/* How many of a call's nargs arguments are values to evaluate: all but round's mode, a name. */
int builtin_value_args(const Builtin *fn, int nargs);

#endif
