//! Reads any text as a Swedish time expression (the TID column of an action plan).
//!
//! Input: one byte of flags, eight bytes for two dates, then the text (UTF-8; invalid bytes
//! become U+FFFD). Flags: bit 0 gives the context a period made of the two dates, bit 1
//! reverses them (a period that ends before it starts), bit 2 leaves out the common events
//! (the stormöte and the samråd). A date is a little-endian `u16` year (modulo 10 000), a
//! month byte (modulo 13) and a day byte (modulo 32); one that does not exist means no period.
//!
//! Asserts that `time::parse` never panics; that a window has `start <= end` when both are
//! set; that its `parts` are in order, apart, and span exactly `start`–`end`; that candidate
//! `years` and a `weekday_mismatch` come only with `uncertain`; and that a window serializes
//! to JSON which reads back to the same window.
#![no_main]

use libfuzzer_sys::fuzz_target;
use overenskommelse::time::{parse, TimeContext, TimeWindow};
use overenskommelse::Date;

const HEADER: usize = 9;

fuzz_target!(|bytes: &[u8]| {
    let Some((header, text)) = bytes.split_first_chunk::<HEADER>() else {
        return;
    };
    let text = String::from_utf8_lossy(text);
    let flags = header[0];
    let mut context = TimeContext::default();
    if flags & 1 != 0 {
        if let (Some(a), Some(b)) = (date(&header[1..5]), date(&header[5..9])) {
            let (start, end) = if flags & 2 != 0 { (b, a) } else { (a, b) };
            context = TimeContext::with_period(start, end);
        }
    }
    if flags & 4 == 0 {
        context = context.with_common_events();
    }

    let Some(window) = parse(&text, &context) else {
        return;
    };
    if let (Some(start), Some(end)) = (window.start, window.end) {
        assert!(
            start <= end,
            "{text:?} gives a window that ends before it starts: {window:?}"
        );
    }
    if !window.parts.is_empty() {
        assert!(
            window.parts.len() >= 2
                && window.parts.first().map(|p| p.start) == window.start
                && window.parts.last().map(|p| p.end) == window.end
                && window.parts.iter().all(|p| p.start <= p.end)
                && window
                    .parts
                    .windows(2)
                    .all(|w| w[1].start.days_since(w[0].end) > 1),
            "{text:?} gives parts that do not list the window: {window:?}"
        );
    }
    assert!(
        window.uncertain || (window.years.is_empty() && !window.weekday_mismatch),
        "{text:?} gives candidate years or a wrong weekday without saying it is uncertain: {window:?}"
    );
    let json = serde_json::to_string(&window).expect("a window serializes");
    let back: TimeWindow = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{text:?}: the window's JSON {json} does not read back: {e}"));
    assert_eq!(
        back, window,
        "{text:?}: the window's JSON {json} reads back otherwise"
    );
});

fn date(bytes: &[u8]) -> Option<Date> {
    let year = u16::from_le_bytes([bytes[0], bytes[1]]) % 10_000;
    Date::from_ymd(
        i32::from(year),
        u32::from(bytes[2] % 13),
        u32::from(bytes[3] % 32),
    )
}
