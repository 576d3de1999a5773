//! Hand-written cases per language: dates (explicit and relative), the traps, figures with scale
//! words, language detection, scenario drafts.

use chrono::NaiveDate;
use critmin_watch::{DateSource, EventType, FigureKind, Lang, ingest_text};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The first event's type and date for `text` published on `published`.
fn event(text: &str, published: &str) -> (EventType, String) {
    let r = ingest_text("t", text, Some(day(published)));
    let e = r.events.first().unwrap_or_else(|| panic!("no event in {text:?}"));
    (e.event_type, e.date.to_string())
}

#[test]
fn explicit_dates_in_every_language() {
    // 2025-11-02 is a Sunday
    let cases = [
        ("China imposed export controls on gallium on 9 October 2025.", "2025-10-09"),
        ("China imposed export controls on gallium on October 9, 2025.", "2025-10-09"),
        ("China hat am 9. Oktober Exportkontrollen für Gallium verhängt.", "2025-10-09"),
        ("La Chine a imposé le 9 octobre des restrictions à l'exportation du gallium.", "2025-10-09"),
        ("China impuso el 9 de octubre de 2025 restricciones a la exportación de galio.", "2025-10-09"),
        ("La Cina ha introdotto il 9 ottobre restrizioni all'esportazione di gallio.", "2025-10-09"),
        ("China a impus pe 9 octombrie restricții la exportul de galiu.", "2025-10-09"),
        ("Китай въведе на 9 октомври 2025 г. ограничения за износа на галий.", "2025-10-09"),
        ("Kitajska je 9. oktobra uvedla omejitve izvoza galija.", "2025-10-09"),
        ("Китай 9 жовтня 2025 року запровадив обмеження на експорт галію.", "2025-10-09"),
        ("Китай ввел 9 октября 2025 г. ограничения на экспорт галлия.", "2025-10-09"),
        ("中国は2025年10月9日、ガリウムの輸出規制を導入した。", "2025-10-09"),
        ("中国于2025年10月9日宣布对镓实施出口管制。", "2025-10-09"),
    ];
    for (text, want) in cases {
        let (t, d) = event(text, "2025-11-02");
        assert_eq!(t, EventType::RestrictionImposed, "{text}");
        assert_eq!(d, want, "{text}");
    }
}

#[test]
fn relative_dates_lean_to_the_past() {
    // 2025-11-02 is a Sunday: "on Tuesday" is 2025-10-28, "yesterday" 2025-11-01, "last week" 2025-10-26
    let cases = [
        ("China suspended its export controls on gallium yesterday.", "2025-11-01"),
        ("China suspended its export controls on gallium on Tuesday.", "2025-10-28"),
        ("China suspended its export controls on gallium last week.", "2025-10-26"),
        ("China hat die Exportkontrollen für Gallium vorige Woche ausgesetzt.", "2025-10-26"),
        ("China hat gestern die Exportkontrollen für Gallium ausgesetzt.", "2025-11-01"),
        ("La Chine a suspendu hier les restrictions à l'exportation du gallium.", "2025-11-01"),
        ("China suspendió ayer las restricciones a la exportación de galio.", "2025-11-01"),
        ("La Cina ha sospeso ieri le restrizioni all'esportazione di gallio.", "2025-11-01"),
        ("China a suspendat ieri restricțiile la exportul de galiu.", "2025-11-01"),
        ("Китай отложи вчера ограниченията за износа на галий.", "2025-11-01"),
        ("Kitajska je včeraj odložila omejitve izvoza galija.", "2025-11-01"),
        ("Китай вчора призупинив обмеження на експорт галію.", "2025-11-01"),
        ("Китай вчера приостановил ограничения на экспорт галлия.", "2025-11-01"),
        ("中国は昨日、ガリウムの輸出規制を一時停止した。", "2025-11-01"),
        ("中国昨天宣布暂停对镓的出口管制。", "2025-11-01"),
    ];
    for (text, want) in cases {
        let (t, d) = event(text, "2025-11-02");
        assert_eq!(t, EventType::RestrictionPostponed, "{text}");
        assert_eq!(d, want, "{text}");
    }
}

#[test]
fn an_until_date_is_not_the_event_date() {
    let r =
        ingest_text("t", "China suspended the export ban on gallium until 27 November 2026.", Some(day("2025-11-10")));
    assert_eq!(r.events[0].date.to_string(), "2025-11-10");
    assert_eq!(r.events[0].date_source, DateSource::Article);
}

fn ids(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let r = ingest_text("t", text, Some(day("2025-11-02")));
    (r.countries, r.blocs, r.minerals)
}

#[test]
fn traps_germanium_is_not_germany() {
    assert_eq!(
        ids("Китай ограничил экспорт германия и галлия."),
        (vec!["CHN".into()], vec![], vec!["gallium".into(), "germanium".into()])
    );
    assert_eq!(ids("Германия закупает германий."), (vec!["DEU".into()], vec![], vec!["germanium".into()]));
    assert_eq!(ids("Германий подорожал, сообщила Германия."), (vec!["DEU".into()], vec![], vec!["germanium".into()]));
    assert_eq!(
        ids("Germany buys germanium from China."),
        (vec!["CHN".into(), "DEU".into()], vec![], vec!["germanium".into()])
    );
    assert_eq!(ids("L'Allemagne achète du germanium."), (vec!["DEU".into()], vec![], vec!["germanium".into()]));
    assert_eq!(
        ids("Germania importă germaniu din China."),
        (vec!["CHN".into(), "DEU".into()], vec![], vec!["germanium".into()])
    );
}

#[test]
fn traps_tin_china_and_guinea() {
    assert_eq!(ids("A museum in Dresden shows fine china and biscuit tins."), (vec![], vec![], vec![]));
    assert_eq!(ids("He called it tin-pot football."), (vec![], vec![], vec![]));
    assert_eq!(ids("Tin prices rose as Myanmar halted mining."), (vec!["MMR".into()], vec![], vec!["tin".into()]));
    assert_eq!(
        ids("Guinea exports bauxite; gallium comes from alumina."),
        (vec!["GIN".into()], vec![], vec!["aluminium".into(), "gallium".into()])
    );
    // no loose prefixes: "Indiana" is not India, "Nigerian" names no country unless listed
    assert_eq!(ids("Indiana plans a lithium plant."), (vec![], vec![], vec!["lithium".into()]));
}

#[test]
fn short_forms_and_blocs() {
    assert_eq!(ids("САЩ и ЕС"), (vec!["USA".into()], vec!["EU".into()], vec![]));
    assert_eq!(ids("S.U.A. și UE au semnat."), (vec!["USA".into()], vec!["EU".into()], vec![]));
    assert_eq!(ids("ZDA in EU sta podpisali."), (vec!["USA".into()], vec!["EU".into()], vec![]));
    assert_eq!(ids("США та ЄС підписали угоду."), (vec!["USA".into()], vec!["EU".into()], vec![]));
    assert_eq!(ids("Statele Unite și G7"), (vec!["USA".into()], vec!["G7".into()], vec![]));
    assert_eq!(ids("The C5+1 summit"), (vec![], vec!["C5+1".into()], vec![]));
}

fn figures(text: &str) -> Vec<(FigureKind, f64, Option<String>)> {
    ingest_text("t", text, None).figures.into_iter().map(|f| (f.kind, f.value, f.currency)).collect()
}

#[test]
fn figures_with_scale_words() {
    let usd = Some("USD".to_string());
    assert_eq!(
        figures("China mines 90% of it and got $400 million."),
        vec![(FigureKind::Percent, 90.0, None), (FigureKind::Money, 400_000_000.0, usd.clone())]
    );
    assert_eq!(
        figures("Deutschland zahlt 1,2 Mrd. Euro."),
        vec![(FigureKind::Money, 1_200_000_000.0, Some("EUR".into()))]
    );
    assert_eq!(figures("Россия выделит 5 млрд долларов."), vec![(FigureKind::Money, 5_000_000_000.0, usd.clone())]);
    assert_eq!(figures("日本は4億ドルを出資する。"), vec![(FigureKind::Money, 400_000_000.0, usd.clone())]);
    assert_eq!(figures("中国投资50亿元。"), vec![(FigureKind::Money, 5_000_000_000.0, Some("CNY".into()))]);
    assert_eq!(
        figures("España invertirá 8.500 millones de dólares."),
        vec![(FigureKind::Money, 8_500_000_000.0, usd.clone())]
    );
    assert_eq!(figures("Les États-Unis: 400 millions de dollars."), vec![(FigureKind::Money, 400_000_000.0, usd)]);
}

#[test]
fn language_detection() {
    let cases = [
        ("China has imposed export controls on the rare earths that it produces.", Lang::En),
        ("China hat Exportkontrollen für Seltene Erden verhängt, die für die Industrie wichtig sind.", Lang::De),
        ("La Chine a imposé des contrôles sur les exportations de terres rares.", Lang::Fr),
        ("China ha impuesto controles a las exportaciones de tierras raras.", Lang::Es),
        ("La Cina ha imposto controlli sulle esportazioni di terre rare e gli Stati Uniti.", Lang::It),
        ("China a impus controale asupra exporturilor de pământuri rare și cobalt.", Lang::Ro),
        ("Китай въведе контрол върху износа на редкоземни метали, който засяга и САЩ.", Lang::Bg),
        ("Kitajska je uvedla nadzor nad izvozom redkih zemelj, ki so pomembne za industrijo.", Lang::Sl),
        ("Китай запровадив контроль над експортом рідкісноземельних металів, що вплине на ринки.", Lang::Uk),
        ("Китай ввёл контроль над экспортом редкоземельных металлов, который затронет рынки.", Lang::Ru),
        ("中国はレアアースの輸出規制を導入した。", Lang::Ja),
        ("中国宣布对稀土实施出口管制。", Lang::Zh),
    ];
    for (text, want) in cases {
        assert_eq!(critmin_watch::lang::detect(text), want, "{text}");
    }
}

#[test]
fn scenario_draft_from_a_restriction() {
    let r = ingest_text("a", "China imposed export controls on graphite on 1 December 2023.", Some(day("2023-12-02")));
    let toml = critmin_watch::draft::scenario_draft(&r.events).unwrap();
    assert!(toml.contains("mineral = \"Graphite\""), "{toml}");
    assert!(toml.contains("exporters = [\"CHN\"]"), "{toml}");
    assert!(toml.contains("from = \"2023-12\""), "{toml}");
    assert!(toml.contains("fraction = 1.0  # illustrative"), "{toml}");
    assert!(critmin_watch::draft::scenario_draft(&[]).is_none());
}

fn v(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

#[test]
fn traps_pond_and_bronze_and_the_chugoku_region() {
    // Italian "stagno" is tin, but ponds are countable: "gli stagni", "uno stagno", "lo stagno di X"
    assert_eq!(
        ids("Gli stagni della Toscana ospitano aironi; uno stagno vicino a Pisa è protetto."),
        (v(&[]), v(&[]), v(&[]))
    );
    assert_eq!(ids("Il prezzo dello stagno è salito in Bolivia."), (v(&["BOL"]), v(&[]), v(&["tin"])));
    // 中国地方 is a region of Japan, 銅メダル a bronze medal; 銅 with a particle is copper
    assert_eq!(ids("中国地方の大会で銅メダルを獲得した。"), (v(&[]), v(&[]), v(&[])));
    assert_eq!(ids("チリは銅の最大の生産国だ。"), (v(&["CHL"]), v(&[]), v(&["copper"])));
}

#[test]
fn compounds_adjectives_and_list_context() {
    // Japanese/Chinese compounds name every country; "日" after a number is a day
    assert_eq!(ids("日米韓の首脳が会談した。"), (v(&["JPN", "KOR", "USA"]), v(&[]), v(&[])));
    assert_eq!(ids("美日两国签署协议。"), (v(&["JPN", "USA"]), v(&[]), v(&[])));
    assert_eq!(ids("3日韓国の企業が発表した。"), (v(&["KOR"]), v(&[]), v(&[])));
    // adjectives in the inflected forms of the lemma
    assert_eq!(
        ids("Podjetje je kupilo pakistansko družbo, tajska vlada pa še čaka."),
        (v(&["PAK", "THA"]), v(&[]), v(&[]))
    );
    assert_eq!(ids("компания из Пакистана и пакистанского правительства"), (v(&["PAK"]), v(&[]), v(&[])));
    // Spanish "indio": indium in a list of minerals, else Indian
    assert_eq!(
        ids("China controla el bismuto, el molibdeno e indio."),
        (v(&["CHN"]), v(&[]), v(&["bismuth", "indium", "molybdenum"]))
    );
    assert_eq!(ids("El gobierno indio compra litio."), (v(&["IND"]), v(&[]), v(&["lithium"])));
    // German compound heads in the genitive, mixed-case ASEAN
    assert_eq!(
        ids("Die Erschließung des Wolframvorkommens gehört zu Kirgistans größten Projekten."),
        (v(&["KGZ"]), v(&[]), v(&["tungsten"]))
    );
    assert_eq!(ids("la présidence de l'Asean"), (v(&[]), v(&["ASEAN"]), v(&[])));
}

#[test]
fn percent_and_genitive_numbers() {
    assert_eq!(figures("Китай осигурява над 80 на сто от добива."), vec![(FigureKind::Percent, 80.0, None)]);
    assert_eq!(
        figures("Каждая страна вложит не менее одного миллиарда долларов."),
        vec![(FigureKind::Money, 1e9, Some("USD".to_string()))]
    );
}
