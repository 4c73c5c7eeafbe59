//! The "Peak concurrent sessions" box: one total over every profile of every zone.
//!
//! With one profile the box is that profile's sessions field, character for character.
//! With several, it shows their sum; typing a new total splits it over the profiles in
//! proportion to their shares (largest remainder, so the parts add up exactly to the
//! total). The shares are the profiles' sessions the first time the total is typed, and
//! they are kept ([`PlanDraft::peak_shares`]) through any number of totals until a
//! profile's own sessions are edited or a profile is added or removed: typing 7, leaving
//! the box, then typing 1,500 gives back the split of 1,500, never a split of the rounded
//! counts of 7 (issue 14, item 5). The text typed stays in the box until it loses focus,
//! so `1000` can be typed digit by digit. A total typed over all-zero profiles is split
//! evenly.

use super::{number, PeakEdit, PlanDraft};

/// Path used for errors of the total box itself.
pub const PEAK_PATH: &str = "peak_sessions";

/// Split `total` over parts in proportion to `base`, summing exactly to `total`.
pub fn scale_sessions(base: &[u64], total: u64) -> Vec<u64> {
    if base.is_empty() {
        return Vec::new();
    }
    let sum: u128 = base.iter().map(|&b| b as u128).sum();
    let weights: Vec<u128> = if sum == 0 {
        vec![1; base.len()]
    } else {
        base.iter().map(|&b| b as u128).collect()
    };
    let wsum: u128 = weights.iter().sum();
    let t = total as u128;
    let mut parts: Vec<u128> = weights.iter().map(|w| t * w / wsum).collect();
    let mut rest = t - parts.iter().sum::<u128>();
    // Hand out what is left to the largest remainders, earlier profiles first on ties.
    let mut order: Vec<usize> = (0..base.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(t * weights[i] % wsum));
    for i in order {
        if rest == 0 {
            break;
        }
        parts[i] += 1;
        rest -= 1;
    }
    parts.into_iter().map(|p| p as u64).collect()
}

impl PlanDraft {
    fn sessions_texts(&self) -> impl Iterator<Item = &String> {
        self.zones
            .iter()
            .flat_map(|z| z.profiles.iter().map(|p| &p.sessions))
    }

    /// What the total box shows: the text being typed, the single profile's own text, or
    /// the sum of the profiles (empty while one of them cannot be read).
    pub fn peak_text(&self) -> String {
        if let Some(edit) = &self.peak_edit {
            return edit.text.clone();
        }
        if self.profile_count() == 1 {
            return self.sessions_texts().next().cloned().unwrap_or_default();
        }
        let parts: Result<Vec<u64>, _> = self.sessions_texts().map(|t| number::count(t)).collect();
        parts
            .map(|p| p.iter().sum::<u64>().to_string())
            .unwrap_or_default()
    }

    /// With exactly one profile, the path of its sessions field (the total box mirrors it,
    /// so it shows that field's error too).
    pub fn peak_alias(&self) -> Option<String> {
        if self.profile_count() != 1 {
            return None;
        }
        let zi = self.zones.iter().position(|z| !z.profiles.is_empty())?;
        Some(format!("zones[{zi}].profiles[0].sessions"))
    }

    /// Type into the total box (see the module notes for how profiles follow).
    pub fn set_peak_text(&mut self, text: String) {
        if self.profile_count() == 1 {
            if let Some(p) = self.zones.iter_mut().flat_map(|z| &mut z.profiles).next() {
                p.sessions = text;
            }
            self.peak_edit = None;
            return;
        }
        let count = self.profile_count();
        let shares = match self.peak_shares.take() {
            Some(shares) if shares.len() == count => shares,
            _ => self
                .sessions_texts()
                .map(|t| number::count(t).unwrap_or(0))
                .collect(),
        };
        if let Ok(total) = number::count(&text) {
            let parts = scale_sessions(&shares, total);
            for (p, n) in self
                .zones
                .iter_mut()
                .flat_map(|z| &mut z.profiles)
                .zip(parts)
            {
                p.sessions = n.to_string();
            }
        }
        self.peak_shares = Some(shares);
        self.peak_edit = Some(PeakEdit { text });
    }

    /// The total box lost focus: show the profiles' sum again (or keep bad text visible).
    /// The shares stay for the next total.
    pub fn finish_peak_edit(&mut self) {
        if let Some(edit) = &self.peak_edit {
            if number::count(&edit.text).is_ok() {
                self.peak_edit = None;
            }
        }
    }

    /// Forget the shares (and any total being typed): a profile's own sessions changed, or
    /// the profiles themselves did.
    pub(super) fn end_peak_shares(&mut self) {
        self.peak_edit = None;
        self.peak_shares = None;
    }
}
