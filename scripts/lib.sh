# Shared by scripts/gdsim and scripts/test: install Debian packages that are missing.
# ensure_debs PKG... — apt-get update once, then install what dpkg does not list as installed.
# Quietly does nothing where there is no dpkg (not Debian or Ubuntu).
ensure_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() d
  for d in "$@"; do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || missing+=("$d")
  done
  ((${#missing[@]})) || return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# The libraries Qt's xcb platform and the 3-D view load, and fonts for both languages.
QT_RUNTIME_DEBS=(libgl1 libgl1-mesa-dri libegl1 libopengl0 libglx-mesa0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  fonts-noto-cjk)
