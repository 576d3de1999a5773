//! What a plan is: shipments, each partner's position, stock left, the per-mineral optimum and the
//! constraints that bind; and the comparison of two plans partner by partner. Plain data, with or
//! without the solver.

use critmin_core::{CountryId, MineralId};

/// One planned delivery.
#[derive(Clone, Debug, PartialEq)]
pub struct Shipment {
    /// Index into `Problem::holdings`.
    pub holding: usize,
    pub recipient: CountryId,
    pub mineral: MineralId,
    /// Month index (0 = the first month of the horizon) of dispatch and of arrival.
    pub dispatch: usize,
    pub arrival: usize,
    pub tonnes: f64,
    /// The agreement the flow falls under (None: a partner releasing to itself).
    pub agreement: Option<usize>,
}

/// One partner's position in one mineral, before and after the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerOutcome {
    pub partner: CountryId,
    pub mineral: MineralId,
    /// Tonnes short over the horizon with no release at all.
    pub need_t: f64,
    pub unmet_t: f64,
    /// Unmet tonnes per month after the plan.
    pub unmet_monthly_t: Vec<f64>,
    /// Tonnes received (arrived within the horizon).
    pub received_t: f64,
    /// Tonnes this partner's holdings released to others.
    pub sent_to_others_t: f64,
}

impl PartnerOutcome {
    /// Unmet share of need (0 when there was no need).
    pub fn unmet_share(&self) -> f64 {
        if self.need_t > 0.0 { self.unmet_t / self.need_t } else { 0.0 }
    }
}

/// What is left of one holding.
#[derive(Clone, Debug, PartialEq)]
pub struct HoldingOutcome {
    pub holding: usize,
    pub released_t: f64,
    /// Contained tonnes still in stock after the plan.
    pub stock_left_t: f64,
    /// Of which could still be released under its releasable share and reserve floor.
    pub releasable_left_t: f64,
}

/// Why the plan is not better: the constraints that bind.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A holding released everything it may.
    HoldingExhausted { holding: usize, released_t: f64 },
    /// A holding hit its release rate in these months.
    ReleaseRateBinds { holding: usize, months: Vec<usize> },
    /// A partner's need in months before any allowed stock can arrive.
    LeadTimeTooLong { partner: CountryId, mineral: MineralId, unreachable_t: f64, earliest_arrival: usize },
    /// No allowed holding of the mineral can ship to this partner at all.
    NoAllowedStock { partner: CountryId, mineral: MineralId, unmet_t: f64 },
    /// A holding with releasable stock left that the sharing rules do not let reach a partner short.
    RuleForbids { holding: usize, partner: CountryId, mineral: MineralId, releasable_left_t: f64 },
    /// A proportional contribution rule caps an agreement's releases: this member gave its whole
    /// share while others still hold stock.
    ContributionBinds { agreement: usize, mineral: MineralId, limiting_member: CountryId },
    /// Members of a proportional agreement without stock of the mineral contribute nothing.
    MembersWithoutStock { agreement: usize, mineral: MineralId, members: Vec<CountryId> },
}

/// The per-mineral optimum.
#[derive(Clone, Debug, PartialEq)]
pub struct MineralSummary {
    pub mineral: MineralId,
    /// The smallest achievable largest unmet share over partners (stage 1).
    pub max_unmet_share: f64,
    /// Total unmet tonnes (stage 2).
    pub unmet_t: f64,
    pub need_t: f64,
    /// Stage 3 objective: USD if any agreement gives a cost, else tonne-months in transit or waiting
    /// at the recipient.
    pub cost: f64,
    pub cost_is_usd: bool,
    /// Size of the linear programme.
    pub n_vars: usize,
    pub n_rows: usize,
}

/// A complete plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub shipments: Vec<Shipment>,
    pub partners: Vec<PartnerOutcome>,
    pub holdings: Vec<HoldingOutcome>,
    pub minerals: Vec<MineralSummary>,
    pub findings: Vec<Finding>,
}

impl Plan {
    /// Total unmet tonnes over partners and minerals.
    pub fn unmet_t(&self) -> f64 {
        self.partners.iter().map(|p| p.unmet_t).sum()
    }

    /// Largest unmet share over partners and minerals.
    pub fn max_unmet_share(&self) -> f64 {
        self.partners.iter().map(PartnerOutcome::unmet_share).fold(0.0, f64::max)
    }
}

/// One partner's position in one mineral under two plans: national releases only, and coordinated.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerComparison {
    pub partner: CountryId,
    pub mineral: MineralId,
    pub need_t: f64,
    pub unmet_national_t: f64,
    pub unmet_coordinated_t: f64,
    /// Largest monthly shortfall.
    pub peak_national_t: f64,
    pub peak_coordinated_t: f64,
    /// Months with a shortfall (above 1e-6 t).
    pub months_short_national: usize,
    pub months_short_coordinated: usize,
    pub received_t: f64,
    pub sent_to_others_t: f64,
}

/// Each partner of the coordinated plan beside its national-only position, largest national
/// shortfall first.
pub fn compare(coordinated: &Plan, national: &Plan) -> Vec<PartnerComparison> {
    let peak = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    let months = |v: &[f64]| v.iter().filter(|&&x| x > 1e-6).count();
    let mut rows: Vec<PartnerComparison> = coordinated
        .partners
        .iter()
        .map(|w| {
            let n = national.partners.iter().find(|x| x.partner == w.partner && x.mineral == w.mineral);
            PartnerComparison {
                partner: w.partner,
                mineral: w.mineral,
                need_t: w.need_t,
                unmet_national_t: n.map_or(w.need_t, |n| n.unmet_t),
                unmet_coordinated_t: w.unmet_t,
                peak_national_t: n.map_or(0.0, |n| peak(&n.unmet_monthly_t)),
                peak_coordinated_t: peak(&w.unmet_monthly_t),
                months_short_national: n.map_or(0, |n| months(&n.unmet_monthly_t)),
                months_short_coordinated: months(&w.unmet_monthly_t),
                received_t: w.received_t,
                sent_to_others_t: w.sent_to_others_t,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.unmet_national_t.total_cmp(&a.unmet_national_t));
    rows
}
