//! An economy's imports of a mineral, by exporter.

use critmin_core::{CountryId, Dataset, Economy, KiloUsd, MineralId, Tonnes};

use crate::RiskError;

/// Imports from one exporter, summed over the mineral's HS codes and the economy's members.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImportLine {
    pub exporter: CountryId,
    /// Quantity; flows with no recorded quantity add nothing here.
    pub quantity: Tonnes,
    pub value: KiloUsd,
    /// Value of flows whose quantity is missing (included in `value`).
    pub value_without_quantity: KiloUsd,
    /// True when the exporter belongs to the importing economy (trade inside a coalition).
    pub from_member: bool,
}

impl ImportLine {
    /// Unit value in thousand USD per tonne (= USD/kg), over flows with a quantity.
    pub fn unit_value(&self) -> Option<f64> {
        KiloUsd(self.value.0 - self.value_without_quantity.0).per_tonne(self.quantity)
    }
}

/// An economy's imports of a mineral in a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Imports {
    /// Largest quantity first.
    pub lines: Vec<ImportLine>,
    /// False when BACI has no row at all for the mineral's HS codes in that year.
    pub trade_recorded: bool,
}

impl Imports {
    /// Total quantity, all exporters (members included).
    pub fn total_quantity(&self) -> Tonnes {
        self.lines.iter().map(|l| l.quantity).sum()
    }
    /// Total value, all exporters (members included).
    pub fn total_value(&self) -> KiloUsd {
        self.lines.iter().map(|l| l.value).sum()
    }
    /// Quantity from outside the economy.
    pub fn external_quantity(&self) -> Tonnes {
        self.lines.iter().filter(|l| !l.from_member).map(|l| l.quantity).sum()
    }
    /// Value from outside the economy.
    pub fn external_value(&self) -> KiloUsd {
        self.lines.iter().filter(|l| !l.from_member).map(|l| l.value).sum()
    }
    /// Share of the total quantity coming from one exporter (`None` when nothing is imported).
    pub fn share_from(&self, exporter: CountryId) -> Option<f64> {
        let total = self.total_quantity();
        let q: Tonnes = self.lines.iter().filter(|l| l.exporter == exporter).map(|l| l.quantity).sum();
        (total.0 > 0.0).then(|| q / total)
    }
    /// Share of the total quantity coming from outside the economy.
    pub fn share_from_outside(&self) -> Option<f64> {
        let total = self.total_quantity();
        (total.0 > 0.0).then(|| self.external_quantity() / total)
    }
}

/// An economy's imports of a mineral in a year, by exporter.
pub fn imports(ds: &Dataset, mineral: MineralId, economy: &Economy, year: u16) -> Result<Imports, RiskError> {
    let m = ds.mineral(mineral);
    if m.hs_primary.is_none() {
        return Err(RiskError::NoHsCode { mineral: m.name.clone() });
    }
    let mut by_exporter: Vec<Option<ImportLine>> = vec![None; ds.countries.len()];
    let mut trade_recorded = false;
    for hs in m.hs_codes() {
        trade_recorded |= ds.trade.has_rows(hs, year);
        for &member in &economy.members {
            for row in ds.trade.importer_rows(hs, year, member) {
                let exporter = ds.trade.exporter(row);
                let line = by_exporter[exporter.idx()].get_or_insert(ImportLine {
                    exporter,
                    quantity: Tonnes(0.0),
                    value: KiloUsd(0.0),
                    value_without_quantity: KiloUsd(0.0),
                    from_member: economy.contains(exporter),
                });
                let value = ds.trade.value(row);
                line.value += value;
                match ds.trade.quantity(row) {
                    Some(q) => line.quantity += q,
                    None => line.value_without_quantity += value,
                }
            }
        }
    }
    let mut lines: Vec<ImportLine> = by_exporter.into_iter().flatten().collect();
    lines.sort_by(|a, b| b.quantity.0.total_cmp(&a.quantity.0).then(b.value.0.total_cmp(&a.value.0)));
    Ok(Imports { lines, trade_recorded })
}
