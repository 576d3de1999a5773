//! Each country's monthly apparent consumption and net imports of a mineral, from the dataset.
//!
//! Apparent consumption = mine production + imports − exports (BACI quantities over the mineral's
//! HS codes; production in tonnes where its unit has a mass), per month, never below zero. It mixes
//! mine-product tonnes with traded-product tonnes, so it is a proxy: critmin uses it only to weigh
//! partners against each other (the "in proportion to consumption" rule, reserve floors in days)
//! and for days of cover.

use critmin_core::{Dataset, MineralId};

/// Monthly figures per country (indexed by country id), contained tonnes.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub consumption_t: Vec<f64>,
    pub net_imports_t: Vec<f64>,
}

/// Apparent consumption and net imports of `mineral` in `year`, tonnes per month.
pub fn position(ds: &Dataset, mineral: MineralId, year: u16) -> Position {
    let n = ds.countries.len();
    let mut imports = vec![0.0; n];
    let mut exports = vec![0.0; n];
    for hs in ds.mineral(mineral).hs_codes() {
        for row in ds.trade.rows(hs, year) {
            let Some(q) = ds.trade.quantity(row) else { continue };
            imports[ds.trade.importer(row).idx()] += q.0;
            exports[ds.trade.exporter(row).idx()] += q.0;
        }
    }
    let mut production = vec![0.0; n];
    if let Some(f) = ds.mineral(mineral).unit.tonnes_factor() {
        for r in ds.production.of(mineral, year) {
            production[r.country.idx()] += r.value.unwrap_or(0.0) * f;
        }
    }
    let consumption_t = (0..n).map(|i| ((production[i] + imports[i] - exports[i]) / 12.0).max(0.0)).collect();
    let net_imports_t = (0..n).map(|i| (imports[i] - exports[i]) / 12.0).collect();
    Position { consumption_t, net_imports_t }
}
