//! Issue 23: a day in the job search, right. The plan on the day it
//! matters: a thank-you on the day of the meeting, a cadence that counts
//! from when it was set, a reply that asks for a meeting.

use crate::day;
use chrono::{DateTime, FixedOffset};
use inroads::{
    plan, ActionKind, Cadence, Channel, Contact, ContactEdit, Event, Meeting, Network, PlanOptions,
    Profile, Reason,
};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn kinds(net: &Network, today: chrono::NaiveDate) -> Vec<(ActionKind, bool)> {
    plan(net, &PlanOptions::default(), today)
        .unwrap()
        .iter()
        .map(|a| (a.kind, a.overdue))
        .collect()
}

fn met_friday() -> (Network, inroads::ContactId) {
    let mut net = Network::default();
    let k = net
        .add_contact(Contact::new("Kofi Asante", day(2027, 2, 1)))
        .unwrap();
    let asked = t("2027-02-22T09:00:00-05:00");
    net.log(
        k,
        asked,
        Event::RequestSent {
            channel: Channel::Email,
        },
        "",
    )
    .unwrap();
    net.schedule_meeting(
        k,
        t("2027-02-23T09:00:00-05:00"),
        Meeting {
            start: t("2027-03-05T11:00:00-05:00"),
            minutes: 30,
            place: None,
        },
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    net.log(k, t("2027-03-05T11:30:00-05:00"), Event::MeetingHeld, "")
        .unwrap();
    (net, k)
}

/// Point 1: after a meeting on Friday 5 March at 11:30, the thank-you is
/// on Friday's plan, due by Saturday 11:30 — not first on Saturday.
#[test]
fn the_thank_you_is_on_the_plan_on_the_day_of_the_meeting() {
    let (net, _) = met_friday();
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 5)).unwrap();
    assert_eq!(p.len(), 1, "{p:?}");
    let a = &p[0];
    assert_eq!(a.kind, ActionKind::ThankYou);
    assert_eq!(
        (a.due, a.deadline, a.overdue),
        (day(2027, 3, 5), day(2027, 3, 6), false)
    );
    match &a.reason {
        Reason::ThankYouDue { by, .. } => assert_eq!(*by, t("2027-03-06T11:30:00-05:00")),
        r => panic!("{r:?}"),
    }
    // Still due, not overdue, on the day of its deadline; overdue after.
    assert_eq!(
        kinds(&net, day(2027, 3, 6)),
        [(ActionKind::ThankYou, false)]
    );
    assert_eq!(kinds(&net, day(2027, 3, 7)), [(ActionKind::ThankYou, true)]);
    // Not before the meeting's day.
    assert!(!kinds(&net, day(2027, 3, 4))
        .iter()
        .any(|(k, _)| *k == ActionKind::ThankYou));
}

/// Point 10: the deadline is counted on the instant and shown in the
/// profile's zone, once: across the change to daylight-saving time a
/// meeting at 23:30 -05:00 has its thank-you due at 00:30 -04:00.
#[test]
fn a_deadline_across_daylight_saving_is_shown_in_the_zone() {
    let mut profile = Profile::default();
    profile.timezone = Some("America/Toronto".into());
    let mut net = Network::new(profile).unwrap();
    let a = net
        .add_contact(Contact::new("Ana Ruiz", day(2026, 1, 1)))
        .unwrap();
    net.log(
        a,
        t("2026-03-01T09:00:00-05:00"),
        Event::RequestSent {
            channel: Channel::Email,
        },
        "",
    )
    .unwrap();
    net.schedule_meeting(
        a,
        t("2026-03-02T09:00:00-05:00"),
        Meeting {
            start: t("2026-03-07T23:00:00-05:00"),
            minutes: 30,
            place: None,
        },
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    net.log(a, t("2026-03-07T23:30:00-05:00"), Event::MeetingHeld, "")
        .unwrap();
    let p = plan(&net, &PlanOptions::default(), day(2026, 3, 8)).unwrap();
    let thanks = p.iter().find(|x| x.kind == ActionKind::ThankYou).unwrap();
    assert_eq!(thanks.deadline, day(2026, 3, 9));
    let text = thanks.reason.to_string();
    assert!(text.contains("by 2026-03-09 00:30 -04:00"), "{text}");
    assert!(!text.contains("-05:00"), "{text}");
}

/// Point 3: a 30-day cadence set today for a contact one connected with
/// in 2020 is due in 30 days, not "overdue since 2020"; a real contact
/// after it was set counts from then.
#[test]
fn a_cadence_counts_from_the_day_it_was_set_not_from_connecting() {
    let mut net = Network::default();
    let c = net
        .add_contact(Contact::new("Lena Park", day(2020, 1, 22)))
        .unwrap();
    let mut edit = ContactEdit::default();
    edit.cadence = inroads::Change::Set(Cadence::new(30, 45, Some(day(2026, 12, 6))));
    net.edit_contact(c, &edit).unwrap();
    assert!(kinds(&net, day(2026, 12, 6)).is_empty());
    assert!(kinds(&net, day(2027, 1, 4)).is_empty());
    let p = plan(&net, &PlanOptions::default(), day(2027, 1, 5)).unwrap();
    assert_eq!((p[0].kind, p[0].overdue), (ActionKind::KeepInTouch, false));
    assert_eq!(
        p[0].reason.to_string(),
        "not in touch since you set this cadence on 2026-12-06; aim for every 30 days, at most 45"
    );
    assert_eq!(
        kinds(&net, day(2027, 1, 21)),
        [(ActionKind::KeepInTouch, true)]
    );
    // Without a cadence day (an older file), it counts as before: from
    // the last interaction, else the day the contact was added.
    let old = Cadence::new(30, 45, None);
    assert_eq!(old.since, None);
}

/// Point 4: a contact who replied and has no meeting gets "schedule the
/// meeting" a business day later, and a nudge after a week; scheduling
/// clears it.
#[test]
fn a_reply_without_a_meeting_asks_for_one_then_nudges() {
    let mut net = Network::default();
    let c = net
        .add_contact(Contact::new("Ravi Mehta", day(2027, 1, 1)))
        .unwrap();
    net.log(
        c,
        t("2027-02-22T09:00:00+00:00"),
        Event::RequestSent {
            channel: Channel::Email,
        },
        "",
    )
    .unwrap();
    // Replied on Monday 1 March.
    net.log(c, t("2027-03-01T15:00:00+00:00"), Event::ReplyReceived, "")
        .unwrap();
    assert!(kinds(&net, day(2027, 3, 1)).is_empty());
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 2)).unwrap();
    assert_eq!(
        (p[0].kind, p[0].due, p[0].deadline),
        (
            ActionKind::ScheduleMeeting,
            day(2027, 3, 2),
            day(2027, 3, 3)
        )
    );
    assert_eq!(
        p[0].reason,
        Reason::RepliedNoMeeting {
            replied: day(2027, 3, 1),
            nudge: false
        }
    );
    assert_eq!(
        kinds(&net, day(2027, 3, 4)),
        [(ActionKind::ScheduleMeeting, true)]
    );
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 8)).unwrap();
    assert_eq!(
        p[0].reason,
        Reason::RepliedNoMeeting {
            replied: day(2027, 3, 1),
            nudge: true
        }
    );
    assert!(!p[0].overdue);
    assert!(p[0].reason.to_string().contains("nudge"));
    net.schedule_meeting(
        c,
        t("2027-03-08T10:00:00+00:00"),
        Meeting {
            start: t("2027-03-15T10:00:00+00:00"),
            minutes: 30,
            place: None,
        },
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    assert!(!kinds(&net, day(2027, 3, 8))
        .iter()
        .any(|(k, _)| *k == ActionKind::ScheduleMeeting));
}
