/* value.c: comparing and printing runtime values. */
#include "value.h"

#include <assert.h>
#include <string.h>

int value_cmp(const Value *a, const Value *b)
{
    if (a->kind == V_DATE)
        return (a->u.d > b->u.d) - (a->u.d < b->u.d);
    return rat_cmp(a->u.r, b->u.r);
}

bool value_equal(const Value *a, const Value *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case V_ABSENT: return true;
    case V_BOOL: return a->u.b == b->u.b;
    case V_NUMBER: case V_DAYS: return rat_eq(a->u.r, b->u.r);
    case V_DURATION: return a->period == b->period && rat_eq(a->u.r, b->u.r);
    case V_DATE: return a->u.d == b->u.d;
    case V_ENUM: return a->u.member == b->u.member;
    case V_TEXT: return strcmp(a->u.s, b->u.s) == 0;
    case V_TABLE: {
        /* a cell past the end of one table is an absent entry, as in the other's */
        int n = a->u.agg.count > b->u.agg.count ? a->u.agg.count : b->u.agg.count;
        Value none = value_absent();
        for (int i = 0; i < n; i++)
            if (!value_equal(i < a->u.agg.count ? &a->u.agg.items[i] : &none,
                             i < b->u.agg.count ? &b->u.agg.items[i] : &none))
                return false;
        return true;
    }
    case V_RANGE: case V_RECORD: case V_LIST:
        if (a->u.agg.count != b->u.agg.count)
            return false;
        for (int i = 0; i < a->u.agg.count; i++)
            if (!value_equal(&a->u.agg.items[i], &b->u.agg.items[i]))
                return false;
        return true;
    }
    return false;
}

const char *value_unit(const Value *v)
{
    if (v->kind != V_DURATION)
        return "";
    return v->period == PER_WEEK ? "hours/week" : v->period == PER_MONTH ? "hours/month" : "hours";
}

static void number_text(Buf *b, Rat r)
{
    char buf[96];
    if (rat_is_int(r)) {
        buf_puts(b, rat_str(r, buf, sizeof buf));
        return;
    }
    /* a terminating decimal prints as one (4.33); anything else as an exact fraction */
    Rat scaled;
    if (rat_mul(r, rat_int(1000000), &scaled) && rat_is_int(scaled))
        buf_puts(b, rat_decimal_str(r, 6, buf, sizeof buf));
    else
        buf_puts(b, rat_str(r, buf, sizeof buf));
}

static const Decl *root_of(const Type *t)
{
    return t && t->kind == T_ENUM && t->enm ? t->enm->u.enm.root : NULL;
}

void value_format(Buf *b, const Value *v, const Type *t)
{
    char buf[96];
    switch (v->kind) {
    case V_ABSENT: buf_puts(b, "(not given)"); break;
    case V_BOOL: buf_puts(b, v->u.b ? "true" : "false"); break;
    case V_NUMBER: number_text(b, v->u.r); break;
    case V_DAYS: number_text(b, v->u.r); buf_puts(b, " days"); break;
    case V_DURATION:
        buf_printf(b, "%s %s", rat_hmm_str(v->u.r, buf, sizeof buf), value_unit(v));
        break;
    case V_DATE: buf_puts(b, date_str(v->u.d, buf, sizeof buf)); break;
    case V_ENUM: {
        const Decl *root = root_of(t);
        buf_puts(b, root ? enum_member_name(root, v->u.member) : "?");
        break;
    }
    case V_TEXT: json_string(b, v->u.s); break;
    case V_RANGE:
        value_format(b, &v->u.agg.items[0], t ? t->elem : NULL);
        buf_puts(b, " .. ");
        value_format(b, &v->u.agg.items[1], t ? t->elem : NULL);
        break;
    case V_RECORD:
        buf_puts(b, "{");
        for (int i = 0; i < v->u.agg.count; i++) {
            if (v->u.agg.items[i].kind == V_ABSENT)
                continue;
            buf_printf(b, "%s%s: ", i ? ", " : "", t && i < t->nfields ? t->fields[i].name : "?");
            value_format(b, &v->u.agg.items[i], t && i < t->nfields ? t->fields[i].type : NULL);
        }
        buf_puts(b, "}");
        break;
    case V_LIST:
        buf_printf(b, "[%d item%s]", v->u.agg.count, v->u.agg.count == 1 ? "" : "s");
        break;
    case V_TABLE: {
        int given = 0;
        for (int i = 0; i < v->u.agg.count; i++)
            given += v->u.agg.items[i].kind != V_ABSENT;
        buf_printf(b, "{%d entr%s}", given, given == 1 ? "y" : "ies");
        break;
    }
    }
}

void member_words(Buf *b, const Decl *root, int member)
{
    const Member *m = &root->u.enm.members[member];
    if (m->desc) {
        buf_puts(b, m->desc);
        return;
    }
    for (const char *p = m->name; *p; p++)
        buf_add(b, *p == '_' ? " " : p, 1);
}

static const char *period_words(Period p)
{
    return p == PER_WEEK ? " a week" : p == PER_MONTH ? " a month" : "";
}

static void words(Buf *b, const Value *v, const Type *t, bool exact)
{
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
    char buf[96];
    switch (v->kind) {
    case V_ABSENT: buf_puts(b, "not given"); break;
    case V_BOOL: buf_puts(b, v->u.b ? "yes" : "no"); break;
    case V_DURATION: {
        Rat whole, frac;
        if (exact && !rat_is_int(v->u.r) && rat_round(v->u.r, rat_int(1), ROUND_DOWN, &whole)
            && rat_sub(v->u.r, whole, &frac)) {
            buf_printf(b, "%s", rat_hmm_str(whole, buf, sizeof buf));
            buf_printf(b, " and %s of a minute", rat_str(frac, buf, sizeof buf));
        } else {
            buf_puts(b, rat_hmm_str(v->u.r, buf, sizeof buf));
        }
        buf_puts(b, period_words(v->period));
        break;
    }
    case V_DATE: {
        int y, m, d;
        date_to_ymd(v->u.d, &y, &m, &d);
        buf_printf(b, "%s %d, %d", months[m - 1], d, y);
        break;
    }
    case V_ENUM: {
        const Decl *root = root_of(t);
        if (root)
            member_words(b, root, v->u.member);
        else
            buf_puts(b, "?");
        break;
    }
    case V_TEXT: buf_puts(b, v->u.s); break;
    case V_LIST:
        buf_printf(b, "%d item%s", v->u.agg.count, v->u.agg.count == 1 ? "" : "s");
        break;
    case V_RANGE: {
        /* "2:55 to 5:50 a week": the unit once, at the end */
        Value lo = v->u.agg.items[0], hi = v->u.agg.items[1];
        if (lo.kind == V_DURATION && hi.kind == V_DURATION && lo.period == hi.period)
            lo.period = PER_NONE;
        words(b, &lo, t ? t->elem : NULL, exact);
        buf_puts(b, " to ");
        words(b, &hi, t ? t->elem : NULL, exact);
        break;
    }
    default: value_format(b, v, t); break;
    }
}

void value_words(Buf *b, const Value *v, const Type *t) { words(b, v, t, false); }
void value_words_exact(Buf *b, const Value *v, const Type *t) { words(b, v, t, true); }

/* True when one of the 8 bytes of w is a quote, a backslash or a control character (below
 * ' '): the exact tests of "has a zero byte" on w ^ '"'s and w ^ '\'s, and of "has a byte
 * below 0x20" (bytes from 0x80, UTF-8, pass as they are). */
static bool needs_escape8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    uint64_t zero = ((q - ones) & ~q) | ((bs - ones) & ~bs);
    uint64_t low = (w - ones * 0x20) & ~w;
    return ((zero | low) & highs) != 0;
}

void json_string(Buf *b, const char *s)
{
    size_t n = strlen(s);
    buf_reserve(b, n + 2);
    b->data[b->len++] = '"';
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    for (;;) {
        const unsigned char *run = p;      /* plain characters go in one piece */
        for (uint64_t w; end - p >= 8 && (memcpy(&w, p, 8), !needs_escape8(w)); p += 8)
            ;
        while (p < end && *p >= 32 && *p != '"' && *p != '\\')
            p++;
        buf_add(b, (const char *)run, (size_t)(p - run));
        if (p == end)
            break;
        switch (*p) {
        case '"': buf_puts(b, "\\\""); break;
        case '\\': buf_puts(b, "\\\\"); break;
        case '\n': buf_puts(b, "\\n"); break;
        case '\t': buf_puts(b, "\\t"); break;
        case '\r': buf_puts(b, "\\r"); break;
        default: buf_printf(b, "\\u%04x", *p); break;     /* the other control characters */
        }
        p++;
    }
    buf_add(b, "\"", 1);
}

/* An exact JSON number: an integer, or "p/q" as a string when a fraction remains. */
static char *json_rat_put(char *p, Rat r)
{
    if (r.den == 1)
        return rat_put(p, r);
    *p++ = '"';
    p = rat_put(p, r);
    *p++ = '"';
    return p;
}

/* The pieces of a duration's JSON around its figures, by period (PER_NONE, PER_WEEK,
 * PER_MONTH), each padded with zeros to a fixed size and copied whole (a few plain stores;
 * the padding lands where the next figure goes); and a zero duration's whole JSON, the most
 * common value there is (a task a case does not have). */
#define DURATION_HEAD "{\"value\": \""
#define UNIT_NONE "\", \"unit\": \"hours\", \"minutes\": "
#define UNIT_WEEK "\", \"unit\": \"hours/week\", \"minutes\": "
#define UNIT_MONTH "\", \"unit\": \"hours/month\", \"minutes\": "
#define ZERO(unit) DURATION_HEAD "0:00" unit "0}"
static const char unit_text[3][48] = { UNIT_NONE, UNIT_WEEK, UNIT_MONTH };
static const char zero_text[3][64] = { ZERO(UNIT_NONE), ZERO(UNIT_WEEK), ZERO(UNIT_MONTH) };
static const unsigned char unit_len[3] = { sizeof UNIT_NONE - 1, sizeof UNIT_WEEK - 1, sizeof UNIT_MONTH - 1 };
static const unsigned char zero_len[3] = { sizeof ZERO(UNIT_NONE) - 1, sizeof ZERO(UNIT_WEEK) - 1,
                                           sizeof ZERO(UNIT_MONTH) - 1 };
#define PUT(p, lit) (memcpy((p), (lit), sizeof(lit) - 1), (p) + sizeof(lit) - 1)

_Static_assert(PER_NONE == 0 && PER_WEEK == 1 && PER_MONTH == 2, "unit_text is indexed by period");
_Static_assert(sizeof DURATION_HEAD - 1 + RAT_HMM_MAX + sizeof unit_text[0] <= VALUE_JSON_MAX
               && sizeof DURATION_HEAD - 1 + RAT_HMM_MAX + sizeof UNIT_MONTH - 1 + RAT_PUT_MAX + 2 + 1 <= VALUE_JSON_MAX
               && sizeof zero_text[0] <= VALUE_JSON_MAX, "a duration's JSON fits in VALUE_JSON_MAX");

char *value_json_put(char *p, const Value *v)
{
    switch (v->kind) {
    case V_ABSENT: return PUT(p, "null");
    case V_BOOL: return v->u.b ? PUT(p, "true") : PUT(p, "false");
    case V_NUMBER: case V_DAYS: return json_rat_put(p, v->u.r);
    case V_DURATION:
        if (v->u.r.num == 0) {
            memcpy(p, zero_text[v->period], sizeof zero_text[0]);
            return p + zero_len[v->period];
        }
        p = PUT(p, DURATION_HEAD);
        p = rat_hmm_put(p, v->u.r);
        memcpy(p, unit_text[v->period], sizeof unit_text[0]);
        p = json_rat_put(p + unit_len[v->period], v->u.r);
        *p++ = '}';
        return p;
    case V_DATE: {
        char buf[96];           /* "YYYY-MM-DD"; the bound is date_str's */
        size_t n = strlen(date_str(v->u.d, buf, sizeof buf));
        *p++ = '"';
        memcpy(p, buf, n);
        p += n;
        *p++ = '"';
        return p;
    }
    default: return NULL;
    }
}

void value_json(Buf *b, const Value *v, const Type *t)
{
    char *start = buf_room(b, VALUE_JSON_MAX), *end = value_json_put(start, v);
    if (end) {
        b->len += (size_t)(end - start);
        return;
    }
    switch (v->kind) {
    default: break;         /* the kinds value_json_put writes */
    case V_ENUM: {
        const Decl *root = root_of(t);
        json_string(b, root ? enum_member_name(root, v->u.member) : "?");
        break;
    }
    case V_TEXT: json_string(b, v->u.s); break;
    case V_RANGE:
        buf_puts(b, "{\"low\": ");
        value_json(b, &v->u.agg.items[0], t ? t->elem : NULL);
        buf_puts(b, ", \"high\": ");
        value_json(b, &v->u.agg.items[1], t ? t->elem : NULL);
        buf_puts(b, "}");
        break;
    case V_RECORD:
        buf_puts(b, "{");
        for (int i = 0, n = 0; i < v->u.agg.count; i++) {
            if (v->u.agg.items[i].kind == V_ABSENT || !t || i >= t->nfields)
                continue;
            buf_puts(b, n++ ? ", " : "");
            json_string(b, t->fields[i].name);
            buf_puts(b, ": ");
            value_json(b, &v->u.agg.items[i], t->fields[i].type);
        }
        buf_puts(b, "}");
        break;
    case V_LIST:
        buf_puts(b, "[");
        for (int i = 0; i < v->u.agg.count; i++) {
            buf_puts(b, i ? ", " : "");
            value_json(b, &v->u.agg.items[i], t ? t->elem : NULL);
        }
        buf_puts(b, "]");
        break;
    case V_TABLE:
        buf_puts(b, "{");
        for (int i = 0, n = 0; i < v->u.agg.count; i++) {
            if (v->u.agg.items[i].kind == V_ABSENT || !t)
                continue;
            buf_puts(b, n++ ? ", " : "");
            /* a table's first key is always an enum (the grammar takes a name there) */
            json_string(b, enum_member_name(t->keys[0].enm, i));
            buf_puts(b, ": ");
            value_json(b, &v->u.agg.items[i], t->elem);
        }
        buf_puts(b, "}");
        break;
    }
}

int key_cell(const Key *k, const Value *v)
{
    /* the checker made the key's type and the value's agree */
    assert(k->enm ? v->kind == V_ENUM : v->kind == V_NUMBER);
    if (k->enm)
        return k->enm->u.enm.local_index[v->u.member];
    if (!rat_is_int(v->u.r) || v->u.r.num < k->lo || v->u.r.num > k->hi)
        return -1;
    return (int)(v->u.r.num - k->lo);
}
