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
mod fmt;
mod interop;
mod network;
mod pipeline;

use clap::Parser;
use inroads::{display_safe, Error, ErrorKind};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let json = cli.json;
    let data = cli.data.clone();
    match commands::run(cli) {
        Ok(out) => {
            // Names and notes come from other people and imported files:
            // nothing they hold may act on the terminal.
            if json {
                emit(&format!("{}\n", json_safe(&out.json.to_string())));
            } else if !out.text.is_empty() {
                let mut text = display_safe(&out.text).into_owned();
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                emit(&text);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let hint = match e.kind() {
                ErrorKind::Ambiguous {
                    key, candidates, ..
                } => Some(pick_one(&data, key, candidates)),
                _ => hint(&e),
            };
            eprintln!("error: {}", display_safe(&e.to_string()));
            if let Some(h) = &hint {
                eprintln!("hint: {}", display_safe(h));
            }
            if json {
                let mut error = serde_json::json!(e);
                error["hint"] = serde_json::json!(hint);
                let doc = serde_json::json!({ "error": error });
                emit(&format!("{}\n", json_safe(&doc.to_string())));
            }
            if e.is_input_error() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Writes to stdout; a reader that went away (`inroads … | head`) is not
/// an error worth a message, and never a panic.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// A command line clap could not read. Help and version print as usual;
/// anything else is exit code 2, and under `--json` also one JSON document
/// on stdout (`{"error": {"kind": "usage", …}}`), so a script always gets
/// JSON.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind as K;
    if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion) {
        if wants_json(std::env::args().skip(1)) {
            // Under --json, help and version are one JSON document too.
            let text = e.render().to_string();
            let doc = if e.kind() == K::DisplayHelp {
                serde_json::json!({ "help": text })
            } else {
                serde_json::json!({ "version": text.trim() })
            };
            emit(&format!("{}\n", json_safe(&doc.to_string())));
        } else {
            let _ = e.print();
        }
        return ExitCode::SUCCESS;
    }
    let _ = e.print();
    if wants_json(std::env::args().skip(1)) {
        // The whole message (clap's first line alone may end in a colon,
        // the arguments it means on the next), without the usage lines.
        let rendered = e.render().to_string();
        let message = rendered
            .lines()
            .map(str::trim)
            .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .trim_start_matches("error: ")
            .to_string();
        let doc = serde_json::json!({ "error": {
            "kind": "usage",
            "details": { "code": "usage" },
            "message": message,
            "location": null,
            "hint": "see `inroads --help`, or `inroads COMMAND --help`",
        }});
        emit(&format!("{}\n", json_safe(&doc.to_string())));
    }
    ExitCode::from(2)
}

/// Whether the command line asked for JSON (`--json`, `--json=true`, or
/// any value clap reads as true), even when clap could not read the rest.
fn wants_json(args: impl Iterator<Item = String>) -> bool {
    let mut wanted = false;
    for a in args {
        if a == "--" {
            break;
        }
        if a == "--json" {
            wanted = true;
        } else if let Some(v) = a.strip_prefix("--json=") {
            wanted = matches!(
                v.to_ascii_lowercase().as_str(),
                "true" | "yes" | "y" | "on" | "1"
            );
        }
    }
    wanted
}

/// JSON text with every character that could act on a terminal (DEL, C1
/// controls, bidirectional overrides; serde_json already escapes C0) written
/// as a `\uXXXX` escape: the same JSON value, safe to print.
fn json_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control()
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
            {
                if c == '\n' {
                    return c.to_string();
                }
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The candidates of an ambiguous name, described for the owner of the
/// data file on their own terminal, and the command that picks each.
fn pick_one(data: &std::path::Path, key: &str, candidates: &[inroads::ContactId]) -> String {
    let net = inroads::store::load(data).ok();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut s = String::from("several contacts have that name; pick one by its id:");
    for id in candidates {
        let about = net
            .as_ref()
            .and_then(|n| inroads::contact_summary(n, *id))
            .map(|c| {
                let mut d = c.name.clone();
                if let Some(t) = &c.title {
                    d.push_str(&format!(", {t}"));
                }
                if let Some(k) = &c.company {
                    d.push_str(&format!(" at {k}"));
                }
                d
            })
            .unwrap_or_default();
        let picked = format!("#{}", id.get());
        let command: Vec<String> = args
            .iter()
            .map(|a| if a == key { picked.clone() } else { a.clone() })
            .collect();
        s.push_str(&format!("\n  #{:<5} {about}", id.get()));
        // The command that picks this one, when the name came from the
        // command line (not from a file being imported), quoted for a
        // shell, and never naming one contact twice.
        if args.iter().any(|a| a == key) && command.iter().filter(|a| **a == picked).count() == 1 {
            let quoted: Vec<String> = command.iter().map(|a| shell_quote(a)).collect();
            s.push_str(&format!("\n         inroads {}", quoted.join(" ")));
        }
    }
    if !args.iter().any(|a| a == key) {
        s.push_str("\n  (give the record an email or profile URL, or merge the namesakes, then import again)");
    }
    s
}

/// An argument as a POSIX shell reads it back.
fn shell_quote(a: &str) -> String {
    let plain = !a.is_empty()
        && a.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c));
    if plain {
        a.to_string()
    } else {
        format!("'{}'", a.replace('\'', "'\\''"))
    }
}

/// How to fix an error, in terms of this command line.
fn hint(e: &Error) -> Option<String> {
    Some(match e.kind() {
        ErrorKind::InUse { what, .. } => {
            format!("pass --detach to remove the {what} and clear the references to it")
        }
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
            what: "OEWS industry",
            ..
        } => "use a code as `inroads industries --top 100` prints it (712000, 61--62, 99-100)".into(),
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
        ErrorKind::Malformed { what, .. } if *what != "data file" => {
            format!("nothing was imported or changed; fix the {what} at the place named above, or pass --skip-bad-rows to import the rest and list what was skipped")
        }
        ErrorKind::InvalidValue { field, .. } if field == "merge" => {
            "pass --prefer a (keep the first contact's values) or --prefer b (take the second's)".into()
        }
        ErrorKind::NotAFile { .. } => {
            "inroads reads and writes plain files only; name a regular file".into()
        }
        ErrorKind::WouldOverwrite {
            protected: true, ..
        } => "nothing was written; exports go to a file of their own: choose another name".into(),
        ErrorKind::WouldOverwrite { .. } => {
            "nothing was written; choose another file name, or pass --force to replace it".into()
        }
        ErrorKind::Locked { .. } => {
            "try again when the other command has finished, or wait longer with --wait SECS".into()
        }
        ErrorKind::NotFound { what: "file", .. } => "check the file's name and folder".into(),
        ErrorKind::TooLarge { .. } => {
            "nothing was read or changed; the file named above is larger than inroads reads".into()
        }
        ErrorKind::Malformed { .. }
        | ErrorKind::DanglingReference { .. }
        | ErrorKind::NotAStore { .. } => {
            "the data file was not changed; restore a backup or fix the place named above".into()
        }
        ErrorKind::UnsupportedVersion { .. } => {
            "the data file was written by a newer inroads and was not changed; upgrade inroads"
                .into()
        }
        _ => return None,
    })
}
