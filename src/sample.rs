//! Built-in sample data: the persona of the seed text, for the `quickstart`
//! example, documentation, tests and benches.

use crate::error::Result;
use crate::model::{Company, CompanySize, Contact, Industry, Profile, Seniority, SkillDemand};
use crate::network::Network;
use crate::skill::Skill;
use crate::SkillRating;
use chrono::NaiveDate;

/// A day of 2026 (the fixed data's year).
fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap_or_default()
}

/// Maya Chen, a teacher candidate finishing a Master of Teaching who wants
/// work outside the classroom — the reader of the seed text. She has a
/// secondary-school teacher's skills, four industries she is curious about,
/// a company in each and a contact or two there.
///
/// ```
/// let net = inroads::sample::teacher_candidate()?;
/// assert_eq!(net.profile().name, "Maya Chen");
/// assert!(net.contacts().len() >= 5);
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// None in practice: the data is fixed. The `Result` keeps the library free
/// of panics.
pub fn teacher_candidate() -> Result<Network> {
    let list: &[(&str, u8, u8)] = &[
        ("Instructing", 5, 5),
        ("Learning Strategies", 5, 5),
        ("Education and Training", 5, 4),
        ("Speaking", 4, 4),
        ("Writing", 4, 4),
        ("English Language", 4, 4),
        ("Social Perceptiveness", 4, 4),
        ("Monitoring", 4, 2),
        ("Psychology", 3, 4),
        ("Coordination", 4, 3),
        ("Time Management", 4, 2),
        ("Active Listening", 4, 3),
        ("Microsoft PowerPoint", 4, 3),
        ("Curriculum Design", 4, 5),
        ("Project Management", 3, 4),
    ];
    let profile = Profile {
        name: "Maya Chen".into(),
        background: "I am finishing a Master of Teaching at the University of Toronto, \
                     where I designed and taught secondary English and history units"
            .into(),
        skills: skills(list)?,
        target_industries: Vec::new(),
        target_fields: Vec::new(),
        timezone: None,
        interests: None,
        job_zone: Some(crate::interests::JobZone::new(5)?),
    };
    persona(
        profile,
        &[
            IndustrySpec {
                name: "Education Technology",
                notes: "Start-ups and publishers building learning software; hire former \
                        teachers as learning designers and customer educators.",
                naics: "513000",
                demands: &[
                    ("Curriculum Design", 1.0),
                    ("Instructing", 0.6),
                    ("Project Management", 0.7),
                    ("Programming", 0.3),
                ],
                target: true,
            },
            IndustrySpec {
                name: "Museums & Cultural Heritage",
                notes: "Education departments run school programmes and public talks.",
                naics: "712000",
                demands: &[
                    ("Instructing", 0.9),
                    ("Speaking", 0.8),
                    ("History and Archeology", 0.7),
                ],
                target: true,
            },
            IndustrySpec {
                name: "Corporate Learning & Development",
                notes: "",
                naics: "611000",
                demands: &[
                    ("Learning Strategies", 1.0),
                    ("Training and Development", 0.9),
                    ("Microsoft PowerPoint", 0.5),
                ],
                target: true,
            },
            IndustrySpec {
                name: "Non-profit Literacy",
                notes: "",
                naics: "",
                demands: &[],
                target: false,
            },
        ],
        &[
            (
                "Lumen Learning Labs",
                0,
                "https://lumenlabs.example",
                "Toronto, ON",
                CompanySize::Medium,
                "Makes a reading platform for grades 6-10; raised a Series B in 2025.",
            ),
            (
                "Harbourfront Museum",
                1,
                "https://harbourfront-museum.example",
                "Toronto, ON",
                CompanySize::Small,
                "",
            ),
            (
                "Northwind Financial",
                2,
                "https://northwind.example",
                "Toronto, ON",
                CompanySize::Enterprise,
                "Runs an internal academy for 4,000 staff.",
            ),
            (
                "Open Doors Literacy",
                3,
                "https://opendoors.example",
                "Toronto, ON",
                CompanySize::Micro,
                "Adult literacy charity; volunteers tutor twice a week.",
            ),
        ],
        &[
            PersonSpec {
                name: "Priya Raman",
                title: "Director of Learning Experience",
                company: Some(0),
                email: "priya.raman@lumenlabs.example",
                tag: "alumni",
                how_met: "Fellow U of T alumna, found through the alumni directory",
                created: day(1, 12),
            },
            PersonSpec {
                name: "Tom Okafor",
                title: "Education Programs Manager",
                company: Some(1),
                email: "tom.okafor@harbourfront-museum.example",
                tag: "",
                how_met: "Led the school tour my practicum class took",
                created: day(1, 20),
            },
            PersonSpec {
                name: "Sam Whitaker",
                title: "Sr. Manager, Talent Development",
                company: Some(2),
                email: "",
                tag: "",
                how_met: "",
                created: day(2, 2),
            },
            PersonSpec {
                name: "Elena Petrova",
                title: "Executive Director",
                company: Some(3),
                email: "elena@opendoors.example",
                tag: "volunteer",
                how_met: "I volunteered as a tutor in 2024",
                created: day(2, 3),
            },
            PersonSpec {
                name: "Jordan Lee",
                title: "Career Educator",
                company: None,
                email: "jordan.lee@utoronto.example",
                tag: "workshop",
                how_met: "Ran the 'Employment Opportunities Outside the Classroom' workshop",
                created: day(1, 8),
            },
        ],
    )
}

/// An industry of a persona built by [`persona`].
struct IndustrySpec<'a> {
    name: &'a str,
    notes: &'a str,
    naics: &'a str,
    demands: &'a [(&'a str, f64)],
    target: bool,
}

/// A company of a persona: its name, the index of its industry in the
/// persona's list, website, location, size, notes.
type CompanySpec<'a> = (&'a str, usize, &'a str, &'a str, CompanySize, &'a str);

/// A contact of a persona; `company` is an index into the persona's
/// companies.
struct PersonSpec<'a> {
    name: &'a str,
    title: &'a str,
    company: Option<usize>,
    email: &'a str,
    tag: &'a str,
    how_met: &'a str,
    created: NaiveDate,
}

/// Builds a persona's network from plain lists.
fn persona(
    profile: Profile,
    industries: &[IndustrySpec<'_>],
    companies: &[CompanySpec<'_>],
    people: &[PersonSpec<'_>],
) -> Result<Network> {
    let mut net = Network::new(profile)?;
    let mut industry_ids = Vec::new();
    for i in industries {
        let id = net.add_industry(Industry {
            name: i.name.into(),
            notes: i.notes.into(),
            demands: i
                .demands
                .iter()
                .map(|(s, w)| {
                    Ok(SkillDemand {
                        skill: Skill::new(s)?,
                        weight: *w,
                    })
                })
                .collect::<Result<_>>()?,
            naics: (!i.naics.is_empty()).then(|| i.naics.to_string()),
        })?;
        if i.target {
            net.add_target_industry(id)?;
        }
        industry_ids.push(id);
    }
    let mut company_ids = Vec::new();
    for (name, industry, website, location, size, notes) in companies {
        company_ids.push(net.add_company(Company {
            name: (*name).into(),
            industry: industry_ids.get(*industry).copied(),
            website: Some((*website).into()),
            location: Some((*location).into()),
            size: Some(*size),
            notes: (*notes).into(),
            aliases: Vec::new(),
        })?);
    }
    for p in people {
        net.add_contact(contact(
            p,
            p.company.and_then(|i| company_ids.get(i).copied()),
        ))?;
    }
    Ok(net)
}

fn contact(p: &PersonSpec<'_>, company: Option<crate::CompanyId>) -> Contact {
    let mut c = Contact::new(p.name, p.created);
    c.title = Some(p.title.to_string());
    c.seniority = Seniority::from_title(p.title);
    c.company = company;
    if !p.email.is_empty() {
        c.emails.push(p.email.to_string());
    }
    if !p.tag.is_empty() {
        c.tags.push(p.tag.to_string());
    }
    if !p.how_met.is_empty() {
        c.how_met = Some(p.how_met.to_string());
    }
    c
}

fn skills(list: &[(&str, u8, u8)]) -> Result<Vec<SkillRating>> {
    list.iter()
        .map(|(name, p, e)| SkillRating::new(name, *p, *e))
        .collect()
}

/// Dana Okoye, an ICU nurse of nine years moving into health technology
/// (clinical informatics, EHR training, product roles at health-software
/// companies). Her skills are written as a nurse writes them on a résumé —
/// "Patient care", "EHR", "Critical care" — not in O\*NET's words; she has
/// a bachelor's degree in nursing (job zone 4) and gives no interests, so
/// the fit infers them from the skills she enjoys most.
///
/// ```
/// # #[cfg(feature = "onet")] {
/// use inroads::{fit, sample, Catalog, FitOptions};
/// let net = sample::nurse_moving_to_health_tech()?;
/// let report = fit(net.profile(), net.industries(), Catalog::builtin()?, &FitOptions::default());
/// assert!(report.occupations[..5].iter().any(|o| o.title.contains("Nurses")));
/// assert!(report.unmatched.is_empty());
/// # }
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// None in practice: the data is fixed.
pub fn nurse_moving_to_health_tech() -> Result<Network> {
    let profile = Profile {
        name: "Dana Okoye".into(),
        background: "I have been an ICU nurse at a teaching hospital for nine years and led our \
                     unit's move to a new electronic health record"
            .into(),
        skills: skills(&[
            ("Patient care", 5, 4),
            ("Critical care", 5, 4),
            ("Nursing", 5, 4),
            ("Medication administration", 5, 3),
            ("Patient education", 4, 5),
            ("Care coordination", 4, 4),
            ("Triage", 4, 3),
            ("EHR", 4, 5),
            ("Epic", 4, 5),
            ("Infection control", 4, 2),
            ("Microsoft Excel", 3, 4),
            ("Data analysis", 2, 5),
            ("Mentoring", 4, 5),
            ("Teamwork", 5, 4),
        ])?,
        target_industries: Vec::new(),
        target_fields: Vec::new(),
        timezone: Some("America/Chicago".into()),
        interests: None,
        job_zone: Some(crate::interests::JobZone::new(4)?),
    };
    persona(
        profile,
        &[
            IndustrySpec {
                name: "Health software",
                notes: "EHR vendors and digital-health start-ups; hire nurses as clinical \
                        informaticists, trainers and product specialists.",
                naics: "513000",
                demands: &[("EHR", 1.0), ("Mentoring", 0.8), ("Data analysis", 0.7)],
                target: true,
            },
            IndustrySpec {
                name: "Hospital IT and informatics",
                notes: "Clinical informatics teams inside health systems.",
                naics: "622000",
                demands: &[("Epic", 1.0), ("Nursing", 0.8), ("Project management", 0.6)],
                target: true,
            },
        ],
        &[
            (
                "Northstar Health Software",
                0,
                "https://northstar-health.example",
                "Chicago, IL",
                CompanySize::Large,
                "Builds an EHR for community hospitals; has a clinical advisory team.",
            ),
            (
                "Lakeshore Medical Center",
                1,
                "https://lakeshore-medical.example",
                "Chicago, IL",
                CompanySize::Enterprise,
                "My hospital's sister site; runs a nursing-informatics fellowship.",
            ),
        ],
        &[
            PersonSpec {
                name: "Sam Rivera",
                title: "Director of Clinical Informatics",
                company: Some(1),
                email: "sam.rivera@lakeshore-medical.example",
                tag: "colleague",
                how_met: "Led the EHR go-live I was a super-user for",
                created: day(2, 23),
            },
            PersonSpec {
                name: "Grace Liu",
                title: "Clinical Product Manager",
                company: Some(0),
                email: "",
                tag: "alumni",
                how_met: "Nursing-school classmate, now in product",
                created: day(2, 24),
            },
        ],
    )
}

/// Luis Ortega, a warehouse shift supervisor of eight years moving into
/// supply-chain planning and logistics analysis. Skills in a warehouse's
/// own words ("Inventory management", "Forklift operation", "Shipping and
/// receiving"); a high school diploma and a forklift certificate (job zone
/// 2), interests given as a Holland code (`ECR`).
///
/// ```
/// # #[cfg(feature = "onet")] {
/// use inroads::{fit, sample, Catalog, FitOptions};
/// let net = sample::warehouse_supervisor_to_logistics()?;
/// let report = fit(net.profile(), net.industries(), Catalog::builtin()?, &FitOptions::default());
/// assert!(report.occupations[..5].iter().any(|o| o.title.contains("Supervisors")));
/// # }
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// None in practice: the data is fixed.
pub fn warehouse_supervisor_to_logistics() -> Result<Network> {
    let profile = Profile {
        name: "Luis Ortega".into(),
        background: "I have run the night shift at a 400,000 square-foot distribution centre \
                     for eight years"
            .into(),
        skills: skills(&[
            ("Inventory management", 5, 4),
            ("Shipping and receiving", 5, 3),
            ("Forklift operation", 5, 2),
            ("Team leadership", 4, 5),
            ("Workplace safety", 4, 3),
            ("Logistics", 4, 5),
            ("Microsoft Excel", 3, 4),
            ("Coaching", 4, 4),
            ("Process improvement", 3, 5),
            ("Quality control", 3, 3),
        ])?,
        target_industries: Vec::new(),
        target_fields: Vec::new(),
        timezone: Some("America/New_York".into()),
        interests: Some(crate::interests::Interests::from_holland("ECR")?),
        job_zone: Some(crate::interests::JobZone::new(2)?),
    };
    persona(
        profile,
        &[
            IndustrySpec {
                name: "Third-party logistics",
                notes: "Warehousing and freight companies that plan for many shippers.",
                naics: "493000",
                demands: &[("Logistics", 1.0), ("Inventory management", 0.8)],
                target: true,
            },
            IndustrySpec {
                name: "Wholesale distribution",
                notes: "",
                naics: "423000",
                demands: &[("Inventory management", 1.0), ("Microsoft Excel", 0.6)],
                target: false,
            },
        ],
        &[(
            "Harbor Freight Partners",
            0,
            "https://harbor-freight-partners.example",
            "Newark, NJ",
            CompanySize::Large,
            "Runs six cross-docks; posts planner roles every spring.",
        )],
        &[PersonSpec {
            name: "Angela Brooks",
            title: "Director of Supply Chain Planning",
            company: Some(0),
            email: "angela.brooks@harbor-freight-partners.example",
            tag: "former manager",
            how_met: "Was my operations manager until 2023",
            created: day(3, 2),
        }],
    )
}

/// The persona a few weeks into her search, as of 2 March 2026: three
/// requests sent, two meetings held, a referral, a lead — and a thank-you,
/// a follow-up and an uncontacted referral due. The `quickstart` example
/// prints its plan for that day.
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::{plan, ActionKind, PlanOptions};
/// let net = inroads::sample::teacher_candidate_weeks_later()?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let kinds: Vec<_> = plan(&net, &PlanOptions::default(), today)?.iter().map(|a| a.kind).collect();
/// assert!(kinds.contains(&ActionKind::ThankYou));
/// assert!(kinds.contains(&ActionKind::FollowUp));
/// assert!(kinds.contains(&ActionKind::ContactReferral));
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// None in practice: the data is fixed.
pub fn teacher_candidate_weeks_later() -> Result<Network> {
    use crate::journal::{Answer, Channel, Event, Meeting, MeetingNotes};
    use crate::model::{Cadence, Lead, LeadStatus};
    use chrono::{DateTime, FixedOffset};

    let mut net = teacher_candidate()?;
    // Toronto in February: UTC-5.
    let at = |s: &str| -> Result<DateTime<FixedOffset>> {
        DateTime::parse_from_rfc3339(s)
            .map_err(|e| crate::Error::invalid("date-time", s, e.to_string()))
    };
    let priya = net.resolve_contact("Priya Raman")?;
    let tom = net.resolve_contact("Tom Okafor")?;
    let sam = net.resolve_contact("Sam Whitaker")?;
    let elena = net.resolve_contact("Elena Petrova")?;
    let email = Event::RequestSent {
        channel: Channel::Email,
    };

    net.log(priya, at("2026-02-02T09:00:00-05:00")?, email.clone(), "")?;
    net.log(tom, at("2026-02-02T09:15:00-05:00")?, email, "")?;
    net.log(
        priya,
        at("2026-02-03T12:40:00-05:00")?,
        Event::ReplyReceived,
        "Happy to chat",
    )?;
    let mut m = Meeting::at(at("2026-02-10T10:00:00-05:00")?);
    m.place = Some("https://meet.example/priya".into());
    net.schedule_meeting(
        priya,
        at("2026-02-03T13:00:00-05:00")?,
        m,
        crate::OverlapPolicy::Refuse,
    )?;
    net.log(
        tom,
        at("2026-02-05T16:20:00-05:00")?,
        Event::ReplyReceived,
        "",
    )?;
    net.log(
        priya,
        at("2026-02-10T10:30:00-05:00")?,
        Event::MeetingHeld,
        "",
    )?;
    net.log(
        priya,
        at("2026-02-10T11:00:00-05:00")?,
        Event::MeetingNotes {
            notes: MeetingNotes {
                answers: vec![
                    Answer {
                        question: "started".into(),
                        text: "Taught middle-school science for six years, then joined Lumen as a content writer".into(),
                    },
                    Answer {
                        question: "enjoy".into(),
                        text: "Seeing a lesson she designed used by thousands of classrooms".into(),
                    },
                ],
                advice: vec!["build a portfolio of two or three learning-design samples".into()],
                names_mentioned: vec!["Alex Kim".into()],
                promises: vec!["send her my portfolio when it is ready".into()],
            },
        },
        "",
    )?;
    net.log(
        priya,
        at("2026-02-10T18:00:00-05:00")?,
        Event::ThankYouSent,
        "",
    )?;
    net.log(
        priya,
        at("2026-02-10T18:00:00-05:00")?,
        Event::ReferralsAsked,
        "",
    )?;
    let mut alex = Contact::new("Alex Kim", day(2, 10));
    alex.title = Some("Senior Instructional Designer".into());
    alex.seniority = Seniority::from_title("Senior Instructional Designer");
    alex.company = net.find_company("Northwind Financial");
    alex.emails.push("alex.kim@northwind.example".into());
    alex.how_met = Some("Referred by Priya Raman".into());
    let alex = net.add_contact(alex)?;
    net.log(
        priya,
        at("2026-02-11T09:00:00-05:00")?,
        Event::ReferralReceived { to: alex },
        "Priya emailed an introduction",
    )?;
    net.log(
        sam,
        at("2026-02-16T08:30:00-05:00")?,
        Event::RequestSent {
            channel: Channel::Linkedin,
        },
        "",
    )?;
    let mut m = Meeting::at(at("2026-02-26T14:00:00-05:00")?);
    m.place = Some("Harbourfront Museum, education office".into());
    net.schedule_meeting(
        tom,
        at("2026-02-06T09:00:00-05:00")?,
        m,
        crate::OverlapPolicy::Refuse,
    )?;
    net.log(
        tom,
        at("2026-02-26T14:30:00-05:00")?,
        Event::MeetingHeld,
        "",
    )?;
    net.log(
        tom,
        at("2026-02-26T15:00:00-05:00")?,
        Event::MeetingNotes {
            notes: MeetingNotes {
                answers: vec![Answer {
                    question: "challenges".into(),
                    text: "Booking enough school groups in the winter term".into(),
                }],
                advice: vec!["volunteer on the weekend family programmes to get known".into()],
                names_mentioned: Vec::new(),
                promises: Vec::new(),
            },
        },
        "",
    )?;
    net.add_lead(
        Lead {
            contact: tom,
            company: net.find_company("Harbourfront Museum"),
            role: "Museum Educator (12-month contract)".into(),
            posted: Some("internal posting, opens in March".into()),
            learned: day(2, 26),
            status: LeadStatus::Heard,
            notes: String::new(),
        },
        at("2026-02-26T15:05:00-05:00")?,
    )?;
    net.set_tag_cadence("volunteer", Some(Cadence::new(21, 45, None)))?;
    let mut e = net
        .contact(elena)
        .cloned()
        .unwrap_or_else(|| Contact::new("Elena Petrova", day(2, 3)));
    e.notes = "Runs the tutor programme; asked me to stay in touch.".into();
    net.update_contact(elena, e)?;
    Ok(net)
}

/// The persona's network as of 2 March 2026: [`teacher_candidate_weeks_later`]
/// plus who knows whom — her own ties, her contacts' colleagues, a few
/// friends of friends in the fields she targets, and a museum where she
/// knows nobody yet. The `quickstart` example shows its warmest paths,
/// coverage gaps and suggestions.
///
/// ```
/// use chrono::NaiveDate;
/// let net = inroads::sample::teacher_candidate_network()?;
/// let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let gaps = inroads::coverage(&net, today)?.gaps;
/// assert!(gaps.contains(&"Gardiner Gallery".to_string()));
/// # Ok::<(), inroads::Error>(())
/// ```
///
/// # Errors
/// None in practice: the data is fixed.
pub fn teacher_candidate_network() -> Result<Network> {
    use crate::catalog::FieldCode;
    use crate::ties::{Party, Tie, TieSource};

    let mut net = teacher_candidate_weeks_later()?;
    let museums = net.resolve_industry("Museums & Cultural Heritage")?;
    let mut gallery = Company::named("Gardiner Gallery");
    gallery.industry = Some(museums);
    gallery.location = Some("Toronto, ON".into());
    net.add_company(gallery)?;

    let mut profile = net.profile().clone();
    profile.target_fields = vec![FieldCode::parse("13")?, FieldCode::parse("11")?];
    net.set_profile(profile)?;

    let people: [(&str, &str, &str, &str); 3] = [
        (
            "Nadia Ivanova",
            "Training Manager",
            "Northwind Financial",
            "13",
        ),
        (
            "Grace Park",
            "Learning Experience Designer",
            "Lumen Learning Labs",
            "13",
        ),
        (
            "Ben Schmidt",
            "Director of Product",
            "Lumen Learning Labs",
            "11",
        ),
    ];
    for (name, title, company, field) in people {
        let mut c = Contact::new(name, day(3, 1));
        c.title = Some(title.into());
        c.seniority = Seniority::from_title(title);
        c.company = net.find_company(company);
        c.field = Some(FieldCode::parse(field)?);
        net.add_contact(c)?;
    }
    for (name, field) in [
        ("Priya Raman", "11"),
        ("Sam Whitaker", "13"),
        ("Alex Kim", "13"),
        ("Tom Okafor", "25"),
        ("Jordan Lee", "21"),
        ("Elena Petrova", "11"),
    ] {
        let id = net.resolve_contact(name)?;
        if let Some(mut c) = net.contact(id).cloned() {
            c.field = Some(FieldCode::parse(field)?);
            net.update_contact(id, c)?;
        }
    }
    let p = |net: &Network, name: &str| net.resolve_contact(name).map(Party::Contact);
    let ties: [(&str, &str, Option<f64>); 9] = [
        ("@me", "Jordan Lee", Some(0.8)),
        ("@me", "Elena Petrova", Some(0.7)),
        ("Jordan Lee", "Sam Whitaker", Some(0.6)),
        ("Jordan Lee", "Nadia Ivanova", Some(0.3)),
        ("Sam Whitaker", "Nadia Ivanova", Some(0.9)),
        ("Priya Raman", "Grace Park", Some(0.9)),
        ("Priya Raman", "Ben Schmidt", Some(0.4)),
        ("Elena Petrova", "Tom Okafor", None),
        ("Alex Kim", "Nadia Ivanova", Some(0.8)),
    ];
    for (a, b, strength) in ties {
        let a = if a == "@me" { Party::Me } else { p(&net, a)? };
        let b = p(&net, b)?;
        net.set_tie(Tie {
            a,
            b,
            strength,
            source: TieSource::Manual,
        })?;
    }
    Ok(net)
}
