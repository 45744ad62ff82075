/*
 * The floor for an XLSX reader built on libzip and libxml2: the shared strings and the first
 * worksheet are inflated in 64 KiB chunks and pushed through libxml2's SAX2 push parser, the
 * same inflate-chunk -> xmlParseChunk shape as renstra's reader, and every cell is kept in one
 * growing array (row, column, type, and a number or a shared-string index). No checks beyond
 * what libxml2 does; it prints the cell and string counts.
 *
 * Usage: xlsx_floor FILE.xlsx   (built by bench/run.py with cc -O2; never committed as a binary)
 */
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

enum { CHUNK = 64 << 10 };

typedef struct {
    unsigned row, column;
    char type; /* 'n' number, 's' shared string, 'b' boolean, 'e' error, 't' other text */
    union { double number; unsigned index; char *text; } value;
} Cell;

typedef struct {
    /* shared strings */
    char **strings;
    size_t string_count, string_capacity;
    /* cells */
    Cell *cells;
    size_t cell_count, cell_capacity;
    /* parse state */
    int in_si, in_t, in_v, in_c;
    Cell current;
    char *text;
    size_t text_length, text_capacity;
} State;

static void append_text(State *s, const xmlChar *bytes, int length) {
    if (s->text_length + length + 1 > s->text_capacity) {
        s->text_capacity = (s->text_length + length + 1) * 2;
        s->text = realloc(s->text, s->text_capacity);
    }
    memcpy(s->text + s->text_length, bytes, length);
    s->text_length += length;
    s->text[s->text_length] = 0;
}

static const xmlChar *attribute(const xmlChar **attributes, int count, const char *name, int *length) {
    for (int i = 0; i < count; i++) {
        const xmlChar **a = attributes + i * 5;
        if (strcmp((const char *)a[0], name) == 0) {
            *length = (int)(a[4] - a[3]);
            return a[3];
        }
    }
    return NULL;
}

static void characters(void *context, const xmlChar *bytes, int length) {
    State *s = context;
    if (s->in_t || s->in_v) append_text(s, bytes, length);
}

/* sharedStrings.xml: one string per <si>, its <t> runs joined. */
static void strings_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                          int namespace_count, const xmlChar **namespaces, int attribute_count,
                          int defaulted, const xmlChar **attributes) {
    State *s = context;
    if (strcmp((const char *)name, "si") == 0) { s->in_si = 1; s->text_length = 0; }
    else if (s->in_si && strcmp((const char *)name, "t") == 0) s->in_t = 1;
}

static void strings_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    State *s = context;
    if (strcmp((const char *)name, "t") == 0) s->in_t = 0;
    else if (strcmp((const char *)name, "si") == 0) {
        if (s->string_count == s->string_capacity) {
            s->string_capacity = s->string_capacity ? s->string_capacity * 2 : 1024;
            s->strings = realloc(s->strings, s->string_capacity * sizeof(char *));
        }
        s->strings[s->string_count++] = strndup(s->text ? s->text : "", s->text_length);
        s->in_si = 0;
    }
}

/* A worksheet: every <c> becomes one Cell. */
static void sheet_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                        int namespace_count, const xmlChar **namespaces, int attribute_count,
                        int defaulted, const xmlChar **attributes) {
    State *s = context;
    if (name[0] == 'c' && name[1] == 0) {
        int length = 0;
        const xmlChar *r = attribute(attributes, attribute_count, "r", &length);
        unsigned column = 0, row = 0;
        for (int i = 0; r && i < length; i++) {
            if (r[i] >= 'A' && r[i] <= 'Z') column = column * 26 + (r[i] - 'A' + 1);
            else if (r[i] >= '0' && r[i] <= '9') row = row * 10 + (r[i] - '0');
        }
        const xmlChar *t = attribute(attributes, attribute_count, "t", &length);
        s->current.row = row;
        s->current.column = column;
        s->current.type = !t ? 'n' : (length == 1 && (t[0] == 's' || t[0] == 'b' || t[0] == 'e')) ? t[0] : 't';
        s->in_c = 1;
        s->text_length = 0;
    } else if (s->in_c && ((name[0] == 'v' && name[1] == 0) || (name[0] == 't' && name[1] == 0))) {
        s->in_v = 1;
    }
}

static void sheet_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    State *s = context;
    if ((name[0] == 'v' || name[0] == 't') && name[1] == 0) s->in_v = 0;
    else if (name[0] == 'c' && name[1] == 0) {
        s->in_c = 0;
        if (s->text_length == 0) return;
        Cell cell = s->current;
        switch (cell.type) {
        case 'n': case 'b': cell.value.number = strtod(s->text, NULL); break;
        case 's': cell.value.index = (unsigned)strtoul(s->text, NULL, 10);
                  if (cell.value.index >= s->string_count) return;
                  break;
        default: cell.value.text = strndup(s->text, s->text_length); break;
        }
        if (s->cell_count == s->cell_capacity) {
            s->cell_capacity = s->cell_capacity ? s->cell_capacity * 2 : 4096;
            s->cells = realloc(s->cells, s->cell_capacity * sizeof(Cell));
        }
        s->cells[s->cell_count++] = cell;
    }
}

static int parse_entry(zip_t *archive, const char *name, xmlSAXHandler *sax, State *state) {
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file) return -1;
    static char buffer[CHUNK];
    xmlParserCtxtPtr context = NULL;
    zip_int64_t count;
    int status = 0;
    while ((count = zip_fread(file, buffer, CHUNK)) > 0) {
        if (!context) {
            context = xmlCreatePushParserCtxt(sax, state, buffer, (int)count, name);
            xmlCtxtUseOptions(context, XML_PARSE_NONET);
            status = xmlParseChunk(context, NULL, 0, 0);
        } else {
            status = xmlParseChunk(context, buffer, (int)count, 0);
        }
        if (status) break;
    }
    if (context) {
        if (!status) status = xmlParseChunk(context, NULL, 0, 1);
        if (!context->wellFormed) status = -1;
        xmlFreeParserCtxt(context);
    }
    zip_fclose(file);
    return count < 0 ? -1 : status;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: xlsx_floor FILE.xlsx\n"); return 64; }
    int error = 0;
    zip_t *archive = zip_open(argv[1], ZIP_RDONLY, &error);
    if (!archive) { fprintf(stderr, "cannot open %s\n", argv[1]); return 2; }
    State state = {0};
    xmlSAXHandler sax = {0};
    sax.initialized = XML_SAX2_MAGIC;
    sax.characters = characters;
    sax.startElementNs = strings_start;
    sax.endElementNs = strings_end;
    if (parse_entry(archive, "xl/sharedStrings.xml", &sax, &state) != 0) {
        fprintf(stderr, "cannot read the shared strings\n");
        return 2;
    }
    sax.startElementNs = sheet_start;
    sax.endElementNs = sheet_end;
    if (parse_entry(archive, "xl/worksheets/sheet1.xml", &sax, &state) != 0) {
        fprintf(stderr, "cannot read the first worksheet\n");
        return 2;
    }
    printf("%zu cells, %zu shared strings\n", state.cell_count, state.string_count);
    zip_close(archive);
    return 0;
}
