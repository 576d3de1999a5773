//! A scenario file parsed, its baseline built from the dataset and run once: what `critmin
//! stress`, `critmin respond --scenario` and the server's stress and plan endpoints all start from.

use std::path::{Path, PathBuf};

use critmin_core::Dataset;
use critmin_sim::{Baseline, Run, Scenario, ScenarioError, simulate};

use crate::DataError;

/// A scenario, the notes its file raised, its baseline and its deterministic run.
#[derive(Clone, Debug)]
pub struct ScenarioRun {
    pub scenario: Scenario,
    pub notes: Vec<String>,
    pub baseline: Baseline,
    pub run: Run,
}

impl ScenarioRun {
    /// The `n` importers with the largest cumulative shortfall (those Monte Carlo bands track).
    pub fn worst_importers(&self, n: usize) -> Vec<critmin_core::CountryId> {
        self.run.importers_by_unmet().into_iter().take(n).map(|k| self.run.importers[k]).collect()
    }
}

/// Why a scenario did not run.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioRunError {
    /// The file: its text, names, values (the user's to fix).
    #[error(transparent)]
    File(#[from] DataError),
    /// The dataset has no baseline for the scenario's mineral and year.
    #[error("building the {year} baseline: {source}")]
    Baseline { year: u16, source: ScenarioError },
    /// The scenario cannot run on that baseline (the user's to fix).
    #[error("{}: {source}", path.display())]
    Run { path: PathBuf, source: ScenarioError },
}

/// Parses scenario text (`path` names it in errors), builds its baseline and runs it once.
pub fn run_scenario(ds: &Dataset, text: &str, path: &Path) -> Result<ScenarioRun, ScenarioRunError> {
    let (scenario, notes) = crate::parse_scenario(ds, text, path)?;
    let baseline = Baseline::from_dataset(ds, scenario.mineral, scenario.baseline_year)
        .map_err(|source| ScenarioRunError::Baseline { year: scenario.baseline_year, source })?;
    let run =
        simulate(&baseline, &scenario).map_err(|source| ScenarioRunError::Run { path: path.to_path_buf(), source })?;
    Ok(ScenarioRun { scenario, notes, baseline, run })
}

/// Reads a scenario file and runs it once ([`run_scenario`]).
pub fn read_and_run_scenario(ds: &Dataset, path: &Path) -> Result<ScenarioRun, ScenarioRunError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    run_scenario(ds, &text, path)
}
