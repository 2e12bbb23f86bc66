//! The aggregate's invariants, one rule at a time.

use crate::day;
use inroads::{
    Company, CompanyId, Contact, ContactId, ErrorKind, Industry, IndustryId, Network, Profile,
    Removal, Skill, SkillRating,
};

fn contact(name: &str, email: Option<&str>, company: Option<CompanyId>) -> Contact {
    let mut c = Contact::new(name, day(2026, 2, 1));
    c.emails.extend(email.map(String::from));
    c.company = company;
    c
}

#[test]
fn industry_and_company_names_are_unique_case_insensitively() {
    let mut net = Network::default();
    net.add_industry(Industry::named("Museums")).unwrap();
    let err = net.add_industry(Industry::named(" museums ")).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Duplicate {
                what: "industry",
                ..
            }
        ),
        "{err}"
    );
    let acme = net.add_company(Company::named("Acme")).unwrap();
    let before = net.clone();
    let err = net.add_company(Company::named("ACME")).unwrap_err();
    assert!(err.to_string().contains("ACME"));
    assert_eq!(net, before);
    // Renaming to its own name in another case is fine; to another's name is not.
    net.update_company(acme, Company::named("acme")).unwrap();
    let other = net.add_company(Company::named("Other")).unwrap();
    crate::assert_kind(
        net.update_company(other, Company::named("ACME")),
        "duplicate",
    );
    assert_eq!(net.company(other).unwrap().name, "Other");
}

#[test]
fn an_email_belongs_to_one_contact() {
    let mut net = Network::default();
    let a = net
        .add_contact(contact("Ana", Some("ana@x.org"), None))
        .unwrap();
    let before = net.clone();
    let err = net
        .add_contact(contact("Another Ana", Some("ANA@X.ORG"), None))
        .unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Duplicate { what: "email", .. }
    ));
    // It says whose, by id, without the other person's name.
    assert!(err.to_string().contains(&a.to_string()), "{err}");
    assert!(!err.to_string().contains("Ana"), "{err}");
    assert_eq!(net, before);
    let b = net
        .add_contact(contact("Bo", Some("bo@x.org"), None))
        .unwrap();
    // Moving Ana's email to Bo is refused; after Ana gives it up, it is fine.
    let mut bo = net.contact(b).unwrap().clone();
    bo.emails.push("ana@x.org".into());
    crate::assert_kind(net.update_contact(b, bo.clone()), "duplicate");
    let mut ana = net.contact(a).unwrap().clone();
    ana.emails.clear();
    net.update_contact(a, ana).unwrap();
    assert_eq!(net.find_contact_by_email("ana@x.org"), None);
    net.update_contact(b, bo).unwrap();
    assert_eq!(net.find_contact_by_email("Ana@x.org"), Some(b));
}

#[test]
fn references_must_exist() {
    let mut net = Network::default();
    let ghost_company = CompanyId::from_raw(99);
    let err = net
        .add_contact(contact("Ana", None, Some(ghost_company)))
        .unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::NotFound {
            what: "company",
            ..
        }
    ));
    let mut c = Company::named("Acme");
    c.industry = Some(IndustryId::from_raw(5));
    crate::assert_kind(net.add_company(c), "not-found");
    crate::assert_kind(
        net.add_target_industry(IndustryId::from_raw(5)),
        "not-found",
    );
    crate::assert_kind(
        net.set_profile(Profile {
            target_industries: vec![IndustryId::from_raw(1)],
            ..Profile::default()
        }),
        "not-found",
    );
    assert_eq!(net, Network::default());
}

#[test]
fn removing_a_company_in_use_needs_detach() {
    let mut net = Network::default();
    let acme = net.add_company(Company::named("Acme")).unwrap();
    let ana = net.add_contact(contact("Ana", None, Some(acme))).unwrap();
    let before = net.clone();
    let err = net.remove_company(acme, Removal::Refuse).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::InUse { .. }));
    // It says who, by id, without the person's name.
    assert!(err.to_string().contains(&ana.to_string()), "{err}");
    assert!(!err.to_string().contains("Ana"), "{err}");
    assert_eq!(net, before);
    let removed = net.remove_company(acme, Removal::Detach).unwrap();
    assert_eq!(removed.name, "Acme");
    assert_eq!(net.contact(ana).unwrap().company, None);
    crate::assert_kind(net.remove_company(acme, Removal::Detach), "not-found");
}

#[test]
fn removing_an_industry_in_use_needs_detach() {
    let mut net = Network::default();
    let ind = net.add_industry(Industry::named("Museums")).unwrap();
    net.add_target_industry(ind).unwrap();
    let mut c = Company::named("Museum");
    c.industry = Some(ind);
    let museum = net.add_company(c).unwrap();
    let before = net.clone();
    let err = net.remove_industry(ind, Removal::Refuse).unwrap_err();
    assert!(err.to_string().contains("Museum"), "{err}");
    assert!(err.to_string().contains("target"), "{err}");
    assert_eq!(net, before);
    net.remove_industry(ind, Removal::Detach).unwrap();
    assert_eq!(net.company(museum).unwrap().industry, None);
    assert!(net.profile().target_industries.is_empty());
}

#[test]
fn find_and_resolve_contacts() {
    let mut net = Network::default();
    let acme = net.add_company(Company::named("Acme")).unwrap();
    let a = net
        .add_contact(contact("Sam Lee", Some("sam@a.org"), Some(acme)))
        .unwrap();
    let b = net
        .add_contact(contact("sam  lee", Some("sam@b.org"), None))
        .unwrap();
    let c = net.add_contact(contact("Ana Ruiz", None, None)).unwrap();
    assert_eq!(net.find_contacts_by_name("SAM LEE"), vec![a, b]);
    assert_eq!(net.resolve_contact("ana ruiz").unwrap(), c);
    assert_eq!(net.resolve_contact("SAM@B.org").unwrap(), b);
    let err = net.resolve_contact("Sam Lee").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Ambiguous { .. }));
    let msg = err.to_string();
    assert!(
        msg.contains(&a.to_string()) && msg.contains(&b.to_string()),
        "{msg}"
    );
    // No personal data the caller did not give.
    assert!(
        !msg.contains("sam@a.org") && !msg.contains("sam@b.org") && !msg.contains("Acme"),
        "{msg}"
    );
    let err = net.resolve_contact("Nobody").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::NotFound { .. }));
    assert_eq!(net.contacts_at(acme), vec![a]);
    crate::assert_kind(
        net.remove_contact(ContactId::from_raw(77), Removal::Detach),
        "not-found",
    );
}

#[test]
fn skills_are_one_per_normalised_name() {
    let mut net = Network::default();
    net.add_skill(SkillRating::new("Project Management", 3, 4).unwrap())
        .unwrap();
    let before = net.clone();
    let err = net
        .add_skill(SkillRating::new("PM", 5, 5).unwrap())
        .unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Duplicate { what: "skill", .. }
    ));
    assert_eq!(net, before);
    net.set_skill(SkillRating::new("project-management", 5, 5).unwrap())
        .unwrap();
    assert_eq!(net.profile().skills.len(), 1);
    assert_eq!(net.profile().skills[0].proficiency.get(), 5);
    net.remove_skill(&Skill::new("pm").unwrap()).unwrap();
    assert!(net.profile().skills.is_empty());
    crate::assert_kind(net.remove_skill(&Skill::new("pm").unwrap()), "not-found");
    let err = SkillRating::new("Writing", 0, 3).unwrap_err();
    assert!(err.to_string().contains("proficiency"), "{err}");
}

#[test]
fn invalid_records_are_refused_with_the_field_named() {
    let mut net = Network::default();
    let cases: Vec<(Contact, &str)> = vec![
        (contact("  ", None, None), "contact name"),
        (contact("Ana", Some("not-an-email"), None), "email"),
        (
            contact(&"x".repeat(inroads::MAX_NAME + 1), None, None),
            "contact name",
        ),
        (
            {
                let mut c = contact("Ana", None, None);
                c.phones.push("call me".into());
                c
            },
            "phone",
        ),
        (
            {
                let mut c = contact("Ana", None, None);
                c.notes = "a\0b".into();
                c
            },
            "NUL",
        ),
    ];
    for (c, needle) in cases {
        let err = net.add_contact(c).unwrap_err();
        assert!(err.to_string().contains(needle), "{needle}: {err}");
    }
    assert_eq!(net, Network::default());
}
