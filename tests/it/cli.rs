//! The job seeker's command line (issue 13): each test drives the
//! `inroads` example as a person would, with a persona who is not the
//! seed's teacher. (The examples need the built-in catalogue.)
#![cfg(feature = "onet")]

use crate::examples::{stderr, Cli};

/// Dana Okoye, an ICU nurse moving into health technology, with one
/// contact at a company in her target industry.
fn nurse() -> Cli {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Dana Okoye"]);
    cli.ok(&[
        "profile",
        "set",
        "--background",
        "I have been an ICU nurse at a teaching hospital for nine years",
    ]);
    cli.ok(&["industry", "add", "Health Technology", "--target"]);
    cli.ok(&[
        "company",
        "add",
        "Epic Systems",
        "--industry",
        "Health Technology",
    ]);
    cli.ok(&[
        "contact",
        "add",
        "Jordan Lee",
        "--company",
        "Epic Systems",
        "--title",
        "Clinical Informatics Manager",
        "--email",
        "jordan@epic.example",
    ]);
    cli
}

#[test]
fn drafts_name_no_profession_the_profile_does_not() {
    let cli = nurse();
    let d = cli.json(&["draft", "request", "Jordan Lee"]);
    let body = d["body"].as_str().unwrap();
    // (Her own background says "teaching hospital": that is hers to say.)
    for word in ["classroom", "student", "lesson", "pupil"] {
        assert!(!body.to_lowercase().contains(word), "{word:?} in:\n{body}");
    }
    assert!(body.contains("ICU nurse"), "{body}");
    assert!(
        body.contains("exploring a move into Health Technology"),
        "{body}"
    );
    assert!(
        body.contains("Clinical Informatics Manager at Epic Systems"),
        "{body}"
    );
    assert_eq!(
        d["subject"],
        "A 20-minute conversation about your work at Epic Systems?"
    );
    // A contact with a title and no company: the company is left out, not invented.
    cli.ok(&["contact", "add", "Sam Rivera", "--title", "Nurse Educator"]);
    let d = cli.json(&["draft", "request", "Sam Rivera"]);
    assert_eq!(d["subject"], "A 20-minute conversation about your work?");
    let body = d["body"].as_str().unwrap();
    assert!(
        body.contains("because you work as Nurse Educator."),
        "{body}"
    );
    // Neither: the draft asks for one instead of writing around a hole.
    cli.ok(&["contact", "add", "Alex Kim"]);
    let o = cli.run(&["draft", "request", "Alex Kim"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("neither title nor company"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_follow_up_the_thanks_and_the_referral_note() {
    let cli = nurse();
    // Nothing sent yet: the follow-up says so instead of inventing a date.
    let o = cli.run(&["draft", "follow-up", "Jordan Lee"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no request"), "{}", stderr(&o));
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-02-16 09:00"]);
    let d = cli.json(&["draft", "follow-up", "Jordan Lee"]);
    let body = d["body"].as_str().unwrap();
    assert!(body.contains("16 February 2026"), "{body}");
    assert!(body.contains("following up once"), "{body}");
    assert_eq!(d["kind"], "follow-up");

    cli.ok(&["log", "Jordan Lee", "replied", "--at", "2026-02-17 10:00"]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-02-20 15:00",
        "--place",
        "video call",
    ]);
    cli.ok(&["log", "Jordan Lee", "met", "--at", "2026-02-20 15:30"]);
    cli.ok(&[
        "meeting",
        "notes",
        "Jordan Lee",
        "--advice",
        "get the Epic certification before applying",
        "--at",
        "2026-02-20 16:00",
    ]);
    let body = cli.json(&["draft", "thanks", "Jordan Lee"])["body"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        body.contains("get the Epic certification before applying"),
        "{body}"
    );
    assert!(body.contains("grateful for an introduction"), "{body}");

    cli.ok(&[
        "contact",
        "add",
        "Priya Shah",
        "--title",
        "Director of Nursing Informatics",
    ]);
    cli.ok(&[
        "log",
        "Jordan Lee",
        "referred",
        "--to",
        "Priya Shah",
        "--at",
        "2026-02-21 09:00",
    ]);
    let body = cli.json(&["draft", "referral", "Priya Shah"])["body"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        body.contains("Jordan Lee suggested I contact you"),
        "{body}"
    );
    assert!(
        body.contains("as Director of Nursing Informatics"),
        "{body}"
    );
    assert!(
        body.contains("exploring a move into Health Technology"),
        "{body}"
    );
}

#[test]
fn companies_industries_skills_and_contacts_are_editable() {
    let cli = nurse();
    // A company: every fact, the old name findable.
    let v = cli.json(&[
        "company",
        "edit",
        "Epic Systems",
        "--name",
        "Epic",
        "--website",
        "https://epic.example",
        "--location",
        "Verona, WI",
        "--size",
        "12000",
        "--add-note",
        "Hires nurses as analysts",
    ]);
    assert_eq!(v["company"]["name"], "Epic");
    assert_eq!(v["company"]["size"], "enterprise");
    assert_eq!(v["company"]["location"], "Verona, WI");
    assert_eq!(v["company"]["notes"], "Hires nurses as analysts");
    assert_eq!(
        cli.json(&["company", "show", "Epic Systems"])["company"]["name"],
        "Epic"
    );

    // An industry: demanded skills with weights, so fit can rank it.
    cli.ok(&[
        "skill",
        "add",
        "Critical Thinking",
        "--proficiency",
        "5",
        "--enjoyment",
        "4",
    ]);
    let before = cli.json(&["fit"]);
    assert!(
        before["industries"][0]["score"].is_null(),
        "{}",
        before["industries"]
    );
    cli.ok(&[
        "industry",
        "edit",
        "Health Technology",
        "--demand",
        "Critical Thinking=0.9",
        "--demand",
        "Programming=0.4",
    ]);
    let after = cli.json(&["fit"]);
    let score = after["industries"][0]["score"].as_f64().unwrap();
    assert!(score > 0.0, "{}", after["industries"]);
    assert_eq!(after["industries"][0]["matching"][0], "Critical Thinking");
    // Target off and on again.
    cli.ok(&["industry", "edit", "Health Technology", "--no-target"]);
    assert_eq!(
        cli.json(&["industry", "list"])["industries"][0]["target"],
        false
    );
    cli.ok(&[
        "industry",
        "edit",
        "Health Technology",
        "--target",
        "--remove-demand",
        "Programming",
    ]);
    assert_eq!(
        cli.json(&["industry", "list"])["industries"][0]["target"],
        true
    );
    // A bad weight is refused, naming the flag's form.
    let o = cli.run(&[
        "industry",
        "edit",
        "Health Technology",
        "--demand",
        "Python=3",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("from 0 (exclusive) to 1"),
        "{}",
        stderr(&o)
    );

    // A skill, in place.
    let v = cli.json(&["skill", "edit", "critical thinking", "--enjoyment", "2"]);
    assert_eq!(
        (
            v["updated"]["proficiency"].as_u64(),
            v["updated"]["enjoyment"].as_u64()
        ),
        (Some(5), Some(2))
    );

    // A contact: a note added keeps the old ones; tags, emails, phones removed one by one.
    cli.ok(&[
        "contact",
        "edit",
        "Jordan Lee",
        "--notes",
        "Met at HIMSS",
        "--tag",
        "mentor",
        "--tag",
        "himss",
        "--phone",
        "+1 608 555 0100",
        "--email",
        "jl@home.example",
    ]);
    let v = cli.json(&[
        "contact",
        "edit",
        "Jordan Lee",
        "--add-note",
        "Prefers video calls",
        "--remove-tag",
        "himss",
        "--remove-email",
        "JL@home.example",
        "--remove-phone",
        "+1 608 555 0100",
    ]);
    let c = &v["updated"];
    assert_eq!(c["tags"], serde_json::json!(["mentor"]));
    assert_eq!(c["emails"], serde_json::json!(["jordan@epic.example"]));
    let shown = cli.json(&["contact", "show", "Jordan Lee"]);
    assert_eq!(
        shown["contact"]["notes"],
        "Met at HIMSS\nPrefers video calls"
    );
    assert!(
        shown["contact"]["phones"]
            .as_array()
            .is_none_or(|p| p.is_empty()),
        "{shown}"
    );
    // Removing what is not there is refused, and says so without echoing it.
    let o = cli.run(&["contact", "edit", "Jordan Lee", "--remove-tag", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such tag"), "{}", stderr(&o));
}

#[test]
fn cadences_per_contact_and_per_tag_reach_the_plan() {
    let cli = nurse();
    cli.ok(&["contact", "add", "Sam Rivera", "--tag", "mentor"]);
    cli.ok(&["cadence", "set", "--tag", "mentor", "--every", "30"]);
    cli.ok(&[
        "cadence",
        "set",
        "--contact",
        "Jordan Lee",
        "--every",
        "14",
        "--at-most",
        "21",
    ]);
    let list = cli.json(&["cadence", "list"]);
    assert_eq!(list["tags"][0]["cadence"]["ideal_days"], 30);
    assert_eq!(list["contacts"][0]["cadence"]["max_days"], 21);
    // Both were added on 2026-03-01: Jordan is due after 14 days, Sam after 30.
    let plan = cli.json_on("2026-03-20", &["plan"]);
    let names: Vec<_> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "keep-in-touch")
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Jordan Lee"]);
    let plan = cli.json_on("2026-04-02", &["plan"]);
    let n = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "keep-in-touch")
        .count();
    assert_eq!(n, 2);
    cli.ok(&["cadence", "clear", "--tag", "mentor"]);
    let plan = cli.json_on("2026-04-02", &["plan"]);
    let n = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "keep-in-touch")
        .count();
    assert_eq!(n, 1);
}

#[test]
fn contacts_filter_and_show_their_stage_and_meeting_notes() {
    let cli = nurse();
    cli.ok(&["company", "add", "Rush"]);
    cli.ok(&[
        "contact",
        "add",
        "Sam Rivera",
        "--company",
        "Rush",
        "--tag",
        "Mentor",
    ]);
    cli.ok(&[
        "contact",
        "add",
        "Alex Kim",
        "--company",
        "Rush",
        "--field",
        "29",
    ]);
    cli.ok(&["log", "Sam Rivera", "requested", "--at", "2026-02-27 09:00"]);
    let names = |v: serde_json::Value| -> Vec<String> {
        v["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(cli.json(&["contact", "list", "--tag", "mentor"])),
        ["Sam Rivera"]
    );
    assert_eq!(
        names(cli.json(&["contact", "list", "--stage", "requested"])),
        ["Sam Rivera"]
    );
    assert_eq!(
        names(cli.json(&["contact", "list", "--company", "rush"])),
        ["Sam Rivera", "Alex Kim"]
    );
    assert_eq!(
        names(cli.json(&["contact", "list", "--field", "29"])),
        ["Alex Kim"]
    );
    assert_eq!(
        names(cli.json(&["contact", "list", "--company", "Rush", "--search", "kim"])),
        ["Alex Kim"]
    );
    assert!(names(cli.json(&["contact", "list", "--stage", "met"])).is_empty());
    let text = cli.ok(&["contact", "list", "--stage", "met"]);
    assert!(text.contains("nobody matches"), "{text}");
    // The stage is in the list and on the contact.
    let list = cli.json(&["contact", "list"]);
    assert_eq!(list["contacts"][1]["stage"], "requested");
    assert!(cli.ok(&["contact", "list"]).contains("requested"));
    assert!(cli
        .ok(&["contact", "show", "Sam Rivera"])
        .contains("stage      requested"));
    // An unknown stage is refused.
    let o = cli.run(&["contact", "list", "--stage", "maybe"]);
    assert_eq!(o.status.code(), Some(2));

    // Meeting notes are shown, not only in --json.
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-02-16 09:00"]);
    cli.ok(&["log", "Jordan Lee", "replied", "--at", "2026-02-17 09:00"]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-02-20 15:00",
    ]);
    cli.ok(&["log", "Jordan Lee", "met", "--at", "2026-02-20 15:30"]);
    // An answer to a question that does not exist is refused, listing the ids.
    let o = cli.run(&[
        "meeting",
        "notes",
        "Jordan Lee",
        "--answer",
        "strated=Through a pilot",
        "--at",
        "2026-02-20 16:00",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("no question has that id") && err.contains("started"),
        "{err}"
    );
    cli.ok(&[
        "meeting",
        "notes",
        "Jordan Lee",
        "--answer",
        "started=Through a pilot on the ward",
        "--advice",
        "Learn SQL",
        "--name",
        "Priya Shah",
        "--promise",
        "Send my CV",
        "--at",
        "2026-02-20 16:00",
    ]);
    for text in [
        cli.ok(&["contact", "show", "Jordan Lee"]),
        cli.ok(&["journal", "Jordan Lee"]),
    ] {
        for needle in [
            "started: Through a pilot on the ward",
            "advice: Learn SQL",
            "mentioned: Priya Shah",
            "promised: Send my CV",
        ] {
            assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
        }
    }
}

#[test]
fn under_json_every_failure_is_one_json_document() {
    let cli = nurse();
    for args in [
        &["contact", "lst", "--json"][..],
        &["--json", "contact", "list", "--stage"][..],
        &["contact", "show", "--json"][..],
        &["frobnicate", "--json"][..],
        &["contact", "show", "Nobody Here", "--json"][..],
    ] {
        let o = cli.run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?}: stdout is not JSON ({e}): {:?}",
                crate::examples::stdout(&o)
            )
        });
        let e = &v["error"];
        assert!(
            e["kind"].is_string() && e["message"].is_string() && e["hint"].is_string(),
            "{args:?}: {v}"
        );
    }
    // Help is still help.
    let o = cli.run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn negative_offsets_work_in_both_spellings() {
    let cli = nurse();
    for args in [
        &[
            "--offset",
            "-05:00",
            "log",
            "Jordan Lee",
            "note",
            "--at",
            "2026-02-16 09:00",
        ][..],
        &[
            "--offset=-05:00",
            "log",
            "Jordan Lee",
            "note",
            "--at",
            "2026-02-17 09:00",
        ][..],
    ] {
        cli.ok(args);
    }
    let j = cli.json(&["journal", "Jordan Lee"]);
    let times: Vec<_> = j["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["at"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        times,
        ["2026-02-16T09:00:00-05:00", "2026-02-17T09:00:00-05:00"]
    );
}

#[test]
fn tie_ends_have_one_shape_with_names() {
    let cli = nurse();
    cli.ok(&["contact", "add", "Sam Rivera"]);
    cli.ok(&["tie", "add", "@me", "Jordan Lee", "--strength", "0.8"]);
    cli.ok(&["tie", "add", "Jordan Lee", "Sam Rivera"]);
    let v = cli.json(&["tie", "list"]);
    let ties = v["ties"].as_array().unwrap();
    assert_eq!(
        ties[0]["a"],
        serde_json::json!({ "contact": null, "name": "me" })
    );
    assert_eq!(ties[0]["b"]["name"], "Jordan Lee");
    assert_eq!(ties[1]["a"]["contact"], 1);
    assert_eq!(ties[1]["b"]["name"], "Sam Rivera");
    // Meetings carry names next to ids too.
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-02-16 09:00"]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-03-04 10:00",
    ]);
    let m = cli.json(&["meeting", "list"]);
    assert_eq!(m["scheduled"][0]["name"], "Jordan Lee");
    assert_eq!(m["scheduled"][0]["company"], "Epic Systems");
}

#[test]
fn completions_for_the_usual_shells() {
    let cli = Cli::new();
    let bash = cli.ok(&["completions", "bash"]);
    assert!(
        bash.contains("_inroads()") && bash.contains("cadence"),
        "{}",
        &bash[..200.min(bash.len())]
    );
    assert!(cli
        .ok(&["completions", "zsh"])
        .starts_with("#compdef inroads"));
    assert!(cli
        .ok(&["completions", "fish"])
        .contains("complete -c inroads"));
    let o = cli.run(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}

/// `inroads … | head` closes the pipe early: the command ends quietly,
/// without a panic's trace on the terminal.
#[test]
fn a_closed_pipe_is_not_a_crash() {
    use std::process::{Command, Stdio};
    let cli = Cli::new();
    let mut child = Command::new(crate::examples::example("inroads"))
        .args(["--data", cli.data.to_str().unwrap(), "completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
}

#[test]
fn rules_that_help_instead_of_block() {
    let cli = nurse();
    // A friend met at a party: scheduling without a request records the
    // implied request and reply, and says so.
    cli.ok(&["contact", "add", "Sam Rivera", "--title", "Nurse Manager"]);
    let v = cli.json(&[
        "meeting",
        "schedule",
        "Sam Rivera",
        "--at",
        "2026-03-04 18:00",
        "--place",
        "Cafe",
    ]);
    assert_eq!(v["stage"], "scheduled");
    assert_eq!(v["warnings"][0]["kind"], "implied-request", "{v}");
    let j = cli.json(&["journal", "Sam Rivera"]);
    let kinds: Vec<_> = j["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["event"]["type"].clone())
        .collect();
    assert_eq!(kinds.len(), 3, "{j}");
    // A reply noted after the meeting was arranged is fine.
    cli.ok(&["log", "Sam Rivera", "replied", "--at", "2026-03-01 08:10"]);
    assert_eq!(
        cli.json(&["contact", "show", "Sam Rivera"])["stage"],
        "scheduled"
    );

    // A new cycle after one ended: met, thanked, then months later a second request.
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-01-05 09:00"]);
    cli.ok(&["log", "Jordan Lee", "replied", "--at", "2026-01-06 09:00"]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-01-09 15:00",
    ]);
    cli.ok(&["log", "Jordan Lee", "met", "--at", "2026-01-09 15:30"]);
    cli.ok(&["log", "Jordan Lee", "thanked", "--at", "2026-01-09 18:00"]);
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-02-20 09:00"]);
    assert_eq!(
        cli.json(&["contact", "show", "Jordan Lee"])["stage"],
        "requested"
    );
    assert_eq!(
        cli.json(&["journal", "Jordan Lee"])["entries"]
            .as_array()
            .unwrap()
            .len(),
        6
    );

    // A decline is not the end: a polite re-contact months later.
    cli.ok(&["contact", "add", "Alex Kim", "--title", "CNO"]);
    cli.ok(&["log", "Alex Kim", "requested", "--at", "2026-01-02 09:00"]);
    cli.ok(&["log", "Alex Kim", "declined", "--at", "2026-01-03 09:00"]);
    let early = cli.json_on("2026-03-01", &["plan"]);
    assert!(!early["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "recontact"));
    let later = cli.json_on("2026-07-05", &["plan"]);
    let re: Vec<_> = later["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "recontact")
        .collect();
    assert_eq!(re.len(), 1, "{later}");
    assert_eq!(re[0]["name"], "Alex Kim");
    assert_eq!(re[0]["due"], "2026-07-02");
    assert_eq!(re[0]["reason"]["on"], "2026-01-03");
    // Configurable: sooner, or never.
    let sooner = cli.json_on("2026-02-05", &["plan", "--recontact-after", "30"]);
    assert!(sooner["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "recontact"));
    let never = cli.json_on("2026-07-05", &["plan", "--recontact-after", "0"]);
    assert!(!never["actions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "recontact"));
}

#[test]
fn mistakes_are_refused_with_a_reason() {
    let cli = nurse();
    let refused = |args: &[&str], needle: &str| {
        let o = cli.run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?} was accepted");
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
    };
    refused(
        &["stats", "--from", "2026-03-01", "--to", "2026-02-01"],
        "--from is after --to",
    );
    refused(&["fit", "--include-field", "99"], "no career field");
    refused(&["title", ""], "give a job title");
    refused(&["title", "   "], "give a job title");
    // "Now" with --today 2026-03-01 is the whole day: late that day is
    // fine, the next day has not happened yet; a meeting may be ahead.
    cli.ok(&["log", "Jordan Lee", "note", "--at", "2026-03-01 23:30"]);
    refused(
        &["log", "Jordan Lee", "note", "--at", "2026-03-02 08:00"],
        "in the future",
    );
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-03-09 10:00",
    ]);
    cli.ok(&["contact", "add", "Sam Rivera", "--title", "Nurse Manager"]);
    cli.ok(&["log", "Sam Rivera", "requested", "--at", "2026-02-16 09:00"]);
    let entry = cli.json(&["journal", "Sam Rivera"])["entries"][0]["id"]
        .as_u64()
        .unwrap()
        .to_string();
    refused(&["correct", &entry, "--note", ""], "changes nothing");
    cli.ok(&["correct", &entry, "--retract"]);
    refused(&["correct", &entry, "--retract"], "retracted");
}

#[test]
fn the_profile_time_zone_follows_daylight_saving() {
    let cli = nurse();
    let o = cli.run(&["profile", "set", "--timezone", "America/Chicgo"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("IANA time zone"), "{}", stderr(&o));
    let v = cli.json(&["profile", "set", "--timezone", "America/Chicago"]);
    assert_eq!(v["profile"]["timezone"], "America/Chicago");
    let ok = |args: &[&str]| {
        let o = cli.run_on("2026-03-10", args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    };
    ok(&["log", "Jordan Lee", "note", "--at", "2026-02-20 10:00"]);
    ok(&["log", "Jordan Lee", "note", "--at", "2026-03-09 10:00"]);
    // The hour the clocks skip does not exist.
    let o = cli.run_on(
        "2026-03-10",
        &["log", "Jordan Lee", "note", "--at", "2026-03-08 02:30"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("does not exist in America/Chicago"),
        "{}",
        stderr(&o)
    );
    // An explicit --offset still wins for one command.
    ok(&[
        "--offset",
        "+01:00",
        "log",
        "Jordan Lee",
        "note",
        "--at",
        "2026-02-21 10:00",
    ]);
    let times: Vec<String> = cli.json(&["journal", "Jordan Lee"])["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["at"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        times,
        [
            "2026-02-20T10:00:00-06:00",
            "2026-02-21T10:00:00+01:00",
            "2026-03-09T10:00:00-05:00"
        ]
    );
    // What the user sees is in their zone, whatever offset it was typed in.
    let text = cli.ok(&["journal", "Jordan Lee"]);
    assert!(text.contains("2026-02-21 03:00 -06:00"), "{text}");
    // "Now" with --today is the user's whole day in their zone.
    let o = cli.run_on(
        "2026-03-09",
        &["log", "Jordan Lee", "note", "--at", "2026-03-09 23:30"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn output_a_person_reads() {
    use unicode_width::UnicodeWidthStr;
    let cli = nurse();
    // Plurals.
    assert!(
        cli.ok(&["company", "list"]).contains("1 contact\n"),
        "{}",
        cli.ok(&["company", "list"])
    );
    assert!(cli.ok(&["industry", "list"]).contains("(1 company)"));
    // Columns by display width, long values cut with "…".
    cli.ok(&[
        "contact",
        "add",
        "Zoë Ångström",
        "--title",
        "Directrice des soins infirmiers de l'hôpital universitaire",
    ]);
    cli.ok(&["contact", "add", "李小龙", "--title", "护士长"]);
    let list = cli.ok(&["contact", "list"]);
    let stage_at: Vec<usize> = list
        .lines()
        .map(|l| UnicodeWidthStr::width(&l[..l.find("identified").unwrap()]))
        .collect();
    assert!(stage_at.windows(2).all(|w| w[0] == w[1]), "{list}");
    assert!(list.contains("…"), "{list}");
    // Headings on connectors; field names in coverage.
    let fixture = Cli::with_data(&crate::fixture("store-v2.json"));
    let c = fixture.ok(&["connectors"]);
    assert!(c.lines().next().unwrap().contains("bridges"), "{c}");
    assert!(c.lines().nth(1).is_some(), "{c}");
    cli.ok(&["profile", "set", "--target-field", "29"]);
    let cov = cli.ok(&["coverage"]);
    assert!(
        cov.contains("field 29 (Healthcare Practitioners and Technical)"),
        "{cov}"
    );
    // The plan shows real deadlines, and says overdue in words.
    cli.ok(&["log", "Jordan Lee", "requested", "--at", "2026-02-09 09:00"]);
    cli.ok(&["log", "Jordan Lee", "replied", "--at", "2026-02-10 09:00"]);
    cli.ok(&[
        "meeting",
        "schedule",
        "Jordan Lee",
        "--at",
        "2026-02-12 15:00",
    ]);
    cli.ok(&["log", "Jordan Lee", "met", "--at", "2026-02-12 15:30"]);
    cli.ok(&[
        "log",
        "Jordan Lee",
        "referred",
        "--to",
        "Zoë Ångström",
        "--at",
        "2026-02-13 09:00",
    ]);
    let plan = cli.ok(&["plan"]);
    assert!(plan.contains("OVERDUE"), "{plan}");
    assert!(plan.contains("by 2026-02-13 15:30"), "{plan}");
    // Stats: whole days, and the referral and lead counts.
    let stats = cli.ok(&["stats"]);
    assert!(stats.contains("median time to meeting 3 days"), "{stats}");
    assert!(stats.contains("referrals received     1"), "{stats}");
    assert!(stats.contains("leads                  0"), "{stats}");
    // No internal words; errors with a fix name the flag.
    let o = cli.run(&["lead", "update", "7", "--status", "applied"]);
    assert!(stderr(&o).contains("no lead #7"), "{}", stderr(&o));
    cli.ok(&[
        "contact",
        "add",
        "Jordan Lee",
        "--company",
        "Epic Systems",
        "--title",
        "Informatics Lead",
    ]);
    let o = cli.run(&["merge", "#1", "#4"]);
    let err = stderr(&o);
    assert!(
        err.contains("--prefer") && !err.contains("pick a side"),
        "{err}"
    );
    let o = cli.run(&["meeting", "schedule", "Sam", "--at", "2026-03-09 10:00"]);
    assert!(!stderr(&o).contains("pass force"), "{}", stderr(&o));
}

/// Five weeks of a nurse moving into health technology, as she would type
/// it, across the March 2026 daylight-saving change in Chicago: no
/// refusal a person would find pedantic, and each week's plan lists what a
/// careful job seeker would do next.
#[test]
fn five_weeks_of_a_nurse_moving_into_health_tech() {
    let cli = Cli::new();
    let on = |day: &str, args: &[&str]| -> String {
        let o = cli.run_on(day, args);
        assert_eq!(o.status.code(), Some(0), "{day} {args:?}: {}", stderr(&o));
        crate::examples::stdout(&o)
    };
    let plan = |day: &str| -> Vec<(String, String)> {
        cli.json_on(day, &["plan"])["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["kind"].as_str().unwrap().to_string(),
                    a["name"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let has = |p: &[(String, String)], kind: &str, name: &str| {
        p.iter().any(|(k, n)| k == kind && n == name)
    };

    // Week 1, Monday 23 February: steps 1 and 2, and the first requests.
    let d = "2026-02-23";
    on(d, &["init", "--name", "Dana Okoye"]);
    on(
        d,
        &[
            "profile",
            "set",
            "--background",
            "I have been an ICU nurse for nine years",
            "--timezone",
            "America/Chicago",
        ],
    );
    for (s, p, e) in [
        ("Critical Thinking", "5", "4"),
        ("Monitoring", "5", "3"),
        ("Instructing", "4", "5"),
        ("Active Listening", "5", "4"),
    ] {
        on(
            d,
            &["skill", "add", s, "--proficiency", p, "--enjoyment", e],
        );
    }
    on(d, &["industry", "add", "Health Technology", "--target"]);
    on(
        d,
        &[
            "industry",
            "edit",
            "Health Technology",
            "--demand",
            "Critical Thinking=0.9",
            "--demand",
            "Instructing=0.5",
        ],
    );
    on(
        d,
        &[
            "company",
            "add",
            "Epic Systems",
            "--industry",
            "Health Technology",
        ],
    );
    on(
        d,
        &[
            "company",
            "add",
            "Rush Health Informatics",
            "--industry",
            "Health Technology",
        ],
    );
    on(
        d,
        &[
            "contact",
            "add",
            "Jordan Lee",
            "--company",
            "Epic Systems",
            "--title",
            "Clinical Informatics Manager",
            "--email",
            "jordan@epic.example",
        ],
    );
    on(
        d,
        &[
            "contact",
            "add",
            "Priya Shah",
            "--company",
            "Rush Health Informatics",
            "--title",
            "Director of Nursing Informatics",
        ],
    );
    on(
        d,
        &[
            "contact",
            "add",
            "Sam Rivera",
            "--title",
            "Nurse Manager",
            "--tag",
            "mentor",
        ],
    );
    on(d, &["cadence", "set", "--tag", "mentor", "--every", "14"]);
    let fit = cli.json_on(d, &["fit"]);
    assert!(fit["industries"][0]["score"].as_f64().unwrap() > 0.0);
    let draft = on(d, &["draft", "request", "Jordan Lee"]);
    assert!(!draft.contains("classroom"), "{draft}");
    on(
        d,
        &["log", "Jordan Lee", "requested", "--at", "2026-02-23 09:15"],
    );
    on(
        "2026-02-24",
        &["log", "Priya Shah", "requested", "--channel", "linkedin"],
    );
    // Friday: nothing is due yet (follow-ups wait five business days).
    let p = plan("2026-02-27");
    assert!(!p.iter().any(|(k, _)| k == "follow-up"), "{p:?}");

    // Week 2, Monday 2 March: the first follow-up.
    let p = plan("2026-03-02");
    assert!(has(&p, "follow-up", "Jordan Lee"), "{p:?}");
    on("2026-03-02", &["draft", "follow-up", "Jordan Lee"]);
    on(
        "2026-03-02",
        &[
            "log",
            "Jordan Lee",
            "followed-up",
            "--at",
            "2026-03-02 10:00",
        ],
    );
    // Priya answers early Tuesday; the meeting is after the clocks change.
    on(
        "2026-03-03",
        &["log", "Priya Shah", "replied", "--at", "2026-03-03 08:10"],
    );
    on(
        "2026-03-03",
        &[
            "meeting",
            "schedule",
            "Priya Shah",
            "--at",
            "2026-03-10 14:00",
            "--place",
            "video call",
        ],
    );
    // Sam, a friend: coffee arranged at a party, no request ever sent.
    let v = cli.json_on(
        "2026-03-04",
        &[
            "meeting",
            "schedule",
            "Sam Rivera",
            "--at",
            "2026-03-05 18:00",
            "--place",
            "Cafe",
        ],
    );
    assert_eq!(v["warnings"][0]["kind"], "implied-request", "{v}");
    on(
        "2026-03-05",
        &["log", "Sam Rivera", "met", "--at", "2026-03-05 19:00"],
    );
    on(
        "2026-03-05",
        &[
            "meeting",
            "notes",
            "Sam Rivera",
            "--advice",
            "talk to the nurse informatics group at Rush",
            "--at",
            "2026-03-05 20:00",
        ],
    );
    let p = plan("2026-03-06");
    assert!(has(&p, "thank-you", "Sam Rivera"), "{p:?}");
    let thanks = on("2026-03-06", &["draft", "thanks", "Sam Rivera"]);
    assert!(
        thanks.contains("talk to the nurse informatics group at Rush"),
        "{thanks}"
    );
    on(
        "2026-03-06",
        &["log", "Sam Rivera", "thanked", "--at", "2026-03-06 09:00"],
    );
    on(
        "2026-03-06",
        &[
            "contact",
            "add",
            "Alex Kim",
            "--company",
            "Rush Health Informatics",
            "--title",
            "Nurse Informaticist",
        ],
    );
    on(
        "2026-03-06",
        &[
            "log",
            "Sam Rivera",
            "referred",
            "--to",
            "Alex Kim",
            "--at",
            "2026-03-06 09:05",
        ],
    );

    // Week 3, Monday 9 March (clocks changed on Sunday).
    let p = plan("2026-03-09");
    assert!(has(&p, "prepare", "Priya Shah"), "{p:?}");
    assert!(has(&p, "contact-referral", "Alex Kim"), "{p:?}");
    assert!(has(&p, "follow-up", "Jordan Lee"), "{p:?}");
    let brief = on("2026-03-09", &["brief", "Priya Shah"]);
    assert!(brief.contains("Questions to ask"), "{brief}");
    let note = on("2026-03-09", &["draft", "referral", "Alex Kim"]);
    assert!(note.contains("Sam Rivera suggested"), "{note}");
    on("2026-03-09", &["log", "Alex Kim", "requested"]);
    on(
        "2026-03-09",
        &[
            "log",
            "Jordan Lee",
            "followed-up",
            "--at",
            "2026-03-09 09:30",
        ],
    );
    on(
        "2026-03-10",
        &["log", "Priya Shah", "met", "--at", "2026-03-10 14:45"],
    );
    on(
        "2026-03-10",
        &[
            "meeting",
            "notes",
            "Priya Shah",
            "--answer",
            "started=moved over from the cardiac ICU",
            "--at",
            "2026-03-10 15:00",
        ],
    );
    on(
        "2026-03-10",
        &["log", "Priya Shah", "thanked", "--at", "2026-03-10 20:00"],
    );
    on(
        "2026-03-10",
        &[
            "log",
            "Priya Shah",
            "referrals-asked",
            "--at",
            "2026-03-10 20:01",
        ],
    );
    let j = cli.json_on("2026-03-10", &["journal", "Priya Shah"]);
    let met = j["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["entry"]["event"]["type"] == "meeting-held")
        .unwrap();
    assert_eq!(
        met["entry"]["at"], "2026-03-10T14:45:00-05:00",
        "daylight time after the change"
    );
    on("2026-03-12", &["log", "Jordan Lee", "declined"]);

    // Week 4, from 16 March: the referral pays off.
    on("2026-03-16", &["log", "Alex Kim", "replied"]);
    on(
        "2026-03-16",
        &[
            "meeting",
            "schedule",
            "Alex Kim",
            "--at",
            "2026-03-19 10:00",
        ],
    );
    on(
        "2026-03-19",
        &["log", "Alex Kim", "met", "--at", "2026-03-19 10:40"],
    );
    on(
        "2026-03-19",
        &["log", "Alex Kim", "thanked", "--at", "2026-03-19 17:00"],
    );
    on(
        "2026-03-19",
        &[
            "log",
            "Alex Kim",
            "lead",
            "--note",
            "Clinical Analyst, Rush Health Informatics",
            "--at",
            "2026-03-19 17:05",
        ],
    );
    let p = plan("2026-03-20");
    assert!(
        has(&p, "keep-in-touch", "Sam Rivera"),
        "the mentor cadence comes round: {p:?}"
    );
    assert!(
        !p.iter().any(|(k, _)| k == "thank-you"),
        "every meeting thanked: {p:?}"
    );

    // Week 5: the numbers, and nothing pedantic left in the plan.
    let p = plan("2026-03-27");
    assert!(
        !p.iter().any(|(k, n)| k == "follow-up" && n == "Jordan Lee"),
        "Jordan declined: {p:?}"
    );
    let f = cli.json_on("2026-03-27", &["stats"]);
    assert_eq!(f["meetings_held"], 3);
    assert_eq!(f["referrals"], 1);
    assert_eq!(f["leads"], 1);
    assert_eq!(
        cli.json_on("2026-03-27", &["lead", "list"])["leads"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Months later, a polite re-contact with Jordan.
    assert!(has(&plan("2026-09-10"), "recontact", "Jordan Lee"));
}

/// Found by a hostile probe of `report`: an empty search reads sensibly,
/// identified contacts are on the board, a missing folder is the user's
/// mistake (exit 2), out-of-range weeks are refused, fields have names.
#[test]
fn the_report_from_the_command_line() {
    let cli = Cli::new();
    cli.ok(&["init"]);
    let dir = cli.data.parent().unwrap().to_path_buf();
    let out = dir.join("r.html");
    cli.ok(&["report", out.to_str().unwrap()]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("Your job search"), "no name: a neutral title");
    assert!(html.contains("No skills yet"));
    assert!(html.contains("No targets yet"));
    assert!(html.contains("Nobody within three hops yet"));
    // Identified contacts are counted on the board.
    let cli = nurse();
    cli.ok(&["contact", "add", "Sam Rivera"]);
    cli.ok(&["profile", "set", "--target-field", "15"]);
    let out = dir.join("r2.html");
    let o = cli.run(&["report", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("identified (2)"),
        "both contacts on the board"
    );
    assert!(
        html.contains("field 15 (Computer and Mathematical)"),
        "fields by name"
    );
    // A missing folder, and weeks out of range.
    let missing = dir.join("nowhere").join("r.html");
    let o = cli.run(&["report", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no folder"), "{}", stderr(&o));
    for w in ["0", "105"] {
        let o = cli.run(&["report", out.to_str().unwrap(), "--force", "--weeks", w]);
        assert_eq!(o.status.code(), Some(2), "--weeks {w}");
    }
    // Never over the data file.
    let o = cli.run(&["report", cli.data.to_str().unwrap(), "--force"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn industries_with_employment_and_wages() {
    let cli = nurse();
    for (s, p) in [
        ("Monitoring", "5"),
        ("Critical Thinking", "5"),
        ("Medicine and Dentistry", "4"),
        ("Active Listening", "5"),
    ] {
        cli.ok(&["skill", "add", s, "--proficiency", p, "--enjoyment", "4"]);
    }
    let v = cli.json(&["industries", "--top", "3"]);
    let list = v["industries"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["naics"], "62--63", "{v}");
    assert!(list[0]["weighted_employment"].as_f64().unwrap() > 100_000.0);
    assert!(list[0]["median_wage"].as_u64().is_some());
    // Her own industry, linked by its NAICS code.
    let o = cli.run(&["industry", "add", "Hospitals", "--naics", "62-2000"]);
    assert_eq!(o.status.code(), Some(2), "a malformed code is refused");
    cli.ok(&["industry", "add", "Hospitals", "--naics", "622000"]);
    let v = cli.json(&["industries", "--top", "3"]);
    let hospitals = v["industries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["naics"] == "622000")
        .unwrap();
    assert_eq!(hospitals["yours"], serde_json::json!([2]));
    // The sector holds its subsector: Health Care lists her Hospitals too.
    assert_eq!(v["industries"][0]["yours"], serde_json::json!([2]));
    // A company in that industry inherits its code, and is listed with it.
    cli.ok(&[
        "company",
        "add",
        "Lakeshore Medical",
        "--industry",
        "Hospitals",
    ]);
    let v = cli.json(&["industries", "--top", "3"]);
    let hospitals = v["industries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["naics"] == "622000")
        .unwrap();
    assert_eq!(hospitals["companies"], serde_json::json!([2]));
    let show = cli.ok(&["company", "show", "Lakeshore Medical"]);
    assert!(show.contains("NAICS      622000"), "{show}");
    assert_eq!(
        cli.json(&["company", "list"])["companies"][1]["naics"],
        "622000"
    );
    assert!(cli
        .ok(&["industry", "list"])
        .contains("Hospitals NAICS 622000"));
    let text = cli.ok(&["industries", "--top", "3"]);
    assert!(
        text.contains("yours: Hospitals — Lakeshore Medical"),
        "{text}"
    );
    assert!(text.contains("Health Care"), "{text}");
    assert!(text.contains("Bureau of Labor Statistics"), "{text}");
}

/// Issue 12 on the command line: everyday skill words explained, "did you
/// mean", interests given or inferred, a job zone from an education level,
/// the training flag and `--max-zone`, BLS figures in `fit` and
/// `occupation show`, every element labelled by kind.
#[test]
fn fit_explains_words_interests_training_and_wages() {
    let cli = nurse();
    for (skill, p, e) in [
        ("Patient care", "5", "4"),
        ("Nursing", "5", "4"),
        ("Critical care", "5", "4"),
        ("EHR", "4", "5"),
        ("SQL", "3", "4"),
        ("Custmer servise", "3", "3"),
    ] {
        cli.ok(&["skill", "add", skill, "--proficiency", p, "--enjoyment", e]);
    }
    let text = cli.ok(&["fit", "--top", "5"]);
    assert!(text.contains("EHR → Epic Systems (technology)"), "{text}");
    assert!(
        text.contains("SQL → Structured query language SQL (technology)"),
        "{text}"
    );
    assert!(
        text.contains("not read (not counted): Custmer servise; did you mean Customer service"),
        "{text}"
    );
    assert!(
        text.contains("Ranked with interests inferred from the skills you enjoy most (Critical care, EHR, Nursing, Patient care, SQL)"),
        "{text}"
    );
    assert!(
        text.contains("3,379,720 employed in the US · median $97,550"),
        "{text}"
    );
    assert!(text.contains("Bureau of Labor Statistics"), "{text}");
    // Matching skills are listed once each, however many elements they hit.
    assert!(!text.contains("Patient care, Patient care"), "{text}");

    // Interests: a Holland code, shown, used and named in the explanation.
    let shown = cli.ok(&["interests", "set", "SAE"]);
    assert!(shown.starts_with("interests SAE"), "{shown}");
    let v = cli.json(&["fit", "--top", "5"]);
    assert_eq!(v["interests"]["source"]["kind"], "given");
    assert_eq!(v["interests"]["holland"], "SAE");
    assert_eq!(v["occupations"][0]["interests"][0], "social");
    let text = cli.ok(&["fit", "--top", "3"]);
    assert!(text.contains("Ranked with your interests, SAE"), "{text}");
    assert!(text.contains("matches your Social"), "{text}");
    // Six scores work too; a bad code is refused with what is expected.
    cli.ok(&["interests", "set", "2,4,3,7,3,5"]);
    // Investigative (4) is at the mean: not a high point.
    assert_eq!(cli.json(&["interests", "show"])["holland"], "SC");
    let o = cli.run(&["interests", "set", "SXE"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("each letter must be one of R, I, A, S, E, C"),
        "{}",
        stderr(&o)
    );
    cli.ok(&["interests", "clear"]);
    assert!(cli.json(&["profile", "show"])["profile"]
        .get("interests")
        .is_none());

    // Education → job zone; occupations two zones up are flagged, and
    // --max-zone filters them.
    let p = cli.ok(&["profile", "set", "--education", "high school"]);
    assert!(p.contains("job zone: 2 (a high school diploma)"), "{p}");
    let v = cli.json(&["fit", "--top", "10"]);
    let flagged = v["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["code"] == "29-1141.00")
        .unwrap();
    assert_eq!(flagged["training"]["needs"], 4);
    assert_eq!(flagged["training"]["yours"], 2);
    assert_eq!(flagged["employment"], 3_379_720);
    assert_eq!(flagged["median_wage"], 97_550);
    let text = cli.ok(&["fit", "--top", "10"]);
    assert!(
        text.contains("needs more training: usually a bachelor's degree (job zone 4, yours 2)"),
        "{text}"
    );
    let capped = cli.json(&["fit", "--top", "10", "--max-zone", "3"]);
    let zones: Vec<u64> = capped["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["job_zone"].as_u64().unwrap())
        .collect();
    assert_eq!(zones.len(), 10);
    assert!(zones.iter().all(|z| *z <= 3), "{zones:?}");
    let o = cli.run(&["fit", "--max-zone", "7"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = cli.run(&["profile", "set", "--education", "kindergarten"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    // occupation show: zone, interests, BLS figures, every element's kind.
    let show = cli.ok(&["occupation", "show", "29-1141.00"]);
    for line in [
        "job zone: 4 (usually a bachelor's degree)",
        "interests: SIC",
        "employed in the US: 3,379,720, median $97,550 a year",
        "Psychology (knowledge)",
        "Social Perceptiveness (skill)",
        "technologies (technology): ",
    ] {
        assert!(show.contains(line), "{line:?} missing:\n{show}");
    }
}

/// What a hostile probe of the issue-12 commands found, each fixed: a
/// Holland code padded with tied letters, flat interests claiming matches,
/// NAICS codes OEWS does not publish accepted (and the government sector's
/// own code refused), no codes in `industries`' text, scores outside 0–100
/// taken, an education error that spoke of job zones, and `interests show`
/// silent about what it infers.
#[test]
fn hostile_inputs_to_fit_are_refused_or_read_right() {
    let cli = nurse();
    for (skill, p, e) in [("Patient care", "5", "5"), ("Nursing", "5", "4")] {
        cli.ok(&["skill", "add", skill, "--proficiency", p, "--enjoyment", e]);
    }
    let shown = cli.ok(&["interests", "show"]);
    assert!(
        shown.contains("fit uses interests inferred from the skills you enjoy most"),
        "{shown}"
    );
    assert!(cli.json(&["interests", "show"])["inferred"]["holland"].is_string());

    assert!(cli
        .ok(&["interests", "set", "S"])
        .starts_with("interests S\n"));
    let v = cli.json(&["fit", "--top", "5"]);
    assert_eq!(v["interests"]["holland"], "S");
    for o in v["occupations"].as_array().unwrap() {
        let claimed: Vec<&str> = o["interests"]
            .as_array()
            .map(|a| a.iter().map(|i| i.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert!(claimed.iter().all(|i| *i == "social"), "{claimed:?}");
    }
    cli.ok(&["interests", "set", "4,4,4,4,4,4"]);
    let v = cli.json(&["fit", "--top", "5"]);
    assert_eq!(v["interests"]["holland"], "");
    assert!(v["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o.get("interests").is_none()));

    // NAICS: the government sector's code is OEWS's own; a reversed range,
    // a code OEWS does not publish and all zeros are refused.
    cli.ok(&["industry", "add", "Government", "--naics", "99-100"]);
    for bad in ["62--61", "712999", "000000", "11--99"] {
        let o = cli.run(&["industry", "add", "Bad", "--naics", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", stderr(&o));
    }
    let o = cli.run(&["industry", "add", "Bad", "--naics", "712999"]);
    assert!(stderr(&o).contains("OEWS industry"), "{}", stderr(&o));
    let text = cli.ok(&["industries", "--top", "3"]);
    assert!(text.contains("(sector, NAICS 62)"), "{text}");
    assert!(
        text.contains("A sector's figures include its subsectors'"),
        "{text}"
    );

    for bad in ["NaN", "-5", "101", "inf"] {
        let o = cli.run(&["fit", "--min-score", bad]);
        assert_eq!(
            o.status.code(),
            Some(2),
            "--min-score {bad}: {}",
            stderr(&o)
        );
    }
    for bad in ["NaN", "-0.1", "1.5", "inf"] {
        let o = cli.run(&["fit", &format!("--related-share={bad}")]);
        assert_eq!(o.status.code(), Some(2), "--related-share {bad}");
        assert!(stderr(&o).contains("related_share"), "{}", stderr(&o));
    }
    // Found in the probe: a negative share given without `=` was read as
    // an unknown flag, and `--top 0` blamed the filters.
    let o = cli.run(&["fit", "--related-share", "-0.5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("related_share"), "{}", stderr(&o));
    let o = cli.ok(&["fit", "--top", "0"]);
    assert!(!o.contains("the field and score options"), "{o}");
    let o = cli.run(&["profile", "set", "--education", "5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).contains("job zone"), "{}", stderr(&o));
    let p = cli.ok(&["profile", "set", "--job-zone", "bachelor"]);
    assert!(p.contains("job zone: 4"), "{p}");
    let p = cli.ok(&["profile", "set", "--education", "Ph.D."]);
    assert!(p.contains("job zone: 5"), "{p}");
}

/// Closeness in fit through the CLI: a full nurse's profile ranks her SOC
/// siblings near her and says which best match lifted them; the relatives
/// are on the occupation's page; `--related-share 0` ranks by skills alone.
#[test]
fn fit_ranks_relatives_near_the_best_match_and_says_so() {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Check"]);
    let c = inroads::Catalog::builtin().unwrap();
    let rn = c.occupation("29-1141.00").unwrap();
    let index = c
        .occupations()
        .iter()
        .position(|o| o.code == rn.code)
        .unwrap();
    let mut added = 0;
    for (name, p) in crate::fit::ratings_of(c, index, 20, 15) {
        // Mathematics is both a skill and a knowledge area: the second
        // add is a duplicate, refused, as the outside check finds it.
        let o = cli.run(&[
            "skill",
            "add",
            &name,
            "--proficiency",
            &p.to_string(),
            "--enjoyment",
            "3",
        ]);
        added += usize::from(o.status.success());
    }
    // Mathematics, a skill and a knowledge area, is added once.
    assert_eq!(added, rn.demands.len() - 1);
    let v = cli.json(&["fit", "--top", "11"]);
    let list = v["occupations"].as_array().unwrap();
    assert_eq!(list[0]["code"], "29-1141.00");
    let top10: Vec<&str> = list[1..]
        .iter()
        .map(|o| o["code"].as_str().unwrap())
        .collect();
    for sibling in ["29-1141.01", "29-1141.03", "29-1141.04"] {
        assert!(top10.contains(&sibling), "{sibling}: {top10:?}");
    }
    let lifted = list.iter().find(|o| o["code"] == "29-1141.03").unwrap();
    assert_eq!(lifted["near"]["code"], "29-1141.00", "{lifted}");
    let text = cli.ok(&["fit", "--top", "11"]);
    assert!(
        text.contains("near Registered Nurses (alike job titles), which your skills fit well"),
        "{text}"
    );
    assert!(
        text.contains("Closeness to your best matches (alike job titles): 25% of each score\n"),
        "{text}"
    );
    let v0 = cli.json(&["fit", "--top", "11", "--related-share", "0"]);
    let plain = v0["occupations"].as_array().unwrap();
    assert!(plain.iter().all(|o| o.get("near").is_none()));
    assert_eq!(v0["related_share_used"], 0.0);
    // By skills alone, Critical Care Nurses rank lower (O*NET 29.0's
    // ratings put them 11th or lower; closeness lifts them).
    let place = |list: &[serde_json::Value]| {
        list.iter()
            .position(|o| o["code"] == "29-1141.03")
            .unwrap_or(usize::MAX)
    };
    assert!(
        place(plain) > place(list),
        "{} vs {}",
        place(plain),
        place(list)
    );
    let page = cli.ok(&["occupation", "show", "29-1141.00"]);
    assert!(page.contains("related (alike job titles):"), "{page}");
    assert!(page.contains("29-1141.03 Critical Care Nurses"), "{page}");
    let v = cli.json(&["occupation", "show", "29-1141.00"]);
    assert_eq!(
        v["related"].as_array().unwrap().len(),
        inroads::RELATED_SHOWN
    );
}

/// Issue 22, point 5: the five job seekers of the trials, in their own
/// words, through the command line: their own occupation where each must
/// see it.
#[test]
fn the_trial_personas_see_their_own_occupations() {
    for (who, skills, wanted, within) in crate::step2::TRIAL_PERSONAS {
        let cli = Cli::new();
        cli.ok(&["init", "--name", who]);
        for s in *skills {
            cli.ok(&["skill", "add", s, "--proficiency", "4", "--enjoyment", "4"]);
        }
        let fit = cli.json(&["fit", "--top", "10"]);
        let codes: Vec<&str> = fit["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["code"].as_str().unwrap())
            .collect();
        for w in *wanted {
            assert!(
                codes.iter().take(*within).any(|c| c == w),
                "{who}: {w} not in the top {within}: {codes:?}"
            );
        }
        // Every phrase was read, by a catalogue name or in the text; Clio
        // (practice-management software O*NET does not name) by the
        // jargon table. A phrase nothing reads is listed, not dropped
        // (`step2::chosen_and_partial_readings_are_what_they_say`).
        let unread: Vec<&str> = fit["unmatched"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["skill"].as_str().unwrap())
            .collect();
        assert_eq!(unread, Vec::<&str>::new(), "{who}");
    }
}

/// A phrase's reading can be seen, and another chosen: the choice is what
/// `fit` then reads, and says so.
#[test]
fn a_reading_can_be_chosen_and_cleared() {
    let cli = Cli::new();
    cli.ok(&["init", "--name", "Rae"]);
    cli.ok(&[
        "skill",
        "add",
        "Restocking shelves",
        "--proficiency",
        "4",
        "--enjoyment",
        "3",
    ]);
    let list = cli.json(&["skill", "read", "Restocking shelves"]);
    let readings = list["readings"].as_array().unwrap();
    assert!(readings.len() >= 2, "{list:#}");
    assert!(
        readings[0]["text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("shel"),
        "{list:#}"
    );
    let second = readings[1]["text"].as_str().unwrap().to_string();
    let picked = cli.json(&["skill", "read", "Restocking shelves", "--pick", "2"]);
    assert_eq!(picked["updated"]["read_as"], second.as_str());
    let fit = cli.json(&["fit", "--top", "3"]);
    assert_eq!(fit["read"][0]["chosen"], true, "{fit:#}");
    assert_eq!(fit["read"][0]["reading"]["text"], second.as_str());
    let text = cli.ok(&["fit", "--top", "3"]);
    assert!(text.contains("(your choice)"), "{text}");
    // A choice out of the list is a usage of the command gone wrong, and
    // changes nothing.
    let err = cli.fails_json(&["skill", "read", "Restocking shelves", "--pick", "99"]);
    assert_eq!(err["error"]["kind"], "invalid-value", "{err:#}");
    assert_eq!(err["error"]["details"]["field"], "pick", "{err:#}");
    let cleared = cli.json(&["skill", "read", "Restocking shelves", "--clear"]);
    assert!(cleared["updated"].get("read_as").is_none(), "{cleared:#}");
}

/// A title with no good match says so; a modern one lands.
#[test]
fn a_title_without_a_good_match_says_so() {
    let cli = Cli::new();
    let none = cli.json(&["title", "Chief Vibes Officer"]);
    assert_eq!(none["good_match"], false, "{none:#}");
    let text = cli.ok(&["title", "Chief Vibes Officer"]);
    assert!(
        text.starts_with("no good match") || text.contains("no matching occupation"),
        "{text}"
    );
    let scrum = cli.json(&["title", "Sr. UX/UI Designer"]);
    assert_eq!(scrum["good_match"], true, "{scrum:#}");
    let codes: Vec<&str> = scrum["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.iter().take(3).any(|c| *c == "15-1255.00"),
        "Web and Digital Interface Designers: {codes:?}"
    );
}
