//! Mutual connections.

use super::my_ties;
use crate::error::{Error, Result};
use crate::id::ContactId;
use crate::network::Network;
use chrono::NaiveDate;

/// The job seeker's connections who also know `contact`.
///
/// # Arguments
/// - `network`: the ties and the journal.
/// - `contact`: the other person.
/// - `today`: the date the job seeker's ties are taken for.
///
/// # Returns
/// The mutual connections, in id order.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown contact.
///
/// # Complexity
/// O(the job seeker's degree + the contact's degree).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{mutual, Party, Tie};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let [jordan, tom, priya] = ["Jordan Lee", "Tom Okafor", "Priya Raman"].map(|n| net.resolve_contact(n).unwrap());
/// net.set_tie(Tie::between(Party::Me, Party::Contact(jordan)))?;
/// net.set_tie(Tie::between(Party::Me, Party::Contact(priya)))?;
/// net.set_tie(Tie::between(Party::Contact(jordan), Party::Contact(tom)))?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// assert_eq!(mutual(&net, tom, today)?, vec![jordan]);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn mutual(network: &Network, contact: ContactId, today: NaiveDate) -> Result<Vec<ContactId>> {
    crate::model::check_today(today)?;
    if network.contact(contact).is_none() {
        return Err(Error::not_found("contact", contact.to_string()));
    }
    let g = network.graph()?;
    let Some(v) = g.node(contact) else {
        return Ok(Vec::new());
    };
    let mine = my_ties(network, g, today);
    let mut out = Vec::new();
    g.for_each_neighbor(v, |x, _| {
        if x != 0 && mine.contains_key(&x) {
            out.extend(g.contact(x));
        }
    });
    out.sort();
    out.dedup();
    Ok(out)
}
