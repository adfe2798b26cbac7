/* dump.c: a rule's compiled form in words, one node a line, indented by depth: what the
 * evaluator runs for each member when it does not trace (code.h), the way `luac -l` lists
 * Lua's bytecode and clox's disassembler its chunks. For reading the lowering, not parsing. */
#include "dump.h"
#include "code.h"
#include "flat.h"
#include "builtins.h"

#include <string.h>

typedef struct Dumper {
    Buf *b;
    Arena *a;
    const Program *p;
    bool program;               /* each member's flat program too (--program) */
} Dumper;

static void indent(Dumper *d, int depth) { buf_printf(d->b, "%*s", 2 * depth, ""); }

static void value_text(Dumper *d, const Value *v, const Type *t)
{
    if (v->kind == V_RANGE) {
        value_format(d->b, &v->u.agg.items[0], t ? t->elem : NULL);
        buf_puts(d->b, " .. ");
        value_format(d->b, &v->u.agg.items[1], t ? t->elem : NULL);
        return;
    }
    value_format(d->b, v, t);
}

/* The fact a node reads in place: "ranks[dressing]", "protective_supervision.requested". */
static void fact_text(Dumper *d, int kind, int index, int cell)
{
    const Decl *in = d->p->inputs[index];
    const Type *t = in->u.input.type;
    buf_puts(d->b, in->name);
    if (kind == CODE_CELL) {
        /* an input table is keyed by an enum (the grammar has no other key for an input) */
        buf_printf(d->b, "[%s]", enum_member_name(t->keys[0].enm, cell));
    } else if (kind == CODE_FIELD && t->kind == T_RECORD && cell >= 0 && cell < t->nfields) {
        buf_printf(d->b, ".%s", t->fields[cell].name);
    }
}

/* A rule read by a node: "rule rank[dressing]". */
static void rule_text(Dumper *d, const Decl *rule, int cell)
{
    buf_printf(d->b, "rule %s", rule->name);
    if (cell >= 0 && rule->u.rule.param_decl)
        buf_printf(d->b, "[%s]", enum_member_name(rule->u.rule.param_decl, cell));
}

static void code(Dumper *d, const Code *c, int depth);

static void child(Dumper *d, const char *label, const Code *c, int depth)
{
    indent(d, depth);
    buf_printf(d->b, "%s:\n", label);
    code(d, c, depth + 1);
}

static void code(Dumper *d, const Code *c, int depth)
{
    indent(d, depth);
    if (!c) {
        buf_puts(d->b, "(none)\n");
        return;
    }
    const Expr *x = c->x;
    switch ((CodeKind)c->kind) {
    case CODE_CONST:
        buf_puts(d->b, "const ");
        value_text(d, &c->u.k, x ? x->type : NULL);
        buf_puts(d->b, "\n");
        return;
    case CODE_SLOT: case CODE_CELL: case CODE_FIELD:
        buf_puts(d->b, "fact ");
        fact_text(d, c->kind, c->index, c->cell);
        buf_puts(d->b, "\n");
        return;
    case CODE_HAS:
        buf_puts(d->b, c->op ? "not has\n" : "has\n");
        code(d, c->u.op.a, depth + 1);
        return;
    case CODE_RULE:
        rule_text(d, c->u.op.decl, c->cell);
        buf_puts(d->b, "\n");
        return;
    case CODE_NOT:
        buf_puts(d->b, "not\n");
        code(d, c->u.op.a, depth + 1);
        return;
    case CODE_AND: case CODE_OR:
        buf_puts(d->b, c->kind == CODE_AND ? "and\n" : "or\n");
        code(d, c->u.op.a, depth + 1);
        code(d, c->u.op.b, depth + 1);
        return;
    case CODE_IN_SET:
        buf_printf(d->b, "in %s\n", c->u.op.decl->name);
        code(d, c->u.op.a, depth + 1);
        return;
    case CODE_COMPARE: case CODE_IN_RANGE:
        buf_printf(d->b, "%s\n", op_text(c->kind == CODE_IN_RANGE ? OP_IN : (Op)c->op));
        code(d, c->u.op.a, depth + 1);
        code(d, c->u.op.b, depth + 1);
        return;
    case CODE_TEST: case CODE_HAS_TEST:
        if (c->nargs == CODE_RULE) {
            buf_puts(d->b, "test ");
            rule_text(d, code_rule_read(c), c->cell);
        } else {
            buf_printf(d->b, "%s", c->kind == CODE_HAS_TEST ? "has and test fact " : "test fact ");
            fact_text(d, c->nargs, c->index, c->cell);
        }
        buf_printf(d->b, " %s ", op_text((Op)c->op));
        value_text(d, &c->u.k, x ? x->type : NULL);
        buf_puts(d->b, "\n");
        return;
    case CODE_ARITH:
        buf_printf(d->b, "%s\n", x ? op_text(x->u.op.op) : "?");
        code(d, c->u.op.a, depth + 1);
        code(d, c->u.op.b, depth + 1);
        return;
    case CODE_PER:
        buf_printf(d->b, "per %s\n", x && x->u.per.period == PER_MONTH ? "month" : "week");
        code(d, c->u.op.a, depth + 1);
        return;
    case CODE_CALL:
        buf_printf(d->b, "call %s\n", x->u.call.fn->name);
        for (int i = 0; i < c->nargs; i++)
            code(d, c->u.list.args[i], depth + 1);
        return;
    case CODE_TABLE:
        buf_printf(d->b, "table %s\n", x->u.index.obj->u.id.name);
        for (int i = 0; i < c->nargs; i++)
            code(d, c->u.list.args[i], depth + 1);
        return;
    case CODE_FOLD: {
        const Decl *over = x->u.comp.source->u.id.decl;
        const Decl *root = over->u.enm.root ? over->u.enm.root : over;
        buf_printf(d->b, "%s over %s: %d of %d members", x->u.comp.fn, over->name, c->nargs / 2, enum_size(over));
        if (c->op)
            buf_printf(d->b, " (known already: %d true, %s false)", c->cell, c->op & FOLD_SOME_FALSE ? "some" : "none");
        buf_puts(d->b, "\n");
        for (int i = 0; i < c->nargs / 2; i++) {
            indent(d, depth + 1);
            buf_printf(d->b, "[%s]\n", enum_member_name(root, c->u.list.members[i]));
            if (c->u.list.args[2 * i])
                child(d, "where", c->u.list.args[2 * i], depth + 2);
            child(d, "value", c->u.list.args[2 * i + 1], depth + 2);
        }
        return;
    }
    case CODE_EACH:
        buf_printf(d->b, "%s over a list, each as %s\n", x->u.comp.fn, x->u.comp.var);
        child(d, "list", c->u.list.args[0], depth + 1);
        if (c->u.list.args[1])
            child(d, "where", c->u.list.args[1], depth + 1);
        child(d, "value", c->u.list.args[2], depth + 1);
        return;
    case CODE_VAR:
        buf_printf(d->b, "var %s\n", x->u.id.name);
        return;
    case CODE_GET:
        buf_printf(d->b, "field %s\n", x->u.field.name);
        code(d, c->u.op.a, depth + 1);
        return;
    case CODE_ITEM_IS:
        buf_printf(d->b, "item's field %s\n", x->u.op.op == OP_EQ ? "==" : "!=");
        code(d, c->u.op.a->u.op.a, depth + 1);
        code(d, c->u.op.a->u.op.b, depth + 1);
        return;
    case CODE_EXPR:
        buf_printf(d->b, "tree walk: %s\n", x ? loc_text(d->a, x->loc) : "?");
        return;
    }
    buf_puts(d->b, "?\n");
}

/* The rule whose members hold memo slot `slot` (eval.c lays them out rule after rule) */
static const Decl *rule_of_slot(const Program *p, int slot)
{
    for (int i = 0; i < p->nrules; i++) {
        if (slot < p->rules[i]->u.rule.memo_size)
            return p->rules[i];
        slot -= p->rules[i]->u.rule.memo_size;
    }
    return NULL;
}

static const char *const flat_names[] = {
    [F_ENTER] = "enter", [F_JUMP] = "jump", [F_GIVE_UP] = "give up", [F_IF_TEST] = "if test",
    [F_IF_HAS_TEST] = "if test", [F_IF_RULE_TEST] = "if test", [F_IF_HAS] = "if has",
    [F_IF_FACT] = "if fact", [F_IF_RULE] = "if rule", [F_IF_REG] = "if", [F_IF_REG_TEST] = "if",
    [F_IF_CMP] = "if", [F_IF_IN_SET] = "if in", [F_CONST] = "const", [F_FACT] = "fact",
    [F_RULE] = "rule", [F_VAR] = "var", [F_ARITH] = "arith", [F_PER] = "per", [F_CALL] = "call",
    [F_TABLE] = "table", [F_NODE] = "node", [F_EACH_EMPTY] = "if empty", [F_BOOL] = "bool",
    [F_FOLD_START] = "fold start", [F_LOOP_VAR] = "loop var", [F_FOLD_ADD] = "fold add",
    [F_FOLD_END] = "fold end", [F_RETURN] = "return", [F_INLINE] = "in place", [F_STORE] = "store",
    [F_INLINE_IF] = "in place", [F_INLINE_IF_TEST] = "in place", [F_STORE_IF] = "store", [F_STORE_IF_TEST] = "store", [F_STORE_TRUTH] = "store",
};
static const char *const fold_names[] = { "sum", "count", "any", "all", "min", "max" };

/* One instruction of a flat program, as `luac -l` lists one: its place, name, operands. */
static void instruction(Dumper *d, const FlatCode *f, int i, int depth)
{
    FlatIns general = f->ins[i];        /* a table cell's own op listed as the op it is a form of */
    general.op = (unsigned char)flat_general_op((FlatOp)general.op);
    const FlatIns *in = &general;
    const Code *c = f->node[i];
    const Type *t = c && c->x ? c->x->type : NULL;
    indent(d, depth);
    buf_printf(d->b, "%3d  %-10s ", i, flat_names[in->op]);
    switch ((FlatOp)in->op) {
    case F_ENTER:
        buf_printf(d->b, "%s", f->uses_vars ? "its variables set up" : "no variables");
        break;
    case F_JUMP: buf_printf(d->b, "-> %d", in->target); break;
    case F_GIVE_UP: buf_puts(d->b, "(a conflict, or no definition)"); break;
    case F_IF_TEST: case F_IF_HAS_TEST: case F_IF_RULE_TEST: case F_IF_REG_TEST:
        if (in->op == F_IF_RULE_TEST) {
            rule_text(d, code_rule_read(c), in->cell);
        } else if (in->op == F_IF_REG_TEST) {
            buf_printf(d->b, "r%d", in->a);
        } else {
            buf_puts(d->b, in->op == F_IF_HAS_TEST ? "has and " : "");
            fact_text(d, in->kind, in->index, in->cell);
        }
        buf_printf(d->b, " %s ", op_text((Op)in->cmp));
        value_text(d, flat_k(f->ins, in->k), t);
        break;
    case F_IF_HAS: case F_IF_FACT: case F_FACT: case F_EACH_EMPTY:
        if (in->op == F_IF_HAS && in->cmp)
            buf_puts(d->b, "not ");
        fact_text(d, in->kind, in->index, in->cell);
        break;
    case F_IF_RULE: case F_RULE: rule_text(d, code_rule_read(c), in->cell); break;
    case F_IF_REG: buf_printf(d->b, "r%d", in->a); break;
    case F_INLINE: case F_STORE: case F_INLINE_IF: case F_INLINE_IF_TEST: case F_STORE_IF: case F_STORE_IF_TEST: {
        bool known = in->op == F_INLINE || in->op == F_INLINE_IF || in->op == F_INLINE_IF_TEST;
        rule_text(d, code_rule_read(c), c->cell);
        buf_printf(d->b, known ? "  known => r%d" : "  <= r%d", in->dst);
        if (in->op == F_INLINE || in->op == F_STORE) {
            buf_printf(d->b, ", -> %d%s", in->target, known ? ", else its definitions" : "");
            break;
        }
        buf_printf(d->b, ", then if r%d", in->dst);
        if (in->op == F_INLINE_IF_TEST || in->op == F_STORE_IF_TEST) {
            buf_printf(d->b, " %s ", op_text((Op)in->cmp));
            value_text(d, flat_k(f->ins, in->k), t);
        }
        buf_printf(d->b, "  %s -> %d, else -> %d", in->sense ? "true" : "false", in->target, in->cell);
        if (known)
            buf_puts(d->b, "; not known: its definitions");
        break;
    }
    case F_STORE_TRUTH:
        rule_text(d, code_rule_read(c), c->cell);
        buf_printf(d->b, "  <= %s, -> %d", in->sense ? "true" : "false", in->target);
        break;
    case F_IF_CMP: buf_printf(d->b, "r%d %s r%d", in->a, op_text((Op)in->cmp), in->a + 1); break;
    case F_IF_IN_SET: buf_printf(d->b, "r%d in %s", in->a, c->u.op.decl->name); break;
    case F_CONST: value_text(d, flat_k(f->ins, in->k), t); break;
    case F_VAR: buf_printf(d->b, "%s", c->x->u.id.name); break;
    case F_ARITH: buf_printf(d->b, "r%d %s r%d", in->a, op_text(c->x->u.op.op), in->a + 1); break;
    case F_PER: buf_puts(d->b, in->cmp == PER_MONTH ? "month" : "week"); break;
    case F_CALL: buf_printf(d->b, "%s(r%d..r%d)", c->x->u.call.fn->name, in->a, in->a + c->nargs - 1); break;
    case F_TABLE: buf_printf(d->b, "%s[r%d..r%d]", c->x->u.index.obj->u.id.name, in->a, in->a + c->nargs - 1); break;
    case F_NODE:
        buf_printf(d->b, "%s", c->kind == CODE_EXPR ? "tree walk" : c->kind == CODE_EACH ? "over a list" : "field");
        if (in->sense) {
            buf_puts(d->b, ", in the variables of ");
            rule_text(d, rule_of_slot(d->p, in->index), in->cell);
        }
        break;
    case F_BOOL: buf_puts(d->b, in->sense ? "true" : "false"); break;
    case F_FOLD_START: case F_FOLD_END: buf_puts(d->b, fold_names[in->cmp]); break;
    case F_LOOP_VAR: buf_printf(d->b, "%s", enum_member_name(c->x->u.comp.source->u.id.decl->u.enm.root ?
                                                   c->x->u.comp.source->u.id.decl->u.enm.root : c->x->u.comp.source->u.id.decl, in->cell)); break;
    case F_FOLD_ADD: buf_printf(d->b, "%s r%d", fold_names[in->cmp], in->a); break;
    case F_RETURN: buf_puts(d->b, "r0"); break;
    case F_IF_HAS_CELL: case F_IF_HAS_TEST_CELL: case F_FACT_CELL: break;     /* listed as `general` */
    }
    if (in->op == F_CONST || in->op == F_FACT || in->op == F_RULE || in->op == F_VAR || in->op == F_ARITH
        || in->op == F_PER || in->op == F_CALL || in->op == F_TABLE || in->op == F_NODE || in->op == F_BOOL
        || in->op == F_FOLD_START || in->op == F_FOLD_ADD || in->op == F_FOLD_END || in->op == F_EACH_EMPTY)
        buf_printf(d->b, "  => r%d", in->dst);
    if ((in->op >= F_IF_TEST && in->op <= F_IF_IN_SET))
        buf_printf(d->b, "  %s -> %d", in->sense ? "true" : "false", in->target);
    if (in->op == F_EACH_EMPTY)
        buf_printf(d->b, "  empty -> %d", in->target);
    buf_puts(d->b, "\n");
}

static void program(Dumper *d, const MemberCode *m, int depth)
{
    indent(d, depth);
    const FlatCode *f = m->flat;
    if (!f) {
        buf_puts(d->b, "no program (past src/flat.h's limits): compiled code evaluates it\n");
        return;
    }
    buf_printf(d->b, "program, %d instructions:\n", f->n);
    for (int i = 0; i < f->n; i++)
        instruction(d, f, i, depth + 1);
}

static void cites(Dumper *d, const CiteList *l)
{
    buf_puts(d->b, "  [");
    for (int i = 0; l && i < l->count; i++)
        buf_printf(d->b, "%s%s", i ? "; " : "", l->items[i].text);
    buf_puts(d->b, "]\n");
}

static void member_code(Dumper *d, const Decl *r, const MemberCode *m, int depth)
{
    int dropped = 0;
    for (int i = 0; i < r->u.rule.ndefs; i++)
        dropped += r->u.rule.defs[i].cond != NULL;
    dropped -= m->nexceptions;
    for (int i = 0; i < m->nexceptions; i++) {
        const DefCode *e = &m->exceptions[i];
        indent(d, depth);
        buf_printf(d->b, "exception, priority %d, line %d", e->priority, e->def->loc.first_line);
        cites(d, e->cites);
        child(d, "when", e->cond, depth + 1);
        child(d, "value", e->value, depth + 1);
    }
    if (dropped > 0) {
        indent(d, depth);
        buf_printf(d->b, "(%d exception%s dropped: the condition is false for this member%s)\n", dropped,
                   dropped == 1 ? "" : "s", m->always ? ", or below one that always holds" : "");
    }
    indent(d, depth);
    if (m->always) {
        buf_puts(d->b, "no base: an exception always holds for this member\n");
        return;
    }
    if (!m->base.def) {
        buf_puts(d->b, "no base definition: when no exception applies, an error");
        cites(d, m->none_cites);
        return;
    }
    buf_printf(d->b, "base, line %d", m->base.def->loc.first_line);
    cites(d, m->base.cites);
    child(d, "value", m->base.value, depth + 1);
}

static void member(Dumper *d, const Decl *r, const MemberCode *m, int depth)
{
    member_code(d, r, m, depth);
    if (d->program)
        program(d, m, depth);
}

void dump_rule(Buf *b, Arena *a, const Program *p, const Decl *rule, bool with_program)
{
    Dumper d = { b, a, p, with_program };
    int nversions = 0;
    for (const Decl *v = rule; v; v = v->next_version)
        nversions++;
    for (const Decl *v = rule; v; v = v->next_version) {
        const Decl *param = v->u.rule.param_decl;
        buf_printf(b, "rule %s", v->name);
        if (param)
            buf_printf(b, "[%s]", param->name);
        if (v->u.rule.marks_output) {
            buf_printf(b, " : %s  (built in)\n  the unverified marks of every other output: not compiled, "
                       "gathered by the evaluator\n", type_name(a, v->u.rule.type));
            continue;
        }
        buf_printf(b, " : %s  (%s:%d)", type_name(a, v->u.rule.type), v->loc.src ? v->loc.src->path : "?",
                   v->loc.first_line);
        if (nversions > 1 || v->u.rule.has_effective) {
            char from[16], until[16];
            buf_printf(b, ", effective %s", v->u.rule.has_effective ? date_str(v->u.rule.effective, from, sizeof from) : "always");
            if (v->u.rule.has_until)
                buf_printf(b, " until %s", date_str(v->u.rule.until, until, sizeof until));
        }
        buf_puts(b, "\n");
        if (!v->u.rule.code) {
            buf_puts(b, "  not compiled (past the limit of compiled nodes): evaluated by the tree walk\n");
            continue;
        }
        int n = param ? v->u.rule.memo_size : 1;
        for (int k = 0; k < n; k++) {
            if (param) {
                buf_printf(b, "  [%s]\n", enum_member_name(param, k));
                member(&d, v, &v->u.rule.code[k], 2);
            } else {
                member(&d, v, &v->u.rule.code[k], 1);
            }
        }
    }
}
