//! Text rules every layer shares: which characters may not appear in a
//! name or a line (control and bidirectional formatting characters), how
//! to show untrusted text on a terminal, and profile-URL normalisation.
//! Layer 1: plain functions, no behaviour of their own.

/// Folds a profile URL for matching: scheme, `www.`, case, query, fragment
/// and trailing slashes do not matter.
///
/// ```
/// use inroads::normalize_url;
/// assert_eq!(
///     normalize_url("https://www.LinkedIn.com/in/Jane-Doe/?trk=x"),
///     normalize_url("http://linkedin.com/in/jane-doe")
/// );
/// ```
pub fn normalize_url(url: &str) -> String {
    let t = url.trim().to_lowercase();
    let t = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
        .unwrap_or(&t);
    let t = t.strip_prefix("www.").unwrap_or(t);
    let t = t.split(['?', '#']).next().unwrap_or(t);
    t.trim_end_matches('/').to_string()
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
