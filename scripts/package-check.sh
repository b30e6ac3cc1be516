#!/usr/bin/env bash
# Builds the Debian package and proves it on this machine: installs it with apt (dependencies
# included), uses the installed programs as a user would, then removes it. Needs root or sudo.
#   scripts/package-check.sh            (after: cmake --preset release && cmake --build --preset release)
# packaging/README.md lists what is checked and why.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
step() { printf '\n== package: %s\n' "$*"; }
fail() { echo "package-check: $*" >&2; exit 1; }

step "cpack"
rm -rf build/release/package
cpack --config build/release/CPackConfig.cmake -B build/release/package >/dev/null
deb=$(ls build/release/package/mamori_*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
for need in libqt6sql6-sqlite fonts-morisawa-bizud-gothic libqt6widgets6 libqt6charts6 libsodium23 libboost-program-options; do
  [[ "$depends" == *"$need"* ]] || fail "Depends lacks $need: $depends"
done

step "install with apt-get"
if dpkg-query -W -f='${Status}' mamori 2>/dev/null | grep -q "install ok installed"; then
  $sudo apt-get remove -y -qq mamori >/dev/null
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
for f in /usr/bin/mamori /usr/bin/mamori-cli \
         /usr/share/applications/jp.mamori.Mamori.desktop /usr/share/metainfo/jp.mamori.Mamori.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/jp.mamori.Mamori.svg /usr/share/icons/hicolor/48x48/apps/jp.mamori.Mamori.png \
         /usr/share/icons/hicolor/256x256/apps/jp.mamori.Mamori.png \
         /usr/share/man/man1/mamori-cli.1.gz /usr/share/man/ja/man1/mamori-cli.1.gz /usr/share/man/man1/mamori.1.gz \
         /usr/share/mamori/questionnaires/sme-guideline.json /usr/share/mamori/questionnaires/sme-guideline.json.sig \
         /usr/share/mamori/samples/small-manufacturer.profile.json /usr/share/mamori/postgresql/team-access.sql \
         /usr/share/doc/mamori/copyright; do
  [[ -f "$f" ]] || fail "not installed: $f"
done
if readelf -d /usr/bin/mamori /usr/bin/mamori-cli | grep -q 'R.*PATH'; then
  fail "an installed binary keeps a build RUNPATH"
fi

step "the menu entry, as a desktop's menu reads it"
# A menu shows an entry that validates, is not hidden, has a main category, whose program is on the
# PATH and whose icon the hicolor theme resolves; in Japanese under its Japanese name.
entry=/usr/share/applications/jp.mamori.Mamori.desktop
desktop-file-validate "$entry" || fail "the installed menu entry does not validate"
key() { sed -n "s/^$1=//p" "$entry" | head -n1; }
[[ "$(key NoDisplay)" != true && "$(key Hidden)" != true ]] || fail "the menu entry is hidden"
[[ ";$(key Categories)" == *";Office;"* ]] || fail "the menu entry has no main category: $(key Categories)"
command -v "$(key Exec | cut -d' ' -f1)" >/dev/null || fail "the menu entry's program is not on the PATH"
icon=$(key Icon)
ls /usr/share/icons/hicolor/*/apps/"$icon".png >/dev/null 2>&1 || fail "the hicolor theme has no icon $icon"
[[ "$(key 'Name\[ja\]')" == *"守り"* ]] || fail "the menu entry has no Japanese name"
echo "menu: $(key Name) / $(key 'Name\[ja\]') in $(key Categories), icon $icon"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

step "the installed mamori-cli"
samples=/usr/share/mamori/samples
out=$(mamori-cli --lang en assess --pack ipa-self-check --profile "$samples/small-manufacturer.profile.json" \
      --answers "$samples/small-manufacturer.ipa-self-check.answers.json")
echo "$out" | head -3
[[ "$out" == *"Overall"* ]] || fail "mamori-cli assess printed no overall score"
out=$(LANG=ja_JP.UTF-8 LC_ALL= mamori-cli pack list)
[[ "$out" == *"sme-guideline"* && "$out" == *"署名"* ]] || fail "mamori-cli pack list is not in Japanese: $out"
mamori-cli pack verify /usr/share/mamori/questionnaires/sme-guideline.json >/dev/null \
  || fail "the installed bundled pack does not verify"
zcat /usr/share/man/ja/man1/mamori-cli.1.gz | grep -q 'import\\-csv' || fail "the Japanese manual page lacks pack import-csv"
mamori-cli --lang en report --pack ipa-self-check --profile "$samples/small-manufacturer.profile.json" \
  --answers "$samples/small-manufacturer.ipa-self-check.answers.json" --out "$work/report.pdf" >/dev/null
[[ $(head -c 5 "$work/report.pdf") == "%PDF-" ]] || fail "the installed mamori-cli wrote no PDF"

step "the installed mamori, offscreen, on a Japanese locale"
out=$(LANG=ja_JP.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen timeout 60 mamori --db "$work/firms.sqlite" --quit-after-startup)
echo "$out"
[[ "$out" == *"shown"* ]] || fail "mamori did not show its window"
[[ "$out" == *"ready: "*"中小企業"* ]] || fail "mamori did not start in Japanese"

step "remove"
$sudo apt-get remove -y -qq mamori >/dev/null
[[ ! -e /usr/bin/mamori && ! -e /usr/share/applications/jp.mamori.Mamori.desktop ]] || fail "files left after removal"
echo "package-check: ok ($deb)"
