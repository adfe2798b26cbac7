$ T=${TMPDIR:-/tmp}/cite-whole; mkdir -p $T; printf '{"ranks": {"bathing": 1.5, "dressing": 7}, "rooms": 2.5, "visits": [{"visit_date": "2026-01-05", "helpers": 0.5}]}' > $T/frac.json; cite eval tests/cli/whole/counts.cite --facts $T/frac.json 2>&1 | sed "s|$T|T|"; echo "eval: ${PIPESTATUS[0]}"
T/frac.json: error: fact 'ranks.bathing' is 1.5; allowed: a whole number from 1 to 6
    input ranks: "the rank of each task"; read by rule rank_total
T/frac.json: error: fact 'ranks.dressing' is 7; allowed: a whole number from 1 to 6
    input ranks: "the rank of each task"; read by rule rank_total
T/frac.json: error: fact 'rooms' is 2.5; allowed: a whole number
    input rooms: "rooms in the home"; read by rule helpers_total
T/frac.json: error: fact 'visits[0].helpers' is 0.5; allowed: a whole number from 1 to 4
    input visits: "the home visits"; read by rule helpers_total
eval: 2
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-whole; printf '{"ranks": {"bathing": 2.0, "dressing": 6e0}, "rooms": 3, "visits": [{"visit_date": "2026-01-05", "helpers": 2}]}' > $T/whole.json; cite eval tests/cli/whole/counts.cite --facts $T/whole.json
rank_total = 8  [MPP 30-756.1]
helpers_total = 5  [MPP 30-756.2]
[exit 0]
$ printf '{"ranks": {"bathing": 2, "dressing": 3}}\n{"ranks": {"bathing": 2.5, "dressing": 3}}\n' | cite run tests/cli/whole/counts.cite --cases - 2>&1
{"line": 1, "id": 1, "results": {"rank_total": 5, "helpers_total": 1}}
{"line": 2, "error": {"message": "line 2: error: fact 'ranks.bathing' is 2.5; allowed: a whole number from 1 to 6"}}
cite run: 2 cases, 1 evaluated, 1 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'ranks.bathing' is #; allowed: a whole number from # to #
           e.g. line 2: fact 'ranks.bathing' is 2.5; allowed: a whole number from 1 to 6
[exit 1]
$ : 'D15: a rank of the IHSS rules is a whole number (3.5 was read, then failed deep in a table: "htg has no entry for bathing_grooming, 7/2")'; cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=3.5
cite: fact 'ranks.bathing_grooming' is 3.5; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"; read by rules ranked, rank, ranked_only_by_shared_function
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set household_members=2.5 --set fi_ranks.dressing_prosthesis=4
cite: fact 'household_members' is 2.5; allowed: a whole number from 1 to 50
    input household_members: "people living in the home, the recipient included"; read by rules domestic_housemates, notice_guideline_floor, task_prorated
[exit 2]
$ printf 'ranks.dressing = 2.5\nranks.dressing = 5\nhousemates_14_and_over = 1.5\ndomestic_areas.shared = 0.5\nprotective_supervision.recipients_in_home = 1.5\n' | cite repl rules --facts examples/adult-ipo.json
error: fact 'ranks.dressing' is 2.5; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"; read by rules ranked, rank, ranked_only_by_shared_function
ranks[dressing] = 5  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
error: fact 'housemates_14_and_over' is 1.5; allowed: a whole number from 1 to 50
    input housemates_14_and_over: "people 14 and older in the home, the recipient included (absent: household_members)"; read by rule domestic_housemates
error: fact 'domestic_areas.shared' is 0.5; allowed: a whole number from 0 to 50
    input domestic_areas: "how the recipient uses the rooms of the home (CDSS IHSS Program Guide p. 3-30)"; read by rules domestic_rooms, domestic_monthly
error: fact 'protective_supervision.recipients_in_home' is 1.5; allowed: a whole number from 1 to 20
    input protective_supervision: "the protective supervision assessment (absent: not requested)"; read by rules protective_supervision_requested, protective_supervision_criteria_met, need_qualifies, need_excluded, protective_supervision_recipients
the case had unsaved changes
[exit 0]
$ cite check tests/cli/whole/misuse.cite
tests/cli/whole/misuse.cite:6:11: error: only a number can be whole ('whole number'); days are whole already: write 'days'
    6 | input a : whole days             "days are whole already"
      |           ^~~~~~~~~~
tests/cli/whole/misuse.cite:7:11: error: only a number can be whole ('whole number'); this is not a count
    7 | input b : whole Task             "an enum is not a count"
      |           ^~~~~~~~~~
tests/cli/whole/misuse.cite:8:25: error: a whole number's range of allowed values is written with whole numbers, as in 'whole number (1..6)'
    8 | input c : whole number (1..6.5)  "a bound that is not whole"
      |                         ^
tests/cli/whole/misuse.cite:9:26: error: the default of a whole number must be a whole number
    9 | input d : whole number = 1.5     "a default that is not whole"
      |                          ^~~
tests/cli/whole/misuse.cite:11:23: error: the default of a whole number must be a whole number
   11 |     n: whole number = 0.5  "a field's default",
      |                       ^~~
tests/cli/whole/misuse.cite:18:19: error: 'whole' belongs to an input: it is checked when a case is read, and a table's cells are written in the rule file, not read (round(x, 1, down) makes a number whole)
   18 | table t : Task -> whole number
      |                   ^~~~~~~~~~~~
tests/cli/whole/misuse.cite:14:10: error: 'whole' belongs to an input: it is checked when a case is read, and a rule's value is computed, not read (round(x, 1, down) makes a number whole)
   14 | rule r : whole number output
      |          ^~~~~~~~~~~~
7 errors
[exit 1]
$ T=${TMPDIR:-/tmp}/cite-whole; printf 'input whole : number "a name"\n' > $T/kw.cite; cite check $T/kw.cite 2>&1 | sed "s|$T|T|"
T/kw.cite:1:7: error: unexpected 'whole', expected name; 'whole' is a reserved word of cite: choose another name
    1 | input whole : number "a name"
      |       ^~~~~
1 error
[exit 0]
