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

    /// The id of the first earlier document `text` is a copy of (an earlier version of the
    /// same document is not one); remembers `text` otherwise.
    pub fn check(&mut self, id: &str, text: &str) -> Checked {
        let Some(signature) = minhash(text) else { return Checked { duplicate_of: None, signature: None } };
        let bytes = signature.iter().flat_map(|v| v.to_le_bytes()).collect();
        let bands = bands(&signature);
        let mut candidates: Vec<usize> =
            bands.iter().enumerate().filter_map(|(i, b)| self.index.get(&(i, *b))).flatten().copied().collect();
        candidates.sort_unstable();
        let similar = |d: &usize| {
            let equal = self.seen[*d].0.iter().zip(&signature).filter(|(a, b)| a == b).count();
            self.seen[*d].1 != id && equal as f64 / HASHES as f64 >= self.threshold
        };
        if let Some(first) = candidates.iter().find(|d| similar(d)) {
            return Checked { duplicate_of: Some(self.seen[*first].1.clone()), signature: Some(bytes) };
        }
        self.add(id, signature, bands);
        Checked { duplicate_of: None, signature: Some(bytes) }
    }

    /// A document read by an earlier run, as its signature ([`Checked::signature`]) was kept.
    pub fn remember(&mut self, id: &str, signature: &[u8]) {
        let mut values = [0u32; HASHES];
        if signature.len() != HASHES * 4 {
            return;
        }
        for (value, bytes) in values.iter_mut().zip(signature.chunks_exact(4)) {
            *value = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        self.add(id, values, bands(&values));
    }

    fn add(&mut self, id: &str, signature: [u32; HASHES], bands: Vec<u64>) {
        let n = self.seen.len();
        self.seen.push((signature, id.to_string()));
        for (i, b) in bands.into_iter().enumerate() {
            self.index.entry((i, b)).or_default().push(n);
        }
    }
}

/// What [`NearDuplicates::check`] found.
pub struct Checked {
    pub duplicate_of: Option<String>,
    /// The document's signature, to keep for later runs; none for very short documents.
    pub signature: Option<Vec<u8>>,
}

fn bands(signature: &[u32; HASHES]) -> Vec<u64> {
    signature.chunks(ROWS).map(|rows| mix(rows.iter().fold(0u64, |h, &v| h.rotate_left(17) ^ v as u64))).collect()
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
        assert_eq!(d.check("a", STORY).duplicate_of, None);
        let copy = format!("BERLIN (Reuters) - {STORY}");
        assert_eq!(d.check("b", &copy).duplicate_of.as_deref(), Some("a"));
        let other = "Lithuania and Poland signed an agreement on Tuesday to build a new gas pipeline \
            connecting the two countries before the end of next year, officials said.";
        assert_eq!(d.check("c", other).duplicate_of, None);
        assert_eq!(d.check("d", "Too short to say.").duplicate_of, None);
    }

    #[test]
    fn a_remembered_signature_links_copies_and_a_new_version_is_no_copy_of_itself() {
        let mut first_run = NearDuplicates::new(0.8);
        let signature = first_run.check("a", STORY).signature.expect("long enough");
        let mut next_run = NearDuplicates::new(0.8);
        next_run.remember("a", &signature);
        assert_eq!(next_run.check("b", &format!("{STORY} More follows.")).duplicate_of.as_deref(), Some("a"));
        assert_eq!(next_run.check("a", &format!("{STORY} Updated.")).duplicate_of, None);
    }
}
