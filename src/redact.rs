//! Redaction: the data with everything personal taken out, for sharing
//! with a career counsellor or attaching to a bug report.
//!
//! Redaction is an **allow-list**. What survives is what says nothing about
//! a person: stages and events, seniority, career field codes, company
//! sizes, dates and times, counts, cadences, tie strengths and sources,
//! skill ratings, lead statuses, ids and the references between records,
//! and the built-in questions. Every other string is dropped or replaced by
//! a stable pseudonym: `Contact 12`, `Company 3`, `Industry 2`, `Skill 4`,
//! `tag-1`, `Lead 5`, `Question 1`, `Job seeker`.
//!
//! The code below takes every record apart field by field, with no `..`:
//! a field added to the model later does not compile here until someone
//! decides whether it survives. A test fills every string of a full data
//! file with a marker and finds none in any redacted output.

use crate::data::NetworkData;
use crate::error::Result;
use crate::journal::{Answer, Entry, Event, Meeting, MeetingNotes};
use crate::model::{Cadence, Company, Contact, Industry, Lead, Profile, SkillDemand, SkillRating};
use crate::network::Network;
use crate::question::{Question, QuestionBank};
use crate::skill::Skill;
use std::collections::{BTreeMap, HashMap};

/// A moment in UTC: redaction drops the time zone, so it drops the
/// offsets too (a -06:00 that turns -05:00 in March names US Central time).
fn in_utc(at: chrono::DateTime<chrono::FixedOffset>) -> chrono::DateTime<chrono::FixedOffset> {
    at.with_timezone(&chrono::FixedOffset::east_opt(0).unwrap_or(*at.offset()))
}

/// A copy of the network with everything personal removed, for sharing
/// with a career counsellor or attaching to a bug report.
///
/// Redaction is an allow-list. What survives is what says nothing about a
/// person: stages and events, seniority, career field codes, company
/// sizes, dates and times, counts, cadences, tie strengths and sources,
/// skill ratings, lead statuses, ids and the references between records,
/// and the built-in questions. Every other string is dropped or replaced by
/// a stable pseudonym: `Contact 12`, `Company 3`, `Industry 2`, `Skill 4`,
/// `tag-1`, `Lead 5`, `Question 1`, `Job seeker`. Ids, stages, moments and
/// the shape of the network are kept, so funnels and graph queries on the
/// copy give the same numbers as on the original. The time zone is
/// dropped, and with it every offset: each moment is given in UTC (so a
/// plan on the copy reads days in UTC).
///
/// # Errors
/// Only if the redacted copy fails the network's own checks, which would be
/// a bug; nothing is returned half-redacted.
///
/// ```
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let shared = inroads::redact(&net)?;
/// let json = inroads::store::to_json(&shared)?;
/// assert!(!json.contains("Priya Raman"));
/// assert!(!json.contains("@lumenlabs.example"));
/// assert_eq!(shared.contacts().len(), net.contacts().len());
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn redact(net: &Network) -> Result<Network> {
    let data = net.data();
    let mut skills = Pseudonyms::new("Skill ");
    let mut tags = Pseudonyms::new("tag-");
    let builtin: std::collections::HashSet<String> = QuestionBank::builtin()
        .questions()
        .iter()
        .map(|q| q.id.clone())
        .collect();
    let mut question_ids = Pseudonyms::new("user-question-");

    let NetworkData {
        profile,
        industries,
        companies,
        contacts,
        journal,
        leads,
        ties,
        tag_cadences,
        questions,
        next_ids,
    } = data;

    let Profile {
        name: _,
        background: _,
        skills: profile_skills,
        target_industries,
        target_fields,
        // Where the job seeker lives is not shared.
        timezone: _,
        // Interests and preparation are kept: they say nothing of who the
        // job seeker is, and a coach needs them to read the fit.
        interests,
        job_zone,
    } = profile;
    let profile = Profile {
        name: "Job seeker".into(),
        background: String::new(),
        skills: profile_skills
            .iter()
            .map(|r| {
                // A chosen reading would tell what the skill is: left out.
                let SkillRating {
                    skill,
                    proficiency,
                    enjoyment,
                    read_as: _,
                } = r;
                Ok(SkillRating {
                    skill: skills.skill(skill)?,
                    proficiency: *proficiency,
                    enjoyment: *enjoyment,
                    read_as: None,
                })
            })
            .collect::<Result<_>>()?,
        target_industries: target_industries.clone(),
        target_fields: target_fields.clone(),
        timezone: None,
        interests: *interests,
        job_zone: *job_zone,
    };

    let industries = industries
        .iter()
        .map(|(id, i)| {
            let Industry {
                name: _,
                notes: _,
                demands,
                naics,
            } = i;
            let demands = demands
                .iter()
                .map(|d| {
                    let SkillDemand { skill, weight } = d;
                    Ok(SkillDemand {
                        skill: skills.skill(skill)?,
                        weight: *weight,
                    })
                })
                .collect::<Result<_>>()?;
            Ok((
                *id,
                Industry {
                    name: crate::io::pseudonym("Industry", id.get()),
                    notes: String::new(),
                    demands,
                    // A public classification, not personal.
                    naics: naics.clone(),
                },
            ))
        })
        .collect::<Result<BTreeMap<_, _>>>()?;

    let companies = companies
        .iter()
        .map(|(id, c)| {
            let Company {
                name: _,
                industry,
                website: _,
                location: _,
                size,
                notes: _,
                aliases: _,
            } = c;
            (
                *id,
                Company {
                    name: crate::io::pseudonym("Company", id.get()),
                    industry: *industry,
                    website: None,
                    location: None,
                    size: *size,
                    notes: String::new(),
                    aliases: Vec::new(),
                },
            )
        })
        .collect();

    let contacts = contacts
        .iter()
        .map(|(id, c)| {
            let Contact {
                name: _,
                title: _,
                seniority,
                company,
                emails: _,
                phones: _,
                profile_url: _,
                tags: contact_tags,
                how_met: _,
                notes: _,
                created,
                field,
                cadence,
                name_parts: _,
                imported: _,
                aliases: _,
                profile_url_aliases: _,
                removed: _,
            } = c;
            (
                *id,
                Contact {
                    name: crate::io::pseudonym("Contact", id.get()),
                    title: None,
                    seniority: *seniority,
                    company: *company,
                    emails: Vec::new(),
                    phones: Vec::new(),
                    profile_url: None,
                    tags: contact_tags.iter().map(|t| tags.name(t)).collect(),
                    how_met: None,
                    notes: String::new(),
                    created: *created,
                    field: *field,
                    cadence: cadence.map(copy_cadence),
                    name_parts: None,
                    imported: BTreeMap::new(),
                    aliases: Vec::new(),
                    profile_url_aliases: Vec::new(),
                    removed: Vec::new(),
                },
            )
        })
        .collect();

    let mut question = |id: &str| {
        if builtin.contains(id) {
            id.to_string()
        } else {
            question_ids.name(id)
        }
    };
    let journal = journal
        .iter()
        .map(|(id, e)| {
            let Entry {
                contact,
                at,
                event,
                note: _,
                corrects,
                retracted,
            } = e;
            let meeting = |m: &Meeting| {
                let Meeting {
                    start,
                    minutes,
                    place: _,
                } = m;
                Meeting {
                    start: in_utc(*start),
                    minutes: *minutes,
                    place: None,
                }
            };
            let event = match event {
                Event::RequestSent { channel } => Event::RequestSent { channel: *channel },
                Event::FollowUpSent => Event::FollowUpSent,
                Event::ReplyReceived => Event::ReplyReceived,
                Event::Declined => Event::Declined,
                Event::NoResponse => Event::NoResponse,
                Event::MeetingScheduled { meeting: m } => Event::MeetingScheduled {
                    meeting: meeting(m),
                },
                Event::MeetingRescheduled { meeting: m } => Event::MeetingRescheduled {
                    meeting: meeting(m),
                },
                Event::MeetingCancelled => Event::MeetingCancelled,
                Event::MeetingHeld => Event::MeetingHeld,
                Event::MeetingNotes { notes } => {
                    let MeetingNotes {
                        answers,
                        advice: _,
                        names_mentioned: _,
                        promises: _,
                    } = notes;
                    Event::MeetingNotes {
                        notes: MeetingNotes {
                            // Which questions were answered, not what was said.
                            answers: answers
                                .iter()
                                .map(|a| {
                                    let Answer {
                                        question: q,
                                        text: _,
                                    } = a;
                                    Answer {
                                        question: question(q),
                                        text: "(redacted)".into(),
                                    }
                                })
                                .collect(),
                            advice: Vec::new(),
                            names_mentioned: Vec::new(),
                            promises: Vec::new(),
                        },
                    }
                }
                Event::ThankYouSent => Event::ThankYouSent,
                Event::ReferralsAsked => Event::ReferralsAsked,
                Event::ReferralReceived { to } => Event::ReferralReceived { to: *to },
                Event::LeadLearned { lead } => Event::LeadLearned { lead: *lead },
                Event::InTouch { channel } => Event::InTouch { channel: *channel },
                Event::Note => Event::Note,
            };
            (
                *id,
                Entry {
                    contact: *contact,
                    at: in_utc(*at),
                    event,
                    note: String::new(),
                    corrects: *corrects,
                    retracted: *retracted,
                },
            )
        })
        .collect();

    let leads = leads
        .iter()
        .map(|(id, l)| {
            let Lead {
                contact,
                company,
                role: _,
                posted: _,
                learned,
                status,
                notes: _,
            } = l;
            (
                *id,
                Lead {
                    contact: *contact,
                    company: *company,
                    role: format!("Lead {}", id.get()),
                    posted: None,
                    learned: *learned,
                    status: *status,
                    notes: String::new(),
                },
            )
        })
        .collect();

    let tag_cadences = tag_cadences
        .iter()
        .map(|(t, c)| (tags.name(t), copy_cadence(*c)))
        .collect();

    let questions = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let Question {
                id,
                topic,
                text: _,
                seniority,
                fields,
            } = q;
            Question {
                id: question(id),
                topic: *topic,
                text: format!("Question {}", i + 1),
                seniority: seniority.clone(),
                fields: fields.clone(),
            }
        })
        .collect();

    Network::from_data(NetworkData {
        profile,
        industries,
        companies,
        contacts,
        journal,
        leads,
        ties: ties.clone(),
        tag_cadences,
        questions,
        next_ids: *next_ids,
    })
}

fn copy_cadence(c: Cadence) -> Cadence {
    let Cadence {
        ideal_days,
        max_days,
        since,
    } = c;
    Cadence {
        ideal_days,
        max_days,
        since,
    }
}

/// Stable pseudonyms, numbered in order of first appearance.
struct Pseudonyms {
    prefix: &'static str,
    names: HashMap<String, String>,
}

impl Pseudonyms {
    fn new(prefix: &'static str) -> Pseudonyms {
        Pseudonyms {
            prefix,
            names: HashMap::new(),
        }
    }

    fn name(&mut self, key: &str) -> String {
        let next = self.names.len() + 1;
        let prefix = self.prefix;
        self.names
            .entry(key.to_string())
            .or_insert_with(|| format!("{prefix}{next}"))
            .clone()
    }

    fn skill(&mut self, skill: &Skill) -> Result<Skill> {
        let name = self.name(skill.key());
        Skill::new(&name)
    }
}

/// The data file of [`redact`]`(network)`: the JSON to share.
///
/// # Errors
/// As [`redact`] and [`store::to_json`](crate::store::to_json).
///
/// ```
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let shared = inroads::export_redacted_json(&net)?;
/// assert!(!shared.contains("Priya Raman"));
/// assert!(inroads::store::from_json(&shared).is_ok());
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn export_redacted_json(network: &Network) -> Result<String> {
    crate::store::to_json(&redact(network)?)
}
