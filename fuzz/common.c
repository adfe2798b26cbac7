/* fuzz/common.c: see common.h. */
#include "common.h"
#include "facts.h"
#include "flat.h"
#include "report.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *fuzz_top(void)
{
    static char top[PATH_MAX];
    if (top[0])
        return top;
    const char *env = getenv("CITE_TOP");
    if (env && *env) {
        snprintf(top, sizeof top, "%s", env);
        return top;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) {        /* fuzz/build/fuzz_x -> top */
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = '\0';
        }
        char probe[PATH_MAX + 16];
        snprintf(probe, sizeof probe, "%s/rules", exe);
        if (access(probe, R_OK) == 0) {
            snprintf(top, sizeof top, "%s", exe);
            return top;
        }
    }
    snprintf(top, sizeof top, ".");
    return top;
}

const char *fuzz_rules_path(void)
{
    static char path[PATH_MAX + 16];
    const char *env = getenv("CITE_RULES");
    if (env && *env)
        return env;
    snprintf(path, sizeof path, "%s/rules", fuzz_top());
    return path;
}

FILE *fuzz_devnull(void)
{
    static FILE *f;
    if (!f)
        f = fopen("/dev/null", "w");
    return f;
}

static char tmpdir[PATH_MAX];

static void remove_tmpdir(void)
{
    char cmd[PATH_MAX + 32];
    if (tmpdir[0] && strstr(tmpdir, "cite-fuzz-")) {
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0) { /* best effort */ }
    }
}

const char *fuzz_tmpdir(void)
{
    if (tmpdir[0])
        return tmpdir;
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/cite-fuzz-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("fuzz: mkdtemp");
        exit(1);
    }
    atexit(remove_tmpdir);
    return tmpdir;
}

void fuzz_load_rules(Program *p)
{
    const char *rules = fuzz_rules_path();
    char stdlib_dir[PATH_MAX + 16];
    snprintf(stdlib_dir, sizeof stdlib_dir, "%s/stdlib", fuzz_top());
    program_init(p);
    program_add_search_dir(p, rules);
    program_add_search_dir(p, stdlib_dir);
    if (!program_load_path(p, rules) || p->diags.errors || !load_check(p)) {
        diag_print(&p->diags, stderr);
        fprintf(stderr, "fuzz: the rules in %s do not load (set CITE_RULES or CITE_TOP)\n", rules);
        exit(1);
    }
    facts_prepare(p);       /* as cite run does: the fast reader's defaults and member hashes */
    flat_inline(p);         /* and its programs, small reads in place */
}

void fuzz_eval_and_report(Eval *e, const Decl *r, void *explainer)
{
    Result res = eval_result(e, r);
    Buf out;
    buf_init(&out);
    report_human(&out, &res, NULL);
    if (explainer)
        report_human(&out, &res, explainer);
    report_value_json(&out, &res);
    if (e->tracing)
        report_trace_json(&out, &res);
    if (!res.error)
        for (int m = 0; m < (r->u.rule.param_decl ? r->u.rule.memo_size : 1); m++)
            (void)report_cites(e->arena, &res, m);
    fwrite(out.data ? out.data : "", 1, out.len, fuzz_devnull());
    buf_free(&out);
}

bool fuzz_apply_sets(const Program *p, Arena *a, const char *text, size_t case_len, size_t size,
                     Facts *changed)
{
    Buf err;
    buf_init(&err);
    bool any = false, ok = true;
    for (size_t at = case_len; at < size && ok; ) {
        at++;                                   /* past the NUL */
        const char *end = memchr(text + at, '\0', size - at);
        size_t n = end ? (size_t)(end - (text + at)) : size - at;
        char *assign = ar_strndup(a, text + at, n);
        err.len = 0;
        ok = facts_set(p, a, changed, assign, changed, &err);
        any = true;
        at += n;
    }
    buf_free(&err);
    return any && ok;
}
