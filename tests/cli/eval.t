$ cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --set x=1
cite: eval does not take --set (it is an option of whatif, report)
(cite eval --help shows its options)
[exit 2]
