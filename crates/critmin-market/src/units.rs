//! Prices per kilogram: BACI value (thousand USD) over quantity (tonnes) is USD per kg.

use critmin_core::{KiloUsd, Tonnes};

/// A price or unit value in US dollars per kilogram (= thousand USD per tonne).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct UsdPerKg(pub f64);

impl UsdPerKg {
    /// The value of `mass` at this price, in thousand USD (USD/kg x t = kUSD).
    pub fn times(self, mass: Tonnes) -> KiloUsd {
        KiloUsd(self.0 * mass.0)
    }

    /// The unit value of a flow; `None` when it has no positive quantity.
    pub fn unit_value(value: KiloUsd, mass: Tonnes) -> Option<UsdPerKg> {
        value.per_tonne(mass).map(UsdPerKg)
    }
}
