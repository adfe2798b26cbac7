# What a case gets wrong, fact by fact: each wrong value is named with what is allowed.
# A name given twice in one object is refused (a JSON reader keeps one of the two silently).
# A number with an exponent is read exactly (1e-5 was refused as 'not a number').
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/twice.json
tests/cli/facts/twice.json: error: fact 'late' is given twice; a case gives each once
    input late: "days late"
[exit 2]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/twice-inside.json
tests/cli/facts/twice-inside.json: error: fact 'request.asked' is given twice; a case gives each once
    input request: "the request"
tests/cli/facts/twice-inside.json: error: fact 'ranks.laundry' is given twice; a case gives each once
    input ranks: "the rank of each task"; read by rule seen
[exit 2]
$ cite run tests/cli/facts/every-kind.cite --cases tests/cli/facts/twice.jsonl
{"line": 1, "error": {"message": "line 1: error: fact 'late' is given twice; a case gives each once"}}
{"line": 2, "error": {"message": "line 2: error: fact 'ranks.laundry' is given twice; a case gives each once"}}
{"line": 3, "id": "c", "results": {"seen": 0}}
cite run: 3 cases, 1 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'late' is given twice; a case gives each once
           e.g. line 1: fact 'late' is given twice; a case gives each once
        1  fact 'ranks.laundry' is given twice; a case gives each once
           e.g. line 2: fact 'ranks.laundry' is given twice; a case gives each once
[exit 1]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/exponents.json --explain
seen = 0  [MPP 30-756.1]
  applied: definition
  why: ? 0.00001 20 ? ? ? 1:30 a week ? ? ?
  facts: visits = [0 items]

[exit 0]
