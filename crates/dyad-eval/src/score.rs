//! Scoring: system events against a suite's gold, with the same rules as `shared/tools/suite.py`
//! (greedy one-to-one matching inside each record, gold events in suite order, system events in
//! output order), so that the two scorers always agree on the same output.

use crate::suite::{GoldEvent, Record, Suite, SuiteFormat};
use dyad_coder::{Actor, Event};
use std::collections::{BTreeMap, BTreeSet};

/// The events a coder produced for one record (or why it produced none).
#[derive(Debug, Clone, Default)]
pub struct CodedRecord {
    pub events: Vec<Event>,
    /// The coder refused the record (unknown language...); it counts as coding nothing.
    pub error: Option<String>,
}

/// Precision, recall and F1 of one matching level.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct LevelScore {
    pub tp: usize,
    pub gold: usize,
    pub system: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl LevelScore {
    pub fn new(tp: usize, gold: usize, system: usize) -> LevelScore {
        let precision = if system > 0 { tp as f64 / system as f64 } else { 0.0 };
        let recall = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        LevelScore { tp, gold, system, precision, recall, f1 }
    }

    fn add(&mut self, tp: usize, gold: usize, system: usize) {
        *self = LevelScore::new(self.tp + tp, self.gold + gold, self.system + system);
    }
}

/// Matching levels. PETRARCH and JSONL suites: `root`, `code`, `dyad`; PLOVER: `type`, `dyad`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The event's root code is acceptable.
    Root,
    /// The full code is acceptable (a longer system code under an acceptable code counts).
    Code,
    /// Root, plus each country the gold commits to (source, target).
    Dyad,
    /// PLOVER: the event type.
    PloverType,
    /// PLOVER: type plus the source and target countries where the gold names any.
    PloverDyad,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Root => "root",
            Level::Code => "code",
            Level::Dyad | Level::PloverDyad => "dyad",
            Level::PloverType => "type",
        }
    }

    pub fn for_format(format: SuiteFormat) -> &'static [Level] {
        match format {
            SuiteFormat::Plover => &[Level::PloverType, Level::PloverDyad],
            _ => &[Level::Root, Level::Code, Level::Dyad],
        }
    }
}

/// The country an output actor commits to: its country, else the first three letters of its code.
pub fn system_country(actor: Option<&Actor>) -> Option<String> {
    let actor = actor?;
    match actor.country.as_deref() {
        Some(c) if !c.is_empty() => Some(c.to_string()),
        _ => Some(actor.code.chars().take(3).collect::<String>()).filter(|c| !c.is_empty()),
    }
}

fn system_root(e: &Event) -> String {
    if e.root_code.is_empty() {
        e.event_code.chars().take(2).collect()
    } else {
        e.root_code.clone()
    }
}

/// Does system event `e` satisfy gold event `g` at `level`?
pub fn matches(g: &GoldEvent, e: &Event, level: Level) -> bool {
    if !g.roots.contains(&system_root(e)) {
        return false;
    }
    match level {
        Level::Code => g.codes.is_empty() || g.codes.iter().any(|c| e.event_code.starts_with(c.as_str())),
        Level::Dyad => [(&g.source, e.source.as_ref()), (&g.target, e.target.as_ref())]
            .iter()
            .all(|(gold, sys)| gold.country.is_none() || system_country(*sys) == gold.country),
        _ => true,
    }
}

fn plover_matches(record: &Record, e: &Event, level: Level) -> bool {
    let Some(gold) = &record.plover else { return false };
    if e.plover.as_deref().map(str::to_uppercase).as_deref() != Some(gold.event_type.as_str()) {
        return false;
    }
    if level == Level::PloverDyad {
        for (countries, actor) in [(&gold.source_countries, e.source.as_ref()), (&gold.target_countries, e.target.as_ref())] {
            if !countries.is_empty() && !system_country(actor).is_some_and(|c| countries.contains(&c)) {
                return false;
            }
        }
    }
    true
}

/// Greedy one-to-one matching: each gold event takes the first unused system event it accepts.
/// Returns the pairs (gold index, system index) and the unmatched system indexes.
pub fn greedy_match(gold: &[GoldEvent], system: &[Event], level: Level) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut free: Vec<usize> = (0..system.len()).collect();
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pos) = free.iter().position(|&si| matches(g, &system[si], level)) {
            pairs.push((gi, free.remove(pos)));
        }
    }
    (pairs, free)
}

/// PETRARCH's own criterion: the set of (source, target, code) equals the gold set. A gold event
/// with a root list or a range can never be met exactly.
pub fn exact(record: &Record, system: &[Event]) -> bool {
    let mut gold = BTreeSet::new();
    for g in &record.gold {
        if g.codes.len() != 1 {
            return false;
        }
        gold.insert((g.source.code.clone(), g.target.code.clone(), g.codes.iter().next().cloned().unwrap_or_default()));
    }
    let code = |a: &Option<Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    let mine: BTreeSet<_> = system.iter().map(|e| (code(&e.source), code(&e.target), e.event_code.clone())).collect();
    gold == mine
}

/// Rows: gold root (or PLOVER type); columns: system root; `-` is "nothing".
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Confusion {
    pub cells: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Confusion {
    fn add(&mut self, gold: &str, system: &str) {
        *self.cells.entry(gold.to_string()).or_default().entry(system.to_string()).or_default() += 1;
    }

    /// Every label used as a row or a column, `-` last.
    pub fn labels(&self) -> Vec<String> {
        let mut set: BTreeSet<String> = self.cells.keys().cloned().collect();
        for row in self.cells.values() {
            set.extend(row.keys().cloned());
        }
        let dash = set.remove(NOTHING);
        let mut v: Vec<String> = set.into_iter().collect();
        if dash {
            v.push(NOTHING.to_string());
        }
        v
    }
}

pub const NOTHING: &str = "-";

/// Expected event dates (JSONL suites): of the gold events that carry a date and were matched at the
/// dyad level, how many system events have a date starting with the expected one.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct DateScore {
    pub with_date: usize,
    pub matched: usize,
    pub correct: usize,
    pub accuracy: f64,
}

/// Figures restricted to the records carrying one tag (JSONL tags, PETRARCH categories, PLOVER types).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TagScore {
    pub tag: String,
    pub records: usize,
    pub exact: Option<usize>,
    /// At the `code` level (PLOVER: `type`).
    pub score: LevelScore,
}

/// A record with misses or false positives at the strictest event level (`code`, PLOVER `type`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct RecordErrors {
    pub id: String,
    pub line: usize,
    pub text: String,
    /// Gold events not found, as written (`ARN GON 064`).
    pub misses: Vec<String>,
    /// System events matching no gold event (`ARN GON 064`).
    pub false_positives: Vec<String>,
    pub coder_error: Option<String>,
}

/// Everything measured on one suite.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SuiteScore {
    pub sentences: usize,
    /// In level order: (`root`, `code`, `dyad`) or (`type`, `dyad`).
    pub levels: Vec<(&'static str, LevelScore)>,
    /// PETRARCH's criterion; `None` for PLOVER suites.
    pub exact: Option<usize>,
    pub confusion: Confusion,
    pub dates: Option<DateScore>,
    pub tags: Vec<TagScore>,
    pub errors: Vec<RecordErrors>,
    /// Records the coder refused.
    pub coder_errors: usize,
}

impl SuiteScore {
    pub fn level(&self, name: &str) -> Option<LevelScore> {
        self.levels.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }
}

pub fn describe_event(e: &Event) -> String {
    let code = |a: &Option<Actor>| a.as_ref().map_or("---".to_string(), |a| a.code.clone());
    format!("{} {} {}", code(&e.source), code(&e.target), e.event_code)
}

fn describe_gold(g: &GoldEvent) -> String {
    let code = |c: &str| if c.is_empty() { "---".to_string() } else { c.to_string() };
    format!("{} {} {}", code(&g.source.code), code(&g.target.code), g.written)
}

/// Scores a suite; `coded[i]` is the output for `suite.records[i]`.
pub fn score(suite: &Suite, coded: &[CodedRecord]) -> SuiteScore {
    let levels = Level::for_format(suite.format);
    let plover = suite.format == SuiteFormat::Plover;
    let mut totals: Vec<LevelScore> = vec![LevelScore::default(); levels.len()];
    let mut exact_count = 0;
    let mut confusion = Confusion::default();
    let mut dates = DateScore::default();
    let mut tags: BTreeMap<String, (usize, usize, LevelScore)> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut coder_errors = 0;
    let empty = CodedRecord::default();
    // Output is matched to gold by document id, as the reference scorer does: records sharing an
    // id (suites do repeat ids) are each scored against the events of all of them.
    let mut by_id: BTreeMap<&str, Vec<Event>> = BTreeMap::new();
    // PLOVER codes no statements: there, system events without a PLOVER type are not scored.
    for (ri, record) in suite.records.iter().enumerate() {
        let events = coded.get(ri).map_or(&[][..], |c| &c.events[..]);
        by_id.entry(record.id.as_str()).or_default().extend(events.iter().filter(|e| !plover || e.plover.is_some()).cloned());
    }
    for (ri, record) in suite.records.iter().enumerate() {
        let out = coded.get(ri).unwrap_or(&empty);
        coder_errors += usize::from(out.error.is_some());
        let system: &Vec<Event> = &by_id[record.id.as_str()];
        let strict_level = if plover { Level::PloverType } else { Level::Code };
        let mut strict = (0, 0, 0);
        for (li, &level) in levels.iter().enumerate() {
            let (tp, gold) = if plover {
                (usize::from(system.iter().any(|e| plover_matches(record, e, level))), 1)
            } else {
                (greedy_match(&record.gold, system, level).0.len(), record.gold.len())
            };
            totals[li].add(tp, gold, system.len());
            if level == strict_level {
                strict = (tp, gold, system.len());
            }
        }
        let is_exact = !plover && exact(record, system);
        exact_count += usize::from(is_exact);
        for tag in &record.tags {
            let t = tags.entry(tag.clone()).or_default();
            t.0 += 1;
            t.1 += usize::from(is_exact);
            t.2.add(strict.0, strict.1, strict.2);
        }
        // Confusion: matched pairs on the diagonal, then leftovers paired in order, then "nothing".
        if plover {
            let gold_type = record.plover.as_ref().map(|p| p.event_type.clone()).unwrap_or_default();
            let hit = system.iter().position(|e| plover_matches(record, e, Level::PloverType));
            match hit {
                Some(_) => confusion.add(&gold_type, &gold_type),
                None => match system.first() {
                    Some(e) => confusion.add(&gold_type, e.plover.as_deref().unwrap_or(NOTHING)),
                    None => confusion.add(&gold_type, NOTHING),
                },
            }
            for (si, e) in system.iter().enumerate() {
                if Some(si) != hit && !(hit.is_none() && si == 0) {
                    confusion.add(NOTHING, e.plover.as_deref().unwrap_or(NOTHING));
                }
            }
        } else {
            let (pairs, free_sys) = greedy_match(&record.gold, system, Level::Root);
            for &(_, si) in &pairs {
                let root = system_root(&system[si]);
                confusion.add(&root, &root);
            }
            let matched_gold: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
            let free_gold: Vec<usize> = (0..record.gold.len()).filter(|g| !matched_gold.contains(g)).collect();
            for k in 0..free_gold.len().max(free_sys.len()) {
                let g = free_gold.get(k).map_or(NOTHING.to_string(), |&gi| record.gold[gi].root_label());
                let s = free_sys.get(k).map_or(NOTHING.to_string(), |&si| system_root(&system[si]));
                confusion.add(&g, &s);
            }
            // Dates, on dyad-level matches.
            let (dyad_pairs, _) = greedy_match(&record.gold, system, Level::Dyad);
            for g in &record.gold {
                dates.with_date += usize::from(g.date.is_some());
            }
            for (gi, si) in dyad_pairs {
                if let Some(expected) = &record.gold[gi].date {
                    dates.matched += 1;
                    dates.correct += usize::from(system[si].date.as_deref().is_some_and(|d| d.starts_with(expected.as_str())));
                }
            }
        }
        // Errors at the strict level.
        let (misses, false_positives) = if plover {
            let hit = system.iter().any(|e| plover_matches(record, e, Level::PloverType));
            let gold = record.plover.as_ref().map(|p| p.event_type.clone()).unwrap_or_default();
            let fps: Vec<String> = system.iter().filter(|e| !plover_matches(record, e, Level::PloverType)).map(describe_plover).collect();
            (if hit { Vec::new() } else { vec![gold] }, fps)
        } else {
            let (pairs, free_sys) = greedy_match(&record.gold, system, Level::Code);
            let matched: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
            let misses = record.gold.iter().enumerate().filter(|(gi, _)| !matched.contains(gi)).map(|(_, g)| describe_gold(g)).collect();
            (misses, free_sys.iter().map(|&si| describe_event(&system[si])).collect())
        };
        if !misses.is_empty() || !false_positives.is_empty() || out.error.is_some() {
            errors.push(RecordErrors {
                id: record.id.clone(),
                line: record.line,
                text: record.text.clone(),
                misses,
                false_positives,
                coder_error: out.error.clone(),
            });
        }
    }
    dates.accuracy = if dates.matched > 0 { dates.correct as f64 / dates.matched as f64 } else { 0.0 };
    SuiteScore {
        sentences: suite.records.len(),
        levels: levels.iter().zip(totals).map(|(l, s)| (l.name(), s)).collect(),
        exact: (!plover).then_some(exact_count),
        confusion,
        dates: (suite.format == SuiteFormat::Jsonl).then_some(dates),
        tags: tags
            .into_iter()
            .map(|(tag, (records, exact, score))| TagScore { tag, records, exact: (!plover).then_some(exact), score })
            .collect(),
        errors,
        coder_errors,
    }
}

fn describe_plover(e: &Event) -> String {
    format!("{} ({})", e.plover.as_deref().unwrap_or("no PLOVER type"), describe_event(e))
}
