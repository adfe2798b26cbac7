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
    F_ENTER,        /* every program's first: its rule version (rule), whether its member needs
                       the rule's variables (sense); never run */
    F_JUMP,         /* to target */
    F_GIVE_UP,      /* compiled code fails here */
    /* tests: each jumps to target when its answer is `sense`, else goes on */
    F_IF_TEST,      /* CODE_TEST, CODE_HAS_TEST of a fact (c) */
    F_IF_RULE_TEST, /* CODE_TEST of a rule */
    F_IF_HAS,       /* CODE_HAS */
    F_IF_FACT,      /* a truth-valued fact */
    F_IF_RULE,      /* a truth-valued rule */
    F_IF_REG,       /* register a */
    F_IF_REG_TEST,  /* register a against c's constant, by c's comparison (CODE_TEST of a rule
                       evaluated in place) */
    F_IF_CMP,       /* registers a and a + 1, by comparison cmp (an Op; OP_IN for a range) */
    F_IF_IN_SET,    /* register a in the enum subset of c (CODE_IN_SET) */
    /* values: each into register dst */
    F_CONST, F_FACT, F_RULE, F_VAR,
    F_ARITH,        /* registers a and a + 1, by c's operator */
    F_PER,          /* dst made a rate, by c's period */
    F_CALL,         /* c's built-in of registers a .. */
    F_TABLE,        /* c's table cell, keys in registers a .. */
    F_NODE,         /* c evaluated as a node (eval.c vm_value); sense: in the variables of
                       member cell of rule, a member read in place */
    F_EACH_EMPTY,   /* c, a comprehension over a list fact (index, cell, kind): its value over
                       an empty list (code.h CODE_EACH's empty), and on to target; else on */
    F_BOOL,         /* the truth value `sense` */
    /* an enum comprehension (CODE_FOLD), its bodies unrolled: its state is one value, in dst */
    F_FOLD_START,   /* dst: nothing yet (sum, min, max), or the members known (count, any, all) */
    F_LOOP_VAR,     /* the loop variable (slot index) set to member cell, for a tree walk */
    F_FOLD_ADD,     /* register a into dst, by fold (cmp) */
    F_FOLD_END,     /* dst its value: a sum of nothing is 0, min and max of nothing fail */
    F_RETURN,       /* the member's value: register 0 */
    /* a small member read evaluated where it is read, its memo slot kept as a call keeps it */
    F_INLINE,       /* rule slot index (member cell, rule): known, its value into dst and on to
                       target; failed or in progress, give up; else on, into its definitions */
    F_STORE,        /* register dst the slot's value, known from now; on to target */
} FlatOp;

/* F_FOLD_ADD's fold */
enum { FLAT_SUM, FLAT_COUNT, FLAT_ANY, FLAT_ALL, FLAT_MIN, FLAT_MAX };

typedef struct FlatIns {
    unsigned char op;           /* FlatOp */
    unsigned char sense;        /* a test's answer that jumps; F_BOOL's value */
    unsigned char cmp;          /* F_IF_CMP's comparison */
    unsigned char kind;         /* a fact's: CODE_SLOT, CODE_CELL or CODE_FIELD (fact_at) */
    short dst, a;               /* registers */
    int target;                 /* where a test or F_JUMP goes */
    int index, cell;            /* a fact's input and cell; a rule's memo slot and member (-1) */
    const struct Code *c;       /* the node: its constant, operator, message */
    const struct Decl *rule;    /* a rule read's rule, its first version */
} FlatIns;

/* A program's size, registers and nesting are bounded (limit.h FLAT_MAX_*): the evaluator's
 * frames stay small and few, so that it never reaches the stack budget before compiled code
 * would (eval.c). */

typedef struct FlatCode {
    FlatIns *ins;
    int n;
    int plain;                  /* its instructions with no read evaluated in place */
    bool vars_in_nodes;         /* only its nodes read its variables (no F_VAR, F_LOOP_VAR) */
} FlatCode;

/* Every compiled member of a checked program as a flat program (MemberCode.flat), after
 * code_compile; a member that would need more registers or nest deeper than the limits has
 * none (it is then never evaluated this way).
 *
 * A read of a small member (FLAT_INLINE_MAX instructions, its rule of one version with no
 * date, its variables read by nodes only) is its definitions in the reader's program, to
 * FLAT_INLINE_DEPTH reads deep: the evaluator then neither keeps a frame for it nor reads it
 * again on return. Its memo slot is looked at first and written after, as a call does, but it
 * is never marked in progress: an inlined read is finite by construction, so a rule that
 * depends on itself still reaches a member called in the usual way, and there it is caught. */
void flat_compile(Program *p);

#endif
