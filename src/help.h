/* help.h: what cite says about its own commands, made from cli.c's tables of commands and
 * options: the usage, `cite help COMMAND`, and the bash and zsh completion scripts. */
#ifndef CITE_HELP_H
#define CITE_HELP_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"

typedef enum CliKind {
    CLI_KIND_FLAG,      /* --explain: a bool */
    CLI_KIND_VALUE,     /* --facts CASE or --facts=CASE: a string, the last one given */
    CLI_KIND_LIST,      /* --query NAME, repeatable: a list and its count */
    CLI_KIND_PATHS,     /* --reform PATH...: the words after it, up to the next option */
    CLI_KIND_OPTIONAL,  /* --color or --color=WHEN: a string, "" when given alone */
} CliKind;

/* One option of one or more commands. */
typedef struct CliOption {
    const char *commands;   /* the commands that take it, separated by blanks ("*": all) */
    const char *name;       /* --name */
    char letter;            /* -letter too, or 0 */
    const char *value;      /* what it takes, as help shows it ("CASE"), NULL for a flag; "a|b|c"
                               lists the values (completion offers them) */
    CliKind kind;
    size_t at, count_at;    /* where it goes in cli.c's Options; a list's count */
    bool required;          /* the commands cannot run without it */
    const char *help;       /* NULL: another spelling of the row before, not shown */
} CliOption;

struct Options;
typedef struct CliCommand {
    const char *name;
    int (*run)(const struct Options *o);
    const char *args;       /* what it takes besides options: "PATH..." */
    const char *summary;    /* one line */
    const char *example;    /* a command line that works from the source tree */
} CliCommand;

typedef struct CliTable {
    const CliCommand *commands; int ncommands;
    const CliOption *options; int noptions;
} CliTable;

/* Whether `opt` is an option of the command named `command`. */
bool help_takes(const CliOption *opt, const char *command);
/* "eval whatif": the commands that take options named `name`, for messages. */
void help_commands_of(Buf *b, const CliTable *t, const char *name);
/* The synopsis of every command and a line on each: `cite --help`. */
void help_usage(Buf *b, const CliTable *t);
/* One command's synopsis, summary, options and example: `cite help COMMAND`. */
void help_command(Buf *b, const CliTable *t, const CliCommand *c);
/* Completion scripts. They ask `cite completion names results|facts PATH...` for the names of
 * the rules on the command line being completed. */
void help_bash(Buf *b, const CliTable *t);
void help_zsh(Buf *b, const CliTable *t);

#endif
