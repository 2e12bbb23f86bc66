//! Step 5 and 6 of the method: research before the meeting, and questions
//! that get the other person talking.

use crate::error::{Error, Result};
use crate::id::ContactId;
use crate::journal::{Answer, Event, Meeting, Stage};
use crate::model::Seniority;
use crate::network::Network;
use crate::question::{Question, QuestionBank, Topic};
use serde::Serialize;

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
    /// What is known: facts about the person and the company, one per line.
    pub known: Vec<String>,
    /// How the job seeker is connected to them.
    pub connection: Vec<String>,
    /// Research still missing ("no notes on the company yet").
    pub missing: Vec<String>,
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
/// [`ErrorKind::NotFound`] for an unknown contact.
///
/// # Example
/// ```
/// let net = inroads::sample::teacher_candidate()?;
/// let priya = net.resolve_contact("Priya Raman")?;
/// let b = inroads::brief(&net, priya, &inroads::BriefOptions::default())?;
/// assert_eq!(b.questions.last().unwrap().id, "referral");
/// assert!(b.missing.iter().any(|m| m.contains("no notes on Priya Raman")));
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

    match &c.title {
        Some(t) => known.push(format!("{} is {}", c.name, t)),
        None => missing.push(format!("no title for {} yet", c.name)),
    }
    if c.notes.trim().is_empty() {
        missing.push(format!("no notes on {} yet", c.name));
    } else {
        known.push(format!("about {}: {}", c.name, c.notes.trim()));
    }
    if c.profile_url.is_none() {
        missing.push(format!("no profile link for {}", c.name));
    }
    match company {
        Some(k) => {
            known.push(format!("works at {}", k.name));
            match k.industry.and_then(|i| network.industry(i)) {
                Some(i) => known.push(format!("{} is in {}", k.name, i.name)),
                None => missing.push(format!("no industry recorded for {}", k.name)),
            }
            if let Some(l) = &k.location {
                known.push(format!("{} is in {}", k.name, l));
            }
            if let Some(w) = &k.website {
                known.push(format!("website: {w}"));
            } else {
                missing.push(format!("no website for {}", k.name));
            }
            if k.notes.trim().is_empty() {
                missing.push(format!("no notes on {} yet", k.name));
            } else {
                known.push(format!("about {}: {}", k.name, k.notes.trim()));
            }
        }
        None => missing.push(format!("no company recorded for {}", c.name)),
    }

    if let Some(h) = &c.how_met {
        connection.push(format!("how you met: {h}"));
    }
    for r in network.referrals().iter().filter(|r| r.to == contact) {
        connection.push(format!(
            "referred by {} on {}",
            crate::views::describe_contact(network, r.from),
            r.at.date_naive()
        ));
    }
    if !c.tags.is_empty() {
        connection.push(format!("tags: {}", c.tags.join(", ")));
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
            missing.push("no place or call link for the meeting".into());
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
