//! LinkedIn's `Connections.csv`.

use super::{Applied, ImportOptions, ImportReport, Incoming, Matcher, SkippedRow};
use crate::catalog::Catalog;
use crate::error::{Error, ErrorKind, Location, Result};
use crate::network::Network;
use crate::ties::{Party, Tie, TieSource};
use chrono::{NaiveDate, NaiveDateTime};

/// The largest export accepted: 256 MiB.
pub const MAX_LINKEDIN_BYTES: usize = 256 * 1024 * 1024;

fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses LinkedIn's "Connected On": `22 Dec 2025` (current exports) or
/// `12/22/16, 9:55 AM` (older ones).
fn connected_on(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(t, "%d %b %Y")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y-%m-%d"))
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%m/%d/%y, %I:%M %p").map(|d| d.date()))
        .or_else(|_| NaiveDate::parse_from_str(t, "%m/%d/%y"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%m/%d/%Y"))
        .ok()
}

struct Columns {
    first: usize,
    last: usize,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected: Option<usize>,
    websites: Option<usize>,
}

/// Imports a LinkedIn connections export (`Connections.csv`).
///
/// Accepts the current export — a `Notes:` preamble with a quoted
/// paragraph and a blank line before the header `First Name,Last
/// Name,URL,Email Address,Company,Position,Connected On`, dates like
/// `22 Dec 2025` — and the older one (`…,Address,…,Websites,Instant
/// Messengers`, dates like `12/22/16, 9:55 AM`); a UTF-8 byte-order mark,
/// CRLF endings, quoted commas, emoji, tabs and stray spaces in names.
///
/// Each connection becomes a contact, or updates the one it matches (by
/// profile URL, then email, then name and company), with a tie to the job
/// seeker; missing companies are created; with a `catalog`, the contact's
/// career field is inferred from the position. Re-importing the same or
/// a newer export updates, never duplicates.
///
/// # Errors
/// All or nothing: a malformed row (no name, an unreadable date, a bad
/// email, a broken quote) is an error naming its line, and nothing is
/// imported — unless `options.skip_bad_rows`, which skips such rows and
/// lists them in the report. A file with no recognisable header, or
/// larger than [`MAX_LINKEDIN_BYTES`], is refused.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{ImportOptions, Network};
/// let csv = "Notes:\n\"When exporting your connection data, you may notice...\"\n\n\
///            First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
///            Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,\"Museums, Inc.\",Education Manager,22 Dec 2025\n";
/// let mut net = Network::default();
/// let options = ImportOptions::new(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
/// let first = inroads::import_linkedin(&mut net, csv, None, &options)?;
/// let again = inroads::import_linkedin(&mut net, csv, None, &options)?;
/// assert_eq!((first.created, again.created, again.unchanged), (1, 0, 1));
/// assert_eq!(net.contacts().len(), 1);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn import_linkedin(
    network: &mut Network,
    text: &str,
    catalog: Option<&Catalog>,
    options: &ImportOptions,
) -> Result<ImportReport> {
    import_linkedin_with_progress(network, text, catalog, options, &mut |_, _| {})
}

/// As [`import_linkedin`], calling `progress(done, total)` as
/// rows are applied (every 1,000 rows and at the end), for front ends
/// that show a progress bar.
///
/// # Errors
/// As [`import_linkedin`].
pub fn import_linkedin_with_progress(
    network: &mut Network,
    text: &str,
    catalog: Option<&Catalog>,
    options: &ImportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport> {
    crate::model::check_today(options.today)?;
    if text.len() > MAX_LINKEDIN_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size: text.len() as u64,
            limit: MAX_LINKEDIN_BYTES as u64,
        }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The header is the first line that starts with "First Name".
    let mut offset = 0;
    let mut header_line = 0u64;
    let mut found = false;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let l = line.trim_start_matches('\u{feff}').trim_start();
        if l.starts_with("First Name,") || l.starts_with("\"First Name\",") {
            header_line = i as u64 + 1;
            found = true;
            break;
        }
        offset += line.len();
    }
    if !found {
        return Err(Error::new(ErrorKind::Malformed {
 what: "LinkedIn export",
            message: "no header line starting with \"First Name,Last Name\": is this LinkedIn's Connections.csv?".into(),
        }));
    }
    let body = text.get(offset..).unwrap_or("");
    let at = |line: u64| Location {
        line: Some(line),
        ..Location::default()
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(body.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| {
            Error::new(ErrorKind::Malformed {
                what: "LinkedIn export",
                message: e.to_string(),
            })
            .with_location(at(header_line))
        })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let cols = Columns {
        first: col("first name").ok_or_else(|| missing("First Name", header_line))?,
        last: col("last name").ok_or_else(|| missing("Last Name", header_line))?,
        url: col("url"),
        email: col("email address"),
        company: col("company"),
        position: col("position"),
        connected: col("connected on"),
        websites: col("websites"),
    };
    // Read and check every row first.
    let mut rows: Vec<Incoming> = Vec::new();
    let mut report = ImportReport::default();
    let mut rec = csv::StringRecord::new();
    // Lines from byte offsets: the csv crate's own line numbers lag by
    // one after a CRLF line end.
    let mut lines = LineCounter::new(body);
    let mut swallowed_rows: Option<std::ops::RangeInclusive<u64>> = None;
    loop {
        let mut line_of = |pos: Option<&csv::Position>| {
            header_line + pos.map_or(1, |p| lines.line_at(p.byte() as usize)) - 1
        };
        let parsed = match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {
                let line = line_of(rec.position());
                if rec.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                report.rows += 1;
                match unclosed_quote(&rec, header.len()) {
                    // A quoted field holding what looks like whole rows
                    // of the file is an unclosed quote that swallowed
                    // them.
                    Some(swallowed) => {
                        // A quote left open at the end of the file
                        // also takes the file's last line break.
                        let trailing = rec.iter().next_back().is_some_and(|f| f.ends_with('\n'));
                        let swallowed = swallowed - u64::from(trailing);
                        let end = line + swallowed;
                        report.rows += swallowed as usize;
                        swallowed_rows = Some(line + 1..=end);
                        Err((line, format!("unclosed quote: the quoted field that begins on line {line} runs on to line {end}, taking {swallowed} more row{} with it; close or remove the quote", if swallowed == 1 { "" } else { "s" })))
                    }
                    None => row(&rec, &cols, line).map_err(|why| (line, why)),
                }
            }
            Err(e) => {
                let line = line_of(e.position());
                report.rows += 1;
                Err((line, format!("unreadable CSV: {e}")))
            }
        };
        match parsed {
            Ok(inc) => rows.push(inc),
            Err((line, reason)) if options.skip_bad_rows => {
                report.skip(SkippedRow { line, reason });
                // Every row inside the unclosed quote is counted too.
                for l in swallowed_rows.take().into_iter().flatten() {
                    report.skip(SkippedRow {
                        line: l,
                        reason: format!("inside the unclosed quote that begins on line {line}"),
                    });
                }
            }
            Err((line, reason)) => {
                return Err(Error::new(ErrorKind::InvalidValue {
                    field: "LinkedIn row".into(),
                    value: format!("line {line}"),
                    reason,
                })
                .with_location(at(line)));
            }
        }
    }
    // Apply on a copy, so a failure part-way changes nothing.
    let mut staged = network.clone();
    let mut matcher = Matcher::new(&staged);
    matcher.expect(&rows);
    let mut accepted: Vec<&super::Incoming> = Vec::new();
    for (i, inc) in rows.iter().enumerate() {
        if i % 1000 == 0 {
            progress(i, rows.len());
        }
        let applied = match matcher.apply(&mut staged, inc, options, catalog, &mut report) {
            Ok(a) => a,
            Err(e) if options.skip_bad_rows && e.is_input_error() => {
                report.skip(SkippedRow {
                    line: inc.line,
                    reason: e.to_string(),
                });
                continue;
            }
            Err(e) => return Err(e.with_location(at(inc.line))),
        };
        accepted.push(inc);
        let (Applied::Created(id) | Applied::Updated(id) | Applied::Unchanged(id)) = applied;
        connect(&mut staged, id)?;
    }
    for id in matcher.settle(&mut staged, &accepted, options, catalog, &mut report)? {
        connect(&mut staged, id)?;
    }
    progress(rows.len(), rows.len());
    *network = staged;
    Ok(report)
}

/// A LinkedIn connection is a tie to the job seeker (kept as it is when
/// one is recorded).
fn connect(net: &mut Network, id: crate::ContactId) -> Result<()> {
    if net.tie(Party::Me, Party::Contact(id)).is_none() {
        net.set_tie(Tie {
            a: Party::Me,
            b: Party::Contact(id),
            strength: None,
            source: TieSource::Linkedin,
        })?;
    }
    Ok(())
}

/// Line numbers (from 1) of byte offsets, counted forwards.
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first byte of a record that starts at `byte` (a
    /// record that starts at the `\n` of a CRLF starts on the next line).
    fn line_at(&mut self, byte: usize) -> u64 {
        if byte < self.at {
            // Never asked backwards by the importer; start over if it is.
            self.at = 0;
            self.line = 1;
        }
        let end = byte.min(self.text.len());
        self.line += self
            .text
            .get(self.at..end)
            .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count() as u64);
        self.at = end;
        let starts_with_lf = self.text.get(end) == Some(&b'\n');
        self.line + u64::from(starts_with_lf)
    }
}

/// When a quoted field of the record swallowed rows of the file: how many
/// line breaks the record's fields hold. A field may legitimately span
/// lines (`"Nurse\nSenior"` is valid CSV); it is taken for an unclosed
/// quote when a line inside it looks like a row of its own (as many commas
/// as a row has, less one), or the record came out short of fields.
fn unclosed_quote(rec: &csv::StringRecord, columns: usize) -> Option<u64> {
    let breaks =
        |f: &str| f.matches('\n').count() + f.matches('\r').count() - f.matches("\r\n").count();
    let n: usize = rec.iter().map(breaks).sum();
    if n == 0 {
        return None;
    }
    let row_like = columns.saturating_sub(2).max(2);
    let swallowed = rec.len() < columns
        || rec.iter().any(|f| {
            f.split(['\n', '\r'])
                .skip(1)
                .any(|line| line.matches(',').count() >= row_like)
        });
    swallowed.then_some(n as u64)
}

fn missing(what: &str, line: u64) -> Error {
    Error::new(ErrorKind::Malformed {
        what: "LinkedIn export",
        message: format!("the header has no {what:?} column"),
    })
    .with_location(Location {
        line: Some(line),
        ..Location::default()
    })
}

fn row(rec: &csv::StringRecord, c: &Columns, line: u64) -> std::result::Result<Incoming, String> {
    let get = |i: Option<usize>| {
        i.and_then(|i| rec.get(i))
            .map(tidy)
            .filter(|s| !s.is_empty())
    };
    let given = tidy(rec.get(c.first).unwrap_or(""));
    let family = tidy(rec.get(c.last).unwrap_or(""));
    // A name in Chinese, Japanese or Korean script is written family
    // name first, without a space ("张伟", not "伟 张").
    let name = if crate::text::in_cjk_script(&given) && crate::text::in_cjk_script(&family) {
        format!("{family}{given}")
    } else {
        tidy(&format!("{given} {family}"))
    };
    let name_parts = (!given.is_empty() && !family.is_empty()).then_some(crate::model::NameParts {
        given,
        family,
        additional: String::new(),
        prefix: String::new(),
        suffix: String::new(),
    });
    if name.is_empty() {
        return Err("the row has neither a first nor a last name".into());
    }
    if name.chars().count() > crate::MAX_NAME {
        return Err(format!(
            "the name is longer than {} characters",
            crate::MAX_NAME
        ));
    }
    let created = match get(c.connected) {
        Some(d) => Some(connected_on(&d).ok_or_else(|| {
            format!(
                "unreadable date {d:?} in Connected On (expected 22 Dec 2025 or 12/22/16, 9:55 AM)"
            )
        })?),
        None => None,
    };
    let emails: Vec<String> = get(c.email).into_iter().collect();
    for e in &emails {
        let mut probe = crate::Contact::new("x", NaiveDate::default());
        probe.emails.push(crate::normalize_email(e));
        probe.validate().map_err(|err| err.to_string())?;
    }
    let url = get(c.url).or_else(|| {
        get(c.websites).and_then(|w| {
            w.split([',', ' '])
                .map(|x| {
                    x.trim_start_matches("Personal:")
                        .trim_start_matches("Other:")
                })
                .find(|x| x.contains("linkedin.com"))
                .map(str::to_string)
        })
    });
    Ok(Incoming {
        name,
        title: get(c.position),
        company: get(c.company),
        emails,
        phones: Vec::new(),
        url,
        notes: None,
        tags: Vec::new(),
        how_met: created.map(|d| format!("LinkedIn connection since {d}")),
        created,
        name_parts,
        source: crate::model::ImportSource::Linkedin,
        line,
        ..Incoming::default()
    })
}
