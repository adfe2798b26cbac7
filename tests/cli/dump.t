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
$ cite dump tests/cli/compiled/kinds.cite --rule shades_like
rule shades_like[Color] : number  (tests/cli/compiled/kinds.cite:70)
  [red]
    exception, priority 1, line 72  [MPP 30-2]
      when:
        const true
      value:
        count over Color: 1 of 4 members (known already: 1 true, some false)
          [blue]
            value:
              and
                tree walk: has(shade[d])
                ==
                  table shade
                    const blue
                  const high
    no base: an exception always holds for this member
  [green]
    exception, priority 1, line 72  [MPP 30-2]
      when:
        const true
      value:
        count over Color: 1 of 4 members (known already: 1 true, some false)
          [blue]
            value:
              and
                tree walk: has(shade[d])
                ==
                  table shade
                    const blue
                  const mid
    no base: an exception always holds for this member
  [blue]
    exception, priority 1, line 72  [MPP 30-2]
      when:
        tree walk: has(shade[c])
      value:
        count over Color: 3 of 4 members (known already: 0 true, some false)
          [red]
            value:
              ==
                const high
                table shade
                  const blue
          [green]
            value:
              ==
                const mid
                table shade
                  const blue
          [blue]
            value:
              and
                tree walk: has(shade[d])
                ==
                  table shade
                    const blue
                  table shade
                    const blue
    base, line 71  [MPP 30-1]
      value:
        const 0
  [black]
    (1 exception dropped: the condition is false for this member)
    base, line 71  [MPP 30-1]
      value:
        const 0
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule kept_band
rule kept_band : number  (tests/cli/compiled/kinds.cite:75)
  exception, priority 1, line 77  [MPP 30-2]
    when:
      test rule kept in 5 .. 20
    value:
      const 1
  exception, priority 1, line 78  [MPP 30-3]
    when:
      test rule kept > 20
    value:
      const 2
  base, line 76  [MPP 30-1]
    value:
      const 0
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule black_first
rule black_first[Color] : number  (tests/cli/compiled/kinds.cite:79)
  [red]
    exception, priority 1, line 82  [MPP 30-3]
      when:
        has
          fact counts[red]
      value:
        fact counts[red]
    (1 exception dropped: the condition is false for this member)
    base, line 80  [MPP 30-1]
      value:
        const 0
  [green]
    exception, priority 1, line 82  [MPP 30-3]
      when:
        has
          fact counts[green]
      value:
        fact counts[green]
    (1 exception dropped: the condition is false for this member)
    base, line 80  [MPP 30-1]
      value:
        const 0
  [blue]
    exception, priority 1, line 82  [MPP 30-3]
      when:
        has
          fact counts[blue]
      value:
        fact counts[blue]
    (1 exception dropped: the condition is false for this member)
    base, line 80  [MPP 30-1]
      value:
        const 0
  [black]
    exception, priority 2, line 81  [MPP 30-2]
      when:
        const true
      value:
        const 3
    (1 exception dropped: the condition is false for this member, or below one that always holds)
    no base: an exception always holds for this member
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule warm_only
rule warm_only[Color] : number  (tests/cli/compiled/kinds.cite:83)
  [red]
    exception, priority 3, line 85  [MPP 30-2]
      when:
        rule at_most
      value:
        const 1
    exception, priority 2, line 86  [MPP 30-3]
      when:
        and
          rule at_most
          fact flag
      value:
        const 2
    base, line 84  [MPP 30-1]
      value:
        const 0
  [green]
    exception, priority 3, line 85  [MPP 30-2]
      when:
        and
          rule at_most
          const false
      value:
        const 1
    (1 exception dropped: the condition is false for this member)
    base, line 84  [MPP 30-1]
      value:
        const 0
  [blue]
    exception, priority 3, line 85  [MPP 30-2]
      when:
        and
          rule at_most
          const false
      value:
        const 1
    (1 exception dropped: the condition is false for this member)
    base, line 84  [MPP 30-1]
      value:
        const 0
  [black]
    exception, priority 3, line 85  [MPP 30-2]
      when:
        and
          rule at_most
          const false
      value:
        const 1
    (1 exception dropped: the condition is false for this member)
    base, line 84  [MPP 30-1]
      value:
        const 0
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule flagged
rule flagged : bool  (tests/cli/compiled/kinds.cite:87)
  base, line 87  [MPP 30-1]
    value:
      has and test fact flag == true
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule big_item
rule big_item : bool  (tests/cli/compiled/kinds.cite:88)
  base, line 88  [MPP 30-1]
    value:
      any over a list, each as i
        list:
          fact items
        where:
          >
            field d
              var i
            const 0:10 hours
        value:
          >
            field n
              var i
            const 40
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule item_total
rule item_total : hours  (tests/cli/compiled/kinds.cite:55)
  base, line 55  [MPP 30-1]
    value:
      sum over a list, each as i
        list:
          fact items
        value:
          *
            field d
              var i
            field n
              var i
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule seen_before
rule seen_before[Color] : number  (tests/cli/compiled/kinds.cite:91)
  [red]
    exception, priority 6, line 93  [MPP 30-2]
      when:
        and
          has and test fact counts[red] > 2
          in Warm
            fact favorite
      value:
        const 1
    exception, priority 4, line 95  [MPP 30-4]
      when:
        not has
          fact wait[red]
      value:
        const 3
    exception, priority 2, line 97  [MPP 30-6]
      when:
        and
          test fact rec.a > 3
          test fact when_seen > 2026-01-01
      value:
        const 5
    (3 exceptions dropped: the condition is false for this member)
    base, line 92  [MPP 30-1]
      value:
        const 0
  [green]
    exception, priority 6, line 93  [MPP 30-2]
      when:
        and
          has and test fact counts[green] > 2
          in Warm
            fact favorite
      value:
        const 1
    exception, priority 4, line 95  [MPP 30-4]
      when:
        not has
          fact wait[green]
      value:
        const 3
    exception, priority 2, line 97  [MPP 30-6]
      when:
        and
          test fact rec.a > 3
          test fact when_seen > 2026-01-01
      value:
        const 5
    (3 exceptions dropped: the condition is false for this member)
    base, line 92  [MPP 30-1]
      value:
        const 0
  [blue]
    exception, priority 6, line 93  [MPP 30-2]
      when:
        and
          has and test fact counts[blue] > 2
          in Warm
            fact favorite
      value:
        const 1
    exception, priority 4, line 95  [MPP 30-4]
      when:
        not has
          fact wait[blue]
      value:
        const 3
    exception, priority 2, line 97  [MPP 30-6]
      when:
        and
          test fact rec.a > 3
          test fact when_seen > 2026-01-01
      value:
        const 5
    (3 exceptions dropped: the condition is false for this member)
    base, line 92  [MPP 30-1]
      value:
        const 0
  [black]
    exception, priority 6, line 93  [MPP 30-2]
      when:
        and
          has and test fact counts[black] > 2
          in Warm
            fact favorite
      value:
        const 1
    exception, priority 5, line 94  [MPP 30-3]
      when:
        and
          has and test fact counts[black] > 2
          in Warm
            fact favorite
      value:
        const 2
    exception, priority 4, line 95  [MPP 30-4]
      when:
        not has
          fact wait[black]
      value:
        const 3
    exception, priority 3, line 96  [MPP 30-5]
      when:
        not has
          fact wait[black]
      value:
        const 4
    exception, priority 2, line 97  [MPP 30-6]
      when:
        and
          test fact rec.a > 3
          test fact when_seen > 2026-01-01
      value:
        const 5
    exception, priority 1, line 98  [MPP 30-7]
      when:
        and
          test fact rec.a > 3
          test fact when_seen > 2026-01-01
      value:
        const 6
    base, line 92  [MPP 30-1]
      value:
        const 0
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule item_rate
rule item_rate : hours/week  (tests/cli/compiled/kinds.cite:101)
  base, line 101  [MPP 30-1]
    value:
      per week
        sum over a list, each as i
          list:
            fact items
          value:
            field d
              var i
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule shade_count
rule shade_count : number  (tests/cli/compiled/kinds.cite:102)
  base, line 103  [MPP 30-1]
    value:
      count over Color: 1 of 4 members (known already: 2 true, none false)
        [blue]
          value:
            tree walk: has(shade[d])
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule warm_sum
rule warm_sum : number  (tests/cli/compiled/kinds.cite:104)
  base, line 104  [MPP 30-1]
    value:
      sum over Warm: 1 of 1 members
        [red]
          where:
            has
              fact counts[red]
          value:
            fact counts[red]
[exit 0]
$ cite dump tests/cli/compiled/kinds.cite --rule any_big
rule any_big : bool  (tests/cli/compiled/kinds.cite:30)
  base, line 30  [MPP 30-1]
    value:
      any over Color: 4 of 4 members
        [red]
          value:
            test rule per_color[red] > 10
        [green]
          value:
            test rule per_color[green] > 10
        [blue]
          value:
            test rule per_color[blue] > 10
        [black]
          value:
            test rule per_color[black] > 10
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
    no base: an exception always holds for this member
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
rule rate : number  (tests/cli/compiled/forms.cite:24), effective 2026-01-01 until 2027-01-01
  base, line 26  [MPP 30-1]
    value:
      const 1
rule rate : number  (tests/cli/compiled/forms.cite:27), effective 2027-01-01
  base, line 29  [MPP 30-2]
    value:
      const 2
[exit 0]
$ : 'a rule past the limit of compiled nodes (each of 1000 members a sum over all 1000) is said to be evaluated by the tree walk'; T=${TMPDIR:-/tmp}/cite-dump; rm -rf $T; mkdir -p $T; { printf 'enum Big "many" { '; seq -f 'm%g' 1 1000 | paste -sd, | sed 's/,/, /g'; printf ' }\ninput w : table Big -> number (0..9) "w"\nrule each[b : Big] : number output "x" = sum(w[c] for c in Big where has(w[c]))  cite "MPP 30-1"\n'; } > $T/big.cite; cite dump $T/big.cite --rule each | sed "s|$T|T|"
rule each[Big] : number  (T/big.cite:4)
  not compiled (past the limit of compiled nodes): evaluated by the tree walk
[exit 0]
$ : 'with --program, each member'"'"'s flat program (src/flat.h), as cite run evaluates it first: an enum comprehension unrolled (a test, the definitions of the small member it reads in place, an add), the exceptions of a member as tests and jumps'; cite dump tests/cli/compiled/kinds.cite --rule kept --program | sed -n '/program,/,/fold add/p'; cite dump tests/cli/compiled/kinds.cite --rule per_color --program | sed -n '/\[black\]/,$p' | sed -n '/program,/,$p'
  program, 58 instructions:
      0  enter      its variables set up
      1  fold start sum  => r0
      2  if test    has and counts[red] != 4  false -> 19
      3  in place   rule per_color[red]  known => r1, -> 18, else its definitions
      4  if test    has and counts[red] <= 5  false -> 10
      5  if test    has and counts[red] > 5  true -> 17
      6  fact       counts[red]  => r2
      7  const      2  => r3
      8  arith      r2 * r3  => r1
      9  store      rule per_color[red]  <= r1, -> 18
     10  if test    has and counts[red] > 5  false -> 15
     11  fact       counts[red]  => r2
     12  const      5  => r3
     13  arith      r2 - r3  => r1
     14  store      rule per_color[red]  <= r1, -> 18
     15  const      0  => r1
     16  store      rule per_color[red]  <= r1, -> 18
     17  give up    (a conflict, or no definition)
     18  fold add   sum r1  => r0
    program, 12 instructions:
        0  enter      no variables
        1  if fact    flag  false -> 4
        2  const      -1  => r0
        3  return     r0
        4  if test    has and counts[black] > 5  false -> 9
        5  fact       counts[black]  => r1
        6  const      5  => r2
        7  arith      r1 - r2  => r0
        8  return     r0
        9  const      0  => r0
       10  return     r0
       11  give up    (a conflict, or no definition)
[exit 0]
$ : 'with --program, the reads of small members in place (src/flat.h flat_inline): a number read as a test against a constant, where the slot is found or written, then as a value; a truth value read as a test, its condition'"'"'s two ways the test'"'"'s (kept in its slot: store true or false, or, read in one place only, not kept: jumps); a comprehension in the read member'"'"'s variables'; f=tests/cli/compiled/inplace.cite; cite dump $f --rule value_and_test --program | sed -n '/program,/,$p'; cite dump $f --rule tests_twice --program | sed -n '/program,/,/give up/p'; cite dump $f --rule once_only --program | sed -n '/program,/,$p'; cite dump $f --rule per_task_total --program | sed -n '/program,/,/give up/p'
  program, 25 instructions:
      0  enter      no variables
      1  in place   rule plus  known => r1, then if r1 > 30  false -> 17, else -> 8; not known: its definitions
      2  fact       n  => r2
      3  const      1  => r3
      4  arith      r2 + r3  => r1
      5  store      rule plus  <= r1, then if r1 > 30  false -> 17, else -> 8
      6  give up    (a conflict, or no definition)
      7  if         r1 > 30  false -> 17
      8  in place   rule plus  known => r1, -> 14, else its definitions
      9  fact       n  => r3
     10  const      1  => r4
     11  arith      r3 + r4  => r1
     12  store      rule plus  <= r1, -> 14
     13  give up    (a conflict, or no definition)
     14  const      2  => r2
     15  arith      r1 * r2  => r0
     16  return     r0
     17  in place   rule plus  known => r0, -> 23, else its definitions
     18  fact       n  => r1
     19  const      1  => r2
     20  arith      r1 + r2  => r0
     21  store      rule plus  <= r0, -> 23
     22  give up    (a conflict, or no definition)
     23  return     r0
     24  give up    (a conflict, or no definition)
  program, 26 instructions:
      0  enter      no variables
      1  in place   rule over  known => r1, then if r1  false -> 15, else -> 6; not known: its definitions
      2  if test    n > 10  false -> 4
      3  store      rule over  <= true, -> 6
      4  store      rule over  <= false, -> 15
      5  give up    (a conflict, or no definition)
  program, 11 instructions:
      0  enter      no variables
      1  in place   rule once  known => r1, then if r1  false -> 8, else -> 6; not known: its definitions
      2  if test    n > 20  false -> 8
      3  jump       -> 6
      4  jump       -> 8
      5  give up    (a conflict, or no definition)
      6  const      1  => r0
      7  return     r0
      8  const      0  => r0
      9  return     r0
     10  give up    (a conflict, or no definition)
  program, 24 instructions:
      0  enter      no variables
      1  in place   rule per_task[a]  known => r3, -> 6, else its definitions
      2  if empty   items  => r3  empty -> 6
      3  node       over a list, in the variables of rule per_task[a]  => r3
      4  jump       -> 6
      5  give up    (a conflict, or no definition)
[exit 0]
