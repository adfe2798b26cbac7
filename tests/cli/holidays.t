$ python3 tests/holidays.py
stdlib/holidays.cite: 2015-2035, 21 years of 11 closures each, as the rules give them
[exit 0]
$ d=$(mktemp -d); cp stdlib/*.cite "$d"; sed -i 's/2023-11-10/2023-11-13/; s/2022-12-26/2022-12-25/' "$d/holidays.cite"; python3 tests/holidays.py "$d"; rc=$?; rm -rf "$d"; exit $rc
2022: christmas_day is 2022-12-25 in the table, 2022-12-26 by the rules
2023: veterans_day is 2023-11-13 in the table, 2023-11-10 by the rules
stdlib/holidays.cite: 2 of 21 years differ from the rules
[exit 1]
