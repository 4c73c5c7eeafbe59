//! One stable sort for the whole crate, by a `u64` key.
//!
//! Every `sort_by_key` with a new element or key type compiles a fresh copy of the standard
//! library's sort (several KB of wasm each); this sorts `(key, index)` pairs, one shared
//! instance, and then moves the elements into place. Equal keys keep their order.

/// Sort `v` by `key`, stably (equal keys keep their order).
pub fn sort_by_u64<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_order(v.iter().map(key).collect());
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices of `keys` in ascending key order, ties by index (not generic, so one copy).
fn sorted_order(keys: Vec<u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// A key that sorts non-negative floats in ascending order (NaN last).
pub fn float_key(x: f64) -> u64 {
    if x.is_nan() {
        u64::MAX
    } else {
        x.max(0.0).to_bits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_u64(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut one = vec![5];
        sort_by_u64(&mut one, |x| *x);
        assert_eq!(one, [5]);
    }

    #[test]
    fn float_keys_follow_the_numbers() {
        let mut v = vec![2.5, 0.0, 10.0, 0.1, f64::NAN, 2.25];
        sort_by_u64(&mut v, |x| float_key(*x));
        assert_eq!(&v[..5], [0.0, 0.1, 2.25, 2.5, 10.0]);
        assert!(v[5].is_nan());
    }
}
