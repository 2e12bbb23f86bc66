//! The network picture's layout: deterministic and clustered. The job
//! seeker sits at the centre; companies sit on a ring, each taking an arc
//! in proportion to the people drawn there, with their people on a small
//! circle around the company's point; people without a company sit on an
//! outer ring. No randomness: the same network gives the same picture
//! (and the same bytes).

use super::{NetworkPicture, PictureNode};
use crate::error::Result;
use crate::id::ContactId;
use crate::network::Network;
use crate::ties::Party;
use std::collections::{BTreeMap, HashMap};

const CENTRE: f64 = 500.0;

pub(super) fn picture(net: &Network, limit: usize) -> Result<NetworkPicture> {
    let targets = &net.profile().target_industries;
    let is_target = |c: &crate::model::Contact| {
        c.company
            .and_then(|k| net.company(k))
            .and_then(|k| k.industry)
            .is_some_and(|i| targets.contains(&i))
    };
    // The job seeker's own ties, and how many ties each contact has.
    let mut mine: HashMap<ContactId, f64> = HashMap::new();
    let mut degree: HashMap<ContactId, usize> = HashMap::new();
    for t in net.ties() {
        let s = t.strength.unwrap_or(crate::graph::DEFAULT_TIE_STRENGTH);
        match (t.a, t.b) {
            (Party::Me, Party::Contact(c)) | (Party::Contact(c), Party::Me) => {
                mine.insert(c, s);
            }
            (Party::Contact(a), Party::Contact(b)) => {
                *degree.entry(a).or_default() += 1;
                *degree.entry(b).or_default() += 1;
            }
            _ => {}
        }
    }
    // Who is drawn: the targets and the strongest ties first.
    let mut ranked: Vec<(ContactId, f64)> = net
        .contacts()
        .map(|(id, c)| {
            let score = if is_target(c) { 2.0 } else { 0.0 }
                + mine.get(&id).copied().unwrap_or(0.0)
                + (degree.get(&id).copied().unwrap_or(0) as f64).ln_1p() / 10.0;
            (id, score)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let total = ranked.len();
    ranked.truncate(limit);
    let mut drawn: Vec<ContactId> = ranked.into_iter().map(|(id, _)| id).collect();
    drawn.sort();
    // Group by company, biggest group first (then by name).
    let mut groups: BTreeMap<String, Vec<ContactId>> = BTreeMap::new();
    let mut loose: Vec<ContactId> = Vec::new();
    for id in &drawn {
        match net
            .contact(*id)
            .and_then(|c| c.company)
            .and_then(|k| net.company(k))
        {
            Some(k) => groups.entry(k.name.clone()).or_default().push(*id),
            None => loose.push(*id),
        }
    }
    let mut groups: Vec<(String, Vec<ContactId>)> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut nodes = vec![PictureNode {
        contact: None,
        name: "me".into(),
        company: None,
        stage: crate::journal::Stage::Identified,
        target: false,
        x: CENTRE,
        y: CENTRE,
    }];
    let mut index: HashMap<ContactId, usize> = HashMap::new();
    let mut place = |id: ContactId, x: f64, y: f64, nodes: &mut Vec<PictureNode>| {
        if let Some(c) = net.contact(id) {
            index.insert(id, nodes.len());
            nodes.push(PictureNode {
                contact: Some(id),
                name: c.name.clone(),
                company: c
                    .company
                    .and_then(|k| net.company(k))
                    .map(|k| k.name.clone()),
                stage: net.stage(id),
                target: is_target(c),
                x: (x * 10.0).round() / 10.0,
                y: (y * 10.0).round() / 10.0,
            });
        }
    };
    let in_groups: usize = groups.iter().map(|g| g.1.len()).sum();
    let tau = std::f64::consts::TAU;
    let mut start = 0.0_f64;
    for (_, people) in &groups {
        let share = people.len() as f64 / in_groups.max(1) as f64;
        let angle = (start + share / 2.0) * tau - tau / 4.0;
        start += share;
        let (cx, cy) = (CENTRE + 300.0 * angle.cos(), CENTRE + 300.0 * angle.sin());
        let r = if people.len() == 1 {
            0.0
        } else {
            (32.0 + 10.0 * (people.len() as f64).sqrt()).min(140.0)
        };
        for (i, id) in people.iter().enumerate() {
            let a = i as f64 / people.len() as f64 * tau;
            place(*id, cx + r * a.cos(), cy + r * a.sin(), &mut nodes);
        }
    }
    for (i, id) in loose.iter().enumerate() {
        let a = i as f64 / loose.len().max(1) as f64 * tau - tau / 4.0 + 0.05;
        place(
            *id,
            CENTRE + 150.0 * a.cos(),
            CENTRE + 150.0 * a.sin(),
            &mut nodes,
        );
    }
    let node = |p: Party| match p {
        Party::Me => Some(0),
        Party::Contact(c) => index.get(&c).copied(),
    };
    let mut ties: Vec<(usize, usize, f64)> = net
        .ties()
        .filter_map(|t| {
            let s = t.strength.unwrap_or(crate::graph::DEFAULT_TIE_STRENGTH);
            Some((node(t.a)?, node(t.b)?, s))
        })
        .collect();
    // The people who answered are the job seeker's own ties too, as the
    // graph queries see them.
    for id in net.answered_contacts() {
        if let (false, Some(i)) = (mine.contains_key(&id), index.get(&id)) {
            ties.push((0, *i, crate::graph::DEFAULT_TIE_STRENGTH));
        }
    }
    ties.sort_by_key(|t| (t.0, t.1));
    let referrals: Vec<(usize, usize)> = net
        .referrals()
        .iter()
        .filter_map(|r| Some((*index.get(&r.from)?, *index.get(&r.to)?)))
        .collect();
    Ok(NetworkPicture {
        nodes,
        ties,
        referrals,
        left_out: total - drawn.len(),
        limit,
    })
}
