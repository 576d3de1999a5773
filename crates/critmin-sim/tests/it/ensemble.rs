//! Monte Carlo: same seed, same bands, whatever the thread count; bands are ordered; a scenario
//! with nothing uncertain gives bands of width zero at the deterministic value.

use critmin_core::CountryId;
use critmin_sim::{Dist, ParamName, Uncertain, monte_carlo, simulate};

use crate::{ban, baseline, scenario};

fn setup() -> (critmin_sim::Baseline, critmin_sim::Scenario) {
    let base = baseline(4, &[(0, 2, 50.0), (0, 3, 50.0), (1, 2, 50.0), (1, 3, 80.0)]);
    let mut s = scenario(vec![ban(0, &[2], 1.0, 1, 10)], 12);
    s.uncertain = vec![
        Uncertain { param: ParamName::DemandElasticity, dist: Dist::Triangular { min: -0.4, mode: -0.2, max: -0.05 } },
        Uncertain { param: ParamName::ReroutingMonths, dist: Dist::Uniform { low: 2.0, high: 8.0 } },
        Uncertain { param: ParamName::Leakage, dist: Dist::Normal { mean: 0.1, sd: 0.1 } },
    ];
    (base, s)
}

#[test]
fn same_seed_same_bands_with_one_or_two_threads() {
    let (base, s) = setup();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| monte_carlo(&base, &s, 700, 9, &[CountryId(2)], &|_, _| {}).unwrap())
    };
    let (one, two) = (run(1), run(2));
    assert_eq!(one, two);
    let other_seed = monte_carlo(&base, &s, 700, 10, &[CountryId(2)], &|_, _| {}).unwrap();
    assert_ne!(one.unmet_t, other_seed.unmet_t);
}

#[test]
fn bands_are_ordered_and_collapse_without_uncertainty() {
    let (base, mut s) = setup();
    let e = monte_carlo(&base, &s, 500, 1, &[CountryId(2)], &|_, _| {}).unwrap();
    for b in e.price_targets.iter().chain(&e.shortfall).chain([&e.unmet_t, &e.importer_unmet[0].1]) {
        assert!(b.p5 <= b.p50 + 1e-9 && b.p50 <= b.p95 + 1e-9, "{b:?}");
    }
    assert!(e.unmet_t.p95 > e.unmet_t.p5, "uncertainty widens the band");
    s.uncertain.clear();
    let det = simulate(&base, &s).unwrap();
    let e = monte_carlo(&base, &s, 50, 1, &[], &|_, _| {}).unwrap();
    assert_eq!((e.unmet_t.p5, e.unmet_t.p95), (det.totals.unmet_t, det.totals.unmet_t));
}
