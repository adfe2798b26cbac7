# Expressions whose types do not fit: each error names the operator or function, and the types it got.
$ cite check tests/cli/bad/exprs.cite
tests/cli/bad/exprs.cite:16:32: error: cannot compare table Task -> number and table Task, 1..3 -> number
   16 | rule tables_equal : bool "x" = ranks == steps                     cite "MPP 30-757.1"
      |                                ^~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:17:33: error: cannot compare {asked, received} and {asked, received}
   17 | rule records_equal : bool "x" = ps == ps                          cite "MPP 30-757.1"
      |                                 ^~~~~~~~
tests/cli/bad/exprs.cite:18:27: error: 'in Guided' needs a member of Guided's enum, not hours/week
   18 | rule in_enum : bool "x" = need in Guided                          cite "MPP 30-757.1"
      |                           ^~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:19:24: error: 'and' needs true/false on both sides, not bool and number
   19 | rule both : bool "x" = flag and 1                                 cite "MPP 30-757.1"
      |                        ^~~~~~~~~~
tests/cli/bad/exprs.cite:20:28: error: 'in' needs a range of hours/week on its right, not range number
   20 | rule in_range : bool "x" = need in 1 .. 2                         cite "MPP 30-757.1"
      |                            ^~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:21:27: error: cannot multiply text and number
   21 | rule times : number "x" = txt * 2                                 cite "MPP 30-757.1"
      |                           ^~~~~~~
tests/cli/bad/exprs.cite:22:27: error: cannot divide number and text
   22 | rule share : number "x" = 2 / txt                                 cite "MPP 30-757.1"
      |                           ^~~~~~~
tests/cli/bad/exprs.cite:23:29: error: 'domestic' is a member of more than one enum; write Enum.domestic
   23 | rule ambiguous : bool "x" = domestic == domestic                  cite "MPP 30-757.1"
      |                             ^~~~~~~~
tests/cli/bad/exprs.cite:23:41: error: 'domestic' is a member of more than one enum; write Enum.domestic
   23 | rule ambiguous : bool "x" = domestic == domestic                  cite "MPP 30-757.1"
      |                                         ^~~~~~~~
tests/cli/bad/exprs.cite:24:31: error: 'Task' is an enum, not a value (use Task.member, or loop with 'for x in Task')
   24 | rule bare_enum : number "x" = Task                                cite "MPP 30-757.1"
      |                               ^~~~
tests/cli/bad/exprs.cite:25:36: error: max of number and date: the units differ
   25 | rule biggest : number "x" = max(1, when_)                         cite "MPP 30-757.1"
      |                                    ^~~~~
tests/cli/bad/exprs.cite:26:36: error: max needs numbers, durations, days or dates, not text
   26 | rule biggest_text : text "x" = max(txt, txt)                      cite "MPP 30-757.1"
      |                                    ^~~
tests/cli/bad/exprs.cite:27:33: error: clamp(x, range) needs a range of hours/week, not range number
   27 | rule clamped : hours/week "x" = clamp(need, 1 .. 2)               cite "MPP 30-757.1"
      |                                 ^~~~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:28:34: error: clamp(x, low, high) needs one unit: hours/week, number, number
   28 | rule clamped3 : hours/week "x" = clamp(need, 1, 2)                cite "MPP 30-757.1"
      |                                  ^~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:29:30: error: abs needs a number or a duration, not bool
   29 | rule absolute : number "x" = abs(flag)                            cite "MPP 30-757.1"
      |                              ^~~~~~~~~
tests/cli/bad/exprs.cite:30:27: error: prorate(x, people) divides a quantity by a number of people
   30 | rule split : number "x" = prorate(txt, 2)                         cite "MPP 30-757.1"
      |                           ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:31:29: error: has() asks whether a fact or a table entry is given; this is neither
   31 | rule given : bool "x" = has(1 + 2)                                cite "MPP 30-757.1"
      |                             ^~~~~
tests/cli/bad/exprs.cite:32:29: error: low needs a range, not number
   32 | rule low_end : number "x" = low(3)                                cite "MPP 30-757.1"
      |                             ^~~~~~
tests/cli/bad/exprs.cite:33:26: error: 'product(... for x in ...)' is not a function; use sum, count, any, all, min or max
   33 | rule prod : number "x" = product(i for i in items)                cite "MPP 30-757.1"
      |                          ^~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:34:41: error: 'for i in' needs a list or an enum, not number
   34 | rule over : number "x" = sum(1 for i in 3)                        cite "MPP 30-757.1"
      |                                         ^
tests/cli/bad/exprs.cite:35:57: error: 'where' needs a condition, not number
   35 | rule filtered : number "x" = sum(i for i in items where i)        cite "MPP 30-757.1"
      |                                                         ^
tests/cli/bad/exprs.cite:36:35: error: count counts conditions; this is number
   36 | rule counted : number "x" = count(i for i in items)               cite "MPP 30-757.1"
      |                                   ^
tests/cli/bad/exprs.cite:37:32: error: sum adds numbers or durations, not bool
   37 | rule summed : number "x" = sum(flag for i in items)               cite "MPP 30-757.1"
      |                                ^~~~
tests/cli/bad/exprs.cite:38:30: error: max needs numbers, durations, days or dates, not bool
   38 | rule most : number "x" = max(flag for i in items)                 cite "MPP 30-757.1"
      |                              ^~~~
tests/cli/bad/exprs.cite:39:34: error: 'domestic' is a member of more than one enum; write Enum.domestic
   39 | rule indexed : number "x" = need[domestic]                        cite "MPP 30-757.1"
      |                                  ^~~~~~~~
tests/cli/bad/exprs.cite:39:29: error: only tables are indexed with [...]; this is hours/week
   39 | rule indexed : number "x" = need[domestic]                        cite "MPP 30-757.1"
      |                             ^~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:40:32: error: 'domestic' is a member of more than one enum; write Enum.domestic
   40 | rule keys : number "x" = steps[domestic]                          cite "MPP 30-757.1"
      |                                ^~~~~~~~
tests/cli/bad/exprs.cite:40:26: error: table Task, 1..3 -> number takes 2 keys in [...], not 1
   40 | rule keys : number "x" = steps[domestic]                          cite "MPP 30-757.1"
      |                          ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:41:37: error: key 1 of this table is Task, not number
   41 | rule wrong_key : number "x" = ranks[3]                            cite "MPP 30-757.1"
      |                                     ^
tests/cli/bad/exprs.cite:42:26: error: Task has no member 'ironing'
   42 | rule member : Task "x" = Task.ironing                             cite "MPP 30-757.1"
      |                          ^~~~~~~~~~~~
tests/cli/bad/exprs.cite:43:25: error: '.asked': hours/week has no fields
   43 | rule field : bool "x" = need.asked                                cite "MPP 30-757.1"
      |                         ^~~~~~~~~~
tests/cli/bad/exprs.cite:44:26: error: no field 'askd'; did you mean 'asked'?
   44 | rule field2 : bool "x" = ps.askd                                  cite "MPP 30-757.1"
      |                          ^~~~~~~
tests/cli/bad/exprs.cite:45:26: error: no field 'zzzzzz' in {asked, received}
   45 | rule field3 : bool "x" = ps.zzzzzz                                cite "MPP 30-757.1"
      |                          ^~~~~~~~~
tests/cli/bad/exprs.cite:46:27: error: 'not' needs true/false, not number
   46 | rule negated : bool "x" = not 3                                   cite "MPP 30-757.1"
      |                           ^~~~~
tests/cli/bad/exprs.cite:47:25: error: cannot negate bool
   47 | rule minus : bool "x" = -flag                                     cite "MPP 30-757.1"
      |                         ^~~~~
tests/cli/bad/exprs.cite:48:30: error: '/ week' makes a rate of a duration, not of bool
   48 | rule rate : hours/week "x" = flag / week                          cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~
tests/cli/bad/exprs.cite:49:31: error: 'if' needs a condition, not number
   49 | rule chosen : number "x" = if 3 then 1 else 2                     cite "MPP 30-757.1"
      |                               ^
tests/cli/bad/exprs.cite:50:30: error: the two branches differ: number and text
   50 | rule branches : number "x" = if flag then 1 else txt              cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:51:32: error: a range needs one unit at both ends: number and text
   51 | rule span : range number "x" = 1 .. txt                           cite "MPP 30-757.1"
      |                                ^~~~~~~~
tests/cli/bad/exprs.cite:52:24: error: a number of days is a whole number
   52 | rule late : days "x" = 1.5 days                                   cite "MPP 30-757.1"
      |                        ^~~~~~~~
tests/cli/bad/exprs.cite:64:30: error: cannot compare table Task -> number and table Task -> number
   64 | rule same_shape : bool "x" = ranks == ranks2                      cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:65:29: error: cannot compare table Task -> number and table Other -> number
   65 | rule other_key : bool "x" = ranks == by_other                     cite "MPP 30-757.1"
      |                             ^~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:66:30: error: cannot compare table Task, 1..3 -> number and table Task, 1..3 -> number
   66 | rule same_steps : bool "x" = steps == steps2                      cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:67:31: error: cannot compare table Task, 1..3 -> number and table Task, 1..4 -> number
   67 | rule other_steps : bool "x" = steps != steps4                     cite "MPP 30-757.1"
      |                               ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:68:32: error: cannot compare {asked, received} and {asked}
   68 | rule fewer_fields : bool "x" = ps == short_rec                    cite "MPP 30-757.1"
      |                                ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:69:32: error: cannot compare {asked, received} and {asked, sent}
   69 | rule other_fields : bool "x" = ps == other_rec                    cite "MPP 30-757.1"
      |                                ^~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:70:25: error: cannot compare list of number and list of days
   70 | rule lists : bool "x" = items == days_list                        cite "MPP 30-757.1"
      |                         ^~~~~~~~~~~~~~~~~~
tests/cli/bad/exprs.cite:71:30: error: cannot compare list of number and list of number
   71 | rule same_lists : bool "x" = items == items                       cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~~~~
48 errors
[exit 1]
