//! One error for Kotlin (`OverenskommelseException`) and Swift (`OverenskommelseError`): a
//! source that cannot be read, or an argument the library cannot use. Each carries its
//! message in Swedish and English, and a load error where it stands when the core says.

use overenskommelse::{Error, Lang};

use crate::rules;

/// Every error the library raises.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum OverenskommelseError {
    /// A source that cannot be read (a file), or a document too broken for what was asked of
    /// it (a report of a document with syntax errors, a migration of an unreadable one).
    #[error("{message_en}")]
    Load {
        /// What went wrong, in Swedish.
        message_sv: String,
        /// What went wrong, in English.
        message_en: String,
        /// The code of the first error finding (`OVK-SYN-001`), when one is the cause.
        code: Option<String>,
        /// Its JSON Pointer in the document; `""` is the whole document.
        pointer: Option<String>,
        /// Its line in the source, 1-based, when known.
        line: Option<u64>,
        /// Its column in the source, 1-based, in characters, when known.
        column: Option<u64>,
    },
    /// An argument the library cannot use: a date, a period, a language.
    #[error("{message_en}")]
    Usage {
        /// What went wrong, in Swedish.
        message_sv: String,
        /// What went wrong, in English.
        message_en: String,
    },
}

#[uniffi::export]
impl OverenskommelseError {
    /// What went wrong, in `lang`.
    pub fn message_in(&self, lang: rules::Lang) -> String {
        let (sv, en) = match self {
            Self::Load {
                message_sv,
                message_en,
                ..
            }
            | Self::Usage {
                message_sv,
                message_en,
            } => (message_sv, message_en),
        };
        match lang {
            rules::Lang::Sv => sv.clone(),
            rules::Lang::En => en.clone(),
        }
    }
}

impl From<Error> for OverenskommelseError {
    fn from(error: Error) -> Self {
        let (message_sv, message_en) = (error.message(Lang::Sv), error.message(Lang::En));
        match error {
            Error::SinceAfterAsOf { .. } | Error::PeriodReversed { .. } => Self::Usage {
                message_sv,
                message_en,
            },
            Error::Invalid { first, .. } => Self::Load {
                message_sv,
                message_en,
                code: Some(first.code().to_owned()),
                pointer: Some(first.path.clone()),
                line: first.line,
                column: first.column,
            },
            _ => Self::Load {
                message_sv,
                message_en,
                code: None,
                pointer: None,
                line: None,
                column: None,
            },
        }
    }
}

/// A usage error with a message of the core's table.
pub(crate) fn usage(
    word: overenskommelse::i18n::Word,
    args: &overenskommelse::i18n::Args,
) -> OverenskommelseError {
    let text = |lang| overenskommelse::i18n::text(word, args, lang);
    OverenskommelseError::Usage {
        message_sv: text(Lang::Sv),
        message_en: text(Lang::En),
    }
}
