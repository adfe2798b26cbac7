$ : 'what a person mistypes at the REPL: each gets an error that names the name, and the session goes on'; printf '%s\n' 'ranks.flying' 'domestic_areas.attic' 'program_maximum.foo' 'zzzzqqq' ':whatif' ':whatif ranks.bathing_grooming=9' ':save' ':load' ':load no-such-case.json' ':unset' ':asof 2026-13-40' 'program_maximum' | cite repl rules --facts examples/adult-ipo.json
error: 'flying' is not a key of ranks
error: domestic_areas has no field 'attic'
error: 'program_maximum' has no member 'foo'
error: unknown name 'zzzzqqq' (:help lists what you can type)
error: :whatif needs NAME=VALUE (for example :whatif ranks.bathing_grooming=4)
error: fact 'ranks.bathing_grooming' is 9; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"; read by rules ranked, rank, ranked_only_by_shared_function
error: :save needs a file name
error: :load needs a file name
error: cannot read case no-such-case.json: No such file or directory
error: :unset needs a fact name
error: '2026-13-40' is not a date YYYY-MM-DD
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ : 'a table fact with no entry, and :why on a fact no rule reads'; printf '%s\n' 'exception_reason' ':why id' | cite repl rules --facts examples/adult-ipo.json
exception_reason = (no entry given)
  (fact: the documented reason for time outside the guideline range)
id = "example-adult-ipo"  (fact: the case's identifier, echoed by cite run; read by no rule)
  a fact of the case, not a result: it is not computed, so it has no explanation; no rule reads it
[exit 0]
$ : ':whatif NAME = VALUE with spaces around the = is read as one assignment'; printf '%s\n' ':whatif ranks.bathing_grooming = 5' | cite repl rules --facts examples/adult-ipo.json | sed -n 1,2p
htg_low[bathing_grooming]: 2:21 hours/week -> 3:00 hours/week (+0:39 hours/week)  [MPP 30-757.1(a); ACL 06-34]
  through rank[bathing_grooming]: 4 -> 5  [MPP 30-756.1; W&I Code 12309(d)]
[exit 0]
$ : ':facts prints the case as JSON, with what was set in the session'; printf '%s\n' 'age = 61' ':facts' | cite repl rules --facts examples/adult-ipo.json | sed -n '2p;/"age"/p'
{
  "age": 61,
[exit 0]
$ : ':undo keeps the last 256 changes: after 257, the 257th :undo has nothing left, and age is the first change (21), not the case (54)'; { for i in $(seq 257); do echo "age = $((i % 100 + 20))"; done; for i in $(seq 257); do echo ':undo'; done; echo age; } | cite repl rules --facts examples/adult-ipo.json | grep -E 'nothing|^age' | tail -2
nothing to undo
age = 21  (fact: the recipient's age in years)
[exit 0]
$ : 'a command prefix that could be several commands names them (it was an unknown command)'; printf '%s\n' ':un' ':w' ':wh' ':qq' | cite repl rules --facts examples/adult-ipo.json
error: ':un' could be :unset or :undo; type more of it
error: ':w' could be :why or :whatif; type more of it
error: :whatif needs NAME=VALUE (for example :whatif ranks.bathing_grooming=4)
error: unknown command ':qq' (:help lists them)
[exit 0]
