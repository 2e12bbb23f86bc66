//! Steps 1–2 on the command line: `fit`, `occupation`, `title`.

use crate::args::OccupationCmd;
use crate::commands::{load, out, Output};
use inroads::{Catalog, Error, ErrorKind, FieldCode, FitOptions, TitleCandidate};
use serde_json::json;
use std::fmt::Write as _;
use std::path::Path;

/// Field codes as typed, each one the catalogue has.
fn codes(catalog: &Catalog, list: &[String]) -> Result<Vec<FieldCode>, Error> {
    list.iter()
        .map(|c| {
            let code = FieldCode::parse(c)?;
            catalog.require_field(code).map(|f| f.code)
        })
        .collect()
}

pub fn fit(path: &Path, args: &crate::args::FitArgs) -> Result<Output, Error> {
    let net = load(path)?;
    let catalog = Catalog::builtin()?;
    let options = {
        let mut o = FitOptions::default();
        o.top = args.top;
        o.exclude_fields = codes(catalog, &args.exclude_fields)?;
        o.include_fields = codes(catalog, &args.include_fields)?;
        o.min_score = args.min_score;
        o.max_zone = args
            .max_zone
            .as_deref()
            .map(str::parse::<inroads::JobZone>)
            .transpose()?;
        if let Some(share) = args.related_share {
            o.related_share = share;
        }
        o
    };
    options.validate()?;
    let report = inroads::fit(net.profile(), net.industries(), catalog, &options);
    let mut t = String::new();
    if net.profile().skills.is_empty() {
        t.push_str(
            "no skills yet: add some with `inroads skill add NAME --proficiency N --enjoyment N`\n",
        );
    }
    // How each skill was read: everyday words are shown with what they
    // matched, so a wrong reading can be corrected.
    let read: Vec<String> = report
        .matched
        .iter()
        .filter(|m| m.read_differently())
        .map(ToString::to_string)
        .collect();
    if !read.is_empty() {
        t.push_str("Your skills, as the catalogue reads them\n");
        for r in &read {
            let _ = writeln!(t, "  {r}");
        }
        t.push('\n');
    }
    // And every phrase read in what occupations do.
    if !report.read.is_empty() {
        t.push_str("Your words, as read in what occupations do\n");
        for r in &report.read {
            let _ = writeln!(t, "  {r}");
        }
        t.push_str(
            "  (a wrong reading? `inroads skill read NAME` lists others to choose from)\n\n",
        );
    }
    for u in &report.unmatched {
        let _ = write!(t, "not read (not counted): {}", u.skill);
        if u.did_you_mean.is_empty() {
            t.push('\n');
        } else {
            let _ = writeln!(t, "; did you mean {}?", u.did_you_mean.join(", "));
        }
    }
    if !report.unmatched.is_empty() {
        t.push('\n');
    }
    if let Some(signal) = &report.interests {
        let _ = writeln!(t, "Ranked with {signal}");
    }
    if report.related_share_used > 0.0 {
        let _ = write!(
            t,
            "Closeness to your best matches (alike job titles): {:.0}% of each score",
            report.related_share_used * 100.0
        );
        if report.related_share_used < options.related_share {
            t.push_str(", less than the full share until 15 of your skills match the catalogue");
        }
        t.push('\n');
    }
    if report.interests.is_some() || report.related_share_used > 0.0 {
        t.push('\n');
    }
    t.push_str("Fields\n");
    for f in report.fields.iter().take(5) {
        let _ = writeln!(t, "  {:>5.1}  {} {}", f.score, f.code, f.name);
    }
    t.push_str("\nOccupations\n");
    for o in &report.occupations {
        let _ = writeln!(
            t,
            "  {:>5.1}  {} {} ({})",
            o.score, o.code, o.title, o.field_name
        );
        let mut facts = Vec::new();
        if let Some(z) = o.job_zone {
            facts.push(format!("job zone {z}"));
        }
        if let Some(e) = o.employment {
            facts.push(format!(
                "{} employed in the US",
                inroads::group_thousands(e)
            ));
        }
        if let Some(w) = o.median_wage {
            facts.push(format!(
                "median ${}",
                inroads::group_thousands(u64::from(w))
            ));
        }
        if let (Some(shared), Some(_)) = (&o.employment_shared, o.employment) {
            facts.push(format!("({shared})"));
        }
        if !facts.is_empty() {
            let _ = writeln!(t, "         {}", facts.join(" · "));
        }
        let mut m = o.matching_skills();
        m.truncate(5);
        if !m.is_empty() {
            let _ = writeln!(t, "         matching: {}", m.join(", "));
        }
        for s in o.said.iter().take(2) {
            let _ = writeln!(
                t,
                "         you said \"{}\"; {} {}: \"{}\"",
                s.skill, o.title, s.kind, s.text
            );
        }
        if o.estimated {
            t.push_str(
                "         (O*NET rates no skills for it: estimated from its work activities)\n",
            );
        }
        if let Some(p) = inroads::interest_phrase(&o.interests) {
            let _ = writeln!(t, "         {p}");
        }
        if let Some(n) = &o.near {
            let _ = writeln!(
                t,
                "         near {} (alike job titles), which your skills fit well",
                n.title
            );
        }
        let g: Vec<_> = o.gaps.iter().map(|g| g.element.as_str()).collect();
        if !g.is_empty() {
            let _ = writeln!(t, "         gaps:     {}", g.join(", "));
        }
        if let Some(gap) = o.training {
            let _ = writeln!(t, "         {gap}");
        }
    }
    if report.occupations.iter().any(|o| o.employment.is_some()) {
        t.push_str("Employment and wages: U.S. Bureau of Labor Statistics, OEWS, May 2025.\n");
    }
    if report.occupations.is_empty() && !net.profile().skills.is_empty() && args.top > 0 {
        t.push_str("  none: the field and score options leave nothing to show\n");
    }
    if !report.industries.is_empty() {
        t.push_str("\nYour industries\n");
        for i in &report.industries {
            let code = net
                .industry(i.id)
                .and_then(|x| x.naics.as_deref())
                .map_or(String::new(), |n| {
                    format!(" (NAICS {n}: see `inroads industries`)")
                });
            match i.score {
                Some(s) => {
                    let _ = writeln!(t, "  {:>5.1}  {}{code}", s, i.name);
                }
                None => {
                    let _ = writeln!(t, "      -  {}{code} (no demanded skills recorded)", i.name);
                }
            }
        }
    }
    Ok(out(t, json!(report)))
}

fn candidates_text(list: &[TitleCandidate]) -> String {
    let mut t = String::new();
    for c in list {
        let _ = writeln!(
            t,
            "  {:.2}  {} {}  [{} {}]  via \"{}\"",
            c.confidence, c.code, c.occupation, c.field, c.field_name, c.matched_title
        );
    }
    if list.is_empty() {
        t.push_str("no matching occupation\n");
    }
    t
}

pub fn title(title: &str, limit: usize) -> Result<Output, Error> {
    if title.trim().is_empty() {
        return Err(Error::new(ErrorKind::InvalidValue {
            field: "title".into(),
            value: String::new(),
            reason: "give a job title to look up, e.g. \"ICU nurse\"".into(),
        }));
    }
    let found = Catalog::builtin()?.match_title(title, limit);
    let good = found
        .first()
        .is_some_and(|c| c.confidence >= inroads::GOOD_TITLE_CONFIDENCE);
    let mut text = String::new();
    if !good && !found.is_empty() {
        let _ = writeln!(
            text,
            "no good match for {title:?}; the closest, none of them sure:"
        );
    }
    text.push_str(&candidates_text(&found));
    Ok(out(
        text,
        json!({ "title": title, "good_match": good, "candidates": found }),
    ))
}

pub fn occupation(cmd: OccupationCmd) -> Result<Output, Error> {
    let catalog = Catalog::builtin()?;
    match cmd {
        OccupationCmd::Search { text, limit } => {
            let found = catalog.search_occupations(&text, limit);
            Ok(out(
                candidates_text(&found),
                json!({ "query": text, "occupations": found }),
            ))
        }
        OccupationCmd::Show { code } => {
            let o = catalog.occupation_detail(&code).ok_or_else(|| {
                Error::new(ErrorKind::NotFound {
                    what: "occupation",
                    key: code.clone(),
                })
            })?;
            let mut t = format!(
                "{} {}\n  field: {} {}\n",
                o.code, o.title, o.field, o.field_name
            );
            if let Some(z) = o.job_zone {
                let _ = writeln!(t, "  job zone: {z} (usually {})", z.preparation());
            }
            if let Some(h) = &o.holland {
                let _ = writeln!(t, "  interests: {h}");
            }
            if let Some(e) = o.employment {
                let _ = write!(t, "  employed in the US: {}", inroads::group_thousands(e));
                match o.median_wage {
                    Some(w) => {
                        let _ = writeln!(
                            t,
                            ", median ${} a year (BLS OEWS, May 2025)",
                            inroads::group_thousands(u64::from(w))
                        );
                    }
                    None => t.push_str(" (BLS OEWS, May 2025; no median wage published)\n"),
                }
                if let Some(shared) = &o.employment_shared {
                    let _ = writeln!(t, "  (those figures are {shared})");
                }
            }
            t.push_str("  importance  element (kind)\n");
            for d in &o.demands {
                let _ = writeln!(t, "  {:>10}  {} ({})", d.importance, d.name, d.kind);
            }
            if !o.technologies.is_empty() {
                let _ = writeln!(
                    t,
                    "  technologies (technology): {}",
                    o.technologies.join(", ")
                );
            }
            if !o.related.is_empty() {
                t.push_str(
                    "  related (alike job titles):
",
                );
                for r in &o.related {
                    let _ = writeln!(t, "    {:.2}  {} {}", r.similarity, r.code, r.title);
                }
            }
            Ok(out(t, json!(o)))
        }
        OccupationCmd::Fields => {
            let mut t = String::new();
            for f in catalog.fields() {
                let _ = writeln!(
                    t,
                    "  {} {} ({} occupations)",
                    f.code,
                    f.name,
                    f.occupations.len()
                );
            }
            let list: Vec<_> = catalog
                .fields()
                .iter()
                .map(|f| json!({ "code": f.code, "name": f.name, "occupations": f.occupations.len() }))
                .collect();
            Ok(out(t, json!({ "fields": list })))
        }
    }
}

pub fn industries(path: &Path, top: usize) -> Result<Output, Error> {
    let net = load(path)?;
    let catalog = Catalog::builtin()?;
    let market = inroads::LabourMarket::builtin()?;
    let ranked = market.rank_for(&net, catalog, top);
    let mut t = String::new();
    if net.profile().skills.is_empty() {
        t.push_str(
            "no skills yet: add some with `inroads skill add NAME --proficiency N --enjoyment N`\n",
        );
    }
    for r in &ranked {
        let _ = writeln!(
            t,
            "  {} ({}, {})",
            r.plain_name(),
            if r.level == 2 { "sector" } else { "subsector" },
            r.naics_label()
        );
        let _ = writeln!(
            t,
            "      {} jobs in the occupations you fit, weighted by fit · {:.1}× the economy's share{}",
            inroads::group_thousands(r.weighted_employment.round() as u64),
            r.concentration,
            r.median_wage.map_or(String::new(), |w| format!(
                " · median ${}",
                inroads::group_thousands(u64::from(w))
            ))
        );
        let carried: Vec<String> = r
            .occupations
            .iter()
            .map(|(_, n, e)| format!("{n} ({})", inroads::group_thousands(*e)))
            .collect();
        let _ = writeln!(t, "      carried by: {}", carried.join("; "));
        let yours: Vec<String> = r
            .yours
            .iter()
            .filter_map(|i| net.industry(*i))
            .map(|i| i.name.clone())
            .collect();
        if !yours.is_empty() {
            let companies: Vec<&str> = r
                .companies
                .iter()
                .filter_map(|c| net.company(*c))
                .map(|c| c.name.as_str())
                .collect();
            let _ = write!(t, "      yours: {}", yours.join("; "));
            if companies.is_empty() {
                t.push('\n');
            } else {
                let _ = writeln!(t, " — {}", companies.join("; "));
            }
        }
    }
    if !ranked.is_empty() {
        t.push_str("A sector's figures include its subsectors'.\n");
    }
    t.push_str("Source: U.S. Bureau of Labor Statistics, OEWS, May 2025.\n");
    Ok(out(t, json!({ "industries": ranked })))
}
