// Byte scanning and decoding for the JSON scanner's and decoder's hot
// loops: SSE2 (every x86-64), AVX2 where the processor has it (chosen at
// run time), and portable loops elsewhere.
#ifndef ART_SCAN_H
#define ART_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// The offset of the first byte in [p, p + n) that is a quote, a backslash
/// or a control character (< 0x20); n when none. Other bytes, non-ASCII
/// included, are skipped: UTF-8 is checked apart, once per line.
size_t art_scan_string_body(const uint8_t *p, size_t n);

/// The offset of the first byte of [p, p + n) that does not belong to valid
/// UTF-8 (RFC 3629: no overlong forms, surrogates or values past U+10FFFF,
/// no truncated sequence at the end); n when all of it is valid.
size_t art_utf8_invalid_offset(const uint8_t *p, size_t n);

/// The same, one byte at a time (the reference for the vector versions).
size_t art_utf8_invalid_offset_scalar(const uint8_t *p, size_t n);

/// The same with at most the given vector unit (0 none, 1 SSSE3, 2 AVX2),
/// so that tests can check each path against the scalar one.
size_t art_utf8_invalid_offset_at_level(const uint8_t *p, size_t n, int level);

/// The widest vector unit the scanners use here: 0 none, 1 SSSE3/SSE2, 2 AVX2.
int art_vector_level(void);

/// The length of the JSON escape whose backslash is at p: 2, 6, or 12 for
/// a surrogate pair; 0 when it is not one RFC 8259 allows (\" \\ \/ \b \f
/// \n \r \t \uXXXX, a high surrogate only with an escaped low one after it).
size_t art_json_escape_length(const uint8_t *p, size_t n);

/// The scalar of the escape at p (a backslash) that the scanner checked;
/// sets *length to its length in bytes (2, 6 or 12).
uint32_t art_json_escaped_scalar(const uint8_t *p, size_t *length);

/// Copies a checked string's body, [p, p + n) without the quotes, to `out`
/// with its escapes decoded (UTF-8); returns the bytes written, at most n.
size_t art_json_unescape(const uint8_t *p, size_t n, uint8_t *out);

/// What art_scan_json_string found, as bits of `*flags`.
enum {
    ART_STRING_ESCAPES = 1,  // the string holds an escape
    ART_STRING_INVALID = 2,  // it is not a valid string: see the slow scan
};

/// Scans the body of a JSON string, from p (after its opening quote) to
/// its closing quote, in one pass: every escape is checked where it is and
/// the bytes are checked to be UTF-8. Returns the offset of the closing
/// quote and sets `*flags`. ART_STRING_INVALID (a wrong escape, a control
/// byte, invalid UTF-8 or no closing quote) says only that something is
/// wrong: the caller finds what, and where, the slow way.
size_t art_scan_json_string(const uint8_t *p, size_t n, int *flags);

/// The same with at most the given vector unit (0 none, 2 AVX2; there is
/// no SSSE3 version), so that tests can check each path.
size_t art_scan_json_string_at_level(const uint8_t *p, size_t n, int level, int *flags);

/// The offset of the first quote or backslash in [p, p + n); n when none.
size_t art_find_quote_or_backslash(const uint8_t *p, size_t n);

#endif
