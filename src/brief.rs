//! Step 5 and 6 of the method: research before the meeting, and questions
//! that get the other person talking.

use crate::error::{Error, Result};
use crate::id::ContactId;
use crate::journal::{Answer, Event, Meeting, Stage};
use crate::model::Seniority;
use crate::network::Network;
use crate::question::{Question, QuestionBank, Topic};
use serde::{Deserialize, Serialize};

impl QuestionBank {
    /// The user's questions (first, so they are preferred) and the built-in ones.
    pub fn of(network: &Network) -> QuestionBank {
        let bank = QuestionBank::builtin();
        let mut all = network.questions().to_vec();
        all.extend_from_slice(bank.questions());
        QuestionBank::from_list(all)
    }
}

/// Options for [`brief`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BriefOptions {
    /// The most questions, not counting the referral question.
    pub questions: usize,
}

impl Default for BriefOptions {
    fn default() -> Self {
        BriefOptions { questions: 5 }
    }
}

/// A preparation brief for meeting a contact.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Brief {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Their title.
    pub title: Option<String>,
    /// Their seniority.
    pub seniority: Seniority,
    /// Their stage.
    pub stage: Stage,
    /// The meeting, when one is scheduled.
    pub meeting: Option<Meeting>,
    /// What is known: facts about the person and the company.
    pub known: Vec<KnownFact>,
    /// How the job seeker is connected to them.
    pub connection: Vec<ConnectionFact>,
    /// Research still missing ("no notes on the company yet").
    pub missing: Vec<MissingFact>,
    /// What they said in earlier meetings.
    pub earlier_answers: Vec<Answer>,
    /// The questions to ask, in order; the referral question is last.
    pub questions: Vec<Question>,
}

/// Prepares a brief for meeting a contact (steps 5 and 6).
///
/// # Arguments
/// - `network`: the contact, their company, the journal and the bank.
/// - `contact`: whom the brief is for.
/// - `options`: how many questions.
///
/// # Returns
/// What is known, how the job seeker is connected, what research is
/// missing, and the questions to ask: one per topic, fitted to the
/// contact's seniority and field, never one already answered in an earlier
/// meeting with them, and always the referral question last.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown contact.
///
/// # Example
/// ```
/// let net = inroads::sample::teacher_candidate()?;
/// let priya = net.resolve_contact("Priya Raman")?;
/// let b = inroads::brief(&net, priya, &inroads::BriefOptions::default())?;
/// assert_eq!(b.questions.last().unwrap().id, "referral");
/// let no_notes = inroads::MissingFact::Notes { about: "Priya Raman".into() };
/// assert!(b.missing.contains(&no_notes));
/// assert_eq!(no_notes.to_string(), "no notes on Priya Raman yet");
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn brief(network: &Network, contact: ContactId, options: &BriefOptions) -> Result<Brief> {
    let c = network
        .contact(contact)
        .ok_or_else(|| Error::not_found("contact", contact.to_string()))?;
    let company = c.company.and_then(|k| network.company(k));
    let mut known = Vec::new();
    let mut missing = Vec::new();
    let mut connection = Vec::new();

    let name = || c.name.clone();
    match &c.title {
        Some(t) => known.push(KnownFact::Title {
            name: name(),
            title: t.clone(),
        }),
        None => missing.push(MissingFact::Title { name: name() }),
    }
    if c.notes.trim().is_empty() {
        missing.push(MissingFact::Notes { about: name() });
    } else {
        known.push(KnownFact::Notes {
            about: name(),
            notes: c.notes.trim().to_string(),
        });
    }
    if c.profile_url.is_none() {
        missing.push(MissingFact::ProfileLink { name: name() });
    }
    match company {
        Some(k) => {
            let company = || k.name.clone();
            known.push(KnownFact::WorksAt { company: company() });
            match k.industry.and_then(|i| network.industry(i)) {
                Some(i) => known.push(KnownFact::Industry {
                    company: company(),
                    industry: i.name.clone(),
                }),
                None => missing.push(MissingFact::Industry { company: company() }),
            }
            if let Some(l) = &k.location {
                known.push(KnownFact::Location {
                    company: company(),
                    location: l.clone(),
                });
            }
            if let Some(w) = &k.website {
                known.push(KnownFact::Website { url: w.clone() });
            } else {
                missing.push(MissingFact::Website { company: company() });
            }
            if k.notes.trim().is_empty() {
                missing.push(MissingFact::Notes { about: company() });
            } else {
                known.push(KnownFact::Notes {
                    about: company(),
                    notes: k.notes.trim().to_string(),
                });
            }
        }
        None => missing.push(MissingFact::Company { name: name() }),
    }

    if let Some(h) = &c.how_met {
        connection.push(ConnectionFact::HowMet { how: h.clone() });
    }
    for r in network.referrals().iter().filter(|r| r.to == contact) {
        connection.push(ConnectionFact::ReferredBy {
            by: r.from,
            description: crate::views::describe_contact(network, r.from),
            on: r.at.date_naive(),
        });
    }
    if !c.tags.is_empty() {
        connection.push(ConnectionFact::Tags {
            tags: c.tags.clone(),
        });
    }

    let mut earlier_answers = Vec::new();
    for (_, e) in network.entries(contact) {
        if let Event::MeetingNotes { notes } = &e.event {
            earlier_answers.extend(notes.answers.iter().cloned());
        }
    }
    let answered = |q: &Question| {
        earlier_answers
            .iter()
            .any(|a| a.question == q.id || a.question == q.topic.as_str())
    };
    let meeting = network.scheduled_meeting(contact).cloned();
    if let Some(m) = &meeting {
        if m.place.is_none() {
            missing.push(MissingFact::MeetingPlace);
        }
    }

    let bank = QuestionBank::of(network);
    let mut questions: Vec<Question> = Vec::new();
    for topic in Topic::ALL.iter().filter(|t| **t != Topic::Referral) {
        if questions.len() >= options.questions {
            break;
        }
        if let Some(q) = bank
            .questions()
            .iter()
            .find(|q| q.topic == *topic && q.fits(c.seniority, c.field) && !answered(q))
        {
            questions.push(q.clone());
        }
    }
    if let Some(q) = bank
        .questions()
        .iter()
        .find(|q| q.topic == Topic::Referral && q.fits(c.seniority, c.field))
    {
        questions.push(q.clone());
    }

    Ok(Brief {
        contact,
        name: c.name.clone(),
        title: c.title.clone(),
        seniority: c.seniority,
        stage: network.stage(contact),
        meeting,
        known,
        connection,
        missing,
        earlier_answers,
        questions,
    })
}

/// A fact a [`Brief`] knows. `Display` gives the English line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum KnownFact {
    /// The contact's title.
    Title {
        /// The contact's name.
        name: String,
        /// Their title.
        title: String,
    },
    /// The user's notes on the contact or the company.
    Notes {
        /// Whose notes (the contact's or the company's name).
        about: String,
        /// The notes.
        notes: String,
    },
    /// Where the contact works.
    WorksAt {
        /// The company's name.
        company: String,
    },
    /// The company's industry.
    Industry {
        /// The company's name.
        company: String,
        /// The industry's name.
        industry: String,
    },
    /// Where the company is.
    Location {
        /// The company's name.
        company: String,
        /// Where.
        location: String,
    },
    /// The company's website.
    Website {
        /// The address.
        url: String,
    },
}

/// Research a [`Brief`] finds missing. `Display` gives the English line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MissingFact {
    /// No title for the contact.
    Title {
        /// The contact's name.
        name: String,
    },
    /// No notes on the contact or the company.
    Notes {
        /// The contact's or the company's name.
        about: String,
    },
    /// No profile link for the contact.
    ProfileLink {
        /// The contact's name.
        name: String,
    },
    /// No industry recorded for the company.
    Industry {
        /// The company's name.
        company: String,
    },
    /// No website for the company.
    Website {
        /// The company's name.
        company: String,
    },
    /// No company recorded for the contact.
    Company {
        /// The contact's name.
        name: String,
    },
    /// No place or call link for the scheduled meeting.
    MeetingPlace,
}

/// How the job seeker is connected to a contact. `Display` gives the
/// English line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ConnectionFact {
    /// How they met.
    HowMet {
        /// In the user's words.
        how: String,
    },
    /// Someone referred the job seeker to them.
    ReferredBy {
        /// Who.
        by: ContactId,
        /// Name, company and email of who referred.
        description: String,
        /// When.
        on: chrono::NaiveDate,
    },
    /// The contact's tags.
    Tags {
        /// The tags.
        tags: Vec<String>,
    },
}

impl std::fmt::Display for KnownFact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KnownFact::Title { name, title } => write!(f, "{name} is {title}"),
            KnownFact::Notes { about, notes } => write!(f, "about {about}: {notes}"),
            KnownFact::WorksAt { company } => write!(f, "works at {company}"),
            KnownFact::Industry { company, industry } => write!(f, "{company} is in {industry}"),
            KnownFact::Location { company, location } => write!(f, "{company} is in {location}"),
            KnownFact::Website { url } => write!(f, "website: {url}"),
        }
    }
}

impl std::fmt::Display for MissingFact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissingFact::Title { name } => write!(f, "no title for {name} yet"),
            MissingFact::Notes { about } => write!(f, "no notes on {about} yet"),
            MissingFact::ProfileLink { name } => write!(f, "no profile link for {name}"),
            MissingFact::Industry { company } => write!(f, "no industry recorded for {company}"),
            MissingFact::Website { company } => write!(f, "no website for {company}"),
            MissingFact::Company { name } => write!(f, "no company recorded for {name}"),
            MissingFact::MeetingPlace => f.write_str("no place or call link for the meeting"),
        }
    }
}

impl std::fmt::Display for ConnectionFact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectionFact::HowMet { how } => write!(f, "how you met: {how}"),
            ConnectionFact::ReferredBy {
                description, on, ..
            } => {
                write!(f, "referred by {description} on {on}")
            }
            ConnectionFact::Tags { tags } => write!(f, "tags: {}", tags.join(", ")),
        }
    }
}
