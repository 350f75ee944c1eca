// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LargeBuffers.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace nestje {

void returnLargeBuffersWhenFreed()
{
#if defined(__GLIBC__)
    // Setting the threshold also ends glibc's dynamic adjustment of it (mallopt(3)).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace nestje
