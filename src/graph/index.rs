//! The derived graph index: a pure function of the persisted data and the
//! standing referrals. Never imports [`Network`](crate::Network): the
//! network builds it, patches it on tie edits and drops it on other edits
//! (`network/graph.rs`). No petgraph index leaves `graph/`.

use crate::data::NetworkData;
use crate::id::{CompanyId, ContactId, IndustryId};
use crate::pipeline::Referral;
use crate::ties::Party;
use petgraph::csr::Csr;
use std::collections::HashMap;

/// Marks a tie weight as "derive it" in the snapshot.
pub(crate) const DERIVED: f32 = f32::NAN;
/// "No value" in the per-node attribute arrays.
const NONE: u32 = u32::MAX;

/// Contact id → node. A table indexed by id while ids are dense (the
/// usual case: ids are handed out in order), a hash map when they are
/// sparse — so memory follows the number of contacts, never the size of
/// the largest id.
#[derive(Debug, Clone)]
enum NodeMap {
    Dense(Vec<u32>),
    Sparse(HashMap<u64, u32>),
}

impl NodeMap {
    fn for_ids(max_id: Option<u64>, count: usize) -> NodeMap {
        let max = max_id.unwrap_or(0);
        let dense_limit = (count as u64).saturating_mul(2).saturating_add(1024);
        if max <= dense_limit {
            NodeMap::Dense(vec![NONE; usize::try_from(max).unwrap_or(0) + 1])
        } else {
            NodeMap::Sparse(HashMap::with_capacity(count))
        }
    }

    fn insert(&mut self, id: u64, node: u32) {
        match self {
            NodeMap::Dense(v) => {
                if let Some(slot) = usize::try_from(id).ok().and_then(|i| v.get_mut(i)) {
                    *slot = node;
                }
            }
            NodeMap::Sparse(m) => {
                m.insert(id, node);
            }
        }
    }

    #[inline]
    fn get(&self, id: u64) -> Option<u32> {
        match self {
            NodeMap::Dense(v) => usize::try_from(id)
                .ok()
                .and_then(|i| v.get(i))
                .copied()
                .filter(|n| *n != NONE),
            NodeMap::Sparse(m) => m.get(&id).copied(),
        }
    }
}

/// The derived graph index. See the [module docs](self).
#[derive(Debug, Clone)]
pub(crate) struct GraphIndex {
    csr: Csr<(), f32, petgraph::Directed, u32>,
    /// Node → contact (node 0, the job seeker, maps to id 0).
    contacts: Vec<ContactId>,
    /// Contact id → node.
    node_of: NodeMap,
    /// Node → company index, industry index, field code (`NONE`/255 when unknown).
    pub(crate) company: Vec<u32>,
    pub(crate) industry: Vec<u32>,
    pub(crate) field: Vec<u8>,
    pub(crate) companies: Vec<CompanyId>,
    pub(crate) industries: Vec<IndustryId>,
    /// Edits since the snapshot: (u, v) → weight, or `None` when removed.
    overlay: HashMap<(u32, u32), Option<f32>>,
    /// Nodes whose adjacency the overlay changes.
    dirty: Vec<bool>,
}

impl GraphIndex {
    /// Builds the index from the persisted data and the referrals that
    /// stand (a referral means the referrer knows the person referred).
    pub(crate) fn build(data: &NetworkData, referrals: &[Referral]) -> crate::Result<GraphIndex> {
        let n = data.contacts.len() + 1;
        let mut node_of = NodeMap::for_ids(data.contacts.keys().last().map(|id| id.get()), n);
        let mut contacts = Vec::with_capacity(n);
        contacts.push(ContactId::from_raw(0));
        let companies: Vec<CompanyId> = data.companies.keys().copied().collect();
        let company_index: HashMap<CompanyId, u32> = companies
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, i as u32))
            .collect();
        let industries: Vec<IndustryId> = data.industries.keys().copied().collect();
        let industry_index: HashMap<IndustryId, u32> = industries
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, i as u32))
            .collect();
        let mut company = vec![NONE; n];
        let mut industry = vec![NONE; n];
        let mut field = vec![255u8; n];
        // Nodes are numbered company by company: most ties are between
        // colleagues, so neighbours sit close together in memory and a
        // traversal touches fewer cache lines.
        let mut order: Vec<(u32, ContactId, &crate::model::Contact)> = data
            .contacts
            .iter()
            .map(|(&id, c)| {
                let k = c
                    .company
                    .and_then(|k| company_index.get(&k).copied())
                    .unwrap_or(NONE);
                (k, id, c)
            })
            .collect();
        order.sort_by_key(|(k, id, _)| (*k, *id));
        for (i, (_, id, c)) in order.into_iter().enumerate() {
            let node = i + 1;
            node_of.insert(id.get(), node as u32);
            contacts.push(id);
            if let Some(k) = c.company {
                if let Some(slot) = company.get_mut(node) {
                    *slot = company_index.get(&k).copied().unwrap_or(NONE);
                }
                let ind = data.companies.get(&k).and_then(|co| co.industry);
                if let (Some(slot), Some(i)) = (industry.get_mut(node), ind) {
                    *slot = industry_index.get(&i).copied().unwrap_or(NONE);
                }
            }
            if let (Some(slot), Some(f)) = (field.get_mut(node), c.field) {
                *slot = f.get();
            }
        }
        let node = |key: u64| -> Option<u32> {
            if key == 0 {
                Some(0)
            } else {
                node_of.get(key)
            }
        };
        // Every tie in both directions, sorted by (source, target).
        let mut edges: Vec<(u32, u32, f32)> = Vec::with_capacity(data.ties.len() * 2);
        let mut push = |a: u32, b: u32, w: f32| {
            edges.push((a, b, w));
            edges.push((b, a, w));
        };
        for (&(a, b), d) in &data.ties {
            if let (Some(a), Some(b)) = (node(u64::from(a)), node(u64::from(b))) {
                push(a, b, d.weight());
            }
        }
        // A referral means the referrer knows the person they referred.
        for r in referrals {
            let key = crate::ties::tie_key(Party::Contact(r.from), Party::Contact(r.to));
            if !key.is_some_and(|k| data.ties.contains_key(&k)) {
                if let (Some(a), Some(b)) = (node(r.from.get()), node(r.to.get())) {
                    push(a, b, DERIVED);
                }
            }
        }
        edges.sort_unstable_by_key(|(a, b, _)| (*a, *b));
        edges.dedup_by_key(|(a, b, _)| (*a, *b));
        let mut csr = Csr::from_sorted_edges(&edges).map_err(|e| {
            crate::Error::invalid(
                "graph index",
                format!("{e:?}"),
                "the ties could not be indexed (a bug: please report it)",
            )
        })?;
        drop(edges);
        while csr.node_count() < n {
            csr.add_node(());
        }
        Ok(GraphIndex {
            csr,
            contacts,
            node_of,
            company,
            industry,
            field,
            companies,
            industries,
            overlay: HashMap::new(),
            dirty: vec![false; n],
        })
    }

    pub(crate) fn node_count(&self) -> usize {
        self.contacts.len()
    }

    pub(crate) fn node(&self, id: ContactId) -> Option<u32> {
        self.node_of.get(id.get())
    }

    pub(crate) fn contact(&self, node: u32) -> Option<ContactId> {
        if node == 0 {
            return None;
        }
        self.contacts.get(node as usize).copied()
    }

    pub(crate) fn company_of(&self, node: u32) -> Option<CompanyId> {
        let i = *self.company.get(node as usize)?;
        self.companies.get(i as usize).copied()
    }

    pub(crate) fn industry_of(&self, node: u32) -> Option<IndustryId> {
        let i = *self.industry.get(node as usize)?;
        self.industries.get(i as usize).copied()
    }

    pub(crate) fn field_of(&self, node: u32) -> Option<u8> {
        self.field.get(node as usize).copied().filter(|f| *f != 255)
    }

    /// Calls `f(v, w)` for each neighbour `v` of `u`, `w` the stored weight
    /// (NaN when derived).
    #[inline]
    pub(crate) fn for_each_neighbor(&self, u: u32, mut f: impl FnMut(u32, f32)) {
        if (u as usize) >= self.csr.node_count() {
            return;
        }
        let targets = self.csr.neighbors_slice(u);
        let weights = self.csr.edges_slice(u);
        if !self.dirty.get(u as usize).copied().unwrap_or(false) {
            for (v, w) in targets.iter().zip(weights) {
                f(*v, *w);
            }
            return;
        }
        for (&v, w) in targets.iter().zip(weights) {
            match self.overlay.get(&(u, v)) {
                Some(Some(nw)) => f(v, *nw),
                Some(None) => {}
                None => f(v, *w),
            }
        }
        // Ties added since the snapshot.
        let mut added: Vec<(u32, f32)> = self
            .overlay
            .iter()
            .filter(|((a, b), w)| *a == u && w.is_some() && !targets.contains(b))
            .filter_map(|((_, b), w)| w.map(|w| (*b, w)))
            .collect();
        added.sort_by_key(|(v, _)| *v);
        for (v, w) in added {
            f(v, w);
        }
    }

    /// `u`'s neighbours as a slice, when the overlay does not touch `u`.
    #[inline]
    pub(crate) fn clean_neighbors(&self, u: u32) -> Option<&[u32]> {
        if (u as usize) < self.csr.node_count()
            && !self.dirty.get(u as usize).copied().unwrap_or(false)
        {
            Some(self.csr.neighbors_slice(u))
        } else {
            None
        }
    }

    /// Whether any neighbour of `u` satisfies `pred`; stops at the first.
    #[inline]
    pub(crate) fn any_neighbor(&self, u: u32, mut pred: impl FnMut(u32) -> bool) -> bool {
        if (u as usize) >= self.csr.node_count() {
            return false;
        }
        if !self.dirty.get(u as usize).copied().unwrap_or(false) {
            return self.csr.neighbors_slice(u).iter().any(|v| pred(*v));
        }
        let mut found = false;
        self.for_each_neighbor(u, |v, _| {
            if !found && pred(v) {
                found = true;
            }
        });
        found
    }

    /// The number of stored edges (both directions).
    pub(crate) fn edge_count(&self) -> usize {
        self.csr.edge_count()
    }

    /// `u`'s degree in the snapshot (the overlay not counted): a cost estimate.
    #[inline]
    pub(crate) fn snapshot_degree(&self, u: u32) -> usize {
        if (u as usize) < self.csr.node_count() {
            self.csr.out_degree(u)
        } else {
            0
        }
    }

    pub(crate) fn degree(&self, u: u32) -> usize {
        let mut d = 0;
        self.for_each_neighbor(u, |_, _| d += 1);
        d
    }

    /// Applies a tie edit to the snapshot (both directions).
    pub(crate) fn patch(&mut self, a: u32, b: u32, w: Option<f32>) {
        for (x, y) in [(a, b), (b, a)] {
            self.overlay.insert((x, y), w);
            if let Some(d) = self.dirty.get_mut(x as usize) {
                *d = true;
            }
        }
    }

    /// Whether the overlay has grown enough that a rebuild is cheaper.
    pub(crate) fn stale(&self) -> bool {
        self.overlay.len() > 64 && self.overlay.len() * 100 > self.csr.edge_count()
    }
}
