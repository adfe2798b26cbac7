/* Unit tests for date.c: the calendar behind notice deadlines. */
#include <criterion/criterion.h>
#include <string.h>

#include "date.h"

static Date ymd(int y, int m, int d)
{
    Date r;
    cr_assert(date_from_ymd(y, m, d, &r), "%04d-%02d-%02d should be valid", y, m, d);
    return r;
}

static Date parse(const char *s)
{
    Date r;
    cr_assert(date_parse(s, strlen(s), &r), "\"%s\" should parse", s);
    return r;
}

static void reject(const char *s)
{
    Date r;
    cr_assert_not(date_parse(s, strlen(s), &r), "\"%s\" should be rejected", s);
}

#define assert_date(d, want)                                          \
    do {                                                              \
        char b_[16];                                                  \
        cr_assert_str_eq(date_str((d), b_, sizeof b_), (want));       \
    } while (0)

Test(date, leap_years)
{
    cr_assert_not(date_is_leap(1900));
    cr_assert(date_is_leap(2000));
    cr_assert(date_is_leap(2024));
    cr_assert_not(date_is_leap(2023));
    cr_assert_not(date_is_leap(2100));
    cr_assert(date_is_leap(1600));
    cr_assert(date_is_leap(4));
}

Test(date, days_in_month)
{
    cr_assert_eq(date_days_in_month(2024, 2), 29);
    cr_assert_eq(date_days_in_month(2023, 2), 28);
    cr_assert_eq(date_days_in_month(1900, 2), 28);
    cr_assert_eq(date_days_in_month(2000, 2), 29);
    cr_assert_eq(date_days_in_month(2025, 1), 31);
    cr_assert_eq(date_days_in_month(2025, 4), 30);
    cr_assert_eq(date_days_in_month(2025, 9), 30);
    cr_assert_eq(date_days_in_month(2025, 12), 31);
    cr_assert_eq(date_days_in_month(2025, 0), 0);
    cr_assert_eq(date_days_in_month(2025, 13), 0);
}

Test(date, known_day_numbers)
{
    cr_assert_eq(ymd(1970, 1, 1), 0);
    cr_assert_eq(ymd(1970, 1, 2), 1);
    cr_assert_eq(ymd(1969, 12, 31), -1);
    cr_assert_eq(ymd(2000, 3, 1), 11017);
    cr_assert_eq(ymd(1, 1, 1), -719162);
    cr_assert_eq(ymd(9999, 12, 31), 2932896);
}

Test(date, from_ymd_validates)
{
    Date d;
    cr_assert_not(date_from_ymd(2025, 2, 30, &d));
    cr_assert_not(date_from_ymd(2023, 2, 29, &d));
    cr_assert_not(date_from_ymd(1900, 2, 29, &d));
    cr_assert(date_from_ymd(2000, 2, 29, &d));
    cr_assert(date_from_ymd(2024, 2, 29, &d));
    cr_assert_not(date_from_ymd(2025, 13, 1, &d));
    cr_assert_not(date_from_ymd(2025, 0, 1, &d));
    cr_assert_not(date_from_ymd(2025, 4, 31, &d));
    cr_assert_not(date_from_ymd(2025, 1, 0, &d));
    cr_assert_not(date_from_ymd(0, 1, 1, &d));
    cr_assert_not(date_from_ymd(10000, 1, 1, &d));
    cr_assert_not(date_from_ymd(-1, 1, 1, &d));
}

/* Every day from 1900 to 2100 is the day after the previous one and converts back. */
Test(date, round_trip_1900_2100)
{
    Date prev = ymd(1899, 12, 31);
    int count = 0;
    for (int y = 1900; y <= 2100; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= date_days_in_month(y, m); d++) {
                Date n = ymd(y, m, d);
                cr_assert_eq(n, prev + 1, "%04d-%02d-%02d is not the day after", y, m, d);
                int yy, mm, dd;
                date_to_ymd(n, &yy, &mm, &dd);
                cr_assert(yy == y && mm == m && dd == d, "%04d-%02d-%02d came back as %04d-%02d-%02d", y, m,
                          d, yy, mm, dd);
                prev = n;
                count++;
            }
    cr_assert_eq(count, 73414);     /* 201 years, 49 leap days (2000 yes; 1900, 2100 no) */
}

/* The whole supported range: each day number maps to a valid date that maps back. */
Test(date, round_trip_full_range)
{
    Date lo = ymd(1, 1, 1), hi = ymd(9999, 12, 31);
    int py = 1, pm = 1, pd = 0;
    for (Date n = lo; n <= hi; n++) {
        int y, m, d;
        Date back;
        date_to_ymd(n, &y, &m, &d);
        cr_assert(date_from_ymd(y, m, d, &back) && back == n, "day %d gave %04d-%02d-%02d", (int)n, y, m, d);
        /* the date moved forward by exactly one day */
        bool next = (y == py && m == pm && d == pd + 1) || (y == py && m == pm + 1 && d == 1) ||
                    (y == py + 1 && m == 1 && d == 1 && pm == 12);
        cr_assert(next, "day %d: %04d-%02d-%02d after %04d-%02d-%02d", (int)n, y, m, d, py, pm, pd);
        py = y, pm = m, pd = d;
    }
}

Test(date, parse_good)
{
    cr_assert_eq(parse("1970-01-01"), 0);
    cr_assert_eq(parse("2000-03-01"), 11017);
    cr_assert_eq(parse("2024-02-29"), ymd(2024, 2, 29));
    cr_assert_eq(parse("2000-02-29"), ymd(2000, 2, 29));
    cr_assert_eq(parse("0001-01-01"), ymd(1, 1, 1));
    cr_assert_eq(parse("9999-12-31"), ymd(9999, 12, 31));
}

Test(date, parse_bad)
{
    reject("2025-02-30");
    reject("2023-02-29");
    reject("1900-02-29");
    reject("2024-2-29");
    reject("2024-02-29x");
    reject(" 2024-02-29");
    reject("0000-01-01");
    reject("2024-00-10");
    reject("2024-13-01");
    reject("2024-01-00");
    reject("2024-01-32");
    reject("2024/01/01");
    reject("20240101");
    reject("+024-01-01");
    reject("-024-01-01");
    reject("2024-01-3a");
    reject("2024-0a-01");
    reject("");
}

Test(date, parse_uses_len_not_nul)
{
    Date d;
    cr_assert(date_parse("2024-02-29x", 10, &d));
    cr_assert_eq(d, ymd(2024, 2, 29));
    cr_assert_not(date_parse("2024-02-29", 9, &d));
}

static Date add(Date d, int64_t n)
{
    Date r;
    cr_assert(date_add_days(d, n, &r), "adding %lld days failed", (long long)n);
    return r;
}

Test(date, add_days)
{
    assert_date(add(parse("2024-02-28"), 1), "2024-02-29");
    assert_date(add(parse("2024-02-28"), 2), "2024-03-01");
    assert_date(add(parse("2023-02-28"), 1), "2023-03-01");
    assert_date(add(parse("2025-01-01"), 90), "2025-04-01");
    assert_date(add(parse("2024-01-01"), 90), "2024-03-31");   /* leap year: one day less */
    assert_date(add(parse("2025-12-15"), 30), "2026-01-14");
    assert_date(add(parse("2025-12-31"), 1), "2026-01-01");
    assert_date(add(parse("2026-01-01"), -1), "2025-12-31");
    assert_date(add(parse("2025-03-01"), -1), "2025-02-28");
    assert_date(add(parse("2024-02-29"), 365), "2025-02-28");
    assert_date(add(parse("2024-05-05"), 0), "2024-05-05");
}

Test(date, add_days_range)
{
    Date r;
    assert_date(add(parse("9999-12-30"), 1), "9999-12-31");
    assert_date(add(parse("0001-01-02"), -1), "0001-01-01");
    cr_assert_not(date_add_days(parse("9999-12-31"), 1, &r));
    cr_assert_not(date_add_days(parse("0001-01-01"), -1, &r));
    cr_assert_not(date_add_days(0, INT64_MAX, &r));
    cr_assert_not(date_add_days(0, INT64_MIN, &r));
    cr_assert_not(date_add_days(0, (int64_t)1 << 32, &r), "must not wrap around 32 bits");
}

Test(date, str)
{
    assert_date(0, "1970-01-01");
    assert_date(11017, "2000-03-01");
    assert_date(-1, "1969-12-31");
    assert_date(ymd(1, 1, 1), "0001-01-01");
    assert_date(ymd(9999, 12, 31), "9999-12-31");
    assert_date(parse("2024-02-29"), "2024-02-29");
}

/* ---- months, weekdays and business days (the dates of doc/contract.md 4c) ---- */

static void assert_add_months(const char *from, int64_t months, const char *want)
{
    Date d;
    cr_assert(date_add_months(parse(from), months, &d), "%s + %lld months should exist", from, (long long)months);
    char b[16];
    cr_assert_str_eq(date_str(d, b, sizeof b), want, "%s + %lld months", from, (long long)months);
}

Test(date, add_months_clamps_to_the_month_end)
{
    assert_add_months("2024-02-29", 12, "2025-02-28");     /* doc/contract.md 4c */
    assert_add_months("2023-02-28", 12, "2024-02-28");     /* not moved to the 29th */
    assert_add_months("2026-01-31", 1, "2026-02-28");
    assert_add_months("2024-01-31", 1, "2024-02-29");      /* leap year */
    assert_add_months("2024-01-29", 1, "2024-02-29");
    assert_add_months("2024-01-30", 1, "2024-02-29");
    assert_add_months("2025-01-29", 1, "2025-02-28");
    assert_add_months("2025-01-30", 1, "2025-02-28");
    assert_add_months("2025-03-31", 1, "2025-04-30");
    assert_add_months("2025-05-31", 1, "2025-06-30");
    assert_add_months("2025-08-31", 1, "2025-09-30");
    assert_add_months("2025-10-31", 1, "2025-11-30");
    assert_add_months("2024-02-29", 48, "2028-02-29");     /* four years on: a leap day again */
    assert_add_months("2100-01-31", 1, "2100-02-28");
    assert_add_months("2096-02-29", 48, "2100-02-28");     /* 2100 is not a leap year */
}

Test(date, add_months_across_year_ends_and_backwards)
{
    assert_add_months("2025-12-31", 1, "2026-01-31");
    assert_add_months("2025-11-30", 2, "2026-01-30");
    assert_add_months("2025-12-15", 12, "2026-12-15");
    assert_add_months("2026-01-31", -1, "2025-12-31");
    assert_add_months("2026-03-31", -1, "2026-02-28");
    assert_add_months("2024-03-31", -1, "2024-02-29");
    assert_add_months("2026-01-15", -13, "2024-12-15");
    assert_add_months("2026-05-20", 0, "2026-05-20");
    assert_add_months("2026-05-20", -24, "2024-05-20");
    Date d;
    cr_assert_not(date_add_months(parse("9999-12-01"), 1, &d), "past year 9999");
    cr_assert_not(date_add_months(parse("0001-01-31"), -1, &d), "before year 1");
    cr_assert_not(date_add_months(parse("2026-01-01"), INT64_MAX, &d));
    cr_assert_not(date_add_months(parse("2026-01-01"), INT64_MIN, &d));
}

Test(date, weekday)
{
    cr_assert_eq(date_weekday(parse("1970-01-01")), 3);    /* a Thursday */
    cr_assert_eq(date_weekday(parse("2026-12-01")), 1);    /* a Tuesday */
    cr_assert_eq(date_weekday(parse("2024-02-29")), 3);    /* a Thursday */
    cr_assert_eq(date_weekday(parse("2000-01-01")), 5);    /* a Saturday */
    cr_assert_eq(date_weekday(parse("1969-12-28")), 6);    /* a Sunday, before day 0 */
    cr_assert_eq(date_weekday(parse("0001-01-01")), 0);    /* a Monday (proleptic Gregorian) */
    cr_assert_eq(date_weekday(parse("2025-12-31")), 2);    /* a Wednesday, a year end */
    cr_assert_eq(date_weekday(parse("2026-01-01")), 3);
}

Test(date, days_between_across_leap_years_and_year_ends)
{
    cr_assert_eq(parse("2024-03-01") - parse("2024-02-28"), 2);
    cr_assert_eq(parse("2023-03-01") - parse("2023-02-28"), 1);
    cr_assert_eq(parse("2026-01-01") - parse("2025-12-31"), 1);
    cr_assert_eq(parse("2025-01-01") - parse("2024-01-01"), 366);
    cr_assert_eq(parse("2026-01-01") - parse("2025-01-01"), 365);
    cr_assert_eq(parse("2026-03-16") - parse("2026-04-01"), -16);
}

/* The days California state offices closed in 2025 and 2026 (stdlib/holidays.cite). */
static DateCalendar calendar_2025_2026(Date *buf)
{
    const char *days[] = {
        "2025-01-01", "2025-01-20", "2025-02-17", "2025-03-31", "2025-05-26", "2025-07-04",
        "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25",
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-03-31", "2026-05-25",
        "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25",
    };
    int n = (int)(sizeof days / sizeof days[0]);
    for (int i = 0; i < n; i++)
        buf[i] = parse(days[i]);
    DateCalendar cal = { buf, n, parse("2025-01-01"), parse("2026-12-31") };
    return cal;
}

static void assert_business(const DateCalendar *cal, const char *from, int64_t n, int dir, const char *want)
{
    Date d, where;
    cr_assert_eq(date_business_days(cal, parse(from), n, dir, &d, &where), DATE_WALK_OK, "%s %+d x %lld", from, dir, (long long)n);
    char b[16];
    cr_assert_str_eq(date_str(d, b, sizeof b), want, "%lld business days %s %s", (long long)n, dir < 0 ? "before" : "after", from);
}

Test(date, business_days_over_weekends_and_holidays)
{
    Date buf[32];
    DateCalendar cal = calendar_2025_2026(buf);
    assert_business(&cal, "2026-03-04", 2, -1, "2026-03-02");   /* Wednesday -> Monday */
    assert_business(&cal, "2026-03-09", 2, -1, "2026-03-05");   /* Monday -> Thursday */
    assert_business(&cal, "2026-03-10", 2, -1, "2026-03-06");   /* Tuesday -> Friday */
    assert_business(&cal, "2026-02-17", 2, -1, "2026-02-12");   /* the day after Presidents' Day */
    assert_business(&cal, "2026-01-20", 2, -1, "2026-01-15");   /* after the MLK weekend */
    assert_business(&cal, "2026-11-30", 2, -1, "2026-11-24");   /* after Thanksgiving and the day after */
    assert_business(&cal, "2026-01-02", 2, -1, "2025-12-30");   /* across the year end and New Year's Day */
    assert_business(&cal, "2026-07-06", 1, -1, "2026-07-03");   /* July 4 on a Saturday closes no weekday */
    assert_business(&cal, "2026-03-06", 2, 1, "2026-03-10");    /* Friday + 2 -> Tuesday */
    assert_business(&cal, "2025-12-24", 2, 1, "2025-12-29");    /* over Christmas and a weekend */
    assert_business(&cal, "2026-03-07", 0, -1, "2026-03-07");   /* n = 0: the day itself */
    bool open;
    cr_assert_eq(date_is_business_day(&cal, parse("2026-03-31"), &open), DATE_WALK_OK);
    cr_assert_not(open, "Cesar Chavez Day");
    cr_assert_eq(date_is_business_day(&cal, parse("2026-03-30"), &open), DATE_WALK_OK);
    cr_assert(open);
    cr_assert_eq(date_is_business_day(&cal, parse("2026-03-28"), &open), DATE_WALK_OK);
    cr_assert_not(open, "a Saturday");
}

Test(date, business_days_outside_the_calendar_are_refused)
{
    Date buf[32], d, where;
    DateCalendar cal = calendar_2025_2026(buf);
    bool open;
    cr_assert_eq(date_is_business_day(&cal, parse("2027-01-04"), &open), DATE_WALK_UNCOVERED);
    cr_assert_eq(date_business_days(&cal, parse("2025-01-02"), 2, -1, &d, &where), DATE_WALK_UNCOVERED);
    assert_date(where, "2024-12-31");
    cr_assert_eq(date_business_days(&cal, parse("2026-12-30"), 3, 1, &d, &where), DATE_WALK_UNCOVERED);
    assert_date(where, "2027-01-01");
    /* a huge n ends at the calendar's edge, not after a trillion steps */
    cr_assert_eq(date_business_days(&cal, parse("2026-06-01"), INT64_MAX, 1, &d, &where), DATE_WALK_UNCOVERED);
}
