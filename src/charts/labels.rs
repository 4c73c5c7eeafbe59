//! Label placement along an axis: a simple greedy pass that never lets labels overlap.

use super::scale::within;

/// A label that would like to sit centred on `at` and needs `width` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wanted {
    /// Desired centre, in pixels.
    pub at: f64,
    /// Width the label needs, in pixels.
    pub width: f64,
    /// Farthest its centre may move from `at` (clamping into the bounds included): a
    /// label that cannot stay this close is left out rather than drift from its point.
    pub max_shift: f64,
}

impl Wanted {
    /// A label that must keep covering its point: it may move by up to half its width.
    pub fn on_point(at: f64, width: f64) -> Wanted {
        Wanted {
            at,
            width,
            max_shift: (width / 2.0 - 1.0).max(0.0),
        }
    }
}

/// Where a label ended up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Centre, in pixels (may be nudged off `at`, and is kept inside the bounds).
    pub at: f64,
    /// Row of labels it went into, 0 first.
    pub lane: usize,
}

/// Rough width of a text in pixels at a font size (average glyph ≈ 0.6 em).
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.6
}

/// Place labels in the given order (earlier ones win) within `[min, max]`.
///
/// Each label tries its lanes in turn, at its wanted centre, or nudged by up to its
/// `max_shift`; a label that fits nowhere is left out (`None`). Two labels in one lane keep
/// at least `gap` pixels between them, and every label keeps `gap` clear of the spans in
/// `avoid` (a line drawn across every lane, such as today's marker).
pub fn place(
    wanted: &[Wanted],
    min: f64,
    max: f64,
    gap: f64,
    lanes: usize,
    avoid: &[(f64, f64)],
) -> Vec<Option<Placed>> {
    let mut taken: Vec<Vec<(f64, f64)>> = vec![avoid.to_vec(); lanes.max(1)];
    wanted
        .iter()
        .map(|w| {
            if !w.at.is_finite() || w.width.is_nan() || w.width < 0.0 || w.width > max - min {
                return None;
            }
            let half = w.width / 2.0;
            let clamp = |c: f64| within(c, min + half, max - half);
            let allowed = w.max_shift.max(0.0) + 1e-9;
            for (lane, spans) in taken.iter_mut().enumerate() {
                let free = |c: f64| {
                    spans
                        .iter()
                        .all(|&(l, r)| c + half + gap <= l || c - half - gap >= r)
                };
                // Try the wanted place, then the nearest spots just clear of each neighbour.
                let mut candidates = vec![clamp(w.at)];
                for &(l, r) in spans.iter() {
                    candidates.push(clamp(l - gap - half));
                    candidates.push(clamp(r + gap + half));
                }
                candidates.sort_by(|a, b| (a - w.at).abs().total_cmp(&(b - w.at).abs()));
                if let Some(&c) = candidates
                    .iter()
                    .find(|&&c| (c - w.at).abs() <= allowed && free(c))
                {
                    spans.push((c - half, c + half));
                    return Some(Placed { at: c, lane });
                }
            }
            None
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(at: f64, width: f64, max_shift: f64) -> Wanted {
        Wanted {
            at,
            width,
            max_shift,
        }
    }

    #[test]
    fn labels_that_fit_stay_where_they_want() {
        let p = place(
            &[w(50.0, 20.0, 0.0), w(150.0, 20.0, 0.0)],
            0.0,
            300.0,
            4.0,
            1,
            &[],
        );
        assert_eq!(
            p,
            vec![
                Some(Placed { at: 50.0, lane: 0 }),
                Some(Placed { at: 150.0, lane: 0 })
            ]
        );
    }

    #[test]
    fn overlapping_labels_are_nudged_then_moved_to_another_lane_then_dropped() {
        let wants = [
            w(100.0, 40.0, 40.0),
            w(110.0, 40.0, 40.0),
            w(105.0, 40.0, 40.0),
            w(105.0, 40.0, 40.0),
        ];
        let p = place(&wants, 0.0, 300.0, 4.0, 2, &[]);
        assert_eq!(p[0], Some(Placed { at: 100.0, lane: 0 }));
        // Second: nudged right, clear of the first (100 + 20 + 4 + 20).
        assert_eq!(p[1], Some(Placed { at: 144.0, lane: 0 }));
        // Third: no room near 105 in lane 0 within 40 px, so lane 1 at its wanted spot.
        assert_eq!(p[2], Some(Placed { at: 105.0, lane: 1 }));
        // Fourth: every spot clear of its neighbours is more than 40 px away: left out.
        assert_eq!(p[3], None);
        // No two placed labels in a lane overlap.
        for a in 0..p.len() {
            for b in a + 1..p.len() {
                if let (Some(x), Some(y)) = (p[a], p[b]) {
                    if x.lane == y.lane {
                        assert!((x.at - y.at).abs() >= 44.0);
                    }
                }
            }
        }
    }

    #[test]
    fn labels_stay_inside_the_bounds_and_never_drift_further_than_allowed() {
        // Clamped into the bounds only as far as each label may move.
        let p = place(
            &[w(2.0, 30.0, 15.0), w(299.0, 30.0, 15.0)],
            0.0,
            300.0,
            2.0,
            1,
            &[],
        );
        assert_eq!(p[0].unwrap().at, 15.0);
        assert_eq!(p[1].unwrap().at, 285.0);
        // A label whose point lies under the heading cannot be pushed far right of it
        // (issue 14, item 12: "990" far from its dot): it is left out instead.
        let heading_end = 120.0;
        assert_eq!(
            place(
                &[Wanted::on_point(60.0, 20.0)],
                heading_end,
                300.0,
                2.0,
                1,
                &[]
            ),
            vec![None]
        );
        assert_eq!(
            place(&[w(10.0, 500.0, 0.0)], 0.0, 300.0, 2.0, 1, &[]),
            vec![None]
        );
        assert_eq!(
            place(&[w(f64::NAN, 5.0, 0.0)], 0.0, 300.0, 2.0, 1, &[]),
            vec![None]
        );
    }

    #[test]
    fn labels_keep_clear_of_lines_to_avoid_but_still_cover_their_point() {
        // A "151" label wanted at 190 with today's line at 200: it moves left, clear of
        // the line, and still spans 190.
        let want = Wanted::on_point(190.0, text_width("151", 11.0));
        let p = place(&[want], 0.0, 640.0, 3.0, 1, &[(200.0, 200.0)])
            .remove(0)
            .unwrap();
        let half = want.width / 2.0;
        assert!(p.at + half + 3.0 <= 200.0 + 1e-9, "{p:?}");
        assert!(p.at - half <= 190.0 && 190.0 <= p.at + half, "{p:?}");
        // Right on the line: no spot both covers the point and clears the line.
        let on = Wanted::on_point(200.0, 19.8);
        assert_eq!(
            place(&[on], 0.0, 640.0, 3.0, 1, &[(200.0, 200.0)]),
            vec![None]
        );
    }

    #[test]
    fn text_width_estimate() {
        assert_eq!(text_width("151", 10.0), 18.0);
    }
}
