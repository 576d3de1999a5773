//! Authorisation: every endpoint with every role. A member never reads another member's private
//! declaration, nor a per-holder figure behind an aggregate; observers only read; only
//! coordinators plan and read the audit log.

use serde_json::json;

use crate::both;
use crate::common::{Fixture, error_message, stockpile};

// Figures chosen to be recognisable anywhere in a response body.
const JP_PRIVATE: f64 = 1111.25;
const JP_AGG: f64 = 2222.75;
const DE_AGG: f64 = 3333.5;
const FR_AGG: f64 = 4444.125;
const US_PUBLIC: f64 = 5555.0625;

both!(members_never_see_others_secrets, matrix);

async fn matrix(url: String) {
    let f = Fixture::new(&url).await;
    let mut ids = vec![];
    for (tok, holder, t, vis) in [
        (&f.jp, "Japan", JP_PRIVATE, "private"),
        (&f.jp, "Japan", JP_AGG, "aggregate"),
        (&f.de, "Germany", DE_AGG, "aggregate"),
        (&f.fr, "France", FR_AGG, "aggregate"),
        (&f.us, "USA", US_PUBLIC, "public"),
    ] {
        let (s, v) = f.call("POST", "/api/declarations", Some(tok), Some(stockpile(holder, t, vis))).await;
        assert_eq!(s, 201, "{v}");
        assert_eq!(v["tonnes"], t);
        ids.push(v["id"].as_i64().unwrap());
    }
    // A coordinator-run plan, when the solver is built in.
    let need = json!({"kind": "need", "visibility": "private",
        "entry": {"partner": "Germany", "mineral": "cobalt", "start": "2026-01", "tonnes": [100.0, 200.0, 300.0]}});
    assert_eq!(f.call("POST", "/api/declarations", Some(&f.de), Some(need)).await.0, 201);
    let agreements = "[[agreement]]\nname = \"test\"\nmembers = [\"Japan\", \"Germany\", \"France\", \"USA\"]\n";
    let (s, plan) = f.call("POST", "/api/plans", Some(&f.coord), Some(json!({"agreements": agreements}))).await;
    let plan_id = if cfg!(feature = "solver") {
        assert_eq!(s, 201, "{plan}");
        Some(plan["id"].as_i64().unwrap())
    } else {
        assert_eq!(s, 501, "{plan}");
        None
    };

    // Every readable endpoint, every role: the bodies must not contain what the role may not see.
    let mut paths: Vec<String> = vec![
        "/api/me".into(),
        "/api/declarations".into(),
        "/api/aggregates".into(),
        "/api/plans".into(),
        "/api/audit".into(),
    ];
    for id in &ids {
        paths.push(format!("/api/declarations/{id}"));
        paths.push(format!("/api/declarations/{id}/history"));
    }
    if let Some(p) = plan_id {
        paths.push(format!("/api/plans/{p}"));
    }
    let secrets_of = |who: &str| -> Vec<f64> {
        match who {
            "jp" => vec![DE_AGG, FR_AGG],
            "de" => vec![JP_PRIVATE, JP_AGG, FR_AGG],
            "fr" => vec![JP_PRIVATE, JP_AGG, DE_AGG],
            "us" | "obs" => vec![JP_PRIVATE, JP_AGG, DE_AGG, FR_AGG],
            _ => vec![],
        }
    };
    for (who, tok) in [("coord", &f.coord), ("jp", &f.jp), ("de", &f.de), ("fr", &f.fr), ("us", &f.us), ("obs", &f.obs)]
    {
        for path in &paths {
            let (s, v) = f.call("GET", path, Some(tok), None).await;
            assert!(s.as_u16() < 500, "{who} GET {path}: {s} {v}");
            let text = v.to_string();
            for secret in secrets_of(who) {
                assert!(!text.contains(&secret.to_string()), "{who} GET {path} reveals {secret}: {text}");
            }
        }
    }
    // What each may read, exactly.
    let listed = |v: &serde_json::Value| -> Vec<f64> {
        let mut t: Vec<f64> = v.as_array().unwrap().iter().map(|d| d["tonnes"].as_f64().unwrap()).collect();
        t.sort_by(f64::total_cmp);
        t
    };
    assert_eq!(
        listed(&f.call("GET", "/api/declarations", Some(&f.jp), None).await.1),
        vec![JP_PRIVATE, JP_AGG, US_PUBLIC]
    );
    assert_eq!(listed(&f.call("GET", "/api/declarations", Some(&f.obs), None).await.1), vec![US_PUBLIC]);
    assert_eq!(f.call("GET", "/api/declarations", Some(&f.coord), None).await.1.as_array().unwrap().len(), 6);
    // Another member's private or aggregate declaration is "not found", not "forbidden".
    let (s, v) = f.call("GET", &format!("/api/declarations/{}", ids[0]), Some(&f.de), None).await;
    assert_eq!(s, 404);
    error_message(&v);
    assert_eq!(f.call("GET", &format!("/api/declarations/{}", ids[2]), Some(&f.jp), None).await.0, 404);
    assert_eq!(f.call("GET", &format!("/api/declarations/{}", ids[4]), Some(&f.jp), None).await.0, 200);
    // The aggregate: three holders, the exact total.
    let (_, agg) = f.call("GET", "/api/aggregates", Some(&f.obs), None).await;
    assert_eq!(agg[0]["holders"], 3);
    assert_eq!(agg[0]["total_t"], JP_AGG + DE_AGG + FR_AGG);

    // Writes: observers never; members only for their own country; others' declarations are
    // invisible (404) or forbidden (403) when public.
    let (s, v) = f.call("POST", "/api/declarations", Some(&f.obs), Some(stockpile("USA", 1.0, "public"))).await;
    assert_eq!(s, 403, "{v}");
    let (s, v) = f.call("POST", "/api/declarations", Some(&f.jp), Some(stockpile("Germany", 1.0, "public"))).await;
    assert_eq!(s, 403, "{v}");
    assert!(error_message(&v).contains("own country"), "{v}");
    assert_eq!(
        f.call("PUT", &format!("/api/declarations/{}", ids[0]), Some(&f.de), Some(stockpile("Japan", 1.0, "public")))
            .await
            .0,
        404
    );
    assert_eq!(f.call("DELETE", &format!("/api/declarations/{}", ids[0]), Some(&f.de), None).await.0, 404);
    assert_eq!(f.call("DELETE", &format!("/api/declarations/{}", ids[4]), Some(&f.de), None).await.0, 403);
    assert_eq!(f.call("POST", "/api/plans", Some(&f.jp), Some(json!({}))).await.0, 403);
    assert_eq!(f.call("GET", "/api/audit", Some(&f.jp), None).await.0, 403);
    assert_eq!(f.call("GET", "/api/plans", Some(&f.obs), None).await.0, 403);
    // No token, a malformed token, an unknown token.
    assert_eq!(f.call("GET", "/api/declarations", None, None).await.0, 401);
    assert_eq!(f.call("GET", "/api/declarations", Some("nope"), None).await.0, 401);
    let unknown = format!("cmx_{}", "0".repeat(64));
    assert_eq!(f.call("GET", "/api/declarations", Some(&unknown), None).await.0, 401);

    // The member's view of the plan: only shipments from or to its own country.
    if let Some(p) = plan_id {
        let (_, full) = f.call("GET", &format!("/api/plans/{p}"), Some(&f.coord), None).await;
        let (_, de_view) = f.call("GET", &format!("/api/plans/{p}"), Some(&f.de), None).await;
        for s in de_view["result"]["shipments"].as_array().unwrap() {
            assert!(s["from"] == "DEU" || s["to"] == "DEU", "{s}");
        }
        assert!(
            full["result"]["shipments"].as_array().unwrap().len()
                >= de_view["result"]["shipments"].as_array().unwrap().len()
        );
        let (_, us_view) = f.call("GET", &format!("/api/plans/{p}"), Some(&f.us), None).await;
        for s in us_view["result"]["shipments"].as_array().unwrap() {
            assert!(s["from"] == "USA" || s["to"] == "USA", "{s}");
        }
    }
}

both!(revoked_tokens_stop_working, revoked);

async fn revoked(url: String) {
    let f = Fixture::new(&url).await;
    assert_eq!(f.call("GET", "/api/me", Some(&f.jp), None).await.0, 200);
    assert_eq!(critmin_server::admin::revoke(&f.app.store, "METI", None).await.unwrap(), 1);
    let (s, v) = f.call("GET", "/api/me", Some(&f.jp), None).await;
    assert_eq!(s, 401);
    assert!(error_message(&v).contains("revoked"), "{v}");
    // A second bootstrap is refused.
    assert!(critmin_server::admin::bootstrap(&f.app.store, &crate::common::loaded().dataset, "again").await.is_err());
}

both!(aggregates_need_three_holders, three_holders);

async fn three_holders(url: String) {
    let f = Fixture::new(&url).await;
    for (tok, holder) in [(&f.jp, "Japan"), (&f.de, "Germany")] {
        assert_eq!(
            f.call("POST", "/api/declarations", Some(tok), Some(stockpile(holder, 10.0, "aggregate"))).await.0,
            201
        );
    }
    // Japan declaring twice is still one holder.
    assert_eq!(
        f.call("POST", "/api/declarations", Some(&f.jp), Some(stockpile("Japan", 5.0, "aggregate"))).await.0,
        201
    );
    let (_, agg) = f.call("GET", "/api/aggregates", Some(&f.de), None).await;
    assert_eq!(agg[0]["withheld"], true, "{agg}");
    assert!(agg[0].get("total_t").is_none());
    assert_eq!(
        f.call("POST", "/api/declarations", Some(&f.fr), Some(stockpile("France", 7.0, "aggregate"))).await.0,
        201
    );
    let (_, agg) = f.call("GET", "/api/aggregates", Some(&f.de), None).await;
    assert_eq!(agg[0]["total_t"], 32.0, "{agg}");
    // A withdrawn declaration leaves the total; France withdrawing hides it again.
    let id = f
        .call("GET", "/api/declarations", Some(&f.fr), None)
        .await
        .1
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["country"] == "FRA")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    assert_eq!(f.call("DELETE", &format!("/api/declarations/{id}"), Some(&f.fr), None).await.0, 200);
    let (_, agg) = f.call("GET", "/api/aggregates", Some(&f.de), None).await;
    assert_eq!(agg[0]["withheld"], true, "{agg}");
}
