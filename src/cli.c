/* cli.c: the commands: their table and their options' (parsing, validation, help), and
 * the drivers of check, eval, whatif, run, repl, test and fmt. */
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
#include "help.h"
#include "dump.h"
#include "flat.h"
#include "whatif.h"
#include "listing.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
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
    bool explain, json;
    bool all;                   /* eval: every table entry, even those of keys the case lacks */
    const char *format, *filter, *coverage_min;
    bool coverage;
    const char *cases, *out, *summary, *jobs;
    const char *reforms[MAX_LIST]; int nreforms;
    bool fmt_check, fmt_diff;
    const char *color_arg;      /* --color=WHEN as given ("" for --color alone) */
    ColorMode color;
    bool reference;
    bool quiet;                 /* cite test: failures and the summary only */
    bool help;
    const char *rule;           /* cite dump --rule NAME */
    bool program;               /* cite dump --program */
} Options;

/* ---- the commands and their options, by table: parsing, validation, the usage, cite help
 * and the shell completion scripts (help.c) all come from these two tables ---- */

#define CLI_FLAG(f)     CLI_KIND_FLAG, offsetof(Options, f), 0
#define CLI_VALUE(f)    CLI_KIND_VALUE, offsetof(Options, f), 0
#define CLI_LIST(f, n)  CLI_KIND_LIST, offsetof(Options, f), offsetof(Options, n)
#define CLI_PATHS(f, n) CLI_KIND_PATHS, offsetof(Options, f), offsetof(Options, n)
#define CLI_OPTIONAL(f) CLI_KIND_OPTIONAL, offsetof(Options, f), 0

/* Adding an option is one row here (and reading its field in the command that takes it);
 * the same name may have a row per command when its meaning differs; a row without help is
 * another spelling, parsed but not shown. */
static const CliOption options[] = {
    /* commands            name          -x  value         where                          required */
    { "eval whatif",       "facts",       0, "CASE",       CLI_VALUE(facts),              true,
      "the case, a JSON file of facts: doc/ihss.md says which" },
    { "repl",              "facts",       0, "CASE",       CLI_VALUE(facts),              false,
      "a case to start from: a JSON file of facts" },
    { "whatif",            "set",         0, "NAME=VALUE", CLI_LIST(sets, nsets),         true,
      "a fact as it might be, such as ranks.bathing_grooming=4 (repeat for more)" },
    { "eval whatif run",   "query",       0, "NAME",       CLI_LIST(queries, nqueries),   false,
      "a result to report (repeat for more); without it, the rules marked output" },
    { "eval",              "explain",     0, NULL,         CLI_FLAG(explain),             false,
      "explain each figure: its rule, citation, the facts it read and every step" },
    { "report",            "facts",       0, "CASE",       CLI_VALUE(facts),              true,
      "the case, a JSON file of facts: doc/ihss.md says which" },
    { "report",            "set",         0, "NAME=VALUE", CLI_LIST(sets, nsets),         false,
      "a fact as it might be: the packet of the case so changed (repeat for more)" },
    { "report",            "format",      0, "text|markdown|html|json", CLI_VALUE(format), false,
      "the form of the packet (default: text); html prints with its summary on one page" },
    { "report",            "out",         0, "FILE",       CLI_VALUE(out),                false,
      "write the packet to FILE, not standard output" },
    { "eval whatif test",  "json",        0, NULL,         CLI_FLAG(json),                false,
      "JSON output instead of text" },
    { "eval",              "all",         0, NULL,         CLI_FLAG(all),                 false,
      "every output in full: each table entry (0:00 ones too), the ones not headlines, every mark" },
    { "eval run report",   "date",        0, "YYYY-MM-DD", CLI_VALUE(date),               false,
      "use the rules in force on this date (default: each case's assessment date)" },
    { "run",               "cases",       0, "FILE",       CLI_VALUE(cases),              true,
      "the caseload: .jsonl, one case a line, or .csv with a header of fact paths" },
    { "run",               "reform",      0, "PATH...",    CLI_PATHS(reforms, nreforms),  false,
      "a reform: a rule with 'effective' adds that version, one without replaces it; both run" },
    { "run",               "out",         0, "FILE",       CLI_VALUE(out),                false,
      "write the results to FILE, not standard output" },
    { "run",               "summary",     0, "FILE",       CLI_VALUE(summary),            false,
      "with --reform, write the summary to FILE too, as JSON" },
    { "run",               "format",      0, "jsonl|csv",  CLI_VALUE(format),             false,
      "each case's output: a JSON line (default), or a CSV row, a column a result, durations in minutes" },
    { "run",               "jobs",        0, "N",          CLI_VALUE(jobs),               false,
      "evaluate with N threads, 1 to 64" },
    { "run",               "reference",   0, NULL,         CLI_FLAG(reference),           false,
      "evaluate by walking the rules only, to check the compiled form against it" },
    { "test",              "format",      0, "human|tap|junit", CLI_VALUE(format),        false,
      "the form of the report (default: human)" },
    { "test",              "coverage",    0, NULL,         CLI_FLAG(coverage),            false,
      "list the definitions and exceptions that no scenario exercised" },
    { "test",              "coverage-min", 0, "P",         CLI_VALUE(coverage_min),       false,
      "fail (exit 1) when less than P percent of them are exercised" },
    { "test",              "filter",      0, "PAT",        CLI_VALUE(filter),             false,
      "run only the scenarios whose name contains PAT" },
    { "test",              "quiet",     'q', NULL,         CLI_FLAG(quiet),               false,
      "print only the scenarios that fail or cannot run, and the summary line" },
    { "fmt",               "check",       0, NULL,         CLI_FLAG(fmt_check),           false,
      "change no file: list those not laid out, and exit 1 if there are any" },
    { "fmt",               "diff",        0, NULL,         CLI_FLAG(fmt_diff),            false,
      "change no file: show the changes as a unified diff (exit 1 if there are any)" },
    { "dump",              "rule",        0, "NAME",       CLI_VALUE(rule),               true,
      "the rule to show" },
    { "dump",              "program",     0, NULL,         CLI_FLAG(program),             false,
      "also list the flat program each member runs, instruction by instruction" },
    { "*",                 "color",       0, "auto|always|never", CLI_OPTIONAL(color_arg), false,
      "colour on a terminal: auto (the default; not with NO_COLOR), always (--color alone), never" },
    { "*",                 "colour",      0, "auto|always|never", CLI_OPTIONAL(color_arg), false, NULL },
    { "*",                 "help",      'h', NULL,         CLI_FLAG(help),                false,
      "this help" },
};

static int cmd_check(const Options *o);
static int cmd_eval(const Options *o);
static int cmd_whatif(const Options *o);
static int cmd_run(const Options *o);
static int cmd_report(const Options *o);
static int cmd_repl(const Options *o);
static int cmd_test(const Options *o);
static int cmd_fmt(const Options *o);
static int cmd_dump(const Options *o);
static int cmd_help(const Options *o);
static int cmd_completion(const Options *o);

/* Adding a command is one row here and its function. Each example runs as it is from the
 * source tree: the suite runs them all. */
static const CliCommand commands[] = {
    { "check", cmd_check, "PATH...",
      "check rule files: names, types and units, citations, overlapping exceptions, cycles",
      "cite check rules" },
    { "eval", cmd_eval, "PATH...",
      "evaluate one case: each result with its unit and citation (--explain: why)",
      "cite eval rules --facts examples/adult-ipo.json --query total_monthly --explain" },
    { "whatif", cmd_whatif, "PATH...",
      "what would change in one case's results if some of its facts were different",
      "cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=4" },
    { "run", cmd_run, "PATH...",
      "evaluate a caseload, a line of JSON a case; with --reform, both ways and a summary",
      "cite run rules --cases examples/reform/cases.jsonl --reform examples/reform > changes.jsonl" },
    { "report", cmd_report, "PATH...",
      "the hearing packet of one case: figures, reasons and citations, to print (--format html)",
      "cite report rules --facts examples/adult-ipo.json --format html --out packet.html" },
    { "repl", cmd_repl, "PATH...",
      "ask questions of one case: set facts, see what changes and why",
      "cite repl rules --facts examples/adult-ipo.json" },
    { "test", cmd_test, "PATH...",
      "run scenario files (cases and their expected results) against the rules they name",
      "cite test tests/scenarios --coverage" },
    { "fmt", cmd_fmt, "FILE...",
      "lay rule files out in the canonical form, in place",
      "cite fmt --check rules" },
    { "dump", cmd_dump, "PATH...",
      "print a rule's compiled form: per member, the exceptions tried, their conditions and values",
      "cite dump rules --rule domestic_monthly" },
    { "help", cmd_help, "[COMMAND]",
      "a command's options and an example (as cite COMMAND --help)",
      "cite help eval" },
    { "completion", cmd_completion, "bash|zsh",
      "a completion script for the shell: commands, options, names of results and facts",
      "source <(cite completion bash)" },
};

#define COUNT(a) ((int)(sizeof (a) / sizeof (a)[0]))
static const CliTable table = { commands, COUNT(commands), options, COUNT(options) };

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cite: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(cite --help shows the commands and their options)\n");
    return 2;
}

static const CliCommand *find_command(const char *name)
{
    for (int i = 0; i < COUNT(commands); i++)
        if (!strcmp(commands[i].name, name))
            return &commands[i];
    return NULL;
}

/* The row of an option word ("--facts", "--facts=x", "-h") for command c, or NULL; *other
 * is set when only other commands take it. */
static const CliOption *find_option(const CliCommand *c, const char *word, const char **value,
                                    const CliOption **other)
{
    char name[64];
    *value = NULL;
    *other = NULL;
    if (word[1] != '-') {
        if (word[2] != '\0')
            return NULL;
        for (int i = 0; i < COUNT(options); i++)
            if (options[i].letter == word[1] && help_takes(&options[i], c->name))
                return &options[i];
        return NULL;
    }
    const char *eq = strchr(word, '=');
    snprintf(name, sizeof name, "%.*s", (int)(eq ? eq - word - 2 : (ptrdiff_t)strlen(word + 2)), word + 2);
    if (eq)
        *value = eq + 1;
    for (int i = 0; i < COUNT(options); i++)
        if (!strcmp(options[i].name, name)) {
            if (help_takes(&options[i], c->name))
                return &options[i];
            *other = &options[i];
        }
    return NULL;
}

static int unknown_option(const CliCommand *c, const char *word, const CliOption *other)
{
    if (other) {
        Buf which;
        buf_init(&which);
        help_commands_of(&which, &table, other->name);
        fprintf(stderr, "cite: %s does not take --%s (it is an option of %s)\n", c->name, other->name, buf_cstr(&which));
        buf_free(&which);
    } else {
        const char *best = NULL;
        int dist = 1000;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)strcspn(word, "="), word);
        for (int i = 0; i < COUNT(options); i++)
            if (help_takes(&options[i], c->name) && name[1] == '-')
                diag_consider(name + 2, options[i].name, &best, &dist);
        if (best)
            fprintf(stderr, "cite: unknown option '%s' for %s; did you mean '--%s'?\n", name, c->name, best);
        else
            fprintf(stderr, "cite: unknown option '%s' for %s\n", name, c->name);
    }
    fprintf(stderr, "(cite %s --help shows its options)\n", c->name);
    return 2;
}

/* Parses argv[2...] for command c into o; returns -1 when fine, else an exit status. */
static int parse_args(int argc, char **argv, const CliCommand *c, Options *o)
{
    const CliOption *paths = NULL;  /* --reform PATH...: the words after it are its own */
    bool only_paths = false;        /* after --, every word is a PATH */
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (only_paths || a[0] != '-' || a[1] == '\0') {     /* a PATH; "-" is standard input */
            const char **list = paths ? (const char **)((char *)o + paths->at) : o->paths;
            int *n = paths ? (int *)((char *)o + paths->count_at) : &o->npaths;
            if (*n == MAX_LIST)
                return usage_error(paths ? "too many reform paths (%s)" : "too many paths (%s)", a);
            list[(*n)++] = a;
            continue;
        }
        paths = NULL;
        if (!strcmp(a, "--")) {
            only_paths = true;
            continue;
        }
        const char *value;
        const CliOption *other, *opt = find_option(c, a, &value, &other);
        if (!opt)
            return unknown_option(c, a, other);
        char *field = (char *)o + opt->at;
        switch (opt->kind) {
        case CLI_KIND_OPTIONAL:
            *(const char **)field = value ? value : "";
            break;
        case CLI_KIND_FLAG:
        case CLI_KIND_PATHS:
            if (value)
                return usage_error("%s takes no value", a);
            if (opt->kind == CLI_KIND_PATHS)
                paths = opt;
            else
                *(bool *)field = true;
            break;
        case CLI_KIND_VALUE:
        case CLI_KIND_LIST:
            if (!value) {
                if (i + 1 >= argc)
                    return usage_error("--%s needs a value", opt->name);
                value = argv[++i];
            }
            if (opt->kind == CLI_KIND_VALUE) {
                *(const char **)field = value;
                break;
            }
            int *n = (int *)((char *)o + opt->count_at);
            if (*n == MAX_LIST) {
                fprintf(stderr, "cite: too many --%s (%s)\n(cite --help shows the commands and their options)\n",
                        opt->name, value);
                return 2;
            }
            ((const char **)field)[(*n)++] = value;
            break;
        }
    }
    return -1;
}

/* The options a command cannot run without: "eval needs --facts CASE". */
static int check_required(const CliCommand *c, const Options *o)
{
    for (int i = 0; i < COUNT(options); i++) {
        const CliOption *opt = &options[i];
        if (!opt->required || !help_takes(opt, c->name))
            continue;
        const char *field = (const char *)o + opt->at;
        bool given = opt->kind == CLI_KIND_VALUE ? *(const char *const *)field != NULL
                   : opt->kind == CLI_KIND_FLAG ? *(const bool *)field
                   : *(const int *)((const char *)o + opt->count_at) > 0;
        if (!given) {
            fprintf(stderr, "cite: %s needs %s--%s %s\n(cite --help shows the commands and their options)\n",
                    c->name, opt->kind == CLI_KIND_LIST ? "at least one " : "", opt->name, opt->value);
            return 2;
        }
    }
    return -1;
}

static int cmd_help(const Options *o)
{
    Buf b;
    buf_init(&b);
    int rc = 0;
    if (o->npaths == 0) {
        help_usage(&b, &table);
        fputs(buf_cstr(&b), stdout);
    } else if (find_command(o->paths[0])) {
        help_command(&b, &table, find_command(o->paths[0]));
        fputs(buf_cstr(&b), stdout);
    } else {
        rc = usage_error("help: unknown command '%s'", o->paths[0]);
    }
    buf_free(&b);
    return rc;
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
            for (Decl *v = p.rules[i]; v && !v->u.rule.marks_output; v = v->next_version, versions++)
                rules += v == p.rules[i];
        /* the unverified marks, one line a clause: what an analyst has left to check */
        for (int i = 0; i < p.nmarks; i++) {
            const Mark *m = p.marks[i];
            if (i && p.marks[i - 1]->loc.src == m->loc.src && p.marks[i - 1]->loc.first_line == m->loc.first_line
                && p.marks[i - 1]->loc.first_column == m->loc.first_column)
                continue;
            printf("%s:%d:%d: unverified: %s: %s\n", m->loc.src ? m->loc.src->path : "?", m->loc.first_line,
                   m->loc.first_column, m->clause, m->reason);
        }
        printf("ok: %d module%s, %d rule%s (%d version%s), %d input%s, %d table%s", p.nmodules,
               p.nmodules == 1 ? "" : "s", rules, rules == 1 ? "" : "s", versions, versions == 1 ? "" : "s",
               p.ninputs, p.ninputs == 1 ? "" : "s", p.ntables, p.ntables == 1 ? "" : "s");
        if (p.nmarks)
            printf(", %d unverified mark%s", p.nmarks, p.nmarks == 1 ? "" : "s");
        printf("\n");
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
            program_unknown_rule(p, o->queries[i], true, stderr);
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
    /* doc/contract.md 3 (v2): an output not asked for that only lacks a fact is not evaluated, and
     * is no failure; a result asked for with --query must be evaluated */
    CaseKeys keys;
    report_case_keys(&keys, &arena, &p, &facts);
    OutputView view = { .missing_ok = o->nqueries == 0, .all = o->all, .keys = &keys };
    rc = 0;
    for (int i = 0; i < nrules; i++) {
        results[i] = eval_result(&e, rules[i]);
        if (results[i].error && !report_not_evaluated(&results[i], &view))
            rc = 1;
    }
    Listing l = { .rules = rules, .members = members, .results = results, .n = nrules, .view = &view,
                  .queried = o->nqueries > 0, .explain = o->explain };
    Doc doc;
    doc_init(&doc, &arena);
    if (o->json)
        listing_eval_json(&doc, &l);
    else
        listing_eval(&doc, &l);
    Buf out;
    buf_init(&out);
    doc_write(&out, &doc, o->json ? DOC_JSON : DOC_TEXT);
    write_out(&out, o);
    buf_free(&out);
    ar_free(&arena);
    program_free(&p);
    return rc;
}

/* ---- whatif: read the case and the changes, compute both evaluations, write ---- */

/* Reads the case and applies every --set to a copy of it; prints what is wrong and returns
 * false when either fails. */
static bool whatif_read(const Program *p, Arena *arena, const Options *o, Facts *base, Facts *changed)
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
        if (err.len > before_sets) {
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
    if (!whatif_read(&p, &arena, o, &base, &changed)) {
        ar_free(&arena);
        program_free(&p);
        return 2;
    }
    Eval before, after;
    eval_init(&before, &p, &arena, &base, true);
    eval_init(&after, &p, &arena, &changed, true);
    Result *old = ar_alloc(&arena, sizeof(Result) * (size_t)nrules);
    Result *new_ = ar_alloc(&arena, sizeof(Result) * (size_t)nrules);
    OutputView view = { .missing_ok = o->nqueries == 0 };   /* as eval's (doc/contract.md 3, v2) */
    rc = 0;
    for (int i = 0; i < nrules; i++) {
        old[i] = eval_result(&before, rules[i]);
        new_[i] = eval_result(&after, rules[i]);
        if (new_[i].error && !report_not_evaluated(&new_[i], &view))
            rc = 1;
    }
    Whatif w = { .sets = o->sets, .nsets = o->nsets, .rules = rules, .n = nrules, .old = old, .new_ = new_,
                 .view = &view, .queried = o->nqueries > 0 };
    Doc doc;
    doc_init(&doc, &arena);
    if (o->json)
        whatif_json(&doc, &w);
    else
        whatif_document(&doc, &w);
    Buf out;
    buf_init(&out);
    doc_write(&out, &doc, o->json ? DOC_JSON : DOC_TEXT);
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
    if (!whatif_read(&p, &arena, o, &given, &facts)) {
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
                      .json = o->json, .filter = o->filter, .quiet = o->quiet,
                      .color = o->color };
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
    bool csv = o->format && !strcmp(o->format, "csv");
    if (o->format && !csv && strcmp(o->format, "jsonl"))
        return usage_error("--format takes jsonl or csv, not '%s'", o->format);
    if (csv && o->nreforms)
        return usage_error("--format %s is for a run without --reform (a reform's lines hold both sides and what changed: JSON)", o->format);
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
                         .out = o->out, .summary = o->summary, .jobs = jobs, .reference = o->reference, .csv = csv,
                         .has_date = o->date != NULL, .date = o->date ? date : 0 };
        facts_prepare(&base);       /* the defaults every case starts from, built once */
        if (o->nreforms)
            facts_prepare(&reform);
        if (!o->reference) {        /* for many cases: programs that read small members in place */
            flat_inline(&base);
            if (o->nreforms)
                flat_inline(&reform);
        }
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

static int cmd_dump(const Options *o)
{
    Program p;
    program_init(&p);
    int rc = load_program(&p, o);
    if (rc < 0) {
        const Decl *r = program_find_rule(&p, o->rule);
        if (!r) {
            const char *best = program_suggest(&p, o->rule);
            if (best)
                fprintf(stderr, "cite: unknown rule '%s'; did you mean '%s'?\n", o->rule, best);
            else
                fprintf(stderr, "cite: unknown rule '%s'\n", o->rule);
            rc = 2;
        } else {
            Buf b;
            buf_init(&b);
            if (o->program)
                flat_inline(&p);    /* the programs as cite run runs them */
            dump_rule(&b, &p.arena, &p, r, o->program);
            fputs(buf_cstr(&b), stdout);
            buf_free(&b);
            rc = 0;
        }
    }
    program_free(&p);
    return rc;
}

static int cmd_fmt(const Options *o)
{
    if (!o->npaths)
        return usage_error("%s needs the .cite FILEs to format (- for standard input)", o->command);
    return fmt_main(o->paths, o->npaths, o->fmt_check, o->fmt_diff);
}

/* The names the completion scripts offer: every rule (results), or every fact path
 * (facts: a table's entries and a record's fields each by its dotted path). */
static int complete_names(const char *kind, const char *const *paths, int npaths)
{
    bool results = !strcmp(kind, "results");
    if (!results && strcmp(kind, "facts"))
        return usage_error("completion names takes results or facts, not '%s'", kind);
    Program p;
    program_init(&p);
    int rc = 1;
    if (npaths && load_paths(&p, paths, npaths, NULL, 0) == LOAD_OK) {
        rc = 0;
        for (int i = 0; results && i < p.nrules; i++)
            puts(p.rules[i]->name);
        for (int i = 0; !results && i < p.ninputs; i++) {
            const Decl *in = p.inputs[i];
            const Type *t = in->u.input.type;
            if (t->kind == T_TABLE && t->nkeys == 1 && t->keys[0].enm)
                for (int m = 0; m < enum_size(t->keys[0].enm); m++)
                    printf("%s.%s\n", in->name, enum_member_name(t->keys[0].enm, m));
            else if (t->kind == T_RECORD)
                for (int f = 0; f < t->nfields; f++)
                    printf("%s.%s\n", in->name, t->fields[f].name);
            else
                puts(in->name);
        }
    }
    program_free(&p);
    return rc;
}

static int cmd_completion(const Options *o)
{
    if (o->npaths >= 2 && !strcmp(o->paths[0], "names"))
        return complete_names(o->paths[1], o->paths + 2, o->npaths - 2);
    bool bash = o->npaths == 1 && !strcmp(o->paths[0], "bash"), zsh = o->npaths == 1 && !strcmp(o->paths[0], "zsh");
    if (!bash && !zsh)
        return usage_error("completion takes bash or zsh%s", "");
    Buf b;
    buf_init(&b);
    if (bash)
        help_bash(&b, &table);
    else
        help_zsh(&b, &table);
    fputs(buf_cstr(&b), stdout);
    buf_free(&b);
    return 0;
}

int cli_main(int argc, char **argv)
{
    Buf b;
    buf_init(&b);
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        help_usage(&b, &table);
        fputs(buf_cstr(&b), argc < 2 ? stderr : stdout);
        buf_free(&b);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        puts(PACKAGE_STRING);
        return 0;
    }
    const CliCommand *c = find_command(argv[1]);
    if (!c) {
        const char *best = NULL;
        int dist = 1000;
        for (int i = 0; i < COUNT(commands); i++)
            diag_consider(argv[1], commands[i].name, &best, &dist);
        if (best)
            fprintf(stderr, "cite: unknown command '%s'; did you mean '%s'?\n(cite --help shows the commands and their options)\n",
                    argv[1], best);
        return best ? 2 : usage_error("unknown command '%s'", argv[1]);
    }
    /* COMMAND --help (or -h) anywhere before --: the help, whatever else is on the line */
    for (int i = 2; i < argc && strcmp(argv[i], "--"); i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            help_command(&b, &table, c);
            fputs(buf_cstr(&b), stdout);
            buf_free(&b);
            return 0;
        }
    buf_free(&b);
    Options o = { .command = c->name };
    int rc = parse_args(argc, argv, c, &o);
    if (rc < 0 && o.color_arg && !color_parse(*o.color_arg ? o.color_arg : "always", &o.color))
        rc = usage_error("--color takes auto, always or never, not '%s'", o.color_arg);
    if (rc < 0)
        rc = check_required(c, &o);
    return rc >= 0 ? rc : c->run(&o);
}
