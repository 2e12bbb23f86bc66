//! Coverage: for each target, who the job seeker can reach there.

use super::reach::distances;
use crate::catalog::FieldCode;
use crate::id::{CompanyId, IndustryId};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;

/// What kind of target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// A target industry of the profile.
    Industry,
    /// A target career field of the profile.
    Field,
    /// A company in a target industry (every company when none is targeted).
    Company,
}

/// One target's coverage.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TargetCoverage {
    /// What kind of target.
    pub kind: TargetKind,
    /// Its name (a field's code and name).
    pub name: String,
    /// Contacts there at distance 1, 2 and 3 from the job seeker.
    pub at_distance: [usize; 3],
    /// Contacts there at all, reachable or not.
    pub contacts: usize,
}

/// What [`coverage`] found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Coverage {
    /// Every target, industries first, then fields, then companies.
    pub targets: Vec<TargetCoverage>,
    /// The targets with nobody within three hops: where to start networking.
    pub gaps: Vec<String>,
}

/// For each target industry, field and company: the contacts there at
/// distance 1, 2 and 3 from the job seeker, and the targets with nobody.
///
/// # Arguments
/// - `network`: the profile's targets, the contacts and the ties.
/// - `today`: the date the job seeker's ties are taken for.
///
/// # Returns
/// [`Coverage`]; targets are the profile's target industries and fields,
/// and the companies in the target industries (all companies when no
/// industry is targeted).
///
/// # Complexity
/// One breadth-first search to depth 3 plus one pass over the contacts.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let c = inroads::coverage(&net, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// let museum = c.targets.iter().find(|t| t.name == "Harbourfront Museum").unwrap();
/// assert_eq!(museum.at_distance[0], 1); // Tom, met in February
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn coverage(network: &Network, today: NaiveDate) -> crate::Result<Coverage> {
    crate::model::check_today(today)?;
    let g = network.graph()?;
    let dist = distances(network, g, 3, today);
    let profile = network.profile();
    let industries: Vec<IndustryId> = profile.target_industries.clone();
    let fields: Vec<FieldCode> = profile.target_fields.clone();
    let companies: Vec<CompanyId> = network
        .companies()
        .filter(|(_, c)| {
            industries.is_empty() || c.industry.is_some_and(|i| industries.contains(&i))
        })
        .map(|(id, _)| id)
        .collect();
    let mut rows: Vec<TargetCoverage> = Vec::new();
    let mut count = |kind: TargetKind, name: String, member: &dyn Fn(u32) -> bool| {
        let mut at = [0usize; 3];
        let mut contacts = 0;
        for node in 1..g.node_count() as u32 {
            if !member(node) {
                continue;
            }
            contacts += 1;
            if let Some(&d) = dist.get(node as usize) {
                if (1..=3).contains(&d) {
                    if let Some(slot) = at.get_mut(usize::from(d) - 1) {
                        *slot += 1;
                    }
                }
            }
        }
        rows.push(TargetCoverage {
            kind,
            name,
            at_distance: at,
            contacts,
        });
    };
    for i in &industries {
        let name = network
            .industry(*i)
            .map_or_else(|| i.to_string(), |x| x.name.clone());
        count(TargetKind::Industry, name, &|n| {
            g.industry_of(n) == Some(*i)
        });
    }
    for f in &fields {
        let code = f.get();
        count(TargetKind::Field, f.to_string(), &|n| {
            g.field_of(n) == Some(code)
        });
    }
    for k in &companies {
        let name = network
            .company(*k)
            .map_or_else(|| k.to_string(), |x| x.name.clone());
        count(TargetKind::Company, name, &|n| g.company_of(n) == Some(*k));
    }
    let gaps = rows
        .iter()
        .filter(|r| r.at_distance.iter().all(|n| *n == 0))
        .map(|r| r.name.clone())
        .collect();
    Ok(Coverage {
        targets: rows,
        gaps,
    })
}
