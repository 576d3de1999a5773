//! A monthly market simulation of one mineral under export restrictions, outages and demand
//! shocks, with trade diversion, rerouting frictions, spare capacity, new projects, recycling,
//! stock draws and market-clearing prices. The model is written down in `docs/model.md`.
//!
//! Pure: [`Baseline::from_dataset`] reads a [`critmin_core::Dataset`], [`simulate`] takes a
//! baseline and a [`Scenario`] and returns a [`Run`]. No IO, no printing; scenario files are read
//! by `critmin-data`.

mod backtest;
mod baseline;
mod engine;
mod montecarlo;
mod quantile;
mod random;
mod scenario;

pub use backtest::{Comparison, Errors, Line, backtest};
pub use baseline::{Baseline, Flow};
pub use engine::{ImporterMonth, Run, Totals, simulate};
pub use montecarlo::{Band, Ensemble, ParamName, Uncertain, monte_carlo, monte_carlo_map};
pub use quantile::P2;
pub use random::{Dist, Rng};
pub use scenario::{
    Destinations, Event, Month, Params, Project, Scenario, ScenarioError, SpareCapacity, Stockpile, StockpileSize,
};
