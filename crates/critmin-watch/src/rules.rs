//! Event-type rules: per language, stems whose presence in a sentence signals an event type. A
//! stem matches at the start of a word (anywhere in a word for German compounds, anywhere for
//! Japanese and Chinese). Restrictions combine an export stem with a restriction stem; a
//! postponement or lifting stem in the same sentence turns a restriction into a postponement or a
//! lifting; a release stem turns a stockpile into a release.

use serde::{Deserialize, Serialize};

use crate::cues;
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

    /// Whether this postpones or lifts a restriction (and so recounts the restriction's own date).
    pub fn undoes_a_restriction(self) -> bool {
        matches!(self, EventType::RestrictionPostponed | EventType::RestrictionLifted)
    }

    /// Whether this is a measure that takes effect on a day: a restriction or a tariff.
    pub fn takes_effect(self) -> bool {
        self.is_restriction() || self == EventType::TariffAnnounced
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
    /// Finance words too general to signal financing without a money amount in the sentence
    /// ("invest", buying shares or a stake, a purchase commitment).
    finance_weak: &'static [&'static str],
    price_floor: &'static [&'static str],
    tariff: &'static [&'static str],
    meeting: &'static [&'static str],
    /// "Replace" ("replaces the ban with quotas"): with a quota word, a lifting.
    replace: &'static [&'static str],
    /// Verbs of adopting and the documents adopted ("приеха ... план за действие"): both in a
    /// sentence make an agreement, where the verb alone is too general.
    adopt: (&'static [&'static str], &'static [&'static str]),
}

fn stems(lang: Lang) -> Stems {
    match lang {
        Lang::En => Stems {
            sign: &[
                "adopt",
                "agreed on a",
                "agreed on an",
                "agreed on the",
                "agreed on new",
                "agreed on joint",
                "agreed on common",
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
                "joint initiative",
                "inks ",
                "seals ",
                "concludes ",
                "finalised",
                "finalized",
                "finalises",
                "finalizes",
            ],
            export: &["export", "shipments", "outbound"],
            restrict: &[
                "ban",
                "restrict",
                "control",
                "licen",
                "curb",
                "quota",
                "halt",
                "permit",
                "limit",
                "tighten",
                "block",
                "barred",
                "barring",
                "bars ",
                "bar ",
                "prohibit",
                "outlaw",
                "clamp",
                "crack down",
            ],
            restriction: &[
                "can no longer be exported",
                "stop exporting",
                "stops exporting",
                "cease exporting",
                "ceases exporting",
                "may no longer be exported",
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
                "put off",
                "shelv",
                "hold off",
            ],
            lift: &[
                "ends",
                "eased",
                "eases",
                "easing",
                "relax",
                "loosen",
                "lift",
                "scrap",
                "revok",
                "rescind",
                "remov",
                "end its",
                "ended",
                "abolish",
                "repeal",
                "drop",
                "ease ",
                "roll back",
                "rolled back",
                "rolls back",
                "withdr",
                "revers",
            ],
            stockpile: &[
                "stockpil",
                "strategic reserve",
                "national reserve",
                "strategic stock",
                "state reserve",
                "state stockpile",
            ],
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
                "funded",
                "bankroll",
                "underwrit",
                "equity",
                "grant",
                "offtake",
                "credit facility",
                "largest shareholder",
                "top shareholder",
                "biggest shareholder",
            ],
            price_floor: &["price floor", "floor price", "minimum price", "price support", "guaranteed price"],
            tariff: &[
                "safeguard",
                "anti-dumping",
                "antidumping",
                "countervailing",
                "tariff",
                "duty",
                "duties",
                "levy",
                "levies",
            ],
            meeting: &[
                "summit",
                "met ",
                "meeting",
                "meet ",
                "meets ",
                "talks",
                "gathered",
                "convened",
                "ministerial",
                "hosted leaders",
            ],
            finance_weak: &[
                "invest",
                "pledged",
                "committed",
                "stake",
                "shares",
                "preferred stock",
                "agreed to buy",
                "committed to buy",
                "commitment to buy",
                "pledged to buy",
            ],
            replace: &["replac"],
            adopt: (&["approved", "endorsed"], &["action plan", "declaration", "roadmap", "charter"]),
        },
        Lang::De => Stems {
            sign: &[
                // reaching an agreement
                "einigung erzielt",
                "einigung erzielten",
                "verabschied",
                "unterzeichn",
                "unterschrieb",
                "unterschreib",
                "abgeschlossen",
                "schlossen",
                "vereinbart",
                "besiegelt",
                "gemeinsame initiative",
                "gemeinsamen initiative",
                // "haben sich auf einen Aktionsplan verständigt/geeinigt"
                "verständigt",
                "verständigten sich",
                "geeinigt",
                "einigten sich",
            ],
            export: &["export", "ausfuhr", "ausführen", "auszuführen", "lieferung", "ins ausland"],
            restrict: &[
                "verbot",
                "darf kein",
                "dürfen kein",
                "beschränk",
                "kontroll",
                "lizenz",
                "genehmigung",
                "quote",
                "stopp",
                "begrenz",
                "einschränk",
                "verschärf",
                "eingeschränkt",
                "verbiet",
            ],
            restriction: &[
                "nicht mehr exportiert werden",
                "nicht mehr ausgeführt werden",
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
                "auf eis",
                // "die Regeln würden bis zum 10. November 2026 nicht angewendet"
                "nicht angewendet",
                "nicht angewandt",
                "nicht mehr angewendet",
                "verschieb",
                "verschob",
                "ausgesetzt",
                "aussetz",
                "auszusetzen",
                " setzt ",
                " setze ",
                "aufgeschoben",
                "aufschub",
                "pausier",
                "vertagt",
                "verzöger",
                " setzte ",
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
                "aufzuheben",
                "hebt",
                "abgeschafft",
                "beendet",
                "zurückgenommen",
                "gestrichen",
                "aufhebung",
                " hob ",
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
                "beteiligung",
                "zuschuss",
                "abnahmevertrag",
                "eigenkapital",
                "größter anteilseigner",
                "größten anteilseigner",
                "größter aktionär",
                "größten aktionär",
            ],
            price_floor: &["mindestpreis", "preisuntergrenze", "preisboden", "preisgarantie"],
            tariff: &[
                "schutzmaßnahmen gegen importe",
                "schutzmaßnahmen gegen einfuhren",
                "antidumping",
                "ausgleichszoll",
                "zoll",
                "zölle",
                "strafzoll",
                "strafzölle",
                "einfuhrabgabe",
            ],
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
                "zusammengetroffen",
                "getroffen",
            ],
            finance_weak: &[
                "investi",
                "förderung",
                "fördermittel",
                "aktien",
                "kaufzusage",
                "abnahmezusage",
                "beteiligung an",
                "anteil an",
                "anteile an",
            ],
            replace: &["ersetz", "ersetzt"],
            adopt: (&["billigten", "billigte", "beschlossen", "angenommen"], &["aktionsplan", "erklärung", "fahrplan"]),
        },
        Lang::Fr => Stems {
            sign: &[
                // reaching an agreement
                "parvenus à un accord",
                "parvenu à un accord",
                "annoncé un accord",
                "annonce un accord",
                "trouvé un accord",
                "adopt",
                "signé",
                "signe ",
                "signent",
                "signature",
                "conclu",
                "paraphé",
                "scellé",
                "initiative commune",
                "initiative conjointe",
                "signer",
            ],
            export: &["export"],
            restrict: &[
                "restri",
                "interdi",
                "banni",
                "contrôl",
                "licence",
                "quota",
                "limit",
                "suspend",
                "durci",
                "permis",
                "autorisation",
                "restrei",
            ],
            restriction: &[
                "ne peut plus être export",
                "cessera d'export",
                "cesse d'export",
                "cesser d'export",
                "cesseront d'export",
                "ne peuvent plus être export",
                "embargo",
                "licences d'export",
                "licence d'export",
                "contrôles à l'export",
                "interdiction d'export",
            ],
            postpone: &["report", "suspen", "différ", "pause", "ajourn", "retard", "gel", "gèl"],
            lift: &["assoupl", "fin à", "lev", "supprim", "abrog", "annul", "mis fin", "met fin", "lève", "lèv"],
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
            finance: &[
                // the noun, not "prêt à" (ready to) nor "prêté" (lent, of an object)
                "un prêt",
                "le prêt",
                "ce prêt",
                "d'un prêt",
                "d’un prêt",
                "prêts ",
                "prêt de ",
                "prêt garanti",
                "financ",
                "subvention",
                "prise de participation",
                "crédit",
                "au capital",
                "premier actionnaire",
                "principal actionnaire",
            ],
            price_floor: &["prix plancher", "prix minimum", "prix minimal", "prix garanti"],
            tariff: &[
                "mesures de sauvegarde",
                "antidumping",
                "anti-dumping",
                "droits de douane",
                "droit de douane",
                "tarif douanier",
                "tarifs douaniers",
                "surtaxe",
                "taxe à l'import",
                "droits d'importation",
                "taxé",
            ],
            meeting: &[
                "sommet",
                "réunion",
                "rencontr",
                "se sont réunis",
                "réunis",
                "entretien",
                "ministériel",
                "se réunissent",
                "s'est entretenu",
                "s’est entretenu",
                "ont réuni",
                "a réuni",
            ],
            finance_weak: &[
                "investi",
                "prise de participation",
                "prises de participation",
                "une participation",
                "actions",
                "s'est engagé",
                "s’est engagé",
                "s'engage",
                "s’engage",
                "engagé à acheter",
                "engagée à acheter",
                "engage à acheter",
                "engagement d'achat",
                "engagement d’achat",
            ],
            replace: &["remplac"],
            adopt: (
                &["approuvé", "entériné"],
                &["plan d'action", "plan d’action", "déclaration", "feuille de route", "charte"],
            ),
        },
        Lang::Es => Stems {
            sign: &[
                // reaching an agreement
                "alcanzaron un acuerdo",
                "alcanzó un acuerdo",
                "llegaron a un acuerdo",
                "llegó a un acuerdo",
                "adopt",
                "firm",
                "suscrib",
                "suscrit",
                "sellaron",
                "selló",
                "cerraron un acuerdo",
                "concluy",
                "rubric",
                "iniciativa conjunta",
                "iniciativa común",
            ],
            export: &["export"],
            restrict: &[
                "restric", "prohib", "control", "licencia", "cuota", "limit", "veto", "endurec", "permiso", "suspend",
                "restring", "vetó", "vetar",
            ],
            restriction: &[
                "ya no puede exportarse",
                "dejará de exportar",
                "dejarán de exportar",
                "dejar de exportar",
                "ya no pueden exportarse",
                "ya no se puede exportar",
                "embargo",
                "licencias de export",
                "licencia de export",
                "prohibición de export",
            ],
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
            finance: &[
                "préstamo",
                "financ",
                "subvención",
                "participación",
                "crédito",
                "mayor accionista",
                "principal accionista",
            ],
            price_floor: &["precio mínimo", "precio suelo", "precios mínimos", "precio de garantía"],
            tariff: &["medidas de salvaguardia", "antidumping", "arancel", "aranceles", "derechos de importación"],
            meeting: &[
                "cumbre",
                "reunión",
                "reunieron",
                "reunió",
                "encuentro",
                "se reunirán",
                "reunidos",
                "se reúne",
                "se reúnen",
                "ministerial",
                "conversaciones",
            ],
            finance_weak: &[
                "inversión",
                "inversiones",
                "invert",
                "participación del",
                "participación en",
                "acciones",
                "se comprometió a comprar",
                "compromiso de compra",
            ],
            replace: &["reemplaz", "sustitu"],
            adopt: (
                &["aprobaron", "aprobó", "aprobado", "respaldaron", "avalaron"],
                &["plan de acción", "declaración", "hoja de ruta"],
            ),
        },
        Lang::It => Stems {
            sign: &[
                // reaching an agreement
                "raggiunto un accordo",
                "raggiunto un'intesa",
                "raggiunto un’intesa",
                "adottat",
                "adotta",
                "firmat",
                "firman",
                "firma ",
                "sottoscritt",
                "siglat",
                "sigla",
                "conclus",
                "iniziativa comune",
                "iniziativa congiunta",
                "firmer",
            ],
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
                "vieter",
            ],
            restriction: &[
                "non può più essere esportat",
                "smetterà di esportare",
                "cesserà di esportare",
                "smettere di esportare",
                "non possono più essere esportat",
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
                "togli",
            ],
            stockpile: &[
                "scorte",
                "riserve statali",
                "riserva statale",
                "riserva strategica",
                "riserve strategiche",
                "stoccaggio",
                "scorta strategica",
            ],
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
                "sovvenzion",
                "partecipazione",
                "credito",
                "contributo a fondo perduto",
                "primo azionista",
                "maggiore azionista",
                "maggior azionista",
                "principale azionista",
            ],
            price_floor: &["prezzo minimo", "prezzi minimi", "soglia di prezzo", "prezzo garantito"],
            tariff: &["misure di salvaguardia", "antidumping", "dazi", "dazio", "tariff"],
            meeting: &[
                "vertice",
                "riunione",
                "incontr",
                "si sono riuniti",
                "summit",
                "colloqui",
                "riunit",
                "si riunisc",
                "ministeriale",
            ],
            finance_weak: &[
                "investim",
                "investi",
                "partecipazione del",
                "partecipazione nel",
                "partecipazione in",
                "azioni",
                "impegnata ad acquistare",
                "impegnato ad acquistare",
                "impegno di acquisto",
            ],
            replace: &["sostitu", "rimpiazz"],
            adopt: (
                &["approvato", "approvano", "approvò", "varato"],
                &["piano d'azione", "piano d’azione", "dichiarazione", "tabella di marcia"],
            ),
        },
        Lang::Ro => Stems {
            sign: &[
                // reaching an agreement
                "ajuns la un acord",
                "ajuns la acord",
                "au convenit",
                "adoptat",
                "adoptă",
                "semnat",
                "semnează",
                "semnarea",
                "semneze",
                "încheiat",
                "parafat",
                "inițiativă comună",
                "inițiativa comună",
                "initiativa comuna",
                "initiativă comună",
                "semna ",
            ],
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
                "restrâns",
                "restrâng",
            ],
            restriction: &[
                "nu mai poate fi exportat",
                "va înceta să exporte",
                "nu va mai exporta",
                "nu vor mai exporta",
                "nu mai pot fi exportat",
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
                "ridica ",
                "ridică",
                "ridicarea",
                "eliminat",
                "elimină",
                "eliminarea",
                "anulat",
                "abrogat",
                "revocat",
                "relaxeaz",
                "elimina ",
                "anula ",
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
            finance: &[
                "împrumut",
                "finanț",
                "finant",
                "grant",
                "credit",
                "participație",
                "cel mai mare acționar",
                "cel mai mare actionar",
            ],
            price_floor: &["preț minim", "pret minim", "prețului minim", "prețuri minime", "preț garantat"],
            tariff: &[
                "măsuri de salvgardare",
                "antidumping",
                "tarif",
                "taxe vamale",
                "taxă vamală",
                "taxe de import",
                "taxe suplimentare",
            ],
            meeting: &[
                "summit",
                "reuniun",
                "întâlni",
                "s-au reunit",
                "întrevedere",
                "discuții",
                "reuniți",
                "s-a reunit",
                "se reunesc",
                "ministerial",
                "convorbiri",
            ],
            finance_weak: &[
                "investi",
                "acțiuni",
                "actiuni",
                "angajat să cumpere",
                "angajament de cumpărare",
                "angajament",
                "participați",
            ],
            replace: &["înlocui", "inlocui"],
            adopt: (&["aprobat", "aprobă"], &["plan de acțiune", "declarați", "foaie de parcurs"]),
        },
        Lang::Bg => Stems {
            sign: &[
                // reaching an agreement
                "постигнаха споразумение",
                "постигна споразумение",
                "постигнаха договореност",
                "подписа",
                "подписаха",
                "подписан",
                "подписв",
                "сключи",
                "сключен",
                "парафира",
                "съвместна инициатива",
                "съвместната инициатива",
                "подпиш",
            ],
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
                "огранича",
            ],
            restriction: &[
                "вече не може да се изнася",
                "вече не могат да се изнасят",
                "ембарго",
                "експортни лицензи",
                "експортен контрол",
                "забрана за износ",
                "забраната за износ",
            ],
            postpone: &[
                "спира",
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
            lift: &["облекч", "сложи край", "отмен", "премахн", "вдигна", "отпадн", "анулира", "вдиг"],
            stockpile: &["запас", "резерв"],
            release: &["предостав", "на разположение", "пуска", "освобод", "пусн", "продаж", "продаде", "продава"],
            finance: &[
                "заем",
                "кредит",
                "финансир",
                "безвъзмездн",
                "дялово участие",
                "най-голям акционер",
                "най-големия акционер",
                "най-големият акционер",
            ],
            price_floor: &[
                "минимална цена",
                "минималната цена",
                "минимални цени",
                "долна граница на цената",
                "гарантирана цена",
            ],
            tariff: &["защитни мерки", "антидъмпинг", "мито", "мита", "митата", "тарифа", "тарифи"],
            meeting: &[
                "среща",
                "срещна",
                "срещата",
                "срещите",
                "среща на върха",
                "заседание",
                "разговори",
                "министерск",
                "срещат",
                "преговори",
            ],
            finance_weak: &["инвестир", "инвестиц", "акции", "дял в ", "дяла в ", "дял от "],
            replace: &["замени", "заменя", "замяна"],
            adopt: (&["прие ", "приеха", "приета", "приет "], &["план", "декларация", "стратегия", "пътна карта"]),
        },
        Lang::Sl => Stems {
            sign: &[
                // reaching an agreement
                "dosegli dogovor",
                "dosegli sporazum",
                "dosegla dogovor",
                "dosegla sporazum",
                "podpisal",
                "podpisala",
                "podpisali",
                "podpis",
                "sklenil",
                "sklenila",
                "sklenili",
                "parafiral",
                "dogovoril",
                "skupno pobud",
                "skupni pobud",
                "skupna pobud",
                "skupne pobud",
                "podpiš",
            ],
            export: &["izvoz"],
            restrict: &[
                "omejit", "omejev", "omejil", "prepoved", "nadzor", "kontrol", "licenc", "dovoljen", "kvot", "zaostri",
                "ustavi",
            ],
            restriction: &[
                "ni več mogoče izvažati",
                "ne bo več izvažal",
                "ne bodo več izvažal",
                "embargo",
                "izvozne licence",
                "izvozni nadzor",
                "prepoved izvoza",
                "izvozne omejitve",
            ],
            postpone: &[
                "zadrži izvajanje",
                "zadržala izvajanje",
                "zadržal izvajanje",
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
            finance: &[
                "posojil",
                "financ",
                "nepovratn",
                "kapitalsk",
                "kredit",
                "največji delničar",
                "največjega delničarja",
                "največjim delničarjem",
            ],
            price_floor: &[
                "minimalna cena",
                "minimalno ceno",
                "minimalne cene",
                "najnižja cena",
                "najnižjo ceno",
                "spodnja meja cen",
                "zajamčena cena",
            ],
            tariff: &["zaščitne ukrepe", "zaščitni ukrepi", "protidampinš", "carin", "tarif", "dajatev", "dajatve"],
            meeting: &[
                "srečal",
                "srečanj",
                "sestal",
                "sestanek",
                "vrh ",
                "vrha",
                "vrhu",
                "vrhom",
                "pogovor",
                "zasedanj",
                "ministrsk",
                "sreča ",
                "srečata",
                "srečajo",
            ],
            finance_weak: &["naložb", "investic", "delnic", "vlagal", "vlaga ", "delež v ", "deleža v ", "deležem v "],
            replace: &["nadomest", "zamenja", "zamenjal"],
            adopt: (&["sprejel", "sprejeli", "sprejela"], &["načrt", "deklaracij", "strategij"]),
        },
        Lang::Uk => Stems {
            sign: &[
                // reaching an agreement
                "досягли угоди",
                "досягли домовленост",
                "дійшли згоди",
                "підписал",
                "підписав",
                "підписан",
                "підписуют",
                "уклал",
                "уклав",
                "укладен",
                "парафув",
                "спільну ініціативу",
                "спільна ініціатива",
                "спільної ініціативи",
                "підпиш",
            ],
            export: &["експорт", "вивезен", "вивіз"],
            restrict: &["обмежен", "обмеж", "заборон", "контрол", "ліценз", "квот", "дозвіл", "посил", "дозвол"],
            restriction: &[
                "більше не можна експортувати",
                "припинить експорт",
                "припинити експорт",
                "припинять експорт",
                "ембарго",
                "експортні ліцензії",
                "експортний контроль",
                "заборону на експорт",
                "заборона на експорт",
            ],
            postpone: &[
                "відклал",
                "відклав",
                "відклад",
                "відтермін",
                "призупин",
                "перенес",
                "переніс",
                "заморож",
                "замороз",
                "пауз",
            ],
            lift: &["пом'якш", "пом’якш", "послаб", "скасув", "скасов", "зняв", "зняла", "зняли", "знят", "зніма"],
            stockpile: &["запас", "резерв"],
            release: &["надал", "надав", "у розпорядження", "вивіль", "вивільн", "продаж", "продал", "випуст"],
            finance: &[
                "позик",
                "кредит",
                "фінансув",
                "фінансуван",
                "грант",
                "найбільшим акціонером",
                "найбільший акціонер",
                "найбільшого акціонера",
            ],
            price_floor: &[
                "мінімальна ціна",
                "мінімальну ціну",
                "мінімальної ціни",
                "мінімальні ціни",
                "нижня межа ціни",
                "гарантовану ціну",
            ],
            tariff: &["захисні заходи", "антидемпінг", "мит", "тариф"],
            meeting: &["зустріч", "саміт", "зустріл", "засідан", "перемовин", "переговор", "міністерськ", "зустрічаю"],
            finance_weak: &["інвест", "акці", "частку в ", "частки в ", "частку у ", "частки у ", "частка в "],
            replace: &["замін", "замінить", "замінює"],
            adopt: (
                &["ухвалил", "ухвалив", "схвалил", "схвалив", "затвердил", "затвердив"],
                &["план", "декларац", "стратегі"],
            ),
        },
        Lang::Ru => Stems {
            sign: &[
                // reaching an agreement
                "достигли соглашения",
                "достигли договоренност",
                "пришли к соглашению",
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
                "совместную инициативу",
                "совместная инициатива",
                "совместной инициативы",
                "подпиш",
            ],
            export: &["экспорт", "вывоз", "поставк"],
            restrict: &["ограничен", "огранич", "запрет", "запрещ", "контрол", "лиценз", "квот", "разрешен", "ужесточ"],
            restriction: &[
                "больше нельзя экспортировать",
                "прекратит экспорт",
                "прекратить экспорт",
                "прекратят экспорт",
                "эмбарго",
                "экспортные лицензии",
                "экспортный контроль",
                "запрет на экспорт",
                "запрета на экспорт",
            ],
            postpone: &["отлож", "отсроч", "приостанов", "перенес", "перенёс", "заморож", "замороз", "пауз"],
            lift: &["смягч", "ослаб", "отмен", "снял", "сняла", "сняли", "снят", "снима", "снимет"],
            stockpile: &["запас", "резерв", "госрезерв"],
            release: &["предостав", "в распоряжение", "высвобо", "выпуст", "продаж", "продал", "реализ"],
            finance: &[
                "заем",
                "заём",
                // the noun's cases, not "займется" (will take up)
                "займа",
                "займ ",
                "займы",
                "займов",
                "займом",
                "кредит",
                "финансир",
                "грант",
                "крупнейшим акционером",
                "крупнейший акционер",
                "крупнейшего акционера",
            ],
            price_floor: &[
                "минимальная цена",
                "минимальную цену",
                "минимальной цены",
                "минимальные цены",
                "нижний предел цен",
                "гарантированную цену",
            ],
            tariff: &["защитные меры", "антидемпинг", "пошлин", "тариф"],
            meeting: &["встреч", "саммит", "встретил", "заседан", "переговор", "министерск", "встречаю"],
            finance_weak: &["инвестиц", "инвестир", "акци", "долю в ", "доли в ", "долю у "],
            replace: &["замен"],
            adopt: (&["приняли", "принял", "одобрил"], &["план", "декларац", "стратеги"]),
        },
        Lang::Ja => Stems {
            sign: &[
                // reaching an agreement
                "合意に達し",
                "採択",
                "署名",
                "締結",
                "調印",
                "合意",
                "共同イニシアチブ",
                "を交わ",
                "取り交わ",
                "を結ん",
                "を結ぶ",
            ],
            export: &["輸出"],
            restrict: &["割当", "規制", "禁止", "管理", "許可", "制限", "枠", "停止"],
            restriction: &["禁輸", "輸出規制", "輸出禁止", "輸出管理", "輸出許可"],
            postpone: &["停止", "延期", "猶予", "一時停止", "見送", "先送", "停止を"],
            lift: &["緩和", "解除", "撤廃", "撤回"],
            stockpile: &["備蓄"],
            release: &["供給", "放出", "売却"],
            finance: &["融資", "出資", "助成", "筆頭株主", "最大株主"],
            price_floor: &["最低価格", "価格下限", "下限価格", "価格の下限"],
            tariff: &["セーフガード", "反ダンピング", "関税"],
            meeting: &["会談", "会合", "首脳会議", "サミット", "閣僚会議", "会議", "会見", "閣僚級"],
            finance_weak: &["投資", "資金", "株式"],
            replace: &["置き換", "切り替", "移行"],
            adopt: (&["採択", "承認"], &["行動計画", "宣言", "ロードマップ"]),
        },
        Lang::Zh => Stems {
            sign: &["采纳", "签署", "签订", "签约", "达成协议", "签下", "缔结", "联合倡议", "共同倡议"],
            export: &["出口"],
            restrict: &["管制", "禁止", "限制", "许可", "配额", "禁令"],
            restriction: &["禁运", "出口管制", "出口禁令", "出口许可", "出口限制"],
            postpone: &["暂停", "推迟", "延期", "暂缓"],
            lift: &["放宽", "放松", "解除", "取消", "撤销", "废除"],
            stockpile: &["储备", "收储"],
            release: &["拿出", "投放", "释放", "抛储", "出售"],
            finance: &["贷款", "融资", "注资", "最大股东", "第一大股东", "入股", "的股份", "的股权"],
            price_floor: &["最低价格", "价格下限", "底价", "保底价", "最低价"],
            tariff: &["保障措施", "反倾销", "关税"],
            meeting: &["会晤", "会议", "峰会", "会谈", "会见", "会面", "部长级", "磋商"],
            finance_weak: &["投资", "资助", "股份", "股权"],
            replace: &["取代", "改为", "替代", "代替"],
            adopt: (&["通过", "批准"], &["行动计划", "宣言", "路线图"]),
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
    /// "reduce (exposure/dependence)", "amid", "discussed": restrictions named after it are the
    /// motive or the topic of talks, not an event (for Japanese and Chinese: named before it).
    reduce: &'static [&'static str],
    /// A planned or upcoming meeting is not (yet) an event.
    future: &'static [&'static str],
    /// Reserves that a country has or holds are deposits, not a stockpile.
    holds: &'static [&'static str],
    /// Studying or considering a stockpile ("explore joint stockpiles") is not building one.
    intent: &'static [&'static str],
    /// Estimates, valuations and aims ("estimated at", "valued at", "seeks to attract
    /// investment", "talked of investment pledges"): general finance words beside them describe,
    /// they do not report financing.
    describes: &'static [&'static str],
}

fn markers(lang: Lang) -> Markers {
    match lang {
        Lang::En => Markers {
            still: &["still", "remain", "continue to", "maintain"],
            after: &["followed the", "following the", "after the"],
            reduce: &[
                "amid",
                "in response to",
                "reduce",
                "cut its dependence",
                "cut their dependence",
                "protect",
                "discussed",
                "discuss",
                "talks on",
                "talked about",
            ],
            future: &[
                "planned",
                "upcoming",
                "will meet",
                "ahead of",
                "is due to meet",
                "are due to meet",
                "is set to meet",
                "are set to meet",
                "is scheduled to meet",
                "are scheduled to meet",
            ],
            holds: &[
                "their stocks",
                "their inventories",
                "has large",
                "holds large",
                "is home to",
                "maintains",
                "keeps ",
            ],
            intent: &["consider", "explore", "study", "studied", "look into", "possibilit"],
            describes: &[
                "estimat",
                "valued at",
                "attract",
                "talked of",
                "spoke of",
                "in recent years",
                "over the past",
            ],
        },
        Lang::De => Markers {
            still: &["weiterhin", "noch immer", "bleib", "nach wie vor", "in kraft", "aufrecht"],
            after: &["nach dem", "nach der", "folgt auf", "im anschluss an"],
            reduce: &[
                "hintergrund",
                "als reaktion auf",
                "verringern",
                "reduzieren",
                "senken",
                "schützen",
                "besprochen",
                "sprachen über",
                "erörtert",
                "diskutiert",
            ],
            future: &["geplant", "bevorstehend", "soll ", "sollen "],
            holds: &["ihre lagerbestände", "ihre vorräte", "verfügt über", "besitzt", "unterhält", "unterhalten"],
            intent: &["prüfen", "erwägen", "erwägt", "ausloten", "möglichkeit"],
            describes: &[
                "geschätzt",
                "schätzt",
                "beziffert",
                "anlocken",
                "anziehen",
                "sprach von",
                "in den letzten jahren",
                "in den vergangenen jahren",
            ],
        },
        Lang::Fr => Markers {
            still: &[
                "reste ",
                "restent",
                "restera",
                "resteront",
                "restait",
                "toujours",
                "demeur",
                "en vigueur",
                "maintien",
                "maintenu",
            ],
            after: &["fait suite à", "suite à", "après"],
            reduce: &["en réponse", "face aux", "réduire", "protéger", "discuté", "évoqué", "abordé"],
            future: &[
                "prévu",
                "prochain",
                "avant le sommet",
                "doit rencontrer",
                "doivent se rencontrer",
                "doit s'entretenir",
                "rencontrera",
                "se réuniront",
                "se rencontreront",
            ],
            holds: &["leurs stocks", "dispose", "possède", "maintient", "maintiennent", "conserve"],
            intent: &["étudier", "étudieront", "envisag", "examiner", "possibilité"],
            describes: &[
                "estim",
                "évalué",
                "attirer",
                "parlé de",
                "ces dernières années",
                "au cours des dernières années",
            ],
        },
        Lang::Es => Markers {
            still: &["sigue", "siguen", "continúa", "permanece", "todavía", "vigente", "mantiene", "mantienen"],
            after: &["tras", "después de"],
            reduce: &[
                "en respuesta",
                "ante las",
                "reducir",
                "proteger",
                "discutieron",
                "abordaron",
                "hablaron de",
                "trataron",
            ],
            future: &["prevista", "previsto", "próxim", "se reunirán", "se reunirá", "debe reunirse", "deben reunirse"],
            holds: &["sus existencias", "sus inventarios", "dispone", "posee", "cuenta con", "mantiene", "conserva"],
            intent: &["estudiar", "estudiarán", "contempla", "analizar", "posibilidad"],
            describes: &["estim", "valorad", "atraer", "habló de", "en los últimos años"],
        },
        Lang::It => Markers {
            still: &["restano", "resta ", "ancora", "tuttora", "in vigore", "mantiene", "mantengono"],
            after: &["dopo", "in seguito a", "fa seguito"],
            reduce: &["in risposta", "ridurre", "proteggere", "discusso", "parlato di"],
            future: &[
                "previst",
                "prossim",
                "in vista",
                "incontrerà",
                "si incontreranno",
                "dovrebbe incontrare",
                "dovrebbero incontrarsi",
            ],
            holds: &["le proprie scorte", "loro scorte", "dispone", "possiede", "mantiene", "mantengono", "conserva"],
            intent: &["valutare", "valuteranno", "studiare", "studieranno", "possibilità"],
            describes: &[
                "stima",
                "stimat",
                "valutat",
                "attrarre",
                "attirare",
                "parlato di",
                "negli ultimi anni",
                "nel corso degli anni",
            ],
        },
        Lang::Ro => Markers {
            still: &["rămân", "rămâne", "încă", "în continuare", "în vigoare", "menține"],
            after: &["după", "în urma"],
            reduce: &["ca răspuns", "reducă", "reduce", "protejeze", "discutat", "au vorbit despre"],
            future: &[
                "planificat",
                "viitor",
                "înaintea",
                "urmează să se întâlnească",
                "se va întâlni",
                "se vor întâlni",
            ],
            holds: &["stocurile proprii", "stocurile lor", "deține", "dispune", "menține", "mențin "],
            intent: &["analiza", "analizeze", "studia", "studieze", "posibilitat"],
            describes: &["estimeaz", "estimat", "evaluat", "atrag", "atrage", "vorbit despre", "în ultimii ani"],
        },
        Lang::Bg => Markers {
            still: &["остава", "остават", "все още", "продължава", "в сила", "запазва"],
            after: &["след "],
            reduce: &["в отговор", "намали", "намалят", "защити", "обсъдиха", "обсъди", "обсъждаха", "разговаряха за"],
            future: &["предстоящ", "планиран", "ще се срещне", "ще се срещнат", "предстои да се срещн"],
            holds: &["своите запаси", "разполага", "притежава", "поддържа"],
            intent: &["проучат", "проучи", "обсъдят", "възможност"],
            describes: &[
                "оценява",
                "оценен",
                "възлиза",
                "привлече",
                "привлича",
                "привличане",
                "през последните години",
                "последните години",
            ],
        },
        Lang::Sl => Markers {
            still: &[
                "še vedno",
                "še naprej",
                "ostaja",
                "ostajajo",
                "velja še",
                "je ostal",
                "so ostal",
                "bo ostal",
                "ohranja",
            ],
            after: &["po ", "sledi"],
            reduce: &["kot odziv", "zmanjša", "zaščit", "razpravljal", "pogovarjal", "govorili o", "govorila o"],
            future: &[
                "načrtovan",
                "prihodnj",
                "se bo sestal",
                "se bosta sestala",
                "se bodo sestali",
                "naj bi se sestal",
            ],
            holds: &["svoje zaloge", "ima velik", "ima pomembn", "razpolaga", "vzdržuje", "ima zaloge", "imajo zaloge"],
            intent: &["preuči", "proučil", "razmisli", "možnost"],
            describes: &["ocenjuj", "ocenjen", "znaša", "privabi", "pritegni", "v zadnjih letih"],
        },
        Lang::Uk => Markers {
            still: &[
                "залиша",
                "досі",
                "все ще",
                "як і раніше",
                "чинний",
                "чинна",
                "чинні",
                "чинним",
                "чинною",
                "зберіга",
            ],
            after: &["після", "слідом за"],
            reduce: &["у відповідь", "зменши", "захисти", "обговорил", "обговорюва", "обговорив"],
            future: &["запланован", "майбутн", "напередодні", "зустрінеться", "зустрінуться", "мають зустрітися"],
            holds: &["свої запаси", "має значн", "має велик", "володіє", "утримує", "має запаси", "мають запаси"],
            intent: &["вивчити", "розглянути", "можлив"],
            describes: &[
                "оцінює",
                "оцінюєть",
                "оцінен",
                "становить",
                "залучи",
                "залуча",
                "за останні роки",
                "останніми роками",
            ],
        },
        Lang::Ru => Markers {
            still: &[
                "остается",
                "остаются",
                "сохраняется",
                "сохраняются",
                "по-прежнему",
                "все еще",
                "в силе",
                "сохраняет",
            ],
            after: &["после", "вслед за"],
            reduce: &["в ответ", "снизить", "уменьшить", "защитить", "обсудил", "обсуждал", "обсуждени"],
            future: &["запланирован", "предстоящ", "накануне", "встретится", "встретятся", "должны встретиться"],
            holds: &["свои запасы", "располагает", "обладает", "поддерживает", "имеет запасы", "имеют запасы"],
            intent: &["изучить", "рассмотреть", "возможност"],
            describes: &[
                "оценива",
                "оценен",
                "составляет",
                "привлечь",
                "привлека",
                "за последние годы",
                "в последние годы",
            ],
        },
        Lang::Ja => Markers {
            still: &["引き続き", "依然", "維持"],
            after: &["を受け", "後"],
            reduce: &["対抗", "減ら", "低減", "守る", "なか", "る中", "協議", "議論", "話し合"],
            future: &["予定", "控え"],
            holds: &["在庫", "埋蔵", "有する", "保有"],
            intent: &["検討"],
            describes: &["見込", "試算", "誘致", "呼び込", "近年"],
        },
        Lang::Zh => Markers {
            still: &["仍", "依然", "继续有效"],
            after: &["之后", "后"],
            reduce: &["回应", "应对", "减少", "降低", "保护", "之际", "背景下", "讨论", "商讨", "磋商"],
            future: &["即将", "计划", "前夕"],
            holds: &["库存", "拥有", "储量", "蕴藏", "项目储备"],
            intent: &["研究", "探讨", "考虑"],
            describes: &["投资额", "总额", "估计", "预计", "吸引", "近年来", "近年"],
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
            marks.iter().any(|&(ms, me)| {
                // in characters, so that Cyrillic and Greek words (two bytes a letter) get
                // the same window as Latin ones
                if lang.is_cjk() { ms >= e && ms - e <= gap } else { me <= s && folded[me..s].chars().count() <= gap }
            })
        })
}

/// Whether every match of `stems` lies inside a match of `covers` (and there is one): the stems
/// are part of a longer phrase that means something else ("Kreditvertrag", "内阁会议").
fn all_inside(lang: Lang, folded: &str, stems: &[&str], covers: &[&str]) -> bool {
    let hits = positions(lang, folded, stems);
    let spans = positions(lang, folded, covers);
    // a stem's trailing space ("vertrag ") is its word boundary, not part of the phrase
    let end = |s: usize, e: usize| s + folded[s..e].trim_end().len();
    !hits.is_empty() && hits.iter().all(|&(s, e)| spans.iter().any(|&(cs, ce)| cs <= s && end(s, e) <= end(cs, ce)))
}

/// Whether every match of `stems` is followed closely (within `gap` bytes) by a match of
/// `objects` (Japanese, Chinese: preceded by one): the stems govern those objects.
fn only_before(lang: Lang, folded: &str, stems: &[&str], objects: &[&str], gap: usize) -> bool {
    let hits = positions(lang, folded, stems);
    let objs = positions(lang, folded, objects);
    !hits.is_empty()
        && hits.iter().all(|&(s, e)| {
            objs.iter().any(|&(os, oe)| if lang.is_cjk() { oe <= s && s - oe <= gap } else { os >= e && os - e <= gap })
        })
}

/// Whether every match of `stems` is speculation ([`cues::speculation`]): a speculation word
/// closely before it (Japanese: closely after it; Chinese: on either side).
fn speculated(lang: Lang, folded: &str, stems: &[&str]) -> bool {
    let hits = positions(lang, folded, stems);
    let marks = positions(lang, folded, cues::speculation(lang));
    let gap = if lang.is_cjk() { 12 } else { 40 };
    // Latin and Cyrillic windows in characters (CJK in bytes, as tuned)
    let span = |a: usize, b: usize| if lang.is_cjk() { b - a } else { folded[a..b].chars().count() };
    let before = |s: usize| marks.iter().any(|&(_, me)| me <= s && span(me, s) <= gap);
    let after = |e: usize| marks.iter().any(|&(ms, _)| ms >= e && span(e, ms) <= gap);
    !hits.is_empty()
        && hits.iter().all(|&(s, e)| match lang {
            Lang::Ja => after(e),
            Lang::Zh => before(s) || after(e),
            _ => before(s),
        })
}

/// German "treffen" as the only meeting word, with a modal shortly before it and no "sich"
/// between ("könnten vor allem Deutschland treffen"), or "getroffen" with no official named:
/// "to hit", not "to meet".
fn treffen_means_hit(folded: &str) -> bool {
    let others = ["trafen", "traf ", "gipfel", "zusammenkunft", "beratungen", "ministertreffen", "tagung"];
    if others.iter().any(|o| folded.contains(o)) || folded.contains("zusammengetroffen") {
        return false;
    }
    // "getroffen" meets people ("den Präsidenten getroffen"), else it hits ("die Autohersteller
    // getroffen hatten")
    if folded.contains("getroffen") {
        return !has(Lang::De, folded, cues::officials(Lang::De));
    }
    let modals = ["könnte", "dürfte", "würde", "kann ", "können ", "wird ", "werden "];
    let hits: Vec<usize> = folded.match_indices("treffen").map(|(i, _)| i).collect();
    !hits.is_empty()
        && hits.iter().all(|&i| {
            let from = folded[..i].char_indices().rev().nth(60).map_or(0, |(j, _)| j);
            let window = &folded[from..i];
            let after_modal = modals.iter().filter_map(|m| window.rfind(m).map(|k| k + m.len())).max();
            after_modal.is_some_and(|k| !window[k..].contains("sich ") && !window[k..].contains(" das "))
                // the noun: "ein Treffen", "dem Treffen"
                && !["ein", "einem", "dem", "das", "beim"].iter().any(|a| folded[..i].trim_end().ends_with(a))
        })
}

/// Whether a sentence (folded) extends a measure ("extended the ban", "продовжила заборону").
pub fn extends(lang: Lang, folded: &str) -> bool {
    has(lang, folded, EXTEND)
}

/// Whether `between` (folded text between two dates) coordinates two clauses or phrases: "and",
/// "und", "et", "y", "e", "și"/"iar", "и", "in", "і"/"та", "、"/"和"/"また".
pub fn coordinates(lang: Lang, between: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &[" and "],
        Lang::De => &[" und ", " sowie "],
        Lang::Fr => &[" et ", ", le ", ", la ", ", les "],
        Lang::Es => &[" y ", " e "],
        Lang::It => &[" e ", " ed "],
        Lang::Ro => &[" și ", " şi ", " si ", "iar "],
        Lang::Bg => &[" и "],
        Lang::Sl => &[" in ", " pa "],
        Lang::Uk => &[" і ", " та ", " й "],
        Lang::Ru => &[" и "],
        Lang::Ja => &["、", "また"],
        Lang::Zh => &["、", "和", "以及"],
    };
    let padded = format!(" {between} ");
    words.iter().any(|w| padded.contains(w))
}

/// Whether a sentence says that a restriction still holds ("remain in place"): without a date
/// of its own, that is background, not a new imposition.
pub fn is_continuation(lang: Lang, folded: &str) -> bool {
    has(lang, folded, markers(lang).still) && !has(lang, folded, cues::enters_into_force(lang))
}

/// Whether a sentence names a meeting only right after "after"/"following" ("the pause followed
/// the meeting"): background, unless the sentence dates it.
pub fn is_background_meeting(lang: Lang, folded: &str) -> bool {
    only_after(lang, folded, stems(lang).meeting, markers(lang).after, if lang.is_cjk() { 3 } else { 12 })
}

/// Participles that, right before a date, make it the date of the measure itself ("the controls
/// announced on 9 October"), and words of a measure in force since a date ("en vigueur depuis le
/// 22 février", "seit Februar geltend"); for Japanese and Chinese, the words right after the date.
fn participles(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "announced",
            "imposed",
            "introduced",
            "decreed",
            "unveiled",
            "published",
            "adopted",
            "in force since",
            "in place since",
            "in effect since",
        ],
        Lang::De => &[
            "angekündigt",
            "verhängt",
            "eingeführt",
            "veröffentlicht",
            "vorgestellt",
            "beschlossen",
            "kraft seit",
            "gilt seit",
            "galt seit",
        ],
        Lang::Fr => &[
            "annoncé",
            "imposé",
            "introduit",
            "décrété",
            "instauré",
            "décidé",
            "publié",
            "dévoilé",
            "adopté",
            "vigueur depuis",
            "place depuis",
        ],
        Lang::Es => &[
            "anunciad",
            "anunció",
            "impuest",
            "introducid",
            "decretad",
            "publicad",
            "aprobad",
            "vigor desde",
            "vigente desde",
        ],
        Lang::It => &[
            "annunciat",
            "impost",
            "introdott",
            "decretat",
            "pubblicat",
            "adottat",
            "vigore da",
            "vigore dal",
            "vigore dall",
        ],
        Lang::Ro => {
            &["anunțat", "impus", "introdus", "decretat", "publicat", "adoptat", "vigoare din", "vigoare de la"]
        }
        Lang::Bg => &["обявен", "въведен", "наложен", "публикуван", "приет", "сила от"],
        Lang::Sl => &["napoved", "uvedl", "uveden", "objavljen", "sprejet", "velja od", "veljavn"],
        Lang::Uk => {
            &["оголошен", "запровадж", "введен", "опублікован", "ухвален", "чинн", "діє з", "діяла з", "діяв з"]
        }
        Lang::Ru => {
            &["объявлен", "введен", "введён", "опубликован", "принят", "действующ", "действовавш", "действует с"]
        }
        Lang::Ja => &["に発表", "に導入", "に公表", "に決定", "から実施", "から導入"],
        Lang::Zh => &["宣布的", "出台的", "实施的", "公布的", "发布的", "推出的", "起实施", "起实行"],
    }
}

/// German participles used as adjectives, which follow the date they take ("die am 9. Oktober
/// verkündeten Exportkontrollen", "das im Dezember verhängte Exportverbot", "die im April
/// eingeführte Genehmigungspflicht"): the date is that of the measure. The stems cover every
/// adjective ending (-e, -en, -er, -es, -em); also "in Kraft getretene".
const DE_ATTRIBUTIVE: &[&str] = &[
    "verkündete",
    "angekündigte",
    "verhängte",
    "eingeführte",
    "erlassene",
    "beschlossene",
    "veröffentlichte",
    "vorgestellte",
    "verschärfte",
    "auferlegte",
    "geltende",
    "gültige",
];

/// Whether the date starting at byte `start` and ending at `end` of `folded` follows (Japanese,
/// Chinese: precedes) a participle such as "announced", or (German) is followed within two words
/// by an attributive participle ([`DE_ATTRIBUTIVE`]), so that it dates the original measure.
pub fn dates_the_measure_at(lang: Lang, folded: &str, start: usize, end: usize) -> bool {
    if folded.get(start..end).is_some_and(|w| crate::dates::is_month_adjective(lang, w)) {
        return true;
    }
    if lang == Lang::De && folded.is_char_boundary(end.min(folded.len())) {
        let after = folded[end.min(folded.len())..].trim_start();
        if after.split_whitespace().take(2).any(|w| DE_ATTRIBUTIVE.iter().any(|p| w.starts_with(p)))
            || after.starts_with("in kraft getretene")
        {
            return true;
        }
    }
    dates_the_measure(lang, folded, start)
}

/// Whether the date (bytes `start..end` of `folded`) dates a measure already taken: a past
/// participle right before it ("the controls announced in December") or, in German, right after
/// it ("das im Dezember verhängte Exportverbot"). Not the words of a measure in force since or
/// from a date ("влиза в сила от 1 август" may lie ahead), nor Japanese and Chinese.
pub fn dates_a_past_measure(lang: Lang, folded: &str, start: usize, end: usize) -> bool {
    if lang.is_cjk() {
        return false;
    }
    if folded.get(start..end).is_some_and(|w| crate::dates::is_month_adjective(lang, w)) {
        return true;
    }
    if lang == Lang::De && folded.is_char_boundary(end.min(folded.len())) {
        let after = folded[end.min(folded.len())..].trim_start();
        let past =
            |w: &str| DE_ATTRIBUTIVE.iter().any(|p| w.starts_with(p) && !p.ends_with("ltige") && *p != "geltende");
        if after.split_whitespace().take(2).any(past) {
            return true;
        }
    }
    const IN_FORCE: &[&str] = &["veljavn", "чинн", "действующ", "действовавш"];
    let single: Vec<&str> =
        participles(lang).iter().copied().filter(|p| !p.contains(' ') && !IN_FORCE.contains(p)).collect();
    let rest = &folded[start..];
    let word_end = start + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let before = &folded[..word_end];
    let cut = before[..start].char_indices().rev().filter(|(_, c)| c.is_whitespace()).nth(3).map_or(0, |(i, _)| i);
    !positions(lang, &before[cut..], &single).is_empty()
}

/// Whether the date starting at byte `start` of `folded` follows (Japanese, Chinese: precedes) a
/// participle such as "announced", so that it dates the original measure.
pub fn dates_the_measure(lang: Lang, folded: &str, start: usize) -> bool {
    if lang.is_cjk() {
        let rest = &folded[start..];
        // the date ends at its day ("10月9日公布的"), or at its month when it has no day
        let within = |mark: char| rest.char_indices().take(8).find(|(_, c)| *c == mark).map(|(i, c)| i + c.len_utf8());
        let end = within('日').or_else(|| within('月')).unwrap_or(0);
        return participles(lang).iter().any(|p| rest[end..].starts_with(p));
    }
    // the last three words before the date, and a preposition the date's match starts with ("in
    // vigore da febbraio": the match is "da febbraio")
    let rest = &folded[start..];
    let end = start + rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let before = &folded[..end];
    let cut = before[..start].char_indices().rev().filter(|(_, c)| c.is_whitespace()).nth(3).map_or(0, |(i, _)| i);
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
        Lang::En => &[
            "the decision",
            "the announcement",
            "the move",
            "this decision",
            "that decision",
            "the step",
            "the deal",
            "the agreement",
            "the accord",
            "the transaction",
            "this was announced",
            "that was announced",
            "this was confirmed",
            "that was confirmed",
        ],
        Lang::De => &[
            "die entscheidung",
            "die ankündigung",
            "der beschluss",
            "der schritt",
            "die bekanntgabe",
            "diese entscheidung",
            "das geschäft",
            "das abkommen",
            "die vereinbarung",
            "die transaktion",
            "das vorhaben",
            // a pronoun and a verb of reporting: "Das teilte das Weiße Haus am Samstag mit"
            "das teilte",
            "dies teilte",
            "das gab",
            "dies gab",
            "das kündigte",
            "dies kündigte",
            "das verkündete",
            "das meldete",
            "dies meldete",
            "das erklärte",
            "dies erklärte",
            "das bestätigte",
            "dies bestätigte",
        ],
        Lang::Fr => &[
            "la décision",
            "l'annonce",
            "l’annonce",
            "cette décision",
            "cette annonce",
            "l'opération",
            "l’opération",
            "l'accord",
            "l’accord",
            "la transaction",
        ],
        Lang::Es => &[
            "la decisión",
            "el anuncio",
            "esta decisión",
            "este anuncio",
            "la operación",
            "la transacción",
            "el acuerdo",
        ],
        Lang::It => &[
            "la decisione",
            "l'annuncio",
            "l’annuncio",
            "questa decisione",
            "tale decisione",
            "l'operazione",
            "l’operazione",
            "l'accordo",
            "l’accordo",
            "l'intesa",
            "l’intesa",
        ],
        Lang::Ro => {
            &["decizia", "anunțul", "anuntul", "hotărârea", "această decizie", "tranzacția", "operațiunea", "acordul"]
        }
        Lang::Bg => &["решението", "обявлението", "съобщението", "това решение", "сделката", "споразумението"],
        Lang::Sl => &["odločitev", "napoved", "sklep", "ta odločitev", "posel", "transakcija", "sporazum"],
        Lang::Uk => &["рішення", "оголошення", "це рішення", "угода", "операція", "угоду"],
        Lang::Ru => &["решение", "объявление", "это решение", "сделка", "сделку", "соглашение"],
        Lang::Ja => &["決定は", "この決定", "発表は", "同決定", "取引は"],
        Lang::Zh => &["该决定", "这一决定", "此项决定", "上述决定", "该消息", "该交易"],
    }
}

/// Words that mark a sentence as recounting an earlier event ("already", "earlier", "bereits",
/// "ya", "вече", "уже", "已经"): its event is not the undated one reported before it.
fn earlier_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["already ", "previously ", "years ago"],
        Lang::De => &["bereits ", "zuvor ", "vor jahren"],
        Lang::Fr => &["déjà ", "auparavant", "il y a des années"],
        Lang::Es => &["ya ", "anteriormente", "hace años"],
        Lang::It => &["già ", "in precedenza", "anni fa"],
        Lang::Ro => &["deja ", "anterior,", "cu ani în urmă"],
        Lang::Bg => &["вече ", "по-рано", "преди години"],
        Lang::Sl => &["že ", "predhodno", "pred leti"],
        Lang::Uk => &["вже ", "раніше", "років тому"],
        Lang::Ru => &["уже ", "ранее", "лет назад", "годы назад"],
        Lang::Ja => &["すでに", "既に", "数年前"],
        Lang::Zh => &["已经", "此前", "几年前", "多年前"],
    }
}

/// Whether a sentence (folded) says "on the same day": its event takes the date of the event
/// reported just before, whatever that event's type.
pub fn says_same_day(lang: Lang, folded: &str) -> bool {
    has(lang, folded, cues::same_day(lang))
}

/// Whether a sentence (folded) recounts an earlier event ([`earlier_words`]).
pub fn recounts_earlier(lang: Lang, folded: &str) -> bool {
    has(lang, folded, earlier_words(lang)) || has(lang, folded, cues::similar(lang))
}

/// Whether a sentence (folded) starts by referring back to the decision just reported.
pub fn is_decision_anaphor(lang: Lang, folded: &str) -> bool {
    starts_with_word(lang, folded, decision_anaphors(lang))
}

/// Whether the date at bytes `start..end` of `folded` is the day a measure takes effect: it
/// follows "from", "effective", "ab", "à compter du", "a partir de", "od", "з", "с" (Japanese:
/// precedes "から", "以降"; Chinese: "起"). A measure announced now that takes effect on a later
/// day is dated by that day (eval/README.md).
pub fn takes_effect_at(lang: Lang, folded: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (folded.get(..start), folded.get(end..)) else { return false };
    let after = after.trim_start();
    if lang.is_cjk() {
        let marks: &[&str] =
            if lang == Lang::Ja { &["から", "以降", "より", "付で"] } else { &["起", "开始"] };
        // (after the day's "日" too: "1日から")
        let after_day = after.strip_prefix('日').unwrap_or(after);
        return marks.iter().any(|m| after.starts_with(m) || after_day.starts_with(m));
    }
    let before = before.trim_end();
    let marks: &[&str] = match lang {
        Lang::En => &["from", "effective", "effective from", "starting", "as of", "beginning", "from the start of"],
        Lang::De => &["ab", "ab dem", "ab anfang", "vom", "zum", "mit wirkung vom", "mit wirkung zum"],
        Lang::Fr => &["à partir du", "à partir de", "à compter du", "à compter de", "dès le", "dès"],
        Lang::Es => &["a partir del", "a partir de", "desde el", "desde"],
        Lang::It => &["a partire dal", "a partire da", "dal", "da"],
        Lang::Ro => &["începând cu", "începând de la", "începând din", "de la"],
        Lang::Bg => &["от", "считано от"],
        Lang::Sl => &["od"],
        Lang::Uk => &["з", "із", "від", "починаючи з"],
        Lang::Ru => &["с", "со", "начиная с"],
        Lang::Ja | Lang::Zh => &[],
    };
    marks.iter().any(|m| {
        before.ends_with(m)
            && before[..before.len() - m.len()].chars().next_back().is_none_or(|c| !crate::norm::is_word_char(c))
    })
}

/// Whether a sentence (folded) says when a measure applies or enters into force ("Die neuen
/// Regeln gelten ab", "Мера вступит в силу с").
pub fn says_it_applies(lang: Lang, folded: &str) -> bool {
    has(lang, folded, cues::applies(lang)) || has(lang, folded, cues::enters_into_force(lang))
}

/// Whether a sentence (folded) says a measure applies immediately ([`cues::immediately`]).
pub fn immediately(lang: Lang, folded: &str) -> bool {
    has(lang, folded, cues::immediately(lang))
}

/// Whether a sentence (folded) says something was announced or reported ([`cues::announcing`]).
pub fn announces(lang: Lang, folded: &str) -> bool {
    has(lang, folded, cues::announcing(lang))
}

/// Whether a sentence (folded) names, anywhere, the step just reported as the object of a verb of
/// reporting or justifying ("begründete den Schritt am Dienstag", "stellte das Vorhaben vorgestern
/// vor", "defended the move on Monday").
pub fn names_the_step(lang: Lang, folded: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["the move", "the decision", "the step", "the plan"],
        Lang::De => &["den schritt", "die entscheidung", "den beschluss", "das vorhaben", "die maßnahme"],
        Lang::Fr => &["cette mesure", "la mesure", "cette décision", "la décision"],
        Lang::Es => &["la medida", "esta medida", "la decisión", "esta decisión"],
        Lang::It => &["la misura", "il provvedimento", "la decisione"],
        Lang::Ro => &["măsura", "decizia"],
        Lang::Bg => &["мярката", "решението"],
        Lang::Sl => &["ukrep", "odločitev"],
        Lang::Uk => &["рішення", "цей крок", "крок"],
        Lang::Ru => &["решение", "этот шаг", "шаг"],
        Lang::Ja => &["同措置", "この措置", "この決定"],
        Lang::Zh => &["此举", "这一举措", "该决定", "该措施"],
    };
    words.iter().any(|w| {
        folded.match_indices(w).any(|(i, _)| {
            let end = i + w.len();
            lang.is_cjk()
                || (folded[..i].chars().next_back().is_none_or(|c| !crate::norm::is_word_char(c))
                    && folded[end..].chars().next().is_none_or(|c| !crate::norm::is_word_char(c)))
        })
    })
}

/// Whether a sentence (folded) starts with one of `words` as whole words (any word end in CJK).
fn starts_with_word(lang: Lang, folded: &str, words: &[&str]) -> bool {
    let s = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    words
        .iter()
        .any(|w| s.starts_with(w) && s[w.len()..].chars().next().is_none_or(|c| lang.is_cjk() || !c.is_alphanumeric()))
}

/// Whether a sentence (folded) names officials who meet ([`cues::officials`]).
pub fn names_officials(lang: Lang, folded: &str) -> bool {
    has(lang, folded, cues::officials(lang))
}

/// Whether a sentence (folded) starts by naming the measure just reported ("The measure, ...",
/// "Мярката", "Măsura inițială", "Das Verbot").
pub fn is_measure_anaphor(lang: Lang, folded: &str) -> bool {
    let words: &[&str] = match lang {
        Lang::En => &["the measure", "the ban", "the original", "the restriction", "the suspension"],
        Lang::De => &["die maßnahme", "das verbot", "der exportstopp", "die ursprüngliche", "das ursprüngliche"],
        Lang::Fr => &["la mesure", "l'interdiction", "l’interdiction", "la suspension"],
        Lang::Es => &["la medida", "la prohibición", "la suspensión"],
        Lang::It => &["la misura", "il divieto", "il blocco", "la sospensione"],
        Lang::Ro => &["măsura", "interdicția", "suspendarea"],
        Lang::Bg => &["мярката", "забраната", "първоначалната"],
        Lang::Sl => &["ukrep", "prepoved", "prvotni ukrep", "prvotna prepoved"],
        Lang::Uk => &["захід", "заборона", "ця заборона", "цей захід"],
        Lang::Ru => &["мера", "эта мера", "запрет", "этот запрет"],
        Lang::Ja => &["同措置", "この措置", "禁輸措置は"],
        Lang::Zh => &["该措施", "该禁令", "这一措施"],
    };
    starts_with_word(lang, folded, words)
}

/// Stems of extending ("extended", "prorogata", "prelungită", "продлил"): a suspension of
/// exports extended is a restriction imposed again.
const EXTEND: &[&str] = &[
    "extend",
    "verlänger",
    "prolong",
    "prorrog",
    "amplió",
    "prorog",
    "prolung",
    "prelung",
    "удължи",
    "удължен",
    "podaljša",
    "продовж",
    "продлил",
    "продлен",
    "продлев",
    "延長",
    "延长",
];
/// Quota stems: a lifted ban replaced by quotas is also a restriction imposed.
const QUOTA: &[&str] = &["割当", "quota", "quot", "kvot", "квот", "cuota", "cota", "cote", "contingent", "配额", "枠"];

/// Whether every match of `stems` follows closely a match of `markers` ([`only_after`]) and
/// none of them states a date of its own: a date in the words the marker introduces, near the
/// stem ("to reduce its dependence on China, which restricted exports in April", "след
/// ограниченията, които Китай наложи през април") makes the restriction a recounted event, as
/// the labelling rules count it, not a motive.
fn undated_after(lang: Lang, folded: &str, stems: &[&str], markers: &[&str], gap: usize, dates: &[usize]) -> bool {
    if !only_after(lang, folded, stems, markers, gap) {
        return false;
    }
    let near = |from: usize, to: usize| dates.iter().any(|&d| from <= d && d <= to);
    let marks = positions(lang, folded, markers);
    let chars_after = |e: usize| folded[e..].char_indices().nth(60).map_or(folded.len(), |(i, _)| e + i);
    !positions(lang, folded, stems).iter().any(|&(s, e)| {
        if lang.is_cjk() {
            // "中国が4月に輸出規制を強めるなか": the date before the stem
            let from = folded[..s].char_indices().rev().nth(20).map_or(0, |(i, _)| i);
            near(from, s)
        } else {
            marks.iter().filter(|&&(_, me)| me <= s).any(|&(_, me)| near(me, chars_after(e)))
        }
    })
}

/// Whether a pause word governs exports directly ("suspended exports of cobalt", "спря износа",
/// "a suspendat exporturile", "輸出を停止", "暂停出口"): the exports stop, which is an imposition,
/// not the postponement of a restriction ("suspended export controls" has a restriction word
/// after the export word). German puts the verb last and is left to the other rules.
fn stops_exports(lang: Lang, folded: &str) -> bool {
    let st = stems(lang);
    let restricts = |w: &str| st.restrict.iter().chain(st.restriction).any(|r| w.starts_with(r));
    if lang.is_cjk() {
        let pauses = positions(lang, folded, st.postpone);
        return positions(lang, folded, st.export).iter().any(|&(s, e)| {
            let after = folded[e..].strip_prefix('を').unwrap_or(&folded[e..]);
            let ja = after.starts_with("停止") || after.starts_with("一時停止");
            // Chinese: the pause word right before the export word, no restriction word after it
            // (a mineral's name may stand between: "暂停钴出口", "暂停稀土出口")
            let zh = pauses.iter().any(|&(_, pe)| {
                pe <= s && s - pe <= 9 && folded[pe..s].chars().all(|c| c.is_alphabetic() && !"对向从".contains(c))
            }) && !restricts(&folded[e..]);
            ja || zh
        });
    }
    if lang == Lang::De {
        return false;
    }
    positions(lang, folded, st.postpone).iter().any(|&(_, e)| {
        let rest = &folded[e..];
        let word_end = rest.find(|c: char| !crate::norm::is_word_char(c)).unwrap_or(rest.len());
        let words: Vec<&str> = rest[word_end..].split_whitespace().collect();
        // short function words and a day between them: "the", "its", "les", "of", "в събота",
        // "le 22 février"
        let is_day = |w: &str| crate::dates::is_day_word(lang, w) || crate::dates::is_month_word(lang, w);
        let mut i = 0;
        while i < words.len().min(4)
            && (words[i].chars().count() <= 3 || is_day(words[i]))
            && !has(lang, words[i], st.export)
            && !restricts(words[i])
        {
            i += 1;
        }
        let w = words.get(i).copied().unwrap_or("").trim_start_matches("l'").trim_start_matches("l’");
        let next = words.get(i + 1).copied().unwrap_or("");
        // (or sales abroad: "avait suspendu le 22 février les ventes à l'étranger")
        let tail = words.get(i..).unwrap_or(&[]).join(" ");
        (st.export.iter().any(|x| w.starts_with(x)) && !restricts(next))
            || cues::sales_abroad(lang).iter().any(|p| tail.starts_with(p))
    })
}

/// What the engine knows about a sentence besides its words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Facts<'a> {
    /// The sentence, or the one before, states a money amount.
    pub has_money: bool,
    /// The article already reported a restriction of exports and the sentence states a date of
    /// its own: then "the ban was imposed in December 2024" needs no export word.
    pub export_context: bool,
    /// The article already reported a restriction of exports (dated or not).
    pub restriction_before: bool,
    /// The sentence states a date or a rate.
    pub stated: bool,
    /// Byte offsets (in the folded sentence) where its explicit dates start.
    pub explicit_dates: &'a [usize],
    /// Byte offsets where any of its dates start, relative ones ("on Tuesday") included.
    pub all_dates: &'a [usize],
    /// The article is about sport: a "meeting" in it is a match ("will meet Belgium in Cologne").
    pub sport: bool,
}

/// The event types a sentence (folded) signals, with a rule confidence.
pub fn classify(lang: Lang, folded: &str, facts: &Facts) -> Vec<(EventType, f64)> {
    let st = stems(lang);
    let mut out = Vec::new();
    let mk = markers(lang);
    let strong = has(lang, folded, st.restriction);
    // a halt of production postpones nothing ("生産を一時停止", "halted production")
    let pause = has(lang, folded, st.postpone) && !all_inside(lang, folded, st.postpone, cues::production_halts(lang));
    let export_word = has(lang, folded, st.export) || has(lang, folded, cues::sales_abroad(lang));
    let export = facts.export_context || export_word;
    // restriction stems that are not themselves pause words ("suspend", "停止")
    let has_proper = export
        && st.restrict.iter().any(|r| {
            !st.postpone.iter().any(|p| p.contains(r) || r.contains(p)) && has(lang, folded, std::slice::from_ref(r))
        });
    // "suspends exports" is a restriction too
    let restriction = strong || (export && (has_proper || pause || has(lang, folded, st.restrict)));
    let quota = QUOTA.iter().any(|q| folded.contains(q));
    // "replaces the ban with quotas" lifts the ban
    // "will not lift the ban" ("няма да отменя забраната", "не скасовуватиме заборону") lifts
    // nothing
    let not_before_verb: &[&str] = match lang {
        Lang::Uk | Lang::Ru | Lang::Bg => &["не "],
        Lang::Sl => &["ne "],
        _ => &[],
    };
    let lift = restriction
        && ((has(lang, folded, st.lift)
            && !only_after(lang, folded, st.lift, cues::negation(lang), 40)
            && !only_after(lang, folded, st.lift, not_before_verb, 2))
            || (quota && has(lang, folded, st.replace)));
    // a restriction named as the motive ("to reduce exposure to export controls"), the topic of
    // talks ("discussed export controls") or right after "after" ("after the introduction of
    // licences") is background, unless it states its own date
    let motive = restriction && {
        let terms: Vec<&str> = st.restriction.iter().chain(st.restrict).copied().collect();
        undated_after(lang, folded, &terms, mk.reduce, 60, facts.explicit_dates)
            || (facts.explicit_dates.is_empty() && only_after(lang, folded, &terms, cues::topic(lang), 90))
            || speculated(lang, folded, &terms)
            // (a negated lift negates the lift, not the restriction: "has no intention of
            // lifting the ban")
            || (!has(lang, folded, st.lift)
                && undated_after(lang, folded, &terms, cues::negation(lang), 25, facts.explicit_dates))
            || undated_after(lang, folded, &terms, cues::backdrop(lang), 60, facts.explicit_dates)
            || (!pause && !lift && undated_after(lang, folded, &terms, mk.after, 40, facts.all_dates))
    };
    if restriction && !motive {
        if pause && !lift {
            if stops_exports(lang, folded) {
                // "suspended exports of cobalt" stops them: an imposition
                out.push((EventType::RestrictionImposed, 0.75));
            } else if strong || has_proper {
                out.push((EventType::RestrictionPostponed, 0.8));
            } else if export_word || has(lang, folded, EXTEND) {
                // "suspends cobalt exports"; "the suspension was extended in June" (of exports,
                // reported before) prolongs the stop
                out.push((EventType::RestrictionImposed, 0.7));
            }
            // else a pause word with exports only from the context ("the suspension came after
            // the meeting") refers back to the measure already reported
        } else if lift && has(lang, folded, cues::temporarily(lang)) && !quota {
            // "začasno ukinja prepoved" (temporarily lifts the ban) suspends it
            out.push((EventType::RestrictionPostponed, 0.75));
        } else if lift {
            out.push((EventType::RestrictionLifted, 0.8));
            if quota {
                out.push((EventType::RestrictionImposed, 0.7));
            }
        } else {
            out.push((EventType::RestrictionImposed, if strong { 0.85 } else { 0.7 }));
        }
    }
    // world reserves and deposits are not a stockpile, nor is one being considered
    // "had granted several companies a deferral until May 2024", after a restriction of exports
    // was reported: the restriction is postponed for them
    if (motive || !restriction) && facts.restriction_before && has(lang, folded, cues::grace(lang)) {
        out.push((EventType::RestrictionPostponed, 0.7));
    }
    // "Zimbabwe had taken a similar measure in December" (exports in context, dated)
    // "dopo quelle su gallio e germanio entrate in vigore il 1° agosto 2023" (restrictions
    // reported before, dated): measures that entered into force, of no other kind, are restrictions
    let other_measure = has(lang, folded, st.sign)
        || has(lang, folded, cues::agreement_nouns(lang))
        || has(lang, folded, st.tariff)
        || has(lang, folded, st.price_floor)
        || has(lang, folded, st.stockpile);
    if !restriction
        && facts.export_context
        && (has(lang, folded, cues::similar(lang)) && !has(lang, folded, st.sign)
            || has(lang, folded, cues::enters_into_force(lang)) && !other_measure)
    {
        out.push((EventType::RestrictionImposed, 0.6));
    }
    let modal = has(lang, folded, cues::modal(lang));
    // a stockpile that only could be built or released is none ("可能再度投放铜储备", "prices
    // could climb as stockpiles run down")
    if has(lang, folded, st.stockpile)
        && !speculated(lang, folded, st.stockpile)
        && (!has(lang, folded, st.release) || !speculated(lang, folded, st.release))
        && (!modal || facts.stated)
        && !has(lang, folded, mk.holds)
        && !has(lang, folded, mk.intent)
        && !has(lang, folded, cues::deposits(lang))
        // ore reserves of a deposit, unless a state or strategic reserve is named
        && (!has(lang, folded, cues::geology(lang)) || has(lang, folded, cues::state_reserve(lang)))
        && !has(lang, folded, cues::considering(lang))
        && (lang.is_cjk() || !has(lang, folded, cues::cooperation(lang)))
    {
        if has(lang, folded, st.release) || has(lang, folded, cues::to_market(lang)) {
            out.push((EventType::StockpileReleased, 0.75));
        } else {
            out.push((EventType::StockpileBuilt, 0.7));
        }
    }
    let (adopt_verbs, adopt_objects) = st.adopt;
    // signing a law or decree enacts a national measure; a signing that did not happen is none
    // concluding a loan is financing, not an agreement ("der Kredit, der im Oktober abgeschlossen
    // worden war"), unless an agreement is named too ("signed a loan agreement")
    // (a loan agreement is the loan: "签署贷款协议"); agreeing to invest is financing too
    // ("出資することで合意"), and concluding talks is no signing ("concluyeron dos días de
    // negociaciones")
    let nouns = cues::agreement_nouns(lang);
    let no_agreement_noun = !has(lang, folded, nouns) || all_inside(lang, folded, nouns, cues::loan_agreements(lang));
    let loan_only =
        (has(lang, folded, cues::loans(lang)) || has(lang, folded, cues::agree_to_fund(lang))) && no_agreement_noun;
    let talks_only = no_agreement_noun && only_before(lang, folded, st.sign, cues::talks(lang), 50);
    // a supply or procurement contract with a company is no agreement between parties
    let contract_only =
        no_agreement_noun && has(lang, folded, cues::contracts(lang)) && has(lang, folded, cues::supplies(lang));
    // deciding tariffs or safeguards with no agreement named is the tariff, not an agreement
    // ("hat gestern Schutzmaßnahmen gegen Importe ... beschlossen")
    let tariff_only = no_agreement_noun && has(lang, folded, st.tariff);
    let signs_agreement = has(lang, folded, st.sign)
        && !loan_only
        && !tariff_only
        && !contract_only
        && !talks_only
        && (!has(lang, folded, cues::legal_acts(lang)) || has(lang, folded, cues::agreement_nouns(lang)))
        && !has(lang, folded, cues::not_signed(lang))
        && !speculated(lang, folded, st.sign);
    let (launch_verbs, launch_objects) = cues::launch(lang);
    let signed = signs_agreement
        || (has(lang, folded, adopt_verbs) && has(lang, folded, adopt_objects))
        || (has(lang, folded, launch_verbs) && has(lang, folded, launch_objects));
    if signed {
        out.push((EventType::AgreementSigned, 0.8));
    }

    // general finance words need a money amount, and do not count beside an estimate or an aim
    // ("investment needs estimated at", "seeks to attract investment")
    // nor beside a plan, an aim or an agreement's planned total ("plans to invest", "la
    // inversión prevista", "目標", "with an initial investment")
    let weak = facts.has_money
        && (has(lang, folded, st.finance_weak) || has(lang, folded, cues::funding(lang)))
        && !has(lang, folded, mk.describes)
        && !has(lang, folded, cues::planned(lang));
    // a loan or offtake that only could happen is not financing ("the reserve would secure
    // output through offtake deals and could sell it on"), nor one considered
    // German puts the verb of negotiating last: "über die Finanzierung werde verhandelt"
    let negotiated = lang == Lang::De
        && only_before(lang, folded, st.finance, &["verhandelt", "beraten", "diskutiert", "gesprochen"], 30);
    // the funding of a stockpile reported in the same sentence is that stockpile ("a reserve
    // financed with $12 billion"), not a project financed
    // (a loan is a financing of its own: "financed with $12 billion, $10 billion of it through a
    // loan of the Export-Import Bank")
    let funds_stockpile =
        out.iter().any(|(t, _)| *t == EventType::StockpileBuilt) && !has(lang, folded, cues::loans(lang));
    // a financing named only as what a meeting discussed is a topic of talks ("Bei dem Treffen
    // ging es zudem um die zugesagten Investitionen", "5500億ドルの対米投資の着実な履行も確認した")
    // (looked at last: most sentences name no finance word)
    let discussed = || {
        let terms: Vec<&str> = st.finance.iter().chain(st.finance_weak).copied().collect();
        only_after(lang, folded, &terms, cues::discussed(lang), 90)
    };
    // (coordinating or cooperating on financing is no financing: "Documentul prevede coordonarea
    // investițiilor, inclusiv prin instrumente de finanțare publică"; Chinese 合作 is too common
    // a word for it: "投入5亿美元...并合作建设")
    if ((has(lang, folded, st.finance) && !modal && !negotiated && !speculated(lang, folded, st.finance)) || weak)
        && !funds_stockpile
        && (lang.is_cjk() || !has(lang, folded, cues::cooperation(lang)))
        && !discussed()
    {
        out.push((EventType::ProjectFinanced, 0.7));
    }
    // a price floor still discussed or considered is not announced ("über Preisuntergrenzen solle
    // weiter beraten werden", "is considering a price floor")
    if has(lang, folded, st.price_floor)
        && !has(lang, folded, cues::considering(lang))
        && !speculated(lang, folded, st.price_floor)
    {
        out.push((EventType::PriceFloorAnnounced, 0.85));
    }
    // tariffs named in passing ("a response to U.S. tariffs", "talks on tariffs and rare earths")
    // are background: an announced tariff states its rate or its date
    // (nor are tariffs that were the topic of talks: "discussed tariffs and export controls")
    // "customs" in an agency's name is not a tariff; countermeasures are one
    let customs = positions(lang, folded, cues::customs_bodies(lang));
    let tariff_word =
        positions(lang, folded, st.tariff).iter().any(|&(s, e)| !customs.iter().any(|&(cs, ce)| cs <= s && e <= ce))
            || has(lang, folded, cues::countermeasures(lang));
    // countermeasures are announced, never a motive ("als Reaktion auf die US-Zölle Gegenzölle")
    // a tariff threatened is not announced ("amenazó con imponer aranceles")
    if tariff_word
        && !speculated(lang, folded, st.tariff)
        && (facts.stated || has(lang, folded, cues::same_day(lang)))
        && (has(lang, folded, cues::countermeasures(lang))
            || !undated_after(lang, folded, st.tariff, mk.reduce, 60, facts.explicit_dates))
    {
        out.push((EventType::TariffAnnounced, 0.75));
    }
    // nor a meeting said only as a venue ("在内阁会议上表示", "at a press conference"), nor one
    // that only could take place without a date ("talks could take place in the coming weeks")
    let other_sense: Vec<&str> = cues::not_meeting(lang).iter().chain(cues::venues(lang)).copied().collect();
    if has(lang, folded, st.meeting)
        && !has(lang, folded, mk.future)
        && !all_inside(lang, folded, st.meeting, &other_sense)
        && !has(lang, folded, cues::not_meeting(lang))
        && !facts.sport
        && !has(lang, folded, cues::sports(lang))
        && (!modal || facts.stated)
        && (lang != Lang::De || !treffen_means_hit(folded))
    {
        out.push((EventType::MinisterialMeeting, 0.65));
    }
    out
}

/// Whether every word that signals `t` in the sentence shares its clause (between commas,
/// semicolons, colons, dashes, brackets) with an irrealis marker ([`cues::irrealis`]): the event
/// is only intended, considered, expected or possible ("is expected to set up a reserve, though
/// ..."). A marker in another clause qualifies something else ("agreed on a mechanism, which
/// should speed up licences"). Without a signal word of its own, any marker in the sentence
/// counts.
pub fn irrealis(lang: Lang, folded: &str, t: EventType) -> bool {
    let mut marks = positions(lang, folded, cues::irrealis(lang));
    // " ob " also opens a sentence ("Ob die EU ...")
    let text = folded.trim_start();
    let lead = folded.len() - text.len();
    for m in cues::irrealis(lang).iter().filter_map(|m| m.strip_prefix(' ')) {
        if text.starts_with(m) {
            marks.push((lead, lead + m.len()));
        }
    }
    let signals = triggers(lang, folded, t);
    !marks.is_empty() && (signals.is_empty() || each_in_a_clause_with(folded, &signals, &marks))
}

/// Whether every word that signals `t` follows a denial ("negó el martes que se prepare una nueva
/// prohibición", "ha smentito che sia pronto un decreto sulle scorte"): what is denied did not
/// happen.
pub fn denied(lang: Lang, folded: &str, t: EventType) -> bool {
    let st = stems(lang);
    let mut signals = triggers(lang, folded, t);
    // nouns signal too ("una nueva prohibición", "un decreto")
    match t {
        EventType::RestrictionImposed => {
            signals.extend(positions(lang, folded, st.restrict));
            signals.extend(positions(lang, folded, st.restriction));
        }
        EventType::ProjectFinanced => signals.extend(positions(lang, folded, st.finance_weak)),
        _ => {}
    }
    let marks = positions(lang, folded, cues::denials(lang));
    let gap = if lang.is_cjk() { 30 } else { 80 };
    !signals.is_empty()
        && signals.iter().all(|&(s, e)| {
            marks.iter().any(|&(ms, me)| {
                if lang.is_cjk() {
                    me <= s && s - me <= gap * 3 || ms >= e && ms - e <= gap * 3
                } else {
                    me <= s && folded[me..s].chars().count() <= gap
                }
            })
        })
}

/// Whether every span of `signals` shares its clause ([`clause`]) with a span of `marks`.
fn each_in_a_clause_with(folded: &str, signals: &[(usize, usize)], marks: &[(usize, usize)]) -> bool {
    signals.iter().all(|&(s, e)| {
        let (cs, ce) = clause(folded, s, e);
        marks.iter().any(|&(ms, me)| ms >= cs && me <= ce)
    })
}

/// The clause around `start..end`: up to the nearest separator on either side.
fn clause(folded: &str, start: usize, end: usize) -> (usize, usize) {
    const SEP: &[char] = &[',', ';', ':', '–', '—', '(', ')', '、', '，', '；', '：'];
    let cs = folded[..start].char_indices().rev().find(|(_, c)| SEP.contains(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let ce = folded[end..].find(SEP).map_or(folded.len(), |i| end + i);
    (cs, ce)
}

/// Whether every word that signals `t` shares its clause with a call or demand ("economists call
/// for a reserve", "Ökonomen fordern"): what is asked for has not happened.
pub fn demanded(lang: Lang, folded: &str, t: EventType) -> bool {
    let marks = positions(lang, folded, cues::demands(lang));
    let signals = triggers(lang, folded, t);
    !marks.is_empty() && !signals.is_empty() && each_in_a_clause_with(folded, &signals, &marks)
}

/// Whether a sentence (folded) says "already" or "previously" ([`earlier_words`]).
pub fn recounts_earlier_plain(lang: Lang, folded: &str) -> bool {
    has(lang, folded, earlier_words(lang))
}

/// Whether an article (folded) is about sport: it names two different words of sport
/// ([`cues::sports`]; one alone can be a figure of speech: "la course aux minerais", "tekma za
/// surovine").
pub fn is_sport(lang: Lang, folded: &str) -> bool {
    cues::sports(lang).iter().filter(|w| has(lang, folded, std::slice::from_ref(*w))).count() >= 2
}
