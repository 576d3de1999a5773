//! Minerals (World Mining Data commodities) with their HS codes, stage, unit and recycling rate.

/// The unit in which World Mining Data reports a commodity's production.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProductionUnit {
    /// "metr. t"
    Tonnes,
    /// "kg"
    Kilograms,
    /// "ct" (diamonds)
    Carats,
    /// "Mio m3" (natural gas)
    MillionCubicMetres,
    /// Anything else, kept as written.
    Other(String),
}

/// Density used to turn natural-gas volumes into tonnes: 0.8 kg per cubic metre at standard
/// conditions, so one million m3 is 800 t (the reference implementation meant to apply such a
/// conversion and does not; see docs/geopolrisk.md).
pub const NATURAL_GAS_TONNES_PER_MILLION_M3: f64 = 800.0;

impl ProductionUnit {
    /// Parses World Mining Data's unit label.
    pub fn parse(label: &str) -> ProductionUnit {
        match label.trim() {
            "metr. t" | "t" => ProductionUnit::Tonnes,
            "kg" => ProductionUnit::Kilograms,
            "ct" => ProductionUnit::Carats,
            "Mio m3" => ProductionUnit::MillionCubicMetres,
            other => ProductionUnit::Other(other.to_string()),
        }
    }

    /// The label as World Mining Data writes it.
    pub fn label(&self) -> &str {
        match self {
            ProductionUnit::Tonnes => "metr. t",
            ProductionUnit::Kilograms => "kg",
            ProductionUnit::Carats => "ct",
            ProductionUnit::MillionCubicMetres => "Mio m3",
            ProductionUnit::Other(s) => s,
        }
    }

    /// Factor that turns a quantity in this unit into tonnes; `None` where no mass is defined.
    pub fn tonnes_factor(&self) -> Option<f64> {
        match self {
            ProductionUnit::Tonnes => Some(1.0),
            ProductionUnit::Kilograms => Some(0.001),
            ProductionUnit::MillionCubicMetres => Some(NATURAL_GAS_TONNES_PER_MILLION_M3),
            ProductionUnit::Carats | ProductionUnit::Other(_) => None,
        }
    }
}

/// One mineral: a World Mining Data commodity and the HS6 codes its trade is recorded under.
#[derive(Clone, Debug, PartialEq)]
pub struct Mineral {
    /// The name the reference implementation uses ("Cobalt", "Rare earth", "Chromite").
    pub name: String,
    /// The World Mining Data sheet ("Rare Earths (REO)"): says what is counted.
    pub wmd_sheet: String,
    /// Chemical symbol or short label ("Co", "REE"); may be empty.
    pub symbol: String,
    /// Other names users type ("rare earths", "REO").
    pub aliases: Vec<String>,
    /// The primary HS6 code, if the commodity has one.
    pub hs_primary: Option<u32>,
    /// Complementary HS6 codes summed with the primary one.
    pub hs_complementary: Vec<u32>,
    /// Description of the primary HS code.
    pub hs_description: String,
    /// Supply-chain stage of the traded product ("Extraction", "Processing"); may be empty.
    pub stage: String,
    /// World Mining Data category ("Non-Ferrous Metals").
    pub category: String,
    /// Unit of the production figures.
    pub unit: ProductionUnit,
    /// End-of-life recycling input rate (2023), 0..1.
    pub eol_rir: Option<f64>,
}

impl Mineral {
    /// All HS6 codes of the mineral: the primary code, then the complementary ones.
    pub fn hs_codes(&self) -> impl Iterator<Item = u32> + '_ {
        self.hs_primary.into_iter().chain(self.hs_complementary.iter().copied())
    }
}
