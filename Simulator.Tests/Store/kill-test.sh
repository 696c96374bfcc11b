#!/usr/bin/env bash
# The issue's must-show: 20 SIGKILLs of `vaultsim run --db` at random (seeded) moments; every file must open, pass
# PRAGMA integrity_check, be marked incomplete and hold every batch committed before its kill.
# The ordinary test run does 5; this runs the same test with 20.
set -euo pipefail
cd "$(dirname "$0")/../.."
VAULTSIM_KILLS="${VAULTSIM_KILLS:-20}" dotnet test Simulator.Tests/Simulator.Tests.csproj --filter "FullyQualifiedName~Simulator.Tests.Store.KillTests" --logger "console;verbosity=detailed"
