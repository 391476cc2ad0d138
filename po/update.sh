#!/usr/bin/env bash
# Extracts every translatable message (_(), N_(), wxPLURAL) into po/polku.pot and merges it
# into po/fi.po. Run after adding or changing messages; then translate what is new.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files 'core/*.cpp' 'db/*.cpp' 'reports/*.cpp' 'app/*.cpp' 'cli/*.cpp' 'gui/*.cpp' |
    xargs xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=N_ \
        --keyword=wxPLURAL:1,2 --package-name=polku --sort-by-file -o po/polku.pot
msgmerge --quiet --update --backup=none --no-fuzzy-matching po/fi.po po/polku.pot
msgfmt --check --statistics -o /dev/null po/fi.po
