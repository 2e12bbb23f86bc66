//! Reach: how many people the job seeker can get to, and where they are.

use super::{my_ties, GraphIndex};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What [`reach`] found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reach {
    /// Contacts within the hop limit (the job seeker not counted).
    pub total: usize,
    /// Contacts at exactly each distance (1, 2, …) → count.
    pub by_distance: BTreeMap<u8, usize>,
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
/// - `hops`: the hop limit, 1 to [`Hops::MAX`] (254).
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
/// let r = reach(&net, inroads::Hops::MAX, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// assert_eq!(r.total, 2);
/// assert_eq!(r.by_distance[&1], 1);
/// assert_eq!(r.by_distance[&2], 1);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn reach(network: &Network, hops: Hops, today: NaiveDate) -> crate::Result<Reach> {
    crate::model::check_today(today)?;
    let g = network.graph()?;
    let dist = distances(network, g, u32::from(hops.get()), today);
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
            .map(|(d, n)| (u8::try_from(d).unwrap_or(u8::MAX), *n))
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

/// A hop limit for [`reach`]: from 1 to [`Hops::MAX`] (254) steps from the
/// job seeker. Bounded by construction: a larger number is refused by
/// [`Hops::new`], never silently capped.
///
/// ```
/// use inroads::Hops;
/// assert_eq!(Hops::new(3)?.get(), 3);
/// assert_eq!("all".parse::<Hops>()?, Hops::MAX);
/// assert!(Hops::new(0).is_err());
/// assert!(Hops::new(255).is_err());
/// # Ok::<(), inroads::Error>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "u32", into = "u8")]
pub struct Hops(u8);

impl Hops {
    /// The largest limit: 254 hops (farther contacts are not counted).
    pub const MAX: Hops = Hops(254);

    /// A limit of `n` hops.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for 0 or
    /// more than 254.
    pub fn new(n: u32) -> crate::Result<Hops> {
        match u8::try_from(n) {
            Ok(h) if (1..=Hops::MAX.0).contains(&h) => Ok(Hops(h)),
            _ => Err(crate::Error::invalid(
                "hop limit",
                n.to_string(),
                "must be from 1 to 254 (or `all`)",
            )),
        }
    }

    /// The limit as a number.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for Hops {
    /// Three hops: friends of friends of friends.
    fn default() -> Self {
        Hops(3)
    }
}

impl TryFrom<u32> for Hops {
    type Error = crate::Error;
    fn try_from(n: u32) -> crate::Result<Hops> {
        Hops::new(n)
    }
}

impl From<Hops> for u8 {
    fn from(h: Hops) -> u8 {
        h.0
    }
}

impl std::fmt::Display for Hops {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for Hops {
    type Err = crate::Error;
    /// A number from 1 to 254, or `all` for [`Hops::MAX`].
    fn from_str(s: &str) -> crate::Result<Hops> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("all") {
            return Ok(Hops::MAX);
        }
        t.parse::<u32>()
            .map_err(|_| {
                crate::Error::invalid("hop limit", s, "expected a number from 1 to 254, or `all`")
            })
            .and_then(Hops::new)
    }
}
