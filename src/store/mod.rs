//! The data file: a versioned JSON document, saved atomically.
//!
//! ```json
//! {
//!   "format": "inroads",
//!   "version": 3,
//!   "network": {
//!     "profile": {"name": "…", …},
//!     "contacts": {
//!       "1": {"name": "…", …},
//!       …
//!     },
//!     "ties": [
//! [0,1,0.8],
//! [1,2],
//! …
//!     ],
//!     …
//!   }
//! }
//! ```
//!
//! - **Versioned.** `format` names the document; `version` is the format
//!   version (1: people and facts; 2: adds the journal, leads, cadences and
//!   questions — an older build refuses a version 2 file rather than
//!   silently dropping its journal; 3: ties as compact arrays
//!   `[a, b, strength, source]`, one record per line). Every version this
//!   build knows ([`FORMAT_VERSION`] and all older ones) loads; a newer or
//!   unknown one is refused with [`ErrorKind::UnsupportedVersion`], and the
//!   file is left alone.
//! - **Compact where it is bulky.** The document is indented down to its
//!   lists; each record (a contact, a journal entry, a tie) is written on
//!   one line. A tie takes about 15 bytes.
//! - **Validated.** Loading checks the whole document — shape, ranges,
//!   duplicates, references, ids — and names the first problem with its
//!   line and column or its JSON path (`network.contacts.3.company`). A
//!   field this build does not know is refused with its name, never
//!   silently dropped on the next save.
//! - **What save writes, load reads.** A save that would write more than
//!   [`MAX_STORE_BYTES`] is refused before anything is written; every value
//!   the library accepts (tie strengths to six decimals, ids up to
//!   [`MAX_ID`](crate::MAX_ID)) round-trips exactly.
//! - **Atomic.** [`save`] writes a temporary file in the same folder as the
//!   file it replaces (the target of a symbolic link, which stays a link),
//!   flushes it to disk, renames it over the old file and flushes the
//!   folder, so a crash leaves either the old file or the new one, never
//!   half of one. The file is created readable and writable by its owner
//!   only (mode `0600` on Unix, or the old file's mode if that was tighter)
//!   and keeps the old file's owner and group: it holds other people's
//!   personal data.
//! - **Plain files only.** A FIFO, device or folder is refused
//!   ([`ErrorKind::NotAFile`]) before it is opened, so nothing can hang on it.
//! - **Bounded.** Files over [`MAX_STORE_BYTES`] are refused before reading.

use crate::data::NetworkData;
use crate::error::{Error, ErrorKind, Location, Result};
use crate::network::Network;
use serde::{Deserialize, Serialize};
use std::io::Write;

#[cfg(feature = "fs")]
mod file;
#[cfg(feature = "fs")]
pub use file::*;

/// The `format` value of an `inroads` data file.
pub const FORMAT_NAME: &str = "inroads";
/// The format version this build writes.
pub const FORMAT_VERSION: u64 = 3;
/// The largest data file [`load`] reads and [`save`] writes: 1 GiB (about
/// a million contacts and ten million ties).
pub const MAX_STORE_BYTES: u64 = 1024 * 1024 * 1024;

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct Document<N> {
    format: String,
    version: u64,
    network: N,
}

/// Serialises a network as a data-file document.
///
/// # Errors
/// [`ErrorKind::TooLarge`] when the document would be larger than
/// [`MAX_STORE_BYTES`] (a file [`load`] would refuse), or
/// [`ErrorKind::Malformed`] should serialisation itself fail.
pub fn to_json(network: &Network) -> Result<String> {
    to_json_data(network.data(), MAX_STORE_BYTES)
}

pub(crate) fn to_json_data(data: &NetworkData, limit: u64) -> Result<String> {
    let doc = Document {
        format: FORMAT_NAME.to_string(),
        version: FORMAT_VERSION,
        network: data,
    };
    let mut out = Vec::with_capacity(4096);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Layout::default());
    doc.serialize(&mut ser).map_err(|e| {
        Error::new(ErrorKind::Malformed {
            what: "data file",
            message: format!("could not be written: {e}"),
        })
    })?;
    out.push(b'\n');
    if out.len() as u64 > limit {
        return Err(Error::new(ErrorKind::TooLarge {
            size: out.len() as u64,
            limit,
        }));
    }
    // serde_json writes UTF-8 only.
    String::from_utf8(out).map_err(|e| {
        Error::new(ErrorKind::Malformed {
            what: "data file",
            message: format!("not UTF-8 after writing: {e}"),
        })
    })
}

/// The data file's layout: objects and lists indented down to
/// [`Layout::PRETTY`] levels, everything deeper on one line — a contact,
/// an entry or a tie per line.
#[derive(Default)]
struct Layout {
    /// For each open container: whether it has a value yet, and whether
    /// it is an object.
    open: Vec<(bool, bool)>,
}

impl Layout {
    const PRETTY: usize = 3;

    fn pretty(&self) -> bool {
        self.open.len() <= Self::PRETTY
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W, object: bool) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        // Records of a bulk list start at the line's beginning: indenting
        // ten million ties would cost 60 MB.
        if object || self.open.len() < Self::PRETTY {
            for _ in 0..self.open.len() {
                w.write_all(b"  ")?;
            }
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        c: &[u8],
        object: bool,
    ) -> std::io::Result<()> {
        self.open.push((false, object));
        w.write_all(c)
    }

    fn end<W: ?Sized + Write>(&mut self, w: &mut W, c: &[u8]) -> std::io::Result<()> {
        let pretty = self.pretty();
        let (had, _) = self.open.pop().unwrap_or((false, false));
        if pretty && had {
            w.write_all(b"\n")?;
            for _ in 0..self.open.len() {
                w.write_all(b"  ")?;
            }
        }
        w.write_all(c)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.pretty() {
            let object = self.open.last().is_some_and(|(_, o)| *o);
            self.newline(w, object)?;
        }
        Ok(())
    }

    fn mark(&mut self) {
        if let Some(top) = self.open.last_mut() {
            top.0 = true;
        }
    }
}

impl serde_json::ser::Formatter for Layout {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.begin(w, b"[", false)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.end(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.mark();
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.begin(w, b"{", true)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.end(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(if self.pretty() { b": " } else { b":" })
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.mark();
        Ok(())
    }
}

/// Parses and validates a data-file document.
///
/// # Errors
/// [`ErrorKind::Malformed`] with line and column for invalid JSON, a value
/// of the wrong shape or a field this build does not know;
/// [`ErrorKind::NotAStore`] when `format` is missing or wrong;
/// [`ErrorKind::UnsupportedVersion`]; or any invariant violation
/// (dangling reference, duplicate email or name, rating out of range, an id
/// out of range) with the JSON path of the offending value.
///
/// ```
/// use inroads::{store, ErrorKind};
/// let err = store::from_json(r#"{"format":"inroads","version":999,"network":{}}"#).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnsupportedVersion { found: 999, .. }));
/// ```
pub fn from_json(text: &str) -> Result<Network> {
    from_slice(text.as_bytes())
}

/// As [`from_json`], from bytes (which must be UTF-8; a leading byte-order
/// mark is skipped).
pub fn from_slice(bytes: &[u8]) -> Result<Network> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let header: Header = serde_json::from_slice(bytes).map_err(json_error)?;
    match header.format.as_ref().and_then(|f| f.as_str()) {
        Some(FORMAT_NAME) => {}
        Some(other) => {
            return Err(Error::new(ErrorKind::NotAStore {
                reason: format!("\"format\" is {other:?}, expected {FORMAT_NAME:?}"),
            }))
        }
        None => {
            return Err(Error::new(ErrorKind::NotAStore {
                reason: format!("no \"format\": {FORMAT_NAME:?} field at the top level"),
            }))
        }
    }
    let version = match header.version {
        Some(v) => v.as_u64().ok_or_else(|| {
            Error::new(ErrorKind::NotAStore {
                reason: format!("\"version\" is {v}, expected a positive whole number"),
            })
        })?,
        None => {
            return Err(Error::new(ErrorKind::NotAStore {
                reason: "no \"version\" field at the top level".into(),
            }))
        }
    };
    if version == 0 || version > FORMAT_VERSION {
        return Err(Error::new(ErrorKind::UnsupportedVersion {
            found: version,
            newest: FORMAT_VERSION,
        }));
    }
    // Version 2 added the journal, leads, cadences, questions and contact
    // fields, all optional: a version 1 document reads as a version 2 one
    // with those empty. Version 3 writes ties as arrays; the tie reader
    // takes both forms. A later version adds its migration here.
    //
    // The fast parse first; only a document that fails is parsed again,
    // tracking the path, to say where.
    let doc: Document<NetworkData> = match serde_json::from_slice(bytes) {
        Ok(doc) => doc,
        Err(_) => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            let result: std::result::Result<Document<NetworkData>, _> =
                serde_path_to_error::deserialize(&mut de);
            match result {
                Ok(doc) => doc,
                Err(e) => {
                    let path = e.path().to_string();
                    let mut err = json_error(e.into_inner());
                    if let Some(loc) = err.location().cloned() {
                        err = err.with_location(Location {
                            json_path: Some(path),
                            ..loc
                        });
                    }
                    return Err(err);
                }
            }
        }
    };
    Network::from_data(doc.network)
}

fn json_error(e: serde_json::Error) -> Error {
    let message = if e.is_eof() {
        "the file ends too early (truncated?)".to_string()
    } else {
        // serde_json appends " at line L column C"; the location says it.
        let s = e.to_string();
        let s = match s.rfind(" at line ") {
            Some(i) => s.get(..i).unwrap_or(&s).to_string(),
            None => s,
        };
        if s.starts_with("unknown field") {
            format!("{s}; this build does not know that field, and refuses the file rather than drop it on the next save (remove the field, or use the inroads that wrote it)")
        } else {
            s
        }
    };
    let loc = Location {
        line: Some(e.line() as u64).filter(|l| *l > 0),
        column: Some(e.column() as u64).filter(|c| *c > 0),
        ..Location::default()
    };
    Error::new(ErrorKind::Malformed {
        what: "data file",
        message,
    })
    .with_location(loc)
}
