$ : 'doc/contract.md 3 (v2): a case without a Notice of Action or a hearing date is normal: without --query, the outputs that need them are not evaluated, named with the fact and its description, and the exit status is 0'
[exit 0]
$ cite eval rules --facts examples/before-assessment.json | sed -e ':a' -e 'N;s/\n    / /;ta' -e 'P;D' | grep -E 'not evaluated|^(reassessment_due|assessment_overdue_date|total_monthly) '
total_monthly = 27:54 hours/month  [MPP 30-757; MPP 30-757.17]
hearing_deadline: not evaluated: the case has no notice_of_action.date (the date on the Notice of Action) [W&I Code 10951(a)]
hearing_deadline_good_cause: not evaluated: the case has no notice_of_action.date (the date on the Notice of Action) [W&I Code 10951]
notice_timely: not evaluated: the case has no notice_of_action.date (the date on the Notice of Action), which the rule notice_received_date reads [CFR 42 431.211]
position_statement_due: not evaluated: the case has no hearing_date (the day the state hearing is scheduled) [W&I Code 10952.5]
reassessment_due = 2026-11-30  [W&I Code 12301.1(b)(1)]
assessment_overdue_date = 2026-11-11  [MPP 30-759.2]
[exit 0]
$ cite eval rules --facts examples/before-assessment.json --json | grep -E 'missing|"(reassessment_due|assessment_overdue_date)"'
  "reassessment_due": "2026-11-30",
  "assessment_overdue_date": "2026-11-11",
  "hearing_deadline": {"missing": ["notice_of_action.date"]},
  "hearing_deadline_good_cause": {"missing": ["notice_of_action.date"]},
  "notice_timely": {"missing": ["notice_of_action.date"]},
  "position_statement_due": {"missing": ["hearing_date"]},
[exit 0]
$ : 'a result asked for by name must be evaluated: a missing fact is an error (exit 1)'
[exit 0]
$ cite eval rules --facts examples/before-assessment.json --query hearing_deadline --query reassessment_due
hearing_deadline: error: fact 'notice_of_action.date' is missing: the date on the Notice of Action
    (input notice_of_action) [W&I Code 10951(a)]
reassessment_due = 2026-11-30  [W&I Code 12301.1(b)(1)]
[exit 1]
$ cite eval rules --facts examples/before-assessment.json --query position_statement_due --json
{"results": {
  "position_statement_due": {"error": {"message": "fact 'hearing_date' is missing: the day the state hearing is scheduled (input hearing_date)", "rule": "position_statement_due", "cite": ["W&I Code 10952.5"]}}
}}
[exit 1]
$ : 'the same in a caseload: a case that only lacks a fact is evaluated, not failed; with --query it fails'
[exit 0]
$ tr -d '\n' < examples/before-assessment.json > ${TMPDIR:-/tmp}/cite-missing.jsonl; echo >> ${TMPDIR:-/tmp}/cite-missing.jsonl; cite run rules --cases ${TMPDIR:-/tmp}/cite-missing.jsonl 2> ${TMPDIR:-/tmp}/cite-missing.err | grep -o '"[a-z_]*": {"missing": \[[^]]*\]}'; cat ${TMPDIR:-/tmp}/cite-missing.err
"hearing_deadline": {"missing": ["notice_of_action.date"]}
"hearing_deadline_good_cause": {"missing": ["notice_of_action.date"]}
"notice_timely": {"missing": ["notice_of_action.date"]}
"position_statement_due": {"missing": ["hearing_date"]}
cite run: 1 cases, 1 evaluated, 0 failed
[exit 0]
$ cite run rules --cases ${TMPDIR:-/tmp}/cite-missing.jsonl --query position_statement_due
{"line": 1, "id": "example-before-assessment", "results": {"position_statement_due": {"error": {"message": "fact 'hearing_date' is missing: the day the state hearing is scheduled (input hearing_date)", "rule": "position_statement_due", "cite": ["W&I Code 10952.5"]}}}}
cite run: 1 cases, 0 evaluated, 1 failed
  failed, by kind (each case's first error; standard output has them all):
        1  position_statement_due: fact 'hearing_date' is missing: the day the state hearing is scheduled (input hearing_date)
           e.g. line 1: position_statement_due: fact 'hearing_date' is missing: the day the state hearing is scheduled (input hearing_date)
[exit 1]
$ : 'whatif: from not evaluated to a date'
[exit 0]
$ cite whatif rules --facts examples/before-assessment.json --set hearing_date=2026-12-28 | sed -n 1,4p
What if hearing_date=2026-12-28?

2 results change:
  position_statement_due: not evaluated (no hearing_date) -> 2026-12-23
[exit 0]
$ : 'a rule with versions by date, for a case without the date that chooses one, lacks that fact: not evaluated, as any other (it was an error, and cite report exited 1)'
[exit 0]
$ cite eval rules --facts tests/cli/cases/empty-object.json | sed -e ':a' -e 'N;s/\n    / /;ta' -e 'P;D' | grep '^protective_supervision_monthly'; cite eval rules --facts tests/cli/cases/empty-object.json --query protective_supervision_monthly
protective_supervision_monthly: not evaluated: the case has no assessment_date (the date of the assessment; it selects the rules in force)
protective_supervision_monthly: error: 'protective_supervision_monthly' has versions by date, and
    the case has no assessment_date to choose one
[exit 1]
