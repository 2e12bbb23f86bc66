//! Text rules every layer shares: which characters may not appear in a
//! name or a line (control and bidirectional formatting characters), how
//! to show untrusted text on a terminal, and profile-URL normalisation.
//! Layer 1: plain functions, no behaviour of their own.

/// Folds a profile URL for matching: scheme, `www.`, case, query, fragment,
/// trailing slashes, percent-escapes and Unicode form do not matter, nor
/// LinkedIn's country subdomains (`ca.linkedin.com`) and language suffixes
/// (`/in/slug/en`).
///
/// ```
/// use inroads::normalize_url;
/// assert_eq!(
///     normalize_url("https://www.LinkedIn.com/in/Jane-Doe/?trk=x"),
///     normalize_url("http://linkedin.com/in/jane-doe")
/// );
/// assert_eq!(
///     normalize_url("https://ca.linkedin.com/in/zo%C3%AB-m%C3%BCller/en"),
///     normalize_url("https://www.linkedin.com/in/zoë-müller")
/// );
/// ```
pub fn normalize_url(url: &str) -> String {
    let t = url.trim();
    // The scheme, then the query and fragment, before anything is decoded
    // (an encoded `%3F` is part of the slug, not a query).
    let t = ["https://", "http://"]
        .iter()
        .find_map(|p| strip_prefix_any_case(t, p))
        .unwrap_or(t);
    let t = t.split(['?', '#']).next().unwrap_or(t);
    // Percent-encoding: `zo%C3%AB-m%C3%BCller` is `zoë-müller`.
    // One Unicode form (a decomposed ü is the composed ü).
    let t: String = {
        use unicode_normalization::UnicodeNormalization;
        let lower = percent_decode(t).to_lowercase();
        if lower.is_ascii() {
            lower
        } else {
            lower.nfc().collect()
        }
    };
    let (host, path) = t.split_once('/').unwrap_or((&t, ""));
    // The default ports and a fully qualified trailing dot name the same host.
    let host = host
        .strip_suffix(":443")
        .or_else(|| host.strip_suffix(":80"))
        .unwrap_or(host);
    let host = host.strip_suffix('.').unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    // A country or mobile subdomain (`ca.`, `no.`, `m.`) is the same profile.
    let host = if host.ends_with(".linkedin.com") {
        "linkedin.com"
    } else {
        host
    };
    let path = path.trim_end_matches('/');
    // A LinkedIn profile shown in another language (`/in/slug/en`,
    // `/in/slug/pt-br`) is the same profile.
    let path = match (host, path.rsplit_once('/')) {
        ("linkedin.com", Some((profile, locale)))
            if profile.starts_with("in/")
                && !profile.get(3..).unwrap_or("").contains('/')
                && is_locale(locale) =>
        {
            profile
        }
        _ => path,
    };
    format!("{host}/{path}").trim_end_matches('/').to_string()
}

/// `en`, `de`, `pt-br`, `zh_cn`: a language, with a region or not.
fn is_locale(s: &str) -> bool {
    let (lang, region) = s.split_once(['-', '_']).unwrap_or((s, ""));
    lang.len() == 2
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && (region.is_empty()
            || (region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic())))
}

/// `s` without a leading `prefix` written in any case (`mailto:`, `tel:`,
/// `HTTPS://`), or `None` when it does not start with it.
pub(crate) fn strip_prefix_any_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|h| h.eq_ignore_ascii_case(prefix))
        .and_then(|_| s.get(prefix.len()..))
}

/// `%XX` escapes decoded; the text as it is when they do not decode to UTF-8.
fn percent_decode(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('%') {
        return std::borrow::Cow::Borrowed(s);
    }
    let hex = |c: Option<&u8>| c.and_then(|c| char::from(*c).to_digit(16));
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.as_bytes().iter().peekable();
    while let Some(&b) = bytes.next() {
        let mut ahead = bytes.clone();
        match (b, hex(ahead.next()), hex(ahead.next())) {
            (b'%', Some(h), Some(l)) => {
                out.extend(u8::try_from(h * 16 + l));
                bytes = ahead;
            }
            _ => out.push(b),
        }
    }
    String::from_utf8(out).map_or(std::borrow::Cow::Borrowed(s), std::borrow::Cow::Owned)
}

/// Whether `c` must never reach an output or a one-line field as it is: a
/// control character (C0, DEL, C1 — ESC sequences can recolour a terminal
/// or set its title) or a bidirectional formatting character (U+202A–E,
/// U+2066–9: they reorder how the text around them is shown). Line breaks
/// and tabs count only when `one_line`.
pub(crate) fn is_unsafe_char(c: char, one_line: bool) -> bool {
    match c {
        '\n' | '\r' | '\t' => one_line,
        // Bidirectional formatting and marks.
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}'
        // Invisible tag characters, and the noncharacters XML refuses.
        | '\u{e0000}'..='\u{e007f}'
        | '\u{fffe}'
        | '\u{ffff}' => true,
        c => c.is_control(),
    }
}

/// Text made safe to print on a terminal: every control character except
/// line breaks and tabs, and every bidirectional override, shown as a
/// visible escape (`\u{1b}`) instead of acting on the terminal. Front ends
/// pass everything they print through it; the library's exports clean
/// their own output.
///
/// ```
/// assert_eq!(inroads::display_safe("Ana\u{1b}[31m Ruiz"), "Ana\\u{1b}[31m Ruiz");
/// assert_eq!(inroads::display_safe("two\nlines"), "two\nlines");
/// assert_eq!(inroads::display_safe("over\rwrite"), "over\\u{d}write");
/// assert_eq!(inroads::display_safe("over\rwrite"), "over\\u{d}write");
/// ```
pub fn display_safe(s: &str) -> std::borrow::Cow<'_, str> {
    // A carriage return would let text overwrite the start of its line.
    let shown = |c: char| c == '\n' || c == '\t' || !(c == '\r' || is_unsafe_char(c, false));
    if s.chars().all(shown) {
        return std::borrow::Cow::Borrowed(s);
    }
    let s = s.replace("\r\n", "\n");
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if shown(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A whole number with thousands separators, as the report and the
/// examples print figures: `3379720` → `3,379,720`.
///
/// ```
/// assert_eq!(inroads::group_thousands(3_379_720), "3,379,720");
/// assert_eq!(inroads::group_thousands(950), "950");
/// ```
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Folds accents (é → e, ß → ss) and case.
pub(crate) fn fold_accents(s: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    // Plain ASCII has nothing to decompose (the common case, and the
    // hot path of every import).
    if s.is_ascii() {
        out.extend(s.chars().map(|c| {
            if c.is_ascii_alphanumeric() || c.is_whitespace() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        }));
        return out;
    }
    // Decompose (é → e + ´, ễ → e + ̂ + ̃; full-width Ａ → A, ﬁ → fi), drop
    // the marks; letters that do not decompose are spelled out.
    for ch in s.to_lowercase().nfkd() {
        match ch {
            c if is_combining_mark(c) => {}
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'ß' => out.push_str("ss"),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            'ı' => out.push('i'),
            c if c.is_alphanumeric() || c.is_whitespace() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// A company name folded for matching imports: case, accents, punctuation,
/// a leading "The" and legal suffixes (Inc, LLC, Ltd, GmbH, Corp …) do not
/// matter, so "Google LLC" finds "Google" and "The Acme Co." finds "Acme".
///
/// ```
/// assert_eq!(inroads::company_key("Google LLC"), inroads::company_key("google"));
/// assert_eq!(inroads::company_key("The Acme Co."), "acme");
/// assert_eq!(inroads::company_key("Northwind Financial, Inc."), "northwind financial");
/// ```
pub fn company_key(name: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "ag",
        "bv",
        "co",
        "company",
        "corp",
        "corporation",
        "gmbh",
        "inc",
        "incorporated",
        "limited",
        "llc",
        "llp",
        "lp",
        "ltd",
        "nv",
        "plc",
        "pty",
        "sa",
        "sarl",
        "srl",
    ];
    let folded = fold_accents(name);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words.first() == Some(&"the") {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| SUFFIXES.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

/// Whether a character belongs to a script whose names are written family
/// name first, without a space (Han, kana, Hangul).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005..=0x3007 // 々 〆 〇
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FA1F // CJK Extensions B–F and supplements
        | 0x30000..=0x3134F) // CJK Extension G
}

/// Whether a name is written in a script whose names go family name
/// first (every letter Han, kana or Hangul).
pub(crate) fn in_cjk_script(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(is_cjk)
}
