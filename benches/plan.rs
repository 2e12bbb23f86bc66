//! Steps 3–7: the planner over a large journal.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use inroads::synthetic::{generate, SyntheticOptions};
use inroads::{plan, PlanOptions};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let net = generate(&{
        let mut o = SyntheticOptions::default();
        o.contacts = 10_000;
        o.companies = 1_000;
        o.entries_per_contact = 20;
        o
    })
    .unwrap();
    assert_eq!(net.journal().len(), 200_000);
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let options = PlanOptions::default();
    let actions = plan(&net, &options, today).map_or(0, |a| a.len());
    eprintln!("plan: {actions} actions for 10,000 contacts x 20 entries");
    c.bench_function("plan/10k contacts x 20 entries", |b| {
        b.iter(|| plan(black_box(&net), &options, today))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
