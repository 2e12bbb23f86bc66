//! Matching a job seeker's skill names onto the catalogue's skills,
//! knowledge areas and technologies.
//!
//! Three tries, in order: the exact name (normalised by
//! [`normalize_skill`](crate::normalize_skill), aliases applied); the
//! catalogue's vocabulary of everyday phrases (`data/vocabulary.csv` in the
//! built-in one: `Teaching` → Instructing, `EHR` → Epic Systems, `Nursing`
//! → Medicine and Dentistry, Service Orientation, Social Perceptiveness);
//! and a close name, where every word of one name is in the other
//! (`History` → History and Archeology). A skill that matches nothing is
//! reported by [`fit`](crate::fit()) with up to three "did you mean"
//! suggestions ([`Catalog::suggest_skills`]), never silently dropped.

use super::{Catalog, Element, ElementId, ElementKind};
use crate::error::{Error, Result};
use crate::hash::FastMap;
use crate::skill::{normalize_skill, Skill};
use serde::Serialize;

/// Everyday phrases and the catalogue elements they mean
/// (`CatalogTables::vocabulary`): "EHR" → Epic Systems, MEDITECH software.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// Normalised phrase → its elements, main meaning first.
    by_key: FastMap<String, Vec<ElementId>>,
    /// The phrases as written, for "did you mean".
    phrases: Vec<String>,
    /// Each phrase's meaningful words and its key, for close matching.
    words: Vec<(Vec<String>, String)>,
}

impl Vocabulary {
    pub(crate) fn parse(
        text: &str,
        elements: &[Element],
        keys: &std::collections::HashMap<String, Vec<ElementId>>,
    ) -> Result<Vocabulary> {
        let mut v = Vocabulary::default();
        super::for_rows(
            text,
            "vocabulary.csv",
            &["phrase", "element", "kind"],
            |line, r| {
                let at = || super::table_loc("vocabulary.csv", line);
                let phrase = Skill::new(super::col(r, 0)).map_err(|e| e.with_location(at()))?;
                let kind = match super::col(r, 2) {
                    "skill" => ElementKind::Skill,
                    "knowledge" => ElementKind::Knowledge,
                    "technology" => ElementKind::Technology,
                    other => {
                        return Err(Error::invalid(
                            "kind",
                            other,
                            "expected skill, knowledge or technology",
                        )
                        .with_location(at()))
                    }
                };
                let name = super::col(r, 1);
                let id = keys
                    .get(&normalize_skill(name))
                    .and_then(|ids| {
                        ids.iter()
                            .find(|i| elements.get(i.index()).is_some_and(|e| e.kind == kind))
                    })
                    .copied()
                    .ok_or_else(|| {
                        Error::not_found("catalogue element", format!("{name} ({kind})"))
                            .with_location(at())
                    })?;
                let ids = v.by_key.entry(phrase.key().to_string()).or_default();
                if ids.is_empty() {
                    v.phrases.push(phrase.name().to_string());
                    v.words
                        .push((words(phrase.name()), phrase.key().to_string()));
                }
                if ids.contains(&id) {
                    return Err(super::dup(
                        "vocabulary row",
                        &format!("{} → {name}", phrase.name()),
                        "vocabulary.csv",
                        line,
                    ));
                }
                ids.push(id);
                Ok(())
            },
        )?;
        Ok(v)
    }

    /// How many phrases.
    pub(crate) fn len(&self) -> usize {
        self.phrases.len()
    }
}

/// How a skill was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum MatchHow {
    /// The same name.
    Exact,
    /// An everyday phrase in the catalogue's vocabulary.
    Synonym,
    /// A close name: every word of one is in the other.
    Close,
}

/// A job seeker's skill matched to a catalogue element.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ElementMatch {
    /// The job seeker's skill, as they named it.
    pub skill: Skill,
    /// Indexes into [`Catalog::elements`]: the matched element, and any
    /// other of the same name and another kind (O\*NET's Mathematics is
    /// both a skill and a knowledge area).
    pub elements: Vec<crate::catalog::ElementId>,
    /// The element's name.
    pub element_name: String,
    /// The element's kind.
    pub kind: ElementKind,
    /// How it matched.
    pub how: MatchHow,
    /// Further elements the phrase means (the vocabulary's later rows), by
    /// name and kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<(String, ElementKind)>,
}

impl ElementMatch {
    /// Whether the catalogue read the skill as something other than its own
    /// name — an everyday phrase, a close name, a technology, or a name
    /// typed another way ("writing." → Writing): what a front end shows so
    /// a wrong reading can be corrected.
    pub fn read_differently(&self) -> bool {
        self.how != MatchHow::Exact
            || self.kind == ElementKind::Technology
            || !self.also.is_empty()
            || !self.skill.name().eq_ignore_ascii_case(&self.element_name)
    }
}

impl std::fmt::Display for ElementMatch {
    /// `SQL → Transact-SQL (technology)`, with any further elements after
    /// a comma.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} → {} ({})", self.skill, self.element_name, self.kind)?;
        for (name, kind) in &self.also {
            write!(f, ", {name} ({kind})")?;
        }
        Ok(())
    }
}

/// How far [`Catalog::match_skill`] reads a whole skill: a skill in
/// several parts is split before close names are tried, so "Payroll and
/// scheduling" is both, not only the close name "Payroll".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// The same name or a vocabulary phrase.
    Known,
    /// Those, then a close name or phrase.
    Close,
}

/// The meaningful words of a name, normalised and reduced to their roots
/// ([`root`]), so "Supervising" meets "Supervision" and "Scheduling"
/// meets "Schedule".
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut w: Vec<String> = normalize_skill(name)
        .split(' ')
        .filter(|t| !t.is_empty() && !is_stopword(t))
        .map(|t| root(&stem(t)))
        .collect();
    w.sort();
    w.dedup();
    w
}

/// A word's root for skill matching: the endings `-ing`, `-ion`, `-er`,
/// `-ed` and a final `e` taken off words long enough to keep three
/// letters, then a doubled final consonant made single ("planning" →
/// "plan", "staff" → "staf"). Applied alike to both sides of a
/// comparison, so only sameness matters, not the root's spelling. Title
/// matching keeps its own, lighter folding.
pub(crate) fn root(word: &str) -> String {
    let mut w = word;
    for suffix in ["ing", "ion", "er", "ed"] {
        if let Some(r) = w.strip_suffix(suffix) {
            if r.chars().count() >= 3 {
                w = r;
                break;
            }
        }
    }
    if let Some(r) = w.strip_suffix('e') {
        if r.chars().count() >= 3 {
            w = r;
        }
    }
    let mut out = w.to_string();
    let mut tail = out.chars().rev();
    if let (Some(a), Some(b)) = (tail.next(), tail.next()) {
        if a == b && a.is_ascii_alphabetic() && !"aeiouls".contains(a) {
            out.pop();
        }
    }
    out
}

/// Words that carry no meaning when comparing names.
pub(crate) fn is_stopword(word: &str) -> bool {
    matches!(
        word,
        "a" | "an" | "and" | "for" | "in" | "of" | "on" | "or" | "the" | "to" | "with"
    )
}

/// Strips a plural `s` ("managers" → "manager", but "business" stays).
pub(crate) fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        std::borrow::Cow::Borrowed(word.get(..word.len() - 1).unwrap_or(word))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

impl Catalog {
    /// Matches one of the job seeker's skills to a catalogue element.
    ///
    /// In order: the same name ([`MatchHow::Exact`]); a vocabulary phrase
    /// ([`MatchHow::Synonym`]); a skill in several parts ("Coaching and
    /// mentoring staff", split at "and", commas, slashes, `&`, `;`, `+`),
    /// each part matched on its own and their elements joined; a close
    /// name or phrase, every word (by its root: "Supervising" and
    /// "Supervision" meet) of one within the other and at least half
    /// shared (the last two [`MatchHow::Close`]).
    ///
    /// # Returns
    /// The match and how it was made, or `None` when nothing fits.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// use inroads::{Catalog, MatchHow, Skill};
    /// let catalog = Catalog::builtin()?;
    /// let m = catalog.match_skill(&Skill::new("Public speaking")?).unwrap();
    /// assert_eq!((m.element_name.as_str(), m.how), ("Speaking", MatchHow::Synonym));
    /// let m = catalog.match_skill(&Skill::new("history")?).unwrap();
    /// assert_eq!((m.element_name.as_str(), m.how), ("History and Archeology", MatchHow::Close));
    /// let m = catalog.match_skill(&Skill::new("Coaching and mentoring staff")?).unwrap();
    /// assert_eq!((m.element_name.as_str(), m.how), ("Instructing", MatchHow::Close));
    /// assert!(catalog.match_skill(&Skill::new("Juggling")?).is_none());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn match_skill(&self, skill: &Skill) -> Option<ElementMatch> {
        self.match_whole(skill, Reading::Known)
            .or_else(|| self.match_parts(skill))
            .or_else(|| self.match_whole(skill, Reading::Close))
    }

    /// A skill written as several ("Coaching and mentoring staff", "Crew
    /// scheduling / dispatch"): each part matched on its own, the first
    /// part that matches giving the element and the others' elements
    /// added to it. At most four parts; `None` when none matches.
    fn match_parts(&self, skill: &Skill) -> Option<ElementMatch> {
        let name = skill.name();
        let parts: Vec<&str> = name
            .split([',', '/', '&', ';', '+'])
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() < 2 || parts.len() > 4 {
            return None;
        }
        let mut found: Option<ElementMatch> = None;
        for part in parts {
            let Some(m) = Skill::new(part)
                .ok()
                .and_then(|p| self.match_whole(&p, Reading::Close))
            else {
                continue;
            };
            match &mut found {
                None => {
                    found = Some(ElementMatch {
                        skill: skill.clone(),
                        how: MatchHow::Close,
                        ..m
                    })
                }
                Some(f) => {
                    for e in m.elements {
                        let Some(x) = self.elements.get(e.index()) else {
                            continue;
                        };
                        if f.elements.contains(&e) {
                            continue;
                        }
                        f.elements.push(e);
                        // Mathematics, a skill and a knowledge area, is
                        // named once.
                        let named =
                            f.element_name == x.name || f.also.iter().any(|(n, _)| *n == x.name);
                        if !named {
                            f.also.push((x.name.clone(), x.kind));
                        }
                    }
                }
            }
        }
        found
    }

    /// [`Catalog::match_skill`] for a skill taken whole: by name and
    /// vocabulary, and with [`Reading::Close`] by close name too.
    fn match_whole(&self, skill: &Skill, reading: Reading) -> Option<ElementMatch> {
        let found = |element: ElementId, how, more: &[ElementId]| {
            self.elements.get(element.index()).map(|e| {
                let mut elements = self.elements_named(&e.name).to_vec();
                let mut also = Vec::new();
                for m in more {
                    if elements.contains(m) {
                        continue;
                    }
                    if let Some(x) = self.elements.get(m.index()) {
                        also.push((x.name.clone(), x.kind));
                        elements.push(*m);
                    }
                }
                ElementMatch {
                    skill: skill.clone(),
                    elements,
                    element_name: e.name.clone(),
                    kind: e.kind,
                    how,
                    also,
                }
            })
        };
        if let Some(&i) = self.element_keys.get(skill.key()).and_then(|v| v.first()) {
            return found(i, MatchHow::Exact, &[]);
        }
        if let Some((first, more)) = self
            .vocabulary
            .by_key
            .get(skill.key())
            .and_then(|v| v.split_first())
        {
            return found(*first, MatchHow::Synonym, more);
        }
        let mine = words(skill.name());
        if mine.is_empty() || reading == Reading::Known {
            return None;
        }
        // Close: one name's words all within the other's, at least half
        // shared — over element names first, then vocabulary phrases (so
        // "taking vital signs" finds the phrase "vital signs").
        let mut best: Option<(f32, usize, usize)> = None; // (overlap, len, candidate)
                                                          // Only names sharing a word can be close: those, in catalogue order.
        let index = self.close_index.get_or_init(|| {
            let mut postings: crate::hash::FastMap<String, Vec<u32>> = Default::default();
            let all = self
                .element_words
                .iter()
                .chain(self.vocabulary.words.iter().map(|(w, _)| w));
            for (i, theirs) in all.enumerate() {
                for w in theirs {
                    postings
                        .entry(w.clone())
                        .or_default()
                        .push(u32::try_from(i).unwrap_or(u32::MAX));
                }
            }
            postings
        });
        let mut ids: Vec<u32> = mine
            .iter()
            .filter_map(|w| index.get(w))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for i in ids.into_iter().map(|i| i as usize) {
            let theirs = match i.checked_sub(self.element_words.len()) {
                None => self.element_words.get(i),
                Some(v) => self.vocabulary.words.get(v).map(|(w, _)| w),
            };
            let Some(theirs) = theirs.filter(|t| !t.is_empty()) else {
                continue;
            };
            let shared = mine.iter().filter(|w| theirs.contains(w)).count();
            let contained = shared == mine.len() || shared == theirs.len();
            let union = mine.len() + theirs.len() - shared;
            let jaccard = shared as f32 / union as f32;
            if shared == 0 || !contained || jaccard < 0.5 {
                continue;
            }
            let better = match best {
                None => true,
                Some((j, len, _)) => jaccard > j || (jaccard == j && theirs.len() < len),
            };
            if better {
                best = Some((jaccard, theirs.len(), i));
            }
        }
        let (_, _, i) = best?;
        match i.checked_sub(self.element_words.len()) {
            None => found(ElementId::from_index(i), MatchHow::Close, &[]),
            Some(v) => {
                let (_, key) = self.vocabulary.words.get(v)?;
                let (first, more) = self.vocabulary.by_key.get(key)?.split_first()?;
                found(*first, MatchHow::Close, more)
            }
        }
    }

    /// Up to `limit` names close in spelling to a skill that matched
    /// nothing: the catalogue's element names and vocabulary phrases,
    /// closest first ("did you mean").
    ///
    /// Closeness is the overlap of the two names' three-letter pieces
    /// (Dice's coefficient on character trigrams of the normalised names),
    /// so typos, plurals and word order cost little; names sharing less than
    /// half (a coefficient below 0.5) are never suggested.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// use inroads::{Catalog, Skill};
    /// let catalog = Catalog::builtin()?;
    /// let s = catalog.suggest_skills(&Skill::new("Custmer servise")?, 3);
    /// assert_eq!(s.first().map(String::as_str), Some("Customer service"));
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    ///
    /// # Complexity
    /// O(elements + phrases) trigram comparisons: about a millisecond on
    /// the built-in catalogue.
    pub fn suggest_skills(&self, skill: &Skill, limit: usize) -> Vec<String> {
        let mine = trigrams(skill.key());
        if mine.is_empty() || limit == 0 {
            return Vec::new();
        }
        let index = self.suggestion_index.get_or_init(|| {
            let names: Vec<(usize, String)> = self
                .elements
                .iter()
                .map(|e| e.name.as_str())
                .chain(self.vocabulary.phrases.iter().map(String::as_str))
                .map(|name| (trigrams(&normalize_skill(name)).len(), name.to_string()))
                .collect();
            let mut postings: crate::hash::FastMap<[char; 3], Vec<u32>> = Default::default();
            for (i, (_, name)) in names.iter().enumerate() {
                for t in trigrams(&normalize_skill(name)) {
                    postings
                        .entry(t)
                        .or_default()
                        .push(u32::try_from(i).unwrap_or(u32::MAX));
                }
            }
            SuggestionIndex { names, postings }
        });
        // Trigrams shared with each name that has any.
        let mut shared: crate::hash::FastMap<u32, u32> = Default::default();
        for t in &mine {
            for &i in index.postings.get(t).map_or(&[][..], Vec::as_slice) {
                *shared.entry(i).or_default() += 1;
            }
        }
        let mut scored: Vec<(f32, &str)> = shared
            .into_iter()
            .filter_map(|(i, shared)| {
                let (theirs, name) = index.names.get(i as usize)?;
                let dice = 2.0 * shared as f32 / (mine.len() + theirs) as f32;
                (dice >= MIN_SUGGESTION).then_some((dice, name.as_str()))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, name) in scored {
            if out.len() >= limit {
                break;
            }
            if !out
                .iter()
                .any(|o| normalize_skill(o) == normalize_skill(name))
            {
                out.push(name.to_string());
            }
        }
        out
    }

    /// How many everyday phrases the catalogue's vocabulary maps.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }
}

/// The least closeness [`Catalog::suggest_skills`] suggests.
const MIN_SUGGESTION: f32 = 0.5;

/// Every name "did you mean" may suggest, with its trigrams.
/// Every element name and vocabulary phrase with its number of trigrams,
/// and each trigram's names.
#[derive(Debug, Default)]
pub(crate) struct SuggestionIndex {
    names: Vec<(usize, String)>,
    postings: crate::hash::FastMap<[char; 3], Vec<u32>>,
}

/// A name's character trigrams (padded with a space at each end), sorted
/// and without repeats.
fn trigrams(key: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(key.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut t: Vec<[char; 3]> = chars
        .windows(3)
        .filter_map(|w| <[char; 3]>::try_from(w).ok())
        .collect();
    t.sort_unstable();
    t.dedup();
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_stopwords_and_plurals() {
        assert_eq!(words("History and Archeology"), ["archeology", "history"]);
        assert_eq!(words("Presentations"), words("Presentation"));
        assert_eq!(words("Business"), ["business"]);
    }

    #[test]
    fn roots_meet_across_endings() {
        for (a, b) in [
            ("Supervising", "Supervision"),
            ("Scheduling", "Schedule"),
            ("Planning", "Plan"),
            ("Nursing", "Nurse"),
            ("Estimating", "Estimation"),
            ("Staffing", "Staff"),
            ("Licensed", "License"),
        ] {
            assert_eq!(words(a), words(b), "{a} / {b}");
        }
        // Short words keep their endings.
        assert_ne!(words("Sing"), words("S"));
        assert_eq!(root("red"), "red");
    }
}
