/* Unit tests for evaluation (eval.h with facts.h and report.h): exact arithmetic, rounding
 * visible in the trace, overflow as an error, demand-driven evaluation, missing facts,
 * version selection by date and exceptions that collide for one case. */
#include "cite_test.h"

static const char *RULES =
    "input assessment_date : date asof \"the date of the assessment\"\n"
    "input monthly : hours/month \"a monthly figure\"\n"
    "input weekly : hours/week \"a weekly figure\"\n"
    "input people : number (1..20) \"people in the home\"\n"
    "input big : number \"a big number\"\n"
    "input minor : bool = false \"the recipient is under 18\"\n"
    "input spouse : bool = false \"a spouse is in the home\"\n"
    "\n"
    "rule quarter : hours/month output\n"
    "  = monthly / 4                                  cite \"MPP 30-757.11(k)(1)\"\n"
    "rule weekly_as_monthly : hours/month output\n"
    "  = per_month(weekly, 4.33)                      cite \"W&I Code 12301.1(b)(1)\"\n"
    "rule times_433 : hours/week\n"
    "  = weekly * 4.33                                cite \"W&I Code 12301.1(b)(1)\"\n"
    "rule rounded : hours/week output\n"
    "  = round(weekly / 7, 0:01/week, half_up)        cite \"MPP 30-757.1\"\n"
    "rule seventh : hours/week\n"
    "  = weekly / 7                                   cite \"MPP 30-757.1\"\n"
    "rule overflow : number\n"
    "  = big * big * big                              cite \"MPP 30-757.2\"\n"
    "rule share : hours/month\n"
    "  = monthly / people                             cite \"MPP 30-757.11(k)(1)\"\n"
    "rule dom : hours/month\n"
    "  = 6:00/month                                   cite \"MPP 30-757.11\"\n"
    "  when minor and people > 1 => 0:00/month        cite \"ACL 23-106\"\n"
    "  when spouse and people > 0 => 1:00/month       cite \"MPP 30-763.413\"\n"
    "rule rate : number effective 2020-01-01\n"
    "  = 1                                            cite \"MPP 30-757.1\"\n"
    "rule rate : number effective 2025-07-01\n"
    "  = 2                                            cite \"ACL 25-01\"\n"
    "rule rated : number = rate * 10                  cite \"MPP 30-757.3\"\n";

static Loaded L;

static void setup(void)
{
    load_text(&L, RULES);
    assert_checks(&L);
}

static void teardown(void)
{
    loaded_free(&L);
}

TestSuite(eval, .init = setup, .fini = teardown);

Test(eval, six_hours_a_month_over_four_is_one_thirty_exactly)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"monthly\": \"6:00\"}");
    Result res = eval_named(&r, &L.prog, "quarter");
    cr_assert_str_eq(value_text(&r, &res), "1:30 hours/month");
    cr_assert(rat_eq(res.value.u.r, rat_int(90)), "exactly 90 minutes");
    run_free(&r);
}

Test(eval, weekly_times_4_33_is_exact)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"weekly\": \"10:00\"}");
    Result res = eval_named(&r, &L.prog, "weekly_as_monthly");
    /* 600 minutes x 4.33 = 2598 minutes = 43:18, with no binary floating point drift */
    cr_assert_str_eq(value_text(&r, &res), "43:18 hours/month");
    cr_assert(rat_eq(res.value.u.r, rat_int(2598)));
    cr_assert_eq(res.value.period, PER_MONTH);
    Result t = eval_named(&r, &L.prog, "times_433");
    cr_assert(rat_eq(t.value.u.r, rat_int(2598)));
    run_free(&r);
}

Test(eval, fractions_stay_exact_until_display)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"weekly\": \"10:00\"}");
    Result res = eval_named(&r, &L.prog, "seventh");
    Rat want;
    cr_assert(rat_make(600, 7, &want));
    cr_assert(rat_eq(res.value.u.r, want), "600/7 minutes, not a rounded figure");
    cr_assert_str_eq(value_text(&r, &res), "1:26 hours/week");
    Buf b; buf_init(&b);
    report_value_json(&b, &res);
    assert_contains(buf_cstr(&b), "\"minutes\": \"600/7\"");
    buf_free(&b);
    run_free(&r);
}

Test(eval, rounding_is_a_visible_trace_step)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"weekly\": \"10:00\"}");
    Result res = eval_named(&r, &L.prog, "rounded");
    cr_assert(rat_eq(res.value.u.r, rat_int(86)), "600/7 = 85.71 minutes rounds half up to 86");
    cr_assert_eq(res.nnodes, 1);
    cr_assert_geq(res.nodes[0]->nsteps, 1, "the rounding is a step of the trace");
    /* the division first, then the rounding with the fraction of a minute it turns on */
    assert_contains(res.nodes[0]->steps[res.nodes[0]->nsteps - 1],
                    "rounded 1:25 and 5/7 of a minute a week to 1:26 a week (half_up, to a step of 0:01 a week)");
    const char *text = report_text(&r, &res, true);
    assert_contains(text, "  step: rounded 1:25 and 5/7 of a minute a week to 1:26 a week");
    run_free(&r);
}

Test(eval, overflow_is_an_error_not_a_wrong_number)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"big\": 10000000}");
    Result res = eval_named(&r, &L.prog, "overflow");
    cr_assert_not_null(res.error, "10^21 does not fit: an error, never a wrapped figure");
    assert_contains(res.error->message, "arithmetic overflow while computing overflow");
    run_free(&r);
}

Test(eval, a_missing_fact_the_query_does_not_need_is_not_an_error)
{
    Run r;
    /* no weekly, no people, no big: quarter reads only monthly */
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"monthly\": \"6:00\"}");
    Result res = eval_named(&r, &L.prog, "quarter");
    cr_assert_null(res.error);
    run_free(&r);
}

Test(eval, a_missing_fact_the_query_needs_is_named_with_its_description)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"monthly\": \"6:00\"}");
    Result res = eval_named(&r, &L.prog, "share");
    cr_assert_not_null(res.error, "people is needed and missing");
    cr_assert_str_eq(res.error->message, "fact 'people' is missing: people in the home (input people)");
    /* the other result is still there */
    Result ok = eval_named(&r, &L.prog, "quarter");
    cr_assert_null(ok.error);
    run_free(&r);
}

Test(eval, defaults_fill_absent_optional_facts)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"people\": 3}");
    Result res = eval_named(&r, &L.prog, "dom");
    cr_assert_str_eq(value_text(&r, &res), "6:00 hours/month", "minor and spouse default to false");
    run_free(&r);
}

Test(eval, exception_applies_and_is_explained)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"people\": 3, \"minor\": true}");
    Result res = eval_named(&r, &L.prog, "dom");
    cr_assert_str_eq(value_text(&r, &res), "0:00 hours/month");
    cr_assert_str_eq(res.nodes[0]->condition, "minor and people > 1");
    cr_assert_str_eq(res.nodes[0]->cites.items[0].text, "ACL 23-106");
    const char *text = report_text(&r, &res, true);
    assert_contains(text, "dom = 0:00 hours/month  [ACL 23-106]");
    assert_contains(text, "applied: when minor and people > 1");
    assert_contains(text, "facts: minor = true, people = 3");
    run_free(&r);
}

Test(eval, two_exceptions_applying_to_one_case_name_both_citations)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"people\": 3, \"minor\": true, \"spouse\": true}");
    Result res = eval_named(&r, &L.prog, "dom");
    cr_assert_not_null(res.error);
    assert_contains(res.error->message, "two exceptions of 'dom' apply to this case");
    assert_contains(res.error->message, "[ACL 23-106] when minor and people > 1");
    assert_contains(res.error->message, "[MPP 30-763.413] when spouse and people > 0");
    run_free(&r);
}

Test(eval, exclusive_for_this_case_is_fine)
{
    Run r;
    /* people = 1: the minor exception does not hold, only the spouse one does */
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"people\": 1, \"minor\": true, \"spouse\": true}");
    Result res = eval_named(&r, &L.prog, "dom");
    cr_assert_str_eq(value_text(&r, &res), "1:00 hours/month");
    run_free(&r);
}

Test(eval, version_before_the_effective_date)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\"}");
    Result res = eval_named(&r, &L.prog, "rate");
    cr_assert_str_eq(value_text(&r, &res), "1");
    cr_assert_str_eq(res.nodes[0]->cites.items[0].text, "MPP 30-757.1");
    run_free(&r);
}

Test(eval, version_on_the_effective_date)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-07-01\"}");
    Result res = eval_named(&r, &L.prog, "rate");
    cr_assert_str_eq(value_text(&r, &res), "2");
    cr_assert_str_eq(res.nodes[0]->cites.items[0].text, "ACL 25-01");
    /* a rule that uses it follows the same date */
    Result rated = eval_named(&r, &L.prog, "rated");
    cr_assert_str_eq(value_text(&r, &rated), "20");
    run_free(&r);
}

Test(eval, explicit_date_overrides_the_case)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\"}");
    Date d;
    cr_assert(date_parse("2026-01-01", 10, &d));
    eval_set_date(&r.eval, &d);
    Result res = eval_named(&r, &L.prog, "rate");
    cr_assert_str_eq(value_text(&r, &res), "2");
    run_free(&r);
}

Test(eval, no_version_in_force_yet)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2019-12-31\"}");
    Result res = eval_named(&r, &L.prog, "rate");
    cr_assert_not_null(res.error);
    cr_assert_str_eq(res.error->message, "no version of 'rate' is in force on 2019-12-31");
    run_free(&r);
}

Test(eval, division_by_zero_is_reported)
{
    Loaded l;
    load_text(&l,
        "input n : number \"a count\"\n"
        "rule r : number = 10 / n   cite \"MPP 30-757.1\"\n");
    assert_checks(&l);
    Run r;
    run_case(&r, &l.prog, "{\"n\": 0}");
    Result res = eval_named(&r, &l.prog, "r");
    cr_assert_not_null(res.error);
    assert_contains(res.error->message, "division by zero in 10 / n");
    run_free(&r);
    loaded_free(&l);
}

Test(eval, table_lookup_per_member)
{
    Loaded l;
    load_text(&l,
        "enum Program \"program\" { PCSP, IPO, IHSS_R, CFCO }\n"
        "input program : Program \"the funding program\"\n"
        "table nsi : Program -> hours/month cite \"ACIN I-28-06\"\n"
        "  PCSP 283:00  IPO 195:00  cite \"ACL 11-19\"\n"
        "  IHSS_R 195:00  CFCO 283:00\n"
        "rule m : hours/month = nsi[program]  cite \"ACIN I-28-06\"\n");
    assert_checks(&l);
    Run r;
    run_case(&r, &l.prog, "{\"program\": \"CFCO\"}");
    Result res = eval_named(&r, &l.prog, "m");
    cr_assert_str_eq(value_text(&r, &res), "283:00 hours/month");
    run_free(&r);
    loaded_free(&l);
}

Test(eval, number_times_rate_and_date_plus_days_and_no_definition)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"a weekly figure\"\n"
        "input minor : bool = false \"under 18\"\n"
        "input d : date \"the notice date\"\n"
        "rule a : hours/week = 4.33 * weekly         cite \"W&I Code 12301.1(b)(1)\"\n"
        "rule only : hours/month\n"
        "  when minor => 0:00/month                  cite \"ACL 23-106\"\n"
        "rule later : date = d + 90 days             cite \"W&I Code 10951(a)\"\n");
    assert_checks(&l);
    Run r;
    run_case(&r, &l.prog, "{\"weekly\": \"10:00\", \"d\": \"2024-12-15\"}");
    Result a = eval_named(&r, &l.prog, "a");
    cr_assert_str_eq(value_text(&r, &a), "43:18 hours/week", "4.33 * x equals x * 4.33");
    Result later = eval_named(&r, &l.prog, "later");
    cr_assert_str_eq(value_text(&r, &later), "2025-03-15", "90 days after 2024-12-15, across the new year");
    Result only = eval_named(&r, &l.prog, "only");
    cr_assert_not_null(only.error, "no applicable definition is an error");
    assert_contains(only.error->message, "no definition of 'only' applies to this case");
    run_free(&r);
    loaded_free(&l);
}

Test(eval, bad_facts_are_rejected_by_name_with_what_is_allowed)
{
    Run r;
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-06-30\", \"people\": 21}");
    cr_assert_not(r.facts_ok, "people is 1..20");
    assert_contains(buf_cstr(&r.err), "case.json: error: fact 'people' is 21; allowed: a number from 1 to 20");
    assert_contains(buf_cstr(&r.err), "input people: \"people in the home\"");
    run_free(&r);
    run_case(&r, &L.prog, "{\"assessment_date\": \"2025-02-30\"}");
    cr_assert_not(r.facts_ok);
    assert_contains(buf_cstr(&r.err), "fact 'assessment_date' is \"2025-02-30\"");
    run_free(&r);
    run_case(&r, &L.prog, "{\"assessment_date\": \"2024-02-29\", \"monthly\": \"6:00\"}");
    cr_assert(r.facts_ok, "a leap day is a date: %s", buf_cstr(&r.err));
    run_free(&r);
    run_case(&r, &L.prog, "{\"montly\": \"6:00\"}");
    cr_assert_not(r.facts_ok);
    assert_contains(buf_cstr(&r.err), "unknown fact 'montly'; did you mean 'monthly'?");
    run_free(&r);
}

/* What the REPL's :save writes (facts_to_json) reads back as the same facts (fuzz finding
 * regressions/case-county-notice-round-trip): an absent record's table field was a table of
 * no cells, `{}` read back a table of absent cells, and the two compared unequal. */
Test(facts_round_trip, a_saved_case_reads_back_the_same)
{
    Loaded l;
    load_text(&l, "enum Task \"a task\" { bathing, dressing }\n"
                  "input notice : {\n"
                  "    weekly: table Task -> hours/week \"per task\",\n"
                  "    total: hours/month optional \"the total\",\n"
                  "  } \"the notice\"\n"
                  "input ranks : table Task -> whole number (1..6) \"ranks\"\n"
                  "input items : list of {n: whole number \"n\"} \"items\"\n");
    assert_checks(&l);
    const char *cases[] = {
        "{}",
        "{\"notice\": {}}",
        "{\"notice\": {\"weekly\": {}}}",
        "{\"notice\": {\"weekly\": {\"dressing\": \"1:00\"}}, \"ranks\": {\"bathing\": 4.0}}",
        "{\"ranks\": {}, \"items\": [{\"n\": 2}]}",
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        Run r;
        run_case(&r, &l.prog, cases[c]);
        cr_assert(r.facts_ok, "%s is accepted: %s", cases[c], buf_cstr(&r.err));
        Buf json;
        buf_init(&json);
        facts_to_json(&l.prog, &r.facts, &json);
        Facts back;
        bool ok = facts_parse(&l.prog, &r.arena, "saved.json", buf_cstr(&json), json.len, &back, &r.err);
        cr_assert(ok, "the saved %s reads back: %s", buf_cstr(&json), buf_cstr(&r.err));
        for (int i = 0; i < l.prog.ninputs; i++)
            cr_assert(value_equal(&r.facts.values[i], &back.values[i]),
                      "case %s saved as %s: fact '%s' reads back the same", cases[c], buf_cstr(&json),
                      l.prog.inputs[i]->name);
        buf_free(&json);
        run_free(&r);
    }
    loaded_free(&l);
}

/* value_equal: a table's cells past the end of the other are absent entries in it. */
Test(facts_round_trip, an_empty_table_equals_one_of_absent_cells)
{
    Value none[2] = { value_absent(), value_absent() };
    Value one[2] = { value_absent(), value_number(rat_int(3)) };
    Value a = { .kind = V_TABLE }, b = { .kind = V_TABLE }, c = { .kind = V_TABLE };
    b.u.agg.count = 2, b.u.agg.items = none;
    c.u.agg.count = 2, c.u.agg.items = one;
    cr_assert(value_equal(&a, &b) && value_equal(&b, &a));
    cr_assert(!value_equal(&a, &c) && !value_equal(&c, &b));
}
