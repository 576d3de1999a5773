//! An IEA-style collective action calculator: each member's share of a release in proportion to its
//! consumption, and its days of cover against a 90-day-style target.
//!
//! The oil system's rules (IEA): stocks of at least 90 days of net imports; a collective action
//! when the supply loss reaches 7%; each member's share of a release in proportion to its
//! consumption. critmin applies the same arithmetic to a mineral.

use critmin_core::CountryId;

/// Days in an average month, to turn monthly tonnes into daily tonnes.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// One member's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub country: CountryId,
    /// Apparent consumption, contained tonnes per month.
    pub consumption_t: f64,
    /// Net imports (imports − exports), tonnes per month; ≤ 0 for net exporters.
    pub net_imports_t: f64,
    /// Declared releasable stock, contained tonnes.
    pub stock_t: f64,
}

/// The rules of the calculation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rules {
    /// Supply loss as a share of the members' consumption that triggers a collective action (0.07).
    pub trigger_share: f64,
    /// The stock target in days of net imports (90).
    pub target_days: f64,
    /// Share of the loss the collective release covers (1.0 = all of it).
    pub coverage: f64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { trigger_share: 0.07, target_days: 90.0, coverage: 1.0 }
    }
}

/// One member's result.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberShare {
    pub country: CountryId,
    /// Share of the collective release (= share of the members' consumption).
    pub share: f64,
    /// Tonnes this member releases.
    pub release_t: f64,
    pub stock_t: f64,
    /// Stock in days of net imports (None for net exporters).
    pub days_of_cover: Option<f64>,
    /// Tonnes needed to hold `target_days` of net imports.
    pub target_t: f64,
    /// Whether the member's stock covers its share of the release.
    pub can_meet: bool,
}

/// The calculation's result.
#[derive(Clone, Debug, PartialEq)]
pub struct CollectiveAction {
    /// The loss as a share of the members' consumption.
    pub loss_share: f64,
    pub triggered: bool,
    /// Tonnes the members release together (0 when not triggered).
    pub release_t: f64,
    pub members: Vec<MemberShare>,
}

/// Computes each member's share of a collective release against a supply loss that peaks at
/// `peak_loss_t_per_month` (which decides the trigger) and totals `total_loss_t` (which, times the
/// coverage, is the release).
pub fn collective_action(
    members: &[Member],
    peak_loss_t_per_month: f64,
    total_loss_t: f64,
    rules: Rules,
) -> CollectiveAction {
    let loss_t_per_month = peak_loss_t_per_month;
    let total_cons: f64 = members.iter().map(|m| m.consumption_t.max(0.0)).sum();
    let loss_share = if total_cons > 0.0 { loss_t_per_month / total_cons } else { 0.0 };
    let triggered = total_cons > 0.0 && loss_share >= rules.trigger_share;
    let release_t = if triggered { total_loss_t * rules.coverage } else { 0.0 };
    let members = members
        .iter()
        .map(|m| {
            let share = if total_cons > 0.0 { m.consumption_t.max(0.0) / total_cons } else { 0.0 };
            let daily = m.net_imports_t / DAYS_PER_MONTH;
            let release = share * release_t;
            MemberShare {
                country: m.country,
                share,
                release_t: release,
                stock_t: m.stock_t,
                days_of_cover: (daily > 0.0).then(|| m.stock_t / daily),
                target_t: daily.max(0.0) * rules.target_days,
                can_meet: m.stock_t >= release,
            }
        })
        .collect();
    CollectiveAction { loss_share, triggered, release_t, members }
}
