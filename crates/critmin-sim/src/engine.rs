//! The monthly simulation (equations in `docs/model.md`).
//!
//! Phases of one month t:
//! 1. shocks: outage and restriction shares per flow; direct supply, restricted volume, leakage;
//! 2. diversion: freed volume redirected with a first-order lag, swapped to the targets only as far
//!    as unrestricted exporters sell to untargeted importers;
//! 3. new supply: spare capacity (ramping), projects;
//! 4. prices: one market-clearing price for the targeted importers, one for the others, and the
//!    restricting exporters' home price;
//! 5. importers: price-reduced demand, sources, stock draws by the release rule, shortfall.

use critmin_core::CountryId;

use crate::{Baseline, Event, Scenario, ScenarioError, StockpileSize};

/// One importer in one month. Tonnes unless stated.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ImporterMonth {
    /// Import demand before prices move (baseline x demand shock).
    pub demand: f64,
    /// Supply from its baseline partners still flowing (incl. leakage through third countries).
    pub direct: f64,
    /// Supply rerouted to it from unrestricted exporters.
    pub rerouted: f64,
    /// Its share of new supply: spare capacity and projects.
    pub new_supply: f64,
    /// Bought from, or sold to (negative), other importers of its market segment at the clearing price.
    pub market_reallocation: f64,
    /// For a restricting exporter that also imports: its own blocked exports, kept at home.
    pub home_supply: f64,
    /// Drawn from its stockpile.
    pub stock_draw: f64,
    /// Stock left at the end of the month.
    pub stock: f64,
    /// demand - (direct + rerouted + new_supply + market_reallocation + home_supply + stock_draw), >= 0.
    pub shortfall: f64,
    /// True when a restriction targets it this month.
    pub targeted: bool,
}

impl ImporterMonth {
    /// What it received: the sum of its sources.
    pub fn supply(&self) -> f64 {
        self.direct + self.rerouted + self.new_supply + self.market_reallocation + self.home_supply + self.stock_draw
    }
}

/// Totals over the run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Cumulative shortfall, tonnes.
    pub unmet_t: f64,
    /// Cumulative shortfall valued at the baseline price, thousand USD.
    pub unmet_kusd: f64,
    /// What importers paid above the baseline price for what they bought, thousand USD.
    pub extra_import_bill_kusd: f64,
    /// Stock drawn, tonnes.
    pub stock_drawn_t: f64,
    /// Highest price ratio to baseline reached by the targeted importers.
    pub peak_price_ratio: f64,
}

/// The result of one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Importers with baseline imports, in id order.
    pub importers: Vec<CountryId>,
    pub n_months: usize,
    /// `months[t * importers.len() + k]`.
    pub months: Vec<ImporterMonth>,
    /// Price ratio to baseline faced by targeted importers, per month (1 when none is targeted).
    pub price_targets: Vec<f64>,
    /// Price ratio to baseline faced by the other importers, per month.
    pub price_others: Vec<f64>,
    /// Price ratio inside the restricting exporters, per month (1 when nothing is blocked).
    pub price_home: Vec<f64>,
    /// True in months where a segment's price hit the model's cap (50x baseline).
    pub price_capped: Vec<bool>,
    pub baseline_price_kusd_per_t: f64,
    /// Predicted exports per month and country (`exports[t * n_countries + c]`), tonnes: direct
    /// flows (leakage included), redirected volume, spare capacity drawn, projects.
    pub exports: Vec<f64>,
    pub n_countries: usize,
    pub totals: Totals,
}

impl Run {
    /// The importer-month record.
    pub fn at(&self, t: usize, k: usize) -> &ImporterMonth {
        &self.months[t * self.importers.len() + k]
    }
    /// Cumulative shortfall of importer `k`, tonnes.
    pub fn importer_unmet(&self, k: usize) -> f64 {
        (0..self.n_months).map(|t| self.at(t, k).shortfall).sum()
    }
    /// Importer indexes, largest cumulative shortfall first (equal shortfalls in id order).
    pub fn importers_by_unmet(&self) -> Vec<usize> {
        let unmet: Vec<f64> = (0..self.importers.len()).map(|k| self.importer_unmet(k)).collect();
        let mut order: Vec<usize> = (0..self.importers.len()).collect();
        order.sort_by(|&a, &b| unmet[b].total_cmp(&unmet[a]));
        order
    }
}

const PRICE_CAP: f64 = 50.0;

/// Solves demand(x) = supply(x) for the price ratio x by bisection on ln x; returns (x, capped).
fn clear(demand: f64, supply: f64, elastic_base: f64, elastic_cap: f64, ed: f64, es: f64) -> (f64, bool) {
    if demand <= 0.0 {
        return (1.0, false);
    }
    let excess = |x: f64| demand * x.powf(ed) - supply - (elastic_base * (x.powf(es) - 1.0)).min(elastic_cap);
    if excess(1.0).abs() <= 1e-12 * demand {
        return (1.0, false);
    }
    if excess(PRICE_CAP) > 0.0 {
        return (PRICE_CAP, true);
    }
    let (mut lo, mut hi) = ((1.0 / PRICE_CAP).ln(), PRICE_CAP.ln());
    if excess(lo.exp()) < 0.0 {
        return (lo.exp(), true);
    }
    // 40 halvings of ln(2500) leave a relative error below 1e-11 in the price.
    for _ in 0..40 {
        let mid = 0.5 * (lo + hi);
        if excess(mid.exp()) > 0.0 { lo = mid } else { hi = mid }
    }
    ((0.5 * (lo + hi)).exp(), false)
}

fn check(what: &str, value: f64, min: f64, max: f64) -> Result<(), ScenarioError> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(ScenarioError::OutOfRange { what: what.to_string(), value, min, max })
    }
}

fn validate(s: &Scenario) -> Result<(), ScenarioError> {
    let p = &s.params;
    check("demand_elasticity", p.demand_elasticity, -5.0, -0.001)?;
    check("supply_elasticity", p.supply_elasticity, 0.0, 5.0)?;
    check("rerouting_months", p.rerouting_months, 1.0, 120.0)?;
    check("leakage", p.leakage, 0.0, 1.0)?;
    check("default_spare_capacity", p.default_spare_capacity, 0.0, 10.0)?;
    check("spare_ramp_months", p.spare_ramp_months, 1.0, 120.0)?;
    check("home_market_multiple", p.home_market_multiple, 0.01, 1000.0)?;
    check("market_liquidity", p.market_liquidity, 0.0, 1.0)?;
    for e in &s.events {
        match e {
            Event::ExportRestriction { fraction, .. } => check("restriction fraction", *fraction, 0.0, 1.0)?,
            Event::Outage { fraction, .. } => check("outage fraction", *fraction, 0.0, 1.0)?,
            Event::DemandShock { change, .. } => check("demand change", *change, -1.0, 10.0)?,
        }
    }
    for sp in &s.stockpiles {
        check("stockpile release_at", sp.release_at, 0.0, 1.0)?;
        check("stockpile max_monthly_draw", sp.max_monthly_draw, 0.0, 100.0)?;
        let size = match sp.size {
            StockpileSize::Tonnes(t) | StockpileSize::DaysOfImports(t) => t,
        };
        check("stockpile size", size, 0.0, 1e12)?;
    }
    for c in &s.spare_capacity {
        check("spare_capacity fraction", c.fraction, 0.0, 10.0)?;
        check("spare_capacity ramp_months", c.ramp_months, 1.0, 120.0)?;
    }
    for pr in &s.projects {
        check("project tonnes_per_year", pr.tonnes_per_year, 0.0, 1e12)?;
        check("project ramp_months", pr.ramp_months, 1.0, 240.0)?;
    }
    if s.n_months == 0 || s.n_months > 600 {
        return Err(ScenarioError::Invalid(format!("months must be 1..=600, got {}", s.n_months)));
    }
    Ok(())
}

/// Per-event membership masks, so that the monthly loop does no searching.
struct EventMasks {
    exporters: Vec<bool>,
    targets: Vec<bool>,
    /// HS6 codes covered (empty: all).
    hs: Vec<u32>,
}

fn mask(n: usize, ids: &[CountryId]) -> Vec<bool> {
    let mut m = vec![false; n];
    for c in ids {
        if let Some(x) = m.get_mut(c.idx()) {
            *x = true;
        }
    }
    m
}

/// Runs a scenario on a baseline.
pub fn simulate(base: &Baseline, s: &Scenario) -> Result<Run, ScenarioError> {
    validate(s)?;
    let n = base.n_countries;
    let p = &s.params;
    let imports = base.imports();
    let exports = base.exports();
    let importers: Vec<CountryId> = (0..n).filter(|&c| imports[c] > 0.0).map(|c| CountryId(c as u16)).collect();
    let mut slot = vec![usize::MAX; n];
    for (k, c) in importers.iter().enumerate() {
        slot[c.idx()] = k;
    }
    let n_imp = importers.len();
    let masks: Vec<EventMasks> = s
        .events
        .iter()
        .map(|e| match e {
            Event::ExportRestriction { exporters, destinations, hs_codes, .. } => EventMasks {
                exporters: mask(n, exporters),
                targets: (0..n).map(|c| destinations.contains(CountryId(c as u16))).collect(),
                hs: hs_codes.clone().unwrap_or_default(),
            },
            Event::Outage { country, .. } => {
                EventMasks { exporters: mask(n, &[*country]), targets: vec![], hs: vec![] }
            }
            Event::DemandShock { importers, .. } => EventMasks {
                exporters: vec![],
                targets: (0..n).map(|c| importers.contains(CountryId(c as u16))).collect(),
                hs: vec![],
            },
        })
        .collect();
    let mut spare_share = vec![p.default_spare_capacity; n];
    let mut spare_ramp = vec![p.spare_ramp_months; n];
    for c in &s.spare_capacity {
        spare_share[c.country.idx()] = c.fraction;
        spare_ramp[c.country.idx()] = c.ramp_months;
    }
    let mut stock = vec![0.0; n_imp];
    let mut stock_rule: Vec<Option<(f64, f64)>> = vec![None; n_imp];
    for sp in &s.stockpiles {
        let k = slot[sp.country.idx()];
        if k == usize::MAX {
            continue; // a holder with no baseline imports never runs short of imports
        }
        stock[k] += match sp.size {
            StockpileSize::Tonnes(t) => t,
            StockpileSize::DaysOfImports(d) => d * imports[sp.country.idx()] * 12.0 / 365.25,
        };
        stock_rule[k] = Some((sp.release_at, sp.max_monthly_draw * imports[sp.country.idx()]));
    }
    let first_shock = (0..s.n_months as i64).find(|&t| s.events.iter().any(|e| e.active(t)));

    let mut months = vec![ImporterMonth::default(); s.n_months * n_imp];
    let mut exports_out = vec![0.0; s.n_months * n];
    let mut freed_by = vec![0.0; n];
    let mut spare_of = vec![0.0; n];
    let (mut price_targets, mut price_others, mut price_home, mut price_capped) =
        (Vec::with_capacity(s.n_months), Vec::with_capacity(s.n_months), Vec::with_capacity(s.n_months), Vec::new());
    let mut totals = Totals { peak_price_ratio: 1.0, ..Totals::default() };
    let (mut redirected, mut arbitrage) = (0.0, 0.0);
    let mut free_buy = vec![0.0; n_imp];
    let mut closed = vec![false; n];
    let mut need = vec![0.0; n_imp];
    let mut direct_of = vec![0.0; n_imp];
    let mut flow_exports = vec![0.0; n];
    let mut prev_active: Option<Vec<usize>> = None;
    let (mut freed, mut swappable, mut free_total, mut total_lost) = (0.0, 0.0, 0.0, 0.0);
    // Scratch, per month.
    let mut outage = vec![0.0; n];
    let mut restricting = vec![false; n];
    let mut target = vec![false; n_imp];
    let mut lost = vec![0.0; n_imp];
    let mut demand_change = vec![0.0; n];

    for t in 0..s.n_months {
        let ti = t as i64;
        // 1. Shocks.
        outage.iter_mut().for_each(|x| *x = 0.0);
        demand_change.iter_mut().for_each(|x| *x = 0.0);
        spare_of.iter_mut().for_each(|x| *x = 0.0);
        let xrow = t * n;
        let active: Vec<usize> = (0..s.events.len()).filter(|&e| s.events[e].active(ti)).collect();
        for &e in &active {
            match &s.events[e] {
                Event::Outage { country, fraction, .. } => {
                    outage[country.idx()] = f64::max(outage[country.idx()], *fraction);
                }
                Event::DemandShock { change, .. } => {
                    for (c, d) in demand_change.iter_mut().enumerate() {
                        if masks[e].targets[c] {
                            *d += change;
                        }
                    }
                }
                Event::ExportRestriction { .. } => {}
            }
        }
        let row = t * n_imp;
        // The flow-level pass depends only on which events are active: redo it only when that
        // set changes (a few times per run).
        if prev_active.as_ref() != Some(&active) {
            restricting.iter_mut().for_each(|x| *x = false);
            target.iter_mut().for_each(|x| *x = false);
            lost.iter_mut().for_each(|x| *x = 0.0);
            direct_of.iter_mut().for_each(|x| *x = 0.0);
            freed_by.iter_mut().for_each(|x| *x = 0.0);
            flow_exports.iter_mut().for_each(|x| *x = 0.0);
            let restrictions: Vec<(usize, f64)> = active
                .iter()
                .filter_map(|&e| match s.events[e] {
                    Event::ExportRestriction { fraction, .. } if fraction > 0.0 => Some((e, fraction)),
                    _ => None,
                })
                .collect();
            (freed, swappable) = (0.0, 0.0);
            for f in &base.flows {
                let (i, j) = (f.exporter.idx(), f.importer.idx());
                let k = slot[j];
                let after_outage = f.tonnes_per_month * (1.0 - outage[i]);
                let mut share: f64 = 0.0;
                for &(e, fraction) in &restrictions {
                    let m = &masks[e];
                    if m.exporters[i] && m.targets[j] && (m.hs.is_empty() || m.hs.contains(&f.hs6)) {
                        share = share.max(fraction);
                    }
                }
                let restricted = after_outage * share;
                let net_lost = restricted * (1.0 - p.leakage);
                direct_of[k] += after_outage - net_lost;
                flow_exports[i] += after_outage - net_lost;
                if restricted > 0.0 {
                    freed_by[i] += net_lost;
                    restricting[i] = true;
                    target[k] = true;
                    lost[k] += net_lost;
                    freed += net_lost;
                }
            }
            free_buy.iter_mut().for_each(|x| *x = 0.0);
            // Importers inside an active restriction's destinations cannot take the restricting
            // exporters' volume, whether or not they bought from them.
            for (j, c) in closed.iter_mut().enumerate() {
                *c = restrictions.iter().any(|&(e, _)| masks[e].targets[j]);
            }
            for f in &base.flows {
                let (i, j) = (f.exporter.idx(), f.importer.idx());
                let k = slot[j];
                if !restricting[i] && !target[k] {
                    let v = f.tonnes_per_month * (1.0 - outage[i]);
                    free_buy[k] += v;
                    if !closed[j] {
                        swappable += v;
                    }
                }
            }
            free_total = free_buy.iter().sum();
            total_lost = lost.iter().sum();
            prev_active = Some(active.clone());
        }
        exports_out[xrow..xrow + n].copy_from_slice(&flow_exports);
        // 2. Diversion with a first-order lag: the restricting exporters take over what
        // unrestricted exporters sold to untargeted importers, who ship it to the targets instead.
        let swap_target = freed.min(swappable);
        redirected = (redirected + (swap_target - redirected) / p.rerouting_months).clamp(0.0, swap_target);
        let swapped = redirected;
        let unsold_home = freed - redirected;
        // 3. New supply.
        let ramp = |start: i64, months: f64| -> f64 {
            if ti < start { 0.0 } else { ((ti - start + 1) as f64 / months).min(1.0) }
        };
        let (mut spare_cap, mut elastic_base) = (0.0, 0.0);
        for c in 0..n {
            if restricting[c] || exports[c] <= 0.0 {
                continue;
            }
            let base_c = exports[c] * (1.0 - outage[c]);
            elastic_base += base_c;
            if let Some(t0) = first_shock {
                spare_of[c] = spare_share[c] * base_c * ramp(t0, spare_ramp[c]);
                spare_cap += spare_of[c];
            }
        }
        let projects: f64 =
            s.projects.iter().map(|pr| pr.tonnes_per_year / 12.0 * ramp(pr.start, pr.ramp_months)).sum();
        // 4. Prices, one per segment; new supply split in proportion to segment demand.
        let (mut dem_t, mut dem_o, mut direct_t, mut direct_o) = (0.0, 0.0, 0.0, 0.0);
        for (k, c) in importers.iter().enumerate() {
            let m = &mut months[row + k];
            m.direct = direct_of[k];
            m.demand = imports[c.idx()] * (1.0 + demand_change[c.idx()]).max(0.0);
            m.targeted = target[k];
            if target[k] {
                dem_t += m.demand;
                direct_t += m.direct;
            } else {
                dem_o += m.demand;
                direct_o += m.direct;
            }
        }
        let dem_all = (dem_t + dem_o).max(f64::MIN_POSITIVE);
        let (wt, wo) = (dem_t / dem_all, dem_o / dem_all);
        let (ed, es) = (p.demand_elasticity, p.supply_elasticity);
        let elastic = |x: f64, w: f64| (elastic_base * w * (x.powf(es) - 1.0)).min(spare_cap * w);
        let (supply_t, supply_o) = (direct_t + swapped + projects * wt, direct_o + projects * wo);
        // Arbitrage: unrestricted exporters move sales from untargeted to targeted importers
        // (without a swap) until the two prices would be equal, with the same lag as rerouting.
        let room = (free_total - swapped).max(0.0);
        let wanted = if dem_t > 0.0 && room > 0.0 {
            let (xw, _) = clear(dem_all, supply_t + supply_o, elastic_base, spare_cap, ed, es);
            (dem_t * xw.powf(ed) - supply_t - elastic(xw, wt)).clamp(0.0, room)
        } else {
            0.0
        };
        // Rising towards what is wanted takes time; no trader ships more than is wanted.
        arbitrage = (arbitrage + (wanted - arbitrage) / p.rerouting_months).clamp(0.0, room).min(wanted);
        let (xt, cap_t) = clear(dem_t, supply_t + arbitrage, elastic_base * wt, spare_cap * wt, ed, es);
        let (xo, cap_o) = clear(dem_o, supply_o - arbitrage, elastic_base * wo, spare_cap * wo, ed, es);
        let new_t = projects * wt + elastic(xt, wt);
        let new_o = projects * wo + elastic(xo, wo);
        // Predicted exports: redirected volume by restricting exporter, spare capacity drawn (or
        // supply withheld when prices fall) by exporter, projects by host country.
        let drawn = elastic(xt, wt) + elastic(xo, wo);
        for c in 0..n {
            if freed > 0.0 {
                exports_out[xrow + c] += redirected * freed_by[c] / freed;
            }
            if spare_cap > 0.0 && drawn > 0.0 {
                exports_out[xrow + c] += drawn * spare_of[c] / spare_cap;
            } else if drawn < 0.0 && elastic_base > 0.0 && !restricting[c] {
                exports_out[xrow + c] += drawn * exports[c] * (1.0 - outage[c]) / elastic_base;
            }
        }
        for pr in &s.projects {
            exports_out[xrow + pr.country.idx()] += pr.tonnes_per_year / 12.0 * ramp(pr.start, pr.ramp_months);
        }
        let home_demand = p.home_market_multiple * (0..n).filter(|&c| restricting[c]).map(|c| exports[c]).sum::<f64>();
        let xh =
            if unsold_home > 0.0 && home_demand > 0.0 { (1.0 + unsold_home / home_demand).powf(1.0 / ed) } else { 1.0 };
        price_targets.push(if dem_t > 0.0 { xt } else { 1.0 });
        price_others.push(xo);
        price_home.push(xh);
        price_capped.push(cap_t || cap_o);
        // 5. Importers.
        let mut kept_home = unsold_home;
        let (xt_ed, xo_ed) = (xt.powf(ed), xo.powf(ed));
        for k in 0..n_imp {
            let m = &mut months[row + k];
            let (x, x_ed, new_seg, dem_seg) =
                if target[k] { (xt, xt_ed, new_t, dem_t) } else { (xo, xo_ed, new_o, dem_o) };
            m.rerouted = if target[k] {
                if total_lost > 0.0 { (swapped + arbitrage) * lost[k] / total_lost } else { 0.0 }
            } else if free_total > 0.0 {
                -arbitrage * free_buy[k] / free_total
            } else {
                0.0
            };
            m.new_supply = if dem_seg > 0.0 { new_seg * m.demand / dem_seg } else { 0.0 };
            let _ = (x, dem_seg);
            // What it would buy at the clearing price minus what reaches it physically.
            need[k] = m.demand * x_ed - (m.direct + m.rerouted + m.new_supply);
        }
        // Within each segment, importers with more than they want at the price resell a share
        // `market_liquidity` of the surplus; those with less buy from that pool, pro rata.
        let (mut surplus, mut deficit) = ([0.0f64; 2], [0.0f64; 2]);
        for k in 0..n_imp {
            let seg = usize::from(target[k]);
            if need[k] < 0.0 { surplus[seg] -= need[k] * p.market_liquidity } else { deficit[seg] += need[k] }
        }
        for k in 0..n_imp {
            let m = &mut months[row + k];
            let seg = usize::from(target[k]);
            let x = if target[k] { xt } else { xo };
            let traded = surplus[seg].min(deficit[seg]);
            m.market_reallocation = if need[k] < 0.0 {
                if surplus[seg] > 0.0 { need[k] * p.market_liquidity * traded / surplus[seg] } else { 0.0 }
            } else if deficit[seg] > 0.0 {
                need[k] * traded / deficit[seg]
            } else {
                0.0
            };
            let bought = m.direct + m.rerouted + m.new_supply + m.market_reallocation;
            let mut gap = (m.demand - bought).max(0.0);
            if restricting[importers[k].idx()] && gap > 0.0 && kept_home > 0.0 {
                m.home_supply = gap.min(kept_home);
                kept_home -= m.home_supply;
                gap -= m.home_supply;
            }
            if let Some((release_at, max_draw)) = stock_rule[k]
                && gap > 0.0
                && gap / m.demand >= release_at
            {
                m.stock_draw = gap.min(max_draw).min(stock[k]);
                stock[k] -= m.stock_draw;
            }
            m.stock = stock[k];
            m.shortfall = (gap - m.stock_draw).max(0.0);
            totals.unmet_t += m.shortfall;
            totals.stock_drawn_t += m.stock_draw;
            totals.extra_import_bill_kusd += bought * base.price_kusd_per_t * (x - 1.0);
        }
        totals.peak_price_ratio = totals.peak_price_ratio.max(xt.max(xo));
    }
    totals.unmet_kusd = totals.unmet_t * base.price_kusd_per_t;
    Ok(Run {
        importers,
        n_months: s.n_months,
        months,
        price_targets,
        price_others,
        price_home,
        price_capped,
        baseline_price_kusd_per_t: base.price_kusd_per_t,
        exports: exports_out,
        n_countries: n,
        totals,
    })
}
