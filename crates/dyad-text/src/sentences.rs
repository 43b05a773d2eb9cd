use crate::tokens::{Token, TokenKind};
use std::collections::HashSet;

/// A sentence: a run of tokens, never crossing a line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices `[first, last)` into the document's token list.
    pub tokens: std::ops::Range<usize>,
    /// Character offsets `[start, end)` into the document text.
    pub start: usize,
    pub end: usize,
    /// Index of the line-delimited paragraph the sentence belongs to.
    pub paragraph: usize,
}

fn is_terminal(norm: &str) -> bool {
    matches!(norm, "." | "!" | "?" | "…")
}

fn is_closing(norm: &str) -> bool {
    matches!(norm, "\"" | "”" | "»" | "’" | "'" | ")" | "]")
}

/// Groups tokens into sentences. `abbreviations` are normalised words (without the dot) after which
/// a full stop does not end a sentence ("sig", "gen", "dr", "jan").
pub fn split_sentences(text: &str, tokens: &[Token], abbreviations: &HashSet<String>) -> Vec<Sentence> {
    let _ = text;
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut paragraph = 0usize;
    let close = |out: &mut Vec<Sentence>, s: usize, e: usize, paragraph: usize| {
        if e > s {
            out.push(Sentence { tokens: s..e, start: tokens[s].start, end: tokens[e - 1].end, paragraph });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].newline_before {
            close(&mut out, start, i, paragraph);
            start = i;
        }
        if i > 0 && tokens[i].newline_before {
            paragraph += 1;
        }
        let t = &tokens[i];
        if t.kind == TokenKind::Punct && is_terminal(&t.norm) && !is_abbreviation_stop(tokens, i, abbreviations) {
            let mut end = i + 1;
            while end < tokens.len()
                && !tokens[end].newline_before
                && (is_terminal(&tokens[end].norm) || (is_closing(&tokens[end].norm) && !tokens[end].space_before))
            {
                end += 1;
            }
            let next_starts_sentence = tokens.get(end).is_none_or(|n| {
                n.newline_before
                    || (n.space_before
                        && (n.capitalized || n.kind == TokenKind::Number || !n.norm.chars().next().is_some_and(char::is_alphabetic)))
            });
            if next_starts_sentence {
                close(&mut out, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    close(&mut out, start, tokens.len(), paragraph);
    out
}

fn is_abbreviation_stop(tokens: &[Token], i: usize, abbreviations: &HashSet<String>) -> bool {
    if tokens[i].norm != "." || i == 0 || tokens[i].space_before {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.kind != TokenKind::Word {
        return false;
    }
    // An initial: a single capital letter ("J. Smith").
    let single_capital = prev.capitalized && prev.norm.chars().count() == 1;
    single_capital || abbreviations.contains(&prev.norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(text: &str, abbrevs: &[&str]) -> Vec<String> {
        let toks = tokenize(text, "en");
        let ab: HashSet<String> = abbrevs.iter().map(|s| s.to_string()).collect();
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text, &toks, &ab).iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn splits_on_full_stops_and_lines() {
        assert_eq!(split("One here. Two there!\nThree", &[]), ["One here.", "Two there!", "Three"]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(split("Gen. Smith met J. Doe. Then left.", &["gen"]), ["Gen. Smith met J. Doe.", "Then left."]);
    }

    #[test]
    fn closing_quote_stays_with_sentence() {
        assert_eq!(split("He said \"no.\" Then left.", &[]), ["He said \"no.\"", "Then left."]);
    }

    #[test]
    fn dotted_acronyms_do_not_split() {
        assert_eq!(split("The U.S. said so.", &[]), ["The U.S. said so."]);
    }

    #[test]
    fn paragraphs_count_lines() {
        let text = "A b.\n\nC d. E f.";
        let toks = tokenize(text, "en");
        let s = split_sentences(text, &toks, &HashSet::new());
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
    }
}
