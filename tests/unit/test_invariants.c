/* Unit tests for the assert()s on invariants (configure --enable-asserts, and always in the
 * sanitizer build): a broken invariant stops the program there, instead of going on with a
 * wrong figure; and the sanitizer build does not leave them out. */
#include "cite_test.h"

#include <signal.h>

#ifndef NDEBUG
/* A table key that is a range of numbers, read with an enum member: the checker never lets
 * this happen, and if it did, key_cell must not read a member as a number. */
Test(invariants, a_broken_invariant_stops_the_program, .signal = SIGABRT)
{
    Key k = { .enm = NULL, .lo = 1, .hi = 6 };
    Value v = { .kind = V_ENUM };
    key_cell(&k, &v);
}
#endif

Test(invariants, the_sanitizer_build_checks_them)
{
#if defined(__SANITIZE_ADDRESS__) && defined(NDEBUG)
    cr_assert_fail("built with -fsanitize=address but with NDEBUG: configure --enable-sanitizers must keep assert() on");
#endif
}
