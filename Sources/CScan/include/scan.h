// Byte scanning for the JSON scanner's hot loops, with SSE2 where the
// processor has it (every x86-64) and a portable loop elsewhere.
#ifndef ART_SCAN_H
#define ART_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// The offset of the first byte in [p, p + n) that is a quote, a backslash,
/// a control character (< 0x20), or the start of an invalid UTF-8 sequence
/// (RFC 3629: no overlongs, surrogates or values past U+10FFFF); n when none.
/// Valid multi-byte sequences are skipped.
size_t art_scan_string_body(const uint8_t *p, size_t n);

/// The offset of the first quote or backslash in [p, p + n); n when none.
size_t art_find_quote_or_backslash(const uint8_t *p, size_t n);

#endif
