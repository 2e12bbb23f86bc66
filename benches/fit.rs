//! Steps 1–2: loading the catalogue, ranking occupations, matching titles.

use criterion::{criterion_group, criterion_main, Criterion};
use inroads::{fit, sample, Catalog, CatalogTables, FitOptions, LabourMarket};
use std::hint::black_box;

const TABLES: CatalogTables<'static> = CatalogTables::builtin();

fn bench(c: &mut Criterion) {
    c.bench_function("catalog/load (parse all tables, build indexes)", |b| {
        b.iter(|| Catalog::from_tables(black_box(TABLES)).unwrap())
    });
    c.bench_function(
        "catalog/load with the employment tables (catalogue + LabourMarket)",
        |b| {
            b.iter(|| {
                (
                    Catalog::from_tables(black_box(TABLES)).unwrap(),
                    LabourMarket::from_tables(
                        black_box(include_str!("../data/oews/industries.csv")),
                        black_box(include_str!("../data/oews/employment.csv")),
                    )
                    .unwrap(),
                )
            })
        },
    );
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
    let nurse = sample::nurse_moving_to_health_tech().unwrap();
    c.bench_function(
        "fit/nurse, 14 everyday skill words (vocabulary, inferred interests)",
        |b| {
            b.iter(|| {
                fit(
                    black_box(nurse.profile()),
                    nurse.industries(),
                    catalog,
                    &options,
                )
            })
        },
    );
    let typo = inroads::Skill::new("Custmer servise").unwrap();
    c.bench_function("suggest/did you mean, one misspelt skill", |b| {
        b.iter(|| catalog.suggest_skills(black_box(&typo), 3))
    });
    let market = LabourMarket::builtin().unwrap();
    c.bench_function("industries/rank_for, 15-skill profile, top 10", |b| {
        b.iter(|| market.rank_for(black_box(&net), catalog, 10))
    });
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
