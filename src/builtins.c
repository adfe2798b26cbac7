/* builtins.c: the table of built-in functions, for the checker and the evaluator. */
#include "builtins.h"
#include "rat.h"

#include <string.h>

static const Builtin builtins[] = {
    { "min", B_MIN, 2, BUILTIN_MAX_ARGS, "two to eight values of one unit" },
    { "max", B_MAX, 2, BUILTIN_MAX_ARGS, "two to eight values of one unit" },
    { "clamp", B_CLAMP, 2, 3, "(x, low, high) or (x, range)" },
    { "abs", B_ABS, 1, 1, "one number or duration" },
    { "round", B_ROUND, 3, 3, "(x, step, mode), mode one of down, up, half_up, half_even, toward_zero" },
    { "per_month", B_PER_MONTH, 2, 2, "(hours/week, weeks per month)" },
    { "per_week", B_PER_WEEK, 2, 2, "(hours/month, weeks per month)" },
    { "prorate", B_PRORATE, 2, 2, "(quantity, number of people)" },
    { "has", B_HAS, 1, 1, "one fact or table entry" },
    { "low", B_LOW, 1, 1, "one range" },
    { "high", B_HIGH, 1, 1, "one range" },
};

const Builtin *builtin_find(const char *name)
{
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(builtins[i].name, name) == 0)
            return &builtins[i];
    return NULL;
}

int builtin_round_mode(const char *name)
{
    static const struct { const char *name; RoundMode mode; } modes[] = {
        { "down", ROUND_DOWN }, { "up", ROUND_UP }, { "half_up", ROUND_HALF_UP },
        { "half_even", ROUND_HALF_EVEN }, { "toward_zero", ROUND_TOWARD_ZERO },
    };
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (strcmp(modes[i].name, name) == 0)
            return (int)modes[i].mode;
    return -1;
}

int builtin_value_args(const Builtin *fn, int nargs)
{
    return fn->id == B_ROUND ? 2 : nargs;
}
