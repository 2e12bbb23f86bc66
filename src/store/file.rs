//! The data file on disk: bounded reads, the lock, atomic private saves
//! and exports that never replace the data file. Behind the default `fs`
//! feature: without it (a WebAssembly build) the format functions of
//! [`store`](crate::store) remain.

use super::{from_slice, to_json_data, MAX_STORE_BYTES};
use crate::error::{Error, ErrorKind, Result};
use crate::network::Network;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Loads a data file. The file is only read, never modified.
///
/// # Errors
/// [`ErrorKind::NotFound`] when there is no such file;
/// [`ErrorKind::NotAFile`] for a FIFO, device or folder; [`ErrorKind::Io`]
/// when the file cannot be read; [`ErrorKind::TooLarge`] over
/// [`MAX_STORE_BYTES`]; and every error of [`from_slice`], each with the
/// file's path.
pub fn load(path: &Path) -> Result<Network> {
    let bytes = read_bounded(path, MAX_STORE_BYTES, true)?;
    from_slice(&bytes).map_err(|e| e.with_path(path))
}

/// What a path names, when it is not a plain file.
fn special(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a plain file")
}

/// Reads a whole input of at most `limit` bytes: an import, a template.
/// The size is checked before reading, and the read is bounded too, so a
/// file that grows, a pipe, or a device that never ends (`/dev/zero`)
/// cannot exhaust memory: reading stops one byte past the limit. A folder
/// or socket is refused. (The data file itself must be a plain file:
/// [`load`] refuses pipes and devices too, so nothing can hang holding the
/// lock.)
///
/// # Errors
/// [`ErrorKind::NotFound`] (`what`: "file") when nothing is there,
/// [`ErrorKind::NotAFile`], [`ErrorKind::TooLarge`], or
/// [`ErrorKind::Io`], each with the path.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>> {
    read_bounded(path, limit, false)
}

fn read_bounded(path: &Path, limit: u64, plain_only: bool) -> Result<Vec<u8>> {
    let refused = |meta: &std::fs::Metadata| {
        let t = meta.file_type();
        let stream = {
            #[cfg(unix)]
            {
                use std::os::unix::fs::FileTypeExt;
                t.is_fifo() || t.is_char_device() || t.is_block_device()
            }
            #[cfg(not(unix))]
            {
                false
            }
        };
        match special(meta) {
            Some(_) if stream && !plain_only => None,
            other => other,
        }
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::not_found("file", path.display().to_string()).with_path(path))
        }
        Err(e) => return Err(Error::io("reading", path, e)),
    };
    if let Some(found) = refused(&meta) {
        return Err(Error::new(ErrorKind::NotAFile { found }).with_path(path));
    }
    let too_large = |size: u64| Error::new(ErrorKind::TooLarge { size, limit }).with_path(path);
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io("reading", path, e))?;
    // The path could have been swapped between the two looks.
    let meta = file.metadata().map_err(|e| Error::io("reading", path, e))?;
    if let Some(found) = refused(&meta) {
        return Err(Error::new(ErrorKind::NotAFile { found }).with_path(path));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(limit)).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("reading", path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// As [`read_limited`], for text: the bytes must be UTF-8 (a leading
/// byte-order mark is kept for the importers, which skip it).
///
/// # Errors
/// As [`read_limited`]; [`ErrorKind::InvalidValue`] naming the first byte
/// that is not UTF-8.
pub fn read_text_limited(path: &Path, limit: u64) -> Result<String> {
    let bytes = read_limited(path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            "file",
            path.display().to_string(),
            format!("not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()),
        )
        .with_path(path)
    })
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
/// (`NAME.lock` beside the data file — beside the link's target when the
/// data file is a symbolic link, so every name of one file shares one
/// lock), mode 0600, so it also protects against other processes, and
/// vanishes with a crashed holder.
#[derive(Debug)]
#[must_use = "the lock is released when this guard is dropped: bind it, as in `let _lock = store::lock(path)?;`"]
pub struct FileLock {
    _file: std::fs::File,
    path: PathBuf,
}

impl FileLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// How [`lock_with`] waits for another holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct LockOptions {
    /// How long to wait for another holder before giving up with
    /// [`ErrorKind::Locked`]. Default: 30 seconds.
    pub wait: Duration,
    /// After how long to tell the caller it is waiting (the `waiting`
    /// callback of [`lock_with`]). Default: 1 second.
    pub notice_after: Duration,
}

impl Default for LockOptions {
    fn default() -> Self {
        LockOptions {
            wait: Duration::from_secs(30),
            notice_after: Duration::from_secs(1),
        }
    }
}

/// The lock file of a data file: `NAME.lock` beside the file (beside the
/// target of a symbolic link).
pub fn lock_path(path: &Path) -> PathBuf {
    let target = resolve_target(path);
    let mut name = target
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    target.with_file_name(name)
}

/// Takes the exclusive lock on the data file at `path`, waiting up to the
/// default [`LockOptions`] for another holder to finish.
///
/// # Errors
/// As [`lock_with`].
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
    lock_with(path, &LockOptions::default(), |_| {})
}

/// Takes the exclusive lock on the data file at `path`. While another
/// holder has it, tries again every 50 ms; calls `waiting` once with the
/// lock file's path after `options.notice_after` (so a front end can say
/// it is waiting), and gives up after `options.wait`. Waiting counts the
/// pauses; it does not read the clock.
///
/// # Errors
/// [`ErrorKind::Locked`] when the holder kept the lock for longer than
/// `options.wait`; [`ErrorKind::NotAFile`] when the data path is a FIFO,
/// device or folder; [`ErrorKind::Io`] when the lock file cannot be created
/// or locked.
pub fn lock_with(
    path: &Path,
    options: &LockOptions,
    mut waiting: impl FnMut(&Path),
) -> Result<FileLock> {
    refuse_special(path)?;
    let lock_path = lock_path(path);
    refuse_special(&lock_path)?;
    let mut open = std::fs::OpenOptions::new();
    open.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        open.mode(0o600);
    }
    let file = open
        .open(&lock_path)
        .map_err(|e| Error::io("creating the lock file", &lock_path, e))?;
    // The lock belongs to whoever owns the data file: a command run as root
    // on another user's file must not lock its owner out.
    #[cfg(unix)]
    if let (Ok(data), Ok(lock)) = (std::fs::metadata(path), file.metadata()) {
        use std::os::unix::fs::MetadataExt;
        if data.uid() != lock.uid() || data.gid() != lock.gid() {
            let _ = std::os::unix::fs::fchown(&file, Some(data.uid()), Some(data.gid()));
        }
    }
    const STEP: Duration = Duration::from_millis(50);
    let mut waited = Duration::ZERO;
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => {
                return Ok(FileLock {
                    _file: file,
                    path: lock_path,
                })
            }
            Err(std::fs::TryLockError::WouldBlock) => {}
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::io("locking", &lock_path, e))
            }
        }
        if !told && waited >= options.notice_after {
            told = true;
            waiting(&lock_path);
        }
        if waited >= options.wait {
            return Err(Error::new(ErrorKind::Locked {
                lock: lock_path,
                waited_secs: waited.as_secs(),
            }));
        }
        std::thread::sleep(STEP);
        waited += STEP;
    }
}

/// Refuses a path that names a FIFO, device, folder or socket (following
/// symbolic links); a missing path is fine.
fn refuse_special(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) => match special(&meta) {
            Some(found) => Err(Error::new(ErrorKind::NotAFile { found }).with_path(path)),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Loads a data file and remembers what it looked like, for
/// [`save_if_unchanged`].
///
/// # Errors
/// As [`load`].
pub fn load_with_stamp(path: &Path) -> Result<(Network, Stamp)> {
    let bytes = read_bounded(path, MAX_STORE_BYTES, true)?;
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
/// it again and redo the change); otherwise as [`lock`] and [`save`].
pub fn save_if_unchanged(network: &Network, path: &Path, stamp: &Stamp) -> Result<()> {
    let _lock = lock(path)?;
    let now = match read_bounded(path, MAX_STORE_BYTES, true) {
        Ok(bytes) => Some(Stamp::of(&bytes)),
        Err(e) if matches!(e.kind(), ErrorKind::NotFound { .. }) => None,
        Err(e) => return Err(e),
    };
    if now != Some(*stamp) {
        return Err(Error::new(ErrorKind::Conflict {
            reason: "the data file changed on disk since it was loaded; load it again and redo the change".into(),
        })
        .with_path(path));
    }
    save(network, path)
}

/// Saves a network atomically (see the [`store`](crate::store) module docs).
///
/// # Errors
/// [`ErrorKind::TooLarge`] when the file would be larger than
/// [`MAX_STORE_BYTES`] (nothing is written); [`ErrorKind::NotAFile`] when
/// the path names a FIFO, device or folder; [`ErrorKind::Io`] when the
/// folder cannot be written, the disk is full, or the rename fails. The old
/// file, if any, is then left as it was.
pub fn save(network: &Network, path: &Path) -> Result<()> {
    save_limited(network, path, MAX_STORE_BYTES)
}

/// [`save`] with another size limit than [`MAX_STORE_BYTES`]: for tests of
/// the rule that a save never writes what [`load_limited`] with the same
/// limit would refuse.
#[doc(hidden)]
pub fn save_limited(network: &Network, path: &Path, limit: u64) -> Result<()> {
    let text = to_json_data(network.data(), limit).map_err(|e| e.with_path(path))?;
    write_atomic(path, text.as_bytes())
}

/// [`load`] with another size limit than [`MAX_STORE_BYTES`] (see
/// [`save_limited`]).
#[doc(hidden)]
pub fn load_limited(path: &Path, limit: u64) -> Result<Network> {
    let bytes = read_bounded(path, limit, true)?;
    from_slice(&bytes).map_err(|e| e.with_path(path))
}

/// Writes `bytes` to `path` atomically (temporary file, flush, rename,
/// flush the folder), with owner-only permissions (mode 0600 on Unix).
/// Replaces an existing file; exports should use [`write_export`], which
/// refuses to replace the data file or, unless asked, any existing file.
///
/// # Errors
/// As [`save`].
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes)
}

/// Where an export may be written: [`write_export`]'s rules.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ExportTarget {
    /// The data file(s) the export must never replace, nor their locks.
    pub protect: Vec<PathBuf>,
    /// Replace an existing file (a command line's `--force`). The data file
    /// and its lock are protected even then.
    pub overwrite: bool,
}

impl ExportTarget {
    /// Exports that never replace `data` (nor its lock) and, until
    /// `overwrite` is set, no other existing file.
    pub fn protecting(data: &Path) -> ExportTarget {
        ExportTarget {
            protect: vec![data.to_path_buf()],
            overwrite: false,
        }
    }
}

/// Writes an export (vCard, iCalendar, CSV, GraphML, DOT, JSON) as
/// [`write_private`] does, but never over a protected data file or its
/// lock — compared as files (device and inode, symbolic links followed),
/// however the path names them — and never over an existing file unless
/// `target.overwrite`.
///
/// # Errors
/// [`ErrorKind::WouldOverwrite`] naming the file and why (nothing is
/// written); otherwise as [`write_private`].
///
/// ```
/// use inroads::store::{self, ExportTarget};
/// let dir = tempfile::tempdir().unwrap();
/// let data = dir.path().join("inroads.json");
/// store::save(&inroads::Network::default(), &data)?;
/// let mut target = ExportTarget::protecting(&data);
/// target.overwrite = true;
/// // Even with overwrite, the data file itself is never an export's target.
/// let err = store::write_export(&dir.path().join(".").join("inroads.json"), b"x", &target).unwrap_err();
/// assert_eq!(err.kind().code(), "would-overwrite");
/// store::write_export(&dir.path().join("contacts.vcf"), b"BEGIN:VCARD", &target)?;
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn write_export(path: &Path, bytes: &[u8], target: &ExportTarget) -> Result<()> {
    check_export_target(path, target)?;
    write_atomic(path, bytes)
}

/// Checks [`write_export`]'s rules without writing.
///
/// # Errors
/// As [`write_export`].
pub fn check_export_target(path: &Path, target: &ExportTarget) -> Result<()> {
    let place = resolved_place(path);
    let meta = std::fs::metadata(path).ok();
    for data in &target.protect {
        for (what, p) in [
            ("the data file", data.clone()),
            ("the data file's lock", lock_path(data)),
        ] {
            // By name (the lock need not exist yet, and an export must not
            // take its place), then as a file (hard links, other names).
            let same_name = place.is_some() && resolved_place(&p) == place;
            let same_inode = match (&meta, std::fs::metadata(&p)) {
                (Some(a), Ok(b)) => same_file(a, &b),
                _ => false,
            };
            if same_name || same_inode {
                return Err(Error::new(ErrorKind::WouldOverwrite {
                    reason: format!(
                        "{} is {what} ({}); an export never replaces it — choose another file",
                        path.display(),
                        p.display()
                    ),
                    protected: true,
                })
                .with_path(path));
            }
        }
    }
    let Some(meta) = meta else {
        // Nothing there yet (or a dangling link): nothing to replace.
        return Ok(());
    };
    if let Some(found) = special(&meta) {
        return Err(Error::new(ErrorKind::NotAFile { found }).with_path(path));
    }
    if !target.overwrite {
        return Err(Error::new(ErrorKind::WouldOverwrite {
            reason: format!(
                "{} exists; ask to overwrite it (--force), or choose another file",
                path.display()
            ),
            protected: false,
        })
        .with_path(path));
    }
    Ok(())
}

/// Where a path finally points, as a name: links followed, the folder
/// made absolute and canonical. `None` when the folder does not exist.
fn resolved_place(path: &Path) -> Option<PathBuf> {
    let target = resolve_target(path);
    let name = target.file_name()?.to_os_string();
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> bool {
    false
}

/// The file a path finally names: symbolic links followed (up to 40, as
/// the kernel does), so a save replaces the link's target and the link
/// stays. A path that is not a link is returned as it is.
fn resolve_target(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::read_link(&p) {
                Ok(next) => {
                    p = match p.parent() {
                        Some(dir) if next.is_relative() => dir.join(next),
                        _ => next,
                    }
                }
                Err(_) => return p,
            },
            _ => return p,
        }
    }
    p
}

pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    if bytes.len() as u64 > MAX_STORE_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_STORE_BYTES,
        })
        .with_path(path));
    }
    let target = resolve_target(path);
    let old = std::fs::metadata(&target).ok();
    if let Some(found) = old.as_ref().and_then(special) {
        return Err(Error::new(ErrorKind::NotAFile { found }).with_path(path));
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // A folder that is not there (or not a folder) is the caller's mistake,
    // named plainly, not an I/O failure with a temporary file's name.
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(Error::new(ErrorKind::NotFound {
                what: "folder",
                key: format!("{} (it is a file)", dir.display()),
            })
            .with_path(path))
        }
        Err(_) => {
            return Err(Error::new(ErrorKind::NotFound {
                what: "folder",
                key: dir.display().to_string(),
            })
            .with_path(path))
        }
    }
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".inroads-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io("creating a temporary file", dir, e))?;
    #[cfg(unix)]
    if let Some(old) = &old {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // Keep the owner and group (when run as root on another user's
        // file), and a mode tighter than 0600.
        let me = tmp
            .as_file()
            .metadata()
            .map_err(|e| Error::io("writing", tmp.path(), e))?;
        if me.uid() != old.uid() || me.gid() != old.gid() {
            // Only a privileged writer can give a file away; others keep
            // their own ownership, as any editor would.
            let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(old.uid()), Some(old.gid()));
        }
        let mode = old.mode() & 0o600;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::io("setting permissions on", tmp.path(), e))?;
    }
    tmp.write_all(bytes)
        .map_err(|e| Error::io("writing", tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io("flushing", tmp.path(), e))?;
    tmp.persist(&target)
        .map_err(|e| Error::io("renaming the temporary file", &target, e.error))?;
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
