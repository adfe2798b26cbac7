$ T=${TMPDIR:-/tmp}/cite-limits; mkdir -p $T; printf '\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe rule\x00x' > $T/garbage.cite; cite check $T/garbage.cite 2>&1 | sed "s|$T|T|" | head -4; echo "cite exited ${PIPESTATUS[0]}"
T/garbage.cite:1:1: error: unexpected byte 0x7f (cite files are plain text)
    1 | ?ELF??????ÿþ rule?x
      | ^
T/garbage.cite:1:5: error: unexpected byte 0x02 (cite files are plain text)
cite exited 1
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; { printf 'rule a : number = 1 + '; head -c 1048576 /dev/zero | tr '\0' 'x'; printf ' cite "MPP 30-1"\n'; } > $T/long.cite; cite check $T/long.cite 2>&1 | sed "s|$T|T|" | cut -c1-120; echo "cite exited ${PIPESTATUS[0]}"
T/long.cite:1:23: error: name is 1048576 characters long; the limit is 128
    1 | rule a : number = 1 + xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      |                       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
1 error
cite exited 1
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; { printf 'rule a : number = '; head -c 100000 /dev/zero | tr '\0' '('; printf '1 cite "MPP 30-1"\n'; } > $T/deep.cite; cite check $T/deep.cite 2>&1 | sed "s|$T|T|" | head -2; echo "cite exited ${PIPESTATUS[0]}"
T/deep.cite:1:605: error: nesting is too deep (the limit is about 200 levels)
    1 | ...((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((...
cite exited 1
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; printf 'rule a : number = 123456789012345678901234567890 cite "MPP 30-1"\nrule %s : number = 1 cite "MPP 30-1"\n' "$(head -c 200 /dev/zero | tr '\0' 'n')" > $T/big.cite; cite check $T/big.cite 2>&1 | sed "s|$T|T|" | cut -c1-100 | grep error; echo "cite exited ${PIPESTATUS[0]}"
T/big.cite:1:19: error: number '123456789012345678901234567890' is too large (at most 18 digits)
T/big.cite:2:6: error: name is 200 characters long; the limit is 128
2 errors
cite exited 1
[exit 0]
$ cite check tests/cli/limits/cycle_a.cite 2>&1 | sed "s|$PWD/||g"; echo "cite exited ${PIPESTATUS[0]}"
tests/cli/limits/cycle_b.cite:1:8: error: import cycle: tests/cli/limits/cycle_a.cite -> tests/cli/limits/cycle_b.cite -> tests/cli/limits/cycle_a.cite
    1 | import cycle_a
      |        ^~~~~~~
1 error
cite exited 1
[exit 0]
$ cite eval tests/cli/limits/overflow.cite --facts tests/cli/cases/empty-object.json
big: error: arithmetic overflow while computing big (the figure does not fit in 64-bit exact
    arithmetic) [MPP 30-1]
frac = 10/21  [MPP 30-1]
zero: error: division by zero in 1 / (2 - 2)  [MPP 30-1]
[exit 1]
$ T=${TMPDIR:-/tmp}/cite-limits; printf '\x00\x01\x02binary' > $T/garbage.json; cite eval rules --facts $T/garbage.json 2>&1 | sed "s|$T|T|"; echo "cite exited ${PIPESTATUS[0]}"
T/garbage.json: error: the case holds a NUL byte; expected JSON text
cite exited 2
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; { printf '{"id": "'; head -c 1048576 /dev/zero | tr '\0' 'x'; printf '", "age": 40}\n'; } > $T/long.json; cite eval rules --facts $T/long.json --query severely_impaired_weekly 2>&1 | sed "s|$T|T|"; echo "cite exited ${PIPESTATUS[0]}"
severely_impaired_weekly = 0:00 hours/week  [MPP 30-701(s)(1); MPP 30-701(s)(1)(D)]
cite exited 0
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; { printf '{"ranks": '; head -c 100000 /dev/zero | tr '\0' '['; } > $T/deep.json; cite eval rules --facts $T/deep.json 2>&1 | sed "s|$T|T|" | cut -c1-80; echo "cite exited ${PIPESTATUS[0]}"
T/deep.json:1:1010: error: the case nests deeper than 1000 levels
cite exited 2
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-limits; printf '{"age": 1e400, "household_members": 12345678901234567890, "program": 7}' > $T/nums.json; cite eval rules --facts $T/nums.json 2>&1 | sed "s|$T|T|" | grep -v '^    input'; echo "cite exited ${PIPESTATUS[0]}"
T/nums.json: error: fact 'age' is a number too large to read; allowed: a number from 0 to 130
T/nums.json: error: fact 'household_members' is 1.2345678901234567e+19; allowed: a whole number from 1 to 50, of at most 15 significant digits (cite reads numbers exactly)
T/nums.json: error: fact 'program' is 7; allowed: one of PCSP, IPO, IHSS_R, CFCO
cite exited 2
[exit 0]
$ cite eval fuzz/regressions/eval-days-fraction.cite --facts tests/cli/cases/empty-object.json
d = 3.5 days  [MPP 30-1]
x: error: a date moves by whole days, not 3.5 days  [MPP 30-1]
[exit 1]
$ cite eval fuzz/regressions/eval-date-minus-int64-min-days.cite --facts tests/cli/cases/empty-object.json
neg: error: date arithmetic leaves the calendar (years 1 to 9999)  [MPP 30-1]
[exit 1]
$ cite eval rules --facts fuzz/regressions/case-trailing-object.json --query program_maximum
fuzz/regressions/case-trailing-object.json:2:1: error: text after the end of the case; a case file holds one JSON object
[exit 2]
$ cp --no-preserve=mode fuzz/regressions/fmt-record-input-after-input.cite "${TMPDIR:-/tmp}/fmt-reg.cite"; cite fmt "${TMPDIR:-/tmp}/fmt-reg.cite" && cite fmt --check "${TMPDIR:-/tmp}/fmt-reg.cite" && echo formatted and stable
formatted and stable
[exit 0]
$ cp --no-preserve=mode tests/cli/slice/case.cite "${TMPDIR:-/tmp}/slice-case.cite"; cite fmt "${TMPDIR:-/tmp}/slice-case.cite" && cite fmt --check "${TMPDIR:-/tmp}/slice-case.cite" && echo formatted and stable
formatted and stable
[exit 0]
