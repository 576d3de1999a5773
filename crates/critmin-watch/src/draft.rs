//! Scenario drafts: restriction events become `[[restriction]]` entries of a stress-test scenario
//! (the TOML format of docs/scenarios.md). The fraction blocked, the destinations and a
//! postponement's length are not in the news: they are written as illustrative assumptions and
//! said to be so in the file.

use crate::{Event, EventType};

/// The dataset's name for a mineral id of the evaluation list (names resolve as in `critmin
/// minerals`: names, aliases, case-insensitive).
pub fn dataset_mineral_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "rare-earths" => "Rare earth",
        "lithium" => "Lithium",
        "cobalt" => "Cobalt",
        "nickel" => "Nickel",
        "graphite" => "Graphite",
        "copper" => "Copper",
        "gallium" => "Gallium",
        "germanium" => "Germanium",
        "antimony" => "Antimony",
        "tungsten" => "Tungsten",
        "uranium" => "Uranium",
        "manganese" => "Manganese",
        "pgm" => "Platinum",
        "tantalum" => "Tantalum",
        "niobium" => "Niobium",
        "titanium" => "Titanium",
        "magnesium" => "Magnesium",
        "vanadium" => "Vanadium",
        "tin" => "Tin",
        "aluminium" => "Aluminium",
        "molybdenum" => "Molybdenum",
        "zirconium" => "Zirconium",
        "indium" => "Indium",
        "bismuth" => "Bismuth",
        "tellurium" => "Tellurium",
        "fluorspar" => "Fluorspar",
        "chromium" => "Chromite",
        "silicon" => "Silicon",
        "beryllium" => "Beryllium",
        "boron" => "Boron",
        "phosphate" => "Phosphate",
        "zinc" => "Zinc",
        "iron-ore" => "Iron",
        _ => return None,
    })
}

fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A scenario draft from the restriction events among `events` (None when there are none).
/// The restricting country is the first country its sentence names.
pub fn scenario_draft(events: &[Event]) -> Option<String> {
    let restrictions: Vec<&Event> = events.iter().filter(|e| e.event_type.is_restriction()).collect();
    let first = *restrictions.first()?;
    let mineral = restrictions.iter().flat_map(|e| e.minerals.iter()).find_map(|m| dataset_mineral_name(m));
    let month = |e: &Event| format!("{:04}-{:02}", e.date.year, e.date.month);
    let mut s = String::new();
    s.push_str("# Scenario draft written by `critmin watch ingest --scenario-draft` from news events.\n");
    s.push_str("# ILLUSTRATIVE: fraction, destinations and suspension length are assumptions, not news;\n");
    s.push_str("# check them, the mineral and the baseline year before running `critmin stress`.\n");
    s.push_str(&format!("name = {}\n", toml_str(&format!("Draft from news: {}", first.sentence))));
    s.push_str(&format!(
        "description = {}\n",
        toml_str("Drafted from news events; fraction and destinations are illustrative assumptions")
    ));
    s.push_str(&format!("mineral = {}\n", toml_str(mineral.unwrap_or("Rare earth"))));
    if mineral.is_none() {
        s.push_str("# no mineral named in the events: \"Rare earth\" is a placeholder (illustrative)\n");
    }
    s.push_str(&format!("baseline_year = {}\n", (first.date.year - 1).min(2023)));
    s.push_str(&format!("start = \"{}\"\n", month(first)));
    s.push_str("months = 24\n");
    for e in restrictions.iter().copied() {
        s.push('\n');
        s.push_str(&format!("# {} ({}, {}): {}\n", e.event_type, e.date, e.lang, e.sentence.replace('\n', " ")));
        s.push_str("[[restriction]]\n");
        let exporters: Vec<String> = e.countries.iter().take(1).map(|c| toml_str(c)).collect();
        if exporters.is_empty() {
            s.push_str("exporters = [\"CHN\"]  # no country in the sentence: placeholder (illustrative)\n");
        } else {
            s.push_str(&format!("exporters = [{}]\n", exporters.join(", ")));
        }
        let ms: Vec<String> = e.minerals.iter().filter_map(|m| dataset_mineral_name(m)).map(toml_str).collect();
        if !ms.is_empty() {
            s.push_str(&format!("minerals = [{}]\n", ms.join(", ")));
        }
        s.push_str("destinations = \"all\"  # illustrative\n");
        s.push_str("fraction = 1.0  # illustrative\n");
        match e.event_type {
            EventType::RestrictionImposed => s.push_str(&format!("from = \"{}\"\n", month(e))),
            EventType::RestrictionPostponed => {
                s.push_str(&format!("from = \"{}\"\n", month(e)));
                s.push_str(&format!("suspended = {{ from = \"{}\", months = 12 }}  # length illustrative\n", month(e)));
            }
            _ => {
                s.push_str(&format!("from = \"{}\"  # illustrative: in force before it was lifted\n", month(first)));
                s.push_str(&format!("until = \"{}\"\n", month(e)));
            }
        }
    }
    Some(s)
}
