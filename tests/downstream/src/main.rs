//! The seven steps of the informational interview, as a front end other
//! than the examples would write them: public API only, every result read
//! back from its JSON as a web client would.
//!
//! Persona: Dana Okoye, an ICU nurse of nine years looking at health
//! technology. Exits non-zero (with the failed check) if the API cannot do
//! what a front end needs.

use chrono::{DateTime, FixedOffset, NaiveDate};
use inroads::{
    Amendment, Catalog, Channel, Company, Contact, Correction, Education, Error, ErrorKind, Event,
    FitOptions, Industry, InterestSource, MatchHow, Meeting, MeetingNotes, Network, OverlapPolicy,
    Party, PathOptions, PlanOptions, Profile, Seniority, SkillRating, Stage, SuggestOptions,
    Target, Tie,
};

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("a fixed test time")
}

/// Serialises a result and reads it back, as a browser client would.
fn round_trip<T>(value: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let text = serde_json::to_string(value).expect("serialises");
    let back: T = serde_json::from_str(&text).expect("reads back");
    assert_eq!(&back, value, "JSON round trip");
    back
}

fn main() -> Result<(), Error> {
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).expect("a date");

    // Step 1: skills, and the ones she enjoys.
    let mut net = Network::new(Profile {
        name: "Dana Okoye".into(),
        background: "Nine years as an ICU nurse at a teaching hospital".into(),
        skills: vec![
            SkillRating::new("Critical Thinking", 5, 4)?,
            SkillRating::new("Monitoring", 5, 3)?,
            SkillRating::new("Medicine and Dentistry", 4, 4)?,
            SkillRating::new("Instructing", 4, 5)?,
            SkillRating::new("Active Listening", 5, 4)?,
        ],
        target_industries: Vec::new(),
        target_fields: Vec::new(),
        timezone: None,
        // The skills she enjoys, as Holland's interests; a BSN as a job zone.
        interests: Some("SIC".parse()?),
        job_zone: Some(Education::Bachelor.job_zone()),
    })?;
    // Everyday words are read into the catalogue's terms, and say how.
    net.add_skill(SkillRating::new("Patient care", 5, 4)?)?;
    net.add_skill(SkillRating::new("EHR", 4, 5)?)?;
    net.add_skill(SkillRating::new("Coordination", 4, 3)?)?;
    // A duplicate is a typed error a form can point at.
    match net.add_skill(SkillRating::new("coordination", 3, 3)?) {
        Err(e) if matches!(e.kind(), ErrorKind::Duplicate { .. }) => {}
        other => panic!("expected a duplicate, got {other:?}"),
    }

    // Step 2: where the skills transfer, and companies there.
    let catalog = Catalog::builtin()?;
    let report = inroads::fit(
        net.profile(),
        net.industries(),
        catalog,
        &FitOptions::default(),
    );
    assert!(!report.occupations.is_empty());
    assert!(report.unmatched.is_empty(), "{:?}", report.unmatched);
    let ehr = report
        .matched
        .iter()
        .find(|m| m.skill.name() == "EHR")
        .expect("EHR matched");
    assert_eq!(ehr.how, MatchHow::Synonym);
    assert!(matches!(
        report.interests.as_ref().map(|i| &i.source),
        Some(InterestSource::Given)
    ));
    // Registered Nurses near the top, with BLS figures to show.
    let rn = report.occupations[..5]
        .iter()
        .find(|o| o.code.as_str().starts_with("29-1141"))
        .expect("a nursing occupation in the top 5");
    assert!(rn.employment.is_some() && rn.median_wage.is_some());
    round_trip(&report);
    // Occupations like her best match, for the next step's search, and the
    // ranking by skills alone when a front end offers it.
    let related = catalog
        .related_occupations(rn.code.as_str(), 5)
        .expect("a catalogue code");
    assert!(related
        .iter()
        .all(|r| r.code != rn.code && r.similarity > 0.0));
    round_trip(&related);
    let mut skills_only = FitOptions::default();
    skills_only.related_share = 0.0;
    skills_only.validate()?;
    let plain = inroads::fit(net.profile(), net.industries(), catalog, &skills_only);
    assert!(plain.occupations.iter().all(|o| o.near.is_none()));
    assert_eq!(plain.occupations.len(), report.occupations.len());
    // Where those occupations employ people (BLS OEWS).
    let industries = inroads::LabourMarket::builtin()?.rank_for(&net, catalog, 5);
    assert!(
        industries[0].name.contains("Health Care"),
        "{:?}",
        industries[0].name
    );
    round_trip(&industries);
    let health_it = net.add_industry(Industry {
        name: "Health Technology".into(),
        notes: String::new(),
        demands: Vec::new(),
        naics: None,
    })?;
    net.add_target_industry(health_it)?;
    let mut epic = Company::named("Epic Systems");
    epic.industry = Some(health_it);
    let epic = net.add_company(epic)?;

    // Step 3: a manager there, and a request for 20-30 minutes.
    let mut lee = Contact::new("Jordan Lee", today);
    lee.title = Some("Clinical Informatics Manager".into());
    lee.seniority = Seniority::Manager;
    lee.company = Some(epic);
    lee.emails.push("jordan.lee@epic.example".into());
    let lee = net.add_contact(lee)?;
    let draft = inroads::draft(&net, lee, inroads::DraftKind::Request, &Default::default())?;
    assert!(draft.body.contains("Jordan"));
    let request = net.log(
        lee,
        at("2026-03-02T09:00:00-06:00"),
        Event::RequestSent {
            channel: Channel::Email,
        },
        "",
    )?;
    let recorded = round_trip(&inroads::recorded(&net, request)?);
    assert_eq!(recorded.stage, Stage::Requested);
    // A typo in the note, fixed by a correction that keeps the rest.
    net.correct(
        request,
        Correction::Amend(Amendment {
            note: Some("sent from my personal address".into()),
            ..Amendment::default()
        }),
    )?;

    // Step 4: a reply and a meeting.
    net.log(
        lee,
        at("2026-03-03T10:00:00-06:00"),
        Event::ReplyReceived,
        "",
    )?;
    let meeting = Meeting {
        start: at("2026-03-05T15:00:00-06:00"),
        minutes: 30,
        place: Some("video call".into()),
    };
    net.schedule_meeting(
        lee,
        at("2026-03-03T10:05:00-06:00"),
        meeting,
        OverlapPolicy::Refuse,
    )?;

    // Step 5: research beforehand.
    let brief = round_trip(&inroads::brief(&net, lee, &Default::default())?);
    assert!(brief
        .known
        .iter()
        .any(|k| k.to_string() == "works at Epic Systems"));

    // Step 6: the meeting, and what was said.
    net.log(lee, at("2026-03-05T15:30:00-06:00"), Event::MeetingHeld, "")?;
    net.log(
        lee,
        at("2026-03-05T16:00:00-06:00"),
        Event::MeetingNotes {
            notes: MeetingNotes {
                advice: vec!["Get the Epic certification".into()],
                ..MeetingNotes::default()
            },
        },
        "",
    )?;

    // Step 7: thanks, referrals, and the next person.
    net.log(
        lee,
        at("2026-03-05T18:00:00-06:00"),
        Event::ThankYouSent,
        "",
    )?;
    net.log(
        lee,
        at("2026-03-05T18:01:00-06:00"),
        Event::ReferralsAsked,
        "",
    )?;
    let mut sam = Contact::new("Sam Rivera", today);
    sam.company = Some(epic);
    sam.seniority = Seniority::Director;
    let sam = net.add_contact(sam)?;
    net.log(
        lee,
        at("2026-03-06T09:00:00-06:00"),
        Event::ReferralReceived { to: sam },
        "",
    )?;
    net.set_tie(Tie {
        strength: Some(0.8),
        ..Tie::between(Party::Me, Party::Contact(lee))
    })?;

    // What a dashboard shows: the plan, the network, the views.
    let plan = inroads::plan(
        &net,
        &PlanOptions::default(),
        NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date"),
    )?;
    round_trip(&plan);
    assert!(
        plan.iter().any(|a| a.contact == sam),
        "the referral is due: {plan:?}"
    );
    let path = round_trip(&inroads::warm_path(
        &net,
        Target::Contact(sam),
        &PathOptions::default(),
        today,
    )?);
    let best = path.best.expect("a path through Jordan");
    assert_eq!(best.path.len(), 3);
    let reach = round_trip(&inroads::reach(&net, inroads::Hops::default(), today)?);
    assert_eq!(reach.total, 2);
    let options = SuggestOptions::from_fit(&report, catalog);
    round_trip(&inroads::suggest(&net, &options, today)?);
    let detail = round_trip(&inroads::contact_detail(&net, lee)?);
    assert_eq!(detail.stage, Stage::ReferralsAsked);
    round_trip(&inroads::company_detail(&net, epic)?);
    round_trip(&inroads::journal_view(&net, lee)?);
    round_trip(&inroads::meeting_list(&net));
    round_trip(&inroads::contact_summaries(&net));

    // The whole network, kept client-side: to JSON and back.
    let saved = inroads::store::to_json(&net)?;
    let back = inroads::store::from_json(&saved)?;
    assert_eq!(back, net);

    // Errors a front end can show and route on.
    let err = net
        .log(
            sam,
            at("2026-03-07T09:00:00-06:00"),
            Event::ThankYouSent,
            "",
        )
        .unwrap_err();
    let json = serde_json::to_value(&err).expect("errors serialise");
    assert_eq!(json["kind"], "invalid-transition");
    assert_eq!(json["details"]["event"], "thank-you-sent");
    assert_eq!(json["details"]["stage"], "identified");

    println!(
        "downstream: the seven steps through the public API, {} contacts, plan of {} actions, reach {}",
        net.contacts().len(),
        plan.len(),
        reach.total
    );
    Ok(())
}
