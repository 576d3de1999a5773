//! `critmin`: the command-line tool. Thin glue: parse arguments, load the data, call the
//! libraries, print. Exit codes: 0 ok, 2 usage (bad arguments, unknown names or years), 1 data
//! or runtime error.

mod backtest_cmd;
mod catalog;
mod geopolrisk_cmd;
mod market_cmd;
mod market_report;
mod output;
mod report;
mod respond_cmd;
mod risk_cmd;
mod serve_cmd;
mod stress_cmd;
mod watch_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use critmin_data::Loaded;

/// critmin: critical-minerals supply security from real data.
#[derive(Parser, Debug)]
#[command(name = "critmin", version, about, long_about = None)]
struct Cli {
    /// Data folder (default: the dataset bundled with critmin, or $CRITMIN_DATA).
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Extra coalitions from a TOML file (same format as data/coalitions.toml).
    #[arg(long, global = true, value_name = "FILE")]
    coalitions: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Output format of tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Minerals: names, symbols, aliases, HS codes, stage, unit, recycling rate.
    Minerals {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Countries: BACI code, ISO codes, name, aliases.
    Countries {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Coalitions: name, members, source.
    Coalitions {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// About the dataset.
    Data {
        #[command(subcommand)]
        command: DataCommand,
    },
    /// Supply-risk figures of minerals for importers or coalitions: one table per importer.
    Risk(risk_cmd::RiskArgs),
    /// GeoPolRisk scores (the reference tool's columns), as CSV.
    Geopolrisk(geopolrisk_cmd::GeoPolRiskArgs),
    /// Run a stress-test scenario (export restrictions, outages, responses) month by month.
    Stress(stress_cmd::StressArgs),
    /// Compare a historical scenario's predicted trade with what BACI recorded afterwards.
    Backtest(backtest_cmd::BacktestArgs),
    /// Market measures: price floors with border adjustments, price-gap payments (CfD), offtake
    /// coverage, certified suppliers.
    Market(market_cmd::MarketArgs),
    /// Rapid response: a scenario's shortfalls met from declared stockpiles, with and without
    /// coordination; the optimal delivery plan (HiGHS) and what binds; the collective action calculator.
    Respond(respond_cmd::RespondArgs),
    /// News intake: articles in 12 languages to dated, structured events; evaluation.
    Watch(watch_cmd::WatchArgs),
    /// The partners' exchange: an HTTP server with audited declarations, analyses and a dashboard (docs/server.md).
    Serve(serve_cmd::ServeArgs),
    /// The exchange's participants and API tokens (create, token, revoke, bootstrap the first coordinator).
    Admin(serve_cmd::AdminArgs),
    /// The exchange's audit log: `critmin audit verify` checks the hash chain.
    Audit(serve_cmd::AuditArgs),
}

#[derive(Subcommand, Debug)]
enum DataCommand {
    /// Provenance, licences, row counts, years covered and the loader's diagnostics.
    Info {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// An error in what the user asked for (exit code 2), as opposed to a data or runtime error.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for UsageError {}

/// Shorthand for a usage error.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg.into()))
}

fn load(cli: &Cli) -> Result<Loaded> {
    let dir = match &cli.data {
        Some(d) => d.clone(),
        None => critmin_data::bundled_data_dir().context(
            "no bundled data found: pass --data DIR or set CRITMIN_DATA to the data/ folder of a critmin checkout",
        )?,
    };
    let mut loaded = critmin_data::load(&dir).with_context(|| format!("loading the dataset in {}", dir.display()))?;
    if let Some(file) = &cli.coalitions {
        critmin_data::add_user_coalitions(&mut loaded.dataset, file).map_err(|e| usage(e.to_string()))?;
    }
    Ok(loaded)
}

fn run(cli: Cli) -> Result<()> {
    if let Command::Watch(args) = &cli.command {
        return watch_cmd::run(args); // needs no dataset
    }
    if let Command::Audit(args) = &cli.command {
        return serve_cmd::audit(args); // needs no dataset
    }
    if let Command::Serve(args) = &cli.command {
        return serve_cmd::serve(load(&cli)?, args);
    }
    let loaded = load(&cli)?;
    let ds = &loaded.dataset;
    let mut out = output::Out::stdout();
    match &cli.command {
        Command::Minerals { format } => catalog::minerals(ds, *format, &mut out),
        Command::Countries { format } => catalog::countries(ds, *format, &mut out),
        Command::Coalitions { format } => catalog::coalitions(ds, *format, &mut out),
        Command::Data { command: DataCommand::Info { format } } => catalog::data_info(&loaded, *format, &mut out),
        Command::Risk(args) => risk_cmd::run(ds, args, &mut out),
        Command::Geopolrisk(args) => geopolrisk_cmd::run(ds, args, &mut out),
        Command::Stress(args) => stress_cmd::run(ds, args, &mut out),
        Command::Backtest(args) => backtest_cmd::run(ds, args, &mut out),
        Command::Market(args) => market_cmd::run(ds, args, &mut out),
        Command::Respond(args) => respond_cmd::run(&loaded, args, &mut out),
        Command::Watch(_) => Ok(()), // handled above
        Command::Admin(args) => serve_cmd::admin(&loaded, args),
        Command::Serve(_) | Command::Audit(_) => Ok(()), // handled above
    }?;
    out.flush()
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let code = if e.downcast_ref::<UsageError>().is_some() { 2 } else { 1 };
            eprintln!("error: {e:#}");
            ExitCode::from(code)
        }
    }
}
