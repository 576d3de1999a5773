//! Name resolution: names, codes, symbols and aliases to ids, with suggestions for typos.

/// A name that matched nothing, with the closest known names.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("unknown {kind} '{query}'{}", suggestion_text(.suggestions))]
pub struct NotFound {
    /// "mineral", "country" or "country or coalition".
    pub kind: &'static str,
    pub query: String,
    pub suggestions: Vec<String>,
}

fn suggestion_text(s: &[String]) -> String {
    match s {
        [] => String::new(),
        [one] => format!("; did you mean '{one}'?"),
        many => {
            format!("; did you mean one of: {}?", many.iter().map(|x| format!("'{x}'")).collect::<Vec<_>>().join(", "))
        }
    }
}

/// Lower-cases, trims, drops dots and folds runs of spaces, hyphens and underscores into one space.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '-' || c == '_').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|&c| c != '.').flat_map(char::to_lowercase));
    }
    out
}

/// The closest `keys` to `query` (each key paired with the display name it stands for), best first,
/// at most `max` distinct display names.
pub fn suggest<'a>(query: &str, keys: impl Iterator<Item = (&'a str, &'a str)>, max: usize) -> Vec<String> {
    let q = normalise(query);
    let mut scored: Vec<(f64, &str)> = keys
        .map(|(key, display)| {
            let k = normalise(key);
            let mut score = strsim::jaro_winkler(&q, &k);
            if !q.is_empty() && (k.starts_with(&q) || (q.len() >= 3 && k.contains(&q))) {
                score = score.max(0.9);
            }
            (score, display)
        })
        .filter(|(s, _)| *s >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Keep only names nearly as close as the best: one clear match is shown alone.
    let best = scored.first().map_or(0.0, |s| s.0);
    let mut out: Vec<String> = Vec::new();
    for (_, display) in scored.into_iter().filter(|s| s.0 >= best - 0.08) {
        if !out.iter().any(|d| d == display) {
            out.push(display.to_string());
        }
        if out.len() == max {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_dots_and_separators() {
        assert_eq!(normalise("  Rep. of   Korea "), "rep of korea");
        assert_eq!(normalise("rare-earths"), "rare earths");
        assert_eq!(normalise("G7+"), "g7+");
    }

    #[test]
    fn suggestions_rank_close_names_first() {
        let keys = [("Cobalt", "Cobalt"), ("Copper", "Copper"), ("Lithium", "Lithium")];
        let s = suggest("cobolt", keys.iter().map(|(a, b)| (*a, *b)), 3);
        assert_eq!(s.first().map(String::as_str), Some("Cobalt"));
        assert!(!s.contains(&"Lithium".to_string()));
    }
}
