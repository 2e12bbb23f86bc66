//! The data file: fixtures of every format version load forever; bad files
//! give clear errors and are never modified; saves are atomic and private.

use crate::fixture;
use inroads::{sample, store, ErrorKind, Network};
use std::fs;

#[test]
fn version_1_fixture_loads_with_everything_in_it() {
    let net = store::load(&fixture("store-v1.json")).unwrap();
    assert_eq!(net.profile().name, "Maya Chen");
    assert_eq!(net.profile().skills.len(), 15);
    assert_eq!(net.industries().len(), 4);
    assert_eq!(net.companies().len(), 4);
    assert_eq!(net.contacts().len(), 5);
    assert_eq!(net.profile().target_industries.len(), 3);
    let priya = net
        .find_contact_by_email("priya.raman@lumenlabs.example")
        .unwrap();
    let c = net.contact(priya).unwrap();
    assert_eq!(c.name, "Priya Raman");
    assert_eq!(
        net.company(c.company.unwrap()).unwrap().name,
        "Lumen Learning Labs"
    );
    assert_eq!(c.created, crate::day(2026, 1, 12));
}

#[test]
fn save_then_load_gives_back_an_equal_network() {
    let net = sample::teacher_candidate().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inroads.json");
    store::save(&net, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), net);
    // And the text is stable: saving what was loaded writes the same bytes.
    let first = fs::read(&path).unwrap();
    store::save(&store::load(&path).unwrap(), &path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
}

#[cfg(unix)]
#[test]
fn saved_files_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inroads.json");
    // Even when a world-readable file was there before.
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    store::save(&Network::default(), &path).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // No temporary file is left behind.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["inroads.json"]);
}

#[test]
fn a_failed_save_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder: refused before anything is written.
    let path = dir.path().join("taken");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep"), "x").unwrap();
    let err = store::save(&Network::default(), &path).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::NotAFile { found: "a folder" }),
        "{err}"
    );
    assert_eq!(fs::read_to_string(path.join("keep")).unwrap(), "x");
    // And into a folder that does not exist: the user's mistake, named.
    let err = store::save(&Network::default(), &dir.path().join("no/such/dir.json")).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::NotFound { what: "folder", .. }),
        "{err}"
    );
    assert!(err.is_input_error());
    assert!(err.to_string().contains("no/such"), "{err}");
}

/// Loads a bad fixture and checks that the error is the expected kind, that
/// its message names the problem, and that the file is untouched.
fn assert_bad(name: &str, check: impl Fn(&ErrorKind) -> bool, needles: &[&str]) {
    let path = fixture(name);
    let before = fs::read(&path).unwrap();
    let err = store::load(&path).unwrap_err();
    let msg = err.to_string();
    assert!(check(err.kind()), "{name}: unexpected kind: {msg}");
    assert!(err.is_input_error(), "{name}");
    assert!(
        msg.contains(name),
        "{name}: message does not name the file: {msg}"
    );
    for n in needles {
        assert!(msg.contains(n), "{name}: message lacks {n:?}: {msg}");
    }
    assert_eq!(fs::read(&path).unwrap(), before, "{name} was modified");
}

#[test]
fn truncated_file() {
    assert_bad(
        "bad-truncated.json",
        |k| matches!(k, ErrorKind::Malformed { .. }),
        &["truncated", "line "],
    );
}

#[test]
fn future_version() {
    assert_bad(
        "bad-version-999.json",
        |k| {
            matches!(
                k,
                ErrorKind::UnsupportedVersion {
                    found: 999,
                    newest: store::FORMAT_VERSION
                }
            )
        },
        &["999"],
    );
}

#[test]
fn dangling_company() {
    assert_bad(
        "bad-dangling-company.json",
        |k| matches!(k, ErrorKind::DanglingReference { .. }),
        // The contact by id: errors never carry a person's name.
        &["network.contacts.2.company", "contact#2", "company#42"],
    );
}

#[test]
fn duplicate_email() {
    assert_bad(
        "bad-duplicate-email.json",
        |k| matches!(k, ErrorKind::Duplicate { what: "email", .. }),
        // By ids and the JSON path: the address itself is personal data.
        &["network.contacts.3.emails[0]", "contact#3", "contact#1"],
    );
}

#[test]
fn duplicate_company_name() {
    assert_bad(
        "bad-duplicate-company.json",
        |k| {
            matches!(
                k,
                ErrorKind::Duplicate {
                    what: "company",
                    ..
                }
            )
        },
        &["LUMEN learning labs", "network.companies.2.name"],
    );
}

#[test]
fn rating_out_of_range() {
    assert_bad(
        "bad-rating.json",
        |k| matches!(k, ErrorKind::Malformed { .. }),
        &["network.profile.skills[1].enjoyment", "9", "1 to 5"],
    );
}

#[test]
fn not_an_inroads_file() {
    assert_bad(
        "bad-no-format.json",
        |k| matches!(k, ErrorKind::NotAStore { .. }),
        &["format"],
    );
    assert_bad(
        "bad-not-json.json",
        |k| matches!(k, ErrorKind::Malformed { .. }),
        &["line 1"],
    );
    let err = store::from_json(r#"{"format":"something-else","version":1}"#).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::NotAStore { .. }));
    let err = store::from_json("[1,2,3]").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Malformed { .. }), "{err}");
}

#[test]
fn missing_file_is_not_found_naming_it() {
    let err = store::load(std::path::Path::new("/nonexistent/inroads.json")).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::NotFound { what: "file", .. }),
        "{err}"
    );
    assert!(err.is_input_error());
    assert!(err.to_string().contains("/nonexistent/inroads.json"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        r#"{{"format":"inroads","version":1,"network":{{"profile":{}}}}}"#,
        "[".repeat(10_000)
    );
    crate::assert_kind(store::from_json(&deep), "malformed");
}

#[test]
fn ids_are_not_reused_after_a_reload() {
    let mut net = sample::teacher_candidate().unwrap();
    let last = net.contacts().map(|(id, _)| id).max().unwrap();
    net.remove_contact(last, inroads::Removal::Refuse).unwrap();
    let mut back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
    let new = back
        .add_contact(inroads::Contact::new("New Person", crate::day(2026, 3, 1)))
        .unwrap();
    assert!(new > last, "{new} reuses an id at or below {last}");
}
