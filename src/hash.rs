//! A small, fast, deterministic hasher (FNV-1a) for maps whose keys are not
//! chosen by an attacker, so no protection against hash flooding is needed:
//! the catalogue's maps (words and names from the crate's own tables) and
//! the graph queries' per-search maps (node numbers). The data file's
//! `Stamp` (`store/file.rs`) also uses it, as a change detector.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64-bit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` using [`Fnv`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
