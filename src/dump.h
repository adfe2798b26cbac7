/* dump.h: `cite dump`: a rule's compiled form in words, per version and member. */
#ifndef CITE_DUMP_H
#define CITE_DUMP_H

#include "program.h"

/* Appends every version of `rule` (its first version), each member's exceptions in the
 * order they are tried, with their conditions and values as compiled, and with_program, the
 * flat program each member runs (flat.h), instruction by instruction; `a` holds texts. */
void dump_rule(Buf *b, Arena *a, const Program *p, const Decl *rule, bool with_program);

#endif
