//! A seeded generator of realistic synthetic networks, for tests, benches
//! and demonstrations at scale. The same options give the same network.
//!
//! ```
//! use inroads::synthetic::{generate, SyntheticOptions};
//! let mut options = SyntheticOptions::default();
//! options.contacts = 200;
//! options.entries_per_contact = 5;
//! let net = generate(&options)?;
//! assert_eq!(net.contacts().len(), 200);
//! assert_eq!(net, generate(&options)?);
//! # Ok::<(), inroads::Error>(())
//! ```

use crate::error::Result;
use crate::id::{CompanyId, ContactId, IndustryId};
use crate::journal::{Channel, Event, Meeting, MeetingNotes};
use crate::model::{Company, Contact, Industry, Seniority};
use crate::network::Network;
use crate::rng::SplitMix64;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Offset, Utc};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyntheticOptions {
    /// Contacts.
    pub contacts: usize,
    /// Companies; sizes are heavy-tailed (a few large, many small).
    pub companies: usize,
    /// Industries; each company is in one.
    pub industries: usize,
    /// Journal entries per contact (valid sequences through the state machine).
    pub entries_per_contact: usize,
    /// Ties between contacts: mostly within a company, some within an
    /// industry, a few anywhere; endpoints chosen half uniformly, half by
    /// preferential attachment, so degrees are heavy-tailed.
    pub ties: usize,
    /// The job seeker's own ties (each with an explicit strength).
    pub my_ties: usize,
    /// The seed.
    pub seed: u64,
    /// The first day of the synthetic search.
    pub start: NaiveDate,
}

impl Default for SyntheticOptions {
    fn default() -> Self {
        SyntheticOptions {
            contacts: 1_000,
            companies: 100,
            industries: 12,
            entries_per_contact: 0,
            ties: 0,
            my_ties: 0,
            seed: 1,
            start: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default(),
        }
    }
}

impl SyntheticOptions {
    /// The networks the benchmarks measure: `contacts` contacts in
    /// companies of about 100 (heavy-tailed), 20 industries, `ties` ties
    /// between contacts, 300 ties of the job seeker's own, seed 7.
    pub fn scale(contacts: usize, ties: usize) -> SyntheticOptions {
        SyntheticOptions {
            contacts,
            companies: (contacts / 100).max(1),
            industries: 20,
            ties,
            my_ties: 300,
            seed: 7,
            ..SyntheticOptions::default()
        }
    }
}

const FIRST: &[&str] = &[
    "Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi",
    "Liam", "Maya", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tomas", "Uma", "Victor",
    "Wen", "Xavier", "Yara", "Zoe",
];
const LAST: &[&str] = &[
    "Okafor", "Chen", "Garcia", "Kim", "Nguyen", "Patel", "Rossi", "Schmidt", "Silva", "Smith",
    "Tanaka", "Walker", "Ivanova", "Haddad", "Lee", "Martin", "Novak", "Owusu", "Park", "Quispe",
];
const TITLES: &[&str] = &[
    "Program Manager",
    "Director of Learning",
    "Executive Director",
    "Senior Analyst",
    "Education Coordinator",
    "Vice President, Operations",
    "Software Engineer",
    "Head of People",
    "Curator",
    "Account Manager",
];

/// A valid 20-step life of a contact through the state machine; a contact
/// takes a prefix of it and is padded with notes.
fn life(start: DateTime<FixedOffset>) -> Vec<Event> {
    let m = |days: i64| Meeting {
        start: start + Duration::days(days),
        minutes: 30,
        place: None,
    };
    vec![
        Event::RequestSent {
            channel: Channel::Email,
        },
        Event::FollowUpSent,
        Event::ReplyReceived,
        Event::MeetingScheduled { meeting: m(9) },
        Event::MeetingRescheduled { meeting: m(10) },
        Event::MeetingHeld,
        Event::MeetingNotes {
            notes: MeetingNotes {
                advice: vec!["keep going".into()],
                ..MeetingNotes::default()
            },
        },
        Event::ThankYouSent,
        Event::ReferralsAsked,
        Event::Note,
        Event::MeetingScheduled { meeting: m(40) },
        Event::MeetingHeld,
        Event::ThankYouSent,
        Event::Note,
    ]
}

// Every index here is drawn below the length of the vector it indexes
// (`rng.below(len)`), or is a position the function itself filled; none
// comes from input.
#[allow(clippy::indexing_slicing)]
fn add_ties(
    net: &mut Network,
    rng: &mut SplitMix64,
    options: &SyntheticOptions,
    ids: &[ContactId],
    companies: &[CompanyId],
) -> Result<()> {
    use crate::ties::{Party, Tie, TieSource};
    let n = ids.len();
    if n < 2 {
        return Ok(());
    }
    // Members of each company and the companies of each industry bucket.
    let company_index: std::collections::HashMap<CompanyId, usize> =
        companies.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); companies.len()];
    let mut company_of: Vec<usize> = vec![0; n];
    for (i, id) in ids.iter().enumerate() {
        if let Some(k) = net.contact(*id).and_then(|c| c.company) {
            if let Some(&ci) = company_index.get(&k) {
                company_of[i] = ci;
                members[ci].push(i as u32);
            }
        }
    }
    let per_industry = (companies.len() / options.industries.max(1)).max(1);
    let mut ends: Vec<u32> = Vec::with_capacity(options.ties.saturating_mul(2));
    let mut made = 0usize;
    let mut attempts = 0usize;
    while made < options.ties && attempts < options.ties.saturating_mul(4) {
        attempts += 1;
        let u = if ends.is_empty() || rng.below(2) == 0 {
            rng.below(n as u64) as u32
        } else {
            ends[rng.below(ends.len() as u64) as usize]
        };
        let cu = company_of[u as usize];
        let roll = rng.below(100);
        let v = if roll < 70 && members[cu].len() > 1 {
            members[cu][rng.below(members[cu].len() as u64) as usize]
        } else if roll < 85 {
            let first = cu / per_industry * per_industry;
            let k = (first + rng.below(per_industry as u64) as usize).min(companies.len() - 1);
            if members[k].is_empty() {
                rng.below(n as u64) as u32
            } else {
                members[k][rng.below(members[k].len() as u64) as usize]
            }
        } else {
            rng.below(n as u64) as u32
        };
        if u == v {
            continue;
        }
        let strength = (rng.below(10) < 3).then(|| 0.1 + 0.9 * rng.unit());
        let tie = Tie {
            a: Party::Contact(ids[u as usize]),
            b: Party::Contact(ids[v as usize]),
            strength,
            source: TieSource::Import,
        };
        if net.set_tie(tie)? {
            made += 1;
            ends.push(u);
            ends.push(v);
        }
    }
    let mut mine = 0usize;
    let mut attempts = 0usize;
    while mine < options.my_ties.min(n) && attempts < options.my_ties.saturating_mul(4) + 16 {
        attempts += 1;
        let v = rng.below(n as u64) as usize;
        let tie = Tie {
            a: Party::Me,
            b: Party::Contact(ids[v]),
            strength: Some(0.2 + 0.8 * rng.unit()),
            source: TieSource::Linkedin,
        };
        if net.set_tie(tie)? {
            mine += 1;
        }
    }
    Ok(())
}

/// Generates a network. See [`SyntheticOptions`].
///
/// # Errors
/// None in practice (the generated data is valid by construction); the
/// `Result` keeps the library free of panics.
pub fn generate(options: &SyntheticOptions) -> Result<Network> {
    let mut rng = SplitMix64::new(options.seed);
    let mut net = Network::default();
    let industries: Vec<IndustryId> = (0..options.industries.max(1))
        .map(|i| net.add_industry(Industry::named(&format!("Industry {i}"))))
        .collect::<Result<_>>()?;
    let mut companies: Vec<CompanyId> = Vec::with_capacity(options.companies);
    for i in 0..options.companies.max(1) {
        let mut c = Company::named(&format!("Company {i}"));
        // Companies cluster in industries: neighbouring companies share one.
        c.industry = industries
            .get(i * industries.len() / options.companies.max(1))
            .copied();
        companies.push(net.add_company(c)?);
    }
    let offset = FixedOffset::west_opt(5 * 3600).unwrap_or(Utc.fix());
    let base = options
        .start
        .and_hms_opt(9, 0, 0)
        .and_then(|d| d.and_local_timezone(offset).single())
        .unwrap_or_default();
    let mut ids: Vec<ContactId> = Vec::with_capacity(options.contacts);
    for i in 0..options.contacts {
        let first = FIRST
            .get(rng.below(FIRST.len() as u64) as usize)
            .copied()
            .unwrap_or("Ana");
        let last = LAST
            .get(rng.below(LAST.len() as u64) as usize)
            .copied()
            .unwrap_or("Lee");
        // Heavy-tailed company sizes: u³ puts most people in the first few.
        let k = (rng.unit().powi(3) * companies.len() as f64) as usize;
        let mut c = Contact::new(&format!("{first} {last}"), options.start);
        c.company = companies.get(k).copied();
        c.emails.push(format!(
            "{}.{}.{i}@company{k}.example",
            first.to_lowercase(),
            last.to_lowercase()
        ));
        let title = TITLES
            .get(rng.below(TITLES.len() as u64) as usize)
            .copied()
            .unwrap_or("Manager");
        c.title = Some(title.to_string());
        c.seniority = Seniority::from_title(title);
        ids.push(net.add_contact(c)?);
    }
    add_ties(&mut net, &mut rng, options, &ids, &companies)?;
    if options.entries_per_contact > 0 {
        for &id in &ids {
            let start = base + Duration::hours(rng.below(24 * 60) as i64);
            let plan = life(start);
            let take = rng.below(plan.len() as u64 + 1) as usize;
            for (step, event) in plan
                .into_iter()
                .take(take.min(options.entries_per_contact))
                .enumerate()
            {
                net.log(id, start + Duration::days(step as i64 * 3), event, "")?;
            }
            let done = net.entries(id).len();
            for step in done..options.entries_per_contact {
                net.log(
                    id,
                    start + Duration::days(step as i64 * 3 + 1),
                    Event::Note,
                    "",
                )?;
            }
        }
    }
    Ok(net)
}
