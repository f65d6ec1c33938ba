#!/usr/bin/env bash
# Regenerates the compiled EF Core model of every provider (the app runs on it; GecompileerdModelTests fails when it is
# stale). Run from anywhere after a change to the data model, after adding the migrations (README "Changing the data model").
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
dotnet tool restore >/dev/null
# The old model goes first: it may no longer compile against the changed entities.
rm -rf src/Web/Data/GecompileerdModel/{Sqlite,Postgres,SqlServer}
dotnet build src/Web -v q -nologo
for provider in Sqlite Postgres SqlServer; do
    dotnet ef dbcontext optimize --no-build --project src/Web --context "${provider}BesluitvormingDbContext" \
        --output-dir "Data/GecompileerdModel/$provider" --namespace "Besluitvorming.Web.Data.GecompileerdModel.$provider"
done
