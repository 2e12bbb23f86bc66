//! The occupation catalogue: the 923 occupations O\*NET 29.0 gives data
//! for, in 22 career fields, each with the skills, knowledge areas and
//! technologies it demands, what people in it do (18,796 task statements,
//! their 2,087 detailed work activities, 41,650 tools, 32,470
//! technologies) and the job titles people use for it (54,955 alternate
//! and reported titles) — where a job seeker's skills can transfer to.
//!
//! # Source and licence
//!
//! The built-in tables ([`Catalog::builtin`], cargo feature `onet`, on by
//! default) include information from the O\*NET 29.0 Database by the U.S.
//! Department of Labor, Employment and Training Administration (USDOL/ETA),
//! used under the Creative Commons Attribution 4.0 International licence
//! (CC BY 4.0). The tables were modified (subset, rescaled, reshaped).
//! O\*NET® is a trademark of USDOL/ETA. USDOL/ETA has not approved, endorsed,
//! or tested these modifications.
//!
//! What is used: for every rated occupation its [`KEPT_SKILLS`] most
//! important of O\*NET's 35 skills and its [`KEPT_KNOWLEDGE`] most important
//! of 33 knowledge areas (importance rescaled to 0–100; the full lists
//! inform the estimates below), every technology, and the tasks, work
//! activities, tools and titles as text. 44 occupations — Software
//! Developers, Data Scientists, Project Management Specialists among them
//! — have no skill ratings in O\*NET: their ratings are estimated from the
//! five rated occupations whose detailed work activities are most alike,
//! and say so ([`Occupation::estimated`]). The tables live in `data/onet/`
//! and are parsed once, on first use; the index of the occupations' text
//! ([`Catalog::search_text`], [`Catalog::read_phrase`]) is built on the
//! first phrase read. Two tables written for this crate are part of it,
//! not of O\*NET: `data/jargon.csv` (4,211 résumé terms and what they
//! mean in O\*NET's words) and `data/titles.csv` (541 rows: job titles as
//! written today that O\*NET's lists lack or file under an occupation few
//! of their holders work in, each with the O\*NET code of the work most
//! holders do).
//!
//! Programs with their own tables (a newer O\*NET release, a national
//! classification) build a catalogue with [`Catalog::from_tables`]; every
//! query in this crate takes a `&Catalog`.
//!
//! ```
//! # #[cfg(feature = "onet")] {
//! let catalog = inroads::Catalog::builtin()?;
//! assert_eq!(catalog.occupations().len(), 923);
//! assert_eq!(catalog.occupations().iter().filter(|o| o.estimated).count(), 44);
//! assert_eq!(catalog.fields().len(), 22);
//! let teachers = catalog.occupation("25-2031.00").unwrap();
//! assert_eq!(teachers.title, "Secondary School Teachers, Except Special and Career/Technical Education");
//! assert_eq!(teachers.field.to_string(), "25");
//! # }
//! # Ok::<(), inroads::Error>(())
//! ```

mod elements;
mod estimate;
mod jargon;
mod labour;
pub(crate) mod search;
mod titles;

pub use elements::{ElementMatch, MatchHow};
pub use labour::{IndustryRank, LabourMarket};
pub use search::{Reading, StatementKind, TextFields, TextHit, READING_OCCUPATIONS};
pub use titles::{RelatedOccupation, TitleCandidate, GOOD_TITLE_CONFIDENCE, MIN_TITLE_CONFIDENCE};

pub use crate::codes::{FieldCode, OccupationCode};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::hash::FastMap;
use crate::skill::normalize_skill;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

impl std::fmt::Display for ElementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ElementKind::Skill => "skill",
            ElementKind::Knowledge => "knowledge",
            ElementKind::Technology => "technology",
        })
    }
}

/// An element of a [`Catalog`]: a skill, knowledge area or technology,
/// named by its place in [`Catalog::elements`]. Only meaningful for the
/// catalogue that gave it; look it up with [`Catalog::element_by_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct ElementId(u32);

impl ElementId {
    /// Its position in [`Catalog::elements`].
    pub fn get(self) -> u32 {
        self.0
    }

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    pub(crate) fn from_index(i: usize) -> ElementId {
        ElementId(u32::try_from(i).unwrap_or(u32::MAX))
    }
}

/// What kind of demand a catalogue element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ElementKind {
    /// One of O\*NET's 35 skills ("Instructing", "Programming").
    Skill,
    /// One of O\*NET's 33 knowledge areas ("Education and Training").
    Knowledge,
    /// A technology ("Python", "Microsoft Project").
    Technology,
}

/// A skill, knowledge area or technology that occupations demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Element {
    /// Its name, as in the catalogue.
    pub name: String,
    /// Its kind.
    pub kind: ElementKind,
    /// How many occupations demand it.
    pub occupations: usize,
}

/// One occupation's demand for an element.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Demand {
    /// The element.
    pub element: ElementId,
    /// Importance, 0–100 (technologies have none and are listed separately).
    pub importance: u8,
}

/// An occupation.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Occupation {
    /// The O\*NET-SOC code (`25-2031.00`).
    pub code: OccupationCode,
    /// Its title.
    pub title: String,
    /// Its career field.
    pub field: FieldCode,
    /// What people in it do, in O\*NET's words (empty when the tables
    /// give none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Skills and knowledge it demands, most important first: its
    /// [`KEPT_SKILLS`] most important skills and [`KEPT_KNOWLEDGE`]
    /// knowledge areas.
    pub demands: Vec<Demand>,
    /// Set when O\*NET gives it no skill or knowledge ratings (44
    /// occupations, Software Developers among them) and [`demands`]
    /// are estimated from its own detailed work activities: the
    /// similarity-weighted mean of the ratings of the five rated
    /// occupations whose work activities are most alike (never from a
    /// related-occupation list).
    ///
    /// [`demands`]: Occupation::demands
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    /// Technologies it uses, sorted.
    pub technologies: Vec<ElementId>,
    /// Its interest profile (O\*NET's RIASEC scores), when the catalogue
    /// has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<crate::interests::Interests>,
    /// How much preparation it usually asks, when the catalogue says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<crate::interests::JobZone>,
    /// People employed in it in the United States (BLS OEWS, May 2025),
    /// when published. Several O\*NET occupations sharing one SOC code
    /// share the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
    /// Its national annual median wage in US dollars, when BLS publishes it
    /// (it withholds wages of $239,200 and more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_wage: Option<u32>,
    /// Set when the employment and wage are a wider group's: BLS publishes
    /// one figure for an SOC code that O\*NET splits into several
    /// occupations (Poets and Writers and Authors share 27-3043), or only
    /// for a group of SOC codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_shared: Option<SharedFigure>,
}

/// A BLS figure that covers more than one O\*NET occupation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SharedFigure {
    /// The OEWS occupation code the figure is published under (`27-3043`,
    /// or a group such as `13-1020`).
    pub soc: String,
    /// How many O\*NET occupations of the catalogue share it.
    pub occupations: usize,
    /// Whether it is a group BLS publishes instead of the occupation's own
    /// SOC code (`13-2020` for `13-2023`).
    #[serde(default)]
    pub group: bool,
}

impl std::fmt::Display for SharedFigure {
    /// `all of SOC 27-3043, shared by 4 O*NET occupations`, or `the
    /// figure of the wider SOC group 13-2020` (`…, shared by N O*NET
    /// occupations` when several fall in it).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.group {
            write!(f, "the figure of the wider SOC group {}", self.soc)?;
        } else {
            write!(f, "all of SOC {}", self.soc)?;
        }
        if self.occupations > 1 {
            write!(f, ", shared by {} O*NET occupations", self.occupations)?;
        }
        Ok(())
    }
}

/// A career field with its name and occupations.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Field {
    /// The code (`25`).
    pub code: FieldCode,
    /// The name (`Educational Instruction and Library`).
    pub name: String,
    /// Its occupations' codes, in code order.
    pub occupations: Vec<OccupationCode>,
}

/// An occupation as a detail page shows it: its demands named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OccupationDetail {
    /// The O\*NET-SOC code.
    pub code: OccupationCode,
    /// The title.
    pub title: String,
    /// The field.
    pub field: FieldCode,
    /// The field's name.
    pub field_name: String,
    /// Skills and knowledge it demands, most important first.
    pub demands: Vec<NamedDemand>,
    /// The technologies it uses, by name.
    pub technologies: Vec<String>,
    /// Its Holland code (`SAE`), when the catalogue has interests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holland: Option<String>,
    /// Its job zone, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<crate::interests::JobZone>,
    /// National employment, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<u64>,
    /// National annual median wage, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_wage: Option<u32>,
    /// Set when those figures are a wider group's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_shared: Option<SharedFigure>,
    /// The occupations whose job titles are most alike
    /// ([`Catalog::related_occupations`]), at most [`RELATED_SHOWN`], each
    /// with a similarity of at least [`RELATED_MIN`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedOccupation>,
}

/// How many related occupations [`Catalog::occupation_detail`] lists.
pub const RELATED_SHOWN: usize = 8;

/// The least title similarity [`Catalog::occupation_detail`] lists as
/// related: below it, two occupations share a word or two of their titles
/// and little else (Orthoptists and police supervisors, 0.07).
pub const RELATED_MIN: f64 = 0.1;

/// A demand with its element's name and kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NamedDemand {
    /// The element's name.
    pub name: String,
    /// Skill or knowledge.
    pub kind: ElementKind,
    /// Importance, 0–100.
    pub importance: u8,
}

/// The raw CSV tables a catalogue is built from (see `data/onet/README.md`
/// for their columns).
#[derive(Debug, Clone, Copy)]
pub struct CatalogTables<'a> {
    /// `major_group,name`
    pub major_groups: &'a str,
    /// `code,title,major_group` and optionally `description`
    pub occupations: &'a str,
    /// `code,kind,name,importance` with kind `skill` or `knowledge`
    /// (other columns are ignored)
    pub ratings: &'a str,
    /// `code,technology`
    pub technologies: &'a str,
    /// `code,title`
    pub alternate_titles: &'a str,
    /// `code,title`: titles incumbents reported, if any.
    pub reported_titles: Option<&'a str>,
    /// `code,title`: job titles as people write them today that O\*NET's
    /// lists lack or file under an occupation few of their holders work
    /// in ("Postdoctoral Fellow", "Staff Engineer"), if any. inroads'
    /// own table (`data/titles.csv`), not O\*NET's; read like the
    /// alternate titles.
    pub extra_titles: Option<&'a str>,
    /// `code,task_id,task`: task statements, if any.
    pub tasks: Option<&'a str>,
    /// `dwa_id,dwa`: detailed work activities, if any.
    pub dwas: Option<&'a str>,
    /// `code,task_id,dwa_id`: which work activities each task is an
    /// instance of, if any (needs `tasks` and `dwas`).
    pub task_dwas: Option<&'a str>,
    /// `code,tool`: tools and equipment, if any.
    pub tools: Option<&'a str>,
    /// `term,means`: résumé jargon and what it means in the plain words
    /// O\*NET's text uses ("qPCR" → "quantitative polymerase chain
    /// reaction"), if any; a phrase holding a term is read with its
    /// meaning added.
    pub jargon: Option<&'a str>,
    /// `code,realistic,investigative,artistic,social,enterprising,conventional,holland`
    /// (scores 1–7), if any.
    pub interests: Option<&'a str>,
    /// `code,job_zone` (1–5), if any.
    pub job_zones: Option<&'a str>,
    /// BLS OEWS `naics,soc,employment,annual_median_wage`, if any: the
    /// all-industries rows (`naics` `000000`) give each occupation its
    /// national employment and median wage; other rows are skipped.
    pub employment: Option<&'a str>,
    /// `phrase,element,kind`: everyday skill phrases and the elements they
    /// mean (one row per element, the first row a phrase's main meaning),
    /// if any. Without one, skills match by name only.
    pub vocabulary: Option<&'a str>,
}

#[cfg(feature = "onet")]
impl CatalogTables<'static> {
    /// The built-in tables (`data/onet`, `data/oews`, `data/vocabulary.csv`).
    pub const fn builtin() -> CatalogTables<'static> {
        CatalogTables {
            major_groups: include_str!("../../data/onet/major_groups.csv"),
            occupations: include_str!("../../data/onet/occupations.csv"),
            ratings: include_str!("../../data/onet/occupation_ratings.csv"),
            technologies: include_str!("../../data/onet/technologies.csv"),
            alternate_titles: include_str!("../../data/onet/alternate_titles.csv"),
            reported_titles: Some(include_str!("../../data/onet/reported_titles.csv")),
            extra_titles: Some(include_str!("../../data/titles.csv")),
            tasks: Some(include_str!("../../data/onet/tasks.csv")),
            dwas: Some(include_str!("../../data/onet/dwas.csv")),
            task_dwas: Some(include_str!("../../data/onet/task_dwas.csv")),
            tools: Some(include_str!("../../data/onet/tools.csv")),
            jargon: Some(include_str!("../../data/jargon.csv")),
            interests: Some(include_str!("../../data/onet/interests.csv")),
            job_zones: Some(include_str!("../../data/onet/job_zones.csv")),
            employment: Some(include_str!("../../data/oews/employment.csv")),
            vocabulary: Some(include_str!("../../data/vocabulary.csv")),
        }
    }
}

/// The occupation catalogue. See the [module docs](self).
#[derive(Debug)]
pub struct Catalog {
    fields: Vec<Field>,
    occupations: Vec<Occupation>,
    by_code: FastMap<String, usize>,
    elements: Vec<Element>,
    /// Normalised name → the elements of that name (O*NET has "Mathematics"
    /// both as a skill and as a knowledge area).
    element_keys: HashMap<String, Vec<ElementId>>,
    /// Per element: its meaningful words, for close-name matching.
    element_words: Vec<Vec<String>>,
    /// Everyday phrases → the elements they mean.
    vocabulary: elements::Vocabulary,
    /// Built on the first "did you mean".
    suggestion_index: std::sync::OnceLock<elements::SuggestionIndex>,
    /// Built on the first close-name match: each word of an element name
    /// or vocabulary phrase → the names holding it (elements first, then
    /// phrases, by their place).
    close_index: std::sync::OnceLock<FastMap<String, Vec<u32>>>,
    /// Precomputed fit vectors (see `crate::fit`).
    pub(crate) fit: FitMatrix,
    titles: titles::TitleIndex,
    /// The occupations' own words, for lexical retrieval: built with the
    /// catalogue by [`Catalog::from_tables`], on first use for
    /// [`Catalog::builtin`].
    text: std::sync::OnceLock<search::TextIndex>,
    /// The built-in tables the text index is built from on first use.
    text_tables: Option<CatalogTables<'static>>,
    /// Why the text index built on first use is empty, if it failed.
    text_error: std::sync::OnceLock<Error>,
    /// Résumé jargon and what it means.
    jargon: jargon::Jargon,
}

/// Per-occupation weights over skill and knowledge elements, unit length,
/// and each element's discount for being demanded everywhere.
#[derive(Debug)]
pub(crate) struct FitMatrix {
    /// Number of skill/knowledge elements (columns); technologies excluded.
    pub(crate) width: usize,
    /// Row-major: occupation × element.
    pub(crate) weights: Vec<f32>,
    /// Per element: √ln((N+1)/(df+1) + 1).
    pub(crate) discount: Vec<f32>,
    /// Row-major: occupation × element, each row the occupation's
    /// importance profile over every skill and knowledge area — an element
    /// it does not list imputed just below the least important one it does
    /// list (O\*NET's tables keep the top 20 skills and 15 knowledge areas,
    /// so a missing one is low, not zero) — its skills and its knowledge
    /// areas each centred on their mean and of unit length: a dot product
    /// over one kind with another vector made the same way is a correlation.
    pub(crate) profiles: Vec<f32>,
    /// Per column: whether it is a knowledge area (else a skill).
    pub(crate) knowledge: Vec<bool>,
}

/// How many of an occupation's skills [`Occupation::demands`] keeps, the
/// most important: O\*NET rates all 35 for every rated occupation, and
/// the least important say little about it.
pub const KEPT_SKILLS: usize = 20;
/// As [`KEPT_SKILLS`], for the 33 knowledge areas.
pub const KEPT_KNOWLEDGE: usize = 15;

/// How fast an occupation's demands lose weight with rank: the k-th most
/// important skill weighs `exp(-k / SKILL_DECAY)`.
pub(crate) const SKILL_DECAY: f32 = 8.0;
/// As [`SKILL_DECAY`], for knowledge areas.
pub(crate) const KNOWLEDGE_DECAY: f32 = 5.0;

#[cfg(feature = "onet")]
static BUILTIN: std::sync::OnceLock<std::result::Result<Catalog, String>> =
    std::sync::OnceLock::new();

impl Catalog {
    /// The built-in O\*NET catalogue, parsed on first use and shared after.
    ///
    /// # Errors
    /// Only if the embedded tables were corrupted at build time
    /// ([`ErrorKind::Malformed`]); the tests parse them on every run.
    #[cfg(feature = "onet")]
    pub fn builtin() -> Result<&'static Catalog> {
        BUILTIN
            .get_or_init(|| {
                Catalog::from_static_tables(CatalogTables::builtin()).map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|m| {
                Error::new(ErrorKind::Malformed {
                    what: "catalogue table",
                    message: format!("built-in catalogue: {m}"),
                })
            })
    }

    /// Builds a catalogue from CSV tables.
    ///
    /// # Errors
    /// [`ErrorKind::Malformed`] or [`ErrorKind::InvalidValue`] naming the
    /// table and line of the first bad row: a wrong header, a missing
    /// column, an unknown field or occupation code, an importance outside
    /// 0–100, a duplicate code.
    pub fn from_tables(t: CatalogTables<'_>) -> Result<Catalog> {
        Catalog::build(t, None)
    }

    /// As [`Catalog::from_tables`], for tables that live as long as the
    /// program (embedded ones, as [`Catalog::builtin`]'s): the index of
    /// the occupations' own text — what [`Catalog::search_text`],
    /// [`Catalog::read_phrase`] and [`fit`](crate::fit) read phrases
    /// against — is built on its first use, so a program that only plans
    /// and logs never pays for it.
    ///
    /// # Errors
    /// As [`Catalog::from_tables`], for every table but those only the
    /// text index reads (`tasks`, `dwas`, `tools`, and the task ids of
    /// `task_dwas`): a bad row there is met when the index is built, and
    /// leaves it empty (no phrase is read): [`Catalog::check_text`] builds
    /// it and returns that error. Or check such tables once with
    /// [`Catalog::from_tables`], as this crate's tests do for its own.
    pub fn from_static_tables(t: CatalogTables<'static>) -> Result<Catalog> {
        Catalog::build(t, Some(t))
    }

    /// As [`Catalog::from_tables`]; with `lazy`, the occupations' text
    /// index is built on first use from those `'static` tables (the same
    /// as `t`) instead.
    fn build(t: CatalogTables<'_>, lazy: Option<CatalogTables<'static>>) -> Result<Catalog> {
        let mut fields = Vec::new();
        let mut field_index: HashMap<FieldCode, usize> = HashMap::new();
        for_rows(
            t.major_groups,
            "major_groups.csv",
            &["major_group", "name"],
            |line, r| {
                let code = FieldCode::parse(col(r, 0))
                    .map_err(|e| e.with_location(table_loc("major_groups.csv", line)))?;
                if field_index.insert(code, fields.len()).is_some() {
                    return Err(dup("field", col(r, 0), "major_groups.csv", line));
                }
                fields.push(Field {
                    code,
                    name: col(r, 1).to_string(),
                    occupations: Vec::new(),
                });
                Ok(())
            },
        )?;

        let mut occupations: Vec<Occupation> = Vec::new();
        let mut by_code = FastMap::default();
        for_rows(
            t.occupations,
            "occupations.csv",
            &["code", "title", "major_group", "description?"],
            |line, r| {
                let code = OccupationCode::parse(col(r, 0))
                    .map_err(|e| e.with_location(table_loc("occupations.csv", line)))?;
                let field = FieldCode::parse(col(r, 2))
                    .map_err(|e| e.with_location(table_loc("occupations.csv", line)))?;
                if code.field() != field {
                    return Err(Error::invalid(
                        "major_group",
                        col(r, 2),
                        format!(
                            "the code {code} belongs to major group {}, not {field}",
                            code.field()
                        ),
                    )
                    .with_location(table_loc("occupations.csv", line)));
                }
                let fi = *field_index.get(&field).ok_or_else(|| {
                    Error::not_found("field", col(r, 2))
                        .with_location(table_loc("occupations.csv", line))
                })?;
                if by_code
                    .insert(code.as_str().to_string(), occupations.len())
                    .is_some()
                {
                    return Err(dup("occupation", code.as_str(), "occupations.csv", line));
                }
                if let Some(f) = fields.get_mut(fi) {
                    f.occupations.push(code.clone());
                }
                occupations.push(Occupation {
                    code,
                    title: col(r, 1).to_string(),
                    field,
                    description: col(r, 3).to_string(),
                    demands: Vec::new(),
                    estimated: false,
                    technologies: Vec::new(),
                    interests: None,
                    job_zone: None,
                    employment: None,
                    median_wage: None,
                    employment_shared: None,
                });
                Ok(())
            },
        )?;

        let mut elements: Vec<Element> = Vec::new();
        let mut element_keys: HashMap<String, Vec<ElementId>> = HashMap::new();
        // Rows repeat a few hundred names tens of thousands of times: look the
        // raw name up before normalising it.
        let mut seen: [FastMap<String, ElementId>; 3] = Default::default();
        let mut intern = |elements: &mut Vec<Element>, name: &str, kind: ElementKind| {
            let [skills, knowledge, technologies] = &mut seen;
            let seen = match kind {
                ElementKind::Skill => skills,
                ElementKind::Knowledge => knowledge,
                ElementKind::Technology => technologies,
            };
            if let Some(&i) = seen.get(name) {
                return i;
            }
            let i = intern(elements, &mut element_keys, name, kind);
            seen.insert(name.to_string(), i);
            i
        };
        let occupation_at = |code: &str, table: &str, line: u64| -> Result<usize> {
            by_code.get(code).copied().ok_or_else(|| {
                Error::not_found("occupation", code).with_location(table_loc(table, line))
            })
        };

        for_rows(
            t.ratings,
            "occupation_ratings.csv",
            &["code", "kind", "name", "importance"],
            |line, r| {
                let oi = occupation_at(col(r, 0), "occupation_ratings.csv", line)?;
                let kind = match col(r, 1) {
                    "skill" => ElementKind::Skill,
                    "knowledge" => ElementKind::Knowledge,
                    other => {
                        return Err(Error::invalid("kind", other, "expected skill or knowledge")
                            .with_location(table_loc("occupation_ratings.csv", line)))
                    }
                };
                let importance = col(r, 3)
                    .parse::<u8>()
                    .ok()
                    .filter(|i| *i <= 100)
                    .ok_or_else(|| {
                        Error::invalid("importance", col(r, 3), "expected a whole number 0-100")
                            .with_location(table_loc("occupation_ratings.csv", line))
                    })?;
                let element = intern(&mut elements, col(r, 2), kind);
                if let Some(o) = occupations.get_mut(oi) {
                    o.demands.push(Demand {
                        element,
                        importance,
                    });
                }
                Ok(())
            },
        )?;
        let width = elements.len();
        for_rows(
            t.technologies,
            "technologies.csv",
            &["code", "technology"],
            |line, r| {
                let oi = occupation_at(col(r, 0), "technologies.csv", line)?;
                let element = intern(&mut elements, col(r, 1), ElementKind::Technology);
                if let Some(o) = occupations.get_mut(oi) {
                    o.technologies.push(element);
                }
                Ok(())
            },
        )?;

        let mut alternate: Vec<(usize, String)> = Vec::new();
        for (table, rows) in [
            ("alternate_titles.csv", Some(t.alternate_titles)),
            ("reported_titles.csv", t.reported_titles),
            ("titles.csv", t.extra_titles),
        ] {
            let Some(rows) = rows else { continue };
            for_rows(rows, table, &["code", "title"], |line, r| {
                let oi = occupation_at(col(r, 0), table, line)?;
                if !col(r, 1).is_empty() {
                    alternate.push((oi, col(r, 1).to_string()));
                }
                Ok(())
            })?;
        }
        // Per occupation: its detailed work activities, for estimates.
        let mut activities: Vec<Vec<u32>> = vec![Vec::new(); occupations.len()];
        if let Some(rows) = t.task_dwas {
            let mut ids: FastMap<String, u32> = FastMap::default();
            for_rows(rows, "task_dwas.csv", &["code", "dwa_id"], |line, r| {
                let oi = occupation_at(col(r, 0), "task_dwas.csv", line)?;
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                let id = *ids.entry(col(r, 1).to_string()).or_insert(next);
                if let Some(a) = activities.get_mut(oi) {
                    a.push(id);
                }
                Ok(())
            })?;
        }
        if let Some(text) = t.interests {
            for_rows(
                text,
                "interests.csv",
                &[
                    "code",
                    "realistic",
                    "investigative",
                    "artistic",
                    "social",
                    "enterprising",
                    "conventional",
                    "holland",
                ],
                |line, r| {
                    let at = || table_loc("interests.csv", line);
                    let oi = occupation_at(col(r, 0), "interests.csv", line)?;
                    let mut scores = [0.0; 6];
                    for (k, s) in scores.iter_mut().enumerate() {
                        *s = col(r, k + 1).parse::<f64>().map_err(|_| {
                            Error::invalid("interest score", col(r, k + 1), "expected a number 1-7")
                                .with_location(at())
                        })?;
                    }
                    let i = crate::interests::Interests::new(scores)
                        .map_err(|e| e.with_location(at()))?;
                    if let Some(o) = occupations.get_mut(oi) {
                        o.interests = Some(i);
                    }
                    Ok(())
                },
            )?;
        }
        if let Some(text) = t.job_zones {
            for_rows(text, "job_zones.csv", &["code", "job_zone"], |line, r| {
                let oi = occupation_at(col(r, 0), "job_zones.csv", line)?;
                let zone = col(r, 1)
                    .parse::<u8>()
                    .map_err(|_| Error::invalid("job zone", col(r, 1), "expected 1-5"))
                    .and_then(crate::interests::JobZone::new)
                    .map_err(|e| e.with_location(table_loc("job_zones.csv", line)))?;
                if let Some(o) = occupations.get_mut(oi) {
                    o.job_zone = Some(zone);
                }
                Ok(())
            })?;
        }
        if let Some(text) = t.employment {
            let national = labour::national(text)?;
            let published: Vec<Option<String>> = occupations
                .iter()
                .map(|o| {
                    labour::soc_candidates(&o.code)
                        .into_iter()
                        .find(|soc| national.contains_key(soc))
                })
                .collect();
            let mut sharing: HashMap<&str, usize> = HashMap::new();
            for soc in published.iter().flatten() {
                *sharing.entry(soc.as_str()).or_default() += 1;
            }
            for (o, soc) in occupations.iter_mut().zip(&published) {
                let Some(soc) = soc else { continue };
                if let Some(&(employment, wage)) = national.get(soc) {
                    o.employment = Some(employment);
                    o.median_wage = wage;
                }
                let n = sharing.get(soc.as_str()).copied().unwrap_or(1);
                let group = labour::soc_candidates(&o.code).first() != Some(soc);
                if n > 1 || group {
                    o.employment_shared = Some(SharedFigure {
                        soc: format!(
                            "{}-{}",
                            soc.get(..2).unwrap_or(""),
                            soc.get(2..).unwrap_or("")
                        ),
                        occupations: n,
                        group,
                    });
                }
            }
        }

        let mut full: Vec<Vec<Demand>> = Vec::with_capacity(occupations.len());
        for o in &mut occupations {
            o.demands.sort_by(|a, b| {
                b.importance
                    .cmp(&a.importance)
                    .then(a.element.cmp(&b.element))
            });
            o.demands.dedup_by_key(|d| d.element);
            full.push(o.demands.clone());
            estimate::keep_top(&mut o.demands, &elements);
            o.technologies.sort_unstable();
            o.technologies.dedup();
        }
        estimate::fill(&mut occupations, &mut full, &mut activities, &elements);
        for o in &occupations {
            for d in &o.demands {
                if let Some(e) = elements.get_mut(d.element.index()) {
                    e.occupations += 1;
                }
            }
            for t in &o.technologies {
                if let Some(e) = elements.get_mut(t.index()) {
                    e.occupations += 1;
                }
            }
        }
        let fit = FitMatrix::build(&occupations, &elements, width);
        drop(full);
        let element_words = elements.iter().map(|e| elements::words(&e.name)).collect();
        let vocabulary = match t.vocabulary {
            Some(text) => elements::Vocabulary::parse(text, &elements, &element_keys)?,
            None => elements::Vocabulary::default(),
        };
        let titles = titles::TitleIndex::build(&occupations, alternate);
        let mut catalog = Catalog {
            fields,
            occupations,
            by_code,
            elements,
            element_keys,
            element_words,
            vocabulary,
            suggestion_index: std::sync::OnceLock::new(),
            close_index: std::sync::OnceLock::new(),
            fit,
            titles,
            text: std::sync::OnceLock::new(),
            text_tables: None,
            text_error: std::sync::OnceLock::new(),
            jargon: match t.jargon {
                Some(rows) => jargon::Jargon::parse(rows)?,
                None => jargon::Jargon::default(),
            },
        };
        if lazy.is_some() {
            catalog.text_tables = lazy;
        } else {
            let text = catalog.build_text(&t)?;
            catalog.text = std::sync::OnceLock::from(text);
        }
        Ok(catalog)
    }

    /// The career fields, in code order.
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    /// The field with this code.
    pub fn field(&self, code: FieldCode) -> Option<&Field> {
        self.fields.iter().find(|f| f.code == code)
    }

    /// The field with this code, or an error naming the codes there are.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for a code the catalogue has no field for.
    pub fn require_field(&self, code: FieldCode) -> Result<&Field> {
        self.field(code).ok_or_else(|| {
            Error::new(ErrorKind::NotFound {
                what: "career field",
                key: format!(
                    "{code} (the fields are {})",
                    self.fields
                        .iter()
                        .map(|f| f.code.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })
        })
    }

    /// All occupations, in code order.
    pub fn occupations(&self) -> &[Occupation] {
        &self.occupations
    }

    /// The occupation with this O\*NET-SOC code.
    pub fn occupation(&self, code: &str) -> Option<&Occupation> {
        self.by_code
            .get(code.trim())
            .and_then(|i| self.occupations.get(*i))
    }

    /// The occupation with this code as a detail page shows it.
    ///
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let c = inroads::Catalog::builtin()?;
    /// let nurses = c.occupation_detail("29-1141.00").unwrap();
    /// assert_eq!(nurses.title, "Registered Nurses");
    /// assert!(nurses.demands.windows(2).all(|w| w[0].importance >= w[1].importance));
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn occupation_detail(&self, code: &str) -> Option<OccupationDetail> {
        let o = self.occupation(code)?;
        let element = |id: ElementId| self.element_by_id(id);
        Some(OccupationDetail {
            code: o.code.clone(),
            title: o.title.clone(),
            field: o.field,
            field_name: self.field_name(o.field),
            demands: o
                .demands
                .iter()
                .filter_map(|d| {
                    element(d.element).map(|e| NamedDemand {
                        name: e.name.clone(),
                        kind: e.kind,
                        importance: d.importance,
                    })
                })
                .collect(),
            technologies: o
                .technologies
                .iter()
                .filter_map(|t| element(*t).map(|e| e.name.clone()))
                .collect(),
            holland: o.interests.map(|i| i.holland()),
            job_zone: o.job_zone,
            employment: o.employment,
            median_wage: o.median_wage,
            employment_shared: o.employment_shared.clone(),
            related: self
                .related_occupations(code, RELATED_SHOWN)
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r.similarity >= RELATED_MIN)
                .collect(),
        })
    }

    /// All skills, knowledge areas and technologies.
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }

    /// The element with this id.
    pub fn element_by_id(&self, id: ElementId) -> Option<&Element> {
        self.elements.get(id.index())
    }

    /// The first element with exactly this name (compared normalised).
    pub fn element(&self, name: &str) -> Option<ElementId> {
        self.elements_named(name).first().copied()
    }

    /// Every element with exactly this name (compared normalised): usually
    /// one, two for names that are both a skill and a knowledge area.
    pub fn elements_named(&self, name: &str) -> &[ElementId] {
        self.element_keys
            .get(&normalize_skill(name))
            .map_or(&[], Vec::as_slice)
    }

    /// A phrase as the text index reads it: its words, and what any
    /// jargon in it means.
    pub(crate) fn text_query(&self, text: &str, phrases: bool) -> search::Query {
        match self.jargon.expand(text) {
            Some(e) => self.text().query_read(&e.text, phrases, &e.terms),
            None => self.text().query(text, phrases),
        }
    }

    /// How many jargon terms the catalogue reads out.
    pub fn jargon_len(&self) -> usize {
        self.jargon.len()
    }

    /// The occupations' text index (built now if it was left for first
    /// use; the built-in tables it reads are parsed by every test run, so
    /// it cannot fail — an empty index would read no phrase).
    pub(crate) fn text(&self) -> &search::TextIndex {
        self.text.get_or_init(|| match &self.text_tables {
            Some(t) => match self.build_text(t) {
                Ok(ix) => ix,
                Err(e) => {
                    // Kept for `check_text`; the index stays empty.
                    let _ = self.text_error.set(e);
                    search::TextIndex::default()
                }
            },
            None => search::TextIndex::default(),
        })
    }

    /// Builds the index of the occupations' own text now, if it was left
    /// for first use ([`Catalog::from_static_tables`]), and says whether
    /// it was built whole.
    ///
    /// # Errors
    /// [`ErrorKind::Malformed`] with the error of the first bad row of a
    /// table only the index reads (`tasks`, `dwas`, `task_dwas`, `tools`),
    /// as [`Catalog::from_tables`] would have reported it, table and line
    /// kept: the index is then
    /// empty, and no phrase is read in it. Always `Ok` for
    /// [`Catalog::builtin`] (its tables are checked by every test run).
    pub fn check_text(&self) -> Result<()> {
        self.text();
        match self.text_error.get() {
            Some(e) => {
                let err = Error::new(ErrorKind::Malformed {
                    what: "catalogue table",
                    message: format!("the occupations' text index could not be built: {e}"),
                });
                Err(match e.location() {
                    Some(at) => err.with_location(at.clone()),
                    None => err,
                })
            }
            None => Ok(()),
        }
    }

    /// Builds the text index: every occupation's titles, technologies,
    /// tools, tasks and the detailed work activities of its tasks.
    fn build_text(&self, t: &CatalogTables<'_>) -> Result<search::TextIndex> {
        let occupation_at = |code: &str, table: &str, line: u64| -> Result<usize> {
            self.by_code.get(code).copied().ok_or_else(|| {
                Error::not_found("occupation", code).with_location(table_loc(table, line))
            })
        };
        let mut text = search::TextIndexBuilder::default();
        // The titles, as the title index already read them.
        for (i, title) in self.titles.titles() {
            text.add(StatementKind::Title, title, i);
        }
        for (i, o) in self.occupations.iter().enumerate() {
            for tech in &o.technologies {
                if let Some(e) = self.elements.get(tech.index()) {
                    text.add(StatementKind::Technology, &e.name, i);
                }
            }
        }
        if let Some(rows) = t.tools {
            for_rows(rows, "tools.csv", &["code", "tool"], |line, r| {
                let oi = occupation_at(col(r, 0), "tools.csv", line)?;
                if !col(r, 1).is_empty() {
                    text.add(StatementKind::Tool, col(r, 1), oi);
                }
                Ok(())
            })?;
        }
        let mut dwa_text: FastMap<String, String> = FastMap::default();
        if let Some(rows) = t.dwas {
            for_rows(rows, "dwas.csv", &["dwa_id", "dwa"], |line, r| {
                if dwa_text
                    .insert(col(r, 0).to_string(), col(r, 1).to_string())
                    .is_some()
                {
                    return Err(dup("work activity", col(r, 0), "dwas.csv", line));
                }
                Ok(())
            })?;
        }
        let mut task_ids: FastMap<(usize, String), ()> = FastMap::default();
        if let Some(rows) = t.tasks {
            for_rows(
                rows,
                "tasks.csv",
                &["code", "task_id", "task"],
                |line, r| {
                    let oi = occupation_at(col(r, 0), "tasks.csv", line)?;
                    if !col(r, 2).is_empty() {
                        text.add(StatementKind::Task, col(r, 2), oi);
                    }
                    task_ids.insert((oi, col(r, 1).to_string()), ());
                    Ok(())
                },
            )?;
        }
        if let Some(rows) = t.task_dwas {
            let mut dwa_ids: FastMap<String, u32> = FastMap::default();
            for_rows(
                rows,
                "task_dwas.csv",
                &["code", "task_id", "dwa_id"],
                |line, r| {
                    let at = || table_loc("task_dwas.csv", line);
                    let oi = occupation_at(col(r, 0), "task_dwas.csv", line)?;
                    if t.tasks.is_some() && !task_ids.contains_key(&(oi, col(r, 1).to_string())) {
                        return Err(Error::not_found("task", col(r, 1)).with_location(at()));
                    }
                    let id = match dwa_ids.get(col(r, 2)) {
                        Some(&id) => id,
                        None => {
                            let Some(dwa) = dwa_text.get(col(r, 2)) else {
                                if t.dwas.is_none() {
                                    return Ok(());
                                }
                                return Err(Error::not_found("work activity", col(r, 2))
                                    .with_location(at()));
                            };
                            let id = text.add(StatementKind::WorkActivity, dwa, oi);
                            dwa_ids.insert(col(r, 2).to_string(), id);
                            id
                        }
                    };
                    text.add_to(id, oi);
                    Ok(())
                },
            )?;
        }
        Ok(text.finish(self.occupations.len()))
    }

    /// The name of the field with this code, or the code itself.
    pub(crate) fn field_name(&self, code: FieldCode) -> String {
        self.field(code)
            .map_or_else(|| code.to_string(), |f| f.name.clone())
    }

    /// A field as a person reads it: its code and name ("19 Life,
    /// Physical, and Social Science"), or the code alone when the
    /// catalogue has no such field.
    ///
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let catalog = inroads::Catalog::builtin()?;
    /// assert_eq!(catalog.field_label("15".parse()?), "15 Computer and Mathematical");
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn field_label(&self, code: FieldCode) -> String {
        match self.field(code) {
            Some(f) => format!("{code} {}", f.name),
            None => code.to_string(),
        }
    }
}

impl FitMatrix {
    fn build(occupations: &[Occupation], elements: &[Element], width: usize) -> FitMatrix {
        let n = occupations.len() as f32;
        let discount: Vec<f32> = elements
            .iter()
            .take(width)
            .map(|e| ((n + 1.0) / (e.occupations as f32 + 1.0) + 1.0).ln().sqrt())
            .collect();
        let knowledge: Vec<bool> = elements
            .iter()
            .take(width)
            .map(|e| e.kind == ElementKind::Knowledge)
            .collect();
        let mut profiles = vec![0.0f32; occupations.len() * width];
        for (row, o) in profiles.chunks_mut(width.max(1)).zip(occupations) {
            let least = |kind: ElementKind| {
                o.demands
                    .iter()
                    .filter(|d| {
                        elements
                            .get(d.element.index())
                            .is_some_and(|e| e.kind == kind)
                    })
                    .map(|d| f32::from(d.importance))
                    .fold(None, |m: Option<f32>, x| Some(m.map_or(x, |m| m.min(x))))
            };
            let (skill_floor, knowledge_floor) =
                (least(ElementKind::Skill), least(ElementKind::Knowledge));
            for (e, cell) in elements.iter().zip(row.iter_mut()) {
                let floor = match e.kind {
                    ElementKind::Skill => skill_floor,
                    _ => knowledge_floor,
                };
                *cell = floor.map_or(0.0, |f| (f - IMPUTED_BELOW).max(0.0));
            }
            for d in &o.demands {
                if let Some(cell) = row.get_mut(d.element.index()) {
                    *cell = f32::from(d.importance);
                }
            }
            centre_by_kind(row, &knowledge);
        }
        let mut weights = vec![0.0f32; occupations.len() * width];
        for (row, o) in weights.chunks_mut(width.max(1)).zip(occupations) {
            let (mut skill_rank, mut knowledge_rank) = (0.0f32, 0.0f32);
            for d in &o.demands {
                let Some(e) = elements.get(d.element.index()) else {
                    continue;
                };
                let decay = match e.kind {
                    ElementKind::Skill => {
                        skill_rank += 1.0;
                        (-(skill_rank - 1.0) / SKILL_DECAY).exp()
                    }
                    _ => {
                        knowledge_rank += 1.0;
                        (-(knowledge_rank - 1.0) / KNOWLEDGE_DECAY).exp()
                    }
                };
                let w = discount.get(d.element.index()).copied().unwrap_or(0.0);
                if let Some(cell) = row.get_mut(d.element.index()) {
                    *cell = f32::from(d.importance) * decay * w;
                }
            }
            let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|x| *x /= norm);
            }
        }
        FitMatrix {
            width,
            weights,
            discount,
            profiles,
            knowledge,
        }
    }

    pub(crate) fn profile(&self, occupation: usize) -> &[f32] {
        let start = occupation * self.width;
        self.profiles.get(start..start + self.width).unwrap_or(&[])
    }

    pub(crate) fn row(&self, occupation: usize) -> &[f32] {
        let start = occupation * self.width;
        self.weights.get(start..start + self.width).unwrap_or(&[])
    }
}

/// `x` to three decimals, so a figure reads back from JSON exactly.
pub(crate) fn round3(x: impl Into<f64>) -> f64 {
    (x.into() * 1000.0).round() / 1000.0
}

/// How far below an occupation's least important listed element an
/// unlisted one is imputed, on the 0–100 importance scale.
pub(crate) const IMPUTED_BELOW: f32 = 10.0;

/// Takes the mean off a vector's skills and, separately, off its knowledge
/// areas (`knowledge` marks them), and scales each part to unit length (a
/// constant part becomes zero).
pub(crate) fn centre_by_kind(row: &mut [f32], knowledge: &[bool]) {
    for kind in [false, true] {
        let part = || {
            row.iter()
                .zip(knowledge)
                .filter(move |(_, k)| **k == kind)
                .map(|(x, _)| *x)
        };
        let count = part().count().max(1) as f32;
        let mean = part().sum::<f32>() / count;
        let norm = part().map(|x| (x - mean) * (x - mean)).sum::<f32>().sqrt();
        for (x, _) in row.iter_mut().zip(knowledge).filter(|(_, k)| **k == kind) {
            *x = if norm > 0.0 { (*x - mean) / norm } else { 0.0 };
        }
    }
}

fn intern(
    elements: &mut Vec<Element>,
    keys: &mut HashMap<String, Vec<ElementId>>,
    name: &str,
    kind: ElementKind,
) -> ElementId {
    let same = keys.entry(normalize_skill(name)).or_default();
    if let Some(&i) = same
        .iter()
        .find(|i| elements.get(i.index()).is_some_and(|e| e.kind == kind))
    {
        return i;
    }
    elements.push(Element {
        name: name.to_string(),
        kind,
        occupations: 0,
    });
    let id = ElementId::from_index(elements.len() - 1);
    same.push(id);
    id
}

fn col<'r>(r: &Row<'r>, i: usize) -> &'r str {
    r.columns
        .get(i)
        .copied()
        .flatten()
        .and_then(|c| r.record.get(c))
        .unwrap_or("")
        .trim()
}

fn table_loc(table: &str, line: u64) -> Location {
    Location {
        path: Some(table.into()),
        line: Some(line),
        ..Location::default()
    }
}

fn dup(what: &'static str, key: &str, table: &str, line: u64) -> Error {
    Error::new(ErrorKind::Duplicate {
        what,
        key: key.to_string(),
        existing: "listed earlier in the table".into(),
    })
    .with_location(table_loc(table, line))
}

/// One row of a catalogue table, its columns in the order the caller
/// asked for them (the file may order them otherwise, and hold others).
struct Row<'r> {
    record: &'r csv::StringRecord,
    columns: &'r [Option<usize>],
}

/// Reads a CSV table whose header names the columns in `header` (in any
/// order; others are ignored; a name ending in `?` may be missing, and
/// reads as empty), calling `f` with each row's 1-based line number.
fn for_rows(
    text: &str,
    table: &str,
    header: &[&str],
    mut f: impl FnMut(u64, &Row<'_>) -> Result<()>,
) -> Result<()> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let found = rdr
        .headers()
        .map_err(|e| csv_error(e, table))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect::<Vec<_>>();
    let mut columns = Vec::with_capacity(header.len());
    for name in header {
        let (name, optional) = match name.strip_suffix('?') {
            Some(n) => (n, true),
            None => (*name, false),
        };
        let at = found.iter().position(|h| h == name);
        if at.is_none() && !optional {
            let wanted: Vec<&str> = header
                .iter()
                .filter(|h| !h.ends_with('?'))
                .copied()
                .collect();
            return Err(Error::new(ErrorKind::Malformed {
                what: "catalogue table",
                message: format!(
                    "expected the header {:?} (column {name:?} is missing), found {:?}",
                    wanted.join(","),
                    found.join(",")
                ),
            })
            .with_location(table_loc(table, 1)));
        }
        columns.push(at);
    }
    let mut rec = csv::StringRecord::new();
    while rdr.read_record(&mut rec).map_err(|e| csv_error(e, table))? {
        let line = rec.position().map_or(0, |p| p.line());
        f(
            line,
            &Row {
                record: &rec,
                columns: &columns,
            },
        )?;
    }
    Ok(())
}

fn csv_error(e: csv::Error, table: &str) -> Error {
    let line = e.position().map_or(0, |p| p.line());
    Error::new(ErrorKind::Malformed {
        what: "catalogue table",
        message: e.to_string(),
    })
    .with_location(table_loc(table, line))
}

impl std::str::FromStr for FieldCode {
    type Err = crate::Error;
    /// As [`FieldCode::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        FieldCode::parse(s)
    }
}
