/* flat.h: a member's compiled code (code.h) once more, as one flat program of tests and
 * jumps over a few registers, for the value-only evaluation of a case (eval.c). The and, or
 * and not of a condition become jumps, so that a condition costs only its tests; a value is
 * built in registers; what has no instruction of its own (a loop, a record's field, a tree
 * walk) is one instruction that evaluates its node.
 *
 * The program evaluates what eval_compiled evaluates, in the same order: the exceptions from
 * the highest priority down, each condition cut short as and/or cut it, the equals of the one
 * that holds tried for a conflict, then its value. It has no error of its own: where compiled
 * code would fail (a conflict, no definition), it gives up. */
#ifndef CITE_FLAT_H
#define CITE_FLAT_H

#include "program.h"
#include "limit.h"

struct Code;

typedef enum FlatOp {
    F_ENTER,        /* every program's first; never run (its member: FlatCode) */
    F_JUMP,         /* to target */
    F_GIVE_UP,      /* compiled code fails here */
    /* tests: each jumps to target when its answer is `sense`, else goes on */
    F_IF_TEST,      /* a fact (kind, index, cell) by comparison cmp against constant k; the
                       fact must be given */
    F_IF_HAS_TEST,  /* the same, false when the fact is not given (CODE_HAS_TEST) */
    F_IF_RULE_TEST, /* rule slot index (member cell) by cmp against constant k */
    F_IF_HAS,       /* the fact given; cmp: not given (CODE_HAS) */
    F_IF_FACT,      /* a truth-valued fact */
    F_IF_RULE,      /* a truth-valued rule */
    F_IF_REG,       /* register a */
    F_IF_REG_TEST,  /* register a by cmp against constant k (CODE_TEST of a rule read in place) */
    F_IF_CMP,       /* registers a and a + 1, by comparison cmp (an Op; OP_IN for a range) */
    F_IF_IN_SET,    /* register a in the enum subset of its node (CODE_IN_SET) */
    /* values: each into register dst */
    F_CONST,        /* constant k */
    F_FACT,         /* a fact (kind, index, cell), given */
    F_RULE,         /* rule slot index (member cell) */
    F_VAR,          /* variable index */
    F_ARITH,        /* registers a and a + 1, by its node's operator */
    F_PER,          /* dst made a rate of period cmp */
    F_CALL,         /* its node's built-in of registers a .. */
    F_TABLE,        /* its node's table cell, keys in registers a .. */
    F_NODE,         /* its node evaluated (eval.c vm_value); sense: in the variables of member
                       cell of the rule of slot index, a member read in place */
    F_EACH_EMPTY,   /* a comprehension over a list fact (kind, index, cell): over an empty list
                       its value, constant k, and on to target; else on */
    F_BOOL,         /* the truth value `sense` */
    /* an enum comprehension (CODE_FOLD), its bodies unrolled: its state is one value, in dst */
    F_FOLD_START,   /* dst, by fold cmp: nothing yet (sum, min, max), the members known (count:
                       index), or whether they decide it (any, all: sense) */
    F_LOOP_VAR,     /* the loop variable (slot index) set to member cell, for a tree walk */
    F_FOLD_ADD,     /* register a into dst, by fold cmp */
    F_FOLD_END,     /* dst its value: a sum of nothing is 0, min and max of nothing fail */
    F_RETURN,       /* the member's value: register 0 */
    /* a small member read evaluated where it is read, its memo slot kept as a call keeps it */
    F_INLINE,       /* rule slot index (member cell): known, its value into dst and on to
                       target; failed or in progress, give up; else on, into its definitions */
    F_STORE,        /* register dst the slot's value, known from now; on to target */
    /* the same for a read that is a test (F_IF_REG, F_IF_REG_TEST of register dst): the test
       is made here, to target when its answer is `sense`, else to cell */
    F_INLINE_IF, F_INLINE_IF_TEST, F_STORE_IF, F_STORE_IF_TEST,
    F_STORE_TRUTH,  /* the truth value `sense` the slot's value, known from now; on to target
                       (a truth-valued member read as a test: its definitions' conditions jump
                       to the reader's two ways) */
    /* the fact reads most run, of a table's cell (kind CODE_CELL), each with an op of its own
       so that the kind of fact is not tested as it runs (~130 a bench case): made from
       F_IF_HAS, F_IF_HAS_TEST and F_FACT when the program is made, listed as they are */
    F_IF_HAS_CELL, F_IF_HAS_TEST_CELL, F_FACT_CELL,
} FlatOp;

/* Each op with a form of its own for a table's cell, and that form: one table for both ways */
static const FlatOp flat_cell_forms[][2] = {
    { F_IF_HAS, F_IF_HAS_CELL }, { F_IF_HAS_TEST, F_IF_HAS_TEST_CELL }, { F_FACT, F_FACT_CELL },
};

/* op's form for a fact that is a table's cell (F_FACT_CELL for F_FACT), or op itself */
static inline FlatOp flat_cell_op(FlatOp op)
{
    for (size_t i = 0; i < sizeof flat_cell_forms / sizeof flat_cell_forms[0]; i++)
        if (flat_cell_forms[i][0] == op)
            return flat_cell_forms[i][1];
    return op;
}

/* the op an instruction of op `op` is a form of (F_FACT for F_FACT_CELL): what it does */
static inline FlatOp flat_general_op(FlatOp op)
{
    for (size_t i = 0; i < sizeof flat_cell_forms / sizeof flat_cell_forms[0]; i++)
        if (flat_cell_forms[i][1] == op)
            return flat_cell_forms[i][0];
    return op;
}

/* F_FOLD_START's, F_FOLD_ADD's and F_FOLD_END's fold */
enum { FLAT_SUM, FLAT_COUNT, FLAT_ANY, FLAT_ALL, FLAT_MIN, FLAT_MAX };

/* 16 bytes, four to a cache line: an IHSS case runs ~900 instructions of programs spread over
 * more than the first-level cache, and the instructions, not the registers, were what it
 * waited for (40 bytes each: 1,805 first-level misses a case, 16: ~1,150). What an instruction
 * reads rarely (a node's operator, a built-in) is its node, in FlatCode.node; a constant is in
 * the program's block (flat_k). A member whose operands do not fit (a cell past 32,767) has
 * no program. */
typedef struct FlatIns {
    unsigned char op;           /* FlatOp */
    unsigned char sense;        /* a test's answer that jumps; F_BOOL's value */
    unsigned char cmp;          /* a comparison (Op), a fold, a period */
    unsigned char kind;         /* a fact's: CODE_SLOT, CODE_CELL or CODE_FIELD (fact_at) */
    unsigned char dst, a;       /* registers */
    unsigned short target;      /* where a test or a jump goes */
    int index;                  /* a fact's input; a rule's memo slot; a variable's slot */
    short cell;                 /* a fact's cell; a rule's member (-1: none); a loop's member */
    unsigned short k;           /* a constant: flat_k(first instruction, k) */
} FlatIns;

/* A program's size, registers and nesting are bounded (limit.h FLAT_MAX_*): the evaluator's
 * frames stay small and few, so that it never reaches the stack budget before compiled code
 * would (eval.c). */

/* A program is one block: its constants, last first, then this, then its instructions, so
 * that the evaluator keeps only an instruction pointer and finds the rest at a fixed offset
 * before the program's first instruction (flat_code, flat_k). */
typedef struct FlatCode {
    const FlatIns *ins;
    const struct Code *const *node;     /* each instruction's node (NULL: none) */
    const struct Decl *rule;    /* the rule version of its member */
    int n;
    int plain;                  /* its instructions with no read evaluated in place */
    bool uses_vars;             /* the member's variables are set up on entry (MemberCode) */
    bool vars_in_nodes;         /* only its nodes read its variables (no F_VAR, F_LOOP_VAR) */
} FlatCode;

static inline const FlatCode *flat_code(const FlatIns *first)
{
    return (const FlatCode *)(const void *)((const char *)first - sizeof(FlatCode));
}

/* constant k of the program whose first instruction is first */
static inline const Value *flat_k(const FlatIns *first, int k)
{
    return (const Value *)(const void *)flat_code(first) - 1 - k;
}

/* Every compiled member of a checked program as a flat program (MemberCode.flat), after
 * code_compile; a member that would need more registers or nest deeper than the limits has
 * none (it is then never evaluated this way). */
void flat_compile(Program *p);

/* Once, for a caseload (cite run), after flat_compile: every program made again with the
 * reads of small members in place. A read of a small member (FLAT_INLINE_MAX instructions,
 * its rule of one version with no date, its variables read by nodes only) is its definitions
 * in the reader's program, to FLAT_INLINE_DEPTH reads deep: the evaluator then neither keeps a
 * frame for it nor reads it again on return, and a read that is a test is made where the slot
 * is. Its memo slot is looked at first and written after, as a call does (not written when
 * the plain programs read it in one place only), but it is never marked in progress: an
 * inlined read is finite by construction, so a rule that depends on itself still reaches a
 * member called in the usual way, and there it is caught. For the IHSS rules this costs ~7
 * million instructions at load (~2 ms; the plain programs ~0.5 million), and a case then
 * runs ~6,000 fewer (bench/README.md). */
void flat_inline(Program *p);

#endif
