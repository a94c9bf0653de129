//! The pre-rendered page speaks Kazakh. For a reader of another interface
//! language the build renders the same page in that language too and keeps
//! only what differs: which text nodes and which attributes to rewrite. The
//! page applies that (`boot.js`) before the app is fetched, so such a reader
//! sees the interface in their language without waiting for the app.
//!
//! Both renderings must have the same elements in the same order: only words
//! may differ. Anything else is an error, so the build fails instead of the
//! page being rewritten wrongly.

use serde::Serialize;

/// What to rewrite, by position in document order below the app's root: the
/// n-th text node (runs of text between tags or comments, as the browser
/// parses them) and the n-th element. Values are plain text, not HTML.
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Patch {
    /// (text node, its new text)
    pub texts: Vec<(usize, String)>,
    /// (element, attribute, its new value, or `None` to remove it)
    pub attrs: Vec<(usize, String, Option<String>)>,
    /// How many elements and text nodes the page has: the page checks them
    /// before rewriting anything, and leaves a page that differs alone.
    pub counts: (usize, usize),
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Open(&'a str, Vec<(&'a str, Option<&'a str>)>),
    Close(&'a str),
    Comment,
    Text(&'a str),
}

/// Splits server-rendered HTML (well formed, attributes quoted) into tokens.
fn tokens(html: &str) -> Result<Vec<Token<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").ok_or("an unclosed comment")?;
            out.push(Token::Comment);
            rest = &after[end + 3..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or("an unclosed end tag")?;
            out.push(Token::Close(after[..end].trim()));
            rest = &after[end + 1..];
        } else if rest.starts_with('<') {
            let (token, after) = open_tag(&rest[1..])?;
            out.push(token);
            rest = after;
        } else {
            // All the text up to the next tag or comment: one node in the browser.
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(&rest[..end]));
            rest = &rest[end..];
        }
    }
    Ok(out)
}

/// A start tag after its `<`: the token and what follows the tag.
fn open_tag(s: &str) -> Result<(Token<'_>, &str), String> {
    let name_end = s
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .ok_or("an unclosed start tag")?;
    let name = &s[..name_end];
    let mut attrs = Vec::new();
    let mut rest = &s[name_end..];
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            return Ok((Token::Open(name, attrs), after));
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .ok_or("an unclosed start tag")?;
        if end == 0 {
            return Err(format!("a stray character in <{name}>"));
        }
        let attr = &rest[..end];
        rest = &rest[end..];
        match rest.strip_prefix('=') {
            Some(after) => {
                let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
                let quote = quote.ok_or_else(|| format!("an unquoted value in <{name} {attr}>"))?;
                let body = &after[1..];
                let close = body.find(quote).ok_or("an unclosed attribute value")?;
                attrs.push((attr, Some(&body[..close])));
                rest = &body[close + 1..];
            }
            None => attrs.push((attr, None)),
        }
    }
}

fn decode(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

/// What turns the page `from` into `to`, two renderings of the same elements.
pub fn diff(from: &str, to: &str) -> Result<Patch, String> {
    let (a, b) = (tokens(from)?, tokens(to)?);
    if a.len() != b.len() {
        return Err(format!("{} tokens against {}", a.len(), b.len()));
    }
    let mut patch = Patch::default();
    let (mut element, mut text) = (0, 0);
    for (x, y) in a.iter().zip(&b) {
        match (x, y) {
            (Token::Text(p), Token::Text(q)) => {
                if decode(p) != decode(q) {
                    patch.texts.push((text, decode(q)));
                }
                text += 1;
            }
            (Token::Open(n, p), Token::Open(m, q)) if n == m => {
                for (name, value) in q {
                    let before = p.iter().find(|(k, _)| k == name).map(|(_, v)| v);
                    if before != Some(value) {
                        let value = Some(value.map(decode).unwrap_or_default());
                        patch.attrs.push((element, name.to_string(), value));
                    }
                }
                for (name, _) in p.iter().filter(|(k, _)| !q.iter().any(|(l, _)| l == k)) {
                    patch.attrs.push((element, name.to_string(), None));
                }
                element += 1;
            }
            (Token::Close(n), Token::Close(m)) if n == m => {}
            (Token::Comment, Token::Comment) => {}
            _ => {
                return Err(format!(
                    "the pages differ in their elements: {x:?} against {y:?}"
                ))
            }
        }
    }
    patch.counts = (element, text);
    Ok(patch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_attributes_that_differ_are_kept_by_position() {
        let kk = r##"<nav aria-label="Мазмұны"><a href="#/">Басы</a><!--x--><input placeholder="Іздеу" hidden></nav><p>Бір</p>"##;
        let en = r##"<nav aria-label="Contents"><a href="#/">Home</a><!--x--><input placeholder="Search &amp; find"></nav><p>Бір</p>"##;
        let patch = diff(kk, en).unwrap();
        assert_eq!(patch.texts, vec![(0, "Home".to_string())]);
        assert_eq!(patch.counts, (4, 2));
        assert_eq!(
            patch.attrs,
            vec![
                (0, "aria-label".to_string(), Some("Contents".to_string())),
                (
                    2,
                    "placeholder".to_string(),
                    Some("Search & find".to_string())
                ),
                (2, "hidden".to_string(), None),
            ]
        );
    }

    #[test]
    fn a_comment_splits_text_into_two_nodes() {
        assert_eq!(
            diff("<p>a<!---->b</p>", "<p>a<!---->c</p>").unwrap().texts,
            vec![(1, "c".into())]
        );
    }

    #[test]
    fn different_elements_are_an_error() {
        assert!(diff("<p>a</p>", "<div>a</div>").is_err());
        assert!(diff("<p>a</p>", "<p>a</p><p>b</p>").is_err());
        assert!(
            diff("<p title=x>a</p>", "<p>a</p>").is_err(),
            "unquoted values are refused"
        );
    }
}
