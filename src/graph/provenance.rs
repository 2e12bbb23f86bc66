//! Provenance: how the job seeker came to know a contact.

use crate::error::{Error, Result};
use crate::id::ContactId;
use crate::network::Network;
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// One link of a referral chain.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProvenanceStep {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Who referred the job seeker to them, and when (none for the start).
    pub referred_by: Option<ContactId>,
    /// When.
    pub at: Option<DateTime<FixedOffset>>,
}

/// How the job seeker came to know a contact.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Provenance {
    /// The chain, from the start (someone known directly) to the contact.
    pub chain: Vec<ProvenanceStep>,
    /// How the first person in the chain was met, when recorded.
    pub start: Option<String>,
}

/// The referral chain back to its start: who referred the job seeker to
/// this contact, who referred them to that person, and so on.
///
/// # Arguments
/// - `network`: the journal's referrals.
/// - `contact`: the contact to explain.
///
/// # Returns
/// The chain from its start to `contact` (just `contact` when nobody
/// referred them), with the start's "how met". When several people referred
/// the same contact, the first referral counts. Cycles are cut.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown contact.
///
/// # Complexity
/// O(referrals).
///
/// # Example
/// ```
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let alex = net.resolve_contact("Alex Kim")?;
/// let p = inroads::provenance(&net, alex)?;
/// let names: Vec<_> = p.chain.iter().map(|s| s.name.as_str()).collect();
/// assert_eq!(names, ["Priya Raman", "Alex Kim"]);
/// assert!(p.start.unwrap().contains("alumni"));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn provenance(network: &Network, contact: ContactId) -> Result<Provenance> {
    if network.contact(contact).is_none() {
        return Err(Error::not_found("contact", contact.to_string()));
    }
    let referrals = network.referrals(); // in time order: the first wins
    let first_referral = |to: ContactId| referrals.iter().find(|r| r.to == to);
    let mut chain: Vec<ProvenanceStep> = Vec::new();
    let mut cur = contact;
    loop {
        let by = first_referral(cur);
        chain.push(ProvenanceStep {
            contact: cur,
            name: network
                .contact(cur)
                .map_or_else(String::new, |c| c.name.clone()),
            referred_by: by.map(|r| r.from),
            at: by.map(|r| r.at),
        });
        match by {
            Some(r) if !chain.iter().any(|s| s.contact == r.from) => cur = r.from,
            _ => break,
        }
    }
    chain.reverse();
    let start = chain
        .first()
        .and_then(|s| network.contact(s.contact))
        .and_then(|c| c.how_met.clone());
    Ok(Provenance { chain, start })
}
