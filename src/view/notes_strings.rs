//! The strings of highlights and notes, in kk/ru/en: read only by the Wasm
//! loaded on first use (`view::extras`), so kept apart from `strings.rs`.

use crate::core::notes::Colour;
use crate::core::prefs::Lang;

pub struct NotesText {
    pub title: &'static str,
    pub intro: &'static str,
    pub empty: &'static str,
    pub dialog_title: &'static str,
    pub colour: &'static str,
    pub colours: [&'static str; 3],
    pub all_colours: &'static str,
    pub note: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub deleted: &'static str,
    pub undo: &'static str,
    pub open: &'static str,
    pub detached: &'static str,
    pub detached_hint: &'static str,
    pub unsaved: &'static str,
    pub export_md: &'static str,
    pub export_json: &'static str,
    pub import: &'static str,
    /// `{n}` notes added, `{k}` skipped.
    pub imported: &'static str,
    pub import_failed: &'static str,
    pub no_selection: &'static str,
    pub print: &'static str,
}

impl NotesText {
    pub fn colour(&self, c: Colour) -> &'static str {
        self.colours[Colour::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }
}

const KK: NotesText = NotesText {
    title: "Белгілер мен жазбалар",
    intro: "Осы құрылғыда сақталады. Мәтінді белгілеп, «Белгілеу» түймесін басыңыз.",
    empty: "Әзірге белгі жоқ.",
    dialog_title: "Белгілеу",
    colour: "Түсі",
    colours: ["Сары", "Жасыл", "Қызғылт"],
    all_colours: "Барлық түс",
    note: "Жазба (міндетті емес)",
    save: "Сақтау",
    cancel: "Болдырмау",
    edit: "Өзгерту",
    delete: "Жою",
    deleted: "Белгі жойылды.",
    undo: "Қайтару",
    open: "Мәтінде ашу",
    detached: "Ажыраған",
    detached_hint: "Бұл үзінді мәтінде енді табылмады; белгі сақталды.",
    unsaved:
        "Құрылғыға сақтау мүмкін болмады: белгілер бет жабылғанша осында тұр. Оларды экспорттаңыз.",
    export_md: "Markdown ретінде жүктеу",
    export_json: "JSON-LD ретінде жүктеу (W3C Web Annotation)",
    import: "JSON импорттау",
    imported: "Қосылды: {n}, өткізілді: {k}.",
    import_failed: "Файлды оқу мүмкін болмады",
    no_selection: "Алдымен бір абзацтағы мәтінді белгілеңіз.",
    print: "Белгілерді басып шығару",
};

const RU: NotesText = NotesText {
    title: "Выделения и заметки",
    intro: "Хранятся на этом устройстве. Выделите текст и нажмите «Выделить».",
    empty: "Выделений пока нет.",
    dialog_title: "Выделить",
    colour: "Цвет",
    colours: ["Жёлтый", "Зелёный", "Розовый"],
    all_colours: "Все цвета",
    note: "Заметка (необязательно)",
    save: "Сохранить",
    cancel: "Отмена",
    edit: "Изменить",
    delete: "Удалить",
    deleted: "Выделение удалено.",
    undo: "Вернуть",
    open: "Открыть в тексте",
    detached: "Отсоединено",
    detached_hint: "Этот отрывок больше не найден в тексте; выделение сохранено.",
    unsaved: "Не удалось сохранить на устройстве: выделения хранятся здесь, пока страница открыта. Экспортируйте их.",
    export_md: "Скачать как Markdown",
    export_json: "Скачать как JSON-LD (W3C Web Annotation)",
    import: "Импорт JSON",
    imported: "Добавлено: {n}, пропущено: {k}.",
    import_failed: "Не удалось прочитать файл",
    no_selection: "Сначала выделите текст в одном абзаце.",
    print: "Печатать выделения",
};

const EN: NotesText = NotesText {
    title: "Highlights and notes",
    intro: "Kept on this device. Select text and choose “Highlight”.",
    empty: "No highlights yet.",
    dialog_title: "Highlight",
    colour: "Colour",
    colours: ["Yellow", "Green", "Pink"],
    all_colours: "All colours",
    note: "Note (optional)",
    save: "Save",
    cancel: "Cancel",
    edit: "Edit",
    delete: "Delete",
    deleted: "Highlight deleted.",
    undo: "Undo",
    open: "Open in the text",
    detached: "Detached",
    detached_hint: "This passage is no longer found in the text; the highlight is kept.",
    unsaved: "Could not save on this device: your highlights stay here while the page is open. Export them.",
    export_md: "Download as Markdown",
    export_json: "Download as JSON-LD (W3C Web Annotation)",
    import: "Import JSON",
    imported: "Added: {n}, skipped: {k}.",
    import_failed: "Could not read the file",
    no_selection: "First select text within one paragraph.",
    print: "Print the highlights",
};

pub fn notes_text(lang: Lang) -> &'static NotesText {
    match lang {
        Lang::Kk => &KK,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}
