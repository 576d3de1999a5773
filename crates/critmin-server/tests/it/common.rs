//! Test fixtures: the bundled dataset (loaded once), databases (SQLite temp file, PostgreSQL
//! fresh database), an in-process router, participants with tokens, and a request helper.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use critmin_data::Loaded;
use critmin_server::{App, Role, Store, admin};

pub fn loaded() -> Arc<Loaded> {
    static L: OnceLock<Arc<Loaded>> = OnceLock::new();
    L.get_or_init(|| Arc::new(critmin_data::load(&critmin_data::bundled_data_dir().unwrap()).unwrap())).clone()
}

/// The PostgreSQL server the tests use: $CRITMIN_TEST_PG, or trust auth on 127.0.0.1:5432, database `test`.
pub fn pg_admin_url() -> String {
    std::env::var("CRITMIN_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A database for one test; a PostgreSQL one is dropped by [`TestDb::cleanup`].
pub struct TestDb {
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        let url = dir.path().join("exchange.db").to_string_lossy().into_owned();
        TestDb { url, pg_name: None, _dir: Some(dir) }
    }

    pub async fn postgres() -> TestDb {
        use sqlx::Connection;
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let name = format!(
            "critmin_it_{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst),
            chrono_free_nanos()
        );
        let mut conn = sqlx::PgConnection::connect(&pg_admin_url())
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {} is needed by the tests: {e}", pg_admin_url()));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.unwrap();
        let base = pg_admin_url();
        let url = format!("{}/{name}", &base[..base.rfind('/').unwrap()]);
        TestDb { url, pg_name: Some(name), _dir: None }
    }

    pub async fn cleanup(self) {
        use sqlx::Connection;
        if let Some(name) = &self.pg_name {
            let mut conn = sqlx::PgConnection::connect(&pg_admin_url()).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                .execute(&mut conn)
                .await
                .unwrap();
        }
    }
}

fn chrono_free_nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() % 1_000_000
}

/// Runs a test body on SQLite, then on PostgreSQL.
#[macro_export]
macro_rules! both {
    ($name:ident, $body:expr) => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            for pg in [false, true] {
                let db =
                    if pg { $crate::common::TestDb::postgres().await } else { $crate::common::TestDb::sqlite().await };
                $body(db.url.clone()).await;
                db.cleanup().await;
            }
        }
    };
}

/// An in-process server with participants: coordinator, members of Japan, Germany, France,
/// the United States, and an observer.
pub struct Fixture {
    pub app: Arc<App>,
    pub router: axum::Router,
    pub coord: String,
    pub jp: String,
    pub de: String,
    pub fr: String,
    pub us: String,
    pub obs: String,
}

impl Fixture {
    pub async fn new(url: &str) -> Fixture {
        let store = Store::open(url).await.unwrap();
        let l = loaded();
        let ds = &l.dataset;
        let (_, coord) = admin::bootstrap(&store, ds, "rapid-response group").await.unwrap();
        let mut tokens = vec![];
        for (name, role, country) in [
            ("METI", Role::Member, Some("Japan")),
            ("BMWK", Role::Member, Some("Germany")),
            ("DGE", Role::Member, Some("France")),
            ("DOE", Role::Member, Some("USA")),
            ("watchdog", Role::Observer, None),
        ] {
            admin::create_participant(&store, ds, name, role, country).await.unwrap();
            tokens.push(admin::issue_token(&store, name).await.unwrap().1);
        }
        let scenarios = critmin_server::find_dir("scenarios", "rare-earth-ban-g7plus.toml");
        let mut app = App::new(l, store, None, scenarios);
        app.token_ttl = Duration::ZERO;
        let app = Arc::new(app);
        let router = critmin_server::router(app.clone());
        let [jp, de, fr, us, obs] = <[String; 5]>::try_from(tokens).unwrap();
        Fixture { app, router, coord, jp, de, fr, us, obs }
    }

    /// Sends a request; returns the status and the body (JSON, or a string for non-JSON bodies).
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let raw = body.map(|b| b.to_string());
        self.raw(method, path, token, raw.as_deref(), Some("application/json")).await
    }

    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
        content_type: Option<&str>,
    ) -> (StatusCode, Value) {
        let mut req = request(method, path, token);
        if body.is_some()
            && let Some(ct) = content_type
        {
            req = req.header("content-type", ct);
        }
        let req = req.body(body.map_or(Body::empty(), |b| Body::from(b.to_string()))).unwrap();
        let (status, _, v) = self.send(req).await;
        (status, v)
    }

    /// Sends a request; returns the status, the headers and the body (JSON, or a string).
    pub async fn send(&self, req: Request<Body>) -> (StatusCode, HeaderMap, Value) {
        let resp = self.router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        let v = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, headers, v)
    }
}

/// A request with a method, a path and (if given) a bearer token.
pub fn request(method: &str, path: &str, token: Option<&str>) -> axum::http::request::Builder {
    let req = Request::builder().method(method).uri(path);
    match token {
        Some(t) => req.header("authorization", format!("Bearer {t}")),
        None => req,
    }
}

/// A stockpile entry of metal (contained 1), so the stored figure is exactly `tonnes`.
pub fn stockpile(holder: &str, tonnes: f64, visibility: &str) -> Value {
    serde_json::json!({"kind": "stockpile", "visibility": visibility,
        "entry": {"holder": holder, "mineral": "cobalt", "form": "metal", "tonnes": tonnes}})
}

/// Asserts the error shape: {"error":{"code":..,"message":..}} and returns the message.
pub fn error_message(v: &Value) -> String {
    let e = &v["error"];
    assert!(e["code"].is_string(), "no error code in {v}");
    e["message"].as_str().unwrap_or_else(|| panic!("no error message in {v}")).to_string()
}
