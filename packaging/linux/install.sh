#!/bin/sh
# Install facilitator-app for your own account; no root, no system folders.
#
#   ./install.sh              copy this folder to ~/.local/opt/facilitator-app, add the
#                             menu entry, the icon and the command `facilitator-app`
#   ./install.sh --uninstall  remove them again
#
# Your data (~/.local/share/facilitator-app: the database and its backups) is never
# touched: installing a newer version over an older one keeps it, and the new version
# makes a backup before it updates the database.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=${FACILITATOR_APP_PREFIX:-$HOME/.local/opt/facilitator-app}
bin_dir=$HOME/.local/bin
desktop_file=$data_home/applications/facilitator-app.desktop
icons=$data_home/icons/hicolor

refresh_menus() {
  # Optional helpers of the desktop; the menu picks the entry up without them too.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

# A path as one quoted argument of a desktop file's Exec key: the Desktop Entry
# spec's quoting rules, then its string escapes (so a backslash becomes four).
desktop_quote() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')"
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop_file" "$bin_dir/facilitator-app"
  find "$icons" -name 'facilitator-app.*' -path '*/apps/*' -exec rm -f {} + 2>/dev/null || true
  rm -rf "$target"
  refresh_menus
  echo "facilitator-app is verwijderd. Je gegevens staan nog in $data_home/facilitator-app."
  exit 0
fi

if [ ! -x "$here/facilitator-app" ]; then
  echo "install.sh: start dit script vanuit de uitgepakte map facilitator-app." >&2
  exit 1
fi

# Copy the program (a newer version replaces the older one as a whole).
if [ "$here" != "$target" ]; then
  mkdir -p "$(dirname "$target")"
  rm -rf "$target.new"
  cp -R "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi

mkdir -p "$bin_dir" "$(dirname "$desktop_file")"
ln -sf "$target/facilitator-app" "$bin_dir/facilitator-app"
(cd "$here/share/icons" && find hicolor -type f) | while IFS= read -r icon; do
  mkdir -p "$(dirname "$data_home/icons/$icon")"
  cp "$here/share/icons/$icon" "$data_home/icons/$icon"
done
exec_line="Exec=$(desktop_quote "$target/facilitator-app")"
sed -e "s|^Exec=.*|$(printf '%s' "$exec_line" | sed -e 's/[|&\\]/\\&/g')|" \
  "$here/share/applications/facilitator-app.desktop" >"$desktop_file"
refresh_menus

echo "facilitator-app staat in $target."
echo "Start het vanuit het menu van je bureaublad of met: facilitator-app"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "(Zet $bin_dir in je PATH om het commando facilitator-app te gebruiken.)" ;;
esac
