//! The report as one self-contained HTML file: inline CSS and SVG, no
//! script, no font, image or style from elsewhere. Written by hand rather
//! than with a template engine: every value from the data goes through
//! [`esc`] (text and attributes alike), and the only markup not escaped
//! is the literal markup in this file.

use super::{NetworkPicture, Report, Transfer, WeekCounts};
use crate::journal::Stage;
use std::fmt::Write as _;

/// Escapes text for HTML and SVG, in element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// "1 meeting", "2 meetings".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn colour(stage: Stage) -> &'static str {
    match stage {
        Stage::Identified => "#9aa5b1",
        Stage::Requested => "#f0b429",
        Stage::Replied => "#2bb0ed",
        Stage::Scheduled => "#7b61ff",
        Stage::Met => "#27ab83",
        Stage::Thanked => "#199473",
        Stage::ReferralsAsked => "#0c6b58",
        Stage::Declined => "#e12d39",
        Stage::NoResponse => "#7b8794",
    }
}

/// A one- or two-letter mark for a stage, so colour is never the only sign.
fn mark(stage: Stage) -> &'static str {
    match stage {
        Stage::Identified => "I",
        Stage::Requested => "Rq",
        Stage::Replied => "Re",
        Stage::Scheduled => "S",
        Stage::Met => "M",
        Stage::Thanked => "T",
        Stage::ReferralsAsked => "RA",
        Stage::Declined => "D",
        Stage::NoResponse => "N",
    }
}

const STYLE: &str = "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}\
main{max-width:1180px;margin:0 auto;padding:24px}\
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 12px;border-bottom:2px solid #d9e2ec;padding-bottom:4px}h3{font-size:15px;margin:18px 0 4px}\
section{background:#fff;border-radius:8px;padding:8px 20px 20px;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}\
.overdue{color:#ab091e;font-weight:600}.muted{color:#616e7c}\
.board{display:flex;flex-wrap:wrap;gap:10px}.col{flex:1 1 170px;background:#f0f4f8;border-radius:6px;padding:8px}\
.col h3{font-size:14px;margin:0 0 8px}.card{background:#fff;border-radius:4px;padding:6px 8px;margin-bottom:6px;border-left:5px solid #9aa5b1;font-size:13px}\
.legend span{display:inline-block;margin-right:12px;font-size:13px}.sw{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px;vertical-align:-1px}\
svg{max-width:100%;height:auto}svg text{font-family:system-ui,sans-serif}\
@media print{body{background:#fff}section{box-shadow:none;break-inside:avoid}}";

/// Draws a report as one HTML document (feature `report`).
///
/// # Returns
/// The HTML text: inline CSS and SVG, no script and no external request;
/// every value from the data escaped. Deterministic: the same report
/// gives the same bytes.
///
/// # Complexity
/// O(size of the report).
pub fn render_html(r: &Report) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let whose = if r.name.trim().is_empty() {
        "Your job search".to_string()
    } else {
        format!("The job search of {}", r.name)
    };
    let title = format!("{whose} — {}", r.today);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{STYLE}</style></head><body><main>\n",
        esc(&title)
    );
    let _ = write!(
        h,
        "<h1>{}</h1><p class=\"muted\">Report for {}{}. Made by inroads; nothing in this file is fetched from elsewhere.</p>",
        esc(&whose),
        r.today,
        if r.redacted {
            " — redacted: names are pseudonyms, no notes"
        } else {
            ""
        }
    );
    today(&mut h, r);
    pipeline(&mut h, r);
    rhythm(&mut h, r);
    network(&mut h, &r.network);
    if let Some(t) = &r.transfer {
        transfer(&mut h, t, r);
    }
    reach(&mut h, r);
    h.push_str("</main></body></html>\n");
    h
}

fn today(h: &mut String, r: &Report) {
    h.push_str("<section id=\"today\"><h2>Today</h2>");
    if r.plan.is_empty() {
        h.push_str("<p>Nothing is due.</p></section>\n");
        return;
    }
    h.push_str(
        "<table><thead><tr><th>When</th><th>What</th><th>Who</th><th>Why</th></tr></thead><tbody>",
    );
    const SHOWN: usize = 25;
    for a in r.plan.iter().take(SHOWN) {
        let _ = write!(
            h,
            "<tr{}><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            if a.overdue { " class=\"overdue\"" } else { "" },
            if a.overdue { "OVERDUE, due by " } else { "by " },
            a.deadline,
            esc(a.kind.label()),
            esc(&a.name),
            esc(&a.reason.to_string())
        );
    }
    h.push_str("</tbody></table>");
    if r.plan.len() > SHOWN {
        let _ = write!(
            h,
            "<p class=\"muted\">… and {} more: see <code>inroads plan</code>.</p>",
            r.plan.len() - SHOWN
        );
    }
    h.push_str("</section>\n");
}

fn pipeline(h: &mut String, r: &Report) {
    h.push_str("<section id=\"pipeline\"><h2>Pipeline</h2><div class=\"board\">");
    for col in &r.pipeline {
        let _ = write!(
            h,
            "<div class=\"col\" data-stage=\"{}\"><h3><span class=\"sw\" style=\"background:{}\"></span>{} ({})</h3>",
            col.stage.as_str(),
            colour(col.stage),
            esc(col.stage.as_str()),
            col.cards.len()
        );
        for c in col.cards.iter().take(12) {
            let _ = write!(
                h,
                "<div class=\"card\" style=\"border-left-color:{}\"><strong>{}</strong>",
                colour(col.stage),
                esc(&c.name)
            );
            if let Some(k) = &c.company {
                let _ = write!(h, "<br><span class=\"muted\">{}</span>", esc(k));
            }
            if let Some((kind, day)) = &c.last_step {
                let _ = write!(h, "<br>last: {} ({day})", esc(kind.name()));
            }
            if let Some(n) = &c.next_step {
                let _ = write!(h, "<br>next: {}", esc(n));
            }
            h.push_str("</div>");
        }
        if col.cards.len() > 12 {
            let _ = write!(
                h,
                "<p class=\"muted\">and {} more</p>",
                col.cards.len() - 12
            );
        }
        h.push_str("</div>");
    }
    h.push_str("</div></section>\n");
}

fn rhythm(h: &mut String, r: &Report) {
    h.push_str("<section id=\"rhythm\"><h2>Rhythm</h2>");
    type Series = (&'static str, &'static str, fn(&WeekCounts) -> u32);
    let series: [Series; 7] = [
        ("requests", "#f0b429", |w| w.requests),
        ("replies", "#2bb0ed", |w| w.replies),
        ("meetings", "#27ab83", |w| w.meetings),
        ("thank-yous", "#199473", |w| w.thanks),
        ("referrals", "#7b61ff", |w| w.referrals),
        ("leads", "#e12d39", |w| w.leads),
        ("in touch", "#829ab1", |w| w.in_touch),
    ];
    let max = r
        .rhythm
        .iter()
        .flat_map(|w| series.iter().map(move |s| (s.2)(w)))
        .max()
        .unwrap_or(0)
        .max(1);
    let (width, height, left, bottom) = (1000.0, 300.0, 50.0, 40.0);
    let plot_h = height - bottom - 20.0;
    let group = (width - left - 10.0) / r.rhythm.len().max(1) as f64;
    let bar = (group - 12.0) / series.len() as f64;
    let mut desc = String::new();
    for w in &r.rhythm {
        let _ = write!(
            desc,
            "week of {}: {}, {}, {}, {}, {}, {}, {}. ",
            w.week_of,
            count(w.requests as usize, "request", "requests"),
            count(w.replies as usize, "reply", "replies"),
            count(w.meetings as usize, "meeting", "meetings"),
            count(w.thanks as usize, "thank-you", "thank-yous"),
            count(w.referrals as usize, "referral", "referrals"),
            count(w.leads as usize, "lead", "leads"),
            count(w.in_touch as usize, "time in touch", "times in touch")
        );
    }
    let _ = write!(
        h,
        "<svg id=\"rhythm-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"rt rd\">\
         <title id=\"rt\">Outreach per week</title><desc id=\"rd\">{}</desc>",
        esc(&desc)
    );
    let _ = write!(
        h,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#52606d\"/>\
         <text x=\"12\" y=\"{}\" transform=\"rotate(-90 12 {})\" font-size=\"12\">count</text>\
         <text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\">week beginning</text>",
        height - bottom,
        width - 10.0,
        height - bottom,
        height / 2.0,
        height / 2.0,
        left + (width - left) / 2.0,
        height - 4.0
    );
    // A label every few weeks when there are many; the year when they span two.
    let every = r.rhythm.len().div_ceil(13).max(1);
    let years = r.rhythm.first().map(|w| w.week_of.format("%Y").to_string())
        != r.rhythm.last().map(|w| w.week_of.format("%Y").to_string());
    let label_format = if years { "%d %b %y" } else { "%d %b" };
    for (i, w) in r.rhythm.iter().enumerate() {
        let x0 = left + 6.0 + i as f64 * group;
        for (j, (name, col, f)) in series.iter().enumerate() {
            let v = f(w);
            let bh = plot_h * f64::from(v) / f64::from(max);
            let x = x0 + j as f64 * bar;
            let y = height - bottom - bh;
            let _ = write!(
                h,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{col}\"><title>{name}: {v}</title></rect>",
                (bar - 1.0).max(1.0)
            );
            if v > 0 {
                let _ = write!(
                    h,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{v}</text>",
                    x + bar / 2.0,
                    y - 2.0
                );
            }
        }
        if i % every == 0 {
            let _ = write!(
                h,
                "<text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
                x0 + group / 2.0 - 6.0,
                height - bottom + 14.0,
                w.week_of.format(label_format)
            );
        }
    }
    h.push_str("</svg><p class=\"legend\">");
    for (name, col, _) in &series {
        let _ = write!(
            h,
            "<span><span class=\"sw\" style=\"background:{col}\"></span>{name}</span>"
        );
    }
    h.push_str("</p>");
    let f = &r.funnel;
    let steps = [
        ("requests sent", f.requests_sent),
        ("answered", f.requests_answered),
        ("meetings held", f.meetings_held),
        ("referrals", f.referrals),
        ("leads", f.leads),
    ];
    let top = steps.iter().map(|s| s.1).max().unwrap_or(0).max(1);
    let _ = write!(
        h,
        "<svg id=\"funnel-chart\" viewBox=\"0 0 1000 {}\" role=\"img\" aria-labelledby=\"ft fd\"><title id=\"ft\">The funnel over these weeks</title><desc id=\"fd\">{}</desc>",
        steps.len() * 34 + 10,
        esc(&steps
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect::<Vec<_>>()
            .join(", "))
    );
    for (i, (name, v)) in steps.iter().enumerate() {
        let y = 6 + i * 34;
        let w = 700.0 * *v as f64 / top as f64;
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{name}</text><rect x=\"150\" y=\"{y}\" width=\"{w:.1}\" height=\"24\" fill=\"#3e4c59\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"13\">{v}</text>",
            y + 17,
            156.0 + w,
            y + 17
        );
    }
    let pct = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{:.0}%", x * 100.0));
    let _ = write!(
        h,
        "</svg><p>Reply rate {}; referrals per meeting {}; leads per meeting {}.</p></section>",
        pct(f.reply_rate),
        f.referrals_per_meeting
            .map_or("–".into(), |x| format!("{x:.2}")),
        f.leads_per_meeting
            .map_or("–".into(), |x| format!("{x:.2}"))
    );
}

fn network(h: &mut String, p: &NetworkPicture) {
    h.push_str("<section id=\"network\"><h2>Network</h2>");
    let _ = write!(
        h,
        "<p>You at the centre, your contacts grouped by company; thicker lines are stronger ties, arrows are referrals, a ring marks a target company. {} drawn{}.</p>",
        p.nodes.len().saturating_sub(1),
        if p.left_out > 0 {
            format!(
                " (the limit is {}; {} more not drawn: the targets and strongest ties are shown first)",
                p.limit, p.left_out
            )
        } else {
            String::new()
        }
    );
    let _ = write!(
        h,
        "<svg id=\"network-chart\" viewBox=\"0 0 1000 1000\" role=\"img\" aria-labelledby=\"nt nd\"><title id=\"nt\">Your network</title><desc id=\"nd\">{}, {}, {} drawn.</desc>\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#7b61ff\"/></marker></defs>",
        count(p.nodes.len(), "person", "people"),
        count(p.ties.len(), "tie", "ties"),
        count(p.referrals.len(), "referral", "referrals")
    );
    for (a, b, s) in &p.ties {
        if let (Some(x), Some(y)) = (p.nodes.get(*a), p.nodes.get(*b)) {
            let _ = write!(
                h,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9aa5b1\" stroke-opacity=\"0.7\" stroke-width=\"{:.1}\"/>",
                x.x,
                x.y,
                y.x,
                y.y,
                0.5 + 3.5 * s
            );
        }
    }
    for (a, b) in &p.referrals {
        if let (Some(x), Some(y)) = (p.nodes.get(*a), p.nodes.get(*b)) {
            let _ = write!(
                h,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#7b61ff\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>",
                x.x, x.y, y.x, y.y
            );
        }
    }
    let labels = p.nodes.len() <= 80;
    for (i, n) in p.nodes.iter().enumerate() {
        let who = match &n.company {
            Some(k) => format!("{} ({}), {}", n.name, k, n.stage),
            None if i == 0 => "you".to_string(),
            None => format!("{}, {}", n.name, n.stage),
        };
        let (r, fill) = if i == 0 {
            (14.0, "#1f2933")
        } else {
            (9.0, colour(n.stage))
        };
        let _ = write!(h, "<g class=\"node\"><title>{}</title>", esc(&who));
        if n.target {
            let _ = write!(
                h,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"#1f2933\" stroke-width=\"2\"/>",
                n.x,
                n.y,
                r + 4.0
            );
        }
        let _ = write!(
            h,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{r}\" fill=\"{fill}\"/>",
            n.x, n.y
        );
        if i > 0 {
            let _ = write!(
                h,
                "<text x=\"{}\" y=\"{}\" font-size=\"8\" fill=\"#fff\" text-anchor=\"middle\">{}</text>",
                n.x,
                n.y + 3.0,
                mark(n.stage)
            );
        }
        if labels || i == 0 {
            // Alternate below and above, so neighbours' names do not collide.
            let dy = if i % 2 == 0 { r + 12.0 } else { -r - 5.0 };
            let _ = write!(
                h,
                "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
                n.x,
                n.y + dy,
                esc(&if i == 0 {
                    "you".to_string()
                } else {
                    shorten(&n.name, 24)
                })
            );
        }
        h.push_str("</g>");
    }
    h.push_str("</svg><p class=\"legend\">");
    for s in Stage::ALL {
        let _ = write!(
            h,
            "<span><span class=\"sw\" style=\"background:{}\"></span>{} = {}</span>",
            colour(s),
            mark(s),
            s.as_str()
        );
    }
    h.push_str("</p></section>\n");
}

/// One bar of a chart: its label, its length (0–100) and the words beside it.
struct Bar {
    name: String,
    length: f64,
    value: String,
}

impl Bar {
    fn score(name: &str, v: Option<f64>, more: &str) -> Bar {
        Bar {
            name: name.to_string(),
            length: v.unwrap_or(0.0),
            value: match v {
                Some(v) => format!("{v:.0}{more}"),
                None => "no demanded skills recorded".to_string(),
            },
        }
    }
}

fn bars(h: &mut String, id: &str, title: &str, rows: &[Bar], unit: &str) {
    let height = rows.len() * 30 + 40;
    let desc = rows
        .iter()
        .map(|b| format!("{}: {}", b.name, b.value))
        .collect::<Vec<_>>()
        .join("; ");
    let _ = write!(
        h,
        "<h3>{}</h3><svg id=\"{id}\" viewBox=\"0 0 1000 {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(title),
        esc(&desc)
    );
    for (i, b) in rows.iter().enumerate() {
        let y = 10 + i * 30;
        let w = 300.0 * b.length.clamp(0.0, 100.0) / 100.0;
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"340\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"#27ab83\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 15,
            esc(&shorten(&b.name, 48)),
            346.0 + w,
            y + 15,
            esc(&b.value)
        );
    }
    let _ = write!(
        h,
        "<text x=\"340\" y=\"{}\" font-size=\"11\" class=\"muted\">{}</text></svg>",
        height - 8,
        esc(unit)
    );
}

/// `3379720` as `3.38M`, `48050` as `48,050`.
fn jobs(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{:.2}M", n as f64 / 1_000_000.0)
    } else {
        crate::text::group_thousands(n)
    }
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

fn transfer(h: &mut String, t: &Transfer, r: &Report) {
    h.push_str("<section id=\"transfer\"><h2>Where the skills transfer</h2>");
    if r.skills == 0 {
        h.push_str("<p>No skills yet: add them (<code>inroads skill add NAME --proficiency N --enjoyment N</code>) to see where they transfer.</p></section>\n");
        return;
    }
    if !r.unmatched_skills.is_empty() {
        let _ = write!(
            h,
            "<p class=\"muted\">Not in the occupation catalogue, so not counted: {}.</p>",
            esc(&r.unmatched_skills.join(", "))
        );
    }
    let mut basis = Vec::new();
    if let Some(signal) = &t.interests {
        basis.push(format!("ranked with {signal}"));
    }
    if let Some(zone) = t.job_zone {
        basis.push(format!(
            "your job zone {zone} ({}); occupations asking for more than one zone above it are marked",
            zone.preparation()
        ));
    }
    if !basis.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}.</p>", esc(&basis.join("; ")));
    }
    let occ: Vec<Bar> = t
        .occupations
        .iter()
        .map(|o| {
            let mut more = String::new();
            if let Some(e) = o.employment {
                more.push_str(&format!(" · {} jobs", jobs(e)));
                if let Some(shared) = &o.employment_shared {
                    more.push_str(&format!(" (all of SOC {})", shared.soc));
                }
            }
            if let Some(w) = o.median_wage {
                more.push_str(&format!(
                    " · median ${}",
                    crate::text::group_thousands(u64::from(w))
                ));
            }
            if o.training.is_some() {
                more.push_str(" · needs more training");
            }
            Bar::score(&o.title, Some(o.score), &more)
        })
        .collect();
    bars(
        h,
        "occupations-chart",
        "Occupations your skills fit best",
        &occ,
        "fit score, 0–100 · US jobs and median annual wage: BLS OEWS, May 2025",
    );
    let fields: Vec<Bar> = t
        .fields
        .iter()
        .map(|(n, s)| Bar::score(n, Some(*s), ""))
        .collect();
    bars(
        h,
        "fields-chart",
        "Career fields",
        &fields,
        "fit score, 0–100",
    );
    if let Some(most) = t
        .labour_market
        .iter()
        .map(|r| r.weighted_employment)
        .reduce(f64::max)
        .filter(|m| *m > 0.0)
    {
        let rows: Vec<Bar> = t
            .labour_market
            .iter()
            .map(|r| Bar {
                name: r.name.clone(),
                length: 100.0 * r.weighted_employment / most,
                value: format!(
                    "{} jobs · ×{:.1} the economy's share{}",
                    jobs(r.weighted_employment.round() as u64),
                    r.concentration,
                    r.median_wage.map_or(String::new(), |w| format!(
                        " · median ${}",
                        crate::text::group_thousands(u64::from(w))
                    ))
                ),
            })
            .collect();
        bars(
            h,
            "labour-chart",
            "Industries that employ these occupations",
            &rows,
            "jobs in the occupations you fit, weighted by fit · BLS OEWS, May 2025",
        );
    }
    if !t.industries.is_empty() {
        let rows: Vec<Bar> = t
            .industries
            .iter()
            .map(|(n, v)| Bar::score(n, *v, ""))
            .collect();
        bars(
            h,
            "industries-chart",
            "Your industries",
            &rows,
            "share of demanded skills you have, 0–100",
        );
    }
    h.push_str("</section>\n");
}

fn reach(h: &mut String, r: &Report) {
    h.push_str("<section id=\"reach\"><h2>Reach and gaps</h2>");
    if r.reach.total == 0 {
        h.push_str("<p>Nobody within three hops yet: record ties (<code>inroads tie add</code>) and replies.</p>");
    } else {
        let _ = write!(
            h,
            "<p>{} within three hops: {}.</p>",
            count(r.reach.total, "person", "people"),
            r.reach
                .by_distance
                .iter()
                .map(|(d, n)| format!("{n} at {}", count(usize::from(*d), "hop", "hops")))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if !r.coverage.targets.is_empty() {
        h.push_str("<table><thead><tr><th>Target</th><th>1 hop</th><th>2 hops</th><th>3 hops</th></tr></thead><tbody>");
        for t in &r.coverage.targets {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&t.name),
                t.at_distance[0],
                t.at_distance[1],
                t.at_distance[2]
            );
        }
        h.push_str("</tbody></table>");
    }
    if r.coverage.targets.is_empty() {
        h.push_str("<p>No targets yet: mark industries (<code>industry edit NAME --target</code>) or fields (<code>profile set --target-field CODE</code>).</p>");
    } else if r.coverage.gaps.is_empty() {
        h.push_str("<p>Every target has someone within reach.</p>");
    } else {
        let _ = write!(
            h,
            "<p class=\"overdue\">Nobody within reach yet: {}.</p>",
            esc(&r.coverage.gaps.join(", "))
        );
    }
    h.push_str("</section>\n");
}
