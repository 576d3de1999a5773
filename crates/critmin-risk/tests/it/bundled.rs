//! The bundled world dataset: the method file's worked values and known facts of the data.

use std::sync::OnceLock;

use critmin_core::Dataset;
use critmin_risk::{Note, Options, geopolrisk, geopolrisk_with, production_concentration, risk_report};

fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        let dir = critmin_data::bundled_data_dir().expect("bundled data folder");
        critmin_data::load(&dir).expect("bundled data loads").dataset
    })
}

/// `value` printed with the same number of significant digits as `printed` equals `printed`.
fn matches_printed(value: f64, printed: &str) {
    let digits = printed.trim_start_matches(['0', '.']).replace('.', "").len();
    let formatted = format!("{:.*e}", digits.saturating_sub(1), value);
    let expected = format!("{:.*e}", digits.saturating_sub(1), printed.parse::<f64>().unwrap());
    assert_eq!(formatted, expected, "{value} vs printed {printed}");
}

const QUIRKS: Options = Options { reference_quirks: true };

/// The worked values of shared/methods/geopolrisk.md come from the reference implementation, so
/// they are reproduced with `reference_quirks` (the USA imports cobalt and aluminium from Taiwan,
/// whose WGI the reference implementation cannot find).
#[test]
fn worked_values_of_the_method_file() {
    let ds = ds();
    let usa = ds.resolve_economy("USA").unwrap();
    let g = |m: &str| geopolrisk_with(ds, ds.resolve_mineral(m).unwrap(), &usa, 2022, QUIRKS).unwrap();

    let co = g("Cobalt");
    matches_printed(co.hhi, "0.49290");
    matches_printed(co.import_risk.unwrap(), "0.36418");
    matches_printed(co.score.unwrap(), "0.17950");
    matches_printed(co.cf.unwrap(), "23.475");

    let al = g("Aluminium");
    matches_printed(al.hhi, "0.353279");
    matches_printed(al.import_risk.unwrap(), "0.271804");
    matches_printed(al.score.unwrap(), "0.0960228");
    matches_printed(al.price.unwrap(), "3.31028");

    let sb = g("Antimony");
    matches_printed(sb.hhi, "0.275447");
    matches_printed(sb.import_risk.unwrap(), "0.0559464");
    matches_printed(sb.score.unwrap(), "0.0154103");
    matches_printed(sb.price.unwrap(), "15.4286");
}

#[test]
fn without_quirks_only_taiwan_moves_the_worked_values() {
    let ds = ds();
    let usa = ds.resolve_economy("USA").unwrap();
    // Antimony: no Taiwanese supply, so the method and the reference agree.
    let sb = geopolrisk(ds, ds.resolve_mineral("Sb").unwrap(), &usa, 2022).unwrap();
    assert!(sb.notes.is_empty(), "{:?}", sb.notes);
    matches_printed(sb.import_risk.unwrap(), "0.0559464");
    // Cobalt: Taiwan supplies; with Taiwan's own WGI (more stable than 0.5) the risk is lower.
    let co = geopolrisk(ds, ds.resolve_mineral("cobalt").unwrap(), &usa, 2022).unwrap();
    assert!(co.notes.contains(&Note::TaiwanWgi));
    matches_printed(co.hhi, "0.49290");
    assert!(co.import_risk.unwrap() < 0.36418 && co.import_risk.unwrap() > 0.36);
}

#[test]
fn germanium_after_2016_has_no_trade_data_rather_than_zero_risk() {
    let ds = ds();
    let ge = ds.resolve_mineral("Germanium").unwrap();
    let usa = ds.resolve_economy("USA").unwrap();
    let g = geopolrisk(ds, ge, &usa, 2022).unwrap();
    assert_eq!(g.import_risk, None);
    assert_eq!(g.score, None);
    assert!(g.notes.contains(&Note::NoTradeData));
    let q = geopolrisk_with(ds, ge, &usa, 2022, QUIRKS).unwrap();
    assert_eq!(q.score, Some(0.0), "the reference implementation reports zero");
}

#[test]
fn natural_gas_volumes_are_converted_to_tonnes() {
    let ds = ds();
    let gas = ds.resolve_mineral("natural gas").unwrap();
    let usa = ds.resolve_economy("USA").unwrap();
    let own = geopolrisk(ds, gas, &usa, 2022).unwrap();
    let quirks = geopolrisk_with(ds, gas, &usa, 2022, QUIRKS).unwrap();
    assert!(own.notes.contains(&Note::GasVolumeConverted));
    assert!((own.domestic.0 / quirks.domestic.0 - 800.0).abs() < 1e-9);
}

#[test]
fn rare_earths_are_concentrated_in_china() {
    let ds = ds();
    let ree = ds.resolve_mineral("rare earths").unwrap();
    let p = production_concentration(ds, ree, 2022).unwrap();
    let top = p.top1().unwrap();
    assert_eq!(ds.country(top.country).iso3, "CHN");
    assert!(top.share > 0.5 && top.share < 0.9, "{}", top.share);
    assert!((p.n1_remaining_share + top.share - 1.0).abs() < 1e-12);
    let sum: f64 = p.shares.iter().map(|s| s.share).sum();
    assert!((sum - 1.0).abs() < 1e-12);
}

#[test]
fn coalition_report_separates_internal_and_external_supply() {
    let ds = ds();
    let co = ds.resolve_mineral("cobalt").unwrap();
    let eu = ds.resolve_economy("EU27").unwrap();
    let r = risk_report(ds, co, &eu, 2022, ds.resolve_country("China").ok());
    let imports = r.imports.unwrap();
    assert!(imports.lines.iter().any(|l| l.from_member), "intra-EU trade is present");
    let outside = r.outside_import_share.unwrap();
    assert!(outside > 0.0 && outside < 1.0, "{outside}");
    let share = r.economy_production_share.unwrap();
    assert!((0.0..0.05).contains(&share), "EU mine share of cobalt {share}");
    let g = r.geopolrisk.unwrap();
    assert!((0.0..=1.0).contains(&g.import_risk.unwrap()));
}
