//! Figures: percent shares ("90%", "90 Prozent", "ninety per cent", "百分之九十", "9割") and money
//! amounts with their scale words and currencies resolved ("$400 million" → 400000000 USD,
//! "1,2 Mrd. Euro" → 1200000000 EUR, "5 млрд долларов", "4億ドル", "50亿元"), also with the
//! number in words ("two billion dollars", "half a billion", "zwei Milliarden Euro", "două
//! miliarde", "два миллиарда", "二十億ドル", "两亿美元"; see the numbers module).

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Percent,
    Money,
}

/// A number found in an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub kind: FigureKind,
    /// Percent as written (90.0 for "90%"), or money in units of the currency.
    pub value: f64,
    /// ISO 4217 code for money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The text as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

const NUM: &str = r"\d{1,3}(?:[ \u{a0}\u{202f}.,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

/// Scale words (folded) and their multipliers; longest first in the regex.
const SCALES: &[(&str, f64)] = &[
    ("mil millones", 1e9),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("m", 1e6),
    ("b", 1e9),
    ("tausend", 1e3),
    ("mio.", 1e6),
    ("mio", 1e6),
    ("millionen", 1e6),
    ("mrd.", 1e9),
    ("mrd", 1e9),
    ("milliarde", 1e9),
    ("milliarden", 1e9),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("md", 1e9),
    ("mds", 1e9),
    ("millón", 1e6),
    ("millones", 1e6),
    ("milione", 1e6),
    ("milioni", 1e6),
    ("miliardo", 1e9),
    ("miliardi", 1e9),
    ("mld", 1e9),
    ("mld.", 1e9),
    ("mil.", 1e6),
    ("milion", 1e6),
    ("milioane", 1e6),
    ("miliard", 1e9),
    ("miliarde", 1e9),
    ("милион", 1e6),
    ("милиона", 1e6),
    ("милиард", 1e9),
    ("милиарда", 1e9),
    ("млн.", 1e6),
    ("млн", 1e6),
    ("млрд.", 1e9),
    ("млрд", 1e9),
    ("хил.", 1e3),
    ("тыс.", 1e3),
    ("тис.", 1e3),
    ("milijon", 1e6),
    ("milijona", 1e6),
    ("milijone", 1e6),
    ("milijonov", 1e6),
    ("milijarda", 1e9),
    ("milijardi", 1e9),
    ("milijarde", 1e9),
    ("milijard", 1e9),
    ("mrd.", 1e9),
    ("мільйон", 1e6),
    ("мільйона", 1e6),
    ("мільйони", 1e6),
    ("мільйонів", 1e6),
    ("мільярд", 1e9),
    ("мільярда", 1e9),
    ("мільярди", 1e9),
    ("мільярдів", 1e9),
    ("миллион", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("миллиард", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("万", 1e4),
    ("億", 1e8),
    ("亿", 1e8),
    ("兆", 1e12),
    ("千万", 1e7),
];

/// Currency words (folded) and their ISO 4217 codes.
const CURRENCIES: &[(&str, &str)] = &[
    ("us-dollar", "USD"),
    ("us-dollars", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("dólares", "USD"),
    ("dólar", "USD"),
    ("dollari", "USD"),
    ("dollaro", "USD"),
    ("dolari", "USD"),
    ("dolar", "USD"),
    ("долара", "USD"),
    ("долар", "USD"),
    ("dolarjev", "USD"),
    ("dolarja", "USD"),
    ("dolarje", "USD"),
    ("доларів", "USD"),
    ("долари", "USD"),
    ("долларов", "USD"),
    ("доллара", "USD"),
    ("долл.", "USD"),
    ("ドル", "USD"),
    ("美元", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("евро", "EUR"),
    ("євро", "EUR"),
    ("evrov", "EUR"),
    ("evra", "EUR"),
    ("evre", "EUR"),
    ("evro", "EUR"),
    ("ユーロ", "EUR"),
    ("欧元", "EUR"),
    ("豪ドル", "AUD"),
    ("澳元", "AUD"),
    ("australian dollars", "AUD"),
    ("australian dollar", "AUD"),
    ("australische dollar", "AUD"),
    ("dollars australiens", "AUD"),
    ("dólares australianos", "AUD"),
    ("dollari australiani", "AUD"),
    ("dolari australieni", "AUD"),
    ("австралийски долара", "AUD"),
    ("avstralskih dolarjev", "AUD"),
    ("австралійських доларів", "AUD"),
    ("австралийских долларов", "AUD"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("rupii", "INR"),
    ("rupien", "INR"),
    ("roupies", "INR"),
    ("rupias", "INR"),
    ("rupie", "INR"),
    ("rupij", "INR"),
    ("рупий", "INR"),
    ("рупии", "INR"),
    ("рупій", "INR"),
    ("ルピー", "INR"),
    ("卢比", "INR"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("юаней", "CNY"),
    ("юанів", "CNY"),
    ("юана", "CNY"),
    ("元", "CNY"),
    ("人民币", "CNY"),
    ("yen", "JPY"),
    ("円", "JPY"),
    ("日元", "JPY"),
    ("иен", "JPY"),
    ("йен", "JPY"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("sterling", "GBP"),
    ("рублей", "RUB"),
    ("рубля", "RUB"),
    ("руб.", "RUB"),
    ("гривень", "UAH"),
    ("грн", "UAH"),
    ("лева", "BGN"),
    ("лв.", "BGN"),
    ("lei", "RON"),
];

/// Currency signs before the number.
const SIGNS: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("¥", "JPY"),
    ("￥", "JPY"),
];

/// Percent words; those with a hyphen are compound adjectives after the number ("50-odstotne
/// carine", "25-prozentige Zölle", "a 50-percent tariff", "50-процентни мита", "50-відсоткові").
const PERCENT_WORDS: &str = r"%|％|percent|per cent|prozent|pour cent|por ciento|per cento|percento|la sută|la suta|de procente|procente|procent|процента|процентов|процент|процентни пункта|на сто\b|відсотка|відсотків|відсотки|відсоток|odstotka|odstotkov|odstotke|odstotek|odstotki|パーセント|-odstot|-prozentig|-percent|-per-cent|-процентн|-відсотков|-процентов";

fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut w: Vec<&str> = words.collect();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w.dedup();
    w.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

struct Res {
    /// Japanese tenths: "9割" is 90 %
    wari: Regex,
    /// right after a number in words: a scale word ("two| billion", "jumătate| de miliard")
    scale_tail: Regex,
    /// right after a number or its scale word: the currency ("billion| dollars", "milliards|
    /// d'euros", "亿|美元")
    currency_tail: Regex,
    /// right after a number in words: a percent word ("ninety| per cent")
    percent_tail: Regex,
    /// Japanese/Chinese compound amounts: "6億2000万ドル"
    cjk_compound: Regex,
    percent: Regex,
    prefix: Regex,
    suffix: Regex,
}

static RES: LazyLock<Option<Res>> = LazyLock::new(|| {
    let scales = alternation(SCALES.iter().map(|(s, _)| *s));
    let cur = alternation(CURRENCIES.iter().map(|(s, _)| *s));
    let signs = alternation(SIGNS.iter().map(|(s, _)| *s));
    let percent = Regex::new(&format!(r"({NUM})\s?(?:{PERCENT_WORDS})")).ok()?;
    let prefix = Regex::new(&format!(r"(?:^|[^\w])({signs})\s?({NUM})(?:\s?({scales})(?:\b|$|[^\w]))?")).ok()?;
    let suffix = Regex::new(&format!(
        r"({NUM})\s?(?:de\s)?(?:({scales})\s?)?(?:(?:de|d'|d’|di|of)\s?)?(?:(?:us|u\.s\.|американских)\s?)?({cur})"
    ))
    .ok()?;
    let wari = Regex::new(r"(\d+(?:\.\d+)?)割").ok()?;
    let cjk_compound = Regex::new(&format!(r"(\d+)[億亿](\d+)万({cur})")).ok()?;
    // whole scale words only: not the abbreviations "m" and "b"
    let words = alternation(SCALES.iter().map(|(s, _)| *s).filter(|s| s.chars().count() > 1));
    let scale_tail = Regex::new(&format!(r"^[\s\u{{a0}}-]*(?:de\s+)?({words})(?:\b|$)")).ok()?;
    let currency_tail =
        Regex::new(&format!(r"^\s?(?:(?:de|d'|d’|di|of)\s?)?(?:(?:us|u\.s\.|американских)\s?)?({cur})")).ok()?;
    let percent_tail = Regex::new(&format!(r"^[\s\u{{a0}}-]?(?:{PERCENT_WORDS})")).ok()?;
    Some(Res { wari, scale_tail, currency_tail, percent_tail, cjk_compound, percent, prefix, suffix })
});

/// Parse a number as written in `lang` ("1,2" is 1.2 in German, "1,200" is 1200 in English).
pub fn parse_number(s: &str, lang: Lang) -> Option<f64> {
    let s: String = s.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    let english_style = matches!(lang, Lang::En | Lang::Ja | Lang::Zh);
    let (has_dot, has_comma) = (s.contains('.'), s.contains(','));
    let cleaned = if has_dot && has_comma {
        let last_dot = s.rfind('.').unwrap_or(0);
        let last_comma = s.rfind(',').unwrap_or(0);
        if last_dot > last_comma { s.replace(',', "") } else { s.replace('.', "").replace(',', ".") }
    } else if has_comma {
        let groups: Vec<&str> = s.split(',').collect();
        let thousands = groups.len() > 2 || (english_style && groups.iter().skip(1).all(|g| g.len() == 3));
        if thousands { s.replace(',', "") } else { s.replace(',', ".") }
    } else if has_dot {
        let groups: Vec<&str> = s.split('.').collect();
        let thousands = groups.len() > 2 || (!english_style && groups.iter().skip(1).all(|g| g.len() == 3));
        if thousands { s.replace('.', "") } else { s }
    } else {
        s
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn scale_of(word: Option<&str>) -> f64 {
    let Some(w) = word else { return 1.0 };
    let w = crate::norm::fold(w);
    SCALES.iter().find(|(s, _)| *s == w).map_or(1.0, |(_, m)| *m)
}

fn currency_of(word: &str, lang: Lang, table: &[(&str, &'static str)]) -> Option<&'static str> {
    let w = crate::norm::fold(word);
    if (w == "¥" || w == "￥") && lang == Lang::Zh {
        return Some("CNY");
    }
    table.iter().find(|(s, _)| *s == w).map(|(_, c)| *c)
}

/// All figures in `sentence` (its folded form), in text order.
pub fn find_figures(lang: Lang, folded: &str) -> Vec<Figure> {
    let Some(res) = RES.as_ref() else { return Vec::new() };
    let mut found: Vec<(usize, usize, Figure)> = Vec::new();
    let overlaps =
        |found: &[(usize, usize, Figure)], s: usize, e: usize| found.iter().any(|(a, b, _)| s < *b && *a < e);
    if lang.is_cjk() {
        for c in res.cjk_compound.captures_iter(folded) {
            let (Some(all), Some(a), Some(b), Some(cw)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else { continue };
            let (Ok(a), Ok(b)) = (a.as_str().parse::<f64>(), b.as_str().parse::<f64>()) else { continue };
            let Some(cur) = currency_of(cw.as_str(), lang, CURRENCIES) else { continue };
            let f = Figure {
                kind: FigureKind::Money,
                value: a * 1e8 + b * 1e4,
                currency: Some(cur.into()),
                text: all.as_str().into(),
            };
            found.push((all.start(), all.end(), f));
        }
        if lang == Lang::Ja {
            for c in res.wari.captures_iter(folded) {
                let (Some(all), Some(n)) = (c.get(0), c.get(1)) else { continue };
                let Ok(v) = n.as_str().parse::<f64>() else { continue };
                let f =
                    Figure { kind: FigureKind::Percent, value: v * 10.0, currency: None, text: all.as_str().into() };
                found.push((all.start(), all.end(), f));
            }
        }
    }
    for c in res.prefix.captures_iter(folded) {
        let (Some(sign), Some(n)) = (c.get(1), c.get(2)) else { continue };
        let Some(v) = parse_number(n.as_str(), lang) else { continue };
        let Some(cur) = currency_of(sign.as_str(), lang, SIGNS) else { continue };
        let end = c.get(3).map_or(n.end(), |m| m.end());
        if overlaps(&found, sign.start(), end) {
            continue;
        }
        let value = v * scale_of(c.get(3).map(|m| m.as_str()));
        found.push((
            sign.start(),
            end,
            Figure {
                kind: FigureKind::Money,
                value,
                currency: Some(cur.to_string()),
                text: folded[sign.start()..end].to_string(),
            },
        ));
    }
    for c in res.suffix.captures_iter(folded) {
        let (Some(all), Some(n), Some(cw)) = (c.get(0), c.get(1), c.get(3)) else { continue };
        if overlaps(&found, all.start(), all.end()) {
            continue;
        }
        if !lang.is_cjk() && !cw.as_str().chars().all(crate::norm::is_cjk) {
            let after = folded[cw.end()..].chars().next();
            if after.is_some_and(|c| c.is_alphanumeric()) {
                continue; // "euro" inside "europe"
            }
        }
        let Some(v) = parse_number(n.as_str(), lang) else { continue };
        let Some(cur) = currency_of(cw.as_str(), lang, CURRENCIES) else { continue };
        let value = v * scale_of(c.get(2).map(|m| m.as_str()));
        found.push((
            all.start(),
            all.end(),
            Figure { kind: FigureKind::Money, value, currency: Some(cur.to_string()), text: all.as_str().to_string() },
        ));
    }
    for c in res.percent.captures_iter(folded) {
        let (Some(all), Some(n)) = (c.get(0), c.get(1)) else { continue };
        if overlaps(&found, all.start(), all.end()) {
            continue;
        }
        let Some(v) = parse_number(n.as_str(), lang) else { continue };
        found.push((
            all.start(),
            all.end(),
            Figure { kind: FigureKind::Percent, value: v, currency: None, text: all.as_str().to_string() },
        ));
    }
    if lang.is_cjk() {
        cjk_word_figures(lang, folded, res, &mut found);
    } else {
        word_figures(lang, folded, res, &mut found);
    }
    found.sort_by_key(|f| f.0);
    found.into_iter().map(|f| f.2).collect()
}

/// The currency right after byte `pos` ("dollars", "d'euros", "美元"), with the end of its match.
fn currency_after(lang: Lang, folded: &str, pos: usize, res: &Res) -> Option<(&'static str, usize)> {
    let c = res.currency_tail.captures(&folded[pos..])?;
    let (all, cw) = (c.get(0)?, c.get(1)?);
    let end = pos + all.end();
    let word = cw.as_str();
    if !word.chars().all(crate::norm::is_cjk) && folded[end..].chars().next().is_some_and(char::is_alphanumeric) {
        return None; // "euro" inside "europe"
    }
    Some((currency_of(word, lang, CURRENCIES)?, end))
}

/// Figures whose number is written in words: a scale word and a currency after it ("two billion
/// dollars", "half a billion euros", "due miliardi di euro", "два милиарда долара"), a currency
/// directly ("twenty dollars"), or a percent word ("ninety per cent", "pet odstotkov").
fn word_figures(lang: Lang, folded: &str, res: &Res, found: &mut Vec<(usize, usize, Figure)>) {
    for run in crate::numbers::runs(lang, folded) {
        if found.iter().any(|(a, b, _)| run.start < *b && *a < run.end) {
            continue;
        }
        let scale = res.scale_tail.captures(&folded[run.end..]).and_then(|c| Some((c.get(0)?.end(), c.get(1)?)));
        let figure = match scale {
            Some((len, word)) => currency_after(lang, folded, run.end + len, res).map(|(cur, end)| {
                let value = run.value * scale_of(Some(word.as_str()));
                (end, FigureKind::Money, value, Some(cur))
            }),
            None if run.article_only => None,
            None => currency_after(lang, folded, run.end, res)
                .map(|(cur, end)| (end, FigureKind::Money, run.value, Some(cur)))
                .or_else(|| {
                    let m = res.percent_tail.find(&folded[run.end..])?;
                    Some((run.end + m.end(), FigureKind::Percent, run.value, None))
                }),
        };
        if let Some((end, kind, value, currency)) = figure {
            let text = folded[run.start..end].to_string();
            found.push((run.start, end, Figure { kind, value, currency: currency.map(String::from), text }));
        }
    }
}

/// Japanese and Chinese numerals: "二十億ドル", "两亿美元" (money needs a large unit, 万 or 亿, so
/// that "三元" in "三元锂电池" is no amount), "百分之九十", "九割".
fn cjk_word_figures(lang: Lang, folded: &str, res: &Res, found: &mut Vec<(usize, usize, Figure)>) {
    use crate::numbers::{cjk_value, is_cjk_digit, is_cjk_numeral};
    let mut i = 0;
    while let Some((off, c)) = folded[i..].char_indices().find(|(_, c)| is_cjk_numeral(*c)) {
        let start = i + off;
        let end =
            folded[start..].char_indices().find(|(_, c)| !is_cjk_numeral(*c)).map_or(folded.len(), |(j, _)| start + j);
        i = end.max(start + c.len_utf8());
        let run = &folded[start..end];
        // "百分之九十": the run "百" before "分之"
        if run.ends_with('百') && folded[end..].starts_with("分之") {
            let from = end + "分之".len();
            let to = folded[from..]
                .char_indices()
                .find(|(_, c)| !is_cjk_numeral(*c) && *c != '.')
                .map_or(folded.len(), |(j, _)| from + j);
            let digits = &folded[from..to];
            let value = digits.parse::<f64>().ok().or_else(|| cjk_value(digits));
            if let Some(value) = value.filter(|_| to > from) {
                let text = folded[start..to].to_string();
                found.push((start, to, Figure { kind: FigureKind::Percent, value, currency: None, text }));
            }
            i = to.max(i);
            continue;
        }
        // "数十億ドル" is "several billion": no figure
        let vague = folded[..start].ends_with(['数', '几', '幾']);
        if vague || !run.chars().any(is_cjk_digit) || found.iter().any(|(a, b, _)| start < *b && *a < end) {
            continue;
        }
        let Some(value) = cjk_value(run) else { continue };
        let large = run.contains(['万', '萬', '億', '亿', '兆']);
        let figure = if let Some((cur, to)) = currency_after(lang, folded, end, res).filter(|_| large) {
            Some((to, FigureKind::Money, value, Some(cur)))
        } else if lang == Lang::Ja
            && folded[end..].starts_with('割')
            && !folded[end..].starts_with("割当")
            && value <= 10.0
        {
            Some((end + '割'.len_utf8(), FigureKind::Percent, value * 10.0, None))
        } else {
            res.percent_tail.find(&folded[end..]).map(|m| (end + m.end(), FigureKind::Percent, value, None))
        };
        if let Some((to, kind, value, currency)) = figure {
            let text = folded[start..to].to_string();
            found.push((start, to, Figure { kind, value, currency: currency.map(String::from), text }));
        }
    }
}
