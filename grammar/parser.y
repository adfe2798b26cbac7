/* parser.y: the grammar of cite. A pure (reentrant) parser with locations; syntax errors
 * are reported as "unexpected X, expected Y" and parsing resumes at the next declaration,
 * so every error in a file is reported. No conflicts: bison is run with -Werror. */
%code top {
#include "config.h"
}
%code requires {
#include "parse.h"
typedef void *yyscan_t;
/* A growable list of pointers, used while a construct is being parsed. */
typedef struct PList { void **items; int count, cap; } PList;
}

%code provides {
int cite_yylex(CITE_YYSTYPE *yylval, Loc *yylloc, yyscan_t scanner);
}

%code {
#include <string.h>

static void plist_add(Arena *a, PList *l, void *item)
{
    if (l->count == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 4;
        l->items = ar_grow(a, l->items, sizeof(void *), (size_t)l->cap, (size_t)ncap);
        l->cap = ncap;
    }
    l->items[l->count++] = item;
}

#define NEW(T) ((T *)ar_alloc(ps->arena, sizeof(T)))
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                            \
    do {                                                                       \
        if (N) {                                                               \
            (Cur).src = YYRHSLOC(Rhs, 1).src;                                  \
            (Cur).first_line = YYRHSLOC(Rhs, 1).first_line;                    \
            (Cur).first_column = YYRHSLOC(Rhs, 1).first_column;                \
            (Cur).last_line = YYRHSLOC(Rhs, N).last_line;                      \
            (Cur).last_column = YYRHSLOC(Rhs, N).last_column;                  \
        } else {                                                               \
            (Cur).src = YYRHSLOC(Rhs, 0).src;                                  \
            (Cur).first_line = (Cur).last_line = YYRHSLOC(Rhs, 0).last_line;   \
            (Cur).first_column = (Cur).last_column = YYRHSLOC(Rhs, 0).last_column; \
        }                                                                      \
    } while (0)

/* The parser's stack bounds how deeply expressions nest, and so the recursion of every
 * later pass: a file of 100,000 '(' gets this error instead of a stack overflow. */
#define YYMAXDEPTH (PARSE_MAX_DEPTH * 3)
#define YYINITDEPTH 200

static void yyerror(Loc *loc, yyscan_t scanner, ParseState *ps, const char *msg)
{
    (void)scanner;
    if (strcmp(msg, "memory exhausted") == 0)
        diag_error(ps->diags, *loc, "nesting is too deep (the limit is about %d levels)", PARSE_MAX_DEPTH);
    else
        diag_error(ps->diags, *loc, "%s", msg);
}

static Expr *binary(ParseState *ps, Loc loc, Op op, Expr *a, Expr *b)
{
    Expr *e = expr_new(ps->arena, E_BINARY, loc);
    e->u.op.op = op; e->u.op.a = a; e->u.op.b = b;
    return e;
}

static MarkClauses marks_of(ParseState *ps, PList *l)
{
    MarkClauses m = { NULL, l ? l->count : 0 };
    if (m.count) {
        m.items = ar_alloc(ps->arena, sizeof(MarkClause) * (size_t)m.count);
        for (int i = 0; i < m.count; i++) m.items[i] = *(MarkClause *)l->items[i];
    }
    return m;
}

/* ---- a reason's placeholders: {name}, {name.field}, {name[key]}, {table[a, b]} ---- */

typedef struct RScan { ParseState *ps; const char *s; size_t i; Loc loc; const char *err; } RScan;

static void rs_blank(RScan *r) { while (r->s[r->i] == ' ') r->i++; }
static bool rs_ident_char(char c, bool first)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

static Expr *rs_path(RScan *r);

static Expr *rs_arg(RScan *r)
{
    rs_blank(r);
    if (r->s[r->i] >= '0' && r->s[r->i] <= '9') {
        long n = 0;
        while (r->s[r->i] >= '0' && r->s[r->i] <= '9' && n < 1000000)
            n = n * 10 + (r->s[r->i++] - '0');
        Expr *e = expr_new(r->ps->arena, E_NUMBER, r->loc);
        e->u.num = rat_int(n);
        return e;
    }
    return rs_path(r);
}

static Expr *rs_path(RScan *r)
{
    rs_blank(r);
    if (!rs_ident_char(r->s[r->i], true)) {
        r->err = "expected a name";
        return NULL;
    }
    size_t start = r->i;
    while (rs_ident_char(r->s[r->i], false)) r->i++;
    Expr *e = expr_new(r->ps->arena, E_NAME, r->loc);
    e->u.id.name = ar_strndup(r->ps->arena, r->s + start, r->i - start);
    for (;;) {
        rs_blank(r);
        if (r->s[r->i] == '.') {
            r->i++;
            rs_blank(r);
            size_t f = r->i;
            while (rs_ident_char(r->s[r->i], r->i == f)) r->i++;
            if (r->i == f) { r->err = "expected a field name after '.'"; return NULL; }
            Expr *x = expr_new(r->ps->arena, E_FIELD, r->loc);
            x->u.field.obj = e; x->u.field.name = ar_strndup(r->ps->arena, r->s + f, r->i - f);
            e = x;
        } else if (r->s[r->i] == '[') {
            r->i++;
            Expr *x = expr_new(r->ps->arena, E_INDEX, r->loc);
            x->u.index.obj = e;
            for (;;) {
                Expr *a = rs_arg(r);
                if (!a) return NULL;
                if (x->u.index.nargs == 2) { r->err = "a table takes at most two keys"; return NULL; }
                x->u.index.args[x->u.index.nargs++] = a;
                rs_blank(r);
                if (r->s[r->i] == ',') { r->i++; continue; }
                if (r->s[r->i] == ']') { r->i++; break; }
                r->err = "expected ',' or ']'";
                return NULL;
            }
            e = x;
        } else {
            return e;
        }
    }
}

/* Splits a reason's text into literal pieces and placeholders. {{ and }} are braces. */
static Reason *reason_parse(ParseState *ps, const char *text, Loc loc)
{
    Reason *rs = NEW(Reason);
    rs->source = text;
    rs->loc = loc;
    PList parts = {0};
    Buf lit;
    buf_init(&lit);
    for (size_t i = 0; text[i]; ) {
        char c = text[i];
        if ((c == '{' || c == '}') && text[i + 1] == c) {
            buf_add(&lit, &text[i], 1);
            i += 2;
            continue;
        }
        if (c == '}') {
            diag_error(ps->diags, loc, "a '}' in a reason closes nothing: write }} for a brace");
            break;
        }
        if (c != '{') {
            buf_add(&lit, &text[i], 1);
            i++;
            continue;
        }
        Loc at = loc;
        if (loc.first_line == loc.last_line)
            at.first_column = at.last_column = loc.first_column + 1 + (int)i;
        RScan r = { ps, text, i + 1, at, NULL };
        Expr *e = rs_path(&r);
        rs_blank(&r);
        if (e && text[r.i] != '}')
            r.err = text[r.i] ? "expected '}'" : "the placeholder is not closed: expected '}'";
        if (r.err) {
            diag_error(ps->diags, at, "in the reason's placeholder: %s (a placeholder names a value: "
                       "{name}, {name.field} or {name[key]}; write {{ for a brace)", r.err);
            break;
        }
        ReasonPart *p = NEW(ReasonPart);
        p->text = ar_strdup(ps->arena, buf_cstr(&lit));
        p->expr = e;
        plist_add(ps->arena, &parts, p);
        lit.len = 0;
        i = r.i + 1;
    }
    if (lit.len || parts.count == 0) {
        ReasonPart *p = NEW(ReasonPart);
        p->text = ar_strdup(ps->arena, buf_cstr(&lit));
        plist_add(ps->arena, &parts, p);
    }
    buf_free(&lit);
    rs->nparts = parts.count;
    rs->parts = ar_alloc(ps->arena, sizeof(ReasonPart) * (size_t)parts.count);
    for (int i = 0; i < parts.count; i++) rs->parts[i] = *(ReasonPart *)parts.items[i];
    return rs;
}

static CiteList cites_of(ParseState *ps, PList *l)
{
    CiteList c = { NULL, l ? l->count : 0 };
    if (c.count) {
        c.items = ar_alloc(ps->arena, sizeof(Cite) * (size_t)c.count);
        for (int i = 0; i < c.count; i++) c.items[i] = *(Cite *)l->items[i];
    }
    return c;
}
}

%define api.pure full
%define api.prefix {cite_yy}
%define parse.error custom
%locations
%define api.location.type {Loc}
%lex-param {yyscan_t scanner}
%parse-param {yyscan_t scanner} {ParseState *ps}
%initial-action {
    @$.src = ps->src;
    @$.first_line = @$.last_line = 1;
    @$.first_column = @$.last_column = 1;
}

%union {
    Rat num;
    Date date;
    const char *text;
    Expr *expr;
    Type *type;
    Decl *decl;
    PList list;
    Cite *cite;
    Definition *def;
    Reason *reason;
    Field *field;
    TableRow *row;
    Member *member;
    MarkClause *mark;
    MarkSel *sel;
    int integer;
    Period period;
    struct { Expr *lo, *hi; } valid;
    struct { bool on; Date from, until; bool has_until; } eff;
    struct { bool optional, asof; } mods;
}

%token <num> NUMBER "number" DURATION "duration (H:MM)"
%token <date> DATE "date"
%token <text> IDENT "name" STRING "text" COMMENT "comment"
%token IMPORT "'import'" ENUM "'enum'" INPUT "'input'" TABLE "'table'" RULE "'rule'"
%token OUTPUT "'output'" CITE "'cite'" WHEN "'when'" PRIORITY "'priority'" BECAUSE "'because'"
%token EFFECTIVE "'effective'" UNTIL "'until'" OPTIONAL "'optional'" ASOF "'asof'"
%token UNVERIFIED "'unverified'" WHOLE "'whole'"
%token IF "'if'" THEN "'then'" ELSE "'else'" AND "'and'" OR "'or'" NOT "'not'"
%token IN "'in'" FOR "'for'" WHERE "'where'" TRUE "'true'" FALSE "'false'"
%token LIST "'list'" OF "'of'" RANGE "'range'" WEEK "'week'" MONTH "'month'"
%token <text> DAYS "'days'" HOURS "'hours'" MINUTES "'minutes'"
%token ARROW "'->'" FATARROW "'=>'" DOTDOT "'..'" EQ "'=='" NE "'!='" LE "'<='" GE "'>='"

%type <expr> expr operand primary cell literal_cell opt_default
%type <type> type
%type <decl> decl import_decl enum_decl input_decl table_decl rule_decl
%type <list> dotted members fields args cites opt_cites cells rows defs exceptions opt_marks mark_sels
%type <mark> mark_clause
%type <sel> mark_sel
%type <cite> cite_item
%type <def> exception
%type <reason> opt_reason
%type <field> field
%type <row> row
%type <member> member
%type <text> opt_desc field_name opt_parent
%type <integer> opt_priority int_lit
%type <period> period
%type <valid> opt_valid
%type <eff> opt_effective
%type <mods> input_mods
%type <integer> opt_output

%left OR
%left AND
%precedence NOT
%nonassoc EQ NE '<' LE '>' GE IN
%nonassoc DOTDOT
%left '+' '-'
%left '*' '/'
%precedence UMINUS

%%

file
    : %empty
    | file decl             { if ($2) parse_add_decl(ps, $2); }
    | file error
    ;

decl: import_decl | enum_decl | input_decl | table_decl | rule_decl ;

/* ---- import ---- */

import_decl
    : IMPORT dotted {
        Buf b; buf_init(&b);
        for (int i = 0; i < $2.count; i++) {
            if (i) buf_puts(&b, ".");
            buf_puts(&b, $2.items[i]);
        }
        $$ = NEW(Decl); $$->kind = D_IMPORT; $$->loc = @2;
        $$->name = $$->u.import.module = ar_strdup(ps->arena, buf_cstr(&b));
        buf_free(&b);
      }
    ;

dotted
    : IDENT                 { $$ = (PList){0}; plist_add(ps->arena, &$$, (void *)$1); }
    | dotted '.' IDENT      { $$ = $1; plist_add(ps->arena, &$$, (void *)$3); }
    ;

/* ---- enum ---- */

enum_decl
    : ENUM IDENT opt_parent opt_desc '{' members '}' {
        $$ = NEW(Decl); $$->kind = D_ENUM; $$->name = $2; $$->loc = @2; $$->desc = $4;
        $$->u.enm.parent_name = $3; $$->u.enm.parent_loc = @3;
        $$->u.enm.nmembers = $6.count;
        $$->u.enm.members = ar_alloc(ps->arena, sizeof(Member) * (size_t)($6.count + 1));
        for (int i = 0; i < $6.count; i++) $$->u.enm.members[i] = *(Member *)$6.items[i];
      }
    ;

opt_parent
    : %empty                { $$ = NULL; }
    | '=' IDENT             { $$ = $2; }
    ;

members
    : member                { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | members ',' member    { $$ = $1; plist_add(ps->arena, &$$, $3); }
    | members ','           { $$ = $1; }
    ;

member
    : IDENT opt_desc        { $$ = NEW(Member); $$->name = $1; $$->loc = @1; $$->desc = $2; }
    ;

opt_desc
    : %empty                { $$ = NULL; }
    | STRING                { $$ = $1; }
    ;

/* ---- input ---- */

input_decl
    : INPUT IDENT ':' type opt_default input_mods STRING {
        $$ = NEW(Decl); $$->kind = D_INPUT; $$->name = $2; $$->loc = @2; $$->desc = $7;
        $$->u.input.type = $4; $$->u.input.deflt = $5;
        $$->u.input.optional = $6.optional; $$->u.input.asof = $6.asof;
      }
    ;

opt_default
    : %empty                { $$ = NULL; }
    | '=' cell              { $$ = $2; }
    | '=' IDENT             { $$ = expr_new(ps->arena, E_NAME, @2); $$->u.id.name = $2; }
    ;

input_mods
    : %empty                { $$.optional = false; $$.asof = false; }
    | input_mods OPTIONAL   { $$ = $1; $$.optional = true; }
    | input_mods ASOF       { $$ = $1; $$.asof = true; }
    ;

/* ---- types ---- */

type
    : IDENT opt_valid {
        $$ = type_new(ps->arena, T_ERROR); $$->enum_name = $1; $$->loc = @1;
        $$->valid_lo = $2.lo; $$->valid_hi = $2.hi;
      }
    | WHOLE type {
        /* `whole number (1..6)`: a number the case must give as an integer (the checker
         * refuses `whole` before any other type) */
        $$ = $2; $$->whole = true; $$->loc = @$;
      }
    | HOURS opt_valid       { $$ = type_new(ps->arena, T_DURATION); $$->loc = @1; $$->valid_lo = $2.lo; $$->valid_hi = $2.hi; }
    | MINUTES opt_valid     { $$ = type_new(ps->arena, T_DURATION); $$->in_minutes = true; $$->loc = @1; $$->valid_lo = $2.lo; $$->valid_hi = $2.hi; }
    | DAYS opt_valid        { $$ = type_new(ps->arena, T_DAYS); $$->loc = @1; $$->valid_lo = $2.lo; $$->valid_hi = $2.hi; }
    | HOURS '/' period opt_valid {
        $$ = type_new(ps->arena, T_DURATION); $$->period = $3; $$->loc = @$;
        $$->valid_lo = $4.lo; $$->valid_hi = $4.hi;
      }
    | MINUTES '/' period opt_valid {
        $$ = type_new(ps->arena, T_DURATION); $$->period = $3; $$->in_minutes = true; $$->loc = @$;
        $$->valid_lo = $4.lo; $$->valid_hi = $4.hi;
      }
    | RANGE type            { $$ = type_new(ps->arena, T_RANGE); $$->elem = $2; $$->loc = @$; }
    | LIST OF type          { $$ = type_new(ps->arena, T_LIST); $$->elem = $3; $$->loc = @$; }
    | TABLE IDENT ARROW type {
        $$ = type_new(ps->arena, T_TABLE); $$->nkeys = 1; $$->key_names[0] = $2;
        $$->key_locs[0] = @2; $$->elem = $4; $$->loc = @$;
      }
    | '{' fields '}' {
        $$ = type_new(ps->arena, T_RECORD); $$->loc = @$; $$->nfields = $2.count;
        $$->fields = ar_alloc(ps->arena, sizeof(Field) * (size_t)($2.count + 1));
        for (int i = 0; i < $2.count; i++) $$->fields[i] = *(Field *)$2.items[i];
      }
    ;

period
    : WEEK                  { $$ = PER_WEEK; }
    | MONTH                 { $$ = PER_MONTH; }
    ;

opt_valid
    : %empty                { $$.lo = $$.hi = NULL; }
    | '(' literal_cell DOTDOT literal_cell ')'  { $$.lo = $2; $$.hi = $4; }
    ;

fields
    : field                 { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | fields ',' field      { $$ = $1; plist_add(ps->arena, &$$, $3); }
    | fields ','            { $$ = $1; }
    ;

field
    : field_name ':' type opt_default input_mods opt_desc {
        $$ = NEW(Field); $$->name = $1; $$->loc = @1; $$->type = $3; $$->deflt = $4;
        $$->optional = $5.optional; $$->desc = $6;
      }
    ;

field_name
    : IDENT | MINUTES | HOURS | DAYS
    | WEEK { $$ = "week"; } | MONTH { $$ = "month"; }
    ;

/* ---- tables ---- */

table_decl
    : TABLE IDENT ':' IDENT ARROW type opt_effective opt_cites rows {
        $$ = NEW(Decl); $$->kind = D_TABLE; $$->name = $2; $$->loc = @2;
        Type *t = type_new(ps->arena, T_TABLE); t->nkeys = 1; t->key_names[0] = $4;
        t->key_locs[0] = @4; t->elem = $6; t->loc = @4;
        $$->u.table.type = t;
        $$->u.table.has_effective = $7.on; $$->u.table.effective = $7.from;
        $$->u.table.has_until = $7.has_until; $$->u.table.until = $7.until;
        $$->u.table.cites = cites_of(ps, &$8);
        $$->u.table.nrows = $9.count;
        $$->u.table.rows = ar_alloc(ps->arena, sizeof(TableRow) * (size_t)($9.count + 1));
        for (int i = 0; i < $9.count; i++) $$->u.table.rows[i] = *(TableRow *)$9.items[i];
      }
    | TABLE IDENT ':' IDENT ',' int_lit DOTDOT int_lit ARROW type opt_effective opt_cites rows {
        $$ = NEW(Decl); $$->kind = D_TABLE; $$->name = $2; $$->loc = @2;
        Type *t = type_new(ps->arena, T_TABLE); t->nkeys = 2; t->key_names[0] = $4;
        t->key_locs[0] = @4; t->keys[1].lo = $6; t->keys[1].hi = $8; t->key_locs[1] = @6;
        t->elem = $10; t->loc = @4;
        $$->u.table.type = t;
        $$->u.table.has_effective = $11.on; $$->u.table.effective = $11.from;
        $$->u.table.has_until = $11.has_until; $$->u.table.until = $11.until;
        $$->u.table.cites = cites_of(ps, &$12);
        $$->u.table.nrows = $13.count;
        $$->u.table.rows = ar_alloc(ps->arena, sizeof(TableRow) * (size_t)($13.count + 1));
        for (int i = 0; i < $13.count; i++) $$->u.table.rows[i] = *(TableRow *)$13.items[i];
      }
    ;

int_lit
    : NUMBER {
        /* up to 9999 so that a range can be years (stdlib holidays: 2015..2035); the checker
         * bounds its length, so that the cells stay few */
        if (!rat_is_int($1) || $1.num < 0 || $1.num > 9999) {
            diag_error(ps->diags, @1, "a table key range takes whole numbers from 0 to 9999");
            $$ = 0;
        } else {
            $$ = (int)$1.num;
        }
      }
    ;

rows
    : row                   { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | rows row              { $$ = $1; plist_add(ps->arena, &$$, $2); }
    ;

row
    : IDENT cells opt_cites opt_marks {
        $$ = NEW(TableRow); $$->member = $1; $$->loc = @1; $$->ncells = $2.count;
        $$->cells = (Expr **)$2.items; $$->cites = cites_of(ps, &$3);
        $$->clauses = marks_of(ps, &$4);
      }
    | IDENT ARROW IDENT opt_cites opt_marks {
        /* a cell that is an enum member: dressing -> dressing_prosthesis */
        $$ = NEW(TableRow); $$->member = $1; $$->loc = @1; $$->ncells = 1;
        $$->cells = ar_alloc(ps->arena, sizeof(Expr *));
        $$->cells[0] = expr_new(ps->arena, E_NAME, @3); $$->cells[0]->u.id.name = $3;
        $$->cites = cites_of(ps, &$4); $$->clauses = marks_of(ps, &$5);
      }
    ;

/* unverified "reason", or unverified [2, 4..5] "reason" for some cells of a row */
opt_marks
    : %empty                { $$ = (PList){0}; }
    | opt_marks mark_clause { $$ = $1; plist_add(ps->arena, &$$, $2); }
    ;

mark_clause
    : UNVERIFIED STRING     { $$ = NEW(MarkClause); $$->reason = $2; $$->loc = @$; }
    | UNVERIFIED '[' mark_sels ']' STRING {
        $$ = NEW(MarkClause); $$->reason = $5; $$->loc = @$; $$->nsels = $3.count;
        $$->sels = ar_alloc(ps->arena, sizeof(MarkSel) * (size_t)$3.count);
        for (int i = 0; i < $3.count; i++) $$->sels[i] = *(MarkSel *)$3.items[i];
      }
    ;

mark_sels
    : mark_sel              { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | mark_sels ',' mark_sel { $$ = $1; plist_add(ps->arena, &$$, $3); }
    ;

mark_sel
    : int_lit               { $$ = NEW(MarkSel); $$->lo = $$->hi = $1; $$->loc = @$; }
    | int_lit DOTDOT int_lit { $$ = NEW(MarkSel); $$->lo = $1; $$->hi = $3; $$->loc = @$; }
    | int_lit IDENT         { $$ = NEW(MarkSel); $$->lo = $$->hi = $1; $$->part = $2; $$->loc = @$; }
    | int_lit DOTDOT int_lit IDENT {
        $$ = NEW(MarkSel); $$->lo = $1; $$->hi = $3; $$->part = $4; $$->loc = @$;
      }
    | IDENT                 { $$ = NEW(MarkSel); $$->all = true; $$->part = $1; $$->loc = @$; }
    ;

cells
    : cell                  { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | cells cell            { $$ = $1; plist_add(ps->arena, &$$, $2); }
    ;

/* A table cell or a default: a literal, or a range of literals. Its unit comes from the
 * declared type, so a cell of an hours/week table is written 0.57 or 0:34. */
cell
    : literal_cell
    | literal_cell DOTDOT literal_cell {
        $$ = expr_new(ps->arena, E_RANGE, @$); $$->u.range.lo = $1; $$->u.range.hi = $3;
      }
    ;

literal_cell
    : NUMBER                { $$ = expr_new(ps->arena, E_NUMBER, @$); $$->u.num = $1; }
    | '-' NUMBER            { $$ = expr_new(ps->arena, E_NUMBER, @$); rat_neg($2, &$$->u.num); }
    | DURATION              { $$ = expr_new(ps->arena, E_DURATION, @$); $$->u.num = $1; }
    | DATE                  { $$ = expr_new(ps->arena, E_DATE, @$); $$->u.date = $1; }
    | TRUE                  { $$ = expr_new(ps->arena, E_BOOL, @$); $$->u.boolean = true; }
    | FALSE                 { $$ = expr_new(ps->arena, E_BOOL, @$); $$->u.boolean = false; }
    | STRING                { $$ = expr_new(ps->arena, E_TEXT, @$); $$->u.text = $1; }
    ;

/* ---- rules ---- */

rule_decl
    : RULE IDENT opt_param ':' type opt_output opt_desc opt_effective opt_cites opt_marks defs {
        $$ = NEW(Decl); $$->kind = D_RULE; $$->name = $2; $$->loc = @2; $$->desc = $7;
        $$->u.rule.type = $5; $$->u.rule.output = $6 > 0; $$->u.rule.headline = $6 > 1 ? $6 - 1 : 0;
        $$->u.rule.has_effective = $8.on; $$->u.rule.effective = $8.from;
        $$->u.rule.has_until = $8.has_until; $$->u.rule.until = $8.until;
        $$->u.rule.cites = cites_of(ps, &$9);
        $$->u.rule.clauses = marks_of(ps, &$10);
        $$->u.rule.ndefs = $11.count;
        $$->u.rule.defs = ar_alloc(ps->arena, sizeof(Definition) * (size_t)($11.count + 1));
        for (int i = 0; i < $11.count; i++) $$->u.rule.defs[i] = *(Definition *)$11.items[i];
        $$->u.rule.param = ps->param; $$->u.rule.param_loc = ps->param_loc;
        $$->u.rule.param_enum = ps->param_enum; $$->u.rule.param_enum_loc = ps->param_enum_loc;
      }
    ;

opt_param
    : %empty                { ps->param = NULL; ps->param_enum = NULL; }
    | '[' IDENT ':' IDENT ']' {
        ps->param = $2; ps->param_loc = @2; ps->param_enum = $4; ps->param_enum_loc = @4;
      }
    ;

/* output, or output N: a headline result, shown N-th among the headlines (eval, whatif) */
opt_output
    : %empty                { $$ = 0; }
    | OUTPUT                { $$ = 1; }
    | OUTPUT NUMBER {
        if (!rat_is_int($2) || $2.num < 1 || $2.num > 999) {
            diag_error(ps->diags, @2, "a headline's place after 'output' takes a whole number from 1 to 999");
            $$ = 1;
        } else {
            $$ = 1 + (int)$2.num;
        }
      }
    ;

opt_effective
    : %empty                { $$.on = false; $$.from = 0; $$.has_until = false; $$.until = 0; }
    | EFFECTIVE DATE        { $$.on = true; $$.from = $2; $$.has_until = false; $$.until = 0; }
    | EFFECTIVE DATE UNTIL DATE { $$.on = true; $$.from = $2; $$.has_until = true; $$.until = $4; }
    ;

opt_cites
    : %empty                { $$ = (PList){0}; }
    | cites
    ;

cites
    : CITE cite_item        { $$ = (PList){0}; plist_add(ps->arena, &$$, $2); }
    | cites ',' cite_item   { $$ = $1; plist_add(ps->arena, &$$, $3); }
    | cites CITE cite_item  { $$ = $1; plist_add(ps->arena, &$$, $3); }
    ;

cite_item
    : STRING                { $$ = NEW(Cite); $$->text = $1; $$->loc = @1; }
    ;

defs
    : '=' expr opt_cites opt_reason opt_marks exceptions {
        Definition *d = NEW(Definition); d->value = $2; d->cites = cites_of(ps, &$3);
        d->loc = @2; d->reason = $4;
        d->clauses = marks_of(ps, &$5);
        $$ = (PList){0}; plist_add(ps->arena, &$$, d);
        for (int i = 0; i < $6.count; i++) plist_add(ps->arena, &$$, $6.items[i]);
      }
    | exception exceptions {
        $$ = (PList){0}; plist_add(ps->arena, &$$, $1);
        for (int i = 0; i < $2.count; i++) plist_add(ps->arena, &$$, $2.items[i]);
      }
    ;

exceptions
    : %empty                { $$ = (PList){0}; }
    | exceptions exception  { $$ = $1; plist_add(ps->arena, &$$, $2); }
    ;

exception
    : WHEN expr opt_priority FATARROW expr opt_cites opt_reason opt_marks {
        $$ = NEW(Definition); $$->cond = $2; $$->value = $5; $$->priority = $3;
        $$->cites = cites_of(ps, &$6); $$->loc = @1; $$->reason = $7;
        $$->clauses = marks_of(ps, &$8);
      }
    ;

/* because "bathing is ranked {ranks[t]}, so ...": the reason in words (reason_parse). */
opt_reason
    : %empty                { $$ = NULL; }
    | BECAUSE STRING        { $$ = reason_parse(ps, $2, @2); }
    ;

opt_priority
    : %empty                { $$ = 1; }
    | PRIORITY int_lit      { $$ = $2; }
    ;

/* ---- expressions ---- */

expr
    : operand
    | IF expr THEN expr ELSE expr {
        $$ = expr_new(ps->arena, E_IF, @$);
        $$->u.cond.cond = $2; $$->u.cond.then = $4; $$->u.cond.els = $6;
      }
    ;

operand
    : primary
    | operand OR operand    { $$ = binary(ps, @$, OP_OR, $1, $3); }
    | operand AND operand   { $$ = binary(ps, @$, OP_AND, $1, $3); }
    | NOT operand           { $$ = expr_new(ps->arena, E_UNARY, @$); $$->u.op.op = OP_NOT; $$->u.op.a = $2; }
    | operand EQ operand    { $$ = binary(ps, @$, OP_EQ, $1, $3); }
    | operand NE operand    { $$ = binary(ps, @$, OP_NE, $1, $3); }
    | operand '<' operand   { $$ = binary(ps, @$, OP_LT, $1, $3); }
    | operand LE operand    { $$ = binary(ps, @$, OP_LE, $1, $3); }
    | operand '>' operand   { $$ = binary(ps, @$, OP_GT, $1, $3); }
    | operand GE operand    { $$ = binary(ps, @$, OP_GE, $1, $3); }
    | operand IN operand    { $$ = binary(ps, @$, OP_IN, $1, $3); }
    | operand DOTDOT operand {
        $$ = expr_new(ps->arena, E_RANGE, @$); $$->u.range.lo = $1; $$->u.range.hi = $3;
      }
    | operand '+' operand   { $$ = binary(ps, @$, OP_ADD, $1, $3); }
    | operand '-' operand   { $$ = binary(ps, @$, OP_SUB, $1, $3); }
    | operand '*' operand   { $$ = binary(ps, @$, OP_MUL, $1, $3); }
    | operand '/' operand   { $$ = binary(ps, @$, OP_DIV, $1, $3); }
    | operand '/' period    { $$ = expr_new(ps->arena, E_PER, @$); $$->u.per.a = $1; $$->u.per.period = $3; }
    | '-' operand %prec UMINUS {
        $$ = expr_new(ps->arena, E_UNARY, @$); $$->u.op.op = OP_NEG; $$->u.op.a = $2;
      }
    ;

primary
    : NUMBER                { $$ = expr_new(ps->arena, E_NUMBER, @$); $$->u.num = $1; }
    | NUMBER DAYS           { $$ = expr_new(ps->arena, E_DAYS_LIT, @$); $$->u.num = $1; }
    | NUMBER MINUTES        { $$ = expr_new(ps->arena, E_DURATION, @$); $$->u.num = $1; }
    | NUMBER HOURS {
        $$ = expr_new(ps->arena, E_DURATION, @$);
        if (!rat_mul($1, rat_int(60), &$$->u.num)) {
            diag_error(ps->diags, @$, "duration is too large");
            $$->u.num = rat_int(0);
        }
      }
    | DURATION              { $$ = expr_new(ps->arena, E_DURATION, @$); $$->u.num = $1; }
    | DATE                  { $$ = expr_new(ps->arena, E_DATE, @$); $$->u.date = $1; }
    | TRUE                  { $$ = expr_new(ps->arena, E_BOOL, @$); $$->u.boolean = true; }
    | FALSE                 { $$ = expr_new(ps->arena, E_BOOL, @$); $$->u.boolean = false; }
    | STRING                { $$ = expr_new(ps->arena, E_TEXT, @$); $$->u.text = $1; }
    | IDENT                 { $$ = expr_new(ps->arena, E_NAME, @$); $$->u.id.name = $1; }
    | primary '.' field_name {
        $$ = expr_new(ps->arena, E_FIELD, @$); $$->u.field.obj = $1; $$->u.field.name = $3;
      }
    | primary '[' expr ']' {
        $$ = expr_new(ps->arena, E_INDEX, @$); $$->u.index.obj = $1;
        $$->u.index.args[0] = $3; $$->u.index.nargs = 1;
      }
    | primary '[' expr ',' expr ']' {
        $$ = expr_new(ps->arena, E_INDEX, @$); $$->u.index.obj = $1;
        $$->u.index.args[0] = $3; $$->u.index.args[1] = $5; $$->u.index.nargs = 2;
      }
    | '(' expr ')'          { $$ = $2; }
    | IDENT '(' args ')' {
        $$ = expr_new(ps->arena, E_CALL, @$); $$->u.call.name = $1;
        $$->u.call.args = (Expr **)$3.items; $$->u.call.nargs = $3.count;
      }
    | IDENT '(' ')' {
        $$ = expr_new(ps->arena, E_CALL, @$); $$->u.call.name = $1;
      }
    | IDENT '(' expr FOR IDENT IN expr ')' {
        $$ = expr_new(ps->arena, E_COMPREHENSION, @$); $$->u.comp.fn = $1;
        $$->u.comp.body = $3; $$->u.comp.var = $5; $$->u.comp.var_loc = @5;
        $$->u.comp.source = $7;
      }
    | IDENT '(' expr FOR IDENT IN expr WHERE expr ')' {
        $$ = expr_new(ps->arena, E_COMPREHENSION, @$); $$->u.comp.fn = $1;
        $$->u.comp.body = $3; $$->u.comp.var = $5; $$->u.comp.var_loc = @5;
        $$->u.comp.source = $7; $$->u.comp.where = $9;
      }
    ;

args
    : expr                  { $$ = (PList){0}; plist_add(ps->arena, &$$, $1); }
    | args ',' expr         { $$ = $1; plist_add(ps->arena, &$$, $3); }
    ;

%%

/* "unexpected ')', expected an expression": the token found and what could have come,
 * with the many tokens that can start an expression or a declaration named as such. */
static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, ParseState *ps)
{
    (void)scanner;
    const Loc *loc = yypcontext_location(ctx);
    /* the lexer already explained this line (a stray character): one error is enough */
    if (ps->lex_error_line == loc->first_line)
        return 0;
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    yysymbol_kind_t got = yypcontext_token(ctx);
    bool expr = false, decl = false;
    for (int i = 0; i < n; i++) {
        expr |= expected[i] == YYSYMBOL_NUMBER;
        decl |= expected[i] == YYSYMBOL_RULE;
    }
    bool want_name = false, want_compare = false, after_value = decl;
    for (int i = 0; i < n; i++) {
        want_name |= expected[i] == YYSYMBOL_IDENT;
        want_compare |= expected[i] == YYSYMBOL_EQ || expected[i] == YYSYMBOL_LE;
        /* a value has just ended: an operator, 'cite' or 'when' could follow */
        after_value |= expected[i] == YYSYMBOL_CITE || expected[i] == YYSYMBOL_AND
            || !strcmp(yysymbol_name(expected[i]), "'+'");
    }
    const char *gname = yysymbol_name(got);
    /* a reserved word is named as written ("day", not the token's "'days'") */
    bool keyword = gname[0] == '\'' && gname[1] >= 'a' && gname[1] <= 'z';
    const char *written = keyword && loc->src ? loc_text(ps->arena, *loc) : NULL;
    Buf b; buf_init(&b);
    if (got == YYSYMBOL_YYEOF)
        buf_puts(&b, "unexpected end of file");
    else if (written && *written)
        buf_printf(&b, "unexpected '%s'", written);
    else
        buf_printf(&b, "unexpected %s", gname);
    const char *names[YYNTOKENS];
    int count = 0;
    if (expr) names[count++] = "an expression";
    if (decl) names[count++] = "a declaration (import, enum, input, table, rule)";
    for (int i = 0; i < n; i++) {
        yysymbol_kind_t k = expected[i];
        bool starts_expr = k == YYSYMBOL_NUMBER || k == YYSYMBOL_DURATION || k == YYSYMBOL_DATE
            || k == YYSYMBOL_IDENT || k == YYSYMBOL_STRING || k == YYSYMBOL_IF || k == YYSYMBOL_NOT
            || k == YYSYMBOL_TRUE || k == YYSYMBOL_FALSE || !strcmp(yysymbol_name(k), "'-'")
            || !strcmp(yysymbol_name(k), "'('");
        bool starts_decl = k == YYSYMBOL_IMPORT || k == YYSYMBOL_ENUM || k == YYSYMBOL_INPUT
            || k == YYSYMBOL_TABLE || k == YYSYMBOL_RULE;
        if ((expr && starts_expr) || (decl && starts_decl))
            continue;
        names[count++] = yysymbol_name(k);
    }
    if (count > 0) {
        buf_puts(&b, ", expected ");
        int shown = count > 5 ? 4 : count;
        for (int i = 0; i < shown; i++) {
            if (i) buf_puts(&b, i == count - 1 ? " or " : ", ");
            buf_puts(&b, names[i]);
        }
        if (count > shown)
            buf_puts(&b, " or another");
    }
    /* the slips a newcomer from other languages makes, with what to write instead */
    bool compare = got == YYSYMBOL_EQ || got == YYSYMBOL_NE || got == YYSYMBOL_LE || got == YYSYMBOL_GE
        || !strcmp(gname, "'<'") || !strcmp(gname, "'>'");
    /* a word one would take for a name (not 'cite' after '+': that is a missing operand) */
    static const char *const namelike[] = { "week", "month", "day", "days", "hour", "hours", "minute",
        "minutes", "list", "range", "of", "output", "optional", "asof", "priority", "effective", "until",
        "where", "for", "in", "because", "table", "input", "enum", "import", "whole", NULL };
    bool looks_like_name = !expr;
    for (int i = 0; namelike[i] && written && !looks_like_name; i++)
        looks_like_name = !strcmp(written, namelike[i]);
    if (keyword && want_name && looks_like_name)
        buf_printf(&b, "; '%s' is a reserved word of cite: choose another name", written ? written : gname);
    else if (!strcmp(gname, "'='") && !want_compare && after_value)
        buf_puts(&b, "; to compare, write '==' ('=' only introduces a value)");
    else if (compare && !want_compare && after_value)
        buf_puts(&b, "; comparisons do not chain: write 'n in 1..3' for a range, or join two with 'and'");
    diag_error(ps->diags, *loc, "%s", buf_cstr(&b));
    buf_free(&b);
    return 0;
}

void parse_add_decl(ParseState *ps, Decl *d)
{
    Module *m = ps->module;
    if (m->ndecls == m->cap) {
        int ncap = m->cap ? m->cap * 2 : 16;
        m->decls = ar_grow(ps->arena, m->decls, sizeof(Decl *), (size_t)m->cap, (size_t)ncap);
        m->cap = ncap;
    }
    d->module = m->name;
    m->decls[m->ndecls++] = d;
}
