//! Scenario files (TOML) for `critmin stress`: parsed, resolved against the dataset, checked,
//! with every error naming the file, the line and what was expected. Format: `docs/scenarios.md`.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use critmin_core::{CountryId, Dataset};
use critmin_sim::{
    Destinations, Dist, Event, Month, ParamName, Params, Project, Scenario, SpareCapacity, Stockpile, StockpileSize,
    Uncertain,
};

use crate::DataError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    name: Spanned<String>,
    #[serde(default)]
    description: String,
    mineral: Spanned<String>,
    baseline_year: Spanned<u16>,
    start: Spanned<String>,
    months: Spanned<i64>,
    #[serde(default)]
    parameters: RawParams,
    #[serde(default)]
    restriction: Vec<RawRestriction>,
    #[serde(default)]
    outage: Vec<RawOutage>,
    #[serde(default)]
    demand_shock: Vec<RawDemandShock>,
    #[serde(default)]
    stockpile: Vec<RawStockpile>,
    #[serde(default)]
    spare_capacity: Vec<RawSpare>,
    #[serde(default)]
    project: Vec<RawProject>,
    #[serde(default)]
    recycling: Vec<RawProject>,
}

/// Parameters: a number, or a distribution for Monte Carlo runs.
type RawParams = std::collections::BTreeMap<String, Spanned<toml::Value>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRestriction {
    exporters: Vec<Spanned<String>>,
    /// Optional: the minerals the restriction covers; it applies only if the scenario's mineral is one.
    minerals: Option<Vec<Spanned<String>>>,
    /// Optional: only these HS6 codes of the mineral.
    hs: Option<Spanned<Vec<u32>>>,
    destinations: Spanned<toml::Value>,
    fraction: Spanned<f64>,
    from: Spanned<String>,
    until: Option<Spanned<String>>,
    suspended: Option<RawSuspension>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSuspension {
    from: Spanned<String>,
    months: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutage {
    country: Spanned<String>,
    fraction: Spanned<f64>,
    from: Spanned<String>,
    months: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDemandShock {
    importers: Spanned<toml::Value>,
    change: Spanned<f64>,
    from: Spanned<String>,
    months: Spanned<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStockpile {
    country: Spanned<String>,
    tonnes: Option<Spanned<f64>>,
    days: Option<Spanned<f64>>,
    release_at: Spanned<f64>,
    max_monthly_draw: Spanned<f64>,
    #[serde(default)]
    illustrative: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpare {
    country: Spanned<String>,
    fraction: Spanned<f64>,
    #[serde(default = "default_ramp")]
    ramp_months: Spanned<f64>,
}

fn default_ramp() -> Spanned<f64> {
    Spanned::new(0..0, 6.0)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    #[serde(default)]
    name: String,
    country: Spanned<String>,
    tonnes_per_year: Spanned<f64>,
    from: Spanned<String>,
    #[serde(default = "default_ramp")]
    ramp_months: Spanned<f64>,
}

struct Ctx<'a> {
    ds: &'a Dataset,
    text: &'a str,
    path: PathBuf,
    start: Month,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> DataError {
        DataError::text(&self.path, self.text, Some(span.start), message)
    }

    fn country(&self, name: &Spanned<String>) -> Result<CountryId, DataError> {
        self.ds.resolve_country(name.get_ref()).map_err(|e| self.err(name.span(), e.to_string()))
    }

    /// Countries of a coalition name, or the country itself.
    fn members(&self, name: &Spanned<String>) -> Result<Vec<CountryId>, DataError> {
        self.ds.resolve_economy(name.get_ref()).map(|e| e.members).map_err(|e| self.err(name.span(), e.to_string()))
    }

    fn month(&self, m: &Spanned<String>) -> Result<i64, DataError> {
        let month = Month::parse(m.get_ref()).ok_or_else(|| {
            self.err(m.span(), format!("'{}' is not a month; expected \"YYYY-MM\", e.g. \"2026-01\"", m.get_ref()))
        })?;
        Ok(self.start.months_until(month))
    }

    fn fraction(&self, what: &str, v: &Spanned<f64>, min: f64, max: f64) -> Result<f64, DataError> {
        let x = *v.get_ref();
        if x.is_finite() && x >= min && x <= max {
            Ok(x)
        } else {
            Err(self.err(v.span(), format!("{what} must be between {min} and {max}, got {x}")))
        }
    }

    /// A parameter value: a number, or { uniform = [low, high] }, { triangular = [min, mode, max] },
    /// { normal = [mean, sd] }, { lognormal = [mu, sigma] }.
    fn dist(&self, v: &Spanned<toml::Value>) -> Result<Dist, DataError> {
        let expected = "expected a number or one of { uniform = [low, high] }, { triangular = [min, mode, max] }, \
                        { normal = [mean, sd] }, { lognormal = [mu, sigma] }";
        let numbers = |a: &toml::Value| -> Option<Vec<f64>> {
            a.as_array()?.iter().map(|x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64))).collect()
        };
        let dist = match v.get_ref() {
            toml::Value::Float(x) => Dist::Fixed(*x),
            toml::Value::Integer(i) => Dist::Fixed(*i as f64),
            toml::Value::Table(t) if t.len() == 1 => {
                let (kind, args) = t.iter().next().ok_or_else(|| self.err(v.span(), expected))?;
                let a = numbers(args).ok_or_else(|| self.err(v.span(), expected))?;
                match (kind.as_str(), a.as_slice()) {
                    ("uniform", [low, high]) => Dist::Uniform { low: *low, high: *high },
                    ("triangular", [min, mode, max]) => Dist::Triangular { min: *min, mode: *mode, max: *max },
                    ("normal", [mean, sd]) => Dist::Normal { mean: *mean, sd: *sd },
                    ("lognormal", [mu, sigma]) => Dist::LogNormal { mu: *mu, sigma: *sigma },
                    _ => return Err(self.err(v.span(), expected)),
                }
            }
            _ => return Err(self.err(v.span(), expected)),
        };
        dist.validate()
            .map_err(|e| self.err(v.span(), format!("{e} (bounds must be ordered, spreads non-negative)")))?;
        Ok(dist)
    }

    fn months(&self, v: &Spanned<i64>) -> Result<i64, DataError> {
        let m = *v.get_ref();
        if (1..=600).contains(&m) {
            Ok(m)
        } else {
            Err(self.err(v.span(), format!("months must be 1 to 600, got {m}")))
        }
    }

    fn destinations(&self, v: &Spanned<toml::Value>) -> Result<Destinations, DataError> {
        let expected = "expected \"all\", { countries = [...] }, { coalition = \"NAME\" } or { outside = \"NAME\" }";
        let span = v.span();
        let names = |value: &toml::Value| -> Result<Vec<CountryId>, DataError> {
            let list: Vec<&str> = match value {
                toml::Value::String(s) => vec![s.as_str()],
                toml::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
                _ => return Err(self.err(span.clone(), expected)),
            };
            let mut out = Vec::new();
            for name in list {
                out.extend(self.members(&Spanned::new(span.clone(), name.to_string()))?);
            }
            if out.is_empty() {
                return Err(
                    self.err(span.clone(), "the destination set is empty; name at least one country or coalition")
                );
            }
            Ok(out)
        };
        match v.get_ref() {
            toml::Value::String(s) if s.eq_ignore_ascii_case("all") => Ok(Destinations::All),
            toml::Value::Table(t) if t.len() == 1 => {
                let (key, value) = t.iter().next().ok_or_else(|| self.err(span.clone(), expected))?;
                match key.as_str() {
                    "countries" | "coalition" => Ok(Destinations::Only(names(value)?)),
                    "outside" => Ok(Destinations::AllExcept(names(value)?)),
                    other => Err(self.err(span.clone(), format!("unknown destination key '{other}'; {expected}"))),
                }
            }
            _ => Err(self.err(span, expected)),
        }
    }
}

/// Reads a scenario file and resolves it against the dataset.
pub fn read_scenario(ds: &Dataset, path: &Path) -> Result<(Scenario, Vec<String>), DataError> {
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    parse_scenario(ds, &text, path)
}

/// Parses scenario text (`path` only names it in errors). Returns the scenario and the notes an
/// output must carry (illustrative figures).
pub fn parse_scenario(ds: &Dataset, text: &str, path: &Path) -> Result<(Scenario, Vec<String>), DataError> {
    let raw: RawScenario = toml::from_str(text).map_err(|e| {
        DataError::text(
            path,
            text,
            e.span().map(|s| s.start),
            format!("{} (see docs/scenarios.md for the format)", e.message()),
        )
    })?;
    let mut cx = Ctx { ds, text, path: path.to_path_buf(), start: Month { year: 2000, month: 1 } };
    cx.start = Month::parse(raw.start.get_ref()).ok_or_else(|| {
        cx.err(raw.start.span(), format!("'{}' is not a month; expected \"YYYY-MM\"", raw.start.get_ref()))
    })?;
    let mineral = ds.resolve_mineral(raw.mineral.get_ref()).map_err(|e| cx.err(raw.mineral.span(), e.to_string()))?;
    if ds.mineral(mineral).hs_primary.is_none() {
        return Err(cx.err(
            raw.mineral.span(),
            format!("{} has no HS code, so it has no trade to simulate", ds.mineral(mineral).name),
        ));
    }
    let year = *raw.baseline_year.get_ref();
    let years = ds.trade.years();
    if !ds.mineral(mineral).hs_codes().any(|hs| ds.trade.has_rows(hs, year)) {
        return Err(cx.err(
            raw.baseline_year.span(),
            format!(
                "no trade of {} in {year}; trade covers {}-{}",
                ds.mineral(mineral).name,
                years.first().copied().unwrap_or(0),
                years.last().copied().unwrap_or(0)
            ),
        ));
    }
    let n_months = cx.months(&raw.months)?;
    let mut events = Vec::new();
    let mut notes = Vec::new();
    for r in &raw.restriction {
        let mut exporters = Vec::new();
        for e in &r.exporters {
            exporters.push(cx.country(e)?);
        }
        if exporters.is_empty() {
            return Err(cx.err(r.fraction.span(), "a restriction needs at least one exporter"));
        }
        if let Some(ms) = &r.minerals {
            let mut covered = false;
            for m in ms {
                let id = ds.resolve_mineral(m.get_ref()).map_err(|e| cx.err(m.span(), e.to_string()))?;
                covered |= id == mineral;
            }
            if !covered {
                notes.push(format!(
                    "a restriction from {} does not cover {} and is ignored in this market",
                    r.from.get_ref(),
                    ds.mineral(mineral).name
                ));
                continue;
            }
        }
        let start = cx.month(&r.from)?;
        let end = match &r.until {
            Some(u) => {
                let last = cx.month(u)?;
                if last < start {
                    return Err(
                        cx.err(u.span(), format!("ends ({}) before it starts ({})", u.get_ref(), r.from.get_ref()))
                    );
                }
                last + 1
            }
            None => n_months,
        };
        let suspended = match &r.suspended {
            Some(s) => {
                let a = cx.month(&s.from)?;
                Some((a, a + cx.months(&s.months)?))
            }
            None => None,
        };
        let hs_codes = match &r.hs {
            Some(codes) => {
                let own: Vec<u32> = ds.mineral(mineral).hs_codes().collect();
                if codes.get_ref().is_empty() {
                    return Err(cx.err(codes.span(), "hs is empty; leave it out to restrict every HS code"));
                }
                if let Some(bad) = codes.get_ref().iter().find(|c| !own.contains(c)) {
                    return Err(cx.err(
                        codes.span(),
                        format!(
                            "HS {bad} is not one of {}'s codes ({})",
                            ds.mineral(mineral).name,
                            own.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
                        ),
                    ));
                }
                Some(codes.get_ref().clone())
            }
            None => None,
        };
        events.push(Event::ExportRestriction {
            hs_codes,
            exporters,
            destinations: cx.destinations(&r.destinations)?,
            fraction: cx.fraction("fraction", &r.fraction, 0.0, 1.0)?,
            start,
            end,
            suspended,
        });
    }
    for o in &raw.outage {
        let start = cx.month(&o.from)?;
        events.push(Event::Outage {
            country: cx.country(&o.country)?,
            fraction: cx.fraction("fraction", &o.fraction, 0.0, 1.0)?,
            start,
            end: start + cx.months(&o.months)?,
        });
    }
    for d in &raw.demand_shock {
        let start = cx.month(&d.from)?;
        events.push(Event::DemandShock {
            importers: cx.destinations(&d.importers)?,
            change: cx.fraction("change", &d.change, -1.0, 10.0)?,
            start,
            end: start + cx.months(&d.months)?,
        });
    }
    let mut stockpiles = Vec::new();
    for s in &raw.stockpile {
        let country = cx.country(&s.country)?;
        let size = match (&s.tonnes, &s.days) {
            (Some(t), None) => StockpileSize::Tonnes(cx.fraction("tonnes", t, 0.0, 1e12)?),
            (None, Some(d)) => StockpileSize::DaysOfImports(cx.fraction("days", d, 0.0, 3650.0)?),
            _ => return Err(cx.err(s.country.span(), "a stockpile needs exactly one of `tonnes` or `days`")),
        };
        if s.illustrative {
            notes.push(format!("the stockpile of {} is illustrative, not a declared figure", ds.country(country).name));
        }
        stockpiles.push(Stockpile {
            country,
            size,
            release_at: cx.fraction("release_at", &s.release_at, 0.0, 1.0)?,
            max_monthly_draw: cx.fraction("max_monthly_draw", &s.max_monthly_draw, 0.0, 100.0)?,
            illustrative: s.illustrative,
        });
    }
    let mut spare_capacity = Vec::new();
    for c in &raw.spare_capacity {
        spare_capacity.push(SpareCapacity {
            country: cx.country(&c.country)?,
            fraction: cx.fraction("fraction", &c.fraction, 0.0, 10.0)?,
            ramp_months: cx.fraction("ramp_months", &c.ramp_months, 1.0, 120.0)?,
        });
    }
    let mut projects = Vec::new();
    let recycling = raw.recycling.iter().map(|p| (p, true));
    for (p, is_recycling) in raw.project.iter().map(|p| (p, false)).chain(recycling) {
        let country = cx.country(&p.country)?;
        projects.push(Project {
            name: match (is_recycling, p.name.is_empty()) {
                (true, true) => format!("recycling in {}", ds.country(country).name),
                _ => p.name.clone(),
            },
            country,
            tonnes_per_year: cx.fraction("tonnes_per_year", &p.tonnes_per_year, 0.0, 1e12)?,
            start: cx.month(&p.from)?,
            ramp_months: cx.fraction("ramp_months", &p.ramp_months, 1.0, 240.0)?,
        });
    }
    let mut params = Params::default();
    let mut uncertain = Vec::new();
    for (key, value) in &raw.parameters {
        let Some(name) = ParamName::ALL.into_iter().find(|p| p.key() == key) else {
            let known: Vec<&str> = ParamName::ALL.iter().map(|p| p.key()).collect();
            return Err(cx.err(value.span(), format!("unknown parameter '{key}'; known: {}", known.join(", "))));
        };
        let dist = cx.dist(value)?;
        let (lo, hi) = name.range();
        let central = dist.central();
        if !(lo..=hi).contains(&central) {
            return Err(cx.err(value.span(), format!("{key} must be between {lo} and {hi}, got {central}")));
        }
        name.set(&mut params, central);
        if !matches!(dist, Dist::Fixed(_)) {
            uncertain.push(Uncertain { param: name, dist });
        }
    }
    let restricts = events.iter().any(|e| matches!(e, Event::ExportRestriction { .. }));
    if !raw.parameters.contains_key("home_market_multiple") && restricts {
        notes
            .push("the restricting country's home price uses the illustrative default home_market_multiple = 1".into());
    }
    let defaults: Vec<String> = ParamName::ALL
        .iter()
        .filter(|p| !raw.parameters.contains_key(p.key()) && **p != ParamName::HomeMarketMultiple)
        .map(|p| format!("{} {}", p.key(), p.get(&Params::default())))
        .collect();
    if !defaults.is_empty() {
        notes.push(format!("parameters left at their default assumptions (docs/model.md): {}", defaults.join(", ")));
    }
    let scenario = Scenario {
        name: raw.name.get_ref().clone(),
        description: raw.description,
        mineral,
        baseline_year: year,
        first_month: cx.start,
        n_months: n_months as usize,
        events,
        stockpiles,
        spare_capacity,
        projects,
        params,
        uncertain,
    };
    Ok((scenario, notes))
}
