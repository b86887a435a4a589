// JSON escapes (RFC 8259), inline for the string scans and the decoder of
// scan.c and utf8.c; scan.h documents art_json_escape_length and
// art_json_escaped_scalar, which these are.
#ifndef ART_ESCAPE_H
#define ART_ESCAPE_H

#include <stddef.h>
#include <stdint.h>

// The value of four hex digits at p, or -1.
static inline long json_hex4(const uint8_t *p, size_t n) {
    if (n < 4) return -1;
    long v = 0;
    for (int k = 0; k < 4; k++) {
        uint8_t c = p[k], digit = (uint8_t)(c - '0'), letter = (uint8_t)((c | 0x20) - 'a');
        if (digit < 10) v = v << 4 | digit;
        else if (letter < 6) v = v << 4 | (letter + 10);
        else return -1;
    }
    return v;
}

__attribute__((always_inline)) static inline size_t json_escape_length(const uint8_t *p, size_t n) {
    if (n < 2) return 0;
    switch (p[1]) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return 2;
    case 'u': {
        long unit = json_hex4(p + 2, n - 2);
        if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return 0;
        if (unit < 0xD800 || unit > 0xDBFF) return 6;
        if (n < 12 || p[6] != '\\' || p[7] != 'u') return 0;
        long low = json_hex4(p + 8, n - 8);
        return low >= 0xDC00 && low <= 0xDFFF ? 12 : 0;
    }
    default:
        return 0;
    }
}

__attribute__((always_inline)) static inline uint32_t json_escaped_scalar(const uint8_t *p, size_t *length) {
    *length = 2;
    switch (p[1]) {
    case 'b': return 0x08;
    case 'f': return 0x0C;
    case 'n': return 0x0A;
    case 'r': return 0x0D;
    case 't': return 0x09;
    case 'u': {
        uint32_t unit = (uint32_t)json_hex4(p + 2, 4);
        *length = 6;
        if (unit < 0xD800 || unit > 0xDBFF) return unit;
        *length = 12;
        return 0x10000 + ((unit - 0xD800) << 10) + ((uint32_t)json_hex4(p + 8, 4) - 0xDC00);
    }
    default: return p[1];  // " \ /
    }
}

#endif
