//! The network on the command line: import ties, tie, path, reach,
//! connectors, provenance, coverage, mutual, suggest.

use crate::args::TieCmd;
use crate::commands::{change, load, out, Output};
use chrono::NaiveDate;
use inroads::{
    Catalog, ConnectorOptions, Error, FieldCode, FitOptions, PathOptions, SuggestOptions, Target,
    Tie, TieSource,
};
use serde_json::json;
use std::fmt::Write as _;
use std::path::Path;

pub fn import_ties(path: &Path, file: &Path) -> Result<Output, Error> {
    let text = crate::commands::read_text(file, inroads::MAX_TIES_BYTES as u64)?;
    let (_, done) = change(path, |n| {
        inroads::import_ties_csv(n, &text).map_err(|e| e.with_path(file))
    })?;
    Ok(out(
        format!(
            "imported ties from {}: {} added, {} updated",
            file.display(),
            done.added,
            done.updated
        ),
        json!(done),
    ))
}

pub fn tie(path: &Path, cmd: TieCmd) -> Result<Output, Error> {
    match cmd {
        TieCmd::Add { a, b, strength } => {
            let (net, (tie, new)) = change(path, |n| {
                let tie = Tie {
                    a: n.resolve_party(&a)?,
                    b: n.resolve_party(&b)?,
                    strength,
                    source: TieSource::Manual,
                };
                Ok((tie, n.set_tie(tie)?))
            })?;
            let _ = net;
            Ok(out(
                format!("{} tie {a} – {b}", if new { "added" } else { "updated" }),
                json!({ "tie": tie, "added": new }),
            ))
        }
        TieCmd::Remove { a, b } => {
            let (_, tie) = change(path, |n| {
                let (x, y) = (n.resolve_party(&a)?, n.resolve_party(&b)?);
                n.remove_tie(x, y)
            })?;
            Ok(out(
                format!("removed tie {a} – {b}"),
                json!({ "removed": tie }),
            ))
        }
        TieCmd::List => {
            let net = load(path)?;
            let mut t = String::new();
            let ties = inroads::tie_list(&net);
            for x in &ties {
                let s = x
                    .strength
                    .map_or("derived".to_string(), |s| format!("{s:.2}"));
                let _ = writeln!(t, "  {} – {}  ({s})", x.a.name, x.b.name);
            }
            if ties.is_empty() {
                t.push_str("no ties yet: add one with `inroads tie add @me NAME`\n");
            }
            Ok(out(t, json!({ "ties": ties })))
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn path(
    path: &Path,
    today: NaiveDate,
    to: Option<String>,
    company: Option<String>,
    industry: Option<String>,
    field: Option<String>,
    max_hops: u32,
    alternatives: usize,
) -> Result<Output, Error> {
    let net = load(path)?;
    let target = if let Some(c) = to {
        Target::Contact(net.resolve_contact(&c)?)
    } else if let Some(c) = company {
        Target::Company(net.resolve_company(&c)?)
    } else if let Some(i) = industry {
        Target::Industry(net.resolve_industry(&i)?)
    } else {
        Target::Field(FieldCode::parse(field.as_deref().unwrap_or(""))?)
    };
    let p = inroads::warm_path(
        &net,
        target,
        &{
            let mut o = PathOptions::default();
            o.max_hops = max_hops;
            o.alternatives = alternatives;
            o
        },
        today,
    )?;
    let mut t = String::new();
    if let Some(best) = &p.best {
        let _ = writeln!(
            t,
            "warmest path (strength {:.3}): {}",
            best.strength,
            inroads::describe_path(&best.path)
        );
        for a in &p.alternatives {
            let _ = writeln!(
                t,
                "  or (strength {:.3}): {}",
                a.strength,
                inroads::describe_path(&a.path)
            );
        }
    } else {
        let _ = writeln!(t, "no path within {max_hops} hops");
    }
    // The command's JSON contract: found, path and strength at the top.
    let json = json!({
        "found": p.best.is_some(),
        "path": p.best.as_ref().map_or(&[][..], |b| b.path.as_slice()),
        "strength": p.best.as_ref().map_or(0.0, |b| b.strength),
        "alternatives": p.alternatives,
    });
    Ok(out(t, json))
}

pub fn reach(path: &Path, today: NaiveDate, hops: Option<inroads::Hops>) -> Result<Output, Error> {
    let net = load(path)?;
    let r = inroads::reach(&net, hops.unwrap_or(inroads::Hops::MAX), today)?;
    let mut t = format!(
        "{} within reach\n",
        crate::fmt::count(r.total, "person", "people")
    );
    for (d, n) in &r.by_distance {
        let _ = writeln!(t, "  at distance {d}: {n}");
    }
    for (k, n) in r.by_company.iter().take(10) {
        let _ = writeln!(t, "  {k}: {n}");
    }
    Ok(out(t, json!(r)))
}

pub fn connectors(path: &Path, today: NaiveDate, top: usize, seed: u64) -> Result<Output, Error> {
    let net = load(path)?;
    let list = inroads::connectors(
        &net,
        &{
            let mut o = ConnectorOptions::default();
            o.top = top;
            o.seed = seed;
            o
        },
        today,
    )?;
    let mut t = String::new();
    if !list.is_empty() {
        let _ = writeln!(
            t,
            "  {} {:>8}  {:<10} referrals per meeting",
            crate::fmt::col("who", 24),
            "bridges",
            "your tie"
        );
    }
    for c in &list {
        let _ = writeln!(
            t,
            "  {} {:>8.1}  {:<10} {}",
            crate::fmt::col(&c.name, 24),
            c.bridged,
            if c.direct { "yes" } else { "no" },
            c.referrals_per_meeting
                .map(|r| format!("{r:.2}"))
                .unwrap_or_else(|| "-".into())
        );
    }
    if list.is_empty() {
        t.push_str(
            "no connectors yet: record ties with `inroads tie add` or `inroads import ties`\n",
        );
    }
    Ok(out(t, json!({ "connectors": list })))
}

pub fn provenance(path: &Path, contact: &str) -> Result<Output, Error> {
    let net = load(path)?;
    let id = net.resolve_contact(contact)?;
    let p = inroads::provenance(&net, id)?;
    let names: Vec<_> = p.chain.iter().map(|s| s.name.as_str()).collect();
    let mut t = names.join(" → ");
    if let Some(s) = &p.start {
        let _ = write!(t, "\n  it started: {s}");
    }
    Ok(out(t, json!(p)))
}

pub fn coverage(path: &Path, today: NaiveDate) -> Result<Output, Error> {
    let net = load(path)?;
    let c = inroads::coverage(&net, today)?;
    // Fields by name, not bare code.
    let catalog = Catalog::builtin()?;
    let named = |kind: inroads::TargetKind, name: &str| -> String {
        if kind != inroads::TargetKind::Field {
            return name.to_string();
        }
        match inroads::FieldCode::parse(name)
            .ok()
            .and_then(|f| catalog.field(f))
        {
            Some(f) => format!("field {} ({})", f.code, f.name),
            None => format!("field {name}"),
        }
    };
    let mut t = format!(
        "  {} 1 hop  2 hops  3 hops\n",
        crate::fmt::col("target", 40)
    );
    for r in &c.targets {
        let _ = writeln!(
            t,
            "  {} {:>5} {:>7} {:>7}",
            crate::fmt::col(&named(r.kind, &r.name), 40),
            r.at_distance[0],
            r.at_distance[1],
            r.at_distance[2]
        );
    }
    if !c.gaps.is_empty() {
        let gaps: Vec<String> = c
            .targets
            .iter()
            .filter(|r| c.gaps.contains(&r.name))
            .map(|r| named(r.kind, &r.name))
            .collect();
        let _ = writeln!(t, "gaps (nobody within 3 hops): {}", gaps.join(", "));
    }
    Ok(out(t, json!(c)))
}

pub fn mutual(path: &Path, today: NaiveDate, contact: &str) -> Result<Output, Error> {
    let net = load(path)?;
    let id = net.resolve_contact(contact)?;
    let list = inroads::mutual(&net, id, today)?;
    let names: Vec<String> = list
        .iter()
        .filter_map(|c| net.contact(*c))
        .map(|c| c.name.clone())
        .collect();
    let t = if names.is_empty() {
        "no mutual connections".to_string()
    } else {
        names.join(", ")
    };
    Ok(out(
        t,
        json!({ "contact": id, "mutual": list, "names": names }),
    ))
}

pub fn suggest(path: &Path, today: NaiveDate, top: usize) -> Result<Output, Error> {
    let net = load(path)?;
    let report = inroads::fit(
        net.profile(),
        net.industries(),
        Catalog::builtin()?,
        &FitOptions::default(),
    );
    let options = {
        let mut o = SuggestOptions::from_fit(&report, Catalog::builtin()?);
        o.top = top;
        o
    };
    let list = inroads::suggest(&net, &options, today)?;
    let mut t = String::new();
    for s in &list {
        let how = match &s.via_name {
            Some(v) => format!("via {v}"),
            None => "your own connection".to_string(),
        };
        let _ = writeln!(
            t,
            "  {:>5.1}  #{} {} ({how})",
            s.score,
            s.contact.get(),
            s.name
        );
        for r in &s.reasons {
            let _ = writeln!(t, "         - {r}");
        }
    }
    if list.is_empty() {
        t.push_str("nobody in your targets yet: set target fields with `inroads profile set --target-field CODE`, or record ties\n");
    }
    Ok(out(t, json!({ "suggestions": list })))
}
