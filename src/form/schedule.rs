//! Quick fills of the AutoScale schedule editor (AS-4): one click sets several days' busy
//! hours as a person would type them, so a week is not fourteen boxes to fill by hand.

use super::{AutoscaleDraft, DayDraft};
use crate::engine::WEEKDAYS;

/// One quick fill of the schedule, offered as a button beside the weekday table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleFill {
    /// Monday to Friday, 08:00 to 18:00, weekends without busy hours (the plan's default).
    OfficeHours,
    /// Monday's hours copied to Tuesday .. Friday (weekends left as they are).
    MondayToWeekdays,
    /// No busy hours on any day: the off-hours config all week.
    Clear,
}

impl ScheduleFill {
    /// Every fill, in the order the buttons show them.
    pub const ALL: [ScheduleFill; 3] = [
        ScheduleFill::OfficeHours,
        ScheduleFill::MondayToWeekdays,
        ScheduleFill::Clear,
    ];

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            ScheduleFill::OfficeHours => "Mon–Fri 8–18",
            ScheduleFill::MondayToWeekdays => "Monday's hours to Tue–Fri",
            ScheduleFill::Clear => "No busy hours",
        }
    }

    /// Its test id and key: `office`, `copy-monday`, `clear`.
    pub fn key(self) -> &'static str {
        match self {
            ScheduleFill::OfficeHours => "office",
            ScheduleFill::MondayToWeekdays => "copy-monday",
            ScheduleFill::Clear => "clear",
        }
    }

    /// Apply it to the AutoScale draft (a schedule of other than seven days becomes seven).
    pub fn apply(self, a: &mut AutoscaleDraft) {
        a.schedule.resize(WEEKDAYS.len(), DayDraft::default());
        let day = |start: &str, end: &str| DayDraft {
            start_hour: start.into(),
            end_hour: end.into(),
        };
        match self {
            ScheduleFill::OfficeHours => {
                for (i, d) in a.schedule.iter_mut().enumerate() {
                    *d = if i < 5 {
                        day("8", "18")
                    } else {
                        DayDraft::default()
                    };
                }
            }
            ScheduleFill::MondayToWeekdays => {
                let monday = a.schedule[0].clone();
                for d in &mut a.schedule[1..5] {
                    *d = monday.clone();
                }
            }
            ScheduleFill::Clear => {
                for d in &mut a.schedule {
                    *d = DayDraft::default();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::schedule::{describe, to_link};
    use crate::engine::Plan;
    use crate::form::PlanDraft;

    fn schedule_after(edit: impl FnOnce(&mut PlanDraft)) -> String {
        let mut d = PlanDraft::from_plan(&Plan::default());
        d.set_choice("agents.mode", "autoscale");
        edit(&mut d);
        to_link(&d.parse().expect("a valid plan").agents.autoscale.schedule)
    }

    #[test]
    fn as_4_office_hours_fill_is_the_default_schedule() {
        let link = schedule_after(|d| {
            ScheduleFill::Clear.apply(&mut d.agents.autoscale);
            ScheduleFill::OfficeHours.apply(&mut d.agents.autoscale);
        });
        assert_eq!(link, "mon-fri:8-18");
    }

    #[test]
    fn as_4_mondays_hours_go_to_the_other_weekdays_and_leave_the_weekend() {
        let link = schedule_after(|d| {
            d.set_text("agents.autoscale.schedule[0].start_hour", "7.5".into());
            d.set_text("agents.autoscale.schedule[0].end_hour", "16".into());
            d.set_text("agents.autoscale.schedule[5].start_hour", "9".into());
            d.set_text("agents.autoscale.schedule[5].end_hour", "13".into());
            ScheduleFill::MondayToWeekdays.apply(&mut d.agents.autoscale);
        });
        assert_eq!(link, "mon-fri:7.5-16,sat:9-13");
    }

    #[test]
    fn as_4_clear_leaves_the_off_hours_config_all_week() {
        let mut d = PlanDraft::from_plan(&Plan::default());
        ScheduleFill::Clear.apply(&mut d.agents.autoscale);
        let plan = d.parse().unwrap();
        assert_eq!(describe(&plan.agents.autoscale.schedule), "none");
        assert_eq!(plan.agents.autoscale.schedule.len(), 7);
    }

    #[test]
    fn a_short_schedule_is_padded_to_seven_days() {
        let mut a = AutoscaleDraft::default();
        ScheduleFill::OfficeHours.apply(&mut a);
        assert_eq!(a.schedule.len(), 7);
        assert_eq!(a.schedule[4].end_hour, "18");
        assert_eq!(a.schedule[5], DayDraft::default());
    }
}
