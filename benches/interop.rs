//! Interop: GraphML export at 100k contacts, LinkedIn import of 20,000 rows.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{GraphExport, ImportOptions, Network};
use std::fmt::Write as _;
use std::hint::black_box;

fn linkedin_csv(rows: usize) -> String {
    let mut s = String::from("Notes:\n\"When exporting your connection data...\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for i in 0..rows {
        let _ = writeln!(
            s,
            "First{i},Last{i},https://www.linkedin.com/in/person-{i},{},\"Company {}, Inc.\",\"Senior Manager, Programs\",{} Dec 2025",
            if i % 10 == 0 { format!("p{i}@example.org") } else { String::new() },
            i % 2000,
            1 + i % 28
        );
    }
    s
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let net = generate(&SyntheticOptions::scale(100_000, 1_000_000)).unwrap();
    let options = {
        let mut o = GraphExport::new(today);
        o.redact = false;
        o
    };
    let xml = inroads::export_graphml(&net, &options).unwrap();
    eprintln!("graphml: {} bytes for 100k contacts / 1M ties", xml.len());
    let mut group = c.benchmark_group("interop");
    group.sample_size(10);
    group.bench_function("graphml export, 100k contacts / 1M ties", |b| {
        b.iter(|| inroads::export_graphml(&net, black_box(&options)).unwrap())
    });
    let csv = linkedin_csv(20_000);
    let import = {
        let mut o = ImportOptions::new(today);
        o.skip_bad_rows = false;
        o
    };
    let catalog = inroads::Catalog::builtin().unwrap();
    group.bench_function("linkedin import, 20,000 rows, into an empty network", |b| {
        b.iter(|| {
            let mut n = Network::default();
            inroads::import_linkedin(&mut n, black_box(&csv), Some(catalog), &import).unwrap()
        })
    });
    let mut loaded = Network::default();
    inroads::import_linkedin(&mut loaded, &csv, Some(catalog), &import).unwrap();
    group.bench_function("linkedin re-import, 20,000 rows, all unchanged", |b| {
        b.iter(|| {
            let mut n = loaded.clone();
            inroads::import_linkedin(&mut n, black_box(&csv), Some(catalog), &import).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
