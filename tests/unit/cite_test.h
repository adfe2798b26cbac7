/* cite_test.h: helpers shared by the unit tests that drive the real modules through their
 * public APIs: rule text is written to a temporary .cite file and loaded with
 * program_load_path/load_check; a case is parsed with facts_parse and evaluated with
 * eval_result, exactly as `cite eval` does. Everything is static: each test file includes it. */
#ifndef CITE_TEST_H
#define CITE_TEST_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "eval.h"
#include "facts.h"
#include "parse.h"
#include "program.h"
#include "load.h"
#include "report.h"
#include "value.h"

/* ---- parsing one text ---- */

typedef struct Parsed {
    Arena arena;
    Diags diags;
    Source src;
    Module module;
    bool ok;
    char *messages;     /* every diagnostic as `cite check` prints it */
} Parsed;

static inline char *diags_text(const Diags *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    diag_print(d, f);
    fclose(f);
    return buf;
}

static inline void parse_text(Parsed *p, const char *text)
{
    memset(p, 0, sizeof *p);
    ar_init(&p->arena);
    diag_init(&p->diags, &p->arena);
    p->src.path = "t.cite";
    p->src.text = ar_strdup(&p->arena, text);
    p->src.len = strlen(text);
    p->module.name = "t";
    p->module.realpath = "t.cite";
    p->module.src = &p->src;
    p->ok = parse_module(&p->arena, &p->diags, &p->src, &p->module);
    p->messages = diags_text(&p->diags);
}

static inline void parsed_free(Parsed *p)
{
    free(p->messages);
    ar_free(&p->arena);
}

/* ---- loading and checking a program from text ---- */

typedef struct Loaded {
    Program prog;
    bool ok;            /* loaded and checked without errors */
    char *messages;     /* diagnostics, as `cite check` prints them */
    char dir[64];
    char path[128];
} Loaded;

/* Writes `text` to DIR/NAME.cite in a fresh temporary directory and loads and checks it. */
static inline void load_text_named(Loaded *l, const char *name, const char *text)
{
    memset(l, 0, sizeof *l);
    strcpy(l->dir, "/tmp/cite-unit-XXXXXX");
    cr_assert_not_null(mkdtemp(l->dir));
    snprintf(l->path, sizeof l->path, "%s/%s.cite", l->dir, name);
    FILE *f = fopen(l->path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
    program_init(&l->prog);
    program_add_search_dir(&l->prog, l->dir);
    const char *std = getenv("CITE_PATH");
    program_add_search_dir(&l->prog, std && *std ? std : "stdlib");
    bool read = program_load_path(&l->prog, l->path);
    cr_assert(read, "the rule file could be read");
    if (l->prog.diags.errors == 0)
        load_check(&l->prog);
    l->ok = l->prog.diags.errors == 0;
    l->messages = diags_text(&l->prog.diags);
}

static inline void load_text(Loaded *l, const char *text)
{
    load_text_named(l, "rules", text);
}

static inline void loaded_free(Loaded *l)
{
    free(l->messages);
    program_free(&l->prog);
    unlink(l->path);
    rmdir(l->dir);
}

/* Asserts that the program checks cleanly (and shows why not). */
#define assert_checks(l) cr_assert((l)->ok, "expected no diagnostics, got:\n%s", (l)->messages)

/* Asserts that `needle` appears in the diagnostics. */
#define assert_diag(l, needle)                                                              \
    cr_assert(strstr((l)->messages, (needle)) != NULL,                                      \
              "expected a diagnostic containing\n  %s\ngot:\n%s", (needle), (l)->messages)

/* ---- evaluating ---- */

typedef struct Run {
    Arena arena;
    Facts facts;
    Eval eval;
    bool facts_ok;
    Buf err;
} Run;

static inline void run_case(Run *r, const Program *p, const char *json)
{
    memset(r, 0, sizeof *r);
    ar_init(&r->arena);
    buf_init(&r->err);
    r->facts_ok = facts_parse(p, &r->arena, "case.json", json, strlen(json), &r->facts, &r->err);
    if (r->facts_ok)
        eval_init(&r->eval, p, &r->arena, &r->facts, true);
}

static inline void run_free(Run *r)
{
    buf_free(&r->err);
    ar_free(&r->arena);
}

static inline Result eval_named(Run *r, const Program *p, const char *name)
{
    cr_assert(r->facts_ok, "the case should be accepted: %s", buf_cstr(&r->err));
    const Decl *d = program_find_rule(p, name);
    cr_assert_not_null(d, "rule %s is declared", name);
    return eval_result(&r->eval, d);
}

/* The value of a result as `cite eval` prints it ("1:30 hours/month"), in the run's arena. */
static inline const char *value_text(Run *r, const Result *res)
{
    cr_assert_null(res->error, "unexpected evaluation error: %s",
                   res->error ? res->error->message : "");
    Buf b; buf_init(&b);
    value_format(&b, &res->value, res->rule->u.rule.type);
    const char *s = ar_strdup(&r->arena, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* The human report of a result (with --explain when `explain`). */
static inline const char *report_text(Run *r, const Result *res, bool explain)
{
    Buf b; buf_init(&b);
    Explainer x;
    report_explainer_init(&x);
    report_human(&b, res, explain ? &x : NULL);
    report_explainer_free(&x);
    const char *s = ar_strdup(&r->arena, buf_cstr(&b));
    buf_free(&b);
    return s;
}

#define assert_contains(hay, needle)                                                        \
    cr_assert(strstr((hay), (needle)) != NULL, "expected\n  %s\nin:\n%s", (needle), (hay))
#define assert_not_contains(hay, needle)                                                    \
    cr_assert(strstr((hay), (needle)) == NULL, "did not expect\n  %s\nin:\n%s", (needle), (hay))

#endif
