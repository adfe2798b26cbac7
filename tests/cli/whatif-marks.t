$ printf ':whatif ranks.bathing_grooming=2\n' | cite repl rules --facts examples/adult-ipo.json | grep -A2 '^unverified'
unverified: 10 -> 10 marks
  + htg[bathing_grooming, 2]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  - htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set ranks.bathing_grooming=2 | grep -A2 '^  unverified: 10'
  unverified: 10 -> 10 marks
    + htg[bathing_grooming, 2]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
    - htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
[exit 0]
