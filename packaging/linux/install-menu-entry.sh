#!/bin/sh
# Adds CompareApp to your applications menu, with its icon, for the unpacked
# Linux bundle (compareapp-linux.tar.gz). Run it from the unpacked folder:
#
#   ./compareapp/install-menu-entry.sh              # add the menu entry
#   ./compareapp/install-menu-entry.sh --uninstall  # remove it again
#
# Installs for you only (under ~/.local/share); needs no root. If you move the
# folder later, run it again.
set -eu
APP_ID=io.github.compareapp.CompareApp
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ICONS="$HERE/_internal/compareapp/resources/icons"
SIZES="16 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  refresh
  echo "CompareApp removed from the applications menu (the folder $HERE is untouched)."
  exit 0
fi

[ -x "$HERE/compareapp" ] || { echo "install-menu-entry.sh: run me from the unpacked compareapp folder" >&2; exit 1; }

mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps"
for s in $SIZES; do
  mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
  cp "$ICONS/compareapp-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
cp "$ICONS/compareapp.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
# The packaged entry runs `compareapp` from PATH; point it at this folder.
# Exec rules: inside the quotes, \ " ` $ take a backslash; then every backslash
# is doubled, as in any desktop-file value.
exec_path=$(printf '%s' "$HERE/compareapp" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop.tmp"
mv "$DATA/applications/$APP_ID.desktop.tmp" "$DATA/applications/$APP_ID.desktop"
refresh
echo "CompareApp added to the applications menu ($DATA/applications/$APP_ID.desktop)."
