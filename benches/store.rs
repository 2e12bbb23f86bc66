//! Saving and loading the data file, building a network, and importing
//! ties by name.
//!
//! `cargo bench --bench store` runs the 10k and 100k-contact benches;
//! `cargo bench --bench store -- 10M` also saves and loads a file of one
//! million contacts and ten million ties once (generating it takes about a
//! minute) and prints the times and size.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{store, Company, Contact, Network};
use std::hint::black_box;
use std::time::Instant;

/// A network of `n` contacts spread over `n / 10` companies.
fn network(n: usize) -> Network {
    let mut net = Network::default();
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let companies: Vec<_> = (0..n.div_ceil(10))
        .map(|i| {
            net.add_company(Company::named(&format!("Company {i}")))
                .unwrap()
        })
        .collect();
    for i in 0..n {
        let mut c = Contact::new(&format!("Person {i}"), day);
        c.emails.push(format!("person{i}@example.org"));
        c.company = Some(companies[i % companies.len()]);
        c.title = Some("Program Manager".into());
        net.add_contact(c).unwrap();
    }
    net
}

fn small(c: &mut Criterion) {
    let net = network(10_000);
    let json = store::to_json(&net).unwrap();
    c.bench_function("store/to_json 10k contacts", |b| {
        b.iter(|| store::to_json(black_box(&net)).unwrap())
    });
    c.bench_function("store/from_json 10k contacts", |b| {
        b.iter(|| store::from_json(black_box(&json)).unwrap())
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.json");
    c.bench_function("store/save 10k contacts (atomic, fsync)", |b| {
        b.iter(|| store::save(black_box(&net), &path).unwrap())
    });
    c.bench_function("network/add 1k contacts", |b| {
        b.iter(|| network(black_box(1_000)))
    });
}

/// Issue 10's targets: 100,000 contacts and 1,000,000 ties save in ≤ 1.5 s,
/// load in ≤ 1.5 s, in a file of ≤ 80 MB.
fn large(c: &mut Criterion) {
    if skipped("100k") {
        return;
    }
    let net = generate(&SyntheticOptions::scale(100_000, 1_000_000)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.json");
    store::save(&net, &path).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!(
        "store/100k contacts + 1M ties: {} ties, file {:.1} MB ({size} bytes)",
        net.ties().count(),
        size as f64 / 1e6
    );
    let mut g = c.benchmark_group("store/100k contacts + 1M ties");
    g.sample_size(10);
    g.bench_function("save (atomic, fsync)", |b| {
        b.iter(|| store::save(black_box(&net), &path).unwrap())
    });
    g.bench_function("load", |b| {
        b.iter(|| store::load(black_box(&path)).unwrap())
    });
    g.finish();
}

/// Issue 10, point 11: a ties file of 50,000 rows by name onto 50,000
/// contacts (≤ 2 s).
fn ties_by_name(c: &mut Criterion) {
    if skipped("ties") {
        return;
    }
    let n = 50_000;
    let net = network(n);
    let mut csv = String::from("a,b,strength\n");
    for i in 0..n {
        csv.push_str(&format!("Person {i},Person {},0.5\n", (i * 7 + 1) % n));
    }
    let mut g = c.benchmark_group("ties");
    g.sample_size(10);
    g.bench_function("import 50k rows by name onto 50k contacts", |b| {
        b.iter_batched(
            || net.clone(),
            |mut net| inroads::import_ties_csv(&mut net, black_box(&csv)).unwrap(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

/// One save and one load of a million contacts and ten million ties: the
/// size the graph benches claim must round-trip through the file.
fn huge() {
    if !std::env::args().any(|a| a.contains("10M")) {
        return;
    }
    let t = Instant::now();
    let net = generate(&SyntheticOptions::scale(1_000_000, 10_000_000)).unwrap();
    eprintln!(
        "store/1M contacts + 10M ties: generated in {:?}",
        t.elapsed()
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let t = Instant::now();
    store::save(&net, &path).unwrap();
    let saved = t.elapsed();
    let size = std::fs::metadata(&path).unwrap().len();
    let t = Instant::now();
    let back = store::load(&path).unwrap();
    let loaded = t.elapsed();
    assert_eq!(back.contacts().len(), net.contacts().len());
    assert_eq!(back.ties().count(), net.ties().count());
    eprintln!(
        "store/1M contacts + 10M ties: saved in {saved:?}, loaded in {loaded:?}, file {:.1} MB ({} ties)",
        size as f64 / 1e6,
        back.ties().count()
    );
}

/// Whether a name filter on the command line excludes `label`.
fn skipped(label: &str) -> bool {
    std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .is_some_and(|f| !label.contains(&f) && !f.contains(label) && f != "store")
}

fn all(c: &mut Criterion) {
    huge();
    small(c);
    large(c);
    ties_by_name(c);
}

criterion_group!(benches, all);
criterion_main!(benches);
