//! Mine production by commodity, country and year (World Mining Data).

use std::collections::HashMap;

use crate::{CountryId, MineralId};

/// One production figure as reported, in the mineral's own unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProductionRecord {
    pub mineral: MineralId,
    pub country: CountryId,
    pub year: u16,
    /// In the unit of [`crate::Mineral::unit`]; `None` where the sheet is blank.
    pub value: Option<f64>,
}

/// The production table, grouped by (mineral, year).
#[derive(Clone, Debug, Default)]
pub struct Production {
    records: Vec<ProductionRecord>,
    index: HashMap<(MineralId, u16), std::ops::Range<usize>>,
}

impl Production {
    /// Builds the table from records in any order.
    pub fn from_records(mut records: Vec<ProductionRecord>) -> Production {
        records.sort_by_key(|r| (r.mineral, r.year, r.country));
        let mut index = HashMap::new();
        let mut start = 0;
        for row in 1..=records.len() {
            if row == records.len()
                || records[row].mineral != records[start].mineral
                || records[row].year != records[start].year
            {
                index.insert((records[start].mineral, records[start].year), start..row);
                start = row;
            }
        }
        Production { records, index }
    }

    /// Figures of one mineral in one year, blanks included.
    pub fn of(&self, mineral: MineralId, year: u16) -> &[ProductionRecord] {
        self.index.get(&(mineral, year)).map_or(&[][..], |r| &self.records[r.clone()])
    }

    /// All records.
    pub fn records(&self) -> &[ProductionRecord] {
        &self.records
    }

    /// Years with at least one non-blank figure for the mineral, ascending.
    pub fn years_of(&self, mineral: MineralId) -> Vec<u16> {
        let mut ys: Vec<u16> = self
            .index
            .iter()
            .filter(|((m, _), r)| *m == mineral && self.records[(*r).clone()].iter().any(|x| x.value.is_some()))
            .map(|((_, y), _)| *y)
            .collect();
        ys.sort_unstable();
        ys
    }

    /// All years present, ascending.
    pub fn years(&self) -> Vec<u16> {
        let mut ys: Vec<u16> = self.index.keys().map(|&(_, y)| y).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    }
}
