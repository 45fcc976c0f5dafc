#!/bin/sh
# Builds the hoot-chat .deb from a one-folder build (make dist).
#   tools/build_deb.sh [APP_DIR [OUT_DIR [VERSION]]]
# APP_DIR defaults to dist/hoot (it must hold the `hoot` executable), OUT_DIR to dist, VERSION
# to app.__version__. Layout: the app in /opt/hoot, /usr/bin/hoot -> /opt/hoot/hoot, a
# .desktop entry, the icon in hicolor, and the example policy in /usr/share/doc/hoot-chat.
# HOOT_DEB_COMPRESSION=gzip|xz|none picks the compressor (tests use none: it is much faster).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
app_dir=${1:-$here/dist/hoot}
out_dir=${2:-$here/dist}
version=${3:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$here/app/__init__.py")}
arch=$(dpkg --print-architecture)
compression=${HOOT_DEB_COMPRESSION:-xz}
linux="$here/installer/linux"

[ -x "$app_dir/hoot" ] || { echo "build_deb: $app_dir/hoot is missing; run 'make dist' first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build_deb: dpkg-deb is missing (apt-get install dpkg)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/hoot-chat"
install -d -m 0755 "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/hoot-chat" \
    "$root/usr/lib/hoot-chat" "$root/etc/hoot"
cp -a "$app_dir" "$root/opt/hoot"
chmod -R u+rwX,go+rX,go-w "$root/opt/hoot"
ln -s /opt/hoot/hoot "$root/usr/bin/hoot"
install -m 0644 "$linux/hoot-chat.desktop" "$root/usr/share/applications/hoot-chat.desktop"
install -m 0644 "$here/resources/icons/hoot.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/hoot-chat.svg"
install -m 0644 "$linux/policy.example.json" "$root/usr/share/doc/hoot-chat/policy.example.json"
install -m 0644 "$here/docs/ADMIN.md" "$root/usr/share/doc/hoot-chat/ADMIN.md"
install -m 0755 "$linux/sign-out-hook" "$root/usr/lib/hoot-chat/sign-out-hook"
install -m 0755 "$linux/sign-in-hook" "$root/usr/lib/hoot-chat/sign-in-hook"
cat > "$root/usr/share/doc/hoot-chat/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: hoot-chat
License: MIT (Hoot). The bundled Python runtime and libraries keep their own licences,
 listed in /opt/hoot/_internal/*.dist-info; Qt for Python (PySide6) is LGPLv3.
COPYRIGHT
install -m 0755 "$linux/debian/postinst" "$root/DEBIAN/postinst"
install -m 0755 "$linux/debian/prerm" "$root/DEBIAN/prerm"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size/" \
    "$linux/debian/control.in" > "$root/DEBIAN/control"

mkdir -p "$out_dir"
deb="$out_dir/hoot-chat_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"$compression" --build "$root" "$deb" >/dev/null
echo "$deb"
