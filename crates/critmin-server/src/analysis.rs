//! Analyses the server runs on the bundled data and the stored declarations, as JSON: risk
//! figures, a mineral's overview (supply by country, concentration, the coalition view), a
//! country's page, a stress test (with Monte Carlo bands) and, with the `solver` feature, the
//! rapid-response plan. Pure functions of their inputs (the dataset, text, declarations).

use std::path::Path;

use serde_json::{Value, json};

use critmin_core::{CountryId, Dataset, Economy, MineralId};
use critmin_risk::{RiskReport, latest_year, risk_report};
use critmin_sim::{Band, Baseline, Ensemble, Run, Scenario, monte_carlo, simulate};

/// The most Monte Carlo runs one request may ask for.
pub const MAX_RUNS: usize = 2000;

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

fn notes(ds: &Dataset, r: &RiskReport) -> Vec<String> {
    let mut n = Vec::new();
    match &r.geopolrisk {
        Ok(g) => n.extend(g.notes.iter().map(|x| x.label(ds))),
        Err(e) => n.push(e.to_string()),
    }
    if let Err(e) = &r.production {
        let e = e.to_string();
        if !n.contains(&e) {
            n.push(e);
        }
    }
    n
}

/// One risk report as JSON (the fields of `critmin risk --format json`).
pub fn report_json(ds: &Dataset, r: &RiskReport, n_lines: usize) -> Value {
    let m = ds.mineral(r.mineral);
    let production = r.production.as_ref().ok().map(|p| {
        json!({
            "unit": m.unit.label(), "world_total": p.total, "hhi": p.hhi, "top3_share": p.top3_share,
            "n1_remaining_share": p.n1_remaining_share,
            "top_producers": p.shares.iter().take(n_lines).map(|s| json!({"country": iso(ds, s.country), "name": ds.country(s.country).name, "quantity": s.quantity, "share": s.share})).collect::<Vec<_>>(),
        })
    });
    let imports = r.imports.as_ref().ok().filter(|i| i.trade_recorded).map(|i| {
        json!({
            "total_t": i.total_quantity().0, "total_kusd": i.total_value().0, "external_t": i.external_quantity().0,
            "by_exporter": i.lines.iter().take(n_lines).map(|l| json!({
                "exporter": iso(ds, l.exporter), "name": ds.country(l.exporter).name,
                "tonnes": l.quantity.0, "kusd": l.value.0, "usd_per_kg": l.unit_value(), "member": l.from_member,
            })).collect::<Vec<_>>(),
        })
    });
    let gpr = r.geopolrisk.as_ref().ok().map(|g| {
        json!({"hhi": g.hhi, "import_risk": g.import_risk, "score": g.score, "cf": g.cf, "price_kusd_per_t": g.price,
               "domestic_t": g.domestic.0, "imports_t": g.imports.0, "weighted_imports_t": g.weighted_imports.0})
    });
    json!({
        "mineral": m.name, "importer": r.economy.label, "importer_name": r.economy.name,
        "is_coalition": r.economy.is_coalition, "year": r.year,
        "supplier": r.supplier.map(|s| iso(ds, s)),
        "production": production,
        "supplier_production_share": r.supplier_production_share,
        "importer_production_share": r.economy_production_share,
        "imports": imports,
        "supplier_import_share": r.supplier_import_share,
        "outside_import_share": r.outside_import_share,
        "governance_weighted_concentration": r.governance.as_ref().map(|g| g.value),
        "largest_external_supplier": r.governance.as_ref().and_then(|g| g.top_supplier).map(|(c, s)| json!({"country": iso(ds, c), "share": s})),
        "crma_single_supplier_over_65pct": r.governance.as_ref().map(|g| g.crma_exceeded),
        "geopolrisk": gpr,
        "notes": notes(ds, r),
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
    Ok(report_json(ds, &risk_report(ds, m, &economy, y, Some(sup)), 10))
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
        .map(|(m, y)| report_json(ds, &risk_report(ds, m, &economy, y, Some(sup)), 5))
        .collect();
    let x = ds.country(c);
    Ok(json!({"iso3": x.iso3, "name": x.name, "supplier": iso(ds, sup),
              "coalitions": ds.coalitions.iter().filter(|k| k.members.contains(&c)).map(|k| k.name.clone()).collect::<Vec<_>>(),
              "minerals": rows}))
}

/// A stress test: the scenario (TOML text), one deterministic run, and Monte Carlo bands when
/// `runs > 0`. `name` is used in error messages.
pub fn stress(ds: &Dataset, text: &str, name: &str, runs: usize, seed: u64) -> Result<Value, String> {
    if runs > MAX_RUNS {
        return Err(format!("runs: at most {MAX_RUNS} Monte Carlo runs per request (got {runs})"));
    }
    let (scenario, snotes) = critmin_data::parse_scenario(ds, text, Path::new(name)).map_err(|e| e.to_string())?;
    let base = Baseline::from_dataset(ds, scenario.mineral, scenario.baseline_year).map_err(|e| e.to_string())?;
    let run = simulate(&base, &scenario).map_err(|e| format!("{name}: {e}"))?;
    let mut js = stress_json(ds, &scenario, &run, &snotes);
    if runs > 0 {
        let mut order: Vec<usize> = (0..run.importers.len()).collect();
        order.sort_by(|&a, &b| run.importer_unmet(b).total_cmp(&run.importer_unmet(a)));
        let tracked: Vec<_> = order.iter().take(10).map(|&k| run.importers[k]).collect();
        let e = monte_carlo(&base, &scenario, runs, seed, &tracked, &|_, _| {}).map_err(|e| e.to_string())?;
        js["monte_carlo"] = ensemble_json(ds, &e);
    }
    Ok(js)
}

fn stress_json(ds: &Dataset, s: &Scenario, run: &Run, notes: &[String]) -> Value {
    let months: Vec<String> = (0..run.n_months).map(|t| s.first_month.plus(t as i64).to_string()).collect();
    let mut order: Vec<usize> = (0..run.importers.len()).collect();
    order.sort_by(|&a, &b| run.importer_unmet(b).total_cmp(&run.importer_unmet(a)));
    let importers: Vec<Value> = order
        .iter()
        .map(|&k| {
            let series = |f: &dyn Fn(&critmin_sim::ImporterMonth) -> f64| -> Vec<f64> {
                (0..run.n_months).map(|t| f(run.at(t, k))).collect()
            };
            json!({
                "iso3": iso(ds, run.importers[k]), "name": ds.country(run.importers[k]).name,
                "unmet_t": run.importer_unmet(k),
                "demand": series(&|m| m.demand), "shortfall": series(&|m| m.shortfall), "stock": series(&|m| m.stock),
            })
        })
        .collect();
    json!({
        "scenario": s.name, "mineral": ds.mineral(s.mineral).name, "baseline_year": s.baseline_year,
        "baseline_price_kusd_per_t": run.baseline_price_kusd_per_t, "months": months,
        "price_ratio_targets": run.price_targets, "price_ratio_others": run.price_others,
        "totals": {"unmet_t": run.totals.unmet_t, "unmet_kusd": run.totals.unmet_kusd,
                   "extra_import_bill_kusd": run.totals.extra_import_bill_kusd, "stock_drawn_t": run.totals.stock_drawn_t,
                   "peak_price_ratio": run.totals.peak_price_ratio},
        "notes": notes, "importers": importers,
    })
}

fn ensemble_json(ds: &Dataset, e: &Ensemble) -> Value {
    let b = |b: &Band| json!({"p5": b.p5, "p50": b.p50, "p95": b.p95});
    json!({
        "runs": e.runs, "seed": e.seed,
        "unmet_t": b(&e.unmet_t), "extra_import_bill_kusd": b(&e.extra_import_bill_kusd),
        "price_ratio_targets": e.price_targets.iter().map(b).collect::<Vec<_>>(),
        "price_ratio_others": e.price_others.iter().map(b).collect::<Vec<_>>(),
        "shortfall_t": e.shortfall.iter().map(b).collect::<Vec<_>>(),
        "importer_unmet_t": e.importer_unmet.iter().map(|(c, band)| json!({"iso3": iso(ds, *c), "band": b(band)})).collect::<Vec<_>>(),
    })
}
