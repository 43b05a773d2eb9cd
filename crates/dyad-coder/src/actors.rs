//! Actor mentions: dictionary matches composed into CAMEO actor codes.
//!
//! A country next to an agent makes a composite code (`presidente russo`, `Ukraine's army`,
//! `the army of Ukraine` -> UKRMIL); a person next to their title is one mention coded by the
//! role that covers the document date; mentions joined by `e`/`and`/commas form a group.

use crate::analysis::SentenceView;
use dyad_lexicon::{ActorKind, LanguageLexicon, WordClass};
use dyad_text::TokenKind;

/// One actor found in a sentence. Token indices are sentence-relative.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub code: String,
    pub country: Option<String>,
    pub agent: Option<String>,
    pub name: String,
    /// Lexicon entries that made this mention, in order.
    pub rules: Vec<String>,
    /// The mention is a bare demonym or country adjective ("russa"), not a noun phrase.
    pub demonym: bool,
    /// The mention opens with a demonym that an agent follows ("Turkish troops").
    pub opens_with_demonym: bool,
    /// A city or region standing for its country: a target only.
    pub place: bool,
    /// A named person ("Putin", "Ambassador Reuben Brigety"): what "he" or "she" can stand for.
    pub person: bool,
    /// A capital or seat of power standing alone ("Moscow said", "the Kremlin"): coded as the
    /// government, which `pairs` undoes where it is a place struck.
    pub seat: bool,
    /// Counted people ("thousands of Bolivians", "Tausende Iraner"): a crowd, not a state.
    pub counted: bool,
}

/// A dictionary match, borrowing from the lexicon: mentions own their strings, pieces do not.
#[derive(Debug, Clone)]
struct Piece<'l> {
    start: usize,
    end: usize,
    kind: PieceKind<'l>,
    name: &'l str,
    rule: &'l str,
    demonym: bool,
    place: bool,
    seat: bool,
}

#[derive(Debug, Clone)]
enum PieceKind<'l> {
    Country(&'l str),
    Organisation(&'l str),
    Agent(&'l str),
    /// A person's code at the document date.
    /// The role's code, and whether it is an undated fallback role (PETRARCH's "when no dated
    /// role applies").
    Person(&'l str, bool),
    /// A non-actor name that shadows the actor names inside it.
    Nothing,
}

fn split_code(code: &str) -> (Option<String>, Option<String>) {
    let c = code.get(..3).unwrap_or("");
    if dyad_lexicon::is_country_code(c) {
        let agent = code.get(3..6).filter(|a| a.len() == 3).map(str::to_string);
        (Some(c.to_string()), agent)
    } else {
        (None, None)
    }
}

pub fn find_mentions(view: &SentenceView, lex: &LanguageLexicon, date: chrono::NaiveDate) -> Vec<Mention> {
    // All dictionary matches first, then validity (case, dates), then leftmost-longest among the
    // valid ones: a lower-case "ucraina" is the demonym, not the CLDR country name. Of two
    // names with the same span, a person's role dated to the document beats an undated code
    // (a converted "[KSVOPP] Albin Kurti" against his dated term as prime minister).
    let mut valid: Vec<Piece> =
        lex.actors.find_all(&view.norms, &view.gaps).into_iter().filter_map(|m| piece(view, lex, m, date)).collect();
    let dated_role = |p: &Piece| matches!(p.kind, PieceKind::Person(_, false));
    valid.sort_by_key(|p| (p.start, std::cmp::Reverse(p.end), !dated_role(p)));
    let mut pieces: Vec<Piece> = Vec::new();
    for p in valid {
        if pieces.last().is_some_and(|last| p.start < last.end) {
            continue;
        }
        pieces.push(p);
    }
    // Names that only look like actors ("Sea of Japan") have done their work: they blocked the
    // shorter match inside them.
    pieces.retain(|p| !matches!(p.kind, PieceKind::Nothing));
    let event_word = |i: usize| {
        let mut hits = Vec::new();
        lex.events.matches_at(&view.norms, &view.gaps, i, &mut hits);
        !hits.is_empty()
    };
    let mut mentions = compose(pieces, view, &event_word);
    counted_crowds(&mut mentions, view, &event_word);
    share_agents(&mut mentions, view);
    possessive_agents(&mut mentions, view);
    absorb_unknown_names(&mut mentions, view, &event_word);
    agents_of_named_actors(&mut mentions, view);
    placed_institutions(&mut mentions, view);
    capitals_by_demonym(&mut mentions, view);
    drop_backers(&mut mentions, view);
    mark_counted(&mut mentions, view);
    mentions
}

/// "Thousands marched through Santiago", "Tausende sind gegen ... auf die Straße gegangen", "a million
/// people took to the streets": a count standing alone as a noun phrase, or a plain word for
/// people after a count, is a crowd of civilians. Only before a verb, an event or a function word:
/// "Hunderte Flüge", "thousands of tonnes" are no people.
fn counted_crowds(mentions: &mut Vec<Mention>, view: &SentenceView, event_word: &dyn Fn(usize) -> bool) {
    let covered = |mentions: &[Mention], i: usize| mentions.iter().any(|m| m.start <= i && i < m.end);
    let counted = |i: usize| {
        i > 0
            && (view.tokens[i - 1].kind == TokenKind::Number
                || view.is(i - 1, WordClass::Quantifier)
                || view.is(i - 1, WordClass::CrowdCount))
    };
    // A verb follows: the count or the people are its subject.
    let verb_after = |i: usize| {
        event_word(i + 1)
            || [WordClass::ActiveAux, WordClass::PassiveAux, WordClass::Relative].into_iter().any(|class| view.is(i + 1, class))
    };
    let heads_phrase = |i: usize| {
        let Some(next) = view.tokens.get(i + 1) else { return true };
        // A capital after the count is a German noun ("Hunderte Flüge") or a name.
        if (view.is(i + 1, WordClass::ComplementPrep) && !view.is(i + 1, WordClass::Against))
            || view.is(i + 1, WordClass::CrowdNoun)
            || next.kind == TokenKind::Number
            || next.capitalized
        {
            return false;
        }
        next.kind == TokenKind::Punct
            || verb_after(i)
            || [WordClass::Preposition, WordClass::Against, WordClass::Article].into_iter().any(|class| view.is(i + 1, class))
    };
    // "killed at least 20 people" says how many died, which the act's own target or the victims'
    // country already tell: people counted are a crowd as a subject only.
    for i in 0..view.norms.len() {
        let crowd =
            (view.is(i, WordClass::CrowdNoun) && counted(i) && verb_after(i)) || (view.is(i, WordClass::CrowdCount) && heads_phrase(i));
        if !crowd || covered(mentions, i) || mentions.iter().any(|m| m.start == i + 1) {
            continue;
        }
        mentions.push(Mention {
            start: i,
            end: i + 1,
            code: "---CVL".into(),
            country: None,
            agent: Some("CVL".into()),
            name: "crowd".into(),
            rules: vec!["role:counted-crowd".into()],
            demonym: false,
            opens_with_demonym: false,
            place: false,
            person: false,
            seat: false,
            counted: true,
        });
    }
    mentions.sort_by_key(|m| m.start);
}

/// "thousands of Bolivians", "des milliers de Cubains", "Tausende Iraner", "200 Venezuelans": a
/// count right before the mention (its preposition between) makes it a crowd.
fn mark_counted(mentions: &mut [Mention], view: &SentenceView) {
    for m in mentions.iter_mut() {
        let mut k = m.start;
        if k > 0 && view.is(k - 1, WordClass::Preposition) && !view.is(k - 1, WordClass::Quantifier) {
            k -= 1;
        }
        m.counted = m.counted || (k > 0 && (view.is(k - 1, WordClass::Quantifier) || view.tokens[k - 1].kind == TokenKind::Number));
    }
}

/// "the government of President Nicolas Maduro", "l'esercito del presidente Assad": an agent
/// with no country of its own belongs to the named actor after `of`/`di`.
fn agents_of_named_actors(mentions: &mut Vec<Mention>, view: &SentenceView) {
    let linked = |m: &Mention, n: &Mention| {
        n.start == m.end + 1 && view.is(m.end, WordClass::ComplementPrep) && !view.is(m.end, WordClass::Possessive) && !n.place
    };
    absorb_country_after(mentions, linked, true);
}

/// "das Handelsministerium in Peking", "the interior ministry in Kabul", "la policía en Caracas",
/// "die Staatsanwaltschaft in Guatemala": a country-less institution placed in a capital standing
/// for its government, or in a country, is that country's.
/// Not armed forces, which are often abroad ("soldiers in Kabul").
fn placed_institutions(mentions: &mut Vec<Mention>, view: &SentenceView) {
    let placed = |m: &Mention, n: &Mention| {
        // Not one's own envoy abroad ("o seu embaixador em Phnom Penh").
        let owned = m.start > 0 && view.is(m.start - 1, WordClass::Possessive);
        let institution = !owned && m.agent.as_deref().is_some_and(|a| matches!(a, "GOV" | "COP" | "JUD"));
        let seat_or_country = n.seat || (n.agent.is_none() && !n.demonym && !n.place && n.country.is_some());
        institution && n.start == m.end + 1 && view.is(m.end, WordClass::Locative) && seat_or_country
    };
    absorb_country_after(mentions, placed, false);
}

/// A country-less agent absorbs the mention right after it that `joins` it, taking its country
/// (and its name, with `take_name`).
fn absorb_country_after(mentions: &mut Vec<Mention>, joins: impl Fn(&Mention, &Mention) -> bool, take_name: bool) {
    let mut k = 0;
    while k + 1 < mentions.len() {
        let (m, n) = (&mentions[k], &mentions[k + 1]);
        if joins(m, n) && m.country.is_none() && m.code.starts_with("---") {
            if let (Some(agent), Some(country)) = (m.agent.clone(), n.country.clone()) {
                let n = mentions.remove(k + 1);
                let m = &mut mentions[k];
                m.code = format!("{country}{agent}");
                m.country = Some(country);
                if take_name {
                    m.name = n.name;
                }
                m.end = n.end;
                m.rules.extend(n.rules);
            }
        }
        k += 1;
    }
}

/// The second half of "Iran-backed", "US-funded": the first half is a backer, not the actor.
fn is_backing(norm: &str) -> bool {
    matches!(norm, "backed" | "sponsored" | "funded" | "supported" | "armed" | "allied" | "aligned")
}

/// "la capitale afghana", "the Afghan capital", "the Ukrainian city of Kharkiv": a demonym
/// that qualifies a town or region is that place, a target only, not the country acting.
fn capitals_by_demonym(mentions: &mut [Mention], view: &SentenceView) {
    let is_place_noun = |i: usize| view.is(i, dyad_lexicon::WordClass::PlaceNoun);
    for m in mentions.iter_mut().filter(|m| m.demonym) {
        let after = m.start > 0 && is_place_noun(m.start - 1);
        let before = is_place_noun(m.end);
        if after || before {
            m.place = true;
            m.demonym = false;
            m.rules.push("role:place-by-demonym".into());
        }
    }
}

/// "Iran-backed Hezbollah", "Russian-backed separatists": the backer qualifies the actor after
/// it and is no actor of the sentence itself; the words join that actor's mention.
fn drop_backers(mentions: &mut Vec<Mention>, view: &SentenceView) {
    let backs = |i: usize| view.norms.get(i).is_some_and(|n| is_backing(n));
    let mut k = 0;
    while k < mentions.len() {
        if backs(mentions[k].end) {
            let start = mentions[k].start;
            let after = mentions[k].end + 1;
            mentions.remove(k);
            if let Some(next) = mentions.get_mut(k).filter(|n| n.start == after) {
                next.start = start;
            }
            continue;
        }
        k += 1;
    }
}

/// "Armenian Prime Minister Nikol Pashinyan": a title with its country, followed by capitalised
/// words that no lexicon knows, is one person. Without this, the name splits the mention from
/// what comes after it ("... Pashinyan and Azerbaijani President Ilham Aliyev").
fn absorb_unknown_names(mentions: &mut [Mention], view: &SentenceView, event_word: &dyn Fn(usize) -> bool) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let titled = m.agent.is_some() && m.country.is_some() && !m.place && !m.demonym;
        if !titled {
            continue;
        }
        let limit = mentions.get(k + 1).map_or(view.norms.len(), |n| n.start);
        let name_word = |i: usize| {
            let t = &view.tokens[i];
            t.kind == dyad_text::TokenKind::Word && t.capitalized && view.classes_at(i) == 0 && !event_word(i)
        };
        let mut end = m.end;
        while end < limit && end < m.end + 3 && name_word(end) {
            end += 1;
        }
        if end > m.end {
            mentions[k].end = end;
            mentions[k].person = true;
            mentions[k].rules.push("role:unknown-name-of-titled-actor".into());
        }
    }
}

/// "Sheikh Hasina and her cabinet", "Macron e il suo governo": an agent with no country, after a
/// conjunction and a possessive, belongs to the actor before the conjunction.
fn possessive_agents(mentions: &mut [Mention], view: &SentenceView) {
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let (prev, m) = (&before[k - 1], &mut rest[0]);
        let gap: Vec<usize> = (prev.end..m.start).collect();
        let shape = gap.len() >= 2
            && gap.len() <= 3
            && view.is(gap[0], WordClass::Coordination)
            && view.is(gap[gap.len() - 1], WordClass::Possessive)
            && view.norms[gap[gap.len() - 1]].chars().all(char::is_alphabetic)
            && gap[1..gap.len() - 1].iter().all(|&t| view.is(t, WordClass::Article));
        if shape && m.country.is_none() && !prev.place {
            if let (Some(country), Some(agent)) = (prev.country.clone(), m.agent.clone()) {
                m.code = format!("{country}{agent}");
                m.country = Some(country);
                m.rules.push("role:possessive-agent".into());
            }
        }
    }
}

/// "diplomatici estoni e lettoni", "Chinese and Russian warships": a bare demonym coordinated
/// with an agent's nationality takes the same agent, whichever side of the conjunction it is on.
fn share_agents(mentions: &mut [Mention], view: &SentenceView) {
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let (prev, m) = (&mut before[k - 1], &mut rest[0]);
        let gap = &view.norms[prev.end..m.start];
        let coordinated = !gap.is_empty() && gap.len() <= 2 && (prev.end..m.start).any(|t| view.is(t, WordClass::Coordination));
        if !coordinated {
            continue;
        }
        if m.demonym && prev.agent.is_some() && prev.country.is_some() {
            share_agent(prev, m);
        } else if prev.demonym && m.opens_with_demonym && !m.person {
            // "Russian and Turkish troops": the agent follows the last demonym only.
            share_agent(m, prev);
        }
    }
}

fn share_agent(from: &Mention, to: &mut Mention) {
    if let (Some(country), Some(agent)) = (to.country.clone(), from.agent.clone()) {
        to.code = format!("{country}{agent}");
        to.agent = Some(agent);
        to.demonym = false;
        to.rules.push("role:shared-agent".into());
    }
}

/// Lower-case organisation names shorter than this are common words ("nato" is "born").
const LOWERCASE_ORGANISATION_MIN_LEN: usize = 6;

fn piece<'l>(view: &SentenceView, lex: &'l LanguageLexicon, m: dyad_lexicon::Match, date: chrono::NaiveDate) -> Option<Piece<'l>> {
    let entry = lex.actors.payload(m.entry);
    let first = &view.tokens[m.start];
    let capitalized = first.capitalized || view.norms[m.start].chars().all(|c| !c.is_alphabetic());
    // "US", "UN", "Onu" but not a sentence-initial "Us": short names are acronyms.
    let short = m.end - m.start == 1 && view.norms[m.start].chars().count() <= 3;
    let acronym_ok = !short || {
        let raw_upper = first.norm.chars().count() > 1 && view.tokens[m.start].all_caps;
        raw_upper || (capitalized && m.start > 0)
    };
    let kind = match &entry.kind {
        ActorKind::Country(c) => {
            if !entry.demonym && (!capitalized || !acronym_ok) {
                return None; // "turkey", "chad", "china" in lower case are not countries
            }
            PieceKind::Country(c)
        }
        ActorKind::Organisation(c) => {
            let long = view.norms[m.start..m.end].iter().map(|t| t.chars().count()).sum::<usize>() >= LOWERCASE_ORGANISATION_MIN_LEN;
            let one_word = m.end - m.start == 1;
            if !(capitalized && acronym_ok || long && !short && !(entry.imported && one_word)) {
                return None;
            }
            PieceKind::Organisation(c)
        }
        ActorKind::Agent(a) => PieceKind::Agent(a),
        ActorKind::NotAnActor => PieceKind::Nothing,
        ActorKind::Person(roles) => {
            if !capitalized {
                return None;
            }
            let role = roles.iter().find(|r| r.covers(date))?;
            PieceKind::Person(&role.code, role.from.is_none() && role.to.is_none())
        }
    };
    Some(Piece {
        start: m.start,
        end: m.end,
        kind,
        name: &entry.name,
        rule: &entry.id,
        demonym: entry.demonym,
        place: entry.place,
        seat: entry.seat,
    })
}

/// Merges adjacent pieces into mentions: agent+country in either order (with `di`/`of`/`'s`
/// between), and a following or preceding person name.
fn compose(pieces: Vec<Piece>, view: &SentenceView, event_word: &dyn Fn(usize) -> bool) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let mut j = i + 1;
        while j < pieces.len() && joinable(&pieces[i..j], &pieces[j], pieces[j - 1].end, view, event_word) {
            j += 1;
        }
        out.push(mention_of(&pieces[i..j]));
        i = j;
    }
    out
}

fn is_agent(p: &Piece) -> bool {
    matches!(p.kind, PieceKind::Agent(_))
}

fn joinable(group: &[Piece], next: &Piece, prev_end: usize, view: &SentenceView, event_word: &dyn Fn(usize) -> bool) -> bool {
    let gap = &view.norms[prev_end..next.start];
    let has_agent = group.iter().any(is_agent);
    let has_country = group.iter().any(|p| matches!(p.kind, PieceKind::Country(_) | PieceKind::Organisation(_)));
    let has_person = group.iter().any(|p| matches!(p.kind, PieceKind::Person(..)));
    // One plain modifier may sit between country and agent: "Haiti's interim government",
    // "the Russian defence ministry".
    // Not a word that can start an event expression: "Moscow expelled diplomats" is no actor.
    let modifier = |i: usize| {
        let t = &view.tokens[i];
        t.kind == dyad_text::TokenKind::Word
            && !t.capitalized
            && view.classes_at(i) == 0
            && !view.is(i, WordClass::Article)
            && !event_word(i)
            && !is_backing(&t.norm)
    };
    let adjacent = gap.is_empty() || (gap.len() == 1 && matches!(next.kind, PieceKind::Agent(_)) && modifier(prev_end));
    let possessive = view.is(prev_end, WordClass::Possessive) && (gap.len() == 1 || (gap.len() == 2 && modifier(prev_end + 1)));
    // "the army of Ukraine", "the ambassador of the European Union", "el embajador de la UE"; not
    // the staff of a non-state body ("journalistes de l'AFP" stay journalists).
    let state_or_igo = match &next.kind {
        PieceKind::Country(_) => true,
        PieceKind::Organisation(code) => code.starts_with("IGO"),
        _ => false,
    };
    let of_link = (gap.len() == 1 || (gap.len() == 2 && view.is(prev_end + 1, WordClass::Article) && state_or_igo))
        && view.is(prev_end, WordClass::ComplementPrep)
        && !view.is(prev_end, WordClass::Against);
    // "los ministros del Interior de Indonesia", "il ministro degli Esteri di Israele": a
    // capitalised portfolio between the agent and its country's `of`.
    let portfolio_link = || {
        if !(3..=6).contains(&gap.len()) || !matches!(next.kind, PieceKind::Country(_)) || next.demonym {
            return false;
        }
        // Three words at least: the `of` before the country stands past the portfolio's first.
        let last = next.start - 1;
        let of = if view.is(last, WordClass::Article) { last - 1 } else { last };
        let inner = prev_end + 1..of;
        view.is(prev_end, WordClass::ComplementPrep)
            && view.is(of, WordClass::ComplementPrep)
            && inner.clone().any(|i| view.tokens[i].capitalized)
            && inner.clone().all(|i| {
                let t = &view.tokens[i];
                (t.kind == dyad_text::TokenKind::Word && t.capitalized && view.classes_at(i) == 0)
                    || view.is(i, WordClass::Article)
                    || view.is(i, WordClass::Coordination)
            })
    };
    // "el movimiento chií libanés Hezbolá", "the Lebanese Shiite movement Hezbollah": the
    // demonym says where the organisation is from; the organisation's own code is the better one.
    let demonym_of_organisation = group.len() == 1
        && group[0].demonym
        && matches!(next.kind, PieceKind::Organisation(_))
        && !next.place
        && gap.len() <= 2
        && (prev_end..next.start).all(modifier);
    if demonym_of_organisation {
        return true;
    }
    match &next.kind {
        // "presidente russo", "Russian president", "Ukraine's army", "the army of Ukraine"
        PieceKind::Country(_) | PieceKind::Organisation(_) if next.place => false,
        PieceKind::Country(_) | PieceKind::Organisation(_) => {
            !has_country
                && !has_person
                && has_agent
                && (adjacent
                    || of_link
                    || portfolio_link()
                    || (next.demonym
                        && gap.len() <= 2
                        && (prev_end..next.start)
                            .all(|i| modifier(i) || view.is(i, WordClass::Article) || view.is(i, WordClass::ComplementPrep))))
        }
        PieceKind::Agent(_) => (has_country || has_agent) && !has_person && (adjacent || possessive) && group.len() < 4,
        // "il presidente russo Vladimir Putin", "Russian President Vladimir Putin"
        // "the government of President Nicolas Maduro"
        PieceKind::Person(..) => !has_person && (adjacent || (of_link && has_agent)) && (has_agent || has_country),
        PieceKind::Nothing => false,
    }
}

fn mention_of(group: &[Piece]) -> Mention {
    let start = group.first().map_or(0, |p| p.start);
    let end = group.last().map_or(0, |p| p.end);
    let rules = group.iter().map(|p| p.rule.to_string()).collect();
    let agent_title = group.iter().find_map(|p| match &p.kind {
        PieceKind::Agent(a) => Some(*a),
        _ => None,
    });
    let title_country = group.iter().find_map(|p| match &p.kind {
        PieceKind::Country(c) => Some(*c),
        _ => None,
    });
    let person = group.iter().find_map(|p| match &p.kind {
        // "Hungarian Prime Minister Viktor Orban" when the dictionary only knows him as an elite
        // (an undated fallback role): the title in the text, of the same country, is the better
        // evidence for the agent.
        PieceKind::Person(c, true) if agent_title.is_some() && title_country.is_some_and(|t| c.starts_with(t)) => {
            Some((format!("{}{}", &c[..3], agent_title.unwrap_or_default()), p.name.to_string()))
        }
        PieceKind::Person(c, _) => Some((c.to_string(), p.name.to_string())),
        _ => None,
    });
    let org = group.iter().find_map(|p| match &p.kind {
        PieceKind::Organisation(c) => Some((c.to_string(), p.name.to_string())),
        _ => None,
    });
    let country = group.iter().find_map(|p| match &p.kind {
        PieceKind::Country(c) => Some((c.to_string(), p.name.to_string())),
        _ => None,
    });
    let agent = group.iter().find_map(|p| match &p.kind {
        PieceKind::Agent(a) => Some(a.to_string()),
        _ => None,
    });
    let demonym = group.len() == 1 && group[0].demonym;
    let opens_with_demonym = group.len() > 1 && group[0].demonym && is_agent(&group[1]);
    let place = group.len() == 1 && group[0].place;
    let seat = group.len() == 1 && group[0].seat;
    let named_person = person.is_some();
    let agent = agent.or_else(|| seat.then(|| "GOV".to_string()));
    let (code, name) = if let Some((code, name)) = person {
        (code, name)
    } else if let Some((code, name)) = org {
        (code, name)
    } else if let Some((c, name)) = country {
        (format!("{c}{}", agent.clone().unwrap_or_default()), name)
    } else {
        let a = agent.clone().unwrap_or_default();
        (format!("---{a}"), a)
    };
    let (country, agent_of_code) = split_code(&code);
    Mention {
        start,
        end,
        agent: agent_of_code.or(if country.is_none() { agent } else { None }),
        code,
        country,
        name,
        rules,
        demonym,
        opens_with_demonym,
        place,
        person: named_person,
        seat,
        counted: false,
    }
}

/// Mentions joined by coordination words or commas: `Russia e Corea del Nord`,
/// `France, Germany and Italy`. Returns groups as index lists into `mentions`.
pub fn coordinate(mentions: &[Mention], view: &SentenceView) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if let Some(last) = groups.last_mut() {
            let prev = &mentions[*last.last().unwrap_or(&0)];
            let first = &mentions[last[0]];
            // "the guerrillas of the National Liberation Army (ELN) and the government": the gloss
            // restates the member before it; the list goes on after it.
            let after = view.after_gloss(prev.end).unwrap_or(prev.end);
            if m.end < after {
                continue;
            }
            let gap: Vec<usize> = (after..m.start).collect();
            // The preposition of the first member, repeated, perhaps with another article: "a
            // Parigi e a Varsavia", "ao Exército e aos paramilitares".
            // "con il premier indiano e con il primo ministro pachistano": past the first member's
            // article. "las delegaciones del Gobierno y de la guerrilla": the first member's own
            // complement, for a second one of the same head.
            let article_skipped = |b: usize| {
                if b > 0 && view.is(b, WordClass::Article) && !view.is(b, WordClass::Preposition) {
                    b - 1
                } else {
                    b
                }
            };
            // "gegen drei russische Banken sowie gegen", "a dos periodistas y a": a preposition
            // before the first member's count.
            let counted = |t: usize| view.tokens[t].kind == dyad_text::TokenKind::Number || view.is(t, WordClass::Quantifier);
            let preposition_before_count = |b: usize| {
                if !counted(b) {
                    return None;
                }
                let p = article_skipped((0..b).rev().find(|&p| !counted(p)).unwrap_or(0));
                (view.is(p, WordClass::Preposition) || view.is(p, WordClass::Addressee) || view.is(p, WordClass::AgentPrep)).then_some(p)
            };
            let before_article = first.start.checked_sub(1).map(|b| preposition_before_count(b).unwrap_or_else(|| article_skipped(b)));
            let repeated_preposition = |t: usize| {
                before_article.is_some_and(|b| {
                    (view.norms[t] == view.norms[b] && view.is(t, WordClass::Preposition))
                        || (view.is(t, WordClass::Addressee) && view.is(b, WordClass::Addressee))
                        // "dagli Stati Uniti e dal Qatar", "pelos EUA e pelo Catar"
                        || (view.is(t, WordClass::AgentPrep) && view.is(b, WordClass::AgentPrep))
                }) || (view.is(t, WordClass::ComplementPrep) && (first.start + 1..first.end).any(|i| view.is(i, WordClass::ComplementPrep)))
            };
            // "the president of Brazil and his Colombian counterpart": a possessive after the
            // conjunction points back to the first member.
            let possessive_after_and = |t: usize| {
                view.is(t, WordClass::Possessive)
                    && view.norms[t].chars().all(char::is_alphabetic)
                    && gap.iter().any(|&c| c < t && view.is(c, WordClass::Coordination))
            };
            // "il governo e quattordici gruppi armati", "the army and 300 militiamen": a count
            // opens the second member.
            let counted_after_and = |t: usize| {
                (view.tokens[t].kind == dyad_text::TokenKind::Number || view.is(t, WordClass::Quantifier))
                    && gap.iter().any(|&c| c < t && view.is(c, WordClass::Coordination))
            };
            // A count or a collective of several words is one step ("e i rappresentanti delle").
            let steps =
                gap.iter().filter(|&&t| !(view.is(t, WordClass::Quantifier) && t > 0 && view.is(t - 1, WordClass::Quantifier))).count();
            // "recibió a su homólogo ecuatoriano y los dos mandatarios firmaron": "the two" takes
            // up the pair named before and is no new member; a bare count is one ("a soldier and
            // two police officers").
            let pair_anaphor =
                m.country.is_none() && m.start > 1 && view.is(m.start - 1, WordClass::Pair) && view.is(m.start - 2, WordClass::Article);
            // "between Sudan's army and the RSF, the Saudi foreign ministry said": a list closed by
            // "and" takes no further member after a bare comma, unless it names the title before
            // it ("and the South Korean president, Yoon Suk-yeol,") or a list goes on from it ("by
            // the opposition and by the governments of Argentina, Chile and Peru").
            let closed_before =
                last.windows(2).any(|w| (mentions[w[0]].end..mentions[w[1]].start).any(|t| view.is(t, WordClass::Coordination)));
            let list_goes_on = mentions.get(k + 1).is_some_and(|next| {
                next.start > m.end
                    && (m.end..next.start)
                        .all(|t| view.norms[t] == "," || view.is(t, WordClass::Coordination) || view.is(t, WordClass::Article))
            });
            let comma_after_closed =
                closed_before && !gap.iter().any(|&t| view.is(t, WordClass::Coordination)) && (!m.person || prev.person) && !list_goes_on;
            let joined = !gap.is_empty()
                && !pair_anaphor
                && !comma_after_closed
                && steps <= 3
                && gap.iter().all(|&t| {
                    view.norms[t] == ","
                        || view.is(t, WordClass::Coordination)
                        || view.is(t, WordClass::Article)
                        || repeated_preposition(t)
                        || possessive_after_and(t)
                        || counted_after_and(t)
                })
                && gap.iter().any(|&t| view.norms[t] == "," || view.is(t, WordClass::Coordination));
            // "Sudan's army and the paramilitary RSF", "Israel y el movimiento chií libanés
            // Hezbolá": one or two modifiers between the article and the member. Only after an
            // article, so that "met Y and discussed Z" stays two clauses.
            let plain_modifier = |t: usize| view.classes_at(t) == 0 && view.norms[t].chars().all(char::is_alphabetic);
            let modified = gap.len() >= 3 && view.is(gap[0], WordClass::Coordination) && {
                let article = (1..gap.len()).find(|&k| !view.is(gap[k], WordClass::Article)).map_or(gap.len(), |k| k) - 1;
                let modifiers = &gap[article + 1..];
                article >= 1
                    && view.is(gap[article], WordClass::Article)
                    && (1..=2).contains(&modifiers.len())
                    && modifiers.iter().all(|&t| plain_modifier(t))
            };
            // "les deux généraux rivaux, Abdel Fattah al-Burhane et ...": a country-less agent
            // with its adjective, then the names of those it is.
            let qualified_apposition = gap.len() == 2
                && view.norms[gap[1]] == ","
                && view.classes_at(gap[0]) == 0
                && view.norms[gap[0]].chars().all(char::is_alphabetic)
                && prev.country.is_none()
                && prev.code.starts_with("---")
                && m.country.is_some();
            // "En marge du G20 à Bali, Xi et Biden se sont entretenus": a place or a bare country
            // that ends a fronted phrase and the people after its comma are no list.
            let located = |x: &Mention| x.place || x.seat || (x.agent.is_none() && !x.person && x.code.len() == 3);
            let place_then_people = gap.iter().any(|&t| view.norms[t] == ",") && (prev.person || m.person) && located(prev) != located(m);
            if (joined || modified || qualified_apposition) && prev.demonym == m.demonym && !place_then_people {
                last.push(k);
                continue;
            }
        }
        groups.push(vec![k]);
    }
    // A list joined by commas alone is no list ("il vertice della NATO, Biden ha detto"): a real
    // one ends with "e"/"and" before its last member.
    let mut out = Vec::with_capacity(groups.len());
    for g in groups {
        let closed = g.windows(2).any(|w| (mentions[w[0]].end..mentions[w[1]].start).any(|t| view.is(t, WordClass::Coordination)));
        if g.len() > 1 && !closed {
            out.extend(g.into_iter().map(|k| vec![k]));
        } else {
            out.push(g);
        }
    }
    out
}
