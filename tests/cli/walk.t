$ : 'a broken symbolic link named like a rule file is an error, not a rule file silently left out'; T=${TMPDIR:-/tmp}/cite-walk; rm -rf $T; mkdir -p $T; cp -R tests/cli/slice $T/; ln -s moved-away.cite $T/slice/reform.cite; cite check $T/slice 2>&1 | sed "s|$T|T|"
cite: error: cannot read T/slice/reform.cite: No such file or directory
1 error
[exit 0]
$ : '... and so is a broken link named like a scenario: cite test does not pass without it'; T=${TMPDIR:-/tmp}/cite-walk; rm $T/slice/reform.cite; mkdir -p $T/sc; printf 'rules ../slice\nscenario "one"\n  source "seed 001 table: PCSP 283 hrs/mth NSI"\ngiven\n  age = 40\n  program = PCSP\n  household_members = 1\n  assessment_date = 2026-01-05\nexpect\n  program_maximum = 283:00 hours/month\n' > $T/sc/one.scenario; ln -s gone.scenario $T/sc/two.scenario; (cd $T && cite test sc; echo "exit $?")
ok    one  (sc/one.scenario:2)
sc/two.scenario: error: cannot read: No such file or directory
1 passed, 1 failed
exit 2
[exit 0]
$ : 'a broken link with another name is no concern of the walk'; T=${TMPDIR:-/tmp}/cite-walk; ln -sf nowhere $T/sc/notes.txt; rm $T/sc/two.scenario; (cd $T && cite test sc)
ok    one  (sc/one.scenario:2)
1 passed, 0 failed
[exit 0]
$ : 'a directory cite test cannot open (mode 000 for a user; injected EACCES here) is an error: its scenarios are not silently missing from a pass'; T=${TMPDIR:-/tmp}/cite-walk2; rm -rf $T; mkdir -p $T/sc/sub; cp -R tests/cli/slice $T/; sed 's/^rules .*/rules ..\/slice/' tests/cli/testrun/passing.scenario > $T/sc/one.scenario; sed 's/^rules .*/rules ..\/..\/slice/' tests/cli/testrun/passing.scenario > $T/sc/sub/two.scenario; (cd $T && CITE_FAULT=opendir:1@sub LD_PRELOAD=$CITE_FAULT_LIB cite test sc)
ok    a passing scenario  (sc/one.scenario:2)
cite: cannot read sc/sub: Permission denied; the scenarios under it were not run
1 passed, 1 failed
[exit 2]
$ : '... and so is a tree deeper than the walk goes (32 directories)'; T=${TMPDIR:-/tmp}/cite-walk2; d=$T/sc; for i in $(seq 34); do d=$d/d; done; mkdir -p $d; (cd $T && cite test sc; echo "exit $?") | sed 's|sc/d/d/[d/]*|sc/d/d/.../d|'
ok    a passing scenario  (sc/one.scenario:2)
ok    a passing scenario  (sc/sub/two.scenario:2)
cite: cannot read sc/d/d/.../d: it is more than 32 directories deep; the scenarios under it were not run
2 passed, 1 failed
exit 2
[exit 0]
$ : 'a rule directory cite check cannot open (injected EACCES) is an error: its rules are not silently missing from every figure'; T=${TMPDIR:-/tmp}/cite-walk4; rm -rf $T; mkdir -p $T/r/sub; cp tests/cli/slice/*.cite $T/r/; mv $T/r/maximum.cite $T/r/sub/; (cd $T && CITE_FAULT=opendir:1@sub LD_PRELOAD=$CITE_FAULT_LIB cite check r)
cite: error: cannot read r/sub: Permission denied; the rules under it were not loaded
1 error
[exit 1]
$ : '... the same for cite eval: no figure without the rules under it'; T=${TMPDIR:-/tmp}/cite-walk4; (cd $T && CITE_FAULT=opendir:1@sub LD_PRELOAD=$CITE_FAULT_LIB cite eval r --facts $OLDPWD/tests/cli/slice/adult.json)
cite: error: cannot read r/sub: Permission denied; the rules under it were not loaded
1 error
[exit 1]
$ : '... and cite fmt says the files under it were left as they are (exit 2): fmt --check still names the file it did not format'; T=${TMPDIR:-/tmp}/cite-walk4; cp tests/cli/slice/case.cite $T/r/; (cd $T && CITE_FAULT=opendir:1@sub LD_PRELOAD=$CITE_FAULT_LIB cite fmt r; echo "exit $?"; cite fmt --check r/sub; echo "exit $?")
cite: cannot read r/sub: Permission denied; the files under it were left as they are
exit 2
r/sub/maximum.cite
exit 1
[exit 0]
