//! Model test: random sequences of valid and invalid operations applied to
//! the aggregate and to a simple reference model. After each step: the same
//! outcome, a failed operation changed nothing, the invariants hold, and
//! save → load gives back an equal network.

use crate::day;
use inroads::{
    store, Company, CompanyId, Contact, ContactId, Industry, IndustryId, Network, Removal,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};

const NAMES: &[&str] = &["Acme", "acme ", "Beta", "BETA", "Gamma", "Delta"];
const EMAILS: &[&str] = &["a@x.org", "A@X.org", "b@x.org", "c@y.org", "bad-email"];

#[derive(Debug, Clone)]
enum Op {
    AddIndustry(usize),
    AddCompany(usize, Option<u64>),
    UpdateCompany(u64, usize, Option<u64>),
    RemoveCompany(u64, bool),
    RemoveIndustry(u64, bool),
    AddContact(usize, Option<usize>, Option<u64>),
    UpdateContact(u64, Option<usize>, Option<u64>),
    RemoveContact(u64),
}

fn op() -> impl Strategy<Value = Op> {
    let name = 0..NAMES.len();
    let id = 1u64..6;
    prop_oneof![
        name.clone().prop_map(Op::AddIndustry),
        (name.clone(), proptest::option::of(id.clone())).prop_map(|(n, i)| Op::AddCompany(n, i)),
        (id.clone(), name.clone(), proptest::option::of(id.clone()))
            .prop_map(|(c, n, i)| Op::UpdateCompany(c, n, i)),
        (id.clone(), any::<bool>()).prop_map(|(c, d)| Op::RemoveCompany(c, d)),
        (id.clone(), any::<bool>()).prop_map(|(c, d)| Op::RemoveIndustry(c, d)),
        (
            name,
            proptest::option::of(0..EMAILS.len()),
            proptest::option::of(id.clone())
        )
            .prop_map(|(n, e, c)| Op::AddContact(n, e, c)),
        (
            id.clone(),
            proptest::option::of(0..EMAILS.len()),
            proptest::option::of(id.clone())
        )
            .prop_map(|(k, e, c)| Op::UpdateContact(k, e, c)),
        id.prop_map(Op::RemoveContact),
    ]
}

/// The reference: plain maps and the rules written out longhand.
#[derive(Default, Debug)]
struct Model {
    industries: BTreeMap<u64, String>,
    companies: BTreeMap<u64, (String, Option<u64>)>,
    contacts: BTreeMap<u64, (String, Option<String>, Option<u64>)>,
    next: [u64; 3],
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

impl Model {
    fn new() -> Self {
        Model {
            next: [1, 1, 1],
            ..Default::default()
        }
    }

    fn email_ok(&self, email: Option<&str>, except: Option<u64>) -> bool {
        match email {
            None => true,
            Some(e) if !e.contains('@') => false,
            Some(e) => !self
                .contacts
                .iter()
                .any(|(k, c)| Some(*k) != except && c.1.as_deref() == Some(&fold(e))),
        }
    }

    /// Applies the op if the rules allow it; returns whether they did.
    fn apply(&mut self, op: &Op) -> bool {
        match *op {
            Op::AddIndustry(n) => {
                if self.industries.values().any(|v| fold(v) == fold(NAMES[n])) {
                    return false;
                }
                self.industries.insert(self.next[0], NAMES[n].into());
                self.next[0] += 1;
            }
            Op::AddCompany(n, ind) | Op::UpdateCompany(_, n, ind) => {
                let target = match *op {
                    Op::UpdateCompany(c, ..) => {
                        if !self.companies.contains_key(&c) {
                            return false;
                        }
                        Some(c)
                    }
                    _ => None,
                };
                if self
                    .companies
                    .iter()
                    .any(|(k, v)| Some(*k) != target && fold(&v.0) == fold(NAMES[n]))
                {
                    return false;
                }
                if ind.is_some_and(|i| !self.industries.contains_key(&i)) {
                    return false;
                }
                let id = target.unwrap_or_else(|| {
                    self.next[1] += 1;
                    self.next[1] - 1
                });
                self.companies.insert(id, (NAMES[n].into(), ind));
            }
            Op::RemoveCompany(c, detach) => {
                if !self.companies.contains_key(&c) {
                    return false;
                }
                let used = self.contacts.values().any(|v| v.2 == Some(c));
                if used && !detach {
                    return false;
                }
                self.contacts
                    .values_mut()
                    .filter(|v| v.2 == Some(c))
                    .for_each(|v| v.2 = None);
                self.companies.remove(&c);
            }
            Op::RemoveIndustry(i, detach) => {
                if !self.industries.contains_key(&i) {
                    return false;
                }
                let used = self.companies.values().any(|v| v.1 == Some(i));
                if used && !detach {
                    return false;
                }
                self.companies
                    .values_mut()
                    .filter(|v| v.1 == Some(i))
                    .for_each(|v| v.1 = None);
                self.industries.remove(&i);
            }
            Op::AddContact(n, e, c) => {
                let email = e.map(|e| EMAILS[e]);
                if !self.email_ok(email, None)
                    || c.is_some_and(|c| !self.companies.contains_key(&c))
                {
                    return false;
                }
                self.contacts
                    .insert(self.next[2], (NAMES[n].trim().into(), email.map(fold), c));
                self.next[2] += 1;
            }
            Op::UpdateContact(k, e, c) => {
                let email = e.map(|e| EMAILS[e]);
                if !self.contacts.contains_key(&k)
                    || !self.email_ok(email, Some(k))
                    || c.is_some_and(|c| !self.companies.contains_key(&c))
                {
                    return false;
                }
                let v = self.contacts.get_mut(&k).unwrap();
                v.1 = email.map(fold);
                v.2 = c;
            }
            Op::RemoveContact(k) => return self.contacts.remove(&k).is_some(),
        }
        true
    }
}

fn apply(net: &mut Network, op: &Op) -> inroads::Result<()> {
    match *op {
        Op::AddIndustry(n) => net.add_industry(Industry::named(NAMES[n])).map(drop),
        Op::AddCompany(n, ind) => {
            let mut c = Company::named(NAMES[n]);
            c.industry = ind.map(IndustryId::from_raw);
            net.add_company(c).map(drop)
        }
        Op::UpdateCompany(k, n, ind) => {
            let mut c = Company::named(NAMES[n]);
            c.industry = ind.map(IndustryId::from_raw);
            net.update_company(CompanyId::from_raw(k), c)
        }
        Op::RemoveCompany(k, d) => net
            .remove_company(
                CompanyId::from_raw(k),
                if d { Removal::Detach } else { Removal::Refuse },
            )
            .map(drop),
        Op::RemoveIndustry(k, d) => net
            .remove_industry(
                IndustryId::from_raw(k),
                if d { Removal::Detach } else { Removal::Refuse },
            )
            .map(drop),
        Op::AddContact(n, e, c) => {
            let mut x = Contact::new(NAMES[n], day(2026, 1, 1));
            x.emails.extend(e.map(|e| EMAILS[e].to_string()));
            x.company = c.map(CompanyId::from_raw);
            net.add_contact(x).map(drop)
        }
        Op::UpdateContact(k, e, c) => {
            let id = ContactId::from_raw(k);
            let Some(mut x) = net.contact(id).cloned() else {
                return net.update_contact(id, Contact::new("x", day(2026, 1, 1)));
            };
            x.emails = e.map(|e| EMAILS[e].to_string()).into_iter().collect();
            x.company = c.map(CompanyId::from_raw);
            net.update_contact(id, x)
        }
        Op::RemoveContact(k) => net
            .remove_contact(ContactId::from_raw(k), Removal::Refuse)
            .map(drop),
    }
}

fn check_matches_model(net: &Network, model: &Model) {
    let industries: BTreeMap<u64, String> = net
        .industries()
        .map(|(k, v)| (k.get(), v.name.clone()))
        .collect();
    assert_eq!(industries, model.industries);
    let companies: BTreeMap<u64, (String, Option<u64>)> = net
        .companies()
        .map(|(k, v)| (k.get(), (v.name.clone(), v.industry.map(IndustryId::get))))
        .collect();
    assert_eq!(companies, model.companies);
    let contacts: BTreeMap<u64, (String, Option<String>, Option<u64>)> = net
        .contacts()
        .map(|(k, v)| {
            (
                k.get(),
                (
                    v.name.clone(),
                    v.emails.first().cloned(),
                    v.company.map(CompanyId::get),
                ),
            )
        })
        .collect();
    assert_eq!(contacts, model.contacts);
}

fn check_invariants(net: &Network) {
    let mut emails = HashSet::new();
    for (id, c) in net.contacts() {
        for e in &c.emails {
            assert!(emails.insert(e.clone()), "email {e} twice");
            assert_eq!(net.find_contact_by_email(e), Some(id));
        }
        if let Some(k) = c.company {
            assert!(net.company(k).is_some(), "dangling company");
        }
    }
    let mut names = HashSet::new();
    for (id, c) in net.companies() {
        assert!(names.insert(c.name.to_lowercase().trim().to_string()));
        assert_eq!(net.find_company(&c.name.to_uppercase()), Some(id));
        if let Some(i) = c.industry {
            assert!(net.industry(i).is_some(), "dangling industry");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn aggregate_follows_the_model(ops in proptest::collection::vec(op(), 1..40)) {
        let mut net = Network::default();
        let mut model = Model::new();
        for op in &ops {
            let before = net.clone();
            let ok = apply(&mut net, op).is_ok();
            let model_ok = model.apply(op);
            prop_assert_eq!(ok, model_ok, "op {:?} on {:?}", op, model);
            if !ok {
                prop_assert_eq!(&net, &before, "failed op {:?} changed the network", op);
            }
            check_matches_model(&net, &model);
            check_invariants(&net);
            if let Err(e) = net.check_derived() {
                prop_assert!(false, "after {:?}: {}", op, e);
            }
            let back = store::from_json(&store::to_json(&net).unwrap()).unwrap();
            prop_assert_eq!(&back, &net);
        }
    }
}
