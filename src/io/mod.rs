//! Formats: imports (LinkedIn connections, vCard) and exports (vCard,
//! iCalendar, GraphML, Graphviz DOT, CSV), one file per format, plus the
//! matching that makes imports idempotent.

pub(crate) mod csv_export;
pub(crate) mod dot;
pub(crate) mod graphml;
pub(crate) mod ical;
pub(crate) mod linkedin;
pub(crate) mod vcard;

use crate::id::{CompanyId, ContactId};
use crate::model::{fold_name, normalize_email, Company, Contact, Seniority};
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// Options for the importers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// Skip malformed rows (and report them) instead of refusing the file.
    pub skip_bad_rows: bool,
    /// The date recorded as "created" for new contacts without a date of
    /// their own (the library never reads the clock).
    pub today: NaiveDate,
}

/// A row the import skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedRow {
    /// Its line in the file (1-based).
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Records read.
    pub rows: usize,
    /// Contacts created.
    pub created: usize,
    /// Contacts that existed and were updated.
    pub updated: usize,
    /// Contacts that existed and were already up to date.
    pub unchanged: usize,
    /// Companies created.
    pub companies_created: usize,
    /// Rows skipped (only with `skip_bad_rows`): the first
    /// [`MAX_SKIPPED_LISTED`] of them.
    pub skipped: Vec<SkippedRow>,
    /// How many rows were skipped in all.
    pub skipped_total: usize,
}

/// How many skipped rows an [`ImportReport`] lists (it counts them all), so
/// a file of ten million bad rows gives a bounded report.
pub const MAX_SKIPPED_LISTED: usize = 1_000;

impl ImportReport {
    pub(crate) fn skip(&mut self, row: SkippedRow) {
        self.skipped_total += 1;
        if self.skipped.len() < MAX_SKIPPED_LISTED {
            self.skipped.push(row);
        }
    }
}

/// Folds a profile URL for matching: scheme, `www.`, case, query, fragment
/// and trailing slashes do not matter.
///
/// ```
/// use inroads::normalize_url;
/// assert_eq!(
///     normalize_url("https://www.LinkedIn.com/in/Jane-Doe/?trk=x"),
///     normalize_url("http://linkedin.com/in/jane-doe")
/// );
/// ```
pub fn normalize_url(url: &str) -> String {
    let t = url.trim().to_lowercase();
    let t = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
        .unwrap_or(&t);
    let t = t.strip_prefix("www.").unwrap_or(t);
    let t = t.split(['?', '#']).next().unwrap_or(t);
    t.trim_end_matches('/').to_string()
}

/// What an importer knows of one person.
#[derive(Debug, Clone, Default)]
pub(crate) struct Incoming {
    pub(crate) name: String,
    pub(crate) title: Option<String>,
    pub(crate) company: Option<String>,
    pub(crate) emails: Vec<String>,
    pub(crate) phones: Vec<String>,
    pub(crate) url: Option<String>,
    pub(crate) notes: Option<String>,
    pub(crate) tags: Vec<String>,
    pub(crate) created: Option<NaiveDate>,
    pub(crate) how_met: Option<String>,
    /// Where it came from: a line (CSV) or a card number (vCard).
    pub(crate) line: u64,
}

/// Finds existing contacts for incoming records — by profile URL, then
/// email, then name and company (name alone for a record without a
/// company) — and applies them, creating companies as needed. Indexes are
/// built once per import.
pub(crate) struct Matcher {
    by_url: HashMap<String, ContactId>,
    by_name_company: HashMap<(String, Option<CompanyId>), ContactId>,
    /// For records that name no company: the first contact of that name.
    by_name: HashMap<String, ContactId>,
    /// The contacts this import touched, with the record's line and company.
    seen: HashMap<ContactId, (u64, Option<CompanyId>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applied {
    Created(ContactId),
    Updated(ContactId),
    Unchanged(ContactId),
}

impl Matcher {
    pub(crate) fn new(net: &Network) -> Matcher {
        let mut by_url = HashMap::new();
        let mut by_name_company = HashMap::new();
        let mut by_name = HashMap::new();
        for (id, c) in net.contacts() {
            if let Some(u) = &c.profile_url {
                by_url.entry(normalize_url(u)).or_insert(id);
            }
            by_name_company
                .entry((fold_name(&c.name), c.company))
                .or_insert(id);
            by_name.entry(fold_name(&c.name)).or_insert(id);
        }
        Matcher {
            by_url,
            by_name_company,
            by_name,
            seen: HashMap::new(),
        }
    }

    /// Creates or updates the contact for `inc`; `report` counts it.
    ///
    /// # Errors
    /// A record that describes the same person as an earlier record of the
    /// same file but at another company: a real export lists each person
    /// once, and applying both would make a second import undo the first.
    pub(crate) fn apply(
        &mut self,
        net: &mut Network,
        inc: &Incoming,
        options: &ImportOptions,
        catalog: Option<&crate::catalog::Catalog>,
        report: &mut ImportReport,
    ) -> crate::Result<Applied> {
        let mut created_company = None;
        let company = match inc
            .company
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(name) => Some(match net.find_company(name) {
                Some(id) => id,
                None => {
                    let id = net.add_company(Company::named(name))?;
                    created_company = Some(id);
                    id
                }
            }),
            None => None,
        };
        let result = self.apply_with(net, inc, options, catalog, report, company);
        match (&result, created_company) {
            // A refused record leaves no company behind.
            (Err(_), Some(id)) => {
                net.remove_company(id, crate::Removal::Refuse)?;
            }
            (Ok(_), Some(_)) => report.companies_created += 1,
            _ => {}
        }
        result
    }

    fn apply_with(
        &mut self,
        net: &mut Network,
        inc: &Incoming,
        options: &ImportOptions,
        catalog: Option<&crate::catalog::Catalog>,
        report: &mut ImportReport,
        company: Option<crate::id::CompanyId>,
    ) -> crate::Result<Applied> {
        let url_key = inc
            .url
            .as_deref()
            .map(normalize_url)
            .filter(|u| !u.is_empty());
        let existing = url_key
            .as_ref()
            .and_then(|u| self.by_url.get(u).copied())
            .or_else(|| inc.emails.iter().find_map(|e| net.find_contact_by_email(e)))
            .or_else(|| {
                let name = fold_name(&inc.name);
                match company {
                    Some(_) => self.by_name_company.get(&(name, company)).copied(),
                    // A record without a company (someone between jobs, or
                    // an address-book card) is the person of that name.
                    None => self.by_name.get(&name).copied(),
                }
            });
        if let Some(id) = existing {
            if let Some((line, Some(before))) = self.seen.get(&id) {
                if company.is_some_and(|c| c != *before) {
                    return Err(crate::Error::invalid(
                        "record",
                        inc.name.clone(),
                        format!(
                            "describes the same person as the record on line {line}, at another company"
                        ),
                    ));
                }
            }
        }
        let field = |title: &str| {
            catalog.and_then(|c| {
                c.match_title(title, 1)
                    .into_iter()
                    .find(|x| x.confidence >= 0.35)
                    .map(|x| x.field)
            })
        };
        let applied = match existing {
            Some(id) => {
                let Some(old) = net.contact(id).cloned() else {
                    return Err(crate::Error::not_found("contact", id.to_string()));
                };
                let mut c = old.clone();
                if let Some(t) = inc.title.as_ref().filter(|t| !t.trim().is_empty()) {
                    if c.title.as_deref() != Some(t.trim()) {
                        c.title = Some(t.trim().to_string());
                        c.seniority = Seniority::from_title(t);
                        c.field = field(t).or(c.field);
                    }
                }
                if company.is_some() {
                    c.company = company;
                }
                for e in &inc.emails {
                    let e = normalize_email(e);
                    if !c.emails.contains(&e)
                        && net.find_contact_by_email(&e).is_none_or(|o| o == id)
                    {
                        c.emails.push(e);
                    }
                }
                for p in &inc.phones {
                    if !c.phones.contains(p) {
                        c.phones.push(p.clone());
                    }
                }
                for t in &inc.tags {
                    if !c.tags.contains(t) {
                        c.tags.push(t.clone());
                    }
                }
                if inc.url.is_some() && c.profile_url.is_none() {
                    c.profile_url = inc.url.clone();
                }
                if let Some(n) = inc.notes.as_ref().filter(|n| !n.is_empty()) {
                    if !c.notes.contains(n.as_str()) {
                        c.notes = if c.notes.is_empty() {
                            n.clone()
                        } else {
                            format!("{}\n{n}", c.notes)
                        };
                    }
                }
                let mut probe = c.clone();
                probe.normalize();
                if probe == old {
                    Applied::Unchanged(id)
                } else {
                    net.update_contact(id, c)?;
                    Applied::Updated(id)
                }
            }
            None => {
                let mut c = Contact::new(&inc.name, inc.created.unwrap_or(options.today));
                if let Some(t) = inc.title.as_ref().filter(|t| !t.trim().is_empty()) {
                    c.title = Some(t.trim().to_string());
                    c.seniority = Seniority::from_title(t);
                    c.field = field(t);
                }
                c.company = company;
                c.emails = inc.emails.iter().map(|e| normalize_email(e)).collect();
                c.emails.dedup();
                c.phones = inc.phones.clone();
                c.profile_url = inc.url.clone();
                c.notes = inc.notes.clone().unwrap_or_default();
                c.tags = inc.tags.clone();
                c.how_met = inc.how_met.clone();
                Applied::Created(net.add_contact(c)?)
            }
        };
        let id = match applied {
            Applied::Created(id) | Applied::Updated(id) | Applied::Unchanged(id) => id,
        };
        if let Some(u) = url_key {
            self.by_url.entry(u).or_insert(id);
        }
        self.by_name_company
            .entry((fold_name(&inc.name), company))
            .or_insert(id);
        self.by_name.entry(fold_name(&inc.name)).or_insert(id);
        let entry = self.seen.entry(id).or_insert((inc.line, company));
        if entry.1.is_none() {
            *entry = (inc.line, company);
        }
        match applied {
            Applied::Created(_) => report.created += 1,
            Applied::Updated(_) => report.updated += 1,
            Applied::Unchanged(_) => report.unchanged += 1,
        }
        Ok(applied)
    }
}

/// Neutralises a spreadsheet formula: a cell starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return is prefixed with `'`, so spreadsheets
/// show it as text (OWASP's advice on CSV injection).
///
/// ```
/// assert_eq!(inroads::spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(inroads::spreadsheet_safe("Ana"), "Ana");
/// ```
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    // Spreadsheets skip leading spaces before a formula: " =1+1" is one.
    if cell.starts_with(['\t', '\r'])
        || cell
            .trim_start()
            .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Whether `c` must never reach an output or a one-line field as it is: a
/// control character (C0, DEL, C1 — ESC sequences can recolour a terminal
/// or set its title) or a bidirectional formatting character (U+202A–E,
/// U+2066–9: they reorder how the text around them is shown). Line breaks
/// and tabs count only when `one_line`.
pub(crate) fn is_unsafe_char(c: char, one_line: bool) -> bool {
    match c {
        '\n' | '\r' | '\t' => one_line,
        // Bidirectional formatting and marks.
        '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}'
        // Invisible tag characters, and the noncharacters XML refuses.
        | '\u{e0000}'..='\u{e007f}'
        | '\u{fffe}'
        | '\u{ffff}' => true,
        c => c.is_control(),
    }
}

/// Text made safe to print on a terminal: every control character except
/// line breaks and tabs, and every bidirectional override, shown as a
/// visible escape (`\u{1b}`) instead of acting on the terminal. Front ends
/// pass everything they print through it; the library's exports clean
/// their own output.
///
/// ```
/// assert_eq!(inroads::display_safe("Ana\u{1b}[31m Ruiz"), "Ana\\u{1b}[31m Ruiz");
/// assert_eq!(inroads::display_safe("two\nlines"), "two\nlines");
/// assert_eq!(inroads::display_safe("over\rwrite"), "over\\u{d}write");
/// assert_eq!(inroads::display_safe("over\rwrite"), "over\\u{d}write");
/// ```
pub fn display_safe(s: &str) -> std::borrow::Cow<'_, str> {
    // A carriage return would let text overwrite the start of its line.
    let shown = |c: char| c == '\n' || c == '\t' || !(c == '\r' || is_unsafe_char(c, false));
    if s.chars().all(shown) {
        return std::borrow::Cow::Borrowed(s);
    }
    let s = s.replace("\r\n", "\n");
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if shown(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A value for a one-line output field (a name, a title, a place): line
/// breaks and tabs become spaces, other unsafe characters are dropped.
pub(crate) fn clean_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe_char(c, true)) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if is_unsafe_char(c, true) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// A value for a multi-line output field (notes): line breaks kept (a
/// bare CR or CRLF becomes LF), tabs kept, other unsafe characters dropped.
pub(crate) fn clean_text(s: &str) -> std::borrow::Cow<'_, str> {
    if !s
        .chars()
        .any(|c| c == '\r' || is_unsafe_char(c, false) && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    std::borrow::Cow::Owned(
        s.chars()
            .filter(|c| !(is_unsafe_char(*c, false) && *c != '\n' && *c != '\t'))
            .collect(),
    )
}

/// A stable pseudonym for a contact in redacted exports.
pub(crate) fn pseudonym(id: ContactId) -> String {
    format!("Contact {}", id.get())
}
