//! The tie-strength model for the job seeker's own ties.

use crate::id::ContactId;
use crate::network::Network;
use crate::ties::Party;
use chrono::NaiveDate;

/// The strength of a tie between two contacts when none is recorded: an
/// acquaintance of unknown closeness.
pub const DEFAULT_TIE_STRENGTH: f64 = 0.5;

/// The window for intensity, in days.
const INTENSITY_WINDOW: i64 = 90;

/// How strong the job seeker's tie to a contact is, in (0, 1].
///
/// An explicit strength on the recorded tie wins. Otherwise the model
/// combines five signals computed from the journal, after Gilbert and
/// Karahalios, *Predicting tie strength with social media* (CHI 2009), whose
/// strongest predictors were recency, intensity and intimacy, and the
/// recency/frequency "relationship strength" scores of relationship-
/// intelligence tools such as Affinity:
///
/// | signal | measure | weight |
/// |---|---|---|
/// | recency | `exp(-days since the last real interaction / 90)` | 0.30 |
/// | intensity | `1 - exp(-x / 3)`, `x` = interactions in the last 90 days, a meeting counting 3, a message 1 | 0.25 |
/// | reciprocity | answers received / requests and follow-ups sent (0.5 when none sent) | 0.15 |
/// | duration | `1 - exp(-days known / 365)` | 0.15 |
/// | structure | `1 - exp(-mutual connections / 5)` | 0.15 |
///
/// strength = 0.05 + 0.95 × the weighted sum, so every tie is above 0.
/// A pure function of the data and `today`.
///
/// # Arguments
/// - `network`: the ties and the journal.
/// - `contact`: the other end of the job seeker's tie.
/// - `today`: the date the strength is for.
///
/// # Returns
/// The strength, or `None` when the contact does not exist.
///
/// # Complexity
/// O(the contact's journal + their degree).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let priya = net.resolve_contact("Priya Raman")?;
/// let jordan = net.resolve_contact("Jordan Lee")?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let met = inroads::tie_strength(&net, priya, today).unwrap();
/// let never = inroads::tie_strength(&net, jordan, today).unwrap();
/// assert!(met > never);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn tie_strength(
    network: &Network,
    contact: ContactId,
    today: NaiveDate,
) -> crate::Result<Option<f64>> {
    crate::model::check_today(today)?;
    if network.contact(contact).is_none() {
        return Ok(None);
    }
    if let Some(s) = network
        .tie(Party::Me, Party::Contact(contact))
        .and_then(|t| t.strength)
    {
        return Ok(Some(s));
    }
    let g = network.graph()?;
    let mine = super::my_ties(network, g, today);
    let mutuals = g.node(contact).map_or(0, |v| {
        let mut m = 0;
        g.for_each_neighbor(v, |x, _| {
            if x != 0 && mine.contains_key(&x) {
                m += 1;
            }
        });
        m
    });
    Ok(Some(model(network, contact, today, mutuals)))
}

/// The model itself, given the number of mutual connections.
pub(crate) fn model(
    network: &Network,
    contact: ContactId,
    today: NaiveDate,
    mutuals: usize,
) -> f64 {
    let Some(c) = network.contact(contact) else {
        return DEFAULT_TIE_STRENGTH;
    };
    let summary = network.summary(contact);
    let last = summary
        .and_then(|s| s.last_interaction)
        .unwrap_or(c.created);
    let days_since = (today - last).num_days().max(0) as f64;
    let recency = (-days_since / 90.0).exp();
    let recent: f64 = summary.map_or(0.0, |s| {
        s.interactions
            .iter()
            .filter(|(d, _)| {
                let age = (today - *d).num_days();
                (0..=INTENSITY_WINDOW).contains(&age)
            })
            .map(|(_, w)| f64::from(*w))
            .sum()
    });
    let intensity = 1.0 - (-recent / 3.0).exp();
    let reciprocity = match summary {
        Some(s) if s.asked > 0 => (f64::from(s.answered) / f64::from(s.asked)).min(1.0),
        _ => 0.5,
    };
    let known = (today - c.created).num_days().max(0) as f64;
    let duration = 1.0 - (-known / 365.0).exp();
    let structure = 1.0 - (-(mutuals as f64) / 5.0).exp();
    let sum =
        0.30 * recency + 0.25 * intensity + 0.15 * reciprocity + 0.15 * duration + 0.15 * structure;
    (0.05 + 0.95 * sum).clamp(0.05, 1.0)
}
