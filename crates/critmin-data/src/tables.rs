//! The five Parquet tables of a data folder: their columns, reading into [`Parts`], writing back.

use std::path::Path;

use arrow_array::{Array, RecordBatch};
use critmin_core::{
    Country, CountryId, Dataset, Governance, Mineral, MineralId, Parts, Production, ProductionRecord, ProductionUnit,
    Trade,
};

use crate::parquet_io::{
    f64_array, f64_col, opt_u16_array, opt_u32_array, read_parquet, str_array, str_col, u16_array, u16_col, u32_array,
    u32_col, write_parquet,
};
use crate::{COUNTRIES_FILE, DataError, Diagnostic, MINERALS_FILE, PRODUCTION_FILE, TRADE_FILE, WGI_FILE};

/// Separator of list values stored in one string cell.
const LIST_SEP: char = ';';

pub(crate) struct Tables {
    pub parts: Parts,
    pub diagnostics: Vec<Diagnostic>,
}

fn split_list(s: &str) -> Vec<String> {
    s.split(LIST_SEP).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

fn batch(columns: Vec<(&str, arrow_array::ArrayRef)>, path: &Path) -> Result<RecordBatch, DataError> {
    RecordBatch::try_from_iter(columns).map_err(|e| DataError::parquet(path, e))
}

/// Maps BACI codes to ids; a code missing from the country table is an error naming the row.
struct CodeMap {
    ids: Vec<Option<CountryId>>,
}

impl CodeMap {
    fn new(countries: &[Country]) -> CodeMap {
        let mut ids = vec![None; usize::from(u16::MAX) + 1];
        for (i, c) in countries.iter().enumerate() {
            ids[usize::from(c.code)] = Some(CountryId(i as u16));
        }
        CodeMap { ids }
    }
    fn get(&self, code: u16, path: &Path, row: usize, column: &str) -> Result<CountryId, DataError> {
        self.ids[usize::from(code)].ok_or_else(|| DataError::Value {
            path: path.to_path_buf(),
            row,
            column: column.to_string(),
            problem: format!("country code {code} is not in {COUNTRIES_FILE}"),
        })
    }
}

pub(crate) fn read_tables(dir: &Path) -> Result<Tables, DataError> {
    // The trade table dominates; read it on a second thread while the small tables load.
    let trade_path = dir.join(TRADE_FILE);
    let (trade_batches, small) = std::thread::scope(|s| {
        let trade = s.spawn(|| read_parquet(&trade_path));
        let small = read_small_tables(dir);
        (trade.join(), small)
    });
    let trade_batches = trade_batches
        .map_err(|_| DataError::Parquet { path: trade_path.clone(), message: "the reader thread failed".into() })??;
    let (countries, minerals, production, governance) = small?;
    let codes = CodeMap::new(&countries);
    let trade = read_trade(&trade_batches, &trade_path, &codes)?;
    let diagnostics = vec![Diagnostic::new("trade.rows", trade.len(), format!("trade rows read from {TRADE_FILE}"))];
    Ok(Tables {
        parts: Parts { countries, minerals, trade, production, governance, coalitions: Vec::new() },
        diagnostics,
    })
}

type SmallTables = (Vec<Country>, Vec<Mineral>, Production, Governance);

fn read_small_tables(dir: &Path) -> Result<SmallTables, DataError> {
    let countries = read_countries(&dir.join(COUNTRIES_FILE))?;
    let codes = CodeMap::new(&countries);
    let minerals = read_minerals(&dir.join(MINERALS_FILE))?;
    let production = read_production(&dir.join(PRODUCTION_FILE), &minerals, &codes)?;
    let governance = read_governance(&dir.join(WGI_FILE), &codes, countries.len())?;
    Ok((countries, minerals, production, governance))
}

fn read_trade(batches: &[RecordBatch], path: &Path, codes: &CodeMap) -> Result<Trade, DataError> {
    let n: usize = batches.iter().map(RecordBatch::num_rows).sum();
    let (mut year, mut exporter, mut importer, mut hs6, mut value, mut quantity) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut row0 = 0;
    for b in batches {
        let y = u16_col(b, "year", path)?;
        let e = u16_col(b, "exporter", path)?;
        let i = u16_col(b, "importer", path)?;
        let k = u32_col(b, "hs6", path)?;
        let v = f64_col(b, "value_kusd", path)?;
        let q = f64_col(b, "quantity_t", path)?;
        if v.null_count() > 0 {
            let row = (0..v.len()).find(|&r| v.is_null(r)).unwrap_or(0);
            return Err(DataError::Value {
                path: path.to_path_buf(),
                row: row0 + row + 1,
                column: "value_kusd".into(),
                problem: "is empty; every trade row has a value".into(),
            });
        }
        year.extend_from_slice(y.values());
        hs6.extend_from_slice(k.values());
        value.extend_from_slice(v.values());
        for (r, &code) in e.values().iter().enumerate() {
            exporter.push(codes.get(code, path, row0 + r + 1, "exporter")?);
        }
        for (r, &code) in i.values().iter().enumerate() {
            importer.push(codes.get(code, path, row0 + r + 1, "importer")?);
        }
        if q.null_count() == 0 {
            quantity.extend_from_slice(q.values());
        } else {
            quantity.extend(q.iter().map(|x| x.unwrap_or(f64::NAN)));
        }
        row0 += b.num_rows();
    }
    Ok(Trade::from_columns(year, exporter, importer, hs6, value, quantity))
}

fn read_countries(path: &Path) -> Result<Vec<Country>, DataError> {
    let mut out = Vec::new();
    for b in read_parquet(path)? {
        let code = u16_col(&b, "code", path)?;
        let iso3 = str_col(&b, "iso3", path)?;
        let iso2 = str_col(&b, "iso2", path)?;
        let name = str_col(&b, "name", path)?;
        let baci_name = str_col(&b, "baci_name", path)?;
        let aliases = str_col(&b, "aliases", path)?;
        let valid_until = b
            .column_by_name("valid_until")
            .and_then(|a| arrow_array::cast::AsArray::as_primitive_opt::<arrow_array::types::UInt16Type>(a).cloned());
        for r in 0..b.num_rows() {
            out.push(Country {
                code: code.value(r),
                iso3: iso3.value(r).to_string(),
                iso2: iso2.value(r).to_string(),
                name: name.value(r).to_string(),
                baci_name: baci_name.value(r).to_string(),
                aliases: split_list(aliases.value(r)),
                valid_until: valid_until.as_ref().and_then(|v| (!v.is_null(r)).then(|| v.value(r))),
            });
        }
    }
    Ok(out)
}

fn read_minerals(path: &Path) -> Result<Vec<Mineral>, DataError> {
    let mut out = Vec::new();
    for b in read_parquet(path)? {
        let name = str_col(&b, "name", path)?;
        let sheet = str_col(&b, "wmd_sheet", path)?;
        let symbol = str_col(&b, "symbol", path)?;
        let aliases = str_col(&b, "aliases", path)?;
        let hs_primary_col = b.column_by_name("hs_primary").ok_or_else(|| DataError::Column {
            path: path.to_path_buf(),
            column: "hs_primary".into(),
            problem: "is missing".into(),
        })?;
        let hs_primary = arrow_array::cast::AsArray::as_primitive_opt::<arrow_array::types::UInt32Type>(hs_primary_col)
            .ok_or_else(|| DataError::Column {
                path: path.to_path_buf(),
                column: "hs_primary".into(),
                problem: format!("should be UInt32, found {}", hs_primary_col.data_type()),
            })?;
        let hs_comp = str_col(&b, "hs_complementary", path)?;
        let hs_desc = str_col(&b, "hs_description", path)?;
        let stage = str_col(&b, "stage", path)?;
        let category = str_col(&b, "category", path)?;
        let unit = str_col(&b, "unit", path)?;
        let eol = f64_col(&b, "eol_rir", path)?;
        for r in 0..b.num_rows() {
            let mut hs_complementary = Vec::new();
            for code in split_list(hs_comp.value(r)) {
                hs_complementary.push(code.parse::<u32>().map_err(|_| DataError::Value {
                    path: path.to_path_buf(),
                    row: r + 1,
                    column: "hs_complementary".into(),
                    problem: format!("'{code}' is not an HS6 code (expected six digits, ';'-separated)"),
                })?);
            }
            out.push(Mineral {
                name: name.value(r).to_string(),
                wmd_sheet: sheet.value(r).to_string(),
                symbol: symbol.value(r).to_string(),
                aliases: split_list(aliases.value(r)),
                hs_primary: (!hs_primary.is_null(r)).then(|| hs_primary.value(r)),
                hs_complementary,
                hs_description: hs_desc.value(r).to_string(),
                stage: stage.value(r).to_string(),
                category: category.value(r).to_string(),
                unit: ProductionUnit::parse(unit.value(r)),
                eol_rir: (!eol.is_null(r)).then(|| eol.value(r)),
            });
        }
    }
    Ok(out)
}

fn read_production(path: &Path, minerals: &[Mineral], codes: &CodeMap) -> Result<Production, DataError> {
    let by_sheet: std::collections::HashMap<&str, MineralId> =
        minerals.iter().enumerate().map(|(i, m)| (m.wmd_sheet.as_str(), MineralId(i as u16))).collect();
    let mut records = Vec::new();
    let mut row0 = 0;
    for b in read_parquet(path)? {
        let commodity = str_col(&b, "commodity", path)?;
        let code = u16_col(&b, "country_code", path)?;
        let year = u16_col(&b, "year", path)?;
        let value = f64_col(&b, "value", path)?;
        for r in 0..b.num_rows() {
            let row = row0 + r + 1;
            let mineral = *by_sheet.get(commodity.value(r)).ok_or_else(|| DataError::Value {
                path: path.to_path_buf(),
                row,
                column: "commodity".into(),
                problem: format!("'{}' is not a wmd_sheet of {MINERALS_FILE}", commodity.value(r)),
            })?;
            records.push(ProductionRecord {
                mineral,
                country: codes.get(code.value(r), path, row, "country_code")?,
                year: year.value(r),
                value: (!value.is_null(r)).then(|| value.value(r)),
            });
        }
        row0 += b.num_rows();
    }
    Ok(Production::from_records(records))
}

fn read_governance(path: &Path, codes: &CodeMap, n_countries: usize) -> Result<Governance, DataError> {
    let batches = read_parquet(path)?;
    let mut rows = Vec::new();
    let mut row0 = 0;
    for b in &batches {
        let code = u16_col(b, "country_code", path)?;
        let year = u16_col(b, "year", path)?;
        let est = f64_col(b, "estimate", path)?;
        for r in 0..b.num_rows() {
            let country = codes.get(code.value(r), path, row0 + r + 1, "country_code")?;
            rows.push((country, year.value(r), (!est.is_null(r)).then(|| est.value(r))));
        }
        row0 += b.num_rows();
    }
    let first = rows.iter().map(|r| r.1).min().unwrap_or(1996);
    let last = rows.iter().map(|r| r.1).max().unwrap_or(first);
    let mut g = Governance::new(n_countries, first, last);
    for (c, y, e) in rows {
        if let Some(e) = e {
            g.set(c, y, e);
        }
    }
    Ok(g)
}

/// Writes the five tables of a dataset into `dir` (each file atomically).
/// Returns (file name, rows) for each file written.
pub fn write_dataset(dir: &Path, ds: &Dataset) -> Result<Vec<(String, usize)>, DataError> {
    let mut written = Vec::new();
    let code = |c: CountryId| ds.country(c).code;

    let path = dir.join(COUNTRIES_FILE);
    let c = &ds.countries;
    let b = batch(
        vec![
            ("code", u16_array(c.iter().map(|x| x.code))),
            ("iso3", str_array(c.iter().map(|x| x.iso3.as_str()))),
            ("iso2", str_array(c.iter().map(|x| x.iso2.as_str()))),
            ("name", str_array(c.iter().map(|x| x.name.as_str()))),
            ("baci_name", str_array(c.iter().map(|x| x.baci_name.as_str()))),
            (
                "aliases",
                str_array(c.iter().map(|x| x.aliases.join(";")).collect::<Vec<_>>().iter().map(String::as_str)),
            ),
            ("valid_until", opt_u16_array(c.iter().map(|x| x.valid_until))),
        ],
        &path,
    )?;
    write_parquet(&path, &b)?;
    written.push((COUNTRIES_FILE.to_string(), b.num_rows()));

    let path = dir.join(MINERALS_FILE);
    let m = &ds.minerals;
    let aliases: Vec<String> = m.iter().map(|x| x.aliases.join(";")).collect();
    let comp: Vec<String> =
        m.iter().map(|x| x.hs_complementary.iter().map(u32::to_string).collect::<Vec<_>>().join(";")).collect();
    let b = batch(
        vec![
            ("name", str_array(m.iter().map(|x| x.name.as_str()))),
            ("wmd_sheet", str_array(m.iter().map(|x| x.wmd_sheet.as_str()))),
            ("symbol", str_array(m.iter().map(|x| x.symbol.as_str()))),
            ("aliases", str_array(aliases.iter().map(String::as_str))),
            ("hs_primary", opt_u32_array(m.iter().map(|x| x.hs_primary))),
            ("hs_complementary", str_array(comp.iter().map(String::as_str))),
            ("hs_description", str_array(m.iter().map(|x| x.hs_description.as_str()))),
            ("stage", str_array(m.iter().map(|x| x.stage.as_str()))),
            ("category", str_array(m.iter().map(|x| x.category.as_str()))),
            ("unit", str_array(m.iter().map(|x| x.unit.label()))),
            ("eol_rir", f64_array(m.iter().map(|x| x.eol_rir))),
        ],
        &path,
    )?;
    write_parquet(&path, &b)?;
    written.push((MINERALS_FILE.to_string(), b.num_rows()));

    let path = dir.join(TRADE_FILE);
    let t = &ds.trade;
    let rows = 0..t.len();
    let b = batch(
        vec![
            ("year", u16_array(rows.clone().map(|r| t.year(r)))),
            ("exporter", u16_array(rows.clone().map(|r| code(t.exporter(r))))),
            ("importer", u16_array(rows.clone().map(|r| code(t.importer(r))))),
            ("hs6", u32_array(rows.clone().map(|r| t.hs6(r)))),
            ("value_kusd", f64_array(rows.clone().map(|r| Some(t.value(r).0)))),
            ("quantity_t", f64_array(rows.map(|r| t.quantity(r).map(|q| q.0)))),
        ],
        &path,
    )?;
    write_parquet(&path, &b)?;
    written.push((TRADE_FILE.to_string(), b.num_rows()));

    let path = dir.join(PRODUCTION_FILE);
    let p = ds.production.records();
    let b = batch(
        vec![
            ("commodity", str_array(p.iter().map(|r| ds.mineral(r.mineral).wmd_sheet.as_str()))),
            ("country_code", u16_array(p.iter().map(|r| code(r.country)))),
            ("year", u16_array(p.iter().map(|r| r.year))),
            ("value", f64_array(p.iter().map(|r| r.value))),
            ("unit", str_array(p.iter().map(|r| ds.mineral(r.mineral).unit.label()))),
        ],
        &path,
    )?;
    write_parquet(&path, &b)?;
    written.push((PRODUCTION_FILE.to_string(), b.num_rows()));

    let path = dir.join(WGI_FILE);
    let (first, last) = ds.governance.year_range();
    let years: Vec<u16> = ds.governance.years_with_data();
    let mut cc = Vec::new();
    let mut iso = Vec::new();
    let mut yy = Vec::new();
    let mut est = Vec::new();
    for c in ds.country_ids() {
        if years.iter().all(|&y| ds.governance.estimate(c, y).is_none()) {
            continue;
        }
        for &y in years.iter().filter(|&&y| y >= first && y <= last) {
            cc.push(code(c));
            iso.push(ds.country(c).iso3.as_str());
            yy.push(y);
            est.push(ds.governance.estimate(c, y));
        }
    }
    let b = batch(
        vec![
            ("country_code", u16_array(cc)),
            ("iso3", str_array(iso)),
            ("year", u16_array(yy)),
            ("estimate", f64_array(est)),
        ],
        &path,
    )?;
    write_parquet(&path, &b)?;
    written.push((WGI_FILE.to_string(), b.num_rows()));
    Ok(written)
}
