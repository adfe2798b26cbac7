/* code.c: lowering checked rules to the compiled form of code.h, once per rule version and
 * member, when the rules are loaded. */
#include "code.h"
#include "builtins.h"
#include "limit.h"

#include <string.h>

/* Variables whose value is known while lowering: the rule's parameter (slot 0) and the
 * loop variables of the enum comprehensions being unrolled. */
typedef struct Lower {
    Arena *a;
    long budget;                /* nodes left to make; past it, rules stay uncompiled */
    int slots[8], members[8];
    int nbound;
    const int *memo_base;       /* per rule index: its first slot in Eval.memo_all */
    bool uses_vars;             /* a node made reads or writes the rule's variables */
} Lower;

static Code *node(Lower *l, CodeKind kind, const Expr *x)
{
    Code *c = ar_alloc(l->a, sizeof *c);
    l->budget--;
    l->uses_vars |= kind == CODE_EXPR || kind == CODE_FOLD || kind == CODE_EACH || kind == CODE_VAR;
    c->kind = kind;
    c->x = x;
    c->cell = -1;
    return c;
}

static Code *constant(Lower *l, const Expr *x, Value v)
{
    Code *c = node(l, CODE_CONST, x);
    c->u.k = v;
    return c;
}

static Code *boolean(Lower *l, const Expr *x, bool b) { return constant(l, x, value_bool(b)); }

static bool is_const(const Code *c) { return c->kind == CODE_CONST; }
static bool is_bool(const Code *c, bool b) { return is_const(c) && c->u.k.kind == V_BOOL && c->u.k.u.b == b; }
/* Kinds whose constants a comparison may fold: the ones value_cmp orders. */
static bool is_ordered(ValueKind k)
{
    return (1u << k) & (1u << V_NUMBER | 1u << V_DURATION | 1u << V_DAYS | 1u << V_DATE);
}
static bool is_fact(const Code *c) { return c->kind == CODE_SLOT || c->kind == CODE_CELL || c->kind == CODE_FIELD; }

/* Where a fact is read: its kind (CODE_SLOT/CELL/FIELD), input index and cell. */
typedef struct FactAt { int kind, index, cell; } FactAt;

static FactAt fact_at(const Code *c)
{
    FactAt f = { c->kind == CODE_TEST || c->kind == CODE_HAS_TEST ? c->nargs : c->kind, c->index, c->cell };
    return f;
}

static bool same_fact(FactAt a, FactAt b)
{
    return a.kind == b.kind && a.index == b.index && a.cell == b.cell;
}

/* Facts that `c` proves present when it holds: the has() among its top-level conjuncts. */
typedef struct Guards { FactAt facts[16]; int n; } Guards;

static void add_guards(Guards *g, const Code *c)
{
    if (c->kind == CODE_AND) {
        add_guards(g, c->u.op.a);
        add_guards(g, c->u.op.b);
    } else if (c->kind == CODE_HAS && !c->op && g->n < 16) {
        g->facts[g->n++] = fact_at(c->u.op.a);
    } else if (c->kind == CODE_HAS_TEST && g->n < 16) {
        g->facts[g->n++] = fact_at(c);
    }
}

/* True when evaluating `c` cannot fail (no missing fact, no arithmetic, no rule), given the
 * facts in `g` are present. Only then may a conjunct beside a constant false be skipped. */
static bool cannot_fail(const Code *c, const Guards *g)
{
    switch (c->kind) {
    case CODE_CONST: case CODE_HAS: case CODE_HAS_TEST: return true;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: case CODE_TEST:
        if (c->kind == CODE_TEST && c->nargs == CODE_RULE)
            return false;       /* a rule may fail */
        /* an input with a default is never absent: the reader, --set and unset all put the
         * default back (facts.c fill_defaults) */
        if (c->kind == CODE_SLOT && c->x->u.id.decl->u.input.deflt_value)
            return true;
        for (int i = 0; i < g->n; i++)
            if (same_fact(g->facts[i], fact_at(c)))
                return true;
        return false;
    case CODE_NOT: case CODE_IN_SET: return cannot_fail(c->u.op.a, g);
    case CODE_COMPARE: case CODE_IN_RANGE: case CODE_OR: return cannot_fail(c->u.op.a, g) && cannot_fail(c->u.op.b, g);
    case CODE_AND: {
        Guards inner = *g;      /* the right side runs only when the left holds */
        add_guards(&inner, c->u.op.a);
        return cannot_fail(c->u.op.a, g) && cannot_fail(c->u.op.b, &inner);
    }
    default: return false;
    }
}

/* True when `c` is false whatever the case: false itself, or a conjunction with a conjunct
 * that is (minor and false: `minor` is still evaluated, for its errors). */
static bool always_false(const Code *c)
{
    return is_bool(c, false) || (c->kind == CODE_AND && (always_false(c->u.op.a) || always_false(c->u.op.b)));
}

/* ---- what the exceptions before one have evaluated already ----
 * Every exception before another in a member's list is tried whenever that one is (the
 * search stops only below the priority chosen), so what they surely evaluated, a later
 * condition reads again from the memo slots and facts, with no new error and no new mark.
 * A condition that is always false and evaluates nothing else is then dropped. */

typedef struct Seen { const Code *c[64]; int n; } Seen;

static bool same_code(const Code *a, const Code *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case CODE_CONST: return value_equal(&a->u.k, &b->u.k);
    case CODE_RULE: case CODE_SLOT: case CODE_CELL: case CODE_FIELD: return same_fact(fact_at(a), fact_at(b));
    case CODE_TEST: case CODE_HAS_TEST:
        return a->op == b->op && same_fact(fact_at(a), fact_at(b)) && value_equal(&a->u.k, &b->u.k);
    case CODE_HAS: return a->op == b->op && same_code(a->u.op.a, b->u.op.a);
    case CODE_NOT: return same_code(a->u.op.a, b->u.op.a);
    case CODE_IN_SET: return a->u.op.decl == b->u.op.decl && same_code(a->u.op.a, b->u.op.a);
    case CODE_AND: case CODE_OR: return same_code(a->u.op.a, b->u.op.a) && same_code(a->u.op.b, b->u.op.b);
    default: return false;
    }
}

/* What evaluating `c` surely evaluates: itself and its first operands. */
static void add_seen(Seen *s, const Code *c)
{
    if (s->n < 64)
        s->c[s->n++] = c;
    switch (c->kind) {
    case CODE_AND: case CODE_OR: case CODE_NOT: case CODE_IN_SET: add_seen(s, c->u.op.a); break;
    case CODE_COMPARE: case CODE_IN_RANGE: add_seen(s, c->u.op.a); add_seen(s, c->u.op.b); break;
    default: break;
    }
}

/* A fact or rule read by `c` (itself, or a test of it) that `s` reads too, by the same
 * FactAt: a rule's is (CODE_RULE, its slot, its member). */
static bool seen_read(const Seen *s, const Code *c)
{
    for (int i = 0; i < s->n; i++) {
        const Code *o = s->c[i];
        if ((is_fact(o) || o->kind == CODE_RULE || o->kind == CODE_TEST) && same_fact(fact_at(o), fact_at(c)))
            return true;
    }
    return false;
}

/* True when evaluating `c` now can neither fail nor mark: everything it reads was read before. */
static bool nothing_new(const Code *c, const Seen *s)
{
    for (int i = 0; i < s->n; i++)
        if (same_code(s->c[i], c))
            return true;
    switch (c->kind) {
    case CODE_CONST: case CODE_HAS: case CODE_HAS_TEST: return true;
    case CODE_RULE: case CODE_SLOT: case CODE_CELL: case CODE_FIELD: case CODE_TEST: return seen_read(s, c);
    case CODE_NOT: case CODE_IN_SET: return nothing_new(c->u.op.a, s);
    case CODE_AND: case CODE_OR: case CODE_COMPARE: case CODE_IN_RANGE:
        return nothing_new(c->u.op.a, s) && nothing_new(c->u.op.b, s);
    default: return false;
    }
}

static Code *lower(Lower *l, const Expr *x);
static Code *lower_fold(Lower *l, const Expr *x);

/* f op k, for a fact (or a rule) f and a constant k: one node that reads f in place. */
static Code *test(Lower *l, Op op, Code *f, Code *k)
{
    Code *c = node(l, CODE_TEST, f->x);
    c->op = (unsigned char)op;
    c->nargs = f->kind;
    c->index = f->index;
    c->cell = f->cell;
    c->u.k = k->u.k;
    return c;
}

static Code *lower_logic(Lower *l, const Expr *x)
{
    bool is_and = x->u.op.op == OP_AND;
    Code *a = lower(l, x->u.op.a), *b = lower(l, x->u.op.b);
    if (is_bool(a, !is_and))            /* false and ..., true or ... */
        return a;
    if (is_and && always_false(a))      /* (spouse_provides and false) and ...: never read */
        return a;
    if (is_bool(a, is_and))             /* true and b, false or b */
        return b;
    if (is_bool(b, is_and))             /* a and true, a or false */
        return a;
    if (is_bool(b, !is_and)) {          /* a and false: false, if evaluating a cannot fail */
        Guards none = { .n = 0 };
        if (cannot_fail(a, &none))
            return b;
    }
    if (is_and && a->kind == CODE_HAS && !a->op && b->kind == CODE_TEST && same_fact(fact_at(a->u.op.a), fact_at(b))) {
        b->kind = CODE_HAS_TEST;        /* has(f) and f op k */
        return b;
    }
    if (is_and && a->kind == CODE_HAS && !a->op && is_fact(b) && same_fact(fact_at(a->u.op.a), fact_at(b))) {
        Code *t = test(l, OP_EQ, b, boolean(l, x, true));   /* has(f) and f, f a bool */
        t->kind = CODE_HAS_TEST;
        return t;
    }
    Code *c = node(l, is_and ? CODE_AND : CODE_OR, x);
    c->u.op.a = a;
    c->u.op.b = b;
    return c;
}

static Code *lower_binary(Lower *l, const Expr *x)
{
    Op op = x->u.op.op;
    if (op == OP_AND || op == OP_OR)
        return lower_logic(l, x);
    if (op == OP_IN && x->u.op.b->kind == E_NAME && x->u.op.b->u.id.ref == REF_NONE) {
        const Decl *set = x->u.op.b->u.id.decl;
        Code *a = lower(l, x->u.op.a);
        if (is_const(a))
            return boolean(l, x, set->u.enm.local_index[a->u.k.u.member] >= 0);
        Code *c = node(l, CODE_IN_SET, x);
        c->u.op.a = a;
        c->u.op.decl = set;
        return c;
    }
    if (op == OP_IN) {
        Code *c = node(l, CODE_IN_RANGE, x);
        c->u.op.a = lower(l, x->u.op.a);
        c->u.op.b = lower(l, x->u.op.b);
        if ((is_fact(c->u.op.a) || c->u.op.a->kind == CODE_RULE) && is_const(c->u.op.b))
            return test(l, OP_IN, c->u.op.a, c->u.op.b);
        return c;
    }
    if (op < OP_EQ || op > OP_GE) {     /* + - * /: arith() does them, with its checks */
        Code *c = node(l, CODE_ARITH, x);
        c->u.op.a = lower(l, x->u.op.a);
        c->u.op.b = lower(l, x->u.op.b);
        return c;
    }
    Code *a = lower(l, x->u.op.a), *b = lower(l, x->u.op.b);
    if (is_const(a) && is_const(b) && a->u.k.kind == V_ENUM && b->u.k.kind == V_ENUM) {
        bool eq = a->u.k.u.member == b->u.k.u.member;
        if (op == OP_EQ || op == OP_NE)
            return boolean(l, x, op == OP_EQ ? eq : !eq);
    }
    if (is_const(a) && is_const(b) && a->u.k.kind == b->u.k.kind && is_ordered(a->u.k.kind)) {
        int cmp = value_cmp(&a->u.k, &b->u.k);  /* count(...) > 1 once the count is known */
        bool eq = value_equal(&a->u.k, &b->u.k);
        bool r = op == OP_EQ ? eq : op == OP_NE ? !eq : op == OP_LT ? cmp < 0 : op == OP_LE ? cmp <= 0
               : op == OP_GT ? cmp > 0 : cmp >= 0;
        return boolean(l, x, r);
    }
    if ((is_fact(a) || a->kind == CODE_RULE) && is_const(b))
        return test(l, op, a, b);
    Code *c = node(l, CODE_COMPARE, x);
    c->op = op;
    c->u.op.a = a;
    c->u.op.b = b;
    if ((op == OP_EQ || op == OP_NE) && a->kind == CODE_GET && a->u.op.a->kind == CODE_VAR
        && is_const(b) && b->u.k.kind == V_ENUM) {
        Code *t = node(l, CODE_ITEM_IS, x);     /* one node, not compare, get and var */
        t->op = op;
        t->index = a->u.op.a->index;
        t->cell = a->cell;
        t->nargs = b->u.k.u.member;
        t->u.op.a = c;
        return t;
    }
    return c;
}

static Code **lower_all(Lower *l, Expr **xs, int n)
{
    Code **cs = ar_alloc(l->a, sizeof(Code *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        cs[i] = lower(l, xs[i]);
    return cs;
}

/* A constant table's cell for constant keys, known while lowering: 1 (in *out) when the cell
 * is given, 0 when it is not, -1 when it cannot be known (a table with versions by date, a
 * key known only per case) or must be read at run time (the cell carries an unverified mark,
 * which reading it adds). */
static int table_lookup(const Code *c, Value *out)
{
    const Decl *t = c->x->u.index.obj->u.id.decl;
    if (t->next_version || t->u.table.has_effective)
        return -1;
    const Type *tt = t->u.table.type;
    int cells[2] = { 0, 0 };
    for (int i = 0; i < c->nargs; i++) {
        if (!is_const(c->u.list.args[i]))
            return -1;
        cells[i] = key_cell(&tt->keys[i], &c->u.list.args[i]->u.k);
        if (cells[i] < 0)
            return -1;
    }
    int cell = cells[0] * (tt->nkeys == 2 ? key_size(&tt->keys[1]) : 1) + cells[1];
    const int *m = t->u.table.cell_marks ? &t->u.table.cell_marks[cell * 3] : NULL;
    if (m && (m[0] >= 0 || m[1] >= 0 || m[2] >= 0))
        return -1;
    *out = t->u.table.cells[cell];
    return out->kind != V_ABSENT;
}

static Code *lower_index(Lower *l, const Expr *x)
{
    const Expr *obj = x->u.index.obj;
    if (obj->kind == E_NAME && obj->u.id.ref == REF_TABLE) {
        Code *c = node(l, CODE_TABLE, x);
        c->nargs = x->u.index.nargs;
        c->u.list.args = lower_all(l, (Expr **)x->u.index.args, c->nargs);
        Value v;
        if (table_lookup(c, &v) == 1)       /* fi_function[dressing]: dressing_prosthesis */
            return constant(l, x, v);
        return c;
    }
    if (obj->kind != E_NAME || x->u.index.nargs != 1)
        return node(l, CODE_EXPR, x);
    Code *k = lower(l, x->u.index.args[0]);
    if (!is_const(k))
        return node(l, CODE_EXPR, x);
    if (obj->u.id.ref == REF_INPUT && obj->type->kind == T_TABLE) {
        int cell = key_cell(&obj->type->keys[0], &k->u.k);
        if (cell < 0)
            return node(l, CODE_EXPR, x);
        Code *c = node(l, CODE_CELL, x);
        c->index = obj->u.id.decl->index;
        c->cell = cell;
        return c;
    }
    if (obj->u.id.ref == REF_RULE && obj->u.id.decl->u.rule.param_decl && k->u.k.kind == V_ENUM) {
        int cell = obj->u.id.decl->u.rule.param_decl->u.enm.local_index[k->u.k.u.member];
        if (cell < 0)
            return node(l, CODE_EXPR, x);   /* the tree walk reports it */
        Code *c = node(l, CODE_RULE, x);
        c->u.op.decl = obj->u.id.decl;
        c->cell = cell;
        c->index = l->memo_base[c->u.op.decl->index] + cell;
        return c;
    }
    return node(l, CODE_EXPR, x);
}

/* A comprehension over a list (alternative_resources, paramedical): the loop variable is
 * known only per item, so it is read from its slot (CODE_VAR). */
static Code *lower_each(Lower *l, const Expr *x)
{
    Code *c = node(l, CODE_EACH, x);
    c->index = x->u.comp.slot;
    c->nargs = 3;
    c->u.list.args = ar_alloc(l->a, sizeof(Code *) * 3);
    c->u.list.args[0] = lower(l, x->u.comp.source);
    c->u.list.args[1] = x->u.comp.where ? lower(l, x->u.comp.where) : NULL;
    c->u.list.args[2] = lower(l, x->u.comp.body);
    const char *fn = x->u.comp.fn;
    if (fn[0] != 'm') {         /* fold_end of nothing */
        Value *v = ar_alloc(l->a, sizeof *v);
        const Type *t = x->u.comp.body->type;
        if (fn[0] == 'c')
            *v = value_number(rat_int(0));
        else if (fn[0] == 'a')
            *v = value_bool(strcmp(fn, "all") == 0);
        else {                  /* a sum: zero, in the body's unit */
            v->kind = t->kind == T_DURATION ? V_DURATION : t->kind == T_DAYS ? V_DAYS : V_NUMBER;
            v->period = t->period;
            v->u.r = rat_int(0);
        }
        c->u.list.empty = v;
    }
    return c;
}

/* True when evaluating `c` may read a loop variable from its slot: a part left to the tree
 * walk (CODE_EXPR), or a table's cell that, missing, eval.c missing_compiled names by the
 * tree walk, which reads its key (ranks[t], fi_ranks[fi_function[t]]) through the variables. */
static bool reads_loop_var(const Code *c)
{
    if (!c)
        return false;
    switch (c->kind) {
    case CODE_EXPR: case CODE_CELL: return true;
    case CODE_TEST: return c->nargs == CODE_CELL;
    case CODE_NOT: case CODE_IN_SET: case CODE_PER: case CODE_GET: return reads_loop_var(c->u.op.a);
    case CODE_AND: case CODE_OR: case CODE_COMPARE: case CODE_IN_RANGE: case CODE_ARITH:
        return reads_loop_var(c->u.op.a) || reads_loop_var(c->u.op.b);
    case CODE_CALL: case CODE_TABLE: case CODE_FOLD: case CODE_EACH:
        for (int i = 0; i < c->nargs; i++)
            if (reads_loop_var(c->u.list.args[i]))
                return true;
        return false;
    default: return false;
    }
}

/* An enum comprehension, unrolled: per member, `where` is lowered with the loop variable
 * bound; a member it excludes whatever the case is left out, others keep their `where`
 * as a condition (args[2i]) before their body (args[2i+1]). */
static Code *lower_fold(Lower *l, const Expr *x)
{
    const Expr *src = x->u.comp.source;
    if (src->kind != E_NAME || src->u.id.ref != REF_NONE)
        return lower_each(l, x);
    if (l->nbound == 8)
        return node(l, CODE_EXPR, x);
    const Decl *over = src->u.id.decl;
    int n = enum_size(over);
    if (l->budget < 2L * n)
        return node(l, CODE_EXPR, x);
    Code *c = node(l, CODE_FOLD, x);
    c->index = x->u.comp.slot;
    c->cell = 0;
    const char *fn = x->u.comp.fn;
    bool logical = strcmp(fn, "count") == 0 || strcmp(fn, "any") == 0 || strcmp(fn, "all") == 0;
    c->u.list.args = ar_alloc(l->a, sizeof(Code *) * (size_t)(2 * n + 1));
    c->u.list.members = ar_alloc(l->a, sizeof(int) * (size_t)(n + 1));
    l->slots[l->nbound] = x->u.comp.slot;
    l->nbound++;
    for (int i = 0; i < n; i++) {
        if (l->budget <= 0) {
            l->nbound--;
            return node(l, CODE_EXPR, x);
        }
        int member = over->u.enm.root_index[i];
        l->members[l->nbound - 1] = member;
        Code *where = x->u.comp.where ? lower(l, x->u.comp.where) : NULL;
        if (where && is_bool(where, false))
            continue;
        if (where && is_bool(where, true))
            where = NULL;
        Code *body = lower(l, x->u.comp.body);
        if (logical && !where && body->kind == CODE_CONST) {
            /* a known answer of count/any/all, counted now: their order does not matter */
            c->cell += body->u.k.u.b;
            c->op |= body->u.k.u.b ? FOLD_SOME_TRUE : FOLD_SOME_FALSE;
            continue;
        }
        c->u.list.members[c->nargs / 2] = member;
        c->u.list.args[c->nargs++] = where;
        c->u.list.args[c->nargs++] = body;
    }
    l->nbound--;
    for (int i = 0; i < c->nargs && !c->tree_vars; i++)
        c->tree_vars = reads_loop_var(c->u.list.args[i]);
    if (logical && c->nargs == 0) {     /* every member known */
        if (fn[0] == 'c')
            return constant(l, x, value_number(rat_int(c->cell)));
        return boolean(l, x, fn[1] == 'n' ? (c->op & FOLD_SOME_TRUE) != 0 : !(c->op & FOLD_SOME_FALSE));
    }
    return c;
}

static Code *lower(Lower *l, const Expr *x)
{
    Value v = { .kind = V_ABSENT };
    switch (x->kind) {
    case E_NUMBER: return constant(l, x, value_number(x->u.num));
    case E_DURATION: return constant(l, x, value_duration(x->u.num, PER_NONE));
    case E_DAYS_LIT: v.kind = V_DAYS; v.u.r = x->u.num; return constant(l, x, v);
    case E_DATE: v.kind = V_DATE; v.u.d = x->u.date; return constant(l, x, v);
    case E_BOOL: return boolean(l, x, x->u.boolean);
    case E_NAME:
        switch (x->u.id.ref) {
        case REF_MEMBER:
            v.kind = V_ENUM;
            v.u.member = x->u.id.member;
            return constant(l, x, v);
        case REF_VAR:
            for (int i = l->nbound - 1; i >= 0; i--)
                if (l->slots[i] == x->u.id.var) {
                    v.kind = V_ENUM;
                    v.u.member = l->members[i];
                    return constant(l, x, v);
                }
            Code *var = node(l, CODE_VAR, x);       /* a list's item */
            var->index = x->u.id.var;
            return var;
        case REF_INPUT: {
            Code *c = node(l, CODE_SLOT, x);
            c->index = x->u.id.decl->index;
            return c;
        }
        case REF_RULE:
            if (x->u.id.decl->u.rule.param_decl)
                break;
            Code *c = node(l, CODE_RULE, x);
            c->u.op.decl = x->u.id.decl;
            c->index = l->memo_base[c->u.op.decl->index];
            return c;
        default: break;
        }
        return node(l, CODE_EXPR, x);
    case E_FIELD:
        if (x->u.field.obj->kind == E_NAME && x->u.field.obj->u.id.ref == REF_INPUT) {
            Code *c = node(l, CODE_FIELD, x);
            c->index = x->u.field.obj->u.id.decl->index;
            c->cell = x->u.field.index;
            return c;
        }
        Code *get = node(l, CODE_GET, x);
        get->cell = x->u.field.index;
        get->u.op.a = lower(l, x->u.field.obj);
        return get;
    case E_INDEX: return lower_index(l, x);
    case E_CALL:
        if (x->u.call.fn->id == B_HAS) {    /* has() of a fact, or the tree walk's */
            const Expr *arg = x->u.call.args[0];
            if (arg->kind == E_INDEX && arg->u.index.obj->kind == E_NAME && arg->u.index.obj->u.id.ref == REF_TABLE) {
                Code *cell = lower(l, arg);     /* has(fi_function[t]) for a known t */
                Value v;
                int given = cell->kind == CODE_CONST ? 1 : cell->kind == CODE_TABLE ? table_lookup(cell, &v) : -1;
                if (given >= 0)
                    return boolean(l, x, given);
                return node(l, CODE_EXPR, x);
            }
            Code *a = lower(l, arg);
            if (!is_fact(a))
                return node(l, CODE_EXPR, x);
            Code *c = node(l, CODE_HAS, x);
            c->u.op.a = a;
            return c;
        }
        Code *c = node(l, CODE_CALL, x);
        c->nargs = builtin_value_args(x->u.call.fn, x->u.call.nargs);
        c->u.list.args = lower_all(l, x->u.call.args, c->nargs);
        return c;
    case E_UNARY:
        if (x->u.op.op == OP_NOT) {
            Code *a = lower(l, x->u.op.a);
            if (is_const(a))
                return boolean(l, x, !a->u.k.u.b);
            if (a->kind == CODE_HAS) {      /* not has(f): one node */
                a->op = !a->op;
                return a;
            }
            Code *c = node(l, CODE_NOT, x);
            c->u.op.a = a;
            return c;
        }
        if (x->u.op.a->kind == E_NUMBER || x->u.op.a->kind == E_DURATION) {     /* -1 */
            Code *a = lower(l, x->u.op.a);
            if (rat_neg(a->u.k.u.r, &a->u.k.u.r))
                return a;
        }
        return node(l, CODE_EXPR, x);
    case E_BINARY: return lower_binary(l, x);
    case E_RANGE: {
        Code *lo = lower(l, x->u.range.lo), *hi = lower(l, x->u.range.hi);
        if (!is_const(lo) || !is_const(hi))
            return node(l, CODE_EXPR, x);
        v.kind = V_RANGE;
        v.u.agg.items = ar_alloc(l->a, 2 * sizeof(Value));
        v.u.agg.items[0] = lo->u.k;
        v.u.agg.items[1] = hi->u.k;
        v.u.agg.count = 2;
        v.period = lo->u.k.period;
        return constant(l, x, v);
    }
    case E_PER: {
        Code *a = lower(l, x->u.per.a);
        if (is_const(a)) {      /* 0:00/week */
            a->u.k.period = x->u.per.period;
            return a;
        }
        Code *c = node(l, CODE_PER, x);
        c->u.op.a = a;
        return c;
    }
    case E_COMPREHENSION: return lower_fold(l, x);
    case E_IF: {
        Code *cond = lower(l, x->u.cond.cond);
        if (is_const(cond))
            return lower(l, cond->u.k.u.b ? x->u.cond.then : x->u.cond.els);
        return node(l, CODE_EXPR, x);
    }
    default:
        return node(l, CODE_EXPR, x);
    }
}

/* A condition leaf_member (eval.c) tries without a frame: a constant, has(), a rule, a fact,
 * a test; or and/or/not of them. */
static bool is_leaf_test(const Code *c)
{
    return c->kind == CODE_CONST || c->kind == CODE_HAS || c->kind == CODE_RULE || is_fact(c)
        || c->kind == CODE_TEST || c->kind == CODE_HAS_TEST;
}

static bool is_leaf_cond(const Code *c)
{
    if (c->kind == CODE_AND || c->kind == CODE_OR)
        return is_leaf_cond(c->u.op.a) && is_leaf_cond(c->u.op.b);
    if (c->kind == CODE_NOT)
        return is_leaf_cond(c->u.op.a);
    return is_leaf_test(c);
}

/* A value it does: a constant, a fact read in place, a rule, or such a condition; or a
 * comprehension over a list read in place, when the list is empty (resources_deducted). */
static bool is_leaf_value(const Code *c)
{
    if (c->kind == CODE_EACH)
        return is_fact(c->u.list.args[0]);
    return is_leaf_cond(c);
}

/* ---- reads in place (code.h, Code.in_place) ---- */

/* The largest member its references try in place, in nodes: on the bench cases 12 to 16 pay
 * most (rank, ranked, minor, spouse_provides, resources_deducted...); 8 leaves out the lists,
 * and 20 takes guideline_weekly, whose try gives up on rules not known yet. */
enum { IN_PLACE_MAX_NODES = 16 };

/* A condition eval.c place_cond takes whatever its form: a chain of and/or whose left sides
 * are tests or not of one, ending in such (so no and/or below another's left side) */
static bool is_flat_term(const Code *c) { return is_leaf_test(c->kind == CODE_NOT ? c->u.op.a : c); }

static bool is_flat_cond(const Code *c)
{
    for (; c->kind == CODE_AND || c->kind == CODE_OR; c = c->u.op.b)
        if (!is_flat_term(c->u.op.a))
            return false;
    return is_flat_term(c);
}

static bool is_flat_value(const Code *c)
{
    return c->kind == CODE_CONST || is_fact(c) || c->kind == CODE_RULE || c->kind == CODE_EACH || is_flat_cond(c);
}

/* Nodes in `c` (none for NULL) */
static int code_size(const Code *c)
{
    if (!c)
        return 0;
    switch (c->kind) {
    case CODE_HAS: case CODE_NOT: case CODE_IN_SET: case CODE_PER: case CODE_GET: return 1 + code_size(c->u.op.a);
    case CODE_AND: case CODE_OR: case CODE_COMPARE: case CODE_IN_RANGE: case CODE_ARITH:
        return 1 + code_size(c->u.op.a) + code_size(c->u.op.b);
    case CODE_CALL: case CODE_TABLE: case CODE_FOLD: case CODE_EACH: {
        int n = 1;
        for (int i = 0; i < c->nargs; i++)
            n += code_size(c->u.list.args[i]);
        return n;
    }
    default: return 1;
    }
}

/* A leaf member is read in place when it is small, and flat */
static bool in_place_member(const MemberCode *m)
{
    if (!m->leaf || (m->base.def && !is_flat_value(m->base.value)))
        return false;
    int n = m->base.def ? code_size(m->base.value) : 0;
    for (int i = 0; i < m->nexceptions; i++) {
        if (!is_flat_cond(m->exceptions[i].cond) || !is_flat_value(m->exceptions[i].value))
            return false;
        n += code_size(m->exceptions[i].cond) + code_size(m->exceptions[i].value);
    }
    return n <= IN_PLACE_MAX_NODES;
}

const MemberCode *code_member_read(const Code *c)
{
    const Decl *r = code_rule_read(c);
    return code_whole(r) ? &r->u.rule.code[c->cell < 0 ? 0 : c->cell] : NULL;
}

/* A value that is another rule's, read whole (CODE_RULE) or tested (CODE_TEST), of a member
 * not a leaf: most often not known yet at the first read (task_prorated, for si_task_weekly;
 * severely_impaired_weekly, for severely_impaired), so the try gives up. Left out, the 16
 * results of the bench cost 94,604 -> 93,540 instructions a case, one result 64,287 -> 64,315. */
static bool passes_on_rule(const Code *c)
{
    if (!c || !(c->kind == CODE_RULE || (c->kind == CODE_TEST && c->nargs == CODE_RULE)))
        return false;
    const MemberCode *m = code_member_read(c);
    return !m || !m->leaf;
}

/* Every rule read in `c` of a member that is in_place is marked so. */
static void mark_in_place(Code *c)
{
    if (!c)
        return;
    switch (c->kind) {
    case CODE_RULE: case CODE_TEST: {
        if (c->kind == CODE_TEST && c->nargs != CODE_RULE)
            return;
        const MemberCode *m = code_member_read(c);
        c->in_place = m && m->in_place;
        return;
    }
    case CODE_HAS: case CODE_NOT: case CODE_IN_SET: case CODE_PER: case CODE_GET: mark_in_place(c->u.op.a); return;
    case CODE_AND: case CODE_OR: case CODE_COMPARE: case CODE_IN_RANGE: case CODE_ARITH:
        mark_in_place(c->u.op.a);
        mark_in_place(c->u.op.b);
        return;
    case CODE_CALL: case CODE_TABLE: case CODE_FOLD: case CODE_EACH:
        for (int i = 0; i < c->nargs; i++)
            mark_in_place(c->u.list.args[i]);
        return;
    default: return;
    }
}

static MemberCode lower_member(Lower *lw, const Decl *r, int param)
{
    Lower l = *lw;
    if (param >= 0) {           /* slot 0 is the rule's parameter */
        l.slots[0] = 0;
        l.members[0] = param;
        l.nbound = 1;
    }
    MemberCode m = { .exceptions = NULL };
    l.uses_vars = false;
    int ndefs = r->u.rule.ndefs;
    m.exceptions = ar_alloc(l.a, sizeof(DefCode) * (size_t)(ndefs ? ndefs : 1));
    int top = 0;
    for (int i = 0; i < ndefs; i++)
        if (r->u.rule.defs[i].priority > top)
            top = r->u.rule.defs[i].priority;
    /* highest priority first, in the order written within one priority, as the tree walk */
    m.none_cites = &r->u.rule.cites;
    /* once an exception always holds (task_weekly[domestic]: t == domestic), the lower ones and
     * the base are never tried; its equals still are, for a conflict */
    Seen seen = { .n = 0 };
    for (int prio = top; prio >= 1 && !m.always; prio--)
        for (int i = 0; i < ndefs; i++) {
            const Definition *d = &r->u.rule.defs[i];
            if (!d->cond || d->priority != prio)
                continue;
            m.none_cites = def_cites(r, d);
            Code *cond = lower(&l, d->cond);
            if (is_bool(cond, false) || (always_false(cond) && nothing_new(cond, &seen)))
                continue;       /* never applies to this member */
            add_seen(&seen, cond);
            m.always |= is_bool(cond, true);
            DefCode dc = { d, def_cites(r, d), d->priority, cond, lower(&l, d->value) };
            m.exceptions[m.nexceptions++] = dc;
        }
    for (int i = 0; i < ndefs && !m.always; i++)
        if (!r->u.rule.defs[i].cond) {
            const Definition *d = &r->u.rule.defs[i];
            m.base.def = d;
            m.base.cites = def_cites(r, d);
            m.base.value = lower(&l, d->value);
        }
    m.uses_vars = l.uses_vars;
    m.leaf = !m.base.def || is_leaf_value(m.base.value);
    for (int i = 0; i < m.nexceptions; i++)
        m.leaf &= is_leaf_cond(m.exceptions[i].cond) && is_leaf_value(m.exceptions[i].value);
    m.in_place = in_place_member(&m);
    lw->budget = l.budget;
    return m;
}

/* Name lengths, so the fast case reader compares a key by length and memcmp (facts.c). */
static void measure_names(Type *t, int depth)
{
    if (!t || depth > 16)
        return;
    if (t->kind == T_RECORD)
        for (int i = 0; i < t->nfields; i++) {
            t->fields[i].name_len = (int)strlen(t->fields[i].name);
            measure_names(t->fields[i].type, depth + 1);
        }
    if (t->kind == T_LIST || t->kind == T_TABLE)
        measure_names(t->elem, depth + 1);
}

void code_compile(Program *p)
{
    for (int i = 0; i < p->nenums; i++)
        for (int k = 0; k < p->enums[i]->u.enm.nmembers; k++)
            p->enums[i]->u.enm.members[k].name_len = (int)strlen(p->enums[i]->u.enm.members[k].name);
    for (int i = 0; i < p->ninputs; i++) {
        p->inputs[i]->name_len = (int)strlen(p->inputs[i]->name);
        measure_names(p->inputs[i]->u.input.type, 0);
    }
    /* the slots' places in Eval.memo_all, as eval_init lays them out */
    int *memo_base = ar_alloc(&p->arena, sizeof(int) * (size_t)(p->nrules + 1));
    for (int i = 0; i < p->nrules; i++)
        memo_base[i + 1] = memo_base[i] + p->rules[i]->u.rule.memo_size;
    Lower l = { .a = &p->arena, .budget = CODE_MAX_NODES, .memo_base = memo_base };
    for (int i = 0; i < p->nrules && l.budget > 0; i++)
        for (Decl *v = p->rules[i]; v && l.budget > 0; v = v->next_version) {
            if (v->u.rule.marks_output)
                continue;       /* the built-in `unverified`: eval.c computes it */
            int n = v->u.rule.memo_size;
            const Decl *param = v->u.rule.param_decl;
            MemberCode *code = ar_alloc(&p->arena, sizeof(MemberCode) * (size_t)n);
            for (int k = 0; k < n && l.budget > 0; k++)
                code[k] = lower_member(&l, v, param ? param->u.enm.root_index[k] : -1);
            if (l.budget > 0)
                v->u.rule.code = code;
        }
    /* not those passing on a rule's value that is not a leaf's */
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            for (int k = 0; v->u.rule.code && k < v->u.rule.memo_size; k++) {
                MemberCode *m = &v->u.rule.code[k];
                m->in_place &= !passes_on_rule(m->base.value);
                for (int j = 0; j < m->nexceptions && m->in_place; j++)
                    m->in_place = !passes_on_rule(m->exceptions[j].value);
            }
    /* once every rule is lowered, the reads of those read in place */
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            for (int k = 0; v->u.rule.code && k < v->u.rule.memo_size; k++) {
                MemberCode *m = &v->u.rule.code[k];
                mark_in_place(m->base.value);
                for (int j = 0; j < m->nexceptions; j++) {
                    mark_in_place(m->exceptions[j].cond);
                    mark_in_place(m->exceptions[j].value);
                }
            }
}
