//! Fuzz target `catalog`: see `inroads_fuzz::targets::catalog`.
#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| inroads_fuzz::targets::catalog(data));

#[cfg(not(fuzzing))]
fn main() {
    inroads_fuzz::replay(inroads_fuzz::targets::catalog);
}
