/* ast.h: the syntax tree of a cite program, and the static types the checker gives it.
 * Everything here lives in the program's arena. The parser builds the tree; the checker
 * resolves names in place (Expr.ref) and fills in types; the evaluator only reads it. */
#ifndef CITE_AST_H
#define CITE_AST_H

#include <stdbool.h>
#include "arena.h"
#include "date.h"
#include "diag.h"
#include "rat.h"

typedef struct Decl Decl;
typedef struct Expr Expr;
typedef struct Type Type;

/* ---- static types ---- */

typedef enum TypeKind {
    T_ERROR,        /* an expression whose type could not be found; silences follow-on errors */
    T_BOOL, T_NUMBER, T_TEXT, T_DATE, T_DAYS,
    T_DURATION,     /* minutes or hours; `period` says per week / per month / none */
    T_ENUM, T_RANGE, T_RECORD, T_LIST, T_TABLE,
} TypeKind;

typedef enum Period { PER_NONE, PER_WEEK, PER_MONTH } Period;

typedef struct Field {
    const char *name;
    Loc loc;
    Type *type;
    Expr *deflt;                /* default value, or NULL */
    struct Value *deflt_value;
    bool optional;              /* may be absent (no default) */
    const char *desc;
    int name_len;               /* strlen(name), for the fast case reader (set by code_compile) */
} Field;

/* A table key: an enum, or a range of integers (rank 2..5). */
typedef struct Key {
    Decl *enm;                  /* NULL for an integer range */
    int lo, hi;
} Key;

struct Type {
    TypeKind kind;
    Period period;              /* T_DURATION */
    bool in_minutes;            /* T_DURATION written `minutes`: bare numbers in its cells are minutes */
    Decl *enm;                  /* T_ENUM */
    Type *elem;                 /* T_RANGE, T_LIST: element; T_TABLE: value */
    Field *fields;              /* T_RECORD */
    int nfields;
    Key keys[2];                /* T_TABLE */
    int nkeys;
    const char *key_names[2];   /* T_TABLE: enum names as written */
    Loc key_locs[2];
    const char *enum_name;      /* a named type as written (bool, Program), before resolution */
    Expr *valid_lo, *valid_hi;  /* allowed values of a fact of this type, or NULL */
    struct Value *valid;        /* the two bounds, checked and converted */
    struct Value *deflt_items;  /* T_RECORD: its fields' defaults, nfields + 1 (facts_prepare) */
    struct Value *absent_cells; /* T_TABLE: cells all absent, shared read-only (facts_prepare) */
    bool whole;                 /* `whole number`: a fact of this type must be an integer */
    Loc loc;
};

/* ---- expressions ---- */

typedef enum ExprKind {
    E_NUMBER, E_DURATION, E_DAYS_LIT, E_DATE, E_BOOL, E_TEXT,
    E_NAME,          /* an identifier; the checker resolves it (ref) */
    E_QUALIFIED,     /* Enum.member */
    E_FIELD,         /* a.b */
    E_INDEX,         /* a[k] or a[k1, k2] */
    E_CALL,          /* built-in function */
    E_UNARY, E_BINARY,
    E_PER,           /* x / week, x / month: a duration made a rate */
    E_IF,
    E_RANGE,         /* lo .. hi */
    E_COMPREHENSION, /* sum(e for x in S where c), count/any/all/min/max */
} ExprKind;

typedef enum Op {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_NEG, OP_NOT,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_AND, OP_OR, OP_IN,
} Op;

/* What a name refers to, once resolved. */
typedef enum RefKind {
    REF_NONE, REF_INPUT, REF_RULE, REF_TABLE, REF_MEMBER, REF_VAR,
} RefKind;

typedef struct Builtin Builtin;

struct Expr {
    ExprKind kind;
    Loc loc;
    Type *type;                 /* set by the checker */
    union {
        Rat num;                /* E_NUMBER; E_DURATION and E_DAYS_LIT too (minutes / days) */
        Date date;
        bool boolean;
        const char *text;       /* E_TEXT */
        struct {                /* E_NAME, E_QUALIFIED */
            const char *name, *qualifier;
            RefKind ref;
            Decl *decl;         /* input, rule, table or enum */
            int member;         /* REF_MEMBER: index in the root enum */
            int var;            /* REF_VAR: slot of a loop variable or rule parameter */
        } id;
        struct { Expr *obj; const char *name; int index; } field;          /* E_FIELD */
        struct { Expr *obj; Expr *args[2]; int nargs; } index;             /* E_INDEX */
        struct { const char *name; Expr **args; int nargs; const Builtin *fn; } call;
        struct { Op op; Expr *a, *b; } op;                                 /* E_UNARY, E_BINARY */
        struct { Expr *a; Period period; } per;
        struct { Expr *cond, *then, *els; } cond;                          /* E_IF */
        struct { Expr *lo, *hi; } range;
        struct {
            const char *fn;     /* sum, count, any, all, min, max */
            Expr *body;         /* NULL for count */
            const char *var;
            Loc var_loc;
            int slot;
            Expr *source;       /* a list, or an E_NAME naming an enum */
            Expr *where;        /* or NULL */
        } comp;
    } u;
};

/* ---- declarations ---- */

typedef enum DeclKind { D_IMPORT, D_ENUM, D_INPUT, D_TABLE, D_RULE } DeclKind;

typedef struct Cite { const char *text; Loc loc; } Cite;
typedef struct CiteList { Cite *items; int count; } CiteList;

/* `unverified [2, 4..5] "reason"`: a rule, a definition, a table row or some of its cells
 * rest on a figure or reading not yet checked against the regulation's text. The checker
 * turns each clause into one Mark per rule or definition, or per table cell it covers. */
/* second-key values lo..hi (none: every one), and optionally one bound of a range cell */
typedef struct MarkSel { int lo, hi; bool all; const char *part; Loc loc; } MarkSel;
typedef struct MarkClause {
    const char *reason;
    Loc loc;
    MarkSel *sels; int nsels;   /* none: the whole rule, definition or row */
} MarkClause;
typedef struct MarkClauses { MarkClause *items; int count; } MarkClauses;

typedef struct Mark {
    int index;                  /* in Program.marks: its bit in a mark set */
    const char *where;          /* "htg[dressing, 3]", "hearing_deadline_good_cause" */
    const char *reason;
    const char *text;           /* where: reason */
    const char *clause;         /* what the whole clause covers: "htg[meal_preparation, 4..5]" */
    Loc loc;                    /* the clause */
} Mark;
/* Mark indices: what a rule, a definition or a table cell adds to a result's mark set. */
typedef struct MarkIds { int *items; int count; } MarkIds;
/* A definition's reason in words: `because "bathing is ranked {ranks[t]}"`. The text is
 * split into literal pieces, each followed by the expression of a placeholder (or NULL):
 * the values it names are filled in when the definition is explained. */
typedef struct ReasonPart { const char *text; Expr *expr; } ReasonPart;
typedef struct Reason {
    const char *source;         /* the text as written */
    Loc loc;
    ReasonPart *parts; int nparts;
} Reason;

/* One definition of a rule: the base (cond == NULL) or an exception. */
typedef struct Definition {
    Expr *cond;
    Expr *value;
    CiteList cites;
    MarkClauses clauses;        /* unverified marks as written */
    MarkIds marks;              /* the same, resolved */
    Reason *reason;             /* `because "..."`, or NULL */
    int priority;               /* base 0; exceptions 1 unless `priority N` */
    Loc loc;
} Definition;

typedef struct TableRow {
    const char *member;
    Loc loc;
    int key;                    /* resolved member index */
    Expr **cells;
    int ncells;
    CiteList cites;
    MarkClauses clauses;        /* unverified marks of the row or some of its cells */
} TableRow;

typedef struct Member {
    const char *name;
    Loc loc;
    const char *desc;
    int name_len;               /* strlen(name), for the fast case reader (set by code_compile) */
} Member;

struct Decl {
    DeclKind kind;
    const char *name;
    Loc loc;                    /* the name's span */
    const char *desc;           /* description shown to users */
    int name_len;               /* inputs: strlen(name), for the fast case reader (code_compile) */
    const char *module;         /* the module (file) that declared it */
    Decl *next_version;         /* rules and tables: other versions of the same name */
    int index;                  /* position among declarations of its kind (slots) */
    int module_index;           /* position of its module in the program */
    union {
        struct { const char *module; } import;
        struct {
            const char *parent_name; Loc parent_loc;
            Decl *parent;       /* subset of this enum, or NULL for a root enum */
            Decl *root;
            Member *members; int nmembers;
            int *root_index;    /* member i is root member root_index[i] */
            int *local_index;   /* root member j is member local_index[j] here, or -1 */
            int *lookup;        /* members by a hash of their names, -1 for none (facts_prepare) */
            int lookup_mask;
        } enm;
        struct {
            Type *type;
            Expr *deflt;
            struct Value *deflt_value;  /* the default, checked and converted */
            bool optional, asof;
            struct Decl **readers; int nreaders;   /* rules that read it (for messages) */
        } input;
        struct {
            Type *type;          /* T_TABLE */
            CiteList cites;
            TableRow *rows; int nrows;
            bool has_effective; Date effective, until; bool has_until;
            struct Value *cells;        /* key1 x key2 constant values, V_ABSENT where none */
            CiteList *row_cites;        /* per key1 cell: the row's own citations */
            int *cell_marks;            /* per cell, 3 slots: the whole cell's, its low bound's,
                                           its high bound's Mark index, or -1 (NULL: none) */
        } table;
        struct {
            const char *param; Loc param_loc;
            const char *param_enum; Loc param_enum_loc;
            Decl *param_decl;   /* enum the rule ranges over, or NULL */
            Type *type;
            bool output;
            int headline;       /* output N: its place among the headline results, else 0 */
            CiteList cites;     /* rule-level citations, shared by its definitions */
            MarkClauses clauses;        /* rule-level unverified marks as written */
            MarkIds marks;              /* the same, resolved */
            bool marks_output;  /* the built-in `unverified` output (no definitions) */
            Definition *defs; int ndefs;
            bool has_effective; Date effective, until; bool has_until;
            int nslots;         /* loop-variable slots its expressions need */
            struct Decl **deps; int ndeps;    /* rules it refers to (every version) */
            struct Decl **reads; int nreads;  /* inputs it reads */
            int memo_size;      /* 1, or the size of its parameter enum */
            struct MemberCode *code;    /* compiled, per member (code.h), or NULL */
        } rule;
    } u;
};

/* What a definition cites: its own citations, or its rule's when it has none. */
static inline const CiteList *def_cites(const Decl *rule, const Definition *d)
{
    return d->cites.count ? &d->cites : &rule->u.rule.cites;
}

/* The rule a definition's value is, when it is nothing but another rule's figure (x, or
 * x[k]): such a definition shows that rule's citations, then its own. */
static inline const Decl *bare_rule_ref(const Expr *x)
{
    if (x->kind == E_INDEX)
        x = x->u.index.obj;
    return x->kind == E_NAME && x->u.id.ref == REF_RULE ? x->u.id.decl : NULL;
}

typedef struct Module {
    const char *name;
    const char *realpath;
    Source *src;
    Decl **decls;
    int ndecls, cap;
} Module;

Type *type_new(Arena *a, TypeKind kind);
bool  type_equal(const Type *a, const Type *b);
/* A type as the user writes it: "hours/week", "table Task -> bool", "Program". */
const char *type_name(Arena *a, const Type *t);
Expr *expr_new(Arena *a, ExprKind kind, Loc loc);
const char *op_text(Op op);

/* Members of an enum by local position; root member index <-> name. */
const char *enum_member_name(const Decl *enm, int local);
int enum_find_member(const Decl *enm, const char *name);     /* local index or -1 */
int enum_size(const Decl *enm);
/* Number of cells of a table key. */
int key_size(const Key *k);

#endif
