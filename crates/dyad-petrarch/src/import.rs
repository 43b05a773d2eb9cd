//! PETRARCH dictionaries converted into Dyad lexicon *text* (docs/lexicon.md), so that Dyad's own
//! coder codes with them: `dyad import-petrarch --out DIR FILES...` writes the files this module
//! makes, and [`crate::to_lexicon`] loads a user's `--petrarch` actor and agent files through it.
//!
//! What becomes what:
//! - verb dictionary (`CAMEO.2.0.txt`) -> `en/events_<file>.txt`. Each verb block's single-token
//!   forms (base, -s, -ed, -ing, irregular forms: [`crate::dict::inflect`]) become a set
//!   `&PV_<BLOCK>`; each pattern becomes a Dyad pattern around that set (words after `*` follow it
//!   with gaps, words before `*` come first), synsets become sets `&P_<NAME>` (multi-word
//!   alternatives become extra patterns), `{noun phrase}` and `(prep phrase)` markers become their
//!   words, and `$`/`+`/`^` slots become gaps, since Dyad's coder finds source and target itself.
//!   `%` (a compound actor) makes the entry `@reciprocal`. A verb whose code is not null also
//!   gives a bare-verb entry.
//! - actor dictionaries -> `common/people_<file>.txt` (actors with dated codes: date-bounded
//!   roles), `common/igos_<file>.txt` (undated full codes), `en/countries_<file>.txt` (undated
//!   three-letter codes: they compose with agents).
//! - agent dictionaries -> `en/agents_<file>.txt`.
//!
//! Every entry carries `@from=FILE:LINE`, the dictionary line it comes from; the loader puts it
//! in the entry id that events report as their `rule`. What Dyad cannot express is counted by
//! reason and each instance reported with its origin file:line ([`Report`]); nothing is dropped
//! silently. The output depends only on the input and the [`Options`]: same input, same bytes.

use crate::dict::{ActorDef, CodeSpec, Dictionaries, Kind, PatternItem, Phrase, VerbPattern, Word};
use crate::Problem;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// How to convert. The defaults convert everything Dyad can express.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Leave out bare-verb entries (a verb alone, or a pattern with no literal word) and keep only
    /// patterns with literal words around the verb.
    pub literal_only: bool,
    /// Leave out verb entries whose CAMEO code starts with one of these (`01`, `042`...).
    pub drop_codes: Vec<String>,
    /// Leave out verb entries whose verb Dyad's own lexicon already starts an event pattern with
    /// (see [`Options::dyad_verbs`]): Dyad's entries win on the verbs it knows.
    pub defer_to_dyad: bool,
    /// Leave out these kinds of output (`events`, `people`, `igos`, `countries`, `agents`).
    pub skip_outputs: Vec<String>,
    /// Lower-case words that are common English words: a single-token actor name among them is
    /// left out (it would make false actors). Filled by the caller from Dyad's own English
    /// lexicon; the dictionaries' own verb forms, pattern words and agent nouns are added here.
    pub common_words: HashSet<String>,
    /// First words of Dyad's own event patterns (for [`Options::defer_to_dyad`]).
    pub dyad_verbs: HashSet<String>,
    /// Known CAMEO event codes: an entry with another code is left out. Empty: not checked.
    pub event_codes: HashSet<String>,
    /// Names (normalised tokens joined by spaces) of the countries, organisations and people in
    /// Dyad's own lexicon: a person or organisation with one of these names is left out (a
    /// country keeps its extra names: same ISO code), since Dyad's entry is
    /// newer (PETRARCH's dated roles end where its dictionaries stopped) and a longer PETRARCH
    /// variant (`hungarian prime minister viktor orban`) would win over it.
    pub dyad_actor_names: HashSet<String>,
}

impl Options {
    /// Options that consult `lexicon` (Dyad's English words, verbs, actor names and CAMEO codes);
    /// the policy fields are left at their defaults.
    pub fn knowing(lexicon: &dyad_lexicon::Lexicon) -> Options {
        let (common_words, dyad_verbs, dyad_actor_names) = lexicon_knowledge(lexicon, "en");
        Options {
            common_words,
            dyad_verbs,
            event_codes: lexicon.ontology.codes().map(str::to_string).collect(),
            dyad_actor_names,
            ..Default::default()
        }
    }

    /// The command-line flags that give these options (for the generated files' header).
    pub fn flags(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.literal_only {
            out.push("--literal-only".to_string());
        }
        if !self.drop_codes.is_empty() {
            out.push(format!("--drop-codes {}", self.drop_codes.join(",")));
        }
        if self.defer_to_dyad {
            out.push("--defer-to-dyad".to_string());
        }
        if !self.skip_outputs.is_empty() {
            out.push(format!("--skip {}", self.skip_outputs.join(",")));
        }
        out
    }
}

/// Common English words that are also names (surnames, given names) found in actor
/// dictionaries; the rest of the common-word list comes from Dyad's lexicon and the dictionaries.
const NAME_WORDS: &[&str] = &[
    "may", "rice", "bush", "brown", "white", "black", "young", "green", "king", "hope", "grant", "long", "little", "rose", "price", "hill",
    "wood", "stone", "ward", "bell", "baker", "cook", "miller", "page", "frank", "mark", "will", "bill", "joy", "love", "rich", "rule",
    "church", "field", "cross", "star", "sun", "moon", "gay", "hunt", "hall", "lamb", "fox", "wolf", "bird", "may", "major", "chance",
    "power", "nation", "unity", "justice", "liberty", "freedom", "peace", "victory", "hamas", "the", "new", "all", "one", "man", "men",
    "war", "law", "order",
];

/// Common English words that are aliases of a group in the dictionaries ("foundation" and
/// "cornerstone" for El Rukn): as a single word they would name that group in every language.
const GROUP_ALIAS_WORDS: &[&str] = &["foundation", "cornerstone"];

/// One converted file: its path under the output directory and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// `en/events_cameo_2_0.txt`, `common/people_phoenix_countries_actors.txt`...
    pub path: String,
    pub text: String,
}

/// Counts of what was converted and what was left out, by reason, and each instance left out or
/// changed with its origin file:line.
#[derive(Debug, Default)]
pub struct Report {
    /// (what, count): `verb patterns`, `bare verbs`, `people`, `organisations`, `countries`, `agents`.
    pub imported: BTreeMap<String, usize>,
    /// (what, reason) -> count.
    pub skipped: BTreeMap<(String, String), usize>,
    /// (what, note) -> count: imported, but with a loss (a second code dropped...).
    pub changed: BTreeMap<(String, String), usize>,
    /// Every instance counted in `skipped` or `changed`, with its origin.
    pub problems: Vec<Problem>,
}

impl Report {
    fn import(&mut self, what: &str, n: usize) {
        *self.imported.entry(what.to_string()).or_default() += n;
    }

    fn skip(&mut self, what: &str, reason: &str, id: &str, detail: &str) {
        *self.skipped.entry((what.to_string(), reason.to_string())).or_default() += 1;
        self.problems.push(problem_at(id, format!("{what} not imported: {reason}{detail}")));
    }

    fn change(&mut self, what: &str, note: &str, id: &str, detail: &str) {
        *self.changed.entry((what.to_string(), note.to_string())).or_default() += 1;
        self.problems.push(problem_at(id, format!("{what} imported with a loss: {note}{detail}")));
    }

    /// The counts as text, one line each.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        for (what, n) in &self.imported {
            let _ = writeln!(s, "imported  {n:>7}  {what}");
        }
        for ((what, reason), n) in &self.skipped {
            let _ = writeln!(s, "skipped   {n:>7}  {what}: {reason}");
        }
        for ((what, note), n) in &self.changed {
            let _ = writeln!(s, "changed   {n:>7}  {what}: {note}");
        }
        s
    }
}

pub(crate) fn problem_at(id: &str, message: String) -> Problem {
    let (file, line) = match id.rsplit_once(':') {
        Some((f, l)) => (f.to_string(), l.parse().unwrap_or(0)),
        None => (id.to_string(), 0),
    };
    Problem { file, line, message }
}

/// The file name part of a dictionary path, as provenance shows it (`CAMEO.2.0.txt`).
fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// `Phoenix.Countries.actors.txt` -> `phoenix_countries_actors`.
pub fn slug(path: &str) -> String {
    let name = base_name(path);
    let stem = name.strip_suffix(".txt").unwrap_or(name);
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// `file:line` with the file reduced to its name.
fn origin(id: &str) -> String {
    match id.rsplit_once(':') {
        Some((f, l)) => format!("{}:{l}", base_name(f)),
        None => base_name(id).to_string(),
    }
}

/// A word as a Dyad pattern token, if Dyad's syntax can hold it.
fn token(w: &Word) -> Option<String> {
    let t = w.text();
    if t.is_empty() || t.chars().any(|c| c.is_whitespace() || "{}|&~?*@#[]=".contains(c)) {
        return None;
    }
    match w {
        Word::Exact(_) => Some(t.to_string()),
        Word::Stem(_) if t.chars().count() >= 4 => Some(format!("{t}*")),
        Word::Stem(_) => Some(t.to_string()),
    }
}

fn phrase_tokens(p: &Phrase) -> Option<Vec<String>> {
    p.iter().map(token).collect()
}

fn header_text(origins: &[String], kind: &str, options: &Options, notes: &[String]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Dyad {kind}: generated by `dyad import-petrarch` from {}. Do not edit: regenerate.", origins.join(", "));
    let _ = writeln!(s, "# Origin: PETRARCH2 / Phoenix dictionaries, Copyright (c) Open Event Data Alliance, MIT licence");
    let _ = writeln!(s, "# (see lexicons/NOTICE for the licence text).");
    let flags = options.flags();
    let _ = writeln!(
        s,
        "# Command: dyad import-petrarch --out DIR{} {}  (scripts/import-petrarch.sh)",
        if flags.is_empty() { String::new() } else { format!(" {}", flags.join(" ")) },
        origins.join(" ")
    );
    let _ = writeln!(s, "# Each entry's @from=FILE:LINE names the dictionary line it comes from.");
    for n in notes {
        let _ = writeln!(s, "# {n}");
    }
    s.push('\n');
    s
}

/// Converts dictionaries into Dyad lexicon files (see the module doc).
pub fn convert(dicts: &Dictionaries, options: &Options) -> (Vec<GeneratedFile>, Report) {
    let mut report = Report::default();
    let mut files = Vec::new();
    let mut common = options.common_words.clone();
    dictionary_words(dicts, &mut common);
    for w in NAME_WORDS.iter().chain(GROUP_ALIAS_WORDS) {
        common.insert((*w).to_string());
    }
    let skip_output = |k: &str| options.skip_outputs.iter().any(|s| s == k);
    for (file, kind) in dicts.files.iter().zip(&dicts.file_kinds) {
        let slug = slug(file);
        let origins = vec![base_name(file).to_string()];
        match kind {
            Kind::Verbs if !skip_output("events") => {
                let body = convert_verbs(dicts, file, options, &mut report);
                let notes = verb_notes(options);
                files.push(GeneratedFile {
                    path: format!("en/events_{slug}.txt"),
                    text: header_text(&origins, "English event entries", options, &notes) + &body,
                });
            }
            Kind::Actors => {
                let out = convert_actors(dicts, file, &common, options, &mut report);
                for (dir, kind_name, what, body) in [
                    ("common", "people", "people with date-bounded roles", out.people),
                    ("common", "igos", "organisations and other full actor codes", out.igos),
                    ("en", "countries", "English country names", out.countries),
                ] {
                    if !body.is_empty() && !skip_output(kind_name) {
                        files.push(GeneratedFile {
                            path: format!("{dir}/{kind_name}_{slug}.txt"),
                            text: header_text(&origins, what, options, &[]) + &body,
                        });
                    }
                }
            }
            Kind::Agents if !skip_output("agents") => {
                let body = convert_agents(dicts, file, &mut report);
                if !body.is_empty() {
                    files.push(GeneratedFile {
                        path: format!("en/agents_{slug}.txt"),
                        text: header_text(&origins, "English agents", options, &[]) + &body,
                    });
                }
            }
            _ => {}
        }
    }
    (files, report)
}

fn verb_notes(options: &Options) -> Vec<String> {
    let mut notes = vec![
        "Patterns describe the predicate only: PETRARCH's $ (source) and + (target) slots are gaps; Dyad's coder".to_string(),
        "finds source and target itself. &PV_ sets hold a verb block's forms, &P_ sets PETRARCH synsets.".to_string(),
    ];
    if options.literal_only {
        notes.push("--literal-only: no bare-verb entries (a verb alone codes too much); only patterns with literal words.".into());
    }
    if !options.drop_codes.is_empty() {
        notes.push(format!(
            "--drop-codes {}: entries with these codes are left out (measured to hurt precision).",
            options.drop_codes.join(",")
        ));
    }
    if options.defer_to_dyad {
        notes.push("--defer-to-dyad: entries whose verb Dyad's own events.txt already handles are left out.".into());
    }
    notes
}

/// Words the dictionaries themselves use as ordinary words: verb forms, pattern words, synset
/// words, agent nouns. An actor name that is one of them would make false actors.
fn dictionary_words(dicts: &Dictionaries, out: &mut HashSet<String>) {
    for v in &dicts.verbs {
        for f in &v.forms {
            if f.len() == 1 {
                out.insert(f[0].clone());
            }
        }
    }
    for b in &dicts.blocks {
        for p in &b.patterns {
            for item in p.before.iter().chain(&p.after) {
                if let PatternItem::Words { alternatives, .. } = item {
                    for a in alternatives.iter().filter(|a| a.len() == 1) {
                        out.insert(a[0].text().to_string());
                    }
                }
            }
        }
    }
    for a in &dicts.agents {
        if a.phrase.len() == 1 {
            out.insert(a.phrase[0].text().to_string());
        }
    }
}

/// Named sets of a generated file, keyed by their content, defined before their first use.
#[derive(Default)]
struct Sets {
    by_content: HashMap<Vec<String>, String>,
    names: HashSet<String>,
    definitions: String,
}

impl Sets {
    fn name_for(&mut self, prefix: &str, hint: &str, alts: &[String], origin: &str) -> String {
        if let Some(n) = self.by_content.get(alts) {
            return n.clone();
        }
        let base: String = hint.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
        let base = format!("{prefix}{}", base.trim_matches('_'));
        let mut name = base.clone();
        let mut k = 2;
        while self.names.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        self.names.insert(name.clone());
        self.by_content.insert(alts.to_vec(), name.clone());
        let _ = writeln!(self.definitions, "&{name} = {}   # {origin}", alts.join(" | "));
        name
    }
}

/// A pattern under construction.
#[derive(Clone, Debug)]
enum Piece {
    Tok(String),
    Gap(u8),
}

fn render(pieces: &[Piece]) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    let mut gap = 0u8;
    for p in pieces {
        match p {
            Piece::Gap(n) => gap = gap.saturating_add(*n).min(6),
            Piece::Tok(t) => {
                if gap > 0 && !out.is_empty() {
                    out.push(format!("~{gap}"));
                }
                gap = 0;
                out.push(t.clone());
            }
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(out.join(" "))
    }
}

/// Gaps used where PETRARCH allows any distance in the clause (Dyad's gaps stop at six tokens
/// and never cross a clause boundary), and over an actor slot or a `^` skip.
const WORD_GAP: u8 = 4;
const SLOT_GAP: u8 = 6;
/// At most this many Dyad patterns for one PETRARCH pattern (multi-word alternatives multiply).
const MAX_VARIANTS: usize = 24;

/// One item's alternatives as pattern pieces: each variant is one way of writing it.
fn item_variants(alternatives: &[Phrase], sets: &mut Sets, origin: &str) -> Result<Vec<Vec<Piece>>, String> {
    let mut singles: Vec<String> = Vec::new();
    let mut variants: Vec<Vec<Piece>> = Vec::new();
    for alt in alternatives {
        let toks = phrase_tokens(alt).ok_or("a word Dyad's pattern syntax cannot hold")?;
        match toks.len() {
            0 => {}
            1 => singles.push(toks[0].clone()),
            _ => variants.push(toks.into_iter().map(Piece::Tok).collect()),
        }
    }
    singles.sort();
    singles.dedup();
    match singles.len() {
        0 => {}
        1 => variants.insert(0, vec![Piece::Tok(singles[0].clone())]),
        _ => {
            let hint = alternatives.first().map(|p| p.iter().map(Word::text).collect::<Vec<_>>().join("_")).unwrap_or_default();
            let name = sets.name_for("P_", &hint, &singles, origin);
            variants.insert(0, vec![Piece::Tok(format!("&{name}"))]);
        }
    }
    if variants.is_empty() {
        return Err("an empty synset".into());
    }
    Ok(variants)
}

/// What a translated pattern needs.
struct Translated {
    /// Pattern text with `{VERB}` where the verb goes.
    patterns: Vec<String>,
    reciprocal: bool,
    literal: bool,
}

/// Translates one PETRARCH pattern into Dyad patterns around the placeholder `\u{1}` (the verb).
fn translate(p: &VerbPattern, sets: &mut Sets) -> Result<Translated, String> {
    if p.before.contains(&PatternItem::Target) || p.after.contains(&PatternItem::Source) {
        return Err("roles reversed ($ after or + before the verb): Dyad's coder takes the source before the verb".into());
    }
    let origin = origin(&p.id);
    let mut reciprocal = false;
    let mut literal = false;
    // Each alternative sequence of pieces; the product grows with multi-word alternatives.
    let mut seqs: Vec<Vec<Piece>> = vec![Vec::new()];
    let extend = |seqs: &mut Vec<Vec<Piece>>, options: Vec<Vec<Piece>>| -> Result<(), String> {
        let mut next = Vec::new();
        for s in seqs.iter() {
            for o in &options {
                let mut n = s.clone();
                n.extend(o.iter().cloned());
                next.push(n);
            }
        }
        if next.len() > MAX_VARIANTS {
            return Err(format!("more than {MAX_VARIANTS} multi-word alternatives"));
        }
        *seqs = next;
        Ok(())
    };
    let gap_of = |g: Option<usize>| match g {
        Some(n) => n.min(6) as u8,
        None => WORD_GAP,
    };
    // Before the verb: items left to right, each followed by its gap towards the right.
    for item in &p.before {
        match item {
            PatternItem::Words { alternatives, max_gap } => {
                literal = true;
                let mut v = item_variants(alternatives, sets, &origin)?;
                for x in &mut v {
                    x.push(Piece::Gap(gap_of(*max_gap)));
                }
                extend(&mut seqs, v)?;
            }
            PatternItem::Compound => {
                reciprocal = true;
                extend(&mut seqs, vec![vec![Piece::Gap(SLOT_GAP)]])?;
            }
            _ => extend(&mut seqs, vec![vec![Piece::Gap(SLOT_GAP)]])?,
        }
    }
    extend(&mut seqs, vec![vec![Piece::Tok("\u{1}".into())]])?;
    for item in &p.after {
        match item {
            PatternItem::Words { alternatives, max_gap } => {
                literal = true;
                let mut v = item_variants(alternatives, sets, &origin)?;
                for x in &mut v {
                    x.insert(0, Piece::Gap(gap_of(*max_gap)));
                }
                extend(&mut seqs, v)?;
            }
            PatternItem::Compound => {
                reciprocal = true;
                extend(&mut seqs, vec![vec![Piece::Gap(SLOT_GAP)]])?;
            }
            _ => extend(&mut seqs, vec![vec![Piece::Gap(SLOT_GAP)]])?,
        }
    }
    // Leading slots before the verb are dropped (`$ * ...`): render drops leading/trailing gaps.
    let patterns = seqs.iter().filter_map(|s| render(s)).collect();
    Ok(Translated { patterns, reciprocal, literal })
}

/// The CAMEO code an entry gets, or why it gets none.
fn entry_code(spec: Option<&CodeSpec>) -> Result<(String, Option<String>), &'static str> {
    match spec {
        None | Some(CodeSpec::Null) => Err("null code `[---]` (PETRARCH uses it to block a match; Dyad has no blocking entries)"),
        Some(CodeSpec::ReverseOnly(_)) => Err("reverse-only code `[:CODE]` (the event goes from target to source)"),
        Some(CodeSpec::Code { code, reverse }) => Ok((code.clone(), reverse.clone())),
    }
}

fn convert_verbs(dicts: &Dictionaries, file: &str, options: &Options, report: &mut Report) -> String {
    let mut sets = Sets::default();
    let mut body = String::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut last_header = String::new();
    let block_ids: Vec<usize> = {
        let mut v: Vec<usize> = dicts.verbs.iter().filter(|v| v.id.rsplit_once(':').map(|x| x.0) == Some(file)).map(|v| v.block).collect();
        v.dedup();
        v
    };
    let dropped_code = |code: &str| options.drop_codes.iter().any(|d| code.starts_with(d.as_str()));
    let mut emit = |code: &str, title: &str, line: String, body: &mut String, seen: &mut HashSet<(String, String)>| -> bool {
        let pattern = line.split(" @").next().unwrap_or("").to_string();
        if !seen.insert((code.to_string(), pattern)) {
            return false;
        }
        let header = format!("[{code}] {title}");
        if header != last_header {
            let _ = writeln!(body, "\n{header}");
            last_header = header;
        }
        let _ = writeln!(body, "{line}");
        true
    };
    for b in block_ids {
        let block = &dicts.blocks[b];
        let verbs: Vec<_> = dicts.verbs.iter().filter(|v| v.block == b).collect();
        let mut singles: Vec<String> = Vec::new();
        let mut multis: Vec<(Vec<String>, String)> = Vec::new();
        for v in &verbs {
            for f in &v.forms {
                if f.iter().any(|t| token(&Word::Exact(t.clone())).is_none()) {
                    report.skip("verb forms", "a form Dyad's pattern syntax cannot hold", &v.id, &format!(": `{}`", f.join(" ")));
                    continue;
                }
                if f.len() == 1 {
                    singles.push(f[0].clone());
                } else {
                    multis.push((f.clone(), v.id.clone()));
                }
            }
        }
        singles.sort();
        singles.dedup();
        let block_origin = verbs.first().map(|v| origin(&v.id)).unwrap_or_default();
        let verb_slots: Vec<String> = {
            let mut v = Vec::new();
            if singles.len() == 1 {
                v.push(singles[0].clone());
            } else if !singles.is_empty() {
                v.push(format!("&{}", sets.name_for("PV_", &block.name, &singles, &block_origin)));
            }
            v.extend(multis.iter().map(|(f, _)| f.join(" ")));
            v
        };
        let known_to_dyad = |forms: &[Vec<String>]| forms.iter().any(|f| f.first().is_some_and(|w| options.dyad_verbs.contains(w)));
        let block_known = options.defer_to_dyad && verbs.iter().any(|v| known_to_dyad(&v.forms));
        // Bare verbs: a verb whose own (or its block's) code is not null.
        for v in &verbs {
            let what = "bare verbs";
            let Ok((code, reverse)) = entry_code(Some(&v.code)) else {
                if let CodeSpec::ReverseOnly(_) = v.code {
                    report.skip(what, "reverse-only code `[:CODE]` (the event goes from target to source)", &v.id, "");
                }
                continue; // a null-coded verb codes nothing by itself, in PETRARCH too
            };
            if options.literal_only {
                report.skip(what, "--literal-only (a verb alone codes too much)", &v.id, "");
                continue;
            }
            if let Some(reason) = code_problem(&code, options, dropped_code(&code)) {
                report.skip(what, reason, &v.id, &format!(": `{code}`"));
                continue;
            }
            if options.defer_to_dyad && known_to_dyad(&v.forms) {
                report.skip(what, "--defer-to-dyad (Dyad's own entries handle this verb)", &v.id, "");
                continue;
            }
            if reverse.is_some() {
                report.change(what, "second (reverse) code of `[A:B]` dropped: one entry codes one event", &v.id, "");
            }
            let from = origin(&v.id);
            let single: Vec<String> =
                v.forms.iter().filter(|f| f.len() == 1 && token(&Word::Exact(f[0].clone())).is_some()).map(|f| f[0].clone()).collect();
            let mut lines = Vec::new();
            match single.len() {
                0 => {}
                1 => lines.push(single[0].clone()),
                _ => lines.push(format!("{{{}}}", single.join("|"))),
            }
            lines.extend(
                v.forms.iter().filter(|f| f.len() > 1 && f.iter().all(|t| token(&Word::Exact(t.clone())).is_some())).map(|f| f.join(" ")),
            );
            let mut any = false;
            for l in lines {
                any |= emit(&code, &block.name, format!("{l} @from={from}"), &mut body, &mut seen);
            }
            if any {
                report.import(what, 1);
            }
        }
        // Patterns: around every verb of the block.
        for p in &block.patterns {
            let what = "verb patterns";
            let code = p.code.as_ref().or(block.code.as_ref());
            let (code, reverse) = match entry_code(code) {
                Ok(c) => c,
                Err(reason) => {
                    report.skip(what, reason, &p.id, "");
                    continue;
                }
            };
            if let Some(reason) = code_problem(&code, options, dropped_code(&code)) {
                report.skip(what, reason, &p.id, &format!(": `{code}`"));
                continue;
            }
            if verb_slots.is_empty() {
                report.skip(what, "its block has no verb Dyad can write", &p.id, "");
                continue;
            }
            let t = match translate(p, &mut sets) {
                Ok(t) => t,
                Err(reason) => {
                    report.skip(what, &reason, &p.id, "");
                    continue;
                }
            };
            if !t.literal && options.literal_only {
                report.skip(what, "--literal-only (no literal word: a bare verb)", &p.id, "");
                continue;
            }
            if block_known {
                report.skip(what, "--defer-to-dyad (Dyad's own entries handle this verb)", &p.id, "");
                continue;
            }
            if reverse.is_some() {
                report.change(what, "second (reverse) code of `[A:B]` dropped: one entry codes one event", &p.id, "");
            }
            let from = origin(&p.id);
            let attrs = if t.reciprocal { " @reciprocal" } else { "" };
            let mut any = false;
            for pat in &t.patterns {
                for slot in &verb_slots {
                    let line = format!("{}{attrs} @from={from}", pat.replace('\u{1}', slot));
                    any |= emit(&code, &block.name, line, &mut body, &mut seen);
                }
            }
            if any {
                report.import(what, 1);
            } else {
                report.skip(what, "duplicate of an entry already written", &p.id, "");
            }
        }
    }
    if sets.definitions.is_empty() {
        body
    } else {
        format!("# Sets: verb forms of each block (&PV_), synsets (&P_)\n{}{body}", sets.definitions)
    }
}

fn code_problem(code: &str, options: &Options, dropped: bool) -> Option<&'static str> {
    if !options.event_codes.is_empty() && !options.event_codes.contains(code) {
        Some("code not in Dyad's CAMEO ontology")
    } else if dropped {
        Some("--drop-codes")
    } else {
        None
    }
}

fn is_null(code: &str) -> bool {
    code.chars().all(|c| c == '-' || c == '+' || c == '#')
}

fn is_actor_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 15
        && code.len().is_multiple_of(3)
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The text of an actor file's three outputs.
#[derive(Default)]
struct ActorText {
    people: String,
    igos: String,
    countries: String,
}

fn display_name(phrase: &Phrase) -> String {
    phrase
        .iter()
        .map(|w| {
            let mut c = w.text().chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// The kind of Dyad entry an actor becomes, or why none.
enum ActorOut {
    Person(String),
    Organisation(String),
    Country(String),
}

fn actor_out(def: &ActorDef, report: &mut Report) -> Result<ActorOut, &'static str> {
    let codes: Vec<_> = def.codes.iter().filter(|c| c.codes.iter().any(|k| !is_null(k))).collect();
    if codes.is_empty() {
        return Err("null code `[---]`: names no actor");
    }
    if let Some(multi) = codes.iter().find(|c| c.codes.len() > 1) {
        report.change(
            "actors",
            "several codes `[A/B]` for one name: the first is used",
            &def.id,
            &format!(": `{}`", multi.codes.join("/")),
        );
    }
    let first = |c: &crate::dict::DatedCode| c.codes.iter().find(|k| !is_null(k)).cloned().unwrap_or_default();
    if codes.iter().any(|c| !is_actor_code(&first(c))) {
        return Err("a code that is not an actor code (upper-case letters in groups of three)");
    }
    if codes.iter().any(|c| c.dated()) {
        // Dated roles first; an undated code is the role PETRARCH falls back on.
        let mut roles: Vec<String> = Vec::new();
        for c in codes.iter().filter(|c| c.dated()) {
            if let (Some(f), Some(t)) = (c.from, c.to) {
                if f > t {
                    return Err("a role that ends before it starts");
                }
            }
            roles.push(format!("{} {}..{}", first(c), date(c.from), date(c.to)));
        }
        roles.extend(codes.iter().filter(|c| !c.dated()).map(|c| first(c)));
        return Ok(ActorOut::Person(roles.join("; ")));
    }
    let code = first(codes[0]);
    if codes.len() > 1 {
        report.change("actors", "several undated codes: the first is used", &def.id, "");
    }
    if dyad_lexicon::is_country_code(&code) {
        Ok(ActorOut::Country(code))
    } else {
        Ok(ActorOut::Organisation(code))
    }
}

fn convert_actors(dicts: &Dictionaries, file: &str, common: &HashSet<String>, options: &Options, report: &mut Report) -> ActorText {
    let mut out = ActorText::default();
    for def in dicts.actors.iter().filter(|d| d.id.rsplit_once(':').map(|x| x.0) == Some(file)) {
        let what = "actors";
        let kind = match actor_out(def, report) {
            Ok(k) => k,
            Err(reason) => {
                report.skip(what, reason, &def.id, "");
                continue;
            }
        };
        let from = origin(&def.id);
        let mut lines = Vec::new();
        for phrase in &def.phrases {
            let Some(toks) = phrase_tokens(phrase) else {
                report.skip("actor names", "a word Dyad's pattern syntax cannot hold", &def.id, "");
                continue;
            };
            // A leading article is left to Dyad's coder, which reads determiners before actors
            // itself (`by the United Nations` is a passive agent).
            let toks: Vec<String> = match toks.split_first() {
                Some((first, rest)) if first == "the" && !rest.is_empty() => rest.to_vec(),
                _ => toks,
            };
            // So is the article a catalogue puts last (`ORDER,_THE` is "The Order"): read as
            // written, "order, the" matches prose ("to restore order, the governor said"). One
            // word left is a common noun ("The Anarchists"), whatever the word lists say.
            let toks: Vec<String> = match toks.as_slice() {
                [word, comma, the] if comma == "," && the == "the" => {
                    report.skip("actor names", "a single word named with its article: a common noun", &def.id, &format!(": `{word}`"));
                    continue;
                }
                [name @ .., comma, the] if comma == "," && the == "the" && !name.is_empty() => name.to_vec(),
                _ => toks,
            };
            if toks.is_empty() {
                continue;
            }
            if toks.len() == 1 && common.contains(toks[0].trim_end_matches('*')) {
                report.skip(
                    "actor names",
                    "a single-token name that is a common English word (in Dyad's English lexicon, the dictionaries' words or the name-word list)",
                    &def.id,
                    &format!(": `{}`", toks[0].trim_end_matches('*')),
                );
                continue;
            }
            let line = toks.join(" ");
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        if lines.is_empty() {
            report.skip(what, "no name left", &def.id, "");
            continue;
        }
        // Countries keep their extra names: the code is the same ISO code either way.
        let country = matches!(kind, ActorOut::Country(_));
        if let Some(known) = lines.iter().find(|l| !country && options.dyad_actor_names.contains(l.trim_end_matches('*'))) {
            report.skip(what, "Dyad's own lexicon has this actor (its entry wins)", &def.id, &format!(": `{known}`"));
            continue;
        }
        let name = def.phrases.first().map(display_name).unwrap_or_default().replace(['[', ']', '#'], "");
        let name = name.strip_suffix(" , The").map_or(name.clone(), |n| format!("The {n}"));
        let (target, header, counted) = match kind {
            ActorOut::Person(roles) => (&mut out.people, format!("[{roles}] {name}"), "people"),
            ActorOut::Organisation(code) => (&mut out.igos, format!("[{code}] {name}"), "organisations"),
            ActorOut::Country(code) => (&mut out.countries, format!("[{code}] {name}"), "countries (names)"),
        };
        let _ = writeln!(target, "{header}");
        for l in lines {
            let _ = writeln!(target, "{l} @from={from}");
        }
        target.push('\n');
        report.import(counted, 1);
    }
    out
}

fn convert_agents(dicts: &Dictionaries, file: &str, report: &mut Report) -> String {
    let mut body = String::new();
    let mut last_code = String::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut reported: HashSet<String> = HashSet::new();
    let mut counted: HashSet<String> = HashSet::new();
    for agent in dicts.agents.iter().filter(|a| a.id.rsplit_once(':').map(|x| x.0) == Some(file)) {
        let what = "agents";
        if agent.prefix {
            if reported.insert(agent.id.clone()) {
                report.skip(
                    what,
                    "prefix agent `[CODE~]` (Dyad composes agents after the country)",
                    &agent.id,
                    &format!(": `[{}~]`", agent.code),
                );
            }
            continue;
        }
        if !is_actor_code(&agent.code) || agent.code.len() > 9 {
            if reported.insert(agent.id.clone()) {
                report.skip(what, "not an agent code (three to nine upper-case letters)", &agent.id, &format!(": `{}`", agent.code));
            }
            continue;
        }
        let Some(toks) = phrase_tokens(&agent.phrase) else {
            report.skip("agent names", "a word Dyad's pattern syntax cannot hold", &agent.id, "");
            continue;
        };
        if toks.is_empty() || !seen.insert((agent.code.clone(), toks.join(" "))) {
            continue;
        }
        if agent.code != last_code {
            let _ = writeln!(body, "\n[{}]", agent.code);
            last_code = agent.code.clone();
        }
        let _ = writeln!(body, "{} @from={}", toks.join(" "), origin(&agent.id));
        if counted.insert(agent.id.clone()) {
            report.import(what, 1);
        }
    }
    body
}

/// Every word of Dyad's own English lexicon (event patterns, function words, dates, agents):
/// common words for the actor-name filter. Generated entries (those with an origin) are left
/// out, so that a conversion does not depend on an earlier one.
pub fn lexicon_words(lexicon: &dyad_lexicon::Lexicon, lang: &str) -> (HashSet<String>, HashSet<String>) {
    let (words, first_words, _) = lexicon_knowledge(lexicon, lang);
    (words, first_words)
}

/// [`lexicon_words`], and the names of Dyad's own actors (countries, organisations, people;
/// CLDR names included) for [`Options::dyad_actor_names`].
pub fn lexicon_knowledge(lexicon: &dyad_lexicon::Lexicon, lang: &str) -> (HashSet<String>, HashSet<String>, HashSet<String>) {
    use dyad_lexicon::{ActorKind, Matcher};
    let mut words = HashSet::new();
    let mut first_words = HashSet::new();
    let mut names = HashSet::new();
    let Some(l) = lexicon.language(lang) else { return (words, first_words, names) };
    fn add(m: &Matcher, out: &mut HashSet<String>) {
        match m {
            Matcher::Word(w) => {
                out.insert(w.clone());
            }
            Matcher::Any(a) => out.extend(a.words.iter().cloned()),
            Matcher::Optional(m) => add(m, out),
            _ => {}
        }
    }
    let generated = |id: &str| id.contains(" (");
    for (p, e) in l.events.iter() {
        if !generated(&e.id) {
            p.matchers.iter().for_each(|m| add(m, &mut words));
            if let Some(m) = p.matchers.first() {
                add(m, &mut first_words);
            }
        }
    }
    for (p, _) in l.words.iter() {
        p.matchers.iter().for_each(|m| add(m, &mut words));
    }
    for (p, _) in l.dates.iter() {
        p.matchers.iter().for_each(|m| add(m, &mut words));
    }
    for (p, e) in l.actors.iter() {
        if generated(&e.id) {
            continue;
        }
        match e.kind {
            ActorKind::Agent(_) => p.matchers.iter().for_each(|m| add(m, &mut words)),
            ActorKind::NotAnActor => {}
            _ => {
                let toks: Option<Vec<&str>> = p
                    .matchers
                    .iter()
                    .map(|m| match m {
                        Matcher::Word(w) | Matcher::Prefix(w) => Some(w.as_str()),
                        _ => None,
                    })
                    .collect();
                if let Some(t) = toks {
                    names.insert(t.join(" "));
                }
            }
        }
    }
    (words, first_words, names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dicts(files: &[(&str, &str)]) -> Dictionaries {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        for (name, text) in files {
            d.add_file(name, text, &mut problems);
        }
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    const VERBS: &str = "&ARMS\n+WEAPONS\n+ARMS\n+HEAVY_GUNS\n\n--- SHIP [---] ---\nSHIP\nFERRY {FERRIES FERRIED}\n- * &ARMS (TO +) [072]\n- * {AID SHIPMENT} [070]\n- $ * + [---]\n- + KNOWN_ * IN_ $ [076]\n- % * TOGETHER [042:043]\n\n--- SCOLD [111] ---\nSCOLD\n";

    fn text_of(files: &[GeneratedFile], path: &str) -> String {
        files.iter().find(|f| f.path == path).map(|f| f.text.clone()).unwrap_or_else(|| panic!("no {path}: {files:?}"))
    }

    #[test]
    fn patterns_become_dyad_patterns_around_the_verb_forms() {
        let d = dicts(&[("dir/VERBS.txt", VERBS)]);
        let (files, report) = convert(&d, &Options::default());
        let t = text_of(&files, "en/events_verbs.txt");
        assert!(t.contains("&PV_SHIP = ferried | ferries | ferry | ferrying | ship | shipped | shipping | ships"), "{t}");
        assert!(t.contains("&P_WEAPONS = arms | weapons"), "{t}");
        assert!(
            t.contains("[072] SHIP\n&PV_SHIP ~4 &P_WEAPONS ~4 to @from=VERBS.txt:9\n&PV_SHIP ~4 heavy guns ~4 to @from=VERBS.txt:9"),
            "{t}"
        );
        assert!(t.contains("&PV_SHIP ~3 aid shipment @from=VERBS.txt:10"), "{t}");
        assert!(t.contains("[042] SHIP\n&PV_SHIP ~4 together @reciprocal @from=VERBS.txt:13"), "{t}");
        assert!(t.contains("[111] SCOLD\n{scold|scolded|scolding|scolds} @from=VERBS.txt:16"), "{t}");
        let skipped: Vec<&str> = report.skipped.keys().map(|(_, r)| r.as_str()).collect();
        assert!(skipped.iter().any(|r| r.starts_with("null code")), "{skipped:?}");
        assert!(skipped.iter().any(|r| r.starts_with("roles reversed")), "{skipped:?}");
        assert_eq!(report.imported.get("verb patterns"), Some(&3));
        assert!(report.problems.iter().any(|p| p.file == "dir/VERBS.txt" && p.line == 12), "{:?}", report.problems);
        // the loader reads what the converter writes, and keeps the origin in the entry id
        let mut b = dyad_lexicon::LexiconBuilder::builtin();
        b.add_text("en/events_verbs.txt", &t);
        let (lex, errors) = b.build();
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<String> =
            lex.language("en").unwrap().events.iter().map(|(_, e)| e.id.clone()).filter(|i| i.contains("VERBS")).collect();
        assert!(ids.iter().any(|i| i.ends_with("(VERBS.txt:9)")), "{ids:?}");
    }

    #[test]
    fn options_leave_out_bare_verbs_and_codes() {
        let d = dicts(&[("VERBS.txt", VERBS)]);
        let options = Options { literal_only: true, drop_codes: vec!["07".into()], ..Default::default() };
        let (files, report) = convert(&d, &options);
        let t = text_of(&files, "en/events_verbs.txt");
        assert!(!t.contains("{scold|"), "{t}");
        assert!(!t.contains("[072]"), "{t}");
        assert!(t.contains("# Command: dyad import-petrarch --out DIR --literal-only --drop-codes 07 VERBS.txt"), "{t}");
        assert_eq!(report.skipped.get(&("verb patterns".to_string(), "--drop-codes".to_string())), Some(&3), "070, 072, 076");
    }

    #[test]
    fn actors_become_people_organisations_and_countries() {
        let actors = "NORLAND_ [NRL]\n+NORLANDIC\nOLD_KING\n+KING\n+THE_OLD_KING\n\t[NRLGOV 900101-991231]\n\t[NRLELI > 000101]\n\t[NRLOPP]\nARDA_COUNCIL [IGOARD]\nNOBODY [---]\nTWINS [AAA/BBB]\nSEED_FUND,_THE [NGOUSA]\nORDER,_THE [USAREB]\nANARCHISTS,_THE [ESPREB]\n";
        let agents = "MINISTER [~GOV]\nHEALTH_MINISTER [~GOVHLH]\nAID_GROUP {} [NGO~]\n";
        let d = dicts(&[("A.actors.txt", actors), ("G.agents.txt", agents)]);
        let (files, report) = convert(&d, &Options::default());
        let people = text_of(&files, "common/people_a_actors.txt");
        assert!(
            people.contains("[NRLGOV 1990-01-01..1999-12-31; NRLELI 2000-01-01..; NRLOPP] Old King\nold king* @from=A.actors.txt:3\n\n"),
            "{people}"
        );
        assert!(!people.contains("\nking "), "a single common word is no name: {people}");
        let igos = text_of(&files, "common/igos_a_actors.txt");
        assert!(igos.contains("[IGOARD] Arda Council\narda council* @from=A.actors.txt:9"), "{igos}");
        // the article a catalogue puts last is dropped; what is left may be a common word
        assert!(igos.contains("[NGOUSA] The Seed Fund\nseed fund @from=A.actors.txt:12\n"), "{igos}");
        assert!(!igos.contains(", the") && !igos.contains("\norder") && !igos.contains("\nanarchists"), "{igos}");
        let countries = text_of(&files, "en/countries_a_actors.txt");
        assert!(countries.contains("[NRL] Norland\nnorland @from=A.actors.txt:1\nnorlandic* @from=A.actors.txt:1\n"), "{countries}");
        assert!(countries.contains("[AAA] Twins"), "{countries}");
        let agents = text_of(&files, "en/agents_g_agents.txt");
        assert!(agents.contains("[GOV]\nminister @from=G.agents.txt:1\nministers @from=G.agents.txt:1\n\n[GOVHLH]"), "{agents}");
        let reasons: Vec<String> = report.problems.iter().map(|p| format!("{}:{} {}", p.file, p.line, p.message)).collect();
        assert!(reasons.iter().any(|r| r.starts_with("A.actors.txt:10 ") && r.contains("null code")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.starts_with("A.actors.txt:11 ") && r.contains("AAA/BBB")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.starts_with("G.agents.txt:3 ") && r.contains("prefix agent")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.starts_with("A.actors.txt:3 ") && r.contains("`king`")), "{reasons:?}");
        // all of it loads, people and organisations for Italian too
        let mut b = dyad_lexicon::LexiconBuilder::builtin();
        for f in &files {
            b.add_text(&f.path, &f.text);
        }
        let (lex, errors) = b.build();
        assert!(errors.is_empty(), "{errors:?}");
        let it = lex.language("it").unwrap();
        assert!(it.actors.iter().any(|(_, e)| e.id == "common/people_a_actors.txt:8 (A.actors.txt:3)"));
    }

    #[test]
    fn output_is_stable() {
        let d = dicts(&[("VERBS.txt", VERBS)]);
        assert_eq!(convert(&d, &Options::default()).0, convert(&d, &Options::default()).0);
        assert_eq!(slug("/x/Phoenix.Countries.actors.txt"), "phoenix_countries_actors");
        assert_eq!(slug("CAMEO.2.0.txt"), "cameo_2_0");
    }
}
