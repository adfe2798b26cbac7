/* repl.h: `cite repl`: a what-if session over one case (doc/contract.md section 3a). */
#ifndef CITE_REPL_H
#define CITE_REPL_H

#include "program.h"

/* Runs the session on the checked program; reads a case from facts_path if given.
 * Returns the exit status. With standard input not a terminal: no prompt, no escape codes. */
int repl_main(Program *p, const char *facts_path);

#endif
