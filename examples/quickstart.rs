//! The quickstart: the seed's job seeker, on built-in data.
//!
//! Run it with `cargo run --release --example quickstart`. It needs no
//! arguments and no files. Its occupation data comes from O*NET 29.1
//! (USDOL/ETA, CC BY 4.0); see the README.

#[path = "inroads/fmt.rs"]
#[allow(dead_code)] // the quickstart uses a part of the CLI's text helpers
mod fmt;

use chrono::NaiveDate;
use inroads::{
    brief, coverage, describe_path, draft, fit, funnel, plan, sample, suggest, warm_path,
    BriefOptions, Catalog, DraftKind, FieldCode, FitOptions, Network, PathOptions, PlanOptions,
    SuggestOptions, Target, Templates,
};
use std::fmt::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> inroads::Result<String> {
    let net = sample::teacher_candidate()?;
    let mut s = summary(&net);
    s.push_str(&transfer(&net, Catalog::builtin()?)?);
    s.push_str(&weeks_later()?);
    s.push_str(&network()?);
    Ok(s)
}

/// "It's still who you know": the warmest way in, the gaps, whom to ask next.
fn network() -> inroads::Result<String> {
    let net = sample::teacher_candidate_network()?;
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
    let mut s = String::new();
    let _ = writeln!(s, "\nWho she knows");
    let northwind = net.resolve_company("Northwind Financial")?;
    let p = warm_path(
        &net,
        Target::Company(northwind),
        &{
            let mut o = PathOptions::default();
            o.max_hops = 3;
            o.alternatives = 1;
            o
        },
        today,
    )?;

    if let Some(best) = &p.best {
        let _ = writeln!(
            s,
            "  warmest path into Northwind Financial (strength {:.2}):",
            best.strength
        );
        let _ = writeln!(s, "    {}", describe_path(&best.path));
    }
    for a in &p.alternatives {
        let _ = writeln!(
            s,
            "    or ask another friend ({:.2}): {}",
            a.strength,
            describe_path(&a.path)
        );
    }
    let c = coverage(&net, today)?;
    let _ = writeln!(
        s,
        "  coverage gaps (nobody within 3 hops): {}",
        c.gaps.join(", ")
    );
    let fit = fit(
        net.profile(),
        net.industries(),
        Catalog::builtin()?,
        &FitOptions::default(),
    );
    let options = {
        let mut o = SuggestOptions::default();
        o.top = 3;
        o.field_scores = fit.fields.iter().map(|f| (f.code, f.score)).collect();
        o.field_names = Catalog::builtin()?
            .fields()
            .iter()
            .map(|f| (f.code, f.name.clone()))
            .collect();
        o
    };
    let _ = writeln!(s, "  whom to approach next:");
    for x in suggest(&net, &options, today)? {
        let _ = writeln!(
            s,
            "  {:>5.1}  {} — {}",
            x.score,
            x.name,
            x.reasons
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    Ok(s)
}

/// Steps 3–7: a few weeks later — requests, two meetings, a referral, a
/// lead — and what is due on 2 March 2026.
fn weeks_later() -> inroads::Result<String> {
    let net = sample::teacher_candidate_weeks_later()?;
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
    let mut s = String::new();
    let _ = writeln!(s, "\nSteps 3–7 · four weeks later");
    for (id, c) in net.contacts() {
        let _ = writeln!(s, "  {:<16} {}", c.name, net.stage(id));
    }
    let f = funnel(&net, None, None)?;
    let _ = writeln!(
        s,
        "  {} requests, {} meetings, {} referral, {} lead; reply rate {:.0}%",
        f.requests_sent,
        f.meetings_held,
        f.referrals,
        f.leads,
        f.reply_rate.unwrap_or(0.0) * 100.0
    );

    let alex = net.resolve_contact("Alex Kim")?;
    let b = brief(&net, alex, &{
        let mut o = BriefOptions::default();
        o.questions = 3;
        o
    })?;
    let _ = writeln!(s, "\n  Brief for Alex Kim (referred by Priya):");
    for m in &b.missing {
        let _ = writeln!(s, "    to research: {m}");
    }
    for (i, q) in b.questions.iter().enumerate() {
        let _ = writeln!(s, "    {}. {}", i + 1, q.text);
    }
    let d = draft(&net, alex, DraftKind::Referral, &Templates::default())?;
    let _ = writeln!(s, "\n  Draft to Alex — Subject: {}", d.subject);
    for line in d.body.lines().take(4) {
        let _ = writeln!(s, "    {line}");
    }

    let _ = writeln!(s, "\nToday's plan ({today})");
    for a in plan(&net, &PlanOptions::default(), today)? {
        let mark = if a.overdue { "overdue" } else { "due" };
        let _ = writeln!(
            s,
            "  [{mark:>7}] {}: {} — {}",
            a.kind.label(),
            a.name,
            a.reason
        );
    }
    Ok(s)
}

/// Step 2: where the skills transfer — fields, then occupations outside
/// education (the seed's teacher candidates want work outside the classroom).
fn transfer(net: &Network, catalog: &Catalog) -> inroads::Result<String> {
    let mut s = String::new();
    let all = fit(
        net.profile(),
        net.industries(),
        catalog,
        &FitOptions::default(),
    );
    let _ = writeln!(
        s,
        "\nStep 2 · where Maya's skills transfer (O*NET fields, score 0–100)"
    );
    for f in all.fields.iter().take(5) {
        let _ = writeln!(s, "  {:>5.1}  {} {}", f.score, f.code, f.name);
    }
    // The industries those skills transfer to, with how many people they
    // employ and what they pay; her own industries marked by NAICS code.
    if let Some(signal) = &all.interests {
        let _ = writeln!(s, "  (ranked with {signal})");
    }
    let _ = writeln!(
        s,
        "\n  Industries (BLS OEWS, May 2025: jobs in the occupations she fits, weighted by fit):"
    );
    for r in inroads::LabourMarket::builtin()?.rank_for(net, catalog, 5) {
        let yours: Vec<String> = r
            .yours
            .iter()
            .filter_map(|i| net.industry(*i))
            .map(|i| format!("yours: {}", i.name))
            .collect();
        let _ = writeln!(
            s,
            "  {:>10}  {} (x{:.2} the economy's share; median {}){}",
            inroads::group_thousands(r.weighted_employment.round() as u64),
            r.name,
            r.concentration,
            r.median_wage.map_or("-".to_string(), |w| format!(
                "${}",
                inroads::group_thousands(u64::from(w))
            )),
            if yours.is_empty() {
                String::new()
            } else {
                format!(" [{}]", yours.join(", "))
            }
        );
        let carried: Vec<String> = r
            .occupations
            .iter()
            .map(|(_, name, jobs)| format!("{name} {}", inroads::group_thousands(*jobs)))
            .collect();
        let _ = writeln!(s, "              {}", carried.join("; "));
    }
    let outside = fit(net.profile(), net.industries(), catalog, &{
        let mut o = FitOptions::default();
        o.top = 5;
        o.exclude_fields = vec![FieldCode::parse("25")?];
        o
    });
    let _ = writeln!(s, "\n  Top occupations outside education:");
    for o in &outside.occupations {
        let _ = writeln!(s, "  {:>5.1}  {} ({})", o.score, o.title, o.field_name);
        if let (Some(jobs), Some(wage)) = (o.employment, o.median_wage) {
            let _ = writeln!(
                s,
                "         {} employed in the US, median ${}{}",
                inroads::group_thousands(jobs),
                inroads::group_thousands(u64::from(wage)),
                o.employment_shared
                    .as_ref()
                    .map_or(String::new(), |f| format!(" ({f})"))
            );
        }
        let mut m = o.matching_skills();
        m.truncate(4);
        let g: Vec<_> = o.gaps.iter().take(3).map(|g| g.element.as_str()).collect();
        let _ = writeln!(s, "         matching: {}", m.join(", "));
        let _ = writeln!(s, "         gaps:     {}", g.join(", "));
    }
    let unmatched: Vec<_> = outside.unmatched.iter().map(|k| k.skill.name()).collect();
    if !unmatched.is_empty() {
        let _ = writeln!(
            s,
            "  (not in the catalogue, not counted: {})",
            unmatched.join(", ")
        );
    }
    let _ = writeln!(s, "\n  Her own industries:");
    for i in &outside.industries {
        match i.score {
            Some(score) => {
                let gaps = if i.gaps.is_empty() {
                    "no gaps".to_string()
                } else {
                    format!("gaps: {}", i.gaps.join(", "))
                };
                let _ = writeln!(s, "  {score:>5.1}  {}  {gaps}", i.name);
            }
            None => {
                let _ = writeln!(s, "      -  {}  (no demanded skills recorded)", i.name);
            }
        }
    }
    Ok(s)
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

    let _ = writeln!(s, "Industries and companies she is curious about");
    for i in inroads::industry_summaries(net) {
        let mark = if i.target { "target" } else { "      " };
        let _ = writeln!(s, "  [{mark}] {}", i.name);
        for c in inroads::company_summaries(net) {
            if c.industry.as_deref() == Some(i.name.as_str()) {
                let _ = writeln!(
                    s,
                    "             {} ({})",
                    c.name,
                    fmt::count(c.contacts, "contact", "contacts")
                );
            }
        }
    }

    let _ = writeln!(s, "\nStep 3 · people to ask for a 20–30 minute meeting");
    for c in inroads::contact_summaries(net) {
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
