/* eval.c: the evaluator. A tree walk over the checked AST: names are already resolved to
 * slots and declarations, so no string is looked up while a case is evaluated. */
#include "eval.h"
#include "builtins.h"
#include "code.h"
#include "flat.h"

#include <assert.h>
#include <stddef.h>
#include <stdarg.h>
#include <string.h>

static Value eval_expr(Eval *e, const Expr *x);
static Value eval_node(Eval *e, const Expr *x);
static void code_value(Eval *e, const Code *c, Value *out);
static bool code_bool(Eval *e, const Code *c);
static const Value *rule_value(Eval *e, const Decl *first, int key);
static inline int simple_bool(Eval *e, const Code *c);
static bool code_bool_inner(Eval *e, const Code *c);
static void code_value_inner(Eval *e, const Code *c, Value *out);

/* The value-only form's levels (vm_exec): a member's frame, and its registers. */
typedef struct VmFrame {
    const FlatIns *ins, *pc;    /* the program, and where it goes on when the rule it reads is known */
    Memo *m;                    /* the member's slot */
    Value *vars;                /* its caller's variables */
    int var_top;
} VmFrame;

void eval_init(Eval *e, const Program *p, Arena *arena, const Facts *facts, bool tracing)
{
    memset(e, 0, sizeof *e);
    e->prog = p;
    e->arena = arena;
    e->keep = arena;
    e->facts = facts;
    e->tracing = tracing;
    e->memo = ar_alloc(arena, sizeof(Memo *) * (size_t)(p->nrules + 1));
    e->note = ar_alloc(arena, sizeof(MemoNote *) * (size_t)(p->nrules + 1));
    /* every slot in one array, rule after rule: compiled code names a slot by its place in
     * it (code.h, CODE_RULE), and the slots a case uses are packed, not one per cache line */
    size_t nslots = 0;
    for (int i = 0; i < p->nrules; i++)
        nslots += (size_t)p->rules[i]->u.rule.memo_size;
    e->memo_all = ar_alloc(arena, sizeof(Memo) * (nslots + 1));
    nslots = 0;
    for (int i = 0; i < p->nrules; i++) {
        e->memo[i] = e->memo_all + nslots;
        nslots += (size_t)p->rules[i]->u.rule.memo_size;
        e->note[i] = ar_alloc(arena, sizeof(MemoNote) * (size_t)p->rules[i]->u.rule.memo_size);
    }
    e->slot_rule = ar_alloc(arena, sizeof(const Decl *) * (nslots + 1));
    e->slot_code = ar_alloc(arena, sizeof(const MemberCode *) * (nslots + 1));
    e->slot_entry = ar_alloc(arena, sizeof(const FlatIns *) * (nslots + 1));
    for (int i = 0; i < p->nrules; i++) {
        const Decl *r = p->rules[i];
        if (code_whole(r))
            for (int k = 0; k < r->u.rule.memo_size; k++) {
                e->slot_rule[e->memo[i] - e->memo_all + k] = r;
                e->slot_code[e->memo[i] - e->memo_all + k] = &r->u.rule.code[k];
                if (r->u.rule.code[k].flat)
                    e->slot_entry[e->memo[i] - e->memo_all + k] = r->u.rule.code[k].flat->ins;
            }
    }
    e->busy = ar_alloc(arena, sizeof(Memo *) * (size_t)(p->nrules + 1) * 4);
    for (int i = 0; i < p->nrules; i++)
        for (const Decl *v = p->rules[i]; v; v = v->next_version)
            e->var_cap += v->u.rule.nslots;
    e->var_cap = 2 * e->var_cap + 16;
    e->mark_words = (p->nmarks + 63) / 64;
    e->marking = e->mark_words > 0;
    if (e->mark_words) {
        /* laid out as memo_all, so that compiled code finds a slot's set by its place */
        e->mark_sets = ar_alloc(arena, sizeof(uint64_t *) * (size_t)(p->nrules + 1));
        e->mark_all = ar_alloc(arena, sizeof(uint64_t) * (size_t)e->mark_words * (nslots + 1));
        for (int i = 0; i < p->nrules; i++)
            e->mark_sets[i] = e->mark_all + (size_t)(e->memo[i] - e->memo_all) * (size_t)e->mark_words;
    }
    e->var_stack = ar_alloc(arena, sizeof(Value) * (size_t)e->var_cap);
    if (!tracing) {             /* no rule's note ever holds a node: one array of NULLs for all */
        int most = 1;
        for (int i = 0; i < p->nrules; i++)
            if (p->rules[i]->u.rule.memo_size > most)
                most = p->rules[i]->u.rule.memo_size;
        e->no_nodes = ar_alloc(arena, sizeof(TraceNode *) * (size_t)most);
    }
    e->vm_frames = ar_alloc(arena, sizeof(VmFrame) * (VM_MAX_DEPTH + 1));
    e->vm_regs = ar_alloc(arena, sizeof(Value) * FLAT_MAX_REGS * (VM_MAX_DEPTH + 1));
    e->gen = 1;
    eval_set_date(e, NULL);
}

void eval_marks_for(Eval *e, const Decl **rules, int n)
{
    bool wanted = e->tracing;
    for (int i = 0; i < n; i++)
        wanted |= rules[i]->u.rule.marks_output;
    e->marking = e->mark_words > 0 && wanted;
}

/* Every memo slot forgotten, by a new generation. */
static void forget_memo(Eval *e)
{
    if (++e->gen == 0) {        /* wrapped: slots stamped 1 long ago would look current */
        for (int i = 0; i < e->prog->nrules; i++)
            for (int k = 0; k < e->prog->rules[i]->u.rule.memo_size; k++)
                e->memo[i][k].gen = 0;
        e->gen = 1;
    }
}

void eval_next_case(Eval *e, Arena *arena, const Facts *facts)
{
    e->arena = arena;
    e->facts = facts;
    forget_memo(e);
    eval_set_date(e, NULL);
}

void eval_set_date(Eval *e, const Date *date)
{
    e->has_asof = false;
    if (date) {
        e->asof = *date;
        e->has_asof = true;
    } else if (e->prog->asof && e->facts && e->facts->values[e->prog->asof->index].kind == V_DATE) {
        e->asof = e->facts->values[e->prog->asof->index].u.d;
        e->has_asof = true;
    }
}

/* Whether more than EVAL_STACK_BUDGET bytes of stack lie between the outermost eval_result
 * and here, whichever way the stack grows: |here - base| > budget as one unsigned compare
 * (here - base + budget, modulo 2^64, is at most 2 budget exactly when it is not). */
static inline bool stack_over(const Eval *e)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    return here - e->stack_base + EVAL_STACK_BUDGET > 2 * EVAL_STACK_BUDGET;
}

/* ---- errors ---- */

static _Noreturn void fail_error(Eval *e, EvalError *err)
{
    for (int i = 0; i < e->nbusy; i++) {
        e->busy[i]->state = MEMO_ERROR;
        e->busy[i]->error = err;
    }
    e->nbusy = 0;
    e->error = err;
    longjmp(*e->on_error, 1);
}

/* An error of the current rule, with the citations of the definition being evaluated. */
static EvalError *error_new(Eval *e, const char *msg)
{
    EvalError *err = ar_alloc_uninit(e->arena, sizeof *err);     /* every field written */
    *err = (EvalError){ .message = msg, .rule = e->rule };
    if (e->cites)
        err->cites = *e->cites;
    else if (e->rule)
        err->cites = e->rule->u.rule.cites;
    return err;
}

static _Noreturn void fail(Eval *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static _Noreturn void fail(Eval *e, const char *fmt, ...)
{
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *msg = ar_alloc(e->arena, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    fail_error(e, error_new(e, msg));
}

static Rat checked(Eval *e, bool ok, Rat r, const char *what)
{
    if (!ok)
        fail(e, "arithmetic overflow while computing %s (the figure does not fit in 64-bit exact arithmetic)", what);
    return r;
}

const char *eval_exact_text(Arena *a, const Value *v)
{
    Buf b;
    buf_init(&b);
    if (v->kind == V_DURATION && !rat_is_int(v->u.r)) {
        char buf[96];
        Rat scaled;
        if (rat_mul(v->u.r, rat_int(1000000), &scaled) && rat_is_int(scaled))
            buf_printf(&b, "%s minutes", rat_decimal_str(v->u.r, 6, buf, sizeof buf));
        else
            buf_printf(&b, "%s minutes", rat_str(v->u.r, buf, sizeof buf));
        const char *u = value_unit(v);
        if (v->period != PER_NONE)
            buf_printf(&b, "/%s", strchr(u, '/') + 1);
    } else {
        value_format(&b, v, NULL);
    }
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* ---- trace ---- */

/* A figure in a step, as a Notice of Action shows it ("19:55 a week"); with `exact`, a
 * fraction of a minute is said in words (where rounding would hide what the step turns on). */
static const char *step_text(Arena *a, const Value *v, bool exact)
{
    Buf b;
    buf_init(&b);
    if (exact)
        value_words_exact(&b, v, NULL);
    else
        value_words(&b, v, NULL);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* A value rounded to the minute, as displayed. */
static Rat shown(const Value *v)
{
    Rat r = v->u.r;
    if (v->kind == V_DURATION && !rat_round(v->u.r, rat_int(1), ROUND_HALF_UP, &r))
        r = v->u.r;
    return r;
}

/* Callers test e->node first: the texts of the arguments cost more than the arithmetic. */
static void trace_step(Eval *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace_step(Eval *e, const char *fmt, ...)
{
    if (!e->node)
        return;
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *msg = ar_alloc(e->arena, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    for (int i = 0; i < e->node->nsteps; i++)
        if (strcmp(e->node->steps[i], msg) == 0)
            return;     /* a condition and the definition it chose may compute the same thing */
    AR_PUSH(e->arena, e->node->steps, e->node->nsteps, msg);
}

static void trace_input(Eval *e, const char *path, const Value *v, const Type *t)
{
    TraceNode *n = e->node;
    if (!n)
        return;
    for (int i = 0; i < n->ninputs; i++)
        if (strcmp(n->inputs[i].path, path) == 0)
            return;
    TraceInput in = { ar_strdup(e->arena, path), *v, t };
    AR_PUSH(e->arena, n->inputs, n->ninputs, in);
}

/* Each item of a list a rule sums or counts, and whether it counted (the paramedical
 * orders, one by one). */
static void trace_item(Eval *e, const Expr *source, int index, bool counted, const Value *v)
{
    TraceItem it = { .source = source, .index = index, .counted = counted };
    if (v)
        it.value = *v;
    AR_PUSH(e->arena, e->node->items, e->node->nitems, it);
}

static void trace_child(Eval *e, TraceNode *child)
{
    TraceNode *n = e->node;
    if (!n || !child)
        return;
    for (int i = 0; i < n->nchildren; i++)
        if (n->children[i] == child)
            return;
    AR_PUSH(e->arena, n->children, n->nchildren, child);
}

/* ---- unverified marks ----
 * Each memo slot has a set of the marks its value rests on: its rule's and its definition's
 * own, the table cells it read, and the sets of the rules it used. A trace node lists them. */

static void mark_add(Eval *e, int id)
{
    if (e->cur_marks)
        e->cur_marks[id >> 6] |= (uint64_t)1 << (id & 63);
    TraceNode *n = e->node;
    if (!n)
        return;
    const Mark *m = e->prog->marks[id];
    for (int i = 0; i < n->nown; i++)
        if (n->own[i] == m)
            return;
    AR_PUSH(e->arena, n->own, n->nown, m);
}

static void marks_add_ids(Eval *e, const MarkIds *ids)
{
    for (int i = 0; i < ids->count; i++)
        mark_add(e, ids->items[i]);
}

static uint64_t *slot_marks(const Eval *e, const Decl *first, int key)
{
    return e->mark_sets[first->index] + (size_t)(key < 0 ? 0 : key) * (size_t)e->mark_words;
}

static void marks_merge(uint64_t *into, const uint64_t *set, int words)
{
    for (int w = 0; w < words; w++)
        into[w] |= set[w];
}

/* A rule version starts its slot's set, with the rule's own marks. */
static uint64_t *marks_begin(Eval *e, const Decl *first, const Decl *r, int key)
{
    uint64_t *set = slot_marks(e, first, key);
    memset(set, 0, sizeof(uint64_t) * (size_t)e->mark_words);
    e->cur_marks = set;
    marks_add_ids(e, &r->u.rule.marks);
    return set;
}

/* ... and ends it with the applied definition's, and hands it to the rule that asked. */
static void marks_end(Eval *e, const Definition *applied, const uint64_t *set, uint64_t *caller)
{
    marks_add_ids(e, &applied->marks);
    e->cur_marks = caller;
    if (caller)
        marks_merge(caller, set, e->mark_words);
}

static const Mark **marks_list(const Eval *e, const uint64_t *set, int *count)
{
    const Mark **list = NULL;
    *count = 0;
    for (int i = 0; i < e->prog->nmarks; i++)
        if (set[i >> 6] >> (i & 63) & 1)
            AR_PUSH(e->arena, list, *count, (const Mark *)e->prog->marks[i]);
    return list;
}

/* ---- facts ---- */

static const Decl *root_enum(const Type *t) { return t->enm->u.enm.root; }

static void key_text(Buf *b, const Key *k, const Value *v)
{
    char buf[64];
    if (k->enm)
        buf_puts(b, enum_member_name(k->enm->u.enm.root, v->u.member));
    else
        buf_puts(b, rat_str(v->u.r, buf, sizeof buf));
}

/* A key of an entry. has() asks whether the case gives the entry, not its key: the key is read
 * as anywhere else, so a missing key is an error that names it, not a key that key_cell
 * cannot read (in 9c0f399 has(grid[pick, n]) with no pick read cell 0: true). */
static Value key_value(Eval *e, const Expr *k)
{
    int in_has = e->in_has;
    e->in_has = 0;
    Value v = eval_expr(e, k);
    e->in_has = in_has;
    return v;
}

/* Reads a fact through a path of fields and keys (ranks[t], protective_supervision.requested);
 * returns V_ABSENT when any step is not given. The printed path is built only when asked
 * for (an error or a trace): on the hot path of a caseload run it is not. */
static Value read_fact(Eval *e, const Expr *x, Buf *path, const Decl **input)
{
    switch (x->kind) {
    case E_NAME:
        *input = x->u.id.decl;
        if (path)
            buf_puts(path, x->u.id.name);
        return e->facts->values[x->u.id.decl->index];
    case E_FIELD: {
        Value obj = read_fact(e, x->u.field.obj, path, input);
        if (path) {
            buf_puts(path, ".");
            buf_puts(path, x->u.field.name);
        }
        if (obj.kind != V_RECORD)
            return value_absent();
        return obj.u.agg.items[x->u.field.index];
    }
    case E_INDEX: {
        Value obj = read_fact(e, x->u.index.obj, path, input);
        const Type *t = x->u.index.obj->type;
        Value key = key_value(e, x->u.index.args[0]);
        if (path) {
            buf_puts(path, ".");
            key_text(path, &t->keys[0], &key);
        }
        if (obj.kind != V_TABLE)
            return value_absent();
        int cell = key_cell(&t->keys[0], &key);
        /* a table field of a record left out is an empty table: no entries at all */
        return cell < 0 || cell >= obj.u.agg.count ? value_absent() : obj.u.agg.items[cell];
    }
    default:
        return eval_expr(e, x);
    }
}

static bool rooted_at_input(const Expr *x)
{
    while (x->kind == E_FIELD || x->kind == E_INDEX)
        x = x->kind == E_FIELD ? x->u.field.obj : x->u.index.obj;
    return x->kind == E_NAME && x->u.id.ref == REF_INPUT;
}

/* The strings one after another, in the arena: a message made a few times a case (a result
 * asked for that lacks its fact) without printf's formatting. */
static const char *join(Arena *a, const char *const *parts, int n)
{
    size_t len[8], total = 0;
    for (int i = 0; i < n; i++)
        total += len[i] = strlen(parts[i]);
    char *s = ar_alloc(a, total + 1), *at = s;
    for (int i = 0; i < n; i++) {
        memcpy(at, parts[i], len[i]);
        at += len[i];
    }
    *at = '\0';
    return s;
}

static Value read_fact(Eval *e, const Expr *x, Buf *path, const Decl **input);

/* Whether x names the same fact whatever the rule's variables are: fields of an input, no
 * key (weekly_need[t] is a fact for each t). */
static bool fixed_path(const Expr *x)
{
    while (x->kind == E_FIELD)
        x = x->u.field.obj;
    return x->kind == E_NAME && x->u.id.ref == REF_INPUT;
}

/* The fact x of `input` is absent. Its message is the same for a fixed path case after case
 * (the bench's hearing results, without a Notice of Action, build it twice a case): the
 * first EVAL_MISSING_KEPT such are kept, in eval_init's arena, by expression. */
static _Noreturn void missing_fact(Eval *e, const Decl *input, const Expr *x)
{
    bool fixed = fixed_path(x);
    MissingKept *k = NULL, made;
    if (fixed)
        for (int i = 0; i < e->nmissing; i++)
            if (e->missing[i].x == x) {
                k = &e->missing[i];
                break;
            }
    if (!k) {
        Buf buf;
        buf_init(&buf);
        read_fact(e, x, &buf, &input);
        bool keep = fixed && e->nmissing < EVAL_MISSING_KEPT;
        Arena *a = keep ? e->keep : e->arena;
        const char *path = ar_strdup(a, buf_cstr(&buf));
        buf_free(&buf);
        /* a field says what it is better than its record does */
        const char *desc = input->desc;
        if (x->kind == E_FIELD && x->u.field.obj->type && x->u.field.obj->type->kind == T_RECORD
            && x->u.field.obj->type->fields[x->u.field.index].desc)
            desc = x->u.field.obj->type->fields[x->u.field.index].desc;
        desc = desc ? desc : "no description";
        /* the message is for a result asked for; the path and description let an output that
         * was not asked for be shown as not evaluated instead (doc/contract.md 3, v2) */
        const char *parts[] = { "fact '", path, "' is missing: ", desc, " (input ", input->name, ")" };
        made = (MissingKept){ x, join(a, parts, 7), path, desc };
        k = &made;
        if (keep) {
            e->missing[e->nmissing] = made;
            k = &e->missing[e->nmissing++];
        }
    }
    EvalError *err = error_new(e, k->message);
    err->missing = k->path;
    err->missing_desc = k->desc;
    err->kept = k != &made;
    fail_error(e, err);
}

static Value fact(Eval *e, const Expr *x)
{
    const Decl *input = NULL;
    Value v = read_fact(e, x, NULL, &input);
    bool missing = v.kind == V_ABSENT && !e->in_has;
    bool traced = e->node && v.kind != V_ABSENT && v.kind != V_RECORD && v.kind != V_TABLE;
    if (!missing && !traced)
        return v;
    if (missing)
        missing_fact(e, input, x);
    Buf path;
    buf_init(&path);
    read_fact(e, x, &path, &input);
    trace_input(e, buf_cstr(&path), &v, x->type);
    buf_free(&path);
    return v;
}

/* ---- rules ---- */

static const Decl *version_in_force(Eval *e, const Decl *first)
{
    if (!first->next_version && !(first->kind == D_RULE ? first->u.rule.has_effective : first->u.table.has_effective))
        return first;
    if (!e->has_asof && e->prog->asof) {
        /* the date is a fact the case lacks: an output not asked for is "not evaluated" */
        const Decl *asof = e->prog->asof;
        EvalError *err = error_new(e, ar_printf(e->arena, "'%s' has versions by date, and the case has no %s to choose one",
                                                first->name, asof->name));
        err->missing = asof->name;
        err->missing_desc = asof->desc ? asof->desc : "no description";
        fail_error(e, err);
    }
    if (!e->has_asof)
        fail(e, "'%s' has versions by date, and the case has no asof date to choose one", first->name);
    const Decl *best = NULL;
    for (const Decl *v = first; v; v = v->next_version) {
        bool rule = v->kind == D_RULE;
        Date from = rule ? v->u.rule.effective : v->u.table.effective;
        bool has_until = rule ? v->u.rule.has_until : v->u.table.has_until;
        Date until = rule ? v->u.rule.until : v->u.table.until;
        Date best_from = best ? (best->kind == D_RULE ? best->u.rule.effective : best->u.table.effective) : 0;
        if (from <= e->asof && (!has_until || e->asof < until) && (!best || from > best_from))
            best = v;
    }
    if (!best) {
        char buf[16];
        fail(e, "no version of '%s' is in force on %s", first->name, date_str(e->asof, buf, sizeof buf));
    }
    return best;
}

static const char *cite_list_text(Arena *a, const CiteList *l)
{
    Buf b;
    buf_init(&b);
    for (int i = 0; i < l->count; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", l->items[i].text);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static _Noreturn void conflict(Eval *e, const Decl *first, const Decl *r, const Definition *chosen,
                               const Definition *d)
{
    Arena *a = e->arena;
    /* the error carries both citations: the law has to say which one wins */
    CiteList *both = ar_alloc(a, sizeof *both);
    const CiteList *x = def_cites(r, chosen), *y = def_cites(r, d);
    both->count = x->count + y->count;
    both->items = ar_alloc(a, sizeof(Cite) * (size_t)both->count);
    memcpy(both->items, x->items, sizeof(Cite) * (size_t)x->count);
    memcpy(both->items + x->count, y->items, sizeof(Cite) * (size_t)y->count);
    e->cites = both;
    fail(e, "two exceptions of '%s' apply to this case: [%s] when %s, and [%s] when %s; "
         "the rules must say which one wins", first->name, cite_list_text(a, x),
         loc_text(a, chosen->cond->loc), cite_list_text(a, y), loc_text(a, d->cond->loc));
}

static _Noreturn void no_definition(Eval *e, const Decl *first)
{
    fail(e, "no definition of '%s' applies to this case: it has no base definition and none of its "
         "exceptions' conditions holds", first->name);
}

/* The same choice as the tree walk in eval_rule, over the member's compiled definitions:
 * exceptions come highest priority first, so the first that holds is chosen, and those of
 * its priority after it are still tried, to catch a conflict. */
static inline __attribute__((always_inline))      /* one frame with its caller's */
void eval_compiled(Eval *e, const Decl *first, const Decl *r, const MemberCode *mc, const Definition **applied,
                   Value *out)
{
    const DefCode *chosen = NULL;
    int i = 0, n = mc->nexceptions;
    for (; i < n; i++) {            /* until one holds */
        const DefCode *d = &mc->exceptions[i];
        e->cites = d->cites;
        int holds = simple_bool(e, d->cond);
        if (holds < 0)
            holds = code_bool(e, d->cond);
        if (holds) {
            chosen = d;
            i++;
            break;
        }
    }
    if (chosen) {                   /* then those of its priority, each a conflict if it holds */
        for (; i < n && mc->exceptions[i].priority >= chosen->priority; i++) {
            const DefCode *d = &mc->exceptions[i];
            e->cites = d->cites;
            if (code_bool(e, d->cond))
                conflict(e, first, r, chosen->def, d->def);
        }
    } else {
        chosen = &mc->base;
    }
    if (!chosen->def) {
        e->cites = mc->none_cites;
        no_definition(e, first);
    }
    e->cites = chosen->cites;
    *applied = chosen->def;
    code_value(e, chosen->value, out);
}

/* What a rule being evaluated (or a nested evaluation) sets aside of its caller's, and puts
 * back when it is done. */
typedef struct Frame {
    Value *vars;
    int var_top, in_has, depth;
    TraceNode *node;
    const Decl *rule;
    const CiteList *cites;
} Frame;

static inline Frame frame_save(const Eval *e)
{
    Frame f = { e->vars, e->var_top, e->in_has, e->depth, e->node, e->rule, e->cites };
    return f;
}

static inline void frame_restore(Eval *e, const Frame *f)
{
    e->vars = f->vars;
    e->var_top = f->var_top;
    e->in_has = f->in_has;
    e->depth = f->depth;
    e->node = f->node;
    e->rule = f->rule;
    e->cites = f->cites;
}

/* Rule version r's variables (its parameter, set to member `key`, and its loop variables),
 * on the Eval's stack while it lasts; the caller restores var_top and vars. */
static inline void push_vars(Eval *e, const Decl *r, int key)
{
    int nslots = r->u.rule.nslots;
    if (!nslots)
        return;
    if (e->var_top + nslots <= e->var_cap) {
        e->vars = e->var_stack + e->var_top;
        e->var_top += nslots;
    } else {
        e->vars = ar_alloc(e->arena, sizeof(Value) * (size_t)nslots);
    }
    if (r->u.rule.param_decl) {
        e->vars[0].kind = V_ENUM;
        e->vars[0].u.member = r->u.rule.param_decl->u.enm.root_index[key];
    }
}

static _Noreturn void too_deep(Eval *e)
{
    fail(e, "the evaluation nests too deeply for the stack (rules within rules, expressions within "
         "expressions)");
}

/* A rule of one version, by its compiled code, without a trace: rule_value's bookkeeping
 * less what only a trace or a choice of version needs. Compiled code counts rule levels
 * only (within a rule it nests no deeper than its expression: 400 levels at most). */
/* general: with coverage marks, or within has() of a tree walk (in_has); else in_has is 0,
 * and is 0 again when the rule is done (what its code counts up it counts down), so it is
 * neither saved nor restored. */
static inline __attribute__((always_inline))
const Value *compiled_rule_body(Eval *e, const Decl *r, const MemberCode *mc, int key, Memo *m, bool general)
{
    e->depth++;
    const Decl *saved_rule = e->rule;
    const CiteList *saved_cites = e->cites;     /* eval_compiled sets e->cites before it reads */
    Value *saved_vars = NULL;
    int saved_top = 0, saved_has = general ? e->in_has : 0;
    m->state = MEMO_BUSY;
    e->busy[e->nbusy++] = m;
    e->rule = r;
    if (general)
        e->in_has = 0;
    if (mc->uses_vars) {
        saved_vars = e->vars;
        saved_top = e->var_top;
        push_vars(e, r, key);
    }   /* else e->vars stays the caller's, never read by this member's code: missing_compiled
           sets up the member's own to name a missing fact, and fails */
    uint64_t *saved_marks = e->cur_marks;
    uint64_t *set = general && e->marking ? marks_begin(e, r, r, key) : NULL;
    const Definition *applied;      /* read only by traces and coverage, which walk the tree */
    eval_compiled(e, r, r, mc, &applied, &m->value);
    if (set)
        marks_end(e, applied, set, saved_marks);
    m->state = MEMO_DONE;
    e->nbusy--;
    e->depth--;
    e->rule = saved_rule;
    e->cites = saved_cites;
    if (mc->uses_vars) {
        e->vars = saved_vars;
        e->var_top = saved_top;
    }
    if (general)
        e->in_has = saved_has;
    assert(e->in_has == saved_has);
    return &m->value;
}

/* The general case, kept apart, so the common path carries none of its locals. */
static __attribute__((noinline)) const Value *compiled_rule_general(Eval *e, const Decl *r, const MemberCode *mc, int key,
                                                                  Memo *m)
{
    return compiled_rule_body(e, r, mc, key, m, true);
}

/* mc: r's code for member key (r->u.rule.code[key < 0 ? 0 : key]) */
static const Value *compiled_rule(Eval *e, const Decl *r, const MemberCode *mc, int key, Memo *m)
{
    if (stack_over(e))
        too_deep(e);
    if (e->marking | e->in_has)
        return compiled_rule_general(e, r, mc, key, m);
    return compiled_rule_body(e, r, mc, key, m, false);
}

/* The definition that applies, by the tree walk, and its value into the memo slot.
 * Exceptions are tried from the highest priority down: once one holds, lower ones are not
 * evaluated (their facts may be absent), but its equals are, to catch a conflict. */
static void tree_walk_rule(Eval *e, const Decl *first, const Decl *r, Memo *m, MemoNote *note)
{
    const Definition *chosen = NULL, *base = NULL;
    int top = -1;
    for (int i = 0; i < r->u.rule.ndefs; i++) {
        if (!r->u.rule.defs[i].cond)
            base = &r->u.rule.defs[i];
        else if (r->u.rule.defs[i].priority > top)
            top = r->u.rule.defs[i].priority;
    }
    for (int prio = top; prio >= 1 && !chosen; prio--) {
        for (int i = 0; i < r->u.rule.ndefs; i++) {
            const Definition *d = &r->u.rule.defs[i];
            if (!d->cond || d->priority != prio)
                continue;
            e->cites = def_cites(r, d);
            Value c = eval_expr(e, d->cond);
            if (!c.u.b)
                continue;
            if (chosen)
                conflict(e, first, r, chosen, d);
            chosen = d;
        }
    }
    if (!chosen)
        chosen = base;
    if (!chosen)
        no_definition(e, first);
    e->cites = def_cites(r, chosen);
    m->value = eval_expr(e, chosen->value);
    note->applied = chosen;
}

static const Value *rule_slow(Eval *e, const Decl *first, int key, Memo *m);

/* The citations of a definition that is another rule's figure: that figure's, then the
 * definition's own (ACL 14-60 for the hours, then ACL 20-111 for passing them on unprorated). */
static CiteList inherited_cites(Eval *e, const TraceNode *node, const Decl *via, const CiteList *own)
{
    const TraceNode *child = NULL;
    for (int i = 0; i < node->nchildren; i++) {
        const TraceNode *c = node->children[i];
        if (strcmp(c->rule->name, via->name) == 0 && (!child || value_equal(&c->value, &node->value)))
            child = c;
    }
    if (!child)
        return own->count ? *own : node->cites;
    CiteList l = { ar_alloc(e->arena, sizeof(Cite) * (size_t)(child->cites.count + own->count + 1)), 0 };
    for (int k = 0; k < 2; k++) {
        const CiteList *from = k ? own : &child->cites;
        for (int i = 0; i < from->count; i++) {
            bool dup = false;
            for (int j = 0; j < l.count && !dup; j++)
                dup = strcmp(l.items[j].text, from->items[i].text) == 0;
            if (!dup)
                l.items[l.count++] = from->items[i];
        }
    }
    return l;
}

/* One placeholder's value, or false when it cannot be evaluated (a fact not given): the
 * reason then says "?" there, and the rule's own value stands. Runs as a nested
 * evaluation: what is in progress is set aside, so an error here fails only what the
 * placeholder itself reads. */
static bool placeholder_value(Eval *e, const Expr *x, Value *out)
{
    jmp_buf jb;
    jmp_buf *saved_jb = e->on_error;
    Memo **saved_busy = e->busy;
    int saved_nbusy = e->nbusy;
    Frame saved = frame_save(e);
    e->busy += e->nbusy;
    e->nbusy = 0;
    e->node = NULL;
    e->on_error = &jb;
    volatile bool ok = false;   /* set between setjmp and a longjmp */
    if (setjmp(jb) == 0) {
        *out = eval_expr(e, x);
        ok = true;
    }
    e->on_error = saved_jb;
    e->busy = saved_busy;
    e->nbusy = saved_nbusy;
    frame_restore(e, &saved);
    return ok;
}

static const char *reason_text(Eval *e, const Reason *r)
{
    Buf b;
    buf_init(&b);
    for (int i = 0; i < r->nparts; i++) {
        buf_puts(&b, r->parts[i].text);
        if (!r->parts[i].expr)
            continue;
        Value v;
        if (placeholder_value(e, r->parts[i].expr, &v))
            value_words(&b, &v, r->parts[i].expr->type);
        else
            buf_puts(&b, "?");
    }
    const char *s = ar_strdup(e->arena, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* A rule's value for one member (key, or -1), evaluated at most once per case: the memo
 * slot's value, which stays put until the next case. The common paths (known, or compiled)
 * are kept apart from the rest (rule_slow), whose many locals made every call save and
 * restore registers. */
static const Value *rule_value(Eval *e, const Decl *first, int key)
{
    assert(key < first->u.rule.memo_size && (key >= 0) == (first->u.rule.param_decl != NULL));
    Memo *m = &e->memo[first->index][key < 0 ? 0 : key];
    if (m->gen != e->gen) {     /* field by field: a struct copy here stalled on the stack */
        m->gen = e->gen;
        m->state = MEMO_NONE;   /* the rest is written before it is read */
        if (e->tracing)
            e->note[first->index][key < 0 ? 0 : key].node = NULL;
    }
    if (m->state == MEMO_DONE) {
        if (e->node)
            trace_child(e, e->note[first->index][key < 0 ? 0 : key].node);
        if (e->cur_marks)
            marks_merge(e->cur_marks, slot_marks(e, first, key), e->mark_words);
        return &m->value;
    }
    if (m->state == MEMO_NONE && e->depth < EVAL_MAX_DEPTH && e->compiled && code_whole(first))
        return compiled_rule(e, first, &first->u.rule.code[key < 0 ? 0 : key], key, m);
    return rule_slow(e, first, key, m);
}

static __attribute__((noinline)) const Value *rule_slow(Eval *e, const Decl *first, int key, Memo *m)
{
    if (m->state == MEMO_ERROR)
        fail_error(e, m->error);
    if (m->state == MEMO_BUSY)
        fail(e, "rule '%s' depends on itself", first->name);
    if (e->depth >= EVAL_MAX_DEPTH)
        fail(e, "rules depend on rules more than %d levels deep (at '%s')", EVAL_MAX_DEPTH, first->name);
    Frame saved = frame_save(e);
    e->depth++;
    m->state = MEMO_BUSY;
    e->busy[e->nbusy++] = m;
    e->rule = first;
    e->cites = &first->u.rule.cites;
    e->in_has = 0;
    const Decl *r = !first->next_version && !first->u.rule.has_effective ? first : version_in_force(e, first);
    e->rule = r;
    e->cites = &r->u.rule.cites;
    push_vars(e, r, key);
    TraceNode *node = NULL;
    if (e->tracing) {
        node = ar_alloc(e->arena, sizeof *node);
        node->rule = r;
        node->key = r->u.rule.param_decl ? key : -1;
    }
    e->node = node;
    uint64_t *saved_marks = e->cur_marks;
    uint64_t *set = e->marking ? marks_begin(e, first, r, key) : NULL;

    MemoNote *note = &e->note[first->index][key < 0 ? 0 : key];
    if (e->compiled && r->u.rule.code) {     /* a rule of several versions */
        if (stack_over(e))
            too_deep(e);
        eval_compiled(e, first, r, &r->u.rule.code[key < 0 ? 0 : key], &note->applied, &m->value);
    } else {
        tree_walk_rule(e, first, r, m, note);
    }
    if (set)
        marks_end(e, note->applied, set, saved_marks);
    m->state = MEMO_DONE;
    note->version = r;
    e->nbusy--;
    if (node) {
        if (set)
            node->marks = marks_list(e, set, &node->nmarks);
        node->value = m->value;
        node->applied = note->applied;
        node->cites = *def_cites(r, note->applied);
        const Decl *via = bare_rule_ref(note->applied->value);
        if (via)
            node->cites = inherited_cites(e, node, via, &note->applied->cites);
        node->condition = note->applied->cond ? loc_text(e->arena, note->applied->cond->loc) : NULL;
        note->node = node;
        if (note->applied->reason)
            node->reason = reason_text(e, note->applied->reason);
    }
    frame_restore(e, &saved);
    trace_child(e, node);
    return &m->value;
}

static Value eval_rule(Eval *e, const Decl *first, int key)
{
    return *rule_value(e, first, key);
}

static Value whole_rule(Eval *e, const Decl *rule)
{
    int n = rule->u.rule.memo_size;
    Value t = { .kind = V_TABLE };
    t.u.agg.count = n;
    t.u.agg.items = ar_alloc(e->arena, sizeof(Value) * (size_t)n);
    for (int i = 0; i < n; i++)
        t.u.agg.items[i] = eval_rule(e, rule, i);
    return t;
}

/* ---- expressions ---- */

static Value table_value(Eval *e, const Decl *first)
{
    const Decl *t = version_in_force(e, first);
    if (t->u.table.cell_marks && (e->cur_marks || e->node)) {     /* all of it is used */
        const Type *tt = t->u.table.type;
        int n = 3 * key_size(&tt->keys[0]) * (tt->nkeys == 2 ? key_size(&tt->keys[1]) : 1);
        for (int i = 0; i < n; i++)
            if (t->u.table.cell_marks[i] >= 0)
                mark_add(e, t->u.table.cell_marks[i]);
    }
    Value v = { .kind = V_TABLE };
    v.u.agg.count = key_size(&t->u.table.type->keys[0]);
    v.u.agg.items = t->u.table.cells;
    return v;
}

static Value table_cell(Eval *e, const Expr *x, const Value *keys);

static Value index_expr(Eval *e, const Expr *x)
{
    const Expr *obj = x->u.index.obj;
    if (obj->kind == E_NAME && obj->u.id.ref == REF_RULE) {
        const Decl *rule = obj->u.id.decl;
        Value k = key_value(e, x->u.index.args[0]);
        int cell = rule->u.rule.param_decl->u.enm.local_index[k.u.member];
        if (cell < 0)
            fail(e, "'%s' has no value for %s: it is computed for the members of %s only", rule->name,
                 enum_member_name(root_enum(x->u.index.args[0]->type), k.u.member), rule->u.rule.param_decl->name);
        return eval_rule(e, rule, cell);
    }
    if (obj->kind == E_NAME && obj->u.id.ref == REF_TABLE) {
        Value keys[2];
        int part = e->part;     /* the keys' own look-ups read whole cells */
        e->part = 0;
        for (int i = 0; i < x->u.index.nargs; i++)
            keys[i] = key_value(e, x->u.index.args[i]);
        e->part = part;
        return table_cell(e, x, keys);
    }
    if (rooted_at_input(x))
        return fact(e, x);
    Value t = eval_expr(e, obj);
    Value k = key_value(e, x->u.index.args[0]);
    int cell = key_cell(&obj->type->keys[0], &k);
    Value v = cell < 0 ? value_absent() : t.u.agg.items[cell];
    if (v.kind == V_ABSENT && !e->in_has)
        fail(e, "no entry for this key");
    return v;
}

/* The cell of a constant table (x: table[k] or table[k1, k2]) for the keys' values. */
static Value table_cell(Eval *e, const Expr *x, const Value *keys)
{
    const Decl *t = version_in_force(e, x->u.index.obj->u.id.decl);
    const Type *tt = t->u.table.type;
    int cells[2] = { 0, 0 };
    for (int i = 0; i < x->u.index.nargs; i++)
        cells[i] = key_cell(&tt->keys[i], &keys[i]);
    int n2 = tt->nkeys == 2 ? key_size(&tt->keys[1]) : 1;
    Value v = value_absent();
    int part = e->part;         /* low(...) or high(...) reads one bound only */
    e->part = 0;
    if (cells[0] >= 0 && cells[1] >= 0) {
        v = t->u.table.cells[cells[0] * n2 + cells[1]];
        const int *m = t->u.table.cell_marks ? &t->u.table.cell_marks[(cells[0] * n2 + cells[1]) * 3] : NULL;
        if (m && m[0] >= 0)
            mark_add(e, m[0]);
        if (m && m[1] >= 0 && part != B_HIGH)
            mark_add(e, m[1]);
        if (m && m[2] >= 0 && part != B_LOW)
            mark_add(e, m[2]);
    }
    if (v.kind == V_ABSENT && !e->in_has) {
        Buf b;
        buf_init(&b);
        for (int i = 0; i < x->u.index.nargs; i++) {
            buf_puts(&b, i ? ", " : "");
            key_text(&b, &tt->keys[i], &keys[i]);
        }
        const char *k = ar_strdup(e->arena, buf_cstr(&b));
        buf_free(&b);
        fail(e, "table '%s' has no entry for %s", t->name, k);
    }
    if (e->node && v.kind != V_ABSENT && t->u.table.cites.count) {
        const CiteList *rc = &t->u.table.row_cites[cells[0]];
        Buf keytext;
        buf_init(&keytext);
        for (int i = 0; i < x->u.index.nargs; i++) {
            buf_puts(&keytext, i ? ", " : "");
            key_text(&keytext, &tt->keys[i], &keys[i]);
        }
        const char *vt = v.kind == V_ENUM ? enum_member_name(tt->elem->enm->u.enm.root, v.u.member)
                                          : step_text(e->arena, &v, false);
        trace_step(e, "%s[%s] = %s [%s]", t->name, buf_cstr(&keytext), vt,
                   cite_list_text(e->arena, rc->count ? rc : &t->u.table.cites));
        buf_free(&keytext);
    }
    return v;
}

/* "283:00 a month - 207:07 a month = 75:53 a month": the arithmetic of durations, the way a
 * person checks it. When the figures as shown would not give the result as shown (a minute
 * off by rounding), they are given exactly. */
static void arith_step(Eval *e, Op op, const Value *a, const Value *b, const Value *out)
{
    Rat sa = shown(a), sb = shown(b), expect, so = shown(out);
    bool ok = op == OP_ADD ? rat_add(sa, sb, &expect) : op == OP_SUB ? rat_sub(sa, sb, &expect)
            : op == OP_MUL ? rat_mul(sa, sb, &expect) : rat_sign(sb) != 0 && rat_div(sa, sb, &expect);
    Value ev = *out;
    if (ok) {
        ev.u.r = expect;
        ok = rat_eq(shown(&ev), so);
    }
    if ((op == OP_ADD || op == OP_SUB) && (rat_sign(a->u.r) == 0 || rat_sign(b->u.r) == 0))
        return;     /* "+ 0:00" says nothing */
    const char *sym = op == OP_ADD ? "+" : op == OP_SUB ? "-" : op == OP_MUL ? "x" : "/";
    trace_step(e, "%s %s %s = %s", step_text(e->arena, a, !ok), sym, step_text(e->arena, b, !ok),
               step_text(e->arena, out, !ok));
}

/* "24:15 a week >= 20:00 a week: yes": a comparison of durations, dates or day counts. */
static void compare_step(Eval *e, Op op, const Value *a, const Value *b, bool result)
{
    bool exact = false;
    if (a->kind == V_DURATION && b->kind == V_DURATION) {
        int c = rat_cmp(shown(a), shown(b));
        bool as_shown = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : op == OP_GE ? c >= 0
                      : op == OP_EQ ? c == 0 : c != 0;
        exact = as_shown != result;
    }
    const char *by = "";
    Value diff = *a;
    if (a->kind == V_DURATION && b->kind == V_DURATION && rat_sub(a->u.r, b->u.r, &diff.u.r) && rat_sign(diff.u.r) != 0) {
        bool above = rat_sign(diff.u.r) > 0;
        if (!above)
            rat_neg(diff.u.r, &diff.u.r);
        diff.period = PER_NONE;
        by = ar_printf(e->arena, " (%s %s)", step_text(e->arena, &diff, exact), above ? "above" : "below");
    }
    trace_step(e, "%s %s %s: %s%s", step_text(e->arena, a, exact), op_text(op), step_text(e->arena, b, exact),
               result ? "yes" : "no", by);
}

static Value arith(Eval *e, const Expr *x, Value a, Value b)
{
    Op op = x->u.op.op;
    Rat r = { 0, 1 };
    bool ok = true;
    const char *what = e->rule ? e->rule->name : "a value";
    if (a.kind == V_DATE || b.kind == V_DATE) {
        if (a.kind == V_DATE && b.kind == V_DATE) {
            Value d = { .kind = V_DAYS };
            d.u.r = rat_int((int64_t)a.u.d - b.u.d);
            return d;
        }
        if (!rat_is_int(b.u.r))
            fail(e, "a date moves by whole days, not %s", eval_exact_text(e->arena, &b));
        int64_t days = b.u.r.num;
        if (op == OP_SUB && __builtin_sub_overflow((int64_t)0, days, &days))
            fail(e, "date arithmetic leaves the calendar (years 1 to 9999)");
        Value d = { .kind = V_DATE };
        if (!date_add_days(a.u.d, days, &d.u.d))
            fail(e, "date arithmetic leaves the calendar (years 1 to 9999)");
        return d;
    }
    switch (op) {
    case OP_ADD: ok = rat_add(a.u.r, b.u.r, &r); break;
    case OP_SUB: ok = rat_sub(a.u.r, b.u.r, &r); break;
    case OP_MUL: ok = rat_mul(a.u.r, b.u.r, &r); break;
    case OP_DIV:
        if (rat_sign(b.u.r) == 0)
            fail(e, "division by zero in %s", loc_text(e->arena, x->loc));
        ok = rat_div(a.u.r, b.u.r, &r);
        break;
    default: break;
    }
    checked(e, ok, r, what);
    /* the unit of the result is the unit of the quantity operand (checked statically) */
    Value out = a.kind == V_NUMBER && b.kind != V_NUMBER && op == OP_MUL ? b : a;
    if (op == OP_DIV && a.kind == b.kind && a.kind != V_NUMBER)
        out = value_number(r);
    out.u.r = r;
    if (e->node && (a.kind == V_DURATION || b.kind == V_DURATION))
        arith_step(e, op, &a, &b, &out);
    return out;
}

/* ---- dates (doc/contract.md 4c) ---- */

static const char *const weekday_names[7] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

static int64_t whole_count(Eval *e, const Builtin *fn, const Value *v)
{
    if (!rat_is_int(v->u.r))
        fail(e, "%s counts whole %s, not %s", fn->name, fn->id == B_ADD_MONTHS ? "months" : "business days",
             eval_exact_text(e->arena, v));
    if (fn->id != B_ADD_MONTHS && v->u.r.num < 0)
        fail(e, "%s counts 0 or more business days, not %s (for the other direction use business_days_%s)",
             fn->name, eval_exact_text(e->arena, v), fn->id == B_BUSINESS_BEFORE ? "after" : "before");
    return v->u.r.num;
}

/* A table of closed days, read as a declaration (the version in force), not as a value: so
 * that the days it closed can be named in the explanation, and only their unverified marks
 * travel with the result (not every cell's, as a whole-table value would carry). */
typedef struct ClosedDays {
    const Decl *table;
    const Value *cells;
    int ncells, n2;
    DateCalendar cal;
} ClosedDays;

/* The days the table closes, and the years it covers: from the 1st of January of its
 * earliest date to the 31st of December of its latest. A day outside them is not known to be
 * open or closed, so using it is an error, never a guess. */
static ClosedDays closed_days(Eval *e, const Expr *arg, const char *fn)
{
    ClosedDays c = { .table = version_in_force(e, arg->u.id.decl) };
    const Type *tt = c.table->u.table.type;
    c.n2 = tt->nkeys == 2 ? key_size(&tt->keys[1]) : 1;
    c.ncells = key_size(&tt->keys[0]) * c.n2;
    c.cells = c.table->u.table.cells;
    Date *days = ar_alloc(e->arena, sizeof(Date) * (size_t)(c.ncells ? c.ncells : 1));
    DateCalendar cal = { days, 0, 0, -1 };
    for (int i = 0; i < c.ncells; i++) {
        const Value *v = &c.cells[i];
        if (v->kind != V_DATE)
            continue;
        if (!cal.nclosed || v->u.d < cal.covers_from) cal.covers_from = v->u.d;
        if (!cal.nclosed || v->u.d > cal.covers_to) cal.covers_to = v->u.d;
        days[cal.nclosed++] = v->u.d;
    }
    if (!cal.nclosed)
        fail(e, "%s: the table of closed days %s has no dates", fn, c.table->name);
    int y, m, d;
    date_to_ymd(cal.covers_from, &y, &m, &d);
    date_from_ymd(y, 1, 1, &cal.covers_from);
    date_to_ymd(cal.covers_to, &y, &m, &d);
    date_from_ymd(y, 12, 31, &cal.covers_to);
    c.cal = cal;
    return c;
}

static _Noreturn void uncovered(Eval *e, const Builtin *fn, const ClosedDays *c, Date where)
{
    char a[16], b[16], d[16];
    fail(e, "%s: %s covers %s to %s, and %s is outside it: whether state offices are open that day "
         "is not known (extend the table)", fn->name, c->table->name, date_str(c->cal.covers_from, a, sizeof a),
         date_str(c->cal.covers_to, b, sizeof b), date_str(where, d, sizeof d));
}

/* The unverified marks of the entries that close a day from `from` to `to`: what the count
 * rests on. */
static void closed_marks(Eval *e, const ClosedDays *c, Date from, Date to)
{
    const int *marks = c->table->u.table.cell_marks;
    if (!marks)
        return;
    for (int i = 0; i < c->ncells; i++)
        if (c->cells[i].kind == V_DATE && c->cells[i].u.d >= from && c->cells[i].u.d <= to && marks[i * 3] >= 0)
            mark_add(e, marks[i * 3]);
}

/* "Monday 2026-02-16 closed (state_holidays[presidents_day, 2026])": which entry of the table
 * closed a day; a weekday and the date otherwise. */
static const char *closed_entry(Eval *e, const ClosedDays *c, Date day)
{
    const Type *tt = c->table->u.table.type;
    char buf[16];
    date_str(day, buf, sizeof buf);
    for (int i = 0; i < c->ncells; i++) {
        if (c->cells[i].kind != V_DATE || c->cells[i].u.d != day)
            continue;
        const char *row = enum_member_name(tt->keys[0].enm, i / c->n2);
        if (tt->nkeys == 2)
            return ar_printf(e->arena, "%s %s closed (%s[%s, %d])", weekday_names[date_weekday(day)], buf,
                             c->table->name, row, tt->keys[1].lo + i % c->n2);
        return ar_printf(e->arena, "%s %s closed (%s[%s])", weekday_names[date_weekday(day)], buf, c->table->name, row);
    }
    return ar_printf(e->arena, "%s %s", weekday_names[date_weekday(day)], buf);
}

/* add_months, days_between, weekday, business_days_before/after, is_business_day */
static Value eval_date(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    Expr **args = x->u.call.args;
    char a[16], b[16];
    switch (fn->id) {
    case B_ADD_MONTHS: {
        int64_t months = whole_count(e, fn, &arg[1]);
        Value out = { .kind = V_DATE };
        if (!date_add_months(arg[0].u.d, months, &out.u.d))
            fail(e, "date arithmetic leaves the calendar (years 1 to 9999)");
        if (e->node) {
            int y, m, d, y2, m2, d2;
            date_to_ymd(arg[0].u.d, &y, &m, &d);
            date_to_ymd(out.u.d, &y2, &m2, &d2);
            trace_step(e, "%s + %lld month%s = %s%s", date_str(arg[0].u.d, a, sizeof a), (long long)months,
                       months == 1 || months == -1 ? "" : "s", date_str(out.u.d, b, sizeof b),
                       d2 != d ? ar_printf(e->arena, " (day %d does not exist in that month: its last day)", d) : "");
        }
        return out;
    }
    case B_DAYS_BETWEEN: {
        Value d = { .kind = V_DAYS };
        d.u.r = rat_int((int64_t)arg[1].u.d - arg[0].u.d);
        if (e->node)
            trace_step(e, "from %s %s to %s %s: %s", weekday_names[date_weekday(arg[0].u.d)], date_str(arg[0].u.d, a, sizeof a),
                       weekday_names[date_weekday(arg[1].u.d)], date_str(arg[1].u.d, b, sizeof b), eval_exact_text(e->arena, &d));
        return d;
    }
    case B_WEEKDAY: {
        Value w = { .kind = V_ENUM };
        w.u.member = date_weekday(arg[0].u.d);
        return w;
    }
    case B_IS_BUSINESS_DAY: {
        ClosedDays c = closed_days(e, args[1], fn->name);
        bool open;
        if (date_is_business_day(&c.cal, arg[0].u.d, &open) != DATE_WALK_OK)
            uncovered(e, fn, &c, arg[0].u.d);
        closed_marks(e, &c, arg[0].u.d, arg[0].u.d);
        if (e->node)
            trace_step(e, "%s is %s", closed_entry(e, &c, arg[0].u.d), open ? "a business day" : "not a business day");
        return value_bool(open);
    }
    case B_BUSINESS_BEFORE: case B_BUSINESS_AFTER: {
        int64_t n = whole_count(e, fn, &arg[1]);
        int dir = fn->id == B_BUSINESS_AFTER ? 1 : -1;
        ClosedDays c = closed_days(e, args[2], fn->name);
        Value out = { .kind = V_DATE };
        Date where;
        switch (date_business_days(&c.cal, arg[0].u.d, n, dir, &out.u.d, &where)) {
        case DATE_WALK_OK: break;
        case DATE_WALK_UNCOVERED: uncovered(e, fn, &c, where);
        case DATE_WALK_OFF_CALENDAR: fail(e, "date arithmetic leaves the calendar (years 1 to 9999)");
        }
        if (n > 0)
            closed_marks(e, &c, dir < 0 ? out.u.d : arg[0].u.d + 1, dir < 0 ? arg[0].u.d - 1 : out.u.d);
        if (e->node) {
            /* the days not counted, so a person can check the count on a calendar */
            Buf skipped;
            buf_init(&skipped);
            for (Date d = arg[0].u.d; d != out.u.d && (d += dir) != out.u.d;) {
                bool open;
                date_is_business_day(&c.cal, d, &open);
                if (!open)
                    buf_printf(&skipped, "%s%s", skipped.len ? ", " : "", closed_entry(e, &c, d));
            }
            trace_step(e, "%lld business day%s %s %s %s = %s %s%s%s", (long long)n, n == 1 ? "" : "s",
                       dir < 0 ? "before" : "after", weekday_names[date_weekday(arg[0].u.d)], date_str(arg[0].u.d, a, sizeof a),
                       weekday_names[date_weekday(out.u.d)], date_str(out.u.d, b, sizeof b),
                       skipped.len ? "; not counted: " : "", buf_cstr(&skipped));
            buf_free(&skipped);
        }
        return out;
    }
    default:
        return value_absent();
    }
}

/* ---- built-in functions: one eval function per row of builtins.def, applied to its
 * arguments' values (round's mode is not evaluated: it is read from the call). Every
 * argument is evaluated before any check, in the tree walk and in compiled code alike. ---- */

#define BUILTIN(id, name, least, most, values, usage, check, eval) \
    static Value eval(Eval *e, const Expr *x, const Builtin *fn, const Value *arg);
#include "builtins.def"
#undef BUILTIN

static Value (*const builtin_eval[B_COUNT])(Eval *, const Expr *, const Builtin *, const Value *) = {
#define BUILTIN(id, name, least, most, values, usage, check, eval) [id] = eval,
#include "builtins.def"
#undef BUILTIN
};

static Value builtin(Eval *e, const Expr *x, const Value *arg)
{
    const Builtin *fn = x->u.call.fn;
    assert(fn && x->u.call.nargs >= fn->min_args && x->u.call.nargs <= fn->max_args);
    return builtin_eval[fn->id](e, x, fn, arg);
}

static Value eval_min_max(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    Value best = arg[0];
    for (int i = 1; i < x->u.call.nargs; i++) {
        Value v = arg[i];
        int c = value_cmp(&v, &best);
        if (fn->id == B_MIN ? c < 0 : c > 0)
            best = v;
    }
    /* "the lesser of 195:00 a month and 220:40 a month: 195:00 a month"; a floor or
     * ceiling of 0:00 says nothing */
    if (e->node && best.kind == V_DURATION && x->u.call.nargs == 2 && rat_sign(arg[0].u.r) != 0
        && rat_sign(arg[1].u.r) != 0)
        trace_step(e, "the %s of %s and %s: %s", fn->id == B_MIN ? "lesser" : "greater",
                   step_text(e->arena, &arg[0], false), step_text(e->arena, &arg[1], false),
                   step_text(e->arena, &best, false));
    return best;
}

static Value eval_clamp(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)fn;
    Value v = arg[0], lo, hi;
    if (x->u.call.nargs == 2) {
        lo = arg[1].u.agg.items[0];
        hi = arg[1].u.agg.items[1];
    } else {
        lo = arg[1];
        hi = arg[2];
    }
    if (value_cmp(&lo, &hi) > 0)
        fail(e, "clamp: the low bound is above the high bound");
    if (value_cmp(&v, &lo) < 0) {
        if (e->node)
            trace_step(e, "clamped %s up to the low bound %s", step_text(e->arena, &v, true), step_text(e->arena, &lo, true));
        return lo;
    }
    if (value_cmp(&v, &hi) > 0) {
        if (e->node)
            trace_step(e, "clamped %s down to the high bound %s", step_text(e->arena, &v, true), step_text(e->arena, &hi, true));
        return hi;
    }
    return v;
}

static Value eval_abs(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)x, (void)fn;
    Value v = arg[0];
    if (rat_sign(v.u.r) < 0)
        v.u.r = checked(e, rat_neg(v.u.r, &v.u.r), v.u.r, "abs");
    return v;
}

static Value eval_round(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)fn;
    Expr **args = x->u.call.args;
    Value v = arg[0], q = arg[1];
    if (rat_sign(q.u.r) <= 0)
        fail(e, "round: the step must be above zero");
    Value out = v;
    checked(e, rat_round(v.u.r, q.u.r, (RoundMode)args[2]->u.id.member, &out.u.r), out.u.r, "round");
    if (e->node)
        trace_step(e, "rounded %s to %s (%s, to a step of %s)", step_text(e->arena, &v, true),
               step_text(e->arena, &out, true), args[2]->u.id.name, step_text(e->arena, &q, true));
    return out;
}

static Value eval_per(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)x;
    Value v = arg[0], f = arg[1];
    Value out = v;
    if (fn->id == B_PER_MONTH) {
        checked(e, rat_mul(v.u.r, f.u.r, &out.u.r), out.u.r, "per_month");
        out.period = PER_MONTH;
    } else {
        if (rat_sign(f.u.r) == 0)
            fail(e, "per_week: weeks per month is zero");
        checked(e, rat_div(v.u.r, f.u.r, &out.u.r), out.u.r, "per_week");
        out.period = PER_WEEK;
    }
    char fb[64];
    if (e->node)
        trace_step(e, "%s %s %s = %s", step_text(e->arena, &v, false), fn->id == B_PER_MONTH ? "x" : "/",
               rat_decimal_str(f.u.r, 6, fb, sizeof fb), step_text(e->arena, &out, false));
    return out;
}

static Value eval_prorate(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)x, (void)fn;
    Value v = arg[0], n = arg[1];
    if (rat_sign(n.u.r) <= 0)
        fail(e, "prorate: the number of people must be at least 1");
    Value out = v;
    checked(e, rat_div(v.u.r, n.u.r, &out.u.r), out.u.r, "prorate");
    char nb[64];
    if (e->node)
        trace_step(e, "prorated %s / %s %s = %s", step_text(e->arena, &v, false), rat_str(n.u.r, nb, sizeof nb),
               rat_eq(n.u.r, rat_int(1)) ? "person" : "people", step_text(e->arena, &out, false));
    return out;
}

/* has(f): its argument is evaluated by call(), so that an absent fact is a value here. */
static Value eval_has(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)e, (void)x, (void)fn;
    return value_bool(arg[0].kind != V_ABSENT);
}

static Value eval_low_high(Eval *e, const Expr *x, const Builtin *fn, const Value *arg)
{
    (void)e, (void)x;
    return arg[0].u.agg.items[fn->id == B_LOW ? 0 : 1];
}

static Value call(Eval *e, const Expr *x)
{
    Value arg[BUILTIN_MAX_ARGS];
    if (x->u.call.fn->id == B_HAS) {
        /* inside has() an absent fact is an answer, not an error */
        e->in_has++;
        const Expr *a = x->u.call.args[0];
        arg[0] = rooted_at_input(a) ? fact(e, a) : eval_expr(e, a);
        e->in_has--;
        return builtin(e, x, arg);
    }
    const Expr *a0 = x->u.call.nargs ? x->u.call.args[0] : NULL;
    if ((x->u.call.fn->id == B_LOW || x->u.call.fn->id == B_HIGH) && a0->kind == E_INDEX
        && a0->u.index.obj->kind == E_NAME && a0->u.index.obj->u.id.ref == REF_TABLE)
        e->part = x->u.call.fn->id;     /* low(table[k]): only that bound's mark */
    for (int i = 0; i < builtin_value_args(x->u.call.fn, x->u.call.nargs); i++)
        arg[i] = eval_expr(e, x->u.call.args[i]);
    return builtin(e, x, arg);
}

/* The running result of sum/count/any/all/min/max over the items that pass `where`. */
typedef struct Fold {
    const Expr *x;
    char fn;                    /* s(um), c(ount), a(ny or all), m(in or max) */
    bool is_min;
    Value acc;
    int64_t count;
    bool any, all;
} Fold;

static inline __attribute__((always_inline)) Fold fold_start(const Expr *x)
{
    const char *fn = x->u.comp.fn;
    /* one look at the name, not one per item */
    Fold f = { .x = x, .fn = fn[0], .is_min = fn[0] == 'm' && fn[1] == 'i', .acc = value_absent(), .all = true };
    return f;
}

static inline __attribute__((always_inline)) void fold_add(Eval *e, Fold *f, const Value *v)
{
    if (f->fn == 'c') {
        f->count += v->u.b;
    } else if (f->fn == 'a') {
        f->any |= v->u.b;
        f->all &= v->u.b;
    } else if (f->acc.kind == V_ABSENT) {
        f->acc = *v;
    } else if (f->fn == 's') {
        /* most of a case's tasks add 0:00: a sum of rationals in lowest terms without the
         * arithmetic (rat_add gives the same) */
        if (v->u.r.num == 0)
            return;
        if (f->acc.u.r.num == 0)
            f->acc.u.r = v->u.r;
        else
            checked(e, rat_add(f->acc.u.r, v->u.r, &f->acc.u.r), f->acc.u.r, "a sum");
    } else if (f->is_min ? value_cmp(v, &f->acc) < 0 : value_cmp(v, &f->acc) > 0) {
        f->acc = *v;
    }
}

static inline __attribute__((always_inline)) Value fold_end(Eval *e, Fold *f)
{
    if (f->fn == 'c')
        return value_number((Rat){ f->count, 1 });
    if (f->fn == 'a')
        return value_bool(f->x->u.comp.fn[1] == 'n' ? f->any : f->all);     /* any, all */
    if (f->acc.kind == V_ABSENT) {
        if (f->fn != 's')
            fail(e, "%s over nothing: no item matched", f->x->u.comp.fn);
        /* the sum of nothing is zero, in the body's unit */
        const Type *t = f->x->u.comp.body->type;
        f->acc.kind = t->kind == T_DURATION ? V_DURATION : t->kind == T_DAYS ? V_DAYS : V_NUMBER;
        f->acc.period = t->period;
        f->acc.u.r = (Rat){ 0, 1 };
    }
    return f->acc;
}

static Value comprehension(Eval *e, const Expr *x)
{
    const Expr *src = x->u.comp.source;
    Value items;
    const Decl *over = NULL;
    int n;
    if (src->kind == E_NAME && src->u.id.ref == REF_NONE) {
        over = src->u.id.decl;
        n = enum_size(over);
    } else {
        items = eval_expr(e, src);
        n = items.u.agg.count;
    }
    Fold f = fold_start(x);
    for (int i = 0; i < n; i++) {
        Value item;
        if (over) {
            item.kind = V_ENUM;
            item.u.member = over->u.enm.root_index[i];
        } else {
            item = items.u.agg.items[i];
        }
        e->vars[x->u.comp.slot] = item;
        if (x->u.comp.where && !eval_expr(e, x->u.comp.where).u.b) {
            if (e->node && !over)
                trace_item(e, src, i, false, NULL);
            continue;
        }
        Value v = eval_expr(e, x->u.comp.body);
        if (e->node && !over)
            trace_item(e, src, i, true, &v);
        fold_add(e, &f, &v);
    }
    return fold_end(e, &f);
}

/* Every level of an expression and of a rule is a few stack frames: 400 rules of 400-level
 * expressions stop with an error instead of a stack overflow. */
static Value eval_expr(Eval *e, const Expr *x)
{
    if (stack_over(e))
        too_deep(e);
    return eval_node(e, x);
}

/* ---- compiled rules (code.h) ----
 * Values come back through an out-pointer, not as a returned struct: a 24-byte Value built
 * on the stack and copied on return stalled the CPU on every node (a store forwarded to a
 * wider load). Nesting is counted, and the stack measured, once per rule (rule_value):
 * within a rule, compiled code nests no deeper than its expression (400 levels at most). */

static const Value absent_value = { .kind = V_ABSENT };

/* A fact as read_fact reads it: absent when it, or the table or record holding it, is not
 * given. kind is CODE_SLOT, CODE_CELL or CODE_FIELD. */
static inline __attribute__((always_inline)) const Value *facts_at(const Value *facts, int kind, int index, int cell)
{
    const Value *in = &facts[index];
    if (kind == CODE_SLOT)
        return in;
    if (in->kind != (kind == CODE_CELL ? V_TABLE : V_RECORD))
        return &absent_value;
    return &in->u.agg.items[cell];
}

static inline __attribute__((always_inline)) const Value *fact_at(const Eval *e, int kind, int index, int cell)
{
    return facts_at(e->facts->values, kind, index, cell);
}

static const Value *code_fact(const Eval *e, const Code *c)
{
    return fact_at(e, c->kind, c->index, c->cell);
}

/* value_cmp, with rat_cmp's same-denominator case (whole numbers and minutes) in place */
static inline __attribute__((always_inline)) int cmp_value(const Value *a, const Value *b)
{
    if (a->kind != V_DATE && a->u.r.den == b->u.r.den)
        return (a->u.r.num > b->u.r.num) - (a->u.r.num < b->u.r.num);
    return value_cmp(a, b);
}

/* value_equal, with its members, truth values and numbers in place */
static inline __attribute__((always_inline)) bool equal_value(const Value *a, const Value *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case V_ENUM: return a->u.member == b->u.member;
    case V_BOOL: return a->u.b == b->u.b;
    case V_NUMBER: case V_DAYS: return a->u.r.num == b->u.r.num && a->u.r.den == b->u.r.den;
    default: return value_equal(a, b);
    }
}

/* a op b for a comparison op, or a in b for OP_IN (b a range): the tree walk's and the
 * compiled form's one reading of them. Inlined: called as a function from fact_test it cost
 * 3-5% of a caseload run (A/B, min of 5). */
static inline __attribute__((always_inline)) bool compare(Op op, const Value *a, const Value *b)
{
    switch (op) {
    case OP_EQ: return equal_value(a, b);
    case OP_NE: return !equal_value(a, b);
    case OP_LT: return cmp_value(a, b) < 0;
    case OP_LE: return cmp_value(a, b) <= 0;
    case OP_GT: return cmp_value(a, b) > 0;
    case OP_GE: return cmp_value(a, b) >= 0;
    default: return cmp_value(a, &b->u.agg.items[0]) >= 0 && cmp_value(a, &b->u.agg.items[1]) <= 0;
    }
}

/* ---- leaf members (code.h, MemberCode.leaf) ----
 * A member made of tests (constants, has(), facts read in place, rules, a fact or rule
 * against a constant) and the logic of them, whose values are such or a comprehension over
 * a list fact, is tried with less of a frame than compiled_rule's: it is busy and one level
 * deeper, but the caller's rule, citations and variables stay, as nothing the try does itself
 * can fail. What would fail in the member (a fact missing, a conflict, no definition; a rule
 * it reads in progress or past the depth limit or the stack budget, whose messages name the
 * member) or needs its variables (a list with items) makes the try give up, having evaluated
 * only what compiled_rule evaluates first anyway, and compiled_rule evaluates the member as
 * always, failing as it does. A rule it reads is evaluated as within the member's frame: a
 * failure there is the rule's own, and marks the member failed too (it is on the busy list).
 * Not with coverage marks or within has() of a tree walk: those take compiled_rule. More than
 * half of a bench case's rule reads take it (87,844 -> 80,987 instructions a case, one result). */

static const Value *code_rule_miss(Eval *e, const Code *c, Memo *m);
static const Value *leaf_rule_miss(Eval *e, const Code *c, Memo *m);

/* A rule a leaf member reads, or NULL: only its frame can say what is wrong */
static inline const Value *leaf_rule(Eval *e, const Code *c)
{
    Memo *m = &e->memo_all[c->index];
    if (m->gen == e->gen && m->state == MEMO_DONE)
        return &m->value;       /* code_rule's known slot: without marks here */
    if ((m->gen == e->gen && m->state == MEMO_BUSY) || e->depth >= EVAL_MAX_DEPTH || stack_over(e))
        return NULL;
    return leaf_rule_miss(e, c, m);
}

/* A rule an in-place read reads (in_place_read): only one known already, else NULL */
static inline const Value *known_rule(const Eval *e, const Code *c)
{
    const Memo *m = &e->memo_all[c->index];
    return m->gen == e->gen && m->state == MEMO_DONE ? &m->value : NULL;
}

/* a leaf member's test (code.c is_leaf_test): 1 or 0, or -1: cannot say without failing */
static inline __attribute__((always_inline)) int leaf_test(Eval *e, const Code *c)
{
    const Value *v;
    switch (c->kind) {
    case CODE_CONST: return c->u.k.u.b;
    case CODE_HAS: return (code_fact(e, c->u.op.a)->kind != V_ABSENT) != c->op;
    case CODE_RULE:
        v = leaf_rule(e, c);
        return v ? v->u.b : -1;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD:
        v = code_fact(e, c);
        return v->kind != V_ABSENT ? v->u.b : -1;
    default:        /* CODE_TEST, CODE_HAS_TEST */
        v = c->nargs == CODE_RULE ? leaf_rule(e, c) : fact_at(e, c->nargs, c->index, c->cell);
        if (!v)
            return -1;
        if (v->kind == V_ABSENT)
            return c->kind == CODE_HAS_TEST ? 0 : -1;
        return compare((Op)c->op, v, &c->u.k);
    }
}

/* and its condition (is_leaf_cond): a test, or and/or/not of them; a chain of and/or
 * without a call a level, as code_bool */
static int leaf_cond_nested(Eval *e, const Code *c);

static inline __attribute__((always_inline)) int leaf_cond(Eval *e, const Code *c)
{
    while (c->kind == CODE_AND || c->kind == CODE_OR) {
        const Code *a = c->u.op.a;
        int x = a->kind == CODE_AND || a->kind == CODE_OR || a->kind == CODE_NOT ? leaf_cond_nested(e, a) : leaf_test(e, a);
        if (x < 0 || x == (c->kind == CODE_OR))     /* false and ..., true or ... */
            return x;
        c = c->u.op.b;
    }
    if (c->kind == CODE_NOT) {
        int x = leaf_cond_nested(e, c->u.op.a);
        return x < 0 ? x : !x;
    }
    return leaf_test(e, c);
}

static __attribute__((noinline)) int leaf_cond_nested(Eval *e, const Code *c)
{
    return leaf_cond(e, c);
}

/* CODE_EACH over a list read in place (code.c is_leaf_value): as code_value_inner's when
 * the list is empty (its value then known when lowering); false when it is not, or missing,
 * or min/max (which fail over nothing). */
static inline __attribute__((always_inline)) bool leaf_each(const Eval *e, const Code *c, Value *out)
{
    const Code *list = c->u.list.args[0];
    const Value *items = fact_at(e, list->kind, list->index, list->cell);
    if (items->kind != V_LIST || items->u.agg.count || !c->u.list.empty)
        return false;
    *out = *c->u.list.empty;
    return true;
}

/* eval_compiled's choice, giving up where it would fail */
static inline __attribute__((always_inline)) bool leaf_member(Eval *e, const MemberCode *mc, Value *out)
{
    const DefCode *chosen = NULL;
    int i = 0, n = mc->nexceptions;
    for (; i < n; i++) {
        int holds = leaf_cond(e, mc->exceptions[i].cond);
        if (holds < 0)
            return false;
        if (holds) {
            chosen = &mc->exceptions[i++];
            break;
        }
    }
    if (chosen) {
        for (; i < n && mc->exceptions[i].priority >= chosen->priority; i++)
            if (leaf_cond(e, mc->exceptions[i].cond) != 0)
                return false;       /* a conflict, or cannot say */
    } else {
        chosen = &mc->base;
    }
    if (!chosen->def)
        return false;
    const Code *c = chosen->value;
    const Value *v;
    switch (c->kind) {
    case CODE_CONST: *out = c->u.k; return true;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: v = code_fact(e, c); break;
    case CODE_RULE: v = leaf_rule(e, c); break;
    case CODE_EACH: return leaf_each(e, c, out);
    default: {      /* a condition (code_value_inner's default) */
        int b = leaf_cond(e, c);
        if (b < 0)
            return false;
        *out = value_bool(b);
        return true;
    }
    }
    if (!v || v->kind == V_ABSENT)
        return false;
    *out = *v;
    return true;
}

/* A leaf member's first reference of a case (m->gen set): tried, else compiled_rule. */
static __attribute__((noinline)) const Value *leaf_first(Eval *e, const Decl *r, const MemberCode *mc, int key, Memo *m)
{
    if (stack_over(e))
        too_deep(e);
    m->state = MEMO_BUSY;
    e->busy[e->nbusy++] = m;
    e->depth++;
    bool ok = leaf_member(e, mc, &m->value);
    e->depth--;
    e->nbusy--;
    if (ok) {
        m->state = MEMO_DONE;
        return &m->value;
    }
    return compiled_rule(e, r, mc, key, m);
}

/* ---- reads in place (code.h, Code.in_place) ----
 * A small leaf member's first read of a case is tried where it is read (in_place_read, called
 * by code_rule_miss in its stead), with no frame: not busy, no level deeper, and no call, so
 * that it needs no registers saved. The try is leaf_member's, but it reads a rule only when
 * known already (MEMO_DONE in this case), and leaves what would need a call (a nested and/or,
 * a comparison value_cmp makes) to leaf_first. So it evaluates nothing but facts and known
 * slots, cannot fail and has no effect; when it gives a value, leaf_member would have given
 * the same, reading the same, and the value goes into the slot, MEMO_DONE, as leaf_first
 * leaves it. When it cannot say, it has changed nothing, and the read goes on as before:
 * leaf_first, or, where that would give up as the try did (a fact missing, a conflict, no
 * definition, a list not empty; every rule read known), compiled_rule, which evaluates and
 * fails as it always did. It is not tried where the read would fail before any try, or take
 * another path: with coverage marks or within has() of a tree walk (compiled_rule takes
 * those), at the depth limit (rule_value fails there), or near the stack budget (leaf_first
 * fails past it: IN_PLACE_STACK_MARGIN covers the frames between here and there). Traces
 * never run compiled code. */

/* What a try cannot say: whether it would fail (leaf_first gives up too: compiled_rule), or
 * anything (a rule not known yet, or a call needed: leaf_first) */
enum { PLACE_FAILS = -1, PLACE_UNKNOWN = -2 };
enum { IN_PLACE_STACK_MARGIN = 64 << 10 };

/* compare() where it needs no call, else PLACE_UNKNOWN */
static inline __attribute__((always_inline)) int place_compare(Op op, const Value *a, const Value *b)
{
    if (op == OP_EQ || op == OP_NE) {
        if (a->kind != b->kind)
            return op == OP_NE;
        if (a->kind != V_ENUM && a->kind != V_BOOL && a->kind != V_NUMBER && a->kind != V_DAYS)
            return PLACE_UNKNOWN;
        return equal_value(a, b) == (op == OP_EQ);
    }
    const Value *lo = op == OP_IN ? &b->u.agg.items[0] : b, *hi = op == OP_IN ? &b->u.agg.items[1] : b;
    if (a->kind == V_DATE || a->u.r.den != lo->u.r.den || a->u.r.den != hi->u.r.den)
        return PLACE_UNKNOWN;   /* cmp_value's call of value_cmp */
    int64_t n = a->u.r.num;
    switch (op) {
    case OP_LT: return n < b->u.r.num;
    case OP_LE: return n <= b->u.r.num;
    case OP_GT: return n > b->u.r.num;
    case OP_GE: return n >= b->u.r.num;
    default: return n >= lo->u.r.num && n <= hi->u.r.num;
    }
}

/* leaf_test's, reading known rules only */
static inline __attribute__((always_inline)) int place_test(const Eval *e, const Code *c)
{
    const Value *v;
    switch (c->kind) {
    case CODE_CONST: return c->u.k.u.b;
    case CODE_HAS: return (fact_at(e, c->u.op.a->kind, c->u.op.a->index, c->u.op.a->cell)->kind != V_ABSENT) != c->op;
    case CODE_RULE:
        v = known_rule(e, c);
        return v ? v->u.b : PLACE_UNKNOWN;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD:
        v = fact_at(e, c->kind, c->index, c->cell);
        return v->kind != V_ABSENT ? v->u.b : PLACE_FAILS;
    case CODE_TEST: case CODE_HAS_TEST:
        v = c->nargs != CODE_RULE ? fact_at(e, c->nargs, c->index, c->cell) : known_rule(e, c);
        if (!v)
            return PLACE_UNKNOWN;
        if (v->kind == V_ABSENT)
            return c->kind == CODE_HAS_TEST ? 0 : PLACE_FAILS;
        return place_compare((Op)c->op, v, &c->u.k);
    default: return PLACE_UNKNOWN;      /* and, or, not: leaf_cond's call */
    }
}

/* leaf_cond's, for a chain of and/or whose left sides are tests or not of one */
static inline __attribute__((always_inline)) int place_cond(const Eval *e, const Code *c)
{
    for (;;) {
        bool chain = c->kind == CODE_AND || c->kind == CODE_OR;
        const Code *t = chain ? c->u.op.a : c;
        int x = t->kind == CODE_NOT ? place_test(e, t->u.op.a) : place_test(e, t);
        if (x >= 0 && t->kind == CODE_NOT)
            x = !x;
        if (!chain || x < 0 || x == (c->kind == CODE_OR))     /* false and ..., true or ... */
            return x;
        c = c->u.op.b;
    }
}

/* leaf_member's, into *out: 1, or what it cannot say */
static inline __attribute__((always_inline)) int place_member(const Eval *e, const MemberCode *mc, Value *out)
{
    const DefCode *chosen = NULL;
    int i = 0, n = mc->nexceptions;
    for (; i < n; i++) {
        int holds = place_cond(e, mc->exceptions[i].cond);
        if (holds < 0)
            return holds;
        if (holds) {
            chosen = &mc->exceptions[i++];
            break;
        }
    }
    if (chosen) {
        for (; i < n && mc->exceptions[i].priority >= chosen->priority; i++) {
            int also = place_cond(e, mc->exceptions[i].cond);
            if (also)
                return also > 0 ? PLACE_FAILS : also;       /* a conflict, or cannot say */
        }
    } else {
        chosen = &mc->base;
    }
    if (!chosen->def)
        return PLACE_FAILS;
    const Code *c = chosen->value;
    const Value *v;
    switch (c->kind) {
    case CODE_CONST: *out = c->u.k; return 1;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: v = fact_at(e, c->kind, c->index, c->cell); break;
    case CODE_RULE:
        v = known_rule(e, c);
        if (!v)
            return PLACE_UNKNOWN;
        break;
    case CODE_EACH: return leaf_each(e, c, out) ? 1 : PLACE_FAILS;
    default: {                  /* a condition */
        int b = place_cond(e, c);
        if (b < 0)
            return b;
        *out = value_bool(b);
        return 1;
    }
    }
    if (v->kind == V_ABSENT)
        return PLACE_FAILS;
    *out = *v;
    return 1;
}

static inline bool in_place_allowed(const Eval *e)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t budget = EVAL_STACK_BUDGET - IN_PLACE_STACK_MARGIN;      /* stack_over's, sooner */
    return !(e->marking | e->in_has) && e->depth < EVAL_MAX_DEPTH && here - e->stack_base + budget <= 2 * budget;
}

/* code_rule_miss's first read of a case of a Code.in_place, when in_place_allowed: the
 * try, else on as code_rule_miss goes (the rule is code_whole, the member a leaf) */
static __attribute__((noinline)) const Value *in_place_read(Eval *e, const Code *c, Memo *m)
{
    const MemberCode *mc = e->slot_code[c->index];
    int known = place_member(e, mc, &m->value);
    m->gen = e->gen;            /* after the try: a slot of another case is not known */
    m->state = MEMO_NONE;       /* with the stamp (code_rule_miss) */
    if (known > 0) {
        m->state = MEMO_DONE;
        return &m->value;
    }
    if (known == PLACE_UNKNOWN)
        return leaf_first(e, e->slot_rule[c->index], mc, c->cell, m);
    return compiled_rule(e, e->slot_rule[c->index], mc, c->cell, m);
}

/* leaf_rule's read of a slot not known, to code_rule_miss, or straight to in_place_read: a
 * leaf member runs only where that is allowed (not marking, not in has(), not at the depth
 * limit: leaf_rule has looked), but for the stack margin */
static __attribute__((noinline)) const Value *leaf_rule_miss(Eval *e, const Code *c, Memo *m)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t budget = EVAL_STACK_BUDGET - IN_PLACE_STACK_MARGIN;
    if (c->in_place && m->gen != e->gen && here - e->stack_base + budget <= 2 * budget)
        return in_place_read(e, c, m);
    return code_rule_miss(e, c, m);
}

/* A rule's value for CODE_RULE (or a CODE_TEST of a rule): a slot already known is read
 * here, without a call; the first reference of a case, an error, or a set of marks to merge
 * go through rule_value. */
static __attribute__((noinline)) const Value *code_rule_miss(Eval *e, const Code *c, Memo *m)
{
    if (m->gen != e->gen) {     /* rule_value's first reference of a case, compiled */
        if (c->in_place && in_place_allowed(e))
            return in_place_read(e, c, m);
        const Decl *rule = e->slot_rule[c->index];
        if (rule && e->depth < EVAL_MAX_DEPTH) {
            /* the state with the stamp, as rule_value: leaf_first and compiled_rule may fail
             * on the stack budget before they mark the slot busy, and a slot stamped with
             * this case must not keep an earlier case's answer */
            m->gen = e->gen;
            m->state = MEMO_NONE;
            const MemberCode *mc = e->slot_code[c->index];
            if (mc->leaf && !(e->marking | e->in_has))
                return leaf_first(e, rule, mc, c->cell, m);
            return compiled_rule(e, rule, mc, c->cell, m);
        }
    } else if (m->state == MEMO_DONE) {     /* known, its marks to merge */
        marks_merge(e->cur_marks, e->mark_all + (size_t)c->index * (size_t)e->mark_words, e->mark_words);
        return &m->value;
    }
    return rule_value(e, code_rule_read(c), c->cell);
}

static inline const Value *code_rule(Eval *e, const Code *c)
{
    Memo *m = &e->memo_all[c->index];
    if (m->gen == e->gen && m->state == MEMO_DONE && !e->cur_marks)
        return &m->value;
    return code_rule_miss(e, c, m);
}

/* A fact the compiled form found absent: the tree walk names it, reading its keys (ranks[t])
 * through the rule's variables, which a member whose compiled form needs none does not set up
 * (compiled_rule_body): they are set up here, for the member found from its memo slot on top
 * of the busy list. A rule of several versions (rule_slow; no slot_code) has its own. The
 * fact is missing: fact() fails, so the caller's variables need not come back. */
static Value missing_compiled(Eval *e, const Expr *x)
{
    Memo *m = e->busy[e->nbusy - 1];
    const MemberCode *mc = e->slot_code[m - e->memo_all];
    if (mc && !mc->uses_vars) {
        const Decl *r = e->rule;
        int key = r->u.rule.param_decl ? (int)(m - e->memo[r->index]) : -1;
        push_vars(e, r, key);
    }
    return fact(e, x);
}

/* CODE_TEST and CODE_HAS_TEST: the fact (or rule) against the constant. */
static bool fact_test(Eval *e, const Code *c)
{
    if (c->nargs == CODE_RULE)
        return compare((Op)c->op, code_rule(e, c), &c->u.k);
    const Value *v = fact_at(e, c->nargs, c->index, c->cell);
    if (v->kind == V_ABSENT) {
        if (c->kind == CODE_HAS_TEST)
            return false;
        missing_compiled(e, c->x);      /* the tree walk names the missing fact */
        return false;
    }
    return compare((Op)c->op, v, &c->u.k);
}

static void code_value(Eval *e, const Code *c, Value *out);

/* CODE_COMPARE and CODE_IN_RANGE */
static bool code_compare(Eval *e, const Code *c, Op op)
{
    Value a, b;
    code_value(e, c->u.op.a, &a);
    const Code *cb = c->u.op.b;     /* a.task == t for a list's item a: a constant, read in place */
    if (cb->kind == CODE_CONST)
        return compare(op, &a, &cb->u.k);
    code_value(e, cb, &b);
    return compare(op, &a, &b);
}

/* The conditions most exceptions are made of, without a call: 1 or 0, or -1 for the others. */
static inline int simple_bool(Eval *e, const Code *c)
{
    switch (c->kind) {
    case CODE_CONST: return c->u.k.u.b;
    case CODE_RULE: return code_rule(e, c)->u.b;
    case CODE_HAS: return (code_fact(e, c->u.op.a)->kind != V_ABSENT) != c->op;
    case CODE_TEST: case CODE_HAS_TEST: return fact_test(e, c);
    default: return -1;
    }
}

/* A CODE_ITEM_IS on a list item: 1 if its enum field is (or, for !=, is not) the member, 0 if
 * not, -1 where the item has no such field (the compare it stands for then decides). */
static inline __attribute__((always_inline)) int item_is(const Code *is, const Value *item)
{
    if (item->kind != V_RECORD || item->u.agg.items[is->cell].kind != V_ENUM)
        return -1;
    return (item->u.agg.items[is->cell].u.member == is->nargs) == (is->op == OP_EQ);
}

static bool code_bool(Eval *e, const Code *c)
{
    for (;;) {
        switch (c->kind) {
        case CODE_CONST: case CODE_RULE: case CODE_HAS: case CODE_TEST: case CODE_HAS_TEST:
            return simple_bool(e, c);
        case CODE_SLOT: case CODE_CELL: case CODE_FIELD: {
            const Value *v = code_fact(e, c);
            if (v->kind != V_ABSENT)
                return v->u.b;
            return code_bool_inner(e, c);
        }
        case CODE_AND: case CODE_OR: {  /* a chain of them without a call a level */
            int x = simple_bool(e, c->u.op.a);
            if (x < 0)
                x = code_bool(e, c->u.op.a);
            if (x == (c->kind == CODE_OR))      /* false and ..., true or ... */
                return x;
            c = c->u.op.b;
            continue;
        }
        case CODE_COMPARE:      /* code_bool_inner's, without its frame */
            return code_compare(e, c, (Op)c->op);
        case CODE_ITEM_IS: {    /* a field not given: the compare fails on it */
            int holds = item_is(c, &e->vars[c->index]);
            return holds >= 0 ? holds : code_compare(e, c->u.op.a, (Op)c->op);
        }
        default:
            return code_bool_inner(e, c);
        }
    }
}

/* The composite conditions but and/or (code_bool), apart for the same reason as rule_slow. */
static __attribute__((noinline)) bool code_bool_inner(Eval *e, const Code *c)
{
    bool b;
    switch (c->kind) {
    case CODE_NOT: b = !code_bool(e, c->u.op.a); break;
    case CODE_IN_SET: {
        Value a;
        code_value(e, c->u.op.a, &a);
        b = c->u.op.decl->u.enm.local_index[a.u.member] >= 0;
        break;
    }
    case CODE_COMPARE: b = code_compare(e, c, (Op)c->op); break;
    case CODE_IN_RANGE: b = code_compare(e, c, OP_IN); break;
    default: {
        Value v;
        code_value(e, c, &v);
        b = v.u.b;
        break;
    }
    }
    return b;
}

/* value.c key_cell in place: htg[t, rank[t]] reads 8 cells a case */
static inline int key_cell_of(const Key *k, const Value *v)
{
    if (k->enm)
        return k->enm->u.enm.local_index[v->u.member];
    if (v->u.r.den != 1 || v->u.r.num < k->lo || v->u.r.num > k->hi)
        return -1;
    return (int)(v->u.r.num - k->lo);
}

/* A constant table's cell when its value is all there is to it: a table of one version, the
 * cell given; the caller then needs no marks (no coverage; compiled code is never traced).
 * Else false, and table_cell reads it, with its version, marks and messages. */
static inline bool table_cell_given(const Decl *t, int nkeys, const Value *keys, Value *out)
{
    if (t->next_version || t->u.table.has_effective)
        return false;
    const Key *k = t->u.table.type->keys;
    int cell = key_cell_of(&k[0], &keys[0]);
    if (nkeys == 2 && cell >= 0) {
        int c2 = key_cell_of(&k[1], &keys[1]);
        cell = c2 < 0 ? -1 : cell * (k[1].enm ? k[1].enm->u.enm.nmembers : k[1].hi - k[1].lo + 1) + c2;
    }
    if (cell < 0 || t->u.table.cells[cell].kind == V_ABSENT)
        return false;
    *out = t->u.table.cells[cell];
    return true;
}

/* Apart from code_value, so that its 8 arguments are not in every code_value's stack frame. */
static __attribute__((noinline)) void code_call(Eval *e, const Code *c, Value *out)
{
    Value arg[BUILTIN_MAX_ARGS];
    /* low(table[k]) adds only that bound's mark: with no marks to add, none to choose */
    if (e->cur_marks && c->nargs && c->u.list.args[0]->kind == CODE_TABLE
        && (c->x->u.call.fn->id == B_LOW || c->x->u.call.fn->id == B_HIGH))
        e->part = c->x->u.call.fn->id;
    for (int i = 0; i < c->nargs; i++)
        code_value(e, c->u.list.args[i], &arg[i]);
    *out = builtin(e, c->x, arg);
}

/* CODE_TABLE: a constant table's cell for its keys' values */
static __attribute__((noinline)) void code_table(Eval *e, const Code *c, Value *out)
{
    Value keys[2];
    int part = e->part;         /* the keys read whole cells (table_cell takes the part) */
    e->part = 0;
    for (int i = 0; i < c->nargs; i++)
        code_value(e, c->u.list.args[i], &keys[i]);
    if (!e->cur_marks && table_cell_given(c->x->u.index.obj->u.id.decl, c->nargs, keys, out))
        return;                 /* and e->part is 0, as table_cell leaves it */
    e->part = part;
    *out = table_cell(e, c->x, keys);
}

static void code_value(Eval *e, const Code *c, Value *out)
{
    switch (c->kind) {
    case CODE_CONST:
        *out = c->u.k;
        return;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: {
        const Value *v = code_fact(e, c);
        if (v->kind == V_ABSENT)
            break;
        *out = *v;
        return;
    }
    case CODE_RULE:
        *out = *code_rule(e, c);
        return;
    case CODE_VAR:              /* a list's item, CODE_GET's record */
        *out = e->vars[c->index];
        return;
    default: break;
    }
    code_value_inner(e, c, out);
}

/* a op b for CODE_ARITH (c): arith() in place for what compiled code meets, figures with no
 * date and no trace (compiled code is never traced: arith_step); a failure (an overflow, a
 * division by zero) is arith's to report */
static inline void arith_in_place(Eval *e, const Code *c, const Value *pa, const Value *pb, Value *out)
{
    Value a = *pa, b = *pb;
    Op op = c->x->u.op.op;
    Rat r;
    if (a.kind != V_DATE && b.kind != V_DATE
        && (op == OP_ADD ? rat_add(a.u.r, b.u.r, &r) : op == OP_SUB ? rat_sub(a.u.r, b.u.r, &r)
            : op == OP_MUL ? rat_mul(a.u.r, b.u.r, &r) : op == OP_DIV && rat_div(a.u.r, b.u.r, &r))) {
        *out = a.kind == V_NUMBER && b.kind != V_NUMBER && op == OP_MUL ? b : a;
        if (op == OP_DIV && a.kind == b.kind && a.kind != V_NUMBER)
            *out = value_number(r);
        out->u.r = r;
        return;
    }
    *out = arith(e, c->x, a, b);        /* dates, or a failure: arith's */
}

static __attribute__((noinline)) void code_arith(Eval *e, const Code *c, Value *out)
{
    Value a, b;
    code_value(e, c->u.op.a, &a);
    code_value(e, c->u.op.b, &b);
    arith_in_place(e, c, &a, &b, out);
}

/* CODE_EACH, as comprehension() over a list. Apart from code_value_inner, as CODE_FOLD is, so
 * that their locals are not in every code_value_inner's frame. */
static __attribute__((noinline)) void code_each(Eval *e, const Code *c, Value *out)
{
    Value items;
    code_value(e, c->u.list.args[0], &items);
    if (items.kind == V_LIST && !items.u.agg.count && c->u.list.empty) {     /* as leaf_each */
        *out = *c->u.list.empty;
        return;
    }
    Fold f = fold_start(c->x);
    /* where a.task == t and ...: most items fail the field test, tried here without a call */
    const Code *where = c->u.list.args[1];
    const Code *is = where && where->kind == CODE_AND ? where->u.op.a : where;
    if (is && (is->kind != CODE_ITEM_IS || is->index != c->index))
        is = NULL;              /* not a test of this loop's item (an outer loop's) */
    for (int i = 0; i < items.u.agg.count; i++) {
        const Value *item = &items.u.agg.items[i];
        if (is && item_is(is, item) == 0)
            continue;
        e->vars[c->index] = *item;
        if (where && !code_bool(e, where))
            continue;
        Value body;
        code_value(e, c->u.list.args[2], &body);
        fold_add(e, &f, &body);
    }
    *out = fold_end(e, &f);
}

/* CODE_FOLD: an enum comprehension, unrolled (code.h) */
static __attribute__((noinline)) void code_fold(Eval *e, const Code *c, Value *out)
{
    Fold f = fold_start(c->x);
    f.count = c->cell;      /* the members known when lowering (code.h) */
    f.any = c->op & FOLD_SOME_TRUE;
    f.all = !(c->op & FOLD_SOME_FALSE);
    /* read once: the stores to the loop variable might alias them, for all the compiler knows */
    Code *const *args = c->u.list.args;
    int n = c->nargs;
    bool tree_vars = c->tree_vars;
    for (int i = 0; i < n; i += 2) {
        if (tree_vars) {                    /* for the tree walk (code.h) */
            Value *var = &e->vars[c->index];
            var->kind = V_ENUM;
            var->u.member = c->u.list.members[i / 2];
        }
        if (args[i] && !code_bool(e, args[i]))
            continue;
        Value body;
        code_value(e, args[i + 1], &body);
        fold_add(e, &f, &body);
    }
    *out = fold_end(e, &f);
}

/* Everything else, apart for the same reason as rule_slow. */
static __attribute__((noinline)) void code_value_inner(Eval *e, const Code *c, Value *out)
{
    switch (c->kind) {
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD:
        *out = missing_compiled(e, c->x);       /* absent: the tree walk names the missing fact */
        break;
    case CODE_EXPR: *out = eval_expr(e, c->x); break;
    case CODE_ARITH: code_arith(e, c, out); break;
    case CODE_PER:
        code_value(e, c->u.op.a, out);
        out->period = c->x->u.per.period;
        break;
    case CODE_CALL: code_call(e, c, out); break;
    case CODE_TABLE: code_table(e, c, out); break;
    case CODE_GET: {            /* as eval_node's E_FIELD */
        Value obj;
        code_value(e, c->u.op.a, &obj);
        *out = obj.kind == V_RECORD ? obj.u.agg.items[c->cell] : absent_value;
        if (out->kind == V_ABSENT && !e->in_has)
            fail(e, "field '%s' is not given", c->x->u.field.name);
        break;
    }
    case CODE_EACH: code_each(e, c, out); break;
    case CODE_FOLD: code_fold(e, c, out); break;
    default: {                  /* value_bool, written in place: not built on the stack and copied */
        bool b = code_bool(e, c);
        memset(out, 0, sizeof *out);
        out->kind = V_BOOL;
        out->u.b = b;
        break;
    }
    }
}

static Value eval_node(Eval *e, const Expr *x)
{
    Value v = { .kind = V_ABSENT };
    switch (x->kind) {
    case E_NUMBER: return value_number(x->u.num);
    case E_DURATION: return value_duration(x->u.num, PER_NONE);
    case E_DAYS_LIT: v.kind = V_DAYS; v.u.r = x->u.num; return v;
    case E_DATE: v.kind = V_DATE; v.u.d = x->u.date; return v;
    case E_BOOL: return value_bool(x->u.boolean);
    case E_TEXT: v.kind = V_TEXT; v.u.s = x->u.text; return v;
    case E_NAME:
        switch (x->u.id.ref) {
        case REF_VAR: return e->vars[x->u.id.var];
        case REF_INPUT: return fact(e, x);
        case REF_RULE:
            return x->u.id.decl->u.rule.param_decl ? whole_rule(e, x->u.id.decl) : eval_rule(e, x->u.id.decl, -1);
        case REF_TABLE: return table_value(e, x->u.id.decl);
        case REF_MEMBER: v.kind = V_ENUM; v.u.member = x->u.id.member; return v;
        case REF_NONE: break;
        }
        return v;
    case E_QUALIFIED: return v;
    case E_FIELD: {
        if (rooted_at_input(x))
            return fact(e, x);
        Value obj = eval_expr(e, x->u.field.obj);
        if (obj.kind == V_RECORD)
            v = obj.u.agg.items[x->u.field.index];
        if (v.kind == V_ABSENT && !e->in_has)
            fail(e, "field '%s' is not given", x->u.field.name);
        return v;
    }
    case E_INDEX: return index_expr(e, x);
    case E_CALL: return call(e, x);
    case E_UNARY: {
        Value a = eval_expr(e, x->u.op.a);
        if (x->u.op.op == OP_NOT)
            return value_bool(!a.u.b);
        checked(e, rat_neg(a.u.r, &a.u.r), a.u.r, "a negation");
        return a;
    }
    case E_BINARY: {
        Op op = x->u.op.op;
        if (op == OP_AND || op == OP_OR) {
            /* short-circuit: the right side may read facts that only matter when it is needed */
            Value a = eval_expr(e, x->u.op.a);
            if (op == OP_AND ? !a.u.b : a.u.b)
                return a;
            return eval_expr(e, x->u.op.b);
        }
        if (op == OP_IN && x->u.op.b->kind == E_NAME && x->u.op.b->u.id.ref == REF_NONE) {
            Value a = eval_expr(e, x->u.op.a);
            return value_bool(x->u.op.b->u.id.decl->u.enm.local_index[a.u.member] >= 0);
        }
        Value a = eval_expr(e, x->u.op.a), b = eval_expr(e, x->u.op.b);
        if ((op >= OP_EQ && op <= OP_GE) || op == OP_IN) {
            bool r = compare(op, &a, &b);
            if (e->node && op >= OP_LT && op <= OP_GE && (a.kind == V_DURATION || a.kind == V_DATE || a.kind == V_DAYS))
                compare_step(e, op, &a, &b, r);
            return value_bool(r);
        }
        return arith(e, x, a, b);
    }
    case E_PER:
        v = eval_expr(e, x->u.per.a);
        v.period = x->u.per.period;
        return v;
    case E_IF:
        return eval_expr(e, x->u.cond.cond).u.b ? eval_expr(e, x->u.cond.then) : eval_expr(e, x->u.cond.els);
    case E_RANGE: {
        Value r = { .kind = V_RANGE };
        r.u.agg.items = ar_alloc(e->arena, 2 * sizeof(Value));
        r.u.agg.items[0] = eval_expr(e, x->u.range.lo);
        r.u.agg.items[1] = eval_expr(e, x->u.range.hi);
        r.u.agg.count = 2;
        r.period = r.u.agg.items[0].period;
        return r;
    }
    case E_COMPREHENSION: return comprehension(e, x);
    }
    return v;
}

/* ---- the value-only form ----
 * A result cite run asks for without unverified marks is first tried by a reading of the
 * compiled form that keeps no context for a message: no citations, no busy list, no rule of the
 * moment, no marks. Each member runs as its flat program (flat.h, vm_exec); what a program
 * leaves to a node (a list with items, a record's field, a tree walk) is evaluated here by
 * vm_value and vm_bool, the twins of code_value and code_bool. It evaluates exactly what
 * eval_compiled evaluates, in the same order (the same exceptions, the same and/or cut short,
 * the same equals tried for a conflict), so where it gives a value compiled code gives the
 * same. At anything that would fail (a fact missing, a conflict, no definition, a rule in
 * progress, a table cell not given, an overflow: every fail() reaches its setjmp) it gives up
 * on the result (vm_result), which compiled code then evaluates, failing as it always did. It
 * stops short of the limits (limit.h VM_MAX_DEPTH, VM_STACK_BUDGET), so that it never answers
 * where compiled code would fail. */

static _Noreturn void vm_give_up(Eval *e)
{
    longjmp(*e->on_error, 1);
}

static inline bool vm_stack_over(const Eval *e)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    return here - e->stack_base + VM_STACK_BUDGET > 2 * (uintptr_t)VM_STACK_BUDGET;
}

static bool vm_bool(Eval *e, const Code *c);
static void vm_value(Eval *e, const Code *c, Value *out);
static const Value *vm_slot_miss(Eval *e, int slot, const Decl *first, int key, Memo *m);

/* A memo slot's value (slot: its place in memo_all; first: the rule's first version; key:
 * the member, or -1), evaluating the member the first time */
static inline const Value *vm_slot(Eval *e, int slot, const Decl *first, int key)
{
    Memo *m = &e->memo_all[slot];
    if (m->gen == e->gen) {
        if (m->state == MEMO_DONE)
            return &m->value;
        vm_give_up(e);          /* in progress (it depends on itself), or failed */
    }
    return vm_slot_miss(e, slot, first, key, m);
}

/* CODE_RULE, or CODE_TEST of a rule */
static inline const Value *vm_rule(Eval *e, const Code *c)
{
    Memo *m = &e->memo_all[c->index];
    if (m->gen == e->gen && m->state == MEMO_DONE)
        return &m->value;
    return vm_slot(e, c->index, code_rule_read(c), c->cell);
}

/* The flat program of a slot's member for this case, a rule of versions by date included
 * (rule_slow's choice, compiled), or give up */
static __attribute__((noinline)) const FlatIns *vm_entry_by_date(Eval *e, int slot, const Decl *first, int key)
{
    if (e->slot_code[slot] || !first->u.rule.code)
        vm_give_up(e);          /* compiled, but not made a program (flat.h's limits) */
    const Decl *r = version_in_force(e, first);
    if (!r->u.rule.code || !r->u.rule.code[key < 0 ? 0 : key].flat)
        vm_give_up(e);
    return r->u.rule.code[key < 0 ? 0 : key].flat->ins;
}

static inline const FlatIns *vm_entry(Eval *e, int slot, const Decl *first, int key)
{
    const FlatIns *entry = e->slot_entry[slot];
    return entry ? entry : vm_entry_by_date(e, slot, first, key);
}

static void vm_exec(Eval *e, Memo *m, const FlatIns *entry, int key);

/* A slot's first read of a case from a node (a loop's body, a tree walk's): its member run
 * from here, on the C stack, which is measured */
static __attribute__((noinline)) const Value *vm_slot_miss(Eval *e, int slot, const Decl *first, int key, Memo *m)
{
    const FlatIns *entry = vm_entry(e, slot, first, key);
    if (e->depth >= VM_MAX_DEPTH || vm_stack_over(e))
        vm_give_up(e);
    vm_exec(e, m, entry, key);
    return &m->value;
}

static inline const Value *vm_fact(const Eval *e, const Code *c)
{
    const Value *v = fact_at(e, c->kind, c->index, c->cell);
    if (v->kind == V_ABSENT)
        vm_give_up((Eval *)e);
    return v;
}

/* CODE_COMPARE and CODE_IN_RANGE, as code_compare */
static __attribute__((noinline)) bool vm_compare(Eval *e, const Code *c, Op op)
{
    Value a, b;
    vm_value(e, c->u.op.a, &a);
    const Code *cb = c->u.op.b;
    if (cb->kind == CODE_CONST)
        return compare(op, &a, &cb->u.k);
    vm_value(e, cb, &b);
    return compare(op, &a, &b);
}

static __attribute__((noinline)) bool vm_bool_other(Eval *e, const Code *c)
{
    Value v;
    switch (c->kind) {
    case CODE_NOT: return !vm_bool(e, c->u.op.a);
    case CODE_IN_SET:
        vm_value(e, c->u.op.a, &v);
        return c->u.op.decl->u.enm.local_index[v.u.member] >= 0;
    case CODE_COMPARE: return vm_compare(e, c, (Op)c->op);
    case CODE_IN_RANGE: return vm_compare(e, c, OP_IN);
    case CODE_ITEM_IS: {
        int holds = item_is(c, &e->vars[c->index]);
        return holds >= 0 ? holds : vm_compare(e, c->u.op.a, (Op)c->op);
    }
    default:
        vm_value(e, c, &v);
        return v.u.b;
    }
}

static bool vm_bool(Eval *e, const Code *c)
{
    for (;;) {
        const Value *v;
        switch (c->kind) {
        case CODE_CONST: return c->u.k.u.b;
        case CODE_RULE: return vm_rule(e, c)->u.b;
        case CODE_HAS: return (code_fact(e, c->u.op.a)->kind != V_ABSENT) != c->op;
        case CODE_SLOT: case CODE_CELL: case CODE_FIELD: return vm_fact(e, c)->u.b;
        case CODE_TEST: case CODE_HAS_TEST:
            v = c->nargs == CODE_RULE ? vm_rule(e, c) : fact_at(e, c->nargs, c->index, c->cell);
            if (v->kind == V_ABSENT) {
                if (c->kind == CODE_HAS_TEST)
                    return false;
                vm_give_up(e);
            }
            return compare((Op)c->op, v, &c->u.k);
        case CODE_AND: case CODE_OR: {  /* a chain of them without a call a level */
            bool x = vm_bool(e, c->u.op.a);
            if (x == (c->kind == CODE_OR))
                return x;
            c = c->u.op.b;
            continue;
        }
        default: return vm_bool_other(e, c);
        }
    }
}

static __attribute__((noinline)) void vm_arith(Eval *e, const Code *c, Value *out)
{
    Value a, b;
    vm_value(e, c->u.op.a, &a);
    vm_value(e, c->u.op.b, &b);
    arith_in_place(e, c, &a, &b, out);
}

static __attribute__((noinline)) void vm_call(Eval *e, const Code *c, Value *out)
{
    Value arg[BUILTIN_MAX_ARGS];
    for (int i = 0; i < c->nargs; i++)
        vm_value(e, c->u.list.args[i], &arg[i]);
    *out = builtin(e, c->x, arg);       /* no trace, no marks: nothing but the figure */
}

static __attribute__((noinline)) void vm_table(Eval *e, const Code *c, Value *out)
{
    Value keys[2];
    for (int i = 0; i < c->nargs; i++)
        vm_value(e, c->u.list.args[i], &keys[i]);
    if (!table_cell_given(c->x->u.index.obj->u.id.decl, c->nargs, keys, out))
        vm_give_up(e);          /* table_cell's versions and messages */
}

static __attribute__((noinline)) void vm_each(Eval *e, const Code *c, Value *out)
{
    Value items;
    vm_value(e, c->u.list.args[0], &items);
    if (items.kind == V_LIST && !items.u.agg.count && c->u.list.empty) {
        *out = *c->u.list.empty;
        return;
    }
    Fold f = fold_start(c->x);
    const Code *where = c->u.list.args[1];
    const Code *is = where && where->kind == CODE_AND ? where->u.op.a : where;
    if (is && (is->kind != CODE_ITEM_IS || is->index != c->index))
        is = NULL;
    for (int i = 0; i < items.u.agg.count; i++) {
        const Value *item = &items.u.agg.items[i];
        if (is && item_is(is, item) == 0)
            continue;
        e->vars[c->index] = *item;
        if (where && !vm_bool(e, where))
            continue;
        Value body;
        vm_value(e, c->u.list.args[2], &body);
        fold_add(e, &f, &body);
    }
    *out = fold_end(e, &f);
}

static __attribute__((noinline)) void vm_fold(Eval *e, const Code *c, Value *out)
{
    Fold f = fold_start(c->x);
    f.count = c->cell;
    f.any = c->op & FOLD_SOME_TRUE;
    f.all = !(c->op & FOLD_SOME_FALSE);
    Code *const *args = c->u.list.args;
    int n = c->nargs;
    bool tree_vars = c->tree_vars;
    for (int i = 0; i < n; i += 2) {
        if (tree_vars) {                    /* for a tree walk (CODE_EXPR) */
            Value *var = &e->vars[c->index];
            var->kind = V_ENUM;
            var->u.member = c->u.list.members[i / 2];
        }
        if (args[i] && !vm_bool(e, args[i]))
            continue;
        Value body;
        vm_value(e, args[i + 1], &body);
        fold_add(e, &f, &body);
    }
    *out = fold_end(e, &f);
}

static __attribute__((noinline)) void vm_value_other(Eval *e, const Code *c, Value *out)
{
    switch (c->kind) {
    case CODE_EXPR:             /* the tree walk (vm_result) */
        e->vm_walked = true;
        *out = eval_expr(e, c->x);
        return;
    case CODE_ARITH: vm_arith(e, c, out); return;
    case CODE_PER:
        vm_value(e, c->u.op.a, out);
        out->period = c->x->u.per.period;
        return;
    case CODE_CALL: vm_call(e, c, out); return;
    case CODE_TABLE: vm_table(e, c, out); return;
    case CODE_GET: {
        Value obj;
        vm_value(e, c->u.op.a, &obj);
        if (obj.kind != V_RECORD || obj.u.agg.items[c->cell].kind == V_ABSENT)
            vm_give_up(e);
        *out = obj.u.agg.items[c->cell];
        return;
    }
    case CODE_EACH: vm_each(e, c, out); return;
    case CODE_FOLD: vm_fold(e, c, out); return;
    default: {
        bool b = vm_bool(e, c);
        memset(out, 0, sizeof *out);
        out->kind = V_BOOL;
        out->u.b = b;
        return;
    }
    }
}

static void vm_value(Eval *e, const Code *c, Value *out)
{
    switch (c->kind) {
    case CODE_CONST: *out = c->u.k; return;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD: *out = *vm_fact(e, c); return;
    case CODE_RULE: *out = *vm_rule(e, c); return;
    case CODE_VAR: *out = e->vars[c->index]; return;
    default: vm_value_other(e, c, out); return;
    }
}

/* A memo slot's first 8 bytes, its stamp and state, as one word: a slot known this case
 * (MEMO_DONE) is found by one compare with done_word's */
_Static_assert(offsetof(Memo, state) == sizeof(unsigned) && sizeof(MemoState) == sizeof(unsigned),
               "Memo begins with its stamp and state");
static inline uint64_t memo_word(const Memo *m)
{
    uint64_t w;
    memcpy(&w, m, sizeof w);
    return w;
}

static inline uint64_t done_word(unsigned gen)
{
    Memo known = { .gen = gen, .state = MEMO_DONE };
    return memo_word(&known);
}

/* fact_at of an instruction's fact, facts the case's values */
static inline const Value *vm_fact_at(const Value *facts, const FlatIns *pc)
{
    return facts_at(facts, pc->kind, pc->index, pc->cell);
}

/* the same for an instruction whose fact is a table's cell (flat.h F_*_CELL): the kind a
 * constant, so that facts_at's tests of it fold away */
static inline const Value *vm_cell_at(const Value *facts, const FlatIns *pc)
{
    return facts_at(facts, CODE_CELL, pc->index, pc->cell);
}

/* fold_add's, with the fold's state in one value */
static inline void flat_fold_add(Eval *e, int fold, Value *acc, const Value *v)
{
    switch (fold) {
    case FLAT_COUNT: acc->u.r.num += v->u.b; return;
    case FLAT_ANY: acc->u.b |= v->u.b; return;
    case FLAT_ALL: acc->u.b &= v->u.b; return;
    default: break;
    }
    if (acc->kind == V_ABSENT) {
        *acc = *v;
    } else if (fold == FLAT_SUM) {
        if (v->u.r.num == 0)
            return;
        if (acc->u.r.num == 0)
            acc->u.r = v->u.r;
        else if (!rat_add(acc->u.r, v->u.r, &acc->u.r))
            vm_give_up(e);      /* an overflow: fold_add's message */
    } else if (fold == FLAT_MIN ? value_cmp(v, acc) < 0 : value_cmp(v, acc) > 0) {
        *acc = *v;
    }
}

/* fold_end's */
static inline void flat_fold_end(Eval *e, int fold, const Code *c, Value *acc)
{
    if (acc->kind != V_ABSENT)
        return;
    if (fold != FLAT_SUM)
        vm_give_up(e);          /* min or max over nothing */
    const Type *t = c->x->u.comp.body->type;
    acc->kind = t->kind == T_DURATION ? V_DURATION : t->kind == T_DAYS ? V_DAYS : V_NUMBER;
    acc->period = t->period;
    acc->u.r = (Rat){ 0, 1 };
}

/* A member's flat program (flat.h), its value into m. A rule it reads that is not known yet is
 * not a C call: the reader's place is kept in its frame, the rule's member runs at the next
 * level in this same loop, and when it returns, the reading instruction runs again and finds
 * it known. Only a node's evaluation (F_NODE) reaches vm_exec again, through vm_slot_miss.
 * Dispatch is by a table of labels (GNU C), one indirect jump an instruction. */
static void vm_exec(Eval *e, Memo *m, const FlatIns *entry, int key)
{
    static const void *const op_label[] = {
        [F_ENTER] = &&give_up, [F_JUMP] = &&jump, [F_GIVE_UP] = &&give_up, [F_IF_TEST] = &&if_test,
        [F_IF_HAS_TEST] = &&if_has_test, [F_IF_RULE_TEST] = &&if_rule_test, [F_IF_HAS] = &&if_has,
        [F_IF_FACT] = &&if_fact, [F_IF_RULE] = &&if_rule, [F_IF_REG] = &&if_reg,
        [F_IF_REG_TEST] = &&if_reg_test, [F_IF_CMP] = &&if_cmp, [F_IF_IN_SET] = &&if_in_set,
        [F_CONST] = &&constant, [F_FACT] = &&fact, [F_RULE] = &&rule, [F_VAR] = &&var,
        [F_ARITH] = &&arith, [F_PER] = &&per, [F_CALL] = &&call_builtin, [F_TABLE] = &&table,
        [F_NODE] = &&node, [F_EACH_EMPTY] = &&each_empty, [F_BOOL] = &&boolean,
        [F_FOLD_START] = &&fold_start, [F_LOOP_VAR] = &&loop_var, [F_FOLD_ADD] = &&fold_add,
        [F_FOLD_END] = &&fold_end, [F_RETURN] = &&ret, [F_INLINE] = &&in_place, [F_STORE] = &&store,
        [F_INLINE_IF] = &&in_place_if, [F_INLINE_IF_TEST] = &&in_place_if_test,
        [F_STORE_IF] = &&store_if, [F_STORE_IF_TEST] = &&store_if_test, [F_STORE_TRUTH] = &&store_truth,
        [F_IF_HAS_CELL] = &&if_has_cell, [F_IF_HAS_TEST_CELL] = &&if_has_test_cell, [F_FACT_CELL] = &&fact_cell,
    };
    const int base = e->depth;
    const unsigned gen = e->gen;
    const uint64_t done = done_word(gen);
    Memo *const memo = e->memo_all;
    const Value *const facts = e->facts->values;
    VmFrame *const root = &e->vm_frames[base], *const last = &e->vm_frames[VM_MAX_DEPTH - 1];
    VmFrame *fr = root;
    Value *reg = e->vm_regs + (size_t)base * FLAT_MAX_REGS;
    const FlatIns *ins, *pc;
    const Value *v;
    bool b;
#define DISPATCH() goto *op_label[pc->op]
#define NEXT() do { pc++; DISPATCH(); } while (0)
#define BRANCH(holds) do { pc = (holds) == pc->sense ? ins + pc->target : pc + 1; DISPATCH(); } while (0)
#define BRANCH2(holds) do { pc = ins + ((holds) == pc->sense ? pc->target : pc->cell); DISPATCH(); } while (0)
#define NODE() (flat_code(ins)->node[pc - ins])     /* what an instruction reads rarely */
#define K() flat_k(ins, pc->k)
/* a rule's slot: known, else its member at the next level (call) */
#define KNOWN_RULE() do { \
        if (memo_word(&memo[pc->index]) != done) \
            goto call; \
        v = &memo[pc->index].value; \
    } while (0)
    goto enter;
jump:
    pc = ins + pc->target;
    DISPATCH();
give_up:
    vm_give_up(e);
if_test:
    v = vm_fact_at(facts, pc);
    if (v->kind == V_ABSENT)
        vm_give_up(e);
    b = compare((Op)pc->cmp, v, K());
    BRANCH(b);
if_has_test:
    v = vm_fact_at(facts, pc);
    b = v->kind != V_ABSENT && compare((Op)pc->cmp, v, K());
    BRANCH(b);
if_rule_test:
    KNOWN_RULE();
    b = compare((Op)pc->cmp, v, K());
    BRANCH(b);
if_has:
    b = (vm_fact_at(facts, pc)->kind != V_ABSENT) != pc->cmp;
    BRANCH(b);
if_has_cell:                        /* if_has, if_has_test and fact of a table's cell */
    b = (vm_cell_at(facts, pc)->kind != V_ABSENT) != pc->cmp;
    BRANCH(b);
if_has_test_cell:
    v = vm_cell_at(facts, pc);
    b = v->kind != V_ABSENT && compare((Op)pc->cmp, v, K());
    BRANCH(b);
if_fact:
    v = vm_fact_at(facts, pc);
    if (v->kind == V_ABSENT)
        vm_give_up(e);
    BRANCH(v->u.b);
if_rule:
    KNOWN_RULE();
    BRANCH(v->u.b);
if_reg:
    BRANCH(reg[pc->a].u.b);
if_reg_test:
    b = compare((Op)pc->cmp, &reg[pc->a], K());
    BRANCH(b);
if_cmp:
    b = compare((Op)pc->cmp, &reg[pc->a], &reg[pc->a + 1]);
    BRANCH(b);
if_in_set:
    BRANCH(NODE()->u.op.decl->u.enm.local_index[reg[pc->a].u.member] >= 0);
constant:
    reg[pc->dst] = *K();
    NEXT();
fact:
    v = vm_fact_at(facts, pc);
    if (v->kind == V_ABSENT)
        vm_give_up(e);
    reg[pc->dst] = *v;
    NEXT();
fact_cell:
    v = vm_cell_at(facts, pc);
    if (v->kind == V_ABSENT)
        vm_give_up(e);
    reg[pc->dst] = *v;
    NEXT();
rule:
    KNOWN_RULE();
    reg[pc->dst] = *v;
    NEXT();
var:
    reg[pc->dst] = e->vars[pc->index];
    NEXT();
arith:
    arith_in_place(e, NODE(), &reg[pc->a], &reg[pc->a + 1], &reg[pc->dst]);
    NEXT();
per:
    reg[pc->dst].period = (Period)pc->cmp;
    NEXT();
call_builtin:
    reg[pc->dst] = builtin(e, NODE()->x, &reg[pc->a]);
    NEXT();
table:
    if (!table_cell_given(NODE()->x->u.index.obj->u.id.decl, NODE()->nargs, &reg[pc->a], &reg[pc->dst]))
        vm_give_up(e);          /* table_cell's versions and messages */
    NEXT();
node:
    if (pc->sense) {            /* in a member read in place: in its variables */
        Value *vars = e->vars;
        int var_top = e->var_top;
        push_vars(e, e->slot_rule[pc->index], pc->cell);
        vm_value(e, NODE(), &reg[pc->dst]);
        e->vars = vars;
        e->var_top = var_top;
        NEXT();
    }
    vm_value(e, NODE(), &reg[pc->dst]);
    NEXT();
each_empty:                     /* vm_each's first look, here */
    v = vm_fact_at(facts, pc);
    if (v->kind != V_LIST || v->u.agg.count)
        NEXT();
    reg[pc->dst] = *K();
    pc = ins + pc->target;
    DISPATCH();
boolean:
    memset(&reg[pc->dst], 0, sizeof reg[pc->dst]);
    reg[pc->dst].kind = V_BOOL;
    reg[pc->dst].u.b = pc->sense;
    NEXT();
fold_start:                     /* code_fold's Fold, its one value */
    switch (pc->cmp) {
    case FLAT_COUNT: reg[pc->dst] = value_number((Rat){ pc->index, 1 }); break;
    case FLAT_ANY: case FLAT_ALL: reg[pc->dst] = value_bool(pc->sense); break;
    default: reg[pc->dst] = value_absent(); break;
    }
    NEXT();
loop_var:
    e->vars[pc->index].kind = V_ENUM;
    e->vars[pc->index].u.member = pc->cell;
    NEXT();
fold_add:
    flat_fold_add(e, pc->cmp, &reg[pc->dst], &reg[pc->a]);
    NEXT();
fold_end:
    flat_fold_end(e, pc->cmp, NODE(), &reg[pc->dst]);
    NEXT();
in_place:                       /* a small member's read, its definitions next (flat.h) */
    if (memo_word(&memo[pc->index]) == done) {
        reg[pc->dst] = memo[pc->index].value;
        pc = ins + pc->target;
        DISPATCH();
    }
    if (memo[pc->index].gen == gen)
        vm_give_up(e);          /* failed, or in progress in a member called */
    NEXT();
store:
    memo[pc->index].value = reg[pc->dst];
    memo[pc->index].gen = gen;
    memo[pc->index].state = MEMO_DONE;
    pc = ins + pc->target;
    DISPATCH();
in_place_if:                    /* the same, and the test of a truth value made here */
    if (memo_word(&memo[pc->index]) == done)
        BRANCH2(memo[pc->index].value.u.b);
    if (memo[pc->index].gen == gen)
        vm_give_up(e);
    NEXT();
in_place_if_test:
    if (memo_word(&memo[pc->index]) == done) {
        b = compare((Op)pc->cmp, &memo[pc->index].value, K());
        BRANCH2(b);
    }
    if (memo[pc->index].gen == gen)
        vm_give_up(e);
    NEXT();
store_if:
    memo[pc->index].value = reg[pc->dst];
    memo[pc->index].gen = gen;
    memo[pc->index].state = MEMO_DONE;
    BRANCH2(reg[pc->dst].u.b);
store_truth:
    memo[pc->index].value = value_bool(pc->sense);
    memo[pc->index].gen = gen;
    memo[pc->index].state = MEMO_DONE;
    pc = ins + pc->target;
    DISPATCH();
store_if_test:
    memo[pc->index].value = reg[pc->dst];
    memo[pc->index].gen = gen;
    memo[pc->index].state = MEMO_DONE;
    b = compare((Op)pc->cmp, &reg[pc->dst], K());
    BRANCH2(b);
ret:
    fr->m->value = reg[0];
    fr->m->state = MEMO_DONE;
    if (flat_code(ins)->uses_vars) {    /* it pushed the rule's variables */
        e->vars = fr->vars;
        e->var_top = fr->var_top;
    }
    e->depth--;
    if (fr == root)
        return;
    fr--;                       /* the reader's level: its instruction again */
    reg -= FLAT_MAX_REGS;
    ins = fr->ins;
    pc = fr->pc;
    DISPATCH();
call:                           /* pc reads a rule not known: its member at the next level */
    m = &memo[pc->index];
    if (m->gen == gen || fr >= last)
        vm_give_up(e);          /* in progress (it depends on itself), failed, or too deep */
    key = pc->cell;
    entry = e->slot_entry[pc->index];
    if (!entry)
        entry = vm_entry_by_date(e, pc->index, code_rule_read(NODE()), key);
    fr->ins = ins;
    fr->pc = pc;
    fr++;
    reg += FLAT_MAX_REGS;
enter:
    fr->m = m;
    m->gen = gen;
    m->state = MEMO_BUSY;
    e->depth++;
    ins = entry;
    if (flat_code(ins)->uses_vars) {    /* the member needs the rule's variables */
        fr->vars = e->vars;
        fr->var_top = e->var_top;
        push_vars(e, flat_code(ins)->rule, key);
    }
    pc = ins + 1;
    DISPATCH();
#undef DISPATCH
#undef NEXT
#undef BRANCH
#undef BRANCH2
#undef NODE
#undef K
#undef KNOWN_RULE
}

/* Every member of a rule by the value-only form, into its memo slots. Where it gives up, the
 * members it was in the middle of are forgotten, those it finished keep their values (compiled
 * code would find the same), and compiled code evaluates the rule as before, failing as it
 * does; after a tree walk, whose rules may have failed within it, every slot is forgotten.
 * Called by the outermost eval_results, which has set stack_base. */
static void vm_result(Eval *e, const Decl *rule)
{
    jmp_buf jb;
    jmp_buf *saved = e->on_error;
    e->on_error = &jb;
    e->vm_walked = false;
    if (setjmp(jb) != 0) {
        if (e->vm_walked)
            forget_memo(e);
        else
            for (int d = 0; d < e->depth; d++)
                e->vm_frames[d].m->gen = e->gen - 1;
        e->on_error = saved;
        e->depth = 0;
        e->nbusy = 0;
        e->vars = NULL;
        e->var_top = 0;
        e->in_has = 0;
        return;
    }
    int base = (int)(e->memo[rule->index] - e->memo_all);
    if (!rule->u.rule.param_decl)
        vm_slot(e, base, rule, -1);
    else
        for (int k = 0; k < rule->u.rule.memo_size; k++)
            vm_slot(e, base + k, rule, k);
    e->on_error = saved;
}

/* The built-in output `unverified`: the marks of every other output, as text, in the order
 * they are declared. An output that fails adds none: it is no figure. */
static Result marks_result(Eval *e, const Decl *rule)
{
    const Program *p = e->prog;
    if (!e->marking) {          /* the results so far were found without their marks */
        e->marking = true;
        forget_memo(e);
    }
    Result res = { .rule = rule };
    Memo *m = &e->memo[rule->index][0];
    MemoNote *note = &e->note[rule->index][0];
    if (m->gen != e->gen || m->state != MEMO_DONE) {
        uint64_t *all = slot_marks(e, rule, -1);
        memset(all, 0, sizeof(uint64_t) * (size_t)e->mark_words);
        for (int i = 0; i < p->nrules; i++) {
            const Decl *r = p->rules[i];
            if (!r->u.rule.output || r->u.rule.marks_output)
                continue;
            Result sub = eval_result(e, r);
            if (sub.error)
                continue;
            for (int k = 0; k < r->u.rule.memo_size; k++)
                marks_merge(all, slot_marks(e, r, k), e->mark_words);
        }
        int n;
        const Mark **list = marks_list(e, all, &n);
        Value v = { .kind = V_LIST };
        v.u.agg.count = n;
        v.u.agg.items = ar_alloc(e->arena, sizeof(Value) * (size_t)(n + 1));
        for (int i = 0; i < n; i++) {
            v.u.agg.items[i].kind = V_TEXT;
            v.u.agg.items[i].u.s = list[i]->text;
        }
        m->gen = e->gen;
        m->state = MEMO_DONE;
        m->value = v;
        note->node = NULL;
        if (e->tracing) {
            TraceNode *node = ar_alloc(e->arena, sizeof *node);
            node->rule = rule;
            node->key = -1;
            node->value = v;
            node->marks = list;
            node->nmarks = n;
            note->node = node;
        }
    }
    res.value = m->value;
    res.nnodes = 1;
    if (e->no_nodes) {
        res.nodes = e->no_nodes;
        return res;
    }
    res.nodes = ar_alloc(e->arena, sizeof(TraceNode *));
    res.nodes[0] = note->node;
    return res;
}

/* The results of rules[0..n) into out[0..n), each as if evaluated alone. One setjmp serves
 * them all and is armed again only after a result fails: 16 results a case made 16 setjmps. */
void eval_results(Eval *e, const Decl *const *rules, int n, Result *out)
{
    jmp_buf jb;
    jmp_buf *saved = e->on_error;
    volatile int i = 0;             /* read after a longjmp */
    if (setjmp(jb) != 0) {
        out[i] = (Result){ .rule = rules[i], .error = e->error };
        i++;
    }
    for (; i < n; i++) {
        const Decl *rule = rules[i];
        if (rule->u.rule.marks_output) {
            e->on_error = saved;
            out[i] = marks_result(e, rule);
            continue;
        }
        if (!saved)
            e->stack_base = (uintptr_t)__builtin_frame_address(0);
        e->on_error = &jb;
        e->nbusy = 0;
        e->node = NULL;
        e->vars = NULL;
        e->var_top = 0;
        e->rule = NULL;
        e->cites = NULL;
        e->cur_marks = NULL;
        e->part = 0;
        e->depth = 0;
        e->compiled = !e->tracing && !e->tree_walk;
        if (e->compiled && !saved && !e->marking)
            vm_result(e, rule);
        Value v = rule->u.rule.param_decl ? whole_rule(e, rule) : eval_rule(e, rule, -1);
        int m = rule->u.rule.memo_size;
        Result *res = &out[i];
        res->rule = rule;
        res->value = v;
        res->nnodes = m;
        res->error = NULL;
        if (e->no_nodes) {      /* the notes' nodes are all NULL: a trace alone makes them */
            res->nodes = e->no_nodes;
        } else {
            res->nodes = ar_alloc(e->arena, sizeof(TraceNode *) * (size_t)m);
            for (int k = 0; k < m; k++)
                res->nodes[k] = e->note[rule->index][k].node;
        }
    }
    e->on_error = saved;
}

Result eval_result(Eval *e, const Decl *rule)
{
    Result res;
    eval_results(e, &rule, 1, &res);
    return res;
}
