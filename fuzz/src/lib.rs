//! The fuzz targets' bodies, shared by the libFuzzer binaries
//! (`cargo +nightly fuzz run TARGET`), their stable replay mode
//! (`cargo run --manifest-path fuzz/Cargo.toml --bin TARGET -- FILES…`) and
//! the library's own tests, which replay the committed corpora.

#[path = "targets.rs"]
pub mod targets;

/// The `main` of a target built without libFuzzer: runs `f` on every file
/// named on the command line (directories are walked one level deep).
pub fn replay(f: fn(&[u8])) {
    let mut n = 0usize;
    for arg in std::env::args().skip(1) {
        let path = std::path::PathBuf::from(&arg);
        let files: Vec<std::path::PathBuf> = if path.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(&path)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            v.sort();
            v
        } else {
            vec![path]
        };
        for file in files {
            if let Ok(data) = std::fs::read(&file) {
                f(&data);
                n += 1;
            }
        }
    }
    println!("replayed {n} inputs");
}
