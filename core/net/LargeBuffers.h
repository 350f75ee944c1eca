// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nestje {

// Call first thing in main(): buffers of 256 KB and more (a download's chunks, a decoded
// photo) go straight back to the system when freed.
//
// Why: glibc starts with that rule but drops it after the first large buffer is freed, and
// from then on serves them from its heaps. A download's chunks are made on Qt's network
// thread and freed on the main thread, a pattern that leaves those heaps fragmented: on one
// busy core, 1 in 30 downloads of a 64 MB file left the process 17-24 MB larger although
// nothing held the file (all of it free inside glibc; tst_archive_stream caught it in CI).
// Fixing the threshold costs one mmap/munmap pair per large buffer. Elsewhere (Android's
// allocator, macOS, Windows) this does nothing.
void returnLargeBuffersWhenFreed();

} // namespace nestje
