//! Dates in running text: explicit dates in the 12 languages ("9 October 2025", "9. Oktober",
//! "9 октября 2025 г.", "2025年10月9日", "le 9 octobre", "3-ти март", "3.3.2025", "October 2025",
//! "since February", "da febbraio", "от февруари") and relative ones ("yesterday", "on Tuesday",
//! "last Friday", "venerdì scorso", "vinerea trecută", "five days ago", "преди седмица", "last
//! week", "вчера", "昨日", "上周五") resolved against the article date, leaning to the past: a
//! weekday is the most recent one on or before the article date ("last Friday": before it; 上周五:
//! the Friday of the week before), "last week" is 7 days earlier, a day and month without a year
//! take the article's year unless that is more than 60 days after the article date (then the year
//! before); "last March" is the most recent March before the article's month and "in March last
//! year" / "去年3月" the year before the article's.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A calendar date, possibly only to the month (`YYYY-MM`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EventDate {
    pub year: i32,
    pub month: u32,
    pub day: Option<u32>,
}

impl EventDate {
    /// A full date.
    pub fn from_naive(d: NaiveDate) -> EventDate {
        EventDate { year: d.year(), month: d.month(), day: Some(d.day()) }
    }

    /// Parse `YYYY-MM-DD` or `YYYY-MM` (checked against the calendar).
    pub fn parse(s: &str) -> Option<EventDate> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(EventDate::from_naive(d));
        }
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(EventDate { year, month, day: None })
    }

    /// The first day this date covers.
    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day.unwrap_or(1))
    }
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

impl From<EventDate> for String {
    fn from(d: EventDate) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for EventDate {
    type Error = String;
    fn try_from(s: String) -> Result<EventDate, String> {
        EventDate::parse(&s).ok_or_else(|| format!("'{s}' is not a date (expected YYYY-MM-DD or YYYY-MM)"))
    }
}

/// How a date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Written out in the sentence.
    Explicit,
    /// A relative expression resolved against the article date.
    Relative,
    /// No date in the sentence: the date last stated earlier in the article body.
    Context,
    /// No date in the sentence or before it: the article's date.
    Article,
}

/// A date found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FoundDate {
    pub date: EventDate,
    pub source: DateSource,
    pub start: usize,
    /// Byte position right after the date's match.
    pub end: usize,
    /// Joined to the date before it by "and" ("in April and October"): each is the date of its
    /// own event of the same kind.
    pub joined: bool,
}

fn months(lang: Lang) -> &'static [(&'static str, u32)] {
    match lang {
        Lang::En => &[
            ("january", 1),
            ("february", 2),
            ("march", 3),
            ("april", 4),
            ("may", 5),
            ("june", 6),
            ("july", 7),
            ("august", 8),
            ("september", 9),
            ("october", 10),
            ("november", 11),
            ("december", 12),
            ("jan", 1),
            ("feb", 2),
            ("mar", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sept", 9),
            ("sep", 9),
            ("oct", 10),
            ("nov", 11),
            ("dec", 12),
        ],
        Lang::De => &[
            ("januar", 1),
            ("jänner", 1),
            ("februar", 2),
            ("märz", 3),
            ("april", 4),
            ("mai", 5),
            ("juni", 6),
            ("juli", 7),
            ("august", 8),
            ("september", 9),
            ("oktober", 10),
            ("november", 11),
            ("dezember", 12),
        ],
        Lang::Fr => &[
            ("janvier", 1),
            ("février", 2),
            ("fevrier", 2),
            ("mars", 3),
            ("avril", 4),
            ("mai", 5),
            ("juin", 6),
            ("juillet", 7),
            ("août", 8),
            ("aout", 8),
            ("septembre", 9),
            ("octobre", 10),
            ("novembre", 11),
            ("décembre", 12),
            ("decembre", 12),
        ],
        Lang::Es => &[
            ("enero", 1),
            ("febrero", 2),
            ("marzo", 3),
            ("abril", 4),
            ("mayo", 5),
            ("junio", 6),
            ("julio", 7),
            ("agosto", 8),
            ("septiembre", 9),
            ("setiembre", 9),
            ("octubre", 10),
            ("noviembre", 11),
            ("diciembre", 12),
        ],
        Lang::It => &[
            ("gennaio", 1),
            ("febbraio", 2),
            ("marzo", 3),
            ("aprile", 4),
            ("maggio", 5),
            ("giugno", 6),
            ("luglio", 7),
            ("agosto", 8),
            ("settembre", 9),
            ("ottobre", 10),
            ("novembre", 11),
            ("dicembre", 12),
        ],
        Lang::Ro => &[
            ("ianuarie", 1),
            ("februarie", 2),
            ("martie", 3),
            ("aprilie", 4),
            ("mai", 5),
            ("iunie", 6),
            ("iulie", 7),
            ("august", 8),
            ("septembrie", 9),
            ("octombrie", 10),
            ("noiembrie", 11),
            ("decembrie", 12),
        ],
        Lang::Bg => &[
            ("януари", 1),
            ("февруари", 2),
            ("март", 3),
            ("април", 4),
            ("май", 5),
            ("юни", 6),
            ("юли", 7),
            ("август", 8),
            ("септември", 9),
            ("октомври", 10),
            ("ноември", 11),
            ("декември", 12),
        ],
        Lang::Sl => &[
            ("januarja", 1),
            ("januar", 1),
            ("februarja", 2),
            ("februar", 2),
            ("marca", 3),
            ("marec", 3),
            ("aprila", 4),
            ("april", 4),
            ("maja", 5),
            ("maj", 5),
            ("junija", 6),
            ("junij", 6),
            ("julija", 7),
            ("julij", 7),
            ("avgusta", 8),
            ("avgust", 8),
            ("septembra", 9),
            ("september", 9),
            ("oktobra", 10),
            ("oktober", 10),
            ("novembra", 11),
            ("november", 11),
            ("decembra", 12),
            ("december", 12),
            // locative ("v aprilu": in April) and instrumental ("s 1. avgustom": as of 1 August)
            ("januarju", 1),
            ("februarju", 2),
            ("marcu", 3),
            ("aprilu", 4),
            ("maju", 5),
            ("juniju", 6),
            ("juliju", 7),
            ("avgustu", 8),
            ("septembru", 9),
            ("oktobru", 10),
            ("novembru", 11),
            ("decembru", 12),
            ("januarjem", 1),
            ("februarjem", 2),
            ("marcem", 3),
            ("aprilom", 4),
            ("majem", 5),
            ("junijem", 6),
            ("julijem", 7),
            ("avgustom", 8),
            ("septembrom", 9),
            ("oktobrom", 10),
            ("novembrom", 11),
            ("decembrom", 12),
        ],
        Lang::Uk => &[
            ("січня", 1),
            ("січень", 1),
            ("лютого", 2),
            ("лютий", 2),
            ("березня", 3),
            ("березень", 3),
            ("квітня", 4),
            ("квітень", 4),
            ("травня", 5),
            ("травень", 5),
            ("червня", 6),
            ("червень", 6),
            ("липня", 7),
            ("липень", 7),
            ("серпня", 8),
            ("серпень", 8),
            ("вересня", 9),
            ("вересень", 9),
            ("жовтня", 10),
            ("жовтень", 10),
            ("листопада", 11),
            ("листопад", 11),
            ("грудня", 12),
            ("грудень", 12),
            ("січні", 1),
            ("лютому", 2),
            ("березні", 3),
            ("квітні", 4),
            ("травні", 5),
            ("червні", 6),
            ("липні", 7),
            ("серпні", 8),
            ("вересні", 9),
            ("жовтні", 10),
            ("листопаді", 11),
            ("грудні", 12),
        ],
        Lang::Ru => &[
            ("января", 1),
            ("январь", 1),
            ("январе", 1),
            ("февраля", 2),
            ("февраль", 2),
            ("феврале", 2),
            ("марта", 3),
            ("март", 3),
            ("марте", 3),
            ("апреля", 4),
            ("апрель", 4),
            ("апреле", 4),
            ("мая", 5),
            ("май", 5),
            ("мае", 5),
            ("июня", 6),
            ("июнь", 6),
            ("июне", 6),
            ("июля", 7),
            ("июль", 7),
            ("июле", 7),
            ("августа", 8),
            ("август", 8),
            ("августе", 8),
            ("сентября", 9),
            ("сентябрь", 9),
            ("сентябре", 9),
            ("октября", 10),
            ("октябрь", 10),
            ("октябре", 10),
            ("ноября", 11),
            ("ноябрь", 11),
            ("ноябре", 11),
            ("декабря", 12),
            ("декабрь", 12),
            ("декабре", 12),
        ],
        Lang::Ja | Lang::Zh => &[],
    }
}

/// Relative expressions: (folded text, days back); `None` means "last month", `Some(-1)` "this
/// month" (both give a `YYYY-MM` date).
fn relatives(lang: Lang) -> &'static [(&'static str, Option<i64>)] {
    match lang {
        Lang::En => &[
            ("two days ago", Some(2)),
            ("three days ago", Some(3)),
            ("earlier this month", Some(-1)),
            ("this month", Some(-1)),
            ("at the start of the month", Some(-1)),
            ("the day before yesterday", Some(2)),
            ("yesterday", Some(1)),
            ("today", Some(0)),
            ("last week", Some(7)),
            ("last month", None),
            ("earlier this week", Some(2)),
        ],
        Lang::De => &[
            ("vor zwei tagen", Some(2)),
            ("vor drei tagen", Some(3)),
            ("anfang des monats", Some(-1)),
            ("anfang dieses monats", Some(-1)),
            ("diesen monat", Some(-1)),
            ("in diesem monat", Some(-1)),
            ("zu beginn des monats", Some(-1)),
            ("früher in diesem monat", Some(-1)),
            ("vorgestern", Some(2)),
            ("gestern", Some(1)),
            ("heute", Some(0)),
            ("vorige woche", Some(7)),
            ("letzte woche", Some(7)),
            ("vergangene woche", Some(7)),
            ("vergangenen woche", Some(7)),
            ("letzten woche", Some(7)),
            ("vorigen woche", Some(7)),
            ("vergangenen monat", None),
            ("letzten monat", None),
            ("vorigen monat", None),
        ],
        Lang::Fr => &[
            ("il y a deux jours", Some(2)),
            ("il y a trois jours", Some(3)),
            ("plus tôt ce mois-ci", Some(-1)),
            ("ce mois-ci", Some(-1)),
            ("début du mois", Some(-1)),
            ("au début du mois", Some(-1)),
            ("avant-hier", Some(2)),
            ("hier", Some(1)),
            ("aujourd'hui", Some(0)),
            ("aujourd’hui", Some(0)),
            ("la semaine dernière", Some(7)),
            ("la semaine passée", Some(7)),
            ("le mois dernier", None),
        ],
        Lang::Es => &[
            ("hace dos días", Some(2)),
            ("hace tres días", Some(3)),
            ("a principios de este mes", Some(-1)),
            ("este mes", Some(-1)),
            ("a principios de mes", Some(-1)),
            ("anteayer", Some(2)),
            ("antes de ayer", Some(2)),
            ("antier", Some(2)),
            ("ayer", Some(1)),
            ("hoy", Some(0)),
            ("la semana pasada", Some(7)),
            ("la semana anterior", Some(7)),
            ("el mes pasado", None),
        ],
        Lang::It => &[
            ("due giorni fa", Some(2)),
            ("tre giorni fa", Some(3)),
            ("all'inizio del mese", Some(-1)),
            ("questo mese", Some(-1)),
            ("inizio mese", Some(-1)),
            ("all’inizio del mese", Some(-1)),
            ("all'inizio di questo mese", Some(-1)),
            ("l'altro ieri", Some(2)),
            ("ieri l'altro", Some(2)),
            ("l'altroieri", Some(2)),
            ("altroieri", Some(2)),
            ("avantieri", Some(2)),
            ("ai primi del mese", Some(-1)),
            ("agli inizi del mese", Some(-1)),
            ("in questo mese", Some(-1)),
            ("ieri", Some(1)),
            ("oggi", Some(0)),
            ("la settimana scorsa", Some(7)),
            ("la scorsa settimana", Some(7)),
            ("settimana scorsa", Some(7)),
            ("il mese scorso", None),
            ("lo scorso mese", None),
            ("il mese precedente", None),
        ],
        Lang::Ro => &[
            ("acum două zile", Some(2)),
            ("acum trei zile", Some(3)),
            ("la începutul lunii", Some(-1)),
            ("luna aceasta", Some(-1)),
            ("luna asta", Some(-1)),
            ("la începutul acestei luni", Some(-1)),
            ("mai devreme în această lună", Some(-1)),
            ("în această lună", Some(-1)),
            ("alaltăieri", Some(2)),
            ("alaltaieri", Some(2)),
            ("ieri", Some(1)),
            ("astăzi", Some(0)),
            ("astazi", Some(0)),
            ("azi", Some(0)),
            ("săptămâna trecută", Some(7)),
            ("saptamana trecuta", Some(7)),
            ("săptămâna precedentă", Some(7)),
            ("săptămâna anterioară", Some(7)),
            ("luna trecută", None),
            ("luna trecuta", None),
            ("luna precedentă", None),
            ("la inceputul lunii", Some(-1)),
        ],
        Lang::Bg => &[
            ("преди два дни", Some(2)),
            ("преди три дни", Some(3)),
            ("по-рано този месец", Some(-1)),
            ("този месец", Some(-1)),
            ("в началото на месеца", Some(-1)),
            ("по-рано през месеца", Some(-1)),
            ("в началото на този месец", Some(-1)),
            ("завчера", Some(2)),
            ("онзи ден", Some(2)),
            ("вчера", Some(1)),
            ("днес", Some(0)),
            ("миналата седмица", Some(7)),
            ("предишната седмица", Some(7)),
            ("миналия месец", None),
            ("предишния месец", None),
        ],
        Lang::Sl => &[
            ("pred dvema dnevoma", Some(2)),
            ("pred tremi dnevi", Some(3)),
            ("v začetku meseca", Some(-1)),
            ("ta mesec", Some(-1)),
            ("v začetku tega meseca", Some(-1)),
            ("prej ta mesec", Some(-1)),
            ("na začetku meseca", Some(-1)),
            ("predvčerajšnjim", Some(2)),
            ("predvčeraj", Some(2)),
            ("včeraj", Some(1)),
            ("danes", Some(0)),
            ("prejšnji teden", Some(7)),
            ("prejšnjem tednu", Some(7)),
            ("minuli teden", Some(7)),
            ("pretekli teden", Some(7)),
            ("prejšnji mesec", None),
            ("pretekli mesec", None),
        ],
        Lang::Uk => &[
            ("два дні тому", Some(2)),
            ("три дні тому", Some(3)),
            ("позаминулого тижня", Some(14)),
            ("на початку місяця", Some(-1)),
            ("цього місяця", Some(-1)),
            ("раніше цього місяця", Some(-1)),
            ("на початку цього місяця", Some(-1)),
            ("позавчора", Some(2)),
            ("вчора", Some(1)),
            ("напередодні", Some(1)),
            ("учора", Some(1)),
            ("сьогодні", Some(0)),
            ("минулого тижня", Some(7)),
            ("минулому тижні", Some(7)),
            ("минулого місяця", None),
        ],
        Lang::Ru => &[
            ("два дня назад", Some(2)),
            ("три дня назад", Some(3)),
            ("в начале месяца", Some(-1)),
            ("в этом месяце", Some(-1)),
            ("ранее в этом месяце", Some(-1)),
            ("в начале этого месяца", Some(-1)),
            ("позавчера", Some(2)),
            ("вчера", Some(1)),
            ("накануне", Some(1)),
            ("сегодня", Some(0)),
            ("на прошлой неделе", Some(7)),
            ("прошлой неделе", Some(7)),
            ("в прошлом месяце", None),
        ],
        Lang::Ja => &[
            ("2日前", Some(2)),
            ("今月", Some(-1)),
            ("今月初め", Some(-1)),
            ("一昨日", Some(2)),
            ("おととい", Some(2)),
            ("昨日", Some(1)),
            ("きのう", Some(1)),
            ("今日", Some(0)),
            ("本日", Some(0)),
            ("先週", Some(7)),
            ("先月", None),
        ],
        Lang::Zh => &[
            ("两天前", Some(2)),
            ("本月", Some(-1)),
            ("本月初", Some(-1)),
            ("这个月", Some(-1)),
            ("月初", Some(-1)),
            ("前天", Some(2)),
            ("昨天", Some(1)),
            ("昨日", Some(1)),
            ("今天", Some(0)),
            ("今日", Some(0)),
            ("上周", Some(7)),
            ("上星期", Some(7)),
            ("上週", Some(7)),
            ("上个月", None),
            ("上月", None),
        ],
    }
}

/// "今月9日", "先月9日", "本月9号", "上个月9日": a day of this or last month (Japanese, Chinese).
static CJK_MONTH_DAY: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(今月|本月|这个月|当月|先月|上月|上个月)(\d{1,2})[日号]").ok());

/// Whether `word` (folded) begins with a weekday name of `lang` ("събота", "samedi", "saturday's").
pub fn is_day_word(lang: Lang, word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    !w.is_empty() && weekdays(lang).iter().any(|(d, _)| w.starts_with(d))
}

/// Whether `word` (folded) begins with a month name of `lang` ("février", "march's").
pub fn is_month_word(lang: Lang, word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphabetic());
    !w.is_empty() && months(lang).iter().any(|(m, _)| w.starts_with(m))
}

/// Weekday names (folded) with 0 = Monday.
fn weekdays(lang: Lang) -> &'static [(&'static str, u32)] {
    match lang {
        Lang::En => &[
            ("monday", 0),
            ("tuesday", 1),
            ("wednesday", 2),
            ("thursday", 3),
            ("friday", 4),
            ("saturday", 5),
            ("sunday", 6),
        ],
        Lang::De => &[
            ("montag", 0),
            ("dienstag", 1),
            ("mittwoch", 2),
            ("donnerstag", 3),
            ("freitag", 4),
            ("samstag", 5),
            ("sonnabend", 5),
            ("sonntag", 6),
        ],
        Lang::Fr => &[
            ("lundi", 0),
            ("mardi", 1),
            ("mercredi", 2),
            ("jeudi", 3),
            ("vendredi", 4),
            ("samedi", 5),
            ("dimanche", 6),
        ],
        Lang::Es => &[
            ("lunes", 0),
            ("martes", 1),
            ("miércoles", 2),
            ("jueves", 3),
            ("viernes", 4),
            ("sábado", 5),
            ("domingo", 6),
        ],
        Lang::It => &[
            ("lunedì", 0),
            ("martedì", 1),
            ("mercoledì", 2),
            ("giovedì", 3),
            ("venerdì", 4),
            ("sabato", 5),
            ("domenica", 6),
            ("lunedi", 0),
            ("martedi", 1),
            ("mercoledi", 2),
            ("giovedi", 3),
            ("venerdi", 4),
        ],
        Lang::Ro => &[
            ("luni", 0),
            ("lunea", 0),
            ("marți", 1),
            ("marti", 1),
            ("marțea", 1),
            ("miercuri", 2),
            ("miercurea", 2),
            ("joi", 3),
            ("joia", 3),
            ("vineri", 4),
            ("vinerea", 4),
            ("sâmbătă", 5),
            ("sambata", 5),
            ("sâmbăta", 5),
            ("duminică", 6),
            ("duminica", 6),
        ],
        Lang::Bg => &[
            ("понеделник", 0),
            ("вторник", 1),
            ("сряда", 2),
            ("четвъртък", 3),
            ("петък", 4),
            ("събота", 5),
            ("неделя", 6),
        ],
        Lang::Sl => &[
            ("ponedeljek", 0),
            ("torek", 1),
            ("sredo", 2),
            ("sreda", 2),
            ("četrtek", 3),
            ("petek", 4),
            ("soboto", 5),
            ("sobota", 5),
            ("nedeljo", 6),
            ("nedelja", 6),
            // "s četrtkom": as of Thursday
            ("ponedeljkom", 0),
            ("torkom", 1),
            ("četrtkom", 3),
            ("petkom", 4),
            // "od nedelje": since Sunday (genitive)
            ("ponedeljka", 0),
            ("torka", 1),
            ("srede", 2),
            ("četrtka", 3),
            ("petka", 4),
            ("sobote", 5),
            ("nedelje", 6),
        ],
        Lang::Uk => &[
            ("понеділок", 0),
            ("вівторок", 1),
            ("середу", 2),
            ("середа", 2),
            ("четвер", 3),
            ("п'ятницю", 4),
            ("п’ятницю", 4),
            ("п'ятниця", 4),
            ("суботу", 5),
            ("субота", 5),
            ("неділю", 6),
            ("неділя", 6),
            ("понеділка", 0),
            ("вівторка", 1),
            ("середи", 2),
            ("четверга", 3),
            ("п'ятниці", 4),
            ("п’ятниці", 4),
            ("суботи", 5),
            ("неділі", 6),
        ],
        Lang::Ru => &[
            ("понедельник", 0),
            ("вторник", 1),
            ("среду", 2),
            ("среда", 2),
            ("четверг", 3),
            ("пятницу", 4),
            ("пятница", 4),
            ("субботу", 5),
            ("суббота", 5),
            ("воскресенье", 6),
        ],
        Lang::Ja => &[
            ("月曜日", 0),
            ("火曜日", 1),
            ("水曜日", 2),
            ("木曜日", 3),
            ("金曜日", 4),
            ("土曜日", 5),
            ("日曜日", 6),
            ("月曜", 0),
            ("火曜", 1),
            ("水曜", 2),
            ("木曜", 3),
            ("金曜", 4),
            ("土曜", 5),
            ("日曜", 6),
        ],
        Lang::Zh => &[
            ("星期一", 0),
            ("星期二", 1),
            ("星期三", 2),
            ("星期四", 3),
            ("星期五", 4),
            ("星期六", 5),
            ("星期日", 6),
            ("星期天", 6),
            ("周一", 0),
            ("周二", 1),
            ("周三", 2),
            ("周四", 3),
            ("周五", 4),
            ("周六", 5),
            ("周日", 6),
            ("週一", 0),
            ("週二", 1),
            ("週三", 2),
            ("週四", 3),
            ("週五", 4),
            ("週六", 5),
            ("週日", 6),
        ],
    }
}

struct LangRegexes {
    /// day month [year]
    dmy: Option<Regex>,
    /// month day[, year] (English)
    mdy: Option<Regex>,
    /// month year
    my: Option<Regex>,
    /// a month alone after a preposition ("in April", "en avril", "în ianuarie", "у квітні"):
    /// `YYYY-MM`, the year inferred
    mo: Option<Regex>,
    relative: Regex,
    weekday: Regex,
    /// "two days ago", "vor drei Tagen", "преди седмица", "3日前": group 1 the count (absent:
    /// one), group 2 the unit
    ago: Option<Regex>,
}

/// The words of an alternation, longest first; a word with an apostrophe also with the curly one
/// ("l'altro ieri", "l’altro ieri").
fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut w: Vec<String> = Vec::new();
    for s in words {
        w.push(s.to_string());
        if s.contains('\'') {
            w.push(s.replace('\'', "’"));
        }
    }
    w.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    w.dedup();
    w.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

/// "N days ago" in each language: the pattern with `{n}` for the count and `{u}` for the unit,
/// the units with their length in days, and a word that must occur for the pattern to be tried.
fn ago_grammar(lang: Lang) -> (&'static str, &'static [(&'static str, i64)], &'static str) {
    match lang {
        Lang::En => (r"\b({n}) ({u}) ago\b", &[("days", 1), ("day", 1), ("weeks", 7), ("week", 7)], " ago"),
        Lang::De => (r"\bvor ({n}) ({u})\b", &[("tagen", 1), ("tag", 1), ("wochen", 7), ("woche", 7)], "vor "),
        Lang::Fr => {
            (r"\bil y a ({n}) ({u})\b", &[("jours", 1), ("jour", 1), ("semaines", 7), ("semaine", 7)], "il y a ")
        }
        Lang::Es => (r"\bhace ({n}) ({u})\b", &[("días", 1), ("día", 1), ("semanas", 7), ("semana", 7)], "hace "),
        Lang::It => (r"\b({n}) ({u}) fa\b", &[("giorni", 1), ("giorno", 1), ("settimane", 7), ("settimana", 7)], " fa"),
        Lang::Ro => (
            r"\bacum ({n})(?: de)? ({u})\b",
            &[("zile", 1), ("zi", 1), ("săptămâni", 7), ("săptămână", 7), ("saptamani", 7), ("saptamana", 7)],
            "acum ",
        ),
        Lang::Bg => (
            r"\bпреди (?:({n}) )?({u})\b",
            &[("дни", 1), ("дена", 1), ("ден", 1), ("седмици", 7), ("седмица", 7)],
            "преди ",
        ),
        Lang::Sl => (
            r"\bpred (?:({n}) )?({u})\b",
            &[("dnevi", 1), ("dnevoma", 1), ("dnevom", 1), ("tedni", 7), ("tednoma", 7), ("tednom", 7)],
            "pred ",
        ),
        Lang::Uk => (
            r"\b(?:({n}) )?({u}) тому\b",
            &[("днів", 1), ("дні", 1), ("день", 1), ("тижнів", 7), ("тижні", 7), ("тиждень", 7)],
            " тому",
        ),
        Lang::Ru => (
            r"\b(?:({n}) )?({u}) назад\b",
            &[("дней", 1), ("дня", 1), ("день", 1), ("недель", 7), ("недели", 7), ("неделю", 7)],
            " назад",
        ),
        Lang::Ja => (r"({n})\s*({u})前", &[("日", 1), ("週間", 7)], "前"),
        Lang::Zh => (r"({n})\s*({u})前", &[("天", 1), ("日", 1), ("个星期", 7), ("星期", 7), ("周", 7)], "前"),
    }
}

/// Count words for "N days ago" beyond the cardinals: articles ("a week ago", "vor einer
/// Woche", "o săptămână") and Slovenian instrumentals ("pred dvema dnevoma").
fn ago_counts(lang: Lang) -> &'static [(&'static str, i64)] {
    match lang {
        Lang::En => &[("a", 1), ("an", 1)],
        Lang::Ro => &[("o", 1)],
        Lang::Sl => &[
            ("enim", 1),
            ("dvema", 2),
            ("tremi", 3),
            ("štirimi", 4),
            ("petimi", 5),
            ("šestimi", 6),
            ("sedmimi", 7),
            ("osmimi", 8),
            ("devetimi", 9),
            ("desetimi", 10),
        ],
        _ => &[],
    }
}

fn build(lang: Lang) -> Option<LangRegexes> {
    let m = alternation(months(lang).iter().map(|(s, _)| *s));
    let (b0, b1) = if lang.is_cjk() { ("", "") } else { (r"\b", r"\b") };
    let rel = alternation(relatives(lang).iter().map(|(s, _)| *s));
    let wd = alternation(weekdays(lang).iter().map(|(s, _)| *s));
    let relative = Regex::new(&format!("{b0}(?:{rel}){b1}")).ok()?;
    let weekday = Regex::new(&format!("{b0}(?:{wd}){b1}")).ok()?;
    let (pattern, units, _) = ago_grammar(lang);
    let counts = if lang.is_cjk() {
        "[0-9０-９〇一二两兩三四五六七八九十]+".to_string()
    } else {
        let words = crate::numbers::count_words(lang);
        let extra = ago_counts(lang).iter().map(|(w, _)| *w);
        format!(r"\d{{1,2}}|{}", alternation(words.into_iter().chain(extra)))
    };
    let ago =
        Regex::new(&pattern.replace("{n}", &counts).replace("{u}", &alternation(units.iter().map(|(u, _)| *u)))).ok();
    if lang.is_cjk() {
        return Some(LangRegexes { dmy: None, mdy: None, my: None, mo: None, relative, weekday, ago });
    }
    let dmy = Regex::new(&format!(
        r"\b(\d{{1,2}})(?:\.|er|st|nd|rd|th|º|°|-?го|-?а|-?ти|-?ви|-?ри|-?ми)?\s*(?:de\s+|of\s+)?({m})\b\.?(?:,?\s+(?:de\s+|del\s+|of\s+)?(\d{{4}}))?"
    ))
    .ok()?;
    let mdy = if lang == Lang::En {
        Regex::new(&format!(r"\b({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")).ok()
    } else {
        None
    };
    let my = Regex::new(&format!(r"\b({m})\.?\s+(?:de\s+|del\s+|of\s+)?(\d{{4}})\b")).ok()?;
    let preps = alternation(month_prepositions(lang).iter().chain(past_month_before(lang)).copied());
    // Slovenian genitives ("aprila") mean "in April" by themselves, and so do the locative ("v
    // aprilu") and the instrumental ("z avgustom": as of August)
    let mo = if lang == Lang::Sl {
        let genitive = alternation(
            months(lang).iter().map(|(s, _)| *s).filter(|s| s.ends_with('a') || s.ends_with('u') || s.ends_with('m')),
        );
        Regex::new(&format!(r"\b(?:{preps})?({genitive})\b")).ok()
    } else {
        Regex::new(&format!(r"\b(?:{preps})({m})\b")).ok()
    };
    Some(LangRegexes { dmy: Some(dmy), mdy, my: Some(my), mo, relative, weekday, ago })
}

/// Words before a month name that make it a date by itself ("in April", "Anfang Oktober",
/// "since February", "da febbraio", "din februarie", "от февруари"), each with its trailing
/// space or hyphen.
fn month_prepositions(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "in ",
            "early ",
            "late ",
            "mid-",
            "mid ",
            "in early ",
            "in late ",
            "in mid-",
            "since ",
            "since early ",
            "since late ",
            "since mid-",
            "at the beginning of ",
            "at the start of ",
            "at the end of ",
            "in the middle of ",
        ],
        Lang::De => &[
            "im ",
            "anfang ",
            "mitte ",
            "ende ",
            "im laufe des ",
            "seit ",
            "seit anfang ",
            "seit ende ",
            "seit mitte ",
        ],
        Lang::Fr => &[
            "en ",
            "début ",
            "fin ",
            "mi-",
            "courant ",
            "au mois de ",
            "à la mi-",
            "dès ",
            "depuis ",
            "depuis début ",
            "depuis fin ",
            "depuis la mi-",
            "au début du mois de ",
            "à la fin du mois de ",
            "à partir de ",
        ],
        Lang::Es => &[
            "en ",
            "a principios de ",
            "a finales de ",
            "a mediados de ",
            "a fines de ",
            "a comienzos de ",
            "a inicios de ",
            "en el mes de ",
            "desde ",
            "desde principios de ",
            "desde finales de ",
            "a partir de ",
        ],
        Lang::It => &[
            "a ",
            "ad ",
            "in ",
            "nel mese di ",
            "a inizio ",
            "all'inizio di ",
            "a fine ",
            "alla fine di ",
            "a metà ",
            "a partire da ",
            "ai primi di ",
            "agli inizi di ",
            "da ",
            "dal mese di ",
            "da inizio ",
            "da fine ",
            "dall'inizio di ",
        ],
        Lang::Ro => &[
            "în ",
            "in ",
            "în luna ",
            "la începutul lui ",
            "la sfârșitul lui ",
            "la finele lui ",
            "la mijlocul lui ",
            "la jumătatea lui ",
            "la jumătatea lunii ",
            "la începutul lunii ",
            "la inceputul lunii ",
            "la sfârșitul lunii ",
            "la sfarsitul lunii ",
            "la finele lunii ",
            "la mijlocul lunii ",
            "în cursul lunii ",
            "din ",
            "din luna ",
            "începând din ",
            "începând cu luna ",
            "de la începutul lui ",
        ],
        Lang::Bg => &[
            "през ",
            "в ",
            "в началото на ",
            "в края на ",
            "в средата на ",
            "през месец ",
            "от ",
            "от началото на ",
            "от края на ",
            "от месец ",
            "в началото на месец ",
            "в края на месец ",
        ],
        Lang::Sl => &["v začetku ", "na začetku ", "konec ", "sredi ", "v mesecu ", "od ", "od začetka "],
        Lang::Uk => &[
            "у ",
            "в ",
            "на початку ",
            "наприкінці ",
            "у середині ",
            "в середині ",
            "в кінці ",
            "у кінці ",
            "з ",
            "із ",
            "з початку ",
            "від ",
        ],
        Lang::Ru => &["в ", "во ", "в начале ", "в конце ", "в середине ", "с ", "со ", "с начала ", "с конца "],
        Lang::Ja | Lang::Zh => &[],
    }
}

/// Words before a month name meaning "last" ("last March", "im vergangenen März", "el pasado
/// marzo", "lo scorso marzo"): the most recent such month before the article's month.
fn past_month_before(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["last ", "since last ", "in last "],
        Lang::De => {
            &["im vergangenen ", "im letzten ", "vergangenen ", "letzten ", "seit vergangenem ", "seit letztem "]
        }
        Lang::Es => &["el pasado ", "pasado ", "desde el pasado "],
        Lang::It => &["lo scorso ", "nello scorso ", "dallo scorso "],
        _ => &[],
    }
}

/// Words after a month name meaning "last" ("en mars dernier", "en marzo pasado", "a marzo
/// scorso").
fn past_month_after(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => &[" dernier"],
        Lang::Es => &[" pasado"],
        Lang::It => &[" scorso"],
        _ => &[],
    }
}

/// Words after a date that put it in the year before the article's ("in March last year", "im
/// März vergangenen Jahres", "в марте прошлого года"); for Japanese and Chinese (and the
/// Slovenian/Ukrainian adverbs "lani", "торік"), words before it ("去年3月").
fn last_year_after(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["last year", "of last year", "the previous year", "of the previous year", "the year before"],
        Lang::De => &[
            "letzten jahres",
            "vergangenen jahres",
            "vorigen jahres",
            "des vorjahres",
            "des vergangenen jahres",
            "des letzten jahres",
            "letztes jahr",
            "vergangenes jahr",
        ],
        Lang::Fr => &[
            "de l'année dernière",
            "de l'an dernier",
            "l'an dernier",
            "l'année dernière",
            "l'an passé",
            "de l'année passée",
            "de l'année précédente",
        ],
        Lang::Es => &["del año pasado", "el año pasado", "del pasado año", "del año anterior"],
        Lang::It => &["dell'anno scorso", "dello scorso anno", "l'anno scorso", "dell'anno precedente", "scorso anno"],
        Lang::Ro => &["anul trecut", "a anului trecut", "din anul trecut", "anul precedent", "al anului trecut"],
        Lang::Bg => &["миналата година", "на миналата година", "предходната година", "на предходната година"],
        Lang::Sl => &["lani", "lanskega leta", "prejšnjega leta", "preteklega leta"],
        Lang::Uk => &["минулого року", "торік", "попереднього року"],
        Lang::Ru => &["прошлого года", "в прошлом году", "предыдущего года"],
        Lang::Ja | Lang::Zh => &[],
    }
}

/// The year offset of the words right before a date ("去年", "昨年", "一昨年", "前年", "lani",
/// "торік").
fn year_before(lang: Lang, before: &str) -> Option<i32> {
    let b = before.trim_end();
    let table: &[(&str, i32)] = match lang {
        // Japanese 前年 is "the year before", Chinese 前年 "the year before last"
        Lang::Ja => &[("一昨年", -2), ("昨年", -1), ("去年", -1), ("前年", -1), ("今年", 0), ("本年", 0)],
        Lang::Zh => &[("去年", -1), ("前年", -2), ("今年", 0), ("本年", 0)],
        Lang::Sl => &[("lani", -1)],
        Lang::Uk => &[("торік", -1)],
        _ => &[],
    };
    table.iter().find(|(w, _)| b.ends_with(w)).map(|(_, y)| *y)
}

/// Whether the words right after a date say "last year".
fn last_year_follows(lang: Lang, after: &str) -> bool {
    let a = after.trim_start_matches([',', ' ', '\u{a0}']);
    last_year_after(lang).iter().any(|w| a.starts_with(w) || (w.contains('\'') && a.starts_with(&w.replace('\'', "’"))))
}

/// Words next to a weekday that make it "last Friday": before it ("last", "vergangenen",
/// "el pasado", "lo scorso", "миналия", "prejšnji", "минулого", "в прошлую", "上周") or after it
/// ("dernier", "pasado", "scorso", "trecută").
fn last_weekday(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (&["last "], &[]),
        Lang::De => (&["vergangenen ", "letzten ", "vorigen ", "am vergangenen ", "am letzten "], &[]),
        Lang::Fr => (&[], &[" dernier", " passé"]),
        Lang::Es => (&["el pasado ", "pasado "], &[" pasado"]),
        Lang::It => (&["lo scorso ", "la scorsa ", "scorso ", "scorsa "], &[" scorso", " scorsa"]),
        Lang::Ro => (&[], &[" trecută", " trecuta", " trecut"]),
        Lang::Bg => (&["миналия ", "миналата ", "предишния ", "предишната "], &[]),
        Lang::Sl => (&["prejšnji ", "prejšnjo ", "pretekli ", "preteklo ", "minuli ", "minulo "], &[]),
        Lang::Uk => (&["минулого ", "минулої ", "минулий ", "минулу ", "в минулий ", "в минулу ", "у минулу "], &[]),
        Lang::Ru => (&["в прошлый ", "в прошлую ", "в прошлое ", "прошлый ", "прошлую ", "прошлое "], &[]),
        // the weekday of the week before ("上周五", "先週の金曜日")
        Lang::Ja => (&["先週の", "先週"], &[]),
        Lang::Zh => (&["上个", "上"], &[]),
    }
}

static REGEXES: LazyLock<Vec<Option<LangRegexes>>> = LazyLock::new(|| Lang::ALL.iter().map(|&l| build(l)).collect());
static ISO: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").ok());
/// Day, month and year in digits: "3.3.2025", "03/03/2025" (day first, as in every supported
/// language but English, where the order is ambiguous and not read), "2025/3/3" (Japanese,
/// Chinese).
static NUMERIC_DMY: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})([./]) ?(\d{1,2})([./]) ?(\d{4})(?-u:\b)").ok());
static NUMERIC_YMD: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(\d{4})/(\d{1,2})/(\d{1,2})").ok());
static CJK_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(\d{1,2})\s*日").ok());
static CJK_DATE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?").ok());

fn month_of(lang: Lang, word: &str) -> Option<u32> {
    let w = crate::norm::fold(word);
    months(lang).iter().find(|(s, _)| *s == w).map(|(_, m)| *m)
}

/// Day and month without a year: the article's year, or the year before when that would be more
/// than 60 days after the article date.
fn infer_year(article: NaiveDate, month: u32, day: Option<u32>) -> Option<EventDate> {
    let y = article.year();
    let d = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1))?;
    let year = if d > article + Duration::days(60) { y - 1 } else { y };
    NaiveDate::from_ymd_opt(year, month, day.unwrap_or(1))?;
    Some(EventDate { year, month, day })
}

fn ymd(year: Option<i32>, month: u32, day: Option<u32>, article: NaiveDate) -> Option<EventDate> {
    match year {
        Some(y) => {
            NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1))?;
            Some(EventDate { year: y, month, day })
        }
        None => infer_year(article, month, day),
    }
}

/// All dates in a sentence (`folded`: normalised and case-folded), in text order.
pub fn find_dates(lang: Lang, folded: &str, article: NaiveDate) -> Vec<FoundDate> {
    find_dates_cased(lang, folded, folded, article)
}

/// The year of a day and month (or a month) written without one, from the words around it:
/// "last year" after it (or 去年 before it) gives the year before the article's; "last"
/// ("last March", "en mars dernier") the most recent such month before the article's month;
/// otherwise the article's year, or the year before when that is more than 60 days ahead.
fn date_without_year(
    lang: Lang,
    folded: &str,
    (start, end): (usize, usize),
    month: u32,
    day: Option<u32>,
    past: bool,
    article: NaiveDate,
) -> Option<EventDate> {
    let offset = year_before(lang, &folded[..start]).or_else(|| last_year_follows(lang, &folded[end..]).then_some(-1));
    let year = match offset {
        Some(off) => article.year() + off,
        None if past => {
            if month < article.month() {
                article.year()
            } else {
                article.year() - 1
            }
        }
        None => return infer_year(article, month, day),
    };
    NaiveDate::from_ymd_opt(year, month, day.unwrap_or(1))?;
    Some(EventDate { year, month, day })
}

/// [`find_dates`] with the sentence before case folding (same byte offsets), which tells a
/// Slovenian month genitive ("aprila": in April) from a name ("Julija").
pub fn find_dates_cased(lang: Lang, folded: &str, cased: &str, article: NaiveDate) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let push = |out: &mut Vec<FoundDate>, covered: &mut Vec<(usize, usize)>, s: usize, e: usize, d, src| {
        if covered.iter().any(|&(a, b)| s < b && a < e) {
            return;
        }
        covered.push((s, e));
        if is_end_date(lang, &folded[..s], &folded[e..]) {
            return; // "until 27 November 2026" is an end, not the event's date
        }
        out.push(FoundDate { date: d, source: src, start: s, end: e, joined: false });
    };
    if let Some(re) = ISO.as_ref() {
        for c in re.captures_iter(folded) {
            let (Some(all), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else { continue };
            if let Some(date) = EventDate::parse(&format!("{}-{}-{}", y.as_str(), m.as_str(), d.as_str())) {
                push(&mut out, &mut covered, all.start(), all.end(), date, DateSource::Explicit);
            }
        }
    }
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let numeric = if lang.is_cjk() { NUMERIC_YMD.as_ref() } else { NUMERIC_DMY.as_ref().filter(|_| lang != Lang::En) };
    if let Some(re) = numeric
        && folded.contains(['.', '/'])
    {
        for c in re.captures_iter(folded) {
            let Some(all) = c.get(0) else { continue };
            let (d, m, y) = if lang.is_cjk() {
                (num(c.get(3)), num(c.get(2)), num(c.get(1)))
            } else {
                (num(c.get(1)), num(c.get(3)), num(c.get(5)))
            };
            // one separator throughout ("3.3.2025", not "3.3/2025")
            if c.get(2).zip(c.get(4)).is_some_and(|(a, b)| a.as_str() != b.as_str()) {
                continue;
            }
            let (Some(d), Some(m), Some(y)) = (d, m, y) else { continue };
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                push(&mut out, &mut covered, all.start(), all.end(), EventDate::from_naive(date), DateSource::Explicit);
            }
        }
    }
    if lang.is_cjk()
        && let Some(re) = CJK_DATE.as_ref()
    {
        for c in re.captures_iter(folded) {
            let Some(all) = c.get(0) else { continue };
            let (Some(month), day) = (num(c.get(2)), num(c.get(3))) else { continue };
            let d = match num(c.get(1)) {
                Some(y) => ymd(Some(y as i32), month, day, article),
                None => date_without_year(lang, folded, (all.start(), all.end()), month, day, false, article),
            };
            if let Some(d) = d {
                push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Explicit);
            }
        }
    }
    if lang.is_cjk() {
        join_cjk_months(folded, &covered, &mut out);
    }
    let rx = REGEXES.get(lang.index()).and_then(Option::as_ref);
    // "two days ago", "vor einer Woche", "3日前" (before the Japanese/Chinese "9日" below)
    if let Some(re) = rx.and_then(|rx| rx.ago.as_ref())
        && folded.contains(ago_grammar(lang).2)
    {
        for c in re.captures_iter(folded) {
            let (Some(all), Some(unit)) = (c.get(0), c.get(2)) else { continue };
            let count = match c.get(1) {
                None => Some(1),
                Some(n) => count_of(lang, n.as_str()),
            };
            let days = ago_grammar(lang).1.iter().find(|(u, _)| *u == unit.as_str()).map(|(_, d)| *d);
            if let (Some(n), Some(per)) = (count, days)
                && (1..=60).contains(&n)
            {
                let d = EventDate::from_naive(article - Duration::days(n * per));
                push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Relative);
            }
        }
    }
    if lang.is_cjk() {
        // "9日": the 9th of the article's month, or of the month before when that is later
        if let Some(re) = CJK_DAY.as_ref() {
            for c in re.captures_iter(folded) {
                let (Some(all), Some(day)) = (c.get(0), num(c.get(1))) else { continue };
                let before = folded[..all.start()].chars().next_back();
                if before.is_some_and(|c| c.is_ascii_digit() || c == '月' || c == '年') {
                    continue;
                }
                // "2日間", "3日内": a number of days, not a day of the month
                if folded[all.end()..].starts_with(['間', '间', '内', '前', '后', '後']) {
                    continue;
                }
                let mut y = article.year();
                let mut m = article.month();
                if day > article.day() {
                    if m == 1 {
                        m = 12;
                        y -= 1;
                    } else {
                        m -= 1;
                    }
                }
                if NaiveDate::from_ymd_opt(y, m, day).is_some() {
                    let d = EventDate { year: y, month: m, day: Some(day) };
                    push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Relative);
                }
            }
        }
    }
    if let Some(rx) = rx {
        // the month regexes need Unicode word boundaries (slow on non-ASCII text): only run them
        // when a month word occurs at all
        let month_named = months(lang).iter().any(|(m, _)| folded.contains(m));
        if month_named && let Some(re) = &rx.mdy {
            for c in re.captures_iter(folded) {
                let Some(all) = c.get(0) else { continue };
                let (Some(month), Some(day)) = (c.get(1).and_then(|m| month_of(lang, m.as_str())), num(c.get(2)))
                else {
                    continue;
                };
                if day == 0 || day > 31 {
                    continue;
                }
                let d = match num(c.get(3)) {
                    Some(y) => ymd(Some(y as i32), month, Some(day), article),
                    None => date_without_year(lang, folded, (all.start(), all.end()), month, Some(day), false, article),
                };
                if let Some(d) = d {
                    push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Explicit);
                }
            }
        }
        if month_named && let Some(re) = &rx.dmy {
            for c in re.captures_iter(folded) {
                let Some(all) = c.get(0) else { continue };
                let (Some(day), Some(month)) = (num(c.get(1)), c.get(2).and_then(|m| month_of(lang, m.as_str())))
                else {
                    continue;
                };
                let d = match num(c.get(3)) {
                    Some(y) => ymd(Some(y as i32), month, Some(day), article),
                    None => date_without_year(lang, folded, (all.start(), all.end()), month, Some(day), false, article),
                };
                if let Some(d) = d {
                    push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Explicit);
                }
            }
        }
        if month_named && let Some(re) = &rx.my {
            for c in re.captures_iter(folded) {
                let Some(all) = c.get(0) else { continue };
                let (Some(month), Some(year)) = (c.get(1).and_then(|m| month_of(lang, m.as_str())), num(c.get(2)))
                else {
                    continue;
                };
                if let Some(d) = ymd(Some(year as i32), month, None, article) {
                    push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Explicit);
                }
            }
        }
        if month_named && let Some(re) = &rx.mo {
            for c in re.captures_iter(folded) {
                let (Some(all), Some(mw)) = (c.get(0), c.get(1)) else { continue };
                let Some(month) = month_of(lang, mw.as_str()) else { continue };
                // a capitalised Slovenian month word is a name ("Julija")
                let name = cased.get(mw.start()..).and_then(|w| w.chars().next());
                if lang == Lang::Sl && name.is_some_and(char::is_uppercase) {
                    continue;
                }
                // Romanian "mai" is also "more" ("în mai multe țări", "din mai multe surse")
                let next_word = folded[all.end()..].strip_prefix(' ').and_then(|r| r.chars().next());
                if lang == Lang::Ro && month == 5 && next_word.is_some_and(char::is_alphabetic) {
                    continue;
                }
                let prep = &folded[all.start()..mw.start()];
                let after = &folded[all.end()..];
                let past = past_month_before(lang).iter().any(|p| prep.ends_with(p))
                    || past_month_after(lang).iter().any(|w| after.starts_with(w) && !last_year_follows(lang, after));
                let span = (all.start(), all.end());
                if let Some(d) = date_without_year(lang, folded, span, month, None, past, article) {
                    push(&mut out, &mut covered, all.start(), all.end(), d, DateSource::Explicit);
                }
            }
        }
        // "aprilske omejitve", "апрельские ограничения", "квітневі обмеження": a month's
        // adjective dates what it qualifies
        let adjectives = if month_adjectives(lang).is_empty() { Vec::new() } else { crate::numbers::tokens(folded) };
        for span in adjectives {
            let word = &folded[span.0..span.1];
            let Some((_, month)) = month_adjectives(lang).iter().find(|(st, _)| word.starts_with(st)) else {
                continue;
            };
            if let Some(d) = date_without_year(lang, folded, span, *month, None, false, article) {
                push(&mut out, &mut covered, span.0, span.1, d, DateSource::Explicit);
            }
        }
        if month_named {
            join_months(lang, folded, &covered, &mut out, article);
        }
        // weekdays before the relative words, so that "上周五" (last Friday) is not "上周" (last week)
        let (last_before, last_after) = last_weekday(lang);
        for m in rx.weekday.find_iter(folded) {
            let Some((_, wd)) = weekdays(lang).iter().find(|(s, _)| *s == m.as_str().replace('’', "'")) else {
                continue;
            };
            if lang == Lang::Ro
                && *wd == 0
                && (preceded_by_number(&folded[..m.start()])
                    || [" de ", " în șir", " la rând"].iter().any(|w| folded[m.end()..].starts_with(w))
                    || ["câteva ", "multe ", "ultimele ", "după ", "acestei ", "aceleiași ", "fiecărei ", "unei "]
                        .iter()
                        .any(|w| folded[..m.start()].ends_with(w)))
            {
                continue; // "șase luni", "luni de negocieri", "după luni", "acestei luni" are months
            }
            // a weekday naming an explicit date beside it ("lunedì 3 marzo", "Monday, March 3",
            // "в понеделник, 3 март") is that date's, not a date of its own
            let gap = folded[m.end()..].len() - folded[m.end()..].trim_start_matches([',', ' ', '\u{a0}']).len();
            if covered.iter().any(|&(a, _)| a == m.end() + gap) {
                continue;
            }
            let before = &folded[..m.start()];
            let marker_before = last_before.iter().find(|w| before.ends_with(*w));
            let marker_after = last_after.iter().find(|w| folded[m.end()..].starts_with(*w));
            let today = article.weekday().num_days_from_monday();
            let back = match (marker_before, marker_after) {
                // the weekday of the week before the article's
                _ if lang.is_cjk() && marker_before.is_some() => today + 7 - wd,
                // "last Friday": the most recent one before the article date
                (Some(_), _) | (_, Some(_)) => (today + 6 - wd) % 7 + 1,
                // "on Friday": the most recent one on or before the article date
                (None, None) => (today + 7 - wd) % 7,
            };
            // "ZDA od petka uvajajo carino" on a Thursday, "ab Montag" on a Friday: a weekday a
            // measure takes effect from lies ahead when the coming one is at most two days away
            // (leaning to the past: "suspended exports from Saturday" on a Wednesday is past)
            let ahead = marker_before.is_none()
                && marker_after.is_none()
                && back >= 5
                && crate::rules::takes_effect_at(lang, folded, m.start(), m.end());
            let d = if ahead {
                EventDate::from_naive(article + Duration::days(i64::from(7 - back)))
            } else {
                EventDate::from_naive(article - Duration::days(i64::from(back)))
            };
            let start = m.start() - marker_before.map_or(0, |w| w.len());
            let end = m.end() + marker_after.map_or(0, |w| w.len());
            push(&mut out, &mut covered, start, end, d, DateSource::Relative);
        }
        // "今月9日", "本月9日" (the 9th of this month), "先月9日", "上月9号" (of last month): a day
        if lang.is_cjk()
            && let Some(re) = CJK_MONTH_DAY.as_ref()
        {
            for c in re.captures_iter(folded) {
                let (Some(all), Some(which), Some(day)) = (c.get(0), c.get(1), c.get(2)) else { continue };
                let Ok(day) = day.as_str().parse::<u32>() else { continue };
                let this = NaiveDate::from_ymd_opt(article.year(), article.month(), 1);
                let first = if matches!(which.as_str(), "今月" | "本月" | "这个月" | "当月") {
                    this
                } else {
                    this.and_then(|d| d.pred_opt()).and_then(|d| d.with_day(1))
                };
                if let Some(f) = first
                    && let Some(d) = f.with_day(day)
                {
                    push(
                        &mut out,
                        &mut covered,
                        all.start(),
                        all.end(),
                        EventDate::from_naive(d),
                        DateSource::Relative,
                    );
                }
            }
        }
        for m in rx.relative.find_iter(folded) {
            let key = m.as_str().replace('’', "'");
            let Some((_, back)) = relatives(lang).iter().find(|(s, _)| *s == key) else { continue };
            if EVE.contains(&key.as_str()) && !eve_is_day_before(&folded[..m.start()], &folded[m.end()..]) {
                continue;
            }
            let d = match back {
                Some(-1) => EventDate { year: article.year(), month: article.month(), day: None },
                Some(days) => EventDate::from_naive(article - Duration::days(*days)),
                None => {
                    let prev = article.with_day(1).map(|d| d - Duration::days(1)).unwrap_or(article);
                    EventDate { year: prev.year(), month: prev.month(), day: None }
                }
            };
            push(&mut out, &mut covered, m.start(), m.end(), d, DateSource::Relative);
        }
    }
    out.sort_by_key(|f| f.start);
    drop_restated(folded, &mut out);
    out
}

/// Drops a relative date that the explicit day right after it restates ("Минулого тижня, 10
/// липня", "last week, on 10 July"): it says the same thing less precisely.
fn drop_restated(folded: &str, found: &mut Vec<FoundDate>) {
    let restated: Vec<bool> = (0..found.len())
        .map(|i| {
            found[i].source == DateSource::Relative
                && found.get(i + 1).is_some_and(|g| {
                    g.source == DateSource::Explicit
                        && g.date.day.is_some()
                        && folded
                            .get(found[i].end..g.start)
                            .is_some_and(|b| b.contains(',') && b.trim_matches([',', ' ']).chars().count() <= 3)
                })
        })
        .collect();
    let mut restated = restated.into_iter();
    found.retain(|_| !restated.next().unwrap_or(false));
}

/// "накануне", "напередодні": the day before the report when it goes with a verb ("накануне
/// объявило", "объявило накануне"), but the eve of something when a noun follows ("накануне
/// саммита").
const EVE: [&str; 2] = ["накануне", "напередодні"];

fn eve_is_day_before(before: &str, after: &str) -> bool {
    let is_past_verb = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        ["л", "ла", "ло", "ли", "лось", "лся", "лась", "лись", "ив", "ав"].iter().any(|e| w.ends_with(e))
    };
    let next = after.split_whitespace().next();
    let ends_clause = after.trim_start().starts_with(|c: char| !c.is_alphabetic()) || next.is_none();
    ends_clause || next.is_some_and(is_past_verb) || before.split_whitespace().next_back().is_some_and(is_past_verb)
}

/// Whether `word` (folded) is a month's adjective ("oktobrske", "октомврийските"): it dates the
/// measure it qualifies, not a report about that measure.
pub fn is_month_adjective(lang: Lang, word: &str) -> bool {
    month_adjectives(lang).iter().any(|(st, _)| word.starts_with(st))
}

/// Stems of the months' adjectives ("aprilski", "апрельский", "квітневий", "априлски"), in the
/// languages that form them; each stem needs an ending after it.
fn month_adjectives(lang: Lang) -> &'static [(&'static str, u32)] {
    match lang {
        Lang::Sl => &[
            ("januarsk", 1),
            ("februarsk", 2),
            ("marčevsk", 3),
            ("aprilsk", 4),
            ("majsk", 5),
            ("junijsk", 6),
            ("julijsk", 7),
            ("avgustovsk", 8),
            ("septembrsk", 9),
            ("oktobrsk", 10),
            ("novembrsk", 11),
            ("decembrsk", 12),
        ],
        Lang::Ru => &[
            ("январск", 1),
            ("февральск", 2),
            ("мартовск", 3),
            ("апрельск", 4),
            ("майск", 5),
            ("июньск", 6),
            ("июльск", 7),
            ("августовск", 8),
            ("сентябрьск", 9),
            ("октябрьск", 10),
            ("ноябрьск", 11),
            ("декабрьск", 12),
        ],
        Lang::Uk => &[
            ("січнев", 1),
            ("лютнев", 2),
            ("березнев", 3),
            ("квітнев", 4),
            ("травнев", 5),
            ("червнев", 6),
            ("липнев", 7),
            ("серпнев", 8),
            ("вереснев", 9),
            ("жовтнев", 10),
            ("листопадов", 11),
            ("груднев", 12),
        ],
        Lang::Bg => &[
            ("януарск", 1),
            ("февруарск", 2),
            ("мартенск", 3),
            ("априлск", 4),
            ("майск", 5),
            ("юнск", 6),
            ("юлск", 7),
            ("августовск", 8),
            ("септемврийск", 9),
            ("октомврийск", 10),
            ("ноемврийск", 11),
            ("декемврийск", 12),
        ],
        _ => &[],
    }
}

/// The count in "N days ago": digits, a number word, or an article ("a week ago").
fn count_of(lang: Lang, w: &str) -> Option<i64> {
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    if lang.is_cjk() {
        let ascii: String = w
            .chars()
            .map(|c| if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - 0xFF10) as u8) } else { c })
            .collect();
        return crate::numbers::cjk_value(&ascii).map(|v| v as i64);
    }
    if let Some((_, n)) = ago_counts(lang).iter().find(|(s, _)| *s == w) {
        return Some(*n);
    }
    match crate::numbers::word(lang, &w.replace('’', "'")) {
        Some(crate::numbers::Word::Num(v)) if v.fract() == 0.0 => Some(v as i64),
        _ => None,
    }
}

/// Whether a date is an end date ("until", "bis", "jusqu'au", "hasta", "fino al", "până la",
/// "до", "do", "まで", "至").
fn is_end_date(lang: Lang, before: &str, after: &str) -> bool {
    let prev: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let w = |i: usize| prev.get(i).copied().unwrap_or("");
    match lang {
        Lang::En => ["until", "till", "through", "to"].contains(&w(0)) || (w(0) == "the" && w(1) == "until"),
        Lang::De => ["bis", "bis zum", "bis zum"].contains(&w(0)) || w(1) == "bis",
        Lang::Fr => {
            before.trim_end().ends_with("jusqu'au")
                || before.trim_end().ends_with("jusqu’au")
                || before.trim_end().ends_with("jusqu'en")
                || w(0) == "jusqu'à"
        }
        Lang::Es => w(0) == "hasta" || (w(1) == "hasta" && w(0) == "el"),
        Lang::It => w(0) == "fino" || w(1) == "fino" || w(0) == "al" && w(1) == "fino",
        Lang::Ro => w(1) == "până" || w(0) == "până",
        Lang::Bg | Lang::Uk | Lang::Ru | Lang::Sl => w(0) == "до" || w(0) == "do",
        Lang::Ja => after.starts_with("まで"),
        Lang::Zh => {
            before.ends_with('至') || before.ends_with('到') || after.starts_with("前") || after.starts_with("为止")
        }
    }
}

fn preceded_by_number(before: &str) -> bool {
    let prev = before.split_whitespace().next_back().unwrap_or("");
    prev.chars().any(|c| c.is_ascii_digit())
        || [
            "două",
            "doua",
            "trei",
            "patru",
            "cinci",
            "șase",
            "sase",
            "șapte",
            "opt",
            "nouă",
            "zece",
            "câteva",
            "ultimele",
            "următoarele",
        ]
        .contains(&prev)
}

/// "and" between two month names, per language (with its spaces).
fn month_conjunctions(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[" and "],
        Lang::De => &[" und "],
        Lang::Fr => &[" et ", " et en "],
        Lang::Es => &[" y ", " y en "],
        Lang::It => &[" e ", " e a ", " e in "],
        Lang::Ro => &[" și ", " si ", " și în "],
        Lang::Bg => &[" и ", " и през "],
        Lang::Sl => &[" in "],
        Lang::Uk => &[" і ", " та ", " й ", " і в ", " та у "],
        Lang::Ru => &[" и ", " и в "],
        Lang::Ja | Lang::Zh => &[],
    }
}

/// A month joined by "and" to a month date ("in April and October last year", "en abril y
/// octubre del año pasado"): a date of its own, marked [`FoundDate::joined`]; "last year" after
/// the second month puts the first in that year too, and a year written after the first ("in April
/// 2025 and October") is the second's.
fn join_months(lang: Lang, folded: &str, covered: &[(usize, usize)], out: &mut Vec<FoundDate>, article: NaiveDate) {
    let mut added = Vec::new();
    for f in out.iter_mut().filter(|f| f.source == DateSource::Explicit && f.date.day.is_none()) {
        let Some(&(_, end)) = covered.iter().find(|&&(s, _)| s == f.start) else { continue };
        let rest = &folded[end..];
        let Some(conj) = month_conjunctions(lang).iter().find(|c| rest.starts_with(*c)) else { continue };
        let start2 = end + conj.len();
        let word: String = folded[start2..].chars().take_while(|c| c.is_alphabetic()).collect();
        let Some(month2) = month_of(lang, &word) else { continue };
        let end2 = start2 + word.len();
        if covered.iter().any(|&(s, e)| s < end2 && start2 < e) {
            continue; // a date of its own already ("April and 3 October")
        }
        let year_written = folded[f.start..end].chars().filter(char::is_ascii_digit).count() >= 4;
        let date2 = if year_written {
            ymd(Some(f.date.year), month2, None, article)
        } else {
            date_without_year(lang, folded, (start2, end2), month2, None, false, article)
        };
        let Some(date2) = date2 else { continue };
        if !year_written && last_year_follows(lang, &folded[end2..]) {
            f.date.year = date2.year;
        }
        added.push(FoundDate { date: date2, source: DateSource::Explicit, start: start2, end: end2, joined: true });
    }
    out.extend(added);
    out.sort_by_key(|f| f.start);
}

/// Japanese and Chinese: "4月と10月", "4月和10月", "去年4月和10月" — the second month is joined to
/// the first (and takes its year when it states none).
fn join_cjk_months(folded: &str, covered: &[(usize, usize)], out: &mut [FoundDate]) {
    out.sort_by_key(|f| f.start);
    for i in 1..out.len() {
        let (a, b) = (out[i - 1], out[i]);
        let Some(&(_, end)) = covered.iter().find(|&&(s, _)| s == a.start) else { continue };
        let between = folded.get(end..b.start).unwrap_or("");
        if a.date.day.is_none() && b.date.day.is_none() && ["と", "和", "及", "、", "及び"].contains(&between) {
            let year_stated = folded[b.start..].starts_with(|c: char| c.is_ascii_digit())
                && folded[b.start..].chars().take_while(char::is_ascii_digit).count() == 4;
            out[i].joined = true;
            if !year_stated {
                out[i].date.year = a.date.year;
            }
        }
    }
}
