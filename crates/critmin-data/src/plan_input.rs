//! What a response plan starts from: declarations (stockpiles, agreements, lead times, needs) and
//! a stress run's shortfalls turned into one [`critmin_respond::Problem`], with the horizon, the
//! partners and the notes that go with it. `critmin respond` and the server's plan endpoint both
//! build their input here, so the two cannot drift apart.
//!
//! The steps, in order: the partners are the members of any agreement and the holders; a
//! scenario's run (if given) sets the horizon and gives each partner's monthly shortfall as a
//! need; otherwise the declared needs set the horizon; declared needs are placed on it; reserve
//! floors in days become tonnes with each holder's apparent consumption; lead times are the
//! defaults by UN region and continent (`regions.csv`), then the declarations' overrides.

use std::collections::HashMap;

use critmin_core::{CountryId, Dataset, MineralId};
use critmin_respond::{LeadTimes, Need, Position, Problem, position};
use critmin_sim::{Month, Run, Scenario};

use crate::{DataError, Declarations, DeclaredNeed, Loaded};

/// A stress run whose monthly shortfalls are needs, with the notes its scenario file raised.
#[derive(Clone, Copy, Debug)]
pub struct Shortfalls<'a> {
    pub scenario: &'a Scenario,
    pub run: &'a Run,
    pub notes: &'a [String],
}

/// The assembled input of a response plan.
#[derive(Clone, Debug)]
pub struct PlanInput {
    pub problem: Problem,
    /// The horizon's first month (month 0 of the problem).
    pub first: Month,
    /// The year whose trade and production give consumption and net imports.
    pub year: u16,
    /// Members of any agreement and holders, sorted.
    pub partners: Vec<CountryId>,
    /// The declarations' note, the scenario's notes, holdings no one needs.
    pub notes: Vec<String>,
    /// Some figure is illustrative (the file says so, or a holding does).
    pub illustrative: bool,
}

/// Why a plan's input cannot be assembled.
#[derive(Debug, thiserror::Error)]
pub enum PlanInputError {
    /// Neither a scenario nor any declared need.
    #[error("no needs: give a scenario, or declare needs")]
    NoNeeds,
    #[error("a need of {partner} starts in {start}, outside the horizon {first} to {last}")]
    NeedOutsideHorizon { partner: String, start: Month, first: Month, last: Month },
    /// A reserve floor that does not fit (names the declaration's file and line).
    #[error(transparent)]
    Floor(DataError),
    /// The region table (`regions.csv`) of the data folder, for lead times.
    #[error("reading the region table for lead times: {0}")]
    Regions(DataError),
}

/// Assembles a plan's input from declarations, further declared needs (`extra_needs`, e.g. a
/// second file's) and, optionally, a stress run whose shortfalls are needs.
pub fn plan_input(
    loaded: &Loaded,
    decl: &Declarations,
    extra_needs: &[DeclaredNeed],
    shortfalls: Option<Shortfalls<'_>>,
) -> Result<PlanInput, PlanInputError> {
    let ds = &loaded.dataset;
    let mut notes = vec![];
    if !decl.note.is_empty() {
        notes.push(decl.note.clone());
    }
    let mut partners: Vec<CountryId> = decl
        .agreements
        .iter()
        .flat_map(|a| a.members.iter().copied())
        .chain(decl.stockpiles.iter().map(|s| s.holding.holder))
        .collect();
    partners.sort();
    partners.dedup();

    let declared: Vec<&DeclaredNeed> = decl.needs.iter().chain(extra_needs).collect();
    let (first, n_months, year, mut needs) = match shortfalls {
        Some(Shortfalls { scenario, run, notes: scenario_notes }) => {
            notes.extend(scenario_notes.iter().cloned());
            (scenario.first_month, run.n_months, scenario.baseline_year, run_needs(scenario, run, &partners))
        }
        None => {
            let first =
                declared.iter().map(|n| n.start).min_by_key(|m| (m.year, m.month)).ok_or(PlanInputError::NoNeeds)?;
            let n =
                declared.iter().map(|n| first.months_until(n.start) as usize + n.monthly_t.len()).max().unwrap_or(0);
            (first, n, ds.trade.years().into_iter().max().unwrap_or(2022), vec![])
        }
    };
    for n in declared {
        needs.push(on_horizon(ds, n, first, n_months)?);
    }

    let minerals: Vec<MineralId> = {
        let mut m: Vec<_> =
            decl.stockpiles.iter().map(|s| s.holding.mineral).chain(needs.iter().map(|n| n.mineral)).collect();
        m.sort();
        m.dedup();
        m
    };
    let positions: HashMap<MineralId, Position> = minerals.iter().map(|&m| (m, position(ds, m, year))).collect();
    let consumption_of = |c: CountryId, m: MineralId| positions.get(&m).map_or(0.0, |p| p.consumption_t[c.idx()]);
    let holdings = decl.holdings(consumption_of).map_err(PlanInputError::Floor)?;
    let consumption: HashMap<(CountryId, MineralId), f64> = minerals
        .iter()
        .flat_map(|&m| partners.iter().map(move |&c| (c, m)))
        .map(|(c, m)| ((c, m), consumption_of(c, m)))
        .collect();
    let unused = holdings.iter().filter(|h| !needs.iter().any(|n| n.mineral == h.mineral)).count();
    if unused > 0 {
        notes.push(format!("{unused} declared holdings are of minerals no partner is short of; they are not used"));
    }
    let illustrative = decl.illustrative || holdings.iter().any(|h| h.illustrative);
    let problem = Problem {
        n_months,
        holdings,
        needs,
        agreements: decl.agreements.clone(),
        lead_times: lead_times(loaded, decl).map_err(PlanInputError::Regions)?,
        consumption,
    };
    Ok(PlanInput { problem, first, year, partners, notes, illustrative })
}

/// Each partner's monthly shortfall in the run, as a need (partners with none are left out).
fn run_needs(scenario: &Scenario, run: &Run, partners: &[CountryId]) -> Vec<Need> {
    let mut needs = vec![];
    for (k, &c) in run.importers.iter().enumerate() {
        if !partners.contains(&c) {
            continue;
        }
        let monthly_t: Vec<f64> = (0..run.n_months).map(|t| run.at(t, k).shortfall.max(0.0)).collect();
        if monthly_t.iter().any(|&x| x > 0.0) {
            needs.push(Need { partner: c, mineral: scenario.mineral, monthly_t });
        }
    }
    needs
}

/// A declared need placed on the horizon (`n_months` from `first`).
fn on_horizon(ds: &Dataset, n: &DeclaredNeed, first: Month, n_months: usize) -> Result<Need, PlanInputError> {
    let offset = first.months_until(n.start);
    if offset < 0 || offset as usize >= n_months {
        return Err(PlanInputError::NeedOutsideHorizon {
            partner: ds.country(n.partner).name.clone(),
            start: n.start,
            first,
            last: first.plus(n_months as i64 - 1),
        });
    }
    let mut monthly_t = vec![0.0; n_months];
    for (slot, &x) in monthly_t.iter_mut().skip(offset as usize).zip(&n.monthly_t) {
        *slot += x;
    }
    Ok(Need { partner: n.partner, mineral: n.mineral, monthly_t })
}

/// Default lead times by UN region and continent (`regions.csv` of the data folder), then the
/// declarations' overrides.
fn lead_times(loaded: &Loaded, decl: &Declarations) -> Result<LeadTimes, DataError> {
    let ds = &loaded.dataset;
    let regions = crate::read_regions(&loaded.dir)?;
    let mut codes: HashMap<String, u16> = HashMap::new();
    let mut intern = |key: String| -> u16 {
        let next = codes.len() as u16;
        *codes.entry(key).or_insert(next)
    };
    let mut region = vec![None; ds.countries.len()];
    let mut continent = vec![None; ds.countries.len()];
    for c in ds.country_ids() {
        if let Some((cont, reg)) = regions.get(&ds.country(c).iso3) {
            continent[c.idx()] = Some(intern(format!("continent:{cont}")));
            region[c.idx()] = Some(intern(format!("region:{reg}")));
        }
    }
    Ok(decl.lead_times(&region, &continent))
}
