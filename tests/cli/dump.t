$ cite dump tests/cli/compiled/kinds.cite --rule per_color
rule per_color[Color] : number  (tests/cli/compiled/kinds.cite:22)
  [red]
    exception, priority 1, line 24  [MPP 30-2]
      when:
        has and test fact counts[red] <= 5
      value:
        *
          fact counts[red]
          const 2
    exception, priority 1, line 25  [MPP 30-3]
      when:
        has and test fact counts[red] > 5
      value:
        -
          fact counts[red]
          const 5
    (1 exception dropped: the condition is false for this member)
    base, line 23  [MPP 30-1]
      value:
        const 0
  [green]
    exception, priority 1, line 25  [MPP 30-3]
      when:
        has and test fact counts[green] > 5
      value:
        -
          fact counts[green]
          const 5
    (2 exceptions dropped: the condition is false for this member)
    base, line 23  [MPP 30-1]
      value:
        const 0
  [blue]
    exception, priority 1, line 25  [MPP 30-3]
      when:
        has and test fact counts[blue] > 5
      value:
        -
          fact counts[blue]
          const 5
    (2 exceptions dropped: the condition is false for this member)
    base, line 23  [MPP 30-1]
      value:
        const 0
  [black]
    exception, priority 2, line 26  [MPP 30-4]
      when:
        fact flag
      value:
        const -1
    exception, priority 1, line 25  [MPP 30-3]
      when:
        has and test fact counts[black] > 5
      value:
        -
          fact counts[black]
          const 5
    (1 exception dropped: the condition is false for this member)
    base, line 23  [MPP 30-1]
      value:
        const 0
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule kept
rule kept : number  (tests/cli/compiled/kinds.cite:27)
  base, line 27  [MPP 30-1]
    value:
      sum over Color: 4 of 4 members
        [red]
          where:
            has and test fact counts[red] != 4
          value:
            rule per_color[red]
        [green]
          where:
            has and test fact counts[green] != 4
          value:
            rule per_color[green]
        [blue]
          where:
            has and test fact counts[blue] != 4
          value:
            rule per_color[blue]
        [black]
          where:
            has and test fact counts[black] != 4
          value:
            rule per_color[black]
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule at_most
rule at_most : bool  (tests/cli/compiled/kinds.cite:21)
  base, line 21  [MPP 30-1]
    value:
      <=
        tree walk: counts[favorite]
        const 3
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule level
rule level : Level  (tests/cli/compiled/kinds.cite:38)
  base, line 39  [MPP 30-1]
    value:
      tree walk: if kept > 20 then high else (if kept > 5 then mid else low)
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule spread
rule spread : hours/week  (tests/cli/compiled/kinds.cite:48)
  base, line 49  [MPP 30-1]
    value:
      call max
        call low
          table grid
            fact favorite
            const 2
        call min
          call high
            table grid
              fact favorite
              const 1
          const 1:30 hours/week
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule per_colour
cite: unknown rule 'per_colour'; did you mean 'per_color'?
[exit 2]
$ cite dump tests/cli/compiled/kinds.cite
cite: dump needs --rule NAME
(cite --help shows the commands and their options)
[exit 2]
