//! Which date belongs to which event when one sentence reports two events with two dates ("China
//! imposed the ban on 3 December 2024 and suspended it on 9 November 2025", "hat am 3. Dezember
//! das Verbot verhängt und es am 9. November ausgesetzt", "于2024年12月3日实施禁令，并于2025年
//! 11月9日暂停"). The sentence is cut into clauses at conjunctions and punctuation; an event
//! takes the date in the clause of its trigger word (the nearest one to the trigger), or in the
//! clauses right after it that name no other event ("imposed controls on gallium and germanium
//! on 3 December"). Where two events' triggers share a clause, nothing is decided here.

use crate::dates::FoundDate;
use crate::lang::Lang;
use crate::rules::{self, EventType};

/// Words and punctuation that join two clauses, with the spaces around them.
fn boundaries(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[" and ", " but ", " while ", " whereas ", " then ", " before ", " after ", ",", ";"],
        Lang::De => &[" und ", " aber ", " sowie ", " bevor ", " nachdem ", " dann ", ",", ";"],
        Lang::Fr => &[" et ", " mais ", " puis ", " avant de ", " après ", ",", ";"],
        Lang::Es => &[" y ", " e ", " pero ", " luego ", " antes de ", " tras ", " después de ", ",", ";"],
        Lang::It => &[" e ", " ed ", " ma ", " poi ", " prima di ", " dopo ", ",", ";"],
        Lang::Ro => &[" și ", " si ", " dar ", " iar ", " apoi ", " înainte de ", " după ", ",", ";"],
        Lang::Bg => &[" и ", " а ", " но ", " след това ", " преди да ", " след като ", ",", ";"],
        Lang::Sl => &[" in ", " a ", " ampak ", " nato ", " preden ", " potem ko ", ",", ";"],
        Lang::Uk => &[" і ", " й ", " та ", " а ", " але ", " потім ", " перш ніж ", " після того як ", ",", ";"],
        Lang::Ru => &[" и ", " а ", " но ", " затем ", " прежде чем ", " после того как ", ",", ";"],
        Lang::Ja => &["、", "，", "；", "し、"],
        Lang::Zh => &["，", "、", "；", "并于", "并", "随后", "后又", "又于"],
    }
}

/// Byte offsets where a new clause starts (sorted; the first clause starts at 0).
fn clause_starts(lang: Lang, folded: &str) -> Vec<usize> {
    let mut starts: Vec<usize> =
        boundaries(lang).iter().flat_map(|b| folded.match_indices(b).map(move |(i, _)| i + b.len())).collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

fn clause_of(starts: &[usize], pos: usize) -> usize {
    starts.partition_point(|&s| s <= pos)
}

/// The dates that the events' own clauses govern.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Governed {
    /// (event type, index into the sentence's dates)
    pub dates: Vec<(EventType, usize)>,
    /// In a postponement or lifting: the date of the original imposition, when a verb of imposing
    /// ("imposed", "introduced") has a clause and a date of its own.
    pub imposition: Option<usize>,
}

impl Governed {
    /// The date index governed for `t`.
    pub fn date_of(&self, t: EventType) -> Option<usize> {
        self.dates.iter().find(|(u, _)| *u == t).map(|(_, i)| *i)
    }
}

/// For a sentence with at least two different dates and two events (`types`; `recounting` when
/// one is a postponement or lifting, so that a verb of imposing is an event too), the date each
/// event's clause governs.
pub(crate) fn govern(lang: Lang, folded: &str, found: &[FoundDate], types: &[EventType], recounting: bool) -> Governed {
    let mut out = Governed::default();
    let distinct = found.iter().any(|f| f.date != found[0].date);
    let mut kinds: Vec<EventType> = types.to_vec();
    if recounting && !kinds.contains(&EventType::RestrictionImposed) {
        kinds.push(EventType::RestrictionImposed);
    }
    kinds.dedup();
    if !distinct || kinds.len() < 2 {
        return out;
    }
    let starts = clause_starts(lang, folded);
    let triggers: Vec<(EventType, Vec<(usize, usize)>)> =
        kinds.iter().map(|&t| (t, rules::triggers(lang, folded, t))).filter(|(_, p)| !p.is_empty()).collect();
    if triggers.len() < 2 {
        return out;
    }
    // the clauses naming each event
    let clauses_of = |t: EventType| -> Vec<usize> {
        triggers
            .iter()
            .filter(|(u, _)| *u == t)
            .flat_map(|(_, p)| p.iter().map(|&(s, _)| clause_of(&starts, s)))
            .collect()
    };
    let named: Vec<usize> = triggers.iter().flat_map(|(t, _)| clauses_of(*t)).collect();
    let n_clauses = starts.len() + 1;
    for (t, spans) in &triggers {
        let own = clauses_of(*t);
        let others: Vec<usize> = triggers.iter().filter(|(u, _)| u != t).flat_map(|(u, _)| clauses_of(*u)).collect();
        // its clauses that name no other event, and the unnamed clauses that follow them
        let mut mine: Vec<usize> = Vec::new();
        for &c in own.iter().filter(|c| !others.contains(c)) {
            mine.push(c);
            for next in c + 1..n_clauses {
                if named.contains(&next) {
                    break;
                }
                mine.push(next);
            }
        }
        // a postponement or lifting is not dated by the participle that dates the measure
        // ("sospenderà le restrizioni annunciate il 9 ottobre")
        let best = found
            .iter()
            .enumerate()
            .filter(|(_, f)| mine.contains(&clause_of(&starts, f.start)))
            .filter(|(_, f)| !t.undoes_a_restriction() || !rules::dates_the_measure_at(lang, folded, f.start, f.end))
            .min_by_key(|(_, f)| spans.iter().map(|&(s, e)| f.start.abs_diff(s).min(f.start.abs_diff(e))).min());
        if let Some((i, _)) = best {
            if *t == EventType::RestrictionImposed && !types.contains(t) {
                out.imposition = Some(i);
            } else {
                out.dates.push((*t, i));
            }
        }
    }
    // two events on one date is no split: leave the sentence to the usual rules
    let chosen: Vec<usize> = out.dates.iter().map(|(_, i)| *i).chain(out.imposition).collect();
    if chosen.len() < 2 || chosen.iter().all(|&i| found[i].date == found[chosen[0]].date) {
        return Governed::default();
    }
    out
}
