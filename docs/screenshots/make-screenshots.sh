#!/usr/bin/env bash
# Regenerates the screenshots in this folder from a generated 30-day history, under Xvfb (the
# README shows them). Needs a build (bash .ci/test or .ci/setup) and xvfb-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tool=build/app/stint-screenshots
cmake --build build --target stint-screenshots
for palette in "" "--dark"; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" $palette docs/screenshots
done
# One translated set, to see that labels fit in a language with longer words.
xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" --language de docs/screenshots/de
