/* check.c: everything that can be known before a case is read. Names are resolved in
 * place, types and units are checked, table literals become constant values, and the
 * errors an analyst can make (no citation, a unit mismatch, a cycle, two exceptions that
 * can both apply) are reported with their place in the source. */
#include "program.h"
#include "builtins.h"
#include "limit.h"

#include <stdint.h>
#include <string.h>

typedef struct Scope { const char *name; Type *type; int slot; } Scope;

typedef struct Checker {
    Program *p;
    Arena *a;
    Diags *d;
    Type *t_error, *t_bool, *t_number, *t_text, *t_date, *t_days, *t_dur[3];
    Scope scope[MAX_SCOPE];
    int nscope;
    Decl *rule;             /* rule being checked: collects deps and reads */
    int nslots;
} Checker;


/* ---- small helpers ---- */

static const char *tname(Checker *c, const Type *t) { return type_name(c->a, t); }

static bool is_error(const Type *t) { return !t || t->kind == T_ERROR; }

static const char *kind_word(DeclKind k)
{
    switch (k) {
    case D_ENUM: return "enum";
    case D_INPUT: return "input";
    case D_TABLE: return "table";
    case D_RULE: return "rule";
    default: return "declaration";
    }
}

static Decl *find_enum(const Program *p, const char *name) { return program_find_enum(p, name); }

static void consider(const char *wrong, const char *cand, const char **best, int *best_dist)
{
    diag_consider(wrong, cand, best, best_dist);
}

static void unknown_name(Checker *c, Loc loc, const char *what, const char *name)
{
    if (c->d->errors >= c->d->max_errors) {
        diag_error(c->d, loc, "unknown %s '%s'", what, name);   /* not shown: no suggestion to compute */
        return;
    }
    const char *best = NULL;
    int dist = 1000;
    for (int i = c->nscope - 1; i >= 0; i--)
        consider(name, c->scope[i].name, &best, &dist);
    const char *global = program_suggest(c->p, name);
    if (global && (!best || diag_edit_distance(name, global) < dist))
        best = global;
    if (best)
        diag_error(c->d, loc, "unknown %s '%s'; did you mean '%s'?", what, name, best);
    else
        diag_error(c->d, loc, "unknown %s '%s'", what, name);
}


/* ---- pass 1: one namespace for every declaration ---- */

/* Whether the baseline's version `base` stays beside the reform's dated versions that start
 * at `reform`; if so it ends where the first of them begins. A baseline
 * version without a date is in force from the beginning of time. */
static bool reform_adds_version(Checker *c, Decl *reform, Decl *base)
{
    bool rule = reform->kind == D_RULE;
    if (!(rule ? reform->u.rule.has_effective : reform->u.table.has_effective))
        return false;   /* an undated reform rule replaces every version, as in v1 */
    Date start = INT32_MAX;
    for (Decl *v = reform; v; v = v->next_version)
        if (v->module_index < c->p->noverride) {
            Date from = rule ? v->u.rule.effective : v->u.table.effective;
            if (from < start) start = from;
        }
    bool *has_eff = rule ? &base->u.rule.has_effective : &base->u.table.has_effective;
    Date *from = rule ? &base->u.rule.effective : &base->u.table.effective;
    bool *has_until = rule ? &base->u.rule.has_until : &base->u.table.has_until;
    Date *until = rule ? &base->u.rule.until : &base->u.table.until;
    if (!*has_eff)
        *from = INT32_MIN;
    if (*from >= start)
        return false;   /* superseded: the reform is in force over all of its days */
    if (*has_until && *until > start)
        *until = start;   /* without 'until' it already ends where the next version starts */
    return true;
}

static void register_decl(Checker *c, Decl *d, bool replaceable)
{
    Program *p = c->p;
    Decl *prev = program_lookup(p, d->name);
    /* a reform's rule or table replaces the baseline's of the same name, unless the reform's
     * versions carry 'effective': then they are added beside the baseline's, which end where
     * the reform's first version begins (doc/contract.md 3 v2) */
    if (prev && replaceable && prev->module_index < p->noverride && prev->kind == d->kind
        && (d->kind == D_RULE || d->kind == D_TABLE)) {
        if (!reform_adds_version(c, prev, d))
            return;
        Decl *last = prev;
        while (last->next_version)
            last = last->next_version;
        last->next_version = d;
        return;
    }
    if (prev && prev->kind == d->kind && (d->kind == D_RULE || d->kind == D_TABLE)) {
        bool eff_a = d->kind == D_RULE ? prev->u.rule.has_effective : prev->u.table.has_effective;
        bool eff_b = d->kind == D_RULE ? d->u.rule.has_effective : d->u.table.has_effective;
        if (eff_a && eff_b) {
            Decl *last = prev;
            while (last->next_version)
                last = last->next_version;
            last->next_version = d;
            return;
        }
        diag_error(c->d, d->loc, "%s '%s' is declared twice; to add a version in force from a date, "
                   "give every version an 'effective' date", kind_word(d->kind), d->name);
        diag_note(c->d, prev->loc, "the other declaration of '%s'", d->name);
        return;
    }
    if (prev) {
        diag_error(c->d, d->loc, "'%s' is already declared as %s %s", d->name,
                   prev->kind == D_INPUT || prev->kind == D_ENUM ? "an" : "a", kind_word(prev->kind));
        diag_note(c->d, prev->loc, "the other declaration of '%s'", d->name);
        return;
    }
    program_add_name(p, d);
    switch (d->kind) {
    case D_ENUM:  d->index = p->nenums;  AR_PUSH(&p->arena, p->enums, p->nenums, d); break;
    case D_INPUT: d->index = p->ninputs; AR_PUSH(&p->arena, p->inputs, p->ninputs, d); break;
    case D_TABLE: d->index = p->ntables; AR_PUSH(&p->arena, p->tables, p->ntables, d); break;
    case D_RULE:  d->index = p->nrules;  AR_PUSH(&p->arena, p->rules, p->nrules, d); break;
    default: break;
    }
}

/* ---- enums ---- */

static void resolve_enum(Checker *c, Decl *e, int depth)
{
    if (e->u.enm.root || depth > 16)
        return;
    if (e->u.enm.nmembers > PROGRAM_MAX_MEMBERS) {
        diag_error(c->d, e->loc, "enum %s has %d members; the limit is %d", e->name, e->u.enm.nmembers,
                   PROGRAM_MAX_MEMBERS);
        e->u.enm.nmembers = PROGRAM_MAX_MEMBERS;
    }
    for (int i = 0; i < e->u.enm.nmembers; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(e->u.enm.members[i].name, e->u.enm.members[j].name) == 0)
                diag_error(c->d, e->u.enm.members[i].loc, "'%s' is listed twice in enum %s",
                           e->u.enm.members[i].name, e->name);
    int n = e->u.enm.nmembers;
    e->u.enm.root_index = ar_alloc(c->a, sizeof(int) * (size_t)(n + 1));
    if (!e->u.enm.parent_name) {
        e->u.enm.root = e;
        for (int i = 0; i < n; i++)
            e->u.enm.root_index[i] = i;
    } else {
        Decl *parent = find_enum(c->p, e->u.enm.parent_name);
        if (!parent) {
            unknown_name(c, e->u.enm.parent_loc, "enum", e->u.enm.parent_name);
            e->u.enm.parent_name = NULL;
            resolve_enum(c, e, depth + 1);
            return;
        }
        if (parent == e || depth == 16) {
            diag_error(c->d, e->u.enm.parent_loc, "enum %s is a subset of itself", e->name);
            e->u.enm.parent_name = NULL;
            resolve_enum(c, e, depth + 1);
            return;
        }
        resolve_enum(c, parent, depth + 1);
        e->u.enm.parent = parent;
        e->u.enm.root = parent->u.enm.root ? parent->u.enm.root : parent;
        for (int i = 0; i < n; i++) {
            int local = enum_find_member(parent, e->u.enm.members[i].name);
            if (local < 0) {
                diag_error(c->d, e->u.enm.members[i].loc, "'%s' is not a member of %s, so it cannot be in its subset %s",
                           e->u.enm.members[i].name, parent->name, e->name);
                e->u.enm.root_index[i] = 0;
            } else {
                e->u.enm.root_index[i] = parent->u.enm.root_index[local];
            }
        }
    }
    Decl *root = e->u.enm.root;
    int rn = root->u.enm.nmembers;
    e->u.enm.local_index = ar_alloc(c->a, sizeof(int) * (size_t)(rn + 1));
    for (int j = 0; j < rn; j++)
        e->u.enm.local_index[j] = -1;
    for (int i = 0; i < n; i++)
        e->u.enm.local_index[e->u.enm.root_index[i]] = i;
}

/* Can a value of enum `from` be used where enum `to` is expected (same root)? */
static bool enum_compatible(const Decl *from, const Decl *to)
{
    return from && to && from->u.enm.root == to->u.enm.root;
}

/* ---- types ---- */

static bool const_value(Checker *c, Expr *e, Type *t, Value *out);

static void check_whole_default(Checker *c, const Type *t, const Expr *e, const Value *v)
{
    if (t->whole && v->kind == V_NUMBER && !rat_is_int(v->u.r))
        diag_error(c->d, e->loc, "the default of a whole number must be a whole number");
}

static void resolve_type(Checker *c, Type *t)
{
    if (!t)
        return;
    if (t->kind == T_ERROR && t->enum_name) {
        static const struct { const char *name; TypeKind kind; } basic[] = {
            { "bool", T_BOOL }, { "number", T_NUMBER }, { "text", T_TEXT }, { "date", T_DATE },
        };
        for (size_t i = 0; i < sizeof basic / sizeof basic[0]; i++)
            if (strcmp(t->enum_name, basic[i].name) == 0)
                t->kind = basic[i].kind;
        if (t->kind == T_ERROR) {
            Decl *e = find_enum(c->p, t->enum_name);
            if (e) {
                t->kind = T_ENUM;
                t->enm = e;
            } else {
                const char *best = NULL;
                int dist = 1000;
                const char *words[] = { "bool", "number", "text", "date", "days", "hours", "minutes" };
                for (size_t i = 0; i < 7; i++)
                    consider(t->enum_name, words[i], &best, &dist);
                for (int i = 0; i < c->p->nenums; i++)
                    consider(t->enum_name, c->p->enums[i]->name, &best, &dist);
                if (best)
                    diag_error(c->d, t->loc, "unknown type '%s'; did you mean '%s'?", t->enum_name, best);
                else
                    diag_error(c->d, t->loc, "unknown type '%s' (bool, number, text, date, days, hours, "
                               "hours/week, hours/month, or an enum)", t->enum_name);
            }
        }
    }
    if (t->kind == T_TABLE) {
        for (int i = 0; i < t->nkeys; i++) {
            if (!t->key_names[i])
                continue;       /* an integer range */
            Decl *e = find_enum(c->p, t->key_names[i]);
            if (!e)
                unknown_name(c, t->key_locs[i], "enum", t->key_names[i]);
            t->keys[i].enm = e;
            if (!e)
                t->kind = T_ERROR;
        }
    }
    if (t->elem)
        resolve_type(c, t->elem);
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        for (int j = 0; j < i; j++)
            if (strcmp(t->fields[j].name, f->name) == 0)
                diag_error(c->d, f->loc, "field '%s' is listed twice", f->name);
        resolve_type(c, f->type);
        if (f->deflt) {
            f->deflt_value = ar_alloc(c->a, sizeof(Value));
            if (const_value(c, f->deflt, f->type, f->deflt_value))
                check_whole_default(c, f->type, f->deflt, f->deflt_value);
        }
    }
    if (t->whole && !is_error(t) && t->kind != T_NUMBER) {
        diag_error(c->d, t->loc, "only a number can be whole ('whole number'); %s", t->kind == T_DAYS
                   ? "days are whole already: write 'days'" : "this is not a count");
        t->whole = false;
    }
    if (t->valid_lo) {
        if (t->kind != T_NUMBER && t->kind != T_DURATION && t->kind != T_DAYS && t->kind != T_DATE) {
            diag_error(c->d, t->valid_lo->loc, "only numbers, durations, days and dates take a range of allowed values");
        } else {
            t->valid = ar_alloc(c->a, 2 * sizeof(Value));
            if (const_value(c, t->valid_lo, t, &t->valid[0]) && const_value(c, t->valid_hi, t, &t->valid[1])) {
                const Value *lo = &t->valid[0], *hi = &t->valid[1];
                bool bad = lo->kind == V_DATE ? lo->u.d > hi->u.d : rat_cmp(lo->u.r, hi->u.r) > 0;
                if (bad)
                    diag_error(c->d, t->valid_lo->loc, "the range of allowed values is empty (low above high)");
                else if (t->whole && (!rat_is_int(lo->u.r) || !rat_is_int(hi->u.r)))
                    diag_error(c->d, t->valid_lo->loc, "a whole number's range of allowed values is "
                               "written with whole numbers, as in 'whole number (1..6)'");
            } else {
                t->valid = NULL;
            }
        }
    }
}

/* What a literal of type t looks like, for "expected ... here" ('a literal days' said nothing). */
static const char *literal_words(Checker *c, const Type *t)
{
    switch (t->kind) {
    case T_BOOL: return "true or false";
    case T_NUMBER: return "a number";
    case T_DAYS: return "a whole number of days";
    case T_TEXT: return "a text in double quotes";
    case T_DATE: return "a date (YYYY-MM-DD)";
    case T_DURATION: return "a duration (H:MM)";
    case T_ENUM: return ar_printf(c->a, "a member of %s", t->enm->name);
    case T_RANGE: return ar_printf(c->a, "a range LOW..HIGH of %s", tname(c, t->elem));
    default: return ar_printf(c->a, "a literal %s", tname(c, t));
    }
}

/* A literal written in a table, a default or a validation range, read as type t: a bare
 * number in an hours/week table is hours, H:MM is hours and minutes. */
static bool const_value(Checker *c, Expr *e, Type *t, Value *out)
{
    memset(out, 0, sizeof *out);
    if (is_error(t))
        return false;
    switch (t->kind) {
    case T_BOOL:
        if (e->kind == E_BOOL) { *out = value_bool(e->u.boolean); return true; }
        break;
    case T_NUMBER:
        if (e->kind == E_NUMBER) { *out = value_number(e->u.num); return true; }
        break;
    case T_DAYS:
        if (e->kind == E_NUMBER && rat_is_int(e->u.num)) {
            out->kind = V_DAYS; out->u.r = e->u.num; return true;
        }
        break;
    case T_TEXT:
        if (e->kind == E_TEXT) { out->kind = V_TEXT; out->u.s = e->u.text; return true; }
        break;
    case T_ENUM:
        if (e->kind == E_NAME) {
            int local = enum_find_member(t->enm, e->u.id.name);
            if (local < 0) {
                diag_error(c->d, e->loc, "'%s' is not a member of %s", e->u.id.name, t->enm->name);
                return false;
            }
            out->kind = V_ENUM;
            out->u.member = t->enm->u.enm.root_index[local];
            return true;
        }
        break;
    case T_DATE:
        if (e->kind == E_DATE) { out->kind = V_DATE; out->u.d = e->u.date; return true; }
        break;
    case T_DURATION:
        if (e->kind == E_DURATION) { *out = value_duration(e->u.num, t->period); return true; }
        if (e->kind == E_NUMBER) {
            Rat minutes = e->u.num;
            if (!t->in_minutes && !rat_mul(e->u.num, rat_int(60), &minutes)) {
                diag_error(c->d, e->loc, "number is too large");
                return false;
            }
            *out = value_duration(minutes, t->period);
            return true;
        }
        break;
    case T_RANGE:
        if (e->kind == E_RANGE) {
            Value *items = ar_alloc(c->a, 2 * sizeof(Value));
            if (!const_value(c, e->u.range.lo, t->elem, &items[0]) || !const_value(c, e->u.range.hi, t->elem, &items[1]))
                return false;
            out->kind = V_RANGE;
            out->period = items[0].period;
            out->u.agg.items = items;
            out->u.agg.count = 2;
            if (value_cmp(&items[0], &items[1]) > 0)
                diag_error(c->d, e->loc, "range runs backwards (low above high)");
            return true;
        }
        break;
    default:
        break;
    }
    diag_error(c->d, e->loc, "expected %s here", literal_words(c, t));
    return false;
}

/* ---- expressions ---- */

static Type *check_expr(Checker *c, Expr *e);

static void add_dep(Checker *c, Decl *rule)
{
    if (!c->rule)
        return;
    for (int i = 0; i < c->rule->u.rule.ndeps; i++)
        if (c->rule->u.rule.deps[i] == rule)
            return;
    AR_PUSH(c->a, c->rule->u.rule.deps, c->rule->u.rule.ndeps, rule);
}

static void add_read(Checker *c, Decl *input)
{
    if (!c->rule)
        return;
    for (int i = 0; i < c->rule->u.rule.nreads; i++)
        if (c->rule->u.rule.reads[i] == input)
            return;
    AR_PUSH(c->a, c->rule->u.rule.reads, c->rule->u.rule.nreads, input);
}

static Scope *find_var(Checker *c, const char *name)
{
    for (int i = c->nscope - 1; i >= 0; i--)
        if (strcmp(c->scope[i].name, name) == 0)
            return &c->scope[i];
    return NULL;
}

static int push_var(Checker *c, const char *name, Type *type, Loc loc)
{
    if (c->nscope == MAX_SCOPE) {
        diag_error(c->d, loc, "more than %d nested loops", MAX_SCOPE);
        return -1;
    }
    int slot = c->nslots++;
    c->scope[c->nscope++] = (Scope){ name, type, slot };
    return slot;
}

/* A bare member name (IPO), found in whichever root enum has it; NULL if none or ambiguous. */
static Decl *find_member(Checker *c, const char *name, int *index, bool *ambiguous)
{
    Decl *found = NULL;
    *ambiguous = false;
    for (int i = 0; i < c->p->nenums; i++) {
        Decl *e = c->p->enums[i];
        if (e->u.enm.parent_name)
            continue;
        int k = enum_find_member(e, name);
        if (k >= 0) {
            if (found)
                *ambiguous = true;
            found = e;
            *index = k;
        }
    }
    return found;
}

static Type *enum_type(Checker *c, Decl *e)
{
    Type *t = type_new(c->a, T_ENUM);
    t->enm = e;
    return t;
}

static Type *table_of_rule(Checker *c, Decl *rule)
{
    Type *t = type_new(c->a, T_TABLE);
    t->nkeys = 1;
    t->keys[0].enm = rule->u.rule.param_decl;
    t->elem = rule->u.rule.type;
    return t;
}

static Type *check_name(Checker *c, Expr *e)
{
    const char *name = e->u.id.name;
    Scope *v = find_var(c, name);
    if (v) {
        e->u.id.ref = REF_VAR;
        e->u.id.var = v->slot;
        return v->type;
    }
    Decl *d = program_find(c->p, name);
    if (d) {
        e->u.id.decl = d;
        switch (d->kind) {
        case D_INPUT:
            e->u.id.ref = REF_INPUT;
            add_read(c, d);
            return d->u.input.type;
        case D_RULE:
            e->u.id.ref = REF_RULE;
            add_dep(c, d);
            if (is_error(d->u.rule.type))
                return c->t_error;
            return d->u.rule.param_decl ? table_of_rule(c, d) : d->u.rule.type;
        case D_TABLE:
            e->u.id.ref = REF_TABLE;
            return d->u.table.type;
        default:
            break;
        }
    }
    int index;
    bool ambiguous;
    Decl *enm = find_member(c, name, &index, &ambiguous);
    if (enm) {
        if (ambiguous)
            diag_error(c->d, e->loc, "'%s' is a member of more than one enum; write Enum.%s", name, name);
        e->u.id.ref = REF_MEMBER;
        e->u.id.decl = enm;
        e->u.id.member = index;
        return enum_type(c, enm);
    }
    if (find_enum(c->p, name)) {
        diag_error(c->d, e->loc, "'%s' is an enum, not a value (use %s.member, or loop with 'for x in %s')",
                   name, name, name);
        return c->t_error;
    }
    unknown_name(c, e->loc, "name", name);
    return c->t_error;
}

static bool is_quantity(const Type *t)
{
    return t->kind == T_NUMBER || t->kind == T_DURATION || t->kind == T_DAYS;
}

static bool comparable(const Type *a, const Type *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case T_NUMBER: case T_DAYS: case T_DATE: return true;
    case T_DURATION: return a->period == b->period;
    default: return false;
    }
}

static bool same_value_type(const Type *a, const Type *b)
{
    if (a->kind == T_ENUM && b->kind == T_ENUM)
        return enum_compatible(a->enm, b->enm);
    return type_equal(a, b);
}

static void mismatch(Checker *c, Expr *e, const char *what, Type *a, Type *b)
{
    /* `weekly_need > 20:00`: a literal without a period next to a rate; say how to write it */
    const Expr *lit = e->u.op.b->kind == E_DURATION ? e->u.op.b : e->u.op.a->kind == E_DURATION ? e->u.op.a : NULL;
    const Type *rate = lit == e->u.op.b ? a : b;
    if (lit && a->kind == T_DURATION && b->kind == T_DURATION && rate->period != PER_NONE)
        diag_error(c->d, e->loc, "cannot %s %s and %s: write the time as a rate too, %s/%s",
                   what, tname(c, a), tname(c, b), loc_text(c->a, lit->loc), rate->period == PER_WEEK ? "week" : "month");
    else
        diag_error(c->d, e->loc, "cannot %s %s and %s", what, tname(c, a), tname(c, b));
}

static Type *check_binary(Checker *c, Expr *e)
{
    Op op = e->u.op.op;
    Type *a = check_expr(c, e->u.op.a);
    if (op == OP_IN && e->u.op.b->kind == E_NAME && !find_var(c, e->u.op.b->u.id.name)
        && !program_find(c->p, e->u.op.b->u.id.name) && find_enum(c->p, e->u.op.b->u.id.name)) {
        /* x in GuidedTask: membership of an enum subset */
        Decl *set = find_enum(c->p, e->u.op.b->u.id.name);
        e->u.op.b->u.id.ref = REF_NONE;
        e->u.op.b->u.id.decl = set;
        if (!is_error(a) && (a->kind != T_ENUM || !enum_compatible(a->enm, set)))
            diag_error(c->d, e->loc, "'in %s' needs a member of %s's enum, not %s", set->name, set->name, tname(c, a));
        return c->t_bool;
    }
    Type *b = check_expr(c, e->u.op.b);
    if (is_error(a) || is_error(b))
        return op >= OP_EQ ? c->t_bool : c->t_error;
    switch (op) {
    case OP_AND: case OP_OR:
        if (a->kind != T_BOOL || b->kind != T_BOOL)
            diag_error(c->d, e->loc, "'%s' needs true/false on both sides, not %s and %s", op_text(op), tname(c, a), tname(c, b));
        return c->t_bool;
    case OP_EQ: case OP_NE:
        if (!same_value_type(a, b) || a->kind == T_LIST || a->kind == T_TABLE || a->kind == T_RECORD)
            mismatch(c, e, "compare", a, b);
        return c->t_bool;
    case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        if (!comparable(a, b))
            mismatch(c, e, "compare", a, b);
        return c->t_bool;
    case OP_IN:
        if (b->kind != T_RANGE || !comparable(a, b->elem))
            diag_error(c->d, e->loc, "'in' needs a range of %s on its right, not %s", tname(c, a), tname(c, b));
        return c->t_bool;
    case OP_ADD: case OP_SUB:
        if (a->kind == T_DATE && b->kind == T_DAYS)
            return a;
        if (op == OP_SUB && a->kind == T_DATE && b->kind == T_DATE)
            return c->t_days;
        if (is_quantity(a) && comparable(a, b))
            return a;
        if (a->kind == T_DURATION && b->kind == T_DURATION)
            diag_error(c->d, e->loc, "cannot %s %s and %s: convert one first (per_month or per_week, with its citation)",
                       op == OP_ADD ? "add" : "subtract", tname(c, a), tname(c, b));
        else
            mismatch(c, e, op == OP_ADD ? "add" : "subtract", a, b);
        return c->t_error;
    case OP_MUL:
        if (a->kind == T_NUMBER && is_quantity(b))
            return b;
        if (is_quantity(a) && b->kind == T_NUMBER)
            return a;
        mismatch(c, e, "multiply", a, b);
        return c->t_error;
    case OP_DIV:
        if (is_quantity(a) && b->kind == T_NUMBER)
            return a;
        if (is_quantity(a) && comparable(a, b))
            return c->t_number;
        mismatch(c, e, "divide", a, b);
        return c->t_error;
    default:
        return c->t_error;
    }
}

/* An expression that reads a fact (ranks[t], protective_supervision.requested): has() takes it. */
static bool is_fact_path(const Expr *e)
{
    switch (e->kind) {
    case E_NAME: return e->u.id.ref == REF_INPUT || e->u.id.ref == REF_TABLE;
    case E_FIELD:   /* a fact's field, or a field of a list item (p.soc321_received) */
        return is_fact_path(e->u.field.obj) || (e->u.field.obj->kind == E_NAME && e->u.field.obj->u.id.ref == REF_VAR);
    case E_INDEX: return is_fact_path(e->u.index.obj);
    default: return false;
    }
}

/* ---- built-in functions: one check function per row of builtins.def ---- */

#define BUILTIN(id, name, least, most, values, usage, check, eval) \
    static Type *check(Checker *c, Expr *e, const Builtin *fn);
#include "builtins.def"
#undef BUILTIN

static Type *(*const builtin_check[B_COUNT])(Checker *, Expr *, const Builtin *) = {
#define BUILTIN(id, name, least, most, values, usage, check, eval) [id] = check,
#include "builtins.def"
#undef BUILTIN
};

/* Checks a call's first n arguments, their types into t; false when one of them has an
 * error (reported already, so the function says nothing more). */
static bool check_args(Checker *c, Expr *e, int n, Type **t)
{
    for (int i = 0; i < n; i++)
        t[i] = check_expr(c, e->u.call.args[i]);
    for (int i = 0; i < n; i++)
        if (is_error(t[i]))
            return false;
    return true;
}

static Type *check_call(Checker *c, Expr *e)
{
    const Builtin *fn = builtin_find(e->u.call.name);
    int n = e->u.call.nargs;
    if (!fn) {
        Buf names;
        buf_init(&names);
        for (int i = 0; i < B_COUNT; i++)
            buf_printf(&names, "%s, ", builtin_at(i)->name);
        diag_error(c->d, e->loc, "unknown function '%s' (the functions are %sand sum/count/any/all over 'for')",
                   e->u.call.name, buf_cstr(&names));
        buf_free(&names);
        for (int i = 0; i < n; i++)
            check_expr(c, e->u.call.args[i]);
        return c->t_error;
    }
    e->u.call.fn = fn;
    if (n < fn->min_args || n > fn->max_args) {
        diag_error(c->d, e->loc, "%s takes %s", fn->name, fn->usage);
        return c->t_error;
    }
    return builtin_check[fn->id](c, e, fn);
}

static Type *check_min_max(Checker *c, Expr *e, const Builtin *fn)
{
    Type *t[BUILTIN_MAX_ARGS];
    int n = e->u.call.nargs;
    if (!check_args(c, e, n, t))
        return c->t_error;
    /* what cannot be ordered first: max(text, text) is not a matter of units */
    for (int i = 0; i < n; i++)
        if (!comparable(t[i], t[i])) {
            diag_error(c->d, e->u.call.args[i]->loc, "%s needs numbers, durations, days or dates, not %s", fn->name,
                       tname(c, t[i]));
            return c->t_error;
        }
    for (int i = 1; i < n; i++)
        if (!comparable(t[0], t[i])) {
            diag_error(c->d, e->u.call.args[i]->loc, "%s of %s and %s: the units differ", fn->name, tname(c, t[0]), tname(c, t[i]));
            return c->t_error;
        }
    return t[0];
}

static Type *check_clamp(Checker *c, Expr *e, const Builtin *fn)
{
    (void)fn;
    Type *t[3];
    int n = e->u.call.nargs;
    if (!check_args(c, e, n, t))
        return c->t_error;
    if (n == 2) {
        if (t[1]->kind != T_RANGE || !comparable(t[0], t[1]->elem))
            diag_error(c->d, e->loc, "clamp(x, range) needs a range of %s, not %s", tname(c, t[0]), tname(c, t[1]));
    } else if (!comparable(t[0], t[1]) || !comparable(t[0], t[2])) {
        diag_error(c->d, e->loc, "clamp(x, low, high) needs one unit: %s, %s, %s", tname(c, t[0]), tname(c, t[1]), tname(c, t[2]));
    }
    return t[0];
}

static Type *check_abs(Checker *c, Expr *e, const Builtin *fn)
{
    (void)fn;
    Type *t[1];
    if (!check_args(c, e, 1, t))
        return c->t_error;
    if (!is_quantity(t[0])) {
        diag_error(c->d, e->loc, "abs needs a number or a duration, not %s", tname(c, t[0]));
        return c->t_error;
    }
    return t[0];
}

/* round(x, step, mode): the mode is a name, read here, never evaluated. */
static Type *check_round(Checker *c, Expr *e, const Builtin *fn)
{
    (void)fn;
    Expr **args = e->u.call.args;
    Type *t[2];
    t[0] = check_expr(c, args[0]);
    t[1] = check_expr(c, args[1]);
    if (args[2]->kind != E_NAME || builtin_round_mode(args[2]->u.id.name) < 0) {
        diag_error(c->d, args[2]->loc, "round's mode is one of down, up, half_up, half_even, toward_zero");
        return t[0];
    }
    args[2]->u.id.member = builtin_round_mode(args[2]->u.id.name);
    if (!is_error(t[0]) && !is_error(t[1]) && (!is_quantity(t[0]) || !comparable(t[0], t[1])))
        diag_error(c->d, e->loc, "round(x, step, mode) needs a step of the same unit as x: %s and %s",
                   tname(c, t[0]), tname(c, t[1]));
    return t[0];
}

static Type *check_per(Checker *c, Expr *e, const Builtin *fn)
{
    Type *t[2];
    if (!check_args(c, e, 2, t))
        return c->t_error;
    Period from = fn->id == B_PER_MONTH ? PER_WEEK : PER_MONTH;
    if (t[0]->kind != T_DURATION || t[0]->period != from || t[1]->kind != T_NUMBER) {
        diag_error(c->d, e->loc, "%s(x, weeks_per_month) converts %s, not %s", fn->name,
                   from == PER_WEEK ? "hours/week" : "hours/month", tname(c, t[0]));
        return c->t_error;
    }
    return c->t_dur[fn->id == B_PER_MONTH ? PER_MONTH : PER_WEEK];
}

static Type *check_prorate(Checker *c, Expr *e, const Builtin *fn)
{
    (void)fn;
    Type *t[2];
    if (!check_args(c, e, 2, t))
        return c->t_error;
    if (!is_quantity(t[0]) || t[1]->kind != T_NUMBER) {
        diag_error(c->d, e->loc, "prorate(x, people) divides a quantity by a number of people");
        return c->t_error;      /* one message: not a second one about the rule's type */
    }
    return t[0];
}

static Type *check_has(Checker *c, Expr *e, const Builtin *fn)
{
    (void)fn;
    Type *t[1];
    if (check_args(c, e, 1, t) && !is_fact_path(e->u.call.args[0]))
        diag_error(c->d, e->u.call.args[0]->loc, "has() asks whether a fact or a table entry is given; this is neither");
    return c->t_bool;
}

static Type *check_low_high(Checker *c, Expr *e, const Builtin *fn)
{
    Type *t[1];
    if (!check_args(c, e, 1, t))
        return c->t_error;
    if (t[0]->kind != T_RANGE) {
        diag_error(c->d, e->loc, "%s needs a range, not %s", fn->name, tname(c, t[0]));
        return c->t_error;
    }
    return t[0]->elem;
}

/* The date functions (doc/contract.md 4c): add_months, days_between, weekday,
 * business_days_before/after, is_business_day. */
static Type *check_date(Checker *c, Expr *e, const Builtin *fn)
{
    Type *t[3];
    Expr **args = e->u.call.args;
    int n = e->u.call.nargs;
    if (!check_args(c, e, n, t))
        return c->t_error;
    for (int i = 0; i < n; i++) {
        bool closed_days = (fn->id == B_BUSINESS_BEFORE || fn->id == B_BUSINESS_AFTER) ? i == 2
                         : fn->id == B_IS_BUSINESS_DAY ? i == 1 : false;
        bool count = (fn->id == B_ADD_MONTHS || fn->id == B_BUSINESS_BEFORE || fn->id == B_BUSINESS_AFTER) && i == 1;
        if (closed_days && (t[i]->kind != T_TABLE || t[i]->elem->kind != T_DATE || args[i]->kind != E_NAME
                            || args[i]->u.id.ref != REF_TABLE || !t[i]->keys[0].enm)) {
            diag_error(c->d, args[i]->loc, "%s takes %s: the days closed are the name of a table of dates "
                       "(stdlib holidays: state_holidays), not %s", fn->name, fn->usage,
                       t[i]->kind == T_TABLE ? "a fact or a computed table" : tname(c, t[i]));
            return c->t_error;
        }
        if (count && t[i]->kind != T_NUMBER) {
            diag_error(c->d, args[i]->loc, "%s takes %s: a count is a number, not %s", fn->name, fn->usage, tname(c, t[i]));
            return c->t_error;
        }
        if (!closed_days && !count && t[i]->kind != T_DATE) {
            diag_error(c->d, args[i]->loc, "%s takes %s: this is %s, not a date", fn->name, fn->usage, tname(c, t[i]));
            return c->t_error;
        }
    }
    switch (fn->id) {
    case B_DAYS_BETWEEN: return c->t_days;
    case B_IS_BUSINESS_DAY: return c->t_bool;
    case B_WEEKDAY: {
        /* the days are an enum of stdlib/calendar.cite, so a rule compares them by name */
        static const char *const days[7] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        Decl *w = find_enum(c->p, "Weekday");
        bool ok = w && w->u.enm.root == w && enum_size(w) == 7;
        for (int i = 0; ok && i < 7; i++)
            ok = strcmp(w->u.enm.members[i].name, days[i]) == 0;
        if (!ok) {
            diag_error(c->d, e->loc, "weekday(date) gives a Weekday (monday .. sunday): add 'import calendar', "
                       "the standard module that declares it");
            return c->t_error;
        }
        Type *wt = ar_alloc(c->a, sizeof *wt);
        wt->kind = T_ENUM;
        wt->enm = w;
        wt->loc = e->loc;
        return wt;
    }
    default: return c->t_date;
    }
}

static Type *check_comprehension(Checker *c, Expr *e)
{
    const char *fn = e->u.comp.fn;
    bool is_sum = !strcmp(fn, "sum"), is_count = !strcmp(fn, "count"), is_any = !strcmp(fn, "any"),
         is_all = !strcmp(fn, "all"), is_min = !strcmp(fn, "min"), is_max = !strcmp(fn, "max");
    if (!(is_sum || is_count || is_any || is_all || is_min || is_max)) {
        diag_error(c->d, e->loc, "'%s(... for x in ...)' is not a function; use sum, count, any, all, min or max", fn);
        return c->t_error;
    }
    Expr *src = e->u.comp.source;
    Type *var_type;
    Decl *over_enum = NULL;
    if (src->kind == E_NAME && !find_var(c, src->u.id.name) && !program_find(c->p, src->u.id.name)
        && (over_enum = find_enum(c->p, src->u.id.name)) != NULL) {
        src->u.id.ref = REF_NONE;
        src->u.id.decl = over_enum;
        var_type = enum_type(c, over_enum);
    } else {
        Type *st = check_expr(c, src);
        if (is_error(st))
            return c->t_error;
        if (st->kind != T_LIST) {
            diag_error(c->d, src->loc, "'for %s in' needs a list or an enum, not %s", e->u.comp.var, tname(c, st));
            return c->t_error;
        }
        var_type = st->elem;
    }
    int mark = c->nscope;
    e->u.comp.slot = push_var(c, e->u.comp.var, var_type, e->u.comp.var_loc);
    if (e->u.comp.slot < 0)
        return c->t_error;
    Type *body = check_expr(c, e->u.comp.body);
    if (e->u.comp.where) {
        Type *w = check_expr(c, e->u.comp.where);
        if (!is_error(w) && w->kind != T_BOOL)
            diag_error(c->d, e->u.comp.where->loc, "'where' needs a condition, not %s", tname(c, w));
    }
    c->nscope = mark;
    if (is_error(body))
        return c->t_error;
    if (is_count || is_any || is_all) {
        if (body->kind != T_BOOL)
            diag_error(c->d, e->u.comp.body->loc, "%s counts conditions; this is %s", fn, tname(c, body));
        return is_count ? c->t_number : c->t_bool;
    }
    if (is_sum && !is_quantity(body)) {
        diag_error(c->d, e->u.comp.body->loc, "sum adds numbers or durations, not %s", tname(c, body));
        return c->t_error;
    }
    if ((is_min || is_max) && !comparable(body, body)) {
        diag_error(c->d, e->u.comp.body->loc, "%s needs numbers, durations, days or dates, not %s", fn, tname(c, body));
        return c->t_error;
    }
    return body;
}

static Type *check_index(Checker *c, Expr *e)
{
    Type *t = check_expr(c, e->u.index.obj);
    Type *k[2] = { 0 };
    for (int i = 0; i < e->u.index.nargs; i++)
        k[i] = check_expr(c, e->u.index.args[i]);
    if (is_error(t))
        return c->t_error;
    if (t->kind != T_TABLE) {
        diag_error(c->d, e->loc, "only tables are indexed with [...]; this is %s", tname(c, t));
        return c->t_error;
    }
    if (e->u.index.nargs != t->nkeys) {
        diag_error(c->d, e->loc, "%s takes %d key%s in [...], not %d", tname(c, t), t->nkeys, t->nkeys > 1 ? "s" : "",
                   e->u.index.nargs);
        return c->t_error;
    }
    for (int i = 0; i < t->nkeys; i++) {
        if (is_error(k[i]))
            continue;
        const Key *key = &t->keys[i];
        if (key->enm ? (k[i]->kind != T_ENUM || !enum_compatible(k[i]->enm, key->enm)) : k[i]->kind != T_NUMBER) {
            Buf b; buf_init(&b);
            if (key->enm) buf_puts(&b, key->enm->name);
            else buf_printf(&b, "a number %d..%d", key->lo, key->hi);
            diag_error(c->d, e->u.index.args[i]->loc, "key %d of this table is %s, not %s", i + 1, buf_cstr(&b), tname(c, k[i]));
            buf_free(&b);
        }
    }
    return t->elem;
}

static Type *check_expr(Checker *c, Expr *e)
{
    Type *t = c->t_error;
    switch (e->kind) {
    case E_NUMBER:   t = c->t_number; break;
    case E_DURATION: t = c->t_dur[PER_NONE]; break;
    case E_DAYS_LIT:
        if (!rat_is_int(e->u.num))
            diag_error(c->d, e->loc, "a number of days is a whole number");
        t = c->t_days;
        break;
    case E_DATE:     t = c->t_date; break;
    case E_BOOL:     t = c->t_bool; break;
    case E_TEXT:     t = c->t_text; break;
    case E_NAME:     t = check_name(c, e); break;
    case E_QUALIFIED: break;
    case E_FIELD: {
        Expr *obj = e->u.field.obj;
        if (obj->kind == E_NAME && !find_var(c, obj->u.id.name) && !program_find(c->p, obj->u.id.name)
            && find_enum(c->p, obj->u.id.name)) {
            /* Program.IPO: a member named with its enum */
            Decl *enm = find_enum(c->p, obj->u.id.name);
            int local = enum_find_member(enm, e->u.field.name);
            if (local < 0) {
                diag_error(c->d, e->loc, "%s has no member '%s'", enm->name, e->u.field.name);
                break;
            }
            const char *member = e->u.field.name;
            e->kind = E_NAME;
            e->u.id.name = member;
            e->u.id.qualifier = enm->name;
            e->u.id.ref = REF_MEMBER;
            e->u.id.decl = enm->u.enm.root;
            e->u.id.member = enm->u.enm.root_index[local];
            t = enum_type(c, enm);
            break;
        }
        Type *ot = check_expr(c, obj);
        if (is_error(ot))
            break;
        if (ot->kind != T_RECORD) {
            diag_error(c->d, e->loc, "'.%s': %s has no fields", e->u.field.name, tname(c, ot));
            break;
        }
        for (int i = 0; i < ot->nfields; i++)
            if (strcmp(ot->fields[i].name, e->u.field.name) == 0) {
                e->u.field.index = i;
                t = ot->fields[i].type;
            }
        if (is_error(t)) {
            const char *best = NULL;
            int dist = 1000;
            for (int i = 0; i < ot->nfields; i++)
                consider(e->u.field.name, ot->fields[i].name, &best, &dist);
            if (best)
                diag_error(c->d, e->loc, "no field '%s'; did you mean '%s'?", e->u.field.name, best);
            else
                diag_error(c->d, e->loc, "no field '%s' in %s", e->u.field.name, tname(c, ot));
        }
        break;
    }
    case E_INDEX: t = check_index(c, e); break;
    case E_CALL:  t = check_call(c, e); break;
    case E_UNARY: {
        Type *a = check_expr(c, e->u.op.a);
        if (is_error(a))
            break;
        if (e->u.op.op == OP_NOT) {
            if (a->kind != T_BOOL)
                diag_error(c->d, e->loc, "'not' needs true/false, not %s", tname(c, a));
            t = c->t_bool;
        } else {
            if (!is_quantity(a))
                diag_error(c->d, e->loc, "cannot negate %s", tname(c, a));
            t = a;
        }
        break;
    }
    case E_BINARY: t = check_binary(c, e); break;
    case E_PER: {
        Type *a = check_expr(c, e->u.per.a);
        if (is_error(a))
            break;
        if (a->kind != T_DURATION || a->period != PER_NONE) {
            diag_error(c->d, e->loc, "'/ %s' makes a rate of a duration, not of %s",
                       e->u.per.period == PER_WEEK ? "week" : "month", tname(c, a));
            break;
        }
        t = c->t_dur[e->u.per.period];
        break;
    }
    case E_IF: {
        Type *cond = check_expr(c, e->u.cond.cond);
        if (!is_error(cond) && cond->kind != T_BOOL)
            diag_error(c->d, e->u.cond.cond->loc, "'if' needs a condition, not %s", tname(c, cond));
        Type *a = check_expr(c, e->u.cond.then), *b = check_expr(c, e->u.cond.els);
        if (is_error(a) || is_error(b))
            break;
        if (!same_value_type(a, b)) {
            diag_error(c->d, e->loc, "the two branches differ: %s and %s", tname(c, a), tname(c, b));
            break;
        }
        t = a;
        break;
    }
    case E_RANGE: {
        Type *a = check_expr(c, e->u.range.lo), *b = check_expr(c, e->u.range.hi);
        if (is_error(a) || is_error(b))
            break;
        if (!comparable(a, b)) {
            diag_error(c->d, e->loc, "a range needs one unit at both ends: %s and %s", tname(c, a), tname(c, b));
            break;
        }
        t = type_new(c->a, T_RANGE);
        t->elem = a;
        break;
    }
    case E_COMPREHENSION: t = check_comprehension(c, e); break;
    }
    e->type = t;
    return t;
}

/* ---- declarations ---- */

/* A citation names a section of law (doc/contract.md 1.2), never a seed document. */
static void check_cite_text(Checker *c, const Cite *ct)
{
    static const char *const prefixes[] = { "MPP ", "W&I Code ", "W&I ", "ACL ", "ACIN ", "CFR ", "CCR ",
                                            "Gov. Code ", "Cal. Code Regs. ", "ACWDL ", "USC " };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (strncmp(ct->text, prefixes[i], n) != 0)
            continue;
        /* a section number follows: 30-757.14, 12301.1, 14-60, I-28-06 */
        const char *sec = ct->text + n;
        if (sec[0] >= '0' && sec[0] <= '9')
            return;
        if (sec[0] >= 'A' && sec[0] <= 'Z' && sec[1] == '-' && sec[2] >= '0' && sec[2] <= '9')
            return;
    }
    diag_error(c->d, ct->loc, "citation \"%s\" does not name a section of law (MPP 30-..., W&I Code ..., "
               "ACL NN-NN, ACIN I-NN-NN, CFR ...); name a seed document in a comment instead", ct->text);
}

static void check_cites(Checker *c, const CiteList *l)
{
    for (int i = 0; i < l->count; i++)
        check_cite_text(c, &l->items[i]);
}

/* The first type inside t (t itself, an element, a field) written `whole`, or NULL. */
static const Type *whole_part(const Type *t)
{
    if (!t)
        return NULL;
    if (t->whole)
        return t;
    const Type *w = whole_part(t->elem);
    for (int i = 0; !w && i < t->nfields; i++)
        w = whole_part(t->fields[i].type);
    return w;
}

/* `whole` is a check made when a case is read; a rule's or a table's values are not read */
static void refuse_whole(Checker *c, const Type *t, const char *what)
{
    const Type *w = whole_part(t);
    if (w)
        diag_error(c->d, w->loc, "'whole' belongs to an input: it is checked when a case is read, "
                   "and %s (round(x, 1, down) makes a number whole)", what);
}

static void check_input(Checker *c, Decl *d)
{
    Type *t = d->u.input.type;
    resolve_type(c, t);
    if (d->u.input.deflt) {
        d->u.input.deflt_value = ar_alloc(c->a, sizeof(Value));
        if (!const_value(c, d->u.input.deflt, t, d->u.input.deflt_value))
            d->u.input.deflt_value = NULL;
        else
            check_whole_default(c, t, d->u.input.deflt, d->u.input.deflt_value);
    }
    if (d->u.input.asof) {
        if (!is_error(t) && t->kind != T_DATE)
            diag_error(c->d, d->loc, "'asof' marks the date that selects rule versions; %s is %s", d->name, tname(c, t));
        else if (c->p->asof && c->p->asof != d)
            diag_error(c->d, d->loc, "only one input can be 'asof'; %s already is", c->p->asof->name);
        else
            c->p->asof = d;
    }
}

/* ---- unverified marks ---- */

static int new_mark(Checker *c, const MarkClause *mc, const char *where, const char *clause)
{
    Program *p = c->p;
    Mark *m = ar_alloc(&p->arena, sizeof *m);
    m->index = p->nmarks;
    m->where = where;
    m->reason = mc->reason;
    m->loc = mc->loc;
    m->text = ar_printf(&p->arena, "%s: %s", where, mc->reason);
    m->clause = clause;
    AR_PUSH(&p->arena, p->marks, p->nmarks, m);
    return m->index;
}

/* A rule's or a definition's marks: each clause is one mark; cells are for tables. */
static MarkIds rule_marks(Checker *c, const MarkClauses *cl, const char *where)
{
    MarkIds ids = { NULL, 0 };
    for (int i = 0; i < cl->count; i++) {
        const MarkClause *mc = &cl->items[i];
        if (mc->nsels) {
            diag_error(c->d, mc->sels[0].loc, "a rule's or definition's mark covers all of it; "
                       "[...] chooses cells of a table row");
            continue;
        }
        int id = new_mark(c, mc, where, where);
        AR_PUSH(&c->p->arena, ids.items, ids.count, id);
    }
    return ids;
}

static const char *version_where(Checker *c, const Decl *d)
{
    if (!d->u.rule.has_effective)
        return d->name;
    char from[16], until[16];
    date_str(d->u.rule.effective, from, sizeof from);
    if (d->u.rule.has_until)
        return ar_printf(c->a, "%s (version from %s until %s)", d->name, from,
                         date_str(d->u.rule.until, until, sizeof until));
    return ar_printf(c->a, "%s (version from %s)", d->name, from);
}

static void check_rule_marks(Checker *c, Decl *d)
{
    const char *where = version_where(c, d);
    d->u.rule.marks = rule_marks(c, &d->u.rule.clauses, where);
    for (int i = 0; i < d->u.rule.ndefs; i++) {
        Definition *def = &d->u.rule.defs[i];
        if (!def->clauses.count)
            continue;
        const char *w = def->cond ? ar_printf(c->a, "%s, when %s", where, loc_text(c->a, def->cond->loc))
                      : d->u.rule.ndefs > 1 ? ar_printf(c->a, "%s, otherwise", where) : where;
        def->marks = rule_marks(c, &def->clauses, w);
    }
}

/* A row's marks: one per cell it covers (a whole row, or the second-key values chosen), or
 * per bound of a range cell ([2..3 high]: the high bounds of ranks 2 and 3). */
static void check_row_marks(Checker *c, Decl *d, const TableRow *row, int n2)
{
    const Type *t = d->u.table.type;
    static const char *const part_word[] = { "", " (low bound)", " (high bound)" };
    for (int i = 0; i < row->clauses.count; i++) {
        const MarkClause *mc = &row->clauses.items[i];
        int *cover = ar_alloc(c->a, sizeof(int) * (size_t)n2);     /* bits: whole, low, high */
        Buf cl;
        buf_init(&cl);
        buf_printf(&cl, "%s[%s", d->name, row->member);
        for (int s = 0; s < mc->nsels; s++) {
            const MarkSel *sel = &mc->sels[s];
            buf_puts(&cl, ", ");
            if (!sel->all) {
                buf_printf(&cl, "%d", sel->lo);
                if (sel->hi != sel->lo)
                    buf_printf(&cl, "..%d", sel->hi);
            }
            if (sel->part)
                buf_printf(&cl, "%s%s", sel->all ? "" : " ", sel->part);
        }
        buf_puts(&cl, "]");
        const char *clause = ar_strdup(c->a, buf_cstr(&cl));
        buf_free(&cl);
        if (!mc->nsels)
            for (int j = 0; j < n2; j++)
                cover[j] = 1;
        for (int s = 0; s < mc->nsels; s++) {
            const MarkSel *sel = &mc->sels[s];
            int bit = 1;
            if (sel->part) {
                if (strcmp(sel->part, "low") && strcmp(sel->part, "high")) {
                    diag_error(c->d, sel->loc, "'%s': a mark chooses a range's low or high bound", sel->part);
                    continue;
                }
                if (is_error(t->elem) || t->elem->kind != T_RANGE) {
                    diag_error(c->d, sel->loc, "table %s holds no ranges: it has no %s bound to mark", d->name,
                               sel->part);
                    continue;
                }
                bit = strcmp(sel->part, "low") == 0 ? 2 : 4;
            }
            if (sel->all) {
                for (int j = 0; j < n2; j++)
                    cover[j] |= bit;
                continue;
            }
            if (t->nkeys != 2) {
                diag_error(c->d, sel->loc, "table %s has one key: a mark covers the whole row", d->name);
                break;
            }
            if (sel->lo > sel->hi || sel->lo < t->keys[1].lo || sel->hi > t->keys[1].hi) {
                diag_error(c->d, sel->loc, "table %s's second key runs from %d to %d", d->name, t->keys[1].lo,
                           t->keys[1].hi);
                continue;
            }
            for (int v = sel->lo; v <= sel->hi; v++)
                cover[v - t->keys[1].lo] |= bit;
        }
        for (int j = 0; j < n2; j++)
            for (int part = 0; part < 3; part++) {
                if (!(cover[j] & (1 << part)))
                    continue;
                int *slots = &d->u.table.cell_marks[(row->key * n2 + j) * 3];
                const char *where = t->nkeys == 2
                    ? ar_printf(c->a, "%s[%s, %d]%s", d->name, row->member, t->keys[1].lo + j, part_word[part])
                    : ar_printf(c->a, "%s[%s]%s", d->name, row->member, part_word[part]);
                /* a cell is marked whole, or bound by bound, once each */
                int other = slots[part] >= 0 ? slots[part] : part == 0 ? (slots[1] >= 0 ? slots[1] : slots[2])
                          : slots[0];
                if (other >= 0) {
                    diag_error(c->d, mc->loc, "%s is marked unverified twice", where);
                    diag_note(c->d, c->p->marks[other]->loc, "the other mark");
                    continue;
                }
                slots[part] = new_mark(c, mc, where, clause);
            }
    }
}

static void check_table(Checker *c, Decl *d)
{
    Type *t = d->u.table.type;
    resolve_type(c, t);
    refuse_whole(c, t, "a table's cells are written in the rule file, not read");
    check_cites(c, &d->u.table.cites);
    if (d->u.table.cites.count == 0)
        diag_error(c->d, d->loc, "table '%s' has no citation: add cite \"...\" naming the law it comes from", d->name);
    if (is_error(t) || !t->keys[0].enm)
        return;
    int n1 = key_size(&t->keys[0]), n2 = t->nkeys == 2 ? key_size(&t->keys[1]) : 1;
    if (n2 < 1) {
        diag_error(c->d, t->key_locs[1], "the key range is empty");
        return;
    }
    if (n2 > 1001) {
        diag_error(c->d, t->key_locs[1], "the key range has %d numbers; a table takes at most 1001", n2);
        return;
    }
    d->u.table.cells = ar_alloc(c->a, sizeof(Value) * (size_t)n1 * (size_t)n2);
    d->u.table.row_cites = ar_alloc(c->a, sizeof(CiteList) * (size_t)n1);
    const TableRow **seen = ar_alloc(c->a, sizeof(TableRow *) * (size_t)n1);
    for (int r = 0; r < d->u.table.nrows; r++) {
        TableRow *row = &d->u.table.rows[r];
        int k = enum_find_member(t->keys[0].enm, row->member);
        if (k < 0) {
            const char *best = NULL;
            int dist = 1000;
            for (int i = 0; i < n1; i++)
                consider(row->member, enum_member_name(t->keys[0].enm, i), &best, &dist);
            if (best)
                diag_error(c->d, row->loc, "'%s' is not a member of %s; did you mean '%s'?", row->member, t->keys[0].enm->name, best);
            else
                diag_error(c->d, row->loc, "'%s' is not a member of %s", row->member, t->keys[0].enm->name);
            continue;
        }
        if (seen[k]) {
            diag_error(c->d, row->loc, "'%s' has two rows in table %s", row->member, d->name);
            diag_note(c->d, seen[k]->loc, "the other row");
            continue;
        }
        seen[k] = row;
        row->key = k;
        check_cites(c, &row->cites);
        d->u.table.row_cites[k] = row->cites;
        if (row->ncells != n2) {
            diag_error(c->d, row->loc, "row '%s' has %d value%s; table %s needs %d", row->member, row->ncells,
                       row->ncells == 1 ? "" : "s", d->name, n2);
            continue;
        }
        for (int j = 0; j < n2; j++)
            const_value(c, row->cells[j], t->elem, &d->u.table.cells[k * n2 + j]);
        if (row->clauses.count) {
            if (!d->u.table.cell_marks) {
                d->u.table.cell_marks = ar_alloc(c->a, sizeof(int) * 3 * (size_t)n1 * (size_t)n2);
                for (int j = 0; j < 3 * n1 * n2; j++)
                    d->u.table.cell_marks[j] = -1;
            }
            check_row_marks(c, d, row, n2);
        }
    }
}

/* A reason's placeholders name values in scope (the rule's parameter, facts, rules); what
 * they read is not a dependency of the rule: they are filled in only to explain it. */
static void check_reason(Checker *c, Reason *r)
{
    if (!r)
        return;
    Decl *rule = c->rule;
    c->rule = NULL;
    for (int i = 0; i < r->nparts; i++) {
        Expr *x = r->parts[i].expr;
        if (!x)
            continue;
        Type *t = check_expr(c, x);
        if (!is_error(t) && (t->kind == T_TABLE || t->kind == T_LIST || t->kind == T_RECORD || t->kind == T_RANGE))
            diag_error(c->d, x->loc, "a reason's placeholder names one value, not %s: name one entry or field "
                       "(as in {ranks[t]})", tname(c, t));
    }
    c->rule = rule;
}

void program_warn_reasons(Program *p)
{
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            for (int j = 0; j < v->u.rule.ndefs; j++) {
                const Definition *d = &v->u.rule.defs[j];
                if (d->cond && !d->reason)
                    diag_warning(&p->diags, d->loc, "this exception of '%s' has no reason: add because \"...\" "
                                 "saying in words why it applies (a report shows it)", v->name);
            }
}

static void check_rule(Checker *c, Decl *d)
{
    c->rule = d;
    c->nscope = 0;
    c->nslots = 0;
    resolve_type(c, d->u.rule.type);
    refuse_whole(c, d->u.rule.type, "a rule's value is computed, not read");
    if (!is_error(d->u.rule.type) && (d->u.rule.type->kind == T_TABLE || d->u.rule.type->kind == T_LIST))
        diag_error(c->d, d->u.rule.type->loc, "a rule computes one value; for a value per member write rule %s[x : Enum]", d->name);
    d->u.rule.memo_size = 1;
    if (d->u.rule.param) {
        Decl *e = find_enum(c->p, d->u.rule.param_enum);
        if (!e) {
            unknown_name(c, d->u.rule.param_enum_loc, "enum", d->u.rule.param_enum);
        } else {
            d->u.rule.param_decl = e;
            d->u.rule.memo_size = enum_size(e);
            push_var(c, d->u.rule.param, enum_type(c, e), d->u.rule.param_loc);
        }
    }
    check_cites(c, &d->u.rule.cites);
    bool any_cite = d->u.rule.cites.count > 0;
    int bases = 0;
    for (int i = 0; i < d->u.rule.ndefs; i++) {
        Definition *def = &d->u.rule.defs[i];
        check_cites(c, &def->cites);
        if (def->cites.count)
            any_cite = true;
        if (!def->cond) {
            bases++;
        } else {
            Type *ct = check_expr(c, def->cond);
            if (!is_error(ct) && ct->kind != T_BOOL)
                diag_error(c->d, def->cond->loc, "'when' needs a condition, not %s", tname(c, ct));
        }
        check_reason(c, def->reason);
        Type *vt = check_expr(c, def->value);
        /* a definition that is another rule's figure shows that rule's citations */
        if (!def->cites.count && bare_rule_ref(def->value))
            any_cite = true;
        else if (def->cond && def->cites.count == 0)
            diag_error(c->d, def->loc, "this exception of '%s' has no citation of its own: an exception "
                       "cites the law that makes it (when ... => ... cite \"...\")", d->name);
        Type *rt = d->u.rule.type;
        if (!is_error(vt) && !is_error(rt) && !same_value_type(vt, rt)) {
            if (rt->kind == T_DURATION && def->value->kind == E_NUMBER)     /* `= 5` for 5 hours */
                diag_error(c->d, def->value->loc, "rule '%s' is %s, but this is number: a time is written H:MM, "
                           "%s:00%s", d->name, tname(c, rt), loc_text(c->a, def->value->loc),
                           rt->period == PER_WEEK ? "/week" : rt->period == PER_MONTH ? "/month" : "");
            else
                diag_error(c->d, def->value->loc, "rule '%s' is %s, but this is %s", d->name, tname(c, rt), tname(c, vt));
        }
    }
    if (!any_cite)
        diag_error(c->d, d->loc, "rule '%s' has no citation: add cite \"...\" naming the section of law it encodes",
                   d->name);
    (void)bases;
    check_rule_marks(c, d);
    d->u.rule.nslots = c->nslots;
    c->rule = NULL;
}

/* The built-in output `unverified` (doc/contract.md 4b): every mark the case's other outputs rest
 * on, as text. A program with no marks has none. It is never compiled: eval.c computes it. */
static void add_unverified_output(Checker *c)
{
    Program *p = c->p;
    if (!p->nmarks)
        return;
    Decl *d = ar_alloc(&p->arena, sizeof *d);
    d->kind = D_RULE;
    d->name = "unverified";
    d->desc = "every figure or reading the results rest on that is not yet checked against the regulation's text";
    d->module = "cite";
    d->u.rule.type = type_new(&p->arena, T_LIST);
    d->u.rule.type->elem = c->t_text;
    d->u.rule.output = true;
    d->u.rule.marks_output = true;
    d->u.rule.memo_size = 1;
    d->module_index = p->nmodules;
    p->unverified = d;
    register_decl(c, d, false);
}

/* ---- exceptions that can both apply ---- */

/* A literal of a condition: a boolean fact/rule/field, or `x == Member`, maybe negated. */
typedef struct Lit { const Expr *atom; int member; bool positive; } Lit;

static bool same_atom(const Expr *a, const Expr *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case E_NAME:
        if (a->u.id.ref != b->u.id.ref)
            return false;
        if (a->u.id.ref == REF_VAR)
            return a->u.id.var == b->u.id.var;
        if (a->u.id.ref == REF_MEMBER)
            return a->u.id.member == b->u.id.member && a->u.id.decl == b->u.id.decl;
        return a->u.id.decl == b->u.id.decl;
    case E_FIELD:
        return a->u.field.index == b->u.field.index && same_atom(a->u.field.obj, b->u.field.obj);
    case E_INDEX:
        if (a->u.index.nargs != b->u.index.nargs || !same_atom(a->u.index.obj, b->u.index.obj))
            return false;
        for (int i = 0; i < a->u.index.nargs; i++)
            if (!same_atom(a->u.index.args[i], b->u.index.args[i]))
                return false;
        return true;
    default:
        return false;
    }
}

static bool is_atom(const Expr *e)
{
    return e->kind == E_NAME ? e->u.id.ref != REF_MEMBER && e->u.id.ref != REF_NONE
         : e->kind == E_FIELD || e->kind == E_INDEX;
}

/* Flattens a conjunction of literals; false when the condition has any other shape
 * (a comparison of numbers, an 'or'), which only a case can decide. */
static bool literals(const Expr *e, bool positive, Lit *out, int *n)
{
    if (*n >= 32)
        return false;
    if (e->kind == E_BOOL && e->u.boolean == positive)
        return true;
    if (e->kind == E_UNARY && e->u.op.op == OP_NOT)
        return literals(e->u.op.a, !positive, out, n);
    if (e->kind == E_BINARY && e->u.op.op == OP_AND && positive)
        return literals(e->u.op.a, true, out, n) && literals(e->u.op.b, true, out, n);
    if (e->kind == E_BINARY && (e->u.op.op == OP_EQ || e->u.op.op == OP_NE)) {
        const Expr *a = e->u.op.a, *m = e->u.op.b;
        if (a->kind == E_NAME && a->u.id.ref == REF_MEMBER) { const Expr *t = a; a = m; m = t; }
        if (m->kind == E_NAME && m->u.id.ref == REF_MEMBER && is_atom(a)) {
            out[(*n)++] = (Lit){ a, m->u.id.member, (e->u.op.op == OP_EQ) == positive };
            return true;
        }
        return false;
    }
    if (is_atom(e) && e->type && e->type->kind == T_BOOL) {
        out[(*n)++] = (Lit){ e, -1, positive };
        return true;
    }
    return false;
}

static bool contradict(const Lit *a, const Lit *b)
{
    if (!same_atom(a->atom, b->atom))
        return false;
    if (a->member < 0 && b->member < 0)
        return a->positive != b->positive;
    if (a->member >= 0 && b->member >= 0) {
        if (a->positive && b->positive)
            return a->member != b->member;
        return a->member == b->member && a->positive != b->positive;
    }
    return false;
}

/* A condition as a conjunction of literals, found once per exception (n < 0: another shape,
 * which only a case can decide). */
typedef struct Conj { Lit *lit; int n; } Conj;

static Conj conj_of(Arena *a, const Expr *e)
{
    Lit l[32];
    int n = 0;
    if (!literals(e, true, l, &n))
        return (Conj){ NULL, -1 };
    Lit *copy = ar_alloc(a, sizeof *copy * (size_t)(n ? n : 1));
    memcpy(copy, l, sizeof *copy * (size_t)n);
    return (Conj){ copy, n };
}

/* True when both conjunctions provably can hold at once (no literal contradicts another). */
static bool can_both_hold(const Conj *x, const Conj *y)
{
    for (int i = 0; i < x->n; i++)
        for (int j = 0; j < y->n; j++)
            if (contradict(&x->lit[i], &y->lit[j]))
                return false;
    return true;
}

static const char *cites_text(Checker *c, const Definition *def, const Decl *rule)
{
    const CiteList *l = def->cites.count ? &def->cites : &rule->u.rule.cites;
    Buf b; buf_init(&b);
    for (int i = 0; i < l->count; i++)
        buf_printf(&b, "%s%s", i ? ", " : "", l->items[i].text);
    const char *s = ar_strdup(c->a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static void check_conflicts(Checker *c, Decl *d)
{
    /* One error per exception, naming the first earlier one it overlaps: n exceptions that
     * all overlap give n - 1 errors and n - 1 tests, not n^2/2. Past the error limit the
     * texts (each a scan of the file) are not built. Conditions that only a case decides
     * (comparisons of numbers, 'or') are left out at once. What stays quadratic: many
     * exceptions that are all conjunctions of literals and pairwise exclusive. */
    int n = d->u.rule.ndefs;
    Conj *conj = ar_alloc(c->a, sizeof *conj * (size_t)(n ? n : 1));
    int *cand = ar_alloc(c->a, sizeof *cand * (size_t)(n ? n : 1));
    int ncand = 0;     /* the earlier exceptions whose condition is a conjunction of literals */
    for (int j = 0; j < n; j++) {
        Definition *y = &d->u.rule.defs[j];
        if (!y->cond || is_error(y->cond->type) || (conj[j] = conj_of(c->a, y->cond)).n < 0)
            continue;
        cand[ncand++] = j;
        for (int k = 0; k < ncand - 1; k++) {
            int i = cand[k];
            Definition *x = &d->u.rule.defs[i];
            if (x->priority != y->priority || !can_both_hold(&conj[i], &conj[j]))
                continue;
            if (c->d->errors >= c->d->max_errors) {
                diag_error(c->d, y->loc, "two exceptions of '%s' can both apply", d->name);
                break;
            }
            diag_error(c->d, y->loc, "two exceptions of '%s' can both apply: [%s] when %s, and [%s] when %s; "
                       "make the conditions exclusive or give one a higher priority",
                       d->name, cites_text(c, x, d), loc_text(c->a, x->cond->loc),
                       cites_text(c, y, d), loc_text(c->a, y->cond->loc));
            diag_note(c->d, x->loc, "the other exception");
            break;
        }
    }
}

/* ---- cycles ---- */

static bool find_cycle(Checker *c, Decl *r, char *state, Decl **stack, int depth)
{
    if (depth >= EVAL_MAX_DEPTH) {
        /* evaluation would stop here anyway; say so now, and keep the recursion bounded */
        diag_error(c->d, r->loc, "rules depend on rules more than %d levels deep (at '%s')", EVAL_MAX_DEPTH, r->name);
        return true;
    }
    state[r->index] = 1;
    stack[depth] = r;
    for (Decl *v = r; v; v = v->next_version) {
        for (int i = 0; i < v->u.rule.ndeps; i++) {
            Decl *dep = v->u.rule.deps[i];
            if (state[dep->index] == 1) {
                Buf b; buf_init(&b);
                int from = depth;
                while (from > 0 && stack[from] != dep)
                    from--;
                for (int k = from; k <= depth; k++)
                    buf_printf(&b, "%s -> ", stack[k]->name);
                buf_puts(&b, dep->name);
                diag_error(c->d, dep->loc, "rules depend on each other in a cycle: %s", buf_cstr(&b));
                buf_free(&b);
                return true;
            }
            if (state[dep->index] == 0 && find_cycle(c, dep, state, stack, depth + 1))
                return true;
        }
    }
    state[r->index] = 2;
    return false;
}

/* ---- versions ---- */

static void check_versions(Checker *c, Decl *first)
{
    for (Decl *a = first; a; a = a->next_version) {
        for (Decl *b = a->next_version; b; b = b->next_version) {
            bool rule = a->kind == D_RULE;
            Date a0 = rule ? a->u.rule.effective : a->u.table.effective;
            Date b0 = rule ? b->u.rule.effective : b->u.table.effective;
            bool ahu = rule ? a->u.rule.has_until : a->u.table.has_until;
            bool bhu = rule ? b->u.rule.has_until : b->u.table.has_until;
            Date a1 = rule ? a->u.rule.until : a->u.table.until;
            Date b1 = rule ? b->u.rule.until : b->u.table.until;
            /* versions are [from, until): without 'until', a version runs until the next one starts */
            if (!ahu) a1 = b0 > a0 ? b0 : INT32_MAX;
            if (!bhu) b1 = a0 > b0 ? a0 : INT32_MAX;
            if (a0 == b0 || (a0 < b1 && b0 < a1 && ahu && bhu)) {
                char da[16], db[16];
                diag_error(c->d, b->loc, "two versions of '%s' are in force on the same day (from %s and from %s)",
                           first->name, date_str(a0, da, sizeof da), date_str(b0, db, sizeof db));
                diag_note(c->d, a->loc, "the other version");
            }
            if (rule && !is_error(a->u.rule.type) && !is_error(b->u.rule.type)
                && (!type_equal(a->u.rule.type, b->u.rule.type) || a->u.rule.param_decl != b->u.rule.param_decl))
                diag_error(c->d, b->loc, "every version of '%s' must have the same type and parameter", first->name);
            if (rule && a->u.rule.headline != b->u.rule.headline)
                diag_error(c->d, b->loc, "every version of '%s' must have the same headline place (output %d)",
                           first->name, a->u.rule.headline);
        }
    }
}

bool program_check(Program *p)
{
    Checker c = { .p = p, .a = &p->arena, .d = &p->diags };
    c.t_error = type_new(c.a, T_ERROR);
    c.t_bool = type_new(c.a, T_BOOL);
    c.t_number = type_new(c.a, T_NUMBER);
    c.t_text = type_new(c.a, T_TEXT);
    c.t_date = type_new(c.a, T_DATE);
    c.t_days = type_new(c.a, T_DAYS);
    for (int i = 0; i < 3; i++) {
        c.t_dur[i] = type_new(c.a, T_DURATION);
        c.t_dur[i]->period = (Period)i;
    }
    for (int m = 0; m < p->nmodules; m++)
        for (int i = 0; i < p->modules[m]->ndecls; i++)
            if (p->modules[m]->decls[i]->kind != D_IMPORT) {
                p->modules[m]->decls[i]->module_index = m;
                register_decl(&c, p->modules[m]->decls[i], p->noverride > 0 && m >= p->noverride);
            }
    for (int i = 0; i < p->nenums; i++)
        resolve_enum(&c, p->enums[i], 0);
    for (int i = 0; i < p->ninputs; i++)
        check_input(&c, p->inputs[i]);
    for (int i = 0; i < p->ntables; i++)
        for (Decl *v = p->tables[i]; v; v = v->next_version)
            check_table(&c, v);
    /* a rule's parameter first, so that a rule checked before it can index it */
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            if (v->u.rule.param)
                v->u.rule.param_decl = find_enum(p, v->u.rule.param_enum);
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version) {
            v->index = p->rules[i]->index;
            check_rule(&c, v);
        }
    for (int i = 0; i < p->nrules; i++) {
        /* output N: one headline a place, so that the order the rules declare is one order */
        for (int j = 0; j < i && p->rules[i]->u.rule.headline; j++)
            if (p->rules[j]->u.rule.headline == p->rules[i]->u.rule.headline) {
                diag_error(c.d, p->rules[i]->loc, "'%s' and '%s' both take headline place %d (output %d)",
                           p->rules[j]->name, p->rules[i]->name, p->rules[i]->u.rule.headline,
                           p->rules[i]->u.rule.headline);
                diag_note(c.d, p->rules[j]->loc, "'%s' is declared here", p->rules[j]->name);
            }
        check_versions(&c, p->rules[i]);
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            check_conflicts(&c, v);
    }
    for (int i = 0; i < p->ntables; i++)
        check_versions(&c, p->tables[i]);
    if (p->nrules) {
        char *state = ar_alloc(c.a, (size_t)p->nrules);
        Decl **stack = ar_alloc(c.a, sizeof(Decl *) * (size_t)p->nrules);
        for (int i = 0; i < p->nrules; i++)
            if (state[i] == 0)
                find_cycle(&c, p->rules[i], state, stack, 0);
    }
    /* which rules read each input, for messages about bad or missing facts */
    for (int i = 0; i < p->nrules; i++)
        for (Decl *v = p->rules[i]; v; v = v->next_version)
            for (int j = 0; j < v->u.rule.nreads; j++) {
                Decl *in = v->u.rule.reads[j];
                bool dup = false;
                for (int k = 0; k < in->u.input.nreaders; k++)
                    dup |= in->u.input.readers[k] == p->rules[i];
                if (!dup)
                    AR_PUSH(c.a, in->u.input.readers, in->u.input.nreaders, p->rules[i]);
            }
    if (p->diags.errors == 0)
        add_unverified_output(&c);
    return p->diags.errors == 0;
}
