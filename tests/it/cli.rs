//! The job seeker's command line (issue 13): each test drives the
//! `inroads` example as a person would, with a persona who is not the
//! seed's teacher.

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
