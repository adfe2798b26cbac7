$ : 'a case read from standard input that is a directory'; cite eval rules --facts - < tests/cli
cite: cannot read case -: Is a directory
[exit 2]
$ : 'a read error on standard input (injected EIO) is an error, not an empty case'; cat examples/adult-ipo.json | CITE_FAULT=read:1@pipe: LD_PRELOAD=$CITE_FAULT_LIB cite eval rules --facts - --query program_maximum
cite: cannot read case -: Input/output error
[exit 2]
$ : 'a case on standard input past 16 MiB is refused without reading the rest'; head -c 17000000 /dev/zero | tr '\0' ' ' | cite eval rules --facts -
-: error: the case is larger than 16777216 bytes
[exit 2]
