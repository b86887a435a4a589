// Stable, unversioned names for the ICU C API.
//
// ICU renames every entry point per version (ubrk_open -> ubrk_open_72) with
// macros that Swift cannot import, so each function the project uses gets a
// static inline wrapper here. Add wrappers as needed; keep them one-liners.
#ifndef ART_CICU_SHIM_H
#define ART_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>

// Errors
static inline const char *art_u_errorName(UErrorCode code) { return u_errorName(code); }

// UText over UTF-8 (native indexes are UTF-8 byte offsets)
static inline UText *art_utext_openUTF8(UText *ut, const char *s, int64_t length, UErrorCode *status) {
    return utext_openUTF8(ut, s, length, status);
}
static inline UText *art_utext_close(UText *ut) { return utext_close(ut); }

// Break iteration
static inline UBreakIterator *art_ubrk_open(UBreakIteratorType type, const char *locale,
                                            const UChar *text, int32_t textLength, UErrorCode *status) {
    return ubrk_open(type, locale, text, textLength, status);
}
static inline void art_ubrk_setUText(UBreakIterator *bi, UText *text, UErrorCode *status) {
    ubrk_setUText(bi, text, status);
}
static inline void art_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) {
    ubrk_setText(bi, text, length, status);
}
static inline int32_t art_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t art_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t art_ubrk_following(UBreakIterator *bi, int32_t offset) { return ubrk_following(bi, offset); }
static inline int32_t art_ubrk_preceding(UBreakIterator *bi, int32_t offset) { return ubrk_preceding(bi, offset); }
static inline int32_t art_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline void art_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
// A copy of an iterator that is never given text, for one thread's use:
// opening one per call rebuilt the sentence exceptions each time.
static inline UBreakIterator *art_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) {
#if U_ICU_VERSION_MAJOR_NUM >= 69
    return ubrk_clone(bi, status);
#else
    return ubrk_safeClone(bi, NULL, NULL, status);
#endif
}

// Charset conversion
static inline UConverter *art_ucnv_open(const char *name, UErrorCode *err) { return ucnv_open(name, err); }
static inline void art_ucnv_close(UConverter *cnv) { ucnv_close(cnv); }
static inline const char *art_ucnv_getName(const UConverter *cnv, UErrorCode *err) { return ucnv_getName(cnv, err); }
static inline const char *art_ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    return ucnv_getStandardName(name, standard, err);
}
static inline void art_ucnv_convertEx(UConverter *targetCnv, UConverter *sourceCnv,
                                      char **target, const char *targetLimit,
                                      const char **source, const char *sourceLimit,
                                      UChar *pivotStart, UChar **pivotSource, UChar **pivotTarget,
                                      const UChar *pivotLimit, UBool reset, UBool flush, UErrorCode *err) {
    ucnv_convertEx(targetCnv, sourceCnv, target, targetLimit, source, sourceLimit,
                   pivotStart, pivotSource, pivotTarget, pivotLimit, reset, flush, err);
}
static inline void art_ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *targetLimit,
                                      const char **source, const char *sourceLimit,
                                      int32_t *offsets, UBool flush, UErrorCode *err) {
    ucnv_toUnicode(cnv, target, targetLimit, source, sourceLimit, offsets, flush, err);
}
static inline void art_ucnv_reset(UConverter *cnv) { ucnv_reset(cnv); }

// Charset detection
static inline UCharsetDetector *art_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }
static inline void art_ucsdet_close(UCharsetDetector *d) { ucsdet_close(d); }
static inline void art_ucsdet_setText(UCharsetDetector *d, const char *text, int32_t len, UErrorCode *status) {
    ucsdet_setText(d, text, len, status);
}
static inline UBool art_ucsdet_enableInputFilter(UCharsetDetector *d, UBool filter) {
    return ucsdet_enableInputFilter(d, filter);
}
static inline const UCharsetMatch *art_ucsdet_detect(UCharsetDetector *d, UErrorCode *status) {
    return ucsdet_detect(d, status);
}
static inline const char *art_ucsdet_getName(const UCharsetMatch *m, UErrorCode *status) {
    return ucsdet_getName(m, status);
}
static inline int32_t art_ucsdet_getConfidence(const UCharsetMatch *m, UErrorCode *status) {
    return ucsdet_getConfidence(m, status);
}

// Normalisation
static inline const UNormalizer2 *art_unorm2_getNFCInstance(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline int32_t art_unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length,
                                           UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(n, src, length, dest, capacity, status);
}
static inline UBool art_unorm2_isNormalized(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return unorm2_isNormalized(n, s, length, status);
}

// Charset conversion that stops at each bad sequence (art-fetch counts them)
static inline void art_ucnv_setToUCallBackStop(UConverter *cnv, UErrorCode *err) {
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, err);
}
static inline int8_t art_ucnv_getMinCharSize(const UConverter *cnv) { return ucnv_getMinCharSize(cnv); }

#endif
