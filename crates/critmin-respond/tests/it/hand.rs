//! Small cases solved by hand, with the exact plan expected.

use critmin_respond::{Contribution, Finding, PlanError, national_only, plan};

use super::*;

const JPN: u16 = 0;
const AUS: u16 = 1;
const DEU: u16 = 2;
const KOR: u16 = 3;

/// Two holders (JPN 60 t, AUS 30 t), two recipients (DEU, KOR) short 50 t each in month 1; every
/// route takes a month except AUS→DEU, which takes two and so cannot help.
///
/// By hand: DEU can only be served by JPN, KOR by both. All 90 t can be used, leaving 10 t unmet;
/// the fair split leaves 5 t (10%) unmet at each. So DEU gets 45 t from JPN, KOR gets the other
/// 15 t of JPN and all 30 t of AUS, everything dispatched in month 0.
fn two_by_two() -> Problem {
    let mut p = problem(
        4,
        2,
        vec![holding(JPN, 60.0, 0), holding(AUS, 30.0, 0)],
        vec![need(DEU, &[0.0, 50.0]), need(KOR, &[0.0, 50.0])],
        vec![agreement("four", &[JPN, AUS, DEU, KOR], Contribution::None)],
    );
    p.lead_times.set(c(AUS), c(DEU), 2);
    p
}

fn shipped(pl: &critmin_respond::Plan, holding: usize, to: u16) -> f64 {
    pl.shipments.iter().filter(|s| s.holding == holding && s.recipient == c(to)).map(|s| s.tonnes).sum()
}

#[test]
fn two_holders_two_recipients_exact_plan() {
    let ds = dataset(4);
    let pl = plan(&ds, &two_by_two()).unwrap();
    assert!((shipped(&pl, 0, DEU) - 45.0).abs() < 1e-6, "{pl:?}");
    assert!((shipped(&pl, 0, KOR) - 15.0).abs() < 1e-6);
    assert!((shipped(&pl, 1, KOR) - 30.0).abs() < 1e-6);
    assert!(shipped(&pl, 1, DEU).abs() < 1e-9);
    assert!(pl.shipments.iter().all(|s| s.dispatch == 0 && s.arrival == 1));
    assert!((pl.max_unmet_share() - 0.1).abs() < 1e-6);
    assert!((pl.unmet_t() - 10.0).abs() < 1e-6);
    for o in &pl.partners {
        assert!((o.unmet_t - 5.0).abs() < 1e-6);
    }
    assert_eq!(pl.holdings.iter().map(|h| h.stock_left_t).sum::<f64>().round(), 0.0);
    // Both holdings are exhausted, which is why 10 t stay unmet.
    let exhausted = pl.findings.iter().filter(|f| matches!(f, Finding::HoldingExhausted { .. })).count();
    assert_eq!(exhausted, 2, "{:?}", pl.findings);
}

#[test]
fn without_coordination_nobody_is_helped() {
    let ds = dataset(4);
    let pl = plan(&ds, &national_only(&two_by_two())).unwrap();
    assert!(pl.shipments.is_empty());
    assert!((pl.unmet_t() - 100.0).abs() < 1e-9);
    assert!((pl.max_unmet_share() - 1.0).abs() < 1e-9);
    let forbidden = pl.findings.iter().filter(|f| matches!(f, Finding::RuleForbids { .. })).count();
    assert_eq!(forbidden, 4, "each holding is forbidden to each recipient: {:?}", pl.findings);
}

/// The side-by-side comparison: each recipient of the two-by-two case is short 50 t in month 1
/// without coordination (one month, peak 50 t) and 5 t with it (one month, peak 5 t).
#[test]
fn comparison_with_and_without_coordination() {
    let ds = dataset(4);
    let p = two_by_two();
    let rows = critmin_respond::compare(&plan(&ds, &p).unwrap(), &plan(&ds, &national_only(&p)).unwrap());
    assert_eq!(rows.len(), 2);
    for r in &rows {
        assert_eq!((r.need_t, r.unmet_national_t, r.peak_national_t), (50.0, 50.0, 50.0));
        assert!((r.unmet_coordinated_t - 5.0).abs() < 1e-6 && (r.peak_coordinated_t - 5.0).abs() < 1e-6);
        assert_eq!((r.months_short_national, r.months_short_coordinated), (1, 1));
        assert!((r.received_t - 45.0).abs() < 1e-6);
        assert_eq!(r.sent_to_others_t, 0.0);
        assert!(r.sent_to_others_t.is_sign_positive(), "no -0.0 in the output");
    }
}

/// A need in month 0 cannot be reached when every route takes a month; the stock then goes to the
/// month-1 need. A holder's own need is served at once (lead time 0 within a country).
#[test]
fn lead_time_too_long_is_explained() {
    let ds = dataset(4);
    let p = problem(
        4,
        2,
        vec![holding(JPN, 100.0, 0)],
        vec![need(DEU, &[20.0, 30.0]), need(JPN, &[10.0, 0.0])],
        vec![agreement("pair", &[JPN, DEU], Contribution::None)],
    );
    let pl = plan(&ds, &p).unwrap();
    let deu = pl.partners.iter().find(|o| o.partner == c(DEU)).unwrap();
    assert!((deu.unmet_t - 20.0).abs() < 1e-6);
    assert!((deu.unmet_monthly_t[0] - 20.0).abs() < 1e-6);
    let jpn = pl.partners.iter().find(|o| o.partner == c(JPN)).unwrap();
    assert!(jpn.unmet_t.abs() < 1e-6);
    assert!((shipped(&pl, 0, DEU) - 30.0).abs() < 1e-6);
    assert!((shipped(&pl, 0, JPN) - 10.0).abs() < 1e-6);
    assert!(
        pl.findings.iter().any(|f| matches!(f,
        Finding::LeadTimeTooLong { partner, unreachable_t, earliest_arrival: 1, .. }
            if *partner == c(DEU) && (*unreachable_t - 20.0).abs() < 1e-9)),
        "{:?}",
        pl.findings
    );
}

/// A release rate of 10 t a month spreads a release over months; a reserve floor and a
/// releasable share cap the total.
#[test]
fn release_rate_floor_and_share() {
    let ds = dataset(4);
    let mut h = holding(JPN, 100.0, 0);
    h.max_release_per_month_t = Some(10.0);
    h.releasable_share = 0.5; // 50 t
    h.reserve_floor_t = 60.0; // leaves 40 t
    let p = problem(4, 4, vec![h], vec![need(JPN, &[30.0, 30.0, 30.0, 30.0])], vec![]);
    let pl = plan(&ds, &p).unwrap();
    // 10 t a month for 4 months = 40 t = the available tonnes.
    assert!((pl.unmet_t() - 80.0).abs() < 1e-6, "{pl:?}");
    assert!((pl.holdings[0].released_t - 40.0).abs() < 1e-6);
    assert!((pl.holdings[0].stock_left_t - 60.0).abs() < 1e-6);
    assert!(pl.holdings[0].releasable_left_t.abs() < 1e-6);
}

/// Holdings in proportion to consumption: JPN consumes 10, AUS 30, so AUS gives three times what
/// JPN gives to other members. JPN has 100 t, AUS 30 t: AUS's 30 t bound JPN's releases to 10 t.
#[test]
fn contribution_in_proportion_to_consumption() {
    let ds = dataset(4);
    let mut p = problem(
        4,
        2,
        vec![holding(JPN, 100.0, 0), holding(AUS, 30.0, 0)],
        vec![need(DEU, &[0.0, 100.0])],
        vec![agreement("iea-like", &[JPN, AUS, DEU], Contribution::Consumption)],
    );
    p.consumption.insert((c(JPN), M), 10.0);
    p.consumption.insert((c(AUS), M), 30.0);
    let pl = plan(&ds, &p).unwrap();
    assert!((shipped(&pl, 1, DEU) - 30.0).abs() < 1e-6, "{pl:?}");
    assert!((shipped(&pl, 0, DEU) - 10.0).abs() < 1e-6);
    assert!((pl.unmet_t() - 60.0).abs() < 1e-6);
    assert!(
        pl.findings
            .iter()
            .any(|f| matches!(f, Finding::ContributionBinds { limiting_member, .. } if *limiting_member == c(AUS))),
        "{:?}",
        pl.findings
    );
}

/// A decided collective release that a member's share cannot meet: no feasible plan, and the
/// error names the member.
#[test]
fn infeasible_collective_release_names_the_member() {
    let ds = dataset(4);
    let mut a = agreement("iea-like", &[JPN, AUS, DEU], Contribution::Consumption);
    a.collective_release_t = Some(80.0);
    let mut p =
        problem(4, 2, vec![holding(JPN, 100.0, 0), holding(AUS, 30.0, 0)], vec![need(DEU, &[0.0, 100.0])], vec![a]);
    p.consumption.insert((c(JPN), M), 10.0);
    p.consumption.insert((c(AUS), M), 30.0);
    let e = plan(&ds, &p).unwrap_err();
    assert!(matches!(e, PlanError::Infeasible { .. }));
    let msg = e.to_string();
    assert!(msg.contains("Country 1 must give 60.0 t (75.0% share) but can release only 30.0 t"), "{msg}");
}

#[test]
fn costs_pick_the_cheaper_agreement() {
    let ds = dataset(4);
    // DEU can be served by JPN (agreement "dear", 100 USD/t) or AUS (agreement "cheap", 10 USD/t)
    // equally fast; it needs 20 t, both hold 20 t: the plan buys from AUS.
    let mut dear = agreement("dear", &[JPN, DEU], Contribution::None);
    dear.cost_per_t_usd = Some(100.0);
    let mut cheap = agreement("cheap", &[AUS, DEU], Contribution::None);
    cheap.cost_per_t_usd = Some(10.0);
    let p = problem(
        4,
        2,
        vec![holding(JPN, 20.0, 0), holding(AUS, 20.0, 0)],
        vec![need(DEU, &[0.0, 20.0])],
        vec![dear, cheap],
    );
    let pl = plan(&ds, &p).unwrap();
    assert!((shipped(&pl, 1, DEU) - 20.0).abs() < 1e-6, "{pl:?}");
    assert!(shipped(&pl, 0, DEU) < 1e-6);
    assert!((pl.minerals[0].cost - 200.0).abs() < 1e-3);
    assert!(pl.minerals[0].cost_is_usd);
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let ds = dataset(4);
    let mut h = holding(JPN, -5.0, 0);
    let p = problem(4, 2, vec![h.clone()], vec![need(DEU, &[0.0, 1.0])], vec![]);
    assert!(plan(&ds, &p).unwrap_err().to_string().contains("non-negative"));
    h.contained_t = 10.0;
    h.reserve_floor_t = 20.0;
    let p = problem(4, 2, vec![h], vec![need(DEU, &[0.0, 1.0])], vec![]);
    assert!(plan(&ds, &p).unwrap_err().to_string().contains("reserve floor 20 t is above the holding of 10 t"));
    let p = problem(4, 2, vec![], vec![need(DEU, &[1.0])], vec![]);
    assert!(plan(&ds, &p).unwrap_err().to_string().contains("horizon"));
}
