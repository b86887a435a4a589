// A C face for CLD2's C++ language detector, which Swift cannot call
// directly (its entry points are C++ functions in a namespace).
#ifndef ART_CLD2_SHIM_H
#define ART_CLD2_SHIM_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/// CLD2's verdict on a text: its top two languages by CLD2 code ("en",
/// "zh-Hant", "un" for unknown), the percent of the text each covers, and
/// whether CLD2 calls the first reliable.
typedef struct {
    char code[16];
    int percent;
    char second_code[16];
    int second_percent;
    bool reliable;
    /// The bytes of letters CLD2 scored (tags, digits and punctuation skipped).
    int text_bytes;
} art_language_guess;

/// Identifies the language of `length` bytes of valid UTF-8 plain text.
art_language_guess art_cld2_identify(const char *utf8, int length);

#ifdef __cplusplus
}
#endif

#endif
