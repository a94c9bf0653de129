//! `prefs.js` applies the stored preferences before the first paint, in plain
//! JavaScript, and `style.css` turns them into colours and a text size: both
//! must speak the core's language (its storage keys, values and scales), or the
//! first paint and the app would disagree.

mod common;

use common::read;
use qazaq_reader::core::prefs::{font_scale, Lang, Prefs, Theme, FONT_STEPS};

#[test]
fn prefs_js_reads_the_keys_and_values_the_app_stores() {
    let js = read("prefs.js");
    for key in [Prefs::THEME_KEY, Prefs::FONT_KEY, Prefs::LANG_KEY] {
        assert!(
            js.contains(&format!("'{key}'")),
            "prefs.js does not read {key}"
        );
    }
    for theme in [Theme::Light, Theme::Dark] {
        assert!(
            js.contains(&format!("'{}'", theme.code())),
            "prefs.js ignores theme {theme:?}"
        );
    }
    for lang in Lang::ALL {
        assert!(
            js.contains(&format!("'{}'", lang.code())),
            "prefs.js ignores {lang:?}"
        );
    }
    let bounds = format!(
        "step >= {} && step <= {}",
        FONT_STEPS.start(),
        FONT_STEPS.end()
    );
    assert!(
        js.contains(&bounds),
        "prefs.js's text size bounds differ from the core's"
    );
}

#[test]
fn style_css_has_a_scale_for_every_text_size_step() {
    let css = read("style.css");
    for step in FONT_STEPS.filter(|&s| s != 0) {
        let scale = format!("{:.1}", font_scale(step));
        let scale = scale.trim_start_matches('0');
        let rule = format!(":root[data-font=\"{step}\"] {{ --font-scale: {scale}; }}");
        assert!(css.contains(&rule), "style.css lacks `{rule}`");
    }
    // Every rule that sets the body's text size scales it.
    for line in css
        .lines()
        .filter(|l| l.contains("body {") && l.contains("font-size: "))
    {
        if !line.contains("11pt") {
            assert!(
                line.contains("var(--font-scale"),
                "unscaled text size: {line}"
            );
        }
    }
}

#[test]
fn prefs_js_runs_before_the_stylesheet_and_the_app() {
    let html = read("index.html");
    let script = html
        .find("<script src=\"prefs.js\"></script>")
        .expect("index.html loads prefs.js as a plain blocking script");
    let style = html.find("rel=\"stylesheet\"").expect("a stylesheet");
    let boot = html.find("boot.js").expect("boot.js");
    assert!(script < style && script < boot);
    assert!(
        read("tools/build.sh").contains("prefs.js"),
        "the build does not copy prefs.js"
    );
}
