//! The HTML report: the persona, and 1,000 contacts with 10,000 ties
//! (targets 50 ms and 500 ms, layout included). Figures in BENCHMARKS.md.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::{render_html, report, Catalog, ReportOptions};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let catalog = Catalog::builtin().ok();
    let options = ReportOptions::new(today);
    let persona = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let mut o = inroads::synthetic::SyntheticOptions::scale(1000, 10_000);
    o.entries_per_contact = 4;
    let big = inroads::synthetic::generate(&o).unwrap();
    let html = render_html(&report(&big, catalog, &options).unwrap());
    eprintln!("report for 1,000 contacts: {} bytes", html.len());
    let mut g = c.benchmark_group("report");
    g.bench_function("persona, view and HTML", |b| {
        b.iter(|| render_html(&report(black_box(&persona), catalog, &options).unwrap()))
    });
    g.bench_function("1000 contacts 10000 ties, view and HTML", |b| {
        b.iter(|| render_html(&report(black_box(&big), catalog, &options).unwrap()))
    });
    g.finish();
}

criterion_group!(report_benches, benches);
criterion_main!(report_benches);
