//! HTML pages: the article's text and metadata, without the page around it.
//!
//! The main content comes from `dom_smoothie` (a port of Mozilla's Readability): navigation,
//! scripts, comments, share bars and related-article lists go; entities are decoded. When
//! Readability finds no article (short pages, odd markup), the page's `<p>` paragraphs are taken
//! instead. Scripts, navigation, footers, asides and forms are removed before either looks. Which of the
//! two produced the text is recorded (`html/readability`, `html/paragraphs`). Paragraphs are
//! separated by blank lines, so the coder sees them as paragraphs.
//!
//! Metadata: the publication date from meta tags or JSON-LD (through Readability), else the
//! first `<time datetime>`; the canonical URL from `<link rel="canonical">`, else `og:url`; the
//! language from `<html lang>`.

use crate::{decode, parse_date, InputError, Item, RawDocument};
use chrono::NaiveDate;
use dom_query::Document;

/// What a page holds for the coder.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extracted {
    pub title: Option<String>,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub extractor: &'static str,
}

/// Elements that hold page furniture, never the article.
const FURNITURE: &str =
    "script, style, noscript, template, iframe, nav, footer, aside, form, button, [role=navigation], [aria-hidden=true]";

/// Readability gives up on pages with more elements than this and the paragraph extractor
/// takes over: its scoring is not linear in the page size.
const MAX_ELEMENTS: usize = 20_000;

/// Extracts the article from a page. `url` is where the page was fetched from, if known.
pub fn extract(html: &str, url: Option<&str>) -> Extracted {
    let dom = Document::from(html);
    let canonical = attribute(&dom, "link[rel=canonical]", "href").or_else(|| attribute(&dom, "meta[property='og:url']", "content"));
    let time = attribute(&dom, "time[datetime]", "datetime");
    let lang = attribute(&dom, "html", "lang");
    // Never article text, whatever Readability's scores say of a short page.
    dom.select(FURNITURE).remove();
    let absolute = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let config =
        dom_smoothie::Config { max_elements_to_parse: MAX_ELEMENTS, text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let article = dom_smoothie::Readability::with_document(dom, absolute, Some(config)).and_then(|mut r| r.parse()).ok();
    let (text, extractor, title, published, lang) = match article {
        Some(a) if !a.text_content.trim().is_empty() => {
            (paragraphs(&a.text_content), "html/readability", Some(a.title), a.published_time, a.lang.or(lang))
        }
        _ => {
            let dom = Document::from(html);
            dom.select(FURNITURE).remove();
            let title = dom.select("title").iter().next().map(|t| t.text().to_string());
            (paragraph_text(&dom), "html/paragraphs", title, None, lang)
        }
    };
    Extracted {
        title: title.map(|t| collapse(&t)).filter(|t| !t.is_empty()),
        text,
        date: published.as_deref().and_then(parse_date).or_else(|| time.as_deref().and_then(parse_date)),
        url: canonical.filter(|u| !u.trim().is_empty()).or_else(|| url.map(str::to_string)),
        language: lang.and_then(|l| language_code(&l)),
        extractor,
    }
}

fn attribute(dom: &Document, selector: &str, name: &str) -> Option<String> {
    dom.select(selector).iter().find_map(|n| n.attr(name)).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// The text of the page's paragraphs once the page furniture is removed.
fn paragraph_text(dom: &Document) -> String {
    let mut blocks: Vec<String> = dom.select("p").iter().map(|p| collapse(&p.text())).filter(|p| !p.is_empty()).collect();
    if blocks.is_empty() {
        blocks = dom.select("body").iter().map(|b| paragraphs(&b.formatted_text())).collect();
    }
    blocks.join("\n\n")
}

/// Text split at blank lines into paragraphs, each on one line, separated by a blank line.
fn paragraphs(text: &str) -> String {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&collapse(line));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.join("\n\n")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `en-GB` -> `en`; anything that is not a two-letter code is no language.
fn language_code(lang: &str) -> Option<String> {
    let primary = lang.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_alphabetic())).then_some(primary)
}

/// Text of an HTML fragment (a feed item's description), paragraphs kept.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return collapse(html);
    }
    let dom = Document::from(html);
    dom.select("script, style").remove();
    paragraphs(&dom.select("body").formatted_text())
}

/// An HTML page as read, before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where it was read (`file`, `file@offset`).
    pub origin: String,
    pub bytes: Vec<u8>,
    /// Where it was fetched from (a WARC record's target URI).
    pub url: Option<String>,
    /// The id to give the document instead of its URL (a WARC record id).
    pub id: Option<String>,
    /// The date to give the document when the page has none (a WARC record's crawl date).
    pub fallback_date: Option<NaiveDate>,
}

impl Page {
    pub fn new(origin: &str, bytes: Vec<u8>) -> Page {
        Page { origin: origin.to_string(), bytes, url: None, id: None, fallback_date: None }
    }

    /// The page's article as a document, or an error naming the page when it has no text.
    pub fn extract(self) -> Item {
        let (html, lossy) = decode(self.bytes);
        let page = extract(&html, self.url.as_deref());
        if page.text.trim().is_empty() {
            return Item::Error(InputError::new(&self.origin, None, format!("no text found in the page ({})", page.extractor)));
        }
        let mut warnings = Vec::new();
        let date = page.date.or_else(|| {
            let crawl = self.fallback_date?;
            warnings.push("no publication date in the page: dated by the crawl (WARC-Date)".to_string());
            Some(crawl)
        });
        let url = page.url.or(self.url);
        Item::Document(Box::new(RawDocument {
            id: self.id.or_else(|| url.clone()).unwrap_or_else(|| self.origin.clone()),
            text: page.text,
            date,
            title: page.title,
            url,
            language: page.language,
            origin: self.origin,
            extractor: page.extractor,
            lossy,
            warnings,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_page_falls_back_to_paragraphs() {
        let page = extract(
            "<html lang='it-IT'><head><title>T</title><script>var x = 'Russia attacked Ukraine';</script></head>\
             <body><nav>Home</nav><p>Il governo ha espulso l&#39;ambasciatore.</p><footer>(c)</footer></body></html>",
            None,
        );
        assert_eq!(page.text, "Il governo ha espulso l'ambasciatore.");
        assert_eq!(page.language.as_deref(), Some("it"));
        assert_eq!(page.title.as_deref(), Some("T"));
    }

    #[test]
    fn fragments_lose_their_markup() {
        assert_eq!(fragment_text("<p>One &amp; two.</p><p>Three.</p>"), "One & two.\n\nThree.");
        assert_eq!(fragment_text("plain   text"), "plain text");
    }

    proptest::proptest! {
        #[test]
        fn any_markup_is_extracted_without_panic(html in "[<>a-z/ =\"'&#;p]{0,200}") {
            let _ = extract(&html, Some("https://example.org/a"));
        }
    }
}
