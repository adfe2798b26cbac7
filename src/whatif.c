/* whatif.c: the differences between two evaluations, computed once for every what-if. */
#include "whatif.h"
#include "listing.h"

#include <string.h>

bool whatif_same(const Result *a, const Result *b)
{
    if (a->error || b->error)
        return a->error && b->error && strcmp(a->error->message, b->error->message) == 0;
    return value_equal(&a->value, &b->value);
}

int whatif_changes(Arena *a, const Result *old, const Result *new_, WhatifChange **out)
{
    const Decl *r = old->rule;
    bool param = r->u.rule.param_decl != NULL;
    int n = param ? r->u.rule.memo_size : 1;
    bool failed = old->error || new_->error;
    WhatifChange *list = ar_alloc(a, sizeof *list * (size_t)n);
    int k = 0;
    for (int m = 0; m < n; m++) {
        const Value *ov = old->error ? NULL : param ? &old->value.u.agg.items[m] : &old->value;
        const Value *nv = new_->error ? NULL : param ? &new_->value.u.agg.items[m] : &new_->value;
        if (!failed && value_equal(ov, nv))
            continue;
        WhatifChange c = { .member = param ? m : -1, .old = ov, .new_ = nv };
        if (ov && nv)
            c.has_difference = report_difference(ov, nv, &c.difference);
        list[k++] = c;
    }
    *out = list;
    return k;
}

void whatif_marks(Buf *out, const char *indent, const Value *old, const Value *new_)
{
    buf_printf(out, "%sunverified: %d -> %d mark%s\n", indent, old->u.agg.count, new_->u.agg.count,
               new_->u.agg.count == 1 ? "" : "s");
    for (int pass = 0; pass < 2; pass++) {
        const Value *from = pass ? old : new_, *in = pass ? new_ : old;
        for (int i = 0; i < from->u.agg.count; i++) {
            bool found = false;
            for (int j = 0; j < in->u.agg.count && !found; j++)
                found = strcmp(from->u.agg.items[i].u.s, in->u.agg.items[j].u.s) == 0;
            if (!found)
                buf_printf(out, "%s  %s %s\n", indent, pass ? "-" : "+", from->u.agg.items[i].u.s);
        }
    }
}

/* ---- cite whatif's document ---- */

/* One changed result as a line per changed member: old -> new (difference)  [cites]; an
 * error on either side, one line for the whole result. */
static void whatif_line(Buf *out, const Result *old, const Result *new_, const OutputView *view)
{
    const Type *t = old->rule->u.rule.type;
    if (old->error || new_->error) {
        buf_printf(out, "  %s: ", old->rule->name);
        if (report_not_evaluated(old, view)) buf_printf(out, "not evaluated (no %s)", old->error->missing);
        else if (old->error) buf_printf(out, "error (%s)", old->error->message);
        else value_format(out, &old->value, t);
        buf_puts(out, " -> ");
        if (report_not_evaluated(new_, view)) buf_printf(out, "not evaluated (no %s)", new_->error->missing);
        else if (new_->error) buf_printf(out, "error (%s)", new_->error->message);
        else value_format(out, &new_->value, t);
        buf_puts(out, "\n");
        return;
    }
    if (old->rule->u.rule.marks_output) {     /* the marks: which came, which went */
        whatif_marks(out, "  ", &old->value, &new_->value);
        return;
    }
    Arena a;
    ar_init(&a);
    WhatifChange *ch;
    int n = whatif_changes(&a, old, new_, &ch);
    for (int i = 0; i < n; i++) {
        buf_printf(out, "  %s", old->rule->name);
        if (ch[i].member >= 0)
            buf_printf(out, "[%s]", enum_member_name(old->rule->u.rule.param_decl, ch[i].member));
        buf_puts(out, ": ");
        value_format(out, ch[i].old, t);
        buf_puts(out, " -> ");
        value_format(out, ch[i].new_, t);
        if (ch[i].has_difference) {
            buf_puts(out, " (");
            report_signed(out, &ch[i].difference, t);
            buf_puts(out, ")");
        }
        buf_printf(out, "  %s\n", report_cites(&a, new_, ch[i].member < 0 ? 0 : ch[i].member));
    }
    ar_free(&a);
}

static void difference_json(Buf *out, const Result *old, const Result *new_)
{
    const Type *t = old->rule->u.rule.type;
    Value diff;
    if (!old->rule->u.rule.param_decl) {
        if (report_difference(&old->value, &new_->value, &diff))
            value_json(out, &diff, t);
        else
            buf_puts(out, "null");
        return;
    }
    buf_puts(out, "{");
    for (int i = 0; i < old->value.u.agg.count; i++) {
        buf_puts(out, i ? ", " : "");
        json_string(out, enum_member_name(old->rule->u.rule.param_decl, i));
        buf_puts(out, ": ");
        if (report_difference(&old->value.u.agg.items[i], &new_->value.u.agg.items[i], &diff))
            value_json(out, &diff, t);
        else
            buf_puts(out, "null");
    }
    buf_puts(out, "}");
}

/* The results in eval's order: headlines first (listing.c), or as asked. */
static int *whatif_order(Arena *a, const Whatif *w)
{
    int *members = ar_alloc(a, sizeof(int) * (size_t)(w->n + 1));
    for (int i = 0; i < w->n; i++)
        members[i] = -1;
    Listing l = { .rules = w->rules, .members = members, .results = w->new_, .n = w->n, .view = w->view,
                  .queried = w->queried };
    int *order = ar_alloc(a, sizeof(int) * (size_t)(w->n + 1));
    listing_order(&l, order);
    return order;
}

void whatif_json(Doc *d, const Whatif *w)
{
    const Result *old = w->old, *new_ = w->new_;
    Buf out;
    buf_init(&out);
    buf_puts(&out, "\"changed\": {");
    for (int i = 0, n = 0; i < w->n; i++) {
        if (whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(&out, n++ ? ",\n  " : "\n  ");
        json_string(&out, w->rules[i]->name);
        buf_puts(&out, ": {\"old\": ");
        report_output_json(&out, &old[i], w->view);
        buf_puts(&out, ", \"new\": ");
        report_output_json(&out, &new_[i], w->view);
        buf_puts(&out, ", \"difference\": ");
        if (old[i].error || new_[i].error) buf_puts(&out, "null");
        else difference_json(&out, &old[i], &new_[i]);
        buf_puts(&out, "}");
    }
    buf_puts(&out, "},\n\"unchanged\": [");
    for (int i = 0, n = 0; i < w->n; i++) {
        if (!whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(&out, n++ ? ", " : "");
        json_string(&out, w->rules[i]->name);
    }
    buf_puts(&out, "],\n\"trace\": {");
    for (int i = 0, n = 0; i < w->n; i++) {
        if (whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(&out, n++ ? ",\n  " : "\n  ");
        json_string(&out, w->rules[i]->name);
        buf_puts(&out, ": ");
        report_trace_json(&out, &new_[i]);
    }
    buf_puts(&out, "}");
    doc_data(d, ar_strdup(d->arena, buf_cstr(&out)));
    buf_free(&out);
}

void whatif_document(Doc *d, const Whatif *w)
{
    Arena *a = d->arena;
    const Result *old = w->old, *new_ = w->new_;
    int *order = whatif_order(a, w);
    int nchanged = 0;
    for (int i = 0; i < w->n; i++)
        nchanged += !whatif_same(&old[i], &new_[i]);
    Buf b;
    buf_init(&b);
    buf_puts(&b, "What if ");
    for (int i = 0; i < w->nsets; i++)
        buf_printf(&b, "%s%s", i ? " and " : "", w->sets[i]);
    buf_puts(&b, "?");
    doc_heading(d, 3, "whatif", ar_strdup(a, buf_cstr(&b)));
    b.len = 0;
    if (nchanged == 0) {
        doc_heading(d, 3, "changed", "Nothing changes.");
    } else {
        doc_heading(d, 3, "changed", ar_printf(a, "%d result%s:", nchanged, nchanged == 1 ? " changes" : "s change"));
        for (int k = 0; k < w->n; k++) {
            int i = order[k];
            if (!whatif_same(&old[i], &new_[i]))
                whatif_line(&b, &old[i], &new_[i], w->view);
        }
        Buf wrapped;
        buf_init(&wrapped);
        report_wrap(&wrapped, buf_cstr(&b));
        doc_pre(d, ar_strdup(a, buf_cstr(&wrapped)));
        buf_free(&wrapped);
        b.len = 0;
    }
    if (w->n - nchanged) {
        buf_puts(&b, "Unchanged: ");
        for (int k = 0, n = 0; k < w->n; k++)
            if (whatif_same(&old[order[k]], &new_[order[k]]))
                buf_printf(&b, "%s%s", n++ ? ", " : "", w->rules[order[k]]->name);
        doc_heading(d, 3, "unchanged", ar_strdup(a, buf_cstr(&b)));
        b.len = 0;
    }
    if (nchanged) {
        doc_heading(d, 3, "why", "Why, with the new facts:");
        buf_puts(&b, "\n");
        Explainer x;
        report_explainer_init(&x);
        for (int k = 0; k < w->n; k++)
            if (!whatif_same(&old[order[k]], &new_[order[k]]))
                report_output(&b, &new_[order[k]], &x, w->view);
        report_explainer_free(&x);
        doc_pre(d, ar_strdup(a, buf_cstr(&b)));
    }
    buf_free(&b);
}
