$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/trailing-comma.json 2>&1 | head -1
tests/cli/cases/mistakes/trailing-comma.json:1:88: error: malformed JSON near ''; remove the comma before the closing bracket (JSON allows none there)
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/trailing2.json 2>&1 | head -1
tests/cli/cases/mistakes/trailing2.json:4:2: error: malformed JSON near ''; remove the comma before the closing bracket (JSON allows none there)
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/unquoted.json 2>&1 | head -1
tests/cli/cases/mistakes/unquoted.json:6:32: error: malformed JSON near ':30}'; a duration is text: write "1:30" in quotes
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/singleq.json 2>&1 | head -1
tests/cli/cases/mistakes/singleq.json:2:4: error: malformed JSON near 'age': 54'; JSON takes double quotes: "name", not 'name'
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/missingcomma.json 2>&1 | head -1
tests/cli/cases/mistakes/missingcomma.json:3:3: error: malformed JSON near '"program": "IPO"'; a comma is missing before it
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/ihss-r-hyphen.json 2>&1 | head -1
tests/cli/cases/mistakes/ihss-r-hyphen.json: error: fact 'program' is "IHSS-R"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'IHSS_R'?
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/cases/mistakes/lowercase.json 2>&1 | head -1
tests/cli/cases/mistakes/lowercase.json: error: fact 'program' is "ipo"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'IPO'?
[exit 0]
$ printf '{"age": 5' | cite eval tests/cli/slice --facts - 2>&1 | head -1
<stdin>:1:9: error: malformed JSON near '5'; the case ends too early: a closing '}' or ']' is missing
[exit 0]
$ cite whatif tests/cli/slice --facts tests/cli/slice/adult.json --set program=PSCP 2>&1 | head -1
cite: fact 'program' is "PSCP"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'PCSP'?
[exit 0]
