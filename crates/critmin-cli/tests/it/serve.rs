//! `critmin serve`, `admin` and `audit` as a real process: a write acknowledged to the client
//! survives SIGKILL right after the acknowledgement (SQLite with WAL and synchronous=FULL, and
//! PostgreSQL at 127.0.0.1:5432), tokens from `admin`, and `audit verify` on the result.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use super::{critmin, stderr, stdout};

fn admin(db: &str, args: &[&str]) -> String {
    let mut all = vec!["admin", "--db", db];
    all.extend_from_slice(args);
    let o = critmin(&all);
    assert_eq!(o.status.code(), Some(0), "critmin {all:?}: {}", stderr(&o));
    stdout(&o)
}

fn token_in(out: &str) -> String {
    out.split_whitespace().find(|w| w.starts_with("cmx_")).unwrap_or_else(|| panic!("no token in {out}")).to_string()
}

/// Starts `critmin serve` on a free port; returns the process and its address.
fn serve(db: &str) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_critmin"))
        .args(["serve", "--db", db, "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    (child, addr.to_string())
}

/// One HTTP/1.1 request; returns (status, body).
fn http(addr: &str, method: &str, path: &str, token: &str, body: Option<&str>) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let body = body.unwrap_or("");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = resp.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn acknowledged_writes_survive_sigkill(db: &str) {
    let coord = token_in(&admin(db, &["bootstrap", "rapid-response group"]));
    admin(db, &["create", "METI", "--role", "member", "--country", "Japan"]);
    let member = token_in(&admin(db, &["token", "METI"]));

    let (mut child, addr) = serve(db);
    let n = 25;
    for i in 0..n {
        let body = format!(
            r#"{{"kind":"stockpile","visibility":"private","entry":{{"holder":"Japan","mineral":"cobalt","form":"metal","tonnes":{}}}}}"#,
            1000 + i
        );
        let (status, resp) = http(&addr, "POST", "/api/declarations", &member, Some(&body));
        assert_eq!(status, 201, "{resp}");
    }
    // SIGKILL right after the last acknowledgement.
    child.kill().unwrap();
    child.wait().unwrap();

    let (mut child, addr) = serve(db);
    let (status, list) = http(&addr, "GET", "/api/declarations", &member, None);
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, 200, "{list}");
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let mut tonnes: Vec<i64> = list.as_array().unwrap().iter().map(|d| d["tonnes"].as_f64().unwrap() as i64).collect();
    tonnes.sort();
    assert_eq!(tonnes, (0..n).map(|i| 1000 + i).collect::<Vec<_>>());
    assert!(!coord.is_empty());
    // The chain: bootstrap (2), participant and token (2), the writes.
    let o = critmin(&["audit", "verify", "--db", db]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("audit chain ok: {} entries", 4 + n)), "{}", stdout(&o));
}

#[test]
fn sqlite_acknowledged_writes_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("exchange.db");
    acknowledged_writes_survive_sigkill(&db.to_string_lossy());
}

#[test]
fn postgres_acknowledged_writes_survive_sigkill() {
    let admin_url =
        std::env::var("CRITMIN_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let name = format!("critmin_cli_it_{}", std::process::id());
    let psql = |sql: &str| {
        let o = Command::new("psql")
            .args([admin_url.as_str(), "-q", "-c", sql])
            .output()
            .expect("psql (Debian postgresql-client) runs");
        assert!(o.status.success(), "psql {sql}: {}", String::from_utf8_lossy(&o.stderr));
    };
    psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    psql(&format!("CREATE DATABASE {name}"));
    let url = format!("{}/{name}", &admin_url[..admin_url.rfind('/').unwrap()]);
    acknowledged_writes_survive_sigkill(&url);
    psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}

#[test]
fn admin_errors_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.db").to_string_lossy().into_owned();
    let o = critmin(&["admin", "--db", &db, "create", "X", "--role", "member"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--country"), "{}", stderr(&o));
    let o = critmin(&["admin", "--db", &db, "create", "X", "--role", "boss"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown role 'boss'"), "{}", stderr(&o));
    admin(&db, &["bootstrap", "c"]);
    let o = critmin(&["admin", "--db", &db, "bootstrap", "d"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("exists already"), "{}", stderr(&o));
}
