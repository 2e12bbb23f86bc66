//! Views for front ends: what a list, a detail page or a journal shows,
//! assembled by the library as serialisable values, so a command line, a
//! web page or a bot only formats them. Free functions over a
//! [`Network`]; nothing here changes it.
//!
//! ```
//! let net = inroads::sample::teacher_candidate_weeks_later()?;
//! let tom = net.resolve_contact("Tom Okafor")?;
//! let detail = inroads::contact_detail(&net, tom)?;
//! assert_eq!(detail.contact.name, "Tom Okafor");
//! let journal = inroads::journal_view(&net, tom)?;
//! assert_eq!(journal.stage, detail.stage);
//! assert!(!journal.entries.is_empty());
//! # Ok::<(), inroads::Error>(())
//! ```

use crate::error::{Error, Result};
use crate::id::{CompanyId, ContactId, EntryId, IndustryId, LeadId};
use crate::journal::{Entry, Meeting, Stage};
use crate::model::{Cadence, Company, Contact, FieldSource, ImportedField, Lead, Seniority};
use crate::network::Network;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A contact as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ContactSummary {
    /// Its id.
    pub id: ContactId,
    /// Its name.
    pub name: String,
    /// Its title.
    pub title: Option<String>,
    /// Its seniority.
    pub seniority: Seniority,
    /// The name of its company.
    pub company: Option<String>,
    /// Its emails.
    pub emails: Vec<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Where the method stands with it.
    pub stage: Stage,
}

/// A company as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompanySummary {
    /// Its id.
    pub id: CompanyId,
    /// Its name.
    pub name: String,
    /// The name of its industry.
    pub industry: Option<String>,
    /// The NAICS code it inherits from its industry, if that has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naics: Option<String>,
    /// How many contacts work there.
    pub contacts: usize,
}

/// An industry as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndustrySummary {
    /// Its id.
    pub id: IndustryId,
    /// Its name.
    pub name: String,
    /// Whether the profile targets it.
    pub target: bool,
    /// Its NAICS code, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naics: Option<String>,
    /// How many companies are in it.
    pub companies: usize,
}

/// One field of a contact that came from an import, and whether the user
/// has changed it since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ImportedFact {
    /// Which field.
    pub field: ImportedField,
    /// What the import wrote, from which import, on which day.
    pub source: FieldSource,
    /// Whether the contact's value now differs from what was imported.
    pub edited: bool,
}

/// Everything a detail page shows about one contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ContactDetail {
    /// Its id.
    pub id: ContactId,
    /// The record.
    pub contact: Contact,
    /// The name of its company.
    pub company: Option<String>,
    /// Where the method stands with it.
    pub stage: Stage,
    /// The keep-in-touch cadence that applies (its own or its tags').
    pub cadence: Option<Cadence>,
    /// The fields that came from an import.
    pub imported: Vec<ImportedFact>,
    /// The meeting scheduled with it, if any.
    pub meeting: Option<Meeting>,
    /// The leads it gave.
    pub leads: Vec<LeadId>,
    /// What was said at each meeting, oldest first.
    pub meeting_notes: Vec<crate::journal::MeetingNotes>,
}

/// Everything a detail page shows about one company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompanyDetail {
    /// Its id.
    pub id: CompanyId,
    /// The record.
    pub company: Company,
    /// The name of its industry.
    pub industry: Option<String>,
    /// The NAICS code it inherits from its industry, if that has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naics: Option<String>,
    /// The contacts who work there, in id order.
    pub contacts: Vec<ContactSummary>,
}

/// One entry of a contact's journal as it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JournalLine {
    /// The entry's id (corrections keep the id of the entry they correct).
    pub id: EntryId,
    /// The entry as it stands.
    pub entry: Entry,
}

/// A contact's journal as it stands: corrections applied, retracted
/// entries left out, in time order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JournalView {
    /// The contact.
    pub contact: ContactId,
    /// Its name.
    pub name: String,
    /// Its stage now.
    pub stage: Stage,
    /// The entries.
    pub entries: Vec<JournalLine>,
}

/// A journal entry just recorded, and where it leaves the contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Recorded {
    /// The entry recorded.
    pub entry: EntryId,
    /// The contact.
    pub contact: ContactId,
    /// Its name.
    pub name: String,
    /// What was recorded, as it stands (`None`: the entry was retracted).
    pub event: Option<crate::journal::EventKind>,
    /// The contact's stage now.
    pub stage: Stage,
}

/// A meeting in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MeetingItem {
    /// With whom.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Their company's name.
    pub company: Option<String>,
    /// The meeting (as last scheduled).
    pub meeting: Meeting,
    /// For a held meeting, the entry that recorded it being held.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub entry: Option<EntryId>,
}

/// Every meeting: those scheduled (soonest first) and those held.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MeetingList {
    /// Scheduled, by start.
    pub scheduled: Vec<MeetingItem>,
    /// Held, by contact.
    pub held: Vec<MeetingItem>,
}

/// A lead in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LeadItem {
    /// Its id.
    pub id: LeadId,
    /// The record.
    pub lead: Lead,
    /// The name of the contact it came from.
    pub from: String,
    /// The name of the company it is at.
    pub company: Option<String>,
}

/// One end of a tie in a list: the job seeker (no contact id) or a
/// contact, always with a name — the same shape for both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TieEnd {
    /// The contact, or `None` for the job seeker.
    pub contact: Option<ContactId>,
    /// Their name (`me` for the job seeker).
    pub name: String,
}

/// A tie in a list, its ends named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TieItem {
    /// One end.
    pub a: TieEnd,
    /// The other end.
    pub b: TieEnd,
    /// The explicit strength, or `None` when it is derived.
    pub strength: Option<f64>,
    /// Where it came from.
    pub source: crate::ties::TieSource,
}

/// Every recorded tie, the job seeker's first, each end named.
pub fn tie_list(net: &Network) -> Vec<TieItem> {
    let end = |p: crate::ties::Party| match p {
        crate::ties::Party::Me => TieEnd {
            contact: None,
            name: "me".into(),
        },
        crate::ties::Party::Contact(c) => TieEnd {
            contact: Some(c),
            name: contact_name(net, c),
        },
    };
    net.ties()
        .map(|t| TieItem {
            a: end(t.a),
            b: end(t.b),
            strength: t.strength,
            source: t.source,
        })
        .collect()
}

fn company_name(net: &Network, id: Option<CompanyId>) -> Option<String> {
    id.and_then(|k| net.company(k)).map(|k| k.name.clone())
}

fn contact_name(net: &Network, id: ContactId) -> String {
    net.contact(id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

fn missing_contact(id: ContactId) -> Error {
    Error::not_found("contact", id.to_string())
}

/// A short description of a contact for messages: name, company, first
/// email. An unknown id describes itself (`contact#9`).
pub fn describe_contact(net: &Network, id: ContactId) -> String {
    let Some(c) = net.contact(id) else {
        return id.to_string();
    };
    let mut s = c.name.clone();
    if let Some(company) = c.company.and_then(|k| net.company(k)) {
        s.push_str(&format!(" at {}", company.name));
    }
    if let Some(e) = c.emails.first() {
        s.push_str(&format!(" <{e}>"));
    }
    s
}

/// A serialisable summary of one contact, with its company's name.
pub fn contact_summary(net: &Network, id: ContactId) -> Option<ContactSummary> {
    let c = net.contact(id)?;
    Some(ContactSummary {
        id,
        name: c.name.clone(),
        title: c.title.clone(),
        seniority: c.seniority,
        company: company_name(net, c.company),
        emails: c.emails.clone(),
        tags: c.tags.clone(),
        stage: net.stage(id),
    })
}

/// Which contacts a list shows: every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ContactFilter {
    /// Has this tag (compared case-insensitively).
    pub tag: Option<String>,
    /// Is at this stage.
    pub stage: Option<Stage>,
    /// Works at this company.
    pub company: Option<CompanyId>,
    /// Works in this career field.
    pub field: Option<crate::catalog::FieldCode>,
    /// Matches this text as [`Network::search_contacts`] does (part of a
    /// name, email or company; case and accents do not matter).
    pub search: Option<String>,
}

/// The contacts a [`ContactFilter`] keeps, summarised, in id order.
///
/// ```
/// use inroads::{ContactFilter, Stage};
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let mut f = ContactFilter::default();
/// f.stage = Some(Stage::Requested);
/// let waiting = inroads::filter_contacts(&net, &f);
/// assert!(waiting.iter().all(|c| c.stage == Stage::Requested));
/// assert!(!waiting.is_empty());
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn filter_contacts(net: &Network, filter: &ContactFilter) -> Vec<ContactSummary> {
    let found: Option<std::collections::HashSet<ContactId>> = filter
        .search
        .as_deref()
        .map(|t| net.search_contacts(t).into_iter().collect());
    let tag = filter.tag.as_deref().map(|t| t.trim().to_lowercase());
    net.contacts()
        .filter(|(id, c)| {
            tag.as_ref()
                .is_none_or(|t| c.tags.iter().any(|x| x.trim().to_lowercase() == *t))
                && filter.stage.is_none_or(|s| net.stage(*id) == s)
                && filter.company.is_none_or(|k| c.company == Some(k))
                && filter.field.is_none_or(|f| c.field == Some(f))
                && found.as_ref().is_none_or(|f| f.contains(id))
        })
        .filter_map(|(id, _)| contact_summary(net, id))
        .collect()
}

/// A serialisable summary of every contact, in id order.
pub fn contact_summaries(net: &Network) -> Vec<ContactSummary> {
    net.contacts()
        .filter_map(|(id, _)| contact_summary(net, id))
        .collect()
}

/// A serialisable summary of every company, by name (case and accents
/// aside, then id).
pub fn company_summaries(net: &Network) -> Vec<CompanySummary> {
    let mut counts: HashMap<CompanyId, usize> = HashMap::new();
    for (_, c) in net.contacts() {
        if let Some(k) = c.company {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut list = net
        .companies()
        .map(|(id, c)| CompanySummary {
            id,
            name: c.name.clone(),
            industry: c
                .industry
                .and_then(|i| net.industry(i))
                .map(|i| i.name.clone()),
            naics: net.company_naics(id).map(str::to_string),
            contacts: counts.get(&id).copied().unwrap_or(0),
        })
        .collect::<Vec<_>>();
    list.sort_by_cached_key(|c| (crate::text::fold_accents(&c.name.to_lowercase()), c.id));
    list
}

/// A serialisable summary of every industry, in id order.
pub fn industry_summaries(net: &Network) -> Vec<IndustrySummary> {
    let mut counts: HashMap<IndustryId, usize> = HashMap::new();
    for (_, c) in net.companies() {
        if let Some(i) = c.industry {
            *counts.entry(i).or_default() += 1;
        }
    }
    net.industries()
        .map(|(id, i)| IndustrySummary {
            id,
            name: i.name.clone(),
            target: net.profile().target_industries.contains(&id),
            naics: i.naics.clone(),
            companies: counts.get(&id).copied().unwrap_or(0),
        })
        .collect()
}

/// Everything a detail page shows about a contact.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown contact.
pub fn contact_detail(net: &Network, id: ContactId) -> Result<ContactDetail> {
    let c = net.contact(id).ok_or_else(|| missing_contact(id))?;
    let company = company_name(net, c.company);
    let imported = c
        .imported
        .iter()
        .map(|(f, s)| {
            let current = match f {
                ImportedField::Title => c.title.clone(),
                ImportedField::Name => Some(c.name.clone()),
                ImportedField::ProfileUrl => c.profile_url.clone(),
                ImportedField::Field => c.field.map(|x| x.to_string()),
                ImportedField::Notes => Some(c.notes.clone()),
                // A company is matched by name and alias, not compared as text.
                ImportedField::Company => None,
            };
            let edited = current.is_some_and(|v| !v.eq_ignore_ascii_case(&s.value));
            ImportedFact {
                field: *f,
                source: s.clone(),
                edited,
            }
        })
        .collect();
    Ok(ContactDetail {
        id,
        contact: c.clone(),
        company,
        stage: net.stage(id),
        cadence: net.cadence(id),
        imported,
        meeting: net.scheduled_meeting(id).cloned(),
        leads: net
            .leads()
            .filter(|(_, l)| l.contact == id)
            .map(|(k, _)| k)
            .collect(),
        meeting_notes: net
            .entries(id)
            .into_iter()
            .filter_map(|(_, e)| match &e.event {
                crate::journal::Event::MeetingNotes { notes } => Some(notes.clone()),
                _ => None,
            })
            .collect(),
    })
}

/// Everything a detail page shows about a company.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown company.
pub fn company_detail(net: &Network, id: CompanyId) -> Result<CompanyDetail> {
    let c = net
        .company(id)
        .ok_or_else(|| Error::not_found("company", id.to_string()))?;
    Ok(CompanyDetail {
        id,
        company: c.clone(),
        industry: c
            .industry
            .and_then(|i| net.industry(i))
            .map(|i| i.name.clone()),
        naics: net.company_naics(id).map(str::to_string),
        contacts: net
            .contacts_at(id)
            .into_iter()
            .filter_map(|k| contact_summary(net, k))
            .collect(),
    })
}

/// A contact's journal as it stands.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown contact.
pub fn journal_view(net: &Network, id: ContactId) -> Result<JournalView> {
    let c = net.contact(id).ok_or_else(|| missing_contact(id))?;
    Ok(JournalView {
        contact: id,
        name: c.name.clone(),
        stage: net.stage(id),
        entries: net
            .entries(id)
            .into_iter()
            .map(|(k, e)| JournalLine {
                id: k,
                entry: e.clone(),
            })
            .collect(),
    })
}

/// What a just-recorded entry did: the entry as it stands and the
/// contact's stage now.
///
/// # Errors
/// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) for an unknown entry.
pub fn recorded(net: &Network, entry: EntryId) -> Result<Recorded> {
    let raw = net
        .entry(entry)
        .ok_or_else(|| Error::not_found("journal entry", entry.to_string()))?;
    // A correction stands for the entry it corrects.
    let root = raw.corrects.unwrap_or(entry);
    let event = net.current_entry(root).map(|e| e.event.kind());
    Ok(Recorded {
        entry,
        contact: raw.contact,
        name: contact_name(net, raw.contact),
        event,
        stage: net.stage(raw.contact),
    })
}

/// Every meeting, scheduled and held, each list by start time.
pub fn meeting_list(net: &Network) -> MeetingList {
    let item = |contact: ContactId, meeting: Meeting, entry: Option<EntryId>| MeetingItem {
        contact,
        name: contact_name(net, contact),
        company: company_name(net, net.contact(contact).and_then(|c| c.company)),
        meeting,
        entry,
    };
    MeetingList {
        scheduled: net
            .scheduled_meetings()
            .into_iter()
            .map(|(c, m)| item(c, m.clone(), None))
            .collect(),
        held: {
            let mut held: Vec<MeetingItem> = net
                .held_meetings()
                .into_iter()
                .map(|(c, m, e)| item(c, m, Some(e)))
                .collect();
            held.sort_by_key(|m| (m.meeting.start, m.contact));
            held
        },
    }
}

/// Every lead, in id order, with the names a list shows.
pub fn lead_list(net: &Network) -> Vec<LeadItem> {
    net.leads()
        .map(|(id, l)| LeadItem {
            id,
            lead: l.clone(),
            from: contact_name(net, l.contact),
            company: company_name(net, l.company),
        })
        .collect()
}
