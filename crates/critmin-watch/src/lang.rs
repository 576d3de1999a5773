//! The 12 supported languages and language detection restricted to them: the script decides
//! between Latin, Cyrillic and CJK; letters peculiar to one language and frequent short words
//! decide within a script.

use serde::{Deserialize, Serialize};

/// A supported language (ISO 639-1 code in files and outputs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Ro,
    Bg,
    Sl,
    Uk,
    Ru,
    Ja,
    Zh,
}

impl Lang {
    /// Every supported language, in the order used by tables.
    pub const ALL: [Lang; 12] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Ro,
        Lang::Bg,
        Lang::Sl,
        Lang::Uk,
        Lang::Ru,
        Lang::Ja,
        Lang::Zh,
    ];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ro => "ro",
            Lang::Bg => "bg",
            Lang::Sl => "sl",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
        }
    }

    /// The language with this ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether words are written without spaces (Japanese, Chinese).
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Ja | Lang::Zh)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

const LATIN: [(Lang, &[&str]); 7] = [
    (
        Lang::En,
        &[
            "the", "and", "of", "to", "in", "on", "for", "with", "said", "is", "was", "has", "its", "by", "from",
            "that", "will", "a", "an", "as", "at", "it", "be", "have", "would",
        ],
    ),
    (
        Lang::De,
        &[
            "der", "die", "das", "und", "mit", "von", "den", "ist", "im", "auf", "für", "nicht", "sich", "dem", "des",
            "ein", "eine", "hat", "wird", "zu", "am", "bis", "nach", "sollen", "sind", "einer",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "pour", "sur", "au", "aux", "qui", "que",
            "par", "ont", "a", "été", "ses", "son", "avec", "l", "d", "de",
        ],
    ),
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "y", "del", "en", "que", "un", "una", "por", "con", "para", "se", "su", "ha",
            "al", "sus", "lo", "es", "fue", "han", "como", "de",
        ],
    ),
    (
        Lang::It,
        &[
            "il", "la", "le", "gli", "e", "di", "del", "della", "che", "per", "con", "un", "una", "ha", "è", "dei",
            "delle", "nel", "alla", "sono", "dal", "dalla", "lo", "l", "anche",
        ],
    ),
    (
        Lang::Ro,
        &[
            "și", "în", "de", "la", "cu", "pe", "un", "o", "care", "a", "din", "pentru", "să", "este", "al", "ale",
            "lui", "privind", "către", "au", "fost", "și-a", "asupra", "după", "si", "in",
        ],
    ),
    (
        Lang::Sl,
        &[
            "in", "je", "so", "na", "za", "v", "z", "da", "ki", "se", "bo", "pa", "od", "po", "tudi", "ter", "s",
            "kot", "ob", "bodo", "ali", "med", "iz", "le", "še", "sta", "bi", "ni", "jih", "ta", "to", "bil", "bila",
        ],
    ),
];

const CYRILLIC: [(Lang, &[&str]); 3] = [
    (
        Lang::Ru,
        &[
            "и",
            "в",
            "во",
            "не",
            "на",
            "что",
            "с",
            "по",
            "о",
            "из",
            "к",
            "для",
            "от",
            "это",
            "его",
            "был",
            "была",
            "будет",
            "также",
            "году",
            "г",
            "который",
            "которые",
            "после",
        ],
    ),
    (
        Lang::Uk,
        &[
            "і",
            "й",
            "в",
            "у",
            "на",
            "що",
            "з",
            "із",
            "по",
            "до",
            "для",
            "від",
            "це",
            "його",
            "було",
            "буде",
            "також",
            "році",
            "р",
            "який",
            "які",
            "після",
            "та",
        ],
    ),
    (
        Lang::Bg,
        &[
            "и",
            "в",
            "във",
            "на",
            "че",
            "с",
            "със",
            "по",
            "от",
            "за",
            "да",
            "се",
            "това",
            "е",
            "са",
            "ще",
            "беше",
            "година",
            "г",
            "който",
            "които",
            "след",
            "към",
        ],
    ),
];

/// Detect the language of `text` among the 12 supported ones. Never fails: text with no letters is
/// taken as English.
pub fn detect(text: &str) -> Lang {
    let (mut latin, mut cyr, mut kana, mut han) = (0usize, 0usize, 0usize, 0usize);
    let mut marks = [0usize; 12];
    for c in text.chars() {
        match c {
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{0400}'..='\u{04FF}' => {
                cyr += 1;
                match c {
                    'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => marks[Lang::Uk.index()] += 3,
                    'ы' | 'э' | 'ё' | 'Ы' | 'Э' | 'Ё' => marks[Lang::Ru.index()] += 3,
                    'ъ' => marks[Lang::Bg.index()] += 1,
                    _ => {}
                }
            }
            c if c.is_alphabetic() => {
                latin += 1;
                match c {
                    'ă' | 'ș' | 'ț' | 'ş' | 'ţ' | 'Ș' | 'Ț' | 'Ă' | 'â' | 'î' => marks[Lang::Ro.index()] += 2,
                    'č' | 'š' | 'ž' | 'Č' | 'Š' | 'Ž' => marks[Lang::Sl.index()] += 2,
                    'ä' | 'ö' | 'ü' | 'ß' | 'Ä' | 'Ö' | 'Ü' => marks[Lang::De.index()] += 2,
                    'é' | 'è' | 'ê' | 'ç' | 'û' | 'ô' => marks[Lang::Fr.index()] += 1,
                    'ñ' | 'á' | 'í' | 'ó' | 'ú' | '¿' | '¡' => marks[Lang::Es.index()] += 1,
                    'ì' | 'ò' | 'ù' => marks[Lang::It.index()] += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if kana + han > 0 && kana + han >= (latin + cyr) / 4 {
        return if kana > 0 { Lang::Ja } else { Lang::Zh };
    }
    let table: &[(Lang, &[&str])] = if cyr > latin { &CYRILLIC } else { &LATIN };
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        let lower = crate::norm::fold(word);
        for (lang, words) in table {
            if words.contains(&lower.as_str()) {
                marks[lang.index()] += 2;
            }
        }
    }
    table.iter().map(|(l, _)| *l).max_by_key(|l| (marks[l.index()], std::cmp::Reverse(l.index()))).unwrap_or(Lang::En)
}
