//! Page furniture: lines of a scraped page that are not news prose (site names, "Leave a reply",
//! share buttons, author blurbs) and category tags after `|` in headlines. They produce no events.

use dyad_lexicon::LanguageLexicon;
use dyad_text::{Sentence, Token, TokenKind};
use std::ops::Range;

/// A furniture phrase only condemns a paragraph this short.
const FURNITURE_PARAGRAPH_WORDS: usize = 12;
/// A `| Tag` tail this short is a section tag.
const TAG_TOKENS: usize = 4;

/// For each sentence, the tokens to code, or `None` when the sentence is furniture.
pub fn mark(tokens: &[Token], sentences: &[Sentence], lex: &LanguageLexicon) -> Vec<Option<Range<usize>>> {
    let mut out: Vec<Option<Range<usize>>> = sentences.iter().map(|s| Some(s.tokens.clone())).collect();
    let mut i = 0;
    while i < sentences.len() {
        let para = sentences[i].paragraph;
        let mut j = i;
        while j < sentences.len() && sentences[j].paragraph == para {
            j += 1;
        }
        let range = sentences[i].tokens.start..sentences[j - 1].tokens.end;
        let toks = &tokens[range.clone()];
        // A `| Section` tail does not count: "Russia attacks Ukraine | World" is a headline.
        let body_end = toks.iter().rposition(|t| t.norm == "|").filter(|&b| toks.len() - b - 1 <= TAG_TOKENS).unwrap_or(toks.len());
        let words = toks[..body_end].iter().filter(|t| t.kind != TokenKind::Punct).count();
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        let mut hits = Vec::new();
        if !norms.is_empty() {
            lex.furniture.matches_at(&norms, &[], 0, &mut hits);
        }
        // "LEIA TAMBÉM: <a headline of any length>", "LIRE AUSSI - <headline>": a label and a
        // colon or a dash open a link line.
        let labelled_link = hits.iter().any(|h| matches!(norms.get(h.end), Some(&(":" | "-" | "–" | "—"))));
        let is_furniture = !hits.is_empty() && (words <= FURNITURE_PARAGRAPH_WORDS || labelled_link);
        if is_furniture {
            out[i..j].iter_mut().for_each(|r| *r = None);
        } else {
            // "Headline | Category": the tag is not part of the headline.
            for (k, s) in sentences[i..j].iter().enumerate() {
                if let Some(bar) = (s.tokens.clone()).rev().find(|&t| tokens[t].norm == "|") {
                    if s.tokens.end - bar - 1 <= TAG_TOKENS {
                        out[i + k] = Some(s.tokens.start..bar);
                    }
                }
            }
        }
        i = j;
    }
    out
}
