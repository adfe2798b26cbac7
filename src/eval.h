/* eval.h: demand-driven evaluation of a checked program over one case. Each rule is
 * evaluated at most once per case (memoized per rule and parameter member); every value
 * keeps its provenance in a trace node: the rule version, the definition that applied and
 * why, its citations, the facts it read, the rules it used, and any rounding. */
#ifndef CITE_EVAL_H
#define CITE_EVAL_H

#include <setjmp.h>
#include <stdint.h>
#include "program.h"
#include "limit.h"

/* The case: one value per declared input (by Decl.index), V_ABSENT when not given. */
typedef struct Facts {
    Value *values;
    int count;
} Facts;

typedef struct EvalError {
    const char *message;
    const Decl *rule;           /* the rule being evaluated when it failed, or NULL */
    CiteList cites;
    /* When the case lacks a fact the rule needs: the fact's path ("notice_of_action.date")
     * and its description; else NULL. An output that only lacks a fact is "not evaluated"
     * rather than failed, unless it was asked for (doc/contract.md 3, v2). */
    const char *missing, *missing_desc;
    bool kept;                  /* the message lives as long as the Eval (missing_fact keeps it):
                                   the same pointer is the same text, case after case */
} EvalError;

typedef struct TraceInput { const char *path; Value value; const Type *type; } TraceInput;

/* An item of a list that a rule summed, counted or filtered: whether its `where` held,
 * and what it added. */
typedef struct TraceItem {
    const Expr *source;         /* the list expression (e.g. the fact `paramedical`) */
    int index;
    bool counted;
    Value value;                /* what it added, when counted */
} TraceItem;

typedef struct TraceNode TraceNode;
struct TraceNode {
    const Decl *rule;           /* the version that applied */
    int key;                    /* parameter member (local index), or -1 */
    Value value;
    const Definition *applied;
    CiteList cites;             /* of the applied definition, else of the rule */
    const char *condition;      /* text of the exception's condition that held, or NULL */
    const char *reason;         /* the applied definition's reason, its values filled in, or NULL */
    TraceInput *inputs; int ninputs;
    TraceNode **children; int nchildren;
    const char **steps; int nsteps;     /* rounding, conversions and arithmetic, in order */
    TraceItem *items; int nitems;       /* the items of the lists it went through */
    const Mark **marks; int nmarks;     /* every unverified mark the value rests on, by index */
    const Mark **own; int nown;         /* those added here: the rule's, its definition's, cells */
};

typedef enum MemoState { MEMO_NONE, MEMO_BUSY, MEMO_DONE, MEMO_ERROR } MemoState;

/* A rule's answer for one member, 32 bytes: what every evaluation reads. What only a
 * trace, the REPL or coverage reads is apart (MemoNote), so that the slots a case touches
 * take half the cache they did. */
typedef struct Memo {
    unsigned gen;               /* the slot holds this case's answer only if gen == Eval.gen */
    MemoState state;
    union {
        Value value;            /* MEMO_DONE */
        EvalError *error;       /* MEMO_ERROR */
    };
} Memo;

typedef struct MemoNote {
    TraceNode *node;            /* when tracing */
    const Definition *applied;  /* the definition that applied, when not compiled */
    const Decl *version;        /* the version that applied, when not compiled */
} MemoNote;

/* A missing fact's message, kept for the next case that lacks it (eval.c missing_fact). */
typedef struct MissingKept {
    const Expr *x;
    const char *message, *path, *desc;
} MissingKept;
#define EVAL_MISSING_KEPT 8

typedef struct Eval {
    const Program *prog;
    Arena *arena;               /* per-evaluation memory: values, nodes, messages */
    const Facts *facts;
    Date asof;
    bool has_asof;
    bool tracing;
    bool tree_walk;             /* never the compiled form (cite run --reference, to check it) */
    bool compiled;              /* use the compiled form: neither tracing nor tree_walk */
    Memo **memo;                /* per rule index, memo_size slots (in memo_all) */
    Memo *memo_all;             /* every rule's slots, rule after rule (code.h: CODE_RULE) */
    const Decl **slot_rule;     /* beside each slot of memo_all, its rule when compiled_rule
                                   can take it (compiled, one version, no effective date),
                                   else NULL: code_rule_miss reads it instead of the rule */
    const struct MemberCode **slot_code;   /* and that rule's code for the slot's member */
    const struct FlatIns **slot_entry;     /* and its flat program (flat.h), or NULL */
    MemoNote **note;            /* beside each slot */
    unsigned gen;               /* which case the memo slots belong to */
    Memo **busy;                /* rules in progress, marked failed together on an error */
    int nbusy;
    Value *vars;                /* loop variables and parameter of the current rule */
    Value *var_stack;           /* where rules in progress keep their vars, without allocating */
    int var_top, var_cap;
    TraceNode *node;            /* node of the current rule, when tracing */
    const Decl *rule;           /* current rule version */
    const CiteList *cites;      /* citations of the current definition */
    jmp_buf *on_error;
    EvalError *error;
    Arena *keep;                /* eval_init's arena, which outlives the cases */
    MissingKept missing[EVAL_MISSING_KEPT];
    int nmissing;
    int in_has;                 /* inside has(): an absent fact is an answer, not an error */
    int mark_words;             /* 64-bit words of a mark set; 0 when the program has no marks */
    uint64_t **mark_sets;       /* beside each memo slot: the marks its value rests on */
    uint64_t *mark_all;         /* every slot's set, in memo_all's order (mark_words each) */
    uint64_t *cur_marks;        /* the set of the rule being evaluated, or NULL */
    bool marking;               /* keeping the mark sets (on unless eval_marks_for says) */
    int part;                   /* B_LOW or B_HIGH: the next table cell read is for that bound */
    int depth;                  /* rules being evaluated, one inside another */
    uintptr_t stack_base;       /* frame address where the outermost eval_result began */
    struct VmFrame *vm_frames;  /* the value-only form's (eval.c vm_exec): a frame and */
    Value *vm_regs;             /* FLAT_MAX_REGS registers a level, VM_MAX_DEPTH levels */
    bool vm_walked;             /* it has walked a tree (CODE_EXPR) in this try */
    TraceNode **no_nodes;       /* without a trace: every result's nodes, all NULL, shared
                                   (as many as the largest rule has members) */
} Eval;

void eval_init(Eval *e, const Program *p, Arena *arena, const Facts *facts, bool tracing);
/* The next case for the same Eval: the memo tables (allocated in eval_init's arena) are kept
 * and forgotten by a generation count, not cleared; values go to `arena`. A caseload run
 * evaluates case after case this way without zeroing ~50 KB a case. */
void eval_next_case(Eval *e, Arena *arena, const Facts *facts);
/* Keeps the unverified marks only if these results need them (one is `unverified`, or a
 * trace is kept): a caseload run asked for other results is spared the work. */
void eval_marks_for(Eval *e, const Decl **rules, int n);
/* Uses the case's asof input (e.g. assessment_date) unless `date` is given. */
void eval_set_date(Eval *e, const Date *date);

typedef struct Result {
    const Decl *rule;
    Value value;                /* V_TABLE (by parameter member) for a rule with a parameter */
    TraceNode **nodes;          /* one per member (or one), when tracing; also the citations */
    int nnodes;
    EvalError *error;           /* NULL on success */
} Result;

/* Evaluates a rule (every member of its parameter, if it has one). Never aborts: an error
 * is returned in the result, and other results can still be evaluated. */
Result eval_result(Eval *e, const Decl *rule);
/* eval_result of each of rules[0..n) into out[0..n), with one setjmp for them all. */
void eval_results(Eval *e, const Decl *const *rules, int n, Result *out);
/* Text of a value without rounding (34.2 minutes stays 34.2), for traces. */
const char *eval_exact_text(Arena *a, const Value *v);

#endif
