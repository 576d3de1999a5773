//! Price floors kept by border adjustments: a reference price per HS code for a club of members;
//! every import into a member from a non-member priced below the floor pays
//! `adjustment = max(0, floor - unit value) x tonnes`. Also reference prices from a cost table.

use std::ops::Range;

use critmin_core::{CountryId, Dataset, Economy, MineralId, Tonnes};
use critmin_sim::Run;

use crate::{MarketError, UsdPerKg, quantile};

/// A reference price for one HS code (one stage of production) of a mineral.
#[derive(Clone, Debug, PartialEq)]
pub struct Floor {
    pub mineral: MineralId,
    pub hs6: u32,
    pub price: UsdPerKg,
}

/// Which unit values the floor is compared with.
#[derive(Clone, Debug, PartialEq)]
pub enum PriceScale {
    /// BACI's recorded unit values of the year.
    Recorded,
    /// Recorded unit values times a factor per importer (indexed by country id), e.g. a stress
    /// test's mean price ratio over a year ([`PriceScale::from_run`]).
    PerImporter(Vec<f64>),
}

impl PriceScale {
    /// Factors from a stress-test run: for each importer, the mean over `months` of the price
    /// ratio it faces (the targeted importers' ratio in months it is targeted, the others' ratio
    /// otherwise); countries the run does not track get the others' mean ratio.
    pub fn from_run(run: &Run, months: Range<usize>) -> PriceScale {
        let months = months.start.min(run.n_months)..months.end.min(run.n_months);
        let n = months.len().max(1) as f64;
        let others = months.clone().map(|t| run.price_others[t]).sum::<f64>() / n;
        let mut factors = vec![if months.is_empty() { 1.0 } else { others }; run.n_countries];
        for (k, c) in run.importers.iter().enumerate() {
            if let Some(slot) = factors.get_mut(c.idx())
                && !months.is_empty()
            {
                *slot = months
                    .clone()
                    .map(|t| if run.at(t, k).targeted { run.price_targets[t] } else { run.price_others[t] })
                    .sum::<f64>()
                    / n;
            }
        }
        PriceScale::PerImporter(factors)
    }

    fn factor(&self, importer: CountryId) -> f64 {
        match self {
            PriceScale::Recorded => 1.0,
            PriceScale::PerImporter(f) => f.get(importer.idx()).copied().unwrap_or(1.0),
        }
    }
}

/// Sums over a set of flows into the club. Tonnes and thousand USD.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FlowTotals {
    /// Every import into members, intra-club included (tonnes where BACI reports a quantity).
    pub club_imports_t: f64,
    pub club_imports_kusd: f64,
    /// Imports into members from non-members that report a quantity.
    pub external_t: f64,
    pub external_kusd: f64,
    /// The part of `external` priced below the floor.
    pub affected_t: f64,
    pub affected_kusd: f64,
    /// The border adjustment collected.
    pub adjustment_kusd: f64,
    /// Imports from non-members with no quantity: no unit value, so not assessed (never taken as zero).
    pub unassessed_kusd: f64,
}

impl FlowTotals {
    /// Adjustment over the value of imports from non-members: the effective ad-valorem rate.
    pub fn effective_rate(&self) -> Option<f64> {
        (self.external_kusd > 0.0).then(|| self.adjustment_kusd / self.external_kusd)
    }
    /// Share of all club imports (tonnes) priced below the floor.
    pub fn affected_share(&self) -> Option<f64> {
        (self.club_imports_t > 0.0).then(|| self.affected_t / self.club_imports_t)
    }
    /// Share of imports from non-members (tonnes) priced below the floor.
    pub fn affected_share_external(&self) -> Option<f64> {
        (self.external_t > 0.0).then(|| self.affected_t / self.external_t)
    }

    fn add(&mut self, o: &FlowTotals) {
        self.club_imports_t += o.club_imports_t;
        self.club_imports_kusd += o.club_imports_kusd;
        self.external_t += o.external_t;
        self.external_kusd += o.external_kusd;
        self.affected_t += o.affected_t;
        self.affected_kusd += o.affected_kusd;
        self.adjustment_kusd += o.adjustment_kusd;
        self.unassessed_kusd += o.unassessed_kusd;
    }
}

/// Totals of one importer (a member) or one exporter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartyTotals {
    pub country: CountryId,
    pub totals: FlowTotals,
}

/// A supplier whose sales into the club would pay no adjustment: a member, or a non-member whose
/// flows are priced at or above the floor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gainer {
    pub country: CountryId,
    pub member: bool,
    /// What it already ships into the club without paying, tonnes.
    pub into_club_free_t: f64,
    /// What it ships to non-members that would pay nothing if moved into the club (all of a
    /// member's exports outside the club; a non-member's flows at or above the floor), tonnes.
    pub redirectable_t: f64,
    pub redirectable_kusd: f64,
}

/// The border adjustment of a set of floors in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct FloorReport {
    pub year: u16,
    /// One entry per floor, in the order given.
    pub per_floor: Vec<(Floor, FlowTotals)>,
    /// Members with imports, largest adjustment first.
    pub by_importer: Vec<PartyTotals>,
    /// Non-members shipping into the club, largest adjustment first.
    pub by_exporter: Vec<PartyTotals>,
    pub total: FlowTotals,
    /// Suppliers that would gain, most redirectable tonnes first.
    pub gainers: Vec<Gainer>,
}

/// Computes the border adjustment a club collects in `year` at the given floors.
pub fn border_adjustment(
    ds: &Dataset,
    club: &Economy,
    floors: &[Floor],
    year: u16,
    scale: &PriceScale,
) -> Result<FloorReport, MarketError> {
    if club.members.is_empty() {
        return Err(MarketError::EmptyClub(club.label.clone()));
    }
    for f in floors {
        let mineral = ds.mineral(f.mineral);
        if !mineral.hs_codes().any(|h| h == f.hs6) {
            return Err(MarketError::UnknownHs {
                hs6: f.hs6,
                mineral: mineral.name.clone(),
                known: mineral.hs_codes().map(|h| h.to_string()).collect::<Vec<_>>().join(", "),
            });
        }
        if !(f.price.0.is_finite() && f.price.0 > 0.0) {
            return Err(MarketError::BadNumber {
                what: format!("floor of HS {}", f.hs6),
                value: f.price.0,
                rule: "above 0 USD/kg",
            });
        }
    }
    if !floors.iter().any(|f| ds.trade.has_rows(f.hs6, year)) {
        let years = ds.trade.years();
        return Err(MarketError::NoTrade {
            mineral: floors.first().map_or_else(String::new, |f| ds.mineral(f.mineral).name.clone()),
            year,
            first: years.first().copied().unwrap_or(0),
            last: years.last().copied().unwrap_or(0),
        });
    }
    let n = ds.countries.len();
    let mut imp = vec![FlowTotals::default(); n];
    let mut exp = vec![FlowTotals::default(); n];
    let mut gain = vec![(0.0, 0.0, 0.0); n];
    let mut per_floor = Vec::with_capacity(floors.len());
    let mut total = FlowTotals::default();
    let t = &ds.trade;
    for f in floors {
        let mut acc = FlowTotals::default();
        let floor = f.price.0;
        for row in t.rows(f.hs6, year) {
            let (i, e) = (t.importer(row), t.exporter(row));
            let (member_i, member_e) = (club.contains(i), club.contains(e));
            let value = t.value(row).0 * scale.factor(i);
            let q = t.quantity(row).map_or(0.0, |q| q.0);
            if !member_i {
                if q > 0.0 && (member_e || value / q >= floor) {
                    gain[e.idx()].1 += q;
                    gain[e.idx()].2 += value;
                }
                continue;
            }
            let mut d = FlowTotals { club_imports_t: q, club_imports_kusd: value, ..FlowTotals::default() };
            if member_e {
                gain[e.idx()].0 += q;
            } else if q > 0.0 {
                d.external_t = q;
                d.external_kusd = value;
                let unit_value = value / q;
                if unit_value < floor {
                    d.affected_t = q;
                    d.affected_kusd = value;
                    d.adjustment_kusd = (floor - unit_value) * q;
                } else {
                    gain[e.idx()].0 += q;
                }
            } else {
                d.unassessed_kusd = value;
            }
            acc.add(&d);
            imp[i.idx()].add(&d);
            if !member_e {
                exp[e.idx()].add(&d);
            }
        }
        total.add(&acc);
        per_floor.push((f.clone(), acc));
    }
    let parties = |v: &[FlowTotals], keep: &dyn Fn(&FlowTotals) -> bool| {
        let mut out: Vec<PartyTotals> = v
            .iter()
            .enumerate()
            .filter(|(_, x)| keep(x))
            .map(|(c, x)| PartyTotals { country: CountryId(c as u16), totals: *x })
            .collect();
        out.sort_by(|a, b| {
            b.totals.adjustment_kusd.total_cmp(&a.totals.adjustment_kusd).then(a.country.cmp(&b.country))
        });
        out
    };
    let by_importer = parties(&imp, &|x| x.club_imports_kusd > 0.0);
    let by_exporter = parties(&exp, &|x| x.external_kusd > 0.0 || x.unassessed_kusd > 0.0);
    let mut gainers: Vec<Gainer> = gain
        .iter()
        .enumerate()
        .filter(|(_, g)| g.0 > 0.0 || g.1 > 0.0)
        .map(|(c, g)| Gainer {
            country: CountryId(c as u16),
            member: club.contains(CountryId(c as u16)),
            into_club_free_t: g.0,
            redirectable_t: g.1,
            redirectable_kusd: g.2,
        })
        .collect();
    gainers.sort_by(|a, b| b.redirectable_t.total_cmp(&a.redirectable_t).then(a.country.cmp(&b.country)));
    Ok(FloorReport { year, per_floor, by_importer, by_exporter, total, gainers })
}

/// One producer's market-economy cost of production, supplied by the user.
#[derive(Clone, Debug, PartialEq)]
pub struct CostEntry {
    pub producer: CountryId,
    pub hs6: u32,
    pub cost: UsdPerKg,
    /// Capacity, for the capacity-weighted mean.
    pub capacity: Option<Tonnes>,
}

/// How a reference price is derived from the costs of an HS code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CostMethod {
    /// Plain mean of the producers' costs.
    Mean,
    /// Mean weighted by capacity (every entry needs one).
    CapacityWeighted,
    /// The highest cost: every listed producer covers its cost.
    Max,
    /// A quantile of the costs (0..=1), e.g. 0.75.
    Quantile(f64),
}

/// A reference price from a cost table: the method's figure over the entries of `hs6`, times
/// `1 + markup`.
pub fn reference_from_costs(
    entries: &[CostEntry],
    hs6: u32,
    method: CostMethod,
    markup: f64,
) -> Result<UsdPerKg, MarketError> {
    let rows: Vec<&CostEntry> = entries.iter().filter(|e| e.hs6 == hs6).collect();
    if rows.is_empty() {
        return Err(MarketError::NoCosts { hs6 });
    }
    let costs: Vec<f64> = rows.iter().map(|e| e.cost.0).collect();
    let base = match method {
        CostMethod::Mean => costs.iter().sum::<f64>() / costs.len() as f64,
        CostMethod::Max => costs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        CostMethod::Quantile(p) => quantile(&costs, p),
        CostMethod::CapacityWeighted => {
            let mut num = 0.0;
            let mut den = 0.0;
            for e in &rows {
                let w = e.capacity.map_or(f64::NAN, |c| c.0);
                if !(w.is_finite() && w > 0.0) {
                    return Err(MarketError::BadNumber {
                        what: format!("capacity of a cost entry for HS {hs6} (needed by the capacity-weighted mean)"),
                        value: w,
                        rule: "above 0",
                    });
                }
                num += w * e.cost.0;
                den += w;
            }
            num / den
        }
    };
    if !(markup.is_finite() && markup > -1.0) {
        return Err(MarketError::BadNumber { what: "markup".into(), value: markup, rule: "above -1" });
    }
    Ok(UsdPerKg(base * (1.0 + markup)))
}
