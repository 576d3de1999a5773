//! Benchmarks of the exchange, in process (no sockets), on a SQLite database in a temporary folder:
//! - a cached read through the whole router: bearer-token check, cache hit, response bytes;
//! - a stress test of `rare-earth-ban-g7plus` through the API handler (JSON request, the run, the
//!   JSON answer, the audited write) against the same run through the library, as `critmin stress
//!   --format json` does it once the dataset is loaded (run, JSON text). The difference is what the
//!   API adds; `bench/stress-api-vs-cli.sh` compares whole processes.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use divan::Bencher;
use http_body_util::BodyExt;
use tower::ServiceExt;

use critmin_data::Loaded;
use critmin_server::{App, Store, admin};

const SCENARIO: &str = "rare-earth-ban-g7plus";

fn main() {
    divan::main();
}

struct Env {
    rt: tokio::runtime::Runtime,
    router: axum::Router,
    token: String,
    loaded: Arc<Loaded>,
    scenario_text: String,
    _dir: tempfile::TempDir,
}

fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        let dir = tempfile::tempdir().expect("temporary folder");
        let loaded =
            Arc::new(critmin_data::load(&critmin_data::bundled_data_dir().expect("bundled data")).expect("loads"));
        let scenarios = critmin_server::find_dir("scenarios", &format!("{SCENARIO}.toml")).expect("scenarios/");
        let scenario_text = std::fs::read_to_string(scenarios.join(format!("{SCENARIO}.toml"))).expect("scenario");
        let db = dir.path().join("bench.db").to_string_lossy().into_owned();
        let (router, token) = rt.block_on(async {
            let store = Store::open(&db).await.expect("database");
            let (_, token) = admin::bootstrap(&store, &loaded.dataset, "bench").await.expect("coordinator");
            let app = App::new(loaded.clone(), store, None, Some(scenarios));
            (critmin_server::router(Arc::new(app)), token)
        });
        Env { rt, router, token, loaded, scenario_text, _dir: dir }
    })
}

/// One request through the router; returns the body's length.
fn call(e: &Env, method: &str, path: &str, body: Option<&str>) -> usize {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {}", e.token))
        .header("content-type", "application/json")
        .body(body.map_or(Body::empty(), |b| Body::from(b.to_owned())))
        .expect("request");
    e.rt.block_on(async {
        let resp = e.router.clone().oneshot(req).await.expect("response");
        assert_eq!(resp.status(), StatusCode::OK, "{method} {path}");
        resp.into_body().collect().await.expect("body").to_bytes().len()
    })
}

#[divan::bench(args = [
    "/api/risk?mineral=cobalt&importer=Japan&year=2022",
    "/api/minerals/rare%20earths/overview",
    "/api/countries/JPN",
    "/api/minerals",
])]
fn cached_read(bencher: Bencher, path: &str) {
    let e = env();
    call(e, "GET", path, None); // fills the cache
    bencher.bench(|| call(e, "GET", path, None));
}

#[divan::bench(sample_count = 20)]
fn stress_through_api_handler(bencher: Bencher) {
    let e = env();
    let body = format!("{{\"scenario\": \"{SCENARIO}\"}}");
    bencher.bench(|| call(e, "POST", "/api/stress", Some(&body)));
}

#[divan::bench(sample_count = 20)]
fn stress_through_library(bencher: Bencher) {
    let e = env();
    let ds = &e.loaded.dataset;
    bencher.bench(|| {
        let r = critmin_data::run_scenario(ds, &e.scenario_text, Path::new(SCENARIO)).expect("runs");
        let js = critmin_data::json::stress_run_json(ds, &r.scenario, &r.run, &r.notes);
        serde_json::to_string_pretty(&js).expect("JSON").len()
    });
}
