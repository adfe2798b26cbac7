/* parse.c: one source file to a Module. The scanner (grammar/lexer.l) and the parser
 * (grammar/parser.y) do the work; this bounds how deep the resulting tree nests. */
#include <string.h>

#include "parse.h"
#include "parser.h"

/* How deep an expression nests, counting only up to `budget`: the walk itself never
 * recurses deeper than that, so a 20,000-term chain cannot overflow the stack here. */
static int expr_depth(const Expr *e, int budget)
{
    if (!e)
        return 0;
    if (budget <= 0)
        return 1;
    const Expr *kids[4] = { 0 };
    int n = 0;
    switch (e->kind) {
    case E_FIELD: kids[n++] = e->u.field.obj; break;
    case E_INDEX: kids[n++] = e->u.index.obj; kids[n++] = e->u.index.args[0]; kids[n++] = e->u.index.args[1]; break;
    case E_UNARY: case E_BINARY: kids[n++] = e->u.op.a; kids[n++] = e->u.op.b; break;
    case E_PER: kids[n++] = e->u.per.a; break;
    case E_IF: kids[n++] = e->u.cond.cond; kids[n++] = e->u.cond.then; kids[n++] = e->u.cond.els; break;
    case E_RANGE: kids[n++] = e->u.range.lo; kids[n++] = e->u.range.hi; break;
    case E_COMPREHENSION:
        kids[n++] = e->u.comp.body; kids[n++] = e->u.comp.source; kids[n++] = e->u.comp.where; break;
    case E_CALL: {
        int deepest = 0;
        for (int i = 0; i < e->u.call.nargs; i++) {
            int d = expr_depth(e->u.call.args[i], budget - 1);
            if (d > deepest) deepest = d;
        }
        return deepest + 1;
    }
    default: return 1;
    }
    int deepest = 0;
    for (int i = 0; i < n; i++) {
        int d = expr_depth(kids[i], budget - 1);
        if (d > deepest) deepest = d;
    }
    return deepest + 1;
}

/* Chains such as 1+1+...+1 are reduced as they are read, so the parser's stack stays
 * shallow while the tree grows deep: every later pass recurses on the tree, so its depth
 * is bounded here. */
static void check_depth(ParseState *ps, const Expr *e)
{
    if (e && expr_depth(e, PARSE_MAX_EXPR_DEPTH) > PARSE_MAX_EXPR_DEPTH)
        diag_error(ps->diags, e->loc, "this expression nests more than %d levels deep; split it into rules",
                   PARSE_MAX_EXPR_DEPTH);
}

static void check_depths(ParseState *ps, Module *m)
{
    for (int i = 0; i < m->ndecls; i++) {
        Decl *d = m->decls[i];
        if (d->kind == D_RULE)
            for (int k = 0; k < d->u.rule.ndefs; k++) {
                check_depth(ps, d->u.rule.defs[k].cond);
                check_depth(ps, d->u.rule.defs[k].value);
            }
    }
}

/* A carriage return that does not start a CRLF: in a file whose lines end in CR alone (as old
 * Mac OS wrote them), every error was reported on line 1 and a comment ran to the end of the
 * file. Refused with one error at the first such CR (line and column counted by LF). */
static bool lone_cr(Diags *diags, const Source *src)
{
    int line = 1, column = 1;
    for (size_t i = 0; i < src->len; i++) {
        char c = src->text[i];
        if (c == '\r' && (i + 1 == src->len || src->text[i + 1] != '\n')) {
            bool only = memchr(src->text, '\n', src->len) == NULL;
            if (only)
                diag_error(diags, (Loc){ line, column, line, column, src },
                           "the lines of this file end in a carriage return alone (CR, as old Mac OS "
                           "wrote them); cite reads lines that end in LF or CRLF: convert the file "
                           "first (tr '\\r' '\\n' < OLD > NEW)");
            else
                diag_error(diags, (Loc){ line, column, line, column, src },
                           "a carriage return (CR) stands alone here, not before a line feed: remove "
                           "it (cite reads lines that end in LF or CRLF)");
            return true;
        }
        if (c == '\n')
            line++, column = 1;
        else
            column++;           /* in bytes, as the lexer counts */
    }
    return false;
}

bool parse_module(Arena *arena, Diags *diags, const Source *src, Module *out)
{
    if (lone_cr(diags, src))
        return false;
    ParseState ps = { .arena = arena, .diags = diags, .src = src, .module = out };
    yyscan_t scanner = lex_open(&ps);
    if (!scanner) {
        diag_error(diags, (Loc){0}, "cannot start the scanner");
        return false;
    }
    int before = diags->errors;
    int rc = cite_yyparse(scanner, &ps);
    check_depths(&ps, out);
    lex_close(scanner);
    return rc == 0 && diags->errors == before;
}
