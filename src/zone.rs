//! Time zones (IANA names such as `America/Chicago`, from chrono-tz's
//! built-in database: nothing is fetched at run time). A fixed offset is
//! wrong for half the year wherever daylight saving applies; a zone gives
//! each date its own offset.
//!
//! ```
//! use inroads::Zone;
//! let chicago: Zone = "America/Chicago".parse()?;
//! // The same wall-clock time, on either side of the March 2026 change.
//! let before = chicago.parse_datetime("2026-03-06 10:00")?;
//! let after = chicago.parse_datetime("2026-03-09 10:00")?;
//! assert_eq!(before.to_rfc3339(), "2026-03-06T10:00:00-06:00");
//! assert_eq!(after.to_rfc3339(), "2026-03-09T10:00:00-05:00");
//! // An explicit offset is kept as written.
//! assert_eq!(chicago.parse_datetime("2026-03-09T10:00:00+00:00")?.to_rfc3339(), "2026-03-09T10:00:00+00:00");
//! # Ok::<(), inroads::Error>(())
//! ```

use crate::error::{Error, Result};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone};

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(chrono_tz::Tz);

impl Zone {
    /// The zone with this IANA name (`Europe/London`, `UTC`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a
    /// name the database does not have.
    pub fn parse(name: &str) -> Result<Zone> {
        name.trim().parse::<chrono_tz::Tz>().map(Zone).map_err(|_| {
            Error::invalid(
                "time zone",
                name,
                "expected an IANA time zone name such as America/Chicago or Europe/London",
            )
        })
    }

    /// Its IANA name.
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The offset in force at a local wall-clock time: in a gap (the hour
    /// skipped when clocks go forward) an error, when ambiguous (the hour
    /// repeated when they go back) the earlier.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a
    /// time that does not exist in the zone.
    pub fn resolve(&self, local: NaiveDateTime) -> Result<DateTime<FixedOffset>> {
        let at = self
            .0
            .from_local_datetime(&local)
            .earliest()
            .ok_or_else(|| {
                Error::invalid(
                    "date-time",
                    local.format("%Y-%m-%d %H:%M").to_string(),
                    format!(
                        "that time does not exist in {} (the clocks skip it)",
                        self.name()
                    ),
                )
            })?;
        Ok(crate::journal::whole_minute_offset(
            at.with_timezone(&at.offset().fix()),
        ))
    }

    /// A moment as the zone's local time.
    pub fn local(&self, at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        let z = at.with_timezone(&self.0);
        crate::journal::whole_minute_offset(z.with_timezone(&z.offset().fix()))
    }

    /// Parses a date-time as [`parse_datetime`](crate::parse_datetime)
    /// does, reading a time written without an offset in this zone.
    ///
    /// # Errors
    /// As [`parse_datetime`](crate::parse_datetime); a local time the zone
    /// skips.
    pub fn parse_datetime(&self, s: &str) -> Result<DateTime<FixedOffset>> {
        // Written with an offset: as written.
        let utc = FixedOffset::east_opt(0).ok_or_else(|| Error::invalid("offset", "0", "none"))?;
        let probe = crate::journal::parse_datetime(s, utc)?;
        if has_offset(s) {
            return Ok(probe);
        }
        let at = self.resolve(probe.naive_local())?;
        crate::model::check_instant("date-time", at)?;
        Ok(at)
    }

    /// The first moment whose local date is `day` or later: local
    /// midnight, or, where the clocks skip midnight, the moment they
    /// jump to (which is on a later day when the whole day is skipped).
    fn first_moment_from(&self, day: NaiveDate) -> Result<DateTime<FixedOffset>> {
        let midnight = day
            .and_hms_opt(0, 0, 0)
            .ok_or_else(|| Error::invalid("day", day.to_string(), "no midnight"))?;
        if let Some(at) = self.0.from_local_datetime(&midnight).earliest() {
            return Ok(at.with_timezone(&at.offset().fix()));
        }
        // In a gap: midnight read in the offset in force before the gap is
        // the moment the clocks jumped.
        let none = || Error::invalid("day", day.to_string(), "outside the calendar");
        let day_before = midnight
            .checked_sub_signed(chrono::Duration::days(1))
            .ok_or_else(none)?;
        let before = self.0.offset_from_utc_datetime(&day_before).fix();
        let jump = midnight
            .checked_sub_signed(chrono::Duration::seconds(i64::from(
                before.local_minus_utc(),
            )))
            .ok_or_else(none)?;
        Ok(self.local(jump.and_utc().fixed_offset()))
    }

    /// The start of a day in this zone.
    ///
    /// # Errors
    /// A day outside the years 1000–9999; a day the zone skipped entirely
    /// (Pacific/Apia, 2011-12-30).
    pub fn start_of(&self, day: NaiveDate) -> Result<DateTime<FixedOffset>> {
        let at = self.first_moment_from(day)?;
        if at.date_naive() != day {
            let last = self.local(
                at.checked_sub_signed(chrono::Duration::seconds(1))
                    .unwrap_or(at),
            );
            return Err(Error::invalid(
                "day",
                day.to_string(),
                format!(
                    "that day did not happen in {}: the clocks went from {} straight to {}",
                    self.name(),
                    last.format("%Y-%m-%d %H:%M:%S %:z"),
                    at.format("%Y-%m-%d %H:%M %:z")
                ),
            ));
        }
        Ok(at)
    }

    /// The last second of a day in this zone (the day after may have been
    /// skipped: then the last second before the clocks jumped).
    ///
    /// # Errors
    /// A day outside the years 1000–9999.
    pub fn end_of(&self, day: NaiveDate) -> Result<DateTime<FixedOffset>> {
        let next = day
            .succ_opt()
            .ok_or_else(|| Error::invalid("day", day.to_string(), "no next day"))?;
        let first = self.first_moment_from(next)?;
        let last = first
            .checked_sub_signed(chrono::Duration::seconds(1))
            .ok_or_else(|| Error::invalid("day", day.to_string(), "outside the calendar"))?;
        Ok(self.local(last))
    }
}

/// Whether a date-time as typed carries its own offset (`Z`, `+02:00`,
/// `-0500`).
fn has_offset(s: &str) -> bool {
    let t = s.trim();
    if t.ends_with('Z') || t.ends_with('z') {
        return true;
    }
    // An offset follows the time: look after the last ':' of HH:MM for a sign.
    match t.find([' ', 'T', 't']) {
        Some(i) => t.get(i + 1..).is_some_and(|rest| rest.contains(['+', '-'])),
        None => false,
    }
}

impl std::str::FromStr for Zone {
    type Err = Error;
    fn from_str(s: &str) -> Result<Zone> {
        Zone::parse(s)
    }
}

impl std::fmt::Display for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
