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
