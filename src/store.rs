//! The data file: a versioned JSON document, saved atomically.
//!
//! ```json
//! { "format": "inroads", "version": 2, "network": { "profile": { … }, … } }
//! ```
//!
//! - **Versioned.** `format` names the document; `version` is the format
//!   version (1: people and facts; 2: adds the journal, leads, cadences and
//!   questions — an older build refuses a version 2 file rather than
//!   silently dropping its journal). Every version this build knows ([`FORMAT_VERSION`] and all
//!   older ones) loads; a newer or unknown one is refused with
//!   [`ErrorKind::UnsupportedVersion`], and the file is left alone.
//! - **Validated.** Loading checks the whole document — shape, ranges,
//!   duplicates, references — and names the first problem with its line and
//!   column or its JSON path (`network.contacts.3.company`).
//! - **Atomic.** [`save`] writes a temporary file in the same folder, flushes
//!   it to disk, renames it over the old file and flushes the folder, so a
//!   crash leaves either the old file or the new one, never half of one. The
//!   file is created readable and writable by its owner only (mode `0600` on
//!   Unix): it holds other people's personal data.
//! - **Bounded.** Files over [`MAX_STORE_BYTES`] are refused before reading.

use crate::error::{Error, ErrorKind, Location, Result};
use crate::network::{Network, NetworkData};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::Path;

/// The `format` value of an `inroads` data file.
pub const FORMAT_NAME: &str = "inroads";
/// The format version this build writes.
pub const FORMAT_VERSION: u64 = 2;
/// The largest data file [`load`] reads: 256 MiB.
pub const MAX_STORE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct Document<N> {
    format: String,
    version: u64,
    network: N,
}

/// Serialises a network as a data-file document (pretty-printed JSON).
pub fn to_json(network: &Network) -> String {
    to_json_data(network.data())
}

pub(crate) fn to_json_data(data: &NetworkData) -> String {
    let doc = Document {
        format: FORMAT_NAME.to_string(),
        version: FORMAT_VERSION,
        network: data,
    };
    // Serialising plain structs with string keys cannot fail.
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Parses and validates a data-file document.
///
/// # Errors
/// [`ErrorKind::Malformed`] with line and column for invalid JSON or a value
/// of the wrong shape; [`ErrorKind::NotAStore`] when `format` is missing or
/// wrong; [`ErrorKind::UnsupportedVersion`]; or any invariant violation
/// (dangling reference, duplicate email or name, rating out of range) with
/// the JSON path of the offending value.
///
/// ```
/// use inroads::{store, ErrorKind};
/// let err = store::from_json(r#"{"format":"inroads","version":999,"network":{}}"#).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnsupportedVersion { found: 999, .. }));
/// ```
pub fn from_json(text: &str) -> Result<Network> {
    from_slice(text.as_bytes())
}

/// As [`from_json`], from bytes (which must be UTF-8).
pub fn from_slice(bytes: &[u8]) -> Result<Network> {
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
    // with those empty. A later version adds its migration here.
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let doc: Document<NetworkData> = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let mut err = json_error(inner);
        if let Some(loc) = err.location().cloned() {
            err = err.with_location(Location {
                json_path: Some(path),
                ..loc
            });
        }
        err
    })?;
    Network::from_data(doc.network)
}

fn json_error(e: serde_json::Error) -> Error {
    let message = if e.is_eof() {
        "the file ends too early (truncated?)".to_string()
    } else {
        // serde_json appends " at line L column C"; the location says it.
        let s = e.to_string();
        match s.rfind(" at line ") {
            Some(i) => s.get(..i).unwrap_or(&s).to_string(),
            None => s,
        }
    };
    let loc = Location {
        line: Some(e.line() as u64).filter(|l| *l > 0),
        column: Some(e.column() as u64).filter(|c| *c > 0),
        ..Location::default()
    };
    Error::new(ErrorKind::Malformed { message }).with_location(loc)
}

/// Loads a data file. The file is only read, never modified.
///
/// # Errors
/// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::TooLarge`]
/// over [`MAX_STORE_BYTES`], and every error of [`from_slice`], each with the
/// file's path.
pub fn load(path: &Path) -> Result<Network> {
    let bytes = read_bounded(path)?;
    from_slice(&bytes).map_err(|e| e.with_path(path))
}

/// Reads a file of at most [`MAX_STORE_BYTES`].
fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io("reading", path, e))?;
    let size = file
        .metadata()
        .map_err(|e| Error::io("reading", path, e))?
        .len();
    if size > MAX_STORE_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size,
            limit: MAX_STORE_BYTES,
        })
        .with_path(path));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_STORE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("reading", path, e))?;
    if bytes.len() as u64 > MAX_STORE_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_STORE_BYTES,
        })
        .with_path(path));
    }
    Ok(bytes)
}

/// What a loaded data file looked like on disk, to detect that another
/// writer changed it since ([`save_if_unchanged`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    hash: u64,
}

impl Stamp {
    fn of(bytes: &[u8]) -> Stamp {
        use std::hash::Hasher;
        let mut h = crate::hash::Fnv::default();
        h.write(bytes);
        Stamp {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }
}

/// An exclusive lock on a data file, held while it is read, changed and
/// written, so two writers never interleave. Released when dropped.
///
/// The lock is an operating-system file lock on a companion file
/// (`NAME.lock` beside the data file, mode 0600), so it also protects
/// against other processes, and vanishes with a crashed holder.
#[derive(Debug)]
pub struct FileLock {
    _file: std::fs::File,
}

/// Takes the exclusive lock on the data file at `path`, waiting for another
/// holder to finish.
///
/// # Errors
/// [`ErrorKind::Io`] when the lock file cannot be created or locked.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("inroads.json");
/// let lock = inroads::store::lock(&path)?;
/// inroads::store::save(&inroads::Network::default(), &path)?;
/// drop(lock);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn lock(path: &Path) -> Result<FileLock> {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    let lock_path = path.with_file_name(name);
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(&lock_path)
        .map_err(|e| Error::io("creating the lock file", &lock_path, e))?;
    file.lock()
        .map_err(|e| Error::io("locking", &lock_path, e))?;
    Ok(FileLock { _file: file })
}

/// Loads a data file and remembers what it looked like, for
/// [`save_if_unchanged`].
///
/// # Errors
/// As [`load`].
pub fn load_with_stamp(path: &Path) -> Result<(Network, Stamp)> {
    let bytes = read_bounded(path)?;
    let net = from_slice(&bytes).map_err(|e| e.with_path(path))?;
    Ok((net, Stamp::of(&bytes)))
}

/// Saves a network — under the file's lock — only if the file on disk is
/// still the one `stamp` describes: a second writer that loaded the same
/// file earlier is refused rather than silently overwriting the first
/// writer's change.
///
/// # Errors
/// [`ErrorKind::Conflict`] when the file changed since it was loaded (load
/// it again and redo the change); otherwise as [`save`].
pub fn save_if_unchanged(network: &Network, path: &Path, stamp: &Stamp) -> Result<()> {
    let _lock = lock(path)?;
    let now = match std::fs::read(path) {
        Ok(bytes) => Some(Stamp::of(&bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io("reading", path, e)),
    };
    if now != Some(*stamp) {
        return Err(Error::new(ErrorKind::Conflict {
            reason: "the data file changed on disk since it was loaded; load it again and redo the change".into(),
        })
        .with_path(path));
    }
    save(network, path)
}

/// Saves a network atomically (see the [module docs](self)).
///
/// # Errors
/// [`ErrorKind::Io`] when the folder cannot be written, the disk is full, or
/// the rename fails. The old file, if any, is then left as it was.
pub fn save(network: &Network, path: &Path) -> Result<()> {
    write_atomic(path, to_json(network).as_bytes())
}

/// Writes `bytes` to `path` atomically (temporary file, flush, rename,
/// flush the folder), with owner-only permissions (mode 0600 on Unix).
///
/// Exports use it too: every file this crate writes holds other people's
/// data and is created readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes)
}

pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".inroads-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io("creating a temporary file", dir, e))?;
    tmp.write_all(bytes)
        .map_err(|e| Error::io("writing", tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io("flushing", tmp.path(), e))?;
    tmp.persist(path)
        .map_err(|e| Error::io("renaming the temporary file", path, e.error))?;
    sync_dir(dir)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io("flushing the folder", dir, e))
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<()> {
    Ok(())
}
