//! The exact session counts where a role's count rises, by binary search on a monotone count.

use super::{GrowthOptions, Step};

/// Steps of one role by binary search on any monotone count function `f`.
pub(super) fn find_steps(
    keys: &[u64],
    at: &mut dyn FnMut(u64) -> u64,
    today: u64,
    opts: &GrowthOptions,
) -> (Vec<Step>, bool) {
    let mut rising = Vec::new();
    let mut rises = 0;
    for w in keys.windows(2) {
        let (a, b) = (at(w[0]), at(w[1]));
        if b > a {
            rising.push((w[0], w[1]));
            rises += b - a;
        }
    }
    let dense = rises > opts.max_steps_per_role as u64;
    let (first, last) = (keys[0], keys[keys.len() - 1]);
    // The step at the smallest x in (lo, hi] with at(x) > level, given at(lo) <= level < at(hi).
    let search = |mut lo: u64, mut hi: u64, level: u64, at: &mut dyn FnMut(u64) -> u64| {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if at(mid) > level {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Step {
            sessions: hi,
            servers: at(hi),
        }
    };
    if dense {
        // Only the steps a reader acts on: the one that brought today's count, and the next few.
        let mut steps = Vec::new();
        let now = at(today);
        // Bracket each search with the grid (every key's count is already known), so a
        // search costs log2(grid spacing) evaluations, not log2(range).
        if at(first) < now {
            let lo = keys
                .iter()
                .copied()
                .rfind(|&k| k < today && at(k) < now)
                .unwrap_or(first);
            steps.push(search(lo, today, now - 1, at));
        }
        let (mut lo, mut level) = (today, now);
        for _ in 0..opts.next_steps {
            if at(last) <= level {
                break;
            }
            let hi = keys
                .iter()
                .copied()
                .find(|&k| k > lo && at(k) > level)
                .unwrap_or(last);
            let step = search(lo, hi, level, at);
            (lo, level) = (step.sessions, step.servers);
            steps.push(step);
        }
        return (steps, false);
    }
    let mut steps = Vec::new();
    for (a, b) in rising {
        let (mut lo, top) = (a, at(b));
        let mut level = at(a);
        while level < top {
            let step = search(lo, b, level, at);
            (lo, level) = (step.sessions, step.servers);
            steps.push(step);
        }
    }
    steps.sort_by_key(|st| st.sessions);
    (steps, true)
}
