$ cite eval rules --facts examples/adult-ipo.json --explain | diff examples/adult-ipo.txt - && echo same
same
[exit 0]
$ cite eval rules --facts examples/child-cfco-ps.json --explain | diff examples/child-cfco-ps.txt - && echo same
same
[exit 0]
$ cite eval rules --facts examples/older-paramedical-spouse.json --explain | diff examples/older-paramedical-spouse.txt - && echo same
same
[exit 0]
$ cite eval rules --facts examples/before-assessment.json --explain | diff examples/before-assessment.txt - && echo same
same
[exit 0]
$ cite eval rules --facts examples/adult-ipo-county-notice.json --explain | diff examples/adult-ipo-county-notice.txt - && echo same
same
[exit 0]
$ grep -hE '^ *[a-z_]+(\[[^]]*\])? = ' examples/*.txt | grep -v '^unverified = ' | grep -vc '  \[[A-Z][^]]*\]' || true
55
[exit 0]
