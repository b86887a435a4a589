// The allocator's settings, which Swift cannot reach: its Glibc module
// leaves out malloc.h.
#ifndef ART_ALLOCATOR_H
#define ART_ALLOCATOR_H

/// With glibc, has the allocator keep freed memory for the next
/// allocations: blocks up to 32 MB come from the heap rather than their own
/// mapping, the heap is trimmed above 512 MB only and grows 64 MB at a time.
/// Elsewhere it does nothing.
void art_keep_freed_memory(void);

#endif
