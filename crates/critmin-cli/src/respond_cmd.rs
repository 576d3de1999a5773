//! `critmin respond`: the stress test's shortfalls met from declared stockpiles, with and without
//! coordination, the optimal delivery plan and why it is not better, and the collective action
//! calculator.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::Result;
use serde_json::json;

use critmin_core::{CountryId, Dataset, MineralId};
use critmin_data::{Loaded, PlanInput, PlanInputError, Shortfalls};
use critmin_respond::{
    Finding, Member, PartnerComparison, Plan, PlanError, Problem, Rules, collective_action, compare, national_only,
    plan, position,
};
use critmin_sim::Month;

use crate::output::{Out, big, csv, num, pct, table};
use crate::{Format, usage};

#[derive(clap::Args, Debug)]
pub struct RespondArgs {
    /// Stockpile declarations and sharing agreements (TOML; see docs/respond.md and examples/respond/).
    #[arg(long, value_name = "FILE")]
    stockpiles: PathBuf,
    /// A stress-test scenario whose monthly shortfalls are the needs (see docs/scenarios.md);
    /// without it, the needs are the [[need]] entries of the files.
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// Needs declared by hand ([[need]] entries, same format as the stockpiles file) instead of, or
    /// in addition to, the scenario's.
    #[arg(long, value_name = "FILE")]
    needs: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// How many shipments the plan table lists (largest first; JSON and CSV list all).
    #[arg(long, default_value_t = 25)]
    top: usize,
    /// Stock target of the collective action calculator, days of net imports.
    #[arg(long, default_value_t = 90.0)]
    target_days: f64,
    /// Supply loss (share of the members' consumption) that triggers a collective action.
    #[arg(long, default_value_t = 0.07)]
    trigger: f64,
}

/// Everything `respond` computed.
struct Outcome {
    input: PlanInput,
    with: Plan,
    without: Plan,
}

pub fn run(loaded: &Loaded, args: &RespondArgs, out: &mut Out) -> Result<()> {
    let ds = &loaded.dataset;
    let o = compute(loaded, args)?;
    match args.format {
        Format::Table => out.write_str(&text(ds, &o, args)?),
        Format::Json => out.line(&serde_json::to_string_pretty(&to_json(ds, &o, args))?),
        Format::Csv => out.write_str(&plan_csv(ds, &o)),
    }
}

fn compute(loaded: &Loaded, args: &RespondArgs) -> Result<Outcome> {
    let ds = &loaded.dataset;
    let decl = critmin_data::read_declarations(ds, &args.stockpiles).map_err(|e| usage(e.to_string()))?;
    let extra = args
        .needs
        .as_ref()
        .map(|p| critmin_data::read_declarations(ds, p).map_err(|e| usage(e.to_string())))
        .transpose()?;
    let scenario_run = args.scenario.as_ref().map(|path| crate::stress_cmd::load_and_run(ds, path)).transpose()?;
    let shortfalls = scenario_run.as_ref().map(|(scenario, notes, _, run)| Shortfalls { scenario, run, notes });
    let extra_needs = extra.as_ref().map_or(&[][..], |d| d.needs.as_slice());
    let input = critmin_data::plan_input(loaded, &decl, extra_needs, shortfalls).map_err(|e| match e {
        PlanInputError::NoNeeds => {
            usage("no needs: pass --scenario FILE, or declare [[need]] entries in the --needs file")
        }
        PlanInputError::NeedOutsideHorizon { .. } | PlanInputError::Floor(_) => usage(e.to_string()),
        PlanInputError::Regions(_) => anyhow::Error::new(e),
    })?;
    let explain = |e: PlanError| match e {
        PlanError::Infeasible { .. } | PlanError::Invalid(_) => usage(format!("{}: {e}", args.stockpiles.display())),
        PlanError::Solver { .. } => anyhow::Error::new(e),
    };
    let with = plan(ds, &input.problem).map_err(explain)?;
    let without = plan(ds, &national_only(&input.problem)).map_err(explain)?;
    Ok(Outcome { input, with, without })
}

fn month_label(first: Month, t: usize) -> String {
    first.plus(t as i64).to_string()
}

fn holder_label(ds: &Dataset, p: &Problem, h: usize) -> String {
    let hd = &p.holdings[h];
    hd.label(&ds.country(hd.holder).name)
}

fn share(x: f64, of: f64) -> Option<f64> {
    (of > 0.0).then(|| x / of)
}

fn text(ds: &Dataset, o: &Outcome, args: &RespondArgs) -> Result<String> {
    let mut s = String::new();
    let mut line = |x: &str| {
        s.push_str(x);
        s.push('\n');
    };
    if o.input.illustrative {
        line("ILLUSTRATIVE: the stockpile figures are illustrative, not partners' declared holdings.");
    }
    let last = month_label(o.input.first, o.input.problem.n_months.saturating_sub(1));
    line(&format!(
        "Rapid response, {} to {last}: {} partners short, {} holdings, {} agreements",
        o.input.first,
        o.with.partners.len(),
        o.input.problem.holdings.len(),
        o.input.problem.agreements.len()
    ));
    for n in &o.input.notes {
        line(&format!("note: {n}"));
    }
    let rows = compare(&o.with, &o.without);
    let worst = |f: fn(&PartnerComparison) -> f64| {
        rows.iter().map(|r| share(f(r), r.need_t).unwrap_or(0.0)).fold(0.0, f64::max)
    };
    let total = |f: fn(&PartnerComparison) -> f64| rows.iter().map(f).sum::<f64>();
    line("");
    line(&table(
        &["", "no release", "national releases only", "coordinated plan"],
        &[
            vec![
                "worst partner's unmet share".into(),
                pct(Some(worst(|r| r.need_t))),
                pct(Some(worst(|r| r.unmet_national_t))),
                pct(Some(worst(|r| r.unmet_coordinated_t))),
            ],
            vec![
                "total unmet (t)".into(),
                big(Some(total(|r| r.need_t))),
                big(Some(total(|r| r.unmet_national_t))),
                big(Some(total(|r| r.unmet_coordinated_t))),
            ],
        ],
    ));
    line("\nPer partner (t over the horizon; peak = largest monthly shortfall):");
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                ds.country(r.partner).name.clone(),
                ds.mineral(r.mineral).name.clone(),
                big(Some(r.need_t)),
                big(Some(r.unmet_national_t)),
                big(Some(r.unmet_coordinated_t)),
                pct(share(r.unmet_coordinated_t, r.need_t)),
                format!("{} → {}", big(Some(r.peak_national_t)), big(Some(r.peak_coordinated_t))),
                format!("{} → {}", r.months_short_national, r.months_short_coordinated),
                big(Some(r.received_t)),
                big(Some(r.sent_to_others_t)),
            ]
        })
        .collect();
    line(&table(
        &[
            "partner",
            "mineral",
            "need",
            "unmet, national",
            "unmet, coordinated",
            "unmet share",
            "peak (t/month)",
            "months short",
            "received",
            "sent to others",
        ],
        &body,
    ));
    let mut ships = o.with.shipments.clone();
    ships.sort_by(|a, b| b.tonnes.total_cmp(&a.tonnes));
    line(&format!(
        "\nThe plan: {} shipments, {} t{}",
        ships.len(),
        big(Some(ships.iter().map(|s| s.tonnes).sum())),
        if ships.len() > args.top {
            format!(" (largest {} shown; --format csv lists all)", args.top)
        } else {
            String::new()
        }
    ));
    let body: Vec<Vec<String>> = ships
        .iter()
        .take(args.top)
        .map(|sh| {
            vec![
                holder_label(ds, &o.input.problem, sh.holding),
                ds.country(sh.recipient).name.clone(),
                ds.mineral(sh.mineral).name.clone(),
                num(Some(sh.tonnes), 1),
                month_label(o.input.first, sh.dispatch),
                month_label(o.input.first, sh.arrival),
                sh.agreement.map_or("own stock".into(), |a| o.input.problem.agreements[a].name.clone()),
            ]
        })
        .collect();
    line(&table(&["from", "to", "mineral", "tonnes", "dispatch", "arrival", "under"], &body));
    line("\nStock after the plan (contained t):");
    let body: Vec<Vec<String>> = o
        .with
        .holdings
        .iter()
        .map(|h| {
            let hd = &o.input.problem.holdings[h.holding];
            vec![
                holder_label(ds, &o.input.problem, h.holding),
                ds.mineral(hd.mineral).name.clone(),
                big(Some(hd.contained_t)),
                big(Some(hd.available_t())),
                big(Some(h.released_t)),
                big(Some(h.stock_left_t)),
                if hd.illustrative { "illustrative".into() } else { "declared".into() },
            ]
        })
        .collect();
    line(&table(&["holder", "mineral", "held", "releasable", "released", "left", "figures"], &body));
    line("\nWhy not better (binding constraints):");
    let findings = explain(ds, o);
    if findings.is_empty() {
        line("  nothing binds: every partner's need is met.");
    }
    for f in findings {
        line(&format!("  - {f}"));
    }
    line(&collective_text(ds, o, args));
    Ok(s)
}

fn explain(ds: &Dataset, o: &Outcome) -> Vec<String> {
    let p = &o.input.problem;
    let name = |c: CountryId| ds.country(c).name.clone();
    let mut out = vec![];
    let mut forbidden: HashMap<usize, Vec<String>> = HashMap::new();
    for f in &o.with.findings {
        match f {
            Finding::HoldingExhausted { holding, released_t } => out.push(format!(
                "{} released all it may ({} t): more stock would cut shortfalls further",
                holder_label(ds, p, *holding),
                big(Some(*released_t))
            )),
            Finding::ReleaseRateBinds { holding, months } => out.push(format!(
                "{} releases at its maximum rate in {} month(s) ({} first)",
                holder_label(ds, p, *holding),
                months.len(),
                month_label(o.input.first, months[0])
            )),
            Finding::LeadTimeTooLong { partner, unreachable_t, earliest_arrival, .. } => out.push(format!(
                "{}: {} t of need falls before {}, the earliest any allowed stock can arrive (release lead time + shipping)",
                name(*partner),
                big(Some(*unreachable_t)),
                month_label(o.input.first, *earliest_arrival)
            )),
            Finding::NoAllowedStock { partner, mineral, unmet_t } => out.push(format!(
                "{}: no agreement lets any holder of {} ship to it ({} t unmet)",
                name(*partner),
                ds.mineral(*mineral).name,
                big(Some(*unmet_t))
            )),
            Finding::RuleForbids { holding, partner, .. } => {
                forbidden.entry(*holding).or_default().push(name(*partner));
            }
            Finding::ContributionBinds { agreement, limiting_member, .. } => out.push(format!(
                "agreement '{}': {} has given its whole share under the contribution rule, which caps what the others give",
                p.agreements[*agreement].name,
                name(*limiting_member)
            )),
            Finding::MembersWithoutStock { agreement, mineral, members } => out.push(format!(
                "agreement '{}': {} declare(s) no releasable {} stock and contribute nothing",
                p.agreements[*agreement].name,
                members.iter().map(|&c| name(c)).collect::<Vec<_>>().join(", "),
                ds.mineral(*mineral).name
            )),
        }
    }
    let mut forbidden: Vec<_> = forbidden.into_iter().collect();
    forbidden.sort_by_key(|(h, _)| *h);
    for (h, partners) in forbidden {
        let left = o.with.holdings.iter().find(|x| x.holding == h).map_or(0.0, |x| x.releasable_left_t);
        out.push(format!(
            "{} still has {} t releasable, but no agreement lets it ship to {}",
            holder_label(ds, p, h),
            big(Some(left)),
            partners.join(", ")
        ));
    }
    out
}

/// The IEA-style calculator over the partners: the trigger compares the partners' peak monthly
/// shortfall (before any release) with their consumption; the release is the total shortfall.
fn collective(
    ds: &Dataset,
    o: &Outcome,
    args: &RespondArgs,
) -> Vec<(MineralId, f64, f64, critmin_respond::CollectiveAction)> {
    let mut out = vec![];
    let mut minerals: Vec<MineralId> = o.input.problem.needs.iter().map(|n| n.mineral).collect();
    minerals.sort();
    minerals.dedup();
    for m in minerals {
        let pos = position(ds, m, o.input.year);
        let mut total = vec![0.0; o.input.problem.n_months];
        for n in o.input.problem.needs.iter().filter(|n| n.mineral == m) {
            total.iter_mut().zip(&n.monthly_t).for_each(|(a, b)| *a += b);
        }
        let loss = total.iter().copied().fold(0.0, f64::max);
        let months = total.iter().filter(|&&x| x > 1e-9).count() as f64;
        let sum: f64 = total.iter().sum();
        let members: Vec<Member> = o
            .input
            .partners
            .iter()
            .map(|&c| Member {
                country: c,
                consumption_t: pos.consumption_t[c.idx()],
                net_imports_t: pos.net_imports_t[c.idx()],
                stock_t: o
                    .input
                    .problem
                    .holdings
                    .iter()
                    .filter(|h| h.holder == c && h.mineral == m)
                    .map(|h| h.available_t())
                    .fold(0.0, |a, b| a + b), // (an empty f64 sum is -0.0)
            })
            .collect();
        let rules = Rules { trigger_share: args.trigger, target_days: args.target_days, coverage: 1.0 };
        out.push((m, loss, months, collective_action(&members, loss, sum, rules)));
    }
    out
}

fn collective_text(ds: &Dataset, o: &Outcome, args: &RespondArgs) -> String {
    let mut s = String::new();
    for (m, loss, months, a) in collective(ds, o, args) {
        s.push_str(&format!(
            "\nCollective action calculator ({}, IEA-style): loss peaks at {} t/month over {} months short = {} of the \
             partners' consumption; trigger {} → {}; release {} t (the total shortfall) shared in proportion to \
             consumption ({} apparent consumption):\n",
            ds.mineral(m).name,
            big(Some(loss)),
            months,
            pct(Some(a.loss_share)),
            pct(Some(args.trigger)),
            if a.triggered { "collective action" } else { "below the trigger" },
            big(Some(a.release_t)),
            o.input.year
        ));
        let mut members = a.members.clone();
        members.sort_by(|x, y| y.share.total_cmp(&x.share));
        let body: Vec<Vec<String>> = members
            .iter()
            .filter(|x| x.share > 0.0 || x.stock_t > 0.0)
            .map(|x| {
                vec![
                    ds.country(x.country).name.clone(),
                    pct(Some(x.share)),
                    big(Some(x.release_t)),
                    big(Some(x.stock_t)),
                    x.days_of_cover.map_or("net exporter".into(), |d| num(Some(d), 0)),
                    big(Some(x.target_t)),
                    if x.can_meet { "yes".into() } else { "no".into() },
                ]
            })
            .collect();
        s.push_str(&table(
            &[
                "member",
                "share",
                "release (t)",
                "stock (t)",
                "days of net imports",
                &format!("{}-day target (t)", args.target_days),
                "stock covers share",
            ],
            &body,
        ));
    }
    s
}

fn to_json(ds: &Dataset, o: &Outcome, args: &RespondArgs) -> serde_json::Value {
    let iso = |c: CountryId| ds.country(c).iso3.clone();
    let mut js = critmin_data::json::plan_json(ds, &o.input, &o.with, &o.without);
    js["explanation"] = json!(explain(ds, o));
    js["collective_action"] = collective(ds, o, args)
        .into_iter()
        .map(|(m, loss, months, a)| {
            json!({
                "mineral": ds.mineral(m).name, "loss_t_per_month": loss, "months": months, "loss_share": a.loss_share,
                "triggered": a.triggered, "release_t": a.release_t,
                "members": a.members.iter().map(|x| json!({
                    "iso3": iso(x.country), "share": x.share, "release_t": x.release_t, "stock_t": x.stock_t,
                    "days_of_cover": x.days_of_cover, "target_t": x.target_t, "can_meet": x.can_meet,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    js
}

fn plan_csv(ds: &Dataset, o: &Outcome) -> String {
    let p = &o.input.problem;
    let rows: Vec<Vec<String>> = o
        .with
        .shipments
        .iter()
        .map(|s| {
            vec![
                ds.country(p.holdings[s.holding].holder).iso3.clone(),
                p.holdings[s.holding].agency.clone().unwrap_or_default(),
                ds.country(s.recipient).iso3.clone(),
                ds.mineral(s.mineral).name.clone(),
                format!("{:.3}", s.tonnes),
                month_label(o.input.first, s.dispatch),
                month_label(o.input.first, s.arrival),
                s.agreement.map_or(String::new(), |a| p.agreements[a].name.clone()),
                p.holdings[s.holding].illustrative.to_string(),
            ]
        })
        .collect();
    csv(&["from", "agency", "to", "mineral", "tonnes", "dispatch", "arrival", "agreement", "illustrative"], &rows)
}
