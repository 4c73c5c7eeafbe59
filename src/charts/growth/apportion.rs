//! The plan's sessions split over its profiles at any total, in proportion and monotonically.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Split `total` sessions over profiles in proportion to `weights`, exactly and monotonically.
///
/// Think of profile i's k-th session arriving at time k / w_i; the first `total` arrivals
/// (ties by profile order) are the split. Adding a session therefore never takes one away
/// from another profile, so the engine's "more sessions, never fewer servers" holds along
/// the curve.
pub fn apportion(weights: &[u64], total: u64) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|&w| w as u128).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let t = total as u128;
    let max_w = weights.iter().copied().max().unwrap_or(0) as u128;
    // 64-bit division when the products fit (always, within the engine's limits): the
    // 128-bit one is several times slower and this runs for every profile at every point.
    let mut out: Vec<u64> = if t * max_w <= u64::MAX as u128 && sum <= u64::MAX as u128 {
        let (t, sum) = (total, sum as u64);
        weights.iter().map(|&w| t * w / sum).collect()
    } else {
        weights
            .iter()
            .map(|&w| (t * w as u128 / sum) as u64)
            .collect()
    };
    let given: u128 = out.iter().map(|&n| n as u128).sum();
    let mut deficit = (t - given) as u64;
    if deficit == 0 {
        return out;
    }
    // Next arrival of each profile: time (out_i + 1) / w_i, compared exactly as fractions.
    #[derive(Clone, Copy, PartialEq, Eq)]
    struct Arrival {
        k: u128,
        w: u128,
        i: usize,
    }
    impl Ord for Arrival {
        fn cmp(&self, o: &Self) -> std::cmp::Ordering {
            (self.k * o.w).cmp(&(o.k * self.w)).then(self.i.cmp(&o.i))
        }
    }
    impl PartialOrd for Arrival {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(o))
        }
    }
    let mut next: Vec<Arrival> = weights
        .iter()
        .enumerate()
        .filter(|(_, &w)| w > 0)
        .map(|(i, &w)| Arrival {
            k: out[i] as u128 + 1,
            w: w as u128,
            i,
        })
        .collect();
    // Usually no profile gets two of the extra sessions: they then go to the `deficit`
    // earliest next arrivals, found in linear time, provided no profile's second arrival
    // comes before the last of those. Otherwise they are taken one by one from a heap.
    let d = deficit as usize;
    if d <= next.len() {
        let (_, &mut last, _) = next.select_nth_unstable(d - 1);
        if next[..d]
            .iter()
            .all(|a| Arrival { k: a.k + 1, ..*a } > last)
        {
            for a in &next[..d] {
                out[a.i] += 1;
            }
            return out;
        }
    }
    let mut heap: BinaryHeap<Reverse<Arrival>> = next.into_iter().map(Reverse).collect();
    while deficit > 0 {
        let Some(Reverse(a)) = heap.pop() else { break };
        out[a.i] += 1;
        deficit -= 1;
        heap.push(Reverse(Arrival { k: a.k + 1, ..a }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_is_exact_proportional_and_never_takes_a_session_away() {
        assert_eq!(apportion(&[200], 151), vec![151]);
        assert_eq!(apportion(&[100, 100], 3), vec![2, 1]);
        assert_eq!(apportion(&[300, 100], 8), vec![6, 2]);
        assert_eq!(apportion(&[0, 0], 5), vec![0, 0]);
        assert_eq!(apportion(&[], 5), Vec::<u64>::new());
        let w = [7, 3, 0, 11, 1];
        let mut prev = apportion(&w, 0);
        for t in 1..=200 {
            let cur = apportion(&w, t);
            assert_eq!(cur.iter().sum::<u64>(), t);
            assert!(cur.iter().zip(&prev).all(|(c, p)| c >= p), "at {t}");
            assert_eq!(cur[2], 0);
            prev = cur;
        }
        // Ten million sessions over large weights: no overflow.
        let big = apportion(&[u64::MAX / 4, 1], 10_000_000);
        assert_eq!(big.iter().sum::<u64>(), 10_000_000);
    }

    #[test]
    fn apportion_matches_taking_arrivals_one_by_one() {
        // The definition, session by session: the earliest next arrival (k + 1) / w wins,
        // ties to the earlier profile. Checks the linear-time shortcut and its heap fallback.
        fn reference(weights: &[u64], total: u64) -> Vec<u64> {
            let mut out = vec![0u64; weights.len()];
            if weights.iter().all(|&w| w == 0) {
                return out;
            }
            for _ in 0..total {
                let mut best: Option<usize> = None;
                for (i, &w) in weights.iter().enumerate().filter(|(_, &w)| w > 0) {
                    let earlier = best.is_none_or(|b| {
                        (out[i] as u128 + 1) * (weights[b] as u128)
                            < (out[b] as u128 + 1) * (w as u128)
                    });
                    if earlier {
                        best = Some(i);
                    }
                }
                out[best.expect("a positive weight")] += 1;
            }
            out
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2_000 {
            let len = 1 + next(9) as usize;
            // Mostly similar weights, sometimes one far larger (several extras for it).
            let weights: Vec<u64> = (0..len)
                .map(|_| match next(6) {
                    0 => 0,
                    1 => 1 + next(500),
                    _ => 1 + next(12),
                })
                .collect();
            let total = next(400);
            assert_eq!(
                apportion(&weights, total),
                reference(&weights, total),
                "weights {weights:?}, total {total}"
            );
        }
    }
}
