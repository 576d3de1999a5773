//! Property tests: raising the floor never lowers the adjustment; a member's own production never
//! pays; payments are zero when the reference is above the strike.

use critmin_core::{CountryId, MineralId, Tonnes};
use critmin_market::{Contract, Floor, PriceScale, UsdPerKg, border_adjustment, payment_per_year};
use proptest::prelude::*;

use crate::fixture::*;

fn flows() -> impl Strategy<Value = Vec<(CountryId, CountryId, u32, f64, Option<f64>)>> {
    prop::collection::vec(
        (0u16..4, 0u16..4, prop::bool::ANY, 0.0f64..1e4, prop::option::weighted(0.9, 0.0f64..1e3)),
        1..40,
    )
    .prop_map(|v| {
        v.into_iter()
            .filter(|(e, i, ..)| e != i)
            .map(|(e, i, second, value, q)| (CountryId(e), CountryId(i), if second { HS2 } else { HS }, value, q))
            .collect()
    })
}

proptest! {
    #[test]
    fn raising_the_floor_never_lowers_the_adjustment(fl in flows(), f1 in 0.01f64..50.0, step in 0.0f64..50.0) {
        let ds = world(&fl);
        prop_assume!(ds.trade.has_rows(HS, YEAR) || ds.trade.has_rows(HS2, YEAR));
        let at = |p: f64| {
            let floors = [HS, HS2].map(|hs| Floor { mineral: MINERAL, hs6: hs, price: UsdPerKg(p) });
            border_adjustment(&ds, &club(&ds), &floors, YEAR, &PriceScale::Recorded).unwrap().total
        };
        let (lo, hi) = (at(f1), at(f1 + step));
        prop_assert!(hi.adjustment_kusd >= lo.adjustment_kusd - 1e-9);
        prop_assert!(hi.affected_t >= lo.affected_t - 1e-9);
    }

    #[test]
    fn members_own_supply_never_pays(fl in flows(), floor in 0.01f64..50.0) {
        let ds = world(&fl);
        prop_assume!(ds.trade.has_rows(HS, YEAR) || ds.trade.has_rows(HS2, YEAR));
        let floors = [HS, HS2].map(|hs| Floor { mineral: MINERAL, hs6: hs, price: UsdPerKg(floor) });
        let r = border_adjustment(&ds, &club(&ds), &floors, YEAR, &PriceScale::Recorded).unwrap();
        prop_assert!(r.by_exporter.iter().all(|p| p.country != A && p.country != B));
        // The same world without the members' shipments collects the same adjustment.
        let external: Vec<_> = fl.iter().copied().filter(|f| f.0 != A && f.0 != B).collect();
        let ds2 = world(&external);
        let total2 = if ds2.trade.has_rows(HS, YEAR) || ds2.trade.has_rows(HS2, YEAR) {
            border_adjustment(&ds2, &club(&ds2), &floors, YEAR, &PriceScale::Recorded).unwrap().total.adjustment_kusd
        } else {
            0.0
        };
        prop_assert!((r.total.adjustment_kusd - total2).abs() <= 1e-9 * total2.max(1.0));
        prop_assert!(r.total.adjustment_kusd >= 0.0);
    }

    #[test]
    fn no_payment_when_the_reference_is_above_the_strike(
        strike in 0.1f64..500.0, above in 0.0f64..500.0, tonnes in 0.0f64..1e5, below in 0.0f64..1.0
    ) {
        let c = Contract {
            name: "c".into(), producer: CountryId(0), mineral: MineralId(0), hs6: None,
            strike: UsdPerKg(strike), tonnes_per_year: Tonnes(tonnes), start_year: 2025, years: 10, cap: None,
        };
        prop_assert_eq!(payment_per_year(&c, UsdPerKg(strike + above)).0, 0.0);
        let low = payment_per_year(&c, UsdPerKg(strike * below)).0;
        prop_assert!(low >= 0.0);
        prop_assert!((low - (strike - strike * below) * tonnes).abs() <= 1e-9 * low.max(1.0));
        // With a cap, a price above the strike never costs the government anything.
        let capped = Contract { cap: Some(UsdPerKg(strike * 1.5)), ..c };
        prop_assert!(payment_per_year(&capped, UsdPerKg(strike + above)).0 <= 0.0);
    }
}
