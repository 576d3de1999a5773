//! Political stability (World Bank WGI "Political Stability and Absence of Violence/Terrorism").

use crate::CountryId;

/// WGI political-stability estimates, dense by country and year (NaN where missing).
#[derive(Clone, Debug, Default)]
pub struct Governance {
    first_year: u16,
    n_years: usize,
    n_countries: usize,
    estimate: Vec<f64>,
}

impl Governance {
    /// An empty table for `n_countries` countries and years `first_year..=last_year`.
    pub fn new(n_countries: usize, first_year: u16, last_year: u16) -> Governance {
        let n_years = usize::from(last_year.saturating_sub(first_year)) + 1;
        Governance { first_year, n_years, n_countries, estimate: vec![f64::NAN; n_years * n_countries] }
    }

    fn slot(&self, country: CountryId, year: u16) -> Option<usize> {
        if year < self.first_year || country.idx() >= self.n_countries {
            return None;
        }
        let y = usize::from(year - self.first_year);
        (y < self.n_years).then(|| country.idx() * self.n_years + y)
    }

    /// Sets an estimate; ignored outside the table's range.
    pub fn set(&mut self, country: CountryId, year: u16, estimate: f64) {
        if let Some(i) = self.slot(country, year) {
            self.estimate[i] = estimate;
        }
    }

    /// The estimate (about -2.5 .. 2.5, higher is more stable), or `None` where WGI has none.
    pub fn estimate(&self, country: CountryId, year: u16) -> Option<f64> {
        self.slot(country, year).map(|i| self.estimate[i]).filter(|e| !e.is_nan())
    }

    /// Years covered by the table (some may hold no data: WGI skipped 1997, 1999 and 2001).
    pub fn year_range(&self) -> (u16, u16) {
        (self.first_year, self.first_year + self.n_years.saturating_sub(1) as u16)
    }

    /// Number of non-missing estimates.
    pub fn n_values(&self) -> usize {
        self.estimate.iter().filter(|e| !e.is_nan()).count()
    }

    /// Years with at least one estimate.
    pub fn years_with_data(&self) -> Vec<u16> {
        (0..self.n_years)
            .filter(|&y| (0..self.n_countries).any(|c| !self.estimate[c * self.n_years + y].is_nan()))
            .map(|y| self.first_year + y as u16)
            .collect()
    }
}
