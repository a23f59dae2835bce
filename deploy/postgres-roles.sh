#!/usr/bin/env bash
# Runs once, when the compose PostgreSQL initialises its data folder: the schema owner (runs migrations) and the
# application role (reads and inserts only; the migrations grant it exactly that), each with its own password.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$COUNTRYRELATIONS_OWNER_PASSWORD" -v app_password="$COUNTRYRELATIONS_APP_PASSWORD" <<'SQL'
CREATE ROLE countryrelations_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE countryrelations_app LOGIN PASSWORD :'app_password';
CREATE DATABASE countryrelations OWNER countryrelations_owner;
\connect countryrelations
ALTER SCHEMA public OWNER TO countryrelations_owner;
SQL
