//! Skill names and ratings.
//!
//! The same skill typed two ways is one skill: [`Skill`] compares by a
//! normalised key (case, whitespace, punctuation and `&`/`and` folded) after
//! applying a small alias table (`JS` → JavaScript, `MS Excel` → Microsoft
//! Excel, `PM` → Project Management, …). The profile, industries, fit ranking
//! and importers all go through this one function, [`normalize_skill`].

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// Common abbreviations and spellings, as (normalised key, canonical name).
/// Kept sorted by key; [`alias`] binary-searches it.
const ALIASES: &[(&str, &str)] = &[
    ("adobe ps", "Adobe Photoshop"),
    ("ai", "Artificial Intelligence"),
    ("cpp", "C++"),
    ("crm", "Customer Relationship Management"),
    ("csharp", "C#"),
    ("excel", "Microsoft Excel"),
    ("golang", "Go"),
    ("gsuite", "Google Workspace"),
    ("hr", "Human Resources"),
    ("js", "JavaScript"),
    ("k8s", "Kubernetes"),
    ("l and d", "Learning and Development"),
    ("ml", "Machine Learning"),
    ("ms access", "Microsoft Access"),
    ("ms excel", "Microsoft Excel"),
    ("ms office", "Microsoft Office"),
    ("ms outlook", "Microsoft Outlook"),
    ("ms powerpoint", "Microsoft PowerPoint"),
    ("ms project", "Microsoft Project"),
    ("ms word", "Microsoft Word"),
    ("pm", "Project Management"),
    ("postgres", "PostgreSQL"),
    ("powerpoint", "Microsoft PowerPoint"),
    ("ppt", "Microsoft PowerPoint"),
    ("ps", "Adobe Photoshop"),
    ("py", "Python"),
    ("qa", "Quality Assurance"),
    ("seo", "Search Engine Optimization"),
    ("ts", "TypeScript"),
    ("ui", "User Interface Design"),
    ("ux", "User Experience Design"),
];

/// The longest skill name accepted, in characters.
pub const MAX_SKILL_NAME: usize = 200;

/// Folds a skill name to its comparison key: lower case, `&` read as `and`,
/// punctuation other than `+` and `#` read as a space, runs of spaces as one.
///
/// ```
/// use inroads::normalize_skill;
/// assert_eq!(normalize_skill("  Research & Writing!"), "research and writing");
/// assert_eq!(normalize_skill("C++"), "c++");
/// ```
pub fn normalize_skill(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    normalize_into(name, &mut out);
    out
}

/// As [`normalize_skill`], appending to `out` (for callers that reuse a buffer).
pub(crate) fn normalize_into(name: &str, out: &mut String) {
    if name.is_ascii() {
        return normalize_ascii_into(name, out);
    }
    let start = out.len();
    // A separator is written lazily, so runs of them become one space and
    // none leads or trails.
    let mut gap = false;
    let word = |out: &mut String, gap: &mut bool, text: &str| {
        if *gap && out.len() > start {
            out.push(' ');
        }
        *gap = false;
        out.push_str(text);
    };
    for ch in name.chars() {
        if ch == '&' {
            gap = true;
            word(out, &mut gap, "and");
            gap = true;
        } else if ch.is_ascii_alphanumeric() || ch == '+' || ch == '#' {
            let mut buf = [0u8; 4];
            word(out, &mut gap, ch.to_ascii_lowercase().encode_utf8(&mut buf));
        } else if ch.is_alphanumeric() {
            for lower in ch.to_lowercase() {
                let mut buf = [0u8; 4];
                word(out, &mut gap, lower.encode_utf8(&mut buf));
            }
        } else {
            gap = true;
        }
    }
}

/// The ASCII fast path of [`normalize_into`]: the same result, byte by byte.
fn normalize_ascii_into(name: &str, out: &mut String) {
    let start = out.len();
    let mut gap = false;
    for b in name.bytes() {
        let keep = b.is_ascii_alphanumeric() || b == b'+' || b == b'#';
        if keep || b == b'&' {
            if (gap || b == b'&') && out.len() > start {
                out.push(' ');
            }
            gap = b == b'&';
            if keep {
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                out.push_str("and");
            }
        } else {
            gap = true;
        }
    }
}

/// The canonical name for a normalised key, when the key is a known alias.
fn alias(key: &str) -> Option<&'static str> {
    ALIASES
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .and_then(|i| ALIASES.get(i))
        .map(|(_, v)| *v)
}

/// A skill name. Two `Skill`s are equal when their normalised keys are equal,
/// so `"Project management"`, `"project-management"` and `"PM"` are one skill.
///
/// ```
/// use inroads::Skill;
/// let a = Skill::new("MS Excel").unwrap();
/// let b = Skill::new("microsoft   excel").unwrap();
/// assert_eq!(a, b);
/// assert_eq!(a.name(), "Microsoft Excel");
/// assert!(Skill::new("  ").is_err());
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "String", into = "String")]
pub struct Skill {
    name: String,
    key: String,
}

impl Skill {
    /// Makes a skill from a name as a person typed it.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) when the
    /// name has no letters or digits, or is longer than [`MAX_SKILL_NAME`].
    pub fn new(name: &str) -> Result<Skill> {
        if name.chars().count() > MAX_SKILL_NAME {
            return Err(Error::invalid(
                "skill",
                truncate_for_message(name),
                format!("longer than {MAX_SKILL_NAME} characters"),
            ));
        }
        if let Some(c) = name
            .chars()
            .find(|c| crate::text::is_unsafe_char(*c, false))
        {
            return Err(Error::invalid(
                "skill",
                crate::text::display_safe(&truncate_for_message(name)).into_owned(),
                format!(
                    "contains the character U+{:04X}, which cannot belong in it",
                    c as u32
                ),
            ));
        }
        let key = normalize_skill(name);
        if key.is_empty() {
            return Err(Error::invalid(
                "skill",
                name,
                "a skill needs at least one letter or digit",
            ));
        }
        if let Some(canonical) = alias(&key) {
            return Ok(Skill {
                name: canonical.to_string(),
                key: normalize_skill(canonical),
            });
        }
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(Skill { name, key })
    }

    /// The display name: the canonical name of an alias, otherwise the name
    /// as given with its spacing tidied.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The normalised key that equality, ordering and hashing use.
    pub fn key(&self) -> &str {
        &self.key
    }
}

pub(crate) fn truncate_for_message(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

impl PartialEq for Skill {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Skill {}
impl Hash for Skill {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}
impl PartialOrd for Skill {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Skill {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}
impl fmt::Display for Skill {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}
impl TryFrom<String> for Skill {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Skill::new(&s)
    }
}
impl From<Skill> for String {
    fn from(s: Skill) -> String {
        s.name
    }
}

/// A rating from 1 (least) to 5 (most): how good the job seeker is at a
/// skill, or how much they enjoy using it.
///
/// ```
/// use inroads::Rating;
/// assert_eq!(Rating::new(4).unwrap().get(), 4);
/// assert!(Rating::new(0).is_err());
/// assert!(Rating::new(6).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    /// The lowest rating.
    pub const MIN: Rating = Rating(1);
    /// The middle rating.
    pub const MID: Rating = Rating(3);
    /// The highest rating.
    pub const MAX: Rating = Rating(5);

    /// Makes a rating.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) outside 1–5.
    pub fn new(n: u8) -> Result<Rating> {
        if (1..=5).contains(&n) {
            Ok(Rating(n))
        } else {
            Err(Error::invalid(
                "rating",
                n.to_string(),
                "must be from 1 to 5",
            ))
        }
    }

    /// The rating as a number from 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = Error;
    fn try_from(n: u8) -> Result<Self> {
        Rating::new(n)
    }
}
impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}
impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_sorted_and_normalised() {
        for pair in ALIASES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
        for (k, v) in ALIASES {
            assert_eq!(normalize_skill(k), *k, "alias key {k:?} must be normalised");
            assert!(Skill::new(v).is_ok());
        }
    }

    #[test]
    fn same_skill_typed_differently() {
        let same = [
            "Project Management",
            "project management",
            " project-management ",
            "PM",
            "Project\tManagement",
        ];
        let first = Skill::new(same[0]).unwrap();
        for s in &same[1..] {
            assert_eq!(Skill::new(s).unwrap(), first, "{s:?}");
        }
        assert_eq!(
            Skill::new("Research & Writing").unwrap(),
            Skill::new("research and writing").unwrap()
        );
        assert_eq!(Skill::new("JS").unwrap().name(), "JavaScript");
        assert_ne!(Skill::new("C++").unwrap(), Skill::new("C#").unwrap());
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_general_path() {
        for s in [
            "  A&B  ",
            "&x",
            "x&",
            "a & & b",
            "C++ / C#",
            "Sr. Dir, L&D",
            "--",
            "",
            "x&&y",
        ] {
            let mut general = String::new();
            // The general path, forced by a non-ASCII suffix that folds to nothing.
            normalize_into(&format!("{s}\u{2014}"), &mut general);
            let mut fast = String::new();
            normalize_ascii_into(s, &mut fast);
            assert_eq!(fast, general, "{s:?}");
        }
    }

    #[test]
    fn unicode_names_fold_case() {
        assert_eq!(
            Skill::new("ÉDITION").unwrap(),
            Skill::new("édition").unwrap()
        );
    }

    #[test]
    fn bad_names_are_refused() {
        assert!(Skill::new("").is_err());
        assert!(Skill::new("--- ").is_err());
        assert!(Skill::new(&"x".repeat(MAX_SKILL_NAME + 1)).is_err());
    }
}
