/* code.h: rules compiled for fast evaluation. When the rules are loaded, each definition of
 * each rule version is lowered once per member of the rule's parameter: the parameter is then
 * a constant, so `t in GuidedTask` and `t == domestic` fold away, `ranks[t]` becomes one read
 * of a known cell, and an exception whose condition is false for that member is dropped.
 * What has no fast form stays a pointer to the checked tree (CODE_EXPR), evaluated as before.
 *
 * The lowering never changes what is evaluated, only how: everything that can fail (a fact
 * that is missing, an overflow) is still evaluated, in the same order, and only constant
 * parts are folded. The evaluator uses this form when it does not trace; a trace walks the
 * tree itself, so explanations read exactly as they always did. */
#ifndef CITE_CODE_H
#define CITE_CODE_H

#include "program.h"

typedef enum CodeKind {
    CODE_CONST,     /* known when the rules are loaded */
    CODE_SLOT,      /* an input: facts[index] */
    CODE_CELL,      /* an input table's cell: facts[index].items[cell] */
    CODE_FIELD,     /* an input record's field: facts[index].items[cell] */
    CODE_HAS,       /* has() of one of the three above (in `a`); op 1: not has() */
    CODE_RULE,      /* a rule without parameter (cell -1), or one member of one */
    CODE_NOT, CODE_AND, CODE_OR,
    CODE_IN_SET,    /* a in an enum subset (decl) */
    CODE_COMPARE,   /* a op b, op one of == != < <= > >= */
    CODE_IN_RANGE,  /* a in b, b a range */
    CODE_TEST,      /* a fact op a constant (op: a comparison, or OP_IN a constant range): the
                       fact is read in place (nargs: its kind, CODE_SLOT/CELL/FIELD; index,
                       cell; x: its expression) and compared with u.k */
    CODE_HAS_TEST,  /* has(f) and f op constant: the same, false when f is absent; the idiom
                       of optional facts, one node instead of five */
    CODE_ARITH,     /* a op b, op one of + - * / */
    CODE_PER,       /* a made a rate (x / week) */
    CODE_CALL,      /* a built-in but has(): args[] */
    CODE_TABLE,     /* a cell of a constant table: args[] are the keys */
    CODE_FOLD,      /* sum/count/any/all/min/max over an enum, one body per member kept by
                       `where` (args[]), each run with the loop variable set to members[i];
                       for count/any/all, the members whose answer is known when lowering are
                       left out and counted already: cell true ones, op FOLD_SOME_* */
    CODE_EACH,      /* sum/count/any/all/min/max over a list: args[0] the list, args[1] the
                       `where` (or NULL), args[2] the body, each run with loop slot `index`
                       set to the item */
    CODE_VAR,       /* a loop variable over a list: vars[index] */
    CODE_GET,       /* a record's field, for a record not read in place (a loop variable's):
                       field `cell` of a */
    CODE_ITEM_IS,   /* a list item's enum field against a member (a.task == t in a where):
                       field `cell` of vars[index], op OP_EQ or OP_NE, the member in nargs;
                       a: the CODE_COMPARE it stands for, which a field not given takes */
    CODE_EXPR,      /* the tree walk of `x` */
} CodeKind;

enum { FOLD_SOME_TRUE = 1, FOLD_SOME_FALSE = 2 };     /* CODE_FOLD's op */

typedef struct Code Code;
/* 48 bytes: a case walks ~700 of them, and a smaller node is a nearer one. */
struct Code {
    unsigned char kind;         /* CodeKind */
    unsigned char op;           /* Op: CODE_COMPARE */
    bool tree_vars;             /* CODE_FOLD: a part may read the loop variable from its slot
                                   (the tree walk's, or a missing cell's message): it is set for
                                   each member */
    bool in_place;              /* CODE_RULE, or CODE_TEST of a rule: the member read is small
                                   and a leaf (MemberCode.in_place): its first read of a case
                                   tries it here, without a frame (eval.c in_place_read) */
    int index, cell;            /* CODE_SLOT/CELL/FIELD/RULE; CODE_FOLD: index is the loop slot */
    int nargs;                  /* CODE_CALL/TABLE/FOLD */
    const Expr *x;              /* the source: for messages, traces, and CODE_EXPR */
    union {
        Value k;                /* CODE_CONST */
        struct {
            Code *a, *b;
            const Decl *decl;   /* CODE_RULE: the rule (first version); CODE_IN_SET: the enum */
        } op;
        struct {
            Code **args;
            int *members;       /* CODE_FOLD: root member index of each body */
            const Value *empty; /* CODE_EACH: its value over an empty list, as eval.c fold_end
                                   gives it; NULL for min and max, which fail over nothing */
        } list;
    } u;
};

/* One exception (or the base) of one rule version, for one member. */
typedef struct DefCode {
    const Definition *def;
    const CiteList *cites;      /* its own, or the rule's: what an error in it cites */
    int priority;
    Code *cond;                 /* NULL for the base */
    Code *value;
} DefCode;

/* The exceptions to try, highest priority first (those whose condition is false for this
 * member left out, and those below one whose condition is always true), then the base. */
typedef struct MemberCode {
    DefCode *exceptions;
    int nexceptions;
    bool always;                /* one exception's condition is always true: no base is tried */
    bool uses_vars;             /* some node reads or writes the rule's variables (a tree walk,
                                   a loop): else they are not set up at all */
    bool leaf;                  /* every condition is a test (a constant, has(), a rule, a fact,
                                   a fact or rule against a constant) or and/or/not of them, and
                                   every value such, or a comprehension over a list fact: the
                                   evaluator tries it without most of a frame (eval.c leaf_first) */
    bool in_place;              /* leaf, and small: its references try it where they are (Code.in_place) */
    DefCode base;               /* base.def NULL: the rule has no base definition (or always) */
    const CiteList *none_cites; /* what "no definition applies" cites: the tree walk's last
                                   exception tried (dropped ones too), else the rule's */
    const struct FlatCode *flat;    /* the same as a flat program (flat.h flat_compile), or NULL */
} MemberCode;

/* A rule compiled whole: compiled, of one version, with no effective date (its members are the
 * same on every date, so a read can take its member's code directly) */
static inline bool code_whole(const Decl *r)
{
    return r->u.rule.code && !r->next_version && !r->u.rule.has_effective;
}

/* The rule a CODE_RULE, or a CODE_TEST of a rule, reads: its first version (a CODE_TEST keeps no
 * decl: its expression names the rule). */
static inline const Decl *code_rule_read(const Code *c)
{
    const Expr *x = c->x;
    return c->kind == CODE_RULE ? c->u.op.decl : x->kind == E_NAME ? x->u.id.decl : x->u.index.obj->u.id.decl;
}

/* The member a rule read (CODE_RULE, or a CODE_TEST of a rule) reads, when its rule is
 * compiled whole; else NULL */
const MemberCode *code_member_read(const Code *c);

/* Compiles every rule version of a checked program (Decl.u.rule.code, one MemberCode per
 * member, or one). Call only when checking found no error. */
void code_compile(Program *p);

#endif
