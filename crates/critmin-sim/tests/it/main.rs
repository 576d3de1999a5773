//! Integration tests of critmin-sim: hand-checked small markets, invariants (proptest), and the
//! bundled example scenarios.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod ensemble;
mod examples;
mod invariants;
mod small;

use critmin_core::{CountryId, MineralId};
use critmin_sim::{Baseline, Destinations, Event, Flow, Month, Params, Scenario};

/// A baseline of `flows` (exporter, importer, t/month) among `n` countries.
pub fn baseline(n: usize, flows: &[(u16, u16, f64)]) -> Baseline {
    let mut flows: Vec<Flow> = flows
        .iter()
        .map(|&(e, i, t)| Flow { exporter: CountryId(e), importer: CountryId(i), hs6: 111111, tonnes_per_month: t })
        .collect();
    flows.sort_by_key(|f| (f.importer, f.exporter, f.hs6));
    Baseline { mineral: MineralId(0), year: 2020, n_countries: n, flows, price_kusd_per_t: 10.0 }
}

pub fn scenario(events: Vec<Event>, n_months: usize) -> Scenario {
    Scenario {
        name: "test".into(),
        description: String::new(),
        mineral: MineralId(0),
        baseline_year: 2020,
        first_month: Month { year: 2021, month: 1 },
        n_months,
        events,
        stockpiles: vec![],
        spare_capacity: vec![],
        projects: vec![],
        params: Params { default_spare_capacity: 0.0, ..Params::default() },
        uncertain: vec![],
    }
}

pub fn ban(exporter: u16, targets: &[u16], fraction: f64, start: i64, end: i64) -> Event {
    Event::ExportRestriction {
        exporters: vec![CountryId(exporter)],
        destinations: if targets.is_empty() {
            Destinations::All
        } else {
            Destinations::Only(targets.iter().map(|&c| CountryId(c)).collect())
        },
        fraction,
        hs_codes: None,
        start,
        end,
        suspended: None,
    }
}
