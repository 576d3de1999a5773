//! The database: one code path for SQLite (an embedded file, the default) and PostgreSQL (a
//! `postgres://` URL) through sqlx's `Any` driver, the same migrations for both.
//!
//! Writes go through one writer at a time ([`Store::write`]): ids and the audit chain's next link
//! are read and written in the same transaction as the change they record, so a failed request
//! leaves no partial change and the chain never forks. SQLite runs in WAL mode with
//! `synchronous=FULL`: a commit is on disk before the client gets its answer.

use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyArguments, AnyConnectOptions, AnyPoolOptions, AnyRow, AnyTypeInfo, AnyValueRef};
use sqlx::error::BoxDynError;
use sqlx::{Any, AnyPool, Arguments, Executor, FromRow, Row, SqlSafeStr, Transaction};
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

/// A role is stored as its name (text).
impl sqlx::Type<Any> for Role {
    fn type_info() -> AnyTypeInfo {
        <String as sqlx::Type<Any>>::type_info()
    }
    fn compatible(ty: &AnyTypeInfo) -> bool {
        <String as sqlx::Type<Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Any> for Role {
    fn decode(value: AnyValueRef<'r>) -> Result<Role, BoxDynError> {
        Ok(<String as sqlx::Decode<'r, Any>>::decode(value)?.parse()?)
    }
}

/// `FromRow` for a struct whose fields are the columns of the same names.
macro_rules! from_columns {
    ($t:ty { $($field:ident),* $(,)? }) => {
        impl FromRow<'_, AnyRow> for $t {
            fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
                Ok(Self { $($field: row.try_get(stringify!($field))?),* })
            }
        }
    };
}

from_columns!(Participant { id, name, country, role, created_at });
from_columns!(DeclarationRow {
    id,
    version,
    owner_id,
    kind,
    status,
    visibility,
    country,
    mineral,
    tonnes,
    body,
    created_at,
    created_by
});
from_columns!(AuditEntry { seq, at, actor, action, target, content_hash, prev_hash, entry_hash });
from_columns!(PlanRow { id, created_at, created_by, request, result });

/// A statement parameter.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Int(i64),
    Real(f64),
    Text(&'a str),
    OptText(Option<&'a str>),
}

/// The parameters `$1, $2, ...` of a statement.
fn arguments(args: &[Arg<'_>]) -> Result<AnyArguments, StoreError> {
    let mut out = AnyArguments::default();
    for &arg in args {
        match arg {
            Arg::Int(x) => out.add(x),
            Arg::Real(x) => out.add(x),
            Arg::Text(x) => out.add(x),
            Arg::OptText(x) => out.add(x),
        }
        .map_err(sqlx::Error::Encode)?;
    }
    Ok(out)
}

/// Runs a statement in the writer's transaction; returns the number of rows it changed.
async fn execute(tx: &mut Transaction<'static, Any>, sql: &'static str, args: &[Arg<'_>]) -> Result<u64, StoreError> {
    Ok(sqlx::query_with(sql, arguments(args)?).execute(&mut **tx).await?.rows_affected())
}

/// The first row of a query in the writer's transaction, if any.
async fn fetch_optional_in(
    tx: &mut Transaction<'static, Any>,
    sql: &'static str,
    args: &[Arg<'_>],
) -> Result<Option<AnyRow>, StoreError> {
    Ok(sqlx::query_with(sql, arguments(args)?).fetch_optional(&mut **tx).await?)
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

/// A stored response plan.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PlanRow {
    pub id: i64,
    pub created_at: String,
    pub created_by: i64,
    pub request: String,
    pub result: String,
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

    /// Every row of a query, as `T`.
    async fn fetch_all<T>(&self, sql: &'static str, args: &[Arg<'_>]) -> Result<Vec<T>, StoreError>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        Ok(sqlx::query_as_with(sql, arguments(args)?).fetch_all(&self.pool).await?)
    }

    /// The first row of a query, as `T`, if any.
    async fn fetch_optional<T>(&self, sql: &'static str, args: &[Arg<'_>]) -> Result<Option<T>, StoreError>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        Ok(sqlx::query_as_with(sql, arguments(args)?).fetch_optional(&self.pool).await?)
    }

    // ----- participants and tokens -----

    pub async fn participants(&self) -> Result<Vec<Participant>, StoreError> {
        self.fetch_all("SELECT * FROM participants ORDER BY id", &[]).await
    }

    pub async fn participant_by_name(&self, name: &str) -> Result<Option<Participant>, StoreError> {
        self.fetch_optional("SELECT * FROM participants WHERE name = $1", &[Arg::Text(name)]).await
    }

    /// The participant holding a live (unrevoked) token with this hash.
    pub async fn participant_by_token_hash(&self, hash: &str) -> Result<Option<Participant>, StoreError> {
        self.fetch_optional(
            "SELECT p.* FROM participants p JOIN tokens t ON t.participant_id = p.id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
            &[Arg::Text(hash)],
        )
        .await
    }

    pub async fn count_participants(&self, role: Option<Role>) -> Result<i64, StoreError> {
        let row: Option<(i64,)> = match role {
            Some(r) => {
                self.fetch_optional("SELECT COUNT(*) AS n FROM participants WHERE role = $1", &[Arg::Text(r.as_str())])
                    .await?
            }
            None => self.fetch_optional("SELECT COUNT(*) AS n FROM participants", &[]).await?,
        };
        Ok(row.map_or(0, |(n,)| n))
    }

    /// Tokens (without hashes): id, participant, prefix, created, revoked.
    pub async fn tokens(&self) -> Result<Vec<(i64, String, String, String, Option<String>)>, StoreError> {
        self.fetch_all(
            "SELECT t.id, p.name, t.prefix, t.created_at, t.revoked_at FROM tokens t \
             JOIN participants p ON p.id = t.participant_id ORDER BY t.id",
            &[],
        )
        .await
    }

    // ----- declarations -----

    /// The latest version of every declaration.
    pub async fn latest_declarations(&self) -> Result<Vec<DeclarationRow>, StoreError> {
        self.fetch_all(
            "SELECT d.* FROM declarations d WHERE d.version = \
             (SELECT MAX(d2.version) FROM declarations d2 WHERE d2.id = d.id) ORDER BY d.id",
            &[],
        )
        .await
    }

    pub async fn declaration_versions(&self, id: i64) -> Result<Vec<DeclarationRow>, StoreError> {
        self.fetch_all("SELECT * FROM declarations WHERE id = $1 ORDER BY version", &[Arg::Int(id)]).await
    }

    pub async fn declaration_version(&self, id: i64, version: i64) -> Result<Option<DeclarationRow>, StoreError> {
        self.fetch_optional(
            "SELECT * FROM declarations WHERE id = $1 AND version = $2",
            &[Arg::Int(id), Arg::Int(version)],
        )
        .await
    }

    // ----- plans -----

    pub async fn plans(&self) -> Result<Vec<PlanRow>, StoreError> {
        self.fetch_all("SELECT * FROM plans ORDER BY id", &[]).await
    }

    pub async fn plan(&self, id: i64) -> Result<Option<PlanRow>, StoreError> {
        self.fetch_optional("SELECT * FROM plans WHERE id = $1", &[Arg::Int(id)]).await
    }

    // ----- audit -----

    pub async fn audit_entries(&self) -> Result<Vec<AuditEntry>, StoreError> {
        self.fetch_all("SELECT * FROM audit_log ORDER BY seq", &[]).await
    }
}

/// A table whose ids the writer hands out (one more than the largest).
#[derive(Clone, Copy, Debug)]
enum Table {
    Participants,
    Tokens,
    Declarations,
    Plans,
}

/// The next id of a table (inside the writer's transaction).
async fn next_id(tx: &mut Transaction<'static, Any>, table: Table) -> Result<i64, StoreError> {
    let sql = match table {
        Table::Participants => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM participants",
        Table::Tokens => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM tokens",
        Table::Declarations => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM declarations",
        Table::Plans => "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM plans",
    };
    let row =
        fetch_optional_in(tx, sql, &[]).await?.ok_or_else(|| StoreError::Invalid("no row from MAX(id)".into()))?;
    Ok(row.try_get("n")?)
}

/// Inserts a row whose id (`$1`) is the table's next; `args` are `$2, $3, ...`. Returns the id.
async fn insert_with_next_id(
    tx: &mut Transaction<'static, Any>,
    table: Table,
    sql: &'static str,
    args: &[Arg<'_>],
) -> Result<i64, StoreError> {
    let id = next_id(tx, table).await?;
    let all: Vec<Arg<'_>> = std::iter::once(Arg::Int(id)).chain(args.iter().copied()).collect();
    execute(tx, sql, &all).await?;
    Ok(id)
}

/// Appends an audit entry in the caller's transaction; returns its sequence number.
pub async fn append_audit(
    tx: &mut Transaction<'static, Any>,
    actor: &str,
    action: &str,
    target: &str,
    content: &[u8],
) -> Result<i64, StoreError> {
    let last = fetch_optional_in(tx, "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1", &[]).await?;
    let (seq, prev): (i64, String) = match last {
        Some(r) => (r.try_get::<i64, _>("seq")? + 1, r.try_get("entry_hash")?),
        None => (1, GENESIS.to_string()),
    };
    let at = now();
    let content_hash = sha256_hex(content);
    let hash = entry_hash(&prev, seq, &at, actor, action, target, &content_hash);
    execute(
        tx,
        "INSERT INTO audit_log (seq, at, actor, action, target, content_hash, prev_hash, entry_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &[
            Arg::Int(seq),
            Arg::Text(&at),
            Arg::Text(actor),
            Arg::Text(action),
            Arg::Text(target),
            Arg::Text(&content_hash),
            Arg::Text(&prev),
            Arg::Text(&hash),
        ],
    )
    .await?;
    Ok(seq)
}

pub async fn insert_participant(
    tx: &mut Transaction<'static, Any>,
    name: &str,
    country: Option<&str>,
    role: Role,
) -> Result<Participant, StoreError> {
    if fetch_optional_in(tx, "SELECT id FROM participants WHERE name = $1", &[Arg::Text(name)]).await?.is_some() {
        return Err(StoreError::Invalid(format!("a participant named '{name}' exists already")));
    }
    let created_at = now();
    let id = insert_with_next_id(
        tx,
        Table::Participants,
        "INSERT INTO participants (id, name, country, role, created_at) VALUES ($1, $2, $3, $4, $5)",
        &[Arg::Text(name), Arg::OptText(country), Arg::Text(role.as_str()), Arg::Text(&created_at)],
    )
    .await?;
    Ok(Participant { id, name: name.into(), country: country.map(String::from), role, created_at })
}

/// Stores a token's hash; returns the token id.
pub async fn insert_token(
    tx: &mut Transaction<'static, Any>,
    participant_id: i64,
    token_hash: &str,
    prefix: &str,
) -> Result<i64, StoreError> {
    insert_with_next_id(
        tx,
        Table::Tokens,
        "INSERT INTO tokens (id, participant_id, token_hash, prefix, created_at) VALUES ($1, $2, $3, $4, $5)",
        &[Arg::Int(participant_id), Arg::Text(token_hash), Arg::Text(prefix), Arg::Text(&now())],
    )
    .await
}

/// Revokes every live token of a participant (or one token by id); returns how many.
pub async fn revoke_tokens(
    tx: &mut Transaction<'static, Any>,
    participant_id: i64,
    token_id: Option<i64>,
) -> Result<u64, StoreError> {
    let at = now();
    match token_id {
        Some(t) => {
            execute(
                tx,
                "UPDATE tokens SET revoked_at = $1 WHERE participant_id = $2 AND id = $3 AND revoked_at IS NULL",
                &[Arg::Text(&at), Arg::Int(participant_id), Arg::Int(t)],
            )
            .await
        }
        None => {
            execute(
                tx,
                "UPDATE tokens SET revoked_at = $1 WHERE participant_id = $2 AND revoked_at IS NULL",
                &[Arg::Text(&at), Arg::Int(participant_id)],
            )
            .await
        }
    }
}

/// Inserts a version: a new declaration (`id = None`, version 1) or the next version of one.
pub async fn insert_declaration(
    tx: &mut Transaction<'static, Any>,
    id: Option<i64>,
    v: &NewVersion,
) -> Result<DeclarationRow, StoreError> {
    let (id, version) = match id {
        None => (next_id(tx, Table::Declarations).await?, 1),
        Some(id) => {
            let row =
                fetch_optional_in(tx, "SELECT MAX(version) AS v FROM declarations WHERE id = $1", &[Arg::Int(id)])
                    .await?;
            let last: Option<i64> = row.map(|r| r.try_get("v")).transpose()?.flatten();
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
    execute(
        tx,
        "INSERT INTO declarations (id, version, owner_id, kind, status, visibility, country, mineral, tonnes, body, \
         created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        &[
            Arg::Int(row.id),
            Arg::Int(row.version),
            Arg::Int(row.owner_id),
            Arg::Text(&row.kind),
            Arg::Text(&row.status),
            Arg::Text(&row.visibility),
            Arg::Text(&row.country),
            Arg::Text(&row.mineral),
            Arg::Real(row.tonnes),
            Arg::Text(&row.body),
            Arg::Text(&row.created_at),
            Arg::Int(row.created_by),
        ],
    )
    .await?;
    Ok(row)
}

pub async fn insert_plan(
    tx: &mut Transaction<'static, Any>,
    created_by: i64,
    request: &str,
    result: &str,
) -> Result<PlanRow, StoreError> {
    let created_at = now();
    let id = insert_with_next_id(
        tx,
        Table::Plans,
        "INSERT INTO plans (id, created_at, created_by, request, result) VALUES ($1, $2, $3, $4, $5)",
        &[Arg::Text(&created_at), Arg::Int(created_by), Arg::Text(request), Arg::Text(result)],
    )
    .await?;
    Ok(PlanRow { id, created_at, created_by, request: request.into(), result: result.into() })
}
