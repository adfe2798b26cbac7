$ : 'fmt cannot make its temporary beside the file (a directory it may not write; injected EACCES): the file is left as it was'; T=${TMPDIR:-/tmp}/cite-wr; rm -rf $T; mkdir -p $T; cp tests/cli/fmt/messy.cite $T/; (CITE_FAULT=mkstemp:1 LD_PRELOAD=$CITE_FAULT_LIB cite fmt $T/messy.cite; echo "exit $?") 2>&1 | sed "s|$T|T|"; cmp tests/cli/fmt/messy.cite $T/messy.cite && ls -A $T
cite: cannot write T/messy.cite: Permission denied; it was left as it is
exit 2
messy.cite
[exit 0]
$ : 'the temporary cannot be given the file mode (injected EPERM): refused, the temporary removed'; T=${TMPDIR:-/tmp}/cite-wr; (CITE_FAULT=fchmod:1 LD_PRELOAD=$CITE_FAULT_LIB cite fmt $T/messy.cite; echo "exit $?") 2>&1 | sed "s|$T|T|"; cmp tests/cli/fmt/messy.cite $T/messy.cite && ls -A $T
cite: cannot write T/messy.cite: Operation not permitted; it was left as it is
exit 2
messy.cite
[exit 0]
$ : 'closing the temporary reports an error (NFS reports a full disk there; injected EIO): nothing replaced'; T=${TMPDIR:-/tmp}/cite-wr; (CITE_FAULT=close:1@.cite- LD_PRELOAD=$CITE_FAULT_LIB cite fmt $T/messy.cite; echo "exit $?") 2>&1 | sed "s|$T|T|"; cmp tests/cli/fmt/messy.cite $T/messy.cite && ls -A $T
cite: cannot write T/messy.cite: Input/output error; it was left as it is
exit 2
messy.cite
[exit 0]
$ : ':save through a symbolic link whose target cannot be resolved (a directory on the way it may not search; injected EACCES)'; T=${TMPDIR:-/tmp}/cite-wr; cp examples/adult-ipo.json $T/case.json; ln -s case.json $T/link.json; printf 'ranks.feeding = 5\n:save %s\n' $T/link.json | CITE_FAULT=realpath:1@link LD_PRELOAD=$CITE_FAULT_LIB cite repl rules --facts $T/case.json 2>&1 | sed "s|$T|T|" | tail -2; cmp examples/adult-ipo.json $T/case.json && echo unchanged
error: cannot save to T/link.json: Permission denied
the case had unsaved changes
unchanged
[exit 0]
$ : '--out under a path that is a file, not a directory'; cite run rules --cases tests/cli/run/cases.jsonl --out examples/adult-ipo.json/out.jsonl
cite: cannot write examples/adult-ipo.json/out.jsonl: Not a directory
[exit 2]
$ : '--out to a device cite may not open (injected EACCES): said, exit 2'; CITE_FAULT=open:1@/dev/null LD_PRELOAD=$CITE_FAULT_LIB cite run rules --cases tests/cli/run/cases.jsonl --out /dev/null
cite: cannot write /dev/null: Permission denied
[exit 2]
$ : 'a caseload whose header cannot be read: --out is not written, and no temporary is left'; T=${TMPDIR:-/tmp}/cite-wr/csv; rm -rf $T; mkdir -p $T; printf 'id,age,age\na,40,41\n' > $T/dup.csv; (cite run rules --cases $T/dup.csv --out $T/out.jsonl; echo "exit $?") 2>&1 | sed "s|$T|T|"; ls -A $T
cite: T/dup.csv: the header names 'age' twice (columns 2 and 3)
cite: T/out.jsonl was not written
cite run: 0 cases, 0 evaluated, 0 failed
exit 2
dup.csv
[exit 0]
$ : 'a write interrupted by a signal (EINTR) is written again: the output is whole, exit 0'; CITE_FAULT=write:1=EINTR LD_PRELOAD=$CITE_FAULT_LIB cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ : 'a read interrupted by a signal is read again'; CITE_FAULT=read:1=EINTR LD_PRELOAD=$CITE_FAULT_LIB cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
