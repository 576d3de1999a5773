//! Rules added after the third blind corpus was scored (docs/watch.md, "Third blind corpus"):
//! each test is a class of the grammar or vocabulary with hand-made sentences, none taken from a
//! corpus. The article date is Wednesday 2025-11-12 ("Saturday" is 2025-11-08, "Friday"
//! 2025-11-07).

use EventType::{
    AgreementSigned as Agreement, MinisterialMeeting as Meeting, PriceFloorAnnounced as PriceFloor,
    ProjectFinanced as Financed, RestrictionImposed as Imposed, RestrictionPostponed as Postponed,
    TariffAnnounced as Tariff,
};
use chrono::NaiveDate;
use critmin_watch::{EventType, ingest_text};

use super::{ev, events, types};

#[test]
fn german_attributive_participle_dates_the_measure() {
    // German puts the participle after the date it takes: the date is the measure's, and a month
    // after the article's month lies in the year before
    let cases: &[(&str, &[(EventType, &str)])] = &[
        (
            "Indonesien hat das am 3. Juni verkündete Ausfuhrverbot für Nickelerz am Montag ausgesetzt.",
            &[(Imposed, "2025-06-03"), (Postponed, "2025-11-10")],
        ),
        (
            "Indonesien wird die im Februar eingeführten Exportbeschränkungen für Bauxit aussetzen. \
             Dies teilte das Ministerium am Freitag mit.",
            &[(Imposed, "2025-02"), (Postponed, "2025-11-07")],
        ),
        ("Über die im Dezember verhängten Exportkontrollen für Wolfram wurde gesprochen.", &[(Imposed, "2024-12")]),
        ("Das im Dezember verhängte Ausfuhrverbot für Zinn betrifft Malaysia.", &[(Imposed, "2024-12")]),
    ];
    for (text, want) in cases {
        let want: Vec<(EventType, String)> = want.iter().map(|(t, d)| ev(*t, d)).collect();
        assert_eq!(events(text), want, "{text}");
    }
}

#[test]
fn a_measure_in_force_from_a_later_date_is_not_moved_to_last_year() {
    // "takes effect from 1 December": ahead of the article, not a past measure
    assert_eq!(
        events("Мито от 25% върху вноса на алуминий влиза в сила от 1 декември, съобщи министерството."),
        vec![ev(Tariff, "2025-12-01")]
    );
}

#[test]
fn a_pronoun_and_a_reporting_verb_date_the_decision_before() {
    let cases = [
        "Vietnam wird das Exportverbot für Seltene Erden aufheben. Das gab die Regierung am Freitag bekannt.",
        "Vietnam will lift its export ban on rare earths. This was announced by the government on Friday.",
    ];
    for text in cases {
        let got = events(text);
        assert!(got.iter().all(|(_, d)| d == "2025-11-07"), "{text}: {got:?}");
    }
}

#[test]
fn german_agreeing_on_a_plan_is_an_agreement() {
    for text in [
        "Die Minister der G7 haben sich am Montag auf einen Aktionsplan für Lithium verständigt.",
        "Die EU und Chile einigten sich am Montag auf eine Partnerschaft für Kupfer.",
    ] {
        assert!(types(text).contains(&Agreement), "{text}");
    }
}

#[test]
fn a_price_floor_still_discussed_is_not_announced() {
    for text in [
        "Über einen Mindestpreis für Kobalt solle weiter beraten werden, hieß es in Berlin am Montag.",
        "Die Regierung erwägt einen Mindestpreis für Lithium, hieß es am Montag.",
        "Washington is considering a price floor for gallium, officials said on Monday.",
    ] {
        assert!(!types(text).contains(&PriceFloor), "{text}");
    }
    assert!(types("Washington announced a price floor of $110 per kilogram for NdPr on Monday.").contains(&PriceFloor));
}

#[test]
fn countermeasures_are_announced_even_in_response_to_tariffs() {
    for text in [
        "Kanada hat am Montag als Antwort auf die US-Zölle Gegenzölle von 25 Prozent auf Stahl angekündigt.",
        "China kündigte am Freitag als Reaktion auf die US-Zölle Vergeltungszölle von 10 Prozent an.",
    ] {
        assert!(types(text).contains(&Tariff), "{text}");
    }
}

#[test]
fn a_loan_concluded_is_financing_not_an_agreement() {
    let t = types(
        "Das Energieministerium hat im Oktober einen Kredit über 1,2 Milliarden Dollar für die Lithiummine in Nevada abgeschlossen.",
    );
    assert!(t.contains(&Financed) && !t.contains(&Agreement), "{t:?}");
    // a loan agreement is the loan; agreeing to invest is the investment; another agreement
    // named beside them still counts
    for text in [
        "Japan and Australia signed a loan agreement worth $300 million for a gallium plant on Monday.",
        "一家锂企昨日与银团签署贷款协议，贷款总额为20亿元人民币。",
        "商社は11日、豪州のリチウム鉱山に約200億円を出資することで合意したと発表した。",
        "Die Bank und die Regierung haben am Montag einen Kreditvertrag über 500 Millionen Euro für Lithium unterzeichnet.",
    ] {
        let t = types(text);
        assert!(t.contains(&Financed) && !t.contains(&Agreement), "{text}: {t:?}");
    }
    let t = types("Japan and Australia signed a supply agreement and a loan of $300 million for gallium on Monday.");
    assert!(t.contains(&Agreement), "{t:?}");
}

#[test]
fn concluding_talks_is_no_signing() {
    for text in [
        "Las delegaciones de Chile y Japón concluyeron el lunes dos días de negociaciones sobre el litio.",
        "The delegations of Chile and Japan concluded two days of talks on lithium on Monday.",
    ] {
        assert!(!types(text).contains(&Agreement), "{text}");
    }
    assert!(types("Chile and Japan concluded an agreement on lithium on Monday.").contains(&Agreement));
}

#[test]
fn a_proclamation_signed_is_a_national_measure() {
    for text in [
        "El presidente de Estados Unidos firmó el miércoles una proclamación que impone un arancel del 50 % al cobre.",
        "Le président américain a signé mercredi une proclamation imposant un droit de douane de 50 % sur le cuivre.",
    ] {
        let t = types(text);
        assert!(t.contains(&Tariff) && !t.contains(&Agreement), "{text}: {t:?}");
    }
}

#[test]
fn venues_and_possible_meetings_are_no_meeting() {
    for text in [
        "美国总统特朗普周二在白宫内阁会议上表示，将对进口铜征收50%的关税。",
        "The minister said at a press conference on Monday that lithium exports would rise.",
        "Washington has not said how it will respond to the cobalt ban, though talks could take place in the coming weeks.",
    ] {
        assert!(!types(text).contains(&Meeting), "{text}");
    }
    assert!(types("Trade ministers of Japan and Chile met on Monday to discuss lithium.").contains(&Meeting));
}

#[test]
fn a_production_halt_postpones_nothing() {
    let t = types("中国が4月に導入したレアアースの輸出規制の影響で、一部の自動車メーカーが生産を一時停止した。");
    assert!(!t.contains(&Postponed), "{t:?}");
    let t = types(
        "Chinese export controls on rare earths introduced in April forced carmakers in Japan to halt production.",
    );
    assert!(!t.contains(&Postponed), "{t:?}");
}

#[test]
fn a_lift_negated_lifts_nothing() {
    for text in [
        "Индонезия няма да отменя забраната за износ на никелова руда, заяви днес министерството.",
        "Indonesia will not lift its ban on nickel ore exports, the ministry said on Monday.",
    ] {
        assert!(!types(text).contains(&EventType::RestrictionLifted), "{text}");
    }
}

#[test]
fn a_restriction_as_the_backdrop_is_no_event() {
    for text in [
        "Южна Корея обмисля разширяване на складовите мощности на фона на китайските ограничения за износ на галий.",
        "South Korea is expanding storage capacity for gallium against the backdrop of Chinese export restrictions.",
    ] {
        assert!(!types(text).contains(&Imposed), "{text}");
    }
}

#[test]
fn speculated_stockpiles_and_threatened_tariffs_are_no_events() {
    for text in [
        "有市场人士猜测，国家可能再度投放铜储备以平抑价格。",
        "Prices of cobalt could climb further if quotas prove tight, as stockpiles held by refiners run down.",
    ] {
        let t = types(text);
        assert!(!t.contains(&EventType::StockpileBuilt) && !t.contains(&EventType::StockpileReleased), "{text}: {t:?}");
    }
    let t = types(
        "En respuesta, Trump amenazó el viernes con imponer aranceles adicionales del 100 % a los productos chinos de litio.",
    );
    assert!(!t.contains(&Tariff), "{t:?}");
}

#[test]
fn a_day_between_the_pause_verb_and_exports_still_stops_exports() {
    for text in [
        "ДР Конго спря в събота износа на кобалт за четири месеца.",
        "La RD del Congo suspendió el sábado las exportaciones de cobalto durante cuatro meses.",
    ] {
        let t = types(text);
        assert!(t.contains(&Imposed) && !t.contains(&Postponed), "{text}: {t:?}");
    }
    // a restriction word between them: the ban is suspended, not the exports
    let t = types("China on Sunday suspended its ban on exports of gallium to the United States.");
    assert_eq!(t, vec![Postponed], "{t:?}");
}

#[test]
fn german_treffen_with_a_modal_means_to_hit() {
    for text in [
        "Die Exportkontrollen für Gallium könnten vor allem Deutschland treffen, warnte der Verband am Montag.",
        "Experten warnten am Montag vor Zöllen auf Kupfer, die auch Europa hart treffen würden.",
        "Chile will raise copper output to meet demand from China, the ministry said on Monday.",
    ] {
        assert!(!types(text).contains(&Meeting), "{text}");
    }
    assert!(types("Die Handelsminister der EU und Japans trafen sich am Montag in Tokio.").contains(&Meeting));
}

/// Countries and minerals named in `text` (language detected), as ids.
fn names(text: &str) -> (Vec<String>, Vec<String>) {
    let r = ingest_text("t", text, NaiveDate::from_ymd_opt(2025, 11, 12));
    (r.countries, r.minerals)
}

#[test]
fn regions_named_like_a_country_are_not_it() {
    for text in [
        "中国内モンゴル自治区の包頭でレアアースの見本市が開かれた。",
        "米南部ジョージア州で電池工場が稼働した。リチウムを使う。",
        "稀土论坛在内蒙古自治区包头市举行，讨论了稀土回收。",
        "Los productores de cobre de Arizona y Nuevo México piden más protección.",
        "Geologii studiază zăcămintele de mangan din nordul Moldovei.",
        "Battery plants in the state of Georgia need lithium.",
    ] {
        let (countries, _) = names(text);
        assert!(!countries.iter().any(|c| ["MNG", "GEO", "MEX", "MDA"].contains(&c.as_str())), "{text}: {countries:?}");
    }
}

#[test]
fn egyptian_in_every_language() {
    for text in [
        "The deal was signed at the Egyptian resort of Sharm el-Sheikh; it covers lithium.",
        "Das Abkommen wurde im ägyptischen Badeort unterzeichnet; es betrifft Lithium.",
        "L'accord a été signé dans la station balnéaire égyptienne; il porte sur le lithium.",
        "El acuerdo se firmó en el balneario egipcio; abarca el litio.",
        "L'accordo è stato firmato nella località egiziana; riguarda il litio.",
        "Acordul a fost semnat în stațiunea egipteană; vizează litiul.",
        "Споразумението беше подписано в египетския курорт; то обхваща лития.",
        "Sporazum so podpisali v egiptovskem letovišču; zajema litij.",
        "Угоду підписали на єгипетському курорті; вона стосується літію.",
        "Соглашение было подписано на египетском курорте, сообщили в четверг; оно касается лития.",
    ] {
        assert!(names(text).0.contains(&"EGY".to_string()), "{text}");
    }
}

#[test]
fn japanese_bei_before_government_nouns_is_the_united_states() {
    for text in [
        "バイデン米政権は先週、黒鉛への関税引き上げを発表した。",
        "米議会はリチウムの備蓄法案を審議した。",
        "米エネルギー省はリチウム事業に融資すると発表した。",
    ] {
        assert!(names(text).0.contains(&"USA".to_string()), "{text}");
    }
}

#[test]
fn slovenian_mineral_adjectives_in_every_case() {
    for text in [
        "Omejitve zajemajo materiale za grafitne anode iz Kitajske.",
        "Kitajska je omejila izvoz grafitnih anod.",
        "Pogovarjali so se o grafitnem prahu iz Kitajske.",
    ] {
        assert!(names(text).1.contains(&"graphite".to_string()), "{text}");
    }
}

#[test]
fn percent_as_a_compound_adjective() {
    use critmin_watch::Lang;
    use critmin_watch::figures::find_figures;
    let cases: &[(Lang, &str)] = &[
        (Lang::Sl, "ZDA so uvedle 50-odstotne carine na jeklo."),
        (Lang::Sl, "Uvedli so 50-odstotno dajatev."),
        (Lang::De, "Washington verhängt 50-prozentige Zölle auf Kupfer."),
        (Lang::En, "Washington imposed a 50-percent tariff on copper."),
        (Lang::Ru, "США ввели 50-процентные пошлины на медь."),
        (Lang::Bg, "САЩ въведоха 50-процентни мита върху медта."),
        (Lang::Uk, "США запровадили 50-відсоткові мита на мідь."),
    ];
    for (lang, text) in cases {
        let f = find_figures(*lang, &text.to_lowercase());
        assert!(f.iter().any(|f| f.value == 50.0), "{text}: {f:?}");
    }
}

#[test]
fn restrictions_listed_with_a_date_each_are_one_event_per_date() {
    let cases: &[(&str, &[&str])] = &[
        (
            "China put antimony under export licensing in September last year and banned shipments of gallium to the United States in October.",
            &["2024-09", "2025-10"],
        ),
        (
            "L'antimoine est soumis à licence d'exportation depuis le 15 septembre, le gallium et le germanium depuis août 2023.",
            &["2023-08", "2025-09-15"],
        ),
        (
            "China supune deja licențelor exporturile de antimoniu din septembrie, iar pe cele de galiu din august anul trecut.",
            &["2024-08", "2025-09"],
        ),
        (
            "Las autoridades chinas ya habían restringido en agosto las exportaciones de galio, y en octubre las de grafito.",
            &["2025-08", "2025-10"],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<String> = events(text).into_iter().filter(|(t, _)| *t == Imposed).map(|(_, d)| d).collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn reaching_an_agreement_is_signing_one() {
    for text in [
        "Negociatorii Chile și ai Japoniei au ajuns la un acord privind litiul marți.",
        "Las delegaciones de Chile y Japón alcanzaron un acuerdo sobre el litio el martes.",
        "Le delegazioni di Cile e Giappone hanno raggiunto un accordo sul litio martedì.",
        "Делегациите на Чили и Япония постигнаха споразумение за лития във вторник.",
        "Делегации Чили и Японии достигли соглашения по литию во вторник.",
    ] {
        assert!(types(text).contains(&Agreement), "{text}");
    }
}

#[test]
fn no_intention_to_lift_keeps_the_ban_dated_by_its_participle() {
    assert_eq!(
        events(
            "Индонезия няма намерение да отменя забраната за износ на никелова руда, въведена през януари 2020 г., заяви днес министерството."
        ),
        vec![ev(Imposed, "2020-01")]
    );
    assert_eq!(
        events(
            "Indonesia has no intention of lifting the nickel ore export ban imposed in January 2020, the ministry said on Monday."
        ),
        vec![ev(Imposed, "2020-01")]
    );
}

#[test]
fn german_financing_still_negotiated_is_not_financed() {
    let t = types("Für das Lithiumprojekt in Sachsen werde über die Finanzierung noch verhandelt, hieß es am Montag.");
    assert!(!t.contains(&Financed), "{t:?}");
}

#[test]
fn the_day_of_an_english_month_can_end_a_sentence() {
    let text = "China paused the controls it unveiled on Oct. 9. Presidents met in Busan on Oct. 30 and agreed to ease the standoff.";
    assert_eq!(critmin_watch::sentences(text).len(), 2);
    // German puts the day first: an ordinal, not an end
    assert_eq!(critmin_watch::sentences("China hat am 9. Oktober Kontrollen verhängt. Die USA reagierten.").len(), 2);
    assert_eq!(critmin_watch::sentences("Am 9. Mai trafen sich die Minister.").len(), 1);
}

/// Blocs named in `text` (language detected).
fn blocs(text: &str) -> Vec<String> {
    ingest_text("t", text, NaiveDate::from_ymd_opt(2025, 11, 12)).blocs
}

#[test]
fn the_european_commission_names_the_eu() {
    for text in [
        "Evropska komisija je odločitev o carinah na jeklo obžalovala.",
        "The European Commission said it regretted the tariffs on steel.",
        "Restano in vigore le licenze per l'Italia e gli altri Paesi dell'Ue.",
        "Европейската комисия приветства споразумението за лития.",
        "欧州委員会はリチウムの調達を巡る協定を歓迎した。",
    ] {
        assert!(blocs(text).contains(&"EU".to_string()), "{text}");
    }
}

#[test]
fn mineral_homographs_follow_the_article_topic() {
    // Bulgarian "мед": copper in a mining article, honey in one about bees
    assert!(names("Компанията развива проекти за добив на мед и цинк в Аляска.").1.contains(&"copper".to_string()));
    assert!(
        names("Казахстан има значителни запаси от редкоземни метали, мед и уран.").1.contains(&"uranium".to_string())
    );
    assert!(names("Пчеларите очакват по-слаба реколта от мед тази година заради сушата.").1.is_empty());
    // Italian "stagno": a pond among flamingos, tin among metals
    assert!(
        names("I fenicotteri tornano nello stagno accanto alle vecchie miniere di zinco.").1
            == vec!["zinc".to_string()]
    );
    assert!(names("Il prezzo dello stagno è salito del 5% alla borsa di Londra.").1.contains(&"tin".to_string()));
}

#[test]
fn a_day_of_this_or_last_month_in_japanese_and_chinese() {
    use critmin_watch::Lang;
    use critmin_watch::dates::find_dates;
    let day = |lang, text: &str| {
        find_dates(lang, text, NaiveDate::from_ymd_opt(2025, 11, 12).unwrap_or_default())
            .iter()
            .map(|f| f.date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(day(Lang::Ja, "中国が今月9日に輸出規制の拡大を発表した。"), ["2025-11-09"]);
    assert_eq!(day(Lang::Ja, "中国が先月9日に輸出規制の拡大を発表した。"), ["2025-10-09"]);
    assert_eq!(day(Lang::Zh, "商务部本月9日宣布扩大出口管制。"), ["2025-11-09"]);
    assert_eq!(day(Lang::Zh, "商务部上月9号宣布扩大出口管制。"), ["2025-10-09"]);
}

#[test]
fn a_headline_month_and_the_body_day_in_it_are_one_event() {
    let got = events(
        "中国、黒鉛の輸出を許可制に　12月から\n中国商務省は、黒鉛について12月1日から輸出許可制にすると発表した。",
    );
    assert_eq!(got, vec![ev(Imposed, "2025-12-01")]);
}

#[test]
fn cyrillic_windows_are_as_long_as_latin_ones() {
    // the window after "after" is counted in letters, not bytes (Cyrillic letters take two)
    for text in [
        "Лідери ЄС у четвер на саміті обговорили постачання літію після нещодавнього розширення експортного контролю з боку Пекіна.",
        "EU leaders discussed lithium supplies at the summit on Thursday after the recent expansion of export controls by Beijing.",
    ] {
        let t = types(text);
        assert!(!t.contains(&Imposed) && t.contains(&Meeting), "{text}: {t:?}");
    }
}

#[test]
fn a_meeting_after_after_is_dated_by_a_day_that_follows_it() {
    // the summit held last week is an event; the day before "after the meeting" is the report's
    assert_eq!(
        events(
            "Chile își intensifică eforturile în sectorul litiului, după summitul găzduit săptămâna trecută la Tokio."
        ),
        vec![ev(Meeting, "2025-11-05")]
    );
    let t =
        types("Das teilte die Regierung am Samstag nach dem Treffen der Minister in Tokio mit, es ging um Lithium.");
    assert!(!t.contains(&Meeting), "{t:?}");
}

#[test]
fn a_market_watching_a_stockpile_is_no_stockpile_event() {
    for text in
        ["铜价创历史新高 市场关注国家储备动向", "市場は国家備蓄の動向を注視している。レアアースの価格が上昇した。"]
    {
        let t = types(text);
        assert!(!t.contains(&EventType::StockpileBuilt), "{text}: {t:?}");
    }
}

#[test]
fn a_meeting_still_to_come_is_no_event() {
    for text in [
        "Le président américain doit rencontrer jeudi son homologue chinois, où la question des terres rares devrait dominer.",
        "The U.S. president is due to meet his Chinese counterpart on Thursday to discuss rare earths.",
        "Президент США встретится в четверг с председателем КНР, чтобы обсудить редкоземельные металлы.",
        "Președintele american se va întâlni joi cu omologul său chinez pentru a discuta despre pământurile rare.",
    ] {
        assert!(!types(text).contains(&Meeting), "{text}");
    }
}
