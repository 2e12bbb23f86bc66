//! Reliability: writers killed mid-save, two writers racing, a full disk,
//! and adversarial inputs. See RELIABILITY.md for the figures.
#![cfg(feature = "onet")]

use crate::day;
use crate::SplitMix64;
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{store, ErrorKind, ImportOptions, Network};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn cli() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("inroads")
}

fn add(data: &Path, name: &str) -> Command {
    let mut c = Command::new(cli());
    c.arg("--data")
        .arg(data)
        .args(["--today", "2026-03-01", "contact", "add", name])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn count(data: &Path) -> usize {
    store::load(data)
        .unwrap_or_else(|e| panic!("the data file does not load: {e}"))
        .contacts()
        .len()
}

/// The kill and race tests each start hundreds of processes; run at once
/// they starve each other (9.5 minutes together in a debug build), so they
/// take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Temporary files a killed writer left in `dir`: present exactly when the
/// kill landed inside the write window (temporary file created, rename not
/// yet done). Removes them and returns how many there were.
fn leftover_temp_files(dir: &Path) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with(".inroads-") && name.ends_with(".tmp") {
            std::fs::remove_file(e.path()).unwrap();
            n += 1;
        }
    }
    n
}

/// Whether a writer's temporary file is in `dir`.
fn has_temp_file(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().any(|e| {
        let name = e.unwrap().file_name();
        let name = name.to_string_lossy();
        name.starts_with(".inroads-") && name.ends_with(".tmp")
    })
}

/// The number of kills, from `INROADS_KILLS` (default 200; `.ci/run` sets
/// 500, the soak).
fn kills_wanted() -> usize {
    std::env::var("INROADS_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200)
}

#[cfg(unix)]
#[test]
fn a_writer_killed_at_random_moments_never_corrupts_the_file() {
    use std::os::unix::process::ExitStatusExt;
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("inroads.json");
    // A file big enough (about 1 MB) that saving takes a few milliseconds.
    let net = generate(&{
        let mut o = SyntheticOptions::default();
        o.contacts = 3_000;
        o.companies = 60;
        o
    })
    .unwrap();
    store::save(&net, &data).unwrap();
    let mut before = count(&data);
    // How long one writer takes from start to exit; kills land anywhere in it.
    let full = (0..3)
        .map(|i| {
            let t = std::time::Instant::now();
            assert!(add(&data, &format!("Calibration {i}"))
                .status()
                .unwrap()
                .success());
            t.elapsed()
        })
        .max()
        .unwrap();
    before += 3;
    let span = full.as_micros() as u64 * 11 / 10;
    let mut rng = SplitMix64::new(500);
    let (mut killed, mut completed, mut attempts, mut in_window) = (0usize, 0usize, 0usize, 0usize);
    let wanted = kills_wanted();
    // At least this many kills must land inside the write window itself.
    let wanted_in_window = 100.min(wanted);
    while (killed < wanted || in_window < wanted_in_window) && attempts < wanted * 20 {
        attempts += 1;
        let mut child = add(&data, &format!("Killed {attempts}")).spawn().unwrap();
        // Half the kills at a random moment of the run; half the moment
        // the writer's temporary file appears, so that plenty land inside
        // the write window (temporary file created, rename not yet done).
        if attempts % 2 == 0 || in_window >= wanted_in_window {
            std::thread::sleep(Duration::from_micros(rng.below(span)));
        } else {
            let t = std::time::Instant::now();
            while child.try_wait().unwrap().is_none()
                && !has_temp_file(dir.path())
                && t.elapsed() < full * 10
            {}
        }
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.signal() == Some(9) {
            killed += 1;
            in_window += leftover_temp_files(dir.path());
        } else {
            completed += 1;
        }
        // The file always loads, and holds either the old or the new state.
        let after = count(&data);
        assert!(
            after == before || after == before + 1,
            "{before} → {after} contacts"
        );
        before = after;
    }
    eprintln!(
        "kill test: {killed} writers killed ({in_window} inside the write window), {completed} completed, {attempts} attempts over a {full:?} run; {} contacts added",
        before - 3_003
    );
    assert!(
        killed >= wanted,
        "only {killed} of {wanted} writers were killed mid-run"
    );
    assert!(
        in_window >= wanted_in_window,
        "only {in_window} of {killed} kills landed inside the write window"
    );
}

#[test]
fn two_writers_racing_lose_no_update() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let races: usize = std::env::var("INROADS_RACES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(150); // `.ci/run` sets 1,000, the soak
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("inroads.json");
    store::save(&Network::default(), &data).unwrap();
    for i in 0..races {
        let mut a = add(&data, &format!("A {i}")).spawn().unwrap();
        let mut b = add(&data, &format!("B {i}")).spawn().unwrap();
        assert!(a.wait().unwrap().success(), "writer A of race {i} failed");
        assert!(b.wait().unwrap().success(), "writer B of race {i} failed");
    }
    let net = store::load(&data).unwrap();
    assert_eq!(net.contacts().len(), 2 * races, "an update was lost");
    for i in 0..races {
        assert!(
            net.resolve_contact(&format!("A {i}")).is_ok()
                && net.resolve_contact(&format!("B {i}")).is_ok()
        );
    }
    eprintln!(
        "race test: {races} races, {} contacts, none lost",
        net.contacts().len()
    );
}

#[test]
fn a_stale_writer_is_refused_not_silently_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inroads.json");
    store::save(&Network::default(), &path).unwrap();
    let (mut mine, stamp) = store::load_with_stamp(&path).unwrap();
    let (mut theirs, their_stamp) = store::load_with_stamp(&path).unwrap();
    theirs
        .add_contact(inroads::Contact::new("Theirs", day(2026, 1, 1)))
        .unwrap();
    store::save_if_unchanged(&theirs, &path, &their_stamp).unwrap();
    mine.add_contact(inroads::Contact::new("Mine", day(2026, 1, 1)))
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = store::save_if_unchanged(&mine, &path, &stamp).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Conflict { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_an_error_and_the_old_file_survives() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("inroads.json");
    let net = generate(&{
        let mut o = SyntheticOptions::default();
        o.contacts = 200;
        o.companies = 10;
        o
    })
    .unwrap();
    store::save(&net, &data).unwrap();
    let before = std::fs::read(&data).unwrap();
    // A file-size limit of 16 KiB stands in for a full disk: writes fail
    // with EFBIG (the signal it would send is ignored).
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 32; exec '{}' --data '{}' --today 2026-03-01 contact add 'Too Much'",
            cli().display(),
            data.display()
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(String::from_utf8_lossy(&status.stderr).contains("failed"));
    assert_eq!(
        std::fs::read(&data).unwrap(),
        before,
        "the old file changed"
    );
}

#[cfg(unix)]
#[test]
fn permission_denied_is_an_error_and_the_old_file_survives() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("ro");
    std::fs::create_dir(&sub).unwrap();
    let data = sub.join("inroads.json");
    store::save(&Network::default(), &data).unwrap();
    let before = std::fs::read(&data).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o500)).unwrap();
    let result = store::save(
        &generate(&{
            let mut o = SyntheticOptions::default();
            o.contacts = 5;
            o
        })
        .unwrap(),
        &data,
    );
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o700)).unwrap();
    if result.is_ok() {
        // Root ignores directory permissions; the check means nothing there.
        eprintln!("permission test skipped: running as a user who may write anywhere");
        return;
    }
    assert!(matches!(result.unwrap_err().kind(), ErrorKind::Io { .. }));
    assert_eq!(std::fs::read(&data).unwrap(), before);
}

#[test]
fn a_data_file_over_the_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(store::MAX_STORE_BYTES + 1).unwrap(); // sparse: no disk used
    let t = std::time::Instant::now();
    let err = store::load(&path).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::TooLarge { .. }), "{err}");
    assert!(t.elapsed() < Duration::from_secs(1));
}

#[test]
fn a_100_megabyte_csv_line_gives_an_error_not_a_crash() {
    let mut text =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    text.push_str("Ana,");
    text.push_str(&"x".repeat(100 * 1024 * 1024));
    text.push_str(",,,,,22 Dec 2025\n");
    let mut net = Network::default();
    let options = {
        let mut o = ImportOptions::new(day(2026, 3, 2));
        o.skip_bad_rows = false;
        o
    };
    let err = inroads::import_linkedin(&mut net, &text, None, &options).unwrap_err();
    assert!(err.to_string().contains("longer than"), "{err}");
    assert_eq!(net, Network::default());
}

#[test]
fn ten_million_vcards_are_bounded() {
    let card = "BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n";
    let text = card.repeat(10_000_000);
    let mut net = Network::default();
    let options = {
        let mut o = ImportOptions::new(day(2026, 3, 2));
        o.skip_bad_rows = true;
        o
    };
    let err = inroads::import_vcards(&mut net, &text, &options).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::TooLarge { .. }), "{err}");
    // Below the size limit, a flood of bad cards gives a bounded report.
    let bad = "BEGIN:VCARD\r\nNOTE:nobody\r\nEND:VCARD\r\n".repeat(20_000);
    let r = inroads::import_vcards(&mut net, &bad, &options).unwrap();
    assert_eq!(r.skipped_total, 20_000);
    assert_eq!(r.skipped.len(), inroads::MAX_SKIPPED_LISTED);
}

#[test]
fn hostile_data_files_give_clear_errors() {
    let deep = format!(
        r#"{{"format":"inroads","version":2,"network":{}}}"#,
        "[".repeat(10_000)
    );
    crate::assert_kind(store::from_json(&deep), "malformed");
    assert!(matches!(
        store::from_slice(b"\xff\xfe\x00{").unwrap_err().kind(),
        ErrorKind::Malformed { .. }
    ));
    let base = store::to_json(&inroads::sample::teacher_candidate().unwrap()).unwrap();
    for (from, to, needle) in [
        (
            "\"name\":\"Priya Raman\"",
            "\"name\":\"Priya\\u0000Raman\"",
            "NUL",
        ),
        (
            "\"name\":\"Priya Raman\"",
            &format!("\"name\":\"{}\"", "x".repeat(100_000)),
            "longer than",
        ),
        (
            "\"created\":\"2026-01-12\"",
            "\"created\":\"+10000-01-12\"",
            "year",
        ),
        (
            "\"created\":\"2026-01-12\"",
            "\"created\":\"0999-01-12\"",
            "year",
        ),
    ] {
        let text = base.replacen(from, to, 1);
        assert_ne!(text, base);
        let err = store::from_json(&text).unwrap_err();
        assert!(err.to_string().contains(needle), "{err}");
    }
    let ties = store::to_json(&inroads::sample::teacher_candidate_network().unwrap()).unwrap();
    let bad = ties.replacen(",0.8]", ",-0.5]", 1);
    assert_ne!(bad, ties);
    assert!(store::from_json(&bad)
        .unwrap_err()
        .to_string()
        .contains("from 0.000001"));
}

#[test]
fn dates_far_in_the_past_or_future_do_not_panic() {
    let mut net = inroads::sample::teacher_candidate().unwrap();
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let jordan = net.resolve_contact("Jordan Lee").unwrap();
    let far = chrono::DateTime::parse_from_rfc3339("9999-12-31T23:00:00+14:00").unwrap();
    let old = chrono::DateTime::parse_from_rfc3339("1850-01-01T09:00:00-05:00").unwrap();
    net.log(
        tom,
        old,
        inroads::Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "",
    )
    .unwrap();
    net.log(
        jordan,
        far,
        inroads::Event::RequestSent {
            channel: inroads::Channel::Email,
        },
        "",
    )
    .unwrap();
    net.log(jordan, far, inroads::Event::ReplyReceived, "")
        .unwrap();
    net.schedule_meeting(
        jordan,
        far,
        inroads::Meeting::at(far),
        inroads::OverlapPolicy::Refuse,
    )
    .unwrap();
    net.log(jordan, far, inroads::Event::MeetingHeld, "")
        .unwrap();
    for today in [
        day(1000, 1, 1),
        day(1900, 1, 1),
        day(2026, 3, 2),
        day(9999, 12, 31),
    ] {
        inroads::plan(&net, &inroads::PlanOptions::default(), today).unwrap();
        inroads::funnel(&net, None, None).unwrap();
        inroads::tie_strength(&net, tom, today).unwrap();
        inroads::export_ics(&net, today).unwrap();
    }
    // Beyond the accepted years: refused by name, never a panic.
    for today in [chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        let e = inroads::plan(&net, &inroads::PlanOptions::default(), today).unwrap_err();
        assert_eq!(e.kind().code(), "invalid-value");
        let e = inroads::tie_strength(&net, tom, today).unwrap_err();
        assert_eq!(e.kind().code(), "invalid-value");
    }
    assert_eq!(
        store::from_json(&store::to_json(&net).unwrap()).unwrap(),
        net
    );
}
