//! Market measures of the plurilateral trade initiative, priced on real trade data: price floors
//! kept by border adjustments, price-gap payments (contracts for difference) with budget at risk,
//! offtake coverage and standards-based supply.
//!
//! Pure: every function takes a [`critmin_core::Dataset`] (BACI trade, minerals, coalitions) or a
//! stress-test [`critmin_sim::Run`] and returns values; no IO, no printing. The TOML input files
//! are read by `critmin-data` (`market_file.rs`); formulas and limits are in `docs/market.md`.
//!
//! ```
//! use critmin_market::{Contract, ReferencePath, UsdPerKg, payments};
//! use critmin_core::{CountryId, MineralId, Tonnes};
//! let c = Contract {
//!     name: "floor".into(), producer: CountryId(0), mineral: MineralId(0), hs6: None,
//!     strike: UsdPerKg(110.0), tonnes_per_year: Tonnes(1000.0), start_year: 2025, years: 2, cap: None,
//! };
//! let path = ReferencePath::flat("market", 2025, 2, UsdPerKg(60.0));
//! // (110 - 60) USD/kg x 1,000 t = 50,000 thousand USD a year.
//! assert_eq!(payments(&c, &path)[0].payment.map(|p| p.0), Some(50_000.0));
//! ```

mod cfd;
mod error;
mod floor;
mod offtake;
mod path;
mod quantile;
mod standards;
mod units;

pub use cfd::{BudgetAtRisk, Contract, YearPayment, YearQuantiles, budget_at_risk, payment_per_year, payments};
pub use error::MarketError;
pub use floor::{
    CostEntry, CostMethod, Floor, FloorReport, FlowTotals, Gainer, PartyTotals, PriceScale, border_adjustment,
    reference_from_costs,
};
pub use offtake::{Coverage, MemberCoverage, Offtake, Sourcing, offtake_coverage};
pub use path::ReferencePath;
pub use quantile::quantile;
pub use standards::{StandardsScenario, StandardsToday, standards_today, standards_under_run};
pub use units::UsdPerKg;
