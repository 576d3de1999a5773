//! Rapid response: stockpile holdings, needs and sharing rules in; an optimal emergency delivery
//! plan out, solved as a linear programme by HiGHS; and an IEA-style collective action calculator.
//!
//! This crate does no IO: the `critmin-data` crate reads declaration files into a [`Problem`].
//! It is the only crate that links the HiGHS solver, behind its default `solver` feature: without
//! it (as `critmin-data` uses it) the crate holds only the input types and builds in seconds.

mod collective;
mod consumption;
mod model;
mod outcome;
#[cfg(feature = "solver")]
mod plan;

pub use collective::{CollectiveAction, DAYS_PER_MONTH, Member, MemberShare, Rules, collective_action};
pub use consumption::{Position, position};
pub use model::{Agreement, Contribution, Form, Holding, LeadTimes, Need, PlanError, Problem, validate};
pub use outcome::{
    Finding, HoldingOutcome, MineralSummary, PartnerComparison, PartnerOutcome, Plan, Shipment, compare,
};
#[cfg(feature = "solver")]
pub use plan::{national_only, plan};
