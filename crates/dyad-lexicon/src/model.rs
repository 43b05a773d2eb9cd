//! What lexicon entries mean once loaded.

use chrono::NaiveDate;

/// The code of an events block listing wordings that contain an event's words and are none
/// ("asked not to be identified"): they win over the shorter match inside them and code nothing.
pub const NOT_AN_EVENT: &str = "---";

/// An event expression (events*.txt).
#[derive(Debug, Clone, PartialEq)]
pub struct EventEntry {
    pub code: String,
    /// `file:line` of the pattern, the provenance of every event it codes.
    pub id: String,
    pub noun: bool,
    pub of_is_source: bool,
    pub speech: bool,
    pub no_target: bool,
    pub reciprocal: bool,
    /// Only an official's act: a government, its forces or parliament, or an international
    /// organisation (arriving somewhere is a visit for a minister, not for an exile or migrants).
    pub official: bool,
    /// The subject underwent the act and its doer follows the expression's closing preposition
    /// ("came under fire from", "finita sotto il fuoco di").
    pub undergone: bool,
    /// Converted from another project's dictionary (`@from`): Dyad's own entries win where both
    /// match.
    pub imported: bool,
}

/// A date-bounded role of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Role {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ActorKind {
    /// ISO 3166 alpha-3.
    Country(String),
    /// A full actor code that needs no composition (IGOs, NGOs, armed groups).
    Organisation(String),
    /// A CAMEO agent code (GOV, MIL, ...), composed with a nearby country.
    Agent(String),
    Person(Vec<Role>),
    /// A name that contains an actor's name but is none ("Mar del Giappone", "Sea of Japan"):
    /// it wins the longest match and codes nothing.
    NotAnActor,
}

/// An actor name (countries, igos, agents, people files).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    pub kind: ActorKind,
    /// Canonical name: the English country name, the organisation or person as the header gives it.
    pub name: String,
    pub demonym: bool,
    /// A city or region (places*.txt): stands for its country as a target, never as a source.
    pub place: bool,
    /// A capital or seat of power (`@seat`: "Moscow", "the Kremlin"): standing alone as an actor it
    /// is the government (RUSGOV), except where it is a place struck.
    pub seat: bool,
    pub id: String,
    /// Converted from another project's dictionary (`@from`): its lower-case one-word names are
    /// not trusted (translated names such as "lightning" for a militia).
    pub imported: bool,
}

/// Function-word classes that the coder's rules consult (grammar*.txt block names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    Negation,
    Hypothetical,
    Purpose,
    InfinitiveMarker,
    Intent,
    Threat,
    Request,
    Denial,
    RealizedBeforeInfinitive,
    PassiveAux,
    PassiveAuxWeak,
    AgentPrep,
    Preposition,
    ComplementPrep,
    Coordination,
    ClauseBreak,
    Relative,
    Reciprocal,
    ClauseVerb,
    Possessive,
    ActiveAux,
    Future,
    AddressedMessage,
    Quantifier,
    Pronoun,
    Pair,
    Habitual,
    Article,
    Determiner,
    Adverb,
    Clitic,
    ObjectClitic,
    ObjectPronoun,
    Locative,
    Against,
    Addressee,
    Topic,
    PressConditional,
    Condition,
    Readiness,
    Decision,
    Reason,
    EventAnaphor,
    BracketAgent,
    PersonalPronoun,
    Complementizer,
    PlaceNoun,
    Obligation,
    AttributeAgent,
    NominalAgent,
    Without,
    Comitative,
    ObjectRelative,
    OpeningArticle,
    PetitionNoun,
    DemandNoun,
    FramingAdjunct,
    DiplomatNoun,
    BothSides,
    Attribution,
    Aerial,
    AccusationNoun,
    DocumentNoun,
    LeviedOn,
    Origin,
    CalledOff,
    CrowdCount,
    CrowdNoun,
}

impl WordClass {
    pub const ALL: &'static [(&'static str, WordClass)] = &[
        ("negation", WordClass::Negation),
        ("hypothetical", WordClass::Hypothetical),
        ("purpose", WordClass::Purpose),
        ("infinitive_marker", WordClass::InfinitiveMarker),
        ("intent", WordClass::Intent),
        ("threat", WordClass::Threat),
        ("request", WordClass::Request),
        ("denial", WordClass::Denial),
        ("realized_before_infinitive", WordClass::RealizedBeforeInfinitive),
        ("passive_aux", WordClass::PassiveAux),
        ("passive_aux_weak", WordClass::PassiveAuxWeak),
        ("agent_prep", WordClass::AgentPrep),
        ("preposition", WordClass::Preposition),
        ("complement_prep", WordClass::ComplementPrep),
        ("coordination", WordClass::Coordination),
        ("clause_break", WordClass::ClauseBreak),
        ("relative", WordClass::Relative),
        ("reciprocal", WordClass::Reciprocal),
        ("clause_verb", WordClass::ClauseVerb),
        ("possessive", WordClass::Possessive),
        ("active_aux", WordClass::ActiveAux),
        ("future", WordClass::Future),
        ("addressed_message", WordClass::AddressedMessage),
        ("quantifier", WordClass::Quantifier),
        ("pronoun", WordClass::Pronoun),
        ("pair", WordClass::Pair),
        ("habitual", WordClass::Habitual),
        ("article", WordClass::Article),
        ("determiner", WordClass::Determiner),
        ("adverb", WordClass::Adverb),
        ("clitic", WordClass::Clitic),
        ("object_clitic", WordClass::ObjectClitic),
        ("object_pronoun", WordClass::ObjectPronoun),
        ("locative", WordClass::Locative),
        ("against", WordClass::Against),
        ("addressee", WordClass::Addressee),
        ("topic", WordClass::Topic),
        ("press_conditional", WordClass::PressConditional),
        ("condition", WordClass::Condition),
        ("readiness", WordClass::Readiness),
        ("decision", WordClass::Decision),
        ("reason", WordClass::Reason),
        ("event_anaphor", WordClass::EventAnaphor),
        ("bracket_agent", WordClass::BracketAgent),
        ("personal_pronoun", WordClass::PersonalPronoun),
        ("complementizer", WordClass::Complementizer),
        ("place_noun", WordClass::PlaceNoun),
        ("obligation", WordClass::Obligation),
        ("attribute_agent", WordClass::AttributeAgent),
        ("nominal_agent", WordClass::NominalAgent),
        ("without", WordClass::Without),
        ("comitative", WordClass::Comitative),
        ("object_relative", WordClass::ObjectRelative),
        ("opening_article", WordClass::OpeningArticle),
        ("petition_noun", WordClass::PetitionNoun),
        ("demand_noun", WordClass::DemandNoun),
        ("framing_adjunct", WordClass::FramingAdjunct),
        ("diplomat_noun", WordClass::DiplomatNoun),
        ("both_sides", WordClass::BothSides),
        ("attribution", WordClass::Attribution),
        ("aerial", WordClass::Aerial),
        ("accusation_noun", WordClass::AccusationNoun),
        ("document_noun", WordClass::DocumentNoun),
        ("levied_on", WordClass::LeviedOn),
        ("origin", WordClass::Origin),
        ("called_off", WordClass::CalledOff),
        ("crowd_count", WordClass::CrowdCount),
        ("crowd_noun", WordClass::CrowdNoun),
    ];

    pub fn from_name(name: &str) -> Option<WordClass> {
        WordClass::ALL.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }

    pub fn name(self) -> &'static str {
        WordClass::ALL.iter().find(|(_, c)| *c == self).map_or("?", |(n, _)| n)
    }
}

/// Word endings that the coder's rules consult (grammar*.txt blocks `*_ending`), for
/// languages that say in a word's ending what others say with a separate word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Endings {
    /// Past participles ("-ato", "-ado", "-é"): a reduced passive after its noun.
    pub participle: Vec<String>,
    /// Plural past participles ("-ati", "-ées", "-ados"): set off after a state's name, such a
    /// participle qualifies some other noun ("les propos ... sur Taïwan, jugés").
    pub plural_participle: Vec<String>,
    /// Participles inflected as adjectives before their noun, where the language inflects them
    /// ("die von Trump verhängten Zölle", "der geflogene Angriff").
    pub attributive_participle: Vec<String>,
    /// The synthetic future ("-rà", "-rá"): announced, not done.
    pub future: Vec<String>,
    /// Simple past forms ("-ó", "-aron", "-ou", "-ò"): never a noun, so after an object clitic
    /// that reads like an article ("los instó", "os acusou") the word stays a verb.
    pub past: Vec<String>,
    /// The simple conditional ("-rait", "-ría"): announced in reported speech ("a annoncé qu'il
    /// retirerait"); elsewhere the press's conditional of a claim, which counts as asserted.
    pub conditional: Vec<String>,
    /// An object pronoun attached to an infinitive or gerund ("-ndolo", "-rlos").
    pub attached_pronoun: Vec<String>,
    /// Adverbs ("-mente", "-ly"): may stand between a subject and its verb.
    pub adverb: Vec<String>,
    /// Gerunds ("-ando", "-ing", "-iendo"), with attached pronouns where the language attaches
    /// them ("-ndole"): after a comma, the verb shares the subject of the verb it depends on.
    pub gerund: Vec<String>,
    /// Infinitives ("-ar", "-are", "-er"), where the language marks them: after `de`/`di` only a
    /// word with one of these endings is an infinitive ("acuerdo de paz" is a noun's complement).
    /// Empty: any word may be one.
    pub infinitive: Vec<String>,
    /// The infinitive marker a separable verb takes inside ("aus-zu-weisen", "auf-zu-nehmen"):
    /// with a particle before it and an infinitive after it, the word closes an infinitive clause.
    pub infinitive_infix: Vec<String>,
}

impl Endings {
    pub const BLOCKS: &'static [&'static str] = &[
        "participle_ending",
        "plural_participle_ending",
        "attributive_participle_ending",
        "future_ending",
        "past_ending",
        "conditional_ending",
        "attached_pronoun_ending",
        "adverb_ending",
        "gerund_ending",
        "infinitive_ending",
        "infinitive_infix",
    ];

    pub fn list_mut(&mut self, block: &str) -> Option<&mut Vec<String>> {
        match block {
            "participle_ending" => Some(&mut self.participle),
            "plural_participle_ending" => Some(&mut self.plural_participle),
            "attributive_participle_ending" => Some(&mut self.attributive_participle),
            "future_ending" => Some(&mut self.future),
            "past_ending" => Some(&mut self.past),
            "conditional_ending" => Some(&mut self.conditional),
            "attached_pronoun_ending" => Some(&mut self.attached_pronoun),
            "adverb_ending" => Some(&mut self.adverb),
            "gerund_ending" => Some(&mut self.gerund),
            "infinitive_ending" => Some(&mut self.infinitive),
            "infinitive_infix" => Some(&mut self.infinitive_infix),
            _ => None,
        }
    }
}

/// Whether `word` ends with one of `endings` and is longer than it.
pub fn has_ending(word: &str, endings: &[String]) -> bool {
    endings.iter().any(|e| word.len() > e.len() && word.ends_with(e.as_str()))
}

/// Whether `word` is an infinitive with one of `infixes` inside: a particle of two letters or
/// more before it, an infinitive ending in -n of four letters or more after ("auszuweisen").
pub fn has_infinitive_infix(word: &str, infixes: &[String]) -> bool {
    infixes.iter().any(|infix| {
        word.match_indices(infix.as_str()).any(|(at, _)| {
            let rest = &word[at + infix.len()..];
            at >= 2 && rest.chars().count() >= 4 && rest.ends_with('n')
        })
    })
}

/// Date vocabulary (dates*.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateWord {
    Month(u32),
    /// 1 = Monday ... 7 = Sunday.
    Weekday(u32),
    /// "ieri" = -1, "oggi" = 0.
    DayOffset(i32),
    Last,
    Next,
    This,
    WeekUnit,
    MonthUnit,
    YearUnit,
    /// "since", "dal", "depuis": the date a state began, not when an event happened.
    Since,
    /// "of", "del", "von": the date names a noun's event ("the coup of 2021").
    Of,
}

impl DateWord {
    pub fn parse_header(header: &str) -> Option<DateWord> {
        let mut parts = header.split_whitespace();
        let name = parts.next()?;
        let arg = parts.next();
        let num = || arg.and_then(|a| a.parse::<i32>().ok());
        Some(match name {
            "month" => DateWord::Month(num().filter(|n| (1..=12).contains(n))? as u32),
            "weekday" => DateWord::Weekday(num().filter(|n| (1..=7).contains(n))? as u32),
            "day_offset" => DateWord::DayOffset(num()?),
            "last" => DateWord::Last,
            "next" => DateWord::Next,
            "this" => DateWord::This,
            "week" => DateWord::WeekUnit,
            "month_unit" => DateWord::MonthUnit,
            "year" => DateWord::YearUnit,
            "since" => DateWord::Since,
            "of" => DateWord::Of,
            _ => return None,
        })
    }
}
