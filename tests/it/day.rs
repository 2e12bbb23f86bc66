//! Issue 23: a day in the job search, right. The plan on the day it
//! matters: a thank-you on the day of the meeting, a cadence that counts
//! from when it was set, a reply that asks for a meeting.

use crate::day;
use chrono::{DateTime, FixedOffset};
use inroads::{
    plan, ActionKind, Cadence, Channel, Contact, ContactEdit, Event, Meeting, Network, PlanOptions,
    Profile, Reason,
};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A request by email, at `at`.
fn ask(net: &mut Network, c: inroads::ContactId, at: &str) {
    net.log(
        c,
        t(at),
        Event::RequestSent {
            channel: Channel::Email,
        },
        "",
    )
    .unwrap();
}

/// A 30-minute meeting starting at `start`, agreed at `at`.
fn schedule(net: &mut Network, c: inroads::ContactId, at: &str, start: &str) {
    let meeting = Meeting {
        start: t(start),
        minutes: 30,
        place: None,
    };
    net.schedule_meeting(c, t(at), meeting, inroads::OverlapPolicy::Refuse)
        .unwrap();
}

fn kinds(net: &Network, today: chrono::NaiveDate) -> Vec<(ActionKind, bool)> {
    plan(net, &PlanOptions::default(), today)
        .unwrap()
        .iter()
        .map(|a| (a.kind, a.overdue))
        .collect()
}

fn met_friday() -> (Network, inroads::ContactId) {
    let mut net = Network::default();
    let k = net
        .add_contact(Contact::new("Kofi Asante", day(2027, 2, 1)))
        .unwrap();
    ask(&mut net, k, "2027-02-22T09:00:00-05:00");
    schedule(
        &mut net,
        k,
        "2027-02-23T09:00:00-05:00",
        "2027-03-05T11:00:00-05:00",
    );
    net.log(k, t("2027-03-05T11:30:00-05:00"), Event::MeetingHeld, "")
        .unwrap();
    (net, k)
}

/// Point 1: after a meeting on Friday 5 March at 11:30, the thank-you is
/// on Friday's plan, due by Saturday 11:30 — not first on Saturday.
#[test]
fn the_thank_you_is_on_the_plan_on_the_day_of_the_meeting() {
    let (net, _) = met_friday();
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 5)).unwrap();
    assert_eq!(p.len(), 1, "{p:?}");
    let a = &p[0];
    assert_eq!(a.kind, ActionKind::ThankYou);
    assert_eq!(
        (a.due, a.deadline, a.overdue),
        (day(2027, 3, 5), day(2027, 3, 6), false)
    );
    match &a.reason {
        Reason::ThankYouDue { by, .. } => assert_eq!(*by, t("2027-03-06T11:30:00-05:00")),
        r => panic!("{r:?}"),
    }
    // Still due, not overdue, on the day of its deadline; overdue after.
    assert_eq!(
        kinds(&net, day(2027, 3, 6)),
        [(ActionKind::ThankYou, false)]
    );
    assert_eq!(kinds(&net, day(2027, 3, 7)), [(ActionKind::ThankYou, true)]);
    // Not before the meeting's day.
    assert!(!kinds(&net, day(2027, 3, 4))
        .iter()
        .any(|(k, _)| *k == ActionKind::ThankYou));
}

/// Point 10: the deadline is counted on the instant and shown in the
/// profile's zone, once: across the change to daylight-saving time a
/// meeting at 23:30 -05:00 has its thank-you due at 00:30 -04:00.
#[test]
fn a_deadline_across_daylight_saving_is_shown_in_the_zone() {
    let profile = Profile {
        timezone: Some("America/Toronto".into()),
        ..Profile::default()
    };
    let mut net = Network::new(profile).unwrap();
    let a = net
        .add_contact(Contact::new("Ana Ruiz", day(2026, 1, 1)))
        .unwrap();
    ask(&mut net, a, "2026-03-01T09:00:00-05:00");
    schedule(
        &mut net,
        a,
        "2026-03-02T09:00:00-05:00",
        "2026-03-07T23:00:00-05:00",
    );
    net.log(a, t("2026-03-07T23:30:00-05:00"), Event::MeetingHeld, "")
        .unwrap();
    let p = plan(&net, &PlanOptions::default(), day(2026, 3, 8)).unwrap();
    let thanks = p.iter().find(|x| x.kind == ActionKind::ThankYou).unwrap();
    assert_eq!(thanks.deadline, day(2026, 3, 9));
    let text = thanks.reason.to_string();
    assert!(text.contains("by 2026-03-09 00:30 -04:00"), "{text}");
    assert!(!text.contains("-05:00"), "{text}");
}

/// Point 3: a 30-day cadence set today for a contact one connected with
/// in 2020 is due in 30 days, not "overdue since 2020"; a real contact
/// after it was set counts from then.
#[test]
fn a_cadence_counts_from_the_day_it_was_set_not_from_connecting() {
    let mut net = Network::default();
    let c = net
        .add_contact(Contact::new("Lena Park", day(2020, 1, 22)))
        .unwrap();
    let mut edit = ContactEdit::default();
    edit.cadence = inroads::Change::Set(Cadence::new(30, 45, Some(day(2026, 12, 6))));
    net.edit_contact(c, &edit).unwrap();
    assert!(kinds(&net, day(2026, 12, 6)).is_empty());
    assert!(kinds(&net, day(2027, 1, 4)).is_empty());
    let p = plan(&net, &PlanOptions::default(), day(2027, 1, 5)).unwrap();
    assert_eq!((p[0].kind, p[0].overdue), (ActionKind::KeepInTouch, false));
    assert_eq!(
        p[0].reason.to_string(),
        "not in touch since you set this cadence on 2026-12-06; aim for every 30 days, at most 45"
    );
    assert_eq!(
        kinds(&net, day(2027, 1, 21)),
        [(ActionKind::KeepInTouch, true)]
    );
    // Without a cadence day (an older file), it counts as before: from
    // the last interaction, else the day the contact was added.
    let old = Cadence::new(30, 45, None);
    assert_eq!(old.since, None);
}

/// Point 4: a contact who replied and has no meeting gets "schedule the
/// meeting" a business day later, and a nudge after a week; scheduling
/// clears it.
#[test]
fn a_reply_without_a_meeting_asks_for_one_then_nudges() {
    let mut net = Network::default();
    let c = net
        .add_contact(Contact::new("Ravi Mehta", day(2027, 1, 1)))
        .unwrap();
    ask(&mut net, c, "2027-02-22T09:00:00+00:00");
    // Replied on Monday 1 March.
    net.log(c, t("2027-03-01T15:00:00+00:00"), Event::ReplyReceived, "")
        .unwrap();
    assert!(kinds(&net, day(2027, 3, 1)).is_empty());
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 2)).unwrap();
    assert_eq!(
        (p[0].kind, p[0].due, p[0].deadline),
        (
            ActionKind::ScheduleMeeting,
            day(2027, 3, 2),
            day(2027, 3, 3)
        )
    );
    assert_eq!(
        p[0].reason,
        Reason::RepliedNoMeeting {
            replied: day(2027, 3, 1),
            nudge: false
        }
    );
    assert_eq!(
        kinds(&net, day(2027, 3, 4)),
        [(ActionKind::ScheduleMeeting, true)]
    );
    let p = plan(&net, &PlanOptions::default(), day(2027, 3, 8)).unwrap();
    assert_eq!(
        p[0].reason,
        Reason::RepliedNoMeeting {
            replied: day(2027, 3, 1),
            nudge: true
        }
    );
    // The same action all along: overdue from its deadline on, a nudge
    // after a week (a review found it flickering back to "due").
    assert!(p[0].overdue);
    assert_eq!(
        (p[0].due, p[0].deadline),
        (day(2027, 3, 2), day(2027, 3, 3))
    );
    assert!(p[0].reason.to_string().contains("nudge"));
    for d in 4..=12 {
        assert_eq!(
            kinds(&net, day(2027, 3, d)),
            [(ActionKind::ScheduleMeeting, true)],
            "{d}"
        );
    }
    schedule(
        &mut net,
        c,
        "2027-03-08T10:00:00+00:00",
        "2027-03-15T10:00:00+00:00",
    );
    assert!(!kinds(&net, day(2027, 3, 8))
        .iter()
        .any(|(k, _)| *k == ActionKind::ScheduleMeeting));
}

/// Point 2: being in touch outside an outreach cycle — a call, a coffee —
/// is accepted at any stage and changes none, satisfies a keep-in-touch
/// cadence, and shows in the journal and the report's rhythm.
#[test]
fn being_in_touch_is_recorded_at_any_stage_and_counts() {
    use inroads::{EventKind, Stage};
    // Every stage accepts it and stays.
    for s in Stage::ALL {
        let e = Event::InTouch {
            channel: Channel::Phone,
        };
        assert_eq!(s.next(&e).unwrap(), s, "{s:?}");
    }
    let mut net = Network::default();
    let c = net
        .add_contact(Contact::new("Lena Park", day(2020, 1, 22)))
        .unwrap();
    let mut edit = ContactEdit::default();
    edit.cadence = inroads::Change::Set(Cadence::new(30, 45, Some(day(2026, 12, 6))));
    net.edit_contact(c, &edit).unwrap();
    // A coffee on 20 December, at stage "identified".
    let entry = net
        .log(
            c,
            t("2026-12-20T10:00:00+00:00"),
            Event::InTouch {
                channel: Channel::InPerson,
            },
            "coffee",
        )
        .unwrap();
    assert_eq!(net.stage(c), Stage::Identified);
    assert_eq!(net.entry(entry).unwrap().event.kind(), EventKind::InTouch);
    // The cadence now counts from the coffee: due 30 days after it.
    assert!(kinds(&net, day(2027, 1, 18)).is_empty());
    let p = plan(&net, &PlanOptions::default(), day(2027, 1, 19)).unwrap();
    assert_eq!(
        p[0].reason.to_string(),
        "last in touch on 2026-12-20; aim for every 30 days, at most 45"
    );
    // And in the report's rhythm, in the week it happened.
    let o = inroads::ReportOptions::new(day(2026, 12, 21));
    let r = inroads::report(&net, None, &o).unwrap();
    let week = r
        .rhythm
        .iter()
        .find(|w| w.week_of == day(2026, 12, 14))
        .unwrap();
    assert_eq!(week.in_touch, 1);
    assert_eq!(r.rhythm.iter().map(|w| w.in_touch).sum::<u32>(), 1);
}

/// The postdoc's week through the command line, as issue 23 describes
/// it: the thank-you is on the plan the day of the meeting, with its
/// deadline; a coffee is recorded with `log … in-touch` and satisfies the
/// cadence set today for a connection made in 2020.
#[test]
#[cfg(feature = "onet")]
fn the_day_through_the_command_line() {
    use crate::examples::{stderr, stdout, Cli};
    let cli = Cli::new();
    let on = |today: &str, args: &[&str]| -> String {
        let o = cli.run_on(today, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    on("2027-02-01", &["init", "--name", "Mira"]);
    on("2027-02-01", &["contact", "add", "Kofi Asante"]);
    on("2027-02-22", &["log", "Kofi Asante", "requested"]);
    on(
        "2027-02-23",
        &[
            "meeting",
            "schedule",
            "Kofi Asante",
            "--at",
            "2027-03-05 11:00",
        ],
    );
    on(
        "2027-03-05",
        &["log", "Kofi Asante", "met", "--at", "2027-03-05 11:30"],
    );
    let plan = on("2027-03-05", &["plan"]);
    assert!(
        plan.contains("thank-you") || plan.contains("thank"),
        "{plan}"
    );
    assert!(plan.contains("by 2027-03-06"), "{plan}");
    assert!(plan.contains("2027-03-06 11:30"), "{plan}");
    assert!(!plan.contains("OVERDUE"), "{plan}");
    // Once, in one form: the hour appears once on the line.
    assert_eq!(plan.matches("11:30").count(), 1, "{plan}");

    on("2020-01-22", &["contact", "add", "Lena Park"]);
    on(
        "2027-03-05",
        &["cadence", "set", "--contact", "Lena Park", "--every", "30"],
    );
    let plan = on("2027-03-05", &["plan"]);
    assert!(!plan.contains("Lena Park"), "{plan}");
    on(
        "2027-03-20",
        &[
            "log",
            "Lena Park",
            "in-touch",
            "--channel",
            "in-person",
            "--note",
            "coffee",
        ],
    );
    let journal = on("2027-03-20", &["journal", "Lena Park"]);
    assert!(journal.contains("in touch — coffee"), "{journal}");
    assert!(!on("2027-04-18", &["plan"]).contains("Lena Park"));
    let plan = on("2027-04-19", &["plan"]);
    assert!(
        plan.contains("Lena Park") && plan.contains("last in touch on 2027-03-20"),
        "{plan}"
    );
}

/// Point 11: lists in the order a person expects — meetings and the
/// calendar by start, companies by name — and an import says which
/// contacts it updated.
#[test]
fn lists_come_in_the_order_a_person_expects() {
    let mut net = Network::default();
    for n in ["Zeta Labs", "acme", "Émile & Co", "Bio-Rad"] {
        net.add_company(inroads::Company::named(n)).unwrap();
    }
    let names: Vec<String> = inroads::company_summaries(&net)
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["acme", "Bio-Rad", "Émile & Co", "Zeta Labs"]);

    // Meetings with contacts added in the opposite order of their times.
    let mut ids = Vec::new();
    for (i, name) in ["Late Lee", "Early Eve", "Mid Mo"].iter().enumerate() {
        let c = net
            .add_contact(Contact::new(name, day(2027, 1, 1)))
            .unwrap();
        ask(&mut net, c, "2027-02-01T09:00:00+00:00");
        let start = [
            "2027-03-20T10:00:00+00:00",
            "2027-03-02T10:00:00+00:00",
            "2027-03-10T10:00:00+00:00",
        ][i];
        schedule(&mut net, c, "2027-02-02T09:00:00+00:00", start);
        ids.push(c);
    }
    let list = inroads::meeting_list(&net);
    let who: Vec<&str> = list.scheduled.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(who, ["Early Eve", "Mid Mo", "Late Lee"]);
    // Held ones too: hold them in reverse id order.
    for (c, at) in [
        (ids[2], "2027-03-10T10:30:00+00:00"),
        (ids[1], "2027-03-02T10:30:00+00:00"),
        (ids[0], "2027-03-20T10:30:00+00:00"),
    ] {
        net.log(c, t(at), Event::MeetingHeld, "").unwrap();
    }
    let list = inroads::meeting_list(&net);
    let who: Vec<&str> = list.held.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(who, ["Early Eve", "Mid Mo", "Late Lee"]);
    let ics = inroads::export_ics(&net, day(2027, 3, 21)).unwrap();
    let at = |n: &str| {
        ics.find(&format!("Informational interview with {n}"))
            .unwrap()
    };
    assert!(
        at("Early Eve") < at("Mid Mo") && at("Mid Mo") < at("Late Lee"),
        "{ics}"
    );
}

/// Point 11: an import says which contacts it updated.
#[test]
fn an_import_says_which_contacts_it_updated() {
    let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Acme,Analyst,01 Feb 2026\n\
                Bo,Chen,https://www.linkedin.com/in/bo-chen,,Acme,Engineer,01 Feb 2026\n";
    let mut net = Network::default();
    let options = inroads::ImportOptions::new(day(2026, 12, 6));
    inroads::import_linkedin(&mut net, text, None, &options).unwrap();
    let newer = text.replace("Engineer", "Staff Engineer");
    let r = inroads::import_linkedin(&mut net, &newer, None, &options).unwrap();
    assert_eq!((r.updated, r.unchanged), (1, 1), "{r:?}");
    let bo = net.resolve_contact("Bo Chen").unwrap();
    assert_eq!(r.updated_contacts, [bo]);
}

/// Point 12: no raw codes where words belong — a contact's field and the
/// profile's target fields with their names, industries by name with
/// their NAICS code as people write it.
#[test]
#[cfg(feature = "onet")]
fn codes_come_with_their_names() {
    use crate::examples::Cli;
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Mira"]);
    cli.ok(&["contact", "add", "Ana Ruiz", "--field", "17"]);
    let show = cli.ok(&["contact", "show", "Ana Ruiz"]);
    assert!(show.contains("17 Architecture and Engineering"), "{show}");
    let profile = cli.ok(&[
        "profile",
        "set",
        "--target-field",
        "19",
        "--target-field",
        "15",
    ]);
    assert!(
        profile.contains(
            "target fields: 19 Life, Physical, and Social Science; 15 Computer and Mathematical"
        ),
        "{profile}"
    );
    cli.ok(&[
        "skill",
        "add",
        "Western blot",
        "--proficiency",
        "4",
        "--enjoyment",
        "4",
    ]);
    let ind = cli.ok(&["industries", "--top", "20"]);
    assert!(!ind.contains("Sector "), "{ind}");
    assert!(!ind.contains("--"), "{ind}");
    assert!(ind.contains("(sector, NAICS 54)"), "{ind}");
}

/// Point 14: near-identical companies after an import are flagged, with
/// the command that merges them; different companies are not.
#[test]
#[cfg(feature = "onet")]
fn near_identical_companies_are_flagged() {
    use crate::examples::Cli;
    use inroads::{Company, CompanyDuplicateKind};
    let mut net = Network::default();
    let mut id = std::collections::HashMap::new();
    for n in [
        "Bio-Rad",
        "BioRad",
        "Bio-Rad Laboratories, Inc.",
        "ThermoFisher",
        "Thermo Fisher Scientific",
        "Acme",
        "Acme Foods",
        "GE",
        "GE Healthcare",
        "Broad Institute",
    ] {
        id.insert(n, net.add_company(Company::named(n)).unwrap());
    }
    // BioRad has the contacts: it is the one to keep.
    let mut c = Contact::new("Ana Ruiz", day(2027, 1, 1));
    c.company = Some(id["BioRad"]);
    net.add_contact(c).unwrap();
    let found = inroads::company_duplicates(&net);
    let pairs: Vec<(inroads::CompanyId, inroads::CompanyId, CompanyDuplicateKind)> =
        found.iter().map(|d| (d.keep, d.other, d.kind)).collect();
    assert!(
        pairs.contains(&(id["BioRad"], id["Bio-Rad"], CompanyDuplicateKind::Spelling)),
        "{found:?}"
    );
    assert!(
        pairs.contains(&(
            id["BioRad"],
            id["Bio-Rad Laboratories, Inc."],
            CompanyDuplicateKind::Extends
        )),
        "{found:?}"
    );
    assert!(
        pairs.contains(&(
            id["ThermoFisher"],
            id["Thermo Fisher Scientific"],
            CompanyDuplicateKind::Extends
        )),
        "{found:?}"
    );
    // "Acme" in "Acme Foods" is a name of four letters extended: flagged
    // for the user to judge; "GE" is too short to say.
    assert!(
        !pairs
            .iter()
            .any(|p| p.1 == id["GE Healthcare"] || p.0 == id["GE Healthcare"]),
        "{found:?}"
    );
    assert!(!pairs
        .iter()
        .any(|p| p.0 == id["Broad Institute"] || p.1 == id["Broad Institute"]));
    assert_eq!(found.len(), 5, "{found:?}");

    // Through the command line, with the merge command.
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Mira"]);
    cli.ok(&["company", "add", "Thermo Fisher Scientific"]);
    cli.ok(&["company", "add", "ThermoFisher"]);
    let text = cli.ok(&["duplicates"]);
    assert!(text.contains("inroads company merge"), "{text}");
    cli.ok(&[
        "company",
        "merge",
        "Thermo Fisher Scientific",
        "ThermoFisher",
    ]);
    assert!(cli.ok(&["duplicates"]).contains("no likely duplicates"));
}

/// Point 6: greetings. "Dr. Helena Marsh" is "Dear Dr. Marsh," not "Dear
/// Dr.,"; a name in Chinese script from LinkedIn's first/last columns is
/// shown family name first ("张伟", not "伟 张") and greeted whole; a
/// credential after a comma is never the name.
#[test]
fn greetings_use_the_honorific_with_the_family_name() {
    use inroads::{draft, DraftKind, Templates};
    let profile = Profile {
        name: "Mira Chen".into(),
        background: "I am a postdoc in molecular biology".into(),
        ..Profile::default()
    };
    let mut net = Network::new(profile).unwrap();
    let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                Helena,Marsh,https://www.linkedin.com/in/hmarsh,,Broad Institute,Director,01 Feb 2026\n\
                伟,张,https://www.linkedin.com/in/zhangwei,,BeiGene,Scientist,01 Feb 2026\n";
    let options = inroads::ImportOptions::new(day(2026, 12, 6));
    inroads::import_linkedin(&mut net, text, None, &options).unwrap();
    let zhang = net.resolve_contact("张伟").unwrap();
    assert_eq!(net.contact(zhang).unwrap().name, "张伟");
    let d = draft(&net, zhang, DraftKind::Request, &Templates::default()).unwrap();
    assert!(d.body.starts_with("Dear 张伟,"), "{}", d.body);
    let marsh = net.resolve_contact("Helena Marsh").unwrap();
    let d = draft(&net, marsh, DraftKind::Request, &Templates::default()).unwrap();
    assert!(d.body.starts_with("Dear Helena,"), "{}", d.body);
    // Typed with an honorific: the honorific and the family name.
    let mut typed = Contact::new("Dr. Helena Marsh", day(2027, 1, 1));
    typed.title = Some("Director of Research".into());
    let dr = net.add_contact(typed).unwrap();
    let d = draft(&net, dr, DraftKind::Request, &Templates::default()).unwrap();
    assert!(d.body.starts_with("Dear Dr. Marsh,"), "{}", d.body);
    for (name, greeted) in [
        ("Jessica Park, RN", "Jessica"),
        ("Prof. Ana de la Cruz, PhD", "Prof. de la Cruz"),
        ("Ms. Oyelaran", "Ms. Oyelaran"),
        ("Sam", "Sam"),
        ("김민준", "김민준"),
    ] {
        assert_eq!(
            inroads::greeting_name(&Contact::new(name, day(2027, 1, 1))),
            greeted,
            "{name}"
        );
    }
}

/// Found by a review of issue 23's first changes; each failed before its
/// fix.
#[test]
fn review_edge_cases_of_the_day() {
    // A contact tagged after a tag's cadence was set counts from the day
    // it was added, not overdue at once.
    let mut net = Network::default();
    net.set_tag_cadence("mentor", Some(Cadence::new(30, 45, Some(day(2027, 1, 1)))))
        .unwrap();
    let mut c = Contact::new("Noor Haddad", day(2027, 3, 1));
    c.tags.push("mentor".into());
    let n = net.add_contact(c).unwrap();
    assert!(kinds(&net, day(2027, 3, 1)).is_empty());
    assert_eq!(
        kinds(&net, day(2027, 3, 31)),
        [(ActionKind::KeepInTouch, false)]
    );

    // In touch while a request waits: no follow-up nagging.
    ask(&mut net, n, "2027-03-01T09:00:00+00:00");
    assert!(kinds(&net, day(2027, 3, 8)).contains(&(ActionKind::FollowUp, false)));
    net.log(
        n,
        t("2027-03-04T12:00:00+00:00"),
        Event::InTouch {
            channel: Channel::InPerson,
        },
        "met at a seminar",
    )
    .unwrap();
    assert!(!kinds(&net, day(2027, 3, 8))
        .iter()
        .any(|(k, _)| *k == ActionKind::FollowUp));

    // Family names without their credentials, suffixes or pronouns.
    for (name, greeted) in [
        ("Dr. Martin Luther King Jr.", "Dr. King"),
        ("Dr. Jane Smith PhD", "Dr. Smith"),
        ("Dr. Jane Smith (she/her)", "Dr. Smith"),
        ("佐々木健", "佐々木健"),
    ] {
        assert_eq!(
            inroads::greeting_name(&Contact::new(name, day(2027, 1, 1))),
            greeted,
            "{name}"
        );
    }

    // The calendar's to-do is due by the deadline, from the day it can
    // be done.
    let (net, _) = met_friday();
    let ics = inroads::export_ics(&net, day(2027, 3, 5)).unwrap();
    assert!(ics.contains("DUE;VALUE=DATE:20270306"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20270305"), "{ics}");
}
