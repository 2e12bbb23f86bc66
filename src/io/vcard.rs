//! vCard 3.0 and 4.0, read and written with the `calcard` crate.

use super::{ImportOptions, ImportReport, Incoming, Matcher, SkippedRow};
use crate::error::{Error, ErrorKind, Result};
use crate::id::ContactId;
use crate::network::Network;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardParameterName, VCardParameterValue, VCardProperty,
    VCardValue, VCardVersion,
};
use calcard::{Entry, Parser};
use std::collections::HashMap;

/// The largest vCard file accepted: 256 MiB.
pub const MAX_VCARD_BYTES: usize = 256 * 1024 * 1024;

/// The vCard version to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum VcardVersion {
    /// vCard 3.0 (RFC 2426), for older address books.
    V3,
    /// vCard 4.0 (RFC 6350).
    #[default]
    V4,
}

fn texts(e: &VCardEntry) -> Vec<String> {
    let mut out = Vec::new();
    for v in &e.values {
        match v {
            VCardValue::Component(parts) => out.extend(parts.iter().cloned()),
            other => out.extend(other.as_text().map(str::to_string)),
        }
    }
    out.into_iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

fn first(card: &VCard, p: VCardProperty) -> Option<String> {
    card.property(&p).and_then(|e| texts(e).into_iter().next())
}

/// A card's `NOTE` with its line breaks and tabs (notes may hold them; the
/// export writes them escaped), each line's trailing space trimmed.
fn note(card: &VCard) -> Option<String> {
    // Every NOTE of the card, one after the other.
    let text = card
        .properties(&VCardProperty::Note)
        .flat_map(|e| e.values.iter().filter_map(|v| v.as_text()))
        .collect::<Vec<_>>()
        .join("\n");
    let text = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A card's `N` as given and family name, when both are there.
fn name_parts(card: &VCard) -> Option<crate::model::NameParts> {
    let n = card.property(&VCardProperty::N)?;
    let mut parts: Vec<String> = Vec::new();
    for v in &n.values {
        match v {
            VCardValue::Component(list) => parts.extend(list.iter().cloned()),
            other => parts.push(other.as_text().unwrap_or("").to_string()),
        }
    }
    let tidy = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let part = |i: usize| tidy(parts.get(i).map_or("", String::as_str));
    let (family, given) = (part(0), part(1));
    (!family.is_empty() && !given.is_empty()).then(|| crate::model::NameParts {
        given,
        family,
        additional: part(2),
        prefix: part(3),
        suffix: part(4),
    })
}

/// A profile URL a card may carry: http(s), one line, no spaces.
fn check_url(u: &str) -> Result<()> {
    let lower = u.trim().to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    if !web || u.trim().contains(char::is_whitespace) || u.chars().count() > 2048 {
        return Err(Error::invalid(
            "URL",
            crate::skill::truncate_for_message(u),
            "a profile URL starts with https:// or http:// and has no spaces",
        ));
    }
    Ok(())
}

/// The card as a record; `Ok(None)` for a card with nothing to identify
/// anyone (no name, no usable email): skipped and reported, never fatal.
fn incoming(card: &VCard, line: u64) -> std::result::Result<Option<Incoming>, String> {
    // A bad value costs that value, reported, not the card.
    let mut dropped = Vec::new();
    let mut keep = |field: &str, v: String, ok: Result<()>| match ok {
        Ok(()) => Some(v),
        Err(e) => {
            dropped.push(super::DroppedField {
                line,
                field: field.to_string(),
                value: crate::skill::truncate_for_message(&v),
                reason: e.to_string(),
            });
            None
        }
    };
    let all = |p: VCardProperty| -> Vec<String> { card.properties(&p).flat_map(texts).collect() };
    let emails: Vec<String> = all(VCardProperty::Email)
        .into_iter()
        // Some address books write the address as a `mailto:` link.
        .map(|e| {
            crate::text::strip_prefix_any_case(&e, "mailto:").map_or(e.clone(), str::to_string)
        })
        .filter_map(|e| {
            let ok = crate::model::check_email(&crate::model::normalize_email(&e));
            keep("email", e, ok)
        })
        .collect();
    let phones: Vec<String> = all(VCardProperty::Tel)
        .into_iter()
        // vCard 4 may write a phone as a `tel:` URI.
        .map(|p| crate::text::strip_prefix_any_case(&p, "tel:").map_or(p.clone(), str::to_string))
        .filter_map(|p| {
            let ok = crate::model::check_phone(&p);
            keep("phone", p, ok)
        })
        .collect();
    let notes = note(card).and_then(|n| {
        let ok = crate::model::check_text("notes", &n, crate::MAX_TEXT);
        keep("note", n, ok)
    });
    let url = first(card, VCardProperty::Url).and_then(|u| {
        let ok = check_url(&u);
        keep("URL", u, ok)
    });
    let name = first(card, VCardProperty::Fn)
        .or_else(|| {
            card.property(&VCardProperty::N).map(|n| {
                // N is family;given;additional;prefix;suffix.
                let parts = texts(n);
                let mut v: Vec<String> = parts.iter().skip(1).take(1).cloned().collect();
                v.extend(parts.first().cloned());
                v.join(" ")
            })
        })
        .filter(|n| !n.is_empty());
    // No name: the card comes in under its address, for the user to name.
    let (name, unnamed) = match (name, emails.first()) {
        (Some(n), _) => (n, false),
        (None, Some(e)) => (crate::model::normalize_email(e), true),
        (None, None) => return Ok(None),
    };
    Ok(Some(Incoming {
        name,
        title: first(card, VCardProperty::Title),
        company: first(card, VCardProperty::Org),
        emails,
        phones,
        url,
        notes,
        tags: all(VCardProperty::Categories),
        created: None,
        how_met: None,
        name_parts: name_parts(card),
        source: crate::model::ImportSource::Vcard,
        line,
        unnamed,
        dropped,
    }))
}

/// Imports vCards (3.0 or 4.0; folded lines, escaped commas and
/// semicolons, non-ASCII names): names, organisation, title, emails,
/// phones, URL, note and categories (as tags). Cards matching an
/// existing contact (by URL, email, then name and company) update it.
///
/// # Errors
/// All or nothing: a card without a name, a card cut off before its
/// `END:VCARD` ([`ErrorKind::Malformed`]), a name the contact rules
/// refuse or an invalid line is an error naming the card's number and
/// the line it begins on — the first such card in the file — unless
/// `options.skip_bad_rows` (then the report lists what was skipped, by
/// line, and counts every card). Files over [`MAX_VCARD_BYTES`] are
/// refused.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{ImportOptions, Network};
/// let vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë Müller\r\nORG:Musée\\, Inc.\r\nEMAIL:zoe@example.org\r\nEND:VCARD\r\n";
/// let mut net = Network::default();
/// let o = ImportOptions::new(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
/// inroads::import_vcards(&mut net, vcf, &o)?;
/// let (_, c) = net.contacts().next().unwrap();
/// assert_eq!(c.name, "Zoë Müller");
/// assert_eq!(net.company(c.company.unwrap()).unwrap().name, "Musée, Inc.");
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn import_vcards(
    network: &mut Network,
    text: &str,
    options: &ImportOptions,
) -> Result<ImportReport> {
    crate::model::check_today(options.today)?;
    if text.len() > MAX_VCARD_BYTES {
        return Err(Error::new(ErrorKind::TooLarge {
            size: text.len() as u64,
            limit: MAX_VCARD_BYTES as u64,
        }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Classic Mac OS ended lines with a bare CR: read them as lines.
    let owned;
    let text = if text.contains('\r') && !text.contains('\n') {
        owned = text.replace('\r', "\r\n");
        owned.as_str()
    } else {
        text
    };
    let mut report = ImportReport::default();
    // A card without END:VCARD (a file cut off mid-card) is refused, or
    // with skipping on, cut out and counted: never imported by halves.
    let open = unterminated_cards(text);
    // The line each top-level BEGIN is on (cards cut out below left
    // out), so that every message names the line where its card begins.
    let begins: Vec<u64> = component_lines(text)
        .into_iter()
        .filter(|l| !open.iter().any(|(o, _, _)| o == l))
        .collect();
    let kept: String;
    let text = match open.first() {
        None => text,
        Some(&(line, _, _)) if !options.skip_bad_rows => {
            return Err(Error::new(ErrorKind::Malformed {
                what: "vCard file",
                message: format!(
                    "the card that begins on line {line} has no END:VCARD (is the file cut off?)"
                ),
            })
            .with_location(crate::error::Location {
                line: Some(line),
                ..Default::default()
            }));
        }
        Some(_) => {
            let mut out = String::with_capacity(text.len());
            let mut from = 0;
            for &(line, start, end) in &open {
                out.push_str(text.get(from..start).unwrap_or(""));
                from = end;
                report.rows += 1;
                report.skip(SkippedRow {
                    line,
                    reason: format!("the card that begins on line {line} has no END:VCARD"),
                });
            }
            out.push_str(text.get(from..).unwrap_or(""));
            kept = out;
            &kept
        }
    };
    let line_of = |number: u64| {
        usize::try_from(number.max(1) - 1)
            .ok()
            .and_then(|i| begins.get(i))
            .copied()
            .unwrap_or(1)
    };
    let mut parser = Parser::new(text);
    // Every card or problem, in file order: the first problem in the
    // file is the one reported.
    let mut items: Vec<std::result::Result<Incoming, (u64, u64, String)>> = Vec::new();
    let mut number = 0u64;
    // Every entry consumes input; the bound only guards against a parser
    // that would not.
    for _ in 0..=text.len() {
        let problem = match parser.entry() {
            Entry::Eof => break,
            Entry::VCard(card) => {
                number += 1;
                report.rows += 1;
                match incoming(&card, line_of(number)) {
                    Ok(Some(inc)) => {
                        items.push(Ok(inc));
                        continue;
                    }
                    Ok(None) => {
                        report.skip(SkippedRow {
                            line: line_of(number),
                            reason: format!(
                                "the {} card: no name (FN or N) and no usable email: nothing identifies it",
                                ordinal(number)
                            ),
                        });
                        continue;
                    }
                    Err(why) => why,
                }
            }
            Entry::ICalendar(_) => {
                number += 1;
                report.rows += 1;
                "an iCalendar object, not a vCard".to_string()
            }
            Entry::InvalidLine(line) => {
                report.rows += 1;
                format!(
                    "an invalid line: {}",
                    crate::skill::truncate_for_message(&line)
                )
            }
            Entry::UnterminatedComponent(c) => {
                report.rows += 1;
                format!("an unterminated {c} (no END line)")
            }
            Entry::UnexpectedComponentEnd { found, .. } => {
                report.rows += 1;
                format!("an unexpected END:{found:?}")
            }
            Entry::TooManyComponents => {
                report.rows += 1;
                "too many nested components".to_string()
            }
            _ => {
                report.rows += 1;
                "an entry this importer does not read".to_string()
            }
        };
        let at = number.max(1);
        items.push(Err((at, line_of(at), problem)));
    }
    let numbers: HashMap<u64, u64> = begins
        .iter()
        .enumerate()
        .map(|(i, l)| (*l, i as u64 + 1))
        .collect();
    let mut staged = network.clone();
    let mut matcher = Matcher::new(&staged);
    matcher.expect(items.iter().filter_map(|i| i.as_ref().ok()));
    let mut accepted: Vec<&Incoming> = Vec::new();
    for item in &items {
        let (card, line, problem) = match item {
            Ok(inc) => match matcher.apply(&mut staged, inc, options, None, &mut report) {
                Ok(applied) => {
                    for d in &inc.dropped {
                        report.drop_field(d.clone());
                    }
                    if let (true, super::Applied::Created(id)) = (inc.unnamed, applied) {
                        report.unnamed.push(id);
                    }
                    accepted.push(inc);
                    continue;
                }
                Err(e) if !options.skip_bad_rows && !e.is_input_error() => return Err(e),
                Err(e) => (
                    numbers.get(&inc.line).copied().unwrap_or(0),
                    inc.line,
                    e.to_string(),
                ),
            },
            Err((card, line, problem)) => (*card, *line, problem.clone()),
        };
        if options.skip_bad_rows {
            report.skip(SkippedRow {
                line,
                reason: format!("the {} card: {problem}", ordinal(card)),
            });
        } else {
            return Err(
                Error::invalid("vCard", format!("the {} card", ordinal(card)), problem)
                    .with_location(crate::error::Location {
                        line: Some(line),
                        ..Default::default()
                    }),
            );
        }
    }
    matcher.settle(&mut staged, &accepted, options, None, &mut report)?;
    *network = staged;
    Ok(report)
}

/// Writes contacts as vCards: all of them, or those in `only` (in id
/// order). Each card has a stable UID (`urn:inroads:contact:ID`), and the
/// person who referred the job seeker to a contact is written as
/// `RELATED` (that contact's UID).
///
/// ```
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let vcf = inroads::export_vcards(&net, None, inroads::VcardVersion::V4);
/// assert!(vcf.contains("FN:Priya Raman"));
/// assert!(vcf.contains("RELATED"));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn export_vcards(
    network: &Network,
    only: Option<&[ContactId]>,
    version: VcardVersion,
) -> String {
    let referrals = network.referrals();
    let text = |s: &str| VCardValue::Text(super::clean_line(s).into_owned());
    let entry = |name: VCardProperty, values: Vec<VCardValue>| VCardEntry {
        group: None,
        name,
        params: Vec::new(),
        values,
    };
    let mut out = String::new();
    for (id, c) in network.contacts() {
        if only.is_some_and(|o| !o.contains(&id)) {
            continue;
        }
        let mut entries = vec![entry(VCardProperty::Fn, vec![text(&c.name)])];
        // N: the parts an import gave, one value per component (so the
        // writer separates them with semicolons). A name typed whole is
        // not split by guesswork: vCard 4.0 leaves N out; 3.0, which
        // requires it, puts the whole name in the given-name part.
        let clean = |s: &str| VCardValue::Text(super::clean_line(s).into_owned());
        let parts: Option<[VCardValue; 5]> = match (&c.name_parts, version) {
            (Some(p), _) => Some([
                clean(&p.family),
                clean(&p.given),
                clean(&p.additional),
                clean(&p.prefix),
                clean(&p.suffix),
            ]),
            (None, VcardVersion::V3) => {
                Some([clean(""), clean(&c.name), clean(""), clean(""), clean("")])
            }
            (None, VcardVersion::V4) => None,
        };
        if let Some(values) = parts {
            entries.push(entry(VCardProperty::N, values.to_vec()));
        }
        entries.push(entry(
            VCardProperty::Uid,
            vec![text(&format!("urn:inroads:contact:{}", id.get()))],
        ));
        if let Some(k) = c.company.and_then(|k| network.company(k)) {
            entries.push(entry(VCardProperty::Org, vec![text(&k.name)]));
        }
        if let Some(t) = &c.title {
            entries.push(entry(VCardProperty::Title, vec![text(t)]));
        }
        for e in &c.emails {
            entries.push(entry(VCardProperty::Email, vec![text(e)]));
        }
        for p in &c.phones {
            entries.push(entry(VCardProperty::Tel, vec![text(p)]));
        }
        if let Some(u) = &c.profile_url {
            entries.push(entry(VCardProperty::Url, vec![text(u)]));
        }
        if !c.notes.is_empty() {
            entries.push(entry(
                VCardProperty::Note,
                vec![VCardValue::Text(super::clean_text(&c.notes).into_owned())],
            ));
        }
        if !c.tags.is_empty() {
            entries.push(entry(
                VCardProperty::Categories,
                c.tags.iter().map(|t| text(t)).collect(),
            ));
        }
        for r in referrals.iter().filter(|r| r.to == id) {
            entries.push(VCardEntry {
                group: None,
                name: VCardProperty::Related,
                params: vec![VCardParameter {
                    name: VCardParameterName::Type,
                    value: VCardParameterValue::Text("contact".into()),
                }],
                values: vec![text(&format!("urn:inroads:contact:{}", r.from.get()))],
            });
        }
        let card = VCard { entries };
        let v = match version {
            VcardVersion::V3 => VCardVersion::V3_0,
            VcardVersion::V4 => VCardVersion::V4_0,
        };
        // Writing into a String cannot fail.
        let _ = card.write_to(&mut out, v);
    }
    out
}

/// The cards that begin (`BEGIN:VCARD`) but do not end (`END:VCARD` before
/// the next `BEGIN:VCARD` or the end of the text): (line of the BEGIN, byte
/// range of the card up to the next BEGIN or the end).
fn unterminated_cards(text: &str) -> Vec<(u64, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(u64, usize)> = None;
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\r', '\n']);
        // Folded continuation lines start with a space or a tab.
        if !line.starts_with([' ', '\t']) {
            let l = line.trim();
            if l.eq_ignore_ascii_case("BEGIN:VCARD") {
                if let Some((at, start)) = open.take() {
                    out.push((at, start, offset));
                }
                open = Some((i as u64 + 1, offset));
            } else if l.eq_ignore_ascii_case("END:VCARD") {
                open = None;
            }
        }
        offset += raw.len();
    }
    if let Some((at, start)) = open {
        out.push((at, start, text.len()));
    }
    out
}

/// The line (from 1) of every top-level `BEGIN:` line, in order.
fn component_lines(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\r', '\n']);
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let upper = line.trim().to_ascii_uppercase();
        if upper.starts_with("BEGIN:") {
            if depth == 0 {
                out.push(i as u64 + 1);
            }
            depth += 1;
        } else if upper.starts_with("END:") {
            depth = depth.saturating_sub(1);
        }
    }
    out
}

/// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st.
fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
