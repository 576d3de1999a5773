//! Versions and history, the audit chain (and `verify` naming the first bad entry after
//! tampering), and atomicity: a failed transaction leaves nothing behind.

use serde_json::json;

use crate::both;
use crate::common::{Fixture, stockpile};
use critmin_server::store::{self, NewVersion};

both!(every_change_is_a_version, versions);

async fn versions(url: String) {
    let f = Fixture::new(&url).await;
    let (_, v1) = f.call("POST", "/api/declarations", Some(&f.jp), Some(stockpile("Japan", 100.0, "private"))).await;
    let id = v1["id"].as_i64().unwrap();
    let (s, v2) =
        f.call("PUT", &format!("/api/declarations/{id}"), Some(&f.jp), Some(stockpile("Japan", 120.0, "public"))).await;
    assert_eq!(s, 200, "{v2}");
    assert_eq!(v2["version"], 2);
    let (s, v3) = f.call("DELETE", &format!("/api/declarations/{id}"), Some(&f.jp), None).await;
    assert_eq!(s, 200, "{v3}");
    assert_eq!(v3["status"], "withdrawn");
    assert_eq!(f.call("DELETE", &format!("/api/declarations/{id}"), Some(&f.jp), None).await.0, 409);
    let (_, hist) = f.call("GET", &format!("/api/declarations/{id}/history"), Some(&f.jp), None).await;
    let tonnes: Vec<f64> = hist.as_array().unwrap().iter().map(|d| d["tonnes"].as_f64().unwrap()).collect();
    assert_eq!(tonnes, vec![100.0, 120.0, 120.0]);
    // Germany sees only the public version 2 (a withdrawn one is not listed, the private one never).
    let (_, hist) = f.call("GET", &format!("/api/declarations/{id}/history"), Some(&f.de), None).await;
    assert_eq!(hist.as_array().unwrap().len(), 1, "{hist}");
    assert_eq!(hist[0]["version"], 2);
    // Kind and country cannot change.
    let (_, d) = f.call("POST", "/api/declarations", Some(&f.coord), Some(stockpile("France", 1.0, "private"))).await;
    let need = json!({"kind": "need", "visibility": "private", "entry": {"partner": "France", "mineral": "cobalt", "start": "2026-01", "tonnes": [1.0]}});
    assert_eq!(f.call("PUT", &format!("/api/declarations/{}", d["id"]), Some(&f.coord), Some(need)).await.0, 422);
    assert_eq!(
        f.call(
            "PUT",
            &format!("/api/declarations/{}", d["id"]),
            Some(&f.coord),
            Some(stockpile("Italy", 1.0, "private"))
        )
        .await
        .0,
        422
    );
}

both!(audit_chain_names_the_first_bad_entry, audit_chain);

async fn audit_chain(url: String) {
    let f = Fixture::new(&url).await;
    for t in [10.0, 20.0, 30.0] {
        f.call("POST", "/api/declarations", Some(&f.jp), Some(stockpile("Japan", t, "private"))).await;
    }
    let st = &f.app.store;
    // bootstrap (2 entries), 5 participants and tokens (10), 3 declarations.
    assert_eq!(critmin_server::admin::verify(st).await.unwrap(), Ok(15));
    let entries = st.audit_entries().await.unwrap();
    assert_eq!(entries[14].action, "declaration.create");
    assert_eq!(entries[14].target, "declaration/3/1");

    // Change a stored declaration behind the server's back: its audit entry is named.
    sqlx::query("UPDATE declarations SET body = $1 WHERE id = 2")
        .bind("{\"tonnes\":1}")
        .execute(&st.pool)
        .await
        .unwrap();
    let bad = critmin_server::admin::verify(st).await.unwrap().unwrap_err();
    assert_eq!(bad.seq, 14, "{bad}");
    // Change an audit entry: the chain breaks there.
    sqlx::query("UPDATE audit_log SET actor = 'someone else' WHERE seq = 7").execute(&st.pool).await.unwrap();
    let bad = critmin_server::admin::verify(st).await.unwrap().unwrap_err();
    assert_eq!(bad.seq, 7, "{bad}");
    // Remove an entry: the next one is named.
    sqlx::query("DELETE FROM audit_log WHERE seq = 3").execute(&st.pool).await.unwrap();
    let bad = critmin_server::admin::verify(st).await.unwrap().unwrap_err();
    assert_eq!(bad.seq, 4, "{bad}");
}

both!(a_failed_transaction_leaves_nothing, atomic);

async fn atomic(url: String) {
    let f = Fixture::new(&url).await;
    let st = &f.app.store;
    let before = st.audit_entries().await.unwrap().len();
    {
        let (_g, mut tx) = st.write().await.unwrap();
        let v = NewVersion {
            owner_id: 1,
            kind: "stockpile".into(),
            status: "active".into(),
            visibility: "public".into(),
            country: "JPN".into(),
            mineral: "cobalt".into(),
            tonnes: 1.0,
            body: "{}".into(),
            created_by: 1,
        };
        store::insert_declaration(&mut tx, None, &v).await.unwrap();
        store::append_audit(&mut tx, "test", "declaration.create", "declaration/1/1", b"{}").await.unwrap();
        // A statement that fails (a duplicate primary key) ends the request with an error...
        assert!(store::insert_declaration(&mut tx, None, &v).await.is_ok());
        let dup = sqlx::query("INSERT INTO audit_log (seq, at, actor, action, target, content_hash, prev_hash, entry_hash) SELECT seq, at, actor, action, target, content_hash, prev_hash, entry_hash FROM audit_log WHERE seq = 1")
            .execute(&mut *tx)
            .await;
        assert!(dup.is_err());
        // ...and the transaction is dropped without commit.
    }
    assert!(st.latest_declarations().await.unwrap().is_empty());
    assert_eq!(st.audit_entries().await.unwrap().len(), before);
    assert_eq!(critmin_server::admin::verify(st).await.unwrap(), Ok(before));
}
