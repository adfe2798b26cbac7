$ python3 tests/holidays.py
stdlib/holidays.cite: 2015-2035, 21 years of 11 closures each, as the rules give them
[exit 0]
$ d=$(mktemp -d); cp stdlib/*.cite "$d"; sed -i 's/2023-11-10/2023-11-13/; s/2022-12-26/2022-12-25/' "$d/holidays.cite"; python3 tests/holidays.py "$d"; rc=$?; rm -rf "$d"; exit $rc
2022: christmas_day is 2022-12-25 in the table, 2022-12-26 by the rules
2023: veterans_day is 2023-11-13 in the table, 2023-11-10 by the rules
stdlib/holidays.cite: 2 of 21 years differ from the rules
[exit 1]
$ : 'the date functions give the same answers compiled (cite run) and by the tree walk (--reference), over 12 cases at holidays, weekends, year ends and the table'"'"'s edges (tests/cli/dates/cases.jsonl)'
[exit 0]
$ cmp <(cite run rules --cases tests/cli/dates/cases.jsonl 2>&1) <(cite run rules --cases tests/cli/dates/cases.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ cite run rules --cases tests/cli/dates/cases.jsonl 2>/dev/null | grep -o '"position_statement_due": [^,]*'
"position_statement_due": "2026-03-05"
"position_statement_due": "2026-03-02"
"position_statement_due": "2026-11-09"
"position_statement_due": "2026-02-12"
"position_statement_due": "2026-11-24"
"position_statement_due": "2023-11-08"
"position_statement_due": "2021-12-23"
"position_statement_due": "2021-07-02"
"position_statement_due": "2026-12-30"
"position_statement_due": {"error": {"message": "business_days_before: state_holidays covers 2015-01-01 to 2035-12-31
"position_statement_due": "2035-12-27"
"position_statement_due": {"error": {"message": "business_days_before: state_holidays covers 2015-01-01 to 2035-12-31
[exit 0]
