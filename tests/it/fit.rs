//! Steps 1–2: the catalogue, fit ranking and title matching, measured on the
//! whole built-in catalogue rather than on hand-picked cases.
#![cfg(feature = "onet")]

use inroads::{
    fit, sample, Catalog, ElementKind, FieldCode, FitOptions, MatchHow, Network, Profile, Skill,
    SkillRating,
};

fn catalog() -> &'static Catalog {
    Catalog::builtin().unwrap()
}

#[test]
fn the_builtin_catalogue_is_complete() {
    let c = catalog();
    assert_eq!(c.occupations().len(), 923);
    // The 44 occupations O*NET gives no ratings have estimated ones.
    assert_eq!(c.occupations().iter().filter(|o| o.estimated).count(), 44);
    let devs = c.occupation("15-1252.00").unwrap();
    assert_eq!(devs.title, "Software Developers");
    assert!(devs.estimated);
    assert!(!devs.description.is_empty());
    assert_eq!(c.fields().len(), 22);
    let fields_with_occupations = c
        .fields()
        .iter()
        .filter(|f| !f.occupations.is_empty())
        .count();
    assert_eq!(fields_with_occupations, 22);
    let kinds = |k| c.elements().iter().filter(|e| e.kind == k).count();
    assert_eq!(kinds(ElementKind::Skill), 35);
    assert_eq!(kinds(ElementKind::Knowledge), 33);
    assert!(kinds(ElementKind::Technology) > 100);
    // Issue 12: at least 300 everyday phrases (786 at the time of writing).
    assert!(c.vocabulary_len() >= 300, "{}", c.vocabulary_len());
    // Every occupation has demands, sorted most important first.
    for o in c.occupations() {
        assert!(!o.demands.is_empty(), "{}", o.code);
        assert!(o
            .demands
            .windows(2)
            .all(|w| w[0].importance >= w[1].importance));
    }
}

/// A profile made of an occupation's 8 most important skills and 5 most
/// important knowledge areas (proficiency = importance / 20, rounded;
/// enjoyment 3).
fn partial_profile(c: &Catalog, index: usize) -> Network {
    profile_of(c, index, 8, 5)
}

/// An occupation's `skills_n` most important skills, then its
/// `knowledge_n` most important knowledge areas, each with the proficiency
/// the outside relatedness check gives it: importance / 20, rounded, 1–5.
/// Mathematics, both a skill and a knowledge area, can appear twice.
pub(crate) fn ratings_of(
    c: &Catalog,
    index: usize,
    skills_n: usize,
    knowledge_n: usize,
) -> Vec<(String, u8)> {
    let o = &c.occupations()[index];
    let pick = |kind: ElementKind, n: usize| {
        o.demands
            .iter()
            .filter(move |d| c.element_by_id(d.element).unwrap().kind == kind)
            .take(n)
    };
    pick(ElementKind::Skill, skills_n)
        .chain(pick(ElementKind::Knowledge, knowledge_n))
        .map(|d| {
            let name = c.element_by_id(d.element).unwrap().name.clone();
            (
                name,
                ((f64::from(d.importance) / 20.0).round() as u8).clamp(1, 5),
            )
        })
        .collect()
}

/// A profile made of an occupation's `skills` most important skills and
/// `knowledge` most important knowledge areas ([`ratings_of`]; enjoyment 3).
fn profile_of(c: &Catalog, index: usize, skills_n: usize, knowledge_n: usize) -> Network {
    let mut skills: Vec<SkillRating> = Vec::new();
    for (name, p) in ratings_of(c, index, skills_n, knowledge_n) {
        let r = SkillRating::new(&name, p, 3).unwrap();
        // Mathematics is both a skill and a knowledge area: one profile entry.
        match skills.iter_mut().find(|s| s.skill == r.skill) {
            Some(s) => s.proficiency = s.proficiency.max(r.proficiency),
            None => skills.push(r),
        }
    }
    Network::new(Profile {
        name: "Test".into(),
        skills,
        ..Profile::default()
    })
    .unwrap()
}

/// Issue 12, point 1: does the ranking agree with how occupations relate?
///
/// The check outside this repository feeds an occupation's whole rating
/// list (its 20 skills and 15 knowledge areas, proficiency = importance /
/// 20, enjoyment 3) through `fit` and counts how many of O\*NET's
/// published related occupations are among the ten best others. O\*NET's
/// related lists are not shipped here, so this test measures proxies:
/// - **sibling recall@10**: of the occupations in the same SOC broad group
///   (`29-114x`: Registered Nurses, Acute Care Nurses, Critical Care
///   Nurses…), the share among the ten best others (out of at most ten);
/// - **family precision@10**: the share of the ten best others in the same
///   SOC group of the first three digits (`29-11`);
/// - **title overlap@10**: the share of the ten best others among the ten
///   occupations whose alternate job titles are most alike (TF-IDF cosine
///   over title words, `alternate_titles.csv`).
///
/// `fit` never reads SOC codes, so the first two are independent of it.
/// The third no longer is: since `fit` ranks the relatives of the best
/// matches near them by their job titles (closeness, step 7 of its docs,
/// with its own tokenizer), title overlap is reported but is not evidence.
///
/// The method's constants (the discount's square root, the 0.3 share of
/// the whole-profile correlation, the imputation 10 points below the least
/// listed, the unlisted level 30, the inferred-interest weight; then
/// closeness's 0.25 share, five best matches, 0.02 scale and 0.3 floor) were chosen on the
/// even-numbered occupations in code order; this test measures the
/// odd-numbered ones, which were not looked at while choosing. Before
/// issue 12 the same measure gave sibling recall 0.325, family precision
/// 0.192; before closeness, 0.398 and 0.234 (BENCHMARKS.md).
/// For each occupation, the ten others whose alternate titles are most
/// alike: TF-IDF over title words (stopwords and generic rank words left
/// out), cosine, ties by catalogue order.
fn title_neighbours(c: &Catalog, wanted: impl Fn(usize) -> bool) -> Vec<Vec<String>> {
    use std::collections::HashMap;
    const STOP: &[&str] = &[
        "and",
        "the",
        "for",
        "with",
        "senior",
        "junior",
        "assistant",
        "lead",
        "chief",
        "manager",
        "director",
        "specialist",
        "technician",
        "worker",
        "workers",
        "operator",
        "supervisor",
    ];
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/onet/alternate_titles.csv"),
    )
    .unwrap();
    let index: HashMap<&str, usize> = c
        .occupations()
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code.as_str(), i))
        .collect();
    let n = c.occupations().len();
    let mut docs: Vec<HashMap<String, f64>> = vec![HashMap::new(); n];
    for line in text.lines().skip(1) {
        let Some((code, title)) = line.split_once(',') else {
            continue;
        };
        let Some(&i) = index.get(code) else { continue };
        for w in title
            .to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.len() > 2 && !STOP.contains(w))
        {
            *docs[i].entry(w.to_string()).or_default() += 1.0;
        }
    }
    let mut df: HashMap<String, f64> = HashMap::new();
    for d in &docs {
        for w in d.keys() {
            *df.entry(w.clone()).or_default() += 1.0;
        }
    }
    for d in &mut docs {
        for (w, v) in d.iter_mut() {
            *v = (1.0 + v.ln()) * (n as f64 / df[w]).ln();
        }
        let norm = d.values().map(|x| x * x).sum::<f64>().sqrt().max(1e-9);
        d.values_mut().for_each(|v| *v /= norm);
    }
    // Each document's words in a fixed order, so every sum runs the same way.
    let sorted: Vec<Vec<(&String, f64)>> = docs
        .iter()
        .map(|d| {
            let mut words: Vec<(&String, f64)> = d.iter().map(|(w, x)| (w, *x)).collect();
            words.sort_by(|a, b| a.0.cmp(b.0));
            words
        })
        .collect();
    (0..n)
        .map(|i| {
            if !wanted(i) {
                return Vec::new();
            }
            let mut v: Vec<(usize, f64)> = (0..n)
                .filter(|&j| j != i)
                .map(|j| {
                    let dot = sorted[i]
                        .iter()
                        .map(|(w, x)| x * docs[j].get(*w).copied().unwrap_or(0.0))
                        .sum::<f64>();
                    (j, dot)
                })
                .collect();
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.into_iter()
                .take(10)
                .map(|(j, _)| c.occupations()[j].code.as_str().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn related_occupations_rank_near_each_other() {
    let c = catalog();
    let mut options = FitOptions::default();
    options.top = 30;
    let n = c.occupations().len();
    let step: usize = std::env::var("INROADS_RELATED_STEP")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 6 } else { 2 });
    // The occupations measured: 1, 1 + step, … (`i % step == 1` missed
    // them all with a step of 1).
    let by_titles = title_neighbours(c, |i| i >= 1 && (i - 1) % step == 0);
    // Two measurements: over the whole catalogue, and like for like with
    // the catalogue before O*NET 29.0's 44 unrated occupations came in
    // (rated occupations only, the estimated ones left out of the lists).
    #[derive(Default)]
    struct Tally {
        recall: f64,
        with_siblings: u32,
        precision: f64,
        overlap: f64,
        measured: u32,
    }
    let (mut whole, mut rated) = (Tally::default(), Tally::default());
    for i in (1..n).step_by(step) {
        let me = &c.occupations()[i];
        let net = profile_of(c, i, 20, 15);
        let report = fit(net.profile(), net.industries(), c, &options);
        for (tally, like_before) in [(&mut whole, false), (&mut rated, true)] {
            if like_before && me.estimated {
                continue;
            }
            let keep = |o: &inroads::Occupation| !(like_before && o.estimated);
            let others: Vec<&str> = report
                .occupations
                .iter()
                .filter(|o| o.code != me.code && !(like_before && o.estimated))
                .map(|o| o.code.as_str())
                .take(10)
                .collect();
            let siblings: Vec<&str> = c
                .occupations()
                .iter()
                .filter(|o| keep(o))
                .map(|o| o.code.as_str())
                .filter(|code| *code != me.code.as_str() && code[..6] == me.code.as_str()[..6])
                .collect();
            if !siblings.is_empty() {
                let found = others.iter().filter(|o| siblings.contains(o)).count();
                tally.recall += found as f64 / siblings.len().min(10) as f64;
                tally.with_siblings += 1;
            }
            tally.precision += others
                .iter()
                .filter(|o| o[..5] == me.code.as_str()[..5])
                .count() as f64
                / 10.0;
            tally.overlap += others
                .iter()
                .filter(|o| by_titles[i].iter().any(|t| t == *o))
                .count() as f64
                / 10.0;
            tally.measured += 1;
        }
    }
    let figures = |t: &Tally| {
        (
            t.recall / f64::from(t.with_siblings),
            t.precision / f64::from(t.measured),
            t.overlap / f64::from(t.measured),
        )
    };
    let (recall, precision, overlap) = figures(&whole);
    let (rated_recall, rated_precision, _) = figures(&rated);
    println!(
        "held-out relatedness over {} occupations: sibling recall@10 {recall:.3} ({} with siblings), family precision@10 {precision:.3}, title overlap@10 {overlap:.3}; like for like over the {} rated ones: {rated_recall:.3} / {rated_precision:.3}",
        whole.measured, whole.with_siblings, rated.measured
    );
    // Like for like, the bars are those before O*NET 29.0 (held-out
    // release measurement then: sibling recall 0.616, family precision
    // 0.317 over every other occupation; 0.616 / 0.313 over all 878
    // measured at 4bd1213; 0.398 / 0.234 before fit ranked the relatives
    // of the best matches near them, 0.325 / 0.192 before issue 12). Over
    // the whole catalogue the new occupations count as siblings to find,
    // and as others that take places in the lists: bars just below the
    // release measurement (0.590 / 0.309). The debug build measures every
    // sixth occupation only. The SOC proxies are independent of fit,
    // which never reads SOC codes. Title overlap no longer is (fit
    // compares job titles, with its own tokenizer): its bar stays.
    let (bars, whole_bars) = if cfg!(debug_assertions) {
        ((0.56, 0.29), (0.55, 0.29))
    } else {
        ((0.59, 0.30), (0.58, 0.30))
    };
    assert!(
        rated_recall >= bars.0 && rated_precision >= bars.1,
        "like for like: {rated_recall:.3} / {rated_precision:.3} < {bars:?}"
    );
    assert!(
        recall >= whole_bars.0,
        "sibling recall@10 {recall:.3} < {}",
        whole_bars.0
    );
    assert!(
        precision >= whole_bars.1,
        "family precision@10 {precision:.3} < {}",
        whole_bars.1
    );
    assert!(overlap >= 0.225, "title overlap@10 {overlap:.3} < 0.225");
}

#[test]
fn partial_profiles_retrieve_their_occupation() {
    let c = catalog();
    let options = {
        let mut o = FitOptions::default();
        o.top = 5;
        o
    };
    let (mut top1, mut top5) = (0, 0);
    let n = c.occupations().len();
    for i in 0..n {
        let net = partial_profile(c, i);
        let report = fit(net.profile(), net.industries(), c, &options);
        assert!(
            report.unmatched.is_empty(),
            "catalogue names must match exactly"
        );
        let code = &c.occupations()[i].code;
        match report.occupations.iter().position(|o| &o.code == code) {
            Some(0) => {
                top1 += 1;
                top5 += 1
            }
            Some(_) => top5 += 1,
            None => {}
        }
    }
    let (p1, p5) = (top1 as f64 / n as f64, top5 as f64 / n as f64);
    eprintln!("partial-profile retrieval: top-1 {p1:.3}, top-5 {p5:.3} over {n} occupations");
    assert!(p5 >= 0.90, "top-5 {p5:.3} < 0.90");
    assert!(p1 >= 0.65, "top-1 {p1:.3} < 0.65");
}

/// Lightly perturbs a title: case, `and` ↔ `&`, `Senior` ↔ `Sr.`.
fn perturb(title: &str, rng: &mut crate::SplitMix64) -> String {
    let mut t = title.to_string();
    if t.contains(" and ") {
        t = t.replace(" and ", " & ");
    } else if t.contains(" & ") {
        t = t.replace(" & ", " and ");
    }
    if t.contains("Senior") {
        t = t.replace("Senior", "Sr.");
    } else if t.contains("Sr.") {
        t = t.replace("Sr.", "Senior");
    }
    match rng.below(3) {
        0 => t.to_uppercase(),
        1 => t.to_lowercase(),
        _ => t,
    }
}

#[test]
fn perturbed_alternate_titles_find_their_occupation() {
    let c = catalog();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/onet/alternate_titles.csv"
    );
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let rows: Vec<(String, String)> = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    assert_eq!(rows.len(), 47_157);
    let mut rng = crate::SplitMix64::new(2026);
    let sample = 2_000;
    let mut hits = 0;
    for _ in 0..sample {
        let (code, title) = &rows[rng.below(rows.len() as u64) as usize];
        let query = perturb(title, &mut rng);
        let found = c.match_title(&query, 3);
        if found.iter().any(|f| f.code.as_str() == code) {
            hits += 1;
        }
    }
    let rate = hits as f64 / sample as f64;
    eprintln!("title retrieval: {rate:.3} of {sample} perturbed alternate titles in the top 3");
    assert!(rate >= 0.85, "title retrieval {rate:.3} < 0.85");
}

#[test]
fn title_matching_tolerates_how_people_write_titles() {
    let c = catalog();
    let code = |t: &str| {
        c.match_title(t, 3)
            .into_iter()
            .map(|x| x.code)
            .collect::<Vec<_>>()
    };
    // The same title, written differently, gives the same answer.
    let a = code("Sr. Director, Learning & Development");
    assert!(!a.is_empty());
    assert_eq!(a, code("senior director of learning and development"));
    assert_eq!(a, code("Development & Learning Director, Senior"));
    let hr = code("VP People Ops");
    assert!(!hr.is_empty(), "VP People Ops found nothing");
    assert!(c.match_title("", 3).is_empty());
    assert!(c.match_title("!!! ???", 3).is_empty());
    assert!(c.match_title("qwxz vbnm", 3).is_empty());
    // Confidence is ordered and bounded.
    let found = c.match_title("Chief Executive Officer", 5);
    assert_eq!(found[0].code, "11-1011.00");
    assert!(found.windows(2).all(|w| w[0].confidence >= w[1].confidence));
    assert!(found
        .iter()
        .all(|f| f.confidence > 0.0 && f.confidence <= 1.0));
}

#[test]
fn the_persona_ranks_education_first() {
    let net = sample::teacher_candidate().unwrap();
    let report = fit(
        net.profile(),
        net.industries(),
        catalog(),
        &FitOptions::default(),
    );
    assert_eq!(
        report.fields[0].code,
        FieldCode::parse("25").unwrap(),
        "{:#?}",
        report.fields[..3].to_vec()
    );
    assert_eq!(report.fields[0].name, "Educational Instruction and Library");
    assert_eq!(report.occupations[0].field.get(), 25);
}

#[test]
fn excluding_education_explains_every_result() {
    let net = sample::teacher_candidate().unwrap();
    let options = {
        let mut o = FitOptions::default();
        o.top = 10;
        o.exclude_fields = vec![FieldCode::parse("25").unwrap()];
        o
    };
    let report = fit(net.profile(), net.industries(), catalog(), &options);
    assert_eq!(report.occupations.len(), 10);
    assert!(report.fields.iter().all(|f| f.code.get() != 25));
    for o in &report.occupations {
        assert_ne!(o.field.get(), 25);
        assert!(o.score > 0.0 && o.score <= 100.0);
        assert!(!o.matching.is_empty(), "{} has no matching skills", o.title);
        let share: f64 = o.matching.iter().map(|m| m.share).sum();
        assert!(
            (share - 1.0).abs() < 0.05,
            "{}: shares sum to {share}",
            o.title
        );
        assert!(o.gaps.len() <= 5);
    }
    assert!(report
        .occupations
        .windows(2)
        .all(|w| w[0].score >= w[1].score));
    // The persona lists Curriculum Design (in the vocabulary) and Microsoft
    // PowerPoint (unmatched before the vocabulary; O*NET 29.0's full
    // technology table names it), and nothing is left unmatched.
    assert!(report
        .matched
        .iter()
        .any(|m| m.skill.name() == "Curriculum Design" && m.how == MatchHow::Synonym));
    let ppt = report
        .matched
        .iter()
        .find(|m| m.skill.name() == "Microsoft PowerPoint")
        .unwrap();
    assert_eq!(
        ppt.to_string(),
        "Microsoft PowerPoint → Microsoft PowerPoint (technology)"
    );
    assert!(report.unmatched.is_empty(), "{:?}", report.unmatched);
}

#[test]
fn include_fields_and_min_score() {
    let net = sample::teacher_candidate().unwrap();
    let only = FieldCode::parse("27").unwrap();
    let report = fit(net.profile(), net.industries(), catalog(), &{
        let mut o = FitOptions::default();
        o.top = 50;
        o.include_fields = vec![only];
        o.min_score = 20.0;
        o
    });
    assert!(report
        .occupations
        .iter()
        .all(|o| o.field == only && o.score >= 20.0));
    assert!(report.fields.iter().all(|f| f.code == only));
}

#[test]
fn hated_skills_pull_a_ranking_down() {
    let c = catalog();
    let profile = |enjoy_programming: u8| {
        Network::new(Profile {
            skills: vec![
                SkillRating::new("Programming", 5, enjoy_programming).unwrap(),
                SkillRating::new("Instructing", 5, 3).unwrap(),
                SkillRating::new("Education and Training", 5, 3).unwrap(),
                SkillRating::new("Computers and Electronics", 5, 3).unwrap(),
            ],
            ..Profile::default()
        })
        .unwrap()
    };
    let score = |net: &Network, code: &str| {
        fit(net.profile(), net.industries(), c, &{
            let mut o = FitOptions::default();
            o.top = 879;
            o
        })
        .occupations
        .iter()
        .position(|o| o.code == code)
        .unwrap()
    };
    let dev = "15-1251.00"; // Computer Programmers
    assert!(
        score(&profile(1), dev) > score(&profile(5), dev),
        "hating programming must rank developers lower"
    );
}

#[test]
fn generic_skills_are_discounted() {
    let c = catalog();
    let only = |skill: &str| {
        let net = Network::new(Profile {
            skills: vec![SkillRating::new(skill, 5, 3).unwrap()],
            ..Profile::default()
        })
        .unwrap();
        let r = fit(net.profile(), net.industries(), c, &{
            let mut o = FitOptions::default();
            o.top = 879;
            o
        });
        let scores: Vec<f64> = r.occupations.iter().map(|o| o.score).collect();
        scores[0] - scores[scores.len() / 2]
    };
    // A distinctive skill separates occupations far more than a generic one.
    assert!(only("Programming") > only("Active Listening") * 2.0);
}

#[test]
fn skill_matching_reports_how() {
    let c = catalog();
    let m = |s: &str| c.match_skill(&Skill::new(s).unwrap());
    assert_eq!(m("Teaching").unwrap().element_name, "Instructing");
    assert_eq!(m("public-speaking").unwrap().element_name, "Speaking");
    assert_eq!(m("PYTHON").unwrap().how, MatchHow::Exact);
    assert_eq!(m("English").unwrap().element_name, "English Language");
    assert!(m("Underwater basket weaving").is_none());
}

/// A one-occupation catalogue (Office Supervisors, one skill), the
/// required tables only: the base the table tests vary.
pub(crate) fn office_tables() -> inroads::CatalogTables<'static> {
    inroads::CatalogTables {
        major_groups: "major_group,name\n43,Office\n",
        occupations: "code,title,major_group\n43-1011.00,Office Supervisors,43\n",
        ratings: "code,kind,name,importance\n43-1011.00,skill,Coordination,80\n",
        technologies: "code,technology\n",
        alternate_titles: "code,title\n",
        interests: None,
        job_zones: None,
        employment: None,
        vocabulary: None,
        reported_titles: None,
        extra_titles: None,
        tasks: None,
        dwas: None,
        task_dwas: None,
        tools: None,
        jargon: None,
    }
}

#[test]
fn a_custom_catalogue_matches_close_names() {
    use inroads::CatalogTables;
    let c = Catalog::from_tables(CatalogTables {
        technologies: "code,technology\n43-1011.00,Microsoft Excel\n",
        alternate_titles: "code,title\n43-1011.00,Office Manager\n",
        ..office_tables()
    })
    .unwrap();
    let m = c.match_skill(&Skill::new("Excel").unwrap()).unwrap();
    assert_eq!(m.element_name, "Microsoft Excel");
    assert_eq!(c.match_title("office mgr", 1)[0].code, "43-1011.00");
}

#[test]
fn bad_tables_name_the_table_and_line() {
    use inroads::CatalogTables;
    let good = office_tables();
    let cases = [
        (
            CatalogTables {
                ratings: "code,kind,name,importance\n43-1011.00,skill,Coordination,180\n",
                ..good
            },
            "occupation_ratings.csv, line 2",
        ),
        (
            CatalogTables {
                occupations: "code,title,major_group\n43-1011.00,Office Supervisors,99\n",
                ..good
            },
            "occupations.csv, line 2",
        ),
        (
            // Found by the catalog fuzz target: a code filed under another
            // major group than its first two digits.
            CatalogTables {
                major_groups: "major_group,name\n43,Office\n41,Sales\n",
                occupations: "code,title,major_group\n41-1011.00,Sales Supervisors,43\n",
                ..good
            },
            "occupations.csv, line 2",
        ),
        (
            CatalogTables {
                alternate_titles: "code,title\n11-0000.00,Nobody\n",
                ..good
            },
            "alternate_titles.csv, line 2",
        ),
        (
            CatalogTables {
                major_groups: "group,name\n43,Office\n",
                ..good
            },
            "major_groups.csv, line 1",
        ),
        (
            CatalogTables {
                ratings: "code,kind,name,importance\n43-1011.00,talent,Coordination,80\n",
                ..good
            },
            "talent",
        ),
        (
            CatalogTables {
                employment: Some(
                    "naics,soc,employment,annual_median_wage\n000000,000000,100,50\n000000,431011,lots,60000\n",
                ),
                ..good
            },
            "employment.csv, line 3",
        ),
        (
            CatalogTables {
                job_zones: Some("code,job_zone\n43-1011.00,6\n"),
                ..good
            },
            "job_zones.csv, line 2",
        ),
        (
            CatalogTables {
                interests: Some("code,realistic,investigative,artistic,social,enterprising,conventional,holland\n43-1011.00,1,2,3,4,5,9,C\n"),
                ..good
            },
            "interests.csv, line 2",
        ),
        (
            CatalogTables {
                vocabulary: Some("phrase,element,kind\nTeamwork,Coordination,knowledge\n"),
                ..good
            },
            "vocabulary.csv, line 2",
        ),
    ];
    for (tables, needle) in cases {
        let err = Catalog::from_tables(tables).unwrap_err();
        assert!(err.to_string().contains(needle), "{needle}: {err}");
    }
}

/// Held-out job titles: written for this test the way people say them, each
/// checked not to be in the alternate-title table the matcher indexes, with
/// the occupation a person would mean (SOC codes from the O*NET site, not
/// from the matcher's output). Written once before the first run and not
/// adjusted to the results; the bar is below what was measured (see
/// BENCHMARKS.md for the figure and how it was made).
const HELD_OUT_TITLES: &[(&str, &[&str])] = &[
    ("icu nurse on nights", &["29-1141"]),
    ("english teacher at a high school", &["25-2031"]),
    ("7th grade science teacher", &["25-2022"]),
    ("barista at a coffee shop", &["35-3023"]),
    ("forklift guy", &["53-7051"]),
    ("line cook in a busy kitchen", &["35-2014"]),
    ("backend software dev", &["15-1252"]),
    ("bookkeeper for small firms", &["43-3031"]),
    ("dental hygenist", &["29-1292"]),
    ("licensed electrician, commercial jobs", &["47-2111"]),
    ("paralegal at a law firm", &["23-2011"]),
    ("long haul trucker", &["53-3032"]),
    ("pharmacy tech", &["29-2052"]),
    ("social worker at the hospital", &["21-1022"]),
    (
        "educator at a history museum",
        &["25-4012", "25-9031", "25-4013"],
    ),
    ("hr business partner", &["13-1071", "11-3121"]),
    ("data analyst, marketing", &["15-2051", "13-1161"]),
    ("picker in a warehouse", &["53-7065", "53-7062"]),
    ("physical therapy assistant", &["31-2021"]),
    ("preschool teacher", &["25-2011"]),
    ("ux designer", &["15-1255", "27-1021"]),
    ("customer service rep at a call centre", &["43-4051"]),
    ("clerk in accounts payable", &["43-3031"]),
    ("plumber's apprentice", &["47-2152", "47-3015"]),
    ("librarian at an elementary school", &["25-4022"]),
    ("project manager, construction", &["11-9021", "13-1082"]),
    ("veterinary tech", &["29-2056"]),
    ("teller at the bank", &["43-3071"]),
    ("cashier at a grocery store", &["41-2011"]),
    ("registered nurse, er", &["29-1141"]),
];

/// Held-out everyday skill phrases and the catalogue element a person
/// means by each (written the same way as the titles).
const HELD_OUT_SKILLS: &[(&str, &[&str])] = &[
    ("public speaking", &["Speaking"]),
    ("teaching", &["Instructing", "Education and Training"]),
    ("coding", &["Programming", "Computers and Electronics"]),
    ("math", &["Mathematics"]),
    ("problem solving", &["Complex Problem Solving"]),
    ("listening", &["Active Listening"]),
    (
        "customer service",
        &["Customer and Personal Service", "Service Orientation"],
    ),
    (
        "budgeting",
        &[
            "Management of Financial Resources",
            "Economics and Accounting",
        ],
    ),
    ("writing reports", &["Writing"]),
    ("critical thinking", &["Critical Thinking"]),
    ("managing people", &["Management of Personnel Resources"]),
    ("negotiating", &["Negotiation"]),
    ("persuading people", &["Persuasion"]),
    (
        "training staff",
        &["Instructing", "Training and Development"],
    ),
    ("bookkeeping", &["Economics and Accounting"]),
    ("spreadsheets", &["Microsoft Excel", "Spreadsheet software"]),
    (
        "first aid",
        &["Medicine and Dentistry", "Therapy and Counseling"],
    ),
    (
        "fixing machines",
        &["Repairing", "Equipment Maintenance", "Mechanical"],
    ),
    ("statistics", &["Mathematics"]),
    ("scheduling", &["Time Management"]),
];

#[test]
fn held_out_titles_and_skill_phrases() {
    let c = catalog();
    let alternate = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/onet/alternate_titles.csv"),
    )
    .unwrap()
    .to_lowercase();
    let mut title_hits = 0;
    let mut misses = Vec::new();
    for (title, codes) in HELD_OUT_TITLES {
        assert!(
            !alternate
                .lines()
                .any(|l| l.split_once(',').is_some_and(|(_, t)| t == *title)),
            "{title:?} is in the indexed table: not held out"
        );
        let found = c.match_title(title, 3);
        if found
            .iter()
            .any(|f| codes.iter().any(|code| f.code.as_str().starts_with(code)))
        {
            title_hits += 1;
        } else {
            misses.push(format!(
                "{title} → {:?}",
                found
                    .iter()
                    .map(|f| f.occupation.as_str())
                    .collect::<Vec<_>>()
            ));
        }
    }
    let mut skill_hits = 0;
    for (phrase, names) in HELD_OUT_SKILLS {
        let m = c.match_skill(&inroads::Skill::new(phrase).unwrap());
        match m {
            Some(m)
                if names
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(&m.element_name)) =>
            {
                skill_hits += 1
            }
            other => misses.push(format!("{phrase} → {:?}", other.map(|m| m.element_name))),
        }
    }
    let titles = title_hits as f64 / HELD_OUT_TITLES.len() as f64;
    let skills = skill_hits as f64 / HELD_OUT_SKILLS.len() as f64;
    println!(
        "held-out titles in top 3: {title_hits}/{} = {titles:.2}; skill phrases matched: {skill_hits}/{} = {skills:.2}\nmisses:\n  {}",
        HELD_OUT_TITLES.len(),
        HELD_OUT_SKILLS.len(),
        misses.join("\n  ")
    );
    // Bars set below the first measurement (recorded in BENCHMARKS.md): a
    // drop means held-out quality got worse, not that a test input moved.
    assert!(
        titles >= TITLE_BAR,
        "held-out titles {titles:.2} < {TITLE_BAR}"
    );
    assert!(
        skills >= SKILL_BAR,
        "held-out skill phrases {skills:.2} < {SKILL_BAR}"
    );
}

/// Issue 12, point 6: the vocabulary on everyday phrases it was not built
/// from. Two files in `tests/fixtures/`, each written by a separate session
/// that never saw the vocabulary, with the elements a careful counsellor
/// would accept for each phrase:
/// - `held_out_skill_phrases.csv` (80 phrases, thirteen fields, a few
///   typos): measured once before the close-phrase rule (0.59), whose
///   misses were then read — after the rule it measures 0.79, but it is no
///   longer held out;
/// - `held_out_skill_phrases_2.csv` (60 phrases, six fields): written after
///   that, measured only with the method as it stands — the clean figure.
///
/// A phrase counts as matched when any element the match names (main or
/// further) is acceptable.
#[test]
fn held_out_everyday_phrases() {
    let (seen, seen_total) = phrase_hits("held_out_skill_phrases.csv");
    let (fresh, fresh_total) = phrase_hits("held_out_skill_phrases_2.csv");
    let (long, long_total) = phrase_hits("held_out_skill_phrases_3.csv");
    assert_eq!((seen_total, fresh_total, long_total), (80, 60, 80));
    let long = f64::from(long) / f64::from(long_total);
    assert!(long >= LONG_BAR, "third phrase set {long:.2} < {LONG_BAR}");
    let seen = f64::from(seen) / f64::from(seen_total);
    let fresh = f64::from(fresh) / f64::from(fresh_total);
    assert!(seen >= SEEN_BAR, "first phrase set {seen:.2} < {SEEN_BAR}");
    assert!(
        fresh >= FRESH_BAR,
        "second phrase set {fresh:.2} < {FRESH_BAR}"
    );
}

/// Matches every phrase of a fixture, prints the figure and the misses,
/// and returns (acceptable matches, phrases).
fn phrase_hits(file: &str) -> (u32, u32) {
    let c = catalog();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(file),
    )
    .unwrap();
    let (mut hits, mut unmatched, mut total, mut suggested) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in text.lines().skip(1) {
        let (phrase, acceptable) = line.rsplit_once(',').unwrap();
        let phrase = phrase.trim_matches('"');
        let acceptable: Vec<&str> = acceptable.split('|').collect();
        total += 1;
        let skill = Skill::new(phrase).unwrap();
        match c.match_skill(&skill) {
            Some(m) => {
                let names: Vec<&str> = std::iter::once(m.element_name.as_str())
                    .chain(m.also.iter().map(|(n, _)| n.as_str()))
                    .collect();
                if names.iter().any(|n| acceptable.contains(n)) {
                    hits += 1;
                } else {
                    misses.push(format!("{phrase} → {names:?}"));
                }
            }
            None => {
                unmatched += 1;
                let s = c.suggest_skills(&skill, 3);
                suggested += u32::from(!s.is_empty());
                misses.push(format!("{phrase} → nothing; did you mean {s:?}"));
            }
        }
    }
    println!(
        "{file}: {hits}/{total} = {:.2} matched acceptably; {unmatched} unmatched ({suggested} with suggestions)\nmisses:\n  {}",
        f64::from(hits) / f64::from(total),
        misses.join("\n  ")
    );
    (hits, total)
}

const SEEN_BAR: f64 = 0.75;
const FRESH_BAR: f64 = 0.80;
const LONG_BAR: f64 = 0.70;
const TITLE_BAR: f64 = 0.80;
const SKILL_BAR: f64 = 0.60;

/// Issue 12, point 4 (a first part): the industries the skills transfer to,
/// from BLS OEWS. The persona's skills lead to Educational Services; the
/// ownership rows are never ranked; two O*NET codes sharing one SOC code
/// count once.
#[test]
fn industries_from_the_labour_market() {
    let c = catalog();
    let market = inroads::LabourMarket::builtin().unwrap();
    let net = inroads::sample::teacher_candidate().unwrap();
    let mut o = FitOptions::default();
    o.top = c.occupations().len();
    let report = fit(net.profile(), net.industries(), c, &o);
    let scores: Vec<_> = report
        .occupations
        .iter()
        .map(|x| (x.code.clone(), x.score))
        .collect();
    let ranked = market.rank(&scores, c, 10);
    assert_eq!(ranked[0].naics, "61--62", "{:?}", ranked[0].name);
    assert!(ranked[0].concentration > 2.0, "{}", ranked[0].concentration);
    assert!(ranked[0].median_wage.is_some());
    assert!(ranked
        .iter()
        .all(|r| !["999101", "999201", "999301"].contains(&r.naics.as_str())));
    // Chief executives: 11-1011.00 and 11-1011.03 share SOC 111011.
    let one = [(inroads::OccupationCode::parse("11-1011.00").unwrap(), 90.0)];
    let both = [
        (inroads::OccupationCode::parse("11-1011.00").unwrap(), 90.0),
        (inroads::OccupationCode::parse("11-1011.03").unwrap(), 90.0),
    ];
    let a = market.rank(&one, c, 50);
    let b = market.rank(&both, c, 50);
    assert_eq!(
        a.iter().map(|r| r.employment).sum::<u64>(),
        b.iter().map(|r| r.employment).sum::<u64>(),
        "a shared SOC code is counted once"
    );
    // No skills, no ranking.
    assert!(market.rank(&[], c, 5).is_empty());
}

/// Issue 12, point 7: personas beyond the seed's teacher rank their own
/// occupations first and plausible transfer targets after.
#[test]
fn a_nurse_ranks_as_a_nurse_and_never_as_a_dentist() {
    let c = catalog();
    let net = sample::nurse_moving_to_health_tech().unwrap();
    let mut options = FitOptions::default();
    options.top = 10;
    let report = fit(net.profile(), net.industries(), c, &options);
    let codes: Vec<&str> = report.occupations.iter().map(|o| o.code.as_str()).collect();
    // Her everyday words all match, each explained.
    assert!(report.unmatched.is_empty(), "{:?}", report.unmatched);
    let ehr = report
        .matched
        .iter()
        .find(|m| m.skill.name() == "EHR")
        .unwrap();
    assert_eq!(ehr.element_name, "Epic Systems");
    assert_eq!(ehr.kind, ElementKind::Technology);
    // Registered Nurses or Critical Care Nurses in the top 5 …
    assert!(
        codes[..5]
            .iter()
            .any(|c| ["29-1141.00", "29-1141.03"].contains(c)),
        "{codes:?}"
    );
    // … and no dental or podiatry occupation in the top 10.
    for o in &report.occupations {
        let t = o.title.to_lowercase();
        assert!(
            !t.contains("dent") && !t.contains("podiat") && !t.contains("coroner"),
            "{} in the top 10: {codes:?}",
            o.title
        );
    }
    // She gave no interests: they are inferred from what she enjoys most,
    // and the report says so.
    let signal = report.interests.as_ref().unwrap();
    assert!(matches!(
        &signal.source,
        inroads::InterestSource::Inferred { from } if from.contains(&"Patient education".to_string())
    ));
    assert!(signal
        .to_string()
        .starts_with("interests inferred from the skills you enjoy most"));
    // Figures from BLS: Registered Nurses employ 3.38 million at a median
    // of $97,550 (OEWS May 2025), and the Critical Care Nurses share the SOC.
    let rn = report
        .occupations
        .iter()
        .find(|o| o.code.as_str() == "29-1141.00")
        .unwrap();
    assert_eq!(
        (rn.employment, rn.median_wage),
        (Some(3_379_720), Some(97_550))
    );
}

#[test]
fn a_warehouse_supervisor_sees_logistics_and_the_training_it_asks() {
    let c = catalog();
    let net = sample::warehouse_supervisor_to_logistics().unwrap();
    let mut options = FitOptions::default();
    options.top = 10;
    let report = fit(net.profile(), net.industries(), c, &options);
    let codes: Vec<&str> = report.occupations.iter().map(|o| o.code.as_str()).collect();
    // His own occupations (first-line supervisors of material movers) in the top 5.
    assert!(
        codes[..5].iter().any(|c| c.starts_with("53-104")),
        "{codes:?}"
    );
    // Plausible transfer targets in the top 10: supply-chain management,
    // freight forwarding, production planning.
    assert!(
        codes
            .iter()
            .any(|c| ["11-3071.04", "43-5011.01", "43-5061.00", "13-1081.00"].contains(c)),
        "{codes:?}"
    );
    // Logistics management (11-3071: transportation, storage and
    // distribution managers, supply chain managers) is among them.
    // He gave his interests (ECR) and preparation (zone 2): a zone-4
    // occupation is flagged, not hidden, with what it usually takes.
    assert_eq!(
        report.interests.as_ref().unwrap().source,
        inroads::InterestSource::Given
    );
    let scm = report
        .occupations
        .iter()
        .find(|o| o.code.as_str().starts_with("11-3071"))
        .unwrap_or_else(|| panic!("no 11-3071 occupation in {codes:?}"));
    assert_eq!(
        scm.training.unwrap().to_string(),
        "needs more training: usually a bachelor's degree (job zone 4, yours 2)"
    );
    // Both 11-3071 occupations are EC: his Enterprising and Conventional
    // high points are named (Realistic too where theirs is above its mean).
    use inroads::Interest::{Conventional, Enterprising};
    assert!(
        scm.interests.starts_with(&[Enterprising, Conventional]),
        "{:?}",
        scm.interests
    );
    assert!(inroads::interest_phrase(&scm.interests)
        .unwrap()
        .starts_with("matches your Enterprising"));
    // max_zone filters instead.
    options.max_zone = Some(inroads::JobZone::new(3).unwrap());
    let capped = fit(net.profile(), net.industries(), c, &options);
    assert_eq!(capped.occupations.len(), 10);
    assert!(capped
        .occupations
        .iter()
        .all(|o| o.job_zone.is_some_and(|z| z.get() <= 3) && o.training.is_none()));
}

/// Interests move a ranking the way the job seeker says: the same skills
/// with Artistic interests rank artistic work higher than with
/// Conventional ones.
#[test]
fn given_interests_change_the_ranking() {
    let c = catalog();
    let mut net = sample::teacher_candidate().unwrap();
    let mut options = FitOptions::default();
    options.top = 879;
    let rank = |net: &Network, code: &str| {
        fit(net.profile(), net.industries(), c, &options)
            .occupations
            .iter()
            .position(|o| o.code.as_str() == code)
            .unwrap()
    };
    let mut profile = net.profile().clone();
    profile.interests = Some("AES".parse().unwrap());
    net.set_profile(profile.clone()).unwrap();
    let artistic = rank(&net, "27-3043.00"); // Writers and Authors
    profile.interests = Some("CER".parse().unwrap());
    net.set_profile(profile).unwrap();
    let conventional = rank(&net, "27-3043.00");
    assert!(artistic + 20 < conventional, "{artistic} vs {conventional}");
}

/// Found in review: the technology sums ran in a hash map's order, so the
/// same profile could score differently from one call to the next (a
/// score 20.1 on one call, 20.2 on the next, and the inferred interests
/// with it). Sixty profiles of many technologies with different weights,
/// each ranked three times: one answer each.
#[test]
fn the_same_profile_ranks_the_same_every_time() {
    const TECHS: &[&str] = &[
        "Microsoft Access",
        "SAP software",
        "Microsoft Project",
        "Autodesk AutoCAD",
        "Microsoft SharePoint",
        "Adobe Photoshop",
        "Structured query language SQL",
        "Facebook",
        "Microsoft Visio",
        "Python",
        "C++",
        "Adobe Illustrator",
        "Microsoft Dynamics",
        "SAS",
        "The MathWorks MATLAB",
        "Intuit QuickBooks",
        "Adobe InDesign",
        "ESRI ArcGIS software",
        "Oracle Java",
        "IBM SPSS Statistics",
        "Extensible markup language XML",
        "Adobe Creative Cloud software",
        "Microsoft Visual Basic",
        "Microsoft SQL Server",
        "R",
        "JavaScript",
        "MEDITECH software",
        "Salesforce software",
        "Oracle Database",
        "Hypertext markup language HTML",
        "Oracle PeopleSoft",
        "C",
        "Dassault Systemes SolidWorks",
        "C#",
        "eClinicalWorks EHR software",
        "Tableau",
        "Atlassian JIRA",
        "Epic Systems",
        "Bentley MicroStation",
        "Amazon Web Services AWS software",
    ];
    let mut options = FitOptions::default();
    options.top = 879;
    let mut rng = crate::SplitMix64::new(12);
    for _ in 0..60 {
        let mut skills = vec![SkillRating::new("Writing", 4, 4).unwrap()];
        for tech in TECHS {
            if rng.below(3) == 0 {
                let (p, e) = (1 + rng.below(5) as u8, 1 + rng.below(5) as u8);
                skills.push(SkillRating::new(tech, p, e).unwrap());
            }
        }
        let net = Network::new(Profile {
            skills,
            ..Profile::default()
        })
        .unwrap();
        ranks_the_same(&net, &options, 3);
    }
}

/// Ranks one profile `times` times and asserts every ranking is the same,
/// to the bit (as JSON).
fn ranks_the_same(net: &Network, options: &FitOptions, times: usize) {
    let rank = || {
        serde_json::to_string(&fit(net.profile(), net.industries(), catalog(), options)).unwrap()
    };
    let first = rank();
    for _ in 1..times {
        assert!(rank() == first, "two rankings of one profile differ");
    }
}

/// Found in review: interests were inferred from technologies alone (which
/// tie hundreds of occupations, so the "best ten" were the first ten codes),
/// and a misspelt skill rated 5 switched inference off.
#[test]
fn interests_are_inferred_only_from_what_the_catalogue_reads() {
    let c = catalog();
    let options = FitOptions::default();
    let with = |skills: Vec<SkillRating>| {
        let net = Network::new(Profile {
            skills,
            ..Profile::default()
        })
        .unwrap();
        fit(net.profile(), net.industries(), c, &options).interests
    };
    assert_eq!(
        with(vec![SkillRating::new("Microsoft Access", 5, 5).unwrap()]),
        None
    );
    let plain = with(vec![
        SkillRating::new("Teaching", 4, 3).unwrap(),
        SkillRating::new("Writing", 4, 3).unwrap(),
    ]);
    let typo = with(vec![
        SkillRating::new("Teaching", 4, 3).unwrap(),
        SkillRating::new("Writing", 4, 3).unwrap(),
        SkillRating::new("Xyzzy frobbing", 2, 5).unwrap(),
    ]);
    assert!(plain.is_some());
    assert_eq!(plain.map(|s| s.interests), typo.map(|s| s.interests));
}

/// BLS publishes a few occupations only inside a group, and one figure for
/// an SOC code O*NET splits: both are labelled, never passed off as the
/// occupation's own.
#[test]
fn shared_employment_figures_are_labelled() {
    let c = catalog();
    let poets = c.occupation("27-3043.05").unwrap();
    let shared = poets.employment_shared.as_ref().unwrap();
    assert_eq!((shared.soc.as_str(), shared.group), ("27-3043", false));
    assert!(shared.occupations >= 2);
    assert!(shared
        .to_string()
        .starts_with("all of SOC 27-3043, shared by"));
    let grouped = c.occupation("13-2023.00").unwrap();
    let g = grouped.employment_shared.as_ref().unwrap();
    assert!(g.group, "{g:?}");
    assert!(
        g.to_string()
            .starts_with("the figure of the wider SOC group 13-202"),
        "{g}"
    );
    // Registered Nurses' figure is shared with the nursing specialties.
    assert!(c
        .occupation("29-1141.00")
        .unwrap()
        .employment_shared
        .is_some());
    // An occupation with its own SOC code has no label.
    assert!(c
        .occupation("25-2031.00")
        .unwrap()
        .employment_shared
        .is_none());
}

/// The optional tables are read as strictly as the required ones (their
/// bad rows are among the cases of `bad_tables_name_the_table_and_line`),
/// and what they say lands on the occupation.
#[test]
fn optional_tables_reach_the_occupation() {
    use inroads::CatalogTables;
    // The employment figure lands on the occupation.
    let c = Catalog::from_tables(CatalogTables {
        employment: Some("naics,soc,employment,annual_median_wage\n000000,431011,1500,61000\n"),
        ..office_tables()
    })
    .unwrap();
    let o = c.occupation("43-1011.00").unwrap();
    assert_eq!((o.employment, o.median_wage), (Some(1500), Some(61000)));
}

fn index_of(c: &Catalog, code: &str) -> usize {
    c.occupations()
        .iter()
        .position(|o| o.code.as_str() == code)
        .unwrap()
}

fn rank_of(report: &inroads::FitReport, code: &str) -> Option<usize> {
    report
        .occupations
        .iter()
        .position(|o| o.code.as_str() == code)
}

/// Closeness (step 7 of `fit`): the relatives of the best match rank near it, the best
/// match keeps its score, and `near` names the match that lifted them.
#[test]
fn the_relatives_of_the_best_match_rank_near_it() {
    let c = catalog();
    let net = profile_of(c, index_of(c, "29-1141.00"), 20, 15); // Registered Nurses
    let mut options = FitOptions::default();
    options.top = 40;
    let related = fit(net.profile(), net.industries(), c, &options);
    options.related_share = 0.0;
    let skills_only = fit(net.profile(), net.industries(), c, &options);
    // The same best match, with the same score.
    assert_eq!(related.occupations[0].code, "29-1141.00");
    assert_eq!(skills_only.occupations[0].code, "29-1141.00");
    assert_eq!(
        related.occupations[0].score,
        skills_only.occupations[0].score
    );
    assert!(related.occupations[0].near.is_none());
    // Its SOC siblings (Acute Care, Critical Care, Clinical Nurse
    // Specialists) are all among the ten best; by skills alone, Critical
    // Care Nurses were 13th and Clinical Nurse Specialists lower, behind
    // physicians and athletic trainers.
    let siblings = ["29-1141.01", "29-1141.03", "29-1141.04"];
    for sibling in siblings {
        let r = rank_of(&related, sibling);
        assert!(r.is_some_and(|r| r < 10), "{sibling}: {r:?}");
    }
    assert!(siblings
        .iter()
        .any(|s| rank_of(&skills_only, s).is_none_or(|r| r >= 10)));
    // `near` names another occupation, and only with the step on.
    let named: Vec<&inroads::RelatedOccupation> = related
        .occupations
        .iter()
        .filter_map(|o| o.near.as_ref())
        .collect();
    assert!(!named.is_empty());
    for o in &related.occupations {
        if let Some(n) = &o.near {
            assert_ne!(n.code, o.code);
            assert!(n.similarity > 0.0 && n.similarity <= 1.0);
        }
    }
    assert!(skills_only.occupations.iter().all(|o| o.near.is_none()));
}

/// With a few skills the best match is a guess: its relatives must not
/// crowd out the rest. Four nursing skills, one of them Medicine and
/// Dentistry, make Dental Hygienists the best match; at the full share its
/// dental relatives filled four of the eight best.
#[test]
fn a_few_skills_do_not_let_the_best_match_crowd_the_list() {
    let c = catalog();
    let skills = [
        ("Monitoring", 5),
        ("Critical Thinking", 5),
        ("Medicine and Dentistry", 4),
        ("Active Listening", 5),
    ]
    .iter()
    .map(|(s, p)| SkillRating::new(s, *p, 4).unwrap())
    .collect();
    let net = Network::new(Profile {
        name: "Test".into(),
        skills,
        ..Profile::default()
    })
    .unwrap();
    let dental_in_8 = |share: f64| {
        let mut options = FitOptions::default();
        options.top = 10;
        options.related_share = share;
        let report = fit(net.profile(), net.industries(), c, &options);
        let codes: Vec<String> = report
            .occupations
            .iter()
            .map(|o| o.code.to_string())
            .collect();
        let dental = codes[..8]
            .iter()
            .filter(|c| c.starts_with("29-102") || *c == "29-1292.00")
            .count();
        (dental, codes)
    };
    // O*NET 29.0's ratings alone put four dental occupations in the best
    // eight (the catalogue before it, three); closeness must add none.
    let (alone, _) = dental_in_8(0.0);
    let (dental, codes) = dental_in_8(FitOptions::default().related_share);
    assert!(dental <= alone.max(3), "{dental} > {alone}: {codes:?}");
    assert!(
        codes.iter().any(|c| c == "29-1141.03"),
        "Critical Care Nurses: {codes:?}"
    );
}

#[test]
fn related_share_is_checked() {
    for bad in [-0.1f64, 1.5, f64::NAN, f64::INFINITY] {
        let mut o = FitOptions::default();
        o.related_share = bad;
        crate::assert_kind(o.validate(), "invalid-value");
        let e = o.validate().unwrap_err();
        assert!(e.to_string().contains("related_share"), "{e}");
    }
    let mut o = FitOptions::default();
    for good in [0.0f64, 0.25, 1.0] {
        o.related_share = good;
        o.validate().unwrap();
    }
    // fit itself reads a NaN as the default and never panics on the rest.
    let net = partial_profile(catalog(), 3);
    let default = fit(
        net.profile(),
        net.industries(),
        catalog(),
        &FitOptions::default(),
    );
    o.related_share = f64::NAN;
    assert_eq!(fit(net.profile(), net.industries(), catalog(), &o), default);
    o.related_share = 7.0;
    let clamped = fit(net.profile(), net.industries(), catalog(), &o);
    o.related_share = 1.0;
    assert_eq!(clamped, fit(net.profile(), net.industries(), catalog(), &o));
}

#[test]
fn related_occupations_by_title() {
    let c = catalog();
    let nurses = c.related_occupations("29-1141.00", 5).unwrap();
    assert_eq!(nurses.len(), 5);
    assert!(nurses.iter().all(|r| r.code != "29-1141.00"));
    assert!(
        nurses
            .iter()
            .filter(|r| r.code.as_str().starts_with("29-114"))
            .count()
            >= 3,
        "{nurses:?}"
    );
    assert!(nurses
        .windows(2)
        .all(|w| w[0].similarity >= w[1].similarity));
    assert!(c.related_occupations("00-0000.00", 5).is_none());
    assert!(c.related_occupations("29-1141.00", 0).unwrap().is_empty());
    // The detail page lists them too.
    let detail = c.occupation_detail("29-1141.00").unwrap();
    assert_eq!(detail.related.len(), inroads::RELATED_SHOWN);
    assert_eq!(detail.related[..5], nurses[..]);
    // A catalogue without alternate titles relates by the titles it has;
    // one occupation has no relatives, and fit still works.
    let one = Catalog::from_tables(office_tables()).unwrap();
    assert_eq!(one.related_occupations("43-1011.00", 5), Some(vec![]));
    let two = Catalog::from_tables(inroads::CatalogTables {
        occupations: "code,title,major_group\n43-1011.00,Office Supervisors,43\n43-1012.00,Office Clerks,43\n",
        ratings: "code,kind,name,importance\n43-1011.00,skill,Coordination,80\n43-1012.00,skill,Coordination,60\n",
        ..office_tables()
    })
    .unwrap();
    let r = two.related_occupations("43-1011.00", 5).unwrap();
    assert_eq!(
        r.len(),
        0,
        "'office' is in every title: it tells nothing: {r:?}"
    );
    let net = Network::new(Profile {
        name: "Test".into(),
        skills: vec![SkillRating::new("Coordination", 5, 5).unwrap()],
        ..Profile::default()
    })
    .unwrap();
    let report = fit(
        net.profile(),
        net.industries(),
        &two,
        &FitOptions::default(),
    );
    assert_eq!(report.occupations[0].code, "43-1011.00");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Title similarity is symmetric, within (0, 1], and never relates an
    /// occupation to itself.
    #[test]
    fn title_similarity_is_symmetric(a in 0usize..879, b in 0usize..879) {
        let c = catalog();
        let (ca, cb) = (c.occupations()[a].code.as_str(), c.occupations()[b].code.as_str());
        let from_a = c.related_occupations(ca, 879).unwrap();
        let from_b = c.related_occupations(cb, 879).unwrap();
        proptest::prop_assert!(from_a.iter().all(|r| r.code != ca));
        proptest::prop_assert!(from_a.iter().all(|r| r.similarity > 0.0 && r.similarity <= 1.0));
        if a != b {
            let ab = from_a.iter().find(|r| r.code == cb).map_or(0.0, |r| r.similarity);
            let ba = from_b.iter().find(|r| r.code == ca).map_or(0.0, |r| r.similarity);
            proptest::prop_assert!((ab - ba).abs() <= 0.001, "{ab} vs {ba}");
        }
    }
}

/// Found in review: the best matches were chosen on skills alone, so given
/// interests could not keep an occupation that shares none of them from
/// leading. They are now chosen on skills and interests together.
#[test]
fn given_interests_choose_the_best_matches_too() {
    let c = catalog();
    let skills = [
        "Active Listening",
        "Speaking",
        "Reading Comprehension",
        "Writing",
        "Critical Thinking",
        "Coordination",
        "Time Management",
        "Monitoring",
        "Social Perceptiveness",
        "Judgment and Decision Making",
        "English Language",
        "Customer and Personal Service",
    ]
    .iter()
    .map(|s| SkillRating::new(s, 4, 3).unwrap())
    .collect();
    let net = Network::new(Profile {
        name: "Test".into(),
        skills,
        interests: Some("AIS".parse().unwrap()),
        ..Profile::default()
    })
    .unwrap();
    let report = fit(net.profile(), net.industries(), c, &FitOptions::default());
    for o in &report.occupations[..3] {
        assert!(
            !o.interests.is_empty(),
            "{} shares none of A, I, S",
            o.title
        );
    }
}

/// Found in a hostile probe: the options chose the best matches, so an
/// occupation's score changed with filters that did not remove it (and
/// excluding a field could add results above a minimum score). The best
/// matches are now those of the whole catalogue: a score is the profile's
/// and the occupation's, whatever the filters.
#[test]
fn filters_never_change_a_score() {
    let c = catalog();
    let net = sample::teacher_candidate().unwrap();
    let mut all = FitOptions::default();
    all.top = c.occupations().len();
    let everything = fit(net.profile(), net.industries(), c, &all);
    let score_of = |code: &str| {
        everything
            .occupations
            .iter()
            .find(|o| o.code.as_str() == code)
            .map(|o| o.score)
    };
    let mut outside = FitOptions::default();
    outside.exclude_fields = vec!["25".parse().unwrap()];
    outside.max_zone = Some(inroads::JobZone::new(4).unwrap());
    let filtered = fit(net.profile(), net.industries(), c, &outside);
    assert_eq!(filtered.occupations.len(), 10);
    for o in &filtered.occupations {
        assert_eq!(Some(o.score), score_of(o.code.as_str()), "{}", o.title);
    }
    assert_eq!(
        filtered.occupations[0].title,
        "Training and Development Specialists"
    );
    // The best match of all keeps its skill-and-interest score.
    all.related_share = 0.0;
    let plain = fit(net.profile(), net.industries(), c, &all);
    assert_eq!(everything.occupations[0].code, plain.occupations[0].code);
    assert_eq!(everything.occupations[0].score, plain.occupations[0].score);
}

/// Technologies alone and interests alone give no best match to be near:
/// the ranking is the one without closeness.
#[test]
fn technologies_or_interests_alone_have_no_closeness() {
    let c = catalog();
    let mut skills_only = FitOptions::default();
    skills_only.related_share = 0.0;
    for profile in [
        Profile {
            name: "Tech".into(),
            skills: vec![
                SkillRating::new("Python", 5, 5).unwrap(),
                SkillRating::new("Tableau", 4, 4).unwrap(),
            ],
            ..Profile::default()
        },
        Profile {
            name: "Interests".into(),
            interests: Some("RIC".parse().unwrap()),
            ..Profile::default()
        },
    ] {
        let net = Network::new(profile).unwrap();
        let with = fit(net.profile(), net.industries(), c, &FitOptions::default());
        let without = fit(net.profile(), net.industries(), c, &skills_only);
        assert_eq!(with, without);
        assert!(with.occupations.iter().all(|o| o.near.is_none()));
    }
}

/// `LabourMarket::rank_for` weighs occupations by fit's scores without
/// closeness: the same industries as ranking fit's skill-and-interest
/// scores by hand.
#[test]
fn industries_use_the_scores_without_closeness() {
    let c = catalog();
    let market = inroads::LabourMarket::builtin().unwrap();
    let net = sample::nurse_moving_to_health_tech().unwrap();
    let mut options = FitOptions::default();
    options.top = c.occupations().len();
    options.related_share = 0.0;
    let scores: Vec<(inroads::OccupationCode, f64)> =
        fit(net.profile(), net.industries(), c, &options)
            .occupations
            .into_iter()
            .map(|o| (o.code, o.score))
            .collect();
    let by_hand = market.rank(&scores, c, 8);
    let ranked = market.rank_for(&net, c, 8);
    assert_eq!(ranked.len(), by_hand.len());
    for (a, b) in ranked.iter().zip(&by_hand) {
        assert_eq!(
            (&a.naics, a.weighted_employment),
            (&b.naics, b.weighted_employment)
        );
    }
}

/// Closeness keeps the ranking deterministic, at any share and with filters.
#[test]
fn closeness_ranks_the_same_every_time() {
    let c = catalog();
    let mut rng = crate::SplitMix64::new(31);
    for _ in 0..12 {
        let i = rng.below(c.occupations().len() as u64) as usize;
        let net = profile_of(c, i, 20, 15);
        let mut options = FitOptions::default();
        options.top = 50;
        options.related_share = [0.25f64, 1.0][rng.below(2) as usize];
        if rng.below(2) == 0 {
            options.exclude_fields = vec![c.occupations()[i].field];
        }
        ranks_the_same(&net, &options, 2);
    }
}

/// An answer key from outside this repository: a separate session wrote,
/// before seeing any ranking, the related occupations of 40 occupations
/// in 20 major groups (`tests/fixtures/held_out_related_occupations.csv`:
/// `onet` rows recalled from O*NET OnLine's related lists, `judgment` rows
/// a counsellor's choice). Each occupation's whole rating list goes
/// through `fit` as the outside check feeds it; the share of its key among
/// the ten best others is averaged. Measured after it was written
/// (BENCHMARKS.md), through the CLI: 0.456 / 0.362 (recalled pairs / all)
/// before issue 12, 0.585 / 0.433 before closeness; here, through the
/// library (a name that is both a skill and a knowledge area keeps the
/// higher proficiency; the CLI keeps the first), 0.821 / 0.597 now. Never
/// tuned on.
#[test]
fn held_out_related_occupations_answer_key() {
    let c = catalog();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/held_out_related_occupations.csv"
    ))
    .unwrap();
    let mut key: std::collections::BTreeMap<&str, Vec<(&str, bool)>> = Default::default();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        key.entry(f[0]).or_default().push((f[1], f[2] == "onet"));
    }
    assert_eq!(key.len(), 40);
    let mut options = FitOptions::default();
    options.top = 30;
    // Like for like with the catalogue before O*NET 29.0 (the 44
    // estimated occupations left out of the lists), and over the whole.
    let measure = |like_before: bool| {
        let (mut onet, mut onet_n, mut all) = (0.0, 0, 0.0);
        for (code, related) in &key {
            let net = profile_of(c, index_of(c, code), 20, 15);
            let report = fit(net.profile(), net.industries(), c, &options);
            let others: Vec<&str> = report
                .occupations
                .iter()
                .filter(|o| !(like_before && o.estimated))
                .map(|o| o.code.as_str())
                .filter(|o| o != code)
                .take(10)
                .collect();
            let share = |rows: Vec<&str>| {
                rows.iter().filter(|r| others.contains(r)).count() as f64
                    / rows.len().min(10) as f64
            };
            all += share(related.iter().map(|r| r.0).collect());
            let recalled: Vec<&str> = related.iter().filter(|r| r.1).map(|r| r.0).collect();
            if !recalled.is_empty() {
                onet += share(recalled);
                onet_n += 1;
            }
        }
        (onet / f64::from(onet_n), onet_n, all / key.len() as f64)
    };
    let (onet, onet_n, all) = measure(true);
    let (whole_onet, _, whole_all) = measure(false);
    println!(
        "answer key: recalled O*NET pairs {onet:.3} over {onet_n} occupations, all pairs {all:.3} (like for like); over the whole catalogue {whole_onet:.3} / {whole_all:.3}"
    );
    // Bars below the measurement; 0.456 / 0.362 before issue 12, 0.803 /
    // 0.592 before O*NET 29.0.
    assert!(onet >= 0.75, "{onet:.3}");
    assert!(all >= 0.55, "{all:.3}");
    assert!(
        whole_onet >= 0.75 && whole_all >= 0.5,
        "{whole_onet:.3} / {whole_all:.3}"
    );
}

/// Found in a hostile probe: a result shown as 78.4 was left out by
/// `min_score` 78.4 (the unrounded score was 78.36); occupation pages
/// listed occupations sharing a word or two of their titles (Orthoptists
/// and police supervisors, 0.07) as related.
#[test]
fn min_score_and_related_pages_read_as_shown() {
    let c = catalog();
    let net = sample::teacher_candidate().unwrap();
    let first = fit(net.profile(), net.industries(), c, &FitOptions::default());
    for shown in &first.occupations {
        let mut options = FitOptions::default();
        options.min_score = shown.score;
        let again = fit(net.profile(), net.industries(), c, &options);
        assert!(
            again.occupations.iter().any(|o| o.code == shown.code),
            "{} shown as {} is left out by min_score {}",
            shown.title,
            shown.score,
            shown.score
        );
    }
    for o in c.occupations() {
        let page = c.occupation_detail(o.code.as_str()).unwrap();
        assert!(page
            .related
            .iter()
            .all(|r| r.similarity >= inroads::RELATED_MIN));
    }
    let orthoptists = c.occupation_detail("29-1299.02").unwrap();
    assert!(orthoptists
        .related
        .iter()
        .all(|r| !r.title.contains("Police")));
}

/// `FitReport::related_share` says the share closeness carried.
#[test]
fn the_report_says_the_share_used() {
    let c = catalog();
    let full = profile_of(c, index_of(c, "29-1141.00"), 20, 15);
    let report = fit(full.profile(), full.industries(), c, &FitOptions::default());
    assert_eq!(
        report.related_share_used,
        FitOptions::default().related_share
    );
    let few = Network::new(Profile {
        name: "Test".into(),
        skills: ["Monitoring", "Critical Thinking", "Active Listening"]
            .iter()
            .map(|s| SkillRating::new(s, 4, 4).unwrap())
            .collect(),
        ..Profile::default()
    })
    .unwrap();
    let report = fit(few.profile(), few.industries(), c, &FitOptions::default());
    assert_eq!(report.related_share_used, 0.05, "0.25 × 3/15");
    let mut off = FitOptions::default();
    off.related_share = 0.0;
    assert_eq!(
        fit(full.profile(), full.industries(), c, &off).related_share_used,
        0.0
    );
}

/// Found in a trial with an electrician and a store manager: résumé
/// phrases of several parts ("Coaching and mentoring staff") and words
/// with other endings ("Supervising" for Supervision) matched nothing.
#[test]
fn phrases_of_several_parts_and_other_endings_match() {
    let c = catalog();
    let read = |phrase: &str| {
        let m = c
            .match_skill(&Skill::new(phrase).unwrap())
            .unwrap_or_else(|| panic!("{phrase}"));
        let mut names: Vec<String> = std::iter::once(m.element_name.clone())
            .chain(m.also.iter().map(|(n, _)| n.clone()))
            .collect();
        names.sort();
        (m.how, names)
    };
    let (how, names) = read("Coaching and mentoring staff");
    assert_eq!(how, MatchHow::Close);
    assert!(names.contains(&"Instructing".to_string()), "{names:?}");
    // Both parts count: payroll's elements and scheduling's.
    let (_, names) = read("Payroll and scheduling");
    assert!(names.contains(&"Time Management".to_string()), "{names:?}");
    assert!(
        names.contains(&"Economics and Accounting".to_string()),
        "{names:?}"
    );
    // Each element once, even when both parts name it.
    let m = c
        .match_skill(&Skill::new("Scheduling / staffing").unwrap())
        .unwrap();
    let mut seen = m.elements.clone();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), m.elements.len());
    let (_, names) = read("Supervising");
    assert!(
        names.contains(&"Management of Personnel Resources".to_string()),
        "{names:?}"
    );
    // A name the catalogue knows whole is not split.
    let (how, names) = read("Medicine and Dentistry");
    assert_eq!(
        (how, names),
        (MatchHow::Exact, vec!["Medicine and Dentistry".to_string()])
    );
    // Nothing in any part: nothing.
    assert!(c
        .match_skill(&Skill::new("xyzzy and plugh").unwrap())
        .is_none());
}

/// Found in review: scores were clamped to 100 before they were ordered,
/// so when several occupations passed 100 (a whole profile plus the
/// interests that go with it) the first shown was the first in catalogue
/// order, not the best. These four showed another occupation first.
#[test]
fn the_best_of_several_at_100_comes_first() {
    let c = catalog();
    for code in ["19-2032.00", "29-1129.02", "43-3031.00", "43-4141.00"] {
        let i = index_of(c, code);
        let mut net = profile_of(c, i, 20, 15);
        let mut profile = net.profile().clone();
        profile.interests = c.occupations()[i].interests;
        net.set_profile(profile).unwrap();
        let report = fit(net.profile(), net.industries(), c, &FitOptions::default());
        assert_eq!(report.occupations[1].score, 100.0, "{code}: two at 100");
        assert_eq!(report.occupations[0].code, code);
    }
}
