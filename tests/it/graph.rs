//! The network queries checked against plain reference algorithms on
//! random graphs (disconnected ones and hop limits included), and the
//! patched index checked against a rebuilt one.

use crate::day;
use inroads::{
    coverage, mutual, provenance, reach, store, suggest, warm_path, ConnectorOptions, Contact,
    ContactId, ErrorKind, Network, Party, PathOptions, SuggestOptions, Target, Tie,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, VecDeque};

const N: usize = 12;

/// A network of N contacts and the given ties (`0` is the job seeker).
fn network(edges: &[(usize, usize, f64)]) -> (Network, Vec<ContactId>) {
    let mut net = Network::default();
    let ids: Vec<ContactId> = (0..N)
        .map(|i| {
            net.add_contact(Contact::new(&format!("P{i}"), day(2026, 1, 1)))
                .unwrap()
        })
        .collect();
    for &(a, b, s) in edges {
        let party = |i: usize| {
            if i == 0 {
                Party::Me
            } else {
                Party::Contact(ids[i - 1])
            }
        };
        if a != b {
            net.set_tie(Tie {
                strength: Some(s),
                ..Tie::between(party(a), party(b))
            })
            .unwrap();
        }
    }
    (net, ids)
}

/// Reference: the best product from node 0 to `t` within `hops` hops, by
/// dynamic programming over hop counts (nodes 0..=N, 0 the job seeker,
/// who is never an intermediate).
fn reference_best(edges: &[(usize, usize, f64)], t: usize, hops: u32) -> f64 {
    let mut w: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for &(a, b, s) in edges {
        if a != b {
            w.insert((a.min(b), a.max(b)), s); // the last write wins, as in set_tie
        }
    }
    let mut best = vec![0.0f64; N + 1];
    best[0] = 1.0;
    for _ in 0..hops {
        let mut next = best.clone();
        for (&(a, b), &s) in &w {
            for (x, y) in [(a, b), (b, a)] {
                if y == 0 || (x == 0 && best[0] == 0.0) {
                    continue;
                }
                if x != 0 && best[x] == 0.0 {
                    continue;
                }
                let c = best[x] * s;
                if c > next[y] {
                    next[y] = c;
                }
            }
        }
        // The job seeker only starts paths.
        next[0] = 1.0;
        best = next;
    }
    best[t]
}

/// Reference BFS distances from node 0.
fn reference_distances(edges: &[(usize, usize, f64)]) -> Vec<Option<u32>> {
    let mut adj = vec![Vec::new(); N + 1];
    for &(a, b, _) in edges {
        if a != b {
            adj[a].push(b);
            adj[b].push(a);
        }
    }
    let mut dist = vec![None; N + 1];
    dist[0] = Some(0);
    let mut q = VecDeque::from([0]);
    while let Some(u) = q.pop_front() {
        for &v in &adj[u] {
            if dist[v].is_none() {
                dist[v] = Some(dist[u].unwrap() + 1);
                q.push_back(v);
            }
        }
    }
    dist
}

fn edges() -> impl Strategy<Value = Vec<(usize, usize, f64)>> {
    proptest::collection::vec((0..=N, 0..=N, 1u32..=100), 0..30).prop_map(|v| {
        v.into_iter()
            .map(|(a, b, s)| (a, b, f64::from(s) / 100.0))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn warm_path_matches_the_reference(es in edges(), target in 1..=N, hops in 0u32..5, alts in 0usize..3) {
        let (net, ids) = network(&es);
        let today = day(2026, 3, 2);
        let p = warm_path(&net, Target::Contact(ids[target - 1]), &{ let mut o = PathOptions::default(); o.max_hops = hops; o.alternatives = alts; o }, today).unwrap();
        let expect = reference_best(&es, target, hops);
        prop_assert_eq!(p.best.is_some(), expect > 0.0, "found; reference {}", expect);
        let alternatives = p.alternatives.clone();
        if let Some(p) = &p.best {
            prop_assert!((p.strength - expect).abs() < 1e-4, "strength {} vs {}", p.strength, expect);
            prop_assert!(p.path.len() as u32 - 1 <= hops);
            prop_assert_eq!(p.path[0].contact, None);
            prop_assert_eq!(p.path.last().unwrap().contact, Some(ids[target - 1]));
            // The product of the listed hops is the strength.
            let product: f64 = p.path.iter().filter_map(|s| s.strength).product();
            prop_assert!((product - p.strength).abs() < 1e-4);
            // Alternatives: valid, within the limit, distinct first hops, no stronger.
            let mut firsts = vec![p.path[1].contact];
            for a in &alternatives {
                prop_assert!(a.strength <= p.strength + 1e-9);
                prop_assert!(a.path.len() as u32 - 1 <= hops);
                prop_assert!(!firsts.contains(&a.path[1].contact));
                firsts.push(a.path[1].contact);
            }
        }
    }

    #[test]
    fn reach_matches_bfs(es in edges(), hops in 1u32..6) {
        let (net, _) = network(&es);
        let r = reach(&net, inroads::Hops::new(hops).unwrap(), day(2026, 3, 2)).unwrap();
        let dist = reference_distances(&es);
        let mut expect: BTreeMap<u8, usize> = BTreeMap::new();
        for d in dist.iter().skip(1).flatten() {
            if *d <= hops {
                *expect.entry(*d as u8).or_default() += 1;
            }
        }
        prop_assert_eq!(r.total, expect.values().sum::<usize>());
        prop_assert_eq!(r.by_distance, expect);
    }

    #[test]
    fn a_patched_index_answers_like_a_rebuilt_one(
        first in edges(),
        edits in proptest::collection::vec((0..=N, 0..=N, 0u32..=100), 1..20),
    ) {
        let (mut net, ids) = network(&first);
        let today = day(2026, 3, 2);
        let party = |i: usize| if i == 0 { Party::Me } else { Party::Contact(ids[i - 1]) };
        // Build the index, then edit ties (strength 0 = remove).
        let _ = reach(&net, inroads::Hops::MAX, today).unwrap();
        for (a, b, s) in edits {
            if a == b { continue; }
            if s == 0 {
                let _ = net.remove_tie(party(a), party(b));
            } else {
                net.set_tie(Tie { strength: Some(f64::from(s) / 100.0), ..Tie::between(party(a), party(b)) }).unwrap();
            }
            if let Err(e) = net.check_derived() {
                prop_assert!(false, "{}", e);
            }
            let fresh = store::from_json(&store::to_json(&net).unwrap()).unwrap();
            prop_assert_eq!(reach(&net, inroads::Hops::MAX, today).unwrap(), reach(&fresh, inroads::Hops::MAX, today).unwrap());
            for t in [1, N / 2, N] {
                let o = { let mut o = PathOptions::default(); o.max_hops = 4; o.alternatives = 2; o };
                let x = warm_path(&net, Target::Contact(ids[t - 1]), &o, today).unwrap();
                let y = warm_path(&fresh, Target::Contact(ids[t - 1]), &o, today).unwrap();
                prop_assert_eq!(x.best.map(|b| b.strength), y.best.map(|b| b.strength));
            }
        }
    }
}

#[test]
fn tie_rules() {
    let (mut net, ids) = network(&[]);
    let before = net.clone();
    let me_a = Tie::between(Party::Me, Party::Contact(ids[0]));
    for bad in [
        Tie {
            strength: Some(0.0),
            ..me_a
        },
        Tie {
            strength: Some(-0.5),
            ..me_a
        },
        Tie {
            strength: Some(1.01),
            ..me_a
        },
        Tie {
            strength: Some(f64::NAN),
            ..me_a
        },
        Tie::between(Party::Contact(ids[0]), Party::Contact(ids[0])),
        Tie::between(Party::Me, Party::Me),
        Tie::between(Party::Me, Party::Contact(ContactId::from_raw(999))),
    ] {
        let unknown = bad.b == Party::Contact(ContactId::from_raw(999));
        crate::assert_kind(
            net.set_tie(bad),
            if unknown {
                "not-found"
            } else {
                "invalid-value"
            },
        );
    }
    assert_eq!(net, before);
    assert!(net
        .set_tie(Tie {
            strength: Some(1.0),
            ..me_a
        })
        .unwrap());
    assert!(!net
        .set_tie(Tie {
            strength: Some(0.4),
            ..Tie::between(Party::Contact(ids[0]), Party::Me)
        })
        .unwrap());
    assert_eq!(net.ties().count(), 1);
    assert_eq!(
        net.tie(Party::Contact(ids[0]), Party::Me).unwrap().strength,
        Some(0.4)
    );
    // A contact with ties is not removed silently.
    crate::assert_kind(
        net.remove_contact(ids[0], inroads::Removal::Refuse),
        "in-use",
    );
    net.remove_contact(ids[0], inroads::Removal::Detach)
        .unwrap();
    assert_eq!(net.ties().count(), 0);
    // Saved and loaded.
    let (mut net, ids) = network(&[(0, 1, 0.5), (1, 2, 0.25)]);
    net.set_tie(Tie::between(Party::Contact(ids[2]), Party::Contact(ids[3])))
        .unwrap();
    assert_eq!(
        store::from_json(&store::to_json(&net).unwrap()).unwrap(),
        net
    );
}

#[test]
fn ties_csv_import_is_all_or_nothing_with_line_numbers() {
    let (mut net, _) = network(&[]);
    let ok = "\u{feff}a,b,strength\r\n@me,P0,0.9\r\nP0,P1,\r\n\r\n@ME,P2,1\r\n";
    let done = inroads::import_ties_csv(&mut net, ok).unwrap();
    assert_eq!((done.added, done.updated), (3, 0));
    let again = inroads::import_ties_csv(&mut net, ok).unwrap();
    assert_eq!((again.added, again.updated), (0, 3));
    let before = net.clone();
    for (bad, line, needle) in [
        ("a,b,strength\n@me,P3,0.5\nP3,P4,1.5\n", 3, "from 0.000001"),
        ("a,b,strength\n@me,P3,0.5\nP3,P3,\n", 3, "two different"),
        ("a,b,strength\n@me,Nobody,0.5\n", 2, "Nobody"),
        ("a,b,strength\n@me,P3,abc\n", 2, "abc"),
        ("a,b,strength\n@me,P3\n", 2, "3 fields"),
        ("a,b,strength\n@me,P3,0.5\nP3,@me,0.6\n", 3, "line 2"),
        ("x,y,z\n@me,P3,0.5\n", 1, "a,b,strength"),
    ] {
        let err = inroads::import_ties_csv(&mut net, bad).unwrap_err();
        assert_eq!(
            err.location().and_then(|l| l.line),
            Some(line),
            "{bad:?}: {err}"
        );
        assert!(err.to_string().contains(needle), "{bad:?}: {err}");
        assert_eq!(net, before, "{bad:?} changed the network");
    }
}

#[test]
fn the_sample_network_answers() {
    let net = inroads::sample::teacher_candidate_network().unwrap();
    let today = day(2026, 3, 2);
    let northwind = net.resolve_company("Northwind Financial").unwrap();
    let p = warm_path(
        &net,
        Target::Company(northwind),
        &{
            let mut o = PathOptions::default();
            o.max_hops = 3;
            o.alternatives = 2;
            o
        },
        today,
    )
    .unwrap();
    let alternatives = p.alternatives.clone();
    let p = p.best.expect("a path into Northwind");
    assert_eq!(
        p.path.last().map(|s| s.name.as_str()).map(|n| [
            "Sam Whitaker",
            "Nadia Ivanova",
            "Alex Kim"
        ]
        .contains(&n)),
        Some(true)
    );
    assert!(!alternatives.is_empty());
    let c = coverage(&net, today).unwrap();
    assert!(c.gaps.contains(&"Gardiner Gallery".to_string()));
    assert!(!c.gaps.contains(&"Northwind Financial".to_string()));
    let s = suggest(&net, &SuggestOptions::default(), today).unwrap();
    assert!(
        s.iter()
            .any(|x| x.name == "Nadia Ivanova" || x.name == "Grace Park"),
        "{s:?}"
    );
    assert!(s.iter().all(|x| !x.reasons.is_empty() && x.score > 0.0));
    let alex = net.resolve_contact("Alex Kim").unwrap();
    let prov = provenance(&net, alex).unwrap();
    assert_eq!(prov.chain.len(), 2);
    let tom = net.resolve_contact("Tom Okafor").unwrap();
    let elena = net.resolve_contact("Elena Petrova").unwrap();
    assert!(mutual(&net, tom, today).unwrap().contains(&elena));
    let conn = inroads::connectors(&net, &ConnectorOptions::default(), today).unwrap();
    assert!(!conn.is_empty());
    // Same seed, same answer.
    assert_eq!(
        conn,
        inroads::connectors(&net, &ConnectorOptions::default(), today).unwrap()
    );
    let err = warm_path(
        &net,
        Target::Contact(ContactId::from_raw(999)),
        &PathOptions::default(),
        today,
    )
    .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::NotFound { .. }));
}

#[test]
fn own_ties_come_from_the_journal_and_weaken_with_time() {
    let net = inroads::sample::teacher_candidate_weeks_later().unwrap();
    let priya = net.resolve_contact("Priya Raman").unwrap();
    let soon = inroads::tie_strength(&net, priya, day(2026, 3, 2))
        .unwrap()
        .unwrap();
    let later = inroads::tie_strength(&net, priya, day(2026, 12, 1))
        .unwrap()
        .unwrap();
    assert!(soon > later && later > 0.0 && soon <= 1.0, "{soon} {later}");
    // Priya answered, so she is within reach even with no recorded tie.
    let r = reach(&net, inroads::Hops::new(1).unwrap(), day(2026, 3, 2)).unwrap();
    assert!(r.total >= 2, "{r:?}");
}

/// Reference for `connectors` with every target counted (no sampling):
/// for each contact at distance 2 or 3 from the job seeker, every shortest
/// path from the job seeker enumerated one by one; an intermediate's share
/// is the fraction of those paths through it, summed over the targets.
fn reference_bridged(edges: &[(usize, usize, f64)]) -> BTreeMap<usize, f64> {
    let mut adj: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(a, b, _) in edges {
        if a != b {
            for (x, y) in [(a, b), (b, a)] {
                let list = adj.entry(x).or_default();
                if !list.contains(&y) {
                    list.push(y);
                }
            }
        }
    }
    let mut dist = vec![usize::MAX; N + 1];
    dist[0] = 0;
    let mut queue = VecDeque::from([0usize]);
    while let Some(u) = queue.pop_front() {
        if dist[u] >= 3 {
            continue;
        }
        for &v in adj.get(&u).map_or(&[][..], |l| l.as_slice()) {
            if dist[v] == usize::MAX {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
        }
    }
    fn walk(
        adj: &BTreeMap<usize, Vec<usize>>,
        dist: &[usize],
        path: &mut Vec<usize>,
        t: usize,
        out: &mut Vec<Vec<usize>>,
    ) {
        let u = *path.last().unwrap();
        if u == t {
            out.push(path.clone());
            return;
        }
        for &v in adj.get(&u).map_or(&[][..], |l| l.as_slice()) {
            if v != 0 && dist[v] == dist[u] + 1 && dist[v] <= dist[t] {
                path.push(v);
                walk(adj, dist, path, t, out);
                path.pop();
            }
        }
    }
    let mut bridged: BTreeMap<usize, f64> = BTreeMap::new();
    for t in 1..=N {
        if dist[t] != 2 && dist[t] != 3 {
            continue;
        }
        let mut paths = Vec::new();
        walk(&adj, &dist, &mut vec![0], t, &mut paths);
        for p in &paths {
            for &v in &p[1..p.len() - 1] {
                *bridged.entry(v).or_default() += 1.0 / paths.len() as f64;
            }
        }
    }
    bridged
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn connectors_match_the_reference(es in edges()) {
        let (net, ids) = network(&es);
        let today = day(2026, 3, 2);
        let options = { let mut o = ConnectorOptions::default(); o.top = N; o };
        let got = inroads::connectors(&net, &options, today).unwrap();
        let want = reference_bridged(&es);
        let node = |c: ContactId| ids.iter().position(|x| *x == c).unwrap() + 1;
        let got: BTreeMap<usize, f64> = got.iter().map(|c| (node(c.contact), c.bridged)).collect();
        let want: BTreeMap<usize, f64> = want.into_iter().filter(|(_, b)| *b > 0.0).collect();
        prop_assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
        for (v, b) in &want {
            prop_assert!((got[v] - b).abs() < 0.006, "node {}: {} vs {}", v, got[v], b);
        }
    }
}
