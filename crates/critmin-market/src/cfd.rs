//! Price-gap payments (contracts for difference): what the government pays a producer each year
//! when the reference price is below the strike, what it claws back above a cap, and the budget at
//! risk over a Monte Carlo ensemble of price paths.

use critmin_core::{CountryId, KiloUsd, MineralId, Tonnes};

use crate::{MarketError, ReferencePath, UsdPerKg, quantile};

/// One contract for difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Contract {
    pub name: String,
    /// The producer's country (sets which market's stress-test price is the reference).
    pub producer: CountryId,
    pub mineral: MineralId,
    /// The HS code whose unit values serve as historical reference (all of the mineral's when `None`).
    pub hs6: Option<u32>,
    /// Guaranteed price.
    pub strike: UsdPerKg,
    /// Volume the gap is paid on each year (sold or stockpiled).
    pub tonnes_per_year: Tonnes,
    /// First calendar year of the term.
    pub start_year: u16,
    /// Length of the term in years (>= 1).
    pub years: u16,
    /// Optional cap: above it the producer pays back the excess (clawback).
    pub cap: Option<UsdPerKg>,
}

impl Contract {
    /// The last year of the term.
    pub fn end_year(&self) -> u16 {
        self.start_year.saturating_add(self.years.saturating_sub(1))
    }

    /// The years of the term.
    pub fn term(&self) -> std::ops::RangeInclusive<u16> {
        self.start_year..=self.end_year()
    }

    /// Checks the numbers and that the term is not wholly before `as_of`.
    pub fn validate(&self, as_of: u16) -> Result<(), MarketError> {
        let positive = |what: &str, v: f64| {
            if v.is_finite() && v > 0.0 {
                Ok(())
            } else {
                Err(MarketError::BadNumber { what: format!("{} of '{}'", what, self.name), value: v, rule: "above 0" })
            }
        };
        positive("strike", self.strike.0)?;
        if !(self.tonnes_per_year.0.is_finite() && self.tonnes_per_year.0 >= 0.0) {
            return Err(MarketError::BadNumber {
                what: format!("tonnes_per_year of '{}'", self.name),
                value: self.tonnes_per_year.0,
                rule: "at or above 0",
            });
        }
        positive("years", f64::from(self.years))?;
        if let Some(cap) = self.cap
            && !(cap.0.is_finite() && cap.0 >= self.strike.0)
        {
            return Err(MarketError::BadNumber {
                what: format!("cap of '{}'", self.name),
                value: cap.0,
                rule: "at or above the strike",
            });
        }
        if self.end_year() < as_of {
            return Err(MarketError::TermInPast { name: self.name.clone(), end: self.end_year(), as_of });
        }
        Ok(())
    }
}

/// The payment in one year at a reference price, thousand USD: (strike - reference) x volume when
/// the reference is below the strike; minus (reference - cap) x volume when it is above the cap
/// (a clawback, paid by the producer); zero in between.
pub fn payment_per_year(c: &Contract, reference: UsdPerKg) -> KiloUsd {
    let gap = (c.strike.0 - reference.0).max(0.0);
    let clawback = c.cap.map_or(0.0, |cap| (reference.0 - cap.0).max(0.0));
    UsdPerKg(gap - clawback).times(c.tonnes_per_year)
}

/// One year of a contract.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearPayment {
    pub year: u16,
    /// `None` where the path has no price for the year.
    pub reference: Option<UsdPerKg>,
    /// Thousand USD, negative for a clawback; `None` where the reference is missing.
    pub payment: Option<KiloUsd>,
}

/// The contract's payments in each year of its term.
pub fn payments(c: &Contract, path: &ReferencePath) -> Vec<YearPayment> {
    c.term()
        .map(|year| {
            let reference = path.price(year);
            YearPayment { year, reference, payment: reference.map(|r| payment_per_year(c, r)) }
        })
        .collect()
}

/// P50 and P95 of one year's total payments across an ensemble (thousand USD).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearQuantiles {
    pub year: u16,
    pub p50: f64,
    pub p95: f64,
    /// Runs whose path prices the year (the others are left out, not counted as zero).
    pub runs_priced: usize,
}

/// Budget at risk of a set of contracts over an ensemble of price paths.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetAtRisk {
    pub runs: usize,
    /// Each year of the union of the terms.
    pub yearly: Vec<YearQuantiles>,
    /// P50 and P95 of the total over the whole term (years a run does not price add nothing to
    /// that run's total; `years_unpriced` lists the years some run leaves unpriced).
    pub total_p50: f64,
    pub total_p95: f64,
    pub years_unpriced: Vec<u16>,
}

/// Budget at risk: `paths[i][j]` is the reference path of contract `j` in run `i`. Yearly totals
/// sum every contract in force; quantiles are exact (type 7) over the runs.
pub fn budget_at_risk(contracts: &[Contract], paths: &[Vec<ReferencePath>]) -> BudgetAtRisk {
    let first = contracts.iter().map(|c| c.start_year).min().unwrap_or(0);
    let last = contracts.iter().map(Contract::end_year).max().unwrap_or(0);
    let n_years = if contracts.is_empty() { 0 } else { usize::from(last - first) + 1 };
    // yearly[y][i]: total of run i in year first + y, None if a contract in force has no price.
    let mut yearly: Vec<Vec<f64>> = vec![Vec::with_capacity(paths.len()); n_years];
    let mut totals = Vec::with_capacity(paths.len());
    let mut unpriced = vec![false; n_years];
    for run_paths in paths {
        let mut total = 0.0;
        for (y, slot) in yearly.iter_mut().enumerate() {
            let year = first + y as u16;
            let mut sum = Some(0.0);
            for (c, path) in contracts.iter().zip(run_paths) {
                if c.term().contains(&year) {
                    sum = match (sum, path.price(year)) {
                        (Some(s), Some(r)) => Some(s + payment_per_year(c, r).0),
                        _ => None,
                    };
                }
            }
            match sum {
                Some(s) => {
                    slot.push(s);
                    total += s;
                }
                None => unpriced[y] = true,
            }
        }
        totals.push(total);
    }
    BudgetAtRisk {
        runs: paths.len(),
        yearly: yearly
            .iter()
            .enumerate()
            .map(|(y, v)| YearQuantiles {
                year: first + y as u16,
                p50: quantile(v, 0.5),
                p95: quantile(v, 0.95),
                runs_priced: v.len(),
            })
            .collect(),
        total_p50: quantile(&totals, 0.5),
        total_p95: quantile(&totals, 0.95),
        years_unpriced: (0..n_years).filter(|&y| unpriced[y]).map(|y| first + y as u16).collect(),
    }
}
