//! Event-type rules: per language, stems whose presence in a sentence signals an event type. A
//! stem matches at the start of a word (anywhere in a word for German compounds, anywhere for
//! Japanese and Chinese). Restrictions combine an export stem with a restriction stem; a
//! postponement or lifting stem in the same sentence turns a restriction into a postponement or a
//! lifting; a release stem turns a stockpile into a release.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The closed list of event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    AgreementSigned,
    RestrictionImposed,
    RestrictionPostponed,
    RestrictionLifted,
    StockpileBuilt,
    StockpileReleased,
    ProjectFinanced,
    PriceFloorAnnounced,
    TariffAnnounced,
    MinisterialMeeting,
}

impl EventType {
    /// Every type, in table order.
    pub const ALL: [EventType; 10] = [
        EventType::AgreementSigned,
        EventType::RestrictionImposed,
        EventType::RestrictionPostponed,
        EventType::RestrictionLifted,
        EventType::StockpileBuilt,
        EventType::StockpileReleased,
        EventType::ProjectFinanced,
        EventType::PriceFloorAnnounced,
        EventType::TariffAnnounced,
        EventType::MinisterialMeeting,
    ];

    /// The snake_case name used in files.
    pub fn name(self) -> &'static str {
        match self {
            EventType::AgreementSigned => "agreement_signed",
            EventType::RestrictionImposed => "restriction_imposed",
            EventType::RestrictionPostponed => "restriction_postponed",
            EventType::RestrictionLifted => "restriction_lifted",
            EventType::StockpileBuilt => "stockpile_built",
            EventType::StockpileReleased => "stockpile_released",
            EventType::ProjectFinanced => "project_financed",
            EventType::PriceFloorAnnounced => "price_floor_announced",
            EventType::TariffAnnounced => "tariff_announced",
            EventType::MinisterialMeeting => "ministerial_meeting",
        }
    }

    /// Whether this is one of the three restriction types.
    pub fn is_restriction(self) -> bool {
        matches!(self, EventType::RestrictionImposed | EventType::RestrictionPostponed | EventType::RestrictionLifted)
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The stems of one language.
struct Stems {
    sign: &'static [&'static str],
    export: &'static [&'static str],
    restrict: &'static [&'static str],
    /// Phrases that are a restriction by themselves ("licensing requirement", "Exportverbot").
    restriction: &'static [&'static str],
    postpone: &'static [&'static str],
    lift: &'static [&'static str],
    stockpile: &'static [&'static str],
    release: &'static [&'static str],
    finance: &'static [&'static str],
    price_floor: &'static [&'static str],
    tariff: &'static [&'static str],
    meeting: &'static [&'static str],
}

fn stems(lang: Lang) -> Stems {
    match lang {
        Lang::En => Stems {
            sign: &[
                "adopt",
                "agreed on",
                "signed",
                "signs ",
                "sign a",
                "sign an",
                "signing",
                "concluded",
                "inked",
                "sealed",
                "struck a",
                "agreed a",
                "agreed to a",
                "reached an agreement",
                "reached a deal",
                "clinched",
            ],
            export: &["export", "shipments", "outbound"],
            restrict: &[
                "ban", "restrict", "control", "licen", "curb", "quota", "halt", "permit", "limit", "tighten", "block",
            ],
            restriction: &[
                "embargo",
                "licensing requirement",
                "export licen",
                "export ban",
                "export control",
                "export restriction",
                "export curbs",
                "export quota",
            ],
            postpone: &[
                "postpon",
                "delay",
                "suspend",
                "suspension",
                "paus",
                "defer",
                "put on hold",
                "pushed back",
                "push back",
            ],
            lift: &[
                "ends", "eased", "eases", "easing", "relax", "loosen", "lift", "scrap", "revok", "rescind", "remov",
                "end its", "ended", "abolish", "repeal", "drop",
            ],
            stockpile: &["stockpil", "strategic reserve", "national reserve", "strategic stock"],
            release: &[
                "made available",
                "draw on",
                "drew on",
                "drawn on",
                "tapped",
                "releas",
                "sell",
                "sold",
                "draw down",
                "drawing down",
                "tap",
                "auction",
            ],
            finance: &[
                "loan",
                "financ",
                "funding",
                "fund ",
                "funds ",
                "equity",
                "grant",
                "offtake",
                "credit facility",
                "invest",
            ],
            price_floor: &["price floor", "floor price", "minimum price", "price support", "guaranteed price"],
            tariff: &["anti-dumping", "antidumping", "countervailing", "tariff", "duty", "duties", "levy", "levies"],
            meeting: &["summit", "met ", "meeting", "meet ", "talks", "gathered", "convened", "ministerial"],
        },
        Lang::De => Stems {
            sign: &[
                "verabschied",
                "unterzeichn",
                "unterschrieb",
                "unterschreib",
                "abgeschlossen",
                "schlossen",
                "vereinbart",
                "besiegelt",
            ],
            export: &["export", "ausfuhr", "lieferung"],
            restrict: &[
                "verbot",
                "beschränk",
                "kontroll",
                "lizenz",
                "genehmigung",
                "quote",
                "stopp",
                "begrenz",
                "einschränk",
                "verschärf",
            ],
            restriction: &[
                "embargo",
                "lizenzpflicht",
                "genehmigungspflicht",
                "exportverbot",
                "ausfuhrverbot",
                "exportkontroll",
                "ausfuhrkontroll",
                "exportbeschränk",
                "ausfuhrbeschränk",
            ],
            postpone: &[
                "verschoben",
                "verschieb",
                "ausgesetzt",
                "aussetz",
                "setzt",
                "aufgeschoben",
                "aufschub",
                "pausier",
                "vertagt",
                "verzöger",
            ],
            lift: &[
                "dem ende des",
                "dem ende der",
                "das ende des",
                "das ende der",
                "gelockert",
                "lockerung",
                "lockert",
                "aufgehoben",
                "aufheb",
                "hebt",
                "abgeschafft",
                "beendet",
                "zurückgenommen",
                "gestrichen",
                "aufhebung",
            ],
            stockpile: &[
                "nationale reserve",
                "vorrat",
                "vorräte",
                "bevorratung",
                "rohstoffreserve",
                "strategische reserve",
                "strategischen reserve",
                "lagerbestände",
                "rohstofflager",
            ],
            release: &[
                "zur verfügung gestellt",
                "greift auf",
                "freigeb",
                "freigegeben",
                "gibt frei",
                "freigabe",
                "verkauf",
                "verkauft",
            ],
            finance: &[
                "kredit",
                "darlehen",
                "finanzier",
                "förderung",
                "fördermittel",
                "investi",
                "beteiligung",
                "zuschuss",
                "abnahmevertrag",
                "eigenkapital",
            ],
            price_floor: &["mindestpreis", "preisuntergrenze", "preisboden", "preisgarantie"],
            tariff: &["antidumping", "ausgleichszoll", "zoll", "zölle", "strafzoll", "strafzölle", "einfuhrabgabe"],
            meeting: &[
                "treffen",
                "trafen",
                "traf ",
                "gipfel",
                "zusammenkunft",
                "beratungen",
                "ministertreffen",
                "tagung",
                "zusammengekommen",
            ],
        },
        Lang::Fr => Stems {
            sign: &["adopt", "signé", "signe ", "signent", "signature", "conclu", "paraphé", "scellé"],
            export: &["export"],
            restrict: &[
                "restri",
                "interdi",
                "contrôl",
                "licence",
                "quota",
                "limit",
                "suspend",
                "durci",
                "permis",
                "autorisation",
            ],
            restriction: &[
                "embargo",
                "licences d'export",
                "licence d'export",
                "contrôles à l'export",
                "interdiction d'export",
            ],
            postpone: &["report", "suspen", "différ", "pause", "ajourn", "retard", "gel"],
            lift: &["assoupl", "fin à", "lev", "supprim", "abrog", "annul", "mis fin", "met fin"],
            stockpile: &[
                "stock national",
                "stocks nationaux",
                "stocks stratégiques",
                "stock stratégique",
                "réserve stratégique",
                "réserves stratégiques",
                "stockage stratégique",
                "constitution de stocks",
                "stockpil",
            ],
            release: &[
                "mis à disposition",
                "mis à la disposition",
                "puise",
                "libér",
                "puis",
                "débloqu",
                "vend",
                "mise sur le marché",
                "déstock",
            ],
            finance: &["prêt", "financ", "investi", "subvention", "prise de participation", "crédit"],
            price_floor: &["prix plancher", "prix minimum", "prix minimal", "prix garanti"],
            tariff: &[
                "antidumping",
                "anti-dumping",
                "droits de douane",
                "droit de douane",
                "tarif douanier",
                "tarifs douaniers",
                "surtaxe",
                "taxe à l'import",
                "droits d'importation",
            ],
            meeting: &["sommet", "réunion", "rencontr", "se sont réunis", "réunis", "entretien"],
        },
        Lang::Es => Stems {
            sign: &["adopt", "firm", "suscrib", "sellaron", "selló", "cerraron un acuerdo", "concluy", "rubric"],
            export: &["export"],
            restrict: &[
                "restric", "prohib", "control", "licencia", "cuota", "limit", "veto", "endurec", "permiso", "suspend",
            ],
            restriction: &["embargo", "licencias de export", "licencia de export", "prohibición de export"],
            postpone: &["aplaz", "suspend", "suspensión", "pospon", "pospuso", "retras", "paus", "congel", "prorrog"],
            lift: &[
                "flexibiliz",
                "relaj",
                "fin a",
                "levant",
                "elimin",
                "suprim",
                "derog",
                "anul",
                "puso fin",
                "pone fin",
            ],
            stockpile: &[
                "reserva nacional",
                "reservas estratégicas",
                "reserva estratégica",
                "reservas estratégicas",
                "existencias estratégicas",
                "acopio",
                "almacenamiento estratégico",
                "reservas nacionales",
            ],
            release: &["puso a disposición", "a disposición", "recurre", "liber", "vend", "vent", "sacar al mercado"],
            finance: &["préstamo", "financ", "inversión", "invert", "subvención", "participación", "crédito"],
            price_floor: &["precio mínimo", "precio suelo", "precios mínimos", "precio de garantía"],
            tariff: &["antidumping", "arancel", "aranceles", "derechos de importación"],
            meeting: &["cumbre", "reunión", "reunieron", "reunió", "encuentro", "se reunirán"],
        },
        Lang::It => Stems {
            sign: &["adottat", "adotta", "firmat", "firman", "firma ", "sottoscritt", "siglat", "sigla", "conclus"],
            export: &["esport", "export"],
            restrict: &[
                "restri",
                "divieto",
                "vieta",
                "controll",
                "licenz",
                "quot",
                "limit",
                "blocc",
                "stretta",
                "autorizzazion",
                "sospe",
            ],
            restriction: &[
                "embargo",
                "licenze di esportazione",
                "divieto di esportazione",
                "controlli sulle esportazioni",
            ],
            postpone: &["rinvi", "sospe", "posticip", "rimand", "pausa", "congel", "differ", "proroga", "slitt"],
            lift: &[
                "allent",
                "fine al",
                "fine alla",
                "revoc",
                "rimoss",
                "rimuov",
                "abolit",
                "elimin",
                "cancell",
                "tolt",
            ],
            stockpile: &["scorte", "riserva strategica", "riserve strategiche", "stoccaggio", "scorta strategica"],
            release: &[
                "messo a disposizione",
                "a disposizione",
                "attinge",
                "rilasc",
                "liber",
                "vend",
                "immess",
                "immett",
            ],
            finance: &[
                "prestito",
                "finanz",
                "investim",
                "sovvenzion",
                "partecipazione",
                "credito",
                "contributo a fondo perduto",
            ],
            price_floor: &["prezzo minimo", "prezzi minimi", "soglia di prezzo", "prezzo garantito"],
            tariff: &["antidumping", "dazi", "dazio", "tariff"],
            meeting: &["vertice", "riunione", "incontr", "si sono riuniti", "summit", "colloqui"],
        },
        Lang::Ro => Stems {
            sign: &["adoptat", "adoptă", "semnat", "semnează", "semnarea", "semneze", "încheiat", "parafat"],
            export: &["export"],
            restrict: &[
                "restricți",
                "restricti",
                "interdic",
                "interzi",
                "control",
                "controal",
                "licen",
                "cot",
                "limit",
                "înăsp",
                "permis",
                "autoriza",
            ],
            restriction: &[
                "embargo",
                "licențe de export",
                "licente de export",
                "interdicția exporturilor",
                "interdicție la export",
            ],
            postpone: &["amân", "aman", "suspend", "suspenda", "întârzi", "pauz", "îngheța"],
            lift: &[
                "relaxat",
                "relaxar",
                "încetat",
                "ridicat",
                "ridică",
                "ridicarea",
                "eliminat",
                "elimină",
                "eliminarea",
                "anulat",
                "abrogat",
                "revocat",
            ],
            stockpile: &["stoc", "rezerv"],
            release: &[
                "pus la dispoziți",
                "la dispoziția",
                "eliber",
                "vând",
                "vinde",
                "vânzare",
                "scoate",
                "pune pe piață",
            ],
            finance: &["împrumut", "finanț", "finant", "investi", "grant", "credit", "participație"],
            price_floor: &["preț minim", "pret minim", "prețului minim", "prețuri minime", "preț garantat"],
            tariff: &["antidumping", "tarif", "taxe vamale", "taxă vamală", "taxe de import", "taxe suplimentare"],
            meeting: &["summit", "reuniun", "întâlni", "s-au reunit", "întrevedere", "discuții"],
        },
        Lang::Bg => Stems {
            sign: &["подписа", "подписаха", "подписан", "подписв", "сключи", "сключен", "парафира"],
            export: &["износ", "експорт"],
            restrict: &[
                "ограничен",
                "ограничи",
                "забран",
                "контрол",
                "лиценз",
                "квот",
                "спира",
                "затегн",
                "разрешител",
            ],
            restriction: &[
                "ембарго",
                "експортни лицензи",
                "експортен контрол",
                "забрана за износ",
                "забраната за износ",
            ],
            postpone: &[
                "спре ",
                "временно спр",
                "отлож",
                "отлага",
                "спря",
                "спиране",
                "суспенд",
                "замраз",
                "преустанов",
                "пауза",
            ],
            lift: &["облекч", "сложи край", "отмен", "премахн", "вдигна", "отпадн", "анулира"],
            stockpile: &["запас", "резерв"],
            release: &["предостав", "на разположение", "пуска", "освобод", "пусн", "продаж", "продаде", "продава"],
            finance: &["инвестир", "заем", "кредит", "финансир", "инвестиц", "безвъзмездн", "дялово участие"],
            price_floor: &[
                "минимална цена",
                "минималната цена",
                "минимални цени",
                "долна граница на цената",
                "гарантирана цена",
            ],
            tariff: &["антидъмпинг", "мито", "мита", "митата", "тарифа", "тарифи"],
            meeting: &["среща", "срещна", "срещата", "срещите", "среща на върха", "заседание", "разговори"],
        },
        Lang::Sl => Stems {
            sign: &["podpisal", "podpisala", "podpisali", "podpis", "sklenil", "sklenila", "sklenili", "parafiral"],
            export: &["izvoz"],
            restrict: &[
                "omejit", "omejev", "omejil", "prepoved", "nadzor", "kontrol", "licenc", "dovoljen", "kvot", "zaostri",
                "ustavi",
            ],
            restriction: &["embargo", "izvozne licence", "izvozni nadzor", "prepoved izvoza", "izvozne omejitve"],
            postpone: &[
                "odlož",
                "odlog",
                "zamik",
                "zamakn",
                "začasno ustav",
                "zamrzn",
                "prelož",
                "preloži",
                "suspend",
                "začasno prekin",
            ],
            lift: &["omili", "omilil", "odprav", "ukin", "odpravil", "preklic", "preklical", "umaknil"],
            stockpile: &["zalog", "rezerv"],
            release: &["na voljo", "sprost", "prodaj", "prodal"],
            finance: &["posojil", "financ", "naložb", "investic", "nepovratn", "kapitalsk", "kredit"],
            price_floor: &[
                "minimalna cena",
                "minimalno ceno",
                "minimalne cene",
                "najnižja cena",
                "najnižjo ceno",
                "spodnja meja cen",
                "zajamčena cena",
            ],
            tariff: &["protidampinš", "carin", "tarif", "dajatev", "dajatve"],
            meeting: &["srečal", "srečanj", "sestal", "sestanek", "vrh", "pogovor", "zasedanj"],
        },
        Lang::Uk => Stems {
            sign: &["підписал", "підписав", "підписан", "підписуют", "уклал", "уклав", "укладен", "парафув"],
            export: &["експорт", "вивезен", "вивіз"],
            restrict: &["обмежен", "обмеж", "заборон", "контрол", "ліценз", "квот", "дозвіл", "посил"],
            restriction: &[
                "ембарго",
                "експортні ліцензії",
                "експортний контроль",
                "заборону на експорт",
                "заборона на експорт",
            ],
            postpone: &["відклал", "відклад", "відтермін", "призупин", "перенес", "заморож", "пауз"],
            lift: &["пом'якш", "пом’якш", "послаб", "скасув", "скасов", "зняв", "зняла", "зняли", "знят"],
            stockpile: &["запас", "резерв"],
            release: &["надал", "надав", "у розпорядження", "вивіль", "вивільн", "продаж", "продал", "випуст"],
            finance: &["позик", "кредит", "фінансув", "фінансуван", "інвестиц", "грант"],
            price_floor: &[
                "мінімальна ціна",
                "мінімальну ціну",
                "мінімальної ціни",
                "мінімальні ціни",
                "нижня межа ціни",
                "гарантовану ціну",
            ],
            tariff: &["антидемпінг", "мит", "тариф"],
            meeting: &["зустріч", "саміт", "зустріл", "засідан", "перемовин", "переговор"],
        },
        Lang::Ru => Stems {
            sign: &[
                "утвердил",
                "приняли план",
                "принят план",
                "подписал",
                "подписан",
                "подписыва",
                "подпишут",
                "заключил",
                "заключен",
                "заключён",
                "парафир",
            ],
            export: &["экспорт", "вывоз", "поставк"],
            restrict: &["ограничен", "огранич", "запрет", "запрещ", "контрол", "лиценз", "квот", "разрешен", "ужесточ"],
            restriction: &[
                "эмбарго",
                "экспортные лицензии",
                "экспортный контроль",
                "запрет на экспорт",
                "запрета на экспорт",
            ],
            postpone: &["отлож", "отсроч", "приостанов", "перенес", "перенёс", "заморож", "пауз"],
            lift: &["смягч", "ослаб", "отмен", "снял", "сняла", "сняли", "снят"],
            stockpile: &["запас", "резерв", "госрезерв"],
            release: &["предостав", "в распоряжение", "высвобо", "выпуст", "продаж", "продал", "реализ"],
            finance: &["заем", "заём", "займ", "кредит", "финансир", "инвестиц", "грант"],
            price_floor: &[
                "минимальная цена",
                "минимальную цену",
                "минимальной цены",
                "минимальные цены",
                "нижний предел цен",
                "гарантированную цену",
            ],
            tariff: &["антидемпинг", "пошлин", "тариф"],
            meeting: &["встреч", "саммит", "встретил", "заседан", "переговор"],
        },
        Lang::Ja => Stems {
            sign: &["採択", "署名", "締結", "調印", "合意"],
            export: &["輸出"],
            restrict: &["割当", "規制", "禁止", "管理", "許可", "制限", "枠", "停止"],
            restriction: &["禁輸", "輸出規制", "輸出禁止", "輸出管理", "輸出許可"],
            postpone: &["停止", "延期", "猶予", "一時停止", "見送", "先送", "停止を"],
            lift: &["緩和", "解除", "撤廃", "撤回"],
            stockpile: &["備蓄"],
            release: &["供給", "放出", "売却"],
            finance: &["融資", "出資", "投資", "資金", "助成"],
            price_floor: &["最低価格", "価格下限", "下限価格", "価格の下限"],
            tariff: &["反ダンピング", "関税"],
            meeting: &["会談", "会合", "首脳会議", "サミット", "閣僚会議", "会議"],
        },
        Lang::Zh => Stems {
            sign: &["采纳", "签署", "签订", "签约", "达成协议", "签下", "缔结"],
            export: &["出口"],
            restrict: &["管制", "禁止", "限制", "许可", "配额", "禁令"],
            restriction: &["禁运", "出口管制", "出口禁令", "出口许可", "出口限制"],
            postpone: &["暂停", "推迟", "延期", "暂缓"],
            lift: &["放宽", "放松", "解除", "取消", "撤销", "废除"],
            stockpile: &["储备", "收储"],
            release: &["拿出", "投放", "释放", "抛储", "出售"],
            finance: &["贷款", "融资", "投资", "注资", "资助"],
            price_floor: &["最低价格", "价格下限", "底价", "保底价", "最低价"],
            tariff: &["反倾销", "关税"],
            meeting: &["会晤", "会议", "峰会", "会谈", "会见"],
        },
    }
}

fn has(lang: Lang, folded: &str, stems: &[&str]) -> bool {
    stems.iter().any(|stem| {
        if lang.is_cjk() || lang == Lang::De {
            return folded.contains(stem);
        }
        folded.match_indices(stem).any(|(i, _)| {
            folded[..i].chars().next_back().is_none_or(|c| !crate::norm::is_word_char(c)) || stem.starts_with(' ')
        })
    })
}

/// Words that change what a sentence's stems mean, per language.
struct Markers {
    /// A restriction that still holds ("remain in place", "weiterhin"): background unless dated.
    still: &'static [&'static str],
    /// "after", "following": a meeting or restriction named right after it is background.
    after: &'static [&'static str],
    /// "reduce (exposure/dependence)": restrictions named after it are the motive, not an event.
    reduce: &'static [&'static str],
    /// A planned or upcoming meeting is not (yet) an event.
    future: &'static [&'static str],
    /// Reserves that a country has or holds are deposits, not a stockpile.
    holds: &'static [&'static str],
}

fn markers(lang: Lang) -> Markers {
    match lang {
        Lang::En => Markers {
            still: &["still", "remain", "continue to"],
            after: &["followed the", "following the", "after the"],
            reduce: &["amid", "in response to", "reduce", "cut its dependence", "cut their dependence", "protect"],
            future: &["planned", "upcoming", "will meet", "ahead of"],
            holds: &["their stocks", "their inventories", "has large", "holds large", "is home to"],
        },
        Lang::De => Markers {
            still: &["weiterhin", "noch immer", "bleib", "nach wie vor", "in kraft"],
            after: &["nach dem", "nach der", "folgt auf", "im anschluss an"],
            reduce: &["hintergrund", "als reaktion auf", "verringern", "reduzieren", "senken", "schützen"],
            future: &["geplant", "bevorstehend", "soll ", "sollen "],
            holds: &["ihre lagerbestände", "ihre vorräte", "verfügt über", "besitzt"],
        },
        Lang::Fr => Markers {
            still: &["rest", "toujours", "demeur", "en vigueur"],
            after: &["fait suite à", "suite à", "après"],
            reduce: &["en réponse", "face aux", "réduire", "protéger"],
            future: &["prévu", "prochain", "avant le sommet"],
            holds: &["leurs stocks", "dispose", "possède"],
        },
        Lang::Es => Markers {
            still: &["sigue", "siguen", "continúa", "permanece", "todavía", "vigente"],
            after: &["tras", "después de"],
            reduce: &["en respuesta", "ante las", "reducir", "proteger"],
            future: &["prevista", "previsto", "próxim", "se reunirán"],
            holds: &["sus existencias", "sus inventarios", "dispone", "posee", "cuenta con"],
        },
        Lang::It => Markers {
            still: &["restano", "resta ", "ancora", "tuttora", "in vigore"],
            after: &["dopo", "in seguito a", "fa seguito"],
            reduce: &["in risposta", "ridurre", "proteggere"],
            future: &["previst", "prossim", "in vista"],
            holds: &["le proprie scorte", "loro scorte", "dispone", "possiede"],
        },
        Lang::Ro => Markers {
            still: &["rămân", "rămâne", "încă", "în continuare", "în vigoare"],
            after: &["după", "în urma"],
            reduce: &["ca răspuns", "reducă", "reduce", "protejeze"],
            future: &["planificat", "viitor", "înaintea"],
            holds: &["stocurile proprii", "stocurile lor", "deține", "dispune"],
        },
        Lang::Bg => Markers {
            still: &["остава", "остават", "все още", "продължава", "в сила"],
            after: &["след "],
            reduce: &["в отговор", "намали", "намалят", "защити"],
            future: &["предстоящ", "планиран"],
            holds: &["своите запаси", "разполага", "притежава"],
        },
        Lang::Sl => Markers {
            still: &["še vedno", "ostaja", "ostajajo", "velja še", "ostal"],
            after: &["po ", "sledi"],
            reduce: &["kot odziv", "zmanjša", "zaščit"],
            future: &["načrtovan", "prihodnj"],
            holds: &["svoje zaloge", "ima velik", "ima pomembn", "razpolaga"],
        },
        Lang::Uk => Markers {
            still: &["залиша", "досі", "все ще", "як і раніше", "чинн"],
            after: &["після", "слідом за"],
            reduce: &["у відповідь", "зменши", "захисти"],
            future: &["запланован", "майбутн", "напередодні"],
            holds: &["свої запаси", "має значн", "має велик", "володіє"],
        },
        Lang::Ru => Markers {
            still: &["остается", "остаются", "сохраняется", "сохраняются", "по-прежнему", "все еще", "в силе"],
            after: &["после", "вслед за"],
            reduce: &["в ответ", "снизить", "уменьшить", "защитить"],
            future: &["запланирован", "предстоящ", "накануне"],
            holds: &["свои запасы", "располагает", "обладает"],
        },
        Lang::Ja => Markers {
            still: &["引き続き", "依然", "維持"],
            after: &["を受け", "後"],
            reduce: &["対抗", "減ら", "低減", "守る"],
            future: &["予定", "控え"],
            holds: &["在庫", "埋蔵", "有する"],
        },
        Lang::Zh => Markers {
            still: &["仍", "依然", "继续有效"],
            after: &["之后", "后"],
            reduce: &["回应", "应对", "减少", "降低", "保护"],
            future: &["即将", "计划", "前夕"],
            holds: &["库存", "拥有", "储量", "蕴藏"],
        },
    }
}

/// Byte positions where any stem matches (the same word rules as [`has`]).
fn positions(lang: Lang, folded: &str, stems: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for stem in stems {
        for (i, _) in folded.match_indices(stem) {
            let word_start = lang.is_cjk()
                || lang == Lang::De
                || stem.starts_with(' ')
                || folded[..i].chars().next_back().is_none_or(|c| !crate::norm::is_word_char(c));
            if word_start {
                out.push((i, i + stem.len()));
            }
        }
    }
    out
}

/// Whether every match of `stems` follows closely (within `gap` bytes) a match of `markers`
/// (for Japanese and Chinese: is followed closely by one), so that the stems name background.
fn only_after(lang: Lang, folded: &str, stems: &[&str], markers: &[&str], gap: usize) -> bool {
    let hits = positions(lang, folded, stems);
    let marks = positions(lang, folded, markers);
    !hits.is_empty()
        && hits.iter().all(|&(s, e)| {
            marks.iter().any(
                |&(ms, me)| {
                    if lang.is_cjk() { ms >= e && ms - e <= gap } else { me <= s && s - me <= gap }
                },
            )
        })
}

/// Whether a sentence says that a restriction still holds ("remain in place"): without a date
/// of its own, that is background, not a new imposition.
pub fn is_continuation(lang: Lang, folded: &str) -> bool {
    has(lang, folded, markers(lang).still)
}

/// Whether a sentence names a meeting only right after "after"/"following" ("the pause followed
/// the meeting"): background, unless the sentence dates it.
pub fn is_background_meeting(lang: Lang, folded: &str) -> bool {
    only_after(lang, folded, stems(lang).meeting, markers(lang).after, if lang.is_cjk() { 3 } else { 12 })
}

/// Participles that, right before a date, make it the date of the measure itself ("the controls
/// announced on 9 October"); for Japanese and Chinese, the words right after the date.
fn participles(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["announced", "imposed", "introduced"],
        Lang::De => &["angekündigt", "verhängt", "eingeführt"],
        Lang::Fr => &["annoncé", "imposé", "introduit", "décidé"],
        Lang::Es => &["anunciad", "anunció", "impuest", "introducid"],
        Lang::It => &["annunciat", "impost", "introdott"],
        Lang::Ro => &["anunțat", "impus", "introdus"],
        Lang::Bg => &["обявен", "въведен", "наложен"],
        Lang::Sl => &["napoved", "uvedl", "uveden"],
        Lang::Uk => &["оголошен", "запровадж", "введен"],
        Lang::Ru => &["объявлен", "введен", "введён"],
        Lang::Ja => &["に発表", "に導入"],
        Lang::Zh => &["宣布的", "出台的", "实施的"],
    }
}

/// Whether the date starting at byte `start` of `folded` follows (Japanese, Chinese: precedes) a
/// participle such as "announced", so that it dates the original measure.
pub fn dates_the_measure(lang: Lang, folded: &str, start: usize) -> bool {
    if lang.is_cjk() {
        let rest = &folded[start..];
        let end = rest.char_indices().find(|(_, c)| *c == '日' || *c == '月').map_or(0, |(i, c)| i + c.len_utf8());
        return participles(lang).iter().any(|p| rest[end..].starts_with(p));
    }
    let before = &folded[..start];
    // the last three words before the date
    let cut = before.char_indices().rev().filter(|(_, c)| c.is_whitespace()).nth(3).map_or(0, |(i, _)| i);
    !positions(lang, &before[cut..], participles(lang)).is_empty()
}

/// Verbs and participles of imposing a restriction ("imposed", "introduced", "verhängt",
/// "introdotto", "въведе", "ввел", "导入"): in a sentence that also postpones or lifts it, the
/// word whose clause dates the original measure. Not "announced": as a finite verb it reports.
fn impose_verbs(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["impos", "introduc", "banned", "tightened", "enacted", "slapped", "reinstat", "put in place"],
        Lang::De => &["verhängt", "verhängen", "eingeführt", "führte", "erlassen", "erließ", "verboten", "verschärft"],
        Lang::Fr => &["impos", "introduit", "instaur", "interdit", "mis en place", "durci"],
        Lang::Es => &["impus", "impuso", "impone", "introduj", "introduc", "estableci", "prohibió", "endureci"],
        Lang::It => &["impost", "impone", "impose", "introdott", "introdu", "istituit", "vietat", "inaspr"],
        Lang::Ro => &["impus", "impune", "introdus", "instituit", "interzis", "înăsprit"],
        Lang::Bg => &["въведе", "въвежда", "въведен", "наложи", "наложен", "забрани", "затегна"],
        Lang::Sl => &["uvedl", "uvede", "uveden", "prepovedal", "zaostril"],
        Lang::Uk => &["запровад", "ввел", "ввів", "заборонил", "заборонив", "посилил", "посилив", "наклал"],
        Lang::Ru => &["ввел", "ввела", "ввели", "введ", "запретил", "ужесточил", "наложил"],
        Lang::Ja => &["導入", "発動", "課し", "禁止し"],
        Lang::Zh => &["实施", "出台", "实行", "加征"],
    }
}

/// Where the words that signal an event of type `t` occur in a sentence (byte spans); for a
/// restriction imposed, the verbs of imposing ([`impose_verbs`]).
pub(crate) fn triggers(lang: Lang, folded: &str, t: EventType) -> Vec<(usize, usize)> {
    let st = stems(lang);
    let list: &[&str] = match t {
        EventType::AgreementSigned => st.sign,
        EventType::RestrictionImposed => impose_verbs(lang),
        EventType::RestrictionPostponed => st.postpone,
        EventType::RestrictionLifted => st.lift,
        EventType::StockpileBuilt => st.stockpile,
        EventType::StockpileReleased => st.release,
        EventType::ProjectFinanced => st.finance,
        EventType::PriceFloorAnnounced => st.price_floor,
        EventType::TariffAnnounced => st.tariff,
        EventType::MinisterialMeeting => st.meeting,
    };
    positions(lang, folded, list)
}

/// Words that start a sentence referring back to the decision just reported ("The decision was
/// announced in early November", "L'annuncio è arrivato all'inizio di novembre", "Решението беше
/// обявено в началото на ноември"): a date in that sentence dates the decision.
fn decision_anaphors(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["the decision", "the announcement", "the move", "this decision", "that decision", "the step"],
        Lang::De => &[
            "die entscheidung",
            "die ankündigung",
            "der beschluss",
            "der schritt",
            "die bekanntgabe",
            "diese entscheidung",
        ],
        Lang::Fr => &["la décision", "l'annonce", "l’annonce", "cette décision", "cette annonce"],
        Lang::Es => &["la decisión", "el anuncio", "esta decisión", "este anuncio"],
        Lang::It => &["la decisione", "l'annuncio", "l’annuncio", "questa decisione", "tale decisione"],
        Lang::Ro => &["decizia", "anunțul", "anuntul", "hotărârea", "această decizie"],
        Lang::Bg => &["решението", "обявлението", "съобщението", "това решение"],
        Lang::Sl => &["odločitev", "napoved", "sklep", "ta odločitev"],
        Lang::Uk => &["рішення", "оголошення", "це рішення"],
        Lang::Ru => &["решение", "объявление", "это решение"],
        Lang::Ja => &["決定は", "この決定", "発表は", "同決定"],
        Lang::Zh => &["该决定", "这一决定", "此项决定", "上述决定", "该消息"],
    }
}

/// Whether a sentence (folded) starts by referring back to the decision just reported.
pub fn is_decision_anaphor(lang: Lang, folded: &str) -> bool {
    let s = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    decision_anaphors(lang)
        .iter()
        .any(|a| s.starts_with(a) && s[a.len()..].chars().next().is_none_or(|c| lang.is_cjk() || !c.is_alphanumeric()))
}

/// Finance stems too general to signal financing without a money amount in the sentence.
const WEAK_FINANCE: &[&str] =
    &["invest", "инвестир", "naložb", "инвестиц", "інвестиц", "投资", "投資", "資金", "资助", "förder"];
/// Quota stems: a lifted ban replaced by quotas is also a restriction imposed.
const QUOTA: &[&str] = &["割当", "quota", "quot", "kvot", "квот", "cuota", "cota", "cote", "contingent", "配额", "枠"];

/// The event types a sentence (folded) signals, with a rule confidence; `has_money` tells whether
/// the sentence states a money amount; `export_context` that the article already reported a
/// restriction of exports and the sentence states a date of its own (then "the ban was imposed in
/// December 2024" needs no export word); `stated` that the sentence states a date or a rate.
pub fn classify(
    lang: Lang,
    folded: &str,
    has_money: bool,
    export_context: bool,
    stated: bool,
) -> Vec<(EventType, f64)> {
    let st = stems(lang);
    let mut out = Vec::new();
    let mk = markers(lang);
    let strong = has(lang, folded, st.restriction);
    let pause = has(lang, folded, st.postpone);
    let export = export_context || has(lang, folded, st.export);
    // restriction stems that are not themselves pause words ("suspend", "停止")
    let has_proper = export
        && st.restrict.iter().any(|r| {
            !st.postpone.iter().any(|p| p.contains(r) || r.contains(p)) && has(lang, folded, std::slice::from_ref(r))
        });
    // "suspends exports" is a restriction too
    let restriction = strong || (export && (has_proper || pause || has(lang, folded, st.restrict)));
    let lift = restriction && has(lang, folded, st.lift);
    // a restriction named as the motive ("to reduce exposure to export controls") or right after
    // "after" ("after the introduction of licences") is background
    let motive = restriction && {
        let terms: Vec<&str> = st.restriction.iter().chain(st.restrict).copied().collect();
        only_after(lang, folded, &terms, mk.reduce, 60)
            || (!pause && !lift && only_after(lang, folded, &terms, mk.after, 40))
    };
    if restriction && !motive {
        if pause && !lift {
            if strong || has_proper {
                out.push((EventType::RestrictionPostponed, 0.8));
            } else {
                // "suspends exports" stops them: an imposition
                out.push((EventType::RestrictionImposed, 0.7));
            }
        } else if lift {
            out.push((EventType::RestrictionLifted, 0.8));
            if QUOTA.iter().any(|q| folded.contains(q)) {
                out.push((EventType::RestrictionImposed, 0.7));
            }
        } else {
            out.push((EventType::RestrictionImposed, if strong { 0.85 } else { 0.7 }));
        }
    }
    if has(lang, folded, st.stockpile) && !has(lang, folded, mk.holds) {
        if has(lang, folded, st.release) {
            out.push((EventType::StockpileReleased, 0.75));
        } else {
            out.push((EventType::StockpileBuilt, 0.7));
        }
    }
    if has(lang, folded, st.sign) {
        out.push((EventType::AgreementSigned, 0.8));
    }
    let strong: Vec<&str> =
        st.finance.iter().copied().filter(|f| !WEAK_FINANCE.iter().any(|w| f.contains(w))).collect();
    let weak: Vec<&str> = st.finance.iter().copied().filter(|f| WEAK_FINANCE.iter().any(|w| f.contains(w))).collect();
    if has(lang, folded, &strong) || (has_money && has(lang, folded, &weak)) {
        out.push((EventType::ProjectFinanced, 0.7));
    }
    if has(lang, folded, st.price_floor) {
        out.push((EventType::PriceFloorAnnounced, 0.85));
    }
    // tariffs named in passing ("a response to U.S. tariffs", "talks on tariffs and rare earths")
    // are background: an announced tariff states its rate or its date
    if has(lang, folded, st.tariff) && stated {
        out.push((EventType::TariffAnnounced, 0.75));
    }
    if has(lang, folded, st.meeting) && !has(lang, folded, mk.future) {
        out.push((EventType::MinisterialMeeting, 0.65));
    }
    out
}
