//! The response plan over stored declarations (feature `solver`): the same assembly as
//! `critmin respond` (partners, needs from a stress run and declared needs, consumption, lead
//! times by UN region) and the HiGHS plan, with and without coordination, as JSON. Also the
//! per-member view: a member sees only its own obligations and receipts.

#[cfg(feature = "solver")]
use std::collections::HashMap;
#[cfg(feature = "solver")]
use std::path::Path;

use serde_json::{Value, json};

#[cfg(feature = "solver")]
use critmin_core::{CountryId, Dataset, MineralId};
#[cfg(feature = "solver")]
use critmin_data::{Declarations, Loaded};
#[cfg(feature = "solver")]
use critmin_respond::{Need, PlanError, Problem, national_only, plan, position};
#[cfg(feature = "solver")]
use critmin_sim::{Baseline, simulate};

#[cfg(feature = "solver")]
/// Plans from a declarations file's text (agreements, lead times, stockpiles, needs) and an
/// optional scenario's text whose shortfalls are needs.
pub fn respond(loaded: &Loaded, decl_text: &str, scenario: Option<(&str, &str)>) -> Result<Value, String> {
    let ds = &loaded.dataset;
    let decl = critmin_data::parse_declarations(ds, decl_text, Path::new("declarations")).map_err(|e| e.to_string())?;
    let mut partners: Vec<CountryId> = decl
        .agreements
        .iter()
        .flat_map(|a| a.members.iter().copied())
        .chain(decl.stockpiles.iter().map(|s| s.holding.holder))
        .collect();
    partners.sort();
    partners.dedup();
    let mut notes: Vec<String> = vec![];
    let (first, n_months, year, mut needs) = match scenario {
        Some((name, text)) => {
            let (s, snotes) = critmin_data::parse_scenario(ds, text, Path::new(name)).map_err(|e| e.to_string())?;
            notes.extend(snotes);
            let base = Baseline::from_dataset(ds, s.mineral, s.baseline_year).map_err(|e| e.to_string())?;
            let run = simulate(&base, &s).map_err(|e| format!("{name}: {e}"))?;
            let mut needs = vec![];
            for (k, &c) in run.importers.iter().enumerate() {
                if !partners.contains(&c) {
                    continue;
                }
                let monthly: Vec<f64> = (0..run.n_months).map(|t| run.at(t, k).shortfall.max(0.0)).collect();
                if monthly.iter().any(|&x| x > 0.0) {
                    needs.push(Need { partner: c, mineral: s.mineral, monthly_t: monthly });
                }
            }
            (s.first_month, run.n_months, s.baseline_year, needs)
        }
        None => {
            let first = decl
                .needs
                .iter()
                .map(|n| n.start)
                .min_by_key(|m| (m.year, m.month))
                .ok_or("no needs: give a scenario, or declare needs")?;
            let n =
                decl.needs.iter().map(|n| first.months_until(n.start) as usize + n.monthly_t.len()).max().unwrap_or(0);
            (first, n, ds.trade.years().into_iter().max().unwrap_or(2022), vec![])
        }
    };
    for n in &decl.needs {
        let offset = first.months_until(n.start);
        if offset < 0 || offset as usize >= n_months {
            return Err(format!(
                "a need of {} starts in {}, outside the horizon {} to {}",
                ds.country(n.partner).name,
                n.start,
                first,
                first.plus(n_months as i64 - 1)
            ));
        }
        let mut monthly = vec![0.0; n_months];
        for (i, &x) in n.monthly_t.iter().enumerate() {
            if let Some(slot) = monthly.get_mut(offset as usize + i) {
                *slot += x;
            }
        }
        needs.push(Need { partner: n.partner, mineral: n.mineral, monthly_t: monthly });
    }
    let minerals: Vec<MineralId> = {
        let mut m: Vec<_> =
            decl.stockpiles.iter().map(|s| s.holding.mineral).chain(needs.iter().map(|n| n.mineral)).collect();
        m.sort();
        m.dedup();
        m
    };
    let positions: HashMap<MineralId, critmin_respond::Position> =
        minerals.iter().map(|&m| (m, position(ds, m, year))).collect();
    let consumption_of = |c: CountryId, m: MineralId| positions.get(&m).map_or(0.0, |p| p.consumption_t[c.idx()]);
    let holdings = decl.holdings(consumption_of).map_err(|e| e.to_string())?;
    let mut consumption = HashMap::new();
    for &m in &minerals {
        for &c in &partners {
            consumption.insert((c, m), consumption_of(c, m));
        }
    }
    let lead_times = lead_times(loaded, &decl)?;
    let illustrative = decl.illustrative || holdings.iter().any(|h| h.illustrative);
    let problem = Problem { n_months, holdings, needs, agreements: decl.agreements.clone(), lead_times, consumption };
    let explain = |e: PlanError| e.to_string();
    let with = plan(ds, &problem).map_err(explain)?;
    let without = plan(ds, &national_only(&problem)).map_err(explain)?;
    let iso = |c: CountryId| ds.country(c).iso3.clone();
    let label = |h: usize| problem.holdings[h].label(&ds.country(problem.holdings[h].holder).name);
    let month = |t: usize| first.plus(t as i64).to_string();
    Ok(json!({
        "illustrative": illustrative,
        "notes": notes,
        "first_month": first.to_string(),
        "months": n_months,
        "partners": with.partners.iter().map(|w| {
            let n = without.partners.iter().find(|x| x.partner == w.partner && x.mineral == w.mineral);
            json!({"iso3": iso(w.partner), "name": ds.country(w.partner).name, "mineral": ds.mineral(w.mineral).name,
                   "need_t": w.need_t, "unmet_national_t": n.map_or(w.need_t, |n| n.unmet_t), "unmet_coordinated_t": w.unmet_t,
                   "received_t": w.received_t, "sent_to_others_t": w.sent_to_others_t})
        }).collect::<Vec<_>>(),
        "minerals": with.minerals.iter().map(|m| json!({
            "mineral": ds.mineral(m.mineral).name, "max_unmet_share": m.max_unmet_share, "unmet_t": m.unmet_t, "need_t": m.need_t,
            "national_max_unmet_share": without.minerals.iter().find(|x| x.mineral == m.mineral).map(|x| x.max_unmet_share),
        })).collect::<Vec<_>>(),
        "shipments": with.shipments.iter().map(|s| json!({
            "from": iso(problem.holdings[s.holding].holder), "holder": label(s.holding), "to": iso(s.recipient),
            "mineral": ds.mineral(s.mineral).name, "tonnes": s.tonnes, "dispatch": month(s.dispatch), "arrival": month(s.arrival),
            "agreement": s.agreement.map(|a| problem.agreements[a].name.clone()),
            "illustrative": problem.holdings[s.holding].illustrative,
        })).collect::<Vec<_>>(),
        "holdings": with.holdings.iter().map(|h| {
            let hd = &problem.holdings[h.holding];
            json!({"holder": label(h.holding), "iso3": iso(hd.holder), "mineral": ds.mineral(hd.mineral).name,
                   "contained_t": hd.contained_t, "releasable_t": hd.available_t(), "released_t": h.released_t,
                   "stock_left_t": h.stock_left_t, "illustrative": hd.illustrative})
        }).collect::<Vec<_>>(),
    }))
}

#[cfg(feature = "solver")]
/// Default lead times by UN region and continent (data/regions.csv), then the declarations' overrides.
fn lead_times(loaded: &Loaded, decl: &Declarations) -> Result<critmin_respond::LeadTimes, String> {
    let ds: &Dataset = &loaded.dataset;
    let regions = critmin_data::read_regions(&loaded.dir).map_err(|e| e.to_string())?;
    let mut codes: HashMap<String, u16> = HashMap::new();
    let mut intern = |key: String| -> u16 {
        let next = codes.len() as u16;
        *codes.entry(key).or_insert(next)
    };
    let mut region = vec![None; ds.countries.len()];
    let mut continent = vec![None; ds.countries.len()];
    for c in ds.country_ids() {
        if let Some((cont, reg)) = regions.get(&ds.country(c).iso3) {
            continent[c.idx()] = Some(intern(format!("continent:{cont}")));
            region[c.idx()] = Some(intern(format!("region:{reg}")));
        }
    }
    Ok(decl.lead_times(&region, &continent))
}

/// What a member may see of a plan: its own partner rows, shipments from or to it, its own holdings.
pub fn member_view(result: &Value, iso3: &str) -> Value {
    let keep = |key: &str, f: &dyn Fn(&Value) -> bool| -> Value {
        Value::Array(result[key].as_array().map(|a| a.iter().filter(|x| f(x)).cloned().collect()).unwrap_or_default())
    };
    json!({
        "illustrative": result["illustrative"],
        "first_month": result["first_month"],
        "months": result["months"],
        "partners": keep("partners", &|x| x["iso3"] == iso3),
        "shipments": keep("shipments", &|x| x["from"] == iso3 || x["to"] == iso3),
        "holdings": keep("holdings", &|x| x["iso3"] == iso3),
        "view": "member",
    })
}
