#!/usr/bin/env bash
# Installs the Debian 12 packages Mamori needs to build and test, and nothing when they are all
# there already. Uses sudo when not run as root. The README lists each package and why.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config   # compiler and build system
  qt6-base-dev                                    # Qt Core, Sql, Widgets, Test
  qt6-charts-dev libqt6opengl6-dev                # Qt Charts (its CMake package needs the OpenGL one)
  qt6-translations-l10n                           # Qt's own Japanese texts (standard dialog buttons)
  fonts-morisawa-bizud-gothic                     # BIZ UDPGothic, the Japanese UI font
  libqt6sql6-sqlite                               # Qt's SQLite driver (a plugin)
  libqt6sql6-psql                                 # Qt's PostgreSQL driver: a team's shared database (--db postgresql://…)
  postgresql                                      # tests: a throwaway server for the store's suites (tests/pgcluster.sh)
  openssl                                         # tests: the throwaway server's TLS certificate
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools # Qt LinguistTools: lupdate/lrelease
  libboost-program-options-dev                    # the command line of mamori-cli
  libexpected-dev                                 # tl::expected, the result type of core
  libsodium-dev                                   # Ed25519 signatures of questionnaire packs
  qt6-svg-dev                                     # Qt Svg: renders the icon's SVG master to PNG sizes at build time
  dpkg-dev file                                   # cpack's Debian package: dpkg-shlibdeps finds the run-time dependencies
  appstream desktop-file-utils                    # tests: appstreamcli and desktop-file-validate check the desktop files
  python3-jsonschema                              # an independent check of the pack JSON Schema
  poppler-utils                                   # pdftotext/pdffonts: the tests read the PDF reports back
  clang-format                                    # CI: the formatting check (scripts/check-format.sh)
  clang-tidy                                      # CI: static analysis of core (scripts/check-tidy.sh)
  clang libclang-rt-dev                           # libFuzzer and clang's sanitizer runtimes: the fuzz targets (tests/fuzz)
)

missing=()
for p in "${packages[@]}"; do
  [[ "$p" == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup-debian: every package is installed"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
echo "setup-debian: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
