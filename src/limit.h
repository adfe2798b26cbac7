/* limit.h: every limit cite sets, in one place. Each keeps a malformed, hostile or merely
 * huge input from exhausting the stack, memory or time: past it, the input is refused with
 * a message that names the limit, never a crash. */
#ifndef CITE_LIMIT_H
#define CITE_LIMIT_H

#include <stddef.h>

/* ---- reading and parsing rules (parse.c, lexer.l, parser.y, program.c) ---- */
#define PARSE_MAX_IDENT   128
#define PARSE_MAX_DEPTH   200      /* nesting of parentheses, brackets and operators */
#define PARSE_MAX_STRING  4096
#define PARSE_MAX_EXPR_DEPTH 400   /* levels of one expression's tree, chains like a+b+c included */
#define PROGRAM_MAX_FILE_BYTES   (8u << 20)   /* a rule file larger than 8 MiB is refused */
#define PROGRAM_MAX_IMPORT_DEPTH 32
#define PROGRAM_MAX_MODULES      1000
#define PROGRAM_MAX_MEMBERS      4096         /* members of one enum */

/* ---- checking and compiling (check.c, code.c) ---- */
#define MAX_SCOPE 32                /* loop variables in scope at once */
/* The most arguments any built-in takes (min and max): callers size their arrays by it. */
#define BUILTIN_MAX_ARGS 8
/* Unrolling multiplies: a rule over an enum of 4,000 members holding a sum over another
 * is 16 million bodies. Past this many nodes (~100 bytes each) the rules left are not
 * compiled, and evaluate by the tree walk as before; the IHSS rules need 3,920. */
#define CODE_MAX_NODES 400000L

/* ---- evaluating (eval.c, run.c) ---- */
/* Rules that read rules that read rules...: past this many levels evaluation stops with an
 * error rather than overflow the stack. */
#define EVAL_MAX_DEPTH 400
/* Expressions nest at most 400 levels (the parser's limit), but 400 rules of 400-level
 * expressions would overflow the stack. So evaluation also stops once it has used this much
 * stack, measured, not counted: a level's frame differs between builds (~0.2 KB optimized,
 * ~3 KB under ASan) and between the tree walk and the compiled form, which therefore may
 * differ at this limit, and only there. Worker threads get EVAL_THREAD_STACK, twice the
 * budget. */
#define EVAL_STACK_BUDGET ((size_t)3 << 20)
#define EVAL_THREAD_STACK ((size_t)8 << 20)
/* The value-only form (flat.c, eval.c vm_result), tried before the compiled form, gives up
 * short of the limits above, so that it never answers where the compiled form would fail: at
 * VM_MAX_DEPTH levels, or an eighth of the stack budget, and on a member whose program would
 * need more than FLAT_MAX_REGS registers, FLAT_MAX_INS instructions (FLAT_MAX_LABELS places
 * to jump to), or nests deeper than FLAT_MAX_NEST nodes (the IHSS rules' largest plain program
 * has 169 instructions, 500 with its small reads in place: flat_inline makes a program that
 * would not fit less deep). Past the budget the forms may differ only as the tree walk and
 * the compiled form may. FLAT_MAX_INS must stay below 32,768 (FlatIns keeps a place in 16 bits). */
#define VM_MAX_DEPTH 32
#define VM_STACK_BUDGET (EVAL_STACK_BUDGET / 8)
#define FLAT_MAX_REGS 32
#define FLAT_MAX_NEST 24
#define FLAT_MAX_INS 512
#define FLAT_MAX_LABELS 256
/* A member of at most FLAT_INLINE_MAX instructions is evaluated where it is read, reads
 * inside it too, FLAT_INLINE_DEPTH deep (flat.h): a chain of VM_MAX_DEPTH levels is then at
 * most VM_MAX_DEPTH * (FLAT_INLINE_DEPTH + 1) members, short of EVAL_MAX_DEPTH. */
#define FLAT_INLINE_MAX 60
#define FLAT_INLINE_DEPTH 6

/* ---- inputs of the commands (facts.c, scenario.c, repl.c, run.c, cli.c) ---- */
#define MAX_CASE_BYTES (16u << 20)      /* one case file */
#define MAX_SCENARIO_BYTES (4u << 20)   /* one scenario file */
#define MAX_UNDO 256                    /* REPL :undo steps kept */
#define MAX_LINE (1u << 20)             /* one REPL line, continuation lines included */
#define MAX_JOBS 64                     /* cite run --jobs */
#define MAX_LIST 256                    /* PATHs, --query, --set, --reform of one command line */

#endif
