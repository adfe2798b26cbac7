/* packet.c: the hearing packet, section by section (doc/contract.md section 6). Words come from
 * the rules' descriptions and reasons, figures from the results and their traces' steps;
 * nothing here restates a rule. */
#include "packet.h"
#include "program.h"
#include "report.h"
#include "listing.h"

#include <string.h>

typedef struct Packet {
    const Program *p;
    Eval *e;
    Arena *a;
    Doc *doc;
    const Facts *facts;
    Result **cache; int ncached;   /* each apart: the pointers handed out stay valid */
    bool failed;
    bool marked;                /* a figure was marked as resting on an unverified one */
    bool broke;                 /* the summary's page has ended */
    const char **pending; int npending;    /* dates the case lacks a fact for */
    const Decl **outputs; int noutputs;     /* the outputs in eval's order: headlines first */
    CaseKeys keys;              /* what the case speaks of: the appendix leaves out the rest */
} Packet;

/* ---- reading results and facts ---- */

/* The result of a rule of the case interface, evaluated once; NULL when no such rule. */
static const Result *get(Packet *k, const char *name)
{
    const Decl *r = program_find_rule(k->p, name);
    if (!r)
        return NULL;
    for (int i = 0; i < k->ncached; i++)
        if (k->cache[i]->rule == r)
            return k->cache[i];
    Result *res = ar_alloc(k->a, sizeof *res);
    *res = eval_result(k->e, r);
    AR_PUSH(k->a, k->cache, k->ncached, res);
    return res;
}

static const Value *member_value(const Result *r, int member)
{
    if (r->error)
        return NULL;
    return r->rule->u.rule.param_decl ? &r->value.u.agg.items[member] : &r->value;
}

static const TraceNode *member_node(const Result *r, int member)
{
    if (r->error || !r->nodes)
        return NULL;
    int i = r->rule->u.rule.param_decl ? member : 0;
    return i < r->nnodes ? r->nodes[i] : NULL;
}

/* A member of a rule's parameter enum by the root member index, or -1. */
static int local_member(const Result *r, int root)
{
    const Decl *enm = r->rule->u.rule.param_decl;
    return enm ? enm->u.enm.local_index[root] : -1;
}

/* A fact's value (NULL when not given), or one entry of a fact table by root member. */
static const Value *fact(Packet *k, const char *name)
{
    const Decl *in = program_find_input(k->p, name);
    if (!in || k->facts->values[in->index].kind == V_ABSENT)
        return NULL;
    return &k->facts->values[in->index];
}

static const Type *fact_type(Packet *k, const char *name)
{
    const Decl *in = program_find_input(k->p, name);
    return in ? in->u.input.type : NULL;
}

static const Value *fact_entry(Packet *k, const char *name, int root)
{
    const Value *t = fact(k, name);
    const Type *ty = fact_type(k, name);
    if (!t || t->kind != V_TABLE || !ty || ty->kind != T_TABLE || !ty->keys[0].enm)
        return NULL;
    int cell = ty->keys[0].enm->u.enm.local_index[root];
    if (cell < 0 || cell >= t->u.agg.count || t->u.agg.items[cell].kind == V_ABSENT)
        return NULL;
    return &t->u.agg.items[cell];
}

static const Value *field(const Value *rec, const Type *t, const char *name, const Type **ft)
{
    if (!rec || rec->kind != V_RECORD || !t || t->kind != T_RECORD)
        return NULL;
    for (int i = 0; i < t->nfields && i < rec->u.agg.count; i++)
        if (!strcmp(t->fields[i].name, name)) {
            if (ft)
                *ft = t->fields[i].type;
            return rec->u.agg.items[i].kind == V_ABSENT ? NULL : &rec->u.agg.items[i];
        }
    return NULL;
}

/* ---- words ---- */

static const char *words(Packet *k, const Value *v, const Type *t)
{
    if (!v)
        return "not given";
    Buf b;
    buf_init(&b);
    value_words(&b, v, t);
    const char *s = ar_strdup(k->a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

/* "2:30", for a table column that already says "a week". */
static const char *hmm(Packet *k, const Value *v)
{
    if (!v)
        return "";
    char buf[48];
    if (v->kind != V_DURATION)
        return words(k, v, NULL);
    return ar_strdup(k->a, rat_hmm_str(v->u.r, buf, sizeof buf));
}

static const char *cites(Packet *k, const CiteList *l)
{
    Buf b;
    buf_init(&b);
    for (int i = 0; i < l->count; i++)
        buf_printf(&b, "%s%s", i ? "; " : "", l->items[i].text);
    const char *s = ar_strdup(k->a, buf_cstr(&b));
    buf_free(&b);
    return s;
}

static const char *capital(Packet *k, const char *s)
{
    if (!s || !*s)
        return s;
    char *c = ar_strdup(k->a, s);
    if (c[0] >= 'a' && c[0] <= 'z')
        c[0] = (char)(c[0] - 'a' + 'A');
    return c;
}

/* A figure, or "not worked out" (the note says why). */
static const char *figure(Packet *k, const Result *r, int member)
{
    if (r->error)
        return "not worked out";
    return words(k, member_value(r, member), r->rule->u.rule.type);
}

/* Joins what is not NULL or empty with "; ". */
static const char *join(Packet *k, const char *const *parts, int n)
{
    Buf b;
    buf_init(&b);
    for (int i = 0; i < n; i++)
        if (parts[i] && *parts[i])
            buf_printf(&b, "%s%s", b.len ? "; " : "", parts[i]);
    const char *s = b.len ? ar_strdup(k->a, buf_cstr(&b)) : NULL;
    buf_free(&b);
    return s;
}

/* The first reason found in a node or below it (depth first): the definition that decided. */
static const char *reason_below(const TraceNode *n, int depth)
{
    if (!n || depth > 12)
        return NULL;
    if (n->reason)
        return n->reason;
    for (int i = 0; i < n->nchildren; i++) {
        const char *r = reason_below(n->children[i], depth + 1);
        if (r)
            return r;
    }
    return NULL;
}

/* The arithmetic of a node: its steps, else those of the nearest node below that has some
 * (table lookups aside: they are in the table). */
static const char *arithmetic(Packet *k, const TraceNode *n, int depth)
{
    if (!n || depth > 6)
        return NULL;
    Buf b;
    buf_init(&b);
    for (int i = 0; i < n->nsteps; i++)
        if (!strchr(n->steps[i], '['))
            buf_printf(&b, "%s%s", b.len ? "; " : "", n->steps[i]);
    const char *s = b.len ? ar_strdup(k->a, buf_cstr(&b)) : NULL;
    buf_free(&b);
    for (int i = 0; !s && i < n->nchildren; i++)
        s = arithmetic(k, n->children[i], depth + 1);
    return s;
}

/* Why a figure is not worked out: for lack of a fact, the fact, its meaning and the rule that
 * reads it (report_lacks), as every section says it; else the evaluation's message. */
static const char *why_not(Packet *k, const Result *r)
{
    return r->error->missing ? report_lacks(k->a, r) : r->error->message;
}

/* What a figure's note says: its arithmetic where it has some, else the reason in words;
 * then the citation. */
static const char *note(Packet *k, const Result *r, int member, bool with_steps)
{
    if (r->error)
        return why_not(k, r);
    const TraceNode *n = member_node(r, member);
    const char *steps = with_steps ? arithmetic(k, n, 0) : NULL;
    const char *parts[2] = { steps ? steps : n ? n->reason : NULL,
                             n ? ar_printf(k->a, "[%s]", cites(k, &n->cites)) : NULL };
    return join(k, parts, 2);
}

/* A figure, marked " *" when it rests on something not checked against the regulation. */
static const char *marked_figure(Packet *k, const Result *r, int member, const char *text)
{
    const TraceNode *n = member_node(r, member);
    if (!n || n->nmarks == 0)
        return text;
    k->marked = true;
    return ar_printf(k->a, "%s *", text);
}

/* ---- sections ---- */

static void header(Packet *k, const PacketOptions *o)
{
    const Value *id = fact(k, "id");
    const char *name = id && id->kind == V_TEXT ? id->u.s : o->case_name;
    doc_heading(k->doc, 1, "title", ar_printf(k->a, "IHSS hours: what the rules give for %s", name));
    DocBlock *f = doc_fields(k->doc);
    const Value *age = fact(k, "age"), *program = fact(k, "program"), *date = fact(k, "assessment_date");
    if (age)
        doc_field(k->doc, f, "Recipient", ar_printf(k->a, "age %s", words(k, age, NULL)), NULL);
    if (program)
        doc_field(k->doc, f, "Program", ar_printf(k->a, "%s (%s)", words(k, program, fact_type(k, "program")),
                  enum_member_name(fact_type(k, "program")->enm, program->u.member)), NULL);
    doc_field(k->doc, f, "Assessment date", words(k, date, NULL), NULL);
    Value in_force = { .kind = V_DATE };
    in_force.u.d = o->has_date ? o->date : date ? date->u.d : 0;
    doc_field(k->doc, f, "Rules in force on", o->has_date || date ? words(k, &in_force, NULL) : "not given", NULL);
    doc_caution(k->doc, ar_printf(k->a, "This is legal information, not legal advice. It shows what %s's "
                "encoding of the regulations gives for the facts above; check each figure against the section "
                "cited beside it, and ask a legal aid office or the county about your own case.", o->version));
}

static void headline(Packet *k)
{
    doc_heading(k->doc, 2, "headline", "The figures");
    DocBlock *f = doc_fields(k->doc);
    const Result *total = get(k, "total_monthly"), *max = get(k, "program_maximum"),
                 *si = get(k, "severely_impaired"), *assessed = get(k, "assessed_monthly"),
                 *ps = get(k, "protective_supervision_monthly");
    if (total) {
        /* within the maximum: the reason says it with the figures; held to it: the arithmetic
         * too ("300:00 a month > 283:00 a month: yes (17:00 above)") */
        const TraceNode *n = member_node(total, 0);
        const char *why = note(k, total, 0, false);
        if (n && n->condition && n->reason) {
            const char *parts[3] = { arithmetic(k, n, 0), n->reason, ar_printf(k->a, "[%s]", cites(k, &n->cites)) };
            why = join(k, parts, 3);
        }
        doc_field(k->doc, f, "Total a month", marked_figure(k, total, 0, figure(k, total, 0)), why);
    }
    if (assessed)
        doc_field(k->doc, f, "Assessed services", marked_figure(k, assessed, 0, figure(k, assessed, 0)),
                  note(k, assessed, 0, true));
    if (ps && !ps->error && rat_sign(ps->value.u.r) != 0)
        doc_field(k->doc, f, "Protective supervision", marked_figure(k, ps, 0, figure(k, ps, 0)), note(k, ps, 0, true));
    if (max)
        doc_field(k->doc, f, "Program maximum", marked_figure(k, max, 0, figure(k, max, 0)), note(k, max, 0, false));
    if (si) {
        const char *v = si->error ? "not worked out" : si->value.u.b ? "yes" : "no";
        doc_field(k->doc, f, "Severely impaired", marked_figure(k, si, 0, v), note(k, si, 0, true));
    }
    if (k->marked)
        doc_para(k->doc, "* rests on a figure not yet checked against the regulation's text (the last section "
                         "lists them): check it in the section cited before quoting it.");
}

/* The exceptions that decided a task's figure, along its chain of rules for the same task:
 * the topmost (nearest the figure) and the deepest. Base definitions say what happens when
 * nothing special does; the exceptions are what a person checks. */
/* The root member a node is for (tasks are keyed by Task, GuidedTask...: one root), or -1. */
static int node_root(const TraceNode *n)
{
    const Decl *enm = n->rule->u.rule.param_decl;
    return enm && n->key >= 0 ? enm->u.enm.root_index[n->key] : -1;
}

static void deciding(const TraceNode *n, int root, const TraceNode **top, const TraceNode **deep, int depth)
{
    if (!n || depth > 12)
        return;
    /* the task's time, not the rank or the flags it was worked out from */
    const Type *t = n->rule->u.rule.type;
    if (n->applied && n->applied->cond && (node_root(n) == root || !n->rule->u.rule.param_decl) && t
        && t->kind == T_DURATION) {
        if (!*top)
            *top = n;
        *deep = n;
    }
    /* the same task further down, or a figure of one value it is made from (domestic
     * services a month, for the domestic task's week) */
    for (int i = 0; i < n->nchildren; i++) {
        const TraceNode *c = n->children[i];
        const Type *ct = c->rule->u.rule.type;
        if (node_root(c) == root || (!c->rule->u.rule.param_decl && ct && ct->kind == T_DURATION))
            deciding(c, root, top, deep, depth + 1);
    }
}

static void cite_into(Buf *b, const TraceNode *n)
{
    for (int i = 0; i < n->cites.count; i++) {
        const char *c = n->cites.items[i].text;
        if (!strstr(buf_cstr(b), c))
            buf_printf(b, "%s%s", b->len ? "; " : "", c);
    }
}

/* A task's rank: the rule `rank` as the task's figure used it (a task's own rank, else its
 * Functional Index function's), only where `ranked` says there is one; else the fact. */
static const TraceNode *node_of(const TraceNode *n, const char *rule, int root, int depth)
{
    if (!n || depth > 16)
        return NULL;
    if (!strcmp(n->rule->name, rule) && node_root(n) == root)
        return n;
    for (int i = 0; i < n->nchildren; i++) {
        const TraceNode *f = node_of(n->children[i], rule, root, depth + 1);
        if (f)
            return f;
    }
    return NULL;
}

static const Value *task_rank(Packet *k, const Result *weekly, int member, int root)
{
    /* the rank this task's figure was worked out with is in its trace: its own, or its
     * function's (the table `rank` as a whole fails when any task has none) */
    const TraceNode *traced = member_node(weekly, member);
    const TraceNode *n = node_of(traced, "rank", root, 0), *has = node_of(traced, "ranked", root, 0);
    if (has && has->value.kind == V_BOOL && !has->value.u.b)
        return NULL;
    return n ? &n->value : fact_entry(k, "ranks", root);
}

static void tasks(Packet *k)
{
    const Result *weekly = get(k, "task_weekly");
    if (!weekly)
        return;
    if (weekly->error) {
        doc_heading(k->doc, 2, "tasks", "Services, task by task (hours:minutes a week)");
        doc_para(k->doc, ar_printf(k->a, "Not worked out: %s.", why_not(k, weekly)));
        return;
    }
    const Result *lo = get(k, "htg_low"), *hi = get(k, "htg_high"), *outside = get(k, "needs_exception"),
                 *undocumented = get(k, "exception_undocumented");
    const Decl *task = weekly->rule->u.rule.param_decl;
    const Decl *root = task->u.enm.root;
    doc_heading(k->doc, 2, "tasks", "Services, task by task (hours:minutes a week)");
    static const char *const cols[] = { "Service", "Rank", "Guideline", "Need", "Authorized", "Citation" };
    DocBlock *t = doc_table(k->doc, 6, cols);
    int shown = 0;
    for (int i = 0; i < task->u.enm.nmembers; i++) {
        int r = task->u.enm.root_index[i];
        const Value *rank = task_rank(k, weekly, i, r), *need = fact_entry(k, "weekly_need", r);
        const Value *auth = member_value(weekly, i);
        if (!rank && !need && (!auth || rat_sign(auth->u.r) == 0))
            continue;
        shown++;
        DocCell *row = doc_row(k->doc, t);
        Buf b;
        buf_init(&b);
        member_words(&b, root, r);
        row[0].text = capital(k, ar_strdup(k->a, buf_cstr(&b)));
        b.len = 0;
        row[1].text = rank ? words(k, rank, NULL) : "";
        int li = lo ? local_member(lo, r) : -1, hiidx = hi ? local_member(hi, r) : -1;
        const Value *l = li >= 0 ? member_value(lo, li) : NULL, *h = hiidx >= 0 ? member_value(hi, hiidx) : NULL;
        if (l && h && (rat_sign(l->u.r) != 0 || rat_sign(h->u.r) != 0))
            row[2].text = ar_printf(k->a, "%s-%s", hmm(k, l), hmm(k, h));
        row[3].text = hmm(k, need);
        const TraceNode *n = member_node(weekly, i);
        row[4].text = marked_figure(k, weekly, i, hmm(k, auth));
        const TraceNode *top = NULL, *deep = NULL;
        deciding(n, r, &top, &deep, 0);
        /* the topmost decision only when it changed the figure the deeper one gave (proration,
         * a resource deducted); else the deepest says it all */
        if (top && deep && top != deep && rat_eq(top->value.u.r, deep->value.u.r))
            top = deep;
        if (top) cite_into(&b, top);
        if (deep && deep != top) cite_into(&b, deep);
        row[5].text = ar_strdup(k->a, b.len ? buf_cstr(&b) : n ? cites(k, &n->cites) : "");
        buf_free(&b);
        /* the reason in words, and an exception to the guideline with its documentation */
        const char *parts[3] = { top ? top->reason : reason_below(n, 0), deep && deep != top ? deep->reason : NULL, NULL };
        int oi = outside ? local_member(outside, r) : -1;
        const Value *out = oi >= 0 ? member_value(outside, oi) : NULL;
        if (out && out->kind == V_BOOL && out->u.b && !(deep && deep->reason)) {
            const Value *why = fact_entry(k, "exception_reason", r);
            int ui = undocumented ? local_member(undocumented, r) : -1;
            const Value *und = ui >= 0 ? member_value(undocumented, ui) : NULL;
            parts[2] = why ? ar_printf(k->a, "outside the guideline range; documented: %s", why->u.s)
                     : und ? "outside the guideline range, and no reason is documented"
                           : "outside the guideline range";
        }
        row[0].note = join(k, parts, 3);
    }
    if (!shown) {           /* the table becomes the sentence that says so */
        t->kind = BLOCK_PARA;
        t->text = "The case has no task with a rank or a need.";
    }
    const Result *dom = get(k, "domestic_monthly");
    if (dom && !dom->error && rat_sign(dom->value.u.r) != 0)
        doc_para(k->doc, ar_printf(k->a, "Domestic services are a monthly figure: %s (%s).", figure(k, dom, 0),
                                   note(k, dom, 0, true)));
}

/* Paramedical orders one a line, counted or not, from the trace of the rule that sums them. */
static const TraceNode *find_items(const TraceNode *n, int depth)
{
    if (!n || depth > 8)
        return NULL;
    if (n->nitems)
        return n;
    for (int i = 0; i < n->nchildren; i++) {
        const TraceNode *f = find_items(n->children[i], depth + 1);
        if (f)
            return f;
    }
    return NULL;
}

static void paramedical(Packet *k)
{
    const Result *pw = get(k, "paramedical_weekly");
    const Value *list = fact(k, "paramedical");
    const Type *lt = fact_type(k, "paramedical");
    if (!pw || !list || list->kind != V_LIST || list->u.agg.count == 0)
        return;
    doc_heading(k->doc, 2, "paramedical", "Paramedical services (SOC 321)");
    const TraceNode *n = member_node(pw, 0), *withitems = find_items(n, 0);
    DocBlock *l = doc_list(k->doc);
    const Type *et = lt->elem;          /* (the fact is given: its input is declared) */
    for (int i = 0; i < list->u.agg.count; i++) {
        const Value *item = &list->u.agg.items[i];
        const Type *ft = NULL;
        const Value *service = field(item, et, "service", &ft), *minutes = field(item, et, "minutes", NULL),
                    *times = field(item, et, "per_week", NULL), *received = field(item, et, "soc321_received", NULL);
        int counted = -1;
        const Value *added = NULL;
        for (int j = 0; withitems && j < withitems->nitems; j++)
            if (withitems->items[j].index == i) {
                counted = withitems->items[j].counted;
                added = counted ? &withitems->items[j].value : NULL;
            }
        const char *what = service ? words(k, service, NULL) : ar_printf(k->a, "order %d", i + 1);
        const char *arith = minutes && times ? ar_printf(k->a, "%s minutes, %s times a week%s%s", words(k, &(Value){ .kind = V_NUMBER, .u.r = minutes->u.r }, NULL),
                                                         words(k, times, NULL), added ? " = " : "",
                                                         added ? ar_printf(k->a, "%s a week", hmm(k, added)) : "") : "";
        const char *soc = received ? ar_printf(k->a, "SOC 321 received %s", words(k, received, NULL)) : "no SOC 321 received";
        const char *verdict = counted == 1 ? "counted" : counted == 0 ? "NOT COUNTED" : "not looked at";
        doc_item(k->doc, l, ar_printf(k->a, "%s: %s; %s: %s", what, arith, soc, verdict));
    }
    if (pw->error) {        /* the orders were not looked at: say which fact they wait for */
        doc_para(k->doc, ar_printf(k->a, "Paramedical time: not worked out: %s.", why_not(k, pw)));
        return;
    }
    const char *why = n->reason ? n->reason : pw->rule->desc;
    doc_para(k->doc, ar_printf(k->a, "Paramedical time: %s. %s [%s]", figure(k, pw, 0), capital(k, why ? why : ""),
                               cites(k, &n->cites)));
}

static void supervision(Packet *k)
{
    const Value *ps = fact(k, "protective_supervision");
    const Type *pt = fact_type(k, "protective_supervision");
    const Result *eligible = get(k, "protective_supervision_eligible"), *monthly = get(k, "protective_supervision_monthly");
    if (!eligible || !pt || pt->kind != T_RECORD)
        return;
    doc_heading(k->doc, 2, "protective_supervision", "Protective supervision");
    const Value *requested = field(ps, pt, "requested", NULL);
    if (!requested || !requested->u.b) {
        doc_para(k->doc, "Not requested.");
        return;
    }
    /* criterion by criterion, two to a line in print (fields of level 2) */
    DocBlock *t = doc_fields(k->doc);
    t->level = 2;
    for (int i = 0; i < pt->nfields; i++) {
        const Field *fd = &pt->fields[i];
        if (!strcmp(fd->name, "requested") || !strcmp(fd->name, "recipients_in_home"))
            continue;
        /* (ps is a record: its field `requested` was read above) */
        const Value *v = i < ps->u.agg.count && ps->u.agg.items[i].kind != V_ABSENT ? &ps->u.agg.items[i] : NULL;
        DocCell *row = doc_row(k->doc, t);
        row[0].text = capital(k, fd->desc ? fd->desc : fd->name);
        if (v && v->kind == V_LIST) {
            Buf b;
            buf_init(&b);
            for (int j = 0; j < v->u.agg.count; j++) {
                buf_puts(&b, j ? "; " : "");
                value_words(&b, &v->u.agg.items[j], fd->type->elem);
            }
            row[1].text = b.len ? ar_strdup(k->a, buf_cstr(&b)) : "none given";
            buf_free(&b);
        } else {
            row[1].text = v ? words(k, v, fd->type) : fd->type->kind == T_DATE ? "not received" : "not given";
        }
    }
    /* the rule's reason, then the criterion that decided ("no SOC 821 was received by ...") */
    const TraceNode *n = member_node(eligible, 0), *crit = node_of(n, "protective_supervision_criteria_met", -1, 0);
    const char *parts[3] = { reason_below(n, 0), crit ? crit->reason : NULL,
                             n ? ar_printf(k->a, "[%s]", cites(k, &n->cites)) : NULL };
    DocBlock *f = doc_fields(k->doc);
    doc_field(k->doc, f, "Eligible", eligible->error ? "not worked out" : eligible->value.u.b ? "yes" : "no",
              eligible->error ? why_not(k, eligible) : join(k, parts, 3));
    if (monthly)
        doc_field(k->doc, f, "Hours a month", figure(k, monthly, 0), note(k, monthly, 0, true));
}

/* Results that are dates or yes/no about the notice and the hearing, in the order declared. */
static bool is_date_result(const Decl *r)
{
    static const char *const names[] = { "hearing_deadline", "hearing_deadline_good_cause", "aid_paid_pending",
                                         "notice_timely", "position_statement_due", "reassessment_due",
                                         "assessment_overdue_date" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(r->name, names[i]))
            return true;
    return false;
}

static void dates(Packet *k)
{
    DocBlock *f = NULL;
    for (int i = 0; i < k->noutputs; i++) {
        const Decl *r = k->outputs[i];
        if (!is_date_result(r))
            continue;
        if (!f) {
            doc_heading(k->doc, 2, "dates", "Dates");
            f = doc_fields(k->doc);
        }
        const Result *res = get(k, r->name);
        if (res->error && res->error->missing) {
            /* a date the case cannot give yet: one line for all of them, below */
            AR_PUSH(k->a, k->pending, k->npending, ar_printf(k->a, "%s (needs %s)", r->name, res->error->missing));
            continue;
        }
        const char *label = capital(k, r->desc ? r->desc : r->name);
        doc_field(k->doc, f, label, figure(k, res, 0), note(k, res, 0, false));
    }
    if (k->npending) {
        Buf b;
        buf_init(&b);
        for (int i = 0; i < k->npending; i++)
            buf_printf(&b, "%s%s", i ? "; " : "", k->pending[i]);
        doc_para(k->doc, ar_printf(k->a, "Not worked out, for lack of a fact: %s.", buf_cstr(&b)));
        buf_free(&b);
    }
}

/* The comparison with the county's notice: every output named notice_*, its entries that
 * say something (a difference, a true), each with its rule, citation and reason. */
/* A duration that a Notice of Action would show as 0:00: less than half a minute, what the
 * county's rounding to whole minutes leaves between its figure and the rules' exact one. */
static bool shows_no_minute(const Value *v)
{
    Rat whole;
    return v->kind == V_DURATION && rat_round(v->u.r, rat_int(1), ROUND_HALF_UP, &whole) && rat_sign(whole) == 0;
}

static void county(Packet *k)
{
    bool any = false;
    for (int i = 0; i < k->p->nrules && !any; i++)
        any = k->p->rules[i]->u.rule.output && !strncmp(k->p->rules[i]->name, "notice_", 7)
              && !is_date_result(k->p->rules[i]);
    if (!any)
        return;
    doc_heading(k->doc, 2, "county_notice", "Differences from the county's notice");
    const Value *cn = fact(k, "county_notice");
    bool given = false;
    for (int i = 0; cn && cn->kind == V_RECORD && i < cn->u.agg.count; i++) {
        const Value *f = &cn->u.agg.items[i];
        if (f->kind == V_TABLE)
            for (int j = 0; j < f->u.agg.count; j++)
                given |= f->u.agg.items[j].kind != V_ABSENT;
        else
            given |= f->kind != V_ABSENT;
    }
    if (!given) {
        doc_para(k->doc, "No figures of the county's notice were given (county_notice in the case), so there is "
                         "nothing to compare.");
        return;
    }
    static const char *const cols[] = { "What", "Finding", "Citation" };
    DocBlock *t = doc_table(k->doc, 3, cols);
    for (int i = 0; i < k->p->nrules; i++) {
        const Decl *r = k->p->rules[i];
        if (!r->u.rule.output || strncmp(r->name, "notice_", 7) != 0 || is_date_result(r))
            continue;
        const Result *res = get(k, r->name);
        /* a rule not worked out is one row, whatever its members */
        int n = r->u.rule.param_decl && !res->error ? r->u.rule.param_decl->u.enm.nmembers : 1;
        for (int m = 0; m < n; m++) {
            const Value *v = member_value(res, m);      /* NULL: not worked out */
            if (v && ((v->kind == V_BOOL && !v->u.b) || ((v->kind == V_DURATION || v->kind == V_NUMBER) && rat_sign(v->u.r) == 0)
                      || shows_no_minute(v)))
                continue;
            DocCell *row = doc_row(k->doc, t);
            /* a task's entry is named by the task; what the rule means goes in the note */
            const char *what = capital(k, r->desc ? r->desc : r->name);
            if (r->u.rule.param_decl && res->error) {     /* the row is for them all: "Every IHSS service task" */
                const Decl *enm = r->u.rule.param_decl;
                const char *d = enm->desc ? enm->desc : enm->name;
                d += !strncmp(d, "a ", 2) ? 2 : !strncmp(d, "an ", 3) ? 3 : 0;
                what = ar_printf(k->a, "Every %s", d);
            } else if (r->u.rule.param_decl) {
                Buf b;
                buf_init(&b);
                member_words(&b, r->u.rule.param_decl->u.enm.root, r->u.rule.param_decl->u.enm.root_index[m]);
                what = ar_strdup(k->a, buf_cstr(&b));
                buf_free(&b);
            }
            row[0].text = what;
            const TraceNode *node = member_node(res, m);
            row[1].text = res->error ? "not worked out" : marked_figure(k, res, m, words(k, v, r->u.rule.type));
            /* the rule, then why in words (else its arithmetic) */
            const char *why = res->error ? why_not(k, res) : node && node->reason ? node->reason
                            : node ? arithmetic(k, node, 0) : NULL;
            row[0].note = why ? ar_printf(k->a, "%s: %s", r->name, why) : r->name;
            /* not worked out: the citation of the definition that needed the fact */
            row[2].text = cites(k, node ? &node->cites : res->error ? &res->error->cites : &r->u.rule.cites);
        }
    }
    if (t->nrows == 0) {      /* the table becomes the sentence that says so */
        t->kind = BLOCK_PARA;
        t->text = "The rules find no difference from the figures of the county's notice.";
    }
}

/* Every mark the case rests on, those of one reason together: "recalled: verify against
 * MPP 30-757 ...: htg[meal_cleanup, 3], htg[ambulation, 3]" (the marks of the trace of
 * `unverified`, in its order: its value is their texts). */
static void unverified(Packet *k)
{
    const Result *u = get(k, "unverified");     /* NULL when the rules have no marks */
    const TraceNode *un = u ? member_node(u, 0) : NULL;
    if (!un)
        return;
    /* the summary is page 1; the list the page's stars point to begins page 2 */
    doc_break(k->doc);
    k->broke = true;
    doc_heading(k->doc, 2, "unverified", "Figures not yet checked against the regulation");
    int n = un->nmarks;
    if (n == 0) {
        doc_para(k->doc, "None: every figure this case rests on was checked against the text of the law.");
        return;
    }
    doc_para(k->doc, "These figures or readings were not checked against the regulation's text; "
                     "before quoting them, check them in the section cited:");
    DocBlock *l = doc_list(k->doc);
    bool *done = ar_alloc(k->a, sizeof(bool) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (done[i])
            continue;
        const char *reason = un->marks[i]->reason;
        Buf b;
        buf_init(&b);
        for (int j = i; j < n; j++)
            if (!done[j] && !strcmp(un->marks[j]->reason, reason)) {
                done[j] = true;
                buf_printf(&b, "%s%s", b.len ? ", " : "", un->marks[j]->where);
            }
        doc_item(k->doc, l, ar_printf(k->a, "%s: %s", capital(k, reason), buf_cstr(&b)));
        buf_free(&b);
    }
}

static void appendix(Packet *k)
{
    if (!k->broke)
        doc_break(k->doc);
    doc_heading(k->doc, 2, "appendix", "Appendix: how each figure was worked out");
    doc_para(k->doc, "Each figure with the rule that produced it, its citations, the definition that applied "
                     "and why, the facts it read and its arithmetic. A figure used twice is explained the "
                     "first time and marked \"explained above\" after that.");
    /* as eval --explain: headlines first, a figure once, what the case lacks said as such, and
     * the 0:00 entries of tasks the case has no facts for left out */
    OutputView view = { .missing_ok = true, .keys = &k->keys };
    Explainer x;
    report_explainer_init(&x);
    x.view = &view;
    for (int i = 0; i < k->noutputs; i++) {
        const Result *res = get(k, k->outputs[i]->name);
        Buf b;
        buf_init(&b);
        report_output(&b, res, &x, &view);
        doc_pre(k->doc, ar_strdup(k->a, buf_cstr(&b)));
        buf_free(&b);
    }
    report_explainer_free(&x);
}

/* The figures themselves for other tools: {"results": ...} as eval --json gives them. */
static void data(Packet *k)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, "\"results\": {");
    int n = 0;
    for (int i = 0; i < k->p->nrules; i++) {
        const Decl *r = k->p->rules[i];
        if (!r->u.rule.output)
            continue;
        buf_puts(&b, n++ ? ",\n  " : "\n  ");
        json_string(&b, r->name);
        buf_puts(&b, ": ");
        report_value_json(&b, get(k, r->name));
    }
    buf_puts(&b, "\n}");
    k->doc->data = ar_strdup(k->a, buf_cstr(&b));
    buf_free(&b);
}

/* The outputs in eval's order (listing.c): the dates and the appendix follow it. */
static void order_outputs(Packet *k)
{
    const Decl **list = ar_alloc(k->a, sizeof(Decl *) * (size_t)(k->p->nrules + 1));
    int n = 0;
    for (int i = 0; i < k->p->nrules; i++)
        if (k->p->rules[i]->u.rule.output)
            list[n++] = k->p->rules[i];
    int *members = ar_alloc(k->a, sizeof(int) * (size_t)(n + 1)), *order = ar_alloc(k->a, sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        members[i] = -1;
    Listing l = { .rules = list, .members = members, .n = n };
    listing_order(&l, order);
    k->outputs = ar_alloc(k->a, sizeof(Decl *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        k->outputs[i] = list[order[i]];
    k->noutputs = n;
}

bool packet_build(Doc *doc, const Program *p, Eval *e, const Facts *facts, const PacketOptions *o)
{
    Packet k = { .p = p, .e = e, .a = doc->arena, .doc = doc, .facts = facts };
    report_case_keys(&k.keys, k.a, p, facts);
    order_outputs(&k);
    header(&k, o);
    headline(&k);
    tasks(&k);
    doc_columns(doc);       /* what follows the task table, in two columns on paper */
    paramedical(&k);
    supervision(&k);
    dates(&k);
    county(&k);
    unverified(&k);
    data(&k);
    appendix(&k);
    for (int i = 0; i < k.ncached; i++)
        if (k.cache[i]->error && !k.cache[i]->error->missing && k.cache[i]->rule->u.rule.output)
            k.failed = true;
    return !k.failed;
}
