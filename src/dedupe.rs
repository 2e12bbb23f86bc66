//! Duplicates after imports: finding them and merging them.

use crate::error::{Error, ErrorKind, Result};
use crate::id::{CompanyId, ContactId};
use crate::io::normalize_url;
use crate::journal::Event;
use crate::model::fold_name;
use crate::network::Network;
use serde::Serialize;
use std::collections::HashMap;

/// Two contacts that may be the same person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The older record.
    pub a: ContactId,
    /// The newer record.
    pub b: ContactId,
    /// Why they look alike.
    pub reason: String,
}

/// Which side wins a conflicting fact in [`Network::merge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// The contact kept (`a`).
    Kept,
    /// The contact merged into it (`b`).
    Merged,
}

const NICKNAMES: &[(&str, &str)] = &[
    ("abby", "abigail"),
    ("al", "albert"),
    ("alex", "alexander"),
    ("andy", "andrew"),
    ("becky", "rebecca"),
    ("ben", "benjamin"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("cathy", "catherine"),
    ("chris", "christopher"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("greg", "gregory"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("jeff", "jeffrey"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("jon", "jonathan"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("ken", "kenneth"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("lizzie", "elizabeth"),
    ("maggie", "margaret"),
    ("matt", "matthew"),
    ("meg", "margaret"),
    ("mike", "michael"),
    ("nate", "nathan"),
    ("nick", "nicholas"),
    ("peggy", "margaret"),
    ("rich", "richard"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("sam", "samuel"),
    ("steve", "steven"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("tony", "anthony"),
    ("vicky", "victoria"),
    ("will", "william"),
];

/// Folds accents (é → e, ß → ss) and case.
pub(crate) fn fold_accents(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.to_lowercase().chars() {
        match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ń' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            'ł' => out.push('l'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            c if c.is_alphanumeric() || c.is_whitespace() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// The key two spellings of one person's name share: accents folded,
/// nicknames expanded (Bob → robert), first and last word only.
///
/// ```
/// assert_eq!(inroads::name_key("Bob  Martín"), inroads::name_key("robert martin"));
/// assert_eq!(inroads::name_key("Liz Okafor"), inroads::name_key("Elizabeth A. Okafor"));
/// ```
pub fn name_key(name: &str) -> String {
    let folded = fold_accents(name);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let first = NICKNAMES
        .binary_search_by(|(k, _)| (*k).cmp(first))
        .ok()
        .and_then(|i| NICKNAMES.get(i))
        .map_or(first, |(_, v)| *v);
    let last = if words.len() > 1 {
        words.last().copied().unwrap_or("")
    } else {
        ""
    };
    format!("{first} {last}")
}

impl Network {
    /// Contacts that may be the same person: the same profile URL, or a
    /// similar name (accents folded, nicknames such as Bob/Robert and
    /// Liz/Elizabeth expanded) at the same company. (Two contacts never
    /// share an email: the network refuses that.)
    ///
    /// # Returns
    /// Pairs, the older contact first, in id order.
    ///
    /// # Complexity
    /// O(contacts).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use inroads::{Company, Contact, Network};
    /// let mut net = Network::default();
    /// let acme = net.add_company(Company::named("Acme"))?;
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// for n in ["Robert Smith", "Bob Smith"] {
    ///     let mut c = Contact::new(n, d);
    ///     c.company = Some(acme);
    ///     net.add_contact(c)?;
    /// }
    /// assert_eq!(net.duplicates().len(), 1);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn duplicates(&self) -> Vec<Duplicate> {
        let mut out = Vec::new();
        let mut by_url: HashMap<String, ContactId> = HashMap::new();
        let mut by_name: HashMap<(String, Option<crate::CompanyId>), ContactId> = HashMap::new();
        for (id, c) in self.contacts() {
            if let Some(u) = c
                .profile_url
                .as_deref()
                .map(normalize_url)
                .filter(|u| !u.is_empty())
            {
                if let Some(first) = by_url.get(&u) {
                    out.push(Duplicate {
                        a: *first,
                        b: id,
                        reason: format!("same profile URL {u}"),
                    });
                    continue;
                }
                by_url.insert(u, id);
            }
            if c.company.is_none() {
                continue;
            }
            let key = (name_key(&c.name), c.company);
            match by_name.get(&key) {
                Some(first) => out.push(Duplicate {
                    a: *first,
                    b: id,
                    reason: format!(
                        "similar names at the same company: {:?} and {:?}",
                        self.contact(*first).map_or("", |x| x.name.as_str()),
                        c.name
                    ),
                }),
                None => {
                    by_name.insert(key, id);
                }
            }
        }
        out.sort_by_key(|d| (d.a, d.b));
        out
    }

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
        }
        if !conflicts.is_empty() {
            // Ids and field names only: errors never carry personal data.
            return Err(Error::invalid(
                "merge",
                format!("{a} and {b}"),
                format!("conflicting facts ({}); pick a side", conflicts.join("; ")),
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
