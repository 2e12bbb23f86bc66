//! The report of a job search (issue 15): what a job seeker and their
//! career counsellor want to *see* — the plan, the pipeline, the weekly
//! rhythm, the network, where the skills transfer, reach and gaps.
//!
//! [`report`] builds it as a serialisable view (a web or mobile front end
//! can draw its own); [`render_html`] (feature `report`) draws it as one
//! self-contained HTML file: inline CSS and SVG, no script, no request of
//! any kind, printable. The same input gives byte-identical output.
//!
//! ```
//! # #[cfg(feature = "report")] {
//! use chrono::NaiveDate;
//! let net = inroads::sample::teacher_candidate_weeks_later()?;
//! let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let view = inroads::report(&net, inroads::Catalog::builtin().ok(), &inroads::ReportOptions::new(today))?;
//! assert!(!view.pipeline.is_empty());
//! let html = inroads::render_html(&view);
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(!html.contains("<script"));
//! # }
//! # Ok::<(), inroads::Error>(())
//! ```

mod layout;
#[cfg(feature = "report")]
mod render;

#[cfg(feature = "report")]
pub use render::render_html;

use crate::catalog::Catalog;
use crate::error::Result;
use crate::id::ContactId;
use crate::journal::{EventKind, Stage};
use crate::network::Network;
use crate::plan::{plan, Action, PlanOptions};
use crate::stats::{funnel, Funnel};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// What a report shows and how.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReportOptions {
    /// The day it is for (the library never reads the clock).
    pub today: NaiveDate,
    /// How many weeks the rhythm chart covers (8).
    pub weeks: u32,
    /// Pseudonyms and no free text, as the redacted export.
    pub redact: bool,
    /// The most contacts the network picture draws (400): the targets and
    /// the strongest ties first; the rest are counted.
    pub max_nodes: usize,
    /// How many occupations and industries the skills section shows (8).
    pub top: usize,
}

impl ReportOptions {
    /// A report for `today` with the defaults.
    pub fn new(today: NaiveDate) -> ReportOptions {
        ReportOptions {
            today,
            weeks: 8,
            redact: false,
            max_nodes: 400,
            top: 8,
        }
    }
}

/// A job search at a glance. Serialisable: draw it any way you like.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// The job seeker's name (a pseudonym when redacted).
    pub name: String,
    /// The day it is for.
    pub today: NaiveDate,
    /// Whether names were replaced by pseudonyms.
    pub redacted: bool,
    /// Today's plan, overdue first.
    pub plan: Vec<Action>,
    /// One column per stage, in the order of the loop.
    pub pipeline: Vec<PipelineColumn>,
    /// The last weeks, oldest first.
    pub rhythm: Vec<WeekCounts>,
    /// The funnel over the same weeks.
    pub funnel: Funnel,
    /// The network picture.
    pub network: NetworkPicture,
    /// Where the skills transfer (when a catalogue was given).
    pub transfer: Option<Transfer>,
    /// Profile skills the catalogue does not know.
    pub unmatched_skills: Vec<String>,
    /// How many skills the profile lists.
    pub skills: usize,
    /// People within 1, 2 and 3 hops, per target, and the gaps.
    pub coverage: crate::graph::Coverage,
    /// People within reach, by distance.
    pub reach: crate::graph::Reach,
}

/// A column of the pipeline board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PipelineColumn {
    /// The stage.
    pub stage: Stage,
    /// The contacts at it, by last step, latest first (those with none
    /// last).
    pub cards: Vec<Card>,
}

/// A contact on the pipeline board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Card {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Their company's name.
    pub company: Option<String>,
    /// The last step and its day.
    pub last_step: Option<(EventKind, NaiveDate)>,
    /// What the plan says to do next with them, if anything.
    pub next_step: Option<String>,
}

/// One week of outreach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WeekCounts {
    /// Its Monday.
    pub week_of: NaiveDate,
    /// Requests and follow-ups sent.
    pub requests: u32,
    /// Replies received.
    pub replies: u32,
    /// Meetings held.
    pub meetings: u32,
    /// Thank-yous sent.
    pub thanks: u32,
    /// Referrals received.
    pub referrals: u32,
    /// Job leads learned.
    pub leads: u32,
    /// Times in touch outside an outreach cycle (calls, messages,
    /// coffees).
    #[serde(default)]
    pub in_touch: u32,
}

/// The network as a picture: positions from a deterministic layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NetworkPicture {
    /// Node 0 is the job seeker, at the centre.
    pub nodes: Vec<PictureNode>,
    /// Ties between drawn nodes, with their strength (0–1).
    pub ties: Vec<(usize, usize, f64)>,
    /// Referrals between drawn nodes: (who referred, to whom).
    pub referrals: Vec<(usize, usize)>,
    /// Contacts not drawn (over the limit).
    pub left_out: usize,
    /// The limit used.
    pub limit: usize,
}

/// A person in the network picture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PictureNode {
    /// The contact (`None` for the job seeker).
    pub contact: Option<ContactId>,
    /// Their name.
    pub name: String,
    /// Their company's name.
    pub company: Option<String>,
    /// Their stage.
    pub stage: Stage,
    /// At a target company or in a target industry.
    pub target: bool,
    /// Position, 0–1000 on both axes.
    pub x: f64,
    /// Position.
    pub y: f64,
}

/// Where the skills transfer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Transfer {
    /// The best occupations, best first.
    pub occupations: Vec<TransferOccupation>,
    /// The best career fields: name and score.
    pub fields: Vec<(String, f64)>,
    /// The job seeker's industries: name and score (`None`: no demanded
    /// skills recorded).
    pub industries: Vec<(String, Option<f64>)>,
    /// The NAICS sectors and subsectors those occupations employ people
    /// in (BLS OEWS; empty without the built-in tables, feature `onet`).
    #[serde(default)]
    pub labour_market: Vec<crate::catalog::IndustryRank>,
    /// The interests the ranking used (given or inferred), if any.
    #[serde(default)]
    pub interests: Option<crate::fit::InterestSignal>,
    /// The job seeker's job zone, if given (occupations more than one
    /// above it are flagged).
    #[serde(default)]
    pub job_zone: Option<crate::interests::JobZone>,
}

/// An occupation in [`Transfer`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TransferOccupation {
    /// Its title.
    pub title: String,
    /// Its fit score, 0–100.
    pub score: f64,
    /// National employment (BLS OEWS), when published.
    pub employment: Option<u64>,
    /// National annual median wage in US dollars, when published.
    pub median_wage: Option<u32>,
    /// Set when those figures are a wider group's.
    pub employment_shared: Option<crate::catalog::SharedFigure>,
    /// Set when it asks for more preparation than the job seeker has.
    pub training: Option<crate::fit::TrainingGap>,
}

/// The industries the skills transfer to, from the built-in BLS tables.
#[cfg(feature = "onet")]
fn labour_market(
    net: &Network,
    catalog: &Catalog,
    top: usize,
) -> Vec<crate::catalog::IndustryRank> {
    crate::catalog::LabourMarket::builtin()
        .map(|m| m.rank_for(net, catalog, top))
        .unwrap_or_default()
}

#[cfg(not(feature = "onet"))]
fn labour_market(_: &Network, _: &Catalog, _: usize) -> Vec<crate::catalog::IndustryRank> {
    Vec::new()
}

/// Builds the report's content.
///
/// # Arguments
/// - `network`: the job search. When `options.redact`, everything but
///   where the skills transfer is built from the redacted copy
///   ([`redact`](crate::redact()), moments in UTC); that section is
///   computed from the real profile, and only the user's own skill and
///   industry names in it are replaced by their pseudonyms.
/// - `catalog`: for "where the skills transfer"; `None` leaves it out.
/// - `options`: the day, the weeks, redaction, limits.
///
/// # Errors
/// A failure of a graph query, or of redaction.
///
/// # Complexity
/// O(contacts + ties + journal entries), plus the fit ranking when a
/// catalogue is given; the layout is O(drawn contacts).
pub fn report(
    network: &Network,
    catalog: Option<&Catalog>,
    options: &ReportOptions,
) -> Result<Report> {
    let redacted;
    let net = if options.redact {
        redacted = crate::redact::redact(network)?;
        &redacted
    } else {
        network
    };
    let today = options.today;
    let actions = plan(net, &PlanOptions::default(), today)?;
    let weeks = options.weeks.clamp(1, 104);
    // `today` is within the years 1000–9999 (plan checked it), so these
    // steps back stay in the calendar; checked all the same.
    let days_back = |d: NaiveDate, days: u64| {
        d.checked_sub_days(chrono::Days::new(days)).ok_or_else(|| {
            crate::Error::invalid("today", today.to_string(), "too early for the rhythm chart")
        })
    };
    let monday = days_back(today, u64::from(today.weekday().num_days_from_monday()))?;
    // No week before the calendar's first accepted day.
    let earliest = NaiveDate::from_ymd_opt(*crate::model::YEARS.start(), 1, 1).unwrap_or(monday);
    let weeks =
        weeks.min(u32::try_from((monday - earliest).num_days().max(0) / 7 + 1).unwrap_or(weeks));
    let first = days_back(monday, 7 * u64::from(weeks - 1))?;
    let mut rhythm: Vec<WeekCounts> = Vec::new();
    for i in 0..weeks {
        rhythm.push(WeekCounts {
            week_of: first
                .checked_add_days(chrono::Days::new(7 * u64::from(i)))
                .unwrap_or(today),
            requests: 0,
            replies: 0,
            meetings: 0,
            thanks: 0,
            referrals: 0,
            leads: 0,
            in_touch: 0,
        });
    }
    let mut columns: Vec<PipelineColumn> = Stage::ALL
        .iter()
        .map(|s| PipelineColumn {
            stage: *s,
            cards: Vec::new(),
        })
        .collect();
    let company_name =
        |id: Option<crate::id::CompanyId>| id.and_then(|k| net.company(k)).map(|k| k.name.clone());
    for (id, c) in net.contacts() {
        let entries = net.entries(id);
        for (_, e) in &entries {
            let day = e.at.date_naive();
            if day < first || day > today {
                continue;
            }
            let week = ((day - first).num_days() / 7) as usize;
            let Some(w) = rhythm.get_mut(week) else {
                continue;
            };
            match e.event.kind() {
                EventKind::RequestSent | EventKind::FollowUpSent => w.requests += 1,
                EventKind::ReplyReceived => w.replies += 1,
                EventKind::MeetingHeld => w.meetings += 1,
                EventKind::ThankYouSent => w.thanks += 1,
                EventKind::ReferralReceived => w.referrals += 1,
                EventKind::LeadLearned => w.leads += 1,
                EventKind::InTouch => w.in_touch += 1,
                _ => {}
            }
        }
        let last = entries
            .iter()
            .rev()
            .find(|(_, e)| e.event.kind() != EventKind::Note)
            .map(|(_, e)| (e.event.kind(), e.at.date_naive()));
        let stage = net.stage(id);
        let next = actions
            .iter()
            .find(|a| a.contact == id)
            .map(|a| a.kind.label().to_string());
        if let Some(col) = columns.iter_mut().find(|c| c.stage == stage) {
            col.cards.push(Card {
                contact: id,
                name: c.name.clone(),
                company: company_name(c.company),
                last_step: last,
                next_step: next,
            });
        }
    }
    for col in &mut columns {
        col.cards.sort_by(|a, b| {
            b.last_step
                .map(|s| s.1)
                .cmp(&a.last_step.map(|s| s.1))
                .then(a.contact.cmp(&b.contact))
        });
    }
    let funnel = funnel(net, Some(first.max(earliest)), Some(today))?;
    let mut unmatched_skills = Vec::new();
    // Where the skills transfer is computed from the real profile (skill
    // names are what the catalogue reads), then only what it prints is
    // redacted: the user's skill names and industry names. Occupations,
    // fields and BLS industries are the catalogue's own, public names.
    let transfer = catalog.map(|c| {
        let fo = crate::fit::FitOptions {
            top: options.top,
            ..crate::fit::FitOptions::default()
        };
        let f = crate::fit::fit(network.profile(), network.industries(), c, &fo);
        // The redacted copy keeps the profile's skills in order, renamed.
        let skill_name = |s: &crate::skill::Skill| {
            network
                .profile()
                .skills
                .iter()
                .position(|r| &r.skill == s)
                .and_then(|i| net.profile().skills.get(i))
                .map_or_else(|| s.name().to_string(), |r| r.skill.name().to_string())
        };
        let industry_name = |id: crate::id::IndustryId, name: &str| {
            net.industry(id)
                .map_or_else(|| name.to_string(), |i| i.name.clone())
        };
        unmatched_skills = f.unmatched.iter().map(|s| skill_name(&s.skill)).collect();
        Transfer {
            occupations: f
                .occupations
                .iter()
                .map(|o| TransferOccupation {
                    title: o.title.clone(),
                    score: o.score,
                    employment: o.employment,
                    median_wage: o.median_wage,
                    employment_shared: o.employment_shared.clone(),
                    training: o.training,
                })
                .collect(),
            fields: f
                .fields
                .iter()
                .take(options.top)
                .map(|x| (x.name.clone(), x.score))
                .collect(),
            industries: f
                .industries
                .iter()
                .take(options.top)
                .map(|i| (industry_name(i.id, &i.name), i.score))
                .collect(),
            labour_market: labour_market(network, c, options.top),
            interests: f.interests.clone().map(|mut signal| {
                if let crate::fit::InterestSource::Inferred { from } = &mut signal.source {
                    for name in from.iter_mut() {
                        if let Some(r) = network
                            .profile()
                            .skills
                            .iter()
                            .find(|r| r.skill.name() == name.as_str())
                        {
                            *name = skill_name(&r.skill);
                        }
                    }
                }
                signal
            }),
            job_zone: network.profile().job_zone,
        }
    });
    let mut coverage = crate::graph::coverage(net, today)?;
    // Fields by name where the catalogue knows them, not bare codes.
    if let Some(c) = catalog {
        let named = |code: &str| {
            crate::codes::FieldCode::parse(code)
                .ok()
                .and_then(|f| c.field(f))
                .map(|f| format!("field {} ({})", f.code, f.name))
        };
        for t in &mut coverage.targets {
            if t.kind == crate::graph::TargetKind::Field {
                if let Some(n) = named(&t.name) {
                    t.name = n;
                }
            }
        }
        for g in &mut coverage.gaps {
            if let Some(n) = named(g) {
                *g = n;
            }
        }
    }
    Ok(Report {
        name: net.profile().name.clone(),
        today,
        redacted: options.redact,
        plan: actions,
        pipeline: columns,
        rhythm,
        funnel,
        network: layout::picture(net, options.max_nodes)?,
        transfer,
        unmatched_skills,
        skills: net.profile().skills.len(),
        coverage,
        reach: crate::graph::reach(net, crate::graph::Hops::new(3)?, today)?,
    })
}
