//! Text for people: plurals, and columns measured by what a terminal
//! shows (accents, emoji and CJK take their real width), cut with "…"
//! rather than broken.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// "1 contact", "2 contacts"; `word` is the singular, `plural` its plural.
pub fn count(n: usize, word: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {plural}")
    }
}

/// `text` in a column `width` wide: padded with spaces, or cut with "…".
pub fn col(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    if w <= width {
        return format!("{text}{}", " ".repeat(width - w));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let cw = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// A career field with its name ("19 Life, Physical, and Social Science"),
/// not a bare code.
pub fn field_label(code: inroads::FieldCode) -> String {
    match inroads::Catalog::builtin() {
        Ok(c) => c.field_label(code),
        Err(_) => code.to_string(),
    }
}
