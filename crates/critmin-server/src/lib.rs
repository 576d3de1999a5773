//! critmin's partners' exchange: a multi-party HTTP server where partners submit confidential
//! stockpile and need declarations, the coordinators run analyses on all of them, and each
//! participant sees what the visibility rules allow. Every write and analysis run is recorded in
//! an append-only, hash-chained audit log. SQLite (embedded file) or PostgreSQL, same code and
//! migrations. See docs/server.md.

pub mod admin;
pub mod analysis;
pub mod api;
pub mod audit;
pub mod auth;
pub mod decl;
pub mod error;
pub mod plan;
pub mod store;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use api::{App, AppState, router};
pub use error::{ApiError, StoreError};
pub use store::{Role, Store};

/// The database used when none is given: a SQLite file in the current folder.
pub const DEFAULT_DB: &str = "critmin-exchange.db";

/// A server bound to its address, ready to run.
#[derive(Debug)]
pub struct Server {
    pub addr: SocketAddr,
    listener: tokio::net::TcpListener,
    router: axum::Router,
}

/// Binds the address (`127.0.0.1:0` picks a free port).
pub async fn bind(app: App, addr: &str) -> std::io::Result<Server> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    Ok(Server { addr, listener, router: router(Arc::new(app)) })
}

impl Server {
    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run(self) -> std::io::Result<()> {
        axum::serve(self.listener, self.router).with_graceful_shutdown(shutdown()).await
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// A folder of the source tree (`web`, `scenarios`): `$CRITMIN_<NAME>`, beside the executable or
/// up to four levels above it, or in the repository the binary was built from.
pub fn find_dir(name: &str, marker: &str) -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(d) = std::env::var_os(format!("CRITMIN_{}", name.to_uppercase())) {
        candidates.push(PathBuf::from(d));
    }
    if let Ok(exe) = std::env::current_exe() {
        for anc in exe.ancestors().skip(1).take(5) {
            candidates.push(anc.join(name));
        }
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(name));
    candidates.into_iter().find(|d| d.join(marker).exists())
}
