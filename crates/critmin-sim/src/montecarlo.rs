//! Monte Carlo ensembles: runs with sampled parameters, in parallel, reduced in run order into
//! P5/P50/P95 bands, so results are the same for a seed whatever the number of threads.

use rayon::prelude::*;

use critmin_core::CountryId;

use crate::quantile::P2;
use crate::random::{Dist, Rng};
use crate::{Baseline, Params, Run, Scenario, ScenarioError, simulate};

/// A model parameter that a scenario may make uncertain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamName {
    DemandElasticity,
    SupplyElasticity,
    ReroutingMonths,
    Leakage,
    DefaultSpareCapacity,
    SpareRampMonths,
    HomeMarketMultiple,
    MarketLiquidity,
}

impl ParamName {
    /// The name used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            ParamName::DemandElasticity => "demand_elasticity",
            ParamName::SupplyElasticity => "supply_elasticity",
            ParamName::ReroutingMonths => "rerouting_months",
            ParamName::Leakage => "leakage",
            ParamName::DefaultSpareCapacity => "default_spare_capacity",
            ParamName::SpareRampMonths => "spare_ramp_months",
            ParamName::HomeMarketMultiple => "home_market_multiple",
            ParamName::MarketLiquidity => "market_liquidity",
        }
    }

    /// Valid range; sampled values are clamped into it.
    pub fn range(self) -> (f64, f64) {
        match self {
            ParamName::DemandElasticity => (-5.0, -0.001),
            ParamName::SupplyElasticity => (0.0, 5.0),
            ParamName::ReroutingMonths | ParamName::SpareRampMonths => (1.0, 120.0),
            ParamName::Leakage => (0.0, 1.0),
            ParamName::DefaultSpareCapacity => (0.0, 10.0),
            ParamName::HomeMarketMultiple => (0.01, 1000.0),
            ParamName::MarketLiquidity => (0.0, 1.0),
        }
    }

    /// Sets the parameter, clamped into its range.
    pub fn set(self, p: &mut Params, value: f64) {
        let (lo, hi) = self.range();
        let v = value.clamp(lo, hi);
        match self {
            ParamName::DemandElasticity => p.demand_elasticity = v,
            ParamName::SupplyElasticity => p.supply_elasticity = v,
            ParamName::ReroutingMonths => p.rerouting_months = v,
            ParamName::Leakage => p.leakage = v,
            ParamName::DefaultSpareCapacity => p.default_spare_capacity = v,
            ParamName::SpareRampMonths => p.spare_ramp_months = v,
            ParamName::HomeMarketMultiple => p.home_market_multiple = v,
            ParamName::MarketLiquidity => p.market_liquidity = v,
        }
    }

    /// The parameter's value in `p`.
    pub fn get(self, p: &Params) -> f64 {
        match self {
            ParamName::DemandElasticity => p.demand_elasticity,
            ParamName::SupplyElasticity => p.supply_elasticity,
            ParamName::ReroutingMonths => p.rerouting_months,
            ParamName::Leakage => p.leakage,
            ParamName::DefaultSpareCapacity => p.default_spare_capacity,
            ParamName::SpareRampMonths => p.spare_ramp_months,
            ParamName::HomeMarketMultiple => p.home_market_multiple,
            ParamName::MarketLiquidity => p.market_liquidity,
        }
    }

    pub const ALL: [ParamName; 8] = [
        ParamName::DemandElasticity,
        ParamName::SupplyElasticity,
        ParamName::ReroutingMonths,
        ParamName::Leakage,
        ParamName::DefaultSpareCapacity,
        ParamName::SpareRampMonths,
        ParamName::HomeMarketMultiple,
        ParamName::MarketLiquidity,
    ];
}

/// A parameter drawn from a distribution in each Monte Carlo run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Uncertain {
    pub param: ParamName,
    pub dist: Dist,
}

/// P5, P50 and P95 of one output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
}

#[derive(Clone, Debug)]
struct BandAcc([P2; 3]);

impl BandAcc {
    fn new() -> BandAcc {
        BandAcc([P2::new(0.05), P2::new(0.5), P2::new(0.95)])
    }
    fn add(&mut self, x: f64) {
        self.0.iter_mut().for_each(|q| q.add(x));
    }
    fn band(&self) -> Band {
        Band { p5: self.0[0].value(), p50: self.0[1].value(), p95: self.0[2].value() }
    }
}

/// Bands over an ensemble.
#[derive(Clone, Debug, PartialEq)]
pub struct Ensemble {
    pub runs: usize,
    pub seed: u64,
    /// Per month: price ratio for targeted importers, for the others; total shortfall (t).
    pub price_targets: Vec<Band>,
    pub price_others: Vec<Band>,
    pub shortfall: Vec<Band>,
    /// Cumulative unmet demand (t) and extra import bill (thousand USD).
    pub unmet_t: Band,
    pub extra_import_bill_kusd: Band,
    /// Cumulative unmet demand (t) of each tracked importer.
    pub importer_unmet: Vec<(CountryId, Band)>,
}

/// What one run contributes to the bands.
struct Sample {
    price_targets: Vec<f64>,
    price_others: Vec<f64>,
    shortfall: Vec<f64>,
    unmet_t: f64,
    bill: f64,
    importer_unmet: Vec<f64>,
}

fn sample(run: &Run, tracked: &[usize]) -> Sample {
    let n_imp = run.importers.len();
    Sample {
        price_targets: run.price_targets.clone(),
        price_others: run.price_others.clone(),
        shortfall: (0..run.n_months)
            .map(|t| run.months[t * n_imp..(t + 1) * n_imp].iter().map(|m| m.shortfall).sum())
            .collect(),
        unmet_t: run.totals.unmet_t,
        bill: run.totals.extra_import_bill_kusd,
        importer_unmet: tracked.iter().map(|&k| run.importer_unmet(k)).collect(),
    }
}

/// Runs `runs` simulations with the scenario's uncertain parameters drawn from their distributions (run i
/// uses the generator `Rng::for_run(seed, i)`), in parallel chunks reduced in run order. `tracked`
/// names importers whose cumulative shortfall gets a band; `progress(done, runs)` is called after
/// each chunk.
pub fn monte_carlo(
    base: &Baseline,
    scenario: &Scenario,
    runs: usize,
    seed: u64,
    tracked: &[CountryId],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Ensemble, ScenarioError> {
    let uncertain = &scenario.uncertain;
    for u in uncertain {
        u.dist.validate().map_err(|e| ScenarioError::Invalid(format!("{}: {e}", u.param.key())))?;
    }
    let first = simulate(base, scenario)?;
    let tracked_idx: Vec<usize> = tracked.iter().filter_map(|c| first.importers.iter().position(|x| x == c)).collect();
    let tracked_ids: Vec<CountryId> = tracked_idx.iter().map(|&k| first.importers[k]).collect();
    let months = scenario.n_months;
    let mut price_targets = vec![BandAcc::new(); months];
    let mut price_others = vec![BandAcc::new(); months];
    let mut shortfall = vec![BandAcc::new(); months];
    let (mut unmet, mut bill) = (BandAcc::new(), BandAcc::new());
    let mut importer_unmet = vec![BandAcc::new(); tracked_idx.len()];
    const CHUNK: usize = 256;
    let mut done = 0;
    while done < runs {
        let end = (done + CHUNK).min(runs);
        let samples: Vec<Result<Sample, ScenarioError>> = (done..end)
            .into_par_iter()
            .map(|i| simulate(base, &sampled_scenario(scenario, seed, i)).map(|run| sample(&run, &tracked_idx)))
            .collect();
        for smp in samples {
            let smp = smp?;
            for t in 0..months {
                price_targets[t].add(smp.price_targets[t]);
                price_others[t].add(smp.price_others[t]);
                shortfall[t].add(smp.shortfall[t]);
            }
            unmet.add(smp.unmet_t);
            bill.add(smp.bill);
            for (acc, v) in importer_unmet.iter_mut().zip(&smp.importer_unmet) {
                acc.add(*v);
            }
        }
        done = end;
        progress(done, runs);
    }
    Ok(Ensemble {
        runs,
        seed,
        price_targets: price_targets.iter().map(BandAcc::band).collect(),
        price_others: price_others.iter().map(BandAcc::band).collect(),
        shortfall: shortfall.iter().map(BandAcc::band).collect(),
        unmet_t: unmet.band(),
        extra_import_bill_kusd: bill.band(),
        importer_unmet: tracked_ids.into_iter().zip(importer_unmet.iter().map(BandAcc::band)).collect(),
    })
}

/// The scenario of run `i`: its uncertain parameters drawn with the generator `Rng::for_run(seed, i)`.
fn sampled_scenario(scenario: &Scenario, seed: u64, i: usize) -> Scenario {
    let mut rng = Rng::for_run(seed, i as u64);
    let mut s = scenario.clone();
    for u in &scenario.uncertain {
        u.param.set(&mut s.params, u.dist.sample(&mut rng));
    }
    s
}

/// Runs the same ensemble as [`monte_carlo`] (run `i` draws its parameters exactly as there) and
/// hands each run to `map(i, &run)`; returns what `map` returned, in run order, whatever the
/// number of threads. For outputs the bands do not hold, such as each run's whole price path.
pub fn monte_carlo_map<T: Send>(
    base: &Baseline,
    scenario: &Scenario,
    runs: usize,
    seed: u64,
    map: &(dyn Fn(usize, &Run) -> T + Sync),
) -> Result<Vec<T>, ScenarioError> {
    for u in &scenario.uncertain {
        u.dist.validate().map_err(|e| ScenarioError::Invalid(format!("{}: {e}", u.param.key())))?;
    }
    (0..runs)
        .into_par_iter()
        .map(|i| simulate(base, &sampled_scenario(scenario, seed, i)).map(|run| map(i, &run)))
        .collect()
}
