$ cite check tests/cli/bad/cycle.cite
tests/cli/bad/cycle.cite:4:6: error: rules depend on each other in a cycle: a -> b -> c -> a
    4 | rule a : number
      |      ^
1 error
[exit 1]
