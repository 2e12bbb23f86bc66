//! The journal: what happened with each contact, and the outreach stage it
//! implies.
//!
//! The journal is append-only. Each [`Entry`] records an [`Event`] with a
//! contact at a date-time with its UTC offset. An entry is never changed or
//! deleted: a mistake is fixed by a correction entry that replaces or
//! retracts it ([`Network::correct`](crate::Network::correct)); both stay on
//! record.
//!
//! The state machine is documented on [`Stage`].

use crate::error::{Error, ErrorKind, Result};
use crate::id::{ContactId, EntryId, LeadId};
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How a request reached the contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// By email.
    Email,
    /// By phone.
    Phone,
    /// Through LinkedIn.
    Linkedin,
    /// Face to face.
    InPerson,
    /// Through an introduction by someone else.
    Introduced,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 5] = [
        Channel::Email,
        Channel::Phone,
        Channel::Linkedin,
        Channel::InPerson,
        Channel::Introduced,
    ];

    /// The name used in files and on the command line (`in-person`).
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::Linkedin => "linkedin",
            Channel::InPerson => "in-person",
            Channel::Introduced => "introduced",
        }
    }

    /// Parses `email`, `phone`, `linkedin`, `in-person` or `introduced`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`] naming the accepted values.
    pub fn parse(s: &str) -> Result<Channel> {
        Ok(
            match s.trim().to_lowercase().replace([' ', '_'], "-").as_str() {
                "email" => Channel::Email,
                "phone" => Channel::Phone,
                "linkedin" => Channel::Linkedin,
                "in-person" => Channel::InPerson,
                "introduced" => Channel::Introduced,
                _ => {
                    return Err(Error::invalid(
                        "channel",
                        s,
                        "expected email, phone, linkedin, in-person or introduced",
                    ))
                }
            },
        )
    }
}

/// The default length of an informational interview, in minutes.
pub const DEFAULT_MEETING_MINUTES: u32 = 30;

/// A meeting: when, how long, where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// When it starts, with its UTC offset.
    pub start: DateTime<FixedOffset>,
    /// How long, in minutes (the method asks for 20–30).
    pub minutes: u32,
    /// A place or a call link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

impl Meeting {
    /// A 30-minute meeting at `start`.
    pub fn at(start: DateTime<FixedOffset>) -> Meeting {
        Meeting {
            start,
            minutes: DEFAULT_MEETING_MINUTES,
            place: None,
        }
    }

    /// When it ends.
    pub fn end(&self) -> DateTime<FixedOffset> {
        self.start
            .checked_add_signed(Duration::minutes(i64::from(self.minutes)))
            .unwrap_or(self.start)
    }

    /// Whether two meetings overlap in time (offsets taken into account).
    pub fn overlaps(&self, other: &Meeting) -> bool {
        self.start < other.end() && other.start < self.end()
    }

    /// Advice about the meeting that does not stop it: a length outside
    /// 15–60 minutes.
    pub fn warnings(&self) -> Vec<MeetingWarning> {
        let mut w = Vec::new();
        if self.minutes < 15 {
            w.push(MeetingWarning::Short {
                minutes: self.minutes,
            });
        } else if self.minutes > 60 {
            w.push(MeetingWarning::Long {
                minutes: self.minutes,
            });
        }
        w
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if self.minutes == 0 || self.minutes > 24 * 60 {
            return Err(Error::invalid(
                "meeting length",
                self.minutes.to_string(),
                "must be 1 to 1440 minutes",
            ));
        }
        if let Some(p) = &self.place {
            crate::model::check_text("meeting place", p, crate::model::MAX_NAME)?;
        }
        crate::model::check_instant("meeting start", self.start)
    }
}

/// What was learned in a meeting (step 6), captured afterwards.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeetingNotes {
    /// Answers to the questions asked, by question id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// Advice given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub advice: Vec<String>,
    /// People they mentioned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names_mentioned: Vec<String>,
    /// What was promised (by either side) to follow up on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promises: Vec<String>,
}

impl MeetingNotes {
    /// One line per fact, for a person to read: `started: Took a
    /// secondment…`, `advice: …`, `mentioned: …`, `promised: …`.
    ///
    /// ```
    /// use inroads::{Answer, MeetingNotes};
    /// let n = MeetingNotes {
    ///     answers: vec![Answer { question: "started".into(), text: "Through a pilot".into() }],
    ///     advice: vec!["Learn SQL".into()],
    ///     ..MeetingNotes::default()
    /// };
    /// assert_eq!(n.lines(), ["started: Through a pilot", "advice: Learn SQL"]);
    /// ```
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .answers
            .iter()
            .map(|a| format!("{}: {}", a.question, a.text))
            .collect();
        out.extend(self.advice.iter().map(|a| format!("advice: {a}")));
        out.extend(
            self.names_mentioned
                .iter()
                .map(|n| format!("mentioned: {n}")),
        );
        out.extend(self.promises.iter().map(|p| format!("promised: {p}")));
        out
    }
}

/// The answer to one question of the [question bank](crate::QuestionBank).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The question's id (`started`, `enjoy`, …) or topic name.
    pub question: String,
    /// What they said.
    pub text: String,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event {
    /// A request for a meeting was sent (step 3).
    RequestSent {
        /// How.
        channel: Channel,
    },
    /// A gentle follow-up to an unanswered request.
    FollowUpSent,
    /// They replied.
    ReplyReceived,
    /// They declined.
    Declined,
    /// No response after the follow-ups: the contact goes quiet.
    NoResponse,
    /// A meeting was agreed.
    MeetingScheduled {
        /// When and where.
        meeting: Meeting,
    },
    /// The meeting moved.
    MeetingRescheduled {
        /// The new time and place.
        meeting: Meeting,
    },
    /// The meeting was called off.
    MeetingCancelled,
    /// The meeting took place (step 4).
    MeetingHeld,
    /// What was learned in a meeting (step 6).
    MeetingNotes {
        /// The notes.
        notes: MeetingNotes,
    },
    /// A thank-you was sent (step 7).
    ThankYouSent,
    /// They were asked for referrals (step 7).
    ReferralsAsked,
    /// They referred the job seeker to another contact.
    ReferralReceived {
        /// The contact referred to.
        to: ContactId,
    },
    /// They told of a job opening.
    LeadLearned {
        /// The lead recorded.
        lead: LeadId,
    },
    /// In touch outside an outreach cycle — a call, a message, a coffee,
    /// a chat at a conference: accepted at any stage, it changes none, and
    /// it counts as contact (a keep-in-touch cadence starts again).
    InTouch {
        /// How.
        channel: Channel,
    },
    /// A free note.
    Note,
}

/// Advice about a meeting being scheduled that did not stop it. `Display`
/// gives the English text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MeetingWarning {
    /// Shorter than 15 minutes.
    Short {
        /// Its length.
        minutes: u32,
    },
    /// Longer than an hour.
    Long {
        /// Its length.
        minutes: u32,
    },
    /// It overlaps another meeting (scheduled anyway, as asked).
    Overlaps {
        /// Whom the other meeting is with.
        with: ContactId,
        /// When it starts.
        start: DateTime<FixedOffset>,
    },
    /// No request was on record: the implied request and reply were
    /// recorded first.
    ImpliedRequest,
}

impl fmt::Display for MeetingWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MeetingWarning::Short { minutes } => write!(
                f,
                "{minutes} minutes is short: an informational interview takes 20-30"
            ),
            MeetingWarning::Long { minutes } => write!(
                f,
                "{minutes} minutes is long: ask for 20-30 minutes of their time"
            ),
            MeetingWarning::Overlaps { with, start } => write!(
                f,
                "overlaps the meeting with {with} at {}",
                start.format("%Y-%m-%d %H:%M %:z")
            ),
            MeetingWarning::ImpliedRequest => f.write_str(
                "no request was recorded: recorded an in-person request and a reply before the meeting",
            ),
        }
    }
}

/// What kind of [`Event`] an entry records, without its data: for errors,
/// filters and counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A request for a meeting was sent.
    RequestSent,
    /// A follow-up after no reply.
    FollowUpSent,
    /// They replied.
    ReplyReceived,
    /// They declined.
    Declined,
    /// No response; the job seeker stopped asking.
    NoResponse,
    /// A meeting was arranged.
    MeetingScheduled,
    /// A meeting was moved.
    MeetingRescheduled,
    /// A meeting was cancelled.
    MeetingCancelled,
    /// A meeting took place.
    MeetingHeld,
    /// What was said at a meeting.
    MeetingNotes,
    /// A thank-you was sent.
    ThankYouSent,
    /// The job seeker asked for referrals.
    ReferralsAsked,
    /// They referred the job seeker to someone.
    ReferralReceived,
    /// They told of a job lead.
    LeadLearned,
    /// In touch outside an outreach cycle.
    InTouch,
    /// A free note.
    Note,
}

impl EventKind {
    /// Every kind, in the order of the method.
    pub const ALL: [EventKind; 16] = [
        EventKind::RequestSent,
        EventKind::FollowUpSent,
        EventKind::ReplyReceived,
        EventKind::Declined,
        EventKind::NoResponse,
        EventKind::MeetingScheduled,
        EventKind::MeetingRescheduled,
        EventKind::MeetingCancelled,
        EventKind::MeetingHeld,
        EventKind::MeetingNotes,
        EventKind::ThankYouSent,
        EventKind::ReferralsAsked,
        EventKind::ReferralReceived,
        EventKind::LeadLearned,
        EventKind::InTouch,
        EventKind::Note,
    ];

    /// The name files and the command line use (`thank-you-sent`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::RequestSent => "request-sent",
            EventKind::FollowUpSent => "follow-up-sent",
            EventKind::ReplyReceived => "reply-received",
            EventKind::Declined => "declined",
            EventKind::NoResponse => "no-response",
            EventKind::MeetingScheduled => "meeting-scheduled",
            EventKind::MeetingRescheduled => "meeting-rescheduled",
            EventKind::MeetingCancelled => "meeting-cancelled",
            EventKind::MeetingHeld => "meeting-held",
            EventKind::MeetingNotes => "meeting-notes",
            EventKind::ThankYouSent => "thank-you-sent",
            EventKind::ReferralsAsked => "referrals-asked",
            EventKind::ReferralReceived => "referral-received",
            EventKind::LeadLearned => "lead-learned",
            EventKind::InTouch => "in-touch",
            EventKind::Note => "note",
        }
    }

    /// The name messages use (`thank-you sent`).
    pub fn name(self) -> &'static str {
        match self {
            EventKind::RequestSent => "request sent",
            EventKind::FollowUpSent => "follow-up sent",
            EventKind::ReplyReceived => "reply received",
            EventKind::Declined => "declined",
            EventKind::NoResponse => "no response",
            EventKind::MeetingScheduled => "meeting scheduled",
            EventKind::MeetingRescheduled => "meeting rescheduled",
            EventKind::MeetingCancelled => "meeting cancelled",
            EventKind::MeetingHeld => "meeting held",
            EventKind::MeetingNotes => "meeting notes",
            EventKind::ThankYouSent => "thank-you sent",
            EventKind::ReferralsAsked => "referrals asked",
            EventKind::ReferralReceived => "referral received",
            EventKind::LeadLearned => "lead learned",
            EventKind::InTouch => "in touch",
            EventKind::Note => "note",
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EventKind {
    type Err = Error;
    /// Reads what `Display` prints, or the name messages use.
    fn from_str(s: &str) -> Result<EventKind> {
        let t = s.trim().to_lowercase();
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == t || k.name() == t)
            .ok_or_else(|| {
                Error::invalid(
                    "event",
                    s,
                    "expected an event kind such as request-sent or meeting-held",
                )
            })
    }
}

impl Event {
    /// What kind of event it is.
    pub fn kind(&self) -> EventKind {
        match self {
            Event::RequestSent { .. } => EventKind::RequestSent,
            Event::FollowUpSent => EventKind::FollowUpSent,
            Event::ReplyReceived => EventKind::ReplyReceived,
            Event::Declined => EventKind::Declined,
            Event::NoResponse => EventKind::NoResponse,
            Event::MeetingScheduled { .. } => EventKind::MeetingScheduled,
            Event::MeetingRescheduled { .. } => EventKind::MeetingRescheduled,
            Event::MeetingCancelled => EventKind::MeetingCancelled,
            Event::MeetingHeld => EventKind::MeetingHeld,
            Event::MeetingNotes { .. } => EventKind::MeetingNotes,
            Event::ThankYouSent => EventKind::ThankYouSent,
            Event::ReferralsAsked => EventKind::ReferralsAsked,
            Event::ReferralReceived { .. } => EventKind::ReferralReceived,
            Event::LeadLearned { .. } => EventKind::LeadLearned,
            Event::InTouch { .. } => EventKind::InTouch,
            Event::Note => EventKind::Note,
        }
    }

    /// A short name for messages and the command line (`thank-you sent`).
    pub fn name(&self) -> &'static str {
        match self {
            Event::RequestSent { .. } => "request sent",
            Event::FollowUpSent => "follow-up sent",
            Event::ReplyReceived => "reply received",
            Event::Declined => "declined",
            Event::NoResponse => "no response",
            Event::MeetingScheduled { .. } => "meeting scheduled",
            Event::MeetingRescheduled { .. } => "meeting rescheduled",
            Event::MeetingCancelled => "meeting cancelled",
            Event::MeetingHeld => "meeting held",
            Event::MeetingNotes { .. } => "meeting notes",
            Event::ThankYouSent => "thank-you sent",
            Event::ReferralsAsked => "referrals asked",
            Event::ReferralReceived { .. } => "referral received",
            Event::LeadLearned { .. } => "lead learned",
            Event::InTouch { .. } => "in touch",
            Event::Note => "note",
        }
    }

    /// Whether it is a real interaction with the person (resets
    /// keep-in-touch timers); notes and bookkeeping are not.
    pub fn is_interaction(&self) -> bool {
        !matches!(
            self,
            Event::Note
                | Event::NoResponse
                | Event::MeetingNotes { .. }
                | Event::LeadLearned { .. }
        )
    }
}

/// One journal entry: an [`Event`] with a contact, at a date-time with its
/// UTC offset.
///
/// The journal is append-only. An entry is never changed or deleted: a
/// mistake is fixed by a correction entry that replaces or retracts it
/// ([`Network::correct`](crate::Network::correct)), and both stay on record.
/// [`Network::entries`](crate::Network::entries) shows a contact's journal
/// as it stands; [`Network::journal`](crate::Network::journal) every raw entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The contact it is about.
    pub contact: ContactId,
    /// When it happened, with its UTC offset.
    pub at: DateTime<FixedOffset>,
    /// What happened.
    #[serde(deserialize_with = "strict_event")]
    pub event: Event,
    /// A free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When set, this entry corrects an earlier one: it replaces it, or
    /// retracts it when `retracted` is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<EntryId>,
    /// With `corrects`: the earlier entry is withdrawn, not replaced.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retracted: bool,
}

/// Reads an [`Event`], refusing fields it does not have. (serde's
/// `deny_unknown_fields` is not applied to the variants without data of an
/// internally tagged enum: `{"type": "meeting-held", "x": 1}` would load and
/// lose `x` on the next save.) Any key that does not come back when the
/// event is written again is unknown.
fn strict_event<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Event, D::Error> {
    use serde::de::Error as _;
    let raw = serde_json::Value::deserialize(d)?;
    let event = Event::deserialize(&raw).map_err(D::Error::custom)?;
    if let (Some(given), Ok(serde_json::Value::Object(back))) =
        (raw.as_object(), serde_json::to_value(&event))
    {
        if let Some(k) = given.keys().find(|k| !back.contains_key(*k)) {
            let kind = given.get("type").and_then(|t| t.as_str()).unwrap_or("");
            return Err(D::Error::custom(format!(
                "unknown field `{k}` in a {kind} event"
            )));
        }
    }
    Ok(event)
}

/// Where a contact is in the outreach loop.
///
/// # The state machine
///
/// A contact's [`Stage`] is a replay of its effective entries (corrections
/// applied) in time order through this machine. An event that makes no
/// sense from the current stage is refused with
/// [`ErrorKind::InvalidTransition`](crate::ErrorKind::InvalidTransition),
/// naming both, and nothing is recorded.
///
/// | from | event | to |
/// |---|---|---|
/// | identified, no response, declined, met, thanked, referrals asked | request sent | requested (a new cycle; the old one stays in the journal) |
/// | requested | follow-up sent | requested |
/// | requested | reply received | replied |
/// | replied, scheduled | reply received | (unchanged) |
/// | requested | declined | declined |
/// | requested | no response | no response |
/// | requested, replied, met, thanked, referrals asked | meeting scheduled | scheduled |
/// | scheduled | meeting rescheduled | scheduled |
/// | scheduled | meeting cancelled | replied |
/// | scheduled | meeting held | met |
/// | met, thanked, referrals asked | meeting notes | (unchanged) |
/// | met | thank-you sent | thanked |
/// | met, thanked | referrals asked | referrals asked |
/// | any | referral received, lead learned | (unchanged) |
/// | any | note | (unchanged) |
///
/// A referral ("Priya introduced me to Tom") is an entry on the contact who
/// referred, naming the contact referred to; the referred contact starts at
/// *identified* and the loop repeats with them.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Known, not yet asked.
    #[default]
    Identified,
    /// Asked for a meeting; no answer yet.
    Requested,
    /// They answered.
    Replied,
    /// They said no.
    Declined,
    /// No answer after the follow-ups.
    NoResponse,
    /// A meeting is set.
    Scheduled,
    /// The meeting took place.
    Met,
    /// Thanked after the meeting.
    Thanked,
    /// Asked for referrals.
    ReferralsAsked,
}

impl Stage {
    /// Every stage, in the order of the loop.
    pub const ALL: [Stage; 9] = [
        Stage::Identified,
        Stage::Requested,
        Stage::Replied,
        Stage::Declined,
        Stage::NoResponse,
        Stage::Scheduled,
        Stage::Met,
        Stage::Thanked,
        Stage::ReferralsAsked,
    ];

    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Identified => "identified",
            Stage::Requested => "requested",
            Stage::Replied => "replied",
            Stage::Declined => "declined",
            Stage::NoResponse => "no-response",
            Stage::Scheduled => "scheduled",
            Stage::Met => "met",
            Stage::Thanked => "thanked",
            Stage::ReferralsAsked => "referrals-asked",
        }
    }

    /// The stage after `event`, or an error naming both.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidTransition`] when the event makes no sense here.
    ///
    /// ```
    /// use inroads::{Event, Stage};
    /// assert_eq!(Stage::Met.next(&Event::ThankYouSent).unwrap(), Stage::Thanked);
    /// let err = Stage::Requested.next(&Event::ThankYouSent).unwrap_err();
    /// assert!(err.to_string().contains("thank-you sent"));
    /// assert!(err.to_string().contains("requested"));
    /// ```
    pub fn next(self, event: &Event) -> Result<Stage> {
        use Stage::*;
        let to = match (self, event) {
            (_, Event::Note | Event::InTouch { .. }) => Some(self),
            // A new cycle may start once the last one ended: never asked,
            // no response, declined, or met (a second conversation later).
            (
                Identified | NoResponse | Declined | Met | Thanked | ReferralsAsked,
                Event::RequestSent { .. },
            ) => Some(Requested),
            (Requested, Event::FollowUpSent) => Some(Requested),
            (Requested, Event::ReplyReceived) => Some(Replied),
            // A reply noted after the meeting was already arranged (or a
            // second reply) changes nothing.
            (Replied | Scheduled, Event::ReplyReceived) => Some(self),
            (Requested, Event::Declined) => Some(Declined),
            (Requested, Event::NoResponse) => Some(NoResponse),
            (
                Requested | Replied | Met | Thanked | ReferralsAsked,
                Event::MeetingScheduled { .. },
            ) => Some(Scheduled),
            (Scheduled, Event::MeetingRescheduled { .. }) => Some(Scheduled),
            (Scheduled, Event::MeetingCancelled) => Some(Replied),
            (Scheduled, Event::MeetingHeld) => Some(Met),
            (Met | Thanked | ReferralsAsked, Event::MeetingNotes { .. }) => Some(self),
            (Met, Event::ThankYouSent) => Some(Thanked),
            (Met | Thanked, Event::ReferralsAsked) => Some(ReferralsAsked),
            (_, Event::ReferralReceived { .. } | Event::LeadLearned { .. }) => Some(self),
            _ => None,
        };
        to.ok_or_else(|| {
            Error::new(ErrorKind::InvalidTransition {
                event: event.kind(),
                stage: self,
                reason: refusal(self, event),
            })
        })
    }
}

fn refusal(stage: Stage, event: &Event) -> String {
    match (stage, event) {
        (_, Event::ThankYouSent) => "a thank-you follows a meeting that was held".into(),
        (_, Event::MeetingHeld) => "only a scheduled meeting can be held; schedule it first".into(),
        (_, Event::MeetingRescheduled { .. } | Event::MeetingCancelled) => {
            "there is no scheduled meeting".into()
        }
        (_, Event::MeetingNotes { .. }) => "notes are taken after a meeting was held".into(),
        (Stage::Identified, _) => "no request has been sent yet".into(),
        (Stage::Requested, _) => "the request has no reply yet".into(),
        _ => "it does not follow from the contact's stage".into(),
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Replays events through the state machine from *identified*.
///
/// # Errors
/// The first refused transition.
pub fn replay<'a>(events: impl IntoIterator<Item = &'a Event>) -> Result<Stage> {
    events
        .into_iter()
        .try_fold(Stage::Identified, |stage, e| stage.next(e))
}

/// Parses a date-time as people and scripts write it: RFC 3339
/// (`2026-03-02T10:00:00-05:00`), or `YYYY-MM-DD HH:MM[:SS]` with an
/// optional offset (`2026-03-02 10:00 -05:00`), or a bare date (taken as
/// 09:00). Without an offset, `default_offset` applies.
///
/// # Errors
/// [`ErrorKind::InvalidValue`] naming the accepted forms.
///
/// ```
/// use chrono::FixedOffset;
/// use inroads::parse_datetime;
/// let utc = FixedOffset::east_opt(0).unwrap();
/// let a = parse_datetime("2026-03-02T10:00:00-05:00", utc).unwrap();
/// let b = parse_datetime("2026-03-02 10:00 -05:00", utc).unwrap();
/// assert_eq!(a, b);
/// assert_eq!(parse_datetime("2026-03-02", utc).unwrap().to_rfc3339(), "2026-03-02T09:00:00+00:00");
/// assert!(parse_datetime("next tuesday", utc).is_err());
/// ```
pub fn parse_datetime(s: &str, default_offset: FixedOffset) -> Result<DateTime<FixedOffset>> {
    let at = parse_any_datetime(s, default_offset)?;
    // Years outside 1000–9999 are typos (and would not print back in the
    // forms read here): refused as every stored date is.
    crate::model::check_instant("date-time", at)?;
    Ok(at)
}

fn parse_any_datetime(s: &str, default_offset: FixedOffset) -> Result<DateTime<FixedOffset>> {
    use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
    let t = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Ok(d);
    }
    for f in [
        "%Y-%m-%d %H:%M %:z",
        "%Y-%m-%d %H:%M:%S %:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%d %H:%M%:z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(t, f) {
            return Ok(d);
        }
    }
    let naive = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
    .or_else(|| {
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .ok()
            .and_then(|d| NaiveTime::from_hms_opt(9, 0, 0).map(|n| d.and_time(n)))
    });
    naive
        .and_then(|n| default_offset.from_local_datetime(&n).single())
        .ok_or_else(|| {
            Error::invalid(
                "date-time",
                s,
                "expected 2026-03-02T10:00:00-05:00, 2026-03-02 10:00 [-05:00], or 2026-03-02",
            )
        })
}

/// The one rule for offsets that are not whole minutes (RFC 3339, and so
/// the data file, writes offsets to the minute; the local mean time of a
/// historical zone has seconds, such as +00:17:30): the same instant, with
/// its offset rounded up to the next whole minute. The instant never
/// moves, so the journal's order is kept; the local time moves forward by
/// less than a minute, so the start of a day stays on its day.
///
/// The network applies it to every moment it stores (entries and
/// meetings) before checking them, and [`Zone`](crate::Zone) to every
/// moment it gives.
///
/// ```
/// use chrono::{DateTime, FixedOffset, TimeZone};
/// let odd = FixedOffset::east_opt(17 * 60 + 30).unwrap(); // +00:17:30
/// let at = odd.with_ymd_and_hms(1850, 1, 1, 0, 0, 0).unwrap();
/// let kept = inroads::whole_minute_offset(at);
/// assert_eq!(kept, at); // the same instant
/// assert_eq!(kept.to_rfc3339(), "1850-01-01T00:00:30+00:18");
/// assert_eq!(DateTime::parse_from_rfc3339(&kept.to_rfc3339()).unwrap(), at);
/// ```
pub fn whole_minute_offset(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let secs = at.offset().local_minus_utc();
    if secs % 60 == 0 {
        return at;
    }
    let up = secs.div_euclid(60) * 60 + 60;
    FixedOffset::east_opt(up)
        .or_else(|| FixedOffset::east_opt(up - 60))
        .map_or(at, |o| at.with_timezone(&o))
}

/// Parses a UTC offset written `+HH:MM` or `-HH:MM` (`Z` for UTC).
///
/// # Errors
/// [`ErrorKind::InvalidValue`] for anything else, or beyond ±23:59.
///
/// ```
/// assert_eq!(inroads::parse_offset("-05:00").unwrap().local_minus_utc(), -5 * 3600);
/// assert!(inroads::parse_offset("EST").is_err());
/// ```
pub fn parse_offset(s: &str) -> Result<FixedOffset> {
    let bad = || Error::invalid("offset", s, "expected +HH:MM or -HH:MM, e.g. -05:00");
    let t = s.trim();
    if t == "Z" || t == "z" {
        return FixedOffset::east_opt(0).ok_or_else(bad);
    }
    let sign = match t.get(..1) {
        Some("+") => 1,
        Some("-") => -1,
        _ => return Err(bad()),
    };
    let (h, m) = t.get(1..).and_then(|r| r.split_once(':')).ok_or_else(bad)?;
    let h: i32 = h.parse().map_err(|_| bad())?;
    let m: i32 = m.parse().map_err(|_| bad())?;
    if !(0..24).contains(&h) || !(0..60).contains(&m) {
        return Err(bad());
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).ok_or_else(bad)
}

impl std::str::FromStr for Channel {
    type Err = crate::Error;
    /// As [`Channel::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        Channel::parse(s)
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Stage {
    /// Parses the name used in files and on the command line
    /// (`referrals-asked`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`] naming the stages.
    pub fn parse(s: &str) -> Result<Stage> {
        let folded = s.trim().to_lowercase().replace([' ', '_'], "-");
        Stage::ALL
            .into_iter()
            .find(|x| x.as_str() == folded)
            .ok_or_else(|| {
                Error::invalid(
                    "stage",
                    s,
                    "expected identified, requested, replied, declined, no-response, scheduled, met, thanked or referrals-asked",
                )
            })
    }
}

impl std::str::FromStr for Stage {
    type Err = crate::Error;
    /// As [`Stage::parse`]: what `Display` prints reads back.
    fn from_str(s: &str) -> crate::Result<Self> {
        Stage::parse(s)
    }
}
