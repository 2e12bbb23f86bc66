//! Formats: imports (LinkedIn connections, vCard) and exports (vCard,
//! iCalendar, GraphML, Graphviz DOT, CSV), one file per format, plus the
//! matching that makes imports idempotent.

pub(crate) mod csv_export;
pub(crate) mod dot;
pub(crate) mod graphml;
pub(crate) mod ical;
pub(crate) mod linkedin;
pub(crate) mod refield;
pub(crate) mod ties_csv;
#[cfg(feature = "vcard")]
pub(crate) mod vcard;

use crate::id::{CompanyId, ContactId};
use crate::model::{fold_name, normalize_email, Company, Contact, Seniority};
use crate::network::Network;
pub(crate) use crate::text::{is_unsafe_char, normalize_url};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// Options for the importers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportOptions {
    /// Skip malformed rows (and report them) instead of refusing the file.
    pub skip_bad_rows: bool,
    /// The date recorded as "created" for new contacts without a date of
    /// their own (the library never reads the clock).
    pub today: NaiveDate,
}

impl ImportOptions {
    /// Options for an import on `today`: malformed rows refuse the file.
    pub fn new(today: NaiveDate) -> ImportOptions {
        ImportOptions {
            skip_bad_rows: false,
            today,
        }
    }
}

/// A row the import skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SkippedRow {
    /// Its line in the file (1-based).
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ImportReport {
    /// Records read.
    pub rows: usize,
    /// Contacts created.
    pub created: usize,
    /// Contacts that existed and were updated.
    pub updated: usize,
    /// Which contacts were updated, by id (the first
    /// [`MAX_SKIPPED_LISTED`]).
    #[serde(default)]
    pub updated_contacts: Vec<ContactId>,
    /// Contacts that existed and were already up to date.
    pub unchanged: usize,
    /// Companies created.
    pub companies_created: usize,
    /// Rows skipped (only with `skip_bad_rows`): the first
    /// [`MAX_SKIPPED_LISTED`] of them.
    pub skipped: Vec<SkippedRow>,
    /// How many rows were skipped in all.
    pub skipped_total: usize,
    /// Fields the import left alone because the user changed them since an
    /// import wrote them (the first [`MAX_SKIPPED_LISTED`]).
    pub kept: Vec<KeptEdit>,
    /// How many such fields in all.
    pub kept_total: usize,
    /// Values left out of records that were imported (a phone without
    /// digits, a malformed email or URL): the record came in without them
    /// (the first [`MAX_SKIPPED_LISTED`]).
    #[serde(default)]
    pub dropped: Vec<DroppedField>,
    /// How many such values in all.
    #[serde(default)]
    pub dropped_total: usize,
    /// Contacts created from a record without a name, named by their email
    /// address and tagged [`NEEDS_NAME_TAG`] for the user to name.
    #[serde(default)]
    pub unnamed: Vec<ContactId>,
}

pub use crate::model::NEEDS_NAME_TAG;

/// A value an import left out of a record it imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DroppedField {
    /// The record's line in the file.
    pub line: u64,
    /// The field ("phone", "email", "URL").
    pub field: String,
    /// The value as the file gave it (shortened for the message).
    pub value: String,
    /// Why it was left out.
    pub reason: String,
}

/// A field a re-import left alone because the user edited it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KeptEdit {
    /// The record's line in the file.
    pub line: u64,
    /// The contact.
    pub contact: ContactId,
    /// The field.
    pub field: crate::model::ImportedField,
}

/// How many skipped rows an [`ImportReport`] lists (it counts them all), so
/// a file of ten million bad rows gives a bounded report.
pub const MAX_SKIPPED_LISTED: usize = 1_000;

impl ImportReport {
    /// Lists a contact as updated, once, up to [`MAX_SKIPPED_LISTED`].
    pub(crate) fn list_updated(&mut self, id: ContactId) {
        if self.updated_contacts.len() < MAX_SKIPPED_LISTED && !self.updated_contacts.contains(&id)
        {
            self.updated_contacts.push(id);
        }
    }

    pub(crate) fn keep(&mut self, kept: KeptEdit) {
        self.kept_total += 1;
        if self.kept.len() < MAX_SKIPPED_LISTED {
            self.kept.push(kept);
        }
    }

    pub(crate) fn drop_field(&mut self, d: DroppedField) {
        // A file applied again to settle reports a value once.
        if self.dropped.contains(&d) {
            return;
        }
        self.dropped_total += 1;
        if self.dropped.len() < MAX_SKIPPED_LISTED {
            self.dropped.push(d);
        }
    }

    pub(crate) fn skip(&mut self, row: SkippedRow) {
        self.skipped_total += 1;
        if self.skipped.len() < MAX_SKIPPED_LISTED {
            self.skipped.push(row);
        }
    }
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
    /// Given and family name, when the file gives them apart.
    pub(crate) name_parts: Option<crate::model::NameParts>,
    /// Which kind of import.
    pub(crate) source: crate::model::ImportSource,
    /// Where it came from: its line in the file.
    pub(crate) line: u64,
    /// The record had no name: `name` is its email address.
    pub(crate) unnamed: bool,
    /// Values the reader left out (reported once the record is accepted).
    pub(crate) dropped: Vec<DroppedField>,
}

/// Whether an email names a role or a shared inbox rather than a person
/// (`info@`, `jobs@`, `hr@` …): such an address never identifies anyone.
///
/// ```
/// assert!(inroads::is_role_email("Info@acme.example"));
/// assert!(inroads::is_role_email("careers+2026@acme.example"));
/// assert!(!inroads::is_role_email("ana.ruiz@acme.example"));
/// ```
pub fn is_role_email(email: &str) -> bool {
    const ROLES: &[&str] = &[
        "accounts",
        "admin",
        "administrator",
        "billing",
        "careers",
        "contact",
        "contactus",
        "enquiries",
        "enquiry",
        "general",
        "hello",
        "help",
        "hiring",
        "hr",
        "info",
        "inquiries",
        "jobs",
        "mail",
        "marketing",
        "media",
        "news",
        "newsletter",
        "no-reply",
        "noreply",
        "office",
        "people",
        "postmaster",
        "press",
        "reception",
        "recruiting",
        "recruitment",
        "sales",
        "service",
        "staff",
        "support",
        "talent",
        "team",
        "webmaster",
    ];
    let e = normalize_email(email);
    let local = e.split('@').next().unwrap_or("");
    let local = local.split('+').next().unwrap_or(local);
    ROLES.binary_search(&local).is_ok()
}

pub use crate::text::company_key;

/// Finds existing contacts for incoming records and applies them, creating
/// companies as needed. Indexes are built once per import. The identity
/// rules (ARCHITECTURE.md):
///
/// 1. A profile URL (normalised) is the strongest key: the contact with
///    that URL is the person, and two different URLs are two people.
/// 2. A personal email identifies a person — not a role address
///    ([`is_role_email`]), and not one held by a contact whose URL differs
///    from the record's.
/// 3. Name + company (name alone for a record without a company) matches
///    only a contact with no conflicting URL or personal email — which keeps
///    re-importing an old export without URLs idempotent.
pub(crate) struct Matcher {
    by_url: HashMap<String, ContactId>,
    by_name_company: HashMap<(String, Option<CompanyId>), Vec<ContactId>>,
    /// For records that name no company: the contacts of that name.
    by_name: HashMap<String, Vec<ContactId>>,
    /// Folded company key → companies, for names written another way.
    by_company_key: HashMap<String, Vec<CompanyId>>,
    /// The contacts this import touched, with the record's line and company.
    seen: HashMap<ContactId, (u64, Option<CompanyId>)>,
    /// The folded names records of this import matched each contact by.
    seen_names: HashMap<ContactId, Vec<String>>,
    /// Whether two records of the file described one contact.
    collided: bool,
    /// How many records of the file carry each (name, company).
    expected: HashMap<(String, String), usize>,
}

/// The key records are counted by: folded name and company.
fn expect_key(name: &str, company: Option<&str>) -> (String, String) {
    (
        fold_name(name),
        company.map(company_key).unwrap_or_default(),
    )
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
        let mut by_name_company: HashMap<_, Vec<ContactId>> = HashMap::new();
        let mut by_name: HashMap<_, Vec<ContactId>> = HashMap::new();
        for (id, c) in net.contacts() {
            for u in c.profile_urls() {
                by_url.entry(normalize_url(u)).or_insert(id);
            }
            // Its names, and the name an import last wrote when the user
            // has renamed the contact since: the next import of that
            // record is still this person.
            let mut keys: Vec<String> = c.names().map(fold_name).collect();
            if let Some(written) = c.imported.get(&crate::model::ImportedField::Name) {
                let k = fold_name(&written.value);
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            for k in keys {
                by_name_company
                    .entry((k.clone(), c.company))
                    .or_default()
                    .push(id);
                by_name.entry(k).or_default().push(id);
            }
        }
        let mut by_company_key: HashMap<String, Vec<CompanyId>> = HashMap::new();
        for (id, c) in net.companies() {
            for n in c.names() {
                let ids = by_company_key.entry(company_key(n)).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Matcher {
            by_url,
            by_name_company,
            by_name,
            by_company_key,
            seen: HashMap::new(),
            seen_names: HashMap::new(),
            collided: false,
            expected: HashMap::new(),
        }
    }

    /// Counts the file's records by name and company, so that namesakes
    /// the network holds are told apart only as far as the file can.
    pub(crate) fn expect<'a>(&mut self, records: impl IntoIterator<Item = &'a Incoming>) {
        for r in records {
            *self
                .expected
                .entry(expect_key(&r.name, r.company.as_deref()))
                .or_default() += 1;
        }
    }

    /// After a first pass in which two records of the file described one
    /// contact, applies the file again (at most twice more) until nothing
    /// changes: what one record filled can make a later pass match another
    /// record elsewhere, and the file must come to rest in this import, not
    /// in the next. Records refused before stay refused; what the further
    /// passes create or update is counted in `report`.
    pub(crate) fn settle(
        &self,
        net: &mut Network,
        records: &[&Incoming],
        options: &ImportOptions,
        catalog: Option<&crate::catalog::Catalog>,
        report: &mut ImportReport,
    ) -> crate::Result<Vec<ContactId>> {
        let mut touched = Vec::new();
        if !self.collided {
            return Ok(touched);
        }
        for _ in 0..2 {
            let mut again = Matcher::new(net);
            again.expected = self.expected.clone();
            let mut pass = ImportReport::default();
            for inc in records {
                if let Ok(a) = again.apply(net, inc, options, catalog, &mut pass) {
                    let (Applied::Created(id) | Applied::Updated(id) | Applied::Unchanged(id)) = a;
                    touched.push(id);
                }
            }
            report.created += pass.created;
            report.updated += pass.updated;
            for u in pass.updated_contacts {
                report.list_updated(u);
            }
            report.companies_created += pass.companies_created;
            if pass.created == 0 && pass.updated == 0 {
                break;
            }
        }
        Ok(touched)
    }

    /// The company a record names: the one of that name, or the only one
    /// whose [`company_key`] matches; `None` when there is none yet.
    fn find_company(&self, net: &Network, name: &str) -> Option<CompanyId> {
        net.find_company(name).or_else(|| {
            match self
                .by_company_key
                .get(&company_key(name))
                .map(Vec::as_slice)
            {
                Some([one]) => Some(*one),
                _ => None,
            }
        })
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
        // A company the network does not have yet is created only when
        // the record is accepted: a refused record leaves nothing behind,
        // not even a used company id.
        let (company, new_company) = match inc
            .company
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(name) => match self.find_company(net, name) {
                Some(id) => (Some(id), None),
                None => (None, Some(name)),
            },
            None => (None, None),
        };
        let applied =
            self.apply_with(net, inc, options, catalog, report, (company, new_company))?;
        // A spelling matched by its folded key becomes one of the
        // company's names, so people and commands can use it too.
        if let (Some(k), Some(written), false) = (
            company,
            inc.company.as_deref().map(str::trim),
            matches!(applied, Applied::Unchanged(_)),
        ) {
            if net.find_company(written).is_none() {
                if let Some(mut c) = net.company(k).cloned() {
                    c.aliases.push(written.to_string());
                    net.update_company(k, c)?;
                }
            }
        }
        Ok(applied)
    }

    /// Creates a company an accepted record names.
    fn create_company(
        &mut self,
        net: &mut Network,
        name: &str,
        report: &mut ImportReport,
    ) -> crate::Result<CompanyId> {
        let id = net.add_company(Company::named(name))?;
        report.companies_created += 1;
        self.by_company_key
            .entry(company_key(name))
            .or_default()
            .push(id);
        Ok(id)
    }

    /// The existing contact a record describes, by the identity rules.
    fn find(
        &self,
        net: &Network,
        inc: &Incoming,
        url: Option<&str>,
        company: Option<CompanyId>,
        new_company: bool,
    ) -> crate::Result<Option<ContactId>> {
        if let Some(id) = url.and_then(|u| self.by_url.get(u)) {
            return Ok(Some(*id));
        }
        // A contact whose URL differs from the record's is someone else.
        let other_url = |id: ContactId| {
            url.is_some_and(|u| {
                net.contact(id).is_some_and(|c| {
                    c.profile_url.is_some() && !c.profile_urls().any(|t| normalize_url(t) == u)
                })
            })
        };
        let personal: Vec<String> = inc
            .emails
            .iter()
            .filter(|e| !is_role_email(e))
            .map(|e| normalize_email(e))
            .collect();
        // An address two differently named people use is shared, not
        // theirs: it identifies only someone whose name could be this one.
        // (A record without a name is whoever holds its address.)
        // (So is a contact that came in under its address and is still
        // unnamed: any name may be its.)
        let same_person_name = |id: ContactId| {
            inc.unnamed
                || net.contact(id).is_some_and(|c| {
                    crate::dedupe::could_be_same_name(&c.name, &inc.name) || c.awaits_name()
                })
        };
        if let Some(id) = personal
            .iter()
            .filter_map(|e| net.find_contact_by_email(e))
            // A changed vanity slug: the same personal address and the
            // same name are the same person, whatever the URL says.
            .find(|id| {
                same_person_name(*id)
                    && (!other_url(*id)
                        || !self.seen.contains_key(id)
                            && net.contact(*id).is_some_and(|c| {
                                c.names().any(|n| fold_name(n) == fold_name(&inc.name))
                            }))
            })
        {
            return Ok(Some(id));
        }
        // Name (+ company): only a contact without a conflicting URL or
        // personal email.
        // (Addresses another contact holds cannot be this one's, so they
        // say nothing either way.)
        let conflicting_email = |id: ContactId| {
            // (An address the user removed was theirs all the same.)
            let theirs: Vec<&String> = net
                .contact(id)
                .map(|c| {
                    c.emails
                        .iter()
                        .chain(c.removed.iter().filter(|r| r.contains('@')))
                        .filter(|e| !is_role_email(e))
                        .collect()
                })
                .unwrap_or_default();
            let mine: Vec<&String> = personal
                .iter()
                .filter(|e| net.find_contact_by_email(e).is_none_or(|o| o == id))
                .collect();
            !mine.is_empty() && !theirs.is_empty() && !theirs.iter().any(|e| mine.contains(e))
        };
        let name = fold_name(&inc.name);
        let candidates = match company {
            // Nobody works at a company not created yet.
            None if new_company => None,
            Some(_) => self.by_name_company.get(&(name.clone(), company)),
            // A record without a company (someone between jobs, or an
            // address-book card) is the person of that name.
            None => self.by_name.get(&name),
        };
        let Some(all) = candidates else {
            return Ok(None);
        };
        // People this import already matched to another record are not
        // this record's: an export lists each person once.
        // (Unless the contact is a merge of several — it has other names —
        // and no record of this import matched it by this name yet: the
        // user said those records are one person.)
        let by_alias = |id: &ContactId| {
            net.contact(*id).is_some_and(|c| !c.aliases.is_empty())
                && !self.seen_names.get(id).is_some_and(|n| n.contains(&name))
        };
        let mut viable: Vec<ContactId> = all
            .iter()
            .copied()
            .filter(|id| !self.seen.contains_key(id) || by_alias(id))
            .filter(|id| !other_url(*id) && !conflicting_email(*id))
            .collect();
        // A record without a company is first someone without one.
        let mut pool = all.len();
        if company.is_none() {
            let without = |id: &ContactId| net.contact(*id).is_some_and(|c| c.company.is_none());
            let free: Vec<ContactId> = viable.iter().copied().filter(without).collect();
            if !free.is_empty() {
                viable = free;
                pool = all.iter().filter(|id| without(id)).count();
            }
        }
        if viable.len() <= 1 {
            return Ok(viable.first().copied());
        }
        // Several namesakes: the one whose title agrees with the record;
        // else, when the file lists at least as many people of that name
        // as the network holds, each record its own in id order; else the
        // record could be any of them, and is not guessed at.
        let title = inc.title.as_deref().map(fold_name);
        let agreeing: Vec<ContactId> = viable
            .iter()
            .copied()
            .filter(|id| {
                title.is_some()
                    && net
                        .contact(*id)
                        .and_then(|c| c.title.as_deref())
                        .map(fold_name)
                        == title
            })
            .collect();
        if let [one] = agreeing.as_slice() {
            return Ok(Some(*one));
        }
        let listed = self
            .expected
            .get(&expect_key(&inc.name, inc.company.as_deref()))
            .copied()
            .unwrap_or(1);
        if listed >= pool {
            return Ok(viable.first().copied());
        }
        // Not guessed at: refused (or, skipping, reported) with the
        // namesakes it could be.
        Err(crate::Error::new(crate::ErrorKind::Ambiguous {
            what: "record",
            key: inc.name.clone(),
            candidates: viable,
        }))
    }

    fn apply_with(
        &mut self,
        net: &mut Network,
        inc: &Incoming,
        options: &ImportOptions,
        catalog: Option<&crate::catalog::Catalog>,
        report: &mut ImportReport,
        (mut company, new_company): (Option<CompanyId>, Option<&str>),
    ) -> crate::Result<Applied> {
        use crate::model::{FieldSource, ImportedField};
        let url_key = inc
            .url
            .as_deref()
            .map(normalize_url)
            .filter(|u| !u.is_empty());
        // The record must make a valid contact on its own, whoever it
        // matches: a record refused once is refused every time.
        let mut record = Contact::new(&inc.name, inc.created.unwrap_or(options.today));
        record.title = inc.title.clone();
        record.profile_url = inc.url.clone();
        record.phones = inc.phones.clone();
        record.tags = inc.tags.clone();
        record.notes = inc.notes.clone().unwrap_or_default();
        record.how_met = inc.how_met.clone();
        record.name_parts = inc.name_parts.clone();
        for e in &inc.emails {
            let e = normalize_email(e);
            if !record.emails.contains(&e) {
                record.emails.push(e);
            }
        }
        record.normalize();
        record.validate()?;
        let existing = self.find(net, inc, url_key.as_deref(), company, new_company.is_some())?;
        // The name follows the file only for the person its URL names, and
        // only once per import (a file naming one URL twice keeps the first).
        // A contact an earlier record of this file already described takes
        // only additions (emails, phones, tags) from a later one: otherwise
        // the two records would undo each other on every import.
        let first_record = existing.is_some_and(|id| !self.seen.contains_key(&id));
        let via_alias = existing.and_then(|id| net.contact(id)).is_some_and(|c| {
            let name = fold_name(&inc.name);
            fold_name(&c.name) != name && c.aliases.iter().any(|a| fold_name(a) == name)
        });
        if existing.is_some() && !first_record {
            self.collided = true;
        }
        let by_url = existing.is_some()
            && url_key
                .as_deref()
                .is_some_and(|u| self.by_url.get(u) == existing.as_ref())
            && first_record;
        if let Some(id) = existing {
            if let Some((line, Some(before))) = self.seen.get(&id) {
                if (company.is_some() || new_company.is_some()) && company != Some(*before) {
                    return Err(crate::Error::invalid(
                        "record",
                        format!("line {}", inc.line),
                        format!(
                            "describes the same person as the record on line {line}, at another company"
                        ),
                    ));
                }
            }
        }
        let guess = |title: &str| catalog.and_then(|c| refield::field_for_title(c, title));
        let source = |value: String| FieldSource {
            value,
            from: inc.source,
            on: options.today,
        };
        // Emails another contact holds stay theirs (a shared address).
        let free_emails = |net: &Network, me: Option<ContactId>| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for e in inc.emails.iter().map(|e| normalize_email(e)) {
                if !out.contains(&e) && net.find_contact_by_email(&e).is_none_or(|o| Some(o) == me)
                {
                    out.push(e);
                }
            }
            out
        };
        let title = inc
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let notes = inc.notes.as_deref().filter(|n| !n.is_empty());
        let applied = match existing {
            Some(id) => {
                let Some(old) = net.contact(id).cloned() else {
                    return Err(crate::Error::not_found("contact", id.to_string()));
                };
                let mut c = old.clone();
                let mut kept: Vec<ImportedField> = Vec::new();
                // Each field the file has a value for: filled when empty,
                // updated while it still holds what an import wrote, left
                // alone (and reported) when the user changed it.
                let mut update = |c: &mut crate::Contact,
                                  field: ImportedField,
                                  current: Option<String>,
                                  value: &str|
                 -> bool {
                    // A later record of the same contact only fills
                    // what is empty; so does a record of a name the
                    // contact took over in a merge (the merge chose the
                    // values, and two records would undo each other).
                    if (!first_record || via_alias) && current.is_some() {
                        return false;
                    }
                    let recorded = c.imported.get(&field).cloned();
                    let last = recorded.as_ref().map(|s| s.value.clone());
                    // Values compare as people read them (URLs normalised).
                    let same = |a: &str, b: &str| match field {
                        ImportedField::ProfileUrl => normalize_url(a) == normalize_url(b),
                        _ => fold_name(a) == fold_name(b),
                    };
                    let writable = match (&current, &recorded) {
                        // Empty and never imported: filled.
                        (None, None) => true,
                        // Imported once, emptied since: the user cleared it.
                        (None, Some(_)) => false,
                        // Another kind of import wrote it (LinkedIn vs an
                        // address book): each keeps its own, or the two
                        // would overwrite each other on every sync.
                        (Some(_), Some(r)) if r.from != inc.source => false,
                        // Still what an import wrote: the file may update it.
                        (Some(cur), Some(r)) => same(cur, &r.value),
                        // A value without a record of an import is the
                        // user's (typed, or imported before imports kept one).
                        (Some(_), None) => false,
                    };
                    if !writable {
                        // The file says otherwise; the user's value stands
                        // (reported when the user, not another import, set it).
                        let from_other_import =
                            recorded.as_ref().is_some_and(|r| r.from != inc.source);
                        let differs = current.as_deref().is_none_or(|cur| !same(cur, value));
                        if differs && !from_other_import {
                            kept.push(field);
                        }
                        return false;
                    }
                    if current.as_deref().is_some_and(|cur| same(cur, value)) {
                        // Nothing to change (another spelling of the same).
                        return false;
                    }
                    if last.as_deref() != Some(value) {
                        c.imported.insert(field, source(value.to_string()));
                    }
                    current.as_deref() != Some(value)
                };
                // A name the contact took over in a merge is not a rename:
                // the merge chose which name to show.
                if by_url
                    && !inc.unnamed
                    && !via_alias
                    && update(
                        &mut c,
                        ImportedField::Name,
                        Some(old.name.clone()),
                        &inc.name,
                    )
                {
                    // The old name stays findable (an older export without URLs).
                    c.aliases
                        .push(std::mem::replace(&mut c.name, inc.name.clone()));
                    c.name_parts = inc.name_parts.clone();
                }
                // A contact that came in under its address, still unnamed,
                // takes the first name a record gives it.
                if old.awaits_name() && !inc.unnamed {
                    c.name = inc.name.clone();
                    c.name_parts = inc.name_parts.clone();
                    c.tags.retain(|t| t != NEEDS_NAME_TAG);
                    c.imported
                        .insert(ImportedField::Name, source(inc.name.clone()));
                }
                if c.name_parts.is_none() && fold_name(&c.name) == fold_name(&inc.name) {
                    c.name_parts = inc.name_parts.clone();
                }
                if let Some(t) = title {
                    if update(&mut c, ImportedField::Title, old.title.clone(), t) {
                        c.title = Some(t.to_string());
                        c.seniority = Seniority::from_title(t);
                        if let Some(f) = guess(t) {
                            let code = f.to_string();
                            if update(
                                &mut c,
                                ImportedField::Field,
                                old.field.map(|f| f.to_string()),
                                &code,
                            ) {
                                c.field = Some(f);
                            }
                        }
                    }
                }
                let mut move_to_new = false;
                // The same company under another spelling is no change.
                if let (true, Some(written)) = (
                    (company.is_some() && company != old.company) || new_company.is_some(),
                    inc.company.as_deref().map(str::trim),
                ) {
                    // The company as the file writes it; the contact's
                    // company counts as that when any of its names is.
                    let last = c
                        .imported
                        .get(&ImportedField::Company)
                        .map(|s| s.value.clone());
                    let current = old.company.and_then(|k| net.company(k)).map(|co| {
                        co.names()
                            .find(|n| {
                                last.as_deref()
                                    .is_some_and(|l| fold_name(l) == fold_name(n))
                                    || fold_name(n) == fold_name(written)
                            })
                            .unwrap_or(co.name.as_str())
                            .to_string()
                    });
                    if update(&mut c, ImportedField::Company, current, written) {
                        match company {
                            Some(k) => c.company = Some(k),
                            None => move_to_new = true,
                        }
                    }
                }
                // A URL the person had before (an older export) is no change.
                let former = |u: &&str| {
                    old.profile_url_aliases
                        .iter()
                        .any(|a| normalize_url(a) == normalize_url(u))
                };
                if let Some(u) = inc.url.as_deref().filter(|u| !former(u)) {
                    if update(
                        &mut c,
                        ImportedField::ProfileUrl,
                        old.profile_url.clone(),
                        u,
                    ) {
                        // The old URL stays findable (a changed slug).
                        if let Some(old_url) = c.profile_url.replace(u.to_string()) {
                            if normalize_url(&old_url) != normalize_url(u) {
                                c.profile_url_aliases.push(old_url);
                            }
                        }
                    }
                }
                // Emails and phones the user removed are not added back.
                // (Phones compare by their digits: "+1 (555) 123-4567" is
                // "+15551234567".)
                let emails: Vec<String> = free_emails(net, Some(id))
                    .into_iter()
                    .filter(|e| !old.was_removed(e))
                    .collect();
                for e in emails {
                    if !c.emails.contains(&e) {
                        c.emails.push(e);
                    }
                }
                for p in inc.phones.iter().filter(|p| !old.was_removed(p)) {
                    if !c.phones.iter().any(|q| crate::model::same_address(q, p)) {
                        c.phones.push(p.clone());
                    }
                }
                for t in &inc.tags {
                    if !c.tags.contains(t) {
                        c.tags.push(t.clone());
                    }
                }
                if let Some(n) = notes {
                    let last = c
                        .imported
                        .get(&ImportedField::Notes)
                        .map(|s| s.value.clone());
                    // A note already imported is not added again, even
                    // when the user has since edited it away; notes
                    // compare with their white space folded (a format that
                    // flattens line breaks must not add a copy each sync).
                    let folded = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                    let note = folded(n);
                    if last.as_deref().map(folded) != Some(note.clone())
                        && !folded(&c.notes).contains(&note)
                    {
                        c.notes = if c.notes.is_empty() {
                            n.to_string()
                        } else {
                            format!("{}\n{n}", c.notes)
                        };
                        c.imported
                            .insert(ImportedField::Notes, source(n.to_string()));
                    }
                }
                for field in kept {
                    report.keep(KeptEdit {
                        line: inc.line,
                        contact: id,
                        field,
                    });
                }
                let mut probe = c.clone();
                probe.normalize();
                if probe == old && !move_to_new {
                    Applied::Unchanged(id)
                } else {
                    // Checked before a new company is created for it.
                    probe.validate()?;
                    if let (true, Some(name)) = (move_to_new, new_company) {
                        let k = self.create_company(net, name, report)?;
                        company = Some(k);
                        c.company = Some(k);
                    }
                    net.update_contact(id, c)?;
                    Applied::Updated(id)
                }
            }
            None => {
                // The record as checked above, with what the network adds:
                // seniority, the field guess, the company, free emails and
                // where each imported value came from.
                let mut c = record;
                c.imported
                    .insert(ImportedField::Name, source(inc.name.clone()));
                c.title = title.map(str::to_string);
                if let Some(t) = title {
                    c.seniority = Seniority::from_title(t);
                    c.imported
                        .insert(ImportedField::Title, source(t.to_string()));
                    c.field = guess(t);
                    if let Some(f) = c.field {
                        c.imported
                            .insert(ImportedField::Field, source(f.to_string()));
                    }
                }
                c.company = company;
                if let (true, Some(written)) = (
                    company.is_some() || new_company.is_some(),
                    inc.company.as_deref().map(str::trim),
                ) {
                    c.imported
                        .insert(ImportedField::Company, source(written.to_string()));
                }
                c.emails = free_emails(net, None);
                if let Some(u) = &inc.url {
                    c.imported
                        .insert(ImportedField::ProfileUrl, source(u.clone()));
                }
                if inc.unnamed && !c.tags.iter().any(|t| t == NEEDS_NAME_TAG) {
                    c.tags.push(NEEDS_NAME_TAG.to_string());
                }
                c.notes = notes.unwrap_or_default().to_string();
                if let Some(n) = notes {
                    c.imported
                        .insert(ImportedField::Notes, source(n.to_string()));
                }
                // Checked before a new company is created for it.
                let mut probe = c.clone();
                probe.normalize();
                probe.validate()?;
                if let Some(name) = new_company {
                    let k = self.create_company(net, name, report)?;
                    company = Some(k);
                    c.company = Some(k);
                }
                Applied::Created(net.add_contact(c)?)
            }
        };
        let id = match applied {
            Applied::Created(id) | Applied::Updated(id) | Applied::Unchanged(id) => id,
        };
        if let Some(u) = url_key {
            self.by_url.entry(u).or_insert(id);
        }
        let names = self
            .by_name_company
            .entry((fold_name(&inc.name), company))
            .or_default();
        if !names.contains(&id) {
            names.push(id);
        }
        let names = self.by_name.entry(fold_name(&inc.name)).or_default();
        if !names.contains(&id) {
            names.push(id);
        }
        let matched_by = fold_name(&inc.name);
        let names_seen = self.seen_names.entry(id).or_default();
        if !names_seen.contains(&matched_by) {
            names_seen.push(matched_by);
        }
        let entry = self.seen.entry(id).or_insert((inc.line, company));
        if entry.1.is_none() {
            *entry = (inc.line, company);
        }
        match applied {
            Applied::Created(_) => report.created += 1,
            Applied::Updated(u) => {
                report.updated += 1;
                report.list_updated(u);
            }
            Applied::Unchanged(_) => report.unchanged += 1,
        }
        // An address another contact holds stays theirs (identity rule 2):
        // said, so the user can merge the two if they are one person.
        for e in inc.emails.iter().map(|e| normalize_email(e)) {
            if let Some(other) = net.find_contact_by_email(&e).filter(|o| *o != id) {
                report.drop_field(DroppedField {
                    line: inc.line,
                    field: "email".into(),
                    value: crate::skill::truncate_for_message(&e),
                    reason: format!("{other} holds it; if they are one person, merge them"),
                });
            }
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

/// The stable pseudonym of a record in redacted exports and in
/// [`redact`](crate::redact): `Contact 12`, `Company 3`, `Industry 2`.
pub(crate) fn pseudonym(kind: &str, id: u64) -> String {
    format!("{kind} {id}")
}

/// A record's name as an export shows it: its own, or its pseudonym when
/// redacting.
pub(crate) fn shown_name(redact: bool, kind: &str, id: u64, name: &str) -> String {
    if redact {
        pseudonym(kind, id)
    } else {
        name.to_string()
    }
}
