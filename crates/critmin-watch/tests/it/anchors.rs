//! Rules added after the sixth and seventh blind corpora (docs/watch.md, "Seventh and eighth
//! blind corpora"): which of two relative dates dates an event, month adjectives, "накануне",
//! measures named again with their date, denials, meetings without parties, numeric dates with
//! spaces, durations that are not days. Hand-made sentences, none from a corpus; the article
//! date is Wednesday 2025-11-12.

use EventType::{
    MinisterialMeeting as Meeting, ProjectFinanced as Financed, RestrictionImposed as Imposed,
    RestrictionLifted as Lifted, RestrictionPostponed as Postponed, StockpileBuilt as Stockpile,
    TariffAnnounced as Tariff,
};
use critmin_watch::{EventType, ingest_text};

use super::{ev, events, types};

#[test]
fn of_two_relative_dates_the_earlier_dates_the_event() {
    // the later one is the day of a reaction or a report
    assert_eq!(
        events(
            "Chile celebra\nEl Gobierno chileno celebró este miércoles el arancel del 50 % al cobre que Washington impuso ayer."
        ),
        vec![ev(Tariff, "2025-11-11")]
    );
    assert_eq!(
        events(
            "Cobalt\nLes cours du cobalt progressaient mercredi après l'entrée en vigueur lundi des quotas d'exportation de la RDC."
        ),
        vec![ev(Imposed, "2025-11-10")]
    );
}

#[test]
fn nakanune_is_the_day_before_only_with_a_verb() {
    assert_eq!(events("Сурьма\nКитай накануне ввел экспортный контроль на сурьму."), vec![ev(Imposed, "2025-11-11")]);
    // "on the eve of the summit" is no date: the report's day stands
    assert_eq!(
        events("Сурьма\nКитай ввел экспортный контроль на сурьму накануне саммита."),
        vec![ev(Imposed, "2025-11-12")]
    );
}

#[test]
fn a_month_adjective_dates_the_measure_it_qualifies() {
    // in a postponement, the month's adjective dates the measure, not the postponement
    assert_eq!(
        events("Redke zemlje\nKitajska je v ponedeljek začasno ustavila oktobrske omejitve izvoza redkih zemelj."),
        vec![ev(Imposed, "2025-10"), ev(Postponed, "2025-11-10")]
    );
    assert_eq!(
        events(
            "Квітневі обмеження\nУ понеділок Японія провела переговори.\nКвітневі обмеження Китаю на експорт рідкісноземельних металів ускладнили постачання."
        )
        .into_iter()
        .filter(|(t, _)| *t == Imposed)
        .collect::<Vec<_>>(),
        vec![ev(Imposed, "2025-04")]
    );
}

#[test]
fn the_measure_named_again_with_its_participle_and_date_recounts_its_imposition() {
    let text = "Кобальт\nДР Конго удължи в понеделник спирането на износа на кобалт с три месеца. Мярката, въведена през февруари 2025 г., трябваше да изтече този месец.";
    assert_eq!(events(text), vec![ev(Imposed, "2025-02"), ev(Imposed, "2025-11-10")]);
    let text = "Cobalt\nRD Congo a prelungit luni suspendarea exporturilor de cobalt. Măsura inițială, introdusă la 22 februarie, urma să expire.";
    assert_eq!(events(text), vec![ev(Imposed, "2025-02-22"), ev(Imposed, "2025-11-10")]);
}

#[test]
fn a_denied_measure_is_no_event() {
    for text in [
        "Ministerio\nEl ministerio negó el martes que se prepare una nueva prohibición de exportaciones de níquel.",
        "Ministero\nIl ministero ha smentito ieri che sia pronto un decreto sulle scorte strategiche di terre rare.",
        "Министерство\nМинистерството отрече във вторник, че подготвя забрана за износа на графит.",
        "商务部\n商务部昨天否认将对石墨实施新的出口管制。",
    ] {
        assert_eq!(types(text), vec![], "{text}");
    }
}

#[test]
fn a_meeting_needs_officials_or_a_named_country() {
    assert!(!types("Exhibition\nCurators have also gathered on Monday more than 200 biscuit tins.").contains(&Meeting));
    assert!(types("Talks\nThe ministers met on Monday in Madrid to discuss lithium.").contains(&Meeting));
    assert!(types("Talks\nChina and Japan met on Monday in Madrid to discuss lithium.").contains(&Meeting));
}

#[test]
fn cooperating_on_stockpiles_or_financing_builds_and_funds_nothing() {
    let text = "Acord\nSUA și Japonia au semnat marți un acord-cadru. Documentul prevede coordonarea investițiilor, inclusiv prin instrumente de finanțare publică, precum și cooperare în privința stocurilor strategice.";
    let t = types(text);
    assert!(!t.contains(&Stockpile) && !t.contains(&Financed), "{t:?}");
}

#[test]
fn numeric_dates_may_have_spaces_and_durations_are_no_days() {
    let text = "Kobalt\nRegulator je v ponedeljek sporočil, da bo prepoved izvoza kobalta, ki velja od 22. 2. 2025, nadomestil s kvotami.";
    assert!(events(text).contains(&ev(Imposed, "2025-02-22")), "{:?}", events(text));
    assert!(events(text).contains(&ev(Lifted, "2025-11-10")), "{:?}", events(text));
    // "2日間" is two days, not the 2nd of the month
    let text = "G7\nG7の閣僚会合は12日、札幌で2日間の討議を終え、重要鉱物の共同声明を採択した。";
    let r = ingest_text("t", text, chrono::NaiveDate::from_ymd_opt(2025, 11, 12));
    assert!(r.events.iter().all(|e| e.date.to_string() == "2025-11-12"), "{:?}", r.events);
}

#[test]
fn years_ago_is_undated_background() {
    let text = "Níquel\nIndonesia anunció el lunes nuevas cuotas de níquel. El país prohibió hace años la exportación del mineral sin procesar.";
    assert!(!types(text).contains(&Imposed), "{:?}", events(text));
}
