//! "Done when": on the bundled data, for rare earths and graphite in the latest year, the border
//! adjustment a G7+ club collects at the example floors, the NdPr contract's yearly payments and
//! the offtake coverage, each against a computation made here from the raw trade records.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use critmin_core::{Dataset, Tonnes};
use critmin_data::FloorPrice;
use critmin_market::{
    Contract, Floor, Offtake, PriceScale, ReferencePath, UsdPerKg, border_adjustment, offtake_coverage, payments,
};

pub fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| critmin_data::load(&critmin_data::bundled_data_dir().unwrap()).unwrap().dataset)
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/market").join(name)
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} != {b}");
}

#[test]
fn g7plus_border_adjustment_matches_the_raw_records() {
    let ds = ds();
    let year = *ds.trade.years().last().unwrap();
    assert_eq!(year, 2024);
    let file = critmin_data::read_floors(ds, &example("g7plus-floors.toml")).unwrap();
    let club = file.club.clone().unwrap();
    assert_eq!(club.label, "G7+");
    // The members straight from the coalition table, not through Economy::contains.
    let members: Vec<u16> =
        ds.coalitions.iter().find(|c| c.name == "G7+").unwrap().members.iter().map(|c| c.0).collect();
    assert_eq!(members.len(), 35);
    for mineral in ["rare earths", "graphite"] {
        let m = ds.resolve_mineral(mineral).unwrap();
        let floors: Vec<(u32, f64)> = file
            .floors
            .iter()
            .filter(|f| f.mineral == m)
            .flat_map(|f| {
                let price = match f.price {
                    FloorPrice::UsdPerKg(p) => p,
                    // Graphite HS 250490: (1.10x20,000 + 0.90x60,000 + 1.00x40,000) / 120,000 x 1.1
                    FloorPrice::FromCosts { .. } => (22_000.0 + 54_000.0 + 40_000.0) / 120_000.0 * 1.1,
                };
                f.hs6.iter().map(move |&h| (h, price))
            })
            .collect();
        assert!(!floors.is_empty());
        // By hand: every raw record of the year into a member from a non-member.
        let mut expected = 0.0;
        let mut affected_t = 0.0;
        for r in ds.trade.records() {
            let Some(&(_, floor)) = floors.iter().find(|(h, _)| *h == r.hs6) else { continue };
            if r.year != year || !members.contains(&r.importer.0) || members.contains(&r.exporter.0) {
                continue;
            }
            if let Some(q) = r.quantity.filter(|q| q.0 > 0.0) {
                let uv = r.value.0 / q.0;
                if uv < floor {
                    expected += (floor - uv) * q.0;
                    affected_t += q.0;
                }
            }
        }
        let fl: Vec<Floor> = floors.iter().map(|&(hs6, p)| Floor { mineral: m, hs6, price: UsdPerKg(p) }).collect();
        let r = border_adjustment(ds, &club, &fl, year, &PriceScale::Recorded).unwrap();
        assert!(expected > 0.0, "{mineral}: some imports are below the floors");
        close(r.total.adjustment_kusd, expected);
        close(r.total.affected_t, affected_t);
        let by_importer: f64 = r.by_importer.iter().map(|p| p.totals.adjustment_kusd).sum();
        let by_exporter: f64 = r.by_exporter.iter().map(|p| p.totals.adjustment_kusd).sum();
        close(by_importer, expected);
        close(by_exporter, expected);
        assert!(r.by_exporter.iter().all(|p| !members.contains(&p.country.0)));
    }
}

#[test]
fn ndpr_contract_pays_50_million_usd_a_year_at_60_usd_per_kg() {
    let ds = ds();
    let file = critmin_data::read_contracts(ds, &example("ndpr-cfd.toml"), 2026).unwrap();
    let spec = &file.contracts[0];
    assert_eq!(spec.illustrative, vec!["tonnes_per_year".to_string()]);
    assert!(file.notes.iter().any(|n| n.contains("illustrative figures: tonnes_per_year")), "{:?}", file.notes);
    let c = Contract {
        name: spec.name.clone(),
        producer: spec.producer,
        mineral: spec.mineral,
        hs6: spec.hs6,
        strike: UsdPerKg(spec.strike_usd_per_kg),
        tonnes_per_year: Tonnes(spec.tonnes_per_year),
        start_year: spec.start_year,
        years: spec.years,
        cap: None,
    };
    let path = ReferencePath::flat("market", 2025, 10, UsdPerKg(spec.market_price_usd_per_kg.unwrap()));
    let p = payments(&c, &path);
    // (110 - 60) USD/kg x 1,000 t (illustrative) = 50,000 thousand USD in each of 2025..=2034.
    assert_eq!(p.iter().map(|y| y.year).collect::<Vec<_>>(), (2025..=2034).collect::<Vec<_>>());
    assert!(p.iter().all(|y| y.payment.map(|k| k.0) == Some(50_000.0)));
}

#[test]
fn offtake_coverage_matches_the_raw_records() {
    let ds = ds();
    let year = *ds.trade.years().last().unwrap();
    let file = critmin_data::read_offtakes(ds, &example("offtakes.toml")).unwrap();
    let club = file.club.clone().unwrap();
    let offtakes: Vec<Offtake> = file
        .offtakes
        .iter()
        .map(|o| Offtake {
            name: o.name.clone(),
            buyer: o.buyer,
            seller: o.seller,
            mineral: o.mineral,
            tonnes_per_year: Tonnes(o.tonnes_per_year),
            start_year: o.start_year,
            years: o.years,
        })
        .collect();
    let members: Vec<u16> =
        ds.coalitions.iter().find(|c| c.name == "G7+").unwrap().members.iter().map(|c| c.0).collect();
    for mineral in ["rare earths", "graphite"] {
        let m = ds.resolve_mineral(mineral).unwrap();
        let codes: Vec<u32> = ds.mineral(m).hs_codes().collect();
        let imports_of = |c: u16| -> f64 {
            ds.trade
                .records()
                .filter(|r| r.year == year && r.importer.0 == c && codes.contains(&r.hs6))
                .filter_map(|r| r.quantity.map(|q| q.0))
                .sum()
        };
        let cov = offtake_coverage(ds, &club, m, year, &offtakes, None, None).unwrap();
        let mut club_imports = 0.0;
        let mut covered = 0.0;
        for &c in &members {
            let imports = imports_of(c);
            let contracted: f64 =
                offtakes.iter().filter(|o| o.mineral == m && o.buyer.0 == c).map(|o| o.tonnes_per_year.0).sum();
            club_imports += imports;
            covered += contracted.min(imports);
            if contracted > 0.0 {
                let row = cov.members.iter().find(|x| x.country.0 == c).unwrap();
                close(row.imports_t, imports);
                close(row.covered_share.unwrap(), contracted.min(imports) / imports);
            }
        }
        close(cov.club_imports_t, club_imports);
        close(cov.club_covered_share.unwrap(), covered / club_imports);
        assert_eq!(cov.n_contracts, 2);
        // Contracted volume displaces non-member supply: the share from outside the club falls.
        assert!(cov.after.external_share < cov.before.external_share);
    }
}
