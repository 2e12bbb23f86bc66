//! JSON Schemas (feature `schema`): for the data file and for every result
//! and view type, so a front end in any language can validate what the
//! library and the command line write. The schemas are checked into the
//! repository (`schema/`), and a test compares them with these and
//! validates real output against them.
//!
//! ```
//! let all = inroads::schema::all();
//! assert!(all.contains_key("data-file"));
//! assert!(all.contains_key("plan"));
//! ```

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;
use std::collections::BTreeMap;

impl JsonSchema for crate::Error {
    fn schema_name() -> Cow<'static, str> {
        "Error".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let details = g.subschema_for::<crate::ErrorKind>();
        let location = g.subschema_for::<Option<crate::Location>>();
        json_schema!({
            "type": "object",
            "required": ["kind", "details", "message", "location"],
            "properties": {
                "kind": { "type": "string", "description": "The kind's code (`not-found`, `invalid-transition`, …)." },
                "details": details,
                "message": { "type": "string" },
                "location": location
            },
            "additionalProperties": false
        })
    }
}

/// The data file's top level: `{"format": "inroads", "version": 3, "network": …}`.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct DataFile {
    /// Always `inroads`.
    #[schemars(with = "FormatName")]
    format: String,
    /// The format version: 1 to 3 load; this build writes 3.
    #[schemars(range(min = 1, max = 3))]
    version: u64,
    /// The job search.
    network: crate::data::NetworkData,
}

struct FormatName;

impl JsonSchema for FormatName {
    fn schema_name() -> Cow<'static, str> {
        "FormatName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "const": "inroads" })
    }
}

fn of<T: JsonSchema>() -> Schema {
    schemars::schema_for!(T)
}

/// Every schema by name: `data-file`, and one per result or view type
/// (`plan` is a list of [`Action`](crate::Action)s, `contact-detail` a
/// [`ContactDetail`](crate::ContactDetail), …). `README.md` lists which
/// command prints which.
pub fn all() -> BTreeMap<&'static str, Schema> {
    let mut m = BTreeMap::new();
    m.insert("data-file", of::<DataFile>());
    m.insert("error", of::<crate::Error>());
    m.insert("plan", of::<Vec<crate::Action>>());
    m.insert("brief", of::<crate::Brief>());
    m.insert("draft", of::<crate::Draft>());
    m.insert("fit", of::<crate::FitReport>());
    m.insert("funnel", of::<crate::Funnel>());
    m.insert("warm-paths", of::<crate::WarmPaths>());
    m.insert("reach", of::<crate::Reach>());
    m.insert("coverage", of::<crate::Coverage>());
    m.insert("connectors", of::<Vec<crate::Connector>>());
    m.insert("suggestions", of::<Vec<crate::Suggestion>>());
    m.insert("provenance", of::<crate::Provenance>());
    m.insert("duplicates", of::<Vec<crate::Duplicate>>());
    m.insert("import-report", of::<crate::ImportReport>());
    m.insert("tie-import", of::<crate::TieImport>());
    m.insert("title-candidates", of::<Vec<crate::TitleCandidate>>());
    m.insert("contact-summaries", of::<Vec<crate::ContactSummary>>());
    m.insert("company-summaries", of::<Vec<crate::CompanySummary>>());
    m.insert("industry-summaries", of::<Vec<crate::IndustrySummary>>());
    m.insert("contact-detail", of::<crate::ContactDetail>());
    m.insert("company-detail", of::<crate::CompanyDetail>());
    m.insert("journal", of::<crate::JournalView>());
    m.insert("recorded", of::<crate::Recorded>());
    m.insert("meetings", of::<crate::MeetingList>());
    m.insert("leads", of::<Vec<crate::LeadItem>>());
    m.insert("ties", of::<Vec<crate::Tie>>());
    m.insert("tie-list", of::<Vec<crate::TieItem>>());
    m.insert("questions", of::<Vec<crate::Question>>());
    m.insert("profile", of::<crate::Profile>());
    m.insert("occupation-detail", of::<crate::OccupationDetail>());
    m.insert("report", of::<crate::Report>());
    m
}

/// The documents the command line prints under `--json`, one type each:
/// private, for the schemas only (`tests/it/schema.rs` validates the real
/// output of every command against them, so they stay true to it).
mod cli {
    #![allow(dead_code)]
    use crate::{
        Cadence, Company, CompanyDuplicate, CompanySummary, ContactId, ContactSummary, Duplicate,
        FieldChange, FieldCode, Industry, IndustryId, IndustryRank, IndustrySummary,
        InterestSignal, Interests, Lead, LeadId, LeadItem, MeetingWarning, PathStep, Question,
        Reading, Recorded, SkillRating, Tie, TieItem, TitleCandidate, WarmPath,
    };
    use schemars::JsonSchema;

    macro_rules! doc {
        ($(#[$m:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
            $(#[$m])*
            #[derive(JsonSchema)]
            #[schemars(deny_unknown_fields)]
            pub(super) struct $name { $(pub(super) $field: $ty),* }
        };
    }

    doc!(ContactList { contacts: Vec<ContactSummary> });
    doc!(ContactAdded { added: Option<ContactSummary> });
    doc!(ContactUpdated { updated: Option<ContactSummary> });
    doc!(Removal {
        id: ContactId,
        name: String
    });
    doc!(ContactRemoved { removed: Removal });
    doc!(CompanyList { companies: Vec<CompanySummary> });
    doc!(CompanyAdded { added: Option<CompanySummary> });
    doc!(CompanyRenamed { id: crate::CompanyId, company: Option<Company> });
    doc!(CompanyMerged {
        kept: crate::CompanyId,
        merged: crate::CompanyId,
        contacts: usize,
        company: Option<Company>,
    });
    doc!(CompanyRemoved { removed: Company });
    doc!(IndustryList { industries: Vec<IndustrySummary> });
    doc!(NewIndustry {
        id: IndustryId,
        name: String,
        target: bool
    });
    doc!(IndustryAdded { added: NewIndustry });
    doc!(IndustryUpdated { updated: Option<IndustrySummary>, industry: Option<Industry> });
    doc!(IndustryRemoved { removed: Industry });
    doc!(Industries { industries: Vec<IndustryRank> });
    doc!(ProfileDoc {
        profile: crate::Profile
    });
    doc!(InterestsDoc {
        interests: Option<Interests>,
        holland: Option<String>,
        inferred: Option<InterestSignal>,
    });
    doc!(SkillAdded { added: SkillRating });
    doc!(SkillUpdated {
        updated: SkillRating
    });
    doc!(SkillRemoved {
        removed: SkillRating
    });
    doc!(SkillList { skills: Vec<SkillRating> });
    doc!(Created { created: String });
    doc!(ReportWritten {
        written: String,
        bytes: usize,
        redacted: bool
    });
    doc!(ExportWritten {
        written: String,
        bytes: usize,
        format: String,
        redacted: bool
    });
    doc!(Completions {
        shell: String,
        script: String
    });
    doc!(CadenceSet { set: Cadence, contact: Option<String>, tag: Option<String> });
    doc!(Cleared { contact: Option<String>, tag: Option<String> });
    doc!(CadenceCleared { cleared: Cleared });
    doc!(TagCadence {
        tag: String,
        cadence: Cadence
    });
    doc!(ContactCadence {
        contact: ContactId,
        name: String,
        cadence: Cadence
    });
    doc!(CadenceList { tags: Vec<TagCadence>, contacts: Vec<ContactCadence> });
    doc!(TitleDoc { title: String, good_match: bool, candidates: Vec<TitleCandidate> });
    doc!(SkillRead {
        skill: Option<SkillRating>,
        readings: Option<Vec<Reading>>,
        updated: Option<SkillRating>,
    });
    doc!(Refield { changed: Vec<FieldChange> });
    doc!(OccupationSearch { query: String, occupations: Vec<TitleCandidate> });
    doc!(FieldItem {
        code: FieldCode,
        name: String,
        occupations: usize
    });
    doc!(Fields { fields: Vec<FieldItem> });
    doc!(Duplicates {
        duplicates: Vec<Duplicate>,
        companies: Vec<CompanyDuplicate>
    });
    doc!(Merged { kept: ContactId });
    doc!(TieAdded {
        tie: Tie,
        added: bool
    });
    doc!(TieRemoved { removed: Tie });
    doc!(TieList { ties: Vec<TieItem> });
    doc!(PathDoc { found: bool, path: Vec<PathStep>, strength: f64, alternatives: Vec<WarmPath> });
    doc!(Connectors { connectors: Vec<crate::Connector> });
    doc!(Mutual { contact: ContactId, mutual: Vec<ContactId>, names: Vec<String> });
    doc!(Suggestions { suggestions: Vec<crate::Suggestion> });
    doc!(PlanDoc { today: chrono::NaiveDate, actions: Vec<crate::Action> });
    doc!(LeadAdded { added: LeadId, lead: Option<Lead> });
    doc!(LeadUpdated { updated: LeadId, lead: Option<Lead> });
    doc!(LeadList { leads: Vec<LeadItem> });
    doc!(QuestionAdded { added: Question });
    doc!(QuestionList { questions: Vec<Question> });
    doc!(Help { help: String });
    doc!(Version { version: String });

    /// A meeting scheduled: what was recorded, and the warnings.
    #[derive(JsonSchema)]
    pub(super) struct Scheduled {
        #[serde(flatten)]
        pub(super) recorded: Recorded,
        pub(super) warnings: Vec<MeetingWarning>,
    }

    /// What went wrong: the library's [`Error`](crate::Error), or a
    /// command line that could not be read (`usage`), and a hint.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub(super) struct Failure {
        /// The kind's code: one of the library's (`not-found`,
        /// `invalid-transition`, …) or `usage`.
        pub(super) kind: String,
        /// The kind's fields, with its `code`.
        pub(super) details: Details,
        pub(super) message: String,
        pub(super) location: Option<crate::Location>,
        /// What to do about it, when the command line knows.
        pub(super) hint: Option<String>,
    }

    /// The library's error kinds, or a command line that could not be read.
    #[derive(JsonSchema)]
    #[serde(untagged)]
    pub(super) enum Details {
        Library(crate::ErrorKind),
        Usage(Usage),
    }

    /// A command line that could not be read (clap's message in `message`).
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub(super) struct Usage {
        pub(super) code: UsageCode,
    }

    /// Always `usage`.
    #[derive(JsonSchema)]
    #[serde(rename_all = "kebab-case")]
    pub(super) enum UsageCode {
        Usage,
    }

    doc!(ErrorDoc { error: Failure });
}

/// One schema per document the command line prints under `--json`, named
/// after the command (`contact-list` is what `inroads contact list --json`
/// prints, `{"contacts": [...]}`; `error` is every failure, usage errors
/// included). Checked into `schema/cli/`.
///
/// ```
/// let cli = inroads::schema::cli();
/// assert!(cli.contains_key("contact-list"));
/// assert!(cli.contains_key("error"));
/// ```
pub fn cli() -> BTreeMap<&'static str, Schema> {
    let mut m = BTreeMap::new();
    m.insert("error", of::<cli::ErrorDoc>());
    m.insert("init", of::<cli::Created>());
    m.insert("profile", of::<cli::ProfileDoc>());
    m.insert("interests", of::<cli::InterestsDoc>());
    m.insert("skill-add", of::<cli::SkillAdded>());
    m.insert("skill-edit", of::<cli::SkillUpdated>());
    m.insert("skill-remove", of::<cli::SkillRemoved>());
    m.insert("skill-list", of::<cli::SkillList>());
    m.insert("skill-read", of::<cli::SkillRead>());
    m.insert("contact-refield", of::<cli::Refield>());
    m.insert("industry-add", of::<cli::IndustryAdded>());
    m.insert("industry-edit", of::<cli::IndustryUpdated>());
    m.insert("industry-remove", of::<cli::IndustryRemoved>());
    m.insert("industry-list", of::<cli::IndustryList>());
    m.insert("company-add", of::<cli::CompanyAdded>());
    m.insert("company-rename", of::<cli::CompanyRenamed>());
    m.insert("company-merge", of::<cli::CompanyMerged>());
    m.insert("company-remove", of::<cli::CompanyRemoved>());
    m.insert("company-list", of::<cli::CompanyList>());
    m.insert("company-show", of::<crate::CompanyDetail>());
    m.insert("contact-add", of::<cli::ContactAdded>());
    m.insert("contact-edit", of::<cli::ContactUpdated>());
    m.insert("contact-remove", of::<cli::ContactRemoved>());
    m.insert("contact-list", of::<cli::ContactList>());
    m.insert("contact-show", of::<crate::ContactDetail>());
    m.insert("fit", of::<crate::FitReport>());
    m.insert("title", of::<cli::TitleDoc>());
    m.insert("occupation-search", of::<cli::OccupationSearch>());
    m.insert("occupation-show", of::<crate::OccupationDetail>());
    m.insert("occupation-fields", of::<cli::Fields>());
    m.insert("industries", of::<cli::Industries>());
    m.insert("import", of::<crate::ImportReport>());
    m.insert("import-ties", of::<crate::TieImport>());
    m.insert("export", of::<cli::ExportWritten>());
    m.insert("report", of::<cli::ReportWritten>());
    m.insert("completions", of::<cli::Completions>());
    m.insert("duplicates", of::<cli::Duplicates>());
    m.insert("merge", of::<cli::Merged>());
    m.insert("tie-add", of::<cli::TieAdded>());
    m.insert("tie-remove", of::<cli::TieRemoved>());
    m.insert("tie-list", of::<cli::TieList>());
    m.insert("path", of::<cli::PathDoc>());
    m.insert("reach", of::<crate::Reach>());
    m.insert("connectors", of::<cli::Connectors>());
    m.insert("provenance", of::<crate::Provenance>());
    m.insert("coverage", of::<crate::Coverage>());
    m.insert("mutual", of::<cli::Mutual>());
    m.insert("suggest", of::<cli::Suggestions>());
    m.insert("log", of::<crate::Recorded>());
    m.insert("journal", of::<crate::JournalView>());
    m.insert("meeting-schedule", of::<cli::Scheduled>());
    m.insert("meeting-list", of::<crate::MeetingList>());
    m.insert("brief", of::<crate::Brief>());
    m.insert("draft", of::<crate::Draft>());
    m.insert("plan", of::<cli::PlanDoc>());
    m.insert("lead-add", of::<cli::LeadAdded>());
    m.insert("lead-update", of::<cli::LeadUpdated>());
    m.insert("lead-list", of::<cli::LeadList>());
    m.insert("stats", of::<crate::Funnel>());
    m.insert("question-add", of::<cli::QuestionAdded>());
    m.insert("question-list", of::<cli::QuestionList>());
    m.insert("cadence-set", of::<cli::CadenceSet>());
    m.insert("cadence-clear", of::<cli::CadenceCleared>());
    m.insert("cadence-list", of::<cli::CadenceList>());
    m.insert("help", of::<cli::Help>());
    m.insert("version", of::<cli::Version>());
    m
}
