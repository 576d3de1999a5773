//! Data-quality findings: counted, explained, never fatal.

use serde::{Deserialize, Serialize};

use critmin_core::{Dataset, ProductionUnit};

/// One finding about the data, with how often it occurs.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Diagnostic {
    /// A stable short code ("trade.missing_quantity").
    pub code: String,
    pub count: usize,
    /// What it is and how critmin handles it.
    pub message: String,
}

impl Diagnostic {
    pub fn new(code: &str, count: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic { code: code.to_string(), count, message: message.into() }
    }
}

/// Findings visible in a loaded dataset (the build's own findings are in the provenance file).
pub fn dataset_diagnostics(ds: &Dataset) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    out.push(Diagnostic::new(
        "trade.missing_quantity",
        ds.trade.n_missing_quantity(),
        "trade rows with no quantity: kept as missing; they count in values and prices but add 0 t to quantities",
    ));
    let historical: Vec<&str> = ds
        .countries
        .iter()
        .filter(|c| c.valid_until.is_some() || c.iso2.is_empty())
        .map(|c| c.baci_name.as_str())
        .collect();
    let n_hist_rows = ds
        .trade
        .records()
        .filter(|r| {
            let (e, i) = (ds.country(r.exporter), ds.country(r.importer));
            e.valid_until.is_some() || i.valid_until.is_some()
        })
        .count();
    out.push(Diagnostic::new(
        "trade.historical_codes",
        n_hist_rows,
        format!(
            "trade rows with a historical BACI entity ({} such entities, e.g. Belgium-Luxembourg until 1998, SACU until 1999): kept under their own code",
            historical.len()
        ),
    ));
    if let Some(tw) = ds.country_by_code(490) {
        let n = ds.trade.records().filter(|r| r.exporter == tw || r.importer == tw).count();
        out.push(Diagnostic::new(
            "trade.taiwan_as_other_asia",
            n,
            "trade rows of BACI code 490 'Other Asia, nes', which is Taiwan: shown as Taiwan (TWN)",
        ));
    }
    let no_hs: Vec<&str> = ds.minerals.iter().filter(|m| m.hs_primary.is_none()).map(|m| m.name.as_str()).collect();
    out.push(Diagnostic::new(
        "minerals.no_hs_code",
        no_hs.len(),
        format!("commodities with no HS code (no trade figures, production only): {}", no_hs.join(", ")),
    ));
    let mut shared: Vec<String> = Vec::new();
    for hs in ds.minerals.iter().flat_map(|m| m.hs_codes()).collect::<std::collections::BTreeSet<_>>() {
        let users: Vec<&str> =
            ds.minerals.iter().filter(|m| m.hs_codes().any(|h| h == hs)).map(|m| m.name.as_str()).collect();
        if users.len() > 1 {
            shared.push(format!("{hs} ({})", users.join(", ")));
        }
    }
    out.push(Diagnostic::new(
        "minerals.shared_hs_code",
        shared.len(),
        format!("HS codes mapped to more than one commodity, counted in each: {}", shared.join("; ")),
    ));
    let content: Vec<&str> =
        ds.minerals.iter().filter(|m| m.wmd_sheet.contains('(')).map(|m| m.wmd_sheet.as_str()).collect();
    out.push(Diagnostic::new(
        "production.content_basis",
        content.len(),
        format!(
            "production sheets reported as content, not gross weight: {}; trade is gross weight, so critmin never adds the two except where a method requires it and says so",
            content.join(", ")
        ),
    ));
    let odd_units: Vec<String> = ds
        .minerals
        .iter()
        .filter(|m| m.unit != ProductionUnit::Tonnes)
        .map(|m| format!("{} [{}]", m.name, m.unit.label()))
        .collect();
    out.push(Diagnostic::new(
        "production.non_tonne_units",
        odd_units.len(),
        format!(
            "sheets not in tonnes: {}; kg is divided by 1,000, Mio m3 of gas taken at 800 t per million m3, carats have no mass",
            odd_units.join(", ")
        ),
    ));
    let blanks = ds.production.records().iter().filter(|r| r.value.is_none()).count();
    out.push(Diagnostic::new(
        "production.blank",
        blanks,
        "blank production cells (mostly early years): treated as no figure, not as zero",
    ));
    let (first, last) = ds.governance.year_range();
    let exporters: std::collections::BTreeSet<_> =
        ds.trade.records().filter(|r| r.year >= 2018).map(|r| r.exporter).collect();
    let no_wgi = exporters.iter().filter(|&&c| (2018..=last).all(|y| ds.governance.estimate(c, y).is_none())).count();
    out.push(Diagnostic::new(
        "wgi.exporter_without_estimate",
        no_wgi,
        format!(
            "exporters since 2018 with no WGI political-stability estimate ({first}-{last} table): GeoPolRisk gives them 0.5 (medium risk)"
        ),
    ));
    out
}
