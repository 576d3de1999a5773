//! The response plan over stored declarations (feature `solver`): the input assembled by
//! [`critmin_data::plan_input`], exactly as for `critmin respond` (partners, needs from a stress
//! run and declared needs, consumption, lead times by UN region), and the HiGHS plan, with and
//! without coordination, as JSON ([`critmin_data::json::plan_json`], as `critmin respond --format
//! json` prints it). Also the per-member view: a member sees only its own
//! obligations and receipts.

#[cfg(feature = "solver")]
use std::path::Path;

use serde_json::{Value, json};

#[cfg(feature = "solver")]
use critmin_data::{Loaded, Shortfalls};
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
    let input = critmin_data::plan_input(loaded, &decl, &[], shortfalls).map_err(|e| e.to_string())?;
    let explain = |e: PlanError| e.to_string();
    let with = plan(ds, &input.problem).map_err(explain)?;
    let without = plan(ds, &national_only(&input.problem)).map_err(explain)?;
    Ok(critmin_data::json::plan_json(ds, &input, &with, &without))
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
