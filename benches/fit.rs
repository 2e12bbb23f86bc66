//! Steps 1–2: loading the catalogue, ranking occupations, matching titles.

use criterion::{criterion_group, criterion_main, Criterion};
use inroads::{fit, sample, Catalog, CatalogTables, FitOptions};
use std::hint::black_box;

const TABLES: CatalogTables<'static> = CatalogTables::builtin();

fn bench(c: &mut Criterion) {
    c.bench_function("catalog/load (parse all tables, build indexes)", |b| {
        b.iter(|| Catalog::from_tables(black_box(TABLES)).unwrap())
    });
    let catalog = Catalog::builtin().unwrap();
    let net = sample::teacher_candidate().unwrap();
    assert_eq!(net.profile().skills.len(), 15);
    let options = FitOptions::default();
    c.bench_function(
        "fit/rank 879 occupations, 15-skill profile, top 10 explained",
        |b| {
            b.iter(|| {
                fit(
                    black_box(net.profile()),
                    net.industries(),
                    catalog,
                    &options,
                )
            })
        },
    );
    for title in [
        "Sr. Director, Learning & Development",
        "VP People Ops",
        "Registered Nurse",
    ] {
        c.bench_function(&format!("title/{title}"), |b| {
            b.iter(|| catalog.match_title(black_box(title), 5))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
