/* facts.h: reading a case (doc/contract.md section 4) into typed, validated facts, and changing
 * one fact by path for `whatif` and the REPL. Bad facts are reported by name with the value,
 * what is allowed, and the rules that read them. */
#ifndef CITE_FACTS_H
#define CITE_FACTS_H

#include "eval.h"

/* Parses JSON text as a case. Errors are appended to err, one per line, prefixed by `origin`
 * (a file name); returns false if there was any. */
bool facts_parse(const Program *p, Arena *a, const char *origin, const char *text, size_t len,
                 Facts *out, Buf *err);
/* The same for the common shape of a well-formed case, several times faster; false (with
 * nothing reported) when the case needs facts_parse: an error, or a rarer form. */
bool facts_parse_fast(const Program *p, Arena *a, const char *text, size_t len, Facts *out);
/* Reads and parses a case file. */
bool facts_load(const Program *p, Arena *a, const char *path, Facts *out, Buf *err);
/* Reads a case file as facts_load does; when some of its facts are bad, keeps all the
 * others (an object fact member by member) and appends each bad one's message to
 * `refused` (the REPL opens such a case, so that it can be fixed there). False, with the
 * reason in err, only when the file cannot be read or is not a JSON object. */
bool facts_load_lenient(const Program *p, Arena *a, const char *path, Facts *out, Buf *refused, Buf *err);
/* "task_weekly[dressing]" -> "task_weekly.dressing": a table entry is named either way
 * (doc/contract.md 3 v2); the rest of cite reads the dotted form. `name` itself when it has no '['. */
const char *facts_dotted(Arena *a, const char *name);
/* Builds the defaults a case starts from (Program.input_defaults, Type.deflt_items), once,
 * when the rules load: the fast reader copies them instead of building them a case at a time. */
void facts_prepare(Program *p);
/* A case with no facts but the defaults. */
void facts_empty(const Program *p, Arena *a, Facts *out);
/* Applies "path=value" (doc/contract.md 3: --set) to a copy of `in`, written to `out`. */
bool facts_set(const Program *p, Arena *a, const Facts *in, const char *assignment, Facts *out, Buf *err);
/* Reads VALUE text (the --set syntax: JSON, else H:MM, a date or a bare word) as type t;
 * `what` names it in messages. */
bool facts_value(const Program *p, Arena *a, const Type *t, const char *what, const char *text, Value *out, Buf *err);
/* Removes a fact (or a table entry) by path. */
bool facts_unset(const Program *p, Arena *a, const Facts *in, const char *path, Facts *out, Buf *err);
/* The case as JSON in the case format (for saving). */
void facts_to_json(const Program *p, const Facts *f, Buf *out);

#endif
