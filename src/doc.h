/* doc.h: a document as data. What a command prints is built once as a list of blocks
 * (headings, paragraphs, tables, preformatted explanations) and written by one of four
 * writers: plain text, Markdown, HTML (one self-contained page) or JSON. */
#ifndef CITE_DOC_H
#define CITE_DOC_H

#include <stdbool.h>
#include "arena.h"

typedef enum DocFormat { DOC_TEXT, DOC_MARKDOWN, DOC_HTML, DOC_JSON } DocFormat;

typedef enum BlockKind {
    BLOCK_HEADING,      /* text, level 1 (the title) to 3 */
    BLOCK_PARA,         /* text */
    BLOCK_CAUTION,      /* text set apart: the caution of the header */
    BLOCK_FIELDS,       /* rows of two cells: a label and its value (level 2: two pairs a line) */
    BLOCK_TABLE,        /* columns and rows of cells */
    BLOCK_LIST,         /* items */
    BLOCK_PRE,          /* preformatted text (explanation trees), never wrapped */
    BLOCK_BREAK,        /* a printed page starts here (the appendix) */
    BLOCK_COLUMNS,      /* from here to the next page break, two columns in print */
    BLOCK_RESULTS,      /* result lines: name, value, citations (eval's listing) */
} BlockKind;

/* A table cell: its text, and an optional second line in smaller print (a reason). */
typedef struct DocCell { const char *text, *note; } DocCell;

typedef struct DocBlock {
    BlockKind kind;
    int level;
    const char *id;             /* a section's key (headings of level 2): "tasks", "dates" */
    const char *text;
    const char **cols; int ncols;
    DocCell **rows; int nrows;  /* rows[i][0..ncols-1] */
    const char **items; int nitems;
} DocBlock;

typedef struct Doc {
    Arena *arena;               /* everything below lives here */
    DocBlock **blocks; int nblocks;
    const char *data;           /* JSON text of the figures themselves, or NULL (doc_write adds it) */
} Doc;

void doc_init(Doc *d, Arena *a);
void doc_heading(Doc *d, int level, const char *id, const char *text);
void doc_para(Doc *d, const char *text);
/* A paragraph that wraps at 100 columns in text, as result lines do (level 1). */
void doc_wide(Doc *d, const char *text);
void doc_caution(Doc *d, const char *text);
void doc_pre(Doc *d, const char *text);
void doc_break(Doc *d);
void doc_columns(Doc *d);
/* A list or table is begun, then filled row by row (or item by item). */
DocBlock *doc_list(Doc *d);
void doc_item(Doc *d, DocBlock *list, const char *text);
DocBlock *doc_fields(Doc *d);
void doc_field(Doc *d, DocBlock *fields, const char *label, const char *value, const char *note);
DocBlock *doc_table(Doc *d, int ncols, const char *const *cols);
DocCell *doc_row(Doc *d, DocBlock *table);   /* ncols cells, all "" */
/* Result lines, "name = value  [citations]", or "name: status: text  [citations]" when
 * status is given ("not evaluated", "error"); a line each, or, once results->level is 1,
 * wrapped within 100 columns. */
DocBlock *doc_results(Doc *d);
void doc_result(Doc *d, DocBlock *results, const char *name, const char *status, const char *value,
                const char *cites);
/* The figures as JSON members ("results": {...}, ...), written before the blocks; a document
 * of data only is written as that object alone (eval --json, whatif --json). */
void doc_data(Doc *d, const char *json);

/* Writes the document. Text wraps its paragraphs at 78 columns; HTML is one page with its
 * stylesheet (screen, phone and print) inline and nothing fetched from the network. */
void doc_write(Buf *out, const Doc *d, DocFormat f);
/* "text", "markdown" (or "md"), "html", "json"; false for anything else. */
bool doc_format(const char *name, DocFormat *f);

#endif
