# One image for the api, the worker and the one-shot migration (different commands).
ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm install follows the committed lock (see README on why not npm ci).
RUN npm install --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
# The image's own Node 24 builds: the `node` dev dependency is not installed here (--ignore-scripts).
RUN node node_modules/@nestjs/cli/bin/nest.js build --all && cp -r libs/language/thesaurus dist/libs/language/

FROM node:${NODE_VERSION}-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
CMD ["node", "dist/apps/api/src/main.js"]
