// UTF-8 validation of whole buffers, sixteen bytes at a time.
//
// The vector path classifies each byte pair (previous byte, current byte)
// by three table lookups on nibbles, whose intersection flags every
// malformed pair (RFC 3629: a continuation without a lead, a lead without
// enough continuations, overlong forms, surrogates, values past U+10FFFF),
// plus a check that third and fourth bytes of 3- and 4-byte sequences are
// continuations. Blocks of plain ASCII skip all of it. This is the
// nibble-lookup method of Keiser and Lemire ("Validating UTF-8 in less than
// one instruction per byte", 2021), written for SSSE3.
#include "scan.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define ART_HAVE_X86 1
#endif

// Error classes of a (previous byte, current byte) pair.
enum {
    TOO_SHORT = 1 << 0,   // a lead or ASCII byte where a continuation is due
    TOO_LONG = 1 << 1,    // a continuation after ASCII
    OVERLONG_3 = 1 << 2,  // E0 80..9F
    TOO_LARGE = 1 << 3,   // F4 90..BF, F5..FF
    SURROGATE = 1 << 4,   // ED A0..BF
    OVERLONG_2 = 1 << 5,  // C0, C1
    TOO_LARGE_1000 = 1 << 6,
    OVERLONG_4 = 1 << 6,  // F0 80..8F
    TWO_CONTS = 1 << 7,   // a continuation after a continuation (checked apart)
};
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

size_t art_utf8_invalid_offset_scalar(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t left = n - i;
#define CONT(k, lo, hi) (left > (k) && p[i + (k)] >= (lo) && p[i + (k)] <= (hi))
        size_t len = 0;
        if (c >= 0xC2 && c <= 0xDF) len = CONT(1, 0x80, 0xBF) ? 2 : 0;
        else if (c == 0xE0) len = CONT(1, 0xA0, 0xBF) && CONT(2, 0x80, 0xBF) ? 3 : 0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = CONT(1, 0x80, 0xBF) && CONT(2, 0x80, 0xBF) ? 3 : 0;
        else if (c == 0xED) len = CONT(1, 0x80, 0x9F) && CONT(2, 0x80, 0xBF) ? 3 : 0;
        else if (c == 0xF0) len = CONT(1, 0x90, 0xBF) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
        else if (c >= 0xF1 && c <= 0xF3) len = CONT(1, 0x80, 0xBF) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
        else if (c == 0xF4) len = CONT(1, 0x80, 0x8F) && CONT(2, 0x80, 0xBF) && CONT(3, 0x80, 0xBF) ? 4 : 0;
#undef CONT
        if (len == 0) return i;
        i += len;
    }
    return n;
}

#ifdef ART_HAVE_X86
__attribute__((target("ssse3")))
static int utf8_valid_ssse3(const uint8_t *p, size_t n) {
    const __m128i byte_1_high_table = _mm_setr_epi8(
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS,
        TOO_SHORT | OVERLONG_2,
        TOO_SHORT,
        TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);
    const __m128i byte_1_low_table = _mm_setr_epi8(
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4,
        CARRY | OVERLONG_2,
        CARRY, CARRY,
        CARRY | TOO_LARGE,
        CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000);
    const __m128i byte_2_high_table = _mm_setr_epi8(
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);
    const __m128i nibble = _mm_set1_epi8(0x0F);
    // A block that ends inside a sequence leaves these bytes positive.
    const __m128i incomplete_limit = _mm_setr_epi8(
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));

    __m128i error = _mm_setzero_si128();
    __m128i prev_input = _mm_setzero_si128();
    __m128i prev_incomplete = _mm_setzero_si128();
    size_t i = 0;
    uint8_t tail[16];
    while (i < n) {
        __m128i input;
        if (i + 16 <= n) {
            input = _mm_loadu_si128((const __m128i *)(p + i));
        } else {
            // The last partial block, padded with ASCII spaces.
            size_t k = 0;
            for (; k < n - i; k++) tail[k] = p[i + k];
            for (; k < 16; k++) tail[k] = 0x20;
            input = _mm_loadu_si128((const __m128i *)tail);
        }
        i += 16;
        if (_mm_movemask_epi8(input) == 0) {
            // Plain ASCII: only a sequence left open by the last block is wrong.
            error = _mm_or_si128(error, prev_incomplete);
            prev_incomplete = _mm_setzero_si128();
            prev_input = input;
            continue;
        }
        __m128i prev1 = _mm_alignr_epi8(input, prev_input, 15);
        __m128i byte_1_high = _mm_shuffle_epi8(byte_1_high_table, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble));
        __m128i byte_1_low = _mm_shuffle_epi8(byte_1_low_table, _mm_and_si128(prev1, nibble));
        __m128i byte_2_high = _mm_shuffle_epi8(byte_2_high_table, _mm_and_si128(_mm_srli_epi16(input, 4), nibble));
        __m128i special = _mm_and_si128(_mm_and_si128(byte_1_high, byte_1_low), byte_2_high);
        // Third and fourth bytes of 3- and 4-byte sequences must be
        // continuations: there TWO_CONTS (bit 7) is expected, not an error.
        __m128i prev2 = _mm_alignr_epi8(input, prev_input, 14);
        __m128i prev3 = _mm_alignr_epi8(input, prev_input, 13);
        __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8((char)(0xE0 - 0x80)));
        __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8((char)(0xF0 - 0x80)));
        __m128i must23 = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
        error = _mm_or_si128(error, _mm_xor_si128(must23, special));
        prev_incomplete = _mm_subs_epu8(input, incomplete_limit);
        prev_input = input;
    }
    error = _mm_or_si128(error, prev_incomplete);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}
#endif

static int use_vector = -1;

size_t art_utf8_invalid_offset(const uint8_t *p, size_t n) {
#ifdef ART_HAVE_X86
    if (use_vector < 0) {
        __builtin_cpu_init();
        use_vector = __builtin_cpu_supports("ssse3");
    }
    if (use_vector) {
        if (utf8_valid_ssse3(p, n)) return n;
        // Invalid: find where, for the message.
        return art_utf8_invalid_offset_scalar(p, n);
    }
#endif
    return art_utf8_invalid_offset_scalar(p, n);
}
