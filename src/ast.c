/* ast.c: constructors and printing for syntax-tree nodes and types. */
#include "ast.h"

#include <string.h>

Type *type_new(Arena *a, TypeKind kind)
{
    Type *t = ar_alloc(a, sizeof *t);
    t->kind = kind;
    return t;
}

Expr *expr_new(Arena *a, ExprKind kind, Loc loc)
{
    Expr *e = ar_alloc(a, sizeof *e);
    e->kind = kind;
    e->loc = loc;
    return e;
}

static bool key_equal(const Key *a, const Key *b)
{
    if (a->enm || b->enm)
        return a->enm == b->enm;
    return a->lo == b->lo && a->hi == b->hi;
}

bool type_equal(const Type *a, const Type *b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case T_DURATION: return a->period == b->period;
    case T_ENUM:     return a->enm == b->enm;
    case T_RANGE:
    case T_LIST:     return type_equal(a->elem, b->elem);
    case T_TABLE:
        if (a->nkeys != b->nkeys || !type_equal(a->elem, b->elem))
            return false;
        for (int i = 0; i < a->nkeys; i++)
            if (!key_equal(&a->keys[i], &b->keys[i]))
                return false;
        return true;
    case T_RECORD:
        if (a->nfields != b->nfields)
            return false;
        for (int i = 0; i < a->nfields; i++)
            if (strcmp(a->fields[i].name, b->fields[i].name) != 0
                || !type_equal(a->fields[i].type, b->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static void key_name(Buf *b, const Key *k)
{
    if (k->enm)
        buf_puts(b, k->enm->name);
    else
        buf_printf(b, "%d..%d", k->lo, k->hi);
}

static void name_into(Buf *b, const Type *t)
{
    if (!t) {
        buf_puts(b, "nothing");
        return;
    }
    switch (t->kind) {
    case T_ERROR:  buf_puts(b, "?"); break;
    case T_BOOL:   buf_puts(b, "bool"); break;
    case T_NUMBER: buf_puts(b, "number"); break;
    case T_TEXT:   buf_puts(b, "text"); break;
    case T_DATE:   buf_puts(b, "date"); break;
    case T_DAYS:   buf_puts(b, "days"); break;
    case T_DURATION:
        buf_puts(b, t->period == PER_WEEK ? "hours/week" : t->period == PER_MONTH ? "hours/month" : "hours");
        break;
    case T_ENUM:   buf_puts(b, t->enm ? t->enm->name : "enum"); break;
    case T_RANGE:  buf_puts(b, "range "); name_into(b, t->elem); break;
    case T_LIST:   buf_puts(b, "list of "); name_into(b, t->elem); break;
    case T_TABLE:
        buf_puts(b, "table ");
        for (int i = 0; i < t->nkeys; i++) {
            if (i) buf_puts(b, ", ");
            key_name(b, &t->keys[i]);
        }
        buf_puts(b, " -> ");
        name_into(b, t->elem);
        break;
    case T_RECORD:
        buf_puts(b, "{");
        for (int i = 0; i < t->nfields; i++)
            buf_printf(b, "%s%s", i ? ", " : "", t->fields[i].name);
        buf_puts(b, "}");
        break;
    }
}

const char *type_name(Arena *a, const Type *t)
{
    Buf b;
    buf_init(&b);
    name_into(&b, t);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

const char *op_text(Op op)
{
    static const char *const text[] = {
        [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/", [OP_NEG] = "-",
        [OP_NOT] = "not", [OP_EQ] = "==", [OP_NE] = "!=", [OP_LT] = "<", [OP_LE] = "<=",
        [OP_GT] = ">", [OP_GE] = ">=", [OP_AND] = "and", [OP_OR] = "or", [OP_IN] = "in",
    };
    return text[op];
}

int enum_size(const Decl *enm) { return enm->u.enm.nmembers; }

const char *enum_member_name(const Decl *enm, int local) { return enm->u.enm.members[local].name; }

int enum_find_member(const Decl *enm, const char *name)
{
    for (int i = 0; i < enm->u.enm.nmembers; i++)
        if (strcmp(enm->u.enm.members[i].name, name) == 0)
            return i;
    return -1;
}

int key_size(const Key *k) { return k->enm ? enum_size(k->enm) : k->hi - k->lo + 1; }
