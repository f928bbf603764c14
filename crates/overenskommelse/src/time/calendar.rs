//! Places a parsed time expression in the calendar. All date arithmetic is checked:
//! any date chrono cannot represent makes the expression unreadable instead of panicking.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::parser::{Item, Op, Range, Season, Term, Third, TimeExpr, Unit};
use super::Precision;

/// What the parser may assume besides the text.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Ctx {
    /// Year for units written without one.
    pub(super) year: Option<i32>,
    pub(super) period: Option<(NaiveDate, NaiveDate)>,
}

/// A closed interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) start: NaiveDate,
    pub(super) end: NaiveDate,
    pub(super) precision: Precision,
    /// A weekday named with a date that does not fall on it.
    pub(super) weekday_mismatch: bool,
}

/// A resolved time expression; bounds may be open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Window {
    pub(super) start: Option<NaiveDate>,
    pub(super) end: Option<NaiveDate>,
    pub(super) precision: Precision,
    pub(super) uncertain: bool,
    pub(super) weekday_mismatch: bool,
    /// The separate times of a list with gaps between them, in order; empty otherwise.
    pub(super) parts: Vec<(NaiveDate, NaiveDate)>,
    /// The year taken from the context, as the text would write it ("mars 2020", "vecka 1
    /// 2020", "nästa år" as 2020, "årsskiftet" as the year it turns into); `None` when the
    /// text needed none.
    pub(super) context_year: Option<i32>,
}

/// Where an item stands: alone (or in a list), or at either end of a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Alone,
    RangeStart,
    RangeEnd,
}

pub(super) fn resolve(expr: &TimeExpr, ctx: &Ctx) -> Option<Window> {
    if let Some(window) = turn_of_year(expr, ctx) {
        return window;
    }
    let mut items: Vec<Item> = Vec::new();
    let mut opens_range: Vec<bool> = Vec::new();
    let mut roles: Vec<Role> = Vec::new();
    for r in &expr.ranges {
        items.push(r.from);
        opens_range.push(r.to.is_some());
        if let Some(to) = r.to {
            roles.push(Role::RangeStart);
            items.push(to);
            opens_range.push(false);
            roles.push(Role::RangeEnd);
        } else {
            roles.push(Role::Alone);
        }
    }
    resolve_bare(&mut items, &opens_range)?;
    let mut context_year = fill_years(&mut items, ctx.year)?
        .then_some(ctx.year)
        .flatten();
    for item in &items {
        if let Unit::ContextYear { offset } = item.unit {
            context_year = context_year.or(ctx.year.and_then(|y| y.checked_add(offset)));
        }
    }
    // "vid årsskiftet" alone is written with the year it turns into.
    if let ([item], [role]) = (items.as_slice(), roles.as_slice()) {
        if let Unit::TurnOfYear { into: None, year } = item.unit {
            context_year = context_year.and(turn_into(None, year, *role));
        }
    }
    let spans = items
        .iter()
        .zip(&roles)
        .map(|(i, role)| item_span(i, *role, ctx))
        .collect::<Option<Vec<Span>>>()?;

    let mut spans = spans.into_iter();
    let mut listed: Vec<Span> = Vec::with_capacity(expr.ranges.len());
    for r in &expr.ranges {
        let a = spans.next()?;
        let span = match r.to {
            None => a,
            Some(_) => {
                let b = spans.next()?;
                // Backwards ranges ("maj–mars") are not read as crossing a year boundary.
                if a.start > b.start || a.end > b.end {
                    return None;
                }
                Span {
                    start: a.start,
                    end: b.end,
                    precision: coarser(a.precision, b.precision),
                    weekday_mismatch: a.weekday_mismatch || b.weekday_mismatch,
                }
            }
        };
        listed.push(span);
    }
    let h = listed.iter().copied().reduce(|h, span| Span {
        start: h.start.min(span.start),
        end: h.end.max(span.end),
        precision: coarser(h.precision, span.precision),
        weekday_mismatch: h.weekday_mismatch || span.weekday_mismatch,
    })?;

    // A list's items in order, those that overlap or touch joined: "15, 16 och 17 mars" is one
    // run of days, "7 och 21 oktober" two.
    listed.sort_by_key(|s| (s.start, s.end));
    let overlapping = listed.windows(2).any(|w| match w {
        [a, b] => b.start <= a.end,
        _ => false,
    });
    let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(listed.len());
    for span in &listed {
        match runs.last_mut() {
            Some((_, end)) if end.succ_opt().is_none_or(|next| span.start <= next) => {
                *end = (*end).max(span.end);
            }
            _ => runs.push((span.start, span.end)),
        }
    }
    // Commas alone enumerate items of one kind; items of different kinds, or that overlap,
    // cannot all be meant ("vt, Q2", "mars 2019, 2020").
    let one_kind = listed.windows(2).all(|w| match w {
        [a, b] => a.precision == b.precision,
        _ => true,
    });
    let alternatives = expr.alternatives || (expr.loose_commas && (overlapping || !one_kind));

    let explicit_end = matches!(expr.ranges.as_slice(), [r] if r.to.is_some());
    let (start, end) = match expr.op {
        Op::Within => (Some(h.start), Some(h.end)),
        Op::From => (Some(h.start), explicit_end.then_some(h.end)),
        Op::After if explicit_end => return None,
        Op::After => (Some(h.end.succ_opt()?), None),
        Op::Until => (None, Some(h.end)),
        Op::Before => (None, Some(h.start.pred_opt()?)),
    };
    // "till maj och framåt" leaves nothing bounded.
    let end = if expr.open_end {
        start?;
        None
    } else {
        end
    };
    let parts = if expr.op == Op::Within && !expr.open_end && !alternatives && runs.len() > 1 {
        runs
    } else {
        Vec::new()
    };
    Some(Window {
        start,
        end,
        precision: h.precision,
        uncertain: alternatives || expr.approximate || h.weekday_mismatch,
        weekday_mismatch: h.weekday_mismatch,
        parts,
        context_year,
    })
}

/// "från och med årsskiftet", "till årsskiftet 2019/2020": the turn of the year alone under a
/// bound is a day, New Year's Day or the eve before it. `None` when the expression is
/// anything else.
fn turn_of_year(expr: &TimeExpr, ctx: &Ctx) -> Option<Option<Window>> {
    let [Range {
        from:
            Item {
                unit: Unit::TurnOfYear { into, .. },
                third: None,
            },
        to: None,
    }] = expr.ranges.as_slice()
    else {
        return None;
    };
    if expr.op == Op::Within {
        return None;
    }
    let window = (|| {
        let role = match expr.op {
            Op::From | Op::After => Role::RangeStart,
            _ => Role::RangeEnd,
        };
        let into_year = turn_into(*into, ctx.year, role)?;
        let new_year = ymd(into_year, 1, 1)?;
        let (start, end) = match role {
            Role::RangeStart => (Some(new_year), None),
            _ => (None, Some(new_year.pred_opt()?)),
        };
        if expr.open_end {
            start?;
        }
        Some(Window {
            start,
            end,
            precision: Precision::Day,
            uncertain: expr.alternatives || expr.approximate,
            weekday_mismatch: false,
            parts: Vec::new(),
            context_year: into.is_none().then_some(into_year),
        })
    })();
    Some(window)
}

/// The coarser of two precisions by the length of their unit (the enum's order is not by length:
/// a term is longer than a quarter).
pub(super) fn coarser(a: Precision, b: Precision) -> Precision {
    fn months(p: Precision) -> u8 {
        match p {
            Precision::Day | Precision::Week => 0,
            Precision::Month => 1,
            Precision::Season | Precision::Quarter => 3,
            Precision::Tertial => 4,
            Precision::Term => 6,
            Precision::Year => 12,
        }
    }
    // Ties (day and week aside) keep the enum's order so the choice is stable.
    if (months(a), a) >= (months(b), b) {
        a
    } else {
        b
    }
}

/// Gives each bare number the kind of its neighbour: "15–17 mars" are days of March,
/// "vecka 12–14" and "Q2–3" continue the weeks and quarters before them.
fn resolve_bare(items: &mut [Item], opens_range: &[bool]) -> Option<()> {
    for k in 0..items.len() {
        let Unit::Bare { n, year, weekday } = items.get(k)?.unit else {
            continue;
        };
        let day_of = |u: &Unit| match *u {
            Unit::Day { month, .. } => Some(Unit::Day {
                day: n,
                month,
                year,
                weekday,
            }),
            _ => None,
        };
        // "måndag 15" can only be a day.
        let same_kind = |u: &Unit| match *u {
            _ if weekday.is_some() => None,
            Unit::Week { .. } => Some(Unit::Week { week: n, year }),
            Unit::Quarter { .. } => Some(Unit::Quarter { n, year }),
            Unit::Tertial { .. } => Some(Unit::Tertial { n, year }),
            Unit::Half { .. } => Some(Unit::Half { n, year }),
            _ => None,
        };
        let next = items
            .get(k + 1..)?
            .iter()
            .find(|i| !matches!(i.unit, Unit::Bare { .. }));
        let previous = items
            .get(..k)?
            .iter()
            .rev()
            .find(|i| !matches!(i.unit, Unit::Bare { .. }));
        let range_end_day = if opens_range.get(k) == Some(&true) {
            items.get(k + 1).and_then(|i| day_of(&i.unit))
        } else {
            None
        };
        let unit = range_end_day
            .or_else(|| previous.and_then(|p| same_kind(&p.unit)))
            .or_else(|| next.and_then(|i| day_of(&i.unit)))
            .or_else(|| previous.and_then(|p| day_of(&p.unit)))?;
        items.get_mut(k)?.unit = unit;
    }
    Some(())
}

/// A unit without a year takes the next year written after it, else the last one before it,
/// else the context's: "mars–maj 2019", "april, maj 2019", "vecka 12". True when the
/// context's was taken.
fn fill_years(items: &mut [Item], fallback: Option<i32>) -> Option<bool> {
    let mut took_fallback = false;
    let given: Vec<Option<i32>> = items.iter().map(|i| i.unit.given_year()).collect();
    for (k, item) in items.iter_mut().enumerate() {
        let Some(slot) = item.unit.year_slot() else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        let after = given.get(k + 1..).and_then(|g| g.iter().flatten().next());
        let before = given.get(..k).and_then(|g| g.iter().rev().flatten().next());
        let year = match after.or(before) {
            Some(year) => *year,
            None => {
                took_fallback = true;
                fallback?
            }
        };
        *slot = Some(year);
    }
    Some(took_fallback)
}

fn item_span(item: &Item, role: Role, ctx: &Ctx) -> Option<Span> {
    let span = unit_span(&item.unit, role, ctx)?;
    match item.third {
        None => Some(span),
        Some(third) => third_of(span, third),
    }
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `count` whole months from `month` of `year`, spilling into following years.
fn months(year: i32, month: u32, count: u32, precision: Precision) -> Option<Span> {
    let start = ymd(year, month, 1)?;
    let end = start.checked_add_months(Months::new(count))?.pred_opt()?;
    days(start, end, precision)
}

fn days(start: NaiveDate, end: NaiveDate, precision: Precision) -> Option<Span> {
    (start <= end).then_some(Span {
        start,
        end,
        precision,
        weekday_mismatch: false,
    })
}

/// One day, checked against the weekday the text names with it.
fn day(date: NaiveDate, weekday: Option<Weekday>) -> Option<Span> {
    let mut span = days(date, date, Precision::Day)?;
    span.weekday_mismatch = weekday.is_some_and(|w| w != date.weekday());
    Some(span)
}

/// The `n`th block of `size` months in a year, for `n` in `1..=last`.
fn nth_block(year: Option<i32>, n: u32, last: u32, size: u32, p: Precision) -> Option<Span> {
    if !(1..=last).contains(&n) {
        return None;
    }
    months(year?, (n - 1) * size + 1, size, p)
}

fn unit_span(unit: &Unit, role: Role, ctx: &Ctx) -> Option<Span> {
    use Precision as P;
    match *unit {
        Unit::Ymd {
            year,
            month,
            day: d,
            weekday,
        } => day(ymd(year, month, d)?, weekday),
        Unit::Day {
            day: d,
            month,
            year,
            weekday,
        } => day(ymd(year?, month, d)?, weekday),
        Unit::Bare { .. } => None,
        Unit::Month { month, year } => months(year?, month, 1, P::Month),
        Unit::Week { week, year } => {
            let year = year?;
            days(
                NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?,
                NaiveDate::from_isoywd_opt(year, week, Weekday::Sun)?,
                P::Week,
            )
        }
        Unit::Quarter { n, year } => nth_block(year, n, 4, 3, P::Quarter),
        Unit::Tertial { n, year } => nth_block(year, n, 3, 4, P::Tertial),
        // A half-year is as coarse as a term; Precision has no finer word for it.
        Unit::Half { n, year } => nth_block(year, n, 2, 6, P::Term),
        Unit::Season { season, year } => {
            let first = match season {
                Season::Spring => 3,
                Season::Summer => 6,
                Season::Autumn => 9,
                Season::Winter => 12,
            };
            months(year?, first, 3, P::Season)
        }
        Unit::Term { term, year } => {
            let year = year?;
            match term {
                Term::Spring => days(ymd(year, 1, 1)?, ymd(year, 6, 30)?, P::Term),
                Term::Autumn => days(ymd(year, 8, 1)?, ymd(year, 12, 31)?, P::Term),
            }
        }
        Unit::SchoolYear { year } => {
            days(ymd(year, 8, 1)?, ymd(year.checked_add(1)?, 6, 30)?, P::Term)
        }
        Unit::Year { year } => months(year, 1, 12, P::Year),
        Unit::Years { first, last } => days(ymd(first, 1, 1)?, ymd(last, 12, 31)?, P::Year),
        Unit::ContextYear { offset } => months(ctx.year?.checked_add(offset)?, 1, 12, P::Year),
        Unit::Period => {
            let (start, end) = ctx.period?;
            days(start, end, P::Year)
        }
        Unit::TurnOfYear { into, year } => {
            let new_year = ymd(turn_into(into, year, role)?, 1, 1)?;
            let eve = new_year.pred_opt()?;
            match role {
                // "från årsskiftet till sommaren", "hösten till årsskiftet".
                Role::RangeStart => days(new_year, new_year, P::Day),
                Role::RangeEnd => days(eve, eve, P::Day),
                // "vid årsskiftet": December and January.
                Role::Alone => months(eve.year(), 12, 2, P::Month),
            }
        }
    }
}

/// The year a turn of the year leads into: the one the text gives, else the turn into `year`
/// at the start of a range and the turn out of it anywhere else.
fn turn_into(into: Option<i32>, year: Option<i32>, role: Role) -> Option<i32> {
    match (into, role) {
        (Some(into), _) => Some(into),
        (None, Role::RangeStart) => year,
        (None, _) => year?.checked_add(1),
    }
}

/// "början/mitten/slutet av X". A month splits into days 1–10, 11–20 and 21–end; whole months
/// in a multiple of three split by months (a year into jan–apr, maj–aug, sep–dec; a season
/// into its months); anything else into three runs of days.
fn third_of(span: Span, third: Third) -> Option<Span> {
    let Span { start, end, .. } = span;
    let index: u32 = match third {
        Third::Early => 0,
        Third::Middle => 1,
        Third::Late => 2,
    };
    let whole_months = start.day() == 1 && end.succ_opt().is_some_and(|d| d.day() == 1);
    let month_count = (i64::from(end.year()) - i64::from(start.year())) * 12
        + i64::from(end.month())
        - i64::from(start.month())
        + 1;
    let (a, b) = if whole_months && month_count == 1 {
        match third {
            Third::Early => (start, start.with_day(10)?),
            Third::Middle => (start.with_day(11)?, start.with_day(20)?),
            Third::Late => (start.with_day(21)?, end),
        }
    } else if whole_months && month_count % 3 == 0 {
        let size = u32::try_from(month_count / 3).ok()?;
        let a = start.checked_add_months(Months::new(size.checked_mul(index)?))?;
        let b = a.checked_add_months(Months::new(size))?.pred_opt()?;
        (a, b)
    } else {
        let length = u64::try_from(end.signed_duration_since(start).num_days()).ok()? + 1;
        let outer = length / 3;
        if outer == 0 {
            // "början av 15 mars" has no thirds.
            return None;
        }
        match third {
            Third::Early => (start, start.checked_add_days(Days::new(outer - 1))?),
            Third::Middle => (
                start.checked_add_days(Days::new(outer))?,
                end.checked_sub_days(Days::new(outer))?,
            ),
            Third::Late => (end.checked_sub_days(Days::new(outer - 1))?, end),
        }
    };
    days(a, b, span.precision)
}
