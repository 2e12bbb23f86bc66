//! GraphML: the network for Gephi, yEd, Neo4j and networkx.

use crate::graph::{contact_weight, my_ties};
use crate::network::Network;
use chrono::NaiveDate;
use quick_xml::escape::escape;
use std::fmt::Write as _;

/// Options for the graph exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct GraphExport {
    /// The date the job seeker's tie strengths are computed for.
    pub today: NaiveDate,
    /// Replace names with stable pseudonyms and leave out emails, phones,
    /// URLs and notes (for sharing with a career counsellor).
    pub redact: bool,
}

impl GraphExport {
    /// Options for an export whose tie strengths are computed for `today`,
    /// not redacted.
    pub fn new(today: NaiveDate) -> GraphExport {
        GraphExport {
            today,
            redact: false,
        }
    }
}

/// The network as GraphML: a node per contact (and `me`) with its name,
/// company, industry, field and stage; an undirected edge per tie with
/// its strength (the job seeker's ties with their modelled strength for
/// `today` when none is recorded).
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::GraphExport;
/// let net = inroads::sample::teacher_candidate_network()?;
/// let xml = inroads::export_graphml(&net, &GraphExport::new(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()))?;
/// assert!(xml.starts_with("<?xml"));
/// assert!(xml.contains("Priya Raman"));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn export_graphml(network: &Network, options: &GraphExport) -> crate::Result<String> {
    crate::model::check_today(options.today)?;
    let g = network.graph()?;
    let mine = my_ties(network, g, options.today);
    let mut s = String::with_capacity(256 + network.contacts().len() * 200);
    s.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="company" for="node" attr.name="company" attr.type="string"/>
  <key id="industry" for="node" attr.name="industry" attr.type="string"/>
  <key id="field" for="node" attr.name="field" attr.type="string"/>
  <key id="stage" for="node" attr.name="stage" attr.type="string"/>
  <key id="title" for="node" attr.name="title" attr.type="string"/>
  <key id="strength" for="edge" attr.name="strength" attr.type="double"/>
  <graph id="inroads" edgedefault="undirected">
<node id="me"><data key="name">me</data></node>
"#);
    let data = |s: &mut String, key: &str, v: &str| {
        let _ = write!(
            s,
            "<data key=\"{key}\">{}</data>",
            escape(super::clean_line(v).as_ref())
        );
    };
    for (id, c) in network.contacts() {
        let _ = write!(s, "    <node id=\"c{}\">", id.get());
        let shown = |kind, n: u64, name: &str| super::shown_name(options.redact, kind, n, name);
        data(&mut s, "name", &shown("Contact", id.get(), &c.name));
        if let Some((kid, k)) = c.company.and_then(|k| Some((k, network.company(k)?))) {
            data(&mut s, "company", &shown("Company", kid.get(), &k.name));
            if let Some((iid, i)) = k.industry.and_then(|i| Some((i, network.industry(i)?))) {
                data(&mut s, "industry", &shown("Industry", iid.get(), &i.name));
            }
        }
        if let Some(f) = c.field {
            data(&mut s, "field", &f.to_string());
        }
        data(&mut s, "stage", network.stage(id).as_str());
        if let (Some(t), false) = (&c.title, options.redact) {
            data(&mut s, "title", t);
        }
        s.push_str("</node>\n");
    }
    let node_name = |n: u32| {
        g.contact(n)
            .map_or_else(|| "me".to_string(), |c| format!("c{}", c.get()))
    };
    let mut edge = 0usize;
    let mut write_edge = |s: &mut String, a: u32, b: u32, w: f32| {
        edge += 1;
        let _ = writeln!(
            s,
            "    <edge id=\"e{edge}\" source=\"{}\" target=\"{}\"><data key=\"strength\">{:.4}</data></edge>",
            node_name(a),
            node_name(b),
            w
        );
    };
    let mut mine_sorted: Vec<(u32, f32)> = mine.iter().map(|(k, v)| (*k, *v)).collect();
    mine_sorted.sort_by_key(|(k, _)| *k);
    for (v, w) in mine_sorted {
        write_edge(&mut s, 0, v, w);
    }
    for u in 1..g.node_count() as u32 {
        g.for_each_neighbor(u, |v, w| {
            if v > u {
                write_edge(&mut s, u, v, contact_weight(w));
            }
        });
    }
    s.push_str("  </graph>\n</graphml>\n");
    Ok(s)
}
