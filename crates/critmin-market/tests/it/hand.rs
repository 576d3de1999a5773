//! Hand-computed cases on the four-country fixture.

use critmin_core::{CountryId, MineralId, Tonnes};
use critmin_market::{
    Contract, CostEntry, CostMethod, Floor, Offtake, PriceScale, ReferencePath, UsdPerKg, border_adjustment,
    budget_at_risk, offtake_coverage, payments, reference_from_costs, standards_today,
};

use crate::fixture::*;

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} != {b}");
}

#[test]
fn floor_of_10_usd_per_kg_by_hand() {
    let ds = hand_world();
    let floors = [Floor { mineral: MINERAL, hs6: HS, price: UsdPerKg(10.0) }];
    let r = border_adjustment(&ds, &club(&ds), &floors, YEAR, &PriceScale::Recorded).unwrap();
    // Only C -> A pays: (10 - 500/100) x 100 t = 500 thousand USD.
    close(r.total.adjustment_kusd, 500.0);
    close(r.total.external_t, 230.0); // C->A 100, D->A 100, C->B 30
    close(r.total.external_kusd, 2000.0);
    close(r.total.effective_rate().unwrap(), 0.25);
    close(r.total.club_imports_t, 280.0); // + B->A 50; D->B has no quantity
    close(r.total.club_imports_kusd, 2150.0);
    close(r.total.affected_t, 100.0);
    close(r.total.affected_share().unwrap(), 100.0 / 280.0);
    close(r.total.unassessed_kusd, 50.0);
    assert_eq!(r.by_importer[0].country, A);
    close(r.by_importer[0].totals.adjustment_kusd, 500.0);
    assert_eq!(r.by_exporter.iter().map(|p| p.country).collect::<Vec<_>>(), vec![C, D]);
    assert!(r.by_exporter.iter().all(|p| p.country != A && p.country != B), "members never pay");
    // Gainers: A can move 10 t inside; D, B and C already ship 100, 50 and 30 t in without paying.
    let g: Vec<(CountryId, f64, f64)> =
        r.gainers.iter().map(|g| (g.country, g.into_club_free_t, g.redirectable_t)).collect();
    assert_eq!(g, vec![(A, 0.0, 10.0), (B, 50.0, 0.0), (C, 30.0, 0.0), (D, 100.0, 0.0)]);
}

#[test]
fn a_stress_price_ratio_scales_unit_values() {
    let ds = hand_world();
    let floors = [Floor { mineral: MINERAL, hs6: HS, price: UsdPerKg(10.0) }];
    // Prices into A doubled: C->A at 10 USD/kg pays nothing; C->B unchanged at 10.
    let scale = PriceScale::PerImporter(vec![2.0, 1.0, 1.0, 1.0]);
    let r = border_adjustment(&ds, &club(&ds), &floors, YEAR, &scale).unwrap();
    close(r.total.adjustment_kusd, 0.0);
    close(r.total.external_kusd, 2.0 * 1700.0 + 300.0);
}

#[test]
fn unknown_hs_code_is_an_error() {
    let ds = hand_world();
    let floors = [Floor { mineral: MINERAL, hs6: 999999, price: UsdPerKg(10.0) }];
    let e = border_adjustment(&ds, &club(&ds), &floors, YEAR, &PriceScale::Recorded).unwrap_err();
    assert_eq!(e.to_string(), "HS 999999 is not one of Testium's codes (111111, 222222)");
    let floors = [Floor { mineral: MINERAL, hs6: HS, price: UsdPerKg(10.0) }];
    let e = border_adjustment(&ds, &club(&ds), &floors, 2001, &PriceScale::Recorded).unwrap_err();
    assert_eq!(e.to_string(), "no trade of Testium recorded in 2001; trade covers 2024-2024");
}

#[test]
fn reference_prices_from_a_cost_table() {
    let entry = |c: u16, cost: f64, cap: f64| CostEntry {
        producer: CountryId(c),
        hs6: HS,
        cost: UsdPerKg(cost),
        capacity: Some(Tonnes(cap)),
    };
    let costs = [entry(0, 8.0, 100.0), entry(1, 12.0, 300.0), entry(2, 10.0, 100.0)];
    close(reference_from_costs(&costs, HS, CostMethod::Mean, 0.0).unwrap().0, 10.0);
    // (8x100 + 12x300 + 10x100) / 500 = 10.8
    close(reference_from_costs(&costs, HS, CostMethod::CapacityWeighted, 0.0).unwrap().0, 10.8);
    close(reference_from_costs(&costs, HS, CostMethod::Max, 0.1).unwrap().0, 13.2);
    close(reference_from_costs(&costs, HS, CostMethod::Quantile(0.75), 0.0).unwrap().0, 11.0);
    assert!(reference_from_costs(&costs, HS2, CostMethod::Mean, 0.0).is_err());
}

fn ndpr(cap: Option<f64>) -> Contract {
    Contract {
        name: "NdPr".into(),
        producer: A,
        mineral: MineralId(0),
        hs6: None,
        strike: UsdPerKg(110.0),
        tonnes_per_year: Tonnes(1000.0),
        start_year: 2025,
        years: 10,
        cap: cap.map(UsdPerKg),
    }
}

#[test]
fn cfd_pays_the_gap_and_claws_back_above_the_cap() {
    let c = ndpr(Some(150.0));
    let path = ReferencePath {
        label: "test".into(),
        first_year: 2025,
        prices: vec![Some(UsdPerKg(60.0)), Some(UsdPerKg(120.0)), Some(UsdPerKg(170.0)), None],
    };
    let p = payments(&c, &path);
    assert_eq!(p.len(), 10);
    // (110 - 60) x 1,000 t = 50,000 kUSD; 0 between strike and cap; -(170 - 150) x 1,000 = -20,000.
    let got: Vec<Option<f64>> = p.iter().map(|y| y.payment.map(|k| k.0)).collect();
    assert_eq!(&got[..4], &[Some(50_000.0), Some(0.0), Some(-20_000.0), None]);
    assert!(got[4..].iter().all(Option::is_none), "years without a price stay empty");
    assert!(c.validate(2026).is_ok());
    assert_eq!(
        c.validate(2035).unwrap_err().to_string(),
        "contract 'NdPr' ends in 2034, before 2035: its whole term is in the past"
    );
}

#[test]
fn budget_at_risk_of_three_runs() {
    let c = ndpr(None);
    let run = |p: f64| vec![ReferencePath::flat("r", 2025, 10, UsdPerKg(p))];
    // Yearly payments 50,000, 10,000 and 0 kUSD: P50 10,000; P95 = 10,000 + 0.9 x 40,000 = 46,000.
    let b = budget_at_risk(&[c], &[run(60.0), run(100.0), run(120.0)]);
    assert_eq!(b.runs, 3);
    assert_eq!(b.yearly.len(), 10);
    close(b.yearly[0].p50, 10_000.0);
    close(b.yearly[0].p95, 46_000.0);
    close(b.total_p50, 100_000.0);
    close(b.total_p95, 460_000.0);
    assert!(b.years_unpriced.is_empty());
}

#[test]
fn offtake_coverage_by_hand() {
    let ds = hand_world();
    let o = Offtake {
        name: "B to A".into(),
        buyer: A,
        seller: B,
        mineral: MINERAL,
        tonnes_per_year: Tonnes(60.0),
        start_year: 2025,
        years: 5,
    };
    let cov = offtake_coverage(&ds, &club(&ds), MINERAL, YEAR, std::slice::from_ref(&o), Some(C), None).unwrap();
    // A imports 250 t (C 100, D 100, B 50); B imports 30 t with a quantity.
    close(cov.members[0].imports_t, 250.0);
    close(cov.members[0].covered_share.unwrap(), 60.0 / 250.0);
    close(cov.club_imports_t, 280.0);
    close(cov.club_covered_share.unwrap(), 60.0 / 280.0);
    // Before: C 130, D 100, B 50 of 280 t. After: 60 t displaced pro rata from C and D (30 each).
    close(cov.before.hhi, 29_400.0 / 78_400.0);
    close(cov.before.supplier_share.unwrap(), 130.0 / 280.0);
    close(cov.after.hhi, 27_000.0 / 78_400.0);
    close(cov.after.supplier_share.unwrap(), 100.0 / 280.0);
    close(cov.before.external_share, 230.0 / 280.0);
    close(cov.after.external_share, 170.0 / 280.0);
    // Not yet in force in 2024: nothing counted.
    let none = offtake_coverage(&ds, &club(&ds), MINERAL, YEAR, std::slice::from_ref(&o), None, Some(2024)).unwrap();
    assert_eq!(none.n_contracts, 0);
    close(none.club_covered_share.unwrap(), 0.0);
    // A buyer outside the club is an error.
    let outside = Offtake { buyer: C, seller: A, ..o };
    let e = offtake_coverage(&ds, &club(&ds), MINERAL, YEAR, &[outside], None, None).unwrap_err();
    assert_eq!(e.to_string(), "Gamma buys under offtake 'B to A' but is not a member of AB");
}

#[test]
fn certified_suppliers_today_by_hand() {
    let ds = hand_world();
    let s = standards_today(&ds, &club(&ds), MINERAL, YEAR, &[B, D]).unwrap();
    close(s.club_imports_t, 280.0);
    close(s.from_certified_t, 150.0); // B->A 50, D->A 100
    close(s.certified_exports_t, 150.0); // D->B has no quantity
    close(s.current_share.unwrap(), 150.0 / 280.0);
    close(s.coverable_share.unwrap(), 150.0 / 280.0);
}
