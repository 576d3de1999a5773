//! Bad input: oversized bodies, malformed JSON, unknown fields, negative tonnes, unknown minerals,
//! wrong types, unknown routes and methods: a 4xx with the error shape and a clear message.

use serde_json::json;

use crate::both;
use axum::body::Body;

use crate::common::{Fixture, error_message, request, stockpile};

both!(bad_input_is_a_clear_4xx, bad_input);

async fn bad_input(url: String) {
    let f = Fixture::new(&url).await;
    let t = Some(f.jp.as_str());
    let post = |body: serde_json::Value| f.call("POST", "/api/declarations", t, Some(body));

    // Oversized body.
    let big = format!(
        "{{\"kind\":\"stockpile\",\"visibility\":\"public\",\"entry\":{{\"note\":\"{}\"}}}}",
        "x".repeat(300_000)
    );
    let (s, v) = f.raw("POST", "/api/declarations", t, Some(&big), Some("application/json")).await;
    assert_eq!(s, 413, "{v}");
    assert!(error_message(&v).contains("larger than"), "{v}");
    // Malformed JSON.
    let (s, v) = f.raw("POST", "/api/declarations", t, Some("{\"kind\": "), Some("application/json")).await;
    assert_eq!(s, 400, "{v}");
    error_message(&v);
    // Not JSON at all.
    let (s, v) = f.raw("POST", "/api/declarations", t, Some("kind=stockpile"), Some("text/plain")).await;
    assert_eq!(s, 415, "{v}");
    error_message(&v);
    // Unknown top-level field.
    let (s, v) = post(json!({"kind": "stockpile", "visibility": "public", "entry": {}, "secret": 1})).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("secret"), "{v}");
    // Unknown field in the entry.
    let mut body = stockpile("Japan", 10.0, "public");
    body["entry"]["colour"] = json!("red");
    let (s, v) = post(body).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("colour"), "{v}");
    // Negative tonnes.
    let (s, v) = post(stockpile("Japan", -5.0, "public")).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("tonnes"), "{v}");
    // Unknown mineral.
    let mut body = stockpile("Japan", 10.0, "public");
    body["entry"]["mineral"] = json!("unobtainium");
    let (s, v) = post(body).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("unobtainium"), "{v}");
    // Unknown visibility, unknown kind, wrong type.
    let (s, v) = post(json!({"kind": "stockpile", "visibility": "secret", "entry": {}})).await;
    assert_eq!(s, 422, "{v}");
    let (s, v) = post(json!({"kind": "loan", "visibility": "public", "entry": {}})).await;
    assert_eq!(s, 422, "{v}");
    let mut body = stockpile("Japan", 10.0, "public");
    body["entry"]["tonnes"] = json!("ten");
    let (s, v) = post(body).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("tonnes"), "{v}");
    // A null value, a need with a negative month.
    let mut body = stockpile("Japan", 10.0, "public");
    body["entry"]["agency"] = json!(null);
    assert_eq!(post(body).await.0, 422);
    let need = json!({"kind": "need", "visibility": "private",
        "entry": {"partner": "Japan", "mineral": "cobalt", "start": "2026-01", "tonnes": [1.0, -2.0]}});
    let (s, v) = post(need).await;
    assert_eq!(s, 422, "{v}");
    // Nothing of the above was stored or audited.
    assert!(f.call("GET", "/api/declarations", Some(&f.coord), None).await.1.as_array().unwrap().is_empty());
    let (_, audit) = f.call("GET", "/api/audit", Some(&f.coord), None).await;
    assert!(
        audit["entries"].as_array().unwrap().iter().all(|e| !e["action"].as_str().unwrap().starts_with("declaration"))
    );

    // Paths, queries, routes, methods.
    let (s, v) = f.call("GET", "/api/declarations/abc", t, None).await;
    assert_eq!(s, 400, "{v}");
    error_message(&v);
    let (s, v) = f.call("GET", "/api/declarations/99999", t, None).await;
    assert_eq!(s, 404, "{v}");
    let (s, v) = f.call("GET", "/api/nothing", t, None).await;
    assert_eq!(s, 404, "{v}");
    error_message(&v);
    let (s, v) = f.call("PATCH", "/api/declarations", t, None).await;
    assert_eq!(s, 405, "{v}");
    error_message(&v);
    let (s, v) = f.call("GET", "/api/risk?mineral=cobalt", t, None).await;
    assert_eq!(s, 400, "{v}");
    assert!(error_message(&v).contains("importer"), "{v}");
    let (s, v) = f.call("GET", "/api/risk?mineral=unobtainium&importer=Japan", t, None).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("unobtainium"), "{v}");
    let (s, v) = f.call("GET", "/api/minerals/cobalt/overview?year=1850", t, None).await;
    assert_eq!(s, 422, "{v}");
    let (s, v) = f.call("POST", "/api/stress", t, Some(json!({"scenario": "no-such-scenario"}))).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("rare-earth-ban-g7plus"), "{v}");
    let (s, v) = f.call("POST", "/api/stress", t, Some(json!({"text": "name = 3"}))).await;
    assert_eq!(s, 422, "{v}");
    let (s, v) =
        f.call("POST", "/api/stress", t, Some(json!({"scenario": "rare-earth-ban-g7plus", "runs": 1_000_000}))).await;
    assert_eq!(s, 422, "{v}");
    assert!(error_message(&v).contains("runs"), "{v}");
}

both!(method_not_allowed_names_the_allowed_methods, method_not_allowed);

/// Every route, asked with a method it does not take: 405, the error shape, and an `Allow` header
/// listing exactly the methods of `routes()` (GET with HEAD).
async fn method_not_allowed(url: String) {
    let f = Fixture::new(&url).await;
    let t = Some(f.coord.as_str());
    let mut checked = 0;
    for (path, methods, _) in critmin_server::api::routes() {
        let concrete = path.replace("{mineral}", "cobalt").replace("{country}", "JPN").replace("{id}", "1");
        let mut expected: Vec<String> = methods.iter().map(|m| m.to_uppercase()).collect();
        if methods.contains(&"get") {
            expected.push("HEAD".into());
        }
        expected.sort();
        for wrong in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            if methods.contains(&wrong.to_lowercase().as_str()) {
                continue;
            }
            let req = request(wrong, &concrete, t).header("content-type", "application/json").body(Body::from("{}"));
            let (s, headers, v) = f.send(req.unwrap()).await;
            assert_eq!(s, 405, "{wrong} {path}: {v}");
            assert_eq!(v["error"]["code"], "method_not_allowed", "{wrong} {path}: {v}");
            assert!(error_message(&v).contains("it takes"), "{v}");
            assert_eq!(headers.get("content-type").unwrap(), "application/json", "{wrong} {path}");
            let allow = headers.get("allow").unwrap_or_else(|| panic!("{wrong} {path}: no Allow header"));
            let mut got: Vec<String> = allow.to_str().unwrap().split(',').map(|m| m.trim().to_string()).collect();
            got.sort();
            assert_eq!(got, expected, "{wrong} {path}");
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked}");
    // The dashboard's pages take GET only.
    let (s, headers, v) = f.send(request("POST", "/", None).body(Body::empty()).unwrap()).await;
    assert_eq!(s, 405, "{v}");
    error_message(&v);
    assert_eq!(headers.get("allow").unwrap(), "GET, HEAD");
}

both!(reads_and_a_stress_run, reads);

async fn reads(url: String) {
    let f = Fixture::new(&url).await;
    let t = Some(f.obs.as_str());
    let (s, v) = f.call("GET", "/api/risk?mineral=cobalt&importer=Japan&year=2022", t, None).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["mineral"], "Cobalt");
    assert_eq!(v["year"], 2022);
    // Cached: the same bytes the second time.
    assert_eq!(f.call("GET", "/api/risk?mineral=cobalt&importer=Japan&year=2022", t, None).await.1, v);
    let (s, v) = f.call("GET", "/api/minerals/rare%20earths/overview", t, None).await;
    assert_eq!(s, 200, "{v}");
    assert!(!v["production"]["by_country"].as_array().unwrap().is_empty());
    assert!(!v["coalitions"].as_array().unwrap().is_empty());
    let (s, v) = f.call("GET", "/api/countries/JPN", t, None).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["name"], "Japan");
    let (s, v) = f.call("POST", "/api/stress", t, Some(json!({"scenario": "rare-earth-ban-g7plus", "runs": 20}))).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["monte_carlo"]["runs"], 20);
    assert_eq!(v["months"].as_array().unwrap().len(), v["price_ratio_targets"].as_array().unwrap().len());
    // The run is audited.
    let (_, audit) = f.call("GET", "/api/audit", Some(&f.coord), None).await;
    assert!(audit["entries"].as_array().unwrap().iter().any(|e| e["action"] == "analysis.stress"));
    assert_eq!(audit["chain"]["ok"], true);
}
