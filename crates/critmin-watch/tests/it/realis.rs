//! Rules added after the fourth blind corpus (docs/watch.md, "Fourth blind corpus"): what the
//! body says after its lead without a date — a plan, a consideration, a possibility, a recounted
//! earlier measure — is no event; a sports "meeting" is a match; a supply contract is no
//! agreement; regions named like a country are not that country. Hand-made sentences, none from a
//! corpus; the article date is Wednesday 2025-11-12.

use EventType::{AgreementSigned as Agreement, MinisterialMeeting as Meeting, RestrictionImposed as Imposed};
use EventType::{ProjectFinanced as Financed, StockpileBuilt as Stockpile};
use critmin_watch::EventType;

use super::{ev, events, types};

/// A headline and a dated lead, then `body`.
fn article(lead: &str, body: &str) -> String {
    format!("Headline\n{lead} {body}")
}

#[test]
fn an_undated_plan_after_the_lead_is_no_event() {
    let cases = [
        (
            "Chile and Japan signed a lithium agreement on Monday.",
            "Tokyo is also expected to set up a joint reserve, though no timetable was given.",
        ),
        (
            "Chile und Japan haben am Montag ein Lithiumabkommen unterzeichnet.",
            "Ob Japan eigene Lagerbestände für Lithium anlegen soll, wird noch beraten.",
        ),
        (
            "Chile y Japón firmaron el lunes un acuerdo sobre el litio.",
            "Ambos gobiernos estudiarán la creación de reservas conjuntas de litio.",
        ),
        (
            "Чили и Япония подписали в понедельник соглашение о литии.",
            "Стороны намерены создать совместные запасы лития.",
        ),
        ("チリと日本は10日、リチウムに関する協定に署名した。", "両国は備蓄の在り方も協議する方針だ。"),
    ];
    for (lead, body) in cases {
        let text = article(lead, body);
        assert_eq!(types(&text), vec![Agreement], "{text}");
    }
}

#[test]
fn a_plan_with_a_date_or_in_the_lead_still_counts() {
    // a date of its own: a decided measure ("will set up the reserve in January")
    let dated = article(
        "Chile and Japan signed a lithium agreement on Monday.",
        "Japan will build a strategic stockpile of lithium from January 2026.",
    );
    assert_eq!(types(&dated), vec![Agreement, Stockpile]);
    // a marker in another clause qualifies something else
    let other_clause = article(
        "Chile and Japan met on Monday.",
        "The two sides agreed on a joint framework, which could speed up licences.",
    );
    assert!(types(&other_clause).contains(&Agreement), "{other_clause}");
}

#[test]
fn an_undated_earlier_measure_after_the_lead_is_background() {
    let cases = [
        (
            "China imposed export controls on antimony on Monday.",
            "China had already restricted exports of gallium and germanium.",
        ),
        ("Kitajska je v ponedeljek uvedla izvozni nadzor nad antimonom.", "Kitajska je že prej omejila izvoz galija."),
    ];
    for (lead, body) in cases {
        let text = article(lead, body);
        assert_eq!(events(&text), vec![ev(Imposed, "2025-11-10")], "{text}");
    }
}

#[test]
fn a_sports_meeting_is_a_match() {
    let cases = [
        "Отборът на България победи Германия в контролна среща в София снощи.",
        "The national team beat Germany in Sofia in a friendly meeting last night.",
        "La nazionale di pallavolo ha battuto la Germania nell'incontro di ieri sera.",
    ];
    for text in cases {
        assert!(!types(text).contains(&Meeting), "{text}");
    }
}

#[test]
fn a_supply_contract_is_no_agreement() {
    let cases = [
        "The Defense Logistics Agency signed a contract with a miner in September to supply antimony ingots to the National Defense Stockpile.",
        "Агентство у вересні уклало контракт на постачання сурм'яних злитків до Національного оборонного резерву.",
    ];
    for text in cases {
        assert!(!types(text).contains(&Agreement), "{text}");
    }
    // a contract to build is not a purchase
    assert!(
        types("YLB signed a contract with a Russian company on Monday to build a lithium plant.").contains(&Agreement)
    );
}

#[test]
fn agreeing_on_a_day_to_buy_shares_is_financing() {
    let text =
        "The U.S. Department of Defense agreed on Thursday to buy $400 million of preferred stock in MP Materials.";
    assert_eq!(types(text), vec![Financed]);
}

#[test]
fn regions_named_like_a_country_are_not_that_country() {
    let d = chrono::NaiveDate::from_ymd_opt(2025, 11, 12);
    let cases = [
        ("Deutschland bezieht Germanium vor allem aus der Inneren Mongolei.", vec!["DEU"]),
        ("Буря накрыла Внутреннюю Монголию и север Китая.", vec!["CHN"]),
        ("Ninsori abundente în Moldova și Bucovina.", vec![]),
        ("Republica Moldova a semnat acordul cu România.", vec!["MDA", "ROU"]),
    ];
    for (text, want) in cases {
        let r = critmin_watch::ingest_text("t", text, d);
        assert_eq!(r.countries, want, "{text}");
    }
    // a capital as a metonym is not the country
    let r = critmin_watch::ingest_text("t", "Pékin et Moscou suivent ce rapprochement de près.", d);
    assert!(!r.countries.contains(&"CHN".to_string()));
}

#[test]
fn what_is_called_for_has_not_happened() {
    let cases = [
        "Economists call for a national stockpile of critical minerals",
        "Ökonomen fordern staatliche Rohstoffreserve",
        "Икономисти призовават за държавен резерв от критични суровини",
    ];
    for text in cases {
        assert!(types(text).is_empty(), "{text}");
    }
}

#[test]
fn a_measure_entering_into_force_today_is_imposed_today() {
    let cases = [
        "Titolo\nEntrano in vigore oggi le licenze obbligatorie per l'esportazione di grafite dalla Cina.",
        "Titlu\nControalele Chinei asupra exporturilor de grafit intră în vigoare de astăzi.",
    ];
    for text in cases {
        assert_eq!(events(text), vec![ev(Imposed, "2025-11-12")], "{text}");
    }
}

#[test]
fn the_funding_of_a_stockpile_is_that_stockpile() {
    let text = "El presidente de EE. UU. anunció el lunes la creación de una reserva estratégica de minerales críticos con 12.000 millones de dólares de financiación pública y privada.";
    assert_eq!(types(text), vec![Stockpile]);
    // a loan besides is a financing of its own
    let loan = "Administrația SUA a lansat luni o rezervă strategică de minerale critice finanțată cu 12 miliarde de dolari, dintre care 10 miliarde printr-un împrumut al Export-Import Bank.";
    assert_eq!(types(loan), vec![Stockpile, Financed]);
}

#[test]
fn an_article_about_sport_has_no_meetings() {
    let text = "Titlu\nNaționala României a învins ieri selecționata Ucrainei cu scorul de 3-0, în primul meci al grupei. Tricolorii vor întâlni Belgia la Köln.";
    assert!(!types(text).contains(&Meeting));
    // one word of sport is a figure of speech
    let race = "Tekma za kritične surovine\nVoditelji so se v četrtek sestali na vrhu v formatu C5+1.";
    assert!(types(race).contains(&Meeting));
}

#[test]
fn ore_reserves_of_a_deposit_are_no_stockpile() {
    let cases = [
        "Месторождение Томтор считается одним из крупнейших в мире по запасам ниобия.",
        "The Thacker Pass deposit holds reserves of lithium for decades.",
    ];
    for text in cases {
        assert!(!types(text).contains(&Stockpile), "{text}");
    }
}

#[test]
fn a_measure_announced_together_with_another_shares_its_date() {
    let text = "Заглавие\nКитай въведе в петък експортен контрол върху седем редкоземни елемента. Мярката беше обявена заедно с допълнителни мита от 34 на сто върху стоките от САЩ.";
    assert_eq!(events(text), vec![ev(Imposed, "2025-11-07"), ev(EventType::TariffAnnounced, "2025-11-07")]);
}
