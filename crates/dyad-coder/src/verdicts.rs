//! Verdicts: whether a candidate asserts something that happened. Negation, questions,
//! hypotheticals, purposes, denials; infinitives governed by intentions, threats, readiness or
//! decisions, which CAMEO codes as 03x intentions and 13x threats or as the act itself.

use crate::actors::Mention;
use crate::analysis::{Candidate, SentenceView};
use dyad_lexicon::{has_ending, GapRule, WordClass};
use dyad_text::TokenKind;

#[derive(Clone, Copy)]
pub(crate) enum Frame {
    Intent,
    Threat,
}

/// Nearly every CAMEO act is done *to* someone: an appeal, a demand, a condemnation, a threat,
/// aid or an attack whose addressee the sentence does not give is one the coder failed to find,
/// and hand-coded news almost never has it (on the tuning sets 15 of 215 events without a target
/// were right). What stands alone: statements (whether a 010 is the news or only attribution is
/// decided with its target later), comments on oneself (declining comment, pessimism, optimism,
/// considering an option, denial, symbolic acts), appeals for aid made to the world at large,
/// shows of force (exercises, missile tests, alerts, mobilisation: CODING-CONVENTIONS 6) and a
/// curfew or an emergency imposed at home. A protest, or the end of one (082), may name no
/// addressee: the pairs give it the protesters' government.
pub(crate) fn no_target_reason(code: &str) -> String {
    format!("no target actor, and a {code} event needs one")
}

pub(crate) fn needs_target(c: &Candidate) -> bool {
    let code = c.code.as_str();
    let stands_alone = matches!(&code[..3.min(code.len())], "010" | "011" | "012" | "013" | "014" | "015" | "016" | "017" | "023")
        || code.starts_with("14")
        || code.starts_with("15")
        || code == "082"
        || imposed_on_own_country(c);
    !stands_alone
}

/// A curfew, a state of emergency, martial law or a ban on parties is imposed on the source's own
/// country, named or not ("declared a state of emergency in the capital": HTIGOV -> HTI), lifted
/// from it ("lifted the nationwide curfew", "restored mobile internet access"), and threatened
/// or announced for it ("will extend the curfew in Abidjan", a 137 whose lexicon code is 1723).
pub(crate) fn imposed_on_own_country(c: &Candidate) -> bool {
    let at_home =
        |code: &str| matches!(code, "1722" | "1723" | "1724" | "0811" | "0812" | "0813" | "0814" | "1321" | "1322" | "1323" | "1324");
    at_home(&c.code) || at_home(&c.entry.code)
}

/// How far after a verb-second expression its clause-final negation may stand.
const CLOSING_NEGATION_REACH: usize = 8;

/// How far before a nominal event the negation of its clause may stand ("Aucune date n'a encore
/// été fixée pour la reprise des pourparlers").
const NOMINAL_NEGATION_REACH: usize = 10;

/// How far before a nominal event a framing preposition may open its phrase ("al termine di
/// dieci giorni di negoziati mediati").
const FRAMING_REACH: usize = 8;

/// Negation, questions, hypotheticals, purposes, denials and allegations.
pub(crate) fn filter(
    view: &SentenceView,
    mentions: &[Mention],
    c: &Candidate,
    clause_left: usize,
    clause_right: usize,
    question: bool,
) -> Option<String> {
    if question {
        return Some("question".into());
    }
    // "Pechino, che ha respinto le accuse, ha richiamato": a closed relative's negation and denial
    // are its own, not the main clause's.
    let in_closed_relative = |i: usize| c.not_its_clause.as_ref().is_some_and(|r| r.contains(&i));
    // Before the expression, or inside it: German and French put the negation inside the verb
    // group ("hat den Angriff nicht verurteilt", "n'a pas condamné").
    let near = clause_left.max(c.start.saturating_sub(4));
    let inside = c.start + 1..c.end;
    // "without" negates only what it opens: "sin atacar", "senza aver consultato", "concluso
    // senza un accordo", not "retirada «sem demora» da missão", "una ofensiva sin precedentes" or
    // the verb group after a phrase it closed ("a vessel fishing without permission was seized").
    // An auxiliary after a word that "without" governs starts that verb group.
    let aux = |k: usize| crate::roles::is_auxiliary(view, k);
    let opened = |from: usize, to: usize| {
        (from..to).all(|k| view.tokens[k].kind != TokenKind::Punct)
            && !(from + 1..to).any(|k| !aux(k) && !view.is(k, WordClass::Adverb) && (k + 1..to).any(aux))
    };
    let opens = |i: usize| if i < c.start { c.start <= i + 4 && opened(i, c.start) } else { c.end <= i + 3 };
    let negates = |i: usize| !view.is(i, WordClass::Without) || opens(i);
    if let Some(i) =
        (near..c.start).chain(inside).find(|&i| view.is(i, WordClass::Negation) && negates(i) && !c.negations_of_the_pattern.contains(&i))
    {
        return Some(format!("negated (`{}`)", view.norms[i]));
    }
    // A nominal event whose clause denies it: "Aucune date n'a été fixée pour la reprise des
    // pourparlers", "Non ci sono stati contatti tra Washington e Teheran", "Ein Treffen ist nicht
    // geplant".
    if c.entry.noun {
        // A nominal that opens its clause is its subject, and the whole clause may deny it ("Ein
        // Treffen zwischen Assad und Erdogan ist trotz russischer Vermittlung bislang nicht
        // zustande gekommen").
        let subject = c.start <= clause_left + 1;
        let right = if subject { clause_right } else { clause_right.min(c.end + CLOSING_NEGATION_REACH) };
        let reach = clause_left.max(c.start.saturating_sub(NOMINAL_NEGATION_REACH))..right;
        if let Some(i) = reach.filter(|&i| i < c.start || i >= c.end).find(|&i| {
            view.is(i, WordClass::Negation)
                && !view.is(i, WordClass::Without)
                && !in_closed_relative(i)
                && !c.negations_of_the_pattern.contains(&i)
        }) {
            return Some(format!("negated in its clause (`{}`)", view.norms[i]));
        }
    }
    // A verb-second main clause closes on its negation: "Berlin verurteilte den Angriff nicht."
    if view.verb_second && !c.code.starts_with("12") {
        let closing = (c.end..clause_right.min(c.end + CLOSING_NEGATION_REACH)).find(|&i| {
            let ends_clause = view.tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct) || view.is(i + 1, WordClass::Coordination);
            view.is(i, WordClass::Negation) && !view.is(i, WordClass::Without) && ends_clause
        });
        if let Some(i) = closing {
            return Some(format!("negated at the end of the clause (`{}`)", view.norms[i]));
        }
    }
    // The clause's own opening word counts ("If Iran attacks"); a nominal event is hypothetical
    // anywhere in its clause ("a blockade of Taiwan would disrupt").
    let from = clause_left.saturating_sub(1);
    let to = if c.entry.noun { clause_right } else { c.start };
    let conditional_of_report = |i: usize| is_reporters_conditional(view, i, c.start);
    // A date is no modal ("since May").
    let in_date = |i: usize| view.gaps[i] == GapRule::Free;
    // "said it would accept help, and thanked Australia": a comma and a conjunction open a
    // conjunct of its own, which the earlier one's modal does not reach.
    let new_conjunct_after =
        |i: usize| (i + 1..to.saturating_sub(1)).any(|k| view.norms[k] == "," && view.is(k + 1, WordClass::Coordination));
    if let Some(i) = (from..to).find(|&i| {
        view.is(i, WordClass::Hypothetical)
            && (i >= clause_left || view.is(i, WordClass::ClauseBreak))
            && !conditional_of_report(i)
            && !in_date(i)
            && (c.entry.noun || !new_conjunct_after(i))
    }) {
        return Some(format!("hypothetical (`{}`)", view.norms[i]));
    }
    if !c.entry.noun {
        let before = c.start.saturating_sub(2);
        // "sent a message to the king to express condolences": what a message is sent for, it
        // says; a statement's purpose is realised.
        let said_in_a_message = matches!(&c.code[..2], "01" | "02" | "05") && (0..c.start).any(|i| view.is(i, WordClass::AddressedMessage));
        if let Some(i) = (before..c.start).find(|&i| view.is(i, WordClass::Purpose)).filter(|_| !said_in_a_message) {
            return Some(format!("purpose, not a fact (`{}`)", view.norms[i]));
        }
    }
    // "militias routinely attack convoys", "attaccano regolarmente": a habit, not an event.
    let habit = clause_left.max(c.start.saturating_sub(3))..(c.end + 1).min(clause_right);
    if let Some(i) = habit.clone().find(|&i| view.is(i, WordClass::Habitual)) {
        return Some(format!("habitual, not a single event (`{}`)", view.norms[i]));
    }
    let far = clause_left.max(c.start.saturating_sub(6));
    let alleged = |i: usize| {
        view.is(i, WordClass::Denial)
            && !in_closed_relative(i)
            && !qualifies_subject(view, i, c.start)
            && !qualifies_actor(view, mentions, i)
    };
    if let Some(i) = (far..c.start).find(|&i| alleged(i)) {
        return Some(format!("denied or alleged (`{}`)", view.norms[i]));
    }
    None
}

/// How far after a nominal event the passive that calls it off may stand ("The signing of the
/// free trade agreement between Kenya and the United Kingdom has been postponed").
const CALLED_OFF_REACH: usize = 14;

/// "the signing of the agreement has been postponed", "a deportação ... foi suspensa pelo
/// Tribunal", "halted the deportation of": a nominal event that its clause postpones, cancels or
/// halts, told as the passive's subject or the verb's object, did not happen.
pub(crate) fn called_off(view: &SentenceView, c: &Candidate, clause_right: usize) -> Option<usize> {
    let object_of = (c.start.saturating_sub(3)..c.start).find(|&i| view.is(i, WordClass::CalledOff));
    let passive = |i: usize| (i.saturating_sub(3)..i).any(|k| view.is(k, WordClass::PassiveAux));
    let subject_of = || (c.end..clause_right.min(c.end + CALLED_OFF_REACH)).find(|&i| view.is(i, WordClass::CalledOff) && passive(i));
    object_of.or_else(subject_of)
}

/// "Deux diplomates soupçonnés d'espionnage ont été expulsés", "nationals suspected of spying were
/// arrested": a suspicion word after a noun, with its complement, qualifies the subject; the
/// auxiliary that follows tells an event that happened.
fn qualifies_subject(view: &SentenceView, i: usize, trigger: usize) -> bool {
    let auxiliary = |k: usize| view.is(k, WordClass::PassiveAux) || view.is(k, WordClass::ActiveAux);
    let after_noun = i > 0 && !auxiliary(i - 1) && !view.is(i - 1, WordClass::Pronoun) && view.tokens[i - 1].kind != TokenKind::Punct;
    let end = (i..trigger).find(|&k| !view.is(k, WordClass::Denial)).unwrap_or(trigger);
    // "accusées d'avoir fourni": the auxiliary of the suspicion's own infinitive is not it.
    after_noun && view.is(end, WordClass::ComplementPrep) && !auxiliary(end + 1) && (end + 2..trigger).any(auxiliary)
}

/// "suspected militants killed", "presunti jihadisti hanno ucciso", "des jihadistes présumés ont
/// tué": a suspicion word on the actor names who the press says did it; what they did is
/// asserted (the press's reported claims count as asserted).
fn qualifies_actor(view: &SentenceView, mentions: &[Mention], i: usize) -> bool {
    // Opening the actor's noun phrase, past one plain modifier ("suspected Islamist militants",
    // "dai presunti jihadisti"); not a verb taking the actor as its object ("accused Russia").
    let opens_phrase = i == 0
        || view.tokens[i - 1].kind != TokenKind::Word
        || [WordClass::Article, WordClass::Determiner, WordClass::Preposition, WordClass::AgentPrep, WordClass::Quantifier]
            .iter()
            .any(|&class| view.is(i - 1, class));
    let plain_modifier = |k: usize| view.tokens[k].kind == TokenKind::Word && view.classes_at(k) == 0 && !view.in_expression[k];
    let before_actor = opens_phrase && mentions.iter().any(|m| m.start == i + 1 || (m.start == i + 2 && plain_modifier(i + 1)));
    // A plural participle only: a verb that follows its subject ("la Russie nie avoir") is no
    // qualification.
    let after_actor = mentions.iter().any(|m| m.end == i)
        && has_ending(view.norms[i], &view.endings.plural_participle)
        && (view.is(i + 1, WordClass::ActiveAux) || view.is(i + 1, WordClass::PassiveAux));
    before_actor || after_actor
}

/// "signed the deal after talks brokered by the African Union", "au terme de dix jours de
/// négociations sous l'égide de l'UA", "dopo l'arresto del leader da parte della polizia": a
/// nominal event, or a participle with no auxiliary, in a phrase that frames the news is not
/// coded (CODING-CONVENTIONS 2). A clause of its own keeps its event ("after Chad recalled its
/// ambassador": a verb; "dopo che": a complementizer).
pub(crate) fn framing_adjunct(view: &SentenceView, c: &Candidate, clause_left: usize, used_as_noun: bool) -> Option<String> {
    // A participle there says how the framing talks or protests came about ("brokered by",
    // "proteste represse dalla polizia"); one that comments on them is news of its own ("au terme
    // d'un procès dénoncé par Londres").
    let comment = matches!(&c.code[..2], "01" | "02" | "10" | "11" | "12" | "13");
    let participle = c.notes.iter().any(|n| n == "role:passive") && !comment;
    if !(c.entry.noun || used_as_noun || participle) {
        return None;
    }
    // The clause's own opening word counts: "after" may also open a clause.
    let from = clause_left.saturating_sub(1).max(c.start.saturating_sub(FRAMING_REACH));
    let opening = (from..c.start).rev().find(|&i| view.is(i, WordClass::FramingAdjunct))?;
    // "tras ser liberados por Teherán", "a day after Russia unleashed its heaviest wave of
    // missile strikes": a verb of its own, auxiliary or light verb with a subject, makes a clause.
    let own_clause = c.notes.iter().any(|n| n == "role:light-verb-subject")
        || (opening + 1..c.end).any(|i| {
            view.norms[i] == ","
                || view.is(i, WordClass::PassiveAux)
                || view.is(i, WordClass::ActiveAux)
                || view.is(i, WordClass::Complementizer)
                || view.is(i, WordClass::Relative)
        });
    (!own_clause).then(|| format!("in a framing adjunct (`{}`), not the news", view.norms[opening]))
}

/// The press's conditional of a reported fact ("sarebbero stati arrestati", "avrebbe colpito",
/// "would have been detained"): a compound conditional right before the event's participle, in a
/// sentence with no condition ("se", "if", "qualora").
pub(crate) fn is_reporters_conditional(view: &SentenceView, i: usize, trigger: usize) -> bool {
    let compound = view.is(i, WordClass::PressConditional);
    let condition = (0..view.norms.len()).any(|k| view.is(k, WordClass::Condition));
    compound && !condition && trigger > i && trigger <= i + 3 && has_ending(view.norms[trigger], &view.endings.participle)
}

/// What governs an infinitive: an intention, a threat, a realised construction ("il primo paese a
/// riconoscere"), or something that means it did not happen (a request, another event's verb;
/// `earlier_verbs` are the verbal expressions before it).
pub(crate) fn infinitive_frame(
    view: &SentenceView,
    marker: usize,
    clause_left: usize,
    earlier_verbs: &[dyad_lexicon::Match],
    _lang: &str,
) -> Result<Option<(Frame, usize)>, String> {
    let from = clause_left.max(marker.saturating_sub(6));
    for i in (from..marker).rev() {
        let w = view.norms[i];
        // A date between the verb and its infinitive ("s'est engagé mercredi à livrer") is no verb.
        if view.gaps[i] == GapRule::Free {
            continue;
        }
        if view.is(i, WordClass::RealizedBeforeInfinitive) {
            return Ok(None);
        }
        if view.is(i, WordClass::Threat) {
            return Ok(Some((Frame::Threat, i)));
        }
        if view.is(i, WordClass::Intent) {
            return Ok(Some((Frame::Intent, i)));
        }
        if view.is(i, WordClass::Request) {
            return Err(format!("content of a request (`{w}`), not a fact"));
        }
        if earlier_verbs.iter().any(|t| t.start <= i && i < t.end) {
            return Err(format!("embedded under another event (`{w}`), not a fact"));
        }
    }
    Err(format!("infinitive after `{}` with no realised frame", view.norms[marker]))
}

/// Codes whose announced decision CAMEO has no intention code for: reduced relations, coercion,
/// force.
pub(crate) fn is_conflictual(code: &str) -> bool {
    matches!(&code[..2], "16" | "17" | "18" | "19" | "20")
}

/// Codes of force: unconventional violence, fighting, mass violence (roots 18-20).
pub(crate) fn is_force(code: &str) -> bool {
    matches!(&code[..2], "18" | "19" | "20")
}

/// CAMEO codes for intentions (03x) and threats (13x) of a cooperative or conflictual event.
pub(crate) fn map_frame(frame: Frame, code: &str) -> Option<String> {
    let root = &code[..2];
    let mapped = match frame {
        Frame::Intent => match (root, code) {
            ("03", _) => code,
            ("04", _) => "036",
            ("05", _) => "032",
            ("06", "061") => "0311",
            ("06", "062") => "0312",
            ("06", "063") => "0313",
            ("06", "064") => "0314",
            ("06", _) => "031",
            ("07", "071") => "0331",
            ("07", "072") => "0332",
            ("07", "073") => "0333",
            ("07", "074") => "0334",
            ("07", _) => "033",
            ("08", "081") => "0351",
            ("08", "082") => "0352",
            ("08", "084") | ("08", "0841") | ("08", "0842") => "0353",
            ("08", "085") => "0354",
            ("08", "086") => "0355",
            ("08", "087") => "0356",
            ("08", _) => "035",
            _ => return None,
        },
        Frame::Threat => match (root, code) {
            ("13", _) => code,
            ("16", "161") => "1313",
            ("16", "162") => "1311",
            ("16", "163") => "1312",
            ("16", _) => "131",
            ("14", _) => "133",
            ("17", _) => "137",
            ("19", "191") => "1381",
            ("19", "192") => "1382",
            ("18", _) => "1383",
            ("15", _) | ("19", _) => "1384",
            ("20", _) => "1385",
            _ => "130",
        },
    };
    Some(mapped.to_string())
}
