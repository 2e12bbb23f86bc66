//! Funnel statistics: how the search is going.

use crate::journal::Event;
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;

/// The funnel over a date range (both ends included; `None` is open).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Funnel {
    /// The first day counted.
    pub from: Option<NaiveDate>,
    /// The last day counted.
    pub to: Option<NaiveDate>,
    /// Meeting requests sent.
    pub requests_sent: usize,
    /// Of those, how many got an answer (a reply, a meeting, or a no).
    pub requests_answered: usize,
    /// `requests_answered / requests_sent`.
    pub reply_rate: Option<f64>,
    /// Meetings held.
    pub meetings_held: usize,
    /// Referrals received.
    pub referrals: usize,
    /// `referrals / meetings_held`.
    pub referrals_per_meeting: Option<f64>,
    /// Job leads learned.
    pub leads: usize,
    /// `leads / meetings_held`.
    pub leads_per_meeting: Option<f64>,
    /// The median number of days from a contact's first request to their
    /// meeting, over meetings held in the range.
    pub median_days_request_to_meeting: Option<f64>,
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| (a as f64 / b as f64 * 100.0).round() / 100.0)
}

/// Computes the funnel over `[from, to]` (by the local date of each entry).
///
/// # Returns
/// Counts and rates; a rate is `None` when its denominator is zero.
///
/// # Errors
/// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) when `from`
/// is after `to` (an empty range is a mistake, not a zero).
///
/// # Complexity
/// O(journal entries).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let f = inroads::funnel(&net, None, None)?;
/// assert!(f.requests_sent >= 3);
/// assert_eq!(f.meetings_held, 2);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn funnel(
    network: &Network,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> crate::Result<Funnel> {
    for (field, day) in [("from", from), ("to", to)] {
        if let Some(d) = day {
            crate::model::check_date(field, d)?;
        }
    }
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(crate::Error::invalid(
                "date range",
                format!("{f} to {t}"),
                "--from is after --to",
            ));
        }
    }
    let within = |d: NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t);
    let (mut requests, mut answered, mut held, mut referrals, mut leads) = (0, 0, 0, 0, 0);
    let mut days: Vec<i64> = Vec::new();
    for (id, _) in network.contacts() {
        let entries = network.entries(id);
        let mut first_request: Option<NaiveDate> = None;
        for (i, (_, e)) in entries.iter().enumerate() {
            let d = e.at.date_naive();
            match e.event {
                Event::RequestSent { .. } => {
                    first_request.get_or_insert(d);
                    if within(d) {
                        requests += 1;
                        let next_answer =
                            entries.iter().skip(i + 1).find_map(|(_, n)| match n.event {
                                Event::ReplyReceived
                                | Event::Declined
                                | Event::MeetingScheduled { .. } => Some(true),
                                Event::RequestSent { .. } => Some(false),
                                _ => None,
                            });
                        if next_answer == Some(true) {
                            answered += 1;
                        }
                    }
                }
                Event::MeetingHeld if within(d) => {
                    held += 1;
                    if let Some(r) = first_request {
                        days.push((d - r).num_days());
                    }
                }
                Event::ReferralReceived { .. } if within(d) => referrals += 1,
                Event::LeadLearned { .. } if within(d) => leads += 1,
                _ => {}
            }
        }
    }
    days.sort_unstable();
    let median = match days.len() {
        0 => None,
        n if n % 2 == 1 => days.get(n / 2).map(|d| *d as f64),
        n => match (days.get(n / 2 - 1), days.get(n / 2)) {
            (Some(a), Some(b)) => Some((*a + *b) as f64 / 2.0),
            _ => None,
        },
    };
    Ok(Funnel {
        from,
        to,
        requests_sent: requests,
        requests_answered: answered,
        reply_rate: ratio(answered, requests),
        meetings_held: held,
        referrals,
        referrals_per_meeting: ratio(referrals, held),
        leads,
        leads_per_meeting: ratio(leads, held),
        median_days_request_to_meeting: median,
    })
}
