//! Steps 3–7 on the command line: log, journal, correct, meeting, brief,
//! draft, plan, lead, stats.

use crate::args::{LeadCmd, LogEvent, MeetingCmd, QuestionCmd};
use crate::commands::{change, load, out, Output};
use chrono::{DateTime, FixedOffset, NaiveDate};
use inroads::{
    parse_datetime, Amendment, Answer, Channel, Correction, DraftKind, EntryId, Error, ErrorKind,
    Event, Lead, LeadId, LeadStatus, Meeting, MeetingNotes, Network, PlanOptions, Templates,
};
use serde_json::json;
use std::fmt::Write as _;
use std::path::Path;

/// The front end's notion of "now" (the rule is the library's
/// [`inroads::Now`]): the system clock, read once, in the --offset given;
/// with --today D, the whole of day D (entries without a time dated at its
/// start, any hour of it accepted).
pub struct Clock {
    offset: FixedOffset,
    /// The profile's time zone, used when no --offset is given.
    zone: Option<inroads::Zone>,
    now: inroads::Now,
}

impl Clock {
    /// `offset`: the --offset given; `zone`: the profile's time zone;
    /// `today`: the --today given; `secs`: the system clock as the command
    /// read it (once).
    pub fn new(
        offset: Option<&str>,
        zone: Option<inroads::Zone>,
        today: Option<NaiveDate>,
        secs: i64,
    ) -> Result<Clock, Error> {
        let zone = if offset.is_some() { None } else { zone };
        let offset = inroads::parse_offset(offset.unwrap_or("+00:00"))?;
        let system = DateTime::from_timestamp(secs, 0)
            .unwrap_or_default()
            .with_timezone(&offset);
        let now = match (today, &zone) {
            (Some(day), Some(z)) => inroads::Now::on_day_in(day, z)?,
            (Some(day), None) => inroads::Now::on_day(day, offset)?,
            (None, Some(z)) => inroads::Now::at(z.local(system)),
            (None, None) => inroads::Now::at(system),
        };
        Ok(Clock { offset, zone, now })
    }

    fn parse(&self, s: &str) -> Result<DateTime<FixedOffset>, Error> {
        match &self.zone {
            Some(z) => z.parse_datetime(s),
            None => parse_datetime(s, self.offset),
        }
    }

    /// Today: the date where the job seeker is (the profile's zone, or
    /// --offset), or --today.
    pub fn today(&self) -> NaiveDate {
        self.now.now().date_naive()
    }

    /// When an event of `contact` happened: the time given, or now — on a
    /// whole day (--today), after what that contact already has that day.
    fn at_for(
        &self,
        given: Option<&str>,
        net: &Network,
        contact: inroads::ContactId,
    ) -> Result<DateTime<FixedOffset>, Error> {
        match given {
            Some(_) => self.at(given),
            None => {
                let at = self
                    .now
                    .after(net.entries(contact).iter().map(|(_, e)| e.at));
                Ok(self.zone.map_or(at, |z| z.local(at)))
            }
        }
    }

    /// When an event happened: the time given (refused when in the
    /// future), or now.
    fn at(&self, given: Option<&str>) -> Result<DateTime<FixedOffset>, Error> {
        match given {
            Some(s) => {
                let at = self.parse(s)?;
                self.now.check_not_future(at)?;
                Ok(at)
            }
            None => Ok(self.now.now()),
        }
    }

    /// A meeting's start: any time, future included.
    fn start(&self, given: &str) -> Result<DateTime<FixedOffset>, Error> {
        self.parse(given)
    }
}

/// A moment as the user reads it: in the profile's time zone when it names
/// one, else as recorded.
fn shown(net: &Network, at: DateTime<FixedOffset>) -> String {
    let local = net
        .profile()
        .timezone
        .as_deref()
        .and_then(|z| inroads::Zone::parse(z).ok())
        .map_or(at, |z| z.local(at));
    local.format("%Y-%m-%d %H:%M %:z").to_string()
}

/// The JSON of a just-recorded entry: the library's view of it.
fn recorded(net: &Network, entry: EntryId) -> Result<serde_json::Value, Error> {
    Ok(json!(inroads::recorded(net, entry)?))
}

#[allow(clippy::too_many_arguments)]
pub fn log(
    path: &Path,
    clock: &Clock,
    contact: &str,
    event: LogEvent,
    at: Option<String>,
    note: Option<String>,
    to: Option<String>,
    channel: &str,
) -> Result<Output, Error> {
    let (net, (id, entry)) = change(path, |n| {
        let id = n.resolve_contact(contact)?;
        let at = clock.at_for(at.as_deref(), n, id)?;
        let note = note.clone().unwrap_or_default();
        let event = match event {
            LogEvent::Requested => Event::RequestSent {
                channel: Channel::parse(channel)?,
            },
            LogEvent::FollowedUp => Event::FollowUpSent,
            LogEvent::Replied => Event::ReplyReceived,
            LogEvent::Declined => Event::Declined,
            LogEvent::NoResponse => Event::NoResponse,
            LogEvent::Met => Event::MeetingHeld,
            LogEvent::Cancelled => Event::MeetingCancelled,
            LogEvent::Thanked => Event::ThankYouSent,
            LogEvent::ReferralsAsked => Event::ReferralsAsked,
            LogEvent::Note => Event::Note,
            LogEvent::InTouch => Event::InTouch {
                channel: Channel::parse(channel)?,
            },
            LogEvent::Referred => {
                let to = to.as_deref().ok_or_else(|| {
                    Error::invalid(
                        "--to",
                        "",
                        "`referred` needs --to CONTACT: whom they referred you to",
                    )
                })?;
                Event::ReferralReceived {
                    to: n.resolve_contact(to)?,
                }
            }
            LogEvent::Lead => {
                let lead = n.add_lead(
                    Lead {
                        contact: id,
                        company: n.contact(id).and_then(|c| c.company),
                        role: note.clone(),
                        posted: None,
                        learned: at.date_naive(),
                        status: LeadStatus::Heard,
                        notes: String::new(),
                    },
                    at,
                )?;
                let entry = n.lead_entry(lead).ok_or_else(|| {
                    Error::new(ErrorKind::NotFound {
                        what: "journal entry of",
                        key: lead.to_string(),
                    })
                })?;
                return Ok((id, entry));
            }
        };
        Ok((id, n.log(id, at, event, &note)?))
    })?;
    let r = inroads::recorded(&net, entry)?;
    Ok(out(
        format!(
            "recorded {} for {}; stage now {}",
            r.event.map_or("a retraction", |k| k.name()),
            inroads::describe_contact(&net, id),
            r.stage
        ),
        json!(r),
    ))
}

pub fn journal(path: &Path, contact: &str) -> Result<Output, Error> {
    let net = load(path)?;
    let id = net.resolve_contact(contact)?;
    let view = inroads::journal_view(&net, id)?;
    let mut t = format!(
        "{} — stage {}\n",
        inroads::describe_contact(&net, id),
        view.stage
    );
    for line in &view.entries {
        let e = &line.entry;
        let _ = write!(
            t,
            "  #{:<4} {}  {}",
            line.id.get(),
            shown(&net, e.at),
            e.event.name()
        );
        if !e.note.is_empty() {
            let _ = write!(t, " — {}", e.note);
        }
        t.push('\n');
        if let inroads::Event::MeetingNotes { notes } = &e.event {
            for l in notes.lines() {
                let _ = writeln!(t, "           {l}");
            }
        }
    }
    Ok(out(t, json!(view)))
}

pub fn correct(
    path: &Path,
    clock: &Clock,
    entry: u64,
    retract: bool,
    at: Option<String>,
    note: Option<String>,
) -> Result<Output, Error> {
    let target = EntryId::from_raw(entry);
    let correction = if retract {
        Correction::Retract
    } else {
        Correction::Amend(Amendment {
            at: at.as_deref().map(|s| clock.at(Some(s))).transpose()?,
            event: None,
            note,
        })
    };
    let (net, id) = change(path, |n| n.correct(target, correction.clone()))?;
    let r = inroads::recorded(&net, id)?;
    let contact = r.contact;
    Ok(out(
        format!(
            "recorded correction #{} of entry #{entry}; stage now {}",
            id.get(),
            net.stage(contact)
        ),
        json!(r),
    ))
}

pub fn meeting(path: &Path, clock: &Clock, cmd: MeetingCmd) -> Result<Output, Error> {
    match cmd {
        MeetingCmd::Schedule {
            contact,
            at,
            minutes,
            place,
            force,
        } => {
            let start = clock.start(&at)?;
            let (net, (id, scheduled)) = change(path, |n| {
                let id = n.resolve_contact(&contact)?;
                let meeting = Meeting {
                    start,
                    minutes,
                    place: place.clone(),
                };
                Ok((
                    id,
                    n.schedule_meeting(
                        id,
                        clock.at_for(None, n, id)?,
                        meeting,
                        if force {
                            inroads::OverlapPolicy::Allow
                        } else {
                            inroads::OverlapPolicy::Refuse
                        },
                    )?,
                ))
            })?;
            let mut t = format!(
                "meeting with {} on {} for {minutes} minutes",
                inroads::describe_contact(&net, id),
                shown(&net, start)
            );
            for w in &scheduled.warnings {
                let _ = write!(t, "\nwarning: {w}");
            }
            let mut j = recorded(&net, scheduled.entry)?;
            j["warnings"] = json!(scheduled.warnings);
            Ok(out(t, j))
        }
        MeetingCmd::Notes {
            contact,
            answers,
            advice,
            names,
            promises,
            at,
        } => {
            let answers = answers
                .iter()
                .map(|a| {
                    a.split_once('=')
                        .map(|(q, t)| Answer {
                            question: q.trim().to_string(),
                            text: t.trim().to_string(),
                        })
                        .ok_or_else(|| {
                            Error::invalid(
                                "--answer",
                                a,
                                "expected QUESTION=TEXT, e.g. started=Taught for six years",
                            )
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let notes = MeetingNotes {
                answers,
                advice,
                names_mentioned: names,
                promises,
            };
            let (net, (id, entry)) = change(path, |n| {
                let id = n.resolve_contact(&contact)?;
                let at = clock.at_for(at.as_deref(), n, id)?;
                Ok((
                    id,
                    n.log(
                        id,
                        at,
                        Event::MeetingNotes {
                            notes: notes.clone(),
                        },
                        "",
                    )?,
                ))
            })?;
            Ok(out(
                format!(
                    "recorded meeting notes for {}",
                    inroads::describe_contact(&net, id)
                ),
                recorded(&net, entry)?,
            ))
        }
        MeetingCmd::List => {
            let net = load(path)?;
            let list = inroads::meeting_list(&net);
            let mut t = String::new();
            let who = |m: &inroads::MeetingItem| match &m.company {
                Some(k) => format!("{} at {k}", m.name),
                None => m.name.clone(),
            };
            for m in &list.scheduled {
                let _ = writeln!(
                    t,
                    "  scheduled  {}  {} ({} min){}",
                    shown(&net, m.meeting.start),
                    who(m),
                    m.meeting.minutes,
                    m.meeting
                        .place
                        .as_deref()
                        .map(|p| format!(", {p}"))
                        .unwrap_or_default()
                );
            }
            for m in &list.held {
                let _ = writeln!(
                    t,
                    "  held       {}  {}",
                    shown(&net, m.meeting.start),
                    who(m)
                );
            }
            if t.is_empty() {
                t.push_str("no meetings yet: schedule one with `inroads meeting schedule CONTACT --at DATETIME`\n");
            }
            Ok(out(t, json!(list)))
        }
    }
}

/// Each item's English line.
fn lines<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

pub fn brief(path: &Path, contact: &str) -> Result<Output, Error> {
    let net = load(path)?;
    let id = net.resolve_contact(contact)?;
    let b = inroads::brief(&net, id, &inroads::BriefOptions::default())?;
    let mut t = format!("Brief: {}", b.name);
    if let Some(title) = &b.title {
        let _ = write!(t, ", {title}");
    }
    let _ = writeln!(t, " (stage {})", b.stage);
    if let Some(m) = &b.meeting {
        let _ = writeln!(
            t,
            "Meeting: {} for {} minutes{}",
            shown(&net, m.start),
            m.minutes,
            m.place
                .as_deref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default()
        );
    }
    let section = |t: &mut String, title: &str, items: &[String]| {
        if !items.is_empty() {
            let _ = writeln!(t, "\n{title}");
            for i in items {
                let _ = writeln!(t, "  - {i}");
            }
        }
    };
    section(&mut t, "What you know", &lines(&b.known));
    section(&mut t, "How you are connected", &lines(&b.connection));
    section(&mut t, "Research still missing", &lines(&b.missing));
    let earlier: Vec<String> = b
        .earlier_answers
        .iter()
        .map(|a| format!("{}: {}", a.question, a.text))
        .collect();
    section(&mut t, "Already answered", &earlier);
    let _ = writeln!(t, "\nQuestions to ask");
    for (i, q) in b.questions.iter().enumerate() {
        let _ = writeln!(t, "  {}. {}", i + 1, q.text);
    }
    Ok(out(t, json!(b)))
}

pub fn draft(
    path: &Path,
    kind: &str,
    contact: &str,
    template: Option<&Path>,
) -> Result<Output, Error> {
    let net = load(path)?;
    let id = net.resolve_contact(contact)?;
    let kind: DraftKind = kind.parse()?;
    let mut templates = Templates::default();
    if let Some(p) = template {
        let text = crate::commands::read_text(p, inroads::MAX_TEMPLATE_BYTES)?;
        match kind {
            DraftKind::Request => templates.request = text,
            DraftKind::FollowUp => templates.follow_up = text,
            DraftKind::Thanks => templates.thanks = text,
            DraftKind::Referral => templates.referral = text,
        }
    }
    let d = inroads::draft(&net, id, kind, &templates)?;
    let to =
        d.to.as_deref()
            .map(|t| format!("To: {t}\n"))
            .unwrap_or_default();
    Ok(out(
        format!("{to}Subject: {}\n\n{}", d.subject, d.body),
        json!(d),
    ))
}

pub fn plan(path: &Path, today: NaiveDate, recontact_after: u32) -> Result<Output, Error> {
    let net = load(path)?;
    let mut options = PlanOptions::default();
    options.recontact_after_days = recontact_after;
    let actions = inroads::plan(&net, &options, today)?;
    let mut t = format!("Plan for {today}\n");
    for a in &actions {
        // The day it is due by; the hour, where there is one, is in the
        // reason, once, in the profile's zone.
        let deadline = match a.kind {
            inroads::ActionKind::Prepare => format!("on {}", a.due),
            _ => format!("by {}", a.deadline),
        };
        let _ = writeln!(
            t,
            "  {} {} {} {}  — {}",
            if a.overdue { "OVERDUE" } else { "       " },
            crate::fmt::col(a.kind.label(), 22),
            crate::fmt::col(&a.name, 22),
            crate::fmt::col(&deadline, 22),
            a.reason
        );
    }
    if actions.is_empty() {
        t.push_str("  nothing due\n");
    }
    Ok(out(t, json!({ "today": today, "actions": actions })))
}

pub fn lead(path: &Path, clock: &Clock, cmd: LeadCmd) -> Result<Output, Error> {
    match cmd {
        LeadCmd::Add {
            contact,
            role,
            company,
            posted,
            notes,
        } => {
            let (net, id) = change(path, |n| {
                let source = n.resolve_contact(&contact)?;
                let company = match company.as_deref() {
                    Some(k) => Some(n.resolve_company(k)?),
                    None => n.contact(source).and_then(|c| c.company),
                };
                let at = clock.at_for(None, n, source)?;
                n.add_lead(
                    Lead {
                        contact: source,
                        company,
                        role: role.clone(),
                        posted: posted.clone(),
                        learned: at.date_naive(),
                        status: LeadStatus::Heard,
                        notes: notes.clone().unwrap_or_default(),
                    },
                    at,
                )
            })?;
            Ok(out(
                format!("recorded lead #{}: {role}", id.get()),
                json!({ "added": id, "lead": net.lead(id) }),
            ))
        }
        LeadCmd::List => {
            let net = load(path)?;
            let list = inroads::lead_list(&net);
            let mut t = String::new();
            for l in &list {
                let _ = writeln!(
                    t,
                    "  #{:<3} {:<13} {} at {} (from {}, {})",
                    l.id.get(),
                    l.lead.status.as_str(),
                    l.lead.role,
                    l.company.as_deref().unwrap_or("-"),
                    l.from,
                    l.lead.learned
                );
            }
            if list.is_empty() {
                t.push_str("no leads yet\n");
            }
            Ok(out(t, json!({ "leads": list })))
        }
        LeadCmd::Update { id, status } => {
            let status = LeadStatus::parse(&status)?;
            let lead = LeadId::from_raw(id);
            let (net, ()) = change(path, |n| n.set_lead_status(lead, status))?;
            Ok(out(
                format!("lead #{id} is now {status}"),
                json!({ "updated": lead, "lead": net.lead(lead) }),
            ))
        }
    }
}

pub fn stats(path: &Path, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Output, Error> {
    let net = load(path)?;
    let f = inroads::funnel(&net, from, to)?;
    let pct = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let num = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{r:.2}"));
    let days = |r: Option<f64>| {
        r.map_or("-".to_string(), |d| {
            crate::fmt::count(d.round() as usize, "day", "days")
        })
    };
    let t = format!(
        "requests sent          {}\nreply rate             {}\nmeetings held          {}\nreferrals received     {} ({} per meeting)\nleads                  {} ({} per meeting)\nmedian time to meeting {}\n",
        f.requests_sent,
        pct(f.reply_rate),
        f.meetings_held,
        f.referrals,
        num(f.referrals_per_meeting),
        f.leads,
        num(f.leads_per_meeting),
        days(f.median_days_request_to_meeting)
    );
    Ok(out(t, json!(f)))
}

pub fn question(path: &Path, cmd: QuestionCmd) -> Result<Output, Error> {
    match cmd {
        QuestionCmd::Add {
            id,
            topic,
            text,
            seniority,
            field,
        } => {
            let question = inroads::Question {
                id: id.clone(),
                topic: inroads::Topic::parse(&topic)?,
                text,
                seniority: seniority
                    .iter()
                    .map(|s| inroads::Seniority::parse(s))
                    .collect::<Result<_, _>>()?,
                fields: field
                    .iter()
                    .map(|f| inroads::FieldCode::parse(f))
                    .collect::<Result<_, _>>()?,
            };
            let (_, ()) = change(path, |n| n.add_question(question.clone()))?;
            Ok(out(
                format!("added question {id}"),
                json!({ "added": question }),
            ))
        }
        QuestionCmd::List => {
            let net = load(path)?;
            let bank = inroads::QuestionBank::of(&net);
            let mut t = String::new();
            for q in bank.questions() {
                let _ = writeln!(t, "  {:<20} {:<11} {}", q.id, q.topic.as_str(), q.text);
            }
            Ok(out(t, json!({ "questions": bank.questions() })))
        }
    }
}
