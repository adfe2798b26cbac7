$ cite report rules --facts examples/adult-ipo.json | diff examples/adult-ipo.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/child-cfco-ps.json | diff examples/child-cfco-ps.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/older-paramedical-spouse.json | diff examples/older-paramedical-spouse.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format markdown | diff examples/adult-ipo.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/child-cfco-ps.json --format md | diff examples/child-cfco-ps.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/older-paramedical-spouse.json --format markdown | diff examples/older-paramedical-spouse.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format html --out ${TMPDIR:-/tmp}/cite-report.html && head -c 15 ${TMPDIR:-/tmp}/cite-report.html && grep -c '<section' ${TMPDIR:-/tmp}/cite-report.html
<!DOCTYPE html>7
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --date 2019-01-01 | grep -A1 'Rules in force'
Rules in force on: January 1, 2019
CAUTION: This is legal information, not legal advice. It shows what cite
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format pdf
cite: --format takes text, markdown, html or json, not 'pdf'
(cite --help shows the commands and their options)
[exit 2]
$ cite report rules
cite: report needs --facts CASE
(cite --help shows the commands and their options)
[exit 2]
$ cite report rules --facts examples/adult-ipo.json --out /nonexistent/dir/report.html
cite: cannot write /nonexistent/dir/report.html: No such file or directory
[exit 2]
$ cite report rules --facts examples/adult-ipo.json --query total_monthly
cite: report does not take --query (it is an option of eval, whatif, run)
(cite report --help shows its options)
[exit 2]
