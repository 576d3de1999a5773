//! Coalitions (EU27, G7, the Minerals Security Partnership, ...) and the economies analyses run on.

use crate::CountryId;

/// A named group of countries, from the coalitions data file or a user's own file.
#[derive(Clone, Debug, PartialEq)]
pub struct Coalition {
    /// Short name used on the command line and in outputs ("EU27", "G7+").
    pub name: String,
    /// Long name ("European Union (27 member states)").
    pub full_name: String,
    /// Other names users type.
    pub aliases: Vec<String>,
    /// Member countries.
    pub members: Vec<CountryId>,
    /// Where the membership list comes from, and what it leaves out.
    pub source: String,
}

/// An importing economy: one country, or a coalition treated as one economic unit whose internal
/// trade carries no risk.
#[derive(Clone, Debug, PartialEq)]
pub struct Economy {
    /// ISO3 code of a country, or the coalition's short name.
    pub label: String,
    /// Readable name.
    pub name: String,
    /// Member countries (one for a country).
    pub members: Vec<CountryId>,
    /// True for a coalition, even a one-member one.
    pub is_coalition: bool,
    member_mask: Vec<bool>,
}

impl Economy {
    /// An economy of the given members; `n_countries` sizes the membership mask.
    pub fn new(label: &str, name: &str, members: Vec<CountryId>, is_coalition: bool, n_countries: usize) -> Economy {
        let mut member_mask = vec![false; n_countries];
        for m in &members {
            if let Some(slot) = member_mask.get_mut(m.idx()) {
                *slot = true;
            }
        }
        Economy { label: label.to_string(), name: name.to_string(), members, is_coalition, member_mask }
    }

    /// True when the country belongs to the economy.
    pub fn contains(&self, country: CountryId) -> bool {
        self.member_mask.get(country.idx()).copied().unwrap_or(false)
    }
}
