//! The ties CSV importer: `a,b,strength` rows of names, emails or `@me`.

use crate::error::{Error, ErrorKind, Location, Result};
use crate::id::ContactId;
use crate::network::Network;
use crate::ties::{Party, Tie, TieImport, TieKey, TieSource, MAX_TIES_BYTES};
use std::collections::BTreeMap;

/// As [`Network::resolve_party`], names looked up in `names`.
fn resolve_party_in(
    net: &Network,
    s: &str,
    names: &std::collections::HashMap<String, Vec<ContactId>>,
) -> Result<Party> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("@me") {
        return Ok(Party::Me);
    }
    if s.contains('@') || s.contains('#') || crate::network::looks_like_url(s) {
        return net.resolve_contact(s).map(Party::Contact);
    }
    let ids = names
        .get(&crate::model::fold_name(s))
        .map_or(&[][..], |v| v.as_slice());
    net.pick_contact(s, ids).map(Party::Contact)
}

/// Imports ties from CSV text with the header `a,b,strength`: `a` and
/// `b` are contact names or emails, or `@me` for the job seeker;
/// `strength` is in (0, 1] or empty (derived). All or nothing: a bad row
/// is reported with its line number and nothing from the file is
/// imported.
///
/// # Errors
/// [`ErrorKind::Malformed`] for a wrong header or broken CSV; any error
/// of [`Network::set_tie`] or [`Network::resolve_contact`] for a row,
/// each with the line number.
///
/// ```
/// let mut net = inroads::sample::teacher_candidate()?;
/// let csv = "a,b,strength\n@me,Priya Raman,0.9\npriya.raman@lumenlabs.example,Tom Okafor,\n";
/// let done = inroads::import_ties_csv(&mut net, csv)?;
/// assert_eq!((done.added, done.updated), (2, 0));
/// let bad = "a,b,strength\n@me,Tom Okafor,0.5\n@me,Nobody,0.5\n";
/// let err = inroads::import_ties_csv(&mut net, bad).unwrap_err();
/// assert_eq!(err.location().unwrap().line, Some(3));
/// assert_eq!(net.ties().count(), 2); // nothing from the bad file
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn import_ties_csv(net: &mut Network, text: &str) -> Result<TieImport> {
    let at = |line: u64| Location {
        line: Some(line),
        ..Location::default()
    };
    if text.len() > MAX_TIES_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size: text.len() as u64,
            limit: MAX_TIES_BYTES as u64,
        }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| {
            Error::new(ErrorKind::Malformed {
                what: "ties CSV",
                message: e.to_string(),
            })
            .with_location(at(1))
        })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if header != ["a", "b", "strength"] {
        return Err(Error::new(ErrorKind::Malformed {
            what: "ties CSV",
            message: format!(
                "expected the header a,b,strength, found {}",
                header.join(",")
            ),
        })
        .with_location(at(1)));
    }
    // Names resolve through an index built once, not a scan per row.
    let names = net.name_index();
    // Parse and check every row first; apply only when all are good.
    let mut rows: Vec<Tie> = Vec::new();
    let mut seen: BTreeMap<TieKey, u64> = BTreeMap::new();
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(Error::new(ErrorKind::Malformed {
                    what: "ties CSV",
                    message: e.to_string(),
                })
                .with_location(at(line)));
            }
        }
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rec.len() != 3 {
            return Err(Error::new(ErrorKind::Malformed {
                what: "ties CSV",
                message: format!("expected 3 fields (a,b,strength), found {}", rec.len()),
            })
            .with_location(at(line)));
        }
        let field = |i| rec.get(i).unwrap_or("").trim();
        let a = resolve_party_in(net, field(0), &names).map_err(|e| e.with_location(at(line)))?;
        let b = resolve_party_in(net, field(1), &names).map_err(|e| e.with_location(at(line)))?;
        let strength = match field(2) {
            "" => None,
            s => Some(s.parse::<f64>().map_err(|_| {
                Error::invalid("tie strength", s, "expected a number in (0, 1] or nothing")
                    .with_location(at(line))
            })?),
        };
        let tie = Tie {
            a,
            b,
            strength,
            source: TieSource::Import,
        };
        let key = net.check_tie(&tie).map_err(|e| e.with_location(at(line)))?;
        if let Some(first) = seen.insert(key, line) {
            return Err(Error::new(ErrorKind::Duplicate {
                what: "tie",
                key: format!("{} – {}", field(0), field(1)),
                existing: format!("on line {first}"),
            })
            .with_location(at(line)));
        }
        rows.push(tie);
    }
    let mut done = TieImport::default();
    for tie in rows {
        // Every row was checked above; set_tie cannot fail here.
        if net.set_tie(tie)? {
            done.added += 1;
        } else {
            done.updated += 1;
        }
    }
    Ok(done)
}
