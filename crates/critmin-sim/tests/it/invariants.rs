//! Invariants on random markets and scenarios.

use critmin_core::CountryId;
use critmin_sim::{Event, Stockpile, StockpileSize, simulate};
use proptest::prelude::*;

use crate::{ban, baseline, scenario};

const N: u16 = 6;

fn market() -> impl Strategy<Value = Vec<(u16, u16, f64)>> {
    prop::collection::vec((0..N, 0..N, 1.0f64..1000.0), 1..20)
        .prop_map(|v| v.into_iter().filter(|(e, i, _)| e != i).collect())
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    let restriction = (0..N, prop::collection::vec(0..N, 0..3), 0.0f64..=1.0, 0i64..10, 1i64..12)
        .prop_map(|(e, targets, f, start, len)| ban(e, &targets, f, start, start + len));
    let outage = (0..N, 0.0f64..=1.0, 0i64..10, 1i64..12).prop_map(|(c, f, start, len)| Event::Outage {
        country: CountryId(c),
        fraction: f,
        start,
        end: start + len,
    });
    prop::collection::vec(prop_oneof![restriction, outage], 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn supply_is_the_sum_of_sources_and_outputs_are_finite(flows in market(), ev in events(), stock in 0.0f64..5000.0) {
        if flows.is_empty() { return Ok(()); }
        let base = baseline(N as usize, &flows);
        let mut s = scenario(ev, 12);
        s.params.default_spare_capacity = 0.1;
        let holder = CountryId(flows[0].1);
        s.stockpiles.push(Stockpile { country: holder, size: StockpileSize::Tonnes(stock), release_at: 0.05, max_monthly_draw: 0.5, illustrative: true });
        let run = simulate(&base, &s).unwrap();
        for m in &run.months {
            prop_assert!(m.demand.is_finite() && m.shortfall.is_finite() && m.stock.is_finite());
            prop_assert!(m.stock >= 0.0 && m.shortfall >= 0.0 && m.stock_draw >= 0.0);
            // Mass balance: what it received plus what it lacked is its demand (it may receive
            // more than its demand when prices fall, and then lacks nothing).
            if m.supply() >= m.demand {
                prop_assert!(m.shortfall == 0.0, "{:?}", m);
            } else {
                prop_assert!((m.supply() + m.shortfall - m.demand).abs() <= 1e-6 * m.demand.max(1.0), "{:?}", m);
            }
        }
        // Conservation within each market segment: what importers resell to each other sums to
        // zero whenever the price cleared below the cap.
        for t in 0..run.n_months {
            if run.price_capped[t] { continue; }
            for targeted in [true, false] {
                let ms: Vec<_> = (0..run.importers.len()).map(|k| run.at(t, k)).filter(|m| m.targeted == targeted).collect();
                let realloc: f64 = ms.iter().map(|m| m.market_reallocation).sum();
                let scale: f64 = ms.iter().map(|m| m.demand).sum::<f64>().max(1.0);
                prop_assert!(realloc.abs() <= 1e-6 * scale, "month {t} targeted {targeted}: {realloc}");
            }
        }
        for x in run.price_targets.iter().chain(&run.price_others).chain(&run.price_home) {
            prop_assert!(x.is_finite() && *x > 0.0);
        }
    }

    #[test]
    fn a_stricter_restriction_never_lowers_the_targets_shortfall(
        flows in market(), exporter in 0..N, targets in prop::collection::vec(0..N, 1..3),
        a in 0.01f64..=1.0, b in 0.01f64..=1.0,
    ) {
        if flows.is_empty() { return Ok(()); }
        let base = baseline(N as usize, &flows);
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let unmet = |f: f64| {
            let run = simulate(&base, &scenario(vec![ban(exporter, &targets, f, 0, 12)], 12)).unwrap();
            (0..run.importers.len())
                .filter(|&k| targets.contains(&run.importers[k].0))
                .map(|k| run.importer_unmet(k))
                .sum::<f64>()
        };
        prop_assert!(unmet(hi) >= unmet(lo) - 1e-6 * unmet(lo).max(1.0), "{} < {}", unmet(hi), unmet(lo));
    }
}
