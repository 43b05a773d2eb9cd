//! Behaviour tests: what a careful human CAMEO coder would code for short news sentences, one
//! behaviour per test, in Italian and in English. Sentences are written for these tests.
//!
//! Events are rendered compactly as `SRC->TGT CODE` at country level (`-` for no target), with
//! either the two-digit root (`roots`) or the full CAMEO code (`codes`). The publication date is
//! Thursday 14 March 2024 unless a test says otherwise.
//!
//! A test marked `#[ignore = "..."]` states what a human coder expects and the coder does not do
//! yet; the reason says what the coder does instead.

use chrono::NaiveDate;
use dyad_coder::{Actor, Coder, Document, Event};
use std::sync::OnceLock;

const PUB: &str = "2024-03-14";
const IT: &str = "it";
const EN: &str = "en";

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let (lexicon, errors) = dyad_lexicon::LexiconBuilder::builtin().build();
        assert!(errors.is_empty(), "the built-in lexicon has errors: {errors:?}");
        Coder::new(lexicon)
    })
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s}: {e}"))
}

/// Codes `text` as one document in `lang`, published on `published`.
fn code_on(lang: &str, published: &str, text: &str) -> Vec<Event> {
    let doc = Document::new("behaviour", text).with_language(lang).with_date(day(published));
    coder().code(&doc).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn code(lang: &str, text: &str) -> Vec<Event> {
    code_on(lang, PUB, text)
}

/// Country of an actor, or its code when it has none (organisations, `---MIL`); `-` for none.
fn side(a: Option<&Actor>) -> String {
    a.map_or_else(|| "-".to_string(), |a| a.country.clone().unwrap_or_else(|| a.code.clone()))
}

fn render_root(e: &Event) -> String {
    format!("{}->{} {}", side(e.source.as_ref()), side(e.target.as_ref()), e.root_code)
}

fn render_code(e: &Event) -> String {
    format!("{}->{} {}", side(e.source.as_ref()), side(e.target.as_ref()), e.event_code)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// `SRC->TGT RR` for every event, sorted.
fn roots_on(lang: &str, published: &str, text: &str) -> Vec<String> {
    sorted(code_on(lang, published, text).iter().map(render_root).collect())
}

fn roots(lang: &str, text: &str) -> Vec<String> {
    roots_on(lang, PUB, text)
}

/// `SRC->TGT CODE` (full CAMEO code) for every event, sorted.
fn codes(lang: &str, text: &str) -> Vec<String> {
    sorted(code(lang, text).iter().map(render_code).collect())
}

/// `SRC->TGT RR @date/precision` for every event, in document order.
fn dated(lang: &str, text: &str) -> Vec<String> {
    code(lang, text)
        .iter()
        .map(|e| {
            let precision = serde_json::to_value(e.date_precision).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            format!("{} @{}/{}", render_root(e), e.date.as_deref().unwrap_or("null"), precision)
        })
        .collect()
}

/// Asserts that `text` codes to exactly `expected` (root level, any order).
#[track_caller]
fn expect_roots(lang: &str, text: &str, expected: &[&str]) {
    let want = sorted(expected.iter().map(|s| s.to_string()).collect());
    assert_eq!(roots(lang, text), want, "\n  sentence: {text:?}");
}

/// Asserts that `text` codes to no event at all.
#[track_caller]
fn expect_none(lang: &str, text: &str) {
    let got = code(lang, text);
    assert!(got.is_empty(), "\n  sentence: {text:?}\n  expected no event, got {:?}", got.iter().map(render_code).collect::<Vec<_>>());
}

/// Asserts that `text` codes to nothing with the given root (other events may exist).
#[track_caller]
fn expect_no_root(lang: &str, text: &str, root: &str) {
    let got = roots(lang, text);
    assert!(!got.iter().any(|r| r.ends_with(&format!(" {root}"))), "\n  sentence: {text:?}\n  expected no {root} event, got {got:?}");
}

/// The only event `text` codes to.
#[track_caller]
fn only(lang: &str, text: &str) -> Event {
    let mut got = code(lang, text);
    assert_eq!(got.len(), 1, "\n  sentence: {text:?}\n  got {:?}", got.iter().map(render_code).collect::<Vec<_>>());
    got.remove(0)
}

/// Characters `[start, end)` of `text`, as docs/events.md defines spans.
fn chars(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1].saturating_sub(span[0])).collect()
}

/// The lexicon line a `file:line` provenance string points to.
fn lexicon_line(rule: &str) -> (String, usize, String) {
    let (file, line) = rule.rsplit_once(':').unwrap_or_else(|| panic!("`{rule}` is not file:line"));
    let n: usize = line.parse().unwrap_or_else(|_| panic!("`{rule}`: bad line number"));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons").join(file);
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("`{rule}`: cannot read {}: {e}", path.display()));
    let text = content.lines().nth(n.wrapping_sub(1)).unwrap_or_else(|| panic!("`{rule}`: {file} has no line {n}")).to_string();
    (content, n, text)
}

// ---------------------------------------------------------------------------------------------
// Plain subject-verb-object

#[test]
fn subject_verb_object_it() {
    expect_roots(IT, "Il Giappone ha criticato la Cina.", &["JPN->CHN 11"]);
    expect_roots(IT, "L'India ha espulso due diplomatici pakistani.", &["IND->PAK 16"]);
    expect_roots(IT, "Il governo polacco ha elogiato la Lituania.", &["POL->LTU 05"]);
}

#[test]
fn subject_verb_object_en() {
    expect_roots(EN, "Japan criticized China.", &["JPN->CHN 11"]);
    expect_roots(EN, "Canada expelled two Chinese diplomats.", &["CAN->CHN 16"]);
    expect_roots(EN, "Pakistan praised Turkey.", &["PAK->TUR 05"]);
}

#[test]
fn subject_agent_composes_with_country() {
    let e = only(IT, "Il governo polacco ha elogiato la Lituania.");
    assert_eq!(e.source.as_ref().map(|a| a.code.as_str()), Some("POLGOV"));
    let e = only(EN, "Armenia was attacked by Azerbaijani troops.");
    assert_eq!(e.source.as_ref().map(|a| a.code.as_str()), Some("AZEMIL"));
}

// ---------------------------------------------------------------------------------------------
// Coordination

#[test]
fn coordinated_subjects_it() {
    expect_roots(IT, "Spagna e Portogallo hanno criticato il Marocco.", &["ESP->MAR 11", "PRT->MAR 11"]);
    expect_roots(IT, "Polonia, Lituania e Lettonia hanno condannato la Bielorussia.", &["POL->BLR 11", "LTU->BLR 11", "LVA->BLR 11"]);
}

#[test]
fn coordinated_subjects_en() {
    expect_roots(EN, "Britain and Canada condemned Iran.", &["GBR->IRN 11", "CAN->IRN 11"]);
    expect_roots(EN, "Poland, Lithuania and Latvia condemned Belarus.", &["POL->BLR 11", "LTU->BLR 11", "LVA->BLR 11"]);
}

#[test]
fn coordinated_objects_it() {
    expect_roots(IT, "La Cina ha criticato il Giappone e le Filippine.", &["CHN->JPN 11", "CHN->PHL 11"]);
}

#[test]
fn coordinated_demonym_objects_it() {
    expect_roots(IT, "La Russia ha espulso diplomatici estoni e lettoni.", &["RUS->EST 16", "RUS->LVA 16"]);
}

/// An agent and the demonym after it join across a modifier ("l'esercito regolare siriano"),
/// never across the verb between them.
#[test]
fn an_agent_does_not_join_a_demonym_across_the_verb() {
    expect_roots(EN, "Rebels attacked Congolese troops near Goma.", &["COD->COD 19"]);
    expect_roots(IT, "I ribelli hanno attaccato soldati congolesi vicino a Goma.", &["COD->COD 19"]);
}

/// "Russian and Turkish troops": the agent after the last demonym is every demonym's agent.
#[test]
fn coordinated_demonyms_share_the_agent_after_them() {
    let text = "Russian and Turkish troops began joint patrols in northern Syria.";
    let full = |a: Option<&Actor>| a.map_or_else(String::new, |a| a.code.clone());
    let got = sorted(
        code(EN, text).iter().map(|e| format!("{}->{} {}", full(e.source.as_ref()), full(e.target.as_ref()), e.event_code)).collect(),
    );
    assert_eq!(got, ["RUSMIL->TURMIL 062", "TURMIL->RUSMIL 062"]);
}

/// The expression's own envoy is the source's; the capital it is recalled from is the target,
/// after the expression or inside a German verb bracket.
#[test]
fn an_envoy_is_recalled_from_the_target_capital() {
    expect_roots(EN, "Kenya recalled its ambassador from Addis Ababa on Tuesday.", &["KEN->ETH 16"]);
    expect_roots("de", "Kenia hat seinen Botschafter aus Addis Abeba zurückgerufen.", &["KEN->ETH 16"]);
}

/// "all'esercito sudanese e ai paramilitari": the preposition repeated with another article
/// still joins the list, and the member with no country is of its partner's.
#[test]
fn coordinated_addressees_with_their_own_preposition() {
    expect_roots(
        IT,
        "L'Onu ha chiesto all'esercito sudanese e ai paramilitari di cessare i combattimenti.",
        &["IGOUNO->SDN 02", "IGOUNO->SDN 02"],
    );
}

#[test]
fn coordinated_objects_en() {
    expect_roots(EN, "Russia criticized Finland and Estonia.", &["RUS->FIN 11", "RUS->EST 11"]);
}

#[test]
fn coordinated_objects_after_capital_subject_en() {
    expect_roots(EN, "Moscow expelled diplomats from Estonia and Latvia.", &["RUS->EST 16", "RUS->LVA 16"]);
}

#[test]
fn coordinated_verbs_share_subject_it() {
    expect_roots(IT, "La Cina ha criticato il Giappone e ha minacciato Taiwan.", &["CHN->JPN 11", "CHN->TWN 13"]);
    expect_roots(IT, "Israele ha bombardato Gaza e assediato Rafah.", &["ISR->PSE 19", "ISR->PSE 19"]);
}

#[test]
fn coordinated_verbs_share_subject_en() {
    expect_roots(EN, "Russia shelled Kharkiv and threatened Moldova.", &["RUS->UKR 19", "RUS->MDA 13"]);
    expect_roots(EN, "Israel bombed Gaza and blockaded Lebanon.", &["ISR->PSE 19", "ISR->LBN 19"]);
}

// ---------------------------------------------------------------------------------------------
// Passives

#[test]
fn passive_with_agent_it() {
    expect_roots(IT, "La Siria è stata bombardata da Israele.", &["ISR->SYR 19"]);
    expect_roots(IT, "L'Ucraina è stata attaccata dalla Russia.", &["RUS->UKR 19"]);
    expect_roots(IT, "Il Giappone è stato criticato dalla Cina.", &["CHN->JPN 11"]);
}

#[test]
fn passive_with_agent_en() {
    expect_roots(EN, "Ukraine was attacked by Russia.", &["RUS->UKR 19"]);
    expect_roots(EN, "Armenia was attacked by Azerbaijani troops.", &["AZE->ARM 19"]);
    expect_roots(EN, "Taiwan was criticized by China.", &["CHN->TWN 11"]);
}

#[test]
fn passive_without_agent_has_no_source_it() {
    expect_none(IT, "L'Ucraina è stata attaccata.");
    expect_none(IT, "La Siria è stata bombardata durante la notte.");
}

#[test]
fn passive_without_agent_has_no_source_en() {
    expect_none(EN, "Syria was bombed overnight.");
    expect_none(EN, "Ukraine was attacked on Tuesday.");
}

// ---------------------------------------------------------------------------------------------
// Dropped subjects (Italian pro-drop)

#[test]
fn dropped_subject_carried_within_paragraph_it() {
    let text = "L'Algeria ha convocato l'ambasciatore francese. Ha inoltre criticato la Spagna.";
    let events = code(IT, text);
    let rendered: Vec<String> = events.iter().map(render_root).collect();
    assert_eq!(rendered, ["DZA->FRA 11", "DZA->ESP 11"], "\n  text: {text:?}");
    let carried = &events[1];
    assert_eq!(carried.sentence_id, 1);
    assert!(carried.rules_applied.iter().any(|r| r == "role:carried-subject"), "{:?}", carried.rules_applied);
    let source = carried.source.as_ref().expect("a carried source");
    assert_eq!((source.text.as_str(), source.span), ("", [0, 0]), "a carried subject has no text of its own");

    expect_roots(IT, "La Turchia ha convocato l'ambasciatore svedese. Ha poi condannato la Grecia.", &["TUR->SWE 11", "TUR->GRC 11"]);
}

#[test]
fn dropped_subject_not_carried_across_paragraphs_it() {
    expect_roots(IT, "L'Algeria ha convocato l'ambasciatore francese.\nHa inoltre criticato la Spagna.", &["DZA->FRA 11"]);
    expect_roots(IT, "La Turchia ha convocato l'ambasciatore svedese.\n\nHa poi condannato la Grecia.", &["TUR->SWE 11"]);
}

// ---------------------------------------------------------------------------------------------
// Relative clauses

/// The events of `text` whose root is `root`, rendered, sorted.
fn with_root(lang: &str, text: &str, root: &str) -> Vec<String> {
    roots(lang, text).into_iter().filter(|r| r.ends_with(&format!(" {root}"))).collect()
}

#[test]
fn relative_clause_verb_takes_its_antecedent_it() {
    assert_eq!(with_root(IT, "L'Iran, che ha attaccato Israele, ha condannato gli Stati Uniti.", "19"), ["IRN->ISR 19"]);
    assert_eq!(
        with_root(IT, "I miliziani di Hamas, che hanno attaccato Israele, hanno respinto la proposta egiziana.", "19"),
        ["PSE->ISR 19"]
    );
}

#[test]
fn relative_clause_verb_takes_its_antecedent_en() {
    assert_eq!(with_root(EN, "Iran, which attacked Israel, condemned the United States.", "19"), ["IRN->ISR 19"]);
    assert_eq!(with_root(EN, "Houthi rebels, who attacked Saudi Arabia, praised Iran.", "19"), ["YEM->SAU 19"]);
    let events = code(EN, "Hamas militants, who attacked Israel, rejected the Egyptian proposal.");
    let attack = events.iter().find(|e| e.root_code == "19").expect("the attack in the relative clause");
    assert_eq!(attack.source.as_ref().map(|a| a.code.as_str()), Some("PSEREBHMS"));
    assert!(attack.rules_applied.iter().any(|r| r == "role:relative-antecedent"), "{:?}", attack.rules_applied);
}

#[test]
fn main_verb_after_relative_clause_keeps_the_antecedent_it() {
    expect_roots(IT, "L'Iran, che ha attaccato Israele, ha condannato gli Stati Uniti.", &["IRN->ISR 19", "IRN->USA 11"]);
    expect_roots(
        IT,
        "I miliziani di Hamas, che hanno attaccato Israele, hanno respinto la proposta egiziana.",
        &["PSE->ISR 19", "PSE->EGY 12"],
    );
}

#[test]
fn main_verb_after_relative_clause_keeps_the_antecedent_en() {
    expect_roots(EN, "Iran, which attacked Israel, condemned the United States.", &["IRN->ISR 19", "IRN->USA 11"]);
    expect_roots(EN, "Houthi rebels, who attacked Saudi Arabia, praised Iran.", &["YEM->SAU 19", "YEM->IRN 05"]);
    expect_roots(EN, "Hamas militants, who attacked Israel, rejected the Egyptian proposal.", &["PSE->ISR 19", "PSE->EGY 12"]);
}

#[test]
fn main_verb_after_relative_clause_without_actor_object_en() {
    expect_roots(EN, "The Taliban, who attacked Pakistani border posts, criticized Islamabad.", &["AFG->PAK 19", "AFG->PAK 11"]);
}

#[test]
fn relative_clause_on_object_it() {
    expect_roots(IT, "Il Canada ha condannato l'Iran, che ha attaccato Israele.", &["CAN->IRN 11", "IRN->ISR 19"]);
}

#[test]
fn relative_clause_on_object_en() {
    expect_roots(EN, "Canada condemned Iran, which attacked Israel.", &["CAN->IRN 11", "IRN->ISR 19"]);
}

/// "des excuses publiques du président, qui avait qualifié": after an event's noun, also past its
/// adjective, the owner is the relative's antecedent.
#[test]
fn relative_clause_on_the_owner_of_an_event_past_an_adjective() {
    expect_roots(
        "fr",
        "Rome a exigé des excuses officielles du président brésilien, qui avait qualifié de « fasciste » le gouvernement italien.",
        &["BRA->ITA 11", "ITA->BRA 10"],
    );
}

// ---------------------------------------------------------------------------------------------
// Reported speech

/// The code of who an event is attributed to ("..., said X").
fn reporter(e: &Event) -> Option<&str> {
    e.reported_by.as_ref().map(|r| r.source.code.as_str())
}

#[test]
fn reported_speech_it() {
    // Attribution is provenance, not an event: the reported act carries its reporter.
    let text = "Il presidente francese ha dichiarato che la Russia ha attaccato la Moldavia.";
    let attack = only(IT, text);
    assert_eq!(render_root(&attack), "RUS->MDA 19");
    assert_eq!(reporter(&attack), Some("FRAGOV"));
    assert_eq!(attack.reported_by.as_ref().map(|r| r.trigger.text.as_str()), Some("dichiarato"));

    let expulsion = only(IT, "Il ministro degli esteri polacco ha detto che la Bielorussia ha espulso due diplomatici lituani.");
    assert_eq!(render_root(&expulsion), "BLR->LTU 16");
    assert_eq!(reporter(&expulsion), Some("POLGOV"));
}

#[test]
fn reported_speech_postposed_speaker_it() {
    let attack = only(IT, "«La Russia ha attaccato la Moldavia», ha detto il ministro degli esteri rumeno.");
    assert_eq!(render_root(&attack), "RUS->MDA 19");
    assert_eq!(reporter(&attack), Some("ROUGOV"));
}

/// A date may stand between the reporting verb and the speaker after it.
#[test]
fn a_postposed_speaker_after_a_date_speaks() {
    expect_roots("es", "«No negociaremos con los terroristas», afirmó el jueves el presidente de Filipinas.", &["PHL->PHL 12"]);
}

#[test]
fn reported_speech_en() {
    let attack = only(EN, "Poland's president said Russia had attacked Ukraine.");
    assert_eq!(render_root(&attack), "RUS->UKR 19");
    assert_eq!(reporter(&attack), Some("POLGOV"));
}

#[test]
fn reported_speech_postposed_speaker_en() {
    let attack = only(EN, "Russia attacked Moldova, the Romanian foreign minister said.");
    assert_eq!(render_root(&attack), "RUS->MDA 19");
    assert_eq!(reporter(&attack), Some("ROUGOV"));
}

#[test]
fn attribution_alone_is_no_event() {
    expect_none(EN, "The Romanian foreign minister said on Tuesday that talks would go on.");
    expect_none(IT, "Lo ha riferito il ministero degli Esteri rumeno in una nota.");
}

#[test]
fn a_statement_to_an_actor_with_nothing_else_coded_is_a_010() {
    let statement = only(EN, "The Romanian foreign minister told Moldova that elections were near.");
    assert_eq!(statement.event_code, "010");
    assert_eq!(render_root(&statement), "ROU->MDA 01");
}

// ---------------------------------------------------------------------------------------------
// Filters: negation, questions, hypotheticals, purposes

#[test]
fn negation_it() {
    expect_none(IT, "La Russia non ha attaccato la Finlandia.");
    expect_none(IT, "La Spagna non ha mai riconosciuto il Kosovo.");
}

#[test]
fn negation_en() {
    expect_none(EN, "Russia did not attack Finland.");
    expect_none(EN, "Spain didn't recognize Kosovo.");
    expect_none(EN, "Russia has never attacked Finland.");
}

#[test]
fn questions_it() {
    expect_none(IT, "La Russia ha attaccato la Finlandia?");
    expect_none(IT, "Perché la Cina ha criticato il Giappone?");
}

#[test]
fn questions_en() {
    expect_none(EN, "Did Russia attack Finland?");
    expect_none(EN, "Why did China criticize Japan?");
}

#[test]
fn hypotheticals_it() {
    expect_no_root(IT, "Se l'Iran attaccherà Israele, gli Stati Uniti risponderanno.", "19");
    expect_none(IT, "Se la Russia attaccasse la Polonia, la NATO risponderebbe.");
    expect_none(IT, "La Cina potrebbe invadere Taiwan.");
    expect_none(IT, "La Russia potrebbe attaccare la Polonia.");
}

#[test]
fn hypotheticals_en() {
    expect_no_root(EN, "If Iran attacks Israel, the United States will respond.", "19");
    expect_none(EN, "China could invade Taiwan.");
    expect_none(EN, "Russia might attack Poland.");
    expect_none(EN, "Japan would criticize China.");
}

#[test]
fn purposes_it() {
    expect_no_root(IT, "I ministri europei si sono riuniti a Bruxelles per imporre sanzioni alla Russia.", "16");
    expect_no_root(IT, "La Francia ha presentato una bozza di accordo per imporre sanzioni al Venezuela.", "16");
}

#[test]
fn purposes_en() {
    expect_no_root(EN, "France drafted a resolution to impose sanctions on Mali.", "16");
    expect_no_root(EN, "The Security Council adopted a resolution to impose sanctions on North Korea.", "16");
}

// ---------------------------------------------------------------------------------------------
// Intentions and threats

#[test]
fn intentions_become_03x_it() {
    let e = only(IT, "La Germania ha deciso di inviare aiuti umanitari all'Ucraina.");
    assert_eq!(render_code(&e), "DEU->UKR 0333");
    assert!(e.rules_applied.iter().any(|r| r == "intent:deciso"), "{:?}", e.rules_applied);
    expect_roots(IT, "Il Giappone ha deciso di fornire aiuti economici alle Filippine.", &["JPN->PHL 03"]);
}

#[test]
fn intention_to_send_tanks_it() {
    expect_roots(IT, "La Germania ha accettato di inviare carri armati all'Ucraina.", &["DEU->UKR 03"]);
}

#[test]
fn intentions_become_03x_en() {
    let e = only(EN, "Germany agreed to send tanks to Ukraine.");
    assert_eq!(render_code(&e), "DEU->UKR 0332");
    assert!(e.rules_applied.iter().any(|r| r == "intent:agreed"), "{:?}", e.rules_applied);
    expect_roots(EN, "Japan agreed to provide economic aid to the Philippines.", &["JPN->PHL 03"]);
}

#[test]
fn threats_become_13x_it() {
    // 1312 threaten with sanctions, 1384 threaten with conventional attack, 1313 threaten to break relations.
    assert_eq!(codes(IT, "La Cina ha minacciato di imporre sanzioni al Giappone."), ["CHN->JPN 1312"]);
    assert_eq!(codes(IT, "La Russia ha minacciato di attaccare la Moldavia."), ["RUS->MDA 1384"]);
    expect_roots(IT, "La Turchia ha minacciato di espellere l'ambasciatore svedese.", &["TUR->SWE 13"]);
}

#[test]
fn threats_become_13x_en() {
    assert_eq!(codes(EN, "China threatened to impose sanctions on Japan."), ["CHN->JPN 1312"]);
    assert_eq!(codes(EN, "Russia threatened to attack Moldova."), ["RUS->MDA 1384"]);
    expect_roots(EN, "Turkey threatened to expel the Swedish ambassador.", &["TUR->SWE 13"]);
}

// ---------------------------------------------------------------------------------------------
// Nominal events

#[test]
fn nominal_event_it() {
    let e = only(IT, "L'invasione russa dell'Ucraina è iniziata nel febbraio 2022.");
    assert_eq!(render_root(&e), "RUS->UKR 19");
    assert!(e.rules_applied.iter().any(|r| r == "role:nominal"), "{:?}", e.rules_applied);
}

#[test]
fn nominal_event_en() {
    let e = only(EN, "Russia's invasion of Ukraine began in February 2022.");
    assert_eq!(render_root(&e), "RUS->UKR 19");
    assert!(e.rules_applied.iter().any(|r| r == "role:nominal"), "{:?}", e.rules_applied);
}

#[test]
fn reaction_to_nominal_event_targets_its_doer_it() {
    let got = roots(IT, "Il Giappone ha condannato l'invasione russa dell'Ucraina.");
    assert!(got.contains(&"JPN->RUS 11".to_string()), "{got:?}");
    assert!(!got.contains(&"JPN->UKR 11".to_string()), "{got:?}");
}

#[test]
fn reaction_to_nominal_event_targets_its_doer_en() {
    let got = roots(EN, "Japan condemned Russia's invasion of Ukraine.");
    assert!(got.contains(&"JPN->RUS 11".to_string()), "{got:?}");
    assert!(!got.contains(&"JPN->UKR 11".to_string()), "{got:?}");
}

// ---------------------------------------------------------------------------------------------
// Dates (publication date: Thursday 2024-03-14)

#[test]
fn relative_days_it() {
    assert_eq!(dated(IT, "Ieri la Russia ha attaccato l'Ucraina."), ["RUS->UKR 19 @2024-03-13/day"]);
    assert_eq!(dated(IT, "Lunedì la Cina ha criticato il Giappone."), ["CHN->JPN 11 @2024-03-11/day"]);
    assert_eq!(dated(IT, "Martedì scorso la Cina ha criticato il Giappone."), ["CHN->JPN 11 @2024-03-12/day"]);
}

#[test]
fn relative_days_en() {
    assert_eq!(dated(EN, "Yesterday Japan criticized China."), ["JPN->CHN 11 @2024-03-13/day"]);
    assert_eq!(dated(EN, "On Monday, Japan criticized China."), ["JPN->CHN 11 @2024-03-11/day"]);
}

#[test]
fn relative_months_and_weeks_it() {
    assert_eq!(dated(IT, "Lo scorso luglio la Turchia ha criticato la Svezia."), ["TUR->SWE 11 @2023-07/month"]);
    assert_eq!(dated(IT, "Il mese scorso il Canada ha espulso due diplomatici cinesi."), ["CAN->CHN 16 @2024-02/month"]);
    let got = dated(IT, "La settimana scorsa il Giappone ha criticato la Cina.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("/week") && got[0].contains("@2024-03-0"), "a day of the week before: {got:?}");
}

#[test]
fn relative_months_and_weeks_en() {
    assert_eq!(dated(EN, "Last July Turkey criticized Sweden."), ["TUR->SWE 11 @2023-07/month"]);
    assert_eq!(dated(EN, "Last month Canada expelled two Chinese diplomats."), ["CAN->CHN 16 @2024-02/month"]);
    let got = dated(EN, "Last week Japan criticized China.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("/week") && got[0].contains("@2024-03-0"), "a day of the week before: {got:?}");
}

#[test]
fn explicit_dates_it() {
    assert_eq!(dated(IT, "Il 24 febbraio 2022 la Russia ha invaso l'Ucraina."), ["RUS->UKR 19 @2022-02-24/day"]);
    assert_eq!(dated(IT, "Il 3 marzo il Giappone ha criticato la Cina."), ["JPN->CHN 11 @2024-03-03/day"]);
    assert_eq!(dated(IT, "Nel 2008 la Russia ha invaso la Georgia."), ["RUS->GEO 19 @2008/year"]);
}

/// Portuguese and Spanish join day, month and year with "de": "a 3 de março de 2022".
#[test]
fn explicit_dates_joined_by_de() {
    assert_eq!(dated("pt", "A 3 de março de 2022, a Rússia atacou a Ucrânia."), ["RUS->UKR 19 @2022-03-03/day"]);
    assert_eq!(dated("pt", "O Japão criticou a China a 3 de março."), ["JPN->CHN 11 @2024-03-03/day"]);
    assert_eq!(dated("es", "Japón criticó a China el 3 de marzo."), ["JPN->CHN 11 @2024-03-03/day"]);
}

#[test]
fn explicit_dates_en() {
    assert_eq!(dated(EN, "On 3 March 2022, Russia attacked Ukraine."), ["RUS->UKR 19 @2022-03-03/day"]);
    assert_eq!(dated(EN, "Japan criticized China on March 3."), ["JPN->CHN 11 @2024-03-03/day"]);
    assert_eq!(dated(EN, "Russia invaded Georgia in 2008."), ["RUS->GEO 19 @2008/year"]);
}

#[test]
fn no_date_in_text_uses_publication_date() {
    assert_eq!(dated(IT, "Il Giappone ha criticato la Cina."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated(EN, "Japan criticized China."), ["JPN->CHN 11 @2024-03-14/document"]);
}

#[test]
fn date_carried_within_paragraph_it() {
    assert_eq!(
        dated(IT, "Lunedì la Cina ha convocato l'ambasciatore giapponese. La Cina ha anche criticato le Filippine."),
        ["CHN->JPN 11 @2024-03-11/day", "CHN->PHL 11 @2024-03-11/day",]
    );
    // Together with a carried subject.
    assert_eq!(
        dated(IT, "Lunedì la Turchia ha convocato l'ambasciatore svedese. Ha poi criticato la Grecia."),
        ["TUR->SWE 11 @2024-03-11/day", "TUR->GRC 11 @2024-03-11/day",]
    );
}

#[test]
fn date_carried_within_paragraph_en() {
    assert_eq!(
        dated(EN, "Japan criticized China. On Monday China summoned the Japanese ambassador. China also criticized the Philippines."),
        ["JPN->CHN 11 @2024-03-14/document", "CHN->JPN 11 @2024-03-11/day", "CHN->PHL 11 @2024-03-11/day"],
        "a date is carried forward, never backward"
    );
}

#[test]
fn date_not_carried_across_paragraphs() {
    assert_eq!(
        dated(IT, "Lunedì la Cina ha convocato l'ambasciatore giapponese.\nLa Cina ha anche criticato le Filippine."),
        ["CHN->JPN 11 @2024-03-11/day", "CHN->PHL 11 @2024-03-14/document",]
    );
    assert_eq!(
        dated(EN, "Turkey summoned the Swedish ambassador on Monday.\nTurkey also criticized Greece."),
        ["TUR->SWE 11 @2024-03-11/day", "TUR->GRC 11 @2024-03-14/document",]
    );
}

#[test]
fn date_in_relative_clause_does_not_date_main_clause() {
    assert_eq!(
        dated(IT, "L'Iran, che ad aprile ha attaccato Israele, ha condannato gli Stati Uniti."),
        ["IRN->ISR 19 @2023-04/month", "IRN->USA 11 @2024-03-14/document",]
    );
    assert_eq!(
        dated(EN, "Iran, which attacked Israel in April, condemned the United States."),
        ["IRN->ISR 19 @2023-04/month", "IRN->USA 11 @2024-03-14/document",]
    );
}

#[test]
fn a_date_that_qualifies_a_phrase_does_not_date_the_event() {
    // "since", "of", a participle, a noun after it: the year belongs to the phrase.
    assert_eq!(dated(IT, "Il Giappone ha criticato la legge approvata dalla Cina nel 2020."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated(IT, "Il Giappone ha criticato la Cina, al potere dal 2020."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated(EN, "Japan criticized China over the law imposed in 2020."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated(EN, "Japan criticized China over the 2020 crackdown."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated("es", "Japón criticó a China por la represión de 2020."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated("es", "Japón criticó a China por el golpe de febrero de 2021."), ["JPN->CHN 11 @2024-03-14/document"]);
    assert_eq!(dated("fr", "Le Japon a critiqué la Chine, au pouvoir depuis le 3 mars."), ["JPN->CHN 11 @2024-03-14/document"]);
    // The event's own date still counts, and a relative one qualifies nothing.
    assert_eq!(dated(EN, "Japan criticized China in 2020."), ["JPN->CHN 11 @2020/year"]);
    assert_eq!(dated("pt", "O Japão criticou a China na manhã de segunda-feira."), ["JPN->CHN 11 @2024-03-11/day"]);
}

#[test]
fn without_publication_date_only_absolute_dates_resolve() {
    let doc = Document::new("undated", "Ieri la Russia ha attaccato l'Ucraina.").with_language(IT);
    let events = coder().code(&doc).expect("coded");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].date, None, "`ieri` means nothing without a publication date");
    let doc = Document::new("undated", "Il 24 febbraio 2022 la Russia ha invaso l'Ucraina.").with_language(IT);
    let events = coder().code(&doc).expect("coded");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].date.as_deref(), Some("2022-02-24"));
}

// ---------------------------------------------------------------------------------------------
// People by date-bounded role

#[test]
fn person_coded_by_role_during_term_only_it() {
    // Mario Draghi: Italian prime minister 2021-02-13..2022-10-22.
    let text = "Mario Draghi ha elogiato la Grecia.";
    let during = code_on(IT, "2022-05-10", text);
    assert_eq!(during.iter().map(render_root).collect::<Vec<_>>(), ["ITA->GRC 05"]);
    assert_eq!(during[0].source.as_ref().map(|a| a.code.as_str()), Some("ITAGOV"));
    assert_eq!(roots_on(IT, "2023-05-10", text), Vec::<String>::new(), "no role after the term");
}

#[test]
fn person_coded_by_role_during_term_only_en() {
    // Boris Johnson: British prime minister 2019-07-24..2022-09-06.
    let text = "Boris Johnson praised Ukraine.";
    let during = code_on(EN, "2021-06-10", text);
    assert_eq!(during.iter().map(render_root).collect::<Vec<_>>(), ["GBR->UKR 05"]);
    assert_eq!(during[0].source.as_ref().map(|a| a.code.as_str()), Some("GBRGOV"));
    assert_eq!(roots_on(EN, "2023-06-10", text), Vec::<String>::new(), "no role after the term");
    // Angela Merkel: chancellor until 2021-12-08.
    assert_eq!(roots_on(EN, "2019-06-10", "Angela Merkel criticized Russia."), ["DEU->RUS 11"]);
    assert_eq!(roots_on(EN, "2023-06-10", "Angela Merkel criticized Russia."), Vec::<String>::new());
}

#[test]
#[ignore = "coder emits nothing (an earlier build gave ---GOV->RUS 111): the bare surname is deliberately not a name, so `il premier Draghi` is not ITAGOV"]
fn person_by_surname_after_title_it() {
    assert_eq!(roots_on(IT, "2022-05-10", "Il premier Draghi ha criticato la Russia."), ["ITA->RUS 11"]);
}

// ---------------------------------------------------------------------------------------------
// Page furniture and section tags

#[test]
fn page_furniture_is_not_coded_en() {
    let text = "Leave a reply\nShare on Facebook\nRead more: Russia attacked Ukraine overnight\nOn Monday, Japan criticized China.\nSubscribe to our newsletter for news on Russia and Ukraine";
    assert_eq!(dated(EN, text), ["JPN->CHN 11 @2024-03-11/day"]);
}

#[test]
fn page_furniture_is_not_coded_it() {
    let text = "Condividi su Facebook\nLascia un commento\nLeggi anche: la Russia ha attaccato l'Ucraina\nLunedì il Giappone ha criticato la Cina.";
    assert_eq!(dated(IT, text), ["JPN->CHN 11 @2024-03-11/day"]);
}

/// A link line labelled "Lire aussi :" or "LIRE AUSSI -" is furniture however long its headline is.
#[test]
fn a_labelled_link_line_is_furniture_whatever_its_length() {
    let text = "Lire aussi : Le Kenya rappelle son ambassadeur en Ouganda après l'arrestation de deux militants kényans à Kampala par la police ougandaise\nLundi, le Japon a critiqué la Chine.";
    assert_eq!(dated("fr", text), ["JPN->CHN 11 @2024-03-11/day"]);
    let text = "LIRE AUSSI - Le Kenya rappelle son ambassadeur en Ouganda après l'arrestation de deux militants kényans à Kampala par la police ougandaise\nLundi, le Japon a critiqué la Chine.";
    assert_eq!(dated("fr", text), ["JPN->CHN 11 @2024-03-11/day"]);
}

#[test]
fn section_tag_does_not_block_headline_en() {
    expect_roots(EN, "Japan condemns China over coast guard clash | Asia", &["JPN->CHN 11"]);
    // The tag is not a target.
    expect_roots(EN, "Japan condemns China over coast guard clash | Philippines", &["JPN->CHN 11"]);
}

#[test]
fn section_tag_does_not_block_headline_it() {
    expect_roots(IT, "Il Giappone condanna la Cina per lo scontro nel Mar Cinese | Esteri", &["JPN->CHN 11"]);
    expect_roots(IT, "La Cina condanna il Giappone | Taiwan", &["CHN->JPN 11"]);
}

#[test]
fn short_headline_with_section_tag_en() {
    expect_roots(EN, "China condemns Japan | Taiwan", &["CHN->JPN 11"]);
    expect_roots(EN, "Russia attacks Ukraine | World", &["RUS->UKR 19"]);
}

// ---------------------------------------------------------------------------------------------
// Provenance

#[test]
fn spans_are_character_offsets() {
    // Multi-byte characters (—, ğ, «, ») before the spans: byte offsets would not slice right.
    let text = "ANKARA — Il presidente turco Recep Tayyip Erdoğan ha criticato «duramente» la Grecia.";
    let e = only(IT, text);
    assert_eq!(render_code(&e), "TUR->GRC 111");
    assert_eq!(chars(text, e.trigger.span), e.trigger.text);
    assert_eq!(e.trigger.text, "criticato");
    let source = e.source.as_ref().expect("source");
    let target = e.target.as_ref().expect("target");
    assert_eq!(chars(text, source.span), source.text);
    assert!(source.text.ends_with("Recep Tayyip Erdoğan"), "{:?}", source.text);
    assert_eq!(chars(text, target.span), "Grecia");
    assert_eq!(target.text, "Grecia");
    assert_eq!(chars(text, e.sentence_span), text);

    let text = "Città del Vaticano — «La Siria è stata bombardata da Israele», dicono le fonti.";
    for e in code(IT, text) {
        assert_eq!(chars(text, e.trigger.span), e.trigger.text);
        for a in [&e.source, &e.target].into_iter().flatten() {
            assert_eq!(chars(text, a.span), a.text, "{a:?}");
        }
    }
    let attack = code(IT, text).into_iter().find(|e| e.root_code == "19").expect("the bombing");
    assert_eq!(attack.target.as_ref().map(|a| chars(text, a.span)).as_deref(), Some("Siria"));
    assert_eq!(attack.source.as_ref().map(|a| chars(text, a.span)).as_deref(), Some("Israele"));
}

#[test]
fn spans_in_later_sentences_are_document_offsets() {
    let text = "Lunedì la Cina ha convocato l'ambasciatore giapponese. Martedì la Cina ha criticato le Filippine.";
    let events = code(IT, text);
    let later = events.iter().find(|e| e.sentence_id == 1).expect("an event in the second sentence");
    assert_eq!(chars(text, later.trigger.span), "criticato");
    assert_eq!(later.target.as_ref().map(|a| chars(text, a.span)).as_deref(), Some("Filippine"));
    assert_eq!(chars(text, later.sentence_span), "Martedì la Cina ha criticato le Filippine.");
}

#[test]
fn rule_points_to_an_existing_lexicon_line() {
    let cases = [
        (IT, "Il Giappone ha criticato la Cina."),
        (IT, "La Siria è stata bombardata da Israele."),
        (EN, "Russia shelled Kharkiv and threatened Moldova."),
        (EN, "Canada expelled two Chinese diplomats."),
        (EN, "Pakistan praised Turkey."),
    ];
    for (lang, text) in cases {
        let events = code(lang, text);
        assert!(!events.is_empty(), "{text:?}");
        for e in events {
            assert!(e.rule.starts_with(&format!("{lang}/events")), "{text:?}: rule {}", e.rule);
            let (content, n, line) = lexicon_line(&e.rule);
            let pattern = line.split('#').next().unwrap_or("").trim();
            assert!(!pattern.is_empty() && !pattern.starts_with('['), "{}: `{line}` is not a pattern", e.rule);
            assert!(!pattern.contains(" = "), "{}: `{line}` is a set definition, not a pattern", e.rule);
            // The block the pattern belongs to carries the event's code (no intent mapping here).
            let header = content.lines().take(n).filter(|l| l.starts_with('[')).last().unwrap_or("");
            assert!(header.starts_with(&format!("[{}]", e.event_code)), "{}: block `{header}` for {}", e.rule, e.event_code);
            // Actor provenance too: file:line entries exist.
            for a in [&e.source, &e.target].into_iter().flatten() {
                for r in a.rules.iter().filter(|r| !r.starts_with("cldr:") && !r.starts_with("role:")) {
                    let (_, _, line) = lexicon_line(r);
                    assert!(!line.trim().is_empty(), "{r} is blank");
                }
            }
        }
    }
}

#[test]
fn person_provenance_names_the_people_entry() {
    let e = only(IT, "Il presidente turco Recep Tayyip Erdoğan ha criticato la Grecia.");
    let source = e.source.expect("source");
    assert_eq!(source.code, "TURGOV");
    let people = source.rules.iter().find(|r| r.starts_with("common/people")).expect("a people entry");
    let (_, _, line) = lexicon_line(people);
    assert!(line.to_lowercase().contains("erdoğan") || line.to_lowercase().contains("erdogan"), "{people}: `{line}`");
}

#[test]
fn rules_applied_name_the_role_rule() {
    // `trigger` picks the event by its trigger's first word.
    let has = |lang: &str, text: &str, trigger: &str, rule: &str| {
        let events = code(lang, text);
        let e = events.iter().find(|e| e.trigger.text.starts_with(trigger)).unwrap_or_else(|| {
            panic!("{text:?}: no event triggered by `{trigger}` in {:?}", events.iter().map(render_code).collect::<Vec<_>>())
        });
        assert!(e.rules_applied.iter().any(|r| r == rule), "{text:?}: {rule} not in {:?}", e.rules_applied);
    };
    has(IT, "Il Giappone ha criticato la Cina.", "criticato", "role:subject");
    has(EN, "Japan criticized China.", "criticized", "role:subject");
    has(IT, "La Siria è stata bombardata da Israele.", "bombardata", "role:passive");
    has(EN, "Ukraine was attacked by Russia.", "attacked", "role:passive");
    has(IT, "La Turchia ha convocato l'ambasciatore svedese. Ha poi condannato la Grecia.", "condannato", "role:carried-subject");
    has(EN, "Iran, which attacked Israel, condemned the United States.", "attacked", "role:relative-antecedent");
    has(EN, "Russia's invasion of Ukraine began in February 2022.", "invasion", "role:nominal");
    has(IT, "La Germania ha deciso di inviare aiuti umanitari all'Ucraina.", "inviare", "intent:deciso");
    has(EN, "Russia threatened to attack Moldova.", "threatened", "role:subject");
}

// ---------------------------------------------------------------------------------------------
// Language identification (the coder's own stage 1)

#[test]
fn short_english_sentence_is_identified_as_english() {
    let doc = Document::new("short", "Japan criticized China.").with_date(day(PUB));
    assert_eq!(coder().language_of(&doc).as_deref(), Ok("en"));
    let got: Vec<String> = coder().code(&doc).expect("coded").iter().map(render_root).collect();
    assert_eq!(got, ["JPN->CHN 11"]);
}

// ---------------------------------------------------------------------------------------------
// Roles in real-news constructions

#[track_caller]
fn expect_codes(lang: &str, text: &str, expected: &[&str]) {
    let want = sorted(expected.iter().map(|s| s.to_string()).collect());
    assert_eq!(codes(lang, text), want, "\n  sentence: {text:?}");
}

/// The recipient of a nominal event after `a`/`to`: "l'invio di carri armati all'Ucraina".
#[test]
fn a_nominal_event_goes_to_its_recipient() {
    expect_roots(IT, "La Germania ha approvato l'invio di carri armati all'Ucraina.", &["DEU->UKR 07"]);
    expect_roots("es", "Egipto autorizó el envío de ayuda humanitaria a Gaza.", &["EGY->PSE 07"]);
}

/// Whom a causative verb makes act does the infinitive, which happened; a nominal event before
/// it governs nothing.
#[test]
fn the_causee_of_a_causative_does_the_infinitive() {
    expect_roots(EN, "The attack prompted Israel to recall its ambassador from Turkey.", &["ISR->TUR 16"]);
    expect_roots(IT, "L'attacco ha spinto Israele a richiamare il suo ambasciatore in Turchia.", &["ISR->TUR 16"]);
    expect_roots("es", "La crisis llevó a Ecuador a expulsar al embajador de México.", &["ECU->MEX 16"]);
    expect_roots(
        EN,
        "Turkish jets struck a convoy in northern Iraq, prompting Baghdad to summon the Turkish ambassador.",
        &["TUR->IRQ 19", "IRQ->TUR 11"],
    );
}

/// A nominal pattern ending in its preposition (and article) has its target next; a symmetric
/// one has its partner after "con"/"with".
#[test]
fn the_partner_of_a_nominal_rupture() {
    expect_roots("pt", "O governo da Nicarágua anunciou o rompimento das relações diplomáticas com o Equador.", &["NIC->ECU 16"]);
    expect_roots("es", "El gobierno de Nicaragua anunció la ruptura de relaciones diplomáticas con Ecuador.", &["NIC->ECU 16"]);
}

#[test]
fn nominal_doer_after_a_participle() {
    expect_roots(IT, "L'espulsione di tre diplomatici russi decisa da Berlino ha irritato Mosca.", &["DEU->RUS 16"]);
    expect_roots(EN, "The attack was launched by the armed wing of Hamas against Israeli troops.", &["PSE->ISR 19"]);
}

#[test]
fn coordinated_agents_with_the_preposition_repeated() {
    expect_roots(
        IT,
        "La condanna della Russia espressa dalla Nato e dall'Ue è arrivata in serata.",
        &["IGOEUREEC->RUS 11", "IGOWSTNAT->RUS 11"],
    );
}

#[test]
fn passive_agreements_are_signed_by_both() {
    expect_roots(EN, "The ceasefire agreement was signed by Armenia and Azerbaijan in Moscow.", &["ARM->AZE 05", "AZE->ARM 05"]);
    expect_roots(IT, "L'accordo è stato firmato da Armenia e Azerbaigian a Mosca.", &["ARM->AZE 05", "AZE->ARM 05"]);
}

#[test]
fn talks_between_two_sides() {
    expect_roots(EN, "Talks between the Colombian government and the rebels resumed in Havana.", &["COL->COL 04", "COL->COL 04"]);
    expect_roots(IT, "I colloqui tra il governo colombiano e i ribelli sono ripresi all'Avana.", &["COL->COL 04", "COL->COL 04"]);
    // A date between the event's noun and "between" does not part them.
    expect_roots(IT, "La telefonata di ieri tra Emmanuel Macron e Olaf Scholz è durata un'ora.", &["DEU->FRA 04", "FRA->DEU 04"]);
    // Named after the verb that opens them, the two sides are not that verb's objects.
    expect_roots(
        IT,
        "Si è aperto ieri a Ginevra un nuovo ciclo di negoziati tra il governo colombiano e i ribelli.",
        &["COL->COL 04", "COL->COL 04"],
    );
}

/// A reaction told in a relative passive on the noun of the move targets the move's doer.
#[test]
fn a_relative_passive_reaction_targets_the_doer_of_the_move() {
    expect_roots(
        EN,
        "Washington imposed new tariffs on Chinese steel, a decision that was criticised by Beijing.",
        &["CHN->USA 11", "USA->CHN 16"],
    );
    expect_roots(
        "es",
        "Corea del Norte disparó el jueves dos misiles balísticos, un ensayo que fue condenado por Seúl.",
        &["KOR->PRK 11", "PRK->- 15"],
    );
}

/// An attack noun with its doer is the subject of the verb that tells its toll, past what an
/// insertion between commas says of it.
#[test]
fn the_toll_of_an_attack_past_an_insertion() {
    expect_roots(
        EN,
        "The attack on a checkpoint near Gao, claimed by the Islamic State group, killed twelve Malian soldiers.",
        &["MLI->MLI 19"],
    );
}

/// A capitalised portfolio may stand between a minister and the `of` of its country, and the
/// countries coordinated after it are the two sides.
#[test]
fn a_portfolio_between_the_minister_and_the_country() {
    expect_roots(
        "es",
        "Los ministros del Interior de Indonesia y Australia firmaron el martes un acuerdo.",
        &["AUS->IDN 05", "IDN->AUS 05"],
    );
    expect_roots(IT, "Il ministro degli Esteri di Israele ha criticato la Francia.", &["ISR->FRA 11"]);
}

/// A member suspended in the passive with no agent was suspended by the organisation that the
/// expression names, inside it or right after its last noun.
#[test]
fn a_passive_suspension_is_the_named_organisations() {
    expect_roots(EN, "Mali was suspended from the African Union on Tuesday.", &["IGOAFRAFU->MLI 16"]);
    expect_roots(EN, "Guinea-Bissau was suspended on Tuesday from all decision-making bodies of ECOWAS.", &["IGOWAFWAS->GNB 16"]);
    expect_roots("fr", "Le Mali a été suspendu mardi de toutes les instances de la Cedeao.", &["IGOWAFWAS->MLI 16"]);
}

/// A possessive may stand between the passive's "by" and its agent.
#[test]
fn a_possessive_before_the_passive_agent() {
    expect_roots(EN, "Chile's president-elect was congratulated on Monday by his Argentine counterpart.", &["ARG->CHL 05"]);
    expect_roots("pt", "O presidente eleito do Chile foi felicitado na segunda-feira pelo seu homólogo argentino.", &["ARG->CHL 05"]);
}

/// A passive agent may follow a place phrase whose name the lexicon does not know.
#[test]
fn a_passive_agent_after_an_unknown_place_name() {
    expect_roots(EN, "A British cargo ship was attacked in the Arabian Sea on Friday by Houthi rebels.", &["YEM->GBR 19"]);
}

/// An event noun that an announcement or order governs takes the announcer as its doer, and
/// reducing relations is done to the partner after "with"; in German the participle that closes
/// the bracket is what governs.
#[test]
fn an_announced_nominal_takes_the_announcer_and_its_partner() {
    expect_roots("de", "Belarus verkündete am Montag die Aussetzung des Abkommens mit Litauen.", &["BLR->LTU 16"]);
    expect_roots("de", "Belarus hat die Aussetzung des Abkommens mit Litauen verkündet.", &["BLR->LTU 16"]);
    expect_roots(EN, "Belarus announced on Monday the suspension of its agreement with Lithuania.", &["BLR->LTU 16"]);
    // Signing a statement is not making it: the statement takes no subject from the bracket.
    assert_eq!(
        codes("de", "Die Präsidenten Armeniens und Aserbaidschans haben am Freitag eine gemeinsame Erklärung unterzeichnet."),
        ["ARM->AZE 057", "AZE->ARM 057"]
    );
}

#[test]
fn a_clause_opened_by_a_preposition_has_its_own_subject() {
    expect_roots(EN, "The clashes began after Indian troops fired on Chinese soldiers along the border.", &["IND->CHN 19"]);
}

#[test]
fn force_with_no_actor_hit_acts_on_the_place() {
    expect_roots(EN, "Kurdish fighters were struck by Turkish drones near Qamishli.", &["TUR->SYR 19"]);
}

#[test]
fn object_pronouns_point_to_the_previous_object() {
    expect_codes(IT, "Il Canada ha espulso un diplomatico cinese, accusandolo di spionaggio.", &["CAN->CHN 161", "CAN->CHN 1125"]);
    let events = code(IT, "La Turchia ha espulso l'ambasciatore svedese. Lo ha poi accusato di spionaggio.");
    assert_eq!(events.iter().map(render_root).collect::<Vec<_>>(), ["TUR->SWE 16", "TUR->SWE 11"]);
    assert!(events[1].rules_applied.iter().any(|r| r == "role:carried-object"), "{:?}", events[1].rules_applied);
}

#[test]
fn the_press_conditional_is_a_reported_fact() {
    expect_roots(IT, "Secondo la Bbc, tre attivisti sarebbero stati arrestati dalla polizia iraniana.", &["IRN->IRN 17"]);
    // A real condition stays hypothetical.
    expect_none(IT, "Se l'accordo fallisse, la Russia avrebbe attaccato la Moldavia.");
}

#[test]
fn readiness_to_act_against_someone_is_a_threat() {
    expect_codes(IT, "I ministri dell'Ue si sono detti pronti a imporre nuove sanzioni alla Russia.", &["IGOEUREEC->RUS 1312"]);
    expect_codes(EN, "EU ministers said they were ready to impose new sanctions on Russia.", &["IGOEUREEC->RUS 1312"]);
}

#[test]
fn a_decided_conflictual_act_is_coded_as_the_act() {
    expect_roots(IT, "Il Giappone ha deciso di ritirare il suo ambasciatore dalla Cina.", &["JPN->CHN 16"]);
}

#[test]
fn what_is_demanded_is_no_fact() {
    expect_roots(EN, "Greece demanded that the European Union refuse to recognize Macedonia.", &["GRC->IGOEUREEC 10"]);
    expect_roots(IT, "La Grecia ha chiesto che l'Unione europea rifiuti di riconoscere la Macedonia.", &["GRC->IGOEUREEC 02"]);
}

#[test]
fn a_participle_before_its_noun_is_no_event() {
    expect_roots(EN, "The Palestinians rejected proposed Israeli changes to the deal.", &["PSE->ISR 12"]);
}

#[test]
fn a_quote_is_its_speakers() {
    expect_roots(EN, "\"We strongly condemn Russia,\" the French foreign ministry said on Monday.", &["FRA->RUS 11"]);
}

#[test]
fn arrests_at_home_target_the_arrested() {
    expect_codes(IT, "La polizia kenyota ha arrestato decine di manifestanti a Nairobi.", &["KEN->KEN 173"]);
}

#[test]
fn blocs_named_by_their_size() {
    expect_codes(EN, "The 27-nation bloc imposed new sanctions on Belarus on Monday.", &["IGOEUREEC->BLR 163"]);
    expect_codes(IT, "I Ventisette hanno imposto nuove sanzioni alla Bielorussia.", &["IGOEUREEC->BLR 163"]);
}

#[test]
fn a_title_in_the_text_beats_an_undated_fallback_role() {
    // The imported dictionaries know Viktor Orban's later years only as an undated elite role.
    let events = code_on(EN, "2024-03-04", "Hungarian Prime Minister Viktor Orban criticized the European Commission.");
    assert_eq!(events.first().and_then(|e| e.source.as_ref()).map(|a| a.code.as_str()), Some("HUNGOV"));
}

#[test]
fn a_dated_role_beats_an_undated_code_for_the_same_name() {
    // The imported dictionaries code Albin Kurti as opposition, undated; his term as prime
    // minister covers the date.
    let events = code_on(EN, "2024-03-04", "Albin Kurti criticized Serbia.");
    assert_eq!(events.first().and_then(|e| e.source.as_ref()).map(|a| a.code.as_str()), Some("KSVGOV"));
}

#[test]
fn habits_are_no_events() {
    expect_none(EN, "Jihadist groups routinely ambush army convoys and attack villages in Mali.");
    expect_none(IT, "Le milizie attaccano regolarmente i convogli dell'esercito del Mali.");
}

#[test]
fn a_reaction_to_the_move_targets_its_doer() {
    expect_roots(
        EN,
        "Spain and Norway recognised a Palestinian state on Tuesday, a move that Israel's foreign minister condemned.",
        &["ESP->PSE 05", "NOR->PSE 05", "ISR->ESP 11", "ISR->NOR 11"],
    );
    expect_roots(
        IT,
        "La Spagna ha riconosciuto lo Stato palestinese, una mossa che il ministro degli Esteri israeliano ha condannato.",
        &["ESP->PSE 05", "ISR->ESP 11"],
    );
}

#[test]
fn a_reaction_to_the_whole_clause_or_to_the_event_named_targets_its_doer() {
    expect_roots("fr", "La Russie a bombardé Kiev lundi, ce que Paris a aussitôt condamné.", &["RUS->UKR 19", "FRA->RUS 11"]);
    expect_roots("es", "Rusia bombardeó Kiev el lunes, lo que Madrid condenó.", &["RUS->UKR 19", "ESP->RUS 11"]);
    expect_roots(
        EN,
        "China staged large-scale drills near Taiwan on Monday, and Taipei condemned the exercises.",
        &["CHN->TWN 15", "TWN->CHN 11"],
    );
    // a relative on an actor just named is about that actor, not the clause
    expect_roots(EN, "Russia attacked Georgia, which Ukraine condemned.", &["RUS->GEO 19"]);
}

#[test]
fn a_comma_and_a_conjunction_before_a_subject_join_clauses_not_actors() {
    // "soldiers, and Kyiv" is no pair of accusers
    expect_roots(
        EN,
        "Russian troops shelled Kharkiv on Monday, killing dozens of Ukrainian soldiers, and Kyiv accused Moscow of war crimes.",
        &["RUS->UKR 19", "UKR->RUS 11"],
    );
    expect_roots(EN, "France, Germany, and Italy condemned Russia.", &["FRA->RUS 11", "DEU->RUS 11", "ITA->RUS 11"]);
}

#[test]
fn a_mediator_named_after_the_mediation_is_its_doer() {
    expect_roots(
        "de",
        "Saudi-Arabien und Iran haben unter Vermittlung Chinas vereinbart, ihre diplomatischen Beziehungen wieder aufzunehmen.",
        // agreeing to resume relations is an intention, as "agreed to restore relations" is
        &["CHN->IRN 04", "CHN->SAU 04", "IRN->SAU 03", "SAU->IRN 03"],
    );
    expect_roots(
        EN,
        "Armenia and Azerbaijan signed a peace deal on Friday under the mediation of the United States.",
        &["ARM->AZE 05", "AZE->ARM 05", "USA->ARM 04", "USA->AZE 04"],
    );
}

#[test]
fn the_same_triple_twice_in_a_sentence_is_one_event() {
    expect_roots(
        "es",
        "El Kremlin rechazó de plano cualquier implicación en el atentado y tachó de «mentira absoluta» esas insinuaciones.",
        &["RUS->- 01"],
    );
}

#[test]
fn a_relative_set_off_by_a_comma_is_said_of_the_actor_of_the_phrase_before_it() {
    expect_roots(
        "fr",
        "Le Niger a dénoncé l'accord militaire avec la France, qui avait déjà rappelé ses ambassadeurs du Mali.",
        // Denouncing a treaty ends it (16), as the lexicon reads "dénoncer l'accord".
        &["FRA->MLI 16", "NER->FRA 16"],
    );
    // an `of` or `between` phrase leaves the head noun as the antecedent
    expect_none("es", "La guerra entre Rusia y Ucrania, que comenzó en febrero, ha obligado a huir de sus hogares a millones de personas.");
}

#[test]
fn a_denial_inside_a_closed_relative_denies_nothing_of_the_main_clause() {
    expect_roots(IT, "Pechino, che ha respinto le accuse, ha espulso due diplomatici canadesi.", &["CHN->- 01", "CHN->CAN 16"]);
}

#[test]
fn a_passive_reaction_to_the_move_is_done_by_its_agent_to_the_moves_doer() {
    expect_roots(
        "es",
        "Noruega reconoció el Estado palestino, una decisión calificada de «premio al terrorismo» por el ministro israelí de Exteriores.",
        &["NOR->PSE 05", "ISR->NOR 11"],
    );
    expect_roots(EN, "Spain recognised a Palestinian state on Tuesday, a decision condemned by Israel.", &["ESP->PSE 05", "ISR->ESP 11"]);
}

#[test]
fn an_apposition_in_a_coordinated_subject_is_the_same_side() {
    expect_roots(
        "pt",
        "Lula e o Presidente francês, Emmanuel Macron, conversaram hoje por telefone sobre a guerra na Ucrânia.",
        &["BRA->FRA 04", "FRA->BRA 04"],
    );
    expect_roots(
        EN,
        "Brazil's president, Lula, and his French counterpart, Emmanuel Macron, held talks on Tuesday.",
        &["BRA->FRA 04", "FRA->BRA 04"],
    );
}

#[test]
fn an_agreement_negotiated_by_a_third_party_is_its_mediation() {
    expect_roots(
        "fr",
        "Israël et le Hamas ont conclu un cessez-le-feu négocié par les États-Unis et le Qatar.",
        &["ISR->PSE 08", "PSE->ISR 08", "QAT->ISR 04", "QAT->PSE 04", "USA->ISR 04", "USA->PSE 04"],
    );
    expect_roots("fr", "Israël a négocié pendant des mois avec le Hamas.", &["ISR->PSE 04"]);
}

#[test]
fn an_auxiliary_word_inside_a_name_makes_no_passive() {
    expect_roots(IT, "Gli Stati Uniti condannarono l'invasione russa dell'Ucraina.", &["RUS->UKR 19", "USA->RUS 11"]);
}

#[test]
fn a_participle_opening_the_sentence_has_the_main_subject() {
    expect_roots(
        IT,
        "Arrivato a Kiev in treno, il cancelliere tedesco ha elogiato il coraggio del popolo ucraino.",
        &["DEU->UKR 04", "DEU->UKR 05"],
    );
    expect_roots(
        EN,
        "Arriving in Kyiv by train on Friday, the German chancellor pledged more air defence systems to Ukraine.",
        &["DEU->UKR 03", "DEU->UKR 04"],
    );
}

#[test]
fn an_agent_preposition_repeated_in_another_form_joins_its_actors() {
    expect_roots(
        IT,
        "Israele e Hamas hanno concordato una tregua negoziata dagli Stati Uniti e dal Qatar.",
        &["ISR->PSE 08", "PSE->ISR 08", "QAT->ISR 04", "QAT->PSE 04", "USA->ISR 04", "USA->PSE 04"],
    );
}

#[test]
fn a_nominal_events_agent_may_be_named_after_a_plain_noun() {
    let got = code("fr", "Au moins vingt personnes ont été tuées dans un attentat revendiqué par le groupe Al-Shabab à Mogadiscio.");
    let claims: Vec<&str> =
        got.iter().filter(|e| e.event_code == "015").filter_map(|e| e.source.as_ref().map(|s| s.code.as_str())).collect();
    assert_eq!(claims, ["SOMREBSHB"], "{:?}", got.iter().map(render_code).collect::<Vec<_>>());
}

/// A claim of responsibility is aimed at the country the claimed act struck, which a place names;
/// the international group claiming it acts there as that country's rebels.
#[test]
fn a_claim_of_responsibility_targets_where_the_attack_struck() {
    expect_codes(
        EN,
        "The Islamic State group claimed responsibility on Friday for the bombing of a crowded market on the outskirts of Baghdad.",
        &["IRQ->IRQ 015"],
    );
    expect_codes(
        "de",
        "Die Terrormiliz Islamischer Staat hat den Anschlag auf einen Markt in Kabul für sich reklamiert.",
        &["AFG->AFG 015"],
    );
    let got = codes(
        IT,
        "Gli shabaab hanno rivendicato l'attentato con un camion bomba che ha ucciso dodici persone davanti a un albergo di Mogadiscio.",
    );
    assert!(got.contains(&"SOM->SOM 015".to_string()), "{got:?}");
}

/// Whoever the news comes from ("according to", "laut", "nach Angaben von") neither did the
/// event nor underwent it.
#[test]
fn the_source_of_the_news_is_neither_doer_nor_target() {
    expect_none("de", "Nach Angaben von syrischen Aktivisten wurden zwölf Zivilisten getötet.");
    let event = only("de", "Bewaffnete haben laut der nigerianischen Polizei zwölf Dorfbewohner getötet.");
    assert_eq!(event.target.map(|t| t.code).as_deref(), Some("NGACVL"));
}

/// A fronted phrase that ends on a place, then a comma and the people who act: no list.
#[test]
fn a_place_ending_a_fronted_phrase_is_not_listed_with_the_subject_after_it() {
    let pair = ["CHN->USA 04", "USA->CHN 04"];
    assert_eq!(roots_on(EN, "2022-11-15", "On the sidelines of the summit in Bali, Xi and Biden held talks on Monday."), pair);
    assert_eq!(roots_on("fr", "2022-11-15", "Lundi à Bali, Xi et Biden se sont entretenus pendant trois heures."), pair);
}

/// A date between the conjunction and the verb does not hide that the subject was dropped.
#[test]
fn a_dropped_subject_survives_a_date_after_the_conjunction() {
    expect_roots(
        IT,
        "Pechino non ha condannato il test nordcoreano, ma lunedì ha convocato l'incaricato d'affari giapponese.",
        &["CHN->JPN 11"],
    );
    expect_roots("es", "Pekín no condenó el ensayo norcoreano, pero el lunes convocó al encargado de negocios japonés.", &["CHN->JPN 11"]);
}

/// Force used by an air force or its aircraft is an air strike, whatever verb tells it.
#[test]
fn force_used_by_aircraft_is_an_air_strike() {
    expect_codes(EN, "Turkish warplanes hit Kurdish militant positions in northern Iraq.", &["TUR->IRQ 195"]);
    expect_codes(EN, "Turkish troops hit Kurdish militant positions in northern Iraq.", &["TUR->IRQ 190"]);
    expect_codes("fr", "L'aviation israélienne a frappé mardi plusieurs positions du Hamas dans la bande de Gaza.", &["ISR->PSE 195"]);
    expect_codes(IT, "Caccia dell'aeronautica turca hanno colpito obiettivi del Pkk nel nord dell'Iraq.", &["TUR->TUR 195"]);
}

/// A denial that names the accusation's author codes that accusation too.
#[test]
fn a_denied_accusation_with_its_author_is_coded_too() {
    expect_roots(EN, "Serbia rejected Croatia's accusations that it was arming the separatists.", &["HRV->SRB 11", "SRB->HRV 01"]);
    expect_roots(
        "de",
        "Belgrad wies am Montag die Vorwürfe Kroatiens zurück, es bewaffne die Separatisten.",
        &["HRV->SRB 11", "SRB->HRV 01"],
    );
    expect_roots(IT, "Belgrado ha respinto le accuse della Croazia di armare i separatisti.", &["HRV->SRB 11", "SRB->HRV 01"]);
}

#[test]
fn titled_people_no_lexicon_knows_are_still_one_actor() {
    expect_roots(
        EN,
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Brussels on Sunday.",
        &["ARM->AZE 04", "AZE->ARM 04"],
    );
}

#[test]
fn agents_of_a_named_actor_and_backers() {
    expect_roots(
        EN,
        "The government of President Nicolas Maduro and the opposition signed an agreement in Barbados.",
        &["VEN->VEN 05", "VEN->VEN 05"],
    );
    expect_roots(EN, "A ceasefire between Israel and Iran-backed Hezbollah took effect on Wednesday.", &["ISR->LBN 08", "LBN->ISR 08"]);
}

#[test]
fn the_title_of_an_actor_opens_the_clause() {
    expect_roots(EN, "The head of the IAEA criticized Iran on Monday.", &["IGOUNOIAE->IRN 11"]);
    expect_roots(
        IT,
        "Il segretario generale delle Nazioni Unite ha esortato India e Pakistan alla moderazione.",
        &["IGOUNO->IND 02", "IGOUNO->PAK 02"],
    );
}

#[test]
fn a_message_says_what_it_was_sent_for() {
    expect_codes(
        IT,
        "Il presidente Sergio Mattarella ha inviato un messaggio al re del Marocco per esprimere il cordoglio dell'Italia.",
        &["ITA->MAR 018"],
    );
}

#[test]
fn the_object_of_an_infinitive_is_not_asserted() {
    expect_none(EN, "Efforts to broker a truce between the army and the rebels have so far failed.");
}

#[test]
fn a_nominal_reaction_targets_what_it_is_for() {
    expect_roots(
        IT,
        "È arrivata ieri la ferma condanna della Farnesina per l'attacco compiuto domenica sera dai coloni israeliani contro Huwara.",
        &["ITA->ISR 11", "ISR->PSE 19"],
    );
}

#[test]
fn a_protest_targets_the_government_along_its_clause() {
    expect_roots(
        IT,
        "Migliaia di israeliani sono scesi in piazza sabato sera a Tel Aviv contro la riforma giudiziaria del governo di Benjamin Netanyahu.",
        &["ISR->ISR 14"],
    );
}

#[test]
fn armed_agents_acting_on_a_town_are_of_its_country() {
    expect_roots(EN, "M23 rebels captured Goma on Monday after a lightning advance.", &["COD->COD 19"]);
}

/// Force used on a town of one's own country is civil war, not an act on oneself.
#[test]
fn an_army_striking_a_town_of_its_own_country_acts_on_it() {
    expect_roots(EN, "Syrian troops shelled Idlib on Monday.", &["SYR->SYR 19"]);
    expect_roots(IT, "L'esercito sudanese ha riconquistato la città di Wad Madani.", &["SDN->SDN 19"]);
}

/// A passive's `by`/`da` agent may stand past a date and a place phrase; an armed group with no
/// country of its own is of the country where it kidnapped foreigners.
#[test]
fn kidnappers_named_past_the_place_are_of_its_country() {
    expect_roots(EN, "Two American aid workers were kidnapped on Saturday in the outskirts of Port-au-Prince by rebels.", &["HTI->USA 18"]);
    expect_roots(IT, "Tre missionari americani sono stati rapiti sabato alla periferia di Port-au-Prince dai ribelli.", &["HTI->USA 18"]);
}

#[test]
fn expelled_journalists_are_expelled_people() {
    expect_codes(EN, "Burkina Faso's junta expelled the correspondents of two French newspapers on Saturday.", &["BFA->FRA 174"]);
}

#[test]
fn people_acting_on_an_unnamed_state_body_act_on_their_own() {
    // A demand for a concrete act (a resignation) is a 10x demand (CODING-CONVENTIONS).
    expect_roots(IT, "I partiti dell'opposizione serba hanno chiesto ieri le dimissioni del governo.", &["SRB->SRB 10"]);
    // Arrested somewhere is not a town taken.
    expect_no_root(IT, "L'ex terrorista è stato catturato sabato a Santa Cruz da agenti della polizia boliviana.", "19");
}

#[test]
fn money_named_by_its_amount_is_aid() {
    expect_codes(EN, "Japan will provide an additional $5.5 billion in financial aid to Ukraine.", &["JPN->UKR 0331"]);
    expect_codes(IT, "Il Giappone ha stanziato altri 5,5 miliardi di dollari per l'Ucraina.", &["JPN->UKR 071"]);
}

#[test]
fn shows_of_force_need_no_target() {
    expect_codes(EN, "North Korea fired a ballistic missile into the sea on Thursday.", &["PRK->- 150"]);
}

#[test]
fn a_capital_named_by_its_demonym_is_a_place() {
    expect_roots(IT, "I talebani hanno preso il controllo della capitale afghana.", &["AFG->AFG 19"]);
    expect_roots(EN, "The Ukrainian village of Hroza was hit by a Russian missile on October 5.", &["RUS->UKR 19"]);
}

#[test]
fn the_italian_future_announces() {
    expect_codes(IT, "Il Giappone fornirà altri aiuti umanitari all'Ucraina.", &["JPN->UKR 0333"]);
    expect_codes(IT, "La Francia espellerà due diplomatici russi.", &["FRA->RUS 161"]);
}

// ---------------------------------------------------------------------------------------------
// New languages and cross-sentence reactions

#[test]
fn a_reaction_to_the_decision_targets_the_previous_sentence_subject() {
    expect_roots(EN, "Germany expelled two Russian diplomats on Monday. Moscow condemned the decision.", &["DEU->RUS 16", "RUS->DEU 11"]);
    expect_roots(IT, "La Germania ha espulso due diplomatici russi. Mosca ha condannato la decisione.", &["DEU->RUS 16", "RUS->DEU 11"]);
    expect_roots("es", "Argentina expulsó a dos diplomáticos venezolanos. Caracas condenó la decisión.", &["ARG->VEN 16", "VEN->ARG 11"]);
    // Not across a paragraph, and not without a noun that names the event: then the
    // condemnation has no target and is not coded.
    expect_roots(EN, "Germany expelled two Russian diplomats.\n\nMoscow condemned the decision.", &["DEU->RUS 16"]);
    expect_roots(EN, "Germany expelled two Russian diplomats. Moscow condemned the weather.", &["DEU->RUS 16"]);
}

#[test]
fn negation_inside_the_verb_group_negates() {
    expect_none("de", "Die Bundesregierung hat den Angriff nicht verurteilt.");
    expect_none("fr", "La France n'a pas condamné l'attaque contre la Russie.");
    expect_roots("de", "Die Bundesregierung hat den russischen Angriff verurteilt.", &["DEU->RUS 11"]);
    // A rejection too: what is "not ruled out" is not rejected.
    expect_no_root("de", "Die Bundesregierung hat die Forderung Polens nach Reparationen nicht zurückgewiesen.", "12");
}

#[test]
fn a_negation_inside_a_name_negates_nothing() {
    expect_roots(
        EN,
        "Reporters Without Borders condemned the arrest of the journalist by Iranian police.",
        &["IRN->IRN 17", "NGOHRIMED->IRN 11"],
    );
}

#[test]
fn a_verb_second_clause_closing_on_its_negation_is_negated() {
    expect_none("de", "Berlin verurteilte den Angriff auf Kiew nicht.");
    expect_roots("de", "Berlin verurteilte den Angriff auf Kiew.", &["DEU->UKR 11"]);
}

#[test]
fn function_words_of_each_language_come_from_its_grammar() {
    // "en"/"em" introduce where it happened, not the target.
    expect_no_root("es", "La policía española detuvo a tres activistas en Marruecos.", "19");
    // The press's conditional reports a fact.
    expect_roots("fr", "Les forces russes auraient bombardé la ville ukrainienne de Kharkiv.", &["RUS->UKR 19"]);
    // Readiness to act against someone is a threat.
    assert!(roots("es", "La Unión Europea está dispuesta a imponer sanciones a Rusia.").iter().all(|r| !r.ends_with(" 16")));
}

#[test]
fn verb_second_languages_find_the_subject_after_the_finite_verb() {
    expect_roots("de", "Am Montag griff Russland die ukrainische Hauptstadt mit Drohnen an.", &["RUS->UKR 19"]);
    expect_roots("de", "Am Dienstag hat die Bundesregierung zwei russische Diplomaten ausgewiesen.", &["DEU->RUS 16"]);
    // Not in a language whose grammar does not say so: Italian drops its subjects instead.
    expect_none(IT, "Lunedì ha attaccato la Russia.");
}

#[test]
fn inside_a_verb_bracket_the_subject_precedes_the_object() {
    // The actor nearest the closing participle is its object, not its subject.
    expect_roots("de", "Russland hat am Montag die Ukraine angegriffen.", &["RUS->UKR 19"]);
    expect_roots("de", "Nach wochenlangen Spannungen hat Russland die Ukraine angegriffen.", &["RUS->UKR 19"]);
    // A second participle in the same bracket has its own object.
    expect_roots("de", "Russland hat die Ukraine angegriffen und die Stadt Charkiw bombardiert.", &["RUS->UKR 19", "RUS->UKR 19"]);
    // A passive's agent stands inside the bracket, before the participle.
    expect_roots("de", "Der Journalist wurde am Montag in Moskau von der russischen Polizei festgenommen.", &["RUS->RUS 17"]);
}

// ---------------------------------------------------------------------------------------------
// Domestic acts: protests, curfews, police deployments

#[test]
fn a_curfew_or_a_state_of_emergency_needs_no_target_of_its_own() {
    // Coded on the source's own country, which the sentence need not name.
    expect_roots("es", "El Gobierno boliviano decretó el toque de queda en la ciudad de Cochabamba.", &["BOL->BOL 17"]);
    // A 17 act done to someone still needs its target.
    expect_none("es", "El Gobierno boliviano confiscó ayer.");
}

#[test]
fn the_place_of_an_act_that_stands_alone_is_no_target() {
    // The deployment happened in Valparaíso; it was not done to Chile.
    expect_roots("es", "El Gobierno chileno desplegó a miles de carabineros en Valparaíso.", &["CHL->- 15"]);
}

#[test]
fn an_announced_dispatch_is_aimed_at_its_place() {
    // The lexicon's aid (07) becomes an intent (03) by the future tense; where it goes is still
    // whom it is for.
    expect_roots(IT, "Il Giappone invierà in Turchia una squadra di soccorritori.", &["JPN->TUR 03"]);
    expect_roots(EN, "Japan will send rescue teams in Turkey.", &["JPN->TUR 03"]);
}

#[test]
fn a_modal_does_not_reach_past_a_comma_and_a_conjunction() {
    expect_roots(EN, "Indonesia said it would accept foreign help, and thanked Australia for its offer.", &["IDN->AUS 05"]);
    // Without the comma the verbs share the modal.
    expect_none(EN, "Indonesia would accept foreign help and thank Australia.");
    expect_roots(
        "pt",
        "O Hezbollah advertiu que nenhum lugar em Israel ficará a salvo se o Estado hebraico desencadear uma guerra, e ameaçou Chipre.",
        // The warning is made to the subject of its condition ("se o Estado hebraico").
        &["LBN->CYP 13", "LBN->ISR 13"],
    );
}

#[test]
fn a_domestic_act_takes_the_country_of_its_place() {
    expect_roots("es", "Los antidisturbios detuvieron a decenas de estudiantes en Cochabamba.", &["BOL->BOL 17"]);
    // People protesting in their own country's streets act on it.
    expect_roots("es", "Miles de vecinos marcharon en Cochabamba contra la subida del pasaje.", &["BOL->BOL 14"]);
}

#[test]
fn a_gerund_after_a_comma_shares_the_subject_of_the_event_it_follows() {
    // The nearest actor before the gerund is in a clause of its own. The accusation denied is
    // taken as aimed at the one who denies it, as the tuning sets' coders code it.
    expect_roots(
        IT,
        "La Cina ha respinto le accuse del Giappone, secondo cui bombardieri russi hanno violato lo spazio aereo giapponese, chiedendo a Tokyo di fermare le provocazioni.",
        &["CHN->JPN 01", "CHN->JPN 02", "JPN->CHN 11"],
    );
    expect_roots(
        "en",
        "Poland summoned the Belarusian ambassador after a clash on the border with Lithuania, demanding that Minsk explain the incident.",
        &["POL->BLR 10", "POL->BLR 11"],
    );
}

#[test]
fn he_or_she_stands_for_the_last_person_named_when_the_subject_is_none() {
    expect_roots(
        "en",
        "South Africa summoned U.S. Ambassador Reuben Brigety on Friday after he accused Pretoria of arming Russia.",
        &["USA->ZAF 11", "ZAF->USA 11"],
    );
    // A person as subject keeps the pronoun.
    expect_roots("en", "Vladimir Putin met Recep Tayyip Erdogan in Sochi, where he praised Turkey.", &["RUS->TUR 04", "RUS->TUR 05"]);
}

#[test]
fn by_after_a_noun_names_its_author_not_a_passive_doer() {
    expect_roots("en", "China rejected claims by Japan that its bombers had violated Japanese airspace.", &["CHN->JPN 01"]);
}

#[test]
fn a_gerund_with_no_event_before_it_has_the_sentence_subject() {
    // "since" opens no clause of its own here; the gerund still belongs to Putin.
    expect_roots(
        "en",
        "Russian President Vladimir Putin appeared on television for the first time since World War Two, calling up 300,000 reservists and warning NATO.",
        &["RUS->- 15", "RUS->IGOWSTNAT 13"],
    );
}

#[test]
fn a_passive_agent_may_follow_a_date() {
    expect_roots("fr", "Le journaliste français a été arrêté mardi par la police iranienne.", &["IRN->FRA 17"]);
    // ...or the place where it happened.
    expect_roots(IT, "Il giornalista italiano è stato arrestato in Russia dalla polizia russa.", &["RUS->ITA 17"]);
}

#[test]
fn two_mentions_of_one_kind_of_actor_make_one_event() {
    expect_roots("en", "Nigerian soldiers arrested students and teachers in Kaduna.", &["NGA->NGA 17"]);
}

#[test]
fn an_announced_nominal_act_has_the_announcer_as_doer() {
    expect_roots("en", "Russia announced the expulsion of two Polish diplomats.", &["RUS->POL 16"]);
}

#[test]
fn protesters_protest_whom_they_make_their_demand_of() {
    expect_roots(
        "es",
        "Miles de estudiantes marcharon el jueves en Lima para exigir la renuncia del presidente peruano.",
        &["PER->PER 14"],
    );
}

#[test]
fn a_second_complement_of_the_same_head_is_a_coordinated_member() {
    expect_roots(
        "es",
        "Los negociadores del Gobierno colombiano y de la guerrilla del ELN reanudaron el jueves las conversaciones en La Habana.",
        &["COL->COL 04", "COL->COL 04"],
    );
    expect_roots("pt", "Os chefes da diplomacia da Índia e da China reuniram-se ontem em Pequim.", &["CHN->IND 04", "IND->CHN 04"]);
}

#[test]
fn a_relative_clause_subject_set_off_by_its_name_reacts_to_the_move() {
    let text = "O Supremo Tribunal venezuelano condenou o opositor Leopoldo López a 13 anos de prisão, decisão que o \
                Presidente brasileiro, Lula da Silva, criticou duramente.";
    assert_eq!(roots_on("pt", "2024-08-23", text), vec!["BRA->VEN 11", "VEN->VEN 17"], "\n  sentence: {text:?}");
}

#[test]
fn a_nominal_subject_is_denied_anywhere_in_its_clause() {
    expect_none("de", "Ein Treffen zwischen Serbien und dem Kosovo ist trotz der Vermittlung der EU bislang nicht zustande gekommen.");
    expect_none("fr", "Une rencontre entre la Serbie et le Kosovo n'est pour l'heure toujours pas à l'ordre du jour.");
}

#[test]
fn coordinated_acts_of_force_share_their_object() {
    expect_roots(
        "en",
        "Ugandan police fired tear gas and arrested dozens of opposition supporters in Kampala on Monday.",
        &["UGA->UGA 17", "UGA->UGA 17"],
    );
    expect_roots(
        "it",
        "La polizia ugandese ha sparato lacrimogeni e fermato decine di studenti dell'opposizione a Kampala.",
        &["UGA->UGA 17", "UGA->UGA 17"],
    );
}

#[test]
fn a_count_before_a_titled_subject_keeps_the_subject() {
    expect_roots(
        "it",
        "Centinaia di simpatizzanti dell'opposizione ugandese si sono scontrati ieri con la polizia nelle strade di Kampala.",
        &["UGA->UGA 14"],
    );
    // A number counts too.
    expect_roots(EN, "Some 3,500 fighters of Hamas attacked Israeli soldiers.", &["PSE->ISR 19"]);
    expect_roots(IT, "Oltre 300 combattenti di Hamas hanno attaccato soldati israeliani.", &["PSE->ISR 19"]);
}

#[test]
fn an_object_relative_pronoun_stands_for_the_target() {
    expect_roots(
        "es",
        "El presidente colombiano recibió al líder de Israel, al que acusa de genocidio desde hace meses.",
        &["COL->ISR 04", "COL->ISR 11"],
    );
    expect_roots(
        "it",
        "Mosca ha espulso il diplomatico britannico, che il Cremlino accusa di spionaggio.",
        &["RUS->GBR 11", "RUS->GBR 16"],
    );
    // A conjunction ending in a relative word opens no relative clause.
    expect_no_root(
        "it",
        "Washington ha sospeso gli aiuti all'agenzia, dopo che Israele ha accusato dodici dipendenti di spionaggio.",
        "11",
    );
}

#[test]
fn a_passive_agent_after_a_date_the_expression_took_in() {
    expect_roots("pt", "O jornalista foi detido na terça-feira por paramilitares das Forças de Apoio Rápido em Cartum.", &["SDN->SDN 17"]);
}

#[test]
fn whom_one_accuses_is_a_target_and_ones_compatriot() {
    expect_roots("en", "Kenya's opposition accused the electoral commission of fraud on Tuesday.", &["KEN->KEN 11"]);
    expect_roots("es", "El Gobierno de Ecuador acusó el lunes a los paramilitares de violar la tregua.", &["ECU->ECU 11"]);
}

#[test]
fn a_rejected_request_names_its_author_as_the_one_who_asked() {
    expect_roots("en", "Berlin on Monday rejected Warsaw's request for more Patriot missile batteries.", &["DEU->POL 12", "POL->DEU 02"]);
    expect_roots(
        "es",
        "El Gobierno nicaragüense rechazó el martes la petición de Costa Rica de reabrir la frontera.",
        &["NIC->CRI 12", "CRI->NIC 02"],
    );
    expect_roots(
        "de",
        "Die Junta in Myanmar hat die Forderung der Vereinten Nationen nach einer Freilassung politischer Gefangener zurückgewiesen.",
        &["MMR->IGOUNO 12", "IGOUNO->MMR 10"],
    );
    // A request nobody is named as making is not an event of its own.
    expect_roots("en", "Hamas rejected calls for a ceasefire on Monday.", &[]);
}

#[test]
fn where_something_was_said_is_not_what_it_was_about() {
    expect_none("en", "\"Nothing has been decided yet,\" a NATO spokesman told reporters in Brussels on Wednesday.");
}

#[test]
fn a_threat_aims_at_whom_its_purpose_or_response_names() {
    expect_roots(
        "it",
        "Il presidente iraniano ha minacciato di usare missili balistici per distruggere Israele in caso di attacco.",
        &["IRN->ISR 13"],
    );
    expect_roots(
        "en",
        "Beijing threatened on Monday to halt rare earth exports in order to punish Japan for its new export controls.",
        &["CHN->JPN 13"],
    );
}

#[test]
fn a_passive_agent_inside_the_expression_is_the_doer() {
    expect_roots(
        "en",
        "The Rapid Support Forces were accused by Washington on Tuesday of committing genocide in Darfur.",
        &["USA->SDN 11"],
    );
}

#[test]
fn a_capital_acting_is_its_government_and_a_capital_struck_is_a_place() {
    assert_eq!(codes("en", "Moscow accused Washington of escalating the war."), vec!["RUS->USA 1124".to_string()]);
    let acting = code("en", "Moscow accused Washington of escalating the war.");
    assert_eq!(acting[0].source.as_ref().map(|a| a.code.as_str()), Some("RUSGOV"));
    assert_eq!(acting[0].target.as_ref().map(|a| a.code.as_str()), Some("USAGOV"));
    let struck = code("en", "Russia struck Kyiv with drones overnight.");
    assert_eq!(struck[0].target.as_ref().map(|a| a.code.as_str()), Some("UKR"));
    // The host's own seat is where it happened, not a target.
    expect_roots(IT, "Il ministro Tajani ha convocato alla Farnesina l'ambasciatore russo.", &["ITA->RUS 11"]);
}

#[test]
fn a_hostile_act_said_to_come_is_a_threat() {
    expect_roots("en", "Iran said it would attack Israel.", &["IRN->ISR 13"]);
}

#[test]
fn the_not_of_a_refusal_is_the_refusal() {
    expect_roots("en", "Pakistan has refused to recognise the Taliban government.", &["PAK->AFG 12"]);
}

#[test]
fn what_a_speaker_says_another_must_do_is_a_demand_made_of_it() {
    expect_codes("en", "A senior British minister said that Libya must hand over the two suspects.", &["GBR->LBY 100"]);
    // Without a speaker, "must" does not make a demand of anyone.
    expect_no_root("en", "Libya must hand over the two suspects.", "10");
}

#[test]
fn a_state_acting_on_countryless_people_acts_on_its_own() {
    expect_roots(EN, "The Guinean government threatened opposition leaders with arrest.", &["GIN->GIN 13"]);
    expect_roots(IT, "Il governo iraniano ha minacciato i giornalisti di arresto.", &["IRN->IRN 13"]);
    // A country named after the people is theirs.
    expect_roots(EN, "The Guinean government threatened opposition leaders in Mali.", &["GIN->MLI 13"]);
}

#[test]
fn a_coordinated_member_may_carry_one_modifier_after_its_article() {
    expect_roots(
        EN,
        "Guterres urged Sudan's army and the paramilitary Rapid Support Forces to observe a truce.",
        &["IGOUNO->SDN 02", "IGOUNO->SDN 02"],
    );
    expect_roots(
        IT,
        "Il segretario generale dell'Onu ha esortato l'esercito sudanese e le temute Forze di supporto rapido a rispettare la tregua.",
        &["IGOUNO->SDN 02", "IGOUNO->SDN 02"],
    );
}

#[test]
fn an_english_participle_after_a_preposition_or_a_gerund_qualifies_its_noun() {
    expect_no_root(EN, "Colombia turned back two US military planes carrying deported migrants.", "17");
    expect_no_root(EN, "Britain called for the release of jailed journalists in Belarus.", "17");
}

#[test]
fn a_participle_attribute_names_the_doer_of_the_nominal_event() {
    expect_roots(
        IT,
        "Lo sciopero di otto ore proclamato dai sindacati italiani contro il governo ha paralizzato il paese.",
        &["ITA->ITA 14"],
    );
    expect_roots("es", "El ataque perpetrado por Hamás contra Israel dejó cientos de muertos.", &["PSE->ISR 19"]);
    expect_roots("de", "Die von den USA verhängten Sanktionen gegen Iran traten in Kraft.", &["USA->IRN 16"]);
    // A participle that is an event of its own keeps its agent: Qatar brokered the swap, it did
    // not release anyone.
    let swap = roots("fr", "L'Iran a libéré cinq Américains dans le cadre d'un échange de prisonniers négocié par le Qatar.");
    assert!(!swap.iter().any(|e| e.starts_with("QAT->") && e.ends_with(" 08")), "{swap:?}");
}

#[test]
fn a_reported_clause_with_a_dropped_subject_is_the_speakers() {
    expect_codes(IT, "Il governo iraniano ha annunciato che rilascerà i prigionieri britannici.", &["IRN->GBR 0353"]);
    expect_codes("es", "Rusia afirmó que boicoteará la cumbre de la OTAN.", &["RUS->IGOWSTNAT 133"]);
    // A clause with a subject of its own keeps it.
    let own = only(IT, "Il governo iraniano ha annunciato che i ribelli rilasceranno i prigionieri britannici.");
    assert_eq!(own.source.as_ref().map(|a| a.code.as_str()), Some("IRNREB"));
}

#[test]
fn a_date_with_its_preposition_does_not_lengthen_an_expression() {
    expect_codes(
        EN,
        "The Colombian government and the ELN rebels agreed on Friday to a six-month bilateral ceasefire.",
        &["COL->COL 0871", "COL->COL 0871"],
    );
}

#[test]
fn the_german_reported_future_is_announced_not_passive() {
    expect_roots("de", "Der Kreml erklärte, Russland werde die Ukraine angreifen.", &["RUS->UKR 13"]);
}

#[test]
fn a_bare_plural_opening_the_sentence_is_a_title_whose_of_names_the_doer() {
    expect_roots(EN, "Supporters of the Venezuelan opposition attacked the police.", &["VEN->VEN 19"]);
    expect_roots(IT, "Bulldozer dell'esercito israeliano hanno demolito ieri tre case palestinesi.", &["ISR->PSE 17"]);
}

#[test]
fn a_demand_is_made_of_the_subject_of_its_clause_past_a_date_or_a_comma() {
    expect_roots("fr", "La Chine a exigé mardi que les États-Unis cessent leurs provocations.", &["CHN->USA 10"]);
    expect_roots("de", "China hat gefordert, dass die USA ihre Provokationen einstellen.", &["CHN->USA 10"]);
}

#[test]
fn a_name_is_one_word_to_a_gap() {
    expect_roots("fr", "Les États-Unis ont appelé le Premier ministre haïtien Ariel Henry à quitter le pouvoir.", &["USA->HTI 02"]);
}

#[test]
fn troops_or_police_arriving_make_no_visit() {
    expect_no_root(EN, "Hundreds of Kenyan police officers arrived in Haiti on Tuesday.", "04");
    expect_roots(EN, "The Kenyan foreign minister arrived in Haiti on Tuesday.", &["KEN->HTI 04"]);
}

#[test]
fn the_killing_an_attack_caused_is_the_attack() {
    expect_codes(
        EN,
        "Taliban militants bombed a Pakistani police compound in Peshawar on Monday, killing three Afghan refugees.",
        &["AFG->PAK 195"],
    );
}

#[test]
fn a_name_ending_in_ing_is_no_gerund_before_a_participle() {
    expect_roots(EN, "Xi Jinping condemned Japan.", &["CHN->JPN 11"]);
}

#[test]
fn a_possessive_after_and_coordinates_the_counterpart() {
    expect_roots(EN, "The French president and his Chinese counterpart met in Beijing.", &["CHN->FRA 04", "FRA->CHN 04"]);
    expect_roots(IT, "Il presidente francese e il suo omologo cinese si sono incontrati a Pechino.", &["CHN->FRA 04", "FRA->CHN 04"]);
    expect_roots("es", "El presidente de Brasil y su homólogo colombiano se reunieron en Bogotá.", &["BRA->COL 04", "COL->BRA 04"]);
}

#[test]
fn an_agent_after_and_a_possessive_belongs_to_the_first_member() {
    // "their militias" are the RSF's own: Sudanese, not a country-less REB.
    expect_roots(EN, "Chad condemned the Rapid Support Forces and their militias.", &["TCD->SDN 11", "TCD->SDN 11"]);
    expect_roots("es", "Chad condenó a las Fuerzas de Apoyo Rápido y sus milicias.", &["TCD->SDN 11", "TCD->SDN 11"]);
}

#[test]
fn a_place_right_after_a_people_target_is_theirs() {
    // Chad, named later, is not where the people attacked live.
    expect_roots(EN, "Sudanese militias killed civilians in El Fasher, a few hours from the border with Chad.", &["SDN->SDN 19"]);
}

#[test]
fn a_negation_word_the_expression_spells_out_does_not_negate_it() {
    expect_roots(IT, "Il governo italiano ha dichiarato persona non grata l'ambasciatore russo.", &["ITA->RUS 16"]);
    expect_none(IT, "Il governo italiano non ha dichiarato persona non grata l'ambasciatore russo.");
    // Named in a word set, or as the first word of a negation of two ("refused to").
    expect_codes(EN, "Niger's junta said it would not free the French ambassador.", &["NER->FRA 1243"]);
    expect_codes(EN, "Iran refused to meet the American envoy in Oman.", &["IRN->USA 125"]);
}

#[test]
fn an_agent_preposition_right_after_a_nominal_event_names_its_doer() {
    expect_roots("fr", "La Colombie a dénoncé l'expulsion par les États-Unis de migrants colombiens.", &["COL->USA 11", "USA->COL 17"]);
    expect_roots("pt", "A França condenou a anexação da Crimeia pela Rússia.", &["FRA->RUS 11", "RUS->UKR 19"]);
}

#[test]
fn a_verb_right_after_and_shares_the_subject_of_the_sentence_past_a_subordinate_clause() {
    // The subordinate clause has no actor of its own to be the subject of "expulsó".
    expect_roots(
        "es",
        "India rechazó las acusaciones de que agentes del Gobierno indio estuvieran detrás del asesinato y expulsó a un diplomático canadiense.",
        &["IND->- 01", "IND->CAN 16"],
    );
}

#[test]
fn a_verb_coordinated_with_an_announced_one_is_announced_too() {
    assert_eq!(
        codes(EN, "Washington said it will suspend aid to Niger and expel the Nigerien ambassador."),
        ["USA->NER 1311", "USA->NER 1313"]
    );
    assert_eq!(
        codes("pt", "Os Estados Unidos anunciaram que vão suspender a ajuda ao Níger e expulsar o embaixador nigerino."),
        ["USA->NER 1311", "USA->NER 1313"]
    );
}

#[test]
fn without_negates_only_what_it_opens() {
    expect_roots("es", "Rusia lanzó un ataque sin precedentes contra Ucrania.", &["RUS->UKR 19"]);
    expect_no_root("es", "Rusia retiró sus tropas sin atacar a Ucrania.", "19");
    // The meeting happened; the agreement did not.
    expect_roots(IT, "L'incontro tra Putin e Trump si è concluso senza un accordo.", &["RUS->USA 04", "USA->RUS 04"]);
}

#[test]
fn it_before_what_the_act_is_for_is_the_previous_target() {
    expect_roots(
        EN,
        "Mali ordered the UN mission to leave without delay, accusing it of failing to protect civilians.",
        &["MLI->IGOUNO 11", "MLI->IGOUNO 16"],
    );
}

#[test]
fn crowds_of_people_protest_but_do_not_use_force() {
    expect_roots(EN, "Thousands of people marched in Belgrade against the government of President Aleksandar Vucic.", &["SRB->SRB 14"]);
    expect_roots("fr", "Des dizaines de milliers de personnes ont manifesté samedi à Belgrade contre le gouvernement.", &["SRB->SRB 14"]);
    expect_none(EN, "Thousands of people who fled the fighting in Sudan have reached camps in eastern Chad.");
}

#[test]
fn a_curfew_or_a_state_of_emergency_is_imposed_on_the_source_own_country() {
    expect_roots(EN, "Haiti's government declared a 72-hour state of emergency in the capital.", &["HTI->HTI 17"]);
    expect_roots(IT, "Il presidente sudcoreano ha imposto la legge marziale.", &["KOR->KOR 17"]);
    expect_roots("fr", "Le gouvernement a décrété le couvre-feu à Dakar.", &["SEN->SEN 17"]);
    // Imposed abroad, it is on the country where it is imposed.
    expect_roots(EN, "Russia imposed martial law in the occupied regions of Ukraine.", &["RUS->UKR 17"]);
}

/// A mediation named in a manner adjunct of the signing ("con la mediación de") frames the news
/// (CODING-CONVENTIONS 2), as in "after talks brokered by": the agreement is coded, the
/// mediation is not.
#[test]
fn a_mediation_named_in_a_manner_adjunct_frames_the_agreement() {
    expect_roots(
        "es",
        "El Gobierno de Etiopía y los rebeldes del TPLF firmaron un acuerdo de paz con la mediación de la Unión Africana.",
        &["ETH->ETH 05", "ETH->ETH 05"],
    );
}

#[test]
fn an_apology_with_no_addressee_is_made_to_the_country_where_it_is_made() {
    expect_roots(
        IT,
        "Il presidente tedesco ha chiesto perdono durante una visita a Songea, nel sud della Tanzania, per i crimini coloniali.",
        &["DEU->TZA 05"],
    );
    expect_roots("pt", "O Presidente alemão pediu ontem perdão em Varsóvia pelos crimes cometidos durante a guerra.", &["DEU->POL 05"]);
}

/// An act done to someone whose addressee the coder cannot find is not coded; comments on
/// oneself, denials and shows of force stand alone.
#[test]
fn acts_done_to_someone_need_a_target() {
    expect_none(EN, "The French foreign ministry strongly condemned the violence.");
    expect_none(IT, "Il governo francese ha condannato con forza le violenze.");
    expect_none("es", "El Gobierno francés exigió una investigación independiente.");
    expect_roots(EN, "Iran denied any involvement.", &["IRN->- 01"]);
    expect_roots(EN, "North Korea launched a ballistic missile into the sea on Thursday.", &["PRK->- 15"]);
    expect_roots("fr", "L'Iran a démenti toute implication.", &["IRN->- 01"]);
}

/// A protest that names no addressee is against the protesters' own government, an actor that
/// the sentence implies and does not name; protesters of no country protest nobody coded.
#[test]
fn a_protest_with_no_addressee_is_against_the_protesters_government() {
    let protest = only(EN, "Thousands of Kenyan protesters demonstrated against tax increases on Tuesday.");
    assert_eq!(render_code(&protest), "KEN->KEN 1412");
    assert_eq!(protest.target.as_ref().map(|t| t.code.as_str()), Some("KENGOV"));
    let target = protest.target.as_ref().unwrap();
    assert_eq!((target.text.as_str(), target.span), ("", [0, 0]), "implied, not named");
    assert!(target.rules.iter().any(|r| r == "role:protest-against-own-government"));
    expect_roots("es", "Miles de estudiantes chilenos marcharon el jueves en Santiago.", &["CHL->CHL 14"]);
    expect_none(EN, "Thousands of protesters demonstrated against tax increases on Tuesday.");
}

/// What a material act's own preposition introduces is acted on, with or without an article.
#[test]
fn the_object_of_a_material_preposition_is_no_topic() {
    expect_roots(EN, "Iranian forces opened fire on protesters.", &["IRN->IRN 17"]);
    expect_roots(EN, "Iranian forces opened fire on the protesters.", &["IRN->IRN 17"]);
}

/// Insurgents seizing a town of their own country act on it.
#[test]
fn insurgents_take_towns_of_their_own_country() {
    expect_roots(EN, "Congolese M23 rebels seized the city of Goma.", &["COD->COD 19"]);
    expect_codes("es", "Los talibanes tomaron el control de Kabul el domingo.", &["AFG->AFG 192"]);
}

/// Lifting a curfew or an emergency, like imposing one, is done to one's own country.
#[test]
fn restrictions_lifted_at_home_target_the_own_country() {
    expect_codes(EN, "Bangladesh's army lifted the nationwide curfew on Tuesday.", &["BGD->BGD 0813"]);
    expect_codes("es", "El Gobierno sudanés levantó el domingo el estado de emergencia en Darfur.", &["SDN->SDN 0814"]);
}

/// A country-less agent with its adjective, then the names of those it is: the names.
#[test]
fn an_apposition_names_the_agent() {
    expect_roots(
        "fr",
        "Le chef de l'ONU a exhorté dimanche les deux généraux rivaux, Abdel Fattah al-Burhane et Mohamed Hamdane Daglo, à cesser les combats.",
        &["IGOUNO->SDN 02", "IGOUNO->SDN 02"],
    );
}

/// In German a participle before "und" closes its verb bracket: the expression of the first
/// verb does not reach into the second clause, whose demand, sharing the subject and naming no
/// one, is made of the first verb's target.
#[test]
fn a_german_participle_before_und_closes_the_bracket() {
    expect_codes(
        "de",
        "Die EU hat Russland verurteilt und einen Waffenstillstand gefordert.",
        &["IGOEUREEC->RUS 1056", "IGOEUREEC->RUS 111"],
    );
}

/// People named by their demonym are arrested, not a territory taken.
#[test]
fn arresting_people_named_by_their_demonym_is_an_arrest() {
    expect_codes(IT, "Israele ha arrestato venti palestinesi in Cisgiordania.", &["ISR->PSE 173"]);
    expect_codes(EN, "Rebels captured Goma.", &["COD->COD 192"]);
}

/// A fronted prepositional adjunct and its comma do not hide the title whose `of` names the
/// one who acts.
#[test]
fn a_fronted_adjunct_keeps_the_titled_subject() {
    expect_roots("es", "En una carta abierta, la misión de la ONU protestó contra el Gobierno de Haití.", &["IGOUNO->HTI 14"]);
    expect_roots(IT, "In una nota, il segretario generale della Nato ha condannato l'attacco della Russia.", &["IGOWSTNAT->RUS 11"]);
}

/// A demonym before an organisation's name belongs to it, and a member with its article and
/// modifiers is still coordinated: the symmetric event codes both directions.
#[test]
fn a_member_named_with_its_demonym_and_modifiers_is_coordinated() {
    expect_roots(
        "es",
        "Israel y el movimiento chií libanés Hezbolá acordaron el martes un alto el fuego.",
        &["ISR->LBN 08", "LBN->ISR 08"],
    );
}

/// Arriving somewhere is a visit for an official, not for exiles, migrants or freed prisoners.
#[test]
fn an_arrival_is_a_visit_only_for_an_official() {
    expect_roots(EN, "Indian Prime Minister Narendra Modi arrived in Moscow on Monday.", &["IND->RUS 04"]);
    expect_none(EN, "Hundreds of Afghan refugees arrived in Germany on Monday.");
    expect_none("es", "El opositor venezolano Edmundo González llegó ayer a Madrid tras recibir asilo.");
}

/// The French conditional is announced in reported speech and asserted in the press's own claim.
#[test]
fn the_french_conditional_is_announced_only_in_reported_speech() {
    expect_codes("fr", "Le président a annoncé que la France livrerait des chars à l'Ukraine.", &["FRA->UKR 0332"]);
    expect_codes("fr", "Selon Washington, l'Iran livrerait des drones à la Russie.", &["IRN->RUS 072"]);
}

/// A preposition repeated before the second member, each with its article, coordinates them.
#[test]
fn a_preposition_repeated_past_the_article_coordinates() {
    expect_roots(
        IT,
        "Il presidente americano ha avuto ieri colloqui telefonici con il premier indiano e con il primo ministro pachistano.",
        &["USA->IND 04", "USA->PAK 04"],
    );
}

/// A gerund shares the subject of the verb it follows, not of a noun in that verb's object.
#[test]
fn a_gerund_shares_the_subject_of_a_verb_not_of_a_noun() {
    expect_roots(
        "fr",
        "Le président azerbaïdjanais a décliné l'invitation à une rencontre avec le Premier ministre arménien, reprochant à la France son soutien.",
        &["AZE->ARM 12", "AZE->FRA 11"],
    );
}

/// A country and its government named for one actor ("the presidents of Brazil and Colombia,
/// Lula and Petro") are one source: the bare country says less.
#[test]
fn a_bare_country_and_its_government_in_one_event_are_one_actor() {
    expect_codes(
        "de",
        "Die Präsidenten Brasiliens und Kolumbiens, Lula und Petro, haben am Montag Venezuela zu Neuwahlen aufgerufen.",
        &["BRA->VEN 0241", "COL->VEN 0241"],
    );
}

/// French "de" before a plural adjective opens the subject as its article, not a preposition; a
/// name after it is a place ("De Paris à Berlin, ...").
#[test]
fn an_opening_de_is_the_article_of_the_subject() {
    expect_roots("fr", "De hauts responsables hongrois et roumains sont convenus mercredi de coopérer.", &["HUN->ROU 03", "ROU->HUN 03"]);
    expect_roots("fr", "De jeunes Algériens ont bloqué mardi la route nationale pour protester contre le gouvernement.", &["DZA->DZA 14"]);
}

/// A manner adverb or phrase between a passive participle and its agent does not hide the agent.
#[test]
fn a_manner_phrase_does_not_hide_the_passive_agent() {
    expect_roots(IT, "Il presidente sudcoreano è stato criticato con durezza dal governo giapponese.", &["JPN->KOR 11"]);
}

/// German perfect passive: "ist ... festgenommen worden" is a passive like "wurde ... festgenommen".
#[test]
fn a_german_perfect_passive_is_a_passive() {
    expect_roots("de", "Der Journalist ist am Montag von der russischen Polizei festgenommen worden.", &["RUS->RUS 17"]);
}

/// Police who open fire on protesters, "killing dozens": the killing is what the force did.
#[test]
fn killing_after_opening_fire_on_protesters_restates_it() {
    expect_roots(EN, "Police opened fire on protesters in Nairobi on Tuesday, killing dozens of people.", &["KEN->KEN 17"]);
}

/// A nominal event whose clause denies it did not happen.
#[test]
fn a_nominal_event_in_a_negated_clause_is_not_coded() {
    expect_none("fr", "Pour l'heure, aucune date n'est arrêtée pour de nouveaux pourparlers entre Bamako et les rebelles touareg.");
    expect_none("de", "Ein Treffen zwischen Putin und Selenskyj ist derzeit nicht geplant.");
}

/// Where a state sends those it expels is no target; the expelled are, and migrants it deports
/// are not its own people.
#[test]
fn the_destination_of_an_expulsion_is_not_its_target() {
    expect_codes(IT, "La Grecia ha espulso verso la Turchia un gruppo di richiedenti asilo siriani.", &["GRC->SYR 174"]);
    expect_codes("es", "Marruecos deportó el martes hacia Senegal a un grupo de sindicalistas marroquíes.", &["MAR->MAR 174"]);
    expect_codes(EN, "Mexico deported a group of Cuban migrants to Guatemala last week, rights groups said.", &["MEX->CUB 174"]);
    expect_codes(
        "de",
        "Die belarussische Regierung hat 40 politische Gefangene nach Litauen abgeschoben und ihnen die belarussische Staatsbürgerschaft entzogen.",
        &["BLR->BLR 174"],
    );
}

/// Those deported, when no actor names them, are most often sent home: the destination stands
/// for them.
#[test]
fn unnamed_deportees_are_of_the_country_they_are_sent_to() {
    expect_codes(EN, "Pakistan deported two men to Afghanistan over the weekend.", &["PAK->AFG 174"]);
}

/// Talks brokered "after" or "at the end of" which a deal was signed frame the news: the
/// mediation is not coded. A swap "mediated by" a third country is the news itself.
#[test]
fn mediation_in_a_framing_adjunct_is_not_coded() {
    expect_codes(
        EN,
        "Armenia and Azerbaijan signed a border demarcation accord in Tbilisi after weeks of talks brokered by Georgia.",
        &["ARM->AZE 057", "AZE->ARM 057"],
    );
    expect_codes(
        IT,
        "Il governo filippino e i ribelli moro hanno firmato un'intesa a Kuala Lumpur al termine di tre anni di negoziati mediati dalla Malesia.",
        &["PHL->PHL 057", "PHL->PHL 057"],
    );
    expect_codes(
        "fr",
        "Le Tchad et le Soudan ont signé un accord frontalier à Doha au terme de deux semaines de pourparlers sous l'égide du Qatar.",
        &["SDN->TCD 057", "TCD->SDN 057"],
    );
    expect_codes(
        EN,
        "Serbia and Kosovo exchanged detainees on Friday in a swap mediated by Hungary.",
        &["HUN->KSV 045", "HUN->SRB 045", "KSV->SRB 0841", "SRB->KSV 0841"],
    );
}

/// A crowd named by its nationality that takes to the streets and names no addressee protests
/// against its own government, as protesters or unions do.
#[test]
fn a_crowd_named_by_its_nationality_protests_against_its_government() {
    expect_codes(EN, "Thousands of Bolivians took to the streets of La Paz on Monday.", &["BOL->BOL 141"]);
    expect_codes("es", "Miles de paraguayos salieron el sábado a las calles de Asunción.", &["PRY->PRY 141"]);
}

/// "le Rwanda, qu'il accuse de ...": an object relative with a pronoun subject of its own stands
/// for the target, whatever the accusation says after it; the pronoun is whoever opens the
/// sentence, even when the main clause codes no event.
#[test]
fn an_object_relative_with_a_pronoun_subject_is_the_target() {
    expect_codes(
        "fr",
        "Le président congolais a durci le ton contre le Rwanda, qu'il accuse d'héberger les rebelles du M23.",
        &["COD->RWA 112"],
    );
    expect_codes(
        "es",
        "El presidente argentino arremetió contra el Gobierno de Bolivia, al que acusa de proteger a los narcotraficantes.",
        &["ARG->BOL 111", "ARG->BOL 112"],
    );
    // "a la que": the article between the object marker and the relative.
    expect_roots(
        "es",
        "Malí rompió sus relaciones con Costa de Marfil, a la que acusa de querer desestabilizar al país.",
        &["MLI->CIV 11", "MLI->CIV 16"],
    );
}

/// The press's anonymity idiom holds an appeal's words and is no appeal: `explain` says which
/// lexicon entry lists it as none.
#[test]
fn asking_not_to_be_named_is_no_appeal() {
    for (lang, text) in [
        (IT, "Il Cairo ha richiamato il suo ambasciatore in Etiopia, ha riferito un diplomatico egiziano che ha chiesto di non essere identificato."),
        ("es", "Un alto funcionario peruano, que pidió no ser identificado, confirmó que Lima había expulsado a dos diplomáticos bolivianos."),
    ] {
        let doc = Document::new("behaviour", text).with_language(lang).with_date(day(PUB));
        let trace = dyad_coder::explain(coder(), &doc).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert!(trace.contains("a wording the lexicon lists as no event"), "{text:?}:\n{trace}");
        assert!(code(lang, text).iter().all(|e| !e.event_code.starts_with("02")), "{text:?}");
    }
}

/// A participle that qualifies a noun with quoted words ("un gesto bollato come «sconsiderato»
/// da ...") still takes its agent after the quotation: the agent is the source.
#[test]
fn a_quoted_qualification_stands_between_a_participle_and_its_agent() {
    expect_roots(
        IT,
        "Il Venezuela ha chiuso lo spazio aereo ai voli colombiani, una misura bollata come «arbitraria» dal governo di Bogotà.",
        &["COL->VEN 11", "VEN->COL 16"],
    );
    expect_roots(
        EN,
        "Pakistan expelled two Afghan diplomats on Monday, a step condemned as \"hostile\" by the Taliban government in Kabul.",
        &["AFG->PAK 11", "PAK->AFG 16"],
    );
}

/// A criticism verb in the attribution slot that closes the sentence ("..., ha denunciato
/// Manila.") is the speaker's criticism of whoever did what the sentence reports.
#[test]
fn a_closing_criticism_is_the_speakers() {
    expect_roots(
        IT,
        "La Cina ha sequestrato lunedì due pescherecci vietnamiti nelle isole Paracel, ha denunciato Hanoi.",
        &["CHN->VNM 17", "VNM->CHN 11"],
    );
    expect_roots(
        "fr",
        "Des soldats érythréens ont arrêté trois journalistes éthiopiens près de la frontière, a dénoncé mardi Addis-Abeba.",
        &["ERI->ETH 17", "ETH->ERI 11"],
    );
}

/// A reaction in an apposition on the noun of the move ("une peine aussitôt fustigée par
/// Ottawa", past an adverb; "a verdict swiftly condemned by") targets whoever did the move, not
/// the nearest actor.
#[test]
fn a_reaction_past_an_adverb_targets_the_doer_of_the_move() {
    expect_roots(
        "fr",
        "Un tribunal de Téhéran a condamné samedi un journaliste canadien à huit ans de prison pour espionnage, une peine aussitôt fustigée par Ottawa.",
        &["CAN->IRN 11", "IRN->CAN 17"],
    );
    expect_roots(
        IT,
        "La Serbia ha espulso tre diplomatici croati, una decisione duramente contestata da Zagabria.",
        &["HRV->SRB 11", "SRB->HRV 16"],
    );
}

/// German writes the day of a date as an ordinal with a full stop ("am 3. Mai"): it ends no
/// sentence, and the verb bracket reaches over it.
#[test]
fn a_german_ordinal_date_ends_no_sentence() {
    expect_roots("de", "Russland hat in der Nacht zum 3. Mai die ukrainische Hafenstadt Odessa mit Drohnen angegriffen.", &["RUS->UKR 19"]);
}

/// An institution with no country of its own, placed in a capital ("das Außenministerium in
/// Ankara"), is that country's; one's own envoy placed abroad is not the host's.
#[test]
fn an_institution_in_a_capital_is_that_countrys() {
    expect_roots(
        "de",
        "Griechenland hat die Grenze zur Türkei geschlossen, was das Außenministerium in Ankara scharf verurteilte.",
        &["GRC->TUR 19", "TUR->GRC 11"],
    );
}

/// A participle set off by a comma after a person ("du blogueur Paul Roy, condamné ... par un
/// tribunal de Téhéran") is done to that person; its doer is only its `par`/`da`/`por` agent,
/// found past the last word of its complement ("prison ferme par"), never the main clause's
/// subject. The release is demanded of the court's country, which holds him.
#[test]
fn an_apposed_participle_is_done_to_the_person_before_it() {
    for (lang, text) in [
        ("fr", "Ottawa a réclamé mardi la libération du blogueur canadien Paul Roy, condamné la semaine dernière à dix ans de prison ferme par un tribunal de Téhéran."),
        (IT, "Ottawa ha chiesto martedì il rilascio del blogger canadese Paul Roy, condannato la settimana scorsa a dieci anni di carcere duro da un tribunale di Teheran."),
        ("es", "Ottawa reclamó el martes la liberación del bloguero canadiense Paul Roy, condenado la semana pasada a diez años de cárcel efectiva por un tribunal de Teherán."),
    ] {
        expect_roots(lang, text, &["CAN->IRN 10", "IRN->CAN 17"]);
    }
}

/// After a state's name, a plural participle set off by a comma qualifies another noun: in "les
/// déclarations ... sur la Corée du Nord, jugées « dangereuses » par Séoul" the declarations
/// are judged, not North Korea.
#[test]
fn a_plural_participle_after_a_state_qualifies_another_noun() {
    let events = codes(
        "fr",
        "Séoul a protesté jeudi contre les déclarations du ministre japonais de la Défense sur la Corée du Nord, jugées « dangereuses » par la diplomatie sud-coréenne.",
    );
    assert!(!events.iter().any(|e| e.contains("->PRK")), "{events:?}");
}

/// A participle between a preposition or an article and its noun is an adjective in the Romance
/// languages too ("all'indomani della contestata vittoria"): no event of its own.
#[test]
fn a_romance_participle_before_its_noun_is_no_event() {
    expect_roots(
        IT,
        "Migliaia di oppositori hanno manifestato domenica a Maputo contro la Frelimo, all'indomani della contestata vittoria del partito di governo.",
        &["MOZ->MOZ 14"],
    );
}

/// A reaction to "a move" the lexicon does not code ("sacked his entire cabinet, a move the
/// opposition denounced") targets the actor that opens the sentence; not when a passive made that
/// actor the one the move was done to.
#[test]
fn a_reaction_to_an_uncoded_move_targets_the_opening_actor() {
    expect_roots(
        EN,
        "Kenya's president sacked his entire cabinet on Thursday, a move the main opposition party denounced as a ploy.",
        &["KEN->KEN 11"],
    );
    expect_roots(
        "fr",
        "Le gouvernement tunisien a dissous le conseil supérieur de la magistrature, une décision que l'Union européenne a qualifiée de grave recul.",
        &["IGOEUREEC->TUN 11"],
    );
    expect_none(EN, "Two journalists were detained in Minsk on Friday, a move the European Union condemned as intimidation.");
    // The attribution between the move and the reaction tells no move of its own.
    expect_roots(
        EN,
        "Pakistan tripled visa fees for Afghan traders, the interior minister announced on Tuesday, a decision the Afghan government called unacceptable.",
        &["AFG->PAK 11"],
    );
}

/// An institution placed in a country ("die Staatsanwaltschaft in Peru") is that country's, as
/// one placed in its capital is.
#[test]
fn an_institution_in_a_country_is_that_countrys() {
    expect_codes(
        "de",
        "Die Staatsanwaltschaft in Peru hat die Auflösung der Partei Fuerza Popular beantragt, was die Europäische Union als bedenklich kritisierte.",
        &["IGOEUREEC->PER 111"],
    );
}

/// "..., with whom he signed a deal", "..., con quien firmó un acuerdo": the antecedent of the
/// comitative relative is the partner, the actor of the main clause the doer.
#[test]
fn a_comitative_relative_names_the_partner() {
    for (lang, text) in [
        (EN, "The Kenyan president hosted his Ugandan counterpart, with whom he signed a pipeline deal."),
        ("es", "El presidente chileno recibió el jueves a su homólogo argentino, con quien firmó un acuerdo de cooperación energética."),
        (IT, "Il premier giapponese ha ricevuto il presidente filippino, con il quale ha firmato un accordo di difesa."),
        ("fr", "Le président sénégalais a reçu son homologue mauritanien, avec qui il a signé un accord gazier."),
    ] {
        let events = codes(lang, text);
        assert_eq!(events.iter().filter(|e| e.ends_with(" 057")).count(), 1, "{text:?}: {events:?}");
        let signing = events.iter().find(|e| e.ends_with(" 057")).cloned().unwrap_or_default();
        let hosting = events.iter().find(|e| e.ends_with(" 043")).cloned().unwrap_or_default();
        assert_eq!(signing.replace(" 057", ""), hosting.replace(" 043", ""), "{text:?}: {events:?}");
    }
}

/// Talks held during a visit are an event of their own, not the visit told again.
#[test]
fn talks_during_a_visit_are_their_own_event() {
    expect_codes(
        IT,
        "Il presidente keniano ha ricevuto a Nairobi l'omologo tanzaniano, con il quale ha discusso della crisi nella regione dei Grandi Laghi.",
        &["KEN->TZA 040", "KEN->TZA 043"],
    );
}

/// ", e la polizia li ha dispersi": the comma and the conjunction open a new clause whose subject
/// is the police (not a second target of the protest), and force used on "them" after a protest
/// is used on the protesters.
#[test]
fn force_on_them_after_a_protest_is_used_on_the_protesters() {
    let events = code(
        IT,
        "Centinaia di studenti hanno manifestato davanti al ministero dell'Istruzione a Dacca, e la polizia li ha dispersi con gas lacrimogeni.",
    );
    let actors: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e.source.as_ref().map_or("-", |a| a.code.as_str()),
                e.target.as_ref().map_or("-", |a| a.code.as_str()),
                e.event_code
            )
        })
        .collect();
    assert!(actors.contains(&"BGDCOP BGDEDU 175".to_string()), "{actors:?}");
    assert!(!actors.iter().any(|a| a.starts_with("BGDEDU BGDCOP")), "{actors:?}");
}

/// "... al confine con la Finlandia, e Helsinki le ha condannate": a pronoun object that would
/// stand for the subject's own state stands for the move done to it; the reaction targets its doer.
#[test]
fn a_pronoun_for_the_move_done_to_the_subject_targets_its_doer() {
    expect_roots(
        IT,
        "La Russia ha schierato nuove truppe al confine con la Finlandia, e Helsinki le ha condannate come una provocazione.",
        &["FIN->RUS 11", "RUS->FIN 15"],
    );
}

/// "le critiche di Bruxelles, che ha minacciato": after an event's noun, the relative pronoun set
/// off by a comma stands for the actor who owns the event, not for the noun.
#[test]
fn a_relative_after_an_events_owner_stands_for_the_owner() {
    expect_roots(
        IT,
        "Il governo ungherese ha respinto le critiche di Bruxelles, che ha minacciato di congelare i fondi europei destinati all'Ungheria.",
        &["HUN->IGOEUREEC 05", "IGOEUREEC->HUN 13"],
    );
    expect_roots(
        "es",
        "El Gobierno nicaragüense rechazó las críticas de la ONU, que lo acusó de reprimir las protestas.",
        &["IGOUNO->NIC 11", "NIC->IGOUNO 05"],
    );
}

/// "..., una sentenza che Washington ha bollato": a state that does another of the sentence's
/// events is not where the people acted on come from.
#[test]
fn a_state_reacting_later_does_not_give_the_target_its_country() {
    expect_roots(
        IT,
        "Un tribunale di Minsk ha condannato giovedì dodici attivisti a pene fino a otto anni, una sentenza che Varsavia ha definito una farsa.",
        &["BLR->BLR 17", "POL->BLR 11"],
    );
    expect_roots(
        "en",
        "A court in Tunis jailed nine activists for up to five years on Monday, a ruling that Paris condemned as a blow to free speech.",
        &["FRA->TUN 11", "TUN->TUN 17"],
    );
}

/// "A and B broke off relations with C": "with" right after a mutual expression names the other
/// side, and the coordinated subject does not act on itself.
#[test]
fn with_after_a_mutual_expression_names_the_other_side() {
    expect_roots(
        IT,
        "Il Niger e il Burkina Faso hanno deciso martedì la sospensione delle relazioni diplomatiche con la Costa d'Avorio.",
        &["BFA->CIV 16", "NER->CIV 16"],
    );
    expect_roots("en", "Mali and Niger signed a defence pact with Russia on Thursday.", &["MLI->RUS 05", "NER->RUS 05"]);
}

/// "Un tribunal a condamné le journaliste ... à sept ans", "el Tribunal Europeo condenó a
/// Rusia": a court that condemns rules: it sentences people and finds states liable.
#[test]
fn a_court_that_condemns_sentences_people_and_finds_states_liable() {
    expect_codes(
        "fr",
        "Un tribunal d'Alger a condamné mardi le journaliste Ihsane El Kadi, en détention depuis décembre, à sept ans de prison.",
        &["DZA->DZA 173"],
    );
    expect_codes(
        "es",
        "El Tribunal Europeo de Derechos Humanos condenó el jueves a Rusia por la muerte de un opositor en prisión.",
        &["IGOEURCOEJUD->RUS 116"],
    );
}

/// "criticata dall'Alto commissariato dell'Onu", "condemned by the special rapporteur of the
/// United Nations": a title before "of" and an organisation is the passive's agent.
#[test]
fn a_title_of_an_organisation_is_a_passive_agent() {
    expect_roots(
        IT,
        "Il governo ungherese ha approvato lunedì una legge sulle ong, duramente criticata dall'Alto commissariato dell'Onu.",
        &["IGOUNO->HUN 11"],
    );
    expect_roots(
        "en",
        "The Hungarian government passed a law on charities on Monday, a law condemned by the special rapporteur of the United Nations.",
        &["IGOUNO->HUN 11"],
    );
}

/// "Le relazioni tra Roma e Parigi restano tese, osservano i diplomatici": a "between" group
/// earlier in the sentence is the sides only of a mutual expression; a reporting verb never
/// speaks for it.
#[test]
fn a_between_group_is_not_the_speaker_of_a_later_comment() {
    expect_none(IT, "Le relazioni tra Roma e Parigi restano tese da mesi, osservano diversi diplomatici europei.");
    expect_none("es", "Las relaciones entre Lima y Bogotá siguen congeladas, señalan varios analistas de la región.");
}

/// "non intende per il momento espellere": the verb group that says an act is only intended
/// reaches past an adverbial phrase.
#[test]
fn an_intention_reaches_past_an_adverbial_phrase() {
    expect_none(IT, "Il governo greco non intende per il momento espellere l'ambasciatore turco, ha detto il portavoce.");
    // It does not reach past a verb and its object: the seizure is no content of the demand.
    let text = "Russia said on Tuesday that Sudan must return a Mi-26 helicopter seized last week by the Sudanese authorities.";
    let seizure_demanded = code("en", text).iter().any(|e| e.event_code == "100" && e.trigger.text.contains("seized"));
    assert!(!seizure_demanded, "{text:?}");
    // A date between the intention and its infinitive is no verb the act is embedded under.
    expect_codes("fr", "Paris s'est engagé jeudi à fournir à l'Ukraine des canons Caesar.", &["FRA->UKR 0332"]);
}

/// "Sei diplomatici britannici sono stati espulsi da Mosca": expelling diplomats, in any wording,
/// reduces relations (161).
#[test]
fn expelled_diplomats_are_a_reduction_of_relations() {
    expect_codes(IT, "Sei diplomatici britannici sono stati espulsi da Mosca, ha annunciato venerdì l'Fsb.", &["RUS->GBR 161"]);
    expect_codes("en", "Six British diplomats were expelled by Moscow on Friday, the FSB said.", &["RUS->GBR 161"]);
}

/// "Nessuno dei giornalisti è stato arrestato", "None of the journalists was arrested": a subject
/// that is none of the actors denies the event.
#[test]
fn a_subject_that_is_none_of_the_actors_denies_the_event() {
    expect_none(IT, "Nessuno dei giornalisti georgiani è stato arrestato dalla polizia russa, ha assicurato il ministero.");
    expect_none("en", "None of the Georgian journalists was arrested by the Russian police, the ministry said.");
}

/// "erklärte, Schweden müsse ... beschleunigen": what a speaker says an actor must do is a demand
/// of that actor, also when the act itself is not coded.
#[test]
fn what_a_speaker_says_an_actor_must_do_is_a_demand() {
    expect_codes(
        "de",
        "Die Türkei erklärte am Montag, Schweden müsse die Auslieferung kurdischer Aktivisten beschleunigen.",
        &["TUR->SWE 100"],
    );
    expect_codes(IT, "La Francia ha dichiarato martedì che l'Algeria deve riprendere i propri cittadini espulsi.", &["FRA->DZA 100"]);
}

/// "... and the UN chief urged both sides to halt the fighting": "both sides" stands for the last
/// coordinated actors named before it.
#[test]
fn both_sides_stands_for_the_last_coordinated_actors() {
    let en = roots("en", "Thai and Cambodian troops traded artillery fire along the border on Sunday, and the UN chief urged both sides to halt the fighting.");
    assert!(en.contains(&"IGOUNO->THA 02".to_string()) && en.contains(&"IGOUNO->KHM 02".to_string()), "{en:?}");
    let it = roots(IT, "Le truppe di Armenia e Azerbaigian si sono scontrate domenica al confine, e l'Onu ha esortato entrambe le parti a cessare i combattimenti.");
    assert!(it.contains(&"IGOUNO->ARM 02".to_string()) && it.contains(&"IGOUNO->AZE 02".to_string()), "{it:?}");
}

/// "L'Arabie saoudite, dont le prince héritier ..., a été critiquée": a possessive relative set
/// off by commas is a clause of its own, and the main verb's subject is its antecedent.
#[test]
fn a_possessive_relative_does_not_hide_the_main_subject() {
    expect_codes(
        "fr",
        "Le Nicaragua, dont le président Daniel Ortega dirige le pays depuis 2007, a été condamné jeudi par le Costa Rica.",
        &["CRI->NIC 111"],
    );
    expect_codes(
        IT,
        "Il Nicaragua, il cui presidente Daniel Ortega guida il paese dal 2007, è stato condannato giovedì dal Costa Rica.",
        &["CRI->NIC 111"],
    );
    expect_codes(
        "es",
        "Nicaragua, cuyo presidente Daniel Ortega gobierna el país desde 2007, fue condenada el jueves por Costa Rica.",
        &["CRI->NIC 111"],
    );
}

/// "dénoncé par Londres et Washington": two states doing the same event together do not give
/// each other's country to a target that has none.
#[test]
fn co_doers_do_not_lend_their_country_to_the_target() {
    let fr =
        roots("fr", "Le procès des militants, organisé à huis clos par les forces de sécurité, a été dénoncé par Londres et Washington.");
    assert!(!fr.iter().any(|e| e.starts_with("GBR->USA") || e.starts_with("USA->GBR")), "{fr:?}");
    assert!(!fr.is_empty(), "{fr:?}");
}

/// "..., ce que le Rwanda dément": a denial that names no one answers the sentence's accusation,
/// and targets the accuser.
#[test]
fn a_denial_answers_the_sentences_accuser() {
    let it = codes(
        IT,
        "Il Marocco ha accusato lunedì l'Algeria di finanziare i separatisti del Polisario, cosa che Algeri ha smentito con decisione.",
    );
    assert!(it.contains(&"DZA->MAR 016".to_string()), "{it:?}");
    let fr = codes("fr", "Le Soudan a accusé jeudi le Tchad d'armer les paramilitaires, ce que N'Djamena a aussitôt démenti.");
    assert!(fr.iter().any(|e| e.starts_with("TCD") && e.ends_with("->SDN 016")), "{fr:?}");
}

/// ", a dénoncé jeudi Kinshasa, qui a rappelé ...": a relative clause on the closing critic does
/// not stop it from being the speaker of the criticism.
#[test]
fn a_closing_critic_may_carry_a_relative_clause() {
    let fr = roots(
        "fr",
        "Des soldats rwandais ont franchi la frontière et tué deux civils congolais, a dénoncé jeudi Kinshasa, qui a rappelé son ambassadeur à Kigali.",
    );
    assert!(fr.iter().any(|e| e.starts_with("COD->RWA 11")), "{fr:?}");
    assert!(!fr.iter().any(|e| e.starts_with("RWA->COD 11")), "{fr:?}");
    let es = roots(
        "es",
        "Militares venezolanos detuvieron a tres pescadores colombianos cerca de la frontera, denunció el martes Bogotá, que convocó al embajador de Venezuela.",
    );
    assert!(es.iter().any(|e| e.starts_with("COL->VEN 11")), "{es:?}");
    assert!(!es.iter().any(|e| e.starts_with("VEN->COL 11")), "{es:?}");
}

/// "une mission qualifiée par Athènes de « provocation »": a participle with no auxiliary whose
/// expression spans its `par` agent is a passive; the agent is the critic.
#[test]
fn an_agent_inside_a_qualifying_participle_is_its_doer() {
    expect_roots(
        "fr",
        "La Turquie a envoyé un navire de forage au large de Chypre, une mission qualifiée par Athènes de « provocation ».",
        &["GRC->TUR 11", "TUR->CYP 15"],
    );
}

/// ", au terme d'un procès dénoncé par Paris": a reaction to the noun of the move, behind a short
/// prepositional lead, targets whoever made the move.
#[test]
fn a_reaction_behind_a_prepositional_lead_targets_the_mover() {
    let fr = roots(
        "fr",
        "Un tribunal de Bakou a condamné lundi un journaliste d'opposition à neuf ans de prison, au terme d'un procès dénoncé par Paris.",
    );
    assert!(fr.contains(&"FRA->AZE 11".to_string()), "{fr:?}");
}

/// "una decisión que el canciller costarricense, Arnoldo Rivera, calificó": the commas inside a
/// relative clause may only set off its subject's name, even one the lexicon does not know.
#[test]
fn an_unknown_name_set_off_in_a_relative_clause_keeps_its_subject() {
    expect_roots(
        "es",
        "Nicaragua expulsó el martes al embajador de Costa Rica, una decisión que el canciller costarricense, Arnoldo Rivera, calificó de 'atropello'.",
        &["CRI->NIC 11", "NIC->CRI 16"],
    );
    expect_roots(
        "pt",
        "A Venezuela expulsou na terça-feira o embaixador do Brasil, uma decisão que o chanceler brasileiro, Paulo Vieira, criticou duramente.",
        &["BRA->VEN 11", "VEN->BRA 16"],
    );
}

/// "desplegó cientos de soldados y vehículos blindados a lo largo de su frontera con Haití": a
/// force posture names its forces first and where they go after, further along its phrase; a
/// phrase of its own after a comma is not that place.
#[test]
fn a_force_posture_reaches_past_its_forces_to_where_they_go() {
    expect_roots(
        "es",
        "La República Dominicana desplegó el viernes cientos de soldados y vehículos blindados a lo largo de su frontera con Haití.",
        &["DOM->HTI 15"],
    );
    expect_roots(
        "en",
        "French and Egyptian warships on Monday launched ten days of naval exercises in the Mediterranean, expected to be joined later by Italian and German frigates.",
        &["EGY->- 15", "FRA->- 15"],
    );
}

/// "Ayuso arremetió contra Sánchez": two people named by name are two actors even when they hold
/// the same kind of office in one country.
#[test]
fn two_named_people_of_one_government_are_two_actors() {
    let es = roots_on("es", "2024-03-04", "Isabel Díaz Ayuso arremetió el lunes contra Pedro Sánchez por la amnistía.");
    assert_eq!(es, vec!["ESP->ESP 11".to_string()]);
}

/// "la sospensione di tutti gli aiuti militari all'Ucraina, ordinata dal presidente", "the release
/// of 95 prisoners of war by Russia": past an object that names no doer, a plain participle's
/// agent or a `by` of the nominal's own still names its doer.
#[test]
fn a_nominal_event_finds_its_doer_past_its_object() {
    let it = roots_on(
        "it",
        "2025-03-04",
        "La sospensione di tutti gli aiuti militari all'Ucraina, ordinata lunedì dal presidente Donald Trump, ha sorpreso gli alleati.",
    );
    assert!(it.contains(&"USA->UKR 16".to_string()), "{it:?}");
    let en = roots("en", "Kyiv welcomed the release of 95 Ukrainian prisoners of war by Russia on Friday.");
    assert!(en.contains(&"RUS->UKR 08".to_string()), "{en:?}");
    // A participle that only qualifies the object ends the search: no doer from a later clause.
    let pt = roots(
        "pt",
        "Os ministros aprovaram o congelamento de fundos destinados à Hungria, por considerarem insuficientes as reformas adotadas por Budapeste.",
    );
    assert!(!pt.iter().any(|e| e.starts_with("HUN->HUN")), "{pt:?}");
}

/// "ordenada por la junta de Uagadugú": a part that no entry knows, named with its country, acts
/// for it as the doer of the nominal event before it; a street of a capital is only where
/// ("desfilaram pelas ruas de Lisboa").
#[test]
fn a_part_of_a_country_named_after_a_participle_is_the_nominal_doer() {
    let es = codes("es", "La expulsión de dos diplomáticos belgas, ordenada el martes por la junta de Uagadugú, sorprendió a Bruselas.");
    assert!(es.iter().any(|e| e.starts_with("BFA->BEL 16")), "{es:?}");
    let it = codes("it", "L'espulsione di due diplomatici belgi, decisa martedì dalla giunta di Ouagadougou, ha sorpreso Bruxelles.");
    assert!(it.iter().any(|e| e.starts_with("BFA->BEL 16")), "{it:?}");
    let pt = codes("pt", "Milhares de manifestantes desfilaram no sábado pelas ruas de Lisboa contra o governo.");
    assert!(pt.iter().any(|e| e.starts_with("PRT->PRT 141")), "{pt:?}");
}

/// "the ambassador of the European Union", "el embajador de la Unión Europea": an agent of a state
/// or an international body across "of the" is that body's.
#[test]
fn an_agent_of_an_international_body_across_of_the_is_the_bodys() {
    expect_codes("es", "El Gobierno de Nicaragua expulsó el martes al embajador de la Unión Europea.", &["NIC->IGOEUREEC 161"]);
    expect_codes("en", "Nicaragua expelled the ambassador of the European Union on Tuesday.", &["NIC->IGOEUREEC 161"]);
}

/// "threatened to walk out of the talks if Serbia ...", "drohte, ..., falls Griechenland ...": a
/// threat with no other addressee is made to the subject of its condition; the bare "threatened"
/// that governs the threatened act is not coded a second time.
#[test]
fn a_threat_is_made_to_the_subject_of_its_condition() {
    expect_roots(
        "en",
        "Kosovo threatened on Monday to walk out of the talks in Brussels if Serbia refused to recognise its passports.",
        &["KSV->SRB 13"],
    );
    expect_roots(
        "de",
        "Die Türkei drohte am Montag, die Gespräche abzubrechen, falls Griechenland Kriegsschiffe in die Ägäis entsendet.",
        &["TUR->GRC 13"],
    );
    // The condition's subject is the threatener's own country: no target.
    expect_none("en", "Kosovo threatened on Monday to walk out of the talks if Kosovo's parliament refused the deal.");
}

/// "announced he will extend the curfew in the capital", "threatened to impose a state of
/// emergency": a curfew or an emergency threatened or announced is, like one imposed, on the
/// source's own country.
#[test]
fn a_threatened_curfew_is_on_the_sources_own_country() {
    expect_roots(
        "en",
        "The Guinean government announced on Sunday that it will extend the night curfew in Conakry after two days of riots.",
        &["GIN->GIN 13"],
    );
    expect_roots(
        "en",
        "The Peruvian president threatened to impose a state of emergency in Lima if the road blockades continued.",
        &["PER->PER 13"],
    );
}

/// "the Kurdistan Workers' Party (PKK) group attacked", "el Ejército de Liberación Nacional (ELN)
/// y el Gobierno firmaron": a bracketed gloss of a name does not end the clause, and a list goes
/// on past it.
#[test]
fn a_bracketed_gloss_stays_inside_its_clause() {
    expect_roots("en", "The Kurdistan Workers' Party (PKK) group attacked a Turkish army post on Sunday.", &["TUR->TUR 19"]);
    expect_roots(
        "es",
        "El Ejército de Liberación Nacional (ELN) y el Gobierno colombiano firmaron el lunes un acuerdo de alto el fuego en La Habana.",
        &["COL->COL 08", "COL->COL 08"],
    );
}

/// "the expulsion ... was announced by the Albanian government", "a suspensão ... foi anunciada
/// pelo Governo francês": the agent of a nominal event's passive announcement is its doer, and the
/// announcement is only where the news comes from.
#[test]
fn the_agent_of_a_nominal_events_passive_announcement_is_its_doer() {
    expect_roots("en", "The expulsion of three Iranian diplomats was announced on Monday by the Albanian government.", &["ALB->IRN 16"]);
    expect_roots("es", "La expulsión de tres diplomáticos iraníes fue anunciada el lunes por el Gobierno albanés.", &["ALB->IRN 16"]);
    expect_roots("pt", "A suspensão da ajuda militar ao Níger foi anunciada na segunda-feira pelo Governo francês.", &["FRA->NER 16"]);
}

/// "the blockade of Qatar by Saudi Arabia was criticised by Turkey", "le blocus ... a été critiqué
/// par la Turquie": a passive reaction whose subject is a nominal event is aimed at its doer.
#[test]
fn a_passive_reaction_to_a_nominal_event_is_aimed_at_its_doer() {
    expect_roots("en", "The blockade of Qatar by Saudi Arabia was criticised on Friday by Turkey.", &["SAU->QAT 19", "TUR->SAU 11"]);
    expect_roots("fr", "Le blocus du Qatar par l'Arabie saoudite a été critiqué vendredi par la Turquie.", &["SAU->QAT 19", "TUR->SAU 11"]);
    // In German the agent in the bracket is the critic, not the nominal event's own `durch`.
    expect_roots(
        "de",
        "Die Ausweisung des deutschen Botschafters durch Mali wurde am Freitag von der Bundesregierung scharf kritisiert.",
        &["DEU->MLI 11", "MLI->DEU 16"],
    );
    // Past a relative clause or an insertion that tells more of the nominal event.
    expect_roots(
        "fr",
        "Les frappes israéliennes sur Beyrouth, qui ont tué samedi un dirigeant du Hamas, ont été condamnées par le Qatar.",
        &["ISR->LBN 19", "QAT->ISR 11"],
    );
    // (The expulsion itself is coded too, aimed at the mission's organisation.)
    let fr = roots(
        "fr",
        "L'expulsion par le gouvernement nicaraguayen de la mission de la Croix-Rouge, intervenue au lendemain d'un rapport accablant sur la répression, a été dénoncée par le Costa Rica.",
    );
    assert!(fr.contains(&"CRI->NIC 11".to_string()), "{fr:?}");
    // A doer of no country stays unknown: the reaction is not aimed at an agent of nowhere.
    expect_no_root(
        "it",
        "L'arresto del giornalista da parte della polizia, che lo ha poi incriminato, è stato condannato dalla Francia.",
        "11",
    );
}

/// "la libération de cent opposants regroupés dans un camp, décidée par la junte": past a
/// participle that qualifies the object, a participle after a comma still names the doer.
#[test]
fn a_nominal_events_doer_is_named_past_a_qualified_object() {
    expect_roots(
        "fr",
        "La libération de cent opposants regroupés depuis trois ans dans un camp du Darfour, décidée par la junte soudanaise, a été saluée par l'Union africaine.",
        &["IGOAFRAFU->SDN 05", "SDN->SDN 08"],
    );
    expect_roots(
        "pt",
        "A libertação de cem opositores confinados desde 2019 num campo do Darfur, ordenada pela junta militar sudanesa, foi saudada pela União Africana.",
        &["IGOAFRAFU->SDN 05", "SDN->SDN 08"],
    );
}

/// "released 20 political prisoners", "ha liberato venti prigionieri politici": those released,
/// named inside the release's words, are its target, of the releasing state.
#[test]
fn political_prisoners_released_are_the_target() {
    expect_roots("en", "The Guatemalan government released 20 political prisoners on Thursday.", &["GTM->GTM 08"]);
    expect_roots("it", "Il governo cubano ha liberato giovedì venti prigionieri politici.", &["CUB->CUB 08"]);
    // Armed gangs freeing inmates release no one.
    expect_no_root("en", "Armed gangs stormed the main prison of Port-au-Prince and freed 3,000 prisoners.", "08");
}

/// "the teachers' union called off its strike", "levantó la huelga": a protest called off, like a
/// protest, is addressed to the protesters' own government when it names no one.
#[test]
fn a_strike_called_off_is_a_concession_to_the_own_government() {
    expect_roots("en", "The Nigerian teachers' union called off its four-day strike on Thursday.", &["NGA->NGA 08"]);
    expect_roots("es", "El sindicato de maestros de Chile levantó el jueves la huelga tras dos semanas.", &["CHL->CHL 08"]);
}

/// "accusate di aver aperto il fuoco": what someone is accused of is no fact, in every inflected
/// form of the accusation.
#[test]
fn what_a_feminine_plural_is_accused_of_is_not_coded() {
    expect_no_root(
        "it",
        "Le forze di sicurezza iraniane, accusate di aver aperto il fuoco sui manifestanti, hanno respinto ogni responsabilità.",
        "17",
    );
}

/// "s'est rendu à Téhéran, où il s'est entretenu avec": talks held on a visit are an event of
/// their own, not the visit told again; the same attack told twice stays one event.
#[test]
fn talks_held_on_a_visit_are_not_a_restatement() {
    expect_codes(
        "fr",
        "Le président turc s'est rendu lundi à Téhéran, où il s'est entretenu avec les dirigeants iraniens.",
        &["TUR->IRN 040", "TUR->IRN 042"],
    );
    expect_codes(
        "es",
        "El canciller chino viajó el martes a Islamabad, donde se reunió con el primer ministro paquistaní.",
        &["CHN->PAK 040", "CHN->PAK 042"],
    );
    expect_codes("it", "Le truppe russe hanno bombardato Kharkiv, uccidendo tre civili.", &["RUS->UKR 190"]);
}

/// "lawyers boycotted the courts", "strikers halted the shipping firms' workers": a protest at an
/// institution of the protesters' own kind names no addressee; it is against their government.
#[test]
fn a_protest_at_the_protesters_own_kind_is_against_their_government() {
    expect_roots("en", "Lawyers across Kenya boycotted court hearings on Thursday.", &["KEN->KEN 14"]);
    expect_roots("it", "Gli avvocati turchi hanno disertato lunedì le aule dei tribunali in tutto il Paese.", &["TUR->TUR 14"]);
    expect_roots(
        "es",
        "Los trabajadores portuarios de Chile iniciaron el lunes una huelga en los puertos del país, paralizando a los trabajadores de las navieras.",
        &["CHL->CHL 14"],
    );
}

/// "decretó el estado de emergencia y el toque de queda": a nominal act of the same kind
/// coordinated with the object of a verbal one is done by its doer, to its target.
#[test]
fn a_coordinated_object_act_of_the_same_kind_shares_the_doer() {
    expect_codes(
        "es",
        "El gobierno peruano decretó el jueves el estado de emergencia y el toque de queda en Lima.",
        &["PER->PER 1723", "PER->PER 1724"],
    );
    expect_codes(
        "pt",
        "O governo peruano decretou na quinta-feira o estado de emergência e o recolher obrigatório em Lima.",
        &["PER->PER 1723", "PER->PER 1724"],
    );
    // What a demand asks for is no act of its doer.
    expect_no_root("en", "The United Nations demanded the withdrawal of the troops and the release of the prisoners held by Serbia.", "08");
}

/// "acusando-o", "expulsou-os": a clitic the hyphen joins to the verb is its object, whom the
/// sentence's previous event was done to.
#[test]
fn a_clitic_joined_by_a_hyphen_is_the_object() {
    expect_codes("pt", "O Ruanda deteve dois jornalistas franceses e expulsou-os na sexta-feira.", &["RWA->FRA 173", "RWA->FRA 174"]);
    expect_codes("pt", "A Colômbia convocou o embaixador venezuelano, acusando-o de ingerência.", &["COL->VEN 1123", "COL->VEN 114"]);
    // An article after the verb is no clitic.
    expect_codes(
        "pt",
        "A Colômbia convocou o embaixador venezuelano, acusando o Governo de Caracas de ingerência.",
        &["COL->VEN 1123", "COL->VEN 114"],
    );
}

/// "condenó a los militares": a target whose country nothing says is no event a user can
/// aggregate; migrants and refugees keep their missing country, as hand coders leave it.
#[test]
fn a_target_of_no_country_is_no_event() {
    expect_none("it", "Il segretario generale dell'Onu ha esortato le milizie a deporre le armi.");
    expect_none("es", "La Unión Europea condenó el jueves a los militares por la represión de las protestas.");
    expect_none("de", "Die Vereinten Nationen verurteilten am Montag die Generäle für die Gewalt gegen Demonstranten.");
    expect_codes("en", "Tunisian police expelled dozens of migrants to the desert on Friday.", &["TUN->---REF 174"]);
    // Whose they are, once the sentence says it, makes the event.
    expect_codes("es", "La Unión Europea condenó el jueves a los militares birmanos por la represión.", &["IGOEUREEC->MMR 111"]);
}

/// An organisation has no country of its own: the country named right after the agent it acts on
/// is that agent's.
#[test]
fn an_organisations_target_takes_the_country_named_after_it() {
    expect_codes("it", "Il segretario generale dell'Onu ha esortato i generali rivali in Sudan a deporre le armi.", &["IGOUNO->SDN 020"]);
    expect_codes("fr", "L'Union africaine a salué le président élu du Sénégal, Bassirou Diomaye Faye.", &["IGOAFRAFU->SEN 051"]);
    expect_codes(
        "de",
        "UN-Generalsekretär António Guterres hat die verfeindeten Generäle im Sudan am Mittwoch beschworen, die Waffen schweigen zu lassen.",
        &["IGOUNO->SDN 0256"],
    );
}

/// "il governo e quattordici gruppi armati": a count opening the second member keeps the list.
#[test]
fn a_count_after_and_opens_the_second_member() {
    expect_codes("en", "Talks between the Sudanese army and two rebel groups opened in Juba on Monday.", &["SDN->SDN 040", "SDN->SDN 040"]);
    expect_codes(
        "it",
        "La firma dell'accordo di pace tra il governo centrafricano e quattordici gruppi armati è avvenuta mercoledì a Bangui.",
        &["CAF->CAF 057", "CAF->CAF 057"],
    );
}

/// "celebrated the signing of the accord between A and B": a mutual act's two sides named right
/// after it, not the verb's subject, are who did it.
#[test]
fn a_nominal_mutual_act_is_done_by_the_sides_named_after_it() {
    expect_codes("it", "Il governo ha celebrato la firma dell'accordo di pace tra Etiopia ed Eritrea.", &["ERI->ETH 057", "ETH->ERI 057"]);
}

/// "..., a deployment NATO condemned": the noun that takes up the move may name its kind.
#[test]
fn a_reaction_to_a_move_named_by_its_kind() {
    expect_codes(
        "en",
        "Russia massed troops on the border with Ukraine on Monday, a deployment NATO condemned as a provocation.",
        &["IGOWSTNAT->RUS 111", "RUS->UKR 154"],
    );
    expect_codes("fr", "L'armée russe a bombardé Kharkiv lundi, un bombardement que Paris a condamné.", &["FRA->RUS 111", "RUS->UKR 190"]);
}

/// "manifestanti che protestavano contro la legge": a relative clause with no comma before its
/// pronoun only says who they are; with a comma, or a date of its own, it tells news.
#[test]
fn a_restrictive_relative_is_no_event() {
    expect_codes(
        "it",
        "La polizia keniana ha disperso migliaia di manifestanti che protestavano contro la legge finanziaria.",
        &["KEN->KEN 175"],
    );
    expect_codes("es", "La policía peruana detuvo en Lima a 35 manifestantes que exigían la renuncia de la presidenta.", &["PER->PER 173"]);
    expect_codes(
        "es",
        "La policía peruana detuvo en Lima a 35 manifestantes, que exigían la renuncia de la presidenta.",
        &["PER->PER 1041", "PER->PER 173"],
    );
}

/// A reaction opening the next sentence is to the previous sentence's subject only when its
/// object does not name its own doer ("criticou os exercícios militares dos Estados Unidos").
#[test]
fn a_reaction_to_a_move_that_names_its_doer_is_not_to_the_previous_sentence() {
    let got = codes(
        "pt",
        "O Governo de Moçambique assinou na segunda-feira um acordo de cooperação militar com Portugal. A China criticou os exercícios militares dos Estados Unidos no mar do Sul da China.",
    );
    assert!(got.contains(&"CHN->USA 111".to_string()), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("CHN->MOZ")), "{got:?}");
    let got = codes(
        "fr",
        "La France a rappelé mardi son ambassadeur au Niger. Le gouvernement malien a dénoncé les frappes menées par l'armée burkinabè près de la frontière.",
    );
    assert!(got.contains(&"MLI->BFA 111".to_string()), "{got:?}");
}

/// "la police russe, qui l'accuse": after a relative pronoun the article is the clitic object of
/// a verb, and the verb is not read as a noun.
#[test]
fn a_clitic_after_a_relative_pronoun_is_the_object() {
    for (lang, text) in [
        ("pt", "O jornalista americano Evan Gershkovich foi detido pela polícia russa, que o acusa de espionagem."),
        ("fr", "Le journaliste américain a été arrêté par la police russe, qui l'accuse d'espionnage."),
    ] {
        let got = codes(lang, text);
        assert!(got.contains(&"RUS->USA 1125".to_string()), "{lang}: {got:?}");
    }
}

/// "selon le ministère turc de la Défense, qui": the department's name that no entry covers
/// belongs to the relative's antecedent.
#[test]
fn a_relative_antecedent_reaches_past_its_department_name() {
    expect_roots(
        "fr",
        "Deux soldats ont été tués, selon le ministère turc de la Défense, qui a aussitôt bombardé des positions kurdes en Irak.",
        &["TUR->IRQ 19"],
    );
    expect_roots(
        "it",
        "Due soldati sono stati uccisi, secondo il ministero turco della Difesa, che ha poi bombardato postazioni curde in Iraq.",
        &["TUR->IRQ 19"],
    );
}

/// "foi detido por um polícia brasileiro": a passive's agent entry may take in its indefinite
/// article.
#[test]
fn a_passive_agent_may_open_with_an_indefinite_article() {
    expect_roots("pt", "O jornalista francês foi detido por um polícia brasileiro em Manaus.", &["BRA->FRA 17"]);
}

/// "fue recibido el martes en Caracas por": an entry matched with its agent preposition, whose
/// participle follows an auxiliary, is a passive.
#[test]
fn an_entry_ending_in_its_agent_after_auxiliary_and_participle_is_passive() {
    expect_roots("es", "El presidente colombiano fue recibido el martes en Caracas por Nicolás Maduro.", &["VEN->COL 04"]);
}

/// "una sentença que Washington, Paris e Berlim denunciaram": a relative clause whose commas list
/// its subjects; "..., a decision Erdogan condemned": an actor after the last comma opens a
/// clause of its own, even inside a "that" clause.
#[test]
fn a_reaction_after_a_comma_takes_the_subject_named_after_it() {
    let got = codes(
        "pt",
        "Um tribunal de Moscovo condenou o opositor a três anos de prisão, uma sentença que Washington, Paris e Berlim denunciaram como politicamente motivada.",
    );
    for side in ["USA", "FRA", "DEU"] {
        assert!(got.contains(&format!("{side}->RUS 111")), "{got:?}");
    }
    expect_roots(
        "en",
        "Israel said on Monday that its troops had expanded the ground offensive in Gaza, a decision Turkish President Recep Tayyip Erdogan condemned as reckless.",
        &["TUR->ISR 11"],
    );
}

/// "exigió su liberación", "ne ha chiesto il rilascio": a demand for someone's release is made to
/// whoever the sentence says holds them, not to the detainees.
#[test]
fn a_release_is_demanded_of_whoever_holds_the_detainees() {
    let got =
        codes("es", "La detención de cuatro sindicalistas por la policía boliviana fue criticada por Argentina, que exigió su liberación.");
    assert!(got.contains(&"ARG->BOL 1053".to_string()), "{got:?}");
    let got = codes(
        "it",
        "Il governo olandese ha condannato l'arresto di due attivisti da parte della polizia egiziana e ne ha chiesto il rilascio immediato.",
    );
    assert!(got.contains(&"NLD->EGY 1053".to_string()), "{got:?}");
}

/// "condemned the arrest of three journalists by the police and demanded": the first verb's
/// object is not the subject of the verb coordinated with it; a count may open a nominal event's
/// object.
#[test]
fn a_verb_after_and_keeps_the_subject_past_the_first_verbs_object() {
    expect_roots(
        "en",
        "Opposition leaders in Bujumbura condemned the arrest of three journalists by Burundian intelligence agents and demanded their immediate release.",
        &["BDI->BDI 10", "BDI->BDI 11", "BDI->BDI 17"],
    );
    let got = codes("en", "Opposition leaders in Bujumbura condemned the arrest of three journalists by Burundian intelligence agents and demanded their immediate release.");
    assert!(got.iter().all(|e| !e.starts_with("---MED")), "{got:?}");
}

/// "..., a dénoncé l'ONG Human Rights Watch", "..., ha denunciato l'ong Amnesty International":
/// a kind noun may stand between the closing criticism verb and the speaker's name.
#[test]
fn a_closing_critic_may_be_named_after_its_kind() {
    let got = codes("fr", "La police a arrêté cinq militants écologistes à Dakar, a dénoncé l'ONG Human Rights Watch.");
    assert!(got.contains(&"NGOHRIHRW->SEN 111".to_string()), "{got:?}");
    let got = codes("it", "La polizia ha arrestato dieci studenti a Tunisi, ha denunciato l'ong Amnesty International.");
    assert!(got.iter().any(|e| e.starts_with("NGOHRIAMN->TUN 111")), "{got:?}");
}

/// "fermato ieri sera da agenti della polizia egiziana", "detenidos por miembros de la Guardia
/// Nacional": a passive's agent may be a plain noun of the actor it belongs to.
#[test]
fn a_passive_agent_may_be_members_of_an_actor() {
    expect_roots("it", "Il giornalista è stato fermato ieri sera da agenti della polizia egiziana al Cairo.", &["EGY->EGY 17"]);
    expect_roots("es", "Tres activistas fueron detenidos el lunes por miembros de la Guardia Nacional venezolana.", &["VEN->VEN 17"]);
}

/// "L'expulsion de l'ambassadeur rwandais décidée lundi par Kinshasa": an expression that ends
/// inside an actor's mention is done to that actor.
#[test]
fn a_nominal_event_ending_inside_an_actor_is_done_to_it() {
    let got = codes("fr", "L'expulsion de l'ambassadeur rwandais décidée lundi par Kinshasa a été critiquée par Kigali.");
    assert!(got.contains(&"COD->RWA 161".to_string()), "{got:?}");
}

/// "nesta quinta-feira (12)": the day of the month in brackets after a weekday is part of the
/// date, and an expression reaches over it.
#[test]
fn a_bracketed_day_after_a_weekday_is_part_of_the_date() {
    let got = dated("pt", "O Brasil suspendeu nesta terça-feira (12) as sanções contra a Venezuela.");
    assert_eq!(got, vec!["BRA->VEN 08 @2024-03-12/day".to_string()]);
}

/// "a quien acusa", "dem sie ... vorwirft": a relative pronoun marked as the object is the
/// target, and the main clause's subject makes the accusation; in German the relative clause
/// stands past the participle that closes the bracket.
#[test]
fn a_marked_object_relative_is_the_target_of_the_main_subjects_accusation() {
    let got = codes("es", "El Gobierno de Malí expulsó al embajador francés, a quien acusa de injerencia.");
    assert!(got.iter().any(|e| e.starts_with("MLI->FRA 112")), "{got:?}");
    let got = codes("de", "Mali hat den französischen Botschafter einbestellt, dem sie Einmischung vorwirft.");
    assert!(got.iter().any(|e| e.starts_with("MLI->FRA 112")), "{got:?}");
}

/// "dem er Sabotage vorwarf": a dative relative is never the subject, so with a subject of its
/// own after it the accusation is aimed at its antecedent, also one named with an acronym no
/// entry knows ("den Gewerkschaftsbund CUT, dem").
#[test]
fn a_dative_relative_is_the_target_of_an_accusation() {
    let got = codes("de", "Brasiliens Präsident hat den Gewerkschaftsbund CUT, dem er Sabotage vorwarf, am Montag scharf kritisiert.");
    assert!(got.iter().any(|e| e.starts_with("BRA->BRA 112")), "{got:?}");
}

/// "a quem acusou": Portuguese "a" before "quem" is the preposition that marks the relative as
/// the object, not an article.
#[test]
fn a_portuguese_a_quem_marks_the_object_of_the_main_subjects_act() {
    let got =
        codes("pt", "O líder da oposição venezuelana exigiu a demissão do presidente Nicolás Maduro, a quem acusou de fraude eleitoral.");
    assert!(got.iter().any(|e| e.starts_with("VEN->VEN 112")), "{got:?}");
}

/// "nesta segunda-feira (2)": the Brazilian press's bracketed day of the month is a gloss, not a
/// break between the verb and its object.
#[test]
fn a_bracketed_day_of_the_month_does_not_cut_the_verb_from_its_object() {
    let got = codes("pt", "O presidente da Argentina parabenizou nesta segunda-feira (2) o presidente do Chile pela vitória nas eleições.");
    assert!(got.iter().any(|e| e.contains("->CHL") && e.contains(" 051")), "{got:?}");
}

/// "eine Entscheidung, die von der Afrikanischen Union verurteilt wurde": in a German
/// subordinate clause the passive's auxiliary comes last and its agent stands before the
/// participle; the reaction is aimed at the doer of the move the main clause told.
#[test]
fn a_german_verb_final_passive_reaction_takes_its_agent_before_the_participle() {
    let got = codes(
        "de",
        "Äthiopien hat am Freitag die Grenze zu Eritrea geschlossen, eine Entscheidung, die von der Afrikanischen Union am Sonntag verurteilt wurde.",
    );
    assert!(got.iter().any(|e| e.starts_with("IGOAFRAFU->ETH 111")), "{got:?}");
}

/// "the African Union urged the military to", "l'Union africaine a exhorté les militaires à": a
/// body of no country has no agents of its own; the military it addresses is that of the country
/// the story is about.
#[test]
fn an_international_body_addresses_the_agents_of_the_story_country() {
    let got =
        codes("en", "After the coup in Guinea-Bissau, the African Union on Monday urged the military to restore constitutional order.");
    assert!(got.iter().any(|e| e.starts_with("IGOAFRAFU->GNB 02")), "{got:?}");
    let got = codes(
        "fr",
        "Après le coup d'État en Guinée-Bissau, l'Union africaine a exhorté lundi les militaires à rétablir l'ordre constitutionnel.",
    );
    assert!(got.iter().any(|e| e.starts_with("IGOAFRAFU->GNB 02")), "{got:?}");
}

/// "las sanciones de Washington contra tres ministros": a count before the target of `against`,
/// and the `of` complement is then the doer.
#[test]
fn a_count_before_a_nominal_events_against_target() {
    let got = codes("es", "Managua condenó el lunes las sanciones de Washington contra tres ministros nicaragüenses.");
    assert!(got.iter().any(|e| e.starts_with("NIC->USA 111")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("USA->NIC 163")), "{got:?}");
}

/// "interpellé mardi à son domicile de Kampala par des militaires": a place phrase with a
/// possessive between a passive and its agent.
#[test]
fn a_passive_agent_after_a_place_phrase_with_a_possessive() {
    let got = codes("fr", "L'opposant ougandais a été interpellé mardi à son domicile de Kampala par la police ougandaise.");
    assert!(got.iter().any(|e| e.starts_with("UGA->UGA 173")), "{got:?}");
}

/// "las sanciones anunciadas el viernes por Washington contra tres ministros": a participle with
/// its date and agent right after a nominal event qualifies it; the noun's target lies past it.
#[test]
fn a_nominal_events_target_past_its_participle_and_agent() {
    let got =
        codes("es", "Managua condenó el lunes las sanciones anunciadas el viernes por Washington contra tres ministros nicaragüenses.");
    assert!(got.iter().any(|e| e.starts_with("USA->NIC 163")), "{got:?}");
    let got = codes("pt", "Pequim condenou as sanções anunciadas na segunda-feira por Washington contra seis juízes de Hong Kong.");
    assert!(got.iter().any(|e| e.starts_with("USA->HKG 163")), "{got:?}");
}

/// "since May": a month that is also a modal is a date, not a hypothesis.
#[test]
fn a_month_named_like_a_modal_is_no_hypothesis() {
    let got = codes(
        "en",
        "The shelling was the heaviest since May, the Indian army said on Sunday, accusing Pakistan of violating the ceasefire.",
    );
    assert!(got.iter().any(|e| e.starts_with("IND->PAK 112")), "{got:?}");
}

/// "nationals suspected of spying were arrested": the suspicion qualifies the subject; the arrest
/// happened. What someone is accused of having done stays an allegation.
#[test]
fn a_suspicion_that_qualifies_the_subject_does_not_make_the_event_alleged() {
    let got = codes("en", "Two Chinese nationals suspected of spying were arrested by Australian federal police on Tuesday.");
    assert!(got.iter().any(|e| e.starts_with("AUS->CHN 173")), "{got:?}");
    let got = codes("fr", "Deux diplomates russes soupçonnés d'espionnage ont été expulsés mardi par la Moldavie.");
    assert!(got.iter().any(|e| e.starts_with("MDA->RUS 161")), "{got:?}");
    let got = codes("fr", "Washington a sanctionné six entreprises chinoises accusées d'avoir fourni des drones à l'Iran.");
    assert!(!got.iter().any(|e| e.contains(" 07")), "{got:?}");
}

/// "il governo e i rappresentanti delle comunità indigene hanno firmato": those who speak for a
/// group are the group, and a coordinated subject signs with both sides.
#[test]
fn representatives_of_a_group_in_a_coordinated_subject() {
    let got = codes("it", "Il governo colombiano e i rappresentanti delle comunità indigene hanno firmato martedì un accordo.");
    assert!(got.iter().any(|e| e.starts_with("COL->COL 057")), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = codes("fr", "Le gouvernement bangladais et les représentants du mouvement étudiant ont signé lundi un accord.");
    assert_eq!(got.len(), 2, "{got:?}");
}

/// "il missionario italiano rapito in Niger": a bare participle after the actors it qualifies is
/// what they underwent, with no doer named; it is neither the sentence subject's act nor the
/// place's. Protesters who gathered did gather.
#[test]
fn a_bare_participle_after_its_actors_names_no_doer() {
    let got = codes("it", "Il governo tedesco ha chiesto la liberazione del missionario italiano rapito in Niger.");
    assert!(!got.iter().any(|e| e.contains(" 18")), "{got:?}");
    let got = codes("fr", "Les deux humanitaires français enlevés en octobre dans l'est de la RDC ont été libérés lundi.");
    assert!(!got.iter().any(|e| e.contains(" 18")), "{got:?}");
    let got = codes("fr", "La police a dispersé mardi des milliers d'étudiants kényans rassemblés devant le Parlement pour protester.");
    assert!(got.iter().any(|e| e.starts_with("KEN->KEN 14")), "{got:?}");
}

/// "l'attaque menée par des rebelles du M23 contre une base de la Monusco": a noun entry is no
/// participle whatever its ending, its doer is the participle's agent, and what it hits belongs
/// to its owner.
#[test]
fn an_attack_noun_with_its_agent_and_the_owner_of_what_it_hits() {
    let got = codes(
        "fr",
        "Le Conseil de sécurité de l'ONU a condamné mardi l'attaque menée par des rebelles du M23 contre une base de la Monusco.",
    );
    assert!(got.iter().any(|e| e.starts_with("COD->IGOUNO 190")), "{got:?}");
    let got = codes("it", "L'Onu ha condannato l'attacco compiuto dai ribelli dell'M23 contro una base dell'esercito congolese.");
    assert!(got.iter().any(|e| e.starts_with("COD->COD 190")), "{got:?}");
    // A headline closing on a noun, with no full stop, has nothing after it to look at.
    assert!(codes("es", "Mineros bolivianos anuncian inicio de huelga").len() <= 1);
}

/// "Suspected Islamist militants killed ...": a suspicion word on the doer is the press naming
/// who it says did it; the killing is asserted. A denial stays a denial.
#[test]
fn a_suspicion_word_on_the_doer_does_not_make_the_event_alleged() {
    let got = codes("en", "Suspected Islamist militants killed twelve Nigerian soldiers in an attack on Monday.");
    assert!(got.iter().any(|e| e.ends_with("NGA 190")), "{got:?}");
    let got = codes("it", "Presunti jihadisti hanno ucciso dodici soldati nigeriani lunedì.");
    assert!(got.iter().any(|e| e.ends_with("NGA 190")), "{got:?}");
    let got = codes("fr", "Des jihadistes présumés ont tué lundi douze soldats nigériens.");
    assert!(got.iter().any(|e| e.ends_with("NER 190")), "{got:?}");
    let got = codes("en", "Russia's defence ministry denied attacking civilian targets in Kharkiv.");
    assert!(!got.iter().any(|e| e.contains(" 19")), "{got:?}");
}

/// "opposed to French mediation", "si è opposto alla mediazione dell'Egitto": the cooperation an
/// opposition names is proposed, not done; the opposition targets its author. "is opposed to" is
/// a stance, not a passive.
#[test]
fn the_cooperation_an_opposition_names_is_not_done() {
    let got = codes("en", "Israel is opposed to French mediation in the dispute, an aide said on Wednesday.");
    assert!(got.iter().any(|e| e.starts_with("ISR->FRA 110")), "{got:?}");
    assert!(!got.iter().any(|e| e.contains(" 045")), "{got:?}");
    let got = codes("it", "Il governo sudanese si è opposto alla mediazione dell'Egitto, ha detto un portavoce.");
    assert!(got.iter().any(|e| e.starts_with("SDN->EGY 110")), "{got:?}");
    assert!(!got.iter().any(|e| e.contains(" 045")), "{got:?}");
}

/// "JNIM attacked an army post in central Mali": an international militant group acts as the
/// rebels of the country where the sentence places its force, or of those it struck; a threat
/// against a far country leaves it its own code.
#[test]
fn a_militant_group_takes_the_country_where_it_strikes() {
    let got = codes("en", "JNIM fighters attacked an army post in central Mali on Sunday.");
    assert!(got.iter().any(|e| e.starts_with("MLI->MLI 19")), "{got:?}");
    let got = codes("it", "Lo Stato islamico ha attaccato un posto di blocco dell'esercito siriano vicino a Palmira.");
    assert!(got.iter().any(|e| e.starts_with("SYR->SYR 19")), "{got:?}");
    let got = codes("it", "Al-Qaida ha minacciato di colpire gli Stati Uniti.");
    assert!(got.iter().any(|e| e.starts_with("IMGMUSALQ->USA 13")), "{got:?}");
}

/// "condemned Monday's air strike by the Sudanese army": a date's possessive makes the strike a
/// noun whose doer follows `by`, and the condemnation targets that doer, as "il lancio di un
/// missile balistico da parte della Corea del Nord" does.
#[test]
fn a_condemned_nominal_after_a_dated_possessive_targets_its_doer() {
    let got = codes("en", "The African Union on Tuesday condemned Monday's air strike by the Sudanese army on El Fasher.");
    assert!(got.iter().any(|e| e.starts_with("IGOAFRAFU->SDN 111")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("SDN->SDN 195")), "{got:?}");
    let got = codes("it", "L'Ue ha condannato con fermezza il lancio di un missile balistico da parte della Corea del Nord.");
    assert!(got.iter().any(|e| e.starts_with("IGOEUREEC->PRK 111")), "{got:?}");
}

/// "expresó sus condolencias al Gobierno de Marruecos y ofreció el envío de equipos de rescate":
/// a second verb that shares the subject and names no one is aimed at the first verb's target;
/// one past a clause of content is not ("accused ... of ramming and hitting").
#[test]
fn a_second_verb_takes_the_first_verbs_target() {
    let got =
        codes("es", "El Gobierno español expresó sus condolencias al Gobierno de Marruecos y ofreció el envío de equipos de rescate.");
    assert!(got.iter().any(|e| e.starts_with("ESP->MAR 0333")), "{got:?}");
    let got = codes("en", "Russia accused Kyiv of shelling the plant and warned that such attacks would not go unanswered.");
    assert!(got.iter().any(|e| e.starts_with("RUS->UKR 13")), "{got:?}");
    let got = codes(
        "it",
        "Le forze armate filippine hanno accusato la guardia costiera cinese di aver speronato e colpito una nave di rifornimento.",
    );
    assert!(!got.iter().any(|e| e.contains(" 19")), "{got:?}");
}

/// "Nicaragua released three opposition activists": people a state releases are its own people,
/// not the state itself; the release is an event.
#[test]
fn a_state_releasing_its_own_people_is_an_event() {
    let got = codes("en", "Nicaragua released three opposition activists from prison on Friday.");
    assert!(got.iter().any(|e| e.starts_with("NIC->NIC 0841")), "{got:?}");
    let got = codes("it", "Cuba ha liberato lunedì dodici prigionieri politici.");
    assert!(got.iter().any(|e| e.starts_with("CUB->CUB 0841")), "{got:?}");
}

/// "hat die Ausweisung eines russischen Diplomaten durch Lettland verurteilt": a reaction whose
/// object actor stands inside the nominal event it names is aimed at that event's doer.
#[test]
fn a_reaction_targets_the_doer_of_the_nominal_it_names() {
    let got = codes("de", "Moskau hat die Ausweisung eines russischen Diplomaten durch Lettland scharf verurteilt.");
    assert!(got.iter().any(|e| e.starts_with("RUS->LVA 111")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("LVA->RUS 161")), "{got:?}");
    let got = codes("en", "Moscow condemned the expulsion of a Russian diplomat by Latvia.");
    assert!(got.iter().any(|e| e.starts_with("RUS->LVA 111")), "{got:?}");
}

/// "un'offerta di pace che Asmara ha respinto": a reaction in an object relative on a nominal
/// event answers that event's doer, and the offer was made to whoever answered it; "une politique
/// que le HCR a critiquée" takes up the move the sentence told.
#[test]
fn a_reaction_in_an_object_relative_answers_the_antecedent() {
    let got = codes("it", "L'Etiopia ha presentato un'offerta di pace che Asmara ha respinto lunedì.");
    assert!(got.iter().any(|e| e.starts_with("ERI->ETH 12")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("ETH->ERI 03")), "{got:?}");
    let got = codes("en", "Russia made an offer of talks that Kyiv rejected on Monday.");
    assert!(got.iter().any(|e| e.starts_with("UKR->RUS 12")), "{got:?}");
    let got = codes(
        "fr",
        "Saint-Domingue a poursuivi les expulsions de migrants haïtiens, une politique que le Haut-Commissariat de l'ONU aux réfugiés a de nouveau critiquée.",
    );
    assert!(got.iter().any(|e| e.starts_with("IGOUNO->DOM 111")), "{got:?}");
}

/// "hosted X in Belgrade, and the two leaders signed": "the two" takes up the two actors named
/// before, and is no new member of a list ("a su homólogo ecuatoriano y los dos mandatarios"); a
/// bare count still is ("a soldier and two police officers").
#[test]
fn the_two_leaders_are_the_pair_named_before() {
    let got = codes("en", "Vucic hosted North Macedonia's prime minister in Belgrade on Monday, and the two leaders signed an agreement on joint police patrols.");
    assert!(got.iter().any(|e| e.starts_with("MKD->SRB 057")) && got.iter().any(|e| e.starts_with("SRB->MKD 057")), "{got:?}");
    let got = codes(
        "es",
        "El presidente colombiano recibió en Bogotá a su homólogo ecuatoriano y los dos mandatarios firmaron un acuerdo de seguridad.",
    );
    assert!(got.iter().any(|e| e.starts_with("ECU->COL 057")), "{got:?}");
    let got =
        codes("it", "La premier italiana ha ricevuto a Roma il presidente argentino e i due leader hanno firmato un accordo energetico.");
    assert!(got.iter().any(|e| e.starts_with("ARG->ITA 057")), "{got:?}");
}

/// "The air strike carried out by Israeli forces killed three Syrian soldiers": an attack named
/// as a noun, with its doer in a participle (phrasal, irregular, or inflected before the noun),
/// is the subject of the verb that tells whom it struck; one event, in the noun's code.
#[test]
fn a_nominal_attack_takes_the_target_of_the_verb_it_is_subject_of() {
    let got = codes("en", "The air strike carried out by Israeli forces killed three Syrian soldiers, the ministry said.");
    assert_eq!(got.iter().filter(|e| e.starts_with("ISR->SYR 19")).count(), 1, "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("ISR->SYR 195")), "{got:?}");
    let got = codes("de", "Der von der israelischen Armee geflogene Luftangriff tötete drei syrische Soldaten.");
    assert!(got.iter().any(|e| e.starts_with("ISR->SYR 195")), "{got:?}");
    let got = codes("it", "Il raid condotto dalle forze afghane contro i talebani ha ucciso dieci militanti.");
    assert!(got.iter().any(|e| e.starts_with("AFG->AFG 19")), "{got:?}");
    // Without a doer the noun codes nothing.
    expect_none("en", "The air strike killed three Syrian soldiers.");
}

/// "le sanzioni imposte dall'Unione europea", "as sanções impostas pela UE": irregular participles
/// name the doer of the noun they follow.
#[test]
fn irregular_participles_name_the_doer_of_a_nominal_event() {
    let got = codes("it", "Le sanzioni imposte dall'Unione europea contro la Russia sono state criticate dal Cremlino.");
    assert!(got.iter().any(|e| e.starts_with("IGOEUREEC->RUS 163")), "{got:?}");
    let got = codes("es", "Las sanciones impuestas por Washington contra tres ministros nicaragüenses fueron criticadas por Managua.");
    assert!(got.iter().any(|e| e.starts_with("USA->NIC 163")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("NIC->USA 111")), "{got:?}");
}

/// "le gel des avoirs de l'oligarque russe ... par la justice britannique": a word of a name that
/// ends like a participle ("oligarque") is no participle; the name stays the noun's object.
#[test]
fn a_name_is_not_a_participle() {
    let got = codes("fr", "Le gel des avoirs de l'oligarque russe Viktor Petrenko par la justice britannique a été confirmé mercredi.");
    assert!(got.iter().any(|e| e.starts_with("GBR->RUS 163")), "{got:?}");
}

/// "called for the lifting of the embargo": the cooperation a request names is asked for, not
/// done.
#[test]
fn the_object_of_a_request_is_not_done() {
    let got = codes("en", "Mexico called on Washington to end the embargo, demanding the lifting of the blockade on Cuba.");
    assert!(!got.iter().any(|e| e.contains(" 08")), "{got:?}");
}

/// "claimed responsibility for the suicide bombing, which killed ten police officers", "l'attacco
/// contro la base, rivendicato dagli Houthi, ha ferito": the act a group claims is its own, coded
/// once, and the claim is aimed where it struck.
#[test]
fn a_claimed_attack_is_the_claimants() {
    let got = codes("en", "Al-Shabaab claimed responsibility for the suicide bombing, which killed ten Somali police officers.");
    assert!(got.iter().any(|e| e.starts_with("SOM->SOM 1831")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("SOM->SOM 015")), "{got:?}");
    assert!(!got.iter().any(|e| e.contains(" 190")), "{got:?}");
    let got = codes("it", "L'attacco contro la base, rivendicato dagli Houthi, ha ferito due marinai britannici.");
    assert!(got.iter().any(|e| e.starts_with("YEM->GBR 19")), "{got:?}");
    let got = codes("fr", "Les rebelles houthis ont revendiqué jeudi une attaque de missile contre un pétrolier libérien.");
    assert!(got.iter().any(|e| e.starts_with("YEM->LBR 19")), "{got:?}");
    // An act far off, in another clause, is not the claimed one.
    let got = codes(
        "fr",
        "Des frappes ont visé dans la nuit de lundi à mardi plusieurs villages du sud du Liban, tuant au moins six personnes selon le ministère libanais de la Santé, tandis que le Hezbollah a revendiqué des tirs de roquettes contre une caserne israélienne.",
    );
    assert!(!got.iter().any(|e| e.starts_with("LBN->LBN 19")), "{got:?}");
}

/// "hat die von Washington am Mittwoch verhängten Strafzölle gegen Venezuela scharf verurteilt": a
/// date may stand inside a participle attribute, and a German reaction's object nominal stands in
/// the bracket before the participle that closes it.
#[test]
fn a_reaction_closing_the_bracket_targets_the_doer_of_its_object() {
    let got =
        codes("de", "Die Regierung in Caracas hat die von Washington am Mittwoch verhängten Strafzölle gegen Venezuela scharf verurteilt.");
    assert!(got.iter().any(|e| e.starts_with("USA->VEN 163")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("VEN->USA 111")), "{got:?}");
}

/// "les droits de douane imposés lundi par Washington sur l'acier", matched whole: the agent inside
/// the expression is its doer.
#[test]
fn an_agent_inside_a_nominal_expression_is_its_doer() {
    let got = codes("fr", "Les droits de douane imposés lundi par Washington sur l'acier mexicain ont été dénoncés par Mexico.");
    assert!(got.iter().any(|e| e.starts_with("USA->MEX 163")), "{got:?}");
    assert!(got.iter().any(|e| e.starts_with("MEX->USA 111")), "{got:?}");
}

/// "adopted a resolution that demands Israel lift the blockade": what a resolution demands in its
/// relative clause, its authors demand; not what a vetoed text "would have imposed".
#[test]
fn a_resolution_demands_what_its_authors_demand() {
    let got = codes("en", "The UN General Assembly adopted on Friday a resolution that demands Israel lift the blockade of Gaza.");
    assert!(got.iter().any(|e| e.starts_with("IGOUNO->ISR 10")), "{got:?}");
    let got = codes(
        "it",
        "L'Assemblea generale dell'Onu ha adottato venerdì una risoluzione che chiede a Israele di revocare il blocco di Gaza.",
    );
    assert!(got.iter().any(|e| e.starts_with("IGOUNO->ISR 02")), "{got:?}");
    let got = codes(
        "pt",
        "A Assembleia Geral da ONU aprovou na sexta-feira uma resolução que exige a Israel o levantamento do bloqueio de Gaza.",
    );
    assert!(got.iter().any(|e| e.starts_with("IGOUNO->ISR 10")), "{got:?}");
    let got = codes("en", "Russia vetoed on Monday a Security Council resolution that would have imposed an arms embargo on Sudan.");
    assert!(!got.iter().any(|e| e.contains(" 163")), "{got:?}");
}

/// "and the two signed", "e i due hanno firmato": the pair word alone, with no noun after it,
/// stands for the last two actors of two countries named before.
#[test]
fn the_two_alone_are_the_pair_named_before() {
    let got = codes(
        "en",
        "Erdogan received Syria's interim president al-Sharaa in Ankara on Tuesday, and the two signed a military cooperation agreement.",
    );
    assert!(got.iter().any(|e| e.starts_with("SYR->TUR 057")) && got.iter().any(|e| e.starts_with("TUR->SYR 057")), "{got:?}");
    let got = codes(
        "it",
        "La premier Meloni ha ricevuto a Roma il presidente argentino Javier Milei e i due hanno firmato un accordo energetico.",
    );
    assert!(got.iter().any(|e| e.starts_with("ARG->ITA 057")), "{got:?}");
}

/// "fired a ballistic missile, drawing condemnation from Seoul and Tokyo": the reaction an act
/// draws is aimed at the act's doer, and a gerund after a comma is no object of the act.
#[test]
fn a_reaction_drawn_by_an_act_is_aimed_at_its_doer() {
    let got = codes("en", "North Korea fired a ballistic missile into the sea on Monday, drawing condemnation from Seoul and Tokyo.");
    assert!(got.iter().any(|e| e.starts_with("KOR->PRK 111")) && got.iter().any(|e| e.starts_with("JPN->PRK 111")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("PRK->KOR") || e.starts_with("PRK->JPN")), "{got:?}");
}

/// "between Sudan's army and the RSF, the Saudi foreign ministry said": a list closed by "and"
/// takes no member after a bare comma, while a list that goes on ("by the opposition and by the
/// governments of Argentina, Chile and Peru") keeps every member.
#[test]
fn a_list_closed_by_and_ends_before_the_attribution() {
    let got = codes(
        "en",
        "Norway brokered talks in Oslo on Monday between Colombia's government and the ELN guerrilla, the Norwegian foreign ministry said.",
    );
    assert!(got.iter().any(|e| e.starts_with("NOR->COL")), "{got:?}");
    assert!(!got.iter().any(|e| e.starts_with("NOR->NOR")), "{got:?}");
    let got = codes(
        "en",
        "Bolivia's electoral court proclaimed Luis Arce the winner of the election, a result rejected on Monday by the opposition and by the governments of Argentina, Chile and Peru.",
    );
    assert!(["ARG", "CHL", "PER"].iter().all(|c| got.iter().any(|e| e.starts_with(c) && e.contains(" 12"))), "{got:?}");
}

/// "con cui ha discusso", "a quien pidió", "al quale ha chiesto": the antecedent of a relative
/// after "with" or "to" is the partner of the clause's event, and its doer is whom the main
/// clause is about, the subject of a passive included.
#[test]
fn a_relative_after_with_or_to_names_the_partner() {
    let got = codes(
        "it",
        "Il ministro degli Esteri iraniano è stato ricevuto martedì a Riad dal principe ereditario saudita, con cui ha discusso della crisi nel Golfo.",
    );
    assert!(got.iter().any(|e| e.starts_with("IRN->SAU 040")), "{got:?}");
    let got =
        codes("es", "El enviado de la ONU se reunió en Naipyidó con el jefe de la junta birmana, a quien pidió el fin de los bombardeos.");
    assert!(got.iter().any(|e| e.starts_with("IGOUNO->MMR 02")), "{got:?}");
    let got =
        codes("it", "Il ministro degli Esteri cinese ha incontrato a Pechino l'inviato dell'Ue, al quale ha chiesto di opporsi ai dazi.");
    assert!(got.iter().any(|e| e.starts_with("CHN->IGOEUREEC 02")), "{got:?}");
}

/// "arrested three opposition leaders ... and charged them with sedition": the pronoun inside
/// the expression is the object, so the charge is done to those arrested, not to the
/// prosecutor named later.
#[test]
fn a_pronoun_inside_the_expression_is_its_object() {
    let text = "Malian police arrested three opposition leaders in Bamako on Monday and charged them with undermining the state, the public prosecutor said.";
    let targets: Vec<String> = code("en", text).iter().filter_map(|e| e.target.as_ref().map(|t| t.code.clone())).collect();
    assert_eq!(targets, ["MLIOPP"], "{targets:?}");
}

/// "retaliated hours later by expelling Ecuador's ambassador": a gerund after "by" right after
/// a verb is the clause's own act, done by its subject; after a noun it stays what an accusation
/// says.
#[test]
fn a_gerund_of_means_is_done_by_the_subject() {
    let got = codes("en", "Caracas retaliated hours later by expelling Ecuador's ambassador.");
    assert_eq!(got, ["VEN->ECU 161"], "{got:?}");
    let got = codes("en", "Tehran responded on Tuesday by expelling two IAEA inspectors, the foreign ministry said.");
    assert!(got.iter().any(|e| e.starts_with("IRN->") && e.ends_with(" 1662")), "{got:?}");
}

/// "Ha condannato ... l'arresto ... da parte dell'Iran il ministero degli Esteri svedese",
/// "Respondió expulsando a dos diplomáticos iraníes el Gobierno de Azerbaiyán, ...": a sentence
/// that opens with its verb names its subject after the object, with its article; a reaction is
/// aimed at the doer its object names. A date before the article makes that actor an object.
#[test]
fn a_subject_after_the_object_is_the_doer_of_an_opening_verb() {
    let got = codes(
        "it",
        "Ha condannato con fermezza mercoledì l'arresto di due cittadini svedesi da parte dell'Iran il ministero degli Esteri svedese.",
    );
    assert!(got.iter().any(|e| e.starts_with("SWE->IRN 111")), "{got:?}");
    let got = codes(
        "es",
        "Respondió expulsando a dos diplomáticos iraníes el Gobierno de Azerbaiyán, después de que Teherán acusara a Bakú de espiar para Israel.",
    );
    assert!(got.iter().any(|e| e.starts_with("AZE->IRN 161")), "{got:?}");
    let got = codes("it", "Ha condannato mercoledì l'Iran, hanno riferito fonti diplomatiche.");
    assert!(!got.iter().any(|e| e.starts_with("IRN->")), "{got:?}");
}

/// "Sono stati espulsi dal governo del Mali due diplomatici algerini", "Fueron excarcelados el
/// jueves por las autoridades iraníes dos ciudadanos franceses": a passive that opens the
/// sentence names what it was done to after its agent.
#[test]
fn a_passive_opening_the_sentence_names_its_subject_after_the_agent() {
    let got =
        codes("it", "Sono stati espulsi dal governo del Mali due diplomatici algerini, accusati da Bamako di sostenere i separatisti.");
    assert!(got.iter().any(|e| e.starts_with("MLI->DZA 161")), "{got:?}");
    let got =
        codes("es", "Fueron excarcelados el jueves por las autoridades iraníes dos ciudadanos franceses que llevaban tres años detenidos.");
    assert!(got.iter().any(|e| e.starts_with("IRN->FRA 0841")), "{got:?}");
}

/// "the treaty, which Astana and Bishkek signed": the actors a relative clause names right after
/// its pronoun are its subject, so a pair signs with each other; a complementizer `que` after a
/// verb opens no relative clause ("exige que o Governo turco liberte").
#[test]
fn the_pair_a_relative_clause_names_signed_its_antecedent() {
    let en = codes("en", "The border treaty, which Astana and Bishkek signed in Tashkent, was welcomed by the EU.");
    assert!(en.contains(&"KAZ->KGZ 057".to_string()) && en.contains(&"KGZ->KAZ 057".to_string()), "{en:?}");
    let it = codes("it", "L'intesa sul gas, che Roma e Algeri hanno siglato martedì, prevede nuove forniture.");
    assert!(it.contains(&"ITA->DZA 057".to_string()) && it.contains(&"DZA->ITA 057".to_string()), "{it:?}");
    let de = codes("de", "Der Grenzvertrag, den Astana und Bischkek am Montag unterzeichnet hatten, tritt im Januar in Kraft.");
    assert!(de.contains(&"KAZ->KGZ 057".to_string()), "{de:?}");
    let pt =
        codes("pt", "O Partido dos Trabalhadores do Curdistão emitiu uma declaração em que exige que o Governo turco liberte os presos.");
    assert!(pt.iter().any(|e| e.starts_with("TUR->TUR 10")), "{pt:?}");
}

/// "has always denied", "ha sempre negato": a stance held over time is no single event.
#[test]
fn a_stance_held_over_time_is_not_an_event() {
    assert_eq!(codes("en", "Moscow has always denied supplying the rebels with weapons."), Vec::<String>::new());
    assert_eq!(codes("pt", "Moscovo sempre negou ter fornecido armas aos rebeldes."), Vec::<String>::new());
}

/// "la saisie par les FSR d'un convoi du PAM", "the seizure by Iran of a British tanker": past
/// the doer named between a nominal event and its object, the object's owner is the target.
#[test]
fn the_object_after_a_nominal_doer_belongs_to_its_owner() {
    let fr = codes("fr", "La saisie par les FSR d'un convoi du PAM a été condamnée par l'ONU.");
    assert!(fr.contains(&"SDN->IGOUNOWFP 1711".to_string()), "{fr:?}");
    let en = codes("en", "The seizure by Iran of a British tanker in the Strait of Hormuz was condemned by London.");
    assert!(en.contains(&"IRN->GBR 1711".to_string()), "{en:?}");
}

/// `@undergone`: "came under fire from", "received ... from": the subject underwent the act and
/// the actor after the closing preposition did it, also a part named with its whole ("membros da
/// coligação Viv Ansanm").
#[test]
fn an_undergone_expression_takes_its_doer_after_its_preposition() {
    let en = codes("en", "An army convoy came under fire from members of the ELN guerrilla group in Arauca on Monday.");
    assert_eq!(en, vec!["COL->COL 190".to_string()]);
    let pt = codes("pt", "Polícias quenianos foram alvo de disparos de membros da coligação Viv Ansanm.");
    assert_eq!(pt, vec!["HTI->KEN 190".to_string()]);
    let it = codes("it", "La Giordania ha ricevuto lunedì 50 milioni di euro di aiuti dall'Unione europea.");
    assert_eq!(it, vec!["IGOEUREEC->JOR 070".to_string()]);
}

/// "Belarusian police detained 2,000 protesters ..., as the opposition candidate fled to
/// Lithuania": a state acting on a crowd of no country acts on its own people, whatever other
/// country the sentence names.
#[test]
fn a_state_acts_on_its_own_crowd_whatever_other_country_is_named() {
    let en = codes("en", "Belarusian police detained some 2,000 protesters on Sunday, as the opposition candidate fled to Lithuania.");
    assert_eq!(en, vec!["BLR->BLR 173".to_string()]);
    let it = codes(
        "it",
        "La polizia bielorussa ha arrestato domenica circa duemila manifestanti, mentre la candidata dell'opposizione si rifugiava in Lituania.",
    );
    assert_eq!(it, vec!["BLR->BLR 173".to_string()]);
}

/// "The journalist, who was arrested by X, was freed by Y", "The journalist, detained since March
/// by X, was freed by Y", "Protesters, who had besieged the embassy since Thursday, were
/// dispersed": past a relative clause or a participle set off with its own agent (and past a
/// "since" that only dates it), the main clause's passive acts on their antecedent.
#[test]
fn a_passive_after_a_set_off_clause_acts_on_its_antecedent() {
    for text in [
        "The French journalist, who was arrested by Iranian intelligence in March, was freed on Tuesday by the authorities in Tehran.",
        "The French journalist, detained since March by Iranian intelligence, was freed on Tuesday by the authorities in Tehran.",
    ] {
        let en = codes("en", text);
        assert!(en.contains(&"IRN->FRA 173".to_string()) && en.contains(&"IRN->FRA 0841".to_string()), "{text}: {en:?}");
    }
    let it = codes(
        "it",
        "Il giornalista francese, che era stato arrestato a marzo dai servizi iraniani, è stato liberato martedì dalle autorità di Teheran.",
    );
    assert!(it.contains(&"IRN->FRA 0841".to_string()), "{it:?}");
    let en =
        codes("en", "Protesters, who had besieged the Russian embassy since Thursday, were dispersed by Moldovan riot police on Sunday.");
    assert!(en.contains(&"MDA->MDA 175".to_string()), "{en:?}");
    let fr = codes(
        "fr",
        "Les manifestants, qui assiégeaient l'ambassade de Russie depuis jeudi, ont été dispersés dimanche par la police moldave.",
    );
    assert!(fr.contains(&"MDA->MDA 175".to_string()), "{fr:?}");
}

/// "condenou na segunda-feira o bombardeamento ... pelo exército", "hat ... die Bombardierung
/// eines Krankenhauses durch die Armee verurteilt": a reaction to the nominal event it names is
/// aimed at its doer, past a date before the noun and past the doer inside a verb bracket.
#[test]
fn a_reaction_reaches_its_nominal_object_past_a_date_and_its_doer() {
    let pt = codes("pt", "A ONU condenou na segunda-feira o bombardeamento de um hospital em Gaza pelo exército israelita.");
    assert!(pt.contains(&"IGOUNO->ISR 111".to_string()), "{pt:?}");
    let de = codes(
        "de",
        "Die Vereinten Nationen haben am Montag die Bombardierung eines Krankenhauses in Gaza durch die israelische Armee verurteilt.",
    );
    assert!(de.contains(&"IGOUNO->ISR 111".to_string()), "{de:?}");
}

/// "Egypt, Ethiopia and Sudan signed a joint statement": a symmetric act of three countries gives
/// both directions of every pair; with an object ("met a delegation of ECOWAS") they act on it
/// together (not an actor past the object the expression names: "a charter founding the
/// Alliance"), and four or more (a multilateral meeting) give no pairs.
#[test]
fn three_countries_signing_together_give_every_pair() {
    let every_pair = ["EGY->ETH 057", "EGY->SDN 057", "ETH->EGY 057", "ETH->SDN 057", "SDN->EGY 057", "SDN->ETH 057"];
    expect_codes(
        "en",
        "Egypt, Ethiopia and Sudan signed a joint statement on the management of the Nile waters in Addis Ababa on Thursday.",
        &every_pair,
    );
    expect_codes(
        "it",
        "Egitto, Etiopia e Sudan hanno firmato giovedì ad Addis Abeba un comunicato congiunto sulla gestione delle acque del Nilo.",
        &every_pair,
    );
    expect_roots(
        "en",
        "The foreign ministers of Mali, Burkina Faso and Niger met a delegation of ECOWAS in Niamey on Wednesday.",
        &["BFA->IGOWAFWAS 04", "MLI->IGOWAFWAS 04", "NER->IGOWAFWAS 04"],
    );
    let founding =
        codes("fr", "Le Mali, le Burkina Faso et le Niger ont signé samedi à Bamako une charte instituant l'Alliance des États du Sahel.");
    assert_eq!(founding.len(), 6, "{founding:?}");
    expect_none("en", "Egypt, Ethiopia, Eritrea and Sudan signed a joint statement on the Nile in Addis Ababa on Thursday.");
}

/// "Russia would attack Ukraine if Kyiv used Western missiles, the Kremlin warned": the hostile
/// act that a condition governs, said as a warning by the side that would act, is a threat;
/// without the warning, or warned by others, it stays a hypothesis.
#[test]
fn a_warned_consequence_of_a_condition_is_a_threat() {
    expect_codes("en", "Russia would attack Ukraine if Kyiv used Western missiles, the Kremlin warned on Monday.", &["RUS->UKR 1384"]);
    expect_none("en", "Russia would attack Ukraine if Kyiv used Western missiles, analysts said on Monday.");
    expect_none("en", "If the talks fail, the government in Khartoum could face sanctions from Washington, diplomats warned.");
    expect_codes("it", "Se Pyongyang effettuerà un nuovo test nucleare, il Giappone imporrà nuove sanzioni al regime nordcoreano, ha avvertito venerdì il portavoce del governo giapponese.", &["JPN->PRK 1312"]);
    expect_codes("es", "Si la junta no fija un calendario electoral, la Unión Europea congelará los activos de los militares birmanos, advirtió el lunes el jefe de la diplomacia europea.", &["IGOEUREEC->MMR 1312"]);
    // With no subject of its own, or only a country-less one, the act is the warner's.
    for text in [
        "Si Pyongyang realiza un nuevo ensayo nuclear, impondrá nuevas sanciones al régimen norcoreano, advirtió el viernes el ministro de Exteriores japonés.",
        "Si Pyongyang realiza un nuevo ensayo nuclear, el Gobierno impondrá nuevas sanciones al régimen norcoreano, advirtió el viernes el ministro de Exteriores japonés.",
    ] {
        expect_codes("es", text, &["JPN->PRK 1312"]);
    }
}

/// "freed on the orders of the army", "puesto en libertad por orden de un juez", "libertado por
/// ordem do Supremo Tribunal": the order names the doer of a passive.
#[test]
fn the_order_names_the_doer_of_a_passive() {
    expect_codes(
        "en",
        "Twenty-two Nigerien opposition leaders were freed on Thursday on the orders of the Nigerien army.",
        &["NER->NER 0841"],
    );
    expect_codes("es", "El líder opositor boliviano fue puesto en libertad el sábado por orden de un juez.", &["BOL->BOL 0841"]);
    expect_codes(
        "pt",
        "O líder da oposição venezuelana foi libertado na sexta-feira por ordem do Supremo Tribunal de Justiça.",
        &["VEN->VEN 0841"],
    );
}

/// "a été détenu mardi par des soldats", "has been detained since Tuesday by": the auxiliary of a
/// passive perfect is no active one, and the agent after the date is the doer.
#[test]
fn a_passive_perfect_takes_its_agent_past_a_date() {
    expect_codes(
        "fr",
        "Le président Mohamed Bazoum a été détenu mardi par des soldats nigériens, a indiqué la présidence.",
        &["NER->NER 173"],
    );
    expect_codes(
        "en",
        "President Mohamed Bazoum has been detained since Tuesday by Nigerien soldiers, the presidency said.",
        &["NER->NER 173"],
    );
}

/// "appealed for an immediate ceasefire in Sudan": an appeal to de-escalate that names no
/// addressee is made to the country at war; a town ("in Khartoum") names no party.
#[test]
fn an_appeal_for_a_ceasefire_in_a_country_is_made_to_it() {
    expect_codes("en", "Pope Leo XIV appealed on Sunday for an immediate ceasefire in Sudan.", &["VAT->SDN 0256"]);
    expect_none("en", "Pope Leo XIV appealed on Sunday for an immediate ceasefire in Khartoum.");
    expect_codes("it", "Il Papa ha lanciato domenica un appello per un cessate il fuoco immediato in Sudan.", &["VAT->SDN 0256"]);
    expect_codes("fr", "Le pape a appelé dimanche à un cessez-le-feu immédiat au Soudan.", &["VAT->SDN 0256"]);
}

/// "the duties on Vietnamese steel, announced by New Delhi": a trade measure falls on the country
/// its goods come from, named by their demonym or an origin ("Stahl aus Vietnam").
#[test]
fn a_trade_measure_targets_the_country_of_its_goods() {
    expect_codes(
        "en",
        "The anti-dumping duties on Vietnamese steel, announced on Friday by New Delhi, take effect next month.",
        &["IND->VNM 163"],
    );
    expect_codes("it", "I dazi sull'alluminio russo, annunciati martedì da Ottawa, entreranno in vigore a gennaio.", &["CAN->RUS 163"]);
    expect_codes(
        "es",
        "Los aranceles antidumping al acero vietnamita, anunciados el viernes por Nueva Delhi, entrarán en vigor en enero.",
        &["IND->VNM 163"],
    );
    expect_codes(
        "fr",
        "Les droits de douane sur l'acier chinois, annoncés vendredi par Washington, entreront en vigueur lundi.",
        &["USA->CHN 163"],
    );
    expect_codes("de", "Indien verhängte am Freitag Strafzölle auf Stahl aus Vietnam.", &["IND->VNM 163"]);
}

/// "Vor der Botschaft in Ankara nahm die türkische Polizei ... fest": after a fronted adverbial
/// the subject follows the verb, past a date and a count; a place in the adverbial is no subject.
#[test]
fn a_fronted_adverbial_leaves_the_subject_after_the_verb() {
    expect_codes("de", "Vor der Botschaft in Ankara nahm die türkische Polizei am Sonntag zwanzig Demonstranten fest.", &["TUR->TUR 173"]);
    // An article opens the clause: the place inside the noun phrase is not what was arrested.
    expect_no_root(
        "de",
        "Die Familie des im Iran inhaftierten schwedischen Journalisten appellierte am Mittwoch an den Präsidenten.",
        "17",
    );
}

/// "Should Tokyo go ahead, Seoul would respond with duties", "will recall its ambassador if":
/// a hostile act announced on a condition is a threat, made to whom the condition is set when
/// the act names no one else.
#[test]
fn an_act_announced_on_a_condition_is_a_threat() {
    expect_codes(
        "en",
        "Should Tokyo go ahead with the new levy, Seoul would respond with duties on Japanese cars, the South Korean trade minister warned on Monday.",
        &["KOR->JPN 1312"],
    );
    expect_codes(
        "en",
        "Washington will recall its ambassador from Caracas if the election result is confirmed, the State Department said.",
        &["USA->VEN 1313"],
    );
    expect_codes(
        "en",
        "If Minsk does not free the photographer by the end of the month, Vilnius will recall its ambassador, the Lithuanian foreign minister warned.",
        &["LTU->BLR 1313"],
    );
    expect_codes(
        "de",
        "Sollte Minsk den inhaftierten litauischen Fotografen nicht bis Ende des Monats freilassen, werde man den Botschafter zurückrufen, drohte Vilnius am Samstag.",
        &["LTU->BLR 1313"],
    );
    // "se o ..." opens the condition; the warner, an official of no stated country, speaks for
    // the side that would act.
    expect_codes(
        "pt",
        "Se o Irão atacar os navios no Golfo, os Estados Unidos imporão novas sanções a Teerão, advertiu na terça-feira o secretário de Estado.",
        &["USA->IRN 1312"],
    );
}

/// „... ein feindseliger Akt“, kritisierte der Minister: a verdict after a quote has its speaker
/// after it and falls on the doer of the act the quote names, else on what it is about; a verb
/// that only reports the quote codes nothing.
#[test]
fn a_verdict_after_a_quote_falls_on_what_it_names() {
    expect_codes(
        "de",
        "Der Stopp der Einfuhren durch Indonesien sei ein „feindseliger Akt“, kritisierte der malaysische Handelsminister am Montag.",
        &["MYS->IDN 111"],
    );
    expect_codes(
        "de",
        "Die Verstaatlichung der Minen des chinesischen Konzerns Ganfeng durch die argentinische Regierung sei ein „Akt der Enteignung“, kritisierte das Außenministerium in Peking am Montag.",
        &["ARG->CHN 1711", "CHN->ARG 111"],
    );
    expect_codes(
        "it",
        "«Si tratta di una campagna orchestrata dal Cremlino per destabilizzare il Paese», ha accusato giovedì il presidente moldovo, Maia Sandu.",
        &["MDA->RUS 112"],
    );
    expect_none("es", "«Nadie sabe cuánto durará esto», reconoció el alcalde de Járkov, Ígor Terejov.");
}

/// "the signing of the agreement has been postponed", "ha sospeso l'espulsione di": a nominal event
/// that its clause postpones, cancels or halts did not happen; the act itself, told, is coded.
#[test]
fn a_nominal_event_called_off_did_not_happen() {
    expect_none(
        "en",
        "The signing of the free trade agreement between Kenya and the United Kingdom has been postponed until next year, officials said.",
    );
    expect_codes("en", "Kenya and the United Kingdom signed a free trade agreement on Monday.", &["GBR->KEN 057", "KEN->GBR 057"]);
    expect_none("fr", "La signature de l'accord entre le Maroc et l'Espagne a été reportée à une date ultérieure.");
    expect_none("pt", "A deportação de 45 venezuelanos pelo Peru foi suspensa na quinta-feira pelo Tribunal Constitucional.");
    expect_no_root("it", "Il tribunale ha sospeso lunedì l'espulsione di dieci migranti tunisini decisa dal governo italiano.", "17");
}

/// German subordinate clauses close with the passive's auxiliary and then the tense's own
/// ("zurückgedrängt worden waren"): the `von` agent inside is the doer, and a relative clause's
/// passive is done to its antecedent.
#[test]
fn a_german_pluperfect_passive_in_a_subordinate_clause_keeps_its_agent() {
    expect_codes(
        "de",
        "Der Sudan hat den tschadischen Botschafter einbestellt, nachdem zwölf sudanesische Flüchtlinge von tschadischen Soldaten erschossen worden waren.",
        &["SDN->TCD 114", "TCD->SDN 193"],
    );
    expect_codes(
        "de",
        "Der Oppositionspolitiker, der am Montag von der belarussischen Polizei festgenommen worden war, ist wieder frei.",
        &["BLR->BLR 173"],
    );
    // After a preposition the relative pronoun is no subject: the toll is not done to the antecedent.
    expect_no_root("de", "Die Armee hat die Stadt Gao beschossen, bei der zwanzig Malier getötet worden waren.", "18");
}

/// "Die Ausweisung ... durch X hat die Regierung verurteilt": only someone judges, so a
/// verdict whose clause opens with an act judges that act, its judge follows the auxiliary and
/// its target is the act's doer.
#[test]
fn a_german_verdict_on_a_fronted_act_targets_its_doer() {
    expect_codes(
        "de",
        "Die Ausweisung von 200 Haitianern durch die Dominikanische Republik hat die Regierung in Port-au-Prince am Dienstag scharf verurteilt.",
        &["DOM->HTI 174", "HTI->DOM 111"],
    );
    expect_codes(
        "de",
        "Die haitianische Regierung hat die Ausweisung von 200 Haitianern durch die Dominikanische Republik scharf verurteilt.",
        &["DOM->HTI 174", "HTI->DOM 111"],
    );
}

/// A quoted qualification between a verdict and the act it judges does not count as distance, nor
/// does the act's own doer before it: "condemned as \"reckless\" North Korea's attack".
#[test]
fn a_quoted_qualification_does_not_separate_a_verdict_from_its_act() {
    expect_codes("en", "Japan condemned as \"reckless\" North Korea's attack on a South Korean ship.", &["JPN->PRK 111", "PRK->KOR 190"]);
    expect_codes("es", "Japón condenó «con la mayor firmeza» el ataque de Corea del Norte contra un buque surcoreano.", &["JPN->PRK 111"]);
}

/// A German verb-final clause puts the reaction's object before its verb: "..., woraufhin Tokio den
/// Test scharf verurteilte" reacts to the act the sentence has told, as "condemned the test" does.
#[test]
fn a_german_verb_final_reaction_to_the_move_targets_its_doer() {
    expect_roots(
        "de",
        "Nordkorea hat am Sonntag zwei Raketen abgefeuert, woraufhin die Regierungen in Tokio und Seoul den Test scharf verurteilten.",
        &["PRK->- 15", "JPN->PRK 11", "KOR->PRK 11"],
    );
    // Nothing told before it: no move to react to.
    expect_none("de", "Die Regierungen in Tokio und Seoul haben den Test scharf verurteilt.");
}

/// A coordinated target repeats the preposition that stood before the first one's count: "gegen
/// drei russische Banken sowie gegen", "a dos periodistas y a".
#[test]
fn a_coordinated_target_repeats_the_preposition_before_a_count() {
    expect_codes(
        "de",
        "Die Europäische Union verhängte am Montag Sanktionen gegen drei russische Banken sowie gegen die iranischen Revolutionsgarden.",
        &["IGOEUREEC->RUS 163", "IGOEUREEC->IRN 163"],
    );
    expect_codes(
        "es",
        "La policía venezolana detuvo el lunes a dos periodistas colombianos y a un ciudadano estadounidense.",
        &["VEN->COL 173", "VEN->USA 173"],
    );
}

/// A relative clause on an actor glossed by its acronym in brackets has that actor as subject:
/// "informou a Organização Nacional Indígena da Colômbia (ONIC), que responsabilizou ...".
#[test]
fn a_relative_clause_after_a_bracketed_acronym_has_the_named_actor_as_subject() {
    expect_roots(
        "pt",
        "O ataque foi confirmado, informou a Organização Nacional Indígena da Colômbia (ONIC), que responsabilizou o Governo de Bogotá pela violência.",
        &["COL->COL 11"],
    );
    expect_roots(
        "es",
        "La noticia fue confirmada por la Organización Nacional Indígena de Colombia (ONIC), que acusó al Gobierno de Bogotá de abandonar a las comunidades.",
        &["COL->COL 11"],
    );
}

/// A passive matched with its auxiliary ("fueron detenidos") is a passive: its subject is the
/// target, and without an agent nobody is the doer, not the place it happened in.
#[test]
fn a_passive_matched_with_its_auxiliary_takes_its_subject_as_target() {
    expect_none("es", "Tres periodistas fueron detenidos en Bogotá.");
    expect_roots("es", "Dos periodistas colombianos fueron detenidos el lunes por la policía venezolana.", &["VEN->COL 17"]);
}

/// Two passive participles joined by `and` share the first one's subject and the second one's
/// agent: "were beaten and detained by police".
#[test]
fn coordinated_passive_participles_share_subject_and_agent() {
    expect_codes("en", "Two reporters were beaten and detained by Belarusian police.", &["BLR->BLR 182", "BLR->BLR 173"]);
    expect_codes("it", "Due giornalisti sono stati picchiati e arrestati dalla polizia turca.", &["TUR->TUR 182", "TUR->TUR 173"]);
    expect_codes("pt", "Dois jornalistas foram espancados e detidos pela polícia angolana.", &["AGO->AGO 182", "AGO->AGO 173"]);
}

/// A passive matched up to its `por` has the actor right after it as its agent, past a
/// possessive: "fue recibido en Pekín por su homólogo chino".
#[test]
fn the_agent_right_after_a_matched_preposition_may_follow_a_possessive() {
    expect_roots("es", "El presidente de Kenia fue recibido el lunes en Pekín por su homólogo chino.", &["CHN->KEN 04"]);
}

/// An entry whose subject undergoes the act keeps that reading when the match opens with a
/// passive auxiliary: "a été suspendue des instances de la Cédéao".
#[test]
fn an_undergone_entry_opened_by_a_passive_auxiliary_keeps_its_doer_after_it() {
    expect_roots("fr", "La junte nigérienne a été suspendue de toutes les instances de la Cédéao.", &["IGOWAFWAS->NER 16"]);
}

/// The words of a place's name date nothing: "Santo Domingo", "Rio de Janeiro".
#[test]
fn a_date_word_inside_a_name_is_no_date() {
    assert_eq!(dated("pt", "O governo de Santo Domingo expulsou ontem dois diplomatas haitianos."), ["DOM->HTI 16 @2024-03-13/day"]);
}

/// A coercive act is done to the people named after the place where it happened, not to the
/// place: "prendeu no Rio de Janeiro dois chefes do Comando Vermelho".
#[test]
fn an_arrest_is_done_to_the_people_named_past_its_place() {
    expect_codes("pt", "A polícia prendeu ontem no Rio de Janeiro dois chefes do Comando Vermelho.", &["BRA->BRA 173"]);
    expect_codes("es", "La policía detuvo el martes en Guayaquil a tres miembros de Los Choneros.", &["ECU->ECU 173"]);
}

/// A passive's agent may open with its count: "by four members of the Gulf Clan".
#[test]
fn a_passive_agent_may_open_with_a_count() {
    expect_roots("en", "Two police officers were killed on Monday by four members of the Gulf Clan.", &["COL->COL 19"]);
    expect_roots("pt", "Dois polícias foram mortos ontem por quatro membros do Comando Vermelho.", &["BRA->BRA 19"]);
}

/// A French court's "sentence" is an act a reaction takes up: ", une sentence que Paris a
/// qualifiée de « farce »" judges the court that passed it.
#[test]
fn a_reaction_to_a_sentence_judges_the_court() {
    expect_roots(
        "fr",
        "Un tribunal de Moscou a condamné mardi un journaliste français à sept ans de prison, une sentence que Paris a qualifiée de « farce ».",
        &["RUS->FRA 17", "FRA->RUS 11"],
    );
}

/// An English entry that spells out its auxiliary and its agent's `by` is a passive ("was signed
/// ... by"); one that spells out only the auxiliary names a state ("is opposed to").
#[test]
fn an_english_match_opened_by_its_auxiliary_is_passive_only_with_its_by() {
    expect_roots(
        "en",
        "A cultural agreement between Morocco and Senegal was signed on Monday in Rabat by the two countries' culture ministers.",
        &["MAR->SEN 05", "SEN->MAR 05"],
    );
    let got = codes("en", "Israel is opposed to French mediation in the dispute.");
    assert!(got.iter().any(|e| e.starts_with("ISR->FRA 110")), "{got:?}");
}

/// "y los instó", "e os exortou", "et les a appelés": a verb whose object clitic follows a
/// coordination shares the earlier verb's subject, and the clitic stands for that verb's object
/// even when the lexicon does not code the earlier verb; a simple past after the clitic is a
/// verb, not a noun after an article.
#[test]
fn a_clitic_after_and_shares_the_subject_and_stands_for_the_object() {
    expect_roots(
        "es",
        "El gobierno boliviano recibió a los dirigentes sindicales y los instó a levantar los bloqueos.",
        &["BOL->BOL 04", "BOL->BOL 02"],
    );
    expect_roots("pt", "O governo angolano recebeu os dirigentes sindicais e os exortou a suspender a greve.", &["AGO->AGO 02"]);
    expect_roots(
        "fr",
        "Le gouvernement malien a reçu les représentants syndicaux et les a appelés à suspendre la grève.",
        &["MLI->MLI 02"],
    );
    expect_roots(
        IT,
        "Il governo serbo ha ricevuto i dirigenti sindacali e li ha esortati a sospendere lo sciopero.",
        &["SRB->SRB 04", "SRB->SRB 02"],
    );
}

/// "Thousands marched", "a million people took to the streets", "Tausende sind ... gegangen": a
/// count standing for a crowd, or people after a count, is the crowd that protests; a count
/// before a noun is no actor.
#[test]
fn a_counted_crowd_is_the_subject_of_a_protest() {
    expect_roots("en", "More than a million people marched through Santiago against the pension reform.", &["CHL->CHL 14"]);
    expect_roots("en", "Thousands marched through Santiago against the Chilean government.", &["CHL->CHL 14"]);
    expect_roots("es", "Miles marcharon el sábado en Lima contra el Gobierno peruano.", &["PER->PER 14"]);
    expect_roots("de", "In Hanoi sind am Sonntag Tausende gegen ein geplantes Gesetz auf die Straße gegangen.", &["VNM->VNM 14"]);
    expect_none("de", "Hunderte Flüge wurden am Montag in Frankfurt gestrichen.");
}

/// "qui a dénoncé une décision « injustifiable »", "che ha definito la decisione «inaccettabile»":
/// a condemnation whose expression holds the noun of the move is aimed at whoever made the move.
#[test]
fn a_condemnation_holding_the_noun_of_the_move_targets_its_doer() {
    expect_roots(
        "fr",
        "Le gouvernement de Daniel Ortega a expulsé dimanche l'ambassadeur du Guatemala, a annoncé le ministère guatémaltèque des Affaires étrangères, qui a dénoncé une décision « injustifiable ».",
        &["NIC->GTM 16", "GTM->NIC 11"],
    );
    expect_roots(
        IT,
        "Il governo nicaraguense ha espulso domenica l'ambasciatore del Guatemala, ha reso noto il ministero degli Esteri guatemalteco, che ha definito la decisione «inaccettabile».",
        &["NIC->GTM 16", "GTM->NIC 11"],
    );
}

/// "without" negates what it opens ("without warning", "senza essere stata consultata"), not the
/// verb group after the phrase it closed ("trawlers fishing without a licence were seized").
#[test]
fn without_does_not_negate_the_verb_after_its_phrase() {
    expect_roots(
        "en",
        "Two Russian trawlers fishing without a licence were seized by the Norwegian coast guard on Monday.",
        &["NOR->RUS 17"],
    );
    expect_roots(
        IT,
        "Due pescatori russi che pescavano senza licenza sono stati arrestati lunedì dalla guardia costiera norvegese.",
        &["NOR->RUS 17"],
    );
    expect_none(IT, "La Germania ha preso la decisione senza essere stata consultata dalla Francia.");
}

/// ", a show of force that Manila described as reckless": an apposition may name the move by an
/// event noun of its own, and the reaction in its relative targets the main clause's doer.
#[test]
fn a_reaction_in_an_apposition_on_an_event_noun_targets_the_doer() {
    let cases = [
        ("en", "Chinese warships held live-fire drills near the Scarborough Shoal on Monday, a show of force that Manila described as \"reckless\"."),
        (IT, "Navi da guerra cinesi hanno condotto lunedì esercitazioni a fuoco vicino alla secca di Scarborough, una dimostrazione di forza che Manila ha definito «sconsiderata»."),
    ];
    for (lang, text) in cases {
        let got = roots(lang, text);
        assert!(got.contains(&"PHL->CHN 11".to_string()), "{lang}: {got:?}");
    }
}

/// "voltou a exigir", "está a bombardear": after an aspectual verb the Portuguese "a" is the
/// infinitive's preposition, neither the article nor the clitic "a" (her, it), so the verb keeps
/// its object.
#[test]
fn portuguese_aspectual_a_leaves_the_infinitive_its_object() {
    expect_roots(
        "pt",
        "O governo polaco voltou a exigir na segunda-feira à Alemanha o pagamento de reparações de guerra.",
        &["POL->DEU 10"],
    );
    expect_roots("pt", "O governo polaco voltou a criticar a Alemanha.", &["POL->DEU 11"]);
    expect_roots("pt", "A aviação russa está a bombardear a cidade ucraniana de Kharkiv.", &["RUS->UKR 19"]);
}

/// "threatened to take strong military measures if Seoul ...": the "military" of a threat of
/// force names its means; the threat is aimed at whoever the condition names.
#[test]
fn the_military_means_of_a_threat_are_not_its_target() {
    expect_roots(
        "en",
        "North Korea threatened on Thursday to take strong military measures if Seoul goes ahead with the joint drills.",
        &["PRK->KOR 13"],
    );
    expect_roots("en", "Russia threatened to use military force if Moldova moved against Transnistria.", &["RUS->MDA 13"]);
    expect_roots(
        IT,
        "La Corea del Nord ha minacciato giovedì di adottare forti misure militari se Seul proseguirà le esercitazioni.",
        &["PRK->KOR 13"],
    );
}

/// A passive's agent after a manner phrase with its article ("con la massima fermezza da") or
/// after a place whose complement is a country ("au large de Singapour par") is still its doer.
#[test]
fn a_passive_agent_follows_a_manner_phrase_or_a_place_named_by_its_country() {
    expect_roots(IT, "I raid russi sono stati condannati con la massima fermezza dall'Unione europea.", &["IGOEUREEC->RUS 11"]);
    expect_roots("fr", "Un cargo iranien a été arraisonné dimanche au large de Singapour par la marine singapourienne.", &["SGP->IRN 17"]);
    // A country after "to" or "a" is where the act went: the agent after it is another verb's.
    expect_roots(
        "es",
        "El Gobierno nicaragüense deportó el viernes a 135 opositores a Guatemala en un vuelo fletado por Washington.",
        &["NIC->NIC 17"],
    );
}

/// A German infinitive closes its clause ("..., Sanktionen gegen Georgien zu verhängen", "...,
/// den Botschafter auszuweisen"): the word that governs it stands before the comma, and says
/// whether the act is threatened, only planned, or decided.
#[test]
fn a_german_closing_infinitive_takes_its_frame_from_before_the_comma() {
    expect_roots("de", "Die EU ist bereit, Sanktionen gegen Georgien zu verhängen.", &["IGOEUREEC->GEO 13"]);
    expect_roots("de", "Die Bundesregierung plant, den russischen Botschafter auszuweisen.", &[]);
    expect_roots("de", "Die Bundesregierung hat beschlossen, den russischen Botschafter auszuweisen.", &["DEU->RUS 16"]);
    // The expression that spans the comma is the governing verb itself.
    expect_roots("de", "Die Ukraine warf Russland am Montag vor, Zivilisten angegriffen zu haben.", &["UKR->RUS 11"]);
}

/// "arrested 27 striking miners", "arrestato venti operai in sciopero": the strike says whom the
/// arrest was done to, as a restrictive relative would, and is no event of its own; the arrest
/// keeps the miners as its target.
#[test]
fn a_strike_that_identifies_the_people_acted_on_is_no_event() {
    expect_roots("en", "Chilean police arrested 27 striking miners near Antofagasta on Tuesday.", &["CHL->CHL 17"]);
    expect_roots(IT, "La polizia turca ha arrestato venti operai in sciopero davanti alla fabbrica.", &["TUR->TUR 17"]);
    // Workers on strike who act are striking.
    expect_roots("en", "Striking miners blocked the main road to Antofagasta on Tuesday.", &["CHL->CHL 14"]);
}

/// A Romance passive that opens its clause puts its subject after the verb, before or after the
/// agent ("Fueron detenidos el lunes tres periodistas por la policía", "Foram libertados pelo
/// grupo rebelde M23 os cinco enfermeiros"); a fronted participle without its auxiliary
/// qualifies the subject of the clause that follows.
#[test]
fn a_passive_that_opens_its_clause_has_its_subject_after_the_verb() {
    expect_roots(
        "es",
        "Fueron deportados a Níger el miércoles más de 300 migrantes nigerinos por las autoridades argelinas.",
        &["DZA->NER 17"],
    );
    expect_roots("it", "Sono stati arrestati giovedì a Istanbul venti giornalisti curdi dalla polizia turca.", &["TUR->TUR 17"]);
    expect_roots("pt", "Foram libertados na terça-feira pelo grupo rebelde M23 os cinco enfermeiros congoleses.", &["COD->COD 08"]);
    expect_roots(
        "fr",
        "Négociée par le Qatar, une trêve entre Israël et le Hamas est entrée en vigueur vendredi.",
        &["ISR->PSE 08", "PSE->ISR 08", "QAT->ISR 04", "QAT->PSE 04"],
    );
}
