//! The GeoPolRisk method (Gemechu et al. 2016; Cimprich et al. 2019; Koyamparambath et al.), as
//! `shared/methods/geopolrisk.md` defines it and geopolrisk-py 2.0.1 computes it, minus its defects.
//!
//! For mineral m, economy E, year y:
//! - HHI = sum_c P_c^2 / (sum_c P_c)^2 over world production P (World Mining Data);
//! - D = sum_{c in E} P_c in tonnes (kg / 1000; natural gas at 800 t per million m3);
//! - for every flow into a member of E over the mineral's HS codes: quantity q (missing = 0 t),
//!   value v, and weight w = clamp((2.5 - PV) / 5, 0, 1) of the exporter's WGI political
//!   stability PV, 0.5 where PV is missing, 0 for exporters inside E;
//! - N = sum q w, F = sum q, IR = N / (F + D) (0 when F + D = 0), score = HHI x IR;
//! - price = sum v / sum q (kUSD/t = USD/kg; 0 when F = 0), CF = score x price / 0.409412948.

use critmin_core::{CountryId, Dataset, Economy, MineralId, Tonnes};

use crate::{RiskError, production_concentration};

/// The copper reference CF of the reference implementation (OECD average 2017-2021).
pub const CU_REFERENCE_CF: f64 = 0.409412948;

/// A condition of the data behind a figure that a reader should know about.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// BACI has no row for any of the mineral's HS codes in the year: trade figures are missing,
    /// not zero (germanium after 2016, for one).
    NoTradeData,
    /// Exporters with no WGI estimate for the year; each was given the weight 0.5.
    WgiMissing(Vec<CountryId>),
    /// Taiwan (BACI 490) exported to the economy: critmin uses Taiwan's own WGI estimate; the
    /// reference implementation cannot match Taiwan's WGI row and gives 0.5.
    TaiwanWgi,
    /// Domestic natural-gas production was converted from million m3 to tonnes.
    GasVolumeConverted,
}

impl Note {
    /// A short stable label for tables and CSV ("no-trade-data", "wgi-missing:PYF").
    pub fn label(&self, ds: &Dataset) -> String {
        match self {
            Note::NoTradeData => "no-trade-data".into(),
            Note::WgiMissing(cs) => {
                format!("wgi-missing:{}", cs.iter().map(|&c| ds.country(c).iso3.as_str()).collect::<Vec<_>>().join("+"))
            }
            Note::TaiwanWgi => "taiwan-wgi".into(),
            Note::GasVolumeConverted => "gas-volume-converted".into(),
        }
    }
}

/// GeoPolRisk figures of one mineral, economy and year.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoPolRisk {
    /// World production concentration, 0..1.
    pub hhi: f64,
    /// Import risk IR = N / (F + D), 0..1; `None` without trade data.
    pub import_risk: Option<f64>,
    /// HHI x IR.
    pub score: Option<f64>,
    /// Characterisation factor, kg copper-equivalent per kg.
    pub cf: Option<f64>,
    /// Average import price, thousand USD per tonne (= USD/kg).
    pub price: Option<f64>,
    /// D: the economy's own production, tonnes.
    pub domestic: Tonnes,
    /// F: imports, tonnes (members' trade with each other included, at weight 0).
    pub imports: Tonnes,
    /// N: imports weighted by the exporters' political instability, tonnes.
    pub weighted_imports: Tonnes,
    pub notes: Vec<Note>,
}

/// How to compute GeoPolRisk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Reproduce the reference implementation's (geopolrisk-py 2.0.1) known defects, to reconcile
    /// with figures it published; off by default. When on: Taiwan's WGI is ignored (weight 0.5),
    /// a missing WGI estimate of a country WGI covers weighs 0 before 2023 and NaN from 2023,
    /// natural gas stays in million m3 when added to tonnes, production is truncated to integers
    /// for the HHI, and a year with no trade data gives zeros instead of missing figures.
    pub reference_quirks: bool,
}

/// One row of a batch.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoPolRiskRow {
    pub mineral: MineralId,
    pub economy: usize,
    pub year: u16,
    pub result: Result<GeoPolRisk, RiskError>,
}

/// The import-risk weight of a WGI political-stability estimate: clamp((2.5 - PV) / 5, 0, 1),
/// 0.5 when there is none.
pub fn import_risk_weight(estimate: Option<f64>) -> f64 {
    estimate.map_or(0.5, |pv| ((2.5 - pv) / 5.0).clamp(0.0, 1.0))
}

/// Per (mineral, year): what all economies share.
struct MineralYear {
    hhi: f64,
    /// Production per country, tonnes (0 where none).
    production_t: Vec<f64>,
    trade_recorded: bool,
    gas: bool,
}

fn mineral_year(ds: &Dataset, mineral: MineralId, year: u16, opts: Options) -> Result<MineralYear, RiskError> {
    let m = ds.mineral(mineral);
    if m.hs_primary.is_none() {
        return Err(RiskError::NoHsCode { mineral: m.name.clone() });
    }
    let conc = production_concentration(ds, mineral, year)?;
    let gas = m.unit == critmin_core::ProductionUnit::MillionCubicMetres;
    let factor = if opts.reference_quirks && gas { 1.0 } else { m.unit.tonnes_factor().unwrap_or(0.0) };
    let hhi = if opts.reference_quirks {
        crate::hhi(conc.shares.iter().map(|s| s.quantity.trunc())).unwrap_or(f64::NAN)
    } else {
        conc.hhi
    };
    let mut production_t = vec![0.0; ds.countries.len()];
    for s in &conc.shares {
        production_t[s.country.idx()] = s.quantity * factor;
    }
    Ok(MineralYear { hhi, production_t, trade_recorded: m.hs_codes().any(|hs| ds.trade.has_rows(hs, year)), gas })
}

fn weights(ds: &Dataset, year: u16, opts: Options) -> Vec<f64> {
    let taiwan = ds.country_by_code(490);
    ds.country_ids()
        .map(|c| {
            let estimate = ds.governance.estimate(c, year);
            if !opts.reference_quirks {
                return import_risk_weight(estimate);
            }
            let covered = || ds.governance.years_with_data().iter().any(|&y| ds.governance.estimate(c, y).is_some());
            match estimate {
                _ if Some(c) == taiwan => 0.5,
                Some(_) => import_risk_weight(estimate),
                None if !covered() => 0.5,
                None if year < 2023 => 0.0,
                None => f64::NAN,
            }
        })
        .collect()
}

fn compute(
    ds: &Dataset,
    mineral: MineralId,
    my: &MineralYear,
    weights: &[f64],
    economy: &Economy,
    year: u16,
    opts: Options,
) -> GeoPolRisk {
    let domestic: f64 = economy.members.iter().map(|c| my.production_t[c.idx()]).sum();
    let (mut n, mut f, mut v) = (0.0, 0.0, 0.0);
    let mut wgi_missing: Vec<CountryId> = Vec::new();
    let mut taiwan = false;
    let taiwan_id = ds.country_by_code(490);
    for hs in ds.mineral(mineral).hs_codes() {
        for &member in &economy.members {
            for row in ds.trade.importer_rows(hs, year, member) {
                let exporter = ds.trade.exporter(row);
                v += ds.trade.value(row).0;
                let Some(q) = ds.trade.quantity(row) else { continue };
                f += q.0;
                if economy.contains(exporter) {
                    continue;
                }
                n += q.0 * weights[exporter.idx()];
                if q.0 > 0.0 {
                    if Some(exporter) == taiwan_id {
                        taiwan = true;
                    }
                    if ds.governance.estimate(exporter, year).is_none() && !wgi_missing.contains(&exporter) {
                        wgi_missing.push(exporter);
                    }
                }
            }
        }
    }
    let mut notes = Vec::new();
    if my.gas && domestic > 0.0 {
        notes.push(Note::GasVolumeConverted);
    }
    if !my.trade_recorded && !opts.reference_quirks {
        notes.push(Note::NoTradeData);
        return GeoPolRisk {
            hhi: my.hhi,
            import_risk: None,
            score: None,
            cf: None,
            price: None,
            domestic: Tonnes(domestic),
            imports: Tonnes(0.0),
            weighted_imports: Tonnes(0.0),
            notes,
        };
    }
    if !my.trade_recorded {
        notes.push(Note::NoTradeData);
    }
    if taiwan {
        notes.push(Note::TaiwanWgi);
    }
    if !wgi_missing.is_empty() {
        wgi_missing.sort();
        notes.push(Note::WgiMissing(wgi_missing));
    }
    let import_risk = if f + domestic > 0.0 { n / (f + domestic) } else { 0.0 };
    let price = if f > 0.0 { v / f } else { 0.0 };
    let score = my.hhi * import_risk;
    GeoPolRisk {
        hhi: my.hhi,
        import_risk: Some(import_risk),
        score: Some(score),
        cf: Some(score * price / CU_REFERENCE_CF),
        price: Some(price),
        domestic: Tonnes(domestic),
        imports: Tonnes(f),
        weighted_imports: Tonnes(n),
        notes,
    }
}

/// GeoPolRisk of one mineral for one economy in one year.
pub fn geopolrisk(ds: &Dataset, mineral: MineralId, economy: &Economy, year: u16) -> Result<GeoPolRisk, RiskError> {
    geopolrisk_with(ds, mineral, economy, year, Options::default())
}

/// [`geopolrisk`] with options.
pub fn geopolrisk_with(
    ds: &Dataset,
    mineral: MineralId,
    economy: &Economy,
    year: u16,
    opts: Options,
) -> Result<GeoPolRisk, RiskError> {
    let my = mineral_year(ds, mineral, year, opts)?;
    Ok(compute(ds, mineral, &my, &weights(ds, year, opts), economy, year, opts))
}

/// GeoPolRisk for every combination, ordered by mineral, economy, year. Shared work (production
/// concentration, WGI weights) is done once per mineral and year.
pub fn geopolrisk_batch(
    ds: &Dataset,
    minerals: &[MineralId],
    economies: &[Economy],
    years: &[u16],
    opts: Options,
) -> Vec<GeoPolRiskRow> {
    let year_weights: Vec<Vec<f64>> = years.iter().map(|&y| weights(ds, y, opts)).collect();
    let mut rows = Vec::with_capacity(minerals.len() * economies.len() * years.len());
    for &mineral in minerals {
        let per_year: Vec<Result<MineralYear, RiskError>> =
            years.iter().map(|&y| mineral_year(ds, mineral, y, opts)).collect();
        for (e, economy) in economies.iter().enumerate() {
            for (yi, &year) in years.iter().enumerate() {
                let result = match &per_year[yi] {
                    Ok(my) => Ok(compute(ds, mineral, my, &year_weights[yi], economy, year, opts)),
                    Err(err) => Err(err.clone()),
                };
                rows.push(GeoPolRiskRow { mineral, economy: e, year, result });
            }
        }
    }
    rows
}
