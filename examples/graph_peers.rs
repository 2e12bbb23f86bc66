//! Exports a synthetic network as an edge list for
//! `benches/peers/networkx_queries.py`, and times the same queries here, so
//! both sides are measured on the same graph in one run.
//!
//! `cargo run --release --example graph_peers -- OUT_DIR [CONTACTS] [TIES]`
//! writes `OUT_DIR/edges.tsv` (`u v strength`, node 0 = the job seeker),
//! `OUT_DIR/target.txt` (the nodes of the target company) and prints the
//! timings as JSON.

use chrono::NaiveDate;
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{connectors, reach, warm_path, ConnectorOptions, Party, PathOptions, Target};
use std::io::Write;
use std::time::Instant;

fn median_ms(mut f: impl FnMut(), runs: usize) -> f64 {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

/// This process's resident memory in MiB (Linux), for the report.
fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|x| x.parse::<f64>().ok())
        })
        .map_or(0.0, |pages| pages * 4096.0 / 1048576.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = std::path::PathBuf::from(args.first().map_or("peers-out", String::as_str));
    let contacts: usize = args.get(1).map_or(Ok(100_000), |s| s.parse())?;
    let ties: usize = args.get(2).map_or(Ok(1_000_000), |s| s.parse())?;
    std::fs::create_dir_all(&out)?;
    let net = generate(&SyntheticOptions::scale(contacts, ties))?;
    let rss_network = rss_mib();
    // Node numbers: 0 the job seeker, contacts by id (the generator's ids are 1..=n).
    let node = |p: Party| match p {
        Party::Me => 0,
        Party::Contact(c) => c.get(),
    };
    let mut edges = std::io::BufWriter::new(std::fs::File::create(out.join("edges.tsv"))?);
    for t in net.ties() {
        let w = t.strength.unwrap_or(inroads::DEFAULT_TIE_STRENGTH);
        writeln!(edges, "{}\t{}\t{w}", node(t.a), node(t.b))?;
    }
    edges.flush()?;
    let company = net.resolve_company(&format!("Company {}", contacts / 2000))?;
    let mut target = std::io::BufWriter::new(std::fs::File::create(out.join("target.txt"))?);
    for id in net.contacts_at(company) {
        writeln!(target, "{}", id.get())?;
    }
    target.flush()?;
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).ok_or("date")?;
    let options = PathOptions::default();
    let path_once = Instant::now();
    drop(warm_path(&net, Target::Company(company), &options, today));
    let build_ms = path_once.elapsed().as_secs_f64() * 1000.0;
    let rss_indexed = rss_mib();
    let path = median_ms(
        || drop(warm_path(&net, Target::Company(company), &options, today)),
        21,
    );
    let reach_ms = median_ms(|| drop(reach(&net, inroads::Hops::MAX, today)), 11);
    let conn = median_ms(
        || drop(connectors(&net, &ConnectorOptions::default(), today)),
        5,
    );
    println!(
        "{{\"contacts\": {contacts}, \"ties\": {ties}, \"warm_path_ms\": {path:.3}, \"reach_ms\": {reach_ms:.3}, \"connectors_ms\": {conn:.3}, \"first_query_with_index_build_ms\": {build_ms:.1}, \"rss_mib_network\": {rss_network:.0}, \"rss_mib_with_index\": {rss_indexed:.0}}}"
    );
    Ok(())
}
