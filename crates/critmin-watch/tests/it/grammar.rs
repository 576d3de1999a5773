//! The date grammar, two events with two dates in one sentence, and numbers written in words.
//! Every expected value is worked out by hand (2025-11-12, the article date used throughout, is a
//! Wednesday: "Friday" is 2025-11-07, "Monday" 2025-11-10).

use chrono::NaiveDate;
use critmin_watch::dates::find_dates;
use critmin_watch::figures::find_figures;
use critmin_watch::{EventType, FigureKind, Lang, ingest_text};

const WEDNESDAY: &str = "2025-11-12";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The dates found in `text` (lower-cased as the pipeline folds it), published on `published`.
fn dates(lang: Lang, text: &str, published: &str) -> Vec<String> {
    find_dates(lang, &text.to_lowercase(), day(published)).iter().map(|f| f.date.to_string()).collect()
}

fn check_dates(lang: Lang, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(dates(lang, text, WEDNESDAY), *want, "{lang}: {text}");
    }
}

#[test]
fn italian_date_grammar() {
    check_dates(
        Lang::It,
        &[
            ("Il governo ha deciso il 3 marzo di limitare le esportazioni.", &["2025-03-03"]),
            ("Il 1º dicembre entra in vigore il divieto.", &["2025-12-01"]),
            ("La decisione è arrivata lunedì scorso.", &["2025-11-10"]),
            ("La decisione è arrivata lunedì.", &["2025-11-10"]),
            ("Lo ha annunciato venerdì scorso il ministero.", &["2025-11-07"]),
            ("Lo ha annunciato lo scorso venerdì il ministero.", &["2025-11-07"]),
            ("Il divieto è stato annunciato ieri l'altro.", &["2025-11-10"]),
            ("Il divieto è stato annunciato ieri l’altro.", &["2025-11-10"]),
            ("Il divieto è stato annunciato l'altroieri.", &["2025-11-10"]),
            ("Il divieto è stato annunciato cinque giorni fa.", &["2025-11-07"]),
            ("Il divieto è stato annunciato una settimana fa.", &["2025-11-05"]),
            ("La sospensione in vigore da febbraio.", &["2025-02"]),
            ("Le quote saranno riviste alla fine di ottobre.", &["2025-10"]),
            ("Le licenze introdotte lo scorso marzo restano.", &["2025-03"]),
            ("Le licenze introdotte a marzo dell'anno scorso restano.", &["2024-03"]),
            ("Il divieto del 3 marzo dello scorso anno.", &["2024-03-03"]),
            ("La Cina ha annunciato la misura all'inizio del mese.", &["2025-11"]),
            ("La Cina ha annunciato la misura all’inizio di novembre.", &["2025-11"]),
            ("La stretta è scattata la settimana scorsa.", &["2025-11-05"]),
        ],
    );
}

#[test]
fn romanian_date_grammar() {
    check_dates(
        Lang::Ro,
        &[
            ("Guvernul a decis pe 3 martie restricții la export.", &["2025-03-03"]),
            ("Guvernul a decis la 3 martie 2024 restricții la export.", &["2024-03-03"]),
            ("Decizia a fost anunțată luni.", &["2025-11-10"]),
            ("Interdicția durează de șase luni.", &[]),
            ("Decizia a fost anunțată alaltăieri.", &["2025-11-10"]),
            ("Decizia a fost anuntata alaltaieri.", &["2025-11-10"]),
            ("Decizia a fost anunțată săptămâna trecută.", &["2025-11-05"]),
            ("Decizia a fost anunțată vinerea trecută.", &["2025-11-07"]),
            ("Suspendarea, în vigoare din februarie, a fost ridicată.", &["2025-02"]),
            ("Decizia a fost anunțată acum cinci zile.", &["2025-11-07"]),
            ("Decizia a fost anunțată acum o săptămână.", &["2025-11-05"]),
            ("Licențele au fost introduse în martie anul trecut.", &["2024-03"]),
            ("Ministerul a anunțat la începutul lunii noiembrie.", &["2025-11"]),
            ("Ministerul a anunțat la începutul lunii.", &["2025-11"]),
            ("Exporturile au crescut în mai multe țări.", &[]),
            ("Exporturile provin din mai multe țări.", &[]),
        ],
    );
}

#[test]
fn bulgarian_date_grammar() {
    check_dates(
        Lang::Bg,
        &[
            ("Правителството въведе забраната на 3 март.", &["2025-03-03"]),
            ("Правителството въведе забраната на 3-ти март.", &["2025-03-03"]),
            ("Решението беше обявено в понеделник.", &["2025-11-10"]),
            ("Решението беше обявено миналия петък.", &["2025-11-07"]),
            ("Решението беше обявено миналата сряда.", &["2025-11-05"]),
            ("Решението беше обявено миналата седмица.", &["2025-11-05"]),
            ("Решението беше обявено завчера.", &["2025-11-10"]),
            ("Решението беше обявено онзи ден.", &["2025-11-10"]),
            ("Решението беше обявено в началото на месеца.", &["2025-11"]),
            ("Решението беше обявено в началото на ноември.", &["2025-11"]),
            ("Спирането, което беше в сила от февруари, отпада.", &["2025-02"]),
            ("Решението беше обявено преди пет дни.", &["2025-11-07"]),
            ("Решението беше обявено преди седмица.", &["2025-11-05"]),
            ("Лицензите бяха въведени през март миналата година.", &["2024-03"]),
        ],
    );
}

#[test]
fn last_weekday_on_that_weekday_is_a_week_back() {
    // 2025-11-14 is a Friday: "on Friday" is the article's day, "last Friday" a week earlier
    let friday = "2025-11-14";
    for (lang, text) in [
        (Lang::En, "The ministry said last Friday."),
        (Lang::De, "Das Ministerium teilte vergangenen Freitag mit."),
        (Lang::Fr, "Le ministère l'a annoncé vendredi dernier."),
        (Lang::Es, "El ministerio lo anunció el viernes pasado."),
        (Lang::It, "Il ministero lo ha annunciato venerdì scorso."),
        (Lang::Ro, "Ministerul a anunțat vinerea trecută."),
        (Lang::Bg, "Министерството съобщи миналия петък."),
        (Lang::Sl, "Ministrstvo je sporočilo prejšnji petek."),
        (Lang::Uk, "Міністерство повідомило минулої п'ятниці."),
        (Lang::Ru, "Министерство сообщило в прошлую пятницу."),
        (Lang::Ja, "商務省は先週の金曜日に発表した。"),
        (Lang::Zh, "商务部上星期五宣布。"),
    ] {
        assert_eq!(dates(lang, text, friday), vec!["2025-11-07"], "{lang}: {text}");
    }
    assert_eq!(dates(Lang::En, "The ministry said on Friday.", friday), vec!["2025-11-14"]);
}

#[test]
fn a_weekday_beside_an_explicit_date_is_that_date() {
    // 2025-03-12 is a Wednesday: "Monday" alone would be 2025-03-10
    for (lang, text) in [
        (Lang::En, "The ban was announced on Monday, March 3."),
        (Lang::De, "Das Verbot wurde am Montag, 3. März, verkündet."),
        (Lang::Fr, "L'interdiction a été annoncée lundi 3 mars."),
        (Lang::Es, "La prohibición se anunció el lunes 3 de marzo."),
        (Lang::It, "Il divieto è stato annunciato lunedì 3 marzo."),
        (Lang::Ro, "Interdicția a fost anunțată luni, 3 martie."),
        (Lang::Bg, "Забраната беше обявена в понеделник, 3 март."),
        (Lang::Ru, "Запрет объявили в понедельник, 3 марта."),
    ] {
        assert_eq!(dates(lang, text, "2025-03-12"), vec!["2025-03-03"], "{lang}: {text}");
    }
}

#[test]
fn the_same_classes_in_the_other_languages() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (Lang::En, "The ministry said last Friday.", &["2025-11-07"]),
        (Lang::En, "The ban, in force since February, ends.", &["2025-02"]),
        (Lang::En, "It was announced five days ago.", &["2025-11-07"]),
        (Lang::En, "It was announced a week ago.", &["2025-11-05"]),
        (Lang::En, "Licences were imposed in March last year.", &["2024-03"]),
        (Lang::En, "Licences were imposed last March.", &["2025-03"]),
        (Lang::En, "Licences were imposed last December.", &["2024-12"]),
        (Lang::De, "Das Ministerium teilte vergangenen Freitag mit.", &["2025-11-07"]),
        (Lang::De, "Das Verbot gilt seit Februar.", &["2025-02"]),
        (Lang::De, "Das wurde vor fünf Tagen bekannt.", &["2025-11-07"]),
        (Lang::De, "Das wurde vor einer Woche bekannt.", &["2025-11-05"]),
        (Lang::De, "Die Lizenzen kamen im März vergangenen Jahres.", &["2024-03"]),
        (Lang::Fr, "Le ministère l'a annoncé vendredi dernier.", &["2025-11-07"]),
        (Lang::Fr, "L'interdiction, en vigueur depuis février, est levée.", &["2025-02"]),
        (Lang::Fr, "Annoncé il y a cinq jours.", &["2025-11-07"]),
        (Lang::Fr, "Les licences imposées en mars dernier.", &["2025-03"]),
        (Lang::Fr, "Les licences imposées en mars de l'année dernière.", &["2024-03"]),
        (Lang::Es, "El ministerio lo anunció el pasado viernes.", &["2025-11-07"]),
        (Lang::Es, "La prohibición, vigente desde febrero, se levanta.", &["2025-02"]),
        (Lang::Es, "Se anunció hace cinco días.", &["2025-11-07"]),
        (Lang::Es, "Se anunció hace una semana.", &["2025-11-05"]),
        (Lang::Es, "Las licencias llegaron en marzo del año pasado.", &["2024-03"]),
        (Lang::Sl, "Ministrstvo je to sporočilo prejšnji petek.", &["2025-11-07"]),
        (Lang::Sl, "To so sporočili pred petimi dnevi.", &["2025-11-07"]),
        (Lang::Sl, "To so sporočili pred tednom.", &["2025-11-05"]),
        (Lang::Sl, "Licence so uvedli marca lani.", &["2024-03"]),
        (Lang::Uk, "Міністерство повідомило минулої п'ятниці.", &["2025-11-07"]),
        (Lang::Uk, "Заборона діє з лютого.", &["2025-02"]),
        (Lang::Uk, "Про це оголосили п'ять днів тому.", &["2025-11-07"]),
        (Lang::Uk, "Про це оголосили тиждень тому.", &["2025-11-05"]),
        (Lang::Uk, "Ліцензії запровадили у березні минулого року.", &["2024-03"]),
        (Lang::Ru, "Министерство сообщило в прошлую пятницу.", &["2025-11-07"]),
        (Lang::Ru, "Запрет действует с февраля.", &["2025-02"]),
        (Lang::Ru, "Об этом объявили пять дней назад.", &["2025-11-07"]),
        (Lang::Ru, "Об этом объявили неделю назад.", &["2025-11-05"]),
        (Lang::Ru, "Лицензии ввели в марте прошлого года.", &["2024-03"]),
        (Lang::Ja, "商務省は先週金曜日に発表した。", &["2025-11-07"]),
        (Lang::Ja, "商務省は5日前に発表した。", &["2025-11-07"]),
        (Lang::Ja, "昨年12月に導入された規制。", &["2024-12"]),
        (Lang::Zh, "商务部上周五宣布。", &["2025-11-07"]),
        (Lang::Zh, "商务部五天前宣布。", &["2025-11-07"]),
        (Lang::Zh, "去年12月实施的管制。", &["2024-12"]),
        (Lang::Zh, "商务部一周前宣布。", &["2025-11-05"]),
        (Lang::En, "It was announced on the 3rd of March 2025.", &["2025-03-03"]),
        (Lang::De, "Das Verbot gilt seit dem 3.3.2025.", &["2025-03-03"]),
        (Lang::It, "Il divieto è in vigore dal 03/03/2025.", &["2025-03-03"]),
        (Lang::Bg, "Забраната е в сила от 03.03.2025 г.", &["2025-03-03"]),
        (Lang::Zh, "禁令于2025/3/3生效。", &["2025-03-03"]),
    ];
    for (lang, text, want) in cases {
        assert_eq!(dates(*lang, text, WEDNESDAY), *want, "{lang}: {text}");
    }
}

/// (type, date) of every event in `text`, published on `published`.
fn typed_dates(text: &str, published: &str) -> Vec<(EventType, String)> {
    let r = ingest_text("t", text, Some(day(published)));
    let mut v: Vec<(EventType, String)> = r.events.iter().map(|e| (e.event_type, e.date.to_string())).collect();
    v.sort();
    v
}

#[test]
fn two_events_with_two_dates_in_one_sentence() {
    use EventType::{RestrictionImposed as Imposed, RestrictionPostponed as Postponed};
    let want = vec![(Imposed, "2024-12-03".to_string()), (Postponed, "2025-11-09".to_string())];
    let cases = [
        "China imposed an export ban on gallium on 3 December 2024 and suspended it on 9 November 2025.",
        "China hat am 3. Dezember 2024 ein Exportverbot für Gallium verhängt und es am 9. November 2025 ausgesetzt.",
        "La Chine a imposé le 3 décembre 2024 une interdiction d'exporter du gallium et l'a suspendue le 9 novembre 2025.",
        "China impuso el 3 de diciembre de 2024 una prohibición de exportar galio y la suspendió el 9 de noviembre de 2025.",
        "La Cina ha imposto il 3 dicembre 2024 il divieto di esportazione del gallio e lo ha sospeso il 9 novembre 2025.",
        "China a impus pe 3 decembrie 2024 interdicția exporturilor de galiu și a suspendat-o pe 9 noiembrie 2025.",
        "Китай въведе на 3 декември 2024 г. забрана за износ на галий и я спря на 9 ноември 2025 г.",
        "Kitajska je 3. decembra 2024 uvedla prepoved izvoza galija in jo 9. novembra 2025 začasno ustavila.",
        "Китай 3 грудня 2024 року запровадив заборону на експорт галію, а 9 листопада 2025 року призупинив її.",
        "Китай 3 декабря 2024 года ввел запрет на экспорт галлия, а 9 ноября 2025 года приостановил его.",
        "中国は2024年12月3日にガリウムの輸出禁止を導入し、2025年11月9日に停止した。",
        "中国于2024年12月3日对镓实施出口禁令，并于2025年11月9日暂停该禁令。",
    ];
    for text in cases {
        assert_eq!(typed_dates(text, WEDNESDAY), want, "{text}");
    }
}

#[test]
fn two_events_of_other_types_with_two_dates() {
    assert_eq!(
        typed_dates("Indonesia banned nickel ore exports in January 2020 and eased the ban in March 2025.", WEDNESDAY),
        vec![
            (EventType::RestrictionImposed, "2020-01".to_string()),
            (EventType::RestrictionLifted, "2025-03".to_string())
        ]
    );
    assert_eq!(
        typed_dates(
            "Japanese and U.S. ministers met on 3 May 2025 and signed the agreement on 9 June 2025.",
            WEDNESDAY
        ),
        vec![
            (EventType::AgreementSigned, "2025-06-09".to_string()),
            (EventType::MinisterialMeeting, "2025-05-03".to_string())
        ]
    );
    assert_eq!(
        typed_dates(
            "DR Congo lifted the cobalt export ban on 16 October 2025 and introduced export quotas on 1 November 2025.",
            WEDNESDAY
        ),
        vec![
            (EventType::RestrictionImposed, "2025-11-01".to_string()),
            (EventType::RestrictionLifted, "2025-10-16".to_string())
        ]
    );
    // one event, two dates: the participle still dates the original measure
    assert_eq!(
        typed_dates("China suspended on 9 November the export controls on gallium announced on 9 October.", WEDNESDAY),
        vec![
            (EventType::RestrictionImposed, "2025-10-09".to_string()),
            (EventType::RestrictionPostponed, "2025-11-09".to_string())
        ]
    );
}

#[test]
fn a_following_sentence_dates_the_decision() {
    let cases = [
        "La Cina ha sospeso per un anno i controlli sulle esportazioni di gallio. L'annuncio è arrivato all'inizio di novembre.",
        "China a suspendat pentru un an controlul exporturilor de galiu. Decizia a fost anunțată la începutul lunii noiembrie.",
        "Китай спря за една година контрола върху износа на галий. Решението беше обявено в началото на ноември.",
        "China suspended its export controls on gallium for a year. The decision was announced in early November.",
    ];
    for text in cases {
        assert_eq!(
            typed_dates(text, "2025-11-25"),
            vec![(EventType::RestrictionPostponed, "2025-11".to_string())],
            "{text}"
        );
    }
    // without the anaphor the article date stays
    assert_eq!(
        typed_dates(
            "China suspended its export controls on gallium for a year. Prices fell in early November.",
            "2025-11-25"
        ),
        vec![(EventType::RestrictionPostponed, "2025-11-25".to_string())]
    );
}

#[test]
fn a_headline_event_takes_the_lead_date() {
    // the body reports the financing only as a share purchase; the headline's event is the lead's
    assert_eq!(
        typed_dates(
            "U.S. Pentagon invests $400 million in rare-earth miner\nThe Pentagon said on Thursday it would buy preferred shares of MP Materials.",
            WEDNESDAY
        ),
        vec![(EventType::ProjectFinanced, "2025-11-06".to_string())]
    );
}

/// (kind, value, currency) of every figure in `text` (language detected).
fn figs(lang: Lang, text: &str) -> Vec<(FigureKind, f64, Option<String>)> {
    find_figures(lang, &text.to_lowercase()).into_iter().map(|f| (f.kind, f.value, f.currency)).collect()
}

fn money(value: f64, currency: &str) -> Vec<(FigureKind, f64, Option<String>)> {
    vec![(FigureKind::Money, value, Some(currency.to_string()))]
}

fn percent(value: f64) -> Vec<(FigureKind, f64, Option<String>)> {
    vec![(FigureKind::Percent, value, None)]
}

#[test]
fn money_written_in_words() {
    let cases: &[(Lang, &str, f64, &str)] = &[
        (Lang::En, "Japan will invest two billion dollars in the mine.", 2e9, "USD"),
        (Lang::En, "The fund holds half a billion dollars.", 5e8, "USD"),
        (Lang::En, "A loan of twenty-five million euros.", 25e6, "EUR"),
        (Lang::En, "They raised a billion dollars.", 1e9, "USD"),
        (Lang::En, "A grant of three hundred million dollars.", 3e8, "USD"),
        (Lang::De, "Berlin stellt zwei Milliarden Euro bereit.", 2e9, "EUR"),
        (Lang::De, "Berlin stellt eine halbe Milliarde Euro bereit.", 5e8, "EUR"),
        (Lang::De, "Ein Kredit über fünfundzwanzig Millionen Euro.", 25e6, "EUR"),
        (Lang::Fr, "Paris investit deux milliards d'euros.", 2e9, "EUR"),
        (Lang::Fr, "Paris investit un demi-milliard d'euros.", 5e8, "EUR"),
        (Lang::Fr, "Un prêt de quatre-vingt-dix millions de dollars.", 90e6, "USD"),
        (Lang::Es, "Madrid invertirá dos mil millones de dólares.", 2e9, "USD"),
        (Lang::Es, "Un préstamo de medio millón de euros.", 5e5, "EUR"),
        (Lang::Es, "Un fondo de treinta y cinco millones de euros.", 35e6, "EUR"),
        (Lang::It, "Roma investirà due miliardi di euro.", 2e9, "EUR"),
        (Lang::It, "Un prestito di mezzo miliardo di dollari.", 5e8, "USD"),
        (Lang::It, "Un fondo di venticinque milioni di euro.", 25e6, "EUR"),
        (Lang::Ro, "Guvernul alocă două miliarde de euro.", 2e9, "EUR"),
        (Lang::Ro, "Un împrumut de jumătate de miliard de dolari.", 5e8, "USD"),
        (Lang::Ro, "Un fond de douăzeci și cinci de milioane de euro.", 25e6, "EUR"),
        (Lang::Bg, "Правителството отпуска два милиарда долара.", 2e9, "USD"),
        (Lang::Bg, "Заем от половин милиард евро.", 5e8, "EUR"),
        (Lang::Sl, "Vlada namenja dve milijardi evrov.", 2e9, "EUR"),
        (Lang::Sl, "Vlada namenja pol milijarde evrov.", 5e8, "EUR"),
        (Lang::Sl, "Vlada namenja petindvajset milijonov evrov.", 25e6, "EUR"),
        (Lang::Uk, "Уряд виділяє два мільярди доларів.", 2e9, "USD"),
        (Lang::Uk, "Уряд виділяє півмільярда доларів.", 5e8, "USD"),
        (Lang::Ru, "Правительство выделит два миллиарда долларов.", 2e9, "USD"),
        (Lang::Ru, "Правительство выделит полмиллиарда долларов.", 5e8, "USD"),
        (Lang::Ru, "Правительство выделит пол миллиарда долларов.", 5e8, "USD"),
        (Lang::Ja, "政府は二十億ドルを拠出する。", 2e9, "USD"),
        (Lang::Ja, "政府は三千億円を投じる。", 3e11, "JPY"),
        (Lang::Zh, "政府出资两亿美元。", 2e8, "USD"),
        (Lang::Zh, "政府出资四十亿元。", 4e9, "CNY"),
        (Lang::Zh, "政府出资一千五百万美元。", 15e6, "USD"),
    ];
    for (lang, text, value, cur) in cases {
        assert_eq!(figs(*lang, text), money(*value, cur), "{lang}: {text}");
    }
}

#[test]
fn percent_written_in_words() {
    let cases: &[(Lang, &str, f64)] = &[
        (Lang::En, "China refines ninety per cent of it.", 90.0),
        (Lang::De, "China raffiniert neunzig Prozent davon.", 90.0),
        (Lang::Fr, "La Chine en raffine soixante-dix pour cent.", 70.0),
        (Lang::Es, "China refina el noventa por ciento.", 90.0),
        (Lang::It, "La Cina ne raffina il novanta per cento.", 90.0),
        (Lang::Ro, "China rafinează nouăzeci la sută.", 90.0),
        (Lang::Bg, "Китай преработва деветдесет процента.", 90.0),
        (Lang::Sl, "Država prevzema pet odstotkov družbe.", 5.0),
        (Lang::Uk, "Китай переробляє дев'яносто відсотків.", 90.0),
        (Lang::Ru, "Китай перерабатывает девяносто процентов.", 90.0),
        (Lang::Ja, "中国が九割を精製する。", 90.0),
        (Lang::Zh, "中国精炼了百分之九十。", 90.0),
    ];
    for (lang, text, value) in cases {
        assert_eq!(figs(*lang, text), percent(*value), "{lang}: {text}");
    }
}

#[test]
fn number_words_without_a_unit_are_no_figures() {
    for (lang, text) in [
        (Lang::En, "One of the two mines closed a year ago."),
        (Lang::En, "A billion-dollar question."),
        (Lang::Fr, "Un des deux pays a signé."),
        (Lang::Ro, "Exporturile provin din două țări."),
        (Lang::Ru, "Два министра встретились."),
        (Lang::Ja, "数十億ドル規模の投資。"),
        (Lang::Zh, "三元锂电池的需求增加。"),
        (Lang::Ja, "輸出割当を導入した。"),
    ] {
        assert_eq!(figs(lang, text), vec![], "{lang}: {text}");
    }
}
