//! Interface strings, Kazakh first. One table so a translation touches one file.

pub const CONTENTS: &str = "Мазмұны";
pub const MENU: &str = "Мазмұны";
pub const OPENING_PART: &str = "Кіріспе";
pub const PREVIOUS: &str = "Алдыңғы бөлім";
pub const NEXT: &str = "Келесі бөлім";
pub const LINK_TO_PARAGRAPH: &str = "Абзацқа сілтеме";
pub const LINK_TO_SECTION: &str = "Бөлімге сілтеме";
pub const NOT_FOUND_TITLE: &str = "Бет табылмады";
pub const NOT_FOUND_TEXT: &str = "Мұндай сілтеме мақалада жоқ:";
pub const BACK_TO_ARTICLE: &str = "Мақалаға оралу";
pub const FIGURE_LABEL: &str = "Сурет";
