//! Numbers written in words, in the 12 languages: the cardinals 1–20, the tens, their compounds
//! ("twenty-five", "fünfundzwanzig", "vingt-cinq", "quatre-vingt-dix", "veinticinco",
//! "venticinque", "douăzeci și cinci", "двадесет и пет", "petindvajset", "двадцять п'ять"),
//! hundreds, "half" ("half a", "eine halbe", "demi", "medio", "mezzo", "jumătate", "половин",
//! "pol", "пів", "пол"), an article standing for one before a scale word ("a billion", "eine
//! Milliarde", "un miliard") and Japanese/Chinese numerals ("二十億", "两亿", "百分之九十").
//! Scale words (million, Milliarde, миллиард ...) are the figures module's; this module reads
//! the number in front of them.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lang::Lang;

/// What one word contributes to a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Word {
    /// A cardinal added to the number being read (5, 20, 25, 300).
    Num(f64),
    /// "hundred", "cent", "sute": multiplies what comes before (or 1) by 100.
    Hundred,
    /// "mil", "mille", "mii", "хиляди", "тисяч": multiplies what comes before (or 1) by 1000.
    Thousand,
    /// An article that stands for one only right before a scale word ("a billion").
    One,
    /// "half" ("half a billion", "eine halbe Milliarde", "medio millón").
    Half,
    /// "and" between two parts of one number ("vingt et un", "treinta y cinco").
    And,
}

/// (units 1–19 with their forms, tens 20–90, hundreds, thousands, articles, half, and)
struct Lexicon {
    units: &'static [(&'static str, u32)],
    tens: &'static [(&'static str, u32)],
    hundreds: &'static [(&'static str, u32)],
    hundred: &'static [&'static str],
    thousand: &'static [&'static str],
    one: &'static [&'static str],
    half: &'static [&'static str],
    and: &'static [&'static str],
}

fn lexicon(lang: Lang) -> Lexicon {
    match lang {
        Lang::En => Lexicon {
            units: &[
                ("one", 1),
                ("two", 2),
                ("three", 3),
                ("four", 4),
                ("five", 5),
                ("six", 6),
                ("seven", 7),
                ("eight", 8),
                ("nine", 9),
                ("ten", 10),
                ("eleven", 11),
                ("twelve", 12),
                ("thirteen", 13),
                ("fourteen", 14),
                ("fifteen", 15),
                ("sixteen", 16),
                ("seventeen", 17),
                ("eighteen", 18),
                ("nineteen", 19),
            ],
            tens: &[
                ("twenty", 20),
                ("thirty", 30),
                ("forty", 40),
                ("fifty", 50),
                ("sixty", 60),
                ("seventy", 70),
                ("eighty", 80),
                ("ninety", 90),
            ],
            hundreds: &[],
            hundred: &["hundred"],
            thousand: &[],
            one: &["a", "an"],
            half: &["half"],
            and: &["and"],
        },
        Lang::De => Lexicon {
            units: &[
                ("eins", 1),
                ("ein", 1),
                ("eine", 1),
                ("einer", 1),
                ("einem", 1),
                ("einen", 1),
                ("zwei", 2),
                ("zwo", 2),
                ("drei", 3),
                ("vier", 4),
                ("fünf", 5),
                ("sechs", 6),
                ("sieben", 7),
                ("acht", 8),
                ("neun", 9),
                ("zehn", 10),
                ("elf", 11),
                ("zwölf", 12),
                ("dreizehn", 13),
                ("vierzehn", 14),
                ("fünfzehn", 15),
                ("sechzehn", 16),
                ("siebzehn", 17),
                ("achtzehn", 18),
                ("neunzehn", 19),
            ],
            tens: &[
                ("zwanzig", 20),
                ("dreißig", 30),
                ("vierzig", 40),
                ("fünfzig", 50),
                ("sechzig", 60),
                ("siebzig", 70),
                ("achtzig", 80),
                ("neunzig", 90),
            ],
            hundreds: &[],
            hundred: &["hundert"],
            thousand: &[],
            one: &[],
            half: &["halbe", "halben", "halb"],
            and: &[],
        },
        Lang::Fr => Lexicon {
            units: &[
                ("un", 1),
                ("une", 1),
                ("deux", 2),
                ("trois", 3),
                ("quatre", 4),
                ("cinq", 5),
                ("six", 6),
                ("sept", 7),
                ("huit", 8),
                ("neuf", 9),
                ("dix", 10),
                ("onze", 11),
                ("douze", 12),
                ("treize", 13),
                ("quatorze", 14),
                ("quinze", 15),
                ("seize", 16),
            ],
            tens: &[
                ("vingt", 20),
                ("vingts", 20),
                ("trente", 30),
                ("quarante", 40),
                ("cinquante", 50),
                ("soixante", 60),
            ],
            hundreds: &[],
            hundred: &["cent", "cents"],
            thousand: &["mille"],
            one: &[],
            half: &["demi", "demie"],
            and: &["et"],
        },
        Lang::Es => Lexicon {
            units: &[
                ("uno", 1),
                ("un", 1),
                ("una", 1),
                ("dos", 2),
                ("tres", 3),
                ("cuatro", 4),
                ("cinco", 5),
                ("seis", 6),
                ("siete", 7),
                ("ocho", 8),
                ("nueve", 9),
                ("diez", 10),
                ("once", 11),
                ("doce", 12),
                ("trece", 13),
                ("catorce", 14),
                ("quince", 15),
                ("dieciséis", 16),
                ("diecisiete", 17),
                ("dieciocho", 18),
                ("diecinueve", 19),
                ("veintiuno", 21),
                ("veintiún", 21),
                ("veintiuna", 21),
                ("veintidós", 22),
                ("veintitrés", 23),
                ("veinticuatro", 24),
                ("veinticinco", 25),
                ("veintiséis", 26),
                ("veintisiete", 27),
                ("veintiocho", 28),
                ("veintinueve", 29),
            ],
            tens: &[
                ("veinte", 20),
                ("treinta", 30),
                ("cuarenta", 40),
                ("cincuenta", 50),
                ("sesenta", 60),
                ("setenta", 70),
                ("ochenta", 80),
                ("noventa", 90),
            ],
            hundreds: &[
                ("cien", 100),
                ("ciento", 100),
                ("doscientos", 200),
                ("doscientas", 200),
                ("trescientos", 300),
                ("trescientas", 300),
                ("cuatrocientos", 400),
                ("cuatrocientas", 400),
                ("quinientos", 500),
                ("quinientas", 500),
                ("seiscientos", 600),
                ("seiscientas", 600),
                ("setecientos", 700),
                ("setecientas", 700),
                ("ochocientos", 800),
                ("ochocientas", 800),
                ("novecientos", 900),
                ("novecientas", 900),
            ],
            hundred: &[],
            thousand: &["mil"],
            one: &[],
            half: &["medio", "media"],
            and: &["y"],
        },
        Lang::It => Lexicon {
            units: &[
                ("uno", 1),
                ("un", 1),
                ("una", 1),
                ("due", 2),
                ("tre", 3),
                ("quattro", 4),
                ("cinque", 5),
                ("sei", 6),
                ("sette", 7),
                ("otto", 8),
                ("nove", 9),
                ("dieci", 10),
                ("undici", 11),
                ("dodici", 12),
                ("tredici", 13),
                ("quattordici", 14),
                ("quindici", 15),
                ("sedici", 16),
                ("diciassette", 17),
                ("diciotto", 18),
                ("diciannove", 19),
            ],
            tens: &[
                ("venti", 20),
                ("trenta", 30),
                ("quaranta", 40),
                ("cinquanta", 50),
                ("sessanta", 60),
                ("settanta", 70),
                ("ottanta", 80),
                ("novanta", 90),
            ],
            hundreds: &[("cento", 100)],
            hundred: &[],
            thousand: &["mille", "mila"],
            one: &[],
            half: &["mezzo", "mezza"],
            and: &["e"],
        },
        Lang::Ro => Lexicon {
            units: &[
                ("unu", 1),
                ("un", 1),
                ("una", 1),
                ("o", 1),
                ("doi", 2),
                ("două", 2),
                ("doua", 2),
                ("trei", 3),
                ("patru", 4),
                ("cinci", 5),
                ("șase", 6),
                ("sase", 6),
                ("șapte", 7),
                ("sapte", 7),
                ("opt", 8),
                ("nouă", 9),
                ("noua", 9),
                ("zece", 10),
                ("unsprezece", 11),
                ("unsprăzece", 11),
                ("doisprezece", 12),
                ("douăsprezece", 12),
                ("treisprezece", 13),
                ("paisprezece", 14),
                ("cincisprezece", 15),
                ("șaisprezece", 16),
                ("șaptesprezece", 17),
                ("optsprezece", 18),
                ("nouăsprezece", 19),
            ],
            tens: &[
                ("douăzeci", 20),
                ("douazeci", 20),
                ("treizeci", 30),
                ("patruzeci", 40),
                ("cincizeci", 50),
                ("șaizeci", 60),
                ("saizeci", 60),
                ("șaptezeci", 70),
                ("saptezeci", 70),
                ("optzeci", 80),
                ("nouăzeci", 90),
                ("nouazeci", 90),
            ],
            hundreds: &[],
            hundred: &["sută", "suta", "sute"],
            thousand: &["mie", "mii"],
            one: &[],
            half: &["jumătate", "jumatate"],
            and: &["și", "si"],
        },
        Lang::Bg => Lexicon {
            units: &[
                ("един", 1),
                ("една", 1),
                ("едно", 1),
                ("два", 2),
                ("две", 2),
                ("три", 3),
                ("четири", 4),
                ("пет", 5),
                ("шест", 6),
                ("седем", 7),
                ("осем", 8),
                ("девет", 9),
                ("десет", 10),
                ("единадесет", 11),
                ("единайсет", 11),
                ("дванадесет", 12),
                ("дванайсет", 12),
                ("тринадесет", 13),
                ("тринайсет", 13),
                ("четиринадесет", 14),
                ("четиринайсет", 14),
                ("петнадесет", 15),
                ("петнайсет", 15),
                ("шестнадесет", 16),
                ("шестнайсет", 16),
                ("седемнадесет", 17),
                ("седемнайсет", 17),
                ("осемнадесет", 18),
                ("осемнайсет", 18),
                ("деветнадесет", 19),
                ("деветнайсет", 19),
            ],
            tens: &[
                ("двадесет", 20),
                ("двайсет", 20),
                ("тридесет", 30),
                ("трийсет", 30),
                ("четиридесет", 40),
                ("четирийсет", 40),
                ("петдесет", 50),
                ("шестдесет", 60),
                ("седемдесет", 70),
                ("осемдесет", 80),
                ("деветдесет", 90),
            ],
            hundreds: &[
                ("сто", 100),
                ("двеста", 200),
                ("триста", 300),
                ("четиристотин", 400),
                ("петстотин", 500),
                ("шестстотин", 600),
                ("седемстотин", 700),
                ("осемстотин", 800),
                ("деветстотин", 900),
            ],
            hundred: &[],
            thousand: &["хиляди", "хиляда"],
            one: &[],
            half: &["половин"],
            and: &["и"],
        },
        Lang::Sl => Lexicon {
            units: &[
                ("ena", 1),
                ("en", 1),
                ("eno", 1),
                ("enega", 1),
                ("dva", 2),
                ("dve", 2),
                ("tri", 3),
                ("štiri", 4),
                ("pet", 5),
                ("šest", 6),
                ("sedem", 7),
                ("osem", 8),
                ("devet", 9),
                ("deset", 10),
                ("enajst", 11),
                ("dvanajst", 12),
                ("trinajst", 13),
                ("štirinajst", 14),
                ("petnajst", 15),
                ("šestnajst", 16),
                ("sedemnajst", 17),
                ("osemnajst", 18),
                ("devetnajst", 19),
            ],
            tens: &[
                ("dvajset", 20),
                ("trideset", 30),
                ("štirideset", 40),
                ("petdeset", 50),
                ("šestdeset", 60),
                ("sedemdeset", 70),
                ("osemdeset", 80),
                ("devetdeset", 90),
            ],
            hundreds: &[
                ("sto", 100),
                ("dvesto", 200),
                ("tristo", 300),
                ("štiristo", 400),
                ("petsto", 500),
                ("šeststo", 600),
                ("sedemsto", 700),
                ("osemsto", 800),
                ("devetsto", 900),
            ],
            hundred: &[],
            thousand: &["tisoč"],
            one: &[],
            half: &["pol"],
            and: &["in"],
        },
        Lang::Uk => Lexicon {
            units: &[
                ("один", 1),
                ("одна", 1),
                ("одне", 1),
                // genitive ("щонайменше одного мільярда доларів")
                ("одного", 1),
                ("однієї", 1),
                ("двох", 2),
                ("трьох", 3),
                ("чотирьох", 4),
                ("п'яти", 5),
                ("п’яти", 5),
                ("шести", 6),
                ("семи", 7),
                ("восьми", 8),
                ("дев'яти", 9),
                ("дев’яти", 9),
                ("десяти", 10),
                ("два", 2),
                ("дві", 2),
                ("три", 3),
                ("чотири", 4),
                ("п'ять", 5),
                ("п’ять", 5),
                ("шість", 6),
                ("сім", 7),
                ("вісім", 8),
                ("дев'ять", 9),
                ("дев’ять", 9),
                ("десять", 10),
                ("одинадцять", 11),
                ("дванадцять", 12),
                ("тринадцять", 13),
                ("чотирнадцять", 14),
                ("п'ятнадцять", 15),
                ("п’ятнадцять", 15),
                ("шістнадцять", 16),
                ("сімнадцять", 17),
                ("вісімнадцять", 18),
                ("дев'ятнадцять", 19),
                ("дев’ятнадцять", 19),
            ],
            tens: &[
                ("двадцять", 20),
                ("тридцять", 30),
                ("сорок", 40),
                ("п'ятдесят", 50),
                ("п’ятдесят", 50),
                ("шістдесят", 60),
                ("сімдесят", 70),
                ("вісімдесят", 80),
                ("дев'яносто", 90),
                ("дев’яносто", 90),
            ],
            hundreds: &[
                ("сто", 100),
                ("двісті", 200),
                ("триста", 300),
                ("чотириста", 400),
                ("п'ятсот", 500),
                ("п’ятсот", 500),
                ("шістсот", 600),
                ("сімсот", 700),
                ("вісімсот", 800),
                ("дев'ятсот", 900),
                ("дев’ятсот", 900),
            ],
            hundred: &[],
            thousand: &["тисяча", "тисячі", "тисяч"],
            one: &[],
            half: &["пів", "півтора"],
            and: &[],
        },
        Lang::Ru => Lexicon {
            units: &[
                ("один", 1),
                ("одна", 1),
                ("одно", 1),
                // genitive ("не менее одного миллиарда долларов")
                ("одного", 1),
                ("одной", 1),
                ("двух", 2),
                ("трех", 3),
                ("четырех", 4),
                ("пяти", 5),
                ("шести", 6),
                ("семи", 7),
                ("восьми", 8),
                ("девяти", 9),
                ("десяти", 10),
                ("два", 2),
                ("две", 2),
                ("три", 3),
                ("четыре", 4),
                ("пять", 5),
                ("шесть", 6),
                ("семь", 7),
                ("восемь", 8),
                ("девять", 9),
                ("десять", 10),
                ("одиннадцать", 11),
                ("двенадцать", 12),
                ("тринадцать", 13),
                ("четырнадцать", 14),
                ("пятнадцать", 15),
                ("шестнадцать", 16),
                ("семнадцать", 17),
                ("восемнадцать", 18),
                ("девятнадцать", 19),
            ],
            tens: &[
                ("двадцать", 20),
                ("тридцать", 30),
                ("сорок", 40),
                ("пятьдесят", 50),
                ("шестьдесят", 60),
                ("семьдесят", 70),
                ("восемьдесят", 80),
                ("девяносто", 90),
            ],
            hundreds: &[
                ("сто", 100),
                ("двести", 200),
                ("триста", 300),
                ("четыреста", 400),
                ("пятьсот", 500),
                ("шестьсот", 600),
                ("семьсот", 700),
                ("восемьсот", 800),
                ("девятьсот", 900),
            ],
            hundred: &[],
            thousand: &["тысяча", "тысячи", "тысяч"],
            one: &[],
            half: &["пол", "половина", "полтора"],
            and: &[],
        },
        Lang::Ja | Lang::Zh => {
            Lexicon { units: &[], tens: &[], hundreds: &[], hundred: &[], thousand: &[], one: &[], half: &[], and: &[] }
        }
    }
}

/// Word → meaning, per language, with the one-word compounds generated from the parts:
/// German "fünfundzwanzig", Italian "venticinque"/"ventotto"/"duecento"/"duemila", Slovenian
/// "petindvajset" (French "dix-sept", "quatre-vingt-dix" are read word by word).
static WORDS: LazyLock<Vec<HashMap<String, Word>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let lx = lexicon(lang);
            let mut m: HashMap<String, Word> = HashMap::new();
            for (w, v) in lx.units.iter().chain(lx.tens).chain(lx.hundreds) {
                m.insert((*w).to_string(), Word::Num(f64::from(*v)));
            }
            for w in lx.hundred {
                m.insert((*w).to_string(), Word::Hundred);
            }
            for w in lx.thousand {
                m.insert((*w).to_string(), Word::Thousand);
            }
            for w in lx.one {
                m.insert((*w).to_string(), Word::One);
            }
            for w in lx.half {
                // "полтора"/"півтора" is one and a half
                let v = if w.ends_with("тора") { Word::Num(1.5) } else { Word::Half };
                m.insert((*w).to_string(), v);
            }
            for w in lx.and {
                m.insert((*w).to_string(), Word::And);
            }
            let small: Vec<(&str, u32)> = lx.units.iter().copied().filter(|(_, v)| (1..=9).contains(v)).collect();
            match lang {
                Lang::De => {
                    for (t, tv) in lx.tens {
                        for (u, uv) in [
                            ("ein", 1),
                            ("zwei", 2),
                            ("drei", 3),
                            ("vier", 4),
                            ("fünf", 5),
                            ("sechs", 6),
                            ("sieben", 7),
                            ("acht", 8),
                            ("neun", 9),
                        ] {
                            m.insert(format!("{u}und{t}"), Word::Num(f64::from(tv + uv)));
                        }
                    }
                    for (u, uv) in [("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6)] {
                        m.insert(format!("{u}hundert"), Word::Num(f64::from(uv * 100)));
                    }
                }
                Lang::It => {
                    for (t, tv) in lx.tens {
                        for (u, uv) in small.iter().filter(|(u, _)| !matches!(*u, "un" | "una")) {
                            // the tens lose their vowel before "uno" and "otto": ventuno, trentotto
                            let stem = if matches!(*u, "uno" | "otto") { &t[..t.len() - 1] } else { t };
                            m.insert(format!("{stem}{u}"), Word::Num(f64::from(tv + uv)));
                            if *u == "tre" {
                                m.insert(format!("{stem}tré"), Word::Num(f64::from(tv + uv)));
                            }
                        }
                    }
                    for (u, uv) in small.iter().filter(|(_, v)| *v >= 2) {
                        m.insert(format!("{u}cento"), Word::Num(f64::from(uv * 100)));
                        m.insert(format!("{u}mila"), Word::Num(f64::from(uv * 1000)));
                    }
                }
                Lang::Sl => {
                    for (t, tv) in lx.tens {
                        for (u, uv) in small.iter().filter(|(u, _)| !matches!(*u, "en" | "eno" | "enega" | "dve")) {
                            m.insert(format!("{u}in{t}"), Word::Num(f64::from(tv + uv)));
                        }
                    }
                }
                _ => {}
            }
            m
        })
        .collect()
});

/// The cardinal words 1–19 and the tens of `lang` (for patterns such as "N days ago").
pub(crate) fn count_words(lang: Lang) -> Vec<&'static str> {
    let lx = lexicon(lang);
    lx.units.iter().chain(lx.tens).map(|(w, _)| *w).collect()
}

/// The meaning of one folded word in `lang`.
pub(crate) fn word(lang: Lang, w: &str) -> Option<Word> {
    WORDS.get(lang.index())?.get(w).copied()
}

/// A number read from words: its byte span in the sentence and its value; `article_only` when
/// it is just an article or "half" ("a", "half a"), which counts only right before a scale word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumberRun {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub article_only: bool,
}

/// Word tokens of `folded` with their byte spans: letters and digits, apostrophes inside a word
/// ("п'ять", "d'euros"); hyphens and everything else separate.
pub(crate) fn tokens(folded: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = folded.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = (c == '\'' || c == '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| crate::norm::is_word_char(*n));
        if crate::norm::is_word_char(c) || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, folded.len()));
    }
    out
}

/// French 70–79 and 90–99 are 60 or 80 plus 10–19 ("soixante-dix", "quatre-vingt-onze"), and
/// 17–19 are 10 plus a unit ("dix-sept").
fn french_teen_after(current: f64, v: f64) -> bool {
    let rest = current % 100.0;
    ((rest == 60.0 || rest == 80.0) && (10.0..20.0).contains(&v)) || (rest == 10.0 && (7.0..10.0).contains(&v))
}

/// Reads numbers written in words, left to right, into runs.
struct Reader {
    lang: Lang,
    start: usize,
    end: usize,
    /// completed thousands
    thousands: f64,
    /// the part below a thousand
    current: f64,
    half: bool,
    numeral: bool,
    one: bool,
    /// an "and" was read after the last number word
    pending_and: bool,
}

impl Reader {
    fn new(lang: Lang, start: usize) -> Reader {
        Reader {
            lang,
            start,
            end: start,
            thousands: 0.0,
            current: 0.0,
            half: false,
            numeral: false,
            one: false,
            pending_and: false,
        }
    }

    fn is_empty(&self) -> bool {
        !self.numeral && !self.one && !self.half
    }

    /// Add a word; false when it cannot continue this number.
    fn push(&mut self, w: Word, end: usize) -> bool {
        let c = self.current;
        let ok = match w {
            Word::And => {
                if self.numeral && !self.pending_and {
                    self.pending_and = true;
                    return true; // the span still ends at the last number word
                }
                false
            }
            Word::One => self.is_empty() || (self.half && !self.one && !self.numeral),
            Word::Half => !self.half && !self.numeral,
            Word::Num(v) => {
                let fits = if self.half || self.one {
                    false
                } else if !self.numeral {
                    true
                } else if self.lang == Lang::Fr && v == 20.0 && c % 100.0 == 4.0 {
                    self.current = c - 4.0 + 60.0; // quatre-vingt(s) is 4 × 20: 60 here, 20 below
                    true
                } else if self.lang == Lang::Fr && french_teen_after(c, v) {
                    true // soixante-dix, quatre-vingt-onze, dix-sept
                } else if c == 0.0 {
                    self.thousands > 0.0 && v < 1000.0 // "dos mil quinientos"
                } else {
                    // "twenty five" (a ten, then a unit), "two hundred fifty": what was read so far
                    // ends in zeros wide enough for the new part
                    let place = if v < 10.0 {
                        10.0
                    } else if v < 100.0 {
                        100.0
                    } else {
                        1000.0
                    };
                    c % place == 0.0 && c >= place * if v < 10.0 { 2.0 } else { 1.0 }
                };
                if fits {
                    self.current += v;
                }
                fits
            }
            Word::Hundred => {
                let fits = c < 10.0 && !self.half;
                if fits {
                    self.current = c.max(1.0) * 100.0;
                }
                fits
            }
            Word::Thousand => {
                let fits = self.thousands == 0.0 && !self.half;
                if fits {
                    self.thousands = c.max(1.0) * 1000.0;
                    self.current = 0.0;
                }
                fits
            }
        };
        if ok {
            match w {
                Word::One => self.one = true,
                Word::Half => self.half = true,
                _ => {
                    self.numeral = true;
                    self.one = false;
                }
            }
            self.end = end;
            self.pending_and = false;
        }
        ok
    }

    fn finish(&self) -> Option<NumberRun> {
        if self.is_empty() {
            return None;
        }
        let value = if self.half && !self.numeral {
            0.5
        } else {
            let v = self.thousands + self.current;
            if v == 0.0 && self.one { 1.0 } else { v }
        };
        Some(NumberRun { start: self.start, end: self.end, value, article_only: !self.numeral })
    }
}

/// Numbers written in words in a folded sentence, in text order. Also a Ukrainian/Russian "half"
/// fused with the next word ("півмільярда", "полмиллиарда"): a run of 0.5 over the prefix.
pub(crate) fn runs(lang: Lang, folded: &str) -> Vec<NumberRun> {
    if lang.is_cjk() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut reader: Option<Reader> = None;
    for (s, e) in tokens(folded) {
        let tok = &folded[s..e];
        let w = word(lang, tok);
        if let (Some(r), Some(w)) = (reader.as_mut(), w)
            && r.push(w, e)
        {
            continue;
        }
        if let Some(run) = reader.take().and_then(|r| r.finish()) {
            out.push(run);
        }
        match w {
            Some(w) => {
                let mut r = Reader::new(lang, s);
                if r.push(w, e) {
                    reader = Some(r);
                }
            }
            None => {
                for prefix in ["пів", "пол"] {
                    let fused = matches!((lang, prefix), (Lang::Uk, "пів") | (Lang::Ru, "пол"));
                    if fused && tok.starts_with(prefix) && tok.len() > prefix.len() + 4 {
                        out.push(NumberRun { start: s, end: s + prefix.len(), value: 0.5, article_only: true });
                    }
                }
            }
        }
    }
    if let Some(run) = reader.and_then(|r| r.finish()) {
        out.push(run);
    }
    out
}

/// Japanese/Chinese numeral characters (and ASCII digits, which may be mixed in: "3千億").
pub(crate) fn is_cjk_numeral(c: char) -> bool {
    c.is_ascii_digit() || "〇零一二两兩三四五六七八九十百千万萬億亿兆".contains(c)
}

/// Whether `c` is a Japanese/Chinese digit or small unit (not a large one such as 万 or 億).
pub(crate) fn is_cjk_digit(c: char) -> bool {
    "〇零一二两兩三四五六七八九十百千".contains(c)
}

/// The value of a Japanese/Chinese numeral ("二十億" 2e9, "两亿" 2e8, "一万五千" 15000,
/// "百分之九十"'s "九十" 90, "3千億" 3e11); `None` when it has no digit.
pub(crate) fn cjk_value(s: &str) -> Option<f64> {
    // below each large unit: (units below 10^4, the 万 part, the 億 part, the 兆 part)
    let mut digits: Option<f64> = None;
    let mut section = 0.0; // below 10^4
    let mut wan = 0.0; // the part below 億, in units
    let mut oku = 0.0; // the part below 兆
    let mut total = 0.0;
    let mut any = false;
    for c in s.chars() {
        let d = match c {
            '〇' | '零' => Some(0.0),
            '一' => Some(1.0),
            '二' | '两' | '兩' => Some(2.0),
            '三' => Some(3.0),
            '四' => Some(4.0),
            '五' => Some(5.0),
            '六' => Some(6.0),
            '七' => Some(7.0),
            '八' => Some(8.0),
            '九' => Some(9.0),
            c if c.is_ascii_digit() => Some(f64::from(c as u8 - b'0')),
            _ => None,
        };
        if let Some(d) = d {
            digits = Some(digits.unwrap_or(0.0) * 10.0 + d);
            any = true;
            continue;
        }
        let small = match c {
            '十' => Some(10.0),
            '百' => Some(100.0),
            '千' => Some(1000.0),
            _ => None,
        };
        if let Some(m) = small {
            section += digits.take().unwrap_or(1.0) * m;
            any = true;
            continue;
        }
        let here = section + digits.take().unwrap_or(0.0);
        section = 0.0;
        match c {
            '万' | '萬' => wan += here.max(if here == 0.0 && wan == 0.0 { 1.0 } else { 0.0 }) * 1e4,
            '億' | '亿' => {
                oku += (wan + here) * 1e8;
                wan = 0.0;
            }
            '兆' => {
                total += (oku + wan + here) * 1e12;
                oku = 0.0;
                wan = 0.0;
            }
            _ => return None,
        }
    }
    let v = total + oku + wan + section + digits.unwrap_or(0.0);
    (any && v.is_finite()).then_some(v)
}
