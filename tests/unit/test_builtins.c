/* Unit tests for the table of built-in functions (src/builtins.def): the manual's table
 * (doc/language.md section 14) lists exactly the functions the table has, the "unknown
 * function" message names every one, and the most arguments a row allows are accepted. */
#include "cite_test.h"
#include "builtins.h"

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t cap = 0, len = 0, got;
    do {
        if (len + 4096 + 1 > cap)
            text = realloc(text, cap = 2 * cap + 4096 + 1);
        got = fread(text + len, 1, 4096, f);
        len += got;
    } while (got > 0);
    fclose(f);
    text[len] = '\0';
    return text;
}

/* The names of the functions in the first table of doc/language.md's section 14: each
 * `name(` in a row's first cell. */
static int doc_names(char names[][64], int cap)
{
    char *doc = read_file("doc/language.md");
    cr_assert_not_null(doc, "doc/language.md can be read (tests run from the source tree)");
    const char *sec = strstr(doc, "\n## 14. Built-in functions");
    cr_assert_not_null(sec, "doc/language.md has a section 14, Built-in functions");
    const char *row = strstr(sec, "\n|---");
    cr_assert_not_null(row, "section 14 has a table");
    int n = 0;
    for (row = strchr(row + 1, '\n'); row && row[1] == '|'; row = strchr(row + 1, '\n')) {
        const char *end = strchr(row + 2, '|');       /* the end of the first cell */
        for (const char *p = row + 2; p && p < end; ) {
            const char *tick = strchr(p, '`');
            if (!tick || tick >= end)
                break;
            const char *paren = strchr(tick, '(');
            if (paren && paren < end && n < cap) {
                snprintf(names[n], sizeof names[n], "%.*s", (int)(paren - tick - 1), tick + 1);
                n++;
            }
            p = strchr(tick + 1, '`');
            if (p) p++;
        }
    }
    free(doc);
    return n;
}

Test(builtins, the_manual_lists_every_builtin_and_no_other)
{
    char names[64][64];
    int n = doc_names(names, 64);
    cr_assert_gt(n, 0, "the table of section 14 lists functions");
    for (int i = 0; i < n; i++)
        cr_assert_not_null(builtin_find(names[i]), "doc/language.md section 14 lists %s(), which is not a "
                           "built-in (src/builtins.def)", names[i]);
    for (int i = 0; i < B_COUNT; i++) {
        bool listed = false;
        for (int j = 0; j < n; j++)
            listed |= strcmp(names[j], builtin_at(i)->name) == 0;
        cr_assert(listed, "%s is a built-in (src/builtins.def) but doc/language.md section 14 does not list it",
                  builtin_at(i)->name);
    }
}

Test(builtins, the_unknown_function_message_names_every_builtin)
{
    Loaded l;
    load_text(&l, "rule a : number \"x\" = average(1, 2)  cite \"MPP 30-757.1\"\n");
    for (int i = 0; i < B_COUNT; i++) {
        char want[64];
        snprintf(want, sizeof want, " %s,", builtin_at(i)->name);
        assert_diag(&l, want);
    }
    loaded_free(&l);
}

/* min and max take up to 8 values: the checker once kept their types in 4 slots, and a
 * fifth argument wrote past them (found by UBSan while the table was built). */
Test(builtins, min_and_max_take_their_most_arguments)
{
    Loaded l;
    load_text(&l, "rule a : number output \"x\" = min(8, 7, 6, 5, 4, 3, 2, 1)  cite \"MPP 30-757.1\"\n"
                  "rule b : number output \"x\" = max(1, 2, 3, 4, 5, 6, 7, 8)  cite \"MPP 30-757.1\"\n");
    assert_checks(&l);
    Run r;
    run_case(&r, &l.prog, "{}");
    Result a = eval_named(&r, &l.prog, "a"), b = eval_named(&r, &l.prog, "b");
    cr_assert_str_eq(value_text(&r, &a), "1");
    cr_assert_str_eq(value_text(&r, &b), "8");
    run_free(&r);
    loaded_free(&l);
}
