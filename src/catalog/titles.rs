//! Job title → occupation: "Sr. Director, Learning & Development" to the
//! occupations people with that title hold.
//!
//! Every occupation's title and its alternate titles are indexed by word.
//! A query is folded the same way — case, punctuation, `&`/`and`, plurals,
//! common abbreviations (Sr, Mgr, VP, Dir, …) — and compared with each
//! indexed title sharing a word by weighted Jaccard similarity: the summed
//! rarity (inverse document frequency) of the shared words over that of all
//! words in either. Word order does not matter. An occupation's confidence
//! is that of its best-matching title.

use super::elements::{is_stopword, stem};
use super::{Catalog, FieldCode, Occupation};
use crate::hash::FastMap;
use serde::Serialize;

/// The expansion of an abbreviation common in job titles (`sr` → senior).
fn abbreviation(word: &str) -> Option<&'static str> {
    Some(match word {
        "acct" => "accountant",
        "admin" => "administrator",
        "assoc" => "associate",
        "asst" => "assistant",
        "avp" => "assistant vice president",
        "ceo" => "chief executive officer",
        "cfo" => "chief financial officer",
        "cio" => "chief information officer",
        "cmo" => "chief marketing officer",
        "cna" => "certified nursing assistant",
        "coo" => "chief operating officer",
        "coord" => "coordinator",
        "cto" => "chief technology officer",
        "dev" => "developer",
        "dir" => "director",
        "eng" => "engineer",
        "engr" => "engineer",
        "evp" => "executive vice president",
        "exec" => "executive",
        "hr" => "human resources",
        "jr" => "junior",
        "lpn" => "licensed practical nurse",
        "mgmt" => "management",
        "mgr" => "manager",
        "mktg" => "marketing",
        "mngr" => "manager",
        "ops" => "operations",
        "pm" => "project manager",
        "prof" => "professor",
        "qa" => "quality assurance",
        "rep" => "representative",
        "rn" => "registered nurse",
        "snr" => "senior",
        "spec" => "specialist",
        "sr" => "senior",
        "supv" => "supervisor",
        "svp" => "senior vice president",
        "sw" => "software",
        "tech" => "technician",
        "vp" => "vice president",
        _ => return None,
    })
}

/// Words that say how senior a job is rather than what it is; they count
/// [`LEVEL_WEIGHT`] as much, so "VP People Ops" finds human-resources
/// occupations rather than any vice-president.
fn is_level_word(word: &str) -> bool {
    matches!(
        word,
        "senior" | "junior" | "vice" | "president" | "lead" | "head" | "principal" | "chief"
    )
}

/// How much a level word counts, relative to other words of its rarity.
const LEVEL_WEIGHT: f32 = 0.5;

/// The smallest confidence reported; weaker matches are noise.
pub const MIN_TITLE_CONFIDENCE: f32 = 0.2;

/// The least confidence at which a title is taken to name its best
/// candidate: an imported contact's field is derived from its title only
/// at or above it, and below it a front end says there is no good match.
pub const GOOD_TITLE_CONFIDENCE: f32 = 0.35;

/// The share of a title's ranking that the occupations' own text carries
/// (BM25 over their titles, and over their tasks at
/// [`TITLE_TASK_WEIGHT`]); the rest is the closest single title.
const TITLE_TEXT_SHARE: f32 = 0.5;

/// How much the tasks and work activities count beside the titles when a
/// job title is searched in the occupations' text: the surrounding words
/// ("Field Application Scientist" does the work of sales engineers).
const TITLE_TASK_WEIGHT: f32 = 0.3;

/// A title whose closest single title is this alike counts as fully
/// matched; below it, confidence shrinks in proportion.
const TITLE_FULL_MATCH: f32 = 0.5;

/// A likely occupation for a job title.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TitleCandidate {
    /// The occupation's code.
    pub code: crate::catalog::OccupationCode,
    /// The occupation's title.
    pub occupation: String,
    /// Its field.
    pub field: FieldCode,
    /// The field's name.
    pub field_name: String,
    /// The indexed title that matched best.
    pub matched_title: String,
    /// How sure the match is, 0–1 (1: the same words).
    pub confidence: f32,
}

#[derive(Debug, Default)]
pub(crate) struct TitleIndex {
    /// Every occupation's title words as one document, for
    /// [`Catalog::related_occupations`] and the relatedness step of `fit`.
    pub(crate) vectors: TitleVectors,
    vocabulary: FastMap<String, u32>,
    /// Per word: its rarity.
    idf: Vec<f32>,
    /// Per word: the titles holding it.
    postings: Vec<Vec<u32>>,
    /// Per title: its occupation and the sum of its words' rarity.
    occupation: Vec<u32>,
    weight: Vec<f32>,
    text: Vec<String>,
    /// Rarity given to a query word no title holds.
    unknown_idf: f32,
}

/// Phrases that name a thing by another name, replaced before matching
/// (on the normalised text).
/// Each is padded with spaces so only whole words match.
const PHRASES: &[(&str, &str)] = &[
    (" hs ", " high school "),
    (" l and d ", " learning development "),
    (" people operations ", " human resources "),
    (" people ops ", " human resources "),
    (" talent development ", " training development "),
];

/// Calls `f` with each word of a title: normalised, stop words dropped,
/// plurals stemmed, abbreviations expanded, and a few phrases (`L&D`,
/// `People Ops`) read as the catalogue names them. Words may repeat.
/// `buf` is scratch space, reused across calls.
fn for_each_title_word(title: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    buf.push(' ');
    crate::skill::normalize_into(title, buf);
    buf.push(' ');
    for (from, to) in PHRASES {
        if buf.contains(from) {
            *buf = buf.replace(from, to);
        }
    }
    for w in buf.split(' ').filter(|w| !w.is_empty()) {
        match abbreviation(w) {
            Some(exp) => exp.split(' ').for_each(|x| f(&stem(x))),
            None if is_stopword(w) => {}
            None => f(&stem(w)),
        }
    }
}

/// A title's words (see [`for_each_title_word`]), sorted and deduplicated.
pub(crate) fn title_words(title: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_title_word(title, &mut String::new(), |w| out.push(w.to_string()));
    out.sort_unstable();
    out.dedup();
    out
}

impl TitleIndex {
    /// Every indexed title (the occupations' own, then their alternate
    /// and reported titles, in table order; titles with no words left
    /// out) with its occupation.
    pub(crate) fn titles(&self) -> impl Iterator<Item = (usize, &str)> {
        self.occupation
            .iter()
            .zip(&self.text)
            .map(|(o, t)| (*o as usize, t.as_str()))
    }

    pub(crate) fn build(occupations: &[Occupation], alternate: Vec<(usize, String)>) -> TitleIndex {
        let mut ix = TitleIndex::default();
        let titles = occupations
            .iter()
            .enumerate()
            .map(|(i, o)| (i, o.title.clone()))
            .chain(alternate);
        let mut buf = String::new();
        let mut ids: Vec<u32> = Vec::new();
        // Every title's word ids, flattened, with each title's end offset.
        let mut all_ids: Vec<u32> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        for (occ, text) in titles {
            ids.clear();
            let vocabulary = &mut ix.vocabulary;
            for_each_title_word(&text, &mut buf, |w| {
                let id = match vocabulary.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = vocabulary.len() as u32;
                        vocabulary.insert(w.to_string(), id);
                        id
                    }
                };
                ids.push(id);
            });
            ids.sort_unstable();
            ids.dedup();
            if ids.is_empty() {
                continue;
            }
            let t = ix.occupation.len() as u32;
            ix.postings.resize_with(ix.vocabulary.len(), Vec::new);
            for &w in &ids {
                if let Some(p) = ix.postings.get_mut(w as usize) {
                    p.push(t);
                }
            }
            ix.occupation.push(occ as u32);
            ix.text.push(text);
            all_ids.extend_from_slice(&ids);
            ends.push(all_ids.len());
        }
        let n = ix.occupation.len() as f32;
        let mut idf = vec![0.0f32; ix.postings.len()];
        for (word, &id) in &ix.vocabulary {
            if let (Some(slot), Some(p)) = (idf.get_mut(id as usize), ix.postings.get(id as usize))
            {
                let level = if is_level_word(word) {
                    LEVEL_WEIGHT
                } else {
                    1.0
                };
                *slot = level * (1.0 + n / p.len().max(1) as f32).ln();
            }
        }
        ix.idf = idf;
        ix.unknown_idf = (1.0 + n).ln();
        ix.vectors = TitleVectors::build(
            occupations.len(),
            ix.postings.len(),
            ix.occupation
                .iter()
                .zip(&ends)
                .scan(0, |start, (&occ, &end)| {
                    let words = all_ids.get(*start..end).unwrap_or(&[]);
                    *start = end;
                    Some((occ, words))
                }),
        );
        let mut start = 0;
        ix.weight = ends
            .iter()
            .map(|&end| {
                let w = all_ids
                    .get(start..end)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(|w| ix.idf.get(*w as usize))
                    .sum();
                start = end;
                w
            })
            .collect();
        ix
    }
}

/// Each occupation's job titles — its own and its alternates — as one
/// document of words: a TF-IDF vector of unit length, so the dot product of
/// two is the cosine of their titles (1: the same words, equally often).
#[derive(Debug, Default)]
pub(crate) struct TitleVectors {
    /// Per occupation: (word, weight), by word.
    rows: Vec<Vec<(u32, f32)>>,
    /// Per word: (occupation, weight), by occupation.
    postings: Vec<Vec<(u32, f32)>>,
}

impl TitleVectors {
    /// `titles`: each indexed title's occupation and word ids (sorted,
    /// distinct within the title).
    fn build<'a>(
        occupations: usize,
        words: usize,
        titles: impl Iterator<Item = (u32, &'a [u32])>,
    ) -> TitleVectors {
        let mut bags: Vec<Vec<u32>> = vec![Vec::new(); occupations];
        for (occ, ids) in titles {
            if let Some(bag) = bags.get_mut(occ as usize) {
                bag.extend_from_slice(ids);
            }
        }
        // Term frequency: in how many of the occupation's titles a word is.
        let counted: Vec<Vec<(u32, u32)>> = bags
            .into_iter()
            .map(|mut bag| {
                bag.sort_unstable();
                let mut out: Vec<(u32, u32)> = Vec::new();
                for w in bag {
                    match out.last_mut() {
                        Some((last, c)) if *last == w => *c += 1,
                        _ => out.push((w, 1)),
                    }
                }
                out
            })
            .collect();
        let mut df = vec![0u32; words];
        for row in &counted {
            for (w, _) in row {
                if let Some(d) = df.get_mut(*w as usize) {
                    *d += 1;
                }
            }
        }
        let n = counted.iter().filter(|r| !r.is_empty()).count() as f32;
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); words];
        let rows: Vec<Vec<(u32, f32)>> = counted
            .into_iter()
            .map(|row| {
                let mut v: Vec<(u32, f32)> = row
                    .into_iter()
                    .filter_map(|(w, tf)| {
                        let d = *df.get(w as usize)? as f32;
                        let x = (1.0 + (tf as f32).ln()) * (n / d.max(1.0)).ln();
                        (x > 0.0).then_some((w, x))
                    })
                    .collect();
                let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, x)| *x /= norm);
                }
                v
            })
            .collect();
        for (o, row) in rows.iter().enumerate() {
            for &(w, x) in row {
                if let Some(p) = postings.get_mut(w as usize) {
                    p.push((o as u32, x));
                }
            }
        }
        TitleVectors { rows, postings }
    }

    /// Writes into `out` (one cell per occupation, cleared first) how alike
    /// each occupation's titles are to `occupation`'s: a cosine, 0–1.
    pub(crate) fn similarity_to(&self, occupation: usize, out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        for &(w, x) in self.rows.get(occupation).map_or(&[][..], |r| r) {
            for &(o, y) in self.postings.get(w as usize).map_or(&[][..], |p| p) {
                if let Some(cell) = out.get_mut(o as usize) {
                    *cell += x * y;
                }
            }
        }
        if let Some(own) = out.get_mut(occupation) {
            *own = 1.0;
        }
        out.iter_mut().for_each(|x| *x = x.clamp(0.0, 1.0));
    }
}

/// An occupation related to another one, and how closely.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RelatedOccupation {
    /// The related occupation's code.
    pub code: crate::catalog::OccupationCode,
    /// Its title.
    pub title: String,
    /// How alike the two occupations' job titles are (their own and the
    /// alternates people use), 0–1: the cosine of their words, each
    /// weighted by how rare it is among occupations.
    pub similarity: f64,
}

impl RelatedOccupation {
    /// `o`, related by `similarity` (kept to three decimals, so what is
    /// listed reads back from JSON exactly).
    pub(crate) fn of(o: &Occupation, similarity: f64) -> RelatedOccupation {
        RelatedOccupation {
            code: o.code.clone(),
            title: o.title.clone(),
            similarity: super::round3(similarity),
        }
    }
}

impl Catalog {
    /// The occupations whose job titles are most like this one's.
    ///
    /// O\*NET relates occupations by their tasks, knowledge and job titles
    /// (Dahlke et al., *Developing Related Occupations for the O\*NET
    /// Program*, 2022). This measures the titles: each occupation's own
    /// title and the alternate titles people use for it, as one document of
    /// words (folded as in [`Catalog::match_title`], though here a level
    /// word such as "senior" counts as any other), compared by the cosine
    /// of their TF-IDF vectors. [`fit`](crate::fit) uses the same
    /// measure to rank the relatives of the job seeker's best matches near
    /// them.
    ///
    /// # Arguments
    /// - `code`: the occupation.
    /// - `limit`: the most occupations to return.
    ///
    /// # Returns
    /// Other occupations, most alike first (ties by catalogue order), each
    /// with a similarity above 0; `None` for a code the catalogue does not
    /// have.
    ///
    /// # Complexity
    /// O(Σ postings of the occupation's title words + occupations ×
    /// log occupations): tens of microseconds on the built-in catalogue.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let catalog = inroads::Catalog::builtin()?;
    /// let related = catalog.related_occupations("29-1141.00", 5).unwrap(); // Registered Nurses
    /// assert_eq!(related.len(), 5);
    /// assert!(related.iter().all(|r| r.title.contains("Nurs")));
    /// assert!(related.windows(2).all(|w| w[0].similarity >= w[1].similarity));
    /// assert!(catalog.related_occupations("99-9999.99", 5).is_none());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn related_occupations(&self, code: &str, limit: usize) -> Option<Vec<RelatedOccupation>> {
        let i = *self.by_code.get(code.trim())?;
        let mut sim = vec![0.0f32; self.occupations.len()];
        self.titles.vectors.similarity_to(i, &mut sim);
        // Three decimals; a similarity that rounds to 0 is none.
        let mut ranked: Vec<(usize, f64)> = sim
            .into_iter()
            .enumerate()
            .map(|(j, s)| (j, super::round3(s)))
            .filter(|&(j, s)| j != i && s > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Some(
            ranked
                .into_iter()
                .take(limit)
                .filter_map(|(j, similarity)| {
                    Some(RelatedOccupation::of(self.occupations.get(j)?, similarity))
                })
                .collect(),
        )
    }

    /// How alike each occupation's job titles are to those of the
    /// occupation at `index` (see [`Catalog::related_occupations`]).
    pub(crate) fn title_similarity(&self, index: usize, out: &mut [f32]) {
        self.titles.vectors.similarity_to(index, out);
    }

    /// The occupations a job title most likely belongs to.
    ///
    /// # Arguments
    /// - `title`: free text as people write it ("VP People Ops",
    ///   "Sr. Director, Learning & Development").
    /// - `limit`: the most candidates to return.
    ///
    /// # Returns
    /// Candidates, most confident first (ties by occupation code), each with
    /// a confidence in [`MIN_TITLE_CONFIDENCE`], 1]. An unknown title gives
    /// an empty list, not an error.
    ///
    /// # Complexity
    /// O(Σ postings of the query's words): tens of microseconds on the
    /// built-in catalogue.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let catalog = inroads::Catalog::builtin()?;
    /// let found = catalog.match_title("Sr. Director, Learning & Development", 3);
    /// assert_eq!(found[0].code, "11-3131.00"); // Training and Development Managers
    /// assert_eq!(found[0].field_name, "Management");
    /// assert!(catalog.match_title("xyzzy plugh", 3).is_empty());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn match_title(&self, title: &str, limit: usize) -> Vec<TitleCandidate> {
        let ix = &self.titles;
        let query = title_words(title);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut query_weight = 0.0f32;
        let mut shared = vec![0.0f32; ix.occupation.len()];
        let mut touched: Vec<u32> = Vec::new();
        for w in &query {
            match ix.vocabulary.get(w) {
                Some(&id) => {
                    let idf = ix.idf.get(id as usize).copied().unwrap_or(0.0);
                    query_weight += idf;
                    for &t in ix.postings.get(id as usize).map_or(&[][..], |p| p) {
                        if let Some(s) = shared.get_mut(t as usize) {
                            if *s == 0.0 {
                                touched.push(t);
                            }
                            *s += idf;
                        }
                    }
                }
                None => query_weight += ix.unknown_idf,
            }
        }
        // Best title per occupation.
        let mut best: FastMap<u32, (f32, u32)> = FastMap::default();
        for t in touched {
            let s = shared.get(t as usize).copied().unwrap_or(0.0);
            let w = ix.weight.get(t as usize).copied().unwrap_or(0.0);
            let union = w + query_weight - s;
            let score = if union > 0.0 { s / union } else { 0.0 };
            let Some(&occ) = ix.occupation.get(t as usize) else {
                continue;
            };
            let e = best.entry(occ).or_insert((score, t));
            if score > e.0 || (score == e.0 && t < e.1) {
                *e = (score, t);
            }
        }
        // The occupations' own text: their titles, and their tasks for
        // the surrounding words, abbreviations read out.
        let mut expanded = String::new();
        for_each_title_word(title, &mut String::new(), |w| {
            expanded.push_str(w);
            expanded.push(' ');
        });
        let text = self.text();
        // Words, not neighbouring pairs: a title's words may come in any
        // order ("Director, Learning & Development, Senior").
        let q = self.text_query(&expanded, false);
        let mut bm = vec![0.0f32; self.occupations.len()];
        text.weighted_scores(&q, [1.0, TITLE_TASK_WEIGHT, 0.0], &mut bm);
        let bm_best = bm.iter().copied().fold(0.0f32, f32::max);
        let closest = best.values().map(|(s, _)| *s).fold(0.0f32, f32::max);
        // A word no title and no task or tool holds ("Chief Vibes
        // Officer") leaves the title partly unread: confidence shrinks
        // with the share of its weight that is unknown.
        let (mut known, mut total) = (0.0f32, 0.0f32);
        for w in &query {
            let id = ix.vocabulary.get(w);
            let weight = id
                .and_then(|id| ix.idf.get(*id as usize).copied())
                .unwrap_or(ix.unknown_idf);
            total += weight;
            if id.is_some() || !text.query(w, false).is_empty() {
                known += weight;
            }
        }
        let read = if total > 0.0 { known / total } else { 0.0 };
        let quality = (closest / TITLE_FULL_MATCH).min(1.0) * read;
        let mut ranked: Vec<(u32, f32, Option<u32>)> = bm
            .iter()
            .enumerate()
            .filter_map(|(o, &b)| {
                let o = u32::try_from(o).ok()?;
                let (jac, t) = best.get(&o).map_or((0.0, None), |&(s, t)| (s, Some(t)));
                let rel = if bm_best > 0.0 { b / bm_best } else { 0.0 };
                let score = quality * ((1.0 - TITLE_TEXT_SHARE) * jac + TITLE_TEXT_SHARE * rel);
                (score >= MIN_TITLE_CONFIDENCE).then_some((o, score, t))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(limit)
            .filter_map(|(o, score, t)| {
                let occ = self.occupations.get(o as usize)?;
                Some(TitleCandidate {
                    code: occ.code.clone(),
                    occupation: occ.title.clone(),
                    field: occ.field,
                    field_name: self.field_name(occ.field),
                    matched_title: t
                        .and_then(|t| ix.text.get(t as usize).cloned())
                        .unwrap_or_else(|| occ.title.clone()),
                    confidence: (score * 1000.0).round() / 1000.0,
                })
            })
            .collect()
    }

    /// Searches occupations: by code prefix when `text` looks like a code
    /// (`25-20`, `15`), otherwise by title as [`Catalog::match_title`].
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let catalog = inroads::Catalog::builtin()?;
    /// let found = catalog.search_occupations("25-203", 10);
    /// assert!(found.iter().all(|o| o.code.as_str().starts_with("25-203")));
    /// assert!(!catalog.search_occupations("museum curator", 5).is_empty());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn search_occupations(&self, text: &str, limit: usize) -> Vec<TitleCandidate> {
        let t = text.trim();
        let is_code = !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.');
        if !is_code {
            return self.match_title(t, limit);
        }
        self.occupations
            .iter()
            .filter(|o| o.code.as_str().starts_with(t))
            .take(limit)
            .map(|o| TitleCandidate {
                code: o.code.clone(),
                occupation: o.title.clone(),
                field: o.field,
                field_name: self.field_name(o.field),
                matched_title: o.title.clone(),
                confidence: 1.0,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_fold_abbreviations_and_order() {
        assert_eq!(
            title_words("Sr. Director, Learning & Development"),
            title_words("development and learning director, senior")
        );
        assert_eq!(
            title_words("VP People Ops"),
            ["human", "president", "resource", "vice"]
        );
        assert_eq!(
            title_words("L&D Mgr"),
            title_words("Learning and Development Manager")
        );
    }
}
