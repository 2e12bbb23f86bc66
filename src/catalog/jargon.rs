//! Résumé jargon read out in plain words: "qPCR" is a "quantitative
//! polymerase chain reaction", "AP/AR" are "accounts payable" and
//! "accounts receivable" — the words O\*NET's own text uses, so a phrase
//! in a trade's shorthand finds the tasks, tools and titles it means.

use crate::hash::FastMap;

/// Jargon terms by their first word.
#[derive(Debug, Default)]
pub(crate) struct Jargon {
    /// First word → terms that start with it.
    by_first: FastMap<String, Vec<Term>>,
    len: usize,
}

/// One term of the table.
#[derive(Debug)]
struct Term {
    /// Its words, normalised.
    words: Vec<String>,
    /// What it means.
    means: String,
    /// Whether it is a short acronym written in capitals ("POS", "ER",
    /// "AP/AR": no word longer than three letters): it then matches only
    /// words written in capitals too, so "POs" (purchase orders) is not
    /// read as a point-of-sale system nor "er" as an emergency room. A
    /// plural's "s" may be small ("ABGs"). Longer acronyms are words of
    /// their own, written either way ("hazmat", "HAZMAT").
    capitals: bool,
}

/// Whether `term` is a short acronym written in capitals: two or more,
/// no small letter, no word longer than three letters.
fn in_capitals(term: &str) -> bool {
    term.chars().filter(|c| c.is_uppercase()).count() >= 2
        && !term.chars().any(char::is_lowercase)
        && term
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.chars().count() <= 3)
}

/// The words of `text` as [`words`] splits them, their case kept; `None`
/// where the two splits disagree (a letter whose small form is several).
fn cased_words(text: &str, normalised: &[String]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        if ch == '&' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            // "&" is read as "and"; within a term in capitals ("P&L") it
            // is written as the term is.
            out.push("AND".to_string());
        } else if ch.is_alphanumeric() || ch == '+' || ch == '#' {
            cur.push(ch);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    let same = out.len() == normalised.len()
        && out
            .iter()
            .zip(normalised)
            .all(|(a, b)| a.to_lowercase() == *b || (a == "AND" && b == "and"));
    same.then_some(out)
}

/// Whether a word as written fits a term word written in capitals: no
/// small letter, but for the last "s" of a `plural`.
fn written_in_capitals(word: &str, plural: bool) -> bool {
    let body = if plural {
        word.strip_suffix(['s', 'S']).unwrap_or(word)
    } else {
        word
    };
    !body.chars().any(char::is_lowercase)
}

fn words(text: &str) -> Vec<String> {
    let mut buf = String::new();
    crate::skill::normalize_into(text, &mut buf);
    buf.split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl Jargon {
    /// Parses `term,means` rows.
    pub(crate) fn parse(text: &str) -> crate::Result<Jargon> {
        let mut j = Jargon::default();
        super::for_rows(text, "jargon.csv", &["term", "means"], |line, r| {
            let term = words(super::col(r, 0));
            let means = super::col(r, 1);
            let at = || super::table_loc("jargon.csv", line);
            let Some(first) = term.first().cloned() else {
                return Err(
                    crate::Error::invalid("term", super::col(r, 0), "a term has words")
                        .with_location(at()),
                );
            };
            if words(means).is_empty() {
                return Err(crate::Error::invalid(
                    "means",
                    means,
                    "say what the term means, in words",
                )
                .with_location(at()));
            }
            if j.by_first
                .get(&first)
                .is_some_and(|list| list.iter().any(|t| t.words == term))
            {
                return Err(super::dup(
                    "jargon term",
                    super::col(r, 0),
                    "jargon.csv",
                    line,
                ));
            }
            j.by_first.entry(first).or_default().push(Term {
                words: term,
                means: means.to_string(),
                capitals: in_capitals(super::col(r, 0)),
            });
            j.len += 1;
            Ok(())
        })?;
        // Longer terms first, so "western blot" is tried before "western".
        for list in j.by_first.values_mut() {
            list.sort_by(|a, b| {
                b.words
                    .len()
                    .cmp(&a.words.len())
                    .then(a.words.cmp(&b.words))
            });
        }
        Ok(j)
    }

    /// How many terms it has.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// `text` with what each jargon term in it means appended, or `None`
    /// when it holds none. A term matches whole words, a plural `s` on
    /// its last word allowed ("ABGs").
    pub(crate) fn expand(&self, text: &str) -> Option<Expansion> {
        if self.by_first.is_empty() {
            return None;
        }
        let w = words(text);
        let cased = cased_words(text, &w);
        let mut out = String::new();
        let mut terms = String::new();
        let mut i = 0;
        while let Some(first) = w.get(i) {
            let key = first.strip_suffix('s').filter(|k| !k.is_empty());
            let candidates = self
                .by_first
                .get(first)
                .into_iter()
                .chain(key.and_then(|k| self.by_first.get(k)))
                .flatten();
            let mut step = 1;
            for term in candidates {
                let n = term.words.len();
                let matches = term.words.iter().enumerate().all(|(k, t)| {
                    let Some(x) = w.get(i + k) else {
                        return false;
                    };
                    // A plural's "s", but not after one letter: "Title I"
                    // is not in "my job title is".
                    let plural = k + 1 == n
                        && t.chars().nth(1).is_some()
                        && x.strip_suffix('s') == Some(t.as_str());
                    if *x != *t && !plural {
                        return false;
                    }
                    // Written as the term is: in capitals where it is.
                    !term.capitals
                        || cased
                            .as_ref()
                            .and_then(|c| c.get(i + k))
                            .is_none_or(|c| written_in_capitals(c, plural))
                });
                if matches {
                    out.push(' ');
                    out.push_str(&term.means);
                    for x in w.iter().skip(i).take(n) {
                        terms.push(' ');
                        terms.push_str(x);
                    }
                    step = n;
                    break;
                }
            }
            i += step;
        }
        (!out.is_empty()).then(|| Expansion {
            text: format!("{text}{out}"),
            terms,
        })
    }
}

/// A phrase with its jargon read out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Expansion {
    /// The phrase, what its terms mean appended.
    pub(crate) text: String,
    /// The words of the terms it holds, as written: they are read (by
    /// their meaning) even where no occupation's text holds them.
    pub(crate) terms: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Jargon {
        Jargon::parse(
            "term,means\nPOS,point of sale\nPO,purchase order\nABG,arterial blood gas\n\
             ER,emergency room\nqPCR,polymerase chain reaction\nHAZMAT,hazardous materials\n\
             P&L,profit and loss\nTitle I,federal school funding\n",
        )
        .unwrap()
    }

    fn read(text: &str) -> String {
        table().expand(text).map(|e| e.text).unwrap_or_default()
    }

    /// A term written in capitals matches words written in capitals only:
    /// "POs" are purchase orders, not a point-of-sale system.
    #[test]
    fn a_term_in_capitals_matches_capitals() {
        assert_eq!(read("expedited POs"), "expedited POs purchase order");
        assert_eq!(read("POS terminals"), "POS terminals point of sale");
        assert_eq!(read("drew ABGs"), "drew ABGs arterial blood gas");
        assert_eq!(read("ER nurse"), "ER nurse emergency room");
        assert_eq!(read("an er of sorts"), "");
        assert_eq!(read("pos"), "");
        // "&" inside a term in capitals is written as the term is.
        assert_eq!(read("owned the P&L"), "owned the P&L profit and loss");
        // No plural "s" after a one-letter word.
        assert_eq!(read("my job title is analyst"), "");
        assert_eq!(
            read("Title I schools"),
            "Title I schools federal school funding"
        );
        // A longer acronym is a word of its own, written either way.
        assert_eq!(read("hazmat loads"), "hazmat loads hazardous materials");
    }

    /// A term written with small letters matches however it is written.
    #[test]
    fn a_term_in_small_letters_matches_any_case() {
        assert_eq!(read("QPCR"), "QPCR polymerase chain reaction");
        assert_eq!(read("qpcr assays"), "qpcr assays polymerase chain reaction");
        let e = table().expand("ran qPCR & ABGs").unwrap();
        assert_eq!(e.terms, " qpcr abgs");
    }
}
