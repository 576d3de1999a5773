//! Small markets whose outcomes can be checked by hand.

use critmin_core::CountryId;
use critmin_sim::{Stockpile, StockpileSize, simulate};

use crate::{ban, baseline, scenario};

/// Exporters 0 (the restricting one) and 1; importers 2 and 3, each buying 50 t/month from each.
fn two_by_two() -> critmin_sim::Baseline {
    baseline(4, &[(0, 2, 50.0), (0, 3, 50.0), (1, 2, 50.0), (1, 3, 50.0)])
}

#[test]
fn no_shock_means_no_shortfall_and_baseline_prices() {
    let run = simulate(&two_by_two(), &scenario(vec![], 12)).unwrap();
    assert_eq!(run.totals.unmet_t, 0.0);
    assert!(run.price_targets.iter().chain(&run.price_others).chain(&run.price_home).all(|&x| x == 1.0));
    for m in &run.months {
        assert_eq!(m.supply(), m.demand);
        assert_eq!(m.direct, 50.0 + 50.0);
    }
}

#[test]
fn total_ban_is_worse_than_a_targeted_one_and_rerouting_takes_time() {
    let base = two_by_two();
    // Targeted at importer 2 only: 0's volume to 2 can be swapped with 1's volume to 3.
    let mut s = scenario(vec![ban(0, &[2], 1.0, 0, 12)], 12);
    s.params.leakage = 0.0;
    s.params.rerouting_months = 4.0;
    let targeted = simulate(&base, &s).unwrap();
    let total = simulate(&base, &scenario(vec![ban(0, &[], 1.0, 0, 12)], 12)).unwrap();
    assert!(targeted.totals.unmet_t < total.totals.unmet_t);
    // Month 0: the freed 50 t are swapped at 1/4 of the gap (12.5 t). Arbitrage: at a common
    // price, 200 x^e = 162.5, so the target would buy 81.25 t and lacks 18.75 t after the swap;
    // a quarter of it (4.6875 t) moves from importer 3 to importer 2.
    let k2 = targeted.importers.iter().position(|&c| c == CountryId(2)).unwrap();
    let k3 = targeted.importers.iter().position(|&c| c == CountryId(3)).unwrap();
    assert!((targeted.at(0, k2).rerouted - (12.5 + 4.6875)).abs() < 1e-6, "{:?}", targeted.at(0, k2));
    assert!((targeted.at(0, k3).rerouted + 4.6875).abs() < 1e-6, "{:?}", targeted.at(0, k3));
    // Month 1: swap 12.5 + 37.5/4 = 21.875; common price 171.875/200; wanted 85.9375 - 71.875.
    assert!((targeted.at(1, k2).rerouted - (21.875 + 4.6875 + (14.0625 - 4.6875) / 4.0)).abs() < 1e-6);
    // After a year the swap is nearly complete and the target's shortfall has nearly gone.
    assert!(targeted.at(11, k2).shortfall < 0.05 * targeted.at(0, k2).shortfall);
    assert!(targeted.price_targets[0] > targeted.price_targets[11]);
    // The restricting country's unsold volume depresses its home price.
    assert!(targeted.price_home[0] < 1.0);
}

#[test]
fn price_clears_the_targets_market_with_the_demand_elasticity() {
    // Importer 2 loses all 100 t of its 200 t: with no rerouting, no spare capacity, no leakage,
    // demand x^e must equal 100/200.
    let base = baseline(3, &[(0, 2, 100.0), (1, 2, 100.0)]);
    let mut s = scenario(vec![ban(0, &[2], 1.0, 0, 3)], 3);
    s.params.leakage = 0.0;
    let run = simulate(&base, &s).unwrap();
    let expected = 0.5f64.powf(1.0 / s.params.demand_elasticity);
    assert!((run.price_targets[0] - expected).abs() < 1e-6 * expected, "{} vs {expected}", run.price_targets[0]);
    let m = run.at(0, 0);
    assert!((m.shortfall - 100.0).abs() < 1e-6, "{m:?}");
}

#[test]
fn stocks_cover_the_holder_until_they_run_out() {
    let base = baseline(3, &[(0, 2, 100.0), (1, 2, 100.0)]);
    let mut s = scenario(vec![ban(0, &[2], 1.0, 0, 6)], 6);
    s.params.leakage = 0.0;
    s.stockpiles.push(Stockpile {
        country: CountryId(2),
        size: StockpileSize::Tonnes(150.0),
        release_at: 0.1,
        max_monthly_draw: 0.5, // 100 t/month
        illustrative: true,
    });
    let run = simulate(&base, &s).unwrap();
    let draws: Vec<f64> = (0..6).map(|t| run.at(t, 0).stock_draw).collect();
    assert_eq!(draws, vec![100.0, 50.0, 0.0, 0.0, 0.0, 0.0]);
    assert!((run.at(0, 0).shortfall).abs() < 1e-6);
    assert!((run.at(1, 0).shortfall - 50.0).abs() < 1e-6);
    assert_eq!(run.at(5, 0).stock, 0.0);
}

#[test]
fn a_suspended_restriction_does_nothing_while_suspended() {
    let base = two_by_two();
    let mut s = scenario(vec![ban(0, &[2], 1.0, 0, 12)], 12);
    if let critmin_sim::Event::ExportRestriction { suspended, .. } = &mut s.events[0] {
        *suspended = Some((0, 6));
    }
    let run = simulate(&base, &s).unwrap();
    assert!((0..6).all(|t| run.price_targets[t] == 1.0 && run.at(t, 0).shortfall == 0.0));
    assert!(run.price_targets[6] > 1.0);
}

#[test]
fn bad_parameters_are_errors_not_panics() {
    let mut s = scenario(vec![ban(0, &[2], 1.5, 0, 12)], 12);
    let err = simulate(&two_by_two(), &s).unwrap_err();
    assert!(err.to_string().contains("restriction fraction must be between 0 and 1"), "{err}");
    s.events.clear();
    s.params.demand_elasticity = 0.3;
    assert!(simulate(&two_by_two(), &s).is_err());
}

#[test]
fn a_restriction_on_some_hs_codes_blocks_only_those_flows() {
    // Exporter 0 sells 60 t of HS 111111 and 40 t of HS 222222 to importer 2.
    let mut base = baseline(3, &[(0, 2, 60.0), (0, 2, 40.0), (1, 2, 100.0)]);
    base.flows[1].hs6 = 222222;
    let mut only = crate::ban(0, &[2], 1.0, 0, 3);
    if let critmin_sim::Event::ExportRestriction { hs_codes, .. } = &mut only {
        *hs_codes = Some(vec![222222]);
    }
    let mut s = scenario(vec![only], 3);
    s.params.leakage = 0.0;
    let partial = simulate(&base, &s).unwrap();
    assert!((partial.at(0, 0).direct - 160.0).abs() < 1e-9, "{:?}", partial.at(0, 0));
    let mut s_all = scenario(vec![crate::ban(0, &[2], 1.0, 0, 3)], 3);
    s_all.params.leakage = 0.0;
    let all = simulate(&base, &s_all).unwrap();
    assert!((all.at(0, 0).direct - 100.0).abs() < 1e-9);
    assert!(partial.totals.unmet_t < all.totals.unmet_t);
}

#[test]
fn sticky_contracts_keep_supply_with_its_buyers() {
    // Exporter 0 (sells only to importer 2) loses half its capacity; importer 3 buys from exporter 1.
    let base = baseline(4, &[(0, 2, 100.0), (1, 3, 100.0)]);
    let outage = critmin_sim::Event::Outage { country: CountryId(0), fraction: 0.5, start: 0, end: 2 };
    let run_with = |liquidity: f64| {
        let mut s = scenario(vec![outage.clone()], 2);
        s.params.market_liquidity = liquidity;
        simulate(&base, &s).unwrap()
    };
    let (liquid, sticky) = (run_with(1.0), run_with(0.0));
    let (k2, k3) = (0, 1);
    // Fully liquid: both buy the same price-reduced share of their demand.
    let share = |r: &critmin_sim::Run, k: usize| r.at(0, k).supply() / r.at(0, k).demand;
    assert!((share(&liquid, k2) - share(&liquid, k3)).abs() < 1e-9);
    // No resale: importer 3 keeps all of its 100 t, importer 2 gets only the 50 t left.
    assert!((sticky.at(0, k3).supply() - 100.0).abs() < 1e-9);
    assert!((sticky.at(0, k2).shortfall - 50.0).abs() < 1e-9);
    for r in [&liquid, &sticky] {
        let realloc: f64 = (0..2).map(|k| r.at(0, k).market_reallocation).sum();
        assert!(realloc.abs() < 1e-9);
    }
}
