use whatlang::{Detector, Lang};

/// Languages Dyad can identify, as ISO 639-1 codes.
pub const SUPPORTED_LANGUAGES: &[&str] = &["it", "en", "es", "fr", "de", "pt", "ru", "ar", "zh", "tr"];

fn to_whatlang(code: &str) -> Option<Lang> {
    Some(match code {
        "it" => Lang::Ita,
        "en" => Lang::Eng,
        "es" => Lang::Spa,
        "fr" => Lang::Fra,
        "de" => Lang::Deu,
        "pt" => Lang::Por,
        "ru" => Lang::Rus,
        "ar" => Lang::Ara,
        "zh" => Lang::Cmn,
        "tr" => Lang::Tur,
        _ => return None,
    })
}

fn from_whatlang(lang: Lang) -> &'static str {
    match lang {
        Lang::Ita => "it",
        Lang::Spa => "es",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Por => "pt",
        Lang::Rus => "ru",
        Lang::Ara => "ar",
        Lang::Cmn => "zh",
        Lang::Tur => "tr",
        _ => "en",
    }
}

/// The bounded prefix of a document that language identification looks at.
pub fn language_sample(text: &str) -> &str {
    let mut end = text.len().min(2000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Identifies the language of `text` among `candidates` (ISO 639-1 codes), looking at a bounded
/// prefix so that long documents cost no more than short ones. Returns the language and whether
/// the statistical model is confident (it rarely is on a single short sentence), or `None` when
/// no candidate is recognised or the text has no letters.
pub fn detect_language(text: &str, candidates: &[&str]) -> Option<(&'static str, bool)> {
    let allow: Vec<Lang> = candidates.iter().filter_map(|c| to_whatlang(c)).collect();
    if allow.is_empty() {
        return None;
    }
    if allow.len() == 1 {
        return Some((from_whatlang(allow[0]), true));
    }
    let info = Detector::with_allowlist(allow).detect(language_sample(text))?;
    Some((from_whatlang(info.lang()), info.is_reliable()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_italian_from_english() {
        let c = ["it", "en"];
        assert_eq!(detect_language("La Russia ha posto il veto a una risoluzione delle Nazioni Unite.", &c).map(|d| d.0), Some("it"));
        assert_eq!(detect_language("Ukraine severed diplomatic relations with North Korea on Wednesday.", &c).map(|d| d.0), Some("en"));
    }

    #[test]
    fn nothing_to_detect() {
        assert_eq!(detect_language("", &["it", "en"]), None);
        assert_eq!(detect_language("hello", &["xx"]), None);
    }
}
