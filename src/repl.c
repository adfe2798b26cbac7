/* repl.c: the what-if REPL. The rules are loaded and checked once; each command evaluates
 * the current case afresh in its own arena (evaluation is fast; the case is small). */
#include "config.h"
#include "repl.h"
#include "facts.h"
#include "report.h"
#include "files.h"
#include "whatif.h"

#include <errno.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <readline/history.h>
#include <readline/readline.h>

#include "limit.h"

typedef struct Session {
    Program *p;
    Arena case_arena;           /* every version of the case, kept for :undo */
    Facts facts;
    Facts undo[MAX_UNDO];
    int nundo;
    bool dirty;                 /* differs from the case as last loaded or saved */
    bool save_failed;           /* the last :save failed: with changes unsaved, exit status 2 */
    Facts saved;                /* the case as last loaded or saved */
    bool quit_warned;
    bool has_date;
    Date date;                  /* :asof */
    bool tty;
    const char *source;         /* the case file, for messages */
} Session;

/* The commands, and how many letters mean each: ":wh" is :whatif (the one used most),
 * :why is typed in full. Tab completes a prefix that means one command to that command. */
static const struct { const char *name; int abbrev; } commands[] = {
    { ":why", 4 }, { ":whatif", 3 }, { ":facts", 2 }, { ":unset", 3 }, { ":undo", 3 }, { ":asof", 2 },
    { ":load", 2 }, { ":save", 2 }, { ":help", 2 }, { ":quit", 2 }, { NULL, 0 },
};

/* The command a typed prefix means ("" when none or several), by the table above. */
static const char *command_for(const char *typed)
{
    size_t n = strlen(typed);
    const char *found = "";
    for (int i = 0; commands[i].name; i++)
        if (!strcmp(commands[i].name, typed))
            return commands[i].name;
    int matches = 0;
    for (int i = 0; commands[i].name; i++)
        if (n >= (size_t)commands[i].abbrev && !strncmp(commands[i].name, typed, n)) {
            found = commands[i].name;
            matches++;
        }
    return matches == 1 ? found : "";
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
}

static bool same_facts(const Facts *a, const Facts *b)
{
    for (int i = 0; i < a->count; i++)
        if (!value_equal(&a->values[i], &b->values[i]))
            return false;
    return true;
}

static void changed(Session *s)
{
    s->dirty = !same_facts(&s->facts, &s->saved);
    s->quit_warned = false;
}

static void push_undo(Session *s)
{
    if (s->nundo == MAX_UNDO) {
        memmove(s->undo, s->undo + 1, sizeof(Facts) * (MAX_UNDO - 1));
        s->nundo--;
    }
    s->undo[s->nundo++] = s->facts;
}

static void print_error(const char *text)
{
    /* facts messages start with an origin; in the REPL the origin is the line just typed */
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *line = p;
        if (n > 7 && strncmp(line, "--set: ", 7) == 0) { line += 7; n -= 7; }
        printf("%.*s\n", (int)n, line);
        p = nl ? nl + 1 : p + n;
    }
}

/* Splits "task_weekly.dressing" into the rule and its member. Its callers have looked for a
 * fact of that name first, so a name that is no rule is unknown. */
static const Decl *find_result(Session *s, const char *name, int *member)
{
    *member = -1;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", name);
    char *dot = strchr(buf, '.');
    if (dot) *dot = '\0';
    const Decl *r = program_find_rule(s->p, buf);
    if (!r) {
        const char *best = buf[0] ? program_suggest(s->p, buf) : NULL;
        if (best && strcmp(best, buf) != 0)
            say("error: unknown name '%s'; did you mean '%s'?\n", buf, best);
        else
            say("error: unknown name '%s' (:help lists what you can type)\n", buf[0] ? buf : name);
        return NULL;
    }
    if (dot) {
        if (!r->u.rule.param_decl || (*member = enum_find_member(r->u.rule.param_decl, dot + 1)) < 0) {
            say("error: '%s' has no member '%s'\n", r->name, dot + 1);
            return NULL;
        }
    }
    return r;
}

/* Prints an answer; on a terminal, one longer than the screen goes through $PAGER (less by
 * default; PAGER= empty turns it off). In a pipe, never. */
static void emit(Session *s, const Buf *out)
{
    const char *text = out->data ? out->data : "";
    int lines = 0;
    for (size_t i = 0; i < out->len; i++)
        lines += text[i] == '\n';
    struct winsize ws;
    int rows = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 ? ws.ws_row : 24;
    const char *pager = getenv("PAGER");
    if (!pager)
        pager = "less -FRX";    /* -F: leave at once when it fits; -R: colours; -X: keep the screen */
    FILE *pipe = NULL;
    if (s->tty && lines >= rows - 1 && *pager) {
        fflush(stdout);
        pipe = popen(pager, "w");
    }
    if (!pipe) {
        fwrite(text, 1, out->len, stdout);
        return;
    }
    /* the pager owns the terminal until it ends: Ctrl-C and an early quit are its business */
    struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_pipe;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGPIPE, &ign, &old_pipe);
    fwrite(text, 1, out->len, pipe);
    pclose(pipe);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGPIPE, &old_pipe, NULL);
}

static void eval_for(Session *s, Eval *e, Arena *a, const Facts *f)
{
    eval_init(e, s->p, a, f, true);
    if (s->has_date)
        eval_set_date(e, &s->date);
}

static void show_result(Session *s, const Decl *r, int member, bool why)
{
    Arena a;
    ar_init(&a);
    Eval e;
    eval_for(s, &e, &a, &s->facts);
    Result res = eval_result(&e, r);
    Buf out;
    buf_init(&out);
    if (res.error) {
        report_human(&out, &res, NULL);
    } else if (member >= 0) {
        Explainer x;
        report_explainer_init(&x);
        report_member(&out, &res, member, why ? &x : NULL, '[');
        report_explainer_free(&x);
    } else if (why) {
        /* as eval --explain: the entries of tasks the case has nothing for share a line */
        CaseKeys keys;
        report_case_keys(&keys, &a, s->p, &s->facts);
        OutputView view = { .keys = &keys };
        Explainer x;
        report_explainer_init(&x);
        x.view = &view;
        report_explain(&out, &res, &x);
        report_explainer_free(&x);
    } else {
        report_human(&out, &res, NULL);
    }
    emit(s, &out);
    buf_free(&out);
    ar_free(&a);
}

static void show_fact(Session *s, const char *path)
{
    path = facts_dotted(&s->case_arena, path);
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    char *dot = strchr(buf, '.');
    if (dot) *dot = '\0';
    const Decl *in = program_find_input(s->p, buf);
    if (!in) {
        say("error: '%s' is not a fact\n", path);
        return;
    }
    Value v = s->facts.values[in->index];
    const Type *t = in->u.input.type;
    const char *field_desc = NULL;
    const char *shown = path;   /* a table's entry as the rules write it: weekly_need[dressing] */
    if (dot && t->kind == T_TABLE) {
        shown = ar_printf(&s->case_arena, "%s[%s]", in->name, dot + 1);
        int k = enum_find_member(t->keys[0].enm, dot + 1);
        if (k < 0) {
            say("error: '%s' is not a key of %s\n", dot + 1, in->name);
            return;
        }
        v = v.u.agg.items ? v.u.agg.items[k] : value_absent();
        t = t->elem;
    } else if (dot && t->kind == T_RECORD) {
        int k = -1;
        for (int i = 0; i < t->nfields; i++)
            if (strcmp(t->fields[i].name, dot + 1) == 0)
                k = i;
        if (k < 0) {
            say("error: %s has no field '%s'\n", in->name, dot + 1);
            return;
        }
        v = v.kind == V_RECORD ? v.u.agg.items[k] : value_absent();
        field_desc = t->fields[k].desc;
        t = t->fields[k].type;
    }
    Buf out;
    buf_init(&out);
    const char *desc = field_desc ? field_desc : in->desc ? in->desc : in->name;
    if (v.kind == V_TABLE && t->kind == T_TABLE && t->keys[0].enm && t->elem->kind != T_TABLE
        && t->elem->kind != T_RECORD && t->elem->kind != T_LIST) {
        /* a table of facts as it is typed: one NAME.KEY = VALUE line per entry given */
        int given = 0;
        for (int k = 0; k < v.u.agg.count && v.u.agg.items; k++) {
            if (v.u.agg.items[k].kind == V_ABSENT)
                continue;
            buf_printf(&out, "%s[%s] = ", path, enum_member_name(t->keys[0].enm, k));
            value_format(&out, &v.u.agg.items[k], t->elem);
            buf_puts(&out, "\n");
            given++;
        }
        if (!given)
            buf_printf(&out, "%s = (no entry given)\n", path);
        buf_printf(&out, "  (fact: %s)\n", desc);
    } else {
        buf_printf(&out, "%s = ", shown);
        if (v.kind == V_TABLE || v.kind == V_LIST || v.kind == V_RECORD)
            value_json(&out, &v, t);
        else
            value_format(&out, &v, t);
        buf_printf(&out, "  (fact: %s)\n", desc);
    }
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&out);
}

/* :why FACT: a fact is not computed; say so, show it, and name the rules that read it. */
static bool why_fact(Session *s, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    char *dot = strchr(buf, '.');
    if (dot) *dot = '\0';
    const Decl *in = program_find_input(s->p, buf);
    if (!in)
        return false;
    show_fact(s, path);
    Buf out;
    buf_init(&out);
    buf_printf(&out, "  a fact of the case, not a result: it is not computed, so it has no explanation; ");
    if (in->u.input.nreaders == 0) {
        buf_puts(&out, "no rule reads it\n");
    } else {
        buf_puts(&out, "read by ");
        for (int i = 0; i < in->u.input.nreaders; i++)
            buf_printf(&out, "%s%s", i ? ", " : "", in->u.input.readers[i]->name);
        buf_puts(&out, " (:why one of them)\n");
    }
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&out);
    return true;
}

static bool set_fact(Session *s, const char *assignment, bool quiet)
{
    Buf err;
    buf_init(&err);
    Facts next;
    bool ok = facts_set(s->p, &s->case_arena, &s->facts, assignment, &next, &err);
    if (!ok) {
        print_error(buf_cstr(&err));
    } else {
        push_undo(s);
        s->facts = next;
        changed(s);
        if (!quiet) {
            char path[256];
            const char *eq = strchr(assignment, '=');
            snprintf(path, sizeof path, "%.*s", (int)(eq - assignment), assignment);
            for (size_t n = strlen(path); n && path[n - 1] == ' '; n--)
                path[n - 1] = '\0';
            show_fact(s, path[0] == ' ' ? path + strspn(path, " ") : path);
        }
    }
    buf_free(&err);
    return ok;
}

/* The facts of :whatif NAME=VALUE ..., applied to a copy of the case into *changed; says
 * what is wrong and returns false when an assignment is refused or there is none. */
static bool whatif_read(Session *s, char *args, Facts *changed)
{
    *changed = s->facts;
    Buf err;
    buf_init(&err);
    int nsets = 0;
    /* split on blanks outside double quotes, then join "NAME = VALUE" written with spaces */
    char **words = ar_alloc(&s->case_arena, sizeof(char *) * (strlen(args) + 1));
    int nwords = 0;
    for (char *p = args; *p;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        char *start = p;
        bool quoted = false;
        while (*p && (quoted || (*p != ' ' && *p != '\t'))) {
            if (*p == '"') quoted = !quoted;
            p++;
        }
        words[nwords++] = ar_strndup(&s->case_arena, start, (size_t)(p - start));
    }
    char **assigns = ar_alloc(&s->case_arena, sizeof(char *) * (size_t)(nwords + 1));
    int nassigns = 0;
    for (int w = 0; w < nwords; w++) {
        char *a = words[w];
        while (w + 1 < nwords && (a[strlen(a) - 1] == '=' || words[w + 1][0] == '='))
            a = ar_printf(&s->case_arena, "%s%s", a, words[++w]);
        assigns[nassigns++] = a;
    }
    for (int w = 0; w < nassigns; w++) {
        char *a = assigns[w];
        if (!facts_set(s->p, &s->case_arena, changed, a, changed, &err)) {
            print_error(buf_cstr(&err));
            buf_free(&err);
            return false;
        }
        nsets++;
    }
    buf_free(&err);
    if (!nsets) {
        say("error: :whatif needs NAME=VALUE (for example :whatif ranks.bathing_grooming=4)\n");
        return false;
    }
    return true;
}

/* The rules a changed figure changed through: the nodes below it in the new trace whose
 * value differs from the baseline's, at most 8, depth first. */
static void whatif_through(Buf *out, Arena *a, const Eval *before, const TraceNode *root)
{
    const TraceNode *stack[512];
    int top = 0, shown = 0;
    const TraceNode **seen = NULL;
    int nseen = 0;
    if (root)
        for (int c = 0; c < root->nchildren && top < 512; c++)
            stack[top++] = root->children[c];
    while (top > 0 && shown < 8) {
        const TraceNode *t = stack[--top];
        bool dup = false;
        for (int k = 0; k < nseen; k++)
            dup |= seen[k] == t;
        if (dup)
            continue;
        AR_PUSH(a, seen, nseen, t);
        const Memo *old = &before->memo[t->rule->index][t->key < 0 ? 0 : t->key];
        if (old->state != MEMO_DONE || value_equal(&old->value, &t->value))
            continue;
        buf_printf(out, "  through %s", t->rule->name);
        if (t->key >= 0)
            buf_printf(out, "[%s]", enum_member_name(t->rule->u.rule.param_decl, t->key));
        buf_puts(out, ": ");
        value_format(out, &old->value, t->rule->u.rule.type);
        buf_puts(out, " -> ");
        value_format(out, &t->value, t->rule->u.rule.type);
        buf_puts(out, "  [");
        for (int c = 0; c < t->cites.count; c++)
            buf_printf(out, "%s%s", c ? "; " : "", t->cites.items[c].text);
        buf_puts(out, "]\n");
        shown++;
        for (int c = t->nchildren - 1; c >= 0 && top < 512; c--)
            stack[top++] = t->children[c];
    }
}

/* Every result that changes, old -> new, with the rules it changed through. */
static void whatif(Session *s, char *args)
{
    Facts changed;
    if (!whatif_read(s, args, &changed))
        return;
    Arena a;
    ar_init(&a);
    Eval before, after;
    eval_for(s, &before, &a, &s->facts);
    eval_for(s, &after, &a, &changed);
    Buf out;
    buf_init(&out);
    int nchanged = 0;
    for (int i = 0; i < s->p->nrules; i++) {
        const Decl *r = s->p->rules[i];
        if (!r->u.rule.output)
            continue;
        Result o = eval_result(&before, r), n = eval_result(&after, r);
        if (whatif_same(&o, &n))
            continue;
        if (r->u.rule.marks_output && !o.error && !n.error) {
            whatif_marks(&out, "", &o.value, &n.value);
            nchanged++;
            continue;
        }
        WhatifChange *ch;
        int nch = whatif_changes(&a, &o, &n, &ch);
        for (int k = 0; k < nch; k++) {
            int m = ch[k].member;
            nchanged++;
            buf_puts(&out, r->name);
            if (m >= 0)
                buf_printf(&out, "[%s]", enum_member_name(r->u.rule.param_decl, m));
            buf_puts(&out, ": ");
            if (o.error) buf_printf(&out, "error (%s)", o.error->message);
            else value_format(&out, ch[k].old, r->u.rule.type);
            buf_puts(&out, " -> ");
            if (n.error) { buf_printf(&out, "error (%s)\n", n.error->message); continue; }
            value_format(&out, ch[k].new_, r->u.rule.type);
            if (ch[k].has_difference) {
                buf_puts(&out, " (");
                report_signed(&out, &ch[k].difference, r->u.rule.type);
                buf_puts(&out, ")");
            }
            buf_printf(&out, "  %s\n", report_cites(&a, &n, m < 0 ? 0 : m));
            whatif_through(&out, &a, &before, n.nodes ? n.nodes[m < 0 ? 0 : m] : NULL);
        }
    }
    if (!nchanged)
        buf_puts(&out, "nothing changes\n");
    buf_puts(&out, "(the case itself is unchanged; set a fact with NAME = VALUE)\n");
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&out);
    ar_free(&a);
}

static void save_case(Session *s, const char *path)
{
    if (!*path) {
        say("error: :save needs a file name\n");
        return;
    }
    Buf b;
    buf_init(&b);
    facts_to_json(s->p, &s->facts, &b);
    /* write then rename, so a failed save never destroys the previous file */
    const char *why;
    bool ok = files_replace(&s->case_arena, path, b.data ? b.data : "", b.len, &why);
    if (!ok) {
        say("error: cannot save to %s: %s\n", path, why);
        s->save_failed = true;
    } else {
        s->save_failed = false;
        say("saved the case to %s\n", path);
        s->saved = s->facts;
        s->dirty = false;
    }
    buf_free(&b);
}

/* The facts of a case file that were left out, and how to put them back. */
static void report_refused(const char *path, const char *messages)
{
    int n = 0;
    for (const char *p = messages; (p = strstr(p, "error: ")) != NULL; p += 7)
        n++;
    say("%s: %d fact%s refused; the rest of the case is loaded. Set %s again (NAME = VALUE):\n", path, n,
        n == 1 ? " was" : "s were", n == 1 ? "it" : "them");
    print_error(messages);
}

static void load_case(Session *s, const char *path)
{
    if (!*path) {
        say("error: :load needs a file name\n");
        return;
    }
    Buf err, refused;
    buf_init(&err);
    buf_init(&refused);
    Facts f;
    if (!facts_load_lenient(s->p, &s->case_arena, path, &f, &refused, &err)) {
        /* the session's messages start "error:", like every other mistake typed here */
        const char *msg = buf_cstr(&err);
        if (!strncmp(msg, "cite: ", 6)) {
            printf("error: ");
            msg += 6;
        }
        print_error(msg);
    } else {
        push_undo(s);
        s->facts = f;
        s->saved = f;
        s->dirty = false;
        say("loaded %s\n", path);
        if (refused.len)
            report_refused(path, buf_cstr(&refused));
    }
    buf_free(&err);
    buf_free(&refused);
}

static const char help_text[] =
    "NAME                     a result with its citation, or a fact\n"
    "NAME = VALUE             set a fact (ranks.bathing_grooming = 4, weekly_need.dressing = 1:30)\n"
    ":why NAME                how a result was found, with every citation\n"
    ":whatif NAME=VALUE ...   what would change (the case itself stays)\n"
    ":facts                   the current case        :unset NAME   remove a fact\n"
    ":undo                    take back the last change to the case\n"
    ":asof YYYY-MM-DD         use the rules in force on that date (:asof alone: the case's date)\n"
    ":load FILE  :save FILE   read or write the case (JSON)\n"
    ":help  :quit             this text; leave (Ctrl-D leaves too, Ctrl-C cancels a line)\n";

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* Returns false when the session should end. */
static bool run_line(Session *s, char *line)
{
    line = trim(line);
    if (!*line || (line[0] == '-' && line[1] == '-'))
        return true;
    if (line[0] == ':') {
        char *arg = line + strcspn(line, " \t");
        if (*arg) *arg++ = '\0';
        arg = trim(arg);
        const char *full = command_for(line);
        if (*full)
            line = (char *)full;    /* only compared below, never written */
        if (!strcmp(line, ":quit") || !strcmp(line, ":q")) {
            if (s->dirty && !s->quit_warned) {
                say("the case has unsaved changes: :save FILE keeps them; :quit again leaves without saving\n");
                s->quit_warned = true;
                return true;
            }
            return false;
        }
        if (!strcmp(line, ":help")) { fputs(help_text, stdout); return true; }
        if (!strcmp(line, ":why")) {
            int member;
            if (!*arg) { say("error: :why needs a result name\n"); return true; }
            arg = (char *)facts_dotted(&s->case_arena, arg);     /* task_weekly[dressing] too */
            if (why_fact(s, arg)) return true;
            const Decl *r = find_result(s, arg, &member);
            if (r) show_result(s, r, member, true);
            return true;
        }
        if (!strcmp(line, ":whatif")) { whatif(s, arg); return true; }
        if (!strcmp(line, ":facts")) {
            Buf b;
            buf_init(&b);
            facts_to_json(s->p, &s->facts, &b);
            emit(s, &b);
            buf_free(&b);
            return true;
        }
        if (!strcmp(line, ":unset")) {
            Buf err;
            buf_init(&err);
            Facts next;
            if (!*arg) say("error: :unset needs a fact name\n");
            else if (!facts_unset(s->p, &s->case_arena, &s->facts, arg, &next, &err)) print_error(buf_cstr(&err));
            else { push_undo(s); s->facts = next; changed(s); say("%s removed\n", arg); }
            buf_free(&err);
            return true;
        }
        if (!strcmp(line, ":undo")) {
            if (!s->nundo) say("nothing to undo\n");
            else { s->facts = s->undo[--s->nundo]; changed(s); say("undone\n"); }
            return true;
        }
        if (!strcmp(line, ":asof")) {
            if (!*arg) { s->has_date = false; say("rules in force on the case's assessment date\n"); }
            else if (!date_parse(arg, strlen(arg), &s->date)) say("error: '%s' is not a date YYYY-MM-DD\n", arg);
            else { s->has_date = true; say("rules in force on %s\n", arg); }
            return true;
        }
        if (!strcmp(line, ":save")) { save_case(s, arg); return true; }
        if (!strcmp(line, ":load")) { load_case(s, arg); return true; }
        /* a prefix of several (":un" is :undo and :unset): name them */
        Buf which;
        buf_init(&which);
        int nwhich = 0;
        for (int i = 0; commands[i].name; i++)
            if (strlen(line) > 1 && !strncmp(commands[i].name, line, strlen(line)))
                buf_printf(&which, "%s%s", nwhich++ ? " or " : "", commands[i].name);
        if (nwhich > 1) {
            say("error: '%s' could be %s; type more of it\n", line, buf_cstr(&which));
            buf_free(&which);
            return true;
        }
        buf_free(&which);
        const char *best = NULL;
        for (int i = 0; commands[i].name; i++)
            if (diag_is_close(line, commands[i].name))
                best = commands[i].name;
        if (best) say("error: unknown command '%s'; did you mean '%s'?\n", line, best);
        else say("error: unknown command '%s' (:help lists them)\n", line);
        return true;
    }
    if (strchr(line, '=')) {
        set_fact(s, line, false);
        return true;
    }
    line = (char *)facts_dotted(&s->case_arena, line);    /* task_weekly[dressing] too */
    /* "quit", "exit", "help" typed as in a shell (unless the rules have such a name) */
    if (!program_find(s->p, line) && (!strcmp(line, "quit") || !strcmp(line, "exit") || !strcmp(line, "help"))) {
        say("(commands start with ':'; taking '%s' as :%s)\n", line, strcmp(line, "help") ? "quit" : "help");
        char cmd[8];
        snprintf(cmd, sizeof cmd, ":%s", strcmp(line, "help") ? "quit" : "help");
        return run_line(s, cmd);
    }
    char name[256];
    snprintf(name, sizeof name, "%s", line);
    char *dot = strchr(name, '.');
    if (dot) *dot = '\0';
    if (program_find_input(s->p, name)) {
        show_fact(s, line);
        return true;
    }
    int member;
    const Decl *r = find_result(s, line, &member);
    if (r)
        show_result(s, r, member, false);
    return true;
}

/* ---- readline: completion and Ctrl-C ---- */

/* readline's callbacks take no context argument, so completion reads the program from here;
 * it is set once in repl_main and only read after. */
static const Program *completion_program;

static char *complete_name(const char *text, int state)
{
    static int list, index, member;
    const Program *p = completion_program;
    if (!state) { list = 0; index = 0; member = 0; }
    size_t len = strlen(text);
    const char *dot = strchr(text, '.');
    if (dot) {
        /* ranks.ba<TAB>: keys of a table fact or members of a rule with a parameter */
        char head[256];
        snprintf(head, sizeof head, "%.*s", (int)(dot - text), text);
        const Decl *d = program_find(p, head);
        const Decl *keys = NULL;
        const Type *t = NULL;
        if (d && d->kind == D_INPUT) {
            t = d->u.input.type;
            if (t->kind == T_TABLE) keys = t->keys[0].enm;
        } else if (d && d->kind == D_RULE) {
            keys = d->u.rule.param_decl;
        }
        if (keys) {
            while (member < enum_size(keys)) {
                const char *m = enum_member_name(keys, member++);
                if (strncmp(m, dot + 1, strlen(dot + 1)) == 0)
                    return strdup(ar_printf((Arena *)&p->arena, "%s.%s", head, m));
            }
        } else if (t && t->kind == T_RECORD) {
            while (member < t->nfields) {
                const char *m = t->fields[member++].name;
                if (strncmp(m, dot + 1, strlen(dot + 1)) == 0)
                    return strdup(ar_printf((Arena *)&p->arena, "%s.%s", head, m));
            }
        }
        return NULL;
    }
    if (text[0] == ':') {
        const char *one = command_for(text);
        if (*one)
            return index++ ? NULL : strdup(one);
        while (commands[index].name)
            if (strncmp(commands[index++].name, text, len) == 0)
                return strdup(commands[index - 1].name);
        return NULL;
    }
    for (; list < 3; list++, index = 0) {
        Decl **arr = list == 0 ? p->inputs : list == 1 ? p->rules : p->enums;
        int n = list == 0 ? p->ninputs : list == 1 ? p->nrules : p->nenums;
        while (index < n) {
            const Decl *d = arr[index++];
            if (list < 2 && strncmp(d->name, text, len) == 0)
                return strdup(d->name);
            if (list == 2 && !d->u.enm.parent_name)
                for (int m = 0; m < enum_size(d); m++)
                    if (strncmp(enum_member_name(d, m), text, len) == 0 && member++ == 0) {
                        index--;
                        return strdup(enum_member_name(d, m));
                    }
            member = 0;
        }
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)end;
    /* after :load and :save, file names (readline's own completion, with its / and quoting) */
    const char *line = rl_line_buffer + strspn(rl_line_buffer, " \t");
    size_t word = strcspn(line, " \t");
    if (start > (int)(line - rl_line_buffer) + (int)word && line[0] == ':') {
        char cmd[16];
        snprintf(cmd, sizeof cmd, "%.*s", (int)(word < 15 ? word : 15), line);
        const char *full = command_for(cmd);
        if (!strcmp(full, ":load") || !strcmp(full, ":save")) {
            rl_attempted_completion_over = 0;
            return NULL;    /* NULL: readline falls back to file names */
        }
    }
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_name);
}

/* Ctrl-C: the handler only notes it (readline's functions are not async-signal-safe);
 * readline calls on_signal_event from its read loop, which ends the line being typed, and
 * read_logical drops it with the continuation lines before it. A signal handler has no
 * context argument, so the note is the one flag here. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

static int on_signal_event(void)
{
    if (interrupted) {
        rl_replace_line("", 0);
        rl_done = 1;
    }
    return 0;
}

static const char *history_path(Arena *a)
{
    const char *env = getenv("CITE_HISTORY");
    if (env && *env)
        return env;
    const char *home = getenv("HOME");
    return home ? ar_printf(a, "%s/.cite_history", home) : NULL;
}

/* One logical line: physical lines ending in '\' continue it. NULL at end of input. */
static char *read_logical(Session *s, Buf *acc)
{
    acc->len = 0;
    size_t total = 0;           /* the bytes of the logical line, kept or not */
    for (;;) {
        char *line = NULL;
        if (s->tty) {
            line = readline(acc->len ? "... " : "cite> ");
            if (interrupted) {
                /* cancelled: this line and the lines it continued; the case is kept */
                interrupted = 0;
                free(line);
                if (write(STDOUT_FILENO, "\n", 1) < 0) { /* the prompt follows anyway */ }
                acc->len = 0;
                total = 0;
                continue;
            }
        } else {
            size_t cap = 0;
            ssize_t n = getline(&line, &cap, stdin);
            if (n < 0) { free(line); line = NULL; }
            else if (n && line[n - 1] == '\n') line[n - 1] = '\0';
        }
        if (!line && total <= acc->len)
            return acc->len ? (char *)buf_cstr(acc) : NULL;
        size_t n = line ? strlen(line) : 0;
        bool more = n && line[n - 1] == '\\';
        if (more) line[n - 1] = ' ';
        total += n;
        if (total < MAX_LINE)
            buf_add(acc, line, n);
        free(line);
        if (!more || !line) {
            if (total >= MAX_LINE) {
                /* not run in part: the whole command is refused, and said so */
                say("error: the line is %zu bytes long; the limit is %u; nothing of it was run\n", total, MAX_LINE);
                acc->len = 0;
            }
            return (char *)buf_cstr(acc);
        }
    }
}

int repl_main(Program *p, const char *facts_path)
{
    Session s = { .p = p, .tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) };
    ar_init(&s.case_arena);
    Buf refused;
    buf_init(&refused);
    if (facts_path) {
        Buf err;
        buf_init(&err);
        /* a case with a bad value opens without it, so that it can be fixed here */
        if (!facts_load_lenient(p, &s.case_arena, facts_path, &s.facts, &refused, &err)) {
            fputs(buf_cstr(&err), stderr);
            buf_free(&err);
            buf_free(&refused);
            ar_free(&s.case_arena);
            return 2;
        }
        buf_free(&err);
    } else {
        facts_empty(p, &s.case_arena, &s.facts);
    }
    s.saved = s.facts;
    const char *hist = NULL;
    if (s.tty) {
        completion_program = p;
        rl_readline_name = "cite";
        rl_attempted_completion_function = complete;
        rl_completer_word_break_characters = " \t=";
        hist = history_path(&s.case_arena);
        if (hist)
            read_history(hist);
        struct sigaction sa = { .sa_handler = on_sigint };
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
        rl_signal_event_hook = on_signal_event;
        say("cite repl: %d rules loaded%s%s. :help lists the commands.\n", p->nrules,
            facts_path ? "; case " : "", facts_path ? facts_path : "");
    }
    if (refused.len)
        report_refused(facts_path, buf_cstr(&refused));
    buf_free(&refused);
    Buf acc;
    buf_init(&acc);
    for (;;) {
        char *line = read_logical(&s, &acc);
        if (!line) {
            if (s.dirty && s.tty && !s.quit_warned) {
                say("\nthe case has unsaved changes: :save FILE keeps them; Ctrl-D again leaves without saving\n");
                s.quit_warned = true;
                clearerr(stdin);
                continue;
            }
            if (s.dirty && !s.tty)
                say("the case had unsaved changes\n");
            break;
        }
        if (s.tty && *trim(line)) {
            add_history(line);
            /* appended at once, so a session that is killed keeps what was typed */
            if (hist && append_history(1, hist) != 0)
                write_history(hist);
        }
        if (!run_line(&s, line))
            break;
        fflush(stdout);
    }
    if (hist)
        history_truncate_file(hist, 2000);
    buf_free(&acc);
    ar_free(&s.case_arena);
    /* changes a :save failed to keep: a script (or its caller) must be able to tell */
    return s.save_failed && s.dirty ? 2 : 0;
}
