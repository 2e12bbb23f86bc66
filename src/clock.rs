//! "Now", as a front end passes it in (the library never reads the clock):
//! the moment new entries are dated at, and the latest moment an entry may
//! be dated — so "in the future" is decided by one explicit rule.
//!
//! - A real clock ([`Now::at`]): both are the moment read.
//! - A whole day ([`Now::on_day`], the command line's `--today D`): entries
//!   without a time are dated at the start of D, and any time on D is
//!   accepted, so logging "replied at 08:10" after "scheduled" on the same
//!   day is fine whatever order they are typed in.
//!
//! An event dated after the latest moment is refused, except a meeting's
//! own start (meetings are arranged ahead).
//!
//! ```
//! use chrono::{FixedOffset, NaiveDate};
//! use inroads::Now;
//! let est = FixedOffset::west_opt(5 * 3600).unwrap();
//! let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let now = Now::on_day(day, est)?;
//! assert_eq!(now.now().to_rfc3339(), "2026-03-02T00:00:00-05:00");
//! let morning = inroads::parse_datetime("2026-03-02 08:10", est)?;
//! assert!(now.check_not_future(morning).is_ok());
//! let tomorrow = inroads::parse_datetime("2026-03-03 08:10", est)?;
//! assert!(now.check_not_future(tomorrow).is_err());
//! # Ok::<(), inroads::Error>(())
//! ```

use crate::error::{Error, Result};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};

/// The moment to date new entries at, and the latest moment accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    now: DateTime<FixedOffset>,
    latest: DateTime<FixedOffset>,
}

/// A day whose start and end, in their own offset and in UTC, are within
/// the years 1000–9999; the error names the day as given.
fn check_day(
    day: NaiveDate,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
) -> Result<()> {
    let within = |t: DateTime<FixedOffset>| crate::model::check_instant("day", t).is_ok();
    if within(start) && within(end) {
        return Ok(());
    }
    Err(Error::invalid(
        "day",
        day.to_string(),
        format!(
            "it runs from {} to {} in UTC, and every moment must be in the years 1000 to 9999",
            start.naive_utc().format("%Y-%m-%d %H:%M"),
            end.naive_utc().format("%Y-%m-%d %H:%M")
        ),
    ))
}

impl Now {
    /// A real clock's reading: entries are dated then, nothing later is
    /// accepted.
    pub fn at(moment: DateTime<FixedOffset>) -> Now {
        Now {
            now: moment,
            latest: moment,
        }
    }

    /// A whole day in an offset: entries without a time are dated at its
    /// start, any moment of the day is accepted.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a
    /// day outside the years 1000–9999.
    pub fn on_day(day: NaiveDate, offset: FixedOffset) -> Result<Now> {
        let bad = || Error::invalid("day", day.to_string(), "must be in the years 1000 to 9999");
        let start = day
            .and_hms_opt(0, 0, 0)
            .and_then(|d| offset.from_local_datetime(&d).single())
            .ok_or_else(bad)?;
        let end = day
            .and_hms_opt(23, 59, 59)
            .and_then(|d| offset.from_local_datetime(&d).single())
            .ok_or_else(bad)?;
        check_day(day, start, end)?;
        Ok(Now {
            now: start,
            latest: end,
        })
    }

    /// A whole day in a time zone (daylight saving respected).
    ///
    /// # Errors
    /// A day outside the years 1000–9999.
    pub fn on_day_in(day: NaiveDate, zone: &crate::Zone) -> Result<Now> {
        let start = zone.start_of(day)?;
        let end = zone.end_of(day)?;
        check_day(day, start, end)?;
        Ok(Now {
            now: start,
            latest: end,
        })
    }

    /// The moment new entries are dated at.
    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    /// The moment to date a new entry at, given the moments already
    /// recorded (for the same contact): a real clock's reading as it is;
    /// for a whole day, its start, or a minute after the latest entry
    /// recorded on that day (at most its last second), so an entry typed
    /// without a time never lands before one already recorded that day.
    pub fn after(
        &self,
        recorded: impl IntoIterator<Item = DateTime<FixedOffset>>,
    ) -> DateTime<FixedOffset> {
        if self.now == self.latest {
            return self.now;
        }
        recorded
            .into_iter()
            .filter(|t| *t >= self.now && *t <= self.latest)
            .max()
            .map_or(self.now, |t| {
                t.checked_add_signed(chrono::Duration::minutes(1))
                    .unwrap_or(t)
                    .min(self.latest)
                    .with_timezone(t.offset())
            })
    }

    /// The latest moment an entry may be dated.
    pub fn latest(&self) -> DateTime<FixedOffset> {
        self.latest
    }

    /// Refuses a moment after [`Now::latest`]: an event that has not
    /// happened yet cannot be recorded (a meeting's start is not an event
    /// time; schedule meetings ahead freely).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) naming
    /// the moment and the latest one accepted.
    pub fn check_not_future(&self, at: DateTime<FixedOffset>) -> Result<()> {
        if at > self.latest {
            return Err(Error::invalid(
                "date-time",
                at.format("%Y-%m-%d %H:%M %:z").to_string(),
                format!(
                    "it is in the future (now is {}); record things once they happened, or schedule a meeting ahead",
                    self.latest.format("%Y-%m-%d %H:%M %:z")
                ),
            ));
        }
        Ok(())
    }
}
