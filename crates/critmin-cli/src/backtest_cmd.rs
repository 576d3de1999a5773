//! `critmin backtest`: run a historical scenario and compare its predicted trade with BACI.

use std::path::PathBuf;

use anyhow::Result;
use serde_json::json;

use critmin_core::Dataset;
use critmin_sim::{Baseline, Comparison, backtest};

use crate::output::{Out, big, num, table};
use crate::{Format, usage};

#[derive(clap::Args, Debug)]
pub struct BacktestArgs {
    /// Scenario file of a past event (e.g. scenarios/nickel-ore-ban-indonesia-2014.toml).
    scenario: PathBuf,
    /// Years to compare, comma-separated (default: the two years after the baseline year).
    #[arg(long, value_delimiter = ',')]
    years: Vec<u16>,
    /// Countries listed per table.
    #[arg(long, default_value_t = 8)]
    top: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(ds: &Dataset, args: &BacktestArgs, out: &mut Out) -> Result<()> {
    let (scenario, _, base, run) = crate::stress_cmd::load_and_run(ds, &args.scenario)?;
    let years = if args.years.is_empty() {
        vec![scenario.baseline_year + 1, scenario.baseline_year + 2]
    } else {
        args.years.clone()
    };
    let mut recorded = Vec::new();
    for &y in &years {
        let b = Baseline::from_dataset(ds, scenario.mineral, y).map_err(|_| {
            usage(format!("BACI has no trade of {} in {y} to compare with", ds.mineral(scenario.mineral).name))
        })?;
        recorded.push((y, b));
    }
    let results = backtest(&base, &scenario, &run, &recorded);
    if results.is_empty() {
        return Err(usage(format!(
            "none of the years {years:?} lies fully inside the simulated months ({} for {} months)",
            scenario.first_month, scenario.n_months
        )));
    }
    if args.format == Format::Json {
        let side = |c: &Comparison| {
            json!({
                "year": c.year,
                "model": {"tonnes": c.model.tonnes, "share_points": c.model.share_points},
                "naive": {"tonnes": c.naive.tonnes, "share_points": c.naive.share_points},
                "lines": c.lines.iter().take(args.top).map(|l| json!({"iso3": ds.country(l.country).iso3,
                    "baseline": l.baseline, "predicted": l.predicted, "actual": l.actual})).collect::<Vec<_>>(),
            })
        };
        let js: Vec<_> = results.iter().map(|(e, i)| json!({"exporters": side(e), "importers": side(i)})).collect();
        return out.line(&serde_json::to_string_pretty(&json!({"scenario": scenario.name, "years": js}))?);
    }
    out.line(&format!(
        "Backtest: {}\n{}, baseline {}, model run from {}; compared with BACI. Naive forecast: the baseline year repeats.",
        scenario.name,
        ds.mineral(scenario.mineral).name,
        scenario.baseline_year,
        scenario.first_month
    ))?;
    for (exp, imp) in &results {
        for (what, c) in [("exporters' volumes", exp), ("importers' supply", imp)] {
            out.line(&format!("\n{} — {what} (t)", c.year))?;
            let rows: Vec<Vec<String>> = c
                .lines
                .iter()
                .take(args.top)
                .map(|l| {
                    vec![
                        ds.country(l.country).name.clone(),
                        big(Some(l.baseline)),
                        big(Some(l.predicted)),
                        big(Some(l.actual)),
                        big(Some(l.baseline - l.actual)),
                        big(Some(l.predicted - l.actual)),
                    ]
                })
                .collect();
            out.line(&table(&["country", "baseline", "model", "recorded", "naive error", "model error"], &rows))?;
            out.line(&format!(
                "error, all countries: model {} t and {} share points; naive {} t and {} share points — {}",
                big(Some(c.model.tonnes)),
                num(Some(c.model.share_points), 1),
                big(Some(c.naive.tonnes)),
                num(Some(c.naive.share_points), 1),
                if c.model.tonnes < c.naive.tonnes && c.model.share_points < c.naive.share_points {
                    "the model beats the naive forecast on both"
                } else if c.model.tonnes < c.naive.tonnes || c.model.share_points < c.naive.share_points {
                    "the model beats the naive forecast on one measure"
                } else {
                    "the model does NOT beat the naive forecast"
                }
            ))?;
        }
    }
    out.line("\nWhere the model still misses: docs/model.md.")
}
