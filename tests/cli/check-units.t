$ cite check tests/cli/bad/units.cite
tests/cli/bad/units.cite:6:5: error: cannot add hours/week and hours/month: convert one first (per_month or per_week, with its citation)
    6 |   = weekly + monthly        cite "MPP 30-757.1"
      |     ^~~~~~~~~~~~~~~~
1 error
[exit 1]
