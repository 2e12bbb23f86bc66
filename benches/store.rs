//! Saving and loading the data file, and building a network.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::{store, Company, Contact, Network};
use std::hint::black_box;

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

fn bench(c: &mut Criterion) {
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

criterion_group!(benches, bench);
criterion_main!(benches);
