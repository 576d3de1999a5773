//! Figures computed by hand on the four-country fixture.

use critmin_core::{CountryId, MineralId};
use critmin_risk::{
    CU_REFERENCE_CF, Note, Options, geopolrisk, geopolrisk_batch, import_risk_weight, imports,
    production_concentration, risk_report,
};

use crate::fixture::{YEAR, abcd};

const M: MineralId = MineralId(0);

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{a} != {b}");
}

#[test]
fn weights_follow_the_method() {
    close(import_risk_weight(Some(-0.5)), 0.6);
    close(import_risk_weight(Some(1.5)), 0.2);
    close(import_risk_weight(None), 0.5);
    close(import_risk_weight(Some(3.0)), 0.0);
    close(import_risk_weight(Some(-4.0)), 1.0);
}

#[test]
fn concentration_hhi_topn_and_n1() {
    let ds = abcd();
    let p = production_concentration(&ds, M, YEAR).unwrap();
    close(p.total, 100.0);
    close(p.hhi, 0.36 + 0.09 + 0.01);
    assert_eq!(p.top1().unwrap().country, CountryId(0));
    close(p.top3_share, 1.0);
    close(p.n1_remaining_share, 0.4);
    close(p.share_of(CountryId(1)), 0.3);
    close(p.share_of(CountryId(3)), 0.0);
}

#[test]
fn single_country_geopolrisk() {
    let ds = abcd();
    let d = ds.country_economy(CountryId(3));
    let g = geopolrisk(&ds, M, &d, YEAR).unwrap();
    // N = 10 x 0.6 + 5 x 0.2 = 7; F = 10 + 5 (+0 for the flow without quantity); D = 0.
    close(g.weighted_imports.0, 7.0);
    close(g.imports.0, 15.0);
    close(g.import_risk.unwrap(), 7.0 / 15.0);
    close(g.score.unwrap(), 0.46 * 7.0 / 15.0);
    // price = (20 + 15 + 7) / 15: the value of the flow without quantity still counts.
    close(g.price.unwrap(), 42.0 / 15.0);
    close(g.cf.unwrap(), 0.46 * 7.0 / 15.0 * 42.0 / 15.0 / CU_REFERENCE_CF);
    // C has no WGI estimate, but its only flow has no quantity: nothing was weighted at 0.5.
    assert!(g.notes.is_empty(), "{:?}", g.notes);
    assert!(!g.notes.contains(&Note::NoTradeData));
}

#[test]
fn coalition_is_one_unit_whose_internal_trade_carries_no_risk() {
    let ds = abcd();
    let ad = ds.resolve_economy("AD").unwrap();
    let g = geopolrisk(&ds, M, &ad, YEAR).unwrap();
    // Into D: A (member, w 0) 10 t, B 5 t; into A: B 100 t. N = 5 x 0.2 + 100 x 0.2 = 21.
    // F = 115; D = A's production 60. IR = 21 / 175.
    close(g.weighted_imports.0, 21.0);
    close(g.imports.0, 115.0);
    close(g.domestic.0, 60.0);
    close(g.import_risk.unwrap(), 21.0 / 175.0);
    close(g.price.unwrap(), 142.0 / 115.0);
}

#[test]
fn imports_by_exporter_and_shares() {
    let ds = abcd();
    let ad = ds.resolve_economy("AD").unwrap();
    let i = imports(&ds, M, &ad, YEAR).unwrap();
    assert_eq!(i.lines.len(), 3);
    assert_eq!(i.lines[0].exporter, CountryId(1));
    close(i.lines[0].quantity.0, 105.0);
    close(i.lines[0].value.0, 115.0);
    close(i.share_from(CountryId(1)).unwrap(), 105.0 / 115.0);
    close(i.share_from_outside().unwrap(), 105.0 / 115.0);
    let c_line = i.lines.iter().find(|l| l.exporter == CountryId(2)).unwrap();
    assert_eq!(c_line.unit_value(), None, "no quantity, no unit value");
    close(c_line.value_without_quantity.0, 7.0);
}

#[test]
fn report_governance_concentration_and_crma_flag() {
    let ds = abcd();
    let d = ds.country_economy(CountryId(3));
    let r = risk_report(&ds, M, &d, YEAR, Some(CountryId(0)));
    let g = r.governance.unwrap();
    // External shares: A 10/15, B 5/15; G = 10 w: A 6, B 2.
    close(g.value, (10.0f64 / 15.0).powi(2) * 6.0 + (5.0f64 / 15.0).powi(2) * 2.0);
    assert_eq!(g.top_supplier.unwrap().0, CountryId(0));
    assert!(g.crma_exceeded, "A supplies 66.7% > 65%");
    close(r.supplier_production_share.unwrap(), 0.6);
    close(r.economy_production_share.unwrap(), 0.0);
}

#[test]
fn batch_equals_single_calls() {
    let ds = abcd();
    let economies =
        vec![ds.country_economy(CountryId(3)), ds.resolve_economy("AD").unwrap(), ds.country_economy(CountryId(1))];
    let rows = geopolrisk_batch(&ds, &[M], &economies, &[YEAR], Options::default());
    assert_eq!(rows.len(), 3);
    for row in rows {
        assert_eq!(row.result, geopolrisk(&ds, M, &economies[row.economy], YEAR));
    }
}

#[test]
fn a_year_without_data_is_an_error_naming_the_years() {
    let ds = abcd();
    let err = production_concentration(&ds, M, 1999).unwrap_err();
    assert!(err.to_string().contains("years with figures: 2020"), "{err}");
}
