//! Grammar: tokens to a [`Reading`] whose dates are not yet placed in the calendar.
//!
//! Recursive descent with backtracking over a token cursor. Every rule either consumes
//! what it recognised or leaves the cursor where it was, so rules can be tried in turn.

use chrono::Weekday;

use super::lexer::{tokenize, Num, Tok};
use super::{Frequency, FrequencyUnit, Recurrence};

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
    /// ISO date, which always carries its year; `weekday` as the text names it, to be checked.
    Ymd {
        year: i32,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
    },
    Day {
        day: u32,
        month: u32,
        year: Option<i32>,
        weekday: Option<Weekday>,
    },
    /// A lone number ("15" in "15–17 mars", "14" in "vecka 12–14"): its neighbours say what it counts.
    Bare {
        n: u32,
        year: Option<i32>,
        weekday: Option<Weekday>,
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
    /// "2019/2020", "perioden 2019–2022": a run of years.
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
    /// "årsskiftet": the turn of the year into `into` when the text gives it ("årsskiftet
    /// 2019/2020"), else near `year` (a neighbour's or the context's): the turn into it at the
    /// start of a range or after "från", the turn out of it at the end of a range, after "till"
    /// or alone.
    TurnOfYear {
        into: Option<i32>,
        year: Option<i32>,
    },
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
            Unit::TurnOfYear { into: None, year } => Some(year),
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
            Unit::ContextYear { .. } | Unit::Period | Unit::TurnOfYear { .. } => None,
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
    /// Joined by "eller", "/" or juxtaposition: one of them, not all.
    pub(super) alternatives: bool,
    /// Joined by commas alone ("2019, 2020, 2021"): all of them, like a list that ends in
    /// "och", unless the items overlap or are of different kinds ("vt, Q2"), which makes them
    /// alternatives.
    pub(super) loose_commas: bool,
    /// "X och framåt", "X –".
    pub(super) open_end: bool,
    /// "kring X", "omkring X".
    pub(super) approximate: bool,
}

/// All that was recognised in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Reading {
    pub(super) recurrence: Option<Recurrence>,
    /// How often, in numbers, when the text says it ("fyra gånger per år").
    pub(super) frequency: Option<Frequency>,
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
            if reading.recurrence.replace(r.recurrence).is_some() {
                return None;
            }
            reading.frequency = r.frequency;
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
        } else if c.eat_table(FILLERS).is_none() && c.attempt(clock).is_none() {
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

/// A recurrence word, and the unit it counts in when [`Recurrence`] has no word of its own for it.
const RECURRENCES: Table<(Recurrence, Option<FrequencyUnit>)> = {
    use FrequencyUnit::{HalfYear, Quarter, Term, Tertial};
    use Recurrence::*;
    &[
        (&["hela", "tiden"], (Continuous, None)),
        (&["löpande"], (Continuous, None)),
        (&["fortlöpande"], (Continuous, None)),
        (&["kontinuerligt"], (Continuous, None)),
        (&["kontinuerlig"], (Continuous, None)),
        (&["kontinuerliga"], (Continuous, None)),
        (&["pågående"], (Continuous, None)),
        (&["pågår"], (Continuous, None)),
        (&["fortgående"], (Continuous, None)),
        (&["ständigt"], (Continuous, None)),
        (&["dagligen"], (Daily, None)),
        (&["dagligt"], (Daily, None)),
        (&["daglig"], (Daily, None)),
        (&["dagliga"], (Daily, None)),
        (&["veckovis"], (Weekly, None)),
        (&["veckovisa"], (Weekly, None)),
        (&["veckovist"], (Weekly, None)),
        (&["måndagar"], (Weekly, None)),
        (&["tisdagar"], (Weekly, None)),
        (&["onsdagar"], (Weekly, None)),
        (&["torsdagar"], (Weekly, None)),
        (&["fredagar"], (Weekly, None)),
        (&["lördagar"], (Weekly, None)),
        (&["söndagar"], (Weekly, None)),
        (&["månadsvis"], (Monthly, None)),
        (&["månadsvisa"], (Monthly, None)),
        (&["månatligen"], (Monthly, None)),
        (&["månatlig"], (Monthly, None)),
        (&["månatligt"], (Monthly, None)),
        (&["månatliga"], (Monthly, None)),
        (&["årligen"], (Yearly, None)),
        (&["årlig"], (Yearly, None)),
        (&["årligt"], (Yearly, None)),
        (&["årliga"], (Yearly, None)),
        (&["årsvis"], (Yearly, None)),
        (&["årsvisa"], (Yearly, None)),
        (&["regelbunden"], (Regular, None)),
        (&["regelbundet"], (Regular, None)),
        (&["regelbundna"], (Regular, None)),
        (&["återkommande"], (Regular, None)),
        (&["kvartalsvis"], (Regular, Some(Quarter))),
        (&["kvartalsvisa"], (Regular, Some(Quarter))),
        (&["terminsvis"], (Regular, Some(Term))),
        (&["tertialvis"], (Regular, Some(Tertial))),
        (&["halvårsvis"], (Regular, Some(HalfYear))),
        (&["periodvis"], (Regular, None)),
        (&["vid", "behov"], (OnDemand, None)),
        (&["efter", "behov"], (OnDemand, None)),
        (&["utifrån", "behov"], (OnDemand, None)),
        (&["enligt", "behov"], (OnDemand, None)),
        (&["när", "behov", "finns"], (OnDemand, None)),
        (&["när", "behov", "uppstår"], (OnDemand, None)),
        (&["vid", "förfrågan"], (OnDemand, None)),
        (&["på", "förfrågan"], (OnDemand, None)),
        (&["vid", "efterfrågan"], (OnDemand, None)),
        (&["på", "begäran"], (OnDemand, None)),
        (&["behovsstyrt"], (OnDemand, None)),
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

/// A recurrence and, when the text says how often in numbers, its frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Repeat {
    pub(super) recurrence: Recurrence,
    pub(super) frequency: Option<Frequency>,
}

/// The largest count or interval read ("var 100:e dag" is the most any plan needs).
const MAX_COUNT: u32 = 100;

fn recurrence(c: &mut Cursor<'_>) -> Option<Repeat> {
    let r = match c.eat_table(RECURRENCES) {
        Some((recurrence, unit)) => Repeat {
            recurrence,
            frequency: unit.map(|unit| Frequency {
                times: 1,
                every: 1,
                unit: Some(unit),
            }),
        },
        None => c.attempt(every).or_else(|| c.attempt(times_per))?,
    };
    c.eat_any(ACTIVITY_NOUNS);
    Some(r)
}

/// `times` times every `every` `unit`s: a plain recurrence when that is once a day, week, month
/// or year, else a regular one with its frequency.
fn repeat(times: u32, every: u32, unit: Option<FrequencyUnit>) -> Repeat {
    let plain = match unit {
        Some(FrequencyUnit::Day) => Some(Recurrence::Daily),
        Some(FrequencyUnit::Week) => Some(Recurrence::Weekly),
        Some(FrequencyUnit::Month) => Some(Recurrence::Monthly),
        Some(FrequencyUnit::Year) => Some(Recurrence::Yearly),
        _ => None,
    };
    match plain {
        Some(recurrence) if times == 1 && every == 1 => Repeat {
            recurrence,
            frequency: None,
        },
        _ => Repeat {
            recurrence: Recurrence::Regular,
            frequency: Some(Frequency { times, every, unit }),
        },
    }
}

/// "varje vecka", "varannan månad", "vart tredje år", "var 14:e dag", "varje måndag".
fn every(c: &mut Cursor<'_>) -> Option<Repeat> {
    let every = match c.eat_any(&["varje", "var", "vart", "varannan", "varannat", "vartannat"])? {
        "varje" => 1,
        "var" | "vart" => c.attempt(ordinal).unwrap_or(1),
        _ => 2,
    };
    let unit = frequency_unit(c)?;
    Some(repeat(1, every, Some(unit)))
}

/// "tredje", "annan", "3:e": the ordinal after "var" and "vart".
fn ordinal(c: &mut Cursor<'_>) -> Option<u32> {
    let n = match c.eat_any(&[
        "annan", "annat", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
        "nionde", "tionde", "elfte", "tolfte",
    ]) {
        Some("annan" | "annat" | "andra") => 2,
        Some("tredje") => 3,
        Some("fjärde") => 4,
        Some("femte") => 5,
        Some("sjätte") => 6,
        Some("sjunde") => 7,
        Some("åttonde") => 8,
        Some("nionde") => 9,
        Some("tionde") => 10,
        Some("elfte") => 11,
        Some("tolfte") => 12,
        _ => {
            let n = c.num(3)?.value;
            c.eat_any(&["e", "a"]);
            n
        }
    };
    (2..=MAX_COUNT).contains(&n).then_some(n)
}

/// "en gång i månaden", "två gånger per år", "2 ggr/termin", "fyra träffar per termin",
/// "tre gånger" (over the window that follows: "tre gånger under hösten").
fn times_per(c: &mut Cursor<'_>) -> Option<Repeat> {
    let count = match c.num(3) {
        Some(n) => Some(n.value),
        None => match c.eat_table(COUNTS)? {
            0 => None,
            n => Some(n),
        },
    };
    if count.is_some_and(|n| !(1..=MAX_COUNT).contains(&n)) {
        return None;
    }
    c.eat_any(&[
        "gång",
        "gånger",
        "ggr",
        "gg",
        "tillfälle",
        "tillfällen",
        "träff",
        "träffar",
    ])?;
    let unit = c.attempt(|c| {
        if !c.eat(&Tok::Slash) {
            c.eat_any(&["per", "i", "om", "varje"])?;
        }
        frequency_unit(c)
    });
    match (count, unit) {
        // "en gång" alone is no rhythm.
        (Some(1), None) => None,
        (Some(times), unit) => Some(repeat(times, 1, unit)),
        // "några gånger per år": regular, but how often is not said.
        (None, _) => Some(Repeat {
            recurrence: Recurrence::Regular,
            frequency: None,
        }),
    }
}

/// Numbers in words; 0 for counts that are not said ("några", "ett par").
const COUNTS: Table<u32> = &[
    (&["ett", "par"], 0),
    (&["några"], 0),
    (&["flera"], 0),
    (&["en"], 1),
    (&["ett"], 1),
    (&["två"], 2),
    (&["tre"], 3),
    (&["fyra"], 4),
    (&["fem"], 5),
    (&["sex"], 6),
    (&["sju"], 7),
    (&["åtta"], 8),
    (&["nio"], 9),
    (&["tio"], 10),
    (&["elva"], 11),
    (&["tolv"], 12),
];

fn frequency_unit(c: &mut Cursor<'_>) -> Option<FrequencyUnit> {
    if weekday_word(c, false).is_some() {
        return Some(FrequencyUnit::Week);
    }
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
            "dag" | "dagen" => FrequencyUnit::Day,
            "vecka" | "veckan" => FrequencyUnit::Week,
            "månad" | "månaden" => FrequencyUnit::Month,
            "år" | "året" => FrequencyUnit::Year,
            "termin" | "terminen" => FrequencyUnit::Term,
            "kvartal" | "kvartalet" => FrequencyUnit::Quarter,
            "tertial" | "tertialet" => FrequencyUnit::Tertial,
            _ => FrequencyUnit::HalfYear,
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
    // "en gång under hösten": once, which the time says.
    (&["en", "gång"], ()),
    (&["gäller"], ()),
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
    (&["allt", "sedan"], Op::From),
    (&["alltsedan"], Op::From),
    (&["sedan"], Op::From),
    (&["börjar", "gälla"], Op::From),
    (&["träder", "i", "kraft"], Op::From),
    (&["i", "kraft", "från"], Op::From),
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
    (&["efter", "utgången", "av"], Op::After),
    (&["efter"], Op::After),
    (&["vid", "utgången", "av"], Op::Until),
    (&["före", "utgången", "av"], Op::Until),
    (&["innan", "utgången", "av"], Op::Until),
    (&["utgången", "av"], Op::Until),
    (&["fram", "till", "och", "med"], Op::Until),
    (&["fram", "till"], Op::Until),
    (&["till", "och", "med"], Op::Until),
    (&["t", "o", "m"], Op::Until),
    (&["tom"], Op::Until),
    (&["till"], Op::Until),
    (&["senast"], Op::Until),
    (&["avslutas"], Op::Until),
    (&["avslut"], Op::Until),
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

/// Prepositions that only say "during" ("för 2023": for the year 2023; "över årsskiftet").
const WITHIN: &[&str] = &["under", "i", "på", "vid", "inom", "för", "över"];

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
    let (ranges, alternatives, loose_commas) = if c.eat_word("mellan") {
        let from = item(c)?;
        if !c.eat_word("och") && !c.eat(&Tok::Dash) {
            return None;
        }
        let to = Some(item(c)?);
        (vec![Range { from, to }], false, false)
    } else {
        list(c)?
    };
    let open_end = c.eat_table(OPEN_END).is_some()
        || (c.at(0) == Some(&Tok::Dash) && c.at(1).is_none() && c.eat(&Tok::Dash));
    Some(TimeExpr {
        op,
        ranges,
        alternatives,
        loose_commas,
        open_end,
        approximate,
    })
}

/// Ranges joined by commas, "och", "eller", "/", or (months only) nothing: "April Mars, maj".
/// Also says whether they are alternatives, and whether commas alone join them.
fn list(c: &mut Cursor<'_>) -> Option<(Vec<Range>, bool, bool)> {
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
    // "15, 16 och 17 mars" and "2019, 2020, 2021" enumerate; "April Mars, maj" offers
    // alternatives.
    Some((ranges, or, commas && !last_and && !or))
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
    c.attempt(some_day_in);
    let third = c.eat_table(THIRDS);
    let (unit, own) = c.attempt(year_unit).or_else(|| c.attempt(sub_year_unit))?;
    let third = match (third, own) {
        (Some(_), Some(_)) => return None,
        (a, b) => a.or(b),
    };
    Some(Item { unit, third })
}

/// "en måndag i", "någon dag under": one day of what follows, which is then the window.
fn some_day_in(c: &mut Cursor<'_>) -> Option<()> {
    c.eat_any(&["en", "någon"])?;
    if weekday_word(c, true).is_none() {
        c.eat_any(&["dag", "vardag", "helg", "kväll", "förmiddag", "eftermiddag"])?;
    }
    c.eat_any(&["i", "under"])?;
    Some(())
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
    if let Some(u) = c.attempt(|c| {
        let weekday = weekday_word(c, true)?;
        c.eat_word("den");
        match iso_date(c)? {
            Unit::Ymd {
                year, month, day, ..
            } => Some(Unit::Ymd {
                year,
                month,
                day,
                weekday: Some(weekday),
            }),
            _ => None,
        }
    }) {
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
            weekday: None,
        });
    }
    // "2019-03" only with a two-digit month, so "2019-22" is not taken for a month.
    (month.digits == 2 && (1..=12).contains(&month.value)).then_some(Unit::Month {
        month: month.value,
        year: Some(year),
    })
}

/// ", 2018" after a day, a month or a week ("Den 3 maj, 2018", "vecka 45, 2020"), but not the
/// start of an ISO date.
fn comma_year(c: &mut Cursor<'_>) -> Option<i32> {
    c.eat(&Tok::Comma).then_some(())?;
    let year = year4(c)?;
    let iso = c.at(0) == Some(&Tok::Dash) && matches!(c.at(1), Some(Tok::Num(n)) if n.digits <= 2);
    (!iso).then_some(year)
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
        // "perioden 2019–2022" names its years.
        return plain(c.attempt(period_years).unwrap_or(Unit::Period));
    }
    if c.eat_any(&["årsskiftet", "årsskifte", "nyåret", "nyår"])
        .is_some()
    {
        // "årsskiftet 2019/2020"; a single year would not say which turn.
        let into = match c.attempt(year_pair) {
            Some(year) => Some(year.checked_add(1)?),
            None => None,
        };
        return plain(Unit::TurnOfYear { into, year: None });
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
        year: year4(c).or_else(|| c.attempt(comma_year)),
    })
}

fn week_unit(c: &mut Cursor<'_>) -> Option<Unit> {
    c.eat_any(&["vecka", "veckan", "veckor", "veckorna", "v", "vv", "vnr"])?;
    c.eat_word("nr");
    let week = c.num(2)?.value;
    Some(Unit::Week {
        week,
        year: year4(c).or_else(|| c.attempt(comma_year)),
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

fn period_years(c: &mut Cursor<'_>) -> Option<Unit> {
    let first = year4(c)?;
    let last = c.attempt(|c| {
        if !c.eat(&Tok::Slash) {
            c.eat(&Tok::Dash).then_some(())?;
        }
        year4(c)
    });
    Some(match last {
        Some(last) => Unit::Years { first, last },
        None => Unit::Year { year: first },
    })
}

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
    "mandatperioden",
    "programperioden",
    "planeringsperioden",
    "avtalstiden",
    "löptiden",
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

/// The days of the week: the word, its definite form ("fredagen") and its abbreviation.
const WEEKDAYS: &[(Weekday, [&str; 3])] = &[
    (Weekday::Mon, ["måndag", "måndagen", "mån"]),
    (Weekday::Tue, ["tisdag", "tisdagen", "tis"]),
    (Weekday::Wed, ["onsdag", "onsdagen", "ons"]),
    (Weekday::Thu, ["torsdag", "torsdagen", "tors"]),
    (Weekday::Fri, ["fredag", "fredagen", "fre"]),
    (Weekday::Sat, ["lördag", "lördagen", "lör"]),
    (Weekday::Sun, ["söndag", "söndagen", "sön"]),
];

/// A day of the week; only its plain form ("varje måndag") unless `any_form`.
fn weekday_word(c: &mut Cursor<'_>, any_form: bool) -> Option<Weekday> {
    let word = c.word_at(0)?;
    let (day, _) = WEEKDAYS.iter().find(|(_, forms)| {
        forms
            .iter()
            .take(if any_form { 3 } else { 1 })
            .any(|f| *f == word)
    })?;
    c.advance(1);
    Some(*day)
}

/// "15 mars", "den 15:e mars 2019", "15/3", "15/3/2019", "fredagen den 13 oktober 2023",
/// "Den 3 maj, 2018", or a bare "15".
fn day_unit(c: &mut Cursor<'_>) -> Option<Unit> {
    let weekday = weekday_word(c, true);
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
        return Some(Unit::Bare {
            n: day,
            year: year4(c).or_else(|| c.attempt(comma_year)),
            weekday,
        });
    };
    let year = year4(c)
        .or_else(|| {
            c.attempt(|c| {
                c.eat(&Tok::Slash).then_some(())?;
                year4(c)
            })
        })
        .or_else(|| c.attempt(comma_year));
    c.attempt(clock);
    Some(Unit::Day {
        day,
        month,
        year,
        weekday,
    })
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
