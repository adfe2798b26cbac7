$ cite check tests/cli/bad/unknown-name.cite
tests/cli/bad/unknown-name.cite:5:9: error: unknown name 'houshold_members'; did you mean 'household_members'?
    5 |   = 6 / houshold_members        cite "MPP 30-757.11(k)(1)"
      |         ^~~~~~~~~~~~~~~~
1 error
[exit 1]
