/* flat.c: a member's compiled code as a flat program (flat.h). Conditions are compiled to
 * jumps in the usual way: cond(c, sense, L) emits code that goes to L when c is `sense` and
 * falls through when it is not. */
#include "flat.h"
#include "code.h"

#include <limits.h>
#include <stdbool.h>

typedef struct Emit {
    FlatIns ins[FLAT_MAX_INS];
    const Code *node[FLAT_MAX_INS];     /* each instruction's */
    Value k[FLAT_MAX_INS];              /* the constants, at most one an instruction */
    int n, nk;
    int label_at[FLAT_MAX_LABELS];      /* each label's instruction */
    int nlabels;
    int regs;                           /* registers in use: 0 .. regs - 1 */
    int depth;                          /* nodes being compiled, one inside another */
    int inline_left;                    /* reads that may still be evaluated in place, deep */
    const int *readers;                 /* each memo slot's reads in the plain programs */
    int vars_slot, vars_key;            /* a member read in place whose nodes need its
                                           variables: its slot and member; else -1 */
    bool failed;                        /* past a limit: no program */
    FlatIns spare;                      /* written after a failure, never read */
} Emit;

/* a constant's place in the program's */
static unsigned short konst(Emit *m, const Value *v)
{
    m->k[m->nk] = *v;
    return (unsigned short)m->nk++;
}

/* a cell or member into an instruction's 16 bits, or no program */
static void put_cell(Emit *m, FlatIns *i, int cell)
{
    if (cell < -1 || cell > SHRT_MAX)
        m->failed = true;
    i->cell = (short)cell;
}

static FlatIns *emit(Emit *m, FlatOp op, const Code *c)
{
    if (m->n == FLAT_MAX_INS) {
        m->failed = true;
        return &m->spare;
    }
    m->node[m->n] = c;
    FlatIns *i = &m->ins[m->n++];
    *i = (FlatIns){ .op = (unsigned char)op };
    switch (op) {           /* what it reads, from its node, in the instruction */
    case F_IF_TEST: case F_IF_HAS_TEST:
        i->kind = (unsigned char)c->nargs;
        i->index = c->index;
        put_cell(m, i, c->cell);
        i->cmp = (unsigned char)c->op;
        i->k = konst(m, &c->u.k);
        break;
    case F_IF_HAS:
        i->kind = (unsigned char)c->u.op.a->kind;
        i->index = c->u.op.a->index;
        put_cell(m, i, c->u.op.a->cell);
        i->cmp = (unsigned char)c->op;
        break;
    case F_IF_FACT: case F_FACT:
        i->kind = (unsigned char)c->kind;
        i->index = c->index;
        put_cell(m, i, c->cell);
        break;
    case F_IF_RULE_TEST: case F_IF_REG_TEST: case F_INLINE_IF_TEST: case F_STORE_IF_TEST:
        i->cmp = (unsigned char)c->op;
        i->k = konst(m, &c->u.k);
        /* fall through */
    case F_IF_RULE: case F_RULE: case F_INLINE: case F_INLINE_IF: case F_STORE: case F_STORE_IF: case F_STORE_TRUTH:
        if (op != F_IF_REG_TEST) {
            i->index = c->index;
            put_cell(m, i, c->cell);
        }
        break;
    case F_CONST: i->k = konst(m, &c->u.k); break;
    case F_VAR: i->index = c->index; break;
    case F_PER: i->cmp = (unsigned char)c->x->u.per.period; break;
    default: break;
    }
    return i;
}

static int label(Emit *m)
{
    if (m->nlabels == FLAT_MAX_LABELS) {
        m->failed = true;
        return 0;
    }
    m->label_at[m->nlabels] = -1;
    return m->nlabels++;
}

static void place(Emit *m, int l) { m->label_at[l] = m->n; }

static void jump(Emit *m, FlatOp op, const Code *c, bool sense, int l)
{
    FlatIns *i = emit(m, op, c);
    i->sense = sense;
    i->target = (unsigned short)l;             /* a label until flat_compile resolves it */
}

static int regs(Emit *m, int n)
{
    int first = m->regs;
    m->regs += n;
    if (m->regs > FLAT_MAX_REGS)
        m->failed = true;
    return first;
}

/* How deep a node nests, counting its own level (code.h's children) */
static int nest(const Code *c, int limit)
{
    if (!c || limit <= 0)
        return 0;
    int most = 0;
    switch (c->kind) {
    case CODE_NOT: case CODE_AND: case CODE_OR: case CODE_IN_SET: case CODE_COMPARE:
    case CODE_IN_RANGE: case CODE_ARITH: case CODE_PER: case CODE_GET: case CODE_HAS:
    case CODE_ITEM_IS: {
        int a = nest(c->u.op.a, limit - 1), b = c->kind == CODE_HAS || c->kind == CODE_ITEM_IS ? 0 : nest(c->u.op.b, limit - 1);
        most = a > b ? a : b;
        break;
    }
    case CODE_CALL: case CODE_TABLE: case CODE_FOLD: case CODE_EACH: {
        int n = c->kind == CODE_EACH ? 3 : c->nargs;
        for (int i = 0; i < n; i++) {
            int d = nest(c->u.list.args[i], limit - 1);
            if (d > most)
                most = d;
        }
        break;
    }
    default: break;
    }
    return most + 1;
}

static void value(Emit *m, const Code *c, int dst);
static void fold(Emit *m, const Code *c, int dst);
/* A read in place that is a test: of its register (F_IF_REG, or F_IF_REG_TEST against the
 * read's constant), to l when the answer is sense, else to out */
typedef struct ReadTest {
    FlatOp op;
    bool sense;
    int l, out;
} ReadTest;

static void definitions(Emit *m, const MemberCode *mc, int dst, const Code *read, int done, const ReadTest *test);
static void finish(Emit *m, const Code *read, int dst, int done, const ReadTest *test);

/* The member a rule read (CODE_RULE, CODE_TEST of a rule) reads, when it is evaluated in place
 * (flat.h): its rule compiled whole, of one version with no date (the member is the same on
 * every date), its variables read by its nodes only, its plain program small; else NULL */
static const MemberCode *in_place(const Emit *m, const Code *c)
{
    if (m->inline_left <= 0)
        return NULL;
    const MemberCode *mc = code_member_read(c);
    if (!mc || !mc->flat || (mc->uses_vars && !mc->flat->vars_in_nodes))
        return NULL;
    /* its program with its own reads in place (flat_compile makes it first) must fit: a
     * program past the limits is made again, less deep */
    if (mc->flat->plain > FLAT_INLINE_MAX || m->n + mc->flat->n > FLAT_MAX_INS)
        return NULL;
    return mc;
}

static bool two_ways(FlatOp op)
{
    return op == F_INLINE_IF || op == F_INLINE_IF_TEST || op == F_STORE_IF || op == F_STORE_IF_TEST;
}

/* A read's two ways on, when it is a test */
static void test_targets(FlatIns *i, const ReadTest *test)
{
    i->sense = test->sense;
    i->target = (unsigned short)test->l;
    i->cell = (short)test->out;         /* a label until flat_compile resolves it */
}

/* The read c of member mc, evaluated in place into dst: its slot if known, else its
 * definitions, written to the slot; a test (test) then made of dst. Its nodes nest from
 * their own member's depth, as compiled code evaluates them. */
static void inline_read(Emit *m, const Code *c, const MemberCode *mc, int dst, const ReadTest *test)
{
    int done = label(m);
    FlatIns *look = emit(m, !test ? F_INLINE : test->op == F_IF_REG ? F_INLINE_IF : F_INLINE_IF_TEST, c);
    look->dst = (unsigned char)dst;
    look->target = (unsigned short)done;
    if (test)
        test_targets(look, test);
    int depth = m->depth, vars_slot = m->vars_slot, vars_key = m->vars_key;
    m->depth = 0;
    m->inline_left--;
    m->vars_slot = mc->uses_vars ? c->index : -1;
    m->vars_key = c->cell;
    definitions(m, mc, dst, c, done, test);
    m->vars_slot = vars_slot;
    m->vars_key = vars_key;
    m->inline_left++;
    m->depth = depth;
    place(m, done);
    if (test) {
        if (test->op != F_IF_REG) {     /* a member read once: its test here */
            jump(m, test->op, c, test->sense, test->l);
            m->ins[m->n - 1].a = (unsigned char)dst;
        }
        place(m, test->out);
    }
}

/* One node level deeper, for cond() and value(), which close it (m->depth--) when done: false,
 * and nothing to emit, past FLAT_MAX_NEST or after a failure */
static bool open_node(Emit *m)
{
    if (++m->depth > FLAT_MAX_NEST)
        m->failed = true;
    if (m->failed) {
        m->depth--;
        return false;
    }
    return true;
}

static void cond(Emit *m, const Code *c, bool sense, int l)
{
    if (!open_node(m))
        return;
    switch (c->kind) {
    case CODE_CONST:
        if (c->u.k.u.b == sense)
            jump(m, F_JUMP, c, sense, l);
        break;
    case CODE_AND: case CODE_OR: {
        bool is_or = c->kind == CODE_OR;
        if (sense == is_or) {           /* either side decides: false and, true or */
            cond(m, c->u.op.a, sense, l);
            cond(m, c->u.op.b, sense, l);
        } else {                        /* both must: the left side's other answer skips */
            int skip = label(m);
            cond(m, c->u.op.a, !sense, skip);
            cond(m, c->u.op.b, sense, l);
            place(m, skip);
        }
        break;
    }
    case CODE_NOT: cond(m, c->u.op.a, !sense, l); break;
    case CODE_HAS: jump(m, F_IF_HAS, c, sense, l); break;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: jump(m, F_IF_FACT, c, sense, l); break;
    case CODE_RULE: case CODE_TEST: case CODE_HAS_TEST: {
        bool of_rule = c->kind == CODE_RULE || c->nargs == CODE_RULE;
        const MemberCode *mc = of_rule ? in_place(m, c) : NULL;
        if (mc) {
            ReadTest test = { c->kind == CODE_RULE ? F_IF_REG : F_IF_REG_TEST, sense, l, label(m) };
            int t = regs(m, 1);
            inline_read(m, c, mc, t, &test);
            m->regs -= 1;
        } else {
            jump(m, c->kind == CODE_RULE ? F_IF_RULE : of_rule ? F_IF_RULE_TEST
                    : c->kind == CODE_HAS_TEST ? F_IF_HAS_TEST : F_IF_TEST, c, sense, l);
        }
        break;
    }
    case CODE_COMPARE: case CODE_IN_RANGE: {   /* code_compare: the left side, then the right */
        int t = regs(m, 2);
        value(m, c->u.op.a, t);
        value(m, c->u.op.b, t + 1);
        jump(m, F_IF_CMP, c, sense, l);
        m->ins[m->n - 1].a = (unsigned char)t;
        m->ins[m->n - 1].cmp = (unsigned char)(c->kind == CODE_IN_RANGE ? OP_IN : c->op);
        m->regs -= 2;
        break;
    }
    case CODE_IN_SET: {
        int t = regs(m, 1);
        value(m, c->u.op.a, t);
        jump(m, F_IF_IN_SET, c, sense, l);
        m->ins[m->n - 1].a = (unsigned char)t;
        m->regs -= 1;
        break;
    }
    default: {                          /* a node's truth value (a loop's, a tree walk's) */
        int t = regs(m, 1);
        value(m, c, t);
        jump(m, F_IF_REG, c, sense, l);
        m->ins[m->n - 1].a = (unsigned char)t;
        m->regs -= 1;
        break;
    }
    }
    m->depth--;
}

static void value_into(Emit *m, FlatOp op, const Code *c, int dst)
{
    emit(m, op, c)->dst = (unsigned char)dst;
}

/* args[0..n) into registers from a fresh one, then op of them into dst */
static void of_args(Emit *m, FlatOp op, const Code *c, Code *const *args, int n, int dst)
{
    int t = regs(m, n);
    for (int i = 0; i < n; i++)
        value(m, args[i], t + i);
    FlatIns *i = emit(m, op, c);
    i->dst = (unsigned char)dst;
    i->a = (unsigned char)t;
    m->regs -= n;
}

/* CODE_FOLD as eval.c code_fold: each body kept by its `where`, added in turn */
static void fold(Emit *m, const Code *c, int dst)
{
    const char *fn = c->x->u.comp.fn;
    int kind = fn[0] == 's' ? FLAT_SUM : fn[0] == 'c' ? FLAT_COUNT : fn[0] == 'a' ? (fn[1] == 'n' ? FLAT_ANY : FLAT_ALL)
             : fn[1] == 'i' ? FLAT_MIN : FLAT_MAX;
    FlatIns *start = emit(m, F_FOLD_START, c);
    start->dst = (unsigned char)dst;
    start->cmp = (unsigned char)kind;
    start->index = c->cell;                             /* count: the members known */
    start->sense = kind == FLAT_ANY ? (c->op & FOLD_SOME_TRUE) != 0 : !(c->op & FOLD_SOME_FALSE);
    for (int i = 0; i < c->nargs; i += 2) {
        if (c->tree_vars) {
            FlatIns *set = emit(m, F_LOOP_VAR, c);
            set->index = c->index;
            put_cell(m, set, c->u.list.members[i / 2]);
        }
        int skip = label(m);
        if (c->u.list.args[i])
            cond(m, c->u.list.args[i], false, skip);
        int t = regs(m, 1);
        value(m, c->u.list.args[i + 1], t);
        FlatIns *add = emit(m, F_FOLD_ADD, c);
        add->dst = (unsigned char)dst;
        add->a = (unsigned char)t;
        add->cmp = (unsigned char)kind;
        m->regs -= 1;
        place(m, skip);
    }
    FlatIns *end = emit(m, F_FOLD_END, c);
    end->dst = (unsigned char)dst;
    end->cmp = (unsigned char)kind;
}

static void value(Emit *m, const Code *c, int dst)
{
    if (!open_node(m))
        return;
    switch (c->kind) {
    case CODE_CONST: value_into(m, F_CONST, c, dst); break;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: value_into(m, F_FACT, c, dst); break;
    case CODE_RULE: {
        const MemberCode *mc = in_place(m, c);
        if (mc)
            inline_read(m, c, mc, dst, NULL);
        else
            value_into(m, F_RULE, c, dst);
        break;
    }
    case CODE_VAR: value_into(m, F_VAR, c, dst); break;
    case CODE_ARITH: {
        Code *args[2] = { c->u.op.a, c->u.op.b };
        of_args(m, F_ARITH, c, args, 2, dst);
        break;
    }
    case CODE_PER:
        value(m, c->u.op.a, dst);
        value_into(m, F_PER, c, dst);
        break;
    case CODE_CALL: of_args(m, F_CALL, c, c->u.list.args, c->nargs, dst); break;
    case CODE_TABLE: of_args(m, F_TABLE, c, c->u.list.args, c->nargs, dst); break;
    case CODE_FOLD: fold(m, c, dst); break;
    case CODE_GET: case CODE_EACH: case CODE_EXPR: {
        if (m->depth + nest(c, FLAT_MAX_NEST) > FLAT_MAX_NEST)
            m->failed = true;
        /* most lists a case gives are empty: the answer then, without the node */
        const Code *list = c->kind == CODE_EACH ? c->u.list.args[0] : NULL;
        int done = -1;
        if (list && c->u.list.empty
            && (list->kind == CODE_SLOT || list->kind == CODE_CELL || list->kind == CODE_FIELD)) {
            done = label(m);
            FlatIns *i = emit(m, F_EACH_EMPTY, c);
            i->dst = (unsigned char)dst;
            i->kind = (unsigned char)list->kind;
            i->index = list->index;
            put_cell(m, i, list->cell);
            i->target = (unsigned short)done;
            i->k = konst(m, c->u.list.empty);
        }
        FlatIns *node = emit(m, F_NODE, c);
        node->dst = (unsigned char)dst;
        if (m->vars_slot >= 0) {
            node->sense = true;
            node->index = m->vars_slot;
            put_cell(m, node, m->vars_key);
        }
        if (done >= 0)
            place(m, done);
        break;
    }
    default: {                          /* a condition's truth value */
        int no = label(m), done = label(m);
        cond(m, c, false, no);
        emit(m, F_BOOL, c)->dst = (unsigned char)dst;
        m->ins[m->n - 1].sense = true;
        jump(m, F_JUMP, c, true, done);
        place(m, no);
        emit(m, F_BOOL, c)->dst = (unsigned char)dst;
        place(m, done);
        break;
    }
    }
    m->depth--;
}

/* The end of a definition: its member's value returned, or for a read in place (read) kept
 * in its slot, and on to done. A member read in one place only is not kept: its reader runs
 * once a case, and what else asks for it (a node, a result) evaluates it as any slot not
 * known. */
static void finish(Emit *m, const Code *read, int dst, int done, const ReadTest *test)
{
    if (!read) {
        emit(m, F_RETURN, NULL);
        return;
    }
    if (m->readers[read->index] == 1) {
        jump(m, F_JUMP, read, true, done);
        return;
    }
    FlatIns *store = emit(m, !test ? F_STORE : test->op == F_IF_REG ? F_STORE_IF : F_STORE_IF_TEST, read);
    store->dst = (unsigned char)dst;
    store->target = (unsigned short)done;
    if (test)
        test_targets(store, test);
}

/* The end of a truth-valued definition of a member read as a test in place: the value `holds`
 * kept in its slot (unless one place reads it), and on where the reader's test goes */
static void finish_truth(Emit *m, const Code *read, bool holds, const ReadTest *test)
{
    int to = holds == test->sense ? test->l : test->out;
    if (m->readers[read->index] == 1) {
        jump(m, F_JUMP, read, true, to);
        return;
    }
    FlatIns *store = emit(m, F_STORE_TRUTH, read);
    store->sense = holds;
    store->target = (unsigned short)to;
}

/* A definition's value v into dst, then finish(); for a truth value read as a test in place,
 * v as a condition whose two ways are the test's (cond evaluates what value would, in the
 * same order), with no register or test between */
static void definition_value(Emit *m, const Code *v, int dst, const Code *read, int done, const ReadTest *test)
{
    if (test && test->op == F_IF_REG) {
        int no = label(m);
        cond(m, v, false, no);
        finish_truth(m, read, true, test);
        place(m, no);
        finish_truth(m, read, false, test);
        return;
    }
    value(m, v, dst);
    finish(m, read, dst, done, test);
}

/* A member's exceptions from the highest priority down, then its base: the value of the one
 * that applies into dst, then finish() */
static void definitions(Emit *m, const MemberCode *mc, int dst, const Code *read, int done, const ReadTest *test)
{
    int give_up = label(m);
    for (int i = 0; i < mc->nexceptions; i++) {
        const DefCode *d = &mc->exceptions[i];
        int next = label(m);
        cond(m, d->cond, false, next);
        for (int j = i + 1; j < mc->nexceptions && mc->exceptions[j].priority >= d->priority; j++)
            cond(m, mc->exceptions[j].cond, true, give_up);     /* a conflict */
        definition_value(m, d->value, dst, read, done, test);
        place(m, next);
    }
    if (mc->base.def)
        definition_value(m, mc->base.value, dst, read, done, test);
    place(m, give_up);
    emit(m, F_GIVE_UP, NULL);
}

static bool jumps(FlatOp op)
{
    return op == F_JUMP || op == F_EACH_EMPTY || op == F_INLINE || op == F_STORE || op == F_STORE_TRUTH || two_ways(op)
        || (op >= F_IF_TEST && op <= F_IF_IN_SET);
}

/* where a way on to instruction `to` ends, past the jumps it lands on (a few: jumps made
 * by and/or and by reads in place land on one another) */
static int past_jumps(const FlatIns *ins, int to)
{
    for (int hops = 0; ins[to].op == F_JUMP && hops < 8; hops++)
        to = ins[to].target;
    return to;
}

/* rule version r's member mc, reads in place to inline_left deep */
static FlatCode *flat_member(Arena *a, const Decl *r, const MemberCode *mc, int inline_left, const int *readers)
{
    Emit emitting, *m = &emitting;      /* 25 KB, on the stack while it lasts */
    m->n = m->nk = m->nlabels = m->depth = 0;
    m->inline_left = inline_left;
    m->readers = readers;
    m->vars_slot = -1;
    m->failed = false;
    m->regs = 1;                        /* register 0: the value */
    emit(m, F_ENTER, NULL);
    definitions(m, mc, 0, NULL, -1, NULL);
    if (m->failed)
        return NULL;
    /* flat.h: the constants, last first, the header, the instructions */
    _Static_assert(sizeof(FlatCode) % sizeof(void *) == 0 && sizeof(Value) % sizeof(void *) == 0,
                   "a program's parts stay aligned");
    char *block = ar_alloc_uninit(a, sizeof(Value) * (size_t)m->nk + sizeof(FlatCode) + sizeof(FlatIns) * (size_t)m->n);
    Value *k = (Value *)(void *)block;
    FlatCode *f = (FlatCode *)(void *)(block + sizeof(Value) * (size_t)m->nk);
    FlatIns *ins = (FlatIns *)(void *)(f + 1);
    f->n = f->plain = m->n;
    f->rule = r;
    f->uses_vars = mc->uses_vars;
    f->vars_in_nodes = true;
    const Code **node = ar_alloc_uninit(a, sizeof(const Code *) * (size_t)m->n);
    for (int i = 0; i < m->n; i++) {
        ins[i] = m->ins[i];
        node[i] = m->node[i];
        if (ins[i].op == F_VAR || ins[i].op == F_LOOP_VAR)
            f->vars_in_nodes = false;
        if (jumps((FlatOp)ins[i].op))
            ins[i].target = (unsigned short)m->label_at[ins[i].target];
        if (two_ways((FlatOp)ins[i].op))
            ins[i].cell = (short)m->label_at[ins[i].cell];
    }
    for (int i = 0; i < m->n; i++) {    /* a way on that lands on a jump goes where it goes */
        if (jumps((FlatOp)ins[i].op))
            ins[i].target = (unsigned short)past_jumps(ins, ins[i].target);
        if (two_ways((FlatOp)ins[i].op))
            ins[i].cell = (short)past_jumps(ins, ins[i].cell);
    }
    for (int i = 0; i < m->n; i++)     /* a fact read of a table's cell: its own op (flat.h) */
        if (ins[i].kind == CODE_CELL)
            ins[i].op = (unsigned char)flat_cell_op((FlatOp)ins[i].op);
    for (int i = 0; i < m->nk; i++)
        k[m->nk - 1 - i] = m->k[i];
    f->ins = ins;
    f->node = node;
    return f;
}

static bool reads_rule(FlatOp op)
{
    return op == F_RULE || op == F_IF_RULE || op == F_IF_RULE_TEST;
}

/* Member mc of rule version v made again with its small reads in place, as deep as fits the
 * limits (else it stays plain) */
static void with_reads_in_place(Program *p, const Decl *v, MemberCode *mc, const int *readers)
{
    if (!mc->flat)
        return;
    FlatCode *f = NULL;
    for (int deep = FLAT_INLINE_DEPTH; !f && deep > 0; deep--)
        f = flat_member(&p->arena, v, mc, deep, readers);
    if (f) {
        f->plain = mc->flat->plain;
        f->vars_in_nodes = mc->flat->vars_in_nodes;
        mc->flat = f;
    }
}

void flat_compile(Program *p)
{
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            for (int k = 0; v->u.rule.code && k < v->u.rule.memo_size; k++)
                v->u.rule.code[k].flat = flat_member(&p->arena, v, &v->u.rule.code[k], 0, NULL);
}

/* Each member with its small reads in place, the members it reads before it (depth first
 * over the plain programs' reads, on a stack of its own: a chain of rules may be long), so
 * that a read knows how large what it puts in place is. */
void flat_inline(Program *p)
{
    Arena *a = &p->arena;
    int nslots = 0;                     /* memo slots, laid out as eval.c lays them */
    for (int i = 0; i < p->nrules; i++)
        nslots += p->rules[i]->u.rule.memo_size;
    int *readers = ar_alloc(a, sizeof(int) * (size_t)(nslots + 1));
    /* a slot's rule, when of one version with no date (the only members read in place) */
    Decl **slot_rule = ar_alloc(a, sizeof(Decl *) * (size_t)(nslots + 1));
    int *slot_key = ar_alloc(a, sizeof(int) * (size_t)(nslots + 1));
    for (int i = 0, slot = 0; i < p->nrules; i++) {
        Decl *r = p->rules[i];
        for (Decl *v = r; v; v = v->next_version)
            for (int k = 0; v->u.rule.code && k < v->u.rule.memo_size; k++) {
                const FlatCode *f = v->u.rule.code[k].flat;
                for (int j = 0; f && j < f->n; j++)
                    if (reads_rule((FlatOp)f->ins[j].op))
                        readers[f->ins[j].index]++;
            }
        for (int k = 0; k < r->u.rule.memo_size; k++, slot++)
            if (code_whole(r)) {
                slot_rule[slot] = r;
                slot_key[slot] = k;
            }
    }
    unsigned char *state = ar_alloc(a, (size_t)(nslots + 1));    /* 0 new, 1 on the stack, 2 made */
    int *stack = ar_alloc(a, sizeof(int) * (size_t)(nslots + 1));
    int *scanned = ar_alloc(a, sizeof(int) * (size_t)(nslots + 1));
    for (int root = 0; root < nslots; root++) {
        if (!slot_rule[root] || state[root])
            continue;
        int top = 0;
        stack[0] = root;
        state[root] = 1;
        scanned[root] = 0;
        while (top >= 0) {
            int s = stack[top];
            MemberCode *mc = &slot_rule[s]->u.rule.code[slot_key[s]];
            const FlatCode *f = mc->flat;
            int j = scanned[s];
            while (f && j < f->n && !(reads_rule((FlatOp)f->ins[j].op) && slot_rule[f->ins[j].index]
                                      && !state[f->ins[j].index]))
                j++;
            scanned[s] = j + 1;
            if (f && j < f->n) {                /* a member it reads, not made yet: first */
                int t = f->ins[j].index;
                state[t] = 1;
                scanned[t] = 0;
                stack[++top] = t;
                continue;
            }
            with_reads_in_place(p, slot_rule[s], mc, readers);
            state[s] = 2;
            top--;
        }
    }
    for (int i = 0; i < p->nrules; i++)         /* the rules of several versions, or dates */
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            if (!code_whole(p->rules[i]))
                for (int k = 0; v->u.rule.code && k < v->u.rule.memo_size; k++)
                    with_reads_in_place(p, v, &v->u.rule.code[k], readers);
}
