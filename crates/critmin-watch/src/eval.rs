//! Evaluation against the labelled corpus (`eval/<lang>.jsonl`): precision and recall per field
//! and language.
//!
//! How items are matched, per article:
//! - `countries`, `blocs`, `minerals`: the sets of ids found in the article against the expected
//!   sets (true positive: in both; false positive: found only; false negative: expected only).
//! - `event_type`: the multisets of event types (per type, min(found, expected) are true
//!   positives; the excess on either side are false positives / negatives).
//! - `event_date`: each expected event is paired with an unused found event of the same type
//!   (one with the same date first); a pair with equal dates is a true positive, a pair with
//!   different dates counts once as a false positive and once as a false negative. Unpaired events
//!   do not count here (they count under `event_type`), so precision = recall = the share of
//!   correctly dated events among those whose type was found.
//! - `figures`: (kind, currency, value) triples; values match within 0.1 % relative.
//! - `language`: the detected language against the corpus language.

use serde::Deserialize;

use crate::input::Diagnostic;
use crate::{ArticleResult, EventDate, EventType, FigureKind, Lang};

/// One expected event.
#[derive(Clone, Debug, Deserialize)]
pub struct ExpectedEvent {
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub date: EventDate,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub minerals: Vec<String>,
}

/// One expected figure.
#[derive(Clone, Debug, Deserialize)]
pub struct ExpectedFigure {
    pub kind: FigureKind,
    pub value: f64,
    #[serde(default)]
    pub currency: Option<String>,
}

/// The expected values of an article.
#[derive(Clone, Debug, Deserialize)]
pub struct Expected {
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub blocs: Vec<String>,
    #[serde(default)]
    pub minerals: Vec<String>,
    #[serde(default)]
    pub events: Vec<ExpectedEvent>,
    #[serde(default)]
    pub figures: Vec<ExpectedFigure>,
}

/// One labelled article.
#[derive(Clone, Debug, Deserialize)]
pub struct CorpusItem {
    pub id: String,
    pub lang: Lang,
    pub date: chrono::NaiveDate,
    pub text: String,
    pub expected: Expected,
}

/// Parse a corpus file; bad lines become diagnostics naming file and line.
pub fn parse_corpus(text: &str, file: &str) -> (Vec<CorpusItem>, Vec<Diagnostic>) {
    let mut items = Vec::new();
    let mut diags = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<CorpusItem>(line) {
            Ok(it) => items.push(it),
            Err(e) => diags.push(Diagnostic { file: file.to_string(), line: Some(i + 1), message: e.to_string() }),
        }
    }
    (items, diags)
}

/// The fields scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Language,
    Countries,
    Blocs,
    Minerals,
    EventType,
    EventDate,
    Figures,
}

impl Field {
    /// Every field, in table order.
    pub const ALL: [Field; 7] = [
        Field::Language,
        Field::Countries,
        Field::Blocs,
        Field::Minerals,
        Field::EventType,
        Field::EventDate,
        Field::Figures,
    ];

    /// The name used in tables.
    pub fn name(self) -> &'static str {
        match self {
            Field::Language => "language",
            Field::Countries => "countries",
            Field::Blocs => "blocs",
            Field::Minerals => "minerals",
            Field::EventType => "event_type",
            Field::EventDate => "event_date",
            Field::Figures => "figures",
        }
    }
}

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); `None` when nothing was found.
    pub fn precision(self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }

    /// tp / (tp + fn); `None` when nothing was expected.
    pub fn recall(self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }

    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// A mismatch, for inspecting errors.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    pub id: String,
    pub field: Field,
    /// Found but not expected.
    pub extra: Vec<String>,
    /// Expected but not found.
    pub missing: Vec<String>,
}

/// Scores per language and field.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// (language, field) → counts.
    pub counts: std::collections::BTreeMap<(Lang, Field), Counts>,
    pub articles: std::collections::BTreeMap<Lang, usize>,
    pub misses: Vec<Miss>,
}

impl Report {
    /// Counts for a language and field (zero when absent).
    pub fn get(&self, lang: Lang, field: Field) -> Counts {
        self.counts.get(&(lang, field)).copied().unwrap_or_default()
    }

    /// Counts over all languages for a field.
    pub fn total(&self, field: Field) -> Counts {
        let mut c = Counts::default();
        for ((_, f), v) in &self.counts {
            if *f == field {
                c.add(*v);
            }
        }
        c
    }

    /// Languages present.
    pub fn langs(&self) -> Vec<Lang> {
        self.articles.keys().copied().collect()
    }
}

fn set_counts(found: &[String], expected: &[String]) -> (Counts, Vec<String>, Vec<String>) {
    let extra: Vec<String> = found.iter().filter(|f| !expected.contains(f)).cloned().collect();
    let missing: Vec<String> = expected.iter().filter(|e| !found.contains(e)).cloned().collect();
    let mut exp = expected.to_vec();
    exp.sort();
    exp.dedup();
    let tp = exp.len() - missing.len();
    (Counts { tp, fp: extra.len(), fn_: missing.len() }, extra, missing)
}

/// Score one article's result against its expected values, adding to `report`.
pub fn score(report: &mut Report, item: &CorpusItem, found: &ArticleResult) {
    let lang = item.lang;
    *report.articles.entry(lang).or_default() += 1;
    let put = |report: &mut Report, field: Field, c: Counts, extra: Vec<String>, missing: Vec<String>| {
        report.counts.entry((lang, field)).or_default().add(c);
        if !extra.is_empty() || !missing.is_empty() {
            report.misses.push(Miss { id: item.id.clone(), field, extra, missing });
        }
    };
    let ok = found.lang == lang;
    put(
        report,
        Field::Language,
        Counts { tp: usize::from(ok), fp: usize::from(!ok), fn_: usize::from(!ok) },
        if ok { vec![] } else { vec![found.lang.to_string()] },
        if ok { vec![] } else { vec![lang.to_string()] },
    );
    for (field, f, e) in [
        (Field::Countries, &found.countries, &item.expected.countries),
        (Field::Blocs, &found.blocs, &item.expected.blocs),
        (Field::Minerals, &found.minerals, &item.expected.minerals),
    ] {
        let (c, extra, missing) = set_counts(f, e);
        put(report, field, c, extra, missing);
    }
    // event types as multisets
    let mut c = Counts::default();
    let (mut extra, mut missing) = (Vec::new(), Vec::new());
    for t in EventType::ALL {
        let nf = found.events.iter().filter(|e| e.event_type == t).count();
        let ne = item.expected.events.iter().filter(|e| e.event_type == t).count();
        c.tp += nf.min(ne);
        c.fp += nf.saturating_sub(ne);
        c.fn_ += ne.saturating_sub(nf);
        extra.extend(std::iter::repeat_n(t.name().to_string(), nf.saturating_sub(ne)));
        missing.extend(std::iter::repeat_n(t.name().to_string(), ne.saturating_sub(nf)));
    }
    put(report, Field::EventType, c, extra, missing);
    // dates of events paired by type
    let mut used = vec![false; found.events.len()];
    let mut c = Counts::default();
    let (mut extra, mut missing) = (Vec::new(), Vec::new());
    for exp in &item.expected.events {
        let same = |i: usize| !used[i] && found.events[i].event_type == exp.event_type;
        let pick = (0..found.events.len())
            .find(|&i| same(i) && found.events[i].date == exp.date)
            .or_else(|| (0..found.events.len()).find(|&i| same(i)));
        let Some(i) = pick else { continue };
        used[i] = true;
        if found.events[i].date == exp.date {
            c.tp += 1;
        } else {
            c.fp += 1;
            c.fn_ += 1;
            extra.push(format!("{} {}", exp.event_type, found.events[i].date));
            missing.push(format!("{} {}", exp.event_type, exp.date));
        }
    }
    put(report, Field::EventDate, c, extra, missing);
    // figures
    let mut used = vec![false; found.figures.len()];
    let mut c = Counts::default();
    let mut missing = Vec::new();
    for exp in &item.expected.figures {
        let hit = (0..found.figures.len()).find(|&i| {
            let f = &found.figures[i];
            !used[i]
                && f.kind == exp.kind
                && (exp.kind == FigureKind::Percent || f.currency == exp.currency)
                && (f.value - exp.value).abs() <= 1e-3 * exp.value.abs().max(1e-9)
        });
        match hit {
            Some(i) => {
                used[i] = true;
                c.tp += 1;
            }
            None => {
                c.fn_ += 1;
                missing.push(format!("{:?} {} {}", exp.kind, exp.value, exp.currency.clone().unwrap_or_default()));
            }
        }
    }
    let extra: Vec<String> = found
        .figures
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(f, _)| format!("{:?} {} {}", f.kind, f.value, f.currency.clone().unwrap_or_default()))
        .collect();
    c.fp += extra.len();
    put(report, Field::Figures, c, extra, missing);
}

/// Run the engine over corpus items and score them.
pub fn evaluate(items: &[CorpusItem]) -> Report {
    let mut report = Report::default();
    for item in items {
        let found = crate::ingest_text(&item.id, &item.text, Some(item.date));
        score(&mut report, item, &found);
    }
    report
}
