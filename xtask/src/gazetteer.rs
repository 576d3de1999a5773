//! `cargo xtask gazetteer`: rebuild critmin-watch's gazetteer (`crates/critmin-watch/data/
//! gazetteer.tsv` and `PROVENANCE.md`). Installs the inputs into a temporary folder — CLDR
//! locale names from npm, simplemma from PyPI in a virtualenv, Debian's iso-codes with apt-get
//! when missing — and runs `xtask/gazetteer.py`, which merges them with `data/curated.tsv`.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Versions pinned so that a rebuild is reproducible.
const CLDR_PACKAGE: &str = "cldr-localenames-full@48.2.0";
const SIMPLEMMA: &str = "simplemma==2.0.0";

fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().with_context(|| format!("running {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// Build the gazetteer into `out` (the critmin-watch data folder).
pub fn run_build(root: &Path, out: &Path) -> Result<()> {
    let tmp = std::env::temp_dir().join(format!("critmin-gazetteer-{}", std::process::id()));
    std::fs::create_dir_all(&tmp)?;
    eprintln!("installing {CLDR_PACKAGE} (npm) into {}", tmp.display());
    run(Command::new("npm").args(["install", "--no-audit", "--no-fund", "--prefix"]).arg(&tmp).arg(CLDR_PACKAGE))?;
    eprintln!("installing {SIMPLEMMA} (PyPI) into a virtualenv");
    let venv = tmp.join("venv");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    let python = venv.join("bin/python");
    run(Command::new(&python).args(["-m", "pip", "install", "--quiet", SIMPLEMMA]))?;
    let iso = Path::new("/usr/share/iso-codes/json/iso_3166-1.json");
    if !iso.is_file() {
        eprintln!("installing Debian's iso-codes (apt-get)");
        run(Command::new("apt-get").args(["install", "-y", "iso-codes"]))?;
    }
    let version = Command::new("dpkg-query")
        .args(["-W", "-f=${Version}", "iso-codes"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "unknown".into());
    run(Command::new("python3")
        .arg(root.join("xtask/gazetteer.py"))
        .arg("--cldr")
        .arg(tmp.join("node_modules/cldr-localenames-full"))
        .args(["--iso-codes", "/usr/share/iso-codes", "--locale", "/usr/share/locale", "--simplemma-python"])
        .arg(&python)
        .arg("--out")
        .arg(out)
        .args(["--iso-codes-version", &version]))?;
    std::fs::remove_dir_all(&tmp).ok();
    Ok(())
}
