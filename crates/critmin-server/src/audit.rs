//! The audit chain: every write and every analysis run appends one entry whose hash covers the
//! previous entry's hash and its own fields (SHA-256), so changing, removing or reordering any
//! entry breaks every later link. Pure functions; the database layer stores the entries.

use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One stored audit entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    /// RFC 3339 UTC.
    pub at: String,
    /// `participant:<id>:<name>`, or `admin` for the command line.
    pub actor: String,
    pub action: String,
    pub target: String,
    /// SHA-256 (hex) of the content the action wrote or ran on.
    pub content_hash: String,
    pub prev_hash: String,
    pub entry_hash: String,
}

/// Lowercase hex of SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// The hash of an entry: SHA-256 over the previous hash and the entry's fields, one per line.
pub fn entry_hash(
    prev_hash: &str,
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    target: &str,
    content_hash: &str,
) -> String {
    sha256_hex(format!("{prev_hash}\n{seq}\n{at}\n{actor}\n{action}\n{target}\n{content_hash}").as_bytes())
}

/// Where the chain breaks.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("audit entry {seq} is bad: {reason}")]
pub struct ChainBreak {
    pub seq: i64,
    pub reason: String,
}

/// Checks entries in `seq` order: numbering from 1 without gaps, each `prev_hash` equal to the
/// previous `entry_hash` (the genesis value for the first) and each `entry_hash` recomputed.
/// Returns the number of entries, or the first bad one.
pub fn verify_chain<'a>(entries: impl IntoIterator<Item = &'a AuditEntry>) -> Result<usize, ChainBreak> {
    let mut prev = GENESIS.to_string();
    let mut n = 0usize;
    for e in entries {
        let expected_seq = n as i64 + 1;
        if e.seq != expected_seq {
            return Err(ChainBreak {
                seq: e.seq,
                reason: format!(
                    "sequence number {} where {expected_seq} was expected (an entry was removed or inserted)",
                    e.seq
                ),
            });
        }
        if e.prev_hash != prev {
            return Err(ChainBreak { seq: e.seq, reason: "its prev_hash is not the previous entry's hash".into() });
        }
        let h = entry_hash(&e.prev_hash, e.seq, &e.at, &e.actor, &e.action, &e.target, &e.content_hash);
        if h != e.entry_hash {
            return Err(ChainBreak {
                seq: e.seq,
                reason: "its fields do not match its hash (the entry was changed)".into(),
            });
        }
        prev = e.entry_hash.clone();
        n += 1;
    }
    Ok(n)
}
