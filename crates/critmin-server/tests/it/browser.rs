//! The dashboard in headless Chromium: starts the server on a free port (SQLite), creates a
//! coordinator and a member for Japan, and runs `node --test web/tests/` (playwright-core, Debian's
//! /usr/bin/chromium). Screenshots of each page are kept in target/screenshots/. Needs what
//! `scripts/setup` installs (chromium, nodejs, `npm ci` in web/).

use std::path::Path;

use critmin_server::{App, Role, Store, admin};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
    let web = root.join("web");
    assert!(
        web.join("node_modules/playwright-core").is_dir() && web.join("node_modules/echarts").is_dir(),
        "web/node_modules is missing: run scripts/setup (it runs npm ci in web/)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(Path::new(&chromium).exists(), "{chromium} is missing: run scripts/setup (Debian package chromium)");

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("exchange.db").to_string_lossy().into_owned();
    let store = Store::open(&db).await.unwrap();
    let loaded = crate::common::loaded();
    let (_, coord) = admin::bootstrap(&store, &loaded.dataset, "rapid-response group").await.unwrap();
    admin::create_participant(&store, &loaded.dataset, "METI", Role::Member, Some("Japan")).await.unwrap();
    let (_, member) = admin::issue_token(&store, "METI").await.unwrap();
    let app = App::new(loaded, store, Some(web.clone()), Some(root.join("scenarios")));
    let server = critmin_server::bind(app, "127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", server.addr);
    let handle = tokio::spawn(server.run());

    let shots = root.join("target/screenshots");
    let status = tokio::task::spawn_blocking(move || {
        std::process::Command::new("node")
            .args(["--test", "--test-concurrency=1", "tests/"])
            .current_dir(&web)
            .env("CRITMIN_URL", &url)
            .env("CRITMIN_MEMBER_TOKEN", &member)
            .env("CRITMIN_COORD_TOKEN", &coord)
            .env("CRITMIN_SCREENSHOTS", &shots)
            .env("CRITMIN_SOLVER", if cfg!(feature = "solver") { "1" } else { "0" })
            .env("CHROMIUM", &chromium)
            .status()
            .expect("node is missing: run scripts/setup")
    })
    .await
    .unwrap();
    handle.abort();
    assert!(status.success(), "the browser test failed (see its output above)");
    for page in ["signin", "overview", "country", "declarations", "scenario"] {
        assert!(root.join(format!("target/screenshots/{page}.png")).is_file(), "no screenshot of {page}");
    }
}
