/* report.c: explanations in words and in JSON. */
#include "report.h"

#include <string.h>

static const Type *value_type(const Decl *rule) { return rule->u.rule.type; }

static void cites_into(Buf *b, const CiteList *l)
{
    buf_puts(b, "[");
    for (int i = 0; i < l->count; i++)
        buf_printf(b, "%s%s", i ? "; " : "", l->items[i].text);
    buf_puts(b, "]");
}

const char *report_cites(Arena *a, const Result *r, int member)
{
    Buf b;
    buf_init(&b);
    const TraceNode *n = r->nodes && member < r->nnodes ? r->nodes[member] : NULL;
    if (n)
        cites_into(&b, &n->cites);
    else
        cites_into(&b, &r->rule->u.rule.cites);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static const char *member_name(const Decl *rule, int key)
{
    return enum_member_name(rule->u.rule.param_decl, key);
}

static void node_name(Buf *b, const TraceNode *n)
{
    buf_puts(b, n->rule->name);
    if (n->key >= 0)
        buf_printf(b, "[%s]", member_name(n->rule, n->key));
}

static const char *applied_text(Arena *a, const TraceNode *n)
{
    const char *text = n->condition ? ar_printf(a, "when %s", n->condition)
                     : n->rule->u.rule.ndefs > 1 ? "otherwise: no exception applies" : "definition";
    if (n->rule->u.rule.has_effective) {
        /* which version of a dated rule decided the case: old cases keep old law */
        char from[16], until[16];
        date_str(n->rule->u.rule.effective, from, sizeof from);
        if (n->rule->u.rule.has_until)
            text = ar_printf(a, "%s (version in force from %s until %s)", text, from,
                             date_str(n->rule->u.rule.until, until, sizeof until));
        else
            text = ar_printf(a, "%s (version in force from %s)", text, from);
    }
    return text;
}

void report_explainer_init(Explainer *x)
{
    memset(x, 0, sizeof *x);
    ar_init(&x->arena);
}

void report_explainer_free(Explainer *x)
{
    ar_free(&x->arena);
}

static bool seen_before(Explainer *x, const TraceNode *n)
{
    for (int i = 0; i < x->nseen; i++)
        if (x->seen[i] == n)
            return true;
    AR_PUSH(&x->arena, x->seen, x->nseen, n);
    return false;
}

static void pad(Buf *b, int depth)
{
    for (int i = 0; i < depth; i++)
        buf_puts(b, "  ");
}

static bool is_zero(const Value *v)
{
    return (v->kind == V_BOOL && !v->u.b) || ((v->kind == V_DURATION || v->kind == V_NUMBER) && rat_sign(v->u.r) == 0);
}

/* A member that came to nothing through a rule's default, with nothing read: such members are
 * listed on one line, so the tree shows what mattered. */
static bool trivial(const TraceNode *n)
{
    return n->key >= 0 && is_zero(&n->value) && n->ninputs == 0 && n->nchildren == 0 && n->nsteps == 0
        && n->nown == 0;
}

static void explain_node(Buf *b, const TraceNode *n, int depth, Explainer *x);

static void explain_children(Buf *b, const TraceNode *n, int depth, Explainer *x)
{
    bool *done = n->nchildren ? ar_alloc(&x->arena, sizeof(bool) * (size_t)n->nchildren) : NULL;
    for (int i = 0; i < n->nchildren; i++) {
        const TraceNode *c = n->children[i];
        if (done[i])
            continue;
        if (!trivial(c)) {
            explain_node(b, c, depth, x);
            continue;
        }
        pad(b, depth);
        buf_printf(b, "%s[", c->rule->name);
        int count = 0;
        for (int j = i; j < n->nchildren; j++) {
            const TraceNode *d = n->children[j];
            if (done[j] || !trivial(d) || d->rule != c->rule || d->applied != c->applied || !value_equal(&d->value, &c->value))
                continue;
            done[j] = true;
            buf_printf(b, "%s%s", count++ ? ", " : "", member_name(d->rule, d->key));
        }
        buf_puts(b, "] = ");
        value_format(b, &c->value, value_type(c->rule));
        buf_puts(b, "  ");
        cites_into(b, &c->cites);
        buf_printf(b, "  (applied: %s)\n", applied_text(&x->arena, c));
    }
}

static void explain_node(Buf *b, const TraceNode *n, int depth, Explainer *x)
{
    pad(b, depth);
    node_name(b, n);
    buf_puts(b, " = ");
    value_format(b, &n->value, value_type(n->rule));
    buf_puts(b, "  ");
    cites_into(b, &n->cites);
    if (seen_before(x, n)) {
        buf_puts(b, "  (explained above)\n");
        return;
    }
    buf_puts(b, "\n");
    /* under a result, every mark it rests on; further down, where each one comes in */
    int nmarks = depth == 0 ? n->nmarks : n->nown;
    const Mark **marks = depth == 0 ? n->marks : n->own;
    for (int i = 0; i < nmarks; i++) {
        pad(b, depth + 1);
        buf_printf(b, "unverified: %s\n", marks[i]->text);
    }
    pad(b, depth + 1);
    buf_printf(b, "applied: %s\n", applied_text(&x->arena, n));
    if (n->reason) {
        pad(b, depth + 1);
        buf_printf(b, "why: %s\n", n->reason);
    }
    if (n->ninputs) {
        pad(b, depth + 1);
        buf_puts(b, "facts: ");
        for (int i = 0; i < n->ninputs; i++) {
            buf_printf(b, "%s%s = ", i ? ", " : "", n->inputs[i].path);
            value_format(b, &n->inputs[i].value, n->inputs[i].type);
        }
        buf_puts(b, "\n");
    }
    for (int i = 0; i < n->nsteps; i++) {
        pad(b, depth + 1);
        buf_printf(b, "step: %s\n", n->steps[i]);
    }
    explain_children(b, n, depth + 1, x);
}

/* Whether member i of a table result is shown: always, unless it is 0:00 or false and its
 * key is one the case says nothing about. */
static bool member_shown(const Result *r, int i, const OutputView *v)
{
    const Decl *param = r->rule->u.rule.param_decl;
    if (!v || v->all || !v->keys || !param || !is_zero(&r->value.u.agg.items[i]))
        return true;
    const Decl *root = param->u.enm.root;
    const bool *present = v->keys->present[root->index];
    return !present || present[param->u.enm.root_index[i]];
}

/* The built-in output `unverified`: its marks, one a line. */
static void marks_lines(Buf *out, const Result *r)
{
    int n = r->value.u.agg.count;
    if (n == 0) {
        buf_puts(out, "unverified = none: every figure here rests on checked text\n");
        return;
    }
    buf_printf(out, "unverified = %d figure%s or reading%s not yet checked against the regulation's text:\n", n,
               n == 1 ? "" : "s", n == 1 ? "" : "s");
    for (int i = 0; i < n; i++)
        buf_printf(out, "  - %s\n", r->value.u.agg.items[i].u.s);
}

static void explain_view(Buf *out, const Result *r, Explainer *x, const OutputView *v)
{
    if (r->rule->u.rule.marks_output && !r->error) {
        marks_lines(out, r);
        return;
    }
    for (int i = 0; i < r->nnodes; i++)
        if (r->nodes[i] && member_shown(r, i, v))
            explain_node(out, r->nodes[i], 0, x);
}

void report_explain(Buf *out, const Result *r, Explainer *x)
{
    explain_view(out, r, x, NULL);
}

static void error_line(Buf *out, const Result *r)
{
    buf_printf(out, "%s: error: %s", r->rule->name, r->error->message);
    if (r->error->rule && r->error->rule != r->rule)
        buf_printf(out, " (in rule %s)", r->error->rule->name);
    if (r->error->cites.count) {
        buf_puts(out, "  ");
        cites_into(out, &r->error->cites);
    }
    buf_puts(out, "\n");
}

bool report_not_evaluated(const Result *r, const OutputView *v)
{
    return r->error && r->error->missing && v && v->missing_ok;
}

void report_human(Buf *out, const Result *r, Explainer *explain)
{
    report_output(out, r, explain, NULL);
}

void report_output(Buf *out, const Result *r, Explainer *explain, const OutputView *v)
{
    if (report_not_evaluated(r, v)) {
        buf_printf(out, "%s: not evaluated: the case has no %s (%s)", r->rule->name, r->error->missing,
                   r->error->missing_desc);
        if (r->error->cites.count) {
            buf_puts(out, "  ");
            cites_into(out, &r->error->cites);
        }
        buf_puts(out, explain ? "\n\n" : "\n");
        return;
    }
    if (r->error) {
        error_line(out, r);
        return;
    }
    if (explain) {
        explain_view(out, r, explain, v);
        buf_puts(out, "\n");
        return;
    }
    if (r->rule->u.rule.marks_output) {
        marks_lines(out, r);
        return;
    }
    const Type *t = value_type(r->rule);
    Arena a;
    ar_init(&a);
    if (!r->rule->u.rule.param_decl) {
        buf_printf(out, "%s = ", r->rule->name);
        value_format(out, &r->value, t);
        buf_printf(out, "  %s\n", report_cites(&a, r, 0));
    } else {
        for (int i = 0; i < r->value.u.agg.count; i++) {
            if (!member_shown(r, i, v))
                continue;
            buf_printf(out, "%s[%s] = ", r->rule->name, member_name(r->rule, i));
            value_format(out, &r->value.u.agg.items[i], t);
            buf_printf(out, "  %s\n", report_cites(&a, r, i));
        }
    }
    ar_free(&a);
}

void report_value_json(Buf *out, const Result *r)
{
    if (r->error) {
        buf_puts(out, "{\"error\": {\"message\": ");
        json_string(out, r->error->message);
        buf_puts(out, ", \"rule\": ");
        json_string(out, r->error->rule ? r->error->rule->name : r->rule->name);
        buf_puts(out, ", \"cite\": [");
        for (int i = 0; i < r->error->cites.count; i++) {
            buf_puts(out, i ? ", " : "");
            json_string(out, r->error->cites.items[i].text);
        }
        buf_puts(out, "]}}");
        return;
    }
    const Type *t = value_type(r->rule);
    if (!r->rule->u.rule.param_decl) {
        value_json(out, &r->value, t);
        return;
    }
    buf_puts(out, "{");
    const Member *members = r->rule->u.rule.param_decl->u.enm.members;
    for (int i = 0; i < r->value.u.agg.count; i++) {
        buf_puts(out, i ? ", \"" : "\"");
        /* a member's name is an identifier: nothing to escape; its length is known once the
         * rules are compiled (code_compile), and measured here otherwise */
        const char *name = members[i].name;
        buf_add(out, name, members[i].name_len ? (size_t)members[i].name_len : strlen(name));
        buf_puts(out, "\": ");
        value_json(out, &r->value.u.agg.items[i], t);
    }
    buf_puts(out, "}");
}

void report_output_json(Buf *out, const Result *r, const OutputView *v)
{
    if (!report_not_evaluated(r, v)) {
        report_value_json(out, r);
        return;
    }
    buf_puts(out, "{\"missing\": [");
    json_string(out, r->error->missing);
    buf_puts(out, "]}");
}

/* Marks what a fact's value speaks of, by its type: table keys with an entry, enum values. */
static void mark_keys(CaseKeys *k, const Type *t, const Value *v)
{
    if (!t || !v || v->kind == V_ABSENT)
        return;
    switch (t->kind) {
    case T_ENUM:
        if (v->kind == V_ENUM && k->present[t->enm->u.enm.root->index])
            k->present[t->enm->u.enm.root->index][v->u.member] = true;
        break;
    case T_TABLE: {
        if (v->kind != V_TABLE || !t->keys[0].enm)
            break;
        const Decl *key = t->keys[0].enm;
        int n2 = t->nkeys == 2 ? key_size(&t->keys[1]) : 1;
        bool *present = k->present[key->u.enm.root->index];
        for (int i = 0; i < v->u.agg.count; i++) {
            const Value *cell = &v->u.agg.items[i];
            if (cell->kind == V_ABSENT)
                continue;
            if (present)
                present[key->u.enm.root_index[i / n2]] = true;
            mark_keys(k, t->elem, cell);
        }
        break;
    }
    case T_RECORD:
        if (v->kind == V_RECORD)
            for (int i = 0; i < t->nfields && i < v->u.agg.count; i++)
                mark_keys(k, t->fields[i].type, &v->u.agg.items[i]);
        break;
    case T_LIST:
        if (v->kind == V_LIST)
            for (int i = 0; i < v->u.agg.count; i++)
                mark_keys(k, t->elem, &v->u.agg.items[i]);
        break;
    default:
        break;
    }
}

/* The enums that key an input table (anywhere in its type) are the ones tracked. */
static void track_keys(CaseKeys *k, Arena *a, const Type *t)
{
    if (!t)
        return;
    if (t->kind == T_TABLE && t->keys[0].enm) {
        const Decl *root = t->keys[0].enm->u.enm.root;
        if (!k->present[root->index])
            k->present[root->index] = ar_alloc(a, sizeof(bool) * (size_t)(enum_size(root) + 1));
    }
    if (t->kind == T_TABLE || t->kind == T_LIST)
        track_keys(k, a, t->elem);
    if (t->kind == T_RECORD)
        for (int i = 0; i < t->nfields; i++)
            track_keys(k, a, t->fields[i].type);
}

void report_case_keys(CaseKeys *k, Arena *a, const Program *p, const Facts *f)
{
    k->present = ar_alloc(a, sizeof(bool *) * (size_t)(p->nenums + 1));
    for (int i = 0; i < p->ninputs; i++)
        track_keys(k, a, p->inputs[i]->u.input.type);
    for (int i = 0; i < p->ninputs && i < f->count; i++)
        mark_keys(k, p->inputs[i]->u.input.type, &f->values[p->inputs[i]->index]);
}

static void node_json(Buf *b, const TraceNode *n, Explainer *seen)
{
    bool repeated = seen_before(seen, n);
    buf_puts(b, "{\"rule\": ");
    Buf name;
    buf_init(&name);
    node_name(&name, n);
    json_string(b, buf_cstr(&name));
    buf_free(&name);
    buf_puts(b, ", \"value\": ");
    value_json(b, &n->value, value_type(n->rule));
    buf_puts(b, ", \"cite\": [");
    for (int i = 0; i < n->cites.count; i++) {
        buf_puts(b, i ? ", " : "");
        json_string(b, n->cites.items[i].text);
    }
    buf_puts(b, "], \"unverified\": [");
    for (int i = 0; i < n->nmarks; i++) {
        buf_puts(b, i ? ", " : "");
        json_string(b, n->marks[i]->text);
    }
    buf_puts(b, "], \"applied\": ");
    json_string(b, applied_text(&seen->arena, n));
    if (n->reason) {
        buf_puts(b, ", \"reason\": ");
        json_string(b, n->reason);
    }
    buf_puts(b, ", \"inputs\": {");
    for (int i = 0; i < n->ninputs && !repeated; i++) {
        buf_puts(b, i ? ", " : "");
        json_string(b, n->inputs[i].path);
        buf_puts(b, ": ");
        value_json(b, &n->inputs[i].value, n->inputs[i].type);
    }
    buf_puts(b, "}, \"steps\": [");
    for (int i = 0; i < n->nsteps && !repeated; i++) {
        buf_puts(b, i ? ", " : "");
        json_string(b, n->steps[i]);
    }
    buf_puts(b, "], \"children\": [");
    for (int i = 0; i < n->nchildren && !repeated; i++) {
        buf_puts(b, i ? ", " : "");
        node_json(b, n->children[i], seen);
    }
    buf_puts(b, "]");
    if (repeated)
        buf_puts(b, ", \"repeated\": true");
    buf_puts(b, "}");
}

void report_trace_json(Buf *out, const Result *r)
{
    Explainer seen;
    report_explainer_init(&seen);
    if (r->error || !r->nodes) {
        buf_puts(out, "null");
    } else if (!r->rule->u.rule.param_decl) {
        node_json(out, r->nodes[0], &seen);
    } else {
        buf_puts(out, "{");
        for (int i = 0; i < r->nnodes; i++) {
            buf_puts(out, i ? ", " : "");
            json_string(out, member_name(r->rule, i));
            buf_puts(out, ": ");
            node_json(out, r->nodes[i], &seen);
        }
        buf_puts(out, "}");
    }
    report_explainer_free(&seen);
}

bool report_difference(const Value *old, const Value *new_, Value *diff)
{
    if (old->kind != new_->kind || (old->kind != V_NUMBER && old->kind != V_DURATION && old->kind != V_DAYS))
        return false;
    *diff = *new_;
    return rat_sub(new_->u.r, old->u.r, &diff->u.r);
}

void report_signed(Buf *out, const Value *diff, const Type *t)
{
    if (rat_sign(diff->u.r) >= 0)
        buf_puts(out, "+");
    value_format(out, diff, t);
}

void report_member(Buf *out, const Result *r, int member, Explainer *explain, char sep)
{
    if (r->error) {
        report_human(out, r, NULL);
        return;
    }
    Result one = *r;
    if (r->nnodes > member) {
        one.nodes = &r->nodes[member];
        one.nnodes = 1;
    }
    if (explain) {
        report_explain(out, &one, explain);
        return;
    }
    Arena a;
    ar_init(&a);
    buf_printf(out, sep == '[' ? "%s[%s] = " : "%s.%s = ", r->rule->name, member_name(r->rule, member));
    value_format(out, &r->value.u.agg.items[member], value_type(r->rule));
    buf_printf(out, "  %s\n", report_cites(&a, r, member));
    ar_free(&a);
}

void report_member_json(Buf *out, const Result *r, int member)
{
    if (r->error) {
        report_value_json(out, r);
        return;
    }
    value_json(out, &r->value.u.agg.items[member], value_type(r->rule));
}

void report_member_trace_json(Buf *out, const Result *r, int member)
{
    if (r->error || !r->nodes || member >= r->nnodes) {
        buf_puts(out, "null");
        return;
    }
    Explainer seen;
    report_explainer_init(&seen);
    node_json(out, r->nodes[member], &seen);
    report_explainer_free(&seen);
}
