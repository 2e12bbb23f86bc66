//! Steps 1–2: loading the catalogue, ranking occupations, matching titles.

use criterion::{criterion_group, criterion_main, Criterion};
use inroads::{fit, sample, Catalog, CatalogTables, FitOptions, LabourMarket};
use std::hint::black_box;

const TABLES: CatalogTables<'static> = CatalogTables::builtin();

fn bench(c: &mut Criterion) {
    // What `Catalog::builtin` does: every table parsed, the text index
    // left for first use.
    c.bench_function(
        "catalog/load (Catalog::builtin's work: tables parsed, text index on first use)",
        |b| b.iter(|| Catalog::from_static_tables(black_box(TABLES)).unwrap()),
    );
    // The first phrase read pays for the text index, once per process.
    c.bench_function(
        "catalog/text index (built on the first phrase read: titles, tasks, work activities, tools, technologies)",
        |b| {
            b.iter_with_large_drop(|| {
                let c = Catalog::from_static_tables(black_box(TABLES)).unwrap();
                c.read_phrase("x", 1);
                c
            })
        },
    );
    c.bench_function(
        "catalog/load everything at once (Catalog::from_tables)",
        |b| b.iter_with_large_drop(|| Catalog::from_tables(black_box(TABLES)).unwrap()),
    );
    c.bench_function(
        "catalog/load with the employment tables (catalogue + LabourMarket)",
        |b| {
            b.iter(|| {
                (
                    Catalog::from_static_tables(black_box(TABLES)).unwrap(),
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
        "fit/rank 923 occupations, 15-skill profile, top 10 explained",
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
    // The outside relatedness check's profile: an occupation's whole rating
    // list (20 skills, 15 knowledge areas), so closeness runs at full share.
    let rn = catalog.occupation("29-1141.00").unwrap();
    let mut skills: Vec<inroads::SkillRating> = Vec::new();
    for d in &rn.demands {
        let name = &catalog.element_by_id(d.element).unwrap().name;
        let p = ((f64::from(d.importance) / 20.0).round() as u8).clamp(1, 5);
        let r = inroads::SkillRating::new(name, p, 3).unwrap();
        if !skills.iter().any(|s| s.skill == r.skill) {
            skills.push(r);
        }
    }
    let full = inroads::Network::new(inroads::Profile {
        name: "Check".into(),
        skills,
        ..inroads::Profile::default()
    })
    .unwrap();
    c.bench_function(
        "fit/whole rating list of Registered Nurses (34 skills, full closeness), top 11",
        |b| {
            let mut o = FitOptions::default();
            o.top = 11;
            b.iter(|| fit(black_box(full.profile()), full.industries(), catalog, &o))
        },
    );
    c.bench_function("related/related_occupations, Registered Nurses, 10", |b| {
        b.iter(|| catalog.related_occupations(black_box("29-1141.00"), 10))
    });
    let typo = inroads::Skill::new("Custmer servise").unwrap();
    c.bench_function("suggest/did you mean, one misspelt skill", |b| {
        b.iter(|| catalog.suggest_skills(black_box(&typo), 3))
    });
    let market = LabourMarket::builtin().unwrap();
    c.bench_function("industries/rank_for, 15-skill profile, top 10", |b| {
        b.iter(|| market.rank_for(black_box(&net), catalog, 10))
    });
    // Issue 22's paralegal and retail associate, in their own words: every
    // phrase read in the occupations' text.
    for (who, skills) in [
        (
            "paralegal, 4 phrases in her own words",
            &[
                "Drafting pleadings and motions",
                "E-filing",
                "Westlaw",
                "Clio",
            ][..],
        ),
        (
            "retail associate, 5 phrases in his own words",
            &[
                "Greeting and helping customers",
                "Restocking shelves",
                "Returns and exchanges",
                "Inventory counts",
                "Opening and closing the store",
            ][..],
        ),
    ] {
        let profile = inroads::Profile {
            skills: skills
                .iter()
                .map(|s| inroads::SkillRating::new(s, 4, 4).unwrap())
                .collect(),
            ..inroads::Profile::default()
        };
        c.bench_function(&format!("fit/{who}"), |b| {
            b.iter(|| fit(black_box(&profile), [], catalog, &options))
        });
    }
    c.bench_function("read/read_phrase, Restocking shelves, 5", |b| {
        b.iter(|| catalog.read_phrase(black_box("Restocking shelves"), 5))
    });
    for title in [
        "Sr. Director, Learning & Development",
        "VP People Ops",
        "Registered Nurse",
        "Field Application Scientist",
    ] {
        c.bench_function(&format!("title/{title}"), |b| {
            b.iter(|| catalog.match_title(black_box(title), 5))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
