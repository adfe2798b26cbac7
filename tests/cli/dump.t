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
        tree walk: -1
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
          per week
            const 1:30 hours
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule per_colour
cite: unknown rule 'per_colour'; did you mean 'per_color'?
[exit 2]
$ cite dump tests/cli/compiled/kinds.cite
cite: dump needs --rule NAME
(cite --help shows the commands and their options)
[exit 2]
$ cite dump tests/cli/compiled/forms.cite --rule negated
rule negated : bool  (tests/cli/compiled/forms.cite:12)
  base, line 12  [MPP 30-1]
    value:
      not
        fact flag
[exit 0]
$ cite dump tests/cli/compiled/forms.cite --rule either
rule either : number  (tests/cli/compiled/forms.cite:13)
  exception, priority 1, line 15  [MPP 30-2]
    when:
      or
        fact flag
        fact other
    value:
      const 1
  exception, priority 1, line 17  [MPP 30-3]
    when:
      or
        and
          fact flag
          test fact n > 2
        not
          fact other
    value:
      const 2
  base, line 14  [MPP 30-1]
    value:
      const 0
[exit 0]
$ cite dump tests/cli/compiled/forms.cite --rule warm
rule warm : bool  (tests/cli/compiled/forms.cite:19)
  base, line 19  [MPP 30-1]
    value:
      and
        in Warm
          fact favorite
        not
          fact flag
[exit 0]
$ cite dump tests/cli/compiled/forms.cite --rule span
rule span : bool  (tests/cli/compiled/forms.cite:20)
  base, line 20  [MPP 30-1]
    value:
      test fact n in 2 .. 4
[exit 0]
$ cite dump tests/cli/compiled/forms.cite --rule only_red
rule only_red[Color] : number  (tests/cli/compiled/forms.cite:21)
  [red]
    exception, priority 1, line 22  [MPP 30-2]
      when:
        const true
      value:
        const 1
    no base definition: when no exception applies, an error  [MPP 30-2]
  [green]
    (1 exception dropped: the condition is false for this member)
    no base definition: when no exception applies, an error  [MPP 30-2]
  [blue]
    (1 exception dropped: the condition is false for this member)
    no base definition: when no exception applies, an error  [MPP 30-2]
  [black]
    (1 exception dropped: the condition is false for this member)
    no base definition: when no exception applies, an error  [MPP 30-2]
[exit 0]
$ cite dump tests/cli/compiled/forms.cite --rule rate
rule rate : number  (tests/cli/compiled/forms.cite:24), effective 2026-01-01
  base, line 26  [MPP 30-1]
    value:
      const 1
rule rate : number  (tests/cli/compiled/forms.cite:27), effective 2027-01-01
  base, line 29  [MPP 30-2]
    value:
      const 2
[exit 0]
