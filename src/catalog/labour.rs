//! Who employs each occupation (BLS OEWS, May 2025, national
//! industry-by-occupation cells; public domain — see `data/oews/README.md`,
//! whose source line travels with the data): the industries a job seeker's
//! skills transfer to, with how many people work there and what they earn.

use super::{Catalog, OccupationCode};
use crate::error::{Error, Result};
use crate::hash::FastMap;
use serde::{Deserialize, Serialize};

/// How many of the best-fitting occupations carry the industry ranking.
const FITTING: usize = 25;

/// Rows BLS publishes by ownership, which overlap the sectors: never added.
const OWNERSHIP: [&str; 3] = ["999101", "999201", "999301"];

/// The employment tables.
#[derive(Debug, Clone)]
pub struct LabourMarket {
    /// naics → (name, level).
    industries: Vec<(String, String, u8)>,
    /// (naics, soc) → (employment, median wage).
    cells: FastMap<(String, String), (u64, Option<u32>)>,
    /// naics → total employment (the all-occupations row).
    totals: FastMap<String, u64>,
}

/// One industry where the skills transfer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndustryRank {
    /// The OEWS industry code (`61--62` for a sector, `712000` for a subsector).
    pub naics: String,
    /// Its name.
    pub name: String,
    /// 2 for a sector, 3 for a subsector.
    pub level: u8,
    /// People employed there in the occupations the profile fits, each
    /// weighted by its fit (0–1).
    pub weighted_employment: f64,
    /// People employed there in those occupations, unweighted.
    pub employment: u64,
    /// The fitting occupations' share of the industry's jobs, relative to
    /// their share of all jobs (1 = as common as in the economy).
    pub concentration: f64,
    /// The median annual wage of those jobs (the employment-weighted median
    /// of the occupations' medians), when BLS publishes it.
    pub median_wage: Option<u32>,
    /// The occupations that carry it, most weighted jobs first (up to 3).
    pub occupations: Vec<(OccupationCode, String, u64)>,
    /// The job seeker's own industries with this NAICS code (filled by
    /// [`LabourMarket::rank_for`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub yours: Vec<crate::id::IndustryId>,
    /// The job seeker's companies in those industries (a company inherits
    /// its industry's NAICS code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<crate::id::CompanyId>,
}

impl IndustryRank {
    /// Its name in words, without OEWS's "Sector 54 - " prefix
    /// ("Professional, Scientific, and Technical Services").
    ///
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// let market = inroads::LabourMarket::builtin()?;
    /// let catalog = inroads::Catalog::builtin()?;
    /// let net = inroads::sample::teacher_candidate()?;
    /// let top = &market.rank_for(&net, catalog, 1)[0];
    /// assert_eq!(top.plain_name(), "Educational Services");
    /// assert_eq!(top.naics_label(), "NAICS 61");
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn plain_name(&self) -> &str {
        plain_industry_name(&self.name)
    }

    /// Its NAICS code as people write it: "NAICS 54", "NAICS 31–33" for
    /// a sector of several codes, "NAICS 712" for a subsector (OEWS writes
    /// `54--55`, `31--34`, `712000`).
    pub fn naics_label(&self) -> String {
        naics_label(&self.naics)
    }
}

/// An OEWS industry name without its "Sector 54 - " / "Sectors 31, 32, and
/// 33 - " prefix.
pub(crate) fn plain_industry_name(name: &str) -> &str {
    if name.starts_with("Sector") {
        if let Some((_, rest)) = name.split_once(" - ") {
            return rest.trim();
        }
    }
    name
}

/// An OEWS industry code as a NAICS label (see
/// [`IndustryRank::naics_label`]).
pub(crate) fn naics_label(code: &str) -> String {
    let parts: Vec<&str> = code.split('-').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [lo, hi] => match (lo.parse::<u32>(), hi.parse::<u32>()) {
            (Ok(a), Ok(b)) if a.checked_add(1).is_some_and(|n| b > n) => {
                format!("NAICS {a}\u{2013}{}", b - 1)
            }
            _ => format!("NAICS {lo}"),
        },
        [one] => format!("NAICS {}", one.get(..3).unwrap_or(one)),
        _ => format!("NAICS {code}"),
    }
}

/// The OEWS codes an O\*NET occupation may be published under, in the
/// order to try them: its SOC code (`25-2031.00` → `252031`), then the
/// group OEWS publishes it in (last digit 0, then last two 90).
pub(crate) fn soc_candidates(code: &OccupationCode) -> [String; 3] {
    let digits: String = code
        .as_str()
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(6)
        .collect();
    let group = format!("{}0", digits.get(..5).unwrap_or(""));
    let wider = format!("{}90", digits.get(..4).unwrap_or(""));
    [digits, group, wider]
}

/// One cell of an OEWS employment table.
struct Cell<'r> {
    naics: &'r str,
    soc: &'r str,
    employment: u64,
    wage: Option<u32>,
}

/// The header of an OEWS employment table.
const EMPLOYMENT_HEADER: [&str; 4] = ["naics", "soc", "employment", "annual_median_wage"];

/// Reads the rows of an OEWS employment table, each with its line number in
/// `lines` (the table's own numbering, when the text is a filtered copy).
///
/// # Errors
/// [`ErrorKind::Malformed`](crate::ErrorKind::Malformed) for a wrong header or broken CSV,
/// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for an employment that is not a whole number
/// or a wage that is not one (empty means withheld); each names the table
/// and line.
fn employment_rows(
    text: &str,
    lines: Option<&[u64]>,
    mut each: impl FnMut(Cell<'_>),
) -> Result<()> {
    const TABLE: &str = "employment.csv";
    super::for_rows(text, TABLE, &EMPLOYMENT_HEADER, |line, r| {
        let line = lines
            .and_then(|l| l.get(usize::try_from(line).ok()?.checked_sub(2)?).copied())
            .unwrap_or(line);
        let at = || super::table_loc(TABLE, line);
        let employment = super::col(r, 2).parse::<u64>().map_err(|_| {
            Error::invalid(
                "employment",
                super::col(r, 2),
                "expected a whole number of jobs",
            )
            .with_location(at())
        })?;
        let wage = match super::col(r, 3) {
            "" => None,
            w => Some(w.parse::<u32>().map_err(|_| {
                Error::invalid(
                    "annual_median_wage",
                    w,
                    "expected whole dollars, or nothing",
                )
                .with_location(at())
            })?),
        };
        each(Cell {
            naics: super::col(r, 0),
            soc: super::col(r, 1),
            employment,
            wage,
        });
        Ok(())
    })
}

/// The all-industries rows of an OEWS employment table: SOC code →
/// (employment, median wage). Other rows are skipped before parsing (the
/// catalogue needs only these), errors still name the table's own line.
pub(crate) fn national(employment: &str) -> Result<FastMap<String, (u64, Option<u32>)>> {
    let mut text = String::new();
    let mut lines = Vec::new();
    for (i, line) in employment.lines().enumerate() {
        if i == 0 || line.starts_with("000000,") {
            text.push_str(line);
            text.push('\n');
            if i > 0 {
                lines.push(i as u64 + 1);
            }
        }
    }
    let mut out = FastMap::default();
    employment_rows(&text, Some(&lines), |c| {
        out.insert(c.soc.to_string(), (c.employment, c.wage));
    })?;
    Ok(out)
}

impl LabourMarket {
    /// Reads the tables (`industries.csv`: `naics,name,level`;
    /// `employment.csv`: `naics,soc,employment,annual_median_wage`).
    ///
    /// # Errors
    /// [`ErrorKind::Malformed`](crate::ErrorKind::Malformed) for a wrong header or broken CSV,
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a number that is not one; each names
    /// the table and line.
    pub fn from_tables(industries: &str, employment: &str) -> Result<LabourMarket> {
        let mut inds = Vec::new();
        super::for_rows(
            industries,
            "industries.csv",
            &["naics", "name", "level"],
            |line, r| {
                let level = super::col(r, 2).parse::<u8>().map_err(|_| {
                    Error::invalid("level", super::col(r, 2), "expected 0, 2 or 3")
                        .with_location(super::table_loc("industries.csv", line))
                })?;
                inds.push((
                    super::col(r, 0).to_string(),
                    super::col(r, 1).to_string(),
                    level,
                ));
                Ok(())
            },
        )?;
        let mut cells = FastMap::default();
        let mut totals = FastMap::default();
        employment_rows(employment, None, |c| {
            if c.soc == "000000" {
                totals.insert(c.naics.to_string(), c.employment);
            }
            cells.insert(
                (c.naics.to_string(), c.soc.to_string()),
                (c.employment, c.wage),
            );
        })?;
        Ok(LabourMarket {
            industries: inds,
            cells,
            totals,
        })
    }

    /// The built-in tables (feature `onet`), parsed once.
    ///
    /// # Errors
    /// As [`LabourMarket::from_tables`] (a bug if it ever fails).
    #[cfg(feature = "onet")]
    pub fn builtin() -> Result<&'static LabourMarket> {
        static ONCE: std::sync::OnceLock<std::result::Result<LabourMarket, String>> =
            std::sync::OnceLock::new();
        ONCE.get_or_init(|| {
            LabourMarket::from_tables(
                include_str!("../../data/oews/industries.csv"),
                include_str!("../../data/oews/employment.csv"),
            )
            .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::invalid("built-in OEWS tables", "", e.clone()))
    }

    /// The name of the industry OEWS publishes under this code (`712000`,
    /// `61--62`), if it does.
    pub fn industry(&self, naics: &str) -> Option<&str> {
        self.industries
            .iter()
            .find(|(code, _, level)| code == naics && *level > 0)
            .map(|(_, name, _)| name.as_str())
    }

    /// As [`LabourMarket::industry`], or an error a front end can show.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) when OEWS publishes nothing under the code.
    pub fn require_industry(&self, naics: &str) -> Result<&str> {
        self.industry(naics)
            .ok_or_else(|| Error::not_found("OEWS industry", naics))
    }

    /// The OEWS code of an O\*NET occupation, as [`soc_candidates`] tries it.
    fn soc_of(&self, code: &OccupationCode) -> Option<String> {
        soc_candidates(code)
            .into_iter()
            .find(|s| self.cells.contains_key(&("000000".to_string(), s.clone())))
    }

    /// Ranks sectors and subsectors by how many people work there in the
    /// occupations the profile fits: the best-fitting occupations (the top
    /// 25, and only those within 80% of the best score), each
    /// weighted by its score relative to the best (so a weak fit to a huge
    /// occupation does not drown a strong fit to a small one). A subsector
    /// that only repeats its sector's figures is left out. An SOC code shared by several O\*NET occupations counts
    /// once, at the best of their scores; the ownership rows (federal,
    /// state, local government) are never added.
    ///
    /// # Arguments
    /// - `scores`: O\*NET code → fit score 0–100 (from
    ///   [`fit`](crate::fit())'s occupations).
    /// - `catalog`: for the occupations' titles.
    /// - `top`: how many industries.
    ///
    /// # Complexity
    /// O(industries × fitting occupations).
    pub fn rank(
        &self,
        scores: &[(OccupationCode, f64)],
        catalog: &Catalog,
        top: usize,
    ) -> Vec<IndustryRank> {
        let mut best: Vec<&(OccupationCode, f64)> = scores.iter().collect();
        best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let top_score = best.first().map_or(0.0, |b| b.1);
        if top_score <= 0.0 {
            return Vec::new();
        }
        let mut weight: FastMap<String, (f64, OccupationCode)> = FastMap::default();
        for (code, score) in best
            .into_iter()
            .take(FITTING)
            .filter(|(_, s)| *s >= 0.8 * top_score)
        {
            let Some(soc) = self.soc_of(code) else {
                continue;
            };
            let w = (score / top_score).clamp(0.0, 1.0);
            let e = weight.entry(soc).or_insert((0.0, code.clone()));
            if w > e.0 {
                *e = (w, code.clone());
            }
        }
        let mut socs: Vec<(&String, &(f64, OccupationCode))> = weight.iter().collect();
        socs.sort_by(|a, b| a.0.cmp(b.0));
        let share = |naics: &str| -> f64 {
            let total = self.totals.get(naics).copied().unwrap_or(0) as f64;
            let fit: f64 = socs
                .iter()
                .map(|(soc, (w, _))| {
                    w * self
                        .cells
                        .get(&(naics.to_string(), (*soc).clone()))
                        .map_or(0.0, |c| c.0 as f64)
                })
                .sum();
            if total > 0.0 {
                fit / total
            } else {
                0.0
            }
        };
        let economy = share("000000");
        let mut out: Vec<IndustryRank> = self
            .industries
            .iter()
            .filter(|(n, _, level)| {
                (*level == 2 || *level == 3) && !OWNERSHIP.contains(&n.as_str())
            })
            .map(|(naics, name, level)| {
                let mut weighted = 0.0;
                let mut employment = 0;
                let mut carried: Vec<(OccupationCode, String, u64, f64)> = Vec::new();
                let mut wages: Vec<(u32, f64)> = Vec::new();
                for (soc, (w, code)) in &socs {
                    if let Some((emp, wage)) = self.cells.get(&(naics.clone(), (*soc).clone())) {
                        let we = w * *emp as f64;
                        weighted += we;
                        employment += emp;
                        if let Some(m) = wage {
                            wages.push((*m, we));
                        }
                        let title = catalog
                            .occupation(code.as_str())
                            .map_or_else(|| code.to_string(), |o| o.title.clone());
                        carried.push((code.clone(), title, *emp, we));
                    }
                }
                carried.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
                wages.sort_unstable_by_key(|w| w.0);
                let half = wages.iter().map(|w| w.1).sum::<f64>() / 2.0;
                let mut acc = 0.0;
                let median_wage = wages.iter().find_map(|(m, we)| {
                    acc += we;
                    (acc >= half && half > 0.0).then_some(*m)
                });
                let concentration = if economy > 0.0 {
                    share(naics) / economy
                } else {
                    0.0
                };
                IndustryRank {
                    naics: naics.clone(),
                    name: name.clone(),
                    level: *level,
                    weighted_employment: weighted.round(),
                    employment,
                    concentration: (concentration * 100.0).round() / 100.0,
                    median_wage,
                    occupations: carried
                        .into_iter()
                        .take(3)
                        .map(|(c, t, e, _)| (c, t, e))
                        .collect(),
                    yours: Vec::new(),
                    companies: Vec::new(),
                }
            })
            .filter(|r| r.weighted_employment > 0.0)
            .collect();
        // A subsector with exactly its sector's figures adds nothing.
        let sectors: Vec<(f64, u64)> = out
            .iter()
            .filter(|r| r.level == 2)
            .map(|r| (r.weighted_employment, r.employment))
            .collect();
        out.retain(|r| {
            r.level == 2
                || !sectors
                    .iter()
                    .any(|s| s.0 == r.weighted_employment && s.1 == r.employment)
        });
        out.sort_by(|a, b| {
            b.weighted_employment
                .total_cmp(&a.weighted_employment)
                .then(a.naics.cmp(&b.naics))
        });
        out.truncate(top);
        out
    }

    /// The industries a network's profile transfers to: every occupation's
    /// [`fit`](crate::fit()) score from skills and interests — without
    /// fit's closeness to the best matches, which lowers every score but
    /// the best match's and would narrow the industries to its relatives
    /// ([`FitOptions::related_share`](crate::FitOptions::related_share)
    /// at 0) — then [`LabourMarket::rank`]; each ranked
    /// industry is marked with the job seeker's own industries of that NAICS
    /// code (`industry add Museums --naics 712000`; a sector also carries
    /// those of its subsectors) and the companies in them, which inherit
    /// their industry's code.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "onet")] {
    /// use inroads::{sample, Catalog, LabourMarket};
    /// let net = sample::teacher_candidate()?;
    /// let ranked = LabourMarket::builtin()?.rank_for(&net, Catalog::builtin()?, 5);
    /// assert_eq!(ranked[0].name, "Sector 61 - Educational Services");
    /// // Her "Corporate Learning & Development" is filed under NAICS 611000,
    /// // so the sector lists it, and its company.
    /// assert_eq!(ranked[0].yours.len(), 1);
    /// assert_eq!(ranked[0].companies.len(), 1);
    /// # }
    /// # Ok::<(), inroads::Error>(())
    /// ```
    ///
    /// # Complexity
    /// One scoring pass over the catalogue (no explanations), then as
    /// [`LabourMarket::rank`].
    pub fn rank_for(
        &self,
        net: &crate::network::Network,
        catalog: &Catalog,
        top: usize,
    ) -> Vec<IndustryRank> {
        let scores: Vec<(OccupationCode, f64)> =
            crate::fit::occupation_scores(net.profile(), catalog)
                .into_iter()
                .filter_map(|(i, s)| Some((catalog.occupations().get(i)?.code.clone(), s)))
                .collect();
        let mut ranked = self.rank(&scores, catalog, top);
        for r in &mut ranked {
            r.yours = net
                .industries()
                .filter(|(_, i)| {
                    i.naics
                        .as_deref()
                        .is_some_and(|code| naics_within(code, &r.naics))
                })
                .map(|(id, _)| id)
                .collect();
            r.companies = net
                .companies()
                .filter(|(_, c)| c.industry.is_some_and(|i| r.yours.contains(&i)))
                .map(|(id, _)| id)
                .collect();
        }
        ranked
    }
}

/// Whether a NAICS code (`712000`, or a sector `71--72`) is `industry` or
/// falls within it: a subsector is within its sector (`61--62` is sector
/// 61; `31--34` sectors 31 to 33; `99-100` sector 99).
pub(crate) fn naics_within(code: &str, industry: &str) -> bool {
    if code == industry {
        return true;
    }
    let first = |s: &str| s.get(..2).and_then(|d| d.parse::<u16>().ok());
    let (Some(sector), Some(lo)) = (first(code), first(industry)) else {
        return false;
    };
    let hi = match industry.split_once('-') {
        Some((_, rest)) => rest
            .trim_start_matches('-')
            .parse::<u16>()
            .ok()
            .map_or(lo + 1, |h| h.max(lo + 1)),
        None => return false,
    };
    code.len() == 6 && (lo..hi).contains(&sector)
}

#[cfg(test)]
mod tests {
    use super::naics_within;

    #[test]
    fn subsectors_fall_within_their_sector() {
        assert!(naics_within("712000", "712000"));
        assert!(naics_within("712000", "71--72"));
        assert!(naics_within("611000", "61--62"));
        assert!(naics_within("336000", "31--34"));
        assert!(naics_within("999000", "99-100"));
        assert!(!naics_within("622000", "61--62"));
        assert!(!naics_within("712000", "713000"));
        assert!(!naics_within("71--72", "712000"));
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    /// OEWS codes and names read as people write them.
    #[test]
    fn industry_codes_and_names_read_as_words() {
        assert_eq!(naics_label("54--55"), "NAICS 54");
        assert_eq!(naics_label("31--34"), "NAICS 31\u{2013}33");
        assert_eq!(naics_label("44--46"), "NAICS 44\u{2013}45");
        assert_eq!(naics_label("99-100"), "NAICS 99");
        assert_eq!(naics_label("712000"), "NAICS 712");
        // Found by a review: no overflow on a hostile code.
        assert_eq!(naics_label("4294967295--5"), "NAICS 4294967295");
        assert_eq!(
            plain_industry_name("Sectors 31, 32, and 33 - Manufacturing"),
            "Manufacturing"
        );
        assert_eq!(
            plain_industry_name("Sector 61 - Educational Services"),
            "Educational Services"
        );
        assert_eq!(
            plain_industry_name("Forestry and Logging"),
            "Forestry and Logging"
        );
    }
}
