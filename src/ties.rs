//! Ties: who knows whom. Undirected acquaintance ties between the job seeker
//! and contacts and between contacts, each with an optional explicit
//! strength and where it came from. Plain data: the
//! [`Network`](crate::Network) records and checks them (`network/ties.rs`);
//! the ties CSV importer is in `io/ties_csv.rs`.

use crate::error::{Error, Result};
use crate::id::ContactId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One end of a tie: the job seeker, or a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Party {
    /// The job seeker (`@me` on the command line, `"me"` in files).
    Me,
    /// A contact.
    Contact(ContactId),
}

impl Party {
    pub(crate) fn key(self) -> u64 {
        match self {
            Party::Me => 0,
            Party::Contact(c) => c.get(),
        }
    }

    pub(crate) fn from_key(k: u64) -> Party {
        if k == 0 {
            Party::Me
        } else {
            Party::Contact(ContactId::from_raw(k))
        }
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Party::Me => f.write_str("@me"),
            Party::Contact(c) => write!(f, "{c}"),
        }
    }
}

impl Serialize for Party {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Party::Me => s.serialize_str("me"),
            Party::Contact(c) => s.serialize_u64(c.get()),
        }
    }
}

impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Id(u64),
            Name(String),
        }
        match Raw::deserialize(d)? {
            Raw::Id(0) => Err(serde::de::Error::custom("contact ids start at 1")),
            Raw::Id(n) => Ok(Party::Contact(ContactId::from_raw(n))),
            Raw::Name(s) if s == "me" => Ok(Party::Me),
            Raw::Name(s) => Err(serde::de::Error::custom(format!(
                "expected \"me\" or a contact id, found {s:?}"
            ))),
        }
    }
}

/// Where a tie came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TieSource {
    /// Entered by hand.
    #[default]
    Manual,
    /// From a ties CSV.
    Import,
    /// From a LinkedIn connections export.
    Linkedin,
    /// From an address book.
    Vcard,
}

/// An undirected tie between two parties.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Tie {
    /// One end (the smaller, when stored: the job seeker first).
    pub a: Party,
    /// The other end.
    pub b: Party,
    /// An explicit strength in (0, 1]; `None` lets the model derive it
    /// (see [`tie_strength`](crate::tie_strength)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<f64>,
    /// Where it came from.
    #[serde(default)]
    pub source: TieSource,
}

impl Tie {
    /// A tie with no explicit strength, entered by hand.
    pub fn between(a: Party, b: Party) -> Tie {
        Tie {
            a,
            b,
            strength: None,
            source: TieSource::Manual,
        }
    }
}

/// Strengths are stored in millionths: this many steps make 1.0.
pub(crate) const STRENGTH_STEPS: u32 = 1_000_000;

/// The smallest explicit tie strength accepted: one millionth. Strengths are
/// kept to six decimal places, so every accepted strength is stored, saved
/// and loaded exactly as [`Network::tie`](crate::Network::tie) reports it.
pub const MIN_TIE_STRENGTH: f64 = 1e-6;

/// A stored tie's data; the key holds the two ends. Eight bytes: a network
/// of ten million ties keeps them in a few hundred megabytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TieData {
    /// The explicit strength in millionths (1 ..= 1,000,000), or 0 when it
    /// is derived.
    pub(crate) micro: u32,
    pub(crate) source: TieSource,
}

/// A strength in (0, 1] as millionths, rounded to the nearest; `None` when
/// it is outside the accepted range (see [`check_strength`]).
pub(crate) fn to_micro(x: f64) -> Option<u32> {
    if !(MIN_TIE_STRENGTH..=1.0).contains(&x) {
        return None;
    }
    let m = (x * f64::from(STRENGTH_STEPS)).round();
    // In range by the check above: 1 ..= 1,000,000.
    Some((m as u32).clamp(1, STRENGTH_STEPS))
}

/// Millionths as the `f64` the API reports: the nearest `f64` to the
/// six-decimal value, which JSON writes and reads back exactly.
pub(crate) fn from_micro(m: u32) -> f64 {
    f64::from(m) / f64::from(STRENGTH_STEPS)
}

impl TieData {
    /// Assumes `strength` passed [`check_strength`].
    pub(crate) fn new(strength: Option<f64>, source: TieSource) -> TieData {
        TieData {
            micro: strength.and_then(to_micro).unwrap_or(0),
            source,
        }
    }

    pub(crate) fn strength(&self) -> Option<f64> {
        (self.micro != 0).then(|| from_micro(self.micro))
    }

    /// The weight the graph index stores: the strength, or NaN when derived.
    pub(crate) fn weight(&self) -> f32 {
        match self.strength() {
            Some(s) => s as f32,
            None => f32::NAN,
        }
    }
}

/// A tie's key: (smaller end, larger end), the job seeker being 0.
pub(crate) type TieKey = (u32, u32);

/// The ties.
pub(crate) type TieMap = BTreeMap<TieKey, TieData>;

/// The key of the tie between two parties; `None` when an id is beyond
/// what ties can hold (4,294,967,295).
pub(crate) fn tie_key(a: Party, b: Party) -> Option<TieKey> {
    let (x, y) = (u32::try_from(a.key()).ok()?, u32::try_from(b.key()).ok()?);
    Some((x.min(y), x.max(y)))
}

pub(crate) fn tie_of(key: TieKey, d: &TieData) -> Tie {
    Tie {
        a: Party::from_key(u64::from(key.0)),
        b: Party::from_key(u64::from(key.1)),
        strength: d.strength(),
        source: d.source,
    }
}

/// Ties in the data file: one compact array per tie,
/// `[a, b]` (derived strength, entered by hand), `[a, b, strength]`, or
/// `[a, b, strength or null, "source"]`, `0` standing for the job seeker.
/// Files of format version 2 and older wrote each tie as an object
/// (`{"a": "me", "b": 3, "strength": 0.5, "source": "import"}`); both
/// forms load.
pub(crate) mod serde_ties {
    use super::{check_strength, tie_key, Party, TieData, TieMap, TieSource};
    use crate::id::ContactId;
    use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde::ser::{SerializeTuple, Serializer};
    use serde::{Deserialize, Serialize};
    use std::fmt;

    struct Compact<'a>(u32, u32, &'a TieData);

    impl Serialize for Compact<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let d = self.2;
            let len = match (d.strength(), d.source) {
                (None, TieSource::Manual) => 2,
                (Some(_), TieSource::Manual) => 3,
                _ => 4,
            };
            let mut t = s.serialize_tuple(len)?;
            t.serialize_element(&self.0)?;
            t.serialize_element(&self.1)?;
            if len >= 3 {
                t.serialize_element(&d.strength())?;
            }
            if len == 4 {
                t.serialize_element(&d.source)?;
            }
            t.end()
        }
    }

    pub(crate) fn serialize<S: Serializer>(map: &TieMap, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter().map(|(k, d)| Compact(k.0, k.1, d)))
    }

    /// One tie as read: its two ends (0 = the job seeker), strength, source.
    struct Raw(u64, u64, Option<f64>, TieSource);

    fn party_key<E: de::Error>(v: serde_json::Value) -> Result<u64, E> {
        match v {
            serde_json::Value::Number(n) => n
                .as_u64()
                .ok_or_else(|| E::custom(format!("expected a contact id, found {n}"))),
            serde_json::Value::String(s) if s == "me" => Ok(0),
            other => Err(E::custom(format!(
                "expected \"me\" or a contact id, found {other}"
            ))),
        }
    }

    impl<'de> Deserialize<'de> for Raw {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Raw;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a tie: [a, b, strength, source]")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
                    let a: u64 = seq
                        .next_element()?
                        .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                    let b: u64 = seq
                        .next_element()?
                        .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                    let strength: Option<f64> = seq.next_element()?.flatten();
                    let source: TieSource = seq.next_element()?.unwrap_or_default();
                    if seq.next_element::<de::IgnoredAny>()?.is_some() {
                        return Err(de::Error::custom(
                            "a tie has at most four parts: [a, b, strength, source]",
                        ));
                    }
                    Ok(Raw(a, b, strength, source))
                }
                fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Raw, M::Error> {
                    let (mut a, mut b, mut strength, mut source) = (None, None, None, None);
                    while let Some(k) = map.next_key::<String>()? {
                        match k.as_str() {
                            "a" => a = Some(party_key::<M::Error>(map.next_value()?)?),
                            "b" => b = Some(party_key::<M::Error>(map.next_value()?)?),
                            "strength" => strength = map.next_value::<Option<f64>>()?,
                            "source" => source = Some(map.next_value::<TieSource>()?),
                            other => {
                                return Err(de::Error::unknown_field(
                                    other,
                                    &["a", "b", "strength", "source"],
                                ))
                            }
                        }
                    }
                    Ok(Raw(
                        a.ok_or_else(|| de::Error::missing_field("a"))?,
                        b.ok_or_else(|| de::Error::missing_field("b"))?,
                        strength,
                        source.unwrap_or_default(),
                    ))
                }
            }
            d.deserialize_any(V)
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<TieMap, D::Error> {
        struct L;
        impl<'de> Visitor<'de> for L {
            type Value = TieMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of ties")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TieMap, A::Error> {
                let mut map = TieMap::new();
                let mut i = 0usize;
                while let Some(Raw(a, b, strength, source)) = seq.next_element()? {
                    let party = |k: u64| {
                        if k == 0 {
                            Party::Me
                        } else {
                            Party::Contact(ContactId::from_raw(k))
                        }
                    };
                    let (pa, pb) = (party(a), party(b));
                    let key = tie_key(pa, pb).ok_or_else(|| {
                        de::Error::custom(format!(
                            "tie {i}: contact id too large (the largest id is {})",
                            crate::id::MAX_ID
                        ))
                    })?;
                    check_strength(strength)
                        .map_err(|e| de::Error::custom(format!("tie {i}: {}", e.kind())))?;
                    if map.insert(key, TieData::new(strength, source)).is_some() {
                        return Err(de::Error::custom(format!(
                            "tie {i} between {pa} and {pb} is listed twice"
                        )));
                    }
                    i += 1;
                }
                Ok(map)
            }
        }
        d.deserialize_seq(L)
    }
}

/// The largest ties CSV [`import_ties_csv`](crate::import_ties_csv) reads: 256 MiB.
pub const MAX_TIES_BYTES: usize = 256 * 1024 * 1024;

/// What [`import_ties_csv`](crate::import_ties_csv) did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TieImport {
    /// Ties that were new.
    pub added: usize,
    /// Ties that existed and were updated.
    pub updated: usize,
}

/// Checks an explicit strength: a number from [`MIN_TIE_STRENGTH`] to 1.
/// Strengths are kept to six decimal places (0.1234567 is kept as
/// 0.123457), so what is accepted is what a save and a load give back.
pub(crate) fn check_strength(s: Option<f64>) -> Result<()> {
    match s {
        Some(x) if to_micro(x).is_none() => Err(Error::invalid(
            "tie strength",
            x.to_string(),
            "must be from 0.000001 (the smallest strength kept) to 1",
        )),
        _ => Ok(()),
    }
}

/// JSON Schemas for the custom forms above (feature `schema`).
#[cfg(feature = "schema")]
pub(crate) mod schema {
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    /// The data file's ties: `[a, b]`, `[a, b, strength]` or
    /// `[a, b, strength, source]`, ends `"me"` or a contact id. (Version 1 and
    /// 2 files wrote objects; they load, and are written back as arrays.)
    pub(crate) struct TiesSchema;

    impl JsonSchema for TiesSchema {
        fn schema_name() -> Cow<'static, str> {
            "Ties".into()
        }

        fn json_schema(g: &mut SchemaGenerator) -> Schema {
            let source = g.subschema_for::<crate::TieSource>();
            json_schema!({
                "type": "array",
                "items": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 4,
                    "prefixItems": [
                        { "anyOf": [ { "const": "me" }, { "type": "integer", "minimum": 0 } ] },
                        { "type": "integer", "minimum": 1 },
                        { "type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 1 },
                        source
                    ]
                }
            })
        }
    }

    impl JsonSchema for crate::Party {
        fn schema_name() -> Cow<'static, str> {
            "Party".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "One end of a tie: \"me\" (the job seeker) or a contact id.",
                "anyOf": [ { "const": "me" }, { "type": "integer", "minimum": 1 } ]
            })
        }
    }
}
