$ : 'doc/contract.md 3 (v2), issue 14: eval of the README example is one screen (under 40 lines, none over 100 columns), the headlines first in the order the rules declare with output N: the total, the maximum and why, the tasks, ...'
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json | wc -l; cite eval rules --facts examples/adult-ipo.json | awk 'length > 100' | wc -l
39
0
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json | head -4
total_monthly = 88:14 hours/month  [MPP 30-757; MPP 30-757.17]
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
severely_impaired = false  [MPP 30-701(s)(1); W&I Code 12303.4]
severely_impaired_weekly = 19:35 hours/week  [MPP 30-701(s)(1); MPP 30-701(s)(1)(D)]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json | tail -4
exception_undocumented = false for all 8 entries  [W&I Code 12301.2(c)]
unverified = 10 figures or readings not yet checked against the law's text (--query unverified)
Also (--all): htg_low, htg_high, needs_exception, program_eligible, resources_not_deducted
Why each figure is what it is: --explain; the hearing packet, to print: cite report
[exit 0]
$ : 'a table whose entries are all 0:00 for the tasks the case has is one line; --all lists them one a line'
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json | grep '^notice_difference'; cite eval rules --facts examples/adult-ipo.json --all | grep -c '^notice_difference\['
notice_difference = 0:00 hours/week for all 10 entries  [MPP 30-757]
22
[exit 0]
$ : 'zero entries that share a citation share a line, by name: the spouse provides these five tasks'
[exit 0]
$ cite eval rules --facts examples/older-paramedical-spouse.json | grep -A1 '^task_weekly\[meal_preparation'
task_weekly[meal_preparation, meal_cleanup, laundry, shopping_food, other_shopping_errands] = 0:00
    hours/week [MPP 30-763.413; ACL 21-91]
[exit 0]
$ : 'everything stays reachable: --all prints every output, unverified in full; --query the one asked'
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --all | grep -c '^htg_low\['; cite eval rules --facts examples/adult-ipo.json --query htg_low.dressing
12
htg_low[dressing] = 1:01 hours/week  [MPP 30-757.1(a); ACL 06-34]
[exit 0]
$ : 'two rules cannot take one headline place, and every version of a rule takes the same'
[exit 0]
$ cite check tests/cli/headline/twice.cite
tests/cli/headline/twice.cite:2:6: error: 'a' and 'b' both take headline place 10 (output 10)
    2 | rule b : number output 10 "two" = 2   cite "MPP 30-757"
      |      ^
tests/cli/headline/twice.cite:1:6: note: 'a' is declared here
    1 | rule a : number output 10 "one" = 1   cite "MPP 30-757"
      |      ^
1 error
[exit 1]
$ cite check tests/cli/headline/versions.cite
tests/cli/headline/versions.cite:2:6: error: every version of 'a' must have the same headline place (output 10)
    2 | rule a : number output 20 "one" effective 2024-01-01 = 2   cite "MPP 30-757"
      |      ^
1 error
[exit 1]
$ cite check tests/cli/headline/zero.cite
tests/cli/headline/zero.cite:1:24: error: a headline's place after 'output' takes a whole number from 1 to 999
    1 | rule a : number output 0 "one" = 1   cite "MPP 30-757"
      |                        ^
1 error
[exit 1]
$ : '--explain: headlines first, each figure explained once, the tasks the case has no facts for on one line'
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --explain | head -1; cite eval rules --facts examples/adult-ipo.json --explain | grep -c '^total_monthly = '; cite eval rules --facts examples/adult-ipo.json --explain | grep 'task_weekly = 0:00'
total_monthly = 88:14 hours/month  [MPP 30-757; MPP 30-757.17]
1
      task_weekly = 0:00 hours/week for 12 entries the case has no facts for
        si_task_weekly = 0:00 hours/week for 5 entries the case has no facts for
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --explain | awk 'length > 100' | wc -l
0
[exit 0]
$ : 'whatif lists what changes in the same order, headlines first, and its lines of names within 100 columns'
[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=3 | sed -n '3,5p;11,13p'; cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=3 | awk 'length > 100' | wc -l
5 results change:
  exception_undocumented[bathing_grooming]: false -> true  [W&I Code 12301.2(c)]
  htg_low[bathing_grooming]: 2:21 hours/week -> 1:16 hours/week (-1:05 hours/week)
    + htg[bathing_grooming, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
    - htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C

0
[exit 0]
