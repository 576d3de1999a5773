//! `critmin market floor|cfd|offtake|standards`: the trade initiative's market measures priced on
//! BACI unit values and stress-test prices (formulas: docs/market.md).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use serde_json::{Value, json};

use critmin_core::{CountryId, Dataset, Economy, KiloUsd, MineralId, Tonnes};
use critmin_data::{ContractSpec, CostRule, FloorPrice};
use critmin_market::{
    BudgetAtRisk, Contract, CostEntry, CostMethod, Coverage, Floor, FloorReport, FlowTotals, Offtake, PriceScale,
    ReferencePath, UsdPerKg, YearPayment, border_adjustment, budget_at_risk, offtake_coverage, payments,
    reference_from_costs, standards_today, standards_under_run,
};
use critmin_sim::{Baseline, Run, Scenario, monte_carlo_map};

use crate::output::{Out, big, csv, exact, num, pct, table, write_file_atomic};
use crate::{Format, usage};

#[derive(clap::Args, Debug)]
pub struct MarketArgs {
    #[command(subcommand)]
    command: MarketCommand,
}

#[derive(Subcommand, Debug)]
enum MarketCommand {
    /// Border adjustment a club collects at price floors (per importer, exporter, HS code).
    Floor(FloorArgs),
    /// Price-gap payments of contracts for difference, and budget at risk over a Monte Carlo ensemble.
    Cfd(CfdArgs),
    /// Share of the members' and the club's imports covered by offtake contracts; sourcing before and after.
    Offtake(OfftakeArgs),
    /// Share of the club's imports certified suppliers could cover, today and under a scenario.
    Standards(StandardsArgs),
}

/// Options every market command has.
#[derive(clap::Args, Debug)]
struct Common {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Where to write the HTML report with charts (default: <file stem>.<command>.report.html here).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Do not write the HTML report.
    #[arg(long, conflicts_with = "report")]
    no_report: bool,
}

#[derive(clap::Args, Debug)]
struct FloorArgs {
    /// Floor file (TOML; see docs/market.md and examples/market/).
    file: PathBuf,
    /// The club (a coalition or a country); overrides the file's `club` (default G7+).
    #[arg(long)]
    club: Option<String>,
    /// Year of trade (default: the file's `year`, else the latest year with trade).
    #[arg(long)]
    year: Option<u16>,
    /// Compare the floors with a stress test's prices instead of the recorded unit values.
    #[arg(long, value_name = "SCENARIO")]
    scenario: Option<PathBuf>,
    /// With --scenario: the calendar year of the run whose mean price ratio scales the unit values
    /// (default: the run's first year).
    #[arg(long)]
    sim_year: Option<u16>,
    /// Rows in the importer, exporter and gainer tables.
    #[arg(long, default_value_t = 10)]
    top: usize,
    #[command(flatten)]
    common: Common,
}

/// What a contract is settled against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Reference {
    /// The contract's market_price in every year.
    Flat,
    /// BACI world import unit values of the contract's HS code, the term replayed over the latest years of data.
    Historical,
    /// The price path of a stress-test run (--scenario), in the producer's market.
    Stress,
}

#[derive(clap::Args, Debug)]
struct CfdArgs {
    /// Contracts file (TOML; see docs/market.md and examples/market/ndpr-cfd.toml).
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = Reference::Flat)]
    reference: Reference,
    /// Scenario file for --reference stress.
    #[arg(long, value_name = "SCENARIO")]
    scenario: Option<PathBuf>,
    /// Monte Carlo runs for the budget at risk (P50/P95), with --reference stress.
    #[arg(long, default_value_t = 0)]
    runs: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Contracts whose whole term ends before this year are rejected (default: the current year).
    #[arg(long)]
    as_of: Option<u16>,
    #[command(flatten)]
    common: Common,
}

#[derive(clap::Args, Debug)]
struct OfftakeArgs {
    /// Offtake file (TOML; see docs/market.md and examples/market/offtakes.toml).
    file: PathBuf,
    #[arg(long)]
    club: Option<String>,
    /// Year of the import demand (default: the latest year with trade).
    #[arg(long)]
    year: Option<u16>,
    /// The supplier whose share is tracked before and after.
    #[arg(long, default_value = "China")]
    supplier: String,
    /// Count only contracts in force in this year (default: all of them).
    #[arg(long)]
    active_in: Option<u16>,
    #[command(flatten)]
    common: Common,
}

#[derive(clap::Args, Debug)]
struct StandardsArgs {
    /// Certified-supplier file (TOML; see docs/market.md and examples/market/certified.toml).
    file: PathBuf,
    #[arg(long)]
    club: Option<String>,
    /// Minerals (default: the file's `minerals`).
    #[arg(long, value_delimiter = ',')]
    minerals: Vec<String>,
    #[arg(long)]
    year: Option<u16>,
    /// A stress-test scenario: coverage of the members' demand by the certified suppliers' exports.
    #[arg(long, value_name = "SCENARIO")]
    scenario: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

pub fn run(ds: &Dataset, args: &MarketArgs, out: &mut Out) -> Result<()> {
    match &args.command {
        MarketCommand::Floor(a) => floor(ds, a, out),
        MarketCommand::Cfd(a) => cfd(ds, a, out),
        MarketCommand::Offtake(a) => offtake(ds, a, out),
        MarketCommand::Standards(a) => standards(ds, a, out),
    }
}

fn musd(kusd: f64) -> String {
    num(Some(kusd / 1000.0), 1)
}

fn latest_year(ds: &Dataset) -> Result<u16> {
    ds.trade.years().last().copied().context("the dataset has no trade")
}

fn check_year(ds: &Dataset, year: u16) -> Result<u16> {
    let years = ds.trade.years();
    if years.contains(&year) {
        Ok(year)
    } else {
        Err(usage(format!(
            "no trade in {year}; trade covers {}-{}",
            years.first().copied().unwrap_or(0),
            years.last().copied().unwrap_or(0)
        )))
    }
}

fn club(ds: &Dataset, arg: &Option<String>, from_file: &Option<Economy>) -> Result<Economy> {
    match (arg, from_file) {
        (Some(name), _) => ds.resolve_economy(name).map_err(|e| usage(format!("--club: {e}"))),
        (None, Some(e)) => Ok(e.clone()),
        (None, None) => ds.resolve_economy("G7+").map_err(|e| usage(e.to_string())),
    }
}

fn notes_text(notes: &[String], buf: &mut String) {
    for n in notes {
        buf.push_str(&format!("Note: {n}.\n"));
    }
}

fn write_report(
    common: &Common,
    file: &Path,
    command: &str,
    title: &str,
    body: &str,
    text: &str,
    out: &mut Out,
) -> Result<()> {
    if common.no_report {
        return Ok(());
    }
    let path = common.report.clone().unwrap_or_else(|| {
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "market".into());
        PathBuf::from(format!("{stem}.{command}.report.html"))
    });
    write_file_atomic(&path, crate::market_report::page(title, body, text).as_bytes())?;
    out.line(&format!("Report with charts: {}", path.display()))
}

/// Loads a scenario and runs it once.
fn stress_run(ds: &Dataset, path: &Path) -> Result<(Scenario, Vec<String>, Baseline, Run)> {
    crate::stress_cmd::load_and_run(ds, path)
}

// ---------------------------------------------------------------- floor

fn cost_method(rule: CostRule) -> CostMethod {
    match rule {
        CostRule::Mean => CostMethod::Mean,
        CostRule::CapacityWeighted => CostMethod::CapacityWeighted,
        CostRule::Max => CostMethod::Max,
        CostRule::Quantile(q) => CostMethod::Quantile(q),
    }
}

fn totals_json(t: &FlowTotals) -> Value {
    json!({
        "club_imports_t": t.club_imports_t, "club_imports_kusd": t.club_imports_kusd,
        "external_t": t.external_t, "external_kusd": t.external_kusd,
        "affected_t": t.affected_t, "affected_kusd": t.affected_kusd,
        "adjustment_kusd": t.adjustment_kusd, "unassessed_kusd": t.unassessed_kusd,
        "effective_rate": t.effective_rate(), "affected_share": t.affected_share(),
        "affected_share_external": t.affected_share_external(),
    })
}

fn floor(ds: &Dataset, a: &FloorArgs, out: &mut Out) -> Result<()> {
    let file = critmin_data::read_floors(ds, &a.file).map_err(|e| usage(e.to_string()))?;
    let club = club(ds, &a.club, &file.club)?;
    let year = match a.year.or(file.year) {
        Some(y) => check_year(ds, y)?,
        None => latest_year(ds)?,
    };
    let costs: Vec<CostEntry> = file
        .costs
        .iter()
        .map(|c| CostEntry {
            producer: c.producer,
            hs6: c.hs6,
            cost: UsdPerKg(c.usd_per_kg),
            capacity: c.capacity_t.map(Tonnes),
        })
        .collect();
    let mut notes = file.notes.clone();
    // Floors grouped by mineral, in file order.
    let mut minerals: Vec<MineralId> = Vec::new();
    let mut floors: Vec<Floor> = Vec::new();
    for f in &file.floors {
        if !minerals.contains(&f.mineral) {
            minerals.push(f.mineral);
        }
        for &hs6 in &f.hs6 {
            let price = match f.price {
                FloorPrice::UsdPerKg(p) => UsdPerKg(p),
                FloorPrice::FromCosts { rule, markup } => {
                    let p = reference_from_costs(&costs, hs6, cost_method(rule), markup)
                        .map_err(|e| usage(format!("{}: {e}", a.file.display())))?;
                    let illustrative = file.costs.iter().any(|c| c.hs6 == hs6 && c.illustrative);
                    notes.push(format!(
                        "the HS {hs6} floor, {} USD/kg, is computed from the cost table ({rule:?}, markup {}){}",
                        num(Some(p.0), 3),
                        pct(Some(markup)),
                        if illustrative { " whose costs are illustrative" } else { "" }
                    ));
                    p
                }
            };
            floors.push(Floor { mineral: f.mineral, hs6, price });
        }
    }
    let mut scale = PriceScale::Recorded;
    let mut scaled_mineral: Option<MineralId> = None;
    let mut basis = format!("BACI unit values of {year}");
    if let Some(path) = &a.scenario {
        let (s, snotes, _, run) = stress_run(ds, path)?;
        if !minerals.contains(&s.mineral) {
            return Err(usage(format!(
                "the scenario simulates {}, which has no floor in {}",
                ds.mineral(s.mineral).name,
                a.file.display()
            )));
        }
        let sim_year = a.sim_year.unwrap_or(s.first_month.year);
        let months: Vec<usize> = (0..run.n_months).filter(|&t| s.first_month.plus(t as i64).year == sim_year).collect();
        let (Some(&first), Some(&last)) = (months.first(), months.last()) else {
            return Err(usage(format!(
                "--sim-year {sim_year}: the run covers {}-{}",
                s.first_month.year,
                s.first_month.plus(run.n_months as i64 - 1).year
            )));
        };
        notes.extend(snotes);
        notes.push(format!(
            "{} unit values are BACI's of {year} times each importer's mean price ratio in stress test '{}' in {sim_year}; other minerals use BACI's",
            ds.mineral(s.mineral).name,
            s.name
        ));
        scale = PriceScale::from_run(&run, first..last + 1);
        scaled_mineral = Some(s.mineral);
        basis = format!("stress test '{}' prices in {sim_year}", s.name);
    }
    let mut reports: Vec<FloorReport> = Vec::new();
    for &m in &minerals {
        let fl: Vec<Floor> = floors.iter().filter(|f| f.mineral == m).cloned().collect();
        let own = if scaled_mineral == Some(m) { &scale } else { &PriceScale::Recorded };
        reports.push(
            border_adjustment(ds, &club, &fl, year, own).map_err(|e| usage(format!("{}: {e}", a.file.display())))?,
        );
    }
    let grand: f64 = reports.iter().map(|r| r.total.adjustment_kusd).sum();
    let name = |c: CountryId| ds.country(c).name.clone();
    match a.common.format {
        Format::Table => {
            let mut text = format!(
                "{}\nBorder adjustment collected by {} ({} members) in {year}, at {basis}.\n\
                 Imports into a member from a non-member below the floor pay (floor - unit value) x tonnes.\n\n",
                if file.name.is_empty() { "Price floors" } else { &file.name },
                club.label,
                club.members.len()
            );
            let mut body = String::new();
            for r in &reports {
                let m = ds.mineral(r.per_floor[0].0.mineral);
                text.push_str(&format!("{}\n", m.name));
                let row = |hs: String, floor: String, t: &FlowTotals| {
                    vec![
                        hs,
                        floor,
                        big(Some(t.club_imports_t)),
                        big(Some(t.external_t)),
                        big(Some(t.affected_t)),
                        pct(t.affected_share()),
                        musd(t.adjustment_kusd),
                        pct(t.effective_rate()),
                        musd(t.unassessed_kusd),
                    ]
                };
                let mut rows: Vec<Vec<String>> =
                    r.per_floor.iter().map(|(f, t)| row(f.hs6.to_string(), num(Some(f.price.0), 2), t)).collect();
                rows.push(row("all".into(), String::new(), &r.total));
                text.push_str(&table(
                    &[
                        "HS",
                        "floor (USD/kg)",
                        "club imports (t)",
                        "from non-members (t)",
                        "below floor (t)",
                        "% of club imports",
                        "adjustment (M USD)",
                        "effective rate",
                        "not assessed (M USD)",
                    ],
                    &rows,
                ));
                text.push('\n');
                let imp: Vec<Vec<String>> = r
                    .by_importer
                    .iter()
                    .filter(|p| p.totals.adjustment_kusd > 0.0)
                    .take(a.top)
                    .map(|p| {
                        vec![
                            name(p.country),
                            musd(p.totals.adjustment_kusd),
                            pct(p.totals.effective_rate()),
                            big(Some(p.totals.affected_t)),
                        ]
                    })
                    .collect();
                let exp: Vec<Vec<String>> = r
                    .by_exporter
                    .iter()
                    .filter(|p| p.totals.adjustment_kusd > 0.0)
                    .take(a.top)
                    .map(|p| {
                        vec![
                            name(p.country),
                            musd(p.totals.adjustment_kusd),
                            big(Some(p.totals.affected_t)),
                            num(
                                UsdPerKg::unit_value(KiloUsd(p.totals.affected_kusd), Tonnes(p.totals.affected_t))
                                    .map(|u| u.0),
                                2,
                            ),
                        ]
                    })
                    .collect();
                if !imp.is_empty() {
                    text.push_str("Collected by importer\n");
                    text.push_str(&table(
                        &["importer", "adjustment (M USD)", "effective rate", "below floor (t)"],
                        &imp,
                    ));
                    text.push_str("\nPaid on exports of\n");
                    text.push_str(&table(
                        &["exporter", "adjustment (M USD)", "below floor (t)", "their unit value (USD/kg)"],
                        &exp,
                    ));
                    text.push('\n');
                }
                let gain: Vec<Vec<String>> = r
                    .gainers
                    .iter()
                    .take(a.top)
                    .map(|g| {
                        vec![
                            name(g.country),
                            if g.member { "member".into() } else { "at/above floor".into() },
                            big(Some(g.into_club_free_t)),
                            big(Some(g.redirectable_t)),
                        ]
                    })
                    .collect();
                if !gain.is_empty() {
                    text.push_str(&format!(
                        "Who would gain by moving supply inside the club ({} t pay the adjustment)\n",
                        big(Some(r.total.affected_t))
                    ));
                    text.push_str(&table(
                        &[
                            "supplier",
                            "pays nothing as",
                            "ships into the club today (t)",
                            "could redirect into the club (t)",
                        ],
                        &gain,
                    ));
                    text.push('\n');
                }
                for (parties, what) in [
                    (&r.by_exporter, "adjustment paid on exports of"),
                    (&r.by_importer, "adjustment collected by importer"),
                ] {
                    let bars: Vec<(String, f64)> = parties
                        .iter()
                        .filter(|p| p.totals.adjustment_kusd > 0.0)
                        .take(10)
                        .map(|p| (name(p.country), p.totals.adjustment_kusd / 1000.0))
                        .collect();
                    body.push_str(&crate::market_report::bars(&format!("{}: {what} (M USD)", m.name), &bars, "M USD"));
                }
            }
            text.push_str(&format!("Total border adjustment: {} million USD.\n", musd(grand)));
            notes_text(&notes, &mut text);
            text.push_str("Method and limits: docs/market.md. Every flow: --format csv or json.\n");
            out.write_str(&text)?;
            write_report(&a.common, &a.file, "floor", "Price floors with border adjustments", &body, &text, out)
        }
        Format::Json => {
            let minerals: Vec<Value> = reports
                .iter()
                .map(|r| {
                    let party = |p: &critmin_market::PartyTotals| {
                        json!({"iso3": ds.country(p.country).iso3, "name": name(p.country), "totals": totals_json(&p.totals)})
                    };
                    json!({
                        "mineral": ds.mineral(r.per_floor[0].0.mineral).name,
                        "floors": r.per_floor.iter().map(|(f, t)| json!({"hs6": f.hs6, "floor_usd_per_kg": f.price.0, "totals": totals_json(t)})).collect::<Vec<_>>(),
                        "total": totals_json(&r.total),
                        "by_importer": r.by_importer.iter().map(party).collect::<Vec<_>>(),
                        "by_exporter": r.by_exporter.iter().map(party).collect::<Vec<_>>(),
                        "gainers": r.gainers.iter().map(|g| json!({"iso3": ds.country(g.country).iso3, "member": g.member,
                            "into_club_free_t": g.into_club_free_t, "redirectable_t": g.redirectable_t, "redirectable_kusd": g.redirectable_kusd})).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let js = json!({"club": club.label, "year": year, "basis": basis, "adjustment_kusd": grand, "minerals": minerals, "notes": notes});
            out.line(&serde_json::to_string_pretty(&js)?)
        }
        Format::Csv => {
            let header = [
                "mineral",
                "hs6",
                "floor_usd_per_kg",
                "level",
                "country",
                "club_imports_t",
                "external_t",
                "external_kusd",
                "affected_t",
                "adjustment_kusd",
                "effective_rate",
                "unassessed_kusd",
            ];
            let mut rows = Vec::new();
            for r in &reports {
                let mname = ds.mineral(r.per_floor[0].0.mineral).name.clone();
                let row = |hs: String, floor: String, level: &str, country: String, t: &FlowTotals| {
                    vec![
                        mname.clone(),
                        hs,
                        floor,
                        level.to_string(),
                        country,
                        exact(Some(t.club_imports_t)),
                        exact(Some(t.external_t)),
                        exact(Some(t.external_kusd)),
                        exact(Some(t.affected_t)),
                        exact(Some(t.adjustment_kusd)),
                        exact(t.effective_rate()),
                        exact(Some(t.unassessed_kusd)),
                    ]
                };
                for (f, t) in &r.per_floor {
                    rows.push(row(f.hs6.to_string(), exact(Some(f.price.0)), "hs", String::new(), t));
                }
                rows.push(row(String::new(), String::new(), "total", String::new(), &r.total));
                for p in &r.by_importer {
                    rows.push(row(
                        String::new(),
                        String::new(),
                        "importer",
                        ds.country(p.country).iso3.clone(),
                        &p.totals,
                    ));
                }
                for p in &r.by_exporter {
                    rows.push(row(
                        String::new(),
                        String::new(),
                        "exporter",
                        ds.country(p.country).iso3.clone(),
                        &p.totals,
                    ));
                }
            }
            out.write_str(&csv(&header, &rows))
        }
    }
}

// ---------------------------------------------------------------- cfd

fn current_year() -> u16 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Civil year from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    u16::try_from(year).unwrap_or(u16::MAX)
}

fn contract(s: &ContractSpec) -> Contract {
    Contract {
        name: s.name.clone(),
        producer: s.producer,
        mineral: s.mineral,
        hs6: s.hs6,
        strike: UsdPerKg(s.strike_usd_per_kg),
        tonnes_per_year: Tonnes(s.tonnes_per_year),
        start_year: s.start_year,
        years: s.years,
        cap: s.cap_usd_per_kg.map(UsdPerKg),
    }
}

fn hs_of(ds: &Dataset, c: &Contract) -> Vec<u32> {
    c.hs6.map_or_else(|| ds.mineral(c.mineral).hs_codes().collect(), |h| vec![h])
}

/// The base price a stress-test ratio multiplies: the contract's market price, else BACI's world
/// unit value of its HS codes in the scenario's baseline year.
fn stress_base(
    ds: &Dataset,
    s: &Scenario,
    spec: &ContractSpec,
    c: &Contract,
    notes: &mut Vec<String>,
) -> Result<UsdPerKg> {
    if let Some(p) = spec.market_price_usd_per_kg {
        return Ok(UsdPerKg(p));
    }
    let path = ReferencePath::historical(ds, &hs_of(ds, c), s.baseline_year, s.baseline_year);
    let p = path
        .price(s.baseline_year)
        .with_context(|| format!("no unit value for '{}' in {}", c.name, s.baseline_year))?;
    notes.push(format!(
        "'{}' has no market_price: the stress path starts from the {} BACI unit value, {} USD/kg",
        c.name,
        s.baseline_year,
        num(Some(p.0), 2)
    ));
    Ok(p)
}

fn cfd(ds: &Dataset, a: &CfdArgs, out: &mut Out) -> Result<()> {
    let as_of = a.as_of.unwrap_or_else(current_year);
    let file = critmin_data::read_contracts(ds, &a.file, as_of).map_err(|e| usage(e.to_string()))?;
    let contracts: Vec<Contract> = file.contracts.iter().map(contract).collect();
    for c in &contracts {
        c.validate(as_of).map_err(|e| usage(format!("{}: {e}", a.file.display())))?;
    }
    let mut notes = file.notes.clone();
    if a.runs > 0 && a.reference != Reference::Stress {
        return Err(usage("--runs needs --reference stress and --scenario"));
    }
    // One (contract, shown contract, path) per contract; the shown contract differs when history is replayed.
    let mut rows: Vec<(Contract, Vec<YearPayment>, String)> = Vec::new();
    let mut bar: Option<BudgetAtRisk> = None;
    match a.reference {
        Reference::Flat => {
            for (spec, c) in file.contracts.iter().zip(&contracts) {
                let p = spec.market_price_usd_per_kg.ok_or_else(|| {
                    usage(format!(
                        "{}: contract '{}' has no market_price; --reference flat needs one",
                        a.file.display(),
                        c.name
                    ))
                })?;
                let path = ReferencePath::flat("market price", c.start_year, c.years, UsdPerKg(p));
                rows.push((c.clone(), payments(c, &path), format!("flat market price {} USD/kg", num(Some(p), 2))));
            }
        }
        Reference::Historical => {
            let last = latest_year(ds)?;
            for c in &contracts {
                let first = last.saturating_sub(c.years - 1);
                let replay = Contract { start_year: first, ..c.clone() };
                let path = ReferencePath::historical(ds, &hs_of(ds, c), first, last);
                rows.push((
                    replay.clone(),
                    payments(&replay, &path),
                    format!("{} (term replayed over {first}-{last})", path.label),
                ));
            }
            notes.push("BACI unit values average every product under an HS code (HS 284690 holds all rare-earth compounds, most far cheaper than NdPr oxide): they are a reference for the code, not a product's market price".into());
        }
        Reference::Stress => {
            let path = a.scenario.as_ref().ok_or_else(|| usage("--reference stress needs --scenario FILE"))?;
            let (s, snotes, base, run) = stress_run(ds, path)?;
            notes.extend(snotes);
            let mut bases = Vec::new();
            for (spec, c) in file.contracts.iter().zip(&contracts) {
                if c.mineral != s.mineral {
                    return Err(usage(format!(
                        "contract '{}' is for {} but the scenario simulates {}",
                        c.name,
                        ds.mineral(c.mineral).name,
                        ds.mineral(s.mineral).name
                    )));
                }
                let b = stress_base(ds, &s, spec, c, &mut notes)?;
                bases.push(b);
                let label = format!("stress test '{}' in {}'s market", s.name, ds.country(c.producer).name);
                let p = ReferencePath::from_run(&label, &run, s.first_month, b, c.producer);
                rows.push((c.clone(), payments(c, &p), label));
            }
            notes.push(format!(
                "the run covers {} to {}: years of a term outside it have no reference price and no payment",
                s.first_month,
                s.first_month.plus(run.n_months as i64 - 1)
            ));
            if a.runs > 0 {
                if s.uncertain.is_empty() {
                    notes.push(
                        "the scenario gives no parameter a distribution, so every Monte Carlo run is the same".into(),
                    );
                }
                let paths = monte_carlo_map(&base, &s, a.runs, a.seed, &|_, run: &Run| {
                    contracts
                        .iter()
                        .zip(&bases)
                        .map(|(c, b)| ReferencePath::from_run("run", run, s.first_month, *b, c.producer))
                        .collect::<Vec<_>>()
                })
                .map_err(|e| usage(format!("{}: {e}", path.display())))?;
                bar = Some(budget_at_risk(&contracts, &paths));
            }
        }
    }
    let all_years = |rows: &[(Contract, Vec<YearPayment>, String)]| -> Vec<(u16, Option<f64>)> {
        let first = rows.iter().map(|r| r.0.start_year).min().unwrap_or(0);
        let last = rows.iter().map(|r| r.0.end_year()).max().unwrap_or(0);
        (first..=last)
            .map(|y| {
                let mut sum = Some(0.0);
                for (_, ps, _) in rows {
                    if let Some(p) = ps.iter().find(|p| p.year == y) {
                        sum = sum.zip(p.payment).map(|(s, k)| s + k.0);
                    }
                }
                (y, sum)
            })
            .collect()
    };
    let yearly_total = all_years(&rows);
    match a.common.format {
        Format::Table => {
            let mut text = String::from("Price-gap payments (contracts for difference)\n\n");
            let mut body = String::new();
            for (c, ps, label) in &rows {
                text.push_str(&format!(
                    "{} - {} in {}, strike {} USD/kg{}, {} t a year, {}-{}; reference: {label}\n",
                    c.name,
                    ds.mineral(c.mineral).name,
                    ds.country(c.producer).name,
                    num(Some(c.strike.0), 2),
                    c.cap.map_or(String::new(), |k| format!(", cap {} USD/kg", num(Some(k.0), 2))),
                    big(Some(c.tonnes_per_year.0)),
                    c.start_year,
                    c.end_year()
                ));
                let trs: Vec<Vec<String>> = ps
                    .iter()
                    .map(|p| {
                        vec![
                            p.year.to_string(),
                            num(p.reference.map(|r| r.0), 2),
                            num(p.reference.map(|r| (c.strike.0 - r.0).max(0.0)), 2),
                            p.payment.map_or("-".into(), |k| musd(k.0)),
                        ]
                    })
                    .collect();
                text.push_str(&table(&["year", "reference (USD/kg)", "gap (USD/kg)", "payment (M USD)"], &trs));
                let total: f64 = ps.iter().filter_map(|p| p.payment).map(|k| k.0).sum();
                let priced = ps.iter().filter(|p| p.payment.is_some()).count();
                text.push_str(&format!(
                    "\nTotal over the {priced} priced years of {}: {} million USD.\n\n",
                    ps.len(),
                    musd(total)
                ));
                let bars: Vec<(String, f64)> =
                    ps.iter().filter_map(|p| p.payment.map(|k| (p.year.to_string(), k.0 / 1000.0))).collect();
                body.push_str(&crate::market_report::bars(
                    &format!("{}: yearly payment (M USD)", c.name),
                    &bars,
                    "M USD",
                ));
            }
            if rows.len() > 1 {
                let trs: Vec<Vec<String>> =
                    yearly_total.iter().map(|(y, s)| vec![y.to_string(), s.map_or("-".into(), musd)]).collect();
                text.push_str("All contracts\n");
                text.push_str(&table(&["year", "payments (M USD)"], &trs));
                text.push('\n');
            }
            if let Some(b) = &bar {
                text.push_str(&format!("Budget at risk: {} Monte Carlo runs, seed {}\n", b.runs, a.seed));
                let trs: Vec<Vec<String>> = b
                    .yearly
                    .iter()
                    .map(|q| {
                        if q.runs_priced == 0 {
                            vec![q.year.to_string(), "-".into(), "-".into()]
                        } else {
                            vec![q.year.to_string(), musd(q.p50), musd(q.p95)]
                        }
                    })
                    .collect();
                text.push_str(&table(&["year", "P50 (M USD)", "P95 (M USD)"], &trs));
                text.push_str(&format!(
                    "\nTotal over the term: P50 {} million USD, P95 {} million USD.\n",
                    musd(b.total_p50),
                    musd(b.total_p95)
                ));
                let bars: Vec<(String, f64)> = b
                    .yearly
                    .iter()
                    .filter(|q| q.runs_priced > 0)
                    .flat_map(|q| {
                        [(format!("{} P50", q.year), q.p50 / 1000.0), (format!("{} P95", q.year), q.p95 / 1000.0)]
                    })
                    .collect();
                body.push_str(&crate::market_report::bars(
                    "Budget at risk: yearly payments, P50 and P95 (M USD)",
                    &bars,
                    "M USD",
                ));
            }
            notes_text(&notes, &mut text);
            text.push_str("Method and limits: docs/market.md.\n");
            out.write_str(&text)?;
            write_report(&a.common, &a.file, "cfd", "Price-gap payments", &body, &text, out)
        }
        Format::Json => {
            let contracts: Vec<Value> = rows
                .iter()
                .map(|(c, ps, label)| {
                    json!({
                        "name": c.name, "producer": ds.country(c.producer).iso3, "mineral": ds.mineral(c.mineral).name,
                        "strike_usd_per_kg": c.strike.0, "cap_usd_per_kg": c.cap.map(|k| k.0), "tonnes_per_year": c.tonnes_per_year.0,
                        "start_year": c.start_year, "end_year": c.end_year(), "reference": label,
                        "years": ps.iter().map(|p| json!({"year": p.year, "reference_usd_per_kg": p.reference.map(|r| r.0),
                            "payment_kusd": p.payment.map(|k| k.0)})).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let mut js = json!({
                "contracts": contracts,
                "yearly_total_kusd": yearly_total.iter().map(|(y, s)| json!({"year": y, "payment_kusd": s})).collect::<Vec<_>>(),
                "notes": notes,
            });
            if let Some(b) = &bar {
                js["budget_at_risk"] = json!({
                    "runs": b.runs, "seed": a.seed, "total_p50_kusd": b.total_p50, "total_p95_kusd": b.total_p95,
                    "yearly": b.yearly.iter().map(|q| json!({"year": q.year, "p50_kusd": q.p50, "p95_kusd": q.p95, "runs_priced": q.runs_priced})).collect::<Vec<_>>(),
                });
            }
            out.line(&serde_json::to_string_pretty(&js)?)
        }
        Format::Csv => {
            let mut trs = Vec::new();
            for (c, ps, _) in &rows {
                for p in ps {
                    trs.push(vec![
                        c.name.clone(),
                        p.year.to_string(),
                        exact(Some(c.strike.0)),
                        exact(p.reference.map(|r| r.0)),
                        exact(Some(c.tonnes_per_year.0)),
                        exact(p.payment.map(|k| k.0)),
                    ]);
                }
            }
            out.write_str(&csv(
                &["contract", "year", "strike_usd_per_kg", "reference_usd_per_kg", "tonnes", "payment_kusd"],
                &trs,
            ))
        }
    }
}

// ---------------------------------------------------------------- offtake

fn offtake(ds: &Dataset, a: &OfftakeArgs, out: &mut Out) -> Result<()> {
    let file = critmin_data::read_offtakes(ds, &a.file).map_err(|e| usage(e.to_string()))?;
    let club = club(ds, &a.club, &file.club)?;
    let year = match a.year {
        Some(y) => check_year(ds, y)?,
        None => latest_year(ds)?,
    };
    let supplier = ds.resolve_country(&a.supplier).map_err(|e| usage(format!("--supplier: {e}")))?;
    let offtakes: Vec<Offtake> = file
        .offtakes
        .iter()
        .map(|o| Offtake {
            name: o.name.clone(),
            buyer: o.buyer,
            seller: o.seller,
            mineral: o.mineral,
            tonnes_per_year: Tonnes(o.tonnes_per_year),
            start_year: o.start_year,
            years: o.years,
        })
        .collect();
    let mut minerals: Vec<MineralId> = Vec::new();
    for o in &offtakes {
        if !minerals.contains(&o.mineral) {
            minerals.push(o.mineral);
        }
    }
    let mut covs: Vec<Coverage> = Vec::new();
    for &m in &minerals {
        covs.push(
            offtake_coverage(ds, &club, m, year, &offtakes, Some(supplier), a.active_in)
                .map_err(|e| usage(format!("{}: {e}", a.file.display())))?,
        );
    }
    let sname = ds.country(supplier).name.clone();
    match a.common.format {
        Format::Table => {
            let mut text = format!(
                "Offtake coverage of {} imports in {year}{}\n\n",
                club.label,
                a.active_in.map_or(" (every contract at its yearly volume)".into(), |y| format!(
                    " (contracts in force in {y})"
                ))
            );
            let mut body = String::new();
            for c in &covs {
                text.push_str(&format!("{}: {} contracts\n", ds.mineral(c.mineral).name, c.n_contracts));
                let mut rows: Vec<Vec<String>> = c
                    .members
                    .iter()
                    .filter(|m| m.contracted_t > 0.0)
                    .map(|m| {
                        vec![
                            ds.country(m.country).name.clone(),
                            big(Some(m.imports_t)),
                            big(Some(m.contracted_t)),
                            pct(m.covered_share),
                        ]
                    })
                    .collect();
                rows.push(vec![
                    format!("{} (all members)", club.label),
                    big(Some(c.club_imports_t)),
                    big(Some(c.club_contracted_t)),
                    pct(c.club_covered_share),
                ]);
                text.push_str(&table(&["buyer", "imports (t)", "contracted (t/year)", "covered"], &rows));
                let top = |s: &critmin_market::Sourcing| {
                    s.top
                        .iter()
                        .take(3)
                        .map(|(c, x)| format!("{} {}", ds.country(*c).iso3, pct(Some(*x))))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let srows = vec![
                    vec![
                        "before".into(),
                        num(Some(c.before.hhi), 3),
                        pct(c.before.supplier_share),
                        pct(Some(c.before.external_share)),
                        top(&c.before),
                    ],
                    vec![
                        "after".into(),
                        num(Some(c.after.hhi), 3),
                        pct(c.after.supplier_share),
                        pct(Some(c.after.external_share)),
                        top(&c.after),
                    ],
                ];
                text.push_str(&format!("\nSourcing of {} imports (members count as suppliers)\n", club.label));
                text.push_str(&table(
                    &["", "HHI", &format!("share from {sname}"), "from non-members", "largest suppliers"],
                    &srows,
                ));
                if c.excess_t > 0.0 {
                    text.push_str(&format!(
                        "\n{} t contracted beyond what the buyers import is not counted.\n",
                        big(Some(c.excess_t))
                    ));
                }
                text.push('\n');
                let bars: Vec<(String, f64)> = c
                    .members
                    .iter()
                    .filter(|m| m.contracted_t > 0.0)
                    .map(|m| (ds.country(m.country).name.clone(), 100.0 * m.covered_share.unwrap_or(0.0)))
                    .chain(std::iter::once((club.label.clone(), 100.0 * c.club_covered_share.unwrap_or(0.0))))
                    .collect();
                body.push_str(&crate::market_report::bars(
                    &format!("{}: share of imports covered (%)", ds.mineral(c.mineral).name),
                    &bars,
                    "%",
                ));
            }
            notes_text(&file.notes, &mut text);
            text.push_str("Offtake tonnes are gross tonnes of the traded products, as BACI counts imports. Method: docs/market.md.\n");
            out.write_str(&text)?;
            write_report(&a.common, &a.file, "offtake", "Offtake coverage", &body, &text, out)
        }
        Format::Json => {
            let sourcing = |s: &critmin_market::Sourcing| {
                json!({"total_t": s.total_t, "hhi": s.hhi, "supplier_share": s.supplier_share, "external_share": s.external_share,
                       "top": s.top.iter().map(|(c, x)| json!({"iso3": ds.country(*c).iso3, "share": x})).collect::<Vec<_>>()})
            };
            let minerals: Vec<Value> = covs
                .iter()
                .map(|c| {
                    json!({
                        "mineral": ds.mineral(c.mineral).name, "year": c.year, "contracts": c.n_contracts,
                        "club_imports_t": c.club_imports_t, "club_contracted_t": c.club_contracted_t,
                        "club_covered_share": c.club_covered_share, "excess_t": c.excess_t,
                        "members": c.members.iter().map(|m| json!({"iso3": ds.country(m.country).iso3, "imports_t": m.imports_t,
                            "contracted_t": m.contracted_t, "covered_share": m.covered_share})).collect::<Vec<_>>(),
                        "before": sourcing(&c.before), "after": sourcing(&c.after),
                    })
                })
                .collect();
            let js = json!({"club": club.label, "year": year, "supplier": ds.country(supplier).iso3, "minerals": minerals, "notes": file.notes});
            out.line(&serde_json::to_string_pretty(&js)?)
        }
        Format::Csv => {
            let mut rows = Vec::new();
            for c in &covs {
                for m in &c.members {
                    rows.push(vec![
                        ds.mineral(c.mineral).name.clone(),
                        ds.country(m.country).iso3.clone(),
                        exact(Some(m.imports_t)),
                        exact(Some(m.contracted_t)),
                        exact(m.covered_share),
                    ]);
                }
                rows.push(vec![
                    ds.mineral(c.mineral).name.clone(),
                    club.label.clone(),
                    exact(Some(c.club_imports_t)),
                    exact(Some(c.club_contracted_t)),
                    exact(c.club_covered_share),
                ]);
            }
            out.write_str(&csv(&["mineral", "buyer", "imports_t", "contracted_t", "covered_share"], &rows))
        }
    }
}

// ---------------------------------------------------------------- standards

/// The standards table's columns: (table heading, CSV heading).
const STANDARDS_COLUMNS: [(&str, &str); 6] = [
    ("mineral", "mineral"),
    ("club imports (t)", "club_imports_t"),
    ("from certified (t)", "from_certified_t"),
    ("share today", "current_share"),
    ("certified exports (t)", "certified_exports_t"),
    ("could cover", "coverable_share"),
];

/// The figures of one standards row, in the order of [`STANDARDS_COLUMNS`] after the mineral.
fn standards_values(t: &critmin_market::StandardsToday) -> [Option<f64>; 5] {
    [Some(t.club_imports_t), Some(t.from_certified_t), t.current_share, Some(t.certified_exports_t), t.coverable_share]
}

fn standards(ds: &Dataset, a: &StandardsArgs, out: &mut Out) -> Result<()> {
    let file = critmin_data::read_certified(ds, &a.file).map_err(|e| usage(e.to_string()))?;
    let club = club(ds, &a.club, &file.club)?;
    let year = match a.year {
        Some(y) => check_year(ds, y)?,
        None => latest_year(ds)?,
    };
    let minerals: Vec<MineralId> = if a.minerals.is_empty() {
        file.minerals.clone()
    } else {
        a.minerals
            .iter()
            .map(|m| ds.resolve_mineral(m).map_err(|e| usage(format!("--minerals: {e}"))))
            .collect::<Result<_>>()?
    };
    if minerals.is_empty() {
        return Err(usage(format!("{}: name the minerals with `minerals = [...]` or --minerals", a.file.display())));
    }
    let mut notes = file.notes.clone();
    let mut today = Vec::new();
    for &m in &minerals {
        today.push(
            standards_today(ds, &club, m, year, &file.suppliers)
                .map_err(|e| usage(format!("{}: {e}", a.file.display())))?,
        );
    }
    let scenario = match &a.scenario {
        Some(path) => {
            let (s, snotes, _, run) = stress_run(ds, path)?;
            notes.extend(snotes);
            Some((s.clone(), standards_under_run(&run, &club, &file.suppliers)))
        }
        None => None,
    };
    match a.common.format {
        Format::Table => {
            let mut text = format!(
                "Standards-based market '{}': {} certified suppliers; demand of {} in {year}\n\n",
                file.name,
                file.suppliers.len(),
                club.label
            );
            let rows: Vec<Vec<String>> = today
                .iter()
                .map(|t| {
                    let [imports, certified, share, exports, cover] = standards_values(t);
                    vec![
                        ds.mineral(t.mineral).name.clone(),
                        big(imports),
                        big(certified),
                        pct(share),
                        big(exports),
                        pct(cover),
                    ]
                })
                .collect();
            let header: Vec<&str> = STANDARDS_COLUMNS.iter().map(|c| c.0).collect();
            text.push_str(&table(&header, &rows));
            text.push('\n');
            let mut body = String::new();
            let bars: Vec<(String, f64)> = today
                .iter()
                .flat_map(|t| {
                    let n = &ds.mineral(t.mineral).name;
                    [
                        (format!("{n}: today"), 100.0 * t.current_share.unwrap_or(0.0)),
                        (format!("{n}: could cover"), 100.0 * t.coverable_share.unwrap_or(0.0)),
                    ]
                })
                .collect();
            body.push_str(&crate::market_report::bars(
                "Share of club imports from certified suppliers (%)",
                &bars,
                "%",
            ));
            if let Some((s, r)) = &scenario {
                text.push_str(&format!(
                    "Under stress test '{}' ({}, {} months from {}): certified suppliers' exports could cover {} of the members' demand; worst month {}\n",
                    s.name,
                    ds.mineral(s.mineral).name,
                    s.n_months,
                    s.first_month,
                    pct(r.coverable_share),
                    r.worst_month.map_or("-".into(), |(t, x)| format!("{} ({})", s.first_month.plus(t as i64), pct(Some(x))))
                ));
            }
            notes_text(&notes, &mut text);
            text.push_str("\"Could cover\" counts all of the certified suppliers' exports, wherever they go today. Method: docs/market.md.\n");
            out.write_str(&text)?;
            write_report(&a.common, &a.file, "standards", "Standards-based market", &body, &text, out)
        }
        Format::Json => {
            let js = json!({
                "name": file.name, "club": club.label, "year": year,
                "suppliers": file.suppliers.iter().map(|c| ds.country(*c).iso3.clone()).collect::<Vec<_>>(),
                "minerals": today.iter().map(|t| json!({"mineral": ds.mineral(t.mineral).name, "club_imports_t": t.club_imports_t,
                    "from_certified_t": t.from_certified_t, "current_share": t.current_share,
                    "certified_exports_t": t.certified_exports_t, "coverable_share": t.coverable_share})).collect::<Vec<_>>(),
                "scenario": scenario.as_ref().map(|(s, r)| json!({"name": s.name, "coverable_share": r.coverable_share,
                    "worst_month": r.worst_month.map(|(t, x)| json!({"month": s.first_month.plus(t as i64).to_string(), "share": x})),
                    "club_demand_t": r.club_demand_t, "certified_exports_t": r.certified_exports_t})),
                "notes": notes,
            });
            out.line(&serde_json::to_string_pretty(&js)?)
        }
        Format::Csv => {
            let rows: Vec<Vec<String>> = today
                .iter()
                .map(|t| {
                    std::iter::once(ds.mineral(t.mineral).name.clone())
                        .chain(standards_values(t).into_iter().map(exact))
                        .collect()
                })
                .collect();
            let header: Vec<&str> = STANDARDS_COLUMNS.iter().map(|c| c.1).collect();
            out.write_str(&csv(&header, &rows))
        }
    }
}
