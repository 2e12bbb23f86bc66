//! Imports and exports: a fixture for every quirk, idempotent re-imports,
//! exports parsed by a second, independent parser.
#![cfg(feature = "onet")]

use crate::{day, fixture};
use inroads::{
    sample, store, Catalog, CsvExport, GraphExport, ImportOptions, Network, Party, Prefer, Stage,
    VcardVersion,
};

fn options(skip: bool) -> ImportOptions {
    {
        let mut o = ImportOptions::new(day(2026, 3, 2));
        o.skip_bad_rows = skip;
        o
    }
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

fn names(net: &Network) -> Vec<String> {
    net.contacts().map(|(_, c)| c.name.clone()).collect()
}

#[test]
fn linkedin_current_export_with_every_quirk() {
    let mut net = Network::default();
    let catalog = Catalog::builtin().unwrap();
    let r = inroads::import_linkedin(
        &mut net,
        &read("linkedin-current.csv"),
        Some(catalog),
        &options(false),
    )
    .unwrap();
    assert_eq!(
        (r.rows, r.created, r.updated, r.companies_created),
        (4, 4, 0, 3),
        "{r:?}"
    );
    // Names tidied: tabs, stray spaces, emoji kept.
    assert_eq!(
        names(&net),
        ["Priya Raman", "Tom Okafor", "Zoë 🌱 Müller", "Sam Whitaker"]
    );
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let t = net.contact(tom).unwrap();
    // Quoted commas in company and position.
    assert_eq!(
        net.company(t.company.unwrap()).unwrap().name,
        "Harbourfront Museum, Education Dept."
    );
    assert_eq!(t.title.as_deref(), Some("Manager, Education Programs"));
    assert_eq!(t.emails, ["tom.okafor@museum.example"]);
    assert_eq!(t.created, day(2026, 1, 3));
    assert_eq!(t.seniority, inroads::Seniority::Manager);
    // Each connection is tied to the job seeker; a field is inferred from the position.
    assert_eq!(net.ties().filter(|x| x.a == Party::Me).count(), 4);
    let zoe = net.resolve_contact("Zoë 🌱 Müller").unwrap();
    assert!(net.contact(zoe).unwrap().field.is_some());
    // Importing the same file again changes nothing.
    let before = net.clone();
    let again = inroads::import_linkedin(
        &mut net,
        &read("linkedin-current.csv"),
        Some(catalog),
        &options(false),
    )
    .unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 4));
    assert_eq!(net, before);
    // A newer export updates and adds, never duplicates.
    let newer = inroads::import_linkedin(
        &mut net,
        &read("linkedin-newer.csv"),
        Some(catalog),
        &options(false),
    )
    .unwrap();
    assert_eq!(
        (newer.created, newer.updated, newer.unchanged),
        (1, 1, 3),
        "{newer:?}"
    );
    assert_eq!(net.contacts().len(), 5);
    let sam = net.resolve_contact("Sam Whitaker").unwrap();
    assert_eq!(
        net.contact(sam).unwrap().title.as_deref(),
        Some("Training Manager")
    );
}

#[test]
fn linkedin_older_export() {
    let mut net = Network::default();
    let r = inroads::import_linkedin(&mut net, &read("linkedin-old.csv"), None, &options(false))
        .unwrap();
    assert_eq!(r.created, 2);
    let elena = net.resolve_contact("elena@opendoors.example").unwrap();
    let e = net.contact(elena).unwrap();
    assert_eq!(e.created, day(2016, 12, 22));
    assert_eq!(
        e.profile_url.as_deref(),
        Some("https://www.linkedin.com/in/elena-petrova")
    );
    let jordan = net.resolve_contact("Jordan Lee").unwrap();
    assert_eq!(net.contact(jordan).unwrap().created, day(2019, 3, 5));
    assert!(net
        .find_company("University of Toronto, Career Centre")
        .is_some());
}

#[test]
fn linkedin_bad_rows_are_all_or_nothing_unless_skipped() {
    let mut net = Network::default();
    let text = read("linkedin-bad-rows.csv");
    let err = inroads::import_linkedin(&mut net, &text, None, &options(false)).unwrap_err();
    assert_eq!(err.location().and_then(|l| l.line), Some(3), "{err}");
    assert!(err.to_string().contains("yesterday"), "{err}");
    assert_eq!(net, Network::default());
    let r = inroads::import_linkedin(&mut net, &text, None, &options(true)).unwrap();
    assert_eq!(r.created, 2);
    let lines: Vec<u64> = r.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [3, 4, 5], "{:?}", r.skipped);
    assert!(r.skipped[2].reason.contains("not-an-email"));
    // Not a LinkedIn file at all.
    let err = inroads::import_linkedin(&mut net, "name,email\nA,a@b.co\n", None, &options(false))
        .unwrap_err();
    assert!(err.to_string().contains("First Name"));
}

#[test]
fn vcards_3_and_4_import_and_round_trip() {
    let mut net = Network::default();
    let r = inroads::import_vcards(&mut net, &read("contacts-3.0.vcf"), &options(false)).unwrap();
    assert_eq!(r.created, 2);
    inroads::import_vcards(&mut net, &read("contacts-4.0.vcf"), &options(false)).unwrap();
    let priya = net.resolve_contact("Priya Raman").unwrap();
    let p = net.contact(priya).unwrap();
    assert_eq!(p.tags, ["alumni", "edtech"]);
    assert_eq!(p.phones, ["+1 416 555 0101"]);
    // Folded line and escaped comma and semicolon.
    assert_eq!(
        p.notes,
        "Met at the alumni night, wants to hear about my practicum; follow up in March."
    );
    let zoe = net.resolve_contact("Zoë Müller").unwrap();
    let z = net.contact(zoe).unwrap();
    assert_eq!(z.emails.len(), 2);
    assert_eq!(
        net.company(z.company.unwrap()).unwrap().name,
        "Northwind Financial, Inc."
    );
    assert!(net.resolve_contact("Élise Dubois-Tremblay").is_ok());
    // Import → export → import gives the same contacts.
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let vcf = inroads::export_vcards(&net, None, version);
        let mut back = Network::default();
        inroads::import_vcards(&mut back, &vcf, &options(false)).unwrap();
        let facts = |n: &Network| {
            n.contacts()
                .map(|(_, c)| {
                    let company = c.company.and_then(|k| n.company(k)).map(|k| k.name.clone());
                    (
                        c.name.clone(),
                        c.title.clone(),
                        company,
                        c.emails.clone(),
                        c.phones.clone(),
                        c.tags.clone(),
                        c.notes.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(facts(&back), facts(&net), "{version:?}");
        // Re-importing the export into the original updates nothing.
        let mut same = net.clone();
        let r = inroads::import_vcards(&mut same, &vcf, &options(false)).unwrap();
        assert_eq!((r.created, r.updated), (0, 0));
    }
}

#[test]
fn a_card_without_a_name_imports_under_its_address_for_the_user_to_name() {
    let mut net = Network::default();
    let text = read("contacts-no-name.vcf");
    let r = inroads::import_vcards(&mut net, &text, &options(false)).unwrap();
    assert_eq!((r.created, r.skipped_total), (2, 0));
    let id = net.resolve_contact("nobody@example.org").unwrap();
    assert_eq!(r.unnamed, [id]);
    assert_eq!(net.contact(id).unwrap().tags, [inroads::NEEDS_NAME_TAG]);
}

/// An Android 2.1 export (quoted-printable UTF-8, PREF, cards with only an
/// email first) imports whole, without `--skip-bad-rows`: the email-only
/// cards under their address, flagged; the card with nothing to identify
/// anyone is skipped and said so.
#[test]
fn an_android_export_whose_first_cards_carry_only_an_email_imports() {
    let mut net = Network::default();
    let text = read("contacts-android-2.1.vcf");
    let r = inroads::import_vcards(&mut net, &text, &options(false)).unwrap();
    assert_eq!((r.rows, r.created, r.skipped_total), (5, 4, 1));
    assert_eq!(r.skipped[0].line, 27);
    assert!(
        r.skipped[0].reason.contains("nothing identifies it"),
        "{:?}",
        r.skipped
    );
    assert_eq!(r.unnamed.len(), 2);
    let john = net.resolve_contact("john.doe@company.com").unwrap();
    assert!(r.unnamed.contains(&john));
    assert_eq!(net.contact(john).unwrap().emails, ["john.doe@company.com"]);
    let j = net.resolve_contact("Jürgen Müller").unwrap();
    assert_eq!(net.contact(j).unwrap().phones, ["+49 170 1234567"]);
    // The user names him; the next import of the same file changes nothing
    // and keeps the name.
    let mut edit = inroads::ContactEdit::default();
    edit.name = Some("John Doe".into());
    net.edit_contact(john, &edit).unwrap();
    let again = inroads::import_vcards(&mut net, &text, &options(false)).unwrap();
    assert_eq!((again.created, again.updated), (0, 0), "{again:?}");
    assert_eq!(net.contact(john).unwrap().name, "John Doe");
    assert_eq!(net.contacts().len(), 4);
}

/// Outlook 2003 writes the placeholder `BusinessPhone` for an empty work
/// phone: that phone is left out and reported; the card and its real
/// phone come in.
#[test]
fn an_outlook_placeholder_phone_costs_the_phone_not_the_card() {
    let mut net = Network::default();
    let text = read("contacts-outlook-2003.vcf");
    let r = inroads::import_vcards(&mut net, &text, &options(false)).unwrap();
    assert_eq!((r.created, r.skipped_total, r.dropped_total), (1, 0, 1));
    assert_eq!(
        (r.dropped[0].line, r.dropped[0].field.as_str()),
        (1, "phone")
    );
    assert_eq!(r.dropped[0].value, "BusinessPhone");
    let (_, c) = net.contacts().next().unwrap();
    assert_eq!(c.name, "John Doe");
    assert_eq!(c.phones, ["(425) 555-0199"]);
    assert_eq!(c.emails, ["john.doe@contoso.example"]);
    assert_eq!(c.title.as_deref(), Some("Program Manager"));
}

/// A malformed email or a profile URL that is not a web address costs that
/// value, named with its card's line, not the card.
#[test]
fn a_bad_email_or_url_costs_that_field_reported() {
    let mut net = Network::default();
    let text = read("contacts-bad-fields.vcf");
    let r = inroads::import_vcards(&mut net, &text, &options(false)).unwrap();
    assert_eq!((r.created, r.skipped_total), (3, 0));
    let dropped: Vec<(u64, &str)> = r
        .dropped
        .iter()
        .map(|d| (d.line, d.field.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [(1, "email"), (1, "URL"), (8, "email"), (8, "URL")]
    );
    let priya = net.resolve_contact("Priya Shah").unwrap();
    let c = net.contact(priya).unwrap();
    assert!(c.emails.is_empty() && c.profile_url.is_none());
    assert_eq!(c.phones, ["+1 617 555 0142"]);
    let tom = net.resolve_contact("Tom Berg").unwrap();
    assert_eq!(net.contact(tom).unwrap().profile_url, None);
}

/// A second, independent vCard reader written here from RFC 6350 §3.2 and
/// §3.4 (unfold lines; split name, parameters and value; unescape), so the
/// export is not only checked by the crate that wrote it.
fn read_vcards(text: &str) -> Vec<Vec<(String, String)>> {
    let unfolded = text
        .replace("\r\n ", "")
        .replace("\r\n\t", "")
        .replace("\n ", "");
    let mut cards = Vec::new();
    let mut card: Vec<(String, String)> = Vec::new();
    for line in unfolded.lines().filter(|l| !l.is_empty()) {
        let (head, value) = line.split_once(':').expect("a property has a colon");
        let name = head.split(';').next().unwrap().to_ascii_uppercase();
        let value = value
            .replace("\\,", ",")
            .replace("\\;", ";")
            .replace("\\n", "\n")
            .replace("\\\\", "\\");
        match name.as_str() {
            "BEGIN" => card.clear(),
            "END" => cards.push(std::mem::take(&mut card)),
            _ => card.push((name, value)),
        }
    }
    cards
}

#[test]
fn exported_vcards_parse_in_an_independent_reader() {
    let mut net = sample::teacher_candidate_weeks_later().unwrap();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let mut t = net.contact(tom).unwrap().clone();
    t.notes = "Museum educator; loves maps, trains, and long lines of text that must be folded by the writer at 75 octets".into();
    net.update_contact(tom, t).unwrap();
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let vcf = inroads::export_vcards(&net, None, version);
        let cards = read_vcards(&vcf);
        assert_eq!(cards.len(), net.contacts().len());
        for ((_, c), card) in net.contacts().zip(&cards) {
            let get = |k: &str| {
                card.iter()
                    .filter(|(n, _)| n == k)
                    .map(|(_, v)| v.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(get("FN").as_slice(), std::slice::from_ref(&c.name));
            assert_eq!(get("EMAIL"), c.emails);
            if !c.notes.is_empty() {
                assert_eq!(
                    get("NOTE").as_slice(),
                    std::slice::from_ref(&c.notes),
                    "{version:?}"
                );
            }
            if let Some(k) = c.company.and_then(|k| net.company(k)) {
                assert_eq!(get("ORG").as_slice(), std::slice::from_ref(&k.name));
            }
        }
    }
}

#[test]
fn exported_vcards_parse_in_calcard_with_related_referrals() {
    let net = sample::teacher_candidate_weeks_later().unwrap();
    let vcf = inroads::export_vcards(&net, None, VcardVersion::V4);
    let mut parser = calcard::Parser::new(&vcf);
    let mut cards = Vec::new();
    loop {
        match parser.entry() {
            calcard::Entry::VCard(c) => cards.push(c),
            calcard::Entry::Eof => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(cards.len(), net.contacts().len());
    let alex = cards
        .iter()
        .find(|c| {
            c.property(&calcard::vcard::VCardProperty::Fn)
                .and_then(|e| e.values[0].as_text())
                == Some("Alex Kim")
        })
        .unwrap();
    let related = alex
        .property(&calcard::vcard::VCardProperty::Related)
        .unwrap();
    let priya = net.resolve_contact("Priya Raman").unwrap();
    assert_eq!(
        related.values[0].as_text(),
        Some(format!("urn:inroads:contact:{}", priya.get()).as_str())
    );
}

#[test]
fn exported_ics_parses_in_calcard_and_is_reproducible_with_stable_uids() {
    let mut net = sample::teacher_candidate_weeks_later().unwrap();
    let today = day(2026, 3, 2);
    let ics = inroads::export_ics(&net, today).unwrap();
    assert_eq!(
        ics,
        inroads::export_ics(&net, today).unwrap(),
        "same input, same bytes"
    );
    let cal = calcard::icalendar::ICalendar::parse(&ics).unwrap();
    let kinds: Vec<_> = cal
        .components
        .iter()
        .map(|c| format!("{:?}", c.component_type))
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| k.contains("VEvent")).count(),
        2,
        "{kinds:?}"
    );
    assert!(
        kinds.iter().filter(|k| k.contains("VTodo")).count() >= 3,
        "{kinds:?}"
    );
    assert!(kinds.iter().any(|k| k.contains("VAlarm")), "{kinds:?}");
    assert!(ics.contains("DURATION:PT30M"));
    assert!(ics.contains("LOCATION:Harbourfront Museum") || ics.contains("LOCATION:Harbourfront"));
    assert!(ics.contains("ATTENDEE:mailto:tom.okafor@harbourfront-museum.example"));
    // Rescheduling a meeting keeps its UID: a calendar updates, not duplicates.
    let sam = net.resolve_contact("Sam Whitaker").unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T10:00:00-05:00").unwrap();
    net.log(sam, at, inroads::Event::ReplyReceived, "").unwrap();
    net.schedule_meeting(
        sam,
        at,
        inroads::Meeting::at(
            chrono::DateTime::parse_from_rfc3339("2026-03-09T10:00:00-04:00").unwrap(),
        ),
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    let before = inroads::export_ics(&net, today).unwrap();
    net.schedule_meeting(
        sam,
        at,
        inroads::Meeting::at(
            chrono::DateTime::parse_from_rfc3339("2026-03-10T11:00:00-04:00").unwrap(),
        ),
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    let after = inroads::export_ics(&net, today).unwrap();
    let uid = format!("UID:meeting-{}-1@inroads", sam.get());
    assert!(before.contains(&uid) && after.contains(&uid));
    assert_ne!(before, after);
    assert_eq!(net.stage(sam), Stage::Scheduled);
}

#[test]
fn graphml_is_well_formed_xml_with_attributes() {
    let net = sample::teacher_candidate_network().unwrap();
    let xml = inroads::export_graphml(&net, &{
        let mut o = GraphExport::new(day(2026, 3, 2));
        o.redact = false;
        o
    })
    .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut nodes, mut edges) = (0, 0);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"node" => nodes += 1,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"edge" => edges += 1,
            _ => {}
        }
    }
    assert_eq!(nodes, net.contacts().len() + 1);
    assert!(edges >= net.ties().count());
    assert!(xml.contains("<data key=\"stage\">met</data>"));
    assert!(xml.contains("<data key=\"company\">Lumen Learning Labs</data>"));
    let dot = inroads::export_dot(&net, &{
        let mut o = GraphExport::new(day(2026, 3, 2));
        o.redact = false;
        o
    })
    .unwrap();
    assert!(dot.contains("subgraph cluster_") && dot.contains("me -- c"));
    assert_eq!(dot.matches('{').count(), dot.matches('}').count());
}

#[test]
fn csv_exports_neutralise_formulas() {
    let mut net = sample::teacher_candidate_weeks_later().unwrap();
    let mut evil = inroads::Contact::new(
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        day(2026, 1, 1),
    );
    evil.notes = "+1 555 0100".into();
    evil.title = Some("@ceo".into());
    net.add_contact(evil).unwrap();
    let csv = inroads::export_csv(&net, CsvExport::Contacts);
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    for rec in rdr.records() {
        for cell in rec.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"));
    assert!(
        inroads::export_csv(&net, CsvExport::Meetings)
            .lines()
            .count()
            >= 3
    );
    assert!(inroads::export_csv(&net, CsvExport::Leads).contains("Museum Educator"));
}

#[test]
fn duplicates_and_merge() {
    let mut net = Network::default();
    let o = options(false);
    inroads::import_linkedin(&mut net, &read("linkedin-current.csv"), None, &o).unwrap();
    let northwind = net.find_company("Northwind Financial").unwrap();
    let mut robert = inroads::Contact::new("Samuel Whitaker", day(2026, 1, 5));
    robert.company = Some(northwind);
    robert.emails.push("sam.w@northwind.example".into());
    robert.title = Some("Training Lead".into());
    let dup = net.add_contact(robert).unwrap();
    let sam = net.resolve_contact("Sam Whitaker").unwrap();
    let found = inroads::duplicates(&net);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].a, found[0].b), (sam, dup));
    // Different titles: refused until a side is picked; nothing changes.
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-03T09:00:00-05:00").unwrap();
    net.log(
        dup,
        at,
        inroads::Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "",
    )
    .unwrap();
    let before = net.clone();
    let err = net.merge(sam, dup, None).unwrap_err();
    assert!(err.to_string().contains("title"), "{err}");
    assert_eq!(net, before);
    net.merge(sam, dup, Some(Prefer::Kept)).unwrap();
    assert!(net.contact(dup).is_none());
    let s = net.contact(sam).unwrap();
    assert_eq!(s.title.as_deref(), Some("Training Specialist"));
    assert!(s.emails.contains(&"sam.w@northwind.example".to_string()));
    assert_eq!(net.stage(sam), Stage::Requested, "the journal came along");
    assert!(net.tie(Party::Me, Party::Contact(sam)).is_some());
    assert!(inroads::duplicates(&net).is_empty());
}

#[test]
fn redacted_exports_leak_no_personal_data() {
    let net = sample::teacher_candidate_network().unwrap();
    let json = inroads::export_redacted_json(&net).unwrap();
    let graphml = inroads::export_graphml(&net, &{
        let mut o = GraphExport::new(day(2026, 3, 2));
        o.redact = true;
        o
    })
    .unwrap();
    let dot = inroads::export_dot(&net, &{
        let mut o = GraphExport::new(day(2026, 3, 2));
        o.redact = true;
        o
    })
    .unwrap();
    for (_, c) in net.contacts() {
        for s in &crate::personal_data(c) {
            for (what, text) in [("json", &json), ("graphml", &graphml), ("dot", &dot)] {
                assert!(!text.contains(s.as_str()), "{what} export contains {s:?}");
            }
        }
    }
    // Still a valid data file.
    let back = store::from_json(&json).unwrap();
    assert_eq!(back.contacts().len(), net.contacts().len());
}

/// Found by the hostile probe: a note with a line break or a tab came back
/// from the tool's own vCard export flattened, was taken for a new note and
/// appended, every sync, until the notes passed their limit.
#[test]
fn a_vcard_round_trip_of_multi_line_notes_settles() {
    let mut net = Network::default();
    let mut c = inroads::Contact::new("Nina L", day(2026, 3, 1));
    c.emails.push("n@l.example".into());
    c.notes = "line1\nline2\ttabbed".into();
    net.add_contact(c).unwrap();
    for version in [inroads::VcardVersion::V3, inroads::VcardVersion::V4] {
        for round in 0..3 {
            let vcf = inroads::export_vcards(&net, None, version);
            let r = inroads::import_vcards(&mut net, &vcf, &options(false)).unwrap();
            assert_eq!(
                (r.created, r.updated),
                (0, 0),
                "{version:?} round {round}: {r:?}"
            );
        }
    }
    let (_, c) = net.contacts().next().unwrap();
    assert_eq!(c.notes, "line1\nline2\ttabbed");
}

/// Found by the hostile probe: `EMAIL:mailto:…` was stored with its
/// `mailto:`, and a file with classic Mac line ends (bare CR) was one line.
#[test]
fn mailto_addresses_and_bare_cr_line_ends_import() {
    let vcf = "BEGIN:VCARD\rVERSION:3.0\rFN:Mia Mac\rEMAIL:mailto:mia@mac.example\rEND:VCARD\r\
               BEGIN:VCARD\rVERSION:3.0\rFN:Ola Old\rEND:VCARD\r";
    let mut net = Network::default();
    let r = inroads::import_vcards(&mut net, vcf, &options(false)).unwrap();
    assert_eq!(r.created, 2, "{r:?}");
    let mia = net.resolve_contact("Mia Mac").unwrap();
    assert_eq!(net.contact(mia).unwrap().emails, ["mia@mac.example"]);
}
