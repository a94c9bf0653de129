//! Every interface string, in Kazakh, Russian and English: one table, so a
//! translation touches one file (long by nature: a table, three columns of
//! about a hundred strings). The article itself is not translated.

use crate::core::prefs::Lang;

/// A counted word in each CLDR plural category a language uses (Kazakh and
/// English use `one` and `other`; Russian also `few` and `many`): the
/// category comes from [`super::plural::category`].
#[cfg_attr(feature = "ssr", derive(serde::Serialize))]
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

// Some are read only by the pages loaded on first use (`view::extras`),
// which the build does not pre-render.
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
#[cfg_attr(feature = "ssr", derive(serde::Serialize))]
pub struct Strings {
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub lang: Lang,
    pub timeline: &'static str,
    pub timeline_intro: &'static str,
    pub all_decades: &'static str,
    pub decade: &'static str,
    pub person_filter: &'static str,
    pub everyone: &'static str,
    /// After a decade's first year, space included where the language wants one.
    pub decade_suffix: &'static str,
    pub in_text: &'static str,
    pub anniversaries: &'static str,
    pub years_anniversary: Plural,
    pub no_events: &'static str,
    pub events_shown: Plural,
    /// Month names, January first.
    pub months: [&'static str; 12],
    pub places: &'static str,
    pub places_short: &'static str,
    pub places_intro: &'static str,
    pub filter_places: &'static str,
    pub no_places_match: &'static str,
    pub places_shown: Plural,
    pub all_places: &'static str,
    pub all_kinds: &'static str,
    pub kind_city: &'static str,
    pub kind_country: &'static str,
    pub kind_region: &'static str,
    pub kind_sea: &'static str,
    pub kind_port: &'static str,
    pub kind_route: &'static str,
    pub kind_camp: &'static str,
    pub kind_state: &'static str,
    pub kind_organisation: &'static str,
    pub people_here: &'static str,
    pub download: &'static str,
    pub download_intro: &'static str,
    /// The plain-text file's name in the menu (the other formats go by their own names).
    pub download_text: &'static str,
    /// The book with the Kazakh and a translation side by side.
    pub download_parallel: &'static str,
    /// Each language's files, headed: Kazakh, Russian, English.
    pub edition_kk: &'static str,
    pub edition_ru: &'static str,
    pub edition_en: &'static str,
    pub cite: &'static str,
    pub cite_article: &'static str,
    pub cite_title: &'static str,
    pub paragraph_n: &'static str,
    pub whole_article: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub for_managers: &'static str,
    pub inferred_year: &'static str,
    pub not_given: &'static str,
    pub cite_load_failed: &'static str,
    pub contents: &'static str,
    pub menu: &'static str,
    pub opening_part: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub link_to_paragraph: &'static str,
    pub link_to_section: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// "Copy link to quote", on a selection inside one paragraph.
    pub copy_quote_link: &'static str,
    pub quote_link_copied: &'static str,
    /// A quote link whose passage the paragraph no longer has.
    pub quote_not_found: &'static str,
    /// Highlight the selection (the colour and note are chosen next).
    pub highlight: &'static str,
    /// The link to the notes page.
    pub notes: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    /// A page waiting for its data (the places' mentions, the dates).
    pub loading: &'static str,
    pub data_failed: &'static str,
    pub back_to_article: &'static str,
    pub figure_label: &'static str,
    pub people: &'static str,
    pub people_intro: &'static str,
    pub filter_people: &'static str,
    pub sort_by: &'static str,
    pub sort_name: &'static str,
    pub sort_mentions: &'static str,
    pub sort_first: &'static str,
    pub no_people_match: &'static str,
    pub mentions: &'static str,
    pub times: Plural,
    pub appears_with: &'static str,
    pub part_of_a_name: &'static str,
    /// Shows a mention's Kazakh sentence under its translation, on demand.
    pub kazakh_original: &'static str,
    pub all_people: &'static str,
    pub in_title: &'static str,
    pub in_bibliography: &'static str,
    pub in_byline: &'static str,
    pub people_shown: Plural,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub search_results: &'static str,
    pub search_empty: &'static str,
    pub reading: &'static str,
    pub reading_kk: &'static str,
    pub reading_kk_ru: &'static str,
    pub reading_kk_en: &'static str,
    pub reading_en: &'static str,
    pub reading_ru: &'static str,
    pub translation_notice: &'static str,
    pub translation_loading: &'static str,
    pub translation_failed: &'static str,
    /// A link's `tr=` names no translation we have; `{}` is what it said.
    pub unknown_reading: &'static str,
    /// After a translation that could not be loaded or is unknown.
    pub shown_in_kazakh: &'static str,
    pub found_in_en: &'static str,
    pub found_in_ru: &'static str,
    pub abstract_label: &'static str,
    /// Occurrences of the searched words.
    pub matches: Plural,
    /// Paragraphs (or other blocks) holding a search's matches or a name.
    pub paragraphs: Plural,
    pub passages_with: &'static str,
    /// For the page outside the app (`boot.js`, `404.js`): the build writes it in.
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub update_ready: &'static str,
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub update_button: &'static str,
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub update_label: &'static str,
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub load_failed: &'static str,
    /// Under Save-Data or on a metered line the service worker keeps only what was
    /// seen (offline.js says so, in a small notice outside the app).
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub offline_seen_only: &'static str,
    /// The one line shown when the app could not start (boot.js or the Wasm
    /// failed): the text is there, the rest is not.
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub app_unavailable: &'static str,
    /// Storage refuses or returns junk: choices last this visit only.
    pub nothing_saved: &'static str,
    /// The panic box's text: shown only in the browser.
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    pub crashed: &'static str,
    #[cfg_attr(not(feature = "ssr"), allow(dead_code))]
    pub redirecting: &'static str,
    pub no_results: &'static str,
    pub did_you_mean: &'static str,
    pub query_truncated: &'static str,
    pub hit: &'static str,
    pub previous_hit: &'static str,
    pub next_hit: &'static str,
    pub close_search: &'static str,
    pub back_to_results: &'static str,
    pub settings: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub text_size: &'static str,
    pub smaller: &'static str,
    pub larger: &'static str,
    pub language: &'static str,
    pub shortcuts: &'static str,
    pub shortcut_search: &'static str,
    pub shortcut_escape: &'static str,
    pub shortcut_sections: &'static str,
    pub shortcut_help: &'static str,
    pub shortcut_highlight: &'static str,
    pub close: &'static str,
    /// The skip link, the first Tab stop: past the top bar to the text.
    pub skip_to_text: &'static str,
    pub reading_progress: &'static str,
}

/// Kazakh, the default.
pub static KK: Strings = Strings {
    lang: Lang::Kk,
    timeline: "Хронология",
    timeline_intro: "Мақаладағы күндер мен жылдар, уақыт ретімен.",
    all_decades: "барлық онжылдықтар",
    decade: "Онжылдық",
    person_filter: "Тұлға",
    everyone: "барлығы",
    decade_suffix: "\u{a0}жж.",
    in_text: "Мәтінде оқу",
    anniversaries: "Мерейтойлар",
    years_anniversary: Plural {
        one: "жылдық",
        few: "жылдық",
        many: "жылдық",
        other: "жылдық",
    },
    no_events: "Бұл сүзгіге сай оқиға жоқ.",
    events_shown: Plural {
        one: "оқиға",
        few: "оқиға",
        many: "оқиға",
        other: "оқиға",
    },
    // The same names the date reader looks for in the text.
    months: crate::core::dates::KAZAKH_MONTHS,
    places: "Жерлер мен ұйымдар",
    places_short: "Жерлер",
    places_intro: "Мақалада аталатын қалалар, елдер, теңіздер, жолдар және ұйымдар.",
    filter_places: "Атауы бойынша сүзу",
    no_places_match: "Бұл сүзгіге сай атау жоқ.",
    places_shown: Plural {
        one: "атау",
        few: "атау",
        many: "атау",
        other: "атау",
    },
    all_places: "Барлық жерлер мен ұйымдар",
    all_kinds: "барлығы",
    kind_city: "қала",
    kind_country: "ел",
    kind_region: "өңір",
    kind_sea: "теңіз",
    kind_port: "порт",
    kind_route: "жол",
    kind_camp: "лагерь",
    kind_state: "бұрынғы мемлекет",
    kind_organisation: "ұйым",
    people_here: "Осы жерде аталатын тұлғалар",
    download: "Жүктеп алу",
    download_intro: "Мақаланың толық мәтіні, желісіз оқуға",
    download_text: "Мәтін (UTF-8)",
    download_parallel: "EPUB 3: қазақшасы мен аудармасы қатар",
    edition_kk: "Қазақша — түпнұсқа",
    edition_ru: "Орысша — ресми емес жұмыс аудармасы",
    edition_en: "Ағылшынша — ресми емес жұмыс аудармасы",
    cite: "Дәйексөз",
    cite_article: "Мақаланы дәйектеу",
    cite_title: "Қалай дәйектеу керек",
    paragraph_n: "Абзац",
    whole_article: "Бүкіл мақала",
    copy: "Көшіру",
    copied: "Көшірілді",
    copy_failed: "Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз",
    for_managers: "Библиография бағдарламаларына",
    inferred_year: "Жылы шамамен анықталған",
    not_given: "Жері мен баспасы көрсетілмеген",
    cite_load_failed: "Дәйексөз деректері жүктелмеді",
    contents: "Мазмұны",
    menu: "Мазмұны",
    opening_part: "Кіріспе",
    previous: "Алдыңғы бөлім",
    next: "Келесі бөлім",
    link_to_paragraph: "Абзацқа сілтеме",
    link_to_section: "Бөлімге сілтеме",
    copy_link: "Сілтемені көшіру",
    link_copied: "Сілтеме көшірілді",
    copy_quote_link: "Дәйексөзге сілтемені көшіру",
    quote_link_copied: "Дәйексөзге сілтеме көшірілді",
    highlight: "Белгілеу",
    notes: "Белгілер мен жазбалар",
    quote_not_found: "Сілтемедегі үзінді бұл абзацта енді табылмады; абзац толық көрсетілді.",
    not_found_title: "Бет табылмады",
    not_found_text: "Мұндай сілтеме мақалада жоқ:",
    loading: "Жүктелуде…",
    data_failed: "Деректерді жүктеу мүмкін болмады. Бетті қайта жүктеп көріңіз.",
    back_to_article: "Мақалаға оралу",
    figure_label: "Сурет",
    people: "Тұлғалар",
    people_intro: "Мақалада аталатын адамдар және олардың аталған жерлері.",
    filter_people: "Есім бойынша сүзу (кирилл не латын әрпімен)",
    sort_by: "Сұрыптау:",
    sort_name: "есімі",
    sort_mentions: "аталу саны",
    sort_first: "алғаш аталуы",
    no_people_match: "Бұл сүзгіге сай тұлға жоқ.",
    mentions: "Аталуы",
    times: Plural {
        one: "рет аталады",
        few: "рет аталады",
        many: "рет аталады",
        other: "рет аталады",
    },
    appears_with: "Бірге аталады",
    part_of_a_name: "атаудың бөлігі",
    kazakh_original: "Қазақша түпнұсқа",
    all_people: "Барлық тұлғалар",
    in_title: "Бөлім атауы",
    in_bibliography: "Әдебиеттер тізімі",
    in_byline: "Авторы",
    people_shown: Plural {
        one: "тұлға",
        few: "тұлға",
        many: "тұлға",
        other: "тұлға",
    },
    search: "Іздеу",
    search_placeholder: "Мақаладан іздеу",
    search_results: "Іздеу нәтижелері",
    reading: "Оқу",
    reading_kk: "Тек қазақша",
    reading_kk_ru: "Қазақша + орысша",
    reading_kk_en: "Қазақша + ағылшынша",
    reading_en: "Тек ағылшынша",
    reading_ru: "Тек орысша",
    translation_notice: "Аударма ресми емес, жұмыс нұсқасы. Түпнұсқа — қазақ тіліндегі мәтін.",
    translation_loading: "Аударма жүктелуде…",
    translation_failed: "Аударманы жүктеу мүмкін болмады.",
    unknown_reading: "Сілтемедегі аударма («{}») бізде жоқ.",
    shown_in_kazakh: "Мәтін қазақ тілінде көрсетілді.",
    found_in_en: "ағылшын тіліндегі аудармадан табылды",
    found_in_ru: "орыс тіліндегі аудармадан табылды",
    abstract_label: "Қысқаша мазмұны",
    search_empty: "Іздеу үшін сөз теріңіз: есім, жер, жыл.",
    matches: Plural {
        one: "сәйкестік",
        few: "сәйкестік",
        many: "сәйкестік",
        other: "сәйкестік",
    },
    paragraphs: Plural {
        one: "абзац",
        few: "абзац",
        many: "абзац",
        other: "абзац",
    },
    passages_with: "Бірге аталған жерлері",
    update_ready: "Жаңа нұсқа дайын",
    update_button: "қайта жүктеу",
    update_label: "Жаңа нұсқа",
    offline_seen_only: "Трафикті үнемдеу үшін офлайн оқуға тек ашылған бет сақталды.",
    load_failed: "Мақаланы жүктеу мүмкін болмады. Бетті қайта жүктеп көріңіз.",
    app_unavailable:
        "Іздеу мен көрсеткіштер қолжетімсіз; мәтін мен оның сілтемелері жұмыс істейді.",
    nothing_saved:
        "Бұл құрылғыда ештеңе сақталмайды: таңдауыңыз осы бет ашық тұрғанда ғана сақталады.",
    crashed: "Қате орын алды, бет жұмысын тоқтатты. Бетті қайта жүктеп көріңіз.",
    redirecting: "Мақалаға бағытталуда…",
    no_results: "Ештеңе табылмады.",
    did_you_mean: "Мүмкін, мына сөздерді іздеген боларсыз:",
    query_truncated: "Сұрау тым ұзын: тек басы ізделді.",
    hit: "Сәйкестік",
    previous_hit: "Алдыңғы сәйкестік",
    next_hit: "Келесі сәйкестік",
    close_search: "Іздеуді жабу",
    back_to_results: "Нәтижелерге оралу",
    settings: "Баптаулар",
    theme: "Түс",
    theme_system: "Жүйелік",
    theme_light: "Ашық",
    theme_dark: "Қараңғы",
    text_size: "Әріп өлшемі",
    smaller: "Кішірейту",
    larger: "Үлкейту",
    language: "Тіл",
    shortcuts: "Пернелер",
    shortcut_search: "Іздеу жолына өту",
    shortcut_escape: "Іздеуді не терезені жабу",
    shortcut_sections: "Алдыңғы / келесі бөлім",
    shortcut_help: "Осы тізім",
    shortcut_highlight: "Фокустағы абзацты белгілеу немесе оған жазба қосу",
    close: "Жабу",
    skip_to_text: "Мәтінге өту",
    reading_progress: "Оқу барысы",
};

/// Russian.
pub static RU: Strings = Strings {
    lang: Lang::Ru,
    timeline: "Хронология",
    timeline_intro: "Даты и годы статьи в хронологическом порядке.",
    all_decades: "все десятилетия",
    decade: "Десятилетие",
    person_filter: "Персона",
    everyone: "все",
    decade_suffix: "-е",
    in_text: "Читать в тексте",
    anniversaries: "Юбилеи",
    years_anniversary: Plural {
        one: "год",
        few: "года",
        many: "лет",
        other: "года",
    },
    no_events: "Нет событий для этого фильтра.",
    events_shown: Plural {
        one: "событие",
        few: "события",
        many: "событий",
        other: "события",
    },
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    places: "Места и организации",
    places_short: "Места",
    places_intro: "Города, страны, моря, маршруты и организации, упомянутые в статье.",
    filter_places: "Фильтр по названию",
    no_places_match: "Ничего не найдено.",
    places_shown: Plural {
        one: "название",
        few: "названия",
        many: "названий",
        other: "названия",
    },
    all_places: "Все места и организации",
    all_kinds: "все",
    kind_city: "город",
    kind_country: "страна",
    kind_region: "регион",
    kind_sea: "море",
    kind_port: "порт",
    kind_route: "маршрут",
    kind_camp: "лагерь",
    kind_state: "прежнее государство",
    kind_organisation: "организация",
    people_here: "Люди, упомянутые рядом",
    download: "Скачать",
    download_intro: "Полный текст статьи, для чтения без сети",
    download_text: "Текст (UTF-8)",
    download_parallel: "EPUB 3: казахский текст и перевод рядом",
    edition_kk: "Казахский — оригинал",
    edition_ru: "Русский — неофициальный рабочий перевод",
    edition_en: "Английский — неофициальный рабочий перевод",
    cite: "Цитировать",
    cite_article: "Цитировать статью",
    cite_title: "Как цитировать",
    paragraph_n: "Абзац",
    whole_article: "Вся статья",
    copy: "Копировать",
    copied: "Скопировано",
    copy_failed: "Не удалось скопировать: выделите текст и скопируйте сами",
    for_managers: "Для менеджеров библиографии",
    inferred_year: "Год установлен косвенно",
    not_given: "Место и издатель не указаны",
    cite_load_failed: "Не удалось загрузить данные для цитирования",
    contents: "Содержание",
    menu: "Содержание",
    opening_part: "Вступление",
    previous: "Предыдущий раздел",
    next: "Следующий раздел",
    link_to_paragraph: "Ссылка на абзац",
    link_to_section: "Ссылка на раздел",
    copy_link: "Копировать ссылку",
    link_copied: "Ссылка скопирована",
    copy_quote_link: "Скопировать ссылку на цитату",
    quote_link_copied: "Ссылка на цитату скопирована",
    highlight: "Выделить",
    notes: "Выделения и заметки",
    quote_not_found: "Цитата из ссылки больше не найдена в этом абзаце; показан весь абзац.",
    not_found_title: "Страница не найдена",
    not_found_text: "В статье нет такой ссылки:",
    loading: "Загрузка…",
    data_failed: "Не удалось загрузить данные. Попробуйте перезагрузить страницу.",
    back_to_article: "Вернуться к статье",
    figure_label: "Рисунок",
    people: "Персоны",
    people_intro: "Люди, упомянутые в статье, и места упоминаний.",
    filter_people: "Фильтр по имени (кириллица или латиница)",
    sort_by: "Сортировка:",
    sort_name: "имя",
    sort_mentions: "упоминания",
    sort_first: "первое упоминание",
    no_people_match: "Никого не найдено.",
    mentions: "Упоминания",
    times: Plural {
        one: "упоминание",
        few: "упоминания",
        many: "упоминаний",
        other: "упоминания",
    },
    appears_with: "Упоминается вместе с",
    part_of_a_name: "часть названия",
    kazakh_original: "Оригинал на казахском",
    all_people: "Все персоны",
    in_title: "Заголовок раздела",
    in_bibliography: "Список литературы",
    in_byline: "Автор",
    people_shown: Plural {
        one: "персона",
        few: "персоны",
        many: "персон",
        other: "персоны",
    },
    search: "Поиск",
    search_placeholder: "Поиск по статье",
    search_results: "Результаты поиска",
    reading: "Чтение",
    reading_kk: "Только по-казахски",
    reading_kk_ru: "Казахский + русский",
    reading_kk_en: "Казахский + английский",
    reading_en: "Только английский",
    reading_ru: "Только русский",
    translation_notice: "Перевод неофициальный, рабочий. Авторитетен казахский текст.",
    translation_loading: "Перевод загружается…",
    translation_failed: "Не удалось загрузить перевод.",
    unknown_reading: "Перевода из ссылки («{}») у нас нет.",
    shown_in_kazakh: "Текст показан на казахском.",
    found_in_en: "найдено в английском переводе",
    found_in_ru: "найдено в русском переводе",
    abstract_label: "Краткое содержание",
    search_empty: "Введите слово: имя, место, год.",
    matches: Plural {
        one: "совпадение",
        few: "совпадения",
        many: "совпадений",
        other: "совпадения",
    },
    paragraphs: Plural {
        one: "абзац",
        few: "абзаца",
        many: "абзацев",
        other: "абзаца",
    },
    passages_with: "Где упомянуты вместе",
    update_ready: "Готова новая версия",
    update_button: "перезагрузить",
    update_label: "Новая версия",
    offline_seen_only:
        "Чтобы сберечь трафик, для чтения офлайн сохранена только открытая страница.",
    load_failed: "Не удалось загрузить статью. Попробуйте перезагрузить страницу.",
    app_unavailable: "Поиск и указатели недоступны; текст и ссылки в нём работают.",
    nothing_saved:
        "На этом устройстве ничего не сохраняется: выбранное действует, пока открыта страница.",
    crashed: "Произошла ошибка, и страница перестала работать. Попробуйте её перезагрузить.",
    redirecting: "Переход к статье…",
    no_results: "Ничего не найдено.",
    did_you_mean: "Возможно, вы искали:",
    query_truncated: "Запрос слишком длинный: искали только начало.",
    hit: "Совпадение",
    previous_hit: "Предыдущее совпадение",
    next_hit: "Следующее совпадение",
    close_search: "Закрыть поиск",
    back_to_results: "К результатам",
    settings: "Настройки",
    theme: "Тема",
    theme_system: "Системная",
    theme_light: "Светлая",
    theme_dark: "Тёмная",
    text_size: "Размер текста",
    smaller: "Меньше",
    larger: "Больше",
    language: "Язык",
    shortcuts: "Горячие клавиши",
    shortcut_search: "Перейти к поиску",
    shortcut_escape: "Закрыть поиск или окно",
    shortcut_sections: "Предыдущий / следующий раздел",
    shortcut_help: "Этот список",
    shortcut_highlight: "Выделить абзац в фокусе или добавить к нему заметку",
    close: "Закрыть",
    skip_to_text: "Перейти к тексту",
    reading_progress: "Прогресс чтения",
};

/// English.
pub static EN: Strings = Strings {
    lang: Lang::En,
    timeline: "Timeline",
    timeline_intro: "The article's dates and years, in time order.",
    all_decades: "all decades",
    decade: "Decade",
    person_filter: "Person",
    everyone: "everyone",
    decade_suffix: "s",
    in_text: "Read in the text",
    anniversaries: "Anniversaries",
    years_anniversary: Plural {
        one: "year",
        few: "years",
        many: "years",
        other: "years",
    },
    no_events: "No events match this filter.",
    events_shown: Plural {
        one: "event",
        few: "events",
        many: "events",
        other: "events",
    },
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    places: "Places & organisations",
    places_short: "Places",
    places_intro: "The cities, countries, seas, routes and organisations the article names.",
    filter_places: "Filter by name",
    no_places_match: "Nothing matches this filter.",
    places_shown: Plural {
        one: "name",
        few: "names",
        many: "names",
        other: "names",
    },
    all_places: "All places & organisations",
    all_kinds: "all",
    kind_city: "city",
    kind_country: "country",
    kind_region: "region",
    kind_sea: "sea",
    kind_port: "port",
    kind_route: "route",
    kind_camp: "camp",
    kind_state: "former state",
    kind_organisation: "organisation",
    people_here: "People named alongside",
    download: "Download",
    download_intro: "The whole article, to read offline",
    download_text: "Plain text (UTF-8)",
    download_parallel: "EPUB 3: the Kazakh and the translation side by side",
    edition_kk: "Kazakh — the original",
    edition_ru: "Russian — unofficial working translation",
    edition_en: "English — unofficial working translation",
    cite: "Cite",
    cite_article: "Cite the article",
    cite_title: "How to cite",
    paragraph_n: "Paragraph",
    whole_article: "The whole article",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "Could not copy: select the text and copy it yourself",
    for_managers: "For reference managers",
    inferred_year: "Year inferred",
    not_given: "Place and publisher not given",
    cite_load_failed: "The citation data did not load",
    contents: "Contents",
    menu: "Contents",
    opening_part: "Introduction",
    previous: "Previous section",
    next: "Next section",
    link_to_paragraph: "Link to this paragraph",
    link_to_section: "Link to this section",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_quote_link: "Copy link to quote",
    quote_link_copied: "Link to quote copied",
    highlight: "Highlight",
    notes: "Highlights and notes",
    quote_not_found:
        "The quoted passage is no longer found in this paragraph; the whole paragraph is shown.",
    not_found_title: "Page not found",
    not_found_text: "The article has no such link:",
    loading: "Loading…",
    data_failed: "The data could not be loaded. Try reloading the page.",
    back_to_article: "Back to the article",
    figure_label: "Figure",
    people: "People",
    people_intro: "The people the article names, and where.",
    filter_people: "Filter by name (Cyrillic or Latin)",
    sort_by: "Sort by:",
    sort_name: "name",
    sort_mentions: "mentions",
    sort_first: "first mention",
    no_people_match: "No one matches this filter.",
    mentions: "Mentions",
    times: Plural {
        one: "mention",
        few: "mentions",
        many: "mentions",
        other: "mentions",
    },
    appears_with: "Appears with",
    part_of_a_name: "part of a name",
    kazakh_original: "Kazakh original",
    all_people: "All people",
    in_title: "Section title",
    in_bibliography: "Bibliography",
    in_byline: "Byline",
    people_shown: Plural {
        one: "person",
        few: "people",
        many: "people",
        other: "people",
    },
    search: "Search",
    search_placeholder: "Search the article",
    search_results: "Search results",
    reading: "Reading",
    reading_kk: "Kazakh only",
    reading_kk_ru: "Kazakh + Russian",
    reading_kk_en: "Kazakh + English",
    reading_en: "English only",
    reading_ru: "Russian only",
    translation_notice: "An unofficial working translation. The Kazakh text is authoritative.",
    translation_loading: "Loading the translation…",
    translation_failed: "The translation could not be loaded.",
    unknown_reading: "The link asks for a translation we do not have («{}»).",
    shown_in_kazakh: "The text is shown in Kazakh.",
    found_in_en: "found in the English translation",
    found_in_ru: "found in the Russian translation",
    abstract_label: "Summary",
    search_empty: "Type a word: a name, a place, a year.",
    matches: Plural {
        one: "match",
        few: "matches",
        many: "matches",
        other: "matches",
    },
    paragraphs: Plural {
        one: "paragraph",
        few: "paragraphs",
        many: "paragraphs",
        other: "paragraphs",
    },
    passages_with: "Where they appear together",
    update_ready: "A new version is ready",
    update_button: "reload",
    update_label: "New version",
    offline_seen_only: "To save data, only the page you opened is kept for reading offline.",
    load_failed: "The article could not be loaded. Try reloading the page.",
    app_unavailable: "Search and the indexes are unavailable; the text and its links work.",
    nothing_saved: "Nothing is saved on this device: your choices last while this page is open.",
    crashed: "Something went wrong and the page stopped working. Try reloading it.",
    redirecting: "Going to the article…",
    no_results: "Nothing found.",
    did_you_mean: "Did you mean:",
    query_truncated: "The query is too long: only its beginning was searched.",
    hit: "Match",
    previous_hit: "Previous match",
    next_hit: "Next match",
    close_search: "Close the search",
    back_to_results: "Back to results",
    settings: "Settings",
    theme: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    text_size: "Text size",
    smaller: "Smaller",
    larger: "Larger",
    language: "Language",
    shortcuts: "Keyboard shortcuts",
    shortcut_search: "Go to the search box",
    shortcut_escape: "Close the search or this window",
    shortcut_sections: "Previous / next section",
    shortcut_help: "This list",
    shortcut_highlight: "Highlight the paragraph in focus, or add a note to it",
    close: "Close",
    skip_to_text: "Skip to the text",
    reading_progress: "Reading progress",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Kk => &KK,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// The name of a language in itself, for the switcher.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Қазақша",
        Lang::Ru => "Русский",
        Lang::En => "English",
    }
}

impl Strings {
    /// A person's role in the interface language.
    pub fn role<'a>(&self, person: &'a crate::core::people::Person) -> &'a str {
        match self.lang {
            Lang::Kk => &person.role_kk,
            Lang::Ru => &person.role_ru,
            Lang::En => &person.role_en,
        }
    }

    /// A person's name in the interface language: the data's Kazakh, Russian
    /// or Latin form.
    pub fn person_name<'a>(&self, person: &'a crate::core::people::Person) -> &'a str {
        match self.lang {
            Lang::Kk => &person.name,
            Lang::Ru => &person.russian,
            Lang::En => &person.latin,
        }
    }
}

impl Strings {
    /// What kind of place, in words.
    pub fn kind(&self, kind: crate::core::places::PlaceKind) -> &'static str {
        use crate::core::places::PlaceKind as K;
        match kind {
            K::City => self.kind_city,
            K::Country => self.kind_country,
            K::Region => self.kind_region,
            K::Sea => self.kind_sea,
            K::Port => self.kind_port,
            K::Route => self.kind_route,
            K::Camp => self.kind_camp,
            K::State => self.kind_state,
            K::Organisation => self.kind_organisation,
        }
    }

    /// A place's name in the interface language: as the article writes it in
    /// Kazakh, its Russian or Latin spelling otherwise.
    pub fn place_name<'a>(&self, place: &'a crate::core::places::Place) -> &'a str {
        match self.lang {
            Lang::Kk => &place.name,
            Lang::Ru => &place.russian,
            Lang::En => &place.latin,
        }
    }

    /// A place's description in the interface language.
    pub fn description<'a>(&self, place: &'a crate::core::places::Place) -> &'a str {
        match self.lang {
            Lang::Kk => &place.description_kk,
            Lang::Ru => &place.description_ru,
            Lang::En => &place.description_en,
        }
    }
}

/// The strings of the map, the word list and the overview (`#/map`,
/// `#/words`, `#/overview`), kept apart from the rest of the table so these
/// pages can grow without touching it.
// Some are read only by the pages loaded on first use (`view::extras`),
// which the build does not pre-render.
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
#[cfg_attr(feature = "ssr", derive(serde::Serialize))]
pub struct Glance {
    pub map: &'static str,
    pub map_intro: &'static str,
    pub map_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub map_keys: &'static str,
    pub era: &'static str,
    pub all_eras: &'static str,
    pub not_on_map: &'static str,
    pub routes: &'static str,
    pub map_source: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub words: &'static str,
    pub words_intro: &'static str,
    pub filter_words: &'static str,
    pub sort_frequency: &'static str,
    pub sort_alphabet: &'static str,
    /// After the article's word count.
    pub words_in_body: Plural,
    /// After the count of numbers and stop words left out.
    pub words_left_out: Plural,
    pub stopwords_are: &'static str,
    pub entries_shown: Plural,
    /// How often a word occurs.
    pub occurrences: Plural,
    pub no_words_match: &'static str,
    pub forms: &'static str,
    pub in_context: &'static str,
    pub all_words: &'static str,
    pub overview: &'static str,
    pub overview_intro: &'static str,
    pub who: &'static str,
    pub where_: &'static str,
    pub when: &'static str,
    pub what: &'static str,
    pub length: &'static str,
    pub reading_minutes: &'static str,
    pub abstract_: &'static str,
    pub see_all: &'static str,
    pub open_map: &'static str,
}

pub static GLANCE_KK: Glance = Glance {
    map: "Карта",
    map_intro: "Мақалада аталатын жерлер мен жолдар. Белгінің көлемі — аталу саны.",
    map_label: "Мақаладағы жерлер картасы",
    zoom_in: "Жақындату",
    zoom_out: "Алыстату",
    zoom_reset: "Бүкіл карта",
    map_keys: "Пернетақта: + және − масштаб, бағыттауыштар картаны жылжытады.",
    era: "Кезең",
    all_eras: "барлық кезең",
    not_on_map: "Картада нүктесі жоқтар",
    routes: "Жолдар мен құбырлар",
    map_source: "Құрлық пішіні: Natural Earth. Қазіргі шекаралар сызылмаған.",
    loading: "Жүктелуде…",
    load_failed: "Деректерді жүктеу мүмкін болмады.",
    words: "Сөздер",
    words_intro: "Мақаланың сөздігі: түбірі бір сөздер бір топта, жиілігімен.",
    filter_words: "Сөзді сүзу",
    sort_frequency: "жиілігі",
    sort_alphabet: "әліпби",
    words_in_body: Plural {
        one: "сөз мақалада",
        few: "сөз мақалада",
        many: "сөз мақалада",
        other: "сөз мақалада",
    },
    words_left_out: Plural {
        one: "сан мен мағынасы жоқ сөз есептелмеді",
        few: "сан мен мағынасы жоқ сөз есептелмеді",
        many: "сан мен мағынасы жоқ сөз есептелмеді",
        other: "сан мен мағынасы жоқ сөз есептелмеді",
    },
    stopwords_are: "Есептелмейтін сөздер",
    entries_shown: Plural {
        one: "топ көрсетілді",
        few: "топ көрсетілді",
        many: "топ көрсетілді",
        other: "топ көрсетілді",
    },
    occurrences: Plural {
        one: "рет",
        few: "рет",
        many: "рет",
        other: "рет",
    },
    no_words_match: "Ондай сөз жоқ.",
    forms: "Тұлғалары",
    in_context: "Мәтінде",
    all_words: "Барлық сөздер",
    overview: "Шолу",
    overview_intro: "Бір бетте: кім, қайда, қашан және не туралы.",
    who: "Кім",
    where_: "Қайда",
    when: "Қашан",
    what: "Не туралы",
    length: "Көлемі",
    reading_minutes: "мин оқу",
    abstract_: "Аннотация",
    see_all: "Барлығы",
    open_map: "Картаны ашу",
};

pub static GLANCE_RU: Glance = Glance {
    map: "Карта",
    map_intro: "Места и маршруты, названные в статье. Размер метки — число упоминаний.",
    map_label: "Карта мест статьи",
    zoom_in: "Приблизить",
    zoom_out: "Отдалить",
    zoom_reset: "Вся карта",
    map_keys: "Клавиатура: + и − масштаб, стрелки сдвигают карту.",
    era: "Период",
    all_eras: "все периоды",
    not_on_map: "Без точки на карте",
    routes: "Пути и трубопроводы",
    map_source: "Очертания суши: Natural Earth. Современные границы не нанесены.",
    loading: "Загрузка…",
    load_failed: "Не удалось загрузить данные.",
    words: "Слова",
    words_intro: "Словарь статьи: слова с одной основой в одной группе, с частотой.",
    filter_words: "Фильтр слов",
    sort_frequency: "по частоте",
    sort_alphabet: "по алфавиту",
    words_in_body: Plural {
        one: "слово в статье",
        few: "слова в статье",
        many: "слов в статье",
        other: "слова в статье",
    },
    words_left_out: Plural {
        one: "слово не учтено (числа и служебные слова)",
        few: "слова не учтены (числа и служебные слова)",
        many: "слов не учтено (числа и служебные слова)",
        other: "слова не учтено (числа и служебные слова)",
    },
    stopwords_are: "Неучтённые слова",
    entries_shown: Plural {
        one: "группа показана",
        few: "группы показаны",
        many: "групп показано",
        other: "группы показано",
    },
    occurrences: Plural {
        one: "раз",
        few: "раза",
        many: "раз",
        other: "раза",
    },
    no_words_match: "Таких слов нет.",
    forms: "Формы",
    in_context: "В тексте",
    all_words: "Все слова",
    overview: "Обзор",
    overview_intro: "На одном экране: кто, где, когда и о чём.",
    who: "Кто",
    where_: "Где",
    when: "Когда",
    what: "О чём",
    length: "Объём",
    reading_minutes: "мин чтения",
    abstract_: "Аннотация",
    see_all: "Все",
    open_map: "Открыть карту",
};

pub static GLANCE_EN: Glance = Glance {
    map: "Map",
    map_intro:
        "The places and routes the article names. A marker's size is its number of mentions.",
    map_label: "Map of the article's places",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Whole map",
    map_keys: "Keyboard: + and − zoom, the arrow keys move the map.",
    era: "Era",
    all_eras: "all eras",
    not_on_map: "Not on the map",
    routes: "Routes and pipelines",
    map_source: "Land outlines: Natural Earth. Today's borders are not drawn.",
    loading: "Loading…",
    load_failed: "The data could not be loaded.",
    words: "Words",
    words_intro: "The article's vocabulary: words of one stem in one group, with their frequency.",
    filter_words: "Filter words",
    sort_frequency: "frequency",
    sort_alphabet: "alphabetical",
    words_in_body: Plural {
        one: "word in the article",
        few: "words in the article",
        many: "words in the article",
        other: "words in the article",
    },
    words_left_out: Plural {
        one: "word not counted (numbers and words without content)",
        few: "words not counted (numbers and words without content)",
        many: "words not counted (numbers and words without content)",
        other: "words not counted (numbers and words without content)",
    },
    stopwords_are: "Words not counted",
    entries_shown: Plural {
        one: "group shown",
        few: "groups shown",
        many: "groups shown",
        other: "groups shown",
    },
    occurrences: Plural {
        one: "time",
        few: "times",
        many: "times",
        other: "times",
    },
    no_words_match: "No such word.",
    forms: "Forms",
    in_context: "In context",
    all_words: "All words",
    overview: "Overview",
    overview_intro: "One screen: who, where, when and what.",
    who: "Who",
    where_: "Where",
    when: "When",
    what: "What",
    length: "Length",
    reading_minutes: "min read",
    abstract_: "Abstract",
    see_all: "All",
    open_map: "Open the map",
};

/// The map, words and overview strings for a language.
pub fn glance(lang: Lang) -> &'static Glance {
    match lang {
        Lang::Kk => &GLANCE_KK,
        Lang::Ru => &GLANCE_RU,
        Lang::En => &GLANCE_EN,
    }
}

impl Strings {
    /// The word `p` for `n` of something, by the language's plural rules.
    pub fn word(&self, n: usize, p: &Plural) -> &'static str {
        use super::plural::Category;
        match super::plural::category(self.lang, n) {
            Category::One => p.one,
            Category::Few => p.few,
            Category::Many => p.many,
            Category::Other => p.other,
        }
    }

    /// `n` and its word: `1 result`, `2 результата`, `5 результатов`.
    pub fn count(&self, n: usize, p: &Plural) -> String {
        format!("{n} {}", self.word(n, p))
    }

    /// A decade by its first year: `1910s`, `1910-е`, `1910 жж.`.
    pub fn decade_label(&self, year: u16) -> String {
        format!("{year}{}", self.decade_suffix)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn glance_counts_take_the_plural_form_in_russian() {
        let (t, g) = (strings(Lang::Ru), glance(Lang::Ru));
        let forms = |p: &Plural| [1, 2, 5, 21].map(|n| t.count(n, p));
        assert_eq!(
            forms(&g.words_in_body),
            [
                "1 слово в статье",
                "2 слова в статье",
                "5 слов в статье",
                "21 слово в статье"
            ]
        );
        assert_eq!(
            forms(&g.words_left_out).map(|s| s.split(" (").next().unwrap_or_default().to_string()),
            [
                "1 слово не учтено",
                "2 слова не учтены",
                "5 слов не учтено",
                "21 слово не учтено"
            ]
        );
        assert_eq!(
            forms(&g.entries_shown),
            [
                "1 группа показана",
                "2 группы показаны",
                "5 групп показано",
                "21 группа показана"
            ]
        );
        assert_eq!(
            forms(&g.occurrences),
            ["1 раз", "2 раза", "5 раз", "21 раз"]
        );
        assert_eq!(
            forms(&t.paragraphs),
            ["1 абзац", "2 абзаца", "5 абзацев", "21 абзац"]
        );
        assert_eq!(
            forms(&t.events_shown),
            ["1 событие", "2 события", "5 событий", "21 событие"]
        );
        assert_eq!(
            forms(&t.times),
            [
                "1 упоминание",
                "2 упоминания",
                "5 упоминаний",
                "21 упоминание"
            ]
        );
    }

    #[test]
    fn glance_counts_in_english_and_kazakh() {
        let (t, g) = (strings(Lang::En), glance(Lang::En));
        assert_eq!(t.count(1, &g.occurrences), "1 time");
        assert_eq!(t.count(21, &g.occurrences), "21 times");
        assert_eq!(t.count(1, &g.words_in_body), "1 word in the article");
        assert_eq!(t.count(2, &g.entries_shown), "2 groups shown");
        let (t, g) = (strings(Lang::Kk), glance(Lang::Kk));
        assert_eq!(t.count(21, &g.occurrences), "21 рет");
        assert_eq!(t.count(5, &g.words_in_body), "5 сөз мақалада");
    }
}

/// The strings of the editorial apparatus: the switch that shows the repairs,
/// their marks, and `#/about` ("About this edition"). Kinds are in
/// `core::repair::RepairKind::ALL`'s order: hyphen, joined, break, spacing,
/// page, encoding.
pub struct Edition {
    pub show_repairs: &'static str,
    /// What a mark is, before its kind, for a screen reader.
    pub repair: &'static str,
    pub source_reading: &'static str,
    pub edition_reading: &'static str,
    /// A line end in the source's reading, for a screen reader.
    pub line_end: &'static str,
    pub kinds: [&'static str; 6],
    /// What each kind of repair does.
    pub kind_notes: [&'static str; 6],
    pub about: &'static str,
    pub about_intro: &'static str,
    pub kind_column: &'static str,
    pub count_column: &'static str,
    pub what_column: &'static str,
    pub total: &'static str,
    pub how_to_see: &'static str,
    pub not_changed_title: &'static str,
    pub not_changed: [&'static str; 4],
    pub tei_note: &'static str,
}

pub static EDITION_KK: Edition = Edition {
    show_repairs: "Түзетулерді көрсету",
    repair: "Түзету",
    source_reading: "Дереккөзде",
    edition_reading: "Осы басылымда",
    line_end: "жол соңы",
    kinds: [
        "Тасымал сызықшасы алынды",
        "Сөз біріктірілді",
        "Жол үзілімі",
        "Бос орын",
        "Колонтитул алынды",
        "Қате кодталған таңба",
    ],
    kind_notes: [
        "Жол не бет соңында тасымалданған сөз сызықшасыз біріктірілді.",
        "Жол не бет соңында тасымалданған күрделі сөз сызықшасын сақтап біріктірілді.",
        "Сөйлем ішіндегі жол не бет үзілімі бір бос орын болып оқылды.",
        "Жол ішіндегі бос орындар түзетілді. Бұл дереккөзде қажет болмады.",
        "Беттің жоғарғы не төменгі жазуы, бет нөмірі алынды. Бұл дереккөзде жоқ.",
        "Қате кодталған таңба тиісті таңбамен ауыстырылды. Бұл дереккөзде жоқ.",
    ],
    about: "Басылым туралы",
    about_intro: "Мәтін мақаланың PDF нұсқасынан алынып, бет үзілімдері тудырған ақаулар түзетілді. Әр түзету дереккөздің дәл мәтінімен бірге сақталады.",
    kind_column: "Түзету түрі",
    count_column: "Саны",
    what_column: "Не істелді",
    total: "Барлығы",
    how_to_see: "Мәтіндегі түзетулерді көру үшін баптаулардағы «Түзетулерді көрсету» түймесін басыңыз; белгіні басқанда дереккөздегі нұсқа көрінеді.",
    not_changed_title: "Не өзгертілмеді",
    not_changed: [
        "Емле, тыныс белгілері, әріптер, сандар және сөздердің реті дереккөздегідей.",
        "Жол ішіндегі бос орындар өзгертілмеді.",
        "Бет үзілімі бөліп жіберген суреттің жазуы сол абзацтан кейін қойылды; оның мәтіні өзгертілмеді.",
        "Жазудың жұлдызшалары, сілтемелердің бұрыштық жақшалары және әдебиеттер тізімі тақырыбынан кейінгі қос нүкте құрылымды білдіреді, сондықтан қайталанбайды.",
    ],
    tei_note: "TEI жүктемесінде әр түзету <choice> ішінде дереккөз (<orig>) және басылым (<reg>) нұсқаларымен берілген.",
};

pub static EDITION_RU: Edition = Edition {
    show_repairs: "Показать исправления",
    repair: "Исправление",
    source_reading: "В источнике",
    edition_reading: "В этом издании",
    line_end: "конец строки",
    kinds: [
        "Удалён знак переноса",
        "Слово соединено",
        "Разрыв строки",
        "Пробелы",
        "Удалён колонтитул",
        "Неверно закодированный символ",
    ],
    kind_notes: [
        "Слово, перенесённое в конце строки или страницы, соединено без дефиса.",
        "Сложное слово, перенесённое в конце строки или страницы, соединено с дефисом.",
        "Разрыв строки или страницы внутри предложения прочитан как один пробел.",
        "Пробелы внутри строки выправлены. В этом источнике не понадобилось.",
        "Удалены колонтитул или номер страницы. В этом источнике их нет.",
        "Неверно закодированный символ заменён нужным. В этом источнике таких нет.",
    ],
    about: "Об этом издании",
    about_intro: "Текст взят из PDF-версии статьи; исправлены повреждения от разрывов страниц. Каждое исправление хранится вместе с точным текстом источника.",
    kind_column: "Вид исправления",
    count_column: "Число",
    what_column: "Что сделано",
    total: "Всего",
    how_to_see: "Чтобы увидеть исправления в тексте, включите «Показать исправления» в настройках; нажатие на метку показывает чтение источника.",
    not_changed_title: "Что не изменено",
    not_changed: [
        "Орфография, пунктуация, буквы, числа и порядок слов — как в источнике.",
        "Пробелы внутри строк не изменены.",
        "Подпись к фотографии, разорвавшая абзац на границе страниц, стоит после этого абзаца; её текст не изменён.",
        "Звёздочки вокруг подписи, угловые скобки вокруг адресов и двоеточие после заголовка списка литературы обозначают структуру и не повторяются.",
    ],
    tei_note: "В файле TEI каждое исправление дано в <choice> с чтением источника (<orig>) и издания (<reg>).",
};

pub static EDITION_EN: Edition = Edition {
    show_repairs: "Show the repairs",
    repair: "Repair",
    source_reading: "Source",
    edition_reading: "This edition",
    line_end: "line end",
    kinds: [
        "Hyphen removed",
        "Word joined",
        "Line break",
        "Spacing",
        "Page header or footer dropped",
        "Mis-encoded character",
    ],
    kind_notes: [
        "A word hyphenated at a line or page end is joined without its hyphen.",
        "A compound hyphenated at a line or page end is joined keeping its hyphen.",
        "A line or page break inside a sentence is read as one space.",
        "Spaces inside a line made regular. Not needed in this source.",
        "A running header, footer or page number dropped. This source has none.",
        "A mis-encoded character replaced by the one meant. This source has none.",
    ],
    about: "About this edition",
    about_intro: "The text comes from the article's PDF; the damage done by page breaks is repaired. Every repair is kept with the source's exact text.",
    kind_column: "Kind of repair",
    count_column: "Number",
    what_column: "What was done",
    total: "Total",
    how_to_see: "To see the repairs in the text, turn on \u{201c}Show the repairs\u{201d} in the settings; activating a mark shows the source's reading.",
    not_changed_title: "What was not changed",
    not_changed: [
        "Spelling, punctuation, letters, numbers and the order of words are as in the source.",
        "Spaces inside lines are as they were.",
        "The photograph's caption that interrupted a paragraph at a page break follows that paragraph; its words are unchanged.",
        "The asterisks around the caption, the angle brackets around web addresses and the colon after the bibliography's heading mark structure and are not repeated.",
    ],
    tei_note: "The TEI download gives each repair as a <choice> of the source's reading (<orig>) and the edition's (<reg>).",
};

/// The editorial apparatus's strings for a language.
pub fn edition(lang: Lang) -> &'static Edition {
    match lang {
        Lang::Kk => &EDITION_KK,
        Lang::Ru => &EDITION_RU,
        Lang::En => &EDITION_EN,
    }
}
