//! Runs the example binaries, as a user would, and checks what they print.
#![cfg(feature = "onet")]
//! In the style of the csv crate's tests: `cargo test` builds the examples
//! next to this test binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn example(name: &str) -> PathBuf {
    // target/<profile>/deps/it-<hash> → target/<profile>/examples/<name>
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} not built; run `cargo test`, which builds examples",
        path.display()
    );
    path
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn quickstart_prints_the_persona() {
    let o = Command::new(example("quickstart")).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    // Education ranks first among fields, and no occupation listed after
    // "outside education" is in it.
    let fields = out.split("Step 2").nth(1).unwrap();
    let first_field = fields.lines().nth(1).unwrap();
    assert!(
        first_field.contains("25 Educational Instruction"),
        "{first_field}"
    );
    let outside = out
        .split("Top occupations outside education")
        .nth(1)
        .unwrap();
    let outside = outside.split("Her own industries").next().unwrap();
    assert!(!outside.contains("(Educational Instruction"), "{outside}");
    for needle in [
        "Maya Chen",
        "Master of Teaching",
        "Instructing",
        "Curriculum Design",
        "Museums & Cultural Heritage",
        "Harbourfront Museum",
        "Priya Raman",
        "executive-director",
        "Step 2",
        "Educational Instruction and Library",
        "Top occupations outside education",
        "Steps 3–7",
        "Today's plan (2026-03-02)",
        "send a thank-you: Tom Okafor",
        "follow up: Sam Whitaker",
        "contact the referral: Alex Kim",
        "warmest path into Northwind Financial",
        "coverage gaps (nobody within 3 hops): Gardiner Gallery",
        "whom to approach next:",
        "matching:",
        "gaps:",
    ] {
        assert!(
            out.contains(needle),
            "quickstart output lacks {needle:?}:\n{out}"
        );
    }
}

/// Runs `inroads --data <file> args…` with a fixed --today.
pub(crate) struct Cli {
    pub(crate) _dir: tempfile::TempDir,
    pub(crate) data: PathBuf,
}

impl Cli {
    pub(crate) fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("x.json");
        Cli { _dir: dir, data }
    }
    pub(crate) fn with_data(data: &Path) -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("copy.json");
        std::fs::copy(data, &copy).unwrap();
        Cli {
            _dir: dir,
            data: copy,
        }
    }
    pub(crate) fn run(&self, args: &[&str]) -> Output {
        self.run_on("2026-03-01", args)
    }
    /// Runs with another `--today`.
    pub(crate) fn run_on(&self, today: &str, args: &[&str]) -> Output {
        Command::new(example("inroads"))
            .arg("--data")
            .arg(&self.data)
            .args(["--today", today])
            .args(args)
            .output()
            .unwrap()
    }
    /// `--json` output of a command run with another `--today`.
    pub(crate) fn json_on(&self, today: &str, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        let o = self.run_on(today, &a);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        serde_json::from_slice(&o.stdout).unwrap()
    }
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        stdout(&o)
    }
    pub(crate) fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        let out = self.ok(&a);
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}):\n{out}"))
    }
    /// `--json` output of a command that must fail with exit code 2: the
    /// one JSON error document (stdout, else stderr).
    pub(crate) fn fails_json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        let o = self.run(&a);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let text = if o.stdout.is_empty() {
            stderr(&o)
        } else {
            stdout(&o)
        };
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}):\n{text}"))
    }
    pub(crate) fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.data).unwrap()
    }
}

#[test]
fn cli_add_company_contact_skill_then_list() {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Maya Chen"]);
    cli.ok(&["industry", "add", "Museums", "--target"]);
    cli.ok(&["company", "add", "City Museum", "--industry", "museums"]);
    cli.ok(&[
        "contact",
        "add",
        "Tom Okafor",
        "--company",
        "City Museum",
        "--title",
        "Education Manager",
        "--email",
        "Tom@Museum.org",
    ]);
    cli.ok(&[
        "skill",
        "add",
        "MS Excel",
        "--proficiency",
        "4",
        "--enjoyment",
        "2",
    ]);

    let v = cli.json(&["contact", "list"]);
    let contacts = v["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0]["name"], "Tom Okafor");
    assert_eq!(contacts[0]["company"], "City Museum");
    assert_eq!(contacts[0]["title"], "Education Manager");
    assert_eq!(contacts[0]["seniority"], "manager");
    assert_eq!(contacts[0]["emails"][0], "tom@museum.org");

    let v = cli.json(&["skill", "list"]);
    assert_eq!(v["skills"][0]["skill"], "Microsoft Excel");
    assert_eq!(v["skills"][0]["proficiency"], 4);
    let v = cli.json(&["company", "list"]);
    assert_eq!(v["companies"][0]["contacts"], 1);
    assert_eq!(v["companies"][0]["industry"], "Museums");
    let v = cli.json(&["contact", "show", "tom@museum.org"]);
    assert_eq!(v["contact"]["created"], "2026-03-01");

    // Removing the company without --detach: exit 2, nothing changed.
    let before = cli.bytes();
    let o = cli.run(&["company", "remove", "City Museum"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("contact#1"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Tom Okafor"), "{}", stderr(&o));
    assert!(stderr(&o).contains("--detach"), "{}", stderr(&o));
    assert_eq!(cli.bytes(), before);

    cli.ok(&["company", "remove", "City Museum", "--detach"]);
    let v = cli.json(&["contact", "list"]);
    assert_eq!(v["contacts"][0]["company"], serde_json::Value::Null);
}

#[test]
fn cli_edit_and_remove_contacts() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    cli.ok(&["company", "add", "Acme"]);
    cli.ok(&["contact", "add", "Ana Ruiz", "--email", "ana@acme.example"]);
    let v = cli.json(&[
        "contact",
        "edit",
        "ana ruiz",
        "--company",
        "acme",
        "--title",
        "Executive Director",
        "--tag",
        "alumni",
    ]);
    assert_eq!(v["updated"]["company"], "Acme");
    assert_eq!(v["updated"]["seniority"], "executive-director");
    assert_eq!(v["updated"]["tags"][0], "alumni");
    let o = cli.run(&["contact", "edit", "Nobody", "--title", "x"]);
    assert_eq!(o.status.code(), Some(2));
    cli.ok(&["contact", "remove", "ana@acme.example"]);
    assert_eq!(
        cli.json(&["contact", "list"])["contacts"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn cli_errors_print_one_json_document_and_exit_2() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    let o = cli.run(&[
        "skill",
        "add",
        "Writing",
        "--proficiency",
        "9",
        "--enjoyment",
        "3",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["error"]["kind"], "invalid-value");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("proficiency"));
    // init twice: refused, file kept.
    let before = cli.bytes();
    assert_eq!(cli.run(&["init"]).status.code(), Some(2));
    assert_eq!(cli.bytes(), before);
}

#[test]
fn cli_without_a_data_file_says_to_init() {
    let cli = Cli::new();
    let o = cli.run(&["contact", "list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("inroads init"), "{}", stderr(&o));
}

#[test]
fn cli_bad_data_files_exit_2_and_are_not_changed() {
    for (name, needle) in [
        ("bad-truncated.json", "truncated"),
        ("bad-dangling-company.json", "company#42"),
        ("bad-version-999.json", "999"),
    ] {
        let cli = Cli::with_data(&crate::fixture(name));
        let before = cli.bytes();
        // A read and a write command alike.
        for args in [&["contact", "list"][..], &["company", "add", "New Co"][..]] {
            let o = cli.run(args);
            assert_eq!(o.status.code(), Some(2), "{name} {args:?}");
            assert!(stderr(&o).contains(needle), "{name}: {}", stderr(&o));
            assert_eq!(cli.bytes(), before, "{name} changed");
        }
    }
}

#[test]
fn cli_fit_outside_education_as_json() {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Maya"]);
    for (skill, p, e) in [
        ("Teaching", "5", "5"),
        ("Curriculum design", "4", "5"),
        ("Public speaking", "4", "4"),
        ("Juggling", "3", "5"),
    ] {
        cli.ok(&["skill", "add", skill, "--proficiency", p, "--enjoyment", e]);
    }
    let v = cli.json(&["fit", "--exclude-field", "25", "--top", "5"]);
    let occupations = v["occupations"].as_array().unwrap();
    assert_eq!(occupations.len(), 5);
    let mut last = f64::MAX;
    for o in occupations {
        assert_ne!(o["field"], "25");
        let score = o["score"].as_f64().unwrap();
        assert!(score <= last && score > 0.0);
        last = score;
        assert!(!o["matching"].as_array().unwrap().is_empty());
        assert!(o["gaps"].is_array());
        assert!(o["title"].is_string() && o["code"].is_string());
    }
    assert_eq!(v["unmatched"][0]["skill"], "Juggling");
    assert!(v["unmatched"][0]["did_you_mean"].is_array());
    assert!(v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["code"] != "25"));
    // A bad field code is bad input.
    assert_eq!(
        cli.run(&["fit", "--exclude-field", "2x"]).status.code(),
        Some(2)
    );
}

#[test]
fn cli_title_and_occupation_search() {
    let cli = Cli::new();
    let v = cli.json(&["title", "Sr. Director, Learning & Development"]);
    assert_eq!(v["candidates"][0]["code"], "11-3131.00");
    let v = cli.json(&["title", "zzzz qqqq"]);
    assert_eq!(v["candidates"].as_array().unwrap().len(), 0);
    let v = cli.json(&["occupation", "search", "25-203"]);
    assert!(v["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["code"].as_str().unwrap().starts_with("25-203")));
    let v = cli.json(&["occupation", "show", "25-2031.00"]);
    assert_eq!(v["field"], "25");
    assert_eq!(
        cli.run(&["occupation", "show", "99-9999.99"]).status.code(),
        Some(2)
    );
    assert_eq!(
        cli.json(&["occupation", "fields"])["fields"]
            .as_array()
            .unwrap()
            .len(),
        22
    );
}

#[test]
fn cli_plan_on_the_fixture() {
    let cli = Cli::with_data(&crate::fixture("store-v2.json"));
    let v = cli.json(&["plan", "--today", "2026-03-02"]);
    assert_eq!(v["today"], "2026-03-02");
    let actions = v["actions"].as_array().unwrap();
    let find = |kind: &str| {
        actions
            .iter()
            .find(|a| a["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {actions:?}"))
    };
    let thanks = find("thank-you");
    assert_eq!(
        (thanks["name"].as_str(), thanks["overdue"].as_bool()),
        (Some("Tom Okafor"), Some(true))
    );
    assert_eq!(thanks["reason"]["kind"], "thank-you-due");
    assert_eq!(thanks["reason"]["within_hours"], 24);
    let follow = find("follow-up");
    assert_eq!(follow["name"], "Sam Whitaker");
    assert_eq!(follow["reason"]["kind"], "no-reply");
    assert_eq!(follow["reason"]["since"], "2026-02-16");
    let referral = find("contact-referral");
    assert_eq!(referral["name"], "Alex Kim");
    assert_eq!(referral["reason"]["kind"], "referred");
    assert_eq!(referral["reason"]["by_name"], "Priya Raman");
}

#[test]
fn cli_walks_the_loop() {
    let cli = Cli::new();
    cli.ok(&[
        "init",
        "--name",
        "Maya Chen",
        "--background",
        "I am finishing a Master of Teaching",
    ]);
    cli.ok(&["company", "add", "Museum"]);
    cli.ok(&[
        "contact",
        "add",
        "Tom Okafor",
        "--company",
        "Museum",
        "--title",
        "Education Manager",
        "--email",
        "tom@museum.example",
    ]);
    cli.ok(&[
        "contact",
        "add",
        "Ana Ruiz",
        "--email",
        "ana@museum.example",
    ]);
    let v = cli.json(&[
        "log",
        "Tom Okafor",
        "requested",
        "--at",
        "2026-02-02T09:00:00-05:00",
        "--channel",
        "linkedin",
    ]);
    assert_eq!(v["stage"], "requested");
    // Thanking someone never met: exit 2, file unchanged.
    let before = cli.bytes();
    let o = cli.run(&["log", "Tom Okafor", "thanked"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("thank-you sent") && stderr(&o).contains("requested"),
        "{}",
        stderr(&o)
    );
    assert_eq!(cli.bytes(), before);
    cli.ok(&[
        "log",
        "tom@museum.example",
        "replied",
        "--at",
        "2026-02-03 10:00 -05:00",
    ]);
    let v = cli.json(&[
        "meeting",
        "schedule",
        "Tom Okafor",
        "--at",
        "2026-02-10T10:00:00-05:00",
        "--minutes",
        "90",
        "--place",
        "Museum cafe",
    ]);
    assert_eq!(
        v["warnings"][0],
        serde_json::json!({ "kind": "long", "minutes": 90 })
    );
    cli.ok(&[
        "question",
        "add",
        "museum-future",
        "--topic",
        "direction",
        "--text",
        "How are museums changing how they teach?",
    ]);
    assert_eq!(
        cli.run(&["question", "add", "x", "--topic", "weather", "--text", "y"])
            .status
            .code(),
        Some(2)
    );
    let brief = cli.ok(&["brief", "Tom Okafor"]);
    assert!(brief.contains("How are museums changing"), "{brief}");
    assert!(
        brief.contains("Is there anyone else in the field"),
        "{brief}"
    );
    cli.ok(&[
        "log",
        "Tom Okafor",
        "met",
        "--at",
        "2026-02-10T11:30:00-05:00",
    ]);
    cli.ok(&[
        "meeting",
        "notes",
        "Tom Okafor",
        "--answer",
        "started=Came from teaching",
        "--advice",
        "talk to the curators",
        "--at",
        "2026-02-10T12:00:00-05:00",
    ]);
    let v = cli.json(&["draft", "thanks", "Tom Okafor"]);
    assert!(v["body"].as_str().unwrap().contains("talk to the curators"));
    assert_eq!(v["to"], "tom@museum.example");
    cli.ok(&[
        "log",
        "Tom Okafor",
        "thanked",
        "--at",
        "2026-02-10T18:00:00-05:00",
    ]);
    cli.ok(&[
        "log",
        "Tom Okafor",
        "referred",
        "--to",
        "Ana Ruiz",
        "--at",
        "2026-02-11T09:00:00-05:00",
    ]);
    let v = cli.json(&[
        "log",
        "Tom Okafor",
        "lead",
        "--note",
        "Museum Educator",
        "--at",
        "2026-02-11T09:05:00-05:00",
    ]);
    assert_eq!(v["stage"], "thanked");
    let v = cli.json(&["lead", "list"]);
    assert_eq!(v["leads"][0]["lead"]["role"], "Museum Educator");
    assert_eq!(v["leads"][0]["from"], "Tom Okafor");
    cli.ok(&["lead", "update", "1", "--status", "applied"]);
    assert_eq!(
        cli.run(&["lead", "update", "1", "--status", "heard"])
            .status
            .code(),
        Some(2)
    );
    let v = cli.json(&["plan", "--today", "2026-02-20"]);
    assert!(v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "contact-referral" && a["name"] == "Ana Ruiz"));
    let v = cli.json(&["stats", "--from", "2026-02-01", "--to", "2026-02-28"]);
    assert_eq!(
        (
            v["requests_sent"].as_u64(),
            v["meetings_held"].as_u64(),
            v["referrals"].as_u64()
        ),
        (Some(1), Some(1), Some(1))
    );
    let v = cli.json(&["journal", "Tom Okafor"]);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 8);
    // Retract the lead entry's neighbour: the note-less reply can be moved.
    let reply = entries
        .iter()
        .find(|e| e["entry"]["event"]["type"] == "reply-received")
        .unwrap()["id"]
        .as_u64()
        .unwrap();
    cli.ok(&["correct", &reply.to_string(), "--note", "said yes by phone"]);
    let v = cli.json(&["journal", "Tom Okafor"]);
    assert!(v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["entry"]["note"] == "said yes by phone"));
    // Overlap refused unless forced.
    cli.ok(&[
        "log",
        "Ana Ruiz",
        "requested",
        "--at",
        "2026-02-12T09:00:00-05:00",
    ]);
    cli.ok(&["contact", "add", "Bo Li"]);
    cli.ok(&[
        "log",
        "Bo Li",
        "requested",
        "--at",
        "2026-02-12T09:00:00-05:00",
    ]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Ana Ruiz",
        "--at",
        "2026-03-01T10:00:00-05:00",
    ]);
    let o = cli.run(&[
        "meeting",
        "schedule",
        "Bo Li",
        "--at",
        "2026-03-01T15:15:00+00:00",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    cli.ok(&[
        "meeting",
        "schedule",
        "Bo Li",
        "--at",
        "2026-03-01T15:15:00+00:00",
        "--force",
    ]);
    // A bad template placeholder is refused.
    let dir = tempfile::tempdir().unwrap();
    let tpl = dir.path().join("t.txt");
    std::fs::write(&tpl, "Subject: hi\n\n{shoe_size}").unwrap();
    let o = cli.run(&[
        "draft",
        "request",
        "Ana Ruiz",
        "--template",
        tpl.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("{shoe_size}"));
}

#[test]
fn cli_network_contract() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    cli.ok(&["company", "add", "Acme"]);
    for (n, e) in [
        ("Ana Ruiz", "ana@x.org"),
        ("Bo Chen", "bo@x.org"),
        ("Cy Diaz", "cy@x.org"),
        ("Di Evans", "di@x.org"),
    ] {
        cli.ok(&["contact", "add", n, "--email", e]);
    }
    cli.ok(&["contact", "edit", "Cy Diaz", "--company", "Acme"]);
    let dir = tempfile::tempdir().unwrap();
    let ties = dir.path().join("ties.csv");
    std::fs::write(
        &ties,
        "a,b,strength\n@me,Ana Ruiz,0.9\nana@x.org,Bo Chen,0.5\nBo Chen,cy@x.org,\n",
    )
    .unwrap();
    let v = cli.json(&["import", "ties", ties.to_str().unwrap()]);
    assert_eq!(v["added"], 3);
    // A bad row: its line, exit 2, nothing imported.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "a,b,strength\n@me,Di Evans,0.5\n@me,Nobody,0.5\n").unwrap();
    let before = cli.bytes();
    let o = cli.run(&["import", "ties", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 3"), "{}", stderr(&o));
    assert_eq!(cli.bytes(), before);

    let v = cli.json(&["path", "--to", "Cy Diaz"]);
    assert_eq!(v["found"], true);
    let names: Vec<_> = v["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["me", "Ana Ruiz", "Bo Chen", "Cy Diaz"]);
    assert!((v["strength"].as_f64().unwrap() - 0.225).abs() < 1e-9);
    let v = cli.json(&["path", "--company", "Acme", "--max-hops", "2"]);
    assert_eq!(v["found"], false);
    assert_eq!(v["path"].as_array().unwrap().len(), 0);
    assert!(
        cli.json(&["path", "--to", "Cy Diaz", "--alternatives", "2"])["alternatives"].is_array()
    );
    assert_eq!(cli.run(&["path"]).status.code(), Some(2)); // a target is required
    let v = cli.json(&["reach", "--hops", "2"]);
    assert_eq!(v["total"], 2);
    assert_eq!(v["by_distance"]["1"], 1);
    assert_eq!(v["by_distance"]["2"], 1);
    assert_eq!(cli.json(&["reach"])["total"], 3);
    let v = cli.json(&["connectors", "--top", "5", "--seed", "3"]);
    assert_eq!(v["connectors"][0]["name"], "Ana Ruiz");
    assert!(cli.json(&["provenance", "Cy Diaz"])["chain"].is_array());
    assert!(cli.json(&["coverage"])["gaps"].is_array());
    assert!(cli.json(&["suggest", "--top", "3"])["suggestions"].is_array());
    assert_eq!(cli.json(&["mutual", "Bo Chen"])["names"][0], "Ana Ruiz");
    cli.ok(&["tie", "add", "@me", "Di Evans", "--strength", "0.3"]);
    assert_eq!(
        cli.run(&["tie", "add", "@me", "Di Evans", "--strength", "2"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        cli.json(&["tie", "list"])["ties"].as_array().unwrap().len(),
        4
    );
    cli.ok(&["tie", "remove", "Di Evans", "@me"]);
    let v = cli.json(&[
        "profile",
        "set",
        "--background",
        "I teach",
        "--target-field",
        "13",
        "--target-field",
        "11",
    ]);
    assert_eq!(v["profile"]["target_fields"][0], "13");
    assert_eq!(
        cli.run(&["profile", "set", "--target-field", "x1"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        cli.json(&["profile", "show"])["profile"]["background"],
        "I teach"
    );
    // With target fields and nobody in them, there is no one to bridge to.
    assert_eq!(
        cli.json(&["connectors"])["connectors"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn cli_imports_and_exports() {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Maya"]);
    let file = crate::fixture("linkedin-current.csv");
    let v = cli.json(&["import", "linkedin", file.to_str().unwrap()]);
    assert_eq!(v["created"], 4);
    let count = || {
        cli.json(&["contact", "list"])["contacts"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(), 4);
    let v = cli.json(&["import", "linkedin", file.to_str().unwrap()]);
    assert_eq!(
        (v["created"].as_u64(), v["unchanged"].as_u64()),
        (Some(0), Some(4))
    );
    assert_eq!(
        count(),
        4,
        "importing the same file twice leaves the count unchanged"
    );
    let bad = crate::fixture("linkedin-bad-rows.csv");
    let before = cli.bytes();
    let o = cli.run(&["import", "linkedin", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 3"), "{}", stderr(&o));
    assert_eq!(cli.bytes(), before);
    let v = cli.json(&[
        "import",
        "linkedin",
        bad.to_str().unwrap(),
        "--skip-bad-rows",
    ]);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 3);
    let vcf = crate::fixture("contacts-4.0.vcf");
    assert_eq!(
        cli.json(&["import", "vcard", vcf.to_str().unwrap()])["created"],
        1
    );
    let dir = tempfile::tempdir().unwrap();
    for (format, extra) in [
        ("ics", None),
        ("vcard", None),
        ("graphml", Some("--redact")),
        ("dot", None),
        ("csv", None),
        ("json", Some("--redact")),
    ] {
        let out = dir.path().join(format!("out.{format}"));
        let mut args = vec!["export", format, out.to_str().unwrap()];
        args.extend(extra);
        cli.ok(&args);
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(!text.is_empty(), "{format}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{format} export is private");
        }
    }
    let out = dir.path().join("leads.csv");
    cli.ok(&["export", "csv", out.to_str().unwrap(), "--what", "leads"]);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("id,role"));
    assert_eq!(
        cli.run(&["export", "vcard", out.to_str().unwrap(), "--redact"])
            .status
            .code(),
        Some(2)
    );
    assert!(cli.json(&["duplicates"])["duplicates"].is_array());
    cli.ok(&[
        "contact",
        "add",
        "Samuel Whitaker",
        "--company",
        "Northwind Financial",
        "--title",
        "Lead",
    ]);
    assert_eq!(
        cli.json(&["duplicates"])["duplicates"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        cli.run(&["merge", "Sam Whitaker", "Samuel Whitaker"])
            .status
            .code(),
        Some(2)
    );
    cli.ok(&["merge", "Sam Whitaker", "Samuel Whitaker", "--prefer", "a"]);
    assert_eq!(
        cli.json(&["duplicates"])["duplicates"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}
