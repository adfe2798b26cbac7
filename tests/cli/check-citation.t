$ cite check tests/cli/bad/no-citation.cite
tests/cli/bad/no-citation.cite:4:6: error: rule 'a' has no citation: add cite "..." naming the section of law it encodes
    4 | rule a : number
      |      ^
1 error
[exit 1]
$ cite check tests/cli/bad/seed-citation.cite
tests/cli/bad/seed-citation.cite:5:19: error: citation "seed 004" does not name a section of law (MPP 30-..., W&I Code ..., ACL NN-NN, ACIN I-NN-NN, CFR ...); name a seed document in a comment instead
    5 |   = x        cite "seed 004"
      |                   ^~~~~~~~~~
1 error
[exit 1]
