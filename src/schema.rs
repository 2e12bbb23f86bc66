//! JSON Schemas (feature `schema`): for the data file and for every result
//! and view type, so a front end in any language can validate what the
//! library and the command line write. The schemas are checked into the
//! repository (`schema/`), and a test compares them with these and
//! validates real output against them.
//!
//! ```
//! let all = inroads::schema::all();
//! assert!(all.contains_key("data-file"));
//! assert!(all.contains_key("plan"));
//! ```

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;
use std::collections::BTreeMap;

impl JsonSchema for crate::Error {
    fn schema_name() -> Cow<'static, str> {
        "Error".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let details = g.subschema_for::<crate::ErrorKind>();
        let location = g.subschema_for::<Option<crate::Location>>();
        json_schema!({
            "type": "object",
            "required": ["kind", "details", "message", "location"],
            "properties": {
                "kind": { "type": "string", "description": "The kind's code (`not-found`, `invalid-transition`, …)." },
                "details": details,
                "message": { "type": "string" },
                "location": location
            },
            "additionalProperties": false
        })
    }
}

/// The data file's top level: `{"format": "inroads", "version": 3, "network": …}`.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(deny_unknown_fields)]
struct DataFile {
    /// Always `inroads`.
    #[schemars(with = "FormatName")]
    format: String,
    /// The format version: 1 to 3 load; this build writes 3.
    #[schemars(range(min = 1, max = 3))]
    version: u64,
    /// The job search.
    network: crate::data::NetworkData,
}

struct FormatName;

impl JsonSchema for FormatName {
    fn schema_name() -> Cow<'static, str> {
        "FormatName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "const": "inroads" })
    }
}

fn of<T: JsonSchema>() -> Schema {
    schemars::schema_for!(T)
}

/// Every schema by name: `data-file`, and one per result or view type
/// (`plan` is a list of [`Action`](crate::Action)s, `contact-detail` a
/// [`ContactDetail`](crate::ContactDetail), …). `README.md` lists which
/// command prints which.
pub fn all() -> BTreeMap<&'static str, Schema> {
    let mut m = BTreeMap::new();
    m.insert("data-file", of::<DataFile>());
    m.insert("error", of::<crate::Error>());
    m.insert("plan", of::<Vec<crate::Action>>());
    m.insert("brief", of::<crate::Brief>());
    m.insert("draft", of::<crate::Draft>());
    m.insert("fit", of::<crate::FitReport>());
    m.insert("funnel", of::<crate::Funnel>());
    m.insert("warm-paths", of::<crate::WarmPaths>());
    m.insert("reach", of::<crate::Reach>());
    m.insert("coverage", of::<crate::Coverage>());
    m.insert("connectors", of::<Vec<crate::Connector>>());
    m.insert("suggestions", of::<Vec<crate::Suggestion>>());
    m.insert("provenance", of::<crate::Provenance>());
    m.insert("duplicates", of::<Vec<crate::Duplicate>>());
    m.insert("import-report", of::<crate::ImportReport>());
    m.insert("tie-import", of::<crate::TieImport>());
    m.insert("title-candidates", of::<Vec<crate::TitleCandidate>>());
    m.insert("contact-summaries", of::<Vec<crate::ContactSummary>>());
    m.insert("company-summaries", of::<Vec<crate::CompanySummary>>());
    m.insert("industry-summaries", of::<Vec<crate::IndustrySummary>>());
    m.insert("contact-detail", of::<crate::ContactDetail>());
    m.insert("company-detail", of::<crate::CompanyDetail>());
    m.insert("journal", of::<crate::JournalView>());
    m.insert("recorded", of::<crate::Recorded>());
    m.insert("meetings", of::<crate::MeetingList>());
    m.insert("leads", of::<Vec<crate::LeadItem>>());
    m.insert("ties", of::<Vec<crate::Tie>>());
    m.insert("tie-list", of::<Vec<crate::TieItem>>());
    m.insert("questions", of::<Vec<crate::Question>>());
    m.insert("profile", of::<crate::Profile>());
    m.insert("occupation-detail", of::<crate::OccupationDetail>());
    m.insert("report", of::<crate::Report>());
    m
}
