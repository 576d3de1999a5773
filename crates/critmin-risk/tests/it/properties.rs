//! Invariants on random small datasets.

use critmin_core::{CountryId, MineralId, ProductionUnit};
use critmin_risk::{geopolrisk, production_concentration};
use proptest::prelude::*;

use crate::fixture::{Fixture, HS1, HS2, YEAR};

const N: usize = 6;

fn fixture() -> impl Strategy<Value = Fixture> {
    let production = prop::collection::vec((0..N, 0.0f64..1e6), 1..8);
    let flow = (0..N, 0..N, prop::bool::ANY, 0.0f64..1e5, prop::option::of(0.0f64..1e5));
    let flows = prop::collection::vec(flow, 0..20);
    let wgi = prop::collection::vec((0..N, -3.0f64..3.0), 0..N);
    let members = prop::collection::btree_set(0..N, 1..4);
    (production, flows, wgi, members).prop_map(|(production, flows, wgi, members)| Fixture {
        n_countries: N,
        production,
        flows: flows
            .into_iter()
            .filter(|f| f.0 != f.1)
            .map(|(e, i, primary, v, q)| (e, i, if primary { HS1 } else { HS2 }, v, q))
            .collect(),
        wgi,
        coalitions: vec![("K", members.into_iter().collect())],
        unit: ProductionUnit::Tonnes,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn shares_sum_to_one_and_hhi_is_bounded(f in fixture()) {
        let ds = f.build();
        if let Ok(p) = production_concentration(&ds, MineralId(0), YEAR) {
            let sum: f64 = p.shares.iter().map(|s| s.share).sum();
            prop_assert!((sum - 1.0).abs() < 1e-9);
            let n = p.shares.len() as f64;
            prop_assert!(p.hhi >= 1.0 / n - 1e-12 && p.hhi <= 1.0 + 1e-12);
            prop_assert!(p.top3_share <= 1.0 + 1e-12 && p.top3_share >= p.top1().unwrap().share);
        }
    }

    #[test]
    fn import_risk_is_within_zero_and_one(f in fixture(), importer in 0..N) {
        let ds = f.build();
        if let Ok(g) = geopolrisk(&ds, MineralId(0), &ds.country_economy(CountryId(importer as u16)), YEAR) {
            let Some(ir) = g.import_risk else {
                prop_assert!(f.flows.is_empty() && g.notes.contains(&critmin_risk::Note::NoTradeData));
                return Ok(());
            };
            prop_assert!((0.0..=1.0).contains(&ir), "{}", ir);
            prop_assert!(g.score.unwrap() <= g.hhi + 1e-12);
        }
    }

    #[test]
    fn trade_inside_a_coalition_never_adds_to_its_import_risk(f in fixture(), q in 0.0f64..1e6) {
        let ds = f.build();
        let k = ds.resolve_economy("K").unwrap();
        let Ok(before) = geopolrisk(&ds, MineralId(0), &k, YEAR) else { return Ok(()) };
        let Some(ir_before) = before.import_risk else { return Ok(()) };
        // Add a flow between two members (or a member to itself when there is only one).
        let (a, b) = (k.members[0].idx(), k.members[k.members.len() - 1].idx());
        if a == b { return Ok(()); }
        let mut flows = f.flows.clone();
        flows.push((a, b, HS1, 1.0, Some(q)));
        let ds2 = Fixture { flows, coalitions: f.coalitions.clone(), production: f.production.clone(), wgi: f.wgi.clone(), ..f };
        let ds2 = ds2.build();
        let after = geopolrisk(&ds2, MineralId(0), &ds2.resolve_economy("K").unwrap(), YEAR).unwrap();
        prop_assert!((after.weighted_imports.0 - before.weighted_imports.0).abs() < 1e-6);
        prop_assert!(after.import_risk.unwrap() <= ir_before + 1e-12);
    }
}
