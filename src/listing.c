/* listing.c: eval's results as a document: what a person scans on one screen, and the JSON
 * a program reads. */
#include "listing.h"

#include <stdlib.h>
#include <string.h>

/* "task_weekly.dressing": a table entry's name in JSON, as --set and scenarios write it */
static const char *query_name(Arena *a, const Decl *rule, int member)
{
    return ar_printf(a, "%s.%s", rule->name, enum_member_name(rule->u.rule.param_decl, member));
}

static bool is_headline(const Decl *r) { return r->u.rule.headline > 0; }

void listing_order(const Listing *l, int *order)
{
    int k = 0;
    if (l->queried) {
        for (int i = 0; i < l->n; i++)
            order[k++] = i;
        return;
    }
    /* headlines by place (a place is unique: cite check), then the rest as declared */
    for (int place = 1, left = 0; k < l->n; place = left, left = 0) {
        for (int i = 0; i < l->n; i++) {
            int h = l->rules[i]->u.rule.headline;
            if (h == place)
                order[k++] = i;
            else if (h > place && (!left || h < left))
                left = h;
        }
        if (!left)
            break;
    }
    /* the others: one figure each first, then the tables, then `unverified` */
    for (int pass = 0; pass < 3; pass++)
        for (int i = 0; i < l->n; i++) {
            const Decl *r = l->rules[i];
            int which = r->u.rule.marks_output ? 2 : r->u.rule.param_decl ? 1 : 0;
            if (!is_headline(r) && which == pass)
                order[k++] = i;
        }
}

static const char *value_text(Arena *a, const Value *v, const Type *t)
{
    Buf b;
    buf_init(&b);
    value_format(&b, v, t);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* A table result's lines. In full: every entry shown under the view. Summarized: the 0:00 or
 * false entries with the same citations share one line, at the first one's place, by name
 * ("task_weekly[laundry, shopping_food] = 0:00"), or "for all 10 entries" when they are all
 * of them and their names would not fit on the line. */
static void table_lines(Doc *d, DocBlock *lines, const Result *r, const OutputView *v, bool summary)
{
    Arena *a = d->arena;
    const Type *t = r->rule->u.rule.type;
    const Decl *param = r->rule->u.rule.param_decl;
    int n = r->value.u.agg.count, nshown = 0;
    bool *done = ar_alloc(a, sizeof(bool) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        nshown += report_member_shown(r, i, v);
    for (int i = 0; i < n; i++) {
        if (done[i] || !report_member_shown(r, i, v))
            continue;
        const Value *item = &r->value.u.agg.items[i];
        const char *value = value_text(a, item, t), *cites = report_cites(a, r, i);
        if (!summary || !report_is_zero(item)) {
            doc_result(d, lines, ar_printf(a, "%s[%s]", r->rule->name, enum_member_name(param, i)), NULL, value, cites);
            continue;
        }
        Buf names;
        buf_init(&names);
        int count = 0;
        for (int j = i; j < n; j++)
            if (!done[j] && report_member_shown(r, j, v) && value_equal(&r->value.u.agg.items[j], item)
                && strcmp(report_cites(a, r, j), cites) == 0) {
                done[j] = true;
                buf_printf(&names, "%s%s", count++ ? ", " : "", enum_member_name(param, j));
            }
        const char *name = ar_printf(a, "%s[%s]", r->rule->name, buf_cstr(&names));
        buf_free(&names);
        if (count == nshown && count > 1 && strlen(name) + strlen(value) + strlen(cites) + 5 > 100)
            doc_result(d, lines, r->rule->name, NULL, ar_printf(a, "%s for all %d entries", value, count), cites);
        else
            doc_result(d, lines, name, NULL, value, cites);
    }
}

static void result_lines(Doc *d, DocBlock *lines, const Result *r, int member, const OutputView *v, bool summary)
{
    Arena *a = d->arena;
    if (report_not_evaluated(r, v)) {
        doc_result(d, lines, r->rule->name, "not evaluated",
                   report_lacks(a, r),
                   r->error->cites.count ? report_cite_list(a, &r->error->cites) : NULL);
        return;
    }
    if (r->error) {
        const char *msg = r->error->message;
        if (r->error->rule && r->error->rule != r->rule)
            msg = ar_printf(a, "%s (in rule %s)", msg, r->error->rule->name);
        doc_result(d, lines, r->rule->name, "error", msg,
                   r->error->cites.count ? report_cite_list(a, &r->error->cites) : NULL);
        return;
    }
    const Type *t = r->rule->u.rule.type;
    if (member >= 0) {
        doc_result(d, lines, ar_printf(a, "%s[%s]", r->rule->name, enum_member_name(r->rule->u.rule.param_decl, member)),
                   NULL, value_text(a, &r->value.u.agg.items[member], t), report_cites(a, r, member));
    } else if (!r->rule->u.rule.param_decl) {
        doc_result(d, lines, r->rule->name, NULL, value_text(a, &r->value, t), report_cites(a, r, 0));
    } else {
        table_lines(d, lines, r, v, summary);
    }
}

/* The built-in `unverified`: summarized, how many; in full, one a line. */
static void marks_block(Doc *d, DocBlock **lines, const Result *r, bool summary)
{
    int n = r->value.u.agg.count;
    if (summary || n == 0) {
        if (!*lines) {
            *lines = doc_results(d);
            (*lines)->level = 1;
        }
        doc_result(d, *lines, "unverified", NULL,
                   n == 0 ? "none: every figure here rests on checked text"
                          : ar_printf(d->arena, "%d figure%s or reading%s not yet checked against the law's text "
                                      "(--query unverified)", n, n == 1 ? "" : "s", n == 1 ? "" : "s"),
                   NULL);
        return;
    }
    Buf b;
    buf_init(&b);
    buf_printf(&b, "unverified = %d figure%s or reading%s not yet checked against the regulation's text:\n", n,
               n == 1 ? "" : "s", n == 1 ? "" : "s");
    for (int i = 0; i < n; i++)
        buf_printf(&b, "  - %s\n", r->value.u.agg.items[i].u.s);
    Buf wrapped;
    buf_init(&wrapped);
    report_wrap(&wrapped, buf_cstr(&b));
    doc_pre(d, ar_strdup(d->arena, buf_cstr(&wrapped)));
    buf_free(&wrapped);
    buf_free(&b);
    *lines = NULL;
}

void listing_eval(Doc *d, const Listing *l)
{
    Arena *a = d->arena;
    int *order = ar_alloc(a, sizeof(int) * (size_t)(l->n + 1));
    listing_order(l, order);
    /* the summary is for rules that declare headlines (output N): others list every output */
    bool headlines = false;
    for (int i = 0; i < l->n && !headlines; i++)
        headlines = is_headline(l->rules[i]);
    bool summary = headlines && !l->queried && !(l->view && l->view->all);
    Explainer x;
    report_explainer_init(&x);
    x.view = summary ? l->view : NULL;
    DocBlock *lines = NULL;
    Buf rest;                   /* the outputs that are not headlines, when summarized */
    buf_init(&rest);
    int nrest = 0;
    for (int k = 0; k < l->n; k++) {
        int i = order[k];
        const Result *r = &l->results[i];
        const Decl *rule = l->rules[i];
        if (summary && !is_headline(rule) && !rule->u.rule.marks_output) {
            buf_printf(&rest, "%s%s", nrest++ ? ", " : "", rule->name);
            continue;
        }
        if (l->explain && !(rule->u.rule.marks_output && summary)) {
            Buf b;
            buf_init(&b);
            if (l->members[i] < 0) {
                report_output(&b, r, &x, l->view);
            } else {
                report_member(&b, r, l->members[i], &x, '[');
                if (!r->error)
                    buf_puts(&b, "\n");
            }
            Buf wrapped;
            buf_init(&wrapped);
            report_wrap(&wrapped, buf_cstr(&b));
            doc_pre(d, ar_strdup(a, buf_cstr(&wrapped)));
            buf_free(&wrapped);
            buf_free(&b);
            lines = NULL;
            continue;
        }
        if (rule->u.rule.marks_output && !r->error) {
            marks_block(d, &lines, r, summary);
            continue;
        }
        if (!lines) {
            lines = doc_results(d);
            lines->level = 1;           /* wrapped within 100 columns */
        }
        result_lines(d, lines, r, l->members[i], l->view, summary);
    }
    if (nrest)
        doc_wide(d, ar_printf(a, "Also (--all): %s", buf_cstr(&rest)));
    if (summary)
        doc_wide(d, l->explain ? "The hearing packet, to print: cite report"
                               : "Why each figure is what it is: --explain; the hearing packet, to print: cite report");
    buf_free(&rest);
    report_explainer_free(&x);
}

void listing_eval_json(Doc *d, const Listing *l)
{
    Buf out;
    buf_init(&out);
    buf_puts(&out, "\"results\": {");
    for (int i = 0; i < l->n; i++) {
        buf_puts(&out, i ? ",\n  " : "\n  ");
        json_string(&out, l->members[i] < 0 ? l->rules[i]->name : query_name(d->arena, l->rules[i], l->members[i]));
        buf_puts(&out, ": ");
        if (l->members[i] < 0)
            report_output_json(&out, &l->results[i], l->view);
        else
            report_member_json(&out, &l->results[i], l->members[i]);
    }
    buf_puts(&out, "\n}");
    if (l->explain) {
        buf_puts(&out, ",\n\"trace\": {");
        for (int i = 0; i < l->n; i++) {
            buf_puts(&out, i ? ",\n  " : "\n  ");
            json_string(&out, l->members[i] < 0 ? l->rules[i]->name : query_name(d->arena, l->rules[i], l->members[i]));
            buf_puts(&out, ": ");
            if (l->members[i] < 0)
                report_trace_json(&out, &l->results[i]);
            else
                report_member_trace_json(&out, &l->results[i], l->members[i]);
        }
        buf_puts(&out, "\n}");
    }
    doc_data(d, ar_strdup(d->arena, buf_cstr(&out)));
    buf_free(&out);
}
