//! critmin-watch: the news-intake engine. Articles in 12 languages (en de fr es it ro bg sl uk ru
//! ja zh) become dated, structured events: type, date, countries, blocs, minerals, figures, each
//! with the sentence it came from and a confidence. Pure computation: no IO, no printing.
//!
//! ```
//! use critmin_watch::{ingest_text, EventType};
//! let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 2).unwrap();
//! let r = ingest_text("a1", "China suspends rare earth export controls\n\
//!     China said on 1 November it would suspend the export controls on gallium for a year.", Some(date));
//! assert_eq!(r.events[0].event_type, EventType::RestrictionPostponed);
//! assert_eq!(r.events[0].date.to_string(), "2025-11-01");
//! ```
//!
//! Pipeline per article: detect the language; normalise (same byte offsets); split into
//! sentences; find names with the gazetteer (Aho-Corasick, longest whole-word match), dates and
//! figures; classify each sentence's event types with the rules; merge events of one type across
//! the article (the first sentence that states a date gives the date, else the article date).

mod clauses;
mod cues;
pub mod dates;
pub mod draft;
pub mod eval;
pub mod figures;
pub mod gazetteer;
pub mod input;
pub mod lang;
mod norm;
mod numbers;
pub mod rules;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub use dates::{DateSource, EventDate};
pub use figures::{Figure, FigureKind};
pub use gazetteer::{Gazetteer, Kind, Mention};
pub use lang::Lang;
pub use rules::EventType;

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The gazetteer could not be built (broken internal data).
    #[error("gazetteer: {0}")]
    Gazetteer(String),
}

/// One article to ingest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// Publication date, if known (relative dates need it; today's date is not assumed).
    pub date: Option<NaiveDate>,
    pub text: String,
}

/// An event reported by an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub article_id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub date: EventDate,
    pub date_source: DateSource,
    pub countries: Vec<String>,
    pub blocs: Vec<String>,
    pub minerals: Vec<String>,
    pub figures: Vec<Figure>,
    /// The sentence the event came from (provenance).
    pub sentence: String,
    pub lang: Lang,
    /// 0..1: the rule's confidence, raised when the sentence names a country or bloc, a mineral
    /// and an explicit date.
    pub confidence: f64,
}

/// Everything found in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleResult {
    pub id: String,
    pub lang: Lang,
    pub date: Option<NaiveDate>,
    /// Distinct ids, sorted.
    pub countries: Vec<String>,
    pub blocs: Vec<String>,
    pub minerals: Vec<String>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    /// Every name found, with its span and text (provenance).
    pub mentions: Vec<Mention>,
}

impl ArticleResult {
    /// Whether the article names no country, bloc or mineral (nothing relevant).
    pub fn is_irrelevant(&self) -> bool {
        self.countries.is_empty() && self.blocs.is_empty() && self.minerals.is_empty()
    }
}

/// English month names, for "on Oct. 9." at the end of a sentence.
const EN_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Sentence spans of `text`: a line break always ends a sentence; `.`, `!`, `?` end one when
/// followed by a space and not after a number ("9. Oktober", but "on Oct. 9. Presidents" ends
/// one: the day of an English month), a single letter ("U.S.") or a common abbreviation; `。！？`
/// always end one.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREV: &[&str] = &[
        "mrd", "mio", "mln", "mld", "nr", "bzw", "etc", "ee", "uu", "vs", "dr", "mr", "ms", "st", "co", "inc", "corp",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "млрд", "млн", "тыс", "гг", "ca", "ok", "mil",
    ];
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let cut = match c {
            '\n' | '。' | '！' | '？' => true,
            '.' | '!' | '?' => {
                let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
                let word: String = text[start..i].chars().rev().take_while(|c| c.is_alphanumeric()).collect();
                let word: String = word.chars().rev().collect();
                // "9. Oktober" is an ordinal, but "C5+1." ends a sentence
                let standalone = text[..i - word.len()].chars().next_back().is_none_or(char::is_whitespace);
                let lower = word.to_lowercase();
                let digits = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
                // "... it unveiled on Oct. 9. Presidents met": a day after an English month ends
                // the sentence (German puts the day first: "am 9. Oktober")
                let month_day = c == '.' && digits && {
                    let before = text[..i - word.len()].trim_end().trim_end_matches('.');
                    let prev: String = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
                    let prev = prev.chars().rev().collect::<String>().to_lowercase();
                    prev.len() >= 3 && EN_MONTHS.iter().any(|m| m.starts_with(prev.as_str()))
                };
                // "... до 27 ноември 2026 г. Решението": the year mark after a year ends a sentence
                // when a capital follows
                let year_mark = c == '.' && matches!(lower.as_str(), "г" | "гг") && {
                    let before = text[..i - word.len()].trim_end();
                    before.chars().rev().take_while(char::is_ascii_digit).count() == 4
                        && text[end..].trim_start().starts_with(char::is_uppercase)
                };
                next_is_space
                    && (month_day
                        || year_mark
                        || !(c == '.'
                            && (digits && (1..=2).contains(&word.len()) && standalone
                                || word.chars().count() == 1 && word.chars().all(char::is_alphabetic)
                                || ABBREV.contains(&lower.as_str()))))
            }
            _ => false,
        };
        if cut {
            if !text[start..end].trim().is_empty() {
                out.push((start, end));
            }
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

fn sorted_ids(mentions: &[&Mention], kind: Kind) -> Vec<String> {
    let mut v: Vec<String> = mentions.iter().filter(|m| m.kind == kind).map(|m| m.id.clone()).collect();
    v.sort();
    v.dedup();
    v
}

/// Ingest one article's text with the bundled gazetteer. `article_date` anchors relative dates
/// and is the date of events whose sentences state none; without it such events are dropped.
pub fn ingest_text(id: &str, text: &str, article_date: Option<NaiveDate>) -> ArticleResult {
    ingest_with(Gazetteer::bundled(), id, text, article_date)
}

/// [`ingest_text`] for a whole [`Article`].
pub fn ingest_article(article: &Article) -> ArticleResult {
    ingest_text(&article.id, &article.text, article.date)
}

/// Ingest with a given gazetteer.
pub fn ingest_with(gaz: &Gazetteer, id: &str, text: &str, article_date: Option<NaiveDate>) -> ArticleResult {
    let lang = lang::detect(text);
    let norm = norm::normalise(text);
    let folded = norm::fold(&norm);
    let spans = sentences(&norm);
    let headline_end = if text.contains('\n') { spans.first().map_or(0, |sp| sp.1) } else { 0 };
    let mentions = gazetteer::drop_homographs(lang, &folded, gaz.find(lang, &norm, &folded));
    let mentions = gazetteer::drop_proper_names(lang, &norm, headline_end, mentions);
    let all: Vec<&Mention> = mentions.iter().collect();
    let mut figures_all = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    // per event: the byte offset of its sentence, and whether that sentence recounts an earlier
    // event ("already", "earlier")
    let mut sentence_of: Vec<(usize, bool)> = Vec::new();
    let relevant = !all.is_empty();
    // the latest date stated in the body so far: undated event sentences that follow take it
    // (with the event types of the sentence that stated it: the date of a restriction does not
    // carry over to an event of another type)
    let mut context: Option<(EventDate, Vec<EventType>)> = None;
    // the day a measure dated by the day it takes effect was announced: "the same day" is this
    let mut announced: Option<EventDate> = None;
    // whether an earlier sentence reported a restriction of exports
    let mut export_context = false;
    let mut money_before = false;

    // events of the last event sentence that stated no date of their own: a following "The
    // decision was announced in early November" dates them
    let mut undated: Vec<usize> = Vec::new();
    // the events of the last event sentence
    let mut last_events: Vec<usize> = Vec::new();
    // events of the headline, and the date the lead (the first body sentence) states: the headline
    // reports the lead's news
    let mut headline_events: Vec<usize> = Vec::new();
    let mut lead: Option<Option<EventDate>> = None;
    let mut lead_figures: Vec<Figure> = Vec::new();
    // an article about sport: its "meetings" are matches
    let sport = rules::is_sport(lang, &folded);
    // where the body's first sentence (the lead) starts
    let mut lead_start: Option<usize> = None;
    for (s, e) in spans {
        let sent_folded = &folded[s..e];
        let figs = figures::find_figures(lang, sent_folded);
        for f in &figs {
            // each distinct figure once (a headline often repeats one)
            if !figures_all.iter().any(|g: &Figure| g.kind == f.kind && g.value == f.value && g.currency == f.currency)
            {
                figures_all.push(f.clone());
            }
        }
        if !relevant {
            continue;
        }
        let anchor = article_date;
        let mut found = anchor.map(|a| dates::find_dates_cased(lang, sent_folded, &norm[s..e], a)).unwrap_or_default();
        // a date that dates a measure already taken ("the controls announced in December", "das
        // im Dezember verhängte Exportverbot") lies in the past: a year back when it would fall
        // after the article
        if let Some(a) = anchor {
            for f in &mut found {
                if f.source == DateSource::Explicit
                    && f.date.year == a.year()
                    && (f.date.month, f.date.day.unwrap_or(1)) > (a.month(), a.day())
                    && rules::dates_a_past_measure(lang, sent_folded, f.start, f.end)
                    && NaiveDate::from_ymd_opt(f.date.year - 1, f.date.month, f.date.day.unwrap_or(1)).is_some()
                {
                    f.date.year -= 1;
                }
            }
        }
        // an amount in the sentence before counts too ("projects worth $8.5 billion. The deal
        // also provides for a Pentagon investment")
        let money_here = figs.iter().any(|f| f.kind == FigureKind::Money);
        let has_money = money_here || money_before;
        money_before = money_here;
        let stated = !found.is_empty() || figs.iter().any(|f| f.kind == FigureKind::Percent);
        let dated = found.iter().any(|f| f.source == DateSource::Explicit);
        let in_sent: Vec<&Mention> = mentions.iter().filter(|m| m.start >= s && m.end <= e).collect();
        let names_mineral = in_sent.iter().any(|m| m.kind == Kind::Mineral);
        let explicit_dates: Vec<usize> =
            found.iter().filter(|f| f.source == DateSource::Explicit).map(|f| f.start).collect();
        let all_dates: Vec<usize> = found.iter().map(|f| f.start).collect();
        let facts = rules::Facts {
            has_money,
            export_context: (export_context || names_mineral) && dated,
            restriction_before: export_context,
            stated,
            explicit_dates: &explicit_dates,
            all_dates: &all_dates,
            sport,
        };
        let types = rules::classify(lang, sent_folded, &facts);
        let previous_context = context.take();
        let previous_announced = announced.take();
        let stated_date = earliest_relative(&found).or(found.first());
        context = match stated_date {
            Some(f) if s >= headline_end => Some((f.date, types.iter().map(|(t, _)| *t).collect())),
            _ => previous_context.clone(),
        };
        if s >= headline_end && headline_end > 0 && lead.is_none() {
            lead = Some(stated_date.map(|f| f.date));
            lead_figures.clone_from(&figs);
        }
        // "The decision was announced in early November", "The deal, announced yesterday, also
        // ...": the date of the decision just reported without one; in a sentence that reports
        // events of its own, only a date right after the words for the decision ("The deal comes
        // after the controls China imposed in April" dates those controls)
        // (and, in a sentence with no event of its own, a day said of "the step" named anywhere:
        // "begründete den Schritt am Dienstag", or the day it was announced: "gab die Maßnahmen am
        // Dienstag bekannt")
        if let Some(f) = stated_date
            && (rules::is_decision_anaphor(lang, sent_folded)
                && (types.is_empty() || sent_folded[..f.start].trim_start().chars().count() <= 30)
                || types.is_empty()
                    && f.source == DateSource::Relative
                    && (rules::names_the_step(lang, sent_folded) || rules::announces(lang, sent_folded)))
        {
            for &i in &undated {
                events[i].date = f.date;
                events[i].date_source = DateSource::Context;
            }
            undated.clear();
        }
        let after_lead = s >= headline_end && lead_start.is_some_and(|l| l != s);
        if lead_start.is_none() && s >= headline_end {
            lead_start = Some(s);
        }
        let mut types = types;
        // what is called for or demanded has not happened ("Ökonomen fordern staatliche
        // Rohstoffreserve"), in the headline and the lead too
        if found.is_empty() {
            types.retain(|(t, _)| !rules::demanded(lang, sent_folded, *t));
        }
        types.retain(|(t, _)| !rules::denied(lang, sent_folded, *t));
        // a stockpile is more often planned than built: also in the headline and the lead ("India
        // plans strategic reserve")
        if found.is_empty() {
            types.retain(|(t, _)| *t != EventType::StockpileBuilt || !rules::irrealis(lang, sent_folded, *t));
        }
        // a body sentence after the lead that states no date and speaks of an intention, a
        // consideration, an expectation or a possibility ("is expected to set up a reserve", "Ob
        // die EU Vorräte anlegen soll", "備蓄の在り方も協議する") reports nothing that happened
        if after_lead && found.is_empty() {
            types.retain(|(t, _)| !rules::irrealis(lang, sent_folded, *t));
            // nor does one that recounts, without a date, what happened before ("China had
            // already restricted gallium exports"): undated background
            if rules::recounts_earlier_plain(lang, sent_folded) {
                types.clear();
            }
        }
        // of two events in a dated sentence, one only intended in its own clause and one that
        // happened, the date is the other's ("намагається поповнити запаси після того, як у
        // грудні 2024 року Китай заборонив експорт"): the intended one is no event
        // (not in Japanese and Chinese, whose plan words also name plans adopted: "5項目計画")
        if types.len() > 1 && !found.is_empty() && !lang.is_cjk() {
            let intended: Vec<EventType> =
                types.iter().map(|(t, _)| *t).filter(|t| rules::irrealis(lang, sent_folded, *t)).collect();
            if intended.len() < types.len() {
                types.retain(|(t, _)| !intended.contains(t));
            }
        }
        // a meeting has parties: officials, or a country or bloc named by this sentence or one
        // before it ("Curators have also gathered ..." is none)
        if !mentions.iter().any(|m| m.end <= e && matches!(m.kind, Kind::Country | Kind::Bloc))
            && !rules::names_officials(lang, sent_folded)
        {
            types.retain(|(t, _)| *t != EventType::MinisterialMeeting);
        }
        // "Мярката, въведена през декември 2024 г., ...", "Măsura inițială, introdusă la 22
        // februarie, ...": the restriction just reported was imposed on the date its participle
        // gives
        if let Some(prev) = events.last()
            && prev.event_type.is_restriction()
            && !types.iter().any(|(t, _)| t.is_restriction())
            && rules::is_measure_anaphor(lang, sent_folded)
            && let Some(f) = found.iter().find(|f| {
                f.source == DateSource::Explicit && rules::dates_the_measure_at(lang, sent_folded, f.start, f.end)
            })
            && !events.iter().any(|o| o.event_type == EventType::RestrictionImposed && o.date == f.date)
        {
            let recounted = Event {
                event_type: EventType::RestrictionImposed,
                date: f.date,
                date_source: DateSource::Explicit,
                sentence: text.get(s..e).unwrap_or("").trim().to_string(),
                figures: Vec::new(),
                confidence: 0.7,
                ..prev.clone()
            };
            sentence_of.push((s, true));
            events.push(recounted);
        }
        // "Мера вступит в силу с 1 августа", "Die neuen Regeln gelten ab dem 15. September": the
        // restriction or tariff of the sentence before takes effect on that day (and "Пошлина
        // начнёт действовать с 1 августа", naming it again, dates the tariff before it)
        if types.iter().all(|(t, _)| t.takes_effect())
            && (types.is_empty() || !rules::immediately(lang, sent_folded))
            && rules::says_it_applies(lang, sent_folded)
            && let Some(f) = effective_date(lang, sent_folded, &found, anchor)
        {
            for &i in &last_events {
                let ev: &mut Event = &mut events[i];
                let named = types.is_empty() || types.iter().any(|(t, _)| *t == ev.event_type);
                if ev.event_type.takes_effect() && named && ev.date_source != DateSource::Explicit {
                    ev.date = f.date;
                    ev.date_source = DateSource::Explicit;
                }
            }
        }
        // "China setzt die im Oktober verkündeten Beschränkungen aus. ... die am 9. Oktober
        // angekündigten Regeln ...": a day that dates a past measure names the day of a restriction
        // dated so far only by its month
        if types.is_empty() {
            for f in found.iter().filter(|f| {
                f.source == DateSource::Explicit
                    && f.date.day.is_some()
                    && rules::dates_the_measure_at(lang, sent_folded, f.start, f.end)
            }) {
                for ev in events.iter_mut().filter(|ev| {
                    ev.event_type == EventType::RestrictionImposed
                        && ev.date.day.is_none()
                        && (ev.date.year, ev.date.month) == (f.date.year, f.date.month)
                }) {
                    ev.date = f.date;
                }
            }
            continue;
        }
        // a relative date ("yesterday", "on Tuesday") marks the reported event; explicit dates
        // in the same sentence are more often background ("the controls announced on 9 October")
        // in a postponement or lifting, a date that follows "announced"/"imposed" dates the
        // original measure ("suspended the controls announced on 9 October"), not the event
        let recounting = types.iter().any(|(t, _)| t.undoes_a_restriction());
        let participle =
            |f: &&dates::FoundDate| recounting && rules::dates_the_measure_at(lang, sent_folded, f.start, f.end);
        // an imposition whose date follows "introduced"/"verhängt" is dated by it, not by the day
        // it was reported ("the ban, introduced in January 2020, will stay, the ministry said
        // today")
        // (an extension is an imposition of its own, dated by the day it was reported)
        let imposed_only =
            types.iter().all(|(t, _)| *t == EventType::RestrictionImposed) && !rules::extends(lang, sent_folded);
        let measure_date = found.iter().find(|f| {
            imposed_only
                && f.source == DateSource::Explicit
                && rules::dates_a_past_measure(lang, sent_folded, f.start, f.end)
        });
        // a restriction or tariff that takes effect on a later stated day is dated by it
        // ("imposing a 50% tariff ..., effective Aug. 1", "从2027年1月起禁止出口")
        let effective =
            effective_date(lang, sent_folded, &found, anchor).filter(|_| types.iter().all(|(t, _)| t.takes_effect()));
        let main = measure_date
            .or(effective)
            .or_else(|| earliest_relative(&found))
            .or(found.iter().find(|f| !participle(f)))
            .or(found.first().filter(|f| !participle(f)));
        let (date, date_source) = match (main, anchor) {
            (Some(f), _) => (f.date, f.source),
            (None, Some(a)) => match previous_context.filter(|(_, ts)| {
                s >= headline_end
                    && (ts.is_empty()
                        || rules::says_same_day(lang, sent_folded)
                        || !ts.iter().all(|t| t.is_restriction())
                        || types.iter().any(|(t, _)| ts.contains(t)))
            }) {
                Some((d, _)) => match previous_announced.filter(|_| rules::says_same_day(lang, sent_folded)) {
                    Some(day) => (day, DateSource::Context),
                    None => (d, DateSource::Context),
                },
                None => (EventDate::from_naive(a), DateSource::Article),
            },
            (None, None) => continue,
        };
        // the sentences that follow a measure dated by the day it takes effect speak of it
        // ("... à compter du 15 septembre. Les exportateurs devront obtenir une licence")
        // (but "同日" after it is the day of the announcement)
        if let (Some(f), Some(c)) = (effective, context.as_mut())
            && f.date == date
        {
            announced = Some(c.0);
            c.0 = date;
        }
        // a postponed or lifted restriction recounts when it was imposed: an earlier stated date
        let background = found
            .iter()
            .filter(|f| f.date < date && f.source == DateSource::Explicit)
            .map(|f| f.date)
            .next()
            .filter(|_| main.is_some() || found.iter().any(|f| participle(&f)));
        export_context |= types.iter().any(|(t, _)| t.is_restriction());
        // a restriction that still holds, or a meeting that something followed, is background
        // unless the sentence dates it
        if !dated
            && types.iter().any(|(t, _)| *t == EventType::RestrictionImposed)
            && rules::is_continuation(lang, sent_folded)
        {
            types.retain(|(t, _)| *t != EventType::RestrictionImposed);
        }
        // (a meeting after "after" that is the sentence's only event and is followed by a
        // relative date is dated by it: "după summitul C5+1 găzduit săptămâna trecută"; not "am
        // Samstag nach dem Treffen", where the day is the report's)
        let first_meeting_word = rules::triggers(lang, sent_folded, EventType::MinisterialMeeting).first().map(|m| m.0);
        let dated_alone = types.len() == 1
            && first_meeting_word
                .is_some_and(|w| found.iter().any(|f| f.source == DateSource::Relative && f.start > w));
        if !dated
            && !dated_alone
            && types.iter().any(|(t, _)| *t == EventType::MinisterialMeeting)
            && rules::is_background_meeting(lang, sent_folded)
        {
            types.retain(|(t, _)| *t != EventType::MinisterialMeeting);
        }
        if types.is_empty() {
            continue;
        }
        // (`recounting` still holds: the filters since drop only impositions and meetings)
        let imposed_now = types.iter().any(|(t, _)| *t == EventType::RestrictionImposed);
        // two events with two dates ("imposed ... on 3 December 2024 and suspended it on 9
        // November 2025"): each takes the date its own clause states
        let kinds: Vec<EventType> = types.iter().map(|(t, _)| *t).collect();
        let governed = clauses::govern(lang, sent_folded, &found, &kinds, recounting);
        let background = governed.imposition.and_then(|i| found.get(i)).map(|f| f.date).or(background);
        if background.is_some() && recounting {
            // the earlier imposition, besides any imposition now (quotas replacing a ban)
            types.push((EventType::RestrictionImposed, 0.6));
        }
        let countries = sorted_ids(&in_sent, Kind::Country);
        let blocs = sorted_ids(&in_sent, Kind::Bloc);
        let minerals = sorted_ids(&in_sent, Kind::Mineral);
        let mut imposed_seen = 0;
        undated.clear();
        last_events.clear();
        for (t, conf) in types {
            let recounted = t == EventType::RestrictionImposed && {
                imposed_seen += 1;
                // the pushed background imposition is the last one
                recounting && (imposed_seen == 2 || !imposed_now)
            };
            let own = if recounted { governed.imposition } else { governed.date_of(t) };
            let (date, date_source) = match (own.and_then(|i| found.get(i)), background) {
                (Some(f), _) => (f.date, f.source),
                (None, Some(bg)) if recounted && main.is_none_or(|m| m.date != bg && found.len() > 1) => {
                    (bg, DateSource::Explicit)
                }
                _ => (date, date_source),
            };
            if matches!(date_source, DateSource::Article | DateSource::Context) {
                undated.push(events.len());
            }
            last_events.push(events.len());
            if s < headline_end {
                headline_events.push(events.len());
            }
            let mut c = conf;
            if !countries.is_empty() || !blocs.is_empty() {
                c += 0.05;
            }
            if !minerals.is_empty() {
                c += 0.05;
            }
            if date_source == DateSource::Explicit {
                c += 0.05;
            }
            let event = Event {
                article_id: id.to_string(),
                event_type: t,
                date,
                date_source,
                countries: countries.clone(),
                blocs: blocs.clone(),
                minerals: minerals.clone(),
                figures: figs.clone(),
                sentence: text.get(s..e).unwrap_or("").trim().to_string(),
                lang,
                confidence: c.min(0.99),
            };
            // "imposed restrictions in April and October": one event per joined date
            let first = found.iter().position(|f| f.date == date && f.source == date_source);
            let joined = first.map_or(&[][..], |i| &found[i + 1..]);
            let earlier = rules::recounts_earlier(lang, sent_folded);
            for f in joined.iter().take_while(|f| f.joined) {
                sentence_of.push((s, earlier));
                events.push(Event { date: f.date, ..event.clone() });
            }
            // "put antimony under licensing in September and banned shipments in December",
            // "din septembrie, iar pe cele de galiu din august anul trecut": restrictions listed
            // with a date each, joined by "and" further apart, are one event per date
            if t == EventType::RestrictionImposed && !recounting && date_source == DateSource::Explicit {
                let mut seen = vec![date];
                let mut prev_end = first.map_or(0, |i| found[i].end);
                for f in joined.iter().skip_while(|f| f.joined) {
                    if f.source != DateSource::Explicit || f.joined {
                        continue;
                    }
                    let between = sent_folded.get(prev_end.min(f.start)..f.start).unwrap_or("");
                    prev_end = f.end;
                    if !seen.contains(&f.date) && rules::coordinates(lang, between) {
                        seen.push(f.date);
                        sentence_of.push((s, earlier));
                        events.push(Event { date: f.date, date_source: DateSource::Explicit, ..event.clone() });
                    }
                }
                // and those listed before the chosen date ("prepovedal decembra 2022, Namibija pa
                // je ... uvedla junija 2023", where the second follows a participle)
                let mut next_start = first.map_or(0, |i| found[i].start);
                for f in first.map_or(&[][..], |i| &found[..i]).iter().rev() {
                    let between = sent_folded.get(f.end..next_start.max(f.end)).unwrap_or("");
                    next_start = f.start;
                    if f.source == DateSource::Explicit && !seen.contains(&f.date) && rules::coordinates(lang, between)
                    {
                        seen.push(f.date);
                        sentence_of.push((s, earlier));
                        events.push(Event { date: f.date, date_source: DateSource::Explicit, ..event.clone() });
                    }
                }
            }
            sentence_of.push((s, earlier));
            events.push(event);
        }
    }
    // a headline event that the body does not report again takes the lead's date, and so does
    // one whose amount the lead states ("Apple bo namenil 500 milijonov dolarjev" over "je v torek
    // sklenil 500 milijonov dolarjev vreden dogovor"): the lead reports it
    if let Some(Some(d)) = lead {
        for &i in &headline_events {
            let t = events[i].event_type;
            let same_amount = events[i].figures.iter().any(|f| f.kind == FigureKind::Money && lead_figures.contains(f));
            let in_body = !same_amount
                && events.iter().enumerate().any(|(j, ev)| ev.event_type == t && !headline_events.contains(&j));
            if events[i].date_source == DateSource::Article && !in_body {
                events[i].date = d;
                events[i].date_source = DateSource::Context;
            }
        }
    }
    // an event of the body after the lead that no date anchors (none in its sentence or before
    // it) and that nothing else in the article reports is background ("Roma guarda al modello
    // del Giappone, che da decenni accumula scorte")
    let after_lead = |s: usize| s >= headline_end && lead_start.is_some_and(|l| l != s);
    let keep: Vec<bool> = (0..events.len())
        .map(|i| {
            !(after_lead(sentence_of[i].0)
                && events[i].date_source == DateSource::Article
                && !events.iter().enumerate().any(|(j, o)| j != i && o.event_type == events[i].event_type))
        })
        .collect();
    let (events, sentence_of): (Vec<Event>, Vec<(usize, bool)>) =
        events.into_iter().zip(sentence_of).zip(keep).filter(|(_, k)| *k).map(|(p, _)| p).unzip();
    let events = merge_events(events, &sentence_of, headline_end);
    ArticleResult {
        id: id.to_string(),
        lang,
        date: article_date,
        countries: sorted_ids(&all, Kind::Country),
        blocs: sorted_ids(&all, Kind::Bloc),
        minerals: sorted_ids(&all, Kind::Mineral),
        figures: figures_all,
        events,
        mentions,
    }
}

/// The first explicit date of a sentence after the article date that a measure takes effect on:
/// a day (a measure that happens on a later day happens then; "until" end dates never reach
/// here), or a month or year after a marker of taking effect ([`rules::takes_effect_at`]).
fn effective_date<'a>(
    lang: Lang,
    folded: &str,
    found: &'a [dates::FoundDate],
    article: Option<NaiveDate>,
) -> Option<&'a dates::FoundDate> {
    let a = EventDate::from_naive(article?);
    found.iter().find(|f| {
        f.source == DateSource::Explicit
            && f.date > a
            && (f.date.day.is_some() || rules::takes_effect_at(lang, folded, f.start, f.end))
    })
}

/// The earliest of a sentence's relative dates, a day before a month: of two, the other is
/// mostly the day of a reaction or report ("celebró este jueves que ... el arancel que Trump
/// impuso ayer", "progressaient vendredi après l'entrée en vigueur jeudi des quotas").
fn earliest_relative(found: &[dates::FoundDate]) -> Option<&dates::FoundDate> {
    found
        .iter()
        .filter(|f| f.source == DateSource::Relative)
        .min_by_key(|f| (f.date.year, f.date.month, f.date.day.unwrap_or(32)))
}

/// Events of one type merge unless both state different dates: an undated mention (headline,
/// article date) takes the stated date — but not from its own sentence, which reports two events
/// when it yields two dates ("lifts the ban in force since 22 February and replaces it with
/// quotas"), nor, between two body sentences, from one that recounts an earlier event ("In July, the
/// Pentagon had already become the largest shareholder"); `headline_end` ends the headline; countries, blocs, minerals and figures are the
/// union. `sentence_of` gives each event's sentence and whether it recounts an earlier event.
fn merge_events(events: Vec<Event>, sentence_of: &[(usize, bool)], headline_end: usize) -> Vec<Event> {
    let mut out: Vec<(Event, Vec<usize>, bool)> = Vec::new();
    for (ev, &(sent, earlier)) in events.into_iter().zip(sentence_of) {
        let stated = |e: &Event| e.date_source != DateSource::Article;
        // a headline's month ("12月から") and the body's day in that month ("12月1日から") are
        // one date, and so are "last month's meeting" and a later "met on 30 October" (but not
        // a financing on the 15th and another "earlier this month" after it)
        let same_month = |o: &Event, sents: &[usize]| {
            let vague_before = o.date.day.is_none() && o.date_source == DateSource::Relative;
            o.date.year == ev.date.year
                && o.date.month == ev.date.month
                && (o.date.day.is_none() || ev.date.day.is_none())
                && (sent < headline_end || sents.iter().all(|&x| x < headline_end) || vague_before)
        };
        match out.iter_mut().find(|(o, sents, o_earlier)| {
            o.event_type == ev.event_type
                && (o.date == ev.date
                    || same_month(o, sents)
                    || ((!stated(o) || !stated(&ev))
                        && !sents.contains(&sent)
                        && (!(earlier || *o_earlier)
                            || sent < headline_end
                            || sents.iter().all(|&x| x < headline_end))))
        }) {
            None => out.push((ev, vec![sent], earlier)),
            Some((o, sents, _)) => {
                sents.push(sent);
                if o.date.day.is_none()
                    && ev.date.day.is_some()
                    && (o.date.year, o.date.month) == (ev.date.year, ev.date.month)
                {
                    o.date = ev.date;
                    o.sentence.clone_from(&ev.sentence);
                }
                if o.date_source == DateSource::Article && ev.date_source != DateSource::Article {
                    o.date = ev.date;
                    o.date_source = ev.date_source;
                    o.sentence.clone_from(&ev.sentence);
                }
                for (dst, src) in
                    [(&mut o.countries, &ev.countries), (&mut o.blocs, &ev.blocs), (&mut o.minerals, &ev.minerals)]
                {
                    dst.extend(src.iter().cloned());
                    dst.sort();
                    dst.dedup();
                }
                for f in ev.figures {
                    if !o.figures.contains(&f) {
                        o.figures.push(f);
                    }
                }
                o.confidence = o.confidence.max(ev.confidence);
            }
        }
    }
    out.into_iter().map(|(e, _, _)| e).collect()
}
