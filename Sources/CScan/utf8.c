// UTF-8 validation of whole buffers, 32 bytes at a time with AVX2 or 16
// with SSSE3, chosen once at run time.
//
// The vector path classifies each byte pair (previous byte, current byte)
// by three table lookups on nibbles, whose intersection flags every
// malformed pair (RFC 3629: a continuation without a lead, a lead without
// enough continuations, overlong forms, surrogates, values past U+10FFFF),
// plus a check that third and fourth bytes of 3- and 4-byte sequences are
// continuations. Blocks of plain ASCII skip all of it. This is the
// nibble-lookup method of Keiser and Lemire ("Validating UTF-8 in less than
// one instruction per byte", 2021).
#include "scan.h"
#include "escape.h"

// The lookup tables are bytes given as int flags; 0x80 and up are meant.
#pragma clang diagnostic ignored "-Wconstant-conversion"

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

// The three lookup tables, by the high nibble of the previous byte, its low
// nibble, and the high nibble of the current byte.
#define BYTE_1_HIGH \
    TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, \
    TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS, \
    TOO_SHORT | OVERLONG_2, \
    TOO_SHORT, \
    TOO_SHORT | OVERLONG_3 | SURROGATE, \
    TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4
#define BYTE_1_LOW \
    CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, \
    CARRY | OVERLONG_2, \
    CARRY, CARRY, \
    CARRY | TOO_LARGE, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, \
    CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE, \
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000
#define BYTE_2_HIGH \
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, \
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4, \
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE, \
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, \
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, \
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT

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
    const __m128i byte_1_high_table = _mm_setr_epi8(BYTE_1_HIGH);
    const __m128i byte_1_low_table = _mm_setr_epi8(BYTE_1_LOW);
    const __m128i byte_2_high_table = _mm_setr_epi8(BYTE_2_HIGH);
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

// The same method on 32-byte registers. AVX2's byte shifts work within
// each 16-byte lane, so the previous bytes of a block come from a lane
// permute of (previous block, this block) before the align.
typedef struct {
    __m256i byte_1_high, byte_1_low, byte_2_high, nibble, incomplete_limit;
} utf8_tables_avx2;

__attribute__((target("avx2")))
static inline utf8_tables_avx2 utf8_make_tables_avx2(void) {
#define TABLE2(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)
    utf8_tables_avx2 t;
    t.byte_1_high = TABLE2(BYTE_1_HIGH);
    t.byte_1_low = TABLE2(BYTE_1_LOW);
    t.byte_2_high = TABLE2(BYTE_2_HIGH);
#undef TABLE2
    t.nibble = _mm256_set1_epi8(0x0F);
    // A block that ends inside a sequence leaves these bytes positive.
    t.incomplete_limit = _mm256_setr_epi8(
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return t;
}

// The error bits of a block that holds non-ASCII bytes, given the block before.
__attribute__((target("avx2")))
static inline __m256i utf8_block_errors_avx2(const utf8_tables_avx2 *t, __m256i input, __m256i prev_input) {
    // (last 16 bytes of the previous block, first 16 of this one)
    __m256i shifted = _mm256_permute2x128_si256(prev_input, input, 0x21);
    __m256i prev1 = _mm256_alignr_epi8(input, shifted, 15);
    __m256i byte_1_high = _mm256_shuffle_epi8(t->byte_1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), t->nibble));
    __m256i byte_1_low = _mm256_shuffle_epi8(t->byte_1_low, _mm256_and_si256(prev1, t->nibble));
    __m256i byte_2_high = _mm256_shuffle_epi8(t->byte_2_high, _mm256_and_si256(_mm256_srli_epi16(input, 4), t->nibble));
    __m256i special = _mm256_and_si256(_mm256_and_si256(byte_1_high, byte_1_low), byte_2_high);
    // Third and fourth bytes of 3- and 4-byte sequences must be
    // continuations: there TWO_CONTS (bit 7) is expected, not an error.
    __m256i prev2 = _mm256_alignr_epi8(input, shifted, 14);
    __m256i prev3 = _mm256_alignr_epi8(input, shifted, 13);
    __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(must23, special);
}

// Adds the errors of a 32-byte block, given the block before, to *error;
// an ASCII block only checks that no sequence was left open before it.
__attribute__((target("avx2"), always_inline))
static inline void utf8_add_block_avx2(const utf8_tables_avx2 *t, __m256i input, __m256i prev_input, __m256i *error,
    __m256i *prev_incomplete) {
    if (_mm256_movemask_epi8(input) == 0) {
        *error = _mm256_or_si256(*error, *prev_incomplete);
        *prev_incomplete = _mm256_setzero_si256();
    } else {
        *error = _mm256_or_si256(*error, utf8_block_errors_avx2(t, input, prev_input));
        *prev_incomplete = _mm256_subs_epu8(input, t->incomplete_limit);
    }
}

// Validates a whole buffer 32 bytes at a time, 64 when they are ASCII.
__attribute__((target("avx2")))
static int utf8_valid_avx2(const uint8_t *p, size_t n) {
    const utf8_tables_avx2 t = utf8_make_tables_avx2();
    __m256i error = _mm256_setzero_si256();
    __m256i prev_input = _mm256_setzero_si256();  // what comes before is ASCII
    __m256i prev_incomplete = _mm256_setzero_si256();
    size_t i = 0;
    uint8_t tail[32];
    while (i < n) {
        __m256i input;
        if (i + 64 <= n) {
            __m256i a = _mm256_loadu_si256((const __m256i *)(p + i));
            __m256i b = _mm256_loadu_si256((const __m256i *)(p + i + 32));
            if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) == 0) {
                // Plain ASCII: only a sequence left open before is wrong.
                error = _mm256_or_si256(error, prev_incomplete);
                prev_incomplete = _mm256_setzero_si256();
                prev_input = b;
                i += 64;
                continue;
            }
            input = a;
        } else if (i + 32 <= n) {
            input = _mm256_loadu_si256((const __m256i *)(p + i));
        } else {
            // The last partial block, padded with ASCII spaces.
            size_t k = 0;
            for (; k < n - i; k++) tail[k] = p[i + k];
            for (; k < 32; k++) tail[k] = 0x20;
            input = _mm256_loadu_si256((const __m256i *)tail);
        }
        utf8_add_block_avx2(&t, input, prev_input, &error, &prev_incomplete);
        prev_input = input;
        i += 32;
    }
    error = _mm256_or_si256(error, prev_incomplete);
    return _mm256_testz_si256(error, error);
}

// Bits of the 64 bytes at p (two registers) that equal c.
__attribute__((target("avx2"), always_inline))
static inline uint64_t bits_equal_avx2(__m256i a, __m256i b, char c) {
    const __m256i v = _mm256_set1_epi8(c);
    return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, v))
        | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, v)) << 32;
}

// The bytes that may follow a backslash (" \ / b f n r t u), by two nibble
// look-ups: a bit per high nibble (2, 5, 6, 7) in the table of low nibbles.
__attribute__((target("avx2"), always_inline))
static inline uint32_t escape_letters_avx2(__m256i v) {
    const __m256i low_table = _mm256_setr_epi8(
        0, 0, 1 | 4 | 8, 0, 8, 8, 4, 0, 0, 0, 0, 0, 2, 0, 4, 1,
        0, 0, 1 | 4 | 8, 0, 8, 8, 4, 0, 0, 0, 0, 0, 2, 0, 4, 1);
    const __m256i high_table = _mm256_setr_epi8(
        0, 0, 1, 0, 0, 2, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 2, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    __m256i low = _mm256_shuffle_epi8(low_table, _mm256_and_si256(v, nibble));
    __m256i high = _mm256_shuffle_epi8(high_table, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    __m256i none = _mm256_cmpeq_epi8(_mm256_and_si256(low, high), _mm256_setzero_si256());
    return ~(uint32_t)_mm256_movemask_epi8(none);
}

// The bytes of a 64-byte chunk escaped by a backslash: those after each
// run of backslashes of odd length. `*carry` says that the chunk's first
// byte is escaped (a run of odd length ended the chunk before), and is
// set for the next one. (The carry-propagating addition of Langdale and
// Lemire, "Parsing gigabytes of JSON per second", 2019.)
static inline uint64_t escaped_bytes(uint64_t backslashes, uint64_t *carry) {
    const uint64_t even = 0x5555555555555555ULL, odd = ~even;
    uint64_t starts = backslashes & ~(backslashes << 1);
    uint64_t even_start_mask = even ^ *carry;
    uint64_t even_starts = starts & even_start_mask;
    uint64_t odd_starts = starts & ~even_start_mask;
    uint64_t even_carries = backslashes + even_starts;
    uint64_t odd_carries;
    uint64_t ends_odd = __builtin_add_overflow(backslashes, odd_starts, &odd_carries);
    odd_carries |= *carry;
    *carry = ends_odd;
    uint64_t even_carry_ends = even_carries & ~backslashes;
    uint64_t odd_carry_ends = odd_carries & ~backslashes;
    return (even_carry_ends & odd) | (odd_carry_ends & even);
}

// art_scan_json_string with AVX2, 64 bytes at a time and without a branch
// per escape: the escaped bytes come from the backslash runs
// (escaped_bytes), the closing quote is the first quote not escaped, and
// each escaped byte must be one that may follow a backslash; only \u
// escapes, rare in text, are checked one by one (hex digits, surrogate
// pairs). UTF-8 is checked up to the closing quote (escapes are ASCII).
__attribute__((target("avx2")))
static size_t scan_json_string_avx2(const uint8_t *p, size_t n, int *flags) {
    const __m256i last_control = _mm256_set1_epi8(0x1F);
    if (n >= 32) {
        // A short ASCII string (a key, a label) ends in its first 32 bytes
        // at a quote with nothing to check before it.
        __m256i v = _mm256_loadu_si256((const __m256i *)p);
        uint32_t quote = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')));
        uint32_t other = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(
            _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')), _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v)))
            | (uint32_t)_mm256_movemask_epi8(v);
        if (quote != 0 && (other & ((quote & -quote) - 1)) == 0) {
            *flags = 0;
            return (size_t)__builtin_ctz(quote);
        }
    }
    const utf8_tables_avx2 t = utf8_make_tables_avx2();
    const __m256i space = _mm256_set1_epi8(0x20);
    __m256i error = _mm256_setzero_si256();
    __m256i prev_input = _mm256_setzero_si256();  // the opening quote is ASCII
    __m256i prev_incomplete = _mm256_setzero_si256();
    uint64_t carry = 0;
    size_t escaped_to = 0;  // the end of the last \u escape checked
    int found = 0;
    uint8_t tail[64];
    for (size_t i = 0; i < n; i += 64) {
        const uint8_t *chunk = p + i;
        if (i + 64 > n) {
            // The last partial chunk, padded with spaces (neither stops nor escapes).
            size_t k = 0;
            for (; k < n - i; k++) tail[k] = p[i + k];
            for (; k < 64; k++) tail[k] = 0x20;
            chunk = tail;
        }
        __m256i a = _mm256_loadu_si256((const __m256i *)chunk);
        __m256i b = _mm256_loadu_si256((const __m256i *)(chunk + 32));
        uint64_t backslashes = bits_equal_avx2(a, b, '\\');
        uint64_t quotes = bits_equal_avx2(a, b, '"');
        uint64_t controls = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(a, last_control), a))
            | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(b, last_control), b)) << 32;
        int high = _mm256_movemask_epi8(_mm256_or_si256(a, b)) != 0;
        if ((backslashes | quotes | controls | carry) == 0 && !high) {
            // Plain ASCII: only a sequence left open before is wrong.
            error = _mm256_or_si256(error, prev_incomplete);
            prev_incomplete = _mm256_setzero_si256();
            prev_input = b;
            continue;
        }
        uint64_t escaped = backslashes || carry ? escaped_bytes(backslashes, &carry) : 0;
        uint64_t closing = quotes & ~escaped;
        // The bytes of the string in this chunk: up to its closing quote.
        uint64_t inside = closing ? (closing & -closing) - 1 : ~0ULL;
        uint64_t letters = escape_letters_avx2(a) | (uint64_t)escape_letters_avx2(b) << 32;
        if ((controls | (escaped & ~letters)) & inside) {
            *flags = ART_STRING_INVALID;
            return i;
        }
        uint64_t unicode = escaped & bits_equal_avx2(a, b, 'u') & inside;
        while (unicode) {
            size_t at = i + (size_t)__builtin_ctzll(unicode);
            unicode &= unicode - 1;
            if (at < escaped_to) continue;  // the low half of a surrogate pair
            size_t length = json_escape_length(p + at - 1, n - at + 1);
            if (length == 0) {
                *flags = ART_STRING_INVALID;
                return at - 1;
            }
            escaped_to = at - 1 + length;
        }
        if (backslashes & inside) found |= ART_STRING_ESCAPES;
        if (closing) {
            // Only the bytes before the closing quote count: the rest become spaces.
            size_t at = (size_t)__builtin_ctzll(closing);
            const __m256i positions = _mm256_setr_epi8(
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
            __m256i limit = _mm256_set1_epi8((char)(at > 32 ? 32 : at));
            a = _mm256_blendv_epi8(a, space, _mm256_cmpgt_epi8(_mm256_add_epi8(positions, _mm256_set1_epi8(1)), limit));
            limit = _mm256_set1_epi8((char)(at > 32 ? at - 32 : 0));
            b = _mm256_blendv_epi8(b, space, _mm256_cmpgt_epi8(_mm256_add_epi8(positions, _mm256_set1_epi8(1)), limit));
        }
        if (high || closing) {
            utf8_add_block_avx2(&t, a, prev_input, &error, &prev_incomplete);
            utf8_add_block_avx2(&t, b, a, &error, &prev_incomplete);
        } else {
            error = _mm256_or_si256(error, prev_incomplete);
            prev_incomplete = _mm256_setzero_si256();
        }
        if (closing) {
            error = _mm256_or_si256(error, prev_incomplete);
            *flags = found | (_mm256_testz_si256(error, error) ? 0 : ART_STRING_INVALID);
            return i + (size_t)__builtin_ctzll(closing);
        }
        prev_input = b;
    }
    *flags = ART_STRING_INVALID;  // no closing quote
    return n;
}
#endif

int art_vector_level(void) {
#ifdef ART_HAVE_X86
    // Asked once; the race between threads that ask first is benign but
    // kept atomic so that ThreadSanitizer has nothing to say.
    static int level = -1;
    int known = __atomic_load_n(&level, __ATOMIC_RELAXED);
    if (known >= 0) return known;
    __builtin_cpu_init();
    known = __builtin_cpu_supports("avx2") ? 2 : __builtin_cpu_supports("ssse3") ? 1 : 0;
    __atomic_store_n(&level, known, __ATOMIC_RELAXED);
    return known;
#else
    return 0;
#endif
}

size_t art_utf8_invalid_offset_at_level(const uint8_t *p, size_t n, int level) {
#ifdef ART_HAVE_X86
    if (level >= 2 && art_vector_level() >= 2) {
        if (utf8_valid_avx2(p, n)) return n;
    } else if (level >= 1 && art_vector_level() >= 1) {
        if (utf8_valid_ssse3(p, n)) return n;
    }
#endif
    // Invalid (or no vector unit): the scalar loop finds where, for the message.
    return art_utf8_invalid_offset_scalar(p, n);
}

size_t art_utf8_invalid_offset(const uint8_t *p, size_t n) {
    return art_utf8_invalid_offset_at_level(p, n, art_vector_level());
}

// Without AVX2: the string's pieces between escapes, each found by the
// SSE2 scan and validated apart (escapes are ASCII, so this is the same
// check as the whole body's).
static size_t scan_json_string_pieces(const uint8_t *p, size_t n, int *flags) {
    int found = 0;
    size_t i = 0;
    for (;;) {
        size_t stop = i + art_scan_string_body(p + i, n - i);
        if (art_utf8_invalid_offset(p + i, stop - i) < stop - i || stop == n || p[stop] < 0x20) break;
        if (p[stop] == '"') {
            *flags = found;
            return stop;
        }
        size_t length = json_escape_length(p + stop, n - stop);
        if (length == 0) break;
        found |= ART_STRING_ESCAPES;
        i = stop + length;
    }
    *flags = ART_STRING_INVALID;
    return i;
}

size_t art_scan_json_string_at_level(const uint8_t *p, size_t n, int level, int *flags) {
#ifdef ART_HAVE_X86
    if (level >= 2 && art_vector_level() >= 2) return scan_json_string_avx2(p, n, flags);
#endif
    return scan_json_string_pieces(p, n, flags);
}

size_t art_scan_json_string(const uint8_t *p, size_t n, int *flags) {
    return art_scan_json_string_at_level(p, n, art_vector_level(), flags);
}
