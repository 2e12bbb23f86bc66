//! Derived from the journal: each contact's timeline (corrections applied,
//! time order, stage) as a pure function of the entries. The
//! [`Network`](crate::Network) keeps one per contact and rebuilds it on
//! every change (see `network/journal.rs`).

use crate::error::Result;
use crate::id::{ContactId, EntryId};
use crate::journal::{Entry, Event, Meeting, Stage};
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// A contact's journal as it stands: corrections applied, in time order,
/// and the stage it leads to.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Timeline {
    /// Every raw entry of the contact, corrections included, in id order.
    pub(crate) raw: Vec<EntryId>,
    /// (the entry, the entry whose content stands for it after corrections).
    pub(crate) effective: Vec<(EntryId, EntryId)>,
    pub(crate) stage: Stage,
    /// What the planner needs, kept up to date with the journal.
    pub(crate) summary: Summary,
}

/// Facts the planner reads, derived from a contact's effective journal
/// when it changes (so planning is O(contacts), not O(entries)).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Summary {
    /// The last request or follow-up, and follow-ups since the last request.
    pub(crate) last_ask: Option<NaiveDate>,
    pub(crate) follow_ups: u32,
    /// When the last meeting was held.
    pub(crate) last_held: Option<DateTime<FixedOffset>>,
    /// The last real interaction (see `Event::is_interaction`).
    pub(crate) last_interaction: Option<NaiveDate>,
    /// The meeting as last scheduled (current when the stage is scheduled).
    pub(crate) meeting: Option<Meeting>,
    /// Referrals this contact made: (to, when).
    pub(crate) referred: Vec<(ContactId, DateTime<FixedOffset>, EntryId)>,
    /// Real interactions: (day, weight); a meeting held weighs 3, a message 1.
    pub(crate) interactions: Vec<(NaiveDate, f32)>,
    /// Requests and follow-ups sent; replies, meetings and referrals received.
    pub(crate) asked: u32,
    pub(crate) answered: u32,
    /// Whether the contact ever answered: they are then one of the job
    /// seeker's own ties even without a recorded tie.
    pub(crate) two_way: bool,
    /// Meetings held.
    pub(crate) meetings: u32,
    /// When they last declined.
    pub(crate) declined_on: Option<NaiveDate>,
    /// When they last replied.
    pub(crate) replied_on: Option<NaiveDate>,
    /// Whether the job seeker was in touch with them since the last
    /// request or follow-up (a call while it waits): no follow-up then.
    pub(crate) in_touch_since_ask: bool,
}

/// Builds a timeline from a contact's raw entries (in id order).
pub(crate) fn build_timeline(
    journal: &BTreeMap<EntryId, Entry>,
    extra: Option<(EntryId, &Entry)>,
    raw: &[EntryId],
) -> Result<Timeline> {
    let get = |id: EntryId| -> Option<&Entry> {
        match extra {
            Some((x, e)) if x == id => Some(e),
            _ => journal.get(&id),
        }
    };
    let mut root_of: HashMap<EntryId, EntryId> = HashMap::new();
    let mut current: BTreeMap<EntryId, Option<EntryId>> = BTreeMap::new();
    for &id in raw.iter().chain(extra.map(|(x, _)| x).iter()) {
        let Some(e) = get(id) else { continue };
        match e.corrects {
            Some(target) => {
                let root = root_of.get(&target).copied().unwrap_or(target);
                root_of.insert(id, root);
                current.insert(root, (!e.retracted).then_some(id));
            }
            None => {
                root_of.insert(id, id);
                current.insert(id, Some(id));
            }
        }
    }
    let mut effective: Vec<(EntryId, EntryId)> = current
        .into_iter()
        .filter_map(|(root, src)| src.map(|s| (root, s)))
        .collect();
    effective.sort_by_key(|(root, src)| (get(*src).map(|e| e.at), *root));
    let mut stage = Stage::Identified;
    let mut summary = Summary::default();
    for (root, src) in &effective {
        let Some(e) = get(*src) else { continue };
        stage = stage.next(&e.event)?;
        let day = e.at.date_naive();
        if e.event.is_interaction() {
            summary.last_interaction = Some(day);
            let weight = if e.event == Event::MeetingHeld {
                3.0
            } else {
                1.0
            };
            summary.interactions.push((day, weight));
        }
        match &e.event {
            Event::RequestSent { .. } | Event::FollowUpSent => summary.asked += 1,
            Event::ReplyReceived
            | Event::Declined
            | Event::MeetingScheduled { .. }
            | Event::MeetingHeld
            | Event::ReferralReceived { .. } => {
                summary.answered += 1;
                summary.two_way = true;
            }
            _ => {}
        }
        match &e.event {
            Event::RequestSent { .. } => {
                summary.last_ask = Some(day);
                summary.follow_ups = 0;
                summary.in_touch_since_ask = false;
            }
            Event::FollowUpSent => {
                summary.last_ask = Some(day);
                summary.follow_ups += 1;
                summary.in_touch_since_ask = false;
            }
            Event::MeetingScheduled { meeting } | Event::MeetingRescheduled { meeting } => {
                summary.meeting = Some(meeting.clone())
            }
            Event::MeetingHeld => {
                summary.last_held = Some(e.at);
                summary.meetings += 1;
            }
            Event::ReferralReceived { to } => summary.referred.push((*to, e.at, *root)),
            Event::Declined => summary.declined_on = Some(day),
            Event::ReplyReceived => summary.replied_on = Some(day),
            // A call or a coffee: one of the job seeker's own ties.
            Event::InTouch { .. } => {
                summary.two_way = true;
                summary.in_touch_since_ask = summary.last_ask.is_some();
            }
            _ => {}
        }
    }
    let mut all = raw.to_vec();
    all.extend(extra.map(|(x, _)| x));
    Ok(Timeline {
        raw: all,
        effective,
        stage,
        summary,
    })
}

/// A referral: a contact introduced the job seeker to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Referral {
    /// Who made the introduction.
    pub from: ContactId,
    /// Whom they introduced.
    pub to: ContactId,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// The journal entry that records it.
    pub entry: EntryId,
}

/// The outcome of [`Network::schedule_meeting`](crate::Network::schedule_meeting).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Scheduled {
    /// The journal entry recorded.
    pub entry: EntryId,
    /// Advice that did not stop it (a length outside 15–60 minutes, an
    /// overlap that was forced).
    pub warnings: Vec<crate::journal::MeetingWarning>,
}

/// How [`Network::correct`](crate::Network::correct) changes an entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Correction {
    /// Withdraw the entry: it no longer counts (it stays on record).
    Retract,
    /// Change what the amendment gives; keep the rest as it stands.
    Amend(Amendment),
}

/// New values for a journal entry; `None` keeps the value as it stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Amendment {
    /// A new time.
    pub at: Option<DateTime<FixedOffset>>,
    /// A new event.
    pub event: Option<Event>,
    /// A new note.
    pub note: Option<String>,
}

/// What [`Network::schedule_meeting`](crate::Network::schedule_meeting)
/// does with a meeting that overlaps another.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OverlapPolicy {
    /// Refuse it with [`ErrorKind::Overlap`](crate::ErrorKind::Overlap).
    #[default]
    Refuse,
    /// Schedule it and say so in [`Scheduled::warnings`].
    Allow,
}
