//! Steps 3–7 on the aggregate: recording the journal, meetings, leads and
//! keep-in-touch cadences. Every method validates by replaying the
//! contact's journal with the change in place before anything is stored.

use super::Network;
use crate::error::{Error, ErrorKind, Location, Result};
use crate::id::{ContactId, EntryId, LeadId};
use crate::journal::{Entry, Event, Meeting, Stage};
use crate::model::{Cadence, Lead, LeadStatus};
use crate::pipeline::{
    build_timeline, Correction, OverlapPolicy, Referral, Scheduled, Summary, Timeline,
};
use chrono::{DateTime, FixedOffset};
use std::collections::{BTreeMap, HashMap};

impl Network {
    fn raw_entries(&self, contact: ContactId) -> &[EntryId] {
        self.timelines
            .get(&contact)
            .map_or(&[][..], |t| t.raw.as_slice())
    }

    /// The contact's timeline as it would be without the `removed` entries.
    pub(crate) fn timeline_without(
        &self,
        contact: ContactId,
        removed: &std::collections::HashSet<EntryId>,
    ) -> Result<Timeline> {
        let raw: Vec<EntryId> = self
            .raw_entries(contact)
            .iter()
            .copied()
            .filter(|id| !removed.contains(id))
            .collect();
        build_timeline(&self.data().journal, None, &raw)
    }

    /// Checks the journal, leads and cadences of a loaded file.
    pub(crate) fn check_pipeline_on_load(&mut self) -> Result<()> {
        let at = |path: String| {
            move |e: Error| {
                e.with_location(Location {
                    json_path: Some(path),
                    ..Location::default()
                })
            }
        };
        let mut raw: BTreeMap<ContactId, Vec<EntryId>> = BTreeMap::new();
        for (id, e) in &self.data().journal {
            let path = format!("network.journal.{}", id.get());
            self.check_entry(e).map_err(at(path.clone()))?;
            if let Some(t) = e.corrects {
                match self.data().journal.get(&t) {
                    Some(target) if t < *id && target.contact == e.contact => {}
                    _ => {
                        return Err(Error::new(ErrorKind::DanglingReference {
                            what: format!("correction {id}"),
                            target: "earlier entry of the same contact",
                            id: t.to_string(),
                        })
                        .with_location(Location {
                            json_path: Some(format!("{path}.corrects")),
                            ..Location::default()
                        }))
                    }
                }
            }
            raw.entry(e.contact).or_default().push(*id);
        }
        for (id, l) in &self.data().leads {
            let path = format!("network.leads.{}", id.get());
            l.validate().map_err(at(path.clone()))?;
            self.check_lead_refs(l).map_err(at(path))?;
        }
        for (tag, c) in &self.data().tag_cadences {
            c.validate()
                .map_err(at(format!("network.tag_cadences.{tag}")))?;
        }
        for q in &self.data().questions {
            q.validate().map_err(at("network.questions".into()))?;
        }
        let mut timelines = HashMap::new();
        for (contact, ids) in raw {
            let t = build_timeline(&self.data().journal, None, &ids)
                .map_err(at(format!("network.journal (the entries of {contact})")))?;
            timelines.insert(contact, t);
        }
        self.timelines = timelines;
        Ok(())
    }

    fn check_entry(&self, e: &Entry) -> Result<()> {
        if self.contact(e.contact).is_none() {
            return Err(Error::not_found("contact", e.contact.to_string()));
        }
        crate::model::check_text("entry note", &e.note, crate::MAX_TEXT)?;
        crate::model::check_instant("entry date", e.at)?;
        match &e.event {
            Event::ReferralReceived { to } => {
                if self.contact(*to).is_none() {
                    return Err(Error::not_found("contact referred to", to.to_string()));
                }
                if *to == e.contact {
                    return Err(Error::invalid(
                        "referral",
                        to.to_string(),
                        "a contact cannot refer the job seeker to themselves",
                    ));
                }
            }
            Event::LeadLearned { lead } => match self.data().leads.get(lead) {
                Some(l) if l.contact == e.contact => {}
                Some(_) => {
                    return Err(Error::invalid(
                        "lead",
                        lead.to_string(),
                        "the lead is attributed to another contact",
                    ))
                }
                None => return Err(Error::not_found("lead", lead.to_string())),
            },
            Event::MeetingScheduled { meeting } | Event::MeetingRescheduled { meeting } => {
                meeting.validate()?
            }
            Event::MeetingNotes { notes } => {
                for t in notes
                    .advice
                    .iter()
                    .chain(&notes.names_mentioned)
                    .chain(&notes.promises)
                    .chain(notes.answers.iter().map(|a| &a.text))
                {
                    crate::model::check_text("meeting notes", t, crate::MAX_TEXT)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Records an entry after checking it against the contact's timeline.
    fn append(&mut self, mut entry: Entry) -> Result<EntryId> {
        // Offsets are stored to the minute: the same instant, one rule.
        entry.at = crate::journal::whole_minute_offset(entry.at);
        if let Event::MeetingScheduled { meeting } | Event::MeetingRescheduled { meeting } =
            &mut entry.event
        {
            meeting.start = crate::journal::whole_minute_offset(meeting.start);
        }
        self.check_entry(&entry)?;
        let n = crate::network::next_id(self.data().next_ids.entry, "journal entry")?;
        let id = EntryId::from_raw(n);
        let timeline = build_timeline(
            &self.data().journal,
            Some((id, &entry)),
            self.raw_entries(entry.contact),
        )?;
        let contact = entry.contact;
        let is_referral = |e: &Entry| matches!(e.event, Event::ReferralReceived { .. });
        let referral = is_referral(&entry)
            || entry
                .corrects
                .and_then(|t| self.data().journal.get(&t))
                .is_some_and(is_referral);
        let data = &mut self.data;
        data.next_ids.entry = n + 1;
        data.journal.insert(id, entry);
        self.timelines.insert(contact, timeline);
        if referral {
            // Referrals are ties in the graph index.
            self.graph_changed();
        }
        Ok(id)
    }

    /// Records what happened with a contact.
    ///
    /// # Arguments
    /// - `contact`: who it is about.
    /// - `at`: when it happened, with its UTC offset (the caller's clock).
    /// - `event`: what happened.
    /// - `note`: a free note (may be empty).
    ///
    /// # Returns
    /// The new entry's id.
    ///
    /// # Errors
    /// An unknown contact, lead or referred contact; a self-referral;
    /// or [`ErrorKind::InvalidTransition`] when the event does not follow
    /// from the contact's stage (replayed in time order with the new entry
    /// in place). Nothing is recorded then.
    ///
    /// # Example
    /// ```
    /// use chrono::DateTime;
    /// use inroads::{Channel, Event, Stage};
    /// let mut net = inroads::sample::teacher_candidate()?;
    /// let tom = net.resolve_contact("Tom Okafor")?;
    /// let at = DateTime::parse_from_rfc3339("2026-02-02T09:00:00-05:00").unwrap();
    /// net.log(tom, at, Event::RequestSent { channel: Channel::Email }, "")?;
    /// assert_eq!(net.stage(tom), Stage::Requested);
    /// // Thanking someone never met is refused, and nothing changes.
    /// assert!(net.log(tom, at, Event::ThankYouSent, "").is_err());
    /// assert_eq!(net.entries(tom).len(), 1);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn log(
        &mut self,
        contact: ContactId,
        at: DateTime<FixedOffset>,
        event: Event,
        note: &str,
    ) -> Result<EntryId> {
        if let Event::MeetingNotes { notes } = &event {
            self.check_answers(notes)?;
        }
        self.append(Entry {
            contact,
            at,
            event,
            note: note.to_string(),
            corrects: None,
            retracted: false,
        })
    }

    /// Answers name a question of the bank (built-in or the user's) or a
    /// topic: a typo would otherwise be kept and the brief would ask the
    /// question again.
    fn check_answers(&self, notes: &crate::journal::MeetingNotes) -> Result<()> {
        let bank = crate::question::QuestionBank::builtin();
        let ids: Vec<&str> = bank
            .questions()
            .iter()
            .chain(self.questions())
            .map(|q| q.id.as_str())
            .collect();
        for a in &notes.answers {
            let q = a.question.trim();
            let known = ids.contains(&q) || crate::question::Topic::parse(q).is_ok();
            if !known {
                let mut all: Vec<&str> = ids.clone();
                all.sort_unstable();
                all.dedup();
                return Err(Error::invalid(
                    "answer",
                    q,
                    format!(
                        "no question has that id; the ids are {} (or a topic: started, enjoy, challenges, direction, skills, advice, referral)",
                        all.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Corrects an earlier entry: a [`Correction::Amend`] changes its time,
    /// event or note (what it leaves `None` stays as the entry stands now,
    /// earlier corrections included); [`Correction::Retract`] withdraws it.
    /// Both the old entry and the correction stay in the journal.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`] when the entry does not exist or was
    /// retracted; [`ErrorKind::InvalidValue`] for an amendment that changes
    /// nothing; or the corrected journal would not replay through the
    /// state machine (nothing is recorded then).
    ///
    /// ```
    /// use inroads::{Amendment, Correction};
    /// let mut net = inroads::sample::teacher_candidate_weeks_later()?;
    /// let tom = net.resolve_contact("Tom Okafor")?;
    /// let (first, _) = net.entries(tom)[0];
    /// let amend = Amendment { note: Some("sent through the alumni site".into()), ..Amendment::default() };
    /// net.correct(first, Correction::Amend(amend))?;
    /// assert_eq!(net.current_entry(first).unwrap().note, "sent through the alumni site");
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn correct(&mut self, entry: EntryId, correction: Correction) -> Result<EntryId> {
        let old = self
            .data()
            .journal
            .get(&entry)
            .cloned()
            .ok_or_else(|| Error::not_found("journal entry", entry.to_string()))?;
        let current = self.current_entry(entry).cloned().ok_or_else(|| {
            Error::not_found("journal entry (it was retracted)", entry.to_string())
        })?;
        let (at, event, note, retracted) = match correction {
            Correction::Amend(a) => {
                let new = (
                    a.at.unwrap_or(current.at),
                    a.event.unwrap_or_else(|| current.event.clone()),
                    a.note.unwrap_or_else(|| current.note.clone()),
                );
                if new.0 == current.at && new.1 == current.event && new.2 == current.note {
                    return Err(Error::invalid(
                        "correction",
                        entry.to_string(),
                        "it changes nothing: give a new time, event or note",
                    ));
                }
                (new.0, new.1, new.2, false)
            }
            Correction::Retract => (old.at, old.event.clone(), String::new(), true),
        };
        self.append(Entry {
            contact: old.contact,
            at,
            event,
            note,
            corrects: Some(entry),
            retracted,
        })
    }

    /// Schedules (or, when one is already set, reschedules) a meeting with
    /// a contact.
    ///
    /// # Arguments
    /// - `at`: when the arrangement was made (the journal time). An
    ///   arrangement is always made before the meeting: when `at` is later
    ///   than the start (a meeting recorded afterwards), the start is used.
    /// - `meeting`: when and where the meeting is.
    /// - `overlap`: refuse a meeting that overlaps another, or schedule it
    ///   with a warning.
    ///
    /// # Errors
    /// [`ErrorKind::Overlap`] when it overlaps another scheduled meeting
    /// and `overlap` is [`OverlapPolicy::Refuse`]; any error of
    /// [`Network::log`].
    pub fn schedule_meeting(
        &mut self,
        contact: ContactId,
        at: DateTime<FixedOffset>,
        meeting: Meeting,
        overlap: OverlapPolicy,
    ) -> Result<Scheduled> {
        meeting.validate()?;
        let start = meeting.start;
        let mut warnings = meeting.warnings();
        for (other, m) in self.scheduled_meetings() {
            if other != contact && m.overlaps(&meeting) {
                // By id only: errors never carry another person's details.
                if overlap == OverlapPolicy::Refuse {
                    return Err(Error::new(ErrorKind::Overlap {
                        with: other,
                        start: m.start,
                    }));
                }
                warnings.push(crate::journal::MeetingWarning::Overlaps {
                    with: other,
                    start: m.start,
                });
            }
        }
        let stage = self.stage(contact);
        let event = if stage == Stage::Scheduled {
            Event::MeetingRescheduled { meeting }
        } else {
            Event::MeetingScheduled { meeting }
        };
        let at = if at > start { start } else { at };
        // A meeting arranged without a recorded request (a friend met at a
        // party): the request and the reply it implies are recorded first,
        // on a copy, so a refusal changes nothing.
        if matches!(
            stage,
            Stage::Identified | Stage::NoResponse | Stage::Declined
        ) {
            let mut next = self.clone();
            let implied = "implied: the meeting was arranged without a recorded request";
            next.log(
                contact,
                at,
                Event::RequestSent {
                    channel: crate::journal::Channel::InPerson,
                },
                implied,
            )?;
            next.log(contact, at, Event::ReplyReceived, implied)?;
            let entry = next.log(contact, at, event, "")?;
            *self = next;
            warnings.push(crate::journal::MeetingWarning::ImpliedRequest);
            return Ok(Scheduled { entry, warnings });
        }
        let entry = self.log(contact, at, event, "")?;
        Ok(Scheduled { entry, warnings })
    }

    /// A contact's stage, derived from its journal.
    pub fn stage(&self, contact: ContactId) -> Stage {
        self.timelines
            .get(&contact)
            .map_or(Stage::Identified, |t| t.stage)
    }

    /// A contact's journal as it stands — corrections applied, retracted
    /// entries left out — in time order. Each item is the entry's id and
    /// the entry that stands for it.
    pub fn entries(&self, contact: ContactId) -> Vec<(EntryId, &Entry)> {
        self.timelines.get(&contact).map_or_else(Vec::new, |t| {
            t.effective
                .iter()
                .filter_map(|(root, src)| self.data().journal.get(src).map(|e| (*root, e)))
                .collect()
        })
    }

    /// Every referral that stands (corrections applied): who introduced the
    /// job seeker to whom, and when. In time order.
    pub fn referrals(&self) -> Vec<Referral> {
        let mut out: Vec<Referral> = Vec::new();
        for (from, t) in &self.timelines {
            for (to, at, entry) in &t.summary.referred {
                out.push(Referral {
                    from: *from,
                    to: *to,
                    at: *at,
                    entry: *entry,
                });
            }
        }
        out.sort_by_key(|r| (r.at, r.entry));
        out
    }

    /// The journal entry with this id, as recorded (a correction does not
    /// change it; see [`Network::current_entry`]).
    pub fn entry(&self, id: EntryId) -> Option<&Entry> {
        self.data().journal.get(&id)
    }

    /// The entry with this id as it stands now: the content of its latest
    /// correction, or `None` when it was retracted (or does not exist).
    ///
    /// ```
    /// use inroads::{Event, Channel};
    /// let mut net = inroads::sample::teacher_candidate_weeks_later()?;
    /// let tom = net.resolve_contact("Tom Okafor")?;
    /// let (first, _) = net.entries(tom)[0];
    /// assert_eq!(net.current_entry(first), net.entry(first));
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn current_entry(&self, id: EntryId) -> Option<&Entry> {
        let contact = self.entry(id)?.contact;
        self.entries(contact)
            .into_iter()
            .find(|(k, _)| *k == id)
            .map(|(_, e)| e)
    }

    /// Every raw journal entry, corrections included, in the order recorded.
    pub fn journal(&self) -> impl ExactSizeIterator<Item = (EntryId, &Entry)> {
        self.data().journal.iter().map(|(k, v)| (*k, v))
    }

    /// The meeting currently scheduled with a contact, if any.
    pub fn scheduled_meeting(&self, contact: ContactId) -> Option<&Meeting> {
        let t = self.timelines.get(&contact)?;
        if t.stage != Stage::Scheduled {
            return None;
        }
        t.summary.meeting.as_ref()
    }

    pub(crate) fn summary(&self, contact: ContactId) -> Option<&Summary> {
        self.timelines.get(&contact).map(|t| &t.summary)
    }

    /// Every meeting currently scheduled, by contact id.
    pub fn scheduled_meetings(&self) -> Vec<(ContactId, &Meeting)> {
        let mut v: Vec<_> = self
            .timelines
            .iter()
            .filter(|(_, t)| t.stage == Stage::Scheduled)
            .filter_map(|(c, _)| self.scheduled_meeting(*c).map(|m| (*c, m)))
            .collect();
        v.sort_by_key(|(c, m)| (m.start, *c));
        v
    }

    /// Every meeting that was held: the contact, the meeting as last
    /// scheduled, and the id of the entry that recorded it being held.
    pub fn held_meetings(&self) -> Vec<(ContactId, Meeting, EntryId)> {
        let mut out = Vec::new();
        let mut contacts: Vec<_> = self.timelines.keys().copied().collect();
        contacts.sort();
        for c in contacts {
            let mut last: Option<&Meeting> = None;
            for (id, e) in self.entries(c) {
                match &e.event {
                    Event::MeetingScheduled { meeting } | Event::MeetingRescheduled { meeting } => {
                        last = Some(meeting)
                    }
                    Event::MeetingHeld => {
                        if let Some(m) = last.take() {
                            out.push((c, m.clone(), id));
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    // ----- leads --------------------------------------------------------

    fn check_lead_refs(&self, lead: &Lead) -> Result<()> {
        if self.contact(lead.contact).is_none() {
            return Err(Error::not_found("contact", lead.contact.to_string()));
        }
        if let Some(k) = lead.company {
            if self.company(k).is_none() {
                return Err(Error::not_found("company", k.to_string()));
            }
        }
        Ok(())
    }

    /// Records a job lead and, on the contact it came from, a
    /// *lead learned* journal entry at `at`.
    ///
    /// # Errors
    /// An invalid lead or an unknown contact or company. Nothing is
    /// recorded then.
    pub fn add_lead(&mut self, lead: Lead, at: DateTime<FixedOffset>) -> Result<LeadId> {
        lead.validate()?;
        self.check_lead_refs(&lead)?;
        let n = crate::network::next_id(self.data().next_ids.lead, "lead")?;
        let id = LeadId::from_raw(n);
        let contact = lead.contact;
        // Insert, then log; undo the insert if the log is refused.
        let data = &mut self.data;
        data.next_ids.lead = n + 1;
        data.leads.insert(id, lead);
        match self.log(contact, at, Event::LeadLearned { lead: id }, "") {
            Ok(_) => Ok(id),
            Err(e) => {
                let data = &mut self.data;
                data.leads.remove(&id);
                data.next_ids.lead = n;
                Err(e)
            }
        }
    }

    /// The *lead learned* journal entry that recorded a lead (made by
    /// [`Network::add_lead`]).
    pub fn lead_entry(&self, lead: LeadId) -> Option<EntryId> {
        self.data()
            .journal
            .iter()
            .find(|(_, e)| e.corrects.is_none() && e.event == Event::LeadLearned { lead })
            .map(|(k, _)| *k)
    }

    /// Moves a lead to a new status.
    ///
    /// # Errors
    /// An unknown lead, or a move backwards (offer → applied) or out of
    /// closed.
    pub fn set_lead_status(&mut self, id: LeadId, status: LeadStatus) -> Result<()> {
        let lead = self
            .data
            .leads
            .get_mut(&id)
            .ok_or_else(|| Error::not_found("lead", id.to_string()))?;
        if lead.status == status {
            return Ok(());
        }
        if !lead.status.can_move_to(status) {
            return Err(Error::invalid(
                "lead status",
                status.as_str(),
                format!(
                    "a lead at {} cannot move to {status}; leads move heard → applied → interviewing → offer, or to closed",
                    lead.status
                ),
            ));
        }
        lead.status = status;
        Ok(())
    }

    /// The lead with this id.
    pub fn lead(&self, id: LeadId) -> Option<&Lead> {
        self.data().leads.get(&id)
    }

    /// All leads, in id order.
    pub fn leads(&self) -> impl ExactSizeIterator<Item = (LeadId, &Lead)> {
        self.data().leads.iter().map(|(k, v)| (*k, v))
    }

    // ----- keep in touch ------------------------------------------------

    /// Sets (or with `None` clears) the keep-in-touch cadence for contacts
    /// with a tag. A contact's own cadence takes precedence.
    ///
    /// # Errors
    /// An invalid cadence or an empty tag.
    pub fn set_tag_cadence(&mut self, tag: &str, cadence: Option<Cadence>) -> Result<()> {
        crate::model::check_name("tag", tag)?;
        match cadence {
            Some(c) => {
                c.validate()?;
                self.data.tag_cadences.insert(tag.trim().to_string(), c);
            }
            None => {
                self.data.tag_cadences.remove(tag.trim());
            }
        }
        Ok(())
    }

    /// The cadence that applies to a contact: its own, else the tightest
    /// of its tags' cadences.
    pub fn cadence(&self, contact: ContactId) -> Option<Cadence> {
        let c = self.contact(contact)?;
        c.cadence.or_else(|| {
            c.tags
                .iter()
                .filter_map(|t| self.data().tag_cadences.get(t.as_str()))
                .min_by_key(|c| (c.max_days, c.ideal_days))
                .copied()
        })
    }

    /// The keep-in-touch cadences set per tag.
    pub fn tag_cadences(&self) -> impl Iterator<Item = (&str, &Cadence)> {
        self.data()
            .tag_cadences
            .iter()
            .map(|(k, v)| (k.as_str(), v))
    }
}
