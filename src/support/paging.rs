//! Long lists drawn a part at a time (issue 6 stress): how many items show, and what the
//! button that draws the next ones says. Used by the form's workspace profile editors and
//! by the settings and "why" lists of the result cards.

/// `shown` of `total` items are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// Items drawn.
    pub shown: usize,
    /// Items in the list.
    pub total: usize,
}

impl Shown {
    /// The first `limit` of `total` items (all of them when `limit` is larger).
    pub fn first(total: usize, limit: usize) -> Self {
        Self {
            shown: total.min(limit),
            total,
        }
    }

    /// Items not drawn yet.
    pub fn hidden(self) -> usize {
        self.total - self.shown
    }

    /// How many the next click draws, at most `step`.
    pub fn next(self, step: usize) -> usize {
        self.hidden().min(step)
    }

    /// The words of the button that draws the next ones: "Show the other 7" when it draws
    /// all that are left, "Show 20 more" otherwise; `None` when everything is drawn.
    pub fn more_label(self, step: usize) -> Option<String> {
        match (self.next(step), self.hidden()) {
            (0, _) => None,
            (next, hidden) if next == hidden => Some(format!("Show the other {next}")),
            (next, _) => Some(format!("Show {next} more")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_is_drawn_whole_and_offers_no_button() {
        let s = Shown::first(7, 10);
        assert_eq!(s, Shown { shown: 7, total: 7 });
        assert_eq!(s.hidden(), 0);
        assert_eq!(s.more_label(100), None);
    }

    #[test]
    fn a_long_list_offers_the_next_step_then_the_rest() {
        // The stress plan's agent settings: 2,250 of them, 50 drawn, 100 more per click.
        let s = Shown::first(2_250, 50);
        assert_eq!((s.shown, s.hidden()), (50, 2_200));
        assert_eq!(s.more_label(100).as_deref(), Some("Show 100 more"));
        let s = Shown::first(2_250, 2_210);
        assert_eq!(s.next(100), 40);
        assert_eq!(s.more_label(100).as_deref(), Some("Show the other 40"));
        assert_eq!(Shown::first(2_250, usize::MAX).more_label(100), None);
    }
}
