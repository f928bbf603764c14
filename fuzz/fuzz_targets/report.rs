//! Builds and renders the stormöte report of any document the reader can read.
//!
//! Input: six header bytes, then the document. Byte 0 holds flags: bit 0 English (else
//! Swedish), bit 1 the report date comes from the header even when the document has its own
//! `as_of`, bit 2 a date of the last stormöte (`since`) is given. Bytes 1–2 and 3–4 are the
//! report date and `since` as little-endian days after 2010-01-01; byte 5 is the days before
//! an activity is stale (0 keeps the default). A document without `as_of` always gets the
//! header's date, so that no run depends on today's date.
//!
//! Asserts that building the report never panics; that it fails exactly when the document
//! could not be read or `since` is after the report date; that rendering Markdown, HTML and
//! JSON never panics; that the HTML holds no `<script` (every text from the document is
//! escaped); and that the JSON is JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use overenskommelse::{Date, Document, Error, Lang, ReportOptions};

const HEADER: usize = 6;

fuzz_target!(|bytes: &[u8]| {
    let Some((header, document)) = bytes.split_first_chunk::<HEADER>() else {
        return;
    };
    let flags = header[0];
    let lang = if flags & 1 != 0 { Lang::En } else { Lang::Sv };
    let header_as_of = day(header[1], header[2]);
    let since = (flags & 4 != 0).then(|| day(header[3], header[4]));

    let document = Document::from_slice(document);
    let Some(agreement) = document.agreement() else {
        assert!(
            matches!(
                document.report(&ReportOptions::default()),
                Err(Error::Unreadable { .. })
            ),
            "a document that could not be read gave a report"
        );
        return;
    };

    let mut options = ReportOptions::default();
    if flags & 2 != 0 || agreement.as_of.is_none() {
        options = options.with_as_of(header_as_of);
    }
    if let Some(since) = since {
        options = options.with_since(since);
    }
    if header[5] != 0 {
        options = options.with_stale_after_days(u32::from(header[5]));
    }
    let as_of = options.as_of.or(agreement.as_of).expect("a report date");

    let report = document.report(&options);
    if since.is_some_and(|since| since > as_of) {
        assert!(
            matches!(report, Err(Error::SinceAfterAsOf { .. })),
            "since after as_of gave {report:?}"
        );
        return;
    }
    let report = report.expect("a readable document has a report");
    assert_eq!(report.as_of, as_of);

    let _ = document
        .report_markdown(&options, lang)
        .expect("the report renders as Markdown");
    let html = document
        .report_html(&options, lang)
        .expect("the report renders as HTML");
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "the HTML report holds a script"
    );
    let json = document
        .report_json(&options)
        .expect("the report renders as JSON");
    serde_json::from_str::<serde_json::Value>(&json).expect("the report's JSON is JSON");
});

/// The day `low + 256 * high` days after 2010-01-01 (at most 2189-06-04).
fn day(low: u8, high: u8) -> Date {
    let start = Date::from_ymd(2010, 1, 1).expect("a date");
    let days = u64::from(u16::from_le_bytes([low, high]));
    let naive = start
        .naive()
        .checked_add_days(chrono::Days::new(days))
        .expect("within the calendar");
    Date::from_naive(naive).expect("a four-digit year")
}
