# syntax=docker/dockerfile:1
# Beslisroute as a container image (docs/DEPLOYMENT.md). Three stages:
#   deps    – every dependency, for building (and for the migrate target below);
#   build   – next build with output "standalone": .next/standalone holds server.js and only the
#             node_modules it needs (no dev dependencies, no build tools);
#   runtime – the standalone server on Node 22 LTS, as the user `node`, with a HEALTHCHECK on the
#             live probe. Runs on a read-only root filesystem with a writable /tmp.
# A second target, `migrate`, applies the migrations once per release:
#   docker build --target migrate -t beslisroute-migrate .   (a Kubernetes Job / init step)

FROM node:22-bookworm-slim AS deps
WORKDIR /app
# postinstall runs `prisma generate`, which needs the schema but not the native schema engine.
ENV PRISMA_SCHEMA_ENGINE_BINARY=/bin/true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# /_not-found is prerendered at build time and reads the configuration: placeholders, never used at run time.
RUN DATABASE_URL=postgresql://build@localhost:5432/build NEXTAUTH_SECRET=build-time-placeholder-not-a-secret-000 \
    node_modules/.bin/next build

FROM deps AS migrate
COPY . .
USER node
# MIGRATION_DATABASE_URL (the owner of the tables) and DATABASE_URL (the application's role).
CMD ["node", "--import", "tsx", "scripts/migrate.ts", "deploy"]

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    # The app's own graceful stop (lib/server/ops/shutdown.ts): drain, then exit within SHUTDOWN_GRACE_SECONDS.
    NEXT_MANUAL_SIG_HANDLE=true \
    # Two malloc arenas, not eight per core: the RSS that thread-pool fragments left (scripts/standalone.ts SERVER_ENV).
    MALLOC_ARENA_MAX=2 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    TMPDIR=/tmp
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exactly what npm start and the e2e suite run (scripts/standalone.ts).
CMD ["node", "server.js"]
