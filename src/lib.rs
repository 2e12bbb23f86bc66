//! `inroads` plans and tracks a job search done the way most jobs are
//! actually found: through people, one informational interview at a time.
//!
//! An informational interview is a short meeting in which a job seeker asks
//! someone in a field for information and advice — not for a job — and then
//! for the names of others worth talking to. The method has seven steps, and
//! each has its home here:
//!
//! 1. **List your skills, and the ones you enjoy using.** A [`Profile`]
//!    holds [`SkillRating`]s: each [`Skill`] with a proficiency and an
//!    enjoyment [`Rating`] from 1 to 5. Skill names are normalised, so
//!    `"MS Excel"` and `"microsoft excel"` are one skill.
//! 2. **Find the industries and occupations your skills transfer to.**
//!    [`fit`] ranks the 923 occupations and 22 career fields of the built-in
//!    O\*NET 29.0 [`Catalog`] — and your own [`Industry`]s — by how well
//!    your skills carry over, each result with its matching skills and
//!    gaps. Skills may be written in your own words ("Restocking shelves",
//!    "Westlaw", "qPCR"): each phrase is read against what people in each
//!    occupation do — O\*NET's tasks, work activities, tools, technologies
//!    and job titles ([`Catalog::read_phrase`] shows the reading, and
//!    [`SkillRating::read_as`] keeps another when it is wrong), and each
//!    result names the statements your words matched.
//!    [`Catalog::match_title`] places a job title in an occupation, or
//!    says it cannot ([`GOOD_TITLE_CONFIDENCE`]).
//! 3. **Ask a manager or director for a 20–30 minute meeting** — for
//!    information, not a job. Each person is a [`Contact`] with a
//!    [`Seniority`]; [`draft`] writes the request; [`Network::log`] records
//!    it in the journal, and [`Network::stage`] follows the contact through
//!    the outreach [`Stage`]s.
//! 4. **Meet, professionally**: [`Network::schedule_meeting`] refuses
//!    overlapping [`Meeting`]s.
//! 5. **Research the company and the person first**: a [`brief`] lists what
//!    is known, how you are connected, and what research is missing.
//! 6. **Ask questions that get them talking**: the brief picks questions
//!    from the [`QuestionBank`] for the contact's seniority, never one they
//!    already answered; [`MeetingNotes`] keep the answers.
//! 7. **Thank them and ask for referrals — then repeat with each referral.**
//!    [`plan`] says what is due today: thank-yous, follow-ups, referrals not
//!    yet contacted, keep-in-touch [`Cadence`]s. [`Lead`]s record the job
//!    openings people mention; [`funnel`] measures the whole loop.
//!
//! Everything lives in one aggregate, the [`Network`], which keeps its
//! invariants (no dangling reference, one contact per email, unique company
//! and industry names, a journal that replays through the state machine)
//! and changes nothing when an operation fails. The [`store`] module saves it
//! as a versioned JSON file, atomically.
//!
//! # Example: steps 1 and 3 to 7
//!
//! ```
//! use chrono::{DateTime, NaiveDate};
//! use inroads::{
//!     brief, draft, plan, store, ActionKind, BriefOptions, Channel, Company, Contact, DraftKind,
//!     Event, Industry, Meeting, Network, PlanOptions, Profile, Seniority, SkillRating, Stage,
//!     Templates,
//! };
//!
//! // Step 1: skills, and how much you enjoy them.
//! let mut net = Network::new(Profile {
//!     name: "Maya Chen".into(),
//!     background: "I am finishing a Master of Teaching".into(),
//!     ..Profile::default()
//! })?;
//! net.add_skill(SkillRating::new("Instructing", 5, 5)?)?;
//! net.add_skill(SkillRating::new("PM", 3, 4)?)?; // stored as "Project Management"
//!
//! // Step 2 (see `fit`): an industry and a company in it.
//! let museums = net.add_industry(Industry::named("Museums"))?;
//! let mut museum = Company::named("Harbourfront Museum");
//! museum.industry = Some(museums);
//! let museum = net.add_company(museum)?;
//!
//! // Step 3: the manager to ask, and the request.
//! let mut tom = Contact::new("Tom Okafor", NaiveDate::from_ymd_opt(2026, 1, 20).unwrap());
//! tom.title = Some("Education Programs Manager".into());
//! tom.seniority = Seniority::from_title("Education Programs Manager");
//! tom.company = Some(museum);
//! let tom = net.add_contact(tom)?;
//! let request = draft(&net, tom, DraftKind::Request, &Templates::default())?;
//! assert!(request.body.contains("not asking for a job"));
//! let at = |s| DateTime::parse_from_rfc3339(s).unwrap();
//! net.log(tom, at("2026-02-02T09:00:00-05:00"), Event::RequestSent { channel: Channel::Email }, "")?;
//! net.log(tom, at("2026-02-03T11:00:00-05:00"), Event::ReplyReceived, "")?;
//!
//! // Steps 4-6: the meeting, and the brief to prepare it.
//! let meeting = Meeting::at(at("2026-02-10T10:00:00-05:00"));
//! net.schedule_meeting(tom, at("2026-02-03T11:05:00-05:00"), meeting, inroads::OverlapPolicy::Refuse)?;
//! let b = brief(&net, tom, &BriefOptions::default())?;
//! assert_eq!(b.questions.last().unwrap().id, "referral");
//! net.log(tom, at("2026-02-10T10:30:00-05:00"), Event::MeetingHeld, "")?;
//! assert_eq!(net.stage(tom), Stage::Met);
//!
//! // Step 7: the planner says the thank-you is due.
//! let today = NaiveDate::from_ymd_opt(2026, 2, 11).unwrap();
//! let todo = plan(&net, &PlanOptions::default(), today)?;
//! assert_eq!(todo[0].kind, ActionKind::ThankYou);
//!
//! // Save and load back: nothing lost.
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("inroads.json");
//! store::save(&net, &path)?;
//! assert_eq!(store::load(&path)?, net);
//! # Ok::<(), inroads::Error>(())
//! ```
//!
//! # Determinism
//!
//! Nothing in this crate reads the clock, the environment or a random
//! source: dates are parameters, and the same input gives the same output
//! in the same order.
//!
//! # Errors
//!
//! Every fallible function returns [`Error`], whose [`ErrorKind`] says what
//! is wrong and whose [`Location`] says where (file, line, JSON path). No
//! input makes the library panic.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod brief;
pub mod catalog;
mod clock;
mod codes;
mod data;
mod dedupe;
mod draft;
mod edit;
mod error;
mod fit;
mod graph;
mod hash;
mod id;
mod interests;
mod io;
mod journal;
mod model;
mod network;
mod pipeline;
mod plan;
mod question;
mod redact;
mod report;
mod rng;
pub mod sample;
#[cfg(feature = "schema")]
pub mod schema;
mod skill;
mod stats;
pub mod store;
pub mod synthetic;
mod text;
mod ties;
mod views;
mod zone;

pub use crate::brief::{brief, Brief, BriefOptions, ConnectionFact, KnownFact, MissingFact};
pub use crate::catalog::{
    Catalog, CatalogTables, Demand, Element, ElementId, ElementKind, ElementMatch, Field,
    FieldCode, IndustryRank, LabourMarket, MatchHow, NamedDemand, Occupation, OccupationCode,
    OccupationDetail, Reading, RelatedOccupation, SharedFigure, StatementKind, TextFields, TextHit,
    TitleCandidate, GOOD_TITLE_CONFIDENCE, KEPT_KNOWLEDGE, KEPT_SKILLS, MIN_TITLE_CONFIDENCE,
    READING_OCCUPATIONS, RELATED_MIN, RELATED_SHOWN,
};
pub use crate::clock::Now;
pub use crate::dedupe::{
    company_duplicates, duplicates, name_key, CompanyDuplicate, CompanyDuplicateKind, Duplicate,
    DuplicateKind, Prefer,
};
pub use crate::draft::{draft, greeting_name, Draft, DraftKind, Templates, MAX_TEMPLATE_BYTES};
pub use crate::edit::{Change, CompanyEdit, ContactEdit, IndustryEdit, SkillEdit};
pub use crate::error::{Error, ErrorKind, Location, Result};
pub use crate::fit::{
    fit, interest_phrase, FieldFit, FitOptions, FitReport, Gap, IndustryFit, InterestSignal,
    InterestSource, MatchingSkill, OccupationFit, PhraseReading, SaidMatch, TrainingGap,
    UnmatchedSkill,
};
pub use crate::graph::{
    connectors, coverage, describe_path, mutual, provenance, reach, suggest, tie_strength,
    warm_path, Connector, ConnectorOptions, Coverage, Hops, PathOptions, PathStep, Provenance,
    ProvenanceStep, Reach, SuggestOptions, SuggestReason, Suggestion, Target, TargetCoverage,
    TargetKind, WarmPath, WarmPaths, DEFAULT_TIE_STRENGTH,
};
pub use crate::id::{CompanyId, ContactId, EntryId, IndustryId, LeadId, MAX_ID};
pub use crate::interests::{Education, Interest, InterestScores, Interests, JobZone};
pub use crate::io::csv_export::{export_csv, CsvExport};
pub use crate::io::dot::export_dot;
pub use crate::io::graphml::{export_graphml, GraphExport};
pub use crate::io::ical::export_ics;
pub use crate::io::linkedin::{import_linkedin, import_linkedin_with_progress, MAX_LINKEDIN_BYTES};
pub use crate::io::refield::{field_for_title, rederive_fields, FieldChange};
pub use crate::io::ties_csv::import_ties_csv;
#[cfg(feature = "vcard")]
pub use crate::io::vcard::{export_vcards, import_vcards, VcardVersion, MAX_VCARD_BYTES};
pub use crate::io::{
    company_key, is_role_email, spreadsheet_safe, DroppedField, ImportOptions, ImportReport,
    KeptEdit, SkippedRow, MAX_SKIPPED_LISTED, NEEDS_NAME_TAG,
};
pub use crate::journal::{
    parse_datetime, parse_offset, replay, whole_minute_offset, Answer, Channel, Entry, Event,
    EventKind, Meeting, MeetingNotes, MeetingWarning, Stage, DEFAULT_MEETING_MINUTES,
};
pub use crate::model::{
    normalize_email, Cadence, Company, CompanySize, Contact, FieldSource, ImportSource,
    ImportedField, Industry, Lead, LeadStatus, NameParts, Profile, Seniority, SkillDemand,
    SkillRating, MAX_NAME, MAX_TEXT,
};
pub use crate::network::{Network, Removal};
pub use crate::pipeline::{Amendment, Correction, OverlapPolicy, Referral, Scheduled};
pub use crate::plan::{add_business_days, plan, Action, ActionKind, PlanOptions, Reason};
pub use crate::question::{Question, QuestionBank, Topic};
pub use crate::redact::{export_redacted_json, redact};
#[cfg(feature = "report")]
pub use crate::report::render_html;
pub use crate::report::{
    report, Card, NetworkPicture, PictureNode, PipelineColumn, Report, ReportOptions, Transfer,
    TransferOccupation, WeekCounts,
};
pub use crate::skill::{normalize_skill, Rating, Skill, MAX_SKILL_NAME};
pub use crate::stats::{funnel, Funnel};
pub use crate::text::{display_safe, group_thousands, normalize_url};
pub use crate::ties::{Party, Tie, TieImport, TieSource, MAX_TIES_BYTES, MIN_TIE_STRENGTH};
pub use crate::views::{
    company_detail, company_summaries, contact_detail, contact_summaries, contact_summary,
    describe_contact, filter_contacts, industry_summaries, journal_view, lead_list, meeting_list,
    recorded, tie_list, CompanyDetail, CompanySummary, ContactDetail, ContactFilter,
    ContactSummary, ImportedFact, IndustrySummary, JournalLine, JournalView, LeadItem, MeetingItem,
    MeetingList, Recorded, TieEnd, TieItem,
};
pub use crate::zone::Zone;

/// The README's code blocks, compiled and run as doctests.
#[cfg(all(doctest, feature = "onet"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
