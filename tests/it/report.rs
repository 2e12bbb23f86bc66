//! The HTML report (issue 15): built by the library, drawn without script
//! or outside request, escaped, redacted like the redacted export, and
//! opened in a real browser (headless Chromium) when one is installed —
//! `.ci/run` installs it and sets `INROADS_BROWSER=1`, which makes a
//! missing browser a failure instead of a skip.
#![cfg(all(feature = "onet", feature = "report"))]

use crate::day;
use inroads::{render_html, report, Catalog, Company, Contact, Network, ReportOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

fn out_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("report-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn html_of(net: &Network, redact: bool) -> String {
    let mut o = ReportOptions::new(day(2026, 3, 2));
    o.redact = redact;
    render_html(&report(net, Catalog::builtin().ok(), &o).unwrap())
}

const HOSTILE: [&str; 2] = [
    "<img src=x onerror=alert(1)>",
    "</svg><script>alert(2)</script>",
];

/// The persona with two contacts whose names are attacks.
fn persona_with_hostile_names() -> Network {
    let mut net = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let k = net.add_company(Company::named("<b>Evil & Co</b>")).unwrap();
    for n in HOSTILE {
        let mut c = Contact::new(n, day(2026, 2, 1));
        c.company = Some(k);
        net.add_contact(c).unwrap();
    }
    net
}

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// The rendered DOM of a file, and a screenshot beside it.
fn browse(browser: &Path, file: &Path, shot: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let base = |cmd: &mut Command| {
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()));
    };
    let url = format!("file://{}", file.display());
    let mut dump = Command::new(browser);
    base(&mut dump);
    let o = dump.arg("--dump-dom").arg(&url).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut snap = Command::new(browser);
    base(&mut snap);
    let s = snap
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1280,3200")
        .arg(&url)
        .output()
        .unwrap();
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_report_is_self_contained_escaped_and_deterministic() {
    let net = persona_with_hostile_names();
    let html = html_of(&net, false);
    assert_eq!(
        html,
        html_of(&net, false),
        "the same input gives the same bytes"
    );
    assert!(!html.contains("<script"), "no script of any kind");
    // No tag refers to anything outside the file (data in text is escaped,
    // so every real tag starts with '<').
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        for attr in [" src=", " href=", " xlink:href=", " srcset=", " action="] {
            assert!(!tag.contains(attr), "an outside reference in <{tag}>");
        }
    }
    for (at, _) in html.match_indices("url(") {
        assert!(
            html[at + 4..].starts_with('#'),
            "url() outside the file at byte {at}"
        );
    }
    for css in ["@import", "@font-face"] {
        assert!(
            !html.contains(css),
            "an outside reference in the style: {css}"
        );
    }
    assert!(
        html.contains("default-src 'none'"),
        "a policy that forbids requests"
    );
    for id in [
        "today", "pipeline", "rhythm", "network", "transfer", "reach",
    ] {
        assert!(
            html.contains(&format!("<section id=\"{id}\"")),
            "no {id} section"
        );
    }
    // Every chart has a title and a text alternative.
    assert_eq!(
        html.matches("<svg ").count(),
        html.matches("<desc id=").count()
    );
    assert!(html.matches("<svg ").count() >= 5);
    // Where the skills transfer carries BLS figures (issue 12): each
    // occupation's US jobs and median wage, and the industries employing
    // them, Educational Services first for the teacher.
    assert!(
        html.contains("Industries that employ these occupations"),
        "no labour-market chart"
    );
    // (Her first occupation since issue 22 read "Curriculum Design" in the
    // occupations' text: Instructional Coordinators, OEWS 25-9031, 227,760
    // jobs, median $77,440.)
    let label = "Instructional Coordinators: ";
    let at = html.find(label).expect("the teacher's first occupation") + label.len();
    let beside = html[at..].split(';').next().unwrap();
    assert!(
        beside.ends_with(" · 227,760 jobs · median $77,440"),
        "no BLS figures beside the occupations: {beside}"
    );
    let labour = &html[html.find("id=\"labour-chart\"").unwrap()..];
    assert!(
        labour.contains("<desc id=\"labour-chart-d\">Sector 61 - Educational Services: "),
        "{}",
        &labour[..600]
    );
    // Hostile names are text.
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Evil &amp; Co&lt;/b&gt;"));
}

#[test]
fn the_redacted_report_leaks_no_personal_data() {
    let net = inroads::sample::teacher_candidate_network().unwrap();
    let html = html_of(&net, true);
    assert!(html.contains("redacted"));
    for (_, c) in net.contacts() {
        for s in &crate::personal_data(c) {
            assert!(
                !html.contains(s.as_str()),
                "the redacted report contains {s:?}"
            );
        }
    }
    assert!(!html.contains(&net.profile().name));
}

#[test]
fn a_thousand_contacts_fit_in_the_limits() {
    let mut o = inroads::synthetic::SyntheticOptions::scale(1000, 10_000);
    o.entries_per_contact = 4;
    let net = inroads::synthetic::generate(&o).unwrap();
    let mut ro = ReportOptions::new(day(2026, 3, 2));
    ro.max_nodes = 400;
    let view = report(&net, Catalog::builtin().ok(), &ro).unwrap();
    assert_eq!(view.network.nodes.len(), 401, "400 contacts and you");
    assert_eq!(view.network.left_out, 600);
    let html = render_html(&view);
    assert!(html.len() <= 2 * 1024 * 1024, "{} bytes", html.len());
    assert!(html.contains("600 more not drawn"));
    std::fs::write(out_dir().join("report-1000.html"), &html).unwrap();
}

#[test]
fn in_a_real_browser() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("INROADS_BROWSER").is_none(),
            "INROADS_BROWSER is set but no Chromium is installed"
        );
        eprintln!("skipped: no Chromium (install the Debian package `chromium`)");
        return;
    };
    let dir = out_dir();
    // The persona as the README shows it (docs/report-persona.png is a copy
    // of this screenshot).
    let plain = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let file = dir.join("report-readme.html");
    std::fs::write(&file, html_of(&plain, false)).unwrap();
    let dom = browse(&browser, &file, &dir.join("report-readme.png"));
    assert!(dom.contains("The job search of Maya Chen"));
    // The persona, with the hostile names.
    let net = persona_with_hostile_names();
    let file = dir.join("report-persona.html");
    std::fs::write(&file, html_of(&net, false)).unwrap();
    let dom = browse(&browser, &file, &dir.join("report-persona.png"));
    for id in [
        "today", "pipeline", "rhythm", "network", "transfer", "reach",
    ] {
        assert!(dom.contains(&format!("id=\"{id}\"")), "no {id} in the DOM");
    }
    for name in ["Tom Okafor", "Priya Raman", "Sam Whitaker"] {
        assert!(dom.contains(name), "{name} missing from the DOM");
    }
    // The attacks stayed text: no element was made from them.
    assert!(!dom.contains("<img"), "an <img> element was created");
    assert!(!dom.contains("<script"), "a <script> element was created");
    assert!(!dom.contains("<b>Evil"), "markup from a company name");
    assert!(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // Charts carry their numbers.
    assert!(dom.contains("requests sent"));
    assert!(dom.contains("<title id=\"rt\">Outreach per week</title>"));
    // A thousand contacts.
    let mut o = inroads::synthetic::SyntheticOptions::scale(1000, 10_000);
    o.entries_per_contact = 4;
    let big = inroads::synthetic::generate(&o).unwrap();
    let file = dir.join("report-1000.html");
    std::fs::write(&file, html_of(&big, false)).unwrap();
    let dom = browse(&browser, &file, &dir.join("report-1000.png"));
    assert!(dom.contains("600 more not drawn"));
    assert!(dom.matches("<g class=\"node\">").count() == 401);
    assert!(dir.join("report-persona.png").metadata().unwrap().len() > 10_000);
}
