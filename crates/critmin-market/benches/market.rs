//! Benchmarks: the border adjustment over all HS codes of rare earths in 2024 for the G7+, and a
//! CfD budget at risk over a 1,000-run Monte Carlo ensemble of the rare-earth stress test (the
//! ensemble itself, and the quantiles alone over its stored price paths).

use std::path::PathBuf;

use critmin_core::{CountryId, Dataset, Tonnes};
use critmin_market::{Contract, Floor, PriceScale, ReferencePath, UsdPerKg, border_adjustment, budget_at_risk};
use critmin_sim::{Baseline, Scenario, monte_carlo_map};

fn main() {
    divan::main();
}

fn dataset() -> Dataset {
    let dir = critmin_data::bundled_data_dir().expect("bundled data");
    critmin_data::load(&dir).expect("loads").dataset
}

#[divan::bench(sample_count = 200)]
fn floor_rare_earths_all_hs_2024_g7plus(bencher: divan::Bencher) {
    let ds = dataset();
    let club = ds.resolve_economy("G7+").expect("G7+");
    let m = ds.resolve_mineral("rare earths").expect("rare earths");
    let floors: Vec<Floor> =
        ds.mineral(m).hs_codes().map(|hs6| Floor { mineral: m, hs6, price: UsdPerKg(20.0) }).collect();
    bencher.bench(|| border_adjustment(&ds, &club, &floors, 2024, &PriceScale::Recorded));
}

fn setup() -> (Baseline, Scenario, Contract) {
    let ds = dataset();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/rare-earth-ban-g7plus.toml");
    let (scenario, _) = critmin_data::read_scenario(&ds, &path).expect("scenario");
    let base = Baseline::from_dataset(&ds, scenario.mineral, scenario.baseline_year).expect("baseline");
    let usa = ds.resolve_country("USA").expect("USA");
    let contract = Contract {
        name: "NdPr".into(),
        producer: usa,
        mineral: scenario.mineral,
        hs6: Some(284690),
        strike: UsdPerKg(110.0),
        tonnes_per_year: Tonnes(1000.0),
        start_year: 2025,
        years: 10,
        cap: None,
    };
    (base, scenario, contract)
}

fn paths(base: &Baseline, s: &Scenario, producer: CountryId) -> Vec<Vec<ReferencePath>> {
    monte_carlo_map(base, s, 1000, 42, &|_, run| {
        vec![ReferencePath::from_run("run", run, s.first_month, UsdPerKg(60.0), producer)]
    })
    .expect("runs")
}

#[divan::bench(sample_count = 3)]
fn cfd_budget_at_risk_1000_runs(bencher: divan::Bencher) {
    let (base, s, c) = setup();
    bencher.bench(|| budget_at_risk(std::slice::from_ref(&c), &paths(&base, &s, c.producer)));
}

#[divan::bench(sample_count = 100)]
fn cfd_quantiles_only_1000_paths(bencher: divan::Bencher) {
    let (base, s, c) = setup();
    let p = paths(&base, &s, c.producer);
    bencher.bench(|| budget_at_risk(std::slice::from_ref(&c), &p));
}
