$ : 'the input is read in blocks of 256 KiB by whichever worker takes the next: 8 copies of mutated.jsonl (1.9 MB, 4128 cases) give the same bytes with 1, 2 and 3 jobs, from the file (pread) and from a pipe (read), and to --out'; T=${TMPDIR:-/tmp}/cite-blocks; mkdir -p $T; for i in 1 2 3 4 5 6 7 8; do cat tests/cli/run/mutated.jsonl; done > $T/big.jsonl; cite run rules --cases $T/big.jsonl --query total_monthly > $T/j1 2>/dev/null; cite run rules --cases $T/big.jsonl --query total_monthly --jobs 2 > $T/j2 2>/dev/null; cite run rules --cases $T/big.jsonl --query total_monthly --jobs 3 --out $T/j3 2>/dev/null; cat $T/big.jsonl | cite run rules --cases - --query total_monthly --jobs 2 > $T/pipe 2>/dev/null; cmp $T/j1 $T/j2 && cmp $T/j1 $T/j3 && cmp $T/j1 $T/pipe && echo same; wc -l < $T/j1; sed -n '517p;4128p' $T/j1 | cut -c1-40
same
4128
{"line": 517, "id": "case-7798", "result
{"line": 4128, "error": {"message": "lin
[exit 0]
$ : 'a worker that cannot start (pthread_create fails: injected EAGAIN) leaves the others, or none, to do the work, and the bytes are the same: --jobs 1 with its one worker refused is evaluated by the main thread alone, in turn; --jobs 2 with its second refused by one worker'; T=${TMPDIR:-/tmp}/cite-blocks; rm -f $T/flog; CITE_FAULT=pthread_create:1 CITE_FAULT_LOG=$T/flog LD_PRELOAD=$CITE_FAULT_LIB cite run rules --cases $T/big.jsonl --query total_monthly --out $T/alone 2>/dev/null; CITE_FAULT=pthread_create:2 CITE_FAULT_LOG=$T/flog LD_PRELOAD=$CITE_FAULT_LIB cite run rules --cases $T/big.jsonl --query total_monthly --jobs 2 > $T/one 2>/dev/null; cat $T/flog; cmp $T/j1 $T/alone && cmp $T/j1 $T/one && echo same
pthread_create 1 
pthread_create 2 
same
[exit 0]
$ : 'an interrupt the run was started to ignore (nohup: HUP; a background job: INT) does not stop it: held while --out is a temporary, an ignored signal stayed pending and the run was discarded (exit 129, "interrupted") as if it had been asked to stop'; T=${TMPDIR:-/tmp}/cite-blocks; rm -f $T/fifo $T/nohup.jsonl; mkfifo $T/fifo; (trap '' HUP INT; exec "$CITE_BIN" run rules --cases $T/fifo --query total_monthly --out $T/nohup.jsonl 2>/dev/null) & pid=$!; exec 3>$T/fifo; head -2000 $T/big.jsonl >&3; sleep 0.5; kill -HUP $pid; kill -INT $pid; tail -n +2001 $T/big.jsonl >&3; exec 3>&-; wait $pid; echo "rc $?"; cmp $T/nohup.jsonl $T/j1 && echo complete
rc 1
complete
[exit 0]
$ : 'while the input stalls (a pipe, a slow producer), the cases read so far are written, with 1 and 2 jobs: a worker waiting on the pipe held the lock the writer needed (0 of 100 lines out while it waited); the producer waits up to 10 s for the 100 lines before it sends the rest'; T=${TMPDIR:-/tmp}/cite-blocks; for j in 1 2; do rm -f $T/stall$j; { head -100 $T/big.jsonl; for i in $(seq 100); do [ "$(cat $T/stall$j 2>/dev/null | wc -l)" -ge 100 ] && break; sleep 0.1; done; cat $T/stall$j | wc -l > $T/seen$j; tail -5 $T/big.jsonl; } | cite run rules --cases - --query total_monthly --jobs $j > $T/stall$j 2>/dev/null; echo "jobs $j: $(cat $T/seen$j) lines while the input stalls, $(wc -l < $T/stall$j) at the end"; done
jobs 1: 100 lines while the input stalls, 105 at the end
jobs 2: 100 lines while the input stalls, 105 at the end
[exit 0]
$ : '... and an interrupt is acted on then, not when the input resumes: TERM with --out while the input stalls for 5 s stops the run within 2 s, and no file is left (it waited for the input)'; T=${TMPDIR:-/tmp}/cite-blocks/term; rm -rf $T; mkdir -p $T; { head -100 $T/../big.jsonl; sleep 5; tail -5 $T/../big.jsonl; } | exec "$CITE_BIN" run rules --cases - --query total_monthly --out $T/o.jsonl 2>$T/err & pid=$!; for i in $(seq 100); do ls $T/.o.jsonl.cite-* > /dev/null 2>&1 && break; sleep 0.05; done; kill -TERM $pid; for i in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done; kill -0 $pid 2>/dev/null && echo "still running after 2 s" || echo "stopped"; grep -v '^$' $T/err | sed "s|$T|T|"; ls -A $T; wait
stopped
cite: interrupted; T/o.jsonl was not written
err
[exit 0]
$ : 'a read error part-way (injected EIO on the third read of a pipe) ends the input at the last whole line: the bytes after it are not a case (they were read as one, a malformed line the input does not have), every line written is the run without the error'"'"'s, and the message says after which line'; T=${TMPDIR:-/tmp}/cite-blocks; cat $T/big.jsonl | CITE_FAULT=read:3@pipe: LD_PRELOAD=$CITE_FAULT_LIB cite run rules --cases - --query total_monthly > $T/eio 2>$T/eio.err; echo "rc $?"; n=$(wc -l < $T/eio); head -n $n $T/j1 | cmp - $T/eio && echo "a prefix of the whole run"; grep -c 'malformed' $T/eio; grep -q "cite: cannot read -: Input/output error (after line $n)" $T/eio.err && echo "after the last line written"
rc 2
a prefix of the whole run
0
after the last line written
[exit 0]
$ : '... and the whole lines read before the error are cases, also past a full block: 5000 cases of {} and EIO on the second read of the pipe give every line the reads brought in (only the lines of a full block of 1024 were written, the rest dropped)'; T=${TMPDIR:-/tmp}/cite-blocks; { yes '{"age": 40}' | head -5000; } > $T/small.jsonl; cat $T/small.jsonl | CITE_FAULT=read:2@pipe: LD_PRELOAD=$CITE_FAULT_LIB cite run tests/cli/slice --cases - --query program_maximum > $T/eio2 2>$T/eio2.err; echo "rc $?"; n=$(wc -l < $T/eio2); grep -q "cite: cannot read -: Input/output error (after line $n)" $T/eio2.err && echo "after the last line written"; [ $n -gt 1024 ] && [ $((n % 1024)) -ne 0 ] && echo "not a whole number of blocks" || echo "$n lines"
rc 2
after the last line written
not a whole number of blocks
[exit 0]
$ : 'the results go to the disk while they are written, 2 MB at a time (sync_file_range on the temporary), so the fsync that ends --out waits for the last of them, not all 37 MB: every result of the 4128 cases (37 MB) to --out has the bytes of standard output, with 1 and 2 jobs; and a hand-off that fails (injected EIO on the third) loses nothing, since fsync still decides'; T=${TMPDIR:-/tmp}/cite-blocks; cite run rules --cases $T/big.jsonl --jobs 2 > $T/all 2>/dev/null; cite run rules --cases $T/big.jsonl --out $T/all1 2>/dev/null; cmp $T/all $T/all1 && echo "1 job: same"; rm -f $T/flog; CITE_FAULT=sync_file_range:3 CITE_FAULT_LOG=$T/flog LD_PRELOAD=$CITE_FAULT_LIB cite run rules --cases $T/big.jsonl --jobs 2 --out $T/all2 2>/dev/null; echo "rc $?"; sed "s|$T/|T/|; s|cite-.*|cite-XXXXXX|" $T/flog; cmp $T/all $T/all2 && echo "2 jobs: same"; wc -c < $T/all
1 job: same
rc 1
sync_file_range 3 T/.all2.cite-XXXXXX
2 jobs: same
36955783
[exit 0]
$ : 'with a worker for each CPU the run may use, each worker is kept to a CPU of its own: left to the kernel, two workers could share one CPU while a busy process had the other, and it moved neither (two jobs beside one spinning process ran 1.05-1.37x one job, kept apart 1.40-1.48x); with more workers than CPUs, or fewer, none is kept. The CPUs each thread may use, the writer first, while the input stalls'; T=${TMPDIR:-/tmp}/cite-blocks; for spec in "0,1 2" "0,1 3" "0,1 1" "0 2"; do set -- $spec; { head -50 $T/big.jsonl; sleep 1; } | taskset -c $1 "$CITE_BIN" run rules --cases - --query total_monthly --jobs $2 > /dev/null 2>&1 & pid=$!; for i in $(seq 50); do [ "$(ls /proc/$pid/task 2>/dev/null | wc -l)" -ge $(($2 + 1)) ] && break; sleep 0.1; done; cpus=$(for t in $(ls /proc/$pid/task | sort -n); do awk '/^Cpus_allowed_list/ { print $2 }' /proc/$pid/task/$t/status; done | paste -sd' '); wait $pid; echo "CPUs $1, --jobs $2: $cpus, exit $? (50 cases, some failing)"; done
CPUs 0,1, --jobs 2: 0-1 0 1, exit 1 (50 cases, some failing)
CPUs 0,1, --jobs 3: 0-1 0-1 0-1 0-1, exit 1 (50 cases, some failing)
CPUs 0,1, --jobs 1: 0-1 0-1, exit 1 (50 cases, some failing)
CPUs 0, --jobs 2: 0 0 0, exit 1 (50 cases, some failing)
[exit 0]
$ : 'every output once, whatever the jobs: the summary counts all 4128 cases'; T=${TMPDIR:-/tmp}/cite-blocks; cite run rules --cases $T/big.jsonl --jobs 3 2>&1 >/dev/null | head -1
cite run: 4128 cases, 4016 evaluated, 112 failed
[exit 0]
$ : 'a CSV record whose quoted field holds a line break may straddle two blocks: 30000 records, every 7th spanning three lines (CRLF inside), some lines ending in CR, a byte order mark; 1 and 2 jobs, file and pipe the same, and the lines are numbered as read'; T=${TMPDIR:-/tmp}/cite-blocks; { printf '\357\273\277id,assessment_date,age,program,household_members\r\n'; awk 'BEGIN { for (i = 1; i <= 30000; i++) if (i % 7 == 0) printf "\"two\r\nline %d\nid\",2026-01-05,40,IPO,1\n", i; else if (i % 11 == 0) printf "r%d,2026-01-05,40,CFCO,2\r\n", i; else printf "r%d,2026-01-05,40,IPO,1\n", i }'; } > $T/span.csv; cite run tests/cli/slice --cases $T/span.csv --query program_maximum > $T/c1 2>/dev/null; cite run tests/cli/slice --cases $T/span.csv --query program_maximum --jobs 2 > $T/c2 2>/dev/null; rm -f $T/fifo.csv; mkfifo $T/fifo.csv; cat $T/span.csv > $T/fifo.csv & cite run tests/cli/slice --cases $T/fifo.csv --query program_maximum > $T/cp 2>/dev/null; wait; cmp $T/c1 $T/c2 && cmp $T/c1 $T/cp && echo same; wc -l < $T/c1; sed -n '6p;7p;8p;30000p' $T/c1 | cut -c1-64
same
30000
{"line": 7, "id": "r6", "results": {"program_maximum": {"value":
{"line": 8, "id": "two\nline 7\nid", "results": {"program_maximu
{"line": 11, "id": "r8", "results": {"program_maximum": {"value"
{"line": 38571, "id": "r30000", "results": {"program_maximum": {
[exit 0]
$ : 'a line longer than a block (600 KB) is read whole; the lines after it keep their numbers'; T=${TMPDIR:-/tmp}/cite-blocks; { sed -n 1p tests/cli/run/cases.jsonl; printf '{"id": "'; head -c 600000 /dev/zero | tr '\0' x; printf '", "assessment_date": "2026-01-05", "age": 40, "program": "IPO", "household_members": 1}\n'; sed -n 5p tests/cli/run/cases.jsonl; } > $T/long.jsonl; cite run tests/cli/slice --cases $T/long.jsonl --query program_maximum --jobs 2 2>&1 | cut -c1-60; cite run tests/cli/slice --cases $T/long.jsonl --query program_maximum 2>/dev/null | sed -n 2p | wc -c
{"line": 1, "id": "a", "results": {"program_maximum": {"valu
{"line": 2, "id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
{"line": 3, "id": "d", "results": {"program_maximum": {"valu
cite run: 3 cases, 3 evaluated, 0 failed
600116
[exit 0]
$ : 'more short lines than a block holds cases (1024): 5000 cases of {}, a blank line, and a last line without a line break'; T=${TMPDIR:-/tmp}/cite-blocks; { yes '{}' | head -5000; printf '\n{"age": 3}'; } > $T/tiny.jsonl; cite run tests/cli/slice --cases $T/tiny.jsonl --query program_maximum --jobs 2 2>/dev/null | wc -l; cite run tests/cli/slice --cases $T/tiny.jsonl --query program_maximum --jobs 2 2>/dev/null | tail -1 | cut -c1-30; cite run tests/cli/slice --cases $T/tiny.jsonl --query program_maximum 2>&1 >/dev/null | head -1
5001
{"line": 5002, "id": 5002, "re
cite run: 5001 cases, 0 evaluated, 5001 failed
[exit 0]
$ : 'a CSV record whose quote never closes runs to the end of the input, as it did'; T=${TMPDIR:-/tmp}/cite-blocks; printf 'id,age\na,40\n"b,40\nc,41\n' > $T/open.csv; cite run tests/cli/slice --cases $T/open.csv --query program_maximum 2>&1 | cut -c1-120
{"line": 2, "id": "a", "results": {"program_maximum": {"error": {"message": "fact 'program' is missing: the funding prog
{"line": 3, "error": {"message": "line 3: error: a quoted field is not closed (a \" is missing)"}}
cite run: 2 cases, 0 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        1  program_maximum: fact 'program' is missing: the funding program on the Notice of Action (input program)
           e.g. line 2: program_maximum: fact 'program' is missing: the funding program on the Notice of Action (input p
        1  a quoted field is not closed (a " is missing)
           e.g. line 3: a quoted field is not closed (a " is missing)
[exit 0]
