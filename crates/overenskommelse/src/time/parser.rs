//! Grammar: tokens to a [`Reading`] whose dates are not yet placed in the calendar.
//!
//! Recursive descent with backtracking over a token cursor. Every rule either consumes
//! what it recognised or leaves the cursor where it was, so rules can be tried in turn.

use super::lexer::{tokenize, Num, Tok};
use super::Recurrence;

/// The four seasons of the Swedish year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// School terms (vt, ht).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Term {
    Spring,
    Autumn,
}

/// "början av", "mitten av", "slutet av".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Third {
    Early,
    Middle,
    Late,
}

/// One calendar unit as written; `year: None` means the text gave no year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// ISO date, which always carries its year.
    Ymd {
        year: i32,
        month: u32,
        day: u32,
    },
    Day {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// A lone number ("15" in "15–17 mars", "14" in "vecka 12–14"): its neighbours say what it counts.
    Bare {
        n: u32,
        year: Option<i32>,
    },
    Month {
        month: u32,
        year: Option<i32>,
    },
    Week {
        week: u32,
        year: Option<i32>,
    },
    Quarter {
        n: u32,
        year: Option<i32>,
    },
    Tertial {
        n: u32,
        year: Option<i32>,
    },
    Half {
        n: u32,
        year: Option<i32>,
    },
    Season {
        season: Season,
        year: Option<i32>,
    },
    Term {
        term: Term,
        year: Option<i32>,
    },
    /// Läsår: August of `year` to June of the next.
    SchoolYear {
        year: i32,
    },
    Year {
        year: i32,
    },
    /// "2019/2020": two consecutive years.
    Years {
        first: i32,
        last: i32,
    },
    /// "året", "nästa år": the context year plus `offset`.
    ContextYear {
        offset: i32,
    },
    /// "perioden": the action plan's period.
    Period,
}

impl Unit {
    /// The year slot of units that may lack a year.
    pub(super) fn year_slot(&mut self) -> Option<&mut Option<i32>> {
        match self {
            Unit::Day { year, .. }
            | Unit::Bare { year, .. }
            | Unit::Month { year, .. }
            | Unit::Week { year, .. }
            | Unit::Quarter { year, .. }
            | Unit::Tertial { year, .. }
            | Unit::Half { year, .. }
            | Unit::Season { year, .. }
            | Unit::Term { year, .. } => Some(year),
            _ => None,
        }
    }

    /// The year the text gave this unit, which a neighbour without one may borrow.
    pub(super) fn given_year(&self) -> Option<i32> {
        match *self {
            Unit::Ymd { year, .. } | Unit::Year { year } | Unit::SchoolYear { year } => Some(year),
            Unit::Years { first, .. } => Some(first),
            Unit::Day { year, .. }
            | Unit::Bare { year, .. }
            | Unit::Month { year, .. }
            | Unit::Week { year, .. }
            | Unit::Quarter { year, .. }
            | Unit::Tertial { year, .. }
            | Unit::Half { year, .. }
            | Unit::Season { year, .. }
            | Unit::Term { year, .. } => year,
            Unit::ContextYear { .. } | Unit::Period => None,
        }
    }
}

/// A unit, possibly narrowed to a third of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Item {
    pub(super) unit: Unit,
    pub(super) third: Option<Third>,
}

/// "X" or "X–Y".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Range {
    pub(super) from: Item,
    pub(super) to: Option<Item>,
}

/// How a prefix bounds the window of what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    /// "under X", "i X", plain "X".
    Within,
    /// "från X", "start X": start of X, end open (unless a range gives one).
    From,
    /// "efter X": after the end of X.
    After,
    /// "senast X", "till X": end of X, start open.
    Until,
    /// "före X": before the start of X.
    Before,
}

/// A time expression: a list of ranges under one prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TimeExpr {
    pub(super) op: Op,
    pub(super) ranges: Vec<Range>,
    /// Joined by "eller", "/", bare commas or juxtaposition: one of them, not all.
    pub(super) alternatives: bool,
    /// "X och framåt", "X –".
    pub(super) open_end: bool,
    /// "kring X", "omkring X".
    pub(super) approximate: bool,
}

/// All that was recognised in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Reading {
    pub(super) recurrence: Option<Recurrence>,
    /// At most two, which must be a start and an end ("Start hösten 2018, klart våren 2019").
    pub(super) times: Vec<TimeExpr>,
    pub(super) event: Option<String>,
}

/// An event name as token words; the last one only has to begin the text's word,
/// so the stem "stormöte" matches "stormötet" and "stormötena".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct EventStem {
    words: Vec<String>,
    id: String,
}

impl EventStem {
    /// `None` for stems that are empty or not plain words, which would match anything or nothing.
    pub(super) fn new(stem: &str, id: &str) -> Option<Self> {
        let mut words = Vec::new();
        for tok in tokenize(stem) {
            match tok {
                Tok::Word(w) => words.push(w),
                _ => return None,
            }
        }
        (!words.is_empty()).then(|| Self {
            words,
            id: id.to_owned(),
        })
    }
}

/// The event named at `pos`, as (tokens it takes, id).
pub(super) fn event_at<'e>(
    toks: &[Tok],
    pos: usize,
    events: &'e [EventStem],
) -> Option<(usize, &'e str)> {
    events.iter().find_map(|e| {
        let n = e.words.len();
        let matches =
            e.words
                .iter()
                .enumerate()
                .all(|(i, w)| match toks.get(pos.saturating_add(i)) {
                    Some(Tok::Word(t)) if i + 1 == n => t.starts_with(w.as_str()),
                    Some(Tok::Word(t)) => t == w,
                    _ => false,
                });
        matches.then_some((n, e.id.as_str()))
    })
}

/// Reads the whole token list; `None` if any token is left unexplained.
pub(super) fn read(toks: &[Tok], events: &[EventStem]) -> Option<Reading> {
    let mut c = Cursor { toks, pos: 0 };
    let mut reading = Reading::default();
    while !c.done() {
        let parsed_any =
            reading.recurrence.is_some() || !reading.times.is_empty() || reading.event.is_some();
        let joins = parsed_any && c.at(1).is_some() && matches!(c.word_at(0), Some("och" | "samt"));
        if c.eat(&Tok::Comma)
            || c.eat(&Tok::Dash)
            || (joins && c.eat_any(&["och", "samt"]).is_some())
        {
            continue;
        }
        if let Some(r) = c.attempt(recurrence) {
            if reading.recurrence.replace(r).is_some() {
                return None;
            }
        } else if let Some(t) = c.attempt(time_expr) {
            // Two at most: "Start hösten 2018, klart våren 2019" bounds both ends.
            if reading.times.len() >= 2 {
                return None;
            }
            reading.times.push(t);
        } else if let Some((id, each)) = c.attempt(|c| event(c, events)) {
            match &reading.event {
                Some(previous) if *previous != id => return None,
                _ => reading.event = Some(id),
            }
            if each && reading.recurrence.is_none() {
                reading.recurrence = Some(Recurrence::Regular);
            }
        } else if c.eat_table(FILLERS).is_none() {
            return None;
        }
    }
    (reading.recurrence.is_some() || !reading.times.is_empty() || reading.event.is_some())
        .then_some(reading)
}

struct Cursor<'a> {
    toks: &'a [Tok],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn done(&self) -> bool {
        self.pos >= self.toks.len()
    }

    fn at(&self, k: usize) -> Option<&'a Tok> {
        self.toks.get(self.pos.saturating_add(k))
    }

    fn word_at(&self, k: usize) -> Option<&'a str> {
        match self.at(k) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn advance(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n).min(self.toks.len());
    }

    fn eat(&mut self, tok: &Tok) -> bool {
        let hit = self.at(0) == Some(tok);
        if hit {
            self.advance(1);
        }
        hit
    }

    fn eat_word(&mut self, word: &str) -> bool {
        self.eat_any(&[word]).is_some()
    }

    fn eat_any(&mut self, words: &[&str]) -> Option<&'a str> {
        let w = self.word_at(0).filter(|w| words.contains(w))?;
        self.advance(1);
        Some(w)
    }

    fn at_phrase(&self, phrase: &[&str]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(i, p)| self.word_at(i) == Some(*p))
    }

    /// The value of the first phrase (in table order) that the text continues with.
    fn eat_table<T: Copy>(&mut self, table: &[(&[&str], T)]) -> Option<T> {
        let (phrase, value) = table.iter().find(|(p, _)| self.at_phrase(p))?;
        self.advance(phrase.len());
        Some(*value)
    }

    fn num(&mut self, max_digits: u8) -> Option<Num> {
        match self.at(0) {
            Some(Tok::Num(n)) if n.digits <= max_digits => {
                let n = *n;
                self.advance(1);
                Some(n)
            }
            _ => None,
        }
    }

    /// Runs `rule`, rewinding if it fails.
    fn attempt<T>(&mut self, rule: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let save = self.pos;
        let result = rule(self);
        if result.is_none() {
            self.pos = save;
        }
        result
    }
}

type Table<T> = &'static [(&'static [&'static str], T)];

const RECURRENCES: Table<Recurrence> = {
    use Recurrence::*;
    &[
        (&["hela", "tiden"], Continuous),
        (&["löpande"], Continuous),
        (&["fortlöpande"], Continuous),
        (&["kontinuerligt"], Continuous),
        (&["kontinuerlig"], Continuous),
        (&["kontinuerliga"], Continuous),
        (&["pågående"], Continuous),
        (&["pågår"], Continuous),
        (&["fortgående"], Continuous),
        (&["ständigt"], Continuous),
        (&["dagligen"], Daily),
        (&["dagligt"], Daily),
        (&["daglig"], Daily),
        (&["dagliga"], Daily),
        (&["veckovis"], Weekly),
        (&["veckovisa"], Weekly),
        (&["veckovist"], Weekly),
        (&["månadsvis"], Monthly),
        (&["månadsvisa"], Monthly),
        (&["månatligen"], Monthly),
        (&["månatlig"], Monthly),
        (&["månatligt"], Monthly),
        (&["månatliga"], Monthly),
        (&["årligen"], Yearly),
        (&["årlig"], Yearly),
        (&["årligt"], Yearly),
        (&["årliga"], Yearly),
        (&["årsvis"], Yearly),
        (&["årsvisa"], Yearly),
        (&["regelbunden"], Regular),
        (&["regelbundet"], Regular),
        (&["regelbundna"], Regular),
        (&["återkommande"], Regular),
        (&["kvartalsvis"], Regular),
        (&["terminsvis"], Regular),
        (&["periodvis"], Regular),
    ]
};

/// Nouns that may follow a recurrence word ("dagligt underhåll", "regelbunden uppdatering")
/// without adding anything about time.
const ACTIVITY_NOUNS: &[&str] = &[
    "underhåll",
    "uppdatering",
    "uppdateringar",
    "uppföljning",
    "uppföljningar",
    "avstämning",
    "avstämningar",
    "möte",
    "möten",
    "träff",
    "träffar",
    "kontakt",
    "kontakter",
    "dialog",
    "arbete",
    "rapportering",
    "översyn",
    "information",
    "utskick",
    "revidering",
    "återkoppling",
    "utvärdering",
];

fn recurrence(c: &mut Cursor<'_>) -> Option<Recurrence> {
    let r = match c.eat_table(RECURRENCES) {
        Some(r) => r,
        None => c.attempt(every).or_else(|| c.attempt(times_per))?,
    };
    c.eat_any(ACTIVITY_NOUNS);
    Some(r)
}

/// "varje vecka", "varannan månad".
fn every(c: &mut Cursor<'_>) -> Option<Recurrence> {
    let alternate = !matches!(
        c.eat_any(&["varje", "var", "varannan", "varannat", "vartannat"])?,
        "varje" | "var"
    );
    let unit = recurrence_unit(c)?;
    Some(if alternate { Recurrence::Regular } else { unit })
}

/// "en gång i månaden", "två gånger per år", "2 ggr/termin".
fn times_per(c: &mut Cursor<'_>) -> Option<Recurrence> {
    let count = match c.num(2) {
        Some(n) => n.value,
        None => match c.eat_any(&["en", "ett", "två", "tre", "fyra", "fem", "sex"])? {
            "en" | "ett" => 1,
            _ => 2,
        },
    };
    c.eat_any(&["gång", "gånger", "ggr"])?;
    if !c.eat(&Tok::Slash) {
        c.eat_any(&["per", "i", "om", "varje"])?;
    }
    let unit = recurrence_unit(c)?;
    Some(if count == 1 {
        unit
    } else {
        Recurrence::Regular
    })
}

fn recurrence_unit(c: &mut Cursor<'_>) -> Option<Recurrence> {
    Some(
        match c.eat_any(&[
            "dag",
            "dagen",
            "vecka",
            "veckan",
            "månad",
            "månaden",
            "år",
            "året",
            "termin",
            "terminen",
            "kvartal",
            "kvartalet",
            "tertial",
            "tertialet",
            "halvår",
            "halvåret",
        ])? {
            "dag" | "dagen" => Recurrence::Daily,
            "vecka" | "veckan" => Recurrence::Weekly,
            "månad" | "månaden" => Recurrence::Monthly,
            "år" | "året" => Recurrence::Yearly,
            _ => Recurrence::Regular,
        },
    )
}

const EVENT_PREPOSITIONS: &[&[&str]] = &[
    &["i", "samband", "med"],
    &["i", "anslutning", "till"],
    &["datum", "för"],
    &["vid"],
    &["inför"],
    &["på"],
    &["under"],
    &["i"],
    &["till"],
    &["efter"],
    &["före"],
    &["innan"],
];

/// Words that only say the activity takes place: "sker löpande", "genomförs under hösten".
const FILLERS: Table<()> = &[
    (&["datum"], ()),
    (&["sker"], ()),
    (&["genomförs"], ()),
    (&["äger", "rum"], ()),
];

/// "vid stormötet", "inför samrådet", "vid varje stormöte": the id, and whether every
/// occurrence is meant.
fn event(c: &mut Cursor<'_>, events: &[EventStem]) -> Option<(String, bool)> {
    // The event's date is not known here, so "senast vid stormötet" can only name it.
    c.eat_any(&["senast", "klart", "klar"]);
    if let Some(p) = EVENT_PREPOSITIONS.iter().find(|p| c.at_phrase(p)) {
        c.advance(p.len());
    }
    let each = c.eat_any(&["varje", "alla"]).is_some();
    if !each {
        c.eat_any(&["årets", "nästa", "kommande"]);
    }
    let (len, id) = event_at(c.toks, c.pos, events)?;
    c.advance(len);
    Some((id.to_owned(), each))
}

const OPS: Table<Op> = &[
    (&["från", "och", "med"], Op::From),
    (&["fr", "o", "m"], Op::From),
    (&["f", "o", "m"], Op::From),
    (&["fom"], Op::From),
    (&["med", "start"], Op::From),
    (&["startar", "upp"], Op::From),
    (&["startas", "upp"], Op::From),
    (&["start"], Op::From),
    (&["starten"], Op::From),
    (&["startar"], Op::From),
    (&["startas"], Op::From),
    (&["starta"], Op::From),
    (&["uppstart"], Op::From),
    (&["börjar"], Op::From),
    (&["påbörjas"], Op::From),
    (&["inleds"], Op::From),
    (&["från"], Op::From),
    (&["tidigast"], Op::From),
    (&["efter"], Op::After),
    (&["fram", "till", "och", "med"], Op::Until),
    (&["fram", "till"], Op::Until),
    (&["till", "och", "med"], Op::Until),
    (&["t", "o", "m"], Op::Until),
    (&["tom"], Op::Until),
    (&["till"], Op::Until),
    (&["senast"], Op::Until),
    (&["avslutas"], Op::Until),
    (&["slutar"], Op::Until),
    (&["före"], Op::Before),
    (&["innan"], Op::Before),
    (&["inför"], Op::Before),
];

/// Words saying something will be done by then: "klart i maj" means by the end of May.
const COMPLETION: &[&str] = &[
    "klart",
    "klar",
    "klara",
    "färdigt",
    "färdig",
    "avslutat",
    "avslutad",
    "genomfört",
    "genomförd",
];

const APPROXIMATE: &[&str] = &["kring", "omkring", "runt"];

/// Prepositions that only say "during".
const WITHIN: &[&str] = &["under", "i", "på", "vid", "inom"];

const RANGE_SEPARATORS: Table<()> = &[
    (&["fram", "till", "och", "med"], ()),
    (&["fram", "till"], ()),
    (&["till", "och", "med"], ()),
    (&["t", "o", "m"], ()),
    (&["tom"], ()),
    (&["till"], ()),
];

const OPEN_END: Table<()> = &[
    (&["och", "framåt"], ()),
    (&["framåt"], ()),
    (&["och", "tills", "vidare"], ()),
    (&["tills", "vidare"], ()),
    (&["och", "vidare"], ()),
    (&["och", "fortsättningsvis"], ()),
    (&["fortsättningsvis"], ()),
    (&["och", "därefter"], ()),
    (&["och", "fortsatt"], ()),
];

fn time_expr(c: &mut Cursor<'_>) -> Option<TimeExpr> {
    let mut op = None;
    let mut approximate = false;
    let mut completion = false;
    loop {
        if let Some(o) = c.eat_table(OPS) {
            if op.is_some_and(|p| p != o) {
                return None;
            }
            op = Some(o);
        } else if c.eat_any(COMPLETION).is_some() {
            completion = true;
        } else if c.eat_any(APPROXIMATE).is_some() {
            approximate = true;
        } else if c.eat_any(WITHIN).is_none() {
            break;
        }
    }
    let op = match op {
        Some(op) => op,
        None if completion => Op::Until,
        None => Op::Within,
    };
    let (ranges, alternatives) = if c.eat_word("mellan") {
        let from = item(c)?;
        if !c.eat_word("och") && !c.eat(&Tok::Dash) {
            return None;
        }
        let to = Some(item(c)?);
        (vec![Range { from, to }], false)
    } else {
        list(c)?
    };
    let open_end = c.eat_table(OPEN_END).is_some()
        || (c.at(0) == Some(&Tok::Dash) && c.at(1).is_none() && c.eat(&Tok::Dash));
    Some(TimeExpr {
        op,
        ranges,
        alternatives,
        open_end,
        approximate,
    })
}

/// Ranges joined by commas, "och", "eller", "/", or (months only) nothing: "April Mars, maj".
fn list(c: &mut Cursor<'_>) -> Option<(Vec<Range>, bool)> {
    #[derive(PartialEq)]
    enum Sep {
        None,
        Comma,
        And,
        Or,
    }
    let mut ranges = vec![range(c)?];
    let (mut commas, mut or, mut last_and) = (false, false, false);
    loop {
        let save = c.pos;
        let sep = if c.eat(&Tok::Comma) {
            if c.eat_word("eller") {
                Sep::Or
            } else if c.eat_any(&["och", "samt"]).is_some() {
                Sep::And
            } else {
                Sep::Comma
            }
        } else if c.eat_word("eller") || c.eat(&Tok::Slash) {
            Sep::Or
        } else if c.eat_any(&["och", "samt"]).is_some() {
            Sep::And
        } else {
            Sep::None
        };
        let next = c.attempt(range);
        let accepted = match (&sep, next, ranges.last()) {
            (Sep::None, Some(r), Some(prev)) => is_lone_month(prev) && is_lone_month(&r),
            (_, Some(_), _) => true,
            _ => false,
        };
        match next {
            Some(r) if accepted => {
                commas |= sep == Sep::Comma;
                or |= sep == Sep::Or || sep == Sep::None;
                last_and = sep == Sep::And;
                ranges.push(r);
            }
            _ => {
                c.pos = save;
                break;
            }
        }
    }
    // "15, 16 och 17 mars" enumerates; "April Mars, maj" offers alternatives.
    Some((ranges, or || (commas && !last_and)))
}

fn is_lone_month(r: &Range) -> bool {
    r.to.is_none() && r.from.third.is_none() && matches!(r.from.unit, Unit::Month { .. })
}

fn range(c: &mut Cursor<'_>) -> Option<Range> {
    let from = item(c)?;
    let to = c.attempt(|c| {
        if !c.eat(&Tok::Dash) {
            c.eat_table(RANGE_SEPARATORS)?;
        }
        item(c)
    });
    Some(Range { from, to })
}

const THIRDS: Table<Third> = &[
    (&["i", "början", "av"], Third::Early),
    (&["i", "början", "på"], Third::Early),
    (&["början", "av"], Third::Early),
    (&["början", "på"], Third::Early),
    (&["början"], Third::Early),
    (&["tidigt", "i"], Third::Early),
    (&["tidigt", "på"], Third::Early),
    (&["tidig"], Third::Early),
    (&["i", "mitten", "av"], Third::Middle),
    (&["i", "mitten", "på"], Third::Middle),
    (&["mitten", "av"], Third::Middle),
    (&["mitten", "på"], Third::Middle),
    (&["mitt", "i"], Third::Middle),
    (&["mitten"], Third::Middle),
    (&["i", "slutet", "av"], Third::Late),
    (&["i", "slutet", "på"], Third::Late),
    (&["slutet", "av"], Third::Late),
    (&["slutet", "på"], Third::Late),
    (&["slutet"], Third::Late),
    (&["senare", "delen", "av"], Third::Late),
    (&["sent", "i"], Third::Late),
    (&["sent", "på"], Third::Late),
    (&["sen"], Third::Late),
];

fn item(c: &mut Cursor<'_>) -> Option<Item> {
    c.eat_word("hela");
    let third = c.eat_table(THIRDS);
    let (unit, own) = c.attempt(year_unit).or_else(|| c.attempt(sub_year_unit))?;
    let third = match (third, own) {
        (Some(_), Some(_)) => return None,
        (a, b) => a.or(b),
    };
    Some(Item { unit, third })
}

type Parsed = (Unit, Option<Third>);

fn plain(unit: Unit) -> Option<Parsed> {
    Some((unit, None))
}

/// Units headed by a four-digit year: "2019", "2019-03-15", "2019-03", "2019/2020", "2019 mars".
fn year_unit(c: &mut Cursor<'_>) -> Option<Parsed> {
    if let Some(u) = c.attempt(iso_date) {
        return plain(u);
    }
    let named = c
        .eat_any(&["år", "året", "åren", "verksamhetsåret", "kalenderåret"])
        .is_some();
    let year = year4(c)?;
    if let Some(last) = c.attempt(|c| {
        c.eat(&Tok::Slash).then_some(())?;
        next_year(year, c.num(4)?)
    }) {
        return plain(Unit::Years { first: year, last });
    }
    if !named {
        let attached = c.attempt(|c| {
            let (mut unit, third) = sub_year_unit(c)?;
            let slot = unit.year_slot()?;
            if slot.is_some() {
                return None;
            }
            *slot = Some(year);
            Some((unit, third))
        });
        if attached.is_some() {
            return attached;
        }
    }
    plain(Unit::Year { year })
}

fn iso_date(c: &mut Cursor<'_>) -> Option<Unit> {
    let year = year4(c)?;
    c.eat(&Tok::Dash).then_some(())?;
    let month = c.num(2)?;
    if let Some(day) = c.attempt(|c| {
        c.eat(&Tok::Dash).then_some(())?;
        c.num(2)
    }) {
        return Some(Unit::Ymd {
            year,
            month: month.value,
            day: day.value,
        });
    }
    // "2019-03" only with a two-digit month, so "2019-22" is not taken for a month.
    (month.digits == 2 && (1..=12).contains(&month.value)).then_some(Unit::Month {
        month: month.value,
        year: Some(year),
    })
}

fn year4(c: &mut Cursor<'_>) -> Option<i32> {
    match c.at(0) {
        Some(Tok::Num(n)) if n.digits == 4 => {
            let year = i32::try_from(n.value).ok()?;
            c.advance(1);
            Some(year)
        }
        _ => None,
    }
}

/// The year after `year` if `n` writes it in full or by its last two digits ("2019/20").
fn next_year(year: i32, n: Num) -> Option<i32> {
    let next = year.checked_add(1)?;
    let written = i64::from(n.value);
    let fits = match n.digits {
        4 => written == i64::from(next),
        2 => written == i64::from(next.rem_euclid(100)),
        _ => false,
    };
    fits.then_some(next)
}

/// "-19", "19" after a season or term: two-digit years of this century.
fn short_year(c: &mut Cursor<'_>) -> Option<i32> {
    c.eat(&Tok::Dash);
    let n = c.num(2).filter(|n| n.digits == 2)?;
    // "hösten - 19 mars" is a range to a date, not autumn 2019.
    if matches!(c.at(0), Some(Tok::Slash)) || c.word_at(0).and_then(month_of).is_some() {
        return None;
    }
    i32::try_from(n.value).ok().map(|y| 2000 + y)
}

fn sub_year_unit(c: &mut Cursor<'_>) -> Option<Parsed> {
    if let Some(u) = c.attempt(month_unit) {
        return plain(u);
    }
    if let Some(u) = c.attempt(week_unit) {
        return plain(u);
    }
    if let Some(n) = c.attempt(|c| numbered(c, &["kvartal", "kv", "q"], QUARTER_NOUNS, 4)) {
        return plain(Unit::Quarter { n, year: year4(c) });
    }
    if let Some(n) = c.attempt(|c| numbered(c, &["tertial", "t"], TERTIAL_NOUNS, 3)) {
        return plain(Unit::Tertial { n, year: year4(c) });
    }
    if let Some(n) = c.attempt(|c| numbered(c, &["halvår", "h"], HALF_NOUNS, 2)) {
        return plain(Unit::Half { n, year: year4(c) });
    }
    if let Some(p) = c.attempt(season_unit) {
        return Some(p);
    }
    if let Some(term) = c.eat_table(TERMS) {
        let year = year4(c).or_else(|| c.attempt(short_year));
        return plain(Unit::Term { term, year });
    }
    if let Some(u) = c.attempt(school_year) {
        return plain(u);
    }
    if c.eat_any(PERIOD_WORDS).is_some() {
        return plain(Unit::Period);
    }
    if let Some(offset) = c.eat_table(CONTEXT_YEARS) {
        return plain(Unit::ContextYear { offset });
    }
    c.attempt(day_unit).and_then(plain)
}

fn month_of(word: &str) -> Option<u32> {
    Some(match word {
        "januari" | "jan" => 1,
        "februari" | "feb" | "febr" => 2,
        "mars" | "mar" => 3,
        "april" | "apr" => 4,
        "maj" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "augusti" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn month_word(c: &mut Cursor<'_>) -> Option<u32> {
    let month = c.word_at(0).and_then(month_of)?;
    c.advance(1);
    Some(month)
}

fn month_unit(c: &mut Cursor<'_>) -> Option<Unit> {
    let month = month_word(c)?;
    c.eat_word("månad");
    Some(Unit::Month {
        month,
        year: year4(c),
    })
}

fn week_unit(c: &mut Cursor<'_>) -> Option<Unit> {
    c.eat_any(&["vecka", "veckan", "veckor", "veckorna", "v", "vv", "vnr"])?;
    c.eat_word("nr");
    let week = c.num(2)?.value;
    Some(Unit::Week {
        week,
        year: year4(c),
    })
}

const QUARTER_NOUNS: &[&str] = &["kvartalet", "kvartal"];
const TERTIAL_NOUNS: &[&str] = &["tertialet", "tertialen", "tertial"];
const HALF_NOUNS: &[&str] = &["halvåret", "halvår"];

/// "kvartal 2", "Q2", "andra kvartalet", "2:a kvartalet", "sista kvartalet".
fn numbered(c: &mut Cursor<'_>, heads: &[&str], nouns: &[&str], last: u32) -> Option<u32> {
    if c.eat_any(heads).is_some() {
        return c.num(1).map(|n| n.value);
    }
    let n = match c.eat_any(&["första", "andra", "tredje", "fjärde", "sista"]) {
        Some("första") => 1,
        Some("andra") => 2,
        Some("tredje") => 3,
        Some("fjärde") => 4,
        Some(_) => last,
        None => {
            let n = c.num(1)?.value;
            c.eat_any(&["a", "e"])?;
            n
        }
    };
    c.eat_any(nouns)?;
    Some(n)
}

const SEASONS: Table<(Season, Option<Third>)> = {
    use Season::*;
    use Third::*;
    &[
        (&["våren"], (Spring, None)),
        (&["vår"], (Spring, None)),
        (&["förvåren"], (Spring, Some(Early))),
        (&["förvår"], (Spring, Some(Early))),
        (&["senvåren"], (Spring, Some(Late))),
        (&["senvår"], (Spring, Some(Late))),
        (&["sommaren"], (Summer, None)),
        (&["sommar"], (Summer, None)),
        (&["försommaren"], (Summer, Some(Early))),
        (&["försommar"], (Summer, Some(Early))),
        (&["högsommaren"], (Summer, Some(Middle))),
        (&["högsommar"], (Summer, Some(Middle))),
        (&["sensommaren"], (Summer, Some(Late))),
        (&["sensommar"], (Summer, Some(Late))),
        (&["hösten"], (Autumn, None)),
        (&["höst"], (Autumn, None)),
        (&["förhösten"], (Autumn, Some(Early))),
        (&["förhöst"], (Autumn, Some(Early))),
        (&["senhösten"], (Autumn, Some(Late))),
        (&["senhöst"], (Autumn, Some(Late))),
        (&["vintern"], (Winter, None)),
        (&["vinter"], (Winter, None)),
        (&["förvintern"], (Winter, Some(Early))),
        (&["förvinter"], (Winter, Some(Early))),
        (&["midvintern"], (Winter, Some(Middle))),
        (&["midvinter"], (Winter, Some(Middle))),
        (&["senvintern"], (Winter, Some(Late))),
        (&["senvinter"], (Winter, Some(Late))),
        (&["vårvintern"], (Winter, Some(Late))),
        (&["vårvinter"], (Winter, Some(Late))),
    ]
};

fn season_unit(c: &mut Cursor<'_>) -> Option<Parsed> {
    let (season, third) = c.eat_table(SEASONS)?;
    // "vintern 2018/2019" names the winter by both its years.
    let winter_years = if season == Season::Winter {
        c.attempt(year_pair)
    } else {
        None
    };
    let year = winter_years
        .or_else(|| year4(c))
        .or_else(|| c.attempt(short_year));
    Some((Unit::Season { season, year }, third))
}

const TERMS: Table<Term> = &[
    (&["vt"], Term::Spring),
    (&["vårtermin"], Term::Spring),
    (&["vårterminen"], Term::Spring),
    (&["ht"], Term::Autumn),
    (&["hösttermin"], Term::Autumn),
    (&["höstterminen"], Term::Autumn),
];

fn school_year(c: &mut Cursor<'_>) -> Option<Unit> {
    c.eat_any(&["läsåret", "läsår"])?;
    let year = year_pair(c)?;
    Some(Unit::SchoolYear { year })
}

/// "2019/2020", "2019-20", "19/20": the first of two consecutive years.
fn year_pair(c: &mut Cursor<'_>) -> Option<i32> {
    let first = c.num(4).filter(|n| n.digits == 4 || n.digits == 2)?;
    let year = i32::try_from(first.value).ok()?;
    let year = if first.digits == 2 { 2000 + year } else { year };
    if !c.eat(&Tok::Slash) {
        c.eat(&Tok::Dash).then_some(())?;
    }
    let second = c.num(4)?;
    if first.digits == 2 && second.digits != 2 {
        return None;
    }
    next_year(year, second)?;
    Some(year)
}

const PERIOD_WORDS: &[&str] = &[
    "perioden",
    "planperioden",
    "avtalsperioden",
    "verksamhetsperioden",
    "handlingsplansperioden",
];

const CONTEXT_YEARS: Table<i32> = &[
    (&["innevarande", "år"], 0),
    (&["nästa", "år"], 1),
    (&["nästkommande", "år"], 1),
    (&["året"], 0),
    (&["helåret"], 0),
    (&["helår"], 0),
    (&["år"], 0),
    (&["verksamhetsåret"], 0),
    (&["kalenderåret"], 0),
];

const WEEKDAYS: &[&str] = &[
    "måndag",
    "måndagen",
    "tisdag",
    "tisdagen",
    "onsdag",
    "onsdagen",
    "torsdag",
    "torsdagen",
    "fredag",
    "fredagen",
    "lördag",
    "lördagen",
    "söndag",
    "söndagen",
];

/// "15 mars", "den 15:e mars 2019", "15/3", "15/3/2019", or a bare "15".
fn day_unit(c: &mut Cursor<'_>) -> Option<Unit> {
    let weekday = c.eat_any(WEEKDAYS).is_some();
    c.eat_word("den");
    let day = c.num(2)?.value;
    c.eat_any(&["a", "e"]);
    let month = month_word(c).or_else(|| {
        c.attempt(|c| {
            c.eat(&Tok::Slash).then_some(())?;
            c.num(2).map(|m| m.value)
        })
    });
    let Some(month) = month else {
        if weekday {
            return None;
        }
        return Some(Unit::Bare {
            n: day,
            year: year4(c),
        });
    };
    let year = year4(c).or_else(|| {
        c.attempt(|c| {
            c.eat(&Tok::Slash).then_some(())?;
            year4(c)
        })
    });
    c.attempt(clock);
    Some(Unit::Day { day, month, year })
}

/// "kl 18", "kl. 18.00–20.00": a time of day adds nothing to a window of days.
fn clock(c: &mut Cursor<'_>) -> Option<()> {
    c.eat_any(&["kl", "klockan"])?;
    hour_minute(c)?;
    c.attempt(|c| {
        c.eat(&Tok::Dash).then_some(())?;
        hour_minute(c)?;
        let date_follows =
            c.at(0) == Some(&Tok::Slash) || c.word_at(0).and_then(month_of).is_some();
        (!date_follows).then_some(())
    });
    Some(())
}

fn hour_minute(c: &mut Cursor<'_>) -> Option<()> {
    c.num(2).filter(|h| h.value <= 24)?;
    c.attempt(|c| c.num(2).filter(|m| m.digits == 2 && m.value < 60));
    Some(())
}
