//! Skill and knowledge profiles for the occupations O\*NET gives no
//! ratings (Software Developers, Data Scientists, Project Management
//! Specialists, …), estimated from their own detailed work activities.

use super::{Demand, Element, ElementKind, Occupation};
use crate::hash::FastMap;

/// How many rated occupations an estimate is made from.
pub(crate) const NEIGHBOURS: usize = 5;

/// Keeps an occupation's [`super::KEPT_SKILLS`] most important skills and
/// [`super::KEPT_KNOWLEDGE`] knowledge areas (`demands` sorted most
/// important first).
pub(crate) fn keep_top(demands: &mut Vec<Demand>, elements: &[Element]) {
    let (mut skills, mut knowledge) = (0usize, 0usize);
    demands.retain(|d| match elements.get(d.element.index()).map(|e| e.kind) {
        Some(ElementKind::Skill) => {
            skills += 1;
            skills <= super::KEPT_SKILLS
        }
        Some(ElementKind::Knowledge) => {
            knowledge += 1;
            knowledge <= super::KEPT_KNOWLEDGE
        }
        _ => false,
    });
}

/// Gives every occupation without ratings but with work activities the
/// similarity-weighted mean of the full ratings (`full`, per occupation,
/// all it has) of the [`NEIGHBOURS`] rated occupations whose detailed work
/// activities are most alike (cosine over activities weighted by rarity,
/// `ln(N / n)`), keeps its top demands, marks it estimated, and puts the
/// whole estimate in `full`.
pub(crate) fn fill(
    occupations: &mut [Occupation],
    full: &mut [Vec<Demand>],
    activities: &mut [Vec<u32>],
    elements: &[Element],
) {
    let n = occupations.len() as f32;
    let mut df: FastMap<u32, f32> = FastMap::default();
    for a in activities.iter_mut() {
        a.sort_unstable();
        a.dedup();
        for id in a.iter() {
            *df.entry(*id).or_default() += 1.0;
        }
    }
    let weight = |id: &u32| (n / df.get(id).copied().unwrap_or(1.0)).ln().max(0.0);
    let norm = |a: &[u32]| a.iter().map(|id| weight(id).powi(2)).sum::<f32>().sqrt();
    let norms: Vec<f32> = activities.iter().map(|a| norm(a)).collect();
    // Estimates come from rated occupations only, never from another
    // estimate (nor from the order of the rows).
    let rated: Vec<bool> = full.iter().map(|f| !f.is_empty()).collect();
    for i in 0..occupations.len() {
        let unrated = occupations.get(i).is_some_and(|o| o.demands.is_empty());
        let mine = activities.get(i).map_or(&[][..], |a| a.as_slice());
        let own_norm = norms.get(i).copied().unwrap_or(0.0);
        if !unrated || mine.is_empty() || own_norm <= 0.0 {
            continue;
        }
        let mut sims: Vec<(usize, f32)> = activities
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i && rated.get(*j).copied().unwrap_or(false))
            .map(|(j, theirs)| {
                let shared: f32 = mine
                    .iter()
                    .filter(|id| theirs.binary_search(id).is_ok())
                    .map(|id| weight(id).powi(2))
                    .sum();
                let d = own_norm * norms.get(j).copied().unwrap_or(0.0);
                (j, if d > 0.0 { shared / d } else { 0.0 })
            })
            .filter(|(_, s)| *s > 0.0)
            .collect();
        sims.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        sims.truncate(NEIGHBOURS);
        let total: f32 = sims.iter().map(|(_, s)| s).sum();
        if total <= 0.0 {
            continue;
        }
        let mut sum: FastMap<super::ElementId, f32> = FastMap::default();
        for (j, s) in &sims {
            for d in full.get(*j).map_or(&[][..], |f| f.as_slice()) {
                *sum.entry(d.element).or_default() += s * f32::from(d.importance);
            }
        }
        let mut demands: Vec<Demand> = sum
            .into_iter()
            .map(|(element, x)| Demand {
                element,
                importance: (x / total).round().clamp(0.0, 100.0) as u8,
            })
            .collect();
        demands.sort_by(|a, b| {
            b.importance
                .cmp(&a.importance)
                .then(a.element.cmp(&b.element))
        });
        if let Some(f) = full.get_mut(i) {
            f.clone_from(&demands);
        }
        keep_top(&mut demands, elements);
        if let Some(o) = occupations.get_mut(i) {
            o.demands = demands;
            o.estimated = true;
        }
    }
}
