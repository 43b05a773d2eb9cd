/// What a token is made of; the coder treats punctuation as clause structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One token: its normalised form and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Normalised form: lower case, apostrophes unified to `'`.
    pub norm: String,
    pub kind: TokenKind,
    /// Character offsets `[start, end)` into the document text.
    pub start: usize,
    pub end: usize,
    /// Byte offsets `[start, end)` into the document text.
    pub byte_start: usize,
    pub byte_end: usize,
    /// First character is upper case in the original (proper names, sentence starts).
    pub capitalized: bool,
    /// Every letter is upper case and there are at least two ("US", "ONU").
    pub all_caps: bool,
    /// Whitespace (or the start of text) precedes this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
    /// A blank line (two line breaks or more) lies between the previous token and this one.
    pub blank_line_before: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '´' | '`' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F)
}

/// Normalises one word the way tokens are normalised (used for lexicon patterns too).
pub fn normalize_word(word: &str) -> String {
    // Most tokens are plain ASCII: lower-case them in one pass.
    if word.bytes().all(|b| b.is_ascii() && b != b'`') {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if c == 'İ' {
            // Turkish dotted capital I: plain `i`, not `i` + combining dot.
            out.push('i');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Longest word that is elided before a vowel ("quest'", "dell'", "tutt'").
const MAX_ELIDED_LEN: usize = 5;

/// Languages whose elided articles and prepositions (`l'`, `dell'`, `d'`) become own tokens.
pub fn splits_elisions(lang: &str) -> bool {
    matches!(lang, "it" | "fr" | "ca")
}

struct Chars<'a> {
    chars: Vec<(usize, char)>,
    text: &'a str,
}

impl Chars<'_> {
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }
}

/// Splits `text` into tokens. `lang` selects the clitic rules (elisions for Romance languages,
/// `'s`/`n't` for English); every other rule is language-independent.
pub fn tokenize(text: &str, lang: &str) -> Vec<Token> {
    let chars = Chars { chars: text.char_indices().collect(), text };
    let n = chars.chars.len();
    let mut tokens: Vec<Token> = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newlines_before = 0u8;
    let push = |tokens: &mut Vec<Token>, s: usize, e: usize, kind, space: &mut bool, nl: &mut u8| {
        let raw = &text[chars.byte(s)..chars.byte(e)];
        tokens.push(Token {
            norm: normalize_word(raw),
            kind,
            start: s,
            end: e,
            byte_start: chars.byte(s),
            byte_end: chars.byte(e),
            capitalized: raw.chars().next().is_some_and(char::is_uppercase),
            all_caps: raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !raw.chars().any(char::is_lowercase),
            space_before: *space,
            newline_before: *nl > 0,
            blank_line_before: *nl > 1,
        });
        *space = false;
        *nl = 0;
    };
    while i < n {
        let c = chars.at(i).unwrap_or(' ');
        if c.is_whitespace() {
            // "\r\n" is one line break.
            let crlf = c == '\n' && i > 0 && chars.at(i - 1) == Some('\r');
            if (c == '\n' && !crlf) || c == '\r' || c == '\u{2028}' {
                newlines_before = newlines_before.saturating_add(1);
            } else if c == '\u{2029}' {
                newlines_before = 2;
            }
            space_before = true;
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
            let s = i;
            i += 1;
            while i < n {
                let d = chars.at(i).unwrap_or(' ');
                let next_digit = chars.at(i + 1).is_some_and(|x| x.is_ascii_digit());
                if d.is_ascii_digit() || (matches!(d, '.' | ',' | ':') && next_digit) {
                    i += 1;
                } else {
                    break;
                }
            }
            push(&mut tokens, s, i, TokenKind::Number, &mut space_before, &mut newlines_before);
            continue;
        }
        if is_word_char(c) {
            let s = i;
            // Dotted acronyms (U.S., U.N.) are one token with their dots.
            if let Some(e) = dotted_acronym_end(&chars, i) {
                i = e;
                push(&mut tokens, s, i, TokenKind::Word, &mut space_before, &mut newlines_before);
                continue;
            }
            while i < n && is_word_char(chars.at(i).unwrap_or(' ')) {
                i += 1;
            }
            // Apostrophe inside a word: elision or clitic.
            if i + 1 < n && is_apostrophe(chars.at(i).unwrap_or(' ')) && is_word_char(chars.at(i + 1).unwrap_or(' ')) {
                let word_end = i;
                let tail_start = i + 1;
                let mut tail_end = tail_start;
                while tail_end < n && is_word_char(chars.at(tail_end).unwrap_or(' ')) {
                    tail_end += 1;
                }
                let tail = normalize_word(&text[chars.byte(tail_start)..chars.byte(tail_end)]);
                if splits_elisions(lang) {
                    // "l'Ucraina": the article keeps its apostrophe.
                    push(&mut tokens, s, word_end + 1, TokenKind::Word, &mut space_before, &mut newlines_before);
                    i = word_end + 1;
                    continue;
                }
                if lang == "en" && tail == "s" {
                    push(&mut tokens, s, word_end, TokenKind::Word, &mut space_before, &mut newlines_before);
                    push(&mut tokens, word_end, tail_end, TokenKind::Word, &mut space_before, &mut newlines_before);
                    i = tail_end;
                    continue;
                }
                if lang == "en" && tail == "t" && word_end > s + 1 && chars.at(word_end - 1).is_some_and(|x| x == 'n' || x == 'N') {
                    push(&mut tokens, s, word_end - 1, TokenKind::Word, &mut space_before, &mut newlines_before);
                    push(&mut tokens, word_end - 1, tail_end, TokenKind::Word, &mut space_before, &mut newlines_before);
                    i = tail_end;
                    continue;
                }
                // Other apostrophes inside a name ("O'Brien") keep the word whole.
                push(&mut tokens, s, tail_end, TokenKind::Word, &mut space_before, &mut newlines_before);
                i = tail_end;
                continue;
            }
            // An initial ("George W. Bush") absorbs its dot so that names match and sentences go on.
            if i == s + 1
                && c.is_uppercase()
                && chars.at(i) == Some('.')
                && chars.at(i + 1).is_some_and(char::is_whitespace)
                && chars.at(i + 2).is_some_and(char::is_uppercase)
            {
                let raw = &text[chars.byte(s)..chars.byte(i)];
                push(&mut tokens, s, i + 1, TokenKind::Word, &mut space_before, &mut newlines_before);
                if let Some(t) = tokens.last_mut() {
                    t.norm = normalize_word(raw);
                }
                i += 1;
                continue;
            }
            // "dell' ONU", or "dell'" alone in a lexicon: an elided word ends with its apostrophe.
            if splits_elisions(lang)
                && i - s <= MAX_ELIDED_LEN
                && chars.at(i).is_some_and(is_apostrophe)
                && !chars.at(i + 1).is_some_and(is_word_char)
            {
                push(&mut tokens, s, i + 1, TokenKind::Word, &mut space_before, &mut newlines_before);
                i += 1;
                continue;
            }
            push(&mut tokens, s, i, TokenKind::Word, &mut space_before, &mut newlines_before);
            // A hyphen between two words splits them ("Jong-un" is "jong" "un"), with no space
            // before the second ("acusando-o": a clitic joined to its verb).
            if i + 1 < n && is_hyphen(chars.at(i).unwrap_or(' ')) && is_word_char(chars.at(i + 1).unwrap_or(' ')) {
                i += 1;
                space_before = false;
            }
            continue;
        }
        // A possessive standing alone, as lexicon files write it.
        if lang == "en"
            && is_apostrophe(c)
            && chars.at(i + 1).is_some_and(|x| x == 's' || x == 'S')
            && !chars.at(i + 2).is_some_and(is_word_char)
        {
            push(&mut tokens, i, i + 2, TokenKind::Word, &mut space_before, &mut newlines_before);
            i += 2;
            continue;
        }
        push(&mut tokens, i, i + 1, TokenKind::Punct, &mut space_before, &mut newlines_before);
        i += 1;
    }
    tokens
}

/// `U.S.` / `U.N.` / `e.g.`: single letters each followed by a dot, at least two of them.
fn dotted_acronym_end(chars: &Chars, start: usize) -> Option<usize> {
    let mut i = start;
    let mut letters = 0;
    while chars.at(i).is_some_and(char::is_alphabetic) && chars.at(i + 1) == Some('.') {
        letters += 1;
        i += 2;
        if chars.at(i).is_some_and(char::is_alphabetic) && chars.at(i + 1).is_some_and(char::is_alphabetic) {
            return None;
        }
    }
    (letters >= 2 && !chars.at(i).is_some_and(char::is_alphanumeric)).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str, lang: &str) -> Vec<String> {
        tokenize(text, lang).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn italian_elisions_split_and_keep_apostrophe() {
        assert_eq!(norms("dell’ONU e l'Ucraina", "it"), ["dell'", "onu", "e", "l'", "ucraina"]);
        assert_eq!(norms("{dell'|sull'}", "it"), ["{", "dell'", "|", "sull'", "}"]);
    }

    #[test]
    fn english_clitics() {
        assert_eq!(norms("Russia's army didn't", "en"), ["russia", "'s", "army", "did", "n't"]);
        assert_eq!(norms("'s n't", "en"), ["'s", "n't"]);
    }

    #[test]
    fn hyphens_split_names() {
        assert_eq!(norms("Kim Jong-un", "en"), ["kim", "jong", "un"]);
    }

    #[test]
    fn initials_absorb_their_dot() {
        assert_eq!(norms("George W. Bush said", "en"), ["george", "w", "bush", "said"]);
        assert_eq!(norms("İmamoğlu", "tr"), ["imamoğlu"]);
    }

    #[test]
    fn dotted_acronyms_stay_whole() {
        assert_eq!(norms("the U.S. and U.N. said", "en"), ["the", "u.s.", "and", "u.n.", "said"]);
    }

    #[test]
    fn spans_are_character_offsets() {
        let text = "È l’Ucraina";
        let toks = tokenize(text, "it");
        let chars: Vec<char> = text.chars().collect();
        let last = toks.last().unwrap();
        assert_eq!(chars[last.start..last.end].iter().collect::<String>(), "Ucraina");
        assert_eq!(&text[last.byte_start..last.byte_end], "Ucraina");
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(norms("1.000 soldati, 3,5%", "it"), ["1.000", "soldati", ",", "3,5", "%"]);
    }

    proptest::proptest! {
        #[test]
        fn spans_always_cover_valid_text(text in "\\PC{0,60}", lang in "(it|en|fr)") {
            let toks = tokenize(&text, &lang);
            let nchars = text.chars().count();
            for t in &toks {
                proptest::prop_assert!(t.start < t.end && t.end <= nchars);
                proptest::prop_assert!(text.get(t.byte_start..t.byte_end).is_some());
            }
            for w in toks.windows(2) {
                proptest::prop_assert!(w[0].end <= w[1].start);
            }
        }
    }
}
