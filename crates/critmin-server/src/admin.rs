//! Administration on the database directly (the `critmin admin` and `critmin audit` commands):
//! participants, tokens, the first coordinator, and the audit chain's verification. Every change
//! is audited (actor `admin`) in the same transaction.

use critmin_core::Dataset;

use crate::audit::{ChainBreak, sha256_hex, verify_chain};
use crate::auth::{new_token, token_hash, token_label};
use crate::error::StoreError;
use crate::store::{self, Participant, Role, Store};

/// The actor recorded for command-line changes.
pub const ADMIN: &str = "admin";

/// Resolves a country for a participant: its ISO3 code.
fn country_iso3(ds: &Dataset, country: Option<&str>, role: Role) -> Result<Option<String>, StoreError> {
    match country {
        Some(c) => {
            Ok(Some(ds.country(ds.resolve_country(c).map_err(|e| StoreError::Invalid(e.to_string()))?).iso3.clone()))
        }
        None if role == Role::Member => {
            Err(StoreError::Invalid("a member speaks for a country: give --country (a name or ISO code)".into()))
        }
        None => Ok(None),
    }
}

/// Creates a participant.
pub async fn create_participant(
    store: &Store,
    ds: &Dataset,
    name: &str,
    role: Role,
    country: Option<&str>,
) -> Result<Participant, StoreError> {
    if name.trim().is_empty() {
        return Err(StoreError::Invalid("a participant needs a name".into()));
    }
    let iso3 = country_iso3(ds, country, role)?;
    let (_g, mut tx) = store.write().await?;
    let p = store::insert_participant(&mut tx, name, iso3.as_deref(), role).await?;
    let content = serde_json::to_vec(&p).map_err(|e| StoreError::Invalid(e.to_string()))?;
    store::append_audit(&mut tx, ADMIN, "participant.create", &format!("participant/{}", p.id), &content).await?;
    tx.commit().await?;
    Ok(p)
}

/// Issues a token to a participant. Returns (token id, the token): the token is shown once, only its hash is kept.
pub async fn issue_token(store: &Store, name: &str) -> Result<(i64, String), StoreError> {
    let p =
        store.participant_by_name(name).await?.ok_or_else(|| StoreError::NotFound(format!("participant '{name}'")))?;
    let token =
        new_token().map_err(|e| StoreError::Invalid(format!("no randomness from the operating system: {e}")))?;
    let hash = token_hash(&token);
    let (_g, mut tx) = store.write().await?;
    let id = store::insert_token(&mut tx, p.id, &hash, &token_label(&token)).await?;
    store::append_audit(&mut tx, ADMIN, "token.issue", &format!("participant/{}/token/{id}", p.id), hash.as_bytes())
        .await?;
    tx.commit().await?;
    Ok((id, token))
}

/// Revokes a participant's tokens (all, or one by id). Returns how many were revoked.
pub async fn revoke(store: &Store, name: &str, token_id: Option<i64>) -> Result<u64, StoreError> {
    let p =
        store.participant_by_name(name).await?.ok_or_else(|| StoreError::NotFound(format!("participant '{name}'")))?;
    let (_g, mut tx) = store.write().await?;
    let n = store::revoke_tokens(&mut tx, p.id, token_id).await?;
    let target = match token_id {
        Some(t) => format!("participant/{}/token/{t}", p.id),
        None => format!("participant/{}/tokens", p.id),
    };
    store::append_audit(&mut tx, ADMIN, "token.revoke", &target, n.to_string().as_bytes()).await?;
    tx.commit().await?;
    Ok(n)
}

/// Creates the first coordinator and its token; refused once any coordinator exists.
pub async fn bootstrap(store: &Store, ds: &Dataset, name: &str) -> Result<(Participant, String), StoreError> {
    if store.count_participants(Some(Role::Coordinator)).await? > 0 {
        return Err(StoreError::Invalid(
            "a coordinator exists already: use `critmin admin create` and `critmin admin token` instead".into(),
        ));
    }
    let p = create_participant(store, ds, name, Role::Coordinator, None).await?;
    let (_, token) = issue_token(store, name).await?;
    Ok((p, token))
}

/// Checks the audit chain, then that every declaration version's content still has the hash its
/// audit entry recorded. Returns the number of entries, or the first bad entry.
pub async fn verify(store: &Store) -> Result<Result<usize, ChainBreak>, StoreError> {
    let entries = store.audit_entries().await?;
    let n = match verify_chain(&entries) {
        Ok(n) => n,
        Err(b) => return Ok(Err(b)),
    };
    for e in &entries {
        let Some(rest) = e.target.strip_prefix("declaration/") else { continue };
        let mut it = rest.split('/').map(str::parse::<i64>);
        let (Some(Ok(id)), Some(Ok(version))) = (it.next(), it.next()) else { continue };
        let ok = match store.declaration_version(id, version).await? {
            Some(row) => sha256_hex(row.body.as_bytes()) == e.content_hash,
            None => false,
        };
        if !ok {
            return Ok(Err(ChainBreak {
                seq: e.seq,
                reason: format!("declaration {id} version {version} no longer matches the content this entry recorded"),
            }));
        }
    }
    Ok(Ok(n))
}
