/* help.c: the usage, per-command help and shell completion scripts, all written from the
 * tables of commands and options in cli.c, so that none of them can fall out of step. */
#include "help.h"

#include <stdio.h>
#include <string.h>

#define WIDTH 100       /* synopsis lines wrap before this column */

bool help_takes(const CliOption *opt, const char *command)
{
    if (!strcmp(opt->commands, "*"))
        return true;
    size_t n = strlen(command);
    for (const char *p = opt->commands; (p = strstr(p, command)) != NULL; p += n)
        if ((p == opt->commands || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
    return false;
}

void help_commands_of(Buf *b, const CliTable *t, const char *name)
{
    int n = 0;
    for (int i = 0; i < t->ncommands; i++)
        for (int j = 0; j < t->noptions; j++) {
            const CliOption *o = &t->options[j];
            if (!strcmp(o->name, name) && strcmp(o->commands, "*") && help_takes(o, t->commands[i].name)) {
                buf_printf(b, "%s%s", n++ ? ", " : "", t->commands[i].name);
                break;
            }
        }
}

/* "--facts CASE", "--color[=auto|always|never]", "--explain" */
static void option_text(char *out, size_t size, const CliOption *o)
{
    if (o->kind == CLI_KIND_OPTIONAL)
        snprintf(out, size, "--%s[=%s]", o->name, o->value);
    else
        snprintf(out, size, "--%s%s%s", o->name, o->value ? " " : "", o->value ? o->value : "");
}

static int name_width(const CliTable *t)
{
    int w = 0;
    for (int i = 0; i < t->ncommands; i++)
        if ((int)strlen(t->commands[i].name) > w)
            w = (int)strlen(t->commands[i].name);
    return w;
}

/* "cite eval   PATH... --facts CASE [--query NAME]... [--explain]": the command's own
 * options, required ones bare, in the table's order; wrapped under its first word. */
static void synopsis(Buf *b, const CliTable *t, const CliCommand *c, const char *lead, int pad)
{
    size_t line = b->len;
    buf_printf(b, "%scite %-*s %s", lead, pad, c->name, c->args);
    int w = (int)strlen(c->name) > pad ? (int)strlen(c->name) : pad;
    int indent = (int)strlen(lead) + 5 + w + 1;     /* under the first word after the name */
    for (int k = 0; k < 2 * t->noptions; k++) {     /* the required options first */
        const CliOption *o = &t->options[k % t->noptions];
        if (!help_takes(o, c->name) || !strcmp(o->commands, "*") || !o->help || o->required != (k < t->noptions))
            continue;
        char text[128], word[160];
        option_text(text, sizeof text, o);
        const char *more = o->kind == CLI_KIND_LIST ? "..." : "";
        if (o->required)
            snprintf(word, sizeof word, "%s%s", text, more);
        else
            snprintf(word, sizeof word, "[%s]%s", text, more);
        if (b->len - line + 1 + strlen(word) > WIDTH) {
            buf_printf(b, "\n%*s", indent, "");
            line = b->len - (size_t)indent;
        } else {
            buf_puts(b, " ");
        }
        buf_puts(b, word);
    }
    buf_puts(b, "\n");
}

void help_usage(Buf *b, const CliTable *t)
{
    int pad = name_width(t);
    for (int i = 0; i < t->ncommands; i++)
        synopsis(b, t, &t->commands[i], i ? "       " : "usage: ", pad);
    buf_puts(b, "\n");
    for (int i = 0; i < t->ncommands; i++)
        buf_printf(b, "  %-*s  %s\n", pad, t->commands[i].name, t->commands[i].summary);
    buf_puts(b, "\nEvery command takes");
    for (int i = 0, n = 0; i < t->noptions; i++) {
        const CliOption *o = &t->options[i];
        char text[128];
        if (strcmp(o->commands, "*") || !o->help)
            continue;
        option_text(text, sizeof text, o);
        buf_printf(b, "%s%s", n++ ? " and " : " ", text);
    }
    buf_puts(b, ".\ncite help COMMAND (or cite COMMAND --help) shows a command's options and an example,\n"
                "cite -V (--version) the version. PATH is a .cite file or a directory searched for them.\n"
                "Exit status: 0 success, 1 a check or evaluation failure, 2 bad usage or unreadable\n"
                "input. See cite(1).\n");
}

void help_command(Buf *b, const CliTable *t, const CliCommand *c)
{
    synopsis(b, t, c, "usage: ", 0);
    buf_printf(b, "\n%c%s.\n", c->summary[0] >= 'a' && c->summary[0] <= 'z' ? c->summary[0] - 'a' + 'A' : c->summary[0],
               c->summary + 1);
    buf_puts(b, "\noptions:\n");
    for (int i = 0; i < t->noptions; i++) {
        const CliOption *o = &t->options[i];
        if (!help_takes(o, c->name) || !o->help)
            continue;
        char left[160], text[128], letter[8] = "";
        if (o->letter)
            snprintf(letter, sizeof letter, "-%c, ", o->letter);
        option_text(text, sizeof text, o);
        snprintf(left, sizeof left, "%s%s", letter, text);
        buf_printf(b, "  %-29s %s%s\n", left, o->help, o->required ? " (required)" : "");
    }
    if (!strncmp(c->args, "PATH", 4))
        buf_puts(b, "\nPATH is a .cite file or a directory searched for them.\n");
    buf_printf(b, "\nexample:\n  %s\n", c->example);
}

/* ---- completion ---- */

/* How the value of an option is completed: words (from "a|b|c"), names of results or
 * facts, file names, or nothing (a number, a date: typed by the user). */
typedef enum ValueCompletion { VC_FILES, VC_WORDS, VC_RESULTS, VC_FACTS, VC_NONE } ValueCompletion;

static ValueCompletion value_completion(const CliOption *o)
{
    if (!o->value)
        return VC_NONE;
    if (strchr(o->value, '|'))
        return VC_WORDS;
    if (!strcmp(o->value, "NAME=VALUE"))
        return VC_FACTS;
    if (!strcmp(o->value, "NAME"))
        return VC_RESULTS;
    if (!strncmp(o->value, "CASE", 4) || !strncmp(o->value, "FILE", 4) || !strncmp(o->value, "PATH", 4))
        return VC_FILES;
    return VC_NONE;
}

/* "human|tap|junit" -> "human tap junit" */
static void words_of(Buf *b, const char *value)
{
    for (const char *p = value; *p; p++)
        buf_printf(b, "%c", *p == '|' ? ' ' : *p);
}

static void command_names(Buf *b, const CliTable *t)
{
    for (int i = 0; i < t->ncommands; i++)
        buf_printf(b, "%s%s", i ? " " : "", t->commands[i].name);
}

void help_bash(Buf *b, const CliTable *t)
{
    buf_puts(b, "# bash completion for cite, written by `cite completion bash` from cite's own tables of\n"
                "# commands and options. Install: save it as cite in a directory of bash-completion\n"
                "# (make install does: $(datadir)/bash-completion/completions/cite), or source it.\n"
                "\n"
                "# The names of the results or facts ($1) of the rules on the command line (its PATHs).\n"
                "_cite_names()\n{\n"
                "    local w paths=()\n"
                "    for w in \"${COMP_WORDS[@]:2}\"; do\n"
                "        [[ $w != -* && -e $w ]] && paths+=(\"$w\")\n"
                "    done\n"
                "    \"${COMP_WORDS[0]}\" completion names \"$1\" \"${paths[@]}\" 2>/dev/null\n"
                "}\n\n"
                "_cite()\n{\n"
                "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=${COMP_WORDS[1]}\n"
                "    COMPREPLY=()\n"
                "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
                "        COMPREPLY=($(compgen -W \"");
    command_names(b, t);
    buf_puts(b, " -h --help -V --version\" -- \"$cur\"))\n"
                "        return\n"
                "    fi\n"
                "    case $cmd:$prev in\n");
    for (int i = 0; i < t->noptions; i++) {
        const CliOption *o = &t->options[i];
        ValueCompletion vc = value_completion(o);
        if (!o->value || !o->help || o->kind == CLI_KIND_OPTIONAL)
            continue;       /* --color=WHEN is one word: its value is not the next one */
        buf_puts(b, "    ");
        if (!strcmp(o->commands, "*")) {
            buf_printf(b, "*:--%s", o->name);
        } else {
            int n = 0;
            for (int c = 0; c < t->ncommands; c++)
                if (help_takes(o, t->commands[c].name))
                    buf_printf(b, "%s%s:--%s", n++ ? " | " : "", t->commands[c].name, o->name);
        }
        buf_puts(b, ")\n");
        switch (vc) {
        case VC_WORDS:
            buf_puts(b, "        COMPREPLY=($(compgen -W \"");
            words_of(b, o->value);
            buf_puts(b, "\" -- \"$cur\")) ;;\n");
            break;
        case VC_RESULTS:
            buf_puts(b, "        COMPREPLY=($(compgen -W \"$(_cite_names results)\" -- \"$cur\")) ;;\n");
            break;
        case VC_FACTS:
            buf_puts(b, "        compopt -o nospace 2>/dev/null\n"
                        "        COMPREPLY=($(compgen -S = -W \"$(_cite_names facts)\" -- \"$cur\")) ;;\n");
            break;
        case VC_FILES:
            buf_puts(b, "        COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n");
            break;
        case VC_NONE:
            buf_puts(b, "        ;;\n");
            break;
        }
    }
    buf_puts(b, "    *)\n"
                "        if [[ $cur == -* ]]; then\n"
                "            local opts=\n"
                "            case $cmd in\n");
    for (int c = 0; c < t->ncommands; c++) {
        buf_printf(b, "            %s) opts=\"", t->commands[c].name);
        int n = 0;
        for (int i = 0; i < t->noptions; i++)
            if (help_takes(&t->options[i], t->commands[c].name) && t->options[i].help) {
                const CliOption *o = &t->options[i];
                if (o->letter)
                    buf_printf(b, "%s-%c", n++ ? " " : "", o->letter);
                buf_printf(b, "%s--%s", n++ ? " " : "", o->name);
            }
        buf_puts(b, "\" ;;\n");
    }
    buf_puts(b, "            esac\n"
                "            COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
                "        elif [ \"$cmd\" = help ]; then\n"
                "            COMPREPLY=($(compgen -W \"");
    command_names(b, t);
    buf_puts(b, "\" -- \"$cur\"))\n"
                "        elif [ \"$cmd\" = completion ]; then\n"
                "            COMPREPLY=($(compgen -W \"bash zsh\" -- \"$cur\"))\n"
                "        else\n"
                "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                "        fi ;;\n"
                "    esac\n"
                "}\n"
                "complete -o filenames -o bashdefault -F _cite cite\n");
}

/* Text within single quotes in zsh; in an _arguments spec (`spec`) [ ] : and \ are escaped
 * too, while a description for _describe is taken as it is after its name's colon. */
static void zsh_quoted(Buf *b, const char *s, bool spec)
{
    for (; *s; s++) {
        if (*s == '\'') buf_puts(b, "'\\''");
        else if (spec && (*s == ']' || *s == ':' || *s == '\\' || *s == '[')) buf_printf(b, "\\%c", *s);
        else buf_printf(b, "%c", *s);
    }
}

void help_zsh(Buf *b, const CliTable *t)
{
    buf_puts(b, "#compdef cite\n"
                "# zsh completion for cite, written by `cite completion zsh` from cite's own tables of\n"
                "# commands and options. Install: save it as _cite in a directory of $fpath\n"
                "# (make install does: $(datadir)/zsh/site-functions/_cite).\n"
                "\n"
                "# The names of the results or facts ($1) of the rules on the command line (its PATHs,\n"
                "# the words that name files); the other arguments go to compadd.\n"
                "_cite_names() {\n"
                "  local kind=$1 w; shift\n"
                "  local -a paths names\n"
                "  for w in ${words[2,-1]}; do\n"
                "    [[ $w != -* && -e $w ]] && paths+=($w)\n"
                "  done\n"
                "  names=(${(f)\"$(${cite_command:-cite} completion names $kind $paths 2>/dev/null)\"})\n"
                "  compadd \"$@\" -a names\n"
                "}\n\n"
                "_cite() {\n"
                "  local -a commands args\n"
                "  local cite_command=$words[1]     # for _cite_names, after words is shifted\n"
                "  commands=(\n");
    for (int c = 0; c < t->ncommands; c++) {
        buf_printf(b, "    '%s:", t->commands[c].name);
        zsh_quoted(b, t->commands[c].summary, false);
        buf_puts(b, "'\n");
    }
    buf_puts(b, "  )\n"
                "  if (( CURRENT == 2 )); then\n"
                "    _describe -t commands 'cite command' commands\n"
                "    _arguments '(- *)'{-h,--help}'[the commands]' '(- *)'{-V,--version}'[the version]'\n"
                "    return\n"
                "  fi\n"
                "  local cmd=$words[2]\n"
                "  case $cmd in\n");
    for (int c = 0; c < t->ncommands; c++) {
        buf_printf(b, "    %s)\n      args=(\n", t->commands[c].name);
        for (int i = 0; i < t->noptions; i++) {
            const CliOption *o = &t->options[i];
            if (!help_takes(o, t->commands[c].name) || !o->help)
                continue;
            buf_puts(b, "        ");
            bool many = o->kind == CLI_KIND_LIST;
            if (o->letter)
                buf_printf(b, "'(- *)'{-%c,--%s}'[", o->letter, o->name);
            else
                buf_printf(b, "'%s--%s%s[", many ? "*" : "", o->name, o->kind == CLI_KIND_OPTIONAL ? "=-" : "");
            zsh_quoted(b, o->help, true);
            buf_puts(b, "]");
            if (o->value && o->kind != CLI_KIND_PATHS) {
                buf_puts(b, ":");
                zsh_quoted(b, o->value, true);
                buf_puts(b, ":");
                switch (value_completion(o)) {
                case VC_WORDS: buf_puts(b, "("); words_of(b, o->value); buf_puts(b, ")"); break;
                case VC_RESULTS: buf_puts(b, "{_cite_names results}"); break;
                case VC_FACTS: buf_puts(b, "{_cite_names facts -S =}"); break;
                case VC_FILES: buf_puts(b, "_files"); break;
                case VC_NONE: buf_puts(b, " "); break;
                }
            }
            buf_puts(b, "'\n");
        }
        if (!strcmp(t->commands[c].name, "help")) {
            buf_puts(b, "        ':command:(");
            command_names(b, t);
            buf_puts(b, ")'\n");
        } else if (!strcmp(t->commands[c].name, "completion"))
            buf_puts(b, "        ':shell:(bash zsh)'\n");
        else
            buf_puts(b, "        '*:file:_files'\n");
        buf_puts(b, "      ) ;;\n");
    }
    buf_puts(b, "  esac\n"
                "  shift words\n"
                "  (( CURRENT-- ))\n"
                "  _arguments -s : $args\n"
                "}\n\n"
                "_cite \"$@\"\n");
}
