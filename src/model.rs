//! Plain data: the profile, industries, companies and contacts.
//!
//! These are plain structs with public fields. They hold no invariant that
//! spans records; [`Network`](crate::Network) checks those (references,
//! unique names and emails) when a record is added or updated, and each
//! record's own rules (non-empty name, a well-formed email) in `validate`.

use crate::error::{Error, Result};
use crate::id::{CompanyId, IndustryId};
use crate::skill::{truncate_for_message, Rating, Skill};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The longest name (of a person, company or industry) accepted, in characters.
pub const MAX_NAME: usize = 300;
/// The longest free text (notes, background) accepted, in characters.
pub const MAX_TEXT: usize = 100_000;

/// The job seeker: who they are and what they can do.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The job seeker's name, used to sign messages.
    pub name: String,
    /// A short background ("finishing a Master of Teaching at U of T"),
    /// used in outreach messages.
    #[serde(default)]
    pub background: String,
    /// Skills, each with proficiency and enjoyment. At most one entry per skill.
    #[serde(default)]
    pub skills: Vec<SkillRating>,
    /// Industries the job seeker wants to learn about.
    #[serde(default)]
    pub target_industries: Vec<IndustryId>,
    /// Career fields (O\*NET major groups) the job seeker targets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_fields: Vec<crate::codes::FieldCode>,
    /// The job seeker's IANA time zone (`America/Chicago`): the dates they
    /// type and see are in it. `None`: a fixed offset given by the front end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The job seeker's interests (Holland's RIASEC), when they have given
    /// them: [`fit`](crate::fit()) blends them with the skills.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<crate::interests::Interests>,
    /// The preparation the job seeker has, as an O\*NET job zone (1–5;
    /// [`Education::job_zone`](crate::Education::job_zone) maps a degree to
    /// one): [`fit`](crate::fit()) flags occupations that ask for more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_zone: Option<crate::interests::JobZone>,
}

impl Profile {
    /// The rating of a skill, if the profile lists it (compared normalised).
    pub fn skill(&self, skill: &Skill) -> Option<&SkillRating> {
        self.skills.iter().find(|s| &s.skill == skill)
    }

    /// Skills the job seeker enjoys using (enjoyment 4 or 5), best liked first.
    pub fn enjoyed_skills(&self) -> Vec<&SkillRating> {
        let mut v: Vec<_> = self
            .skills
            .iter()
            .filter(|s| s.enjoyment.get() >= 4)
            .collect();
        v.sort_by(|a, b| {
            b.enjoyment
                .cmp(&a.enjoyment)
                .then(b.proficiency.cmp(&a.proficiency))
                .then(a.skill.cmp(&b.skill))
        });
        v
    }

    pub(crate) fn validate(&self) -> Result<()> {
        check_text("profile name", &self.name, MAX_NAME)?;
        check_text("background", &self.background, MAX_TEXT)?;
        if let Some(z) = &self.timezone {
            crate::zone::Zone::parse(z)?;
        }
        for (i, s) in self.skills.iter().enumerate() {
            if let Some(r) = &s.read_as {
                check_reading(r)?;
            }
            if self.skills.iter().take(i).any(|t| t.skill == s.skill) {
                return Err(Error::new(crate::ErrorKind::Duplicate {
                    what: "skill",
                    key: s.skill.name().to_string(),
                    existing: "listed earlier in the profile".into(),
                }));
            }
        }
        for (i, t) in self.target_industries.iter().enumerate() {
            if self.target_industries.iter().take(i).any(|u| u == t) {
                return Err(Error::new(crate::ErrorKind::Duplicate {
                    what: "target industry",
                    key: t.to_string(),
                    existing: "listed earlier in the profile".into(),
                }));
            }
        }
        Ok(())
    }
}

/// One of the job seeker's skills: how good they are at it and how much they
/// like using it (the seed's "the ones you like using").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillRating {
    /// The skill.
    pub skill: Skill,
    /// How good the job seeker is at it, 1–5.
    pub proficiency: Rating,
    /// How much they enjoy using it, 1–5.
    pub enjoyment: Rating,
    /// What the job seeker chose this skill to mean: an O\*NET statement
    /// — a task, work activity, tool, technology or job title — from
    /// [`Catalog::read_phrase`](crate::Catalog::read_phrase), where the
    /// reading of their own words was wrong. When set, [`fit`](crate::fit)
    /// reads it in the occupations' text instead of the skill's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_as: Option<String>,
}

impl SkillRating {
    /// Makes a skill rating from a name and two numbers from 1 to 5.
    ///
    /// # Errors
    /// An invalid skill name or a rating outside 1–5.
    pub fn new(skill: &str, proficiency: u8, enjoyment: u8) -> Result<SkillRating> {
        Ok(SkillRating {
            skill: Skill::new(skill)?,
            proficiency: Rating::new(proficiency).map_err(|_| {
                Error::invalid(
                    "proficiency",
                    proficiency.to_string(),
                    "must be from 1 to 5",
                )
            })?,
            enjoyment: Rating::new(enjoyment).map_err(|_| {
                Error::invalid("enjoyment", enjoyment.to_string(), "must be from 1 to 5")
            })?,
            read_as: None,
        })
    }
}

/// An industry the job seeker defines: a name, notes, and the skills it
/// demands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Industry {
    /// Unique name (compared case-insensitively).
    pub name: String,
    /// Free notes from research.
    #[serde(default)]
    pub notes: String,
    /// The skills the industry demands, each with a weight.
    #[serde(default)]
    pub demands: Vec<SkillDemand>,
    /// Its NAICS code as BLS OEWS writes it (`712000` for museums, `61--62`
    /// for a whole sector), linking it to the labour-market tables; its
    /// companies inherit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naics: Option<String>,
}

/// Whether a NAICS code has a shape OEWS uses: six digits other than all
/// zeros (`712000`), a sector range `NN--MM` with `MM` above `NN` (`61--62`,
/// `31--34`), or `99-100` (government).
fn naics_shape(code: &str) -> bool {
    let b = code.as_bytes();
    let digits = |r: &[u8]| !r.is_empty() && r.iter().all(u8::is_ascii_digit);
    if b.len() == 6 && digits(b) {
        return code != "000000";
    }
    if code == "99-100" {
        return true;
    }
    match (b.get(..2), b.get(2..4), b.get(4..)) {
        (Some(lo), Some(b"--"), Some(hi)) if digits(lo) && digits(hi) && hi.len() == 2 => lo < hi,
        _ => false,
    }
}

impl Industry {
    /// An industry with just a name.
    pub fn named(name: &str) -> Industry {
        Industry {
            name: name.to_string(),
            ..Industry::default()
        }
    }

    pub(crate) fn validate(&self) -> Result<()> {
        check_name("industry name", &self.name)?;
        check_text("industry notes", &self.notes, MAX_TEXT)?;
        if let Some(code) = &self.naics {
            if !naics_shape(code) {
                return Err(Error::invalid(
                    "NAICS code",
                    code,
                    "expected six digits (712000) or a sector as OEWS writes it (61--62, 99-100)",
                ));
            }
        }
        for (i, d) in self.demands.iter().enumerate() {
            if !(d.weight > 0.0 && d.weight <= 1.0) {
                return Err(Error::invalid(
                    "demand weight",
                    d.weight.to_string(),
                    format!("the weight of {} must be in (0, 1]", d.skill),
                ));
            }
            if self.demands.iter().take(i).any(|e| e.skill == d.skill) {
                return Err(Error::new(crate::ErrorKind::Duplicate {
                    what: "demanded skill",
                    key: d.skill.name().to_string(),
                    existing: format!("listed earlier in industry {:?}", self.name),
                }));
            }
        }
        Ok(())
    }
}

/// A skill an industry demands, with a weight in (0, 1].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SkillDemand {
    /// The skill.
    pub skill: Skill,
    /// How much it matters, in (0, 1].
    pub weight: f64,
}

impl SkillDemand {
    /// Parses `SKILL=WEIGHT` (`Clinical documentation=0.8`), as the command
    /// line writes a demanded skill.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a missing `=`, a bad skill name or a
    /// weight outside (0, 1].
    pub fn parse(s: &str) -> Result<SkillDemand> {
        let (skill, weight) = s.rsplit_once('=').ok_or_else(|| {
            Error::invalid(
                "demanded skill",
                s,
                "expected SKILL=WEIGHT, e.g. Clinical documentation=0.8",
            )
        })?;
        let weight: f64 = weight.trim().parse().map_err(|_| {
            Error::invalid(
                "demand weight",
                weight,
                "expected a number from 0 (exclusive) to 1",
            )
        })?;
        if !(weight > 0.0 && weight <= 1.0) {
            return Err(Error::invalid(
                "demand weight",
                weight.to_string(),
                "expected a number from 0 (exclusive) to 1",
            ));
        }
        Ok(SkillDemand {
            skill: Skill::new(skill)?,
            weight,
        })
    }
}

/// How big a company is, by headcount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CompanySize {
    /// 1–9 people.
    Micro,
    /// 10–49 people.
    Small,
    /// 50–249 people.
    Medium,
    /// 250–999 people.
    Large,
    /// 1,000 people or more.
    Enterprise,
}

impl CompanySize {
    /// Every size, smallest first.
    pub const ALL: [CompanySize; 5] = [
        CompanySize::Micro,
        CompanySize::Small,
        CompanySize::Medium,
        CompanySize::Large,
        CompanySize::Enterprise,
    ];

    /// The name files and the command line use (`micro` … `enterprise`).
    pub fn as_str(self) -> &'static str {
        match self {
            CompanySize::Micro => "micro",
            CompanySize::Small => "small",
            CompanySize::Medium => "medium",
            CompanySize::Large => "large",
            CompanySize::Enterprise => "enterprise",
        }
    }

    /// The size class for a headcount.
    pub fn from_headcount(n: u64) -> CompanySize {
        match n {
            0..=9 => CompanySize::Micro,
            10..=49 => CompanySize::Small,
            50..=249 => CompanySize::Medium,
            250..=999 => CompanySize::Large,
            _ => CompanySize::Enterprise,
        }
    }
}

impl std::fmt::Display for CompanySize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CompanySize {
    type Err = Error;
    /// A size name (`small`), or a headcount (`120`).
    fn from_str(s: &str) -> Result<CompanySize> {
        let t = s.trim().to_lowercase();
        if let Ok(n) = t.replace(',', "").parse::<u64>() {
            return Ok(CompanySize::from_headcount(n));
        }
        CompanySize::ALL
            .into_iter()
            .find(|k| k.as_str() == t)
            .ok_or_else(|| {
                Error::invalid(
                    "company size",
                    s,
                    "expected micro, small, medium, large, enterprise or a headcount",
                )
            })
    }
}

/// A company or organisation the job seeker is interested in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Unique name (compared case-insensitively).
    pub name: String,
    /// The industry it belongs to, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<IndustryId>,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Its size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<CompanySize>,
    /// Research notes (step 5 of the method: know the company before you meet).
    #[serde(default)]
    pub notes: String,
    /// Other names it goes by ("Epic" for "Epic Systems"), from merges:
    /// they find it like its name does, and imports that use them land on
    /// it rather than creating the company again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Company {
    /// A company with just a name.
    pub fn named(name: &str) -> Company {
        Company {
            name: name.to_string(),
            ..Company::default()
        }
    }

    /// The company's name and its other names, each once.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    pub(crate) fn validate(&self) -> Result<()> {
        check_name("company name", &self.name)?;
        for a in &self.aliases {
            check_name("company alias", a)?;
        }
        let mut seen: Vec<String> = Vec::new();
        for n in self.names() {
            let key = fold_name(n);
            if seen.contains(&key) {
                return Err(Error::invalid(
                    "company alias",
                    n,
                    "the company already has that name",
                ));
            }
            seen.push(key);
        }
        check_opt("website", &self.website)?;
        check_opt("location", &self.location)?;
        check_text("company notes", &self.notes, MAX_TEXT)
    }
}

/// How senior a contact is. The method asks for a manager or director: they
/// can speak for the organisation and know who else to talk to.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Seniority {
    /// Not known.
    #[default]
    Unknown,
    /// A student or intern.
    Entry,
    /// An individual contributor.
    Staff,
    /// A manager or team lead.
    Manager,
    /// A director or head of a function.
    Director,
    /// An executive director of an organisation (often of a non-profit).
    ExecutiveDirector,
    /// A C-level executive, vice-president, partner, owner or founder.
    Executive,
}

impl Seniority {
    /// Every seniority, least senior first.
    pub const ALL: [Seniority; 7] = [
        Seniority::Unknown,
        Seniority::Entry,
        Seniority::Staff,
        Seniority::Manager,
        Seniority::Director,
        Seniority::ExecutiveDirector,
        Seniority::Executive,
    ];

    /// The name used in files and on the command line (`executive-director`).
    pub fn as_str(self) -> &'static str {
        match self {
            Seniority::Unknown => "unknown",
            Seniority::Entry => "entry",
            Seniority::Staff => "staff",
            Seniority::Manager => "manager",
            Seniority::Director => "director",
            Seniority::ExecutiveDirector => "executive-director",
            Seniority::Executive => "executive",
        }
    }

    /// Parses the name used in files and on the command line.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) naming the
    /// accepted values.
    pub fn parse(s: &str) -> Result<Seniority> {
        let folded = s.trim().to_lowercase().replace([' ', '_'], "-");
        Seniority::ALL
            .into_iter()
            .find(|x| x.as_str() == folded)
            .ok_or_else(|| {
                Error::invalid(
                    "seniority",
                    s,
                    "expected one of unknown, entry, staff, manager, director, executive-director, executive",
                )
            })
    }

    /// Guesses the seniority from a job title ("Sr. Director, Learning" →
    /// director; "VP People" → executive). Unknown when nothing fits.
    ///
    /// ```
    /// use inroads::Seniority;
    /// assert_eq!(Seniority::from_title("Executive Director"), Seniority::ExecutiveDirector);
    /// assert_eq!(Seniority::from_title("Sr. Dir, L&D"), Seniority::Director);
    /// assert_eq!(Seniority::from_title("Program Manager"), Seniority::Manager);
    /// assert_eq!(Seniority::from_title("VP People Ops"), Seniority::Executive);
    /// assert_eq!(Seniority::from_title("Curator"), Seniority::Staff);
    /// assert_eq!(Seniority::from_title("Managing Partner"), Seniority::Executive);
    /// assert_eq!(Seniority::from_title("Talent Acquisition Partner"), Seniority::Staff);
    /// assert_eq!(Seniority::from_title(""), Seniority::Unknown);
    /// ```
    pub fn from_title(title: &str) -> Seniority {
        let words: Vec<String> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        if words.is_empty() {
            return Seniority::Unknown;
        }
        let has = |w: &str| words.iter().any(|x| x == w);
        let joined = words.join(" ");
        if joined.contains("executive director") {
            Seniority::ExecutiveDirector
        } else if has("ceo")
            || has("cto")
            || has("cfo")
            || has("coo")
            || has("cio")
            || has("chief")
            || has("vp")
            || has("svp")
            || has("evp")
            || joined.contains("vice president")
            || has("president")
            || has("founder")
            || has("cofounder")
            || has("owner")
            // A partner of a firm, not a "Talent Acquisition Partner" or an
            // "HR Business Partner".
            || words.len() == 1 && has("partner")
            || ["managing", "senior", "founding", "equity", "general"]
                .iter()
                .any(|p| joined.contains(&format!("{p} partner")))
        {
            Seniority::Executive
        } else if has("director") || has("dir") || has("head") || has("principal") {
            Seniority::Director
        } else if has("manager")
            || has("mgr")
            || has("lead")
            || has("supervisor")
            || has("coordinator")
        {
            Seniority::Manager
        } else if has("intern") || has("student") || has("trainee") || has("apprentice") {
            Seniority::Entry
        } else {
            Seniority::Staff
        }
    }
}

impl fmt::Display for Seniority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person the job seeker knows or wants to meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Full name. Names need not be unique; emails must be.
    pub name: String,
    /// Job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// How senior they are.
    #[serde(default)]
    pub seniority: Seniority,
    /// Where they work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<CompanyId>,
    /// Email addresses, stored lower-case; each belongs to one contact only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Phone numbers, as given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// A profile URL (LinkedIn or other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    /// Free tags (`alumni`, `from-workshop`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// How the job seeker met or found them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_met: Option<String>,
    /// Research notes about the person (step 5 of the method).
    #[serde(default)]
    pub notes: String,
    /// When the contact was recorded.
    pub created: NaiveDate,
    /// The career field they work in, when known (set by hand, or inferred
    /// from the title on import).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<crate::codes::FieldCode>,
    /// How often to keep in touch; overrides the cadence of the contact's tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// Given and family name as an import gave them (LinkedIn's First and
    /// Last Name, a vCard's `N`); `None` when the name was typed whole, and
    /// then nobody guesses where the family name begins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_parts: Option<NameParts>,
    /// What the last import wrote into each field it filled, from which
    /// import and when. A re-import changes a field only while it still
    /// holds that value: a field that differs was edited by the user, and
    /// the user's edit stands (see [`ImportReport::kept`](crate::ImportReport)).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub imported: BTreeMap<ImportedField, FieldSource>,
    /// Other names the person goes by, from merges ("Kwame Mensah" kept as
    /// "Kwame Mensah, RN"): imports and lookups by those names find them,
    /// so a merged duplicate does not come back with the next sync.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Profile URLs the person had before (a changed vanity slug, the
    /// other side of a merge): imports and lookups by them find them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profile_url_aliases: Vec<String>,
    /// Emails and phone numbers the user removed: an import that still
    /// lists them does not add them back (adding one by hand again takes
    /// it off this list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

/// A person's name in parts, as an address book or export gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NameParts {
    /// Given name(s).
    pub given: String,
    /// Family name(s), particles included ("Ó Súilleabháin", "van der Berg").
    pub family: String,
    /// Additional (middle) names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub additional: String,
    /// Honorific prefixes ("Dr.").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Honorific suffixes and credentials ("MD", "Jr.").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

/// A contact field that imports fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ImportedField {
    /// The name.
    Name,
    /// The job title.
    Title,
    /// The company (its name as the import wrote it).
    Company,
    /// The profile URL.
    ProfileUrl,
    /// The career field guessed from the title (two-digit code).
    Field,
    /// The imported note.
    Notes,
}

impl ImportedField {
    /// The field's name as the command line and reports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportedField::Name => "name",
            ImportedField::Title => "title",
            ImportedField::Company => "company",
            ImportedField::ProfileUrl => "profile-url",
            ImportedField::Field => "field",
            ImportedField::Notes => "notes",
        }
    }
}

/// Which kind of import wrote a value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ImportSource {
    /// A LinkedIn connections export.
    #[default]
    Linkedin,
    /// A vCard address book.
    Vcard,
}

impl ImportSource {
    /// The name reports write: `linkedin` or `vcard`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportSource::Linkedin => "linkedin",
            ImportSource::Vcard => "vcard",
        }
    }
}

impl std::fmt::Display for ImportSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an imported field's value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FieldSource {
    /// The value the import wrote.
    pub value: String,
    /// Which kind of import.
    pub from: ImportSource,
    /// The day of that import (the import's `today`).
    pub on: NaiveDate,
}

impl Contact {
    /// A contact with a name and a creation date and nothing else.
    pub fn new(name: &str, created: NaiveDate) -> Contact {
        Contact {
            name: name.to_string(),
            title: None,
            seniority: Seniority::Unknown,
            company: None,
            emails: Vec::new(),
            phones: Vec::new(),
            profile_url: None,
            tags: Vec::new(),
            how_met: None,
            notes: String::new(),
            created,
            field: None,
            cadence: None,
            name_parts: None,
            imported: BTreeMap::new(),
            aliases: Vec::new(),
            profile_url_aliases: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// The contact's profile URL and the ones it had before.
    pub fn profile_urls(&self) -> impl Iterator<Item = &str> {
        self.profile_url
            .iter()
            .chain(&self.profile_url_aliases)
            .map(String::as_str)
    }

    /// Whether `value` (an email or a phone number) is one the user removed
    /// from this contact (see [`Contact::removed`]).
    pub(crate) fn was_removed(&self, value: &str) -> bool {
        self.removed.iter().any(|r| same_address(r, value))
    }

    /// Whether the contact came in under its email address and still has
    /// no other name ([`NEEDS_NAME_TAG`]).
    pub(crate) fn awaits_name(&self) -> bool {
        self.tags.iter().any(|t| t == NEEDS_NAME_TAG)
            && self
                .emails
                .iter()
                .any(|e| e.eq_ignore_ascii_case(&self.name))
    }

    /// The contact's name and its other names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Lower-cases and trims the emails, trims name and title. Called by the
    /// network before validation so equal inputs are stored equally.
    pub(crate) fn normalize(&mut self) {
        self.name = collapse_spaces(&self.name);
        for e in &mut self.emails {
            *e = normalize_email(e);
        }
        if let Some(t) = &mut self.title {
            *t = collapse_spaces(t);
        }
        self.tags.iter_mut().for_each(|t| *t = t.trim().to_string());
        self.aliases
            .iter_mut()
            .for_each(|a| *a = collapse_spaces(a));
        let name = fold_name(&self.name);
        let mut seen = vec![name];
        self.aliases.retain(|a| {
            let k = fold_name(a);
            let new = !seen.contains(&k);
            seen.push(k);
            new
        });
        let mut urls: Vec<String> = if self.profile_url_aliases.is_empty() {
            Vec::new()
        } else {
            self.profile_url
                .iter()
                .map(|u| crate::text::normalize_url(u))
                .collect()
        };
        self.profile_url_aliases.retain(|u| {
            let k = crate::text::normalize_url(u);
            let new = !k.is_empty() && !urls.contains(&k);
            urls.push(k);
            new
        });
        // Name parts that no longer spell the name (the user renamed the
        // contact) are dropped rather than exported wrong.
        if let Some(p) = &mut self.name_parts {
            for part in [
                &mut p.given,
                &mut p.family,
                &mut p.additional,
                &mut p.prefix,
                &mut p.suffix,
            ] {
                *part = collapse_spaces(part);
            }
            let name = fold_name(&self.name);
            if !name.contains(&fold_name(&p.given)) || !name.contains(&fold_name(&p.family)) {
                self.name_parts = None;
            }
        }
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if let Some(p) = &self.name_parts {
            check_text("given name", &p.given, MAX_NAME)?;
            check_text("family name", &p.family, MAX_NAME)?;
            check_text("additional names", &p.additional, MAX_NAME)?;
            check_text("name prefix", &p.prefix, MAX_NAME)?;
            check_text("name suffix", &p.suffix, MAX_NAME)?;
        }
        for (f, s) in &self.imported {
            check_text(f.as_str(), &s.value, MAX_TEXT)?;
            check_date("import date", s.on)?;
        }
        for a in &self.aliases {
            check_name("other name", a)?;
        }
        check_name("contact name", &self.name)?;
        check_opt("title", &self.title)?;
        for (i, e) in self.emails.iter().enumerate() {
            check_email(e)?;
            if self.emails.iter().take(i).any(|f| f == e) {
                return Err(Error::invalid(
                    "email",
                    e,
                    "listed twice for the same contact",
                ));
            }
        }
        for p in &self.phones {
            check_phone(p)?;
        }
        check_opt("profile URL", &self.profile_url)?;
        for u in &self.profile_url_aliases {
            check_text("old profile URL", u, MAX_TEXT)?;
        }
        for r in &self.removed {
            check_text("removed email or phone", r, MAX_NAME)?;
        }
        for t in &self.tags {
            check_name("tag", t)?;
        }
        check_opt("how met", &self.how_met)?;
        if let Some(c) = &self.cadence {
            c.validate()?;
        }
        check_date("created", self.created)?;
        check_text("contact notes", &self.notes, MAX_TEXT)
    }
}

/// A keep-in-touch cadence: ideally every `ideal_days`, at most every
/// `max_days`. It counts from the later of the last real interaction and
/// the day it was set (`since`): a LinkedIn "connected on" date years ago
/// is when you connected, not when you last spoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cadence {
    /// The ideal gap between interactions, in days.
    pub ideal_days: u32,
    /// The longest acceptable gap, in days.
    pub max_days: u32,
    /// The day it was set, if known (files written before it was kept
    /// have none: the cadence then counts from the last interaction, or
    /// from the day the contact was added).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
}

impl Cadence {
    /// A cadence of `ideal_days` and `max_days`, set on `since`.
    pub fn new(ideal_days: u32, max_days: u32, since: Option<NaiveDate>) -> Cadence {
        Cadence {
            ideal_days,
            max_days,
            since,
        }
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if let Some(d) = self.since {
            check_date("cadence since", d)?;
        }
        if self.ideal_days == 0 || self.ideal_days > self.max_days || self.max_days > 3660 {
            return Err(Error::invalid(
                "cadence",
                format!("{}/{} days", self.ideal_days, self.max_days),
                "needs 1 <= ideal <= maximum <= 3660 days",
            ));
        }
        Ok(())
    }
}

/// Where a job lead stands.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LeadStatus {
    /// Heard about it.
    #[default]
    Heard,
    /// Applied.
    Applied,
    /// Interviewing.
    Interviewing,
    /// An offer came.
    Offer,
    /// Closed: filled, withdrawn, declined or rejected.
    Closed,
}

impl LeadStatus {
    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            LeadStatus::Heard => "heard",
            LeadStatus::Applied => "applied",
            LeadStatus::Interviewing => "interviewing",
            LeadStatus::Offer => "offer",
            LeadStatus::Closed => "closed",
        }
    }

    /// Parses the name used in files and on the command line.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue).
    pub fn parse(s: &str) -> Result<LeadStatus> {
        [
            LeadStatus::Heard,
            LeadStatus::Applied,
            LeadStatus::Interviewing,
            LeadStatus::Offer,
            LeadStatus::Closed,
        ]
        .into_iter()
        .find(|x| x.as_str() == s.trim().to_lowercase())
        .ok_or_else(|| {
            Error::invalid(
                "lead status",
                s,
                "expected heard, applied, interviewing, offer or closed",
            )
        })
    }

    /// Whether a lead may move from `self` to `to`: forward along heard →
    /// applied → interviewing → offer, and to closed from anywhere.
    pub fn can_move_to(self, to: LeadStatus) -> bool {
        to == LeadStatus::Closed && self != LeadStatus::Closed || to > self
    }
}

impl fmt::Display for LeadStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A job opening learned from a contact (step 7's payoff).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The contact it came from; every lead is attributed.
    pub contact: crate::ContactId,
    /// The company with the opening, when it is one the network knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<CompanyId>,
    /// The role.
    pub role: String,
    /// Where it is posted (a URL, "internal only").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted: Option<String>,
    /// When it was learned.
    pub learned: NaiveDate,
    /// Where it stands.
    #[serde(default)]
    pub status: LeadStatus,
    /// Notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Lead {
    pub(crate) fn validate(&self) -> Result<()> {
        check_name("lead role", &self.role)?;
        check_opt("posted", &self.posted)?;
        check_date("learned", self.learned)?;
        check_text("lead notes", &self.notes, MAX_TEXT)
    }
}

/// Folds an email for storage and comparison: trimmed and lower-cased.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Folds a name for comparison: lower case, runs of whitespace as one space.
pub(crate) fn fold_name(name: &str) -> String {
    collapse_spaces(&name.to_lowercase())
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tag an import puts on a contact it had to name by its email; a
/// name given to the contact (by hand or by a later import) takes it off.
pub const NEEDS_NAME_TAG: &str = "needs-name";

/// A phone number as compared: its digits, with a leading `+` (spaces,
/// dashes, dots, brackets and a `tel:` prefix do not matter).
pub(crate) fn phone_key(p: &str) -> String {
    let t = p.trim();
    let t = crate::text::strip_prefix_any_case(t, "tel:").unwrap_or(t);
    let plus = if t.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    format!(
        "{plus}{}",
        t.chars().filter(char::is_ascii_digit).collect::<String>()
    )
}

/// Whether two values are one email (case aside) or one phone number (by
/// [`phone_key`]), as a person reads them.
pub(crate) fn same_address(a: &str, b: &str) -> bool {
    if a.contains('@') || b.contains('@') {
        return a.trim().eq_ignore_ascii_case(b.trim());
    }
    let key = phone_key(a);
    key.trim_start_matches('+').len() > 1 && key == phone_key(b)
}

/// A phone number: digits, at most 40 characters, one line.
pub(crate) fn check_phone(p: &str) -> Result<()> {
    check_text("phone", p, MAX_NAME)?;
    if !p.chars().any(|c| c.is_ascii_digit()) || p.chars().count() > 40 {
        return Err(Error::invalid(
            "phone",
            truncate_for_message(p),
            "a phone number needs digits and at most 40 characters",
        ));
    }
    Ok(())
}

pub(crate) fn check_email(e: &str) -> Result<()> {
    let bad = |why: &str| Err(Error::invalid("email", truncate_for_message(e), why));
    if e.chars().count() > 254 {
        return bad("longer than 254 characters");
    }
    let Some((local, domain)) = e.split_once('@') else {
        return bad("an email needs an @");
    };
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return bad("an email needs one @ with text on both sides");
    }
    if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
        return bad("the domain needs a dot, as in example.org");
    }
    if e.chars()
        .any(|c| c.is_whitespace() || crate::text::is_unsafe_char(c, true))
    {
        return bad("an email cannot hold spaces or control characters");
    }
    Ok(())
}

/// The earliest and latest years a date may have: wide enough for any
/// job search, narrow enough that date arithmetic never overflows.
pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// As [`check_date`], for a moment: its local date and its date in UTC (a
/// calendar export writes UTC) both within [`YEARS`].
pub(crate) fn check_instant(field: &str, at: chrono::DateTime<chrono::FixedOffset>) -> Result<()> {
    check_date(field, at.date_naive())?;
    check_date(field, at.naive_utc().date())
}

/// The one range check every "today" the library is given goes through
/// (plans, queries, views, the report, exports and imports): a day in
/// [`YEARS`], so that date arithmetic on it never overflows.
pub(crate) fn check_today(today: NaiveDate) -> Result<()> {
    check_date("today", today)
}

pub(crate) fn check_date(field: &str, date: NaiveDate) -> Result<()> {
    use chrono::Datelike;
    if YEARS.contains(&date.year()) {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            date.to_string(),
            "the year must be between 1000 and 9999",
        ))
    }
}

pub(crate) fn check_name(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, value, "must not be empty"));
    }
    check_text(field, value, MAX_NAME)
}

fn check_opt(field: &str, value: &Option<String>) -> Result<()> {
    match value {
        Some(v) => check_text(field, v, MAX_NAME),
        None => Ok(()),
    }
}

/// The longest chosen reading, in characters (O\*NET's longest task
/// statement has 332).
pub(crate) const MAX_READING: usize = 1000;

/// A skill's chosen reading: one line of at most [`MAX_READING`]
/// characters, not blank.
pub(crate) fn check_reading(value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(
            "read_as",
            value,
            "a reading is an O*NET statement; give one or leave it out",
        ));
    }
    if value.contains(['\n', '\r']) {
        return Err(Error::invalid(
            "read_as",
            truncate_for_message(value),
            "a reading is one line",
        ));
    }
    check_text("read_as", value, MAX_READING)
}

pub(crate) fn check_text(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::invalid(
            field,
            truncate_for_message(value),
            format!("longer than {max} characters"),
        ));
    }
    // Names, titles and other one-line values take no line breaks or
    // tabs; nothing takes terminal control sequences or bidirectional
    // overrides.
    let one_line = max <= MAX_NAME;
    if let Some(c) = value
        .chars()
        .find(|c| crate::text::is_unsafe_char(*c, one_line))
    {
        let what = match c {
            '\0' => "a NUL character".to_string(),
            '\n' | '\r' => "a line break".to_string(),
            '\t' => "a tab".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c => format!("the bidirectional formatting character U+{:04X}", c as u32),
        };
        return Err(Error::invalid(
            field,
            crate::text::display_safe(&truncate_for_message(value)).into_owned(),
            format!("contains {what}, which cannot belong in it"),
        ));
    }
    Ok(())
}

impl std::str::FromStr for Seniority {
    type Err = crate::Error;
    /// As [`Seniority::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        Seniority::parse(s)
    }
}

impl std::str::FromStr for LeadStatus {
    type Err = crate::Error;
    /// As [`LeadStatus::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        LeadStatus::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for good in ["a@b.co", "first.last+tag@mail.example.org"] {
            assert!(check_email(good).is_ok(), "{good}");
        }
        for bad in [
            "", "a", "@b.co", "a@", "a@b", "a@@b.co", "a b@c.co", "a@.co",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn seniority_names_round_trip() {
        for s in Seniority::ALL {
            assert_eq!(Seniority::parse(s.as_str()).unwrap(), s);
        }
        assert_eq!(
            Seniority::parse("Executive Director").unwrap(),
            Seniority::ExecutiveDirector
        );
        assert!(Seniority::parse("boss").is_err());
    }

    #[test]
    fn contact_validation() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut c = Contact::new("  Ana   Ruiz ", d);
        c.emails = vec![" Ana@Example.ORG ".into()];
        c.normalize();
        assert_eq!(c.name, "Ana Ruiz");
        assert_eq!(c.emails, ["ana@example.org"]);
        assert!(c.validate().is_ok());
        c.emails.push("ana@example.org".into());
        assert!(c.validate().is_err());
        let empty = Contact::new("   ", d);
        assert!(empty.validate().is_err());
    }

    #[test]
    fn industry_weights() {
        let mut i = Industry::named("Museums");
        i.demands.push(SkillDemand {
            skill: Skill::new("Curation").unwrap(),
            weight: 0.5,
        });
        assert!(i.validate().is_ok());
        for w in [0.0, -1.0, 1.5, f64::NAN, f64::INFINITY] {
            i.demands[0].weight = w;
            assert!(i.validate().is_err(), "{w}");
        }
    }
}
