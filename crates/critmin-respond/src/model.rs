//! The inputs of a response plan: holdings, needs, sharing agreements and lead times.

use critmin_core::{CountryId, MineralId};

/// The physical form of a stockpiled material; tonnes of a form convert to contained tonnes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    Ore,
    Oxide,
    Compound,
    Metal,
    Magnet,
    Other,
}

impl Form {
    /// All forms, in the order documentation lists them.
    pub const ALL: [Form; 6] = [Form::Ore, Form::Oxide, Form::Compound, Form::Metal, Form::Magnet, Form::Other];

    /// The name used in files.
    pub fn name(self) -> &'static str {
        match self {
            Form::Ore => "ore",
            Form::Oxide => "oxide",
            Form::Compound => "compound",
            Form::Metal => "metal",
            Form::Magnet => "magnet",
            Form::Other => "other",
        }
    }
}

/// One declared stockpile, already converted to contained tonnes.
#[derive(Clone, Debug, PartialEq)]
pub struct Holding {
    /// The partner that holds (and decides on) the stock.
    pub holder: CountryId,
    /// The agency holding it, if declared (JOGMEC, DLA, KOMIR ...).
    pub agency: Option<String>,
    pub mineral: MineralId,
    pub form: Form,
    /// Contained tonnes held.
    pub contained_t: f64,
    /// Where the stock lies (lead times are counted from here).
    pub location: CountryId,
    /// Share of the holding that may be released, 0..=1.
    pub releasable_share: f64,
    /// Contained tonnes kept back whatever happens.
    pub reserve_floor_t: f64,
    /// Months between a release decision and the first dispatch.
    pub release_lead_months: usize,
    /// Largest release per month, contained tonnes (None: no limit).
    pub max_release_per_month_t: Option<f64>,
    /// True when the figures are illustrative rather than declared by a partner.
    pub illustrative: bool,
}

impl Holding {
    /// Contained tonnes that may leave the stock over the whole horizon.
    pub fn available_t(&self) -> f64 {
        (self.contained_t * self.releasable_share).min(self.contained_t - self.reserve_floor_t).max(0.0)
    }

    /// A short label: "Japan (JOGMEC)".
    pub fn label(&self, country_name: &str) -> String {
        match &self.agency {
            Some(a) => format!("{country_name} ({a})"),
            None => country_name.to_owned(),
        }
    }
}

/// Monthly unmet demand of one partner for one mineral, contained tonnes per month of the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    pub partner: CountryId,
    pub mineral: MineralId,
    /// Tonnes short in each month of the horizon (length = the horizon; missing months are zero).
    pub monthly_t: Vec<f64>,
}

/// How members of an agreement share the burden of releases to each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contribution {
    /// Each member's releases to other members are in proportion to its consumption (the IEA rule).
    Consumption,
    /// ... in proportion to its releasable holdings.
    Holdings,
    /// No rule: whoever can help best.
    None,
}

/// A sharing agreement: its members may ship emergency stock to each other.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub name: String,
    pub members: Vec<CountryId>,
    pub contribution: Contribution,
    /// Cost of moving a tonne between members, USD (None: not given).
    pub cost_per_t_usd: Option<f64>,
    /// A collective release the members have decided, contained tonnes per mineral over the horizon
    /// (None: the plan decides). Makes the rule set infeasible when members cannot meet their shares.
    pub collective_release_t: Option<f64>,
}

impl Agreement {
    pub fn has(&self, c: CountryId) -> bool {
        self.members.contains(&c)
    }
}

/// Transport lead times between countries, whole months.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadTimes {
    /// Months from `from` to `to` (row-major, n × n).
    months: Vec<u8>,
    n: usize,
    /// The region of each country when lead times come from regions (None: not region-based).
    region: Vec<Option<u16>>,
    /// Whether a country's outgoing lead times were overridden pair by pair.
    overridden: Vec<bool>,
}

impl LeadTimes {
    /// The same lead time between every pair of distinct countries, 0 within a country.
    pub fn uniform(n_countries: usize, months: u8) -> LeadTimes {
        let mut m = vec![months; n_countries * n_countries];
        for i in 0..n_countries {
            m[i * n_countries + i] = 0;
        }
        LeadTimes { months: m, n: n_countries, region: vec![None; n_countries], overridden: vec![false; n_countries] }
    }

    /// Lead times from region groups: 0 within a country, `same_region` within a region,
    /// `same_continent` within a continent, `other` otherwise. `region[c]` and `continent[c]` are
    /// small codes per country (None: unknown, treated as `other`).
    pub fn from_regions(
        region: &[Option<u16>],
        continent: &[Option<u16>],
        same_region: u8,
        same_continent: u8,
        other: u8,
    ) -> LeadTimes {
        let n = region.len();
        let mut m = vec![other; n * n];
        for a in 0..n {
            for b in 0..n {
                m[a * n + b] = if a == b {
                    0
                } else if region[a].is_some() && region[a] == region[b] {
                    same_region
                } else if continent[a].is_some() && continent[a] == continent[b] {
                    same_continent
                } else {
                    other
                };
            }
        }
        LeadTimes { months: m, n, region: region.to_vec(), overridden: vec![false; n] }
    }

    /// Overrides one direction.
    pub fn set(&mut self, from: CountryId, to: CountryId, months: u8) {
        self.months[from.idx() * self.n + to.idx()] = months;
        self.overridden[from.idx()] = true;
    }

    /// The country's region, when lead times are region-based: every country of a region then has
    /// the same lead time to any country outside it (unless [`LeadTimes::overridden`]).
    pub fn region(&self, c: CountryId) -> Option<u16> {
        self.region[c.idx()]
    }

    /// Whether some lead time from this country was set pair by pair.
    pub fn overridden(&self, c: CountryId) -> bool {
        self.overridden[c.idx()]
    }

    pub fn get(&self, from: CountryId, to: CountryId) -> usize {
        usize::from(self.months[from.idx() * self.n + to.idx()])
    }
}

/// Everything a plan needs.
#[derive(Clone, Debug)]
pub struct Problem {
    /// Months in the horizon.
    pub n_months: usize,
    pub holdings: Vec<Holding>,
    pub needs: Vec<Need>,
    /// Sharing agreements, in priority order: a flow between two members of several agreements
    /// counts under the first.
    pub agreements: Vec<Agreement>,
    pub lead_times: LeadTimes,
    /// Apparent consumption, contained tonnes per month, by (partner, mineral); used by the
    /// "in proportion to consumption" rule. Partners missing here count as consuming nothing.
    pub consumption: std::collections::HashMap<(CountryId, MineralId), f64>,
}

/// Why no plan could be made.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PlanError {
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error(
        "no feasible plan for {mineral}: agreement '{agreement}' asks its members to release {required_t:.1} t, \
         but {conflict}"
    )]
    Infeasible { agreement: String, mineral: String, required_t: f64, conflict: String },
    #[error("the solver failed on {mineral}: {status}")]
    Solver { mineral: String, status: String },
}

/// Checks the inputs (negative or non-finite figures, a floor above holdings, needs of the wrong
/// length). File readers report these with file and line first; this is the library's own guard.
pub fn validate(p: &Problem) -> Result<(), PlanError> {
    let bad = |m: String| Err(PlanError::Invalid(m));
    for (i, h) in p.holdings.iter().enumerate() {
        let fin = |x: f64| x.is_finite() && x >= 0.0;
        if !fin(h.contained_t) {
            return bad(format!("holding {i}: contained tonnes must be a non-negative number, got {}", h.contained_t));
        }
        if !fin(h.reserve_floor_t) || h.reserve_floor_t > h.contained_t * (1.0 + 1e-12) {
            return bad(format!(
                "holding {i}: reserve floor {} t is above the holding of {} t",
                h.reserve_floor_t, h.contained_t
            ));
        }
        if !(0.0..=1.0).contains(&h.releasable_share) {
            return bad(format!("holding {i}: releasable share must be within 0..=1, got {}", h.releasable_share));
        }
        if let Some(r) = h.max_release_per_month_t
            && !fin(r)
        {
            return bad(format!("holding {i}: release rate must be a non-negative number, got {r}"));
        }
    }
    for n in &p.needs {
        if n.monthly_t.len() != p.n_months {
            return bad(format!("a need has {} months, the horizon {}", n.monthly_t.len(), p.n_months));
        }
        if let Some(x) = n.monthly_t.iter().find(|x| !x.is_finite() || **x < 0.0) {
            return bad(format!("needs must be non-negative numbers, got {x}"));
        }
    }
    for a in &p.agreements {
        if let Some(c) = a.cost_per_t_usd
            && !(c.is_finite() && c >= 0.0)
        {
            return bad(format!("agreement '{}': cost per tonne must be non-negative, got {c}", a.name));
        }
        if let Some(t) = a.collective_release_t
            && !(t.is_finite() && t >= 0.0)
        {
            return bad(format!("agreement '{}': collective release must be non-negative, got {t}", a.name));
        }
    }
    Ok(())
}
