#!/usr/bin/env python3
"""tests/holidays.py: checks stdlib/holidays.cite, year by year, against an independent
computation of the days California state offices close (doc/contract.md 4c), made here with
Python's calendar module, not with cite's date code.

    python3 tests/holidays.py [STDLIB_DIR]

It asks cite itself for every cell of state_holidays (so it checks the table as the rules
read it), and prints one line per year that differs, then a summary; exit status 1 when any
year differs or is missing. CITE_BIN names the cite program (default: src/cite)."""
import calendar
import json
import os
import subprocess
import sys
import tempfile

FIRST, LAST = 2015, 2035        # the years the table must cover, at least
MON, THU, FRI, SAT, SUN = 0, 3, 4, 5, 6


def nth_weekday(year, month, weekday, n):
    """The n-th given weekday of the month (n = -1: the last), from calendar.monthcalendar."""
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return (year, month, days[n - 1 if n > 0 else n])


def next_day(ymd):
    y, m, d = ymd
    if d < calendar.monthrange(y, m)[1]:
        return (y, m, d + 1)
    return (y, m + 1, 1) if m < 12 else (y + 1, 1, 1)


def fixed(year, month, day, saturday_to_friday=False):
    """A holiday on a fixed date: on a Sunday the Monday after (Gov. Code 6701); on a Saturday
    the Friday before only for Veterans Day (Gov. Code 6702), else the Saturday itself (no
    weekday closes). None of the fixed dates is the 1st of a month when moved back."""
    wd = calendar.weekday(year, month, day)
    if wd == SUN:
        return next_day((year, month, day))
    if wd == SAT and saturday_to_friday:
        return (year, month, day - 1)
    return (year, month, day)


def expected(year):
    thanksgiving = nth_weekday(year, 11, THU, 4)
    return {
        "new_years_day": fixed(year, 1, 1),
        "martin_luther_king_jr_day": nth_weekday(year, 1, MON, 3),
        "presidents_day": nth_weekday(year, 2, MON, 3),
        "cesar_chavez_day": fixed(year, 3, 31),
        "memorial_day": nth_weekday(year, 5, MON, -1),
        "independence_day": fixed(year, 7, 4),
        "labor_day": nth_weekday(year, 9, MON, 1),
        "veterans_day": fixed(year, 11, 11, saturday_to_friday=True),
        "thanksgiving_day": thanksgiving,
        "day_after_thanksgiving": next_day(thanksgiving),
        "christmas_day": fixed(year, 12, 25),
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    stdlib = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "stdlib")
    cite = os.environ.get("CITE_BIN", os.path.join(here, "..", "src", "cite"))
    rules = "import holidays\n" + "".join(
        'rule y%d[h : StateHoliday] : date output "the closures of %d" = state_holidays[h, %d]  cite "Gov. Code 6700"\n'
        % (y, y, y) for y in range(FIRST, LAST + 1))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "years.cite"), "w") as f:
            f.write(rules)
        with open(os.path.join(tmp, "case.json"), "w") as f:
            f.write("{}")
        env = dict(os.environ, CITE_PATH=os.path.abspath(stdlib))
        run = subprocess.run([cite, "eval", os.path.join(tmp, "years.cite"), "--facts", os.path.join(tmp, "case.json"),
                              "--json"], capture_output=True, text=True, env=env)
    if run.returncode != 0 and not run.stdout.startswith("{"):
        print("cite could not read the table:\n" + run.stderr, end="")
        return 1
    results = json.loads(run.stdout)["results"]
    wrong = 0
    for y in range(FIRST, LAST + 1):
        want = {h: "%04d-%02d-%02d" % d for h, d in expected(y).items()}
        got = results["y%d" % y]
        if got != want:
            wrong += 1
            if not isinstance(got, dict) or "error" in got:
                print("%d: %s" % (y, got))
                continue
            for h in sorted(set(want) | set(got)):
                if want.get(h) != got.get(h):
                    print("%d: %s is %s in the table, %s by the rules" % (y, h, got.get(h, "absent"), want.get(h, "not a closure")))
    n = LAST - FIRST + 1
    if wrong:
        print("stdlib/holidays.cite: %d of %d years differ from the rules" % (wrong, n))
        return 1
    print("stdlib/holidays.cite: %d-%d, %d years of 11 closures each, as the rules give them" % (FIRST, LAST, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
