/* program.c: finding, reading and parsing the modules of a program, and the table of
 * the names they declare. */
#include "program.h"
#include "parse.h"
#include "files.h"

#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void program_init(Program *p)
{
    memset(p, 0, sizeof *p);
    ar_init(&p->arena);
    diag_init(&p->diags, &p->arena);
}

void program_free(Program *p)
{
    ar_free(&p->arena);
    memset(p, 0, sizeof *p);
}

/* Names are found through a hash table filled as declarations are registered: a file of
 * 100,000 rules must check in a moment, not in the square of its size. */
static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

Decl *program_lookup(const Program *p, const char *name)
{
    if (!p->names_cap)
        return NULL;
    for (uint32_t i = name_hash(name) & (uint32_t)(p->names_cap - 1);; i = (i + 1) & (uint32_t)(p->names_cap - 1)) {
        Decl *d = p->names[i];
        if (!d || strcmp(d->name, name) == 0)
            return d;
    }
}

void program_add_name(Program *p, Decl *d)
{
    if (2 * (p->names_count + 1) > p->names_cap) {
        int cap = p->names_cap ? 2 * p->names_cap : 256;
        Decl **old = p->names;
        int oldcap = p->names_cap;
        p->names = ar_alloc(&p->arena, sizeof(Decl *) * (size_t)cap);
        p->names_cap = cap;
        p->names_count = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                program_add_name(p, old[i]);
    }
    /* open addressing needs a power-of-two table at most half full, or lookups never end */
    assert((p->names_cap & (p->names_cap - 1)) == 0 && 2 * (p->names_count + 1) <= p->names_cap);
    assert(!program_lookup(p, d->name));    /* one declaration per name: the checker says so first */
    uint32_t i = name_hash(d->name) & (uint32_t)(p->names_cap - 1);
    while (p->names[i])
        i = (i + 1) & (uint32_t)(p->names_cap - 1);
    p->names[i] = d;
    p->names_count++;
}

static Decl *lookup_kind(const Program *p, const char *name, DeclKind kind)
{
    Decl *d = program_lookup(p, name);
    return d && d->kind == kind ? d : NULL;
}

Decl *program_find_rule(const Program *p, const char *name) { return lookup_kind(p, name, D_RULE); }
Decl *program_find_input(const Program *p, const char *name) { return lookup_kind(p, name, D_INPUT); }

Decl *program_find(const Program *p, const char *name)
{
    Decl *d = program_lookup(p, name);
    return d && d->kind != D_ENUM ? d : NULL;
}

Decl *program_find_enum(const Program *p, const char *name) { return lookup_kind(p, name, D_ENUM); }

const char *program_suggest(const Program *p, const char *wrong)
{
    const char *best = NULL;
    int dist = 1000;
    Decl **lists[] = { p->inputs, p->rules, p->tables, p->enums };
    int counts[] = { p->ninputs, p->nrules, p->ntables, p->nenums };
    for (int l = 0; l < 4; l++)
        for (int i = 0; i < counts[l]; i++)
            diag_consider(wrong, lists[l][i]->name, &best, &dist);
    for (int i = 0; i < p->nenums; i++)
        for (int j = 0; j < p->enums[i]->u.enm.nmembers; j++)
            diag_consider(wrong, p->enums[i]->u.enm.members[j].name, &best, &dist);
    return best;
}

void program_unknown_rule(const Program *p, const char *name, bool entries, FILE *f)
{
    size_t stem = strcspn(name, ".[");
    if (!entries && name[stem]) {
        char table[256];
        const char *member = name + stem + 1;
        size_t len = strcspn(member, "]");
        snprintf(table, sizeof table, "%.*s", (int)(stem < 255 ? stem : 255), name);
        const Decl *r = program_find_rule(p, table);
        if (r && r->u.rule.param_decl) {
            fprintf(f, "cite: '%s' is an entry of the table '%s'; this command reports whole results: "
                    "--query %s gives %.*s with the table's other entries\n", name, table, table, (int)len, member);
            return;
        }
    }
    const char *best = program_suggest(p, name);
    if (program_find_input(p, name))
        fprintf(f, "cite: '%s' is a fact, not a rule; --query takes rules\n", name);
    else if (best)
        fprintf(f, "cite: unknown rule '%s'; did you mean '%s'?\n", name, best);
    else
        fprintf(f, "cite: unknown rule '%s'\n", name);
}

void program_add_search_dir(Program *p, const char *dir)
{
    for (int i = 0; i < p->npath; i++)
        if (strcmp(p->search_path[i], dir) == 0)
            return;
    AR_PUSH(&p->arena, p->search_path, p->npath, ar_strdup(&p->arena, dir));
}

/* `rel` beside the running program's directory ("../stdlib": a build tree's), if it is a
 * directory: its real path into `out` (PATH_MAX bytes). */
static bool beside_program(const char *rel, char *out)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 16);
    if (n <= 0)
        return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash || strlen(rel) + (size_t)(slash - exe) + 2 > sizeof exe)
        return false;
    snprintf(slash, sizeof exe - (size_t)(slash - exe), "/%s", rel);
    struct stat st;
    return stat(exe, &st) == 0 && S_ISDIR(st.st_mode) && realpath(exe, out);
}

void program_add_stdlib(Program *p)
{
    const char *env = getenv("CITE_PATH");
    if (env && *env) {
        char *copy = ar_strdup(&p->arena, env), *save = NULL;
        for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save))
            program_add_search_dir(p, dir);
    }
    char real[PATH_MAX];
    if (beside_program("../stdlib", real))
        program_add_search_dir(p, real);
    program_add_search_dir(p, CITE_STDLIB_DIR);
}

const char *program_default_rules(Arena *a)
{
    const char *env = getenv("CITE_RULES");
    if (env && *env)
        return ar_strdup(a, env);
    char real[PATH_MAX];
    if (beside_program("../rules", real))
        return ar_strdup(a, real);
    return CITE_RULES_DIR;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static Module *find_module(const Program *p, const char *real)
{
    for (int i = 0; i < p->nmodules; i++)
        if (strcmp(p->modules[i]->realpath, real) == 0)
            return p->modules[i];
    return NULL;
}

static bool load_file(Program *p, const char *path, const char *module_name, Loc from);

/* `import a.b` -> a/b.cite on the search path. */
static void load_import(Program *p, Decl *imp)
{
    const char *name = imp->u.import.module;
    char rel[PATH_MAX];
    size_t n = strlen(name);
    if (n + 6 >= sizeof rel) {
        diag_error(&p->diags, imp->loc, "module name is too long");
        return;
    }
    for (size_t i = 0; i <= n; i++)
        rel[i] = name[i] == '.' ? '/' : name[i];
    strcat(rel, ".cite");
    for (int i = 0; i < p->npath; i++) {
        char full[PATH_MAX];
        if (snprintf(full, sizeof full, "%s/%s", p->search_path[i], rel) >= (int)sizeof full)
            continue;
        struct stat st;
        if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
            load_file(p, full, name, imp->loc);
            return;
        }
    }
    Buf b; buf_init(&b);
    for (int i = 0; i < p->npath; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", p->search_path[i]);
    diag_error(&p->diags, imp->loc, "no module '%s' (looked for %s in: %s)", name, rel,
               p->npath ? buf_cstr(&b) : "no directories");
    buf_free(&b);
}

static char *read_whole(Program *p, const char *path, size_t *len, Loc from)
{
    char *text = NULL;
    switch (ar_read_file(&p->arena, path, PROGRAM_MAX_FILE_BYTES, &text, len)) {
    case AR_READ_OK:
        return text;
    case AR_READ_CANNOT:
        diag_error(&p->diags, from, "cannot read %s: %s", path, strerror(errno));
        p->unreadable = true;
        return NULL;
    case AR_READ_TOO_BIG:
        diag_error(&p->diags, from, "%s is larger than %u bytes; rule files are limited to that", path,
                   PROGRAM_MAX_FILE_BYTES);
        return NULL;
    }
    return NULL;
}

static bool load_file(Program *p, const char *path, const char *module_name, Loc from)
{
    char real[PATH_MAX];
    if (!realpath(path, real)) {
        diag_error(&p->diags, from, "cannot read %s: %s", path, strerror(errno));
        return false;
    }
    for (int i = 0; i < p->nloading; i++) {
        if (strcmp(p->loading[i], real) == 0) {
            Buf b; buf_init(&b);
            for (int j = i; j < p->nloading; j++)
                buf_printf(&b, "%s -> ", p->loading[j]);
            buf_puts(&b, real);
            diag_error(&p->diags, from, "import cycle: %s", buf_cstr(&b));
            buf_free(&b);
            return false;
        }
    }
    if (find_module(p, real))
        return true;
    if (p->nloading >= PROGRAM_MAX_IMPORT_DEPTH) {
        diag_error(&p->diags, from, "imports nest deeper than %d files", PROGRAM_MAX_IMPORT_DEPTH);
        return false;
    }
    if (p->nmodules >= PROGRAM_MAX_MODULES) {
        diag_error(&p->diags, from, "more than %d modules", PROGRAM_MAX_MODULES);
        return false;
    }
    size_t len = 0;
    char *text = read_whole(p, path, &len, from);
    if (!text)
        return false;
    Source *src = ar_alloc(&p->arena, sizeof *src);
    src->path = ar_strdup(&p->arena, path);    /* as the user gave it, for messages */
    src->text = text;
    src->len = len;
    Module *m = ar_alloc(&p->arena, sizeof *m);
    m->name = ar_strdup(&p->arena, module_name);
    m->realpath = ar_strdup(&p->arena, real);  /* so it is loaded once however it is named */
    m->src = src;
    AR_PUSH(&p->arena, p->modules, p->nmodules, m);
    AR_PUSH(&p->arena, p->loading, p->nloading, m->realpath);
    parse_module(&p->arena, &p->diags, src, m);
    for (int i = 0; i < m->ndecls; i++)
        if (m->decls[i]->kind == D_IMPORT)
            load_import(p, m->decls[i]);
    p->nloading--;
    return true;
}

/* Every .cite file under dir, in sorted order so that diagnostics are reproducible; each is
 * known by its path below the root, dots for slashes, without the suffix. */
static void load_dir(Program *p, const char *dir)
{
    const char **files = NULL;
    int n = 0;
    const char *unread, *why;
    files_list_all(&p->arena, dir, ".cite", &files, &n, &unread, &why);
    if (unread)     /* its rules would be missing from every figure, silently */
        diag_error(&p->diags, (Loc){0}, "cannot read %s: %s; the rules under it were not loaded", unread, why);
    for (int i = 0; i < n; i++) {
        char *mod = ar_strdup(&p->arena, files[i] + strlen(dir) + 1);
        mod[strlen(mod) - 5] = '\0';
        for (char *c = mod; *c; c++)
            if (*c == '/') *c = '.';
        load_file(p, files[i], mod, (Loc){0});
    }
}

bool program_load_path(Program *p, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        diag_error(&p->diags, (Loc){0}, "cannot read %s: %s", path, strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        size_t n = strlen(path);
        char *dir = ar_strdup(&p->arena, path);
        while (n > 1 && dir[n - 1] == '/')
            dir[--n] = '\0';
        program_add_search_dir(p, dir);
        load_dir(p, dir);
        return true;
    }
    if (!has_suffix(path, ".cite"))
        return true;            /* scenarios and other files are not rules */
    char *dir = ar_strdup(&p->arena, path);
    char *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : dir;
    char *mod = ar_strdup(&p->arena, base);
    mod[strlen(mod) - 5] = '\0';
    if (slash) {
        *slash = '\0';
        program_add_search_dir(p, dir[0] ? dir : "/");
    } else {
        program_add_search_dir(p, ".");
    }
    return load_file(p, path, mod, (Loc){0});
}
