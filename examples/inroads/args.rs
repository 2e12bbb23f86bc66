//! The command line's grammar (clap derive).

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Plan and track an informational-interview job search.
#[derive(Debug, Parser)]
#[command(name = "inroads", version, about)]
pub struct Cli {
    /// The data file.
    #[arg(long, global = true, default_value = "inroads.json")]
    pub data: PathBuf,
    /// Print exactly one JSON document on stdout instead of text (its
    /// schema is `schema/cli/COMMAND.json`; `--json=false` turns it off).
    #[arg(
        long,
        global = true,
        num_args = 0..=1,
        require_equals = true,
        default_value_t = false,
        default_missing_value = "true",
        action = clap::ArgAction::Set,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub json: bool,
    /// The date to use as today (YYYY-MM-DD): the whole day counts as now
    /// (entries without --at are dated at its start, any hour of it is
    /// accepted, later is the future). Without it, now is the system clock.
    #[arg(long, global = true)]
    pub today: Option<NaiveDate>,
    /// How long to wait for another inroads command that holds the data
    /// file's lock before giving up, in seconds.
    #[arg(long, global = true, default_value_t = 30)]
    pub wait: u64,
    /// The UTC offset for date-times given without one (+HH:MM or -HH:MM;
    /// `--offset -05:00` and `--offset=-05:00` both work). Without it, the
    /// profile's time zone (`profile set --timezone`), else UTC.
    #[arg(long, global = true, allow_hyphen_values = true)]
    pub offset: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty data file.
    Init {
        /// Your name, used to sign messages.
        #[arg(long, default_value = "")]
        name: String,
        /// A sentence about your background, used in outreach messages.
        #[arg(long, default_value = "")]
        background: String,
    },
    /// Your name, background and target career fields.
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Your skills (step 1).
    #[command(subcommand)]
    Skill(SkillCmd),
    /// Industries you are curious about (step 2).
    #[command(subcommand)]
    Industry(IndustryCmd),
    /// Companies (step 2).
    #[command(subcommand)]
    Company(CompanyCmd),
    /// People (step 3).
    #[command(subcommand)]
    Contact(ContactCmd),
    /// Where your skills transfer: occupations, fields and your industries, ranked (step 2).
    Fit(FitArgs),
    /// What you like doing, as Holland's six interests (RIASEC); `fit`
    /// blends them with your skills (step 1: "the ones you enjoy").
    #[command(subcommand)]
    Interests(InterestsCmd),
    /// The occupation catalogue (O*NET).
    #[command(subcommand)]
    Occupation(OccupationCmd),
    /// Record what happened with a contact (steps 3-7).
    Log {
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// What happened.
        #[arg(value_enum)]
        event: LogEvent,
        /// When (default: now).
        #[arg(long)]
        at: Option<String>,
        /// A note (for `lead`, the role).
        #[arg(long)]
        note: Option<String>,
        /// For `referred`: the contact you were referred to.
        #[arg(long)]
        to: Option<String>,
        /// For `requested` and `in-touch`: email, phone, linkedin, in-person or introduced.
        #[arg(long, default_value = "email")]
        channel: String,
    },
    /// A contact's journal, corrections applied.
    Journal {
        /// Name, email, profile URL or id (#74).
        contact: String,
    },
    /// Correct a journal entry: move it, change its note, or retract it.
    Correct {
        /// The entry's number (see `journal`).
        entry: u64,
        /// Withdraw the entry.
        #[arg(long)]
        retract: bool,
        /// The corrected time.
        #[arg(long)]
        at: Option<String>,
        /// The corrected note.
        #[arg(long)]
        note: Option<String>,
    },
    /// Meetings (steps 3-4).
    #[command(subcommand)]
    Meeting(MeetingCmd),
    /// A preparation brief for meeting a contact (steps 5-6).
    Brief {
        /// Name, email, profile URL or id (#74).
        contact: String,
    },
    /// Draft a message: request, follow-up, thanks or referral.
    Draft {
        /// Which message: request (step 3), follow-up (no reply yet),
        /// thanks (after the meeting; cites your notes and asks for
        /// referrals) or referral (to someone a contact referred you to).
        #[arg(value_parser = ["request", "follow-up", "thanks", "referral"])]
        kind: String,
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// Your own template file (first line `Subject: …`).
        #[arg(long)]
        template: Option<std::path::PathBuf>,
    },
    /// What to do today: thank-yous, meetings to prepare, follow-ups,
    /// referrals to contact, keep-in-touch, and polite re-contacts after a
    /// decline.
    Plan {
        /// Days after a decline before the plan suggests asking again (180;
        /// 0 never).
        #[arg(long, default_value_t = 180)]
        recontact_after: u32,
    },
    /// The question bank the briefs draw from.
    #[command(subcommand)]
    Question(QuestionCmd),
    /// The industries your skills transfer to: NAICS sectors and subsectors
    /// ranked by how many people work there in the occupations you fit
    /// (BLS OEWS, May 2025), with their concentration and median wage.
    Industries {
        /// How many.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Write a report of the search to one HTML file: today's plan, the
    /// pipeline, the weekly rhythm, the network, where the skills transfer,
    /// reach and gaps. Self-contained: open it offline, print it to PDF.
    Report {
        /// The HTML file to write.
        out: std::path::PathBuf,
        /// Pseudonyms instead of names, no notes (to share with a counsellor).
        #[arg(long)]
        redact: bool,
        /// Weeks in the rhythm chart, 1 to 104.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=104))]
        weeks: u32,
        /// Replace OUT if it exists (never the data file).
        #[arg(long)]
        force: bool,
    },
    /// Print a shell completion script: `inroads completions bash >
    /// ~/.local/share/bash-completion/completions/inroads` (zsh: into a
    /// folder on $fpath as `_inroads`; fish: into
    /// ~/.config/fish/completions/inroads.fish).
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Keep-in-touch cadences, per contact or per tag: `plan` reminds you
    /// when one comes round.
    #[command(subcommand)]
    Cadence(CadenceCmd),
    /// Job leads.
    #[command(subcommand)]
    Lead(LeadCmd),
    /// Funnel statistics over a date range.
    Stats {
        /// The first day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<NaiveDate>,
        /// The last day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<NaiveDate>,
    },
    /// Import ties (and, later, contacts) from files.
    #[command(subcommand)]
    Import(ImportCmd),
    /// Who knows whom.
    #[command(subcommand)]
    Tie(TieCmd),
    /// Write a file for another tool: ics, vcard, graphml, dot, csv or json.
    Export {
        /// The format.
        #[arg(value_parser = ["ics", "vcard", "graphml", "dot", "csv", "json"])]
        format: String,
        /// The file to write (created readable by you only).
        file: std::path::PathBuf,
        /// Only what is not personal: pseudonyms for every name, no emails,
        /// phones, URLs, titles, tags or notes (json, graphml, dot).
        #[arg(long)]
        redact: bool,
        /// For csv: contacts (default), meetings or leads.
        #[arg(long, default_value = "contacts", value_parser = ["contacts", "meetings", "leads"])]
        what: String,
        /// For vcard: 3 or 4.
        #[arg(long, default_value_t = 4)]
        vcard_version: u8,
        /// For vcard: only contacts with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Replace FILE if it exists (never the data file itself).
        #[arg(long)]
        force: bool,
    },
    /// Contacts that may be the same person, and companies that may be one
    /// (spelt two ways, or one name the start of the other), each with the
    /// command that merges them.
    Duplicates,
    /// Merge contact B into contact A.
    Merge {
        /// The contact to keep (name, email, profile URL or id #74).
        a: String,
        /// The contact to merge into it.
        b: String,
        /// Which side wins conflicting facts: a or b.
        #[arg(long, value_parser = ["a", "b"])]
        prefer: Option<String>,
    },
    /// The warmest introduction path to a contact, company, industry or field.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["to", "company", "industry", "field"])))]
    Path {
        /// A contact (name, email, profile URL or id #74).
        #[arg(long)]
        to: Option<String>,
        /// Anyone at this company.
        #[arg(long)]
        company: Option<String>,
        /// Anyone in this industry.
        #[arg(long)]
        industry: Option<String>,
        /// Anyone in this career field (two-digit code).
        #[arg(long)]
        field: Option<String>,
        /// The most hops.
        #[arg(long, default_value_t = 3)]
        max_hops: u32,
        /// Alternative paths through other first hops.
        #[arg(long, default_value_t = 0)]
        alternatives: usize,
    },
    /// How many people you can reach, by distance, company, industry and field.
    Reach {
        /// The most hops, 1 to 254 or `all` (default: all).
        #[arg(long)]
        hops: Option<inroads::Hops>,
    },
    /// The people who bridge you to the most targets.
    Connectors {
        /// How many.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// The sampling seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// How you came to know a contact: the referral chain.
    Provenance {
        /// Name, email, profile URL or id (#74).
        contact: String,
    },
    /// Your reach into each target industry, field and company, and the gaps.
    Coverage,
    /// Mutual connections with a contact.
    Mutual {
        /// Name, email, profile URL or id (#74).
        contact: String,
    },
    /// Whom to approach next.
    Suggest {
        /// How many.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// The occupations a job title most likely belongs to.
    Title {
        /// The title, as people write it ("VP People Ops").
        title: String,
        /// How many candidates to show.
        #[arg(long, default_value_t = 5)]
        limit: usize,
    },
}

/// The events `inroads log` records.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LogEvent {
    /// A meeting request was sent (see --channel).
    Requested,
    /// A gentle follow-up to an unanswered request.
    FollowedUp,
    /// They replied.
    Replied,
    /// They declined.
    Declined,
    /// No response: the contact goes quiet.
    NoResponse,
    /// The scheduled meeting took place.
    Met,
    /// The scheduled meeting was cancelled.
    Cancelled,
    /// A thank-you was sent.
    Thanked,
    /// They were asked for referrals.
    ReferralsAsked,
    /// They referred you to another contact (--to).
    Referred,
    /// They told you of a job opening (--note is the role).
    Lead,
    /// In touch outside an outreach cycle — a call, a message, a coffee, a
    /// chat at a conference (see --channel): at any stage; it counts for
    /// keep-in-touch cadences.
    InTouch,
    /// A free note.
    Note,
}

/// `inroads meeting …`
#[derive(Debug, Subcommand)]
pub enum MeetingCmd {
    /// Schedule (or reschedule) a meeting.
    Schedule {
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// When (2026-03-02T10:00:00-05:00, or 2026-03-02 10:00 with --offset).
        #[arg(long)]
        at: String,
        /// Length in minutes.
        #[arg(long, default_value_t = inroads::DEFAULT_MEETING_MINUTES)]
        minutes: u32,
        /// A place or call link.
        #[arg(long)]
        place: Option<String>,
        /// Schedule even if it overlaps another meeting.
        #[arg(long)]
        force: bool,
    },
    /// Record what you learned in the meeting.
    Notes {
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// An answer, as QUESTION=TEXT (QUESTION: a question id or topic such as started, enjoy).
        #[arg(long = "answer")]
        answers: Vec<String>,
        /// Advice they gave (repeatable).
        #[arg(long)]
        advice: Vec<String>,
        /// A person they mentioned (repeatable).
        #[arg(long = "name")]
        names: Vec<String>,
        /// Something promised (repeatable).
        #[arg(long = "promise")]
        promises: Vec<String>,
        /// When the notes were taken (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// List scheduled and held meetings.
    List,
}

/// `inroads import …`
#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// LinkedIn's Connections.csv (current or older export).
    Linkedin {
        /// The CSV file.
        file: std::path::PathBuf,
        /// Skip malformed rows (and list them) instead of refusing the file.
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// vCards (2.1, 3.0 or 4.0). A bad email, phone or URL is left out and
    /// said so; a card with only an email comes in under it (tagged
    /// needs-name); a card with nothing to identify anyone is skipped and
    /// said so.
    Vcard {
        /// The .vcf file.
        file: std::path::PathBuf,
        /// Skip cards that cannot be read (or contradict another card)
        /// instead of refusing the file.
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// Ties from a CSV with the header a,b,strength (a, b: names, emails or @me).
    Ties {
        /// The CSV file.
        file: std::path::PathBuf,
    },
}

/// `inroads tie …`
#[derive(Debug, Subcommand)]
pub enum TieCmd {
    /// Record that two people know each other (@me for you).
    Add {
        /// One person (name, email or @me).
        a: String,
        /// The other.
        b: String,
        /// How strong, in (0, 1]; derived when left out.
        #[arg(long)]
        strength: Option<f64>,
    },
    /// Remove a tie.
    Remove {
        /// One person.
        a: String,
        /// The other.
        b: String,
    },
    /// List ties.
    List,
}

/// `inroads cadence …`
#[derive(Debug, Subcommand)]
pub enum CadenceCmd {
    /// Keep in touch with a contact, or with everyone with a tag.
    Set {
        /// The contact (name, email, profile URL or #id).
        #[arg(long, conflicts_with = "tag", required_unless_present = "tag")]
        contact: Option<String>,
        /// The tag.
        #[arg(long)]
        tag: Option<String>,
        /// Aim to be in touch every N days.
        #[arg(long)]
        every: u32,
        /// At most this many days between contacts (default: half as long
        /// again as --every).
        #[arg(long)]
        at_most: Option<u32>,
    },
    /// Stop a contact's or a tag's cadence.
    Clear {
        /// The contact.
        #[arg(long, conflicts_with = "tag", required_unless_present = "tag")]
        contact: Option<String>,
        /// The tag.
        #[arg(long)]
        tag: Option<String>,
    },
    /// The cadences set, per tag and per contact.
    List,
}

/// `inroads question …`
#[derive(Debug, Subcommand)]
pub enum QuestionCmd {
    /// Add your own question; it is preferred over the built-in one of its topic.
    Add {
        /// A unique id (answers are recorded by it).
        id: String,
        /// started, enjoy, challenges, direction, skills, advice or referral.
        #[arg(long)]
        topic: String,
        /// The question.
        #[arg(long)]
        text: String,
        /// Only for these seniorities (repeatable).
        #[arg(long)]
        seniority: Vec<String>,
        /// Only for these career fields (repeatable).
        #[arg(long)]
        field: Vec<String>,
    },
    /// List the bank, your questions first.
    List,
}

/// `inroads lead …`
#[derive(Debug, Subcommand)]
pub enum LeadCmd {
    /// Record a job lead learned from a contact.
    Add {
        /// The contact it came from.
        contact: String,
        /// The role.
        #[arg(long)]
        role: String,
        /// The company (must exist).
        #[arg(long)]
        company: Option<String>,
        /// Where it is posted.
        #[arg(long)]
        posted: Option<String>,
        /// Notes.
        #[arg(long)]
        notes: Option<String>,
    },
    /// List leads.
    List,
    /// Move a lead to a new status.
    Update {
        /// The lead's number (see `lead list`).
        id: u64,
        /// heard, applied, interviewing, offer or closed.
        #[arg(long)]
        status: String,
    },
}

/// `inroads occupation …`
#[derive(Debug, Subcommand)]
pub enum OccupationCmd {
    /// Find occupations by title words or by code prefix.
    Search {
        /// Title words ("museum educator") or a code prefix ("25-20").
        text: String,
        /// How many to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Show an occupation's demands.
    Show {
        /// Its O*NET-SOC code (25-2031.00).
        code: String,
    },
    /// List the 22 career fields.
    Fields,
}

/// `inroads profile …`
#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Show your profile.
    Show,
    /// Change your profile.
    Set {
        /// Your name, used to sign messages.
        #[arg(long)]
        name: Option<String>,
        /// A sentence about your background, used in outreach messages.
        #[arg(long)]
        background: Option<String>,
        /// Replace your target career fields (two-digit codes; repeatable).
        #[arg(long = "target-field")]
        target_fields: Vec<String>,
        /// Your IANA time zone (America/Chicago, Europe/London): the dates
        /// you type and see are in it, daylight saving included.
        #[arg(long)]
        timezone: Option<String>,
        /// Your preparation as an O*NET job zone, 1-5 (1 little or none,
        /// 2 high school, 3 vocational or associate's, 4 bachelor's,
        /// 5 graduate): `fit` flags occupations that usually ask for more
        /// than one zone above yours.
        #[arg(long, conflicts_with = "education")]
        job_zone: Option<String>,
        /// Your highest education (none, high-school, vocational,
        /// associate, bachelor, master, doctorate), mapped to a job zone.
        #[arg(long)]
        education: Option<String>,
        /// Forget your job zone.
        #[arg(long, conflicts_with_all = ["job_zone", "education"])]
        clear_job_zone: bool,
    },
}

/// `inroads interests …`
#[derive(Debug, Subcommand)]
pub enum InterestsCmd {
    /// Show your interests (or that fit infers them).
    Show,
    /// Set them: a Holland code of one to three letters, most important
    /// first — R Realistic (hands-on work with things), I Investigative
    /// (ideas, research), A Artistic (creating), S Social (helping,
    /// teaching), E Enterprising (leading, persuading), C Conventional
    /// (data, detail, order); e.g. `SAE` — or six scores 1-7 in that order
    /// (`2,3,6,7,5,2`).
    Set {
        /// `SAE`, or six scores `R,I,A,S,E,C`.
        code: String,
    },
    /// Forget them: fit infers them again from the skills you enjoy most.
    Clear,
}

/// `inroads skill …`
#[derive(Debug, Subcommand)]
pub enum SkillCmd {
    /// Add a skill with how good you are at it and how much you enjoy it.
    Add {
        /// The skill ("Curriculum design", "MS Excel").
        name: String,
        /// 1 (beginner) to 5 (expert).
        #[arg(long)]
        proficiency: u8,
        /// 1 (dislike) to 5 (love).
        #[arg(long)]
        enjoyment: u8,
    },
    /// List your skills.
    List,
    /// Change a skill's proficiency or enjoyment.
    Edit {
        /// The skill.
        name: String,
        /// 1 (beginner) to 5 (expert).
        #[arg(long)]
        proficiency: Option<u8>,
        /// 1 (dislike) to 5 (love).
        #[arg(long)]
        enjoyment: Option<u8>,
    },
    /// Remove a skill.
    Remove {
        /// The skill.
        name: String,
    },
    /// Show what a skill is read as in what occupations do — the closest
    /// O*NET tasks, work activities, tools, technologies and job titles —
    /// and choose another reading when the first is wrong.
    Read {
        /// The skill, as the profile lists it.
        name: String,
        /// Choose reading N of the list (1 is the first).
        #[arg(long, conflicts_with = "clear")]
        pick: Option<usize>,
        /// Forget the chosen reading: read the skill's own words again.
        #[arg(long)]
        clear: bool,
        /// How many readings to list.
        #[arg(long, default_value_t = 5)]
        limit: usize,
    },
}

/// `inroads industry …`
#[derive(Debug, Subcommand)]
pub enum IndustryCmd {
    /// Add an industry.
    Add {
        /// Its name.
        name: String,
        /// Notes from research.
        #[arg(long)]
        notes: Option<String>,
        /// Mark it as one you target.
        #[arg(long)]
        target: bool,
        /// Its NAICS code as `inroads industries` shows it (712000, or a
        /// sector such as 61--62); its companies inherit it.
        #[arg(long)]
        naics: Option<String>,
    },
    /// List industries.
    List,
    /// Change an industry: name, notes, whether you target it, and the
    /// skills it demands (which `fit` ranks it by).
    Edit {
        /// Its name now.
        name: String,
        /// A new name.
        #[arg(long = "name")]
        new_name: Option<String>,
        /// Notes from research (replaces them).
        #[arg(long)]
        notes: Option<String>,
        /// Target it.
        #[arg(long, conflicts_with = "no_target")]
        target: bool,
        /// Stop targeting it.
        #[arg(long)]
        no_target: bool,
        /// A skill it demands, with its weight from 0 to 1: `--demand
        /// "Clinical documentation=0.8"` (repeatable; changes the weight of
        /// one already listed).
        #[arg(long = "demand")]
        demands: Vec<String>,
        /// A demanded skill to remove (repeatable).
        #[arg(long = "remove-demand")]
        remove_demands: Vec<String>,
        /// Its NAICS code (712000, or a sector such as 61--62).
        #[arg(long)]
        naics: Option<String>,
    },
    /// Remove an industry.
    Remove {
        /// Its name.
        name: String,
        /// Clear it from companies and targets instead of refusing.
        #[arg(long)]
        detach: bool,
    },
}

/// `inroads company …`
#[derive(Debug, Subcommand)]
pub enum CompanyCmd {
    /// Add a company.
    Add {
        /// Its name.
        name: String,
        #[command(flatten)]
        fields: CompanyFields,
    },
    /// List companies.
    List,
    /// Show a company and the contacts there.
    Show {
        /// Its name.
        name: String,
    },
    /// Remove a company.
    Remove {
        /// Its name.
        name: String,
        /// Clear it from its contacts instead of refusing.
        #[arg(long)]
        detach: bool,
    },
    /// Change a company: name, industry, website, location, size, notes.
    Edit {
        /// Its name now.
        name: String,
        /// A new name (the old one stays as an alias).
        #[arg(long = "name")]
        new_name: Option<String>,
        #[command(flatten)]
        fields: CompanyFields,
        /// Clear the industry.
        #[arg(long, conflicts_with = "industry")]
        no_industry: bool,
        /// Add a line to the notes (what is there stays; --notes replaces).
        #[arg(long)]
        add_note: Option<String>,
    },
    /// Give a company another name (the old one stays as an alias).
    Rename {
        /// Its name now.
        name: String,
        /// The new name.
        new_name: String,
    },
    /// Merge company OTHER into KEEP: its contacts and leads move, its name
    /// becomes an alias of KEEP, and it is removed.
    Merge {
        /// The company to keep.
        keep: String,
        /// The company merged into it.
        other: String,
    },
}

/// Optional company fields.
#[derive(Debug, Args)]
pub struct CompanyFields {
    /// The industry (by name; it must exist).
    #[arg(long)]
    pub industry: Option<String>,
    /// Its website.
    #[arg(long)]
    pub website: Option<String>,
    /// Where it is.
    #[arg(long)]
    pub location: Option<String>,
    /// Research notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// How big: micro, small, medium, large, enterprise, or a headcount.
    #[arg(long)]
    pub size: Option<String>,
}

/// `inroads contact …`
#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// Add a contact.
    Add {
        /// Full name.
        name: String,
        #[command(flatten)]
        fields: ContactFields,
    },
    /// List contacts, with their ids and stages; filters combine.
    List {
        /// Only those with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only those at this stage (identified, requested, replied,
        /// scheduled, met, thanked, referrals-asked, declined, no-response).
        #[arg(long)]
        stage: Option<String>,
        /// Only those at this company.
        #[arg(long)]
        company: Option<String>,
        /// Only those in this career field (two-digit code).
        #[arg(long)]
        field: Option<String>,
        /// Only those whose name, email or company contains this text.
        #[arg(long)]
        search: Option<String>,
    },
    /// Find contacts by part of a name, email or company (case and accents
    /// do not matter).
    Search {
        /// The text to look for.
        text: String,
    },
    /// Show one contact.
    Show {
        /// Name, email, profile URL or id (#74).
        contact: String,
    },
    /// Change a contact's fields. What you change here, a re-import never
    /// changes back.
    Edit {
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: ContactFields,
        /// Clear the company.
        #[arg(long, conflicts_with = "company")]
        no_company: bool,
        /// Add a line to the notes (what is there stays; --notes replaces).
        #[arg(long)]
        add_note: Option<String>,
        /// Remove an email address (repeatable).
        #[arg(long = "remove-email")]
        remove_emails: Vec<String>,
        /// Remove a phone number (repeatable).
        #[arg(long = "remove-phone")]
        remove_phones: Vec<String>,
        /// Remove a tag (repeatable).
        #[arg(long = "remove-tag")]
        remove_tags: Vec<String>,
    },
    /// Remove a contact.
    Remove {
        /// Name, email, profile URL or id (#74).
        contact: String,
        /// Also remove their journal entries, leads and the referrals naming them.
        #[arg(long)]
        detach: bool,
    },
    /// Derive again, from their job titles, the career fields imports gave
    /// contacts (after the catalogue learnt to place titles better). Fields
    /// you set yourself stay.
    Refield,
}

/// Optional contact fields. On `edit`, emails, phones and tags given are added.
#[derive(Debug, Args)]
pub struct ContactFields {
    /// Where they work (by name; it must exist).
    #[arg(long)]
    pub company: Option<String>,
    /// Job title; the seniority is guessed from it unless --seniority is given.
    #[arg(long)]
    pub title: Option<String>,
    /// unknown, entry, staff, manager, director, executive-director or executive.
    #[arg(long)]
    pub seniority: Option<String>,
    /// An email address (repeatable).
    #[arg(long = "email")]
    pub emails: Vec<String>,
    /// A phone number (repeatable).
    #[arg(long = "phone")]
    pub phones: Vec<String>,
    /// A tag (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// A profile URL.
    #[arg(long)]
    pub url: Option<String>,
    /// How you met or found them.
    #[arg(long)]
    pub how_met: Option<String>,
    /// Research notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Their career field, by its two-digit O*NET code (e.g. 15 for computer
    /// and mathematical): overrides the guess from the title, for good.
    #[arg(long)]
    pub field: Option<String>,
}

/// The options of `inroads fit`.
#[derive(Debug, clap::Args)]
pub struct FitArgs {
    /// How many occupations to show.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Leave out a career field by its two-digit code, e.g. 25 for education (repeatable).
    #[arg(long = "exclude-field")]
    pub exclude_fields: Vec<String>,
    /// Only these career fields (repeatable).
    #[arg(long = "include-field")]
    pub include_fields: Vec<String>,
    /// Leave out results scoring below this (0-100).
    #[arg(long, default_value_t = 0.0)]
    pub min_score: f64,
    /// Leave out occupations that usually ask for more preparation than
    /// this job zone (1-5, or an education level such as bachelor).
    #[arg(long)]
    pub max_zone: Option<String>,
    /// The share of each score that closeness to your best matches carries
    /// (0-1, default 0.25; 0 ranks by skills and interests alone).
    #[arg(long, allow_negative_numbers = true)]
    pub related_share: Option<f64>,
}
