//! What can go wrong when a market measure is computed from resolved inputs.

/// An input a measure cannot be computed from. File errors (line, field) are `critmin-data`'s.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MarketError {
    #[error("HS {hs6} is not one of {mineral}'s codes ({known})")]
    UnknownHs { hs6: u32, mineral: String, known: String },
    #[error("no trade of {mineral} recorded in {year}; trade covers {first}-{last}")]
    NoTrade { mineral: String, year: u16, first: u16, last: u16 },
    #[error("{what} must be a finite number {rule}, got {value}")]
    BadNumber { what: String, value: f64, rule: &'static str },
    #[error("contract '{name}' ends in {end}, before {as_of}: its whole term is in the past")]
    TermInPast { name: String, end: u16, as_of: u16 },
    #[error("the cost table has no entry for HS {hs6}")]
    NoCosts { hs6: u32 },
    #[error("{who} buys under offtake '{name}' but is not a member of {club}")]
    BuyerOutsideClub { name: String, who: String, club: String },
    #[error("the club {0} has no members")]
    EmptyClub(String),
}
