#!/bin/sh
# Compiles the Windows installers on Linux with Debian's nsis and wixl (tests and `make
# installers` use it to prove the scripts build; the real ones are built on Windows in CI).
#   tools/build_windows_installers.sh APP_DIR OUT_DIR [VERSION]
# APP_DIR must look like a Windows one-folder build (hoot.exe, hoot-cli.exe, _internal/...).
# HOOT_MSI_POLICY=path/to/policy.json builds the policy into the MSI (feature "Policy").
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
app_dir=$(cd "$1" && pwd)
out_dir=$2
version=${3:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$here/app/__init__.py")}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

makensis -WX -V2 -DVERSION="$version" -DDIST="$app_dir" \
    -DOUTFILE="$out_dir/Hoot-$version-setup.exe" "$here/installer/windows/hoot.nsi"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$app_dir" && find . -type f | sed 's|^\./||' | sort) | sed "s|^|$app_dir/|" |
    wixl-heat -p "$app_dir/" --directory-ref INSTALLDIR --component-group AppFiles \
        --var var.SourceDir --win64 > "$work/files.wxs"
# wixl finds sources relative to the folder it runs in (absolute ones fail), hence the cd.
policy_define=""
if [ -n "${HOOT_MSI_POLICY:-}" ]; then
    policy_define="-D PolicySource=$(realpath --relative-to="$app_dir" "$HOOT_MSI_POLICY")"
fi
# shellcheck disable=SC2086
(cd "$app_dir" && wixl -a x64 -D Version="$version" -D SourceDir=. -D Wixl=1 -D Win64=yes $policy_define \
    -o "$out_dir/Hoot-$version.msi" "$here/installer/windows/hoot.wxs" "$work/files.wxs")
echo "$out_dir/Hoot-$version-setup.exe"
echo "$out_dir/Hoot-$version.msi"
