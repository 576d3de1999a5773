//! Rules added after the tenth blind corpus (docs/watch.md, "Tenth and eleventh blind corpora"):
//! the day a measure was announced, a relative date restated as a day, a weekday a measure takes
//! effect from, a temporary lifting, a negated lifting, stakes, financing discussed at a meeting,
//! "the same day" after a day of taking effect, stopping exports, sales abroad, adopted action
//! plans. Hand-made sentences, none from a corpus; the article date is Wednesday 2025-11-12.

use EventType::{
    AgreementSigned as Agreement, MinisterialMeeting as Meeting, ProjectFinanced as Financed,
    RestrictionImposed as Imposed, RestrictionLifted as Lifted, RestrictionPostponed as Postponed,
    TariffAnnounced as Tariff,
};
use critmin_watch::EventType;

use super::{ev, events, types};

#[test]
fn the_day_the_news_was_announced_dates_the_undated_lead() {
    assert_eq!(
        events(
            "Kobalt\nChina hat Ausfuhrbeschränkungen für Kobalt erlassen. Das Handelsministerium gab die Maßnahmen am \
             Montag bekannt."
        ),
        vec![ev(Imposed, "2025-11-10")]
    );
}

#[test]
fn a_relative_date_restated_as_a_day_gives_way_to_the_day() {
    assert_eq!(
        events("Cobalt\nLast week, on 6 November, the ministry imposed export licences on cobalt."),
        vec![ev(Imposed, "2025-11-06")]
    );
}

#[test]
fn a_weekday_a_measure_takes_effect_from_lies_ahead_only_when_near() {
    // Friday is two days after the Wednesday article: ahead
    assert_eq!(
        events("Kupfer\nDie USA erheben ab Freitag einen Zoll von 50 Prozent auf Kupferrohre."),
        vec![ev(Tariff, "2025-11-14")]
    );
    // Saturday is four days back and three ahead: the past, as the labelling rules lean
    assert_eq!(events("Cobalt\nCongo suspended cobalt exports from Saturday."), vec![ev(Imposed, "2025-11-08")]);
}

#[test]
fn a_temporary_lifting_is_a_postponement() {
    assert_eq!(
        types("Galij\nKitajska je v ponedeljek začasno odpravila prepoved izvoza galija v ZDA."),
        vec![Postponed]
    );
    assert_eq!(types("Gallium\nChina on Monday lifted its ban on gallium exports to the US."), vec![Lifted]);
}

#[test]
fn a_negated_lifting_lifts_nothing() {
    assert!(!types("Нікель\nІндонезія не скасовуватиме заборону на експорт нікелевої руди.").contains(&Lifted));
}

#[test]
fn a_stake_beside_an_amount_is_a_financing() {
    assert_eq!(
        events(
            "Lithium\nDie Regierung übernimmt für 30 Mio. Euro einen Anteil an einem Lithiumprojekt, teilte das \
             Ministerium am Dienstag mit."
        ),
        vec![ev(Financed, "2025-11-11")]
    );
}

#[test]
fn a_financing_the_meeting_discussed_is_a_topic() {
    assert_eq!(
        types(
            "Japan\nDer US-Präsident und die japanische Premierministerin trafen sich am Dienstag in Tokio. Bei dem \
             Treffen ging es auch um Investitionen in Höhe von 500 Mrd. US-Dollar."
        ),
        vec![Meeting]
    );
}

#[test]
fn the_same_day_after_a_day_of_taking_effect_is_the_announcement() {
    assert_eq!(
        events(
            "稀土\n商务部10日发布公告，对五种稀土实施出口管制，自2025年12月1日起实施。同日，商务部还宣布对相关技术实施出口管制。"
        ),
        vec![ev(Imposed, "2025-11-10"), ev(Imposed, "2025-12-01")]
    );
}

#[test]
fn stopping_exports_and_suspending_sales_abroad_are_restrictions() {
    assert_eq!(
        events(
            "Lithium\nLe Zimbabwe cessera d'exporter du lithium à compter du 1er janvier 2027, a annoncé lundi le ministre."
        ),
        vec![ev(Imposed, "2027-01-01")]
    );
    assert_eq!(
        events("Cobalt\nLa RDC a suspendu lundi les ventes à l'étranger de cobalt."),
        vec![ev(Imposed, "2025-11-10")]
    );
}

#[test]
fn adopting_an_action_plan_is_an_agreement() {
    assert!(
        types("Minerales\nLos líderes del G7 aprobaron el martes un plan de acción sobre minerales críticos.")
            .contains(&Agreement)
    );
}
