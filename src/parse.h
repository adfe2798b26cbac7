/* parse.h: turning one source file into a Module (src/parse.c, grammar/lexer.l and
 * grammar/parser.y). */
#ifndef CITE_PARSE_H
#define CITE_PARSE_H

#include "ast.h"
#include "limit.h"


typedef struct ParseState {
    Arena *arena;
    Diags *diags;
    const Source *src;
    Module *module;
    /* the parameter of the rule being parsed (rule name[param : Enum]) */
    const char *param, *param_enum;
    int lex_error_line;            /* the lexer reported an error on this line */
    bool keep_comments;            /* return comments as tokens (cite fmt) */
    Loc param_loc, param_enum_loc;
} ParseState;

/* Parses src into *out (declarations in source order). Every syntax error goes to diags;
 * returns true when there were none. */
bool parse_module(Arena *arena, Diags *diags, const Source *src, Module *out);
void parse_add_decl(ParseState *ps, Decl *d);

/* A token with its text and place, comments included: what cite fmt lays out. */
typedef struct LexToken { int kind; const char *text; int line, col; } LexToken;
/* All tokens of src, in order; returns their number (-1 if the scanner cannot start).
 * kind is the parser's token number (parser.h), or COMMENT. */
int lex_tokens(Arena *arena, Diags *diags, const Source *src, LexToken **out);
/* The scanner over ps->src (lexer.l), NULL if it cannot start; lex_close frees it. */
void *lex_open(ParseState *ps);
void lex_close(void *scanner);

#endif
