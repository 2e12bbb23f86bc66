//! Reach: how many people the job seeker can get to, and where they are.

use super::{my_ties, GraphIndex};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What [`reach`] found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
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
///
/// Direction-optimising (Beamer, Asanović and Patterson, SC 2012): a level
/// is expanded top-down (edges out of the frontier) while the frontier is
/// small, and bottom-up (each unvisited node looks for a parent in the
/// frontier, stopping at the first) once the frontier's edges outnumber a
/// fourteenth of the unvisited nodes' edges and the frontier holds more
/// than a quarter as many nodes as remain unvisited (so most unvisited
/// nodes find a parent after a few looks).
pub(crate) fn distances(net: &Network, g: &GraphIndex, hops: u32, today: NaiveDate) -> Vec<u8> {
    const ALPHA: usize = 14;
    const BETA: usize = 4;
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
    let mut unvisited_edges = g
        .edge_count()
        .saturating_sub(
            frontier
                .iter()
                .map(|v| g.snapshot_degree(*v))
                .sum::<usize>(),
        )
        .saturating_sub(g.snapshot_degree(0));
    let mut unvisited_nodes = n.saturating_sub(1 + frontier.len());
    let mut level = 1u8;
    let mut next: Vec<u32> = Vec::with_capacity(n);
    while !frontier.is_empty() && u32::from(level) < limit {
        let previous = level;
        level += 1;
        let frontier_edges: usize = frontier.iter().map(|v| g.snapshot_degree(*v)).sum();
        if frontier_edges > unvisited_edges / ALPHA && frontier.len() * BETA > unvisited_nodes {
            // Bottom-up: every unvisited node looks for a parent.
            for v in 1..n as u32 {
                if dist.get(v as usize).copied() != Some(u8::MAX) {
                    continue;
                }
                if g.any_neighbor(v, |u| dist.get(u as usize).copied() == Some(previous)) {
                    next.push(v);
                }
            }
            for &v in &next {
                if let Some(d) = dist.get_mut(v as usize) {
                    *d = level;
                }
            }
        } else {
            for &u in &frontier {
                let mut visit = |v: u32| {
                    if let Some(d) = dist.get_mut(v as usize) {
                        if *d == u8::MAX {
                            *d = level;
                            next.push(v);
                        }
                    }
                };
                match g.clean_neighbors(u) {
                    Some(vs) => vs.iter().for_each(|v| visit(*v)),
                    None => g.for_each_neighbor(u, |v, _| visit(v)),
                }
            }
        }
        unvisited_edges = unvisited_edges
            .saturating_sub(next.iter().map(|v| g.snapshot_degree(*v)).sum::<usize>());
        unvisited_nodes = unvisited_nodes.saturating_sub(next.len());
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
/// One direction-optimising breadth-first search: O(nodes + edges) at
/// worst, far fewer edges in practice (the bottom-up levels stop at the
/// first parent found); memory one byte per node.
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
/// let r = reach(&net, u32::MAX, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// assert_eq!(r.total, 2);
/// assert_eq!(r.by_distance["1"], 1);
/// assert_eq!(r.by_distance["2"], 1);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn reach(network: &Network, hops: u32, today: NaiveDate) -> crate::Result<Reach> {
    let g = network.graph()?;
    let dist = distances(network, g, hops, today);
    let mut by_distance = [0usize; 256];
    let mut company = vec![0usize; g.companies.len()];
    let mut industry = vec![0usize; g.industries.len()];
    let mut field = [0usize; 256];
    let mut total = 0;
    for (node, &d) in dist.iter().enumerate().skip(1) {
        if d == u8::MAX {
            continue;
        }
        total += 1;
        if let Some(slot) = by_distance.get_mut(usize::from(d)) {
            *slot += 1;
        }
        if let Some(slot) = g
            .company
            .get(node)
            .and_then(|c| company.get_mut(*c as usize))
        {
            *slot += 1;
        }
        if let Some(slot) = g
            .industry
            .get(node)
            .and_then(|i| industry.get_mut(*i as usize))
        {
            *slot += 1;
        }
        if let Some(slot) = g
            .field
            .get(node)
            .filter(|f| **f != 255)
            .and_then(|f| field.get_mut(usize::from(*f)))
        {
            *slot += 1;
        }
    }
    let named = |counts: Vec<(String, usize)>| {
        let mut v = counts;
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    Ok(Reach {
        total,
        by_distance: by_distance
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(d, n)| (d.to_string(), *n))
            .collect(),
        by_company: named(
            company
                .iter()
                .zip(&g.companies)
                .filter(|(n, _)| **n > 0)
                .filter_map(|(n, id)| Some((network.company(*id)?.name.clone(), *n)))
                .collect(),
        ),
        by_industry: named(
            industry
                .iter()
                .zip(&g.industries)
                .filter(|(n, _)| **n > 0)
                .filter_map(|(n, id)| Some((network.industry(*id)?.name.clone(), *n)))
                .collect(),
        ),
        by_field: named(
            field
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(f, n)| (format!("{f:02}"), *n))
                .collect(),
        ),
    })
}
