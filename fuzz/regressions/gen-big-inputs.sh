#!/bin/sh
# fuzz/regressions/gen-big-inputs.sh DIR: writes the large regression inputs, too big to keep
# in git, into DIR (default /tmp/cite-big). Each is well under the 8 MiB rule-file limit.
#   long-rule-chain.cite  30,000 rules, each the one before plus nothing (1.3 MB):
#                         `cite eval` overflows the stack (eval_rule recursion); check is O(n^2)
#   many-rules.cite       100,000 rules (4.8 MB): `cite check` takes ~10 minutes (O(n^2) lookups)
#   big-enum.cite         an enum of 200,000 members (1.6 MB): `cite check` O(n^2) duplicate test
#   unknown-names.cite    20,000 rules naming a misspelt rule (1.4 MB): "did you mean" is
#                         computed for every error, each against every name: O(n^2)
set -eu
dir=${1:-/tmp/cite-big}
mkdir -p "$dir"
awk 'BEGIN { print "rule r0 : number cite \"MPP 30-1\" = 1";
             for (i = 1; i < 30000; i++) printf "rule r%d : number cite \"MPP 30-1\" = r%d\n", i, i - 1;
             print "rule top : number output cite \"MPP 30-1\" = r29999" }' > "$dir/long-rule-chain.cite"
awk 'BEGIN { print "rule r0 : number cite \"MPP 30-1\" = 1";
             for (i = 1; i < 100000; i++) printf "rule r%d : number cite \"MPP 30-1\" = r%d\n", i, i - 1 }' > "$dir/many-rules.cite"
awk 'BEGIN { printf "enum E {"; for (i = 0; i < 200000; i++) printf "%s m%d", i ? "," : "", i; print " }" }' > "$dir/big-enum.cite"
awk 'BEGIN { for (i = 0; i < 20000; i++)
               printf "rule rule_number_%d : number cite \"MPP 30-1\" = rule_numbr_%d\n", i, i }' > "$dir/unknown-names.cite"
ls -l "$dir"
