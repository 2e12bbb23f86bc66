//! `inroads` plans and tracks a job search done the way most jobs are
//! actually found: through people, one informational interview at a time.
//!
//! An informational interview is a short meeting in which a job seeker asks
//! someone in a field for information and advice — not for a job — and then
//! for the names of others worth talking to. The method has seven steps:
//!
//! 1. **List your skills, and the ones you enjoy using.** A [`Profile`]
//!    holds [`SkillRating`]s: each [`Skill`] with a proficiency and an
//!    enjoyment [`Rating`] from 1 to 5. Skill names are normalised, so
//!    `"MS Excel"` and `"microsoft excel"` are one skill.
//! 2. **Find the industries and companies your skills transfer to.** Record
//!    the [`Industry`]s you are curious about (with the skills they demand)
//!    and the [`Company`]s in them.
//! 3. **Ask a manager or director for a 20–30 minute meeting** — for
//!    information, not a job. Each person is a [`Contact`], with a title and
//!    a [`Seniority`].
//! 4. **Meet, professionally.**
//! 5. **Research the company and the person first**: companies and contacts
//!    carry research notes.
//! 6. **Ask questions that get them talking.**
//! 7. **Thank them and ask for referrals** — then repeat with each referral.
//!
//! Everything lives in one aggregate, the [`Network`], which keeps its
//! invariants (no dangling reference, one contact per email, unique company
//! and industry names) and changes nothing when an operation fails. The
//! [`store`] module saves it as a versioned JSON file, atomically.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use inroads::{store, Company, Contact, Industry, Network, Profile, Seniority, SkillRating};
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
//! // Step 2: an industry and a company in it.
//! let museums = net.add_industry(Industry::named("Museums"))?;
//! net.add_target_industry(museums)?;
//! let mut museum = Company::named("Harbourfront Museum");
//! museum.industry = Some(museums);
//! let museum = net.add_company(museum)?;
//!
//! // Step 3: the manager to ask for a meeting.
//! let mut tom = Contact::new("Tom Okafor", NaiveDate::from_ymd_opt(2026, 1, 20).unwrap());
//! tom.title = Some("Education Programs Manager".into());
//! tom.seniority = Seniority::from_title("Education Programs Manager");
//! tom.company = Some(museum);
//! tom.emails.push("tom@museum.example".into());
//! let tom = net.add_contact(tom)?;
//! assert_eq!(net.resolve_contact("Tom Okafor")?, tom);
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

pub mod catalog;
mod error;
mod fit;
mod hash;
mod id;
mod model;
mod network;
pub mod sample;
mod skill;
pub mod store;

pub use crate::catalog::{
    Catalog, CatalogTables, Demand, Element, ElementKind, ElementMatch, Field, FieldCode, MatchHow,
    Occupation, TitleCandidate,
};
pub use crate::error::{Error, ErrorKind, Location, Result};
pub use crate::fit::{
    fit, FieldFit, FitOptions, FitReport, Gap, IndustryFit, MatchingSkill, OccupationFit,
};
pub use crate::id::{CompanyId, ContactId, IndustryId};
pub use crate::model::{
    normalize_email, Company, CompanySize, Contact, Industry, Profile, Seniority, SkillDemand,
    SkillRating, MAX_NAME, MAX_TEXT,
};
pub use crate::network::{CompanySummary, ContactSummary, IndustrySummary, Network, Removal};
pub use crate::skill::{normalize_skill, Rating, Skill, MAX_SKILL_NAME};

/// The README's code blocks, compiled and run as doctests.
#[cfg(all(doctest, feature = "onet"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
