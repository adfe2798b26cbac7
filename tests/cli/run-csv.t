$ : '--format csv: a header (line, id, a column a result, error), then a row a case in input order; a case that cannot be read has its line, its id (the line) and the error, quoted as RFC 4180 quotes'; cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --format csv
line,id,program_maximum,error
1,a,11700,
2,2,,"line 2: error: fact 'program' is ""XYZ""; allowed: one of PCSP, IPO, IHSS_R, CFCO"
4,4,16980,
5,d,16980,
cite run: 4 cases, 3 evaluated, 1 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'program' is ...; allowed: one of PCSP, IPO, IHSS_R, CFCO
           e.g. line 2: fact 'program' is "XYZ"; allowed: one of PCSP, IPO, IHSS_R, CFCO
[exit 1]
$ : 'CSV in, CSV out: an id with a comma is quoted; a duration is its minutes'; cite run tests/cli/slice --cases tests/cli/run/cases.csv --query program_maximum --query severely_impaired --format csv 2>/dev/null
line,id,program_maximum,severely_impaired,error
2,a,11700,false,
3,"b, with a comma",16980,true,
4,4,,,"line 4: error: fact 'weekly_need.dressing' is ""1:3""; allowed: a duration ""H:MM"" or a number of minutes, not negative"
[exit 1]
$ : 'a result for each member of an enum has a column a member; exact minutes are decimals where they have one (3856731/1000 minutes is 3856.731); a failed result leaves its cell empty and its error in the last column'; cite run rules --cases tests/cli/run/mutated.jsonl --query total_monthly --query severely_impaired --query htg_low --format csv 2>/dev/null | head -4
line,id,total_monthly,severely_impaired,htg_low.meal_preparation,htg_low.meal_cleanup,htg_low.ambulation,htg_low.bathing_grooming,htg_low.routine_bed_bath,htg_low.dressing,htg_low.bowel_bladder,htg_low.transfer,htg_low.feeding,htg_low.menstrual_care,htg_low.repositioning,htg_low.prosthesis,error
1,case-7798,3856.731,false,0,0,105,0,70.2,34.2,34.8,0,0,0,0,0,
2,case-19420,3733.326,false,0,0,105,76.2,60,0,0,0,315,0,45,0,
3,case-17834,,,0,0,0,141,0,0,174.6,0,70.2,0,0,0,line 3: total_monthly: fact 'age' is missing: the recipient's age in years (input age)
[exit 0]
$ : 'a fraction without a decimal stays p/q (exact, never rounded); a negative one with a decimal is written as one'; T=${TMPDIR:-/tmp}/cite-csvout; mkdir -p $T; printf 'rule a : number output "x" = 10 / 3  cite "MPP 30-757.1"\nrule b : number output "y" = 0 - 7 / 4  cite "MPP 30-757.1"\n' > $T/frac.cite; echo '{}' | cite run $T/frac.cite --cases - --format csv
line,id,a,b,error
1,1,10/3,-1.75,
cite run: 1 cases, 1 evaluated, 0 failed
[exit 0]
$ : 'every output without --query: a date, an enum, a table of members, a list as its JSON in one cell'; cite run rules --cases tests/cli/run/mutated.jsonl --format csv 2>/dev/null | sed -n 2p | cut -c1-120
1,case-7798,2027-10-26,,0,2026-12-09,2027-03-09,false,true,,0,0,105,0,70.2,34.2,34.8,0,0,0,0,0,0,0,210,0,210,72,121.2,0,
[exit 0]
$ : 'the same rows with 1 and 2 jobs, and --format jsonl is the default output'; T=${TMPDIR:-/tmp}/cite-csvout; cite run rules --cases tests/cli/run/mutated.jsonl --format csv > $T/1 2>/dev/null; cite run rules --cases tests/cli/run/mutated.jsonl --format csv --jobs 2 > $T/2 2>/dev/null; cmp $T/1 $T/2 && echo same rows; wc -l < $T/1; cite run rules --cases tests/cli/run/mutated.jsonl --format jsonl > $T/3 2>/dev/null; cite run rules --cases tests/cli/run/mutated.jsonl > $T/4 2>/dev/null; cmp $T/3 $T/4 && echo jsonl is the default
same rows
517
jsonl is the default
[exit 0]
$ cite run rules --cases tests/cli/run/cases.jsonl --format xml
cite: --format takes jsonl or csv, not 'xml'
(cite --help shows the commands and their options)
[exit 2]
$ cite run rules --cases examples/reform/cases.jsonl --reform examples/reform --format csv
cite: --format csv is for a run without --reform (a reform's lines hold both sides and what changed: JSON)
(cite --help shows the commands and their options)
[exit 2]
