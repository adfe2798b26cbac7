$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/rank7.json
tests/cli/cases/rank7.json: error: fact 'ranks.dressing' is 7; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks"
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/negative-minutes.json
tests/cli/cases/negative-minutes.json: error: fact 'paramedical[0].minutes' is -5; allowed: a duration "H:MM" or a number of minutes, not negative
    input paramedical: "paramedical services prescribed by a licensed health care professional (SOC 321)"
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/unknown-program.json
tests/cli/cases/unknown-program.json: error: fact 'program' is "IPX"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'IPO'?
    input program: "the funding program on the Notice of Action"; read by rule program_is_ipo
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/bad-date.json
tests/cli/cases/bad-date.json: error: fact 'assessment_date' is "2025-02-30"; allowed: a date "YYYY-MM-DD" of the calendar
    input assessment_date: "the date of the assessment; it selects the rules in force"
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/string-number.json
tests/cli/cases/string-number.json: error: fact 'age' is "fifty"; allowed: a number from 0 to 130
    input age: "the recipient's age in years"
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/malformed.json
tests/cli/cases/malformed.json:3:19: error: malformed JSON near '"household_members":'; a comma is missing before it
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/empty.json
tests/cli/cases/empty.json: error: the case is empty; expected a JSON object {"assessment_date": ..., ...}
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/unknown-fact.json
tests/cli/cases/unknown-fact.json: error: unknown fact 'househld_members'; did you mean 'household_members'?
[exit 2]
$ cite eval rules/case.cite tests/cli/bad/reads-program.cite --query program_is_ipo --facts tests/cli/cases/no-program.json
program_is_ipo: error: fact 'program' is missing: the funding program on the Notice of Action (input
    program) [ACL 11-19]
[exit 1]
