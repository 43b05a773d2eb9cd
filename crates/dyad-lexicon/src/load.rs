use crate::model::{ActorEntry, ActorKind, DateWord, Endings, EventEntry, Role, WordClass, NOT_AN_EVENT};
use crate::ontology::Ontology;
use crate::pattern::{parse_pattern, single_token, Matcher, Pattern, PatternSet};
use crate::LexiconError;
use chrono::NaiveDate;
use include_dir::{include_dir, Dir};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../lexicons");

/// Everything Dyad knows about one language.
#[derive(Debug, Default)]
pub struct LanguageLexicon {
    pub lang: String,
    pub events: PatternSet<EventEntry>,
    pub actors: PatternSet<ActorEntry>,
    pub words: PatternSet<WordClass>,
    pub dates: PatternSet<DateWord>,
    pub furniture: PatternSet<String>,
    pub abbreviations: HashSet<String>,
    /// Words before which a number with a full stop is an ordinal, not a sentence's end ("am
    /// 24. Februar", "im 19. Jahrhundert"): grammar block `[ordinal_before]`.
    pub ordinal_before: HashSet<String>,
    /// Words after which a number with a full stop is an ordinal ("das 20. Sanktionspaket"):
    /// grammar block `[ordinal_after]`.
    pub ordinal_after: HashSet<String>,
    pub endings: Endings,
    /// The finite verb is a main clause's second constituent (German): what follows it may be
    /// the subject (grammar block `[word_order]`, line `v2`).
    pub verb_second: bool,
}

impl LanguageLexicon {
    /// The language's rules for full stops that end no sentence.
    pub fn stop_rules(&self) -> dyad_text::StopRules<'_> {
        dyad_text::StopRules {
            abbreviations: Some(&self.abbreviations),
            ordinal_before: Some(&self.ordinal_before),
            ordinal_after: Some(&self.ordinal_after),
        }
    }
}

/// All loaded lexicons. Each language is compiled the first time it is asked for.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub ontology: Ontology,
    /// English country names by ISO 3166 alpha-3 code (`common/countries.tsv`).
    pub country_names: BTreeMap<String, String>,
    languages: BTreeMap<String, Language>,
    shared: SharedSources,
    /// Problems found compiling languages on demand, not yet taken by `take_errors`.
    late_errors: Mutex<Vec<LexiconError>>,
}

#[derive(Debug, Default)]
struct Language {
    files: Vec<(SourceFile, Kind)>,
    compiled: OnceLock<LanguageLexicon>,
}

/// What compiling any language needs besides its own files.
#[derive(Debug, Default)]
struct SharedSources {
    /// alpha-2, alpha-3 and English name of each country (`common/countries.tsv`).
    countries: Vec<(String, String, String)>,
    english_names: HashMap<String, String>,
    /// People and organisations, for every language.
    common: Vec<(SourceFile, Kind)>,
    /// `common` compiled once per tokenisation rule (start-up time and memory with many languages).
    common_actors: BTreeMap<(bool, bool), OnceLock<Arc<PatternSet<ActorEntry>>>>,
    /// The common files' problems are the same for every rule: reported by the first compilation.
    common_reported: AtomicBool,
}

impl Lexicon {
    /// The lexicon of `lang`, compiled now if it was not yet.
    pub fn language(&self, lang: &str) -> Option<&LanguageLexicon> {
        let language = self.languages.get(lang)?;
        Some(language.compiled.get_or_init(|| self.compile(lang, &language.files)))
    }

    /// Compiles `langs` now, each on its own thread (languages are independent).
    pub fn compile_languages(&self, langs: &[&str]) {
        let pending = langs.iter().filter(|l| self.languages.get(**l).is_some_and(|language| language.compiled.get().is_none()));
        std::thread::scope(|scope| {
            for lang in pending {
                scope.spawn(move || self.language(lang));
            }
        });
    }

    /// Compiles every language now.
    pub fn compile_all(&self) {
        let langs: Vec<&str> = self.languages.keys().map(String::as_str).collect();
        self.compile_languages(&langs);
    }

    /// The problems found compiling languages since the last call, by file and line (languages
    /// compiled on several threads finish in any order).
    pub fn take_errors(&self) -> Vec<LexiconError> {
        let mut errors = std::mem::take(&mut *self.late_errors.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        errors
    }

    /// Replaces the actor names (countries, organisations, agents, people) of `lang` with
    /// `actors` and returns the previous set, so that a caller can keep part of it; for users who
    /// bring their own actor dictionaries (e.g. PETRARCH's, through `dyad-petrarch`). A language
    /// without a lexicon gets one holding only these actors (it stays uncodable: no events).
    pub fn replace_actors(&mut self, lang: &str, actors: PatternSet<ActorEntry>) -> PatternSet<ActorEntry> {
        self.language(lang);
        let language = self.languages.entry(lang.to_string()).or_default();
        let _ = language.compiled.set(LanguageLexicon { lang: lang.to_string(), ..Default::default() });
        match language.compiled.get_mut() {
            Some(ll) => std::mem::replace(&mut ll.actors, actors),
            None => PatternSet::default(),
        }
    }

    /// Languages with event expressions, i.e. that Dyad can code.
    pub fn languages(&self) -> Vec<&str> {
        self.languages
            .iter()
            .filter(|(_, l)| l.files.iter().any(|(_, kind)| *kind == Kind::Events))
            .map(|(lang, _)| lang.as_str())
            .collect()
    }

    fn compile(&self, lang: &str, files: &[(SourceFile, Kind)]) -> LanguageLexicon {
        let actors = match self.shared.common_actors.get(&tokenisation_rule(lang)) {
            Some(cell) => PatternSet::with_shared(Arc::clone(cell.get_or_init(|| self.compile_common(lang)))),
            None => PatternSet::default(),
        };
        let mut ll = LanguageLexicon { lang: lang.to_string(), actors, ..Default::default() };
        add_cldr_names(&mut ll, lang, &self.shared.countries, &|s| normalize_as(lang, s));
        let errors = self.parse_files(&mut ll, files);
        self.report(errors);
        ll
    }

    /// The language-independent names, tokenised as `lang` tokenises.
    fn compile_common(&self, lang: &str) -> Arc<PatternSet<ActorEntry>> {
        let mut ll = LanguageLexicon { lang: lang.to_string(), ..Default::default() };
        let errors = self.parse_files(&mut ll, &self.shared.common);
        if !self.shared.common_reported.swap(true, Ordering::Relaxed) {
            self.report(errors);
        }
        Arc::new(ll.actors)
    }

    /// Parses `files` into `ll`, names tokenised as its language tokenises; returns their problems.
    fn parse_files(&self, ll: &mut LanguageLexicon, files: &[(SourceFile, Kind)]) -> Vec<LexiconError> {
        let lang = ll.lang.clone();
        let normalize = |s: &str| normalize_as(&lang, s);
        let ctx = Context { ontology: &self.ontology, english_names: &self.shared.english_names, normalize: &normalize };
        let mut sets: HashMap<String, Vec<Matcher>> = HashMap::new();
        let mut errors = Vec::new();
        for (f, kind) in files {
            let (shown, _) = split_name(&f.name);
            parse_file(shown, &f.text, *kind, ll, &mut sets, &ctx, &mut errors);
        }
        errors
    }

    fn report(&self, errors: Vec<LexiconError>) {
        if !errors.is_empty() {
            self.late_errors.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).extend(errors);
        }
    }
}

#[derive(Clone, Debug)]
struct SourceFile {
    /// Path relative to the lexicon root, e.g. `it/events.txt`; shown in errors and rule ids.
    name: String,
    text: String,
}

/// Collects lexicon files, then parses and compiles them.
#[derive(Default, Clone)]
pub struct LexiconBuilder {
    files: Vec<SourceFile>,
    errors: Vec<LexiconError>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Events,
    Countries,
    Places,
    Igos,
    Agents,
    People,
    Grammar,
    Dates,
    Furniture,
}

fn kind_of(file_name: &str) -> Option<Kind> {
    let stem = file_name.strip_suffix(".txt")?;
    let kinds = [
        ("events", Kind::Events),
        ("countries", Kind::Countries),
        ("places", Kind::Places),
        ("igos", Kind::Igos),
        ("agents", Kind::Agents),
        ("people", Kind::People),
        ("grammar", Kind::Grammar),
        ("dates", Kind::Dates),
        ("furniture", Kind::Furniture),
    ];
    kinds.iter().find(|(p, _)| stem.starts_with(p)).map(|(_, k)| *k)
}

impl LexiconBuilder {
    /// The lexicons compiled into Dyad.
    pub fn builtin() -> LexiconBuilder {
        let mut b = LexiconBuilder::default();
        fn walk(dir: &Dir<'static>, out: &mut Vec<SourceFile>) {
            for f in dir.files() {
                let name = f.path().to_string_lossy().replace('\\', "/");
                out.push(SourceFile { name, text: String::from_utf8_lossy(f.contents()).into_owned() });
            }
            for d in dir.dirs() {
                walk(d, out);
            }
        }
        walk(&BUILTIN, &mut b.files);
        b.files.sort_by(|a, b| a.name.cmp(&b.name));
        b
    }

    /// The built-in lexicons with the user's directories layered over them (`--lexicon DIR`).
    pub fn builtin_with_dirs(dirs: &[std::path::PathBuf]) -> LexiconBuilder {
        let mut builder = LexiconBuilder::builtin();
        for dir in dirs {
            builder.add_dir(dir);
        }
        builder
    }

    /// No files at all (tests, or a user who wants only their own lexicons).
    pub fn empty() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Adds a user's lexicon directory (`DIR/it/events-mine.txt`, `DIR/common/people.txt`...).
    /// Unreadable files are reported and skipped.
    pub fn add_dir(&mut self, dir: &Path) -> &mut Self {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.errors.push(LexiconError::new(&dir.display().to_string(), 0, &format!("cannot read lexicon directory: {e}")));
                return self;
            }
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for sub in paths.into_iter().filter(|p| p.is_dir()) {
            let lang = sub.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let is_language = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
            if lang != "common" && !is_language {
                self.errors.push(LexiconError::new(
                    &sub.display().to_string(),
                    0,
                    "not a lexicon folder: expected `common` or a two-letter language code (it, en, ...); not read",
                ));
                continue;
            }
            let mut files: Vec<_> =
                std::fs::read_dir(&sub).map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
            files.sort();
            for f in files.into_iter().filter(|p| p.is_file()) {
                let shown = f.display().to_string();
                let file_name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                match std::fs::read(&f) {
                    Ok(bytes) => {
                        let text = match String::from_utf8(bytes) {
                            Ok(t) => t,
                            Err(e) => {
                                self.errors.push(LexiconError::new(&shown, 0, "invalid UTF-8; decoded lossily"));
                                String::from_utf8_lossy(e.as_bytes()).into_owned()
                            }
                        };
                        self.add_file(&format!("{lang}/{file_name}"), &shown, text);
                    }
                    Err(e) => self.errors.push(LexiconError::new(&shown, 0, &format!("cannot read: {e}"))),
                }
            }
        }
        self
    }

    /// Adds one file's text under a lexicon-relative name, in place of a file of that name if
    /// there is one (a regenerated built-in file checked before it is written).
    pub fn replace_text(&mut self, name: &str, text: &str) -> &mut Self {
        self.files.retain(|f| f.name != name);
        self.add_text(name, text)
    }

    /// Adds one file's text under a lexicon-relative name (`it/events-extra.txt`).
    pub fn add_text(&mut self, name: &str, text: &str) -> &mut Self {
        self.add_file(name, name, text.to_string());
        self
    }

    fn add_file(&mut self, name: &str, shown: &str, text: String) {
        let file_name = name.rsplit('/').next().unwrap_or(name);
        if kind_of(file_name).is_none() && !name.ends_with(".tsv") && !name.ends_with(".md") {
            self.errors.push(LexiconError::new(shown, 0, "unknown lexicon kind: the file name must start with events, countries, places, igos, agents, people, grammar, dates or furniture and end in .txt"));
            return;
        }
        if shown == name {
            self.files.push(SourceFile { name: shown.to_string(), text });
            return;
        }
        // Keep the language directory visible to the parser even for absolute user paths.
        let file = SourceFile { name: format!("{shown}\u{0}{name}"), text };
        // A user's file named like a built-in one (`en/events.txt`) stands in for it, in its
        // place, so that the sets it defines still precede the files that use them: the way to
        // remove or change built-in entries without recompiling.
        match self.files.iter().position(|f| f.name == name) {
            Some(i) => self.files[i] = file,
            None => self.files.push(file),
        }
    }

    /// Parses and compiles every language now; returns every problem found.
    pub fn build(self) -> (Lexicon, Vec<LexiconError>) {
        let (lexicon, mut errors) = self.build_on_demand();
        lexicon.compile_all();
        errors.extend(lexicon.take_errors());
        (lexicon, errors)
    }

    /// Reads the shared tables now and compiles each language the first time it is asked for: a
    /// run codes one or two of the languages, and compiling all of them was most of the start-up
    /// time. Returns the problems found so far; those of a language's own files are found when
    /// it is compiled and collected by `Lexicon::take_errors`.
    pub fn build_on_demand(self) -> (Lexicon, Vec<LexiconError>) {
        let mut errors = self.errors;
        let mut lexicon = Lexicon::default();
        let mut by_lang: BTreeMap<String, Vec<(SourceFile, Kind)>> = BTreeMap::new();
        for f in self.files {
            let (shown, rel) = split_name(&f.name);
            let mut parts = rel.rsplitn(2, '/');
            let file_name = parts.next().unwrap_or("");
            let dir = parts.next().unwrap_or("").rsplit('/').next().unwrap_or("").to_string();
            if file_name == "cameo.tsv" {
                lexicon.ontology = Ontology::parse(shown, &f.text, &mut errors);
                continue;
            }
            if file_name == "countries.tsv" {
                lexicon.shared.countries = parse_country_table(shown, &f.text, &mut errors);
                continue;
            }
            let Some(kind) = kind_of(file_name) else { continue };
            // People and organisations are language-independent: wherever they are, every
            // language gets them.
            if kind == Kind::People || (kind == Kind::Igos && dir == "common") {
                lexicon.shared.common.push((f, kind));
                continue;
            }
            if dir == "common" || dir.is_empty() {
                errors.push(LexiconError::new(
                    shown,
                    0,
                    "only people and igos files and the .tsv tables live outside a language directory",
                ));
                continue;
            }
            by_lang.entry(dir).or_default().push((f, kind));
        }
        if lexicon.ontology.is_empty() {
            errors.push(LexiconError::new("common/cameo.tsv", 0, "the CAMEO ontology is missing"));
        }
        let shared = &mut lexicon.shared;
        shared.english_names = shared.countries.iter().map(|(_, a3, name)| (a3.clone(), name.clone())).collect();
        lexicon.country_names = shared.english_names.iter().map(|(code, name)| (code.clone(), name.clone())).collect();
        for lang in by_lang.keys() {
            shared.common_actors.entry(tokenisation_rule(lang)).or_default();
        }
        lexicon.languages = by_lang.into_iter().map(|(lang, files)| (lang, Language { files, compiled: OnceLock::new() })).collect();
        (lexicon, errors)
    }
}

/// A name's normalised tokens in `lang`.
fn normalize_as(lang: &str, s: &str) -> Vec<String> {
    dyad_text::tokenize(s, lang).into_iter().map(|t| t.norm).collect()
}

/// Languages that tokenise alike share one compiled set of the language-independent names.
fn tokenisation_rule(lang: &str) -> (bool, bool) {
    (lang == "en", dyad_text::splits_elisions(lang))
}

fn split_name(name: &str) -> (&str, &str) {
    match name.split_once('\u{0}') {
        Some((shown, rel)) => (shown, rel),
        None => (name, name),
    }
}

fn parse_country_table(file: &str, text: &str, errors: &mut Vec<LexiconError>) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() < 3 || f[0].len() != 2 || f[1].len() != 3 {
            errors.push(LexiconError::new(file, n + 1, "expected `alpha2<TAB>alpha3<TAB>English name`"));
            continue;
        }
        out.push((f[0].to_string(), f[1].to_string(), f[2].to_string()));
    }
    out
}

/// Country names in `lang` from CLDR. Parenthesised qualifiers ("Myanmar (Birmania)") are dropped.
fn add_cldr_names(ll: &mut LanguageLexicon, lang: &str, table: &[(String, String, String)], normalize: &dyn Fn(&str) -> Vec<String>) {
    use icu_experimental::displaynames::{multi::RegionDisplayNames, DisplayNamesOptions};
    let Ok(locale) = icu_locale_core::Locale::try_from_str(lang) else { return };
    let Ok(names) = RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default()) else { return };
    for (a2, a3, english) in table {
        let Ok(region) = icu_locale_core::subtags::Region::try_from_str(a2) else { continue };
        let Some(name) = names.of(region) else { continue };
        let name = name.split('(').next().unwrap_or(name).trim();
        let toks = normalize(name);
        if toks.is_empty() {
            continue;
        }
        let pattern = Pattern { matchers: toks.into_iter().map(Matcher::Word).collect() };
        ll.actors.push(
            pattern,
            ActorEntry {
                kind: ActorKind::Country(a3.clone()),
                name: english.clone(),
                demonym: false,
                place: false,
                seat: false,
                imported: false,
                id: format!("cldr:{lang}:{a2}"),
            },
        );
    }
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

/// What parsing a file needs besides the file.
struct Context<'a> {
    ontology: &'a Ontology,
    english_names: &'a HashMap<String, String>,
    normalize: &'a dyn Fn(&str) -> Vec<String>,
}

fn parse_file(
    file: &str,
    text: &str,
    kind: Kind,
    ll: &mut LanguageLexicon,
    sets: &mut HashMap<String, Vec<Matcher>>,
    ctx: &Context,
    errors: &mut Vec<LexiconError>,
) {
    let normalize = ctx.normalize;
    let mut header: Option<(String, String)> = None;
    let mut header_ok = false;
    let mut roles: Option<Vec<Role>> = None;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        let err = |m: String| LexiconError::new(file, line_no, &m);
        // `&NAME = a | b` defines a set; a line that merely starts with `&NAME` is a pattern.
        let set_definition = line.strip_prefix('&').and_then(|rest| rest.split_once('=')).filter(|(name, _)| {
            let name = name.trim();
            !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
        if let Some((name, body)) = set_definition {
            let mut alts = Vec::new();
            let mut ok = true;
            for a in body.split('|') {
                match single_token(a.trim(), normalize) {
                    Ok(m) => alts.push(m),
                    Err(e) => {
                        errors.push(err(format!("in set `&{}`: {e}", name.trim())));
                        ok = false;
                    }
                }
            }
            if ok {
                sets.insert(name.trim().to_string(), alts);
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some((inside, title)) = rest.split_once(']') else {
                errors.push(err("unclosed `[` in block header".into()));
                header = None;
                continue;
            };
            let inside = inside.trim().to_string();
            let title = title.trim().to_string();
            header_ok = match validate_header(kind, &inside, ctx.ontology) {
                Ok(()) => true,
                Err(e) => {
                    errors.push(err(e));
                    false
                }
            };
            // A person's roles are read once per header, not once per name.
            roles = if header_ok && kind == Kind::People { parse_roles(&inside).ok() } else { None };
            header = Some((inside, title));
            continue;
        }
        let Some((head, title)) = &header else {
            errors.push(err("pattern before any `[...]` block header".into()));
            continue;
        };
        if !header_ok {
            continue; // the header's error is reported once
        }
        let (pattern_src, mut attrs) = match line.find(" @") {
            Some(i) => (&line[..i], line[i..].split_whitespace().collect::<Vec<_>>()),
            None => (line, Vec::new()),
        };
        // `@from=ORIGIN` (any kind): where a converted entry comes from; it joins the entry id.
        let mut id = format!("{file}:{line_no}");
        let mut origins = Vec::new();
        attrs.retain(|a| match a.strip_prefix("@from=") {
            Some(origin) => {
                origins.push(origin);
                false
            }
            None => true,
        });
        if let Some(empty) = origins.iter().find(|o| o.is_empty()) {
            errors.push(err(format!("`@from={empty}` names no origin")));
            continue;
        }
        if !origins.is_empty() {
            id = format!("{id} ({})", origins.join(", "));
        }
        let pattern = match parse_pattern(pattern_src, sets, normalize) {
            Ok(p) => p,
            Err(e) => {
                errors.push(err(e));
                continue;
            }
        };
        let provenance = Provenance { id, imported: !origins.is_empty() };
        if let Err(e) = add_entry(kind, (head, title, roles.as_deref()), pattern, &attrs, provenance, ll, ctx) {
            errors.push(err(e));
        }
    }
}

fn validate_header(kind: Kind, head: &str, ontology: &Ontology) -> Result<(), String> {
    let is_code =
        |s: &str, min: usize, max: usize| (min..=max).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    match kind {
        Kind::Events => {
            if head != NOT_AN_EVENT && ontology.get(head).is_none() {
                return Err(format!("`{head}` is not a CAMEO code of the ontology"));
            }
        }
        Kind::Places if head == "---" => {}
        Kind::Countries | Kind::Places => {
            if head.len() != 3 || !head.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(format!("`{head}` is not an ISO 3166 alpha-3 code"));
            }
        }
        Kind::Igos => {
            if !is_code(head, 3, 15) || !head.len().is_multiple_of(3) {
                return Err(format!("`{head}` is not an actor code (upper-case letters in groups of three)"));
            }
        }
        Kind::Agents => {
            if !is_code(head, 3, 9) || !head.len().is_multiple_of(3) {
                return Err(format!("`{head}` is not an agent code (three letters, or up to three groups of three: GOVHLH)"));
            }
        }
        Kind::People => {
            parse_roles(head)?;
        }
        Kind::Grammar => {
            if head != "abbreviations"
                && head != "ordinal_before"
                && head != "ordinal_after"
                && head != "word_order"
                && WordClass::from_name(head).is_none()
                && !Endings::BLOCKS.contains(&head)
            {
                let names: Vec<&str> = WordClass::ALL.iter().map(|(n, _)| *n).chain(Endings::BLOCKS.iter().copied()).collect();
                return Err(format!(
                    "unknown grammar block `{head}`; known: abbreviations, ordinal_before, ordinal_after, word_order, {}",
                    names.join(", ")
                ));
            }
        }
        Kind::Dates => {
            if DateWord::parse_header(head).is_none() {
                return Err(format!(
                    "unknown date block `{head}`; known: month N, weekday N (1=Monday), day_offset N, last, next, this, week, month_unit, year"
                ));
            }
        }
        Kind::Furniture => {
            if head != "furniture" {
                return Err("furniture files have one block: [furniture]".into());
            }
        }
    }
    Ok(())
}

fn parse_date(s: &str) -> Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    // By hand rather than through a format string: people files have tens of thousands of dates.
    let bad = || format!("bad date `{s}` (YYYY-MM-DD)");
    let mut parts = s.splitn(3, '-');
    let mut num = |len: usize| -> Option<u32> {
        let p = parts.next()?;
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let (y, m, d) = (num(4).ok_or_else(bad)?, num(2).ok_or_else(bad)?, num(2).ok_or_else(bad)?);
    NaiveDate::from_ymd_opt(y as i32, m, d).map(Some).ok_or_else(bad)
}

fn parse_roles(head: &str) -> Result<Vec<Role>, String> {
    let mut roles = Vec::new();
    for part in head.split(';') {
        let mut it = part.split_whitespace();
        let code = it.next().ok_or("empty role")?;
        if !code.len().is_multiple_of(3) || !code.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!("`{code}` is not an actor code"));
        }
        let (from, to) = match it.next() {
            None => (None, None),
            Some(range) => {
                let (a, b) = range.split_once("..").ok_or_else(|| format!("role dates `{range}` must be FROM..TO"))?;
                (parse_date(a)?, parse_date(b)?)
            }
        };
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(format!("role `{part}` ends before it starts"));
            }
        }
        roles.push(Role { code: code.to_string(), from, to });
    }
    Ok(roles)
}

#[allow(clippy::too_many_arguments)]
/// Where an entry comes from: its `file:line` (and origin), and whether it was converted from
/// another project's dictionary (`@from`).
struct Provenance {
    id: String,
    imported: bool,
}

fn add_entry(
    kind: Kind,
    (head, title, roles): (&str, &str, Option<&[Role]>),
    pattern: Pattern,
    attrs: &[&str],
    Provenance { id, imported }: Provenance,
    ll: &mut LanguageLexicon,
    ctx: &Context,
) -> Result<(), String> {
    let allowed: &[&str] = match kind {
        Kind::Events => &["@noun", "@of=source", "@speech", "@notarget", "@reciprocal", "@official", "@undergone"],
        Kind::Countries => &["@demonym", "@seat"],
        Kind::Places => &["@demonym"],
        _ => &[],
    };
    if let Some(bad) = attrs.iter().find(|a| !allowed.contains(a)) {
        return Err(format!(
            "unknown attribute `{bad}` here; allowed: {}",
            if allowed.is_empty() { "none".into() } else { allowed.join(" ") }
        ));
    }
    let has = |a: &str| attrs.contains(&a);
    let actor = |kind: ActorKind, name: &str| ActorEntry {
        kind,
        name: name.to_string(),
        demonym: has("@demonym"),
        place: false,
        seat: has("@seat"),
        id: id.clone(),
        imported,
    };
    match kind {
        Kind::Events => ll.events.push(
            pattern,
            EventEntry {
                code: head.to_string(),
                id: id.clone(),
                noun: has("@noun") || has("@of=source"),
                of_is_source: has("@of=source"),
                speech: has("@speech"),
                no_target: has("@notarget"),
                reciprocal: has("@reciprocal"),
                official: has("@official"),
                undergone: has("@undergone"),
                imported,
            },
        ),
        Kind::Places if head == "---" => ll.actors.push(pattern, actor(ActorKind::NotAnActor, title)),
        Kind::Countries | Kind::Places => {
            let name = ctx.english_names.get(head).map_or(head, String::as_str);
            ll.actors.push(pattern, ActorEntry { place: kind == Kind::Places, ..actor(ActorKind::Country(head.to_string()), name) })
        }
        Kind::Igos => {
            ll.actors.push(pattern, actor(ActorKind::Organisation(head.to_string()), if title.is_empty() { head } else { title }))
        }
        Kind::Agents => ll.actors.push(pattern, actor(ActorKind::Agent(head.to_string()), head)),
        Kind::People => {
            let roles = match roles {
                Some(r) => r.to_vec(),
                None => parse_roles(head)?,
            };
            ll.actors.push(pattern, actor(ActorKind::Person(roles), title))
        }
        Kind::Grammar => {
            if head == "abbreviations" {
                for m in pattern.matchers {
                    if let Matcher::Word(w) = m {
                        ll.abbreviations.insert(w.trim_end_matches('.').to_string());
                    }
                }
            } else if head == "ordinal_before" || head == "ordinal_after" {
                let set = if head == "ordinal_before" { &mut ll.ordinal_before } else { &mut ll.ordinal_after };
                for m in pattern.matchers {
                    if let Matcher::Word(w) = m {
                        set.insert(w);
                    }
                }
            } else if head == "word_order" {
                match pattern.matchers.as_slice() {
                    [Matcher::Word(w)] if w == "v2" => ll.verb_second = true,
                    _ => return Err("the word order known is `v2` (the finite verb second in a main clause)".into()),
                }
            } else if let Some(list) = ll.endings.list_mut(head) {
                for m in pattern.matchers {
                    match m {
                        Matcher::Word(w) => list.push(w),
                        _ => return Err("an ending is one word ending, plain letters: `ato`, `mente`".into()),
                    }
                }
            } else if let Some(c) = WordClass::from_name(head) {
                ll.words.push(pattern, c);
            }
        }
        Kind::Dates => {
            if let Some(d) = DateWord::parse_header(head) {
                ll.dates.push(pattern, d);
            }
        }
        Kind::Furniture => ll.furniture.push(pattern, id),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> LexiconBuilder {
        let mut b = LexiconBuilder::empty();
        b.add_text("common/cameo.tsv", "161\t4\t-4\tREDUCE\t\t\tBreak relations\n");
        b
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut b = minimal();
        b.add_text("it/events-test.txt", "# c\n[161] Break\ninterrott* ~3 rapporti\n[999] nope\nx\n[161]\n~2 y\nz @bogus\n");
        let (lex, errors) = b.build();
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert!(shown[0].starts_with("it/events-test.txt:4:"));
        assert!(shown[1].starts_with("it/events-test.txt:7:"));
        assert!(shown[2].contains("@bogus"));
        assert_eq!(lex.language("it").map(|l| l.events.len()), Some(1));
    }

    #[test]
    fn a_language_is_compiled_and_checked_when_first_asked_for() {
        let mut b = minimal();
        b.add_text("it/events.txt", "[161]\nrott*\n");
        b.add_text("en/events.txt", "[161]\nbreak* ~2 ties\n[999] nope\n");
        let (lex, errors) = b.build_on_demand();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(lex.languages(), vec!["en", "it"]);
        assert_eq!(lex.language("it").map(|l| l.events.len()), Some(1));
        assert!(lex.take_errors().is_empty(), "Italian has no problem; English is not compiled yet");
        assert_eq!(lex.language("en").map(|l| l.events.len()), Some(1));
        let late: Vec<String> = lex.take_errors().iter().map(|e| e.to_string()).collect();
        assert!(late.len() == 1 && late[0].starts_with("en/events.txt:3:"), "{late:?}");
        assert!(lex.take_errors().is_empty(), "a problem is reported once");
    }

    #[test]
    fn people_roles_are_date_bounded() {
        let mut b = minimal();
        b.add_text("common/people.txt", "[XXXGOV 2000-01-01..2004-12-31; XXXOPP ..1999-12-31] Jane Doe\njane doe\n");
        b.add_text("it/events.txt", "[161]\nrott*\n");
        let (lex, errors) = b.build();
        assert!(errors.is_empty(), "{errors:?}");
        let it = lex.language("it").unwrap();
        let (_, entry) = it.actors.iter().find(|(_, a)| a.name == "Jane Doe").unwrap();
        let ActorKind::Person(roles) = &entry.kind else { panic!("not a person") };
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(roles[0].covers(d("2003-05-01")) && !roles[0].covers(d("2005-01-01")));
        assert!(roles[1].covers(d("1990-01-01")));
    }

    #[test]
    fn origins_join_the_entry_id() {
        let mut b = minimal();
        b.add_text("en/events_x.txt", "[161]\nbroke ~2 ties @from=VERBS.txt:718\nsevered ~2 ties @from=\n");
        let (lex, errors) = b.build();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].to_string().starts_with("en/events_x.txt:3:"), "{errors:?}");
        let en = lex.language("en").unwrap();
        let ids: Vec<&str> = en.events.iter().map(|(_, e)| e.id.as_str()).collect();
        assert_eq!(ids, ["en/events_x.txt:2 (VERBS.txt:718)"]);
    }

    #[test]
    fn common_organisations_reach_every_language() {
        let mut b = minimal();
        b.add_text("common/igos_x.txt", "[IGOARD] Arda Council\narda council @from=ACTORS.txt:3\n");
        b.add_text("common/agents_x.txt", "[GOV]\ngoverno\n");
        b.add_text("it/events.txt", "[161]\nrott*\n");
        b.add_text("en/events.txt", "[161]\nbroke\n");
        let (lex, errors) = b.build();
        assert_eq!(errors.len(), 1, "agents stay per language: {errors:?}");
        for lang in ["it", "en"] {
            let l = lex.language(lang).unwrap();
            let (_, e) = l.actors.iter().find(|(_, a)| a.name == "Arda Council").unwrap();
            assert_eq!(e.kind, ActorKind::Organisation("IGOARD".into()));
            assert_eq!(e.id, "common/igos_x.txt:2 (ACTORS.txt:3)");
        }
    }

    #[test]
    fn actors_can_be_replaced() {
        let mut b = minimal();
        b.add_text("it/countries.txt", "[XXA]\nnorlandia\n");
        b.add_text("it/agents.txt", "[GOV]\ngoverno\n");
        b.add_text("it/events.txt", "[161]\nrott*\n");
        let (mut lex, errors) = b.build();
        assert!(errors.is_empty(), "{errors:?}");
        let mut mine = PatternSet::default();
        let pattern = Pattern { matchers: vec![Matcher::Word("sudmark".into())] };
        let entry = ActorEntry {
            kind: ActorKind::Country("XXB".into()),
            name: "Sudmark".into(),
            demonym: false,
            place: false,
            seat: false,
            id: "t:1".into(),
            imported: false,
        };
        mine.push(pattern, entry);
        let old = lex.replace_actors("it", mine);
        assert!(old.iter().any(|(_, a)| a.kind == ActorKind::Agent("GOV".into())), "the previous set is handed back");
        let it = lex.language("it").unwrap();
        assert_eq!(it.actors.len(), 1);
        assert_eq!(it.events.len(), 1, "events untouched");
        lex.replace_actors("xx", PatternSet::default());
        assert!(lex.language("xx").is_some() && !lex.languages().contains(&"xx"));
    }

    #[test]
    fn a_user_file_named_like_a_builtin_one_stands_in_for_it() {
        let dir = std::env::temp_dir().join(format!("dyad-lexicon-override-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("it")).unwrap();
        std::fs::write(dir.join("it/events.txt"), "[161]\nrott*\n").unwrap();
        std::fs::write(dir.join("it/events-extra.txt"), "[161]\ninterrott*\n").unwrap();
        let mut b = minimal();
        b.add_text("it/events.txt", "[161]\nspezzat*\nsciolt*\n");
        b.add_dir(&dir);
        let (lex, errors) = b.build();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        let ids: Vec<&str> = lex.language("it").unwrap().events.iter().map(|(_, e)| e.id.as_str()).collect();
        assert_eq!(ids.len(), 2, "the user's events.txt replaces the built-in one, the extra file adds: {ids:?}");
        assert!(ids.iter().all(|id| id.contains("dyad-lexicon-override")), "{ids:?}");
    }

    #[test]
    fn builtin_lexicons_load_cleanly() {
        let (lex, errors) = LexiconBuilder::builtin().build();
        assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        for lang in ["it", "en"] {
            let l = lex.language(lang).unwrap();
            assert!(l.actors.len() > 200, "{lang}: CLDR country names missing");
        }
    }
}
