//! Bilateral trade by HS6 product and year (CEPII BACI), held column by column.

use std::collections::HashMap;
use std::ops::Range;

use crate::{CountryId, KiloUsd, Tonnes};

/// One trade flow, used to build a [`Trade`] table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TradeRecord {
    pub year: u16,
    pub exporter: CountryId,
    pub importer: CountryId,
    pub hs6: u32,
    /// Value in thousand USD (BACI reports FOB values).
    pub value: KiloUsd,
    /// Quantity in tonnes; `None` where BACI has no quantity (about 5% of rows).
    pub quantity: Option<Tonnes>,
}

/// The trade table, sorted by (HS6, year, importer, exporter), with an index on (HS6, year).
#[derive(Clone, Debug, Default)]
pub struct Trade {
    year: Vec<u16>,
    exporter: Vec<CountryId>,
    importer: Vec<CountryId>,
    hs6: Vec<u32>,
    value_kusd: Vec<f64>,
    /// NaN where the quantity is missing.
    quantity_t: Vec<f64>,
    index: HashMap<(u32, u16), Range<usize>>,
}

impl Trade {
    /// Builds the table from records in any order.
    pub fn from_records(mut records: Vec<TradeRecord>) -> Trade {
        records.sort_by_key(|r| (r.hs6, r.year, r.importer, r.exporter));
        let n = records.len();
        let mut t = Trade {
            year: Vec::with_capacity(n),
            exporter: Vec::with_capacity(n),
            importer: Vec::with_capacity(n),
            hs6: Vec::with_capacity(n),
            value_kusd: Vec::with_capacity(n),
            quantity_t: Vec::with_capacity(n),
            index: HashMap::new(),
        };
        for r in &records {
            t.year.push(r.year);
            t.exporter.push(r.exporter);
            t.importer.push(r.importer);
            t.hs6.push(r.hs6);
            t.value_kusd.push(r.value.0);
            t.quantity_t.push(r.quantity.map_or(f64::NAN, |q| q.0));
        }
        t.build_index();
        t
    }

    /// Builds the table from columns of equal length (sorted here if they are not already).
    /// `quantity_t` holds NaN where the quantity is missing.
    pub fn from_columns(
        year: Vec<u16>,
        exporter: Vec<CountryId>,
        importer: Vec<CountryId>,
        hs6: Vec<u32>,
        value_kusd: Vec<f64>,
        quantity_t: Vec<f64>,
    ) -> Trade {
        let n = year.len();
        debug_assert!(
            [exporter.len(), importer.len(), hs6.len(), value_kusd.len(), quantity_t.len()].iter().all(|&l| l == n)
        );
        let key = |i: usize| (hs6[i], year[i], importer[i], exporter[i]);
        let sorted = (1..n).all(|i| key(i - 1) <= key(i));
        let mut t = if sorted {
            Trade { year, exporter, importer, hs6, value_kusd, quantity_t, index: HashMap::new() }
        } else {
            let mut perm: Vec<usize> = (0..n).collect();
            perm.sort_by_key(|&i| key(i));
            Trade {
                year: perm.iter().map(|&i| year[i]).collect(),
                exporter: perm.iter().map(|&i| exporter[i]).collect(),
                importer: perm.iter().map(|&i| importer[i]).collect(),
                hs6: perm.iter().map(|&i| hs6[i]).collect(),
                value_kusd: perm.iter().map(|&i| value_kusd[i]).collect(),
                quantity_t: perm.iter().map(|&i| quantity_t[i]).collect(),
                index: HashMap::new(),
            }
        };
        t.build_index();
        t
    }

    fn build_index(&mut self) {
        let mut start = 0;
        for row in 1..=self.len() {
            let boundary = row == self.len() || self.hs6[row] != self.hs6[start] || self.year[row] != self.year[start];
            if boundary {
                self.index.insert((self.hs6[start], self.year[start]), start..row);
                start = row;
            }
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.year.len()
    }

    /// True when the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.year.is_empty()
    }

    /// Rows of one HS6 code in one year (empty when there are none).
    pub fn rows(&self, hs6: u32, year: u16) -> Range<usize> {
        self.index.get(&(hs6, year)).cloned().unwrap_or(0..0)
    }

    /// True when the HS6 code has any row in the year: "no trade recorded at all" differs from
    /// "this importer imported nothing".
    pub fn has_rows(&self, hs6: u32, year: u16) -> bool {
        self.index.contains_key(&(hs6, year))
    }

    /// Rows of one HS6 code, year and importer.
    pub fn importer_rows(&self, hs6: u32, year: u16, importer: CountryId) -> Range<usize> {
        let r = self.rows(hs6, year);
        let slice = &self.importer[r.clone()];
        let lo = slice.partition_point(|&c| c < importer);
        let hi = slice.partition_point(|&c| c <= importer);
        r.start + lo..r.start + hi
    }

    pub fn year(&self, row: usize) -> u16 {
        self.year[row]
    }
    pub fn exporter(&self, row: usize) -> CountryId {
        self.exporter[row]
    }
    pub fn importer(&self, row: usize) -> CountryId {
        self.importer[row]
    }
    pub fn hs6(&self, row: usize) -> u32 {
        self.hs6[row]
    }
    pub fn value(&self, row: usize) -> KiloUsd {
        KiloUsd(self.value_kusd[row])
    }
    /// The quantity, or `None` where BACI reports none.
    pub fn quantity(&self, row: usize) -> Option<Tonnes> {
        let q = self.quantity_t[row];
        (!q.is_nan()).then_some(Tonnes(q))
    }

    /// Distinct years present, ascending.
    pub fn years(&self) -> Vec<u16> {
        let mut ys: Vec<u16> = self.index.keys().map(|&(_, y)| y).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    }

    /// Distinct HS6 codes present, ascending.
    pub fn hs_codes(&self) -> Vec<u32> {
        let mut hs: Vec<u32> = self.index.keys().map(|&(h, _)| h).collect();
        hs.sort_unstable();
        hs.dedup();
        hs
    }

    /// Number of rows with no quantity.
    pub fn n_missing_quantity(&self) -> usize {
        self.quantity_t.iter().filter(|q| q.is_nan()).count()
    }

    /// Iterates over all rows as records, in table order.
    pub fn records(&self) -> impl Iterator<Item = TradeRecord> + '_ {
        (0..self.len()).map(|row| TradeRecord {
            year: self.year[row],
            exporter: self.exporter[row],
            importer: self.importer[row],
            hs6: self.hs6[row],
            value: self.value(row),
            quantity: self.quantity(row),
        })
    }
}
