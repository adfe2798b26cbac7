/* whatif.c: the differences between two evaluations, computed once for every what-if. */
#include "whatif.h"

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

/* ---- whatif: every changed result, old -> new (difference), and why ---- */

/* One changed result as a line per changed member: old -> new (difference)  [cites]; an
 * error on either side, one line for the whole result. */
static void whatif_line(Buf *out, const Result *old, const Result *new_)
{
    const Type *t = old->rule->u.rule.type;
    Arena a;
    ar_init(&a);
    if (old->error || new_->error) {
        buf_printf(out, "  %s: ", old->rule->name);
        if (old->error) buf_printf(out, "error (%s)", old->error->message);
        else value_format(out, &old->value, t);
        buf_puts(out, " -> ");
        if (new_->error) buf_printf(out, "error (%s)", new_->error->message);
        else value_format(out, &new_->value, t);
        buf_puts(out, "\n");
        ar_free(&a);
        return;
    }
    if (old->rule->u.rule.marks_output) {
        /* the marks: which came, which went */
        const Value *ov = &old->value, *nv = &new_->value;
        buf_printf(out, "  unverified: %d -> %d mark%s\n", ov->u.agg.count, nv->u.agg.count,
                   nv->u.agg.count == 1 ? "" : "s");
        for (int pass = 0; pass < 2; pass++) {
            const Value *from = pass ? ov : nv, *in = pass ? nv : ov;
            for (int i = 0; i < from->u.agg.count; i++) {
                bool found = false;
                for (int j = 0; j < in->u.agg.count && !found; j++)
                    found = strcmp(from->u.agg.items[i].u.s, in->u.agg.items[j].u.s) == 0;
                if (!found)
                    buf_printf(out, "    %s %s\n", pass ? "-" : "+", from->u.agg.items[i].u.s);
            }
        }
        ar_free(&a);
        return;
    }
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

void whatif_write_json(Buf *out, const Decl **rules, int nrules, const Result *old, const Result *new_)
{
    buf_puts(out, "{\"changed\": {");
    for (int i = 0, n = 0; i < nrules; i++) {
        if (whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(out, n++ ? ",\n  " : "\n  ");
        json_string(out, rules[i]->name);
        buf_puts(out, ": {\"old\": ");
        report_value_json(out, &old[i]);
        buf_puts(out, ", \"new\": ");
        report_value_json(out, &new_[i]);
        buf_puts(out, ", \"difference\": ");
        if (old[i].error || new_[i].error) buf_puts(out, "null");
        else difference_json(out, &old[i], &new_[i]);
        buf_puts(out, "}");
    }
    buf_puts(out, "},\n\"unchanged\": [");
    for (int i = 0, n = 0; i < nrules; i++) {
        if (!whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(out, n++ ? ", " : "");
        json_string(out, rules[i]->name);
    }
    buf_puts(out, "],\n\"trace\": {");
    for (int i = 0, n = 0; i < nrules; i++) {
        if (whatif_same(&old[i], &new_[i]))
            continue;
        buf_puts(out, n++ ? ",\n  " : "\n  ");
        json_string(out, rules[i]->name);
        buf_puts(out, ": ");
        report_trace_json(out, &new_[i]);
    }
    buf_puts(out, "}}\n");
}

void whatif_write_text(Buf *out, const char *const *sets, int nsets, const Decl **rules, int nrules, const Result *old,
                        const Result *new_)
{
    int nchanged = 0;
    for (int i = 0; i < nrules; i++)
        nchanged += !whatif_same(&old[i], &new_[i]);
    buf_puts(out, "What if ");
    for (int i = 0; i < nsets; i++)
        buf_printf(out, "%s%s", i ? " and " : "", sets[i]);
    buf_puts(out, "?\n\n");
    if (nchanged == 0) {
        buf_puts(out, "Nothing changes.\n");
    } else {
        buf_printf(out, "%d result%s:\n", nchanged, nchanged == 1 ? " changes" : "s change");
        for (int i = 0; i < nrules; i++)
            if (!whatif_same(&old[i], &new_[i]))
                whatif_line(out, &old[i], &new_[i]);
    }
    if (nrules - nchanged) {
        buf_printf(out, "\nUnchanged: ");
        for (int i = 0, n = 0; i < nrules; i++)
            if (whatif_same(&old[i], &new_[i]))
                buf_printf(out, "%s%s", n++ ? ", " : "", rules[i]->name);
        buf_puts(out, "\n");
    }
    if (nchanged) {
        buf_puts(out, "\nWhy, with the new facts:\n\n");
        Explainer x;
        report_explainer_init(&x);
        for (int i = 0; i < nrules; i++)
            if (!whatif_same(&old[i], &new_[i]))
                report_human(out, &new_[i], &x);
        report_explainer_free(&x);
    }
}
