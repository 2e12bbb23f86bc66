//! `inroads`: the command-line front end of the `inroads` library.
//!
//! A thin layer: it parses arguments, loads the data file, calls the
//! library, saves, and prints. Run `cargo run --example inroads -- --help`.
//!
//! Exit codes: 0 success; 2 bad input or a bad data file (stderr says what
//! is wrong and how to fix it); 1 any other failure.

mod args;
mod commands;
mod explore;
mod interop;
mod network;
mod pipeline;

use clap::Parser;
use inroads::{Error, ErrorKind};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let json = cli.json;
    match commands::run(cli) {
        Ok(out) => {
            if json {
                println!("{}", out.json);
            } else if !out.text.is_empty() {
                print!("{}", out.text);
                if !out.text.ends_with('\n') {
                    println!();
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let hint = hint(&e);
            eprintln!("error: {e}");
            if let Some(h) = &hint {
                eprintln!("hint: {h}");
            }
            if json {
                let doc = serde_json::json!({
                    "error": {
                        "kind": e.kind().code(),
                        "message": e.to_string(),
                        "hint": hint,
                    }
                });
                println!("{doc}");
            }
            if e.is_input_error() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// How to fix an error, in terms of this command line.
fn hint(e: &Error) -> Option<String> {
    Some(match e.kind() {
        ErrorKind::InUse { what, .. } => {
            format!("pass --detach to remove the {what} and clear the references to it")
        }
        ErrorKind::Ambiguous { .. } => "name the contact by one of its emails instead".into(),
        ErrorKind::NotFound {
            what: "data file", ..
        } => "create it with `inroads init`, or point --data at an existing file".into(),
        ErrorKind::NotFound { what, .. } if what.starts_with("contact") => {
            "see `inroads contact list` for the contacts there are".into()
        }
        ErrorKind::NotFound {
            what: "company", ..
        } => "see `inroads company list`, or add it with `inroads company add NAME`".into(),
        ErrorKind::NotFound {
            what: "industry", ..
        } => "see `inroads industry list`, or add it with `inroads industry add NAME`".into(),
        ErrorKind::NotFound {
            what: "occupation", ..
        } => "find codes with `inroads occupation search WORDS`".into(),
        ErrorKind::InvalidTransition { .. } => {
            "see the contact's journal with `inroads journal CONTACT`; fix a wrong entry with `inroads correct ENTRY`".into()
        }
        ErrorKind::Overlap { .. } => "pick another time, or pass --force".into(),
        ErrorKind::Unfilled { .. } => {
            "add the missing facts first, or use --template FILE without that placeholder".into()
        }
        ErrorKind::Duplicate { what: "skill", .. } => {
            "remove it first with `inroads skill remove NAME`, then add it again".into()
        }
        ErrorKind::Malformed { .. }
        | ErrorKind::DanglingReference { .. }
        | ErrorKind::NotAStore { .. }
        | ErrorKind::TooLarge { .. } => {
            "the data file was not changed; restore a backup or fix the place named above".into()
        }
        ErrorKind::UnsupportedVersion { .. } => {
            "the data file was written by a newer inroads and was not changed; upgrade inroads"
                .into()
        }
        _ => return None,
    })
}
