//! The collective action calculator, by hand.

use critmin_respond::{Member, Rules, collective_action};

use super::c;

#[test]
fn shares_in_proportion_to_consumption_and_days_of_cover() {
    // Consumption 30 and 10 t/month: a loss peaking at 4 t/month (10%) triggers; a total loss of
    // 12 t with full coverage is released as 9 t and 3 t. Days of cover: 60 t against net imports of
    // 30 t/month = 60 / (30 / 30.4375) = 60.875 days.
    let members = [
        Member { country: c(0), consumption_t: 30.0, net_imports_t: 30.0, stock_t: 60.0 },
        Member { country: c(1), consumption_t: 10.0, net_imports_t: -5.0, stock_t: 2.0 },
    ];
    let a = collective_action(&members, 4.0, 12.0, Rules::default());
    assert!(a.triggered);
    assert!((a.loss_share - 0.1).abs() < 1e-12);
    assert!((a.release_t - 12.0).abs() < 1e-12);
    assert!((a.members[0].release_t - 9.0).abs() < 1e-12);
    assert!((a.members[1].release_t - 3.0).abs() < 1e-12);
    assert!((a.members[0].days_of_cover.unwrap() - 60.875).abs() < 1e-9);
    assert_eq!(a.members[1].days_of_cover, None, "a net exporter has no days of net imports");
    assert!((a.members[0].target_t - 90.0 * 30.0 / 30.4375).abs() < 1e-9);
    assert!(a.members[0].can_meet);
    assert!(!a.members[1].can_meet, "2 t held against a 3 t share");
}

#[test]
fn below_the_trigger_nothing_is_released() {
    let members = [Member { country: c(0), consumption_t: 100.0, net_imports_t: 100.0, stock_t: 10.0 }];
    let a = collective_action(&members, 6.9, 20.7, Rules::default());
    assert!(!a.triggered);
    assert_eq!(a.release_t, 0.0);
    assert_eq!(a.members[0].release_t, 0.0);
}
