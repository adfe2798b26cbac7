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
