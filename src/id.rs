//! Typed identifiers. Ids are assigned by [`Network`](crate::Network) in
//! increasing order and never reused, so they are stable across saves.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest id of any kind: 4,294,967,295 (`u32::MAX`). Ids run from 1
/// to this; a data file with a larger id (or a next-id counter past it) is
/// refused on load, and a network that has used every id refuses to add
/// more ([`ErrorKind::IdsExhausted`](crate::ErrorKind::IdsExhausted)). Ties
/// and the graph index hold contact ids in 32 bits.
pub const MAX_ID: u64 = u32::MAX as u64;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(u64);

        impl $name {
            /// The id's number, as stored in the data file.
            pub fn get(self) -> u64 {
                self.0
            }

            /// Makes an id from its stored number. Useful to a program that kept
            /// ids elsewhere; the network checks that the id exists before use.
            pub fn from_raw(n: u64) -> Self {
                $name(n)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "#{}"), self.0)
            }
        }

        /// Parses what `Display` prints (`contact#74`), the short form
        /// `#74`, or the bare number; from 1 to [`MAX_ID`].
        impl std::str::FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> crate::Result<Self> {
                let t = s.trim();
                let digits = t
                    .strip_prefix(concat!($prefix, "#"))
                    .or_else(|| t.strip_prefix('#'))
                    .unwrap_or(t);
                match digits.parse::<u64>() {
                    Ok(n) if (1..=MAX_ID).contains(&n) => Ok($name(n)),
                    _ => Err(crate::Error::invalid(
                        concat!($prefix, " id"),
                        s,
                        concat!("expected ", $prefix, "#N, #N or N, N from 1 to 4294967295"),
                    )),
                }
            }
        }
    };
}

id_type!(
    /// Identifies a [`Contact`](crate::Contact).
    ContactId,
    "contact"
);
id_type!(
    /// Identifies a [`Company`](crate::Company).
    CompanyId,
    "company"
);
id_type!(
    /// Identifies an [`Industry`](crate::Industry).
    IndustryId,
    "industry"
);
id_type!(
    /// Identifies a journal [`Entry`](crate::Entry).
    EntryId,
    "entry"
);
id_type!(
    /// Identifies a job [`Lead`](crate::Lead).
    LeadId,
    "lead"
);
