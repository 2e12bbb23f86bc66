//! The network of ties as a graph, and the queries over it.
//!
//! The index is derived from [`Network`] (ties, referrals, the journal) and
//! never persisted: built on the first query, **patched** in place when a tie
//! is added, changed or removed, and dropped (to be rebuilt on the next
//! query) after edits to contacts or companies. No petgraph index leaves
//! this module; queries speak [`ContactId`]s.
//!
//! Representation: a petgraph [`Csr`](petgraph::csr::Csr) — a flat,
//! compressed-sparse-row adjacency, node 0 the job seeker, nodes 1… the
//! contacts company by company (colleagues adjacent in memory), each
//! undirected tie stored in both directions —
//! plus a small overlay of edits since it was built, consulted only for the
//! nodes those edits touched. When the overlay grows past 1% of the edges the
//! next query rebuilds the snapshot.
//!
//! The queries, one file each: [`warm_path`], [`reach`], [`connectors`],
//! [`provenance`], [`coverage`], [`mutual`], [`suggest`]; the tie-strength
//! model is [`tie_strength`].

mod connectors;
mod coverage;
mod index;
mod mutual;
mod path;
mod provenance;
mod reach;
mod strength;
mod suggest;

pub use connectors::{connectors, Connector, ConnectorOptions};
pub use coverage::{coverage, Coverage, TargetCoverage, TargetKind};
pub use mutual::mutual;
pub use path::{describe_path, warm_path, PathOptions, PathStep, Target, WarmPath, WarmPaths};
pub use provenance::{provenance, Provenance, ProvenanceStep};
pub use reach::{reach, Hops, Reach};
pub use strength::{tie_strength, DEFAULT_TIE_STRENGTH};
pub use suggest::{suggest, SuggestOptions, SuggestReason, Suggestion};

pub(crate) use index::{GraphIndex, DERIVED};

use crate::catalog::FieldCode;
use crate::network::Network;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The job seeker's own ties as the queries see them: neighbour node →
/// strength (explicit, or from the model for `today`). Recorded ties to the
/// job seeker, plus every contact who ever answered (see the journal).
pub(crate) fn my_ties(net: &Network, g: &GraphIndex, today: NaiveDate) -> HashMap<u32, f32> {
    let mut mine: HashMap<u32, f32> = HashMap::new();
    g.for_each_neighbor(0, |v, w| {
        mine.insert(v, w);
    });
    for id in net.answered_contacts() {
        {
            if let Some(v) = g.node(id) {
                mine.entry(v).or_insert(DERIVED);
            }
        }
    }
    let derived: Vec<u32> = mine
        .iter()
        .filter(|(_, w)| w.is_nan())
        .map(|(v, _)| *v)
        .collect();
    for v in derived {
        let mutuals = {
            let mut m = 0usize;
            g.for_each_neighbor(v, |x, _| {
                if x != 0 && mine.contains_key(&x) {
                    m += 1;
                }
            });
            m
        };
        let s = g.contact(v).map_or(DEFAULT_TIE_STRENGTH, |c| {
            strength::model(net, c, today, mutuals)
        });
        mine.insert(v, s as f32);
    }
    mine
}

/// The strength of a stored weight between two contacts.
#[inline]
pub(crate) fn contact_weight(w: f32) -> f32 {
    if w.is_nan() {
        DEFAULT_TIE_STRENGTH as f32
    } else {
        w
    }
}

/// Which nodes a target names.
pub(crate) fn target_nodes(g: &GraphIndex, target: &Target) -> Vec<u32> {
    let mut out = Vec::new();
    match target {
        Target::Contact(id) => out.extend(g.node(*id)),
        Target::Company(k) => {
            for n in 1..g.node_count() as u32 {
                if g.company_of(n) == Some(*k) {
                    out.push(n);
                }
            }
        }
        Target::Industry(i) => {
            for n in 1..g.node_count() as u32 {
                if g.industry_of(n) == Some(*i) {
                    out.push(n);
                }
            }
        }
        Target::Field(f) => {
            let code = f.get();
            for n in 1..g.node_count() as u32 {
                if g.field_of(n) == Some(code) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// A field code from its number.
pub(crate) fn field_code(n: u8) -> Option<FieldCode> {
    FieldCode::parse(&format!("{n:02}")).ok()
}
