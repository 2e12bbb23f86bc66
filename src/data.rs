//! The persisted data of a job search, as plain records: what the data
//! file holds. Layer 1: no behaviour beyond reading it strictly (a key
//! listed twice is refused) and handing out ids. The
//! [`Network`](crate::Network) owns one and is the only code that changes
//! it.

use crate::error::{Error, ErrorKind, Result};
use crate::id::{CompanyId, ContactId, EntryId, IndustryId, LeadId};
use crate::journal::Entry;
use crate::model::{Cadence, Company, Contact, Industry, Lead, Profile};
use crate::question::Question;
use crate::ties::TieMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The persisted state. Everything in [`Network`](crate::Network) that is
/// not derived.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct NetworkData {
    pub(crate) profile: Profile,
    #[serde(default, deserialize_with = "unique_map")]
    pub(crate) industries: BTreeMap<IndustryId, Industry>,
    #[serde(default, deserialize_with = "unique_map")]
    pub(crate) companies: BTreeMap<CompanyId, Company>,
    #[serde(default, deserialize_with = "unique_map")]
    pub(crate) contacts: BTreeMap<ContactId, Contact>,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_map"
    )]
    pub(crate) journal: BTreeMap<EntryId, Entry>,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_map"
    )]
    pub(crate) leads: BTreeMap<LeadId, Lead>,
    /// Who knows whom.
    #[serde(
        default,
        with = "crate::ties::serde_ties",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "crate::ties::schema::TiesSchema"))]
    pub(crate) ties: TieMap,
    /// Keep-in-touch cadences by tag.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_map"
    )]
    pub(crate) tag_cadences: BTreeMap<String, Cadence>,
    /// Questions the user added to the built-in bank.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) questions: Vec<Question>,
    #[serde(default)]
    pub(crate) next_ids: NextIds,
}

/// Reads a map, refusing a key listed twice (serde's maps keep the last
/// and silently drop the first: a hand-merged file would lose a record).
fn unique_map<'de, D, K, V>(d: D) -> std::result::Result<BTreeMap<K, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: Deserialize<'de> + Ord + std::fmt::Display,
    V: Deserialize<'de>,
{
    struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K, V> serde::de::Visitor<'de> for Visit<K, V>
    where
        K: Deserialize<'de> + Ord + std::fmt::Display,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<M: serde::de::MapAccess<'de>>(
            self,
            mut map: M,
        ) -> std::result::Result<Self::Value, M::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, v)) = map.next_entry::<K, V>()? {
                if out.contains_key(&k) {
                    return Err(serde::de::Error::custom(format!(
                        "{k} is listed twice; each record once, please (the second would silently replace the first)"
                    )));
                }
                out.insert(k, v);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Visit(std::marker::PhantomData))
}

/// The next id of each kind; ids are never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct NextIds {
    pub(crate) industry: u64,
    pub(crate) company: u64,
    pub(crate) contact: u64,
    #[serde(default = "one")]
    pub(crate) entry: u64,
    #[serde(default = "one")]
    pub(crate) lead: u64,
}

fn one() -> u64 {
    1
}

/// The id a counter hands out next, refused when every id is taken.
pub(crate) fn next_id(counter: u64, what: &'static str) -> Result<u64> {
    if (1..=crate::id::MAX_ID).contains(&counter) {
        Ok(counter)
    } else {
        Err(Error::new(ErrorKind::IdsExhausted {
            what,
            max: crate::id::MAX_ID,
        }))
    }
}

impl Default for NextIds {
    fn default() -> Self {
        NextIds {
            industry: 1,
            company: 1,
            contact: 1,
            entry: 1,
            lead: 1,
        }
    }
}
