$ : 'the fast case reader reads the short form of a keyed list, {TASK: weekly} (alternative_resources v1), itself; every odd form it gives up on (an unknown key, a bad value, not JSON, more than 64 keys, an escape...) goes to the cJSON reader: the same bytes as --reference, which reads every case with cJSON'; cite run rules --cases tests/cli/reader/keyed.jsonl --query total_monthly 2>/dev/null | cmp - <(cite run rules --cases tests/cli/reader/keyed.jsonl --query total_monthly --reference 2>/dev/null) && echo same; cite run rules --cases tests/cli/reader/keyed.jsonl 2>/dev/null | cmp - <(cite run rules --cases tests/cli/reader/keyed.jsonl --reference 2>/dev/null) && echo same for every output
same
same for every output
[exit 0]
$ cite run rules --cases tests/cli/reader/keyed.jsonl --query total_monthly 2>/dev/null | cut -c1-110
{"line": 1, "id": "k1", "results": {"total_monthly": {"value": "36:05", "unit": "hours/month", "minutes": "108
{"line": 2, "id": "k2", "results": {"total_monthly": {"value": "44:58", "unit": "hours/month", "minutes": "134
{"line": 3, "id": "k3", "results": {"total_monthly": {"value": "38:45", "unit": "hours/month", "minutes": "581
{"line": 4, "id": "k4", "results": {"total_monthly": {"error": {"message": "field 'weekly' is not given", "rul
{"line": 5, "error": {"message": "line 5: error: fact 'alternative_resources[0].task' is \"bathing\"; allowed:
{"line": 6, "error": {"message": "line 6:1:281: error: malformed JSON near '}'; remove the comma before the cl
{"line": 7, "error": {"message": "line 7:1:273: error: malformed JSON near '\"1:31\"}}'; a comma is missing be
{"line": 8, "error": {"message": "line 8:1:279: error: malformed JSON near '}'; the case ends too early: a clo
{"line": 9, "error": {"message": "line 9: error: fact 'alternative_resources[0].weekly' is \"1.5\"; allowed: a
{"line": 10, "error": {"message": "line 10: error: fact 'alternative_resources[0].weekly' is 1.5; allowed: a w
{"line": 11, "error": {"message": "line 11: error: fact 'alternative_resources[0].weekly' is true; allowed: a 
{"line": 12, "error": {"message": "line 12: error: fact 'alternative_resources[0].task' is \"\"; allowed: one 
{"line": 13, "id": "k13", "results": {"total_monthly": {"value": "39:28", "unit": "hours/month", "minutes": "2
{"line": 14, "id": "k14", "results": {"total_monthly": {"value": "39:28", "unit": "hours/month", "minutes": "2
{"line": 15, "id": "k15", "results": {"total_monthly": {"value": "39:28", "unit": "hours/month", "minutes": "2
{"line": 16, "id": "k16", "results": {"total_monthly": {"value": "39:28", "unit": "hours/month", "minutes": "2
{"line": 17, "error": {"message": "line 17: error: fact 'alternative_resources[0].task' is \"task\"; allowed: 
{"line": 18, "error": {"message": "line 18: error: fact 'alternative_resources' is \"bathing_grooming\"; allow
{"line": 19, "error": {"message": "line 19: error: fact 'alternative_resources[0].task' is \"t0\"; allowed: on
{"line": 20, "id": "k20", "results": {"total_monthly": {"value": "43:31", "unit": "hours/month", "minutes": "1
[exit 0]
$ : 'H:MM, one grammar for both readers (parse_hmm): 1 to 9 digits, a colon, 00 to 59; the fast reader (cite run) and the cJSON one (cite eval) give each line the same answer or the same refusal'; cite run rules --cases tests/cli/reader/hmm-edges.jsonl --query task_weekly 2>/dev/null | grep -o '"laundry": {"value": "[^"]*"\|is \\"[^"]*\\"; allowed'; for i in 1 3 6 7 13; do sed -n ${i}p tests/cli/reader/hmm-edges.jsonl > ${TMPDIR:-/tmp}/cite-hmm.json; cite eval rules --facts ${TMPDIR:-/tmp}/cite-hmm.json --query task_weekly.laundry 2>&1 | head -1 | sed 's|^.*cite-hmm.json: ||'; done
is \"0:60\"; allowed
is \"1234567890:00\"; allowed
"laundry": {"value": "123456789:59"
is \":30\"; allowed
is \"1:5\"; allowed
"laundry": {"value": "1:30"
is \"1:30 \"; allowed
is \"1::30\"; allowed
is \"a1:30\"; allowed
is \"1:3a\"; allowed
is \"-1:30\"; allowed
is \"１:30\"; allowed
"laundry": {"value": "0:00"
error: fact 'weekly_need.laundry' is "0:60"; allowed: a duration "H:MM" or a number of minutes, not negative
task_weekly[laundry] = 123456789:59 hours/week  [MPP 30-757.1]
task_weekly[laundry] = 1:30 hours/week  [MPP 30-757.1]
error: fact 'weekly_need.laundry' is "1:30 "; allowed: a duration "H:MM" or a number of minutes, not negative
task_weekly[laundry] = 0:00 hours/week  [MPP 30-757.1]
[exit 0]
$ : 'a table of durations given as minutes or "H:MM" (weekly_need): the fast reader reads each cell itself, not through fast_value; every odd form (007, 1e2, 10.5, -5, 17 digits, a space, null, "45") gives what the cJSON reader (--reference) gives'; cite run rules --cases tests/cli/reader/minutes.jsonl --query task_weekly 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/minutes.jsonl --query task_weekly --reference 2>&1) && echo same; cite run rules --cases tests/cli/reader/minutes.jsonl --query task_weekly 2>&1 | grep -o '^{"line": [0-9]*\|"laundry": {"value": "[^"]*"\|is [^;]*; allowed' | tr '\n' ' ' | sed 's/{"line"/\n&/g'; echo
same

{"line": 1 "laundry": {"value": "0:00" 
{"line": 2 "laundry": {"value": "0:07" 
{"line": 3 "laundry": {"value": "4:50" 
{"line": 4 "laundry": {"value": "0:07" 
{"line": 5 "laundry": {"value": "1:40" 
{"line": 6 is 10.5; allowed 
{"line": 7 is -5; allowed 
{"line": 8 
{"line": 9 "laundry": {"value": "1:05" 
{"line": 10 "laundry": {"value": "0:00" 
{"line": 11 is \"1:60\"; allowed 
{"line": 12 "laundry": {"value": "0:45" 
{"line": 13 "laundry": {"value": "0:45" 
{"line": 14 "laundry": {"value": "0:00" 
{"line": 15 is \"45\"; allowed 
{"line": 16 "laundry": {"value": "168:00" 
{"line": 17 "laundry": {"value": "168:01" is ...; allowed is "1:60"; allowed is #; allowed is 10.5; allowed is -#; allowed is -5; allowed 
[exit 0]
$ : 'the next key matched in its bytes (fast_next_name: a table cell, a top-level input, each against the one after the last read): in order, swapped, spaces or a tab near the colon, the name longer or shorter or in another case, no colon, an escape, a key given twice, the case ending after the name or the colon, a bad value: the same bytes as --reference (cJSON), and a clear error naming the fact'; cite run rules --cases tests/cli/reader/next-key.jsonl --query total_monthly 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/next-key.jsonl --query total_monthly --reference 2>&1) && echo same; cite run rules --cases tests/cli/reader/next-key.jsonl 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/next-key.jsonl --reference 2>&1) && echo same for every output; cite run rules --cases tests/cli/reader/next-key.jsonl --query total_monthly 2>/dev/null | cut -c1-120
same
same for every output
{"line": 1, "id": "n1", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"}}
{"line": 2, "id": "n2", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"}}
{"line": 3, "id": "n3", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"}}
{"line": 4, "id": "n4", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"}}
{"line": 5, "error": {"message": "line 5: error: 'meal_preparation_x' is not a key of ranks; did you mean 'meal_preparat
{"line": 6, "error": {"message": "line 6: error: 'meal_preparatio' is not a key of ranks; did you mean 'meal_preparation
{"line": 7, "error": {"message": "line 7:1:167: error: malformed JSON near '3,\"meal_cleanup\":1,\"'"}}
{"line": 8, "id": "n8", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"}}
{"line": 9, "error": {"message": "line 9: error: fact 'ranks.meal_preparation' is given twice; a case gives each once"}}
{"line": 10, "error": {"message": "line 10: error: fact 'age' is given twice; a case gives each once"}}
{"line": 11, "id": "n11", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"
{"line": 12, "id": "n12", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"
{"line": 13, "error": {"message": "line 13: error: unknown fact 'agee'; did you mean 'age'?"}}
{"line": 14, "id": "n14", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"
{"line": 15, "id": "n15", "results": {"total_monthly": {"value": "75:24", "unit": "hours/month", "minutes": "565466/125"
{"line": 16, "error": {"message": "line 16:1:147: error: malformed JSON near ':'; the case ends too early: a closing '}'
{"line": 17, "error": {"message": "line 17:1:146: error: malformed JSON near '\"'; the case ends too early: a closing '}
{"line": 18, "error": {"message": "line 18:1:49: error: malformed JSON near ':'; the case ends too early: a closing '}' 
{"line": 19, "error": {"message": "line 19: error: fact 'ranks.meal_preparation' is 9; allowed: a whole number from 1 to
{"line": 20, "error": {"message": "line 20: error: 'Meal_preparation' is not a key of ranks; did you mean 'meal_preparat
[exit 0]
$ : 'a rank, one digit then a comma or the closing brace, read in fast_cells with its bounds (1..6) checked once a table: 0, 7, out of bounds first and last, 10, a space, 2.0, 2e0, -2, "2", null, 23, a trailing comma, the case ending in the digit or the colon: the same bytes as --reference (cJSON), an error naming the fact'; cite run rules --cases tests/cli/reader/ranks.jsonl --query total_monthly 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/ranks.jsonl --query total_monthly --reference 2>&1) && echo same; cite run rules --cases tests/cli/reader/ranks.jsonl 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/ranks.jsonl --reference 2>&1) && echo same for every output; cite run rules --cases tests/cli/reader/ranks.jsonl --query total_monthly 2>/dev/null | cut -c1-120
same
same for every output
{"line": 1, "id": "r1", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"}}
{"line": 2, "error": {"message": "line 2: error: fact 'ranks.domestic' is 0; allowed: a whole number from 1 to 6"}}
{"line": 3, "error": {"message": "line 3: error: fact 'ranks.domestic' is 7; allowed: a whole number from 1 to 6"}}
{"line": 4, "error": {"message": "line 4: error: fact 'ranks.judgment' is 7; allowed: a whole number from 1 to 6"}}
{"line": 5, "id": "r5", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"}}
{"line": 6, "error": {"message": "line 6: error: fact 'ranks.domestic' is 10; allowed: a whole number from 1 to 6"}}
{"line": 7, "id": "r7", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"}}
{"line": 8, "id": "r8", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"}}
{"line": 9, "id": "r9", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"}}
{"line": 10, "error": {"message": "line 10: error: fact 'ranks.domestic' is -2; allowed: a whole number from 1 to 6"}}
{"line": 11, "error": {"message": "line 11: error: fact 'ranks.domestic' is \"2\"; allowed: a whole number from 1 to 6"}
{"line": 12, "id": "r12", "results": {"total_monthly": {"value": "23:45", "unit": "hours/month", "minutes": "142457/100"
{"line": 13, "error": {"message": "line 13: error: fact 'ranks.domestic' is 23; allowed: a whole number from 1 to 6"}}
{"line": 14, "error": {"message": "line 14:1:117: error: malformed JSON near '\"meal_preparation\":3'"}}
{"line": 15, "id": "r15", "results": {"total_monthly": {"value": "29:45", "unit": "hours/month", "minutes": "178457/100"
{"line": 16, "error": {"message": "line 16:1:177: error: malformed JSON near '2'; the case ends too early: a closing '}'
{"line": 17, "error": {"message": "line 17:1:176: error: malformed JSON near ':'; the case ends too early: a closing '}'
[exit 0]
$ : 'a cell "H:MM" or "HH:MM" (weekly_need) read in place by fast_cells, without the scan for the closing quote; every other form goes on to fast_string and parse_hmm: a leading zero, 59, :60, one minute digit, a letter, three hour digits, an escape, a space, the case ending inside or after the string: the same bytes as --reference (cJSON), an error naming the fact'; cite run rules --cases tests/cli/reader/hhmm.jsonl --query task_weekly 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/hhmm.jsonl --query task_weekly --reference 2>&1) && echo same; cite run rules --cases tests/cli/reader/hhmm.jsonl 2>&1 | cmp - <(cite run rules --cases tests/cli/reader/hhmm.jsonl --reference 2>&1) && echo same for every output; cite run rules --cases tests/cli/reader/hhmm.jsonl --query task_weekly 2>/dev/null | grep -o '^{"line": [0-9]*\|"laundry": {"value": "[^"]*"\|error: [^;]*; allowed\|error: malformed[^;]*' | tr '\n' ' ' | sed 's/{"line"/\n&/g'; echo
same
same for every output

{"line": 1 "laundry": {"value": "1:30" 
{"line": 2 "laundry": {"value": "12:59" 
{"line": 3 "laundry": {"value": "99:59" 
{"line": 4 error: fact 'weekly_need.laundry' is \"1:60\"; allowed 
{"line": 5 error: fact 'weekly_need.laundry' is \"12:60\"; allowed 
{"line": 6 error: fact 'weekly_need.laundry' is \"12:5\"; allowed 
{"line": 7 error: fact 'weekly_need.laundry' is \"12:5x\"; allowed 
{"line": 8 "laundry": {"value": "123:45" 
{"line": 9 error: fact 'weekly_need.laundry' is \"1:3\"; allowed 
{"line": 10 error: fact 'weekly_need.laundry' is \"1:30\\\"\"; allowed 
{"line": 11 "laundry": {"value": "1:30" 
{"line": 12 error: fact 'weekly_need.laundry' is \"12:30 \"; allowed 
{"line": 13 error: fact 'weekly_need.laundry' is \" 1:30\"; allowed 
{"line": 14 "laundry": {"value": "9:59" 
{"line": 15 "laundry": {"value": "0:00" 
{"line": 16 "laundry": {"value": "168:01" 
{"line": 17 error: fact 'weekly_need.laundry' is \"1a:30\"; allowed 
{"line": 18 "laundry": {"value": "1:30" 
{"line": 19 error: malformed JSON near '12:30' 
{"line": 20 error: malformed JSON near '1:30' 
{"line": 21 error: malformed JSON near '\"' 
{"line": 22 error: malformed JSON near '1:3' 
[exit 0]
