//! What a front end prints, it can parse back (issue 14, point 6).

use inroads::{
    Channel, CompanyId, ContactId, EntryId, FieldCode, IndustryId, LeadId, LeadStatus, Seniority,
    Stage, Topic, MAX_ID,
};
use std::str::FromStr;

fn round_trip<T>(values: &[T])
where
    T: FromStr<Err = inroads::Error> + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    for v in values {
        let text = v.to_string();
        let back: T = text.parse().unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(&back, v, "{text:?}");
    }
}

#[test]
fn every_enum_a_front_end_prints_parses_back() {
    round_trip(&Stage::ALL);
    round_trip(&Seniority::ALL);
    round_trip(&Channel::ALL);
    round_trip(&Topic::ALL);
    round_trip(&[
        LeadStatus::Heard,
        LeadStatus::Applied,
        LeadStatus::Interviewing,
        LeadStatus::Offer,
        LeadStatus::Closed,
    ]);
    let fields: Vec<FieldCode> = (11..=55)
        .step_by(2)
        .map(|n| FieldCode::parse(&format!("{n:02}")).unwrap())
        .collect();
    round_trip(&fields);
    // And what is not one of them is refused with its kind.
    let err = "nowhere".parse::<Stage>().unwrap_err();
    assert!(matches!(
        err.kind(),
        inroads::ErrorKind::InvalidValue { .. }
    ));
}

proptest::proptest! {
    #[test]
    fn ids_print_and_parse_back(n in 1u64..=MAX_ID) {
        let c = ContactId::from_raw(n);
        proptest::prop_assert_eq!(c.to_string().parse::<ContactId>().unwrap(), c);
        proptest::prop_assert_eq!(format!("#{n}").parse::<ContactId>().unwrap(), c);
        proptest::prop_assert_eq!(n.to_string().parse::<ContactId>().unwrap(), c);
        let k = CompanyId::from_raw(n);
        proptest::prop_assert_eq!(k.to_string().parse::<CompanyId>().unwrap(), k);
        let i = IndustryId::from_raw(n);
        proptest::prop_assert_eq!(i.to_string().parse::<IndustryId>().unwrap(), i);
        let e = EntryId::from_raw(n);
        proptest::prop_assert_eq!(e.to_string().parse::<EntryId>().unwrap(), e);
        let l = LeadId::from_raw(n);
        proptest::prop_assert_eq!(l.to_string().parse::<LeadId>().unwrap(), l);
    }

    #[test]
    fn ids_out_of_range_or_of_another_kind_are_refused(n in (MAX_ID + 1)..u64::MAX) {
        proptest::prop_assert!(n.to_string().parse::<ContactId>().is_err());
        proptest::prop_assert!("0".parse::<ContactId>().is_err());
        let other = format!("company#{}", n % MAX_ID + 1);
        proptest::prop_assert!(other.parse::<ContactId>().is_err());
    }
}
