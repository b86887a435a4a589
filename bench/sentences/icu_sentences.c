/*
 * The ICU baseline for bench-sentences: reads JSON Lines, runs ICU's
 * sentence BreakIterator (en@ss=standard) over each record's "text", and
 * writes one line per record with the sentence spans in code points:
 *   {"sentences":[{"start":0,"end":12},...]}
 * The JSON handling is minimal (the top-level "text" string, all escapes).
 *
 *   cc -O2 -o icu_sentences icu_sentences.c $(pkg-config --cflags --libs icu-i18n icu-uc)
 *   icu_sentences [LOCALE] < in.jsonl > out.jsonl   (LOCALE: en@ss=standard)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the JSON string starting after the opening quote at p into UTF-16. */
static int32_t decode_string(const char *p, const char *end, UChar **buf, int32_t *cap) {
    int32_t n = 0;
    while (p < end && *p != '"') {
        if (n + 4 >= *cap) {
            *cap = *cap * 2 + 64;
            *buf = realloc(*buf, sizeof(UChar) * (size_t)*cap);
        }
        unsigned char c = (unsigned char)*p;
        if (c == '\\') {
            p++;
            switch (*p) {
            case 'n': (*buf)[n++] = '\n'; p++; break;
            case 't': (*buf)[n++] = '\t'; p++; break;
            case 'r': (*buf)[n++] = '\r'; p++; break;
            case 'b': (*buf)[n++] = '\b'; p++; break;
            case 'f': (*buf)[n++] = '\f'; p++; break;
            case 'u': {
                int v = 0;
                for (int k = 1; k <= 4; k++) v = v * 16 + hexval(p[k]);
                (*buf)[n++] = (UChar)v;
                p += 5;
                break;
            }
            default: (*buf)[n++] = (UChar)*p; p++; break;
            }
        } else if (c < 0x80) {
            (*buf)[n++] = c;
            p++;
        } else {
            int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            uint32_t v = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
            for (int k = 1; k < len; k++) v = (v << 6) | ((unsigned char)p[k] & 0x3F);
            if (v >= 0x10000) {
                v -= 0x10000;
                (*buf)[n++] = (UChar)(0xD800 + (v >> 10));
                (*buf)[n++] = (UChar)(0xDC00 + (v & 0x3FF));
            } else {
                (*buf)[n++] = (UChar)v;
            }
            p += len;
        }
    }
    return n;
}

int main(int argc, char **argv) {
    UErrorCode status = U_ZERO_ERROR;
    const char *locale = argc > 1 ? argv[1] : "en@ss=standard";
    UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        fprintf(stderr, "icu_sentences: %s\n", u_errorName(status));
        return 3;
    }
    char *line = NULL;
    size_t linecap = 0;
    ssize_t len;
    int32_t cap = 1 << 16;
    UChar *buf = malloc(sizeof(UChar) * (size_t)cap);
    static char out[1 << 16];
    while ((len = getline(&line, &linecap, stdin)) > 0) {
        const char *key = strstr(line, "\"text\":");
        if (!key) { fputs("{}\n", stdout); continue; }
        const char *p = key + 7;
        while (*p == ' ') p++;
        if (*p != '"') { fputs("{}\n", stdout); continue; }
        int32_t n = decode_string(p + 1, line + len, &buf, &cap);
        ubrk_setText(bi, buf, n, &status);
        if (U_FAILURE(status)) return 3;
        fputs("{\"sentences\":[", stdout);
        /* Code point offsets: count surrogate pairs as one. */
        int32_t prev = ubrk_first(bi), cp = 0, pos = 0, first = 1;
        int32_t start_cp = 0;
        for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
            while (pos < b) {
                if (U16_IS_LEAD(buf[pos]) && pos + 1 < b) pos++;
                pos++;
                cp++;
            }
            /* Trim white space at the end of the segment. */
            int32_t e = b, ecp = cp;
            while (e > prev && (buf[e - 1] == ' ' || buf[e - 1] == '\n' || buf[e - 1] == '\t' || buf[e - 1] == '\r')) { e--; ecp--; }
            if (ecp > start_cp) {
                int m = snprintf(out, sizeof out, "%s{\"start\":%d,\"end\":%d}", first ? "" : ",", start_cp, ecp);
                fwrite(out, 1, (size_t)m, stdout);
                first = 0;
            }
            prev = b;
            start_cp = cp;
        }
        fputs("]}\n", stdout);
    }
    ubrk_close(bi);
    free(buf);
    free(line);
    return 0;
}
