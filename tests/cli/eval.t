$ cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --set x=1
cite: unknown option '--set' for eval (what-if questions are asked with cite whatif)
usage: cite check  PATH...
       cite eval   PATH... --facts CASE [--query NAME]... [--explain] [--json] [--date YYYY-MM-DD]
       cite whatif PATH... --facts CASE --set NAME=VALUE [--set ...] [--query NAME]... [--json]
PATH is a .cite file or a directory searched for them. Exit status: 0 success,
1 a check or evaluation failure, 2 bad usage or unreadable input. See cite(1).
[exit 2]
