//! The global allocator: mimalloc, as `ovk` has, behind a wrapper that counts allocations,
//! bytes allocated and the peak of live bytes while counting is on.
//!
//! Counting is off while calls are timed: then the wrapper costs one relaxed load of a flag an
//! allocation. It is on only for the one counted call of each contender.
#![allow(unsafe_code)] // `GlobalAlloc` is an unsafe trait; each method forwards to mimalloc.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::Relaxed};

use mimalloc::MiMalloc;

/// mimalloc with counters.
pub struct Counting;

static ON: AtomicBool = AtomicBool::new(false);
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
/// Live bytes since counting began: may go below zero when memory from before is freed.
static LIVE: AtomicI64 = AtomicI64::new(0);
static PEAK: AtomicI64 = AtomicI64::new(0);

/// What a counted stretch allocated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Calls of alloc, alloc_zeroed and realloc (a realloc counts as one allocation).
    pub allocations: u64,
    /// Bytes asked for by those calls (a realloc counts its new size).
    pub bytes: u64,
    /// The highest number of bytes live at once, above those live when counting began.
    pub peak_live: u64,
    /// Bytes still live at the end, above those live when counting began.
    pub live_at_end: i64,
}

/// Starts counting from zero.
pub fn begin() {
    ALLOCATIONS.store(0, Relaxed);
    BYTES.store(0, Relaxed);
    LIVE.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    ON.store(true, Relaxed);
}

/// Stops counting and gives the counts since [`begin`].
pub fn end() -> Counts {
    ON.store(false, Relaxed);
    Counts {
        allocations: ALLOCATIONS.load(Relaxed),
        bytes: BYTES.load(Relaxed),
        peak_live: PEAK.load(Relaxed).max(0) as u64,
        live_at_end: LIVE.load(Relaxed),
    }
}

fn grew(allocated: usize, freed: usize) {
    ALLOCATIONS.fetch_add(1, Relaxed);
    BYTES.fetch_add(allocated as u64, Relaxed);
    let change = allocated as i64 - freed as i64;
    let live = LIVE.fetch_add(change, Relaxed) + change;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every method forwards its arguments unchanged to mimalloc, which upholds the
// contract of `GlobalAlloc`; the counting touches only atomics and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees on `layout` are passed on.
        let pointer = unsafe { MiMalloc.alloc(layout) };
        if ON.load(Relaxed) && !pointer.is_null() {
            grew(layout.size(), 0);
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let pointer = unsafe { MiMalloc.alloc_zeroed(layout) };
        if ON.load(Relaxed) && !pointer.is_null() {
            grew(layout.size(), 0);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` was allocated by this allocator (so by mimalloc) with `layout`.
        unsafe { MiMalloc.dealloc(pointer, layout) };
        if ON.load(Relaxed) {
            LIVE.fetch_sub(layout.size() as i64, Relaxed);
        }
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`, and the caller's guarantees on `new_size` are passed on.
        let moved = unsafe { MiMalloc.realloc(pointer, layout, new_size) };
        if ON.load(Relaxed) && !moved.is_null() {
            grew(new_size, layout.size());
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_what_it_sees() {
        begin();
        let mut v: Vec<u8> = Vec::with_capacity(1_000);
        v.extend_from_slice(&[1; 1_000]);
        let boxed = std::hint::black_box(Box::new([0u8; 500]));
        drop(boxed);
        let counts = end();
        // Other test threads may allocate and free meanwhile: what this one allocated is
        // counted, but their frees can lower the live bytes, so the peak is not asserted.
        assert!(counts.allocations >= 2, "{counts:?}");
        assert!(counts.bytes >= 1_500, "{counts:?}");
        drop(v);
    }
}
