#!/usr/bin/env bash
# Regenerates the screenshots in this folder from a generated 30-day history, under Xvfb (the
# README shows them). Needs a build (bash .ci/test or .ci/setup) and xvfb-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tool=build/tests/tools/stint-screenshots
cmake --build build --target stint-screenshots
for palette in "" "--dark"; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" $palette docs/screenshots
done
