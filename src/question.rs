//! The question bank's data: topics and questions (step 6). Plain data;
//! the [`Network`](crate::Network) keeps the user's own questions and
//! [`brief`](crate::brief) chooses among them.

use crate::codes::FieldCode;
use crate::error::{Error, Result};
use crate::model::Seniority;
use serde::{Deserialize, Serialize};

/// What a question is about. The brief asks one question per topic, in this
/// order, and always ends with the referral question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) naming the topics.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    pub(crate) fn fits(&self, seniority: Seniority, field: Option<FieldCode>) -> bool {
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
/// ([`Network::add_question`](crate::Network::add_question)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    /// A bank of exactly these questions, in this order.
    pub(crate) fn from_list(questions: Vec<Question>) -> QuestionBank {
        QuestionBank { questions }
    }

    /// Every question, preferred first.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
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
