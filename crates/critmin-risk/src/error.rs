//! Why a risk figure cannot be computed.

/// A figure that the data cannot support.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RiskError {
    #[error("no production figures for {mineral} in {year}; years with figures: {}", years_text(.available))]
    NoProduction { mineral: String, year: u16, available: Vec<u16> },
    #[error("{mineral} has no HS code, so no trade figures exist for it (production figures only)")]
    NoHsCode { mineral: String },
}

fn years_text(years: &[u16]) -> String {
    match (years.first(), years.last()) {
        (None, _) | (_, None) => "none".into(),
        (Some(a), Some(b)) if years.len() as u16 == b - a + 1 => format!("{a}-{b}"),
        _ => years.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
    }
}
