//! The quickstart: the seed's job seeker, on built-in data.
//!
//! Run it with `cargo run --release --example quickstart`. It needs no
//! arguments and no files.

use inroads::{sample, Network};
use std::fmt::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    match sample::teacher_candidate() {
        Ok(net) => {
            print!("{}", summary(&net));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn summary(net: &Network) -> String {
    let mut s = String::new();
    let p = net.profile();
    let _ = writeln!(s, "inroads quickstart — {}", p.name);
    let _ = writeln!(s, "{}.\n", p.background);

    let _ = writeln!(s, "Step 1 · skills (proficiency / enjoyment, 1–5)");
    for r in &p.skills {
        let liked = if r.enjoyment.get() >= 4 { "  ♥" } else { "" };
        let _ = writeln!(
            s,
            "  {:<26} {} / {}{liked}",
            r.skill.name(),
            r.proficiency,
            r.enjoyment
        );
    }
    let enjoyed: Vec<_> = p.enjoyed_skills().iter().map(|r| r.skill.name()).collect();
    let _ = writeln!(s, "  enjoyed most: {}\n", enjoyed.join(", "));

    let _ = writeln!(s, "Step 2 · industries and companies");
    for i in net.industry_summaries() {
        let mark = if i.target { "target" } else { "      " };
        let _ = writeln!(s, "  [{mark}] {}", i.name);
        for c in net.company_summaries() {
            if c.industry.as_deref() == Some(i.name.as_str()) {
                let _ = writeln!(s, "             {} ({} contacts)", c.name, c.contacts);
            }
        }
    }

    let _ = writeln!(s, "\nStep 3 · people to ask for a 20–30 minute meeting");
    for c in net.contact_summaries() {
        let _ = writeln!(
            s,
            "  {:<16} {:<34} {:<22} {}",
            c.name,
            c.title.as_deref().unwrap_or("-"),
            c.company.as_deref().unwrap_or("-"),
            c.seniority
        );
    }
    s
}
