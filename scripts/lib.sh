# Shared by scripts/gdsim and scripts/test.
#
# Debian packages: note what is missing (`want_debs WHY PKG…`, `want_cjk_font`), then
# `install_wanted` says in one line what it installs and why, and installs it all with one
# apt-get (as root, or with sudo). Quietly does nothing where there is no dpkg.
#
# gdsim in .venv: `install_gdsim VENV CLONE [EXTRAS]` (pip install -e) leaves an install that a
# moved clone can still use; `venv_moved VENV OLD_VENV` repairs what pip wrote with the old path.

# The libraries Qt's xcb platform and the 3-D view load, and a Latin font.
QT_RUNTIME_DEBS=(libgl1 libgl1-mesa-dri libegl1 libopengl0 libglx-mesa0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)

WANTED=()   # packages to install
REASONS=()  # "pkg pkg (why)", one for each want_… that found something missing

# missing_debs PKG… — the packages dpkg does not list as installed, one a line (one dpkg-query)
missing_debs() {
  local -A have=()
  local name status
  while read -r name status; do
    [ "${status##* }" = installed ] && have[$name]=1
  done < <(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null)
  for name in "$@"; do
    [ -n "${have[$name]:-}" ] || echo "$name"
  done
}

# want_debs WHY PKG… — note those of PKG… that are missing, installed for the reason WHY
want_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local why=$1 missing
  shift
  missing=$(missing_debs "$@")
  [ -n "$missing" ] || return 0
  WANTED+=($missing)
  REASONS+=("$(echo $missing) ($why)")
}

# want_cjk_font — Debian's CJK font (91 MB) only when no installed font covers Chinese
want_cjk_font() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  if command -v fc-list >/dev/null 2>&1; then
    [ -z "$(fc-list :lang=zh family 2>/dev/null)" ] || return 0
  fi
  want_debs "91 MB: the window's Chinese text; no font here covers Chinese" fonts-noto-cjk
}

# install_wanted — say what is installed and why in one line, then apt-get it all
install_wanted() {
  ((${#WANTED[@]})) || return 0
  local sudo="" said=""
  [ "$(id -u)" = 0 ] || sudo="sudo "
  said=$(printf '%s, ' "${REASONS[@]}")
  echo "gdsim: installing Debian packages with ${sudo}apt-get: ${said%, }" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${WANTED[@]}" >/dev/null
  WANTED=()
  REASONS=()
}

# pip in VENV, without the notes this machine's mirror prints about missing local folders
venv_pip() {
  local venv=$1
  shift
  "$venv/bin/python" -m pip "$@" 2>&1 | { grep -v "^WARNING: Location" >&2 || true; }
}

# install_gdsim VENV CLONE [EXTRAS] — pip install -e CLONE[EXTRAS] (e.g. "[test]") into VENV;
# the editable install's .pth then names the clone relative to site-packages, so it survives
# a move
install_gdsim() {
  local venv=$1 clone=$2 extras=${3:-}
  venv_pip "$venv" install -q -e "$clone$extras"
  "$venv/bin/python" - "$clone" <<'PY'
import os, sys, sysconfig
from pathlib import Path
clone, site = sys.argv[1], sysconfig.get_paths()["purelib"]
for pth in Path(site).glob("_editable_impl_gdsim*.pth"):
    lines = [os.path.relpath(clone, site) if line == clone else line
             for line in pth.read_text().splitlines()]
    pth.write_text("\n".join(lines) + "\n")
PY
}

# venv_moved VENV OLD_VENV — after the clone moved: the scripts pip wrote into VENV/bin start
# with #!OLD_VENV/bin/python…; point them at VENV's python
venv_moved() {
  local venv=$1 old=$2 f first
  for f in "$venv"/bin/*; do
    [ -f "$f" ] && [ ! -L "$f" ] || continue
    IFS= read -r first < "$f" || continue
    case $first in
      "#!$old/bin/python"*) sed -i "1s|^#!$old/bin/|#!$venv/bin/|" "$f" ;;
    esac
  done
}
