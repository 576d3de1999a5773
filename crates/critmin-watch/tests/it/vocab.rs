//! The word classes of `src/cues.rs` and the verb forms added after the second blind corpus
//! was scored (docs/watch.md, "Second blind corpus"): each test is one class with hand-made
//! sentences in several languages, none taken from a corpus. The article date is Wednesday
//! 2025-11-12.

use EventType::{
    AgreementSigned as Agreement, MinisterialMeeting as Meeting, ProjectFinanced as Financed,
    RestrictionImposed as Imposed, RestrictionLifted as Lifted, RestrictionPostponed as Postponed,
    StockpileBuilt as Stockpile, StockpileReleased as Released, TariffAnnounced as Tariff,
};
use critmin_watch::EventType;

use super::found as events;

/// The types of every event in `text`, published on Wednesday 2025-11-12, in the order found.
fn types(text: &str) -> Vec<EventType> {
    events(text).into_iter().map(|(t, _)| t).collect()
}

/// Every case yields `t`.
fn all_have(t: EventType, cases: &[&str]) {
    for c in cases {
        assert!(types(c).contains(&t), "{t} expected in {c:?}: {:?}", events(c));
    }
}

/// No case yields `t`.
fn none_has(t: EventType, cases: &[&str]) {
    for c in cases {
        assert!(!types(c).contains(&t), "{t} not expected in {c:?}: {:?}", events(c));
    }
}

#[test]
fn signing_a_law_or_decree_is_not_an_agreement() {
    none_has(
        Agreement,
        &[
            "The president signed the bill into law on Monday, barring imports of Russian uranium.",
            "Der Präsident unterzeichnete am Montag das Gesetz über Uranimporte aus Russland.",
            "Le président a signé lundi la loi sur les importations d'uranium russe.",
            "El presidente firmó el lunes la ley que prohíbe las importaciones de uranio ruso.",
            "Il presidente ha firmato lunedì la legge sulle importazioni di uranio russo.",
            "Președintele a semnat luni legea privind importurile de uraniu din Rusia.",
            "Президентът подписа в понеделник закона за вноса на уран от Русия.",
            "Predsednik je v ponedeljek podpisal zakon o uvozu urana iz Rusije.",
            "Президент у понеділок підписав закон про імпорт урану з Росії.",
            "Президент в понедельник подписал указ об импорте урана из России.",
            "大統領は10日、ロシア産ウランの輸入に関する法案に署名した。",
            "总统10日签署了关于俄罗斯铀进口的法案。",
        ],
    );
    // a law ratifying an agreement names the agreement
    all_have(Agreement, &["The president signed a law ratifying the lithium agreement with Chile on Monday."]);
}

#[test]
fn a_signing_that_did_not_happen_is_no_agreement() {
    none_has(
        Agreement,
        &[
            "The talks on Friday ended without signing the rare earths deal with Ukraine.",
            "Die Gespräche endeten am Freitag, das Abkommen über Seltene Erden wurde nicht unterzeichnet.",
            "Переговоры в пятницу закончились, соглашение о редкоземельных металлах подписано не было.",
            "Переговори в п'ятницю завершилися, угоду про рідкісноземельні метали не було підписано.",
            "Las conversaciones terminaron el viernes sin firmar el acuerdo sobre tierras raras.",
        ],
    );
}

#[test]
fn launching_a_partnership_alliance_or_initiative_is_an_agreement() {
    all_have(
        Agreement,
        &[
            "Ten countries launched a critical minerals partnership on Tuesday to secure lithium supplies.",
            "Les ministres ont lancé mardi une alliance pour accélérer la production de lithium.",
            "I ministri hanno lanciato martedì un'alleanza per la produzione di litio.",
            "Los ministros crearon el martes una alianza para asegurar el suministro de litio.",
            "Міністри у вівторок оголосили про створення партнерства з постачання літію.",
            "Министры во вторник объявили о создании альянса по поставкам лития.",
            "閣僚は11日、リチウム供給網の新たなイニシアチブを立ち上げた。",
            "部长们11日启动了锂供应链伙伴关系。",
        ],
    );
}

#[test]
fn negated_restrictions_are_not_imposed() {
    none_has(
        Imposed,
        &[
            "Under the accord, Malaysia pledged not to impose bans on exports of rare earths.",
            "En virtud del acuerdo, Malasia se comprometió a no imponer ninguna prohibición a las exportaciones de tierras raras.",
            "Malaysia verpflichtete sich, keine Exportverbote für Seltene Erden zu verhängen.",
        ],
    );
}

#[test]
fn concern_over_restrictions_is_background() {
    none_has(
        Imposed,
        &[
            "In a joint statement the ministers expressed concern over sudden export restrictions on gallium.",
            "V skupni izjavi so ministri izrazili zaskrbljenost zaradi omejitev izvoza galija.",
            "Les ministres ont exprimé leur préoccupation face aux restrictions à l'exportation de gallium.",
            "Министры выразили обеспокоенность ограничениями на экспорт галлия.",
        ],
    );
    // a dated measure stays an event
    all_have(
        Imposed,
        &["The ministers expressed concern over the export restrictions on gallium China imposed in August 2023."],
    );
}

#[test]
fn planned_money_is_not_financing_and_funding_channels_are() {
    none_has(
        Financed,
        &[
            "Rio Tinto plans to invest $2.4 billion in the Jadar lithium project.",
            "La inversión prevista ronda los 24 millones de dólares en el proyecto de litio.",
            "Рио Тинто планира да инвестира 2,4 млрд. долара в проекта за литий.",
            "日本からインドへの民間投資を10兆円とする目標を打ち出した。",
        ],
    );
    all_have(
        Financed,
        &[
            "India approved on Wednesday a $820 million incentive scheme for rare earth magnet makers.",
            "El Gobierno aprobó el miércoles un programa de incentivos de 820 millones de dólares para imanes de tierras raras.",
            "Komisija bo za projekte redkih zemelj namenila okoli 3 milijarde evrov.",
            "Legea deblochează 2,7 miliarde de dolari pentru producția de combustibil din uraniu.",
            "苹果公司12日宣布，将向稀土生产商投入5亿美元。",
        ],
    );
}

#[test]
fn world_reserves_are_not_a_stockpile() {
    none_has(
        Stockpile,
        &[
            "Zimbabwe has the largest reserves of lithium in Africa.",
            "Zimbabve ima največje zaloge litija v Afriki.",
            "Запаси кобальту на світовому ринку залишаються надто високими.",
            "Los mayores yacimientos y las mayores reservas mundiales de litio están en Bolivia.",
        ],
    );
    // a stockpile considered is not built
    none_has(Stockpile, &["Seul valuta di aumentare gli acquisti di metalli rari per ricostituire le scorte."]);
}

#[test]
fn putting_stocks_on_the_market_releases_them() {
    all_have(
        Released,
        &[
            "Il governo mette sul mercato parte delle scorte di alluminio e nichel.",
            "The government put part of its strategic stockpile of nickel on the market on Monday.",
        ],
    );
}

#[test]
fn customs_agencies_are_not_tariffs_and_countermeasures_are() {
    none_has(
        Tariff,
        &[
            "Kitajska v oktobru ni izvozila nič galija, kažejo v sredo objavljeni podatki kitajske carinske uprave.",
            "米移民・関税執行局は4日、電池工場の作業員を拘束した。",
            "Китай в октябре не экспортировал галлий, сообщила в среду таможенная служба.",
        ],
    );
    all_have(
        Tariff,
        &[
            "L'Unione europea ha annunciato mercoledì contromisure su merci americane per 26 miliardi di euro.",
            "Die EU kündigte am Mittwoch Gegenmaßnahmen gegen US-Waren im Wert von 26 Milliarden Euro an.",
            "L'UE a annoncé mercredi des contre-mesures sur des produits américains pour 26 milliards d'euros.",
        ],
    );
}

#[test]
fn the_same_day_dates_an_event_by_the_one_before() {
    let cases = [
        "China imposed export controls on gallium on Monday. The same day the United States announced tariffs of 10% on Chinese goods.",
        "China hat am Montag Ausfuhrkontrollen für Gallium verhängt. Am selben Tag kündigten die USA Zölle von 10 Prozent an.",
        "Китай въведе в понеделник експортен контрол върху галия. В същия ден САЩ обявиха мита от 10%.",
        "Китай в понедельник ввел экспортный контроль на галлий. В тот же день США объявили пошлины в 10%.",
    ];
    for c in cases {
        let ev = events(c);
        assert!(ev.contains(&(Tariff, "2025-11-10".to_string())), "{c}: {ev:?}");
    }
}

#[test]
fn a_deferral_granted_postpones_the_restriction() {
    let text = "Indonesien hat am 10. Juni ein Exportverbot für Bauxit verhängt. Für Kupferkonzentrat hatte die \
                Regierung Anfang des Monats mehreren Konzernen einen Aufschub bis Mai 2026 gewährt.";
    assert!(types(text).contains(&Postponed), "{:?}", events(text));
}

#[test]
fn a_similar_measure_recounts_an_earlier_one() {
    // the lead keeps the article's date; the similar measure keeps its own
    let cases = [
        "Zimbabve je prepovedal izvoz litijeve rude. Podobno pot je ubrala Indonezija, ki je izvoz nikljeve rude prepovedala januarja 2020.",
        "Zimbabwe banned exports of raw lithium ore. Indonesia took a similar step, banning nickel ore exports in January 2020.",
    ];
    for c in cases {
        let ev = events(c);
        assert!(ev.contains(&(Imposed, "2025-11-12".to_string())), "{c}: {ev:?}");
        assert!(ev.contains(&(Imposed, "2020-01".to_string())), "{c}: {ev:?}");
    }
}

#[test]
fn ministerial_meetings_by_their_adjective_and_verb_forms() {
    all_have(
        Meeting,
        &[
            "Les États-Unis ont réuni mercredi des dizaines de pays pour une conférence ministérielle sur les minerais critiques.",
            "Los ministros se reúnen el miércoles en Madrid para hablar del litio.",
            "I ministri si riuniscono mercoledì a Roma per discutere di litio.",
            "Miniștrii s-au reunit miercuri la București pentru a discuta despre litiu.",
            "Министрите се срещат в сряда в София, за да обсъдят лития.",
            "Ministri se srečajo v sredo v Ljubljani, da bi se pogovorili o litiju.",
        ],
    );
}

#[test]
fn english_verb_classes() {
    all_have(Imposed, &["Harare barred shipments of raw lithium ore on Monday."]);
    all_have(Postponed, &["Jakarta put off the ban on bauxite exports on Monday."]);
    all_have(Lifted, &["Beijing rolled back its export controls on gallium on Monday."]);
    all_have(Agreement, &["Chile inks a lithium deal with the EU on Monday."]);
    all_have(Financed, &["The lithium mine in Chile was bankrolled on Monday by a $500 million package."]);
}

#[test]
fn a_loan_that_only_could_happen_is_not_financing() {
    none_has(
        Financed,
        &[
            "The reserve could secure lithium output through offtake deals with Australian miners.",
            "Der Fonds könnte Kredite an Lithiumprojekte in Australien vergeben.",
            "Le fonds pourrait accorder des prêts aux projets de lithium en Australie.",
            "Фонд мог бы выдавать кредиты проектам по добыче лития в Австралии.",
        ],
    );
}

#[test]
fn a_chinese_or_japanese_date_with_a_day_ends_at_the_day() {
    // "suspends the controls published on 9 October": the date before 公布的 dates the measure,
    // so the headline's postponement takes the article's date, not 9 October
    let text =
        "商务部暂停实施10月9日公布的稀土出口管制措施\n商务部12日发布公告，决定暂停实施10月9日公布的稀土出口管制措施。";
    let ev = events(text);
    assert!(ev.contains(&(Postponed, "2025-11-12".to_string())), "{ev:?}");
    assert!(!ev.contains(&(Postponed, "2025-10-09".to_string())), "{ev:?}");
}

#[test]
fn verb_forms_by_person_and_tense() {
    // future, present and past forms, masculine and feminine, perfective and imperfective
    let cases: &[(EventType, &str)] = &[
        (Agreement, "Chile y la UE firmarán el lunes un acuerdo sobre el litio."),
        (Agreement, "Chile et l'UE signeront lundi un accord sur le lithium."),
        (Agreement, "Чилі та ЄС у понеділок підпишуть угоду про літій."),
        (Agreement, "Čile in EU sta v ponedeljek sklenila sporazum o litiju."),
        (Agreement, "チリとEUは10日、リチウムに関する覚書を交わした。"),
        (Imposed, "La Chine restreint les exportations de gallium."),
        (Imposed, "La Chine restreindra les exportations de gallium à partir de lundi."),
        (Imposed, "Kitajska bo od ponedeljka omejila izvoz galija."),
        (Imposed, "Китай з понеділка обмежить експорт галію."),
        (Imposed, "Китай в понедельник ужесточил экспортный контроль на галлий."),
        (Imposed, "China verschärfte am Montag die Exportkontrollen für Gallium."),
        (Lifted, "Kitajska je v ponedeljek odpravila prepoved izvoza galija."),
        (Lifted, "China hob am Montag das Exportverbot für Gallium auf."),
        (Postponed, "Китай у понеділок відклав заборону на експорт галію."),
        (Postponed, "Китай в понедельник заморозил запрет на экспорт галлия."),
        (Postponed, "China verschob am Montag das Exportverbot für Gallium."),
        (Financed, "Банк в понедельник предоставил кредит в 500 млн долларов литиевому руднику в Чили."),
        (Stockpile, "Японія створить стратегічний резерв рідкісноземельних металів."),
        (Meeting, "Trgovinska ministra Japonske in Indije sta se v ponedeljek sestala v Tokiu."),
    ];
    for (t, c) in cases {
        assert!(types(c).contains(t), "{t} expected in {c:?}: {:?}", events(c));
    }
}

#[test]
fn words_that_only_begin_like_a_marker_do_not_act() {
    // French "reste" (remains) is not the start of "restreint"; Slovenian "ostali" (the others) is
    // not "ostal" (remained); Ukrainian "чинник" (a factor) is not "чинний" (in force)
    all_have(
        Imposed,
        &[
            "La Chine restreint les exportations de gallium.",
            "Ostali proizvajalci so presenečeni: Kitajska je prepovedala izvoz galija.",
        ],
    );
}

#[test]
fn speculation_is_not_an_event() {
    none_has(
        Imposed,
        &[
            "China is considering a ban on gallium exports to the United States.",
            "China could restrict exports of gallium, analysts said.",
            "China threatened to restrict exports of gallium to the United States.",
            "China may impose export controls on gallium.",
            "China erwägt ein Exportverbot für Gallium.",
            "Китай может ввести запрет на экспорт галлия в США.",
            "Китай розглядає заборону на експорт галію до США.",
            "China podría restringir las exportaciones de galio a Estados Unidos.",
            "La Chine pourrait restreindre les exportations de gallium vers les États-Unis.",
            "La Cina potrebbe limitare le esportazioni di gallio verso gli Stati Uniti.",
            "China ar putea restricționa exporturile de galiu către Statele Unite.",
            "Китай може да ограничи износа на галий за САЩ.",
            "Kitajska bi lahko omejila izvoz galija v ZDA.",
            "中国可能限制对美国的镓出口。",
            "中国は米国向けガリウムの輸出規制を検討している。",
        ],
    );
    none_has(Financed, &["The bank is considering a $500 million loan to the lithium mine in Chile."]);
    // reported speech keeps the event: "said it would suspend" is the future of "will"
    all_have(Postponed, &["China said on Monday it would suspend the ban on gallium exports to the United States."]);
    all_have(Imposed, &["China said on Monday it will restrict exports of gallium from December."]);
}
