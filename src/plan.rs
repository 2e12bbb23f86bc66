//! What to do today: the follow-up rules and the planner.

use crate::error::Result;
use crate::id::ContactId;
use crate::journal::Stage;
use crate::network::Network;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

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
#[non_exhaustive]
pub struct PlanOptions {
    /// Hours after a meeting by which the thank-you is due (24).
    pub thank_you_within_hours: u32,
    /// Business days without a reply before a gentle follow-up (5).
    pub follow_up_after_business_days: u32,
    /// Follow-ups before the contact goes quiet (2).
    pub max_follow_ups: u32,
    /// Business days within which a referral should be contacted (2).
    pub contact_referral_within_business_days: u32,
    /// Days after a "no, not now" before a polite re-contact (180): a
    /// decline ends a cycle, not the relationship.
    pub recontact_after_days: u32,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            thank_you_within_hours: 24,
            follow_up_after_business_days: 5,
            max_follow_ups: 2,
            contact_referral_within_business_days: 2,
            recontact_after_days: 180,
        }
    }
}

/// What to do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// They replied and no meeting is set yet: propose times.
    ScheduleMeeting,
    /// They declined months ago: a polite note to ask again.
    Recontact,
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
            ActionKind::Recontact => "recontact",
            ActionKind::ScheduleMeeting => "schedule-meeting",
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
            ActionKind::ScheduleMeeting => "schedule the meeting",
            ActionKind::Recontact => "ask again, politely",
        }
    }
}

/// One thing to do, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Action {
    /// What to do.
    pub kind: ActionKind,
    /// With whom.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// The first day it can be done: a thank-you on the day of the
    /// meeting, a follow-up when the wait is over.
    pub due: NaiveDate,
    /// The last day to do it before it is overdue (the day of `due` for
    /// most; a thank-you's is the day its hours run out).
    pub deadline: NaiveDate,
    /// Whether `deadline` is before today.
    pub overdue: bool,
    /// Why: the facts behind it, typed; its `Display` is the sentence the
    /// command line prints.
    pub reason: Reason,
}

/// Why an [`Action`] is due, with the facts a front end can sort, link or
/// translate. `Display` gives the English sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "kind",
    rename_all = "kebab-case",
    rename_all_fields = "snake_case"
)]
#[non_exhaustive]
pub enum Reason {
    /// A meeting was held; a thank-you is due within some hours.
    ThankYouDue {
        /// The day of the meeting.
        met: NaiveDate,
        /// The rule: within this many hours.
        within_hours: u32,
        /// The moment it is due by.
        by: DateTime<FixedOffset>,
    },
    /// A request has had no reply; this is follow-up `number` of `of`.
    NoReply {
        /// The day of the last request or follow-up.
        since: NaiveDate,
        /// The rule: after this many business days.
        business_days: u32,
        /// Which follow-up this is (1-based).
        number: u32,
        /// How many follow-ups the rules allow.
        of: u32,
    },
    /// Every follow-up allowed went unanswered.
    FollowUpsExhausted {
        /// How many were sent.
        follow_ups: u32,
        /// The day of the last.
        last: NaiveDate,
    },
    /// Someone referred the job seeker to this contact, not yet contacted.
    Referred {
        /// Who referred.
        by: ContactId,
        /// Their name.
        by_name: String,
        /// When.
        on: NaiveDate,
        /// The rule: contact within this many business days.
        within_business_days: u32,
    },
    /// A meeting today or tomorrow.
    Meeting {
        /// When it starts.
        start: DateTime<FixedOffset>,
        /// Where.
        place: Option<String>,
    },
    /// They declined; enough time has passed to ask again.
    Declined {
        /// The day they declined.
        on: NaiveDate,
        /// The rule: after this many days.
        after_days: u32,
    },
    /// They replied, and no meeting is set.
    RepliedNoMeeting {
        /// The day they replied.
        replied: NaiveDate,
        /// Whether a week has passed: time for a gentle nudge.
        nudge: bool,
    },
    /// The keep-in-touch cadence has come round.
    KeepInTouch {
        /// The day it counts from: the last day in touch, or the day the
        /// cadence was set when nothing happened since (`set`).
        last: NaiveDate,
        /// Whether `last` is the day the cadence was set rather than a day
        /// in touch.
        #[serde(default)]
        set: bool,
        /// Aim for every this many days.
        ideal_days: u32,
        /// At most this many.
        max_days: u32,
    },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::ThankYouDue { met, within_hours, by } => write!(
                f,
                "met on {met}; a thank-you is due within {within_hours} hours, by {}",
                by.format("%Y-%m-%d %H:%M %:z")
            ),
            Reason::NoReply { since, business_days, number, of } => write!(
                f,
                "no reply since {since} ({business_days} business days); follow-up {number} of {of}"
            ),
            Reason::FollowUpsExhausted { follow_ups, last } => write!(
                f,
                "no reply after {follow_ups} follow-ups, the last on {last}; record no response and move on"
            ),
            Reason::Referred { by_name, on, within_business_days, .. } => write!(
                f,
                "{by_name} referred you on {on}; you have not contacted them yet (aim for within {within_business_days} business days)"
            ),
            Reason::Meeting { start, place } => write!(
                f,
                "meeting at {}{}: read the brief",
                start.format("%Y-%m-%d %H:%M %:z"),
                place.as_deref().map(|p| format!(", {p}")).unwrap_or_default()
            ),
            Reason::Declined { on, after_days } => write!(
                f,
                "declined on {on}; {after_days} days on, a short note asking again is welcome"
            ),
            Reason::RepliedNoMeeting { replied, nudge: false } => write!(
                f,
                "replied on {replied} and no meeting is set: propose two or three times"
            ),
            Reason::RepliedNoMeeting { replied, nudge: true } => write!(
                f,
                "replied on {replied}, a week or more ago, and no meeting is set: a short, friendly nudge with times"
            ),
            Reason::KeepInTouch { last, set: false, ideal_days, max_days } => write!(
                f,
                "last in touch on {last}; aim for every {ideal_days} days, at most {max_days}"
            ),
            Reason::KeepInTouch { last, set: true, ideal_days, max_days } => write!(
                f,
                "not in touch since you set this cadence on {last}; aim for every {ideal_days} days, at most {max_days}"
            ),
        }
    }
}

/// The actions due on `today` or before, overdue first.
///
/// # Arguments
/// - `network`: the contacts and their journals.
/// - `options`: the follow-up rules.
/// - `today`: the date to plan for (the library never reads the clock).
///
/// # Returns
/// Every action that can be done today: due on or before `today` (and
/// meetings of today and tomorrow), each with its deadline
/// ([`Action::deadline`]; overdue after it), sorted overdue first, then by
/// due date, kind and contact. Each carries its reason. Rules:
/// - a **thank-you** is due from the day of a meeting held, by 24 hours
///   after it (counted on the instant, shown in the profile's zone);
/// - a **follow-up** is due N business days (5) after the last request or
///   follow-up without a reply, at most M times (2); after that the contact
///   **goes quiet**;
/// - a reply with no meeting set asks to **schedule the meeting** a
///   business day later (by the next), and for a nudge after a week;
/// - a **referral** not yet contacted is due within 2 business days;
/// - a **keep-in-touch** cadence is due `ideal_days` after the later of
///   the last real interaction (any entry but notes) and the day the
///   cadence was set ([`Cadence::since`](crate::Cadence::since)), and
///   overdue after `max_days`.
///
/// # Errors
/// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a
/// `today` outside the years 1000–9999.
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
/// let actions = plan(&net, &PlanOptions::default(), today)?;
/// assert_eq!(actions[0].kind, ActionKind::FollowUp);
/// assert!(actions[0].overdue); // due Friday 27 February
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn plan(network: &Network, options: &PlanOptions, today: NaiveDate) -> Result<Vec<Action>> {
    crate::model::check_today(today)?;
    let mut actions = Vec::new();
    // `late`: the date after which the action is overdue (usually `due`).
    let mut push = |kind, contact: ContactId, due: NaiveDate, late: NaiveDate, reason: Reason| {
        actions.push(Action {
            kind,
            contact,
            name: network
                .contact(contact)
                .map_or_else(String::new, |c| c.name.clone()),
            due,
            deadline: late.max(due),
            overdue: late < today,
            reason,
        });
    };
    // Moments as the job seeker reads them: in the profile's time zone
    // (the one it has now, not the one an entry was recorded in).
    let zone = network
        .profile()
        .timezone
        .as_deref()
        .and_then(|z| crate::Zone::parse(z).ok());
    let local = |at: DateTime<FixedOffset>| zone.map_or(at, |z| z.local(at));
    let referred: std::collections::HashMap<ContactId, (ContactId, NaiveDate)> = network
        .referrals()
        .into_iter()
        .map(|r| (r.to, (r.from, local(r.at).date_naive())))
        .collect();

    let empty = crate::pipeline::Summary::default();
    for (id, c) in network.contacts() {
        let stage = network.stage(id);
        let summary = network.summary(id).unwrap_or(&empty);
        // Thank-you after a meeting held.
        if stage == Stage::Met {
            if let Some(instant) = summary.last_held {
                let held = local(instant);
                // The hours are counted on the instant, then shown in the
                // zone: across a daylight-saving change the offset moves.
                let due_at = local(
                    instant
                        .checked_add_signed(Duration::hours(i64::from(
                            options.thank_you_within_hours,
                        )))
                        .unwrap_or(instant),
                );
                // Due now, the day of the meeting; late when its hours
                // have run out.
                push(
                    ActionKind::ThankYou,
                    id,
                    held.date_naive(),
                    due_at.date_naive(),
                    Reason::ThankYouDue {
                        met: held.date_naive(),
                        within_hours: options.thank_you_within_hours,
                        by: due_at,
                    },
                );
            }
        }
        // Follow-ups on an unanswered request.
        // (Not while in touch since the request: log their reply.)
        if stage == Stage::Requested && !summary.in_touch_since_ask {
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
                            Reason::NoReply {
                                since: last,
                                business_days: options.follow_up_after_business_days,
                                number: follow_ups + 1,
                                of: options.max_follow_ups,
                            },
                        );
                    } else {
                        push(
                            ActionKind::GoQuiet,
                            id,
                            due,
                            due,
                            Reason::FollowUpsExhausted { follow_ups, last },
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
                    Reason::Referred {
                        by: *from,
                        by_name: who,
                        on: *on,
                        within_business_days: options.contact_referral_within_business_days,
                    },
                );
            }
        }
        // They replied and no meeting is set: schedule it after a day,
        // nudge after a week.
        if stage == Stage::Replied {
            if let Some(replied) = summary.replied_on {
                let due = add_business_days(replied, 1);
                let week = replied
                    .checked_add_days(chrono::Days::new(7))
                    .unwrap_or(NaiveDate::MAX);
                // The same action all along (its days do not move); after
                // a week its reason asks for a nudge.
                push(
                    ActionKind::ScheduleMeeting,
                    id,
                    due,
                    add_business_days(replied, 2),
                    Reason::RepliedNoMeeting {
                        replied,
                        nudge: week <= today,
                    },
                );
            }
        }
        // A meeting today or tomorrow.
        if let Some(m) = network.scheduled_meeting(id) {
            let start = local(m.start);
            let day = start.date_naive();
            let tomorrow = today.succ_opt().unwrap_or(today);
            if day >= today && day <= tomorrow {
                push(
                    ActionKind::Prepare,
                    id,
                    day,
                    day,
                    Reason::Meeting {
                        start,
                        place: m.place.clone(),
                    },
                );
            }
        }
        // A polite re-contact months after a decline.
        if stage == Stage::Declined && options.recontact_after_days > 0 {
            if let Some(on) = summary.declined_on {
                let due = on
                    .checked_add_days(chrono::Days::new(u64::from(options.recontact_after_days)))
                    .unwrap_or(NaiveDate::MAX);
                let late = due.checked_add_days(chrono::Days::new(30)).unwrap_or(due);
                push(
                    ActionKind::Recontact,
                    id,
                    due,
                    late,
                    Reason::Declined {
                        on,
                        after_days: options.recontact_after_days,
                    },
                );
            }
        }
        // Keep in touch.
        if stage != Stage::Requested && (c.cadence.is_some() || !c.tags.is_empty()) {
            if let Some(cadence) = network.cadence(id) {
                // From the later of the last interaction and the day the
                // cadence was set.
                // A contact added after the cadence was set (a tag's)
                // counts from the day it was added.
                let since = cadence.since.map(|s| s.max(c.created));
                let set = since.is_some_and(|s| summary.last_interaction.is_none_or(|l| s > l));
                let last = match (summary.last_interaction, since) {
                    (Some(l), Some(s)) => l.max(s),
                    (Some(l), None) => l,
                    (None, Some(s)) => s,
                    (None, None) => c.created,
                };
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
                        Reason::KeepInTouch {
                            last,
                            set,
                            ideal_days: cadence.ideal_days,
                            max_days: cadence.max_days,
                        },
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
    Ok(actions)
}
