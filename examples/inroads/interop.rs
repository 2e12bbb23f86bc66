//! Imports, exports, duplicates and merges on the command line.

use crate::commands::{change, load, out, Output};
use chrono::NaiveDate;
use inroads::{store, Catalog, CsvExport, Error, GraphExport, ImportOptions, Prefer, VcardVersion};
use serde_json::json;
use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::Path;

pub fn import(
    path: &Path,
    file: &Path,
    linkedin: bool,
    skip_bad_rows: bool,
    today: NaiveDate,
) -> Result<Output, Error> {
    let limit = if linkedin {
        inroads::MAX_LINKEDIN_BYTES
    } else {
        inroads::MAX_VCARD_BYTES
    };
    let text = crate::commands::read_text(file, limit as u64)?;
    let options = {
        let mut o = ImportOptions::new(today);
        o.skip_bad_rows = skip_bad_rows;
        o
    };
    // A progress bar on stderr for large files, when stderr is a terminal.
    let show = text.len() > 1_000_000 && std::io::stderr().is_terminal();
    let mut progress = |done: usize, total: usize| {
        if show && total > 0 {
            let width = 40;
            let filled = done * width / total;
            eprint!(
                "\r[{}{}] {done}/{total}",
                "#".repeat(filled),
                " ".repeat(width - filled)
            );
            if done == total {
                eprintln!();
            }
            let _ = std::io::stderr().flush();
        }
    };
    let (net, report) = change(path, |n| {
        let result = if linkedin {
            inroads::import_linkedin_with_progress(
                n,
                &text,
                Some(Catalog::builtin()?),
                &options,
                &mut progress,
            )
        } else {
            inroads::import_vcards(n, &text, &options)
        };
        result.map_err(|e| e.with_path(file))
    })?;
    let mut t = format!(
        "{}: {}; {} created, {} updated, {} unchanged; {} created",
        file.display(),
        crate::fmt::count(report.rows, "row", "rows"),
        report.created,
        report.updated,
        report.unchanged,
        crate::fmt::count(report.companies_created, "company", "companies")
    );
    if report.skipped_total > 0 {
        let _ = write!(t, "; {} skipped", report.skipped_total);
    }
    let same = inroads::company_duplicates(&net).len();
    if same > 0 {
        let _ = write!(
            t,
            "\n{} may be one company spelt two ways: see `inroads duplicates`",
            crate::fmt::count(same, "pair of companies", "pairs of companies")
        );
    }
    if !report.updated_contacts.is_empty() {
        const SHOWN: usize = 20;
        let names: Vec<String> = report
            .updated_contacts
            .iter()
            .take(SHOWN)
            .map(|id| inroads::describe_contact(&net, *id))
            .collect();
        let _ = write!(t, "\nupdated: {}", names.join(", "));
        if report.updated > SHOWN {
            let _ = write!(
                t,
                " and {} more (`--json` lists every id)",
                report.updated - SHOWN
            );
        }
    }
    if report.kept_total > 0 {
        let _ = write!(
            t,
            "; {} of your edits kept (fields you changed since an import wrote them)",
            report.kept_total
        );
    }
    for s in &report.skipped {
        let _ = write!(t, "\nskipped line {}: {}", s.line, s.reason);
    }
    for d in &report.dropped {
        let _ = write!(
            t,
            "\nleft out on line {}: {} {:?}: {}",
            d.line, d.field, d.value, d.reason
        );
    }
    if !report.unnamed.is_empty() {
        let _ = write!(
            t,
            "\n{} imported without a name, under their email (tagged {}: `inroads contact list --tag {}`)",
            crate::fmt::count(report.unnamed.len(), "contact", "contacts"),
            inroads::NEEDS_NAME_TAG,
            inroads::NEEDS_NAME_TAG
        );
    }
    if report.skipped_total > report.skipped.len() {
        let _ = write!(
            t,
            "\n… and {} more skipped (the first {} are listed)",
            report.skipped_total - report.skipped.len(),
            report.skipped.len()
        );
    }
    Ok(out(t, json!(report)))
}

pub fn export(
    path: &Path,
    today: NaiveDate,
    format: &str,
    file: &Path,
    (redact, force): (bool, bool),
    what: &str,
    (vcard_version, tag): (u8, Option<&str>),
) -> Result<Output, Error> {
    // Never over the data file or its lock, however FILE names them; never
    // over any other file without --force. Checked before any work.
    let mut target = store::ExportTarget::protecting(path);
    target.overwrite = force;
    store::check_export_target(file, &target)?;
    let net = load(path)?;
    let graph = {
        let mut o = GraphExport::new(today);
        o.redact = redact;
        o
    };
    let refuse_redact = |f: &str| {
        Err(Error::invalid(
            "--redact",
            f,
            "redacted exports are json and graphml (and dot); this format is for your own tools",
        ))
    };
    let text = match format {
        "ics" if redact => return refuse_redact("ics"),
        "vcard" if redact => return refuse_redact("vcard"),
        "csv" if redact => return refuse_redact("csv"),
        "ics" => inroads::export_ics(&net, today)?,
        "vcard" => {
            let only = tag.map(|t| net.contacts_tagged(t));
            let version = if vcard_version == 3 {
                VcardVersion::V3
            } else {
                VcardVersion::V4
            };
            inroads::export_vcards(&net, only.as_deref(), version)
        }
        "graphml" => inroads::export_graphml(&net, &graph)?,
        "dot" => inroads::export_dot(&net, &graph)?,
        "json" if redact => inroads::export_redacted_json(&net)?,
        "json" => store::to_json(&net)?,
        _ => inroads::export_csv(
            &net,
            match what {
                "meetings" => CsvExport::Meetings,
                "leads" => CsvExport::Leads,
                _ => CsvExport::Contacts,
            },
        ),
    };
    store::write_export(file, text.as_bytes(), &target)?;
    Ok(out(
        format!("wrote {} ({} bytes)", file.display(), text.len()),
        json!({ "written": file.display().to_string(), "bytes": text.len(), "format": format, "redacted": redact }),
    ))
}

pub fn duplicates(path: &Path) -> Result<Output, Error> {
    let net = load(path)?;
    let list = inroads::duplicates(&net);
    let mut t = String::new();
    for d in &list {
        let _ = writeln!(
            t,
            "  {:.2}  #{} {} and #{} {}: {}\n        merge with: inroads merge '#{}' '#{}'",
            d.confidence,
            d.a.get(),
            inroads::describe_contact(&net, d.a),
            d.b.get(),
            inroads::describe_contact(&net, d.b),
            d.reason,
            d.a.get(),
            d.b.get()
        );
    }
    let companies = inroads::company_duplicates(&net);
    let name = |k: inroads::CompanyId| {
        net.company(k)
            .map_or_else(|| k.to_string(), |c| c.name.clone())
    };
    for d in &companies {
        let kind = match d.kind {
            inroads::CompanyDuplicateKind::Spelling => "spelt two ways",
            _ => "one name extends the other",
        };
        let _ = writeln!(
            t,
            "  company {:?} and {:?}: {kind}\n        merge with: inroads company merge {} {}",
            name(d.keep),
            name(d.other),
            shell_quote(&name(d.keep)),
            shell_quote(&name(d.other))
        );
    }
    if list.is_empty() && companies.is_empty() {
        t.push_str("no likely duplicates\n");
    }
    Ok(out(
        t,
        json!({ "duplicates": list, "companies": companies }),
    ))
}

pub fn merge(path: &Path, a: &str, b: &str, prefer: Option<&str>) -> Result<Output, Error> {
    let prefer = prefer.map(|p| {
        if p == "b" {
            Prefer::Merged
        } else {
            Prefer::Kept
        }
    });
    let (net, id) = change(path, |n| {
        let (x, y) = (n.resolve_contact(a)?, n.resolve_contact(b)?);
        n.merge(x, y, prefer)?;
        Ok(x)
    })?;
    Ok(out(
        format!("merged into {}", inroads::describe_contact(&net, id)),
        json!({ "kept": id }),
    ))
}

/// A word quoted for a POSIX shell: single quotes, a single quote inside
/// written '\'' — "Ca$h App" is pasted as it reads.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
