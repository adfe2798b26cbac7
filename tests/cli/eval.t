$ cite eval rules --facts examples/adult-ipo.json --query program_maximum
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --set x=1
cite: eval does not take --set (it is an option of whatif, report)
(cite eval --help shows its options)
[exit 2]
