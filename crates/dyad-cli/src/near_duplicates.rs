//! Near-duplicate documents: the same wire story on many sites, syndicated copies.
//!
//! Each document is the set of its word 3-shingles (lower-cased words, so markup, case and
//! punctuation do not count) summarised by a MinHash signature of [`HASHES`] values; the share
//! of equal values estimates the Jaccard similarity of two documents' shingle sets. A document
//! whose estimated similarity to an earlier one reaches the threshold is a copy of the first
//! such document in input order, so links do not depend on the number of threads. Lookup is by
//! locality-sensitive bands of the signature: only documents sharing a whole band are compared,
//! and the work stays linear in the number of documents.

use std::collections::HashMap;

/// Documents with fewer words are never called copies: their shingles say too little.
const MIN_WORDS: usize = 12;
/// Only a document's first words are compared: copies of a story agree from the start, and
/// the work and memory per document stay bounded.
const MAX_WORDS: usize = 3000;
const HASHES: usize = 32;
/// 8 bands of 4 values: documents about 60% similar or more share a band with high probability.
const BANDS: usize = 8;
const ROWS: usize = HASHES / BANDS;

pub struct NearDuplicates {
    threshold: f64,
    /// (band index, band hash) -> earlier documents with that band.
    index: HashMap<(usize, u64), Vec<usize>>,
    seen: Vec<([u32; HASHES], String)>,
}

impl NearDuplicates {
    /// `threshold`: the estimated Jaccard similarity of shingle sets from which two documents
    /// are copies (0..=1).
    pub fn new(threshold: f64) -> NearDuplicates {
        NearDuplicates { threshold, index: HashMap::new(), seen: Vec::new() }
    }

    /// The id of the first earlier document `text` is a copy of; remembers `text` otherwise.
    pub fn check(&mut self, id: &str, text: &str) -> Option<String> {
        let signature = minhash(text)?;
        let bands: Vec<u64> =
            signature.chunks(ROWS).map(|rows| mix(rows.iter().fold(0u64, |h, &v| h.rotate_left(17) ^ v as u64))).collect();
        let mut candidates: Vec<usize> =
            bands.iter().enumerate().filter_map(|(i, b)| self.index.get(&(i, *b))).flatten().copied().collect();
        candidates.sort_unstable();
        let similar = |d: &usize| {
            let equal = self.seen[*d].0.iter().zip(&signature).filter(|(a, b)| a == b).count();
            equal as f64 / HASHES as f64 >= self.threshold
        };
        if let Some(first) = candidates.iter().find(|d| similar(d)) {
            return Some(self.seen[*first].1.clone());
        }
        let n = self.seen.len();
        self.seen.push((signature, id.to_string()));
        for (i, b) in bands.into_iter().enumerate() {
            self.index.entry((i, b)).or_default().push(n);
        }
        None
    }
}

fn minhash(text: &str) -> Option<[u32; HASHES]> {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(MAX_WORDS).map(|w| w.to_lowercase()).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let mut signature = [u32::MAX; HASHES];
    for shingle in words.windows(3) {
        let h = fnv(shingle);
        for (i, slot) in signature.iter_mut().enumerate() {
            // One hash function per slot: the shingle hash re-mixed with the slot's seed.
            let v = (mix(h ^ (i as u64).wrapping_mul(0x9e3779b97f4a7c15)) >> 32) as u32;
            *slot = (*slot).min(v);
        }
    }
    Some(signature)
}

/// FNV-1a over the words of a shingle: stable across runs and platforms, unlike `DefaultHasher`.
fn fnv(words: &[String]) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    for w in words {
        for b in w.bytes().chain([0]) {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// A 64-bit finaliser (MurmurHash3's): every input bit moves every output bit.
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Germany expelled two Russian diplomats on Monday, accusing them of spying on \
        the Ukrainian community in Berlin for Moscow's intelligence services, the foreign ministry said.";

    #[test]
    fn copies_link_to_the_first_and_other_stories_do_not() {
        let mut d = NearDuplicates::new(0.8);
        assert_eq!(d.check("a", STORY), None);
        let copy = format!("BERLIN (Reuters) - {STORY}");
        assert_eq!(d.check("b", &copy).as_deref(), Some("a"));
        let other = "Lithuania and Poland signed an agreement on Tuesday to build a new gas pipeline \
            connecting the two countries before the end of next year, officials said.";
        assert_eq!(d.check("c", other), None);
        assert_eq!(d.check("d", "Too short to say."), None);
    }
}
