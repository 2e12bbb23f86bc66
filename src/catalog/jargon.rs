//! Résumé jargon read out in plain words: "qPCR" is a "quantitative
//! polymerase chain reaction", "AP/AR" are "accounts payable" and
//! "accounts receivable" — the words O\*NET's own text uses, so a phrase
//! in a trade's shorthand finds the tasks, tools and titles it means.

use crate::hash::FastMap;

/// Jargon terms by their first word.
#[derive(Debug, Default)]
pub(crate) struct Jargon {
    /// First word → (the term's words, what it means).
    by_first: FastMap<String, Vec<(Vec<String>, String)>>,
    len: usize,
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
                .is_some_and(|list| list.iter().any(|(t, _)| *t == term))
            {
                return Err(super::dup(
                    "jargon term",
                    super::col(r, 0),
                    "jargon.csv",
                    line,
                ));
            }
            j.by_first
                .entry(first)
                .or_default()
                .push((term, means.to_string()));
            j.len += 1;
            Ok(())
        })?;
        // Longer terms first, so "western blot" is tried before "western".
        for list in j.by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
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
            for (term, means) in candidates {
                let n = term.len();
                let matches = term.iter().enumerate().all(|(k, t)| {
                    w.get(i + k).is_some_and(|x| {
                        x == t || (k + 1 == n && x.strip_suffix('s') == Some(t.as_str()))
                    })
                });
                if matches {
                    out.push(' ');
                    out.push_str(means);
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
