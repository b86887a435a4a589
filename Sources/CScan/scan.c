#include "scan.h"

#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__x86_64__)
// 64 bytes a step: the long runs of text between escapes are most of a line.
__attribute__((target("avx2")))
static size_t scan_string_body_avx2(const uint8_t *p, size_t n) {
    size_t i = 0;
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i backslash = _mm256_set1_epi8('\\');
    const __m256i last_control = _mm256_set1_epi8(0x1F);
#define SPECIAL(v) _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash)), \
                                   _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v))
    while (i + 64 <= n) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i b = _mm256_loadu_si256((const __m256i *)(p + i + 32));
        uint64_t mask = (uint32_t)_mm256_movemask_epi8(SPECIAL(a))
            | (uint64_t)(uint32_t)_mm256_movemask_epi8(SPECIAL(b)) << 32;
        if (mask != 0) return i + (size_t)__builtin_ctzll(mask);
        i += 64;
    }
    while (i + 32 <= n) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(p + i));
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(SPECIAL(a));
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
        i += 32;
    }
#undef SPECIAL
    while (i < n && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20) i++;
    return i;
}
#endif

static size_t scan_string_body_sse2(const uint8_t *p, size_t n) {
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

size_t art_scan_string_body(const uint8_t *p, size_t n) {
#if defined(__x86_64__)
    // Short runs (between close escapes) are not worth the wide registers.
    if (n >= 64 && art_vector_level() >= 2) return scan_string_body_avx2(p, n);
#endif
    return scan_string_body_sse2(p, n);
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
