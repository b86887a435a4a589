#include "cld2_shim.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstring>

namespace CLD2 {
const char *LanguageCode(Language lang);
}

static void copy_code(char *out, const char *code) {
    std::strncpy(out, code ? code : "un", 15);
    out[15] = '\0';
}

extern "C" art_language_guess art_cld2_identify(const char *utf8, int length) {
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language top3[3];
    int percent3[3] = {0, 0, 0};
    double scores3[3];
    int text_bytes = 0;
    bool reliable = false;
    // The callers pass valid UTF-8 (Swift strings are), so the unchecked
    // entry point: the checked one gives up on C1 controls and
    // noncharacters, which pages converted from windows-1252 often hold.
    CLD2::Language found = CLD2::ExtDetectLanguageSummary(
        utf8, length, true, &hints, 0, top3, percent3, scores3, nullptr, &text_bytes, &reliable);
    art_language_guess guess;
    copy_code(guess.code, CLD2::LanguageCode(found));
    guess.percent = percent3[0];
    // Regional variants share a code (pt-PT and pt-BR are both "pt"): the
    // second language counts towards the first when the codes agree.
    copy_code(guess.second_code, CLD2::LanguageCode(top3[1]));
    guess.second_percent = percent3[1];
    if (std::strcmp(guess.code, guess.second_code) == 0) {
        guess.percent += percent3[1];
        copy_code(guess.second_code, CLD2::LanguageCode(top3[2]));
        guess.second_percent = percent3[2];
    }
    guess.reliable = reliable;
    guess.text_bytes = text_bytes;
    return guess;
}
