//! iCalendar: meetings as events, what is due as to-dos (the `icalendar` crate).

use crate::journal::Meeting;
use crate::network::Network;
use crate::plan::{plan, ActionKind, PlanOptions};
use chrono::{Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Todo, Trigger};

/// The meetings and what is due, as an iCalendar file for the job
/// seeker's own calendar.
///
/// - Every meeting held or scheduled is a `VEVENT`: start (in UTC; the
///   local time with its offset is in the description), `DURATION`,
///   `LOCATION`, the contact as `ATTENDEE`, and a display alarm an hour
///   before.
/// - Thank-yous, follow-ups, referrals to contact and keep-in-touch
///   reminders due on or before `today` (see [`plan`](crate::plan())) are
///   `VTODO`s with their due date.
/// - UIDs are derived from the record (`meeting-CONTACT-N@inroads`, N
///   counting that contact's meetings; `thank-you-CONTACT-DUE@inroads`),
///   so importing a newer export updates events instead of duplicating
///   them; `DTSTAMP` is derived from the record too (the meeting's start,
///   the to-do's due date), so the same input gives the same bytes.
///
/// ```
/// use chrono::NaiveDate;
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let ics = inroads::export_ics(&net, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// assert!(ics.contains("BEGIN:VEVENT") && ics.contains("BEGIN:VTODO"));
/// assert_eq!(ics, inroads::export_ics(&net, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?);
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a
/// `today` outside the years 1000–9999.
pub fn export_ics(network: &Network, today: NaiveDate) -> crate::Result<String> {
    let actions = plan(network, &PlanOptions::default(), today)?;
    let mut cal = Calendar::new();
    cal.name("inroads: informational interviews");
    let mut meetings: Vec<(crate::ContactId, Meeting, bool)> = network
        .held_meetings()
        .into_iter()
        .map(|(c, m, _)| (c, m, true))
        .collect();
    meetings.extend(
        network
            .scheduled_meetings()
            .into_iter()
            .map(|(c, m)| (c, m.clone(), false)),
    );
    // Each contact's meetings are numbered in time order (the UIDs stay
    // as they were); the calendar lists them by start.
    meetings.sort_by_key(|(c, m, _)| (*c, m.start));
    let mut count: std::collections::HashMap<crate::ContactId, usize> = Default::default();
    let mut numbered: Vec<(crate::ContactId, Meeting, bool, usize)> = meetings
        .into_iter()
        .map(|(c, m, held)| {
            let n = count.entry(c).or_default();
            *n += 1;
            (c, m, held, *n)
        })
        .collect();
    numbered.sort_by_key(|(c, m, _, n)| (m.start, *c, *n));
    for (contact, m, held, n) in numbered {
        let Some(c) = network.contact(contact) else {
            continue;
        };
        let start = m.start.with_timezone(&Utc);
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("meeting-{}-{}@inroads", contact.get(), n))
            .timestamp(start)
            .summary(&format!(
                "Informational interview with {}",
                crate::io::clean_line(&c.name)
            ))
            .description(&format!(
                "{} minutes, {} local time{}",
                m.minutes,
                m.start.format("%Y-%m-%d %H:%M %:z"),
                if held { "; held" } else { "" }
            ))
            .starts(start)
            .add_property("DURATION", format!("PT{}M", m.minutes));
        if let Some(p) = &m.place {
            event.location(&crate::io::clean_line(p));
        }
        if let Some(e) = c.emails.first() {
            event.add_property("ATTENDEE", format!("mailto:{e}"));
        }
        // Every component gets its UID and DTSTAMP from the record: the
        // icalendar crate would otherwise fill them from the clock and a
        // random UUID.
        let mut alarm = Alarm::display(
            &format!(
                "Informational interview with {} in an hour",
                crate::io::clean_line(&c.name)
            ),
            Trigger::before_start(Duration::hours(1)),
        );
        alarm
            .uid(&format!("alarm-{}-{}@inroads", contact.get(), n))
            .timestamp(start);
        event.alarm(alarm.done());
        cal.push(event.done());
    }
    for a in actions {
        if a.kind == ActionKind::Prepare {
            continue;
        }
        let kind = a.kind.as_str();
        let stamp = a
            .due
            .and_hms_opt(9, 0, 0)
            .map(|d| d.and_utc())
            .unwrap_or_default();
        let mut todo = Todo::new();
        todo.uid(&format!("{kind}-{}-{}@inroads", a.contact.get(), a.due))
            .timestamp(stamp)
            .summary(&format!(
                "{}: {}",
                capitalise(a.kind.label()),
                crate::io::clean_line(&a.name)
            ))
            .description(&crate::io::clean_line(&a.reason.to_string()))
            .starts(a.due)
            .due(a.deadline);
        cal.push(todo.done());
    }
    Ok(cal.done().to_string())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
