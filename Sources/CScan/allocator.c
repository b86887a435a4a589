#include "allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>

void art_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
}
#else
void art_keep_freed_memory(void) {}
#endif
