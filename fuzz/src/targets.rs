//! What each fuzz target checks. Every target must never panic (a panic is
//! a crash libFuzzer reports); the assertions below are the invariants.
//! This file is also compiled into the library's tests (see
//! `tests/it/fuzz.rs`), so it uses only the public API.

use arbitrary::{Arbitrary, Unstructured};
use chrono::NaiveDate;
use inroads::{store, Company, Contact, ContactId, ImportOptions, Network, Party, Removal, Tie};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

/// The data-file loader: never panics; whatever loads saves and loads back
/// equal, and every query and an edit work on it (that is how ids near the
/// top of the range would have been found).
pub fn store(data: &[u8]) {
    if let Ok(mut net) = store::from_slice(data) {
        let back = store::from_json(&store::to_json(&net).expect("a loaded network saves"))
            .expect("a loaded network saves and loads");
        assert_eq!(back, net, "save → load changed the network");
        net.check_derived()
            .expect("derived indexes match a rebuild");
        let _ = inroads::reach(&net, inroads::Hops::default(), today())
            .expect("reach on a loaded network");
        let _ = inroads::plan(&net, &inroads::PlanOptions::default(), today())
            .expect("plan on a loaded network");
        let target = net
            .contacts()
            .last()
            .map(|(id, _)| inroads::Target::Contact(id));
        if let Some(t) = target {
            let _ = inroads::warm_path(&net, t, &inroads::PathOptions::default(), today())
                .expect("a path to an existing contact");
        }
        let before = net.clone();
        match net.add_contact(Contact::new("Fuzz Person", today())) {
            Ok(id) => {
                assert_eq!(net.contacts().len(), before.contacts().len() + 1);
                assert!(before.contact(id).is_none(), "an id was reused");
            }
            Err(_) => assert_eq!(net, before, "a refused add changed the network"),
        }
        net.check_derived()
            .expect("derived indexes match a rebuild after an add");
    }
}

/// LinkedIn CSV: never panics; a refused import changes nothing; an
/// accepted one is idempotent.
pub fn linkedin(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for skip in [false, true] {
        let options = {
            let mut o = ImportOptions::new(today());
            o.skip_bad_rows = skip;
            o
        };
        let mut net = Network::default();
        match inroads::import_linkedin(&mut net, &text, None, &options) {
            Ok(_) => {
                let count = net.contacts().len();
                let again = inroads::import_linkedin(&mut net, &text, None, &options)
                    .expect("a file imported once imports again");
                assert_eq!(again.created, 0, "re-import created contacts");
                assert_eq!(net.contacts().len(), count);
            }
            Err(_) => assert_eq!(
                net,
                Network::default(),
                "a refused import changed the network"
            ),
        }
    }
}

/// vCards: never panics; a refused import changes nothing; what is
/// exported imports again.
pub fn vcard(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let options = {
        let mut o = ImportOptions::new(today());
        o.skip_bad_rows = true;
        o
    };
    let mut net = Network::default();
    match inroads::import_vcards(&mut net, &text, &options) {
        Ok(_) => {
            let out = inroads::export_vcards(&net, None, inroads::VcardVersion::V4);
            let mut back = Network::default();
            inroads::import_vcards(&mut back, &out, &options).expect("our own export imports");
        }
        Err(_) => assert_eq!(net, Network::default()),
    }
    let strict = {
        let mut o = ImportOptions::new(today());
        o.skip_bad_rows = false;
        o
    };
    let mut net = Network::default();
    if inroads::import_vcards(&mut net, &text, &strict).is_err() {
        assert_eq!(net, Network::default());
    }
}

/// The ties CSV: never panics; a refused file changes nothing.
pub fn ties(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut net = Network::default();
    for name in ["Ana", "Bo", "Cy"] {
        let mut c = Contact::new(name, today());
        c.emails.push(format!("{}@x.org", name.to_lowercase()));
        let _ = net.add_contact(c);
    }
    let before = net.clone();
    if inroads::import_ties_csv(&mut net, &text).is_err() {
        assert_eq!(net, before, "a refused ties file changed the network");
    }
    for t in net.ties() {
        assert!(t.strength.is_none_or(|s| s > 0.0 && s <= 1.0));
        assert_ne!(t.a, t.b);
    }
}

/// Title matching: never panics; confidences in (0, 1], best first.
pub fn title(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(catalog) = inroads::Catalog::builtin() else {
        return;
    };
    let found = catalog.match_title(&text, 5);
    assert!(found.len() <= 5);
    assert!(found
        .iter()
        .all(|c| c.confidence > 0.0 && c.confidence <= 1.0));
    assert!(found.windows(2).all(|w| w[0].confidence >= w[1].confidence));
    // The same text as a phrase in a person's own words: read, searched
    // and ranked without a panic, scores in 0-1, best first.
    let hits = catalog.search_text(&text, inroads::TextFields::ALL, 5);
    assert!(hits.iter().all(|h| h.score > 0.0 && h.score <= 1.0));
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    let readings = catalog.read_phrase(&text, 3);
    assert!(readings.iter().all(|r| r.score >= 0.0 && r.score <= 1.0));
    if let Ok(rating) = inroads::SkillRating::new(&text, 3, 4) {
        let mut profile = inroads::Profile::default();
        profile.skills.push(rating);
        let report = inroads::fit(&profile, [], catalog, &inroads::FitOptions::default());
        assert!(report
            .occupations
            .iter()
            .all(|o| o.score >= 0.0 && o.score <= 100.0));
    }
}

#[derive(Debug, Arbitrary)]
enum Op {
    AddCompany(u8),
    RemoveCompany(u8, bool),
    AddContact(u8, Option<u8>, Option<u8>),
    UpdateContact(u8, Option<u8>, Option<u8>),
    RemoveContact(u8, bool),
    Tie(u8, u8, Option<u8>),
    Untie(u8, u8),
    Log(u8, u8, u16),
}

const NAMES: [&str; 6] = ["Acme", "acme", "Beta", "Gamma ", "Ana", "Bo"];
const EMAILS: [&str; 5] = ["a@x.org", "A@X.ORG", "b@x.org", "c@y.org", "bad"];

fn apply(net: &mut Network, op: &Op) -> inroads::Result<()> {
    let contact = |i: u8| ContactId::from_raw(u64::from(i % 8));
    let party = |i: u8| {
        if i.is_multiple_of(9) {
            Party::Me
        } else {
            Party::Contact(ContactId::from_raw(u64::from(i % 9)))
        }
    };
    let company = |i: u8| net.companies().nth(usize::from(i % 4)).map(|(id, _)| id);
    match *op {
        Op::AddCompany(n) => net
            .add_company(Company::named(NAMES[usize::from(n) % NAMES.len()]))
            .map(drop),
        Op::RemoveCompany(n, detach) => match company(n) {
            Some(k) => net
                .remove_company(
                    k,
                    if detach {
                        Removal::Detach
                    } else {
                        Removal::Refuse
                    },
                )
                .map(drop),
            None => Ok(()),
        },
        Op::AddContact(n, e, k) => {
            let mut c = Contact::new(NAMES[usize::from(n) % NAMES.len()], today());
            c.emails
                .extend(e.map(|e| EMAILS[usize::from(e) % EMAILS.len()].to_string()));
            c.company = k.and_then(company);
            net.add_contact(c).map(drop)
        }
        Op::UpdateContact(i, e, k) => {
            let id = contact(i);
            let Some(mut c) = net.contact(id).cloned() else {
                return Ok(());
            };
            c.emails = e
                .map(|e| EMAILS[usize::from(e) % EMAILS.len()].to_string())
                .into_iter()
                .collect();
            c.company = k.and_then(company);
            net.update_contact(id, c)
        }
        Op::RemoveContact(i, detach) => net
            .remove_contact(
                contact(i),
                if detach {
                    Removal::Detach
                } else {
                    Removal::Refuse
                },
            )
            .map(drop),
        Op::Tie(a, b, s) => net
            .set_tie(Tie {
                strength: s.map(|s| f64::from(s) / 200.0),
                ..Tie::between(party(a), party(b))
            })
            .map(drop),
        Op::Untie(a, b) => net.remove_tie(party(a), party(b)).map(drop),
        Op::Log(i, kind, minutes) => {
            let at = chrono::DateTime::parse_from_rfc3339("2026-02-01T09:00:00-05:00")
                .map_err(|e| inroads::Error::invalid("at", "", e.to_string()))?
                + chrono::Duration::minutes(i64::from(minutes));
            let event = match kind % 6 {
                0 => inroads::Event::RequestSent {
                    channel: inroads::Channel::Email,
                },
                1 => inroads::Event::ReplyReceived,
                2 => inroads::Event::MeetingHeld,
                3 => inroads::Event::ThankYouSent,
                4 => inroads::Event::ReferralReceived {
                    to: contact(i.wrapping_add(1)),
                },
                _ => inroads::Event::Note,
            };
            net.log(contact(i), at, event, "").map(drop)
        }
    }
}

/// The aggregate driven by arbitrary operations: a refused operation
/// changes nothing, invariants hold after each, save → load is equal.
pub fn ops(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(ops) = Vec::<Op>::arbitrary(&mut u) else {
        return;
    };
    let mut net = Network::default();
    for op in ops.iter().take(64) {
        let before = net.clone();
        if apply(&mut net, op).is_err() {
            assert_eq!(net, before, "refused {op:?} changed the network");
        }
        if let Err(e) = net.check_derived() {
            panic!("after {op:?}: {e}");
        }
        let mut emails = std::collections::HashSet::new();
        for (id, c) in net.contacts() {
            for e in &c.emails {
                assert!(emails.insert(e.clone()), "email {e} twice");
                assert_eq!(net.find_contact_by_email(e), Some(id));
            }
            if let Some(k) = c.company {
                assert!(net.company(k).is_some(), "dangling company");
            }
        }
        for t in net.ties() {
            for p in [t.a, t.b] {
                if let Party::Contact(c) = p {
                    assert!(net.contact(c).is_some(), "dangling tie");
                }
            }
        }
    }
    let back = store::from_json(&store::to_json(&net).unwrap()).expect("saves and loads");
    assert_eq!(back, net);
}

/// The catalogue loader (`Catalog::from_tables`): the input is split at
/// 0xFF bytes into the five tables, then the four optional ones (interests,
/// job zones, employment, vocabulary; absent when empty). Never panics; whatever loads is
/// consistent (every occupation in a known field, every element id
/// resolves, importances 0–100) and can be queried.
pub fn catalog(data: &[u8]) {
    let mut parts = data.split(|b| *b == 0xFF).map(String::from_utf8_lossy);
    let mut next = || parts.next().unwrap_or_default().into_owned();
    let (major_groups, occupations, ratings, technologies, alternate_titles) =
        (next(), next(), next(), next(), next());
    let (interests, job_zones, employment, vocabulary) = (next(), next(), next(), next());
    let (reported_titles, tasks, dwas, task_dwas, tools) = (next(), next(), next(), next(), next());
    let (jargon, extra_titles) = (next(), next());
    fn optional(t: &str) -> Option<&str> {
        (!t.is_empty()).then_some(t)
    }
    let tables = inroads::CatalogTables {
        major_groups: &major_groups,
        occupations: &occupations,
        ratings: &ratings,
        technologies: &technologies,
        alternate_titles: &alternate_titles,
        interests: optional(&interests),
        job_zones: optional(&job_zones),
        employment: optional(&employment),
        vocabulary: optional(&vocabulary),
        reported_titles: optional(&reported_titles),
        extra_titles: optional(&extra_titles),
        tasks: optional(&tasks),
        dwas: optional(&dwas),
        task_dwas: optional(&task_dwas),
        tools: optional(&tools),
        jargon: optional(&jargon),
    };
    let phrase =
        String::from_utf8_lossy(data.get(..data.len().min(64)).unwrap_or(&[])).into_owned();
    let Ok(c) = inroads::Catalog::from_tables(tables) else {
        return;
    };
    for o in c.occupations() {
        assert!(
            c.field(o.field).is_some(),
            "an occupation in an unknown field"
        );
        assert_eq!(o.code.field(), o.field, "a code outside its field");
        for d in &o.demands {
            assert!(d.importance <= 100);
            assert!(
                c.element_by_id(d.element).is_some(),
                "a dangling element id"
            );
        }
        for t in &o.technologies {
            assert!(c.element_by_id(*t).is_some(), "a dangling technology id");
        }
        assert!(c.occupation(o.code.as_str()).is_some());
    }
    let _ = c.match_title(&alternate_titles, 3);
    // Text search and readings take any phrase, the tables' own included.
    for text in [&phrase, &tasks, &jargon, &tools] {
        let _ = c.search_text(text, inroads::TextFields::ALL, 3);
        let _ = c.search_text(text, inroads::TextFields::PLAIN, 3);
        for r in c.read_phrase(text, 3) {
            assert!(r.occupation_count >= r.occupations.len());
        }
    }
    let _ = c.search_occupations(&occupations, 3);
    // Every vocabulary phrase and element name matches (and suggests)
    // without a panic, and a whole profile of them ranks.
    let mut profile = inroads::Profile::default();
    for line in vocabulary.lines().chain(ratings.lines()).take(50) {
        for word in line.split(',') {
            if let Ok(skill) = inroads::Skill::new(word) {
                if let Some(m) = c.match_skill(&skill) {
                    assert!(m.elements.iter().all(|e| c.element_by_id(*e).is_some()));
                } else {
                    assert!(c.suggest_skills(&skill, 3).len() <= 3);
                }
                if profile.skill(&skill).is_none() {
                    if let Ok(r) = inroads::SkillRating::new(skill.name(), 4, 4) {
                        profile.skills.push(r);
                    }
                }
            }
        }
    }
    // Related occupations: never the occupation itself, similarities in
    // (0, 1], most alike first.
    for o in c.occupations().iter().take(20) {
        let related = c
            .related_occupations(o.code.as_str(), 5)
            .expect("its own code");
        assert!(related.len() <= 5);
        assert!(related.iter().all(|r| r.code != o.code));
        assert!(related
            .iter()
            .all(|r| r.similarity > 0.0 && r.similarity <= 1.0));
        assert!(related
            .windows(2)
            .all(|w| w[0].similarity >= w[1].similarity));
    }
    // The ranking at the default share, at full share and without
    // closeness: scores in range and in order, and `near` never names the
    // occupation itself (nor anything without closeness).
    for share in [inroads::FitOptions::default().related_share, 1.0, 0.0] {
        let mut options = inroads::FitOptions::default();
        options.top = 5;
        options.related_share = share;
        let report = inroads::fit(&profile, std::iter::empty(), &c, &options);
        for o in &report.occupations {
            assert!((0.0..=100.0).contains(&o.score), "score {}", o.score);
            assert!(o.near.as_ref().is_none_or(|n| n.code != o.code));
            if share == 0.0 {
                assert!(o.near.is_none());
            }
        }
        assert!(report
            .occupations
            .windows(2)
            .all(|w| w[0].score >= w[1].score));
    }
}

/// Date, time and offset parsing: never panics; what parses prints (RFC
/// 3339) and parses back to the same instant and offset.
pub fn datetime(data: &[u8]) {
    if let Some(bytes) = data.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
        dated_calls(i32::from_le_bytes(bytes));
    }
    let text = String::from_utf8_lossy(data);
    let utc = chrono::FixedOffset::east_opt(0).expect("UTC");
    if let Ok(at) = inroads::parse_datetime(&text, utc) {
        let back = inroads::parse_datetime(&at.to_rfc3339(), utc).expect("its own output parses");
        assert_eq!((back, back.offset()), (at, at.offset()));
    }
    // Any instant in any offset (seconds included), stored as the network
    // stores it, is written and read back as the same instant.
    if let (Some(secs), Some(off)) = (
        data.get(4..12).and_then(|b| <[u8; 8]>::try_from(b).ok()),
        data.get(12..16).and_then(|b| <[u8; 4]>::try_from(b).ok()),
    ) {
        let offset = chrono::FixedOffset::east_opt(i32::from_le_bytes(off) % 86_400);
        let at = chrono::DateTime::from_timestamp(i64::from_le_bytes(secs) % 400_000_000_000, 0);
        if let (Some(offset), Some(at)) = (offset, at) {
            let kept = inroads::whole_minute_offset(at.with_timezone(&offset));
            assert_eq!(kept, at, "the instant moved");
            assert_eq!(kept.offset().local_minus_utc() % 60, 0);
            if let Ok(back) = chrono::DateTime::parse_from_rfc3339(&kept.to_rfc3339()) {
                assert_eq!((back, back.offset()), (kept, kept.offset()));
            }
        }
    }
    if let Ok(offset) = inroads::parse_offset(&text) {
        let printed = offset.to_string();
        assert_eq!(
            inroads::parse_offset(&printed).ok(),
            Some(offset),
            "{printed}"
        );
    }
}

/// Any day the calendar holds, given to every call that takes "today":
/// inside the years 1000–9999 each succeeds, outside them each is refused
/// with `invalid-value`, and none panics.
fn dated_calls(days: i32) {
    use chrono::Datelike;
    let Some(today) = chrono::NaiveDate::from_num_days_from_ce_opt(days) else {
        return;
    };
    static SAMPLE: std::sync::OnceLock<Option<inroads::Network>> = std::sync::OnceLock::new();
    let Some(net) = SAMPLE.get_or_init(|| inroads::sample::teacher_candidate_weeks_later().ok())
    else {
        return;
    };
    let Ok(tom) = net.resolve_contact("Tom Okafor") else {
        return;
    };
    let report = |redact: bool| {
        let mut o = inroads::ReportOptions::new(today);
        o.redact = redact;
        inroads::report(net, None, &o).map(drop)
    };
    let results = [
        inroads::plan(net, &inroads::PlanOptions::default(), today).map(drop),
        inroads::export_ics(net, today).map(drop),
        report(false),
        report(true),
        inroads::reach(net, inroads::Hops::default(), today).map(drop),
        inroads::coverage(net, today).map(drop),
        inroads::suggest(net, &inroads::SuggestOptions::default(), today).map(drop),
        inroads::mutual(net, tom, today).map(drop),
        inroads::tie_strength(net, tom, today).map(drop),
        inroads::funnel(net, Some(today), None).map(drop),
        inroads::export_graphml(net, &inroads::GraphExport::new(today)).map(drop),
    ];
    let inside = (1000..=9999).contains(&today.year());
    for r in results {
        match r {
            Ok(()) => assert!(inside, "{today} accepted"),
            Err(e) => {
                assert!(!inside, "{today}: {e}");
                assert_eq!(e.kind().code(), "invalid-value", "{e}");
            }
        }
    }
}

/// Message templates: never panics; a draft either fills every placeholder
/// it knows or names the one it could not, and is refused past the size
/// limit.
pub fn template(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let Ok(net) = inroads::sample::teacher_candidate_weeks_later() else {
        return;
    };
    let Ok(tom) = net.resolve_contact("Tom Okafor") else {
        return;
    };
    for kind in inroads::DraftKind::ALL {
        let mut templates = inroads::Templates::default();
        templates.request.clone_from(&text);
        templates.follow_up.clone_from(&text);
        templates.thanks.clone_from(&text);
        templates.referral.clone_from(&text);
        match inroads::draft(&net, tom, kind, &templates) {
            // Every brace in a template opens a placeholder, and the
            // sample's values hold none: an accepted draft has none left.
            Ok(d) => assert!(
                !d.body.contains('{') && !d.subject.contains('{'),
                "a placeholder left unfilled: {d:?}"
            ),
            Err(e) => assert!(
                matches!(
                    e.kind(),
                    inroads::ErrorKind::Unfilled { .. }
                        | inroads::ErrorKind::InvalidValue { .. }
                        | inroads::ErrorKind::TooLarge { .. }
                ),
                "unexpected error kind: {e}"
            ),
        }
    }
}
