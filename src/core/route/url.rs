//! Percent-encoding and the cutting of over-long addresses: the text rules
//! under [`super::Route`], apart so that the route reads as its grammar.

/// Longest hash we read: past it a link is cut, not rejected, so an over-long
/// search link still opens the search (which cuts the query again, and says
/// so). A Kazakh query of 10,000 letters is 60,000 bytes once escaped.
pub(super) const MAX_HASH_BYTES: usize = 20_000;

/// At most [`MAX_HASH_BYTES`] of `raw`, cut on a char boundary and never
/// inside a `%XX` escape.
pub(super) fn cut_hash(raw: &str) -> &str {
    if raw.len() <= MAX_HASH_BYTES {
        return raw;
    }
    let mut end = MAX_HASH_BYTES;
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = raw.as_bytes();
    if let Some(i) = (end.saturating_sub(2)..end).find(|&i| bytes[i] == b'%') {
        end = i;
    }
    // Nor inside the escapes of one UTF-8 char (`%D3|%99`).
    let escaped = |at: usize| {
        let hex = |b: u8| (b as char).to_digit(16);
        if at < 3 || bytes[at - 3] != b'%' {
            return None;
        }
        Some(hex(bytes[at - 2])? * 16 + hex(bytes[at - 1])?)
    };
    let (mut at, mut continuations) = (end, 0);
    while let Some(b) = escaped(at) {
        if b & 0xC0 == 0x80 {
            continuations += 1;
            at -= 3;
            continue;
        }
        let needs = match b {
            0xF0.. => 3,
            0xE0.. => 2,
            0xC0.. => 1,
            _ => 0,
        };
        if continuations < needs {
            end = at - 3;
        }
        break;
    }
    &raw[..end]
}

pub(super) fn truncate(s: &str, max_chars: usize) -> String {
    let mut out: String = s.chars().take(max_chars).collect();
    if s.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// The decoded value of `key` in `a=1&b=2`.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| percent_decode(&v.replace('+', " ")))
    })
}

/// Decode `%XX` escapes as UTF-8; malformed escapes and invalid UTF-8 are kept
/// or replaced rather than rejected, since the hash comes from the user.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encode a query value: everything but unreserved ASCII is escaped.
pub fn percent_encode(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
}

/// Encode a path kept for display: `/` stays readable.
pub(super) fn percent_encode_path(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-_.~/?=&".contains(&b))
}

fn encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
