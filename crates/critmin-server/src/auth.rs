//! API tokens: 256 random bits, shown once, stored as SHA-256 hashes. A token is a bearer secret
//! of full entropy, so a fast hash is enough: nobody can guess a preimage, and checking a request
//! costs one SHA-256 (about a microsecond) instead of a password hash's deliberate 50-100 ms.

use crate::audit::{hex, sha256_hex};

/// What every token starts with (so a leaked one is easy to recognise in logs and scanners).
pub const TOKEN_PREFIX: &str = "cmx_";

/// A fresh random token: `cmx_` + 64 hex digits (32 bytes from the operating system).
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(format!("{TOKEN_PREFIX}{}", hex(&bytes)))
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    sha256_hex(token.as_bytes())
}

/// The first characters of a token, kept in clear to tell tokens apart in listings.
pub fn token_label(token: &str) -> String {
    token.chars().take(TOKEN_PREFIX.len() + 8).collect()
}

/// A token has the right shape (checked before any database lookup).
pub fn well_formed(token: &str) -> bool {
    token.len() == TOKEN_PREFIX.len() + 64
        && token.starts_with(TOKEN_PREFIX)
        && token[TOKEN_PREFIX.len()..].bytes().all(|b| b.is_ascii_hexdigit())
}
