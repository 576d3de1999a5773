//! Backtests: a historical scenario's predicted trade against what BACI recorded, beside the naive
//! forecast that nothing changes from the baseline year.

use critmin_core::CountryId;

use crate::{Baseline, Run, Scenario};

/// One country's yearly volume: baseline, predicted by the model, recorded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub country: CountryId,
    pub baseline: f64,
    pub predicted: f64,
    pub actual: f64,
}

/// Errors of a forecast over a set of countries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Errors {
    /// Sum over countries of |forecast - recorded| tonnes.
    pub tonnes: f64,
    /// Half the sum of |forecast share - recorded share| in percentage points: the share of
    /// world trade the forecast puts in the wrong country (0..100).
    pub share_points: f64,
}

/// The comparison for one year and one side of trade (exporters or importers).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub year: u16,
    /// Largest recorded or baseline volumes first.
    pub lines: Vec<Line>,
    pub model: Errors,
    pub naive: Errors,
}

fn errors(lines: &[Line], forecast: impl Fn(&Line) -> f64) -> Errors {
    let total_f: f64 = lines.iter().map(&forecast).sum();
    let total_a: f64 = lines.iter().map(|l| l.actual).sum();
    let share = |x: f64, tot: f64| if tot > 0.0 { x / tot } else { 0.0 };
    Errors {
        tonnes: lines.iter().map(|l| (forecast(l) - l.actual).abs()).sum(),
        share_points: 50.0
            * lines.iter().map(|l| (share(forecast(l), total_f) - share(l.actual, total_a)).abs()).sum::<f64>(),
    }
}

fn compare(year: u16, mut lines: Vec<Line>) -> Comparison {
    lines.retain(|l| l.baseline > 0.0 || l.actual > 0.0 || l.predicted > 0.0);
    lines.sort_by(|a, b| b.actual.max(b.baseline).total_cmp(&a.actual.max(a.baseline)));
    Comparison { year, model: errors(&lines, |l| l.predicted), naive: errors(&lines, |l| l.baseline), lines }
}

/// Compares `run` (of `scenario` on `base`) with the recorded trade of `actual_year` for each
/// year: exporters' volumes and importers' supply. A year must be fully inside the simulated
/// months. Returns (exporters, importers) per year.
pub fn backtest(
    base: &Baseline,
    scenario: &Scenario,
    run: &Run,
    actual: &[(u16, Baseline)],
) -> Vec<(Comparison, Comparison)> {
    let n = base.n_countries;
    let (base_exp, base_imp) = (base.exports(), base.imports());
    let mut out = Vec::new();
    for (year, recorded) in actual {
        let first = scenario.first_month.months_until(crate::Month { year: *year, month: 1 });
        if first < 0 || first + 12 > run.n_months as i64 {
            continue;
        }
        let months = first as usize..first as usize + 12;
        let (rec_exp, rec_imp) = (recorded.exports(), recorded.imports());
        let exporters = (0..n)
            .map(|c| Line {
                country: CountryId(c as u16),
                baseline: base_exp[c] * 12.0,
                predicted: months.clone().map(|t| run.exports[t * run.n_countries + c]).sum(),
                actual: rec_exp[c] * 12.0,
            })
            .collect();
        let mut predicted_imp = vec![0.0; n];
        for t in months {
            for (k, c) in run.importers.iter().enumerate() {
                let m = run.at(t, k);
                predicted_imp[c.idx()] += m.supply() - m.stock_draw;
            }
        }
        let importers = (0..n)
            .map(|c| Line {
                country: CountryId(c as u16),
                baseline: base_imp[c] * 12.0,
                predicted: predicted_imp[c],
                actual: rec_imp[c] * 12.0,
            })
            .collect();
        out.push((compare(*year, exporters), compare(*year, importers)));
    }
    out
}
