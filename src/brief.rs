//! Step 5 and 6 of the method: research before the meeting, and questions
//! that get the other person talking.

use crate::catalog::FieldCode;
use crate::error::{Error, ErrorKind, Result};
use crate::id::ContactId;
use crate::journal::{Answer, Event, Meeting, Stage};
use crate::model::Seniority;
use crate::network::Network;
use serde::{Deserialize, Serialize};

/// What a question is about. The brief asks one question per topic, in this
/// order, and always ends with the referral question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// How they got into the field.
    Started,
    /// What they enjoy most.
    Enjoy,
    /// The challenges.
    Challenges,
    /// Where the industry is going.
    Direction,
    /// The skills that matter.
    Skills,
    /// Advice for someone with the job seeker's background.
    Advice,
    /// Who else to talk to (always last).
    Referral,
}

impl Topic {
    /// Every topic, in the order a brief asks them.
    pub const ALL: [Topic; 7] = [
        Topic::Started,
        Topic::Enjoy,
        Topic::Challenges,
        Topic::Direction,
        Topic::Skills,
        Topic::Advice,
        Topic::Referral,
    ];

    /// Parses the name used in files and on the command line.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`] naming the topics.
    pub fn parse(s: &str) -> Result<Topic> {
        Topic::ALL
            .into_iter()
            .find(|t| t.as_str() == s.trim().to_lowercase())
            .ok_or_else(|| {
                Error::invalid(
                    "topic",
                    s,
                    "expected started, enjoy, challenges, direction, skills, advice or referral",
                )
            })
    }

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Started => "started",
            Topic::Enjoy => "enjoy",
            Topic::Challenges => "challenges",
            Topic::Direction => "direction",
            Topic::Skills => "skills",
            Topic::Advice => "advice",
            Topic::Referral => "referral",
        }
    }
}

/// A question in the bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A unique id; meeting notes record answers by it.
    pub id: String,
    /// Its topic.
    pub topic: Topic,
    /// The question as asked.
    pub text: String,
    /// Only for contacts of these seniorities (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seniority: Vec<Seniority>,
    /// Only for contacts in these fields (empty: any).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldCode>,
}

impl Question {
    pub(crate) fn validate(&self) -> Result<()> {
        crate::model::check_name("question id", &self.id)?;
        crate::model::check_name("question", &self.text)
    }

    fn fits(&self, seniority: Seniority, field: Option<FieldCode>) -> bool {
        (self.seniority.is_empty() || self.seniority.contains(&seniority))
            && (self.fields.is_empty() || field.is_some_and(|f| self.fields.contains(&f)))
    }
}

const LEADERS: &[Seniority] = &[
    Seniority::Director,
    Seniority::ExecutiveDirector,
    Seniority::Executive,
];

/// The built-in questions, as (id, topic, text, for leaders only).
const BUILTIN: &[(&str, Topic, &str, bool)] = &[
    (
        "started-leader",
        Topic::Started,
        "How did you come to lead this organisation, and what did the path look like?",
        true,
    ),
    (
        "started",
        Topic::Started,
        "How did you get into this field?",
        false,
    ),
    (
        "enjoy",
        Topic::Enjoy,
        "What do you enjoy most about your work?",
        false,
    ),
    (
        "challenges-leader",
        Topic::Challenges,
        "What are the biggest challenges your organisation faces right now?",
        true,
    ),
    (
        "challenges",
        Topic::Challenges,
        "What are the challenges in your job day to day?",
        false,
    ),
    (
        "direction",
        Topic::Direction,
        "Where do you see the industry going in the next few years?",
        false,
    ),
    (
        "skills-hiring",
        Topic::Skills,
        "When you hire, which skills make a candidate stand out?",
        true,
    ),
    (
        "skills",
        Topic::Skills,
        "Which skills matter most for doing your job well?",
        false,
    ),
    (
        "advice",
        Topic::Advice,
        "What advice would you give someone with my background who wants to move into this field?",
        false,
    ),
    (
        "referral",
        Topic::Referral,
        "Is there anyone else in the field you think I should talk to?",
        false,
    ),
];

/// The question bank: the built-in questions plus the user's own
/// ([`Network::add_question`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct QuestionBank {
    questions: Vec<Question>,
}

impl QuestionBank {
    /// The built-in questions.
    pub fn builtin() -> QuestionBank {
        QuestionBank {
            questions: BUILTIN
                .iter()
                .map(|(id, topic, text, leaders)| Question {
                    id: (*id).to_string(),
                    topic: *topic,
                    text: (*text).to_string(),
                    seniority: if *leaders {
                        LEADERS.to_vec()
                    } else {
                        Vec::new()
                    },
                    fields: Vec::new(),
                })
                .collect(),
        }
    }

    /// The user's questions (first, so they are preferred) and the built-in ones.
    pub fn of(network: &Network) -> QuestionBank {
        let mut bank = QuestionBank::builtin();
        let mut all = network.data().questions.clone();
        all.append(&mut bank.questions);
        QuestionBank { questions: all }
    }

    /// Every question, preferred first.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
}

impl Network {
    /// Adds a question to the bank. Questions for a topic are preferred
    /// over the built-in ones when they fit the contact.
    ///
    /// # Errors
    /// An empty id or text, or an id already used.
    pub fn add_question(&mut self, question: Question) -> Result<()> {
        question.validate()?;
        if QuestionBank::of(self)
            .questions()
            .iter()
            .any(|q| q.id == question.id)
        {
            return Err(Error::new(ErrorKind::Duplicate {
                what: "question",
                key: question.id,
                existing: "in the question bank".into(),
            }));
        }
        self.data_mut().questions.push(question);
        Ok(())
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
            network.describe_contact(r.from),
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

impl std::str::FromStr for Topic {
    type Err = crate::Error;
    /// As [`Topic::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        Topic::parse(s)
    }
}

impl std::fmt::Display for Topic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
