//! Token patterns: the syntax of docs/lexicon.md compiled into matchers over normalised tokens.

use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;

/// One position of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matcher {
    Word(String),
    Prefix(String),
    Any(Alternatives),
    Optional(Box<Matcher>),
    /// Skips 0..=n tokens.
    Gap(u8),
}

impl Matcher {
    fn accepts(&self, token: &str) -> bool {
        match self {
            Matcher::Word(w) => w == token,
            Matcher::Prefix(p) => token.starts_with(p.as_str()),
            Matcher::Any(alts) => alts.words.contains(token) || alts.prefixes.iter().any(|p| token.starts_with(p.as_str())),
            Matcher::Optional(m) => m.accepts(token),
            Matcher::Gap(_) => true,
        }
    }
}

/// `{a|b|c*}`: a hash set of words and a short list of prefixes, so that long verb paradigms cost
/// one lookup per token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alternatives {
    pub words: FxHashSet<String>,
    pub prefixes: Vec<String>,
}

impl Alternatives {
    fn new(alts: &[Matcher]) -> Alternatives {
        let mut out = Alternatives::default();
        for m in alts {
            match m {
                Matcher::Word(w) => {
                    out.words.insert(w.clone());
                }
                Matcher::Prefix(p) => out.prefixes.push(p.clone()),
                Matcher::Any(inner) => {
                    out.words.extend(inner.words.iter().cloned());
                    out.prefixes.extend(inner.prefixes.iter().cloned());
                }
                Matcher::Optional(_) | Matcher::Gap(_) => {}
            }
        }
        out
    }
}

/// A compiled pattern: a sequence of matchers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub matchers: Vec<Matcher>,
}

/// Parses one pattern. `sets` resolves `&NAME`; `normalize` is the token normaliser, so that
/// patterns are written the way text is read.
pub fn parse_pattern(src: &str, sets: &HashMap<String, Vec<Matcher>>, normalize: &dyn Fn(&str) -> Vec<String>) -> Result<Pattern, String> {
    let mut matchers = Vec::new();
    for raw in src.split_whitespace() {
        if let Some(n) = raw.strip_prefix('~') {
            let n: u8 = n.parse().map_err(|_| format!("gap `{raw}` needs a number: ~1 to ~6"))?;
            if !(1..=6).contains(&n) {
                return Err(format!("gap `{raw}` must be between ~1 and ~6"));
            }
            matchers.push(Matcher::Gap(n));
            continue;
        }
        let (body, optional) = match raw.strip_suffix('?') {
            Some(b) if !b.is_empty() => (b, true),
            _ => (raw, false),
        };
        let mut produced = if let Some(name) = body.strip_prefix('&') {
            let alts = sets.get(name).ok_or_else(|| format!("unknown set `&{name}` (define it with `&{name} = a | b` before use)"))?;
            vec![Matcher::Any(Alternatives::new(alts))]
        } else if let Some(inner) = body.strip_prefix('{') {
            let inner = inner.strip_suffix('}').ok_or_else(|| format!("unclosed `{{` in `{raw}`"))?;
            if inner.is_empty() || inner.contains('{') || inner.contains('}') {
                return Err(format!("bad alternatives `{raw}`"));
            }
            let mut alts = Vec::new();
            for a in inner.split('|') {
                alts.push(single_token(a, normalize).map_err(|e| format!("in `{raw}`: {e}"))?);
            }
            vec![Matcher::Any(Alternatives::new(&alts))]
        } else if body.contains('{') || body.contains('}') || body.contains('|') {
            return Err(format!("stray brace or bar in `{raw}` (alternatives are written `{{a|b}}` without spaces)"));
        } else {
            word_matchers(body, normalize)?
        };
        if optional {
            if produced.len() != 1 {
                return Err(format!("`{raw}`: only a single token can be optional"));
            }
            let m = produced.pop().unwrap_or(Matcher::Gap(0));
            produced.push(Matcher::Optional(Box::new(m)));
        }
        matchers.extend(produced);
    }
    match matchers.first() {
        None => Err("empty pattern".into()),
        Some(Matcher::Gap(_)) | Some(Matcher::Optional(_)) => Err("a pattern cannot start with a gap or an optional token".into()),
        _ if matches!(matchers.last(), Some(Matcher::Gap(_))) => Err("a pattern cannot end with a gap".into()),
        _ => Ok(Pattern { matchers }),
    }
}

/// A word may normalise into several tokens ("dell'onu", "jong-un"); a prefix must stay one token.
fn word_matchers(word: &str, normalize: &dyn Fn(&str) -> Vec<String>) -> Result<Vec<Matcher>, String> {
    if let Some(stem) = word.strip_suffix('*') {
        return single_token(word, normalize).map(|m| vec![m]).map_err(|_| format!("prefix `{stem}*` must be a single token"));
    }
    if plain(word) {
        return Ok(vec![Matcher::Word(word.to_string())]);
    }
    let toks = normalize(word);
    if toks.is_empty() {
        return Err(format!("`{word}` has no token"));
    }
    Ok(toks.into_iter().map(Matcher::Word).collect())
}

/// A run of ASCII lower-case letters is one token that normalises to itself: no need to run the
/// tokenizer (people and organisation files have tens of thousands of such words; start-up time).
fn plain(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
}

pub(crate) fn single_token(word: &str, normalize: &dyn Fn(&str) -> Vec<String>) -> Result<Matcher, String> {
    let (stem, prefix) = match word.strip_suffix('*') {
        Some(s) => (s, true),
        None => (word, false),
    };
    let t = if plain(stem) {
        stem.to_string()
    } else {
        let toks = normalize(stem);
        if toks.len() != 1 {
            return Err(format!("`{word}` must be a single token"));
        }
        toks.into_iter().next().unwrap_or_default()
    };
    if prefix {
        if t.chars().count() < 3 {
            return Err(format!("prefix `{word}` is too short (3 letters at least)"));
        }
        Ok(Matcher::Prefix(t))
    } else {
        Ok(Matcher::Word(t))
    }
}

/// What a `~N` gap may do with a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GapRule {
    /// Skipped, counting towards N.
    #[default]
    Counted,
    /// Never skipped (`;`, `:`, a closing quote): the expression cannot span it.
    Barrier,
    /// Skipped for free: numbers, dates and quantifiers ("oltre trecento", "on Monday") do not
    /// make an expression longer in the sense that matters.
    Free,
}

/// A match of entry `entry` over tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
}

/// The entries that start with one word. Common first words ("the", "al", "de") start thousands
/// of names: those whose second word is fixed are looked up by it, so that a token costs one
/// lookup per word it can see next rather than one check per entry.
#[derive(Debug, Default)]
struct FirstWord {
    any_second: Vec<u32>,
    by_second: FxHashMap<String, Vec<u32>>,
}

/// The entries that start with one prefix, keyed by every leading piece of every prefix: a token
/// whose first n bytes are no key cannot start with any longer prefix, so the scan stops at the
/// first miss instead of trying every prefix length (name lists have dozens).
#[derive(Debug, Default)]
struct PrefixNode {
    ids: Vec<u32>,
    longer: bool,
}

/// Patterns with payloads, indexed by the words and prefixes they can start with, so that the scan
/// does one hash lookup per token and per matching prefix length instead of trying every pattern.
#[derive(Debug)]
pub struct PatternSet<T> {
    entries: Vec<(Pattern, T)>,
    // Fx hashing: keys are short words and this lookup runs once per token and pattern set.
    by_word: FxHashMap<String, FirstWord>,
    by_prefix: FxHashMap<String, PrefixNode>,
    /// Distinct prefix lengths, ascending.
    prefix_lens: Vec<usize>,
    /// Entries shared with other sets (the names every language knows), matched after this
    /// set's own; their ids follow the own entries'. Built once, not once per language.
    shared: Option<std::sync::Arc<PatternSet<T>>>,
}

impl<T> Default for PatternSet<T> {
    fn default() -> Self {
        PatternSet {
            entries: Vec::new(),
            by_word: FxHashMap::default(),
            by_prefix: FxHashMap::default(),
            prefix_lens: Vec::new(),
            shared: None,
        }
    }
}

impl<T> PatternSet<T> {
    /// An empty set whose matches include those of `shared` (which must share nothing itself).
    pub fn with_shared(shared: std::sync::Arc<PatternSet<T>>) -> PatternSet<T> {
        debug_assert!(shared.shared.is_none());
        PatternSet { shared: Some(shared), ..Default::default() }
    }

    pub fn push(&mut self, pattern: Pattern, payload: T) {
        let id = self.entries.len() as u32;
        let (mut words, mut prefixes) = (Vec::new(), Vec::new());
        collect_anchors(&pattern.matchers[0], &mut words, &mut prefixes);
        let second = match pattern.matchers.get(1) {
            Some(Matcher::Word(second)) => Some(second.clone()),
            _ => None,
        };
        for w in words {
            let first = self.by_word.entry(w.to_string()).or_default();
            match &second {
                Some(second) => first.by_second.entry(second.clone()).or_default().push(id),
                None => first.any_second.push(id),
            }
        }
        for p in prefixes {
            if let Err(at) = self.prefix_lens.binary_search(&p.len()) {
                self.prefix_lens.insert(at, p.len());
            }
            for (cut, _) in p.char_indices().skip(1) {
                self.by_prefix.entry(p[..cut].to_string()).or_default().longer = true;
            }
            self.by_prefix.entry(p.to_string()).or_default().ids.push(id);
        }
        self.entries.push((pattern, payload));
    }

    pub fn len(&self) -> usize {
        self.entries.len() + self.shared.as_ref().map_or(0, |s| s.entries.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether entry `entry`'s pattern names `token` as one of its words or word sets (not through
    /// a gap): a "non" that the pattern names ("persona non grata", "{would} {not|never} free") is
    /// the expression's own word, not a negation of it.
    pub fn spells_out(&self, entry: u32, token: &str) -> bool {
        self.entry(entry).0.matchers.iter().any(|m| !matches!(m, Matcher::Gap(_)) && m.accepts(token))
    }

    pub fn payload(&self, entry: u32) -> &T {
        &self.entry(entry).1
    }

    /// Entry ids count this set's own entries first, then the shared set's.
    fn entry(&self, entry: u32) -> &(Pattern, T) {
        let own = self.entries.len();
        match &self.shared {
            Some(shared) if entry as usize >= own => &shared.entries[entry as usize - own],
            _ => &self.entries[entry as usize],
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &(Pattern, T)> {
        self.entries.iter().chain(self.shared.iter().flat_map(|s| s.entries.iter()))
    }

    /// Every match starting at token `i`. `gaps[k]` says what a gap may do with token `k`
    /// (missing entries are [`GapRule::Counted`]).
    pub fn matches_at(&self, tokens: &[&str], gaps: &[GapRule], i: usize, out: &mut Vec<Match>) {
        self.own_matches_at(tokens, gaps, i, out);
        if let Some(shared) = &self.shared {
            let from = out.len();
            shared.own_matches_at(tokens, gaps, i, out);
            let own = self.entries.len() as u32;
            out[from..].iter_mut().for_each(|m| m.entry += own);
        }
    }

    fn own_matches_at(&self, tokens: &[&str], gaps: &[GapRule], i: usize, out: &mut Vec<Match>) {
        let tok = tokens[i];
        // The tokens a second matcher can see (free tokens are transparent between matchers, so up
        // to the first one that is not free): a pattern whose second matcher is a plain word that
        // is not among them cannot match. Imported name lists have hundreds of names per first
        // word ("al", "abu", "john"): this spares trying them all.
        let mut next = i + 1;
        while gaps.get(next) == Some(&GapRule::Free) {
            next += 1;
        }
        let try_entry = |id: u32, out: &mut Vec<Match>| {
            let matchers = &self.entries[id as usize].0.matchers;
            if let Some(Matcher::Word(second)) = matchers.get(1) {
                if !tokens.get(i + 1..=next.min(tokens.len().saturating_sub(1))).is_some_and(|seen| seen.contains(&second.as_str())) {
                    return;
                }
            }
            if let Some(end) = match_from(matchers, tokens, gaps, i) {
                out.push(Match { start: i, end, entry: id });
            }
        };
        let from = out.len();
        if let Some(first) = self.by_word.get(tok) {
            first.any_second.iter().for_each(|&id| try_entry(id, out));
            let seen = tokens.get(i + 1..=next.min(tokens.len().saturating_sub(1))).unwrap_or_default();
            for (k, word) in seen.iter().enumerate() {
                if seen[..k].contains(word) {
                    continue;
                }
                if let Some(ids) = first.by_second.get(*word) {
                    ids.iter().for_each(|&id| try_entry(id, out));
                }
            }
        }
        // In entry order, as one list per first word gave them: ties between equal matches are
        // settled by that order downstream.
        out[from..].sort_unstable_by_key(|m| m.entry);
        for &len in &self.prefix_lens {
            if len > tok.len() {
                break;
            }
            if !tok.is_char_boundary(len) {
                continue;
            }
            let Some(node) = self.by_prefix.get(&tok[..len]) else { break };
            node.ids.iter().for_each(|&id| try_entry(id, out));
            if !node.longer {
                break;
            }
        }
    }

    /// Leftmost-longest, non-overlapping matches over the whole token sequence.
    pub fn find_longest(&self, tokens: &[&str], gaps: &[GapRule]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            scratch.clear();
            self.matches_at(tokens, gaps, i, &mut scratch);
            match scratch.iter().max_by_key(|m| (m.end, std::cmp::Reverse(m.entry))) {
                Some(&best) => {
                    out.push(best);
                    i = best.end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Every match, overlapping or not, sorted by start.
    pub fn find_all(&self, tokens: &[&str], gaps: &[GapRule]) -> Vec<Match> {
        let mut out = Vec::new();
        for i in 0..tokens.len() {
            self.matches_at(tokens, gaps, i, &mut out);
        }
        out
    }
}

fn collect_anchors<'a>(m: &'a Matcher, words: &mut Vec<&'a str>, prefixes: &mut Vec<&'a str>) {
    match m {
        Matcher::Any(alts) => {
            words.extend(alts.words.iter().map(String::as_str));
            prefixes.extend(alts.prefixes.iter().map(String::as_str));
        }
        Matcher::Word(w) => words.push(w),
        Matcher::Prefix(p) => prefixes.push(p),
        Matcher::Optional(inner) => collect_anchors(inner, words, prefixes),
        Matcher::Gap(_) => {}
    }
}

/// Matches `matchers` at token `i`; returns the end of the shortest successful match.
fn match_from(matchers: &[Matcher], tokens: &[&str], gaps: &[GapRule], i: usize) -> Option<usize> {
    let Some((first, rest)) = matchers.split_first() else {
        return Some(i);
    };
    match first {
        Matcher::Gap(n) => {
            let mut k = i;
            let mut counted = 0;
            loop {
                if let Some(end) = match_from(rest, tokens, gaps, k) {
                    return Some(end);
                }
                match gaps.get(k).copied().unwrap_or_default() {
                    _ if k >= tokens.len() => return None,
                    GapRule::Barrier => return None,
                    GapRule::Free => {}
                    GapRule::Counted if counted == *n as usize => return None,
                    GapRule::Counted => counted += 1,
                }
                k += 1;
            }
        }
        Matcher::Optional(inner) => {
            if i < tokens.len() && inner.accepts(tokens[i]) {
                if let Some(end) = match_from(rest, tokens, gaps, i + 1) {
                    return Some(end);
                }
            }
            match_from(rest, tokens, gaps, i)
        }
        m => {
            if i >= tokens.len() || !m.accepts(tokens[i]) {
                return None;
            }
            if rest.is_empty() {
                return Some(i + 1);
            }
            // Free tokens are transparent between any two matchers: "ha telefonato ieri al".
            let mut k = i + 1;
            loop {
                if let Some(end) = match_from(rest, tokens, gaps, k) {
                    return Some(end);
                }
                if gaps.get(k) != Some(&GapRule::Free) {
                    return None;
                }
                k += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Vec<String> {
        dyad_text::tokenize(s, "it").into_iter().map(|t| t.norm).collect()
    }

    fn compile(src: &str) -> Pattern {
        let mut sets = HashMap::new();
        sets.insert("REL".to_string(), vec![Matcher::Word("rapporti".into()), Matcher::Word("relazioni".into())]);
        parse_pattern(src, &sets, &norm).unwrap()
    }

    fn run(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        let mut set = PatternSet::default();
        set.push(compile(pattern), ());
        let toks = norm(text);
        let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
        let gaps: Vec<GapRule> = refs
            .iter()
            .map(|t| match *t {
                ";" => GapRule::Barrier,
                t if t.chars().all(|c| c.is_ascii_digit()) => GapRule::Free,
                _ => GapRule::Counted,
            })
            .collect();
        set.find_all(&refs, &gaps).into_iter().map(|m| (m.start, m.end)).collect()
    }

    #[test]
    fn prefixes_gaps_and_sets() {
        assert_eq!(run("interrott* ~3 &REL", "ha interrotto quasi tutte le relazioni con"), [(1, 6)]);
        assert_eq!(run("interrott* ~1 &REL", "ha interrotto quasi tutte le relazioni con"), []);
    }

    #[test]
    fn optional_tokens() {
        assert_eq!(run("posto il? veto", "ha posto il veto"), [(1, 4)]);
        assert_eq!(run("posto il? veto", "ha posto veto"), [(1, 3)]);
    }

    #[test]
    fn numbers_are_free_in_gaps() {
        assert_eq!(run("lanciato ~1 missili", "ha lanciato 300 missili"), [(1, 4)]);
        assert_eq!(run("lanciato ~1 missili", "ha lanciato oltre 300 missili"), [(1, 5)]);
        assert_eq!(run("lanciato ~1 missili", "ha lanciato ieri oltre 300 missili"), []);
    }

    #[test]
    fn free_tokens_are_transparent_between_words() {
        assert_eq!(run("telefonato al", "ha telefonato 2 al"), [(1, 4)]);
        assert_eq!(run("telefonato al", "ha telefonato ieri al"), []);
    }

    #[test]
    fn a_second_word_may_itself_be_free() {
        // "2" and "3" are free: the second matcher may stand on either of them or right after.
        assert_eq!(run("telefonato 3", "ha telefonato 2 3 al"), [(1, 4)]);
        assert_eq!(run("telefonato al", "ha telefonato 2 3 al"), [(1, 5)]);
        assert_eq!(run("telefonato al", "ha telefonato 2 3 ieri al"), []);
    }

    #[test]
    fn gaps_stop_at_barriers() {
        assert_eq!(run("rott* ~3 &REL", "rotto ; i rapporti"), []);
    }

    #[test]
    fn elided_words_in_patterns() {
        assert_eq!(run("richiam* l'ambasciatore", "ha richiamato l’ambasciatore"), [(1, 4)]);
    }

    #[test]
    fn syntax_errors_are_reported() {
        let sets = HashMap::new();
        for bad in ["~2 veto", "veto? ~2", "{a|b", "&NOPE x", "x ~9 y", "ab* c", "pos{a|b}"] {
            assert!(parse_pattern(bad, &sets, &norm).is_err(), "{bad} should fail");
        }
    }

    proptest::proptest! {
        #[test]
        fn parser_never_panics(src in "[a-z{}|&~?* 0-9']{0,30}") {
            let _ = parse_pattern(&src, &HashMap::new(), &norm);
        }
    }
}
