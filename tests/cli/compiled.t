# The fast path of cite run (the compiled form, src/code.c, and the fast case reader) against
# the reference it replaces (--reference: the tree walk and the cJSON reader): the same
# output, byte for byte, for every result of 516 cases (tests/cli/run/mutated.jsonl: bench
# cases with facts removed or changed and 16 written by hand with JSON the fast
# reader leaves to cJSON, 151 of them failing, 11 for a fact given twice), for the 1,000 cases of the
# reform example, and under the reform; and for tests/cli/compiled/kinds.cite, a rule for
# every form the compiler lowers (the IHSS rules use only some), over 300 generated cases
# (tests/cli/compiled/cases.jsonl) of which 115 fail in four different ways (204 before
# doc/contract.md 3 v2: the other 89 only lack a fact, written as {"missing": [...]}, no failure);
# tests/cli/compiled/failing.cite fails as the tree walk does, reads in place (code.h
# Code.in_place) that give up included; tests/cli/compiled/tables.cite: constant tables read at
# run time, and arithmetic (sums of fractions and wholes near 64 bits, products, quotients,
# dates) that fails as the tree walk's, and has() of an entry whose key is a fact the case
# does not give (line 10 has no pick): an error naming the key (9c0f399 said true, reading the
# absent key as cell 0, and the sanitizer build's assert stopped the run); the last test reads a leaf in place at the depth limit
# and one level within it (eval.c in_place_allowed); tests/cli/compiled/items.cite: a list item's
# enum field against a member (code.h CODE_ITEM_IS), its field given or not.
# tests/cli/compiled/valueonly.cite: the value-only form (eval.c vm_result), which cite run tries
# first, and the ways it gives up to compiled code. tests/cli/compiled/inplace.cite: its reads of
# small members in place (src/flat.h flat_inline), kept in their slots or not, and giving up
# inside them.
# A case's results queried together, failures first, last and between, differing from case to
# case, are each what it is queried alone (eval.c eval_results: one setjmp for them, armed again
# after a failure).
$ cmp <(cite run rules --cases tests/cli/run/mutated.jsonl 2>&1) <(cite run rules --cases tests/cli/run/mutated.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ : 'each output of rules/ asked for alone answers as the tree walk does: the value-only form runs only so, since every result asked for includes the built-in unverified output, whose marks turn it off (a broken F_IF_HAS_TEST_CELL left the comparison above identical and made four of these differ)'; n=0; for q in $(grep -ohE '^rule [a-z_]+(\[[^]]*\])? : [^=]*\boutput\b' rules/*.cite | cut -d' ' -f2 | sed 's/\[.*//' | sort -u); do n=$((n + 1)); cmp -s <(cite run rules --cases tests/cli/run/mutated.jsonl --query $q 2>&1) <(cite run rules --cases tests/cli/run/mutated.jsonl --query $q --reference 2>&1) || echo "$q differs"; done; echo "$n outputs"
29 outputs
[exit 0]
$ cite run rules --cases tests/cli/run/mutated.jsonl --query total_monthly 2>&1 >/dev/null
cite run: 516 cases, 365 evaluated, 151 failed
  failed, by kind (each case's first error; standard output has them all):
       28  total_monthly: 'protective_supervision_monthly' has versions by date, and the case has no assessment_date to choose one
           e.g. line 20: total_monthly: 'protective_supervision_monthly' has versions by date, and the case has no assessment_date to choose one
       25  total_monthly: fact 'age' is missing: the recipient's age in years (input age)
           e.g. line 3: total_monthly: fact 'age' is missing: the recipient's age in years (input age)
       25  total_monthly: fact 'household_members' is missing: people living in the home, the recipient included (input household_members)
           e.g. line 10: total_monthly: fact 'household_members' is missing: people living in the home, the recipient included (input household_members)
       14  total_monthly: fact 'program' is missing: the funding program on the Notice of Action (input program)
           e.g. line 18: total_monthly: fact 'program' is missing: the funding program on the Notice of Action (input program)
       14  total_monthly: fact 'fi_ranks.meal_preparation_cleanup' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 22: total_monthly: fact 'fi_ranks.meal_preparation_cleanup' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        9  total_monthly: fact 'fi_ranks.bathing_grooming_bed_bath' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 5: total_monthly: fact 'fi_ranks.bathing_grooming_bed_bath' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        8  total_monthly: fact 'fi_ranks.eating' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 51: total_monthly: fact 'fi_ranks.eating' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        7  fact 'age' is given twice; a case gives each once
           e.g. line 501: fact 'age' is given twice; a case gives each once
        4  total_monthly: fact 'fi_ranks.dressing_prosthesis' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 9: total_monthly: fact 'fi_ranks.dressing_prosthesis' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        4  total_monthly: fact 'fi_ranks.bowel_bladder' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 149: total_monthly: fact 'fi_ranks.bowel_bladder' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        3  total_monthly: fact 'assessment_date' is missing: the date of the assessment; it selects the rules in force (input assessment_date)
           e.g. line 246: total_monthly: fact 'assessment_date' is missing: the date of the assessment; it selects the rules in force (input assessment_date)
        2  total_monthly: fact 'fi_ranks.transfer_repositioning' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 248: total_monthly: fact 'fi_ranks.transfer_repositioning' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        2  fact 'id' is given twice; a case gives each once
           e.g. line 505: fact 'id' is given twice; a case gives each once
        1  total_monthly: fact 'fi_ranks.ambulation' is missing: the Functional Index rank (# to #) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
           e.g. line 284: total_monthly: fact 'fi_ranks.ambulation' is missing: the Functional Index rank (1 to 6) of each function the county ranks (ranks gives one task its own) (input fi_ranks)
        1  fact 'household_members' is given twice; a case gives each once
           e.g. line 504: fact 'household_members' is given twice; a case gives each once
        1  fact 'ranks' is given twice; a case gives each once
           e.g. line 507: fact 'ranks' is given twice; a case gives each once
        3  other kinds
           e.g. line 508: fact 'weekly_need' is given twice; a case gives each once
[exit 1]
$ cmp <(cite run rules --cases examples/reform/cases.jsonl --reform examples/reform/domestic-cap.cite 2>&1) <(cite run rules --cases examples/reform/cases.jsonl --reform examples/reform/domestic-cap.cite --reference 2>&1) && echo identical
identical
[exit 0]
$ cmp <(cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl 2>&1) <(cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ : 'a table cell read by the fact ops of its own (src/flat.h F_IF_HAS_CELL, F_IF_HAS_TEST_CELL, F_FACT_CELL) answers as the tree walk does, each of its 33 rules asked for alone: kinds.cite has marks, so every result asked for includes the built-in unverified output, which needs them, and then the value-only form does not run; over_five is a has-and-test of a cell that nothing tests again for a conflict (a wrong answer there is not caught by a give-up), so each color counts the cases whose count is over 5'; f=tests/cli/compiled/kinds.cite; c=tests/cli/compiled/cases.jsonl; for q in $(grep -oE '^rule [a-z_]+' $f | cut -d' ' -f2); do cmp <(cite run $f --cases $c --query $q 2>&1) <(cite run $f --cases $c --query $q --reference 2>&1) || echo "$q differs"; done; cite run $f --cases $c --query over_five 2>/dev/null | grep -o '"over_five": {[^}]*}' | grep -o '"[a-z]*": 1' | sort | uniq -c
     74 "black": 1
     85 "blue": 1
     81 "green": 1
     84 "red": 1
[exit 0]
$ cite run tests/cli/compiled/kinds.cite --cases tests/cli/compiled/cases.jsonl 2>&1 >/dev/null
cite run: 300 cases, 185 evaluated, 115 failed
  failed, by kind (each case's first error; standard output has them all):
       59  smallest: min over nothing: no item matched
           e.g. line 3: smallest: min over nothing: no item matched
       55  spread: table 'grid' has no entry for black, #
           e.g. line 1: spread: table 'grid' has no entry for black, 2
        1  clash: two exceptions of 'clash' apply to this case: [MPP #] when counts[favorite] > #, and [MPP #] when rec.a < #; the rules must say which one wins
           e.g. line 193: clash: two exceptions of 'clash' apply to this case: [MPP 30-2] when counts[favorite] > 50, and [MPP 30-3] when rec.a < 2; the rules must say which one wins
[exit 1]
$ for q in only_red uses; do cmp <(cite run fuzz/regressions/eval-compiled-no-definition-cites.cite --cases tests/cli/cases/empty-line.jsonl --query $q 2>&1) <(cite run fuzz/regressions/eval-compiled-no-definition-cites.cite --cases tests/cli/cases/empty-line.jsonl --query $q --reference 2>&1) && echo identical; done
identical
identical
[exit 0]
$ for q in two_ways no_base reads_leaf chain inner_fail summed counted biggest total big shaded via_list via_fold reads_two_ways reads_no_base reads_via known_then reads_half reads_lists reads_biggest; do cmp <(cite run tests/cli/compiled/failing.cite --cases tests/cli/compiled/failing.jsonl --query $q 2>&1) <(cite run tests/cli/compiled/failing.cite --cases tests/cli/compiled/failing.jsonl --query $q --reference 2>&1) || echo "$q differs"; done; cmp <(cite run tests/cli/compiled/failing.cite --cases tests/cli/compiled/failing.jsonl 2>&1) <(cite run tests/cli/compiled/failing.cite --cases tests/cli/compiled/failing.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ for q in low_pick high_pick given given_rate given_count rated thirds thirds_less whole_first whole_less squared per_n n_per minutes_per scaled halved later earlier gap unverified; do cmp <(cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl --query $q 2>&1) <(cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl --query $q --reference 2>&1) || echo "$q differs"; done; cmp <(cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl 2>&1) <(cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl --reference 2>&1) && echo identical
identical
[exit 0]
$ cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl 2>/dev/null | grep -o 'arithmetic overflow\|no version of\|has no entry\|"missing": \["on"\]\|division by zero\|leaves the calendar\|whole days' | sort | uniq -c
     10 "missing": ["on"]
     27 arithmetic overflow
     14 division by zero
     14 has no entry
     11 leaves the calendar
      2 no version of
      2 whole days
[exit 0]
$ for q in given given_rate given_count; do cite run tests/cli/compiled/tables.cite --cases tests/cli/compiled/tables.jsonl --query $q 2>/dev/null | sed -n '1p;3p;10p'; done
{"line": 1, "id": 1, "results": {"given": true}}
{"line": 3, "id": 3, "results": {"given": false}}
{"line": 10, "id": 10, "results": {"given": {"error": {"message": "fact 'pick' is missing: a color (input pick)", "rule": "given", "cite": ["MPP 40-4"]}}}}
{"line": 1, "id": 1, "results": {"given_rate": true}}
{"line": 3, "id": 3, "results": {"given_rate": true}}
{"line": 10, "id": 10, "results": {"given_rate": {"error": {"message": "fact 'pick' is missing: a color (input pick)", "rule": "given_rate", "cite": ["MPP 40-8"]}}}}
{"line": 1, "id": 1, "results": {"given_count": true}}
{"line": 3, "id": 3, "results": {"given_count": false}}
{"line": 10, "id": 10, "results": {"given_count": {"error": {"message": "fact 'pick' is missing: a color (input pick)", "rule": "given_count", "cite": ["MPP 40-8"]}}}}
[exit 0]
$ cd "$TMPDIR" && printf '{"n": 3}\n{}\n' > deep.jsonl && for d in 398 399; do { echo 'input n : number (0..9) "n"'; for i in $(seq 1 $((d - 1))); do echo "rule r$i : number \"x\" = r$((i + 1)) + 1  cite \"MPP 1\""; done; echo "rule r$d : number \"x\" = r$((d + 1))  cite \"MPP 2\""; echo "rule r$((d + 1)) : number \"x\" = n  cite \"MPP 3\""; echo "rule top : number output \"x\" = r1  cite \"MPP 4\""; } > deep$d.cite; cmp <(cite run deep$d.cite --cases deep.jsonl 2>&1) <(cite run deep$d.cite --cases deep.jsonl --reference 2>&1) && cite run deep$d.cite --cases deep.jsonl 2>/dev/null; done
{"line": 1, "id": 1, "results": {"top": 400}}
{"line": 2, "id": 2, "results": {"top": {"missing": ["n"]}}}
{"line": 1, "id": 1, "results": {"top": {"error": {"message": "rules depend on rules more than 400 levels deep (at 'r400')", "rule": "r399", "cite": ["MPP 2"]}}}}
{"line": 2, "id": 2, "results": {"top": {"error": {"message": "rules depend on rules more than 400 levels deep (at 'r400')", "rule": "r399", "cite": ["MPP 2"]}}}}
[exit 1]
$ cd "$TMPDIR" && { echo 'input x : number "x"'; echo 'rule r0 : number "x" = x * 2  cite "MPP 1"'; for i in $(seq 1 79); do printf 'rule r%d : number "x" = r%d' $i $((i - 1)); for j in $(seq 380); do printf ' + x'; done; echo '  cite "MPP 1"'; done; echo 'rule top : number output "x" = r79  cite "MPP 1"'; for i in $(seq 0 79); do echo "rule d$i : number output \"x\" = r$i + 0  cite \"MPP 1\""; done; } > stack.cite && printf '{"x": 1}\n{"x": 2}\n{"x": 3}\n' > stack.jsonl && cite run stack.cite --cases stack.jsonl 2>/dev/null | sed 's/"line": [0-9]*, "id": [0-9]*, //' > all.out; for k in 1 2 3; do grep "\"x\": $k}" stack.jsonl > one.jsonl; cite run stack.cite --cases one.jsonl 2>/dev/null | sed 's/"line": [0-9]*, "id": [0-9]*, //'; done > each.out; cmp all.out each.out && grep -c 'nests too deeply for the stack' all.out
3
[exit 0]
$ f=tests/cli/compiled/failing.cite; c=tests/cli/compiled/failing.jsonl; qs="two_ways reads_leaf no_base chain summed inner_fail via_list reads_two_ways biggest known_then"; args=""; for q in $qs; do args="$args --query $q"; cite run $f --cases $c --query $q 2>/dev/null | sed 's/.*"results": {//; s/}}$//' > "$TMPDIR/q.$q"; done; paste -d '\t' $(for q in $qs; do echo "$TMPDIR/q.$q"; done) | sed 's/\t/, /g' > "$TMPDIR/each"; cite run $f --cases $c $args 2>/dev/null | sed 's/.*"results": {//; s/}}$//' > "$TMPDIR/all"; cmp "$TMPDIR/all" "$TMPDIR/each" && grep -o '"[a-z_]*": {"error"' "$TMPDIR/all" | sort | uniq -c
      8 "biggest": {"error"
      4 "chain": {"error"
      4 "inner_fail": {"error"
      4 "known_then": {"error"
      7 "no_base": {"error"
      6 "reads_leaf": {"error"
      6 "reads_two_ways": {"error"
      6 "two_ways": {"error"
      5 "via_list": {"error"
[exit 0]
$ cmp <(cite run tests/cli/compiled/items.cite --cases tests/cli/compiled/items.jsonl 2>&1) <(cite run tests/cli/compiled/items.cite --cases tests/cli/compiled/items.jsonl --reference 2>&1) && cite run tests/cli/compiled/items.cite --cases tests/cli/compiled/items.jsonl --query cats_or_few 2>&1
{"line": 1, "id": 1, "results": {"cats_or_few": 0}}
{"line": 2, "id": 2, "results": {"cats_or_few": 6}}
{"line": 3, "id": 3, "results": {"cats_or_few": 0}}
{"line": 4, "id": 4, "results": {"cats_or_few": {"error": {"message": "field 'kind' is not given", "rule": "cats_or_few", "cite": ["MPP 30-1"]}}}}
{"line": 5, "id": 5, "results": {"cats_or_few": {"error": {"message": "field 'kind' is not given", "rule": "cats_or_few", "cite": ["MPP 30-1"]}}}}
{"line": 6, "id": 6, "results": {"cats_or_few": 3}}
cite run: 6 cases, 4 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        2  cats_or_few: field 'kind' is not given
           e.g. line 4: cats_or_few: field 'kind' is not given
[exit 1]
$ : 'the value-only form (eval.c vm_result, src/flat.c), which cite run tries first for results that need no unverified marks, answers and fails as the tree walk does (tests/cli/compiled/valueonly.cite): a record table read through an enum comprehension'"'"'s loop variable (weighted: 80 for weights 3 and 5, 10 each; e4beaec read the variable'"'"'s stale value), a chain of 41 rules past its 32 levels (deep: n + 40), results that give up part-way (outer_one, missing big, in the middle of middle and inner) read again by the next (outer_two), a conflict, no definition, min over nothing, an overflowing sum, a table without the entry; each result alone and all together'; f=tests/cli/compiled/valueonly.cite; c=tests/cli/compiled/valueonly.jsonl; for q in weighted weighted_any fails_after reads_shared outer_one outer_two clash only_when least huge picked deep; do cmp <(cite run $f --cases $c --query $q 2>&1) <(cite run $f --cases $c --query $q --reference 2>&1) || echo "$q differs"; done; cmp <(cite run $f --cases $c 2>&1) <(cite run $f --cases $c --reference 2>&1) && echo identical; cite run $f --cases $c 2>/dev/null | sed -n 1p | grep -o '"weighted": [0-9]*\|"deep": [0-9]*'; cite run $f --cases $c 2>/dev/null | grep -o '"outer_two": {"[a-z]*": \[*"[a-z]*\|"huge": {"error": {"message": "arithmetic overflow' | sort | uniq -c
identical
"weighted": 80
"deep": 44
      2 "huge": {"error": {"message": "arithmetic overflow
      1 "outer_two": {"missing": ["big
      1 "outer_two": {"missing": ["n
[exit 0]
$ : 'the reads of small members in place (src/flat.h flat_inline) answer and fail as the tree walk does (tests/cli/compiled/inplace.cite): a truth value tested in two places and in one, a number read as a test and as a value, a comprehension in the read member'"'"'s variables, a missing fact, a conflict and no definition inside a member read in place, a chain of small members deeper than the reads put in place; each result alone and all together'; f=tests/cli/compiled/inplace.cite; c=tests/cli/compiled/inplace.jsonl; for q in tests_twice once_only value_and_test per_task_total with_m with_split with_partial chain over_again; do cmp <(cite run $f --cases $c --query $q 2>&1) <(cite run $f --cases $c --query $q --reference 2>&1) || echo "$q differs"; done; cmp <(cite run $f --cases $c 2>&1) <(cite run $f --cases $c --reference 2>&1) && echo identical; cite run $f --cases $c 2>/dev/null | grep -o '"tests_twice": [0-9]*, "once_only": [0-9]*\|"per_task_total": [0-9]*\|"chain": [0-9]*\|"with_m": {"missing": \["m"\]}\|"with_split": {"error": {"message": "two exceptions' | sort | uniq -c
identical
      1 "chain": 126
      1 "chain": 156
      1 "chain": 24
      1 "chain": 46
      1 "chain": 66
      1 "chain": 86
      2 "per_task_total": 0
      1 "per_task_total": 100
      1 "per_task_total": 30
      1 "per_task_total": 503
      1 "per_task_total": 70
      1 "tests_twice": 0, "once_only": 0
      1 "tests_twice": 1, "once_only": 0
      4 "tests_twice": 2, "once_only": 1
      1 "with_m": {"missing": ["m"]}
      1 "with_split": {"error": {"message": "two exceptions
[exit 0]
