//! The one integration-test binary. Each module tests one area.

mod api;
mod examples;
mod fit;
mod fuzz;
mod graph;
mod identity;
mod interop;
mod model;
mod network;
mod pipeline;
mod reliability;
mod safety;
mod store;

use std::path::PathBuf;

/// A file in `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

pub fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The kind code of the error `r` must be (`ErrorKind::code`): tests assert
/// what went wrong, not merely that something did.
#[track_caller]
pub fn assert_kind<T: std::fmt::Debug>(r: Result<T, inroads::Error>, code: &str) {
    match r {
        Ok(v) => panic!("expected a {code:?} error, got Ok({v:?})"),
        Err(e) => assert_eq!(e.kind().code(), code, "{e}"),
    }
}
