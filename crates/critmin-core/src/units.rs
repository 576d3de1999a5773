//! Units that travel with their numbers: tonnes and thousands of US dollars.

use std::iter::Sum;
use std::ops::{Add, AddAssign, Div};

/// A mass in metric tonnes.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct Tonnes(pub f64);

/// A value in thousands of current US dollars (BACI's unit).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
pub struct KiloUsd(pub f64);

macro_rules! unit_ops {
    ($t:ident) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, rhs: $t) -> $t {
                $t(self.0 + rhs.0)
            }
        }
        impl AddAssign for $t {
            fn add_assign(&mut self, rhs: $t) {
                self.0 += rhs.0;
            }
        }
        impl Sum for $t {
            fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                $t(iter.map(|x| x.0).sum())
            }
        }
        /// Dividing a quantity by one of the same unit gives a plain ratio.
        impl Div for $t {
            type Output = f64;
            fn div(self, rhs: $t) -> f64 {
                self.0 / rhs.0
            }
        }
    };
}
unit_ops!(Tonnes);
unit_ops!(KiloUsd);

impl KiloUsd {
    /// Unit value in thousand USD per tonne (= USD per kg); `None` when the mass is zero.
    pub fn per_tonne(self, mass: Tonnes) -> Option<f64> {
        (mass.0 > 0.0).then(|| self.0 / mass.0)
    }
}
