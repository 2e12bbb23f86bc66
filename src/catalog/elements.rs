//! Matching a job seeker's skill names onto the catalogue's skills,
//! knowledge areas and technologies.
//!
//! Three tries, in order: the exact name (normalised by
//! [`normalize_skill`](crate::normalize_skill), aliases applied); a table of
//! everyday names for O\*NET's terms (`Teaching` → Instructing, `Public
//! speaking` → Speaking); and a close name, where every word of one name is
//! in the other (`History` → History and Archeology, `Excel` → Microsoft
//! Excel when the catalogue lists it). A skill that matches nothing is
//! reported by [`fit`](crate::fit()), never silently dropped.

use super::{Catalog, ElementKind};
use crate::skill::{normalize_skill, Skill};
use serde::Serialize;

/// Everyday names for O\*NET elements, as (normalised key, element name).
/// Sorted by key.
const SYNONYMS: &[(&str, &str)] = &[
    ("accounting", "Economics and Accounting"),
    ("art", "Fine Arts"),
    ("bookkeeping", "Economics and Accounting"),
    ("budgeting", "Management of Financial Resources"),
    ("classroom management", "Monitoring"),
    ("clerical", "Administrative"),
    ("coaching", "Instructing"),
    ("coding", "Programming"),
    ("counseling", "Therapy and Counseling"),
    ("counselling", "Therapy and Counseling"),
    ("curriculum design", "Education and Training"),
    ("curriculum development", "Education and Training"),
    ("customer service", "Customer and Personal Service"),
    ("decision making", "Judgment and Decision Making"),
    ("drawing", "Fine Arts"),
    ("empathy", "Social Perceptiveness"),
    ("finance", "Economics and Accounting"),
    ("financial management", "Management of Financial Resources"),
    ("human resources", "Personnel and Human Resources"),
    ("instructional design", "Education and Training"),
    ("leadership", "Management of Personnel Resources"),
    ("lecturing", "Instructing"),
    ("lesson planning", "Education and Training"),
    ("listening", "Active Listening"),
    ("management", "Administration and Management"),
    ("marketing", "Sales and Marketing"),
    ("math", "Mathematics"),
    ("maths", "Mathematics"),
    ("mentoring", "Instructing"),
    ("music", "Fine Arts"),
    ("negotiating", "Negotiation"),
    ("painting", "Fine Arts"),
    ("people management", "Management of Personnel Resources"),
    ("persuading", "Persuasion"),
    ("presentation skills", "Speaking"),
    ("presentations", "Speaking"),
    ("presenting", "Speaking"),
    ("problem solving", "Complex Problem Solving"),
    ("project management", "Administration and Management"),
    ("public speaking", "Speaking"),
    ("reading", "Reading Comprehension"),
    ("recruiting", "Personnel and Human Resources"),
    ("sales", "Sales and Marketing"),
    ("software development", "Programming"),
    ("software engineering", "Programming"),
    ("spanish", "Foreign Language"),
    ("statistics", "Mathematics"),
    ("supervision", "Management of Personnel Resources"),
    ("teaching", "Instructing"),
    ("team leadership", "Management of Personnel Resources"),
    ("training", "Education and Training"),
    ("translation", "Foreign Language"),
    ("tutoring", "Instructing"),
    ("writing skills", "Writing"),
];

/// How a skill was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum MatchHow {
    /// The same name.
    Exact,
    /// An everyday name for the catalogue's term.
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
}

/// The meaningful words of a name, normalised and lightly stemmed.
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut w: Vec<String> = normalize_skill(name)
        .split(' ')
        .filter(|t| !t.is_empty() && !is_stopword(t))
        .map(|t| stem(t).into_owned())
        .collect();
    w.sort();
    w.dedup();
    w
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
    /// assert!(catalog.match_skill(&Skill::new("Juggling")?).is_none());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn match_skill(&self, skill: &Skill) -> Option<ElementMatch> {
        let found = |element: crate::catalog::ElementId, how| {
            self.elements.get(element.index()).map(|e| ElementMatch {
                skill: skill.clone(),
                elements: self.elements_named(&e.name).to_vec(),
                element_name: e.name.clone(),
                kind: e.kind,
                how,
            })
        };
        if let Some(&i) = self.element_keys.get(skill.key()).and_then(|v| v.first()) {
            return found(i, MatchHow::Exact);
        }
        if let Ok(pos) = SYNONYMS.binary_search_by(|(k, _)| (*k).cmp(skill.key())) {
            if let Some(i) = SYNONYMS.get(pos).and_then(|(_, name)| self.element(name)) {
                return found(i, MatchHow::Synonym);
            }
        }
        let mine = words(skill.name());
        if mine.is_empty() {
            return None;
        }
        // Close: one name's words all within the other's, at least half shared.
        let mut best: Option<(f32, usize, usize)> = None; // (overlap, -len, index)
        for (i, theirs) in self.element_words.iter().enumerate() {
            if theirs.is_empty() {
                continue;
            }
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
        best.and_then(|(_, _, i)| found(crate::catalog::ElementId::from_index(i), MatchHow::Close))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_are_sorted_and_normalised() {
        for pair in SYNONYMS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?}", pair);
        }
        for (k, _) in SYNONYMS {
            assert_eq!(normalize_skill(k), *k);
        }
    }

    #[cfg(feature = "onet")]
    #[test]
    fn every_synonym_names_a_builtin_element() {
        let c = Catalog::builtin().unwrap();
        for (k, name) in SYNONYMS {
            assert!(
                c.element(name).is_some(),
                "{k} → {name} is not in the catalogue"
            );
        }
    }

    #[test]
    fn words_ignore_stopwords_and_plurals() {
        assert_eq!(words("History and Archeology"), ["archeology", "history"]);
        assert_eq!(words("Presentations"), ["presentation"]);
        assert_eq!(words("Business"), ["business"]);
    }
}
