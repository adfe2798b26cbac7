# The fast path of cite run (the compiled form, src/code.c, and the fast case reader) against
# the reference it replaces (--reference: the tree walk and the cJSON reader): the same
# output, byte for byte, for every result of 516 cases (tests/cli/run/mutated.jsonl: bench
# cases with facts removed or changed and 16 written by hand with JSON the fast
# reader leaves to cJSON, 105 of them failing on total_monthly), for the 1,000 cases of the
# reform example, and under the reform; and for tests/cli/compiled/kinds.cite, a rule for
# every form the compiler lowers (the IHSS rules use only some), over 300 generated cases
# (tests/cli/compiled/cases.jsonl) of which 115 fail in four different ways (204 before
# DESIGN.md 3 v2: the other 89 only lack a fact, written as {"missing": [...]}, no failure).
$ cmp <(cite run rules --cases tests/cli/run/mutated.jsonl 2>&1) <(cite run rules --cases tests/cli/run/mutated.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ cite run rules --cases tests/cli/run/mutated.jsonl --query total_monthly 2>&1 >/dev/null
cite run: 516 cases, 411 evaluated, 105 failed
[exit 1]
$ cmp <(cite run rules --cases examples/reform/cases.jsonl --reform examples/reform/domestic-cap.cite 2>&1) <(cite run rules --cases examples/reform/cases.jsonl --reform examples/reform/domestic-cap.cite --reference 2>&1) && echo identical
identical
[exit 0]
$ cmp <(cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl 2>&1) <(cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl 2>&1 >/dev/null
cite run: 300 cases, 185 evaluated, 115 failed
[exit 1]
$ for q in only_red uses; do cmp <(cite run fuzz/regressions/eval-compiled-no-definition-cites.cite --cases tests/cli/cases/empty-line.jsonl --query $q 2>&1) <(cite run fuzz/regressions/eval-compiled-no-definition-cites.cite --cases tests/cli/cases/empty-line.jsonl --query $q --reference 2>&1) && echo identical; done
identical
identical
[exit 0]
