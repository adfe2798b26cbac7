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

const char *report_cite_list(Arena *a, const CiteList *l)
{
    Buf b;
    buf_init(&b);
    cites_into(&b, l);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
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

bool report_is_zero(const Value *v)
{
    return (v->kind == V_BOOL && !v->u.b) || ((v->kind == V_DURATION || v->kind == V_NUMBER) && rat_sign(v->u.r) == 0);
}

/* A member that came to nothing through a rule's default, with nothing read: such members are
 * listed on one line, so the tree shows what mattered. */
static bool trivial(const TraceNode *n)
{
    return n->key >= 0 && report_is_zero(&n->value) && n->ninputs == 0 && n->nchildren == 0 && n->nsteps == 0
        && n->nown == 0;
}

static void explain_node(Buf *b, const TraceNode *n, int depth, Explainer *x);

/* A 0:00 or false entry of a key the case says nothing about (a task it does not have),
 * under the explainer's view. */
static bool absent_entry(const Explainer *x, const TraceNode *n)
{
    if (!x->view || x->view->all || !x->view->keys || n->key < 0 || !report_is_zero(&n->value))
        return false;
    const Decl *param = n->rule->u.rule.param_decl;
    const bool *present = x->view->keys->present[param->u.enm.root->index];
    return present && !present[param->u.enm.root_index[n->key]];
}

/* The absent entries of c's rule among n's children, on one line: by name where they fit. */
static void absent_line(Buf *b, const TraceNode *n, int from, int depth, Explainer *x, bool *done)
{
    const TraceNode *c = n->children[from];
    Buf names;
    buf_init(&names);
    int count = 0;
    for (int j = from; j < n->nchildren; j++) {
        const TraceNode *d = n->children[j];
        if (done[j] || d->rule != c->rule || !absent_entry(x, d) || !value_equal(&d->value, &c->value))
            continue;
        done[j] = true;
        buf_printf(&names, "%s%s", count++ ? ", " : "", member_name(d->rule, d->key));
    }
    Buf value;
    buf_init(&value);
    value_format(&value, &c->value, value_type(c->rule));
    pad(b, depth);
    const char *note = "(the case has no facts for them)";
    if (2 * depth + (int)strlen(c->rule->name) + (int)names.len + (int)value.len + (int)strlen(note) + 7 <= 100)
        buf_printf(b, "%s[%s] = %s  %s\n", c->rule->name, buf_cstr(&names), buf_cstr(&value), note);
    else
        buf_printf(b, "%s = %s for %d entries the case has no facts for\n", c->rule->name, buf_cstr(&value), count);
    buf_free(&names);
    buf_free(&value);
}

static void explain_children(Buf *b, const TraceNode *n, int depth, Explainer *x)
{
    bool *done = n->nchildren ? ar_alloc(&x->arena, sizeof(bool) * (size_t)n->nchildren) : NULL;
    for (int i = 0; i < n->nchildren; i++) {
        const TraceNode *c = n->children[i];
        if (done[i])
            continue;
        if (absent_entry(x, c)) {
            absent_line(b, n, i, depth, x, done);
            continue;
        }
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

/* A fact's path as the rules write it: a table's entry by its key in brackets
 * (ranks[domestic]), a record's field after a dot (notice_of_action.date). JSON keeps the
 * dotted path, as --set and case files write it. */
static void fact_path(Buf *b, const TraceNode *n, const char *path)
{
    const char *dot = strchr(path, '.');
    for (int i = 0; dot && i < n->rule->u.rule.nreads; i++) {
        const Decl *in = n->rule->u.rule.reads[i];
        if (strlen(in->name) != (size_t)(dot - path) || strncmp(in->name, path, (size_t)(dot - path)) != 0)
            continue;
        if (in->u.input.type->kind != T_TABLE)
            break;
        const char *rest = strchr(dot + 1, '.');
        size_t klen = rest ? (size_t)(rest - dot - 1) : strlen(dot + 1);
        buf_printf(b, "%s[%.*s]%s", in->name, (int)klen, dot + 1, rest ? rest : "");
        return;
    }
    buf_puts(b, path);
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
    /* marks of one reason on one line: "unverified: htg[dressing, 3], htg[feeding, 3]: recalled" */
    bool *said = nmarks ? ar_alloc(&x->arena, sizeof(bool) * (size_t)nmarks) : NULL;
    for (int i = 0; i < nmarks; i++) {
        if (said[i])
            continue;
        pad(b, depth + 1);
        buf_puts(b, "unverified: ");
        for (int j = i, k = 0; j < nmarks; j++)
            if (!said[j] && strcmp(marks[j]->reason, marks[i]->reason) == 0) {
                said[j] = true;
                buf_printf(b, "%s%s", k++ ? ", " : "", marks[j]->where);
            }
        buf_printf(b, ": %s\n", marks[i]->reason);
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
            buf_puts(b, i ? ", " : "");
            fact_path(b, n, n->inputs[i].path);
            buf_puts(b, " = ");
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
bool report_member_shown(const Result *r, int i, const OutputView *v)
{
    const Decl *param = r->rule->u.rule.param_decl;
    if (!v || v->all || !v->keys || !param || !report_is_zero(&r->value.u.agg.items[i]))
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

/* The tree's lines within TREE_WIDTH columns: a longer line goes on at its own indent plus 4,
 * broken at a space (outside a citation's brackets where it can be). */
#define TREE_WIDTH 100

void report_wrap(Buf *out, const char *text)
{
    while (*text) {
        const char *end = strchr(text, '\n');
        size_t len = end ? (size_t)(end - text) : strlen(text);
        size_t indent = strspn(text, " "), skip = indent;
        size_t col = 0, start = 0;
        while (len - start + col > TREE_WIDTH) {
            size_t room = TREE_WIDTH - col, cut = 0, before = 0, cut_out = 0;
            int depth = 0;
            for (size_t i = start; i < len && i - start <= room; i++) {
                if (text[i] == '[') depth++;
                if (text[i] == ']' && depth) depth--;
                if (text[i] == ' ' && i > start + skip) {
                    if (!depth) {
                        before = cut;
                        cut = i;
                    }
                    cut_out = i;
                }
            }
            if (cut && before && len - cut < 16)
                cut = before;           /* no word or two left alone: "Attachment C", "(explained above)" */
            if (!cut)
                cut = cut_out;
            if (!cut)
                break;
            size_t keep = cut;
            while (keep > start && text[keep - 1] == ' ')
                keep--;                 /* the two spaces before a citation end no line */
            buf_add(out, text + start, keep - start);
            buf_puts(out, "\n");
            for (size_t i = 0; i < indent + 4; i++)
                buf_puts(out, " ");
            col = indent + 4;
            start = cut + 1;
            skip = 0;
        }
        buf_add(out, text + start, len - start);
        buf_puts(out, "\n");
        text += len + (end ? 1 : 0);
    }
}

static void explain_view(Buf *out, const Result *r, Explainer *x, const OutputView *v)
{
    if (r->rule->u.rule.marks_output && !r->error) {
        Buf lines;
        buf_init(&lines);
        marks_lines(&lines, r);
        report_wrap(out, buf_cstr(&lines));
        buf_free(&lines);
        return;
    }
    Buf tree;
    buf_init(&tree);
    int left_out = 0;
    for (int i = 0; i < r->nnodes; i++) {
        if (r->nodes[i] && report_member_shown(r, i, v))
            explain_node(&tree, r->nodes[i], 0, x);
        else if (r->nodes[i])
            left_out++;
    }
    if (left_out)
        buf_printf(&tree, "%s: %d entr%s the case has no facts for, each 0:00 or false, left out\n",
                   r->rule->name, left_out, left_out == 1 ? "y" : "ies");
    report_wrap(out, buf_cstr(&tree));
    buf_free(&tree);
}

void report_explain(Buf *out, const Result *r, Explainer *x)
{
    explain_view(out, r, x, x->view);
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

const char *report_lacks(Arena *a, const Result *r)
{
    const Decl *reader = r->error->rule;
    if (reader && reader != r->rule)
        return ar_printf(a, "the case has no %s (%s), which the rule %s reads", r->error->missing,
                         r->error->missing_desc, reader->name);
    return ar_printf(a, "the case has no %s (%s)", r->error->missing, r->error->missing_desc);
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
        Arena a;
        ar_init(&a);
        Buf line;
        buf_init(&line);
        buf_printf(&line, "%s: not evaluated: %s", r->rule->name, report_lacks(&a, r));
        ar_free(&a);
        if (r->error->cites.count) {
            buf_puts(&line, "  ");
            cites_into(&line, &r->error->cites);
        }
        buf_puts(&line, "\n");
        report_wrap(out, buf_cstr(&line));
        buf_free(&line);
        if (explain)
            buf_puts(out, "\n");
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
            if (!report_member_shown(r, i, v))
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
        explain_view(out, &one, explain, NULL);     /* the entry asked for, whatever the view */
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
