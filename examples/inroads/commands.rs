//! Each command: load, call the library, save, and say what happened.

use crate::args::{
    Cli, Command, CompanyCmd, CompanyFields, ContactCmd, ContactFields, IndustryCmd, ProfileCmd,
    SkillCmd,
};
use chrono::NaiveDate;
use inroads::{
    store, Company, Contact, Error, ErrorKind, Industry, Network, Profile, Removal, Seniority,
    Skill, SkillRating,
};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::Path;

/// What a command prints: text for people, one JSON document for programs.
pub struct Output {
    pub text: String,
    pub json: Value,
}

pub fn out(text: String, json: Value) -> Output {
    Output { text, json }
}

/// The system clock, read once per command: the front end's business,
/// never the library's. Seconds since 1970 in UTC.
fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The profile's time zone, when the data file names one (read before the
/// command's own load, to date what it records).
fn zone_of(path: &Path) -> Option<inroads::Zone> {
    if !path.exists() {
        return None;
    }
    let net = inroads::store::load(path).ok()?;
    net.profile()
        .timezone
        .as_deref()
        .and_then(|z| inroads::Zone::parse(z).ok())
}

/// How long a writer waits for the data file's lock (`--wait`), in seconds.
static WAIT_SECS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(30);

/// Takes the data file's lock, saying on stderr when it has to wait.
fn lock(path: &Path) -> Result<store::FileLock, Error> {
    let options = {
        let mut o = store::LockOptions::default();
        o.wait =
            std::time::Duration::from_secs(WAIT_SECS.load(std::sync::atomic::Ordering::Relaxed));
        o
    };
    store::lock_with(path, &options, |lock| {
        eprintln!(
            "waiting for another inroads command to finish (it holds {}; giving up after {} s, see --wait)",
            lock.display(),
            options.wait.as_secs()
        );
    })
}

pub fn run(cli: Cli) -> Result<Output, Error> {
    WAIT_SECS.store(cli.wait, std::sync::atomic::Ordering::Relaxed);
    let now = system_now();
    let path = cli.data.as_path();
    // Today where the job seeker is: the profile's zone (or --offset), read once.
    let today =
        crate::pipeline::Clock::new(cli.offset.as_deref(), zone_of(path), cli.today, now)?.today();
    match cli.command {
        Command::Init { name, background } => init(path, name, background),
        Command::Profile(cmd) => profile(path, cmd),
        Command::Skill(cmd) => skill(path, cmd),
        Command::Industry(cmd) => industry(path, cmd),
        Command::Company(cmd) => company(path, cmd),
        Command::Contact(cmd) => contact(path, cmd, today),
        Command::Fit(args) => crate::explore::fit(path, &args),
        Command::Interests(cmd) => interests(path, cmd),
        Command::Occupation(cmd) => crate::explore::occupation(cmd),
        Command::Title { title, limit } => crate::explore::title(&title, limit),
        Command::Import(crate::args::ImportCmd::Ties { file }) => {
            crate::network::import_ties(path, &file)
        }
        Command::Import(crate::args::ImportCmd::Linkedin {
            file,
            skip_bad_rows,
        }) => crate::interop::import(path, &file, true, skip_bad_rows, today),
        Command::Import(crate::args::ImportCmd::Vcard {
            file,
            skip_bad_rows,
        }) => crate::interop::import(path, &file, false, skip_bad_rows, today),
        Command::Export {
            format,
            file,
            redact,
            what,
            vcard_version,
            tag,
            force,
        } => crate::interop::export(
            path,
            today,
            &format,
            &file,
            (redact, force),
            &what,
            (vcard_version, tag.as_deref()),
        ),
        Command::Duplicates => crate::interop::duplicates(path),
        Command::Merge { a, b, prefer } => crate::interop::merge(path, &a, &b, prefer.as_deref()),
        Command::Tie(cmd) => crate::network::tie(path, cmd),
        Command::Path {
            to,
            company,
            industry,
            field,
            max_hops,
            alternatives,
        } => crate::network::path(
            path,
            today,
            to,
            company,
            industry,
            field,
            max_hops,
            alternatives,
        ),
        Command::Reach { hops } => crate::network::reach(path, today, hops),
        Command::Connectors { top, seed } => crate::network::connectors(path, today, top, seed),
        Command::Provenance { contact } => crate::network::provenance(path, &contact),
        Command::Coverage => crate::network::coverage(path, today),
        Command::Mutual { contact } => crate::network::mutual(path, today, &contact),
        Command::Suggest { top } => crate::network::suggest(path, today, top),
        Command::Log {
            contact,
            event,
            at,
            note,
            to,
            channel,
        } => {
            let clock =
                crate::pipeline::Clock::new(cli.offset.as_deref(), zone_of(path), cli.today, now)?;
            crate::pipeline::log(path, &clock, &contact, event, at, note, to, &channel)
        }
        Command::Journal { contact } => crate::pipeline::journal(path, &contact),
        Command::Correct {
            entry,
            retract,
            at,
            note,
        } => {
            let clock =
                crate::pipeline::Clock::new(cli.offset.as_deref(), zone_of(path), cli.today, now)?;
            crate::pipeline::correct(path, &clock, entry, retract, at, note)
        }
        Command::Meeting(cmd) => {
            let clock =
                crate::pipeline::Clock::new(cli.offset.as_deref(), zone_of(path), cli.today, now)?;
            crate::pipeline::meeting(path, &clock, cmd)
        }
        Command::Brief { contact } => crate::pipeline::brief(path, &contact),
        Command::Draft {
            kind,
            contact,
            template,
        } => crate::pipeline::draft(path, &kind, &contact, template.as_deref()),
        Command::Plan { recontact_after } => crate::pipeline::plan(path, today, recontact_after),
        Command::Question(cmd) => crate::pipeline::question(path, cmd),
        Command::Cadence(cmd) => cadence(path, cmd, today),
        Command::Industries { top } => crate::explore::industries(path, top),
        Command::Report {
            out: file,
            redact,
            weeks,
            force,
        } => {
            let mut target = store::ExportTarget::protecting(path);
            target.overwrite = force;
            store::check_export_target(&file, &target)?;
            let net = load(path)?;
            let mut options = inroads::ReportOptions::new(today);
            options.redact = redact;
            options.weeks = weeks;
            let view = inroads::report(&net, inroads::Catalog::builtin().ok(), &options)?;
            let html = inroads::render_html(&view);
            store::write_export(&file, html.as_bytes(), &target)?;
            Ok(out(
                format!(
                    "wrote {} ({} bytes): open it in a browser",
                    file.display(),
                    html.len()
                ),
                json!({ "written": file.display().to_string(), "bytes": html.len(), "redacted": redact }),
            ))
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "inroads", &mut script);
            let text = String::from_utf8_lossy(&script).into_owned();
            Ok(out(
                text.clone(),
                json!({ "shell": shell.to_string(), "script": text }),
            ))
        }
        Command::Lead(cmd) => {
            let clock =
                crate::pipeline::Clock::new(cli.offset.as_deref(), zone_of(path), cli.today, now)?;
            crate::pipeline::lead(path, &clock, cmd)
        }
        Command::Stats { from, to } => crate::pipeline::stats(path, from, to),
    }
}

/// Reads a text file the user named (an import, a template) through the
/// library's bounded reader: at most `limit` bytes, plain files only, with
/// its path in every error.
pub fn read_text(file: &Path, limit: u64) -> Result<String, Error> {
    store::read_text_limited(file, limit)
}

pub fn load(path: &Path) -> Result<Network, Error> {
    if !path.exists() {
        return Err(Error::new(ErrorKind::NotFound {
            what: "data file",
            key: path.display().to_string(),
        }));
    }
    store::load(path)
}

/// Under the data file's lock: loads, applies `change`, and saves only
/// when it succeeded. Two commands changing the same file at once run one
/// after the other; neither change is lost.
pub fn change<T>(
    path: &Path,
    change: impl FnOnce(&mut Network) -> Result<T, Error>,
) -> Result<(Network, T), Error> {
    if !path.exists() {
        load(path)?;
    }
    let _lock = lock(path)?;
    let mut net = load(path)?;
    let value = change(&mut net)?;
    store::save(&net, path)?;
    Ok((net, value))
}

fn init(path: &Path, name: String, background: String) -> Result<Output, Error> {
    if path.exists() {
        return Err(Error::new(ErrorKind::Duplicate {
            what: "data file",
            key: path.display().to_string(),
            existing: "it was left as it is; choose another --data path".into(),
        }));
    }
    let net = Network::new(Profile {
        name,
        background,
        ..Profile::default()
    })?;
    let _lock = lock(path)?;
    if path.exists() {
        return Err(Error::new(ErrorKind::Duplicate {
            what: "data file",
            key: path.display().to_string(),
            existing: "it was left as it is; choose another --data path".into(),
        }));
    }
    store::save(&net, path)?;
    Ok(out(
        format!("created {}", path.display()),
        json!({ "created": path.display().to_string() }),
    ))
}

fn profile(path: &Path, cmd: ProfileCmd) -> Result<Output, Error> {
    let (net, changed) = match cmd {
        ProfileCmd::Show => (load(path)?, false),
        ProfileCmd::Set {
            name,
            background,
            target_fields,
            timezone,
            job_zone,
            education,
            clear_job_zone,
        } => {
            let (net, ()) = change(path, |n| {
                let mut p = n.profile().clone();
                if let Some(z) = job_zone {
                    p.job_zone = Some(z.parse::<inroads::JobZone>()?);
                }
                if let Some(e) = education {
                    p.job_zone = Some(e.parse::<inroads::Education>()?.job_zone());
                }
                if clear_job_zone {
                    p.job_zone = None;
                }
                if let Some(z) = timezone {
                    p.timezone = Some(inroads::Zone::parse(&z)?.name().to_string());
                }
                if let Some(x) = name {
                    p.name = x;
                }
                if let Some(x) = background {
                    p.background = x;
                }
                if !target_fields.is_empty() {
                    p.target_fields = target_fields
                        .iter()
                        .map(|f| inroads::FieldCode::parse(f))
                        .collect::<Result<_, _>>()?;
                }
                n.set_profile(p)
            })?;
            (net, true)
        }
    };
    let p = net.profile();
    let fields: Vec<String> = p
        .target_fields
        .iter()
        .map(|f| crate::fmt::field_label(*f))
        .collect();
    let industries: Vec<String> = p
        .target_industries
        .iter()
        .filter_map(|i| net.industry(*i))
        .map(|i| i.name.clone())
        .collect();
    let text = format!(
        "{}{}\n  background: {}\n  target fields: {}\n  target industries: {}\n  skills: {}\n  interests: {}\n  job zone: {}\n  time zone: {}",
        if changed { "updated: " } else { "" },
        p.name,
        p.background,
        fields.join("; "),
        industries.join(", "),
        p.skills.len(),
        p.interests.map_or("none (fit infers them from the skills you enjoy most)".to_string(), |i| i.holland()),
        p.job_zone.map_or("none".to_string(), |z| format!("{z} ({})", z.preparation())),
        p.timezone.as_deref().unwrap_or("none (UTC, or --offset)")
    );
    Ok(out(text, json!({ "profile": p })))
}

fn interests(path: &Path, cmd: crate::args::InterestsCmd) -> Result<Output, Error> {
    use crate::args::InterestsCmd;
    let net = match cmd {
        InterestsCmd::Show => load(path)?,
        InterestsCmd::Set { code } => {
            let given: inroads::Interests = code.parse()?;
            change(path, |n| {
                let mut p = n.profile().clone();
                p.interests = Some(given);
                n.set_profile(p)
            })?
            .0
        }
        InterestsCmd::Clear => {
            change(path, |n| {
                let mut p = n.profile().clone();
                p.interests = None;
                n.set_profile(p)
            })?
            .0
        }
    };
    let inferred = match net.profile().interests {
        Some(_) => None,
        None => {
            let mut options = inroads::FitOptions::default();
            options.top = 0;
            inroads::fit(
                net.profile(),
                net.industries(),
                inroads::Catalog::builtin()?,
                &options,
            )
            .interests
        }
    };
    let text = match net.profile().interests {
        None => format!(
            "no interests given: {}\n(set yours with `inroads interests set SAE`: R Realistic, I Investigative, A Artistic, S Social, E Enterprising, C Conventional)",
            inferred.as_ref().map_or(
                "fit will infer a weak signal once you rate some skills you enjoy (4 or 5)".to_string(),
                |s| format!("fit uses {s}")
            )
        ),
        Some(i) => {
            let mut t = format!("interests {}\n", i.holland());
            for a in inroads::Interest::ALL {
                let _ = writeln!(t, "  {} {:<14} {:.1}", a.letter(), a.to_string(), i.score(a));
            }
            t
        }
    };
    Ok(out(
        text,
        json!({
            "interests": net.profile().interests,
            "holland": net.profile().interests.map(|i| i.holland()),
            "inferred": inferred,
        }),
    ))
}

/// `skill read`: the readings of a skill's words, and the choice of one.
fn skill_read(
    path: &Path,
    name: &str,
    pick: Option<usize>,
    clear: bool,
    limit: usize,
) -> Result<Output, Error> {
    let skill = Skill::new(name)?;
    let catalog = inroads::Catalog::builtin()?;
    let net = load(path)?;
    let rating = net
        .profile()
        .skill(&skill)
        .ok_or_else(|| {
            Error::new(inroads::ErrorKind::NotFound {
                what: "skill",
                key: skill.name().to_string(),
            })
        })?
        .clone();
    let readings = catalog.read_phrase(skill.name(), limit.max(pick.unwrap_or(0)));
    if clear || pick.is_some() {
        let read_as = match pick {
            Some(n) => Some(
                readings
                    .get(n.wrapping_sub(1))
                    .ok_or_else(|| {
                        Error::invalid(
                            "pick",
                            n.to_string(),
                            format!(
                                "choose a reading from 1 to {} (see `inroads skill read {:?}`)",
                                readings.len(),
                                skill.name()
                            ),
                        )
                    })?
                    .text
                    .clone(),
            ),
            None => None,
        };
        let mut edit = inroads::SkillEdit::default();
        edit.read_as = Some(read_as.clone());
        let (_, rating) = change(path, |n| n.edit_skill(&skill, &edit))?;
        let text = match &read_as {
            Some(r) => format!("{} now reads as: {r}\n", rating.skill),
            None => format!("{} reads its own words again\n", rating.skill),
        };
        return Ok(out(text, json!({ "updated": rating })));
    }
    let mut t = String::new();
    if let Some(r) = &rating.read_as {
        let _ = writeln!(t, "{} reads as your choice: {r}", rating.skill);
        let _ = writeln!(t, "(`--clear` reads its own words again)\n");
    }
    if readings.is_empty() {
        let _ = writeln!(
            t,
            "no task, tool, technology or job title holds the words of {:?}",
            skill.name()
        );
    } else {
        let _ = writeln!(t, "What {:?} reads as, closest first:", skill.name());
        for (i, r) in readings.iter().enumerate() {
            let _ = writeln!(t, "  {}. {r}", i + 1);
        }
        let _ = writeln!(
            t,
            "\nChoose one with `inroads skill read {:?} --pick N`.",
            skill.name()
        );
    }
    Ok(out(t, json!({ "skill": rating, "readings": readings })))
}

fn skill(path: &Path, cmd: SkillCmd) -> Result<Output, Error> {
    match cmd {
        SkillCmd::Add {
            name,
            proficiency,
            enjoyment,
        } => {
            let rating = SkillRating::new(&name, proficiency, enjoyment)?;
            let (_, ()) = change(path, |n| n.add_skill(rating.clone()))?;
            Ok(out(
                format!(
                    "added skill {} (proficiency {}, enjoyment {})",
                    rating.skill, rating.proficiency, rating.enjoyment
                ),
                json!({ "added": rating }),
            ))
        }
        SkillCmd::List => {
            let net = load(path)?;
            let skills = &net.profile().skills;
            let mut text = String::new();
            for s in skills {
                let _ = writeln!(
                    text,
                    "{:<32} proficiency {}  enjoyment {}",
                    s.skill.name(),
                    s.proficiency,
                    s.enjoyment
                );
            }
            if skills.is_empty() {
                text.push_str("no skills yet: add one with `inroads skill add NAME --proficiency N --enjoyment N`\n");
            }
            Ok(out(text, json!({ "skills": skills })))
        }
        SkillCmd::Edit {
            name,
            proficiency,
            enjoyment,
        } => {
            let skill = Skill::new(&name)?;
            let mut edit = inroads::SkillEdit::default();
            edit.proficiency = proficiency.map(inroads::Rating::new).transpose()?;
            edit.enjoyment = enjoyment.map(inroads::Rating::new).transpose()?;
            let (_, rating) = change(path, |n| n.edit_skill(&skill, &edit))?;
            Ok(out(
                format!(
                    "skill {} is now proficiency {}, enjoyment {}",
                    rating.skill, rating.proficiency, rating.enjoyment
                ),
                json!({ "updated": rating }),
            ))
        }
        SkillCmd::Read {
            name,
            pick,
            clear,
            limit,
        } => skill_read(path, &name, pick, clear, limit),
        SkillCmd::Remove { name } => {
            let skill = Skill::new(&name)?;
            let (_, removed) = change(path, |n| n.remove_skill(&skill))?;
            Ok(out(
                format!("removed skill {}", removed.skill),
                json!({ "removed": removed }),
            ))
        }
    }
}

fn industry(path: &Path, cmd: IndustryCmd) -> Result<Output, Error> {
    match cmd {
        IndustryCmd::Add {
            name,
            notes,
            target,
            naics,
        } => {
            if let Some(code) = &naics {
                // The format is the library's rule; whether OEWS publishes
                // the code is the built-in tables' (a hint for the user).
                inroads::LabourMarket::builtin()?.require_industry(code)?;
            }
            let industry = Industry {
                name,
                notes: notes.unwrap_or_default(),
                demands: Vec::new(),
                naics,
            };
            let (net, id) = change(path, |n| {
                let id = n.add_industry(industry)?;
                if target {
                    n.add_target_industry(id)?;
                }
                Ok(id)
            })?;
            let name = net.industry(id).map(|i| i.name.clone()).unwrap_or_default();
            Ok(out(
                format!("added industry {name}"),
                json!({ "added": { "id": id, "name": name, "target": target } }),
            ))
        }
        IndustryCmd::List => {
            let net = load(path)?;
            let list = inroads::industry_summaries(&net);
            let mut text = String::new();
            for i in &list {
                let _ = writeln!(
                    text,
                    "{}{}{}  ({})",
                    i.name,
                    if i.target { " [target]" } else { "" },
                    i.naics
                        .as_deref()
                        .map_or(String::new(), |n| format!(" NAICS {n}")),
                    crate::fmt::count(i.companies, "company", "companies")
                );
            }
            if list.is_empty() {
                text.push_str("no industries yet: add one with `inroads industry add NAME`\n");
            }
            Ok(out(text, json!({ "industries": list })))
        }
        IndustryCmd::Edit {
            name,
            new_name,
            notes,
            target,
            no_target,
            demands,
            remove_demands,
            naics,
        } => {
            let mut edit = inroads::IndustryEdit::default();
            if let Some(code) = naics {
                inroads::LabourMarket::builtin()?.require_industry(&code)?;
                edit.naics = inroads::Change::Set(code);
            }
            edit.name = new_name;
            edit.notes = notes;
            edit.target = match (target, no_target) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            };
            edit.set_demands = demands
                .iter()
                .map(|d| inroads::SkillDemand::parse(d))
                .collect::<Result<_, _>>()?;
            edit.remove_demands = remove_demands
                .iter()
                .map(|s| Skill::new(s))
                .collect::<Result<_, _>>()?;
            let (net, id) = change(path, |n| {
                let id = n.resolve_industry(&name)?;
                n.edit_industry(id, &edit)?;
                Ok(id)
            })?;
            let i = net.industry(id);
            let summary = inroads::industry_summaries(&net)
                .into_iter()
                .find(|s| s.id == id);
            let mut text = format!(
                "updated industry {}",
                i.map_or(String::new(), |i| i.name.clone())
            );
            if let Some(i) = i {
                let _ = write!(
                    text,
                    "{}; demands {}",
                    if net.profile().target_industries.contains(&id) {
                        " (a target)"
                    } else {
                        ""
                    },
                    if i.demands.is_empty() {
                        "no skills yet".to_string()
                    } else {
                        i.demands
                            .iter()
                            .map(|d| format!("{} {:.2}", d.skill, d.weight))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                );
            }
            Ok(out(text, json!({ "updated": summary, "industry": i })))
        }
        IndustryCmd::Remove { name, detach } => {
            let (_, removed) = change(path, |n| {
                let id = n.resolve_industry(&name)?;
                n.remove_industry(id, removal(detach))
            })?;
            Ok(out(
                format!("removed industry {}", removed.name),
                json!({ "removed": removed }),
            ))
        }
    }
}

fn removal(detach: bool) -> Removal {
    if detach {
        Removal::Detach
    } else {
        Removal::Refuse
    }
}

/// The company fields given on the command line, as the library's edit.
fn company_edit(net: &Network, f: CompanyFields) -> Result<inroads::CompanyEdit, Error> {
    use inroads::Change;
    let mut e = inroads::CompanyEdit::default();
    if let Some(i) = f.industry {
        e.industry = Change::Set(net.resolve_industry(&i)?);
    }
    if let Some(w) = f.website {
        e.website = Change::Set(w);
    }
    if let Some(l) = f.location {
        e.location = Change::Set(l);
    }
    if let Some(s) = f.size {
        e.size = Change::Set(s.parse()?);
    }
    e.notes = f.notes;
    Ok(e)
}

fn company(path: &Path, cmd: CompanyCmd) -> Result<Output, Error> {
    match cmd {
        CompanyCmd::Add { name, fields } => {
            let (net, id) = change(path, |n| {
                let mut c = Company::named(&name);
                company_edit(n, fields)?.apply(&mut c);
                n.add_company(c)
            })?;
            let summary = inroads::company_summaries(&net)
                .into_iter()
                .find(|s| s.id == id);
            Ok(out(
                format!("added company {name}"),
                json!({ "added": summary }),
            ))
        }
        CompanyCmd::List => {
            let net = load(path)?;
            let list = inroads::company_summaries(&net);
            let mut text = String::new();
            for c in &list {
                let _ = writeln!(
                    text,
                    "{} {} {}",
                    crate::fmt::col(&c.name, 32),
                    crate::fmt::col(c.industry.as_deref().unwrap_or("-"), 32),
                    crate::fmt::count(c.contacts, "contact", "contacts")
                );
            }
            if list.is_empty() {
                text.push_str("no companies yet: add one with `inroads company add NAME`\n");
            }
            Ok(out(text, json!({ "companies": list })))
        }
        CompanyCmd::Show { name } => {
            let net = load(path)?;
            let id = net.resolve_company(&name)?;
            let c = net.company(id).ok_or_else(|| {
                Error::new(ErrorKind::NotFound {
                    what: "company",
                    key: name,
                })
            })?;
            let detail = inroads::company_detail(&net, id)?;
            let industry = detail.industry.clone();
            let contacts = &detail.contacts;
            let mut text = format!("{}\n", c.name);
            let mut line = |k: &str, v: Option<&str>| {
                if let Some(v) = v.filter(|v| !v.is_empty()) {
                    let _ = writeln!(text, "  {k:<10} {v}");
                }
            };
            line("industry", industry.as_deref());
            line("NAICS", detail.naics.as_deref());
            line("website", c.website.as_deref());
            line("location", c.location.as_deref());
            line("notes", Some(&c.notes));
            for p in contacts {
                let _ = writeln!(
                    text,
                    "  contact    {} — {}",
                    p.name,
                    p.title.as_deref().unwrap_or("no title")
                );
            }
            Ok(out(text, json!(detail)))
        }
        CompanyCmd::Edit {
            name,
            new_name,
            fields,
            no_industry,
            add_note,
        } => {
            let (net, id) = change(path, |n| {
                let id = n.resolve_company(&name)?;
                let mut edit = company_edit(n, fields)?;
                edit.name = new_name;
                if no_industry {
                    edit.industry = inroads::Change::Clear;
                }
                edit.add_note = add_note;
                n.edit_company(id, &edit)?;
                Ok(id)
            })?;
            let detail = inroads::company_detail(&net, id)?;
            Ok(out(
                format!("updated company {}", detail.company.name),
                json!(detail),
            ))
        }
        CompanyCmd::Rename { name, new_name } => {
            let (net, id) = change(path, |n| {
                let id = n.resolve_company(&name)?;
                n.rename_company(id, &new_name)?;
                Ok(id)
            })?;
            let c = net.company(id);
            Ok(out(
                format!("renamed to {new_name}"),
                json!({ "id": id, "company": c }),
            ))
        }
        CompanyCmd::Merge { keep, other } => {
            let (net, (k, o)) = change(path, |n| {
                let (k, o) = (n.resolve_company(&keep)?, n.resolve_company(&other)?);
                n.merge_companies(k, o)?;
                Ok((k, o))
            })?;
            let moved = net.contacts_at(k).len();
            Ok(out(
                format!(
                    "merged {other} into {keep}: {moved} contact{} there now",
                    if moved == 1 { "" } else { "s" }
                ),
                json!({ "kept": k, "merged": o, "contacts": moved, "company": net.company(k) }),
            ))
        }
        CompanyCmd::Remove { name, detach } => {
            let (_, removed) = change(path, |n| {
                let id = n.resolve_company(&name)?;
                n.remove_company(id, removal(detach))
            })?;
            Ok(out(
                format!("removed company {}", removed.name),
                json!({ "removed": removed }),
            ))
        }
    }
}

/// The contact fields given on the command line, as the library's edit.
fn contact_edit(net: &Network, f: ContactFields) -> Result<inroads::ContactEdit, Error> {
    use inroads::Change;
    let mut e = inroads::ContactEdit::default();
    if let Some(k) = f.company {
        e.company = Change::Set(net.resolve_company(&k)?);
    }
    if let Some(t) = f.title {
        e.title = Change::Set(t);
    }
    if let Some(s) = f.seniority {
        e.seniority = Some(Seniority::parse(&s)?);
    }
    e.add_emails = f.emails;
    e.add_phones = f.phones;
    e.add_tags = f.tags;
    if let Some(u) = f.url {
        e.profile_url = Change::Set(u);
    }
    if let Some(h) = f.how_met {
        e.how_met = Change::Set(h);
    }
    e.notes = f.notes;
    if let Some(code) = f.field {
        e.field = Change::Set(inroads::FieldCode::parse(&code)?);
    }
    Ok(e)
}

fn contact_json(net: &Network, id: inroads::ContactId) -> Value {
    let summary = inroads::contact_summary(net, id);
    json!(summary)
}

fn contact(path: &Path, cmd: ContactCmd, today: NaiveDate) -> Result<Output, Error> {
    match cmd {
        ContactCmd::Add { name, fields } => {
            let (net, id) = change(path, |n| {
                let mut c = Contact::new(&name, today);
                contact_edit(n, fields)?.apply(&mut c)?;
                n.add_contact(c)
            })?;
            Ok(out(
                format!("added contact {}", inroads::describe_contact(&net, id)),
                json!({ "added": contact_json(&net, id) }),
            ))
        }
        ContactCmd::List {
            tag,
            stage,
            company,
            field,
            search,
        } => {
            let net = load(path)?;
            let mut filter = inroads::ContactFilter::default();
            let filtered = tag.is_some()
                || stage.is_some()
                || company.is_some()
                || field.is_some()
                || search.is_some();
            filter.tag = tag;
            filter.stage = stage.as_deref().map(str::parse).transpose()?;
            filter.company = company
                .as_deref()
                .map(|k| net.resolve_company(k))
                .transpose()?;
            filter.field = field.as_deref().map(str::parse).transpose()?;
            filter.search = search;
            let list = inroads::filter_contacts(&net, &filter);
            let mut text = String::new();
            use crate::fmt::col;
            for c in &list {
                let _ = writeln!(
                    text,
                    "#{:<5} {} {} {} {} {}",
                    c.id.get(),
                    col(&c.name, 24),
                    col(c.stage.as_str(), 15),
                    col(c.title.as_deref().unwrap_or("-"), 32),
                    col(c.company.as_deref().unwrap_or("-"), 24),
                    c.emails.first().map(String::as_str).unwrap_or("")
                );
            }
            if list.is_empty() && filtered {
                text.push_str("nobody matches those filters\n");
            } else if list.is_empty() {
                text.push_str("no contacts yet: add one with `inroads contact add NAME`\n");
            }
            Ok(out(text, json!({ "contacts": list })))
        }
        ContactCmd::Search { text: query } => {
            let net = load(path)?;
            let list: Vec<_> = net
                .search_contacts(&query)
                .into_iter()
                .filter_map(|id| inroads::contact_summary(&net, id))
                .collect();
            let mut text = String::new();
            for c in &list {
                let _ = writeln!(
                    text,
                    "#{:<5} {:<24} {:<36} {}",
                    c.id.get(),
                    c.name,
                    c.title.as_deref().unwrap_or("-"),
                    c.company.as_deref().unwrap_or("-")
                );
            }
            if list.is_empty() {
                let _ = writeln!(text, "nobody matches {query:?}");
            }
            Ok(out(text, json!({ "contacts": list })))
        }
        ContactCmd::Show { contact } => {
            let net = load(path)?;
            let id = net.resolve_contact(&contact)?;
            let d = inroads::contact_detail(&net, id)?;
            let c = &d.contact;
            let mut text = format!("{} (#{})\n", c.name, id.get());
            let mut line = |k: &str, v: &str| {
                if !v.is_empty() {
                    let _ = writeln!(text, "  {k:<10} {v}");
                }
            };
            line("title", c.title.as_deref().unwrap_or(""));
            line(
                "field",
                &c.field.map(crate::fmt::field_label).unwrap_or_default(),
            );
            line("seniority", c.seniority.as_str());
            line("company", d.company.as_deref().unwrap_or(""));
            line("stage", d.stage.as_str());
            line("emails", &c.emails.join(", "));
            line("phones", &c.phones.join(", "));
            line("profile", c.profile_url.as_deref().unwrap_or(""));
            line("tags", &c.tags.join(", "));
            line("how met", c.how_met.as_deref().unwrap_or(""));
            line("notes", &c.notes);
            line("added", &c.created.to_string());
            for notes in &d.meeting_notes {
                for l in notes.lines() {
                    line("meeting", &l);
                }
            }
            for f in &d.imported {
                line(
                    "imported",
                    &format!(
                        "{} from {} on {}{}",
                        f.field.as_str(),
                        f.source.from.as_str(),
                        f.source.on,
                        if f.edited {
                            " (since edited by you)"
                        } else {
                            ""
                        }
                    ),
                );
            }
            Ok(out(text, json!(d)))
        }
        ContactCmd::Edit {
            contact,
            name,
            fields,
            no_company,
            add_note,
            remove_emails,
            remove_phones,
            remove_tags,
        } => {
            let (net, id) = change(path, |n| {
                let id = n.resolve_contact(&contact)?;
                let mut edit = contact_edit(n, fields)?;
                edit.name = name;
                if no_company {
                    edit.company = inroads::Change::Clear;
                }
                edit.add_note = add_note;
                edit.remove_emails = remove_emails;
                edit.remove_phones = remove_phones;
                edit.remove_tags = remove_tags;
                n.edit_contact(id, &edit)?;
                Ok(id)
            })?;
            Ok(out(
                format!("updated contact {}", inroads::describe_contact(&net, id)),
                json!({ "updated": contact_json(&net, id) }),
            ))
        }
        ContactCmd::Remove { contact, detach } => {
            let (_, (id, removed)) = change(path, |n| {
                let id = n.resolve_contact(&contact)?;
                Ok((id, n.remove_contact(id, removal(detach))?))
            })?;
            Ok(out(
                format!("removed contact {}", removed.name),
                json!({ "removed": { "id": id, "name": removed.name } }),
            ))
        }
        ContactCmd::Refield => {
            let catalog = inroads::Catalog::builtin()?;
            let (_, changed) = change(path, |n| Ok(inroads::rederive_fields(n, catalog)))?;
            let mut t = String::new();
            let field = |f: Option<inroads::FieldCode>| {
                f.map_or_else(
                    || "none".to_string(),
                    |f| {
                        catalog
                            .field(f)
                            .map_or_else(|| f.to_string(), |x| format!("{f} {}", x.name))
                    },
                )
            };
            for c in &changed {
                let _ = writeln!(
                    t,
                    "  {} ({}): {} → {}",
                    c.name,
                    c.title,
                    field(c.from),
                    field(c.to)
                );
            }
            let _ = writeln!(
                t,
                "{} contact{} changed field",
                changed.len(),
                if changed.len() == 1 { "" } else { "s" }
            );
            Ok(out(t, json!({ "changed": changed })))
        }
    }
}

fn cadence(path: &Path, cmd: crate::args::CadenceCmd, today: NaiveDate) -> Result<Output, Error> {
    use crate::args::CadenceCmd;
    use inroads::{Cadence, Change, ContactEdit};
    match cmd {
        CadenceCmd::Set {
            contact,
            tag,
            every,
            at_most,
        } => {
            // It counts from today, or from the last time in touch if
            // later: not from when you connected.
            let cadence = Cadence::new(
                every,
                at_most.unwrap_or(every.saturating_add(every / 2)),
                Some(today),
            );
            let who = change(path, |n| match (&contact, &tag) {
                (Some(c), _) => {
                    let id = n.resolve_contact(c)?;
                    let mut edit = ContactEdit::default();
                    edit.cadence = Change::Set(cadence);
                    n.edit_contact(id, &edit)?;
                    Ok(inroads::describe_contact(n, id))
                }
                (None, Some(t)) => {
                    n.set_tag_cadence(t, Some(cadence))?;
                    Ok(format!("everyone tagged {t}"))
                }
                (None, None) => Err(Error::invalid("cadence", "", "give --contact or --tag")),
            })?
            .1;
            Ok(out(
                format!(
                    "keep in touch with {who}: every {} days, at most {}",
                    cadence.ideal_days, cadence.max_days
                ),
                json!({ "set": cadence, "contact": contact, "tag": tag }),
            ))
        }
        CadenceCmd::Clear { contact, tag } => {
            change(path, |n| match (&contact, &tag) {
                (Some(c), _) => {
                    let id = n.resolve_contact(c)?;
                    let mut edit = ContactEdit::default();
                    edit.cadence = Change::Clear;
                    n.edit_contact(id, &edit)
                }
                (None, Some(t)) => n.set_tag_cadence(t, None),
                (None, None) => Err(Error::invalid("cadence", "", "give --contact or --tag")),
            })?;
            Ok(out(
                "cadence cleared".to_string(),
                json!({ "cleared": { "contact": contact, "tag": tag } }),
            ))
        }
        CadenceCmd::List => {
            let net = load(path)?;
            let mut text = String::new();
            let tags: Vec<_> = net
                .tag_cadences()
                .map(|(t, c)| json!({ "tag": t, "cadence": c }))
                .collect();
            for (t, c) in net.tag_cadences() {
                let _ = writeln!(
                    text,
                    "  tag {t}: every {} days, at most {}",
                    c.ideal_days, c.max_days
                );
            }
            let contacts: Vec<_> = net
                .contacts()
                .filter_map(|(id, c)| c.cadence.map(|k| (id, c, k)))
                .map(|(id, c, k)| {
                    let _ = writeln!(
                        text,
                        "  #{} {}: every {} days, at most {}",
                        id.get(),
                        c.name,
                        k.ideal_days,
                        k.max_days
                    );
                    json!({ "contact": id, "name": c.name, "cadence": k })
                })
                .collect();
            if text.is_empty() {
                text.push_str(
                    "no cadences yet: set one with `inroads cadence set --tag TAG --every DAYS`\n",
                );
            }
            Ok(out(text, json!({ "tags": tags, "contacts": contacts })))
        }
    }
}
