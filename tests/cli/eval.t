$ cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --set x=1
cite: unknown option '--set' for eval (what-if questions are asked with cite whatif)
(cite --help shows the commands and their options)
[exit 2]
