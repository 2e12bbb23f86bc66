//! Replays the committed fuzz corpora (`fuzz/corpus/TARGET/`) through the
//! fuzz targets' bodies, as ordinary tests: every input that ever found a
//! bug, and the seeds, keep being checked on stable Rust. (The targets use
//! the built-in catalogue, so they need the `onet` feature.)
#![cfg(feature = "onet")]

#[path = "../../fuzz/src/targets.rs"]
mod targets;

fn replay(target: &str, f: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus for {target}");
    for file in files {
        // (A fuzzer running beside the tests may replace files meanwhile.)
        if let Ok(data) = std::fs::read(&file) {
            f(&data);
        }
    }
}

#[test]
fn store_corpus() {
    replay("store", targets::store);
}

#[test]
fn linkedin_corpus() {
    replay("linkedin", targets::linkedin);
}

#[test]
fn vcard_corpus() {
    replay("vcard", targets::vcard);
}

#[test]
fn ties_corpus() {
    replay("ties", targets::ties);
}

#[test]
fn title_corpus() {
    replay("title", targets::title);
}

#[test]
fn ops_corpus() {
    replay("ops", targets::ops);
}

#[test]
fn catalog_corpus() {
    replay("catalog", targets::catalog);
}

#[test]
fn datetime_corpus() {
    replay("datetime", targets::datetime);
}

#[test]
fn template_corpus() {
    replay("template", targets::template);
}
