// zlib for art-fetch's WARC reader (gzip members, one after another).
#ifndef ART_CZLIB_SHIM_H
#define ART_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; this wrapper is what Swift can call.
static inline int art_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
#endif
