//! CPU time: of the calling thread (clock_gettime with CLOCK_THREAD_CPUTIME_ID, user and
//! system time of this thread alone) and of a child process (wait4's resource usage of that
//! child, with its peak resident set).
#![allow(unsafe_code)] // Two calls into the C library, each with a value it fills in.

use std::io;

/// The CPU time this thread has used, user and system, in nanoseconds.
pub fn thread_cpu_ns() -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant of the platform.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "the thread's CPU clock is readable");
    now.tv_sec as u64 * 1_000_000_000 + now.tv_nsec as u64
}

/// The system part of this thread's CPU time so far, in nanoseconds (getrusage with
/// RUSAGE_THREAD). The kernel splits a thread's time into user and system by where the clock
/// ticks found it, so the split is approximate where the total above is not.
#[cfg(target_os = "linux")]
pub fn thread_system_ns() -> u64 {
    // SAFETY: an all-zero rusage is a valid value of the plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is valid and writable.
    let status = unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut usage) };
    assert_eq!(status, 0, "the thread's resource usage is readable");
    usage.ru_stime.tv_sec as u64 * 1_000_000_000 + usage.ru_stime.tv_usec as u64 * 1_000
}

/// The system part of this thread's CPU time: not asked of systems other than Linux.
#[cfg(not(target_os = "linux"))]
pub fn thread_system_ns() -> u64 {
    0
}

/// What a child process used, from wait4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChildUsage {
    /// Its exit code; `None` when a signal ended it.
    pub code: Option<i32>,
    /// User and system CPU time, in nanoseconds.
    pub cpu_ns: u64,
    /// The peak resident set size, in bytes.
    pub max_rss: u64,
}

/// Waits for the child `pid` to end and gives what it used.
pub fn wait_child(pid: u32) -> io::Result<ChildUsage> {
    let pid = libc::pid_t::try_from(pid).map_err(io::Error::other)?;
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of the plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid and writable; `pid` is our own child.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if waited == pid {
            break;
        }
        let error = io::Error::last_os_error();
        if error.kind() != io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
    let time = |t: libc::timeval| t.tv_sec as u64 * 1_000_000_000 + t.tv_usec as u64 * 1_000;
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Ok(ChildUsage {
        code,
        cpu_ns: time(usage.ru_utime) + time(usage.ru_stime),
        // Linux gives kibibytes.
        max_rss: usage.ru_maxrss as u64 * 1024,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_clock_advances_with_work() {
        let before = thread_cpu_ns();
        let mut x = 0u64;
        for i in 0..2_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        assert!(thread_cpu_ns() > before, "{x}");
    }
}
