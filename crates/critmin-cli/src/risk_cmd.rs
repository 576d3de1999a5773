//! `critmin risk`: the first-line risk figures of minerals for importers or coalitions.

use anyhow::Result;
use serde_json::Value;

use critmin_core::{CountryId, Dataset, Economy, MineralId};
use critmin_risk::{RiskReport, latest_year, risk_report};

use crate::output::{Out, big, csv, exact, num, pct, table};
use crate::{Format, usage};

#[derive(clap::Args, Debug)]
pub struct RiskArgs {
    /// Minerals, comma-separated: names, symbols or aliases ("rare earths,cobalt,Li").
    #[arg(value_name = "MINERALS")]
    minerals: String,
    /// Importers, comma-separated: countries (name, ISO code, BACI code) or coalitions ("USA,Japan,EU27,G7+").
    #[arg(long, short = 'i', visible_alias = "importer", value_name = "LIST")]
    importers: String,
    /// Year (default: the latest with production and trade data for each mineral).
    #[arg(long, short = 'y')]
    year: Option<u16>,
    /// The supplier whose shares are shown.
    #[arg(long, default_value = "China")]
    supplier: String,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also list each importer's N largest suppliers (tonnes, kUSD, unit value).
    #[arg(long, value_name = "N")]
    detail: Option<usize>,
}

/// Splits a comma-separated list and resolves each item; unknown names are usage errors.
pub fn resolve_list<T>(
    list: &str,
    what: &str,
    resolve: impl Fn(&str) -> Result<T, critmin_core::NotFound>,
) -> Result<Vec<T>> {
    let items: Vec<&str> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if items.is_empty() {
        return Err(usage(format!("no {what} given")));
    }
    items.into_iter().map(|s| resolve(s).map_err(|e| usage(e.to_string()))).collect()
}

/// Checks that a year has data of some kind; otherwise a usage error naming the years there are.
pub fn check_year(ds: &Dataset, year: u16) -> Result<()> {
    let prod = ds.production.years();
    let trade = ds.trade.years();
    if prod.contains(&year) || trade.contains(&year) {
        return Ok(());
    }
    let span = |ys: &[u16]| match (ys.first(), ys.last()) {
        (Some(a), Some(b)) => format!("{a}-{b}"),
        _ => "none".into(),
    };
    Err(usage(format!("no data for {year}: production covers {}, trade covers {}", span(&prod), span(&trade))))
}

pub fn run(ds: &Dataset, args: &RiskArgs, out: &mut Out) -> Result<()> {
    let minerals: Vec<MineralId> = resolve_list(&args.minerals, "minerals", |s| ds.resolve_mineral(s))?;
    let economies: Vec<Economy> = resolve_list(&args.importers, "importers", |s| ds.resolve_economy(s))?;
    let supplier = ds.resolve_country(&args.supplier).map_err(|e| usage(format!("--supplier: {e}")))?;
    if let Some(y) = args.year {
        check_year(ds, y)?;
    }
    let mut reports: Vec<RiskReport> = Vec::new();
    for economy in &economies {
        for &m in &minerals {
            let year = match args.year.or_else(|| latest_year(ds, m)) {
                Some(y) => y,
                None => return Err(usage(format!("{} has no data in any year", ds.mineral(m).name))),
            };
            reports.push(risk_report(ds, m, economy, year, Some(supplier)));
        }
    }
    match args.format {
        Format::Table => print_tables(ds, &reports, &economies, supplier, args.detail, out),
        Format::Json => {
            let js: Vec<Value> = reports
                .iter()
                .map(|r| critmin_data::json::risk_report_json(ds, r, args.detail.unwrap_or(10)))
                .collect();
            out.line(&serde_json::to_string_pretty(&Value::Array(js))?)
        }
        Format::Csv => {
            let (header, rows) = csv_rows(ds, &reports);
            out.write_str(&csv(&header.iter().map(String::as_str).collect::<Vec<_>>(), &rows))
        }
    }
}

fn name(ds: &Dataset, c: CountryId) -> String {
    ds.country(c).name.clone()
}

fn print_tables(
    ds: &Dataset,
    reports: &[RiskReport],
    economies: &[Economy],
    supplier: CountryId,
    detail: Option<usize>,
    out: &mut Out,
) -> Result<()> {
    let sup = name(ds, supplier);
    for economy in economies {
        let rs: Vec<&RiskReport> = reports.iter().filter(|r| r.economy.label == economy.label).collect();
        let mut header: Vec<String> = vec!["".into()];
        header.extend(rs.iter().map(|r| format!("{} {}", ds.mineral(r.mineral).name, r.year)));
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut row = |label: String, f: &dyn Fn(&RiskReport) -> String| {
            let mut v = vec![label];
            v.extend(rs.iter().map(|r| f(r)));
            rows.push(v);
        };
        let prod = |r: &RiskReport| r.production.as_ref().ok().cloned();
        row("World mine production".into(), &|r| {
            let unit = match ds.mineral(r.mineral).unit {
                critmin_core::ProductionUnit::Tonnes => "t",
                ref other => other.label(),
            };
            prod(r).map_or("-".into(), |p| format!("{} {unit}", big(Some(p.total))))
        });
        row("Largest producer".into(), &|r| {
            prod(r)
                .and_then(|p| p.top1())
                .map_or("-".into(), |t| format!("{} {}", name(ds, t.country), pct(Some(t.share))))
        });
        row("Top-3 producers' share".into(), &|r| pct(prod(r).map(|p| p.top3_share)));
        row("Production HHI (0-1)".into(), &|r| num(prod(r).map(|p| p.hhi), 3));
        row("N-1: supply left without largest".into(), &|r| pct(prod(r).map(|p| p.n1_remaining_share)));
        row(format!("{sup}: share of production"), &|r| pct(r.supplier_production_share));
        row(format!("{}: share of production", economy.label), &|r| pct(r.economy_production_share));
        let imp = |r: &RiskReport| r.imports.as_ref().ok().filter(|i| i.trade_recorded).cloned();
        row("Imports (t)".into(), &|r| big(imp(r).map(|i| i.total_quantity().0)));
        row("Imports (thousand USD)".into(), &|r| big(imp(r).map(|i| i.total_value().0)));
        row("Import unit value (USD/kg)".into(), &|r| {
            num(
                imp(r).and_then(|i| {
                    critmin_core::KiloUsd(i.lines.iter().map(|l| l.value.0 - l.value_without_quantity.0).sum())
                        .per_tonne(i.total_quantity())
                }),
                2,
            )
        });
        row(format!("{sup}: share of imports"), &|r| pct(r.supplier_import_share));
        if economy.is_coalition {
            row(format!("Share from outside {}", economy.label), &|r| pct(r.outside_import_share));
        }
        row("Largest external supplier".into(), &|r| {
            r.governance
                .as_ref()
                .and_then(|g| g.top_supplier)
                .map_or("-".into(), |(c, s)| format!("{} {}", name(ds, c), pct(Some(s))))
        });
        row("Governance-weighted conc. (0-10)".into(), &|r| num(r.governance.as_ref().map(|g| g.value), 2));
        row("CRMA: one supplier > 65%".into(), &|r| {
            r.governance.as_ref().map_or("-".into(), |g| if g.crma_exceeded { "YES".into() } else { "no".into() })
        });
        let gpr = |r: &RiskReport| r.geopolrisk.as_ref().ok().cloned();
        row("GeoPolRisk import risk".into(), &|r| num(gpr(r).and_then(|g| g.import_risk), 4));
        row("GeoPolRisk score".into(), &|r| num(gpr(r).and_then(|g| g.score), 4));
        row("GeoPolRisk CF (kg Cu-eq/kg)".into(), &|r| num(gpr(r).and_then(|g| g.cf), 3));
        row("Notes".into(), &|r| {
            let n = r.notes(ds);
            if n.is_empty() { "-".into() } else { n.join("; ") }
        });
        let members = if economy.is_coalition { format!(", {} members", economy.members.len()) } else { String::new() };
        out.line(&format!("\n{} ({}{members})", economy.name, economy.label))?;
        let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
        out.line(&crate::output::table(&header_refs, &rows))?;
        if let Some(n) = detail {
            for r in &rs {
                print_detail(ds, r, n, out)?;
            }
        }
    }
    out.line(
        "\nProduction is mine production (World Mining Data), often as content (Li2O, REO); trade is BACI gross \
         weight over each mineral's HS codes (`critmin minerals`). Shares of imports are by quantity. \
         Governance weights: WGI political stability, 0 = most stable, 10 = least. Notes: taiwan-wgi = Taiwan \
         supplies and critmin uses its own WGI score (the reference tool gives it 0.5); wgi-missing = a supplier \
         without a WGI score, weighted 0.5; no-trade-data = BACI has no trade for the HS codes that year \
         (docs/geopolrisk.md).",
    )
}

fn print_detail(ds: &Dataset, r: &RiskReport, n: usize, out: &mut Out) -> Result<()> {
    let Ok(imports) = &r.imports else { return Ok(()) };
    let total = imports.total_quantity();
    let rows: Vec<Vec<String>> = imports
        .lines
        .iter()
        .take(n)
        .map(|l| {
            vec![
                name(ds, l.exporter),
                big(Some(l.quantity.0)),
                pct((total.0 > 0.0).then(|| l.quantity / total)),
                big(Some(l.value.0)),
                num(l.unit_value(), 2),
                if l.from_member { "member".into() } else { String::new() },
            ]
        })
        .collect();
    out.line(&format!(
        "  {} imports of {} in {}, largest {} of {} suppliers",
        r.economy.label,
        ds.mineral(r.mineral).name,
        r.year,
        rows.len(),
        imports.lines.len()
    ))?;
    out.line(&table(&["exporter", "tonnes", "share", "thousand USD", "USD/kg", ""], &rows))
}

fn csv_rows(ds: &Dataset, reports: &[RiskReport]) -> (Vec<String>, Vec<Vec<String>>) {
    let header = [
        "mineral",
        "importer",
        "year",
        "world_production",
        "production_unit",
        "top_producer",
        "top_producer_share",
        "top3_share",
        "hhi",
        "n1_remaining_share",
        "supplier",
        "supplier_production_share",
        "importer_production_share",
        "imports_t",
        "imports_kusd",
        "supplier_import_share",
        "outside_import_share",
        "largest_external_supplier",
        "largest_external_share",
        "governance_weighted_concentration",
        "crma_over_65pct",
        "import_risk",
        "geopolrisk_score",
        "cf",
        "price_kusd_per_t",
        "notes",
    ];
    let rows = reports
        .iter()
        .map(|r| {
            let p = r.production.as_ref().ok();
            let i = r.imports.as_ref().ok().filter(|i| i.trade_recorded);
            let g = r.geopolrisk.as_ref().ok();
            let top = p.and_then(|p| p.top1());
            let ext = r.governance.as_ref().and_then(|g| g.top_supplier);
            vec![
                ds.mineral(r.mineral).name.clone(),
                r.economy.label.clone(),
                r.year.to_string(),
                exact(p.map(|p| p.total)),
                ds.mineral(r.mineral).unit.label().to_string(),
                top.map_or(String::new(), |t| ds.country(t.country).iso3.clone()),
                exact(top.map(|t| t.share)),
                exact(p.map(|p| p.top3_share)),
                exact(p.map(|p| p.hhi)),
                exact(p.map(|p| p.n1_remaining_share)),
                r.supplier.map_or(String::new(), |s| ds.country(s).iso3.clone()),
                exact(r.supplier_production_share),
                exact(r.economy_production_share),
                exact(i.map(|i| i.total_quantity().0)),
                exact(i.map(|i| i.total_value().0)),
                exact(r.supplier_import_share),
                exact(r.outside_import_share),
                ext.map_or(String::new(), |(c, _)| ds.country(c).iso3.clone()),
                exact(ext.map(|(_, s)| s)),
                exact(r.governance.as_ref().map(|g| g.value)),
                r.governance.as_ref().map_or(String::new(), |g| g.crma_exceeded.to_string()),
                exact(g.and_then(|g| g.import_risk)),
                exact(g.and_then(|g| g.score)),
                exact(g.and_then(|g| g.cf)),
                exact(g.and_then(|g| g.price)),
                r.notes(ds).join("; "),
            ]
        })
        .collect();
    (header.iter().map(|s| s.to_string()).collect(), rows)
}
