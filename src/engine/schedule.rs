//! The AutoScale schedule (AS-4): busy hours per weekday, hours per month, and the schedule
//! written for people (`Mon-Fri 08:00-18:00`) and for links (`mon-fri:8-18`).
//!
//! A month is the average one, 8760 / 12 = 730 hours (the convention cloud bills use), so
//! a weekly busy figure becomes a monthly one as weekly x 730 / 168.

use super::plan::{BusyHours, WEEKDAYS};
use crate::support::format::num;

/// Hours in an average month: 8760 / 12.
pub const HOURS_PER_MONTH: f64 = 8760.0 / 12.0;
/// Hours in a week.
pub const HOURS_PER_WEEK: f64 = 168.0;

/// Busy hours in one week: the sum of each day's end minus start.
pub fn busy_hours_per_week(schedule: &[Option<BusyHours>]) -> f64 {
    schedule
        .iter()
        .flatten()
        .map(|d| (d.end_hour - d.start_hour).max(0.0))
        .sum()
}

/// Busy hours in an average month: weekly x 730 / 168.
pub fn busy_hours_per_month(schedule: &[Option<BusyHours>]) -> f64 {
    busy_hours_per_week(schedule) * HOURS_PER_MONTH / HOURS_PER_WEEK
}

/// Instance-hours per month: busy hours at the busy config's instances plus the rest of
/// the month at the off-hours config's instances.
pub fn instance_hours(busy_hours: f64, busy_instances: u64, off_instances: u64) -> f64 {
    busy_hours * busy_instances as f64
        + (HOURS_PER_MONTH - busy_hours).max(0.0) * off_instances as f64
}

/// Runs of consecutive days with the same busy hours: (first day, last day, hours), with
/// days as indexes into [`WEEKDAYS`]; days without a busy period are left out.
pub fn day_runs(schedule: &[Option<BusyHours>]) -> Vec<(usize, usize, BusyHours)> {
    let mut out: Vec<(usize, usize, BusyHours)> = Vec::new();
    for (i, day) in schedule.iter().enumerate().take(WEEKDAYS.len()) {
        let Some(h) = day else { continue };
        match out.last_mut() {
            Some((_, last, hours)) if *last + 1 == i && hours == h => *last = i,
            _ => out.push((i, i, *h)),
        }
    }
    out
}

/// A clock time for an hour figure: 8.5 is `08:30`, 24 is `24:00`.
pub fn clock(hour: f64) -> String {
    let minutes = (hour * 60.0).round().max(0.0) as u64;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The schedule for people: `Mon-Fri 08:00-18:00; Sat 09:00-13:00`, or `none`.
pub fn describe(schedule: &[Option<BusyHours>]) -> String {
    let runs = day_runs(schedule);
    if runs.is_empty() {
        return "none".into();
    }
    runs.iter()
        .map(|(a, b, h)| {
            let days = if a == b {
                WEEKDAYS[*a].to_string()
            } else {
                format!("{}-{}", WEEKDAYS[*a], WEEKDAYS[*b])
            };
            format!("{days} {}-{}", clock(h.start_hour), clock(h.end_hour))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The schedule as a link value: `mon-fri:8-18,sat:9-13`, or `none`.
pub fn to_link(schedule: &[Option<BusyHours>]) -> String {
    let runs = day_runs(schedule);
    if runs.is_empty() {
        return "none".into();
    }
    let day = |i: usize| WEEKDAYS[i].to_ascii_lowercase();
    runs.iter()
        .map(|(a, b, h)| {
            let days = if a == b {
                day(*a)
            } else {
                format!("{}-{}", day(*a), day(*b))
            };
            format!("{days}:{}-{}", h.start_hour, h.end_hour)
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn weekday(s: &str) -> Result<usize, String> {
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(s.trim()))
        .ok_or_else(|| format!("\"{}\" is not a weekday (mon .. sun)", s.trim()))
}

fn hour(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let x = (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        .then(|| t.parse::<f64>().ok())
        .flatten()
        .ok_or_else(|| format!("\"{t}\" is not an hour (0 to 24)"))?;
    if x > 24.0 {
        return Err(format!("{} is past 24", num(x)));
    }
    Ok(x)
}

/// Read a link value such as `mon-fri:8-18,sat:9-13` (or `none`) into seven days, Monday
/// first. Every day must have its start before its end; a day named twice is refused.
pub fn from_link(text: &str) -> Result<Vec<Option<BusyHours>>, String> {
    let mut days: Vec<Option<BusyHours>> = vec![None; WEEKDAYS.len()];
    let t = text.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(days);
    }
    for part in t.split(',') {
        let (span, hours) = part
            .split_once(':')
            .ok_or_else(|| format!("\"{part}\" is not days:start-end"))?;
        let (first, last) = match span.split_once('-') {
            Some((a, b)) => (weekday(a)?, weekday(b)?),
            None => (weekday(span)?, weekday(span)?),
        };
        if last < first {
            return Err(format!("\"{span}\" runs backwards (Monday is first)"));
        }
        let (a, b) = hours
            .split_once('-')
            .ok_or_else(|| format!("\"{hours}\" is not start-end"))?;
        let busy = BusyHours {
            start_hour: hour(a)?,
            end_hour: hour(b)?,
        };
        if busy.end_hour <= busy.start_hour {
            return Err(format!("\"{hours}\" ends before it starts"));
        }
        for day in &mut days[first..=last] {
            if day.is_some() {
                return Err(format!("\"{span}\" names a day twice"));
            }
            *day = Some(busy);
        }
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::plan::AutoscalePlan;

    #[test]
    fn as_4_the_default_schedule_reads_and_writes_the_same() {
        let s = AutoscalePlan::default().schedule;
        assert_eq!(to_link(&s), "mon-fri:8-18");
        assert_eq!(describe(&s), "Mon-Fri 08:00-18:00");
        assert_eq!(from_link("mon-fri:8-18").unwrap(), s);
        let mixed = from_link("MON-thu:7.5-16,sat:9-13").unwrap();
        assert_eq!(describe(&mixed), "Mon-Thu 07:30-16:00; Sat 09:00-13:00");
        assert_eq!(to_link(&mixed), "mon-thu:7.5-16,sat:9-13");
        assert_eq!(from_link("none").unwrap(), vec![None; 7]);
        assert_eq!(describe(&[None; 7]), "none");
    }

    #[test]
    fn as_4_bad_schedules_are_refused_with_a_reason() {
        for bad in [
            "mon-fri",
            "mon-fri:18-8",
            "fri-mon:8-18",
            "mon:8-25",
            "xyz:8-18",
            "mon-fri:8-18,wed:9-10",
            "mon:a-b",
        ] {
            assert!(from_link(bad).is_err(), "{bad}");
        }
    }
}
