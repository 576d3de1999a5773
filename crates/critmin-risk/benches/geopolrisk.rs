//! Benchmarks: the whole GeoPolRisk batch (every material with an HS code x every importing
//! country x 2018-2024) and one risk report, on the bundled dataset, data already loaded.

use std::sync::OnceLock;

use critmin_core::{Dataset, Economy, MineralId};

fn main() {
    divan::main();
}

fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        let dir = critmin_data::bundled_data_dir().expect("bundled data");
        critmin_data::load(&dir).expect("loads").dataset
    })
}

fn batch_inputs(ds: &Dataset) -> (Vec<MineralId>, Vec<Economy>, Vec<u16>) {
    let minerals: Vec<MineralId> = ds.mineral_ids().filter(|&m| ds.mineral(m).hs_primary.is_some()).collect();
    let years: Vec<u16> = (2018..=2024).collect();
    let mut importing = vec![false; ds.countries.len()];
    for &m in &minerals {
        for hs in ds.mineral(m).hs_codes() {
            for &y in &years {
                for row in ds.trade.rows(hs, y) {
                    importing[ds.trade.importer(row).idx()] = true;
                }
            }
        }
    }
    let economies = ds.country_ids().filter(|c| importing[c.idx()]).map(|c| ds.country_economy(c)).collect();
    (minerals, economies, years)
}

#[divan::bench(sample_count = 10)]
fn geopolrisk_whole_batch(bencher: divan::Bencher) {
    let ds = ds();
    let (minerals, economies, years) = batch_inputs(ds);
    bencher
        .bench(|| critmin_risk::geopolrisk_batch(ds, &minerals, &economies, &years, critmin_risk::Options::default()));
}

#[divan::bench]
fn risk_report_cobalt_eu27(bencher: divan::Bencher) {
    let ds = ds();
    let co = ds.resolve_mineral("cobalt").expect("cobalt");
    let eu = ds.resolve_economy("EU27").expect("EU27");
    let china = ds.resolve_country("China").ok();
    bencher.bench(|| critmin_risk::risk_report(ds, co, &eu, 2022, china));
}
