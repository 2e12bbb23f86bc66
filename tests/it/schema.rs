//! The JSON Schemas in `schema/` (issue 14, point 8): each is what
//! `inroads::schema::all()` generates (regenerate with
//! `INROADS_BLESS=1 cargo test --features schema --test it schema`), and
//! real output — data files, library results and the command line's
//! `--json` documents — validates against them. The validator below is
//! small and written for the subset schemars emits; a test checks it
//! rejects what it should.
#![cfg(feature = "schema")]

use crate::examples::Cli;
use crate::{day, fixture};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema")
}

fn schemas() -> BTreeMap<&'static str, Value> {
    inroads::schema::all()
        .into_iter()
        .map(|(k, s)| (k, serde_json::to_value(s).unwrap()))
        .collect()
}

/// Validates `v` against `schema` (resolving `#/$defs/…` in `root`);
/// returns the first problem with its JSON path.
fn validate(root: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let fail = |what: String| Err(format!("{at}: {what}"));
    let Some(s) = schema.as_object() else {
        return match schema {
            Value::Bool(true) => Ok(()),
            _ => fail("the schema is false".into()),
        };
    };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r
            .strip_prefix("#/$defs/")
            .ok_or(format!("unsupported $ref {r}"))?;
        let target = root["$defs"].get(name).ok_or(format!("no $defs/{name}"))?;
        validate(root, target, v, at)?;
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(x) => vec![x.as_str()],
            Value::Array(xs) => xs.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            "string" => v.is_string(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            "number" => v.is_number(),
            "integer" => v.is_i64() || v.is_u64(),
            _ => false,
        });
        if !ok {
            return fail(format!("expected {types:?}, found {v}"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            return fail(format!("expected {c}, found {v}"));
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return fail(format!("{v} is not one of {e:?}"));
        }
    }
    if let Some(n) = v.as_f64() {
        if s.get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
        {
            return fail(format!("{n} is below the minimum"));
        }
        if s.get("maximum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n > m)
        {
            return fail(format!("{n} is above the maximum"));
        }
        if s.get("exclusiveMinimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n <= m)
        {
            return fail(format!("{n} is not above the exclusive minimum"));
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(list) = s.get(key).and_then(Value::as_array) {
            let passed: Vec<bool> = list
                .iter()
                .map(|x| validate(root, x, v, at).is_ok())
                .collect();
            let n = passed.iter().filter(|p| **p).count();
            let ok = match key {
                "allOf" => n == list.len(),
                "anyOf" => n >= 1,
                _ => n == 1,
            };
            if !ok {
                let why: Vec<String> = list
                    .iter()
                    .filter_map(|x| validate(root, x, v, at).err())
                    .collect();
                return fail(format!(
                    "{key} failed ({n} of {} matched): {why:?}",
                    list.len()
                ));
            }
        }
    }
    if let Some(obj) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap_or("");
            if !obj.contains_key(r) {
                return fail(format!("missing required {r:?}"));
            }
        }
        let patterns = s.get("patternProperties").and_then(Value::as_object);
        for (k, x) in obj {
            let path = format!("{at}.{k}");
            let by_pattern = patterns.and_then(|p| {
                p.iter().find(|(pat, _)| match pat.as_str() {
                    r"^\d+$" => !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()),
                    other => panic!("the validator does not know the pattern {other}"),
                })
            });
            match props.and_then(|p| p.get(k)).or(by_pattern.map(|(_, s)| s)) {
                Some(ps) => validate(root, ps, x, &path)?,
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => return fail(format!("unexpected property {k:?}")),
                    Some(a @ Value::Object(_)) => validate(root, a, x, &path)?,
                    _ => {}
                },
            }
        }
    }
    if let Some(arr) = v.as_array() {
        if let Some(n) = s.get("minItems").and_then(Value::as_u64) {
            if (arr.len() as u64) < n {
                return fail(format!("fewer than {n} items"));
            }
        }
        if let Some(n) = s.get("maxItems").and_then(Value::as_u64) {
            if (arr.len() as u64) > n {
                return fail(format!("more than {n} items"));
            }
        }
        let prefix = s.get("prefixItems").and_then(Value::as_array);
        for (i, x) in arr.iter().enumerate() {
            let path = format!("{at}[{i}]");
            match prefix.and_then(|p| p.get(i)) {
                Some(ps) => validate(root, ps, x, &path)?,
                None => {
                    if let Some(items) = s.get("items") {
                        validate(root, items, x, &path)?;
                    }
                }
            }
        }
    }
    Ok(())
}

fn check(name: &str, v: &Value) {
    let all = schemas();
    let schema = all.get(name).unwrap_or_else(|| panic!("no schema {name}"));
    if let Err(e) = validate(schema, schema, v, "$") {
        panic!("{name}: {e}\n{}", serde_json::to_string_pretty(v).unwrap());
    }
}

fn to_value<T: serde::Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap()
}

#[test]
fn the_checked_in_schemas_are_what_the_code_generates() {
    let dir = schema_dir();
    let bless = std::env::var_os("INROADS_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let all = schemas();
    for (name, schema) in &all {
        let path = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(schema).unwrap() + "\n";
        if bless {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("schema/{name}.json is missing: run INROADS_BLESS=1 cargo test --features schema --test it schema")
        });
        assert!(
            on_disk == text,
            "schema/{name}.json differs from what the code generates: run INROADS_BLESS=1 cargo test --features schema --test it schema, and review the diff"
        );
    }
    // And nothing stale is left beside them.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    for n in names {
        let stem = n.strip_suffix(".json").unwrap_or(&n);
        assert!(
            all.contains_key(stem),
            "schema/{n} is not generated by the code"
        );
    }
}

#[test]
fn the_validator_rejects_what_it_should() {
    let all = schemas();
    let plan = &all["plan"];
    let net = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let actions = inroads::plan(&net, &inroads::PlanOptions::default(), day(2026, 3, 2)).unwrap();
    let mut v = to_value(&actions);
    assert!(validate(plan, plan, &v, "$").is_ok());
    v[0]["kind"] = Value::String("dance".into());
    assert!(validate(plan, plan, &v, "$")
        .unwrap_err()
        .contains("$[0].kind"));
    let mut v = to_value(&actions);
    v[0]["due"] = Value::from(20260302);
    assert!(validate(plan, plan, &v, "$")
        .unwrap_err()
        .contains("$[0].due"));
    let r = &all["recorded"];
    let bad = serde_json::json!({ "entry": 1, "contact": 2, "name": "x", "event": "note" });
    assert!(validate(r, r, &bad, "$")
        .unwrap_err()
        .contains("missing required \"stage\""));
    let df = &all["data-file"];
    let bad = serde_json::json!({ "format": "other", "version": 3, "network": {} });
    assert!(validate(df, df, &bad, "$").is_err());
}

#[test]
fn data_files_validate() {
    for f in [
        "store-v3.json",
        "store-v2.json",
        "store-v2-ties.json",
        "store-v1.json",
    ] {
        let text = std::fs::read_to_string(fixture(f)).unwrap();
        let net = inroads::store::from_json(&text).unwrap();
        // What this build writes.
        let written: Value = serde_json::from_str(&inroads::store::to_json(&net).unwrap()).unwrap();
        check("data-file", &written);
    }
    let net = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let v: Value = serde_json::from_str(&inroads::store::to_json(&net).unwrap()).unwrap();
    check("data-file", &v);
    let big = inroads::synthetic::generate(&inroads::synthetic::SyntheticOptions::scale(300, 1500))
        .unwrap();
    let v: Value = serde_json::from_str(&inroads::store::to_json(&big).unwrap()).unwrap();
    check("data-file", &v);
}

#[test]
fn library_results_validate() {
    use inroads::*;
    let mut net = sample::teacher_candidate_weeks_later().unwrap();
    let today = day(2026, 3, 2);
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    check(
        "plan",
        &to_value(&plan(&net, &PlanOptions::default(), today).unwrap()),
    );
    check(
        "brief",
        &to_value(&brief(&net, tom, &BriefOptions::default()).unwrap()),
    );
    check(
        "draft",
        &to_value(&draft(&net, tom, DraftKind::Thanks, &Templates::default()).unwrap()),
    );
    let report = fit(
        net.profile(),
        net.industries(),
        Catalog::builtin().unwrap(),
        &FitOptions::default(),
    );
    check("fit", &to_value(&report));
    check("funnel", &to_value(&funnel(&net, None, None).unwrap()));
    let big = sample::teacher_candidate_network().unwrap();
    let northwind = big.resolve_company("Northwind Financial").unwrap();
    check(
        "warm-paths",
        &to_value(
            &warm_path(
                &big,
                Target::Company(northwind),
                &PathOptions::default(),
                today,
            )
            .unwrap(),
        ),
    );
    check("reach", &to_value(&reach(&big, Hops::MAX, today).unwrap()));
    check("coverage", &to_value(&coverage(&big, today).unwrap()));
    check(
        "connectors",
        &to_value(&connectors(&big, &ConnectorOptions::default(), today).unwrap()),
    );
    check(
        "suggestions",
        &to_value(
            &suggest(
                &big,
                &SuggestOptions::from_fit(&report, Catalog::builtin().unwrap()),
                today,
            )
            .unwrap(),
        ),
    );
    check("duplicates", &to_value(&duplicates(&big)));
    check("contact-summaries", &to_value(&contact_summaries(&net)));
    check("company-summaries", &to_value(&company_summaries(&net)));
    check("industry-summaries", &to_value(&industry_summaries(&net)));
    check(
        "contact-detail",
        &to_value(&contact_detail(&net, tom).unwrap()),
    );
    let k = net.contact(tom).unwrap().company.unwrap();
    check(
        "company-detail",
        &to_value(&company_detail(&net, k).unwrap()),
    );
    check("journal", &to_value(&journal_view(&net, tom).unwrap()));
    check("meetings", &to_value(&meeting_list(&net)));
    check("leads", &to_value(&lead_list(&net)));
    check("ties", &to_value(&big.ties().collect::<Vec<_>>()));
    check("profile", &to_value(net.profile()));
    check(
        "title-candidates",
        &to_value(&Catalog::builtin().unwrap().match_title("ICU nurse", 5)),
    );
    let e = net.log(
        tom,
        chrono::DateTime::parse_from_rfc3339("2026-03-02T09:00:00-05:00").unwrap(),
        Event::ThankYouSent,
        "",
    );
    if let Err(e) = e {
        check("error", &to_value(&e));
    }
    check("error", &to_value(&store::from_json("{").unwrap_err()));
}

#[test]
fn command_line_json_validates() {
    let cli = Cli::with_data(&fixture("store-v2.json"));
    let pick = |v: Value, key: &str| v[key].clone();
    check("plan", &pick(cli.json(&["plan"]), "actions"));
    check(
        "contact-summaries",
        &pick(cli.json(&["contact", "list"]), "contacts"),
    );
    check(
        "company-summaries",
        &pick(cli.json(&["company", "list"]), "companies"),
    );
    check(
        "contact-detail",
        &cli.json(&["contact", "show", "Tom Okafor"]),
    );
    check("journal", &cli.json(&["journal", "Tom Okafor"]));
    check("meetings", &cli.json(&["meeting", "list"]));
    check("leads", &pick(cli.json(&["lead", "list"]), "leads"));
    check("brief", &cli.json(&["brief", "Tom Okafor"]));
    check("funnel", &cli.json(&["stats"]));
    check("reach", &cli.json(&["reach"]));
    check("coverage", &cli.json(&["coverage"]));
    check("suggestions", &pick(cli.json(&["suggest"]), "suggestions"));
    check("duplicates", &pick(cli.json(&["duplicates"]), "duplicates"));
    check("fit", &cli.json(&["fit"]));
    check("profile", &pick(cli.json(&["profile", "show"]), "profile"));
    check(
        "recorded",
        &cli.json(&["log", "Sam Whitaker", "note", "--note", "checked in"]),
    );
    check("tie-list", &pick(cli.json(&["tie", "list"]), "ties"));
    check(
        "occupation-detail",
        &cli.json(&["occupation", "show", "29-1141.00"]),
    );
    check(
        "title-candidates",
        &pick(cli.json(&["title", "ICU nurse"]), "candidates"),
    );
    // An error on --json is one document on stdout... or stderr: whichever
    // the command line uses, it validates.
    let o = cli.run(&["contact", "show", "Nobody Here", "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let text = if o.stdout.is_empty() {
        o.stderr
    } else {
        o.stdout
    };
    let v: Value = serde_json::from_slice(&text).unwrap();
    let mut e = v["error"].clone();
    if let Some(m) = e.as_object_mut() {
        m.remove("hint");
    }
    check("error", &e);
}
