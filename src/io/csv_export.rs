//! CSV exports for spreadsheets, with formula injection neutralised.

use super::spreadsheet_safe;
use crate::network::Network;

/// What a CSV export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvExport {
    /// One row per contact.
    Contacts,
    /// One row per meeting, held or scheduled.
    Meetings,
    /// One row per job lead.
    Leads,
}

/// Contacts, meetings or leads as CSV. Every cell that a spreadsheet
/// would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) is prefixed with `'` so it shows as text.
///
/// ```
/// use inroads::CsvExport;
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let csv = inroads::export_csv(&net, CsvExport::Contacts);
/// assert!(csv.starts_with("id,name,title,seniority,company"));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn export_csv(network: &Network, what: CsvExport) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut row = |cells: &[&str]| {
        let _ = w.write_record(
            cells
                .iter()
                .map(|c| spreadsheet_safe(&super::clean_text(c)).into_owned()),
        );
    };
    let company = |id: Option<crate::CompanyId>| {
        id.and_then(|k| network.company(k))
            .map_or_else(String::new, |k| k.name.clone())
    };
    match what {
        CsvExport::Contacts => {
            row(&[
                "id",
                "name",
                "title",
                "seniority",
                "company",
                "emails",
                "phones",
                "profile_url",
                "tags",
                "stage",
                "created",
                "notes",
            ]);
            for (id, c) in network.contacts() {
                row(&[
                    &id.get().to_string(),
                    &c.name,
                    c.title.as_deref().unwrap_or(""),
                    c.seniority.as_str(),
                    &company(c.company),
                    &c.emails.join("; "),
                    &c.phones.join("; "),
                    c.profile_url.as_deref().unwrap_or(""),
                    &c.tags.join("; "),
                    network.stage(id).as_str(),
                    &c.created.to_string(),
                    &c.notes,
                ]);
            }
        }
        CsvExport::Meetings => {
            row(&["contact", "name", "start", "minutes", "place", "status"]);
            let mut all: Vec<(crate::ContactId, crate::Meeting, &str)> = network
                .held_meetings()
                .into_iter()
                .map(|(c, m, _)| (c, m, "held"))
                .collect();
            all.extend(
                network
                    .scheduled_meetings()
                    .into_iter()
                    .map(|(c, m)| (c, m.clone(), "scheduled")),
            );
            all.sort_by_key(|(c, m, _)| (m.start, *c));
            for (c, m, status) in all {
                let name = network
                    .contact(c)
                    .map_or_else(String::new, |x| x.name.clone());
                row(&[
                    &c.get().to_string(),
                    &name,
                    &m.start.to_rfc3339(),
                    &m.minutes.to_string(),
                    m.place.as_deref().unwrap_or(""),
                    status,
                ]);
            }
        }
        CsvExport::Leads => {
            row(&[
                "id", "role", "company", "from", "learned", "status", "posted", "notes",
            ]);
            for (id, l) in network.leads() {
                let from = network
                    .contact(l.contact)
                    .map_or_else(String::new, |x| x.name.clone());
                row(&[
                    &id.get().to_string(),
                    &l.role,
                    &company(l.company),
                    &from,
                    &l.learned.to_string(),
                    l.status.as_str(),
                    l.posted.as_deref().unwrap_or(""),
                    &l.notes,
                ]);
            }
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
