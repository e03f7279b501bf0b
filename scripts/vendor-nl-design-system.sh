#!/usr/bin/env bash
# Refreshes the NL Design System files Duiding serves (ADR 0026) and the axe-core the browser tests inject.
# None of these packages is published as a webjar on Maven Central, and a Maven front-end plugin would download a
# Node binary, so the files are kept in the repository and `./mvnw spring-boot:run` stays one command. A developer
# runs this script (it needs npm) only to move to another version: change a version below, run it, commit the result.
# npm checks each tarball against the registry's sha512 integrity before it is unpacked.
set -euo pipefail
cd "$(dirname "$0")/.."

COMPONENTS=@utrecht/component-library-css@9.0.4
THEME=@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1
FONT=@fontsource-variable/noto-sans@5.2.10
AXE=axe-core@4.14.1

static=src/main/resources/static/css/nl-design-system
tests=src/test/resources/axe-core
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

unpack() { # package, target folder under $work
  mkdir -p "$work/$2"
  (cd "$work" && npm pack --silent "$1" >/dev/null)
  tar xzf "$work"/$(cd "$work" && ls -t ./*.tgz | head -1) -C "$work/$2" --strip-components=1
  rm "$work"/*.tgz
}

unpack "$COMPONENTS" components
unpack "$THEME" theme
unpack "$FONT" font
unpack "$AXE" axe

mkdir -p "$static/fonts" "$tests"
cp "$work/components/dist/index.css" "$static/utrecht-components.css"
cp "$work/components/dist/html.css" "$static/utrecht-html.css"
cp "$work/components/LICENSE.md" "$static/LICENSE-utrecht-EUPL-1.2.md"
cp "$work/theme/dist/theme.css" "$static/voorbeeld-theme.css"
cp "$work/theme/LICENSE.md" "$static/LICENSE-voorbeeld-theme-EUPL-1.2.md"
cp "$work/font/files/noto-sans-latin-wght-normal.woff2" "$work/font/files/noto-sans-latin-ext-wght-normal.woff2" "$static/fonts/"
cp "$work/font/LICENSE" "$static/fonts/LICENSE-noto-sans-OFL-1.1.txt"
cp "$work/axe/axe.min.js" "$work/axe/LICENSE" "$tests/"
printf '%s\n' "$COMPONENTS" "$THEME" "$FONT" > "$static/VERSIONS.txt"
printf '%s\n' "$AXE" > "$tests/VERSION.txt"
echo "vendored: $COMPONENTS $THEME $FONT (static), $AXE (tests)"
