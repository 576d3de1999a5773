//! Rules added after the eighth and ninth blind corpora (docs/watch.md, "Ninth and tenth blind
//! corpora"): the day a measure takes effect, "the step" named again with its day, "getroffen",
//! proposed measures, intentions beside events, safeguards, letters of intent. Hand-made
//! sentences, none from a corpus; the article date is Wednesday 2025-11-12.

use EventType::{
    AgreementSigned as Agreement, MinisterialMeeting as Meeting, RestrictionImposed as Imposed,
    RestrictionPostponed as Postponed, StockpileBuilt as Stockpile, TariffAnnounced as Tariff,
};
use critmin_watch::EventType;

use super::{ev, events, types};

#[test]
fn a_measure_is_dated_by_the_later_day_it_takes_effect() {
    assert_eq!(
        events("Copper\nThe United States on Monday imposed a 50% tariff on copper pipes, effective Dec. 1."),
        vec![ev(Tariff, "2025-12-01")]
    );
    assert_eq!(
        events("锂\n津巴布韦矿业部长周一表示，该国将从2027年1月起禁止出口锂精矿。"),
        vec![ev(Imposed, "2027-01")]
    );
    // the day follows in the next sentence
    assert_eq!(
        events("Медь\nВ понедельник США ввели пошлину в размере 50% на медные трубы. Мера вступит в силу с 1 декабря."),
        vec![ev(Tariff, "2025-12-01")]
    );
    // a day already past is the report's, not a day of taking effect
    assert_eq!(
        events(
            "Copper\nThe United States on Monday imposed a 50% tariff on copper pipes, with effect from the signing."
        ),
        vec![ev(Tariff, "2025-11-10")]
    );
}

#[test]
fn a_day_said_of_the_step_dates_the_undated_event() {
    assert_eq!(
        events(
            "Gallium\nChina hat die Ausfuhr von Gallium in die USA verboten. Das Handelsministerium begründete den Schritt am Montag mit der nationalen Sicherheit."
        ),
        vec![ev(Imposed, "2025-11-10")]
    );
}

#[test]
fn getroffen_meets_officials_and_hits_the_rest() {
    assert_eq!(
        events(
            "Scholz in Asien\nBundeskanzler Scholz hat am Montag in Astana die Staats- und Regierungschefs Kasachstans getroffen, um über Rohstoffe zu sprechen."
        ),
        vec![ev(Meeting, "2025-11-10")]
    );
    assert!(
        !types("Graphit\nDie chinesischen Exportkontrollen für Graphit haben am Montag die Autohersteller in Deutschland getroffen.")
            .contains(&Meeting)
    );
}

#[test]
fn a_proposed_or_planned_measure_is_not_imposed() {
    assert!(events("Philippine miners push back against proposed nickel ore export ban\nIndustry groups said on Monday the bill would hurt them.").is_empty());
    assert!(
        events("Gabun plant Exportverbot für Manganerz\nDie Regierung nannte am Montag noch keine Einzelheiten.")
            .is_empty()
    );
}

#[test]
fn of_an_intended_and_a_reported_event_the_date_is_the_reported_ones() {
    let found = events(
        "Сурма\nУ понеділок США уклали контракт на постачання сурми. Вашингтон намагається поповнити запаси після того, як у грудні 2024 року Китай заборонив експорт сурми.",
    );
    assert!(found.contains(&ev(Imposed, "2024-12")), "{found:?}");
    assert!(!found.iter().any(|(t, _)| *t == Stockpile), "{found:?}");
}

#[test]
fn pausing_a_minerals_exports_stops_them() {
    assert_eq!(events("钴\n刚果（金）自2月22日起暂停钴出口。"), vec![ev(Imposed, "2025-02-22")]);
}

#[test]
fn safeguards_are_tariffs_and_deciding_them_is_no_agreement() {
    assert_eq!(
        events(
            "Ferrolegierungen\nDie EU-Kommission hat gestern Schutzmaßnahmen gegen Importe von Ferrolegierungen aus Norwegen beschlossen."
        ),
        vec![ev(Tariff, "2025-11-11")]
    );
}

#[test]
fn letters_of_intent_finance_nothing_yet() {
    assert_eq!(
        events(
            "Minerals\nAustralia and Japan signed a critical minerals framework on Monday. The export credit agency has issued letters of interest for financing of over $2 billion."
        ),
        vec![ev(Agreement, "2025-11-10")]
    );
}

#[test]
fn restrictions_that_entered_into_force_earlier_are_recounted() {
    assert!(
        events(
            "Antimonio\nLa Cina ha introdotto lunedì licenze per l'export di antimonio. Si tratta dell'ultima stretta, dopo quelle su gallio e germanio entrate in vigore il 1° agosto 2023."
        )
        .contains(&ev(Imposed, "2023-08-01"))
    );
}

#[test]
fn a_postponement_is_not_dated_by_the_measures_participle() {
    assert_eq!(
        events(
            "Terre rare\nLa Cina sospenderà le restrizioni all'export di terre rare annunciate il 9 ottobre, come confermato lunedì dal ministero."
        ),
        vec![ev(Imposed, "2025-10-09"), ev(Postponed, "2025-11-10")]
    );
}

#[test]
fn romanian_luni_de_is_months() {
    assert_eq!(
        events(
            "Ucraina\nSemnarea a venit după luni de negocieri și după întâlnirea din 28 februarie dintre președinții Statelor Unite și Ucrainei."
        ),
        vec![ev(Meeting, "2025-02-28")]
    );
}
