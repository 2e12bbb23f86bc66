//! Runs the example binaries, as a user would, and checks what they print.
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
    for needle in [
        "Maya Chen",
        "Master of Teaching",
        "Instructing",
        "Curriculum Design",
        "Museums & Cultural Heritage",
        "Harbourfront Museum",
        "Priya Raman",
        "executive-director",
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
