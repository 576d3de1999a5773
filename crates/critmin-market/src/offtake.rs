//! Offtake contracts: how much of each member's and the club's import demand they cover, and how
//! the club's sourcing concentration changes when the contracted volume displaces other imports.

use critmin_core::{CountryId, Dataset, Economy, MineralId, Tonnes};

use crate::MarketError;

/// A buyer's contract to take a seller's output.
#[derive(Clone, Debug, PartialEq)]
pub struct Offtake {
    pub name: String,
    pub buyer: CountryId,
    pub seller: CountryId,
    pub mineral: MineralId,
    /// Gross tonnes of the traded products (the mineral's HS codes) a year.
    pub tonnes_per_year: Tonnes,
    pub start_year: u16,
    pub years: u16,
}

impl Offtake {
    /// True when the contract is in force in `year`.
    pub fn active_in(&self, year: u16) -> bool {
        year >= self.start_year && u32::from(year) < u32::from(self.start_year) + u32::from(self.years)
    }
}

/// Coverage of one member's import demand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MemberCoverage {
    pub country: CountryId,
    /// Imports in the demand year, tonnes (all the mineral's HS codes, all partners).
    pub imports_t: f64,
    /// Contracted tonnes a year.
    pub contracted_t: f64,
    /// min(contracted, imports) / imports; `None` for a member with no recorded imports.
    pub covered_share: Option<f64>,
}

/// Where the club's imports come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sourcing {
    pub total_t: f64,
    /// Herfindahl-Hirschman index of supplier shares, 0..1 (members count as suppliers).
    pub hhi: f64,
    /// Share of the named supplier, if one was named.
    pub supplier_share: Option<f64>,
    /// Share from non-members.
    pub external_share: f64,
    /// The five largest suppliers and their shares.
    pub top: Vec<(CountryId, f64)>,
}

/// Offtake coverage of one mineral.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub mineral: MineralId,
    pub year: u16,
    /// Members with imports or contracts, in the club's member order.
    pub members: Vec<MemberCoverage>,
    pub club_imports_t: f64,
    pub club_contracted_t: f64,
    /// Sum over members of min(contracted, imports), over the club's imports.
    pub club_covered_share: Option<f64>,
    /// Contracted tonnes beyond what the buyers import (not counted as coverage).
    pub excess_t: f64,
    pub before: Sourcing,
    pub after: Sourcing,
    /// Contracts counted (active in the chosen year, or all).
    pub n_contracts: usize,
}

/// Coverage of the club's imports of `mineral` in `year` by the offtakes of that mineral (all of
/// them, or those in force in `active_in`). After: each contract's volume displaces the buyer's
/// imports from non-members other than the seller, pro rata, then (if volume is left) its imports
/// from other members; the seller's flow to the buyer grows by what was displaced.
pub fn offtake_coverage(
    ds: &Dataset,
    club: &Economy,
    mineral: MineralId,
    year: u16,
    offtakes: &[Offtake],
    supplier: Option<CountryId>,
    active_in: Option<u16>,
) -> Result<Coverage, MarketError> {
    if club.members.is_empty() {
        return Err(MarketError::EmptyClub(club.label.clone()));
    }
    let m = ds.mineral(mineral);
    if !m.hs_codes().any(|hs| ds.trade.has_rows(hs, year)) {
        let years = ds.trade.years();
        return Err(MarketError::NoTrade {
            mineral: m.name.clone(),
            year,
            first: years.first().copied().unwrap_or(0),
            last: years.last().copied().unwrap_or(0),
        });
    }
    let n = ds.countries.len();
    let mut slot = vec![usize::MAX; n];
    for (k, c) in club.members.iter().enumerate() {
        slot[c.idx()] = k;
    }
    // imports[k * n + e]: member k's imports from e, tonnes.
    let mut imports = vec![0.0; club.members.len() * n];
    for hs in m.hs_codes() {
        for &buyer in &club.members {
            for row in ds.trade.importer_rows(hs, year, buyer) {
                if let Some(q) = ds.trade.quantity(row) {
                    imports[slot[buyer.idx()] * n + ds.trade.exporter(row).idx()] += q.0;
                }
            }
        }
    }
    let before = sourcing(&imports, club, n, supplier);
    let member_imports: Vec<f64> = (0..club.members.len()).map(|k| imports[k * n..(k + 1) * n].iter().sum()).collect();
    let mut contracted = vec![0.0; club.members.len()];
    let mut excess = 0.0;
    let mut n_contracts = 0;
    for o in offtakes.iter().filter(|o| o.mineral == mineral && active_in.is_none_or(|y| o.active_in(y))) {
        if !club.contains(o.buyer) {
            return Err(MarketError::BuyerOutsideClub {
                name: o.name.clone(),
                who: ds.country(o.buyer).name.clone(),
                club: club.label.clone(),
            });
        }
        n_contracts += 1;
        let k = slot[o.buyer.idx()];
        contracted[k] += o.tonnes_per_year.0;
        let row = &mut imports[k * n..(k + 1) * n];
        let mut left = o.tonnes_per_year.0;
        let mut moved = 0.0;
        for outside in [true, false] {
            let pool: f64 = (0..n)
                .filter(|&e| e != o.seller.idx() && club.contains(CountryId(e as u16)) != outside)
                .map(|e| row[e])
                .sum();
            if pool <= 0.0 || left <= 0.0 {
                continue;
            }
            let d = left.min(pool);
            for (e, x) in row.iter_mut().enumerate() {
                if e != o.seller.idx() && club.contains(CountryId(e as u16)) != outside {
                    *x *= 1.0 - d / pool;
                }
            }
            left -= d;
            moved += d;
        }
        row[o.seller.idx()] += moved;
        excess += left;
    }
    let after = sourcing(&imports, club, n, supplier);
    let members: Vec<MemberCoverage> = club
        .members
        .iter()
        .enumerate()
        .filter(|&(k, _)| member_imports[k] > 0.0 || contracted[k] > 0.0)
        .map(|(k, &c)| MemberCoverage {
            country: c,
            imports_t: member_imports[k],
            contracted_t: contracted[k],
            covered_share: (member_imports[k] > 0.0).then(|| contracted[k].min(member_imports[k]) / member_imports[k]),
        })
        .collect();
    let club_imports_t: f64 = member_imports.iter().sum();
    let covered: f64 = member_imports.iter().zip(&contracted).map(|(i, c)| c.min(*i)).sum();
    Ok(Coverage {
        mineral,
        year,
        members,
        club_imports_t,
        club_contracted_t: contracted.iter().sum(),
        club_covered_share: (club_imports_t > 0.0).then(|| covered / club_imports_t),
        excess_t: excess,
        before,
        after,
        n_contracts,
    })
}

fn sourcing(imports: &[f64], club: &Economy, n: usize, supplier: Option<CountryId>) -> Sourcing {
    let mut by = vec![0.0; n];
    for row in imports.chunks(n.max(1)) {
        for (e, x) in row.iter().enumerate() {
            by[e] += x;
        }
    }
    let total: f64 = by.iter().sum();
    let share = |x: f64| if total > 0.0 { x / total } else { 0.0 };
    let mut top: Vec<(CountryId, f64)> =
        by.iter().enumerate().filter(|(_, x)| **x > 0.0).map(|(e, x)| (CountryId(e as u16), share(*x))).collect();
    top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(5);
    Sourcing {
        total_t: total,
        hhi: by.iter().map(|x| share(*x).powi(2)).sum(),
        supplier_share: supplier.map(|s| share(by.get(s.idx()).copied().unwrap_or(0.0))),
        external_share: by
            .iter()
            .enumerate()
            .filter(|(e, _)| !club.contains(CountryId(*e as u16)))
            .map(|(_, x)| share(*x))
            .sum(),
        top,
    }
}
