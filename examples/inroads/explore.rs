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

pub fn fit(
    path: &Path,
    top: usize,
    exclude: &[String],
    include: &[String],
    min_score: f64,
) -> Result<Output, Error> {
    let net = load(path)?;
    let catalog = Catalog::builtin()?;
    let options = {
        let mut o = FitOptions::default();
        o.top = top;
        o.exclude_fields = codes(catalog, exclude)?;
        o.include_fields = codes(catalog, include)?;
        o.min_score = min_score;
        o
    };
    let report = inroads::fit(net.profile(), net.industries(), catalog, &options);
    let mut t = String::new();
    if net.profile().skills.is_empty() {
        t.push_str(
            "no skills yet: add some with `inroads skill add NAME --proficiency N --enjoyment N`\n",
        );
    }
    if !report.unmatched.is_empty() {
        let names: Vec<_> = report.unmatched.iter().map(|s| s.name()).collect();
        let _ = writeln!(
            t,
            "not in the catalogue (not counted): {}\n",
            names.join(", ")
        );
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
        let m: Vec<_> = o
            .matching
            .iter()
            .take(5)
            .map(|m| m.skill.as_str())
            .collect();
        let _ = writeln!(t, "         matching: {}", m.join(", "));
        let g: Vec<_> = o.gaps.iter().map(|g| g.element.as_str()).collect();
        if !g.is_empty() {
            let _ = writeln!(t, "         gaps:     {}", g.join(", "));
        }
    }
    if !report.industries.is_empty() {
        t.push_str("\nYour industries\n");
        for i in &report.industries {
            match i.score {
                Some(s) => {
                    let _ = writeln!(t, "  {:>5.1}  {}", s, i.name);
                }
                None => {
                    let _ = writeln!(t, "      -  {} (no demanded skills recorded)", i.name);
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
    Ok(out(
        candidates_text(&found),
        json!({ "title": title, "candidates": found }),
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
            for d in &o.demands {
                let _ = writeln!(t, "  {:>3}  {}", d.importance, d.name);
            }
            if !o.technologies.is_empty() {
                let _ = writeln!(t, "  technologies: {}", o.technologies.join(", "));
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
            "  {} {:>10} jobs weighted by fit  x{:.2} the economy's share  median {}",
            crate::fmt::col(&r.name, 48),
            format!("{:.0}", r.weighted_employment),
            r.concentration,
            r.median_wage.map_or("-".to_string(), |w| format!("${w}"))
        );
        let carried: Vec<String> = r
            .occupations
            .iter()
            .map(|(_, n, e)| format!("{n} ({e})"))
            .collect();
        let _ = writeln!(t, "      {}", carried.join("; "));
        let yours: Vec<String> = r
            .yours
            .iter()
            .filter_map(|i| net.industry(*i))
            .map(|i| i.name.clone())
            .collect();
        if !yours.is_empty() {
            let _ = writeln!(t, "      yours: {}", yours.join(", "));
        }
    }
    t.push_str("Source: U.S. Bureau of Labor Statistics, OEWS, May 2025.\n");
    Ok(out(t, json!({ "industries": ranked })))
}
