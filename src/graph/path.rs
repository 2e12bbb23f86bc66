//! The warmest introduction path.

use super::{contact_weight, my_ties, target_nodes, GraphIndex};
use crate::catalog::FieldCode;
use crate::error::{Error, Result};
use crate::hash::FastMap;
use crate::id::{CompanyId, ContactId, IndustryId};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;

/// Whom a path should reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum Target {
    /// One contact.
    Contact(ContactId),
    /// Anyone at a company.
    Company(CompanyId),
    /// Anyone at a company in an industry.
    Industry(IndustryId),
    /// Anyone whose career field is this O\*NET field.
    Field(FieldCode),
}

/// Options for [`warm_path`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PathOptions {
    /// The most hops from the job seeker to the target (3).
    pub max_hops: u32,
    /// How many alternative paths with other first hops to return (0).
    pub alternatives: usize,
}

impl Default for PathOptions {
    fn default() -> Self {
        PathOptions {
            max_hops: 3,
            alternatives: 0,
        }
    }
}

/// One person on a path.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PathStep {
    /// The contact, or `None` for the job seeker.
    pub contact: Option<ContactId>,
    /// Their name ("me" for the job seeker).
    pub name: String,
    /// The strength of the tie from the previous person (none for the first).
    pub strength: Option<f64>,
}

/// A path from the job seeker to someone in the target.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WarmPath {
    /// The people, from the job seeker to the target.
    pub path: Vec<PathStep>,
    /// The product of the hops' strengths.
    pub strength: f64,
}

/// A path as one line of text: `me –0.80→ Jordan Lee –0.60→ Sam Whitaker`.
///
/// ```
/// use inroads::{describe_path, PathStep};
/// let steps = [
///     PathStep { contact: None, name: "me".into(), strength: None },
///     PathStep { contact: None, name: "Jordan Lee".into(), strength: Some(0.8) },
/// ];
/// assert_eq!(describe_path(&steps), "me –0.80→ Jordan Lee");
/// ```
pub fn describe_path(steps: &[PathStep]) -> String {
    steps
        .iter()
        .map(|s| match s.strength {
            Some(w) => format!("–{w:.2}→ {}", s.name),
            None => s.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What [`warm_path`] found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WarmPaths {
    /// The warmest path within the hop limit, or `None` when there is none.
    pub best: Option<WarmPath>,
    /// Other paths, each through another first hop, warmest first (empty
    /// when there is no best path).
    pub alternatives: Vec<WarmPath>,
}

/// One side of the search: per layer, the nodes improved in that layer with
/// (value, predecessor, first hop).
struct Side {
    layers: Vec<FastMap<u32, (f32, u32)>>,
    best: FastMap<u32, f32>,
    /// The sum of the degrees of the last layer: the cost of expanding it.
    cost: usize,
}

impl Side {
    fn new(start: FastMap<u32, (f32, u32)>, g: &GraphIndex) -> Side {
        let best = start.iter().map(|(k, v)| (*k, v.0)).collect();
        let cost = start.keys().map(|u| g.degree(*u)).sum();
        Side {
            layers: vec![start],
            best,
            cost,
        }
    }

    /// Relaxes every edge out of the last layer once (never into node 0,
    /// the job seeker, who is only ever a path's start).
    fn expand(&mut self, g: &GraphIndex) {
        let mut next: FastMap<u32, (f32, u32)> = FastMap::default();
        if let Some(last) = self.layers.last() {
            for (&u, &(val, _)) in last {
                g.for_each_neighbor(u, |v, w| {
                    if v == 0 {
                        return;
                    }
                    let c = val * contact_weight(w);
                    let known = self.best.get(&v).copied().unwrap_or(0.0);
                    if c > known && next.get(&v).is_none_or(|x| c > x.0) {
                        next.insert(v, (c, u));
                    }
                });
            }
        }
        for (v, (c, _)) in &next {
            self.best.insert(*v, *c);
        }
        self.cost = next.keys().map(|u| g.degree(*u)).sum();
        self.layers.push(next);
    }

    /// The chain from `v` back to this side's start, `v` first.
    fn chain(&self, v: u32) -> Vec<u32> {
        let mut out = vec![v];
        let mut layer = self.layers.len();
        let mut cur = v;
        // Find the latest layer holding `cur`, follow its predecessor into
        // an earlier layer, and so on down to layer 0.
        while let Some(i) = (0..layer)
            .rev()
            .find(|i| self.layers.get(*i).is_some_and(|l| l.contains_key(&cur)))
        {
            if i == 0 {
                break;
            }
            let Some(&(_, pred)) = self.layers.get(i).and_then(|l| l.get(&cur)) else {
                break;
            };
            out.push(pred);
            cur = pred;
            layer = i;
        }
        out
    }
}

/// The warmest introduction path from the job seeker to a target: the path
/// that maximises the product of its ties' strengths — the shortest path on
/// `-ln(strength)` — within a hop limit, and alternatives through other
/// first hops so the job seeker can ask different friends.
///
/// # Arguments
/// - `network`: the ties, the journal (for the job seeker's own tie
///   strengths) and the contacts' companies, industries and fields.
/// - `target`: a contact, or anyone at a company, in an industry or in an
///   O\*NET field.
/// - `options`: the hop limit (3) and how many alternatives (0).
/// - `today`: the date tie strengths are computed for.
///
/// # Returns
/// [`WarmPaths`]: the best path (`None` when there is none within the hop
/// limit: the job seeker first, each step with the strength of the hop
/// into it, and its strength), and the alternatives.
/// Ties between contacts without a recorded strength count
/// [`DEFAULT_TIE_STRENGTH`](super::DEFAULT_TIE_STRENGTH); the job seeker's
/// own ties count their [`tie_strength`](super::tie_strength).
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) when the target
/// contact, company or industry does not exist. An unreachable target is
/// not an error: `best` is `None`.
///
/// # Complexity
/// A bidirectional, hop-bounded search: each step expands the cheaper side
/// (the job seeker's or the targets') by one hop, relaxing every edge out of
/// the nodes improved in the last step, until the two sides' hops add up to
/// the limit; then the sides are joined. Time O(Σ degrees of the expanded
/// frontiers), memory O(nodes reached). Alternatives are the best path the
/// search met through each first hop — exact when the job seeker's side was
/// expanded one hop only (small targets), otherwise the best among the paths
/// met.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{warm_path, Party, PathOptions, Target, Tie};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let jordan = net.resolve_contact("Jordan Lee")?;
/// let tom = net.resolve_contact("Tom Okafor")?;
/// net.set_tie(Tie { strength: Some(0.9), ..Tie::between(Party::Me, Party::Contact(jordan)) })?;
/// net.set_tie(Tie { strength: Some(0.6), ..Tie::between(Party::Contact(jordan), Party::Contact(tom)) })?;
/// let museum = net.resolve_company("Harbourfront Museum")?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let p = warm_path(&net, Target::Company(museum), &PathOptions::default(), today)?;
/// let best = p.best.expect("a path within three hops");
/// let names: Vec<_> = best.path.iter().map(|s| s.name.as_str()).collect();
/// assert_eq!(names, ["me", "Jordan Lee", "Tom Okafor"]);
/// assert!((best.strength - 0.54).abs() < 1e-6);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn warm_path(
    network: &Network,
    target: Target,
    options: &PathOptions,
    today: NaiveDate,
) -> Result<WarmPaths> {
    crate::model::check_today(today)?;
    match target {
        Target::Contact(c) if network.contact(c).is_none() => {
            return Err(Error::not_found("contact", c.to_string()))
        }
        Target::Company(k) if network.company(k).is_none() => {
            return Err(Error::not_found("company", k.to_string()))
        }
        Target::Industry(i) if network.industry(i).is_none() => {
            return Err(Error::not_found("industry", i.to_string()))
        }
        _ => {}
    }
    let none = WarmPaths {
        best: None,
        alternatives: Vec::new(),
    };
    let g = network.graph()?;
    let targets = target_nodes(g, &target);
    if targets.is_empty() || options.max_hops == 0 {
        return Ok(none);
    }
    // The job seeker's side starts with their own ties (strengths for today).
    let mine = my_ties(network, g, today);
    let mut me_start: FastMap<u32, (f32, u32)> = FastMap::default();
    me_start.insert(0, (1.0, 0));
    let mut forward = Side::new(me_start, g);
    let mut first: FastMap<u32, (f32, u32)> = FastMap::default();
    for (&v, &s) in &mine {
        first.insert(v, (s, 0));
    }
    for (v, (c, _)) in &first {
        forward.best.insert(*v, *c);
    }
    forward.cost = first.keys().map(|u| g.degree(*u)).sum();
    forward.layers.push(first);
    let mut backward = Side::new(targets.iter().map(|t| (*t, (1.0, *t))).collect(), g);
    // A path never needs more hops than there are nodes, and the search
    // stops as soon as neither side improved anything in its last step:
    // work and memory follow what is left to explore, not the hop limit.
    let limit = options
        .max_hops
        .min(u32::try_from(g.node_count()).unwrap_or(u32::MAX));
    let mut hops = 1;
    while hops < limit {
        let f_open = forward.layers.last().is_some_and(|l| !l.is_empty());
        let b_open = backward.layers.last().is_some_and(|l| !l.is_empty());
        match (f_open, b_open) {
            (false, false) => break,
            (true, false) => forward.expand(g),
            (false, true) => backward.expand(g),
            (true, true) if forward.cost <= backward.cost => forward.expand(g),
            (true, true) => backward.expand(g),
        }
        hops += 1;
    }
    // Join: the best meeting point per first hop.
    let mut by_first: FastMap<u32, (f32, u32)> = FastMap::default();
    for (&v, &b) in &backward.best {
        let Some(&f) = forward.best.get(&v) else {
            continue;
        };
        if v == 0 {
            continue;
        }
        let total = f * b;
        let chain = forward.chain(v);
        let Some(&first_hop) = chain.iter().rev().nth(1).or(chain.first()) else {
            continue;
        };
        if by_first
            .get(&first_hop)
            .is_none_or(|x| total > x.0 || (total == x.0 && v < x.1))
        {
            by_first.insert(first_hop, (total, v));
        }
    }
    let mut ranked: Vec<(u32, f32, u32)> =
        by_first.into_iter().map(|(h, (t, v))| (h, t, v)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let build = |meet: u32| -> Option<WarmPath> {
        let mut nodes: Vec<u32> = forward.chain(meet);
        nodes.reverse(); // me … meet
        let back = backward.chain(meet); // meet … target
        nodes.extend(back.into_iter().skip(1));
        let mut steps = Vec::with_capacity(nodes.len());
        let mut product = 1.0f64;
        let mut prev: Option<u32> = None;
        for &n in &nodes {
            let strength = prev.map(|p| {
                let w = if p == 0 {
                    mine.get(&n).copied().unwrap_or(0.0)
                } else {
                    let mut w = 0.0;
                    g.for_each_neighbor(p, |v, x| {
                        if v == n {
                            w = contact_weight(x);
                        }
                    });
                    w
                };
                f64::from(w)
            });
            if let Some(s) = strength {
                product *= s;
            }
            let strength = strength.map(|s| (s * 1e6).round() / 1e6);
            steps.push(PathStep {
                contact: g.contact(n),
                name: g
                    .contact(n)
                    .and_then(|c| network.contact(c))
                    .map_or_else(|| "me".to_string(), |c| c.name.clone()),
                strength,
            });
            prev = Some(n);
        }
        Some(WarmPath {
            path: steps,
            strength: (product * 1e6).round() / 1e6,
        })
    };
    let mut paths = ranked.iter().filter_map(|(_, _, meet)| build(*meet));
    let Some(best) = paths.next() else {
        return Ok(none);
    };
    let alternatives = paths.take(options.alternatives).collect();
    Ok(WarmPaths {
        best: Some(best),
        alternatives,
    })
}
