/* builtins.c: the names and arities of the built-in functions (builtins.def), for the
 * checker, the evaluator and cite fmt. */
#include "builtins.h"
#include "rat.h"
#include "limit.h"

#include <string.h>

static const Builtin builtins[] = {
#define BUILTIN(id, name, least, most, values, usage, check, eval) { name, id, least, most, values, usage },
#include "builtins.def"
#undef BUILTIN
};

#define BUILTIN(id, name, least, most, values, usage, check, eval) \
    _Static_assert(least <= most && most <= BUILTIN_MAX_ARGS, name ": at most BUILTIN_MAX_ARGS arguments");
#include "builtins.def"
#undef BUILTIN

const Builtin *builtin_at(int i)
{
    return i >= 0 && i < B_COUNT ? &builtins[i] : NULL;
}

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
    return fn->value_args >= 0 && fn->value_args < nargs ? fn->value_args : nargs;
}
