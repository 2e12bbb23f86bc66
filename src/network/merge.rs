//! Merging records: two contacts who are one person, two spellings of one
//! company. The merged data is rebuilt and checked as a loaded file is, so
//! nothing changes on error.

use super::Network;
use crate::dedupe::Prefer;
use crate::error::{Error, ErrorKind, Result};
use crate::id::{CompanyId, ContactId};
use crate::journal::Event;
use crate::model::fold_name;

impl Network {
    /// Merges contact `b` into contact `a`: every journal entry, tie,
    /// referral and lead of `b` becomes `a`'s; emails, phones and tags are
    /// combined; notes are joined. `b` is removed.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`] listing the conflicting facts (different
    /// titles, companies, profile URLs, fields, how met) unless `prefer`
    /// picks a side; or when the two journals together do not replay
    /// through the state machine. Nothing changes then.
    pub fn merge(&mut self, a: ContactId, b: ContactId, prefer: Option<Prefer>) -> Result<()> {
        if a == b {
            return Err(Error::invalid(
                "merge",
                a.to_string(),
                "a contact cannot be merged with itself",
            ));
        }
        let ca = self
            .contact(a)
            .cloned()
            .ok_or_else(|| Error::not_found("contact", a.to_string()))?;
        let cb = self
            .contact(b)
            .cloned()
            .ok_or_else(|| Error::not_found("contact", b.to_string()))?;
        let mut conflicts = Vec::new();
        let mut merged = ca.clone();
        macro_rules! pick {
            ($field:ident, $label:literal) => {
                match (&ca.$field, &cb.$field) {
                    (Some(x), Some(y)) if x != y => match prefer {
                        Some(Prefer::Merged) => merged.$field = cb.$field.clone(),
                        Some(Prefer::Kept) => {}
                        None => conflicts.push($label.to_string()),
                    },
                    (None, Some(_)) => merged.$field = cb.$field.clone(),
                    _ => {}
                }
            };
        }
        pick!(title, "title");
        // The seniority goes with the title it was read from.
        if merged.title == cb.title && merged.title != ca.title {
            merged.seniority = cb.seniority;
        }
        if let (Some(x), Some(y), None) = (ca.company, cb.company, prefer) {
            if x != y {
                conflicts.push(format!("company ({x} vs {y})"));
            }
        }
        if prefer.is_some() {
            pick!(company, "company");
        } else if ca.company.is_none() {
            merged.company = cb.company;
        }
        pick!(profile_url, "profile URL");
        pick!(field, "field");
        pick!(how_met, "how met");
        pick!(cadence, "cadence");
        if fold_name(&ca.name) != fold_name(&cb.name) && prefer == Some(Prefer::Merged) {
            merged.name = cb.name.clone();
            // What an import wrote of the name the merge shows travels with
            // it, so a later rename by the user still knows the record.
            let name = crate::model::ImportedField::Name;
            match cb.imported.get(&name) {
                Some(src) => {
                    merged.imported.insert(name, src.clone());
                }
                None => {
                    merged.imported.remove(&name);
                }
            }
        }
        if !conflicts.is_empty() {
            // Ids and field names only: errors never carry personal data.
            return Err(Error::invalid(
                "merge",
                format!("{a} and {b}"),
                format!(
                    "the two disagree on {}; say whose values to keep",
                    conflicts.join("; ")
                ),
            ));
        }
        for e in &cb.emails {
            if !merged.emails.contains(e) {
                merged.emails.push(e.clone());
            }
        }
        for p in &cb.phones {
            if !merged.phones.contains(p) {
                merged.phones.push(p.clone());
            }
        }
        for t in &cb.tags {
            if !merged.tags.contains(t) {
                merged.tags.push(t.clone());
            }
        }
        if !cb.notes.is_empty() && !merged.notes.contains(&cb.notes) {
            merged.notes = if merged.notes.is_empty() {
                cb.notes.clone()
            } else {
                format!("{}\n{}", merged.notes, cb.notes)
            };
        }
        // The names the two went by stay findable: a re-import that still
        // lists the other spelling lands on the merged contact.
        // (And the names an import wrote that the user has since changed:
        // the export still lists them.)
        let written = |c: &crate::model::Contact| {
            c.imported
                .get(&crate::model::ImportedField::Name)
                .map(|s| s.value.clone())
        };
        let (wa, wb) = (written(&ca), written(&cb));
        for n in ca
            .names()
            .chain(cb.names())
            .chain(wa.as_deref())
            .chain(wb.as_deref())
        {
            if fold_name(n) != fold_name(&merged.name)
                && !merged.aliases.iter().any(|a| fold_name(a) == fold_name(n))
            {
                merged.aliases.push(n.to_string());
            }
        }
        // The URL that lost stays findable: the next import that lists it
        // lands on the merged contact instead of bringing the other back.
        for u in ca.profile_urls().chain(cb.profile_urls()) {
            let key = crate::text::normalize_url(u);
            if !merged
                .profile_urls()
                .any(|m| crate::text::normalize_url(m) == key)
            {
                merged.profile_url_aliases.push(u.to_string());
            }
        }
        for r in &cb.removed {
            if !merged.removed.contains(r) {
                merged.removed.push(r.clone());
            }
        }
        // What the merged contact holds is not "removed".
        let held: Vec<&String> = merged.emails.iter().chain(&merged.phones).collect();
        let still_removed: Vec<String> = merged
            .removed
            .iter()
            .filter(|r| !held.iter().any(|h| crate::model::same_address(h, r)))
            .cloned()
            .collect();
        merged.removed = still_removed;
        for (f, src) in &cb.imported {
            merged.imported.entry(*f).or_insert_with(|| src.clone());
        }
        if merged.name_parts.is_none() {
            merged.name_parts = cb.name_parts.clone();
        }
        merged.created = ca.created.min(cb.created);
        if merged.seniority == crate::Seniority::Unknown {
            merged.seniority = cb.seniority;
        }
        // Re-point everything of b's on a copy, then rebuild and re-check it all.
        let mut data = self.data().clone();
        data.contacts.remove(&b);
        data.contacts.insert(a, merged);
        for e in data.journal.values_mut() {
            if e.contact == b {
                e.contact = a;
            }
            if let Event::ReferralReceived { to } = &mut e.event {
                if *to == b {
                    *to = a;
                }
            }
        }
        // A referral between the two is now a self-referral: drop it.
        let own: Vec<_> = data
            .journal
            .iter()
            .filter(|(_, e)| matches!(e.event, Event::ReferralReceived { to } if to == e.contact))
            .map(|(k, _)| *k)
            .collect();
        for k in &own {
            data.journal.remove(k);
        }
        data.journal
            .retain(|_, e| e.corrects.is_none_or(|t| !own.contains(&t)));
        for l in data.leads.values_mut() {
            if l.contact == b {
                l.contact = a;
            }
        }
        let (ka, kb) = (u32::try_from(a.get()).ok(), u32::try_from(b.get()).ok());
        let ties: Vec<_> = std::mem::take(&mut data.ties).into_iter().collect();
        for ((x, y), t) in ties {
            let map = |k: u32| if Some(k) == kb { ka.unwrap_or(k) } else { k };
            let (x, y) = (map(x), map(y));
            if x == y {
                continue;
            }
            let key = (x.min(y), x.max(y));
            let keep = match data.ties.get(&key) {
                Some(old) => old.strength().is_none() && t.strength().is_some(),
                None => true,
            };
            if keep {
                data.ties.insert(key, t);
            }
        }
        let rebuilt = Network::from_data(data).map_err(|e| {
            Error::new(ErrorKind::InvalidValue {
                field: "merge".into(),
                value: format!("{a} and {b}"),
                reason: format!("the merged records do not fit together: {e}"),
            })
        })?;
        *self = rebuilt;
        Ok(())
    }

    /// Merges company `other` into `keep`: every contact and lead at
    /// `other` moves to `keep`, which takes `other`'s industry, website,
    /// location and size where it has none, and its notes after its own;
    /// `other` is removed. For the spellings people and exports use for one
    /// company ("Epic" and "Epic Systems", "Rush" and "Rush University
    /// Medical Center"): afterwards coverage and warm paths see one company.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for an unknown company;
    /// [`ErrorKind::InvalidValue`] when both are the same. Nothing changes
    /// then.
    ///
    /// ```
    /// use inroads::{Company, Network};
    /// let mut net = Network::default();
    /// let epic = net.add_company(Company::named("Epic Systems"))?;
    /// let short = net.add_company(Company::named("Epic"))?;
    /// net.merge_companies(epic, short)?;
    /// assert_eq!(net.companies().len(), 1);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn merge_companies(&mut self, keep: CompanyId, other: CompanyId) -> Result<()> {
        if keep == other {
            return Err(Error::invalid(
                "company merge",
                keep.to_string(),
                "a company cannot be merged into itself",
            ));
        }
        let kept = self
            .company(keep)
            .cloned()
            .ok_or_else(|| Error::not_found("company", keep.to_string()))?;
        let gone = self
            .company(other)
            .cloned()
            .ok_or_else(|| Error::not_found("company", other.to_string()))?;
        let mut data = self.data().clone();
        let mut merged = kept;
        for n in gone.names() {
            if !merged.names().any(|m| fold_name(m) == fold_name(n)) {
                merged.aliases.push(n.to_string());
            }
        }
        merged.industry = merged.industry.or(gone.industry);
        merged.website = merged.website.or(gone.website);
        merged.location = merged.location.or(gone.location);
        merged.size = merged.size.or(gone.size);
        if !gone.notes.is_empty() && !merged.notes.contains(&gone.notes) {
            merged.notes = if merged.notes.is_empty() {
                gone.notes
            } else {
                format!("{}\n{}", merged.notes, gone.notes)
            };
        }
        data.companies.insert(keep, merged);
        data.companies.remove(&other);
        for c in data.contacts.values_mut() {
            if c.company == Some(other) {
                c.company = Some(keep);
            }
        }
        for l in data.leads.values_mut() {
            if l.company == Some(other) {
                l.company = Some(keep);
            }
        }
        // Checked as a whole, as a loaded file is: nothing changes on error.
        *self = Network::from_data(data)?;
        Ok(())
    }
}
