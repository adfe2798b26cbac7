$ cite check tests/cli/bad/syntax.cite
tests/cli/bad/syntax.cite:5:19: error: unexpected 'cite', expected ')'
    5 |   = (x + 2        cite "MPP 30-757.1"
      |                   ^~~~
1 error
[exit 1]
