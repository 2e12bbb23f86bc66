//! The one integration-test binary. Each module tests one area.

mod api;
mod cli;
mod day;
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
mod report;
mod safety;
mod schema;
mod step2;
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

/// What the redacted exports and report must not contain of a contact:
/// emails, phones, profile URL, name and each of its words, and notes.
pub fn personal_data(c: &inroads::Contact) -> Vec<String> {
    let mut secrets: Vec<String> = c.emails.clone();
    secrets.extend(c.phones.clone());
    secrets.extend(c.profile_url.clone());
    secrets.push(c.name.clone());
    for word in c.name.split_whitespace() {
        secrets.push(word.to_string());
    }
    if !c.notes.trim().is_empty() {
        secrets.push(c.notes.clone());
    }
    secrets
}

/// A small seeded generator for tests (SplitMix64, Steele, Lea and Flood
/// 2014): the library's own is private.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}
