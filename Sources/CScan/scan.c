#include "scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline size_t utf8_sequence_length(const uint8_t *p, size_t left) {
    uint8_t c = p[0];
#define CONT(i, lo, hi) (left > (i) && p[i] >= (lo) && p[i] <= (hi))
    if (c >= 0xC2 && c <= 0xDF) return CONT(1, 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0) return CONT(1, 0xA0, 0xBF) && CONT(2, 0x80, 0xBF) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return CONT(1, 0x80, 0xBF) && CONT(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED) return CONT(1, 0x80, 0x9F) && CONT(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0) return CONT(1, 0x90, 0xBF) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return CONT(1, 0x80, 0xBF) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4) return CONT(1, 0x80, 0x8F) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
#undef CONT
    return 0;
}

size_t art_scan_string_body(const uint8_t *p, size_t n) {
    size_t i = 0;
    for (;;) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            // Signed compare: bytes >= 0x80 are negative, so "< 0x20" also
            // catches every non-ASCII byte.
            __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                           _mm_cmplt_epi8(v, space));
            int mask = _mm_movemask_epi8(special);
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += (size_t)__builtin_ctz((unsigned)mask);
            break;
        }
#endif
        while (i < n) {
            uint8_t c = p[i];
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                i++;
#if defined(__SSE2__)
                if (i + 16 <= n) break;  // back to sixteen at a time
#endif
                continue;
            }
            break;
        }
        if (i >= n) return n;
        uint8_t c = p[i];
        if (c < 0x80) {
#if defined(__SSE2__)
            if (c >= 0x20 && c != '"' && c != '\\') continue;
#endif
            return i;  // quote, backslash or control character
        }
        // A run of multi-byte characters (and the plain ASCII between them
        // in text such as Cyrillic or Greek) stays in this loop.
        while (i < n) {
            uint8_t d = p[i];
            if (d >= 0x80) {
                size_t len = utf8_sequence_length(p + i, n - i);
                if (len == 0) return i;
                i += len;
            } else if (d >= 0x20 && d != '"' && d != '\\' && i + 1 < n && p[i + 1] >= 0x80) {
                i++;
            } else {
                break;
            }
        }
    }
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
