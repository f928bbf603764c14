//! Follow-up history rules: in date order, and no reopening without a word of why.

use super::{rules, Context, Finding};
use crate::i18n::{status_label, Lang, Message};

pub(super) fn check(cx: &mut Context<'_>) {
    let doc = cx.doc;
    for (i, plan) in doc.action_plans.iter().enumerate() {
        for (j, activity) in plan.activities.iter().enumerate() {
            for (k, pair) in activity.follow_ups.windows(2).enumerate() {
                let (before, after) = (&pair[0], &pair[1]);
                let path = |field: &str| {
                    format!(
                        "/action_plans/{i}/activities/{j}/follow_ups/{}/{field}",
                        k + 1
                    )
                };
                if after.date < before.date {
                    cx.push(
                        Finding::new(
                            &rules::FOLLOW_UPS_UNORDERED,
                            path("date"),
                            Message::new(
                                format!(
                                    "Uppföljningen {} står efter en uppföljning från {}.",
                                    after.date, before.date
                                ),
                                format!(
                                    "The follow-up of {} comes after one of {}.",
                                    after.date, before.date
                                ),
                            ),
                        )
                        .with_value(after.date.to_string()),
                    );
                    continue;
                }
                let has_note = after
                    .note
                    .as_ref()
                    .is_some_and(|note| !note.sv.trim().is_empty());
                if before.status.is_closed() && !after.status.is_closed() && !has_note {
                    let (from, to) = (before.status, after.status);
                    cx.push(
                        Finding::new(
                            &rules::IMPOSSIBLE_TRANSITION,
                            path("status"),
                            Message::new(
                                format!(
                                    "Aktiviteten var {} {} men är {} {} utan förklaring.",
                                    status_label(from, Lang::Sv), before.date, status_label(to, Lang::Sv), after.date
                                ),
                                format!(
                                    "The activity was {} on {} but is {} on {} without an explanation.",
                                    status_label(from, Lang::En), before.date, status_label(to, Lang::En), after.date
                                ),
                            ),
                        )
                        .with_value(to.code()),
                    );
                }
            }
        }
    }
}
