//! Connectors: who bridges the job seeker to the people that matter.

use super::{my_ties, target_nodes, Target};
use crate::id::ContactId;
use crate::network::Network;
use crate::rng::SplitMix64;
use chrono::NaiveDate;
use serde::Serialize;

/// Options for [`connectors`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ConnectorOptions {
    /// How many connectors to return (10).
    pub top: usize,
    /// The seed for sampling targets (1).
    pub seed: u64,
    /// The most target contacts to sample (2,000); all when fewer.
    pub samples: usize,
    /// Whom to bridge to; empty means the profile's target industries and
    /// fields, or everyone at distance 2 or 3 when the profile has none.
    pub targets: Vec<Target>,
}

impl Default for ConnectorOptions {
    fn default() -> Self {
        ConnectorOptions {
            top: 10,
            seed: 1,
            samples: 2_000,
            targets: Vec::new(),
        }
    }
}

/// A person who bridges the job seeker to targets.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Connector {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Target contacts reached through them: the share of the job seeker's
    /// shortest paths to the sampled targets that pass through them, scaled
    /// to all targets.
    pub bridged: f64,
    /// Whether they are the job seeker's own tie.
    pub direct: bool,
    /// Referrals they gave per meeting held with them (none before a meeting).
    pub referrals_per_meeting: Option<f64>,
    /// Job leads they gave per meeting held.
    pub leads_per_meeting: Option<f64>,
}

/// The people who bridge the job seeker to the most contacts in the
/// target fields or companies — brokerage measured as betweenness from the
/// job seeker (Brandes' dependency accumulation from one source, restricted
/// to target contacts, sampled with the caller's seed when there are many)
/// — with their referral yield.
///
/// # Arguments
/// - `network`: the ties, the journal and the profile's targets.
/// - `options`: how many, the seed, the sample size, the targets.
/// - `today`: the date the job seeker's ties are taken for.
///
/// # Returns
/// Connectors, most bridging first (ties broken by id). The same seed gives
/// the same answer.
///
/// # Complexity
/// One breadth-first search from the job seeker to depth 3 and one pass
/// back over the reached edges: O(nodes + edges reached).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{connectors, ConnectorOptions, Party, Tie};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let [jordan, tom, priya] = ["Jordan Lee", "Tom Okafor", "Priya Raman"].map(|n| net.resolve_contact(n).unwrap());
/// net.set_tie(Tie::between(Party::Me, Party::Contact(jordan)))?;
/// net.set_tie(Tie::between(Party::Contact(jordan), Party::Contact(tom)))?;
/// net.set_tie(Tie::between(Party::Contact(jordan), Party::Contact(priya)))?;
/// let c = connectors(&net, &ConnectorOptions::default(), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// assert_eq!(c[0].name, "Jordan Lee");
/// assert_eq!(c[0].bridged, 2.0);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn connectors(
    network: &Network,
    options: &ConnectorOptions,
    today: NaiveDate,
) -> crate::Result<Vec<Connector>> {
    crate::model::check_today(today)?;
    let g = network.graph()?;
    let n = g.node_count();
    let mine = my_ties(network, g, today);
    // BFS from the job seeker to depth 3, counting shortest paths.
    let mut dist = vec![u8::MAX; n];
    let mut sigma = vec![0f64; n];
    let mut order: Vec<u32> = Vec::new();
    if let (Some(d), Some(s)) = (dist.first_mut(), sigma.first_mut()) {
        *d = 0;
        *s = 1.0;
    }
    let mut frontier: Vec<u32> = mine.keys().copied().collect();
    frontier.sort_unstable();
    for &v in &frontier {
        if let (Some(d), Some(s)) = (dist.get_mut(v as usize), sigma.get_mut(v as usize)) {
            *d = 1;
            *s = 1.0;
        }
    }
    order.extend(&frontier);
    for level in 2..=3u8 {
        let mut next = Vec::new();
        for &u in &frontier {
            let su = sigma.get(u as usize).copied().unwrap_or(0.0);
            g.for_each_neighbor(u, |v, _| {
                let Some(d) = dist.get_mut(v as usize) else {
                    return;
                };
                if *d == u8::MAX {
                    *d = level;
                    next.push(v);
                }
                if *d == level {
                    if let Some(s) = sigma.get_mut(v as usize) {
                        *s += su;
                    }
                }
            });
        }
        order.extend(&next);
        frontier = next;
    }
    // The targets: given, or the profile's, or everyone at distance 2-3.
    let mut targets: Vec<u32> = Vec::new();
    let mut wanted: Vec<Target> = options.targets.clone();
    if wanted.is_empty() {
        let p = network.profile();
        wanted.extend(p.target_industries.iter().map(|i| Target::Industry(*i)));
        wanted.extend(p.target_fields.iter().map(|f| Target::Field(*f)));
    }
    if wanted.is_empty() {
        targets.extend(
            order
                .iter()
                .copied()
                .filter(|v| dist.get(*v as usize).is_some_and(|d| *d >= 2)),
        );
    } else {
        for t in &wanted {
            targets.extend(target_nodes(g, t));
        }
    }
    targets.retain(|v| {
        dist.get(*v as usize)
            .is_some_and(|d| *d != u8::MAX && *d >= 1)
    });
    targets.sort_unstable();
    targets.dedup();
    let all = targets.len();
    if all > options.samples && options.samples > 0 {
        // Partial Fisher-Yates with the caller's seed.
        let mut rng = SplitMix64::new(options.seed);
        for i in 0..options.samples {
            let j = i + rng.below((all - i) as u64) as usize;
            targets.swap(i, j);
        }
        targets.truncate(options.samples);
    }
    let scale = if targets.is_empty() {
        0.0
    } else {
        all as f64 / targets.len() as f64
    };
    let mut is_target = vec![false; n];
    for &t in &targets {
        if let Some(x) = is_target.get_mut(t as usize) {
            *x = true;
        }
    }
    // Dependency accumulation, farthest first.
    let mut delta = vec![0f64; n];
    for &w in order.iter().rev() {
        let dw = dist.get(w as usize).copied().unwrap_or(u8::MAX);
        let sw = sigma.get(w as usize).copied().unwrap_or(0.0);
        let own = if is_target.get(w as usize).copied().unwrap_or(false) {
            1.0
        } else {
            0.0
        };
        let dep = delta.get(w as usize).copied().unwrap_or(0.0) + own;
        if sw == 0.0 || dw <= 1 {
            continue;
        }
        g.for_each_neighbor(w, |v, _| {
            if v == 0 || dist.get(v as usize).copied() != Some(dw - 1) {
                return;
            }
            let sv = sigma.get(v as usize).copied().unwrap_or(0.0);
            if let Some(d) = delta.get_mut(v as usize) {
                *d += sv / sw * dep;
            }
        });
    }
    let mut leads_by: std::collections::HashMap<ContactId, usize> =
        std::collections::HashMap::new();
    for (_, l) in network.leads() {
        *leads_by.entry(l.contact).or_default() += 1;
    }
    let mut out: Vec<Connector> = order
        .iter()
        .filter(|v| dist.get(**v as usize).is_some_and(|d| *d <= 2))
        .filter_map(|&v| {
            let b = delta.get(v as usize).copied().unwrap_or(0.0) * scale;
            if b <= 0.0 {
                return None;
            }
            let id = g.contact(v)?;
            let meetings = network.summary(id).map_or(0, |s| s.meetings);
            let referrals = network.summary(id).map_or(0, |s| s.referred.len());
            let per = |x: usize| {
                (meetings > 0).then(|| (x as f64 / f64::from(meetings) * 100.0).round() / 100.0)
            };
            Some(Connector {
                contact: id,
                name: network
                    .contact(id)
                    .map_or_else(String::new, |c| c.name.clone()),
                bridged: (b * 100.0).round() / 100.0,
                direct: mine.contains_key(&v),
                referrals_per_meeting: per(referrals),
                leads_per_meeting: per(leads_by.get(&id).copied().unwrap_or(0)),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.bridged
            .total_cmp(&a.bridged)
            .then(a.contact.cmp(&b.contact))
    });
    out.truncate(options.top);
    Ok(out)
}
