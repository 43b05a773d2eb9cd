//! `dyad explain`: the coder's decisions for every sentence, in words.

use crate::analysis::Verdict;
use crate::{walk, CodeError, Coder, Document};
use std::fmt::Write;

/// A human-readable trace: tokens, actors, dates, each candidate event with its roles and why it
/// was kept or dropped, then the events themselves.
pub fn explain(coder: &Coder, doc: &Document) -> Result<String, CodeError> {
    let p = coder.prepare(doc)?;
    let mut out = String::new();
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |s: usize, e: usize| chars[s.min(chars.len())..e.min(chars.len())].iter().collect::<String>();
    let _ = writeln!(out, "language: {}  publication date: {}", p.lex.lang, if p.date_given { p.date.to_string() } else { "none".into() });
    walk(&p, |sid, sentence, analysed| {
        let _ = writeln!(out, "\nsentence {sid} [{}, {}]: {}", sentence.start, sentence.end, slice(sentence.start, sentence.end));
        let Some((a, carry)) = analysed else {
            let _ = writeln!(out, "  page furniture: not coded");
            return;
        };
        if let Some(range) = p.coded[sid].clone().filter(|r| *r != sentence.tokens) {
            let _ = writeln!(
                out,
                "  a `| tag` tail is page furniture: coding tokens {}..{}",
                range.start - sentence.tokens.start,
                range.end - sentence.tokens.start
            );
        }
        let _ =
            writeln!(out, "  tokens: {}", a.view.norms.iter().enumerate().map(|(i, t)| format!("{i}:{t}")).collect::<Vec<_>>().join(" "));
        for m in &a.mentions {
            let _ = writeln!(
                out,
                "  actor {}..{} `{}` -> {} ({}) via {}",
                m.start,
                m.end,
                a.view.norms[m.start..m.end].join(" "),
                m.code,
                m.name,
                m.rules.join(" + ")
            );
        }
        if !carry.subject.is_empty() {
            let _ = writeln!(out, "  carried subject: {}", carry.subject.iter().map(|m| m.code.as_str()).collect::<Vec<_>>().join(", "));
        }
        for d in &a.dates {
            let _ = writeln!(
                out,
                "  date {}..{} `{}` -> {} ({:?}){}",
                d.start,
                d.end,
                a.view.norms[d.start..d.end].join(" "),
                d.render(),
                d.precision,
                d.qualifies.map_or(String::new(), |w| format!(", qualifies `{}`", a.view.norms[w]))
            );
        }
        let name = |i: &usize| a.actor(*i).map_or("?".to_string(), |m| m.code.clone());
        for c in &a.candidates {
            let _ = writeln!(
                out,
                "  candidate {}..{} `{}` {} (entry {}{}) source [{}] target [{}] {}",
                c.start,
                c.end,
                a.view.norms[c.start..c.end].join(" "),
                c.code,
                c.entry.id,
                if c.code != c.entry.code { format!(", lexicon code {}", c.entry.code) } else { String::new() },
                c.sources.iter().map(name).collect::<Vec<_>>().join(", "),
                c.targets.iter().map(name).collect::<Vec<_>>().join(", "),
                c.notes.join(" "),
            );
            match &c.verdict {
                Verdict::Kept => {
                    let _ = writeln!(out, "    KEPT");
                    let code = |p: &crate::pairs::PairActor| {
                        format!("{}{}", p.code, if p.rules.is_empty() { String::new() } else { format!(" ({})", p.rules.join(" ")) })
                    };
                    for pair in &c.pairs {
                        let _ = writeln!(
                            out,
                            "    event {} -> {} {}",
                            code(&pair.source),
                            pair.target.as_ref().map_or("-".into(), code),
                            c.code
                        );
                    }
                    if let Some(r) = &c.reported_by {
                        let _ = writeln!(
                            out,
                            "    reported by {} (`{}`, entry {})",
                            r.source.code,
                            a.view.norms[r.start..r.end].join(" "),
                            r.rule
                        );
                    }
                }
                Verdict::Dropped(why) => {
                    let _ = writeln!(out, "    dropped: {why}");
                }
            }
        }
        if a.candidates.is_empty() {
            let _ = writeln!(out, "  no event expression");
        }
    });
    let events = coder.code(doc)?;
    let _ = writeln!(out, "\nevents: {}", events.len());
    for e in events {
        let code = |a: &Option<crate::Actor>| a.as_ref().map_or("-".to_string(), |a| a.code.clone());
        let _ = writeln!(
            out,
            "  s{} {} -> {} {} ({}) `{}` date {} [{}]",
            e.sentence_id,
            code(&e.source),
            code(&e.target),
            e.event_code,
            coder.lexicon().ontology.get(&e.event_code).map_or("", |c| c.name.as_str()),
            e.trigger.text,
            e.date.as_deref().unwrap_or("-"),
            e.rule
        );
    }
    Ok(out)
}
