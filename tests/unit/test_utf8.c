/* Unit tests for utf8.c: what a case, a --set value or a rule file's text may hold. */
#include <criterion/criterion.h>
#include <string.h>

#include "utf8.h"

static long bad_at(const char *s)
{
    size_t bad = 0;
    return utf8_valid(s, strlen(s), &bad) ? -1 : (long)bad;
}

Test(utf8, accepts_the_texts_of_a_case)
{
    cr_assert_eq(bad_at("MPP 30-757.14(a)"), -1);
    cr_assert_eq(bad_at("Jos\xc3\xa9 Mu\xc3\xb1oz"), -1);           /* José Muñoz */
    cr_assert_eq(bad_at("\xe2\x80\x94 \xe2\x82\xac"), -1);          /* an em dash, the euro */
    cr_assert_eq(bad_at("\xf0\x9f\x98\x80"), -1);                   /* U+1F600 */
    cr_assert_eq(bad_at("\xf4\x8f\xbf\xbf"), -1);                   /* U+10FFFF, the last */
}

Test(utf8, refuses_what_is_not_utf8)
{
    cr_assert_eq(bad_at("ex\xff\xfe" "ample"), 2);                  /* Latin-1 / UTF-16 bytes */
    cr_assert_eq(bad_at("a\xc0\xaf"), 1);                           /* overlong '/' */
    cr_assert_eq(bad_at("\xe0\x80\xaf"), 0);                        /* overlong, 3 bytes */
    cr_assert_eq(bad_at("\xed\xa0\x80"), 0);                        /* a surrogate, U+D800 */
    cr_assert_eq(bad_at("\xf4\x90\x80\x80"), 0);                    /* past U+10FFFF */
    cr_assert_eq(bad_at("ab\xc3"), 2);                              /* cut short */
    cr_assert_eq(bad_at("\xe2\x28\xa1"), 0);                        /* a bad continuation */
    cr_assert_eq(bad_at("\x80"), 0);                                /* a lone continuation */
}
