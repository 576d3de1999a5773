//! `critmin minerals | countries | coalitions | data info`: what exists in the dataset.

use anyhow::Result;
use serde_json::{Value, json};

use critmin_core::Dataset;
use critmin_data::Loaded;

use crate::Format;
use crate::output::{Out, csv, table};

fn emit(out: &mut Out, format: Format, header: &[&str], rows: &[Vec<String>], json_rows: Value) -> Result<()> {
    match format {
        Format::Table => out.line(&table(header, rows)),
        Format::Csv => out.write_str(&csv(header, rows)),
        Format::Json => out.line(&serde_json::to_string_pretty(&json_rows)?),
    }
}

pub fn minerals(ds: &Dataset, format: Format, out: &mut Out) -> Result<()> {
    let header = ["name", "symbol", "wmd_sheet", "hs_codes", "stage", "unit", "eol_rir", "aliases"];
    let rows: Vec<Vec<String>> = ds
        .minerals
        .iter()
        .map(|m| {
            vec![
                m.name.clone(),
                m.symbol.clone(),
                m.wmd_sheet.clone(),
                m.hs_codes().map(|h| h.to_string()).collect::<Vec<_>>().join(";"),
                m.stage.clone(),
                m.unit.label().to_string(),
                m.eol_rir.map_or_else(String::new, |r| format!("{r}")),
                m.aliases.join("; "),
            ]
        })
        .collect();
    let js = ds
        .minerals
        .iter()
        .map(|m| {
            json!({
                "name": m.name, "symbol": m.symbol, "wmd_sheet": m.wmd_sheet,
                "hs_primary": m.hs_primary, "hs_complementary": m.hs_complementary,
                "hs_description": m.hs_description, "stage": m.stage, "category": m.category,
                "unit": m.unit.label(), "eol_rir": m.eol_rir, "aliases": m.aliases,
            })
        })
        .collect();
    emit(out, format, &header, &rows, Value::Array(js))
}

pub fn countries(ds: &Dataset, format: Format, out: &mut Out) -> Result<()> {
    let header = ["code", "iso3", "iso2", "name", "baci_name", "valid_until", "aliases"];
    let rows: Vec<Vec<String>> = ds
        .countries
        .iter()
        .map(|c| {
            vec![
                c.code.to_string(),
                c.iso3.clone(),
                c.iso2.clone(),
                c.name.clone(),
                c.baci_name.clone(),
                c.valid_until.map_or_else(String::new, |y| y.to_string()),
                c.aliases.join("; "),
            ]
        })
        .collect();
    let js = ds
        .countries
        .iter()
        .map(|c| {
            json!({"code": c.code, "iso3": c.iso3, "iso2": c.iso2, "name": c.name,
                   "baci_name": c.baci_name, "valid_until": c.valid_until, "aliases": c.aliases})
        })
        .collect();
    emit(out, format, &header, &rows, Value::Array(js))
}

pub fn coalitions(ds: &Dataset, format: Format, out: &mut Out) -> Result<()> {
    let header = ["name", "full_name", "members", "member_iso3", "aliases", "source"];
    let iso = |c: &critmin_core::Coalition| c.members.iter().map(|&m| ds.country(m).iso3.clone()).collect::<Vec<_>>();
    let rows: Vec<Vec<String>> = ds
        .coalitions
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.full_name.clone(),
                c.members.len().to_string(),
                iso(c).join(" "),
                c.aliases.join("; "),
                c.source.clone(),
            ]
        })
        .collect();
    let js = ds
        .coalitions
        .iter()
        .map(|c| json!({"name": c.name, "full_name": c.full_name, "members": iso(c), "aliases": c.aliases, "source": c.source}))
        .collect();
    if format == Format::Table {
        // Member lists are long: print them under the table rather than in it.
        let short: Vec<Vec<String>> =
            rows.iter().map(|r| vec![r[0].clone(), r[1].clone(), r[2].clone(), r[4].clone()]).collect();
        out.line(&table(&["name", "full_name", "members", "aliases"], &short))?;
        for (c, r) in ds.coalitions.iter().zip(&rows) {
            out.line(&format!("{}: {}\n  source: {}", c.name, r[3], c.source))?;
        }
        return Ok(());
    }
    emit(out, format, &header, &rows, Value::Array(js))
}

fn years_text(years: &[u16]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) => format!("{a}-{b} ({} years)", years.len()),
        _ => "none".into(),
    }
}

pub fn data_info(loaded: &Loaded, format: Format, out: &mut Out) -> Result<()> {
    let ds = &loaded.dataset;
    let p = &loaded.provenance;
    let mut diagnostics = loaded.diagnostics.clone();
    diagnostics.extend(critmin_data::dataset_diagnostics(ds));
    let trade_years = ds.trade.years();
    let prod_years = ds.production.years();
    let wgi_years = ds.governance.years_with_data();
    let coverage = vec![
        vec![
            "trade (BACI)".to_string(),
            ds.trade.len().to_string(),
            years_text(&trade_years),
            format!("{} HS6 codes", ds.trade.hs_codes().len()),
        ],
        vec![
            "production (WMD)".into(),
            ds.production.records().len().to_string(),
            years_text(&prod_years),
            format!("{} commodities", ds.minerals.len()),
        ],
        vec![
            "governance (WGI)".into(),
            ds.governance.n_values().to_string(),
            years_text(&wgi_years),
            "political stability estimate".into(),
        ],
        vec!["countries".into(), ds.countries.len().to_string(), String::new(), String::new()],
        vec!["coalitions".into(), ds.coalitions.len().to_string(), String::new(), String::new()],
    ];
    if format == Format::Json {
        let js = json!({
            "dir": loaded.dir.display().to_string(),
            "dataset_version": p.dataset_version,
            "built_by": p.built_by,
            "sources": p.sources.iter().map(|s| json!({"name": s.name, "version": s.version, "provider": s.provider,
                "file": s.file, "sha256": s.sha256, "licence": s.licence, "attribution": s.attribution, "feeds": s.feeds})).collect::<Vec<_>>(),
            "files": p.files.iter().map(|f| json!({"name": f.name, "rows": f.rows, "sha256": f.sha256})).collect::<Vec<_>>(),
            "coverage": coverage.iter().map(|r| json!({"table": r[0], "values": r[1], "years": r[2], "what": r[3]})).collect::<Vec<_>>(),
            "build_diagnostics": p.build_diagnostics.iter().map(|d| json!({"code": d.code, "count": d.count, "message": d.message})).collect::<Vec<_>>(),
            "diagnostics": diagnostics.iter().map(|d| json!({"code": d.code, "count": d.count, "message": d.message})).collect::<Vec<_>>(),
        });
        return out.line(&serde_json::to_string_pretty(&js)?);
    }
    let diag_rows = |ds: &[critmin_data::Diagnostic]| -> Vec<Vec<String>> {
        ds.iter().map(|d| vec![d.code.clone(), d.count.to_string(), d.message.clone()]).collect()
    };
    if format == Format::Csv {
        let mut rows = diag_rows(&p.build_diagnostics);
        rows.extend(diag_rows(&diagnostics));
        return out.write_str(&csv(&["code", "count", "message"], &rows));
    }
    out.line(&format!("critmin dataset {}  ({})", p.dataset_version, loaded.dir.display()))?;
    out.line(&format!("rebuild with: {}\n", p.built_by))?;
    out.line("Sources")?;
    for s in &p.sources {
        out.line(&format!("- {} {} — {}", s.name, s.version, s.provider))?;
        out.line(&format!("    file {}  sha256 {}", s.file, s.sha256))?;
        out.line(&format!("    licence: {}", s.licence))?;
        out.line(&format!("    cite: {}", s.attribution))?;
    }
    out.line("\nContents")?;
    out.line(&table(&["table", "values", "years", "what"], &coverage))?;
    out.line("\nFiles")?;
    let files: Vec<Vec<String>> = p
        .files
        .iter()
        .map(|f| vec![f.name.clone(), f.rows.to_string(), f.sha256[..16.min(f.sha256.len())].to_string()])
        .collect();
    out.line(&table(&["file", "rows", "sha256 (first 16)"], &files))?;
    out.line("\nFound and repaired when the dataset was built (cargo xtask data)")?;
    out.line(&table(&["diagnostic", "count", "what and how it is handled"], &diag_rows(&p.build_diagnostics)))?;
    out.line("\nFound when loading (none is fatal)")?;
    out.line(&table(&["diagnostic", "count", "what and how it is handled"], &diag_rows(&diagnostics)))
}
