//! The network's graph index: built on first use, patched on tie edits,
//! dropped on other structural edits. The only code that touches it
//! mutably.

use super::Network;
use crate::graph::GraphIndex;
use crate::id::ContactId;
use crate::ties::{TieData, TieKey};

impl Network {
    /// The graph index, built on first use.
    ///
    /// # Errors
    /// Building the index failed (a bug; reported, never an empty graph).
    pub(crate) fn graph(&self) -> crate::Result<&GraphIndex> {
        if let Some(g) = self.graph.get() {
            return Ok(g);
        }
        let built = GraphIndex::build(&self.data, &self.referrals())?;
        Ok(self.graph.get_or_init(|| built))
    }

    /// Keeps the graph index in step with a tie edit: patched when it is
    /// built, else left to be built on the next query.
    pub(super) fn graph_tie_changed(&mut self, key: TieKey, data: Option<TieData>) {
        let (a, b) = (u64::from(key.0), u64::from(key.1));
        let Some(g) = self.graph.get_mut() else {
            return;
        };
        let node = |k: u64| {
            if k == 0 {
                Some(0)
            } else {
                g.node(ContactId::from_raw(k))
            }
        };
        match (node(a), node(b)) {
            (Some(x), Some(y)) => {
                g.patch(x, y, data.map(|d| d.weight()));
                if g.stale() {
                    self.graph_changed();
                }
            }
            _ => self.graph_changed(),
        }
    }
}
