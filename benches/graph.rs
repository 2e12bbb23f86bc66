//! The network queries at scale: 100k contacts / 1M ties and 1M / 10M.
//!
//! `cargo bench --bench graph -- 100k` runs the smaller size only; the 1M
//! size takes about a minute to generate.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{
    connectors, reach, warm_path, ConnectorOptions, Network, Party, PathOptions, Target, Tie,
};
use std::hint::black_box;

fn network(contacts: usize, ties: usize) -> Network {
    generate(&SyntheticOptions::scale(contacts, ties)).unwrap()
}

fn bench_size(c: &mut Criterion, label: &str, contacts: usize, ties: usize, heavy: bool) {
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    // Skip generating a size whose benches the filter excludes.
    if let Some(filter) = std::env::args().skip(1).find(|a| !a.starts_with('-')) {
        if !label.contains(&filter) && !filter.contains(label) && !"graph/".contains(&filter) {
            return;
        }
    }
    let mut net = network(contacts, ties);
    // A large company (the 5th percentile by rank): the kind a job seeker targets.
    let company = net
        .resolve_company(&format!("Company {}", contacts / 2000))
        .unwrap();
    let target = Target::Company(company);
    let options = {
        let mut o = PathOptions::default();
        o.max_hops = 3;
        o.alternatives = 0;
        o
    };
    let p = warm_path(&net, target, &options, today).unwrap();
    eprintln!(
        "{label}: path found={} strength={:.4} hops={}",
        p.best.is_some(),
        p.best.as_ref().map_or(0.0, |b| b.strength),
        p.best
            .as_ref()
            .map_or(0, |b| b.path.len().saturating_sub(1))
    );
    let r = reach(&net, inroads::Hops::MAX, today).unwrap();
    eprintln!(
        "{label}: reach total={} by distance {:?}",
        r.total, r.by_distance
    );
    c.bench_function(&format!("graph/{label}/warm path to a company"), |b| {
        b.iter(|| warm_path(black_box(&net), target, &options, today).unwrap())
    });
    c.bench_function(&format!("graph/{label}/reach, all distances"), |b| {
        b.iter(|| reach(black_box(&net), inroads::Hops::MAX, today).unwrap())
    });
    if heavy {
        return;
    }
    c.bench_function(&format!("graph/{label}/connectors, top 10"), |b| {
        b.iter(|| connectors(black_box(&net), &ConnectorOptions::default(), today).unwrap())
    });
    let (a, bb) = {
        let t = net.ties().find(|t| t.a != Party::Me).unwrap();
        (t.a, t.b)
    };
    let mut flip = false;
    c.bench_function(
        &format!("graph/{label}/edit one tie, then warm path"),
        |b| {
            b.iter(|| {
                flip = !flip;
                let s = if flip { 0.9 } else { 0.4 };
                net.set_tie(Tie {
                    strength: Some(s),
                    ..Tie::between(a, bb)
                })
                .unwrap();
                warm_path(black_box(&net), target, &options, today).unwrap()
            })
        },
    );
}

fn bench(c: &mut Criterion) {
    bench_size(c, "100k", 100_000, 1_000_000, false);
    bench_size(c, "1M", 1_000_000, 10_000_000, true);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
