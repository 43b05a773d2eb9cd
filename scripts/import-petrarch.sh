#!/bin/sh
# Regenerates Dyad's lexicon files converted from the PETRARCH2 / Phoenix dictionaries
# (lexicons/NOTICE says which, and why these options). Usage:
#   scripts/import-petrarch.sh [DICTIONARY_DIR]
# DICTIONARY_DIR defaults to ../shared/suites/petrarch2/dictionaries (the MIT dictionaries of the
# Open Event Data Alliance). Run from the repository root; the output is byte-identical for the
# same dictionaries. Rebuild afterwards (`cargo build --release`): lexicons are compiled in.
set -eu
DICT=${1:-../shared/suites/petrarch2/dictionaries}
cargo build --release -q -p dyad-cli
./target/release/dyad import-petrarch --out lexicons \
    --literal-only --defer-to-dyad --skip events,agents \
    "$DICT/CAMEO.2.0.txt" \
    "$DICT/Phoenix.Countries.actors.txt" \
    "$DICT/Phoenix.International.actors.txt" \
    "$DICT/Phoenix.MilNonState.actors.txt" \
    "$DICT/Phoenix.agents.txt"
