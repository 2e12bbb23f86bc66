//! Message drafts: the meeting request (step 3), the follow-up when it had
//! no reply, the thank-you that cites the meeting and asks for referrals
//! (step 7), and the note to a referral naming who referred (step 7,
//! repeated). The built-in templates name no profession.
//!
//! A template is plain text: its first line is `Subject: …`, then a blank
//! line, then the body. Placeholders are names in braces:
//!
//! | placeholder | value |
//! |---|---|
//! | `{name}`, `{first_name}` | the contact's name, first name |
//! | `{greeting}` | how to greet them: "Dr. Marsh" (an honorific with the family name), else the given name, or a name in Chinese, Japanese or Korean script whole ([`greeting_name`]) |
//! | `{title}`, `{company}` | their title, their company (required) |
//! | `{as_title}`, `{at_company}` | " as Director of Nursing", " at Rush" — or nothing when not recorded |
//! | `{interest}` | what the job seeker is exploring: their target industries, else the contact's industry, else a general phrase |
//! | `{request_date}` | the day of the last request or follow-up sent to the contact |
//! | `{why}` | why this person: their role, company and industry |
//! | `{my_name}`, `{my_background}` | the job seeker's name and background |
//! | `{meeting_detail}` | something from the latest meeting's notes (advice, an answer, a promise) |
//! | `{referrer}` | who referred the job seeker to this contact |
//!
//! A placeholder that cannot be filled is an error
//! ([`ErrorKind::Unfilled`]), never a blank: a message with a hole in it
//! should not be sent.

use crate::error::{Error, ErrorKind, Result};
use crate::id::ContactId;
use crate::journal::Event;
use crate::network::Network;
use serde::Serialize;

/// Which message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DraftKind {
    /// Ask for a 20–30 minute meeting — information, not a job.
    Request,
    /// Follow up once on a request that had no reply.
    FollowUp,
    /// Thank them after the meeting, citing something from it.
    Thanks,
    /// Reach out to someone a contact referred you to.
    Referral,
}

impl DraftKind {
    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Request => "request",
            DraftKind::FollowUp => "follow-up",
            DraftKind::Thanks => "thanks",
            DraftKind::Referral => "referral",
        }
    }
}

impl DraftKind {
    /// Every kind, in the order of the method.
    pub const ALL: [DraftKind; 4] = [
        DraftKind::Request,
        DraftKind::FollowUp,
        DraftKind::Thanks,
        DraftKind::Referral,
    ];
}

impl std::fmt::Display for DraftKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DraftKind {
    type Err = Error;
    /// Reads what `Display` prints (`request`, `follow-up`, `thanks`,
    /// `referral`).
    fn from_str(s: &str) -> Result<DraftKind> {
        let t = s.trim().to_lowercase();
        DraftKind::ALL
            .into_iter()
            .find(|k| k.as_str() == t || (t == "followup" && *k == DraftKind::FollowUp))
            .ok_or_else(|| {
                Error::invalid(
                    "draft",
                    s,
                    "expected request, follow-up, thanks or referral",
                )
            })
    }
}

/// The largest message template a front end should read: 1 MiB (a
/// template is a page of text).
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// The templates drafts are made from. `Templates::default()` holds the
/// built-in ones; replace any field to use your own.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Templates {
    /// For [`DraftKind::Request`].
    pub request: String,
    /// For [`DraftKind::FollowUp`].
    pub follow_up: String,
    /// For [`DraftKind::Thanks`].
    pub thanks: String,
    /// For [`DraftKind::Referral`].
    pub referral: String,
}

impl Default for Templates {
    /// The built-in templates. They name no profession: every sentence is
    /// built from the profile and the contact, and a fact that is not
    /// recorded is left out (`{at_company}`, `{as_title}`, `{interest}`
    /// always have a value), never invented.
    fn default() -> Self {
        Templates {
            request: "Subject: A 20-minute conversation about your work{at_company}?\n\n\
                Dear {greeting},\n\n\
                {my_background}. I am {interest}, and I am writing to you because {why}.\n\n\
                Would you be willing to meet for 20 to 30 minutes, in person or by video, \
                so I can learn how you got into the field and what the work is really like? \
                I am not asking for a job: I would value your perspective and advice.\n\n\
                Thank you for considering it.\n\n\
                Best regards,\n{my_name}\n"
                .into(),
            follow_up:
                "Subject: Following up: a short conversation about your work{at_company}\n\n\
                Dear {greeting},\n\n\
                I wrote to you on {request_date} to ask whether you might have 20 to 30 minutes \
                to tell me about your work{at_company}. I know how full inboxes get, so I am \
                following up once.\n\n\
                I am {interest}, and your experience would help me understand the field. \
                I am not asking for a job, only for your perspective; if now is not a good \
                time, I understand completely.\n\n\
                Best regards,\n{my_name}\n"
                    .into(),
            thanks: "Subject: Thank you for your time\n\n\
                Dear {greeting},\n\n\
                Thank you for taking the time to meet with me. I especially appreciated \
                what you said: {meeting_detail}. It gave me a much clearer picture of the \
                work{at_company}.\n\n\
                If anyone else in the field comes to mind who might be willing to talk \
                with me, I would be grateful for an introduction.\n\n\
                With thanks,\n{my_name}\n"
                .into(),
            referral: "Subject: {referrer} suggested I get in touch\n\n\
                Dear {greeting},\n\n\
                {referrer} suggested I contact you. {my_background}, and I am {interest}; \
                {referrer} thought your experience{as_title} would be especially helpful.\n\n\
                Would you have 20 to 30 minutes for a conversation in the coming weeks? \
                I am gathering information and advice, not asking for a job.\n\n\
                Best regards,\n{my_name}\n"
                .into(),
        }
    }
}

impl Templates {
    /// The template for a kind.
    pub fn get(&self, kind: DraftKind) -> &str {
        match kind {
            DraftKind::Request => &self.request,
            DraftKind::FollowUp => &self.follow_up,
            DraftKind::Thanks => &self.thanks,
            DraftKind::Referral => &self.referral,
        }
    }
}

/// A drafted message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Draft {
    /// Which message.
    pub kind: DraftKind,
    /// To whom.
    pub contact: ContactId,
    /// The recipient's first email, if any.
    pub to: Option<String>,
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// Drafts a message to a contact from a template.
///
/// # Arguments
/// - `network`: the contact, their company, the profile and the journal.
/// - `contact`: the recipient.
/// - `kind`: which message.
/// - `templates`: the templates (`&Templates::default()` for the built-in ones).
///
/// # Returns
/// The subject and body, every placeholder filled.
///
/// # Errors
/// [`ErrorKind::NotFound`] for an unknown contact; [`ErrorKind::Unfilled`]
/// naming the placeholder when a value is missing (no meeting notes to cite,
/// no referrer, no background in the profile) or the placeholder is unknown;
/// [`ErrorKind::InvalidValue`] when a template has no `Subject:` line.
///
/// # Example
/// ```
/// use inroads::{draft, DraftKind, Templates};
/// let net = inroads::sample::teacher_candidate()?;
/// let tom = net.resolve_contact("Tom Okafor")?;
/// let d = draft(&net, tom, DraftKind::Request, &Templates::default())?;
/// assert!(d.body.contains("Dear Tom"));
/// assert!(d.body.contains("not asking for a job"));
/// // Nothing to cite yet: the thank-you cannot be drafted.
/// assert!(draft(&net, tom, DraftKind::Thanks, &Templates::default()).is_err());
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn draft(
    network: &Network,
    contact: ContactId,
    kind: DraftKind,
    templates: &Templates,
) -> Result<Draft> {
    let c = network
        .contact(contact)
        .ok_or_else(|| Error::not_found("contact", contact.to_string()))?;
    let template = templates.get(kind);
    let (subject, body) = template
        .strip_prefix("Subject:")
        .and_then(|rest| rest.split_once('\n'))
        .ok_or_else(|| {
            Error::invalid(
                "template",
                kind.as_str(),
                "a template starts with a `Subject: …` line",
            )
        })?;
    let body = body.strip_prefix('\n').unwrap_or(body);
    let company = c.company.and_then(|k| network.company(k));
    let value = |name: &str| -> std::result::Result<String, String> {
        let need = |v: Option<String>, why: &str| {
            v.filter(|s| !s.trim().is_empty())
                .ok_or_else(|| why.to_string())
        };
        match name {
            "name" => Ok(c.name.clone()),
            "greeting" => Ok(greeting_name(c)),
            "first_name" => Ok(c
                .name
                .split_whitespace()
                .next()
                .unwrap_or(&c.name)
                .to_string()),
            "title" => need(c.title.clone(), "the contact has no title"),
            "as_title" => Ok(c
                .title
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .map_or_else(String::new, |t| format!(" as {t}"))),
            "at_company" => Ok(company.map_or_else(String::new, |k| format!(" at {}", k.name))),
            "interest" => Ok(interest(network, company)),
            "request_date" => network
                .summary(contact)
                .and_then(|s| s.last_ask)
                .map(|d| d.format("%-d %B %Y").to_string())
                .ok_or_else(|| "no request to this contact is recorded yet".to_string()),
            "company" => need(
                company.map(|k| k.name.clone()),
                "the contact has no company",
            ),
            "my_name" => need(
                Some(network.profile().name.clone()),
                "the profile has no name (set it with init --name)",
            ),
            "my_background" => need(
                Some(
                    network
                        .profile()
                        .background
                        .trim()
                        .trim_end_matches('.')
                        .to_string(),
                ),
                "the profile has no background: describe yourself in a sentence with `profile set --background`",
            ),
            "why" => {
                let mut why = match (&c.title, company) {
                    (Some(t), Some(k)) => format!("you are {t} at {}", k.name),
                    (Some(t), None) => format!("you work as {t}"),
                    (None, Some(k)) => format!("you work at {}", k.name),
                    (None, None) => return Err("the contact has neither title nor company".into()),
                };
                // The industry, unless `{interest}` already names it.
                if let Some(i) = company
                    .and_then(|k| k.industry)
                    .filter(|i| !network.profile().target_industries.contains(i))
                    .and_then(|i| network.industry(i))
                {
                    why.push_str(&format!(
                        ", and I want to understand {}",
                        i.name.to_lowercase()
                    ));
                }
                Ok(why)
            }
            "meeting_detail" => network
                .entries(contact)
                .into_iter()
                .rev()
                .find_map(|(_, e)| match &e.event {
                    Event::MeetingNotes { notes } => notes
                        .advice
                        .first()
                        .or(notes.answers.first().map(|a| &a.text))
                        .or(notes.promises.first())
                        .cloned(),
                    _ => None,
                })
                .ok_or_else(|| "no meeting notes to cite; record them first".to_string()),
            "referrer" => network
                .referrals()
                .iter()
                .rev()
                .find(|r| r.to == contact)
                .and_then(|r| network.contact(r.from))
                .map(|r| r.name.clone())
                .ok_or_else(|| "nobody is recorded as referring you to this contact".to_string()),
            _ => Err("unknown placeholder".into()),
        }
    };
    let fill = |text: &str| -> Result<String> {
        let mut out = String::with_capacity(text.len() + 64);
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            out.push_str(rest.get(..start).unwrap_or(""));
            let after = rest.get(start + 1..).unwrap_or("");
            let Some(end) = after.find('}') else {
                return Err(unfilled(kind, "{", "an opening brace is never closed"));
            };
            let name = after.get(..end).unwrap_or("");
            let v = value(name).map_err(|why| unfilled(kind, &format!("{{{name}}}"), &why))?;
            out.push_str(&v);
            rest = after.get(end + 1..).unwrap_or("");
        }
        out.push_str(rest);
        Ok(out)
    };
    Ok(Draft {
        kind,
        contact,
        to: c.emails.first().cloned(),
        subject: fill(subject.trim())?,
        body: fill(body)?,
    })
}

/// What the job seeker is exploring, from the profile: the target
/// industries, else the contact's industry, else a general phrase. Never a
/// profession the profile does not name.
fn interest(network: &Network, company: Option<&crate::model::Company>) -> String {
    let targets: Vec<String> = network
        .profile()
        .target_industries
        .iter()
        .filter_map(|i| network.industry(*i))
        .map(|i| i.name.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    let list = |items: &[String]| match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    if !targets.is_empty() {
        return format!("exploring a move into {}", list(&targets));
    }
    match company
        .and_then(|k| k.industry)
        .and_then(|i| network.industry(i))
    {
        Some(i) => format!("learning about work in {}", i.name.trim()),
        None => "exploring where my experience could be useful next".to_string(),
    }
}

fn unfilled(kind: DraftKind, placeholder: &str, reason: &str) -> Error {
    Error::new(ErrorKind::Unfilled {
        template: kind.as_str().to_string(),
        placeholder: placeholder.to_string(),
        reason: reason.to_string(),
    })
}

/// Honorifics a greeting keeps, as written in one ("dr" → "Dr.").
fn honorific(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('.').to_lowercase();
    Some(match w.as_str() {
        "dr" | "doctor" => "Dr.",
        "prof" | "professor" => "Prof.",
        "mr" => "Mr.",
        "mrs" => "Mrs.",
        "ms" => "Ms.",
        "mx" => "Mx.",
        "miss" => "Miss",
        "rev" | "reverend" => "Rev.",
        _ => return None,
    })
}

/// How a message greets a contact, after "Dear":
/// - a known honorific (from the name's parts, or leading the name) with
///   the family name: "Dr. Helena Marsh" → "Dr. Marsh";
/// - a name in Chinese, Japanese or Korean script, whole, in its own
///   order: "张伟";
/// - else the given name (from the name's parts, else the first word, a
///   credential such as ", RN" or "PhD" never taken for one).
///
/// ```
/// use chrono::NaiveDate;
/// use inroads::{greeting_name, Contact};
/// let d = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
/// assert_eq!(greeting_name(&Contact::new("Dr. Helena Marsh", d)), "Dr. Marsh");
/// assert_eq!(greeting_name(&Contact::new("Prof. Ana de la Cruz, PhD", d)), "Prof. de la Cruz");
/// assert_eq!(greeting_name(&Contact::new("Jessica Park, RN", d)), "Jessica");
/// assert_eq!(greeting_name(&Contact::new("张伟", d)), "张伟");
/// ```
pub fn greeting_name(contact: &crate::model::Contact) -> String {
    let name = contact.name.trim();
    if crate::text::in_cjk_script(name) {
        return name.split_whitespace().collect::<String>();
    }
    // "Jessica Park, RN": what follows a comma is credentials; so are a
    // trailing "PhD" or "Jr." and anything in brackets ("(she/her)").
    let main = name.split([',', '(']).next().unwrap_or(name);
    let mut words: Vec<&str> = main.split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| crate::dedupe::is_credential(w))
    {
        words.pop();
    }
    let parts = contact.name_parts.as_ref();
    let hon = parts
        .and_then(|p| p.prefix.split_whitespace().next())
        .and_then(honorific)
        .or_else(|| words.first().and_then(|w| honorific(w)));
    let lead = usize::from(words.first().is_some_and(|w| honorific(w).is_some()));
    if let Some(h) = hon {
        let family = match parts
            .map(|p| p.family.split([',', '(']).next().unwrap_or("").trim())
            .filter(|f| !f.is_empty())
        {
            Some(f) => f.to_string(),
            // Without parts: the words after the first name ("de la Cruz"
            // keeps its particles when written lower-case).
            None => {
                let after: Vec<&str> = words.iter().skip(lead).copied().collect();
                // "Ms. Oyelaran": the one word is the family name.
                let skip = usize::from(after.len() > 1);
                let rest: Vec<&str> = after.iter().skip(skip).copied().collect();
                let start = rest
                    .iter()
                    .position(|w| w.chars().next().is_some_and(char::is_lowercase))
                    .unwrap_or(rest.len().saturating_sub(1));
                rest.get(start..).map(|r| r.join(" ")).unwrap_or_default()
            }
        };
        if !family.is_empty() {
            return format!("{h} {family}");
        }
    }
    if let Some(g) = parts.map(|p| p.given.trim()).filter(|g| !g.is_empty()) {
        return g.split_whitespace().next().unwrap_or(g).to_string();
    }
    words
        .get(lead)
        .or(words.first())
        .map_or_else(|| name.to_string(), |w| (*w).to_string())
}
