//! The whole world dataset and its lookups by code and by name.

use std::collections::HashMap;

use crate::resolve::{NotFound, normalise, suggest};
use crate::{Coalition, Country, CountryId, Economy, Governance, Mineral, MineralId, Production, Trade};

/// The tables a [`Dataset`] is built from.
#[derive(Clone, Debug, Default)]
pub struct Parts {
    pub countries: Vec<Country>,
    pub minerals: Vec<Mineral>,
    pub trade: Trade,
    pub production: Production,
    pub governance: Governance,
    pub coalitions: Vec<Coalition>,
}

/// A dataset that breaks the model's invariants.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("country code {0} appears twice in the country table")]
    DuplicateCountryCode(u16),
    #[error("mineral '{0}' appears twice in the mineral table")]
    DuplicateMineral(String),
    #[error("coalition '{0}' is defined twice")]
    DuplicateCoalition(String),
    #[error("coalition '{coalition}' has no members")]
    EmptyCoalition { coalition: String },
    #[error("too many countries: {0} (ids are 16-bit)")]
    TooManyCountries(usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum EconomyKey {
    Country(CountryId),
    Coalition(usize),
}

/// The world dataset: every table, plus indexes from codes and names to ids.
#[derive(Clone, Debug)]
pub struct Dataset {
    pub countries: Vec<Country>,
    pub minerals: Vec<Mineral>,
    pub trade: Trade,
    pub production: Production,
    pub governance: Governance,
    pub coalitions: Vec<Coalition>,
    by_code: HashMap<u16, CountryId>,
    country_keys: Vec<(String, CountryId)>,
    country_index: HashMap<String, CountryId>,
    mineral_keys: Vec<(String, MineralId)>,
    mineral_index: HashMap<String, MineralId>,
    coalition_index: HashMap<String, usize>,
}

impl Dataset {
    /// Validates the parts and builds the lookups.
    pub fn new(parts: Parts) -> Result<Dataset, ModelError> {
        let Parts { countries, minerals, trade, production, governance, coalitions } = parts;
        if countries.len() > usize::from(u16::MAX) {
            return Err(ModelError::TooManyCountries(countries.len()));
        }
        let mut by_code = HashMap::new();
        for (i, c) in countries.iter().enumerate() {
            if by_code.insert(c.code, CountryId(i as u16)).is_some() {
                return Err(ModelError::DuplicateCountryCode(c.code));
            }
        }
        // Current countries first, so that a code shared with a historical entity (Sudan's "SDN")
        // resolves to the current one.
        let mut order: Vec<usize> = (0..countries.len()).collect();
        order.sort_by_key(|&i| countries[i].valid_until.is_some());
        let mut country_keys = Vec::new();
        for &i in &order {
            let c = &countries[i];
            let id = CountryId(i as u16);
            for key in [&c.name, &c.baci_name, &c.iso3, &c.iso2].into_iter().chain(&c.aliases) {
                if !key.is_empty() {
                    country_keys.push((key.clone(), id));
                }
            }
            country_keys.push((c.code.to_string(), id));
        }
        let mut country_index = HashMap::new();
        for (k, id) in &country_keys {
            country_index.entry(normalise(k)).or_insert(*id);
        }

        let mut mineral_keys = Vec::new();
        let mut mineral_index = HashMap::new();
        for (i, m) in minerals.iter().enumerate() {
            let id = MineralId(i as u16);
            if mineral_index.insert(normalise(&m.name), id).is_some() {
                return Err(ModelError::DuplicateMineral(m.name.clone()));
            }
            mineral_keys.push((m.name.clone(), id));
            for key in [&m.wmd_sheet, &m.symbol].into_iter().chain(&m.aliases) {
                if !key.is_empty() {
                    mineral_keys.push((key.clone(), id));
                }
            }
        }
        for (k, id) in &mineral_keys {
            mineral_index.entry(normalise(k)).or_insert(*id);
        }

        let mut ds = Dataset {
            countries,
            minerals,
            trade,
            production,
            governance,
            coalitions: Vec::new(),
            by_code,
            country_keys,
            country_index,
            mineral_keys,
            mineral_index,
            coalition_index: HashMap::new(),
        };
        ds.add_coalitions(coalitions)?;
        Ok(ds)
    }

    /// Adds coalitions (a user's own file, say). A name already taken is an error.
    pub fn add_coalitions(&mut self, coalitions: Vec<Coalition>) -> Result<(), ModelError> {
        for c in coalitions {
            if c.members.is_empty() {
                return Err(ModelError::EmptyCoalition { coalition: c.name });
            }
            let key = normalise(&c.name);
            if self.coalition_index.contains_key(&key) {
                return Err(ModelError::DuplicateCoalition(c.name));
            }
            let idx = self.coalitions.len();
            self.coalition_index.insert(key, idx);
            for alias in &c.aliases {
                self.coalition_index.entry(normalise(alias)).or_insert(idx);
            }
            self.coalitions.push(c);
        }
        Ok(())
    }

    /// The country with a BACI code.
    pub fn country_by_code(&self, code: u16) -> Option<CountryId> {
        self.by_code.get(&code).copied()
    }

    /// The country behind an id.
    pub fn country(&self, id: CountryId) -> &Country {
        &self.countries[id.idx()]
    }

    /// The mineral behind an id.
    pub fn mineral(&self, id: MineralId) -> &Mineral {
        &self.minerals[id.idx()]
    }

    /// Ids of all minerals.
    pub fn mineral_ids(&self) -> impl Iterator<Item = MineralId> {
        (0..self.minerals.len() as u16).map(MineralId)
    }

    /// Ids of all countries.
    pub fn country_ids(&self) -> impl Iterator<Item = CountryId> {
        (0..self.countries.len() as u16).map(CountryId)
    }

    /// A mineral from its name, sheet name, symbol or an alias, in any case.
    pub fn resolve_mineral(&self, query: &str) -> Result<MineralId, NotFound> {
        self.mineral_index.get(&normalise(query)).copied().ok_or_else(|| NotFound {
            kind: "mineral",
            query: query.to_string(),
            suggestions: suggest(
                query,
                self.mineral_keys.iter().map(|(k, id)| (k.as_str(), self.minerals[id.idx()].name.as_str())),
                3,
            ),
        })
    }

    /// A country from its name, BACI name, ISO3, ISO2, BACI numeric code or an alias.
    pub fn resolve_country(&self, query: &str) -> Result<CountryId, NotFound> {
        self.country_index.get(&normalise(query)).copied().ok_or_else(|| NotFound {
            kind: "country",
            query: query.to_string(),
            suggestions: self.suggest_countries(query),
        })
    }

    fn suggest_countries(&self, query: &str) -> Vec<String> {
        suggest(query, self.country_keys.iter().map(|(k, id)| (k.as_str(), self.countries[id.idx()].name.as_str())), 3)
    }

    fn economy_key(&self, query: &str) -> Option<EconomyKey> {
        let key = normalise(query);
        if let Some(&i) = self.coalition_index.get(&key) {
            return Some(EconomyKey::Coalition(i));
        }
        self.country_index.get(&key).map(|&c| EconomyKey::Country(c))
    }

    /// An importing economy: a coalition by name or alias, else a country.
    pub fn resolve_economy(&self, query: &str) -> Result<Economy, NotFound> {
        match self.economy_key(query) {
            Some(EconomyKey::Coalition(i)) => Ok(self.coalition_economy(i)),
            Some(EconomyKey::Country(c)) => Ok(self.country_economy(c)),
            None => {
                let mut suggestions: Vec<String> = suggest(
                    query,
                    self.coalitions.iter().flat_map(|c| {
                        std::iter::once((c.name.as_str(), c.name.as_str()))
                            .chain(c.aliases.iter().map(|a| (a.as_str(), c.name.as_str())))
                    }),
                    2,
                );
                for s in self.suggest_countries(query) {
                    if suggestions.len() < 3 && !suggestions.contains(&s) {
                        suggestions.push(s);
                    }
                }
                Err(NotFound { kind: "country or coalition", query: query.to_string(), suggestions })
            }
        }
    }

    /// The economy of one country.
    pub fn country_economy(&self, c: CountryId) -> Economy {
        let country = self.country(c);
        Economy::new(&country.iso3, &country.name, vec![c], false, self.countries.len())
    }

    /// The economy of the `i`-th coalition.
    pub fn coalition_economy(&self, i: usize) -> Economy {
        let co = &self.coalitions[i];
        Economy::new(&co.name, &co.full_name, co.members.clone(), true, self.countries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Dataset {
        let mut kor = Country::new(410, "KOR", "KR", "South Korea");
        kor.baci_name = "Rep. of Korea".into();
        kor.aliases = vec!["Korea".into()];
        let mut old_sudan = Country::new(736, "SDN", "SD", "Sudan (...2011)");
        old_sudan.valid_until = Some(2011);
        let sudan = Country::new(729, "SDN", "SD", "Sudan");
        let coalitions = vec![Coalition {
            name: "G2".into(),
            full_name: "Two".into(),
            aliases: vec!["pair".into()],
            members: vec![CountryId(0), CountryId(2)],
            source: String::new(),
        }];
        Dataset::new(Parts { countries: vec![kor, old_sudan, sudan], coalitions, ..Parts::default() }).unwrap()
    }

    #[test]
    fn countries_resolve_from_every_kind_of_name() {
        let ds = tiny();
        for q in ["Korea", "KOR", "kr", "410", "rep of korea", "SOUTH KOREA"] {
            assert_eq!(ds.resolve_country(q), Ok(CountryId(0)), "{q}");
        }
        assert_eq!(ds.resolve_country("SDN"), Ok(CountryId(2)), "current Sudan wins");
        assert_eq!(ds.resolve_country("736"), Ok(CountryId(1)));
    }

    #[test]
    fn economies_prefer_coalitions_and_suggest_on_typos() {
        let ds = tiny();
        let e = ds.resolve_economy("PAIR").unwrap();
        assert!(e.is_coalition && e.contains(CountryId(2)) && !e.contains(CountryId(1)));
        let err = ds.resolve_economy("Koreaa").unwrap_err();
        assert_eq!(err.suggestions.first().map(String::as_str), Some("South Korea"));
        assert!(err.to_string().contains("did you mean"), "{err}");
    }

    #[test]
    fn duplicates_are_rejected() {
        let a = Country::new(1, "AAA", "AA", "A");
        let err = Dataset::new(Parts { countries: vec![a.clone(), a], ..Parts::default() }).unwrap_err();
        assert_eq!(err, ModelError::DuplicateCountryCode(1));
    }
}
