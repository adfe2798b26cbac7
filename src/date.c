/* date.c: proleptic Gregorian dates as day numbers.
 * The conversions follow Howard Hinnant's days_from_civil / civil_from_days
 * (public domain): counting years from March puts the leap day last, so the
 * day of the year is a simple linear formula in the shifted month. */
#include "date.h"

#include <stdio.h>

enum { DATE_YEAR_MIN = 1, DATE_YEAR_MAX = 9999 };

bool date_is_leap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int date_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && date_is_leap(year) ? 29 : days[month - 1];
}

/* Unchecked conversion; the caller validated the date. */
static Date date_civil(int y, int m, int d)
{
    y -= m <= 2;                                            /* years start in March */
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;                                /* [0, 399] */
    int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  /* [0, 365] */
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;        /* [0, 146096] */
    return (Date)(era * 146097 + doe - 719468);             /* 719468: 0000-03-01 to 1970-01-01 */
}

bool date_from_ymd(int year, int month, int day, Date *out)
{
    if (year < DATE_YEAR_MIN || year > DATE_YEAR_MAX || month < 1 || month > 12 || day < 1 ||
        day > date_days_in_month(year, month))
        return false;
    *out = date_civil(year, month, day);
    return true;
}

void date_to_ymd(Date d, int *year, int *month, int *day)
{
    /* 64-bit so that any Date, even one outside 1..9999, converts without overflow. */
    int64_t z = (int64_t)d + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = (int)(z - era * 146097);                                  /* [0, 146096] */
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;    /* [0, 399] */
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                  /* [0, 365] */
    int mp = (5 * doy + 2) / 153;                                       /* [0, 11], 0 = March */
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(yoe + era * 400 + (*month <= 2));
}

static bool date_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool date_parse(const char *s, size_t len, Date *out)
{
    int y, m, d;
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!date_digits(s, 4, &y) || !date_digits(s + 5, 2, &m) || !date_digits(s + 8, 2, &d))
        return false;
    return date_from_ymd(y, m, d, out);
}

bool date_add_days(Date d, int64_t days, Date *out)
{
    /* Range ends are computed, not hard-coded, so they cannot drift from date_civil. */
    const int64_t lo = date_civil(DATE_YEAR_MIN, 1, 1), hi = date_civil(DATE_YEAR_MAX, 12, 31);
    int64_t r;
    if (__builtin_add_overflow((int64_t)d, days, &r) || r < lo || r > hi)
        return false;
    *out = (Date)r;
    return true;
}

char *date_str(Date d, char *buf, size_t size)
{
    int y, m, day;
    date_to_ymd(d, &y, &m, &day);
    snprintf(buf, size, "%04d-%02d-%02d", y, m, day);
    return buf;
}

bool date_add_months(Date d, int64_t months, Date *out)
{
    int y, m, day;
    date_to_ymd(d, &y, &m, &day);
    /* months from year 0, month 0: an exact integer, floor-divided back into year and month */
    int64_t index;
    if (months > INT64_MAX / 2 || months < -(INT64_MAX / 2))
        return false;
    index = (int64_t)y * 12 + (m - 1) + months;
    int64_t ny = index >= 0 ? index / 12 : -((-index + 11) / 12);
    int nm = (int)(index - ny * 12) + 1;
    if (ny < DATE_YEAR_MIN || ny > DATE_YEAR_MAX)
        return false;
    int last = date_days_in_month((int)ny, nm);
    return date_from_ymd((int)ny, nm, day < last ? day : last, out);
}

int date_weekday(Date d)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0); % on a negative day number is made
     * non-negative so that dates before 1970 work too */
    int w = (int)(((int64_t)d + 3) % 7);
    return w < 0 ? w + 7 : w;
}

DateWalk date_is_business_day(const DateCalendar *cal, Date d, bool *out)
{
    if (d < cal->covers_from || d > cal->covers_to)
        return DATE_WALK_UNCOVERED;
    bool open = date_weekday(d) < 5;
    for (int i = 0; open && i < cal->nclosed; i++)
        open = cal->closed[i] != d;
    *out = open;
    return DATE_WALK_OK;
}

DateWalk date_business_days(const DateCalendar *cal, Date d, int64_t n, int direction, Date *out, Date *where)
{
    Date day = d;
    /* each step leaves the covered span or finds a business day at most a few days on, so
     * the walk ends within the span's length whatever n is */
    while (n > 0) {
        if (!date_add_days(day, direction, &day))
            return DATE_WALK_OFF_CALENDAR;
        bool open;
        if (date_is_business_day(cal, day, &open) != DATE_WALK_OK) {
            *where = day;
            return DATE_WALK_UNCOVERED;
        }
        n -= open;
    }
    *out = day;
    return DATE_WALK_OK;
}
