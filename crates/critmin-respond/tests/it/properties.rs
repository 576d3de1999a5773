//! Properties on random small instances: shipments respect holdings, rules and lead times;
//! coordination never leaves more unmet than national releases alone; and the largest unmet share
//! equals the optimum found independently by bisection over a max-flow feasibility test.

use proptest::prelude::*;

use critmin_respond::{Contribution, Problem, national_only, plan};

use super::*;

const N: usize = 5;

fn instance() -> impl Strategy<Value = Problem> {
    let holdings = prop::collection::vec((0..N as u16, 0.0..100.0f64, 0..2usize, prop::option::of(5.0..50.0f64)), 1..4);
    let needs = prop::collection::vec((0..N as u16, prop::collection::vec(0.0..60.0f64, 3)), 1..4);
    let members = prop::collection::vec(0..N as u16, 2..5);
    let leads = prop::collection::vec(0..3u8, N * N);
    (holdings, needs, members, leads).prop_map(|(hs, ns, members, leads)| {
        let holdings = hs
            .into_iter()
            .map(|(c, t, lead, rate)| {
                let mut h = holding(c, t, lead);
                h.max_release_per_month_t = rate;
                h
            })
            .collect();
        let needs = ns.into_iter().map(|(c, v)| need(c, &v)).collect();
        let mut p = problem(N, 3, holdings, needs, vec![agreement("a", &members, Contribution::None)]);
        for a in 0..N as u16 {
            for b in 0..N as u16 {
                if a != b {
                    p.lead_times.set(c(a), c(b), leads[a as usize * N + b as usize]);
                }
            }
        }
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn shipments_respect_holdings_rules_and_lead_times(p in instance()) {
        let ds = dataset(N);
        let pl = plan(&ds, &p).unwrap();
        let mut released = vec![0.0; p.holdings.len()];
        for s in &pl.shipments {
            let h = &p.holdings[s.holding];
            released[s.holding] += s.tonnes;
            prop_assert!(s.tonnes >= 0.0);
            prop_assert!(s.dispatch >= h.release_lead_months);
            prop_assert_eq!(s.arrival, s.dispatch + p.lead_times.get(h.location, s.recipient));
            prop_assert!(s.arrival < p.n_months);
            prop_assert!(h.holder == s.recipient || p.agreements[0].has(h.holder) && p.agreements[0].has(s.recipient));
            if let Some(rate) = h.max_release_per_month_t {
                let month: f64 = pl.shipments.iter().filter(|x| x.holding == s.holding && x.dispatch == s.dispatch).map(|x| x.tonnes).sum();
                prop_assert!(month <= rate + 1e-6);
            }
        }
        for (i, h) in p.holdings.iter().enumerate() {
            prop_assert!(released[i] <= h.available_t() + 1e-6);
        }
        for o in &pl.partners {
            prop_assert!(o.unmet_t <= o.need_t + 1e-6);
            prop_assert!(o.unmet_t >= -1e-6);
        }
    }

    #[test]
    fn coordination_never_leaves_more_unmet(p in instance()) {
        let ds = dataset(N);
        let with = plan(&ds, &p).unwrap();
        let without = plan(&ds, &national_only(&p)).unwrap();
        prop_assert!(with.unmet_t() <= without.unmet_t() + 1e-5, "{} > {}", with.unmet_t(), without.unmet_t());
        prop_assert!(with.max_unmet_share() <= without.max_unmet_share() + 1e-6);
    }

    /// One month, no lead times, no rates: the smallest largest unmet share z is the least z for
    /// which holders (capacity = available tonnes) can send every recipient need × (1 − z) along
    /// allowed routes — a max-flow test, bisected.
    #[test]
    fn max_unmet_share_is_optimal(
        hs in prop::collection::vec((0..N as u16, 0.0..100.0f64), 1..4),
        ns in prop::collection::vec((0..N as u16, 1.0..80.0f64), 1..4),
        members in prop::collection::vec(0..N as u16, 2..5),
    ) {
        let ds = dataset(N);
        let holdings: Vec<_> = hs.iter().map(|&(c, t)| holding(c, t, 0)).collect();
        let needs: Vec<_> = ns.iter().map(|&(c, t)| need(c, &[t])).collect();
        let mut p = problem(N, 1, holdings, needs, vec![agreement("a", &members, Contribution::None)]);
        p.lead_times = critmin_respond::LeadTimes::uniform(N, 0);
        let pl = plan(&ds, &p).unwrap();
        let z = bisect_min_max_share(&p);
        prop_assert!((pl.max_unmet_share() - z).abs() < 1e-5, "LP {} vs bisection {}", pl.max_unmet_share(), z);
    }
}

/// Independent check: bisection on z with a max-flow feasibility test.
fn bisect_min_max_share(p: &Problem) -> f64 {
    let mut need = [0.0; N];
    for n in &p.needs {
        need[n.partner.idx()] += n.monthly_t[0];
    }
    let allowed = |a: usize, b: usize| a == b || p.agreements[0].has(c(a as u16)) && p.agreements[0].has(c(b as u16));
    let feasible = |z: f64| {
        // nodes: 0 source, 1..=H holdings, H+1..=H+N recipients, H+N+1 sink
        let h = p.holdings.len();
        let n_nodes = h + N + 2;
        let sink = n_nodes - 1;
        let mut cap = vec![vec![0.0; n_nodes]; n_nodes];
        for (i, hd) in p.holdings.iter().enumerate() {
            cap[0][1 + i] = hd.available_t();
            for r in 0..N {
                if allowed(hd.holder.idx(), r) {
                    cap[1 + i][1 + h + r] = f64::INFINITY;
                }
            }
        }
        let target: f64 = need.iter().map(|x| x * (1.0 - z)).sum();
        for r in 0..N {
            cap[1 + h + r][sink] = need[r] * (1.0 - z);
        }
        max_flow(&mut cap, 0, sink) >= target - 1e-9
    };
    let (mut lo, mut hi) = (0.0, 1.0);
    if feasible(0.0) {
        return 0.0;
    }
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if feasible(mid) { hi = mid } else { lo = mid }
    }
    hi
}

/// Edmonds–Karp on a dense capacity matrix.
fn max_flow(cap: &mut [Vec<f64>], s: usize, t: usize) -> f64 {
    let n = cap.len();
    let mut flow = 0.0;
    loop {
        let mut prev = vec![usize::MAX; n];
        prev[s] = s;
        let mut queue = std::collections::VecDeque::from([s]);
        while let Some(u) = queue.pop_front() {
            for v in 0..n {
                if prev[v] == usize::MAX && cap[u][v] > 1e-12 {
                    prev[v] = u;
                    queue.push_back(v);
                }
            }
        }
        if prev[t] == usize::MAX {
            return flow;
        }
        let mut bottleneck = f64::INFINITY;
        let mut v = t;
        while v != s {
            bottleneck = bottleneck.min(cap[prev[v]][v]);
            v = prev[v];
        }
        let mut v = t;
        while v != s {
            let u = prev[v];
            cap[u][v] -= bottleneck;
            cap[v][u] += bottleneck;
            v = u;
        }
        flow += bottleneck;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Region-based lead times let holdings of a region share a source hub, and recipients reached
    /// alike share a destination node; the same lead times written pair by pair do not. Both
    /// formulations must reach the same optimum — with holdings stored abroad, continents that do
    /// or do not nest the regions, and with or without a proportional contribution rule.
    #[test]
    fn hubs_change_nothing_but_the_size(
        p in instance(),
        regions in prop::collection::vec(0..3u16, N),
        continents in prop::collection::vec(0..2u16, N),
        nested in any::<bool>(),
        stored_abroad in prop::collection::vec(prop::option::of(0..N as u16), 4),
        extra in prop::collection::vec((0..N as u16, 0.0..100.0f64, prop::option::of(5.0..50.0f64)), 0..4),
        by_consumption in any::<bool>(),
    ) {
        let ds = dataset(N);
        let region: Vec<Option<u16>> = regions.iter().map(|&r| Some(r)).collect();
        let continent: Vec<Option<u16>> =
            (0..N).map(|i| Some(if nested { regions[i] / 2 } else { continents[i] })).collect();
        let mut p = p;
        for (c_, t, rate) in extra {
            let mut h = holding(c_, t, 0);
            h.max_release_per_month_t = rate;
            p.holdings.push(h);
        }
        for (h, loc) in p.holdings.iter_mut().zip(&stored_abroad) {
            if let Some(l) = loc {
                h.location = c(*l);
            }
        }
        if by_consumption {
            p.agreements[0].contribution = Contribution::Consumption;
            for i in 0..N as u16 {
                p.consumption.insert((c(i), M), 10.0 + f64::from(i));
            }
        }
        let mut hubbed = p.clone();
        hubbed.lead_times = critmin_respond::LeadTimes::from_regions(&region, &continent, 1, 2, 3);
        let mut flat = p.clone();
        flat.lead_times = critmin_respond::LeadTimes::uniform(N, 0);
        for a in 0..N as u16 {
            for b in 0..N as u16 {
                flat.lead_times.set(c(a), c(b), hubbed.lead_times.get(c(a), c(b)) as u8);
            }
        }
        let (x, y) = match (plan(&ds, &hubbed), plan(&ds, &flat)) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                return Ok(());
            }
            (a, b) => return Err(TestCaseError::fail(format!("{a:?} vs {b:?}"))),
        };
        prop_assert!((x.max_unmet_share() - y.max_unmet_share()).abs() < 1e-6, "{} vs {}", x.max_unmet_share(), y.max_unmet_share());
        prop_assert!((x.unmet_t() - y.unmet_t()).abs() < 1e-5, "{} vs {}", x.unmet_t(), y.unmet_t());
        prop_assert!((x.minerals[0].cost - y.minerals[0].cost).abs() < 1e-4 * (1.0 + y.minerals[0].cost.abs()));
        // shipments from hubs still respect holdings, rates and lead times
        let mut released = vec![0.0; p.holdings.len()];
        for s in &x.shipments {
            let h = &hubbed.holdings[s.holding];
            released[s.holding] += s.tonnes;
            prop_assert_eq!(s.arrival, s.dispatch + hubbed.lead_times.get(h.location, s.recipient));
            if let Some(rate) = h.max_release_per_month_t {
                let month: f64 = x.shipments.iter().filter(|z| z.holding == s.holding && z.dispatch == s.dispatch).map(|z| z.tonnes).sum();
                prop_assert!(month <= rate + 1e-6);
            }
        }
        for (i, h) in p.holdings.iter().enumerate() {
            prop_assert!(released[i] <= h.available_t() + 1e-6);
        }
    }
}
