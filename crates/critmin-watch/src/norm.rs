//! Text normalisation that keeps byte offsets: every replacement has the same UTF-8 length as the
//! character it replaces, so a span found in the normalised text is a span of the original.

/// Case-preserving normalisation: Romanian cedilla letters to comma-below (ş→ș, ţ→ț), Russian ё→е.
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ş' => 'ș',
            'Ş' => 'Ș',
            'ţ' => 'ț',
            'Ţ' => 'Ț',
            'ё' => 'е',
            'Ё' => 'Е',
            c => c,
        })
        .collect()
}

/// Lower-case `text` character by character where the lower-case form is a single character of
/// the same UTF-8 length (all letters of the 12 languages are); other characters stay as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Han ideographs, kana and CJK punctuation: scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x3000..=0x303F | 0xFF01..=0xFF0F)
}

/// A word character for whole-word matching: letters and digits, not CJK.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}
