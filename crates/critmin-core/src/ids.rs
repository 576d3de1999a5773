//! Dense integer ids: indexes into the dataset's tables, never codes from a source file.

/// Index of a country in [`crate::Dataset::countries`]. Not the BACI code: see [`crate::Country::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryId(pub u16);

/// Index of a mineral in [`crate::Dataset::minerals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MineralId(pub u16);

impl CountryId {
    /// The index as a `usize`, for indexing columnar vectors.
    pub fn idx(self) -> usize {
        usize::from(self.0)
    }
}

impl MineralId {
    /// The index as a `usize`, for indexing columnar vectors.
    pub fn idx(self) -> usize {
        usize::from(self.0)
    }
}
