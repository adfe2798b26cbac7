$ tests/bash-complete 'cite ev' 'cite eval rules --ex' 'cite eval rules --facts examples/adult-ipo.json --query total_m' 'cite whatif rules --set ranks.bath' 'cite test x --format t' 'cite help wh' 'cite completion z' 'cite run rules --cases examples/reform/cases.jsonl --jo' 'cite eval rules --facts examples/adult-ipo.j' 'cite test tests/scenarios --coverage-min ' 'cite check rules --'
cite ev => eval
cite eval rules --ex => --explain
cite eval rules --facts examples/adult-ipo.json --query total_m => total_monthly
cite whatif rules --set ranks.bath => ranks.bathing_grooming=
cite test x --format t => tap
cite help wh => whatif
cite completion z => zsh
cite run rules --cases examples/reform/cases.jsonl --jo => --jobs
cite eval rules --facts examples/adult-ipo.j => examples/adult-ipo.json
cite test tests/scenarios --coverage-min  => 
cite check rules -- => --color --help
[exit 0]
$ timeout 60 tests/zsh-complete 'cite ev' 'cite eval rules --ex' 'cite eval rules --facts examples/adult-ipo.json --query total_m' 'cite whatif rules --set ranks.bath' 'cite test x --format t' 'cite help wh' 'cite completion z' 'cite run rules --cases examples/reform/cases.jsonl --jo' 'cite eval rules --facts examples/adult-ipo.j'
cite eval
cite eval rules --explain
cite eval rules --facts examples/adult-ipo.json --query total_monthly
cite whatif rules --set ranks.bathing_grooming=
cite test x --format tap
cite help whatif
cite completion zsh
cite run rules --cases examples/reform/cases.jsonl --jobs
cite eval rules --facts examples/adult-ipo.json
[exit 0]
$ cite completion bash | bash -n && cite completion zsh | zsh -n && echo both parse
both parse
[exit 0]
