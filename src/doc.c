/* doc.c: documents as data, and their four writers. */
#include "doc.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

#define TEXT_WIDTH 78

void doc_init(Doc *d, Arena *a)
{
    memset(d, 0, sizeof *d);
    d->arena = a;
}

/* Each block apart, so that a table stays where it is while later blocks are added. */
static DocBlock *add(Doc *d, BlockKind kind)
{
    DocBlock *b = ar_alloc(d->arena, sizeof *b);
    memset(b, 0, sizeof *b);
    b->kind = kind;
    AR_PUSH(d->arena, d->blocks, d->nblocks, b);
    return b;
}

void doc_heading(Doc *d, int level, const char *id, const char *text)
{
    DocBlock *b = add(d, BLOCK_HEADING);
    b->level = level;
    b->id = id;
    b->text = text;
}

void doc_para(Doc *d, const char *text) { add(d, BLOCK_PARA)->text = text; }
void doc_wide(Doc *d, const char *text)
{
    DocBlock *b = add(d, BLOCK_PARA);
    b->text = text;
    b->level = 1;
}

void doc_caution(Doc *d, const char *text) { add(d, BLOCK_CAUTION)->text = text; }
void doc_pre(Doc *d, const char *text) { add(d, BLOCK_PRE)->text = text; }
void doc_break(Doc *d) { add(d, BLOCK_BREAK); }
void doc_columns(Doc *d) { add(d, BLOCK_COLUMNS); }

DocBlock *doc_list(Doc *d) { return add(d, BLOCK_LIST); }

void doc_item(Doc *d, DocBlock *list, const char *text)
{
    AR_PUSH(d->arena, list->items, list->nitems, text);
}

DocBlock *doc_table(Doc *d, int ncols, const char *const *cols)
{
    DocBlock *b = add(d, BLOCK_TABLE);
    b->ncols = ncols;
    b->cols = ar_alloc(d->arena, sizeof(char *) * (size_t)ncols);
    for (int i = 0; i < ncols; i++)
        b->cols[i] = cols[i];
    return b;
}

DocBlock *doc_fields(Doc *d)
{
    DocBlock *b = add(d, BLOCK_FIELDS);
    b->ncols = 2;
    return b;
}

DocCell *doc_row(Doc *d, DocBlock *t)
{
    DocCell *row = ar_alloc(d->arena, sizeof(DocCell) * (size_t)t->ncols);
    for (int i = 0; i < t->ncols; i++)
        row[i].text = "";
    AR_PUSH(d->arena, t->rows, t->nrows, row);
    return row;
}

DocBlock *doc_results(Doc *d)
{
    DocBlock *b = add(d, BLOCK_RESULTS);
    b->ncols = 3;
    return b;
}

void doc_result(Doc *d, DocBlock *results, const char *name, const char *status, const char *value,
                const char *cites)
{
    DocCell *row = doc_row(d, results);
    row[0].text = name;
    row[0].note = status;
    row[1].text = value;
    row[2].text = cites ? cites : "";
}

void doc_data(Doc *d, const char *json) { d->data = json; }

void doc_field(Doc *d, DocBlock *fields, const char *label, const char *value, const char *note)
{
    DocCell *row = doc_row(d, fields);
    row[0].text = label;
    row[1].text = value;
    row[1].note = note;
}

bool doc_format(const char *name, DocFormat *f)
{
    if (!strcmp(name, "text")) *f = DOC_TEXT;
    else if (!strcmp(name, "markdown") || !strcmp(name, "md")) *f = DOC_MARKDOWN;
    else if (!strcmp(name, "html")) *f = DOC_HTML;
    else if (!strcmp(name, "json")) *f = DOC_JSON;
    else return false;
    return true;
}

/* ---- text ---- */

/* Columns a UTF-8 text takes: one per character (the reports use no wide characters). */
static int width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void spaces(Buf *b, int n)
{
    for (int i = 0; i < n; i++)
        buf_puts(b, " ");
}

/* Words of `s` wrapped at `limit` columns, the first line after `first` columns already used,
 * the others indented by `indent`. */
static void wrap_at(Buf *b, const char *s, int first, int indent, int limit)
{
    int col = first;
    bool start = true;
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        size_t n = strcspn(s, " ");
        /* a citation stays whole, unless it is wider than a result line has room for */
        size_t whole = limit > TEXT_WIDTH ? (size_t)(limit - indent) : 120;
        if (*s == '[' && strchr(s, ']') && (size_t)(strchr(s, ']') - s) < whole)
            n = (size_t)(strchr(s, ']') - s) + 1 + strcspn(strchr(s, ']') + 1, " ");   /* a citation stays whole */
        char word[512];
        size_t k = n < sizeof word - 1 ? n : sizeof word - 1;
        memcpy(word, s, k);
        word[k] = '\0';
        int w = width(word);
        if (!start && col + 1 + w > limit) {
            buf_puts(b, "\n");
            spaces(b, indent);
            col = indent;
            start = true;
        }
        if (!start) {
            buf_puts(b, " ");
            col++;
        }
        buf_add(b, s, n);
        col += w;
        start = false;
        s += n;
    }
    buf_puts(b, "\n");
}

static void wrap(Buf *b, const char *s, int first, int indent) { wrap_at(b, s, first, indent, TEXT_WIDTH); }

/* A result a line; wrapped (level 1) within 100 columns: what does not fit goes on lines
 * indented by 4. */
#define RESULT_WIDTH 100

static void text_results(Buf *b, const DocBlock *t)
{
    for (int r = 0; r < t->nrows; r++) {
        const DocCell *row = t->rows[r];
        Buf line;
        buf_init(&line);
        if (row[0].note)
            buf_printf(&line, "%s: %s: %s", row[0].text, row[0].note, row[1].text);
        else
            buf_printf(&line, "%s = %s", row[0].text, row[1].text);
        if (*row[2].text)
            buf_printf(&line, "  %s", row[2].text);
        if (!t->level || width(buf_cstr(&line)) <= RESULT_WIDTH)
            buf_printf(b, "%s\n", buf_cstr(&line));
        else
            wrap_at(b, buf_cstr(&line), 0, 4, RESULT_WIDTH);
        buf_free(&line);
    }
}

static void text_underline(Buf *b, const char *text, const char *ch)
{
    buf_printf(b, "%s\n", text);
    for (int i = width(text); i > 0; i--)
        buf_puts(b, ch);
    buf_puts(b, "\n");
}

/* The bytes of s's next line within `limit` columns, breaking after a space (or, at_semis,
 * only after "; ": citations keep whole); at least one piece, however long. */
static size_t line_piece(const char *s, int limit, bool at_semis)
{
    size_t fit = 0;
    int cols = 0;
    for (size_t i = 0;; i++) {
        bool end = !s[i];
        bool brk = end || (s[i] == ' ' && (!at_semis || (i && s[i - 1] == ';')));
        if (brk) {
            if (cols > limit && fit)
                return fit;
            fit = i;
            if (end || cols >= limit)
                return fit;
        }
        if (!end)
            cols += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
}

/* Writes one line of a cell: its next piece, padded to pad columns (pad < 0: not padded). */
static void cell_line(Buf *b, const char **text, int limit, bool at_semis, int pad)
{
    size_t len = line_piece(*text, limit, at_semis);
    buf_add(b, *text, len);
    int used = 0;
    for (size_t i = 0; i < len; i++)
        used += ((unsigned char)(*text)[i] & 0xC0) != 0x80;
    *text += len;
    while (**text == ' ')
        (*text)++;
    if (pad >= 0)
        spaces(b, pad - used);
}

/* A table within 100 columns: the last column (citations) wraps at "; ", and the first (what
 * is compared) at words when it is so wide that the citations would have fewer than 24
 * columns: it is narrowed to leave them CITE_ROOM. */
#define CITE_ROOM 40

static void text_table(Buf *b, const DocBlock *t)
{
    int w[16] = { 0 };
    int n = t->ncols < 16 ? t->ncols : 16;
    for (int c = 0; c < n; c++) {
        w[c] = width(t->cols[c]);
        for (int r = 0; r < t->nrows; r++)
            if (width(t->rows[r][c].text) > w[c])
                w[c] = width(t->rows[r][c].text);
    }
    int start = 0;
    for (int c = 0; c + 1 < n; c++)
        start += w[c] + 2;
    if (n > 1 && start > 100 - 24) {
        int cap = w[0] - (start - (100 - CITE_ROOM));
        if (cap < 24) cap = 24;
        if (cap < width(t->cols[0])) cap = width(t->cols[0]);
        if (cap < w[0]) {
            start -= w[0] - cap;
            w[0] = cap;
        }
    }
    for (int c = 0; c < n; c++) {
        buf_puts(b, t->cols[c]);
        if (c + 1 < n)
            spaces(b, w[c] - width(t->cols[c]) + 2);
    }
    buf_puts(b, "\n");
    for (int c = 0; c < n; c++) {
        int dashes = c + 1 == n && w[c] > 100 - start && 100 - start >= 24 ? 100 - start : w[c];
        for (int i = 0; i < dashes; i++)
            buf_puts(b, "-");
        if (c + 1 < n)
            buf_puts(b, "  ");
    }
    buf_puts(b, "\n");
    int room = 100 - start < 24 ? 24 : 100 - start;
    for (int r = 0; r < t->nrows; r++) {
        /* the first line has every column; the lines after it what is left of the first and
         * the last */
        const char *first = t->rows[r][0].text, *last = n > 1 ? t->rows[r][n - 1].text : "";
        for (int line = 0; line == 0 || *first || *last; line++) {
            for (int c = 0; c < n; c++) {
                bool is_last = c + 1 == n;
                if (c == 0)
                    cell_line(b, &first, w[0], false, is_last ? -1 : w[0] + 2);
                else if (is_last)
                    cell_line(b, &last, room, true, -1);
                else if (line == 0) {
                    buf_puts(b, t->rows[r][c].text);
                    spaces(b, w[c] - width(t->rows[r][c].text) + 2);
                } else
                    spaces(b, w[c] + 2);
            }
            while (b->len && b->data[b->len - 1] == ' ')
                b->len--;
            buf_puts(b, "\n");
        }
        for (int c = 0; c < n; c++)
            if (t->rows[r][c].note && *t->rows[r][c].note) {
                spaces(b, 4);
                wrap(b, t->rows[r][c].note, 4, 6);
            }
    }
}

/* Labels in a column, values beside them; a label too long for the column stands on a
 * line of its own, its value below it. */
#define LABEL_MAX 24

static void text_fields(Buf *b, const DocBlock *t)
{
    int w = 0;
    for (int r = 0; r < t->nrows; r++)
        if (width(t->rows[r][0].text) > w && width(t->rows[r][0].text) <= LABEL_MAX)
            w = width(t->rows[r][0].text);
    for (int r = 0; r < t->nrows; r++) {
        int lw = width(t->rows[r][0].text);
        if (lw > LABEL_MAX) {
            wrap(b, t->rows[r][0].text, 0, 0);
            b->len--;               /* the colon goes before the line's end */
            buf_puts(b, ":\n");
            spaces(b, w + 2);
        } else {
            buf_printf(b, "%s:", t->rows[r][0].text);
            spaces(b, w - lw + 1);
        }
        wrap(b, t->rows[r][1].text, w + 2, w + 2);
        if (t->rows[r][1].note && *t->rows[r][1].note) {
            spaces(b, w + 4);
            wrap(b, t->rows[r][1].note, w + 4, w + 4);
        }
    }
}

static void write_text(Buf *b, const Doc *d)
{
    for (int i = 0; i < d->nblocks; i++) {
        const DocBlock *k = d->blocks[i];
        switch (k->kind) {
        case BLOCK_HEADING:
            if (i)
                buf_puts(b, "\n");
            if (k->level == 1) text_underline(b, k->text, "=");
            else if (k->level == 2) text_underline(b, k->text, "-");
            else wrap_at(b, k->text, 0, 4, RESULT_WIDTH);     /* a line of its own, within 100 columns */
            break;
        case BLOCK_PARA: wrap_at(b, k->text, 0, 0, k->level ? RESULT_WIDTH : TEXT_WIDTH); break;
        case BLOCK_CAUTION: buf_puts(b, "CAUTION: "); wrap(b, k->text, 9, 0); break;
        case BLOCK_FIELDS: text_fields(b, k); break;
        case BLOCK_TABLE: text_table(b, k); break;
        case BLOCK_RESULTS: text_results(b, k); break;
        case BLOCK_LIST:
            for (int j = 0; j < k->nitems; j++) {
                buf_puts(b, "- ");
                wrap(b, k->items[j], 2, 2);
            }
            break;
        case BLOCK_PRE:
            buf_puts(b, k->text);
            if (b->len && b->data[b->len - 1] != '\n')
                buf_puts(b, "\n");
            break;
        case BLOCK_BREAK: case BLOCK_COLUMNS: break;
        }
    }
}

/* ---- Markdown ---- */

/* Text in a Markdown table cell or line: the characters Markdown would read as markup
 * are escaped. */
static void md_text(Buf *b, const char *s, bool cell)
{
    for (; *s; s++) {
        /* [ ] and > are markup only where a citation never puts them: before "(", at a
         * line's start */
        if (strchr("\\`*_<|", *s) && (cell || *s != '|'))
            buf_puts(b, "\\");
        if (*s == '\n')
            buf_puts(b, cell ? " " : "\n");
        else
            buf_add(b, s, 1);
    }
}

static void md_cell(Buf *b, const DocCell *c)
{
    md_text(b, c->text, true);
    if (c->note && *c->note) {
        buf_puts(b, "<br>*");
        md_text(b, c->note, true);
        buf_puts(b, "*");
    }
}

static void write_markdown(Buf *b, const Doc *d)
{
    for (int i = 0; i < d->nblocks; i++) {
        const DocBlock *k = d->blocks[i];
        if (k->kind == BLOCK_COLUMNS)
            continue;
        if (i && k->kind != BLOCK_BREAK)
            buf_puts(b, "\n");
        switch (k->kind) {
        case BLOCK_HEADING:
            for (int l = 0; l < k->level; l++)
                buf_puts(b, "#");
            buf_puts(b, " ");
            md_text(b, k->text, false);
            buf_puts(b, "\n");
            break;
        case BLOCK_PARA: md_text(b, k->text, false); buf_puts(b, "\n"); break;
        case BLOCK_CAUTION: buf_puts(b, "> **Caution.** "); md_text(b, k->text, false); buf_puts(b, "\n"); break;
        case BLOCK_FIELDS:
            for (int r = 0; r < k->nrows; r++) {
                buf_puts(b, "- **");
                md_text(b, k->rows[r][0].text, true);
                buf_puts(b, ":** ");
                md_text(b, k->rows[r][1].text, true);
                if (k->rows[r][1].note && *k->rows[r][1].note) {
                    buf_puts(b, ". ");
                    md_text(b, k->rows[r][1].note, true);
                }
                buf_puts(b, "\n");
            }
            break;
        case BLOCK_TABLE:
            buf_puts(b, "|");
            for (int c = 0; c < k->ncols; c++) {
                buf_puts(b, " ");
                md_text(b, k->cols[c], true);
                buf_puts(b, " |");
            }
            buf_puts(b, "\n|");
            for (int c = 0; c < k->ncols; c++)
                buf_puts(b, "---|");
            buf_puts(b, "\n");
            for (int r = 0; r < k->nrows; r++) {
                buf_puts(b, "|");
                for (int c = 0; c < k->ncols; c++) {
                    buf_puts(b, " ");
                    md_cell(b, &k->rows[r][c]);
                    buf_puts(b, " |");
                }
                buf_puts(b, "\n");
            }
            break;
        case BLOCK_LIST:
            for (int j = 0; j < k->nitems; j++) {
                buf_puts(b, "- ");
                md_text(b, k->items[j], true);
                buf_puts(b, "\n");
            }
            break;
        case BLOCK_RESULTS:     /* result lines are code-like: kept as they are */
            buf_puts(b, "```text\n");
            text_results(b, k);
            buf_puts(b, "```\n");
            break;
        case BLOCK_PRE:
            buf_puts(b, "```text\n");
            buf_puts(b, k->text);
            if (b->len && b->data[b->len - 1] != '\n')
                buf_puts(b, "\n");
            buf_puts(b, "```\n");
            break;
        case BLOCK_BREAK: buf_puts(b, "\n---\n"); break;
        case BLOCK_COLUMNS: break;
        }
    }
}

/* ---- HTML ---- */

static void html_text(Buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': buf_puts(b, "&amp;"); break;
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default: buf_add(b, s, 1);
        }
    }
}

/* Screen, phone and print in one stylesheet: the summary is set to fit a letter page;
 * the appendix starts on a page of its own. */
static const char html_style[] =
    ":root{--ink:#1a1a1a;--soft:#555;--rule:#c8c8c8;--band:#f3f3f0;--warn:#7a4b00;--warnbg:#fff6e0}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;color:var(--ink);background:#fff;font:15px/1.45 -apple-system,'Segoe UI',"
    "'DejaVu Sans','Liberation Sans',Arial,sans-serif}\n"
    "main{max-width:52rem;margin:0 auto;padding:1rem}\n"
    "h1{font-size:1.45rem;margin:.2rem 0 .4rem}\n"
    "h2{font-size:1.08rem;margin:1.1rem 0 .35rem;padding-bottom:.15rem;border-bottom:1px solid var(--rule)}\n"
    "h3{font-size:1rem;margin:.8rem 0 .3rem}\n"
    "p{margin:.3rem 0}\n"
    "p.caution{margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid var(--warn);background:var(--warnbg);color:var(--warn)}\n"
    "dl.fields{display:grid;grid-template-columns:fit-content(38%) 1fr;gap:.1rem .9rem;margin:.3rem 0}\n"
    "dl.fields dt{font-weight:600}\n"
    "dl.fields.two dt{font-weight:normal}\n"
    "main>dl.fields:first-of-type,dl.fields.two{grid-template-columns:max-content 1fr max-content 1fr}\n"
    "dl.fields.two{grid-template-columns:minmax(0,2fr) minmax(0,1fr) minmax(0,2fr) minmax(0,1fr)}\n"
    "dl.fields dd{margin:0}\n"
    "small{display:block;color:var(--soft);font-size:.85em;line-height:1.3}\n"
    ".table{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
    "table{border-collapse:collapse;width:100%;font-size:.92rem}\n"
    "th,td{text-align:left;vertical-align:top;padding:.2rem .45rem;border-bottom:1px solid var(--rule)}\n"
    "th{background:var(--band);font-weight:600;white-space:nowrap}\n"
    "td.n{white-space:nowrap;font-variant-numeric:tabular-nums}\n"
    "td:last-child,span.c{white-space:nowrap}\n"
    "tr.note td{border-bottom:1px solid var(--rule);padding-top:0;padding-left:1.2rem;white-space:normal}\n"
    "tr:has(+tr.note) td{border-bottom:none}\n"
    "ul{margin:.3rem 0;padding-left:1.2rem}\n"
    "pre{font:11px/1.35 'DejaVu Sans Mono','Liberation Mono',monospace;white-space:pre-wrap;"
    "overflow-wrap:anywhere;background:var(--band);padding:.5rem;margin:.3rem 0}\n"
    "@media (max-width:40rem){body{font-size:14px}main{padding:.6rem}"
    "dl.fields,main>dl.fields:first-of-type,dl.fields.two{grid-template-columns:minmax(6rem,38%) 1fr}"
    "h1{font-size:1.2rem}table{font-size:.85rem}}\n"
    "@page{size:letter;margin:8mm 9mm}\n"
    "@media print{body{font-size:8pt;line-height:1.14}main{max-width:none;padding:0}"
    "h1{font-size:13pt;margin:0 0 2pt}h2{font-size:9.5pt;margin:4pt 0 1.5pt}h3{font-size:9pt;margin:4pt 0 1pt}"
    "p{margin:1.5pt 0}p.caution{padding:2pt 5pt;margin:3pt 0}table{font-size:7.8pt}th,td{padding:.5pt 3pt}tr.note td{padding:0 3pt .5pt 12pt}"
    "ul{margin:1pt 0}dl.fields{margin:1pt 0;gap:0 8pt}small{font-size:6.6pt;line-height:1.1}"
    ".appendix{break-before:page}pre{font-size:6.6pt;line-height:1.2;background:none;padding:0}"
    "tr,li,dl.fields>*{break-inside:avoid}h2,h3{break-after:avoid}"
    ".columns{column-count:2;column-gap:6mm;font-size:7.7pt}"
    ".columns h2:first-child{margin-top:4pt}.columns dl.fields{grid-template-columns:minmax(0,.9fr) minmax(0,1.4fr)}.columns dt{font-weight:600;font-size:7.6pt}.columns dl.fields.two{grid-template-columns:minmax(0,2.4fr) minmax(0,1fr)}"
    ".table{overflow:visible}td:last-child{white-space:normal}}\n";

static bool numeric(const char *s)
{
    return *s && (strchr("0123456789+-", *s) != NULL) && strlen(s) < 24;
}

/* Text in which a bracketed citation list "[MPP 30-757.1(a); ACL 06-34]" never breaks inside
 * a citation (a line may break after a hyphen: "MPP 22-" / "072" is no citation). */
static void html_note(Buf *b, const char *s)
{
    while (*s) {
        const char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
        if (!open || !close) {
            html_text(b, s);
            return;
        }
        char *head = strndup(s, (size_t)(open - s));
        html_text(b, head);
        free(head);
        buf_puts(b, "[");
        const char *c = open + 1;
        while (c < close) {
            const char *sep = strstr(c, "; ");
            const char *end = sep && sep < close ? sep : close;
            char *one = strndup(c, (size_t)(end - c));
            buf_puts(b, "<span class=\"c\">");
            html_text(b, one);
            buf_puts(b, "</span>");
            free(one);
            if (end < close)
                buf_puts(b, "; ");
            c = end < close ? end + 2 : close;
        }
        buf_puts(b, "]");
        s = close + 1;
    }
}

/* A cell of items "a; b; c" (citations) breaks only between items. */
static void html_items(Buf *b, const char *s)
{
    if (!strstr(s, "; ")) {
        html_text(b, s);
        return;
    }
    while (*s) {
        const char *sep = strstr(s, "; ");
        size_t n = sep ? (size_t)(sep - s) : strlen(s);
        char *one = strndup(s, n);
        buf_puts(b, "<span class=\"c\">");
        html_text(b, one);
        buf_puts(b, "</span>");
        free(one);
        s += n;
        if (*s) {
            buf_puts(b, "; ");
            s += 2;
        }
    }
}

static void html_cell(Buf *b, const char *tag, const DocCell *c)
{
    buf_printf(b, "<%s%s>", tag, numeric(c->text) ? " class=\"n\"" : "");
    html_items(b, c->text);
    if (c->note && *c->note) {
        buf_puts(b, "<small>");
        html_note(b, c->note);
        buf_puts(b, "</small>");
    }
    buf_printf(b, "</%s>", tag);
}

static void write_html(Buf *b, const Doc *d)
{
    const char *title = "cite";
    for (int i = 0; i < d->nblocks; i++)
        if (d->blocks[i]->kind == BLOCK_HEADING && d->blocks[i]->level == 1) {
            title = d->blocks[i]->text;
            break;
        }
    buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    html_text(b, title);
    buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", html_style);
    bool in_section = false, in_appendix = false, in_columns = false;
    for (int i = 0; i < d->nblocks; i++) {
        const DocBlock *k = d->blocks[i];
        switch (k->kind) {
        case BLOCK_HEADING:
            if (k->level <= 2 && in_section) {
                buf_puts(b, "</section>\n");
                in_section = false;
            }
            if (k->level == 2) {
                buf_puts(b, "<section");
                if (k->id)
                    buf_printf(b, " id=\"%s\"", k->id);
                buf_puts(b, ">\n");
                in_section = true;
            }
            buf_printf(b, "<h%d>", k->level);
            html_text(b, k->text);
            buf_printf(b, "</h%d>\n", k->level);
            break;
        case BLOCK_PARA: buf_puts(b, "<p>"); html_note(b, k->text); buf_puts(b, "</p>\n"); break;
        case BLOCK_CAUTION: buf_puts(b, "<p class=\"caution\">"); html_text(b, k->text); buf_puts(b, "</p>\n"); break;
        case BLOCK_FIELDS:
            buf_puts(b, k->level == 2 ? "<dl class=\"fields two\">\n" : "<dl class=\"fields\">\n");
            for (int r = 0; r < k->nrows; r++) {
                buf_puts(b, "<dt>");
                html_text(b, k->rows[r][0].text);
                buf_puts(b, "</dt>");
                html_cell(b, "dd", &k->rows[r][1]);
                buf_puts(b, "\n");
            }
            buf_puts(b, "</dl>\n");
            break;
        case BLOCK_TABLE:
            buf_puts(b, "<div class=\"table\"><table>\n<thead><tr>");
            for (int c = 0; c < k->ncols; c++) {
                buf_puts(b, "<th>");
                html_text(b, k->cols[c]);
                buf_puts(b, "</th>");
            }
            buf_puts(b, "</tr></thead>\n<tbody>\n");
            for (int r = 0; r < k->nrows; r++) {
                /* a cell's note (a reason) goes on a line of its own under the row, across
                 * the table: a narrow column would stack it a word a line */
                buf_puts(b, "<tr>");
                for (int c = 0; c < k->ncols; c++) {
                    DocCell plain = { k->rows[r][c].text, NULL };
                    html_cell(b, "td", &plain);
                }
                buf_puts(b, "</tr>\n");
                for (int c = 0; c < k->ncols; c++)
                    if (k->rows[r][c].note && *k->rows[r][c].note) {
                        buf_printf(b, "<tr class=\"note\"><td colspan=\"%d\"><small>", k->ncols);
                        html_note(b, k->rows[r][c].note);
                        buf_puts(b, "</small></td></tr>\n");
                    }
            }
            buf_puts(b, "</tbody></table></div>\n");
            break;
        case BLOCK_LIST:
            buf_puts(b, "<ul>\n");
            for (int j = 0; j < k->nitems; j++) {
                buf_puts(b, "<li>");
                html_text(b, k->items[j]);
                buf_puts(b, "</li>\n");
            }
            buf_puts(b, "</ul>\n");
            break;
        case BLOCK_PRE: buf_puts(b, "<pre>"); html_text(b, k->text); buf_puts(b, "</pre>\n"); break;
        case BLOCK_RESULTS: {
            Buf lines;
            buf_init(&lines);
            text_results(&lines, k);
            buf_puts(b, "<pre>");
            html_text(b, buf_cstr(&lines));
            buf_puts(b, "</pre>\n");
            buf_free(&lines);
            break;
        }
        case BLOCK_COLUMNS:
            if (in_section) {
                buf_puts(b, "</section>\n");
                in_section = false;
            }
            buf_puts(b, "<div class=\"columns\">\n");
            in_columns = true;
            break;
        case BLOCK_BREAK:
            if (in_section) {
                buf_puts(b, "</section>\n");
                in_section = false;
            }
            if (in_columns) {
                buf_puts(b, "</div>\n");
                in_columns = false;
            }
            if (in_appendix)
                buf_puts(b, "</div>\n");
            buf_puts(b, "<div class=\"appendix\">\n");
            in_appendix = true;
            break;
        }
    }
    if (in_section)
        buf_puts(b, "</section>\n");
    if (in_columns)
        buf_puts(b, "</div>\n");
    if (in_appendix)
        buf_puts(b, "</div>\n");
    buf_puts(b, "</main>\n</body>\n</html>\n");
}

/* ---- JSON ---- */

static const char *kind_name(BlockKind k)
{
    static const char *const names[] = { "heading", "paragraph", "caution", "fields", "table", "list",
                                         "preformatted", "page_break", "columns", "results" };
    return names[k];
}

static void json_cell(Buf *b, const DocCell *c)
{
    if (!c->note || !*c->note) {
        json_string(b, c->text);
        return;
    }
    buf_puts(b, "{\"text\": ");
    json_string(b, c->text);
    buf_puts(b, ", \"note\": ");
    json_string(b, c->note);
    buf_puts(b, "}");
}

static void write_json(Buf *b, const Doc *d)
{
    if (d->nblocks == 0 && d->data) {
        buf_printf(b, "{%s}\n", d->data);
        return;
    }
    buf_puts(b, "{");
    if (d->data)
        buf_printf(b, "%s,\n", d->data);
    buf_puts(b, "\"document\": [");
    for (int i = 0; i < d->nblocks; i++) {
        const DocBlock *k = d->blocks[i];
        buf_puts(b, i ? ",\n  " : "\n  ");
        buf_printf(b, "{\"kind\": \"%s\"", kind_name(k->kind));
        if (k->kind == BLOCK_HEADING) {
            buf_printf(b, ", \"level\": %d", k->level);
            if (k->id)
                buf_printf(b, ", \"id\": \"%s\"", k->id);
        }
        if (k->text) {
            buf_puts(b, ", \"text\": ");
            json_string(b, k->text);
        }
        if (k->kind == BLOCK_TABLE) {
            buf_puts(b, ", \"columns\": [");
            for (int c = 0; c < k->ncols; c++) {
                buf_puts(b, c ? ", " : "");
                json_string(b, k->cols[c]);
            }
            buf_puts(b, "]");
        }
        if (k->kind == BLOCK_TABLE || k->kind == BLOCK_FIELDS || k->kind == BLOCK_RESULTS) {
            buf_puts(b, ", \"rows\": [");
            for (int r = 0; r < k->nrows; r++) {
                buf_puts(b, r ? ", [" : "[");
                for (int c = 0; c < k->ncols; c++) {
                    buf_puts(b, c ? ", " : "");
                    json_cell(b, &k->rows[r][c]);
                }
                buf_puts(b, "]");
            }
            buf_puts(b, "]");
        }
        if (k->kind == BLOCK_LIST) {
            buf_puts(b, ", \"items\": [");
            for (int j = 0; j < k->nitems; j++) {
                buf_puts(b, j ? ", " : "");
                json_string(b, k->items[j]);
            }
            buf_puts(b, "]");
        }
        buf_puts(b, "}");
    }
    buf_puts(b, "\n]}\n");
}

void doc_write(Buf *out, const Doc *d, DocFormat f)
{
    switch (f) {
    case DOC_TEXT: write_text(out, d); break;
    case DOC_MARKDOWN: write_markdown(out, d); break;
    case DOC_HTML: write_html(out, d); break;
    case DOC_JSON: write_json(out, d); break;
    }
}
