//! The emergency delivery plan: one linear programme per mineral, solved lexicographically by
//! HiGHS (fairness, then total unmet tonnes, then cost or tonne-months in transit).
//!
//! The formulation is written out in docs/respond.md.

use std::collections::{BTreeSet, HashMap};

use critmin_core::{CountryId, Dataset, MineralId};
use highs::{Col, HighsModelStatus, Model, RowProblem, Sense, SolvedModel};
use rayon::prelude::*;

use crate::model::{Agreement, Contribution, Holding, PlanError, Problem, validate};
use crate::outcome::{Finding, HoldingOutcome, MineralSummary, PartnerOutcome, Plan, Shipment};

/// Relative and absolute slack when one stage's optimum becomes the next stage's constraint.
const REL_TOL: f64 = 1e-9;
const ABS_TOL: f64 = 1e-7;
/// Tonnes below which a figure counts as zero in findings.
const EPS_T: f64 = 1e-6;

/// Solves the plan for every mineral with a need (in parallel over minerals).
pub fn plan(ds: &Dataset, p: &Problem) -> Result<Plan, PlanError> {
    validate(p)?;
    let minerals: BTreeSet<MineralId> =
        p.needs.iter().filter(|n| n.monthly_t.iter().any(|&x| x > 0.0)).map(|n| n.mineral).collect();
    let parts: Vec<Result<Plan, PlanError>> =
        minerals.into_iter().collect::<Vec<_>>().into_par_iter().map(|m| plan_mineral(ds, p, m)).collect();
    let mut all = Plan { shipments: vec![], partners: vec![], holdings: vec![], minerals: vec![], findings: vec![] };
    let mut released = vec![0.0; p.holdings.len()];
    for part in parts {
        let part = part?;
        for s in &part.shipments {
            released[s.holding] += s.tonnes;
        }
        all.shipments.extend(part.shipments);
        all.partners.extend(part.partners);
        all.minerals.extend(part.minerals);
        all.findings.extend(part.findings);
    }
    all.holdings = p
        .holdings
        .iter()
        .enumerate()
        .map(|(i, h)| HoldingOutcome {
            holding: i,
            released_t: released[i],
            stock_left_t: (h.contained_t - released[i]).max(0.0),
            releasable_left_t: (h.available_t() - released[i]).max(0.0),
        })
        .collect();
    Ok(all)
}

/// The same problem with partners releasing only to themselves: the "no coordination" case.
pub fn national_only(p: &Problem) -> Problem {
    Problem { agreements: vec![], ..p.clone() }
}

/// Which agreement (if any) lets `from` ship to `to`: None for a partner's own stock, Some(i) for
/// the first agreement with both as members; Err(()) when no rule allows it.
fn route(agreements: &[Agreement], from: CountryId, to: CountryId) -> Result<Option<usize>, ()> {
    if from == to {
        return Ok(None);
    }
    agreements.iter().position(|a| a.has(from) && a.has(to)).map(Some).ok_or(())
}

/// What a column of the programme ships.
#[derive(Clone, Copy)]
enum Kind {
    /// From a holding straight to a recipient.
    Direct { holding: usize },
    /// From a holding into a source hub (recipient unused).
    HubIn { holding: usize, hub: usize },
    /// From a hub to a recipient.
    HubOut { hub: usize },
    /// From a hub to a destination node (`Var::recipient` is the node's index).
    HubToDest { hub: usize },
    /// From a destination node to one of its recipients, on arrival.
    DestOut { dest: usize },
}

/// Holdings that ship alike: same region, and the same route and lead time to every recipient
/// outside it.
#[derive(Clone, Debug, PartialEq)]
struct HubKey {
    region: u16,
    /// Per recipient (by index): (route, lead time), None when forbidden or inside the region.
    out: Vec<Option<(Option<usize>, usize)>>,
    /// The one agreement all allowed routes fall under, when a contribution row counts releases.
    counted: Option<usize>,
}

/// The hub a holding can share, if any: its location has region-based lead times, and when a
/// proportional contribution rule counts its releases, all its routes out of the region fall under
/// that one agreement.
fn hub_key(
    p: &Problem,
    hd: &Holding,
    need_of: &[(CountryId, Vec<f64>)],
    theta: &[HashMap<CountryId, f64>],
) -> Option<HubKey> {
    let region = p.lead_times.region(hd.location)?;
    if p.lead_times.overridden(hd.location) {
        return None;
    }
    let out: Vec<_> = need_of
        .iter()
        .map(|(r, _)| {
            if p.lead_times.region(*r) == Some(region) {
                return None;
            }
            route(&p.agreements, hd.holder, *r).ok().map(|a| (a, p.lead_times.get(hd.location, *r)))
        })
        .collect();
    let used: Vec<Option<usize>> = out.iter().flatten().map(|x| x.0).collect();
    let agreement = used.first().copied().flatten();
    let counted = theta.iter().any(|th| th.contains_key(&hd.holder));
    if counted && (used.iter().any(|a| *a != agreement) || agreement.is_none()) {
        return None;
    }
    Some(HubKey { region, out, counted: if counted { agreement } else { None } })
}

/// How a hub reaches a recipient: the route (None: a partner's own stock) and the lead time.
type Reach = Option<(Option<usize>, usize)>;

/// A source hub: its holdings, and how it reaches each recipient.
struct Hub {
    members: Vec<usize>,
    counted: Option<usize>,
    reach: Vec<Reach>,
}

/// The transport network of one mineral.
struct Network {
    hubs: Vec<Hub>,
    /// Destination nodes: groups of two or more recipients every hub reaches alike.
    dests: Vec<Vec<usize>>,
    dest_of: Vec<Option<usize>>,
    /// Per holding, the recipients it ships to directly.
    direct_to: Vec<Vec<usize>>,
}

fn network(
    p: &Problem,
    holdings: &[usize],
    need_of: &[(CountryId, Vec<f64>)],
    theta: &[HashMap<CountryId, f64>],
) -> Network {
    let mut keyed: Vec<(HubKey, Vec<usize>)> = vec![];
    for &h in holdings {
        if let Some(k) = hub_key(p, &p.holdings[h], need_of, theta) {
            match keyed.iter_mut().find(|(hk, _)| *hk == k) {
                Some((_, members)) => members.push(h),
                None => keyed.push((k, vec![h])),
            }
        }
    }
    // A hub also serves recipients inside its region when no contribution row counts its releases
    // and every member may ship to the recipient under one agreement: a member that is the
    // recipient itself then ships its own stock (reported as national; its direct arc is at least
    // as good). The lead time is the slowest member's.
    let hubs: Vec<Hub> = keyed
        .into_iter()
        .map(|(key, members)| {
            let reach = need_of
                .iter()
                .enumerate()
                .map(|(ri, (r, _))| {
                    if p.lead_times.region(*r) != Some(key.region) {
                        return key.out[ri];
                    }
                    if key.counted.is_some() {
                        return None;
                    }
                    let mut agreement = None;
                    for &h in members.iter().filter(|&&h| p.holdings[h].holder != *r) {
                        match route(&p.agreements, p.holdings[h].holder, *r) {
                            Ok(Some(a)) if agreement.is_none_or(|b| b == a) => agreement = Some(a),
                            _ => return None,
                        }
                    }
                    let lead = members
                        .iter()
                        .filter(|&&h| p.holdings[h].location != *r)
                        .map(|&h| p.lead_times.get(p.holdings[h].location, *r))
                        .max()?;
                    Some((Some(agreement?), lead))
                })
                .collect();
            Hub { members, counted: key.counted, reach }
        })
        .collect();
    let mut direct_to: Vec<Vec<usize>> = vec![vec![]; p.holdings.len()];
    let mut in_hub = vec![None; p.holdings.len()];
    for (gi, hub) in hubs.iter().enumerate() {
        for &h in &hub.members {
            in_hub[h] = Some(gi);
        }
    }
    for &h in holdings {
        let hd = &p.holdings[h];
        direct_to[h] = (0..need_of.len())
            .filter(|&ri| {
                let r = need_of[ri].0;
                match in_hub[h] {
                    None => true,
                    // Inside the region and not through the hub; and always to the holder itself and
                    // to the country where the stock lies (their lead time may be shorter).
                    Some(gi) => {
                        r == hd.holder
                            || r == hd.location
                            || (hubs[gi].reach[ri].is_none()
                                && p.lead_times.region(r) == p.lead_times.region(hd.location))
                    }
                }
            })
            .collect();
    }
    // Destination nodes: recipients with the same (route, lead time) from every hub.
    let mut groups: Vec<(Vec<Reach>, Vec<usize>)> = vec![];
    for ri in 0..need_of.len() {
        let sig: Vec<_> = hubs.iter().map(|hub| hub.reach[ri]).collect();
        if sig.iter().all(Option::is_none) {
            continue;
        }
        match groups.iter_mut().find(|(s, _)| *s == sig) {
            Some((_, members)) => members.push(ri),
            None => groups.push((sig, vec![ri])),
        }
    }
    let dests: Vec<Vec<usize>> = groups.into_iter().map(|g| g.1).filter(|g| g.len() > 1).collect();
    let mut dest_of = vec![None; need_of.len()];
    for (di, members) in dests.iter().enumerate() {
        for &ri in members {
            dest_of[ri] = Some(di);
        }
    }
    Network { hubs, dests, dest_of, direct_to }
}

struct Var {
    kind: Kind,
    recipient: usize,
    dispatch: usize,
    arrival: usize,
    agreement: Option<usize>,
}

fn plan_mineral(ds: &Dataset, p: &Problem, m: MineralId) -> Result<Plan, PlanError> {
    let t_n = p.n_months;
    // Recipients: partners with a positive need, needs summed if declared twice.
    let mut need_of: Vec<(CountryId, Vec<f64>)> = vec![];
    for n in p.needs.iter().filter(|n| n.mineral == m) {
        match need_of.iter_mut().find(|(c, _)| *c == n.partner) {
            Some((_, v)) => v.iter_mut().zip(&n.monthly_t).for_each(|(a, b)| *a += b),
            None => need_of.push((n.partner, n.monthly_t.clone())),
        }
    }
    need_of.retain(|(_, v)| v.iter().sum::<f64>() > 0.0);
    let holdings: Vec<usize> =
        (0..p.holdings.len()).filter(|&i| p.holdings[i].mineral == m && p.holdings[i].available_t() > 0.0).collect();

    // Shares of proportional agreements among members holding the mineral.
    let theta: Vec<HashMap<CountryId, f64>> = p.agreements.iter().map(|a| shares(p, a, m)).collect();

    let mut pb = Lp::default();
    // Rows.
    // Every row holds at zero (nothing shipped, nothing served), so the all-slack basis is feasible
    // and the simplex needs no phase 1: balance rows are written with the tonnes served w (= need
    // minus unmet), and the fairness rows with the share of need met by every partner.
    let balance: Vec<Vec<usize>> = need_of.iter().map(|(_, v)| v.iter().map(|_| pb.row(0.0, 0.0)).collect()).collect();
    let hold_rows: HashMap<usize, usize> =
        holdings.iter().map(|&h| (h, pb.row(f64::NEG_INFINITY, p.holdings[h].available_t()))).collect();
    let rate_rows: HashMap<(usize, usize), usize> = holdings
        .iter()
        .filter_map(|&h| p.holdings[h].max_release_per_month_t.map(|r| (h, r)))
        .flat_map(|(h, r)| (0..t_n).map(move |t| ((h, t), r)))
        .map(|(k, r)| (k, pb.row(f64::NEG_INFINITY, r)))
        .collect();
    let fair_rows: Vec<usize> = need_of.iter().map(|_| pb.row(f64::NEG_INFINITY, 0.0)).collect();
    let mut contrib_rows: HashMap<(usize, CountryId), usize> = HashMap::new();
    for (ai, th) in theta.iter().enumerate() {
        let mut members: Vec<_> = th.keys().copied().collect();
        members.sort();
        for c in members {
            contrib_rows.insert((ai, c), pb.row(0.0, 0.0));
        }
    }

    // Columns. First y = 1 - z, the share of need met by every partner (z: the largest unmet share):
    // y·need_r - Σ_t w_rt <= 0.
    let y = pb.col(-1.0, 0.0, 1.0, fair_rows.iter().zip(&need_of).map(|(&r, (_, v))| (r, v.iter().sum::<f64>())));
    // Shipments, through a small transport network. A holding whose location has region-based lead
    // times releases into a source hub shared by the holdings of its region that ship alike (same
    // routes, same lead times). Recipients that every hub reaches alike (same route and lead time
    // from each hub) share a destination node: hubs ship to it, and it hands out to its recipients
    // on arrival. So the columns grow with hubs × destinations × months, plus holdings × months
    // and recipients × months, instead of holdings × recipients × months. A partner's own stock,
    // and holdings or recipients that cannot be grouped, get direct arcs.
    let last_need: Vec<usize> = need_of.iter().map(|(_, v)| v.iter().rposition(|&x| x > 0.0).unwrap_or(0)).collect();
    let months_of = |h: usize| -> std::ops::Range<usize> {
        let hd = &p.holdings[h];
        // Without a release rate, dispatching at the earliest month is never worse: the recipient
        // carries early arrivals forward, and no objective or constraint depends on the month.
        if hd.max_release_per_month_t.is_none() {
            hd.release_lead_months..(hd.release_lead_months + 1).min(t_n)
        } else {
            hd.release_lead_months..t_n
        }
    };
    let net = network(p, &holdings, &need_of, &theta);
    let mut vars: Vec<Var> = vec![];
    let mut x_cols = vec![];
    let mut arc = |pb: &mut Lp, v: Var, f: Vec<(usize, f64)>| {
        x_cols.push(pb.col(0.0, 0.0, f64::INFINITY, f));
        vars.push(v);
    };
    // What a holding's release in month t also counts against: its release rate, and its share of
    // a proportional agreement.
    let release_rows = |h: usize, t: usize, agreement: Option<usize>| -> Vec<(usize, f64)> {
        let mut f = vec![(hold_rows[&h], 1.0)];
        if let Some(&row) = rate_rows.get(&(h, t)) {
            f.push((row, 1.0));
        }
        if let Some(ai) = agreement
            && let Some(&row) = contrib_rows.get(&(ai, p.holdings[h].holder))
        {
            f.push((row, 1.0));
        }
        f
    };
    for &h in &holdings {
        let hd = &p.holdings[h];
        for &ri in &net.direct_to[h] {
            let r = need_of[ri].0;
            let Ok(agreement) = route(&p.agreements, hd.holder, r) else { continue };
            let lead = p.lead_times.get(hd.location, r);
            for t in months_of(h) {
                let arrival = t + lead;
                if arrival > last_need[ri] {
                    break;
                }
                let mut f = release_rows(h, t, agreement);
                f.push((balance[ri][arrival], 1.0));
                let v = Var { kind: Kind::Direct { holding: h }, recipient: ri, dispatch: t, arrival, agreement };
                arc(&mut pb, v, f);
            }
        }
    }
    let dest_rows: Vec<Vec<usize>> = net.dests.iter().map(|_| (0..t_n).map(|_| pb.row(0.0, 0.0)).collect()).collect();
    for (di, members) in net.dests.iter().enumerate() {
        for &ri in members {
            for t in 0..=last_need[ri] {
                let v =
                    Var { kind: Kind::DestOut { dest: di }, recipient: ri, dispatch: t, arrival: t, agreement: None };
                arc(&mut pb, v, vec![(dest_rows[di][t], -1.0), (balance[ri][t], 1.0)]);
            }
        }
    }
    for (gi, hub) in net.hubs.iter().enumerate() {
        let hub_rows: Vec<usize> = (0..t_n).map(|_| pb.row(0.0, 0.0)).collect();
        let mut used = vec![false; t_n];
        for (di, members) in net.dests.iter().enumerate() {
            let Some((agreement, lead)) = hub.reach[members[0]] else { continue };
            let last = members.iter().map(|&ri| last_need[ri]).max().unwrap_or(0);
            for t in 0..t_n {
                let arrival = t + lead;
                if arrival > last {
                    break;
                }
                used[t] = true;
                let v = Var { kind: Kind::HubToDest { hub: gi }, recipient: di, dispatch: t, arrival, agreement };
                arc(&mut pb, v, vec![(dest_rows[di][arrival], 1.0), (hub_rows[t], -1.0)]);
            }
        }
        for ri in (0..need_of.len()).filter(|&ri| net.dest_of[ri].is_none()) {
            let Some((agreement, lead)) = hub.reach[ri] else { continue };
            for t in 0..t_n {
                let arrival = t + lead;
                if arrival > last_need[ri] {
                    break;
                }
                used[t] = true;
                let v = Var { kind: Kind::HubOut { hub: gi }, recipient: ri, dispatch: t, arrival, agreement };
                arc(&mut pb, v, vec![(balance[ri][arrival], 1.0), (hub_rows[t], -1.0)]);
            }
        }
        for &h in &hub.members {
            for t in months_of(h).filter(|&t| used[t]) {
                let mut f = release_rows(h, t, hub.counted);
                f.push((hub_rows[t], 1.0));
                let v = Var {
                    kind: Kind::HubIn { holding: h, hub: gi },
                    recipient: usize::MAX,
                    dispatch: t,
                    arrival: t,
                    agreement: hub.counted,
                };
                arc(&mut pb, v, f);
            }
        }
    }
    let mut w_cols = vec![];
    let mut carry_cols = vec![];
    for (ri, (_, v)) in need_of.iter().enumerate() {
        let mut row = vec![];
        for (t, &need) in v.iter().enumerate() {
            row.push(pb.col(0.0, 0.0, need, [(balance[ri][t], -1.0), (fair_rows[ri], -1.0)]));
            if t + 1 < t_n {
                // carry: leaves month t, enters month t+1
                carry_cols.push(pb.col(0.0, 0.0, f64::INFINITY, [(balance[ri][t], -1.0), (balance[ri][t + 1], 1.0)]));
            } else {
                carry_cols.push(pb.col(0.0, 0.0, f64::INFINITY, [(balance[ri][t], -1.0)]));
            }
        }
        w_cols.push(row);
    }
    // Collective release variables R_a.
    let mut r_cols = HashMap::new();
    for (ai, th) in theta.iter().enumerate() {
        if th.is_empty() {
            continue;
        }
        let a = &p.agreements[ai];
        let bounds = a.collective_release_t.map_or((0.0, f64::INFINITY), |t| (t, t));
        let f: Vec<_> = th.iter().map(|(c, &s)| (contrib_rows[&(ai, *c)], -s)).collect();
        r_cols.insert(ai, pb.col(0.0, bounds.0, bounds.1, f));
    }
    let n_vars = pb.n_cols;
    let n_rows = pb.rows.len();
    let name = ds.mineral(m).name.clone();

    // Stage 1: minimise the largest unmet share.
    let mut model = new_model(pb.finish(), &name)?;
    model.set_sense(Sense::Minimise);
    let solved = solve(model, &name, || infeasible_conflict(ds, p, m, &theta))?;
    let z_star = 1.0 - solved.get_solution().columns()[y.index()];

    // Stage 2: total unmet tonnes, with the share held at its optimum.
    let mut model: Model = solved.into();
    model.change_column_cost(y, 0.0);
    model.change_column_bounds(y, (1.0 - (z_star * (1.0 + REL_TOL) + 1e-9)).max(0.0)..=1.0);
    for &c in w_cols.iter().flatten() {
        model.change_column_cost(c, -1.0);
    }
    let solved = solve(model, &name, || infeasible_conflict(ds, p, m, &theta))?;
    let need_total: f64 = need_of.iter().flat_map(|(_, v)| v).sum();
    let u_star = need_total + solved.objective_value();

    // Stage 3: cost (USD) if any agreement prices its flows, else tonne-months in transit or waiting.
    let cost_is_usd = p.agreements.iter().any(|a| a.cost_per_t_usd.is_some());
    let mut model: Model = solved.into();
    let all_w: Vec<_> = w_cols.iter().flatten().map(|&c| (c, 1.0)).collect();
    model
        .try_add_row(need_total - u_star * (1.0 + REL_TOL) - ABS_TOL.., all_w.iter().copied())
        .map_err(|e| PlanError::Solver { mineral: name.clone(), status: format!("{e:?}") })?;
    for &(c, _) in &all_w {
        model.change_column_cost(c, 0.0);
    }
    for (v, &c) in vars.iter().zip(&x_cols) {
        if matches!(v.kind, Kind::HubIn { .. } | Kind::DestOut { .. }) {
            continue; // a release into a hub, or a hand-out on arrival, costs nothing; the shipment does
        }
        let transit = (v.arrival - v.dispatch + 1) as f64;
        let cost = if cost_is_usd {
            v.agreement.and_then(|a| p.agreements[a].cost_per_t_usd).unwrap_or(0.0) + 1e-6 * transit
        } else {
            transit
        };
        model.change_column_cost(c, cost);
    }
    // Stock delivered early waits at the recipient: a tonne-month too (or a token cost beside USD),
    // so releases come when they are needed, not as soon as they can.
    for &c in &carry_cols {
        model.change_column_cost(c, if cost_is_usd { 1e-6 } else { 1.0 });
    }
    let solved = solve(model, &name, || infeasible_conflict(ds, p, m, &theta))?;
    let cost = solved.objective_value();
    let sol = solved.get_solution();
    let cols = sol.columns();

    // Read the plan. Direct arcs are shipments as they are. A destination node's hand-outs split
    // among the hub shipments that arrived at it that month, and a hub's shipments among the
    // holdings that released into it that month, in proportion (the tonnes are interchangeable).
    let mut shipments = vec![];
    let mut hub_in: HashMap<(usize, usize), Vec<(usize, f64)>> = HashMap::new();
    // (destination, arrival) -> the hub shipments that arrived: (hub, its column, tonnes)
    type Arrivals<'a> = HashMap<(usize, usize), Vec<(usize, &'a Var, f64)>>;
    let mut dest_in: Arrivals = HashMap::new();
    // (hub, recipient, dispatch, arrival, agreement, tonnes)
    let mut hub_out: Vec<(usize, usize, usize, usize, Option<usize>, f64)> = vec![];
    for (v, &c) in vars.iter().zip(&x_cols) {
        let t = cols[c.index()];
        if t <= 0.0 {
            continue;
        }
        match v.kind {
            Kind::Direct { holding } if t > EPS_T => shipments.push(Shipment {
                holding,
                recipient: need_of[v.recipient].0,
                mineral: m,
                dispatch: v.dispatch,
                arrival: v.arrival,
                tonnes: t,
                agreement: v.agreement,
            }),
            Kind::HubIn { holding, hub } => hub_in.entry((hub, v.dispatch)).or_default().push((holding, t)),
            Kind::HubToDest { hub } => dest_in.entry((v.recipient, v.arrival)).or_default().push((hub, v, t)),
            Kind::HubOut { hub } => hub_out.push((hub, v.recipient, v.dispatch, v.arrival, v.agreement, t)),
            Kind::Direct { .. } | Kind::DestOut { .. } => {}
        }
    }
    for (v, &c) in vars.iter().zip(&x_cols) {
        let t = cols[c.index()];
        if let Kind::DestOut { dest } = v.kind
            && t > EPS_T
        {
            let inputs = dest_in.get(&(dest, v.arrival)).map_or(&[][..], Vec::as_slice);
            let total: f64 = inputs.iter().map(|x| x.2).sum();
            for &(hub, hv, y) in inputs {
                hub_out.push((hub, v.recipient, hv.dispatch, hv.arrival, hv.agreement, t * y / total));
            }
        }
    }
    for (hub, ri, dispatch, arrival, agreement, t) in hub_out {
        let inputs = hub_in.get(&(hub, dispatch)).map_or(&[][..], Vec::as_slice);
        let total: f64 = inputs.iter().map(|(_, y)| y).sum();
        for &(holding, y) in inputs {
            if t * y / total > EPS_T {
                let recipient = need_of[ri].0;
                let hd = &p.holdings[holding];
                shipments.push(Shipment {
                    holding,
                    recipient,
                    mineral: m,
                    dispatch,
                    // A hub's lead time inside its region is its slowest member's: stock of a
                    // member lying in the recipient's country arrives at once and waits, which the
                    // programme counted alike (a tonne-month per month waited or in transit).
                    arrival: dispatch + p.lead_times.get(hd.location, recipient).min(arrival - dispatch),
                    tonnes: t * y / total,
                    // A partner's own stock passing through its region's hub stays national.
                    agreement: if hd.holder == recipient { None } else { agreement },
                });
            }
        }
    }
    let partners: Vec<PartnerOutcome> = need_of
        .iter()
        .enumerate()
        .map(|(ri, (c, v))| {
            let unmet_monthly_t: Vec<f64> =
                w_cols[ri].iter().zip(v).map(|(w, need)| (need - cols[w.index()]).max(0.0)).collect();
            let sent = shipments
                .iter()
                .filter(|s| p.holdings[s.holding].holder == *c && s.recipient != *c)
                .map(|s| s.tonnes)
                .fold(0.0, |a, b| a + b); // (an empty f64 sum is -0.0)
            PartnerOutcome {
                partner: *c,
                mineral: m,
                need_t: v.iter().sum(),
                unmet_t: unmet_monthly_t.iter().sum(),
                unmet_monthly_t,
                received_t: shipments.iter().filter(|s| s.recipient == *c).map(|s| s.tonnes).fold(0.0, |a, b| a + b),
                sent_to_others_t: sent,
            }
        })
        .collect();
    let findings = findings(p, m, &holdings, &need_of, &partners, &shipments, &theta, &r_cols, cols);
    let summary = MineralSummary {
        mineral: m,
        max_unmet_share: partners.iter().map(PartnerOutcome::unmet_share).fold(0.0, f64::max),
        unmet_t: partners.iter().map(|p| p.unmet_t).sum(),
        need_t: partners.iter().map(|p| p.need_t).sum(),
        cost,
        cost_is_usd,
        n_vars,
        n_rows,
    };
    Ok(Plan { shipments, partners, holdings: vec![], minerals: vec![summary], findings })
}

/// One row under construction: bounds and its (column, coefficient) entries.
type RowEntries = (f64, f64, Vec<(Col, f64)>);

/// A linear programme built column by column, rows collected as (column, coefficient) lists.
#[derive(Default)]
struct Lp {
    pb: RowProblem,
    rows: Vec<RowEntries>,
    n_cols: usize,
}

impl Lp {
    fn row(&mut self, lo: f64, hi: f64) -> usize {
        self.rows.push((lo, hi, vec![]));
        self.rows.len() - 1
    }

    fn col(&mut self, cost: f64, lo: f64, hi: f64, factors: impl IntoIterator<Item = (usize, f64)>) -> Col {
        let c = self.pb.add_column(cost, lo..=hi);
        for (r, a) in factors {
            self.rows[r].2.push((c, a));
        }
        self.n_cols += 1;
        c
    }

    fn finish(mut self) -> RowProblem {
        for (lo, hi, f) in self.rows {
            self.pb.add_row(lo..=hi, f);
        }
        self.pb
    }
}

/// Each member's share of an agreement's releases of mineral `m`, among members holding it
/// (empty for agreements without a proportional rule and without a decided collective release).
fn shares(p: &Problem, a: &Agreement, m: MineralId) -> HashMap<CountryId, f64> {
    let holders: BTreeSet<CountryId> = p
        .holdings
        .iter()
        .filter(|h| h.mineral == m && a.has(h.holder) && h.available_t() > 0.0)
        .map(|h| h.holder)
        .collect();
    let weight = |c: CountryId| -> f64 {
        match a.contribution {
            Contribution::Consumption => p.consumption.get(&(c, m)).copied().unwrap_or(0.0).max(0.0),
            Contribution::Holdings => {
                p.holdings.iter().filter(|h| h.holder == c && h.mineral == m).map(Holding::available_t).sum()
            }
            Contribution::None => 0.0,
        }
    };
    if a.contribution == Contribution::None {
        return HashMap::new();
    }
    let total: f64 = holders.iter().map(|&c| weight(c)).sum();
    if total <= 0.0 {
        return HashMap::new();
    }
    holders.into_iter().map(|c| (c, weight(c) / total)).filter(|(_, s)| *s > 0.0).collect()
}

fn new_model(pb: RowProblem, mineral: &str) -> Result<Model, PlanError> {
    let mut model =
        Model::try_new(pb).map_err(|e| PlanError::Solver { mineral: mineral.to_owned(), status: format!("{e:?}") })?;
    model.make_quiet();
    model.set_option("threads", 1);
    // Primal simplex: on these transport-like programmes it takes about a third fewer iterations
    // than the default dual simplex, and later stages start from a primal-feasible basis.
    model.set_option("simplex_strategy", 4);
    // Every row holds at zero, so the simplex starts feasible from the slack basis; presolve
    // costs more than it saves here (about a quarter of stage 1's time on the benchmark).
    model.set_option("presolve", "off");
    Ok(model)
}

fn solve(model: Model, mineral: &str, conflict: impl Fn() -> PlanError) -> Result<SolvedModel, PlanError> {
    let solved =
        model.try_solve().map_err(|e| PlanError::Solver { mineral: mineral.to_owned(), status: format!("{e:?}") })?;
    match solved.status() {
        HighsModelStatus::Optimal => Ok(solved),
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => Err(conflict()),
        s => Err(PlanError::Solver { mineral: mineral.to_owned(), status: format!("{s:?}") }),
    }
}

/// Names the conflict behind an infeasible programme: the only hard requirement is a decided
/// collective release that some member's share cannot meet.
fn infeasible_conflict(ds: &Dataset, p: &Problem, m: MineralId, theta: &[HashMap<CountryId, f64>]) -> PlanError {
    let mineral = ds.mineral(m).name.as_str();
    for (ai, a) in p.agreements.iter().enumerate() {
        let Some(req) = a.collective_release_t else { continue };
        let th = &theta[ai];
        if th.is_empty() && req > 0.0 {
            return PlanError::Infeasible {
                agreement: a.name.clone(),
                mineral: mineral.to_owned(),
                required_t: req,
                conflict: "no member holds releasable stock of it (or its contribution rule gives nobody a share)"
                    .into(),
            };
        }
        let mut short: Vec<String> = vec![];
        let mut members: Vec<_> = th.iter().collect();
        members.sort_by_key(|(c, _)| **c);
        for (&c, &s) in members {
            let avail: f64 =
                p.holdings.iter().filter(|h| h.holder == c && h.mineral == m).map(Holding::available_t).sum();
            if s * req > avail * (1.0 + 1e-9) + ABS_TOL {
                short.push(format!(
                    "{} must give {:.1} t ({:.1}% share) but can release only {:.1} t",
                    ds.country(c).name,
                    s * req,
                    100.0 * s,
                    avail
                ));
            }
        }
        if !short.is_empty() {
            return PlanError::Infeasible {
                agreement: a.name.clone(),
                mineral: mineral.to_owned(),
                required_t: req,
                conflict: short.join("; "),
            };
        }
        // Shares fit the stocks: then the holdings cannot reach anyone in time.
        return PlanError::Infeasible {
            agreement: a.name.clone(),
            mineral: mineral.to_owned(),
            required_t: req,
            conflict: "the members' stocks cannot all be shipped to members in need within the horizon \
                       (lead times, release rates or needs too small to absorb the release)"
                .into(),
        };
    }
    PlanError::Solver { mineral: mineral.to_owned(), status: "infeasible".into() }
}

#[allow(clippy::too_many_arguments)]
fn findings(
    p: &Problem,
    m: MineralId,
    holdings: &[usize],
    need_of: &[(CountryId, Vec<f64>)],
    partners: &[PartnerOutcome],
    shipments: &[Shipment],
    theta: &[HashMap<CountryId, f64>],
    r_cols: &HashMap<usize, Col>,
    cols: &[f64],
) -> Vec<Finding> {
    let mut out = vec![];
    let t_n = p.n_months;
    let mut released = HashMap::<usize, f64>::new();
    let mut per_month = HashMap::<(usize, usize), f64>::new();
    for s in shipments {
        *released.entry(s.holding).or_default() += s.tonnes;
        *per_month.entry((s.holding, s.dispatch)).or_default() += s.tonnes;
    }
    let left = |h: usize| p.holdings[h].available_t() - released.get(&h).copied().unwrap_or(0.0);
    let any_unmet = partners.iter().any(|o| o.unmet_t > EPS_T);
    for &h in holdings {
        let hd = &p.holdings[h];
        let rel = released.get(&h).copied().unwrap_or(0.0);
        if left(h) <= EPS_T.max(1e-9 * hd.available_t()) && any_unmet {
            out.push(Finding::HoldingExhausted { holding: h, released_t: rel });
        } else if let Some(rate) = hd.max_release_per_month_t {
            let months: Vec<usize> = (0..t_n)
                .filter(|&t| rate > 0.0 && per_month.get(&(h, t)).copied().unwrap_or(0.0) >= rate * (1.0 - 1e-7))
                .collect();
            if !months.is_empty() && any_unmet {
                out.push(Finding::ReleaseRateBinds { holding: h, months });
            }
        }
    }
    for (o, (r, need)) in partners.iter().zip(need_of) {
        if o.unmet_t <= EPS_T {
            continue;
        }
        let allowed: Vec<usize> =
            holdings.iter().copied().filter(|&h| route(&p.agreements, p.holdings[h].holder, *r).is_ok()).collect();
        let earliest = allowed
            .iter()
            .map(|&h| p.holdings[h].release_lead_months + p.lead_times.get(p.holdings[h].location, *r))
            .min();
        match earliest {
            None => out.push(Finding::NoAllowedStock { partner: *r, mineral: m, unmet_t: o.unmet_t }),
            Some(e) => {
                let unreachable: f64 = need.iter().take(e.min(t_n)).sum();
                if unreachable > EPS_T {
                    out.push(Finding::LeadTimeTooLong {
                        partner: *r,
                        mineral: m,
                        unreachable_t: unreachable,
                        earliest_arrival: e,
                    });
                }
            }
        }
        for &h in holdings {
            let l = left(h);
            if l > EPS_T && route(&p.agreements, p.holdings[h].holder, *r).is_err() {
                out.push(Finding::RuleForbids { holding: h, partner: *r, mineral: m, releasable_left_t: l });
            }
        }
    }
    for (ai, th) in theta.iter().enumerate() {
        let Some(&rc) = r_cols.get(&ai) else { continue };
        let a = &p.agreements[ai];
        let r_val = cols[rc.index()];
        let members_left: Vec<CountryId> = th
            .keys()
            .copied()
            .filter(|&c| holdings.iter().any(|&h| p.holdings[h].holder == c && left(h) > EPS_T))
            .collect();
        let mut limiting: Vec<CountryId> = th
            .keys()
            .copied()
            .filter(|c| !members_left.contains(c))
            .filter(|_| !members_left.is_empty() && any_unmet && r_val > EPS_T)
            .collect();
        limiting.sort();
        out.extend(limiting.into_iter().map(|c| Finding::ContributionBinds {
            agreement: ai,
            mineral: m,
            limiting_member: c,
        }));
        if any_unmet {
            let mut without: Vec<CountryId> = a
                .members
                .iter()
                .copied()
                .filter(|c| !th.contains_key(c))
                .filter(|c| {
                    p.consumption.get(&(*c, m)).copied().unwrap_or(0.0) > 0.0 || need_of.iter().any(|(r, _)| r == c)
                })
                .collect();
            without.sort();
            without.dedup();
            if !without.is_empty() {
                out.push(Finding::MembersWithoutStock { agreement: ai, mineral: m, members: without });
            }
        }
    }
    out
}
