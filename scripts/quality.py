#!/usr/bin/env python3
"""Regenerates docs/quality.md: `dyad eval` on every suite, one table.

    python3 scripts/quality.py            # build the release binary, run every suite, rewrite docs/quality.md
    python3 scripts/quality.py --check    # also exit 1 when a figure is below its floor in tests/floors.toml

Run from the repository root (the suites under ../shared are read in place, never copied).
The floors themselves are checked by `cargo test -p dyad-eval` (tests/suites.rs), so CI fails on
a drop even without this script; raise a floor here when a figure improves for good.
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DYAD = os.path.join(ROOT, "target", "release", "dyad")
DICTS = "../shared/suites/petrarch2/dictionaries"
# Every production file, as a PETRARCH user would pass them (prepositions and issue files are
# recognised and reported as unused).
PHOENIX = [f"{DICTS}/{f}" for f in ("CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                    "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
                                    "Phoenix.prepositions.txt", "Phoenix.IssueCoding.txt")]

# (label, suite, extra arguments)
# The blind tuning sets after the first: (file number, ordinal, when and how they were chosen).
BLIND_ROUNDS = (
    (2, "Second", "stop 22"),
    (3, "Third", "stop 23"),
    (4, "Fourth", "stop 23; one region each"),
    (5, "Fifth", "stop 23; another region each"),
    (6, "Sixth", "stop 23; another region each"),
    (7, "Seventh", "stop 24; another region each"),
    (8, "Eighth", "stop 24; another region each"),
    (9, "Ninth", "stop 24; domestic politics in many countries"),
    (10, "Tenth", "stop 25; security and coercion in many countries"),
    (11, "Eleventh", "stop 25; diplomacy between states and with international bodies"),
    (12, "Twelfth", "stop 25; migration, human rights and justice, economic disputes"),
    (13, "Thirteenth", "stop 25; one wire day, the press's hardest forms"),
    (14, "Fourteenth", "stop 25; precision: no-event sentences and distractors"),
    (15, "Fifteenth", "stop 26; domestic politics and society, actors that are not states"),
    (16, "Sixteenth", "stop 26; the less frequent kinds of event (03 to 09, 15 to 17)"),
    (17, "Seventeenth", "stop 26; later paragraphs of wire stories: background, claims, reactions"),
)

RUNS = [
    ("Dyad test set, English (written with the lexicons)", "tests/data/en.jsonl", []),
    ("Dyad test set, Italian (written with the lexicons)", "tests/data/it.jsonl", []),
    ("Wire-style tuning set, English (rules tuned on it)", "tests/data/tune/wire_en.jsonl", []),
    ("Wire-style tuning set, Italian (rules tuned on it)", "tests/data/tune/wire_it.jsonl", []),
    ("News-style tuning set, English (written blind to the lexicons; tuned on after)", "tests/data/tune/news_en.jsonl", []),
    ("News-style tuning set, Italian (written blind to the lexicons; tuned on after)", "tests/data/tune/news_it.jsonl", []),
    ("**Held out**: wire-style dev set, English", "tests/data/dev/wire_en.jsonl", []),
    ("**Held out**: wire-style dev set, Italian", "tests/data/dev/wire_it.jsonl", []),
    ("PLOVER gold standard translated into Italian, tuning half (even records; tuned on)", "tests/data/tune/plover_gsr_it.json", []),
    ("**Held out**: PLOVER gold standard translated into Italian, dev half (odd records)", "tests/data/dev/plover_gsr_it.json", []),
    ("PLOVER gold standard (CAMEO manual examples)", "../shared/suites/plover/PLOVER_GSR_CAMEO.json", []),
    *[run for lang, name in (("es", "Spanish"), ("fr", "French"), ("pt", "Portuguese"), ("de", "German")) for run in (
        (f"Wire-style tuning set, {name} (lexicon tuned on it)", f"tests/data/tune/wire_{lang}.jsonl", []),
        (f"News-style tuning set, {name} (written blind to the lexicons; tuned on after)", f"tests/data/tune/news_{lang}.jsonl", []),
        (f"**Held out**: wire-style dev set, {name}", f"tests/data/dev/wire_{lang}.jsonl", []),
        (f"PLOVER gold standard translated into {name}, tuning half (even records; tuned on)", f"tests/data/tune/plover_gsr_{lang}.json", []),
        (f"**Held out**: PLOVER gold standard translated into {name}, dev half (odd records)", f"tests/data/dev/plover_gsr_{lang}.json", []),
    )],
    *[(f"Blind tuning set, {name} (written by a helper before reading the lexicons; measured once, then tuned on)",
       f"tests/data/tune/blind_{lang}.jsonl", [])
      for lang, name in (("it", "Italian"), ("es", "Spanish"), ("fr", "French"), ("pt", "Portuguese"), ("de", "German"))],
    *[(f"{ordinal} blind tuning set, {name} ({note}; written before reading the lexicons; measured once, then tuned on)",
       f"tests/data/tune/blind{k}_{lang}.jsonl", [])
      for k, ordinal, note in BLIND_ROUNDS
      for lang, name in (("en", "English"), ("it", "Italian"), ("es", "Spanish"), ("fr", "French"), ("pt", "Portuguese"), ("de", "German"))],
    # Stop 27's round: the other five languages' helpers lost their work to errors.
    ("Eighteenth blind tuning set, Portuguese (stop 27; the national press of the Lusophone countries; written before reading the lexicons; measured once)",
     "tests/data/tune/blind18_pt.jsonl", []),
    ("Protest-news tuning set, Spanish (Latin American wire style; lexicon tuned on it)", "tests/data/tune/protest_es.jsonl", []),
    ("Spanish protest suite (real news, root codes only), Dyad's own lexicons",
     "../shared/suites/universalpetrarch/spanish_protest_plover_validation.xml", ["--builtin", "--lang", "es"]),
    ("PETRARCH unit tests, PETR.Validate dictionaries", "../shared/suites/petrarch2/PETR.UnitTest.records.xml", []),
    ("PETRARCH unit tests, Dyad's own lexicons", "../shared/suites/petrarch2/PETR.UnitTest.records.xml", ["--builtin"]),
    ("PLOVER gold standard, Phoenix dictionaries", "../shared/suites/plover/PLOVER_GSR_CAMEO.json",
     [a for f in PHOENIX for a in ("--petrarch", f)]),
    ("**Held out**: wire-style dev set, English, Phoenix dictionaries", "tests/data/dev/wire_en.jsonl",
     [a for f in PHOENIX for a in ("--petrarch", f)]),
    ("**Held out**: wire-style dev set, English, Phoenix dictionaries, PETRARCH coder", "tests/data/dev/wire_en.jsonl",
     [a for f in PHOENIX for a in ("--petrarch", f)] + ["--petrarch-coder"]),
]


def run(args, **kw):
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, **kw)


def evaluate(suite, extra, events=None):
    args = [DYAD, "eval", "--json", suite, *extra]
    if events:
        args += ["--events", events]
    out = run(args)
    if out.returncode not in (0, 1):
        raise SystemExit(f"dyad eval {suite} failed:\n{out.stderr}")
    return json.loads(out.stdout)["suites"][0]


def pct(x):
    return f"{100 * x:.1f}"


def level_cells(r, name):
    lv = r.get(name)
    return f"{lv['precision']:.3f} / {lv['recall']:.3f} / **{lv['f1']:.3f}**" if lv else "-"


def gigaword_agreement():
    """Events that Dyad's lexicons and the PETRARCH coder with the Phoenix dictionaries both find on
    the GigaWord sample."""
    suite = "../shared/suites/petrarch2/GigaWord.sample.PETR.xml"
    a, b = "/tmp/dyad-quality-giga-builtin.jsonl", "/tmp/dyad-quality-giga-phoenix.jsonl"
    evaluate(suite, ["--builtin"], a)
    started = time.time()
    evaluate(suite, [x for f in PHOENIX for x in ("--petrarch", f)] + ["--petrarch-coder"], b)
    seconds = time.time() - started

    def keys(path):
        out = set()
        for line in open(path, encoding="utf-8"):
            e = json.loads(line)
            country = lambda s: (e.get(s) or {}).get("country") or ((e.get(s) or {}).get("code") or "")[:3]
            out.add((e["doc_id"], e["root_code"], country("source"), country("target")))
        return out

    ka, kb = keys(a), keys(b)
    return len(ka), len(kb), len(ka & kb), seconds


def main():
    build = run(["cargo", "build", "--release", "-p", "dyad-cli"])
    if build.returncode != 0:
        raise SystemExit(build.stderr)
    rows = []
    for label, suite, extra in RUNS:
        if not os.path.exists(os.path.join(ROOT, suite)):
            rows.append(f"| {label} | `{suite}` | (missing) | | | | | |")
            continue
        r = evaluate(suite, extra)
        first = "type" if "type" in r else "root"
        exact = f"{r['exact']}/{r['sentences']} ({pct(r['exact_share'])}%)" if "exact" in r else "-"
        dates = f"{r['dates']['correct']}/{r['dates']['matched']}" if r.get("dates") else "-"
        shown = ("`--petrarch` (Phoenix set)" + (" `--petrarch-coder`" if "--petrarch-coder" in extra else "")
                 if "--petrarch" in extra else " ".join(f"`{x}`" for x in extra))
        rows.append(f"| {label} | `{suite}` {shown} | {r['sentences']} | "
                    f"{level_cells(r, first)} | {level_cells(r, 'code')} | {level_cells(r, 'dyad')} | {exact} | {dates} |")
    builtin_n, phoenix_n, both, seconds = gigaword_agreement()
    doc = f"""# Quality

Generated by `python3 scripts/quality.py` on {time.strftime('%Y-%m-%d')}; do not edit by hand.
Every figure is `dyad eval` on the suite (read in place from `../shared`, or Dyad's own `tests/data`),
scored exactly as the reference scorer `shared/tools/suite.py` scores (the integration tests check
that the two agree). CI fails when a figure drops below its floor in `tests/floors.toml`.

Levels: **root** = the event's CAMEO root is right; **code** = the full code is right (a more
specific system code under the gold code counts); **dyad** = root right and the source and target
countries right where the gold names them. PLOVER records score **type** (PLOVER event type)
instead of root and have no full code. **exact** = PETRARCH's own criterion: the sentence's set of
(source, target, code) equals the gold set exactly. **dates** = matched events whose date starts
with the expected one (Dyad test sets only).

Which sets measure what: Dyad's own test sets were written together with the lexicons and
flatter the coder. The wire-style sets (tests/data/tune, tests/data/dev) were written and
hand-coded by people who had not read the lexicons or the code; rules were tuned on the tuning
set only. The news-style tuning sets (tests/data/tune/news_*) were written the same way, measured
once before any work used them (dyad F1 then: en .34 on its first 20 records, it .43, es .38, fr .29,
pt .43, de .12), and tuned on after. The blind sets (tests/data/tune/blind_*) were written the same
way in stop 21 and measured once with the lexicons of that moment (dyad F1 it .580, es .563, fr .519,
pt .734, de .636) before the helper who wrote each one tuned the lexicon on it. The second blind
sets (tests/data/tune/blind2_*) were written the same way in stop 22 and measured once before any
change (dyad F1 en .745, it .615, es .621, fr .635, pt .544, de .602). The third blind sets
(tests/data/tune/blind3_*, stop 23) spread over less-covered news (at most six sentences each on
the most covered stories) and were measured once the same way (dyad F1 en .698, it .661, es .636,
fr .608, pt .517, de .491; for it and es against the gold as corrected by their writers after that
run, which fixed coding mistakes against the conventions). The fourth blind sets
(tests/data/tune/blind4_*, stop 23) each centre on one region the earlier sets hardly covered
(en South and Southeast Asia, it Africa, es Latin America and Spain, fr Europe and the Caucasus,
pt the Lusophone world, de the Middle East and German-speaking politics) and were measured once
the same way: dyad F1 en .647, it .598, es .486, fr .505, pt .447, de .305. Far from the stories
the lexicons were tuned on, Dyad finds much less. The fifth blind sets (tests/data/tune/blind5_*,
stop 23) took another region each (en sub-Saharan Africa, it Latin America and Italian politics,
es Asia and Spanish politics, fr the Middle East, North Africa and French politics, pt Europe and
the Caucasus, de Africa and the EU institutions), measured once: dyad F1 en .515, it .422,
es .577, fr .410, pt .602 (against the gold after its writer corrected Kosovo's code), de .486.
The sixth (tests/data/tune/blind6_*, stop 23: en Latin America and US politics, it the Middle
East, Turkey and the Balkans, es Africa, fr Asia, pt Africa and the Middle East, de Asia and Latin
America), measured once: dyad F1 en .569, it .525 (Kosovo's code corrected), es .552, fr .505,
pt .685, de .545. The seventh (tests/data/tune/blind7_*, stop 24: en Europe and North Africa, it
Asia and the Pacific, es Europe and the Middle East, fr Latin America and English-speaking
Africa, pt Asia and Spanish-speaking Latin America, de Europe and North America), measured once:
dyad F1 en .583, it .609, es .635 (against the gold after its writer added an event left out
against the conventions), fr .653, pt .579, de .514. The eighth (tests/data/tune/blind8_*, stop
24: en the Middle East, Turkey and Iran, it Europe and North America, es North and Central America,
the Caribbean and the Andes, fr French-speaking Africa and Canada, pt Europe and North America, de
Russia at home, the Caucasus, Central Asia, Turkey, Iran and the Gulf), measured once: dyad F1
en .589, it .714, es .617, fr .522 (Comoros' code corrected), pt .642, de .477. The ninth
(tests/data/tune/blind9_*, stop 24) took a theme rather than a region: domestic politics (courts,
parliaments, elections, police and protests, strikes, press freedom), one country per sentence
where possible, on every continent; measured once: dyad F1 en .483, it .571, es .537 (two codings
corrected against the conventions), fr .510, pt .636, de .734. Sentences that retold a story of a
held-out set in nearly its words (one each in blind9 en, es and fr and in blind7 pt) were taken
out of these sets, and their figures are without them. The tenth (tests/data/tune/blind10_*, stop
25) took security and coercion (attacks, clashes, raids and arrests, deployments, seizures,
blockades, sanctions, ceasefires and mediation), one story per sentence, with about eight
sentences per set that tempt a coder but carry no event (background, conditional plans, tolls
with no named perpetrator, forecasts, captions); thirteen sentences that retold a held-out story
were taken out before the first measurement: dyad F1 en .752, it .610, es .500, fr .623, pt .557,
de .423. The eleventh (tests/data/tune/blind11_*, stop 25) took diplomacy between states and with
international bodies (visits, talks, agreements, recognition, aid, appeals, criticism, denials,
summoned and expelled envoys, cuts and restorations of relations), in the press's reporting forms
(closing attributions, reactions in appositions, nominalisations), with about eight no-event
sentences each; ten sentences that retold a held-out story were taken out first: dyad F1 en .614,
it .529, es .647 (against the gold after its writer added an expulsion left out against the
conventions), fr .585, pt .596, de .621. The twelfth (tests/data/tune/blind12_*, stop 25) took
migration and borders, human rights and international justice, and trade and energy disputes,
with seven to nine no-event sentences each; seven sentences that retold a held-out story were
taken out first: dyad F1 en .550, it .458, es .500, fr .612, pt .580, de .517. The thirteenth
(tests/data/tune/blind13_*, stop 25) was written as one ordinary wire day (home politics, relations
between states, security, international bodies) in the press's hardest forms (two or three
events a sentence, pronoun or dropped doers, closing attributions, reactions in appositions,
distant passive agents); sixteen sentences that retold a held-out story were taken out first:
dyad F1 en .587, it .578, es .449 (its writer took out mediations named in a manner adjunct,
against the conventions), fr .463, pt .554 (its writer added a gerund's killing the conventions
code), de .301. The fourteenth (tests/data/tune/blind14_*, stop 25) tests precision: about sixteen
sentences each carry no event (conditions, denials, modal and expected acts, background,
figurative conflict words, unnamed doers, tolls, anniversaries, captions and corrections) and the
others set a distractor next to each real event; seven sentences that retold a held-out story
were taken out first: dyad F1 en .720, it .618, es .580, fr .800, pt .500, de .590, against the
gold after its writers corrected codings against the conventions (it one, es one, fr one, pt
three, de four; the German ones were prompted by reading Dyad's output, so its figure flatters). The
fifteenth (tests/data/tune/blind15_*, stop 26) took domestic politics and society, where the actors
are not states (police and protesters, courts and politicians, governments and opposition
parties, unions, armed groups, named office-holders), one story per sentence, with about eight
no-event sentences each; thirteen sentences that retold a held-out story were taken out first:
dyad F1 en .554, it .543, es .585 (against the gold after its writer added two protests left
out against the conventions), fr .571, pt .519, de .519 (after its writer corrected one demand
coded as an appeal). The sixteenth (tests/data/tune/blind16_*, stop 26) took the less frequent kinds of
event that real news carries every day (pledges, consultations, diplomatic and material
cooperation, aid, yielding, investigations, force postures, reduced relations, coercion), one story
per sentence, with about eight no-event sentences each; five sentences that retold a held-out
story were taken out first: dyad F1 en .729 (against the gold after its writer corrected two
codings against the conventions), it .513, es .533, fr .506, pt .612, de .471. The
seventeenth (tests/data/tune/blind17_*, stop 26) imitates the second to sixth paragraphs of wire
stories (background in clauses of its own, claims and allegations, long quotes, reactions, tolls,
people named by surname or title only), with about fourteen no-event sentences each; seven
sentences that retold a held-out story were taken out first: dyad F1 en .481, it .557, es .548,
fr .536 (against the gold after its writer added a demand in a non-restrictive relative, which
the conventions code), pt .776, de .592 (after its writer added five events the conventions
code: asserted pluperfect clauses, a passive with its agent, a non-restrictive relative). The
eighteenth (tests/data/tune/blind18_*, stop 27 in Portuguese, stop 29 in the other five
languages) imitates the home pages of each language's national press (its country's ministers,
parties, courts, police forces and unions named as that press names them, its neighbours and
regional bodies), with about ten no-event sentences each. Eleven sentences that retold a held-out
story (en two, it four, es five) were found only after their writers had worked on the lexicon;
they were taken out, with the three entries written for them, and the first figures below are
without them: dyad F1 en .593 (precision .871), it .494 (.700), es .349 (.469), fr .465 (.833),
pt .516 (.774), de .506 (.690). The nineteenth (tests/data/tune/blind19_*, stop 29) took the
variety of the press's vocabulary: world news in which each event is told with a synonym, idiom
or set phrase rather than the plainest verb, and about ten no-event sentences each, with
figurative conflict words; its writers ran an overlap check against the held-out sets (which
prints no held-out text) and replaced every flagged sentence before the first measurement: dyad F1
en .523 (precision .697), it .418 (.514), es .538 (.636), fr .575 (.852), pt .543 (.676), de .580
(.833). The twentieth (tests/data/tune/blind20_*, stop 29) took nominalisations, passives and
reported events (the doer after "by", in a possessive or as an adjective), mixed with background
and framing nominals that are not coded, with the same overlap check: dyad F1 en .215 (precision
.370), it .427 (.667), es .329 (.591), fr .195 (.471), pt .455 (.769), de .302 (.619, against the
gold after its writer corrected Kosovo's code). The twenty-first (tests/data/tune/blind21_*, stop
30; Italian, French, German and Spanish) took the breadth of the CAMEO codebook: two or three
sentences for each of the 20 roots, half short like the codebook's examples and half long wire
sentences, with about six no-event sentences each (three in Spanish, whose writer also left out
root 20), and the same overlap check: dyad F1 it .639 (precision .767), fr .740 (.871), de .514
(.692), es .800 (.882). The twenty-second (tests/data/tune/blind22_*, stop 31; Italian, French,
German and Portuguese) took what a careful coder does not code: event words in background and
topic nominals, framing adjuncts, restrictive relatives, negation, conditionals, plans, forecasts,
habits, denials, anniversaries, agentless tolls, attribution and figurative uses, about fifteen
no-event sentences of forty, each beside real events, with the same overlap check: dyad F1 it
.577 (precision .682), fr .667 (.750), de .630 (.850), pt .642 (.773). The twenty-third
(tests/data/tune/blind23_*, stop 32; German, English, Spanish, French and Italian) took actors as
wire copy names them: officials by title, people with and without titles, seats of power, cities
and provinces that give local actors their country, armed groups, parties, unions, courts, IGOs
and their organs, NGOs, companies and demonyms, over many roots, with about eight no-event
sentences each and the same overlap check: dyad F1 de .545 (precision .677), en .771 (.900), es
.667 (.684), fr .754 (.839), it .782 (.850). The twenty-fourth (tests/data/tune/blind24_*, stop
32; German, Spanish, French, Italian and Portuguese) took every CAMEO root told the short way
agencies brief it, with the verbs and nouns each language's agencies use and the sub-code a
careful coder chooses, about five no-event sentences each and the same overlap check: dyad F1 de
.704 (precision .893), es .757 (.875), fr .747 (.810), it .676 (.781), pt .742 (.805). The
twenty-fifth (tests/data/tune/blind25_*, stop 33) took, in Italian and French, wire copy that tempts
a coder into false events (sixteen no-event sentences of forty: plans, conditions, negated acts,
background, titles, opinions, page furniture, and real events wrapped in them), and in German,
Spanish, Portuguese and English the leads of international stories (25-45 words, attribution at
the end, passive and nominal events, doers named by title, bloc or office, coordinated actors),
with the same overlap check: dyad F1 it .702 (precision .870), fr .697 (.742), de .694 (.773), es
.731 (.826), pt .690 (.938), en .697 (.731). The twenty-sixth (tests/data/tune/blind26_*, stop 33;
all six languages) took what follows an event: reactions in relative clauses, passives with a
by-agent, participles with their doer, appositions and nouns that take up the move ("a decision
X condemned"), with first events over all 20 roots and the same overlap check: dyad F1 it .698
(precision .880), fr .694 (.875), de .560 (.814), es .626 (.837), pt .645 (.870), en .614 (.765).
The twenty-seventh (tests/data/tune/blind27_*, stop 34; all six languages) took actors named the
way wire copy names them: by title and name, office, acronym in brackets or paraphrase ("the
27-nation bloc", "a spokesman for the defence ministry"), some named twice and some with the
attribution at the end: dyad F1 it .667 (precision .769), fr .753 (.865), de .545 (.778), es .650
(.743), pt .691 (.800), en .776 (.868). The twenty-eighth (tests/data/tune/blind28_*, stop 34; all
six languages) took diplomatic traffic as agencies report it (visits and hosts, calls, rounds of
talks, signings, mediation, appeals, with about eight conflictual sentences mixed in): dyad F1 it
.692 (precision .931), fr .787 (.946), de .763 (.881), es .808 (.952), pt .758 (.857), en .833
(.909). The twenty-ninth (tests/data/tune/blind29_*, stop 34; all six languages) took explainers,
follow-ups and live blogs: about fifteen of forty sentences with event words and no new event
(background, forecasts, options being weighed, what a treaty provides, anniversaries, timelines)
and new acts wrapped in them: dyad F1 it .655 (precision .621), fr .556 (.682), de .692 (.857), es
.712 (.875), pt .814 (.828), en .873 (.923). The thirtieth (tests/data/tune/blind30_*, stop 35; all
six languages) took material acts in less-covered countries (aid, sanctions, arrests, raids,
extraditions, releases, curfews, bans, clashes with armed groups): dyad F1 it .638 (precision .846),
fr .633 (.781), de .640 (.857), es .699 (.853), pt .563 (.741), en .764 (.810). The thirty-first
(tests/data/tune/blind31_*, stop 35) took security and defence (arms deliveries, exercises,
peacekeepers, border and maritime incidents, strikes, ceasefires, swaps): it .725 (.846), fr .729
(.811), de .471 (.714), es .511 (.697), pt .660 (.872), en .833 (.918). The thirty-second
(tests/data/tune/blind32_*, stop 35) took economic statecraft (trade deals, tariffs, loans and debt
relief, investment pledges, export bans, asset freezes, nationalisations and the reactions to
them): it .767 (.868), fr .632 (.923), de .548 (.769), es .545 (.778), pt .564 (.759), en .667 (.750).
The thirty-third (tests/data/tune/blind33_*, stop 36) took elections and transitions of power
(results and disputes, observers' verdicts, recognition, coups and suspensions by regional bodies,
mediation, crackdowns around votes): it .578 (.800), fr .506 (.750), de .532 (.862), es .610 (.806),
pt .469 (.731), en .688 (.865). The thirty-fourth (tests/data/tune/blind34_*, stop 36) took justice
and accountability (international courts and their warrants, extraditions, trials of opponents and
journalists, pardons, inquiries, and the reactions to them): it .638 (.750), fr .686 (.735), de .684
(.794), es .588 (.750), pt .718 (.875), en .788 (.891). The thirty-fifth (tests/data/tune/blind35_*,
stop 36) took war and humanitarian crises (aid access granted or refused, sieges, evacuations,
attacks on aid workers and hospitals, refugees and closed borders, pledges, ceasefire violations,
exchanges of bodies and prisoners, appeals of UN agencies): it .658 (.758), fr .653 (.762), de .429
(.577), es .660 (.723), pt .596 (.800), en .707 (.875). The thirty-sixth (tests/data/tune/blind36_*,
stop 36) took energy, resources and the environment between states and groups (supplies cut or
restored, water and maritime disputes, concessions granted or revoked, embargoes, climate pledges,
attacks on energy sites, and the protests and lawsuits around them): it .602 (.714), fr .636
(.808), de .593 (.750), es .717 (.805), pt .711 (.871), en .652 (.725). The thirty-seventh
(tests/data/tune/blind37_*, stop 37) took security, arms and intelligence (arms sales and
embargoes, military aid, joint exercises and pacts, weapons tests and the warnings they draw,
naval and airspace incidents, spies arrested and expelled, cyberattacks blamed on states): it .674
(.882), fr .624 (.806), de .687 (.739), es .701 (.829), pt .696 (.889), en .816 (.857). The
thirty-eighth (tests/data/tune/blind38_*, stop 37) took domestic politics and unrest (strikes and
protests and how police answer them, curfews and states of emergency, opponents detained or
barred, parties banned, no-confidence votes and coalition deals, amnesties, dialogues with unions
and groups): it .623 (.800), fr .556 (.741), de .600 (.711), es .549 (.658), pt .602 (.781), en
.686 (.833). The thirty-ninth (tests/data/tune/blind39_*, stop 37) took terrorism, insurgency and
hostages (attacks and their claims, kidnappings and releases, mediators, counter-terror raids and
strikes on militant leaders, extraditions, travel warnings, condolences and condemnations): it .607
(.730), fr .621 (.762), de .635 (.871), es .771 (.865), pt .644 (.784), en .639 (.660). The
fortieth (tests/data/tune/blind40_*, stop 37) took everyday diplomacy (visits and summits,
ambassadors summoned or expelled, protest notes, consulates, recognition, treaties signed or
denounced, mediation offers, invitations, calls between leaders): it .788 (.867), fr .681 (.861),
de .623 (.805), es .757 (.886), pt .679 (.760), en .820 (.837). The forty-first
(tests/data/tune/blind41_*, stop 37) took borders, migration and territory (borders closed and
reopened, pushbacks and deportations, visa bans, boundary claims and clashes, demarcation talks):
it .631 (.729), fr .695 (.767), de .465 (.645), es .636 (.757), pt .612 (.667), en .694 (.810).
The forty-second (tests/data/tune/blind42_*, stop 37) took disasters, health and cooperation
(rescue teams and field hospitals, aid offered, accepted or refused, vaccine donations, debt relief,
joint investigations, extraditions, obstruction of aid): it .658 (.788), fr .685 (.806), de .491
(.824), es .763 (.829), pt .610 (.758), en .667 (.758). The forty-third
(tests/data/tune/blind43_*, stop 38) took the foreign-news wire of one ordinary day (leads and second
paragraphs, the reactions of third countries and international bodies, people named by surname after
their first mention, moves told through others' words): it .586 (.725), fr .667 (.796), de .673
(.805), es .784 (.930), pt .724 (.844), en .757 (.867). The forty-fourth (tests/data/tune/blind44_*,
stop 38) took regional news from places the wire covers less (Central Asia, the Caucasus, the Pacific
islands, the Horn of Africa and the Great Lakes, Central America and the Caribbean, the Balkans and
the Baltic), with reactions and second verbs in the same sentence: it .748 (.915), fr .718 (.887), de
.655 (.771), es .821 (.902), pt .884 (.983), en .797 (.919). The forty-fifth
(tests/data/tune/blind45_*, stop 38) took South and Southeast Asia and the Gulf (home politics and
relations between states, passives with their agents, nominal events with their doers, closing
attributions, officials named by title): it .755 (.902), fr .809 (.927), de .652 (.806), es .673
(.868), pt .771 (.925), en .812 (.872). The forty-sixth (tests/data/tune/blind46_*, stop 39) took
economic relations as politics (tariffs, sanctions and asset freezes, loans and their conditions,
expropriations, boycotts, WTO complaints), told with participles carrying the doer: it .578 (.765),
fr .559 (.703), de .495 (.767), es .659 (.848), pt .637 (.690), en .559 (.705). The forty-seventh
(tests/data/tune/blind47_*, stop 39) took the week's wars (Russia and Ukraine, Gaza, Lebanon, Syria,
Yemen and the Red Sea), with claimed attacks, clauses after "after" and pronouns pointing back: it
.646 (.792), fr .635 (.846), de .739 (.854), es .709 (.849), pt .631 (.719), en .754 (.852). The
forty-eighth (tests/data/tune/blind48_*, stop 39) took Africa and Latin America (juntas and regional
bodies, armed groups and gangs, mediation, migrants), with pronouns pointing back, resolutions as
subjects of relative clauses and "between A and B": it .667 (.800), fr .759 (.854), de .667 (.900),
es .702 (.755), pt .714 (.833), en .639 (.765). The forty-ninth (tests/data/tune/blind49_*, stop 39)
took Europe and North America and their dealings abroad (EU and NATO decisions, the US
administration's tariffs, deportations and visa bans, European courts, espionage and sabotage cases,
strikes), with possessives pointing to another actor and passives whose agent follows a long
subject: it .697 (.775), fr .782 (.919), de .735 (.900), es .782 (.843), pt .706 (.833), en .660
(.696). The fiftieth (tests/data/tune/blind50_*, stop 40) took Asia, the Pacific and the Gulf
(coast-guard clashes, missile tests, court sentences, state visits, mediation "between A and B" and
"hosted by X"): it .771 (.857), fr .710 (.844), de .571 (.778), es .709 (.865), pt .760 (.927), en
.734 (.770). The fifty-first (tests/data/tune/blind51_*, stop 40) took domestic political crises
(contested elections, coups, impeachments, protests and their repression, trials of opposition
leaders), with relative pronouns and object pronouns pointing back: it .712 (.881), fr .640 (.744),
de .495 (.667), es .697 (.717), pt .617 (.829), en .586 (.690). The fifty-second
(tests/data/tune/blind52_*, stop 40) took multilateral diplomacy and international justice (Security
Council votes and vetoes, the IAEA, ICC warrants and surrenders, ICJ cases), with two acts sharing
one object and doers named inside a noun phrase: it .768 (.864), fr .741 (.811), de .625 (.833), es
.734 (.909), pt .720 (.837), en .545 (.711). The fifty-third (tests/data/tune/blind53_*, stop 40)
took the Middle East and North Africa beyond the front lines (Iran's prisoners, Turkey and the PKK,
Iraq's militias, Libya's rival governments), with subjects after the verb and acts told by a gerund
of means: it .600 (.750), fr .667 (.882), de .535 (.793), es .606 (.857), pt .557 (.711), en .511
(.632). The fifty-fourth (tests/data/tune/blind54_*, stop 40) took Eastern Europe, the Balkans, the
Caucasus and Central Asia (border incidents, peace treaties, energy transit, protests, elections and
their observers, EU and NATO accession), with relative clauses whose subject is a third actor and
coordinated doers and targets: it .645 (.727), fr .731 (.809), de .583 (.700), es .650 (.844), pt
.796 (.849), en .610 (.679). The fifty-fifth (tests/data/tune/blind55_*, stop 41) took Sub-Saharan
Africa (Sudan's war, the Sahel juntas, the Congo and the M23, al-Shabaab, disputed elections,
expelled envoys and troops asked to leave), with doers inside a noun phrase, events fronted before
their subject and relative clauses whose subject is a pair: it .486 (.850), fr .651 (.778), de .597
(.821), es .483 (.618), pt .650 (.812), en .538 (.758). The fifty-sixth (tests/data/tune/blind56_*,
stop 41) took Latin America and the Caribbean (Venezuela and the US naval build-up, Colombia's armed
groups, Ecuador's and Haiti's gangs, court rulings, expelled ambassadors, regional summits), with
attribution inside the sentence, clauses after "after" with their own subject, doers after "from"
or "of" and "the group" pointing back: it .718 (.778), fr .660 (.705), de .649 (.862), es .764
(.944), pt .667 (.839), en .769 (.833). The fifty-seventh (tests/data/tune/blind57_*, stop 41) took
migration, borders and humanitarian crises (deportations and pushbacks, asylum deals, refugee camps,
aid convoys blocked, donors' pledges and cuts), with a recipient as the subject and the giver after
"from", purpose clauses and background that are no events: it .571 (.750), fr .676 (.852), de .533
(.800), es .484 (.564), pt .618 (.913), en .600 (.667). The fifty-eighth (tests/data/tune/blind58_*,
stop 41) took everyday diplomacy (state visits and their hosts, phone calls, congratulations and
condolences, invitations, credentials, joint statements, mediation offers, visits postponed and
summits boycotted), with guest and host in one sentence and what two sides agreed to do later: it
.569 (.580), fr .562 (.862), de .630 (.829), es .480 (.600), pt .638 (.804), en .742 (.857).
The fifty-ninth (tests/data/tune/blind59_*, stop 42) took arms, deterrence and military
cooperation (deliveries, drills and missile tests, inspectors, interceptions, seized arms
shipments), with the doer in a participle or a passive after a place and nominal deliveries: it
.613 (.767), fr .637 (.784), de .603 (.826), es .611 (.880), pt .571 (.649), en .721 (.861). The
sixtieth (tests/data/tune/blind60_*, stop 42) took terrorism, hostages and cross-border law
enforcement (claimed attacks, extraditions, terrorist designations, hostages freed, red notices),
with the doer late or hidden and refusals rather than acts: it .610 (.781), fr .578 (.828), de
.522 (.750), es .725 (.805), pt .568 (.735), en .644 (.778). The sixty-first
(tests/data/tune/blind61_*, stop 42) took energy, water and natural resources (supply cuts and
price caps, licences revoked, mines nationalised, vessels detained, shared pipelines), with the
owner of the thing seized named apart from it: it .521 (.760), fr .700 (.848), de .613 (.821), es
.657 (.880), pt .667 (.848), en .677 (.880). The sixty-second (tests/data/tune/blind62_*, stop 42)
took elections and transfers of power (results rejected, recounts demanded, observers' verdicts,
coups and suspensions, inaugurations), with participles whose agent comes late: it .527 (.750), fr
.522 (.750), de .560 (.840), es .795 (.946), pt .493 (.720), en .585 (.828). The sixty-third
(tests/data/tune/blind63_*, stop 42) took espionage, cyber attacks and information conflicts (spy
swaps, attacks attributed to a state, accreditations withdrawn, outlets blocked), with the thing
done as the passive subject: it .593 (.750), fr .682 (.833), de .560 (.656), es .535 (.697), pt
.538 (.694), en .688 (.786). The sixty-fourth (tests/data/tune/blind64_*, stop 43) took maritime
and border incidents (coast guards ramming or water-cannoning boats, tankers seized in straits,
jets scrambled, ambassadors summoned over incursions, exclusion zones, hotlines), with the seized
vessel as an apposed participle's noun: it .638 (.789), fr .532 (.641), de .530 (.667), es .571
(.733), pt .598 (.765), en .667 (.700). The sixty-fifth (tests/data/tune/blind65_*, stop 43) took
disasters, epidemics and humanitarian access (relief offered or refused, convoys blocked, aid
workers expelled, quarantines on travellers, pledging conferences), with offers rather than
deliveries: it .530 (.733), fr .567 (.792), de .424 (.609), es .632 (.750), pt .551 (.760), en .528
(.704). The sixty-sixth (tests/data/tune/blind66_*, stop 43) took peace processes and ceasefires
(truces proposed, extended or broken, talks walked out of, prisoners and bodies exchanged,
fighters disarmed, peacekeepers sent or asked to leave), with proposals and conditions rather than
acts: it .500 (.679), fr .510 (.743), de .494 (.633), es .598 (.690), pt .515 (.650), en .469
(.633). The sixty-seventh (tests/data/tune/blind67_*, stop 44) took hostage diplomacy and protests
at embassies (foreigners jailed and swapped, missions besieged or stormed, crowds dispersed
outside consulates, travel warnings, appeals by families), with the doer of a detention late: it
.635 (.711), fr .593 (.632), de .575 (.700), es .581 (.587), pt .630 (.690), en .691 (.760). The
sixty-eighth (tests/data/tune/blind68_*, stop 44) took summits and multilateral meetings (joint
communiqués signed or blocked, walkouts, accessions vetoed, observers admitted, countries barred
from summits): it .535 (.792), fr .537 (.783), de .246 (.500), es .683 (.875), pt .622 (.737), en
.417 (.541). The sixty-ninth (tests/data/tune/blind69_*, stop 44) took health diplomacy and
epidemics (vaccines donated, flights suspended and quarantines imposed over an outbreak, medical
convoys let through or blocked): it .585 (.826), fr .611 (.784), de .459 (.737), es .711 (.780),
pt .615 (.774), en .667 (.735). The seventieth (tests/data/tune/blind70_*, stop 44) took cyber
attacks and information control (hacks attributed to a state, broadcast licences and
accreditations withdrawn, internet shutdowns): it .525 (.656), fr .608 (.800), de .494 (.690), es
.651 (.800), pt .580 (.707), en .607 (.818). The seventy-first (tests/data/tune/blind71_*, stop
44) took sport, culture and symbolic diplomacy (looted artefacts returned, decorations conferred,
teams barred and tournaments boycotted, apologies for colonial crimes): it .500 (.750), fr .600
(.750), de .371 (.565), es .462 (.667), pt .548 (.657), en .545 (.667). The seventy-second
(tests/data/tune/blind72_*, stop 45) took coups, juntas and transitions (presidents detained by
their guards, blocs suspending members, foreign troops ordered out, mediators sent, conditional
threats): it .633 (.893), fr .507 (.667), de .686 (.889), es .620 (.917), pt .563 (.714), en .651
(.750). The seventy-third (tests/data/tune/blind73_*, stop 45) took religion and politics
(blasphemy cases, attacks on places of worship, nuncios expelled, papal appeals, holy sites
closed): it .609 (.808), fr .633 (.806), de .592 (.778), es .629 (.846), pt .466 (.654), en .535
(.676). The seventy-fourth (tests/data/tune/blind74_*, stop 46) took trade disputes and climate
talks (tariffs raised, suspended or threatened, WTO complaints and panels, export bans, retaliation
lists, pledges to funds, walkouts): it .581 (.781), fr .543 (.735), de .597 (.769), es .615 (.800),
pt .532 (.568), en .658 (.781). The seventy-fifth (tests/data/tune/blind75_*, stop 46) took refugees
and migrants at borders (pushbacks, boats intercepted or rescued, camps cleared, deportations
halted by courts, deals to stop crossings): it .745 (.833), fr .753 (.795), de .615 (.750), es .676
(.828), pt .548 (.676), en .545 (.568). The seventy-sixth (tests/data/tune/blind76_*, stop 47) took
nuclear diplomacy and sanctions enforcement (inspectors barred or expelled, walkouts from talks,
tankers seized or boarded, assets frozen and unfrozen, mediators carrying messages): it .500
(.667), fr .525 (.795), de .383 (.524), es .569 (.709), pt .450 (.600), en .609 (.745). The
seventy-seventh (tests/data/tune/blind77_*, stop 47) took land, mining and indigenous conflicts
(road and mine blockades cleared, families evicted, mining licences suspended, firms sued,
activists arrested): it .491 (.765), fr .500 (.767), de .477 (.778), es .465 (.769), pt .364
(.667), en .633 (.795). The seventy-eighth (tests/data/tune/blind78_*, stop 48) took press freedom
and elections abroad (reporters jailed, beaten or expelled, accreditations withdrawn, outlets
blocked, observers deployed, results rejected): it .486 (.771), fr .586 (.806), de .490 (.758), es
.574 (.838), pt .505 (.711), en .517 (.698). The seventy-ninth (tests/data/tune/blind79_*, stop 48)
took organised crime and security cooperation (cartel attacks, raids, prison riots, extraditions,
joint operations, states of emergency): it .673 (.818), fr .593 (.750), de .549 (.833), es .505
(.706), pt .619 (.812), en .718 (.824). The eightieth (tests/data/tune/blind80_*, stop 48) took
parliaments and party politics (no-confidence motions and impeachments, walkouts and boycotts,
immunity lifted, parties banned, resolutions on foreign states): it .474 (.697), fr .641 (.804), de
.562 (.926), es .566 (.811), pt .467 (.700), en .583 (.848). The eighty-first (tests/data/tune/blind81_*,
stop 49) took labour and social protest (strikes, marches, blockades, occupations, hunger strikes,
and what police, governments, employers and courts do about them): it .545 (.818), fr .575
(.893), de .543 (.815), es .624 (.829), pt .457 (.808), en .574 (.818). The eighty-second
(tests/data/tune/blind82_*, stop 49) took military cooperation and alliances (defence pacts, joint
exercises, arms deliveries and training missions, basing rights, deployments to allies, exits
from alliances, and their adversaries' answers): it .621 (.750), fr .600 (.964), de .523 (.683),
es .615 (.711), pt .592 (.784), en .673 (.804). The eighty-third (tests/data/tune/blind83_*, stop
49) took security in the Sahel and West and Central Africa (juntas and their foreign partners,
jihadist and rebel attacks, foreign troops and peacekeepers arriving or leaving, regional blocs,
hostages, curfews and suspended media): it .545 (.667), fr .649 (.818), de .549 (.735), es .565
(.727), pt .659 (.857), en .700 (.778). The eighty-fourth (tests/data/tune/blind84_*, stop 50)
took disputes over water, rivers and dams (shared rivers, dam filling, water-sharing treaties,
drought and water protests, attacks on water infrastructure, mediation): it .667 (.714), fr .739
(.895), de .733 (.917), es .800 (.909), pt .808 (.894), en .847 (.870). The eighty-fifth
(tests/data/tune/blind85_*, stop 50) took space, satellites and technology controls (launches and
missile-technology disputes, export controls on chips and dual-use goods, bans on technology
firms, anti-satellite tests, space cooperation, technology theft): it .643 (.844), fr .588 (.732),
de .632 (.766), es .667 (.825), pt .791 (.872), en .698 (.740). The eighty-sixth
(tests/data/tune/blind86_*, stop 50) took food, grain and fertiliser politics (export bans and
grain corridors, blockaded ports, food aid delivered or diverted, import bans on farm goods,
farmers blocking borders, hunger used as a weapon): it .639 (.861), fr .776 (.905), de .639
(.756), es .750 (.848), pt .667 (.714), en .738 (.809). The eighty-seventh
(tests/data/tune/blind87_*, stop 50) took transnational repression and citizenship politics
(exiles targeted abroad, extradition requests, citizenship stripped, dual nationals detained,
consular access refused, Interpol notices, diaspora protests): it .733 (.822), fr .617 (.750), de
.364 (.465), es .679 (.800; measured after its writer's correction), pt .711 (.782), en .684 (.702).
The eighty-eighth (tests/data/tune/blind88_*, stop 51) took the Arctic, maritime boundaries and
fisheries (coast guards seizing trawlers, fishing quotas and bans, seabed and shelf claims,
icebreakers and polar routes, indigenous councils, the Arctic Council and the IMO): it .792 (.864),
fr .726 (.854), de .619 (.897), es .659 (.806), pt .839 (.951), en .697 (.884). The eighty-ninth
(tests/data/tune/blind89_*, stop 51) took historical memory and reparations (apologies,
reparations claims, restitution of looted art and remains, genocide recognition, war graves,
monuments, archives opened or withheld): it .578 (.750), fr .434 (.643), de .480 (.783), es .667
(.839), pt .615 (.800), en .574 (.763). The ninetieth (tests/data/tune/blind90_*, stop 51) took one
ordinary world-news day told in leads and follow-up paragraphs (wars, diplomacy, courts, protests,
elections, the economy, with reactions and background): it .818 (.947), fr .633 (.738), de .675
(.800), es .698 (.857), pt .752 (.864), en .743 (.848). The ninety-first
(tests/data/tune/blind91_*, stop 51) took health emergencies and humanitarian crises (outbreaks and
the WHO, vaccine and medicine deliveries, aid convoys blocked or let through, attacks on hospitals
and aid workers, aid agencies expelled): it .723 (.857), fr .583 (.718), de .483 (.600), es .747
(.925), pt .772 (.907), en .734 (.816). The ninety-second (tests/data/tune/blind92_*, stop 52) took
the aftermath of disputed elections (observers, recounts, protests, results recognised or
rejected abroad, sanctions on officials, mediation, arrests of opposition figures): it .721
(.816), fr .651 (.848), de .571 (.778), es .696 (.909), pt .758 (.940), en .632 (.822). The
ninety-third (tests/data/tune/blind93_*, stop 52) took labour unrest (general strikes, road and
port blockades, police dispersing strikers, deals with unions, union leaders arrested, foreign
companies and governments drawn in): it .615 (.696), fr .548 (.697), de .607 (.794), es .659
(.848), pt .543 (.758), en .600 (.938).
One hundred and ten writers corrected a gold event after that measurement (fr round 23, de, it and pt
round 24, es and pt round 26, it, es, pt and en round 27, fr round 28, it and de round 31, es and it
round 33, it and de round 34, it and de round 35, pt round 37, es, de and fr round 38, pt round 39, en rounds 40, 42 and 43, it and en round 44, de round 45, it, es, fr, de and en round 48, pt round 49, de and es round 50, fr and en round 51, it and en round 54, fr round 55, fr and de round 57, es and pt round 58, it and fr round 59, es round 60, pt round 61, fr and pt round 62, de and en round 63 (Kosovo coded KSV, as lexicons/common/countries.tsv has it), en and de round 66, it, es, pt and en round 67, en rounds 68 and 69, it, es and pt round 70, pt round 72, es round 73, pt round 74, en, fr and pt round 75, en rounds 76 and 77, pt and de round 78, de round 79, it, es and fr round 80, it, es, pt, fr and en round 81, es and pt round 82, fr and de round 83, it, pt and fr round 84, pt, fr and it round 86, es and en round 87, it and es round 88, it, es, pt and en round 89, de, es, fr and it round 90, en and it round 91, it round 92, de round 93: most add a nominal event
the conventions code, or fix a code); each says so in its report, and the figures above are
against the gold as first written. The translations of the PLOVER records (made before any
lexicon work used them) were held out whole until stop 15, then split by position: the even
records are a tuning half, the odd records stay held out. The **held-out** sets (the dev sets and
those odd halves) were only measured, never used to decide a rule: they are the figures closest to
real news. The English PLOVER records were tuned on.

| suite | file | records | root or type: P / R / **F1** | code: P / R / **F1** | dyad: P / R / **F1** | exact | dates |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

For comparison, PETRARCH2 itself codes 90 of the 284 unit-test records exactly and crashes on 36
(measured by the project on the same file).

## GigaWord sample (no gold)

`GigaWord.sample.PETR.xml` carries no expected events. On it, Dyad's own lexicons produce
{builtin_n} distinct (sentence, root, source country, target country) events and the PETRARCH coder
with the Phoenix dictionaries (`--petrarch ... --petrarch-coder`) {phoenix_n}; {both} are found by
both. Loading the full Phoenix set and coding the 76 sentences with the PETRARCH coder took
{seconds:.2f} s with the release binary (loading alone: see `dyad eval` on standard error).

With `--petrarch` alone the Phoenix set is imported into Dyad's lexicon and Dyad's coder codes
(the "Phoenix dictionaries" rows above): Dyad's entries first, the dictionaries' where Dyad has
none, verb patterns by the policy measured in lexicons/NOTICE.
"""
    with open(os.path.join(ROOT, "docs", "quality.md"), "w", encoding="utf-8") as f:
        f.write(doc)
    print(doc)
    if "--check" in sys.argv:
        failed = False
        # floors apply to each suite coded the default way (no extra arguments)
        for label, suite, extra in RUNS:
            if extra or not os.path.exists(os.path.join(ROOT, suite)):
                continue
            out = run([DYAD, "eval", "--floors", "tests/floors.toml", suite])
            for line in out.stderr.splitlines():
                if "floor:" in line:
                    print(line)
                    failed = True
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
