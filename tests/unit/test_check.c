/* Unit tests for the checker (program_check): names, citations, exceptions that can both
 * apply, cycles and effective-dated versions, each as the rule author reads it. */
#include "cite_test.h"

Test(check, a_correct_program_checks)
{
    Loaded l;
    load_text(&l,
        "input household_members : number (1..20) \"people in the home\"\n"
        "rule share : hours/month output\n"
        "  = 6:00/month / household_members   cite \"MPP 30-757.11(k)(1)\"\n");
    assert_checks(&l);
    cr_assert_not_null(program_find_rule(&l.prog, "share"));
    cr_assert_not_null(program_find_input(&l.prog, "household_members"));
    loaded_free(&l);
}

Test(check, unknown_name_suggests_the_closest)
{
    Loaded l;
    load_text(&l,
        "input household_members : number \"people in the home\"\n"
        "rule share : number\n"
        "  = 6 / houshold_members        cite \"MPP 30-757.11(k)(1)\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:3:9: error: unknown name 'houshold_members'; did you mean 'household_members'?");
    assert_diag(&l, "      |         ^~~~~~~~~~~~~~~~\n");
    loaded_free(&l);
}

Test(check, unknown_name_far_from_everything_has_no_suggestion)
{
    Loaded l;
    load_text(&l, "rule r : number = zzzqqq  cite \"MPP 30-1\"\n");
    assert_diag(&l, "error: unknown name 'zzzqqq'\n");
    loaded_free(&l);
}

Test(check, adding_hours_per_week_to_hours_per_month_is_an_error)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"weekly need\"\n"
        "input monthly : hours/month \"monthly need\"\n"
        "rule total : hours/week\n"
        "  = weekly + monthly        cite \"MPP 30-757.1\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:4:5: error: cannot add hours/week and hours/month: convert one first "
                    "(per_month or per_week, with its citation)");
    loaded_free(&l);
}

Test(check, comparing_hours_per_week_with_hours_per_month_is_an_error)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"weekly need\"\n"
        "rule big : bool = weekly >= 20:00/month   cite \"MPP 30-701(s)(1)\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "hours/week and hours/month");
    loaded_free(&l);
}

Test(check, rule_type_and_value_unit_must_agree)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"weekly need\"\n"
        "rule m : hours/month = weekly   cite \"MPP 30-757.1\"\n");
    assert_diag(&l, "rules.cite:2:24: error: rule 'm' is hours/month, but this is hours/week");
    loaded_free(&l);
}

Test(check, explicit_conversion_checks)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"weekly need\"\n"
        "input monthly : hours/month \"monthly need\"\n"
        "rule total : hours/month\n"
        "  = per_month(weekly, 4.33) + monthly   cite \"W&I Code 12301.1(b)(1)\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, rule_without_citation)
{
    Loaded l;
    load_text(&l, "input x : number \"x\"\nrule a : number\n  = x + 2\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:2:6: error: rule 'a' has no citation: add cite \"...\" naming the section of law it encodes");
    loaded_free(&l);
}

Test(check, exception_without_its_own_citation)
{
    Loaded l;
    load_text(&l,
        "input minor : bool \"under 18\"\n"
        "rule d : hours/month = 6:00/month  cite \"MPP 30-757.11\"\n"
        "  when minor => 0:00/month\n");
    assert_diag(&l, "rules.cite:3:3: error: this exception of 'd' has no citation of its own");
    loaded_free(&l);
}

Test(check, a_seed_document_is_not_a_citation)
{
    Loaded l;
    load_text(&l, "input x : number \"x\"\nrule a : number\n  = x        cite \"seed 004\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:3:19: error: citation \"seed 004\" does not name a section of law");
    assert_diag(&l, "name a seed document in a comment instead");
    loaded_free(&l);
}

Test(check, citations_of_every_kind_of_law_are_accepted)
{
    Loaded l;
    load_text(&l,
        "rule a : number = 1 cite \"MPP 30-757.14(a)\", \"W&I Code 12301.1\", \"ACL 14-60\", "
        "\"ACIN I-28-06\", \"CFR 42 441.510\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, empty_citation_prefix_is_rejected)
{
    Loaded l;
    load_text(&l, "rule a : number = 1 cite \"MPP \"\n");
    assert_diag(&l, "citation \"MPP \" does not name a section of law");
    loaded_free(&l);
}

Test(check, cycle_is_printed)
{
    Loaded l;
    load_text(&l,
        "input x : number \"x\"\n"
        "rule a : number = b + 1  cite \"MPP 30-757.1\"\n"
        "rule b : number = c * 2  cite \"MPP 30-757.2\"\n"
        "rule c : number = a - x  cite \"MPP 30-757.3\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:2:6: error: rules depend on each other in a cycle: a -> b -> c -> a");
    loaded_free(&l);
}

Test(check, rule_that_uses_itself_is_a_cycle)
{
    Loaded l;
    load_text(&l, "rule a : number = a + 1  cite \"MPP 30-757.1\"\n");
    assert_diag(&l, "cycle: a -> a");
    loaded_free(&l);
}

Test(check, two_exceptions_that_can_both_apply)
{
    Loaded l;
    load_text(&l,
        "input minor : bool \"the recipient is under 18\"\n"
        "input spouse : bool \"an able and available spouse is in the home\"\n"
        "rule domestic : hours/month\n"
        "  = 6:00/month                          cite \"MPP 30-757.11\"\n"
        "  when minor => 0:00/month              cite \"ACL 23-106\"\n"
        "  when spouse => 0:00/month             cite \"MPP 30-763.413\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:6:3: error: two exceptions of 'domestic' can both apply: [ACL 23-106] when minor, "
                    "and [MPP 30-763.413] when spouse; make the conditions exclusive or give one a higher priority");
    assert_diag(&l, "rules.cite:5:3: note: the other exception");
    loaded_free(&l);
}

Test(check, exclusive_exceptions_are_fine)
{
    Loaded l;
    load_text(&l,
        "enum Program \"program\" { PCSP, IPO, IHSS_R, CFCO }\n"
        "input program : Program \"the program\"\n"
        "input minor : bool \"under 18\"\n"
        "rule m : hours/month\n"
        "  = 195:00/month                               cite \"ACIN I-28-06\"\n"
        "  when program == PCSP => 283:00/month         cite \"ACIN I-28-06\"\n"
        "  when program == CFCO => 283:00/month         cite \"ACL 14-60\"\n"
        "  when minor and program == IPO => 0:00/month  cite \"ACL 23-106\"\n"
        "  when not minor and program == IPO => 195:00/month  cite \"ACL 11-19\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, exceptions_of_different_priority_do_not_conflict)
{
    Loaded l;
    load_text(&l,
        "input minor : bool \"under 18\"\n"
        "input spouse : bool \"spouse\"\n"
        "rule d : hours/month = 6:00/month              cite \"MPP 30-757.11\"\n"
        "  when minor => 0:00/month                    cite \"ACL 23-106\"\n"
        "  when spouse priority 2 => 0:00/month        cite \"MPP 30-763.413\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, overlap_that_depends_on_the_case_is_left_to_evaluation)
{
    Loaded l;
    load_text(&l,
        "input people : number \"people\"\n"
        "rule d : hours/month = 6:00/month        cite \"MPP 30-757.11\"\n"
        "  when people > 2 => 2:00/month          cite \"MPP 30-757.11(k)(1)\"\n"
        "  when people > 4 => 1:00/month          cite \"MPP 30-763.32\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, effective_dated_versions_check)
{
    Loaded l;
    load_text(&l,
        "input assessment_date : date asof \"the assessment date\"\n"
        "rule rate : number effective 2020-01-01  = 1  cite \"MPP 30-757.1\"\n"
        "rule rate : number effective 2025-07-01  = 2  cite \"ACL 25-01\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, two_versions_from_the_same_day)
{
    Loaded l;
    load_text(&l,
        "input assessment_date : date asof \"the assessment date\"\n"
        "rule rate : number effective 2020-01-01  = 1  cite \"MPP 30-757.1\"\n"
        "rule rate : number effective 2020-01-01  = 2  cite \"ACL 25-01\"\n");
    assert_diag(&l, "rules.cite:3:6: error: two versions of 'rate' are in force on the same day "
                    "(from 2020-01-01 and from 2020-01-01)");
    loaded_free(&l);
}

Test(check, versions_must_share_a_type)
{
    Loaded l;
    load_text(&l,
        "input assessment_date : date asof \"the assessment date\"\n"
        "rule rate : number effective 2020-01-01  = 1  cite \"MPP 30-757.1\"\n"
        "rule rate : bool effective 2025-07-01  = true  cite \"ACL 25-01\"\n");
    assert_diag(&l, "every version of 'rate' must have the same type and parameter");
    loaded_free(&l);
}

Test(check, same_name_declared_twice_without_dates)
{
    Loaded l;
    load_text(&l,
        "rule rate : number = 1  cite \"MPP 30-757.1\"\n"
        "rule rate : number = 2  cite \"ACL 25-01\"\n");
    cr_assert_not(l.ok);
    assert_diag(&l, "rules.cite:2:6: error: rule 'rate' is declared twice");
    assert_diag(&l, "rules.cite:1:6: note: the other declaration of 'rate'");
    loaded_free(&l);
}

Test(check, table_without_citation_and_with_unknown_row)
{
    Loaded l;
    load_text(&l,
        "enum Program \"program\" { PCSP, IPO }\n"
        "table t : Program -> hours/month cite \"ACIN I-28-06\"\n"
        "  PCSP 283:00\n"
        "  IP0  195:00\n");
    assert_diag(&l, "rules.cite:4:3: error: 'IP0' is not a member of Program; did you mean 'IPO'?");
    loaded_free(&l);
}

Test(check, import_of_a_missing_module)
{
    Loaded l;
    load_text(&l, "import nosuch\nrule a : number = 1 cite \"MPP 30-1\"\n");
    assert_diag(&l, "rules.cite:1:8: error: no module 'nosuch' (looked for nosuch.cite in:");
    loaded_free(&l);
}

Test(check, import_of_stdlib_calendar)
{
    Loaded l;
    load_text(&l,
        "import calendar\n"
        "input weekly : hours/week \"weekly need\"\n"
        "rule m : hours/month = per_month(weekly, weeks_per_month)  cite \"W&I Code 12301.1(b)(1)\"\n");
    assert_checks(&l);
    loaded_free(&l);
}

Test(check, round_needs_a_known_mode)
{
    Loaded l;
    load_text(&l,
        "input weekly : hours/week \"weekly need\"\n"
        "rule r : hours/week = round(weekly, 0:01/week, nearest)  cite \"MPP 30-757.1\"\n");
    assert_diag(&l, "round's mode is one of down, up, half_up, half_even, toward_zero");
    loaded_free(&l);
}

Test(check, a_table_key_range_can_be_years_but_not_too_wide)
{
    Loaded l;
    load_text(&l,
        "enum H \"a holiday\" { a }\n"
        "table ok : H, 2015..2016 -> date cite \"Gov. Code 6700\"\n"
        "  a 2015-01-01 2016-01-01\n"
        "table wide : H, 1000..2001 -> date cite \"Gov. Code 6700\"\n"
        "  a 2015-01-01\n");
    assert_diag(&l, "error: the key range has 1002 numbers; a table takes at most 1001");
    loaded_free(&l);
}

Test(check, date_functions_check_their_arguments)
{
    Loaded l;
    load_text(&l,
        "input d : date \"a date\"\n"
        "rule a : date \"x\" = add_months(3, d)  cite \"Gov. Code 6700\"\n"
        "rule b : date \"x\" = business_days_before(d, 2, d)  cite \"Gov. Code 6700\"\n"
        "rule c : bool \"x\" = weekday(d) == d  cite \"Gov. Code 6700\"\n"
        "rule e : date \"x\" = add_months(d, d)  cite \"Gov. Code 6700\"\n"
        "input closed : table Day -> date \"days closed\"\n"
        "enum Day \"a day\" { mon, tue }\n"
        "rule f : bool \"x\" = is_business_day(d, closed)  cite \"Gov. Code 6700\"\n");
    assert_diag(&l, "add_months takes (date, whole number of months): this is number, not a date");
    assert_diag(&l, "the days closed are the name of a table of dates (stdlib holidays: state_holidays), not date");
    assert_diag(&l, "weekday(date) gives a Weekday (monday .. sunday): add 'import calendar'");
    assert_diag(&l, "add_months takes (date, whole number of months): a count is a number, not date");
    assert_diag(&l, "is_business_day takes (date, table of closed days): the days closed are the name of a table "
                    "of dates (stdlib holidays: state_holidays), not a fact or a computed table");
    loaded_free(&l);
}
