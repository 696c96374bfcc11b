#!/usr/bin/env bash
# The dashboard in a real terminal: tmux starts vaultsim at 120x40, sends keys, reads the screen and checks what a
# person would see. Builds nothing: give the built program (the vaultsim apphost or vaultsim.dll) as the argument, or
# let it find the Release build under Simulator.Tui/bin/Release/net10.0/.
# Usage: .ci/tui-test.sh [PATH-TO-vaultsim]      Exits 0 when every check passed, 1 when one failed, 2 on bad setup.
set -euo pipefail
cd "$(dirname "$0")/.."

program="${1:-Simulator.Tui/bin/Release/net10.0/vaultsim}"
if [[ ! -e "$program" ]]; then
  echo "tui-test: $program does not exist; build first (dotnet build Simulator.sln -c Release) or give the path to vaultsim." >&2
  exit 2
fi
program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"
case "$program" in
  *.dll) command="dotnet '$program'" ;;
  *) command="'$program'" ;;
esac
if ! command -v tmux >/dev/null 2>&1; then
  echo "tui-test: tmux is not installed (apt-get install -y tmux)." >&2
  exit 2
fi

# A person at a terminal: the panes run without the variables a CI server sets, which make bare vaultsim print the
# demo's timeline instead of opening the dashboard (checked at the end). The same list as ContinuousIntegration.cs.
ci_variables=(CI TF_BUILD JENKINS_URL TEAMCITY_VERSION BUILDKITE GITHUB_ACTIONS GITLAB_CI)
person="env$(printf ' -u %s' "${ci_variables[@]}")"
as_ci="CI=true $command"
command="$person $command"

session="vaultsim-tui-test-$$"
marker="VAULTSIM-EXIT"
screen=""
cleanup() {
  local name
  for name in "$session" "${stop_session:-}" "${main_session_for_stop:-}"; do
    [[ -n "$name" ]] && tmux kill-session -t "$name" 2>/dev/null || true
  done
}
trap cleanup EXIT

capture() { screen="$(tmux capture-pane -p -t "$session")"; }

# Whether the pane is on the alternate screen (1) or the shell's own (0), as tmux tracks it.
alternate_is() { [[ "$(tmux display -p -t "$session" '#{alternate_on}')" == "$1" ]]; }

fail() {
  echo "tui-test: FAIL: $1" >&2
  echo "---- screen (120x40) ----" >&2
  capture
  printf '%s\n' "$screen" >&2
  exit 1
}

# Waits until the screen matches an extended regex, at most $2 seconds.
wait_for() {
  local pattern="$1" seconds="$2" what="$3"
  local deadline=$((SECONDS + seconds))
  while true; do
    capture
    if grep -Eq -- "$pattern" <<<"$screen"; then
      echo "tui-test: ok: $what"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      fail "$what: nothing on screen matched /$pattern/ within ${seconds}s"
    fi
    sleep 0.1
  done
}

header() { capture; head -n 1 <<<"$screen"; }

# The virtual clock in the header, date and time of the display zone. A screen caught as a frame is being redrawn may
# not show it yet: wait a moment for one that does.
clock() {
  local found
  for _ in $(seq 20); do
    found="$(header | grep -Eo '[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}' | head -n 1 || true)"
    [[ -n "$found" ]] && { echo "$found"; return 0; }
    sleep 0.05
  done
  fail "no clock in the dashboard's header"
}

tmux new-session -d -s "$session" -x 120 -y 40 "$person bash --norc --noprofile"
tmux send-keys -t "$session" "PS1='PROMPT> '; clear" Enter
wait_for '^PROMPT>' 5 "shell ready"
tmux send-keys -t "$session" "$command; echo $marker-\$?" Enter
start=$SECONDS

# Within 5 seconds: the demo's vault, its items, and a backup job past its snapshot, transferring with a progress bar.
wait_for 'contoso-vault-weu +westeurope' 5 "the demo's vault"
wait_for 'vm-web-01 .*DefaultPolicy' 5 "the demo's items"
wait_for 'Backup +vm-[a-z]+-01 +In progress +Completed +[█░]+ +[0-9]+% ' $((5 - (SECONDS - start) > 0 ? 5 - (SECONDS - start) : 1)) \
  "a job through its snapshot, transferring (within 5 s of launch)"
wait_for 'Backup +vm-web-01 +Completed +Completed +Completed' 8 "vm-web-01's job completed its transfer"

# Space pauses (the clock stops) and resumes.
tmux send-keys -t "$session" ' '
wait_for '❚❚ paused' 2 "space pauses"
first="$(clock)"; sleep 0.6; second="$(clock)"
[[ "$first" == "$second" ]] || fail "the clock moved while paused ($first -> $second)"
tmux send-keys -t "$session" ' '
wait_for '▶ running' 2 "space resumes"

# + and - walk the speed ladder.
tmux send-keys -t "$session" '+'
wait_for '│ 1 day/s │' 2 "+ speeds up to 1 day/s"
tmux send-keys -t "$session" '-'
wait_for '│ 1 h/s │' 2 "- slows down to 1 h/s"
tmux send-keys -t "$session" '-'
wait_for '│ 10 min/s │' 2 "- slows down to 10 min/s"

# The In-progress filter: only running jobs are listed.
tmux send-keys -t "$session" 'f'
wait_for '─ Jobs \([0-9]+\) · In progress' 2 "f shows the In-progress filter"
capture
jobs="$(sed -n '/─ Jobs (/,/─ Narration/p' <<<"$screen" | grep -E '^(› |  )(Backup|Configure|Disable|Delete|Undelete)' || true)"
if grep -Ev 'In progress' <<<"$jobs" | grep -q .; then
  fail "the In-progress filter lists a job that is not in progress"
fi

# Backup now on vm-web-01 (the last item by name), confirmed with Enter: the job appears in the job list.
tmux send-keys -t "$session" 'j' 'j' 'j'
wait_for '^› vm-web-01 ' 2 "the cursor is on vm-web-01"
tmux send-keys -t "$session" 'b'
wait_for '─ Backup now: vm-web-01' 2 "b asks for the retain-until"
tmux send-keys -t "$session" Enter
wait_for '✓ Backup now of vm-web-01 in contoso-vault-weu started' 2 "the backup was started"
wait_for '(Backup now +vm-web-01 +In progress)|(Backup now +vm-web-01 +Completed)' 2 "the on-demand job is in the job list"

# q quits and leaves the terminal as it was: alternate screen left, the shell's next lines after it.
tmux send-keys -t "$session" 'q'
wait_for "^$marker-0\$" 5 "q quits with exit status 0"
wait_for '^PROMPT> ?$' 2 "the shell prompt is back"
alternate_is 0 || fail "the terminal is still on the alternate screen"
capture
grep -q 'contoso-vault-weu' <<<"$screen" && fail "dashboard output is left on the main screen"
echo "tui-test: ok: terminal restored"
# .NET's console switches the cursor keys and keypad to application mode; vaultsim switches them back at its end.
[[ "$(tmux display -p -t "$session" '#{keypad_cursor_flag}#{keypad_flag}')" == "00" ]] \
  || fail "the terminal's cursor keys or keypad were left in application mode"
echo "tui-test: ok: cursor keys and keypad as the shell had them"

# Ctrl+Z suspends under the shell's job control, the shell's screen showing; fg brings the dashboard back whole, on
# the alternate screen, answering keys. (Alone on its line: the shell would run the rest of a list once it stopped.)
tmux send-keys -t "$session" "clear; $command" Enter
wait_for 'contoso-vault-weu +westeurope' 5 "the demo opens again"
stopped_at="$(clock)"
tmux send-keys -t "$session" C-z
wait_for '^\[1\]\+ +Stopped ' 3 "Ctrl+Z stops the dashboard as a job of the shell"
wait_for '^PROMPT> ?$' 2 "the shell prompt shows while it is stopped"
alternate_is 0 || fail "the stopped dashboard left the terminal on the alternate screen"
sleep 4
tmux send-keys -t "$session" 'fg' Enter
wait_for '^ ▶ running │ 1 h/s │' 3 "fg brings the dashboard's header back"
resumed_at="$(clock)"
# At 1 h/s the four seconds stopped would be four virtual hours; the second or so it ran around them is about one.
played=$(( $(date -u -d "$resumed_at" +%s) - $(date -u -d "$stopped_at" +%s) ))
(( played < 2 * 3600 )) || fail "the clock played the time spent stopped ($stopped_at -> $resumed_at)"
echo "tui-test: ok: the time spent stopped was not played ($stopped_at -> $resumed_at)"
wait_for 'space pause +Tab pane' 2 "and its footer"
alternate_is 1 || fail "the resumed dashboard is not on the alternate screen"
capture
grep -q 'Stopped' <<<"$screen" && fail "the shell's lines show through the resumed dashboard"
tmux send-keys -t "$session" ' '
wait_for '❚❚ paused' 2 "the resumed dashboard answers keys"
tmux send-keys -t "$session" 'q'
wait_for '^PROMPT> ?$' 5 "q quits the resumed dashboard"

# A stop sent from outside (kill -TSTP, as a job-control tool or a terminal multiplexer sends it) takes Ctrl+Z's way:
# the dashboard leaves its screen before it stops, so the shell's lines do not draw over its frame; fg brings it back.
tmux send-keys -t "$session" "clear; $command" Enter
wait_for 'contoso-vault-weu +westeurope' 5 "the demo opens again"
program_pid="$(ps -o pid= --ppid "$(tmux display -p -t "$session" '#{pane_pid}')" | head -n 1 | tr -d ' ')"
[[ -n "$program_pid" ]] || fail "the program's process was not found under the shell"
kill -TSTP "$program_pid"
wait_for '^\[1\]\+ +Stopped ' 3 "kill -TSTP from outside stops the dashboard as a job of the shell"
wait_for '^PROMPT> ?$' 2 "the shell prompt shows while it is stopped"
alternate_is 0 || fail "the dashboard stopped from outside left the terminal on the alternate screen"
capture
grep -Eq 'contoso-vault-weu|space pause' <<<"$screen" && fail "the frame of the dashboard stopped from outside shows under the shell's lines"
echo "tui-test: ok: the dashboard stopped from outside left its screen to the shell"
tmux send-keys -t "$session" 'fg' Enter
wait_for '^ ▶ running │ 1 h/s │' 3 "fg brings back the dashboard stopped from outside"
wait_for 'space pause +Tab pane' 2 "and its footer"
alternate_is 1 || fail "the dashboard resumed after a stop from outside is not on the alternate screen"
tmux send-keys -t "$session" 'q'
wait_for '^PROMPT> ?$' 5 "q quits the dashboard resumed after a stop from outside"

# A clock that ran while the dashboard was stopped from outside (an uncatchable SIGSTOP) is not played: five seconds
# stopped at 1 h/s would be five virtual hours in one tick, and even the half second a tick plays at most, half an hour.
main_session_for_stop="$session"
stop_session="$session-stop"
# tmux continues a pane's own process when it stops, so the program runs under a shell without job control (the
# pane's), and only the program is stopped.
tmux new-session -d -s "$stop_session" -x 120 -y 40 "$command; sleep 60"
session="$stop_session"
wait_for 'contoso-vault-weu +westeurope' 5 "the demo opens in a pane of its own"
program_pid="$(ps -o pid= --ppid "$(tmux display -p -t "$stop_session" '#{pane_pid}')" | head -n 1 | tr -d ' ')"
[[ -n "$program_pid" ]] || fail "the program's process was not found under its pane's shell"
# Its first ticks, and the compiling they bring, are behind it once the clock has moved off the opening frame's.
opening="$(clock)"
moved="$opening"
for _ in $(seq 50); do moved="$(clock)"; [[ "$moved" != "$opening" ]] && break; sleep 0.1; done
[[ "$moved" != "$opening" ]] || fail "the demo's clock did not move within 5 s of its first frame"
kill -STOP "$program_pid"
sleep 5
[[ "$(ps -o stat= -p "$program_pid")" == T* ]] || fail "the program did not stop"
# The last frame drawn before the stop is still on screen: the clock as the stop found it.
before="$(clock)"
kill -CONT "$program_pid"
after="$before"
for _ in $(seq 60); do after="$(clock)"; [[ "$after" != "$before" ]] && break; sleep 0.05; done
[[ "$after" != "$before" ]] || fail "the dashboard's clock did not move within 3 s of the continue"
played=$(( $(date -u -d "$after" +%s) - $(date -u -d "$before" +%s) ))
# From the last frame before the stop to the first after the continue, a few 40 ms ticks pass: minutes of virtual
# time. The stop played, even cut to the half second one tick plays at most, would be half an hour more.
(( played < 1800 )) || fail "the clock played the five seconds the dashboard was stopped ($before -> $after)"
echo "tui-test: ok: the time stopped from outside was not played ($before -> $after)"
# Whatever wrote over the screen while the dashboard was stopped (a shell's "Stopped" line and prompt) is gone once it
# is continued, even paused, when no frame would change by itself.
tmux send-keys -t "$session" ' '
wait_for '❚❚ paused' 2 "the dashboard pauses before it is stopped again"
kill -STOP "$program_pid"
printf '\e[20;10HSCRIBBLED-WHILE-STOPPED' >"$(tmux display -p -t "$session" '#{pane_tty}')"
wait_for 'SCRIBBLED-WHILE-STOPPED' 2 "a line is written over the stopped dashboard"
kill -CONT "$program_pid"
for _ in $(seq 30); do capture; grep -q 'SCRIBBLED-WHILE-STOPPED' <<<"$screen" || break; sleep 0.1; done
grep -q 'SCRIBBLED-WHILE-STOPPED' <<<"$screen" && fail "the dashboard continued after a stop did not draw its screen afresh"
wait_for '❚❚ paused' 1 "the dashboard continued after a stop is drawn whole"
# Here no shell could resume it (the kernel would drop the stop): a SIGTSTP from outside leaves it where it is, saying so.
kill -TSTP "$program_pid"
wait_for "A stop signal can't suspend here" 2 "kill -TSTP says it can't suspend where no shell controls the job"
alternate_is 1 || fail "kill -TSTP left the alternate screen where nothing could resume the dashboard"
[[ "$(ps -o stat= -p "$program_pid")" != T* ]] || fail "kill -TSTP stopped the dashboard where nothing could resume it"
tmux kill-session -t "$stop_session"
session="$main_session_for_stop"

# Ctrl+C quits as q does, with exit status 0, whether the terminal sends it as a signal or as a key.
tmux send-keys -t "$session" "clear; $command; echo $marker-\$?" Enter
wait_for 'contoso-vault-weu +westeurope' 5 "the demo opens again"
tmux send-keys -t "$session" C-c
wait_for "^$marker-0\$" 5 "Ctrl+C quits with exit status 0"

# A window grown while the dashboard runs gives the shell its screen back as it was: tmux showed the last frame's rows
# over the shell's lines when the dashboard left a screen it had not blanked.
tmux send-keys -t "$session" "clear; echo BEFORE-THE-DASHBOARD; $command; echo $marker-\$?" Enter
wait_for 'contoso-vault-weu +westeurope' 5 "the demo opens for a resize"
tmux resize-window -t "$session" -x 160 -y 50
wait_for 'contoso-vault-weu +westeurope' 3 "the dashboard is drawn at 160x50"
sleep 0.3
tmux send-keys -t "$session" 'q'
wait_for "^$marker-0\$" 5 "q quits after the window grew"
capture
head -n 1 <<<"$screen" | grep -q '^BEFORE-THE-DASHBOARD$' || fail "the shell's first line is not as it was before the dashboard opened in a window that then grew"
grep -Eq 'contoso-vault-weu|Configure|space pause' <<<"$screen" && fail "the dashboard's rows show on the shell's screen after the window grew"
tmux resize-window -t "$session" -x 120 -y 40
echo "tui-test: ok: a window grown while the dashboard ran gave the shell its screen back as it was"

# A lab whose terminal is closed (tmux sends SIGHUP) is written where it stood, as if q had been pressed.
main_session="$session"
lab_session="$session-lab"
lab="$(mktemp -d)/lab.db"
cleanup() { tmux kill-session -t "$main_session" 2>/dev/null || true; tmux kill-session -t "$lab_session" 2>/dev/null || true; rm -rf "$(dirname "$lab")"; }
# Run under a shell that outlives the hang-up, so that the dashboard's exit status and errors can be read after it.
tmux new-session -d -s "$lab_session" -x 120 -y 40 "bash -c \"trap true HUP; $command tui --db '$lab' 2>'$lab.err'; echo \\\$? >'$lab.status'\""
session="$lab_session"
wait_for 'contoso-vault-weu +westeurope' 5 "the lab opens"
# The pane's own command has no shell to resume it (the kernel drops Ctrl+Z there): it stays, and says so.
tmux send-keys -t "$session" C-z
wait_for "Ctrl\+Z can't suspend here" 2 "Ctrl+Z says it can't suspend where no shell controls the job"
alternate_is 1 || fail "Ctrl+Z left the alternate screen where nothing could resume the dashboard"
tmux send-keys -t "$session" ' '
wait_for '❚❚ paused' 2 "the lab pauses"
tmux send-keys -t "$session" 'g'
wait_for '─ Go to time' 2 "g asks for a time"
tmux send-keys -t "$session" '+1d2h' Enter
wait_for '2026-03-03 03:00:00 CET' 3 "the lab went to 02:00 UTC on its second day"
tmux kill-session -t "$lab_session"
for _ in $(seq 50); do pgrep -f -- "--db $lab" >/dev/null || break; sleep 0.1; done
pgrep -f -- "--db $lab" >/dev/null && { echo "tui-test: FAIL: the lab still runs after its terminal closed: $(pgrep -af -- "--db $lab")" >&2; exit 1; }
recorded="$(eval "$command report '$lab' items" 2>&1 >/dev/null || true)"
grep -q 'recorded up to 2026-03-03T02:00:00Z' <<<"$recorded" \
  || { echo "tui-test: FAIL: the closed lab was not written where it stood: $recorded" >&2; exit 1; }
for _ in $(seq 50); do [[ -s "$lab.status" ]] && break; sleep 0.1; done
[[ "$(cat "$lab.status" 2>/dev/null)" == 0 && ! -s "$lab.err" ]] \
  || { echo "tui-test: FAIL: a lab whose terminal closed exited with status '$(cat "$lab.status" 2>/dev/null)' and errors: $(head -c 400 "$lab.err" 2>/dev/null)" >&2; exit 1; }
echo "tui-test: ok: a lab whose terminal closed was written where it stood, and quit with status 0 and no error"
# Keys typed before the dashboard's first frame were typed blind (a reopened lab replays for seconds): a space typed
# while the program starts does not pause the demo once it opens.
session="$main_session"
tmux send-keys -t "$session" "clear; sleep 1; $command; echo $marker-\$?" Enter
sleep 0.3
tmux send-keys -t "$session" ' '
wait_for 'contoso-vault-weu +westeurope' 6 "the demo opens after a key typed before it"
sleep 0.5
wait_for '▶ running' 1 "the space typed before the first frame was dropped"
tmux send-keys -t "$session" 'q'
# (The terminal echoed the space on the shell's screen before the dashboard took it over.)
wait_for "^ ?$marker-0\$" 5 "q quits"

# Under a CI server that gives its step a terminal, bare vaultsim prints the demo's timeline and exits instead of
# waiting for keys no one presses.
tmux send-keys -t "$session" "clear; $as_ci; echo $marker-\$?" Enter
wait_for "^$marker-0\$" 10 "with CI=true, bare vaultsim prints the demo's timeline and exits 0"
capture
grep -q 'Narration' <<<"$screen" || fail "with CI=true, bare vaultsim did not print the demo's timeline"
alternate_is 0 || fail "with CI=true, bare vaultsim left the terminal on the alternate screen"
echo "tui-test: PASS"
