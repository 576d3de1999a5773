//! The response plan over stored declarations (feature `solver`): the input assembled by
//! [`critmin_data::plan_input`], exactly as for `critmin respond` (partners, needs from a stress
//! run and declared needs, consumption, lead times by UN region), and the HiGHS plan, with and
//! without coordination, as JSON. Also the per-member view: a member sees only its own
//! obligations and receipts.

#[cfg(feature = "solver")]
use std::path::Path;

use serde_json::{Value, json};

#[cfg(feature = "solver")]
use critmin_core::CountryId;
#[cfg(feature = "solver")]
use critmin_data::{Loaded, PlanInput, Shortfalls};
#[cfg(feature = "solver")]
use critmin_respond::{PlanError, national_only, plan};

#[cfg(feature = "solver")]
/// Plans from a declarations file's text (agreements, lead times, stockpiles, needs) and an
/// optional scenario's text whose shortfalls are needs. The input is assembled by
/// [`critmin_data::plan_input`], as for `critmin respond`.
pub fn respond(loaded: &Loaded, decl_text: &str, scenario: Option<(&str, &str)>) -> Result<Value, String> {
    let ds = &loaded.dataset;
    let decl = critmin_data::parse_declarations(ds, decl_text, Path::new("declarations")).map_err(|e| e.to_string())?;
    let scenario_run = scenario
        .map(|(name, text)| critmin_data::run_scenario(ds, text, Path::new(name)))
        .transpose()
        .map_err(|e| e.to_string())?;
    let shortfalls = scenario_run.as_ref().map(|r| Shortfalls { scenario: &r.scenario, run: &r.run, notes: &r.notes });
    let PlanInput { problem, first, notes, illustrative, .. } =
        critmin_data::plan_input(loaded, &decl, &[], shortfalls).map_err(|e| e.to_string())?;
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
        "months": problem.n_months,
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
