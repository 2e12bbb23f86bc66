//! Steps 1–2 of the method: where the job seeker's skills transfer. See [`fit`].

use crate::catalog::{
    Catalog, ElementKind, ElementMatch, FieldCode, MatchHow, Occupation, Reading,
    RelatedOccupation, StatementKind, TextFields,
};
use crate::id::IndustryId;
use crate::interests::{Interest, Interests, JobZone};
use crate::model::{Industry, Profile, SkillRating};
use crate::skill::Skill;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The job seeker's elements: element index → (weight, the rating that
/// gave it). Ordered, so every sum over it runs in the same order and the
/// same input gives the same bits.
type Mine<'p> = BTreeMap<usize, (f32, &'p SkillRating)>;

/// The weight of each enjoyment rating, 1 to 5.
const ENJOYMENT_FACTOR: [f32; 5] = [0.2, 0.6, 1.0, 1.2, 1.4];
/// The share of the score that technologies carry, when the profile has any.
const TECHNOLOGY_SHARE: f32 = 0.2;
/// How many of a field's best occupations make its score.
const FIELD_BEST: usize = 3;
/// The share of the skill score that the whole-profile correlation carries
/// (the rest is the cosine over the job seeker's own skills).
const PROFILE_SHARE: f32 = 0.3;
/// The knowledge areas' share of the whole-profile correlation (the skills'
/// is the rest): O\*NET relates occupations by knowledge, tasks and titles,
/// not by skills.
const KNOWLEDGE_SHARE: f32 = 0.7;
/// What a skill or knowledge area the job seeker does not list counts as
/// in the whole-profile correlation, on the 0–100 importance scale: low.
const UNLISTED: f32 = 30.0;
/// Score points per unit of interest similarity (−1 to 1) when the job
/// seeker gave their interests.
const INTERESTS_GIVEN: f32 = 15.0;
/// As [`INTERESTS_GIVEN`], for interests inferred from the skills they
/// enjoy most: a weak signal.
const INTERESTS_INFERRED: f32 = 5.0;
/// How many of the best-fitting occupations the inferred interests are
/// read from.
const INFER_FROM: usize = 10;
/// The share of an occupation's score (skills and interests) that its
/// closeness to the job seeker's best matches carries (step 7 of [`fit`]).
const RELATED_SHARE: f64 = 0.25;
/// The most best matches closeness is measured to.
const ANCHORS: usize = 5;
/// A match `d` below the best (on the 0–1 score) reaches
/// `exp(-d / ANCHOR_SCALE)` of its score: one 2 points below, a third.
const ANCHOR_SCALE: f32 = 0.02;
/// The least share of a score (0–1 scale) closeness to a match must carry
/// for [`OccupationFit::near`] to name the match.
const NEAR_SHOWN: f32 = 0.05;
/// A match's title similarities are read relative to its most alike other
/// occupation (which counts as fully related), but never relative to less
/// than this: a match whose titles are like no other's lends little.
const ALIKE_FLOOR: f32 = 0.3;
/// With fewer skills and knowledge areas than this, closeness to the best
/// matches carries proportionally less: with few skills the best matches
/// are a guess, and ranking their relatives near them would amplify it.
const FULL_EVIDENCE: usize = 15;
/// How much a phrase read against the occupations' own text weighs beside
/// one matched to a skill or knowledge area (step 2 of [`fit`]).
const TEXT_WEIGHT: f32 = 3.0;
/// How many skills and knowledge areas one phrase read in the
/// occupations' text counts as, for the evidence closeness needs.
const TEXT_EVIDENCE: usize = 2;

/// Options for [`fit`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FitOptions {
    /// The most occupations to return (fields and industries are all returned).
    pub top: usize,
    /// Only these fields, when not empty.
    pub include_fields: Vec<FieldCode>,
    /// Never these fields (the seed's teacher candidates exclude 25, education).
    pub exclude_fields: Vec<FieldCode>,
    /// Leave out occupations and fields scoring below this (0–100).
    pub min_score: f64,
    /// The most gaps listed per occupation or industry.
    pub gaps: usize,
    /// Leave out occupations (and, in fields, do not count them) that
    /// usually ask for more preparation than this job zone.
    pub max_zone: Option<JobZone>,
    /// The share of each occupation's score that its closeness to the job
    /// seeker's best matches carries, 0–1 (step 7 of [`fit`]; default
    /// 0.25). 0 ranks by skills and interests alone; `fit` reads a NaN as
    /// the default and clamps other values to 0–1.
    pub related_share: f64,
    /// Read the phrases against the occupations' own text — tasks, work
    /// activities, tools, technologies, titles (step 1 of [`fit`]; default
    /// true). False ranks by skill and knowledge ratings alone, as before
    /// that step existed: for comparison.
    pub read_text: bool,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions {
            top: 10,
            include_fields: Vec::new(),
            exclude_fields: Vec::new(),
            min_score: 0.0,
            gaps: 5,
            max_zone: None,
            related_share: RELATED_SHARE,
            read_text: true,
        }
    }
}

impl FitOptions {
    /// Checks the options a front end filled in: `min_score` must be a
    /// number from 0 to 100 (`fit` itself reads a NaN as no minimum), and
    /// `related_share` one from 0 to 1.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) naming
    /// `min_score` or `related_share`.
    pub fn validate(&self) -> crate::Result<()> {
        if !(0.0..=100.0).contains(&self.min_score) {
            return Err(crate::Error::invalid(
                "min_score",
                self.min_score.to_string(),
                "expected a score from 0 to 100",
            ));
        }
        if !(0.0..=1.0).contains(&self.related_share) {
            return Err(crate::Error::invalid(
                "related_share",
                self.related_share.to_string(),
                "expected a share from 0 to 1",
            ));
        }
        Ok(())
    }

    /// [`FitOptions::related_share`] as `fit` reads it.
    fn share_to_use(&self) -> f32 {
        let share = if self.related_share.is_nan() {
            RELATED_SHARE
        } else {
            self.related_share.clamp(0.0, 1.0)
        };
        share as f32
    }

    fn allows(&self, field: FieldCode) -> bool {
        (self.include_fields.is_empty() || self.include_fields.contains(&field))
            && !self.exclude_fields.contains(&field)
    }

    fn zone_allows(&self, o: &Occupation) -> bool {
        match (self.max_zone, o.job_zone) {
            (Some(max), Some(z)) => z <= max,
            _ => true,
        }
    }
}

/// What [`fit`] found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FitReport {
    /// The profile's skills matched to catalogue elements.
    pub matched: Vec<ElementMatch>,
    /// The profile's skills read against the occupations' own text (every
    /// phrase but O\*NET's own skill and knowledge names) where any of
    /// their words was found, each with what it was read as: the closest
    /// task, work activity, tool, technology or job title
    /// ([`Catalog::read_phrase`]), or the one the job seeker chose; marked
    /// [`PhraseReading::partly`] when most of the phrase was not found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub read: Vec<PhraseReading>,
    /// The profile's skills that match nothing in the catalogue — no
    /// element and no word of any occupation's text — each with up to
    /// three "did you mean" suggestions.
    pub unmatched: Vec<UnmatchedSkill>,
    /// The interests the ranking used: the job seeker's own, or inferred
    /// from the skills they enjoy most; `None` when there was nothing to
    /// go on (or the catalogue has no interest profiles).
    pub interests: Option<InterestSignal>,
    /// The share of each occupation's score that closeness to the best
    /// matches carried (step 7 of [`fit`]): [`FitOptions::related_share`],
    /// less with fewer than fifteen skills and knowledge areas matched; 0
    /// when closeness played no part.
    #[serde(default)]
    pub related_share_used: f64,
    /// The best occupations, best first.
    pub occupations: Vec<OccupationFit>,
    /// The career fields, best first.
    pub fields: Vec<FieldFit>,
    /// The job seeker's own industries, best first (those without demanded
    /// skills last).
    pub industries: Vec<IndustryFit>,
}

/// How well the skills fit one occupation, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OccupationFit {
    /// The O\*NET-SOC code.
    pub code: crate::catalog::OccupationCode,
    /// The title.
    pub title: String,
    /// The field.
    pub field: FieldCode,
    /// The field's name.
    pub field_name: String,
    /// 0–100.
    pub score: f64,
    /// The job seeker's skills that carry the score, largest share first.
    pub matching: Vec<MatchingSkill>,
    /// The job seeker's phrases found in this occupation's own text, each
    /// with the statement of it that matches best, strongest first: "you
    /// said *Drafting pleadings and motions*; Paralegals *prepare … legal
    /// documents, including … pleadings*".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said: Vec<SaidMatch>,
    /// Set when the occupation's skill and knowledge ratings are estimated
    /// ([`Occupation::estimated`]): O\*NET gives it none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    /// What the occupation demands that the job seeker lacks or rates 2 or
    /// lower, most important (after the discount) first.
    pub gaps: Vec<Gap>,
    /// The enjoyed skills (enjoyment 4–5) it uses.
    pub enjoyed: Vec<String>,
    /// The job seeker's high points that are also the occupation's
    /// ([`Interests::high_points`]: "matches your Social and Artistic
    /// interests"), when interests were used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Interest>,
    /// How much preparation it usually asks, when the catalogue says.
    pub job_zone: Option<JobZone>,
    /// Set when it usually asks for more than one job zone above the job
    /// seeker's: shown, never hidden (use [`FitOptions::max_zone`] to
    /// filter).
    pub training: Option<TrainingGap>,
    /// People employed in it nationally (BLS OEWS), when published.
    pub employment: Option<u64>,
    /// Its national annual median wage in US dollars, when published.
    pub median_wage: Option<u32>,
    /// Set when those figures are a wider group's (see
    /// [`Occupation::employment_shared`]).
    pub employment_shared: Option<crate::catalog::SharedFigure>,
    /// One of the job seeker's best matches that this occupation was ranked
    /// near for their alike job titles, when closeness to it carries at
    /// least 5 points of the score and their titles are as alike as
    /// related occupations ([`RELATED_MIN`](crate::RELATED_MIN)) (step 7 of
    /// [`fit`]): "near Registered Nurses".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<RelatedOccupation>,
}

impl OccupationFit {
    /// The job seeker's skills that carry the score, each once, largest
    /// share first (a skill matching several elements appears in
    /// [`OccupationFit::matching`] once per element).
    pub fn matching_skills(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.matching {
            if !out.contains(&m.skill.as_str()) {
                out.push(m.skill.as_str());
            }
        }
        out
    }
}

/// A phrase of the profile and what it was read as.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PhraseReading {
    /// The skill as the job seeker named it.
    pub skill: Skill,
    /// The closest statement of any occupation (the chosen one, when the
    /// job seeker chose a reading).
    pub reading: Reading,
    /// Whether the job seeker chose it ([`SkillRating::read_as`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub chosen: bool,
    /// Set when only part of the phrase was found: the occupation it fits
    /// best holds less than half of its words (weighed by rarity). It
    /// still counts, for what was found; a front end may ask the job
    /// seeker to say it otherwise or choose a reading.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partly: bool,
}

impl std::fmt::Display for PhraseReading {
    /// `Restocking shelves → Stock shelves… — a task of Stockers and Order
    /// Fillers and 3 more`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} → {}", self.skill, self.reading)?;
        if self.chosen {
            f.write_str(" (your choice)")?;
        } else if self.partly {
            f.write_str(" (partly read)")?;
        }
        Ok(())
    }
}

/// One of the job seeker's phrases found in an occupation's own text.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SaidMatch {
    /// The job seeker's phrase.
    pub skill: String,
    /// The occupation's statement that matches it best.
    pub text: String,
    /// What kind of statement.
    pub kind: StatementKind,
    /// The share of the occupation's text evidence it carries, 0–1.
    pub share: f64,
}

/// A skill that matched nothing, and what the job seeker may have meant.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnmatchedSkill {
    /// The skill as the job seeker named it.
    pub skill: Skill,
    /// Up to three catalogue names or vocabulary phrases close in spelling
    /// ([`Catalog::suggest_skills`]), closest first.
    pub did_you_mean: Vec<String>,
}

/// An occupation that asks for more preparation than the job seeker has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TrainingGap {
    /// The occupation's job zone.
    pub needs: JobZone,
    /// The job seeker's.
    pub yours: JobZone,
}

impl std::fmt::Display for TrainingGap {
    /// `needs more training: usually a bachelor's degree (job zone 4, yours 2)`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "needs more training: usually {} (job zone {}, yours {})",
            self.needs.preparation(),
            self.needs,
            self.yours
        )
    }
}

/// The interests a ranking used, and where they came from.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InterestSignal {
    /// The scores.
    pub interests: Interests,
    /// Their Holland code (`SAE`).
    pub holland: String,
    /// Given by the job seeker, or inferred.
    pub source: InterestSource,
}

/// Where the interests in a ranking came from.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum InterestSource {
    /// The profile's own ([`Profile::interests`]).
    Given,
    /// Inferred from the occupations that best fit the skills the job seeker
    /// enjoys most (a weak signal: it moves scores by at most 5 points).
    Inferred {
        /// Those skills.
        from: Vec<String>,
    },
}

impl std::fmt::Display for InterestSignal {
    /// `your interests, SAE` or `interests inferred from the skills you
    /// enjoy most (Teaching, Writing): SAE`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code = if self.holland.is_empty() {
            "no high points"
        } else {
            self.holland.as_str()
        };
        match &self.source {
            InterestSource::Given => write!(f, "your interests, {code}"),
            InterestSource::Inferred { from } => write!(
                f,
                "interests inferred from the skills you enjoy most ({}): {code}",
                from.join(", ")
            ),
        }
    }
}

/// `matches your Social and Artistic interests`, or nothing for none.
pub fn interest_phrase(interests: &[Interest]) -> Option<String> {
    let names: Vec<String> = interests.iter().map(ToString::to_string).collect();
    let list = match names.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!(
        "matches your {list} interest{}",
        if names.len() == 1 { "" } else { "s" }
    ))
}

/// A skill that carries part of a score.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MatchingSkill {
    /// The job seeker's skill.
    pub skill: String,
    /// The catalogue element it matched.
    pub element: String,
    /// The element's importance to the occupation, 0–100 (technologies: none).
    pub importance: Option<u8>,
    /// Its share of the score, 0–1.
    pub share: f64,
}

/// A demanded skill the job seeker lacks or rates low.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Gap {
    /// The element.
    pub element: String,
    /// Its kind.
    pub kind: ElementKind,
    /// Its importance to the occupation, 0–100.
    pub importance: u8,
    /// The job seeker's proficiency, if they list it at all.
    pub proficiency: Option<u8>,
}

/// How well the skills fit a career field.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldFit {
    /// The field's code.
    pub code: FieldCode,
    /// Its name.
    pub name: String,
    /// 0–100: the mean of its best three occupations.
    pub score: f64,
    /// Its best occupations' titles, best first.
    pub best: Vec<String>,
}

/// How well the skills fit one of the job seeker's industries.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndustryFit {
    /// The industry.
    pub id: IndustryId,
    /// Its name.
    pub name: String,
    /// 0–100, or `None` when the industry lists no demanded skills.
    pub score: Option<f64>,
    /// Demanded skills the job seeker has.
    pub matching: Vec<String>,
    /// Demanded skills the job seeker lacks or rates 2 or lower, heaviest first.
    pub gaps: Vec<String>,
}

fn weight(r: &SkillRating) -> f32 {
    let e = ENJOYMENT_FACTOR
        .get(usize::from(r.enjoyment.get().saturating_sub(1)))
        .copied()
        .unwrap_or(1.0);
    f32::from(r.proficiency.get()) / 5.0 * e
}

fn round1(x: f32) -> f64 {
    (f64::from(x) * 10.0).round() / 10.0
}

/// Ranks every occupation in the [`Catalog`], the career fields, and the
/// job seeker's own industries by how well the profile's skills carry over,
/// and explains each result.
///
/// # The method, and why
///
/// 1. **Match skills to the catalogue, and read them in what occupations
///    do.** Each profile skill is matched to an O\*NET skill, knowledge
///    area or technology ([`Catalog::match_skill`]). Every skill but
///    O\*NET's own skill and knowledge names is also read in the
///    occupations' own text — titles, tasks with their work activities,
///    tools with technologies — by BM25 ([`Catalog::search_text`] with
///    [`TextFields::ALL`]: Snowball stems, neighbouring-word pairs, résumé
///    jargon read out); each occupation's score for a phrase is divided by
///    the best occupation's, and the phrases' scores averaged, weighed as
///    in step 2. Half of that text evidence is the profile the words
///    imply: the skill and knowledge profile of the ten occupations they
///    fit best, correlated (as in step 5) with every occupation's, so lab
///    words found in biologists' tasks also rank the occupations asking
///    for the same knowledge. [`FitReport::read`] says what each phrase
///    was read as ([`SkillRating::read_as`] keeps the job seeker's own
///    choice), [`OccupationFit::said`] which statements of an occupation
///    they matched. Skills read neither way are returned in
///    [`FitReport::unmatched`], never dropped silently.
/// 2. **Weigh what the job seeker brings.** A matched skill counts
///    `proficiency / 5 × enjoyment factor`, the factor being 0.2, 0.6, 1.0,
///    1.2, 1.4 for enjoyment 1–5: the seed asks for "the ones you like
///    using", so an occupation built on skills the job seeker hates ranks
///    lower than one built on skills they love, at equal proficiency.
/// 3. **Discount what every occupation asks for, gently.** Active
///    Listening, Speaking and Reading Comprehension rate high almost
///    everywhere; a match on them says little about *which* occupation.
///    Every element is weighted by `√ln((N + 1) / (n + 1) + 1)`, where `n` of
///    the `N` occupations demand it — the square root of an
///    inverse-document-frequency discount: the full discount made related
///    occupations look less alike than they are.
/// 4. **Describe an occupation by its top demands.** An occupation's vector
///    holds each demanded element's importance, times the discount, times a
///    decay by rank within its kind — the k-th most important skill weighs
///    `exp(-(k-1)/8)`, the k-th knowledge area `exp(-(k-1)/5)` — so what an
///    occupation mostly needs dominates. Vectors have unit length; the
///    **cosine** with the job seeker's vector measures how well their
///    skills cover it.
/// 5. **Compare whole profiles too.** The catalogue keeps each occupation's
///    top 20 skills and top 15 knowledge areas, so an element it does not
///    list is *low*, not absent: it is imputed 10 points below the least
///    important one listed. The job seeker's profile is read the same way
///    (an element they do not list counts as low, 30 of 100). The
///    **correlation** of the two profiles — 70% over knowledge areas, 30%
///    over skills, as O\*NET relates occupations by knowledge (with tasks
///    and titles) and not by skills — carries 30% of the skill score, the
///    cosine 70%: the correlation is what makes a full profile rank its
///    occupation's relatives next to it. When the profile names
///    technologies, 20% of the score is the share of them the occupation
///    uses.
///    **Then the two readings are blended:** this skill score and the
///    text evidence of step 1 are averaged, weighed by the phrases behind
///    each: a phrase matched to an element counts once, a phrase read in
///    the text three times (text matches are specific; ratings are shared
///    by hundreds of occupations). A profile of O\*NET's own skill names
///    ranks by ratings alone, as before.
/// 6. **Interests.** When the profile gives interests
///    ([`Profile::interests`]), each occupation's score moves by up to ±15
///    points with the similarity of its RIASEC profile to theirs
///    ([`Interests::similarity`]); otherwise interests are inferred from the
///    ten occupations that best fit the skills the job seeker enjoys most,
///    and move scores by at most ±5 (never from technologies alone, which
///    tie hundreds of occupations). [`FitReport::interests`] says which,
///    and each occupation lists the high points it shares. With given
///    interests and no skills, the ranking is the interests' alone.
/// 7. **Rank the relatives of the best matches near them** (closeness).
///    O\*NET relates occupations by their knowledge, tasks and job titles;
///    the profile carries the knowledge, the titles are the catalogue's.
///    A match `d` below the best (by steps 1–6, over the whole catalogue)
///    *reaches* `exp(-d / 0.02)` of its score: the best all of it, one 2
///    points below a third. Every occupation is as close to itself as its
///    score reaches, and as close to each of the five best matches as that
///    match reaches times how alike their job titles are
///    ([`Catalog::related_occupations`]), read relative to the match's
///    most alike other occupation (which counts as fully related; never
///    relative to less than 0.3, so a match whose titles are like no
///    other's lends little). Its *closeness* is the largest of these, and
///    25% of its score becomes its closeness ([`FitOptions::related_share`];
///    0 turns this off, 1 leaves closeness alone). So Registered Nurses
///    rank Critical Care and Acute Care Nurses near them, and occupations
///    that share skills but not work come lower. The best match keeps its
///    score and nothing rises above it; the filters (fields, zone, minimum
///    score, how many) never change a score: they choose what is shown,
///    not the best matches. With fewer than
///    fifteen skills and knowledge areas matched (a phrase that matches
///    several counts each), the best matches are a guess and the share
///    shrinks in proportion ([`FitReport::related_share_used`] says what it
///    was); technologies alone give none. [`OccupationFit::near`] names the
///    match when closeness to it carries at least 5 points of the score
///    and their titles are at least [`RELATED_MIN`](crate::RELATED_MIN)
///    alike.
/// 8. **Preparation.** With a job zone in the profile, an occupation more
///    than one zone above it carries a [`TrainingGap`] (shown, not hidden);
///    [`FitOptions::max_zone`] filters instead.
/// 9. **Fields** score the mean of their three best occupations, so a field
///    with many occupations does not win by numbers alone. **Industries**
///    (user-defined) score the weighted share of their demanded skills the
///    job seeker has, weighed as in step 2. For the NAICS industries the
///    occupations employ people in, see
///    [`LabourMarket::rank`](crate::LabourMarket::rank).
///
/// Measured on sets separate sessions wrote without seeing the code
/// (`tests/it/step2.rs`): for 76 of 79 held-out job seekers in their own
/// résumé words, their own occupation is in the top 5 (plain BM25 over
/// O\*NET's own text: 70; ratings and vocabulary alone: 25). On the whole built-in
/// catalogue (`tests/it/fit.rs`), a profile made of an occupation's 8 most
/// important skills and 5 most important knowledge areas ranks that
/// occupation first for 92.7% of the 923 occupations and in the top 5 for
/// 98.0% (in sample: the query is drawn from the table being ranked). A
/// full profile finds 61.7% of its SOC siblings among its ten best others
/// over the rated occupations (`related_occupations_rank_near_each_other`),
/// against 39.8% without closeness (step 7) and 32.5% before interests,
/// correlation and closeness came in; see `BENCHMARKS.md`.
///
/// # Example
/// ```
/// # #[cfg(feature = "onet")] {
/// use inroads::{fit, sample, Catalog, FieldCode, FitOptions};
/// let net = sample::teacher_candidate()?;
/// let catalog = Catalog::builtin()?;
/// let mut options = FitOptions::default();
/// options.top = 5;
/// options.exclude_fields = vec![FieldCode::parse("25")?]; // work outside education
/// let report = fit(net.profile(), net.industries(), catalog, &options);
/// assert_eq!(report.occupations.len(), 5);
/// assert!(report.occupations.iter().all(|o| o.field.get() != 25));
/// let best = &report.occupations[0];
/// assert!(!best.matching.is_empty());
/// println!("{} scores {:.0}", best.title, best.score);
/// # }
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Arguments
/// - `profile`: the job seeker's skills (and how much they enjoy them).
/// - `industries`: the industries to rank by the skills they demand
///   (for example [`Network::industries`](crate::Network::industries)).
/// - `catalog`: the occupations ([`Catalog::builtin`] or your own).
/// - `options`: how many, which fields, the lowest score.
///
/// # Returns
/// A [`FitReport`]; every occupation, field and industry in it carries its
/// score, the skills that carry it and its gaps. Ties are broken by
/// catalogue order (code order in the built-in catalogue), so the same
/// input gives the same output.
///
/// # Complexity
/// O(occupations × (profile skills + log occupations) + five passes over
/// the title postings of the best matches, each O(occupations) more +
/// top × demands per occupation): well under a millisecond on the
/// built-in catalogue (see `BENCHMARKS.md`).
pub fn fit<'a>(
    profile: &Profile,
    industries: impl IntoIterator<Item = (IndustryId, &'a Industry)>,
    catalog: &Catalog,
    options: &FitOptions,
) -> FitReport {
    let width = catalog.fit.width;
    let mut matched = Vec::new();
    let mut no_element = Vec::new();
    let mut text_skills = Vec::new();
    let mine = profile_elements(profile, catalog, &mut text_skills, |r, m| match m {
        Some(m) => matched.push(m),
        None => no_element.push(r),
    });
    if !options.read_text {
        text_skills.clear();
    }
    let text = TextEvidence::read(catalog, &text_skills);
    let mut unmatched = Vec::new();
    let found: std::collections::HashSet<&Skill> = text
        .phrases
        .iter()
        .filter(|p| p.found)
        .map(|p| &p.rating.skill)
        .collect();
    for r in no_element {
        if !found.contains(&r.skill) {
            unmatched.push(UnmatchedSkill {
                did_you_mean: catalog.suggest_skills(&r.skill, 3),
                skill: r.skill.clone(),
            });
        }
    }
    let read = text
        .phrases
        .iter()
        .filter_map(|p| {
            Some(PhraseReading {
                skill: p.rating.skill.clone(),
                reading: catalog.reading(p.reading?, 1.0)?,
                chosen: p.rating.read_as.is_some(),
                partly: !p.read,
            })
        })
        .collect();
    let skill_vec = discounted(catalog, &mine);
    let mut tech_vec: Vec<(usize, f32)> = mine
        .iter()
        .filter(|(e, _)| **e >= width)
        .map(|(e, (w, _))| (*e, *w))
        .collect();
    tech_vec.sort_by_key(|(e, _)| *e);
    let Ranked {
        scored,
        interests,
        share,
        near,
    } = rank_occupations(profile, catalog, &mine, &text, options.share_to_use());
    let min_score = if options.min_score.is_nan() {
        0.0
    } else {
        options.min_score
    };

    // Fields: mean of their best three, over the occupations the options allow.
    let mut per_field: HashMap<FieldCode, Vec<(usize, f32)>> = HashMap::new();
    for &(i, s) in &scored {
        if let Some(o) = catalog
            .occupations()
            .get(i)
            .filter(|o| options.zone_allows(o))
        {
            let v = per_field.entry(o.field).or_default();
            if v.len() < FIELD_BEST {
                v.push((i, s));
            }
        }
    }
    let mut fields: Vec<FieldFit> = catalog
        .fields()
        .iter()
        .filter(|f| options.allows(f.code))
        .filter_map(|f| {
            let best = per_field.get(&f.code)?;
            let score = best.iter().map(|(_, s)| s).sum::<f32>() / best.len().max(1) as f32;
            Some(FieldFit {
                code: f.code,
                name: f.name.clone(),
                score: round1(score),
                best: best
                    .iter()
                    .filter_map(|(i, _)| catalog.occupations().get(*i))
                    .map(|o| o.title.clone())
                    .collect(),
            })
        })
        .filter(|f| f.score >= min_score)
        .collect();
    fields.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.code.cmp(&b.code)));

    let context = Explain {
        skill_vec: &skill_vec,
        tech_vec: &tech_vec,
        mine: &mine,
        options,
        interests: interests.as_ref().map(|s| &s.interests),
        zone: profile.job_zone,
        near: &near,
        text: &text,
    };
    let occupations = scored
        .iter()
        .filter(|(i, s)| {
            round1(*s) >= min_score
                && catalog
                    .occupations()
                    .get(*i)
                    .is_some_and(|o| options.allows(o.field) && options.zone_allows(o))
        })
        .take(options.top)
        .filter_map(|&(i, s)| explain(catalog, i, s, &context))
        .collect();

    FitReport {
        industries: industry_fit(profile, industries, catalog, options),
        matched,
        read,
        unmatched,
        interests,
        related_share_used: crate::catalog::round3(share),
        occupations,
        fields,
    }
}

/// The catalogue elements of the profile's skills: element → (weight, the
/// rating that gave it), the best rating per element; `seen` is told how
/// each skill matched.
fn profile_elements<'p>(
    profile: &'p Profile,
    catalog: &Catalog,
    text: &mut Vec<(&'p SkillRating, bool)>,
    mut seen: impl FnMut(&'p SkillRating, Option<ElementMatch>),
) -> Mine<'p> {
    let mut mine: Mine<'p> = BTreeMap::new();
    for r in &profile.skills {
        let m = catalog.match_skill(&r.skill);
        // O*NET's own skill and knowledge names are read as those; every
        // other phrase, and every skill given a reading, is read in the
        // occupations' text as well.
        if r.read_as.is_some()
            || !m
                .as_ref()
                .is_some_and(|m| m.how == MatchHow::Exact && m.kind != ElementKind::Technology)
        {
            let technology = m
                .as_ref()
                .is_some_and(|m| m.how == MatchHow::Exact && m.kind == ElementKind::Technology);
            text.push((r, technology));
        }
        if let Some(m) = &m {
            let w = weight(r);
            for &element in &m.elements {
                let e = mine.entry(element.index()).or_insert((w, r));
                if w > e.0 {
                    *e = (w, r);
                }
            }
        }
        seen(r, m);
    }
    mine
}

/// What [`rank_occupations`] found.
struct Ranked {
    /// Every occupation's final score, best first, ties by catalogue order.
    scored: Vec<(usize, f32)>,
    /// The interests used.
    interests: Option<InterestSignal>,
    /// The share closeness carried, after the shrink for few skills.
    share: f32,
    /// Per occupation (catalogue order): the best match it was ranked near
    /// and how alike their titles are, when closeness to it carries
    /// enough of the score to name it.
    near: Vec<Option<(usize, f32)>>,
}

/// Every occupation's final score (skills, then interests, then closeness
/// to the best matches).
fn rank_occupations(
    profile: &Profile,
    catalog: &Catalog,
    mine: &Mine<'_>,
    text: &TextEvidence<'_>,
    related_share: f32,
) -> Ranked {
    let base = text.blend(base_scores(catalog, mine), mine);
    let interests = interest_signal(profile, catalog, mine, text, &base);
    let strength = match interests.as_ref().map(|s| &s.source) {
        Some(InterestSource::Given) => INTERESTS_GIVEN,
        Some(InterestSource::Inferred { .. }) => INTERESTS_INFERRED,
        None => 0.0,
    };
    // Skills, then interests (step 6), on the 0–1 scale.
    let own: Vec<f32> = base
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let lift = match (&interests, catalog.occupations().get(i)) {
                (
                    Some(s),
                    Some(Occupation {
                        interests: Some(theirs),
                        ..
                    }),
                ) => strength * s.interests.similarity(theirs) as f32,
                _ => 0.0,
            };
            b + lift / 100.0
        })
        .collect();
    // Step 7. Few skills make the best matches a guess: the share shrinks
    // with fewer than FULL_EVIDENCE skills and knowledge areas matched
    // (none for technologies alone, which tie hundreds of occupations).
    let evidence = discounted(catalog, mine).len() + TEXT_EVIDENCE * text.read_count();
    let share = (related_share * (evidence as f32 / FULL_EVIDENCE as f32).min(1.0)).max(0.0);
    let (scores, near) = if share <= 0.0 {
        (own, vec![None; catalog.occupations().len()])
    } else {
        near_best(catalog, &own, share)
    };
    // Ordered before the clamp to 0–100, so the best of several at 100
    // still comes first.
    let mut scored: Vec<(usize, f32)> = scores.iter().copied().enumerate().collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    for (_, s) in &mut scored {
        *s = (100.0 * *s).clamp(0.0, 100.0);
    }
    Ranked {
        scored,
        interests,
        share,
        near,
    }
}

/// Step 7 of [`fit`]: each score (`own`, skills and interests, 0–1)
/// blended with the occupation's closeness to the job seeker's best
/// matches — the best [`ANCHORS`] of the catalogue. A match reaches its
/// score times `exp(-d / ANCHOR_SCALE)`, `d` below the best; closeness is
/// the largest of an occupation's own reach and each match's reach times
/// their title similarity relative to the match's most alike other
/// occupation (at least [`ALIKE_FLOOR`]). The best match keeps its score
/// exactly, and nothing rises above it. Returns the blended scores and,
/// per occupation, the match whose closeness carries at least
/// [`NEAR_SHOWN`] of it.
fn near_best(catalog: &Catalog, own: &[f32], share: f32) -> (Vec<f32>, Vec<Option<(usize, f32)>>) {
    let mut order: Vec<(usize, f32)> = own.iter().copied().enumerate().collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let best = order.first().map_or(0.0, |&(_, b)| b);
    // How much a match's score reaches: all of the best's, less the
    // further below it.
    let reach = |score: f32| (score * (-(best - score) / ANCHOR_SCALE).exp()).max(0.0);
    // Every occupation is as close to itself as its own score reaches, so
    // the sixth best is not treated differently from the fifth.
    let mut close: Vec<f32> = own.iter().map(|&s| reach(s)).collect();
    let mut via: Vec<Option<(usize, f32)>> = vec![None; own.len()];
    let mut sim = vec![0.0f32; own.len()];
    for &(a, score) in order.iter().take(ANCHORS) {
        let r = reach(score);
        if r <= 0.0 {
            break;
        }
        catalog.title_similarity(a, &mut sim);
        // Relative to the match's most alike other occupation.
        let most = sim
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != a)
            .map(|(_, s)| *s)
            .fold(ALIKE_FLOOR, f32::max);
        for (j, ((c, v), s)) in close.iter_mut().zip(via.iter_mut()).zip(&sim).enumerate() {
            let related = r * (s / most).min(1.0);
            if j != a && related > *c {
                *c = related;
                *v = Some((a, *s));
            }
        }
    }
    // own + share × (closeness − own): the best match's closeness is its
    // own score, so (when that is positive) it keeps it exactly.
    let blended = own
        .iter()
        .zip(&close)
        .map(|(o, c)| o + share * (c - o))
        .collect();
    // Name the match where closeness to it carries at least NEAR_SHOWN of
    // the score and their titles are alike enough to list as related.
    for (v, c) in via.iter_mut().zip(&close) {
        if v.is_some_and(|(_, s)| {
            share * c < NEAR_SHOWN || f64::from(s) < crate::catalog::RELATED_MIN
        }) {
            *v = None;
        }
    }
    (blended, via)
}

/// Every occupation's fit score from skills and interests (0–100, one
/// decimal), best first, without the explanations [`fit`] builds and
/// without closeness to the best matches (step 7), which would narrow a
/// labour-market ranking to the best match's relatives: for rankings that
/// only need the numbers
/// ([`LabourMarket::rank_for`](crate::LabourMarket::rank_for)).
pub(crate) fn occupation_scores(profile: &Profile, catalog: &Catalog) -> Vec<(usize, f64)> {
    let mut text_skills = Vec::new();
    let mine = profile_elements(profile, catalog, &mut text_skills, |_, _| {});
    let text = TextEvidence::read(catalog, &text_skills);
    rank_occupations(profile, catalog, &mine, &text, 0.0)
        .scored
        .into_iter()
        .map(|(i, s)| (i, round1(s)))
        .collect()
}

/// The job seeker's skill and knowledge elements, each weighted by what
/// they bring and discounted for being demanded everywhere, sorted.
fn discounted(catalog: &Catalog, mine: &Mine<'_>) -> Vec<(usize, f32)> {
    let mut v: Vec<(usize, f32)> = mine
        .iter()
        .filter(|(e, _)| **e < catalog.fit.width)
        .map(|(e, (w, _))| (*e, w * catalog.fit.discount.get(*e).copied().unwrap_or(0.0)))
        .collect();
    v.sort_by_key(|(e, _)| *e);
    v
}

/// The correlation of a profile (centred by kind, as
/// [`centre_by_kind`](crate::catalog::centre_by_kind) makes it) with
/// occupation `i`'s: [`KNOWLEDGE_SHARE`] over knowledge areas, the rest
/// over skills (step 5 of [`fit`]).
fn correlation(catalog: &Catalog, profile: &[f32], i: usize) -> f32 {
    let (mut skills, mut knowledge) = (0.0f32, 0.0f32);
    for ((a, b), k) in profile
        .iter()
        .zip(catalog.fit.profile(i))
        .zip(&catalog.fit.knowledge)
    {
        if *k {
            knowledge += a * b;
        } else {
            skills += a * b;
        }
    }
    KNOWLEDGE_SHARE * knowledge + (1.0 - KNOWLEDGE_SHARE) * skills
}

/// Each occupation's score from skills alone, 0–1 (steps 3–5 of [`fit`]).
fn base_scores(catalog: &Catalog, mine: &Mine<'_>) -> Vec<f32> {
    let width = catalog.fit.width;
    let skill_vec = discounted(catalog, mine);
    let norm = skill_vec.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    // The whole profile on the importance scale, unlisted elements low,
    // centred: its dot product with an occupation's centred profile is a
    // correlation.
    let mut whole = vec![UNLISTED; width];
    for (e, (w, _)) in mine {
        if let Some(cell) = whole.get_mut(*e) {
            *cell = 100.0 * w;
        }
    }
    crate::catalog::centre_by_kind(&mut whole, &catalog.fit.knowledge);
    let techs: Vec<(usize, f32)> = mine
        .iter()
        .filter(|(e, _)| **e >= width)
        .map(|(e, (w, _))| (*e, *w))
        .collect();
    let tech_total: f32 = techs.iter().map(|(_, w)| w).sum();
    (0..catalog.occupations().len())
        .map(|i| {
            let row = catalog.fit.row(i);
            let cosine = if norm > 0.0 {
                skill_vec
                    .iter()
                    .map(|(e, x)| x * row.get(*e).copied().unwrap_or(0.0))
                    .sum::<f32>()
                    / norm
            } else {
                0.0
            };
            let correlation: f32 = if norm > 0.0 {
                correlation(catalog, &whole, i)
            } else {
                0.0
            };
            let sk = (1.0 - PROFILE_SHARE) * cosine + PROFILE_SHARE * correlation;
            if tech_total > 0.0 {
                let used = catalog
                    .occupations()
                    .get(i)
                    .map_or(&[][..], |o| &o.technologies);
                let t: f32 = techs
                    .iter()
                    .filter(|(e, _)| {
                        used.binary_search(&crate::catalog::ElementId::from_index(*e))
                            .is_ok()
                    })
                    .map(|(_, w)| w)
                    .sum();
                (1.0 - TECHNOLOGY_SHARE) * sk + TECHNOLOGY_SHARE * t / tech_total
            } else {
                sk
            }
        })
        .collect()
}

/// The interests to rank with: the profile's own, else inferred from the
/// occupations that best fit the skills the job seeker enjoys most (those
/// rated 4 or 5, else those at the highest enjoyment given, when that is
/// 3): the score-weighted mean of the best ten's interest profiles.
fn interest_signal(
    profile: &Profile,
    catalog: &Catalog,
    mine: &Mine<'_>,
    text: &TextEvidence<'_>,
    base: &[f32],
) -> Option<InterestSignal> {
    if let Some(i) = profile.interests {
        return Some(InterestSignal {
            holland: i.holland(),
            interests: i,
            source: InterestSource::Given,
        });
    }
    // The skills they enjoy (4 or 5), else those they rate highest (3);
    // only skills the catalogue knows (or reads in the occupations' text)
    // count.
    let found: Vec<&TextPhrase<'_>> = text.phrases.iter().filter(|p| p.found).collect();
    let top = mine
        .values()
        .map(|(_, r)| r.enjoyment.get())
        .chain(found.iter().map(|p| p.rating.enjoyment.get()))
        .max()?;
    if top < 3 {
        return None;
    }
    let floor = top.min(4);
    let liked: Mine<'_> = mine
        .iter()
        .filter(|(_, (_, r))| r.enjoyment.get() >= floor)
        .map(|(e, v)| (*e, *v))
        .collect();
    let liked_text: Vec<(&SkillRating, bool)> = found
        .iter()
        .filter(|p| p.rating.enjoyment.get() >= floor)
        .map(|p| (p.rating, p.technology))
        .collect();
    // Technologies alone tie hundreds of occupations: nothing to read
    // interests from.
    if discounted(catalog, &liked).is_empty() && liked_text.iter().all(|(_, tech)| *tech) {
        return None;
    }
    let own;
    let scores = if liked.len() == mine.len() && liked_text.len() == found.len() {
        base
    } else {
        own = TextEvidence::read(catalog, &liked_text).blend(base_scores(catalog, &liked), &liked);
        &own
    };
    let mut best: Vec<(usize, f32)> = scores.iter().copied().enumerate().collect();
    best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (mut sum, mut total) = ([0.0f64; 6], 0.0f64);
    for (i, s) in best.into_iter().filter(|(_, s)| *s > 0.0).take(INFER_FROM) {
        if let Some(theirs) = catalog.occupations().get(i).and_then(|o| o.interests) {
            for (acc, x) in sum.iter_mut().zip(theirs.scores()) {
                *acc += f64::from(s) * x;
            }
            total += f64::from(s);
        }
    }
    if total <= 0.0 {
        return None;
    }
    // Two decimals, as O*NET publishes them (and so the scores read back
    // from JSON exactly).
    let inferred =
        Interests::new(sum.map(|x| ((x / total).clamp(1.0, 7.0) * 100.0).round() / 100.0)).ok()?;
    let mut from: Vec<String> = liked
        .values()
        .map(|(_, r)| *r)
        .chain(liked_text.iter().map(|(r, _)| *r))
        .map(|r| r.skill.name().to_string())
        .collect();
    from.sort();
    from.dedup();
    Some(InterestSignal {
        holland: inferred.holland(),
        interests: inferred,
        source: InterestSource::Inferred { from },
    })
}

/// The share of the text evidence that the profile the job seeker's words
/// imply carries (see [`implied_profile`]).
const IMPLIED_SHARE: f32 = 0.5;
/// How many of the occupations the words fit best the implied profile is
/// read from.
const IMPLIED_FROM: usize = 10;

/// What the job seeker's words imply beyond the occupations that hold
/// them: the skill and knowledge profile of the occupations their words
/// fit best (the score-weighted mean of the best [`IMPLIED_FROM`]'s
/// profiles), correlated with every occupation's, carries
/// [`IMPLIED_SHARE`] of the text evidence — so a biologist's lab words,
/// found in the tasks of biologists, also rank the occupations that ask
/// for the same knowledge (natural sciences managers, bioinformatics).
fn implied_profile(catalog: &Catalog, scores: &mut [f32]) {
    let width = catalog.fit.width;
    let mut best: Vec<(usize, f32)> = scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s > 0.0)
        .collect();
    best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    best.truncate(IMPLIED_FROM);
    let mut implied = vec![0.0f32; width];
    let mut total = 0.0f32;
    for &(i, s) in &best {
        let row = catalog.fit.profile(i);
        if row.iter().all(|x| *x == 0.0) {
            continue;
        }
        for (acc, x) in implied.iter_mut().zip(row) {
            *acc += s * x;
        }
        total += s;
    }
    if total <= 0.0 {
        return;
    }
    crate::catalog::centre_by_kind(&mut implied, &catalog.fit.knowledge);
    for (i, s) in scores.iter_mut().enumerate() {
        let r = correlation(catalog, &implied, i);
        *s = (1.0 - IMPLIED_SHARE) * *s + IMPLIED_SHARE * r.max(0.0);
    }
}

/// One phrase read against the occupations' own text.
struct TextPhrase<'p> {
    rating: &'p SkillRating,
    /// Whether it names a technology exactly (it then gives the best
    /// matches no more certainty: technologies tie hundreds of
    /// occupations).
    technology: bool,
    query: crate::catalog::search::Query,
    /// Its weight (step 2 of [`fit`]).
    weight: f32,
    /// Whether any occupation's text holds any of its words (it then
    /// counts as evidence).
    found: bool,
    /// Whether the occupation it fits best holds at least half of its
    /// words, weighed by rarity.
    read: bool,
    /// The closest statement, when read.
    reading: Option<u32>,
}

/// The profile's phrases read against the occupations' own text (step 1
/// of [`fit`]) and the evidence they give each occupation.
struct TextEvidence<'p> {
    phrases: Vec<TextPhrase<'p>>,
    /// Per occupation: the weighted mean over the read phrases of its
    /// score for the phrase relative to the best occupation's, 0–1.
    scores: Vec<f32>,
    /// Per occupation, per read phrase: the phrase's relative score.
    per_phrase: Vec<Vec<f32>>,
}

impl<'p> TextEvidence<'p> {
    fn read(catalog: &Catalog, skills: &[(&'p SkillRating, bool)]) -> TextEvidence<'p> {
        let n = catalog.occupations().len();
        let mut scores = vec![0.0f32; n];
        let mut per_phrase = Vec::new();
        let mut phrases = Vec::new();
        let mut one = vec![0.0f32; n];
        let mut total = 0.0f32;
        for &(r, technology) in skills {
            let words = r.read_as.as_deref().unwrap_or(r.skill.name());
            let query = catalog.text_query(words, true);
            catalog
                .text()
                .occupation_scores(&query, TextFields::ALL, &mut one);
            let best = one.iter().copied().fold(0.0f32, f32::max);
            let found = best > 0.0;
            let weight = weight(r);
            if found {
                for (acc, x) in scores.iter_mut().zip(&one) {
                    *acc += weight * x / best;
                }
                per_phrase.push(one.iter().map(|x| x / best).collect());
                total += weight;
            } else {
                per_phrase.push(Vec::new());
            }
            // A chosen reading is the statement chosen, read whole.
            let chosen = r
                .read_as
                .as_deref()
                .and_then(|t| catalog.text().statement_named(t));
            let reading = match chosen {
                Some(s) => Some(s),
                None if found => catalog
                    .text()
                    .best_statements(&query, 1)
                    .first()
                    .map(|(s, _)| *s),
                None => None,
            };
            // Read when the occupation it fits best holds most of it.
            let top = one
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
                .map(|(i, _)| i);
            let read = chosen.is_some()
                || (found && top.is_some_and(|i| catalog.text().covers(&query, i)));
            phrases.push(TextPhrase {
                rating: r,
                technology,
                query,
                weight,
                found,
                read,
                reading,
            });
        }
        if total > 0.0 {
            scores.iter_mut().for_each(|x| *x /= total);
            implied_profile(catalog, &mut scores);
        }
        TextEvidence {
            phrases,
            scores,
            per_phrase,
        }
    }

    /// How many phrases (technologies aside) found occupations.
    fn read_count(&self) -> usize {
        self.phrases
            .iter()
            .filter(|p| p.found && !p.technology)
            .count()
    }

    /// The skill scores (`base`, 0–1) blended with the text evidence, each
    /// in proportion to the weight of the phrases behind it.
    fn blend(&self, base: Vec<f32>, mine: &Mine<'_>) -> Vec<f32> {
        let text: f32 = TEXT_WEIGHT
            * self
                .phrases
                .iter()
                .filter(|p| p.found)
                .map(|p| p.weight)
                .sum::<f32>();
        if text <= 0.0 {
            return base;
        }
        // The weight of the phrases that matched elements, each once.
        let mut seen: std::collections::HashSet<&Skill> = Default::default();
        let mut elements = 0.0f32;
        for (w, r) in mine.values() {
            if seen.insert(&r.skill) {
                elements += w;
            }
        }
        let total = text + elements;
        base.iter()
            .zip(&self.scores)
            .map(|(b, t)| (elements * b + text * t) / total)
            .collect()
    }

    /// The phrases found in occupation `i`'s text, strongest first.
    fn said(&self, catalog: &Catalog, i: usize) -> Vec<SaidMatch> {
        let mut parts: Vec<(f32, &TextPhrase<'_>)> = self
            .phrases
            .iter()
            .zip(&self.per_phrase)
            .filter_map(|(p, scores)| {
                let x = scores.get(i).copied().unwrap_or(0.0) * p.weight;
                (x > 0.0).then_some((x, p))
            })
            .collect();
        let total: f32 = parts.iter().map(|(x, _)| x).sum();
        parts.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.rating.skill.name().cmp(b.1.rating.skill.name()))
        });
        parts
            .into_iter()
            .filter_map(|(x, p)| {
                let (s, _) = catalog.text().best_statement_of(&p.query, i)?;
                let st = catalog.text().statements.get(s as usize)?;
                Some(SaidMatch {
                    skill: p.rating.skill.name().to_string(),
                    text: st.text.clone(),
                    kind: st.kind,
                    share: (f64::from(x / total) * 100.0).round() / 100.0,
                })
            })
            .collect()
    }
}

/// What [`explain`] needs besides the occupation.
struct Explain<'a, 'b> {
    skill_vec: &'a [(usize, f32)],
    tech_vec: &'a [(usize, f32)],
    mine: &'a Mine<'b>,
    options: &'a FitOptions,
    interests: Option<&'a Interests>,
    zone: Option<JobZone>,
    near: &'a [Option<(usize, f32)>],
    text: &'a TextEvidence<'b>,
}

fn explain(catalog: &Catalog, i: usize, score: f32, cx: &Explain<'_, '_>) -> Option<OccupationFit> {
    let Explain {
        skill_vec,
        tech_vec,
        mine,
        options,
        ..
    } = *cx;
    let o = catalog.occupations().get(i)?;
    let row = catalog.fit.row(i);
    let importance = |e: usize| {
        o.demands
            .iter()
            .find(|d| d.element.index() == e)
            .map(|d| d.importance)
    };
    let name = |e: usize| {
        catalog
            .elements()
            .get(e)
            .map_or_else(String::new, |x| x.name.clone())
    };
    let mut parts: Vec<(usize, f32)> = skill_vec
        .iter()
        .map(|(e, x)| (*e, x * row.get(*e).copied().unwrap_or(0.0)))
        .filter(|(_, c)| *c > 0.0)
        .chain(
            tech_vec
                .iter()
                .filter(|(e, _)| {
                    o.technologies
                        .binary_search(&crate::catalog::ElementId::from_index(*e))
                        .is_ok()
                })
                .map(|(e, w)| (*e, *w * 0.1)),
        )
        .collect();
    let total: f32 = parts.iter().map(|(_, c)| c).sum();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let matching = parts
        .iter()
        .filter_map(|(e, c)| {
            let (_, r) = mine.get(e)?;
            Some(MatchingSkill {
                skill: r.skill.name().to_string(),
                element: name(*e),
                importance: importance(*e),
                share: if total > 0.0 {
                    (f64::from(c / total) * 100.0).round() / 100.0
                } else {
                    0.0
                },
            })
        })
        .collect();
    let mut gaps: Vec<(f32, Gap)> = o
        .demands
        .iter()
        .filter_map(|d| {
            let have = mine
                .get(&d.element.index())
                .map(|(_, r)| r.proficiency.get());
            if have.is_some_and(|p| p > 2) {
                return None;
            }
            let kind = catalog.elements().get(d.element.index())?.kind;
            Some((
                row.get(d.element.index()).copied().unwrap_or(0.0),
                Gap {
                    element: name(d.element.index()),
                    kind,
                    importance: d.importance,
                    proficiency: have,
                },
            ))
        })
        .collect();
    gaps.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.element.cmp(&b.1.element)));
    let mut enjoyed: Vec<String> = parts
        .iter()
        .filter_map(|(e, _)| mine.get(e))
        .filter(|(_, r)| r.enjoyment.get() >= 4)
        .map(|(_, r)| r.skill.name().to_string())
        .collect();
    let mut seen = std::collections::HashSet::new();
    enjoyed.retain(|s| seen.insert(s.clone()));
    Some(OccupationFit {
        code: o.code.clone(),
        title: o.title.clone(),
        field: o.field,
        field_name: catalog.field_name(o.field),
        score: round1(score),
        matching,
        said: cx.text.said(catalog, i),
        estimated: o.estimated,
        gaps: gaps
            .into_iter()
            .take(options.gaps)
            .map(|(_, g)| g)
            .collect(),
        enjoyed,
        interests: match (cx.interests, o.interests) {
            (Some(yours), Some(theirs)) => {
                let theirs = theirs.high_points();
                yours
                    .high_points()
                    .into_iter()
                    .filter(|i| theirs.contains(i))
                    .collect()
            }
            _ => Vec::new(),
        },
        job_zone: o.job_zone,
        training: match (o.job_zone, cx.zone) {
            (Some(needs), Some(yours)) if needs.get() > yours.get() + 1 => {
                Some(TrainingGap { needs, yours })
            }
            _ => None,
        },
        employment: o.employment,
        median_wage: o.median_wage,
        employment_shared: o.employment_shared.clone(),
        // Only a match the job seeker is looking at.
        near: cx.near.get(i).copied().flatten().and_then(|(a, sim)| {
            let m = catalog.occupations().get(a)?;
            (options.allows(m.field) && options.zone_allows(m))
                .then(|| RelatedOccupation::of(m, f64::from(sim)))
        }),
    })
}

fn industry_fit<'a>(
    profile: &Profile,
    industries: impl IntoIterator<Item = (IndustryId, &'a Industry)>,
    catalog: &Catalog,
    options: &FitOptions,
) -> Vec<IndustryFit> {
    // A demanded skill is had when the profile lists it, or lists a skill
    // that matches the same catalogue element.
    let find = |s: &Skill| -> Option<&SkillRating> {
        profile.skill(s).or_else(|| {
            let target = catalog.match_skill(s)?.elements;
            profile.skills.iter().find(|r| {
                catalog
                    .match_skill(&r.skill)
                    .is_some_and(|m| m.elements.iter().any(|e| target.contains(e)))
            })
        })
    };
    let max = ENJOYMENT_FACTOR.last().copied().unwrap_or(1.0);
    let mut out: Vec<IndustryFit> = industries
        .into_iter()
        .map(|(id, ind)| {
            let total: f64 = ind.demands.iter().map(|d| d.weight).sum();
            let mut got = 0.0;
            let mut matching = Vec::new();
            let mut gaps: Vec<(f64, String)> = Vec::new();
            for d in &ind.demands {
                match find(&d.skill) {
                    Some(r) => {
                        got += d.weight * f64::from(weight(r) / max);
                        matching.push(d.skill.name().to_string());
                        if r.proficiency.get() <= 2 {
                            gaps.push((d.weight, d.skill.name().to_string()));
                        }
                    }
                    None => gaps.push((d.weight, d.skill.name().to_string())),
                }
            }
            gaps.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            IndustryFit {
                id,
                name: ind.name.clone(),
                score: (total > 0.0).then(|| (got / total * 1000.0).round() / 10.0),
                matching,
                gaps: gaps
                    .into_iter()
                    .take(options.gaps)
                    .map(|(_, g)| g)
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .unwrap_or(-1.0)
            .total_cmp(&a.score.unwrap_or(-1.0))
            .then(a.name.cmp(&b.name))
    });
    out
}
