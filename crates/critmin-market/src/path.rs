//! Reference price paths a contract for difference is settled against: a flat price, historical
//! BACI unit values, or the price of a stress-test run.

use critmin_core::{CountryId, Dataset, KiloUsd, Tonnes};
use critmin_sim::{Month, Run};

use crate::UsdPerKg;

/// A yearly reference price; a year without a price stays `None` (no payment is computed for it,
/// never a silent zero).
#[derive(Clone, Debug, PartialEq)]
pub struct ReferencePath {
    /// Where the prices come from ("BACI world import unit value of HS 284690").
    pub label: String,
    pub first_year: u16,
    /// One price per year from `first_year`.
    pub prices: Vec<Option<UsdPerKg>>,
}

impl ReferencePath {
    /// The same price in `n_years` years from `first_year`.
    pub fn flat(label: &str, first_year: u16, n_years: u16, price: UsdPerKg) -> ReferencePath {
        ReferencePath { label: label.to_string(), first_year, prices: vec![Some(price); usize::from(n_years)] }
    }

    /// The price in `year`, if the path has one.
    pub fn price(&self, year: u16) -> Option<UsdPerKg> {
        let i = usize::from(year.checked_sub(self.first_year)?);
        self.prices.get(i).copied().flatten()
    }

    /// The last year the path covers.
    pub fn last_year(&self) -> u16 {
        self.first_year.saturating_add(self.prices.len().saturating_sub(1) as u16)
    }

    /// World import unit value of the HS codes in each year of `first..=last` (sum of value over
    /// sum of quantity of the flows that report a quantity; `None` in a year with none).
    pub fn historical(ds: &Dataset, hs_codes: &[u32], first: u16, last: u16) -> ReferencePath {
        let prices = (first..=last)
            .map(|year| {
                let (mut value, mut mass) = (KiloUsd(0.0), Tonnes(0.0));
                for &hs in hs_codes {
                    for row in ds.trade.rows(hs, year) {
                        if let Some(q) = ds.trade.quantity(row) {
                            value += ds.trade.value(row);
                            mass += q;
                        }
                    }
                }
                UsdPerKg::unit_value(value, mass)
            })
            .collect();
        let codes: Vec<String> = hs_codes.iter().map(u32::to_string).collect();
        ReferencePath {
            label: format!("BACI world import unit value of HS {}", codes.join("+")),
            first_year: first,
            prices,
        }
    }

    /// The price a stress-test run gives in the market of `country`: `base` times the yearly mean
    /// of the run's monthly price ratio (the targeted importers' ratio in the months `country` is
    /// targeted, the other importers' ratio otherwise). Years are calendar years from
    /// `first_month`; a year the run only partly covers averages the months it covers.
    pub fn from_run(label: &str, run: &Run, first_month: Month, base: UsdPerKg, country: CountryId) -> ReferencePath {
        let k = run.importers.iter().position(|&c| c == country);
        let first_year = first_month.year;
        let mut sums: Vec<(f64, u32)> = Vec::new();
        for t in 0..run.n_months {
            let year = first_month.plus(t as i64).year;
            let i = usize::from(year - first_year);
            if sums.len() <= i {
                sums.resize(i + 1, (0.0, 0));
            }
            let targeted = k.is_some_and(|k| run.at(t, k).targeted);
            let ratio = if targeted { run.price_targets[t] } else { run.price_others[t] };
            sums[i].0 += ratio;
            sums[i].1 += 1;
        }
        let prices =
            sums.iter().map(|&(s, n)| (n > 0).then(|| UsdPerKg(base.0 * s / f64::from(n)))).collect::<Vec<_>>();
        ReferencePath { label: label.to_string(), first_year, prices }
    }
}
