//! Edits: what a form or a command changes on a record, as plain data.
//! Every field left at its default changes nothing; [`Change`] says
//! whether an optional value is kept, set or cleared. The
//! [`Network`](crate::Network)'s `edit_*` methods apply an edit to a copy
//! and store it only when the whole record is still valid.
//!
//! ```
//! use inroads::{Change, ContactEdit, Contact, Network};
//! let mut net = Network::default();
//! let mut c = Contact::new("Ana Ruiz", chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
//! c.notes = "Met at HIMSS".into();
//! c.tags = vec!["conference".into(), "informatics".into()];
//! let ana = net.add_contact(c)?;
//! let mut edit = ContactEdit::default();
//! edit.add_note = Some("Prefers video calls".into());
//! edit.remove_tags = vec!["conference".into()];
//! edit.title = Change::Set("Nurse Informaticist".into());
//! net.edit_contact(ana, &edit)?;
//! let c = net.contact(ana).unwrap();
//! assert_eq!(c.notes, "Met at HIMSS\nPrefers video calls");
//! assert_eq!(c.tags, ["informatics"]);
//! assert_eq!(c.title.as_deref(), Some("Nurse Informaticist"));
//! # Ok::<(), inroads::Error>(())
//! ```

use crate::codes::FieldCode;
use crate::error::{Error, Result};
use crate::id::{CompanyId, IndustryId};
use crate::model::{
    normalize_email, Cadence, Company, CompanySize, Contact, Industry, Seniority, SkillDemand,
};
use crate::skill::{Rating, Skill};

/// What an edit does with an optional value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Change<T> {
    /// Leave it as it is.
    #[default]
    Keep,
    /// Set it.
    Set(T),
    /// Clear it.
    Clear,
}

impl<T: Clone> Change<T> {
    /// Applies the change to an optional value.
    pub fn apply_to(&self, value: &mut Option<T>) {
        match self {
            Change::Keep => {}
            Change::Set(v) => *value = Some(v.clone()),
            Change::Clear => *value = None,
        }
    }
}

/// Changes to a [`Contact`]. Emails, phones and tags are added and removed
/// one by one; `add_note` appends a line to the notes (an imported "Met at
/// HIMSS" stays), `notes` replaces them.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ContactEdit {
    /// A new name.
    pub name: Option<String>,
    /// The job title.
    pub title: Change<String>,
    /// The seniority (else guessed from a new title).
    pub seniority: Option<Seniority>,
    /// The company.
    pub company: Change<CompanyId>,
    /// The career field.
    pub field: Change<FieldCode>,
    /// The profile URL.
    pub profile_url: Change<String>,
    /// How you met.
    pub how_met: Change<String>,
    /// Replace the notes.
    pub notes: Option<String>,
    /// Append a line to the notes.
    pub add_note: Option<String>,
    /// Emails to add.
    pub add_emails: Vec<String>,
    /// Emails to remove.
    pub remove_emails: Vec<String>,
    /// Phones to add.
    pub add_phones: Vec<String>,
    /// Phones to remove.
    pub remove_phones: Vec<String>,
    /// Tags to add.
    pub add_tags: Vec<String>,
    /// Tags to remove.
    pub remove_tags: Vec<String>,
    /// The keep-in-touch cadence (its own; tags' cadences apply otherwise).
    pub cadence: Change<Cadence>,
}

fn remove_all(
    list: &mut Vec<String>,
    gone: &[String],
    what: &'static str,
    fold: fn(&str) -> String,
) -> Result<()> {
    for g in gone {
        let before = list.len();
        list.retain(|x| fold(x) != fold(g));
        if list.len() == before {
            // The value itself is not repeated: errors carry no personal data.
            return Err(Error::invalid(
                what,
                "",
                format!("the contact has no such {what} to remove"),
            ));
        }
    }
    Ok(())
}

fn add_all(list: &mut Vec<String>, added: &[String], fold: fn(&str) -> String) {
    for a in added {
        let a = a.trim();
        if !a.is_empty() && !list.iter().any(|x| fold(x) == fold(a)) {
            list.push(a.to_string());
        }
    }
}

/// Appends a line to notes (what is there stays); a blank line adds nothing.
fn append_line(notes: &mut String, line: Option<&str>) {
    let Some(line) = line.map(str::trim).filter(|l| !l.is_empty()) else {
        return;
    };
    *notes = if notes.trim().is_empty() {
        line.to_string()
    } else {
        format!("{}\n{line}", notes.trim_end())
    };
}

/// A company's new name; the old one stays findable as an alias.
pub(crate) fn rename(c: &mut Company, new_name: &str) {
    let fold = crate::model::fold_name;
    let new_name = new_name.trim();
    let old = std::mem::replace(&mut c.name, new_name.to_string());
    c.aliases.retain(|a| fold(a) != fold(new_name));
    if fold(&old) != fold(new_name) && !c.aliases.contains(&old) {
        c.aliases.push(old);
    }
}

fn phone_key(s: &str) -> String {
    crate::model::phone_key(s)
}

fn email_key(s: &str) -> String {
    normalize_email(s)
}

fn tag_key(s: &str) -> String {
    s.trim().to_lowercase()
}

impl ContactEdit {
    /// Whether the edit changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == ContactEdit::default()
    }

    /// Applies the edit to a contact record (not yet checked against the
    /// network: [`Network::edit_contact`](crate::Network::edit_contact)
    /// does that).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) when an
    /// email, phone or tag to remove is not there.
    pub fn apply(&self, c: &mut Contact) -> Result<()> {
        if let Some(n) = &self.name {
            c.name = n.clone();
            // Named now: no longer waiting for a name.
            c.tags.retain(|t| t != crate::model::NEEDS_NAME_TAG);
        }
        if let Change::Set(t) = &self.title {
            if self.seniority.is_none() {
                c.seniority = Seniority::from_title(t);
            }
        }
        self.title.apply_to(&mut c.title);
        if let Some(s) = self.seniority {
            c.seniority = s;
        }
        self.company.apply_to(&mut c.company);
        self.field.apply_to(&mut c.field);
        // A profile URL replaced is one the person had: kept, so the next
        // import that still lists it finds them.
        let before = c.profile_url.clone();
        self.profile_url.apply_to(&mut c.profile_url);
        if let Some(old) = before {
            let moved = c.profile_url.as_deref().map(crate::text::normalize_url)
                != Some(crate::text::normalize_url(&old));
            if moved && !c.profile_url_aliases.contains(&old) {
                c.profile_url_aliases.push(old);
            }
        }
        self.how_met.apply_to(&mut c.how_met);
        if let Some(n) = &self.notes {
            c.notes = n.clone();
        }
        append_line(&mut c.notes, self.add_note.as_deref());
        remove_all(&mut c.emails, &self.remove_emails, "email", email_key)?;
        remove_all(&mut c.phones, &self.remove_phones, "phone", phone_key)?;
        // What the user took away stays away on the next import.
        for gone in self.remove_emails.iter().chain(&self.remove_phones) {
            if !c.was_removed(gone) {
                c.removed.push(gone.trim().to_string());
            }
        }
        for back in self.add_emails.iter().chain(&self.add_phones) {
            c.removed.retain(|r| !crate::model::same_address(r, back));
        }
        remove_all(&mut c.tags, &self.remove_tags, "tag", tag_key)?;
        add_all(&mut c.emails, &self.add_emails, email_key);
        add_all(&mut c.phones, &self.add_phones, phone_key);
        add_all(&mut c.tags, &self.add_tags, tag_key);
        self.cadence.apply_to(&mut c.cadence);
        Ok(())
    }
}

/// Changes to a [`Company`].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CompanyEdit {
    /// A new name (the old one stays findable as an alias).
    pub name: Option<String>,
    /// Its industry.
    pub industry: Change<IndustryId>,
    /// Its website.
    pub website: Change<String>,
    /// Where it is.
    pub location: Change<String>,
    /// How big it is.
    pub size: Change<CompanySize>,
    /// Replace the notes.
    pub notes: Option<String>,
    /// Append a line to the notes.
    pub add_note: Option<String>,
}

impl CompanyEdit {
    /// Applies the edit to a company record.
    pub fn apply(&self, c: &mut Company) {
        if let Some(n) = &self.name {
            rename(c, n);
        }
        self.industry.apply_to(&mut c.industry);
        self.website.apply_to(&mut c.website);
        self.location.apply_to(&mut c.location);
        self.size.apply_to(&mut c.size);
        if let Some(n) = &self.notes {
            c.notes = n.clone();
        }
        append_line(&mut c.notes, self.add_note.as_deref());
    }
}

/// Changes to an [`Industry`], and whether the job seeker targets it.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryEdit {
    /// A new name.
    pub name: Option<String>,
    /// Replace the notes.
    pub notes: Option<String>,
    /// Target it (`Some(true)`), stop targeting it (`Some(false)`), or
    /// leave that as it is.
    pub target: Option<bool>,
    /// Demanded skills to add, or whose weight to change.
    pub set_demands: Vec<SkillDemand>,
    /// Demanded skills to remove.
    pub remove_demands: Vec<Skill>,
    /// Its NAICS code.
    pub naics: Change<String>,
}

impl IndustryEdit {
    /// Applies the edit to an industry record (the target flag is the
    /// profile's; [`Network::edit_industry`](crate::Network::edit_industry)
    /// applies it).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) when a
    /// skill to remove is not demanded.
    pub fn apply(&self, i: &mut Industry) -> Result<()> {
        if let Some(n) = &self.name {
            i.name = n.trim().to_string();
        }
        if let Some(n) = &self.notes {
            i.notes = n.clone();
        }
        self.naics.apply_to(&mut i.naics);
        for s in &self.remove_demands {
            let before = i.demands.len();
            i.demands.retain(|d| d.skill != *s);
            if i.demands.len() == before {
                return Err(Error::invalid(
                    "demanded skill",
                    s.name(),
                    format!("{:?} does not list it", i.name),
                ));
            }
        }
        for d in &self.set_demands {
            match i.demands.iter_mut().find(|x| x.skill == d.skill) {
                Some(x) => x.weight = d.weight,
                None => i.demands.push(d.clone()),
            }
        }
        Ok(())
    }
}

/// Changes to one of the profile's skills.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SkillEdit {
    /// How good the job seeker is at it.
    pub proficiency: Option<Rating>,
    /// How much they enjoy it.
    pub enjoyment: Option<Rating>,
    /// What it means ([`SkillRating::read_as`](crate::SkillRating::read_as)):
    /// `Some(Some(reading))` sets a reading, `Some(None)` clears it (the
    /// skill's own words are read again).
    pub read_as: Option<Option<String>>,
}
