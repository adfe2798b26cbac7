/* cli.c: commands check, eval and whatif: argument parsing, loading, and output. */
#include "config.h"
#include "cli.h"
#include "facts.h"
#include "report.h"
#include "testrun.h"
#include "repl.h"
#include "run.h"
#include "fmt.h"
#include "packet.h"
#include "color.h"
#include "load.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "limit.h"

typedef struct Options {
    const char *command;
    const char *paths[MAX_LIST]; int npaths;
    const char *queries[MAX_LIST]; int nqueries;
    const char *sets[MAX_LIST]; int nsets;
    const char *facts;
    const char *date;
    bool explain, json, all;
    const char *format, *filter, *coverage_min;
    bool coverage;
    const char *cases, *out, *summary, *jobs;
    const char *reforms[MAX_LIST]; int nreforms;
    bool fmt_check, fmt_diff;
    ColorMode color;
    bool reference;
} Options;

static const char usage[] =
    "usage: cite check  PATH...\n"
    "       cite eval   PATH... --facts CASE [--query NAME]... [--explain] [--json] [--all] [--date YYYY-MM-DD]\n"
    "       cite whatif PATH... --facts CASE --set NAME=VALUE [--set ...] [--query NAME]... [--json]\n"
    "       cite run    PATH... --cases FILE(.jsonl|.csv) [--query NAME]... [--reform PATH...] [--date YYYY-MM-DD]\n"
    "                   [--out FILE] [--summary FILE] [--jobs N] [--reference]\n"
    "       cite report PATH... --facts CASE [--set NAME=VALUE]... [--format text|markdown|html|json] [--out FILE]\n"
    "                   [--date YYYY-MM-DD]\n"
    "       cite repl   PATH... [--facts CASE]\n"
    "       cite fmt    [--check | --diff] FILE...   (FILE - : standard input to standard output)\n"
    "       cite test   PATH... [--format human|tap|junit] [--coverage] [--coverage-min P] [--filter PAT] [--json]\n"
    "Every command takes --color=auto|always|never (auto: on a terminal, unless NO_COLOR is set).\n"
    "PATH is a .cite file or a directory searched for them. Exit status: 0 success,\n"
    "1 a check or evaluation failure, 2 bad usage or unreadable input. See cite(1).\n";

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cite: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(cite --help shows the commands and their options)\n");
    return 2;
}

/* Parses argv; returns -1 when fine, else an exit status. */
static int parse_args(int argc, char **argv, Options *o)
{
    bool in_reform = false;     /* --reform PATH...: the paths after it are the reform's */
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (in_reform && strncmp(a, "--", 2) != 0) {
            if (o->nreforms == MAX_LIST)
                return usage_error("too many reform paths (%s)", a);
            o->reforms[o->nreforms++] = a;
            continue;
        }
        in_reform = false;
        if (!strcmp(a, "--reform")) {
            in_reform = true;
            continue;
        }
        if (strncmp(a, "--", 2) != 0 || strcmp(a, "--") == 0) {
            if (o->npaths == MAX_LIST)
                return usage_error("too many paths (%s)", a);
            o->paths[o->npaths++] = a;
            continue;
        }
        const char *name = a + 2, *value = NULL;
        char buf[64];
        const char *eq = strchr(name, '=');
        if (eq) {
            snprintf(buf, sizeof buf, "%.*s", (int)(eq - name), name);
            name = buf;
            value = eq + 1;
        }
        bool takes_value = !strcmp(name, "facts") || !strcmp(name, "query") || !strcmp(name, "set")
                        || !strcmp(name, "date") || !strcmp(name, "format") || !strcmp(name, "filter")
                        || !strcmp(name, "coverage-min") || !strcmp(name, "cases") || !strcmp(name, "out")
                        || !strcmp(name, "summary") || !strcmp(name, "jobs");
        if (takes_value && !value) {
            if (i + 1 >= argc)
                return usage_error("--%s needs a value", name);
            value = argv[++i];
        }
        if (!strcmp(name, "facts")) o->facts = value;
        else if (!strcmp(name, "date")) o->date = value;
        else if (!strcmp(name, "query")) {
            if (o->nqueries == MAX_LIST) return usage_error("too many --query (%s)", value);
            o->queries[o->nqueries++] = value;
        } else if (!strcmp(name, "set")) {
            if (o->nsets == MAX_LIST) return usage_error("too many --set (%s)", value);
            o->sets[o->nsets++] = value;
        } else if (!strcmp(name, "cases")) o->cases = value;
        else if (!strcmp(name, "out")) o->out = value;
        else if (!strcmp(name, "summary")) o->summary = value;
        else if (!strcmp(name, "jobs")) o->jobs = value;
        else if (!strcmp(name, "format")) o->format = value;
        else if (!strcmp(name, "filter")) o->filter = value;
        else if (!strcmp(name, "coverage-min")) o->coverage_min = value;
        else if (!strcmp(name, "coverage") && !value) o->coverage = true;
        else if (!strcmp(name, "check") && !value) o->fmt_check = true;
        else if (!strcmp(name, "diff") && !value) o->fmt_diff = true;
        else if (!strcmp(name, "color") || !strcmp(name, "colour")) {
            if (!color_parse(value ? value : "always", &o->color))
                return usage_error("--color takes auto, always or never, not '%s'", value);
        }
        else if (!strcmp(name, "reference") && !value) o->reference = true;
        else if (!strcmp(name, "explain") && !value) o->explain = true;
        else if (!strcmp(name, "json") && !value) o->json = true;
        else if (!strcmp(name, "all") && !value) o->all = true;
        else if (!strcmp(name, "help")) { fputs(usage, stdout); return 0; }
        else return usage_error("unknown option '%s'", a);
    }
    return -1;
}

/* Loads, checks and compiles the rules (with a reform's first, when given); prints
 * diagnostics. Returns -1 when fine, else an exit status. */
/* Prints the diagnostics to standard error, in colour on a terminal; the number of errors. */
static int print_diags(const Diags *d, const Options *o)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return diag_print(d, stderr);
    int n = diag_print(d, mem);
    fclose(mem);
    color_write(stderr, o->color, color_diagnostics, text, len);
    free(text);
    return n;
}

static int load_with(Program *p, const Options *o, const char *const *reforms, int nreforms)
{
    Options with_default;
    if (o->npaths == 0 && strcmp(o->command, "check") != 0) {
        /* no PATH: the IHSS rules (installed, or this build tree's), so that
         * `cite eval --facts my-case.json` works from any directory */
        with_default = *o;
        with_default.paths[with_default.npaths++] = program_default_rules(&p->arena);
        o = &with_default;
    }
    if (o->npaths == 0)
        return usage_error("%s needs at least one PATH of rules", o->command);
    LoadStatus st = load_paths(p, o->paths, o->npaths, reforms, nreforms);
    if (st == LOAD_UNREADABLE) {
        print_diags(&p->diags, o);
        return 2;
    }
    if (p->nmodules == 0) {
        /* `cite check README.md` must not pass in CI as "ok: 0 modules" */
        fprintf(stderr, "cite: no rule file (.cite) in %s%s\n", o->paths[0], o->npaths > 1 ? " or the other PATHs" : "");
        return 2;
    }
    if (st == LOAD_INVALID) {
        int n = print_diags(&p->diags, o);
        fprintf(stderr, "%d error%s\n", n, n == 1 ? "" : "s");
        return 1;
    }
    return -1;
}

static int load_program(Program *p, const Options *o) { return load_with(p, o, NULL, 0); }

static int cmd_check(const Options *o)
{
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    if (rc < 0) {
        program_warn_reasons(&p);
        print_diags(&p.diags, o);
        int rules = 0, versions = 0;
        for (int i = 0; i < p.nrules; i++)
            for (Decl *v = p.rules[i]; v; v = v->next_version, versions++)
                rules += v == p.rules[i];
        printf("ok: %d module%s, %d rule%s (%d version%s), %d input%s, %d table%s\n", p.nmodules,
               p.nmodules == 1 ? "" : "s", rules, rules == 1 ? "" : "s", versions, versions == 1 ? "" : "s",
               p.ninputs, p.ninputs == 1 ? "" : "s", p.ntables, p.ntables == 1 ? "" : "s");
        rc = 0;
    }
    program_free(&p);
    return rc;
}

/* The rules to report: --query names, or every rule marked output. A query may name one
 * entry of a table result, task_weekly.dressing or task_weekly[dressing]: its member goes to
 * (*members)[i] (-1 for the whole result), or, with members NULL, the whole rule is used. */
static int select_rules(const Program *p, const Options *o, const Decl ***out, int *n, int **members)
{
    Arena *a = (Arena *)&p->arena;
    const Decl **list = ar_alloc(a, sizeof(Decl *) * (size_t)(p->nrules + o->nqueries + 1));
    int *mem = ar_alloc(a, sizeof(int) * (size_t)(p->nrules + o->nqueries + 1));
    *n = 0;
    for (int i = 0; i < o->nqueries; i++) {
        const char *q = facts_dotted(a, o->queries[i]);
        const char *dot = strchr(q, '.');
        const Decl *r = program_find_rule(p, dot ? ar_strndup(a, q, (size_t)(dot - q)) : q);
        mem[*n] = -1;
        if (r && dot) {
            mem[*n] = r->u.rule.param_decl ? enum_find_member(r->u.rule.param_decl, dot + 1) : -1;
            if (mem[*n] < 0) {
                fprintf(stderr, "cite: '%s' has no entry '%s'%s\n", r->name, dot + 1,
                        r->u.rule.param_decl ? "" : " (it is not a table)");
                return 2;
            }
            if (!members)
                mem[*n] = -1;
        }
        if (!r) {
            const char *best = program_suggest(p, o->queries[i]);
            if (program_find_input(p, o->queries[i]))
                fprintf(stderr, "cite: '%s' is a fact, not a rule; --query takes rules\n", o->queries[i]);
            else if (best)
                fprintf(stderr, "cite: unknown rule '%s'; did you mean '%s'?\n", o->queries[i], best);
            else
                fprintf(stderr, "cite: unknown rule '%s'\n", o->queries[i]);
            return 2;
        }
        list[(*n)++] = r;
    }
    if (o->nqueries == 0)
        for (int i = 0; i < p->nrules; i++)
            if (p->rules[i]->u.rule.output) {
                mem[*n] = -1;
                list[(*n)++] = p->rules[i];
            }
    if (members)
        *members = mem;
    if (*n == 0) {
        fprintf(stderr, "cite: no rule is marked 'output' and no --query was given\n");
        return 2;
    }
    *out = list;
    return -1;
}

/* "task_weekly.dressing": a table entry's name in JSON, as --set and scenarios write it */
static int read_date(const char *text, Date *d)
{
    if (!date_parse(text, strlen(text), d)) {
        fprintf(stderr, "cite: --date '%s' is not a date YYYY-MM-DD of the calendar\n", text);
        return 2;
    }
    return -1;
}

/* Results and explanations to standard output, in colour on a terminal (JSON never). */
static void write_out(Buf *b, const Options *o)
{
    color_write(stdout, o->json ? COLOR_NEVER : o->color, color_explanation, b->data ? b->data : "", b->len);
    b->len = 0;
}

static int cmd_eval(const Options *o)
{
    if (!o->facts)
        return usage_error("%s needs --facts CASE", o->command);
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    const Decl **rules = NULL;
    int nrules = 0;
    Date date;
    int *members = NULL;
    if (rc < 0) rc = select_rules(&p, o, &rules, &nrules, &members);
    if (rc < 0 && o->date) rc = read_date(o->date, &date);
    if (rc >= 0) {
        program_free(&p);
        return rc;
    }
    Arena arena;
    ar_init(&arena);
    Facts facts;
    Buf err;
    buf_init(&err);
    if (!facts_load(&p, &arena, o->facts, &facts, &err)) {
        fputs(buf_cstr(&err), stderr);
        buf_free(&err);
        ar_free(&arena);
        program_free(&p);
        return 2;
    }
    buf_free(&err);
    Eval e;
    eval_init(&e, &p, &arena, &facts, o->explain || !o->json);
    if (o->date)
        eval_set_date(&e, &date);
    Result *results = ar_alloc(&arena, sizeof(Result) * (size_t)nrules);
    rc = 0;
    for (int i = 0; i < nrules; i++) {
        results[i] = eval_result(&e, rules[i]);
        if (results[i].error)
            rc = 1;
    }
    Buf out;
    buf_init(&out);
    report_eval(&out, results, members, nrules, o->json, o->explain, o->all || o->nqueries > 0);
    write_out(&out, o);
    buf_free(&out);
    ar_free(&arena);
    program_free(&p);
    return rc;
}

/* The case of --facts, and the same with the --set changes (whatif, report); false when
 * either cannot be read (the messages are printed). */
static bool read_case(const Program *p, Arena *arena, const Options *o, Facts *base, Facts *changed)
{
    Buf err;
    buf_init(&err);
    bool ok = facts_load(p, arena, o->facts, base, &err);
    *changed = *base;
    size_t before_sets = err.len;
    for (int i = 0; ok && i < o->nsets; i++)
        ok = facts_set(p, arena, changed, o->sets[i], changed, &err);
    if (!ok) {
        /* --set messages are the command line's: they take its "cite:" prefix */
        const char *text = buf_cstr(&err);
        fwrite(text, 1, before_sets, stderr);
        if (err.len > before_sets)
        {
            const char *msg = text + before_sets;
            if (strncmp(msg, "--set: ", 7) == 0) msg += 7;
            if (strncmp(msg, "error: ", 7) == 0) msg += 7;
            fprintf(stderr, "cite: %s", msg);
        }
    }
    buf_free(&err);
    return ok;
}

static int cmd_whatif(const Options *o)
{
    if (!o->facts)
        return usage_error("%s needs --facts CASE", o->command);
    if (o->nsets == 0)
        return usage_error("%s needs at least one --set NAME=VALUE", o->command);
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    const Decl **rules = NULL;
    int nrules = 0;
    if (rc < 0) rc = select_rules(&p, o, &rules, &nrules, NULL);
    if (rc >= 0) {
        program_free(&p);
        return rc;
    }
    Arena arena;
    ar_init(&arena);
    Facts base, changed;
    if (!read_case(&p, &arena, o, &base, &changed)) {
        ar_free(&arena);
        program_free(&p);
        return 2;
    }
    Eval before, after;
    eval_init(&before, &p, &arena, &base, true);
    eval_init(&after, &p, &arena, &changed, true);
    Result *old = ar_alloc(&arena, sizeof(Result) * (size_t)nrules);
    Result *new_ = ar_alloc(&arena, sizeof(Result) * (size_t)nrules);
    rc = 0;
    for (int i = 0; i < nrules; i++) {
        old[i] = eval_result(&before, rules[i]);
        new_[i] = eval_result(&after, rules[i]);
        if (new_[i].error)
            rc = 1;
    }
    Buf out;
    buf_init(&out);
    report_whatif(&out, o->sets, o->nsets, old, new_, nrules, o->json);
    write_out(&out, o);
    buf_free(&out);
    ar_free(&arena);
    program_free(&p);
    return rc;
}

/* Writes a document to --out FILE, or to standard output. */
static int write_doc(const Doc *d, DocFormat f, const char *path)
{
    Buf out;
    buf_init(&out);
    doc_write(&out, d, f);
    int rc = 0;
    FILE *fp = path ? fopen(path, "w") : stdout;
    if (!fp) {
        fprintf(stderr, "cite: cannot write %s: %s\n", path, strerror(errno));
        rc = 2;
    } else {
        if (fwrite(out.data ? out.data : "", 1, out.len, fp) != out.len || fflush(fp) != 0) {
            fprintf(stderr, "cite: cannot write %s: %s\n", path ? path : "standard output", strerror(errno));
            rc = 2;
        }
        if (path && fclose(fp) != 0 && rc == 0) {
            fprintf(stderr, "cite: cannot write %s: %s\n", path, strerror(errno));
            rc = 2;
        }
    }
    buf_free(&out);
    return rc;
}

static int cmd_report(const Options *o)
{
    if (!o->facts)
        return usage_error("%s needs --facts CASE", o->command);
    DocFormat format = DOC_TEXT;
    if (o->format && !doc_format(o->format, &format))
        return usage_error("--format takes text, markdown, html or json, not '%s'", o->format);
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    PacketOptions po = { .case_name = o->facts, .version = PACKAGE_STRING, .has_date = o->date != NULL };
    if (rc < 0 && o->date) rc = read_date(o->date, &po.date);
    if (rc >= 0) {
        program_free(&p);
        return rc;
    }
    Arena arena;
    ar_init(&arena);
    Facts given, facts;     /* the case, then with --set: "what would the packet say if" */
    if (!read_case(&p, &arena, o, &given, &facts)) {
        ar_free(&arena);
        program_free(&p);
        return 2;
    }
    Eval e;
    eval_init(&e, &p, &arena, &facts, true);
    if (o->date)
        eval_set_date(&e, &po.date);
    Doc doc;
    doc_init(&doc, &arena);
    rc = packet_build(&doc, &p, &e, &facts, &po) ? 0 : 1;
    int wrc = write_doc(&doc, format, o->out);
    ar_free(&arena);
    program_free(&p);
    return wrc ? wrc : rc;
}

static int cmd_test(const Options *o)
{
    if (o->npaths == 0)
        return usage_error("%s needs at least one PATH of scenarios", o->command);
    TestOptions t = { .paths = o->paths, .npaths = o->npaths, .coverage = o->coverage || o->coverage_min,
                      .json = o->json, .filter = o->filter };
    if (!o->format || !strcmp(o->format, "human")) t.format = FORMAT_HUMAN;
    else if (!strcmp(o->format, "tap")) t.format = FORMAT_TAP;
    else if (!strcmp(o->format, "junit")) t.format = FORMAT_JUNIT;
    else return usage_error("--format takes human, tap or junit, not '%s'", o->format);
    if (o->coverage_min) {
        char *end;
        t.coverage_min = strtod(o->coverage_min, &end);
        if (*end || end == o->coverage_min || t.coverage_min < 0 || t.coverage_min > 100)
            return usage_error("--coverage-min takes a percentage from 0 to 100, not '%s'", o->coverage_min);
        t.has_min = true;
    }
    return test_main(&t);
}

static int cmd_run(const Options *o)
{
    if (!o->cases)
        return usage_error("%s needs --cases FILE (.jsonl or .csv)", o->command);
    int jobs = 1;
    if (o->jobs) {
        char *end;
        long j = strtol(o->jobs, &end, 10);
        if (*end || j < 1 || j > 64)
            return usage_error("--jobs takes a number from 1 to 64, not '%s'", o->jobs);
        jobs = (int)j;
    }
    Date date;
    if (o->date && read_date(o->date, &date) >= 0)
        return 2;
    Program base, reform;
    program_init(&base);
    program_init(&reform);
    int rc = load_program(&base, o);
    if (rc < 0 && o->nreforms)
        rc = load_with(&reform, o, o->reforms, o->nreforms);
    if (rc < 0) {
        RunOptions r = { .cases = o->cases, .queries = o->queries, .nqueries = o->nqueries,
                         .out = o->out, .summary = o->summary, .jobs = jobs, .reference = o->reference,
                         .has_date = o->date != NULL, .date = o->date ? date : 0 };
        rc = run_main(&base, o->nreforms ? &reform : NULL, &r);
    }
    program_free(&base);
    program_free(&reform);
    return rc;
}

static int cmd_repl(const Options *o)
{
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    if (rc < 0)
        rc = repl_main(&p, o->facts);
    program_free(&p);
    return rc;
}

int cli_main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    Options o = { .command = argv[1] };
    if (!strcmp(o.command, "--help") || !strcmp(o.command, "help")) {
        fputs(usage, stdout);
        return 0;
    }
    if (!strcmp(o.command, "--version")) {
        puts(PACKAGE_STRING);
        return 0;
    }
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0)
        return rc;
    bool is_check = !strcmp(o.command, "check"), is_eval = !strcmp(o.command, "eval");
    if (is_check && (o.facts || o.nqueries || o.nsets || o.date || o.explain || o.json || o.fmt_diff))
        return usage_error("%s takes only PATHs", o.command);
    bool is_test = !strcmp(o.command, "test");
    if (!strcmp(o.command, "report")) {
        if (o.nqueries || o.explain || o.json || o.filter || o.coverage || o.coverage_min || o.cases
            || o.summary || o.jobs || o.nreforms || o.reference || o.fmt_check)
            return usage_error("%s takes PATHs, --facts CASE, --set, --format, --out and --date", o.command);
        return cmd_report(&o);
    }
    if (!is_test && (o.format || o.filter || o.coverage || o.coverage_min))
        return usage_error("--format, --filter and --coverage belong to cite test, not %s", o.command);
    if (is_test && (o.facts || o.nqueries || o.nsets || o.date || o.explain))
        return usage_error("%s takes scenario PATHs and --format, --coverage, --coverage-min, --filter, --json", o.command);
    if (is_eval && o.nsets)
        return usage_error("unknown option '--set' for %s (what-if questions are asked with cite whatif)", o.command);
    if (!strcmp(o.command, "check")) return cmd_check(&o);
    if (!strcmp(o.command, "eval")) return cmd_eval(&o);
    if (!strcmp(o.command, "whatif")) return cmd_whatif(&o);
    if (is_test) return cmd_test(&o);
    if (!strcmp(o.command, "fmt")) {
        if (o.facts || o.nqueries || o.nsets || o.date || o.explain || o.json || o.cases)
            return usage_error("%s takes FILEs (- for standard input), --check and --diff only", o.command);
        if (!o.npaths)
            return usage_error("%s needs the .cite FILEs to format (- for standard input)", o.command);
        return fmt_main(o.paths, o.npaths, o.fmt_check, o.fmt_diff);
    }
    if (o.fmt_check || o.fmt_diff)
        return usage_error("--check and --diff belong to cite fmt, not %s", o.command);
    bool is_run = !strcmp(o.command, "run");
    if (!is_run && (o.cases || o.out || o.summary || o.jobs || o.nreforms || o.reference))
        return usage_error("--cases, --reform, --out, --summary, --jobs and --reference belong to cite run, not %s",
                           o.command);
    if (is_run) {
        if (o.facts || o.nsets || o.explain)
            return usage_error("%s takes PATHs, --cases, --query, --reform, --date, --out, --summary, --jobs, --reference",
                               o.command);
        return cmd_run(&o);
    }
    if (!strcmp(o.command, "repl")) {
        if (o.nqueries || o.nsets || o.date || o.explain || o.json)
            return usage_error("%s takes PATHs and --facts CASE only", o.command);
        return cmd_repl(&o);
    }
    return usage_error("unknown command '%s'", o.command);
}
