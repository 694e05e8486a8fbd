# Sourced by the native tests: a virtual X server of our own.
# start_virtual_display FIRST LAST starts Xvfb at 1280x800x24 on the first
# free display number in FIRST..LAST (so parallel tests never collide),
# sets xvfb_pid, waits for its socket and exports DISPLAY. Logs go to
# $work/xvfb.log.
start_virtual_display() {
  local n display=""
  for n in $(seq "$1" "$2"); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
  export DISPLAY="$display"
  export SDL_AUDIODRIVER=dummy
  # The app speaks the system's language: the tests read English labels
  # whatever the machine's (languages.sh sets its own).
  unset LANGUAGE LC_MESSAGES
  export LC_ALL=C.UTF-8
}
