$ cite -h | head -n 3
usage: cite check      PATH...
       cite eval       PATH... --facts CASE [--query NAME]... [--explain] [--json] [--all]
                       [--date YYYY-MM-DD]
[exit 0]
$ cite help eval
usage: cite eval PATH... --facts CASE [--query NAME]... [--explain] [--json] [--all]
                 [--date YYYY-MM-DD]

Evaluate one case: each result with its unit and citation (--explain: why).

options:
  --facts CASE                  the case, a JSON file of facts: doc/ihss.md says which (required)
  --query NAME                  a result to report (repeat for more); without it, the rules marked output
  --explain                     explain each figure: its rule, citation, the facts it read and every step
  --json                        JSON output instead of text
  --all                         every output in full: each table entry (0:00 ones too), the ones not headlines, every mark
  --date YYYY-MM-DD             use the rules in force on this date (default: each case's assessment date)
  --color[=auto|always|never]   colour on a terminal: auto (the default; not with NO_COLOR), always (--color alone), never
  -h, --help                    this help

PATH is a .cite file or a directory searched for them.

example:
  cite eval rules --facts examples/adult-ipo.json --query total_monthly --explain
[exit 0]
$ cite eval --help | diff - <(cite help eval) && echo the same as cite help eval
the same as cite help eval
[exit 0]
$ cite whatif rules -h --bogus
usage: cite whatif PATH... --facts CASE --set NAME=VALUE... [--query NAME]... [--json]

What would change in one case's results if some of its facts were different.

options:
  --facts CASE                  the case, a JSON file of facts: doc/ihss.md says which (required)
  --set NAME=VALUE              a fact as it might be, such as ranks.bathing_grooming=4 (repeat for more) (required)
  --query NAME                  a result to report (repeat for more); without it, the rules marked output
  --json                        JSON output instead of text
  --color[=auto|always|never]   colour on a terminal: auto (the default; not with NO_COLOR), always (--color alone), never
  -h, --help                    this help

PATH is a .cite file or a directory searched for them.

example:
  cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=4
[exit 0]
$ cite help run
usage: cite run PATH... --cases FILE [--query NAME]... [--date YYYY-MM-DD] [--reform PATH...]
                [--out FILE] [--summary FILE] [--format jsonl|csv] [--jobs N] [--reference]

Evaluate a caseload, a line of JSON a case; with --reform, both ways and a summary.

options:
  --query NAME                  a result to report (repeat for more); without it, the rules marked output
  --date YYYY-MM-DD             use the rules in force on this date (default: each case's assessment date)
  --cases FILE                  the caseload: .jsonl, one case a line, or .csv with a header of fact paths (required)
  --reform PATH...              a reform: a rule with 'effective' adds that version, one without replaces it; both run
  --out FILE                    write the results to FILE, not standard output
  --summary FILE                with --reform, write the summary to FILE too, as JSON
  --format jsonl|csv            each case's output: a JSON line (default), or a CSV row, a column a result, durations in minutes
  --jobs N                      evaluate with N threads, 1 to 64
  --reference                   evaluate by walking the rules only, to check the compiled form against it
  --color[=auto|always|never]   colour on a terminal: auto (the default; not with NO_COLOR), always (--color alone), never
  -h, --help                    this help

PATH is a .cite file or a directory searched for them.

example:
  cite run rules --cases examples/reform/cases.jsonl --reform examples/reform > changes.jsonl
[exit 0]
$ cite help frobnicate
cite: help: unknown command 'frobnicate'
(cite --help shows the commands and their options)
[exit 2]
$ cite -V
cite 0.1.0
[exit 0]
$ cite --version
cite 0.1.0
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --expalin
cite: unknown option '--expalin' for eval; did you mean '--explain'?
(cite eval --help shows its options)
[exit 2]
$ cite check rules --json
cite: check does not take --json (it is an option of eval, whatif, test)
(cite check --help shows its options)
[exit 2]
$ cite run rules --cases examples/reform/cases.jsonl --explain
cite: run does not take --explain (it is an option of eval)
(cite run --help shows its options)
[exit 2]
$ cite frobnicat
cite: unknown command 'frobnicat'
(cite --help shows the commands and their options)
[exit 2]
$ cite evall rules
cite: unknown command 'evall'; did you mean 'eval'?
(cite --help shows the commands and their options)
[exit 2]
$ cite check rules --facts=x
cite: check does not take --facts (it is an option of eval, whatif, report, repl)
(cite check --help shows its options)
[exit 2]
$ cite eval rules --explain=yes --facts examples/adult-ipo.json
cite: --explain=yes takes no value
(cite --help shows the commands and their options)
[exit 2]
$ cite eval --facts examples/adult-ipo.json --query total_monthly -- rules
total_monthly = 88:14 hours/month  [MPP 30-757; MPP 30-757.17]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query
cite: --query needs a value
(cite --help shows the commands and their options)
[exit 2]
$ cite completion fish
cite: completion takes bash or zsh
(cite --help shows the commands and their options)
[exit 2]
$ cite completion names results rules | grep -c .
60
[exit 0]
$ cite completion names facts rules | grep -E '^ranks\.bathing_grooming$|^program$'
program
ranks.bathing_grooming
[exit 0]
$ cite completion names facts rules/no-such-dir; echo "[status $?]"
[status 1]
[exit 0]
