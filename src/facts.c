/* facts.c: the case reader. cJSON parses; this file gives the JSON its types. */
#include "facts.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "limit.h"

typedef struct Reader {
    const Program *p;
    Arena *a;
    const char *origin;
    Buf *err;
    const Decl *input;      /* the input being read, for messages */
    int errors;
    const char *noun;       /* "fact", or "expected value" when reading a scenario's expectation */
    bool exact;             /* an expected value: a fraction of a minute is exact, not an error */
} Reader;

/* Where a value sits in the case (ranks.dressing, paramedical[2].minutes). It is spelled
 * out only for a message: reading a case on the hot path of a caseload formats nothing. */
typedef struct Path {
    const struct Path *parent;
    const char *name;       /* a key or field, or NULL for a list index */
    int index;
} Path;

static void path_into(Buf *b, const Path *p)
{
    if (!p)
        return;
    path_into(b, p->parent);
    if (p->name)
        buf_printf(b, "%s%s", p->parent ? "." : "", p->name);
    else
        buf_printf(b, "[%d]", p->index);
}

static const char *path_text(Arena *a, const Path *p)
{
    Buf b;
    buf_init(&b);
    path_into(&b, p);
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static void readers_text(Buf *b, const Decl *input)
{
    if (!input)
        return;
    buf_printf(b, "\n    input %s: \"%s\"", input->name, input->desc ? input->desc : "");
    if (input->u.input.nreaders) {
        buf_printf(b, "; read by rule%s ", input->u.input.nreaders > 1 ? "s" : "");
        for (int i = 0; i < input->u.input.nreaders && i < 6; i++)
            buf_printf(b, "%s%s", i ? ", " : "", input->u.input.readers[i]->name);
        if (input->u.input.nreaders > 6)
            buf_printf(b, " and %d more", input->u.input.nreaders - 6);
    }
}

static void bad(Reader *r, const Path *where, const cJSON *j, const char *allowed)
{
    const char *path = path_text(r->a, where);
    r->errors++;
    if (r->errors > 50)
        return;
    char *text = j && cJSON_IsNumber(j) && !isfinite(j->valuedouble) ? strdup("a number too large to read")
               : j ? cJSON_PrintUnformatted(j) : NULL;
    if (text && strlen(text) > 60)
        strcpy(text + 57, "...");
    buf_printf(r->err, "%s: error: %s '%s' is %s; allowed: %s", r->origin, r->noun ? r->noun : "fact", path,
               text ? text : "missing", allowed);
    readers_text(r->err, r->input);
    buf_puts(r->err, "\n");
    free(text);
}

static void note_error(Reader *r, const char *fmt, const char *a1, const char *a2)
{
    r->errors++;
    if (r->errors > 50)
        return;
    buf_printf(r->err, "%s: error: ", r->origin);
    buf_printf(r->err, fmt, a1, a2);
    buf_puts(r->err, "\n");
}

/* A name given twice in one object: JSON readers keep one of the two, silently, so the case
 * would say two things and cite would evaluate one of them. seen[i] marks what was given. */
static bool given_twice(Reader *r, const Path *where, bool *seen, int i)
{
    if (!seen[i]) {
        seen[i] = true;
        return false;
    }
    r->errors++;
    if (r->errors <= 50) {
        buf_printf(r->err, "%s: error: %s '%s' is given twice; a case gives each once", r->origin,
                   r->noun ? r->noun : "fact", path_text(r->a, where));
        readers_text(r->err, r->input);
        buf_puts(r->err, "\n");
    }
    return true;
}

static const char *suggest(const char *wrong, const char *const *names, int n)
{
    const char *best = NULL;
    int dist = 1000;
    for (int i = 0; i < n; i++)
        if (diag_is_close(wrong, names[i]) && diag_edit_distance(wrong, names[i]) < dist) {
            best = names[i];
            dist = diag_edit_distance(wrong, names[i]);
        }
    return best;
}

/* JSON numbers arrive as doubles; a decimal of up to 15 significant digits survives that
 * round trip exactly, so it is re-read as a decimal and never used as binary floating point. */
static bool exact_number(const char *s, size_t len, Rat *out);

static bool json_rat(const cJSON *j, Rat *out)
{
    /* whole numbers (ranks, minutes, ages) are exact doubles: no decimal round trip needed */
    double d = j->valuedouble;
    if (!isfinite(d))
        return false;
    if (d >= -9007199254740992.0 && d <= 9007199254740992.0 && d == (double)(int64_t)d) {
        *out = rat_int((int64_t)d);
        return true;
    }
    char text[64];
    snprintf(text, sizeof text, "%.15g", j->valuedouble);
    if (strtod(text, NULL) != j->valuedouble)
        return false;
    /* %g writes 0.00001 as 1e-05: read the exponent too, exactly */
    return exact_number(text, strlen(text), out);
}

/* H:MM (1 to 9 digits, a colon, 00..59) in a string of len bytes without NULs, in place:
 * its first colon is the one 3 bytes from the end exactly when the bytes before are digits */
static bool parse_hmm(const char *s, size_t len, Rat *minutes)
{
    if (len < 4 || len > 12 || s[len - 3] != ':' || s[len - 2] < '0' || s[len - 2] > '5'
        || s[len - 1] < '0' || s[len - 1] > '9')
        return false;
    int64_t h = 0;
    for (size_t i = 0; i < len - 3; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        h = h * 10 + (s[i] - '0');
    }
    *minutes = (Rat){ h * 60 + (s[len - 2] - '0') * 10 + (s[len - 1] - '0'), 1 };
    return true;
}

/* What the usual slips in a hand-written case look like where cJSON stops, and the fix. */
static const char *json_hint(const char *text, size_t len, const char *at)
{
    const char *end = text + len, *p = at;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    const char *b = at;     /* the last character before `at` that is not white space */
    while (b > text && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n' || b[-1] == '\r'))
        b--;
    char prev = b > text ? b[-1] : 0, next = p < end ? *p : 0;
    if (prev == ',' && (next == '}' || next == ']' || next == 0))
        return "; remove the comma before the closing bracket (JSON allows none there)";
    if ((prev == '}' || prev == ']') && b - 1 > text) {
        const char *q = b - 1;
        while (q > text && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r'))
            q--;
        if (q > text && q[-1] == ',')
            return "; remove the comma before the closing bracket (JSON allows none there)";
    }
    if (next == '\'' || prev == '\'')
        return "; JSON takes double quotes: \"name\", not 'name'";
    if (next == ':' && prev >= '0' && prev <= '9')
        return "; a duration is text: write \"1:30\" in quotes";
    if (next == '"' && (prev == '"' || (prev >= '0' && prev <= '9') || prev == 'e' || prev == 'l' || prev == '}' || prev == ']'))
        return "; a comma is missing before it";
    int open = 0;       /* brackets left open at the end, outside strings */
    bool in_string = false;
    for (const char *c = text; c < end; c++) {
        if (in_string) {
            if (*c == '\\' && c + 1 < end) c++;
            else if (*c == '"') in_string = false;
        } else if (*c == '"') in_string = true;
        else if (*c == '{' || *c == '[') open++;
        else if (*c == '}' || *c == ']') open--;
    }
    if (open > 0)
        return "; the case ends too early: a closing '}' or ']' is missing";
    return "";
}

static const char *allowed_text(Reader *r, const Type *t)
{
    Buf b;
    buf_init(&b);
    char lo[96], hi[96];
    switch (t->kind) {
    case T_BOOL: buf_puts(&b, "true or false"); break;
    case T_NUMBER:
        if (t->valid)
            buf_printf(&b, "a %snumber from %s to %s", t->whole ? "whole " : "",
                       rat_str(t->valid[0].u.r, lo, sizeof lo), rat_str(t->valid[1].u.r, hi, sizeof hi));
        else
            buf_puts(&b, t->whole ? "a whole number" : "a number");
        break;
    case T_DAYS: buf_puts(&b, "a whole number of days"); break;
    case T_TEXT: buf_puts(&b, "text"); break;
    case T_DATE: buf_puts(&b, "a date \"YYYY-MM-DD\" of the calendar"); break;
    case T_DURATION:
        if (t->valid)
            buf_printf(&b, "a duration from %s to %s", rat_hmm_str(t->valid[0].u.r, lo, sizeof lo), rat_hmm_str(t->valid[1].u.r, hi, sizeof hi));
        else
            buf_puts(&b, "a duration \"H:MM\" or a number of minutes, not negative");
        break;
    case T_ENUM:
        buf_puts(&b, "one of ");
        for (int i = 0; i < enum_size(t->enm); i++)
            buf_printf(&b, "%s%s", i ? ", " : "", enum_member_name(t->enm, i));
        break;
    case T_RECORD: buf_puts(&b, "an object with fields "); 
        for (int i = 0; i < t->nfields; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", t->fields[i].name);
        break;
    case T_LIST: buf_puts(&b, "a list [...]"); break;
    case T_TABLE: buf_puts(&b, "an object keyed by ");
        if (t->keys[0].enm)
            for (int i = 0; i < enum_size(t->keys[0].enm); i++)
                buf_printf(&b, "%s%s", i ? ", " : "", enum_member_name(t->keys[0].enm, i));
        break;
    default: buf_puts(&b, "nothing"); break;
    }
    const char *s = ar_strdup(r->a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* The member `text` means when case, '-' and ' ' for '_' are forgiven, else the closest. */
static const char *enum_as_written(const Decl *enm, const char *text)
{
    const char *best = NULL;
    int dist = 1000;
    for (int i = 0; i < enum_size(enm); i++) {
        const char *m = enum_member_name(enm, i);
        size_t k = 0;
        while (m[k] && text[k] && (toupper((unsigned char)text[k]) == toupper((unsigned char)m[k])
                                   || ((text[k] == '-' || text[k] == ' ') && m[k] == '_')))
            k++;
        if (!m[k] && !text[k])
            return m;
        diag_consider(text, m, &best, &dist);
    }
    return best;
}

static bool in_bounds(const Value *v, const Value *lo, const Value *hi)
{
    return value_cmp(v, lo) >= 0 && value_cmp(v, hi) <= 0;
}

static inline bool in_valid(const Type *t, const Value *v)
{
    if (t->whole && v->kind == V_NUMBER && v->u.r.den != 1)      /* !rat_is_int */
        return false;
    if (!t->valid)
        return true;
    const Value *lo = &t->valid[0], *hi = &t->valid[1];
    /* whole numbers (ranks, ages, minutes) against whole bounds: value_cmp's answer, inline */
    if (v->kind != V_DATE && v->u.r.den == 1 && lo->u.r.den == 1 && hi->u.r.den == 1)
        return lo->u.r.num <= v->u.r.num && v->u.r.num <= hi->u.r.num;
    return in_bounds(v, lo, hi);
}

static bool convert(Reader *r, const cJSON *j, const Type *t, const Path *path, Value *out, int depth);

static Value *record_defaults(Reader *r, const Type *t)
{
    if (t->deflt_items) {       /* facts_prepare's image: the same values, copied */
        Value *items = ar_alloc_uninit(r->a, sizeof(Value) * (size_t)(t->nfields + 1));
        memcpy(items, t->deflt_items, sizeof(Value) * (size_t)(t->nfields + 1));
        return items;
    }
    Value *items = ar_alloc(r->a, sizeof(Value) * (size_t)(t->nfields + 1));
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        if (f->deflt_value)
            items[i] = *f->deflt_value;
        else if (f->type->kind == T_LIST)
            items[i] = (Value){ .kind = V_LIST };
        else if (f->type->kind == T_TABLE) {
            /* the same empty table as `{}` reads to: a cell per key, every one absent (a table
             * of no cells read back unequal from what :save wrote) */
            int n = key_size(&f->type->keys[0]);
            items[i] = (Value){ .kind = V_TABLE };
            items[i].u.agg.count = n;
            items[i].u.agg.items = ar_alloc(r->a, sizeof(Value) * (size_t)(n + 1));
        }
    }
    return items;
}

static bool convert(Reader *r, const cJSON *j, const Type *t, const Path *path, Value *out, int depth)
{
    memset(out, 0, sizeof *out);
    if (depth > 16) {
        bad(r, path, NULL, "no deeper nesting");
        return false;
    }
    if (cJSON_IsNull(j)) {
        out->kind = V_ABSENT;
        return true;
    }
    switch (t->kind) {
    case T_BOOL:
        if (!cJSON_IsBool(j))
            break;
        *out = value_bool(cJSON_IsTrue(j));
        return true;
    case T_NUMBER:
    case T_DAYS:
        if (cJSON_IsNumber(j) && isfinite(j->valuedouble) && !json_rat(j, &out->u.r)) {
            /* a number, but not one cite reads exactly: "allowed: a number" alone puzzled */
            bad(r, path, j, ar_printf(r->a, "%s, of at most 15 significant digits (cite reads numbers exactly)",
                                      allowed_text(r, t)));
            return false;
        }
        if (!cJSON_IsNumber(j) || !json_rat(j, &out->u.r))
            break;
        out->kind = t->kind == T_NUMBER ? V_NUMBER : V_DAYS;
        if (t->kind == T_DAYS && !rat_is_int(out->u.r))
            break;
        if (!in_valid(t, out))
            break;
        return true;
    case T_TEXT:
        if (!cJSON_IsString(j))
            break;
        out->kind = V_TEXT;
        out->u.s = ar_strdup(r->a, j->valuestring);
        return true;
    case T_DATE:
        if (!cJSON_IsString(j) || !date_parse(j->valuestring, strlen(j->valuestring), &out->u.d))
            break;
        out->kind = V_DATE;
        if (!in_valid(t, out))
            break;
        return true;
    case T_DURATION: {
        Rat m;
        if (cJSON_IsString(j) ? !parse_hmm(j->valuestring, strlen(j->valuestring), &m) : !cJSON_IsNumber(j) || !json_rat(j, &m))
            break;
        if (rat_sign(m) < 0)
            break;
        if (!cJSON_IsString(j) && !rat_is_int(m) && !r->exact) {
            /* 1.5 is almost always hours meant as minutes: a number here is whole minutes */
            char num[64], hmm[64];
            Rat as_hours;
            bool ok = rat_mul(m, rat_int(60), &as_hours);
            bad(r, path, j, ar_printf(r->a, "a whole number of minutes, or a duration \"H:MM\" (%s minutes is "
                                      "not a duration%s%s%s)", rat_decimal_str(m, 6, num, sizeof num),
                                      ok ? ": for that many hours write \"" : "",
                                      ok ? rat_hmm_str(as_hours, hmm, sizeof hmm) : "", ok ? "\"" : ""));
            return false;
        }
        *out = value_duration(m, t->period);
        if (!in_valid(t, out))
            break;
        return true;
    }
    case T_ENUM: {
        if (!cJSON_IsString(j))
            break;
        int local = enum_find_member(t->enm, j->valuestring);
        if (local < 0) {
            /* "IHSS-R" as the notice prints it, "ipo" typed in lower case: say which is meant */
            const char *meant = enum_as_written(t->enm, j->valuestring);
            if (!meant)
                break;
            bad(r, path, j, ar_printf(r->a, "%s; did you mean '%s'?", allowed_text(r, t), meant));
            return false;
        }
        out->kind = V_ENUM;
        out->u.member = t->enm->u.enm.root_index[local];
        return true;
    }
    case T_LIST: {
        if (!cJSON_IsArray(j)) {
            /* two shorter forms (doc/contract.md 4b): one item alone for a list of one, and for a list
             * of records keyed by an enum, an object {KEY: VALUE}: one record per key, its first
             * field the key and its second the value (alternative_resources' v1 table) */
            const Type *e = t->elem;
            cJSON *list = NULL;
            if (e->kind == T_RECORD && e->nfields >= 2 && e->fields[0].type->kind == T_ENUM && cJSON_IsObject(j)) {
                list = cJSON_CreateArray();
                for (const cJSON *item = j->child; item; item = item->next) {
                    cJSON *rec = cJSON_CreateObject();
                    cJSON_AddStringToObject(rec, e->fields[0].name, item->string);
                    cJSON_AddItemToObject(rec, e->fields[1].name, cJSON_Duplicate(item, true));
                    cJSON_AddItemToArray(list, rec);
                }
            } else if (e->kind != T_RECORD && e->kind != T_LIST && e->kind != T_TABLE && !cJSON_IsObject(j)) {
                list = cJSON_CreateArray();
                cJSON_AddItemToArray(list, cJSON_Duplicate(j, true));
            }
            if (!list)
                break;
            bool ok = convert(r, list, t, path, out, depth + 1);
            cJSON_Delete(list);
            return ok;
        }
        int n = cJSON_GetArraySize(j), i = 0;
        out->kind = V_LIST;
        out->u.agg.count = n;
        out->u.agg.items = ar_alloc(r->a, sizeof(Value) * (size_t)(n + 1));
        bool ok = true;
        for (const cJSON *item = j->child; item; item = item->next, i++) {
            Path p = { path, NULL, i };
            if (cJSON_IsNull(item)) {       /* a list holds items; an absent one is no item */
                bad(r, &p, item, allowed_text(r, t->elem));
                ok = false;
                continue;
            }
            ok &= convert(r, item, t->elem, &p, &out->u.agg.items[i], depth + 1);
        }
        return ok;
    }
    case T_RECORD: {
        if (!cJSON_IsObject(j))
            break;
        out->kind = V_RECORD;
        out->u.agg.count = t->nfields;
        out->u.agg.items = record_defaults(r, t);
        bool ok = true;
        bool *seen = ar_alloc(r->a, sizeof(bool) * (size_t)(t->nfields + 1));
        for (const cJSON *item = j->child; item; item = item->next) {
            int f = -1;
            for (int i = 0; i < t->nfields; i++)
                if (strcmp(t->fields[i].name, item->string) == 0)
                    f = i;
            Path pp = { path, item->string, 0 };
            const Path *p = &pp;
            if (f < 0) {
                const char **names = ar_alloc(r->a, sizeof(char *) * (size_t)(t->nfields + 1));
                for (int i = 0; i < t->nfields; i++)
                    names[i] = t->fields[i].name;
                const char *best = suggest(item->string, names, t->nfields);
                bad(r, p, item, best ? ar_printf(r->a, "no such field; did you mean '%s'?", best)
                                     : ar_printf(r->a, "no such field (%s)", allowed_text(r, t)));
                ok = false;
                continue;
            }
            if (given_twice(r, p, seen, f)) {
                ok = false;
                continue;
            }
            ok &= convert(r, item, t->fields[f].type, p, &out->u.agg.items[f], depth + 1);
        }
        return ok;
    }
    case T_TABLE: {
        if (!cJSON_IsObject(j))
            break;
        const Key *k = &t->keys[0];
        int n = key_size(k);
        out->kind = V_TABLE;
        out->u.agg.count = n;
        out->u.agg.items = ar_alloc(r->a, sizeof(Value) * (size_t)(n + 1));
        bool ok = true;
        bool *seen = ar_alloc(r->a, sizeof(bool) * (size_t)(n + 1));
        for (const cJSON *item = j->child; item; item = item->next) {
            Path pp = { path, item->string, 0 };
            const Path *p = &pp;
            int cell = k->enm ? enum_find_member(k->enm, item->string) : -1;
            if (cell < 0) {
                const char **names = ar_alloc(r->a, sizeof(char *) * (size_t)(n + 1));
                for (int i = 0; i < n && k->enm; i++)
                    names[i] = enum_member_name(k->enm, i);
                const char *best = k->enm ? suggest(item->string, names, n) : NULL;
                r->errors++;
                buf_printf(r->err, "%s: error: '%s' is not a key of %s", r->origin, item->string, path_text(r->a, path));
                if (best)
                    buf_printf(r->err, "; did you mean '%s'?", best);
                else
                    buf_printf(r->err, "; allowed: %s", allowed_text(r, t) + strlen("an object keyed by "));
                readers_text(r->err, r->input);
                buf_puts(r->err, "\n");
                ok = false;
                continue;
            }
            if (given_twice(r, p, seen, cell)) {
                ok = false;
                continue;
            }
            ok &= convert(r, item, t->elem, p, &out->u.agg.items[cell], depth + 1);
        }
        return ok;
    }
    default:
        break;
    }
    bad(r, path, j, allowed_text(r, t));
    return false;
}

/* The value of input `in` when the case does not give it: its default, else an empty
 * record (its fields' defaults), list or table, else absent. */
static void input_default(const Program *p, Arena *a, const Decl *in, Value *v)
{
    memset(v, 0, sizeof *v);
    if (in->u.input.deflt_value)
        *v = *in->u.input.deflt_value;
    else if (in->u.input.type->kind == T_RECORD) {
        /* a record not given still has its fields' defaults (all false, no date) */
        Reader r = { .p = p, .a = a };
        v->kind = V_RECORD;
        v->u.agg.count = in->u.input.type->nfields;
        v->u.agg.items = record_defaults(&r, in->u.input.type);
    } else if (in->u.input.type->kind == T_LIST)
        v->kind = V_LIST;
    else if (in->u.input.type->kind == T_TABLE) {
        v->kind = V_TABLE;
        v->u.agg.count = key_size(&in->u.input.type->keys[0]);
        v->u.agg.items = ar_alloc(a, sizeof(Value) * (size_t)(v->u.agg.count + 1));
    }
}

static void fill_defaults(const Program *p, Arena *a, Facts *out)
{
    for (int i = 0; i < p->ninputs; i++)
        if (out->values[i].kind == V_ABSENT)
            input_default(p, a, p->inputs[i], &out->values[i]);
}

/* The default image of record type t (its items as record_defaults builds them), and of
 * the types inside it; a table not given is read-only cells, shared. */
static void prepare_type(Program *p, Type *t, int depth)
{
    if (!t || depth > 16)
        return;
    if (t->kind == T_LIST || t->kind == T_TABLE)
        prepare_type(p, t->elem, depth + 1);
    if (t->kind == T_TABLE && !t->absent_cells)
        t->absent_cells = ar_alloc(&p->arena, sizeof(Value) * (size_t)(key_size(&t->keys[0]) + 1));
    if (t->kind != T_RECORD || t->deflt_items)
        return;
    for (int i = 0; i < t->nfields; i++)
        prepare_type(p, t->fields[i].type, depth + 1);
    Reader r = { .p = p, .a = &p->arena };
    Value *items = record_defaults(&r, t);
    for (int i = 0; i < t->nfields; i++)
        if (!t->fields[i].deflt_value && t->fields[i].type->kind == T_TABLE)
            items[i].u.agg.items = t->fields[i].type->absent_cells;
    t->deflt_items = items;
}

/* The hash of a member's name facts_prepare files it under: its length and three bytes
 * (len > 0: the empty name is never filed, and fast_member does not look it up). */
static inline unsigned member_hash(const char *name, size_t len)
{
    return (unsigned)len * 41u ^ (unsigned char)name[0] * 7u ^ (unsigned char)name[len - 1] * 13u
           ^ (unsigned char)name[len / 2] * 3u;
}

/* An open-addressing table of enm's members, at most half full (names are distinct). */
static void prepare_lookup(Program *p, Decl *enm)
{
    int n = enm->u.enm.nmembers, cap = 8;
    for (int i = 0; i < n; i++) {
        if (enm->u.enm.members[i].name_len != (int)strlen(enm->u.enm.members[i].name))
            return;     /* not measured (code_compile): fast_member never matches, as before */
        if (enm->u.enm.members[i].name_len == 0)
            return;     /* the empty name is never a key the reader looks up: no table */
    }
    while (cap < 2 * n)
        cap *= 2;
    int *look = ar_alloc(&p->arena, sizeof(int) * (size_t)cap);
    for (int i = 0; i < cap; i++)
        look[i] = -1;
    for (int i = 0; i < n; i++) {
        const Member *m = &enm->u.enm.members[i];
        unsigned h = member_hash(m->name, (size_t)m->name_len) & (unsigned)(cap - 1);
        while (look[h] >= 0)
            h = (h + 1) & (unsigned)(cap - 1);
        look[h] = i;
    }
    enm->u.enm.lookup_mask = cap - 1;
    enm->u.enm.lookup = look;
}

void facts_prepare(Program *p)
{
    for (int i = 0; i < p->nenums; i++)
        if (!p->enums[i]->u.enm.lookup)
            prepare_lookup(p, p->enums[i]);
    Value *image = ar_alloc(&p->arena, sizeof(Value) * (size_t)(p->ninputs + 1));
    for (int i = 0; i < p->ninputs; i++) {
        const Decl *in = p->inputs[i];
        Type *t = in->u.input.type;
        prepare_type(p, t, 0);
        if (!in->u.input.deflt_value && t->kind == T_RECORD) {
            /* read-only fields, shared: the fast reader writes a record given into a copy of
             * its own (fast_value), and nothing writes into a case it read */
            image[i] = (Value){ .kind = V_RECORD };
            image[i].u.agg.count = t->nfields;
            image[i].u.agg.items = t->deflt_items;
        } else if (!in->u.input.deflt_value && t->kind == T_TABLE) {
            image[i] = (Value){ .kind = V_TABLE };
            image[i].u.agg.count = key_size(&t->keys[0]);
            image[i].u.agg.items = t->absent_cells;
        } else
            input_default(p, &p->arena, in, &image[i]);
    }
    p->input_defaults = image;
}

void facts_empty(const Program *p, Arena *a, Facts *out)
{
    out->count = p->ninputs;
    out->values = ar_alloc(a, sizeof(Value) * (size_t)(p->ninputs + 1));
    fill_defaults(p, a, out);
}

/* line:column of the byte where cJSON stopped */
static void json_position(const char *text, const char *at, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (const char *c = text; c < at; c++) {
        if (*c == '\n') { (*line)++; *col = 1; }
        else (*col)++;
    }
}

/* Text cite reads must be UTF-8 (else invalid bytes reach run's JSON output), and may not
 * hold \u0000 (cJSON's C strings end there: "ex\u0000ample" read as "ex", so ids collide).
 * Returns the offset of the problem, or -1; *what says which. */
static long bad_text(const char *text, size_t len, const char **what)
{
    size_t bad;
    if (!utf8_valid(text, len, &bad)) {
        *what = "is not valid UTF-8 text (save it as UTF-8)";
        return (long)bad;
    }
    for (const char *u = text; (u = memchr(u, '\\', (size_t)(text + len - u))) != NULL; u += 2) {
        if (u + 1 < text + len && u[1] == 'u' && text + len - u >= 6 && !memcmp(u + 2, "0000", 4)) {
            *what = "holds \\u0000, a NUL character, which text in cite may not contain";
            return (long)(u - text);
        }
        if (u + 1 >= text + len)
            break;
    }
    return -1;
}

/* The exact value of a JSON number's text, or false when it does not fit cite's exact
 * arithmetic (numerator and denominator in 64 bits: 1e-400, 4.9999999999999999999). */
static bool exact_number(const char *s, size_t len, Rat *out)
{
    size_t i = 0;
    bool neg = i < len && s[i] == '-';
    if (neg) i++;
    int64_t m = 0;
    long e = 0;
    bool frac = false;
    for (; i < len && (isdigit((unsigned char)s[i]) || s[i] == '.'); i++) {
        if (s[i] == '.') { frac = true; continue; }
        if (__builtin_mul_overflow(m, 10, &m) || __builtin_add_overflow(m, s[i] - '0', &m))
            return false;
        if (frac) e--;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        long x = strtol(s + i + 1, NULL, 10);
        if (x > 400 || x < -400)
            return m == 0 ? (*out = rat_int(0), true) : false;
        e += x;
    }
    while (m && m % 10 == 0 && e < 0) { m /= 10; e++; }
    int64_t den = 1;
    for (; e > 0; e--)
        if (__builtin_mul_overflow(m, 10, &m))
            return false;
    for (; e < 0; e++)
        if (__builtin_mul_overflow(den, 10, &den))
            return false;
    return rat_make(neg ? -m : m, den, out);
}

/* A number that cite would not read exactly as written (the double cJSON makes of it is
 * another number: 4.9999999999999999999 read as 5, 1e-400 as 0, 9007199254740993 as
 * ...992). Returns the offset of the first, or -1; *n is its length. Texts are skipped. */
static long inexact_number(const char *text, size_t len, size_t *n)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '"') {
            for (i++; i < len && text[i] != '"'; i++)
                if (text[i] == '\\') i++;
            continue;
        }
        if (text[i] != '-' && !isdigit((unsigned char)text[i]))
            continue;
        size_t j = i + 1;
        while (j < len && (isdigit((unsigned char)text[j]) || strchr(".eE+-", text[j])))
            j++;
        char tok[512];
        size_t k = j - i < sizeof tok - 1 ? j - i : sizeof tok - 1;
        memcpy(tok, text + i, k);
        tok[k] = '\0';
        Rat exact, seen;
        cJSON probe = { .type = cJSON_Number, .valuedouble = strtod(tok, NULL) };
        bool ok = exact_number(tok, k, &exact);
        if (json_rat(&probe, &seen) && (!ok || !rat_eq(exact, seen))) {
            *n = k;
            return (long)i;
        }
        i = j - 1;
    }
    return -1;
}

bool facts_parse(const Program *p, Arena *a, const char *origin, const char *text, size_t len, Facts *out, Buf *err)
{
    facts_empty(p, a, out);
    size_t scan = 0;
    while (scan < len && (text[scan] == ' ' || text[scan] == '\n' || text[scan] == '\t' || text[scan] == '\r'))
        scan++;
    if (scan == len) {
        buf_printf(err, "%s: error: the case is empty; expected a JSON object {\"assessment_date\": ..., ...}\n", origin);
        return false;
    }
    if (memchr(text, '\0', len)) {
        buf_printf(err, "%s: error: the case holds a NUL byte; expected JSON text\n", origin);
        return false;
    }
    const char *what;
    long at_bad = bad_text(text, len, &what);
    if (at_bad >= 0) {
        int line, col;
        json_position(text, text + at_bad, &line, &col);
        buf_printf(err, "%s:%d:%d: error: the case %s\n", origin, line, col, what);
        return false;
    }
    size_t nlen;
    long at_num = inexact_number(text, len, &nlen);
    if (at_num >= 0) {
        int line, col;
        json_position(text, text + at_num, &line, &col);
        buf_printf(err, "%s:%d:%d: error: the number %.*s cannot be read exactly (cite reads at most 15 "
                   "significant digits, and no number too small or too large for exact arithmetic); it "
                   "would be rounded\n", origin, line, col, (int)(nlen > 40 ? 40 : nlen), text + at_num);
        return false;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        if (!at || at < text || at > text + len)
            at = text;
        int line, col;
        json_position(text, at, &line, &col);
        /* cJSON stops at 1000 levels of nesting: say so rather than "malformed" */
        int depth = 0, deepest = 0;
        for (const char *c = text; c < at; c++) {
            if (*c == '[' || *c == '{') depth++;
            else if (*c == ']' || *c == '}') depth--;
            if (depth > deepest) deepest = depth;
        }
        if (deepest >= CJSON_NESTING_LIMIT) {
            buf_printf(err, "%s:%d:%d: error: the case nests deeper than %d levels\n", origin, line, col,
                       CJSON_NESTING_LIMIT);
            return false;
        }
        size_t show = 0;
        while (at + show < text + len && show < 20 && at[show] != '\n')
            show++;
        buf_printf(err, "%s:%d:%d: error: malformed JSON near '%.*s'%s\n", origin, line, col, (int)show, at,
                   json_hint(text, len, at));
        return false;
    }
    Reader r = { .p = p, .a = a, .origin = origin, .err = err };
    /* anything after the case's closing brace (a second object, a stray word) is an error:
     * silently reading only the first object would evaluate the wrong facts */
    const char *rest = end ? end : text + len;
    while (rest < text + len && (*rest == ' ' || *rest == '\n' || *rest == '\t' || *rest == '\r'))
        rest++;
    if (rest < text + len) {
        int line, col;
        json_position(text, rest, &line, &col);
        buf_printf(err, "%s:%d:%d: error: text after the end of the case; a case file holds one JSON object\n",
                   origin, line, col);
        cJSON_Delete(root);
        return false;
    }
    if (!cJSON_IsObject(root)) {
        buf_printf(err, "%s: error: a case is a JSON object of facts, not %s\n", origin,
                   cJSON_IsArray(root) ? "a list" : "a single value");
        cJSON_Delete(root);
        return false;
    }
    const char **names = ar_alloc(a, sizeof(char *) * (size_t)(p->ninputs + 1));
    for (int i = 0; i < p->ninputs; i++)
        names[i] = p->inputs[i]->name;
    bool *given = ar_alloc(a, sizeof(bool) * (size_t)(p->ninputs + 1));
    for (const cJSON *item = root->child; item; item = item->next) {
        const Decl *in = program_find_input(p, item->string);
        if (!in) {
            const char *best = suggest(item->string, names, p->ninputs);
            if (best)
                note_error(&r, "unknown fact '%s'; did you mean '%s'?", item->string, best);
            else
                note_error(&r, "unknown fact '%s'%s", item->string, " (not an input of these rules)");
            continue;
        }
        r.input = in;
        Value v;
        Path top = { NULL, item->string, 0 };
        if (given_twice(&r, &top, given, in->index))
            continue;
        if (convert(&r, item, in->u.input.type, &top, &v, 0) && v.kind != V_ABSENT)
            out->values[in->index] = v;
    }
    cJSON_Delete(root);
    if (r.errors > 50)     /* bad() and note_error() show the first 50: say that there are more */
        buf_printf(err, "%s: error: %d more errors in the case, not shown\n", origin, r.errors - 50);
    return r.errors == 0;
}

/* ---- the fast reader ----
 * cite run reads most of its time in JSON: cJSON builds a tree of malloc'ed nodes that
 * convert() then walks. This reader parses a case straight into facts, led by the inputs'
 * types, for the common shape of a well-formed case: whole numbers, plain ASCII strings,
 * known names. Anything else (a fraction, an escape, an unknown name, a bad value, any
 * error) makes it give up and return false, and the caller reads the case with
 * facts_parse, which reports the error or reads the rarer form. So every value it does
 * read is the one facts_parse would read (tests/cli/compiled.t compares the two). */

typedef struct Fast {
    const char *s, *end;
    const Program *p;
    Arena *a;
    int next_input;                 /* the likely next key: a case's keys mostly come in the
                                       order the rules declare them (a hint, never relied on) */
    int next_member[16];            /* the same for members, an enum's by its index mod 16 */
} Fast;

static inline void fast_ws(Fast *f)
{
    while (f->s < f->end && (*f->s == ' ' || *f->s == '\n' || *f->s == '\t' || *f->s == '\r'))
        f->s++;
}

static inline bool fast_char(Fast *f, char c)
{
    if (f->s < f->end && *f->s == c) {     /* the bench's cases have no spaces */
        f->s++;
        return true;
    }
    fast_ws(f);
    if (f->s < f->end && *f->s == c) {
        f->s++;
        return true;
    }
    return false;
}

static bool fast_word(Fast *f, const char *w, size_t n)
{
    if ((size_t)(f->end - f->s) < n || memcmp(f->s, w, n) != 0)
        return false;
    f->s += n;
    return true;
}

/* A string of printable ASCII without escapes; the span between the quotes. Inline, as are
 * fast_integer and fast_member: a call's frame was a fifth of what each cost a key. */
static inline __attribute__((always_inline)) bool fast_string(Fast *f, const char **start, size_t *len)
{
    if (!fast_char(f, '"'))
        return false;
    const char *c = f->s;
#ifdef __SSE2__
    /* 16 bytes at a time while none is a quote, a backslash, a control or a non-ASCII byte:
     * the bytes of a case are mostly its names and H:MM strings */
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(' '),
                  del = _mm_set1_epi8(0x7f);
    while (f->end - c >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)c);
        /* signed compare: bytes >= 0x80 are negative, so below ' ' too */
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)),
                                    _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del)));
        int mask = _mm_movemask_epi8(stop);
        if (mask) {
            c += __builtin_ctz((unsigned)mask);
            break;
        }
        c += 16;
    }
#endif
    while (c < f->end && *c != '"') {
        if ((unsigned char)(*c - 0x20) > 0x5e || *c == '\\')   /* outside ' '..'~', or an escape */
            return false;
        c++;
    }
    if (c == f->end)
        return false;
    *start = f->s;
    *len = (size_t)(c - f->s);
    f->s = c + 1;
    return true;
}

/* A whole number of at most 15 digits: exactly what json_rat reads without a round trip. */
static inline __attribute__((always_inline)) bool fast_integer(Fast *f, Rat *out)
{
    const char *c = f->s;
    if (f->end - c >= 2 && (unsigned)(c[0] - '0') < 10 && (unsigned)(c[1] - '0') >= 10 && c[1] != '.'
        && c[1] != 'e' && c[1] != 'E') {
        f->s = c + 1;       /* one digit (a rank): what the loop below reads, at once */
        *out = (Rat){ c[0] - '0', 1 };
        return true;
    }
    bool neg = c < f->end && *c == '-';
    if (neg)
        c++;
    const char *digits = c;
    int64_t n = 0;
    while (c < f->end && *c >= '0' && *c <= '9' && c - digits < 16)
        n = n * 10 + (*c++ - '0');
    size_t nd = (size_t)(c - digits);
    if (nd == 0 || nd > 15 || (nd > 1 && *digits == '0'))
        return false;
    if (c < f->end && (*c == '.' || *c == 'e' || *c == 'E' || (*c >= '0' && *c <= '9')))
        return false;
    f->s = c;
    *out = (Rat){ neg ? -n : n, 1 };     /* rat_int, without the call */
    return true;
}


/* Names are compared by the lengths code_compile measured (0 before it ran: no match, and
 * facts_parse reads the case). */
static inline bool same_name(const char *name, int name_len, const char *key, size_t len)
{
    if ((size_t)name_len != len)
        return false;
    /* names are short: 8 bytes at a time, inline (memcmp is a call a key); the last word
     * ends at len, overlapping the one before, so there is no byte loop */
    if (len >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 < len; i += 8) {
            memcpy(&x, name + i, 8);
            memcpy(&y, key + i, 8);
            if (x != y)
                return false;
        }
        memcpy(&x, name + len - 8, 8);
        memcpy(&y, key + len - 8, 8);
        return x == y;
    }
    if (len >= 4) {
        uint32_t x, y, z, w;
        memcpy(&x, name, 4);
        memcpy(&y, key, 4);
        memcpy(&z, name + len - 4, 4);
        memcpy(&w, key + len - 4, 4);
        return x == y && z == w;
    }
    for (size_t i = 0; i < len; i++)
        if (name[i] != key[i])
            return false;
    return true;
}

static inline __attribute__((always_inline)) int fast_member(Fast *f, const Decl *enm, const char *name, size_t len)
{
    if (len == 0)
        return -1;      /* no member has the empty name the reader gives up on (member_hash) */
    const Member *m = enm->u.enm.members;
    int *hint = &f->next_member[enm->index & 15];
    int n = enm->u.enm.nmembers, i = *hint;
    if (i >= n || !same_name(m[i].name, m[i].name_len, name, len)) {
        if (enm->u.enm.lookup) {        /* the hash facts_prepare built; else every member */
            const int *look = enm->u.enm.lookup;
            unsigned mask = (unsigned)enm->u.enm.lookup_mask, h = member_hash(name, len) & mask;
            while ((i = look[h]) >= 0 && !same_name(m[i].name, m[i].name_len, name, len))
                h = (h + 1) & mask;
        } else {
            for (i = 0; i < n && !same_name(m[i].name, m[i].name_len, name, len); i++)
                ;
            if (i == n)
                i = -1;
        }
        if (i < 0)
            return -1;
    }
    *hint = i + 1;
    return i;
}

/* `"NAME":` matched in its bytes, quotes and colon at once (no scan for the closing quote, no
 * lookup): true and past the colon, or false with nothing read. */
static inline __attribute__((always_inline)) bool fast_next_name(Fast *f, const char *name, int name_len)
{
    size_t n = (size_t)name_len;
    const char *c = f->s;
    if (n == 0 || (size_t)(f->end - c) < n + 3 || c[0] != '"' || c[n + 1] != '"' || c[n + 2] != ':'
        || !same_name(name, name_len, c + 1, n))
        return false;
    f->s = c + n + 3;
    return true;
}

/* The member that followed the last key read of this enum, if the next key is it: a case
 * lists a table's keys in the same order every time. Its index, past the colon; else -1,
 * nothing read, and fast_string reads the key. */
static inline __attribute__((always_inline)) int fast_next_key(Fast *f, const Decl *enm)
{
    int *hint = &f->next_member[enm->index & 15];
    int i = *hint;
    if (i >= enm->u.enm.nmembers)
        return -1;
    const Member *m = &enm->u.enm.members[i];
    if (!fast_next_name(f, m->name, m->name_len))
        return -1;
    *hint = i + 1;
    return i;
}

static bool fast_value(Fast *f, const Type *t, Value *out, int depth);

/* The slots of an object already read. A name given twice is an error facts_parse reports:
 * the fast reader gives up on it. Names are distinct, so a name given twice is a slot read
 * twice: a bit for each slot; the full reader reads objects with more slots than that. */
typedef struct SlotsSeen {
    uint64_t bits[64];
} SlotsSeen;

static inline bool slots_clear(SlotsSeen *s, int nslots)
{
    if (nslots > (int)(sizeof s->bits * 8))
        return false;
    if (nslots <= 64)
        s->bits[0] = 0;         /* every table and record of the bench: no memset call */
    else
        memset(s->bits, 0, sizeof(uint64_t) * (size_t)((nslots + 63) / 64));
    return true;
}

/* False for a slot outside the object (or -1: not a name it has) or one already read. */
static inline bool slot_take(SlotsSeen *s, int slot, int nslots)
{
    /* one unsigned compare for both bounds, and unsigned shifts: no sign fix-ups */
    unsigned u = (unsigned)slot;
    if (u >= (unsigned)nslots || (s->bits[u / 64] >> (u % 64) & 1))
        return false;
    s->bits[u / 64] |= (uint64_t)1 << (u % 64);
    return true;
}

/* {"key": value, ...}: each value read by `item`, which finds the key's type and slot and
 * returns the slot (below nslots), or -1 to give up. */
typedef int (*FastItem)(Fast *f, const void *ctx, const char *key, size_t len, Value *into, int depth);

static inline __attribute__((always_inline)) bool fast_object(Fast *f, FastItem item, const void *ctx, Value *items, int nslots, int depth)
{
    if (!fast_char(f, '{'))
        return false;
    if (fast_char(f, '}'))
        return true;
    SlotsSeen seen;
    if (!slots_clear(&seen, nslots))
        return false;
    do {
        const char *key;
        size_t len;
        if (!fast_string(f, &key, &len) || len == 0 || !fast_char(f, ':'))
            return false;
        if (!slot_take(&seen, item(f, ctx, key, len, items, depth), nslots))
            return false;
    } while (fast_char(f, ','));
    return fast_char(f, '}');
}

static int fast_field(Fast *f, const void *ctx, const char *key, size_t len, Value *items, int depth)
{
    const Type *t = ctx;
    for (int i = 0; i < t->nfields; i++)
        if (same_name(t->fields[i].name, t->fields[i].name_len, key, len))
            return fast_value(f, t->fields[i].type, &items[i], depth + 1) ? i : -1;
    return -1;
}

/* fast_object with the item reader written out for a table, the object a case has most of:
 * the same reading, without a call through a pointer for each cell */
static bool fast_cells(Fast *f, const Type *t, Value *items, int nslots, int depth)
{
    if (!fast_char(f, '{'))
        return false;
    if (fast_char(f, '}'))
        return true;
    SlotsSeen seen;
    if (!slots_clear(&seen, nslots))
        return false;
    const Decl *enm = t->keys[0].enm;
    bool whole = t->elem->kind == T_NUMBER && depth + 1 <= 16;
    bool hmm = t->elem->kind == T_DURATION && depth + 1 <= 16;
    /* the digits a one-digit cell (a rank) may be: in_valid's whole bounds, once a table */
    unsigned dlo = 0, dhi = whole ? 9 : 0;
    if (whole && t->elem->valid) {
        const Rat *lo = &t->elem->valid[0].u.r, *hi = &t->elem->valid[1].u.r;
        if (lo->den == 1 && hi->den == 1 && lo->num <= 9 && hi->num >= 0) {
            dlo = lo->num < 0 ? 0 : (unsigned)lo->num;
            dhi = hi->num > 9 ? 9 : (unsigned)hi->num;
        } else {
            dlo = 1, dhi = 0;       /* none: fast_integer and in_valid below */
        }
    }
    do {
        int cell = fast_next_key(f, enm);
        if (cell < 0) {
            const char *key;
            size_t len;
            if (!fast_string(f, &key, &len) || len == 0 || !fast_char(f, ':'))
                return false;
            cell = fast_member(f, enm, key, len);
        }
        if (!slot_take(&seen, cell, nslots))
            return false;
        const char *c = f->s;
        unsigned d;
        if (whole && f->end - c >= 2 && (d = (unsigned)(c[0] - '0')) <= 9 && (c[1] == ',' || c[1] == '}')
            && d >= dlo && d <= dhi) {
            /* one digit, then the cell's end: fast_integer's first case, bounds checked */
            Value *out = &items[cell];
            memset(out, 0, sizeof *out);
            out->kind = V_NUMBER;
            out->u.r = (Rat){ (int64_t)d, 1 };
            f->s = c + 1;
        } else if (whole && f->s < f->end && (unsigned)(*f->s - '0') < 10) {
            /* a rank: fast_value's T_NUMBER, without its dispatch */
            Value *out = &items[cell];
            memset(out, 0, sizeof *out);
            if (!fast_integer(f, &out->u.r))
                return false;
            out->kind = V_NUMBER;
            if (!in_valid(t->elem, out))
                return false;
        } else if (hmm && f->s < f->end && (*f->s == '"' || (unsigned)(*f->s - '0') < 10)) {
            /* "H:MM" or minutes (weekly_need): fast_value's T_DURATION, without its dispatch */
            const char *str;
            size_t len;
            Rat m;
            size_t h = f->end - c >= 7 && (unsigned)(c[2] - '0') < 10 ? 2 : 1;   /* "HH:MM" or "H:MM" */
            if (c[0] == '"' && (size_t)(f->end - c) >= h + 5 && (unsigned)(c[1] - '0') < 10
                && (h == 1 || (unsigned)(c[2] - '0') < 10) && c[h + 1] == ':' && (unsigned)(c[h + 2] - '0') < 6
                && (unsigned)(c[h + 3] - '0') < 10 && c[h + 4] == '"') {
                /* the common short form, parse_hmm's reading without the scan for the quote */
                int64_t hours = h == 1 ? c[1] - '0' : (c[1] - '0') * 10 + (c[2] - '0');
                m = (Rat){ hours * 60 + (c[h + 2] - '0') * 10 + (c[h + 3] - '0'), 1 };
                f->s = c + h + 5;
            } else if (*f->s == '"' ? !fast_string(f, &str, &len) || !parse_hmm(str, len, &m) : !fast_integer(f, &m))
                return false;
            if (m.num < 0)
                return false;
            items[cell] = value_duration(m, t->elem->period);
            if (!in_valid(t->elem, &items[cell]))
                return false;
        } else if (!fast_value(f, t->elem, &items[cell], depth + 1))
            return false;
    } while (fast_char(f, ','));
    return fast_char(f, '}');
}

/* A list of the n items gathered on the stack, copied into the case's arena. */
static bool fast_list(Fast *f, Value *out, const Value *items, int n)
{
    out->kind = V_LIST;
    out->u.agg.count = n;
    out->u.agg.items = ar_alloc_uninit(f->a, sizeof(Value) * (size_t)(n + 1));
    memcpy(out->u.agg.items, items, sizeof(Value) * (size_t)n);
    memset(&out->u.agg.items[n], 0, sizeof(Value));     /* as ar_alloc left it */
    return true;
}

/* A list of records keyed by an enum in its short form (doc/contract.md 4b), {KEY: VALUE}:
 * one record per key, its first field the key, its second the value, the others their
 * defaults, as convert() reads it (alternative_resources' v1 table: 16% of the bench's
 * cases, which the cJSON reader read before). */
static bool fast_keyed_list(Fast *f, const Type *t, Value *out, int depth)
{
    const Type *e = t->elem;
    if (e->kind != T_RECORD || e->nfields < 2 || e->fields[0].type->kind != T_ENUM || !fast_char(f, '{'))
        return false;
    const Decl *enm = e->fields[0].type->enm;
    Value items[64];
    int n = 0;
    if (!fast_char(f, '}')) {
        do {
            const char *key;
            size_t len;
            if (n == 64 || !fast_string(f, &key, &len) || len == 0 || !fast_char(f, ':'))
                return false;
            int local = fast_member(f, enm, key, len);
            if (local < 0)
                return false;
            Reader r = { .p = f->p, .a = f->a };
            Value *fields = record_defaults(&r, e);
            if (!fast_value(f, e->fields[1].type, &fields[1], depth + 2))
                return false;
            memset(&fields[0], 0, sizeof fields[0]);
            fields[0].kind = V_ENUM;
            fields[0].u.member = enm->u.enm.root_index[local];
            memset(&items[n], 0, sizeof items[n]);
            items[n].kind = V_RECORD;
            items[n].u.agg.count = e->nfields;
            items[n++].u.agg.items = fields;
        } while (fast_char(f, ','));
        if (!fast_char(f, '}'))
            return false;
    }
    return fast_list(f, out, items, n);
}

static bool fast_value(Fast *f, const Type *t, Value *out, int depth)
{
    memset(out, 0, sizeof *out);
    fast_ws(f);
    if (depth > 16 || f->s == f->end)
        return false;
    if (*f->s == 'n')
        return fast_word(f, "null", 4);         /* V_ABSENT, as convert() reads null */
    const char *str;
    size_t len;
    switch (t->kind) {
    case T_BOOL:
        if (fast_word(f, "true", 4))
            *out = value_bool(true);
        else if (fast_word(f, "false", 5))
            *out = value_bool(false);
        else
            return false;
        return true;
    case T_NUMBER: case T_DAYS:
        if (!fast_integer(f, &out->u.r))
            return false;
        out->kind = t->kind == T_NUMBER ? V_NUMBER : V_DAYS;
        return in_valid(t, out);
    case T_TEXT:
        if (!fast_string(f, &str, &len))
            return false;
        out->kind = V_TEXT;
        {   /* ar_strndup without its search for a NUL: fast_string has none */
            char *copy = ar_alloc_uninit(f->a, len + 1);
            memcpy(copy, str, len);
            copy[len] = '\0';
            out->u.s = copy;
        }
        return true;
    case T_DATE:
        if (!fast_string(f, &str, &len) || !date_parse(str, len, &out->u.d))
            return false;
        out->kind = V_DATE;
        return in_valid(t, out);
    case T_DURATION: {
        Rat m;
        if (*f->s == '"') {
            if (!fast_string(f, &str, &len) || !parse_hmm(str, len, &m))
                return false;
        } else if (!fast_integer(f, &m)) {
            return false;
        }
        if (m.num < 0)          /* rat_sign: the denominator is positive */
            return false;
        *out = value_duration(m, t->period);
        return in_valid(t, out);
    }
    case T_ENUM: {
        if (!fast_string(f, &str, &len) || len == 0)
            return false;
        int local = fast_member(f, t->enm, str, len);
        if (local < 0)
            return false;
        out->kind = V_ENUM;
        out->u.member = t->enm->u.enm.root_index[local];
        return true;
    }
    case T_LIST: {
        Value items[64];
        int n = 0;
        fast_ws(f);
        if (f->s < f->end && *f->s == '{')
            return fast_keyed_list(f, t, out, depth);
        if (!fast_char(f, '[')) {
            /* one item alone, for a list of one (convert() reads the other short form) */
            const Type *e = t->elem;
            if (e->kind == T_RECORD || e->kind == T_LIST || e->kind == T_TABLE
                || !fast_value(f, e, &items[0], depth + 1) || items[0].kind == V_ABSENT)
                return false;
            n = 1;
        } else if (!fast_char(f, ']')) {
            do {
                if (n == 64 || !fast_value(f, t->elem, &items[n], depth + 1) || items[n++].kind == V_ABSENT)
                    return false;
            } while (fast_char(f, ','));
            if (!fast_char(f, ']'))
                return false;
        }
        return fast_list(f, out, items, n);
    }
    case T_RECORD: {
        Reader r = { .p = f->p, .a = f->a };
        out->kind = V_RECORD;
        out->u.agg.count = t->nfields;
        out->u.agg.items = record_defaults(&r, t);
        return fast_object(f, fast_field, t, out->u.agg.items, t->nfields, depth);
    }
    case T_TABLE: {
        if (!t->keys[0].enm)
            return false;
        out->kind = V_TABLE;
        out->u.agg.count = key_size(&t->keys[0]);
        out->u.agg.items = ar_alloc(f->a, sizeof(Value) * (size_t)(out->u.agg.count + 1));
        return fast_cells(f, t, out->u.agg.items, out->u.agg.count, depth);
    }
    default:
        return false;
    }
}

/* The input named key: from `hint` on, then from the start, as a case leaves out inputs
 * between the ones it gives (names are distinct: the one match either way); -1 if none. */
static inline int find_input(const Decl *const *inputs, int n, int hint, const char *key, size_t len)
{
    for (int i = hint; i < n; i++)
        if (same_name(inputs[i]->name, inputs[i]->name_len, key, len))
            return i;
    for (int i = 0; i < hint; i++)
        if (same_name(inputs[i]->name, inputs[i]->name_len, key, len))
            return i;
    return -1;
}

/* The inputs of a case: fast_object's loop, the key first matched against the input after
 * the last one read (fast_next_name), as the keys mostly come in the order declared. */
static bool fast_inputs(Fast *f, Value *values)
{
    if (!fast_char(f, '{'))
        return false;
    if (fast_char(f, '}'))
        return true;
    SlotsSeen seen;
    int n = f->p->ninputs;
    if (n == 0 || !slots_clear(&seen, n))
        return false;
    const Decl *const *inputs = (const Decl *const *)f->p->inputs;
    do {
        int i = f->next_input < n ? f->next_input : 0;
        if (!fast_next_name(f, inputs[i]->name, inputs[i]->name_len)) {
            const char *key;
            size_t len;
            if (!fast_string(f, &key, &len) || len == 0 || !fast_char(f, ':'))
                return false;
            i = find_input(inputs, n, i, key, len);
            if (i < 0)
                return false;
        }
        f->next_input = i + 1;
        const Decl *in = inputs[i];
        Value v;
        if (!slot_take(&seen, in->index, n) || !fast_value(f, in->u.input.type, &v, 0))
            return false;
        if (v.kind != V_ABSENT)
            values[in->index] = v;
    } while (fast_char(f, ','));
    return fast_char(f, '}');
}

bool facts_parse_fast(const Program *p, Arena *a, const char *text, size_t len, Facts *out)
{
    Fast f = { .s = text, .end = text + len, .p = p, .a = a };
    /* the facts given first, then the defaults of the others (facts_parse fills the defaults
     * first and overwrites them: the same facts, without making tables that are replaced) */
    out->count = p->ninputs;
    if (p->input_defaults) {
        /* facts_prepare's defaults first: a fact given replaces its default */
        out->values = ar_alloc_uninit(a, sizeof(Value) * (size_t)(p->ninputs + 1));
        memcpy(out->values, p->input_defaults, sizeof(Value) * (size_t)(p->ninputs + 1));
    } else {
        out->values = ar_alloc(a, sizeof(Value) * (size_t)(p->ninputs + 1));   /* all V_ABSENT */
    }
    if (!fast_inputs(&f, out->values))
        return false;
    fast_ws(&f);
    if (f.s != f.end)
        return false;
    if (!p->input_defaults)
        fill_defaults(p, a, out);
    return true;
}

bool facts_load(const Program *p, Arena *a, const char *path, Facts *out, Buf *err)
{
    char *text = NULL;
    size_t len = 0;
    switch (ar_read_file(a, path, MAX_CASE_BYTES, &text, &len)) {
    case AR_READ_OK:    /* --facts - : the case comes on standard input */
        return facts_parse(p, a, strcmp(path, "-") ? path : "<stdin>", text, len, out, err);
    case AR_READ_CANNOT:
        buf_printf(err, "cite: cannot read case %s: %s\n", path, strerror(errno));
        return false;
    case AR_READ_TOO_BIG:
        buf_printf(err, "%s: error: the case is larger than %u bytes\n", path, MAX_CASE_BYTES);
        return false;
    }
    return false;
}

/* ---- changing one fact by path ---- */

static Value copy_agg(Arena *a, const Value *v, int count)
{
    Value c = *v;
    c.u.agg.count = count;
    c.u.agg.items = ar_alloc(a, sizeof(Value) * (size_t)(count + 1));
    if (v->u.agg.items)
        memcpy(c.u.agg.items, v->u.agg.items, sizeof(Value) * (size_t)(v->u.agg.count < count ? v->u.agg.count : count));
    return c;
}

/* A list of records keyed by an enum (alternative_resources): the position of the key's
 * record, or -1. */
static int keyed_record(const Value *list, int member)
{
    for (int i = 0; list->kind == V_LIST && i < list->u.agg.count; i++)
        if (list->u.agg.items[i].kind == V_RECORD && list->u.agg.items[i].u.agg.items[0].u.member == member)
            return i;
    return -1;
}

/* Finds the slot a path names in a fresh copy of the facts, copying aggregates on the way. */
static Value *locate(const Program *p, Arena *a, Facts *f, const char *path, const Type **type, const Decl **input, Buf *err)
{
    /* "ranks..dressing", ".age", "age.": strtok would skip the empty part and read another path */
    size_t n = strlen(path);
    if (n == 0 || path[0] == '.' || path[n - 1] == '.' || strstr(path, "..")) {
        buf_printf(err, "error: '%s' is not a fact path (names joined by '.', such as ranks.dressing)\n", path);
        return NULL;
    }
    char *copy = ar_strdup(a, path);
    char *save = NULL;
    char *part = strtok_r(copy, ".", &save);
    if (!part) {
        buf_printf(err, "error: no fact named\n");
        return NULL;
    }
    const Decl *in = program_find_input(p, part);
    if (!in) {
        const char *best = program_suggest(p, part);
        if (program_find_rule(p, part))
            buf_printf(err, "error: '%s' is a rule, computed from the facts; set the facts it reads instead\n", part);
        else if (best)
            buf_printf(err, "error: unknown fact '%s'; did you mean '%s'?\n", part, best);
        else if (strlen(part) > 128)     /* no name is longer: do not echo 100 KB back */
            buf_printf(err, "error: unknown fact '%.40s...' (%zu characters; names are at most 128)\n", part, strlen(part));
        else
            buf_printf(err, "error: unknown fact '%s'\n", part);
        return NULL;
    }
    *input = in;
    Value *slot = &f->values[in->index];
    const Type *t = in->u.input.type;
    const char *where = in->name;
    while ((part = strtok_r(NULL, ".", &save)) != NULL) {
        if (t->kind == T_TABLE) {
            int cell = t->keys[0].enm ? enum_find_member(t->keys[0].enm, part) : -1;
            if (cell < 0) {
                buf_printf(err, "error: '%s' is not a key of %s", part, where);
                if (t->keys[0].enm) {
                    const char **names = ar_alloc(a, sizeof(char *) * (size_t)(enum_size(t->keys[0].enm) + 1));
                    for (int i = 0; i < enum_size(t->keys[0].enm); i++)
                        names[i] = enum_member_name(t->keys[0].enm, i);
                    const char *best = suggest(part, names, enum_size(t->keys[0].enm));
                    if (best)
                        buf_printf(err, "; did you mean '%s'?", best);
                }
                buf_puts(err, "\n");
                return NULL;
            }
            *slot = copy_agg(a, slot, key_size(&t->keys[0]));
            slot->kind = V_TABLE;
            slot = &slot->u.agg.items[cell];
            t = t->elem;
        } else if (t->kind == T_RECORD) {
            int fi = -1;
            for (int i = 0; i < t->nfields; i++)
                if (strcmp(t->fields[i].name, part) == 0)
                    fi = i;
            if (fi < 0) {
                buf_printf(err, "error: %s has no field '%s'\n", where, part);
                return NULL;
            }
            if (slot->kind != V_RECORD) {
                Reader r = { .p = p, .a = a, .origin = "", .err = err, .input = in };
                slot->kind = V_RECORD;
                slot->u.agg.count = t->nfields;
                slot->u.agg.items = record_defaults(&r, t);
            } else {
                *slot = copy_agg(a, slot, t->nfields);
            }
            slot = &slot->u.agg.items[fi];
            t = t->fields[fi].type;
        } else if (t->kind == T_LIST && t->elem->kind == T_RECORD && t->elem->nfields >= 2
                   && t->elem->fields[0].type->kind == T_ENUM) {
            /* alternative_resources.bathing_grooming: the second field of the record keyed so
             * (the list's {KEY: VALUE} form), added when the list has none */
            const Type *rt = t->elem;
            const Decl *key_enum = rt->fields[0].type->enm;
            int local = enum_find_member(key_enum, part);
            if (local < 0) {
                buf_printf(err, "error: '%s' is not a %s of %s\n", part, rt->fields[0].name, where);
                return NULL;
            }
            int member = key_enum->u.enm.root_index[local], n = slot->kind == V_LIST ? slot->u.agg.count : 0;
            int at = keyed_record(slot, member);
            Value list = slot->kind == V_LIST ? *slot : (Value){ .kind = V_LIST };
            *slot = copy_agg(a, &list, at < 0 ? n + 1 : n);
            slot->kind = V_LIST;
            Value *rec = &slot->u.agg.items[at < 0 ? n : at];
            if (at < 0) {
                Reader r = { .p = p, .a = a, .origin = "", .err = err, .input = in };
                rec->kind = V_RECORD;
                rec->u.agg.count = rt->nfields;
                rec->u.agg.items = record_defaults(&r, rt);
                rec->u.agg.items[0].kind = V_ENUM;
                rec->u.agg.items[0].u.member = member;
            } else {
                *rec = copy_agg(a, rec, rt->nfields);
            }
            slot = &rec->u.agg.items[1];
            t = rt->fields[1].type;
        } else {
            buf_printf(err, "error: %s has no part '%s'\n", where, part);
            return NULL;
        }
        where = ar_printf(a, "%s.%s", where, part);
    }
    *type = t;
    return slot;
}

static Facts copy_facts(Arena *a, const Facts *in)
{
    Facts f = { ar_alloc(a, sizeof(Value) * (size_t)(in->count + 1)), in->count };
    memcpy(f.values, in->values, sizeof(Value) * (size_t)in->count);
    return f;
}

bool facts_set(const Program *p, Arena *a, const Facts *in, const char *assignment, Facts *out, Buf *err)
{
    const char *eq = strchr(assignment, '=');
    if (!eq) {
        buf_printf(err, "error: '%s' is not NAME=VALUE\n", assignment);
        return false;
    }
    char *path = ar_strndup(a, assignment, (size_t)(eq - assignment));
    while (*path == ' ') path++;
    for (size_t n = strlen(path); n && path[n - 1] == ' '; n--)
        path[n - 1] = '\0';
    path = (char *)facts_dotted(a, path);
    const char *text = eq + 1;
    while (*text == ' ') text++;
    const char *what;
    if (bad_text(text, strlen(text), &what) >= 0) {
        buf_printf(err, "--set: the value of %s %s\n", path, what);
        return false;
    }
    size_t nlen;
    if (inexact_number(text, strlen(text), &nlen) >= 0) {
        buf_printf(err, "--set: the value of %s, %s, cannot be read exactly (at most 15 significant digits); "
                   "it would be rounded\n", path, text);
        return false;
    }
    Facts f = copy_facts(a, in);
    const Type *t;
    const Decl *input;
    Value *slot = locate(p, a, &f, path, &t, &input, err);
    if (!slot)
        return false;
    /* VALUE is JSON where it parses as JSON, else a duration, a date or a bare word */
    cJSON *j = cJSON_ParseWithOpts(text, NULL, true);
    if (!j)
        j = cJSON_CreateString(text);
    Reader r = { .p = p, .a = a, .origin = "--set", .err = err, .input = input };
    Value v;
    Path top = { NULL, path, 0 };
    bool ok = convert(&r, j, t, &top, &v, 0);
    cJSON_Delete(j);
    if (!ok)
        return false;
    *slot = v;
    if (v.kind == V_ABSENT && !strchr(path, '.'))
        input_default(p, a, input, slot);  /* null: not given, as the case reader and unset have it */
    *out = f;
    return true;
}

bool facts_value(const Program *p, Arena *a, const Type *t, const char *what, const char *text, Value *out, Buf *err)
{
    cJSON *j = cJSON_ParseWithOpts(text, NULL, true);
    if (!j)
        j = cJSON_CreateString(text);
    Reader r = { .p = p, .a = a, .origin = what, .err = err, .noun = "expected value", .exact = true };
    Path top = { NULL, what, 0 };
    bool ok = convert(&r, j, t, &top, out, 0);
    cJSON_Delete(j);
    return ok;
}

bool facts_unset(const Program *p, Arena *a, const Facts *in, const char *path, Facts *out, Buf *err)
{
    path = facts_dotted(a, path);
    /* alternative_resources.TASK: that task's record goes (locate would leave it, empty) */
    const char *dot = strchr(path, '.');
    if (dot && !strchr(dot + 1, '.')) {
        const Decl *d = program_find_input(p, ar_strndup(a, path, (size_t)(dot - path)));
        const Type *t = d ? d->u.input.type : NULL;
        int local = t && t->kind == T_LIST && t->elem->kind == T_RECORD && t->elem->nfields >= 2
                    && t->elem->fields[0].type->kind == T_ENUM
                  ? enum_find_member(t->elem->fields[0].type->enm, dot + 1) : -1;
        if (local >= 0) {
            Facts f = copy_facts(a, in);
            Value *slot = &f.values[d->index];
            int at = keyed_record(slot, t->elem->fields[0].type->enm->u.enm.root_index[local]);
            if (at >= 0) {
                Value list = *slot;
                *slot = copy_agg(a, &list, list.u.agg.count - 1);
                for (int i = at; i < list.u.agg.count - 1; i++)
                    slot->u.agg.items[i] = list.u.agg.items[i + 1];
            }
            *out = f;
            return true;
        }
    }
    Facts f = copy_facts(a, in);
    const Type *t;
    const Decl *input;
    Value *slot = locate(p, a, &f, path, &t, &input, err);
    if (!slot)
        return false;
    slot->kind = V_ABSENT;
    if (!strchr(path, '.'))
        input_default(p, a, input, slot);  /* a whole fact goes back to its default */
    *out = f;
    return true;
}

static bool json_fact(const Value *v, const Type *t, Buf *out, int indent);

static void pad(Buf *b, int n)
{
    for (int i = 0; i < n; i++)
        buf_puts(b, "  ");
}

/* Durations are saved as "H:MM" when whole minutes, else as exact minutes. */
static bool json_fact(const Value *v, const Type *t, Buf *out, int indent)
{
    char buf[96];
    switch (v->kind) {
    case V_DURATION:
        if (rat_is_int(v->u.r))
            buf_printf(out, "\"%s\"", rat_hmm_str(v->u.r, buf, sizeof buf));
        else
            buf_puts(out, rat_decimal_str(v->u.r, 15, buf, sizeof buf));
        return true;
    case V_NUMBER: case V_DAYS:
        buf_puts(out, rat_is_int(v->u.r) ? rat_str(v->u.r, buf, sizeof buf) : rat_decimal_str(v->u.r, 15, buf, sizeof buf));
        return true;
    case V_TABLE: {
        int n = 0;
        buf_puts(out, "{");
        for (int i = 0; i < v->u.agg.count && v->u.agg.items; i++) {
            if (v->u.agg.items[i].kind == V_ABSENT)
                continue;
            buf_puts(out, n++ ? ",\n" : "\n");
            pad(out, indent + 1);
            json_string(out, enum_member_name(t->keys[0].enm, i));
            buf_puts(out, ": ");
            json_fact(&v->u.agg.items[i], t->elem, out, indent + 1);
        }
        if (n) { buf_puts(out, "\n"); pad(out, indent); }
        buf_puts(out, "}");
        return true;
    }
    case V_RECORD: {
        int n = 0;
        buf_puts(out, "{");
        for (int i = 0; i < v->u.agg.count; i++) {
            if (v->u.agg.items[i].kind == V_ABSENT)
                continue;
            buf_puts(out, n++ ? ", " : "");
            json_string(out, t->fields[i].name);
            buf_puts(out, ": ");
            json_fact(&v->u.agg.items[i], t->fields[i].type, out, indent + 1);
        }
        buf_puts(out, "}");
        return true;
    }
    case V_LIST:
        buf_puts(out, "[");
        for (int i = 0; i < v->u.agg.count; i++) {
            buf_puts(out, i ? ",\n" : "\n");
            pad(out, indent + 1);
            json_fact(&v->u.agg.items[i], t->elem, out, indent + 1);
        }
        if (v->u.agg.count) { buf_puts(out, "\n"); pad(out, indent); }
        buf_puts(out, "]");
        return true;
    default:
        value_json(out, v, t);
        return true;
    }
}

void facts_to_json(const Program *p, const Facts *f, Buf *out)
{
    int n = 0;
    buf_puts(out, "{");
    for (int i = 0; i < p->ninputs; i++) {
        const Value *v = &f->values[i];
        if (v->kind == V_ABSENT)
            continue;
        if (v->kind == V_LIST && v->u.agg.count == 0)
            continue;
        if (v->kind == V_TABLE) {
            int given = 0;
            for (int k = 0; k < v->u.agg.count && v->u.agg.items; k++)
                given += v->u.agg.items[k].kind != V_ABSENT;
            if (!given)
                continue;
        }
        buf_puts(out, n++ ? ",\n  " : "\n  ");
        json_string(out, p->inputs[i]->name);
        buf_puts(out, ": ");
        json_fact(v, p->inputs[i]->u.input.type, out, 1);
    }
    buf_puts(out, n ? "\n}\n" : "}\n");
}

/* ---- a case with bad values, kept for fixing (the REPL) ---- */

/* One fact of a case file, "path=JSON", onto *f; a message into refused when it is bad. */
static bool set_one(const Program *p, Arena *a, Facts *f, const char *path, const cJSON *j, Buf *refused)
{
    char *json = cJSON_PrintUnformatted(j);
    if (!json)
        return false;
    Buf e;
    buf_init(&e);
    Facts next;
    bool ok = facts_set(p, a, f, ar_printf(a, "%s=%s", path, json), &next, &e);
    free(json);
    if (ok) {
        *f = next;
    } else if (refused) {
        const char *msg = buf_cstr(&e);
        if (!strncmp(msg, "--set: ", 7)) msg += 7;
        buf_puts(refused, msg);
    }
    buf_free(&e);
    return ok;
}

bool facts_load_lenient(const Program *p, Arena *a, const char *path, Facts *out, Buf *refused, Buf *err)
{
    if (facts_load(p, a, path, out, err))
        return true;
    if (!strcmp(path, "-"))
        return false;       /* standard input cannot be read twice */
    char *text = NULL;
    size_t len = 0;
    cJSON *root = NULL;
    if (ar_read_file(a, path, MAX_CASE_BYTES, &text, &len) == AR_READ_OK)
        root = cJSON_ParseWithLength(text, len);
    if (!root || !cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return false;       /* not a JSON object: nothing to keep; err says why */
    }
    err->len = 0;
    facts_empty(p, a, out);
    /* each fact on its own; an object fact that is refused whole is tried member by member,
     * so that one bad rank leaves the others */
    for (const cJSON *item = root->child; item; item = item->next) {
        if (!item->string)
            continue;
        if (set_one(p, a, out, item->string, item, NULL))
            continue;
        if (!cJSON_IsObject(item) || !item->child) {
            set_one(p, a, out, item->string, item, refused);
            continue;
        }
        for (const cJSON *m = item->child; m; m = m->next)
            if (m->string)
                set_one(p, a, out, ar_printf(a, "%s.%s", item->string, m->string), m, refused);
    }
    cJSON_Delete(root);
    return true;
}

const char *facts_dotted(Arena *a, const char *name)
{
    if (!strchr(name, '['))
        return name;
    Buf b;
    buf_init(&b);
    for (const char *p = name; *p; p++) {
        if (*p == '[') {
            buf_puts(&b, ".");
            while (p[1] == ' ') p++;
        } else if (*p == ']') {
            while (b.len && b.data[b.len - 1] == ' ') b.len--;
        } else if (!(*p == ' ' && p[1] == ']')) {
            buf_add(&b, p, 1);
        }
    }
    const char *s = ar_strdup(a, buf_cstr(&b));
    buf_free(&b);
    return s;
}
