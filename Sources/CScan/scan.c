#include "scan.h"
#include "escape.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The JSON scanner's slow path, and its string scan without AVX2 (utf8.c).
size_t art_scan_string_body(const uint8_t *p, size_t n) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i last_control = _mm_set1_epi8(0x1F);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        // v <= 0x1F (unsigned) exactly when min(v, 0x1F) == v.
        __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v);
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), control);
        int mask = _mm_movemask_epi8(special);
        if (mask != 0) return i + (size_t)__builtin_ctz((unsigned)mask);
        i += 16;
    }
#endif
    while (i < n && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20) i++;
    return i;
}

size_t art_find_quote_or_backslash(const uint8_t *p, size_t n) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (mask != 0) return i + (size_t)__builtin_ctz((unsigned)mask);
        i += 16;
    }
#endif
    while (i < n && p[i] != '"' && p[i] != '\\') i++;
    return i;
}

size_t art_json_escape_length(const uint8_t *p, size_t n) { return json_escape_length(p, n); }

uint32_t art_json_escaped_scalar(const uint8_t *p, size_t *length) { return json_escaped_scalar(p, length); }

// Writes scalar c as UTF-8 at out; returns its length.
static inline size_t utf8_encode(uint32_t c, uint8_t *out) {
    if (c < 0x80) { out[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { out[0] = (uint8_t)(0xC0 | c >> 6); out[1] = (uint8_t)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | c >> 12); out[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F)); out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | c >> 18); out[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F)); out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

size_t art_json_unescape(const uint8_t *p, size_t n, uint8_t *out) {
    size_t i = 0, o = 0;
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi8('\\');
#endif
    for (;;) {
#if defined(__SSE2__)
        // 16 bytes copied at a time, up to the next backslash: o <= i, so
        // the store stays within the n bytes `out` holds.
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            _mm_storeu_si128((__m128i *)(out + o), v);
            int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash));
            if (mask != 0) {
                size_t k = (size_t)__builtin_ctz((unsigned)mask);
                i += k;
                o += k;
                break;
            }
            i += 16;
            o += 16;
        }
#endif
        while (i < n && p[i] != '\\') out[o++] = p[i++];
        if (i >= n) return o;
        size_t length;
        uint32_t c = json_escaped_scalar(p + i, &length);
        i += length;
        o += utf8_encode(c, out + o);
    }
}
