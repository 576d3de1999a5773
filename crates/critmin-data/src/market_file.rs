//! Market-measure files (TOML) for `critmin market`: price floors and cost tables, contracts for
//! difference, offtake contracts and certified-supplier sets. Parsed, resolved against the dataset
//! and checked; every error names the file, the line, the field and what was expected, with
//! suggestions for unknown names. Figures that come from no cited source must be marked
//! `illustrative`, and the notes returned say so for every output. Format: `docs/market.md`.
//!
//! The parsed values are plain resolved specs (ids, USD/kg, tonnes); `critmin-market` computes.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use critmin_core::{CountryId, Dataset, Economy, MineralId};

use crate::DataError;

/// A floor file: a club, an optional year, floors per mineral and HS code, and a cost table.
#[derive(Clone, Debug)]
pub struct FloorFile {
    pub name: String,
    /// The club named in the file, if any.
    pub club: Option<Economy>,
    pub year: Option<u16>,
    pub floors: Vec<FloorSpec>,
    pub costs: Vec<CostSpec>,
    /// What outputs must say: which figures are illustrative, and their sources.
    pub notes: Vec<String>,
}

/// One floor: a price, or a rule over the cost table, for some HS codes of a mineral.
#[derive(Clone, Debug, PartialEq)]
pub struct FloorSpec {
    pub mineral: MineralId,
    /// The HS codes it applies to (all the mineral's codes when the file gives none).
    pub hs6: Vec<u32>,
    pub price: FloorPrice,
    pub illustrative: bool,
    pub source: String,
}

/// Where a floor's price comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloorPrice {
    /// Given, USD per kg.
    UsdPerKg(f64),
    /// Computed from the cost table's entries for each HS code, times (1 + markup).
    FromCosts { rule: CostRule, markup: f64 },
}

/// How a reference price is derived from producers' costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CostRule {
    Mean,
    CapacityWeighted,
    Max,
    Quantile(f64),
}

/// One producer's cost of production for an HS code.
#[derive(Clone, Debug, PartialEq)]
pub struct CostSpec {
    pub producer: CountryId,
    pub hs6: u32,
    pub usd_per_kg: f64,
    pub capacity_t: Option<f64>,
    pub illustrative: bool,
}

/// A contracts file.
#[derive(Clone, Debug)]
pub struct ContractFile {
    pub contracts: Vec<ContractSpec>,
    pub notes: Vec<String>,
}

/// One contract for difference.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractSpec {
    pub name: String,
    pub producer: CountryId,
    pub mineral: MineralId,
    pub hs6: Option<u32>,
    pub strike_usd_per_kg: f64,
    pub tonnes_per_year: f64,
    pub start_year: u16,
    pub years: u16,
    pub cap_usd_per_kg: Option<f64>,
    /// The market price when the contract was agreed: the flat reference, and the base a
    /// stress-test price ratio multiplies.
    pub market_price_usd_per_kg: Option<f64>,
    pub source: String,
    /// Fields marked illustrative.
    pub illustrative: Vec<String>,
}

/// An offtake file.
#[derive(Clone, Debug)]
pub struct OfftakeFile {
    pub club: Option<Economy>,
    pub offtakes: Vec<OfftakeSpec>,
    pub notes: Vec<String>,
}

/// One offtake contract.
#[derive(Clone, Debug, PartialEq)]
pub struct OfftakeSpec {
    pub name: String,
    pub buyer: CountryId,
    pub seller: CountryId,
    pub mineral: MineralId,
    pub tonnes_per_year: f64,
    pub start_year: u16,
    pub years: u16,
    pub illustrative: bool,
}

/// A certified-supplier set (a standards-based market).
#[derive(Clone, Debug)]
pub struct CertifiedFile {
    pub name: String,
    pub club: Option<Economy>,
    /// Minerals the set is meant for (empty: any).
    pub minerals: Vec<MineralId>,
    pub suppliers: Vec<CountryId>,
    pub notes: Vec<String>,
}

type Illustrative = Option<Spanned<toml::Value>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFloorFile {
    #[serde(default)]
    name: String,
    club: Option<Spanned<String>>,
    year: Option<Spanned<u16>>,
    #[serde(default)]
    floor: Vec<Spanned<RawFloor>>,
    #[serde(default)]
    cost: Vec<Spanned<RawCost>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFloor {
    mineral: Spanned<String>,
    hs: Option<Spanned<toml::Value>>,
    price: Option<Spanned<f64>>,
    from_costs: Option<Spanned<toml::Value>>,
    markup: Option<Spanned<f64>>,
    unit: Option<Spanned<String>>,
    #[serde(default)]
    source: String,
    illustrative: Illustrative,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCost {
    producer: Spanned<String>,
    hs: Spanned<u32>,
    cost: Spanned<f64>,
    unit: Option<Spanned<String>>,
    capacity_t: Option<Spanned<f64>>,
    #[serde(default)]
    source: String,
    illustrative: Illustrative,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContractFile {
    #[serde(default)]
    contract: Vec<Spanned<RawContract>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContract {
    name: Spanned<String>,
    producer: Spanned<String>,
    mineral: Spanned<String>,
    hs: Option<Spanned<u32>>,
    strike: Spanned<f64>,
    unit: Option<Spanned<String>>,
    tonnes_per_year: Spanned<f64>,
    start: Spanned<u16>,
    years: Spanned<u16>,
    cap: Option<Spanned<f64>>,
    market_price: Option<Spanned<f64>>,
    #[serde(default)]
    source: String,
    illustrative: Illustrative,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOfftakeFile {
    club: Option<Spanned<String>>,
    #[serde(default)]
    offtake: Vec<Spanned<RawOfftake>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOfftake {
    name: Spanned<String>,
    buyer: Spanned<String>,
    seller: Spanned<String>,
    mineral: Spanned<String>,
    tonnes_per_year: Spanned<f64>,
    start: Spanned<u16>,
    years: Spanned<u16>,
    #[serde(default)]
    source: String,
    illustrative: Illustrative,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertifiedFile {
    #[serde(default)]
    name: String,
    club: Option<Spanned<String>>,
    #[serde(default)]
    minerals: Vec<Spanned<String>>,
    suppliers: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    source: String,
    #[serde(default)]
    illustrative: bool,
}

struct Ctx<'a> {
    ds: &'a Dataset,
    text: &'a str,
    path: PathBuf,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> DataError {
        DataError::text(&self.path, self.text, Some(span.start), message)
    }

    fn parse<'de, T: Deserialize<'de>>(&self, text: &'de str, expected: &str) -> Result<T, DataError> {
        toml::from_str(text).map_err(|e| {
            DataError::text(
                &self.path,
                self.text,
                e.span().map(|s| s.start),
                format!("{} ({expected}; see docs/market.md)", e.message()),
            )
        })
    }

    fn country(&self, field: &str, name: &Spanned<String>) -> Result<CountryId, DataError> {
        self.ds.resolve_country(name.get_ref()).map_err(|e| self.err(name.span(), format!("{field}: {e}")))
    }

    fn mineral(&self, name: &Spanned<String>) -> Result<MineralId, DataError> {
        let id = self.ds.resolve_mineral(name.get_ref()).map_err(|e| self.err(name.span(), format!("mineral: {e}")))?;
        if self.ds.mineral(id).hs_primary.is_none() {
            return Err(self.err(
                name.span(),
                format!("mineral: {} has no HS code, so it has no trade to price", self.ds.mineral(id).name),
            ));
        }
        Ok(id)
    }

    fn club(&self, name: &Option<Spanned<String>>) -> Result<Option<Economy>, DataError> {
        name.as_ref()
            .map(|n| self.ds.resolve_economy(n.get_ref()).map_err(|e| self.err(n.span(), format!("club: {e}"))))
            .transpose()
    }

    /// An HS code of the mineral, else an error listing the mineral's codes.
    fn hs_of(&self, mineral: MineralId, code: u32, span: std::ops::Range<usize>) -> Result<u32, DataError> {
        let m = self.ds.mineral(mineral);
        if m.hs_codes().any(|h| h == code) {
            return Ok(code);
        }
        let own: Vec<String> = m.hs_codes().map(|h| h.to_string()).collect();
        let owner = self.ds.minerals.iter().find(|x| x.hs_codes().any(|h| h == code)).map(|x| x.name.as_str());
        let hint = match owner {
            Some(o) => format!(" (HS {code} is {o}'s)"),
            None => format!(" (HS {code} is not in the dataset's trade codes)"),
        };
        Err(self
            .err(span, format!("hs: unknown HS code {code} for {}{hint}; expected one of {}", m.name, own.join(", "))))
    }

    /// USD per kg from a value in `unit`, which must be given.
    fn usd_per_kg(
        &self,
        field: &str,
        v: &Spanned<f64>,
        unit: &Option<Spanned<String>>,
        item: std::ops::Range<usize>,
    ) -> Result<f64, DataError> {
        let expected = "expected unit = \"USD/kg\" (also \"USD/t\" or \"kUSD/t\")";
        let factor = match unit {
            None => return Err(self.err(item, format!("unit: missing; {field} needs a unit, {expected}"))),
            Some(u) => match u.get_ref().trim().to_ascii_lowercase().replace(' ', "").as_str() {
                "usd/kg" | "kusd/t" => 1.0,
                "usd/t" => 0.001,
                other => return Err(self.err(u.span(), format!("unit: unknown unit '{other}'; {expected}"))),
            },
        };
        let x = *v.get_ref();
        if x.is_finite() && x > 0.0 {
            Ok(x * factor)
        } else {
            Err(self.err(v.span(), format!("{field}: expected a price above 0, got {x}")))
        }
    }

    fn non_negative(&self, field: &str, v: &Spanned<f64>) -> Result<f64, DataError> {
        let x = *v.get_ref();
        if x.is_finite() && x >= 0.0 {
            Ok(x)
        } else {
            Err(self.err(v.span(), format!("{field}: expected a number at or above 0, got {x}")))
        }
    }

    fn years(&self, v: &Spanned<u16>) -> Result<u16, DataError> {
        let y = *v.get_ref();
        if (1..=100).contains(&y) {
            Ok(y)
        } else {
            Err(self.err(v.span(), format!("years: expected a term of 1 to 100 years, got {y}")))
        }
    }

    /// The fields marked illustrative (`true` marks all of `all`); an item with neither a source
    /// nor an illustrative mark is an error.
    fn illustrative(
        &self,
        v: &Illustrative,
        source: &str,
        all: &[&str],
        item: std::ops::Range<usize>,
    ) -> Result<Vec<String>, DataError> {
        let fields: Vec<String> = match v {
            None => Vec::new(),
            Some(s) => match s.get_ref() {
                toml::Value::Boolean(true) => all.iter().map(|f| f.to_string()).collect(),
                toml::Value::Boolean(false) => Vec::new(),
                toml::Value::Array(a) => {
                    let mut out = Vec::new();
                    for x in a {
                        match x.as_str() {
                            Some(f) if all.contains(&f) => out.push(f.to_string()),
                            _ => {
                                return Err(self.err(
                                    s.span(),
                                    format!(
                                        "illustrative: expected true, false or a list of fields from {}",
                                        all.join(", ")
                                    ),
                                ));
                            }
                        }
                    }
                    out
                }
                _ => return Err(self.err(s.span(), "illustrative: expected true, false or a list of field names")),
            },
        };
        if source.trim().is_empty() && fields.len() < all.len() {
            return Err(self.err(
                item,
                "source: missing; give source = \"...\" (a cited public source) or mark the figures illustrative = true",
            ));
        }
        Ok(fields)
    }
}

fn hs_list(v: &toml::Value) -> Option<Vec<u32>> {
    match v {
        toml::Value::Integer(i) => u32::try_from(*i).ok().map(|h| vec![h]),
        toml::Value::Array(a) => a.iter().map(|x| x.as_integer().and_then(|i| u32::try_from(i).ok())).collect(),
        _ => None,
    }
}

/// Reads a floor file.
pub fn read_floors(ds: &Dataset, path: &Path) -> Result<FloorFile, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_floors(ds, &text, path)
}

/// Parses floor-file text (`path` only names it in errors).
pub fn parse_floors(ds: &Dataset, text: &str, path: &Path) -> Result<FloorFile, DataError> {
    let cx = Ctx { ds, text, path: path.to_path_buf() };
    let raw: RawFloorFile = cx.parse(text, "expected name, club, year, [[floor]] and [[cost]] tables")?;
    let mut notes = Vec::new();
    let mut costs = Vec::new();
    for c in &raw.cost {
        let span = c.span();
        let c = c.get_ref();
        let producer = cx.country("producer", &c.producer)?;
        let hs6 = *c.hs.get_ref();
        if !ds.minerals.iter().any(|m| m.hs_codes().any(|h| h == hs6)) {
            return Err(cx.err(c.hs.span(), format!("hs: unknown HS code {hs6}; `critmin minerals` lists the codes")));
        }
        let usd_per_kg = cx.usd_per_kg("cost", &c.cost, &c.unit, span.clone())?;
        let capacity_t = c.capacity_t.as_ref().map(|v| cx.non_negative("capacity_t", v)).transpose()?;
        let ill = cx.illustrative(&c.illustrative, &c.source, &["cost", "capacity_t"], span)?;
        if !ill.is_empty() {
            notes.push(format!(
                "the cost of {} for HS {hs6} is illustrative ({})",
                ds.country(producer).name,
                ill.join(", ")
            ));
        }
        costs.push(CostSpec { producer, hs6, usd_per_kg, capacity_t, illustrative: !ill.is_empty() });
    }
    let mut floors = Vec::new();
    for f in &raw.floor {
        let span = f.span();
        let f = f.get_ref();
        let mineral = cx.mineral(&f.mineral)?;
        let name = &ds.mineral(mineral).name;
        let hs6 = match &f.hs {
            None => ds.mineral(mineral).hs_codes().collect(),
            Some(v) => {
                let codes = hs_list(v.get_ref())
                    .ok_or_else(|| cx.err(v.span(), "hs: expected an HS6 code or a list of them, e.g. hs = 284690"))?;
                let mut out = Vec::new();
                for c in codes {
                    out.push(cx.hs_of(mineral, c, v.span())?);
                }
                out
            }
        };
        let price = match (&f.price, &f.from_costs) {
            (Some(p), None) => {
                if f.markup.is_some() {
                    return Err(cx.err(p.span(), "markup: only with from_costs"));
                }
                FloorPrice::UsdPerKg(cx.usd_per_kg("price", p, &f.unit, span.clone())?)
            }
            (None, Some(rule)) => {
                let expected = "from_costs: expected \"mean\", \"capacity_weighted\", \"max\" or { quantile = 0.75 }";
                let rule_v = match rule.get_ref() {
                    toml::Value::String(s) => match s.as_str() {
                        "mean" => CostRule::Mean,
                        "capacity_weighted" => CostRule::CapacityWeighted,
                        "max" => CostRule::Max,
                        _ => return Err(cx.err(rule.span(), expected)),
                    },
                    toml::Value::Table(t) => match t.get("quantile").and_then(toml::Value::as_float) {
                        Some(q) if t.len() == 1 && (0.0..=1.0).contains(&q) => CostRule::Quantile(q),
                        _ => return Err(cx.err(rule.span(), expected)),
                    },
                    _ => return Err(cx.err(rule.span(), expected)),
                };
                for &h in &hs6 {
                    let rows: Vec<&CostSpec> = costs.iter().filter(|c| c.hs6 == h).collect();
                    if rows.is_empty() {
                        return Err(cx.err(
                            rule.span(),
                            format!("from_costs: the file has no [[cost]] entry for HS {h} ({name})"),
                        ));
                    }
                    if rule_v == CostRule::CapacityWeighted
                        && rows.iter().any(|c| c.capacity_t.is_none_or(|x| x <= 0.0))
                    {
                        return Err(cx.err(
                            rule.span(),
                            format!(
                                "from_costs: capacity_weighted needs a capacity_t above 0 on every [[cost]] of HS {h}"
                            ),
                        ));
                    }
                }
                let markup = match &f.markup {
                    Some(m) if m.get_ref().is_finite() && *m.get_ref() > -1.0 => *m.get_ref(),
                    Some(m) => {
                        return Err(cx.err(m.span(), format!("markup: expected a share above -1, got {}", m.get_ref())));
                    }
                    None => 0.0,
                };
                FloorPrice::FromCosts { rule: rule_v, markup }
            }
            (Some(p), Some(_)) => return Err(cx.err(p.span(), "price: give either price or from_costs, not both")),
            (None, None) => {
                return Err(cx.err(
                    span,
                    format!("price: missing for the {name} floor; expected price = <number> with unit = \"USD/kg\", or from_costs = \"mean\""),
                ));
            }
        };
        let given: &[&str] = if matches!(price, FloorPrice::UsdPerKg(_)) { &["price"] } else { &["markup"] };
        let ill = if matches!(price, FloorPrice::FromCosts { .. }) && f.source.is_empty() && f.illustrative.is_none() {
            Vec::new()
        } else {
            cx.illustrative(&f.illustrative, &f.source, given, span)?
        };
        let codes: Vec<String> = hs6.iter().map(u32::to_string).collect();
        if !ill.is_empty() {
            notes.push(format!("the {name} floor (HS {}) is illustrative", codes.join(", ")));
        } else if !f.source.is_empty() {
            notes.push(format!("the {name} floor (HS {}): {}", codes.join(", "), f.source));
        }
        floors.push(FloorSpec { mineral, hs6, price, illustrative: !ill.is_empty(), source: f.source.clone() });
    }
    if floors.is_empty() {
        return Err(cx.err(0..0, "floor: the file has no [[floor]] table; expected at least one"));
    }
    let year = raw
        .year
        .as_ref()
        .map(|y| {
            let year = *y.get_ref();
            let years = ds.trade.years();
            if years.contains(&year) {
                Ok(year)
            } else {
                Err(cx.err(
                    y.span(),
                    format!(
                        "year: no trade in {year}; trade covers {}-{}",
                        years.first().copied().unwrap_or(0),
                        years.last().copied().unwrap_or(0)
                    ),
                ))
            }
        })
        .transpose()?;
    Ok(FloorFile { name: raw.name, club: cx.club(&raw.club)?, year, floors, costs, notes })
}

/// Reads a contracts file; contracts whose whole term ends before `as_of` are errors.
pub fn read_contracts(ds: &Dataset, path: &Path, as_of: u16) -> Result<ContractFile, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_contracts(ds, &text, path, as_of)
}

/// Parses contracts-file text (`path` only names it in errors).
pub fn parse_contracts(ds: &Dataset, text: &str, path: &Path, as_of: u16) -> Result<ContractFile, DataError> {
    let cx = Ctx { ds, text, path: path.to_path_buf() };
    let raw: RawContractFile = cx.parse(text, "expected [[contract]] tables")?;
    let mut notes = Vec::new();
    let mut contracts = Vec::new();
    for c in &raw.contract {
        let span = c.span();
        let c = c.get_ref();
        let name = c.name.get_ref().clone();
        let producer = cx.country("producer", &c.producer)?;
        let mineral = cx.mineral(&c.mineral)?;
        let hs6 = c.hs.as_ref().map(|h| cx.hs_of(mineral, *h.get_ref(), h.span())).transpose()?;
        let strike = cx.usd_per_kg("strike", &c.strike, &c.unit, span.clone())?;
        let cap = c.cap.as_ref().map(|v| cx.usd_per_kg("cap", v, &c.unit, span.clone())).transpose()?;
        if let (Some(cap), Some(v)) = (cap, &c.cap)
            && cap < strike
        {
            return Err(cx.err(v.span(), format!("cap: expected a price at or above the strike ({strike}), got {cap}")));
        }
        let market =
            c.market_price.as_ref().map(|v| cx.usd_per_kg("market_price", v, &c.unit, span.clone())).transpose()?;
        let tonnes = cx.non_negative("tonnes_per_year", &c.tonnes_per_year)?;
        let years = cx.years(&c.years)?;
        let start = *c.start.get_ref();
        if !(1990..=2200).contains(&start) {
            return Err(cx.err(c.start.span(), format!("start: expected a calendar year such as 2025, got {start}")));
        }
        let end = start + years - 1;
        if end < as_of {
            return Err(cx.err(
                c.start.span(),
                format!(
                    "start: the term {start}-{end} of contract '{name}' is wholly in the past (before {as_of}); expected a term that runs to {as_of} or later"
                ),
            ));
        }
        let ill = cx.illustrative(
            &c.illustrative,
            &c.source,
            &["strike", "tonnes_per_year", "cap", "market_price", "start", "years"],
            span,
        )?;
        if !ill.is_empty() {
            notes.push(format!("contract '{name}': illustrative figures: {}", ill.join(", ")));
        }
        if !c.source.is_empty() {
            notes.push(format!("contract '{name}': {}", c.source));
        }
        contracts.push(ContractSpec {
            name,
            producer,
            mineral,
            hs6,
            strike_usd_per_kg: strike,
            tonnes_per_year: tonnes,
            start_year: start,
            years,
            cap_usd_per_kg: cap,
            market_price_usd_per_kg: market,
            source: c.source.clone(),
            illustrative: ill,
        });
    }
    if contracts.is_empty() {
        return Err(cx.err(0..0, "contract: the file has no [[contract]] table; expected at least one"));
    }
    Ok(ContractFile { contracts, notes })
}

/// Reads an offtake file.
pub fn read_offtakes(ds: &Dataset, path: &Path) -> Result<OfftakeFile, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_offtakes(ds, &text, path)
}

/// Parses offtake-file text (`path` only names it in errors).
pub fn parse_offtakes(ds: &Dataset, text: &str, path: &Path) -> Result<OfftakeFile, DataError> {
    let cx = Ctx { ds, text, path: path.to_path_buf() };
    let raw: RawOfftakeFile = cx.parse(text, "expected club and [[offtake]] tables")?;
    let mut notes = Vec::new();
    let mut offtakes = Vec::new();
    for o in &raw.offtake {
        let span = o.span();
        let o = o.get_ref();
        let name = o.name.get_ref().clone();
        let buyer = cx.country("buyer", &o.buyer)?;
        let seller = cx.country("seller", &o.seller)?;
        if buyer == seller {
            return Err(cx.err(o.seller.span(), "seller: expected a country other than the buyer"));
        }
        let mineral = cx.mineral(&o.mineral)?;
        let tonnes = cx.non_negative("tonnes_per_year", &o.tonnes_per_year)?;
        let years = cx.years(&o.years)?;
        let ill = cx.illustrative(&o.illustrative, &o.source, &["tonnes_per_year", "start", "years"], span)?;
        if !ill.is_empty() {
            notes.push(format!("offtake '{name}': illustrative figures: {}", ill.join(", ")));
        }
        offtakes.push(OfftakeSpec {
            name,
            buyer,
            seller,
            mineral,
            tonnes_per_year: tonnes,
            start_year: *o.start.get_ref(),
            years,
            illustrative: !ill.is_empty(),
        });
    }
    if offtakes.is_empty() {
        return Err(cx.err(0..0, "offtake: the file has no [[offtake]] table; expected at least one"));
    }
    Ok(OfftakeFile { club: cx.club(&raw.club)?, offtakes, notes })
}

/// Reads a certified-supplier file.
pub fn read_certified(ds: &Dataset, path: &Path) -> Result<CertifiedFile, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_certified(ds, &text, path)
}

/// Parses certified-supplier text (`path` only names it in errors). Suppliers may be countries
/// or coalitions (their members).
pub fn parse_certified(ds: &Dataset, text: &str, path: &Path) -> Result<CertifiedFile, DataError> {
    let cx = Ctx { ds, text, path: path.to_path_buf() };
    let raw: RawCertifiedFile = cx.parse(text, "expected name, club, minerals, suppliers, source, illustrative")?;
    let mut suppliers = Vec::new();
    for s in raw.suppliers.get_ref() {
        let e = ds.resolve_economy(s.get_ref()).map_err(|e| cx.err(s.span(), format!("suppliers: {e}")))?;
        for m in e.members {
            if !suppliers.contains(&m) {
                suppliers.push(m);
            }
        }
    }
    if suppliers.is_empty() {
        return Err(cx.err(raw.suppliers.span(), "suppliers: expected at least one country or coalition"));
    }
    let mut minerals = Vec::new();
    for m in &raw.minerals {
        minerals.push(cx.mineral(m)?);
    }
    if raw.source.trim().is_empty() && !raw.illustrative {
        return Err(cx.err(
            raw.suppliers.span(),
            "source: missing; give source = \"...\" for the certification list or mark it illustrative = true",
        ));
    }
    let notes = if raw.illustrative {
        vec![format!("the certified-supplier set '{}' is illustrative", raw.name)]
    } else {
        vec![format!("certified suppliers: {}", raw.source)]
    };
    Ok(CertifiedFile { name: raw.name, club: cx.club(&raw.club)?, minerals, suppliers, notes })
}
