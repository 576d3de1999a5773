//! Tests of the delivery plan: hand-solved small cases with exact plans, error cases, the collective
//! action calculator, and properties on random instances checked against an independent
//! max-flow bisection.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod collective;
mod hand;
mod properties;

use std::collections::HashMap;

use critmin_core::{Country, CountryId, Dataset, Mineral, MineralId, Parts, ProductionUnit};
use critmin_respond::{Agreement, Contribution, Form, Holding, LeadTimes, Need, Problem};

/// A dataset of `n` countries C0..Cn-1 and two minerals (ids 0 and 1).
pub fn dataset(n: usize) -> Dataset {
    let countries = (0..n)
        .map(|i| Country::new(i as u16 + 1, &format!("C{i:02}"), &format!("{i:02}"), &format!("Country {i}")))
        .collect();
    let mineral = |name: &str| Mineral {
        name: name.into(),
        wmd_sheet: name.into(),
        symbol: String::new(),
        aliases: vec![],
        hs_primary: Some(111111),
        hs_complementary: vec![],
        hs_description: String::new(),
        stage: String::new(),
        category: String::new(),
        unit: ProductionUnit::Tonnes,
        eol_rir: None,
    };
    Dataset::new(Parts { countries, minerals: vec![mineral("Alpha"), mineral("Beta")], ..Parts::default() }).unwrap()
}

pub fn c(i: u16) -> CountryId {
    CountryId(i)
}

pub const M: MineralId = MineralId(0);

pub fn holding(holder: u16, t: f64, lead: usize) -> Holding {
    Holding {
        holder: c(holder),
        agency: None,
        mineral: M,
        form: Form::Metal,
        contained_t: t,
        location: c(holder),
        releasable_share: 1.0,
        reserve_floor_t: 0.0,
        release_lead_months: lead,
        max_release_per_month_t: None,
        illustrative: false,
    }
}

pub fn need(partner: u16, monthly: &[f64]) -> Need {
    Need { partner: c(partner), mineral: M, monthly_t: monthly.to_vec() }
}

pub fn agreement(name: &str, members: &[u16], contribution: Contribution) -> Agreement {
    Agreement {
        name: name.into(),
        members: members.iter().map(|&i| c(i)).collect(),
        contribution,
        cost_per_t_usd: None,
        collective_release_t: None,
    }
}

pub fn problem(
    n_countries: usize,
    n_months: usize,
    holdings: Vec<Holding>,
    needs: Vec<Need>,
    agreements: Vec<Agreement>,
) -> Problem {
    Problem {
        n_months,
        holdings,
        needs,
        agreements,
        lead_times: LeadTimes::uniform(n_countries, 1),
        consumption: HashMap::new(),
    }
}
