//! Word classes that generalise the event rules beyond the sentences they were tuned on, per
//! language: how journalists name a legal act signed (not an agreement), a partnership or
//! alliance launched (an agreement), a negated or planned action, deposits and world stocks (not
//! a stockpile), funding channels (subsidies, incentives, allocations), customs agencies (not a
//! tariff), countermeasures (a tariff), a grace period granted (a postponement) and "on the same
//! day". Each list is written out as a class (all the persons, tenses and cases a news text
//! uses), not as the forms seen in the evaluation corpora.

use crate::lang::Lang;

/// Laws, decrees and orders: signing one enacts a national measure, not an agreement ("Biden
/// signed the bill into law", "подписал закон", "a semnat legea", "podpisal odloka").
pub(crate) fn legal_acts(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => {
            &["into law", "the law", "a law", "the bill", "a bill", "decree", "executive order", "proclamation"]
        }
        Lang::De => &["gesetz", "dekret", "verordnung", "erlass", "proklamation"],
        Lang::Fr => &["la loi", "une loi", "projet de loi", "décret", "ordonnance", "proclamation"],
        Lang::Es => {
            &["la ley", "una ley", "proyecto de ley", "decreto", "orden ejecutiva", "proclamación", "proclama "]
        }
        Lang::It => &["la legge", "una legge", "disegno di legge", "decreto", "ordine esecutivo", "proclama"],
        Lang::Ro => &["legea", "o lege", "proiectul de lege", "decret", "ordin executiv", "ordonanț", "proclamați"],
        Lang::Bg => &["закона", "закон ", "законопроект", "указ", "постановлени", "прокламаци"],
        Lang::Sl => &["zakon", "odlok", "uredb", "izvršni ukaz", "proklamacij", "razglas"],
        Lang::Uk => &["закон", "указ", "постанов", "прокламаці"],
        Lang::Ru => &["закон", "указ", "постановлени", "прокламаци"],
        Lang::Ja => &["法案", "法律", "大統領令", "政令", "布告"],
        Lang::Zh => &["法案", "法律", "行政令", "总统令", "公告"],
    }
}

/// Agreement nouns: a sentence naming one besides a legal act still reports an agreement
/// ("signed a law ratifying the agreement").
pub(crate) fn agreement_nouns(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["agreement", "deal", "memorand", "pact", "accord", "treaty", "partnership", "framework"],
        Lang::De => &["abkommen", "vereinbarung", "absichtserklärung", "memorandum", "partnerschaft", "vertrag "],
        Lang::Fr => &["accord", "mémorandum", "protocole d", "partenariat", "traité", "pacte"],
        Lang::Es => &["acuerdo", "memorando", "memorándum", "convenio", "tratado", "asociación", "pacto"],
        Lang::It => &["accordo", "memorandum", "intesa", "trattato", "partenariato", "patto"],
        Lang::Ro => &["acord", "memorand", "tratat", "parteneriat", "pact"],
        Lang::Bg => &["споразумени", "меморандум", "договор", "партньорств", "пакт"],
        Lang::Sl => &["sporazum", "memorand", "pogodb", "partnerstv", "dogovor"],
        Lang::Uk => &["угод", "меморандум", "договір", "договор", "партнерств"],
        Lang::Ru => &["соглашени", "меморандум", "договор", "партнерств", "партнёрств"],
        Lang::Ja => &["協定", "覚書", "合意文書", "協力文書", "条約"],
        Lang::Zh => &["协议", "协定", "备忘录", "条约", "合作文件"],
    }
}

/// Verbs of launching, creating or establishing, and the bodies launched (partnership,
/// alliance, initiative, coalition, framework, declaration): both in a sentence report an
/// agreement ("launched the Minerals Security Partnership", "ont lancé une alliance",
/// "оголосили про створення Партнерства", "イニシアチブの立ち上げ", "通过领导人宣言").
pub(crate) fn launch(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (
            &[
                "launch",
                "set up",
                "sets up",
                "setting up",
                "establish",
                "creat",
                "form ",
                "formed",
                "unveil",
                "endorse",
            ],
            &["partnership", "alliance", "initiative", "coalition", "club", "declaration"],
        ),
        Lang::De => (
            &[
                "ins leben gerufen",
                "ins leben rufen",
                "gegründet",
                "gründen",
                "gründete",
                "lanciert",
                "gestartet",
                "startete",
                "billigt",
                "gebilligt",
            ],
            &["partnerschaft", "allianz", "initiative", "bündnis", "koalition", "erklärung", "club"],
        ),
        Lang::Fr => (
            &[
                "lanc",
                "créé",
                "créent",
                "créer",
                "crée ",
                "fond",
                "instaur",
                "mis en place",
                "mettent en place",
                "approuv",
                "entérin",
            ],
            &["partenariat", "alliance", "initiative", "coalition", "déclaration", "club"],
        ),
        Lang::Es => (
            &[
                "lanz",
                "lanc",
                "cre",
                "establec",
                "estableci",
                "fund",
                "pusieron en marcha",
                "puso en marcha",
                "aprob",
                "respald",
            ],
            &["asociación", "alianza", "iniciativa", "coalición", "declaración", "club"],
        ),
        Lang::It => (
            &["lanciat", "lanciano", "lancia ", "creat", "crea ", "creano", "istituit", "fondat", "avviat", "approvat"],
            &["partenariato", "partnership", "alleanza", "iniziativa", "coalizione", "dichiarazione", "club"],
        ),
        Lang::Ro => (
            &["lansat", "lansează", "lansa", "creat", "creează", "înființat", "instituit", "aprobat"],
            &["parteneriat", "alianț", "inițiativ", "initiativ", "coaliți", "declarați", "club"],
        ),
        Lang::Bg => (
            &["стартира", "създадоха", "създаде", "създаване", "учредиха", "учреди", "обявиха създаването", "одобри"],
            &["партньорств", "алианс", "инициатив", "коалиция", "декларация", "клуб"],
        ),
        Lang::Sl => (
            &["ustanovil", "ustanovi", "ustanovitev", "zagnal", "zagnali", "oblikoval", "potrdil", "sprožil"],
            &["partnerstv", "zavezništv", "alians", "pobud", "koalicij", "deklaracij", "klub"],
        ),
        Lang::Uk => (
            &[
                "створенн",
                "створил",
                "створив",
                "заснувал",
                "заснував",
                "запустил",
                "запустив",
                "започаткувал",
                "схвалил",
            ],
            &["партнерств", "альянс", "ініціатив", "коаліц", "декларац", "клуб"],
        ),
        Lang::Ru => (
            &["создани", "создали", "создал", "учредил", "запустил", "основал", "одобрил"],
            &["партнерств", "партнёрств", "альянс", "инициатив", "коалиц", "декларац", "клуб"],
        ),
        Lang::Ja => (
            &["立ち上げ", "発足", "創設", "設立", "採択"],
            &["イニシアチブ", "イニシアティブ", "構想", "パートナーシップ", "宣言", "同盟"],
        ),
        Lang::Zh => (&["启动", "成立", "建立", "发起", "通过"], &["伙伴关系", "联盟", "倡议", "宣言", "俱乐部"]),
    }
}

/// Negation right before an action ("pledged not to impose bans", "no firmó", "не подписа"):
/// the action did not happen.
pub(crate) fn negation(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "not to",
            "not impose",
            "will not",
            "won't",
            "would not",
            "did not",
            "didn't",
            "no new",
            "refrain from",
            "failed to",
            "no intention",
            "no plans to",
        ],
        Lang::De => &["keine", "nicht", "verzichte"],
        Lang::Fr => {
            &["ne pas", "n'a pas", "n’a pas", "ne sera pas", "aucun", "renonc", "pas l'intention", "pas l’intention"]
        }
        Lang::Es => &[
            "no impondr",
            "no impone",
            "a no ",
            "no prohib",
            "no restring",
            "no firm",
            "ningún",
            "ninguna",
            "renunci",
            "se abstendr",
            "no tiene intención",
            "no tiene previsto",
        ],
        Lang::It => &["non impor", "non ha", "non sarà", "nessun", "rinunci", "non intende", "a non ", "non vietar"],
        Lang::Ro => &["nu va", "nu a ", "nu au ", "să nu", "niciun", "nicio", "renunț", "nu intenționează"],
        Lang::Bg => &["няма да", "не е ", "не са ", "да не ", "не подпис", "не наложи", "няма намерение", "не планира"],
        Lang::Sl => &["ne bo", "ni ", "niso ", "da ne ", "ne uved", "nima namena", "ne namerava"],
        Lang::Uk => &[
            "не буде",
            "не було",
            "не запровад",
            "не підпис",
            "не наклад",
            "не має наміру",
            "не збирається",
            "не скасов",
            "не планує",
            "не відмов",
        ],
        Lang::Ru => &[
            "не будет",
            "не было",
            "не ввод",
            "не подпис",
            "не налаг",
            "не намерен",
            "не собирается",
            "не отмен",
            "не планирует",
            "не откаж",
        ],
        Lang::Ja => &["しない", "せず", "しなかった"],
        Lang::Zh => &["不会", "没有", "未能", "并未", "尚未", "不再", "无意", "不打算"],
    }
}

/// Signing that did not happen, written after the verb ("соглашение ... подписано не было",
/// "was not signed", "wurde nicht unterzeichnet").
pub(crate) fn not_signed(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => {
            &["not signed", "not sign", "won't sign", "without signing", "failed to sign", "no deal", "no agreement"]
        }
        Lang::De => &["nicht unterzeichnet", "nicht unterschrieben", "kein abkommen", "ohne unterzeichnung"],
        Lang::Fr => &["pas signé", "pas été signé", "sans signer", "sans accord", "aucun accord"],
        Lang::Es => &["no firm", "no se firm", "sin firmar", "sin acuerdo", "ningún acuerdo"],
        Lang::It => &["non ha firmato", "non è stato firmato", "non firm", "senza firmare", "nessun accordo"],
        Lang::Ro => &["nu a semnat", "nu au semnat", "nu a fost semnat", "fără a semna", "niciun acord"],
        Lang::Bg => &["не подписа", "не беше подписан", "не е подписан", "без да подпиш", "без споразумение"],
        Lang::Sl => &["ni podpisal", "niso podpisal", "ni bil podpisan", "ni bila podpisan", "brez podpisa"],
        Lang::Uk => &[
            "не підписал",
            "не підписав",
            "не підпише",
            "не дозволив",
            "не було підписано",
            "підписано не було",
            "без підписання",
        ],
        Lang::Ru => &[
            "не подписал",
            "не подпишет",
            "не позволил",
            "не было подписано",
            "подписано не было",
            "подписан не был",
            "без подписания",
        ],
        Lang::Ja => &["署名しなかった", "署名せず", "署名を見送", "合意に至らず", "合意できず"],
        Lang::Zh => &["未签署", "没有签署", "未能签署", "未达成"],
    }
}

/// Modality and plans: money a party plans, expects or targets is not (yet) financing ("plans
/// to invest", "la inversión prevista", "目標", "将超过"), nor is the money an agreement only
/// foresees ("under the agreement", "根据协议").
pub(crate) fn planned(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "plans to",
            "planned",
            "intends to",
            "aims to",
            "expected to",
            "would ",
            "could ",
            "target",
            "under the agreement",
            "under the deal",
            "initial investment",
        ],
        Lang::De => &[
            "plant",
            "geplant",
            "beabsichtig",
            "will ",
            "wollen",
            "soll ",
            "sollen",
            "ziel",
            "erwartet",
            "laut abkommen",
            "im rahmen des abkommens",
        ],
        Lang::Fr => &[
            "prévu",
            "envisag",
            "compte ",
            "entend ",
            "devrait",
            "pourrait",
            "objectif",
            "aux termes de l'accord",
            "en vertu de l'accord",
        ],
        Lang::Es => &[
            "prevista",
            "previsto",
            "planea",
            "pretende",
            "podría",
            "debería",
            "objetivo",
            "meta de",
            "en virtud del acuerdo",
            "según el acuerdo",
        ],
        Lang::It => {
            &["previst", "intende", "potrebbe", "dovrebbe", "obiettivo", "in base all'accordo", "in base all’accordo"]
        }
        Lang::Ro => &[
            "prevăzut",
            "intenționeaz",
            "planific",
            "ar putea",
            "ar urma",
            "obiectiv",
            "potrivit acordului",
            "conform acordului",
        ],
        Lang::Bg => &[
            "планира",
            "възнамерява",
            "предвиден",
            "предвижда да",
            "предвиждат да",
            "би могл",
            "с цел",
            "целта",
            "очаква",
            "съгласно споразумението",
        ],
        Lang::Sl => &[
            "načrtuje",
            "namerava",
            "predviden",
            "bi lahko",
            "cilj",
            "pričakuj",
            "po sporazumu",
            "v skladu s sporazumom",
        ],
        Lang::Uk => &["планує", "має намір", "міг би", "могла б", "мета", "очіку", "за угодою", "згідно з угодою"],
        Lang::Ru => {
            &["планирует", "намерен", "предполага", "мог бы", "цель", "ожида", "по соглашению", "согласно соглашению"]
        }
        Lang::Ja => &["目標", "計画", "予定", "見通し", "方針", "合意に基づ"],
        Lang::Zh => &["将超过", "计划", "预计", "目标", "拟", "根据协议", "按照协议"],
    }
}

/// Reserves as deposits or as world inventories, not a state stockpile ("has the largest
/// reserves", "world reserves", "stocks on the world market remain high").
pub(crate) fn deposits(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "world's",
            "global stock",
            "global reserve",
            "largest reserve",
            "proven reserve",
            "world market",
            "in the world",
            "rich reserves",
            "rich deposits",
        ],
        Lang::De => &["weltweit", "weltmarkt", "größten vorkommen", "größte reserven", "der welt", "reiche vorkommen"],
        Lang::Fr => &["mondial", "plus grandes réserves", "du monde", "riches réserves", "riche en"],
        Lang::Es => &["mundial", "mayores reservas", "del mundo", "ricas reservas", "rico en"],
        Lang::It => &["mondial", "maggiori riserve", "al mondo", "del mondo", "ricche riserve", "ricca di"],
        Lang::Ro => &["mondial", "cele mai mari rezerve", "din lume", "bogate rezerve", "bogată în"],
        Lang::Bg => &["световн", "най-големите запаси", "в света", "богати запаси"],
        Lang::Sl => {
            &["svetovn", "največje zaloge", "največjih zalog", "na svetu", "bogate zaloge", "bogata nahajališča"]
        }
        Lang::Uk => &["світов", "найбільші запаси", "у світі", "в світі", "багаті запаси"],
        Lang::Ru => &["мировы", "мировом", "крупнейшие запасы", "в мире", "богатые запасы"],
        Lang::Ja => &["世界の", "豊富な埋蔵"],
        Lang::Zh => &["全球", "世界", "丰富的储量", "储量丰富"],
    }
}

/// Considering, evaluating, studying in every person and tense ("Seul valuta", "évalue",
/// "prüft"): a stockpile considered is not built.
pub(crate) fn considering(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["consider", "weigh", "mull", "evaluat", "assess"],
        Lang::De => &["prüft", "prüfen", "erwäg", "überleg", "denkt über", "beraten werden", "weiter beraten"],
        Lang::Fr => &["étudi", "évalu", "examin", "réfléchi", "envisag"],
        Lang::Es => &["estudi", "evalú", "evalu", "analiz", "consider", "contempl"],
        Lang::It => &["valut", "studi", "esamin", "consider"],
        Lang::Ro => &["analiz", "evalu", "studi", "ia în calcul", "cântăr"],
        Lang::Bg => &["обмисля", "проучва", "разглежда", "оценява"],
        Lang::Sl => &["preuč", "proučuj", "razmišlj", "razmisl", "tehta"],
        Lang::Uk => &["розгляда", "вивча", "обмірков", "оціню"],
        Lang::Ru => &["рассматрива", "изуча", "обдумыва", "оценива"],
        Lang::Ja => &["検討", "視野", "注視", "動向"],
        Lang::Zh => &["考虑", "研究", "评估", "探讨", "关注", "动向"],
    }
}

/// Funding channels a journalist names besides loans and grants: subsidies, incentive
/// programmes, allocations, earmarked or unlocked money, stakes taken. Like the general finance
/// words they need a money amount.
pub(crate) fn funding(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "subsid",
            "incentive",
            "allocat",
            "earmark",
            "unlock",
            "take a stake",
            "took a stake",
            "taking a stake",
            "inject",
        ],
        Lang::De => &[
            "subvention",
            "förderprogramm",
            "anreiz",
            "bereitstell",
            "bereitgestellt",
            "beteiligt",
            "investiert",
            "pumpt",
        ],
        Lang::Fr => &["subvention", "incitati", "allou", "consacr", "débloqu", "injecte", "aides"],
        Lang::Es => &[
            "subvencion",
            "subsidi",
            "incentivo",
            "destinar",
            "destinará",
            "destinó",
            "destina ",
            "asign",
            "desbloque",
            "inyect",
            "ayudas",
        ],
        Lang::It => {
            &["sussidi", "incentiv", "stanzi", "destinat", "destinerà", "destina ", "sblocc", "inietta", "aiuti"]
        }
        Lang::Ro => &["subvenți", "subventi", "stimulent", "aloc", "deblo", "ajutoare"],
        Lang::Bg => &["субсиди", "стимул", "отпусн", "отдели", "отделя", "предназнач"],
        Lang::Sl => &["subvencij", "spodbud", "namenil", "nameni ", "namenja", "dodeli"],
        Lang::Uk => &["субсид", "стимул", "виділ"],
        Lang::Ru => &["субсиди", "стимул", "выдел"],
        Lang::Ja => &["補助金", "拠出", "投じ", "出資"],
        Lang::Zh => &["补贴", "激励", "拨款", "投入", "入股", "注资"],
    }
}

/// Customs agencies and statistics: "customs" in a name is not a tariff ("carinske uprave",
/// "関税執行局", "海关总署").
pub(crate) fn customs_bodies(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["customs and border", "customs data", "customs figures", "customs agency", "customs office"],
        Lang::De => &["zollbehörde", "zollamt", "zolldaten", "zollstatistik", "zollverwaltung"],
        Lang::Fr => &["administration des douanes", "données douanières", "statistiques douanières"],
        Lang::Es => &["datos aduaneros", "administración de aduanas", "agencia tributaria"],
        Lang::It => &["dati doganali", "agenzia delle dogane"],
        Lang::Ro => &["datele vamale", "autoritatea vamală", "vamale arată"],
        Lang::Bg => &["митническите данни", "агенция митници", "митническата статистика"],
        Lang::Sl => &[
            "carinske uprave",
            "carinska uprava",
            "carinsko upravo",
            "carinski podatki",
            "carinskih podatkov",
            "carinarn",
            "carinik",
        ],
        Lang::Uk => &["митна служба", "митної служби", "митниц", "митної статистики", "митні дані"],
        Lang::Ru => &[
            "таможенная служба",
            "таможенной службы",
            "таможенной статистик",
            "таможенные данные",
            "данные таможни",
            "таможня",
            "таможни",
        ],
        Lang::Ja => &["関税執行", "税関", "関税局"],
        Lang::Zh => &["海关"],
    }
}

/// Countermeasures and retaliatory duties: a tariff by another name.
pub(crate) fn countermeasures(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["countermeasure", "counter-measure", "retaliatory duties", "retaliatory levies"],
        Lang::De => &["gegenmaßnahme", "vergeltungszöll", "gegenzöll"],
        Lang::Fr => &["contre-mesure", "mesures de rétorsion", "représailles"],
        Lang::Es => &["contramedida", "represalia"],
        Lang::It => &["contromisur", "ritorsion"],
        Lang::Ro => &["contramăsur", "contramasur", "represali"],
        Lang::Bg => &["ответни мерки", "контрамерки", "ответни мита"],
        Lang::Sl => &["protiukrep", "povračilne"],
        Lang::Uk => &["контрзаход", "дзеркальн", "у відповідь мита"],
        Lang::Ru => &["контрмер", "ответные меры", "ответных мер", "ответные пошлины"],
        Lang::Ja => &["対抗措置", "報復措置", "報復関税"],
        Lang::Zh => &["反制措施", "报复性", "反制"],
    }
}

/// A grace period or deferral granted ("einen Aufschub gewährt", "granted a reprieve",
/// "отсрочка"): with exports in context, a postponement of the restriction.
pub(crate) fn grace(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["reprieve", "grace period", "extension until", "extension to", "exemption until"],
        Lang::De => &["aufschub", "gnadenfrist", "übergangsfrist", "fristverlängerung"],
        Lang::Fr => &["sursis", "délai de grâce", "délai supplémentaire", "report jusqu"],
        Lang::Es => &["prórroga", "periodo de gracia", "plazo adicional"],
        Lang::It => &["proroga", "periodo di grazia", "deroga fino"],
        Lang::Ro => &["amânare", "perioadă de grați", "derogare până"],
        Lang::Bg => &["отсрочка", "гратисен период", "удължен срок"],
        Lang::Sl => &["odlog", "prehodno obdobje", "podaljšan rok"],
        Lang::Uk => &["відстрочк", "пільговий період", "перехідний період"],
        Lang::Ru => &["отсрочк", "льготный период", "переходный период"],
        Lang::Ja => &["猶予"],
        Lang::Zh => &["宽限期", "过渡期"],
    }
}

/// "On the same day": the date of the event reported just before.
pub(crate) fn same_day(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "the same day",
            "that same day",
            "on that day",
            "later that day",
            "the same date",
            "together with",
            "along with",
            "at the same time",
        ],
        Lang::De => &[
            "am selben tag",
            "am gleichen tag",
            "am selben abend",
            "am gleichen abend",
            "noch am selben",
            "zusammen mit",
            "zugleich",
            "gleichzeitig",
        ],
        Lang::Fr => &[
            "le même jour",
            "ce même jour",
            "le jour même",
            "dans la même journée",
            "en même temps",
            "parallèlement",
            "conjointement",
        ],
        Lang::Es => &[
            "el mismo día",
            "ese mismo día",
            "ese día",
            "la misma jornada",
            "junto con",
            "al mismo tiempo",
            "paralelamente",
        ],
        Lang::It => &[
            "lo stesso giorno",
            "nello stesso giorno",
            "nella stessa giornata",
            "quel giorno",
            "insieme a",
            "contestualmente",
            "contemporaneamente",
        ],
        Lang::Ro => &[
            "în aceeași zi",
            "in aceeasi zi",
            "aceeași zi",
            "în acea zi",
            "odată cu",
            "împreună cu",
            "în același timp",
            "totodată",
        ],
        Lang::Bg => &["в същия ден", "същия ден", "на същия ден", "в този ден", "заедно с", "едновременно"],
        Lang::Sl => &["isti dan", "istega dne", "še isti dan", "tisti dan", "hkrati", "skupaj z"],
        Lang::Uk => &[
            "того ж дня",
            "в той самий день",
            "у той самий день",
            "цього ж дня",
            "в той же день",
            "разом з",
            "одночасно",
        ],
        Lang::Ru => &["в тот же день", "того же дня", "в этот же день", "в тот день", "вместе с", "одновременно"],
        Lang::Ja => &["同日", "同じ日", "同時に", "あわせて", "併せて"],
        Lang::Zh => &["同日", "当天", "同一天", "同时", "一并"],
    }
}

/// Concern, criticism and talks about a measure, and measures described as ongoing ("expressed
/// concern over export restrictions", "Hintergrund ist", "輸出管理を強めている", "就出口管制问题进行了沟通"):
/// the measure is the topic, not an event, unless it is dated.
pub(crate) fn topic(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "concern over",
            "concern about",
            "concerns over",
            "concerns about",
            "worries about",
            "worried about",
            "criticised",
            "criticized",
            "complained about",
            "dialogue on",
        ],
        Lang::De => &[
            "hintergrund ist",
            "besorgt über",
            "besorgnis über",
            "sorge über",
            "sorgen über",
            "kritisiert",
            "dialog über",
        ],
        Lang::Fr => &["préoccupation", "inquiétude", "inquiets", "critiqué", "dialogue sur"],
        Lang::Es => &["preocupación", "preocupados por", "criticó", "criticaron", "diálogo sobre"],
        Lang::It => &["preoccupazione", "preoccupati per", "criticato", "dialogo sul", "dialogo sulle"],
        Lang::Ro => &["îngrijorare", "îngrijorați", "criticat", "dialog privind"],
        Lang::Bg => &["загриженост", "безпокойство", "критикува", "диалог за"],
        Lang::Sl => &["zaskrbljenost", "zaskrbljen", "kritizira", "dialog o"],
        Lang::Uk => &["занепокоєння", "стурбован", "критикува", "діалог щодо"],
        Lang::Ru => &["обеспокоенност", "озабоченност", "обеспокоен", "критикова", "диалог по"],
        Lang::Ja => &["懸念", "批判", "強めている", "強化している", "強めてきた"],
        Lang::Zh => &["担忧", "关切", "批评", "沟通", "对话"],
    }
}

/// A measure like the one just reported ("took a similar step", "avait pris une mesure
/// similaire", "Podobno pot je ubrala"): with exports in context and a date of its own, a
/// restriction recounted; and like "already", the sentence recounts an earlier event.
pub(crate) fn similar(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["similar", "likewise", "the same step", "followed suit"],
        Lang::De => &["ähnlich", "gleiche schritt", "gleichen schritt", "ebenso"],
        Lang::Fr => &["similaire", "semblable", "même mesure", "même chemin"],
        Lang::Es => &["similar", "parecid", "misma medida", "mismo camino"],
        Lang::It => &["simil", "analog", "stessa misura", "stessa strada"],
        Lang::Ro => &["similar", "asemănăto", "aceeași măsură", "același drum"],
        Lang::Bg => &["подобн", "аналогичн", "същата мярка", "същия път"],
        Lang::Sl => &["podobn", "enak ukrep", "isto pot"],
        Lang::Uk => &["подібн", "аналогічн", "такий самий крок", "той самий шлях"],
        Lang::Ru => &["подобн", "аналогичн", "такой же шаг", "тот же путь"],
        Lang::Ja => &["同様", "同じ措置"],
        Lang::Zh => &["类似", "同样的措施", "效仿"],
    }
}

/// Putting goods on the market ("mette sul mercato parte delle scorte"): with a stockpile, a
/// release.
pub(crate) fn to_market(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["onto the market", "on the market", "to the market"],
        Lang::De => &["auf den markt", "an den markt"],
        Lang::Fr => &["sur le marché"],
        Lang::Es => &["al mercado", "en el mercado"],
        Lang::It => &["sul mercato", "al mercato"],
        Lang::Ro => &["pe piață", "pe piata"],
        Lang::Bg => &["на пазара"],
        Lang::Sl => &["na trg"],
        Lang::Uk => &["на ринок"],
        Lang::Ru => &["на рынок"],
        Lang::Ja => &["市場に", "市場へ"],
        Lang::Zh => &["投放市场", "投向市场"],
    }
}

/// Conditional and possibility ("would", "could", "könnte", "pourrait", "podría", "мог бы"): an
/// action only possible did not happen.
pub(crate) fn modal(lang: Lang) -> &'static [&'static str] {
    match lang {
        // not "would": in reported speech it is the future of "will" ("said it would suspend")
        Lang::En => &["could ", "might "],
        Lang::De => &["würde", "könnte", "dürfte"],
        Lang::Fr => &["pourrait", "pourraient", "devrait", "devraient", "serait"],
        Lang::Es => &["podría", "podrían", "debería", "sería"],
        Lang::It => &["potrebbe", "potrebbero", "dovrebbe", "sarebbe"],
        Lang::Ro => &["ar putea", "ar urma", "ar fi"],
        Lang::Bg => &["би могл", "биха могл", "би "],
        Lang::Sl => &["bi lahko", "bi "],
        Lang::Uk => &["міг би", "могла б", "могли б", "може "],
        Lang::Ru => &["мог бы", "могла бы", "могли бы", "может "],
        Lang::Ja => &["可能性", "かもしれない"],
        Lang::Zh => &["可能", "或将"],
    }
}

/// Speculation: an action that could happen, is considered, threatened or negotiated ("could
/// restrict", "is considering a ban", "threatened to restrict", "erwägt ein Exportverbot", "может
/// ввести запрет", "可能限制", "輸出規制を検討"). Right before the action's word (Japanese: right
/// after it), the action is not an event ("no speculation"). Not "will", English "would"
/// (reported speech: "said it would suspend") or "plans to": an announced future measure is
/// labelled.
pub(crate) fn speculation(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "could ",
            "might ",
            "may impose",
            "may restrict",
            "may ban",
            "may curb",
            "may sign",
            "may tighten",
            "consider",
            "weigh",
            "mull",
            "threaten",
            "in talks",
            "talks on",
            "negotiating",
            "proposed ",
            "planned ",
        ],
        Lang::De => &[
            "könnte",
            "dürfte",
            "würde",
            "erwäg",
            "prüft",
            "droht",
            "drohte",
            "verhandelt über",
            "verhandeln über",
            " plant ",
            "geplante",
            "vorgeschlagene",
        ],
        Lang::Fr => &["pourrait", "pourraient", "envisag", "menac", "négocie", "négocient", "proposé", "projet d'"],
        Lang::Es => {
            &["podría", "podrían", "estudia", "contempla", "considera", "amenaz", "negocia", "propuest", "planea"]
        }
        Lang::It => &["potrebbe", "potrebbero", "valuta", "sta considerando", "minacc", "negozia", "propost"],
        Lang::Ro => &["ar putea", "analizează", "ia în calcul", "amenin", "negociaz", "propus", "planific"],
        Lang::Bg => &["може да", "би могл", "обмисля", "заплаш", "преговаря", "предложен", "планира"],
        Lang::Sl => {
            &["bi lahko", "lahko bi", "razmišlja", "preučuje", "grozi", "zagrozil", "pogaja", "predlagan", "načrtuje"]
        }
        Lang::Uk => &[
            "може ",
            "можуть ",
            "могла б",
            "міг би",
            "розглядає",
            "розглядають",
            "погрож",
            "пригроз",
            "переговори щодо",
            "запропонован",
            "планує",
        ],
        Lang::Ru => &[
            "может ",
            "могут ",
            "мог бы",
            "рассматрива",
            "угрожа",
            "пригроз",
            "переговоры о",
            "предложенн",
            "планирует",
        ],
        Lang::Ja => &["検討", "可能性", "示唆", "交渉中"],
        Lang::Zh => &["可能", "或将", "考虑", "威胁", "正在谈判", "拟议", "计划"],
    }
}

/// Loan words: concluding or signing one is financing, not an agreement ("ein Kredit, der im
/// Oktober abgeschlossen wurde", "signed a loan of").
pub(crate) fn loans(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["loan"],
        Lang::De => &["kredit", "darlehen"],
        Lang::Fr => &["prêt "],
        Lang::Es => &["préstamo", "crédito"],
        Lang::It => &["prestito"],
        Lang::Ro => &["împrumut", "credit"],
        Lang::Bg => &["заем", "кредит"],
        Lang::Sl => &["posojil", "kredit"],
        Lang::Uk => &["позик", "кредит"],
        Lang::Ru => &["заем", "заём", "кредит"],
        Lang::Ja => &["融資"],
        Lang::Zh => &["贷款"],
    }
}

/// Meeting verbs in their other sense: German "treffen" is also "to hit" ("eine Eskalation, die
/// auch Europa treffen könnte"); with a modal or an adverb of harm it is no meeting. English
/// "meet" of a demand or a target.
pub(crate) fn not_meeting(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "treffen könnte",
            "treffen dürfte",
            "treffen würde",
            "treffen kann",
            "treffen wird",
            "treffen werde",
            "hart treffen",
            "hart getroffen",
            "empfindlich treffen",
            "besonders treffen",
            "schwer getroffen",
        ],
        Lang::En => &["meet demand", "meet the demand", "meet the target", "meet its target", "meet targets"],
        _ => &[],
    }
}

/// Loan agreements: the agreement is the loan, reported as financing only ("签署贷款协议",
/// "signed a loan agreement", "Kreditvertrag", "contrato de préstamo").
pub(crate) fn loan_agreements(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["loan agreement", "loan deal", "credit agreement", "financing agreement", "facility agreement"],
        Lang::De => &["kreditvertrag", "darlehensvertrag", "kreditvereinbarung", "finanzierungsvereinbarung"],
        Lang::Fr => &["accord de prêt", "contrat de prêt", "accord de financement", "convention de financement"],
        Lang::Es => {
            &["acuerdo de préstamo", "contrato de préstamo", "acuerdo de financiación", "convenio de financiación"]
        }
        Lang::It => {
            &["accordo di prestito", "contratto di prestito", "accordo di finanziamento", "contratto di finanziamento"]
        }
        Lang::Ro => &["acord de împrumut", "contract de împrumut", "acord de finanțare", "contract de finanțare"],
        Lang::Bg => {
            &["споразумение за заем", "договор за заем", "споразумение за финансиране", "договор за финансиране"]
        }
        Lang::Sl => &[
            "posojilno pogodbo",
            "posojilna pogodba",
            "pogodbo o posojilu",
            "pogodba o posojilu",
            "pogodbo o financiranju",
        ],
        Lang::Uk => {
            &["кредитну угоду", "кредитна угода", "угоду про позику", "угоду про фінансування", "кредитний договір"]
        }
        Lang::Ru => &["кредитное соглашение", "кредитный договор", "соглашение о займе", "соглашение о финансировании"],
        Lang::Ja => &["融資契約", "ローン契約", "融資協定"],
        Lang::Zh => &["贷款协议", "贷款合同", "融资协议", "借款协议"],
    }
}

/// Agreeing to fund: the agreement is the financing ("出資することで合意", "agreed to invest",
/// "同意出资"); without an agreement noun it is reported as financing only.
pub(crate) fn agree_to_fund(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => {
            &["agreed to invest", "agreed to lend", "agreed to provide a loan", "agreed to finance", "agreed to fund"]
        }
        Lang::De => &["auf eine beteiligung geeinigt", "auf einen kredit geeinigt"],
        Lang::Fr => &["accepté d'investir", "accepté d’investir", "convenu d'investir", "convenu d’investir"],
        Lang::Es => &["acordó invertir", "acordaron invertir", "acordó financiar", "acordaron financiar"],
        Lang::It => &["concordato di investire", "accordato di investire"],
        Lang::Ro => &["convenit să investească", "convenit să finanțeze"],
        Lang::Bg => &["договориха да инвестират", "се споразумяха да инвестират"],
        Lang::Sl => &["dogovorili za naložbo", "dogovorila za naložbo"],
        Lang::Uk => &["домовилися інвестувати", "погодилися інвестувати"],
        Lang::Ru => &["договорились инвестировать", "согласились инвестировать"],
        Lang::Ja => &[
            "出資することで合意",
            "出資で合意",
            "融資することで合意",
            "融資で合意",
            "投資することで合意",
            "投資で合意",
            "投じることで合意",
            "拠出することで合意",
        ],
        Lang::Zh => &["同意出资", "同意投资", "同意提供贷款", "达成出资", "达成投资"],
    }
}

/// Talks: concluding them is not signing ("concluyeron dos días de negociaciones", "concluded
/// talks", "ont conclu les négociations"), unless an agreement is named.
pub(crate) fn talks(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["talks", "negotiations", "round of"],
        Lang::De => &["verhandlungen", "gespräche", "verhandlungsrunde"],
        Lang::Fr => &["négociations", "pourparlers", "discussions", "cycle de"],
        Lang::Es => &["negociaciones", "conversaciones", "ronda de"],
        Lang::It => &["negoziati", "colloqui", "trattative", "round di"],
        Lang::Ro => &["negocieri", "discuții", "discutii", "runda de"],
        Lang::Bg => &["преговори", "разговори", "кръг от"],
        Lang::Sl => &["pogajanja", "pogovor", "krog pogajanj"],
        Lang::Uk => &["переговор", "раунд"],
        Lang::Ru => &["переговор", "раунд"],
        Lang::Ja => &["協議", "交渉"],
        Lang::Zh => &["谈判", "磋商", "会谈"],
    }
}

/// A halt of production, not of a restriction ("生産を一時停止", "halted production",
/// "спря производството"), or opposition ("push back against"): the pause word there postpones
/// nothing.
pub(crate) fn production_halts(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "halted production",
            "suspended production",
            "paused production",
            "halt production",
            "suspend production",
            "production halt",
            "push back against",
            "pushed back against",
            "pushes back against",
            "pushing back against",
        ],
        Lang::De => &["produktion gestoppt", "produktion ausgesetzt", "produktion unterbrochen", "produktionsstopp"],
        Lang::Fr => &["suspendu la production", "arrêté la production", "arrêt de la production"],
        Lang::Es => {
            &["suspendió la producción", "detuvo la producción", "paralizó la producción", "suspender la producción"]
        }
        Lang::It => &["sospeso la produzione", "fermato la produzione", "sospendere la produzione"],
        Lang::Ro => &["suspendat producția", "oprit producția", "oprirea producției"],
        Lang::Bg => &["спря производството", "спират производството", "спиране на производството"],
        Lang::Sl => &["ustavil proizvodnjo", "ustavili proizvodnjo", "ustavitev proizvodnje"],
        Lang::Uk => &["зупинил виробництво", "призупинил виробництво", "зупинення виробництва"],
        Lang::Ru => &["остановил производство", "приостановил производство", "остановка производства"],
        Lang::Ja => &["生産を一時停止", "生産を停止", "操業を停止", "操業を一時停止", "生産停止"],
        Lang::Zh => &["停产", "暂停生产", "停止生产"],
    }
}

/// Venues where something is said, not a ministerial meeting ("在白宫内阁会议上表示", "at a
/// press conference", "閣議"): a meeting word only inside them reports no meeting.
pub(crate) fn venues(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["cabinet meeting", "press conference", "news conference", "board meeting", "shareholder meeting"],
        Lang::De => &["kabinettssitzung", "pressekonferenz", "hauptversammlung"],
        Lang::Fr => &["conférence de presse", "conseil des ministres"],
        Lang::Es => &["rueda de prensa", "conferencia de prensa"],
        Lang::It => &["conferenza stampa"],
        Lang::Ro => &["conferință de presă", "conferinta de presa"],
        Lang::Bg => &["пресконференция", "брифинг"],
        Lang::Sl => &["novinarski konferenci", "novinarska konferenca"],
        Lang::Uk => &["пресконференці", "брифінг"],
        Lang::Ru => &["пресс-конференци", "брифинг"],
        Lang::Ja => &["閣議", "記者会見"],
        Lang::Zh => &["内阁会议", "新闻发布会", "记者会", "常务会议"],
    }
}

/// Backdrops: a restriction named "against the backdrop of" or "amid" is the setting, not the
/// event ("на фона на китайските ограничения", "vor dem Hintergrund der Exportkontrollen").
pub(crate) fn backdrop(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["against the backdrop of", "amid ", "is a response to", "is a reaction to"],
        Lang::De => &["vor dem hintergrund", "angesichts", "eine antwort auf", "eine reaktion auf"],
        Lang::Fr => &["sur fond de", "dans un contexte de", "est une réponse", "constitue une réponse"],
        Lang::Es => &["en medio de", "en un contexto de", "ante las", "es una respuesta a"],
        Lang::It => &["sullo sfondo", "in un contesto di", "alla luce d", "è una risposta a"],
        Lang::Ro => &["pe fondul", "în contextul", "in contextul", "este un răspuns la"],
        Lang::Bg => &["на фона на", "в контекста на", "е отговор на"],
        Lang::Sl => &["v luči", "ob ozadju", "v kontekstu", "je odziv na", "je odgovor na"],
        Lang::Uk => &["на тлі", "у контексті", "є відповіддю на"],
        Lang::Ru => &["на фоне", "в контексте", "является ответом на"],
        Lang::Ja => &["を背景に", "を受けて"],
        Lang::Zh => &["背景下", "影响下"],
    }
}

/// Irrealis: an action only intended, planned, proposed, considered, discussed, expected,
/// possible, asked about or not yet taken ("plans to", "is expected to", "whether", "Ob ...
/// soll", "intenționează", "намерены", "方針", "是否"). Written as grammatical classes (every
/// person and tense a news text uses), not from corpus sentences. A body sentence after the lead
/// that states no date of its own and carries one reports no event. Plain futures ("will lift",
/// "bo odpravila", "将"), which announce decided measures, are not in it.
pub(crate) fn irrealis(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "letter of intent",
            "letters of intent",
            "letter of interest",
            "letters of interest",
            "over the next",
            "in the next",
            "in the coming",
            "plan to",
            "plans ",
            "planned to",
            "planning to",
            "intend",
            "aim to",
            "aims to",
            "aiming to",
            "seek to",
            "seeks to",
            "seeking to",
            "trying to",
            "tries to",
            "hope to",
            "hopes to",
            "want to",
            "wants to",
            "expected to",
            "is expected",
            "are expected",
            "likely to",
            "could ",
            "might ",
            "may ",
            "consider",
            "weigh",
            "mull",
            "explore",
            "study ",
            "studying",
            "discuss",
            "debat",
            "propos",
            "whether",
            "possib",
            "potential",
            "no timetable",
            "not yet",
            "yet to",
            "call for",
            "calls for",
            "called for",
            "urge",
        ],
        Lang::De => &[
            "absichtserklärung",
            "interessensbekundung",
            "in den nächsten",
            "in den kommenden",
            " plant ",
            "planen",
            "geplant",
            "beabsichtig",
            " will ",
            " wollen ",
            " soll ",
            " sollen ",
            " sollte",
            "erwäg",
            "prüft",
            "prüfen",
            "überleg",
            "diskutier",
            "beraten",
            "debattier",
            "erwartet",
            "voraussichtlich",
            "könnte",
            "dürfte",
            "würde",
            " ob ",
            ", ob",
            "möglich",
            "vorschlag",
            "vorgeschlagen",
            "noch nicht",
            "anstreb",
            "angestrebt",
            "ins auge gefasst",
        ],
        Lang::Fr => &[
            "lettre d'intention",
            "lettres d'intention",
            "lettre d'intérêt",
            "lettres d'intérêt",
            "dans les prochain",
            "au cours des prochain",
            "prévoit de",
            "prévoient de",
            "envisag",
            "compte ",
            "comptent ",
            "entend ",
            "entendent ",
            "souhait",
            "veut ",
            "veulent ",
            "cherche à",
            "cherchent à",
            "vise à",
            "visent à",
            "devrait",
            "devraient",
            "pourrait",
            "pourraient",
            "serait",
            "seraient",
            "étudi",
            "examin",
            "réfléchi",
            "discut",
            "débat",
            "propos",
            "savoir si",
            "demande si",
            "possib",
            "éventuel",
            "pas encore",
            "à l'étude",
            "à l’étude",
            "attendu",
            "s'attend",
            "s’attend",
        ],
        Lang::Es => &[
            "carta de intención",
            "cartas de intención",
            "carta de interés",
            "cartas de interés",
            "en los próximos",
            "en las próximas",
            "planea",
            "prevé ",
            "pretende",
            "busca ",
            "buscan ",
            "quiere ",
            "quieren ",
            "aspira",
            "espera ",
            "esperan ",
            "se espera",
            "podría",
            "podrían",
            "debería",
            "deberían",
            "sería ",
            "serían ",
            "estudi",
            "evalú",
            "evalu",
            "analiz",
            "consider",
            "contempl",
            "debat",
            "discut",
            "propuest",
            "propon",
            "sobre si",
            "posib",
            "eventual",
            "todavía no",
            "aún no",
            "previsiblemente",
        ],
        Lang::It => &[
            "lettera d'intenti",
            "lettere d'intenti",
            "lettera di interesse",
            "lettere di interesse",
            "nei prossimi",
            "nelle prossime",
            "prevede di",
            "prevedono di",
            "intende",
            "intendono",
            "punta a",
            "puntano a",
            "mira a",
            "mirano a",
            "vuole ",
            "vogliono ",
            "vorrebbe",
            "potrebbe",
            "potrebbero",
            "dovrebbe",
            "dovrebbero",
            "sarebbe",
            "sarebbero",
            "valut",
            "studi",
            "esamin",
            "consider",
            "discut",
            "dibatt",
            "propost",
            "propone",
            "opportunità",
            "possibil",
            "eventual",
            "non ancora",
            "in fase preliminare",
            "si attende",
            "è atteso",
            "sono attesi",
        ],
        Lang::Ro => &[
            "scrisoare de intenție",
            "scrisori de intenție",
            "scrisoare de interes",
            "scrisori de interes",
            "în următoarele",
            "în următorii",
            "intenționeaz",
            "plănui",
            "planific",
            "vrea să",
            "vor să",
            "dorește",
            "doresc ",
            "urmărește să",
            "își propune",
            "ar putea",
            "ar urma",
            "ar fi ",
            "analiz",
            "evalu",
            "studi",
            "ia în calcul",
            "cântăr",
            "discut",
            "dezbat",
            "propun",
            "propus",
            "dacă ",
            "posib",
            "eventual",
            "încă nu",
            "nu a fost încă",
            "se așteaptă",
            "este așteptat",
        ],
        Lang::Bg => &[
            "писма за намерение",
            "писмо за намерение",
            "писма за интерес",
            "през следващите",
            "в следващите",
            "планира",
            "възнамерява",
            "иска да",
            "искат да",
            "стреми",
            "цели да",
            "би могл",
            "биха могл",
            "би ",
            "биха ",
            "може да",
            "могат да",
            "обмисля",
            "проучва",
            "разглежда",
            "оценява",
            "обсъжда",
            "предлож",
            "дали ",
            "възможн",
            "евентуал",
            "все още не",
            "очаква",
            "предстои",
        ],
        Lang::Sl => &[
            "pismo o nameri",
            "pisma o nameri",
            "pismo o interesu",
            "pisma o interesu",
            "v prihodnjih",
            "v naslednjih",
            "načrtuje",
            "načrtujejo",
            "namerava",
            "želi ",
            "želijo ",
            "skuša",
            "bi lahko",
            "lahko bi",
            " bi ",
            "preuč",
            "proučuj",
            "razmišlj",
            "razmisl",
            "tehta",
            "razprav",
            "predlag",
            "ali bo ",
            "ali bodo ",
            "morebit",
            "možn",
            "še ni",
            "še niso",
            "pričakuj",
        ],
        Lang::Uk => &[
            "лист про наміри",
            "листи про наміри",
            "листи зацікавленості",
            "протягом наступних",
            "у найближчі",
            "найближчими",
            "планує",
            "планують",
            "має намір",
            "мають намір",
            "хоче",
            "хочуть",
            "прагне",
            "прагнуть",
            "міг би",
            "могла б",
            "могли б",
            "може ",
            "можуть ",
            "можлив",
            "розгляда",
            "вивча",
            "обмірков",
            "оціню",
            "обговор",
            "пропону",
            "пропозиці",
            "чи буде",
            "чи будуть",
            "намага",
            "очіку",
            "поки не",
            "ще не",
        ],
        Lang::Ru => &[
            "письмо о намерениях",
            "письма о намерениях",
            "письма о заинтересованности",
            "в ближайшие",
            "в течение следующих",
            "планиру",
            "намерен",
            "хочет",
            "хотят",
            "стремится",
            "стремятся",
            "пытается",
            "пытаются",
            "мог бы",
            "могла бы",
            "могли бы",
            "может ",
            "могут ",
            "возможн",
            "рассматрива",
            "изуча",
            "обдумыва",
            "оценива",
            "обсужда",
            "предлага",
            "предложени",
            " ли ",
            "ожида",
            "пока не",
            "еще не",
        ],
        Lang::Ja => &[
            "関心表明",
            "意向書",
            "今後",
            "方針",
            "計画",
            "予定",
            "見通し",
            "検討",
            "協議",
            "議論",
            "可能性",
            "かもしれない",
            "とみられる",
            "見込み",
            "目指",
            "意向",
            "構え",
            "かどうか",
            "提案",
            "念頭",
            "想定",
        ],
        Lang::Zh => &[
            "意向书",
            "意向函",
            "未来",
            "今后",
            "计划",
            "拟",
            "打算",
            "有意",
            "希望",
            "预计",
            "可能",
            "或将",
            "考虑",
            "研究",
            "评估",
            "探讨",
            "讨论",
            "是否",
            "提议",
            "建议",
            "有望",
        ],
    }
}

/// Sport: a "meeting" beside these words is a match ("контролна среща", "l'incontro", "el
/// encuentro", "das Treffen der Mannschaften"), not ministers meeting.
pub(crate) fn sports(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["football", "volleyball", "basketball", "tennis", "national team", "the match", "scored"],
        Lang::De => {
            &["fußball", "volleyball", "basketball", "tennis", "nationalmannschaft", "mannschaft", "länderspiel"]
        }
        Lang::Fr => &["football", "volley", "basket", "tennis", "équipe nationale", "le match"],
        Lang::Es => &["fútbol", "voleibol", "baloncesto", "tenis", "selección", "el partido", "goles"],
        Lang::It => &["calcio", "pallavolo", "basket", "tennis", "nazionale di", "la partita", "gol "],
        Lang::Ro => &[
            "fotbal",
            "volei",
            "baschet",
            "tenis",
            "echipa națională",
            "naționala",
            "meciul",
            "meci ",
            "scorul",
            "goluri",
        ],
        Lang::Bg => &[
            "футбол",
            "волейбол",
            "баскетбол",
            "тенис",
            "национален отбор",
            "националният отбор",
            "отбор",
            "мач ",
            "мача",
            "гол ",
            "головете",
        ],
        Lang::Sl => &["nogomet", "odbojk", "košark", "tenis", "reprezentanc", "tekm", "gol ", "gola ", "golov"],
        Lang::Uk => &["футбол", "волейбол", "баскетбол", "теніс", "збірн", "матч", "гол ", "голи ", "голів"],
        Lang::Ru => &["футбол", "волейбол", "баскетбол", "теннис", "сборн", "матч", "гол ", "голы ", "голов "],
        Lang::Ja => &["サッカー", "バレーボール", "バスケットボール", "テニス", "代表チーム", "試合"],
        Lang::Zh => &["足球", "排球", "篮球", "网球", "国家队", "比赛"],
    }
}

/// Contracts: with a word of supply ([`supplies`]), signing one is a purchase from a company,
/// not an agreement between parties ("уклало контракт ... на постачання", "契約を結んだ").
pub(crate) fn contracts(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["contract"],
        Lang::De => &["liefervertrag", "auftrag"],
        Lang::Fr => &["contrat"],
        Lang::Es => &["contrato"],
        Lang::It => &["contratto", "commessa"],
        Lang::Ro => &["contract"],
        Lang::Bg => &["контракт"],
        Lang::Sl => &["naročil", "dobavno pogodb"],
        Lang::Uk => &["контракт"],
        Lang::Ru => &["контракт"],
        Lang::Ja => &["契約"],
        Lang::Zh => &["合同"],
    }
}

/// Supplying, delivering, procuring: with a contract, a purchase ([`contracts`]).
pub(crate) fn supplies(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["supply", "supplies", "deliver", "procure", "purchase"],
        Lang::De => &["liefer", "beschaff"],
        Lang::Fr => &["livraison", "fourniture", "approvisionnement", "achat"],
        Lang::Es => &["suministro", "entrega", "compra", "adquisición"],
        Lang::It => &["fornitur", "consegn", "acquist"],
        Lang::Ro => &["livrare", "livrarea", "furnizare", "aprovizionare", "achiziți"],
        Lang::Bg => &["доставк", "доставя", "снабдяване", "закупуване"],
        Lang::Sl => &["dobav", "nabav"],
        Lang::Uk => &["постачан", "постачат", "поставк", "закупів"],
        Lang::Ru => &["поставк", "поставля", "закупк"],
        Lang::Ja => &["供給", "調達", "納入", "購入"],
        Lang::Zh => &["供应", "供货", "采购", "交付"],
    }
}

/// Calls and demands ("call for", "fordern", "réclament", "призовава", "呼吁"): what is asked for
/// has not happened, in a headline too.
pub(crate) fn demands(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["call for", "calls for", "called for", "calling for", "urge", "demand"],
        Lang::De => &["forder", "verlang", "drängen auf", "drängt auf", "pochen auf", "pocht auf"],
        Lang::Fr => &["réclam", "appelle à", "appellent à", "exhort", "plaide pour", "plaident pour"],
        Lang::Es => &["piden", "pide ", "reclam", "exige", "exigen", "insta ", "instan "],
        Lang::It => &["chiedono", "chiede ", "sollecit", "reclam", "esortano", "esorta "],
        Lang::Ro => &["cer ca", "cere ca", "solicită", "pledează pentru", "îndeamnă"],
        Lang::Bg => &["призова", "настоява", "настояват", "искат да", "иска да"],
        Lang::Sl => &["poziva", "pozivajo", "zahteva", "zahtevajo", "zavzema za", "zavzemajo za"],
        Lang::Uk => &["заклика", "вимага", "наполяга"],
        Lang::Ru => &["призыва", "призвал", "требу", "настаива"],
        Lang::Ja => &["求める", "求めた", "要求", "要望", "呼びかけ"],
        Lang::Zh => &["呼吁", "要求", "敦促"],
    }
}

/// Entering into force ("enters into force", "tritt in Kraft", "intră în vigoare", "вступает в
/// силу", "施行", "生效"): the start of a measure, not its continuation.
pub(crate) fn enters_into_force(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "take effect",
            "takes effect",
            "took effect",
            "come into force",
            "comes into force",
            "enter into force",
            "enters into force",
            "entered into force",
        ],
        Lang::De => &[
            "tritt in kraft",
            "treten in kraft",
            "trat in kraft",
            "traten in kraft",
            "in kraft getreten",
            "in kraft treten",
        ],
        Lang::Fr => &[
            "entre en vigueur",
            "entrent en vigueur",
            "entré en vigueur",
            "entrée en vigueur",
            "entrées en vigueur",
            "entrés en vigueur",
            "entrera en vigueur",
        ],
        Lang::Es => &[
            "entra en vigor",
            "entran en vigor",
            "entró en vigor",
            "entraron en vigor",
            "entrada en vigor",
            "entrará en vigor",
        ],
        Lang::It => &[
            "entra in vigore",
            "entrano in vigore",
            "entrata in vigore",
            "entrate in vigore",
            "entrato in vigore",
            "entrati in vigore",
            "entrerà in vigore",
        ],
        Lang::Ro => &["intră în vigoare", "intrat în vigoare", "intrarea în vigoare", "va intra în vigoare"],
        Lang::Bg => {
            &["влиза в сила", "влизат в сила", "влезе в сила", "влязоха в сила", "влезли в сила", "влязла в сила"]
        }
        Lang::Sl => &[
            "začne veljati",
            "začnejo veljati",
            "začel veljati",
            "začela veljati",
            "začeli veljati",
            "stopi v veljavo",
            "stopil v veljavo",
            "stopila v veljavo",
        ],
        Lang::Uk => &[
            "набуває чинності",
            "набувають чинності",
            "набув чинності",
            "набула чинності",
            "набули чинності",
            "набрав чинності",
            "набрала чинності",
            "набрали чинності",
        ],
        Lang::Ru => &[
            "вступает в силу",
            "вступают в силу",
            "вступил в силу",
            "вступила в силу",
            "вступили в силу",
            "вступит в силу",
        ],
        Lang::Ja => &["施行", "発効"],
        Lang::Zh => &["生效", "施行"],
    }
}

/// Ore deposits and mines: "reserves" beside them are geological ("одно из крупнейших по запасам
/// месторождений"), unless a state or strategic reserve is named ([`state_reserve`]).
pub(crate) fn geology(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["deposit", "ore body", "orebody", "mineral resource"],
        Lang::De => &["lagerstätte", "vorkommen", "erzkörper"],
        Lang::Fr => &["gisement"],
        Lang::Es => &["yacimiento"],
        Lang::It => &["giacimento", "giacimenti"],
        Lang::Ro => &["zăcământ", "zăcăminte", "zacamant"],
        Lang::Bg => &["находищ"],
        Lang::Sl => &["nahajališč", "rudišč"],
        Lang::Uk => &["родовищ"],
        Lang::Ru => &["месторождени"],
        Lang::Ja => &["鉱床", "埋蔵量"],
        Lang::Zh => &["矿床", "储量"],
    }
}

/// A state, national or strategic reserve ("strategic reserve", "nationale Reserve", "国家储备").
pub(crate) fn state_reserve(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["strategic", "national", "state ", "government", "stockpil"],
        Lang::De => &["strategisch", "national", "staatlich"],
        Lang::Fr => &["stratégique", "national", "d'état", "public"],
        Lang::Es => &["estratégic", "nacional", "estatal"],
        Lang::It => &["strategic", "nazional", "statal"],
        Lang::Ro => &["strategic", "național", "de stat"],
        Lang::Bg => &["стратегическ", "национален", "национални", "държавн"],
        Lang::Sl => &["strateš", "nacionaln", "državn", "blagovne rezerve"],
        Lang::Uk => &["стратегічн", "національн", "державн"],
        Lang::Ru => &["стратегическ", "национальн", "государственн"],
        Lang::Ja => &["備蓄", "国家"],
        Lang::Zh => &["国家储备", "战略储备", "收储"],
    }
}

/// Denials: "denied that", "negó que", "a démenti", "ha smentito", "dementierte", "отрече",
/// "опроверг", "否定", "否认". What follows them did not happen.
pub(crate) fn denials(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["denied", "denies", "deny ", "dismissed reports", "rejected reports"],
        Lang::De => &["dementiert", "bestritt", "bestreitet", "wies berichte", "weist berichte"],
        Lang::Fr => &["démenti", "dément", "nié", "nie que"],
        Lang::Es => &["negó", "niega", "desmintió", "desmiente"],
        Lang::It => &["smentito", "smentisce", "negato", "nega che"],
        Lang::Ro => &["a negat", "neagă", "dezmințit", "dezminte"],
        Lang::Bg => &["отрече", "отрича", "опроверга", "опровергава"],
        Lang::Sl => &["zanikal", "zanika", "demantiral", "demantira"],
        Lang::Uk => &["спростував", "спростувало", "спростовує", "заперечив", "заперечило", "заперечує"],
        Lang::Ru => &["опроверг", "опровергл", "опровергает", "отрицает", "отверг"],
        Lang::Ja => &["否定"],
        Lang::Zh => &["否认", "辟谣"],
    }
}

/// Words of cooperating or coordinating: stockpiles on which parties cooperate are not built
/// ("Documentul prevede ... cooperare în privința stocurilor strategice", "Сторони домовилися
/// координувати ... створення запасів").
pub(crate) fn cooperation(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["cooperat", "coordinat"],
        Lang::De => &["zusammenarbeit", "kooperation", "koordinier"],
        Lang::Fr => &["coopération", "coordonn", "coordination"],
        Lang::Es => &["cooperación", "coordina"],
        Lang::It => &["cooperazione", "coordina"],
        Lang::Ro => &["cooperare", "coordona"],
        Lang::Bg => &["сътрудничество", "координира"],
        Lang::Sl => &["sodelovanj", "usklaj", "koordinir"],
        Lang::Uk => &["співпрац", "координув"],
        Lang::Ru => &["сотрудничеств", "координир"],
        Lang::Ja => &["協力", "連携"],
        Lang::Zh => &["合作", "协调"],
    }
}

/// Officials who meet: ministers, heads of state and government, delegations. A meeting needs
/// them or a country or bloc named ("Los ministros se reúnen el miércoles en Madrid").
pub(crate) fn officials(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["minister", "president", "leaders", "prime minister", "secretary", "chancellor", "delegation"],
        Lang::De => &["minister", "präsident", "kanzler", "regierungschef", "staatschef", "delegation"],
        Lang::Fr => &["ministre", "président", "chef d'état", "chefs d'état", "chef d’état", "délégation"],
        Lang::Es => &["ministr", "president", "jefe de estado", "jefes de estado", "delegaci"],
        Lang::It => &["ministr", "president", "premier", "capi di stato", "delegazion"],
        Lang::Ro => &["ministr", "miniștr", "președint", "premier", "lideri", "delegați"],
        Lang::Bg => &["министр", "президент", "премиер", "лидер", "делегаци"],
        Lang::Sl => &["minist", "predsedni", "premier", "voditelj", "delegacij"],
        Lang::Uk => &["міністр", "президент", "прем'єр", "прем’єр", "лідер", "делегаці"],
        Lang::Ru => &["министр", "президент", "премьер", "лидер", "делегаци"],
        Lang::Ja => &["首相", "外相", "閣僚", "首脳", "大統領", "長官", "大臣"],
        Lang::Zh => &["部长", "总统", "总理", "领导人", "首脑", "首相"],
    }
}

/// Applying from a day ("the rules apply from", "gelten ab", "s'appliqueront à compter du",
/// "вступит в силу с"): with a later day, the day the measure just reported takes effect.
pub(crate) fn applies(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["apply", "applies", "will be applied"],
        Lang::De => &["gelten", "gilt"],
        Lang::Fr => &["s'appliqu", "s’appliqu", "seront appliqué", "sera appliqué"],
        Lang::Es => &["se aplicar", "se aplica", "regirá", "regirán"],
        Lang::It => &["si applic", "scatter", "scatta"],
        Lang::Ro => &["se aplică", "se vor aplica", "se va aplica"],
        Lang::Bg => &["ще се прилага", "се прилага", "важи", "ще важ"],
        Lang::Sl => &["veljal", "velja"],
        Lang::Uk => &["діятим", "діє", "застосовуват", "почне діяти"],
        Lang::Ru => &[
            "будет действовать",
            "будут действовать",
            "действует",
            "применя",
            "начнёт действовать",
            "начнет действовать",
        ],
        Lang::Ja => &["適用", "発効", "施行"],
        Lang::Zh => &["实施", "施行", "生效", "执行"],
    }
}

/// Verbs of announcing or reporting in the past ("announced", "teilte ... mit", "gab ...
/// bekannt", "a indiqué", "sporočil", "повідомили", "発表した", "宣布"): a sentence with no event
/// of its own that says the news was announced on a day dates the undated events just reported
/// ("Das Handelsministerium gab die Maßnahmen am Dienstag bekannt").
pub(crate) fn announcing(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["announced", "said", "confirmed", "unveiled", "disclosed", "made public", "published"],
        Lang::De => {
            &["teilte", "mitteilte", "mitgeteilt", "bekannt", "erklärte", "bestätigte", "verkündete", "berichtete"]
        }
        Lang::Fr => &["annoncé", "indiqué", "déclaré", "précisé", "confirmé", "fait savoir", "annonçait", "communiqué"],
        Lang::Es => &["anunció", "informó", "confirmó", "declaró", "comunicó", "dio a conocer", "indicó", "precisó"],
        Lang::It => &["annunciat", "comunicat", "confermat", "reso noto", "dichiarat", "riferit", "annunciò"],
        Lang::Ro => &["anunțat", "comunicat", "declarat", "confirmat", "precizat", "transmis"],
        Lang::Bg => &["обяви", "съобщи", "заяви", "потвърди", "оповести"],
        Lang::Sl => &["sporočil", "naznanil", "objavil", "potrdil", "izjavil", "sporočal"],
        Lang::Uk => &["повідоми", "оголоси", "заяви", "підтверди"],
        Lang::Ru => &["сообщи", "объяви", "заяви", "подтверди"],
        Lang::Ja => &["発表", "明らかにした", "公表"],
        Lang::Zh => &["宣布", "表示", "发布", "公布"],
    }
}

/// Words that name what a meeting discussed ("Bei dem Treffen ging es um", "discussed", "ont
/// évoqué", "обсудили"; Japanese and Chinese: after it, "履行も確認した", "讨论了"): a financing
/// named only after them is a topic of talks, not a financing.
pub(crate) fn discussed(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["discussed", "talked about", "on the agenda", "focused on", "reviewed"],
        Lang::De => &["ging es", "drehte sich", "besprachen", "erörterten", "auf der tagesordnung"],
        Lang::Fr => &["ont évoqué", "ont discuté", "a porté sur", "ont porté sur", "à l'ordre du jour"],
        Lang::Es => &["abordaron", "discutieron", "trataron", "en la agenda", "giró en torno"],
        Lang::It => &["hanno discusso", "si è parlato", "all'ordine del giorno", "hanno affrontato"],
        Lang::Ro => &["au discutat", "s-a discutat", "pe agenda", "au abordat"],
        Lang::Bg => &["обсъдиха", "обсъждаха", "на дневен ред"],
        Lang::Sl => &["razpravljal", "pogovarjal", "na dnevnem redu"],
        Lang::Uk => &["обговорили", "обговорювали", "на порядку денному"],
        Lang::Ru => &["обсудили", "обсуждали", "на повестке"],
        Lang::Ja => &["履行も確認", "履行を確認", "協議した", "議論した", "話し合"],
        Lang::Zh => &["讨论了", "讨论", "磋商"],
    }
}

/// Words for sales abroad, that is exports ("ventes à l'étranger", "venta al exterior",
/// "vendite all'estero"): with a word of restriction, a restriction of exports.
pub(crate) fn sales_abroad(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["sales abroad", "overseas sales", "foreign sales"],
        Lang::De => &["verkauf ins ausland", "verkäufe ins ausland", "auslandsverkäuf"],
        Lang::Fr => &["ventes à l'étranger", "vente à l'étranger", "ventes à l’étranger", "vente à l’étranger"],
        Lang::Es => &["venta al exterior", "ventas al exterior", "venta al extranjero", "ventas al extranjero"],
        Lang::It => &["vendite all'estero", "vendita all'estero", "vendite all’estero"],
        Lang::Ro => &["vânzările în străinătate", "vânzări în străinătate", "vânzarea în străinătate"],
        Lang::Bg => &["продажби в чужбина", "продажбите в чужбина"],
        Lang::Sl => &["prodaja v tujino", "prodajo v tujino", "prodaje v tujino"],
        Lang::Uk => &["продаж за кордон", "продажі за кордон"],
        Lang::Ru => &["продажи за рубеж", "продажу за рубеж", "продажа за рубеж"],
        Lang::Ja => &["海外販売", "海外への販売"],
        Lang::Zh => &["对外销售", "海外销售"],
    }
}

/// "Temporarily" ("začasno ukinja prepoved", "lifts the ban temporarily", "暂时取消"): a lifting
/// that is only temporary suspends the restriction, a postponement.
pub(crate) fn temporarily(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["temporarily", "for now"],
        Lang::De => &["vorübergehend", "vorerst", "zeitweise"],
        Lang::Fr => &["temporairement", "provisoirement"],
        Lang::Es => &["temporalmente", "provisionalmente"],
        Lang::It => &["temporaneamente", "provvisoriamente"],
        Lang::Ro => &["temporar"],
        Lang::Bg => &["временно"],
        Lang::Sl => &["začasno"],
        Lang::Uk => &["тимчасово"],
        Lang::Ru => &["временно"],
        Lang::Ja => &["一時的", "暫定的"],
        Lang::Zh => &["暂时", "临时"],
    }
}

/// "Immediately", "with immediate effect": a sentence that applies one part of a measure at once
/// and another from a later day names two events, not the day of the one before.
pub(crate) fn immediately(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["immediately", "with immediate effect"],
        Lang::De => &["sofort"],
        Lang::Fr => &["immédiatement", "effet immédiat"],
        Lang::Es => &["inmediatamente", "de inmediato", "efecto inmediato"],
        Lang::It => &["immediatamente", "effetto immediato", "da subito"],
        Lang::Ro => &["imediat"],
        Lang::Bg => &["незабавно", "веднага"],
        Lang::Sl => &["takoj"],
        Lang::Uk => &["негайно", "одразу"],
        Lang::Ru => &["немедленно", "сразу"],
        Lang::Ja => &["即日", "直ちに", "即時"],
        Lang::Zh => &["立即", "即日起", "即时"],
    }
}
