# syntax=docker/dockerfile:1
# The doe-agenda bot as a container image: built with the dev dependencies, run as compiled JavaScript with the
# production dependencies only, as the unprivileged `node` user. Without DATABASE_URL it keeps its embedded
# database (PGlite) in the volume /data; with it, it runs on PostgreSQL (see compose.yaml).
#   docker build -t doe-agenda-bot .
#   docker run -p 3978:3978 -v doe-agenda-data:/data -e SLACK_BOT_TOKEN=… -e SLACK_SIGNING_SECRET=… doe-agenda-bot

ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Build: every dependency (TypeScript, the Prisma generator), then the compiled service in dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY patches ./patches
# npm ci runs patch-package (patches/) and `prisma generate` (postinstall): the database client in src/persistence/generated.
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# 2. Production dependencies only. No install scripts (the generated client is already compiled into dist/) but the
#    library patches of patches/ (teams-ai loading its sign-in support only when configured).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --ignore-scripts && npx --no-install patch-package && npm cache clean --force

# 3. Runtime: the compiled service, its migrations and the region's agenda file, run as `node` (uid 1000).
#    MALLOC_ARENA_MAX=2: glibc's allocator keeps fewer per-thread arenas (some 10–15 MB less resident memory).
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    PORT=3978 \
    DATA_DIR=/data \
    PLAYGROUND=off \
    MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY src/start-compiled.mjs src/dev-stack-traces.mjs ./src/
COPY package.json ./
COPY prisma/migrations ./prisma/migrations
COPY agenda ./agenda
# Chart images in Slack draw their labels with Liberation Sans (Arial's metrics, which the chart layout assumes).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-liberation \
    && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
# 200 when the database answers, 503 while it does not (see /healthz); Node's own fetch, as the image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# `npm run start:prod`, without npm in between: SIGTERM reaches the service, which stops cleanly. A 4 MB young
# generation (Node's default grows to 16 MB per semi-space) keeps some 20 MB less memory for a service of short requests.
CMD ["node", "--max-semi-space-size=4", "src/start-compiled.mjs"]
