//! `critmin stress`: run a scenario file and summarise who runs short, when, by how much, at what price.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;

use critmin_core::Dataset;
use critmin_data::ScenarioRunError;
use critmin_sim::{Band, Baseline, Ensemble, Event, Run, Scenario, monte_carlo};

use crate::output::{Out, big, csv, exact, num, pct, table, write_file_atomic};
use crate::{Format, usage};

#[derive(clap::Args, Debug)]
pub struct StressArgs {
    /// Scenario file (TOML; see docs/scenarios.md and scenarios/).
    scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// How many importers the summary table lists (largest cumulative shortfall first).
    #[arg(long, default_value_t = 15)]
    top: usize,
    /// Monte Carlo: this many runs with the scenario's uncertain parameters drawn from their
    /// distributions, summarised as P5/P50/P95 bands (0 = one deterministic run only).
    #[arg(long, default_value_t = 0)]
    runs: usize,
    /// Master seed of the Monte Carlo runs (same seed, same bands, whatever the thread count).
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Worker threads for Monte Carlo (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Where to write the HTML report with charts (default: <scenario name>.report.html here).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Do not write the HTML report.
    #[arg(long, conflicts_with = "report")]
    no_report: bool,
}

pub fn run(ds: &Dataset, args: &StressArgs, out: &mut Out) -> Result<()> {
    let (scenario, notes, base, run) = load_and_run(ds, &args.scenario)?;
    let ensemble = if args.runs > 0 { Some(ensemble(&base, &scenario, &run, args)?) } else { None };
    match args.format {
        Format::Table => {
            let mut text = String::new();
            summary(ds, &scenario, &base, &run, &notes, args.top, &mut text)?;
            if let Some(e) = &ensemble {
                bands_table(ds, &scenario, e, &mut text)?;
            }
            out.write_str(&text)?;
            if !args.no_report {
                let path = args.report.clone().unwrap_or_else(|| {
                    let stem = args
                        .scenario
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_else(|| "stress".into());
                    PathBuf::from(format!("{stem}.report.html"))
                });
                let html = crate::report::html(ds, &scenario, &run, ensemble.as_ref(), &text);
                write_file_atomic(&path, html.as_bytes())?;
                out.line(&format!("Report with charts: {}", path.display()))?;
            }
            Ok(())
        }
        Format::Json => {
            let mut js = critmin_data::json::stress_run_json(ds, &scenario, &run, &notes);
            if let Some(e) = &ensemble {
                js["monte_carlo"] = critmin_data::json::ensemble_json(ds, e);
            }
            out.line(&serde_json::to_string_pretty(&js)?)
        }
        Format::Csv => monthly_csv(ds, &scenario, &run, out),
    }
}

/// Reads a scenario file, builds its baseline and runs it once. The file's and the scenario's
/// faults are usage errors; a dataset without the baseline is not.
pub fn load_and_run(ds: &Dataset, path: &Path) -> Result<(Scenario, Vec<String>, Baseline, Run)> {
    let r = critmin_data::read_and_run_scenario(ds, path).map_err(|e| match e {
        ScenarioRunError::Baseline { .. } => anyhow::Error::new(e),
        ScenarioRunError::File(_) | ScenarioRunError::Run { .. } => usage(e.to_string()),
    })?;
    Ok((r.scenario, r.notes, r.baseline, r.run))
}

fn ensemble(base: &Baseline, s: &Scenario, run: &Run, args: &StressArgs) -> Result<Ensemble> {
    if let Some(n) = args.threads {
        // Fails only if a pool exists already, which cannot happen in this process.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
    }
    if s.uncertain.is_empty() {
        eprintln!("note: the scenario gives no parameter a distribution, so every run is the same");
    }
    let tracked: Vec<_> = run.importers_by_unmet().into_iter().take(args.top).map(|k| run.importers[k]).collect();
    let tty = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if tty {
            eprint!("\rMonte Carlo: {done}/{total} runs");
            if done == total {
                eprintln!();
            }
        }
    };
    Ok(monte_carlo(base, s, args.runs, args.seed, &tracked, &progress)?)
}

fn line(buf: &mut String, s: &str) -> Result<()> {
    buf.push_str(s);
    buf.push('\n');
    Ok(())
}

fn band_text(b: &Band, f: impl Fn(f64) -> String) -> [String; 3] {
    [f(b.p5), f(b.p50), f(b.p95)]
}

fn bands_table(ds: &Dataset, s: &Scenario, e: &Ensemble, out: &mut String) -> Result<()> {
    let uncertain: Vec<String> = s.uncertain.iter().map(|u| format!("{} ~ {:?}", u.param.key(), u.dist)).collect();
    line(
        out,
        &format!(
            "\nMonte Carlo: {} runs, seed {}; uncertain: {}",
            e.runs,
            e.seed,
            if uncertain.is_empty() { "none".to_string() } else { uncertain.join("; ") }
        ),
    )?;
    let peak = |bands: &[Band]| bands.iter().map(|b| b.p50).fold(f64::NAN, f64::max);
    let t_peak = (0..e.price_targets.len())
        .max_by(|&a, &b| e.price_targets[a].p50.total_cmp(&e.price_targets[b].p50))
        .unwrap_or(0);
    let mut rows = vec![
        [vec!["cumulative unmet demand (t)".to_string()], band_text(&e.unmet_t, |x| big(Some(x))).to_vec()].concat(),
        [
            vec!["extra import bill (thousand USD)".to_string()],
            band_text(&e.extra_import_bill_kusd, |x| big(Some(x))).to_vec(),
        ]
        .concat(),
    ];
    if peak(&e.price_targets) > 1.0 {
        rows.push(
            [
                vec![format!("targets' price ratio in {}", s.first_month.plus(t_peak as i64))],
                band_text(&e.price_targets[t_peak], |x| num(Some(x), 2)).to_vec(),
            ]
            .concat(),
        );
    }
    for (c, b) in &e.importer_unmet {
        rows.push(
            [vec![format!("unmet (t): {}", ds.country(*c).name)], band_text(b, |x| big(Some(x))).to_vec()].concat(),
        );
    }
    line(out, &table(&["output", "P5", "P50", "P95"], &rows))
}

fn describe_event(ds: &Dataset, s: &Scenario, e: &Event) -> String {
    let month = |t: i64| s.first_month.plus(t).to_string();
    let names =
        |cs: &[critmin_core::CountryId]| cs.iter().map(|&c| ds.country(c).name.clone()).collect::<Vec<_>>().join(", ");
    let dest = |d: &critmin_sim::Destinations| match d {
        critmin_sim::Destinations::All => "all destinations".to_string(),
        critmin_sim::Destinations::Only(cs) => format!("{} destinations", cs.len()),
        critmin_sim::Destinations::AllExcept(cs) => format!("all but {} destinations", cs.len()),
    };
    match e {
        Event::ExportRestriction { exporters, destinations, fraction, hs_codes, start, end, suspended } => {
            let susp =
                suspended.map_or(String::new(), |(a, b)| format!(", suspended {} to {}", month(a), month(b - 1)));
            let hs = hs_codes.as_ref().map_or(String::new(), |h| {
                format!(" of HS {}", h.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
            });
            format!(
                "export restriction: {} blocks {}{hs} of exports to {}, {} to {}{susp}",
                names(exporters),
                pct(Some(*fraction)),
                dest(destinations),
                month(*start),
                month(end - 1)
            )
        }
        Event::Outage { country, fraction, start, end } => {
            format!(
                "outage: {} loses {} of exports, {} to {}",
                ds.country(*country).name,
                pct(Some(*fraction)),
                month(*start),
                month(end - 1)
            )
        }
        Event::DemandShock { importers, change, start, end } => {
            format!(
                "demand shock: {} for {}, {} to {}",
                pct(Some(*change)),
                dest(importers),
                month(*start),
                month(end - 1)
            )
        }
    }
}

fn summary(
    ds: &Dataset,
    s: &Scenario,
    base: &Baseline,
    run: &Run,
    notes: &[String],
    top: usize,
    out: &mut String,
) -> Result<()> {
    let world: f64 = base.flows.iter().map(|f| f.tonnes_per_month).sum::<f64>() * 12.0;
    line(out, &format!("{}\n", s.name))?;
    line(
        out,
        &format!(
            "{}: baseline {} (BACI, {} flows, {} t/year traded, {} USD/kg); {} months from {}",
            ds.mineral(s.mineral).name,
            s.baseline_year,
            base.flows.len(),
            big(Some(world)),
            num(Some(base.price_kusd_per_t), 2),
            s.n_months,
            s.first_month
        ),
    )?;
    for e in &s.events {
        line(out, &format!("- {}", describe_event(ds, s, e)))?;
    }
    let peak = |series: &[f64]| (0..run.n_months).max_by(|&a, &b| series[a].total_cmp(&series[b])).unwrap_or(0);
    let any_target = (0..run.n_months).any(|t| (0..run.importers.len()).any(|k| run.at(t, k).targeted));
    let t_others = peak(&run.price_others);
    let mut price_line = String::new();
    if any_target {
        let t_peak = peak(&run.price_targets);
        let t_home = (0..run.n_months).min_by(|&a, &b| run.price_home[a].total_cmp(&run.price_home[b])).unwrap_or(0);
        price_line.push_str(&format!(
            "\nPrice ratio to baseline: targeted importers peak at {}x ({}); the restricting country's home price falls to {}x ({}); ",
            num(Some(run.price_targets[t_peak]), 2),
            s.first_month.plus(t_peak as i64),
            num(Some(run.price_home[t_home]), 2),
            s.first_month.plus(t_home as i64)
        ));
        price_line.push_str("other importers ");
    } else {
        price_line.push_str("\nPrice ratio to baseline: ");
    }
    price_line.push_str(&format!(
        "peak at {}x ({}).",
        num(Some(run.price_others[t_others]), 2),
        s.first_month.plus(t_others as i64)
    ));
    line(out, &price_line)?;
    let tot = &run.totals;
    line(
        out,
        &format!(
            "Cumulative unmet demand: {} t ({} thousand USD at the baseline price); extra import bill {} thousand USD; stock drawn {} t.\n",
            big(Some(tot.unmet_t)),
            big(Some(tot.unmet_kusd)),
            big(Some(tot.extra_import_bill_kusd)),
            big(Some(tot.stock_drawn_t))
        ),
    )?;
    let rows: Vec<Vec<String>> = run
        .importers_by_unmet()
        .into_iter()
        .take(top)
        .filter(|&k| run.importer_unmet(k) > 0.0)
        .map(|k| {
            let demand: f64 = (0..run.n_months).map(|t| run.at(t, k).demand).sum();
            let unmet = run.importer_unmet(k);
            let (t_worst, worst) = (0..run.n_months)
                .map(|t| {
                    let m = run.at(t, k);
                    (t, if m.demand > 0.0 { m.shortfall / m.demand } else { 0.0 })
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((0, 0.0));
            let drawn: f64 = (0..run.n_months).map(|t| run.at(t, k).stock_draw).sum();
            let first_short = (0..run.n_months).find(|&t| run.at(t, k).shortfall > 0.0);
            vec![
                ds.country(run.importers[k]).name.clone(),
                big(Some(demand)),
                big(Some(unmet)),
                pct(Some(unmet / demand.max(f64::MIN_POSITIVE))),
                first_short.map_or("-".into(), |t| s.first_month.plus(t as i64).to_string()),
                format!("{} ({})", pct(Some(worst)), s.first_month.plus(t_worst as i64)),
                big(Some(drawn)),
            ]
        })
        .collect();
    if rows.is_empty() {
        line(out, "No importer runs short.")?;
    } else {
        line(
            out,
            &table(
                &["importer", "demand (t)", "unmet (t)", "unmet %", "short from", "worst month", "stock drawn (t)"],
                &rows,
            ),
        )?;
    }
    if run.price_capped.iter().any(|&c| c) {
        line(
            out,
            "Note: the price hit the model's cap (50x baseline) in some months; shortfalls there are lower bounds.",
        )?;
    }
    for n in notes {
        line(out, &format!("Note: {n}."))?;
    }
    line(out, "Model and its limits: docs/model.md. Monthly figures: --format csv or json.")
}

fn monthly_csv(ds: &Dataset, s: &Scenario, run: &Run, out: &mut Out) -> Result<()> {
    let header = [
        "month",
        "importer",
        "targeted",
        "demand_t",
        "direct_t",
        "rerouted_t",
        "new_supply_t",
        "market_reallocation_t",
        "home_supply_t",
        "stock_draw_t",
        "stock_t",
        "shortfall_t",
        "shortfall_share",
        "price_ratio",
    ];
    let mut rows = Vec::with_capacity(run.months.len());
    for t in 0..run.n_months {
        for (k, c) in run.importers.iter().enumerate() {
            let m = run.at(t, k);
            let price = if m.targeted { run.price_targets[t] } else { run.price_others[t] };
            rows.push(vec![
                s.first_month.plus(t as i64).to_string(),
                ds.country(*c).iso3.clone(),
                m.targeted.to_string(),
                exact(Some(m.demand)),
                exact(Some(m.direct)),
                exact(Some(m.rerouted)),
                exact(Some(m.new_supply)),
                exact(Some(m.market_reallocation)),
                exact(Some(m.home_supply)),
                exact(Some(m.stock_draw)),
                exact(Some(m.stock)),
                exact(Some(m.shortfall)),
                exact((m.demand > 0.0).then(|| m.shortfall / m.demand)),
                exact(Some(price)),
            ]);
        }
    }
    out.write_str(&csv(&header, &rows))
}
