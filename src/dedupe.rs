//! Duplicates after imports: finding them and merging them.

use crate::id::{CompanyId, ContactId};
use crate::network::Network;
use crate::text::normalize_url;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Two contacts that may be the same person.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Duplicate {
    /// The older record.
    pub a: ContactId,
    /// The newer record.
    pub b: ContactId,
    /// Why they look alike.
    pub kind: DuplicateKind,
    /// How sure the match is, from 0 to 1: 1 for one profile URL, 0.95 for
    /// one name at one company, less for spellings that only nearly agree.
    pub confidence: f64,
    /// The reason in words, for people (it names the two spellings).
    pub reason: String,
}

/// Why two contacts look like one person.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DuplicateKind {
    /// The same profile URL.
    SameProfileUrl,
    /// The same name (case, spacing and accents aside).
    SameName,
    /// The same name once honorifics, credentials, nicknames, apostrophes,
    /// hyphens and middle names are set aside (`Dr. Samuel Whitfield` and
    /// `Sam Whitfield`, `Kevin O'Brien` and `Kevin OBrien`).
    NameVariant,
    /// Surnames a letter or two apart at the same company (`Maria Gonzales`
    /// and `Maria Gonzalez`).
    SurnameSlip,
}

/// Which side wins a conflicting fact in [`Network::merge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// The contact kept (`a`).
    Kept,
    /// The contact merged into it (`b`).
    Merged,
}

/// Common nicknames and the names they stand for (a nickname may stand
/// for several).
const NICKNAMES: &[(&str, &str)] = &[
    ("abby", "abigail"),
    ("abe", "abraham"),
    ("al", "albert"),
    ("al", "alfred"),
    ("alec", "alexander"),
    ("alex", "alexander"),
    ("alex", "alexandra"),
    ("ali", "alison"),
    ("allie", "allison"),
    ("ally", "alison"),
    ("andy", "andrew"),
    ("angie", "angela"),
    ("annie", "ann"),
    ("annie", "anne"),
    ("art", "arthur"),
    ("barb", "barbara"),
    ("bart", "bartholomew"),
    ("bea", "beatrice"),
    ("becca", "rebecca"),
    ("becky", "rebecca"),
    ("bella", "isabella"),
    ("ben", "benjamin"),
    ("benji", "benjamin"),
    ("benny", "benjamin"),
    ("bernie", "bernard"),
    ("bert", "albert"),
    ("beth", "elizabeth"),
    ("betsy", "elizabeth"),
    ("betty", "elizabeth"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("brad", "bradley"),
    ("bud", "william"),
    ("cal", "calvin"),
    ("cam", "cameron"),
    ("carrie", "caroline"),
    ("cass", "cassandra"),
    ("cassie", "cassandra"),
    ("cathy", "catherine"),
    ("charlie", "charles"),
    ("chris", "christopher"),
    ("christy", "christine"),
    ("chuck", "charles"),
    ("cindy", "cynthia"),
    ("cliff", "clifford"),
    ("connie", "constance"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("davy", "david"),
    ("deb", "deborah"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("dom", "dominic"),
    ("don", "donald"),
    ("donnie", "donald"),
    ("dot", "dorothy"),
    ("dottie", "dorothy"),
    ("doug", "douglas"),
    ("drew", "andrew"),
    ("duke", "marmaduke"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("effie", "euphemia"),
    ("ellie", "eleanor"),
    ("ernie", "ernest"),
    ("fay", "faith"),
    ("fitz", "fitzgerald"),
    ("flo", "florence"),
    ("fran", "frances"),
    ("frank", "francis"),
    ("fred", "frederick"),
    ("freddie", "frederick"),
    ("fritz", "frederick"),
    ("gabby", "gabrielle"),
    ("gabe", "gabriel"),
    ("gail", "abigail"),
    ("gene", "eugene"),
    ("geoff", "geoffrey"),
    ("gerry", "gerald"),
    ("gil", "gilbert"),
    ("greg", "gregory"),
    ("gus", "augustus"),
    ("gwen", "gwendolyn"),
    ("hal", "harold"),
    ("hank", "henry"),
    ("harry", "harold"),
    ("hattie", "harriet"),
    ("herb", "herbert"),
    ("howie", "howard"),
    ("ike", "isaac"),
    ("izzy", "isabel"),
    ("jack", "john"),
    ("jackie", "jacqueline"),
    ("jake", "jacob"),
    ("jan", "janet"),
    ("jeff", "jeffrey"),
    ("jem", "jeremy"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("jerry", "gerald"),
    ("jerry", "jeremy"),
    ("jess", "jessica"),
    ("jessie", "jessica"),
    ("jill", "gillian"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jo", "josephine"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("johnny", "john"),
    ("jon", "jonathan"),
    ("josh", "joshua"),
    ("judy", "judith"),
    ("julie", "julia"),
    ("kat", "katherine"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("katie", "katherine"),
    ("ken", "kenneth"),
    ("kenny", "kenneth"),
    ("kim", "kimberly"),
    ("kit", "katherine"),
    ("kitty", "katherine"),
    ("kris", "kristen"),
    ("kurt", "curtis"),
    ("larry", "lawrence"),
    ("len", "leonard"),
    ("lenny", "leonard"),
    ("leo", "leonard"),
    ("les", "leslie"),
    ("lil", "lillian"),
    ("liz", "elizabeth"),
    ("liza", "elizabeth"),
    ("lizzie", "elizabeth"),
    ("lonnie", "alonzo"),
    ("lottie", "charlotte"),
    ("lou", "louis"),
    ("lu", "lucy"),
    ("lucy", "lucille"),
    ("luke", "lucas"),
    ("maddie", "madeline"),
    ("maggie", "margaret"),
    ("mandy", "amanda"),
    ("manny", "manuel"),
    ("marge", "margaret"),
    ("marty", "martin"),
    ("matt", "matthew"),
    ("mattie", "martha"),
    ("max", "maximilian"),
    ("meg", "margaret"),
    ("mel", "melanie"),
    ("mick", "michael"),
    ("mickey", "michael"),
    ("mike", "michael"),
    ("mikey", "michael"),
    ("millie", "mildred"),
    ("minnie", "minerva"),
    ("mitch", "mitchell"),
    ("mo", "maurice"),
    ("molly", "mary"),
    ("monty", "montgomery"),
    ("nan", "nancy"),
    ("nat", "nathaniel"),
    ("nate", "nathan"),
    ("ned", "edward"),
    ("nell", "eleanor"),
    ("nick", "nicholas"),
    ("nicky", "nicole"),
    ("nico", "nicholas"),
    ("nikki", "nicole"),
    ("nora", "eleanor"),
    ("ollie", "oliver"),
    ("pam", "pamela"),
    ("pat", "patricia"),
    ("patsy", "patricia"),
    ("patty", "patricia"),
    ("peggy", "margaret"),
    ("pete", "peter"),
    ("phil", "philip"),
    ("pip", "philip"),
    ("polly", "mary"),
    ("quin", "quentin"),
    ("randy", "randall"),
    ("ray", "raymond"),
    ("reggie", "reginald"),
    ("rich", "richard"),
    ("richie", "richard"),
    ("rick", "richard"),
    ("ricky", "richard"),
    ("rob", "robert"),
    ("robbie", "robert"),
    ("rod", "rodney"),
    ("ron", "ronald"),
    ("ronnie", "ronald"),
    ("rosie", "rose"),
    ("rudy", "rudolph"),
    ("russ", "russell"),
    ("sadie", "sarah"),
    ("sal", "salvatore"),
    ("sally", "sarah"),
    ("sam", "samuel"),
    ("sammy", "samuel"),
    ("sandy", "sandra"),
    ("seb", "sebastian"),
    ("sid", "sidney"),
    ("steph", "stephanie"),
    ("steve", "steven"),
    ("stevie", "steven"),
    ("stu", "stuart"),
    ("sue", "susan"),
    ("susie", "susan"),
    ("suzy", "susan"),
    ("sy", "simon"),
    ("tad", "thaddeus"),
    ("ted", "edward"),
    ("teddy", "edward"),
    ("terry", "terrence"),
    ("tess", "teresa"),
    ("tessa", "teresa"),
    ("theo", "theodore"),
    ("tim", "timothy"),
    ("timmy", "timothy"),
    ("tina", "christina"),
    ("toby", "tobias"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("tony", "anthony"),
    ("trish", "patricia"),
    ("trixie", "beatrix"),
    ("trudy", "gertrude"),
    ("val", "valerie"),
    ("vic", "victor"),
    ("vicky", "victoria"),
    ("vince", "vincent"),
    ("wally", "wallace"),
    ("walt", "walter"),
    ("wendy", "gwendolyn"),
    ("will", "william"),
    ("willy", "william"),
    ("winnie", "winifred"),
    ("woody", "woodrow"),
    ("xander", "alexander"),
    ("zach", "zachary"),
    ("zack", "zachary"),
];

/// Honorifics dropped from the front of a name.
const HONORIFICS: &[&str] = &[
    "dame",
    "dr",
    "lady",
    "lord",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "rev",
    "sir",
];

/// Suffixes and credentials dropped from the end of a name.
const CREDENTIALS: &[&str] = &[
    "ba", "bs", "bsc", "bsn", "ceo", "cfa", "cna", "cpa", "dds", "dmd", "dnp", "do", "esq", "facp",
    "facs", "frcs", "ii", "iii", "iv", "jr", "lcsw", "lpn", "ma", "mba", "md", "mha", "mph", "ms",
    "msc", "msn", "np", "pa", "pe", "pharmd", "phd", "pmp", "rn", "sphr", "sr",
];

/// Whether a word is a credential or a name suffix ("PhD", "Jr.", "RN").
pub(crate) fn is_credential(word: &str) -> bool {
    let w = crate::text::fold_accents(&word.replace('.', "")).to_lowercase();
    CREDENTIALS.contains(&w.as_str())
}

/// The first names a first name may stand for: itself, and the full names
/// of a nickname.
fn first_names(first: &str) -> Vec<String> {
    let mut out = vec![first.to_string()];
    let start = NICKNAMES.partition_point(|(k, _)| *k < first);
    for (k, v) in NICKNAMES.iter().skip(start) {
        if *k != first {
            break;
        }
        out.push((*v).to_string());
    }
    out
}

/// A name taken apart for matching: (first word, last word), accents and
/// case folded, apostrophes dropped, honorifics, credentials and middle
/// names set aside, hyphens removed from the surname.
fn name_parts(name: &str) -> (String, String) {
    let folded = crate::text::fold_accents(&name.replace(['\'', '’', '`'], ""));
    // "Jessica Park, RN": what follows a comma is credentials.
    let main = folded.split(',').next().unwrap_or("");
    let mut words: Vec<&str> = main
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && words.first().is_some_and(|w| HONORIFICS.contains(w)) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| CREDENTIALS.contains(w)) {
        words.pop();
    }
    let first = words.first().copied().unwrap_or("").replace('-', "");
    let last = if words.len() > 1 {
        words.last().copied().unwrap_or("").replace('-', "")
    } else {
        String::new()
    };
    (first, last)
}

/// The key two spellings of one person's name share: accents folded,
/// honorifics and credentials dropped, nicknames expanded (Bob → robert),
/// first and last word only.
///
/// ```
/// assert_eq!(inroads::name_key("Bob  Martín"), inroads::name_key("robert martin"));
/// assert_eq!(inroads::name_key("Liz Okafor"), inroads::name_key("Elizabeth A. Okafor"));
/// assert_eq!(inroads::name_key("Dr. Samuel Whitfield, PhD"), inroads::name_key("Sam Whitfield"));
/// ```
pub fn name_key(name: &str) -> String {
    let (first, last) = name_parts(name);
    let names = first_names(&first);
    let first = names.get(1).or(names.first()).cloned().unwrap_or_default();
    format!("{first} {last}")
}

/// Whether two names could belong to one person: the same first name
/// (nicknames and accents aside) or the same surname (a married name keeps
/// the first name; a nickname keeps the surname).
pub(crate) fn could_be_same_name(a: &str, b: &str) -> bool {
    let (fa, la) = name_parts(a);
    let (fb, lb) = name_parts(b);
    if !la.is_empty() && la == lb {
        return true;
    }
    let (na, nb) = (first_names(&fa), first_names(&fb));
    na.iter().any(|x| nb.contains(x))
}

/// Whether two surnames are a letter or two apart (Damerau–Levenshtein
/// distance 1 or 2), both long enough for that to mean a slip.
fn surname_slip(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len() < 5 || b.len() < 5 || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    // Optimal string alignment distance, rows of the table only.
    let n = b.len();
    let mut two: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for i in 1..=a.len() {
        if let Some(c) = cur.first_mut() {
            *c = i;
        }
        for j in 1..=n {
            let (ai, bj) = (a.get(i - 1), b.get(j - 1));
            let cost = usize::from(ai != bj);
            let mut d = (prev.get(j).copied().unwrap_or(usize::MAX) + 1)
                .min(cur.get(j - 1).copied().unwrap_or(usize::MAX) + 1)
                .min(prev.get(j - 1).copied().unwrap_or(usize::MAX) + cost);
            if i > 1 && j > 1 && ai == b.get(j - 2) && a.get(i - 2) == bj {
                d = d.min(two.get(j - 2).copied().unwrap_or(usize::MAX) + 1);
            }
            if let Some(c) = cur.get_mut(j) {
                *c = d;
            }
        }
        std::mem::swap(&mut two, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.get(n).is_some_and(|d| (1..=2).contains(d))
}

/// Contacts that may be the same person, each pair with a reason and a
/// confidence:
///
/// - the same profile URL ([`DuplicateKind::SameProfileUrl`], 1.0);
/// - the same name at the same company ([`DuplicateKind::SameName`],
///   0.95), or with one company unknown (0.7);
/// - the same name once honorifics (`Dr.`), credentials (`RN`, `PhD`,
///   `Jr.`), nicknames (Sam/Samuel, Bill/William, Liz/Elizabeth — a
///   table of 247), apostrophes, hyphens, accents and middle names are
///   set aside ([`DuplicateKind::NameVariant`]: 0.85 at the same
///   company, 0.6 with one company unknown);
/// - surnames a letter or two apart, same first name, same company
///   ([`DuplicateKind::SurnameSlip`], 0.6).
///
/// Two contacts with different profile URLs are never proposed: they
/// are two people, whatever their names. Two contacts never share an
/// email (the network refuses that). People at two different companies
/// are not proposed by name.
///
/// # Returns
/// Pairs, the older contact first, in id order.
///
/// # Complexity
/// O(contacts + pairs compared): contacts are grouped by surname and
/// first name, and by company and first name for slips.
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::{Company, Contact, DuplicateKind, Network};
/// let mut net = Network::default();
/// let acme = net.add_company(Company::named("Acme"))?;
/// let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
/// for n in ["Robert Smith", "Dr. Bob Smith, PhD"] {
///     let mut c = Contact::new(n, d);
///     c.company = Some(acme);
///     net.add_contact(c)?;
/// }
/// let found = inroads::duplicates(&net);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].kind, DuplicateKind::NameVariant);
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn duplicates(network: &Network) -> Vec<Duplicate> {
    struct Person<'a> {
        id: ContactId,
        name: &'a str,
        folded: String,
        firsts: Vec<String>,
        last: String,
        urls: Vec<String>,
        company: Option<CompanyId>,
    }
    let people: Vec<Person> = network
        .contacts()
        .map(|(id, c)| {
            let (first, last) = name_parts(&c.name);
            Person {
                id,
                name: &c.name,
                folded: crate::text::fold_accents(&c.name)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                firsts: first_names(&first),
                last,
                urls: c
                    .profile_urls()
                    .map(normalize_url)
                    .filter(|u| !u.is_empty())
                    .collect(),
                company: c.company,
            }
        })
        .collect();
    let mut found: std::collections::BTreeMap<(ContactId, ContactId), Duplicate> =
        std::collections::BTreeMap::new();
    let mut propose =
        |x: &Person, y: &Person, kind: DuplicateKind, confidence: f64, reason: String| {
            let (a, b) = if x.id < y.id {
                (x.id, y.id)
            } else {
                (y.id, x.id)
            };
            let better = found.get(&(a, b)).is_none_or(|d| d.confidence < confidence);
            if better {
                found.insert(
                    (a, b),
                    Duplicate {
                        a,
                        b,
                        kind,
                        confidence,
                        reason,
                    },
                );
            }
        };
    // Different URLs: two people, whatever else agrees.
    let different_urls = |x: &Person, y: &Person| {
        !x.urls.is_empty() && !y.urls.is_empty() && !x.urls.iter().any(|u| y.urls.contains(u))
    };
    let mut by_url: HashMap<&str, usize> = HashMap::new();
    let mut by_name: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    let mut by_company: HashMap<(CompanyId, &str), Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        for u in &p.urls {
            match by_url.get(u.as_str()).and_then(|j| people.get(*j)) {
                Some(q) if q.id != p.id => propose(
                    q,
                    p,
                    DuplicateKind::SameProfileUrl,
                    1.0,
                    format!("the same profile URL {u}"),
                ),
                Some(_) => {}
                None => {
                    by_url.insert(u, i);
                }
            }
        }
        if p.last.is_empty() {
            continue;
        }
        for f in &p.firsts {
            by_name
                .entry((f.as_str(), p.last.as_str()))
                .or_default()
                .push(i);
            if let Some(k) = p.company {
                by_company.entry((k, f.as_str())).or_default().push(i);
            }
        }
    }
    for group in by_name.values() {
        for (n, &i) in group.iter().enumerate() {
            for &j in group.iter().skip(n + 1) {
                let (Some(x), Some(y)) = (people.get(i), people.get(j)) else {
                    continue;
                };
                if x.id == y.id || different_urls(x, y) {
                    continue;
                }
                let same_name = x.folded == y.folded;
                let (kind, confidence, where_) = match (x.company, y.company) {
                    (Some(k), Some(l)) if k != l => continue,
                    (Some(_), Some(_)) if same_name => {
                        (DuplicateKind::SameName, 0.95, "at the same company")
                    }
                    (Some(_), Some(_)) => (DuplicateKind::NameVariant, 0.85, "at the same company"),
                    _ if same_name => (DuplicateKind::SameName, 0.7, "(one company unknown)"),
                    _ => (DuplicateKind::NameVariant, 0.6, "(one company unknown)"),
                };
                let reason = if same_name {
                    format!("the same name {where_}: {:?}", x.name)
                } else {
                    format!(
                        "{:?} and {:?}: the same name once titles, credentials, nicknames and spelling marks are set aside, {where_}",
                        x.name, y.name
                    )
                };
                propose(x, y, kind, confidence, reason);
            }
        }
    }
    for group in by_company.values() {
        for (n, &i) in group.iter().enumerate() {
            for &j in group.iter().skip(n + 1) {
                let (Some(x), Some(y)) = (people.get(i), people.get(j)) else {
                    continue;
                };
                if x.id != y.id && !different_urls(x, y) && surname_slip(&x.last, &y.last) {
                    let reason = format!(
                        "{:?} and {:?}: surnames a letter or two apart, at the same company",
                        x.name, y.name
                    );
                    propose(x, y, DuplicateKind::SurnameSlip, 0.6, reason);
                }
            }
        }
    }
    found.into_values().collect()
}

/// Why two companies may be one ([`company_duplicates`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CompanyDuplicateKind {
    /// The same name but for spacing, hyphens or punctuation ("Bio-Rad",
    /// "BioRad").
    Spelling,
    /// One name is the other and more words ("Bio-Rad" and "Bio-Rad
    /// Laboratories", "ThermoFisher" and "Thermo Fisher Scientific").
    Extends,
}

/// Two companies that may be one, with the one to keep first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompanyDuplicate {
    /// The one to keep: more contacts, else the older.
    pub keep: CompanyId,
    /// The one to merge into it.
    pub other: CompanyId,
    /// Why they may be one.
    pub kind: CompanyDuplicateKind,
}

/// Companies that may be one: the counterpart of [`duplicates`] for
/// companies, after imports that spell a company several ways.
///
/// Names are compared as [`company_key`](crate::company_key) reads them
/// (case, accents, legal suffixes and a leading "The" aside), then with
/// spaces, hyphens and punctuation removed: "Bio-Rad" and "BioRad" are
/// [`CompanyDuplicateKind::Spelling`]; a name whose letters are the first
/// whole words of another's ("Bio-Rad" in "Bio-Rad Laboratories",
/// "ThermoFisher" in "Thermo Fisher Scientific") is
/// [`CompanyDuplicateKind::Extends`], when it has at least four letters.
/// Merge them with [`Network::merge_companies`].
///
/// # Returns
/// Pairs, the one to keep first, sorted by the kept company's id, then
/// the other's.
///
/// # Complexity
/// O(companies × words of a name).
///
/// ```
/// use inroads::{Company, CompanyDuplicateKind, Network};
/// let mut net = Network::default();
/// for n in ["Bio-Rad", "BioRad", "Bio-Rad Laboratories", "Thermo Fisher Scientific", "ThermoFisher", "Acme"] {
///     net.add_company(Company::named(n))?;
/// }
/// let found = inroads::company_duplicates(&net);
/// // Bio-Rad = BioRad; each is the start of Bio-Rad Laboratories; ThermoFisher.
/// assert_eq!(found.len(), 4);
/// assert!(found.iter().any(|d| d.kind == CompanyDuplicateKind::Spelling));
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn company_duplicates(network: &Network) -> Vec<CompanyDuplicate> {
    let squash = |w: &[&str]| -> String { w.concat() };
    let mut contacts: HashMap<CompanyId, usize> = HashMap::new();
    for (_, c) in network.contacts() {
        if let Some(k) = c.company {
            *contacts.entry(k).or_default() += 1;
        }
    }
    // Each company's key words, and its squashed key → companies.
    let mut words: Vec<(CompanyId, Vec<String>)> = Vec::new();
    let mut by_squash: HashMap<String, Vec<CompanyId>> = HashMap::new();
    for (id, c) in network.companies() {
        let key = crate::text::company_key(&c.name);
        let w: Vec<String> = key
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect();
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        let s = squash(&refs);
        if !s.is_empty() {
            by_squash.entry(s).or_default().push(id);
        }
        words.push((id, w));
    }
    let order = |a: CompanyId, b: CompanyId| {
        let (ca, cb) = (
            contacts.get(&a).copied().unwrap_or(0),
            contacts.get(&b).copied().unwrap_or(0),
        );
        if cb > ca || (cb == ca && b < a) {
            (b, a)
        } else {
            (a, b)
        }
    };
    let mut seen: std::collections::BTreeSet<(CompanyId, CompanyId)> = Default::default();
    let mut out = Vec::new();
    let mut add = |a: CompanyId, b: CompanyId, kind: CompanyDuplicateKind| {
        if a == b {
            return;
        }
        let pair = (a.min(b), a.max(b));
        if seen.insert(pair) {
            let (keep, other) = order(a, b);
            out.push(CompanyDuplicate { keep, other, kind });
        }
    };
    for ids in by_squash.values() {
        for (i, a) in ids.iter().enumerate() {
            for b in ids.iter().skip(i + 1) {
                add(*a, *b, CompanyDuplicateKind::Spelling);
            }
        }
    }
    for (id, w) in &words {
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        for k in 1..refs.len() {
            let head = squash(refs.get(..k).unwrap_or(&[]));
            if head.chars().count() < 4 {
                continue;
            }
            if let Some(shorter) = by_squash.get(&head) {
                for s in shorter {
                    add(*s, *id, CompanyDuplicateKind::Extends);
                }
            }
        }
    }
    out.sort_by_key(|d| (d.keep, d.other));
    out
}
