$ export CITE_HISTORY="${TMPDIR:-/tmp}/cite-conv-history.$$"; printf ':wh\tranks.dressing=4\n:quit\n' | script -qfec "$CITE_BIN repl tests/cli/slice --facts tests/cli/slice/adult.json" /dev/null | tr -d '\r' | grep -ao 'cite> :whatif ranks.dressing=4'; rm -f "$CITE_HISTORY"
cite> :whatif ranks.dressing=4
[exit 0]
$ export CITE_HISTORY="${TMPDIR:-/tmp}/cite-conv-history.$$"; printf ':load tests/cli/slice/adu\t\n:quit\n' | script -qfec "$CITE_BIN repl tests/cli/slice" /dev/null | tr -d '\r' | grep -ao 'cite> :load tests/cli/slice/adult.json\|loaded tests/cli/slice/adult.json'; rm -f "$CITE_HISTORY"
cite> :load tests/cli/slice/adult.json
loaded tests/cli/slice/adult.json
[exit 0]
$ printf ':wh ranks.dressing=4\n:w\n' | cite repl tests/cli/slice --facts tests/cli/slice/adult.json; printf ':why household_members\n:why household_member\n' | cite repl rules --facts examples/adult-ipo.json
nothing changes
(the case itself is unchanged; set a fact with NAME = VALUE)
error: ':w' could be :why or :whatif; type more of it
household_members = 3  (fact: people living in the home, the recipient included)
  a fact of the case, not a result: it is not computed, so it has no explanation; read by domestic_housemates, notice_guideline_floor, task_prorated (:why one of them)
error: unknown name 'household_member'; did you mean 'household_members'?
[exit 0]
$ printf 'ranks.dressing\nranks.dressing = 5\ntotal_monthly\n' | cite repl rules --facts tests/cli/cases/rank7.json
tests/cli/cases/rank7.json: 1 fact was refused; the rest of the case is loaded. Set it again (NAME = VALUE):
error: fact 'ranks.dressing' is 7; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"; read by rules ranked, rank, ranked_only_by_shared_function
ranks[dressing] = (not given)  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
ranks[dressing] = 5  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
total_monthly = 6:30 hours/month  [MPP 30-757; MPP 30-757.17]
the case had unsaved changes
[exit 0]
$ printf ':load tests/cli/cases/rank7.json\nranks.dressing\n' | cite repl rules
loaded tests/cli/cases/rank7.json
tests/cli/cases/rank7.json: 1 fact was refused; the rest of the case is loaded. Set it again (NAME = VALUE):
error: fact 'ranks.dressing' is 7; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"; read by rules ranked, rank, ranked_only_by_shared_function
ranks[dressing] = (not given)  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
[exit 0]
$ echo '[1, 2]' > "${TMPDIR:-/tmp}/cite-array.json"; cite repl rules --facts "${TMPDIR:-/tmp}/cite-array.json" < /dev/null 2>&1 | sed "s|${TMPDIR:-/tmp}|TMP|"; exit ${PIPESTATUS[0]}
TMP/cite-array.json: error: a case is a JSON object of facts, not a list
[exit 2]
$ export CITE_HISTORY="${TMPDIR:-/tmp}/cite-conv-history.$$"; printf ':why total_monthly\nprogram_maximum\n:quit\n' | PAGER='sed -n 1s/^/PAGED:/p' script -qfec "$CITE_BIN repl rules --facts examples/adult-ipo.json" /dev/null | tr -d '\r' | sed 's/\x1b\[[?0-9]*[a-zA-Z]//g' | grep -a '^PAGED:\|^program_maximum ='; rm -f "$CITE_HISTORY"
PAGED:total_monthly = 88:14 hours/month  [MPP 30-757; MPP 30-757.17]
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ printf ':why total_monthly\n' | PAGER='sed s/^/PAGED:/' cite repl rules --facts examples/adult-ipo.json | grep -c PAGED; printf ':why total_monthly\n' | cite repl rules --facts examples/adult-ipo.json | wc -l | tr -d ' '
0
571
[exit 0]
$ printf 'help\nexit\n' | cite repl tests/cli/slice | sed -n '1,2p;$p'
(commands start with ':'; taking 'help' as :help)
NAME                     a result with its citation, or a fact
(commands start with ':'; taking 'exit' as :quit)
[exit 0]
$ printf 'weekly_need\nshared_with_household\n' | cite repl tests/cli/slice --facts tests/cli/slice/adult.json
weekly_need[meal_preparation] = 7:00 hours/week
weekly_need[meal_cleanup] = 2:30 hours/week
weekly_need[laundry] = 1:00 hours/week
weekly_need[bowel_bladder] = 4:00 hours/week
weekly_need[feeding] = 3:00 hours/week
weekly_need[dressing] = 1:45 hours/week
weekly_need[ambulation] = 1:30 hours/week
weekly_need[transfer] = 1:00 hours/week
weekly_need[bathing_grooming] = 3:30 hours/week
  (fact: the assessed need per task per week)
shared_with_household[meal_preparation] = true
shared_with_household[laundry] = true
  (fact: whether the task's service also benefits other household members)
[exit 0]
