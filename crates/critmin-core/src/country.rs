//! Countries as BACI codes them, with ISO codes, a clean English name and aliases.

/// One country or customs territory.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// BACI's numeric code (mostly ISO 3166 numeric; BACI's own for France 251, USA 842, India 699,
    /// Switzerland 757, Norway 579, Taiwan 490 "Other Asia, nes", ...).
    pub code: u16,
    /// ISO 3166 alpha-3 code (BACI's where ISO has none, e.g. "S19").
    pub iso3: String,
    /// ISO 3166 alpha-2 code; empty where none exists.
    pub iso2: String,
    /// A clean English name ("United States", "South Korea", "Taiwan").
    pub name: String,
    /// The name BACI gives ("USA", "Rep. of Korea", "Other Asia, nes").
    pub baci_name: String,
    /// Other names users type ("US", "America", "Korea").
    pub aliases: Vec<String>,
    /// Last year the entity existed, for historical codes ("Belgium-Luxembourg (...1998)").
    pub valid_until: Option<u16>,
}

impl Country {
    /// A current country with no aliases and its BACI name equal to `name`.
    pub fn new(code: u16, iso3: &str, iso2: &str, name: &str) -> Country {
        Country {
            code,
            iso3: iso3.to_string(),
            iso2: iso2.to_string(),
            name: name.to_string(),
            baci_name: name.to_string(),
            aliases: Vec::new(),
            valid_until: None,
        }
    }
}
