//! Re-deriving imported contacts' career fields from their job titles,
//! after the way titles are placed in occupations changed.

use crate::catalog::{Catalog, FieldCode, GOOD_TITLE_CONFIDENCE};
use crate::id::ContactId;
use crate::model::ImportedField;
use crate::network::Network;
use serde::{Deserialize, Serialize};

/// The career field a job title implies: the field of its best occupation
/// when [`Catalog::match_title`] is at least [`GOOD_TITLE_CONFIDENCE`]
/// sure of it, else none. What an import gives a contact.
pub fn field_for_title(catalog: &Catalog, title: &str) -> Option<FieldCode> {
    catalog
        .match_title(title, 1)
        .into_iter()
        .find(|x| x.confidence >= GOOD_TITLE_CONFIDENCE)
        .map(|x| x.field)
}

/// One contact whose field [`rederive_fields`] changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldChange {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// Their job title, the field was derived from.
    pub title: String,
    /// The field before.
    pub from: Option<FieldCode>,
    /// The field now.
    pub to: Option<FieldCode>,
}

/// Derives again, from their job titles, the career fields that imports
/// gave contacts — after the catalogue learnt to place titles better —
/// and returns what changed, by contact id.
///
/// # Arguments
/// - `net`: the network; only contacts whose field an import set and the
///   user has not changed since (or whose title an import set and that
///   have no field) are touched: a field set by hand stays.
/// - `catalog`: the catalogue to place titles with.
///
/// # Returns
/// The contacts whose field changed (to none, when the title no longer
/// names an occupation surely), in id order. Nothing else changes; the
/// import's record of the field follows, so a later import still knows
/// the field as its own.
///
/// # Complexity
/// One [`Catalog::match_title`] per distinct title of such contacts.
///
/// # Example
/// ```
/// # #[cfg(feature = "onet")] {
/// let catalog = inroads::Catalog::builtin()?;
/// let mut net = inroads::sample::teacher_candidate()?;
/// // Fields set by hand are never touched; the sample's are.
/// let changed = inroads::rederive_fields(&mut net, catalog);
/// assert!(changed.iter().all(|c| c.from != c.to));
/// assert!(inroads::rederive_fields(&mut net, catalog).is_empty()); // settled
/// # }
/// # Ok::<(), inroads::Error>(())
/// ```
pub fn rederive_fields(net: &mut Network, catalog: &Catalog) -> Vec<FieldChange> {
    let mut placed: std::collections::HashMap<String, Option<FieldCode>> = Default::default();
    let mut changes = Vec::new();
    for (id, c) in net.contacts() {
        let Some(title) = c.title.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let imported_field = c
            .imported
            .get(&ImportedField::Field)
            .map(|s| s.value.as_str());
        let current = c.field.map(|f| f.to_string());
        let derived = match imported_field {
            Some(v) => current.as_deref() == Some(v),
            None => c.field.is_none() && c.imported.contains_key(&ImportedField::Title),
        };
        if !derived {
            continue;
        }
        let to = *placed
            .entry(title.to_string())
            .or_insert_with(|| field_for_title(catalog, title));
        if to != c.field {
            changes.push(FieldChange {
                contact: id,
                name: c.name.clone(),
                title: title.to_string(),
                from: c.field,
                to,
            });
        }
    }
    for ch in &changes {
        net.set_derived_field(ch.contact, ch.to);
    }
    changes
}
