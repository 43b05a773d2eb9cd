//! A PETRARCH-style coder over `dyad_text` tokens: no parse tree, TABARI-like shallow rules.
//!
//! Per sentence: discards; actor and agent phrases (longest match) composed into actor codes
//! (`Arnor cleric`, `Gondor's government`, `the government of Gondor`, `MSF Arnor` -> `NGOARN`);
//! coordinated actors (`A, B and C`) grouped; each verb form found, its block's patterns tried
//! (the longest that matches wins; `$`/`+` bind source/target), else the verb's code; the source
//! is the first actor group before the verb, the target the first after it, unless a pattern
//! placed them. `[a:b]` codes add the reverse event. Events need a source and a target unless the
//! record's `require_dyad` option is false.

use crate::dict::{CodeSpec, Dictionaries, PatternItem, Phrase, VerbPattern};
use chrono::NaiveDate;
use dyad_coder::dates::Precision;
use dyad_coder::{Actor, Document, Event, Trigger};
use dyad_lexicon::{ActorKind, Lexicon};
use std::collections::HashMap;
use std::fmt::Write;

/// Options a PETRARCH record may set with `<Config option value>`.
#[derive(Debug, Clone, Copy)]
pub struct CodingOptions {
    /// Events need both a source and a target (PETRARCH's default).
    pub require_dyad: bool,
}

impl Default for CodingOptions {
    fn default() -> Self {
        CodingOptions { require_dyad: true }
    }
}

impl CodingOptions {
    /// The `<Config>` options this coder acts on (case-insensitive). PETRARCH's others
    /// (`comma_*`, `new_actor_length`, ...) concern its parse-tree handling and are not supported.
    pub const SUPPORTED: &'static [&'static str] = &["require_dyad"];

    pub fn supports(option: &str) -> bool {
        CodingOptions::SUPPORTED.iter().any(|o| o.eq_ignore_ascii_case(option))
    }

    /// Applies `<Config>` pairs; unknown options are returned so that callers can report them.
    pub fn with_config(mut self, config: &[(String, String)]) -> (CodingOptions, Vec<&str>) {
        let mut unknown = Vec::new();
        for (option, value) in config {
            match option.to_ascii_lowercase().as_str() {
                "require_dyad" => self.require_dyad = !value.eq_ignore_ascii_case("false"),
                _ => unknown.push(option.as_str()),
            }
        }
        (self, unknown)
    }
}

/// A phrase index keyed by the first four characters of the first word.
struct PhraseIndex {
    by_key: HashMap<String, Vec<(Phrase, usize)>>,
}

fn key_of(s: &str) -> String {
    s.chars().take(4).collect()
}

impl PhraseIndex {
    fn new() -> PhraseIndex {
        PhraseIndex { by_key: HashMap::new() }
    }

    fn add(&mut self, phrase: &Phrase, payload: usize) {
        if let Some(first) = phrase.first() {
            self.by_key.entry(key_of(first.text())).or_default().push((phrase.clone(), payload));
        }
    }

    /// Longest phrase starting at `i`: (end, payload).
    fn longest_at(&self, norms: &[String], i: usize) -> Option<(usize, usize)> {
        let candidates = self.by_key.get(&key_of(&norms[i]))?;
        let mut best: Option<(usize, usize)> = None;
        for (phrase, payload) in candidates {
            if phrase_at(phrase, norms, i) && best.is_none_or(|(end, _)| i + phrase.len() > end) {
                best = Some((i + phrase.len(), *payload));
            }
        }
        best
    }
}

fn phrase_at(phrase: &Phrase, norms: &[String], i: usize) -> bool {
    i + phrase.len() <= norms.len() && phrase.iter().zip(&norms[i..]).all(|(w, t)| w.accepts(t))
}

/// What a phrase in the text is.
#[derive(Debug, Clone)]
enum MentionKind {
    /// Actor codes (several for `[A/B]`); empty for a null actor (`[---]`).
    Actor(Vec<String>),
    Agent {
        code: String,
        prefix: bool,
    },
}

#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    kind: MentionKind,
    rule: String,
}

/// An actor after composition: codes plus where it is.
#[derive(Debug, Clone)]
struct ActorPhrase {
    start: usize,
    end: usize,
    codes: Vec<(String, Option<String>, Option<String>)>, // (code, country, agent)
    rules: Vec<String>,
}

/// Coordinated actor phrases.
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    members: Vec<usize>,
}

/// The coder: dictionaries indexed once; immutable afterwards and shared across threads.
pub struct PetrarchCoder {
    pub(crate) dicts: Dictionaries,
    lexicon: Lexicon,
    actor_index: PhraseIndex,
    agent_index: PhraseIndex,
    discard_index: PhraseIndex,
    verb_index: HashMap<String, Vec<(usize, usize)>>,
    /// No PETRARCH actor files: actors come from Dyad's English lexicon.
    builtin_actors: bool,
    builtin_agents: bool,
}

const COORDINATION: &[&str] = &["and", ","];
const OF_LIKE: &[&str] = &["of", "in", "from", "for"];
const SKIPPABLE: &[&str] = &["the", "a", "an", "'s", "'"];

impl PetrarchCoder {
    pub(crate) fn from_dictionaries(dicts: Dictionaries, lexicon: Lexicon) -> PetrarchCoder {
        let mut actor_index = PhraseIndex::new();
        for (i, a) in dicts.actors.iter().enumerate() {
            for p in &a.phrases {
                actor_index.add(p, i);
            }
        }
        let mut agent_index = PhraseIndex::new();
        for (i, a) in dicts.agents.iter().enumerate() {
            agent_index.add(&a.phrase, i);
        }
        let mut discard_index = PhraseIndex::new();
        for (i, d) in dicts.discards.iter().enumerate() {
            discard_index.add(&d.phrase, i);
        }
        let mut verb_index: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (vi, v) in dicts.verbs.iter().enumerate() {
            for (fi, form) in v.forms.iter().enumerate() {
                if let Some(first) = form.first() {
                    verb_index.entry(first.clone()).or_default().push((vi, fi));
                }
            }
        }
        let builtin_actors = !dicts.kinds.contains(&crate::dict::Kind::Actors);
        let builtin_agents = !dicts.kinds.contains(&crate::dict::Kind::Agents) && builtin_actors;
        PetrarchCoder { dicts, lexicon, actor_index, agent_index, discard_index, verb_index, builtin_actors, builtin_agents }
    }

    pub fn dictionary_names(&self) -> Vec<String> {
        self.dicts.files.clone()
    }

    /// Codes a document with PETRARCH's default options.
    /// The Dyad lexicon it codes with (ontology, actors where PETRARCH's are not given).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn code(&self, doc: &Document) -> Vec<Event> {
        self.code_with(doc, CodingOptions::default())
    }

    pub fn code_with(&self, doc: &Document, options: CodingOptions) -> Vec<Event> {
        let mut trace = None;
        self.run(doc, options, &mut trace)
    }

    /// A human-readable account of every decision.
    pub fn explain(&self, doc: &Document) -> String {
        self.explain_with(doc, CodingOptions::default())
    }

    pub fn explain_with(&self, doc: &Document, options: CodingOptions) -> String {
        let mut trace = Some(String::new());
        let events = self.run(doc, options, &mut trace);
        let mut out = trace.unwrap_or_default();
        let _ = writeln!(out, "events: {}", events.len());
        for e in &events {
            let code = |a: &Option<Actor>| a.as_ref().map_or("---".to_string(), |a| a.code.clone());
            let _ = writeln!(
                out,
                "  {} {} {}  (trigger `{}`, rule {})",
                code(&e.source),
                code(&e.target),
                e.event_code,
                e.trigger.text,
                e.rule
            );
        }
        out
    }

    fn run(&self, doc: &Document, options: CodingOptions, trace: &mut Option<String>) -> Vec<Event> {
        let tokens = dyad_text::tokenize(&doc.text, "en");
        let rules = self.lexicon.language("en").map(|l| l.stop_rules()).unwrap_or_default();
        let sentences = dyad_text::split_sentences(&tokens, rules, doc.line_breaks);
        let norms: Vec<String> = tokens.iter().map(|t| t.norm.clone()).collect();
        // Story-level discards stop the whole document.
        for i in 0..norms.len() {
            if let Some((_, d)) = self.discard_index.longest_at(&norms, i) {
                if self.dicts.discards[d].story {
                    note(trace, format!("story discarded by {}", self.dicts.discards[d].id));
                    return Vec::new();
                }
            }
        }
        let chars: Vec<char> = doc.text.chars().collect();
        let mut events = Vec::new();
        for (sid, sentence) in sentences.iter().enumerate() {
            let range = sentence.tokens.clone();
            let toks = &tokens[range.clone()];
            let norms = &norms[range];
            note(
                trace,
                format!(
                    "sentence {sid}: {}",
                    chars[sentence.start.min(chars.len())..sentence.end.min(chars.len())].iter().collect::<String>()
                ),
            );
            if let Some(d) = (0..norms.len()).find_map(|i| self.discard_index.longest_at(norms, i)) {
                note(trace, format!("  discarded by {}", self.dicts.discards[d.1].id));
                continue;
            }
            let span_text = |s: usize, e: usize| -> (String, [usize; 2]) {
                let (a, b) = (toks[s].start, toks[e - 1].end);
                (chars[a.min(chars.len())..b.min(chars.len())].iter().collect(), [a, b])
            };
            let mentions = self.mentions(norms, doc.date);
            let actors = compose(&mentions, norms);
            let groups = group(&actors, norms);
            if trace.is_some() {
                for m in &mentions {
                    note(trace, format!("  mention `{}` {:?} ({})", span_text(m.start, m.end).0, m.kind, m.rule));
                }
                for g in &groups {
                    let codes: Vec<String> = g.members.iter().flat_map(|&a| actors[a].codes.iter().map(|c| c.0.clone())).collect();
                    note(trace, format!("  actor group `{}` -> {}", span_text(g.start, g.end).0, codes.join(" ")));
                }
            }
            let mut taken = vec![false; norms.len()];
            let mut previous_source: Option<usize> = None;
            for v in self.verbs(norms) {
                let (vstart, vend, vi) = v;
                if taken[vstart] || groups.iter().any(|g| g.start <= vstart && vstart < g.end) {
                    continue;
                }
                if vstart > 0 && toks[vstart].capitalized {
                    note(trace, format!("  `{}` is capitalised inside the sentence: a name, not a verb", span_text(vstart, vend).0));
                    continue;
                }
                if reads_as_noun(norms, vstart, &groups) {
                    note(trace, format!("  `{}` follows a determiner: a noun, not a verb", span_text(vstart, vend).0));
                    continue;
                }
                let verb = &self.dicts.verbs[vi];
                let block = &self.dicts.blocks[verb.block];
                let matched = block
                    .patterns
                    .iter()
                    .filter_map(|p| match_pattern(p, norms, vstart, vend, &groups).map(|m| (p, m)))
                    .max_by_key(|(p, m)| (m.words, std::cmp::Reverse(p.id.len()), m.span));
                let (code, rule, bound) = match &matched {
                    Some((p, m)) => (p.code.clone().unwrap_or_else(|| verb.code.clone()), p.id.clone(), Some(m.clone())),
                    None => (verb.code.clone(), verb.id.clone(), None),
                };
                let trigger = span_text(vstart, vend);
                note(
                    trace,
                    format!(
                        "  verb `{}` (block {}, {}): {}",
                        trigger.0,
                        block.name,
                        rule,
                        match &matched {
                            Some((p, _)) => format!("pattern {} matched", p.id),
                            None => "no pattern matched; the verb's own code".into(),
                        }
                    ),
                );
                let (code, reverse) = match code {
                    CodeSpec::Code { code, reverse } => (Some(code), reverse),
                    CodeSpec::ReverseOnly(r) => (None, Some(r)),
                    CodeSpec::Null => {
                        note(trace, "    null code `[---]`: nothing coded".into());
                        continue;
                    }
                };
                for t in taken.iter_mut().take(vend).skip(vstart) {
                    *t = true;
                }
                let (mut source_group, mut target_group) =
                    (default_source(norms, vstart, &groups, previous_source), default_target(norms, vend, &groups));
                let by_agent = target_group.is_some_and(|t| groups[t].start > 0 && norms[groups[t].start - 1] == "by");
                if is_passive(norms, vstart) && !norms[vend - 1].ends_with("ing") && by_agent {
                    // `X was attacked by Y`: the subject is the target.
                    note(trace, "    passive: the subject is the target".into());
                    std::mem::swap(&mut source_group, &mut target_group);
                }
                if let Some(b) = &bound {
                    source_group = b.source.or(source_group);
                    target_group = b.target.or(target_group);
                }
                let target_group = target_group.filter(|&t| Some(t) != source_group);
                previous_source = source_group;
                let compound = bound.as_ref().is_some_and(|b| b.compound);
                let members = |g: Option<usize>| -> Vec<Actor> {
                    let Some(g) = g else { return Vec::new() };
                    groups[g]
                        .members
                        .iter()
                        .flat_map(|&a| {
                            let ap = &actors[a];
                            let (text, span) = span_text(ap.start, ap.end);
                            ap.codes.iter().map(move |c| Actor {
                                code: c.0.clone(),
                                country: c.1.clone(),
                                agent: c.2.clone(),
                                name: text.clone(),
                                text: text.clone(),
                                span,
                                rules: ap.rules.clone(),
                            })
                        })
                        .collect()
                };
                let sources = members(source_group);
                let targets = members(target_group);
                let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
                if compound && targets.is_empty() {
                    for (i, _) in sources.iter().enumerate() {
                        for (j, _) in sources.iter().enumerate() {
                            if i != j {
                                pairs.push((i, Some(j)));
                            }
                        }
                    }
                } else {
                    for (i, _) in sources.iter().enumerate() {
                        if targets.is_empty() {
                            pairs.push((i, None));
                        }
                        for (j, _) in targets.iter().enumerate() {
                            pairs.push((i, Some(j)));
                        }
                    }
                }
                let target_list = if compound && targets.is_empty() { &sources } else { &targets };
                for (i, j) in pairs {
                    let s = &sources[i];
                    let t = j.map(|j| &target_list[j]);
                    if t.is_none() && options.require_dyad {
                        note(trace, format!("    {} has no target: not coded (require_dyad)", s.code));
                        continue;
                    }
                    if t.is_some_and(|t| t.code == s.code) {
                        continue;
                    }
                    let make = |code: &str, src: &Actor, tgt: Option<&Actor>| {
                        self.event(doc, sid, [sentence.start, sentence.end], code, src.clone(), tgt.cloned(), &trigger, &rule)
                    };
                    if let Some(c) = &code {
                        events.push(make(c, s, t));
                    }
                    if let (Some(r), Some(t)) = (&reverse, t) {
                        events.push(make(r, t, Some(s)));
                    }
                }
            }
        }
        // The same (source, target, code) twice in a sentence is one event.
        let mut seen = std::collections::HashSet::new();
        events.retain(|e: &Event| {
            seen.insert((
                e.sentence_id,
                e.source.as_ref().map(|a| a.code.clone()),
                e.target.as_ref().map(|a| a.code.clone()),
                e.event_code.clone(),
            ))
        });
        events
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        doc: &Document,
        sid: usize,
        span: [usize; 2],
        code: &str,
        source: Actor,
        target: Option<Actor>,
        trigger: &(String, [usize; 2]),
        rule: &str,
    ) -> Event {
        let info = self.lexicon.ontology.get(code);
        Event {
            doc_id: doc.id.clone(),
            sentence_id: sid,
            sentence_span: span,
            event_code: code.to_string(),
            root_code: info.map_or_else(|| code.chars().take(2).collect(), |i| i.root.clone()),
            quad_class: info.map_or(0, |i| i.quad_class),
            goldstein: info.map_or(0.0, |i| i.goldstein),
            plover: info.and_then(|i| i.plover.clone()),
            plover_mode: info.and_then(|i| i.plover_mode.clone()),
            plover_context: info.and_then(|i| i.plover_context.clone()),
            source: Some(source),
            target,
            date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
            date_precision: Precision::Document,
            language: "en".into(),
            trigger: Trigger { text: trigger.0.clone(), span: trigger.1 },
            rule: rule.to_string(),
            rules_applied: vec!["petrarch".into()],
            reported_by: None,
        }
    }

    /// Actor and agent phrases, longest first, left to right.
    fn mentions(&self, norms: &[String], date: Option<NaiveDate>) -> Vec<Mention> {
        let mut out = Vec::new();
        let builtin: Vec<Mention> = if self.builtin_actors { self.builtin_mentions(norms, date) } else { Vec::new() };
        let mut i = 0;
        while i < norms.len() {
            let actor = if self.builtin_actors { None } else { self.actor_index.longest_at(norms, i) };
            let agent = self.agent_index.longest_at(norms, i);
            let best = match (actor, agent) {
                (Some(a), Some(g)) if g.0 > a.0 => Some((g.0, None, Some(g.1))),
                (Some(a), _) => Some((a.0, Some(a.1), None)),
                (None, Some(g)) => Some((g.0, None, Some(g.1))),
                (None, None) => None,
            };
            let from_builtin = builtin.iter().find(|m| m.start == i);
            match (best, from_builtin) {
                (Some((end, Some(a), _)), _) => {
                    let def = &self.dicts.actors[a];
                    let codes = def.codes_on(date).map(|c| c.to_vec()).unwrap_or_default();
                    let codes = codes.into_iter().filter(|c| !c.chars().all(|ch| ch == '-' || ch == '+' || ch == '#')).collect();
                    out.push(Mention { start: i, end, kind: MentionKind::Actor(codes), rule: def.id.clone() });
                    i = end;
                }
                (Some((end, None, Some(g))), b) if b.is_none_or(|b| b.end <= end) => {
                    let def = &self.dicts.agents[g];
                    out.push(Mention {
                        start: i,
                        end,
                        kind: MentionKind::Agent { code: def.code.clone(), prefix: def.prefix },
                        rule: def.id.clone(),
                    });
                    i = end;
                }
                (_, Some(b)) => {
                    out.push(b.clone());
                    i = b.end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Actors from Dyad's English lexicon, when no PETRARCH actor dictionary was given.
    fn builtin_mentions(&self, norms: &[String], date: Option<NaiveDate>) -> Vec<Mention> {
        let Some(lex) = self.lexicon.language("en") else { return Vec::new() };
        let refs: Vec<&str> = norms.iter().map(String::as_str).collect();
        let gaps: &[dyad_lexicon::GapRule] = &[];
        lex.actors
            .find_longest(&refs, gaps)
            .into_iter()
            .filter_map(|m| {
                let entry = lex.actors.payload(m.entry);
                let kind = match &entry.kind {
                    ActorKind::Country(c) | ActorKind::Organisation(c) => MentionKind::Actor(vec![c.clone()]),
                    ActorKind::Agent(a) if self.builtin_agents => MentionKind::Agent { code: a.clone(), prefix: false },
                    ActorKind::Agent(_) | ActorKind::NotAnActor => return None,
                    ActorKind::Person(roles) => {
                        let role = roles.iter().find(|r| date.is_none_or(|d| r.covers(d)))?;
                        MentionKind::Actor(vec![role.code.clone()])
                    }
                };
                Some(Mention { start: m.start, end: m.end, kind, rule: entry.id.clone() })
            })
            .collect()
    }

    /// Verb occurrences (start, end, verb index), longest form at each position.
    fn verbs(&self, norms: &[String]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < norms.len() {
            let mut best: Option<(usize, usize)> = None;
            if let Some(cands) = self.verb_index.get(&norms[i]) {
                for &(vi, fi) in cands {
                    let form = &self.dicts.verbs[vi].forms[fi];
                    if i + form.len() <= norms.len()
                        && form.iter().zip(&norms[i..]).all(|(a, b)| a == b)
                        && best.is_none_or(|(e, _)| i + form.len() > e)
                    {
                        best = Some((i + form.len(), vi));
                    }
                }
            }
            match best {
                Some((end, vi)) => {
                    out.push((i, end, vi));
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

fn note(trace: &mut Option<String>, line: String) {
    if let Some(t) = trace {
        t.push_str(&line);
        t.push('\n');
    }
}

/// Appends an agent code unless the actor already carries it (`White House` is `USAGOV`, so
/// `White House officials` stays `USAGOV`).
fn with_agent(code: &str, agent: &str, prefix: bool) -> String {
    if code.len() > 3 && code[3..].contains(agent) {
        code.to_string()
    } else if prefix {
        format!("{agent}{code}")
    } else {
        format!("{code}{agent}")
    }
}

/// Composes agents with the actors next to them: `Arnor cleric`, `Gondor's government`,
/// `Dagolath's first Deputy Prime Minister Telemar` (a title and then a name is one actor),
/// `MSF Arnor` (a prefix agent), `the government of Gondor`, `soldiers from Gondor and Arnor`.
fn compose(mentions: &[Mention], norms: &[String]) -> Vec<ActorPhrase> {
    let mut out: Vec<ActorPhrase> = Vec::new();
    let mut used = vec![false; mentions.len()];
    let only = |from: usize, to: usize, allowed: &[&str]| (from..to).all(|k| allowed.contains(&norms[k].as_str()));
    // After a possessive, up to three plain words may stand before the agent ("'s first deputy").
    let possessive_gap = |from: usize, to: usize| {
        from < to
            && norms[from] == "'s"
            && to - from <= 4
            && (from + 1..to).all(|k| norms[k].chars().all(char::is_alphabetic) && norms[k] != "and")
    };
    for i in 0..mentions.len() {
        if used[i] {
            continue;
        }
        let m = &mentions[i];
        match &m.kind {
            MentionKind::Actor(codes) => {
                used[i] = true;
                let mut agents: Vec<(String, bool)> = Vec::new();
                let mut start = m.start;
                let mut end = m.end;
                let mut rules = vec![m.rule.clone()];
                // a prefix agent right before (`MSF Arnor`)
                if i > 0 {
                    if let MentionKind::Agent { code, prefix: true } = &mentions[i - 1].kind {
                        if only(mentions[i - 1].end, m.start, SKIPPABLE) {
                            agents.push((code.clone(), true));
                            start = mentions[i - 1].start;
                            rules.push(mentions[i - 1].rule.clone());
                        }
                    }
                }
                // suffix agents after (`Arnor cleric`, `Gondor's government`, `Bree Prime Minister`)
                let mut j = i + 1;
                while j < mentions.len() {
                    match &mentions[j].kind {
                        MentionKind::Agent { code, prefix: false }
                            if only(end, mentions[j].start, SKIPPABLE) || possessive_gap(end, mentions[j].start) =>
                        {
                            agents.push((code.clone(), false));
                            end = mentions[j].end;
                            rules.push(mentions[j].rule.clone());
                            used[j] = true;
                            j += 1;
                        }
                        // a title followed by a name: `Bree Prime Minister Romendacil`
                        MentionKind::Actor(_) if agents.iter().any(|a| !a.1) && mentions[j].start == end => {
                            end = mentions[j].end;
                            rules.push(mentions[j].rule.clone());
                            used[j] = true;
                            j += 1;
                        }
                        _ => break,
                    }
                }
                let composed: Vec<_> = codes
                    .iter()
                    .map(|c| {
                        let mut code = c.clone();
                        for (agent, prefix) in &agents {
                            code = with_agent(&code, agent, *prefix);
                        }
                        let agent: String = agents.iter().filter(|a| !a.1).map(|a| a.0.as_str()).collect();
                        (code, Some(c.chars().take(3).collect::<String>()), Some(agent).filter(|a| !a.is_empty()))
                    })
                    .collect();
                if !composed.is_empty() {
                    out.push(ActorPhrase { start, end, codes: composed, rules });
                }
            }
            MentionKind::Agent { code, prefix } => {
                // a prefix agent right before an actor is taken by that actor
                if *prefix
                    && mentions.get(i + 1).is_some_and(|n| matches!(n.kind, MentionKind::Actor(_)) && only(m.end, n.start, SKIPPABLE))
                {
                    continue;
                }
                used[i] = true;
                // `the government of Gondor`, `soldiers from Gondor`: agent, preposition, actor(s).
                let linked = mentions.get(i + 1).is_some_and(|n| {
                    matches!(n.kind, MentionKind::Actor(_))
                        && (m.end..n.start).all(|k| SKIPPABLE.contains(&norms[k].as_str()) || OF_LIKE.contains(&norms[k].as_str()))
                        && (m.end..n.start).any(|k| OF_LIKE.contains(&norms[k].as_str()))
                });
                if !linked {
                    out.push(ActorPhrase {
                        start: m.start,
                        end: m.end,
                        codes: vec![(format!("---{code}"), None, Some(code.clone()))],
                        rules: vec![m.rule.clone()],
                    });
                    continue;
                }
                let mut k = i + 1;
                let mut last_end = m.end;
                while let Some(n) = mentions.get(k) {
                    let MentionKind::Actor(codes) = &n.kind else { break };
                    if k > i + 1 {
                        let between = &norms[last_end..n.start];
                        let coordinated = !between.is_empty()
                            && between.iter().any(|w| COORDINATION.contains(&w.as_str()))
                            && between.iter().all(|w| COORDINATION.contains(&w.as_str()) || SKIPPABLE.contains(&w.as_str()));
                        if !coordinated {
                            break;
                        }
                    }
                    let composed = codes
                        .iter()
                        .map(|c| (with_agent(c, code, *prefix), Some(c.chars().take(3).collect::<String>()), Some(code.clone())))
                        .collect();
                    out.push(ActorPhrase {
                        start: if k == i + 1 { m.start } else { n.start },
                        end: n.end,
                        codes: composed,
                        rules: vec![m.rule.clone(), n.rule.clone()],
                    });
                    used[k] = true;
                    last_end = n.end;
                    k += 1;
                }
            }
        }
    }
    out.sort_by_key(|a| a.start);
    out
}

/// Groups coordinated actor phrases: `A, B and C`, `A and the B`.
fn group(actors: &[ActorPhrase], norms: &[String]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        if let Some(last) = groups.last_mut() {
            let between: Vec<&str> = norms[last.end.min(a.start)..a.start].iter().map(String::as_str).collect();
            let joined = !between.is_empty()
                && between.iter().any(|w| COORDINATION.contains(w))
                && between.len() <= 4
                && between.iter().all(|w| COORDINATION.contains(w) || SKIPPABLE.contains(w) || w.chars().all(char::is_alphabetic));
            if joined {
                last.members.push(i);
                last.end = a.end;
                continue;
            }
        }
        groups.push(Group { start: a.start, end: a.end, members: vec![i] });
    }
    groups
}

#[derive(Debug, Clone)]
struct PatternMatch {
    source: Option<usize>,
    target: Option<usize>,
    compound: bool,
    /// Number of words matched (more specific patterns win).
    words: usize,
    span: usize,
}

/// Tries a pattern around the verb at `[vstart, vend)`.
fn match_pattern(p: &VerbPattern, norms: &[String], vstart: usize, vend: usize, groups: &[Group]) -> Option<PatternMatch> {
    let mut m = PatternMatch { source: None, target: None, compound: false, words: 0, span: 0 };
    // after the verb, left to right
    let mut pos = vend;
    let mut first = true;
    for item in &p.after {
        pos = match_item(item, norms, pos, groups, &mut m, first, true)?;
        first = false;
    }
    let right = pos;
    // before the verb, right to left: mirror the items
    let mut pos = vstart;
    let mut first = true;
    for item in p.before.iter().rev() {
        pos = match_item(item, norms, pos, groups, &mut m, first, false)?;
        first = false;
    }
    m.span = right - pos;
    Some(m)
}

/// Matches one item from `pos` (forward: at or after; backward: ending at or before). Returns the new position.
fn match_item(
    item: &PatternItem,
    norms: &[String],
    pos: usize,
    groups: &[Group],
    m: &mut PatternMatch,
    _first: bool,
    forward: bool,
) -> Option<usize> {
    match item {
        PatternItem::Words { alternatives, max_gap } => {
            let fits = |start: usize| alternatives.iter().filter(|ph| phrase_at(ph, norms, start)).map(Vec::len).max();
            if forward {
                let limit = max_gap.map_or(norms.len(), |g| (pos + g + 1).min(norms.len()));
                for (start, norm) in norms.iter().enumerate().take(limit).skip(pos) {
                    if let Some(len) = fits(start) {
                        m.words += len;
                        return Some(start + len);
                    }
                    if is_clause_break(norm) || (max_gap.is_some() && norm == ",") {
                        return None;
                    }
                }
                None
            } else {
                let lowest = max_gap.map_or(0, |g| pos.saturating_sub(g));
                for end in (lowest..=pos).rev() {
                    for ph in alternatives {
                        if ph.len() <= end && end - ph.len() < norms.len() && phrase_at(ph, norms, end - ph.len()) {
                            m.words += ph.len();
                            return Some(end - ph.len());
                        }
                    }
                    if end > 0 && (is_clause_break(&norms[end - 1]) || (max_gap.is_some() && norms[end - 1] == ",")) {
                        return None;
                    }
                }
                None
            }
        }
        PatternItem::Source | PatternItem::Target | PatternItem::Compound => {
            let g = if forward { groups.iter().position(|g| g.start >= pos)? } else { groups.iter().rposition(|g| g.end <= pos)? };
            match item {
                PatternItem::Source => m.source = Some(g),
                PatternItem::Target => m.target = Some(g),
                // `%` before the verb: the members act on each other; after it: a compound target
                _ if forward => m.target = Some(g),
                _ => {
                    m.source = Some(g);
                    m.compound = true;
                }
            }
            Some(if forward { groups[g].end } else { groups[g].start })
        }
        PatternItem::Skip => skip_noun_phrase(norms, pos, groups, forward),
    }
}

/// Words that end a noun phrase skipped by `^`.
fn ends_noun_phrase(norm: &str) -> bool {
    is_clause_break(norm)
        || OF_LIKE.contains(&norm)
        || matches!(norm, "," | "." | "to" | "at" | "with" | "by" | "on" | "against" | "into" | "over" | "about" | "and" | "that")
}

/// `^`: one noun phrase from `pos` (forward) or ending at `pos` (backward): an actor group that
/// starts (ends) there after (before) at most PHRASE_LEAD determiners or adjectives, else a run
/// of words up to a preposition or punctuation. At least one token; `None` when there is none.
fn skip_noun_phrase(norms: &[String], pos: usize, groups: &[Group], forward: bool) -> Option<usize> {
    use crate::dict::PHRASE_LEAD;
    if forward {
        if let Some(g) = groups.iter().find(|g| g.start >= pos && g.start <= pos + PHRASE_LEAD) {
            if (pos..g.start).all(|k| !ends_noun_phrase(&norms[k])) {
                return Some(g.end);
            }
        }
        let end = (pos..norms.len()).find(|&k| ends_noun_phrase(&norms[k])).unwrap_or(norms.len());
        (end > pos).then_some(end)
    } else {
        if let Some(g) = groups.iter().rev().find(|g| g.end <= pos && g.end + PHRASE_LEAD >= pos) {
            if (g.end..pos).all(|k| !ends_noun_phrase(&norms[k])) {
                return Some(g.start);
            }
        }
        let start = (0..pos).rev().find(|&k| ends_noun_phrase(&norms[k])).map_or(0, |k| k + 1);
        (start < pos).then_some(start)
    }
}

const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those"];

/// `an attack`, `their meeting`, `a brief private visit`: a verb form after a determiner (with at
/// most two words between) is a noun.
fn reads_as_noun(norms: &[String], at: usize, groups: &[Group]) -> bool {
    for back in 1..=3 {
        let Some(k) = at.checked_sub(back) else { return false };
        let w = norms[k].as_str();
        if DETERMINERS.contains(&w) {
            return true;
        }
        if !w.chars().all(char::is_alphabetic)
            || groups.iter().any(|g| g.start <= k && k < g.end)
            || matches!(w, "to" | "and" | "or" | "not" | "will" | "would" | "has" | "have" | "had" | "is" | "was" | "were" | "be" | "been")
        {
            return false;
        }
    }
    false
}

/// The subject: the nearest actor group before the verb in its clause; a verb right after `and`
/// shares the previous verb's subject (`X condemned ... and promised ...`).
fn default_source(norms: &[String], vstart: usize, groups: &[Group], previous: Option<usize>) -> Option<usize> {
    let mut k = vstart;
    while k > 0 && matches!(norms[k - 1].as_str(), "also" | "then" | "later" | "has" | "have" | "had" | "will" | "would") {
        k -= 1;
    }
    if k > 0 && norms[k - 1] == "and" && previous.is_some() {
        return previous;
    }
    groups.iter().rposition(|g| g.end <= vstart && !(g.end..vstart).any(|i| is_clause_break(&norms[i])))
}

/// The object: the first actor group after the verb in its clause. A comma ends the clause unless
/// what precedes it since the verb (or the previous comma) is a short aside without a determiner
/// (`restore, it seems, complete, full ties with X`), which TABARI-style coders skip.
fn default_target(norms: &[String], vend: usize, groups: &[Group]) -> Option<usize> {
    let g = groups.iter().position(|g| g.start >= vend)?;
    let mut segment_words = 0;
    let mut determiner = false;
    for w in &norms[vend..groups[g].start] {
        if is_clause_break(w) {
            return None;
        }
        if w == "," {
            if segment_words > 2 || determiner {
                return None;
            }
            segment_words = 0;
            determiner = false;
        } else {
            segment_words += 1;
            determiner |= DETERMINERS.contains(&w.as_str());
        }
    }
    Some(g)
}

/// A form of `be` right before the verb (an adverb may stand between).
fn is_passive(norms: &[String], vstart: usize) -> bool {
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
    match vstart {
        0 => false,
        1 => be(&norms[0]),
        _ => be(&norms[vstart - 1]) || (norms[vstart - 1].ends_with("ly") && be(&norms[vstart - 2])),
    }
}

fn is_clause_break(norm: &str) -> bool {
    matches!(norm, ";" | ":")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dictionaries;

    /// Small made-up dictionaries in PETRARCH's formats.
    fn coder() -> PetrarchCoder {
        let mut dicts = Dictionaries::default();
        let mut problems = Vec::new();
        let verbs = "&TIES\n+RELATIONS\n+TIES\n\n--- RESTORE [064] ---\nRESTORE\n- * &TIES WITH + [064]\n\n--- VISIT [042:043] ---\nVISIT {VISITED}\n\n--- PRAISE [051] ---\nPRAISE {PRAISED}\n- * ITSELF [---]\n\n--- DELAY [---] ---\nDELAY\n- * TALKS WITH + [191]\n";
        let actors = "NORLAND_ [NRL]\n+NORLANDIC\nSUDMARK [SDM]\nOLD_KING\n\t[NRLGOV 900101-991231]\n\t[NRLELI > 000101]\n";
        let agents = "GOVERNMENT [~GOV]\nAID_GROUP {} [NGO~]\n";
        let discards = "+FOOTBALL MATCH\nCROSSWORD\n";
        assert_eq!(dicts.add_file("v.txt", verbs, &mut problems), crate::Kind::Verbs);
        assert_eq!(dicts.add_file("a.txt", actors, &mut problems), crate::Kind::Actors);
        assert_eq!(dicts.add_file("g.txt", agents, &mut problems), crate::Kind::Agents);
        assert_eq!(dicts.add_file("d.txt", discards, &mut problems), crate::Kind::Discards);
        assert!(problems.is_empty(), "{problems:?}");
        PetrarchCoder::from_dictionaries(dicts, Lexicon::default())
    }

    fn triples(coder: &PetrarchCoder, text: &str, date: Option<(i32, u32, u32)>) -> Vec<String> {
        let mut doc = Document::new("t", text).with_language("en");
        doc.date = date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        coder
            .code(&doc)
            .iter()
            .map(|e| {
                format!("{} {} {}", e.source.as_ref().map_or("", |a| &a.code), e.target.as_ref().map_or("", |a| &a.code), e.event_code)
            })
            .collect()
    }

    #[test]
    fn patterns_bind_target_and_agents_compose() {
        let c = coder();
        assert_eq!(triples(&c, "The Norland government will restore ties with Sudmark.", None), ["NRLGOV SDM 064"]);
        assert_eq!(triples(&c, "The government of Sudmark visited Norland.", None), ["SDMGOV NRL 042", "NRL SDMGOV 043"]);
        assert_eq!(triples(&c, "Aid group Norland praised Sudmark.", None), ["NGONRL SDM 051"]);
        assert!(triples(&c, "Norland praised itself and Sudmark.", None).is_empty(), "a null-coded pattern blocks the verb");
    }

    #[test]
    fn null_codes_require_a_pattern_and_dyads_are_required() {
        let c = coder();
        assert!(triples(&c, "Norland will delay the vote in Sudmark.", None).is_empty());
        assert_eq!(triples(&c, "Norland will delay talks with Sudmark.", None), ["NRL SDM 191"]);
        assert!(triples(&c, "Norland praised the weather.", None).is_empty(), "no target: not coded");
        let config = [("require_dyad".to_string(), "False".to_string()), ("comma_max".to_string(), "2".to_string())];
        let (options, unknown) = CodingOptions::default().with_config(&config);
        assert_eq!(unknown, ["comma_max"]);
        let doc = Document::new("t", "Norland praised the weather.").with_language("en");
        assert_eq!(c.code_with(&doc, options).len(), 1);
    }

    #[test]
    fn dates_choose_the_actor_code_and_discards_stop_coding() {
        let c = coder();
        assert_eq!(triples(&c, "Old King visited Sudmark.", Some((1995, 5, 1))), ["NRLGOV SDM 042", "SDM NRLGOV 043"]);
        assert_eq!(triples(&c, "Old King visited Sudmark.", Some((2005, 5, 1))), ["NRLELI SDM 042", "SDM NRLELI 043"]);
        assert!(triples(&c, "Norland visited Sudmark before the football match.", None).is_empty());
        assert!(
            triples(&c, "Norland visited Sudmark. The crossword was hard.", None).len() == 2,
            "a sentence discard stops only its sentence"
        );
        assert!(triples(&c, "Their visit to Sudmark by Norland.", None).is_empty(), "a verb after a determiner is a noun");
    }

    #[test]
    fn noun_phrases_prepositional_phrases_and_skips() {
        let mut dicts = Dictionaries::default();
        let mut problems = Vec::new();
        let verbs = "--- SHIP [070] ---\nSHIP {SHIPPED}\n- * {ARMS CARGO} TO + [072]\n\n--- ADD [---] ---\nADD {ADDED}\n- * + (TO {TERROR LIST}) [172]\n\n--- HOST [040] ---\nHOST {HOSTED}\n- * FEAST AT ^ WITH + [043]\n";
        dicts.add_file("v.txt", verbs, &mut problems);
        dicts.add_file("a.txt", "NORLAND_ [NRL]\nSUDMARK [SDM]\n", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let c = PetrarchCoder::from_dictionaries(dicts, Lexicon::default());
        // `{...}`: determiners and adjectives may come first, the words themselves are consecutive
        assert_eq!(triples(&c, "Norland shipped an arms cargo to Sudmark.", None), ["NRL SDM 072"]);
        assert_eq!(triples(&c, "Norland shipped arms and a cargo to Sudmark.", None), ["NRL SDM 070"]);
        // `(...)` with a noun phrase inside: `{TERROR LIST}` within a few words of `to`, consecutive
        assert_eq!(triples(&c, "Norland added Sudmark to its terror list.", None), ["NRL SDM 172"]);
        assert!(triples(&c, "Norland added Sudmark to the talks about a terror list.", None).is_empty());
        assert!(triples(&c, "Norland added Sudmark to its terror and watch list.", None).is_empty());
        // `^`: one noun phrase, which must be there
        assert_eq!(triples(&c, "Norland hosted a feast at the old palace with Sudmark.", None), ["NRL SDM 043"]);
        assert_eq!(triples(&c, "Norland hosted a feast at with Sudmark.", None), ["NRL SDM 040"]);
    }

    #[test]
    fn unsupported_config_options_are_named() {
        assert!(CodingOptions::supports("REQUIRE_DYAD"));
        assert!(!CodingOptions::supports("comma_max") && !CodingOptions::supports("new_actor_length"));
    }

    #[test]
    fn explain_names_rules() {
        let c = coder();
        let trace = c.explain(&Document::new("t", "Norland will restore ties with Sudmark.").with_language("en"));
        assert!(trace.contains("v.txt:7"), "{trace}");
        assert!(trace.contains("NRL SDM 064"), "{trace}");
    }
}
