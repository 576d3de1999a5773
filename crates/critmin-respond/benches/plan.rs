//! The speed target: 40 partners × 20 minerals × 12 months, every pair allowed, one plan
//! (three lexicographic stages per mineral) under 1 s on 2 cores.

use std::collections::HashMap;

use critmin_core::{Country, CountryId, Dataset, Mineral, MineralId, Parts, ProductionUnit};
use critmin_respond::{Agreement, Contribution, Form, Holding, LeadTimes, Need, Problem, plan};

fn main() {
    divan::main();
}

const PARTNERS: usize = 40;
const MINERALS: usize = 20;
const MONTHS: usize = 12;

/// A deterministic pseudo-random number in [0, 1) (SplitMix64), so every run plans the same instance.
fn unit(seed: u64) -> f64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) as f64 / u64::MAX as f64
}

fn instance(contribution: Contribution) -> (Dataset, Problem) {
    let countries =
        (0..PARTNERS).map(|i| Country::new(i as u16 + 1, &format!("C{i:02}"), "", &format!("Country {i}"))).collect();
    let minerals = (0..MINERALS)
        .map(|i| Mineral {
            name: format!("Mineral {i}"),
            wmd_sheet: String::new(),
            symbol: String::new(),
            aliases: vec![],
            hs_primary: None,
            hs_complementary: vec![],
            hs_description: String::new(),
            stage: String::new(),
            category: String::new(),
            unit: ProductionUnit::Tonnes,
            eol_rir: None,
        })
        .collect();
    let ds = Dataset::new(Parts { countries, minerals, ..Parts::default() }).expect("valid dataset");
    let mut holdings = vec![];
    let mut needs = vec![];
    let mut consumption = HashMap::new();
    for m in 0..MINERALS {
        for c in 0..PARTNERS {
            let k = (m * PARTNERS + c) as u64 * 7;
            holdings.push(Holding {
                holder: CountryId(c as u16),
                agency: None,
                mineral: MineralId(m as u16),
                form: Form::Oxide,
                contained_t: 1000.0 * unit(k),
                location: CountryId(c as u16),
                releasable_share: 0.8,
                reserve_floor_t: 0.0,
                release_lead_months: (unit(k + 1) * 2.0) as usize,
                max_release_per_month_t: Some(200.0 * unit(k + 2)),
                illustrative: true,
            });
            let monthly = (0..MONTHS).map(|t| 150.0 * unit(k + 3 + t as u64 * 1000)).collect();
            needs.push(Need { partner: CountryId(c as u16), mineral: MineralId(m as u16), monthly_t: monthly });
            consumption.insert((CountryId(c as u16), MineralId(m as u16)), 100.0 + 100.0 * unit(k + 4));
        }
    }
    let region: Vec<Option<u16>> = (0..PARTNERS).map(|c| Some((c % 8) as u16)).collect();
    // Regions nest in continents, as UN M49 regions do (data/regions.csv).
    let continent: Vec<Option<u16>> = (0..PARTNERS).map(|c| Some((c % 8 % 3) as u16)).collect();
    let agreement = Agreement {
        name: "all".into(),
        members: (0..PARTNERS).map(|c| CountryId(c as u16)).collect(),
        contribution,
        cost_per_t_usd: None,
        collective_release_t: None,
    };
    let p = Problem {
        n_months: MONTHS,
        holdings,
        needs,
        agreements: vec![agreement],
        lead_times: LeadTimes::from_regions(&region, &continent, 1, 2, 3),
        consumption,
    };
    (ds, p)
}

#[divan::bench(sample_count = 5)]
fn plan_40x20x12(bencher: divan::Bencher) {
    let (ds, p) = instance(Contribution::None);
    bencher.bench(|| plan(&ds, &p).expect("a plan"));
}

#[divan::bench(sample_count = 5)]
fn plan_40x20x12_consumption_rule(bencher: divan::Bencher) {
    let (ds, p) = instance(Contribution::Consumption);
    bencher.bench(|| plan(&ds, &p).expect("a plan"));
}

/// The same instance with every lead time written pair by pair: no hubs or destination nodes,
/// every arc holding × recipient × month written out (the same optimum; see the property test
/// `hubs_change_nothing_but_the_size`). Shows what the network aggregation saves.
#[divan::bench(sample_count = 1)]
fn plan_40x20x12_every_arc(bencher: divan::Bencher) {
    let (ds, mut p) = instance(Contribution::None);
    for a in 0..PARTNERS as u16 {
        for b in 0..PARTNERS as u16 {
            let months = p.lead_times.get(CountryId(a), CountryId(b)) as u8;
            p.lead_times.set(CountryId(a), CountryId(b), months);
        }
    }
    bencher.bench(|| plan(&ds, &p).expect("a plan"));
}
