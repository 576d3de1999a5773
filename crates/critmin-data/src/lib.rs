//! critmin's data files: the bundled world dataset in Parquet, its provenance, and coalitions.
//!
//! This is the only crate that knows file formats. [`load`] reads a data folder (the bundled
//! `data/` by default, see [`bundled_data_dir`]) into a [`critmin_core::Dataset`] and reports
//! what it found odd as [`Diagnostic`]s, which are never fatal. [`write_dataset`] is the other
//! direction, used by `cargo xtask data`; every write goes to a temporary file that is renamed
//! into place, so a failed build leaves the old files intact.
//!
//! Layout of a data folder:
//! - `trade.parquet`: year, exporter, importer (BACI codes), hs6, value_kusd, quantity_t (nullable)
//! - `production.parquet`: commodity (WMD sheet), country_code, year, value (nullable), unit
//! - `wgi.parquet`: country_code, iso3, year, estimate (nullable)
//! - `countries.parquet`, `minerals.parquet`: reference tables (lists are `;`-separated strings)
//! - `coalitions.toml`: named groups of countries; `provenance.toml`: sources, licences, counts
//!
//! Beside the files: [`run_scenario`] (a scenario file run once), [`plan_input`] (declarations and
//! a run's shortfalls assembled into a response plan's input) and [`json`] (the JSON of analysis
//! results), which the CLI and the server share.

mod coalitions;
mod diagnostics;
mod error;
pub mod json;
mod market_file;
mod parquet_io;
mod plan_input;
mod provenance;
mod respond_file;
mod scenario_file;
mod scenario_run;
mod tables;

use std::path::{Path, PathBuf};

pub use coalitions::{CoalitionSpec, parse_coalitions, resolve_coalitions};
pub use diagnostics::{Diagnostic, dataset_diagnostics};
pub use error::DataError;
pub use market_file::{
    CertifiedFile, ContractFile, ContractSpec, CostRule, CostSpec, FloorFile, FloorPrice, FloorSpec, OfftakeFile,
    OfftakeSpec, parse_certified, parse_contracts, parse_floors, parse_offtakes, read_certified, read_contracts,
    read_floors, read_offtakes,
};
pub use plan_input::{PlanInput, PlanInputError, Shortfalls, plan_input};
pub use provenance::{FileRecord, Provenance, SourceRecord};
pub use respond_file::{
    DEFAULT_LEAD_OTHER, DEFAULT_LEAD_SAME_CONTINENT, DEFAULT_LEAD_SAME_REGION, Declarations, DeclaredNeed,
    DeclaredStockpile, parse_declarations, read_declarations, read_regions,
};
pub use scenario_file::{parse_scenario, read_scenario};
pub use scenario_run::{ScenarioRun, ScenarioRunError, read_and_run_scenario, run_scenario};
pub use tables::write_dataset;

use critmin_core::{Dataset, Parts};

/// File names inside a data folder.
pub const TRADE_FILE: &str = "trade.parquet";
pub const PRODUCTION_FILE: &str = "production.parquet";
pub const WGI_FILE: &str = "wgi.parquet";
pub const COUNTRIES_FILE: &str = "countries.parquet";
pub const MINERALS_FILE: &str = "minerals.parquet";
pub const COALITIONS_FILE: &str = "coalitions.toml";
pub const PROVENANCE_FILE: &str = "provenance.toml";
pub const REGIONS_FILE: &str = "regions.csv";

/// A loaded data folder.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub provenance: Provenance,
    /// Findings made while reading (never fatal); [`dataset_diagnostics`] adds the costlier ones.
    pub diagnostics: Vec<Diagnostic>,
    pub dir: PathBuf,
}

/// The data folder shipped with the source tree (`data/` at the repository root).
///
/// Looked up in order: the `CRITMIN_DATA` environment variable; `data/` beside the executable or
/// two or three levels above it (a `target/<profile>/` build); the repository the binary was
/// compiled from. Returns the first folder that holds a provenance file.
pub fn bundled_data_dir() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("CRITMIN_DATA") {
        candidates.push(PathBuf::from(dir));
    }
    if let Ok(exe) = std::env::current_exe() {
        for anc in exe.ancestors().skip(1).take(4) {
            candidates.push(anc.join("data"));
        }
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"));
    candidates.into_iter().find(|d| d.join(PROVENANCE_FILE).is_file())
}

/// Reads a data folder. Coalition members are resolved against the country table.
pub fn load(dir: &Path) -> Result<Loaded, DataError> {
    let provenance = Provenance::read(&dir.join(PROVENANCE_FILE))?;
    let tables = tables::read_tables(dir)?;
    let coalitions_path = dir.join(COALITIONS_FILE);
    let coalitions_text = std::fs::read_to_string(&coalitions_path).map_err(|e| DataError::io(&coalitions_path, e))?;
    let specs = parse_coalitions(&coalitions_text, &coalitions_path)?;
    let mut dataset = Dataset::new(Parts { coalitions: Vec::new(), ..tables.parts })
        .map_err(|e| DataError::Model { dir: dir.to_path_buf(), source: e })?;
    let coalitions = resolve_coalitions(&dataset, &specs, &coalitions_text, &coalitions_path)?;
    dataset.add_coalitions(coalitions).map_err(|e| DataError::Model { dir: dir.to_path_buf(), source: e })?;
    Ok(Loaded { dataset, provenance, diagnostics: tables.diagnostics, dir: dir.to_path_buf() })
}

/// Reads a user's coalition file and adds its coalitions to the dataset.
pub fn add_user_coalitions(dataset: &mut Dataset, path: &Path) -> Result<usize, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    let specs = parse_coalitions(&text, path)?;
    let coalitions = resolve_coalitions(dataset, &specs, &text, path)?;
    let n = coalitions.len();
    dataset.add_coalitions(coalitions).map_err(|e| DataError::Model { dir: path.to_path_buf(), source: e })?;
    Ok(n)
}
