/* scenario.c: reading scenario files. A small line-oriented format, parsed by hand: each
 * line is a keyword and its arguments, or an assignment in a given/expect section. */
#include "scenario.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "limit.h"

bool scenario_is_file(const char *path)
{
    size_t n = strlen(path);
    return n > 9 && strcmp(path + n - 9, ".scenario") == 0;
}

typedef struct LineParser {
    Arena *a;
    ScenarioFile *sf;
    const char *dir;            /* directory of the file, for relative paths */
    int line;
    const char *p;              /* cursor in the current line */
    const char *start;          /* the current line's first byte, for columns */
    Source src;                 /* the file as written, for the excerpt under an error */
    Diags diags;
    const char **reforms;       /* a 'reform' line before the first scenario: for every one */
    int nreforms;
} LineParser;

/* A syntax error at `at` (a byte of the current line): file:line:column, the line and a caret
 * under `at`, as cite check shows a rule file's. */
static void error_at(LineParser *lp, const char *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error_at(LineParser *lp, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int col = (int)(at - lp->start) + 1;
    diag_error(&lp->diags, (Loc){ lp->line, col, lp->line, col + 1, &lp->src }, "%s", msg);
    lp->sf->nerrors++;
}

/* An error about a whole scenario (something it lacks): file:line, no column. */
static void error_line(LineParser *lp, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error_line(LineParser *lp, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    buf_printf(&lp->sf->errors, "%s:%d: error: %s\n", lp->sf->path, line, msg);
    lp->sf->nerrors++;
}

static void skip_space(LineParser *lp)
{
    while (*lp->p == ' ' || *lp->p == '\t')
        lp->p++;
}

static bool at_end(LineParser *lp)
{
    skip_space(lp);
    return *lp->p == '\0' || (lp->p[0] == '-' && lp->p[1] == '-');
}

/* A word: letters, digits, '_', '.', '/', '-', ':' and the like, up to white space. */
static const char *word(LineParser *lp)
{
    skip_space(lp);
    const char *start = lp->p;
    while (*lp->p && !isspace((unsigned char)*lp->p) && *lp->p != '"' && *lp->p != '=')
        lp->p++;
    return lp->p > start ? ar_strndup(lp->a, start, (size_t)(lp->p - start)) : NULL;
}

static const char *quoted(LineParser *lp, const char *what)
{
    skip_space(lp);
    if (*lp->p != '"') {
        error_at(lp, lp->p, "expected %s in double quotes", what);
        return NULL;
    }
    const char *open = lp->p++;
    Buf b;
    buf_init(&b);
    while (*lp->p && *lp->p != '"') {
        if (*lp->p == '\\' && lp->p[1])
            lp->p++;
        buf_add(&b, lp->p++, 1);
    }
    if (*lp->p != '"') {
        error_at(lp, open, "%s has no closing '\"'", what);
        buf_free(&b);
        return NULL;
    }
    lp->p++;
    const char *s = ar_strdup(lp->a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* "tests/scenarios/../../rules" -> "rules": the same file is then named one way in every
 * report, whichever scenario reached it. Lexical only; rule trees hold no symlinks. */
static char *normalize(Arena *a, const char *path)
{
    char *copy = ar_strdup(a, path);
    char **parts = ar_alloc(a, sizeof(char *) * (strlen(path) + 2));
    int n = 0, ups = 0;
    bool absolute = path[0] == '/';
    for (char *save = NULL, *p = strtok_r(copy, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
        if (!strcmp(p, "."))
            continue;
        if (!strcmp(p, "..")) {
            if (n > ups) { n--; continue; }
            if (absolute) continue;
            ups++;
        }
        parts[n++] = p;
    }
    Buf b;
    buf_init(&b);
    if (absolute) buf_puts(&b, "/");
    for (int i = 0; i < n; i++)
        buf_printf(&b, "%s%s", i ? "/" : "", parts[i]);
    char *out = ar_strdup(a, b.len ? buf_cstr(&b) : ".");
    buf_free(&b);
    return out;
}

static const char *resolve(LineParser *lp, const char *path)
{
    if (path[0] == '/' || !lp->dir[0])
        return normalize(lp->a, path);
    return normalize(lp->a, ar_printf(lp->a, "%s/%s", lp->dir, path));
}

/* The value of a given or expect line: everything up to a `cite` keyword or a comment. */
static const char *value_text(LineParser *lp)
{
    skip_space(lp);
    const char *start = lp->p, *end = lp->p;
    bool in_quotes = false;
    for (const char *c = lp->p; *c; c++) {
        if (*c == '"')
            in_quotes = !in_quotes;
        if (!in_quotes && c[0] == '-' && c[1] == '-' && (c == start || isspace((unsigned char)c[-1])))
            break;
        if (!in_quotes && isspace((unsigned char)*c) && strncmp(c + 1, "cite ", 5) == 0) {
            end = c;
            break;
        }
        end = c + 1;
    }
    lp->p = end;
    while (end > start && isspace((unsigned char)end[-1]))
        end--;
    return ar_strndup(lp->a, start, (size_t)(end - start));
}

typedef enum Section { SEC_HEADER, SEC_GIVEN, SEC_EXPECT } Section;

static Scenario *current(ScenarioFile *sf) { return sf->count ? &sf->items[sf->count - 1] : NULL; }

static void parse_expect(LineParser *lp, Scenario *s)
{
    const char *name = word(lp);
    skip_space(lp);
    if (!name || *lp->p != '=') {
        error_at(lp, lp->p, "expected 'RESULT = VALUE' (or 'RESULT = error \"text\"')");
        return;
    }
    lp->p++;
    Expect e = { .line = lp->line };
    const char *dot = strchr(name, '.');
    e.result = dot ? ar_strndup(lp->a, name, (size_t)(dot - name)) : name;
    e.member = dot ? dot + 1 : NULL;
    skip_space(lp);
    if (strncmp(lp->p, "error", 5) == 0 && (lp->p[5] == ' ' || lp->p[5] == '\t' || lp->p[5] == '\0')) {
        lp->p += 5;
        e.error = at_end(lp) ? "" : quoted(lp, "the error text");
        if (!e.error)
            return;
    } else {
        const char *v = value_text(lp);
        if (!*v) {
            error_at(lp, lp->p, "expected a value after '='");
            return;
        }
        /* a unit written after the value (1:30 hours/month, 1:30/month) is checked, not ignored */
        const char *space = strrchr(v, ' ');
        const char *slash = strchr(v, '/');
        if (space && (strstr(space, "hours") || strstr(space, "minutes") || strchr(space, '/'))) {
            e.unit = ar_strdup(lp->a, space + 1);
            v = ar_strndup(lp->a, v, (size_t)(space - v));
        } else if (slash && v[0] != '"' && v[0] != '{' && v[0] != '[') {
            e.unit = ar_printf(lp->a, "hours%s", slash);
            v = ar_strndup(lp->a, v, (size_t)(slash - v));
        }
        e.value = v;
    }
    if (!at_end(lp)) {
        word(lp);   /* "cite": value_text stops only there, at a comment or at the end */
        e.cite = quoted(lp, "the citation");
        if (!e.cite)
            return;
        if (!at_end(lp)) {
            error_at(lp, lp->p, "unexpected text after the citation: '%s'", lp->p);
            return;
        }
    }
    AR_PUSH(lp->a, s->expect, s->nexpect, e);
}

static void parse_given(LineParser *lp, Scenario *s)
{
    const char *name = word(lp);
    skip_space(lp);
    if (!name || *lp->p != '=') {
        error_at(lp, lp->p, "expected 'FACT = VALUE' (a fact path such as ranks.dressing = 3)");
        return;
    }
    lp->p++;
    const char *v = value_text(lp);
    if (!*v) {
        error_at(lp, lp->p, "expected a value after '='");
        return;
    }
    if (!at_end(lp)) {
        error_at(lp, lp->p, "unexpected text after the value: '%s' (a fact has no citation; cite belongs to an expect line)", lp->p);
        return;
    }
    Given g = { name, v, lp->line };
    AR_PUSH(lp->a, s->given, s->ngiven, g);
}

static void parse_line(LineParser *lp, Section *section, const char **default_rules, int *ndefault)
{
    if (at_end(lp))
        return;
    const char *save = lp->p;
    const char *kw = word(lp);
    Scenario *s = current(lp->sf);
    if (!kw) {
        error_at(lp, lp->p, "expected a keyword (scenario, description, source, rules, reform, case, date, given, expect)");
        return;
    }
    if (!strcmp(kw, "scenario")) {
        const char *name = quoted(lp, "the scenario's name");
        if (!name)
            return;
        Scenario n = { .file = lp->sf->path, .line = lp->line, .name = name };
        for (int i = 0; i < *ndefault; i++)
            AR_PUSH(lp->a, n.rules, n.nrules, default_rules[i]);
        n.reforms = lp->reforms;
        n.nreforms = lp->nreforms;
        AR_PUSH(lp->a, lp->sf->items, lp->sf->count, n);
        *section = SEC_HEADER;
        return;
    }
    if (!strcmp(kw, "rules")) {
        const char *path;
        int count = 0;
        const char **list = NULL;
        while (!at_end(lp) && (path = word(lp)) != NULL)
            AR_PUSH(lp->a, list, count, resolve(lp, path));
        if (!count) {
            error_at(lp, lp->p, "'rules' needs a path (a .cite file or a directory)");
            return;
        }
        if (s) {
            s->rules = list;
            s->nrules = count;
        } else {
            for (int i = 0; i < count && i < 16; i++)
                default_rules[i] = list[i];
            *ndefault = count < 16 ? count : 16;
        }
        return;
    }
    if (!strcmp(kw, "reform")) {
        /* the reform's files are loaded before the rules: their rules replace the rules' or,
         * dated, add a version beside them (as with cite run --reform) */
        const char *path;
        int count = 0;
        const char **list = NULL;
        while (!at_end(lp) && (path = word(lp)) != NULL)
            AR_PUSH(lp->a, list, count, resolve(lp, path));
        if (!count)
            error_at(lp, lp->p, "'reform' needs a path (a .cite file or a directory)");
        else if (s) {
            s->reforms = list;
            s->nreforms = count;
        } else {
            lp->reforms = list;
            lp->nreforms = count;
        }
        return;
    }
    if (!s) {
        error_at(lp, save, "'%s' before the first 'scenario \"name\"' line", kw);
        return;
    }
    if (!strcmp(kw, "given") || !strcmp(kw, "given:")) { *section = SEC_GIVEN; return; }
    if (!strcmp(kw, "expect") || !strcmp(kw, "expect:")) { *section = SEC_EXPECT; return; }
    if (*section == SEC_HEADER || !strcmp(kw, "description") || !strcmp(kw, "source")
        || !strcmp(kw, "case") || !strcmp(kw, "date")) {
        if (!strcmp(kw, "description")) {
            const char *d = quoted(lp, "the description");
            if (d) s->description = s->description ? ar_printf(lp->a, "%s %s", s->description, d) : d;
        } else if (!strcmp(kw, "source")) {
            const char *d = quoted(lp, "the source of the expected figures");
            if (d) s->source = s->source ? ar_printf(lp->a, "%s %s", s->source, d) : d;
        } else if (!strcmp(kw, "case")) {
            const char *path = word(lp);
            if (!path) error_at(lp, lp->p, "'case' needs the path of a case file");
            else s->case_path = resolve(lp, path);
        } else if (!strcmp(kw, "date")) {
            s->date = word(lp);
            s->date_line = lp->line;
            if (!s->date) error_at(lp, lp->p, "'date' needs YYYY-MM-DD");
        } else {
            error_at(lp, save, "unknown keyword '%s' (scenario, description, source, rules, reform, case, date, given, expect)", kw);
        }
        return;
    }
    lp->p = save;
    if (*section == SEC_GIVEN)
        parse_given(lp, s);
    else
        parse_expect(lp, s);
}

bool scenario_parse_file(Arena *a, const char *path, ScenarioFile *sf)
{
    memset(sf, 0, sizeof *sf);
    sf->path = ar_strdup(a, path);
    buf_init(&sf->errors);
    char *all = NULL;
    size_t len = 0;
    ArReadStatus st = ar_read_file(a, path, MAX_SCENARIO_BYTES, &all, &len);
    if (st != AR_READ_OK) {
        if (st == AR_READ_CANNOT)
            buf_printf(&sf->errors, "%s: error: cannot read: %s\n", path, strerror(errno));
        else
            buf_printf(&sf->errors, "%s: error: larger than %u bytes\n", path, MAX_SCENARIO_BYTES);
        sf->nerrors++;
        return false;
    }
    if (memchr(all, '\0', len)) {
        buf_printf(&sf->errors, "%s: error: the file holds a NUL byte; scenario files are plain text\n", path);
        sf->nerrors++;
        return false;
    }
    char *dir = ar_strdup(a, path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0'; else dir[0] = '\0';
    LineParser lp = { .a = a, .sf = sf, .dir = dir };
    /* the text as written, for the excerpts (a CR before a newline shown as a space) */
    char *text = ar_strndup(a, all, len);
    for (char *cr = strchr(text, '\r'); cr; cr = strchr(cr + 1, '\r'))
        if (cr[1] == '\n' || cr[1] == '\0') *cr = ' ';
    lp.src = (Source){ sf->path, text, len };
    diag_init(&lp.diags, a);
    Section section = SEC_HEADER;
    const char *default_rules[16];
    int ndefault = 0;
    /* split by hand: strtok would skip empty lines and miscount them */
    char *line = all;
    while (line) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[n - 1] = '\0';
        lp.line++;
        lp.p = lp.start = line;
        parse_line(&lp, &section, default_rules, &ndefault);
        line = nl ? nl + 1 : NULL;
    }
    if (lp.diags.count) {
        char *shown = NULL;
        size_t shown_len = 0;
        FILE *mem = open_memstream(&shown, &shown_len);
        if (mem) {
            diag_print(&lp.diags, mem);
            fclose(mem);
            buf_add(&sf->errors, shown, shown_len);
            free(shown);
        }
    }
    for (int i = 0; i < sf->count; i++) {
        Scenario *s = &sf->items[i];
        if (!s->nrules)
            error_line(&lp, s->line, "scenario \"%s\" names no rules (add: rules PATH)", s->name);
        if (!s->source)
            error_line(&lp, s->line, "scenario \"%s\" does not say where its expected figures come from (add: source \"...\")", s->name);
        if (!s->nexpect)
            error_line(&lp, s->line, "scenario \"%s\" expects nothing (add an 'expect' section)", s->name);
    }
    if (sf->count == 0 && sf->nerrors == 0)
        error_line(&lp, 1, "no scenario in this file (a scenario starts with: scenario \"name\")");
    return sf->nerrors == 0;
}
