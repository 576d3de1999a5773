//! The database: one code path for SQLite (an embedded file, the default) and PostgreSQL (a
//! `postgres://` URL) through sqlx's `Any` driver, the same migrations for both.
//!
//! Writes go through one writer at a time ([`Store::write`]): ids and the audit chain's next link
//! are read and written in the same transaction as the change they record, so a failed request
//! leaves no partial change and the chain never forks. SQLite runs in WAL mode with
//! `synchronous=FULL`: a commit is on disk before the client gets its answer.

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, FromRow, Row, SqlSafeStr, Transaction};
use tokio::sync::{Mutex, MutexGuard};

use crate::audit::{AuditEntry, GENESIS, entry_hash, sha256_hex};
use crate::error::StoreError;

/// The migrations, embedded in the binary (the same SQL for both databases).
pub const MIGRATIONS: &[(i64, &str, &str)] = &[(1, "init", include_str!("../migrations/0001_init.sql"))];

/// Which database a [`Store`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database handle shared by all requests.
#[derive(Debug)]
pub struct Store {
    pub pool: AnyPool,
    pub backend: Backend,
    writer: Mutex<()>,
}

/// A participant's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Coordinator,
    Observer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Coordinator => "coordinator",
            Role::Observer => "observer",
        }
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        match s {
            "member" => Ok(Role::Member),
            "coordinator" => Ok(Role::Coordinator),
            "observer" => Ok(Role::Observer),
            _ => Err(format!("unknown role '{s}': expected member, coordinator or observer")),
        }
    }
}

/// A country or agency taking part.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Participant {
    pub id: i64,
    pub name: String,
    /// ISO3 of the country a member speaks for.
    pub country: Option<String>,
    pub role: Role,
    pub created_at: String,
}

impl FromRow<'_, AnyRow> for Participant {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        let role: String = row.try_get("role")?;
        Ok(Participant {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            country: row.try_get("country")?,
            role: role.parse().map_err(|e: String| sqlx::Error::Decode(e.into()))?,
            created_at: row.try_get("created_at")?,
        })
    }
}

/// One version of a declaration.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DeclarationRow {
    pub id: i64,
    pub version: i64,
    pub owner_id: i64,
    pub kind: String,
    pub status: String,
    pub visibility: String,
    /// ISO3 of the holder (stockpile) or partner (need).
    pub country: String,
    pub mineral: String,
    /// Contained tonnes (stockpile) or total tonnes short (need).
    pub tonnes: f64,
    /// The entry as submitted (JSON text).
    pub body: String,
    pub created_at: String,
    pub created_by: i64,
}

impl FromRow<'_, AnyRow> for DeclarationRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(DeclarationRow {
            id: row.try_get("id")?,
            version: row.try_get("version")?,
            owner_id: row.try_get("owner_id")?,
            kind: row.try_get("kind")?,
            status: row.try_get("status")?,
            visibility: row.try_get("visibility")?,
            country: row.try_get("country")?,
            mineral: row.try_get("mineral")?,
            tonnes: row.try_get("tonnes")?,
            body: row.try_get("body")?,
            created_at: row.try_get("created_at")?,
            created_by: row.try_get("created_by")?,
        })
    }
}

impl FromRow<'_, AnyRow> for AuditEntry {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(AuditEntry {
            seq: row.try_get("seq")?,
            at: row.try_get("at")?,
            actor: row.try_get("actor")?,
            action: row.try_get("action")?,
            target: row.try_get("target")?,
            content_hash: row.try_get("content_hash")?,
            prev_hash: row.try_get("prev_hash")?,
            entry_hash: row.try_get("entry_hash")?,
        })
    }
}

/// A stored response plan.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PlanRow {
    pub id: i64,
    pub created_at: String,
    pub created_by: i64,
    pub request: String,
    pub result: String,
}

impl FromRow<'_, AnyRow> for PlanRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(PlanRow {
            id: row.try_get("id")?,
            created_at: row.try_get("created_at")?,
            created_by: row.try_get("created_by")?,
            request: row.try_get("request")?,
            result: row.try_get("result")?,
        })
    }
}

/// A new version of a declaration, before it is stored.
#[derive(Clone, Debug)]
pub struct NewVersion {
    pub owner_id: i64,
    pub kind: String,
    pub status: String,
    pub visibility: String,
    pub country: String,
    pub mineral: String,
    pub tonnes: f64,
    pub body: String,
    pub created_by: i64,
}

/// The current time, RFC 3339 UTC with microseconds.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Turns what the user gave into a database URL: `postgres://`/`postgresql://` and `sqlite:`
/// URLs are kept; anything else is a SQLite file path (created on first start).
pub fn database_url(db: &str) -> String {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") || db.starts_with("sqlite:") {
        db.to_string()
    } else {
        format!("sqlite://{db}?mode=rwc")
    }
}

impl Store {
    /// Connects (creating a SQLite file if needed) and applies the migrations.
    pub async fn open(db: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let url = database_url(db);
        let backend = if url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
        if backend == Backend::Sqlite
            && let Some(parent) = Path::new(db).parent()
            && !db.starts_with("sqlite:")
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Invalid(format!("cannot create the folder {}: {e}", parent.display())))?;
        }
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 10 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let store = Store { pool, backend, writer: Mutex::new(()) };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the embedded migrations not yet applied, each in its own transaction.
    async fn migrate(&self) -> Result<(), StoreError> {
        let mut migrator = sqlx::migrate::Migrator::DEFAULT;
        migrator.migrations = MIGRATIONS
            .iter()
            .map(|&(v, d, sql)| {
                sqlx::migrate::Migration::new(
                    v,
                    d.into(),
                    sqlx::migrate::MigrationType::Simple,
                    sqlx::AssertSqlSafe(sql).into_sql_str(),
                    false,
                )
            })
            .collect::<Vec<_>>()
            .into();
        migrator.locking = self.backend == Backend::Postgres;
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Takes the single-writer lock and opens a transaction. Drop the transaction without
    /// committing and nothing of it is kept.
    pub async fn write(&self) -> Result<(MutexGuard<'_, ()>, Transaction<'static, Any>), StoreError> {
        let guard = self.writer.lock().await;
        let tx = self.pool.begin().await?;
        Ok((guard, tx))
    }

    // ----- participants and tokens -----

    pub async fn participants(&self) -> Result<Vec<Participant>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM participants ORDER BY id").fetch_all(&self.pool).await?)
    }

    pub async fn participant_by_name(&self, name: &str) -> Result<Option<Participant>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM participants WHERE name = $1").bind(name).fetch_optional(&self.pool).await?)
    }

    /// The participant holding a live (unrevoked) token with this hash.
    pub async fn participant_by_token_hash(&self, hash: &str) -> Result<Option<Participant>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT p.* FROM participants p JOIN tokens t ON t.participant_id = p.id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
        )
        .bind(hash)
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn count_participants(&self, role: Option<Role>) -> Result<i64, StoreError> {
        let row = match role {
            Some(r) => {
                sqlx::query("SELECT COUNT(*) AS n FROM participants WHERE role = $1")
                    .bind(r.as_str())
                    .fetch_one(&self.pool)
                    .await?
            }
            None => sqlx::query("SELECT COUNT(*) AS n FROM participants").fetch_one(&self.pool).await?,
        };
        Ok(row.try_get("n")?)
    }

    /// Tokens (without hashes): id, participant, prefix, created, revoked.
    pub async fn tokens(&self) -> Result<Vec<(i64, String, String, String, Option<String>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, p.name, t.prefix, t.created_at, t.revoked_at FROM tokens t \
             JOIN participants p ON p.id = t.participant_id ORDER BY t.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("name")?,
                    r.try_get("prefix")?,
                    r.try_get("created_at")?,
                    r.try_get("revoked_at")?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    // ----- declarations -----

    /// The latest version of every declaration.
    pub async fn latest_declarations(&self) -> Result<Vec<DeclarationRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT d.* FROM declarations d WHERE d.version = \
             (SELECT MAX(d2.version) FROM declarations d2 WHERE d2.id = d.id) ORDER BY d.id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn declaration_versions(&self, id: i64) -> Result<Vec<DeclarationRow>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM declarations WHERE id = $1 ORDER BY version")
            .bind(id)
            .fetch_all(&self.pool)
            .await?)
    }

    pub async fn declaration_version(&self, id: i64, version: i64) -> Result<Option<DeclarationRow>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM declarations WHERE id = $1 AND version = $2")
            .bind(id)
            .bind(version)
            .fetch_optional(&self.pool)
            .await?)
    }

    // ----- plans -----

    pub async fn plans(&self) -> Result<Vec<PlanRow>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM plans ORDER BY id").fetch_all(&self.pool).await?)
    }

    pub async fn plan(&self, id: i64) -> Result<Option<PlanRow>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM plans WHERE id = $1").bind(id).fetch_optional(&self.pool).await?)
    }

    // ----- audit -----

    pub async fn audit_entries(&self) -> Result<Vec<AuditEntry>, StoreError> {
        Ok(sqlx::query_as("SELECT * FROM audit_log ORDER BY seq").fetch_all(&self.pool).await?)
    }
}

/// The next id of a table (inside the writer's transaction).
async fn next_id(tx: &mut Transaction<'static, Any>, table: &'static str) -> Result<i64, StoreError> {
    let sql = match table {
        "participants" => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM participants",
        "tokens" => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM tokens",
        "declarations" => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM declarations",
        "plans" => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM plans",
        _ => return Err(StoreError::Invalid(format!("no table {table}"))),
    };
    let row = sqlx::query(sql).fetch_one(&mut **tx).await?;
    Ok(row.try_get("n")?)
}

/// Appends an audit entry in the caller's transaction; returns its sequence number.
pub async fn append_audit(
    tx: &mut Transaction<'static, Any>,
    actor: &str,
    action: &str,
    target: &str,
    content: &[u8],
) -> Result<i64, StoreError> {
    let last = sqlx::query("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    let (seq, prev): (i64, String) = match last {
        Some(r) => (r.try_get::<i64, _>("seq")? + 1, r.try_get("entry_hash")?),
        None => (1, GENESIS.to_string()),
    };
    let at = now();
    let content_hash = sha256_hex(content);
    let hash = entry_hash(&prev, seq, &at, actor, action, target, &content_hash);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, target, content_hash, prev_hash, entry_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(seq)
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(target)
    .bind(content_hash)
    .bind(prev)
    .bind(hash)
    .execute(&mut **tx)
    .await?;
    Ok(seq)
}

pub async fn insert_participant(
    tx: &mut Transaction<'static, Any>,
    name: &str,
    country: Option<&str>,
    role: Role,
) -> Result<Participant, StoreError> {
    let exists =
        sqlx::query("SELECT id FROM participants WHERE name = $1").bind(name).fetch_optional(&mut **tx).await?;
    if exists.is_some() {
        return Err(StoreError::Invalid(format!("a participant named '{name}' exists already")));
    }
    let id = next_id(tx, "participants").await?;
    let p = Participant { id, name: name.into(), country: country.map(String::from), role, created_at: now() };
    sqlx::query("INSERT INTO participants (id, name, country, role, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(p.id)
        .bind(&p.name)
        .bind(p.country.clone())
        .bind(p.role.as_str())
        .bind(&p.created_at)
        .execute(&mut **tx)
        .await?;
    Ok(p)
}

/// Stores a token's hash; returns the token id.
pub async fn insert_token(
    tx: &mut Transaction<'static, Any>,
    participant_id: i64,
    token_hash: &str,
    prefix: &str,
) -> Result<i64, StoreError> {
    let id = next_id(tx, "tokens").await?;
    sqlx::query("INSERT INTO tokens (id, participant_id, token_hash, prefix, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(participant_id)
        .bind(token_hash)
        .bind(prefix)
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

/// Revokes every live token of a participant (or one token by id); returns how many.
pub async fn revoke_tokens(
    tx: &mut Transaction<'static, Any>,
    participant_id: i64,
    token_id: Option<i64>,
) -> Result<u64, StoreError> {
    let r = match token_id {
        Some(t) => {
            sqlx::query(
                "UPDATE tokens SET revoked_at = $1 WHERE participant_id = $2 AND id = $3 AND revoked_at IS NULL",
            )
            .bind(now())
            .bind(participant_id)
            .bind(t)
            .execute(&mut **tx)
            .await?
        }
        None => {
            sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE participant_id = $2 AND revoked_at IS NULL")
                .bind(now())
                .bind(participant_id)
                .execute(&mut **tx)
                .await?
        }
    };
    Ok(r.rows_affected())
}

/// Inserts a version: a new declaration (`id = None`, version 1) or the next version of one.
pub async fn insert_declaration(
    tx: &mut Transaction<'static, Any>,
    id: Option<i64>,
    v: &NewVersion,
) -> Result<DeclarationRow, StoreError> {
    let (id, version) = match id {
        None => (next_id(tx, "declarations").await?, 1),
        Some(id) => {
            let row = sqlx::query("SELECT MAX(version) AS v FROM declarations WHERE id = $1")
                .bind(id)
                .fetch_one(&mut **tx)
                .await?;
            let last: Option<i64> = row.try_get("v")?;
            (id, last.ok_or_else(|| StoreError::NotFound(format!("declaration {id}")))? + 1)
        }
    };
    let row = DeclarationRow {
        id,
        version,
        owner_id: v.owner_id,
        kind: v.kind.clone(),
        status: v.status.clone(),
        visibility: v.visibility.clone(),
        country: v.country.clone(),
        mineral: v.mineral.clone(),
        tonnes: v.tonnes,
        body: v.body.clone(),
        created_at: now(),
        created_by: v.created_by,
    };
    sqlx::query(
        "INSERT INTO declarations (id, version, owner_id, kind, status, visibility, country, mineral, tonnes, body, \
         created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(row.id)
    .bind(row.version)
    .bind(row.owner_id)
    .bind(&row.kind)
    .bind(&row.status)
    .bind(&row.visibility)
    .bind(&row.country)
    .bind(&row.mineral)
    .bind(row.tonnes)
    .bind(&row.body)
    .bind(&row.created_at)
    .bind(row.created_by)
    .execute(&mut **tx)
    .await?;
    Ok(row)
}

pub async fn insert_plan(
    tx: &mut Transaction<'static, Any>,
    created_by: i64,
    request: &str,
    result: &str,
) -> Result<PlanRow, StoreError> {
    let id = next_id(tx, "plans").await?;
    let row = PlanRow { id, created_at: now(), created_by, request: request.into(), result: result.into() };
    sqlx::query("INSERT INTO plans (id, created_at, created_by, request, result) VALUES ($1, $2, $3, $4, $5)")
        .bind(row.id)
        .bind(&row.created_at)
        .bind(row.created_by)
        .bind(&row.request)
        .bind(&row.result)
        .execute(&mut **tx)
        .await?;
    Ok(row)
}
