//! A map kept as a `Vec` sorted by key: the few operations the app needs (get, insert,
//! in-order walks), for maps of at most a few thousand entries.
//!
//! Why not `BTreeMap`? Each key and value type compiles its own copy of the B-tree's
//! insert, search, clone and drop code: five maps came to about 14 KB of wasm. A sorted
//! `Vec` with a binary search is a fraction of that, and as fast at these sizes.
//!
//! ```
//! use kasm_sizer::vec_map::VecMap;
//! let mut m = VecMap::default();
//! m.insert("b", 2);
//! m.insert("a", 1);
//! assert_eq!(m.insert("b", 3), Some(2));
//! assert_eq!(m.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), [("a", 1), ("b", 3)]);
//! ```

use std::borrow::Borrow;

/// Entries in key order, each key once.
#[derive(Debug, Clone, PartialEq)]
pub struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap(Vec::new())
    }
}

impl<K: Ord, V> VecMap<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value at `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Set the value at `key`; returns the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value at `key`, set from `value` first if it has none (the first value wins).
    pub fn insert_first(&mut self, key: K, value: impl FnOnce() -> V) -> &V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key, value()));
                i
            }
        };
        &self.0[i].1
    }

    /// The entries whose key is `from` or after it, in order.
    pub fn from_key<Q: Ord + ?Sized>(&self, from: &Q) -> impl Iterator<Item = (&K, &V)>
    where
        K: Borrow<Q>,
    {
        let start = self.find(from).unwrap_or_else(|i| i);
        self.0[start..].iter().map(|(k, v)| (k, v))
    }
}

impl<K, V> VecMap<K, V> {
    /// Every entry in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Every key in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Remove every entry.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btree_map() {
        // A fixed pseudo-random walk of inserts, checked against BTreeMap at every step.
        let mut ours = VecMap::default();
        let mut theirs = BTreeMap::new();
        let mut x: u64 = 7;
        for step in 0..2_000u64 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let key = (x >> 33) % 300;
            assert_eq!(ours.insert(key, step), theirs.insert(key, step));
            assert_eq!(ours.get(&key), theirs.get(&key));
            assert_eq!(ours.get(&(key + 1000)), None);
        }
        assert_eq!(ours.len(), theirs.len());
        assert!(ours.iter().eq(theirs.iter()));
        assert!(ours.keys().eq(theirs.keys()));
        assert!(ours.from_key(&150).eq(theirs.range(150..)));
        assert!(ours.from_key(&1000).next().is_none());
        ours.clear();
        assert!(ours.is_empty());
    }

    #[test]
    fn the_first_value_wins_and_string_keys_are_found_by_str() {
        let mut m: VecMap<String, &str> = VecMap::default();
        m.insert_first("b".into(), || "one");
        m.insert_first("b".into(), || unreachable!("b has a value"));
        m.insert_first("a".into(), || "two");
        assert_eq!(m.get("b"), Some(&"one"));
        assert_eq!(m.keys().cloned().collect::<Vec<_>>(), ["a", "b"]);
    }
}
