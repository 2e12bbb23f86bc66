//! What a front end prints, it can parse back (issue 14, point 6).

use inroads::{
    Channel, CompanyId, ContactId, EntryId, FieldCode, IndustryId, LeadId, LeadStatus, Seniority,
    Stage, Topic, MAX_ID,
};
use std::str::FromStr;

fn round_trip<T>(values: &[T])
where
    T: FromStr<Err = inroads::Error> + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    for v in values {
        let text = v.to_string();
        let back: T = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(&back, v, "{text:?}");
    }
}

#[test]
fn every_enum_a_front_end_prints_parses_back() {
    round_trip(&Stage::ALL);
    round_trip(&Seniority::ALL);
    round_trip(&Channel::ALL);
    round_trip(&Topic::ALL);
    round_trip(&[
        LeadStatus::Heard,
        LeadStatus::Applied,
        LeadStatus::Interviewing,
        LeadStatus::Offer,
        LeadStatus::Closed,
    ]);
    let fields: Vec<FieldCode> = (11..=55)
        .step_by(2)
        .map(|n| FieldCode::parse(&format!("{n:02}")).unwrap())
        .collect();
    round_trip(&fields);
    round_trip(&inroads::EventKind::ALL);
    // The names messages use read back too.
    for k in inroads::EventKind::ALL {
        assert_eq!(k.name().parse::<inroads::EventKind>().unwrap(), k);
    }
    let hops: Vec<inroads::Hops> = (1..=254).map(|n| inroads::Hops::new(n).unwrap()).collect();
    round_trip(&hops);
    #[cfg(feature = "onet")]
    {
        let codes: Vec<inroads::OccupationCode> = inroads::Catalog::builtin()
            .unwrap()
            .occupations()
            .iter()
            .map(|o| o.code.clone())
            .collect();
        round_trip(&codes);
    }
    // And what is not one of them is refused with its kind.
    let err = "nowhere".parse::<Stage>().unwrap_err();
    assert!(matches!(
        err.kind(),
        inroads::ErrorKind::InvalidValue { .. }
    ));
}

proptest::proptest! {
    #[test]
    fn ids_print_and_parse_back(n in 1u64..=MAX_ID) {
        let c = ContactId::from_raw(n);
        proptest::prop_assert_eq!(c.to_string().parse::<ContactId>().unwrap(), c);
        proptest::prop_assert_eq!(format!("#{n}").parse::<ContactId>().unwrap(), c);
        proptest::prop_assert_eq!(n.to_string().parse::<ContactId>().unwrap(), c);
        let k = CompanyId::from_raw(n);
        proptest::prop_assert_eq!(k.to_string().parse::<CompanyId>().unwrap(), k);
        let i = IndustryId::from_raw(n);
        proptest::prop_assert_eq!(i.to_string().parse::<IndustryId>().unwrap(), i);
        let e = EntryId::from_raw(n);
        proptest::prop_assert_eq!(e.to_string().parse::<EntryId>().unwrap(), e);
        let l = LeadId::from_raw(n);
        proptest::prop_assert_eq!(l.to_string().parse::<LeadId>().unwrap(), l);
    }

    #[test]
    fn ids_out_of_range_or_of_another_kind_are_refused(n in (MAX_ID + 1)..u64::MAX) {
        proptest::prop_assert!(n.to_string().parse::<ContactId>().is_err());
        proptest::prop_assert!("0".parse::<ContactId>().is_err());
        let other = format!("company#{}", n % MAX_ID + 1);
        proptest::prop_assert!(other.parse::<ContactId>().is_err());
    }
}

/// What the library hands a front end as JSON reads back into the same
/// value, so a Rust or WebAssembly client can use the types themselves.
#[cfg(feature = "onet")]
#[test]
fn every_result_type_reads_back_from_its_json() {
    use chrono::NaiveDate;
    fn back<T>(v: &T)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let text = serde_json::to_string(v).unwrap();
        let again: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(&again, v, "{text}");
    }
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let net = inroads::sample::teacher_candidate_network().unwrap();
    let catalog = inroads::Catalog::builtin().unwrap();
    back(&inroads::fit(
        net.profile(),
        net.industries(),
        catalog,
        &inroads::FitOptions::default(),
    ));
    back(&inroads::plan(&net, &inroads::PlanOptions::default(), today).unwrap());
    back(&inroads::funnel(&net, None, None).unwrap());
    back(&inroads::reach(&net, inroads::Hops::new(3).unwrap(), today).unwrap());
    back(&inroads::coverage(&net, today).unwrap());
    back(&inroads::suggest(&net, &inroads::SuggestOptions::default(), today).unwrap());
    back(&inroads::connectors(&net, &inroads::ConnectorOptions::default(), today).unwrap());
    let museum = net.resolve_company("Harbourfront Museum").unwrap();
    back(
        &inroads::warm_path(
            &net,
            inroads::Target::Company(museum),
            &inroads::PathOptions::default(),
            today,
        )
        .unwrap(),
    );
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    back(&inroads::brief(&net, tom, &inroads::BriefOptions::default()).unwrap());
    back(
        &inroads::draft(
            &net,
            tom,
            inroads::DraftKind::Request,
            &inroads::Templates::default(),
        )
        .unwrap(),
    );
    let alex = net.resolve_contact("Alex Kim").unwrap();
    back(&inroads::provenance(&net, alex).unwrap());
    back(&inroads::contact_summaries(&net));
    back(&inroads::company_summaries(&net));
    back(&inroads::duplicates(&net));
    back(&catalog.match_title("Registered Nurse", 3));
    back(&catalog.occupation_detail("29-1141.00").unwrap());
    back(&inroads::contact_detail(&net, tom).unwrap());
    let k = net.contact(tom).unwrap().company.unwrap();
    back(&inroads::company_detail(&net, k).unwrap());
    back(&inroads::journal_view(&net, tom).unwrap());
    back(&inroads::meeting_list(&net));
    back(&inroads::lead_list(&net));
    back(&inroads::industry_summaries(&net));
    let (first, _) = net.entries(tom)[0];
    back(&inroads::recorded(&net, first).unwrap());
    let mut fresh = inroads::Network::default();
    let report = inroads::import_linkedin(&mut fresh,
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,Acme,Nurse,02 Mar 2025\n",
            None,
            &{ let mut o = inroads::ImportOptions::new(today); o.skip_bad_rows = true; o },
        )
        .unwrap();
    back(&report);
}

/// The layering, checked by the code alone: every `crate::module` a file
/// names in code (doc comments aside) is in its own layer or one above it
/// (ARCHITECTURE.md: 1 plain data, 2 derived indexes, 3 the network, 4
/// queries, views and formats); nothing below the network names
/// `Network`; `Network`'s fields are private; only `network/` reaches into
/// its state.
#[test]
fn the_layers_only_look_upward() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer = |module: &str| -> u8 {
        match module {
            "id" | "error" | "skill" | "model" | "journal" | "question" | "ties" | "codes"
            | "text" | "data" | "edit" | "clock" | "zone" | "hash" | "rng" | "interests" => 1,
            "pipeline" | "graph/index" => 2,
            "network" => 3,
            _ => 4,
        }
    };
    let module_of = |rel: &str| -> String {
        let rel = rel.trim_end_matches(".rs").trim_end_matches("/mod");
        match rel.split('/').next() {
            Some("network") => "network".into(),
            _ if rel == "graph/index" => rel.into(),
            Some(first) => first.into(),
            None => rel.into(),
        }
    };
    let mut checked = 0;
    for file in walk(&root) {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let me = module_of(&rel);
        let mine = layer(&me);
        if mine > 2 {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            assert!(
                !code.contains("Network") || code.contains("NetworkData"),
                "src/{rel}:{} names Network below the network layer: {line}",
                i + 1
            );
            for (at, _) in code.match_indices("crate::") {
                let rest = &code[at + 7..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if name.is_empty() {
                    continue; // a root re-export (`crate::Stage`)
                }
                let target = if name == "graph" && rest.starts_with("graph::index") {
                    "graph/index".to_string()
                } else {
                    name
                };
                assert!(
                    layer(&target) <= mine,
                    "src/{rel}:{} (layer {mine}) uses crate::{target} (layer {}): {line}",
                    i + 1,
                    layer(&target)
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 20,
        "the check looked at only {checked} references"
    );
    let network = std::fs::read_to_string(root.join("network/mod.rs")).unwrap();
    let start = network.find("pub struct Network {").unwrap();
    let body = &network[start..start + network[start..].find("\n}").unwrap()];
    assert!(
        !body
            .lines()
            .skip(1)
            .any(|l| l.trim_start().starts_with("pub")),
        "Network has a public or crate-visible field:\n{body}"
    );
    // Only network/ changes the persisted data.
    for entry in walk(&root) {
        let rel = entry
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .to_string();
        if rel.starts_with("network") {
            continue;
        }
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(
            !text.contains("data_mut")
                && !text.contains(".timelines")
                && !text.contains("graph_changed"),
            "src/{rel} reaches into the network's state"
        );
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// ARCHITECTURE.md's invariant: nothing in `src/` reads the clock, the
/// environment or a random source, or prints (a timing probe once left in
/// the text index read an environment variable and `Instant::now`, which
/// panics on wasm32-unknown-unknown). Comments may name them.
#[test]
fn nothing_in_the_library_reads_the_clock_the_environment_or_prints() {
    let forbidden = [
        "Instant::now",
        "SystemTime::now",
        "Utc::now",
        "Local::now",
        "env::var",
        "eprintln!",
        "println!",
        "thread_rng",
        "getrandom",
    ];
    let mut found = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    let code = line.trim_start();
                    if code.starts_with("//") {
                        continue;
                    }
                    for f in forbidden {
                        if code.contains(f) {
                            found.push(format!("{}:{}: {f}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
