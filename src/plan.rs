//! What to do today: the follow-up rules and the planner.

use crate::id::ContactId;
use crate::journal::Stage;
use crate::network::Network;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// `date` plus `days` business days (Monday to Friday; weekends skipped).
/// A start on a weekend counts from the next Monday.
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::add_business_days;
/// let fri = NaiveDate::from_ymd_opt(2026, 2, 27).unwrap();
/// assert_eq!(add_business_days(fri, 1), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()); // Monday
/// assert_eq!(add_business_days(fri, 5), NaiveDate::from_ymd_opt(2026, 3, 6).unwrap());
/// ```
pub fn add_business_days(date: NaiveDate, days: u32) -> NaiveDate {
    let mut d = date;
    let mut left = days;
    while left > 0 {
        d = d.succ_opt().unwrap_or(d);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
        if d == NaiveDate::MAX {
            break;
        }
    }
    d
}

/// The rules the planner applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanOptions {
    /// Hours after a meeting by which the thank-you is due (24).
    pub thank_you_within_hours: u32,
    /// Business days without a reply before a gentle follow-up (5).
    pub follow_up_after_business_days: u32,
    /// Follow-ups before the contact goes quiet (2).
    pub max_follow_ups: u32,
    /// Business days within which a referral should be contacted (2).
    pub contact_referral_within_business_days: u32,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            thank_you_within_hours: 24,
            follow_up_after_business_days: 5,
            max_follow_ups: 2,
            contact_referral_within_business_days: 2,
        }
    }
}

/// What to do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Send the thank-you for a meeting that was held.
    ThankYou,
    /// A meeting is today or tomorrow: read the brief.
    Prepare,
    /// Send a gentle follow-up to an unanswered request.
    FollowUp,
    /// The follow-ups went unanswered: record no response and move on.
    GoQuiet,
    /// Someone referred you to this contact: reach out.
    ContactReferral,
    /// Keep in touch: the cadence's gap has passed.
    KeepInTouch,
}

impl ActionKind {
    /// The name used in files and on the command line (`thank-you`).
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::ThankYou => "thank-you",
            ActionKind::Prepare => "prepare",
            ActionKind::FollowUp => "follow-up",
            ActionKind::GoQuiet => "go-quiet",
            ActionKind::ContactReferral => "contact-referral",
            ActionKind::KeepInTouch => "keep-in-touch",
        }
    }

    /// What to do, in a few words ("send a thank-you").
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::ThankYou => "send a thank-you",
            ActionKind::Prepare => "prepare for the meeting",
            ActionKind::FollowUp => "follow up",
            ActionKind::GoQuiet => "let it go quiet",
            ActionKind::ContactReferral => "contact the referral",
            ActionKind::KeepInTouch => "keep in touch",
        }
    }
}

/// One thing to do, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Action {
    /// What to do.
    pub kind: ActionKind,
    /// With whom.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// When it is (or was) due.
    pub due: NaiveDate,
    /// Whether `due` is before today.
    pub overdue: bool,
    /// Why, in a sentence.
    pub reason: String,
}

/// The actions due on `today` or before, overdue first.
///
/// # Arguments
/// - `network`: the contacts and their journals.
/// - `today`: the date to plan for (the library never reads the clock).
/// - `options`: the follow-up rules.
///
/// # Returns
/// Actions whose due date is on or before `today` (and meetings of today
/// and tomorrow), sorted overdue first, then by due date, kind and contact.
/// Each carries its reason. Rules:
/// - a **thank-you** is due within 24 hours of a meeting held;
/// - a **follow-up** is due N business days (5) after the last request or
///   follow-up without a reply, at most M times (2); after that the contact
///   **goes quiet**;
/// - a **referral** not yet contacted is due within 2 business days;
/// - a **keep-in-touch** cadence is due `ideal_days` after the last real
///   interaction (any entry but notes) and overdue after `max_days`.
///
/// # Complexity
/// O(journal entries): about a millisecond for 10,000 contacts with 20
/// entries each (see `BENCHMARKS.md`).
///
/// # Example
/// ```
/// use chrono::{DateTime, NaiveDate};
/// use inroads::{plan, ActionKind, Channel, Event, PlanOptions};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let sam = net.resolve_contact("Sam Whitaker")?;
/// let at = DateTime::parse_from_rfc3339("2026-02-20T10:00:00-05:00").unwrap();
/// net.log(sam, at, Event::RequestSent { channel: Channel::Linkedin }, "")?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let actions = plan(&net, today, &PlanOptions::default());
/// assert_eq!(actions[0].kind, ActionKind::FollowUp);
/// assert!(actions[0].overdue); // due Friday 27 February
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn plan(network: &Network, today: NaiveDate, options: &PlanOptions) -> Vec<Action> {
    let mut actions = Vec::new();
    // `late`: the date after which the action is overdue (usually `due`).
    let mut push = |kind, contact: ContactId, due: NaiveDate, late: NaiveDate, reason: String| {
        actions.push(Action {
            kind,
            contact,
            name: network
                .contact(contact)
                .map_or_else(String::new, |c| c.name.clone()),
            due,
            overdue: late < today,
            reason,
        });
    };
    let referred: std::collections::HashMap<ContactId, (ContactId, NaiveDate)> = network
        .referrals()
        .into_iter()
        .map(|r| (r.to, (r.from, r.at.date_naive())))
        .collect();

    let empty = crate::pipeline::Summary::default();
    for (id, c) in network.contacts() {
        let stage = network.stage(id);
        let summary = network.summary(id).unwrap_or(&empty);
        // Thank-you after a meeting held.
        if stage == Stage::Met {
            if let Some(held) = summary.last_held {
                let due_at = held
                    .checked_add_signed(Duration::hours(i64::from(options.thank_you_within_hours)))
                    .unwrap_or(held);
                let due = due_at.date_naive();
                push(
                    ActionKind::ThankYou,
                    id,
                    due,
                    due,
                    format!(
                        "met on {}; a thank-you is due within {} hours, by {}",
                        held.date_naive(),
                        options.thank_you_within_hours,
                        due_at.format("%Y-%m-%d %H:%M %:z")
                    ),
                );
            }
        }
        // Follow-ups on an unanswered request.
        if stage == Stage::Requested {
            if let Some(last) = summary.last_ask {
                let follow_ups = summary.follow_ups;
                let due = add_business_days(last, options.follow_up_after_business_days);
                if due <= today {
                    if follow_ups < options.max_follow_ups {
                        push(
                            ActionKind::FollowUp,
                            id,
                            due,
                            due,
                            format!(
                                "no reply since {last} ({} business days); follow-up {} of {}",
                                options.follow_up_after_business_days,
                                follow_ups + 1,
                                options.max_follow_ups
                            ),
                        );
                    } else {
                        push(
                            ActionKind::GoQuiet,
                            id,
                            due,
                            due,
                            format!(
                                "no reply after {follow_ups} follow-ups, the last on {last}; record no response and move on"
                            ),
                        );
                    }
                }
            }
        }
        // A referral not yet contacted.
        if stage == Stage::Identified {
            if let Some((from, on)) = referred.get(&id) {
                let late = add_business_days(*on, options.contact_referral_within_business_days);
                let who = network
                    .contact(*from)
                    .map_or_else(|| from.to_string(), |f| f.name.clone());
                push(
                    ActionKind::ContactReferral,
                    id,
                    *on,
                    late,
                    format!(
                        "{who} referred you on {on}; you have not contacted them yet (aim for within {} business days)",
                        options.contact_referral_within_business_days
                    ),
                );
            }
        }
        // A meeting today or tomorrow.
        if let Some(m) = network.scheduled_meeting(id) {
            let day = m.start.date_naive();
            let tomorrow = today.succ_opt().unwrap_or(today);
            if day >= today && day <= tomorrow {
                push(
                    ActionKind::Prepare,
                    id,
                    day,
                    day,
                    format!(
                        "meeting at {}{}: read the brief",
                        m.start.format("%Y-%m-%d %H:%M %:z"),
                        m.place
                            .as_deref()
                            .map(|p| format!(", {p}"))
                            .unwrap_or_default()
                    ),
                );
            }
        }
        // Keep in touch.
        if stage != Stage::Requested && (c.cadence.is_some() || !c.tags.is_empty()) {
            if let Some(cadence) = network.cadence(id) {
                let last = summary.last_interaction.unwrap_or(c.created);
                let after = |days: u32| {
                    last.checked_add_days(chrono::Days::new(u64::from(days)))
                        .unwrap_or(NaiveDate::MAX)
                };
                let due = after(cadence.ideal_days);
                if due <= today {
                    let late = after(cadence.max_days);
                    push(
                        ActionKind::KeepInTouch,
                        id,
                        due,
                        late,
                        format!(
                            "last in touch on {last}; aim for every {} days, at most {}",
                            cadence.ideal_days, cadence.max_days
                        ),
                    );
                }
            }
        }
    }
    actions.retain(|a| a.due <= today || a.kind == ActionKind::Prepare);
    actions.sort_by(|a, b| {
        b.overdue
            .cmp(&a.overdue)
            .then(a.due.cmp(&b.due))
            .then(a.kind.cmp(&b.kind))
            .then(a.contact.cmp(&b.contact))
    });
    actions
}
