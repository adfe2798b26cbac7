/* value.h: runtime values. Numbers, durations and day counts are exact rationals;
 * a duration is held in minutes, with its period (none, per week, per month). */
#ifndef CITE_VALUE_H
#define CITE_VALUE_H

#include "ast.h"

typedef enum ValueKind {
    V_ABSENT,       /* a fact not given (and without default): reading it is an error */
    V_BOOL, V_NUMBER, V_DURATION, V_DAYS, V_DATE, V_ENUM, V_TEXT,
    V_RANGE,        /* items[0] .. items[1] */
    V_RECORD,       /* items in the record type's field order */
    V_LIST,
    V_TABLE,        /* items per key cell, V_ABSENT where there is no entry */
} ValueKind;

typedef struct Value Value;
struct Value {
    ValueKind kind;
    Period period;          /* V_DURATION */
    union {
        bool b;
        Rat r;              /* V_NUMBER, V_DURATION (minutes), V_DAYS */
        Date d;
        int member;         /* V_ENUM: index in the root enum */
        const char *s;
        struct { Value *items; int count; } agg;
    } u;
};

static inline Value value_absent(void) { Value v = { .kind = V_ABSENT }; return v; }
static inline Value value_bool(bool b) { Value v = { .kind = V_BOOL }; v.u.b = b; return v; }
static inline Value value_number(Rat r) { Value v = { .kind = V_NUMBER }; v.u.r = r; return v; }
static inline Value value_duration(Rat minutes, Period p)
{
    Value v = { .kind = V_DURATION, .period = p };
    v.u.r = minutes;
    return v;
}

bool value_equal(const Value *a, const Value *b);
/* Order of two values of one ordered kind (number, duration, days, date). */
int  value_cmp(const Value *a, const Value *b);
/* Human form with unit: "152:25 hours/month", "true", "2026-02-20", "90 days", "IPO". */
void value_format(Buf *b, const Value *v, const Type *t);
/* In words, as a report says it: "24:15 a week", "283:00 a month", "yes", "March 2, 2026",
 * an enum member by its description (or its name, spaced). A duration is rounded to the
 * minute, as on a Notice of Action. */
void value_words(Buf *b, const Value *v, const Type *t);
/* The same, for a duration that is not a whole number of minutes: "19:59 and 3/5 of a
 * minute a week" (where the rounding would hide what a comparison turns on). */
void value_words_exact(Buf *b, const Value *v, const Type *t);
/* An enum member as people read it: its description, or its name with spaces. */
void member_words(Buf *b, const Decl *root, int member);
/* The unit word printed after a duration: "hours/week", or "" for other kinds. */
const char *value_unit(const Value *v);
/* JSON form per doc/contract.md section 3 (durations as {"value","unit","minutes"}). */
void value_json(Buf *b, const Value *v, const Type *t);
/* value_json of an absent value, a truth value, a number, a duration, a day count or a date
 * (the kinds that need no type), written from p on with plain stores: at most VALUE_JSON_MAX
 * bytes, no NUL. Returns the end, or NULL (nothing written) for any other kind. */
#define VALUE_JSON_MAX 128
char *value_json_put(char *p, const Value *v);
void json_string(Buf *b, const char *s);
/* The cell of a table key that a key value selects (-1 if outside the key). */
int key_cell(const Key *k, const Value *v);

#endif
