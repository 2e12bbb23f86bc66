//! Recording ties: the only code that changes them, keeping the graph
//! index in step.

use super::Network;
use crate::error::{Error, Result};
use crate::ties::{check_strength, tie_key, tie_of, Party, Tie, TieData, TieKey};

impl Network {
    fn check_party(&self, p: Party) -> Result<()> {
        match p {
            Party::Me => Ok(()),
            Party::Contact(c) if self.contact(c).is_some() => Ok(()),
            Party::Contact(c) => Err(Error::not_found("contact", c.to_string())),
        }
    }

    pub(crate) fn check_tie(&self, tie: &Tie) -> Result<TieKey> {
        self.check_party(tie.a)?;
        self.check_party(tie.b)?;
        if tie.a == tie.b {
            return Err(Error::invalid(
                "tie",
                tie.a.to_string(),
                "a tie joins two different people",
            ));
        }
        check_strength(tie.strength)?;
        tie_key(tie.a, tie.b).ok_or_else(|| {
            Error::invalid(
                "tie",
                format!("{} – {}", tie.a, tie.b),
                "contact ids above 4,294,967,295 cannot have ties",
            )
        })
    }

    /// Records a tie, or updates the one between the same two parties.
    ///
    /// # Errors
    /// An unknown contact, a self-tie, or a strength outside (0, 1]
    /// ([`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue)). Nothing changes then.
    ///
    /// ```
    /// use inroads::{Party, Tie};
    /// let mut net = inroads::sample::teacher_candidate()?;
    /// let priya = net.resolve_contact("Priya Raman")?;
    /// let tom = net.resolve_contact("Tom Okafor")?;
    /// net.set_tie(Tie { strength: Some(0.8), ..Tie::between(Party::Me, Party::Contact(priya)) })?;
    /// net.set_tie(Tie::between(Party::Contact(priya), Party::Contact(tom)))?;
    /// assert!(net.set_tie(Tie { strength: Some(1.5), ..Tie::between(Party::Me, Party::Contact(tom)) }).is_err());
    /// assert!(net.set_tie(Tie::between(Party::Contact(tom), Party::Contact(tom))).is_err());
    /// assert_eq!(net.ties().count(), 2);
    /// # Ok::<(), inroads::Error>(())
    /// ```
    pub fn set_tie(&mut self, tie: Tie) -> Result<bool> {
        let key = self.check_tie(&tie)?;
        let data = TieData::new(tie.strength, tie.source);
        let new = self.data.ties.insert(key, data).is_none();
        self.graph_tie_changed(key, Some(data));
        Ok(new)
    }

    /// Removes the tie between two parties and returns it.
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) when there is none.
    pub fn remove_tie(&mut self, a: Party, b: Party) -> Result<Tie> {
        let missing = || Error::not_found("tie", format!("{a} – {b}"));
        let key = tie_key(a, b).ok_or_else(missing)?;
        let data = self.data.ties.remove(&key).ok_or_else(missing)?;
        self.graph_tie_changed(key, None);
        Ok(tie_of(key, &data))
    }

    /// The tie between two parties, if recorded.
    pub fn tie(&self, a: Party, b: Party) -> Option<Tie> {
        let key = tie_key(a, b)?;
        self.data.ties.get(&key).map(|d| tie_of(key, d))
    }

    /// Every recorded tie, the job seeker's first, then by contact id.
    pub fn ties(&self) -> impl Iterator<Item = Tie> + '_ {
        self.data.ties.iter().map(|(k, d)| tie_of(*k, d))
    }

    /// Resolves a party as written in a ties file or on the command line:
    /// `@me`, an email, or a contact's name.
    ///
    /// # Errors
    /// As [`Network::resolve_contact`].
    pub fn resolve_party(&self, s: &str) -> Result<Party> {
        if s.trim().eq_ignore_ascii_case("@me") {
            Ok(Party::Me)
        } else {
            self.resolve_contact(s.trim()).map(Party::Contact)
        }
    }
}
