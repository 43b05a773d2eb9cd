//! Roles: who did it (subject, passive agent, nominal doer, relative antecedent, carried subject)
//! and to whom (object, complement, addressee, topic of a statement), from token classes and
//! actor mentions; no parse tree.

use crate::actors::Mention;
use crate::analysis::{is_verdict, Candidate, Carry, SentenceView};
use crate::pairs::is_insurgent;
use crate::verdicts::is_force;
use dyad_lexicon::{has_ending, GapRule, WordClass};
use dyad_text::TokenKind;

/// An article or a possessive or demonstrative determiner ("the", "its", "il", "sus").
pub(crate) fn is_determiner(view: &SentenceView, i: usize) -> bool {
    view.is(i, WordClass::Article) || view.is(i, WordClass::Determiner)
}

pub(crate) fn is_passive(view: &SentenceView, start: usize, end: usize, lang: &str) -> bool {
    let from = start.saturating_sub(2);
    // Not a capitalised word inside a name ("Gli Stati Uniti forniranno").
    let auxiliary = |i: usize, class: WordClass| view.is(i, class) && !(i > 0 && view.tokens[i].capitalized);
    // "ist ... festgenommen worden": in a verb-second language the perfect passive's auxiliary
    // closes the verb group.
    let closing = view.verb_second && end < view.norms.len() && auxiliary(end, WordClass::PassiveAux);
    // "fueron detenidos en Bogotá" matched whole, auxiliary first. English entries spell the
    // auxiliary out for a state or a posture too ("is opposed to", "were put on alert"): there
    // only a match that ends on its agent's `by` is a passive ("was signed ... by").
    let spelled_agent = end > 0 && view.is(end - 1, WordClass::AgentPrep);
    let opened_by_auxiliary = (lang != "en" || spelled_agent)
        && end > start + 1
        && auxiliary(start, WordClass::PassiveAux)
        && has_ending(view.norms[start + 1], &view.endings.participle);
    let strong = (from..start).any(|i| auxiliary(i, WordClass::PassiveAux)) || closing || opened_by_auxiliary;
    let weak = (from..start).any(|i| auxiliary(i, WordClass::PassiveAuxWeak));
    let by_follows = end < view.norms.len() && view.is(end, WordClass::AgentPrep);
    // English passives need a participle: not "was attacking", not "was pessimistic".
    let word = view.norms[start + usize::from(opened_by_auxiliary)];
    let participle = ["ed", "en", "wn", "ne", "t", "d", "ung", "uck"].iter().any(|e| word.ends_with(e));
    if lang == "en" && (word.ends_with("ing") || !participle) {
        return false;
    }
    strong || (weak && by_follows)
}

/// Tokens that may separate a subject from its verb: dates, numbers, punctuation, auxiliaries,
/// negations and adverbs ("Russia on Wednesday also said", "Mosca ha poi detto").
pub(crate) fn transparent_before_verb(view: &SentenceView, i: usize) -> bool {
    let n = view.norms[i];
    view.gaps[i] == GapRule::Free
        || view.tokens[i].kind != TokenKind::Word
        // the name after a title: "Hungarian Prime Minister Viktor Orban said"
        || view.tokens[i].capitalized
        || is_auxiliary(view, i)
        || view.is(i, WordClass::Negation)
        || has_ending(n, &view.endings.adverb)
        || view.is(i, WordClass::Adverb)
}

/// Only clitic pronouns stand between the clause start and `at` ("Lo ha riferito").
pub(crate) fn opens_clause(view: &SentenceView, clause_left: usize, at: usize) -> bool {
    (clause_left..at).all(|i| view.tokens[i].kind == TokenKind::Punct || view.is(i, WordClass::Clitic))
}

/// Whether token `i` lies inside one of the sentence's actor mentions.
pub(crate) fn in_any_mention(mentions: &[Mention], i: usize) -> bool {
    mentions.iter().any(|m| m.start <= i && i < m.end)
}

/// An object clitic before its verb group ("lo ha accusato", "los ha expulsado"), not the
/// article it can also be ("la Russia ha"): an auxiliary follows.
pub(crate) fn is_object_clitic(view: &SentenceView, i: usize) -> bool {
    view.is(i, WordClass::ObjectClitic) && i + 1 < view.norms.len() && is_auxiliary(view, i + 1)
}

/// "voltou a criticar", "está a bombardear": after an aspectual verb the Portuguese "a" is the
/// infinitive's preposition, neither the article nor the clitic "a" (her, it).
pub(crate) fn is_aspectual_preposition(view: &SentenceView, i: usize) -> bool {
    i > 0 && view.is(i, WordClass::ObjectClitic) && view.is(i - 1, WordClass::RealizedBeforeInfinitive)
}

/// The event's object is a pronoun: a clitic before the verb group or right before the verb,
/// attached to a gerund or infinitive ("accusandolo", "expulsarlos"), or an object pronoun
/// right after ("him", "ihn").
pub(crate) fn object_pronoun(view: &SentenceView, start: usize, end: usize, clause_left: usize) -> bool {
    let before = (clause_left.max(start.saturating_sub(3))..start).any(|i| {
        is_object_clitic(view, i) || (i + 1 == start && view.is(i, WordClass::ObjectClitic) && !is_aspectual_preposition(view, i))
    });
    let attached = has_ending(view.norms[start], &view.endings.attached_pronoun);
    // "accused him", or inside the expression as a pronoun phrase: "charged them with sedition".
    let after = (end < view.norms.len() && view.is(end, WordClass::ObjectPronoun))
        || (start + 2 < end
            && !view.is(start, WordClass::ObjectPronoun)
            && view.is(start + 1, WordClass::ObjectPronoun)
            && view.is(start + 2, WordClass::ObjectPronoun));
    // "acusando-o", "expulsou-os": a clitic the hyphen joins to the verb (no space before it, and
    // no elided word's apostrophe).
    let next = start + 1;
    let enclitic = next < view.norms.len()
        && !view.tokens[next].space_before
        && view.tokens[start].kind == TokenKind::Word
        && !view.norms[start].ends_with('\'')
        && view.is(next, WordClass::ObjectClitic);
    before || attached || after || enclitic
}

/// A simple past or future form ("instó", "acusou", "expulsará"): a verb, never a noun.
pub(crate) fn is_simple_finite(view: &SentenceView, i: usize) -> bool {
    has_ending(view.norms[i], &view.endings.past) || has_ending(view.norms[i], &view.endings.future)
}

/// "ha", "has been", "è stato": the auxiliaries of a verb group.
pub(crate) fn is_auxiliary(view: &SentenceView, i: usize) -> bool {
    [WordClass::ActiveAux, WordClass::PassiveAux, WordClass::PassiveAuxWeak, WordClass::ClauseVerb].iter().any(|&c| view.is(i, c))
}

/// How far after a passive participle its `da`/`by` agent may stand, past dates and places.
const PASSIVE_AGENT_REACH: usize = 16;

/// An active perfect's auxiliary right before the verb; not the one of a passive perfect ("a été
/// détenu", "has been detained", "ha sido detenido").
pub(crate) fn active_before(view: &SentenceView, start: usize) -> bool {
    (start.saturating_sub(3)..start).any(|i| view.is(i, WordClass::ActiveAux) && !(i + 1 < start && view.is(i + 1, WordClass::PassiveAux)))
}

/// How many plain words may stand between a postposed passive's agent preposition and its actor.
const AGENT_TITLE_WORDS: usize = 3;

/// The subject a passive puts after its verb, and its agent if it has one: the first actors of
/// the clause that no preposition introduces, and those after the agent preposition, in either
/// order ("detenidos el lunes tres periodistas por la policía", "libertados pelo M23 os cinco
/// enfermeiros"). Places say where, not who.
pub(crate) fn postposed_passive(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    from: usize,
    clause_right: usize,
) -> Option<(Vec<usize>, Option<Vec<usize>>)> {
    // "a Níger", "à la Chine": whom the act went to, perhaps past an article.
    let addressed = |start: usize| {
        let k = if start > 0 && view.is(start - 1, WordClass::Article) && !view.is(start - 1, WordClass::Addressee) {
            start - 1
        } else {
            start
        };
        k > 0 && view.is(k - 1, WordClass::Addressee)
    };
    let in_clause = groups.iter().filter(|g| {
        let m = &mentions[g[0]];
        m.start >= from && m.end <= clause_right && !m.place && !m.seat
    });
    // "pelo grupo rebelde M23": the agent preposition may stand before a title the lexicon does
    // not know.
    let agent_before = |start: usize| {
        (start.saturating_sub(AGENT_TITLE_WORDS + 1)..start)
            .rev()
            .take_while(|&i| view.is(i, WordClass::AgentPrep) || view.is(i, WordClass::Article) || view.classes_at(i) == 0)
            .any(|i| view.is(i, WordClass::AgentPrep))
    };
    let mut undergoer = None;
    let mut doer = None;
    for g in in_clause {
        let start = mentions[g[0]].start;
        if agent_before(start) {
            doer = doer.or(Some(g.clone()));
        } else if !in_prepositional_phrase(view, start) && !addressed(start) {
            undergoer = undergoer.or(Some(g.clone()));
        }
    }
    undergoer.map(|u| (u, doer))
}

/// How many words a manner phrase may take before the passive's agent ("con la massima fermezza").
const MANNER_WORDS: usize = 4;

/// The actor after `da`/`by` right after the verb, or after a date or a place ("arrêté mardi
/// par", "estradato in Italia dalle autorità brasiliane", "rapiti alla periferia di
/// Port-au-Prince da una gang", "interpellé à son domicile de Kampala par").
pub(crate) fn passive_agent(view: &SentenceView, mentions: &[Mention], end: usize) -> Option<usize> {
    let in_mention = |i: usize| in_any_mention(mentions, i);
    let plain_noun = |i: usize| {
        view.tokens[i].kind == TokenKind::Word
            && !view.tokens[i].capitalized
            && view.classes_at(i) == 0
            && !view.in_expression[i]
            && !in_mention(i)
    };
    // A capitalised name the lexicon does not know: a place in a place phrase ("seized in the
    // Arabian Sea by") or in a list of places.
    let unknown_name =
        |i: usize| view.tokens[i].kind == TokenKind::Word && view.tokens[i].capitalized && view.classes_at(i) == 0 && !in_mention(i);
    // "condannata con fermezza da", "firmly condemned by", "condamnée avec fermeté par": manner.
    let adverb = |i: usize| view.is(i, WordClass::Adverb) || (plain_noun(i) && has_ending(view.norms[i], &view.endings.adverb));
    // "con la massima fermezza da": the phrase may take an article and an adjective.
    let manner_word = |j: usize| j < view.norms.len() && (plain_noun(j) || view.is(j, WordClass::Article));
    let manner = |i: usize| {
        (view.is(i, WordClass::Comitative) && manner_word(i + 1))
            || (i.saturating_sub(MANNER_WORDS)..i)
                .rev()
                .find(|&c| view.is(c, WordClass::Comitative))
                .is_some_and(|c| (c + 1..=i).all(manner_word) && (c + 1..=i).any(plain_noun))
    };
    // "detained since March by": the word that says since when, before its date.
    let date_marker =
        |i: usize| i + 1 < view.norms.len() && view.gaps[i + 1] == GapRule::Free && view.date_words.iter().any(|d| d.start == i);
    // "au large de Singapour par": a country that completes a place noun says where.
    let place_complement = |m: &Mention| m.agent.is_none() && !m.person && m.start > 0 && view.is(m.start - 1, WordClass::ComplementPrep);
    let mut in_place_phrase = false;
    let mut passable = |i: usize| {
        in_place_phrase |= view.is(i, WordClass::Locative) || view.is(i, WordClass::Addressee);
        adverb(i)
            || manner(i)
            || view.gaps[i] == GapRule::Free
            || date_marker(i)
            || view.is(i, WordClass::Locative)
            || view.is(i, WordClass::Article)
            || (in_place_phrase && view.is(i, WordClass::Addressee))
            || (in_place_phrase
                && (plain_noun(i)
                    || unknown_name(i)
                    || view.is(i, WordClass::PlaceNoun)
                    || view.is(i, WordClass::ComplementPrep)
                    || view.is(i, WordClass::Possessive)
                    || mentions.iter().any(|m| m.start <= i && i < m.end && (m.place || m.seat || place_complement(m)))))
            || mentions.iter().any(|m| m.start <= i && i < m.end && (m.place || m.agent.is_none()) && is_locative(view, m.start))
    };
    // "condamné ... à dix ans de prison ferme par un tribunal": one plain word that ends the
    // participle's complement, right before the agent.
    // Not a noun of its own ("condemning the interception by the navy").
    let last_word_of_complement =
        |i: usize| plain_noun(i) && !is_determiner(view, i - 1) && i + 1 < view.norms.len() && view.is(i + 1, WordClass::AgentPrep);
    // "arrestati a Kampala, Gulu e Jinja, tra sabato e lunedì, dalla polizia": the commas and
    // conjunctions of a list of places or of a span of dates.
    let place_at = |i: usize| mentions.iter().any(|m| m.start == i && (m.place || m.seat));
    let joiner = |i: usize| {
        (view.norms[i] == "," || view.is(i, WordClass::Coordination))
            && i + 1 < view.norms.len()
            && (view.gaps[i + 1] == GapRule::Free
                || place_at(i + 1)
                || unknown_name(i + 1)
                || view.is(i + 1, WordClass::Locative)
                || (view.norms[i] == "," && view.is(i + 1, WordClass::AgentPrep)))
    };
    let mut k = after_quoted_qualification(view, end);
    while k < view.norms.len()
        && k < end + PASSIVE_AGENT_REACH
        && !view.is(k, WordClass::AgentPrep)
        && (passable(k) || last_word_of_complement(k) || joiner(k))
    {
        k += 1;
    }
    if k >= view.norms.len() || !view.is(k, WordClass::AgentPrep) {
        return None;
    }
    while k < view.norms.len() && view.is(k, WordClass::AgentPrep) {
        k += 1;
    }
    // "por um polícia", "da un uomo": an agent entry may take in its indefinite article.
    let article = k;
    if k < view.norms.len() && view.is(k, WordClass::Article) {
        k += 1;
    }
    // "by his Argentine counterpart", "pelo seu homólogo argentino".
    if k < view.norms.len() && view.is(k, WordClass::Possessive) && view.norms[k] != "'s" && view.norms[k] != "'" {
        k += 1;
    }
    // "by four members of the Gulf Clan", "por quatro homens armados": past their count, one
    // word ("pelo menos 46 pessoas" is no agent).
    if k + 1 < view.norms.len() && (view.tokens[k].kind == TokenKind::Number || view.is(k, WordClass::Quantifier)) {
        k += 1;
    }
    // "criticato dall'Alto commissariato dell'Onu", "condemned by the head of the UN": an agent
    // named by a title of an organisation or of a body.
    let title_of = |k: usize| {
        let title_word =
            |i: usize| view.tokens[i].kind == TokenKind::Word && view.classes_at(i) == 0 && !view.in_expression[i] && !in_mention(i);
        let title_end = (k..view.norms.len().min(k + 3)).find(|&i| !title_word(i))?;
        let after_of = (title_end > k && view.is(title_end, WordClass::ComplementPrep)).then_some(title_end + 1)?;
        let start = after_of
            + usize::from(
                after_of < view.norms.len() && view.is(after_of, WordClass::Article) && !view.is(after_of, WordClass::ComplementPrep),
            );
        // Not a place's hardship ("colpite dalle alluvioni di Derna").
        mentions.iter().position(|m| m.start == start && (m.code.starts_with("IGO") || m.agent.is_some()))
    };
    mentions.iter().position(|m| m.start == k || m.start == article).or_else(|| title_of(k))
}

/// Past a short quotation at `at`, or one word later ("bollato come «sconsiderato» dal premier",
/// "condemned as 'reckless' by Tokyo"): the qualification a participle gives, before its agent.
/// `at` itself when no quotation opens there or it does not close within a few words.
pub(crate) fn after_quoted_qualification(view: &SentenceView, at: usize) -> usize {
    const QUALIFICATION_WORDS: usize = 6;
    let opening = |i: usize| i < view.norms.len() && matches!(view.norms[i], "«" | "“" | "\"" | "„" | "'");
    let open = if opening(at) {
        at
    } else if at < view.norms.len() && view.tokens[at].kind == TokenKind::Word && !is_determiner(view, at) && opening(at + 1) {
        at + 1
    } else {
        return at;
    };
    (open + 1..view.norms.len().min(open + 2 + QUALIFICATION_WORDS))
        .find(|&i| matches!(view.norms[i], "»" | "”" | "\"" | "“" | "'"))
        .map_or(at, |close| close + 1)
}

/// The clause opens with an article, a few plain words (a title: "the head", "il segretario
/// generale") and `of`/`di` right before the actor at `start`; none of them is an event word.
fn titled_subject(view: &SentenceView, clause_left: usize, start: usize) -> bool {
    let Some(prep) =
        start
            .checked_sub(1)
            .map(|p| if p > 0 && view.is(p, WordClass::Article) && !view.is(p, WordClass::ComplementPrep) { p - 1 } else { p })
    else {
        return false;
    };
    // "En una carta abierta, la misión del PMA protestó": the title opens after a fronted
    // prepositional adjunct and its comma.
    let fronted_adjunct = view.is(clause_left, WordClass::Preposition);
    let mut left = (clause_left..prep).rev().find(|&i| fronted_adjunct && view.norms[i] == ",").map_or(clause_left, |comma| comma + 1);
    // "Migliaia di sostenitori dell'opposizione", "Thousands of supporters of", "Some 3,500
    // fighters of": a count before the title.
    while left + 1 < prep
        && (view.is(left, WordClass::Quantifier)
            || view.tokens[left].kind == TokenKind::Number
            || (left > 0 && view.is(left - 1, WordClass::Quantifier) && view.is(left, WordClass::ComplementPrep)))
    {
        left += 1;
    }
    if prep <= left || !view.is(prep, WordClass::ComplementPrep) || prep - left > 4 {
        return false;
    }
    let title = left..prep;
    let plain = |i: usize| view.tokens[i].kind == TokenKind::Word && view.classes_at(i) == 0 && !view.in_expression[i];
    // "Supporters of the opposition attacked", "Bulldozer dell'esercito israeliano hanno
    // demolito": a bare plural opening the sentence is a title too.
    let bare = (clause_left == 0 || left > clause_left) && !title.is_empty() && title.clone().all(plain);
    let with_article = view.is(left, WordClass::Article) && title.clone().skip(1).all(plain) && title.len() >= 2;
    bare || with_article
}

/// Where the phrase of the word at `start` begins: on its article, if one precedes it.
fn phrase_start(view: &SentenceView, start: usize) -> usize {
    if start > 0 && view.is(start - 1, WordClass::Article) {
        start - 1
    } else {
        start
    }
}

/// "according to local officials", "nach Angaben örtlicher Behörden", "nach Angaben von
/// Aktivisten", "selon les autorités": an actor who is where the news comes from, which is
/// neither the doer nor the target of the sentence's events.
pub(crate) fn in_attribution(view: &SentenceView, start: usize) -> bool {
    let mut k = start;
    // German adjectives, lower case unlike nouns, and an article stand between.
    while view.verb_second
        && k > 0
        && view.tokens[k - 1].kind == TokenKind::Word
        && !view.tokens[k - 1].capitalized
        && view.classes_at(k - 1) == 0
    {
        k -= 1;
    }
    if k > 0 && view.is(k - 1, WordClass::Article) {
        k -= 1;
    }
    if k > 1 && (view.is(k - 1, WordClass::AgentPrep) || view.is(k - 1, WordClass::ComplementPrep)) {
        // "selon des journalistes de l'AFP": the owner of a source is a source too.
        if view.tokens[k - 2].kind == TokenKind::Word && in_attribution(view, k - 2) {
            return true;
        }
        k -= 1;
    }
    k > 0 && view.is(k - 1, WordClass::Attribution)
}

/// "De jeunes Algériens ont bloqué", "De hauts responsables hongrois": a word that is a
/// preposition elsewhere opens the sentence or a clause as an article, right before the noun or
/// one adjective.
pub(crate) fn opening_article_before(view: &SentenceView, start: usize) -> bool {
    // Not before a name: "De Paris à Berlin, ...".
    let opens = |i: usize| {
        view.is(i, WordClass::OpeningArticle)
            && (i == 0 || view.is_boundary(i - 1) || view.norms[i - 1] == ",")
            && view.tokens.get(i + 1).is_some_and(|t| !t.capitalized)
    };
    (start >= 1 && opens(start - 1)) || (start >= 2 && opens(start - 2) && view.classes_at(start - 1) == 0)
}

pub(crate) fn in_prepositional_phrase(view: &SentenceView, start: usize) -> bool {
    if opening_article_before(view, start) {
        return false;
    }
    let mut k = start;
    if k > 0 && view.is(k - 1, WordClass::Article) && !view.is(k - 1, WordClass::Preposition) {
        k -= 1;
    }
    // "Migliaia di manifestanti", "thousands of protesters", "des milliers d'Israéliens": the
    // preposition of a quantifier.
    let quantifier = k > 0
        && (view.is(k - 1, WordClass::Quantifier)
            || (k > 1 && view.is(k - 2, WordClass::Quantifier) && view.is(k - 1, WordClass::ComplementPrep)));
    k > 0
        && !quantifier
        && (view.is(k - 1, WordClass::Preposition) || view.is(k - 1, WordClass::AgentPrep) || view.is(k - 1, WordClass::Reciprocal))
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn find_subject(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    start: usize,
    clause_left: usize,
    prev_targets: &[usize],
    prev_sources: &[usize],
    carry: &Carry,
    notes: &mut Vec<String>,
) -> Option<Vec<usize>> {
    // "Iran, which attacked Israel, condemned the US": past the relative clause, the main verb's
    // subject is the relative pronoun's antecedent, or whoever opens the main clause.
    // Not when the commas only set off the name of the relative clause's own subject ("decisão
    // que o secretário de Estado, Marco Rubio, qualificou"), a name the lexicon may not know.
    let in_mention = |i: usize| in_any_mention(mentions, i);
    // Nor when they list its subjects ("que Washington, Paris e Berlim denunciaram").
    let apposed_subject = || {
        (clause_left..start).all(|i| {
            in_mention(i)
                || view.norms[i] == ","
                || view.is(i, WordClass::Article)
                || view.is(i, WordClass::Coordination)
                || view.tokens[i].capitalized
        }) && (clause_left..start).any(in_mention)
    };
    // Nor when an actor outside a prepositional phrase stands between the last comma and the
    // verb: it opens a clause of its own ("ruled that Trump enjoys immunity, a decision President
    // Biden blasted").
    let last_comma = (clause_left..start).rev().find(|&i| view.norms[i] == ",");
    if clause_left > 0
        && view.is(clause_left - 1, WordClass::Relative)
        && last_comma.is_some_and(|comma| {
            // German relatives are articles, and its verb-final clauses put objects before the verb.
            view.verb_second || !mentions.iter().any(|m| m.start > comma && m.end <= start && !in_prepositional_phrase(view, m.start))
        })
        && !apposed_subject()
    {
        // ...unless the antecedent was itself an object ("ha colpito una scuola che ospitava
        // sfollati, uccidendo"): then the main clause's own subject.
        if let Some(g) =
            relative_antecedent(view, mentions, groups, clause_left - 1).filter(|g| !g.iter().any(|m| prev_targets.contains(m)))
        {
            notes.push("role:main-clause-subject".into());
            return Some(g);
        }
        let outer_left = (0..clause_left - 1).rev().find(|&i| view.is_boundary(i)).map_or(0, |i| i + 1);
        return find_subject(view, mentions, groups, clause_left - 1, outer_left, prev_targets, prev_sources, carry, notes);
    }
    // "and the two signed", "e i due hanno firmato", "y ambos firmaron": the pair word alone is
    // the subject.
    let mut verb_group = start;
    while verb_group > 0 && (is_auxiliary(view, verb_group - 1) || is_object_clitic(view, verb_group - 1)) {
        verb_group -= 1;
    }
    // "interceptó a 230 migrantes y los devolvió", "e os acusou": after a coordination, a verb
    // with its object clitic shares the earlier verb's subject; the actor just before the
    // coordination was that verb's object.
    let clitic = if verb_group < start && view.is(verb_group, WordClass::ObjectClitic) {
        Some(verb_group)
    } else {
        verb_group.checked_sub(1).filter(|&k| view.is(k, WordClass::ObjectClitic) && is_simple_finite(view, start))
    };
    let coordination = clitic.and_then(|k| k.checked_sub(1)).filter(|&k| k >= clause_left && view.is(k, WordClass::Coordination));
    if let Some(coordination) = coordination {
        if !prev_sources.is_empty() {
            notes.push("role:shared-subject".into());
            return Some(prev_sources.to_vec());
        }
        let opening = groups.iter().find(|g| {
            let first = &mentions[g[0]];
            first.start >= clause_left
                && first.start < coordination
                && !in_prepositional_phrase(view, first.start)
                && !first.place
                && !first.demonym
        });
        if let Some(g) = opening {
            notes.push("role:shared-subject".into());
            return Some(g.clone());
        }
    }
    let pair_word = verb_group.checked_sub(1).filter(|&p| view.is(p, WordClass::Pair) && !in_mention(p));
    let opened = |p: usize| p == 0 || [WordClass::Article, WordClass::Coordination].iter().any(|&class| view.is(p - 1, class));
    if let Some(pair) = pair_word.filter(|&p| opened(p)).and_then(|p| pair_named_before(mentions, p)) {
        notes.push("role:pair-anaphor".into());
        return Some(pair);
    }
    for g in groups.iter().rev() {
        let first = &mentions[g[0]];
        let last = &mentions[*g.last()?];
        if last.end > start || first.start < clause_left {
            continue;
        }
        // The previous verb's object is not this verb's subject when the two verbs are
        // coordinated ("attacked Gaza and cut off power", "bombarded Aleppo, killing ...").
        let coordinated_after = (last.end..start).any(|i| view.is(i, WordClass::Coordination));
        let after_comma = start > 0 && view.norms[start - 1] == ",";
        let previous_object = (coordinated_after || after_comma) && g.iter().any(|m| prev_targets.contains(m));
        // "after Indian troops fired on ...", "dopo che": a clause-opening word that is also a
        // preposition introduces a clause whose subject this is.
        let opens_own_clause = first.start == clause_left || (first.start == clause_left + 1 && view.is(clause_left, WordClass::Article));
        // "Il segretario generale delle Nazioni Unite ha esortato", "The head of the IAEA said":
        // the clause opens with a title whose `of` names the one who acts.
        let titled_by_of = titled_subject(view, clause_left, first.start);
        if (in_prepositional_phrase(view, first.start) && !opens_own_clause && !titled_by_of)
            || previous_object
            || g.iter().any(|m| mentions[*m].place)
        {
            continue;
        }
        // A bare demonym names the subject when it stands alone ("i russi"), is counted
        // ("migliaia di georgiani") or qualifies the noun that opens the clause ("Un missile
        // russo ha colpito"), not inside an object.
        if first.demonym && g.len() == 1 && first.start > clause_left && !view.is(first.start - 1, WordClass::Article) {
            // "Plus de 250 combattants ukrainiens": a count opens the noun too.
            let opens_noun =
                |i: usize| view.is(i, WordClass::Article) || view.is(i, WordClass::Quantifier) || view.tokens[i].kind == TokenKind::Number;
            let noun_opening = (first.start >= 2
                && first.start - 2 >= clause_left
                && opens_noun(first.start - 2)
                && view.classes_at(first.start - 1) == 0)
                || opening_article_before(view, first.start);
            // "Migliaia di georgiani", "thousands of Israelis", "des milliers d'Israéliens": people
            // counted.
            let counted = view.is(first.start - 1, WordClass::Quantifier)
                || (first.start >= 2
                    && view.is(first.start - 2, WordClass::Quantifier)
                    && view.is(first.start - 1, WordClass::ComplementPrep));
            if !noun_opening && !counted {
                continue;
            }
        }
        // "i due ministri", "the two leaders": a plural agent standing for a pair named earlier.
        if g.len() == 1 && first.country.is_none() && first.start > 0 && view.is(first.start - 1, WordClass::Pair) {
            if let Some(pair) = groups.iter().find(|p| p.len() >= 2 && mentions[*p.last().unwrap_or(&0)].end <= first.start) {
                notes.push("role:pair-anaphor".into());
                return Some(pair.clone());
            }
            if let Some(pair) = pair_named_before(mentions, first.start) {
                notes.push("role:pair-anaphor".into());
                return Some(pair);
            }
        }
        notes.push("role:subject".into());
        return Some(g.clone());
    }
    // "India rejected the claims that agents were behind the murder and expelled a diplomat": a
    // verb right after `and` (past its auxiliaries and clitics) is coordinated with an earlier
    // verb and has no subject of its own in between.
    let mut verb_group = start;
    while verb_group > clause_left && (is_auxiliary(view, verb_group - 1) || is_object_clitic(view, verb_group - 1)) {
        verb_group -= 1;
    }
    let after_coordination = verb_group > clause_left && view.is(verb_group - 1, WordClass::Coordination);
    let sentence_subject = || {
        groups
            .iter()
            .find(|g| {
                let first = &mentions[g[0]];
                first.start < clause_left && !in_prepositional_phrase(view, first.start) && !first.place && !first.demonym
            })
            .cloned()
    };
    if after_coordination {
        if !prev_sources.is_empty() {
            notes.push("role:shared-subject".into());
            return Some(prev_sources.to_vec());
        }
        if let Some(g) = sentence_subject() {
            notes.push("role:sentence-subject".into());
            return Some(g);
        }
    }
    // "the militants, who attacked": the antecedent of a relative pronoun; not when a pronoun
    // subject of its own follows it ("le Rwanda, qu'il accuse").
    let pronoun_subject = view.is(clause_left, WordClass::PersonalPronoun) || view.is(clause_left, WordClass::Pronoun);
    if clause_left > 0 && view.is(clause_left - 1, WordClass::Relative) && !pronoun_subject {
        if let Some(g) = relative_antecedent(view, mentions, groups, clause_left - 1) {
            notes.push("role:relative-antecedent".into());
            return Some(g);
        }
        // "a resolution that demanded ...": the antecedent is not an actor.
        return None;
    }
    // Coordinated verbs and dropped subjects: a clause that starts with its verb.
    // An object clitic before the verb group ("Lo ha poi accusato") does not open a clause.
    // Nor does a date ("ma lunedì ha convocato"), except in a verb-second language, where a date
    // that opens the clause puts the subject after the verb ("am Dienstag gedachten Zehntausende").
    let date = |i: usize| view.gaps[i] == GapRule::Free && !view.verb_second;
    let head: Vec<usize> =
        (clause_left..start).filter(|&i| view.tokens[i].kind == TokenKind::Word && !is_object_clitic(view, i) && !date(i)).collect();
    // A subject pronoun ("he visited", "said it would send") stands for the last subject.
    let pronoun_first = head.first().is_some_and(|&i| view.is(i, WordClass::Pronoun));
    let verb_first = pronoun_first
        || after_coordination
        || head.first().is_some_and(|&i| view.is(i, WordClass::ClauseVerb) || view.is(i, WordClass::Coordination))
        || head.is_empty();
    // "summoned Ambassador Brigety after he accused Pretoria": "he" and "she" stand for the
    // last person named before them when the last subject is no person.
    let personal = head.first().filter(|&&i| view.is(i, WordClass::PersonalPronoun));
    if let Some(&at) = personal.filter(|_| !prev_sources.iter().any(|&m| mentions.get(m).is_some_and(|x| x.person))) {
        let named = groups.iter().rev().find(|g| g.iter().all(|&m| mentions[m].person && mentions[m].end <= at));
        if let Some(g) = named {
            notes.push("role:personal-pronoun".into());
            return Some(g.clone());
        }
    }
    if verb_first && !prev_sources.is_empty() {
        notes.push("role:shared-subject".into());
        return Some(prev_sources.to_vec());
    }
    // "La Commissione non ha imposto sanzioni, ma ha chiesto a Mosca...": the sentence's subject.
    if verb_first {
        if let Some(g) = sentence_subject() {
            notes.push("role:sentence-subject".into());
            return Some(g);
        }
    }
    if verb_first
        && head.first().is_some_and(|&i| view.is(i, WordClass::ClauseVerb) || view.is(i, WordClass::Pronoun))
        && !carry.subject.is_empty()
    {
        notes.push("role:carried-subject".into());
        return Some((0..carry.subject.len()).map(|k| mentions.len() + k).collect());
    }
    None
}

/// The actor that opens the sentence (after an article), if any: "Russian President Vladimir
/// Putin on Wednesday ordered ...".
pub(crate) fn sentence_opening_subject(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>]) -> Option<Vec<usize>> {
    let opening = usize::from(!view.norms.is_empty() && is_determiner(view, 0));
    groups.iter().find(|g| mentions[g[0]].start == opening && !mentions[g[0]].place).cloned()
}

/// The actor that closes the sentence right after a verb at `end` ("..., a dénoncé mardi
/// Manille."): nothing but punctuation after it, or a relative clause on it ("..., a dénoncé
/// Manille, qui a convoqué l'ambassadeur").
pub(crate) fn closing_speaker(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], end: usize) -> Option<Vec<usize>> {
    // "..., ha denunciato l'ong Alarme Phone Sahara": one plain noun may name the speaker's kind.
    let kind_noun = |i: usize| view.tokens[i].kind == TokenKind::Word && !view.tokens[i].capitalized && view.classes_at(i) == 0;
    let g = groups.iter().find(|g| {
        let st = mentions[g[0]].start;
        st >= end
            && st <= end + 3
            && !mentions[g[0]].place
            && !in_prepositional_phrase(view, st)
            && (end..st).all(|i| view.gaps[i] == GapRule::Free || is_determiner(view, i) || (i + 1 == st && i > end && kind_noun(i)))
    })?;
    let mut last = g.iter().map(|&m| mentions[m].end).max()?;
    // "a dénoncé l'ONG Human Rights Watch": a kind named as an actor, then the name itself.
    let mut g = g;
    if let Some(named) = groups.iter().find(|h| mentions[h[0]].start == last) {
        g = named;
        last = named.iter().map(|&m| mentions[m].end).max()?;
    }
    let relative_on_it = last + 1 < view.norms.len() && view.norms[last] == "," && view.is(last + 1, WordClass::Relative);
    ((last..view.norms.len()).all(|i| view.tokens[i].kind == TokenKind::Punct) || relative_on_it).then(|| g.clone())
}

pub(crate) fn statement_topic(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    c: &Candidate,
) -> Option<(Vec<usize>, &'static str)> {
    let usable = |g: &&Vec<usize>| !g.iter().any(|m| c.sources.contains(m)) && !mentions[g[0]].place;
    // "ha affermato che ...", "said that ...", "said NATO would ..."
    let after = c.end + usize::from(view.norms.get(c.end).is_some_and(|_| view.is(c.end, WordClass::Relative)));
    // "told reporters in Brussels" says where, not of whom.
    let subject_of_content = |g: &&Vec<usize>| {
        let start = mentions[g[0]].start;
        start >= after && start <= after + 1 && !is_locative(view, start)
    };
    if let Some(g) = groups.iter().filter(usable).find(subject_of_content) {
        return Some((g.clone(), "role:statement-subject"));
    }
    if after > c.end {
        if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start > c.end) {
            return Some((g.clone(), "role:statement-topic"));
        }
    }
    // "Nella sua lettera a Kim Jong Un, Putin ha scritto": the addressee of the message it was
    // said in comes first.
    if let Some(g) = message_addressee(view, mentions, groups, c) {
        return Some((g, "role:message-addressee"));
    }
    // "Russia attacked Moldova, the Romanian minister said": the clause before the speaker (a
    // quote, when it closes right before the comma).
    let speaker_start = c.sources.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min().unwrap_or(c.start);
    let after_comma = |at: usize| {
        let mut k = at;
        if k > 0 && view.is(k - 1, WordClass::Article) {
            k -= 1;
        }
        k > 0 && view.norms[k - 1] == ","
    };
    let postposed = c.notes.iter().any(|n| n == "role:postposed-speaker");
    if postposed || (speaker_start < c.start && after_comma(speaker_start)) {
        let comma = (0..speaker_start.min(c.start)).rev().find(|&i| view.norms[i] == ",");
        if let Some(comma) = comma {
            if let Some(g) = groups.iter().filter(usable).find(|g| mentions[*g.last().unwrap_or(&0)].end <= comma) {
                let quoted = comma > 0 && matches!(view.norms[comma - 1], "»" | "”" | "\"");
                return Some((g.clone(), if quoted { "role:quote-topic" } else { "role:reported-clause-topic" }));
            }
        }
    }
    // «...», ha detto X: the quote before the verb.
    let quote_end = (0..c.start).rev().find(|&i| matches!(view.norms[i], "»" | "”" | "\""));
    if let Some(qe) = quote_end {
        let qs = (0..qe).rev().find(|&i| matches!(view.norms[i], "«" | "“" | "\"")).unwrap_or(0);
        if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start > qs && mentions[g[0]].start < qe) {
            return Some((g.clone(), "role:quote-topic"));
        }
    }
    message_addressee(view, mentions, groups, c).map(|g| (g, "role:message-addressee"))
}

/// "In un messaggio al premier giapponese, Modi ha scritto", "In a letter to the UN, ...",
/// "sent a message to the king to express condolences": the addressee of the message.
pub(crate) fn message_addressee(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &Candidate) -> Option<Vec<usize>> {
    let usable = |g: &&Vec<usize>| !g.iter().any(|m| c.sources.contains(m)) && !mentions[g[0]].place;
    // "In un messaggio al premier giapponese, Modi ha scritto", "In a letter to the UN, ..."
    for i in 0..c.start {
        if view.is(i, WordClass::AddressedMessage) {
            let mut j = i + 1;
            while j < c.start && j <= i + 3 && !groups.iter().any(|g| mentions[g[0]].start == j) {
                j += 1;
            }
            let addressed = (i + 1..j).any(|k| view.is(k, WordClass::Addressee));
            if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start == j) {
                if addressed {
                    return Some(g.clone());
                }
            }
        }
    }
    None
}

/// "in Pyongyang", "at the UN", "a Mosca": a place where it happened, not a target.
pub(crate) fn is_locative(view: &SentenceView, start: usize) -> bool {
    let k = phrase_start(view, start);
    k > 0 && view.is(k - 1, WordClass::Locative)
}

/// "verso il Niger", "to El Salvador", "nach Afghanistan": a bare place behind a preposition
/// other than the genitive ("migranti del Niger") or an agent's ("da Parigi").
fn destination(view: &SentenceView, m: &Mention) -> bool {
    let k = phrase_start(view, m.start);
    (m.place || m.agent.is_none())
        && k > 0
        && view.is(k - 1, WordClass::Preposition)
        && !view.is(k - 1, WordClass::ComplementPrep)
        && !view.is(k - 1, WordClass::AgentPrep)
}

/// "a Netanyahu, al que acusa de genocidio", "trois militants qu'Ankara accuse", "the leader,
/// whom the government accuses", "die Philippinen, denen es Provokationen vorwirft": a relative
/// pronoun before the event that is its object (a subject of its own follows it, or the
/// preposition of a personal object marks it: "al que", "à qui") stands for the event's target.
pub(crate) fn object_relative_antecedent(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    c: &Candidate,
    clause_left: usize,
) -> Option<Vec<usize>> {
    // Protests and force find their targets their own way ("cujos apoiantes incendiaram").
    if matches!(&c.code[..2], "14" | "15" | "18" | "19" | "20") {
        return None;
    }
    let relative = (clause_left.saturating_sub(1)..c.start).rev().find(|&i| view.is(i, WordClass::Relative))?;
    // "al que", "a la que", "à qui": the relative marked as an object.
    let before = relative.checked_sub(1).map(|b| if b > 0 && view.is(b, WordClass::Article) { b - 1 } else { b });
    // "a quem" in Portuguese, whose "a" is also the article: the grammar lists it whole.
    let marked = before.is_some_and(|b| view.is(b, WordClass::Addressee)) || (relative > 0 && view.is(relative - 1, WordClass::Addressee));
    // The relative clause's own subject comes first in it: "qu'Ankara accuse", "que el Gobierno
    // acusa", "denen es ... vorwirft".
    let mut first = relative + 1;
    while first < c.start && (view.is(first, WordClass::Article) || is_determiner(view, first)) {
        first += 1;
    }
    let own_subject = first < c.start
        && (view.is(first, WordClass::PersonalPronoun)
            || view.is(first, WordClass::Pronoun)
            || mentions.iter().any(|m| m.start == first && !m.place));
    // Past a comma the relative clause has closed ("dessen Bündnis die BDP abgelöst hatte, ihre
    // Unterstützung zugesichert"); a comma that only ends the expression ("dem er Sabotage
    // vorwarf,") does not.
    let last_word = (c.start..c.end).rev().find(|&i| view.tokens[i].kind == TokenKind::Word).unwrap_or(c.start);
    let closed = (relative + 1..last_word).any(|i| view.norms[i] == ",");
    // "Russia attacked Georgia, which Ukraine condemned": what one condemns or rejects may be the
    // clause before; only a marked pronoun ("al que", "à qui") is surely the actor.
    // "dem er vorwarf": a pronoun whose case is never the subject's, with a subject of its own
    // after it, is surely the actor too.
    let case_marked = view.is(relative, WordClass::ObjectRelative) && own_subject;
    let about_the_clause = !marked && !case_marked && (matches!(&c.code[..3], "110" | "111") || c.code.starts_with("12"));
    if !(marked || own_subject) || closed || about_the_clause {
        return None;
    }
    let mut pronoun = relative;
    while pronoun > 0 && (view.is(pronoun - 1, WordClass::Addressee) || view.is(pronoun - 1, WordClass::Article)) {
        pronoun -= 1;
    }
    relative_antecedent(view, mentions, groups, pronoun).filter(|g| !g.iter().any(|m| c.sources.contains(m)))
}

/// "the accord, which Kinshasa and Kigali signed", "l'accordo che Baku e Erevan hanno firmato",
/// matched whole: the actors right after a relative pronoun inside the expression, before its
/// verb, are the relative clause's subject, the doers of what its verb says of the antecedent.
pub(crate) fn subject_after_inner_relative(view: &SentenceView, mentions: &[Mention], c: &Candidate) -> bool {
    let Some(first) = c.targets.iter().filter_map(|&t| mentions.get(t)).map(|m| m.start).min() else { return false };
    let last = c.targets.iter().filter_map(|&t| mentions.get(t)).map(|m| m.end).max().unwrap_or(c.end);
    // The expression opens on the antecedent noun, after its article ("the peace accord",
    // "l'accordo"), not on a verb whose `que` is a complementizer ("exige que o governo").
    let opens_on_noun = (c.start.saturating_sub(2)..c.start).any(|i| view.is(i, WordClass::Article) || is_determiner(view, i));
    // "which Kinshasa", "che i due governi", "das Kinshasa" (whose pronoun is also an article).
    let opened_by_relative = opens_on_noun
        && first > c.start + 1
        && (view.is(first - 1, WordClass::Relative) || (view.is(first - 1, WordClass::Article) && view.is(first - 2, WordClass::Relative)));
    opened_by_relative && last < c.end && !is_passive(view, c.start, c.end, &view.lang)
}

/// "came under fire from members of the ELN": the actor right after an expression that ends in
/// its preposition (past an article), or the whole a plain part of it belongs to.
pub(crate) fn doer_after(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], end: usize) -> Option<Vec<usize>> {
    let at = end + usize::from(end < view.norms.len() && view.is(end, WordClass::Article));
    groups.iter().find(|g| mentions[g[0]].start == at).cloned().or_else(|| whole_of_a_part(view, mentions, groups, at))
}

/// The actor right before a relative pronoun at `pronoun` (commas skipped), unless it sits in an
/// `of`, `between` or place phrase, which leaves the head noun as the antecedent ("la risoluzione
/// del Consiglio, che ...", "la guerra entre Rusia y Ucrania, que ...", "un hospital en Kiev, que").
pub(crate) fn relative_antecedent(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], pronoun: usize) -> Option<Vec<usize>> {
    let mut k = pronoun;
    while k > 0 && (view.is(k - 1, WordClass::Relative) || view.norms[k - 1] == ",") {
        k -= 1;
    }
    // "the accord with France, which had recalled": the actor of any other phrase, when a comma
    // sets the relative off (without one it only says which of them: "a los manifestantes que").
    let set_off = view.norms[k] == ",";
    // An adjective, not a demonym, which is an actor ("les frappes israéliennes sur Beyrouth, qui").
    let adjective = |i: usize| {
        view.tokens[i].kind == TokenKind::Word
            && !view.tokens[i].capitalized
            && view.classes_at(i) == 0
            && !view.in_expression[i]
            && !mentions.iter().any(|m| m.start <= i && i < m.end)
    };
    // "les accusations de la RDC, qui l'accuse", "le critiche di Bruxelles, che ha minacciato":
    // after an event's noun, also past its adjective ("des excuses publiques du président, qui"),
    // the one who acts is its owner.
    let owner_of_an_event = |k: usize| {
        let noun = (k.saturating_sub(5)..k.saturating_sub(1)).rev().find(|&i| !adjective(i));
        noun.is_some_and(|i| view.in_expression[i] || view.is(i, WordClass::EventAnaphor))
    };
    let head_elsewhere = |start: usize| {
        let k = start - usize::from(start > 0 && view.is(start - 1, WordClass::Article) && !view.is(start - 1, WordClass::Preposition));
        in_prepositional_phrase(view, start)
            && (!set_off
                || view.is(k - 1, WordClass::ComplementPrep) && !view.is(k - 1, WordClass::Against) && !owner_of_an_event(k)
                || view.is(k - 1, WordClass::Reciprocal)
                || is_locative(view, start))
    };
    // "i due ministeri della Difesa, che", "le ministère colombien de la Défense, qui": the name
    // of an office's department, which no actor entry covers, belongs to its antecedent.
    let in_mention = |i: usize| in_any_mention(mentions, i);
    let department = |end: usize| {
        end < k
            && k - end <= 5
            && view.is(end, WordClass::ComplementPrep)
            && (end + 1..k).any(|i| view.tokens[i].capitalized)
            && (end + 1..k).all(|i| {
                view.tokens[i].kind == TokenKind::Word
                    && !view.in_expression[i]
                    && !in_mention(i)
                    && (view.classes_at(i) == 0 || view.is(i, WordClass::Article))
            })
    };
    // "hat den Botschafter einbestellt, dem sie ... vorwirft": a verb-second language puts the
    // relative clause past the participle that closes the bracket.
    let bracket_closed = view.verb_second
        && k > 0
        && view.tokens[k - 1].kind == TokenKind::Word
        && !view.tokens[k - 1].capitalized
        && has_ending(view.norms[k - 1], &view.endings.participle)
        && !in_mention(k - 1);
    // "den Gewerkschaftsbund CGT, dem": an acronym no entry knows names the agent before it.
    let acronym = |i: usize| view.tokens[i].kind == TokenKind::Word && view.classes_at(i) == 0 && !in_mention(i) && view.tokens[i].all_caps;
    let adjacent = |end: usize| end == k || view.after_gloss(end) == Some(k) || ((bracket_closed || acronym(end)) && end + 1 == k);
    groups
        .iter()
        .find(|g| {
            let last = &mentions[*g.last().unwrap_or(&0)];
            (adjacent(last.end) || (department(last.end) && !last.place && !last.person)) && !head_elsewhere(mentions[g[0]].start)
        })
        .cloned()
}

pub(crate) fn find_target(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    c: &Candidate,
    clause_right: usize,
    next_trigger: usize,
) -> Vec<usize> {
    // A protest's or a threat's target may sit far along its clause ("scesi in piazza sabato a
    // Tel Aviv contro la riforma del governo", "threatened to respond with overwhelming force to
    // any provocation by South Korea").
    let far_reaching = c.code.starts_with("14") || c.code.starts_with("13");
    // Expelling people, one by one or en masse: whom a state expels may follow where it sends
    // them ("expulsaram para a zona desértica junto à fronteira com a Líbia centenas de migrantes").
    let expulsion = c.code.starts_with("174");
    let sends_people = expulsion || c.code == "201";
    // A force posture names its forces before where they go ("desplegó cientos de soldados y
    // vehículos blindados a lo largo de su frontera con Haití"): it reaches further than the
    // usual ten tokens, but not past a participle, a gerund or a relative that opens a phrase of
    // its own (", expected to be joined later by Italian vessels").
    let posture = c.code.starts_with("15");
    let reach = if far_reaching || sends_people || posture { 16 } else { 10 };
    let opens_phrase = |i: usize| {
        view.norms[i] == ","
            && i + 1 < view.norms.len()
            && (has_ending(view.norms[i + 1], &view.endings.participle)
                || has_ending(view.norms[i + 1], &view.endings.gerund)
                || view.is(i + 1, WordClass::Relative)
                || (i + 2 < view.norms.len() && view.is(i + 2, WordClass::Relative)))
    };
    let phrase_end = if posture && !far_reaching {
        (c.end..view.norms.len().min(c.end + reach)).find(|&i| opens_phrase(i)).map_or(c.end + reach, |comma| comma.max(c.end + 10))
    } else {
        c.end + reach
    };
    let limit = clause_right.min(phrase_end);
    let mut destination_group = None;
    for g in groups {
        let first = &mentions[g[0]];
        // An actor inside the expression's gap counts: "promesso all'Ucraina nuovi aiuti".
        if first.start <= c.start || first.start >= limit {
            continue;
        }
        // A preposition that belongs to the expression ("fired rockets at") introduces the target.
        let own_preposition = first.start == c.end && c.end > c.start + 1;
        // For a material act the place is what is acted on ("bombed targets in Syria", "sent
        // troops into Ukraine"); for a verbal or diplomatic one it is only where it was said.
        // An act announced or threatened keeps its place ("invierà in Turchia una squadra di
        // soccorritori": the lexicon's 073 becomes an intent, 0333).
        let material = |code: &str| matches!(code.get(..2), Some("06" | "07" | "08" | "14" | "15" | "16" | "17" | "18" | "19" | "20"));
        let place_is_target = material(&c.code) || material(&c.entry.code) || c.code == "042";
        // "prendeu ontem no Rio de Janeiro dois chefes do Comando Vermelho": a coercive act is
        // done to the people named after where it happened, when the sentence names them.
        // Not past another event's words, whose object that is.
        let coerced_past_the_place = matches!(c.code.get(..3), Some("173" | "174" | "175"))
            && first.place
            && is_locative(view, first.start)
            && !own_preposition
            && groups.iter().any(|h| {
                let later = &mentions[h[0]];
                later.start >= first.end
                    && later.start < limit
                    && !later.place
                    && !is_locative(view, later.start)
                    && !c.sources.contains(&h[0])
                    && !(first.end.max(c.end)..later.start).any(|i| view.in_expression[i])
            });
        // "threatened to take strong military measures if Seoul ...": the "military" of a threat
        // of force names its means, not whom it threatens.
        let means_of_the_threat =
            c.code.starts_with("138") && first.country.is_none() && first.agent.as_deref() == Some("MIL") && first.end <= c.end;
        if c.sources.contains(&g[0])
            || means_of_the_threat
            || (is_locative(view, first.start) && !own_preposition && !place_is_target)
            || coerced_past_the_place
            || in_attribution(view, first.start)
        {
            continue;
        }
        // "espulso in Guatemala 135 prigionieri", "expulsó hacia Níger a los migrantes": where
        // the expelled are sent is no target; they are. Unnamed, they are most often sent home
        // ("deported to China"): then the destination stands for them.
        if sends_people && destination(view, first) {
            destination_group.get_or_insert_with(|| g.clone());
            continue;
        }
        // "hanno discusso di migranti", "talked about refugees": a topic, not a target; but what
        // a material act's own preposition introduces is acted on ("opened fire on protesters").
        let preposition_of_the_expression = first.start > c.start && first.start <= c.end && c.end > c.start + 1;
        let topic = !(preposition_of_the_expression && place_is_target)
            && first.country.is_none()
            && !first.code.starts_with("IGO")
            && first.start > 0
            && view.is(first.start - 1, WordClass::Topic)
            && !view.is(first.start - 1, WordClass::Quantifier);
        if topic {
            continue;
        }
        // "ha ricevuto a Palazzo Chigi il presidente ucraino": the host's own seat is a place.
        let own_country = c.sources.iter().filter_map(|&s| mentions.get(s)).any(|s| s.country.is_some() && s.country == first.country);
        // "Congolese M23 rebels seized the city of Goma", "Syrian troops shelled Idlib": force
        // acts on the towns of one's own country in a civil war, and insurgents on its capital
        // ("the Taliban took control of Kabul").
        let insurgents = c.sources.iter().filter_map(|&s| mentions.get(s)).any(|s| s.agent.as_deref().is_some_and(is_insurgent));
        let force = is_force(&c.code);
        let town_struck = force && (!first.seat && first.place || insurgents && (first.agent.is_none() || first.seat));
        if own_country && !town_struck && (first.agent.is_none() || first.seat || g.len() == 1 && first.place) {
            continue;
        }
        // Meetings happen "a Riad", "in Bali": for symmetric events those are places too.
        if c.entry.reciprocal
            && first.start > 0
            && (view.is(first.start - 1, WordClass::Addressee) || view.is(first.start - 1, WordClass::Locative))
        {
            continue;
        }
        // Past the next event's words the actor belongs to that event.
        let between = c.end.min(first.start)..first.start;
        // ", e la polizia li ha dispersi": a comma and a conjunction open the next clause, whose
        // subject this is.
        if between.clone().any(|i| view.norms[i] == "," && i + 1 < first.start && view.is(i + 1, WordClass::Coordination)) {
            break;
        }
        // "marcharon para exigir la renuncia del presidente", "rallied to demand the resignation
        // of the prime minister": whom protesters make their demand of is whom they protest; and
        // whom a threat's purpose aims at is who is threatened ("threatened to use nuclear
        // weapons to annihilate the South").
        let protest_purpose =
            far_reaching && between.clone().any(|i| view.is(i, WordClass::Purpose) || view.is(i, WordClass::InfinitiveMarker));
        if first.start > next_trigger && !protest_purpose {
            break;
        }
        if !protest_purpose
            && between
                .clone()
                .any(|i| view.is(i, WordClass::Purpose) || view.is(i, WordClass::AgentPrep) && !view.is(i, WordClass::Preposition))
        {
            break;
        }
        if c.entry.speech {
            // A reporting verb's target is only who it was said to.
            let to = between.clone().next().is_some_and(|i| view.is(i, WordClass::Addressee));
            if to && between.len() <= 3 {
                return g.clone();
            }
            return vec![];
        }
        // "ha schierato truppe al confine con l'Ucraina", "recalled its ambassador from Paris":
        // the expression's own country-less agent is the source's; the place that follows is
        // the target, also inside the expression ("hat seinen Botschafter aus Addis Abeba
        // zurückgerufen").
        // Not so for acts done to people at home ("ha arrestato decine di manifestanti a
        // Nairobi"): there the agent is the one acted on and the place is where.
        let domestic = matches!(&c.code[..2], "14" | "17");
        // Those a state expels belong neither to the place they are sent to ("in die USA
        // abgeschoben") nor to a country the next clause names (`expulsion` below).
        if first.start < c.end && first.country.is_none() && first.code.starts_with("---") {
            let later = groups.iter().find(|h| {
                let st = mentions[h[0]].start;
                st > first.start
                    && st < limit
                    && st <= next_trigger
                    && mentions[h[0]].country.is_some()
                    && !(domestic && (is_locative(view, st) || view.norms[st - 1] == "a"))
                    && !(expulsion && destination(view, &mentions[h[0]]))
                    && !(expulsion && (first.end..st).any(|i| view.is(i, WordClass::Coordination)))
            });
            if let Some(h) = later {
                return h.clone();
            }
        }
        return g.clone();
    }
    destination_group.unwrap_or_default()
}

/// "llevó a Ecuador a expulsar", "a conduit Israël à rappeler": whom a causative verb makes do
/// the infinitive at `start` does it.
pub(crate) fn causee(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], start: usize) -> Option<Vec<usize>> {
    let marker = start.checked_sub(1).filter(|&m| view.is(m, WordClass::InfinitiveMarker))?;
    let g = groups.iter().find(|g| mentions[*g.last().unwrap_or(&0)].end == marker)?;
    let mut k = mentions[g[0]].start;
    // The causee's article and Spanish or Portuguese personal "a".
    for _ in 0..2 {
        if k > 0 && (view.is(k - 1, WordClass::Article) || view.is(k - 1, WordClass::Addressee)) {
            k -= 1;
        }
    }
    (k > 0 && view.is(k - 1, WordClass::RealizedBeforeInfinitive)).then(|| g.clone())
}

/// Nominal events: "l'invasione russa dell'Ucraina", "Russia's invasion of Ukraine",
/// "the bombing of Gaza by Israel", "sanzioni dell'ONU contro la Corea del Nord".
pub(crate) fn nominal_roles(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &mut Candidate, limit: usize) {
    let group_starting = |pos: usize| groups.iter().find(|g| mentions[g[0]].start == pos).cloned();
    let group_ending = |pos: usize| groups.iter().find(|g| mentions[*g.last().unwrap_or(&0)].end == pos).cloned();
    let mut adjective = group_starting(c.end).filter(|g| mentions[g[0]].demonym);
    // "l'espulsione di dieci diplomatici russi", "the expulsion of two Russian diplomats": past
    // the expression's own `di`/`of`, a demonym qualifies the object, not the doer.
    let object_in_expression = (c.start + 1..c.end).any(|i| view.is(i, WordClass::ComplementPrep));
    let object_demonym = if object_in_expression { adjective.take() } else { None };
    if adjective.is_none() && c.start > 0 && object_demonym.is_none() {
        // "the Russian invasion", "Russia's invasion"
        let mut k = c.start;
        if k > 0 && view.is(k - 1, WordClass::Possessive) {
            k -= 1;
        }
        adjective = group_ending(k);
    }
    // "unter Vermittlung Chinas", "der Angriff Russlands auf": a verb-second language's genitive
    // name right after the noun is its `of` complement.
    let genitive = (view.verb_second && adjective.is_none() && c.end < view.norms.len())
        .then(|| group_starting(c.end))
        .flatten()
        .filter(|g| !mentions[g[0]].demonym && view.tokens[c.end].capitalized && view.norms[c.end].ends_with('s'));
    let mut complement = genitive.clone();
    let mut against = None;
    let mut agent = attribute_agent(view, mentions, groups, c.start);
    let right_after = adjective.as_ref().or(object_demonym.as_ref()).or(genitive.as_ref()).filter(|g| mentions[g[0]].start == c.end);
    let mut k = right_after.map_or(c.end, |g| mentions[*g.last().unwrap_or(&0)].end);
    // A pattern that ends in its preposition ("invasione dell'", "attack on", "rompimento das
    // relações com o") has the complement next.
    let prepositional =
        |i: usize| [WordClass::ComplementPrep, WordClass::AgentPrep, WordClass::Preposition].iter().any(|&class| view.is(i, class));
    let bare_article = view.is(c.end - 1, WordClass::Article) && !prepositional(c.end - 1);
    let last = if bare_article && c.end > c.start + 2 { c.end - 2 } else { c.end - 1 };
    // Not "between", which names both sides ("cessez-le-feu entre").
    let ends_in_preposition = prepositional(last) && !view.is(last, WordClass::Reciprocal);
    if k == c.end && c.end > c.start + 1 && ends_in_preposition {
        let mut j = c.end;
        if j < view.norms.len() && view.is(j, WordClass::Article) {
            j += 1;
        }
        // "the arrest of three journalists", "l'arresto di oltre venti attivisti": a count first.
        while j < view.norms.len() && (view.tokens[j].kind == TokenKind::Number || view.is(j, WordClass::Quantifier)) && j < c.end + 4 {
            j += 1;
        }
        let agent_prep = view.is(last, WordClass::AgentPrep) && !view.is(last, WordClass::ComplementPrep);
        if let Some(g) = group_starting(j).or_else(|| agent_prep.then(|| whole_of_a_part(view, mentions, groups, j)).flatten()) {
            let end = mentions[*g.last().unwrap_or(&0)].end;
            if view.is(last, WordClass::Against) {
                against = Some(g);
            } else if agent_prep {
                agent = Some(g);
            } else {
                complement = Some(g);
            }
            k = end;
        }
    }
    while k < limit.min(view.norms.len()) {
        let participle_agent = participle_agent_at(view, mentions, k);
        let after_participle = participle_agent.is_some();
        k = participle_agent.unwrap_or(k);
        let is_against = view.is(k, WordClass::Against);
        let is_agent = view.is(k, WordClass::AgentPrep) && (after_participle || view.is(k, WordClass::NominalAgent));
        let is_of = view.is(k, WordClass::ComplementPrep);
        if !(is_against || is_agent || is_of) {
            break;
        }
        let mut j = k;
        while j < view.norms.len()
            && (view.is(j, WordClass::ComplementPrep) || view.is(j, WordClass::AgentPrep) || view.is(j, WordClass::Preposition))
            && j < k + 4
        {
            j += 1;
        }
        if j < view.norms.len() && view.is(j, WordClass::Article) {
            j += 1;
        }
        // "contra tres ministros nicaragüenses", "against two Russian diplomats": a count first.
        let counted_from = j;
        while j < view.norms.len()
            && (view.tokens[j].kind == TokenKind::Number || view.is(j, WordClass::Quantifier))
            && j < counted_from + 3
        {
            j += 1;
        }
        let part_of = || whole_of_a_part(view, mentions, groups, j);
        // "dai coloni israeliani", "by Houthi fighters": a plain noun before the demonym that
        // names the agent's side.
        let qualified = || group_starting(j + 1).filter(|g| mentions[g[0]].demonym && view.classes_at(j) == 0 && !view.in_expression[j]);
        // "revendiqué par le groupe Al-Shabab", "reivindicado por el grupo Hamás": one plain noun,
        // then the name (a capitalised particle of it may stand outside the lexicon's entry).
        let named = || {
            let plain = j < view.norms.len() && view.classes_at(j) == 0 && !view.in_expression[j] && !view.tokens[j].capitalized;
            let at = if j + 2 < view.norms.len() && view.tokens[j + 1].capitalized && view.classes_at(j + 1) == 0 { j + 2 } else { j + 1 };
            group_starting(at).filter(|g| plain && !mentions[g[0]].demonym)
        };
        // "contre une base de la Monusco", "against a convoy of the UN": what is hit belongs to
        // its owner.
        let Some(g) = group_starting(j).or_else(|| {
            if is_agent {
                part_of().or_else(qualified).or_else(named)
            } else if is_against {
                part_of()
            } else if agent.is_some() && complement.is_none() {
                // "la saisie par les FSR d'un convoi du PAM", "the seizure by Iran of a British
                // tanker": past the doer, what was done to belongs to its owner.
                part_of().or_else(qualified)
            } else {
                None
            }
        }) else {
            break;
        };
        let mut end = mentions[*g.last().unwrap_or(&0)].end;
        if is_agent {
            // "dalla Nato e dall'Ue", "by France and by Germany": the preposition repeated.
            let mut g = g;
            while end + 1 < view.norms.len() && view.is(end, WordClass::Coordination) && view.is(end + 1, WordClass::AgentPrep) {
                let next = end + 2 + usize::from(end + 2 < view.norms.len() && view.is(end + 2, WordClass::Article));
                let Some(h) = group_starting(next) else { break };
                end = mentions[*h.last().unwrap_or(&0)].end;
                g.extend(h);
            }
            agent = Some(g);
        } else if is_against {
            against = Some(g);
        } else if complement.is_none() {
            complement = Some(g);
        }
        k = end;
    }
    // "la sospensione di tutti gli aiuti militari all'Ucraina, ordinata lunedì dal presidente",
    // "the release of 95 Ukrainian prisoners of war by Russia": past an object that names no
    // doer, a plain participle's agent or a `by` of its own still names it.
    // An entry whose `of` names the doer looks further only when it has none ("les droits de
    // douane sur l'acier chinois, annoncés vendredi par Washington").
    if agent.is_none() && adjective.is_none() && genitive.is_none() && !(c.entry.of_is_source && complement.is_some()) {
        if let Some(g) = distant_agent(view, mentions, groups, k, limit) {
            agent = Some(g);
            c.notes.push("role:distant-agent".into());
        }
    }
    let recipient = match (against.is_some(), c.entry.reciprocal) {
        (true, _) => None,
        // "die Aussetzung des Abkommens mit Litauen": reducing relations is done to the partner.
        (false, false) if c.code.starts_with("16") => {
            recipient(view, mentions, groups, c, k).or_else(|| partner(view, mentions, groups, k))
        }
        (false, false) => recipient(view, mentions, groups, c, k),
        (false, true) => partner(view, mentions, groups, k),
    };
    let (source, target) =
        // With an adjective or a `by` agent naming the doer, a `di`/`of` complement is the target
        // whatever the entry says ("l'invasione russa dell'Ucraina").
        if c.entry.of_is_source && agent.is_none() && adjective.is_none() {
            (complement, against.or(object_demonym).or(recipient))
        } else if against.is_some() && agent.is_none() && adjective.is_none() {
            // "las sanciones de Washington contra tres ministros": with an `against` target, the
            // `of` complement is the doer.
            (complement, against)
        } else {
            (agent.or(adjective), against.or(complement).or(object_demonym).or(recipient))
        };
    // "expulsion of two Polish diplomats", matched whole: the actor inside the expression, also
    // one the expression ends in ("expulsion de l'ambassadeur | rwandais").
    let inside = |g: &&Vec<usize>| mentions[g[0]].start > c.start && mentions[g[0]].start < c.end;
    // "droits de douane imposés lundi par Washington sur l'acier", matched whole: an agent
    // preposition inside the expression still names the doer.
    let after_agent_prep = |g: &&Vec<usize>| {
        let s = mentions[g[0]].start;
        let prep = if s >= 2 && view.is(s - 1, WordClass::Article) { s - 2 } else { s - 1 };
        prep > c.start && view.is(prep, WordClass::AgentPrep)
    };
    let source = source.or_else(|| groups.iter().filter(inside).find(after_agent_prep).cloned());
    let mut target = target.or_else(|| groups.iter().filter(inside).find(|g| source.as_ref() != Some(g)).cloned());
    if target.is_none() && is_trade_measure(&c.code) {
        target = goods_origin(view, mentions, groups, c.end - 1, limit);
        if target.is_some() {
            c.notes.push("role:goods-origin".into());
        }
    }
    c.notes.push("role:nominal".into());
    c.sources = source.unwrap_or_default();
    c.targets = target.unwrap_or_default();
    if c.sources == c.targets {
        c.targets.clear();
    }
}

/// Sanctions, duties and bans (163), their threat (1312) and their easing (085): measures that
/// fall on goods, and so on the country the goods come from.
pub(crate) fn is_trade_measure(code: &str) -> bool {
    matches!(code, "163" | "1312" | "085")
}

/// How far past a trade measure its goods may be named ("the duties of up to 35 percent on
/// Australian barley").
const GOODS_REACH: usize = 8;

/// "the duties on Australian barley", "i dazi sull'acciaio cinese", "Strafzölle auf Weinbrand aus
/// der EU", "aranceles al acero procedente de México": the country of the goods a trade measure
/// falls on, after `last`, the measure's last word. Only plain words (the goods, a rate, a count)
/// may stand between the measure and its preposition, and between the goods and their country.
pub(crate) fn goods_origin(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    last: usize,
    limit: usize,
) -> Option<Vec<usize>> {
    let n = limit.min(view.norms.len());
    let group_starting = |pos: usize| groups.iter().find(|g| mentions[g[0]].start == pos).cloned();
    let plain = |i: usize| {
        let t = &view.tokens[i];
        !in_any_mention(mentions, i)
            && (t.kind == TokenKind::Number
                || view.norms[i] == "%"
                || (t.kind == TokenKind::Word && view.classes_at(i) == 0 && !view.in_expression[i])
                || view.is(i, WordClass::Article)
                || view.is(i, WordClass::Quantifier)
                || view.is(i, WordClass::ComplementPrep))
    };
    let mut on = last + 1;
    if !view.is(last, WordClass::LeviedOn) {
        while on < n && !view.is(on, WordClass::LeviedOn) && plain(on) && on <= last + GOODS_REACH {
            on += 1;
        }
        if on >= n || !view.is(on, WordClass::LeviedOn) {
            return None;
        }
        on += 1;
    }
    // The goods: plain words, then their demonym ("acier européen", "U.S. goods" named first), or
    // an origin word and the country ("barley from Australia", "acero procedente de México").
    let mut i = on;
    while i < n && i < on + 4 {
        if let Some(g) = group_starting(i).filter(|g| mentions[g[0]].country.is_some() && !mentions[g[0]].place) {
            return Some(g);
        }
        if view.is(i, WordClass::Origin) {
            let mut j = i + 1;
            while j < n && j < i + 3 && (view.is(j, WordClass::ComplementPrep) || view.is(j, WordClass::Article)) {
                j += 1;
            }
            return group_starting(j).filter(|g| mentions[g[0]].country.is_some());
        }
        if !plain(i) {
            return None;
        }
        i += 1;
    }
    None
}

/// "by the armed wing of Hamas", "dal braccio armato di Hamas", "por la junta de Niamey": plain
/// words at `j` naming a part of the actor after their `of`, which acts for it.
fn whole_of_a_part(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], j: usize) -> Option<Vec<usize>> {
    let n = view.norms.len();
    let of = (j + 1..(j + 4).min(n))
        .find(|&o| view.is(o, WordClass::ComplementPrep) && (j..o).all(|w| view.classes_at(w) == 0 && !in_any_mention(mentions, w)))?;
    let start = of + 1 + usize::from(of + 1 < n && view.is(of + 1, WordClass::Article));
    // "membros da coligação Viv Ansanm": one plain noun may name the kind of the whole first.
    let kind_noun = start + 1 < n
        && view.tokens[start].kind == TokenKind::Word
        && !view.tokens[start].capitalized
        && view.classes_at(start) == 0
        && !in_any_mention(mentions, start);
    groups.iter().find(|g| mentions[g[0]].start == start || (kind_noun && mentions[g[0]].start == start + 1)).cloned()
}

/// "el envío de ayuda humanitaria a Gaza", "l'aide militaire à l'Ukraine": the recipient of a
/// nominal event after `a`/`à`/`to`. For a verbal or diplomatic act a city is only where it
/// happened ("la reunión a puerta cerrada", "il vertice a Roma").
fn recipient(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &Candidate, from: usize) -> Option<Vec<usize>> {
    let material = matches!(&c.code[..2], "06" | "07" | "08" | "15" | "16" | "17" | "18" | "19" | "20") || c.code == "042";
    actor_after(view, mentions, groups, from, WordClass::Addressee).filter(|g| material || !mentions[g[0]].place)
}

/// "la ruptura de relaciones diplomáticas con Ecuador": the partner of a symmetric nominal
/// event after `con`/`with`.
fn partner(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], from: usize) -> Option<Vec<usize>> {
    actor_after(view, mentions, groups, from, WordClass::Comitative).filter(|g| !mentions[g[0]].place)
}

/// The actor after a preposition of `class` at `from`, past one plain adjective before it
/// ("ayuda humanitaria a") and the actor's article.
fn actor_after(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], from: usize, class: WordClass) -> Option<Vec<usize>> {
    let plain = |i: usize| {
        view.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized) && view.classes_at(i) == 0 && !view.in_expression[i]
    };
    let mut k = from;
    if plain(k) {
        k += 1;
    }
    if k >= view.norms.len() || !view.is(k, class) {
        return None;
    }
    k += 1;
    if k < view.norms.len() && view.is(k, WordClass::Article) {
        k += 1;
    }
    groups.iter().find(|g| mentions[g[0]].start == k).cloned()
}

/// How far past a nominal event its doer may still be named by a participle or `by`.
const DISTANT_AGENT_REACH: usize = 12;

/// The doer named after a nominal event's object: the agent of a plain participle set after it
/// (", decisa dal governo", ", imposées par l'UE") or of its own `by`, past plain words, numbers,
/// articles, prepositions and the actors of the object; not past another event's words, a
/// relative or a clause break.
fn distant_agent(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], from: usize, limit: usize) -> Option<Vec<usize>> {
    let n = view.norms.len();
    let in_mention = |i: usize| in_any_mention(mentions, i);
    let agent_at = |prep: usize| {
        let mut j = prep + 1;
        while j < n && view.is(j, WordClass::AgentPrep) {
            j += 1;
        }
        if j < n && view.is(j, WordClass::Article) {
            j += 1;
        }
        // Far from the event, only a whole with a country ("ordonnée par la junte de Niamey"), not
        // a figure of speech ("inferta dai complici dei terroristi").
        groups
            .iter()
            .find(|g| mentions[g[0]].start == j)
            .cloned()
            .or_else(|| whole_of_a_part(view, mentions, groups, j).filter(|g| mentions[g[0]].country.is_some()))
    };
    let end = limit.min(n).min(from + DISTANT_AGENT_REACH);
    let mut past_qualifier = false;
    let mut i = from;
    while i < end {
        if let Some(q) = participle_agent_at(view, mentions, i).filter(|_| !past_qualifier) {
            return agent_at(q);
        }
        if view.is(i, WordClass::NominalAgent) && view.is(i, WordClass::AgentPrep) && i > from {
            return agent_at(i);
        }
        // A comma only right before the participle (", decisa dal governo").
        if view.norms[i] == "," {
            let participle_next =
                i + 1 < n && (has_ending(view.norms[i + 1], &view.endings.participle) || view.is(i + 1, WordClass::PassiveAux));
            return participle_next.then(|| participle_agent_at(view, mentions, i + 1)).flatten().and_then(agent_at);
        }
        // A participle with no agent qualifies the object ("fundos destinados à Hungria"): past
        // it and its complement only a participle after a comma still names the doer ("la
        // libération d'opposants regroupés dans un camp, décidée par la junte").
        if has_ending(view.norms[i], &view.endings.participle) && view.classes_at(i) == 0 && !in_mention(i) {
            past_qualifier = true;
            i += 1;
            continue;
        }
        let passable = !view.in_expression[i]
            && !view.is(i, WordClass::Relative)
            && (view.tokens[i].kind == TokenKind::Number
                || in_mention(i)
                || (view.tokens[i].kind == TokenKind::Word && view.classes_at(i) == 0)
                || [WordClass::ComplementPrep, WordClass::Article, WordClass::Quantifier, WordClass::Preposition, WordClass::Addressee]
                    .iter()
                    .any(|&class| view.is(i, class)));
        if !passable {
            return None;
        }
        i += 1;
    }
    None
}

/// "X received Y in Addis Ababa and the two leaders signed": the last two actors named before
/// `at`, of two countries, not places (a seat of power stands for its government).
fn pair_named_before(mentions: &[Mention], at: usize) -> Option<Vec<usize>> {
    let named: Vec<usize> =
        (0..mentions.len()).filter(|&i| mentions[i].end <= at && !mentions[i].place && mentions[i].country.is_some()).collect();
    match named[..] {
        [.., a, b] if mentions[a].country != mentions[b].country => Some(vec![a, b]),
        _ => None,
    }
}

/// "die von Trump verhängten Zölle": the doer named inside a participle attribute that ends at
/// `start` (the participle opens the expression) or just before it.
pub(crate) fn attribute_agent(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], start: usize) -> Option<Vec<usize>> {
    let participle_before = start > 0 && attributive_participle(view, start - 1) && view.classes_at(start - 1) == 0;
    let ends = [Some(start), participle_before.then(|| start - 1)];
    // A date may stand between the agent and its participle ("von Washington am Mittwoch verhängten").
    let free = |i: usize| view.gaps[i] == GapRule::Free && !mentions.iter().any(|m| m.start <= i && i < m.end);
    let past_date = |mut end: usize| {
        while end > 1 && (free(end - 1) || (free(end) && view.is(end - 1, WordClass::Preposition))) {
            end -= 1;
        }
        end
    };
    ends.into_iter().flatten().find_map(|end| {
        let end = past_date(end);
        let g = groups.iter().find(|g| mentions[*g.last().unwrap_or(&0)].end == end)?;
        // "die von den USA verhängten Zölle": the agent's own article may follow the preposition.
        let s = mentions[g[0]].start;
        let prep = if s > 0 && view.is(s - 1, WordClass::Article) { s - 1 } else { s };
        (prep >= 2 && view.is(prep - 1, WordClass::AttributeAgent) && is_determiner(view, prep - 2)).then(|| g.clone())
    })
}

fn attributive_participle(view: &SentenceView, i: usize) -> bool {
    has_ending(view.norms[i], &view.endings.participle)
        || (!view.tokens[i].capitalized && has_ending(view.norms[i], &view.endings.attributive_participle))
}

/// The agent preposition of a participle that qualifies a noun ending before `k`: "decisa da
/// Parigi", "espressa dalla Nato", "was launched by the armed wing of Hamas", past a short
/// complement of the noun ("lo sciopero di otto ore proclamato dalla Cgil"). A participle that
/// is an event of its own ("un échange de prisonniers négocié par le Qatar") keeps its agent.
pub(crate) fn participle_agent_at(view: &SentenceView, mentions: &[Mention], k: usize) -> Option<usize> {
    let plain = |i: usize| {
        view.tokens[i].kind != TokenKind::Punct
            && !view.in_expression[i]
            && !mentions.iter().any(|m| m.start <= i && i < m.end)
            && (view.classes_at(i) == 0
                || view.is(i, WordClass::ComplementPrep)
                || view.is(i, WordClass::Article)
                || view.is(i, WordClass::Quantifier))
    };
    let n = view.norms.len();
    (k..(k + 4).min(n)).take_while(|&p| p == k || plain(p - 1)).find_map(|start| {
        // The participle's auxiliary ("was launched", "è stata decisa", "a été annoncée").
        let passive_aux = |p: usize| view.is(p, WordClass::PassiveAux) || view.is(p, WordClass::PassiveAuxWeak);
        let mut p = start;
        while p < start + 3 && p + 1 < n && (passive_aux(p) || (view.is(p, WordClass::ActiveAux) && passive_aux(p + 1))) {
            p += 1;
        }
        // Dates may sit between ("compiuto domenica sera dai coloni", "anunciadas el lunes por").
        let mut q = p + 1;
        let free = |i: usize| i < n && view.gaps[i] == GapRule::Free;
        while free(q) || (q < n && view.is(q, WordClass::Article) && free(q + 1)) {
            q += 1;
        }
        // A phrasal verb's particle too ("carried out by", "handed over by").
        let particle = |i: usize| {
            i + 1 < n
                && view.tokens[i].kind == TokenKind::Word
                && view.classes_at(i) == 0
                && !view.in_expression[i]
                && !mentions.iter().any(|m| m.start <= i && i < m.end)
                && view.is(i + 1, WordClass::AgentPrep)
        };
        if q < n && !view.is(q, WordClass::AgentPrep) && particle(q) {
            q += 1;
        }
        // Not a name's word ("l'oligarque russe ... par": the name's words are free gaps).
        let named = mentions.iter().any(|m| m.start <= p && p < m.end);
        // Nor a preposition that ends like one ("du").
        let function_word = [WordClass::Preposition, WordClass::ComplementPrep, WordClass::Article].iter().any(|&class| view.is(p, class));
        let participle = !named
            && !function_word
            && has_ending(view.norms[p], &view.endings.participle)
            && (!view.in_expression[p] || view.in_statement[p]);
        (participle && q < n && view.is(q, WordClass::AgentPrep)).then_some(q)
    })
}

/// Two or more coordinated actors introduced by "between"/"tra" before a mutual expression ("tra
/// il presidente russo e il leader nordcoreano, ... si è svolto un incontro") or right after an
/// event's words ("talks between A and B", "clashes between").
pub(crate) fn reciprocal_group(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    start: usize,
    end: usize,
    mutual_expression: bool,
) -> Option<Vec<usize>> {
    // "la telefonata di ieri tra": a date between the words and "between" does not count.
    let right_after = |s: usize| s >= end && (end..s).filter(|&i| view.gaps[i] != GapRule::Free).count() <= 2;
    groups
        .iter()
        .filter(|g| g.len() >= 2 && (mentions[g[0]].start < start && mutual_expression || right_after(mentions[g[0]].start)))
        .find(|g| {
            let s = mentions[g[0]].start;
            (s.saturating_sub(2)..s).any(|i| view.is(i, WordClass::Reciprocal))
        })
        .cloned()
}

/// Who and whom inside a verb bracket, for languages whose lexicon says `v2`: the finite
/// auxiliary stands second and the participle that carries the event closes the clause, with
/// the arguments in between ("Das Militär hat Suu Kyi festgenommen", "Nach Kämpfen haben sich
/// Armee und RSF geeinigt", "Der Reporter wurde von der Polizei festgenommen").
pub(crate) struct Bracket {
    pub doer: Option<Vec<usize>>,
    pub undergoer: Option<Vec<usize>>,
    pub passive: bool,
}

/// Objects start at `objects_from`: past the words of an earlier event in the same bracket.
pub(crate) fn verb_bracket(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    clause_left: usize,
    objects_from: usize,
    c: &Candidate,
) -> Option<Bracket> {
    // The expression may open with the auxiliary itself ("hat * zurückgerufen"); in a
    // subordinate clause the passive's auxiliary closes it ("..., was von Peking verurteilt wurde").
    let verb_final_passive = c.end < view.norms.len() && view.is(c.end, WordClass::PassiveAux);
    let aux = (clause_left..=c.start).find(|&i| is_auxiliary(view, i)).or(verb_final_passive.then_some(c.end))?;
    let spans_bracket = if aux == c.end {
        true
    } else if aux == c.start {
        c.end > c.start + 2
    } else {
        aux + 1 < c.start
    };
    // The event words close the bracket: a finite verb with words after it ("..., ermittelt
    // die JEP gegen ...") stands second in a clause of its own.
    // "ist ... festgenommen worden": the perfect passive's auxiliary closes the bracket, and in a
    // subordinate clause the tense's own follows it ("..., die von der Küstenwache zurückgedrängt
    // worden waren").
    let close_at = if verb_final_passive {
        (c.end + 1..view.norms.len()).find(|&i| !is_auxiliary(view, i)).unwrap_or(view.norms.len())
    } else {
        c.end
    };
    let closes = (c.start + 1..=close_at).any(|i| {
        i >= view.norms.len() || view.tokens[i].kind == TokenKind::Punct || view.is(i, WordClass::Coordination) || view.is_boundary(i)
    });
    if !spans_bracket || !closes {
        return None;
    }
    let passive = view.is(aux, WordClass::PassiveAux) || verb_final_passive;
    let agent_marked = |st: usize| {
        let k = phrase_start(view, st);
        k > 0 && view.is(k - 1, WordClass::BracketAgent)
    };
    // "nach Angaben des Generalstabs", "in Richtung Japanisches Meer": an actor qualifying a
    // plain noun (right after it and its article) that is itself in a prepositional phrase.
    let in_adverbial = |st: usize| {
        let k = phrase_start(view, st);
        k > clause_left + 1
            && view.tokens[k - 1].kind == TokenKind::Word
            && view.tokens[k - 1].capitalized
            && view.classes_at(k - 1) == 0
            && !mentions.iter().any(|m| m.start < k && k <= m.end)
            && in_prepositional_phrase(view, k - 1)
    };
    // Arguments: actors of the clause up to the event words, not in a prepositional phrase (a
    // passive's agent excepted) and not where it happened.
    let argument = |g: &&Vec<usize>| {
        let first = &mentions[g[0]];
        let last = &mentions[*g.last().unwrap_or(&0)];
        first.start >= clause_left
            && last.end <= c.end
            && first.start != aux
            && !is_locative(view, first.start)
            && !in_adverbial(first.start)
            && !in_attribution(view, first.start)
            && (!in_prepositional_phrase(view, first.start) || (passive && agent_marked(first.start)))
    };
    let args: Vec<&Vec<usize>> = groups.iter().filter(argument).collect();
    if passive {
        // The agent in the bracket's middle field before one in the fronted subject, which may be
        // a nominal event's own ("Die Annexion der Krim durch Russland wurde von der EU verurteilt").
        let agents: Vec<&&Vec<usize>> = args.iter().filter(|g| agent_marked(mentions[g[0]].start)).collect();
        let agent = agents.iter().find(|g| mentions[g[0]].start > aux).or(agents.first()).map(|g| (**g).clone());
        let patient = args.iter().find(|g| !agent_marked(mentions[g[0]].start)).map(|g| (*g).clone());
        return Some(Bracket { doer: agent, undergoer: patient, passive });
    }
    // Only one constituent precedes the finite verb: an actor after a preposition there is
    // inside an adverbial ("Aus Protest gegen die Reform der Regierung hat ...").
    let first_constituent = |g: &&Vec<usize>| {
        mentions[*g.last().unwrap_or(&0)].end <= aux && (clause_left..mentions[g[0]].start).all(|i| !view.is(i, WordClass::Preposition))
    };
    // "Die Ausweisung ... durch die Dominikanische Republik hat die Regierung ... verurteilt":
    // only someone judges, so an act that opens the clause is what a verdict judges, and the
    // judge follows the auxiliary.
    let head = clause_left + usize::from(is_determiner(view, clause_left));
    let act_fronted =
        is_verdict(&c.code) && head < aux && view.in_expression[head] && !mentions.iter().any(|m| m.start <= head && head < m.end);
    let fronted: Vec<&Vec<usize>> = args.iter().copied().filter(first_constituent).collect();
    let before: &[&Vec<usize>] = if act_fronted { &[] } else { &fronted };
    let after: Vec<&Vec<usize>> = args.iter().copied().filter(|g| mentions[g[0]].start > aux).collect();
    // The subject opens the clause, or follows the auxiliary when something else opens it.
    let (subject, rest) = match before.first() {
        Some(s) => (Some(*s), &after[..]),
        None => (after.iter().find(|g| !mentions[g[0]].place).copied(), after.get(1..).unwrap_or(&[])),
    };
    let subject = subject.filter(|s| !mentions[s[0]].place);
    // The expression's own agent ("hat ihren Botschafter ... zurückgerufen") is no object.
    let own_agent = |g: &Vec<usize>| {
        let m = &mentions[g[0]];
        m.start >= c.start && m.country.is_none() && m.code.starts_with("---")
    };
    // A fronted act's own actor ("Das Vorgehen der iranischen Sicherheitskräfte ... hat die
    // Bundesregierung gegeißelt") is what the verdict is about.
    let object = if act_fronted { fronted.first().copied() } else { None }
        .or_else(|| rest.iter().find(|g| Some(**g) != subject && mentions[g[0]].start >= objects_from && !own_agent(g)).copied())
        .cloned();
    Some(Bracket { doer: subject.cloned(), undergoer: object, passive })
}
