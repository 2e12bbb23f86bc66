//! Lexical retrieval over the occupations' own words: their job titles,
//! task statements, detailed work activities, tools and technologies.
//!
//! Every distinct statement is analysed once: normalised, stop words
//! dropped, each word reduced to its Snowball (Porter 2) stem, and each
//! pair of neighbouring stems kept as a two-word term as well, so
//! "flow cytometry" is one thing as well as two words. Two indexes are
//! built from those terms:
//!
//! - **statements**: each statement is a document, for what a phrase was
//!   read as ([`Catalog::read_phrase`]) and for the statement of an
//!   occupation that a phrase matches best;
//! - **occupations**: each occupation is a document of three fields —
//!   titles; tasks with their detailed work activities; tools with
//!   technologies — for ranking occupations by a phrase (BM25, Robertson
//!   and Zaragoza 2009, with its usual constants `k1` 1.2 and `b` 0.75).

use super::{Catalog, OccupationCode};
use crate::hash::FastMap;
use serde::{Deserialize, Serialize};

/// What kind of O\*NET statement a phrase was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// A job title: an occupation's own, an alternate or one incumbents
    /// reported.
    Title,
    /// A task statement ("Stock shelves, racks, cases, bins, and tables
    /// with new or transferred merchandise.").
    Task,
    /// A detailed work activity, which tasks of many occupations are
    /// instances of ("Prepare tax returns.").
    WorkActivity,
    /// A tool or piece of equipment ("Flow cytometers").
    Tool,
    /// A technology, usually software ("Westlaw").
    Technology,
}

impl StatementKind {
    /// The field of an occupation's document it belongs to.
    fn field(self) -> usize {
        match self {
            StatementKind::Title => 0,
            StatementKind::Task | StatementKind::WorkActivity => 1,
            StatementKind::Tool | StatementKind::Technology => 2,
        }
    }

    /// "a task", "a tool"…, as a sentence names it.
    pub fn article_name(self) -> &'static str {
        match self {
            StatementKind::Title => "a job title",
            StatementKind::Task => "a task",
            StatementKind::WorkActivity => "a work activity",
            StatementKind::Tool => "a tool",
            StatementKind::Technology => "a technology",
        }
    }
}

impl std::fmt::Display for StatementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StatementKind::Title => "job title",
            StatementKind::Task => "task",
            StatementKind::WorkActivity => "work activity",
            StatementKind::Tool => "tool",
            StatementKind::Technology => "technology",
        })
    }
}

/// Which parts of an occupation's text [`Catalog::search_text`] searches,
/// and whether it rewards a phrase found whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextFields {
    /// Job titles (own, alternate, reported).
    pub titles: bool,
    /// Tasks and their detailed work activities.
    pub work: bool,
    /// Tools and technologies.
    pub tools: bool,
    /// Also score each pair of neighbouring words as a term of its own,
    /// so "flow cytometry" found together outranks "flow" and "cytometry"
    /// found apart.
    pub phrases: bool,
    /// Read résumé jargon out in plain words first ("qPCR" →
    /// "quantitative polymerase chain reaction"; see
    /// [`CatalogTables::jargon`](crate::CatalogTables::jargon)).
    pub jargon: bool,
}

impl TextFields {
    /// All three fields, each word on its own: plain BM25.
    pub const PLAIN: TextFields = TextFields {
        titles: true,
        work: true,
        tools: true,
        phrases: false,
        jargon: false,
    };
    /// Job titles only, each word on its own.
    pub const TITLES: TextFields = TextFields {
        titles: true,
        work: false,
        tools: false,
        phrases: false,
        jargon: false,
    };
    /// All three fields, with neighbouring words and jargon read: what
    /// [`fit`](crate::fit) uses.
    pub const ALL: TextFields = TextFields {
        titles: true,
        work: true,
        tools: true,
        phrases: true,
        jargon: true,
    };

    fn weights(self) -> [f32; FIELDS] {
        let on = |b: bool| if b { 1.0 } else { 0.0 };
        [on(self.titles), on(self.work), on(self.tools)]
    }
}

impl Default for TextFields {
    fn default() -> Self {
        TextFields::ALL
    }
}

/// One occupation found by [`Catalog::search_text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TextHit {
    /// The O\*NET-SOC code.
    pub code: OccupationCode,
    /// Its title.
    pub title: String,
    /// Its score relative to the best occupation's, 0–1 (the best is 1).
    pub score: f64,
}

/// What a phrase in a person's own words was read as: the O\*NET
/// statement closest to it, and whose statement it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reading {
    /// The statement, as O\*NET writes it.
    pub text: String,
    /// What kind of statement it is.
    pub kind: StatementKind,
    /// The occupations it belongs to, most employed first, at most
    /// [`READING_OCCUPATIONS`]: `(code, title)`.
    pub occupations: Vec<(OccupationCode, String)>,
    /// How many occupations it belongs to in all.
    pub occupation_count: usize,
    /// How closely it matches, relative to the best reading: 1 for the
    /// best.
    pub score: f64,
}

/// How many occupations a [`Reading`] names.
pub const READING_OCCUPATIONS: usize = 3;

impl std::fmt::Display for Reading {
    /// `Stock shelves… — a task of Stockers and Order Fillers and 2 more`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} — {}", self.text, self.kind.article_name())?;
        let mut names = self.occupations.iter().map(|(_, t)| t.as_str());
        if let Some(first) = names.next() {
            write!(f, " of {first}")?;
            let more = self.occupation_count.saturating_sub(1);
            if more > 0 {
                write!(f, " and {more} more")?;
            }
        }
        Ok(())
    }
}

/// The three fields of an occupation's document.
const FIELDS: usize = 3;
/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// A two-word term's weight beside a word's.
const BIGRAM_WEIGHT: f32 = 1.0;

/// Words that carry no meaning for retrieval.
fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "and"
            | "are"
            | "as"
            | "at"
            | "be"
            | "by"
            | "also"
            | "across"
            | "during"
            | "etc"
            | "for"
            | "from"
            | "i"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "my"
            | "of"
            | "on"
            | "or"
            | "other"
            | "our"
            | "per"
            | "such"
            | "that"
            | "the"
            | "their"
            | "them"
            | "these"
            | "this"
            | "through"
            | "to"
            | "using"
            | "via"
            | "was"
            | "we"
            | "were"
            | "which"
            | "while"
            | "with"
            | "within"
    )
}

/// Whether a word is a number ("118", "2019"): it tells nothing of the
/// work ("exceeded quota 118%"), and jargon terms read before it ("Series
/// 7").
fn is_number(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
}

/// The base form of an irregular verb's past tense or participle
/// ("taught" → "teach", "led" → "lead"), which stemming cannot give:
/// résumés speak in the past tense, O\*NET's tasks in the present.
fn base_form(w: &str) -> &str {
    match w {
        "taught" => "teach",
        "sold" => "sell",
        "wrote" | "written" => "write",
        "built" => "build",
        "led" => "lead",
        "ran" => "run",
        "made" => "make",
        "kept" => "keep",
        "met" => "meet",
        "bought" => "buy",
        "drove" | "driven" => "drive",
        "spoke" | "spoken" => "speak",
        "brought" => "bring",
        "gave" | "given" => "give",
        "took" | "taken" => "take",
        "oversaw" | "overseen" => "oversee",
        "undertook" | "undertaken" => "undertake",
        "held" => "hold",
        "began" | "begun" => "begin",
        "grew" | "grown" => "grow",
        "paid" => "pay",
        "sent" => "send",
        "spent" => "spend",
        "told" => "tell",
        "thought" => "think",
        "understood" => "understand",
        "won" => "win",
        "chose" | "chosen" => "choose",
        "drew" | "drawn" => "draw",
        "flew" | "flown" => "fly",
        "rode" | "ridden" => "ride",
        "wore" | "worn" => "wear",
        "froze" | "frozen" => "freeze",
        "fed" => "feed",
        "fought" => "fight",
        "caught" => "catch",
        "dug" => "dig",
        "hung" => "hang",
        "laid" => "lay",
        "lent" => "lend",
        "lost" => "lose",
        "sought" => "seek",
        "shook" | "shaken" => "shake",
        "stood" => "stand",
        "struck" => "strike",
        "swept" => "sweep",
        "threw" | "thrown" => "throw",
        "withdrew" | "withdrawn" => "withdraw",
        "rebuilt" => "rebuild",
        "redrew" | "redrawn" => "redraw",
        "rewrote" | "rewritten" => "rewrite",
        "retaught" => "reteach",
        "oversold" => "oversell",
        "upsold" => "upsell",
        "resold" => "resell",
        _ => w,
    }
}

/// One distinct statement.
#[derive(Debug)]
pub(crate) struct Statement {
    pub(crate) kind: StatementKind,
    pub(crate) text: String,
    /// Its number of words.
    len: u16,
}

/// Lists of items by key, flattened: the items of key `k` are
/// `items[offsets[k]..offsets[k + 1]]`, in the order they were given.
#[derive(Debug, Default)]
struct Lists<T> {
    offsets: Vec<u32>,
    items: Vec<T>,
}

impl<T: Copy + Default> Lists<T> {
    /// From `(key, item)` pairs with keys below `n` (a counting sort,
    /// stable: items keep their order within a key).
    fn from_pairs(n: usize, pairs: &[(u32, T)]) -> Lists<T> {
        let mut offsets = vec![0u32; n + 1];
        for (k, _) in pairs {
            if let Some(c) = offsets.get_mut(*k as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..offsets.len() {
            let prev = offsets.get(i - 1).copied().unwrap_or(0);
            if let Some(c) = offsets.get_mut(i) {
                *c += prev;
            }
        }
        let mut next: Vec<u32> = offsets.clone();
        let mut items = vec![T::default(); pairs.len()];
        for (k, item) in pairs {
            if let Some(at) = next.get_mut(*k as usize) {
                if let Some(slot) = items.get_mut(*at as usize) {
                    *slot = *item;
                }
                *at += 1;
            }
        }
        Lists { offsets, items }
    }

    fn get(&self, k: usize) -> &[T] {
        match (self.offsets.get(k), self.offsets.get(k + 1)) {
            (Some(&a), Some(&b)) => self.items.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Builds a [`TextIndex`]: statements are added, then `finish`ed.
#[derive(Debug, Default)]
pub(crate) struct TextIndexBuilder {
    /// Per kind: text → statement.
    seen: [FastMap<Box<str>, u32>; 5],
    statements: Vec<Statement>,
    /// (statement, occupation), possibly repeated.
    links: Vec<(u32, u32)>,
}

impl TextIndexBuilder {
    /// Adds `text` as a statement of `kind` of the occupation at `occ`;
    /// returns the statement's number.
    pub(crate) fn add(&mut self, kind: StatementKind, text: &str, occ: usize) -> u32 {
        let text = text.trim();
        let seen = match self.seen.get_mut(kind as usize) {
            Some(s) => s,
            None => return u32::MAX,
        };
        let id = match seen.get(text) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.statements.len()).unwrap_or(u32::MAX);
                seen.insert(text.into(), id);
                self.statements.push(Statement {
                    kind,
                    text: text.to_string(),
                    len: 0,
                });
                id
            }
        };
        self.add_to(id, occ);
        id
    }

    /// Adds the occupation at `occ` to statement `id` (a work activity
    /// reached through one of its tasks).
    pub(crate) fn add_to(&mut self, id: u32, occ: usize) {
        self.links
            .push((id, u32::try_from(occ).unwrap_or(u32::MAX)));
    }

    pub(crate) fn finish(mut self, occupations: usize) -> TextIndex {
        let mut vocabulary = Vocabulary {
            words: FastMap::with_capacity_and_hasher(1 << 15, Default::default()),
            stems: FastMap::with_capacity_and_hasher(1 << 15, Default::default()),
            pairs: FastMap::with_capacity_and_hasher(1 << 18, Default::default()),
            len: 0,
        };
        let mut analyzer = Analyzer::new();
        let mut terms: Vec<u32> = Vec::new();
        let mut total_len = 0u64;
        // (statement, (term, count)) in statement order.
        let mut st_terms: Vec<(u32, (u32, u16))> = Vec::with_capacity(1 << 20);
        for (s, st) in self.statements.iter_mut().enumerate() {
            terms.clear();
            st.len = analyzer.terms(&st.text, &mut vocabulary, &mut terms);
            terms.sort_unstable();
            let s = u32::try_from(s).unwrap_or(u32::MAX);
            for (i, &t) in terms.iter().enumerate() {
                match st_terms.last_mut() {
                    Some((s2, (t2, n))) if i > 0 && *s2 == s && *t2 == t => {
                        *n = n.saturating_add(1)
                    }
                    _ => st_terms.push((s, (t, 1))),
                }
            }
            total_len += u64::from(st.len);
        }
        let n_terms = vocabulary.len();
        let n_st = self.statements.len();
        self.links.sort_unstable();
        self.links.dedup();
        let st_occs = Lists::from_pairs(n_st, &self.links);
        let by_occ_pairs: Vec<(u32, u32)> = self.links.iter().map(|&(s, o)| (o, s)).collect();
        let by_occupation = Lists::from_pairs(occupations, &by_occ_pairs);
        let stmt_postings = Lists::from_pairs(
            n_terms,
            &st_terms
                .iter()
                .map(|&(s, (t, c))| (t, (s, c)))
                .collect::<Vec<_>>(),
        );
        let statement_terms = Lists::from_pairs(n_st, &st_terms);
        drop(st_terms);
        // Each occupation's three fields: (term, (occupation, count)).
        let mut field_pairs: [Vec<(u32, (u32, f32))>; FIELDS] = Default::default();
        let mut occ_len: [Vec<f32>; FIELDS] = std::array::from_fn(|_| vec![0.0; occupations]);
        let mut field_terms: [Vec<(u32, u16)>; FIELDS] = Default::default();
        for o in 0..occupations {
            field_terms.iter_mut().for_each(Vec::clear);
            for &s in by_occupation.get(o) {
                let Some(st) = self.statements.get(s as usize) else {
                    continue;
                };
                let f = st.kind.field();
                if let Some(ft) = field_terms.get_mut(f) {
                    ft.extend_from_slice(statement_terms.get(s as usize));
                }
                if let Some(l) = occ_len.get_mut(f).and_then(|v| v.get_mut(o)) {
                    *l += f32::from(st.len);
                }
            }
            let o = u32::try_from(o).unwrap_or(u32::MAX);
            for (ft, pairs) in field_terms.iter_mut().zip(field_pairs.iter_mut()) {
                ft.sort_unstable_by_key(|(t, _)| *t);
                let mut i = 0;
                while let Some(&(t, _)) = ft.get(i) {
                    let mut tf = 0u32;
                    while let Some(&(t2, c)) = ft.get(i) {
                        if t2 != t {
                            break;
                        }
                        tf += u32::from(c);
                        i += 1;
                    }
                    pairs.push((t, (o, tf as f32)));
                }
            }
        }
        let occ_postings = field_pairs.map(|pairs| Lists::from_pairs(n_terms, &pairs));
        let occ_avg = std::array::from_fn(|f| {
            let lens = occ_len.get(f).map_or(&[][..], |v| v.as_slice());
            lens.iter().sum::<f32>() / lens.len().max(1) as f32
        });
        // Statement text → the first statement of that text, any kind.
        let mut by_text: FastMap<Box<str>, u32> = FastMap::default();
        for seen in self.seen {
            for (text, id) in seen {
                let e = by_text.entry(text).or_insert(id);
                *e = (*e).min(id);
            }
        }
        TextIndex {
            vocabulary,
            by_text,
            stmt_avg: total_len as f32 / n_st.max(1) as f32,
            statements: self.statements,
            statement_terms,
            st_occs,
            stmt_postings,
            occ_postings,
            occ_len,
            occ_avg,
            by_occupation,
            occupations,
        }
    }
}

/// The terms of texts: stems and neighbouring pairs of stems.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// A normalised word → its stem's term id.
    words: FastMap<String, u32>,
    /// A stem → its term id.
    stems: FastMap<String, u32>,
    /// Two stems' term ids → the pair's term id.
    pairs: FastMap<u64, u32>,
    len: u32,
}

impl Vocabulary {
    fn len(&self) -> usize {
        self.len as usize
    }

    fn next(&mut self) -> u32 {
        let id = self.len;
        self.len = self.len.saturating_add(1);
        id
    }
}

struct Analyzer {
    stemmer: rust_stemmers::Stemmer,
    buf: String,
    words: Vec<u32>,
}

impl Analyzer {
    fn new() -> Analyzer {
        Analyzer {
            stemmer: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English),
            buf: String::new(),
            words: Vec::new(),
        }
    }

    /// Appends the terms of `text` to `out`, adding new ones to the
    /// vocabulary; returns its number of words.
    fn terms(&mut self, text: &str, v: &mut Vocabulary, out: &mut Vec<u32>) -> u16 {
        self.buf.clear();
        crate::skill::normalize_into(text, &mut self.buf);
        self.words.clear();
        for w in self.buf.split(' ') {
            if w.is_empty() || is_stopword(w) || is_number(w) {
                continue;
            }
            let id = match v.words.get(w) {
                Some(&id) => id,
                None => {
                    let stem = self.stemmer.stem(base_form(w)).into_owned();
                    let id = match v.stems.get(&stem) {
                        Some(&id) => id,
                        None => {
                            let id = v.next();
                            v.stems.insert(stem, id);
                            id
                        }
                    };
                    v.words.insert(w.to_string(), id);
                    id
                }
            };
            self.words.push(id);
        }
        out.extend_from_slice(&self.words);
        for pair in self.words.windows(2) {
            if let [a, b] = pair {
                let key = (u64::from(*a) << 32) | u64::from(*b);
                let id = match v.pairs.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = v.next();
                        v.pairs.insert(key, id);
                        id
                    }
                };
                out.push(id);
            }
        }
        u16::try_from(self.words.len()).unwrap_or(u16::MAX)
    }

    /// The known terms of a query: `(term, weight)`, each once; words the
    /// index never saw are left out.
    fn query(&mut self, text: &str, v: &Vocabulary, phrases: bool, read: &str) -> Query {
        self.buf.clear();
        crate::skill::normalize_into(text, &mut self.buf);
        self.words.clear();
        // Distinct words the index does not hold.
        let mut unknown: Vec<&str> = Vec::new();
        // u32::MAX marks a word the index does not hold.
        for w in self.buf.split(' ') {
            if w.is_empty() || is_stopword(w) || is_number(w) {
                continue;
            }
            let id = match v.words.get(w) {
                Some(&id) => Some(id),
                None => v
                    .stems
                    .get(self.stemmer.stem(base_form(w)).as_ref())
                    .copied(),
            };
            if id.is_none() && !read.split(' ').any(|r| r == w) {
                unknown.push(w);
            }
            self.words.push(id.unwrap_or(u32::MAX));
        }
        unknown.sort_unstable();
        unknown.dedup();
        let unknown = unknown.len();
        let mut terms: Vec<(u32, f32)> = self
            .words
            .iter()
            .filter(|&&t| t != u32::MAX)
            .map(|&t| (t, 1.0))
            .collect();
        if phrases {
            for pair in self.words.windows(2) {
                if let [a, b] = pair {
                    if *a == u32::MAX || *b == u32::MAX {
                        continue;
                    }
                    let key = (u64::from(*a) << 32) | u64::from(*b);
                    if let Some(&id) = v.pairs.get(&key) {
                        terms.push((id, BIGRAM_WEIGHT));
                    }
                }
            }
        }
        terms.sort_by_key(|(t, _)| *t);
        terms.dedup_by_key(|(t, _)| *t);
        let mut unigrams: Vec<u32> = self
            .words
            .iter()
            .copied()
            .filter(|&t| t != u32::MAX)
            .collect();
        unigrams.sort_unstable();
        unigrams.dedup();
        Query {
            terms,
            words: unigrams.len() + unknown,
            unigrams,
        }
    }
}

/// A phrase as the index reads it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Query {
    terms: Vec<(u32, f32)>,
    /// Its distinct words (stop words left out), known or not.
    words: usize,
    /// Its known words' terms.
    unigrams: Vec<u32>,
}

impl Query {
    pub(crate) fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

impl TextIndex {
    /// Whether occupation `occ`'s text (all three fields) holds at least
    /// half of the query's words, each word weighed by its rarity across
    /// statements (a word no statement holds weighs as one that only one
    /// holds): the phrase was read, not merely brushed by a common word.
    pub(crate) fn covers(&self, q: &Query, occ: usize) -> bool {
        let n = self.statements.len();
        let rarest = idf(n, 1);
        let occ = u32::try_from(occ).unwrap_or(u32::MAX);
        let mut held = 0.0f32;
        let mut total = 0.0f32;
        for t in &q.unigrams {
            let w = idf(n, self.stmt_postings.get(*t as usize).len().max(1));
            total += w;
            let holds = self.occ_postings.iter().any(|field| {
                field
                    .get(*t as usize)
                    .binary_search_by_key(&occ, |(o, _)| *o)
                    .is_ok()
            });
            if holds {
                held += w;
            }
        }
        total += rarest * q.words.saturating_sub(q.unigrams.len()) as f32;
        total > 0.0 && 2.0 * held >= total
    }
}

/// The index. See the module docs.
#[derive(Debug, Default)]
pub(crate) struct TextIndex {
    vocabulary: Vocabulary,
    /// A statement's exact text → the statement (the first, when kinds
    /// share a text).
    by_text: FastMap<Box<str>, u32>,
    pub(crate) statements: Vec<Statement>,
    /// Per statement: its terms with their counts, by term.
    statement_terms: Lists<(u32, u16)>,
    /// Per statement: its occupations, ascending.
    st_occs: Lists<u32>,
    /// Per term: (statement, count), by statement.
    stmt_postings: Lists<(u32, u16)>,
    stmt_avg: f32,
    /// Per field, per term: (occupation, count), by occupation.
    occ_postings: [Lists<(u32, f32)>; FIELDS],
    /// Per field, per occupation: its number of words.
    occ_len: [Vec<f32>; FIELDS],
    occ_avg: [f32; FIELDS],
    /// Per occupation: its statements.
    by_occupation: Lists<u32>,
    occupations: usize,
}

fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

fn saturate(tf: f32, len: f32, avg: f32) -> f32 {
    let norm = if avg > 0.0 { len / avg } else { 1.0 };
    tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * norm))
}

impl TextIndex {
    /// The statement with exactly this text (trimmed), if any.
    pub(crate) fn statement_named(&self, text: &str) -> Option<u32> {
        self.by_text.get(text.trim()).copied()
    }

    /// The occupations statement `s` belongs to, ascending.
    pub(crate) fn occupations_of(&self, s: u32) -> &[u32] {
        self.st_occs.get(s as usize)
    }

    pub(crate) fn query(&self, text: &str, phrases: bool) -> Query {
        Analyzer::new().query(text, &self.vocabulary, phrases, "")
    }

    /// [`TextIndex::query`], the words of `read` (normalised, space
    /// separated: jargon terms read out by their meaning) not counted as
    /// unread where the index does not hold them.
    pub(crate) fn query_read(&self, text: &str, phrases: bool, read: &str) -> Query {
        Analyzer::new().query(text, &self.vocabulary, phrases, read)
    }

    /// The BM25 score of statement `s` for `q`.
    fn statement_score(&self, q: &Query, s: u32) -> f32 {
        let Some(st) = self.statements.get(s as usize) else {
            return 0.0;
        };
        let terms = self.statement_terms.get(s as usize);
        let n = self.statements.len();
        let mut score = 0.0;
        for &(t, w) in &q.terms {
            if let Ok(i) = terms.binary_search_by_key(&t, |(t, _)| *t) {
                let tf = terms.get(i).map_or(0.0, |(_, c)| f32::from(*c));
                let df = self.stmt_postings.get(t as usize).len();
                score += w * idf(n, df) * saturate(tf, f32::from(st.len), self.stmt_avg);
            }
        }
        score
    }

    /// Every statement's BM25 score for `q`, the `limit` best: `(statement,
    /// score)`, best first, ties by statement number.
    pub(crate) fn best_statements(&self, q: &Query, limit: usize) -> Vec<(u32, f32)> {
        let n = self.statements.len();
        // A dense accumulator, and the statements touched.
        let mut acc = vec![0.0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        for &(t, w) in &q.terms {
            let postings = self.stmt_postings.get(t as usize);
            let idf = w * idf(n, postings.len());
            for &(s, tf) in postings {
                let len = self.statements.get(s as usize).map_or(0, |st| st.len);
                if let Some(a) = acc.get_mut(s as usize) {
                    if *a == 0.0 {
                        touched.push(s);
                    }
                    *a += idf * saturate(f32::from(tf), f32::from(len), self.stmt_avg);
                }
            }
        }
        let mut v: Vec<(u32, f32)> = touched
            .into_iter()
            .map(|s| (s, acc.get(s as usize).copied().unwrap_or(0.0)))
            .collect();
        let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // Only the best `limit` are sorted (a total order: the same every
        // time).
        if limit == 0 {
            return Vec::new();
        }
        if v.len() > limit {
            v.select_nth_unstable_by(limit - 1, order);
            v.truncate(limit);
        }
        v.sort_by(order);
        v
    }

    /// The statement of occupation `occ` that matches `q` best.
    pub(crate) fn best_statement_of(&self, q: &Query, occ: usize) -> Option<(u32, f32)> {
        self.by_occupation
            .get(occ)
            .iter()
            .map(|&s| (s, self.statement_score(q, s)))
            .filter(|(_, x)| *x > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    }

    /// Every occupation's score for `q` (BM25 summed over the chosen
    /// fields) into `out`, which has one slot per occupation.
    pub(crate) fn occupation_scores(&self, q: &Query, fields: TextFields, out: &mut [f32]) {
        self.weighted_scores(q, fields.weights(), out);
    }

    /// As [`TextIndex::occupation_scores`], each field's BM25 weighed.
    pub(crate) fn weighted_scores(&self, q: &Query, weights: [f32; FIELDS], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        let n = self.occupations;
        for (f, w) in weights.iter().enumerate() {
            if *w == 0.0 {
                continue;
            }
            let (Some(postings), Some(lens), Some(&avg)) = (
                self.occ_postings.get(f),
                self.occ_len.get(f),
                self.occ_avg.get(f),
            ) else {
                continue;
            };
            for &(t, tw) in &q.terms {
                let p = postings.get(t as usize);
                let idf = w * tw * idf(n, p.len());
                for &(o, tf) in p {
                    let len = lens.get(o as usize).copied().unwrap_or(0.0);
                    if let Some(x) = out.get_mut(o as usize) {
                        *x += idf * saturate(tf, len, avg);
                    }
                }
            }
        }
    }
}

impl Catalog {
    /// Ranks occupations by how well their own text — job titles, tasks
    /// and work activities, tools and technologies — matches a phrase.
    ///
    /// # Arguments
    /// - `text`: a phrase in a person's words ("Restocking shelves",
    ///   "Westlaw", "Drafting pleadings and motions").
    /// - `fields`: the fields searched ([`TextFields::ALL`] is what `fit`
    ///   uses; [`TextFields::PLAIN`] is plain BM25).
    /// - `limit`: the most occupations to return.
    ///
    /// # Returns
    /// Occupations with a score above 0, best first (ties by code), each
    /// score relative to the best's.
    ///
    /// # Complexity
    /// O(Σ postings of the phrase's terms): tens to hundreds of
    /// microseconds on the built-in catalogue.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// use inroads::{Catalog, TextFields};
    /// let catalog = Catalog::builtin()?;
    /// let hits = catalog.search_text("Restocking shelves", TextFields::ALL, 5);
    /// assert!(hits.iter().any(|h| h.code == "53-7065.00")); // Stockers and Order Fillers
    /// assert_eq!(hits[0].score, 1.0);
    /// assert!(catalog.search_text("xyzzy", TextFields::ALL, 5).is_empty());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn search_text(&self, text: &str, fields: TextFields, limit: usize) -> Vec<TextHit> {
        let q = if fields.jargon {
            self.text_query(text, fields.phrases)
        } else {
            self.text().query(text, fields.phrases)
        };
        let mut scores = vec![0.0f32; self.occupations.len()];
        self.text().occupation_scores(&q, fields, &mut scores);
        let best = scores.iter().copied().fold(0.0f32, f32::max);
        if best <= 0.0 {
            return Vec::new();
        }
        let mut ranked: Vec<(usize, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(limit)
            .filter_map(|(i, s)| {
                let o = self.occupations.get(i)?;
                Some(TextHit {
                    code: o.code.clone(),
                    title: o.title.clone(),
                    score: super::round3(s / best),
                })
            })
            .collect()
    }

    /// What a phrase in a person's own words reads as: the O\*NET
    /// statements — tasks, work activities, tools, technologies, job
    /// titles — closest to it, best first.
    ///
    /// # Arguments
    /// - `phrase`: the phrase ("Restocking shelves").
    /// - `limit`: the most readings to return.
    ///
    /// # Returns
    /// Readings, best first (ties by catalogue order),
    /// each with the occupations it belongs to; empty when no word of the
    /// phrase is in any statement.
    ///
    /// # Complexity
    /// O(Σ postings of the phrase's terms + r log r) for r statements
    /// holding any of them.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let catalog = inroads::Catalog::builtin()?;
    /// let r = catalog.read_phrase("Flow cytometry", 3);
    /// assert!(r[0].text.to_lowercase().contains("flow cytomet"), "{}", r[0].text);
    /// assert!(catalog.read_phrase("xyzzy", 3).is_empty());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn read_phrase(&self, phrase: &str, limit: usize) -> Vec<Reading> {
        let q = self.text_query(phrase, true);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let found = self.text().best_statements(&q, limit);
        let best = found.first().map_or(0.0, |(_, s)| *s);
        found
            .into_iter()
            .filter_map(|(s, score)| self.reading(s, if best > 0.0 { score / best } else { 0.0 }))
            .collect()
    }

    /// Statement `s` as a [`Reading`] with relative score `score`.
    pub(crate) fn reading(&self, s: u32, score: f32) -> Option<Reading> {
        let st = self.text().statements.get(s as usize)?;
        let mut occs: Vec<&super::Occupation> = self
            .text()
            .occupations_of(s)
            .iter()
            .filter_map(|&o| self.occupations.get(o as usize))
            .collect();
        occs.sort_by(|a, b| {
            b.employment
                .unwrap_or(0)
                .cmp(&a.employment.unwrap_or(0))
                .then(a.code.cmp(&b.code))
        });
        Some(Reading {
            text: st.text.clone(),
            kind: st.kind,
            occupation_count: occs.len(),
            occupations: occs
                .into_iter()
                .take(READING_OCCUPATIONS)
                .map(|o| (o.code.clone(), o.title.clone()))
                .collect(),
            score: super::round3(score),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Irregular past tenses read as the verbs O*NET's tasks use: "Taught
    /// English" is "Teach English", "Led" is "Lead".
    #[test]
    fn irregular_past_tenses_read_as_their_verbs() {
        let mut v = Vocabulary::default();
        let mut a = Analyzer::new();
        let mut out = Vec::new();
        a.terms("Teach English and lead teams", &mut v, &mut out);
        let teach = a.query("teach english", &v, false, "");
        assert_eq!(
            a.query("Taught English", &v, false, "").unigrams,
            teach.unigrams
        );
        assert_eq!(
            a.query("Led teams", &v, false, "").unigrams,
            a.query("lead team", &v, false, "").unigrams
        );
        assert_eq!(a.query("through while within", &v, false, "").words, 0);
    }
}
