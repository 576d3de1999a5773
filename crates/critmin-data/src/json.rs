//! The JSON of analysis results that `critmin ... --format json` prints and the server's API
//! answers: one risk report, one stress run, a Monte Carlo ensemble, a response plan. Built here once so the CLI and
//! the API give the same fields, names and units. Countries are ISO3 codes with their names beside.

use serde_json::{Value, json};

use critmin_core::{CountryId, Dataset};
use critmin_respond::{Plan, compare};
use critmin_risk::RiskReport;
use critmin_sim::{Band, Ensemble, ImporterMonth, Run, Scenario};

fn iso(ds: &Dataset, c: CountryId) -> &str {
    &ds.country(c).iso3
}

/// One risk report; `n_lines` caps the lists of producers and of exporters.
pub fn risk_report_json(ds: &Dataset, r: &RiskReport, n_lines: usize) -> Value {
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
        "hs_codes": m.hs_codes().collect::<Vec<_>>(),
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
        "notes": r.notes(ds),
    })
}

/// One stress run: months, price ratios, totals, notes, and every importer's monthly series
/// (tonnes), largest cumulative shortfall first.
pub fn stress_run_json(ds: &Dataset, s: &Scenario, run: &Run, notes: &[String]) -> Value {
    let months: Vec<String> = (0..run.n_months).map(|t| s.first_month.plus(t as i64).to_string()).collect();
    let importers: Vec<Value> = run
        .importers_by_unmet()
        .into_iter()
        .map(|k| {
            let series =
                |f: fn(&ImporterMonth) -> f64| -> Vec<f64> { (0..run.n_months).map(|t| f(run.at(t, k))).collect() };
            json!({
                "iso3": iso(ds, run.importers[k]), "name": ds.country(run.importers[k]).name,
                "unmet_t": run.importer_unmet(k),
                "demand": series(|m| m.demand), "direct": series(|m| m.direct), "rerouted": series(|m| m.rerouted),
                "new_supply": series(|m| m.new_supply), "market_reallocation": series(|m| m.market_reallocation),
                "home_supply": series(|m| m.home_supply), "stock_draw": series(|m| m.stock_draw),
                "stock": series(|m| m.stock), "shortfall": series(|m| m.shortfall),
            })
        })
        .collect();
    json!({
        "scenario": s.name, "mineral": ds.mineral(s.mineral).name, "baseline_year": s.baseline_year,
        "baseline_price_kusd_per_t": run.baseline_price_kusd_per_t, "months": months,
        "price_ratio_targets": run.price_targets, "price_ratio_others": run.price_others, "price_ratio_home": run.price_home,
        "totals": {"unmet_t": run.totals.unmet_t, "unmet_kusd": run.totals.unmet_kusd,
                   "extra_import_bill_kusd": run.totals.extra_import_bill_kusd, "stock_drawn_t": run.totals.stock_drawn_t,
                   "peak_price_ratio": run.totals.peak_price_ratio},
        "notes": notes, "importers": importers,
    })
}

/// A Monte Carlo ensemble: P5/P50/P95 bands of the totals, the monthly prices and shortfall, and
/// the tracked importers' shortfalls.
pub fn ensemble_json(ds: &Dataset, e: &Ensemble) -> Value {
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

/// A response plan beside the national-only one: partners (unmet, peak and months short, both
/// ways), per-mineral optimum, shipments, stock left. Months are labelled from the input's first
/// month; every holding and shipment says whether its figures are illustrative.
pub fn plan_json(ds: &Dataset, input: &crate::PlanInput, coordinated: &Plan, national: &Plan) -> Value {
    let p = &input.problem;
    let month = |t: usize| input.first.plus(t as i64).to_string();
    let holder = |h: usize| p.holdings[h].label(&ds.country(p.holdings[h].holder).name);
    json!({
        "illustrative": input.illustrative,
        "notes": input.notes,
        "first_month": input.first.to_string(),
        "months": p.n_months,
        "partners": compare(coordinated, national).iter().map(|r| json!({
            "iso3": iso(ds, r.partner), "name": ds.country(r.partner).name, "mineral": ds.mineral(r.mineral).name,
            "need_t": r.need_t, "unmet_national_t": r.unmet_national_t, "unmet_coordinated_t": r.unmet_coordinated_t,
            "peak_national_t": r.peak_national_t, "peak_coordinated_t": r.peak_coordinated_t,
            "months_short_national": r.months_short_national, "months_short_coordinated": r.months_short_coordinated,
            "received_t": r.received_t, "sent_to_others_t": r.sent_to_others_t,
        })).collect::<Vec<_>>(),
        "minerals": coordinated.minerals.iter().map(|m| json!({
            "mineral": ds.mineral(m.mineral).name, "max_unmet_share": m.max_unmet_share, "unmet_t": m.unmet_t,
            "need_t": m.need_t, "cost": m.cost, "cost_unit": if m.cost_is_usd { "USD" } else { "tonne-months" },
            "lp_variables": m.n_vars, "lp_rows": m.n_rows,
            "national_max_unmet_share": national.minerals.iter().find(|x| x.mineral == m.mineral).map(|x| x.max_unmet_share),
        })).collect::<Vec<_>>(),
        "shipments": coordinated.shipments.iter().map(|s| json!({
            "from": iso(ds, p.holdings[s.holding].holder), "holder": holder(s.holding),
            "to": iso(ds, s.recipient), "mineral": ds.mineral(s.mineral).name, "tonnes": s.tonnes,
            "dispatch": month(s.dispatch), "arrival": month(s.arrival),
            "agreement": s.agreement.map(|a| p.agreements[a].name.clone()),
            "illustrative": p.holdings[s.holding].illustrative,
        })).collect::<Vec<_>>(),
        "holdings": coordinated.holdings.iter().map(|h| {
            let hd = &p.holdings[h.holding];
            json!({"holder": holder(h.holding), "iso3": iso(ds, hd.holder), "mineral": ds.mineral(hd.mineral).name,
                   "contained_t": hd.contained_t, "releasable_t": hd.available_t(), "released_t": h.released_t,
                   "stock_left_t": h.stock_left_t, "illustrative": hd.illustrative})
        }).collect::<Vec<_>>(),
    })
}
