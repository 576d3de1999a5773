//! Rapid-response files (TOML): stockpile declarations, sharing agreements, lead times and needs,
//! resolved against the dataset, each error naming the file, line and field. Format: docs/respond.md.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use critmin_core::{CountryId, Dataset, MineralId};
use critmin_respond::{Agreement, Contribution, Form, Holding, LeadTimes};
use critmin_sim::Month;

use crate::DataError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    illustrative: bool,
    #[serde(default)]
    note: String,
    #[serde(default)]
    stockpile: Vec<RawStockpile>,
    #[serde(default)]
    agreement: Vec<RawAgreement>,
    lead_times: Option<RawLeadTimes>,
    #[serde(default)]
    lead_time: Vec<RawLeadTime>,
    #[serde(default)]
    need: Vec<RawNeed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStockpile {
    holder: Spanned<String>,
    agency: Option<String>,
    mineral: Spanned<String>,
    form: Spanned<String>,
    tonnes: Spanned<f64>,
    contained: Option<Spanned<f64>>,
    location: Option<Spanned<String>>,
    releasable: Option<Spanned<f64>>,
    reserve_floor: Option<Spanned<RawFloor>>,
    lead_months: Option<Spanned<i64>>,
    max_release_per_month: Option<Spanned<f64>>,
    illustrative: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFloor {
    days: Option<f64>,
    tonnes: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgreement {
    name: Spanned<String>,
    members: Vec<Spanned<String>>,
    #[serde(default = "default_contribution")]
    contribution: Spanned<String>,
    cost_per_tonne_usd: Option<Spanned<f64>>,
    collective_release: Option<Spanned<f64>>,
}

fn default_contribution() -> Spanned<String> {
    Spanned::new(0..0, "none".into())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLeadTimes {
    same_region: Option<Spanned<i64>>,
    same_continent: Option<Spanned<i64>>,
    other: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLeadTime {
    from: Spanned<String>,
    to: Spanned<String>,
    months: Spanned<i64>,
    #[serde(default)]
    both_ways: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNeed {
    partner: Spanned<String>,
    mineral: Spanned<String>,
    start: Spanned<String>,
    tonnes: Spanned<Vec<f64>>,
}

/// Default lead times (months) by region, used where a file sets none. Assumptions, documented in
/// docs/respond.md: a month to ship within a UN M49 region, two within a continent, three between
/// continents (sea freight plus handling and customs).
pub const DEFAULT_LEAD_SAME_REGION: u8 = 1;
pub const DEFAULT_LEAD_SAME_CONTINENT: u8 = 2;
pub const DEFAULT_LEAD_OTHER: u8 = 3;

/// A declared stockpile, resolved. The reserve floor may be in days of consumption, which only the
/// caller can turn into tonnes (it knows the consumption): see [`Declarations::holdings`].
#[derive(Clone, Debug, PartialEq)]
pub struct DeclaredStockpile {
    pub holding: Holding,
    /// Reserve floor in days of the holder's consumption (converted by [`Declarations::holdings`]).
    pub floor_days: Option<f64>,
    /// 1-based line of the declaration.
    pub line: usize,
}

/// A declared need: a partner's monthly shortfall of a mineral from a month on.
#[derive(Clone, Debug, PartialEq)]
pub struct DeclaredNeed {
    pub partner: CountryId,
    pub mineral: MineralId,
    pub start: Month,
    pub monthly_t: Vec<f64>,
}

/// The contents of a rapid-response file.
#[derive(Clone, Debug)]
pub struct Declarations {
    pub path: PathBuf,
    /// The whole file is illustrative (not partners' declared figures).
    pub illustrative: bool,
    pub note: String,
    pub stockpiles: Vec<DeclaredStockpile>,
    pub agreements: Vec<Agreement>,
    /// Months within a region, within a continent, between continents.
    pub lead_defaults: (u8, u8, u8),
    /// Overrides: from, to, months.
    pub lead_overrides: Vec<(CountryId, CountryId, u8)>,
    pub needs: Vec<DeclaredNeed>,
}

impl Declarations {
    /// The holdings with every reserve floor in tonnes. `consumption(c, m)` is the holder's
    /// consumption in tonnes per month. A floor in days of a holder with no known consumption is an
    /// error, as is a floor above the holding.
    pub fn holdings(&self, consumption: impl Fn(CountryId, MineralId) -> f64) -> Result<Vec<Holding>, DataError> {
        let mut out = Vec::with_capacity(self.stockpiles.len());
        for s in &self.stockpiles {
            let mut h = s.holding.clone();
            if let Some(days) = s.floor_days {
                let per_day = consumption(h.holder, h.mineral) / critmin_respond::DAYS_PER_MONTH;
                if per_day <= 0.0 && days > 0.0 {
                    return Err(DataError::Text {
                        path: self.path.clone(),
                        line: s.line,
                        column: 0,
                        message: "reserve_floor: a floor in days needs the holder's consumption, and the dataset \
                                  shows none for this holder and mineral; give the floor in tonnes instead \
                                  (reserve_floor = { tonnes = ... })"
                            .into(),
                    });
                }
                h.reserve_floor_t = days * per_day;
                if h.reserve_floor_t > h.contained_t {
                    return Err(DataError::Text {
                        path: self.path.clone(),
                        line: s.line,
                        column: 0,
                        message: format!(
                            "reserve_floor: {days} days of consumption is {:.1} contained t, more than the {:.1} t held",
                            h.reserve_floor_t, h.contained_t
                        ),
                    });
                }
            }
            out.push(h);
        }
        Ok(out)
    }

    /// Lead times for every pair of countries: the defaults by region, then the overrides.
    /// `region` and `continent` give a small code per country id (None: unknown).
    pub fn lead_times(&self, region: &[Option<u16>], continent: &[Option<u16>]) -> LeadTimes {
        let (r, c, o) = self.lead_defaults;
        let mut lt = LeadTimes::from_regions(region, continent, r, c, o);
        for &(from, to, months) in &self.lead_overrides {
            lt.set(from, to, months);
        }
        lt
    }
}

struct Ctx<'a> {
    ds: &'a Dataset,
    text: &'a str,
    path: &'a Path,
}

impl Ctx<'_> {
    fn err(&self, span: Range<usize>, message: impl Into<String>) -> DataError {
        DataError::text(self.path, self.text, (span != (0..0)).then_some(span.start), message)
    }

    fn country(&self, field: &str, name: &Spanned<String>) -> Result<CountryId, DataError> {
        self.ds.resolve_country(name.get_ref()).map_err(|e| self.err(name.span(), format!("{field}: {e}")))
    }

    fn mineral(&self, name: &Spanned<String>) -> Result<MineralId, DataError> {
        self.ds.resolve_mineral(name.get_ref()).map_err(|e| self.err(name.span(), format!("mineral: {e}")))
    }

    fn non_negative(&self, field: &str, v: &Spanned<f64>) -> Result<f64, DataError> {
        let x = *v.get_ref();
        if x.is_finite() && x >= 0.0 {
            Ok(x)
        } else {
            Err(self.err(v.span(), format!("{field} must be a non-negative number of tonnes, got {x}")))
        }
    }

    fn share(&self, field: &str, v: &Spanned<f64>) -> Result<f64, DataError> {
        let x = *v.get_ref();
        if (0.0..=1.0).contains(&x) {
            Ok(x)
        } else {
            Err(self.err(v.span(), format!("{field} must be a share between 0 and 1, got {x} (write 0.5 for 50%)")))
        }
    }

    fn months(&self, field: &str, v: &Spanned<i64>) -> Result<u8, DataError> {
        u8::try_from(*v.get_ref()).ok().filter(|m| *m <= 60).ok_or_else(|| {
            self.err(v.span(), format!("{field} must be whole months from 0 to 60, got {}", v.get_ref()))
        })
    }
}

/// Reads a rapid-response file.
pub fn read_declarations(ds: &Dataset, path: &Path) -> Result<Declarations, DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_declarations(ds, &text, path)
}

/// Parses rapid-response text (`path` only names it in errors).
pub fn parse_declarations(ds: &Dataset, text: &str, path: &Path) -> Result<Declarations, DataError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        DataError::text(
            path,
            text,
            e.span().map(|s| s.start),
            format!("{} (see docs/respond.md for the format)", e.message()),
        )
    })?;
    let cx = Ctx { ds, text, path };
    let mut stockpiles = Vec::with_capacity(raw.stockpile.len());
    for s in &raw.stockpile {
        stockpiles.push(stockpile(&cx, s, raw.illustrative)?);
    }
    let mut agreements = Vec::with_capacity(raw.agreement.len());
    let mut names = HashMap::new();
    for a in &raw.agreement {
        if let Some(first) = names.insert(a.name.get_ref().clone(), a.name.span()) {
            let line = crate::error::line_col(text, first.start).0;
            return Err(
                cx.err(a.name.span(), format!("agreement '{}' is already defined on line {line}", a.name.get_ref()))
            );
        }
        let mut members = Vec::new();
        for m in &a.members {
            let e = ds.resolve_economy(m.get_ref()).map_err(|e| cx.err(m.span(), format!("members: {e}")))?;
            members.extend(e.members);
        }
        members.sort();
        members.dedup();
        if members.len() < 2 {
            return Err(cx.err(a.name.span(), "an agreement needs at least two member countries"));
        }
        let contribution = match a.contribution.get_ref().to_ascii_lowercase().as_str() {
            "consumption" => Contribution::Consumption,
            "holdings" => Contribution::Holdings,
            "none" => Contribution::None,
            other => {
                return Err(cx.err(
                    a.contribution.span(),
                    format!(
                        "contribution: '{other}' is not a rule; expected \"consumption\", \"holdings\" or \"none\""
                    ),
                ));
            }
        };
        let cost_per_t_usd =
            a.cost_per_tonne_usd.as_ref().map(|v| cx.non_negative("cost_per_tonne_usd", v)).transpose()?;
        let collective_release_t =
            a.collective_release.as_ref().map(|v| cx.non_negative("collective_release", v)).transpose()?;
        if collective_release_t.is_some() && contribution == Contribution::None {
            return Err(cx.err(
                a.name.span(),
                "collective_release needs a contribution rule (\"consumption\" or \"holdings\") to share it out",
            ));
        }
        agreements.push(Agreement {
            name: a.name.get_ref().clone(),
            members,
            contribution,
            cost_per_t_usd,
            collective_release_t,
        });
    }
    let mut lead_defaults = (DEFAULT_LEAD_SAME_REGION, DEFAULT_LEAD_SAME_CONTINENT, DEFAULT_LEAD_OTHER);
    if let Some(l) = &raw.lead_times {
        if let Some(v) = &l.same_region {
            lead_defaults.0 = cx.months("lead_times.same_region", v)?;
        }
        if let Some(v) = &l.same_continent {
            lead_defaults.1 = cx.months("lead_times.same_continent", v)?;
        }
        if let Some(v) = &l.other {
            lead_defaults.2 = cx.months("lead_times.other", v)?;
        }
    }
    let mut lead_overrides = Vec::new();
    for l in &raw.lead_time {
        let (from, to) = (cx.country("from", &l.from)?, cx.country("to", &l.to)?);
        let months = cx.months("months", &l.months)?;
        lead_overrides.push((from, to, months));
        if l.both_ways {
            lead_overrides.push((to, from, months));
        }
    }
    let mut needs = Vec::new();
    for n in &raw.need {
        let start = Month::parse(n.start.get_ref()).ok_or_else(|| {
            cx.err(n.start.span(), format!("start: '{}' is not a month; expected \"YYYY-MM\"", n.start.get_ref()))
        })?;
        if let Some(x) = n.tonnes.get_ref().iter().find(|x| !(x.is_finite() && **x >= 0.0)) {
            return Err(
                cx.err(n.tonnes.span(), format!("tonnes: needs must be non-negative tonnes per month, got {x}"))
            );
        }
        needs.push(DeclaredNeed {
            partner: cx.country("partner", &n.partner)?,
            mineral: cx.mineral(&n.mineral)?,
            start,
            monthly_t: n.tonnes.get_ref().clone(),
        });
    }
    Ok(Declarations {
        path: path.to_path_buf(),
        illustrative: raw.illustrative,
        note: raw.note,
        stockpiles,
        agreements,
        lead_defaults,
        lead_overrides,
        needs,
    })
}

fn stockpile(cx: &Ctx, s: &RawStockpile, file_illustrative: bool) -> Result<DeclaredStockpile, DataError> {
    let holder = cx.country("holder", &s.holder)?;
    let mineral = cx.mineral(&s.mineral)?;
    let form = Form::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(s.form.get_ref())).ok_or_else(|| {
        let names: Vec<_> = Form::ALL.iter().map(|f| f.name()).collect();
        cx.err(
            s.form.span(),
            format!("form: '{}' is not a form; expected one of {}", s.form.get_ref(), names.join(", ")),
        )
    })?;
    let tonnes = cx.non_negative("tonnes", &s.tonnes)?;
    let contained = match (&s.contained, form) {
        (Some(v), _) => {
            let x = *v.get_ref();
            if !(x > 0.0 && x <= 1.0) {
                return Err(cx.err(
                    v.span(),
                    format!("contained must be the mineral's share of the form's mass, above 0 and at most 1, got {x}"),
                ));
            }
            x
        }
        (None, Form::Metal) => 1.0,
        (None, _) => {
            return Err(cx.err(
                s.form.span(),
                format!(
                    "a stockpile in {} form needs `contained`, the share of the mineral in the form's mass \
                     (e.g. contained = 0.85 for an oxide that is 85% metal); only metal defaults to 1",
                    form.name()
                ),
            ));
        }
    };
    let contained_t = tonnes * contained;
    let location = s.location.as_ref().map(|l| cx.country("location", l)).transpose()?.unwrap_or(holder);
    let releasable_share = s.releasable.as_ref().map(|v| cx.share("releasable", v)).transpose()?.unwrap_or(1.0);
    let (mut reserve_floor_t, mut floor_days) = (0.0, None);
    if let Some(f) = &s.reserve_floor {
        match (f.get_ref().days, f.get_ref().tonnes) {
            (Some(d), None) if d.is_finite() && d >= 0.0 => floor_days = Some(d),
            (None, Some(t)) if t.is_finite() && t >= 0.0 => {
                if t > contained_t {
                    return Err(cx.err(
                        f.span(),
                        format!("reserve_floor: {t} t kept back is more than the {contained_t} contained t held"),
                    ));
                }
                reserve_floor_t = t;
            }
            _ => {
                return Err(cx.err(
                    f.span(),
                    "reserve_floor: expected { days = N } or { tonnes = N } with a non-negative number",
                ));
            }
        }
    }
    let release_lead_months = s.lead_months.as_ref().map(|v| cx.months("lead_months", v)).transpose()?.unwrap_or(1);
    let max_release_per_month_t =
        s.max_release_per_month.as_ref().map(|v| cx.non_negative("max_release_per_month", v)).transpose()?;
    Ok(DeclaredStockpile {
        holding: Holding {
            holder,
            agency: s.agency.clone(),
            mineral,
            form,
            contained_t,
            location,
            releasable_share,
            reserve_floor_t,
            release_lead_months: usize::from(release_lead_months),
            max_release_per_month_t,
            illustrative: s.illustrative.unwrap_or(file_illustrative),
        },
        floor_days,
        line: crate::error::line_col(cx.text, s.holder.span().start).0,
    })
}

/// Reads `regions.csv` of a data folder: ISO3 → (continent, UN region). Used for default lead times.
pub fn read_regions(dir: &Path) -> Result<HashMap<String, (String, String)>, DataError> {
    let path = dir.join(crate::REGIONS_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| DataError::io(&path, e))?;
    let mut out = HashMap::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line != "iso3,continent,un_region" {
                return Err(DataError::Text {
                    path: path.clone(),
                    line: i + 1,
                    column: 1,
                    message: "expected the header iso3,continent,un_region".into(),
                });
            }
            continue;
        }
        let f: Vec<&str> = line.split(',').collect();
        let [iso3, continent, region] = f.as_slice() else {
            return Err(DataError::Text {
                path: path.clone(),
                line: i + 1,
                column: 1,
                message: format!("expected 3 fields (iso3, continent, un_region), found {}", f.len()),
            });
        };
        out.insert((*iso3).to_owned(), ((*continent).to_owned(), (*region).to_owned()));
    }
    Ok(out)
}
