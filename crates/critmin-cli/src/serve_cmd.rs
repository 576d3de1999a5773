//! `critmin serve`, `critmin admin` and `critmin audit`: the partners' exchange (critmin-server)
//! from the command line. See docs/server.md.

use std::sync::Arc;

use anyhow::{Context, Result};

use critmin_data::Loaded;
use critmin_server::{App, DEFAULT_DB, Role, Store, StoreError};

use crate::usage;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Database: a SQLite file (created and migrated on first start) or a postgres:// URL.
    #[arg(long, value_name = "URL", default_value = DEFAULT_DB)]
    db: String,
    /// Address to listen on (port 0 picks a free port; the chosen address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
    /// The dashboard's folder (default: web/ of the critmin checkout).
    #[arg(long, value_name = "DIR")]
    web: Option<std::path::PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct AdminArgs {
    /// Database: a SQLite file or a postgres:// URL.
    #[arg(long, value_name = "URL", default_value = DEFAULT_DB, global = true)]
    db: String,
    #[command(subcommand)]
    command: AdminCommand,
}

#[derive(clap::Subcommand, Debug)]
enum AdminCommand {
    /// Create the first coordinator and print its token (refused once a coordinator exists).
    Bootstrap {
        /// The coordinator's name.
        name: String,
    },
    /// Create a participant.
    Create {
        /// A unique name (a country's ministry, an agency).
        name: String,
        /// member, coordinator or observer.
        #[arg(long)]
        role: String,
        /// The country a member speaks for (name or ISO code); required for members.
        #[arg(long)]
        country: Option<String>,
    },
    /// Issue a new API token to a participant (printed once; only its hash is stored).
    Token { name: String },
    /// Revoke a participant's tokens (all, or one with --id).
    Revoke {
        name: String,
        #[arg(long)]
        id: Option<i64>,
    },
    /// List participants and tokens (never the tokens themselves).
    List,
}

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    #[command(subcommand)]
    command: AuditCommand,
}

#[derive(clap::Subcommand, Debug)]
enum AuditCommand {
    /// Check the audit chain and the stored declarations against it; names the first bad entry.
    Verify {
        /// Database: a SQLite file or a postgres:// URL.
        #[arg(long, value_name = "URL", default_value = DEFAULT_DB)]
        db: String,
    },
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")
}

fn store_err(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Invalid(_) | StoreError::NotFound(_) => usage(e.to_string()),
        e => anyhow::Error::new(e),
    }
}

async fn open(db: &str) -> Result<Store> {
    Store::open(db).await.with_context(|| format!("opening the database {db}"))
}

pub fn serve(loaded: Loaded, args: &ServeArgs) -> Result<()> {
    runtime()?.block_on(async {
        let store = open(&args.db).await?;
        let backend = store.backend;
        let web = args.web.clone().or_else(|| critmin_server::find_dir("web", "index.html"));
        let scenarios = critmin_server::find_dir("scenarios", "rare-earth-ban-g7plus.toml");
        if store.count_participants(Some(Role::Coordinator)).await.map_err(store_err)? == 0 {
            eprintln!("note: no coordinator yet: run `critmin admin --db {} bootstrap NAME` to create one", args.db);
        }
        let app = App::new(Arc::new(loaded), store, web.clone(), scenarios);
        let server =
            critmin_server::bind(app, &args.addr).await.with_context(|| format!("listening on {}", args.addr))?;
        println!(
            "critmin exchange listening on http://{} (database: {:?}, dashboard: {})",
            server.addr,
            backend,
            web.map_or("not found".into(), |w| w.display().to_string())
        );
        use std::io::Write;
        let _ = std::io::stdout().flush();
        server.run().await.context("serving")
    })
}

pub fn admin(loaded: &Loaded, args: &AdminArgs) -> Result<()> {
    let ds = &loaded.dataset;
    runtime()?.block_on(async {
        let store = open(&args.db).await?;
        match &args.command {
            AdminCommand::Bootstrap { name } => {
                let (p, token) = critmin_server::admin::bootstrap(&store, ds, name).await.map_err(store_err)?;
                println!("coordinator '{}' created (id {})", p.name, p.id);
                println!("token (shown once, keep it secret): {token}");
            }
            AdminCommand::Create { name, role, country } => {
                let role: Role = role.parse().map_err(usage)?;
                let p = critmin_server::admin::create_participant(&store, ds, name, role, country.as_deref())
                    .await
                    .map_err(store_err)?;
                println!(
                    "participant '{}' created (id {}, {}{})",
                    p.name,
                    p.id,
                    p.role.as_str(),
                    p.country.map_or(String::new(), |c| format!(", {c}"))
                );
            }
            AdminCommand::Token { name } => {
                let (id, token) = critmin_server::admin::issue_token(&store, name).await.map_err(store_err)?;
                println!("token {id} for '{name}' (shown once, keep it secret): {token}");
            }
            AdminCommand::Revoke { name, id } => {
                let n = critmin_server::admin::revoke(&store, name, *id).await.map_err(store_err)?;
                println!("{n} token(s) of '{name}' revoked");
            }
            AdminCommand::List => {
                for p in store.participants().await.map_err(store_err)? {
                    println!(
                        "participant {}\t{}\t{}\t{}",
                        p.id,
                        p.name,
                        p.role.as_str(),
                        p.country.unwrap_or_default()
                    );
                }
                for (id, name, prefix, created, revoked) in store.tokens().await.map_err(store_err)? {
                    println!(
                        "token {id}\t{name}\t{prefix}…\tcreated {created}\t{}",
                        revoked.map_or("live".into(), |r| format!("revoked {r}"))
                    );
                }
            }
        }
        Ok(())
    })
}

pub fn audit(args: &AuditArgs) -> Result<()> {
    let AuditCommand::Verify { db } = &args.command;
    runtime()?.block_on(async {
        let store = open(db).await?;
        match critmin_server::admin::verify(&store).await.map_err(store_err)? {
            Ok(n) => {
                println!("audit chain ok: {n} entries");
                Ok(())
            }
            Err(b) => Err(anyhow::anyhow!("audit chain broken at entry {}: {}", b.seq, b.reason)),
        }
    })
}
