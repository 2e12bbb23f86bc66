//! The one aggregate: [`Network`] owns the profile, industries, companies and
//! contacts, and is the only way to change them.

use crate::error::{Error, ErrorKind, Location, Result};
use crate::id::{CompanyId, ContactId, EntryId, IndustryId, LeadId};
use crate::model::{fold_name, normalize_email, Company, Contact, Industry, Profile, SkillRating};
use crate::pipeline::Timeline;
use crate::question::{Question, QuestionBank};
use crate::skill::Skill;
use crate::text::company_key;
use std::collections::{BTreeMap, HashMap};

pub(crate) use crate::data::{next_id, NetworkData, NextIds};

mod graph;
mod journal;
mod merge;
mod ties;

/// What to do with records that still refer to one being removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Removal {
    /// Refuse with [`ErrorKind::InUse`] when anything still refers to it.
    #[default]
    Refuse,
    /// Clear the references (a contact's or a lead's company, a company's
    /// industry, a profile's target) and remove it.
    Detach,
}

/// A job search's people and facts: the job seeker's [`Profile`], the
/// [`Industry`]s, [`Company`]s and [`Contact`]s.
///
/// Invariants, kept by every method:
/// - no dangling reference (a contact's company, a company's industry and a
///   profile's target industries all exist);
/// - an email belongs to at most one contact;
/// - company names and industry names are unique, compared case-insensitively;
/// - a profile lists each skill once (compared normalised);
/// - **an operation that fails leaves the network exactly as it was**: every
///   method validates first and changes nothing until all checks pass.
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::{Company, Contact, Network, Removal};
///
/// let mut net = Network::default();
/// let museum = net.add_company(Company::named("City Museum"))?;
/// let mut ana = Contact::new("Ana Ruiz", NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
/// ana.company = Some(museum);
/// ana.emails.push("ana@citymuseum.org".into());
/// let ana = net.add_contact(ana)?;
///
/// assert_eq!(net.find_contact_by_email("ANA@citymuseum.org"), Some(ana));
/// // Ana still works there: removing the museum is refused, and nothing changes.
/// assert!(net.remove_company(museum, Removal::Refuse).is_err());
/// assert!(net.company(museum).is_some());
/// net.remove_company(museum, Removal::Detach)?;
/// assert_eq!(net.contact(ana).unwrap().company, None);
/// # Ok::<(), inroads::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Network {
    data: NetworkData,
    /// Derived: email → contact.
    emails: HashMap<String, ContactId>,
    /// Derived: normalised profile URL (current and former) → the contacts
    /// with it. One contact a URL for every contact added since; a file
    /// from before may hold two.
    profile_urls: HashMap<String, std::collections::BTreeSet<ContactId>>,
    /// Derived: folded company name → company.
    company_names: HashMap<String, CompanyId>,
    /// Derived: company key (`company_key`: legal suffixes, punctuation and
    /// accents set aside) of every name and alias → the companies with it.
    /// One company a key for every company added since; a file from before
    /// may hold two.
    company_keys: HashMap<String, std::collections::BTreeSet<CompanyId>>,
    /// Derived: each contact's journal, corrections applied, and its stage.
    timelines: HashMap<ContactId, Timeline>,
    /// Derived: the graph index the network queries use, built on first
    /// use, patched on tie edits, dropped on other structural edits.
    graph: std::sync::OnceLock<crate::graph::GraphIndex>,
}

impl PartialEq for Network {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}

impl Network {
    /// An empty network for the given profile.
    ///
    /// # Errors
    /// The profile is invalid, or names target industries (there are none yet).
    pub fn new(profile: Profile) -> Result<Network> {
        let mut n = Network::default();
        n.set_profile(profile)?;
        Ok(n)
    }

    // ----- profile and skills -------------------------------------------

    /// The job seeker's profile.
    pub fn profile(&self) -> &Profile {
        &self.data.profile
    }

    /// Replaces the profile.
    ///
    /// # Errors
    /// A duplicate skill, an over-long text, or a target industry that does
    /// not exist.
    pub fn set_profile(&mut self, profile: Profile) -> Result<()> {
        profile.validate()?;
        for t in &profile.target_industries {
            self.require_industry(*t)?;
        }
        self.data.profile = profile;
        Ok(())
    }

    /// Adds a skill to the profile.
    ///
    /// # Errors
    /// [`ErrorKind::Duplicate`] when the profile already lists the skill
    /// (compared normalised); use [`Network::set_skill`] to change it.
    /// [`ErrorKind::InvalidValue`] for a blank or over-long
    /// [`SkillRating::read_as`].
    pub fn add_skill(&mut self, rating: SkillRating) -> Result<()> {
        if let Some(r) = &rating.read_as {
            crate::model::check_reading(r)?;
        }
        if let Some(existing) = self.data.profile.skill(&rating.skill) {
            return Err(Error::new(ErrorKind::Duplicate {
                what: "skill",
                key: rating.skill.name().to_string(),
                existing: format!("listed as {:?}", existing.skill.name()),
            }));
        }
        self.data.profile.skills.push(rating);
        Ok(())
    }

    /// Adds a skill, or replaces its ratings when the profile already lists it.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`] for a blank or over-long
    /// [`SkillRating::read_as`]; nothing changes.
    pub fn set_skill(&mut self, rating: SkillRating) -> Result<()> {
        if let Some(r) = &rating.read_as {
            crate::model::check_reading(r)?;
        }
        match self
            .data
            .profile
            .skills
            .iter_mut()
            .find(|s| s.skill == rating.skill)
        {
            Some(s) => *s = rating,
            None => self.data.profile.skills.push(rating),
        }
        Ok(())
    }

    /// Changes a skill's proficiency or enjoyment.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] when the profile does not list it.
    pub fn edit_skill(&mut self, skill: &Skill, edit: &crate::SkillEdit) -> Result<SkillRating> {
        let s = self
            .data
            .profile
            .skills
            .iter_mut()
            .find(|s| s.skill == *skill)
            .ok_or_else(|| Error::not_found("skill", skill.name()))?;
        if let Some(Some(r)) = &edit.read_as {
            crate::model::check_reading(r)?;
        }
        if let Some(p) = edit.proficiency {
            s.proficiency = p;
        }
        if let Some(e) = edit.enjoyment {
            s.enjoyment = e;
        }
        if let Some(r) = &edit.read_as {
            s.read_as = r.as_ref().map(|r| r.trim().to_string());
        }
        Ok(s.clone())
    }

    /// Removes a skill from the profile and returns its rating.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] when the profile does not list it.
    pub fn remove_skill(&mut self, skill: &Skill) -> Result<SkillRating> {
        let pos = self
            .data
            .profile
            .skills
            .iter()
            .position(|s| &s.skill == skill)
            .ok_or_else(|| Error::not_found("skill", skill.name()))?;
        Ok(self.data.profile.skills.remove(pos))
    }

    // ----- industries ---------------------------------------------------

    /// Adds an industry and returns its id.
    ///
    /// # Errors
    /// An invalid industry, or one whose name is taken (case-insensitively).
    pub fn add_industry(&mut self, industry: Industry) -> Result<IndustryId> {
        industry.validate()?;
        self.check_industry_name(&industry.name, None)?;
        let n = next_id(self.data.next_ids.industry, "industry")?;
        let id = IndustryId::from_raw(n);
        self.data.next_ids.industry = n + 1;
        self.data.industries.insert(id, industry);
        Ok(id)
    }

    /// Replaces an industry.
    ///
    /// # Errors
    /// The id does not exist, the industry is invalid, or its new name is taken.
    pub fn update_industry(&mut self, id: IndustryId, industry: Industry) -> Result<()> {
        self.require_industry(id)?;
        industry.validate()?;
        self.check_industry_name(&industry.name, Some(id))?;
        self.data.industries.insert(id, industry);
        self.graph_changed();
        Ok(())
    }

    /// Removes an industry and returns it.
    ///
    /// # Errors
    /// The id does not exist, or (with [`Removal::Refuse`]) companies or the
    /// profile's targets still refer to it.
    pub fn remove_industry(&mut self, id: IndustryId, removal: Removal) -> Result<Industry> {
        let name = self.require_industry(id)?.name.clone();
        let mut users: Vec<String> = self
            .data
            .companies
            .values()
            .filter(|c| c.industry == Some(id))
            .map(|c| format!("company {:?}", c.name))
            .collect();
        if self.data.profile.target_industries.contains(&id) {
            users.push("the profile's target industries".into());
        }
        if !users.is_empty() && removal == Removal::Refuse {
            return Err(Error::new(ErrorKind::InUse {
                what: "industry",
                name,
                users: list_some(&users),
            }));
        }
        for c in self.data.companies.values_mut() {
            if c.industry == Some(id) {
                c.industry = None;
            }
        }
        self.data.profile.target_industries.retain(|t| *t != id);
        self.graph_changed();
        self.data
            .industries
            .remove(&id)
            .ok_or_else(|| Error::not_found("industry", id.to_string()))
    }

    /// The industry with this id.
    pub fn industry(&self, id: IndustryId) -> Option<&Industry> {
        self.data.industries.get(&id)
    }

    /// The industry with this name (case-insensitive).
    pub fn find_industry(&self, name: &str) -> Option<IndustryId> {
        let key = fold_name(name);
        self.data
            .industries
            .iter()
            .find(|(_, i)| fold_name(&i.name) == key)
            .map(|(id, _)| *id)
    }

    /// The industry with this name, or an error naming it.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`].
    pub fn resolve_industry(&self, name: &str) -> Result<IndustryId> {
        self.find_industry(name)
            .ok_or_else(|| Error::not_found("industry", name))
    }

    /// All industries, in id order.
    pub fn industries(&self) -> impl ExactSizeIterator<Item = (IndustryId, &Industry)> {
        self.data.industries.iter().map(|(k, v)| (*k, v))
    }

    /// Marks an industry as one the job seeker targets. Adding one already
    /// targeted does nothing.
    ///
    /// # Errors
    /// The industry does not exist.
    pub fn add_target_industry(&mut self, id: IndustryId) -> Result<()> {
        self.require_industry(id)?;
        if !self.data.profile.target_industries.contains(&id) {
            self.data.profile.target_industries.push(id);
        }
        Ok(())
    }

    /// Stops targeting an industry (it stays recorded).
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for an unknown industry.
    pub fn remove_target_industry(&mut self, id: IndustryId) -> Result<()> {
        self.require_industry(id)?;
        self.data.profile.target_industries.retain(|t| *t != id);
        Ok(())
    }

    /// Applies an [`IndustryEdit`](crate::IndustryEdit): name, notes,
    /// demanded skills and whether the job seeker targets it.
    ///
    /// # Errors
    /// As [`Network::update_industry`]; a demanded skill to remove that is
    /// not listed. Nothing changes then.
    ///
    /// ```
    /// use inroads::{IndustryEdit, Industry, Network, Skill, SkillDemand};
    /// let mut net = Network::default();
    /// let it = net.add_industry(Industry::named("Health Technology"))?;
    /// let mut edit = IndustryEdit::default();
    /// edit.target = Some(true);
    /// edit.set_demands = vec![SkillDemand { skill: Skill::new("Clinical documentation")?, weight: 0.9 }];
    /// net.edit_industry(it, &edit)?;
    /// assert_eq!(net.industry(it).unwrap().demands.len(), 1);
    /// assert_eq!(net.profile().target_industries, [it]);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn edit_industry(&mut self, id: IndustryId, edit: &crate::IndustryEdit) -> Result<()> {
        let mut industry = self.require_industry(id)?.clone();
        edit.apply(&mut industry)?;
        industry.validate()?;
        self.check_industry_name(&industry.name, Some(id))?;
        self.update_industry(id, industry)?;
        match edit.target {
            Some(true) => self.add_target_industry(id),
            Some(false) => self.remove_target_industry(id),
            None => Ok(()),
        }
    }

    // ----- companies ----------------------------------------------------

    /// Adds a company and returns its id.
    ///
    /// # Errors
    /// An invalid company, a name already taken (case-insensitively), or an
    /// industry that does not exist.
    pub fn add_company(&mut self, company: Company) -> Result<CompanyId> {
        self.check_company(&company, None)?;
        let n = next_id(self.data.next_ids.company, "company")?;
        let id = CompanyId::from_raw(n);
        self.data.next_ids.company = n + 1;
        self.index_company(id, &company);
        self.data.companies.insert(id, company);
        self.graph_changed();
        Ok(id)
    }

    /// Applies a [`CompanyEdit`](crate::CompanyEdit): name (the old one
    /// stays an alias), industry, website, location, size, notes.
    ///
    /// # Errors
    /// As [`Network::update_company`]. Nothing changes then.
    pub fn edit_company(&mut self, id: CompanyId, edit: &crate::CompanyEdit) -> Result<()> {
        let mut c = self.require_company(id)?.clone();
        edit.apply(&mut c);
        self.update_company(id, c)
    }

    /// Renames a company. The old name stays findable as an alias (an
    /// import that still writes it lands on this company).
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] for an unknown company; as
    /// [`Network::update_company`] for a name another company has.
    ///
    /// ```
    /// use inroads::{Company, Network};
    /// let mut net = Network::default();
    /// let k = net.add_company(Company::named("Rush"))?;
    /// net.rename_company(k, "Rush University Medical Center")?;
    /// assert_eq!(net.find_company("rush"), Some(k));
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn rename_company(&mut self, id: CompanyId, new_name: &str) -> Result<()> {
        let mut c = self.require_company(id)?.clone();
        crate::edit::rename(&mut c, new_name);
        self.update_company(id, c)
    }

    /// Replaces a company.
    ///
    /// # Errors
    /// As [`Network::add_company`], or the id does not exist.
    pub fn update_company(&mut self, id: CompanyId, company: Company) -> Result<()> {
        self.require_company(id)?;
        self.check_company(&company, Some(id))?;
        if let Some(old) = self.data.companies.get(&id).cloned() {
            self.unindex_company(id, &old);
        }
        self.index_company(id, &company);
        self.data.companies.insert(id, company);
        self.graph_changed();
        Ok(())
    }

    /// Removes a company and returns it.
    ///
    /// # Errors
    /// The id does not exist, or (with [`Removal::Refuse`]) contacts still
    /// work there.
    pub fn remove_company(&mut self, id: CompanyId, removal: Removal) -> Result<Company> {
        let name = self.require_company(id)?.name.clone();
        let users: Vec<String> = self
            .data
            .contacts
            .iter()
            .filter(|(_, c)| c.company == Some(id))
            .map(|(k, _)| k.to_string())
            // Leads name their company too: detached with the contacts.
            .chain(
                self.data
                    .leads
                    .iter()
                    .filter(|(_, l)| l.company == Some(id))
                    .map(|(k, _)| k.to_string()),
            )
            .collect();
        if !users.is_empty() && removal == Removal::Refuse {
            return Err(Error::new(ErrorKind::InUse {
                what: "company",
                name,
                users: list_some(&users),
            }));
        }
        for c in self.data.contacts.values_mut() {
            if c.company == Some(id) {
                c.company = None;
            }
        }
        for l in self.data.leads.values_mut() {
            if l.company == Some(id) {
                l.company = None;
            }
        }
        if let Some(old) = self.data.companies.get(&id).cloned() {
            self.unindex_company(id, &old);
        }
        self.graph_changed();
        self.data
            .companies
            .remove(&id)
            .ok_or_else(|| Error::not_found("company", id.to_string()))
    }

    /// The company with this id.
    pub fn company(&self, id: CompanyId) -> Option<&Company> {
        self.data.companies.get(&id)
    }

    /// The NAICS code a company inherits from its industry, if that has
    /// one (`industry add Museums --naics 712000`).
    pub fn company_naics(&self, id: CompanyId) -> Option<&str> {
        let industry = self.company(id)?.industry?;
        self.industry(industry)?.naics.as_deref()
    }

    /// The company with this name (case-insensitive).
    pub fn find_company(&self, name: &str) -> Option<CompanyId> {
        self.company_names.get(&fold_name(name)).copied()
    }

    /// The company with this name, or an error naming it.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`].
    pub fn resolve_company(&self, name: &str) -> Result<CompanyId> {
        self.find_company(name)
            .or_else(|| {
                // "cafe noir" for "Café Noir", "Acme" for "Acme, Inc.":
                // the company whose key it is, when one company has it.
                match self.company_keys.get(&company_key(name)) {
                    Some(ids) if ids.len() == 1 => ids.iter().next().copied(),
                    _ => None,
                }
            })
            .ok_or_else(|| Error::not_found("company", name))
    }

    /// All companies, in id order.
    pub fn companies(&self) -> impl ExactSizeIterator<Item = (CompanyId, &Company)> {
        self.data.companies.iter().map(|(k, v)| (*k, v))
    }

    // ----- contacts -----------------------------------------------------

    /// Adds a contact and returns its id. Emails are stored lower-cased and
    /// names with their spacing tidied.
    ///
    /// # Errors
    /// An invalid contact, an email that belongs to another contact, or a
    /// company that does not exist.
    pub fn add_contact(&mut self, mut contact: Contact) -> Result<ContactId> {
        contact.normalize();
        self.check_contact(&contact, None)?;
        let n = next_id(self.data.next_ids.contact, "contact")?;
        let id = ContactId::from_raw(n);
        self.data.next_ids.contact = n + 1;
        for e in &contact.emails {
            self.emails.insert(e.clone(), id);
        }
        self.index_urls(id, &contact);
        self.data.contacts.insert(id, contact);
        self.graph_changed();
        Ok(id)
    }

    /// Applies a [`ContactEdit`](crate::ContactEdit): fields set or
    /// cleared, emails, phones and tags added or removed, a note appended,
    /// the keep-in-touch cadence.
    ///
    /// # Errors
    /// As [`Network::update_contact`]; an email, phone or tag to remove
    /// that is not there. Nothing changes then.
    pub fn edit_contact(&mut self, id: ContactId, edit: &crate::ContactEdit) -> Result<()> {
        let mut c = self.require_contact(id)?.clone();
        edit.apply(&mut c)?;
        if let crate::Change::Set(cadence) = &edit.cadence {
            cadence.validate()?;
        }
        self.update_contact(id, c)
    }

    /// Replaces a contact.
    ///
    /// # Errors
    /// As [`Network::add_contact`], or the id does not exist.
    pub fn update_contact(&mut self, id: ContactId, mut contact: Contact) -> Result<()> {
        self.require_contact(id)?;
        contact.normalize();
        self.check_contact(&contact, Some(id))?;
        if let Some(old) = self.data.contacts.get(&id).cloned() {
            for e in &old.emails {
                self.emails.remove(e);
            }
            self.unindex_urls(id, &old);
        }
        for e in &contact.emails {
            self.emails.insert(e.clone(), id);
        }
        self.index_urls(id, &contact);
        self.data.contacts.insert(id, contact);
        self.graph_changed();
        Ok(())
    }

    /// Sets a contact's field as an import derives it from the title, and
    /// the import's record of it (`refield`): the record keeps where and
    /// when the title came from. Fields are not indexed; the graph index,
    /// which answers by field, is rebuilt on next use.
    pub(crate) fn set_derived_field(
        &mut self,
        id: ContactId,
        field: Option<crate::codes::FieldCode>,
    ) {
        use crate::model::ImportedField;
        let Some(c) = self.data.contacts.get_mut(&id) else {
            return;
        };
        c.field = field;
        match field {
            Some(f) => {
                let source = c
                    .imported
                    .get(&ImportedField::Field)
                    .or_else(|| c.imported.get(&ImportedField::Title))
                    .cloned();
                if let Some(mut s) = source {
                    s.value = f.to_string();
                    c.imported.insert(ImportedField::Field, s);
                }
            }
            None => {
                c.imported.remove(&ImportedField::Field);
            }
        }
        self.graph_changed();
    }

    /// Removes a contact and returns it.
    ///
    /// # Errors
    /// The id does not exist, or (with [`Removal::Refuse`]) the journal has
    /// entries about them, leads came from them, or another contact's
    /// referral names them. [`Removal::Detach`] removes those too: the
    /// person's data leaves the file.
    pub fn remove_contact(&mut self, id: ContactId, removal: Removal) -> Result<Contact> {
        self.require_contact(id)?;
        // By id: errors never carry a person's details.
        let name = id.to_string();
        let entries: Vec<EntryId> = self
            .data
            .journal
            .iter()
            .filter(|(_, e)| {
                e.contact == id
                    || matches!(e.event, crate::Event::ReferralReceived { to } if to == id)
            })
            .map(|(k, _)| *k)
            .collect();
        let leads: Vec<LeadId> = self
            .data
            .leads
            .iter()
            .filter(|(_, l)| l.contact == id)
            .map(|(k, _)| *k)
            .collect();
        let key = id.get();
        let ties: Vec<crate::ties::TieKey> = self
            .data
            .ties
            .keys()
            .filter(|(a, b)| u64::from(*a) == key || u64::from(*b) == key)
            .copied()
            .collect();
        if (!entries.is_empty() || !leads.is_empty() || !ties.is_empty())
            && removal == Removal::Refuse
        {
            return Err(Error::new(ErrorKind::InUse {
                what: "contact",
                name,
                users: format!(
                    "{} journal entries, {} leads and {} ties",
                    entries.len(),
                    leads.len(),
                    ties.len()
                ),
            }));
        }
        // Referral entries on other contacts go too, with every correction
        // of a removed entry. The other contacts' timelines are rebuilt
        // before anything changes, so a failure leaves the network as it was.
        let mut removed: std::collections::HashSet<EntryId> = entries.iter().copied().collect();
        removed.extend(
            self.data
                .journal
                .iter()
                .filter(|(_, e)| e.corrects.is_some_and(|t| entries.contains(&t)))
                .map(|(k, _)| *k),
        );
        let mut others: Vec<ContactId> = entries
            .iter()
            .filter_map(|e| self.data.journal.get(e))
            .map(|e| e.contact)
            .filter(|c| *c != id)
            .collect();
        others.sort_unstable();
        others.dedup();
        let rebuilt: Vec<(ContactId, crate::pipeline::Timeline)> = others
            .into_iter()
            .map(|c| Ok((c, self.timeline_without(c, &removed)?)))
            .collect::<Result<_>>()?;
        let contact = self
            .data
            .contacts
            .remove(&id)
            .ok_or_else(|| Error::not_found("contact", id.to_string()))?;
        for t in &ties {
            self.data.ties.remove(t);
        }
        self.graph_changed();
        self.data.journal.retain(|k, _| !removed.contains(k));
        for l in &leads {
            self.data.leads.remove(l);
        }
        for e in &contact.emails {
            self.emails.remove(e);
        }
        self.unindex_urls(id, &contact);
        self.timelines.remove(&id);
        self.timelines.extend(rebuilt);
        Ok(contact)
    }

    /// The contact with this id.
    pub fn contact(&self, id: ContactId) -> Option<&Contact> {
        self.data.contacts.get(&id)
    }

    /// All contacts, in id order.
    pub fn contacts(&self) -> impl ExactSizeIterator<Item = (ContactId, &Contact)> {
        self.data.contacts.iter().map(|(k, v)| (*k, v))
    }

    /// The contact who has this email (compared case-insensitively).
    pub fn find_contact_by_email(&self, email: &str) -> Option<ContactId> {
        self.emails.get(&normalize_email(email)).copied()
    }

    /// The contacts with this name (case- and spacing-insensitive), in id order.
    pub fn find_contacts_by_name(&self, name: &str) -> Vec<ContactId> {
        let key = fold_name(name);
        self.data
            .contacts
            .iter()
            .filter(|(_, c)| c.names().any(|n| fold_name(n) == key))
            .map(|(id, _)| *id)
            .collect()
    }

    /// Finds the one contact a person means by `query`: an id (`#74`,
    /// `contact#74`, the form messages print), an email, a profile URL, or
    /// a name (case- and spacing-insensitive).
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] when nobody matches; [`ErrorKind::Ambiguous`]
    /// when several contacts share the name (it lists their ids — no
    /// emails, which the caller did not give).
    ///
    /// ```
    /// let net = inroads::sample::teacher_candidate()?;
    /// let tom = net.resolve_contact("Tom Okafor")?;
    /// assert_eq!(net.resolve_contact(&format!("#{}", tom.get()))?, tom);
    /// assert_eq!(net.resolve_contact(&tom.to_string())?, tom); // "contact#2"
    /// assert_eq!(net.resolve_contact("TOM.okafor@harbourfront-museum.example")?, tom);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn resolve_contact(&self, query: &str) -> Result<ContactId> {
        let q = query.trim();
        if let Some(n) = q
            .strip_prefix("contact#")
            .or_else(|| q.strip_prefix('#'))
            .and_then(|n| n.parse::<u64>().ok())
        {
            let id = ContactId::from_raw(n);
            return self
                .contact(id)
                .map(|_| id)
                .ok_or_else(|| Error::not_found("contact", id.to_string()));
        }
        if looks_like_url(q) {
            let key = crate::text::normalize_url(q);
            return self
                .profile_urls
                .get(&key)
                .and_then(|ids| ids.iter().next().copied())
                .ok_or_else(|| Error::not_found("contact with profile URL", q));
        }
        if q.contains('@') {
            return self
                .find_contact_by_email(q)
                .ok_or_else(|| Error::not_found("contact with email", q));
        }
        // The name as written; else with accents, apostrophes and spacing
        // set aside ("Jose Ramirez" finds "José Ramírez"); else with
        // honorifics, credentials and nicknames set aside too ("Robert
        // Chen" finds "Dr. Robert Chen, MD"). The first that finds anyone
        // decides; several are ambiguous.
        let exact = self.find_contacts_by_name(q);
        if !exact.is_empty() {
            return self.pick_contact(q, &exact);
        }
        let folded = search_fold(q);
        let loose: Vec<ContactId> = self
            .data
            .contacts
            .iter()
            .filter(|(_, c)| c.names().any(|n| search_fold(n) == folded))
            .map(|(id, _)| *id)
            .collect();
        if !loose.is_empty() {
            return self.pick_contact(q, &loose);
        }
        let key = crate::dedupe::name_key(q);
        let keyed: Vec<ContactId> = if key.ends_with(' ') {
            Vec::new()
        } else {
            self.data
                .contacts
                .iter()
                .filter(|(_, c)| c.names().any(|n| crate::dedupe::name_key(n) == key))
                .map(|(id, _)| *id)
                .collect()
        };
        self.pick_contact(q, &keyed)
    }

    /// The one contact among those a name matched, or why there is none.
    pub(crate) fn pick_contact(&self, query: &str, ids: &[ContactId]) -> Result<ContactId> {
        match ids {
            [] => Err(Error::not_found("contact", query)),
            [one] => Ok(*one),
            many => Err(Error::new(ErrorKind::Ambiguous {
                what: "contact",
                key: query.to_string(),
                candidates: many.to_vec(),
            })),
        }
    }

    /// Folded name → contacts with that name, in id order: resolves many
    /// names (a ties file) in one pass over the contacts.
    pub(crate) fn name_index(&self) -> HashMap<String, Vec<ContactId>> {
        let mut index: HashMap<String, Vec<ContactId>> = HashMap::new();
        for (id, c) in &self.data.contacts {
            for n in c.names() {
                index.entry(fold_name(n)).or_default().push(*id);
            }
        }
        index
    }

    /// Contacts whose name, email or company contains `text`, ignoring
    /// case and accents (`"michael"` finds every Michael, `"gonzalez"`
    /// finds "González"), in id order.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use inroads::{Contact, Network};
    /// let mut net = Network::default();
    /// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    /// let a = net.add_contact(Contact::new("María González", d))?;
    /// let b = net.add_contact(Contact::new("Michael Gonzales", d))?;
    /// assert_eq!(net.search_contacts("gonzalez"), vec![a]);
    /// assert_eq!(net.search_contacts("GONZAL"), vec![a, b]);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn search_contacts(&self, text: &str) -> Vec<ContactId> {
        let needle = search_fold(text);
        let raw = text.trim().to_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        self.data
            .contacts
            .iter()
            .filter(|(_, c)| {
                c.names().any(|n| search_fold(n).contains(&needle))
                    || c.emails
                        .iter()
                        .any(|e| e.contains(&raw) || search_fold(e).contains(&needle))
                    || c.company
                        .and_then(|k| self.company(k))
                        .is_some_and(|k| search_fold(&k.name).contains(&needle))
            })
            .map(|(id, _)| *id)
            .collect()
    }

    /// The contacts with a tag (exactly as written), in id order.
    pub fn contacts_tagged(&self, tag: &str) -> Vec<ContactId> {
        self.data
            .contacts
            .iter()
            .filter(|(_, c)| c.tags.iter().any(|t| t == tag))
            .map(|(id, _)| *id)
            .collect()
    }

    /// The contacts who work at a company, in id order.
    pub fn contacts_at(&self, company: CompanyId) -> Vec<ContactId> {
        self.data
            .contacts
            .iter()
            .filter(|(_, c)| c.company == Some(company))
            .map(|(id, _)| *id)
            .collect()
    }

    // ----- checks -------------------------------------------------------

    fn require_industry(&self, id: IndustryId) -> Result<&Industry> {
        self.data
            .industries
            .get(&id)
            .ok_or_else(|| Error::not_found("industry", id.to_string()))
    }

    fn require_company(&self, id: CompanyId) -> Result<&Company> {
        self.data
            .companies
            .get(&id)
            .ok_or_else(|| Error::not_found("company", id.to_string()))
    }

    fn require_contact(&self, id: ContactId) -> Result<&Contact> {
        self.data
            .contacts
            .get(&id)
            .ok_or_else(|| Error::not_found("contact", id.to_string()))
    }

    fn check_industry_name(&self, name: &str, except: Option<IndustryId>) -> Result<()> {
        match self.find_industry(name) {
            Some(other) if Some(other) != except => Err(Error::new(ErrorKind::Duplicate {
                what: "industry",
                key: name.to_string(),
                existing: other.to_string(),
            })),
            _ => Ok(()),
        }
    }

    /// Adds a company's names to the derived name and key indexes.
    fn index_company(&mut self, id: CompanyId, company: &Company) {
        for n in company.names() {
            self.company_names.insert(fold_name(n), id);
            self.company_keys
                .entry(company_key(n))
                .or_default()
                .insert(id);
        }
    }

    /// Takes a company's names out of the derived name and key indexes.
    fn unindex_company(&mut self, id: CompanyId, company: &Company) {
        for n in company.names() {
            self.company_names.remove(&fold_name(n));
            let key = company_key(n);
            if let Some(ids) = self.company_keys.get_mut(&key) {
                ids.remove(&id);
                if ids.is_empty() {
                    self.company_keys.remove(&key);
                }
            }
        }
    }

    fn check_company(&self, company: &Company, except: Option<CompanyId>) -> Result<()> {
        company.validate()?;
        // Keys the company already has stay allowed (files from before
        // this check may hold two companies with one key).
        let had: Vec<String> = except
            .and_then(|k| self.company(k))
            .map(|c| c.names().map(company_key).collect())
            .unwrap_or_default();
        for n in company.names() {
            let key = company_key(n);
            // The same folded name, or (for a key the company did not
            // already have) the same key as another's name or alias:
            // "acme, inc." is the company once renamed from "Acme".
            let other = self
                .find_company(n)
                .filter(|o| Some(*o) != except)
                .or_else(|| {
                    if key.is_empty() || had.contains(&key) {
                        return None;
                    }
                    self.company_keys
                        .get(&key)
                        .and_then(|ids| ids.iter().find(|id| Some(**id) != except).copied())
                });
            if let Some(other) = other {
                return Err(Error::new(ErrorKind::Duplicate {
                    what: "company",
                    key: n.to_string(),
                    existing: other.to_string(),
                }));
            }
        }
        if let Some(i) = company.industry {
            self.require_industry(i)?;
        }
        Ok(())
    }

    /// Adds a contact's profile URLs to the derived URL index.
    fn index_urls(&mut self, id: ContactId, contact: &Contact) {
        for u in contact.profile_urls() {
            let key = crate::text::normalize_url(u);
            if !key.is_empty() {
                self.profile_urls.entry(key).or_default().insert(id);
            }
        }
    }

    /// Takes a contact's profile URLs out of the derived URL index.
    fn unindex_urls(&mut self, id: ContactId, contact: &Contact) {
        for u in contact.profile_urls() {
            let key = crate::text::normalize_url(u);
            if let Some(ids) = self.profile_urls.get_mut(&key) {
                ids.remove(&id);
                if ids.is_empty() {
                    self.profile_urls.remove(&key);
                }
            }
        }
    }

    fn check_contact(&self, contact: &Contact, except: Option<ContactId>) -> Result<()> {
        contact.validate()?;
        // One profile URL, one person (a URL the contact already shared in
        // a file from before stays allowed).
        let had: Vec<String> = except
            .and_then(|k| self.contact(k))
            .map(|c| c.profile_urls().map(crate::text::normalize_url).collect())
            .unwrap_or_default();
        for u in contact.profile_urls() {
            let key = crate::text::normalize_url(u);
            if key.is_empty() || had.contains(&key) {
                continue;
            }
            if let Some(other) = self
                .profile_urls
                .get(&key)
                .and_then(|ids| ids.iter().find(|id| Some(**id) != except))
            {
                return Err(Error::new(ErrorKind::Duplicate {
                    what: "profile URL",
                    key: u.to_string(),
                    existing: format!("belongs to {other}"),
                }));
            }
        }
        for e in &contact.emails {
            if let Some(other) = self.find_contact_by_email(e) {
                if Some(other) != except {
                    return Err(Error::new(ErrorKind::Duplicate {
                        what: "email",
                        key: e.clone(),
                        existing: format!("belongs to {}", other),
                    }));
                }
            }
        }
        if let Some(k) = contact.company {
            self.require_company(k)?;
        }
        Ok(())
    }

    // ----- the question bank ----------------------------------------------

    /// Adds a question to the bank. Questions for a topic are preferred
    /// over the built-in ones when they fit the contact.
    ///
    /// # Errors
    /// An empty id or text, or an id already used.
    pub fn add_question(&mut self, question: Question) -> Result<()> {
        question.validate()?;
        if QuestionBank::builtin()
            .questions()
            .iter()
            .chain(&self.data.questions)
            .any(|q| q.id == question.id)
        {
            return Err(Error::new(ErrorKind::Duplicate {
                what: "question",
                key: question.id,
                existing: "in the question bank".into(),
            }));
        }
        self.data.questions.push(question);
        Ok(())
    }

    /// The questions the user added ([`Network::add_question`]), in the
    /// order added.
    pub fn questions(&self) -> &[Question] {
        &self.data.questions
    }

    /// Contacts who ever answered (replied or met): the job seeker knows
    /// them, recorded tie or not.
    pub(crate) fn answered_contacts(&self) -> impl Iterator<Item = ContactId> + '_ {
        self.timelines
            .iter()
            .filter(|(_, t)| t.summary.two_way)
            .map(|(id, _)| *id)
    }

    // ----- self-check -----------------------------------------------------

    /// Rebuilds every derived index (emails, company names, timelines, the
    /// graph index when it is built) from the persisted data and compares
    /// it with the one the network maintains. For tests and fuzz targets:
    /// `Network`'s equality compares persisted data only, so a corrupted
    /// index would otherwise go unseen.
    ///
    /// # Errors
    /// A description of the first index that differs.
    #[doc(hidden)]
    pub fn check_derived(&self) -> std::result::Result<(), String> {
        let fresh = Network::from_data(self.data.clone())
            .map_err(|e| format!("the data no longer loads: {e}"))?;
        if fresh.emails != self.emails {
            return Err("the email index differs from a rebuild".into());
        }
        if fresh.profile_urls != self.profile_urls {
            return Err("the profile-URL index differs from a rebuild".into());
        }
        if fresh.company_names != self.company_names {
            return Err("the company-name index differs from a rebuild".into());
        }
        if fresh.company_keys != self.company_keys {
            return Err("the company-key index differs from a rebuild".into());
        }
        let mine: BTreeMap<_, _> = self
            .timelines
            .iter()
            .filter(|(_, t)| !t.raw.is_empty())
            .collect();
        let theirs: BTreeMap<_, _> = fresh
            .timelines
            .iter()
            .filter(|(_, t)| !t.raw.is_empty())
            .collect();
        if mine != theirs {
            let at = mine
                .iter()
                .find(|(k, v)| theirs.get(*k) != Some(*v))
                .map(|(k, _)| **k)
                .or_else(|| theirs.keys().find(|k| !mine.contains_key(*k)).map(|k| **k));
            return Err(format!("the timeline of {at:?} differs from a rebuild"));
        }
        if let Some(g) = self.graph.get() {
            let rebuilt = fresh.graph().map_err(|e| e.to_string())?;
            for id in std::iter::once(None).chain(self.data.contacts.keys().map(Some)) {
                let adjacency = |g: &crate::graph::GraphIndex| {
                    let node = match id {
                        None => Some(0),
                        Some(c) => g.node(*c),
                    };
                    let mut out: Vec<(Option<ContactId>, u32)> = Vec::new();
                    if let Some(n) = node {
                        g.for_each_neighbor(n, |v, w| out.push((g.contact(v), w.to_bits())));
                    }
                    out.sort_unstable();
                    out
                };
                if adjacency(g) != adjacency(rebuilt) {
                    return Err(format!(
                        "the graph index's neighbours of {} differ from a rebuild",
                        id.map_or("the job seeker".to_string(), |c| c.to_string())
                    ));
                }
            }
        }
        Ok(())
    }

    // ----- persistence --------------------------------------------------

    pub(crate) fn data(&self) -> &NetworkData {
        &self.data
    }

    /// Drops the graph index after an edit it cannot be patched for.
    fn graph_changed(&mut self) {
        self.graph = std::sync::OnceLock::new();
    }

    /// Rebuilds a network from loaded data, checking every invariant. Errors
    /// carry the JSON path of the offending record.
    pub(crate) fn from_data(mut data: NetworkData) -> Result<Network> {
        let at = |path: String| move |e: Error| e.with_location(json_location(path));
        data.profile
            .validate()
            .map_err(at("network.profile".into()))?;
        for (i, t) in data.profile.target_industries.iter().enumerate() {
            if !data.industries.contains_key(t) {
                return Err(
                    dangling("the profile", "industry", *t).with_location(json_location(format!(
                        "network.profile.target_industries[{i}]"
                    ))),
                );
            }
        }
        let mut names: HashMap<String, IndustryId> = HashMap::new();
        for (id, ind) in &data.industries {
            let path = format!("network.industries.{}", id.get());
            ind.validate().map_err(at(path.clone()))?;
            if let Some(other) = names.insert(fold_name(&ind.name), *id) {
                return Err(Error::new(ErrorKind::Duplicate {
                    what: "industry",
                    key: ind.name.clone(),
                    existing: other.to_string(),
                })
                .with_location(json_location(format!("{path}.name"))));
            }
        }
        let mut company_names: HashMap<String, CompanyId> = HashMap::new();
        for (id, co) in &data.companies {
            let path = format!("network.companies.{}", id.get());
            co.validate().map_err(at(path.clone()))?;
            for n in co.names() {
                if let Some(other) = company_names.insert(fold_name(n), *id) {
                    return Err(Error::new(ErrorKind::Duplicate {
                        what: "company",
                        key: n.to_string(),
                        existing: other.to_string(),
                    })
                    .with_location(json_location(format!("{path}.name"))));
                }
            }
            if let Some(i) = co.industry {
                if !data.industries.contains_key(&i) {
                    return Err(dangling(&format!("company {:?}", co.name), "industry", i)
                        .with_location(json_location(format!("{path}.industry"))));
                }
            }
        }
        let mut emails: HashMap<String, ContactId> = HashMap::new();
        for (id, c) in data.contacts.iter_mut() {
            let path = format!("network.contacts.{}", id.get());
            c.normalize();
            c.validate().map_err(at(path.clone()))?;
            if let Some(k) = c.company {
                if !data.companies.contains_key(&k) {
                    return Err(dangling(&id.to_string(), "company", k)
                        .with_location(json_location(format!("{path}.company"))));
                }
            }
            for (j, e) in c.emails.iter().enumerate() {
                if let Some(other) = emails.insert(e.clone(), *id) {
                    // Ids only: the email itself is personal data.
                    return Err(Error::new(ErrorKind::Duplicate {
                        what: "email",
                        key: format!("#{} of {id}", j + 1),
                        existing: format!("{other} has the same one"),
                    })
                    .with_location(json_location(format!("{path}.emails[{j}]"))));
                }
            }
        }
        for (i, (&(a, b), t)) in data.ties.iter().enumerate() {
            let loc = || json_location(format!("network.ties[{i}]"));
            for end in [a, b] {
                let id = ContactId::from_raw(u64::from(end));
                if end != 0 && !data.contacts.contains_key(&id) {
                    return Err(dangling("a tie", "contact", id).with_location(loc()));
                }
            }
            if a == b {
                return Err(Error::invalid(
                    "tie",
                    a.to_string(),
                    "a tie joins two different people",
                )
                .with_location(loc()));
            }
            crate::ties::check_strength(t.strength()).map_err(|e| e.with_location(loc()))?;
        }
        // Ids are within 1 ..= MAX_ID, so counters never overflow and ties
        // and the graph index can hold every contact id.
        check_ids(&data)?;
        // Ids are never reused: the counters are at least one past the largest id.
        // (`last` is the largest key: the maps are ordered by id.)
        let past = |last: Option<u64>| last.map_or(1, |k| k.saturating_add(1));
        let next = NextIds {
            industry: past(data.industries.keys().last().map(|k| k.get())),
            company: past(data.companies.keys().last().map(|k| k.get())),
            contact: past(data.contacts.keys().last().map(|k| k.get())),
            entry: past(data.journal.keys().last().map(|k| k.get())),
            lead: past(data.leads.keys().last().map(|k| k.get())),
        };
        let n = &mut data.next_ids;
        n.industry = n.industry.max(next.industry);
        n.company = n.company.max(next.company);
        n.contact = n.contact.max(next.contact);
        n.entry = n.entry.max(next.entry);
        n.lead = n.lead.max(next.lead);
        let mut company_keys: HashMap<String, std::collections::BTreeSet<CompanyId>> =
            HashMap::new();
        for (id, co) in &data.companies {
            for n in co.names() {
                company_keys.entry(company_key(n)).or_default().insert(*id);
            }
        }
        let mut profile_urls: HashMap<String, std::collections::BTreeSet<ContactId>> =
            HashMap::new();
        for (id, c) in &data.contacts {
            for u in c.profile_urls() {
                let key = crate::text::normalize_url(u);
                if !key.is_empty() {
                    profile_urls.entry(key).or_default().insert(*id);
                }
            }
        }
        let mut net = Network {
            data,
            emails,
            profile_urls,
            company_names,
            company_keys,
            timelines: HashMap::new(),
            graph: std::sync::OnceLock::new(),
        };
        net.check_pipeline_on_load()?;
        Ok(net)
    }
}

/// Whether a query is a profile URL rather than a name or an email.
pub(crate) fn looks_like_url(q: &str) -> bool {
    let l = q.to_ascii_lowercase();
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("www.")
        || l.contains("linkedin.com/")
}

/// Text folded for searching: accents, case and spacing do not matter.
fn search_fold(s: &str) -> String {
    crate::text::fold_accents(&s.replace(['\'', '’', '`'], ""))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Refuses ids outside 1 ..= [`MAX_ID`](crate::MAX_ID), naming the first.
fn check_ids(data: &NetworkData) -> Result<()> {
    use crate::id::MAX_ID;
    let bad = |kind: &str, id: u64| {
        Error::invalid(
            format!("{kind} id"),
            id.to_string(),
            format!("ids run from 1 to {MAX_ID}"),
        )
        .with_location(json_location(format!("network.{kind}.{id}")))
    };
    let ok = |id: u64| (1..=MAX_ID).contains(&id);
    // The maps are ordered by id: only the first and last can be out of
    // range, so nothing is copied.
    fn ends<K: Copy>(m: &BTreeMap<K, impl Sized>) -> [Option<K>; 2] {
        [m.keys().next().copied(), m.keys().next_back().copied()]
    }
    let lists: [(&str, [Option<u64>; 2]); 5] = [
        (
            "industries",
            ends(&data.industries).map(|k| k.map(|k| k.get())),
        ),
        (
            "companies",
            ends(&data.companies).map(|k| k.map(|k| k.get())),
        ),
        ("contacts", ends(&data.contacts).map(|k| k.map(|k| k.get()))),
        ("journal", ends(&data.journal).map(|k| k.map(|k| k.get()))),
        ("leads", ends(&data.leads).map(|k| k.map(|k| k.get()))),
    ];
    for (kind, ids) in &lists {
        for id in ids.iter().flatten() {
            if !ok(*id) {
                return Err(bad(kind, *id));
            }
        }
    }
    let n = &data.next_ids;
    for (kind, v) in [
        ("industry", n.industry),
        ("company", n.company),
        ("contact", n.contact),
        ("entry", n.entry),
        ("lead", n.lead),
    ] {
        if v > MAX_ID.saturating_add(1) {
            return Err(Error::invalid(
                "next id",
                v.to_string(),
                format!("ids run from 1 to {MAX_ID}"),
            )
            .with_location(json_location(format!("network.next_ids.{kind}"))));
        }
    }
    Ok(())
}

fn dangling(what: &str, target: &'static str, id: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::DanglingReference {
        what: what.to_string(),
        target,
        id: id.to_string(),
    })
}

fn json_location(path: String) -> Location {
    Location {
        json_path: Some(path),
        ..Location::default()
    }
}

/// Lists up to five items and says how many more there are.
fn list_some(items: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut s = items
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > SHOWN {
        s.push_str(&format!(" and {} more", items.len() - SHOWN));
    }
    s
}
