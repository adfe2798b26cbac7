/* Unit tests for rat.c: exact arithmetic on hours and minutes of care. */
#include <criterion/criterion.h>
#include <string.h>

#include "rat.h"

/* A rational from num/den that must be constructible. */
static Rat R(int64_t num, int64_t den)
{
    Rat r;
    cr_assert(rat_make(num, den, &r), "rat_make(%lld, %lld) failed", (long long)num, (long long)den);
    return r;
}

#define assert_rat(r, n, d)                                                                       \
    cr_assert((r).num == (n) && (r).den == (d), "got %lld/%lld, want %lld/%lld", (long long)(r).num, \
              (long long)(r).den, (long long)(n), (long long)(d))

/* INT64_MAX/3*3: a large even number; N/7 is a non-integer in lowest terms. */
static const int64_t N3 = INT64_MAX / 3 * 3;

/* ---- construction and normalization ---- */

Test(rat, make_normalizes_sign_and_gcd)
{
    assert_rat(R(6, 8), 3, 4);
    assert_rat(R(-6, 8), -3, 4);
    assert_rat(R(6, -8), -3, 4);
    assert_rat(R(-6, -8), 3, 4);
    assert_rat(R(0, -5), 0, 1);
    assert_rat(R(10, 5), 2, 1);
    assert_rat(rat_int(-7), -7, 1);
}

Test(rat, make_rejects_zero_denominator)
{
    Rat r;
    cr_assert_not(rat_make(1, 0, &r));
    cr_assert_not(rat_make(0, 0, &r));
}

Test(rat, make_at_int64_limits)
{
    Rat r;
    assert_rat(R(INT64_MIN, 1), INT64_MIN, 1);
    assert_rat(R(INT64_MIN, -2), INT64_C(1) << 62, 1);
    assert_rat(R(INT64_MIN, INT64_MIN), 1, 1);
    assert_rat(R(2, INT64_MIN), -1, INT64_C(1) << 62);
    cr_assert_not(rat_make(INT64_MIN, -1, &r), "2^63 does not fit");
    cr_assert_not(rat_make(1, INT64_MIN, &r), "denominator 2^63 does not fit");
}

/* ---- arithmetic ---- */

Test(rat, add_sub_exact)
{
    Rat r;
    cr_assert(rat_add(R(1, 3), R(1, 6), &r));
    assert_rat(r, 1, 2);
    cr_assert(rat_add(R(1, 10), R(2, 10), &r));
    assert_rat(r, 3, 10);   /* 0.1 + 0.2 is exactly 0.3 */
    cr_assert(rat_sub(R(1, 2), R(1, 2), &r));
    assert_rat(r, 0, 1);
    cr_assert(rat_sub(R(1, 4), R(3, 4), &r));
    assert_rat(r, -1, 2);
    cr_assert(rat_add(R(-5, 6), R(5, 6), &r));
    assert_rat(r, 0, 1);
}

Test(rat, mul_div_exact)
{
    Rat r, h;
    /* 0.57 hours in minutes: 34.2 = 171/5 */
    cr_assert(rat_parse_decimal("0.57", 4, &h));
    cr_assert(rat_mul(h, rat_int(60), &r));
    assert_rat(r, 171, 5);
    cr_assert(rat_div(r, rat_int(60), &r));
    assert_rat(r, 57, 100);
    cr_assert(rat_mul(R(-2, 3), R(3, 4), &r));
    assert_rat(r, -1, 2);
    cr_assert(rat_div(R(1, 2), R(-1, 4), &r));
    assert_rat(r, -2, 1);
    cr_assert(rat_mul(R(5, 7), rat_int(0), &r));
    assert_rat(r, 0, 1);
}

Test(rat, div_by_zero_fails)
{
    Rat r;
    cr_assert_not(rat_div(rat_int(1), rat_int(0), &r));
    cr_assert_not(rat_div(rat_int(0), rat_int(0), &r));
}

Test(rat, overflow_detected)
{
    Rat r;
    cr_assert_not(rat_add(rat_int(INT64_MAX), rat_int(1), &r));
    cr_assert_not(rat_sub(rat_int(INT64_MIN), rat_int(1), &r));
    cr_assert_not(rat_add(rat_int(INT64_MIN), rat_int(-1), &r));
    cr_assert_not(rat_mul(rat_int(INT64_MAX), rat_int(2), &r));
    cr_assert_not(rat_mul(rat_int(INT64_MIN), rat_int(-1), &r));
    cr_assert_not(rat_neg(rat_int(INT64_MIN), &r));
    cr_assert_not(rat_div(rat_int(1), rat_int(INT64_MIN), &r));
    cr_assert_not(rat_div(rat_int(INT64_MIN), rat_int(-1), &r));
    /* Coprime denominators whose product is too big. */
    cr_assert_not(rat_add(R(1, INT64_MAX), R(1, INT64_MAX - 1), &r));
    cr_assert_not(rat_mul(R(1, INT64_MAX), R(1, 2), &r));
}

Test(rat, limits_that_fit)
{
    Rat r;
    cr_assert(rat_neg(rat_int(INT64_MAX), &r));
    assert_rat(r, -INT64_MAX, 1);
    cr_assert(rat_sub(rat_int(-1), rat_int(INT64_MIN), &r));
    assert_rat(r, INT64_MAX, 1);
    cr_assert(rat_add(rat_int(INT64_MIN), rat_int(INT64_MAX), &r));
    assert_rat(r, -1, 1);
    cr_assert(rat_div(rat_int(INT64_MIN), rat_int(2), &r));
    assert_rat(r, INT64_MIN / 2, 1);
}

/* A fraction and a whole: (n + w d)/d without a gcd, and the 128-bit general case when w d
 * or the sum leaves 64 bits on the way. */
Test(rat, fraction_and_whole)
{
    Rat r;
    cr_assert(rat_add(R(13, 3), rat_int(2), &r));
    assert_rat(r, 19, 3);
    cr_assert(rat_add(rat_int(2), R(13, 3), &r));
    assert_rat(r, 19, 3);
    cr_assert(rat_sub(R(13, 3), rat_int(5), &r));
    assert_rat(r, -2, 3);
    cr_assert(rat_sub(rat_int(5), R(13, 3), &r));
    assert_rat(r, 2, 3);
    cr_assert(rat_add(R(-6, 3), rat_int(2), &r));       /* -2 + 2: zero is 0/1 */
    assert_rat(r, 0, 1);
    /* w d leaves 64 bits, the sum does not: -M/2 ... as the general case finds it */
    cr_assert(rat_add(R(-INT64_MAX, 2), rat_int(INT64_MAX / 2 + 1), &r));
    assert_rat(r, 1, 2);
    cr_assert(rat_sub(rat_int(INT64_MAX / 2 + 1), R(INT64_MAX, 2), &r));
    assert_rat(r, 1, 2);
    /* the sum does not fit */
    cr_assert_not(rat_add(R(1, 2), rat_int(INT64_MAX / 2 + 1), &r));
    cr_assert_not(rat_sub(rat_int(INT64_MIN / 2), R(1, 2), &r));
    cr_assert_not(rat_add(R(INT64_MAX, 3), rat_int(INT64_MAX / 3 + 1), &r));
}

Test(rat, cross_cancel_avoids_spurious_overflow)
{
    Rat r, a = R(N3, 7);
    cr_assert(rat_mul(a, rat_int(7), &r));
    assert_rat(r, N3, 1);
    cr_assert(rat_mul(a, R(7, N3), &r));
    assert_rat(r, 1, 1);
    cr_assert(rat_div(a, a, &r));
    assert_rat(r, 1, 1);
    cr_assert(rat_div(rat_int(N3), R(N3, 7), &r));
    assert_rat(r, 7, 1);
    /* Denominators 2^62 share everything: the naive 2^124 never appears. */
    cr_assert(rat_add(R(1, INT64_C(1) << 62), R(1, INT64_C(1) << 62), &r));
    assert_rat(r, 1, INT64_C(1) << 61);
    /* M/2 - M/3 = M/6 although M*3 exceeds 64 bits on the way. */
    cr_assert(rat_sub(R(INT64_MAX, 2), R(INT64_MAX, 3), &r));
    assert_rat(r, INT64_MAX, 6);
}

Test(rat, cmp_exact_on_huge_values)
{
    Rat a = R(INT64_MAX, INT64_MAX - 1), b = R(INT64_MAX - 1, INT64_MAX - 2);
    cr_assert_lt(rat_cmp(a, b), 0);    /* 1 + 1/(M-1) < 1 + 1/(M-2) */
    cr_assert_gt(rat_cmp(b, a), 0);
    cr_assert_eq(rat_cmp(a, a), 0);
    cr_assert_lt(rat_cmp(rat_int(INT64_MIN), rat_int(INT64_MAX)), 0);
    cr_assert_gt(rat_cmp(R(1, INT64_MAX), R(INT64_MIN, INT64_MAX)), 0);
    cr_assert_gt(rat_cmp(R(-1, INT64_MAX), R(-1, INT64_MAX - 1)), 0);
}

Test(rat, eq_sign_is_int)
{
    cr_assert(rat_eq(R(2, 4), R(1, 2)));
    cr_assert_not(rat_eq(R(1, 2), R(-1, 2)));
    cr_assert(rat_is_int(R(10, 5)));
    cr_assert_not(rat_is_int(R(171, 5)));
    cr_assert_eq(rat_sign(R(-1, 3)), -1);
    cr_assert_eq(rat_sign(rat_int(0)), 0);
    cr_assert_eq(rat_sign(rat_int(INT64_MIN)), -1);
    cr_assert_eq(rat_sign(R(1, INT64_MAX)), 1);
}

/* ---- rounding ---- */

static Rat rnd(Rat a, Rat q, RoundMode m)
{
    Rat r;
    cr_assert(rat_round(a, q, m, &r));
    return r;
}

Test(rat, round_down_up_toward_zero)
{
    Rat one = rat_int(1);
    assert_rat(rnd(R(7, 3), one, ROUND_DOWN), 2, 1);
    assert_rat(rnd(R(-7, 3), one, ROUND_DOWN), -3, 1);
    assert_rat(rnd(R(7, 3), one, ROUND_UP), 3, 1);
    assert_rat(rnd(R(-7, 3), one, ROUND_UP), -2, 1);
    assert_rat(rnd(R(7, 3), one, ROUND_TOWARD_ZERO), 2, 1);
    assert_rat(rnd(R(-7, 3), one, ROUND_TOWARD_ZERO), -2, 1);
    assert_rat(rnd(rat_int(-6), one, ROUND_UP), -6, 1);
    assert_rat(rnd(rat_int(6), one, ROUND_DOWN), 6, 1);
}

Test(rat, round_half_up_goes_toward_plus_infinity)
{
    Rat one = rat_int(1);
    assert_rat(rnd(R(5, 2), one, ROUND_HALF_UP), 3, 1);
    assert_rat(rnd(R(-5, 2), one, ROUND_HALF_UP), -2, 1);
    assert_rat(rnd(R(7, 3), one, ROUND_HALF_UP), 2, 1);
    assert_rat(rnd(R(8, 3), one, ROUND_HALF_UP), 3, 1);
    assert_rat(rnd(R(-7, 3), one, ROUND_HALF_UP), -2, 1);
    assert_rat(rnd(R(-8, 3), one, ROUND_HALF_UP), -3, 1);
    assert_rat(rnd(R(-1, 2), one, ROUND_HALF_UP), 0, 1);
}

Test(rat, round_half_even)
{
    Rat one = rat_int(1);
    assert_rat(rnd(R(5, 2), one, ROUND_HALF_EVEN), 2, 1);
    assert_rat(rnd(R(7, 2), one, ROUND_HALF_EVEN), 4, 1);
    assert_rat(rnd(R(-5, 2), one, ROUND_HALF_EVEN), -2, 1);
    assert_rat(rnd(R(-7, 2), one, ROUND_HALF_EVEN), -4, 1);
    assert_rat(rnd(R(1, 2), one, ROUND_HALF_EVEN), 0, 1);
    assert_rat(rnd(R(8, 3), one, ROUND_HALF_EVEN), 3, 1);
    assert_rat(rnd(R(-8, 3), one, ROUND_HALF_EVEN), -3, 1);
}

Test(rat, round_to_quarter_hour_and_minutes)
{
    Rat quarter = R(1, 4), fifteen = rat_int(15), cent = R(1, 100);
    assert_rat(rnd(R(13, 10), quarter, ROUND_DOWN), 5, 4);
    assert_rat(rnd(R(13, 10), quarter, ROUND_UP), 3, 2);
    assert_rat(rnd(R(11, 8), quarter, ROUND_HALF_UP), 3, 2);     /* 5.5 quarters */
    assert_rat(rnd(R(11, 8), quarter, ROUND_HALF_EVEN), 3, 2);   /* 5.5 -> 6 */
    assert_rat(rnd(R(9, 8), quarter, ROUND_HALF_EVEN), 1, 1);    /* 4.5 -> 4 */
    assert_rat(rnd(R(-9, 8), quarter, ROUND_HALF_UP), -1, 1);    /* -4.5 -> -4 */
    assert_rat(rnd(rat_int(37), fifteen, ROUND_DOWN), 30, 1);
    assert_rat(rnd(rat_int(37), fifteen, ROUND_UP), 45, 1);
    assert_rat(rnd(rat_int(37), fifteen, ROUND_HALF_UP), 30, 1);
    assert_rat(rnd(R(75, 2), fifteen, ROUND_HALF_UP), 45, 1);    /* 37.5 is 2.5 quarters */
    assert_rat(rnd(R(75, 2), fifteen, ROUND_HALF_EVEN), 30, 1);
    assert_rat(rnd(R(2, 3), cent, ROUND_HALF_UP), 67, 100);
    assert_rat(rnd(R(2, 3), cent, ROUND_TOWARD_ZERO), 33, 50);
}

Test(rat, round_rejects_bad_quantum_and_overflow)
{
    Rat r;
    cr_assert_not(rat_round(R(1, 2), rat_int(0), ROUND_DOWN, &r));
    cr_assert_not(rat_round(R(1, 2), rat_int(-1), ROUND_DOWN, &r));
    cr_assert_not(rat_round(rat_int(INT64_MAX), rat_int(2), ROUND_UP, &r), "2^63 does not fit");
    /* a/q itself exceeds 64 bits, but the rounded value is a itself: no spurious failure. */
    cr_assert(rat_round(rat_int(INT64_MAX), R(1, 1000), ROUND_HALF_EVEN, &r));
    assert_rat(r, INT64_MAX, 1);
    cr_assert(rat_round(rat_int(INT64_MIN), R(1, 3), ROUND_DOWN, &r));
    assert_rat(r, INT64_MIN, 1);
}

/* ---- parsing ---- */

static Rat parse(const char *s)
{
    Rat r;
    cr_assert(rat_parse_decimal(s, strlen(s), &r), "\"%s\" should parse", s);
    return r;
}

static void reject(const char *s)
{
    Rat r;
    cr_assert_not(rat_parse_decimal(s, strlen(s), &r), "\"%s\" should be rejected", s);
}

Test(rat, parse_decimal_good)
{
    assert_rat(parse("4.33"), 433, 100);
    assert_rat(parse("-0.5"), -1, 2);
    assert_rat(parse("007"), 7, 1);
    assert_rat(parse("0"), 0, 1);
    assert_rat(parse("-0"), 0, 1);
    assert_rat(parse("1.50"), 3, 2);
    assert_rat(parse("0.57"), 57, 100);
    assert_rat(parse("9223372036854775807"), INT64_MAX, 1);
    assert_rat(parse("-9223372036854775808"), INT64_MIN, 1);
    /* More fraction digits than 10^18 allows, yet exact: 2^-20 and 1/10. */
    assert_rat(parse("0.00000095367431640625"), 1, 1048576);
    /* 40 trailing zeros would not fit even in 128 bits; they must not matter. */
    assert_rat(parse("1.50000000000000000000000000000000000000000"), 3, 2);
}

Test(rat, parse_decimal_uses_len_not_nul)
{
    Rat r;
    cr_assert(rat_parse_decimal("4.33 hours", 4, &r));
    assert_rat(r, 433, 100);
    cr_assert(rat_parse_decimal("12", 1, &r));
    assert_rat(r, 1, 1);
}

Test(rat, parse_decimal_bad)
{
    reject("");
    reject("-");
    reject("1.");
    reject(".5");
    reject("-.5");
    reject("1e5");
    reject("+1");
    reject(" 1");
    reject("1 ");
    reject("1.2.3");
    reject("1,5");
    reject("--1");
    reject("1234567890123456789012345");          /* 25 digits */
    reject("9223372036854775808");
    reject("-9223372036854775809");
    reject("0.0000000000000000001");              /* 1/10^19: denominator too big */
}

/* ---- rendering ---- */

Test(rat, str)
{
    char buf[48];
    cr_assert_str_eq(rat_str(rat_int(3), buf, sizeof buf), "3");
    cr_assert_str_eq(rat_str(R(-6, 8), buf, sizeof buf), "-3/4");
    cr_assert_str_eq(rat_str(R(171, 5), buf, sizeof buf), "171/5");
    cr_assert_str_eq(rat_str(rat_int(INT64_MIN), buf, sizeof buf), "-9223372036854775808");
    cr_assert_str_eq(rat_str(R(INT64_MIN, INT64_MAX), buf, sizeof buf),
                     "-9223372036854775808/9223372036854775807");
}

#define assert_dec(r, digits, want)                                                \
    do {                                                                           \
        char b_[64];                                                               \
        cr_assert_str_eq(rat_decimal_str((r), (digits), b_, sizeof b_), (want));   \
    } while (0)

Test(rat, decimal_str)
{
    assert_dec(R(3, 2), 2, "1.5");
    assert_dec(R(4, 7), 2, "0.57");
    assert_dec(rat_int(3), 2, "3");
    assert_dec(R(171, 5), 2, "34.2");
    assert_dec(R(433, 100), 6, "4.33");
    assert_dec(R(1, 3), 4, "0.3333");
    assert_dec(R(2, 3), 2, "0.67");
    assert_dec(R(1, 8), 2, "0.13");       /* exact half rounds up */
    assert_dec(R(-1, 8), 2, "-0.13");     /* ... away from zero for negatives */
    assert_dec(R(-1, 1000), 2, "0");      /* no "-0" */
    assert_dec(R(999, 1000), 2, "1");
    assert_dec(R(19999, 2000), 3, "10");  /* 9.9995: carry into the integer part */
    assert_dec(R(5, 2), 0, "3");
    assert_dec(R(-7, 3), 1, "-2.3");
    assert_dec(R(1, 1048576), 63, "0.00000095367431640625");
    assert_dec(rat_int(INT64_MIN), 2, "-9223372036854775808");
    assert_dec(R(INT64_MAX, 2), 0, "4611686018427387904");
}

#define assert_hmm(r, want)                                                \
    do {                                                                   \
        char b_[48];                                                       \
        cr_assert_str_eq(rat_hmm_str((r), b_, sizeof b_), (want));         \
    } while (0)

Test(rat, hmm_str)
{
    Rat m;
    assert_hmm(rat_int(9145), "152:25");
    assert_hmm(R(171, 5), "0:34");         /* 0.57 h = 34.2 min */
    assert_hmm(R(61, 2), "0:31");          /* 30.5 rounds up */
    assert_hmm(R(119, 2), "1:00");         /* 59.5 carries into the hour */
    assert_hmm(rat_int(0), "0:00");
    assert_hmm(rat_int(-65), "-1:05");
    /* halves up is toward +infinity, as round(x, 0:01, half_up) (reliability review, minor:
     * -2.5 minutes showed as -0:03, where the language rounds it to -2) */
    assert_hmm(R(-61, 2), "-0:30");
    assert_hmm(R(-5, 2), "-0:02");
    assert_hmm(R(-153, 5), "-0:31");       /* -30.6 */
    assert_hmm(R(-1, 2), "0:00");
    assert_hmm(R(-1, 3), "0:00");
    assert_hmm(R(-119, 2), "-0:59");       /* -59.5 does not carry into the hour */
    assert_hmm(R(-121, 2), "-1:00");       /* -60.5 */
    /* 4.33 weeks a month at 6:00 a week: 1558.8 min */
    cr_assert(rat_mul(parse("4.33"), rat_int(360), &m));
    assert_rat(m, 7794, 5);
    assert_hmm(m, "25:59");
    assert_hmm(rat_int(INT64_MIN), "-153722867280912930:08");
}

/* The display of a duration is the minute round(x, 0:01, half_up) gives, for either sign. */
Test(rat, hmm_str_shows_what_half_up_rounds_to)
{
    for (int64_t num = -400; num <= 400; num++)
        for (int64_t den = 1; den <= 12; den++) {
            Rat x = R(num, den), k;
            cr_assert(rat_round(x, rat_int(1), ROUND_HALF_UP, &k));
            char shown[48], rounded[48];
            rat_hmm_str(x, shown, sizeof shown);
            rat_hmm_str(k, rounded, sizeof rounded);
            cr_assert_str_eq(shown, rounded, "%lld/%lld minutes", (long long)num, (long long)den);
        }
}

/* A total that overflows keeps its last exact value (the summary of cite run relied on it and
 * printed the wrapped sum: reliability review D8). */
Test(rat, failed_add_leaves_the_total_as_it_was)
{
    Rat total = R(INT64_MAX - 1, 1);
    cr_assert_not(rat_add(total, R(2, 1), &total));
    assert_rat(total, INT64_MAX - 1, 1);
    cr_assert_not(rat_sub(R(INT64_MIN + 1, 1), R(2, 1), &total));
    assert_rat(total, INT64_MAX - 1, 1);
}
