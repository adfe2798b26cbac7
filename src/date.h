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

#endif
