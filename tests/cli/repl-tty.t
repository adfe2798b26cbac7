$ export CITE_HISTORY="${TMPDIR:-/tmp}/cite-tty-history.$$"; rm -f "$CITE_HISTORY"; printf 'severely_imp\t\n:quit\n' | script -qfec "$CITE_BIN repl tests/cli/slice --facts tests/cli/slice/adult.json" /dev/null | tr -d '\r' | grep -ac 'severely_impaired = true'; cat "$CITE_HISTORY"; printf '\033[A\033[A\n:quit\n' | script -qfec "$CITE_BIN repl tests/cli/slice --facts tests/cli/slice/adult.json" /dev/null | tr -d '\r' | grep -ac 'severely_impaired = true'; rm -f "$CITE_HISTORY"
1
severely_impaired
:quit
1
[exit 0]
$ printf 'ranks.bath\t = 5\n:wha\t program=PC\t\n:quit\n:quit\n' | CITE_HISTORY=/dev/null script -qfec "$CITE_BIN repl tests/cli/slice --facts tests/cli/slice/adult.json" /dev/null | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -a -e '^ranks\[bathing_grooming\] = ' -e 'nothing changes' -e 'error'
ranks[bathing_grooming] = 5  (fact: the Functional Index rank (1 to 6) of each task and mental function)
nothing changes
[exit 0]
$ : 'Tab completes the field of a record fact and the member of a rule'; printf 'domestic_areas.so\t = 2\nsi_task_weekly.fee\t\n:quit\n:quit\n' | CITE_HISTORY=/dev/null timeout 20 script -qfec "$CITE_BIN repl rules --facts examples/adult-ipo.json" /dev/null | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -a -e '^domestic_areas.sole_use = ' -e '^si_task_weekly\[feeding\] = '
domestic_areas.sole_use = 2  (fact: rooms used only by the recipient)
si_task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
[exit 0]
