/* Printing values (src/value.c): the JSON of doc/contract.md section 3, with the forms a
 * caseload run writes for every result of every case (whole minutes two digits at a time,
 * strings scanned eight bytes at a time), and the text forms of eval and the trace. Values
 * and types are built here by hand: some forms (a range, a record
 * with an absent field, a table with an absent cell) no bundled rule produces. */
#include <criterion/criterion.h>
#include <string.h>

#include "value.h"

static char out[4096];

static const char *json(const Value *v, const Type *t)
{
    Buf b;
    buf_init(&b);
    value_json(&b, v, t);
    snprintf(out, sizeof out, "%s", buf_cstr(&b));
    buf_free(&b);
    return out;
}

static const char *text(void (*fn)(Buf *, const Value *, const Type *), const Value *v, const Type *t)
{
    Buf b;
    buf_init(&b);
    fn(&b, v, t);
    snprintf(out, sizeof out, "%s", buf_cstr(&b));
    buf_free(&b);
    return out;
}

static const char *jstring(const char *s)
{
    Buf b;
    buf_init(&b);
    json_string(&b, s);
    snprintf(out, sizeof out, "%s", buf_cstr(&b));
    buf_free(&b);
    return out;
}

static Rat frac(int64_t n, int64_t d)
{
    Rat r;
    cr_assert(rat_make(n, d, &r));
    return r;
}

Test(value_json, whole_minutes_as_hours_and_minutes)
{
    Value v = value_duration(rat_int(9145), PER_MONTH);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"152:25\", \"unit\": \"hours/month\", \"minutes\": 9145}");
    v = value_duration(rat_int(0), PER_WEEK);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"0:00\", \"unit\": \"hours/week\", \"minutes\": 0}");
    v = value_duration(rat_int(-65), PER_NONE);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"-1:05\", \"unit\": \"hours\", \"minutes\": -65}");
    /* every digit pair, and a number of many digits */
    v = value_duration(rat_int(1234567890123), PER_NONE);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"20576131502:03\", \"unit\": \"hours\", \"minutes\": 1234567890123}");
    v = value_duration(rat_int(INT64_MIN + 1), PER_NONE);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"-153722867280912930:07\", \"unit\": \"hours\", "
                                     "\"minutes\": -9223372036854775807}");
}

Test(value_json, fractions_of_a_minute_stay_exact)
{
    /* 600/7 minutes is 85.71...: "1:26" on the notice, the exact figure beside it */
    Value v = value_duration(frac(600, 7), PER_WEEK);
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"1:26\", \"unit\": \"hours/week\", \"minutes\": \"600/7\"}");
    v = value_duration(frac(-61, 2), PER_NONE);     /* -30.5: halves up, toward +infinity */
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"-0:30\", \"unit\": \"hours\", \"minutes\": \"-61/2\"}");
    v = value_duration(frac(-123, 4), PER_NONE);    /* -30.75 */
    cr_assert_str_eq(json(&v, NULL), "{\"value\": \"-0:31\", \"unit\": \"hours\", \"minutes\": \"-123/4\"}");
    v = value_number(frac(-7, 4));
    cr_assert_str_eq(json(&v, NULL), "\"-7/4\"");
    v = value_number(rat_int(-12));
    cr_assert_str_eq(json(&v, NULL), "-12");
}

Test(value_json, strings_are_escaped_whatever_their_length)
{
    cr_assert_str_eq(jstring(""), "\"\"");
    cr_assert_str_eq(jstring("total_monthly"), "\"total_monthly\"");
    /* an escape after eight plain bytes, inside a run of eight, and at the very end */
    cr_assert_str_eq(jstring("abcdefgh\"ij"), "\"abcdefgh\\\"ij\"");
    cr_assert_str_eq(jstring("abc\\defgh"), "\"abc\\\\defgh\"");
    cr_assert_str_eq(jstring("abcdefghijklmnop\n"), "\"abcdefghijklmnop\\n\"");
    cr_assert_str_eq(jstring("tab\there\rcr"), "\"tab\\there\\rcr\"");
    cr_assert_str_eq(jstring("bell\001 and \037"), "\"bell\\u0001 and \\u001f\"");
    /* UTF-8 (bytes from 0x80) passes as it is, in runs of eight too */
    cr_assert_str_eq(jstring("Bah\xc3\xada de \xc3\xa1guilas y m\xc3\xa1s"), "\"Bah\xc3\xada de \xc3\xa1guilas y m\xc3\xa1s\"");
    /* a byte of 0x7f is not a control character in JSON */
    cr_assert_str_eq(jstring("del\x7f"), "\"del\x7f\"");
}

Test(value_json, absent_range_record_list_and_numbered_table)
{
    Value absent = value_absent();
    cr_assert_str_eq(json(&absent, NULL), "null");

    Type dur = { .kind = T_DURATION, .period = PER_WEEK };
    Value ends[2] = { value_duration(rat_int(175), PER_WEEK), value_duration(rat_int(350), PER_WEEK) };
    Type range_t = { .kind = T_RANGE, .elem = &dur };
    Value range = { .kind = V_RANGE };
    range.u.agg.items = ends;
    range.u.agg.count = 2;
    cr_assert_str_eq(json(&range, &range_t),
                     "{\"low\": {\"value\": \"2:55\", \"unit\": \"hours/week\", \"minutes\": 175}, "
                     "\"high\": {\"value\": \"5:50\", \"unit\": \"hours/week\", \"minutes\": 350}}");
    cr_assert_str_eq(text(value_format, &range, &range_t), "2:55 hours/week .. 5:50 hours/week");
    cr_assert_str_eq(text(value_words, &range, &range_t), "2:55 to 5:50 a week");

    /* a record: an absent field is left out */
    Type num = { .kind = T_NUMBER };
    Field fields[3] = { { .name = "minutes", .type = &num }, { .name = "per_week", .type = &num },
                        { .name = "note", .type = &num } };
    Type rec_t = { .kind = T_RECORD, .fields = fields, .nfields = 3 };
    Value items[3] = { value_number(rat_int(30)), value_absent(), value_number(rat_int(2)) };
    Value rec = { .kind = V_RECORD };
    rec.u.agg.items = items;
    rec.u.agg.count = 3;
    cr_assert_str_eq(json(&rec, &rec_t), "{\"minutes\": 30, \"note\": 2}");
    cr_assert_str_eq(text(value_format, &rec, &rec_t), "{minutes: 30, note: 2}");

    Type list_t = { .kind = T_LIST, .elem = &rec_t };
    Value list = { .kind = V_LIST };
    list.u.agg.items = &rec;
    list.u.agg.count = 1;
    cr_assert_str_eq(json(&list, &list_t), "[{\"minutes\": 30, \"note\": 2}]");
    cr_assert_str_eq(text(value_format, &list, &list_t), "[1 item]");
    cr_assert_str_eq(text(value_words, &list, &list_t), "1 item");

    /* a table keyed by an enum: an absent cell is left out */
    Member members[4] = { { .name = "dressing" }, { .name = "feeding" }, { .name = "bathing" }, { .name = "transfer" } };
    Decl task = { .kind = D_ENUM, .name = "Task" };
    task.u.enm.members = members;
    task.u.enm.nmembers = 4;
    task.u.enm.root = &task;
    Type table_t = { .kind = T_TABLE, .elem = &num, .nkeys = 1 };
    table_t.keys[0].enm = &task;
    Value cells[4] = { value_number(rat_int(10)), value_absent(), value_number(rat_int(30)), value_absent() };
    Value table = { .kind = V_TABLE };
    table.u.agg.items = cells;
    table.u.agg.count = 4;
    cr_assert_str_eq(json(&table, &table_t), "{\"dressing\": 10, \"bathing\": 30}");
    cr_assert_str_eq(text(value_format, &table, &table_t), "{2 entries}");
    /* without its type, a table's keys cannot be named: nothing is guessed */
    cr_assert_str_eq(json(&table, NULL), "{}");
    table.u.agg.count = 1;
    cr_assert_str_eq(text(value_format, &table, &table_t), "{1 entry}");
}

Test(value_format, not_given_and_unknown_members)
{
    Value absent = value_absent();
    cr_assert_str_eq(text(value_format, &absent, NULL), "(not given)");
    cr_assert_str_eq(text(value_words, &absent, NULL), "not given");
    Value member = { .kind = V_ENUM };
    member.u.member = 0;
    cr_assert_str_eq(text(value_words, &member, NULL), "?");
    cr_assert_str_eq(json(&member, NULL), "\"?\"");
    cr_assert_str_eq(value_unit(&absent), "");
}
