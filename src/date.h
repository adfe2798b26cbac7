/* date.h: civil dates of the proleptic Gregorian calendar as day numbers
 * (days since 1970-01-01), so date + days and date - date are integer arithmetic. */
#ifndef CITE_DATE_H
#define CITE_DATE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

typedef int32_t Date;   /* days since 1970-01-01; valid years 1..9999 */

bool date_is_leap(int year);
int  date_days_in_month(int year, int month);
/* Validating constructor: false for 2025-02-30, month 13, year outside 1..9999. */
bool date_from_ymd(int year, int month, int day, Date *out);
void date_to_ymd(Date d, int *year, int *month, int *day);
/* Parse exactly "YYYY-MM-DD" (len bytes, no trailing text). */
bool date_parse(const char *s, size_t len, Date *out);
/* Adds days; false if the result leaves years 1..9999. */
bool date_add_days(Date d, int64_t days, Date *out);
char *date_str(Date d, char *buf, size_t size);   /* "YYYY-MM-DD"; buf >= 11 bytes */

/* The same day of the month `months` later (earlier when negative), clamped to the end of a
 * shorter month: 2024-01-31 + 1 = 2024-02-29, 2024-02-29 + 12 = 2025-02-28. False if the
 * result leaves years 1..9999. */
bool date_add_months(Date d, int64_t months, Date *out);
/* ISO 8601 day of the week: 0 Monday .. 6 Sunday. */
int  date_weekday(Date d);

/* Business days: Monday to Friday, less the days of `closed` (any order, duplicates
 * allowed), which are known only from the first to the last day of `covers`. */
typedef struct DateCalendar {
    const Date *closed;
    int nclosed;
    Date covers_from, covers_to;    /* inclusive */
} DateCalendar;

typedef enum DateWalk { DATE_WALK_OK, DATE_WALK_UNCOVERED, DATE_WALK_OFF_CALENDAR } DateWalk;

/* Whether d is a business day; DATE_WALK_UNCOVERED when the calendar does not cover d. */
DateWalk date_is_business_day(const DateCalendar *cal, Date d, bool *out);
/* The n-th business day after d (direction +1) or before it (-1), not counting d itself;
 * n = 0 gives d. On DATE_WALK_UNCOVERED, *where is the first day the calendar does not
 * cover. */
DateWalk date_business_days(const DateCalendar *cal, Date d, int64_t n, int direction, Date *out, Date *where);

#endif
