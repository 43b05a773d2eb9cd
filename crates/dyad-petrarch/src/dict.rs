//! PETRARCH2 / TABARI dictionary files, read in their own formats.
//!
//! - verbs: `&SYNSET` blocks of `+word` lines; `--- NAME [CODE] ---` verb blocks whose first lines
//!   are verbs (`BREAK {BROKE BROKEN}`, `+BREAK_DOWN {...}`, `WIRE_+TAP`, each with an optional own
//!   `[code]`), then `- pattern [code]` lines using `*` (the verb), `+` (target), `$` (source),
//!   `%` (compound actor), `^` (skip one noun phrase: an actor, or words up to a preposition or
//!   punctuation), `&SYNSET`, `{...}` (a noun phrase: its words consecutive, up to
//!   [`PHRASE_LEAD`] determiners or adjectives before them) and `(...)` (a prepositional phrase:
//!   its words in order in the clause, a `{...}` inside it read as above); words joined by `_` are
//!   consecutive, by spaces not necessarily. There being no parse tree, phrases are read from
//!   the words alone. Unbalanced `{`/`(` make the pattern unreadable (reported).
//! - actors: `NAME [CODE]`, or a `NAME` line followed by `+SYNONYM` lines and indented
//!   `[CODE dates]` lines (`[USAGOV 450703-470121]`, `[HOB < 950601]`, `[HOBREB > 990816]`);
//!   `[A/B]` codes name several actors at once.
//! - agents: `PHRASE {PLURALS} [~CODE]` (suffix agent) or `[CODE~]` (prefix agent), `{}` for
//!   "no plural", `!NAME! = A, B` substitution sets used as `CONGRESS!PERSON!`.
//! - discards: one phrase a line; `+phrase` discards the whole story, a bare phrase the sentence.
//!
//! Comments (`#` to the end of a line, `<!-- -->` blocks) are skipped. The kind of a file is
//! recognised from its content ([`detect_kind`]). Every line that cannot be read is reported as a
//! [`Problem`] with file:line; nothing is dropped silently.

use chrono::NaiveDate;
use std::collections::HashMap;

/// A problem in a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Verbs,
    Actors,
    Agents,
    Discards,
    /// A plain list of prepositions (`Phoenix.prepositions.txt`): PETRARCH consults it with its
    /// parse trees; Dyad's grammar lexicon has its own. Recognised so it is not read as discards.
    Prepositions,
    /// Issue coding (`<ISSUE CATEGORY=...>` blocks, `Phoenix.IssueCoding.txt`): topic tags, not
    /// events or actors.
    Issues,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Verbs => "verbs",
            Kind::Actors => "actors",
            Kind::Agents => "agents",
            Kind::Discards => "discards",
            Kind::Prepositions => "prepositions",
            Kind::Issues => "issue coding",
        }
    }
}

/// One dictionary word against one text token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Word {
    /// The token must be exactly this (a trailing `_` in the dictionary, or not the last word).
    Exact(String),
    /// The token must start with this (TABARI stems: a last word without `_`).
    Stem(String),
}

impl Word {
    pub fn accepts(&self, token: &str) -> bool {
        match self {
            Word::Exact(w) => w == token,
            Word::Stem(s) => token.starts_with(s.as_str()),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Word::Exact(w) | Word::Stem(w) => w,
        }
    }
}

/// Consecutive words.
pub type Phrase = Vec<Word>;

/// The normalised tokens of a dictionary phrase (`_` and spaces separate words, text rules apply).
pub fn phrase_tokens(raw: &str) -> Vec<String> {
    let spaced = raw.replace('_', " ");
    dyad_text::tokenize(&spaced, "en").into_iter().map(|t| t.norm).collect()
}

/// A phrase as written: a trailing `_` (or `stemmed == false`) makes the last word exact.
pub fn parse_phrase(raw: &str, stemmed: bool) -> Phrase {
    let raw = raw.trim();
    let exact_end = raw.ends_with('_') || !stemmed;
    let tokens = phrase_tokens(raw);
    let n = tokens.len();
    tokens
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            // Stems shorter than four letters would match too much ("ENT" -> "entire").
            if i + 1 == n && !exact_end && t.chars().count() >= 4 && t.chars().all(char::is_alphabetic) {
                Word::Stem(t)
            } else {
                Word::Exact(t)
            }
        })
        .collect()
}

/// An actor code valid between two dates (inclusive; open ends allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// One or more codes (`FRO/BIL/SAM` names three actors).
    pub codes: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    pub fn dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

#[derive(Debug, Clone)]
pub struct ActorDef {
    pub phrases: Vec<Phrase>,
    pub codes: Vec<DatedCode>,
    /// `file:line` of the entry.
    pub id: String,
}

impl ActorDef {
    /// The codes in force on `date`: the first dated code covering it, else the first undated one.
    pub fn codes_on(&self, date: Option<NaiveDate>) -> Option<&[String]> {
        if let Some(d) = date {
            if let Some(c) = self.codes.iter().find(|c| c.dated() && c.covers(d)) {
                return Some(&c.codes);
            }
        }
        self.codes
            .iter()
            .find(|c| !c.dated())
            .or_else(|| if date.is_none() { self.codes.first() } else { None })
            .map(|c| c.codes.as_slice())
    }
}

#[derive(Debug, Clone)]
pub struct AgentDef {
    pub phrase: Phrase,
    pub code: String,
    /// `[NGO~]`: the agent code goes before the country (`NGOARN`).
    pub prefix: bool,
    pub id: String,
}

#[derive(Debug, Clone)]
pub struct DiscardDef {
    pub phrase: Phrase,
    /// `+phrase`: the whole story is discarded.
    pub story: bool,
    pub id: String,
}

/// Words a noun phrase may have before the words a pattern names inside `{...}` (`rushed an arms
/// shipment`, `to the banned parties`).
pub const PHRASE_LEAD: usize = 3;

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternItem {
    /// Any of these phrases (a word, or a synset).
    Words {
        alternatives: Vec<Phrase>,
        /// How many tokens may stand between this item and its neighbour towards the verb (after
        /// the verb: the item on its left, or the verb; before it: the item on its right, or the
        /// verb): `Some(0)` for words joined by `_` or inside `{...}`,
        /// `Some(PHRASE_LEAD)` for the first word of a `{...}` noun phrase, `None` (anywhere in
        /// the clause) otherwise.
        max_gap: Option<usize>,
    },
    Source,
    Target,
    Compound,
    /// `^`: skip over one noun phrase (an actor, or a run of words up to a preposition or
    /// punctuation); at least one token.
    Skip,
}

/// An event code as a verb dictionary gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeSpec {
    /// `[---]`: the verb codes nothing unless a pattern says otherwise.
    Null,
    /// `[064]`, or `[032:033]`: the second code is the reverse event (target to source).
    Code { code: String, reverse: Option<String> },
    /// `[:173]`: only the reverse event (`X received prison sentences`: someone -> X 173).
    ReverseOnly(String),
}

#[derive(Debug, Clone)]
pub struct VerbPattern {
    pub before: Vec<PatternItem>,
    pub after: Vec<PatternItem>,
    pub code: Option<CodeSpec>,
    pub id: String,
}

/// A verb (one surface form list) with its block.
#[derive(Debug, Clone)]
pub struct VerbDef {
    /// Every surface form, each a consecutive token sequence (`broke`, `broke down`).
    pub forms: Vec<Vec<String>>,
    /// The verb's own code, else its block's.
    pub code: CodeSpec,
    pub block: usize,
    pub id: String,
}

#[derive(Debug, Clone, Default)]
pub struct VerbBlock {
    pub name: String,
    pub code: Option<CodeSpec>,
    pub patterns: Vec<VerbPattern>,
}

/// Everything read from PETRARCH dictionary files.
#[derive(Debug, Default)]
pub struct Dictionaries {
    pub verbs: Vec<VerbDef>,
    pub blocks: Vec<VerbBlock>,
    pub actors: Vec<ActorDef>,
    pub agents: Vec<AgentDef>,
    pub discards: Vec<DiscardDef>,
    /// Kinds for which at least one file was given.
    pub kinds: Vec<Kind>,
    pub files: Vec<String>,
    /// The kind of each of `files`.
    pub file_kinds: Vec<Kind>,
}

/// Strips `#` comments and `<!-- -->` blocks, keeping line numbers.
fn clean_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let mut line = String::new();
        let mut rest = raw;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(e) => {
                        rest = &rest[e + 3..];
                        in_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(s) => {
                        line.push_str(&rest[..s]);
                        rest = &rest[s + 4..];
                        in_comment = true;
                    }
                    None => {
                        line.push_str(rest);
                        break;
                    }
                }
            }
        }
        let line = match line.find('#') {
            Some(h) => line[..h].to_string(),
            None => line,
        };
        // A line that held only a comment is no line at all: it must not end a synset or an entry.
        if line.trim().is_empty() && !raw.trim().is_empty() {
            continue;
        }
        out.push((i + 1, line));
    }
    out
}

/// Words a prepositions list always has; a discard list has them as single-word lines rarely.
const CORE_PREPOSITIONS: &[&str] = &["of", "in", "to", "from", "with", "by", "against", "between", "into", "on"];

/// Recognises a dictionary's kind from its content: issue coding (`<ISSUE ...>` blocks), verbs
/// (`--- VERB [code] ---` blocks), agents (`[~CODE]` codes, `!SUBST! =` lines), actors (`[CODE]`
/// codes), a prepositions list (single words only, with at least five core prepositions among
/// them), else discards (phrases without codes).
pub fn detect_kind(text: &str) -> Kind {
    let lines = clean_lines(text);
    if lines.iter().any(|(_, l)| l.trim_start().starts_with("<ISSUE")) {
        return Kind::Issues;
    }
    let (mut verb_headers, mut agent_codes, mut actor_codes, mut substitutions) = (0, 0, 0, 0);
    for (_, l) in &lines {
        let t = l.trim();
        if t.starts_with("---") && t.ends_with("---") && t.contains('[') {
            verb_headers += 1;
        } else if t.starts_with('!') && t.contains("! =") {
            substitutions += 1;
        } else if let Some(code) = t.find('[').and_then(|s| t[s..].find(']').map(|e| &t[s + 1..s + e])) {
            if code.contains('~') {
                agent_codes += 1;
            } else {
                actor_codes += 1;
            }
        }
    }
    if verb_headers > 0 {
        Kind::Verbs
    } else if substitutions > 0 || agent_codes > actor_codes {
        Kind::Agents
    } else if actor_codes > 0 {
        Kind::Actors
    } else if is_preposition_list(&lines) {
        Kind::Prepositions
    } else {
        Kind::Discards
    }
}

fn is_preposition_list(lines: &[(usize, String)]) -> bool {
    let words: Vec<String> = lines.iter().map(|(_, l)| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect();
    let single = words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
    single && CORE_PREPOSITIONS.iter().filter(|p| words.iter().any(|w| w == *p)).count() >= 5
}

/// `YYMMDD` (years before 30 are 20YY) or `YYYYMMDD`.
fn parse_dict_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            let year = if yy < 30 { 2000 + yy } else { 1900 + yy };
            NaiveDate::from_ymd_opt(year, s[2..4].parse().ok()?, s[4..6].parse().ok()?)
        }
        8 => NaiveDate::parse_from_str(s, "%Y%m%d").ok(),
        _ => None,
    }
}

/// `CODE`, `CODE < date`, `CODE > date`, `CODE date - date`, `CODE date-date`.
fn parse_dated_code(inner: &str) -> Result<DatedCode, String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err("empty code `[]`".into());
    }
    let codes: Vec<String> = code.split('/').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    let bad = |d: &str| format!("`{d}` is not a date (YYMMDD or YYYYMMDD)");
    let (from, to) = if rest.is_empty() {
        (None, None)
    } else if let Some(d) = rest.strip_prefix('<') {
        (None, Some(parse_dict_date(d).ok_or_else(|| bad(d))?))
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(parse_dict_date(d).ok_or_else(|| bad(d))?), None)
    } else if let Some((a, b)) = rest.split_once('-') {
        (Some(parse_dict_date(a).ok_or_else(|| bad(a))?), Some(parse_dict_date(b).ok_or_else(|| bad(b))?))
    } else {
        return Err(format!("unreadable date restriction `{rest}`"));
    };
    Ok(DatedCode { codes, from, to })
}

/// Splits `TEXT [CODE] rest` into (text, code inside brackets, what follows).
fn split_code(line: &str) -> (&str, Option<&str>, &str) {
    match line.find('[') {
        Some(s) => match line[s..].find(']') {
            Some(e) => (&line[..s], Some(&line[s + 1..s + e]), &line[s + e + 1..]),
            None => (&line[..s], Some(&line[s + 1..]), ""),
        },
        None => (line, None, ""),
    }
}

/// `{A B C}` after a word: the alternatives inside, and the text before.
fn split_braces(text: &str) -> (&str, Option<&str>) {
    match (text.find('{'), text.rfind('}')) {
        (Some(s), Some(e)) if e > s => (&text[..s], Some(&text[s + 1..e])),
        _ => (text, None),
    }
}

impl Dictionaries {
    /// Adds one file, whose kind is recognised from its content.
    pub fn add_file(&mut self, name: &str, text: &str, problems: &mut Vec<Problem>) -> Kind {
        let kind = detect_kind(text);
        if !self.kinds.contains(&kind) {
            self.kinds.push(kind);
        }
        self.files.push(name.to_string());
        self.file_kinds.push(kind);
        match kind {
            Kind::Verbs => self.read_verbs(name, text, problems),
            Kind::Actors => self.read_actors(name, text, problems),
            Kind::Agents => self.read_agents(name, text, problems),
            Kind::Discards => self.read_discards(name, text, problems),
            Kind::Prepositions | Kind::Issues => {
                let first = clean_lines(text).into_iter().find(|(_, l)| !l.trim().is_empty()).map_or(0, |(n, _)| n);
                let why = if kind == Kind::Prepositions {
                    "a prepositions list (PETRARCH reads it with its parse trees; Dyad's grammar lexicon has its own prepositions)"
                } else {
                    "issue coding (topic tags, neither events nor actors)"
                };
                problems.push(Problem { file: name.into(), line: first, message: format!("{why}: not used") });
            }
        }
        kind
    }

    fn read_actors(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        let mut current: Option<ActorDef> = None;
        let finish = |def: Option<ActorDef>, actors: &mut Vec<ActorDef>, agents: &mut Vec<AgentDef>, problems: &mut Vec<Problem>| {
            let Some(def) = def else { return };
            if def.codes.is_empty() {
                problems.push(Problem {
                    file: file.into(),
                    line: line_of(&def.id),
                    message: "actor entry without a `[CODE]`: ignored".into(),
                });
                return;
            }
            // An agent code in an actors file (`GOVERNMENT [~GOV]`) is an agent.
            if let Some(agent) = def.codes.first().and_then(|c| c.codes.first()).filter(|c| c.contains('~')) {
                let (code, prefix) = agent_code(agent);
                for phrase in &def.phrases {
                    agents.push(AgentDef { phrase: phrase.clone(), code: code.clone(), prefix, id: def.id.clone() });
                }
                return;
            }
            actors.push(def);
        };
        for (line_no, line) in clean_lines(text) {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let indented = line.starts_with(char::is_whitespace);
            let id = format!("{file}:{line_no}");
            let problem = |m: String| Problem { file: file.into(), line: line_no, message: m };
            if trimmed.starts_with('[') {
                // a code line for the entry above
                let (_, code, _) = split_code(trimmed);
                match (current.as_mut(), code.map(parse_dated_code)) {
                    (Some(def), Some(Ok(c))) => def.codes.push(c),
                    (None, _) => problems.push(problem("code line with no actor above it: ignored".into())),
                    (_, Some(Err(e))) => problems.push(problem(format!("{e}: code ignored"))),
                    (_, None) => problems.push(problem("unclosed `[`: ignored".into())),
                }
                continue;
            }
            if let Some(syn) = trimmed.strip_prefix('+') {
                let (phrase_text, code, _) = split_code(syn);
                match current.as_mut() {
                    Some(def) => {
                        let phrase = parse_phrase(phrase_text, true);
                        if phrase.is_empty() {
                            problems.push(problem("empty synonym: ignored".into()));
                        } else {
                            def.phrases.push(phrase);
                        }
                        if let Some(c) = code {
                            match parse_dated_code(c) {
                                Ok(c) => def.codes.push(c),
                                Err(e) => problems.push(problem(format!("{e}: code ignored"))),
                            }
                        }
                    }
                    None => problems.push(problem("synonym `+...` with no actor above it: ignored".into())),
                }
                continue;
            }
            if indented && current.is_some() && !trimmed.contains('[') {
                problems.push(problem(format!("indented line `{trimmed}` is neither `+synonym` nor `[CODE]`: ignored")));
                continue;
            }
            let (phrase_text, code, _) = split_code(trimmed);
            // Several names in a row, then their code lines: all the names share the codes.
            if let (Some(def), None) = (current.as_mut(), code) {
                if def.codes.is_empty() {
                    let phrase = parse_phrase(phrase_text, true);
                    if !phrase.is_empty() {
                        def.phrases.push(phrase);
                        continue;
                    }
                }
            }
            finish(current.take(), &mut self.actors, &mut self.agents, problems);
            let phrase = parse_phrase(phrase_text, true);
            if phrase.is_empty() {
                problems.push(problem(format!("no actor name in `{trimmed}`: ignored")));
                continue;
            }
            let mut def = ActorDef { phrases: vec![phrase], codes: Vec::new(), id };
            if let Some(c) = code {
                match parse_dated_code(c) {
                    Ok(c) => def.codes.push(c),
                    Err(e) => problems.push(problem(format!("{e}: code ignored"))),
                }
            }
            current = Some(def);
        }
        finish(current.take(), &mut self.actors, &mut self.agents, problems);
    }

    fn read_agents(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        let mut substitutions: HashMap<String, Vec<String>> = HashMap::new();
        for (line_no, line) in clean_lines(text) {
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            let problem = |m: String| Problem { file: file.into(), line: line_no, message: m };
            // UniversalPetrarch's translated dictionaries write `¡` for the opening `!` of a
            // substitution and put `_` around names and values (`!PERSONA!_=_HOMBRE,_MUJER_`).
            let t = &t.replace('¡', "!");
            let underscores = |v: &str| v.trim().trim_matches('_').trim().to_string();
            if t.starts_with('!') {
                if let Some((name, values)) = t.split_once('=') {
                    let name = underscores(name).trim_matches('!').to_string();
                    substitutions.insert(name, values.split(',').map(underscores).filter(|v| !v.is_empty()).collect());
                    continue;
                }
            }
            let (head, code, _) = split_code(t);
            let Some(code) = code.map(str::trim).filter(|c| !c.is_empty()) else {
                problems.push(problem(format!("agent `{t}` has no `[~CODE]`: ignored")));
                continue;
            };
            let (code, prefix) = agent_code(code);
            let (word, plurals) = split_braces(head);
            for expanded in expand_substitutions(word.trim(), &substitutions, &problem, problems) {
                let mut forms = vec![expanded.clone()];
                match plurals {
                    Some(p) if p.trim().is_empty() => {}
                    Some(p) => forms.extend(p.split_whitespace().map(str::to_string)),
                    None => forms.push(regular_plural(&expanded)),
                }
                for form in forms {
                    let phrase = parse_phrase(&form, false);
                    if !phrase.is_empty() {
                        self.agents.push(AgentDef { phrase, code: code.clone(), prefix, id: format!("{file}:{line_no}") });
                    }
                }
            }
        }
    }

    fn read_discards(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        for (line_no, line) in clean_lines(text) {
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            let (story, body) = match t.strip_prefix('+') {
                Some(b) => (true, b),
                None => (false, t),
            };
            let phrase = parse_phrase(body, false);
            if phrase.is_empty() {
                problems.push(Problem { file: file.into(), line: line_no, message: format!("no words in discard `{t}`: ignored") });
                continue;
            }
            self.discards.push(DiscardDef { phrase, story, id: format!("{file}:{line_no}") });
        }
    }

    fn read_verbs(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        let lines = clean_lines(text);
        // Synsets first: patterns may use a synset defined further down.
        let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
        let mut current_set: Option<String> = None;
        for (_, line) in &lines {
            let t = line.trim();
            if let Some(name) = t.strip_prefix('&') {
                let name = name.split_whitespace().next().unwrap_or("").trim_end_matches('_').to_string();
                synsets.entry(name.clone()).or_default();
                current_set = Some(name);
            } else if let (Some(set), Some(word)) = (&current_set, t.strip_prefix('+')) {
                synsets.entry(set.clone()).or_default().push(word.trim().to_string());
            } else if !t.is_empty() {
                current_set = None;
            }
        }
        let mut in_synset = false;
        let mut block: Option<usize> = None;
        let mut in_verbs = false;
        for (line_no, line) in &lines {
            let line_no = *line_no;
            let t = line.trim();
            let id = format!("{file}:{line_no}");
            let problem = |m: String| Problem { file: file.into(), line: line_no, message: m };
            if t.is_empty() {
                in_synset = false;
                continue;
            }
            if t.starts_with('&') {
                in_synset = true;
                continue;
            }
            if in_synset && t.starts_with('+') {
                continue;
            }
            in_synset = false;
            if t.starts_with("---") && t.ends_with("---") && t.len() > 6 {
                let inner = t.trim_matches('-').trim();
                let (name, code, _) = split_code(inner);
                let code = match code.map(parse_code_spec) {
                    Some(Ok(c)) => Some(c),
                    Some(Err(e)) => {
                        problems.push(problem(format!("{e}: the block has no default code")));
                        None
                    }
                    None => None,
                };
                self.blocks.push(VerbBlock { name: name.trim().trim_end_matches('_').to_string(), code, patterns: Vec::new() });
                block = Some(self.blocks.len() - 1);
                in_verbs = true;
                continue;
            }
            if t.starts_with('~') {
                problems.push(problem("PETRARCH transformation rules (`~ a (a b VERB) VERB = ...`) are not supported: ignored".into()));
                continue;
            }
            let Some(b) = block else {
                problems.push(problem(format!("`{t}` outside any `--- VERB [code] ---` block: ignored")));
                continue;
            };
            if let Some(pattern) = t.strip_prefix('-') {
                in_verbs = false;
                match parse_verb_pattern(pattern, &synsets, &id) {
                    Ok(p) => self.blocks[b].patterns.push(p),
                    Err(e) => problems.push(problem(format!("{e}: pattern ignored"))),
                }
                continue;
            }
            if !in_verbs {
                problems.push(problem(format!("verb line `{t}` after the block's patterns: read as a verb")));
            }
            // A verb line: `VERB {FORMS} [code]`, `+VERB_PHRASE {...}`, `WIRE_+TAP {...}`.
            let (head, code, _) = split_code(t);
            let own_code = match code.map(parse_code_spec) {
                Some(Ok(c)) => Some(c),
                Some(Err(e)) => {
                    problems.push(problem(format!("{e}: the verb takes its block's code")));
                    None
                }
                None => None,
            };
            let (word, irregular) = split_braces(head);
            let word = word.trim();
            if word.is_empty() {
                problems.push(problem(format!("no verb in `{t}`: ignored")));
                continue;
            }
            let forms = verb_forms(word, irregular);
            let code = own_code.or_else(|| self.blocks[b].code.clone()).unwrap_or(CodeSpec::Null);
            self.verbs.push(VerbDef { forms, code, block: b, id });
        }
    }
}

fn line_of(id: &str) -> usize {
    id.rsplit(':').next().and_then(|l| l.parse().ok()).unwrap_or(0)
}

/// `~GOV` -> (`GOV`, suffix); `NGO~` -> (`NGO`, prefix).
fn agent_code(raw: &str) -> (String, bool) {
    let raw = raw.trim();
    if let Some(c) = raw.strip_prefix('~') {
        (c.trim().to_string(), false)
    } else if let Some(c) = raw.strip_suffix('~') {
        (c.trim().to_string(), true)
    } else {
        (raw.to_string(), false)
    }
}

fn expand_substitutions(
    word: &str,
    subs: &HashMap<String, Vec<String>>,
    problem: &dyn Fn(String) -> Problem,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let Some(start) = word.find('!') else { return vec![word.to_string()] };
    let Some(len) = word[start + 1..].find('!') else {
        problems.push(problem(format!("unclosed `!` in `{word}`: used as written")));
        return vec![word.to_string()];
    };
    let name = &word[start + 1..start + 1 + len];
    let Some(values) = subs.get(name.trim_matches('_')) else {
        problems.push(problem(format!("unknown substitution `!{name}!`: entry ignored")));
        return Vec::new();
    };
    let rest = &word[start + len + 2..];
    // `_` inside the marks (`TRABAJO!_MINISTA!`) separates words: it stays around the value.
    let (lead, trail) = (&name[..name.len() - name.trim_start_matches('_').len()], &name[name.trim_end_matches('_').len()..]);
    values
        .iter()
        .flat_map(|v| expand_substitutions(&format!("{}{lead}{v}{trail}{rest}", &word[..start]), subs, problem, problems))
        .collect::<Vec<_>>()
}

/// English regular plural of a phrase's last word (`PARTY` -> `PARTIES`, `BOX` -> `BOXES`).
fn regular_plural(phrase: &str) -> String {
    let p = phrase.trim_end_matches('_');
    let upper = p.to_ascii_uppercase();
    if upper.ends_with('Y') && !upper.ends_with("AY") && !upper.ends_with("EY") && !upper.ends_with("OY") {
        format!("{}IES_", &p[..p.len() - 1])
    } else if ["S", "X", "Z", "CH", "SH"].iter().any(|e| upper.ends_with(e)) {
        format!("{p}ES_")
    } else {
        format!("{p}S_")
    }
}

/// `[064]`, `[032:033]`, `[---]`.
fn parse_code_spec(raw: &str) -> Result<CodeSpec, String> {
    let raw = raw.trim();
    if raw == "---" || raw.is_empty() {
        return Ok(CodeSpec::Null);
    }
    let (main, reverse) = match raw.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (raw, None),
    };
    // CAMEO codes are digits; TABARI-era dictionaries also carry letter-suffixed codes (`174K`).
    if let Some(r) = raw.strip_prefix(':') {
        let r = r.trim();
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        if digits >= 2 && r.chars().skip(digits).all(|ch| ch.is_ascii_alphabetic()) {
            return Ok(CodeSpec::ReverseOnly(r.to_string()));
        }
    }
    let valid = |c: &str| {
        let digits = c.chars().take_while(char::is_ascii_digit).count();
        digits >= 2 && c.chars().skip(digits).all(|ch| ch.is_ascii_alphabetic())
    };
    if !valid(main) {
        return Err(format!("event code `[{raw}]` is not a CAMEO code (digits, `---`, or `code:code`)"));
    }
    let reverse = match reverse {
        Some(r) if valid(r) => Some(r.to_string()),
        Some("---") | None => None,
        Some(r) => return Err(format!("reverse code `{r}` in `[{raw}]` is not a CAMEO code")),
    };
    Ok(CodeSpec::Code { code: main.to_string(), reverse })
}

/// Surface forms of a verb: as written, the irregular forms given, and regular -s/-ed/-ing forms
/// of the word marked `+` (or the first word).
fn verb_forms(word: &str, irregular: Option<&str>) -> Vec<Vec<String>> {
    let word = word.trim_start_matches('+');
    let parts: Vec<&str> = word.split('_').filter(|p| !p.is_empty()).collect();
    let head = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
    let clean: Vec<String> = parts.iter().map(|p| p.trim_start_matches('+').to_string()).collect();
    let mut forms: Vec<String> = vec![clean.join(" ")];
    if let Some(base) = clean.get(head) {
        for f in inflect(base) {
            let mut v = clean.clone();
            v[head] = f;
            forms.push(v.join(" "));
        }
    }
    if let Some(irr) = irregular {
        // Forms are separated by spaces; some files also put commas between them.
        for f in irr.split(|c: char| c.is_whitespace() || c == ',').filter(|f| !f.is_empty()) {
            forms.push(f.trim_start_matches('+').split('_').map(|p| p.trim_start_matches('+')).collect::<Vec<_>>().join(" "));
        }
    }
    let starts_with_word = |f: &Vec<String>| f.first().is_some_and(|w| w.chars().next().is_some_and(char::is_alphanumeric));
    let mut out: Vec<Vec<String>> = forms.iter().map(|f| phrase_tokens(f)).filter(starts_with_word).collect();
    out.sort();
    out.dedup();
    out
}

/// Regular English forms of a verb (`-s`, `-ed`, `-ing`), upper case as dictionaries write them:
/// `-es` after a sibilant (`PUSHES`), `-ies`/`-ied` after consonant + `y` (`CARRIES`, `CARRIED`),
/// `e` dropped before `-ing` and `-ed` (`CLOSING`, `CLOSED`; not after `ee`: `AGREEING`), `ie` ->
/// `ying` (`DYING`). A consonant-vowel-consonant ending doubles its consonant (`STOPPED`): a
/// one-syllable verb gets only the doubled forms; a longer one gets both (`VISITED`, and
/// `ADMITTED` where the stress is final; spelling cannot tell which).
pub fn inflect(base: &str) -> Vec<String> {
    let b = base.to_ascii_uppercase();
    let vowel = |x: char| "AEIOU".contains(x);
    let chars: Vec<char> = b.chars().collect();
    let n = chars.len();
    if n == 0 {
        return Vec::new();
    }
    let consonant_y = n >= 2 && chars[n - 1] == 'Y' && !vowel(chars[n - 2]);
    let third = if ["S", "SH", "CH", "X", "Z", "O"].iter().any(|e| b.ends_with(e)) && n > 2 {
        format!("{b}ES")
    } else if consonant_y {
        format!("{}IES", &b[..n - 1])
    } else {
        format!("{b}S")
    };
    let mut out = vec![third];
    if consonant_y {
        out.push(format!("{}IED", &b[..n - 1]));
        out.push(format!("{b}ING"));
        return out;
    }
    if b.ends_with('E') {
        out.push(format!("{b}D"));
        if b.ends_with("IE") {
            out.push(format!("{}YING", &b[..n - 2]));
        } else if b.ends_with("EE") || b.ends_with("YE") || b.ends_with("OE") {
            out.push(format!("{b}ING"));
        } else {
            out.push(format!("{}ING", &b[..n - 1]));
        }
        return out;
    }
    let cvc = n >= 3 && !vowel(chars[n - 3]) && vowel(chars[n - 2]) && !vowel(chars[n - 1]) && !"WXY".contains(chars[n - 1]);
    let syllables = chars.iter().enumerate().filter(|(i, c)| vowel(**c) && (*i == 0 || !vowel(chars[i - 1]))).count();
    if cvc {
        let c = chars[n - 1];
        out.push(format!("{b}{c}ED"));
        out.push(format!("{b}{c}ING"));
        if syllables == 1 {
            return out;
        }
    }
    out.push(format!("{b}ED"));
    out.push(format!("{b}ING"));
    out
}

/// A verb pattern line (after the leading `-`).
fn parse_verb_pattern(raw: &str, synsets: &HashMap<String, Vec<String>>, id: &str) -> Result<VerbPattern, String> {
    let (body, code, _) = split_code(raw);
    let code = match code {
        Some(c) => Some(parse_code_spec(c)?),
        None => None,
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_verb = false;
    // The gap written before each item before the verb, and before the verb.
    let mut before_gaps: Vec<Option<usize>> = Vec::new();
    let mut verb_gap = None;
    // `{...}` is a noun phrase: its words consecutive, up to PHRASE_LEAD words (determiners,
    // adjectives) before them. `(...)` is a prepositional phrase: its words in order in the
    // clause, and it must be closed.
    let mut brace_depth = 0usize;
    let mut paren_depth = 0usize;
    let mut phrase_start = false;
    let spaced = body.replace('{', " { ").replace('}', " } ").replace('(', " ( ").replace(')', " ) ");
    for chunk in spaced.split_whitespace() {
        match chunk {
            "{" => {
                brace_depth += 1;
                phrase_start = true;
                continue;
            }
            "}" => {
                brace_depth = brace_depth.checked_sub(1).ok_or("`}` without `{`")?;
                continue;
            }
            "(" => {
                paren_depth += 1;
                continue;
            }
            ")" => {
                paren_depth = paren_depth.checked_sub(1).ok_or("`)` without `(`")?;
                continue;
            }
            _ => {}
        }
        let pieces: Vec<&str> = chunk.split('_').collect();
        for (k, piece) in pieces.iter().enumerate() {
            let max_gap = if k > 0 {
                Some(0)
            } else if phrase_start {
                Some(PHRASE_LEAD)
            } else if brace_depth > 0 {
                Some(0)
            } else {
                // Words after a `(...)` preposition stay free: a bound (3, 5, 8 words) lost
                // matches on news with the Phoenix dictionaries and gained none on the unit tests.
                None
            };
            if !piece.is_empty() {
                phrase_start = false;
            }
            if !seen_verb && !piece.is_empty() && *piece != "*" {
                before_gaps.push(max_gap);
            }
            let target = if seen_verb { &mut after } else { &mut before };
            match *piece {
                "" => continue,
                "*" => {
                    if seen_verb {
                        return Err("two `*` in one pattern".into());
                    }
                    seen_verb = true;
                    verb_gap = max_gap;
                }
                "+" => target.push(PatternItem::Target),
                "$" => target.push(PatternItem::Source),
                "%" => target.push(PatternItem::Compound),
                "^" => target.push(PatternItem::Skip),
                p if p.starts_with('&') => {
                    let name = p[1..].trim_end_matches('_');
                    let words = synsets.get(name).ok_or_else(|| format!("unknown synset `&{name}`"))?;
                    let mut alternatives = Vec::new();
                    expand_synset(words, synsets, &mut alternatives, 0)?;
                    target.push(PatternItem::Words { alternatives, max_gap });
                }
                p if p.contains(['*', '+', '$', '%', '^']) => {
                    return Err(format!("`{p}`: pattern marks must stand alone or be joined with `_`"));
                }
                p => target.push(PatternItem::Words { alternatives: vec![parse_phrase(p, false)], max_gap }),
            }
        }
    }
    if brace_depth > 0 || paren_depth > 0 {
        return Err(format!("unclosed `{}`", if brace_depth > 0 { '{' } else { '(' }));
    }
    // Before the verb, items are matched right to left: a word's gap is the one written between
    // it and the item on its right (`IN_*`: `in` right before the verb).
    before_gaps.push(verb_gap);
    for (i, item) in before.iter_mut().enumerate() {
        if let PatternItem::Words { max_gap, .. } = item {
            *max_gap = before_gaps.get(i + 1).copied().flatten();
        }
    }
    if !seen_verb {
        return Err("pattern without `*` (the verb's place)".into());
    }
    Ok(VerbPattern { before, after, code, id: id.to_string() })
}

fn expand_synset(words: &[String], synsets: &HashMap<String, Vec<String>>, out: &mut Vec<Phrase>, depth: usize) -> Result<(), String> {
    if depth > 8 {
        return Err("synsets nested too deeply (a cycle?)".into());
    }
    for w in words {
        if let Some(inner) = w.strip_prefix('&') {
            let name = inner.split_whitespace().next().unwrap_or("").trim_end_matches('_');
            let nested = synsets.get(name).ok_or_else(|| format!("unknown synset `&{name}`"))?;
            expand_synset(nested, synsets, out, depth + 1)?;
        } else {
            let phrase = parse_phrase(w, false);
            if !phrase.is_empty() {
                out.push(phrase);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_recognised_from_content() {
        assert_eq!(detect_kind("--- ABANDON [345] ---\nABANDON\n- * EFFORT [987]\n"), Kind::Verbs);
        assert_eq!(detect_kind("ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n"), Kind::Actors);
        assert_eq!(detect_kind("!P! = MAN, MEN\nPRESIDENT [~GOV]\n"), Kind::Agents);
        assert_eq!(detect_kind("MONTHS LATER\n+TYPHOON # x\n"), Kind::Discards);
        assert_eq!(detect_kind("FOOTBALL\nIN THE END\nOF COURSE\n"), Kind::Discards);
        assert_eq!(detect_kind("# preps\nabout\nagainst\nby\nfrom\nin\ninto \nof\nto\n"), Kind::Prepositions);
        assert_eq!(detect_kind("# issues\n<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\nn:school [SCHOOLS]\n</ISSUE>\n"), Kind::Issues);
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        assert_eq!(d.add_file("p.txt", "# c\n\nabout\nagainst\nby\nfrom\nin\nof\n", &mut problems), Kind::Prepositions);
        assert!(d.discards.is_empty());
        assert_eq!(problems.len(), 1, "said once: {problems:?}");
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("p.txt", 3));
        assert!(problems[0].message.contains("not used"));
    }

    #[test]
    fn regular_verb_forms() {
        let forms = |w: &str| inflect(w).join(" ");
        assert_eq!(forms("WALK"), "WALKS WALKED WALKING");
        assert_eq!(forms("PUSH"), "PUSHES PUSHED PUSHING");
        assert_eq!(forms("CARRY"), "CARRIES CARRIED CARRYING");
        assert_eq!(forms("DESTROY"), "DESTROYS DESTROYED DESTROYING");
        assert_eq!(forms("CLOSE"), "CLOSES CLOSED CLOSING");
        assert_eq!(forms("AGREE"), "AGREES AGREED AGREEING");
        assert_eq!(forms("DIE"), "DIES DIED DYING");
        assert_eq!(forms("STOP"), "STOPS STOPPED STOPPING");
        assert_eq!(forms("ADMIT"), "ADMITS ADMITTED ADMITTING ADMITED ADMITING");
        assert_eq!(forms("VETO"), "VETOES VETOED VETOING");
        assert_eq!(forms("FIX"), "FIXES FIXED FIXING");
        // irregular forms in braces come on top
        let v = verb_forms("+BREAK_DOWN", Some("+BROKE_DOWN BROKEN_DOWN"));
        let joined: Vec<String> = v.iter().map(|f| f.join(" ")).collect();
        for f in ["break down", "breaks down", "broke down", "broken down", "breaking down"] {
            assert!(joined.contains(&f.to_string()), "{f}: {joined:?}");
        }
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(parse_dict_date("450703"), NaiveDate::from_ymd_opt(1945, 7, 3));
        assert_eq!(parse_dict_date("090120"), NaiveDate::from_ymd_opt(2009, 1, 20));
        assert_eq!(parse_dict_date("291231"), NaiveDate::from_ymd_opt(2029, 12, 31));
        assert_eq!(parse_dict_date("300101"), NaiveDate::from_ymd_opt(1930, 1, 1));
        assert_eq!(parse_dict_date("19900115"), NaiveDate::from_ymd_opt(1990, 1, 15));
        assert_eq!(parse_dict_date("991301"), None);
    }

    #[test]
    fn actor_entries_with_dates_synonyms_and_multiple_codes() {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        let text = "GOLLUM # c\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nTHE_SHIRE  [FRO/BIL/SAM]\nUSA [USAGOV 450703-470121]\nBAD [XX 12]\n";
        d.read_actors("a.txt", text, &mut problems);
        assert_eq!(d.actors.len(), 3, "BAD has no usable code");
        let gollum = &d.actors[0];
        assert_eq!(gollum.phrases.len(), 2);
        let on = |y, m, day| gollum.codes_on(NaiveDate::from_ymd_opt(y, m, day)).map(|c| c.join(","));
        assert_eq!(on(1990, 1, 1).as_deref(), Some("HOB"));
        assert_eq!(on(1997, 1, 1).as_deref(), Some("HOBGOV"));
        assert_eq!(on(2001, 1, 1).as_deref(), Some("HOBREB"));
        assert_eq!(d.actors[1].codes[0].codes, ["FRO", "BIL", "SAM"]);
        assert_eq!(d.actors[2].codes[0].from, NaiveDate::from_ymd_opt(1945, 7, 3));
        assert_eq!(problems.len(), 2, "{problems:?}"); // the bad date, then the entry left without a code
        assert_eq!(problems[0].line, 8);
    }

    #[test]
    fn agents_expand_substitutions_and_plurals() {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        d.read_agents(
            "g.txt",
            "!P! = MAN, MEN\nCONGRESS!P! [~LEG]\nPOLICE {} [~COP]\nGOOSE {GEESE} [~GGS]\nMSF {} [NGO~]\nPARTY [~PTY]\n",
            &mut problems,
        );
        let texts: Vec<String> = d.agents.iter().map(|a| a.phrase.iter().map(Word::text).collect::<Vec<_>>().join(" ")).collect();
        assert!(texts.contains(&"congressman".to_string()) && texts.contains(&"congressmen".to_string()), "{texts:?}");
        assert!(!texts.contains(&"polices".to_string()));
        assert!(texts.contains(&"geese".to_string()));
        assert!(texts.contains(&"parties".to_string()));
        assert!(d.agents.iter().any(|a| a.code == "NGO" && a.prefix));
        assert!(problems.is_empty());
    }

    #[test]
    fn agents_read_universalpetrarch_substitutions() {
        // UniversalPetrarch's Spanish dialect: `_` around the name and values, `¡` for `!`.
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        d.read_agents(
            "g.txt",
            "!MINISTA!_=_MINISTRO,_MINISTERIO_\n¡MINISTA!_ [~GOV]\nTRABAJO!_MINISTA!_ [~GOVLAB]\n¡OTRO!_ [~GOV]\n",
            &mut problems,
        );
        let texts: Vec<String> = d.agents.iter().map(|a| a.phrase.iter().map(Word::text).collect::<Vec<_>>().join(" ")).collect();
        assert!(texts.contains(&"ministro".to_string()) && texts.contains(&"ministerio".to_string()), "{texts:?}");
        assert!(texts.contains(&"trabajo ministro".to_string()), "{texts:?}");
        // an undefined substitution is still reported with its line
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 4);
    }

    #[test]
    fn phrases_and_gaps_in_patterns() {
        let synsets = HashMap::new();
        let p = parse_verb_pattern(" SUGGESTED_+ IN_* {ARMS CARGO} (TO THE LIST) [111]", &synsets, "v:1").unwrap();
        let gaps = |items: &[PatternItem]| -> Vec<Option<Option<usize>>> {
            items
                .iter()
                .map(|i| match i {
                    PatternItem::Words { max_gap, .. } => Some(*max_gap),
                    _ => None,
                })
                .collect()
        };
        // before the verb, a word's gap is the one towards its right neighbour
        assert_eq!(gaps(&p.before), [Some(Some(0)), None, Some(Some(0))]);
        // `{ARMS CARGO}`: a noun phrase; `(TO THE LIST)`: its words in order
        assert_eq!(gaps(&p.after), [Some(Some(PHRASE_LEAD)), Some(Some(0)), Some(None), Some(None), Some(None)]);
        let q = parse_verb_pattern(" * (TO {BANNED PARTIES}) ^ $ [172]", &synsets, "v:2").unwrap();
        assert_eq!(gaps(&q.after), [Some(None), Some(Some(PHRASE_LEAD)), Some(Some(0)), None, None]);
        assert_eq!(q.after[3], PatternItem::Skip);
        for bad in [" * (TO LIST [1]", " * TO) [1]", " * {A B [1]", " * A} [1]"] {
            assert!(parse_verb_pattern(bad, &synsets, "v:3").is_err(), "{bad}");
        }
    }

    #[test]
    fn verb_blocks_patterns_and_problems() {
        let mut d = Dictionaries::default();
        let mut problems = Vec::new();
        let text = "&TIE\n+MILITARY\n+ECONOMIC\n\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\n+BREAK_DOWN {+BROKE_DOWN}\n- + KNOWN_ * IN_ $  [076]\n- * &TIE TIES [161]\n- * (TO {BANNED PARTIES}) $ [172:173]\n- * &NOPE [1]\n- * X [abc]\n";
        d.read_verbs("v.txt", text, &mut problems);
        assert_eq!(d.blocks.len(), 1);
        assert_eq!(d.blocks[0].patterns.len(), 3);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].line, 11);
        let forms: Vec<String> = d.verbs.iter().flat_map(|v| v.forms.iter().map(|f| f.join(" "))).collect();
        for f in ["break", "breaks", "broke", "broken", "breaking", "break down", "broke down", "breaks down"] {
            assert!(forms.contains(&f.to_string()), "{f}: {forms:?}");
        }
        let p = &d.blocks[0].patterns[0];
        assert_eq!(p.before[0], PatternItem::Target);
        assert_eq!(p.after.last(), Some(&PatternItem::Source));
        assert_eq!(d.blocks[0].patterns[2].code, Some(CodeSpec::Code { code: "172".into(), reverse: Some("173".into()) }));
    }
}
