//! Graphviz DOT: a picture of the job seeker's network, clustered by company.

use super::graphml::GraphExport;
use crate::graph::{contact_weight, my_ties};
use crate::network::Network;
use std::fmt::Write as _;

fn quote(s: &str) -> String {
    let s = super::clean_line(s);
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The job seeker's network — their ties and the people those ties know
/// (two hops) — as Graphviz DOT, each company a cluster, so `dot -Tsvg`
/// draws a picture worth looking at: the job seeker in the middle, line
/// width by tie strength, the contacts coloured by stage.
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::GraphExport;
/// let net = inroads::sample::teacher_candidate_network()?;
/// let dot = inroads::export_dot(&net, &GraphExport::new(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()))?;
/// assert!(dot.starts_with("graph inroads {"));
/// assert!(dot.contains("subgraph cluster_"));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn export_dot(network: &Network, options: &GraphExport) -> crate::Result<String> {
    crate::model::check_today(options.today)?;
    let g = network.graph()?;
    let mine = my_ties(network, g, options.today);
    // The job seeker's ties and their neighbours.
    let mut shown: std::collections::BTreeSet<u32> = mine.keys().copied().collect();
    for &v in mine.keys() {
        g.for_each_neighbor(v, |x, _| {
            if x != 0 {
                shown.insert(x);
            }
        });
    }
    let mut s = String::from(
        "graph inroads {\n  graph [overlap=false, splines=true, fontname=\"Helvetica\", rankdir=LR];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#eeeeee\"];\n  me [label=\"me\", shape=ellipse, fillcolor=\"#ffd966\"];\n",
    );
    let colour = |stage: crate::Stage| match stage {
        crate::Stage::Identified => "#eeeeee",
        crate::Stage::Requested | crate::Stage::Replied => "#cfe2f3",
        crate::Stage::Scheduled => "#9fc5e8",
        crate::Stage::Met | crate::Stage::Thanked | crate::Stage::ReferralsAsked => "#b6d7a8",
        crate::Stage::Declined | crate::Stage::NoResponse => "#f4cccc",
    };
    let mut by_company: std::collections::BTreeMap<Option<crate::CompanyId>, Vec<u32>> =
        Default::default();
    for &n in &shown {
        by_company.entry(g.company_of(n)).or_default().push(n);
    }
    for (company, nodes) in &by_company {
        let indent = if company.is_some() { "    " } else { "  " };
        if let Some(k) = company {
            let own = network.company(*k).map_or("", |c| c.name.as_str());
            let name = super::shown_name(options.redact, "Company", k.get(), own);
            let _ = writeln!(
                s,
                "  subgraph cluster_{} {{\n    label={};\n    style=rounded; color=\"#999999\";",
                k.get(),
                quote(&name)
            );
        }
        for &n in nodes {
            let Some(id) = g.contact(n) else { continue };
            let Some(c) = network.contact(id) else {
                continue;
            };
            let name = super::shown_name(options.redact, "Contact", id.get(), &c.name);
            let label = match (&c.title, options.redact) {
                (Some(t), false) => format!("{name}\\n{t}"),
                _ => name,
            };
            let _ = writeln!(
                s,
                "{indent}c{} [label={}, fillcolor=\"{}\"];",
                id.get(),
                quote(&label).replace("\\\\n", "\\n"),
                colour(network.stage(id))
            );
        }
        if company.is_some() {
            s.push_str("  }\n");
        }
    }
    let name = |n: u32| {
        g.contact(n)
            .map_or_else(|| "me".to_string(), |c| format!("c{}", c.get()))
    };
    let mut mine_sorted: Vec<(u32, f32)> = mine.iter().map(|(k, v)| (*k, *v)).collect();
    mine_sorted.sort_by_key(|(k, _)| *k);
    for (v, w) in mine_sorted {
        let _ = writeln!(s, "  me -- {} [penwidth={:.1}];", name(v), 0.5 + 3.0 * w);
    }
    for &u in &shown {
        g.for_each_neighbor(u, |v, w| {
            if v > u && shown.contains(&v) {
                let _ = writeln!(
                    s,
                    "  {} -- {} [penwidth={:.1}, color=\"#777777\"];",
                    name(u),
                    name(v),
                    0.5 + 3.0 * contact_weight(w)
                );
            }
        });
    }
    s.push_str("}\n");
    Ok(s)
}
