//! The OpenAPI document lists exactly the router's routes and methods, and each documented
//! operation answers (not 404/405) on the router.

use std::collections::BTreeSet;

use crate::both;
use crate::common::Fixture;

#[test]
fn openapi_lists_exactly_the_routes() {
    let doc: serde_json::Value = serde_json::from_str(critmin_server::api::OPENAPI).unwrap();
    assert_eq!(doc["openapi"], "3.0.3");
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, ops)| ops.as_object().unwrap().keys().map(move |m| (p.clone(), m.clone())))
        .collect();
    let routed: BTreeSet<(String, String)> = critmin_server::api::routes()
        .into_iter()
        .flat_map(|(p, methods, _)| methods.iter().map(move |m| (p.to_string(), m.to_string())))
        .collect();
    assert_eq!(documented, routed);
}

both!(documented_operations_answer, answer);

async fn answer(url: String) {
    let f = Fixture::new(&url).await;
    for (path, methods, _) in critmin_server::api::routes() {
        let concrete = path.replace("{mineral}", "cobalt").replace("{country}", "Japan").replace("{id}", "1");
        for m in methods {
            let (s, v) = f.call(&m.to_uppercase(), &concrete, Some(&f.coord), Some(serde_json::json!({}))).await;
            assert!(s != 405 && (s.as_u16() < 500 || s == 501), "{m} {concrete}: {s} {v}");
            if s == 404 {
                // Only "this record does not exist", never "no such endpoint".
                assert!(!v.to_string().contains("no such endpoint"), "{m} {concrete}: {v}");
            }
        }
    }
    let doc = f.call("GET", "/openapi.json", None, None).await;
    assert_eq!(doc.0, 200);
    assert_eq!(doc.1["info"]["title"], "critmin partners' exchange");
}
