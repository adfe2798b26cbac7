/* load.c: the one way from PATHs to a program ready to evaluate. */
#include "load.h"
#include "code.h"
#include "flat.h"

#include <string.h>
#include <sys/stat.h>

bool load_check(Program *p)
{
    if (!program_check(p))
        return false;
    code_compile(p);
    flat_compile(p);
    return true;
}

LoadStatus load_paths(Program *p, const char *const *paths, int npaths,
                      const char *const *reforms, int nreforms)
{
    /* a reform's files come first: their rules replace the baseline's of the same name */
    for (int i = 0; i < nreforms; i++)
        program_load_path(p, reforms[i]);
    p->noverride = p->nmodules;
    /* the rule directories come first on the import path, so they can shadow stdlib */
    for (int i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            program_add_search_dir(p, paths[i]);
        } else {
            char *dir = ar_strdup(&p->arena, paths[i]);
            char *slash = strrchr(dir, '/');
            if (slash) *slash = '\0';
            program_add_search_dir(p, slash ? (dir[0] ? dir : "/") : ".");
        }
    }
    program_add_stdlib(p);
    bool readable = true;
    for (int i = 0; i < npaths; i++)
        readable &= program_load_path(p, paths[i]);
    if (!readable || p->unreadable)
        return LOAD_UNREADABLE;
    if (p->diags.errors == 0)
        load_check(p);
    return p->diags.errors ? LOAD_INVALID : LOAD_OK;
}
