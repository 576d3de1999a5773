//! Analyses the server runs on the bundled data and the stored declarations, as JSON: risk
//! figures, a mineral's overview (supply by country, concentration, the coalition view), a
//! country's page, a stress test (with Monte Carlo bands) and, with the `solver` feature, the
//! rapid-response plan. Pure functions of their inputs (the dataset, text, declarations). The
//! risk, stress and Monte Carlo JSON is `critmin_data::json`'s, the same as the CLI's.

use std::path::Path;

use serde_json::{Value, json};

use critmin_core::{CountryId, Dataset, Economy, MineralId};
use critmin_data::json::{ensemble_json, risk_report_json, stress_run_json};
use critmin_risk::{latest_year, risk_report};
use critmin_sim::monte_carlo;

/// The most Monte Carlo runs one request may ask for.
pub const MAX_RUNS: usize = 2000;
/// How many importers (largest shortfall first) get Monte Carlo bands of their own.
pub const TRACKED_IMPORTERS: usize = 10;

/// Resolves a mineral name; the error says what is known.
pub fn mineral(ds: &Dataset, name: &str) -> Result<MineralId, String> {
    ds.resolve_mineral(name).map_err(|e| e.to_string())
}

/// The year used for a mineral: the given one, or the latest with data.
pub fn year_of(ds: &Dataset, m: MineralId, year: Option<u16>) -> Result<u16, String> {
    match year {
        Some(y) => {
            if ds.production.years().contains(&y) || ds.trade.years().contains(&y) {
                Ok(y)
            } else {
                Err(format!("no data for {y}"))
            }
        }
        None => latest_year(ds, m).ok_or_else(|| format!("{} has no data in any year", ds.mineral(m).name)),
    }
}

fn iso(ds: &Dataset, c: CountryId) -> String {
    ds.country(c).iso3.clone()
}

/// The minerals (name, symbol, unit, HS codes).
pub fn minerals(ds: &Dataset) -> Value {
    Value::Array(
        ds.mineral_ids()
            .map(|m| {
                let x = ds.mineral(m);
                json!({"name": x.name, "symbol": x.symbol, "unit": x.unit.label(), "stage": x.stage,
                       "hs_codes": x.hs_codes().collect::<Vec<_>>(), "latest_year": latest_year(ds, m)})
            })
            .collect(),
    )
}

/// The countries (ISO3, ISO2, name) and coalitions (name, members).
pub fn countries(ds: &Dataset) -> Value {
    json!({
        "countries": ds.country_ids().map(|c| {
            let x = ds.country(c);
            json!({"iso3": x.iso3, "iso2": x.iso2, "name": x.name})
        }).collect::<Vec<_>>(),
        "coalitions": ds.coalitions.iter().map(|k| json!({
            "name": k.name, "full_name": k.full_name, "members": k.members.iter().map(|&c| iso(ds, c)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// Risk figures of one mineral for one importer (country or coalition).
pub fn risk(
    ds: &Dataset,
    mineral_name: &str,
    importer: &str,
    year: Option<u16>,
    supplier: &str,
) -> Result<Value, String> {
    let m = mineral(ds, mineral_name)?;
    let economy: Economy = ds.resolve_economy(importer).map_err(|e| e.to_string())?;
    let sup = ds.resolve_country(supplier).map_err(|e| format!("supplier: {e}"))?;
    let y = year_of(ds, m, year)?;
    Ok(risk_report_json(ds, &risk_report(ds, m, &economy, y, Some(sup)), 10))
}

/// A mineral's overview: world production by country, concentration, and the coalition view
/// (each coalition's own production share, dependence on the supplier, GeoPolRisk score).
pub fn mineral_overview(ds: &Dataset, mineral_name: &str, year: Option<u16>, supplier: &str) -> Result<Value, String> {
    let m = mineral(ds, mineral_name)?;
    let y = year_of(ds, m, year)?;
    let sup = ds.resolve_country(supplier).map_err(|e| format!("supplier: {e}"))?;
    let production = critmin_risk::production_concentration(ds, m, y).ok().map(|p| {
        json!({"unit": ds.mineral(m).unit.label(), "world_total": p.total, "hhi": p.hhi, "top3_share": p.top3_share,
               "n1_remaining_share": p.n1_remaining_share,
               "by_country": p.shares.iter().map(|s| json!({"country": iso(ds, s.country), "name": ds.country(s.country).name, "quantity": s.quantity, "share": s.share})).collect::<Vec<_>>()})
    });
    let coalitions: Vec<Value> = ds
        .coalitions
        .iter()
        .filter_map(|k| ds.resolve_economy(&k.name).ok())
        .map(|e| {
            let r = risk_report(ds, m, &e, y, Some(sup));
            json!({"coalition": e.label, "name": e.name, "members": e.members.len(),
                   "own_production_share": r.economy_production_share,
                   "supplier_import_share": r.supplier_import_share,
                   "outside_import_share": r.outside_import_share,
                   "imports_t": r.imports.as_ref().ok().map(|i| i.total_quantity().0),
                   "geopolrisk_score": r.geopolrisk.as_ref().ok().and_then(|g| g.score)})
        })
        .collect();
    Ok(json!({"mineral": ds.mineral(m).name, "year": y, "supplier": iso(ds, sup),
              "supplier_production_share": production.as_ref().and_then(|p| p["by_country"].as_array().and_then(|a| a.iter().find(|x| x["country"] == iso(ds, sup)).map(|x| x["share"].clone()))),
              "production": production, "coalitions": coalitions}))
}

/// A country's page: per mineral, its imports, the largest suppliers, dependence and risk.
pub fn country_page(ds: &Dataset, country: &str, supplier: &str) -> Result<Value, String> {
    let c = ds.resolve_country(country).map_err(|e| e.to_string())?;
    let sup = ds.resolve_country(supplier).map_err(|e| format!("supplier: {e}"))?;
    let economy = ds.resolve_economy(&ds.country(c).iso3).map_err(|e| e.to_string())?;
    let rows: Vec<Value> = ds
        .mineral_ids()
        .filter_map(|m| latest_year(ds, m).map(|y| (m, y)))
        .map(|(m, y)| risk_report_json(ds, &risk_report(ds, m, &economy, y, Some(sup)), 5))
        .collect();
    let x = ds.country(c);
    Ok(json!({"iso3": x.iso3, "name": x.name, "supplier": iso(ds, sup),
              "coalitions": ds.coalitions.iter().filter(|k| k.members.contains(&c)).map(|k| k.name.clone()).collect::<Vec<_>>(),
              "minerals": rows}))
}

/// A stress test: the scenario (TOML text), one deterministic run, and Monte Carlo bands when
/// `runs > 0` (the same JSON as `critmin stress --format json --runs N`). `name` is used in error
/// messages.
pub fn stress(ds: &Dataset, text: &str, name: &str, runs: usize, seed: u64) -> Result<Value, String> {
    if runs > MAX_RUNS {
        return Err(format!("runs: at most {MAX_RUNS} Monte Carlo runs per request (got {runs})"));
    }
    let r = critmin_data::run_scenario(ds, text, Path::new(name)).map_err(|e| e.to_string())?;
    let mut js = stress_run_json(ds, &r.scenario, &r.run, &r.notes);
    if runs > 0 {
        let tracked = r.worst_importers(TRACKED_IMPORTERS);
        let e = monte_carlo(&r.baseline, &r.scenario, runs, seed, &tracked, &|_, _| {}).map_err(|e| e.to_string())?;
        js["monte_carlo"] = ensemble_json(ds, &e);
    }
    Ok(js)
}
