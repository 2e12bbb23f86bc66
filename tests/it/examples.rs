//! Runs the example binaries, as a user would, and checks what they print.
#![cfg(feature = "onet")]
//! In the style of the csv crate's tests: `cargo test` builds the examples
//! next to this test binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
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
struct Cli {
    _dir: tempfile::TempDir,
    data: PathBuf,
}

impl Cli {
    fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("x.json");
        Cli { _dir: dir, data }
    }
    fn with_data(data: &Path) -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("copy.json");
        std::fs::copy(data, &copy).unwrap();
        Cli {
            _dir: dir,
            data: copy,
        }
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(example("inroads"))
            .arg("--data")
            .arg(&self.data)
            .args(["--today", "2026-03-01"])
            .args(args)
            .output()
            .unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        stdout(&o)
    }
    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        let out = self.ok(&a);
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}):\n{out}"))
    }
    fn bytes(&self) -> Vec<u8> {
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
    assert!(stderr(&o).contains("Tom Okafor"), "{}", stderr(&o));
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
    assert_eq!(v["unmatched"][0], "Juggling");
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
