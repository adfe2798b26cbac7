/* rat.c: checked exact rationals.
 * Results are computed so that an overflow is reported only when the exact result
 * in lowest terms does not fit in int64: multiplication and division cross-cancel
 * before multiplying, and where an intermediate can legitimately exceed 64 bits
 * (sums, comparisons, rounding) it is held in 128 bits, whose bounds are noted. */
#include "rat.h"

#include <assert.h>
#include <string.h>

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

/* |x| without the undefined -INT64_MIN. */
static uint64_t rat_uabs(int64_t x)
{
    return x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
}

static uint64_t rat_gcd(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static u128 rat_gcd128(u128 a, u128 b)
{
    while (b) {
        u128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Build a Rat from a sign and magnitudes already in lowest terms (d > 0).
 * The magnitude may be 2^63 only when negative: that is INT64_MIN. */
static bool rat_pack(bool neg, u128 n, u128 d, Rat *out)
{
    assert(n == 0 || (d > 0 && rat_gcd128(n, d) == 1));     /* every Rat is in lowest terms */
    if (n == 0) {
        *out = (Rat){0, 1};
        return true;
    }
    if (d > INT64_MAX || n > (neg ? (u128)INT64_MAX + 1 : (u128)INT64_MAX))
        return false;
    out->num = neg ? (int64_t)((uint64_t)0 - (uint64_t)n) : (int64_t)n;
    out->den = (int64_t)d;
    return true;
}

/* Reduce, then pack. */
static bool rat_pack_reduce(bool neg, u128 n, u128 d, Rat *out)
{
    u128 g = rat_gcd128(n, d);
    return rat_pack(neg, n / g, d / g, out);
}

Rat rat_int(int64_t n)
{
    return (Rat){n, 1};
}

bool rat_make(int64_t num, int64_t den, Rat *out)
{
    if (den == 0)
        return false;
    uint64_t n = rat_uabs(num), d = rat_uabs(den), g = rat_gcd(n, d);
    return rat_pack((num < 0) != (den < 0), n / g, d / g, out);
}

/* a + sign*b by Knuth's method (TAOCP 4.5.1): with g = gcd(a.den, b.den),
 * t = a.num*(b.den/g) + b.num*(a.den/g) and the result is
 * (t/g2) / ((a.den/g)*(b.den/g2)) with g2 = gcd(t, g), already in lowest terms.
 * Each product in t is below 2^126, so t fits in 128 bits; only t/g2 and the
 * denominator must fit in 64. */
static __attribute__((noinline)) bool rat_addsub_general(Rat a, Rat b, bool sub, Rat *out);

/* The common cases in place, the rest apart (its 128-bit locals made every call save and
 * restore registers). */
static bool rat_addsub(Rat a, Rat b, bool sub, Rat *out)
{
    int64_t p, r;       /* *out is left as it was on overflow, not given the wrapped sum */
    if (a.den == 1 && b.den == 1) {     /* whole minutes, the common case: no gcd */
        if (sub ? __builtin_sub_overflow(a.num, b.num, &r) : __builtin_add_overflow(a.num, b.num, &r))
            return false;
        out->num = r;
        out->den = 1;
        return true;
    }
    /* a fraction and a whole (a month's 13/3 weeks of minutes and whole minutes): n/d + w is
     * (n + w d)/d, in lowest terms as n/d is; an overflow on the way is left to the general
     * case, whose 128 bits say whether the result fits */
    if (b.den == 1 && !__builtin_mul_overflow(b.num, a.den, &p)
        && !(sub ? __builtin_sub_overflow(a.num, p, &r) : __builtin_add_overflow(a.num, p, &r))) {
        out->num = r;
        out->den = r ? a.den : 1;
        return true;
    }
    if (a.den == 1 && !__builtin_mul_overflow(a.num, b.den, &p)
        && !(sub ? __builtin_sub_overflow(p, b.num, &r) : __builtin_add_overflow(p, b.num, &r))) {
        out->num = r;
        out->den = r ? b.den : 1;
        return true;
    }
    return rat_addsub_general(a, b, sub, out);
}

static bool rat_addsub_general(Rat a, Rat b, bool sub, Rat *out)
{
    if (a.den == b.den) {               /* sums of one table's figures (34.2 = 171/5 minutes) */
        i128 t = sub ? (i128)a.num - b.num : (i128)a.num + b.num;
        if (t >= INT64_MIN && t <= INT64_MAX) {
            uint64_t g = rat_gcd(rat_uabs((int64_t)t), (uint64_t)a.den);   /* gcd(0, d) = d: 0/1 */
            out->num = (int64_t)t / (int64_t)g;
            out->den = a.den / (int64_t)g;
            return true;
        }
    }
    uint64_t g = rat_gcd((uint64_t)a.den, (uint64_t)b.den);
    i128 ta = (i128)a.num * (int64_t)((uint64_t)b.den / g);
    i128 tb = (i128)b.num * (int64_t)((uint64_t)a.den / g);
    i128 t = sub ? ta - tb : ta + tb;
    if (t == 0) {
        *out = (Rat){0, 1};
        return true;
    }
    bool neg = t < 0;
    u128 ut = neg ? (u128)0 - (u128)t : (u128)t;
    /* a magnitude within 64 bits (almost every one) is divided in 64 bits, not by the
     * 128-bit library routines */
    bool small = (ut >> 64) == 0;
    uint64_t g2 = rat_gcd(small ? (uint64_t)ut % g : (uint64_t)(ut % g), g);
    uint64_t den;
    if (__builtin_mul_overflow((uint64_t)a.den / g, (uint64_t)b.den / g2, &den))
        return false;
    return rat_pack(neg, small ? (u128)((uint64_t)ut / g2) : ut / g2, den, out);
}

bool rat_add(Rat a, Rat b, Rat *out)
{
    return rat_addsub(a, b, false, out);
}

bool rat_sub(Rat a, Rat b, Rat *out)
{
    return rat_addsub(a, b, true, out);
}

/* (an/ad) * (bn/bd) on magnitudes. Cancelling gcd(an, bd) and gcd(bn, ad) first
 * leaves a product in lowest terms, so an overflow here is a real one. */
static bool rat_mul_mag(bool neg, uint64_t an, uint64_t ad, uint64_t bn, uint64_t bd, Rat *out)
{
    if (an == 0 || bn == 0) {
        *out = (Rat){0, 1};
        return true;
    }
    uint64_t g1 = rat_gcd(an, bd), g2 = rat_gcd(bn, ad), n, d;
    if (__builtin_mul_overflow(an / g1, bn / g2, &n) || __builtin_mul_overflow(ad / g2, bd / g1, &d))
        return false;
    return rat_pack(neg, n, d, out);
}

bool rat_mul(Rat a, Rat b, Rat *out)
{
    return rat_mul_mag((a.num < 0) != (b.num < 0), rat_uabs(a.num), (uint64_t)a.den,
                       rat_uabs(b.num), (uint64_t)b.den, out);
}

bool rat_div(Rat a, Rat b, Rat *out)
{
    if (b.num == 0)
        return false;
    /* Multiply by the reciprocal in magnitudes, so 1/INT64_MIN needs no negation. */
    return rat_mul_mag((a.num < 0) != (b.num < 0), rat_uabs(a.num), (uint64_t)a.den,
                       (uint64_t)b.den, rat_uabs(b.num), out);
}

bool rat_neg(Rat a, Rat *out)
{
    if (__builtin_sub_overflow((int64_t)0, a.num, &out->num))
        return false;
    out->den = a.den;
    return true;
}

int rat_cmp(Rat a, Rat b)
{
    if (a.den == b.den)
        return (a.num > b.num) - (a.num < b.num);
    /* Both products are below 2^126 in magnitude. */
    i128 l = (i128)a.num * b.den, r = (i128)b.num * a.den;
    return (l > r) - (l < r);
}

bool rat_eq(Rat a, Rat b)
{
    return a.num == b.num && a.den == b.den;    /* lowest terms are unique */
}

bool rat_is_int(Rat a)
{
    return a.den == 1;
}

int rat_sign(Rat a)
{
    return (a.num > 0) - (a.num < 0);
}

/* floor(n/d) for d > 0. */
static i128 rat_floordiv(i128 n, i128 d)
{
    i128 q = n / d;
    return (n % d != 0 && n < 0) ? q - 1 : q;
}

/* ROUND_HALF_UP sends halves toward +infinity: -2.5 -> -2, 2.5 -> 3 (floor(x + 1/2)). */
bool rat_round(Rat a, Rat q, RoundMode mode, Rat *out)
{
    if (q.num <= 0)
        return false;
    /* x = a/q = n/d with n, d below 2^126 in magnitude, d > 0; k is the chosen integer. */
    i128 n = (i128)a.num * q.den, d = (i128)a.den * q.num;
    i128 k, fl = rat_floordiv(n, d), rem = n - fl * d;    /* 0 <= rem < d */
    switch (mode) {
    case ROUND_DOWN:
        k = fl;
        break;
    case ROUND_UP:
        k = fl + (rem != 0);
        break;
    case ROUND_TOWARD_ZERO:
        k = n / d;
        break;
    case ROUND_HALF_UP:
        /* rem < 2^126 so 2*rem does not overflow */
        k = fl + (2 * rem >= d);
        break;
    case ROUND_HALF_EVEN:
        if (2 * rem != d)
            k = fl + (2 * rem > d);
        else
            k = fl + (fl % 2 != 0);
        break;
    default:
        return false;
    }
    /* Result k*q.num/q.den: cancel gcd(k, q.den); then it is in lowest terms. */
    if (k == 0) {
        *out = (Rat){0, 1};
        return true;
    }
    bool neg = k < 0;
    u128 uk = neg ? (u128)0 - (u128)k : (u128)k, num;
    u128 g = rat_gcd128(uk, (u128)q.den);
    if (__builtin_mul_overflow(uk / g, (u128)q.num, &num))
        return false;
    return rat_pack(neg, num, (u128)q.den / g, out);
}

/* Grammar: -?[0-9]+(\.[0-9]+)?  A bare "1." or ".5" is rejected, so that a number
 * never swallows a sentence-ending period or starts with one. */
bool rat_parse_decimal(const char *s, size_t len, Rat *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && s[i] == '-') {
        neg = true;
        i++;
    }
    /* 128 bits hold about 38 digits, enough for any literal whose value fits. */
    u128 n = 0, d = 1;
    size_t int_digits = 0, frac_digits = 0;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, int_digits++)
        if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, (u128)(s[i] - '0'), &n))
            return false;
    if (int_digits == 0)
        return false;
    if (i < len && s[i] == '.') {
        i++;
        /* Trailing zeros do not change the value; skipping them keeps d small. */
        size_t end = len;
        while (end > i && s[end - 1] == '0')
            end--;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, frac_digits++) {
            if (i >= end)
                continue;
            if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, (u128)(s[i] - '0'), &n) ||
                __builtin_mul_overflow(d, 10, &d))
                return false;
        }
        if (frac_digits == 0)
            return false;
    }
    if (i != len)
        return false;
    return rat_pack_reduce(neg, n, d, out);
}

/* Two digits at a time: figures are printed for every result of every case of a run; the
 * divisions by 100 are by a constant, so the compiler multiplies. */
static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static inline char *digits_back(char *end, uint64_t v)
{
    while (v >= 100) {
        const char *d = &digit_pairs[(v % 100) * 2];
        v /= 100;
        *--end = d[1];
        *--end = d[0];
    }
    if (v >= 10) {
        *--end = digit_pairs[v * 2 + 1];
        *--end = digit_pairs[v * 2];
    } else {
        *--end = (char)('0' + v);
    }
    return end;
}

char *rat_digits_back(char *end, uint64_t v)
{
    return digits_back(end, v);
}

/* The number of decimal digits of v: from its bit length (log10(2) is about 1233/4096), one
 * comparison corrects it. */
static int rat_ndigits(uint64_t v)
{
    static const uint64_t pow10[20] = {
        1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
        10000000000u, 100000000000u, 1000000000000u, 10000000000000u, 100000000000000u,
        1000000000000000u, 10000000000000000u, 100000000000000000u, 1000000000000000000u,
        10000000000000000000u,
    };
    uint64_t w = v | 1;         /* 0 has one digit; the odd w compares as v does (pow10 is even) */
    int n = ((64 - __builtin_clzll(w)) * 1233) >> 12;           /* 0..19 */
    return n + (w >= pow10[n]);
}

/* The digits of v from p on; returns the end. Hours have one or two digits, most minutes up to four. */
static inline char *rat_digits_put(char *p, uint64_t v)
{
    if (v < 10) {
        *p = (char)('0' + v);
        return p + 1;
    }
    if (v < 100) {
        p[0] = digit_pairs[v * 2];
        p[1] = digit_pairs[v * 2 + 1];
        return p + 2;
    }
    if (v < 10000) {            /* minutes up to a week's: 3 or 4 digits, two pairs */
        const char *hi = &digit_pairs[v / 100 * 2], *lo = &digit_pairs[v % 100 * 2];
        if (v >= 1000)
            *p++ = hi[0];
        p[0] = hi[1];
        p[1] = lo[0];
        p[2] = lo[1];
        return p + 3;
    }
    p += rat_ndigits(v);
    digits_back(p, v);
    return p;
}

char *rat_put(char *p, Rat a)
{
    if (a.num < 0)
        *p++ = '-';
    p = rat_digits_put(p, rat_uabs(a.num));
    if (a.den != 1) {
        *p++ = '/';
        p = rat_digits_put(p, (uint64_t)a.den);
    }
    return p;
}

/* Like rat_decimal_str, rounds the magnitude: -30.5 minutes is "-0:31". */
char *rat_hmm_put(char *p, Rat minutes)
{
    uint64_t n = rat_uabs(minutes.num), d = (uint64_t)minutes.den, m;
    /* halves up, toward +infinity, as round(x, 0:01, half_up): |x| = n/d rounds to
     * floor(|x| + 1/2) when x >= 0, and to ceil(|x| - 1/2) = floor((2n + d - 1) / 2d) when
     * x < 0 (-2.5 minutes is "-0:02"); either is <= 2^63. Whole minutes need no division;
     * figures of any size people give (below 2^61) need no 128-bit one. */
    if (d == 1)
        m = n;
    else if (n < (uint64_t)1 << 61 && d < (uint64_t)1 << 61)
        m = (minutes.num < 0 ? 2 * n + d - 1 : 2 * n + d) / (2 * d);
    else
        m = (uint64_t)(minutes.num < 0 ? (2 * (u128)n + d - 1) / (2 * (u128)d) : (2 * (u128)n + d) / (2 * (u128)d));
    if (minutes.num < 0 && m != 0)
        *p++ = '-';
    p = rat_digits_put(p, m / 60);
    const char *mm = &digit_pairs[(m % 60) * 2];
    *p++ = ':';
    *p++ = mm[0];
    *p++ = mm[1];
    return p;
}

/* The text from `start` to `end`, into buf truncated to size, as snprintf does. */
static char *copy_out(const char *start, const char *end, char *buf, size_t size)
{
    if (size == 0)
        return buf;
    size_t n = (size_t)(end - start);
    if (n > size - 1)
        n = size - 1;
    memcpy(buf, start, n);
    buf[n] = '\0';
    return buf;
}

char *rat_str(Rat a, char *buf, size_t size)
{
    char tmp[RAT_PUT_MAX];
    return copy_out(tmp, rat_put(tmp, a), buf, size);
}

/* Rounding works on the magnitude, so halves go away from zero (-0.125 -> "-0.13" at
 * 2 digits) and a value that rounds to zero prints "0", never "-0".
 * Digits are clamped to 0..63: any terminating value with a 64-bit denominator
 * has at most 63 fraction digits. */
char *rat_decimal_put(char *p, Rat a, int digits)
{
    char frac[64];
    if (digits < 0)
        digits = 0;
    if (digits > 63)
        digits = 63;
    uint64_t n = rat_uabs(a.num), d = (uint64_t)a.den;
    uint64_t ip = n / d, r = n % d;
    if (d <= UINT64_MAX / 10) {
        for (int i = 0; i < digits; i++) {
            r *= 10;            /* r < d, so r*10 fits: no 128-bit division a digit */
            frac[i] = (char)('0' + (int)(r / d));
            r %= d;
        }
    } else {
        u128 wide = r;
        for (int i = 0; i < digits; i++) {
            wide *= 10;         /* r < d < 2^63, so r*10 fits in 128 bits */
            frac[i] = (char)('0' + (int)(wide / d));
            wide %= d;
        }
        r = (uint64_t)wide;
    }
    if (2 * r >= d) {           /* r < d < 2^63 */
        /* Carry the rounding increment leftward through the fraction digits. */
        int i = digits - 1;
        while (i >= 0 && frac[i] == '9')
            frac[i--] = '0';
        if (i >= 0)
            frac[i]++;
        else
            ip++;               /* ip <= 2^63, so this fits */
    }
    int nf = digits;
    while (nf > 0 && frac[nf - 1] == '0')
        nf--;
    if (a.num < 0 && (ip != 0 || nf != 0))
        *p++ = '-';
    p = rat_digits_put(p, ip);
    if (nf) {
        *p++ = '.';
        memcpy(p, frac, (size_t)nf);
        p += nf;
    }
    return p;
}

char *rat_decimal_str(Rat a, int digits, char *buf, size_t size)
{
    char tmp[RAT_DECIMAL_MAX];
    return copy_out(tmp, rat_decimal_put(tmp, a, digits), buf, size);
}

char *rat_hmm_str(Rat minutes, char *buf, size_t size)
{
    char tmp[RAT_HMM_MAX];
    return copy_out(tmp, rat_hmm_put(tmp, minutes), buf, size);
}
