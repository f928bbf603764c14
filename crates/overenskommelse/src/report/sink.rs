//! Where a rendered report goes: a string, or a writer fed in pieces.

use std::io;

/// How much text is gathered before it is handed to the writer.
const CHUNK: usize = 64 * 1024;

/// Text written in pieces into a buffer that goes to a writer whenever it fills: a report of
/// many activities never stands whole in memory. Without a writer the buffer is the result.
pub(super) struct Sink<'w> {
    /// The text not yet handed on.
    pub(super) out: String,
    writer: Option<&'w mut dyn io::Write>,
    /// The first failure of the writer; nothing more is written after it.
    failed: Option<io::Error>,
}

impl<'w> Sink<'w> {
    /// A sink whose text is kept, for a report returned as a string.
    pub(super) fn string(capacity: usize) -> Sink<'static> {
        Sink {
            out: String::with_capacity(capacity),
            writer: None,
            failed: None,
        }
    }

    /// A sink that hands its text to `writer` in pieces.
    pub(super) fn writer(writer: &'w mut dyn io::Write) -> Self {
        Sink {
            out: String::with_capacity(CHUNK + CHUNK / 4),
            writer: Some(writer),
            failed: None,
        }
    }

    /// Hands the text gathered so far to the writer when there is enough of it. The line
    /// breaks at its end stay: the end of a document is trimmed of them.
    pub(super) fn flush_if_full(&mut self) {
        if self.out.len() < CHUNK {
            return;
        }
        let Some(writer) = self.writer.as_mut() else {
            return;
        };
        let keep = self.out.trim_end_matches('\n').len();
        if self.failed.is_none() {
            if let Err(error) = writer.write_all(&self.out.as_bytes()[..keep]) {
                self.failed = Some(error);
            }
        }
        self.out.drain(..keep);
    }

    /// The whole text, for a sink without a writer.
    pub(super) fn into_string(self) -> String {
        self.out
    }

    /// Hands the rest to the writer and says whether every piece was written.
    pub(super) fn finish(mut self) -> io::Result<()> {
        if let Some(error) = self.failed.take() {
            return Err(error);
        }
        match self.writer.as_mut() {
            Some(writer) => {
                writer.write_all(self.out.as_bytes())?;
                writer.flush()
            }
            None => Ok(()),
        }
    }
}
