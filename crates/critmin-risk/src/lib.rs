//! Supply-risk analytics on a [`critmin_core::Dataset`]: pure functions, no IO.
//!
//! - [`production_concentration`]: producer shares, HHI, top-1/top-3 shares, the N-1 test;
//! - [`imports`]: an economy's imports by exporter (t, kUSD, unit value) and supplier shares;
//! - [`geopolrisk`] / [`geopolrisk_batch`]: the GeoPolRisk method (HHI x import risk, CF, price),
//!   as `shared/methods/geopolrisk.md` defines it, with [`Note`]s where the data is thin;
//! - [`risk_report`]: all of the above plus the EU-style governance-weighted concentration, the
//!   Critical Raw Materials Act 65% benchmark and the coalition's share of world production.
//!
//! ```no_run
//! # fn demo(ds: &critmin_core::Dataset) -> Result<(), Box<dyn std::error::Error>> {
//! let cobalt = ds.resolve_mineral("cobalt")?;
//! let usa = ds.resolve_economy("USA")?;
//! let g = critmin_risk::geopolrisk(ds, cobalt, &usa, 2022)?;
//! println!("HHI {:.5}  import risk {:.5}  score {:.5}", g.hhi, g.import_risk.unwrap_or(f64::NAN), g.score.unwrap_or(f64::NAN));
//! # Ok(()) }
//! ```

mod concentration;
mod error;
mod geopolrisk;
mod imports;
mod report;

pub use concentration::{ProducerShare, ProductionConcentration, hhi, production_concentration};
pub use error::RiskError;
pub use geopolrisk::{
    CU_REFERENCE_CF, GeoPolRisk, GeoPolRiskRow, Note, Options, geopolrisk, geopolrisk_batch, geopolrisk_with,
    import_risk_weight,
};
pub use imports::{ImportLine, Imports, imports};
pub use report::{CRMA_SINGLE_SUPPLIER_LIMIT, GovernanceConcentration, RiskReport, latest_year, risk_report};
