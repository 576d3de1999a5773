//! The baseline market: a year's BACI flows of one mineral, as tonnes per month.

use critmin_core::{CountryId, Dataset, MineralId};

use crate::ScenarioError;

/// One bilateral flow in the baseline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flow {
    pub exporter: CountryId,
    pub importer: CountryId,
    /// The HS6 code of the traded product.
    pub hs6: u32,
    /// Baseline quantity, tonnes per month (the year's BACI quantity / 12).
    pub tonnes_per_month: f64,
}

/// The baseline market of one mineral.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    pub mineral: MineralId,
    pub year: u16,
    pub n_countries: usize,
    /// Flows with a positive quantity, one per HS6 code, sorted by (importer, exporter, HS6).
    pub flows: Vec<Flow>,
    /// World average import unit value, thousand USD per tonne (= USD/kg).
    pub price_kusd_per_t: f64,
}

impl Baseline {
    /// Builds the baseline from BACI flows over the mineral's HS codes in `year` (flows without a
    /// quantity add no tonnes).
    pub fn from_dataset(ds: &Dataset, mineral: MineralId, year: u16) -> Result<Baseline, ScenarioError> {
        let n = ds.countries.len();
        let mut qty = std::collections::BTreeMap::<(CountryId, CountryId, u32), f64>::new();
        let (mut value, mut tonnes) = (0.0, 0.0);
        for hs in ds.mineral(mineral).hs_codes() {
            for row in ds.trade.rows(hs, year) {
                let Some(q) = ds.trade.quantity(row) else { continue };
                value += ds.trade.value(row).0;
                tonnes += q.0;
                *qty.entry((ds.trade.importer(row), ds.trade.exporter(row), hs)).or_default() += q.0;
            }
        }
        if tonnes <= 0.0 {
            return Err(ScenarioError::NoBaselineTrade { year });
        }
        let flows = qty
            .into_iter()
            .filter(|&(_, q)| q > 0.0)
            .map(|((importer, exporter, hs6), q)| Flow { exporter, importer, hs6, tonnes_per_month: q / 12.0 })
            .collect();
        Ok(Baseline { mineral, year, n_countries: n, flows, price_kusd_per_t: value / tonnes })
    }

    /// Baseline monthly imports of each country (indexed by country id).
    pub fn imports(&self) -> Vec<f64> {
        let mut d = vec![0.0; self.n_countries];
        for f in &self.flows {
            d[f.importer.idx()] += f.tonnes_per_month;
        }
        d
    }

    /// Baseline monthly exports of each country.
    pub fn exports(&self) -> Vec<f64> {
        let mut s = vec![0.0; self.n_countries];
        for f in &self.flows {
            s[f.exporter.idx()] += f.tonnes_per_month;
        }
        s
    }
}
