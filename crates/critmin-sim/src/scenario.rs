//! Scenarios with names resolved to ids: events, responses and parameters, in months.

use critmin_core::{CountryId, MineralId};

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: u16,
    /// 1..=12
    pub month: u8,
}

impl Month {
    /// Parses "YYYY-MM".
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        let year: u16 = y.parse().ok()?;
        let month: u8 = m.parse().ok()?;
        (y.len() == 4 && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Month) -> i64 {
        (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month) - i64::from(self.month)
    }

    /// The month `n` months later.
    pub fn plus(self, n: i64) -> Month {
        let idx = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        Month { year: (idx.div_euclid(12)) as u16, month: (idx.rem_euclid(12) + 1) as u8 }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Which importers an event applies to.
#[derive(Clone, Debug, PartialEq)]
pub enum Destinations {
    /// Every importer.
    All,
    /// These importers.
    Only(Vec<CountryId>),
    /// Every importer outside this group.
    AllExcept(Vec<CountryId>),
}

impl Destinations {
    pub fn contains(&self, c: CountryId) -> bool {
        match self {
            Destinations::All => true,
            Destinations::Only(cs) => cs.contains(&c),
            Destinations::AllExcept(cs) => !cs.contains(&c),
        }
    }
}

/// A shock. Months are indexes from the scenario's first month; `end` is exclusive.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Exporters stop a fraction of their exports to some destinations.
    ExportRestriction {
        exporters: Vec<CountryId>,
        destinations: Destinations,
        /// 0..=1 of the flows blocked.
        fraction: f64,
        /// Only these HS6 codes of the mineral (all of them when `None`).
        hs_codes: Option<Vec<u32>>,
        start: i64,
        end: i64,
        /// Months within [start, end) in which the restriction is suspended (postponed).
        suspended: Option<(i64, i64)>,
    },
    /// A producer loses a fraction of its export capacity.
    Outage { country: CountryId, fraction: f64, start: i64, end: i64 },
    /// Importers' demand changes by a fraction (+0.1 = 10% more).
    DemandShock { importers: Destinations, change: f64, start: i64, end: i64 },
}

impl Event {
    /// True when the event is in force in month `t`.
    pub fn active(&self, t: i64) -> bool {
        match self {
            Event::ExportRestriction { start, end, suspended, .. } => {
                t >= *start && t < *end && !suspended.is_some_and(|(a, b)| t >= a && t < b)
            }
            Event::Outage { start, end, .. } | Event::DemandShock { start, end, .. } => t >= *start && t < *end,
        }
    }
}

/// How big a stockpile is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StockpileSize {
    Tonnes(f64),
    /// Days of the holder's baseline import demand.
    DaysOfImports(f64),
}

/// A country's strategic stock and its release rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Stockpile {
    pub country: CountryId,
    pub size: StockpileSize,
    /// Released once the holder's shortfall reaches this share of its demand (0..1).
    pub release_at: f64,
    /// Largest draw in one month, as a share of the holder's baseline monthly imports.
    pub max_monthly_draw: f64,
    /// True when the figure is illustrative, not a declared stock; outputs say so.
    pub illustrative: bool,
}

/// Spare export capacity of a producer, as a share of its baseline exports, available after a ramp.
#[derive(Clone, Debug, PartialEq)]
pub struct SpareCapacity {
    pub country: CountryId,
    pub fraction: f64,
    pub ramp_months: f64,
}

/// New supply coming online: a project, or extra recycling.
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub name: String,
    pub country: CountryId,
    pub tonnes_per_year: f64,
    pub start: i64,
    pub ramp_months: f64,
}

/// Model parameters; each documents its default and unit in `docs/model.md`.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Short-run price elasticity of demand (negative). Default -0.2.
    pub demand_elasticity: f64,
    /// Short-run price elasticity of supply from spare capacity (positive). Default 0.1.
    pub supply_elasticity: f64,
    /// Months for rerouted trade to close the gap (first-order lag). Default 4.
    pub rerouting_months: f64,
    /// Share of restricted volume that still reaches targets through third countries. Default 0.1.
    pub leakage: f64,
    /// Spare capacity of producers not listed in `spare_capacity`, share of baseline exports. Default 0.05.
    pub default_spare_capacity: f64,
    /// Months for spare capacity to become available. Default 6.
    pub spare_ramp_months: f64,
    /// The restricting country's domestic use of the product, as a multiple of its baseline
    /// exports (sets how far its home price falls). Default 1.0 (illustrative).
    pub home_market_multiple: f64,
    /// Share of an importer's surplus at the clearing price that it resells to importers short of
    /// supply in the same segment (1 = a fully liquid market; lower = sticky contracts). Default 0.5.
    pub market_liquidity: f64,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            demand_elasticity: -0.2,
            supply_elasticity: 0.1,
            rerouting_months: 4.0,
            leakage: 0.1,
            default_spare_capacity: 0.05,
            spare_ramp_months: 6.0,
            home_market_multiple: 1.0,
            market_liquidity: 0.5,
        }
    }
}

/// A whole scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub description: String,
    pub mineral: MineralId,
    pub baseline_year: u16,
    pub first_month: Month,
    pub n_months: usize,
    pub events: Vec<Event>,
    pub stockpiles: Vec<Stockpile>,
    pub spare_capacity: Vec<SpareCapacity>,
    pub projects: Vec<Project>,
    /// Central values of the parameters (what a single run uses).
    pub params: Params,
    /// Parameters drawn from distributions in Monte Carlo runs.
    pub uncertain: Vec<crate::Uncertain>,
}

/// A scenario that cannot run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScenarioError {
    #[error("{what} must be between {min} and {max}, got {value}")]
    OutOfRange { what: String, value: f64, min: f64, max: f64 },
    #[error("no trade in the baseline year {year} for the mineral's HS codes")]
    NoBaselineTrade { year: u16 },
    #[error("{0}")]
    Invalid(String),
}
