//! O\*NET codes as plain values: a career field (`25`) and an occupation
//! (`25-2031.00`). Layer 1: the catalogue, profiles and contacts all use
//! them.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A career field: an O\*NET major group such as `25` (Educational
/// Instruction and Library).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "String", into = "String")]
pub struct FieldCode(u8);

impl FieldCode {
    /// Parses a two-digit field code (`"25"`); an occupation code
    /// (`"25-2031.00"`) gives its field.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) when it does not start with two digits.
    pub fn parse(s: &str) -> Result<FieldCode> {
        let t = s.trim();
        let digits = t.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
        let rest_ok = t.len() == 2 || t.as_bytes().get(2) == Some(&b'-');
        match digits.and_then(|d| d.parse::<u8>().ok()) {
            Some(n) if rest_ok => Ok(FieldCode(n)),
            _ => Err(Error::invalid(
                "field code",
                s,
                "expected a two-digit O*NET major group such as 25",
            )),
        }
    }

    /// The code as a number (25).
    pub fn get(self) -> u8 {
        self.0
    }
}

impl fmt::Display for FieldCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}
impl TryFrom<String> for FieldCode {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        FieldCode::parse(&s)
    }
}
impl From<FieldCode> for String {
    fn from(c: FieldCode) -> String {
        c.to_string()
    }
}

/// An O\*NET-SOC occupation code such as `25-2031.00`: two digits (the
/// field), a hyphen, four digits, a dot, two digits.
///
/// ```
/// use inroads::{FieldCode, OccupationCode};
/// let code: OccupationCode = "25-2031.00".parse()?;
/// assert_eq!(code.field(), FieldCode::parse("25")?);
/// assert_eq!(code, "25-2031.00");
/// assert!("25-2031".parse::<OccupationCode>().is_err());
/// # Ok::<(), inroads::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "String", into = "String")]
pub struct OccupationCode(String);

impl OccupationCode {
    /// Parses a code in the form `NN-NNNN.NN`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for any other form.
    pub fn parse(s: &str) -> Result<OccupationCode> {
        let t = s.trim();
        let b = t.as_bytes();
        let shape = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| match i {
                2 => *c == b'-',
                7 => *c == b'.',
                _ => c.is_ascii_digit(),
            });
        if shape {
            Ok(OccupationCode(t.to_string()))
        } else {
            Err(Error::invalid(
                "occupation code",
                s,
                "expected an O*NET-SOC code such as 25-2031.00",
            ))
        }
    }

    /// The code as written (`25-2031.00`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The career field: the code's first two digits.
    pub fn field(&self) -> FieldCode {
        FieldCode(
            self.0
                .get(..2)
                .and_then(|d| d.parse().ok())
                .unwrap_or_default(),
        )
    }
}

impl fmt::Display for OccupationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for OccupationCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        OccupationCode::parse(s)
    }
}

impl TryFrom<String> for OccupationCode {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        OccupationCode::parse(&s)
    }
}

impl From<OccupationCode> for String {
    fn from(c: OccupationCode) -> String {
        c.0
    }
}

impl PartialEq<str> for OccupationCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for OccupationCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
