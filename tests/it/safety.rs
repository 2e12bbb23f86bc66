//! Nothing lost, nothing leaked (issue 10): one test per way found to lose
//! data, corrupt the file, leak personal data or exhaust memory, named
//! after what it protects. Each failed on the code before the fix.

use crate::day;
use inroads::{
    store, Company, Contact, ContactId, ErrorKind, Event, GraphExport, ImportOptions, Industry,
    Lead, Meeting, MeetingNotes, Network, Party, PathOptions, Question, Removal, SkillRating,
    Target, Tie, TieSource, Topic, MAX_ID, MIN_TIE_STRENGTH,
};
use serde_json::Value;
use std::fs;

fn offset() -> chrono::FixedOffset {
    chrono::FixedOffset::west_opt(6 * 3600).unwrap()
}

fn sample() -> Network {
    inroads::sample::teacher_candidate_weeks_later().unwrap()
}

// ----- 1. what save writes, load reads -------------------------------------

#[test]
fn a_save_load_would_refuse_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inroads.json");
    let net = sample();
    store::save(&net, &path).unwrap();
    let before = fs::read(&path).unwrap();
    let size = before.len() as u64;
    // With a limit below the document's size, the save is refused...
    let mut bigger = net.clone();
    bigger
        .add_contact(Contact::new("One More", day(2026, 3, 1)))
        .unwrap();
    let err = store::save_limited(&bigger, &path, size).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::TooLarge { limit, .. } if *limit == size),
        "{err}"
    );
    // ...and the old file is untouched, with no temporary file left.
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    // At exactly the limit, save and load agree.
    store::save_limited(&net, &path, size).unwrap();
    assert_eq!(store::load_limited(&path, size).unwrap(), net);
    crate::assert_kind(store::load_limited(&path, size - 1), "too-large");
}

#[test]
fn ties_are_stored_compactly_one_per_line() {
    let net = inroads::sample::teacher_candidate_network().unwrap();
    let json = store::to_json(&net).unwrap();
    assert!(json.contains(&format!("\"version\": {}", store::FORMAT_VERSION)));
    let ties = json.split("\"ties\": [\n").nth(1).unwrap();
    let first = ties.lines().next().unwrap();
    assert!(first.starts_with('[') && first.len() < 30, "{first}");
    // A contact is one line too.
    let contacts = json.split("\"contacts\": {\n").nth(1).unwrap();
    assert!(contacts.lines().next().unwrap().contains("\"name\":"));
}

#[test]
fn every_format_version_loads_and_the_old_tie_form_reads_as_the_new() {
    let v2 = store::load(&crate::fixture("store-v2-ties.json")).unwrap();
    let v3 = store::load(&crate::fixture("store-v3.json")).unwrap();
    assert_eq!(v2, v3);
    assert_eq!(v3.ties().count(), 5);
    let jordan = v3.resolve_contact("Jordan Lee").unwrap();
    let alex = v3.resolve_contact("Alex Kim").unwrap();
    let t = v3
        .tie(Party::Contact(jordan), Party::Contact(alex))
        .unwrap();
    assert_eq!(t.strength, Some(0.123457));
    let me_jordan = v3.tie(Party::Me, Party::Contact(jordan)).unwrap();
    assert_eq!(
        (me_jordan.strength, me_jordan.source),
        (None, TieSource::Import)
    );
    // The v3 fixture is what this build writes, byte for byte.
    let text = fs::read_to_string(crate::fixture("store-v3.json")).unwrap();
    assert_eq!(store::to_json(&v3).unwrap(), text);
}

// ----- 2. strengths round-trip exactly --------------------------------------

#[test]
fn a_tiny_tie_strength_is_refused_naming_the_smallest_accepted() {
    let mut net = inroads::sample::teacher_candidate().unwrap();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let before = net.clone();
    let err = net
        .set_tie(Tie {
            strength: Some(1e-10),
            ..Tie::between(Party::Me, Party::Contact(tom))
        })
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InvalidValue { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("0.000001"), "{err}");
    assert_eq!(net, before);
    // The smallest accepted strength is kept and comes back.
    net.set_tie(Tie {
        strength: Some(MIN_TIE_STRENGTH),
        ..Tie::between(Party::Me, Party::Contact(tom))
    })
    .unwrap();
    let back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
    assert_eq!(
        back.tie(Party::Me, Party::Contact(tom)).unwrap().strength,
        Some(MIN_TIE_STRENGTH)
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    #[test]
    fn every_accepted_strength_round_trips_exactly(x in 0.0f64..=1.0) {
        let mut net = inroads::sample::teacher_candidate().unwrap();
        let tom = net.resolve_contact("Tom Okafor").unwrap();
        let tie = Tie { strength: Some(x), ..Tie::between(Party::Me, Party::Contact(tom)) };
        match net.set_tie(tie) {
            Err(_) => proptest::prop_assert!(x < MIN_TIE_STRENGTH),
            Ok(_) => {
                let kept = net.tie(Party::Me, Party::Contact(tom)).unwrap().strength.unwrap();
                proptest::prop_assert!((kept - x).abs() <= 5e-7, "{} kept as {}", x, kept);
                let back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
                let again = back.tie(Party::Me, Party::Contact(tom)).unwrap().strength.unwrap();
                proptest::prop_assert_eq!(again.to_bits(), kept.to_bits());
                proptest::prop_assert_eq!(&back, &net);
            }
        }
    }
}

// ----- 3. exports never replace the data file --------------------------------

#[cfg(all(unix, feature = "onet"))]
#[test]
fn an_export_never_replaces_the_data_file_however_it_is_named() {
    use crate::examples::{stderr, Cli};
    let cli = Cli::with_data(&crate::fixture("store-v3.json"));
    let before = cli.bytes();
    let dir = cli.data.parent().unwrap().to_path_buf();
    std::os::unix::fs::symlink(&cli.data, dir.join("link.json")).unwrap();
    let lock = format!("{}.lock", cli.data.display());
    fs::write(&lock, "").unwrap();
    let names = [
        cli.data.display().to_string(),
        dir.join(".").join("copy.json").display().to_string(),
        dir.join("link.json").display().to_string(),
        lock.clone(),
    ];
    for name in &names {
        for args in [
            vec!["export", "json", name.as_str(), "--redact", "--force"],
            vec!["export", "csv", name.as_str(), "--force"],
            vec!["export", "vcard", name.as_str()],
        ] {
            let o = cli.run(&args);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            assert!(stderr(&o).contains("refusing to write"), "{}", stderr(&o));
            assert_eq!(cli.bytes(), before, "{args:?} changed the data file");
        }
    }
    assert_eq!(fs::read(&lock).unwrap(), b"");
    // Any other existing file needs --force.
    let other = dir.join("contacts.csv");
    fs::write(&other, "keep me").unwrap();
    let o = cli.run(&["export", "csv", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(fs::read(&other).unwrap(), b"keep me");
    cli.ok(&["export", "csv", other.to_str().unwrap(), "--force"]);
    assert!(fs::read_to_string(&other).unwrap().starts_with("id,"));
}

// ----- 4. ids at the top of the range ----------------------------------------

fn with_contact_id(id: u64) -> String {
    let mut doc: Value = serde_json::from_str(
        &store::to_json(&inroads::sample::teacher_candidate().unwrap()).unwrap(),
    )
    .unwrap();
    let contacts = doc["network"]["contacts"].as_object_mut().unwrap();
    let c = contacts.remove("1").unwrap();
    contacts.insert(id.to_string(), c);
    doc.to_string()
}

#[test]
fn ids_beyond_the_indexable_range_are_refused_on_load() {
    for id in [u64::MAX, 1 << 62, MAX_ID + 1] {
        let err = store::from_json(&with_contact_id(id)).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::InvalidValue { .. }),
            "{id}: {err}"
        );
        assert!(err.to_string().contains("4294967295"), "{err}");
        assert_eq!(
            err.location().and_then(|l| l.json_path.clone()),
            Some(format!("network.contacts.{id}"))
        );
    }
    let mut doc: Value = serde_json::from_str(&with_contact_id(7)).unwrap();
    doc["network"]["next_ids"]["entry"] = Value::from(u64::MAX);
    let err = store::from_json(&doc.to_string()).unwrap_err();
    assert!(err.to_string().contains("next_ids.entry"), "{err}");
}

#[test]
fn the_last_id_is_used_once_then_adding_is_refused_and_nothing_is_overwritten() {
    let mut net = store::from_json(&with_contact_id(MAX_ID)).unwrap();
    let last = ContactId::from_raw(MAX_ID);
    let name = net.contact(last).unwrap().name.clone();
    let before = net.clone();
    let err = net
        .add_contact(Contact::new("Newcomer", day(2026, 3, 1)))
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::IdsExhausted { what: "contact", max } if *max == MAX_ID),
        "{err}"
    );
    assert_eq!(net, before);
    assert_eq!(net.contact(last).unwrap().name, name);
    // The graph index is sized by the number of contacts, not the id.
    let r = inroads::reach(&net, inroads::Hops::new(3).unwrap(), day(2026, 3, 1)).unwrap();
    assert!(r.total <= net.contacts().len());
    net.set_tie(Tie::between(Party::Me, Party::Contact(last)))
        .unwrap();
    let p = inroads::warm_path(
        &net,
        Target::Contact(last),
        &PathOptions::default(),
        day(2026, 3, 1),
    )
    .unwrap();
    assert!(p.best.is_some());
}

// ----- 5. symlinks, owners and modes ----------------------------------------

#[cfg(unix)]
#[test]
fn a_save_through_a_symlink_writes_the_target_and_keeps_the_link() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("synced");
    fs::create_dir(&synced).unwrap();
    let real = synced.join("inroads.json");
    let link = dir.path().join("inroads.json");
    let net = sample();
    store::save(&net, &real).unwrap();
    std::os::unix::fs::symlink("synced/inroads.json", &link).unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o400)).unwrap();
    let root = unsafe_free_uid() == 0;
    if root {
        std::os::unix::fs::chown(&real, Some(65534), Some(65534)).unwrap();
    }
    let mut changed = net.clone();
    changed
        .add_contact(Contact::new("Ana Ruiz", day(2026, 3, 1)))
        .unwrap();
    store::save(&changed, &link).unwrap();
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(store::load(&real).unwrap(), changed);
    let meta = fs::metadata(&real).unwrap();
    assert_eq!(meta.mode() & 0o777, 0o400, "a tighter mode is kept");
    if root {
        assert_eq!((meta.uid(), meta.gid()), (65534, 65534), "owner kept");
    }
    // No temporary file beside the link or the target.
    assert_eq!(fs::read_dir(&synced).unwrap().count(), 1);
    // The lock is the target's, so every name of the file shares it.
    assert_eq!(store::lock_path(&link), synced.join("inroads.json.lock"));
}

#[cfg(unix)]
fn unsafe_free_uid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    // The owner of a file this process just created is its effective uid.
    let f = tempfile::NamedTempFile::new().unwrap();
    f.as_file().metadata().unwrap().uid()
}

// ----- 6. unknown fields -----------------------------------------------------

#[test]
fn an_unknown_field_is_refused_by_name_not_dropped() {
    let mut doc: Value = serde_json::from_str(&store::to_json(&sample()).unwrap()).unwrap();
    doc["network"]["contacts"]["2"]["nickname"] = Value::from("Tommy");
    let err = store::from_json(&doc.to_string()).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Malformed {
            what: "data file",
            ..
        }
    ));
    let msg = err.to_string();
    assert!(
        msg.contains("nickname") && msg.contains("network.contacts.2"),
        "{msg}"
    );
    assert!(
        msg.contains("refuses the file rather than drop it"),
        "{msg}"
    );
    // At the top level too.
    let mut doc: Value = serde_json::from_str(&store::to_json(&sample()).unwrap()).unwrap();
    doc["comment"] = Value::from("hand-added");
    assert!(store::from_json(&doc.to_string())
        .unwrap_err()
        .to_string()
        .contains("comment"));
}

// ----- 7. truncated and broken imports ---------------------------------------

#[cfg(feature = "onet")]
#[test]
fn an_unclosed_quote_in_a_linkedin_export_is_named_where_it_began() {
    let text = fs::read_to_string(crate::fixture("linkedin-unclosed-quote.csv")).unwrap();
    let mut net = Network::default();
    let options = {
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = false;
        o
    };
    let err = inroads::import_linkedin(&mut net, &text, None, &options).unwrap_err();
    assert_eq!(err.location().and_then(|l| l.line), Some(5), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("unclosed quote") && msg.contains("line 1006"),
        "{msg}"
    );
    assert_eq!(net.contacts().len(), 0);
    // Skipping bad rows: every swallowed row is counted, the rest imported.
    let skip = {
        let mut o = options;
        o.skip_bad_rows = true;
        o
    };
    let report = inroads::import_linkedin(&mut net, &text, None, &skip).unwrap();
    assert_eq!(report.rows, 1010);
    assert_eq!(report.skipped_total, 1002);
    assert_eq!(report.created, 8);
    assert_eq!(report.skipped.first().map(|s| s.line), Some(5));
    assert_eq!(net.contacts().len(), 8);
}

#[test]
fn a_vcard_file_cut_off_mid_card_imports_no_half_card() {
    let text = fs::read_to_string(crate::fixture("contacts-truncated.vcf")).unwrap();
    let mut net = Network::default();
    let options = {
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = false;
        o
    };
    let err = inroads::import_vcards(&mut net, &text, &options).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Malformed {
                what: "vCard file",
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(err.location().and_then(|l| l.line), Some(13));
    assert!(err.to_string().contains("no END:VCARD"));
    assert_eq!(net.contacts().len(), 0);
    let report = inroads::import_vcards(&mut net, &text, &{
        let mut o = options;
        o.skip_bad_rows = true;
        o
    })
    .unwrap();
    assert_eq!(
        (report.rows, report.created, report.skipped_total),
        (3, 2, 1)
    );
    assert!(net.find_contacts_by_name("Elena Petrova").is_empty());
}

#[cfg(feature = "onet")]
#[test]
fn a_missing_or_endless_import_file_is_bad_input() {
    use crate::examples::{stderr, Cli};
    let cli = Cli::with_data(&crate::fixture("store-v3.json"));
    let before = cli.bytes();
    for args in [
        vec!["import", "linkedin", "/nonexistent/Connections.csv"],
        vec!["import", "vcard", "/dev/zero"],
        vec!["import", "ties", "/dev/zero"],
        vec!["draft", "request", "Tom Okafor", "--template", "/dev/zero"],
    ] {
        let o = cli.run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(cli.bytes(), before);
    }
    // A sparse 1 GiB file is refused before it is read.
    let big = cli.data.parent().unwrap().join("big.csv");
    fs::File::create(&big).unwrap().set_len(1 << 30).unwrap();
    let t = std::time::Instant::now();
    let o = cli.run(&["import", "linkedin", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("more than the limit"), "{}", stderr(&o));
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
}

// ----- 8. no fallback that hides an error ------------------------------------

#[test]
fn serialising_is_a_result_and_never_an_empty_document() {
    let net = sample();
    let text: Result<String, inroads::Error> = store::to_json(&net);
    let text = text.unwrap();
    assert!(text.len() > 1000);
    assert_eq!(store::from_json(&text).unwrap(), net);
    // Removing a contact that others' referral entries name rebuilds the
    // other timelines before anything changes.
    let mut net = sample();
    let alex = net.resolve_contact("Alex Kim").unwrap();
    net.remove_contact(alex, Removal::Detach).unwrap();
    net.check_derived().unwrap();
}

// ----- 9. redaction is an allow-list -----------------------------------------

/// A network with every field of the model filled in.
fn full_network() -> Network {
    let mut net = sample();
    let mut p = net.profile().clone();
    p.background = "Background text".into();
    net.set_profile(p).unwrap();
    net.set_skill(SkillRating {
        skill: inroads::Skill::new("Grant Writing").unwrap(),
        proficiency: inroads::Rating::new(3).unwrap(),
        enjoyment: inroads::Rating::new(4).unwrap(),
        read_as: Some("Prepare grant proposals.".into()),
    })
    .unwrap();
    let ind = net
        .add_industry(Industry {
            notes: "Industry notes".into(),
            demands: vec![inroads::SkillDemand {
                skill: inroads::Skill::new("Phlebotomy").unwrap(),
                weight: 0.5,
            }],
            ..Industry::named("Hospitals")
        })
        .unwrap();
    let co = net
        .add_company(Company {
            industry: Some(ind),
            website: Some("https://rush.example".into()),
            location: Some("Chicago, IL".into()),
            notes: "Company notes".into(),
            ..Company::named("Rush Medical")
        })
        .unwrap();
    let mut c = Contact::new("Megan Jones", day(2026, 2, 1));
    c.company = Some(co);
    c.title = Some("Nurse Manager".into());
    c.emails.push("megan@rush.example".into());
    c.phones.push("+1 312 555 0100".into());
    c.profile_url = Some("https://www.linkedin.com/in/megan-jones".into());
    c.profile_url_aliases
        .push("https://www.linkedin.com/in/megan-j".into());
    c.removed.push("old.megan@rush.example".into());
    c.tags.push("divorced".into());
    c.how_met = Some("At the gym".into());
    c.notes = "Personal notes".into();
    c.cadence = Some(inroads::Cadence {
        ideal_days: 30,
        max_days: 60,
        since: None,
    });
    let megan = net.add_contact(c).unwrap();
    net.set_tag_cadence(
        "divorced",
        Some(inroads::Cadence {
            ideal_days: 20,
            max_days: 40,
            since: None,
        }),
    )
    .unwrap();
    let at = inroads::parse_datetime("2026-02-02T09:00:00-06:00", offset()).unwrap();
    net.log(
        megan,
        at,
        Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "Sent from my phone",
    )
    .unwrap();
    let start = inroads::parse_datetime("2026-02-10T10:00:00-06:00", offset()).unwrap();
    net.schedule_meeting(
        megan,
        at,
        Meeting {
            start,
            minutes: 30,
            place: Some("1620 W Harrison St, Chicago".into()),
        },
        inroads::OverlapPolicy::Allow,
    )
    .unwrap();
    net.log(megan, start, Event::MeetingHeld, "Went well")
        .unwrap();
    net.add_question(Question {
        id: "my-question".into(),
        topic: Topic::Advice,
        text: "What would you do in my place?".into(),
        seniority: Vec::new(),
        fields: Vec::new(),
    })
    .unwrap();
    net.log(
        megan,
        start,
        Event::MeetingNotes {
            notes: MeetingNotes {
                answers: vec![inroads::Answer {
                    question: "my-question".into(),
                    text: "Answer text".into(),
                }],
                advice: vec!["Advice text".into()],
                names_mentioned: vec!["Dr. Someone".into()],
                promises: vec!["Promise text".into()],
            },
        },
        "",
    )
    .unwrap();
    net.add_lead(
        Lead {
            company: Some(co),
            posted: Some("https://jobs.example/123".into()),
            notes: "Lead notes".into(),
            contact: megan,
            role: "Clinical Informatics Nurse".into(),
            learned: day(2026, 2, 11),
            status: inroads::LeadStatus::Heard,
        },
        start,
    )
    .unwrap();
    net.set_tie(Tie {
        strength: Some(0.7),
        ..Tie::between(Party::Me, Party::Contact(megan))
    })
    .unwrap();
    net
}

/// Replaces every string (and object key) of the document that can hold
/// any text with a unique marker, keeping the document loadable; returns
/// the marked network and the markers.
fn fill_with_markers(net: &Network) -> (Network, Vec<String>) {
    let mut doc: Value = serde_json::from_str(&store::to_json(net).unwrap()).unwrap();
    let mut markers = Vec::new();
    let mut paths = Vec::new();
    collect_paths(&doc, &mut Vec::new(), &mut paths);
    for path in paths {
        let n = markers.len();
        let marker = format!("qzx{n}qzx");
        let candidates = [
            marker.clone(),
            format!("{marker}@example.org"),
            format!("https://example.org/{marker}"),
            format!("+1 555 {n:04} {marker}"),
        ];
        for c in candidates {
            let mut trial = doc.clone();
            if !replace_at(&mut trial, &path, &c) {
                break;
            }
            if store::from_json(&trial.to_string()).is_ok() {
                doc = trial;
                markers.push(marker);
                break;
            }
        }
    }
    (store::from_json(&doc.to_string()).unwrap(), markers)
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
    /// The object key itself, not its value.
    KeyName(String),
}

fn collect_paths(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match v {
        Value::String(_) => out.push(at.clone()),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                at.push(Step::Index(i));
                collect_paths(x, at, out);
                at.pop();
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let mut key = at.clone();
                key.push(Step::KeyName(k.clone()));
                out.push(key);
                at.push(Step::Key(k.clone()));
                collect_paths(x, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn replace_at(v: &mut Value, path: &[Step], with: &str) -> bool {
    match path.split_first() {
        None => match v {
            Value::String(s) => {
                *s = with.to_string();
                true
            }
            _ => false,
        },
        Some((Step::Index(i), rest)) => v.get_mut(*i).is_some_and(|x| replace_at(x, rest, with)),
        Some((Step::Key(k), rest)) => v.get_mut(k).is_some_and(|x| replace_at(x, rest, with)),
        Some((Step::KeyName(k), [])) => match v.as_object_mut() {
            Some(m) => match m.remove(k) {
                Some(x) => {
                    m.insert(with.to_string(), x);
                    true
                }
                None => false,
            },
            None => false,
        },
        Some((Step::KeyName(_), _)) => false,
    }
}

#[test]
fn redacted_exports_hold_none_of_the_strings_of_the_data_file() {
    let (marked, markers) = fill_with_markers(&full_network());
    // Every free-text field took a marker: names, titles, emails, phones,
    // URLs, tags (and the tag cadence's key), notes, places, question
    // texts, lead roles, skills, company and industry names.
    assert!(
        markers.len() >= 60,
        "only {} strings took a marker",
        markers.len()
    );
    let graph = {
        let mut o = GraphExport::new(day(2026, 3, 1));
        o.redact = true;
        o
    };
    let outputs = [
        ("json", inroads::export_redacted_json(&marked).unwrap()),
        ("graphml", inroads::export_graphml(&marked, &graph).unwrap()),
        ("dot", inroads::export_dot(&marked, &graph).unwrap()),
    ];
    for (what, text) in &outputs {
        let lower = text.to_lowercase();
        let found: Vec<&String> = markers
            .iter()
            .filter(|m| lower.contains(m.as_str()))
            .collect();
        assert!(found.is_empty(), "redacted {what} keeps {found:?}");
    }
    // The unredacted export has them, so the test sees what it claims to.
    let plain = store::to_json(&marked).unwrap().to_lowercase();
    assert!(markers.iter().all(|m| plain.contains(m.as_str())));
    // What is kept is what is not personal: the same shape and stages.
    let shared = inroads::redact(&marked).unwrap();
    assert_eq!(shared.contacts().len(), marked.contacts().len());
    assert_eq!(shared.journal().len(), marked.journal().len());
    for (id, _) in marked.contacts() {
        assert_eq!(shared.stage(id), marked.stage(id));
    }
}

// ----- 10. errors name contacts by id only -----------------------------------

#[test]
fn a_merge_conflict_names_ids_and_fields_not_people() {
    let mut net = sample();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let alex = net.resolve_contact("Alex Kim").unwrap();
    let before = net.clone();
    let err = net.merge(tom, alex, None).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains(&tom.to_string()) && msg.contains(&alex.to_string()),
        "{msg}"
    );
    assert!(msg.contains("company (company#"), "{msg}");
    for personal in ["Tom Okafor", "Alex Kim", "Instructional", "Education", "@"] {
        assert!(!msg.contains(personal), "{msg}");
    }
    assert!(!msg.contains("CompanyId("), "{msg}");
    assert_eq!(net, before);
}

#[test]
fn removal_and_reference_errors_name_contacts_by_id() {
    let mut net = sample();
    let priya = net.resolve_contact("Priya Raman").unwrap();
    let err = net.remove_contact(priya, Removal::Refuse).unwrap_err();
    assert!(!err.to_string().contains("Priya"), "{err}");
    assert!(err.to_string().contains(&priya.to_string()), "{err}");
    let mut taken = Contact::new("Someone Else", day(2026, 3, 1));
    taken.emails.push("priya.raman@lumenlabs.example".into());
    let err = net.add_contact(taken).unwrap_err();
    assert!(!err.to_string().contains("Priya Raman"), "{err}");
}

// ----- 11. ties by name through an index -------------------------------------

#[test]
fn a_ties_file_by_name_resolves_through_an_index() {
    // 5,000 rows by name onto 5,000 contacts: quadratic scanning took
    // seconds here in a debug build; the index takes milliseconds.
    let n = 5_000;
    let mut net = Network::default();
    for i in 0..n {
        net.add_contact(Contact::new(&format!("Person {i}"), day(2026, 1, 1)))
            .unwrap();
    }
    let mut csv = String::from("a,b,strength\n");
    for i in 0..n {
        csv.push_str(&format!("Person {i},Person {},0.5\n", (i + 1) % n));
    }
    let t = std::time::Instant::now();
    let done = inroads::import_ties_csv(&mut net, &csv).unwrap();
    assert_eq!(done.added, n);
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        t.elapsed()
    );
    // Ambiguity is still caught.
    net.add_contact(Contact::new("Person 1", day(2026, 1, 2)))
        .unwrap();
    let err = inroads::import_ties_csv(&mut net, "a,b,strength\n@me,Person 1,\n").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Ambiguous { .. }), "{err}");
}

// ----- 13. special files and the lock ----------------------------------------

#[cfg(all(unix, feature = "onet"))]
#[test]
fn a_fifo_as_the_data_file_is_refused_at_once() {
    use crate::examples::{example, stderr};
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("inroads.json");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for args in [vec!["contact", "list"], vec!["company", "add", "Acme"]] {
        let mut child = std::process::Command::new(example("inroads"))
            .arg("--data")
            .arg(&fifo)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let t = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if t.elapsed() > std::time::Duration::from_secs(10) {
                child.kill().unwrap();
                panic!("{args:?} hung on a FIFO");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("FIFO"), "{}", stderr(&o));
    }
}

#[cfg(feature = "onet")]
#[test]
fn a_writer_waiting_for_the_lock_says_so_and_gives_up_in_time() {
    use crate::examples::{stderr, Cli};
    let cli = Cli::with_data(&crate::fixture("store-v3.json"));
    let before = cli.bytes();
    let held = store::lock(&cli.data).unwrap();
    let t = std::time::Instant::now();
    let o = cli.run(&["--wait", "2", "company", "add", "Acme"]);
    let took = t.elapsed();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("waiting for another inroads command"), "{err}");
    assert!(
        err.contains(&format!("{}.lock", cli.data.display())),
        "{err}"
    );
    assert!(err.contains("did not finish within 2 s"), "{err}");
    assert!(took >= std::time::Duration::from_secs(2) && took < std::time::Duration::from_secs(20));
    assert_eq!(cli.bytes(), before);
    drop(held);
    cli.ok(&["company", "add", "Acme"]);
}

// ----- 14. control characters ------------------------------------------------

#[test]
fn control_characters_are_refused_where_they_cannot_belong() {
    let mut net = sample();
    let before = net.clone();
    for name in [
        "Ana\u{1b}]0;pwned\u{7}Ruiz",
        "Ana \u{202e}ziuR",
        "Ana\u{1}Ruiz",
        "Ana\u{9b}31mRuiz",
    ] {
        let err = net
            .add_contact(Contact::new(name, day(2026, 3, 1)))
            .unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::InvalidValue { .. }),
            "{err}"
        );
        // The message itself is safe to print.
        assert!(!err.to_string().chars().any(|c| c.is_control()), "{err:?}");
    }
    let mut titled = Contact::new("Ana Ruiz", day(2026, 3, 1));
    titled.title = Some("Director\u{1b}[8mof Nursing".into());
    crate::assert_kind(net.add_contact(titled), "invalid-value");
    crate::assert_kind(
        net.add_company(Company::named("Acme\u{1b}[2J")),
        "invalid-value",
    );
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let at = inroads::parse_datetime("2026-03-05T09:00:00-05:00", offset()).unwrap();
    let err = net
        .schedule_meeting(
            tom,
            at,
            Meeting {
                start: inroads::parse_datetime("2026-03-12T10:00:00-05:00", offset()).unwrap(),
                minutes: 30,
                place: Some("Room 1\rBEGIN:VEVENT".into()),
            },
            inroads::OverlapPolicy::Allow,
        )
        .unwrap_err();
    assert!(err.to_string().contains("line break"), "{err}");
    assert_eq!(net, before);
    // Imported names too: the vCard is refused, naming the card.
    let vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eve\u{1b}[31m Red\r\nEND:VCARD\r\n";
    let err = inroads::import_vcards(&mut net, vcf, &{
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = false;
        o
    })
    .unwrap_err();
    assert!(err.to_string().contains("U+001B"), "{err}");
    assert_eq!(net, before);
}

#[test]
fn outputs_escape_or_strip_what_notes_may_hold() {
    let mut net = sample();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let mut c = net.contact(tom).unwrap().clone();
    c.notes = "line one\rline two\ttabbed".into();
    net.update_contact(tom, c).unwrap();
    let vcf = inroads::export_vcards(&net, None, inroads::VcardVersion::V4);
    assert!(!vcf.contains("one\rline"), "a bare CR in a vCard");
    let csv = inroads::export_csv(&net, inroads::CsvExport::Contacts);
    assert!(!csv.contains('\r') || csv.contains("\r\n"));
    assert_eq!(inroads::display_safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
    assert_eq!(inroads::display_safe("a\u{202e}b"), "a\\u{202e}b");
    assert_eq!(
        inroads::display_safe("keep\nlines\tand tabs"),
        "keep\nlines\tand tabs"
    );
}

// ----- 15. a huge hop limit ----------------------------------------------------

#[test]
fn a_huge_hop_limit_stops_when_nothing_is_left_to_explore() {
    let net = inroads::sample::teacher_candidate_network().unwrap();
    let museum = net.resolve_company("Harbourfront Museum").unwrap();
    let today = day(2026, 3, 2);
    let huge = {
        let mut o = PathOptions::default();
        o.max_hops = u32::MAX;
        o
    };
    let t = std::time::Instant::now();
    let p = inroads::warm_path(&net, Target::Company(museum), &huge, today).unwrap();
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
    let enough = {
        let mut o = PathOptions::default();
        o.max_hops = net.contacts().len() as u32 + 1;
        o
    };
    let q = inroads::warm_path(&net, Target::Company(museum), &enough, today).unwrap();
    assert_eq!(p, q);
    // Nobody reachable: also immediate.
    let mut lonely = Network::default();
    let c = lonely
        .add_contact(Contact::new("Island", day(2026, 1, 1)))
        .unwrap();
    let r = inroads::warm_path(&lonely, Target::Contact(c), &huge, today).unwrap();
    assert_eq!(r.best, None);
    assert!(r.alternatives.is_empty());
}

// ----- 16. smaller ones -------------------------------------------------------

#[test]
fn a_formula_after_leading_spaces_is_neutralised() {
    assert_eq!(
        inroads::spreadsheet_safe("  =HYPERLINK(1)"),
        "'  =HYPERLINK(1)"
    );
    assert_eq!(inroads::spreadsheet_safe(" +1"), "' +1");
    assert_eq!(inroads::spreadsheet_safe("Ana Ruiz"), "Ana Ruiz");
}

#[test]
fn a_data_file_starting_with_a_byte_order_mark_loads() {
    let text = store::to_json(&sample()).unwrap();
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(store::from_json(&with_bom).unwrap(), sample());
}

#[cfg(feature = "onet")]
#[test]
fn a_bad_ties_csv_is_named_as_such_not_as_the_data_file() {
    use crate::examples::{stderr, Cli};
    let cli = Cli::with_data(&crate::fixture("store-v3.json"));
    let ties = cli.data.parent().unwrap().join("ties.csv");
    fs::write(&ties, "x,y,z\n@me,Tom Okafor,0.5\n").unwrap();
    let o = cli.run(&["import", "ties", ties.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("malformed ties CSV"), "{err}");
    assert!(!err.contains("restore a backup"), "{err}");
}

// ----- derived state is checked, not assumed ---------------------------------

#[test]
fn derived_indexes_match_a_rebuild_after_every_kind_of_edit() {
    let mut net = full_network();
    net.check_derived().unwrap();
    // Build the graph index, then patch it with tie edits.
    inroads::reach(&net, inroads::Hops::new(3).unwrap(), day(2026, 3, 1)).unwrap();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let priya = net.resolve_contact("Priya Raman").unwrap();
    net.set_tie(Tie {
        strength: Some(0.4),
        ..Tie::between(Party::Contact(tom), Party::Contact(priya))
    })
    .unwrap();
    net.check_derived().unwrap();
    net.remove_tie(Party::Contact(tom), Party::Contact(priya))
        .unwrap();
    net.check_derived().unwrap();
    let megan = net.resolve_contact("Megan Jones").unwrap();
    net.remove_contact(megan, Removal::Detach).unwrap();
    net.check_derived().unwrap();
}

// ----- found by a hostile probe of the fixes ---------------------------------

#[cfg(feature = "onet")]
#[test]
fn a_carriage_return_in_notes_never_reaches_the_terminal() {
    use crate::examples::Cli;
    let cli = Cli::with_data(&crate::fixture("store-v3.json"));
    cli.ok(&[
        "contact",
        "edit",
        "Tom Okafor",
        "--notes",
        "Do NOT trust\rGreat contact",
    ]);
    let shown = cli.ok(&["contact", "show", "Tom Okafor"]);
    assert!(!shown.contains('\r'), "{shown:?}");
    assert!(shown.contains("Do NOT trust\\u{d}Great contact"), "{shown}");
}

#[test]
fn an_unknown_field_on_an_event_without_data_is_refused() {
    let mut doc: Value = serde_json::from_str(&store::to_json(&sample()).unwrap()).unwrap();
    let journal = doc["network"]["journal"].as_object_mut().unwrap();
    let held = journal
        .values_mut()
        .find(|e| e["event"]["type"] == "meeting-held")
        .unwrap();
    held["event"]["future_field"] = Value::from("x");
    let err = store::from_json(&doc.to_string()).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("future_field") && msg.contains("meeting-held"),
        "{msg}"
    );
    assert!(msg.contains("network.journal."), "{msg}");
}

#[test]
fn a_record_listed_twice_under_one_key_is_refused_not_dropped() {
    let text = store::to_json(&sample()).unwrap();
    let ghost_contact =
        "\"1\": {\"name\":\"Ghost Duplicate\",\"notes\":\"\",\"created\":\"2026-01-01\"},\n      ";
    let ghost_entry = "\"1\": {\"contact\":1,\"at\":\"2026-01-02T09:00:00-05:00\",\"event\":{\"type\":\"note\"}},\n      ";
    for (section, ghost) in [
        ("\"contacts\": {\n      ", ghost_contact),
        ("\"journal\": {\n      ", ghost_entry),
    ] {
        let doubled = text.replacen(section, &format!("{section}{ghost}"), 1);
        assert_ne!(doubled, text);
        let err = store::from_json(&doubled).unwrap_err();
        assert!(err.to_string().contains("listed twice"), "{err}");
    }
}

#[test]
fn a_quoted_linkedin_field_over_two_lines_is_valid_csv() {
    let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                Ana,One,,,Acme,\"Nurse\nSenior\",02 Mar 2025\n\
                Cy,Three,,,Acme,Nurse,02 Mar 2025\n";
    let mut net = Network::default();
    let report = inroads::import_linkedin(&mut net, text, None, &{
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = false;
        o
    })
    .unwrap();
    assert_eq!(
        (report.rows, report.created, report.skipped_total),
        (2, 2, 0)
    );
    let ana = net.resolve_contact("Ana One").unwrap();
    assert_eq!(
        net.contact(ana).unwrap().title.as_deref(),
        Some("Nurse Senior")
    );
}

#[cfg(unix)]
#[test]
fn the_lock_file_belongs_to_the_data_file_owner() {
    use std::os::unix::fs::MetadataExt;
    if unsafe_free_uid() != 0 {
        return; // only root can give a file away
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inroads.json");
    store::save(&sample(), &path).unwrap();
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
    let lock = store::lock(&path).unwrap();
    let meta = fs::metadata(lock.path()).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
}

#[test]
fn an_export_never_takes_the_place_of_a_lock_not_yet_created() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("inroads.json");
    store::save(&sample(), &data).unwrap();
    let mut target = store::ExportTarget::protecting(&data);
    target.overwrite = true;
    let lock = dir.path().join("inroads.json.lock");
    assert!(!lock.exists());
    let err = store::write_export(&lock, b"id,name\n", &target).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::WouldOverwrite {
                protected: true,
                ..
            }
        ),
        "{err}"
    );
    assert!(!lock.exists());
}

#[test]
fn vcard_problems_are_named_by_the_line_their_card_begins_on_first_one_first() {
    let vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good Person\r\nEND:VCARD\r\n\
               BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eve\u{1b}[31m Red\r\nEND:VCARD\r\n\
               BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n";
    let mut net = Network::default();
    let strict = {
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = false;
        o
    };
    let err = inroads::import_vcards(&mut net, vcf, &strict).unwrap_err();
    assert_eq!(err.location().and_then(|l| l.line), Some(5), "{err}");
    assert!(err.to_string().contains("the 2nd card"), "{err}");
    let report = inroads::import_vcards(&mut net, vcf, &{
        let mut o = strict;
        o.skip_bad_rows = true;
        o
    })
    .unwrap();
    let lines: Vec<u64> = report.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [5]);
    // The card with only an email comes in under its address (issue 21).
    assert_eq!((report.rows, report.created), (3, 2));
}

#[test]
fn a_skipped_row_leaves_no_company_behind() {
    let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                Ana,One,,,Acme,Nurse,02 Mar 2025\n\
                Bo,Two,,,Ghost Corp,Nurse\u{1b}[31m,02 Mar 2025\n";
    let mut net = Network::default();
    let report = inroads::import_linkedin(&mut net, text, None, &{
        let mut o = ImportOptions::new(day(2026, 3, 1));
        o.skip_bad_rows = true;
        o
    })
    .unwrap();
    assert_eq!((report.created, report.skipped_total), (1, 1));
    assert_eq!(report.companies_created, 1);
    assert_eq!(net.companies().len(), 1);
    assert!(net.find_company("Ghost Corp").is_none());
}

#[test]
fn noncharacters_and_invisible_marks_are_refused_and_graphml_stays_xml() {
    let mut net = sample();
    for name in [
        "Ann \u{ffff} X",
        "Ann \u{fffe} X",
        "Ann\u{200f} X",
        "Ann\u{e0041} X",
    ] {
        assert!(
            net.add_contact(Contact::new(name, day(2026, 3, 1)))
                .is_err(),
            "{name:?}"
        );
    }
    let mut c = Contact::new("Ann Phone", day(2026, 3, 1));
    c.phones.push("+1 555\u{1b}[2J 0100".into());
    crate::assert_kind(net.add_contact(c), "invalid-value");
    let xml = inroads::export_graphml(&net, &{
        let mut o = GraphExport::new(day(2026, 3, 1));
        o.redact = false;
        o
    })
    .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed: {e}"),
        }
    }
}

#[test]
fn a_meeting_whose_utc_date_leaves_the_range_is_refused() {
    let mut net = sample();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let start = chrono::DateTime::parse_from_rfc3339("9999-12-31T23:59:00-23:59").unwrap();
    let before = net.clone();
    let err = net
        .schedule_meeting(
            tom,
            start,
            Meeting {
                start,
                minutes: 30,
                place: None,
            },
            inroads::OverlapPolicy::Allow,
        )
        .unwrap_err();
    assert!(err.to_string().contains("between 1000 and 9999"), "{err}");
    assert_eq!(net, before);
}

// ----- issue 21: the third round ----------------------------------------------

#[cfg(all(feature = "onet", feature = "report"))]
/// Every query, view, export and report that takes a day, run on `today`:
/// `Ok` for every one of them inside the accepted years, the same
/// `invalid-value` error (naming "today") from every one outside them.
fn every_dated_call(
    net: &Network,
    today: chrono::NaiveDate,
) -> Vec<(&'static str, inroads::Result<()>)> {
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let company = net.companies().next().map(|(id, _)| id).unwrap();
    let catalog = inroads::Catalog::builtin().ok();
    let report = |redact: bool| {
        let mut o = inroads::ReportOptions::new(today);
        o.redact = redact;
        inroads::report(net, catalog, &o).map(|r| {
            let _ = inroads::render_html(&r);
        })
    };
    let linkedin = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                    Ana,Ruiz,,,Acme,Director,01 Mar 2026\n";
    let vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n";
    vec![
        (
            "plan",
            inroads::plan(net, &inroads::PlanOptions::default(), today).map(drop),
        ),
        ("export_ics", inroads::export_ics(net, today).map(drop)),
        ("report", report(false)),
        ("redacted report", report(true)),
        (
            "reach",
            inroads::reach(net, inroads::Hops::new(3).unwrap(), today).map(drop),
        ),
        ("coverage", inroads::coverage(net, today).map(drop)),
        (
            "connectors",
            inroads::connectors(net, &inroads::ConnectorOptions::default(), today).map(drop),
        ),
        (
            "suggest",
            inroads::suggest(net, &inroads::SuggestOptions::default(), today).map(drop),
        ),
        (
            "warm_path",
            inroads::warm_path(
                net,
                Target::Company(company),
                &PathOptions::default(),
                today,
            )
            .map(drop),
        ),
        ("mutual", inroads::mutual(net, tom, today).map(drop)),
        (
            "tie_strength",
            inroads::tie_strength(net, tom, today).map(drop),
        ),
        (
            "funnel",
            inroads::funnel(net, Some(today), Some(today)).map(drop),
        ),
        (
            "graphml",
            inroads::export_graphml(net, &GraphExport::new(today)).map(drop),
        ),
        (
            "dot",
            inroads::export_dot(net, &GraphExport::new(today)).map(drop),
        ),
        (
            "linkedin import",
            inroads::import_linkedin(&mut net.clone(), linkedin, None, &ImportOptions::new(today))
                .map(drop),
        ),
        (
            "vcard import",
            inroads::import_vcards(&mut net.clone(), vcard, &ImportOptions::new(today)).map(drop),
        ),
    ]
}

#[cfg(all(feature = "onet", feature = "report"))]
fn check_every_dated_call(net: &Network, today: chrono::NaiveDate) {
    use chrono::Datelike;
    let inside = (1000..=9999).contains(&today.year());
    for (what, r) in every_dated_call(net, today) {
        match (inside, r) {
            (true, Ok(())) => {}
            (true, Err(e)) => panic!("{what} at {today}: {e}"),
            (false, Ok(())) => panic!("{what} at {today} was accepted"),
            (false, Err(e)) => {
                assert_eq!(e.kind().code(), "invalid-value", "{what} at {today}: {e}");
                assert!(e.to_string().contains("1000 and 9999"), "{what}: {e}");
            }
        }
    }
}

#[cfg(all(feature = "onet", feature = "report"))]
#[test]
fn every_dated_call_is_whole_at_the_edges_of_the_calendar() {
    let net = sample();
    for today in [
        chrono::NaiveDate::MIN,
        chrono::NaiveDate::MAX,
        day(999, 12, 31),
        day(1000, 1, 1),
        day(1000, 1, 7),
        day(9999, 12, 31),
        day(10000, 1, 1),
        chrono::NaiveDate::from_ymd_opt(-262143, 1, 7).unwrap(),
    ] {
        check_every_dated_call(&net, today);
    }
}

#[cfg(all(feature = "onet", feature = "report"))]
proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(24))]
    #[test]
    fn every_dated_call_is_whole_on_any_day(
        days in proptest::prop_oneof![
            -100_000_000..=100_000_000i32, // beyond NaiveDate::MIN ..= MAX
            364_678..=365_078, // around 1000-01-01
            3_651_859..=3_652_259, // around 9999-12-31
        ]
    ) {
        let Some(today) = chrono::NaiveDate::from_num_days_from_ce_opt(days) else {
            return Ok(());
        };
        check_every_dated_call(&sample(), today);
    }
}

#[cfg(feature = "onet")]
#[test]
fn a_report_for_a_day_out_of_the_calendar_is_an_error_not_a_crash() {
    let cli = crate::examples::Cli::with_data(&crate::fixture("store-v3.json"));
    let out = cli._dir.path().join("out.html");
    for today in ["-262143-01-01", "-262143-01-07", "+262142-12-31"] {
        let o = std::process::Command::new(crate::examples::example("inroads"))
            .arg("--data")
            .arg(&cli.data)
            .arg(format!("--today={today}"))
            .args(["--json", "report"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(2),
            "{today}: {}",
            crate::examples::stderr(&o)
        );
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["error"]["kind"], "invalid-value", "{v}");
        assert!(!out.exists());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(64))]
    /// Any accepted instant, in any offset (seconds included): save → load
    /// gives the same instants in the same journal order.
    #[test]
    fn what_is_saved_is_the_moment_that_was_meant(
        secs in 1_000_000_000i64..2_000_000_000,
        offset in -86_399i32..=86_399,
        reply_offset in -86_399i32..=86_399,
        gap in 1i64..120,
    ) {
        let mut net = sample();
        let tom = net.add_contact(Contact::new("Pat Prop", day(2000, 1, 1))).unwrap();
        let at = |s: i64, o: i32| {
            chrono::DateTime::from_timestamp(s, 0)
                .unwrap()
                .with_timezone(&chrono::FixedOffset::east_opt(o).unwrap())
        };
        let asked = at(secs, offset);
        let answered = at(secs + gap, reply_offset);
        net.log(tom, asked, Event::RequestSent { channel: inroads::Channel::Email }, "").unwrap();
        net.log(tom, answered, Event::ReplyReceived, "").unwrap();
        let back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
        proptest::prop_assert_eq!(&back, &net);
        let moments: Vec<_> = back.entries(tom).iter().map(|(_, e)| e.at).collect();
        proptest::prop_assert_eq!(&moments[moments.len() - 2..], &[asked, answered][..]);
        for m in &moments {
            proptest::prop_assert_eq!(m.offset().local_minus_utc() % 60, 0);
        }
        proptest::prop_assert_eq!(back.stage(tom), inroads::Stage::Replied);
    }
}

#[cfg(feature = "onet")]
#[test]
fn a_day_in_a_zone_with_seconds_in_its_offset_stays_that_day() {
    let cli = crate::examples::Cli::new();
    cli.ok(&["init", "--name", "Historian"]);
    cli.ok(&["profile", "set", "--timezone", "Europe/Amsterdam"]);
    let o = cli.run_on("1850-01-01", &["contact", "add", "Ann Old"]);
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    let o = cli.run_on("1850-01-01", &["log", "Ann Old", "requested"]);
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    let j = cli.json_on("1850-01-01", &["journal", "Ann Old"]);
    let at = j.to_string();
    assert!(at.contains("1850-01-01T00:"), "{at}");
    assert!(!at.contains("1849-12-31"), "{at}");
    // The file loads, and says the same.
    let net = store::load(&cli.data).unwrap();
    let ann = net.resolve_contact("Ann Old").unwrap();
    let (_, e) = net.entries(ann)[0];
    assert_eq!(e.at.date_naive(), day(1850, 1, 1));
}

#[cfg(all(feature = "onet", feature = "report"))]
/// Every UTC offset written in `text` other than `+00:00`/`-00:00`/`Z`.
fn non_zero_offsets(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for i in 0..b.len().saturating_sub(5) {
        let w = &b[i..i + 6];
        let is_offset = (w[0] == b'+' || w[0] == b'-')
            && w[1].is_ascii_digit()
            && w[2].is_ascii_digit()
            && w[3] == b':'
            && w[4].is_ascii_digit()
            && w[5].is_ascii_digit();
        if is_offset && &w[1..] != b"00:00" {
            found.push(String::from_utf8_lossy(w).into_owned());
        }
    }
    found
}

#[cfg(all(feature = "onet", feature = "report"))]
#[test]
fn redacted_output_gives_every_moment_in_utc() {
    let mut net = full_network();
    let mut p = net.profile().clone();
    p.timezone = Some("America/Chicago".into());
    net.set_profile(p).unwrap();
    let ana = net
        .add_contact(Contact::new("Ana Summer", day(2026, 2, 1)))
        .unwrap();
    // Before and after the change to daylight saving (8 March 2026).
    let winter = inroads::parse_datetime("2026-03-02T00:00:00-06:00", offset()).unwrap();
    let summer = inroads::parse_datetime("2026-03-10T09:00:00-05:00", offset()).unwrap();
    let meeting = inroads::parse_datetime("2026-03-13T10:00:00-05:00", offset()).unwrap();
    net.log(
        ana,
        winter,
        Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "",
    )
    .unwrap();
    net.log(ana, summer, Event::ReplyReceived, "").unwrap();
    net.schedule_meeting(
        ana,
        summer,
        Meeting::at(meeting),
        inroads::OverlapPolicy::Allow,
    )
    .unwrap();
    let today = day(2026, 3, 12);
    // The plain outputs carry the offsets, so the test sees what it claims to.
    let plain = store::to_json(&net).unwrap();
    assert!(non_zero_offsets(&plain).contains(&"-05:00".to_string()));
    let graph = {
        let mut o = GraphExport::new(today);
        o.redact = true;
        o
    };
    let shared = inroads::redact(&net).unwrap();
    let report = {
        let mut o = inroads::ReportOptions::new(today);
        o.redact = true;
        let r = inroads::report(&net, inroads::Catalog::builtin().ok(), &o).unwrap();
        (serde_json::to_string(&r).unwrap(), inroads::render_html(&r))
    };
    // The meeting is on the plan, so its moment is printed somewhere.
    assert!(
        report.1.contains("15:00"),
        "the meeting at 15:00 UTC is not shown"
    );
    for (what, text) in [
        ("json", inroads::export_redacted_json(&net).unwrap()),
        ("graphml", inroads::export_graphml(&net, &graph).unwrap()),
        ("dot", inroads::export_dot(&net, &graph).unwrap()),
        ("ics", inroads::export_ics(&shared, today).unwrap()),
        ("report view", report.0),
        ("report", report.1),
    ] {
        let found = non_zero_offsets(&text);
        assert!(found.is_empty(), "redacted {what} keeps offsets {found:?}");
    }
    // Moments are kept, only their offsets go.
    let back = shared.entries(ana);
    assert_eq!(back[1].1.at, summer);
    assert_eq!(back[1].1.at.offset().local_minus_utc(), 0);
}

#[cfg(all(feature = "onet", feature = "report"))]
#[test]
fn the_redacted_report_shows_the_same_person() {
    let mut net = full_network();
    for (skill, p, e) in [
        ("Teaching", 5, 5),
        ("Curriculum design", 4, 5),
        ("Public speaking", 4, 4),
    ] {
        net.set_skill(SkillRating {
            skill: inroads::Skill::new(skill).unwrap(),
            proficiency: inroads::Rating::new(p).unwrap(),
            enjoyment: inroads::Rating::new(e).unwrap(),
            read_as: None,
        })
        .unwrap();
    }
    let catalog = inroads::Catalog::builtin().ok();
    let view = |redact: bool| {
        let mut o = inroads::ReportOptions::new(day(2026, 3, 2));
        o.redact = redact;
        inroads::report(&net, catalog, &o).unwrap()
    };
    let (plain, shared) = (view(false), view(true));
    let (p, s) = (
        plain.transfer.clone().unwrap(),
        shared.transfer.clone().unwrap(),
    );
    let titles = |t: &inroads::Transfer| {
        t.occupations
            .iter()
            .map(|o| (o.title.clone(), o.score))
            .collect::<Vec<_>>()
    };
    assert!(!p.occupations.is_empty());
    assert_eq!(titles(&s), titles(&p));
    assert_eq!(s.fields, p.fields);
    assert_eq!(s.labour_market, p.labour_market);
    assert_eq!(
        s.industries.iter().map(|i| i.1).collect::<Vec<_>>(),
        p.industries.iter().map(|i| i.1).collect::<Vec<_>>()
    );
    assert_eq!(
        s.interests.as_ref().map(|i| &i.holland),
        p.interests.as_ref().map(|i| &i.holland)
    );
    // Only the user's own words are replaced.
    assert_eq!(shared.unmatched_skills.len(), plain.unmatched_skills.len());
    // "Hospitals" is the user's industry and also a BLS industry (public,
    // and ranked here): the user's own list shows only its pseudonym.
    assert!(p.industries.iter().any(|i| i.0 == "Hospitals"));
    assert!(
        !s.industries.iter().any(|i| i.0 == "Hospitals"),
        "{:?}",
        s.industries
    );
    let html = inroads::render_html(&shared);
    for secret in ["Grant Writing", "Phlebotomy", "Curriculum design"] {
        assert!(
            !html.contains(secret),
            "the redacted report shows {secret:?}"
        );
    }
    assert!(!shared.unmatched_skills.iter().any(|s| s == "Grant Writing"));
}

/// Found by the inventory of the command line's documents: removing a
/// company with `--detach` left a lead pointing at it, and the saved file
/// no longer loaded ("no company #1" at `network.leads.1`).
#[test]
fn removing_a_company_detaches_its_leads_and_the_file_still_loads() {
    let mut net = full_network();
    let (co, lead) = net
        .leads()
        .find_map(|(id, l)| l.company.map(|c| (c, id)))
        .unwrap();
    // Refused while a lead names it, even with no contact there.
    let mut only_lead = net.clone();
    let staff: Vec<ContactId> = only_lead
        .contacts()
        .filter(|(_, c)| c.company == Some(co))
        .map(|(id, _)| id)
        .collect();
    for id in staff {
        let mut edit = inroads::ContactEdit::default();
        edit.company = inroads::Change::Clear;
        only_lead.edit_contact(id, &edit).unwrap();
    }
    let before = only_lead.clone();
    let e = only_lead.remove_company(co, Removal::Refuse).unwrap_err();
    assert_eq!(e.kind().code(), "in-use", "{e}");
    assert!(e.to_string().contains(&lead.to_string()), "{e}");
    assert_eq!(only_lead, before);
    // Detached: the lead stays, without the company, and the file loads.
    net.remove_company(co, Removal::Detach).unwrap();
    assert_eq!(net.lead(lead).unwrap().company, None);
    let back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
    assert_eq!(back, net);
}

#[cfg(feature = "onet")]
/// Runs the command line without `--today`: the system clock.
fn on_the_clock(cli: &crate::examples::Cli, args: &[&str]) -> Value {
    let o = std::process::Command::new(crate::examples::example("inroads"))
        .arg("--data")
        .arg(&cli.data)
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        crate::examples::stderr(&o)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

#[cfg(feature = "onet")]
#[test]
fn today_is_the_day_where_the_job_seeker_is() {
    use chrono::TimeZone;
    // At any moment one of these is on another date than UTC.
    for (zone, tz) in [
        ("Pacific/Kiritimati", chrono_tz::Pacific::Kiritimati),
        ("Etc/GMT+12", chrono_tz::Etc::GMTPlus12),
    ] {
        let cli = crate::examples::Cli::new();
        cli.ok(&["init", "--name", "Traveller"]);
        cli.ok(&["profile", "set", "--timezone", zone]);
        let local_today = || {
            tz.from_utc_datetime(&chrono::Utc::now().naive_utc())
                .date_naive()
                .to_string()
        };
        let before = local_today();
        let plan = on_the_clock(&cli, &["plan"]);
        let added = on_the_clock(&cli, &["contact", "add", "Ana Local"]);
        let shown = on_the_clock(&cli, &["contact", "show", "Ana Local"]);
        let after = local_today();
        let ok = |d: &Value| d.as_str().is_some_and(|d| d == before || d == after);
        assert!(
            ok(&plan["today"]),
            "{zone}: plan for {} on {before}",
            plan["today"]
        );
        assert!(added["added"].is_object(), "{added}");
        assert!(
            ok(&shown["contact"]["created"]),
            "{zone}: added {} on {before}",
            shown["contact"]["created"]
        );
    }
}

#[cfg(feature = "onet")]
#[test]
fn an_entry_without_a_time_on_a_whole_day_comes_after_that_days_entries() {
    let cli = crate::examples::Cli::new();
    cli.ok(&["init", "--name", "X"]);
    cli.ok(&["contact", "add", "Ana Ruiz"]);
    let d = "2026-03-02";
    let o = cli.run_on(
        d,
        &["log", "Ana Ruiz", "requested", "--at", "2026-03-02 09:00"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    let o = cli.run_on(d, &["log", "Ana Ruiz", "replied"]);
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    let o = cli.run_on(
        d,
        &[
            "meeting",
            "schedule",
            "Ana Ruiz",
            "--at",
            "2026-03-05 10:00",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    // A lead heard that day comes after them too (found by the probe).
    let o = cli.run_on(d, &["lead", "add", "Ana Ruiz", "--role", "Analyst"]);
    assert_eq!(o.status.code(), Some(0), "{}", crate::examples::stderr(&o));
    let net = store::load(&cli.data).unwrap();
    let ana = net.resolve_contact("Ana Ruiz").unwrap();
    let at: Vec<String> = net
        .entries(ana)
        .iter()
        .map(|(_, e)| e.at.format("%H:%M").to_string())
        .collect();
    assert_eq!(at, ["09:00", "09:01", "09:02", "09:03"]);
    assert_eq!(net.stage(ana), inroads::Stage::Scheduled);
}

#[cfg(feature = "onet")]
#[test]
fn a_day_the_clocks_skipped_is_said_plainly() {
    let cli = crate::examples::Cli::new();
    cli.ok(&["init", "--name", "X"]);
    cli.ok(&["profile", "set", "--timezone", "Pacific/Apia"]);
    let o = cli.run_on("2011-12-30", &["contact", "add", "Sina"]);
    assert_eq!(o.status.code(), Some(2));
    let e = crate::examples::stderr(&o);
    assert!(e.contains("that day did not happen in Pacific/Apia"), "{e}");
    assert!(
        e.contains("2011-12-29 23:59:59 -10:00") && e.contains("2011-12-31 00:00 +14:00"),
        "{e}"
    );
    // The days either side exist.
    for d in ["2011-12-29", "2011-12-31"] {
        let o = cli.run_on(d, &["plan"]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{d}: {}",
            crate::examples::stderr(&o)
        );
    }
    let zone = inroads::Zone::parse("Pacific/Apia").unwrap();
    assert_eq!(
        zone.end_of(day(2011, 12, 29)).unwrap().to_rfc3339(),
        "2011-12-29T23:59:59-10:00"
    );
    crate::assert_kind(zone.start_of(day(2011, 12, 30)), "invalid-value");
    // A day whose end is in the year 10000 in UTC is named as given.
    cli.ok(&["profile", "set", "--timezone", "America/Los_Angeles"]);
    let o = cli.run_on("9999-12-31", &["contact", "add", "Late"]);
    assert_eq!(o.status.code(), Some(2));
    let e = crate::examples::stderr(&o);
    assert!(
        e.contains("invalid day \"9999-12-31\"") && e.contains("in UTC"),
        "{e}"
    );
}

#[test]
fn after_the_zone_changes_the_plan_speaks_the_new_zone() {
    let mut net = Network::default();
    let mut p = net.profile().clone();
    p.timezone = Some("America/New_York".into());
    net.set_profile(p.clone()).unwrap();
    let ana = net
        .add_contact(Contact::new("Ana Ruiz", day(2026, 3, 1)))
        .unwrap();
    let ny = |s: &str| {
        inroads::parse_datetime(s, chrono::FixedOffset::west_opt(5 * 3600).unwrap()).unwrap()
    };
    net.log(
        ana,
        ny("2026-03-02 09:00"),
        Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "",
    )
    .unwrap();
    net.log(ana, ny("2026-03-02 10:00"), Event::ReplyReceived, "")
        .unwrap();
    net.schedule_meeting(
        ana,
        ny("2026-03-02 10:00"),
        Meeting::at(ny("2026-03-03 21:00")),
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    p.timezone = Some("Asia/Tokyo".into());
    net.set_profile(p).unwrap();
    let actions = inroads::plan(&net, &inroads::PlanOptions::default(), day(2026, 3, 4)).unwrap();
    let meeting = actions
        .iter()
        .find(|a| a.kind == inroads::ActionKind::Prepare)
        .unwrap();
    assert_eq!(
        meeting.reason.to_string(),
        "meeting at 2026-03-04 11:00 +09:00: read the brief"
    );
    assert_eq!(meeting.due, day(2026, 3, 4));
}
