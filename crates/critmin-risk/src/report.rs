//! The figures an analyst asks for first, for one mineral, economy and year.

use critmin_core::{CountryId, Dataset, Economy, MineralId};

use crate::{
    GeoPolRisk, Imports, ProductionConcentration, RiskError, geopolrisk, import_risk_weight, imports,
    production_concentration,
};

/// The Critical Raw Materials Act benchmark: no more than 65% of supply from one third country.
pub const CRMA_SINGLE_SUPPLIER_LIMIT: f64 = 0.65;

/// EU-style governance-weighted concentration of an economy's sourcing from outside itself.
#[derive(Clone, Debug, PartialEq)]
pub struct GovernanceConcentration {
    /// sum_i s_i^2 x G_i over exporters outside the economy, s_i = share of the economy's
    /// external import quantity, G_i = the WGI political-stability estimate rescaled to 0..10
    /// (10 = least stable; 5 where WGI has none). 0..10.
    pub value: f64,
    /// The largest external supplier and its share of external imports.
    pub top_supplier: Option<(CountryId, f64)>,
    /// True when one non-member supplies over 65% of external imports (CRMA benchmark).
    pub crma_exceeded: bool,
}

/// Everything `critmin risk` shows for one mineral, economy and year.
#[derive(Clone, Debug)]
pub struct RiskReport {
    pub mineral: MineralId,
    pub economy: Economy,
    pub year: u16,
    /// The named supplier (China by default in the CLI).
    pub supplier: Option<CountryId>,
    pub production: Result<ProductionConcentration, RiskError>,
    /// The named supplier's share of world production.
    pub supplier_production_share: Option<f64>,
    /// The economy's share of world production (a coalition's self-sufficiency at mine stage).
    pub economy_production_share: Option<f64>,
    pub imports: Result<Imports, RiskError>,
    /// The named supplier's share of the economy's import quantity.
    pub supplier_import_share: Option<f64>,
    /// Share of import quantity from outside the economy (1 for a single country).
    pub outside_import_share: Option<f64>,
    pub governance: Option<GovernanceConcentration>,
    pub geopolrisk: Result<GeoPolRisk, RiskError>,
}

impl RiskReport {
    /// What qualifies the figures, as short labels: the GeoPolRisk notes (or why there is no
    /// score), then why there are no production figures, each once.
    pub fn notes(&self, ds: &Dataset) -> Vec<String> {
        let mut n = Vec::new();
        match &self.geopolrisk {
            Ok(g) => n.extend(g.notes.iter().map(|x| x.label(ds))),
            Err(e) => n.push(e.to_string()),
        }
        if let Err(e) = &self.production {
            let e = e.to_string();
            if !n.contains(&e) {
                n.push(e);
            }
        }
        n
    }
}

/// The latest year with production figures and, for a traded mineral, trade rows.
pub fn latest_year(ds: &Dataset, mineral: MineralId) -> Option<u16> {
    let m = ds.mineral(mineral);
    let traded = |y: u16| m.hs_primary.is_none() || m.hs_codes().any(|hs| ds.trade.has_rows(hs, y));
    let years = ds.production.years_of(mineral);
    years.iter().rev().copied().find(|&y| traded(y)).or_else(|| years.last().copied())
}

fn governance_concentration(ds: &Dataset, imports: &Imports, year: u16) -> Option<GovernanceConcentration> {
    let external = imports.external_quantity();
    if external.0 <= 0.0 {
        return None;
    }
    let mut value = 0.0;
    let mut top: Option<(CountryId, f64)> = None;
    for line in imports.lines.iter().filter(|l| !l.from_member) {
        let share = line.quantity / external;
        value += share * share * 10.0 * import_risk_weight(ds.governance.estimate(line.exporter, year));
        if top.is_none_or(|(_, s)| share > s) {
            top = Some((line.exporter, share));
        }
    }
    Some(GovernanceConcentration {
        value,
        top_supplier: top,
        crma_exceeded: top.is_some_and(|(_, s)| s > CRMA_SINGLE_SUPPLIER_LIMIT),
    })
}

/// All first-line risk figures of a mineral for an economy in a year.
pub fn risk_report(
    ds: &Dataset,
    mineral: MineralId,
    economy: &Economy,
    year: u16,
    supplier: Option<CountryId>,
) -> RiskReport {
    let production = production_concentration(ds, mineral, year);
    let imports = imports(ds, mineral, economy, year);
    let (supplier_production_share, economy_production_share) = match &production {
        Ok(p) => (supplier.map(|s| p.share_of(s)), Some(p.share_of_economy(economy))),
        Err(_) => (None, None),
    };
    let (supplier_import_share, outside_import_share, governance) = match &imports {
        Ok(i) if i.trade_recorded => {
            (supplier.and_then(|s| i.share_from(s)), i.share_from_outside(), governance_concentration(ds, i, year))
        }
        _ => (None, None, None),
    };
    RiskReport {
        mineral,
        economy: economy.clone(),
        year,
        supplier,
        geopolrisk: geopolrisk(ds, mineral, economy, year),
        production,
        supplier_production_share,
        economy_production_share,
        imports,
        supplier_import_share,
        outside_import_share,
        governance,
    }
}
