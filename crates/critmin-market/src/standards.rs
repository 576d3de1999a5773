//! A standards-based market: a set of certified suppliers, and the share of the club's import
//! demand they could cover, today (BACI) and under a stress-test scenario.

use critmin_core::{CountryId, Dataset, Economy, MineralId};
use critmin_sim::Run;

use crate::MarketError;

/// What certified suppliers could cover in a year of recorded trade. Tonnes.
#[derive(Clone, Debug, PartialEq)]
pub struct StandardsToday {
    pub mineral: MineralId,
    pub year: u16,
    /// The members' imports, all partners.
    pub club_imports_t: f64,
    /// What the members already import from certified suppliers.
    pub from_certified_t: f64,
    /// Everything the certified suppliers export, to anyone: the most they could sell the club
    /// without producing more.
    pub certified_exports_t: f64,
    /// from_certified / club imports.
    pub current_share: Option<f64>,
    /// min(1, certified exports / club imports).
    pub coverable_share: Option<f64>,
    /// Certified suppliers with exports of the mineral in the year, with their exports.
    pub suppliers: Vec<(CountryId, f64)>,
}

/// Coverage today of the club's imports of `mineral` in `year` by `certified` suppliers.
pub fn standards_today(
    ds: &Dataset,
    club: &Economy,
    mineral: MineralId,
    year: u16,
    certified: &[CountryId],
) -> Result<StandardsToday, MarketError> {
    if club.members.is_empty() {
        return Err(MarketError::EmptyClub(club.label.clone()));
    }
    let m = ds.mineral(mineral);
    if !m.hs_codes().any(|hs| ds.trade.has_rows(hs, year)) {
        let years = ds.trade.years();
        return Err(MarketError::NoTrade {
            mineral: m.name.clone(),
            year,
            first: years.first().copied().unwrap_or(0),
            last: years.last().copied().unwrap_or(0),
        });
    }
    let mut is_certified = vec![false; ds.countries.len()];
    for c in certified {
        if let Some(x) = is_certified.get_mut(c.idx()) {
            *x = true;
        }
    }
    let mut exports = vec![0.0; ds.countries.len()];
    let (mut club_imports, mut from_certified) = (0.0, 0.0);
    for hs in m.hs_codes() {
        for row in ds.trade.rows(hs, year) {
            let Some(q) = ds.trade.quantity(row) else { continue };
            let (i, e) = (ds.trade.importer(row), ds.trade.exporter(row));
            if is_certified[e.idx()] {
                exports[e.idx()] += q.0;
            }
            if club.contains(i) {
                club_imports += q.0;
                if is_certified[e.idx()] {
                    from_certified += q.0;
                }
            }
        }
    }
    let certified_exports: f64 = exports.iter().sum();
    let mut suppliers: Vec<(CountryId, f64)> =
        exports.iter().enumerate().filter(|(_, x)| **x > 0.0).map(|(c, x)| (CountryId(c as u16), *x)).collect();
    suppliers.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let ratio = |x: f64| (club_imports > 0.0).then(|| x / club_imports);
    Ok(StandardsToday {
        mineral,
        year,
        club_imports_t: club_imports,
        from_certified_t: from_certified,
        certified_exports_t: certified_exports,
        current_share: ratio(from_certified),
        coverable_share: ratio(certified_exports).map(|s| s.min(1.0)),
        suppliers,
    })
}

/// What certified suppliers could cover month by month in a stress-test run.
#[derive(Clone, Debug, PartialEq)]
pub struct StandardsScenario {
    /// Per month: the members' demand and the certified suppliers' predicted exports, tonnes.
    pub club_demand_t: Vec<f64>,
    pub certified_exports_t: Vec<f64>,
    /// Over the run: min(1, sum of exports / sum of demand).
    pub coverable_share: Option<f64>,
    /// The lowest monthly min(1, exports / demand), and its month index.
    pub worst_month: Option<(usize, f64)>,
}

/// Coverage of the members' demand in `run` by the certified suppliers' exports.
pub fn standards_under_run(run: &Run, club: &Economy, certified: &[CountryId]) -> StandardsScenario {
    let demand: Vec<f64> = (0..run.n_months)
        .map(|t| {
            run.importers.iter().enumerate().filter(|(_, c)| club.contains(**c)).map(|(k, _)| run.at(t, k).demand).sum()
        })
        .collect();
    let exports: Vec<f64> = (0..run.n_months)
        .map(|t| certified.iter().filter_map(|c| run.exports.get(t * run.n_countries + c.idx())).sum())
        .collect();
    let (d, x): (f64, f64) = (demand.iter().sum(), exports.iter().sum());
    let worst = (0..run.n_months)
        .filter(|&t| demand[t] > 0.0)
        .map(|t| (t, (exports[t] / demand[t]).min(1.0)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    StandardsScenario {
        coverable_share: (d > 0.0).then(|| (x / d).min(1.0)),
        worst_month: worst,
        club_demand_t: demand,
        certified_exports_t: exports,
    }
}
