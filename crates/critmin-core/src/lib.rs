//! critmin's domain model: the world dataset that every analysis reads.
//!
//! A [`Dataset`] holds countries, minerals, bilateral trade (CEPII BACI), mine production (World
//! Mining Data), political-stability estimates (World Bank WGI) and coalitions, all in dense,
//! columnar form keyed by small integer ids ([`CountryId`], [`MineralId`]). Names are resolved to
//! ids once, at the edge, by [`Dataset::resolve_mineral`] and [`Dataset::resolve_economy`].
//!
//! This crate does no IO and knows no file format: the `critmin-data` crate builds a `Dataset`.
//!
//! ```
//! use critmin_core::{Country, Dataset, Parts};
//! let usa = Country::new(842, "USA", "US", "United States");
//! let ds = Dataset::new(Parts { countries: vec![usa], ..Parts::default() }).unwrap();
//! assert_eq!(ds.resolve_country("united states").unwrap(), ds.resolve_country("842").unwrap());
//! ```

mod coalition;
mod country;
mod dataset;
mod governance;
mod ids;
mod mineral;
mod production;
mod resolve;
mod trade;
mod units;

pub use coalition::{Coalition, Economy};
pub use country::Country;
pub use dataset::{Dataset, ModelError, Parts};
pub use governance::Governance;
pub use ids::{CountryId, MineralId};
pub use mineral::{Mineral, ProductionUnit};
pub use production::{Production, ProductionRecord};
pub use resolve::{NotFound, suggest};
pub use trade::{Trade, TradeRecord};
pub use units::{KiloUsd, Tonnes};
