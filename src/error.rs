//! The crate's one error type.

use std::fmt;
use std::path::{Path, PathBuf};

/// A specialised `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `inroads`.
///
/// An `Error` is an [`ErrorKind`] (what is wrong) plus an optional
/// [`Location`] (where: a file, a line, a JSON path). Its `Display` names
/// the offending value and, for file input, the place in the file.
///
/// ```
/// use inroads::{Company, ErrorKind, Network};
///
/// let mut network = Network::default();
/// network.add_company(Company::named("Acme")).unwrap();
/// let err = network.add_company(Company::named("ACME")).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::Duplicate { .. }));
/// assert!(err.to_string().contains("ACME"));
/// ```
#[derive(Debug)]
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    location: Option<Location>,
}

/// Where in an input an [`Error`] was found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Location {
    /// The file, when the input came from one.
    pub path: Option<PathBuf>,
    /// The 1-based line, when known.
    pub line: Option<u64>,
    /// The 1-based column, when known.
    pub column: Option<u64>,
    /// The JSON path of the offending value (`contacts[3].company`), when known.
    pub json_path: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(path) = &self.path {
            parts.push(path.display().to_string());
        }
        match (self.line, self.column) {
            (Some(l), Some(c)) => parts.push(format!("line {l}, column {c}")),
            (Some(l), None) => parts.push(format!("line {l}")),
            _ => {}
        }
        if let Some(p) = &self.json_path {
            parts.push(format!("at {p}"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// What kind of thing went wrong. New kinds may be added in minor releases.
#[derive(Debug, thiserror::Error, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "code",
    rename_all = "kebab-case",
    rename_all_fields = "snake_case"
)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A value is outside what is allowed (an empty name, a rating of 7, a malformed email).
    #[error("invalid {field} {value:?}: {reason}")]
    InvalidValue {
        /// Which field or argument.
        field: String,
        /// The offending value, as given.
        value: String,
        /// Why it is refused.
        reason: String,
    },
    /// Something referred to by name or id does not exist.
    #[error("no {what} {}", quote_key(key))]
    NotFound {
        /// What was looked for (`contact`, `company`, …).
        what: &'static str,
        /// The name, email or id that was looked for.
        key: String,
    },
    /// A name or email that must be unique is already taken.
    #[error("{what} {key:?} already exists ({existing})")]
    Duplicate {
        /// What kind of record.
        what: &'static str,
        /// The clashing value.
        key: String,
        /// The record that already holds it.
        existing: String,
    },
    /// A name matches more than one contact; the caller must be more
    /// specific (an id such as `#74`, an email or a profile URL).
    #[error("{what} {key:?} is ambiguous: it matches {}", list_ids(candidates))]
    Ambiguous {
        /// What kind of record.
        what: &'static str,
        /// The name given.
        key: String,
        /// The contacts it matches, in id order, for the user to choose
        /// from (a front end may show their companies and titles to their
        /// owner; the message names ids only).
        candidates: Vec<crate::ContactId>,
    },
    /// A record cannot be removed because others still refer to it.
    #[error("{what} {name:?} is still referred to by {users}; detach them first or ask to detach")]
    InUse {
        /// What kind of record.
        what: &'static str,
        /// Its name.
        name: String,
        /// Who refers to it.
        users: String,
    },
    /// A record refers to another that does not exist (found when loading a file).
    #[error("{what} refers to {target} {id}, which does not exist")]
    DanglingReference {
        /// The referring record.
        what: String,
        /// The kind of record referred to.
        target: &'static str,
        /// The missing id.
        id: String,
    },
    /// A journal event that makes no sense from the contact's current stage
    /// (thanking someone never met, holding a cancelled meeting).
    #[error("cannot record {:?} for a contact at stage {:?}: {reason}", event.name(), stage.as_str())]
    InvalidTransition {
        /// The refused event.
        event: crate::EventKind,
        /// The contact's stage.
        stage: crate::Stage,
        /// Why.
        reason: String,
    },
    /// A new meeting overlaps one already scheduled.
    #[error("the meeting overlaps the meeting with {with} at {}; allow overlaps to schedule it anyway", start.format("%Y-%m-%d %H:%M %:z"))]
    Overlap {
        /// Whom the other meeting is with.
        with: crate::ContactId,
        /// When the other meeting starts.
        start: chrono::DateTime<chrono::FixedOffset>,
    },
    /// A message template names a placeholder that cannot be filled.
    #[error("cannot fill {placeholder} in the {template} template: {reason}")]
    Unfilled {
        /// The template.
        template: String,
        /// The placeholder, with its braces.
        placeholder: String,
        /// What is missing.
        reason: String,
    },
    /// An input is not valid in its format (JSON, CSV, vCard) or does not
    /// have the expected shape.
    #[error("malformed {what}: {message}")]
    Malformed {
        /// Which input: `data file`, `ties CSV`, `LinkedIn export`,
        /// `vCard file`, `catalogue table`.
        what: &'static str,
        /// The parser's description.
        message: String,
    },
    /// A data file is not an `inroads` file at all.
    #[error("not an inroads data file: {reason}")]
    NotAStore {
        /// What is missing or wrong.
        reason: String,
    },
    /// A data file was written by a newer (or unknown) version of the format.
    #[error("data file format version {found} is not supported (this build reads versions 1 to {newest}); upgrade inroads")]
    UnsupportedVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        newest: u64,
    },
    /// Another writer changed the data file since it was loaded.
    #[error("conflict: {reason}")]
    Conflict {
        /// What happened and what to do.
        reason: String,
    },
    /// A file is larger than this library agrees to read.
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The input's size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Every id of a kind is taken: ids run from 1 to
    /// [`MAX_ID`](crate::MAX_ID) and are never reused.
    #[error("no {what} id is left: ids run from 1 to {max} and are never reused")]
    IdsExhausted {
        /// What kind of id (contact, company, …).
        what: &'static str,
        /// The largest id.
        max: u64,
    },
    /// A path names something other than a plain file (a FIFO, a device,
    /// a folder, a socket), which `inroads` neither reads nor writes.
    #[error("not a plain file: it is {found}")]
    NotAFile {
        /// What it is instead.
        found: &'static str,
    },
    /// A write was refused because it would replace a file it must not:
    /// the data file or its lock (an export aimed at them), or any existing
    /// file when overwriting was not asked for.
    #[error("refusing to write: {reason}")]
    WouldOverwrite {
        /// Which file, and why.
        reason: String,
        /// Whether the file is the data file or its lock, which nothing but
        /// a save may write (as opposed to an existing file that asking to
        /// overwrite would allow).
        protected: bool,
    },
    /// Another writer holds the data file's lock and did not let go in time.
    #[error("another inroads command holds the lock {} and did not finish within {waited_secs} s", lock.display())]
    Locked {
        /// The lock file (`NAME.lock` beside the data file).
        lock: PathBuf,
        /// How long this writer waited, in seconds.
        waited_secs: u64,
    },
    /// Reading or writing a file failed.
    #[error("{action} failed: {source}")]
    Io {
        /// What was being done (`reading`, `writing`, …).
        action: &'static str,
        /// The operating system's error.
        #[source]
        #[serde(serialize_with = "io_error_text")]
        #[cfg_attr(feature = "schema", schemars(with = "String"))]
        source: std::io::Error,
    },
}

/// An id (`#7`, `lead#7`) as is, anything else quoted.
fn quote_key(key: &str) -> String {
    let id = key.split_once('#').is_some_and(|(kind, n)| {
        kind.bytes().all(|b| b.is_ascii_lowercase())
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
    });
    if id {
        let n = key.split_once('#').map_or(key, |(_, n)| n);
        format!("#{n}")
    } else {
        format!("{key:?}")
    }
}

fn io_error_text<S: serde::Serializer>(
    e: &std::io::Error,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&e.to_string())
}

fn list_ids(ids: &[crate::ContactId]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

impl ErrorKind {
    /// A short, stable, machine-readable name for the kind (`not-found`,
    /// `duplicate`, …), for front ends that report errors as data.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::InvalidValue { .. } => "invalid-value",
            ErrorKind::NotFound { .. } => "not-found",
            ErrorKind::Duplicate { .. } => "duplicate",
            ErrorKind::Ambiguous { .. } => "ambiguous",
            ErrorKind::InUse { .. } => "in-use",
            ErrorKind::DanglingReference { .. } => "dangling-reference",
            ErrorKind::InvalidTransition { .. } => "invalid-transition",
            ErrorKind::Overlap { .. } => "overlap",
            ErrorKind::Unfilled { .. } => "unfilled",
            ErrorKind::Malformed { .. } => "malformed",
            ErrorKind::NotAStore { .. } => "not-a-store",
            ErrorKind::UnsupportedVersion { .. } => "unsupported-version",
            ErrorKind::TooLarge { .. } => "too-large",
            ErrorKind::Conflict { .. } => "conflict",
            ErrorKind::IdsExhausted { .. } => "ids-exhausted",
            ErrorKind::NotAFile { .. } => "not-a-file",
            ErrorKind::WouldOverwrite { .. } => "would-overwrite",
            ErrorKind::Locked { .. } => "locked",
            ErrorKind::Io { .. } => "io",
        }
    }
}

impl Error {
    /// Creates an error of the given kind with no location.
    pub fn new(kind: ErrorKind) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                location: None,
            }),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.inner.kind
    }

    /// Where it went wrong, when the error came from input with a place.
    pub fn location(&self) -> Option<&Location> {
        self.inner.location.as_ref()
    }

    /// Returns the error with `path` recorded as the file it came from.
    pub fn with_path(mut self, path: &Path) -> Self {
        self.inner
            .location
            .get_or_insert_with(Location::default)
            .path = Some(path.to_path_buf());
        self
    }

    /// Returns the error with a location: what `location` gives replaces
    /// what was known, and what it leaves `None` (a file path set earlier,
    /// say) is kept.
    ///
    /// ```
    /// use inroads::{Error, Location};
    /// let e = inroads::store::from_json("{").unwrap_err()
    ///     .with_path(std::path::Path::new("net.json"))
    ///     .with_location(Location { line: Some(1), ..Location::default() });
    /// let at = e.location().unwrap();
    /// assert_eq!((at.path.as_deref(), at.line), (Some(std::path::Path::new("net.json")), Some(1)));
    /// ```
    pub fn with_location(mut self, location: Location) -> Self {
        let old = self.inner.location.take().unwrap_or_default();
        self.inner.location = Some(Location {
            path: location.path.or(old.path),
            line: location.line.or(old.line),
            column: location.column.or(old.column),
            json_path: location.json_path.or(old.json_path),
        });
        self
    }

    /// True when the error is caused by the input (a bad argument or a bad
    /// data file) rather than by the environment (an I/O failure).
    ///
    /// Front ends use it to choose an exit code or an HTTP status.
    pub fn is_input_error(&self) -> bool {
        !matches!(
            self.inner.kind,
            ErrorKind::Io { .. } | ErrorKind::Locked { .. }
        )
    }

    /// An [`ErrorKind::InvalidValue`] error: `field` has `value`, refused
    /// for `reason`. For front ends that validate their own arguments.
    pub fn invalid(
        field: impl Into<String>,
        value: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Error::new(ErrorKind::InvalidValue {
            field: field.into(),
            value: value.into(),
            reason: reason.into(),
        })
    }

    pub(crate) fn not_found(what: &'static str, key: impl Into<String>) -> Self {
        Error::new(ErrorKind::NotFound {
            what,
            key: key.into(),
        })
    }

    #[cfg(feature = "fs")]
    pub(crate) fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Error::new(ErrorKind::Io { action, source }).with_path(path)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner.location {
            Some(loc) if *loc != Location::default() => write!(f, "{loc}: {}", self.inner.kind),
            _ => write!(f, "{}", self.inner.kind),
        }
    }
}

/// An error as a front end sends it on: `{"kind": "not-found", "details":
/// {…}, "message": "…", "location": {…}}` — the stable kind code, the
/// kind's typed fields (tagged by `code`), the English message, and where,
/// when known.
///
/// ```
/// let err = inroads::store::from_json("{").unwrap_err();
/// let json = serde_json::to_value(&err).unwrap();
/// assert_eq!(json["kind"], "malformed");
/// assert_eq!(json["details"]["code"], "malformed");
/// assert!(json["message"].as_str().unwrap().contains("truncated"));
/// assert_eq!(json["location"]["line"], 1);
/// ```
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 4)?;
        st.serialize_field("kind", self.kind().code())?;
        st.serialize_field("details", self.kind())?;
        st.serialize_field("message", &self.to_string())?;
        st.serialize_field("location", &self.location())?;
        st.end()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.inner.kind)
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error::new(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_puts_location_first() {
        let e = Error::invalid("proficiency", "7", "must be 1 to 5").with_location(Location {
            path: Some("x.json".into()),
            line: Some(3),
            column: None,
            json_path: Some("profile.skills[0].proficiency".into()),
        });
        assert_eq!(
            e.to_string(),
            "x.json, line 3, at profile.skills[0].proficiency: invalid proficiency \"7\": must be 1 to 5"
        );
    }

    #[test]
    fn io_errors_are_not_input_errors() {
        let e = Error::io(
            "writing",
            Path::new("/x"),
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(!e.is_input_error());
        assert!(Error::not_found("contact", "Bob").is_input_error());
    }
}
