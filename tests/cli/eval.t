$ cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --set x=1
cite: unknown option '--set' for eval (what-if questions are asked with cite whatif)
(cite --help shows the commands and their options)
[exit 2]
