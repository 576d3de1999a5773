//! Concentration of world mine production: shares, HHI, top-n, the N-1 test.

use critmin_core::{CountryId, Dataset, Economy, MineralId};

use crate::RiskError;

/// One producer's part of world production.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProducerShare {
    pub country: CountryId,
    /// In the mineral's production unit (see [`critmin_core::Mineral::unit`]).
    pub quantity: f64,
    /// 0..1
    pub share: f64,
}

/// Concentration of one mineral's world production in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductionConcentration {
    pub mineral: MineralId,
    pub year: u16,
    /// World total, in the mineral's production unit.
    pub total: f64,
    /// Producers with a positive figure, largest first (ties by country id).
    pub shares: Vec<ProducerShare>,
    /// Herfindahl-Hirschman index on shares, 0..1.
    pub hhi: f64,
    /// Share of the three largest producers.
    pub top3_share: f64,
    /// The N-1 test: share of world supply left without the largest producer.
    pub n1_remaining_share: f64,
}

impl ProductionConcentration {
    /// The largest producer.
    pub fn top1(&self) -> Option<ProducerShare> {
        self.shares.first().copied()
    }

    /// A country's share of world production (0 when it produces nothing).
    pub fn share_of(&self, country: CountryId) -> f64 {
        self.shares.iter().find(|s| s.country == country).map_or(0.0, |s| s.share)
    }

    /// An economy's (a coalition's) share of world production.
    pub fn share_of_economy(&self, economy: &Economy) -> f64 {
        self.shares.iter().filter(|s| economy.contains(s.country)).map(|s| s.share).sum()
    }

    /// An economy's production, in the mineral's unit.
    pub fn quantity_of_economy(&self, economy: &Economy) -> f64 {
        self.shares.iter().filter(|s| economy.contains(s.country)).map(|s| s.quantity).sum()
    }
}

/// HHI of non-negative quantities: sum of squared shares, 0..1 (`None` when the total is 0).
pub fn hhi(quantities: impl IntoIterator<Item = f64> + Clone) -> Option<f64> {
    let total: f64 = quantities.clone().into_iter().sum();
    (total > 0.0).then(|| quantities.into_iter().map(|q| q * q).sum::<f64>() / (total * total))
}

/// Shares, HHI, top-n and N-1 of a mineral's world production in a year.
pub fn production_concentration(
    ds: &Dataset,
    mineral: MineralId,
    year: u16,
) -> Result<ProductionConcentration, RiskError> {
    let mut positive: Vec<(CountryId, f64)> = ds
        .production
        .of(mineral, year)
        .iter()
        .filter_map(|r| r.value.filter(|&v| v > 0.0).map(|v| (r.country, v)))
        .collect();
    let total: f64 = positive.iter().map(|p| p.1).sum();
    if total <= 0.0 {
        return Err(RiskError::NoProduction {
            mineral: ds.mineral(mineral).name.clone(),
            year,
            available: ds.production.years_of(mineral),
        });
    }
    positive.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let shares: Vec<ProducerShare> = positive
        .iter()
        .map(|&(country, quantity)| ProducerShare { country, quantity, share: quantity / total })
        .collect();
    let hhi = shares.iter().map(|s| s.share * s.share).sum();
    let top3_share = shares.iter().take(3).map(|s| s.share).sum();
    let n1_remaining_share = 1.0 - shares.first().map_or(0.0, |s| s.share);
    Ok(ProductionConcentration { mineral, year, total, shares, hhi, top3_share, n1_remaining_share })
}
