/* The JSON forms of doc/contract.md section 3, as a program reading `cite ... --json` sees them:
 * the built binary is run on examples/adult-ipo.json and its output parsed with cJSON.
 * Runs from the build root; the binary is $CITE_BIN, else src/cite. */
#include <criterion/criterion.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *bin(void)
{
    const char *b = getenv("CITE_BIN");
    return b && *b ? b : "src/cite";
}

/* Runs `cite ARGS` (stderr discarded) and returns its standard output parsed as JSON. */
static cJSON *run_json(const char *args, int *status)
{
    setenv("CITE_PATH", "stdlib", 0);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s %s 2>/dev/null", bin(), args);
    FILE *f = popen(cmd, "r");
    cr_assert_not_null(f, "cannot run %s", cmd);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (cap - len < 1024) buf = realloc(buf, cap *= 2);
    }
    buf[len] = '\0';
    int st = pclose(f);
    if (status) *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    cJSON *j = cJSON_Parse(buf);
    cr_assert_not_null(j, "`%s` printed JSON; got:\n%.2000s", cmd, buf);
    free(buf);
    return j;
}

#define CASE "rules --facts examples/adult-ipo.json"

static void assert_duration(const cJSON *v, const char *value, const char *unit, double minutes)
{
    cr_assert(cJSON_IsObject(v), "a duration is an object");
    const cJSON *val = cJSON_GetObjectItemCaseSensitive(v, "value");
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(v, "unit");
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(v, "minutes");
    cr_assert(cJSON_IsString(val), "\"value\" is a string H:MM");
    cr_assert(cJSON_IsString(u), "\"unit\" is a string");
    cr_assert(cJSON_IsNumber(m), "\"minutes\" is an integer when exact");
    if (value) cr_assert_str_eq(val->valuestring, value);
    if (unit) cr_assert_str_eq(u->valuestring, unit);
    if (minutes >= 0) cr_assert_eq(m->valuedouble, minutes);
}

/* A trace node: {"rule","value","cite" (non-empty),"applied","inputs","children"}, recursively. */
static int check_node(const cJSON *n, int depth)
{
    cr_assert(cJSON_IsObject(n), "a trace node is an object");
    const cJSON *rule = cJSON_GetObjectItemCaseSensitive(n, "rule");
    cr_assert(cJSON_IsString(rule) && rule->valuestring[0], "node has a rule name");
    cr_assert_not_null(cJSON_GetObjectItemCaseSensitive(n, "value"), "node %s has a value", rule->valuestring);
    const cJSON *cite = cJSON_GetObjectItemCaseSensitive(n, "cite");
    cr_assert(cJSON_IsArray(cite), "node %s: cite is an array", rule->valuestring);
    cr_assert_gt(cJSON_GetArraySize(cite), 0, "node %s: cite is never empty on a rule node", rule->valuestring);
    const cJSON *c;
    cJSON_ArrayForEach(c, cite)
        cr_assert(cJSON_IsString(c) && c->valuestring[0], "node %s: each citation is a non-empty string", rule->valuestring);
    const cJSON *applied = cJSON_GetObjectItemCaseSensitive(n, "applied");
    cr_assert(cJSON_IsString(applied) && applied->valuestring[0], "node %s: applied is text", rule->valuestring);
    cr_assert(cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(n, "inputs")), "node %s: inputs is an object", rule->valuestring);
    const cJSON *children = cJSON_GetObjectItemCaseSensitive(n, "children");
    cr_assert(cJSON_IsArray(children), "node %s: children is an array", rule->valuestring);
    int count = 1;
    const cJSON *ch;
    cJSON_ArrayForEach(ch, children)
        count += check_node(ch, depth + 1);
    return count;
}

Test(json_shape, eval_results)
{
    int st;
    cJSON *j = run_json("eval " CASE " --json", &st);
    cr_assert_eq(st, 0);
    const cJSON *res = cJSON_GetObjectItemCaseSensitive(j, "results");
    cr_assert(cJSON_IsObject(res), "\"results\" is an object");
    assert_duration(cJSON_GetObjectItemCaseSensitive(res, "program_maximum"), "195:00", "hours/month", 11700);
    assert_duration(cJSON_GetObjectItemCaseSensitive(res, "severely_impaired_weekly"), "19:35", "hours/week", 1175);
    /* not severely impaired since v2 counts the prorated share of meal preparation (doc/contract.md 4a) */
    cr_assert(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(res, "severely_impaired")), "a boolean is true/false");
    cr_assert_null(cJSON_GetObjectItemCaseSensitive(j, "trace"), "no trace without --explain");
    cJSON_Delete(j);
}

Test(json_shape, eval_query_reports_only_the_query)
{
    cJSON *j = run_json("eval " CASE " --json --query program_maximum", NULL);
    const cJSON *res = cJSON_GetObjectItemCaseSensitive(j, "results");
    cr_assert_eq(cJSON_GetArraySize(res), 1);
    assert_duration(cJSON_GetObjectItemCaseSensitive(res, "program_maximum"), "195:00", "hours/month", 11700);
    cJSON_Delete(j);
}

Test(json_shape, eval_explain_trace_nodes)
{
    int st;
    cJSON *j = run_json("eval " CASE " --json --explain --query program_maximum --query severely_impaired", &st);
    cr_assert_eq(st, 0);
    cr_assert(cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(j, "results")));
    const cJSON *trace = cJSON_GetObjectItemCaseSensitive(j, "trace");
    cr_assert(cJSON_IsObject(trace), "\"trace\" maps each queried name to a node");
    const cJSON *pm = cJSON_GetObjectItemCaseSensitive(trace, "program_maximum");
    cr_assert_not_null(pm);
    cr_assert_str_eq(cJSON_GetObjectItemCaseSensitive(pm, "rule")->valuestring, "program_maximum");
    assert_duration(cJSON_GetObjectItemCaseSensitive(pm, "value"), "195:00", "hours/month", 11700);
    cr_assert_str_eq(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(pm, "cite"), 0)->valuestring, "ACIN I-28-06");
    cr_assert_not_null(strstr(cJSON_GetObjectItemCaseSensitive(pm, "applied")->valuestring, "no exception applies"),
                       "applied says no exception held");
    int nodes = check_node(pm, 0);
    cr_assert_gt(nodes, 2, "the tree goes down to the figures it was computed from");
    check_node(cJSON_GetObjectItemCaseSensitive(trace, "severely_impaired"), 0);
    cJSON_Delete(j);
}

Test(json_shape, facts_appear_as_inputs_not_as_nodes)
{
    cJSON *j = run_json("eval " CASE " --json --explain --query paramedical_weekly", NULL);
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(j, "trace"), "paramedical_weekly");
    check_node(n, 0);
    const cJSON *inputs = cJSON_GetObjectItemCaseSensitive(n, "inputs");
    cr_assert(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(inputs, "paramedical")),
              "the fact paramedical is read, as a list, under inputs");
    cJSON_Delete(j);
}

/* The exact minutes of a duration value (an integer, or "p/q"), as a double. */
static double minutes_of(const cJSON *v)
{
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(v, "minutes");
    if (cJSON_IsNumber(m))
        return m->valuedouble;
    cr_assert(cJSON_IsString(m), "minutes is an integer or a \"p/q\" string");
    long p, q;
    cr_assert_eq(sscanf(m->valuestring, "%ld/%ld", &p, &q), 2, "\"%s\" is p/q", m->valuestring);
    return (double)p / (double)q;
}

Test(json_shape, whatif_changed_unchanged_and_trace)
{
    int st;
    cJSON *j = run_json("whatif " CASE " --set household_members=1 --json", &st);
    cr_assert_eq(st, 0);
    const cJSON *changed = cJSON_GetObjectItemCaseSensitive(j, "changed");
    const cJSON *unchanged = cJSON_GetObjectItemCaseSensitive(j, "unchanged");
    const cJSON *trace = cJSON_GetObjectItemCaseSensitive(j, "trace");
    cr_assert(cJSON_IsObject(changed));
    cr_assert(cJSON_IsArray(unchanged));
    cr_assert(cJSON_IsObject(trace));
    /* doc/contract.md 4a: domestic 6:00 a month (rank 4, no need given) divided by household_members:
     * 2:00 with three people, 6:00 alone */
    const cJSON *dom = cJSON_GetObjectItemCaseSensitive(changed, "domestic_monthly");
    cr_assert_not_null(dom, "domestic_monthly changed");
    assert_duration(cJSON_GetObjectItemCaseSensitive(dom, "old"), "2:00", "hours/month", 120);
    assert_duration(cJSON_GetObjectItemCaseSensitive(dom, "new"), "6:00", "hours/month", 360);
    assert_duration(cJSON_GetObjectItemCaseSensitive(dom, "difference"), "4:00", "hours/month", 240);
    /* every changed duration has old, new and difference = new - old */
    const cJSON *c;
    int nchanged = 0;
    cJSON_ArrayForEach(c, changed) {
        nchanged++;
        const cJSON *o = cJSON_GetObjectItemCaseSensitive(c, "old"), *n = cJSON_GetObjectItemCaseSensitive(c, "new");
        cr_assert_not_null(o, "%s has old", c->string);
        cr_assert_not_null(n, "%s has new", c->string);
        if (cJSON_IsObject(o) && cJSON_GetObjectItemCaseSensitive(o, "unit")) {
            const cJSON *d = cJSON_GetObjectItemCaseSensitive(c, "difference");
            cr_assert_not_null(d, "%s: a duration has a difference", c->string);
            double want = minutes_of(n) - minutes_of(o), got = minutes_of(d);
            cr_assert(got - want < 1e-9 && want - got < 1e-9, "%s: difference %g, new - old %g", c->string, got, want);
        }
        const cJSON *node = cJSON_GetObjectItemCaseSensitive(trace, c->string);
        cr_assert_not_null(node, "trace explains %s under the new facts", c->string);
        if (cJSON_GetObjectItemCaseSensitive(node, "rule"))
            check_node(node, 0);
        else {          /* a table result: a node per member */
            const cJSON *m;
            cJSON_ArrayForEach(m, node) check_node(m, 0);
        }
    }
    cr_assert_geq(nchanged, 2, "domestic and the totals change");
    bool pm = false;
    cJSON_ArrayForEach(c, unchanged) {
        cr_assert(cJSON_IsString(c));
        cr_assert_null(cJSON_GetObjectItemCaseSensitive(changed, c->valuestring), "%s is not both", c->valuestring);
        pm |= strcmp(c->valuestring, "program_maximum") == 0;
    }
    /* alone at home, the adult's meal preparation is no longer shared: its whole 7:00 counts
     * toward the SI test (doc/contract.md 4a v2 counts the prorated share), so the maximum changes */
    cr_assert(!pm, "program_maximum changes with the household: 195 -> 283 (SI)");
    /* the new trace shows the new household size */
    const cJSON *dn = cJSON_GetObjectItemCaseSensitive(trace, "domestic_monthly"), *child, *hm = NULL;
    cJSON_ArrayForEach(child, cJSON_GetObjectItemCaseSensitive(dn, "children"))   /* domestic_housemates */
        if (!hm)
            hm = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(child, "inputs"), "household_members");
    cr_assert(cJSON_IsNumber(hm) && hm->valuedouble == 1, "the explanation reads household_members = 1");
    cJSON_Delete(j);
}

Test(json_shape, error_result_stands_in_place)
{
    /* a case without program: program_maximum cannot be computed; the rest still is */
    char dir[] = "/tmp/cite-json-XXXXXX", path[64];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/case.json", dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("{\"assessment_date\": \"2026-03-02\", \"age\": 54, \"household_members\": 1,"
          " \"ranks\": {\"feeding\": 3}, \"weekly_need\": {\"feeding\": \"1:00\"}}", f);
    fclose(f);
    char args[256];
    snprintf(args, sizeof args, "eval rules --facts %s --json --query program_maximum --query paramedical_weekly", path);
    int st;
    cJSON *j = run_json(args, &st);
    unlink(path);
    rmdir(dir);
    cr_assert_eq(st, 1, "a result that fails makes the exit status 1");
    const cJSON *res = cJSON_GetObjectItemCaseSensitive(j, "results");
    const cJSON *err = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(res, "program_maximum"), "error");
    cr_assert(cJSON_IsObject(err), "{\"error\": {...}} stands in place of the value");
    cr_assert_not_null(strstr(cJSON_GetObjectItemCaseSensitive(err, "message")->valuestring, "program"));
    cr_assert_str_eq(cJSON_GetObjectItemCaseSensitive(err, "rule")->valuestring, "program_maximum");
    cr_assert_not_null(cJSON_GetObjectItemCaseSensitive(err, "cite"));
    assert_duration(cJSON_GetObjectItemCaseSensitive(res, "paramedical_weekly"), "0:00", "hours/week", 0);
    cJSON_Delete(j);
}

/* cite report --format json (doc/report.md): {"results": {...as eval --json...},
 * "document": [BLOCK, ...]}, each block {"kind": ...} with the members its kind has. */
Test(json_shape, report_document)
{
    static const char *const cases[] = { "examples/adult-ipo.json", "examples/child-cfco-ps.json",
                                         "examples/older-paramedical-spouse.json" };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char args[256];
        snprintf(args, sizeof args, "report rules --facts %s --format json", cases[c]);
        cJSON *j = run_json(args, NULL);
        const cJSON *results = cJSON_GetObjectItemCaseSensitive(j, "results");
        cr_assert(cJSON_IsObject(results), "\"results\" is the object eval --json gives");
        const cJSON *total = cJSON_GetObjectItemCaseSensitive(results, "total_monthly");
        cr_assert(cJSON_IsObject(total) && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(total, "value")),
                  "total_monthly is a duration object, as in eval --json");
        const cJSON *doc = cJSON_GetObjectItemCaseSensitive(j, "document");
        cr_assert(cJSON_IsArray(doc) && cJSON_GetArraySize(doc) > 5, "\"document\" is an array of blocks");
        int headings = 0, tables = 0, breaks = 0;
        bool caution = false;
        const cJSON *b;
        cJSON_ArrayForEach(b, doc) {
            const cJSON *kind = cJSON_GetObjectItemCaseSensitive(b, "kind");
            cr_assert(cJSON_IsString(kind), "every block has a kind");
            const char *k = kind->valuestring;
            if (!strcmp(k, "heading")) {
                headings++;
                cr_assert(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(b, "level")));
                cr_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(b, "text")));
            } else if (!strcmp(k, "table")) {
                tables++;
                const cJSON *cols = cJSON_GetObjectItemCaseSensitive(b, "columns");
                const cJSON *rows = cJSON_GetObjectItemCaseSensitive(b, "rows"), *row;
                cr_assert(cJSON_IsArray(cols) && cJSON_IsArray(rows));
                cJSON_ArrayForEach(row, rows) {
                    cr_assert_eq(cJSON_GetArraySize(row), cJSON_GetArraySize(cols), "a row has a cell per column");
                    const cJSON *cell;
                    cJSON_ArrayForEach(cell, row)
                        cr_assert(cJSON_IsString(cell) || (cJSON_IsObject(cell)
                                  && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(cell, "text"))
                                  && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(cell, "note"))),
                                  "a cell is a string, or {\"text\", \"note\"}");
                }
            } else if (!strcmp(k, "fields")) {
                const cJSON *rows = cJSON_GetObjectItemCaseSensitive(b, "rows"), *row;
                cr_assert(cJSON_IsArray(rows));
                cJSON_ArrayForEach(row, rows)
                    cr_assert_eq(cJSON_GetArraySize(row), 2, "a field is a label and a value");
            } else if (!strcmp(k, "list")) {
                cr_assert(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(b, "items")));
            } else if (!strcmp(k, "caution")) {
                const cJSON *t = cJSON_GetObjectItemCaseSensitive(b, "text");
                cr_assert(cJSON_IsString(t) && strstr(t->valuestring, "legal information, not legal advice"));
                caution = true;
            } else if (!strcmp(k, "page_break")) {
                breaks++;
            } else if (!strcmp(k, "columns")) {
                ;
            } else {
                cr_assert(!strcmp(k, "paragraph") || !strcmp(k, "preformatted"), "unknown block kind %s", k);
                cr_assert(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(b, "text")));
            }
        }
        cr_assert(caution, "the header has the caution");
        cr_assert_geq(headings, 5);
        cr_assert_geq(tables, 1, "the task table");
        cr_assert_eq(breaks, 1, "one page break, after the summary");
        cJSON_Delete(j);
    }
}
