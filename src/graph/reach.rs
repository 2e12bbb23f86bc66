//! Reach: how many people the job seeker can get to, and where they are.

use super::{my_ties, GraphIndex};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What [`reach`] found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reach {
    /// Contacts within the hop limit (the job seeker not counted).
    pub total: usize,
    /// Contacts at exactly each distance: `"1"`, `"2"`, … → count.
    pub by_distance: BTreeMap<String, usize>,
    /// Contacts reached per company, most first (then by name).
    pub by_company: Vec<(String, usize)>,
    /// Contacts reached per industry, most first.
    pub by_industry: Vec<(String, usize)>,
    /// Contacts reached per career field code, most first.
    pub by_field: Vec<(String, usize)>,
}

/// Breadth-first distances from the job seeker, up to `hops` (`u8::MAX`
/// means unreached). Index = graph node.
pub(crate) fn distances(net: &Network, g: &GraphIndex, hops: u32, today: NaiveDate) -> Vec<u8> {
    let n = g.node_count();
    let mut dist = vec![u8::MAX; n];
    if let Some(d) = dist.first_mut() {
        *d = 0;
    }
    let limit = hops.min(254);
    let mut frontier: Vec<u32> = Vec::new();
    for v in my_ties(net, g, today).into_keys() {
        if let Some(d) = dist.get_mut(v as usize) {
            if *d == u8::MAX && limit >= 1 {
                *d = 1;
                frontier.push(v);
            }
        }
    }
    frontier.sort_unstable();
    let mut level = 1u8;
    let mut next: Vec<u32> = Vec::new();
    while !frontier.is_empty() && u32::from(level) < limit {
        level += 1;
        for &u in &frontier {
            g.for_each_neighbor(u, |v, _| {
                if let Some(d) = dist.get_mut(v as usize) {
                    if *d == u8::MAX {
                        *d = level;
                        next.push(v);
                    }
                }
            });
        }
        std::mem::swap(&mut frontier, &mut next);
        next.clear();
    }
    dist
}

/// The contacts the job seeker can reach within `hops` hops, counted by
/// distance, company, industry and field.
///
/// # Arguments
/// - `network`: the ties and the journal (the job seeker's own ties include
///   every contact who ever answered).
/// - `hops`: the hop limit (`u32::MAX` for all distances).
/// - `today`: the date the job seeker's ties are taken for.
///
/// # Returns
/// [`Reach`]: the total, and counts by distance, company, industry and
/// field (ties broken by name, so the output is stable).
///
/// # Complexity
/// One breadth-first search: O(nodes + edges reached), memory one byte per
/// node.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{reach, Party, Tie};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let jordan = net.resolve_contact("Jordan Lee")?;
/// let tom = net.resolve_contact("Tom Okafor")?;
/// net.set_tie(Tie::between(Party::Me, Party::Contact(jordan)))?;
/// net.set_tie(Tie::between(Party::Contact(jordan), Party::Contact(tom)))?;
/// let r = reach(&net, u32::MAX, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
/// assert_eq!(r.total, 2);
/// assert_eq!(r.by_distance["1"], 1);
/// assert_eq!(r.by_distance["2"], 1);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn reach(network: &Network, hops: u32, today: NaiveDate) -> Reach {
    let g = network.graph();
    let dist = distances(network, g, hops, today);
    let mut by_distance: BTreeMap<u8, usize> = BTreeMap::new();
    let mut company: BTreeMap<u32, usize> = BTreeMap::new();
    let mut industry: BTreeMap<u32, usize> = BTreeMap::new();
    let mut field: BTreeMap<u8, usize> = BTreeMap::new();
    let mut total = 0;
    for (node, &d) in dist.iter().enumerate().skip(1) {
        if d == u8::MAX {
            continue;
        }
        total += 1;
        *by_distance.entry(d).or_default() += 1;
        let node = node as u32;
        if let Some(&c) = g.company.get(node as usize) {
            if c != super::NONE {
                *company.entry(c).or_default() += 1;
            }
        }
        if let Some(&i) = g.industry.get(node as usize) {
            if i != super::NONE {
                *industry.entry(i).or_default() += 1;
            }
        }
        if let Some(f) = g.field_of(node) {
            *field.entry(f).or_default() += 1;
        }
    }
    let named = |counts: Vec<(String, usize)>| {
        let mut v = counts;
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    Reach {
        total,
        by_distance: by_distance
            .into_iter()
            .map(|(d, n)| (d.to_string(), n))
            .collect(),
        by_company: named(
            company
                .into_iter()
                .filter_map(|(i, n)| {
                    let id = g.companies.get(i as usize)?;
                    Some((network.company(*id)?.name.clone(), n))
                })
                .collect(),
        ),
        by_industry: named(
            industry
                .into_iter()
                .filter_map(|(i, n)| {
                    let id = g.industries.get(i as usize)?;
                    Some((network.industry(*id)?.name.clone(), n))
                })
                .collect(),
        ),
        by_field: named(
            field
                .into_iter()
                .map(|(f, n)| (format!("{f:02}"), n))
                .collect(),
        ),
    }
}
