//! Small datasets built in memory, in the same shapes the loader produces.

use critmin_core::{
    Coalition, Country, CountryId, Dataset, Governance, KiloUsd, Mineral, MineralId, Parts, Production,
    ProductionRecord, ProductionUnit, Tonnes, Trade, TradeRecord,
};

pub const YEAR: u16 = 2020;
pub const HS1: u32 = 111111;
pub const HS2: u32 = 222222;

pub fn mineral(name: &str, unit: ProductionUnit) -> Mineral {
    Mineral {
        name: name.into(),
        wmd_sheet: name.into(),
        symbol: String::new(),
        aliases: vec![],
        hs_primary: Some(HS1),
        hs_complementary: vec![HS2],
        hs_description: String::new(),
        stage: "Extraction".into(),
        category: String::new(),
        unit,
        eol_rir: None,
    }
}

/// A fixture: `n` countries with codes 1..=n, one mineral with two HS codes.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub n_countries: usize,
    pub production: Vec<(usize, f64)>,
    /// (exporter, importer, hs, value kUSD, quantity t)
    pub flows: Vec<(usize, usize, u32, f64, Option<f64>)>,
    pub wgi: Vec<(usize, f64)>,
    pub coalitions: Vec<(&'static str, Vec<usize>)>,
    pub unit: ProductionUnit,
}

impl Fixture {
    pub fn build(&self) -> Dataset {
        let countries = (0..self.n_countries)
            .map(|i| Country::new(i as u16 + 1, &format!("C{i:02}"), &format!("{i:02}"), &format!("Country {i}")))
            .collect();
        let trade = Trade::from_records(
            self.flows
                .iter()
                .map(|&(e, i, hs, v, q)| TradeRecord {
                    year: YEAR,
                    exporter: CountryId(e as u16),
                    importer: CountryId(i as u16),
                    hs6: hs,
                    value: KiloUsd(v),
                    quantity: q.map(Tonnes),
                })
                .collect(),
        );
        let production = Production::from_records(
            self.production
                .iter()
                .map(|&(c, v)| ProductionRecord {
                    mineral: MineralId(0),
                    country: CountryId(c as u16),
                    year: YEAR,
                    value: Some(v),
                })
                .collect(),
        );
        let mut governance = Governance::new(self.n_countries, YEAR, YEAR);
        for &(c, e) in &self.wgi {
            governance.set(CountryId(c as u16), YEAR, e);
        }
        let coalitions = self
            .coalitions
            .iter()
            .map(|(name, members)| Coalition {
                name: name.to_string(),
                full_name: name.to_string(),
                aliases: vec![],
                members: members.iter().map(|&m| CountryId(m as u16)).collect(),
                source: String::new(),
            })
            .collect();
        Dataset::new(Parts {
            countries,
            minerals: vec![mineral("Testium", self.unit.clone())],
            trade,
            production,
            governance,
            coalitions,
        })
        .expect("fixture is consistent")
    }
}

/// The worked fixture of `hand.rs`: A(0), B(1), C(2), D(3).
pub fn abcd() -> Dataset {
    Fixture {
        n_countries: 4,
        production: vec![(0, 60.0), (1, 30.0), (2, 10.0)],
        flows: vec![
            (0, 3, HS1, 20.0, Some(10.0)),
            (1, 3, HS2, 15.0, Some(5.0)),
            (2, 3, HS1, 7.0, None),
            (1, 0, HS1, 100.0, Some(100.0)),
        ],
        // A: PV -0.5 -> w 0.6; B: PV 1.5 -> w 0.2; C: none -> 0.5; D: PV 3 -> w 0 (clamped).
        wgi: vec![(0, -0.5), (1, 1.5), (3, 3.0)],
        coalitions: vec![("AD", vec![0, 3])],
        unit: ProductionUnit::Tonnes,
    }
    .build()
}
