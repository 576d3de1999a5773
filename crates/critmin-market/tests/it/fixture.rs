//! A four-country world with one mineral: A and B form the club "AB"; C and D are outside.

use critmin_core::{
    Coalition, Country, CountryId, Dataset, Economy, KiloUsd, Mineral, MineralId, Parts, ProductionUnit, Tonnes, Trade,
    TradeRecord,
};

pub const A: CountryId = CountryId(0);
pub const B: CountryId = CountryId(1);
pub const C: CountryId = CountryId(2);
pub const D: CountryId = CountryId(3);
pub const HS: u32 = 111111;
pub const HS2: u32 = 222222;
pub const YEAR: u16 = 2024;

pub fn mineral() -> Mineral {
    Mineral {
        name: "Testium".into(),
        wmd_sheet: "Testium".into(),
        symbol: "Tt".into(),
        aliases: vec![],
        hs_primary: Some(HS),
        hs_complementary: vec![HS2],
        hs_description: String::new(),
        stage: "Processing".into(),
        category: String::new(),
        unit: ProductionUnit::Tonnes,
        eol_rir: None,
    }
}

/// A world with the given flows (exporter, importer, hs, value kUSD, tonnes) in `YEAR`.
pub fn world(flows: &[(CountryId, CountryId, u32, f64, Option<f64>)]) -> Dataset {
    let countries = vec![
        Country::new(1, "AAA", "AA", "Alpha"),
        Country::new(2, "BBB", "BB", "Beta"),
        Country::new(3, "CCC", "CC", "Gamma"),
        Country::new(4, "DDD", "DD", "Delta"),
    ];
    let records = flows
        .iter()
        .map(|&(exporter, importer, hs6, v, q)| TradeRecord {
            year: YEAR,
            exporter,
            importer,
            hs6,
            value: KiloUsd(v),
            quantity: q.map(Tonnes),
        })
        .collect();
    let coalitions = vec![Coalition {
        name: "AB".into(),
        full_name: "Alpha and Beta".into(),
        aliases: vec![],
        members: vec![A, B],
        source: String::new(),
    }];
    Dataset::new(Parts {
        countries,
        minerals: vec![mineral()],
        trade: Trade::from_records(records),
        coalitions,
        ..Parts::default()
    })
    .unwrap()
}

/// The hand-computed world of the tests (see hand.rs for the figures).
pub fn hand_world() -> Dataset {
    world(&[
        (C, A, HS, 500.0, Some(100.0)),  // 5 USD/kg, below a floor of 10
        (D, A, HS, 1200.0, Some(100.0)), // 12 USD/kg, above
        (B, A, HS, 100.0, Some(50.0)),   // a member: never pays
        (C, B, HS, 300.0, Some(30.0)),   // exactly at the floor: pays nothing
        (C, D, HS, 80.0, Some(20.0)),    // outside the club
        (D, B, HS, 50.0, None),          // no quantity: not assessed
        (A, D, HS, 60.0, Some(10.0)),    // a member's exports outside the club
    ])
}

pub fn club(ds: &Dataset) -> Economy {
    ds.resolve_economy("AB").unwrap()
}

pub const MINERAL: MineralId = MineralId(0);
