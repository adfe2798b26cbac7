/* fuzz/fuzz_rules.c: the input is one rule file.
 *
 * 1. In memory: parse_module on the exact bytes (NULs included), then print its diagnostics
 *    (the excerpt and caret code reads the source again). When the file parses, `cite fmt`'s
 *    promises are checked, and a broken one aborts (a finding): fmt_source succeeds; its
 *    output parses, with as many declarations; formatting that output changes nothing; and
 *    both texts are the same tokens (comments included; a trailing comma before '}' aside).
 * 2. As `cite check` / `cite eval` would: the bytes are written once to a private file under
 *    /dev/shm, loaded with program_load_path (imports resolve against that directory and
 *    stdlib/, so `import calendar` works and `import input` is an import cycle), checked when
 *    there was no syntax error (as cli.c load_program does), diagnostics printed; and when the
 *    program checks, every rule is evaluated over the empty case with tracing on, and every
 *    report of it is rendered; twice, in file order and last rule first, each with its own
 *    memo (one order alone evaluates a chain declared in that order one level at a time).
 * Output goes to /dev/null. Set FUZZ_RULES_CHECK_ALWAYS=1 to run the checker even after
 * syntax errors (not what the CLI does; finds checker bugs on partial trees).
 * Set FUZZ_RULES_NO_FMT=1 to leave out the `cite fmt` checks.
 * Set FUZZ_RULES_SKIP_NUL=1 to ignore inputs holding a NUL byte (while the known quadratic
 * scan of NULs inside a comment or text, fuzz/regressions/nul-comment-quadratic, is unfixed,
 * those inputs are slow and drown the campaign in timeouts). */
#include "common.h"
#include "facts.h"
#include "fmt.h"
#include "parse.h"
#include "parser.h"
#include "report.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char path[PATH_MAX + 32];
static char stdlib_dir[PATH_MAX + 16];
static bool check_always, skip_nul, check_fmt_on = true;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    snprintf(path, sizeof path, "%s/input.cite", fuzz_tmpdir());
    snprintf(stdlib_dir, sizeof stdlib_dir, "%s/stdlib", fuzz_top());
    const char *env = getenv("FUZZ_RULES_CHECK_ALWAYS");
    check_always = env && *env == '1';
    env = getenv("FUZZ_RULES_SKIP_NUL");
    skip_nul = env && *env == '1';
    env = getenv("FUZZ_RULES_NO_FMT");
    check_fmt_on = !(env && *env == '1');
    return 0;
}

static _Noreturn void fmt_broke(const char *what, const Source *in, const Buf *out)
{
    fprintf(stderr, "fuzz_rules: cite fmt broke its promise: %s\n--- input (%zu bytes)\n%.*s\n"
            "--- formatted (%zu bytes)\n%.*s\n---\n", what, in->len, (int)in->len, in->text,
            out->len, (int)out->len, out->data ? out->data : "");
    abort();
}

static void check_fmt(Arena *a, const Source *src, int ndecls)
{
    Diags d;
    diag_init(&d, a);
    Buf once;
    buf_init(&once);
    if (!fmt_source(a, &d, src, &once))
        fmt_broke("fmt_source failed on a file that parses", src, &once);
    Source s1 = { "formatted.cite", buf_cstr(&once), once.len };
    Module m1 = { .name = "fmt1", .realpath = "/fuzz/fmt1.cite", .src = &s1 };
    Diags d1;
    diag_init(&d1, a);
    if (!parse_module(a, &d1, &s1, &m1) || d1.errors)
        fmt_broke("the formatted text does not parse", src, &once);
    if (m1.ndecls != ndecls)
        fmt_broke("the formatted text has another number of declarations", src, &once);
    Buf twice;
    buf_init(&twice);
    if (!fmt_source(a, &d1, &s1, &twice) || twice.len != once.len
        || (once.len && memcmp(once.data, twice.data, once.len) != 0))
        fmt_broke("formatting the formatted text changes it (not idempotent)", &s1, &twice);
    if (!fmt_same_tokens(a, src, &s1))
        fmt_broke("the formatted text is not the same tokens", src, &once);
    buf_free(&twice);
    buf_free(&once);
}

static void in_memory(const uint8_t *data, size_t size)
{
    Arena a;
    ar_init(&a);
    Diags d;
    diag_init(&d, &a);
    char *text = ar_alloc(&a, size + 1);
    memcpy(text, data, size);
    Source src = { "fuzz.cite", text, size };
    Module m = { .name = "fuzz", .realpath = "/fuzz/fuzz.cite", .src = &src };
    bool ok = parse_module(&a, &d, &src, &m) && d.errors == 0;
    diag_print(&d, fuzz_devnull());
    if (ok && check_fmt_on)
        check_fmt(&a, &src, m.ndecls);
    ar_free(&a);
}

static void as_program(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); abort(); }
    if (size && fwrite(data, 1, size, f) != size) { perror(path); abort(); }
    fclose(f);

    Program p;
    program_init(&p);
    program_add_search_dir(&p, fuzz_tmpdir());
    program_add_search_dir(&p, stdlib_dir);
    program_load_path(&p, path);
    bool ok = false;
    if (p.diags.errors == 0 || check_always)
        ok = load_check(&p) && p.diags.errors == 0;
    diag_print(&p.diags, fuzz_devnull());
    /* Twice, each with its own memo: in file order, then last rule first. One order alone
     * lets a chain declared in that order be evaluated one memoized level at a time, never
     * nesting (regressions/eval-rule-chain-times-deep-expr). */
    for (int pass = 0; ok && pass < 2; pass++) {
        Arena a;
        ar_init(&a);
        Facts facts;
        facts_empty(&p, &a, &facts);
        Eval e;
        eval_init(&e, &p, &a, &facts, true);
        Explainer x;
        report_explainer_init(&x);
        for (int k = 0; k < p.nrules; k++)
            fuzz_eval_and_report(&e, p.rules[pass == 0 ? k : p.nrules - 1 - k], &x);
        report_explainer_free(&x);
        ar_free(&a);
    }
    program_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (skip_nul && memchr(data, '\0', size))
        return -1;      /* not added to the corpus */
    in_memory(data, size);
    as_program(data, size);
    return 0;
}
