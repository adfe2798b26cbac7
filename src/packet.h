/* packet.h: the hearing packet (`cite report`, doc/contract.md section 6): what the rules give for
 * one case, in the order a family or an advocate reads it, as a document (doc.h). It reads
 * the results of the IHSS case interface by their contract names (total_monthly,
 * task_weekly, ...) and leaves out a part whose rules are not loaded. */
#ifndef CITE_PACKET_H
#define CITE_PACKET_H

#include "doc.h"
#include "eval.h"

typedef struct PacketOptions {
    const char *case_name;      /* the case file, shown when the case has no id */
    const char *version;        /* cite's name and version */
    bool has_date;              /* --date: the rules in force on this date */
    Date date;
} PacketOptions;

/* Builds the packet for the case `e` evaluates (a tracing Eval). Returns false when a
 * result the packet needs could not be evaluated (it is then shown as not evaluated). */
bool packet_build(Doc *doc, const Program *p, Eval *e, const Facts *facts, const PacketOptions *o);

#endif
