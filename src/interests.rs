//! What the job seeker likes doing and how much preparation they have:
//! Holland's six interests (RIASEC, as O\*NET scores occupations) and
//! O\*NET's five job zones. Layer 1: plain values the profile and the
//! catalogue both carry.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One of Holland's six interest areas, in RIASEC order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Interest {
    /// Practical, hands-on work with things, tools, plants or animals.
    Realistic,
    /// Ideas, research and working problems out.
    Investigative,
    /// Creating, designing, self-expression.
    Artistic,
    /// Helping, teaching, caring for and serving people.
    Social,
    /// Leading, persuading, starting things, taking risks.
    Enterprising,
    /// Data, detail, procedures and order.
    Conventional,
}

impl Interest {
    /// All six, in RIASEC order.
    pub const ALL: [Interest; 6] = [
        Interest::Realistic,
        Interest::Investigative,
        Interest::Artistic,
        Interest::Social,
        Interest::Enterprising,
        Interest::Conventional,
    ];

    /// Its Holland letter (`S` for Social).
    pub fn letter(self) -> char {
        match self {
            Interest::Realistic => 'R',
            Interest::Investigative => 'I',
            Interest::Artistic => 'A',
            Interest::Social => 'S',
            Interest::Enterprising => 'E',
            Interest::Conventional => 'C',
        }
    }

    /// The interest of a Holland letter (either case).
    pub fn from_letter(c: char) -> Option<Interest> {
        Interest::ALL
            .into_iter()
            .find(|i| i.letter() == c.to_ascii_uppercase())
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Interest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Interest::Realistic => "Realistic",
            Interest::Investigative => "Investigative",
            Interest::Artistic => "Artistic",
            Interest::Social => "Social",
            Interest::Enterprising => "Enterprising",
            Interest::Conventional => "Conventional",
        })
    }
}

/// Interest scores, 1–7 for each of the six areas (O\*NET's scale).
///
/// Build them from six scores ([`Interests::new`]) or from a Holland code
/// ([`Interests::from_holland`], `"SAE"`): the code's letters score 7, 6
/// and 5 in order, the others 2.
///
/// # Example
/// ```
/// use inroads::{Interest, Interests};
/// let mine: Interests = "SAE".parse()?;
/// assert_eq!(mine.score(Interest::Social), 7.0);
/// assert_eq!(mine.holland(), "SAE");
/// assert_eq!(mine.top(2), [Interest::Social, Interest::Artistic]);
/// // Only what stands out counts as a high point.
/// assert_eq!("S".parse::<Interests>()?.holland(), "S");
/// assert_eq!("4,4,4,4,4,4".parse::<Interests>()?.holland(), "");
/// assert!(Interests::new([1.0, 2.0, 3.0, 4.0, 5.0, 9.0]).is_err());
/// # Ok::<(), inroads::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "InterestScores", into = "InterestScores")]
pub struct Interests([f64; 6]);

/// The six scores as a plain record: how [`Interests`] is written in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InterestScores {
    /// Realistic, 1–7.
    pub realistic: f64,
    /// Investigative, 1–7.
    pub investigative: f64,
    /// Artistic, 1–7.
    pub artistic: f64,
    /// Social, 1–7.
    pub social: f64,
    /// Enterprising, 1–7.
    pub enterprising: f64,
    /// Conventional, 1–7.
    pub conventional: f64,
}

impl TryFrom<InterestScores> for Interests {
    type Error = Error;
    fn try_from(s: InterestScores) -> Result<Interests> {
        Interests::new([
            s.realistic,
            s.investigative,
            s.artistic,
            s.social,
            s.enterprising,
            s.conventional,
        ])
    }
}

impl From<Interests> for InterestScores {
    fn from(i: Interests) -> InterestScores {
        let [realistic, investigative, artistic, social, enterprising, conventional] = i.0;
        InterestScores {
            realistic,
            investigative,
            artistic,
            social,
            enterprising,
            conventional,
        }
    }
}

impl Interests {
    /// Six scores in RIASEC order, each 1–7.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) naming
    /// the first score outside 1–7 (or not a number).
    pub fn new(scores: [f64; 6]) -> Result<Interests> {
        for (i, s) in Interest::ALL.iter().zip(scores) {
            if !(1.0..=7.0).contains(&s) {
                return Err(Error::invalid(
                    format!("{i} interest"),
                    s.to_string(),
                    "expected a score from 1 to 7",
                ));
            }
        }
        Ok(Interests(scores))
    }

    /// From a Holland code of one to three distinct letters of `RIASEC`
    /// (`"SAE"`, any case): its letters score 7, 6 and 5, the others 2.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for an
    /// empty code, more than three letters, a letter outside RIASEC or a
    /// repeated one.
    pub fn from_holland(code: &str) -> Result<Interests> {
        let bad = |reason: &str| Error::invalid("Holland code", code, reason);
        let letters: Vec<char> = code.trim().chars().collect();
        if letters.is_empty() || letters.len() > 3 {
            return Err(bad("expected one to three letters of RIASEC, such as SAE"));
        }
        let mut scores = [2.0; 6];
        for (rank, c) in letters.iter().enumerate() {
            let i = Interest::from_letter(*c).ok_or_else(|| {
                bad("each letter must be one of R, I, A, S, E, C (Realistic, Investigative, Artistic, Social, Enterprising, Conventional)")
            })?;
            if letters.iter().take(rank).any(|d| d.eq_ignore_ascii_case(c)) {
                return Err(bad("a letter is repeated"));
            }
            if let Some(s) = scores.get_mut(i.index()) {
                *s = 7.0 - rank as f64;
            }
        }
        Ok(Interests(scores))
    }

    /// The score of one area, 1–7.
    pub fn score(&self, interest: Interest) -> f64 {
        self.0.get(interest.index()).copied().unwrap_or(1.0)
    }

    /// The six scores in RIASEC order.
    pub fn scores(&self) -> [f64; 6] {
        self.0
    }

    /// The `n` highest areas, highest first (ties in RIASEC order).
    pub fn top(&self, n: usize) -> Vec<Interest> {
        let mut v = Interest::ALL.to_vec();
        v.sort_by(|a, b| self.score(*b).total_cmp(&self.score(*a)).then(a.cmp(b)));
        v.truncate(n);
        v
    }

    /// The high points, highest first: up to three areas scoring above the
    /// profile's own mean, leaving out any tied with an area that does not
    /// make the cut (so `S` given alone stays `S`, and a flat profile has
    /// none).
    pub fn high_points(&self) -> Vec<Interest> {
        let mean = self.0.iter().sum::<f64>() / 6.0;
        let ranked = self.top(6);
        let mut out: Vec<Interest> = ranked
            .iter()
            .copied()
            .take(3)
            .filter(|i| self.score(*i) > mean)
            .collect();
        // Drop a tie across the cut: neither side is "higher".
        if let Some(first_out) = ranked.get(out.len()) {
            let cut = self.score(*first_out);
            out.retain(|i| self.score(*i) != cut);
        }
        out
    }

    /// The Holland code: the letters of the [high points](Self::high_points)
    /// (`SAE`; empty for a flat profile).
    pub fn holland(&self) -> String {
        self.high_points()
            .into_iter()
            .map(Interest::letter)
            .collect()
    }

    /// How alike two interest profiles are, −1 to 1: the cosine of the
    /// scores after each profile's own mean is taken off (so a person who
    /// rates everything high is compared by the shape of their interests).
    pub fn similarity(&self, other: &Interests) -> f64 {
        let centred = |x: &[f64; 6]| {
            let mean = x.iter().sum::<f64>() / 6.0;
            x.map(|v| v - mean)
        };
        let (a, b) = (centred(&self.0), centred(&other.0));
        let dot: f64 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        let norm = a.iter().map(|x| x * x).sum::<f64>().sqrt()
            * b.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            dot / norm
        } else {
            0.0
        }
    }
}

impl std::str::FromStr for Interests {
    type Err = Error;
    /// A Holland code (`SAE`) or six comma-separated scores in RIASEC order
    /// (`2,3,6,7,5,2`).
    fn from_str(s: &str) -> Result<Interests> {
        if s.contains(',') {
            let parts: Vec<&str> = s.split(',').map(str::trim).collect();
            let scores: Vec<f64> = parts
                .iter()
                .map(|p| {
                    p.parse::<f64>().map_err(|_| {
                        Error::invalid("interest score", *p, "expected a number from 1 to 7")
                    })
                })
                .collect::<Result<_>>()?;
            let six: [f64; 6] = scores.try_into().map_err(|_| {
                Error::invalid(
                    "interest scores",
                    s,
                    "expected six scores in RIASEC order (Realistic, Investigative, Artistic, Social, Enterprising, Conventional)",
                )
            })?;
            Interests::new(six)
        } else {
            Interests::from_holland(s)
        }
    }
}

/// An O\*NET job zone, 1–5: how much education, training and experience an
/// occupation usually asks.
///
/// # Example
/// ```
/// use inroads::{Education, JobZone};
/// let zone: JobZone = "4".parse()?;
/// assert_eq!(zone.preparation(), "a bachelor's degree");
/// assert_eq!(Education::Associate.job_zone(), JobZone::new(3)?);
/// assert!(JobZone::new(6).is_err());
/// # Ok::<(), inroads::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "u8", into = "u8")]
pub struct JobZone(u8);

impl JobZone {
    /// A job zone, 1–5.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) outside 1–5.
    pub fn new(zone: u8) -> Result<JobZone> {
        if (1..=5).contains(&zone) {
            Ok(JobZone(zone))
        } else {
            Err(Error::invalid(
                "job zone",
                zone.to_string(),
                "expected 1 to 5 (1 little or no preparation … 5 graduate study)",
            ))
        }
    }

    /// The zone, 1–5.
    pub fn get(self) -> u8 {
        self.0
    }

    /// What it usually takes, as O\*NET describes the zone ("a bachelor's
    /// degree").
    pub fn preparation(self) -> &'static str {
        match self.0 {
            1 => "little or no preparation",
            2 => "a high school diploma",
            3 => "vocational training or an associate's degree",
            4 => "a bachelor's degree",
            _ => "a graduate degree",
        }
    }
}

impl fmt::Display for JobZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
impl TryFrom<u8> for JobZone {
    type Error = Error;
    fn try_from(z: u8) -> Result<JobZone> {
        JobZone::new(z)
    }
}
impl From<JobZone> for u8 {
    fn from(z: JobZone) -> u8 {
        z.0
    }
}
impl std::str::FromStr for JobZone {
    type Err = Error;
    /// `1` to `5`, or an education level ([`Education`]'s names).
    fn from_str(s: &str) -> Result<JobZone> {
        let t = s.trim();
        if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
            return match t.parse::<u8>() {
                Ok(z) => JobZone::new(z),
                Err(_) => Err(Error::invalid(
                    "job zone",
                    s,
                    "expected 1 to 5 (1 little or no preparation … 5 graduate study)",
                )),
            };
        }
        s.parse::<Education>()
            .map(Education::job_zone)
            .map_err(|_| {
                Error::invalid(
                    "job zone",
                    s,
                    format!(
                        "expected a job zone 1-5 or an education level: {}",
                        Education::NAMES.join(", ")
                    ),
                )
            })
    }
}

/// The highest education completed, mapped to the job zone it usually
/// opens ([`Education::job_zone`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Education {
    /// No diploma: job zone 1.
    None,
    /// A high school diploma: job zone 2.
    HighSchool,
    /// Vocational training or an apprenticeship: job zone 3.
    Vocational,
    /// An associate's degree: job zone 3.
    Associate,
    /// A bachelor's degree: job zone 4.
    Bachelor,
    /// A master's degree: job zone 5.
    Master,
    /// A doctorate or professional degree: job zone 5.
    Doctorate,
}

impl Education {
    /// The names [`FromStr`](std::str::FromStr) accepts, in order.
    pub const NAMES: [&'static str; 7] = [
        "none",
        "high-school",
        "vocational",
        "associate",
        "bachelor",
        "master",
        "doctorate",
    ];

    /// The job zone this education usually opens.
    pub fn job_zone(self) -> JobZone {
        JobZone(match self {
            Education::None => 1,
            Education::HighSchool => 2,
            Education::Vocational | Education::Associate => 3,
            Education::Bachelor => 4,
            Education::Master | Education::Doctorate => 5,
        })
    }
}

impl std::str::FromStr for Education {
    type Err = Error;
    /// [`Education::NAMES`], and the usual ways of writing them
    /// ("Bachelor's degree", "BSc", "Ph.D.", "graduate", "hs").
    fn from_str(s: &str) -> Result<Education> {
        let k = s
            .trim()
            .to_ascii_lowercase()
            .replace([' ', '_'], "-")
            .replace(['.', '\''], "");
        let k = k.trim_end_matches("-degree").trim_end_matches('s');
        Ok(match k {
            "none" | "no-diploma" => Education::None,
            "high-school" | "highschool" | "h" | "ged" | "diploma" => Education::HighSchool,
            "vocational" | "apprenticeship" | "trade" | "certificate" => Education::Vocational,
            "associate" | "aa" | "a" => Education::Associate,
            "bachelor" | "ba" | "b" | "bsc" | "undergraduate" => Education::Bachelor,
            "master" | "ma" | "m" | "msc" | "mba" | "graduate" => Education::Master,
            "doctorate" | "doctoral" | "phd" | "professional" | "md" | "jd" => Education::Doctorate,
            _ => {
                return Err(Error::invalid(
                    "education",
                    s,
                    format!("expected one of {}", Education::NAMES.join(", ")),
                ))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holland_codes_parse_and_print() {
        assert_eq!(Interests::from_holland("sae").unwrap().holland(), "SAE");
        assert!(Interests::from_holland("SS").is_err());
        assert!(Interests::from_holland("SAEC").is_err());
        assert!(Interests::from_holland("X").is_err());
        assert!(Interests::from_holland("").is_err());
        let six: Interests = "1,2,3,7,6,5".parse().unwrap();
        assert_eq!(six.holland(), "SEC");
        assert!("1,2,3".parse::<Interests>().is_err());
        assert!("1,2,3,4,5,NaN".parse::<Interests>().is_err());
    }

    #[test]
    fn high_points_leave_out_ties_and_flat_profiles() {
        // Found by a hostile probe: "S" alone printed "SRI" (R and I were
        // the first of five tied scores), a flat profile "RIA".
        assert_eq!(Interests::from_holland("S").unwrap().holland(), "S");
        assert_eq!(Interests::from_holland("Sa").unwrap().holland(), "SA");
        assert_eq!("4,4,4,4,4,4".parse::<Interests>().unwrap().holland(), "");
        assert_eq!(
            "6.99999999999,1,1,1,1,1"
                .parse::<Interests>()
                .unwrap()
                .holland(),
            "R"
        );
        // A tie across the cut drops both sides.
        assert_eq!("7,6,5,5,1,1".parse::<Interests>().unwrap().holland(), "RI");
    }

    #[test]
    fn similarity_is_shape_not_level() {
        let a = Interests::new([1.0, 2.0, 3.0, 7.0, 5.0, 2.0]).unwrap();
        let b = Interests::new([2.0, 3.0, 4.0, 7.0, 6.0, 3.0]).unwrap();
        assert!(a.similarity(&b) > 0.95);
        let c = Interests::new([7.0, 5.0, 1.0, 1.0, 2.0, 6.0]).unwrap();
        assert!(a.similarity(&c) < 0.0);
        let flat = Interests::new([4.0; 6]).unwrap();
        assert_eq!(a.similarity(&flat), 0.0);
    }

    #[test]
    fn education_maps_to_zones() {
        for (s, z) in [
            ("bachelor", 4),
            ("Bachelor's degree", 4),
            ("high school", 2),
            ("associate", 3),
            ("PhD", 5),
            ("3", 3),
        ] {
            assert_eq!(s.parse::<JobZone>().unwrap().get(), z, "{s}");
        }
        assert!("kindergarten".parse::<JobZone>().is_err());
        for (s, e) in [
            ("graduate", Education::Master),
            ("hs", Education::HighSchool),
            ("Ph.D.", Education::Doctorate),
            ("doctoral", Education::Doctorate),
        ] {
            assert_eq!(s.parse::<Education>().unwrap(), e, "{s}");
        }
        // An education error names education levels only.
        let e = "5".parse::<Education>().unwrap_err().to_string();
        assert!(e.contains("expected one of none, high-school"), "{e}");
        assert!(!e.contains("job zone"), "{e}");
        assert!("0".parse::<JobZone>().is_err());
    }
}
