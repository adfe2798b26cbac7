$ cite check tests/cli/bad/overlap.cite
tests/cli/bad/overlap.cite:8:3: error: two exceptions of 'domestic' can both apply: [ACL 23-106] when minor, and [MPP 30-763.413] when spouse; make the conditions exclusive or give one a higher priority
    8 |   when spouse => 0:00/month             cite "MPP 30-763.413"
      |   ^~~~
tests/cli/bad/overlap.cite:7:3: note: the other exception
    7 |   when minor => 0:00/month              cite "ACL 23-106"
      |   ^~~~
1 error
[exit 1]
