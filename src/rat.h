/* rat.h: exact rational numbers with 64-bit numerator and denominator.
 * Every operation is checked: on overflow it returns false and leaves *out unspecified,
 * so a wrong number is never produced. Values are kept in lowest terms with den > 0. */
#ifndef CITE_RAT_H
#define CITE_RAT_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

typedef struct Rat { int64_t num, den; } Rat;

/* DOWN = floor, UP = ceiling, HALF_UP = halves toward +infinity (-2.5 -> -2),
 * HALF_EVEN = halves to even, TOWARD_ZERO = truncation. */
typedef enum RoundMode { ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_TOWARD_ZERO } RoundMode;

Rat  rat_int(int64_t n);
bool rat_make(int64_t num, int64_t den, Rat *out);      /* false if den == 0 or overflow */
bool rat_add(Rat a, Rat b, Rat *out);
bool rat_sub(Rat a, Rat b, Rat *out);
bool rat_mul(Rat a, Rat b, Rat *out);
bool rat_div(Rat a, Rat b, Rat *out);                   /* false on division by zero too */
bool rat_neg(Rat a, Rat *out);
int  rat_cmp(Rat a, Rat b);                             /* exact, never overflows */
bool rat_eq(Rat a, Rat b);
bool rat_is_int(Rat a);
int  rat_sign(Rat a);
/* Round a to the nearest multiple of quantum q (q > 0) by mode. */
bool rat_round(Rat a, Rat q, RoundMode mode, Rat *out);
/* Parse a decimal literal "123", "4.33", "-0.5" exactly. False on bad text or overflow.
 * Grammar -?[0-9]+(.[0-9]+)? : "1.", ".5", "+1", "1e5" are rejected. */
bool rat_parse_decimal(const char *s, size_t len, Rat *out);
/* "p/q" or "p" (lowest terms) into buf, truncated to size like snprintf: RAT_PUT_MAX bytes
 * hold any. Returns buf. */
char *rat_str(Rat a, char *buf, size_t size);
/* Decimal rendering with up to `digits` fraction digits, rounded half up, trailing zeros
 * trimmed; exact when the value terminates; truncated to size like snprintf (RAT_DECIMAL_MAX
 * bytes hold any). Halves go away from zero ("-0.13" for -1/8 at 2 digits); a value rounding
 * to 0 prints "0", never "-0". */
char *rat_decimal_str(Rat a, int digits, char *buf, size_t size);
/* Render a number of minutes as H:MM, rounded to the nearest minute, halves up (toward
 * +infinity, as the language's half_up; the Notice of Action's form). Negative values get a
 * leading '-': -30.5 -> "-0:30", -30.6 -> "-0:31", -0.4 and -0.5 -> "0:00". Truncated to size like snprintf (RAT_HMM_MAX
 * bytes hold any). */
char *rat_hmm_str(Rat minutes, char *buf, size_t size);
/* The writers behind rat_str, rat_hmm_str and rat_decimal_str, for output built in place:
 * they write from p on without a NUL, at most RAT_PUT_MAX, RAT_HMM_MAX and RAT_DECIMAL_MAX
 * bytes, and return the end. */
#define RAT_PUT_MAX 40          /* '-', 19 digits, '/', 19 digits */
#define RAT_HMM_MAX 24          /* '-', 18 digits, ':', 2 digits */
#define RAT_DECIMAL_MAX 88      /* '-', 20 digits, '.', 63 digits */
char *rat_put(char *p, Rat a);
char *rat_hmm_put(char *p, Rat minutes);
char *rat_decimal_put(char *p, Rat a, int digits);
/* The decimal digits of v, written backwards ending at `end` (room for 20); returns the
 * first. Two at a time: every figure of every case of a run goes through it. */
char *rat_digits_back(char *end, uint64_t v);

#endif
