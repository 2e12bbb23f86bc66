//! Whom to approach next.

use super::{contact_weight, my_ties, target_nodes, Target};
use crate::catalog::FieldCode;
use crate::hash::FastMap;
use crate::id::ContactId;
use crate::network::Network;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Options for [`suggest`].
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SuggestOptions {
    /// How many suggestions (0 means 10).
    pub top: usize,
    /// How well the job seeker's skills fit each career field, 0–100 (for
    /// example from [`fit`](crate::fit()): `report.fields`). Without it,
    /// contacts in a target field or industry count as a fair fit.
    pub field_scores: BTreeMap<FieldCode, f64>,
    /// The fields' names, for the reasons ("field 29, Healthcare
    /// Practitioners and Technical"); for example from the catalogue's
    /// [`fields`](crate::Catalog::fields). Without them reasons give codes.
    pub field_names: BTreeMap<FieldCode, String>,
}

impl SuggestOptions {
    /// Options that score fields by a [`fit`](crate::fit()) report and name
    /// them from the catalogue it was made with: what a front end wants
    /// for "whom to approach next" given the job seeker's skills.
    ///
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// use inroads::{Catalog, FitOptions, SuggestOptions};
    /// let net = inroads::sample::teacher_candidate_network()?;
    /// let catalog = Catalog::builtin()?;
    /// let report = inroads::fit(net.profile(), net.industries(), catalog, &FitOptions::default());
    /// let options = SuggestOptions::from_fit(&report, catalog);
    /// assert_eq!(options.field_scores.len(), report.fields.len());
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn from_fit(report: &crate::FitReport, catalog: &crate::Catalog) -> SuggestOptions {
        SuggestOptions {
            top: 0,
            field_scores: report.fields.iter().map(|f| (f.code, f.score)).collect(),
            field_names: catalog
                .fields()
                .iter()
                .map(|f| (f.code, f.name.clone()))
                .collect(),
        }
    }
}

/// A contact worth approaching next, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Suggestion {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// 0–100.
    pub score: f64,
    /// 1 for the job seeker's own connection (one they have not contacted
    /// yet), 2 for a friend of a friend.
    pub degree: u8,
    /// Who can introduce them (second degree): the job seeker's tie with
    /// the warmest path.
    pub via: Option<ContactId>,
    /// The introducer's name.
    pub via_name: Option<String>,
    /// Mutual connections with the job seeker.
    pub mutuals: usize,
    /// The reasons, typed; each one's `Display` is the sentence the
    /// command line prints.
    pub reasons: Vec<SuggestReason>,
}

/// One reason a [`Suggestion`] is made.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SuggestReason {
    /// Their field, and how well the skills fit it (0–100).
    FieldFit {
        /// The field.
        field: FieldCode,
        /// Its name, when the options gave names.
        field_name: Option<String>,
        /// The skills' score there.
        score: f64,
    },
    /// Their field is one of the job seeker's targets.
    TargetField {
        /// The field.
        field: FieldCode,
        /// Its name, when the options gave names.
        field_name: Option<String>,
    },
    /// Their company is in one of the job seeker's target industries.
    TargetIndustry,
    /// Where they work.
    WorksAt {
        /// The company's name.
        company: String,
    },
    /// Who can introduce them, and the strength of that path (0–1).
    Introduction {
        /// Who.
        via: ContactId,
        /// Their name.
        via_name: String,
        /// The product of the two ties' strengths.
        path_strength: f64,
    },
    /// How many connections the job seeker shares with them.
    Mutuals {
        /// How many.
        count: usize,
    },
    /// The introducer's tie to them is weak.
    WeakTie {
        /// The introducer's name.
        via_name: String,
    },
    /// A first-degree connection never asked for a meeting.
    OwnConnection,
    /// Senior enough to speak for the organisation.
    Senior {
        /// Their seniority.
        seniority: crate::Seniority,
    },
}

impl std::fmt::Display for SuggestReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let named = |code: &FieldCode, name: &Option<String>| match name {
            Some(n) => format!("field {code} ({n})"),
            None => format!("field {code}"),
        };
        match self {
            SuggestReason::FieldFit { field, field_name, score } => write!(
                f,
                "works in {}, where your skills score {score:.0} of 100",
                named(field, field_name)
            ),
            SuggestReason::TargetField { field, field_name } => {
                write!(f, "works in {}, one of your target fields", named(field, field_name))
            }
            SuggestReason::TargetIndustry => f.write_str("works in one of your target industries"),
            SuggestReason::WorksAt { company } => write!(f, "works at {company}"),
            SuggestReason::Introduction { via_name, path_strength, .. } => write!(
                f,
                "{via_name} can introduce you (path strength {path_strength:.2})"
            ),
            SuggestReason::Mutuals { count } => write!(
                f,
                "{count} mutual connection{}: job transmission peaks near 10 (Rajkumar et al., Science 2022)",
                if *count == 1 { "" } else { "s" }
            ),
            SuggestReason::WeakTie { via_name } => write!(
                f,
                "a weak tie from {via_name}: weaker ties carried more job moves"
            ),
            SuggestReason::OwnConnection => f.write_str(
                "one of your own connections, with no request for a meeting recorded yet: a warm start",
            ),
            SuggestReason::Senior { seniority } => {
                let s = seniority.as_str().replace('-', " ");
                let a = if s.starts_with('e') { "an" } else { "a" };
                write!(f, "{a} {s}, senior enough to speak for the organisation, as the method asks")
            }
        }
    }
}

/// How well a contact's field suits the job seeker, 0–1, with the reason:
/// the skills' fit where the caller gave one (and it is above zero: a
/// profile without skills fits nothing yet), else a fair 0.5 for a target.
fn field_fit(
    field: Option<u8>,
    options: &SuggestOptions,
    targeted: bool,
    profile: &crate::Profile,
    reasons: &mut Vec<SuggestReason>,
) -> f64 {
    let field = field.and_then(super::field_code);
    let name = |f: FieldCode| options.field_names.get(&f).cloned();
    let in_target_field = field.is_some_and(|f| profile.target_fields.contains(&f));
    match field.and_then(|f| options.field_scores.get(&f).map(|s| (f, *s))) {
        Some((f, s)) if s > 0.0 => {
            reasons.push(SuggestReason::FieldFit {
                field: f,
                field_name: name(f),
                score: s,
            });
            s / 100.0
        }
        _ if in_target_field => {
            if let Some(f) = field {
                reasons.push(SuggestReason::TargetField {
                    field: f,
                    field_name: name(f),
                });
            }
            0.5
        }
        _ if targeted => {
            reasons.push(SuggestReason::TargetIndustry);
            0.5
        }
        _ => 0.25,
    }
}

/// How job transmission varies with mutual connections: rises to a peak at
/// about 10 mutual connections, then falls (Rajkumar et al. 2022).
fn mutual_effect(m: usize) -> f64 {
    let x = m as f64 / 10.0;
    x * (1.0 - x).exp()
}

/// Who to approach next: the job seeker's own connections they have never
/// contacted, and second-degree contacts (a friend of a friend), in the
/// target fields and industries.
///
/// **Dormant first-degree connections.** A LinkedIn export makes every
/// connection first-degree; most were never asked for anything. The method
/// asks a manager or director for a 20–30 minute meeting, so a connection
/// of manager seniority or above whom the journal has never recorded, at a
/// company in a target industry or in a target field, is suggested, ranked
/// by field fit (35%), tie strength (30%), seniority (25%: manager 0.6,
/// director 0.8, executive director 0.9, executive 1) and 10% for being
/// untouched.
///
/// **Second-degree contacts** are ranked by
///
/// - **field fit** (35%): how well the job seeker's skills fit the contact's
///   field (from `options.field_scores`), or a fair fit for a target;
/// - **introduction strength** (30%): the warmest two-hop path's product;
/// - **mutual connections** (25%): following Rajkumar, Saint-Jacques,
///   Bojinov, Brynjolfsson and Aral, *A causal test of the strength of weak
///   ties*, Science 377 (2022): in LinkedIn's experiments, job transmission
///   rose with mutual connections up to about 10 and then fell — moderately
///   weak ties, not the weakest nor the strongest, carried the most job
///   mobility. The score is `(m/10)·e^(1−m/10)`, 1 at m = 10;
/// - **weak intermediary tie** (10%): the same study found ties of weaker
///   interaction intensity transmitted more jobs, so a weaker tie between
///   the introducer and the contact scores a little higher.
///
/// # Arguments
/// - `network`: the ties, the journal and the profile's targets.
/// - `options`: how many, and the field fit scores.
/// - `today`: the date the job seeker's ties are taken for.
///
/// # Returns
/// Suggestions, best first (ties by id), each with its reasons. Contacts in
/// no target are included only when the profile has no targets.
///
/// # Complexity
/// O(Σ degrees of the job seeker's ties + their neighbours' degrees).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use inroads::{suggest, Party, SuggestOptions, Tie};
/// let mut net = inroads::sample::teacher_candidate()?;
/// let [jordan, tom] = ["Jordan Lee", "Tom Okafor"].map(|n| net.resolve_contact(n).unwrap());
/// net.set_tie(Tie::between(Party::Me, Party::Contact(jordan)))?;
/// net.set_tie(Tie::between(Party::Contact(jordan), Party::Contact(tom)))?;
/// let s = suggest(&net, &SuggestOptions::default(), NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())?;
/// assert_eq!(s[0].name, "Tom Okafor");
/// assert_eq!(s[0].via_name.as_deref(), Some("Jordan Lee"));
/// assert_eq!(s[0].degree, 2);
/// assert!(!s[0].reasons.is_empty());
/// // Jordan is a dormant connection, but not a manager or above: not suggested.
/// assert!(s.iter().all(|x| x.contact != jordan));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn suggest(
    network: &Network,
    options: &SuggestOptions,
    today: NaiveDate,
) -> crate::Result<Vec<Suggestion>> {
    crate::model::check_today(today)?;
    let g = network.graph()?;
    let mine = my_ties(network, g, today);
    let p = network.profile();
    let mut targets: Vec<Target> = Vec::new();
    targets.extend(p.target_industries.iter().map(|i| Target::Industry(*i)));
    targets.extend(p.target_fields.iter().map(|f| Target::Field(*f)));
    let in_target: Option<std::collections::HashSet<u32>> = if targets.is_empty() {
        None
    } else {
        Some(targets.iter().flat_map(|t| target_nodes(g, t)).collect())
    };
    // Second-degree contacts: best introduction and mutual count.
    let mut best: FastMap<u32, (f32, u32, f32, usize)> = FastMap::default(); // (path, via, via→c weight, mutuals)
    let mut firsts: Vec<(&u32, &f32)> = mine.iter().collect();
    firsts.sort_by_key(|(v, _)| **v);
    for (&a, &sa) in firsts {
        g.for_each_neighbor(a, |c, w| {
            if c == 0 || mine.contains_key(&c) {
                return;
            }
            let wc = contact_weight(w);
            let product = sa * wc;
            let e = best.entry(c).or_insert((0.0, a, wc, 0));
            e.3 += 1;
            if product > e.0 {
                e.0 = product;
                e.1 = a;
                e.2 = wc;
            }
        });
    }
    let mut out: Vec<Suggestion> = best
        .into_iter()
        .filter(|(c, _)| in_target.as_ref().is_none_or(|t| t.contains(c)))
        .filter_map(|(c, (path, via, wc, mutuals))| {
            let id = g.contact(c)?;
            let contact = network.contact(id)?;
            let via_id = g.contact(via)?;
            let via_name = network.contact(via_id)?.name.clone();
            let mut reasons = Vec::new();
            let fit = field_fit(g.field_of(c), options, in_target.is_some(), p, &mut reasons);
            if let Some(k) = contact.company.and_then(|k| network.company(k)) {
                reasons.push(SuggestReason::WorksAt {
                    company: k.name.clone(),
                });
            }
            reasons.push(SuggestReason::Introduction {
                via: via_id,
                via_name: via_name.clone(),
                path_strength: f64::from(path),
            });
            let m = mutual_effect(mutuals);
            reasons.push(SuggestReason::Mutuals { count: mutuals });
            let weak = 1.0 - 0.5 * f64::from(wc);
            if wc < 0.5 {
                reasons.push(SuggestReason::WeakTie {
                    via_name: via_name.clone(),
                });
            }
            let score = 100.0 * (0.35 * fit + 0.30 * f64::from(path) + 0.25 * m + 0.10 * weak);
            Some(Suggestion {
                contact: id,
                name: contact.name.clone(),
                score: (score * 10.0).round() / 10.0,
                degree: 2,
                via: Some(via_id),
                via_name: Some(via_name),
                mutuals,
                reasons,
            })
        })
        .collect();
    // The job seeker's own connections with no request recorded yet.
    for (&v, &strength) in &mine {
        if in_target.as_ref().is_some_and(|t| !t.contains(&v)) {
            continue;
        }
        let Some(id) = g.contact(v) else { continue };
        let Some(contact) = network.contact(id) else {
            continue;
        };
        let senior = match contact.seniority {
            crate::Seniority::Manager => 0.6,
            crate::Seniority::Director => 0.8,
            crate::Seniority::ExecutiveDirector => 0.9,
            crate::Seniority::Executive => 1.0,
            _ => continue,
        };
        if !network.entries(id).is_empty() {
            continue;
        }
        let mut reasons = vec![
            SuggestReason::OwnConnection,
            SuggestReason::Senior {
                seniority: contact.seniority,
            },
        ];
        let fit = field_fit(g.field_of(v), options, in_target.is_some(), p, &mut reasons);
        if let Some(k) = contact.company.and_then(|k| network.company(k)) {
            reasons.push(SuggestReason::WorksAt {
                company: k.name.clone(),
            });
        }
        let score = 100.0 * (0.35 * fit + 0.30 * f64::from(strength) + 0.25 * senior + 0.10);
        out.push(Suggestion {
            contact: id,
            name: contact.name.clone(),
            score: (score * 10.0).round() / 10.0,
            degree: 1,
            via: None,
            via_name: None,
            mutuals: 0,
            reasons,
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.contact.cmp(&b.contact)));
    out.truncate(if options.top == 0 { 10 } else { options.top });
    Ok(out)
}
