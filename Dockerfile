# The `onewindow` CLI as a container image, for sweeps on a cluster (src/cli/README.md § Sweeps on a
# cluster). The CLI runs TypeScript through tsx, a runtime dependency, so production dependencies
# are enough: no build step, no dev dependencies.
#
#   docker build -t onewindow .
#   docker run --rm -v "$PWD/out:/out" onewindow sweep models/presets/mm10-network.scenario.json \
#     --param 'stations[0].servers' --values 10,11,12 --replications 5 -o /out/sweep.csv
FROM node:20-slim

WORKDIR /app
ENV NODE_ENV=production

# dependencies first, so editing the sources does not reinstall them
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# the sources (the CLI loads src/cli, src/engine, src/domain, src/client's export formatters and
# models/; the rest is a few hundred KB of text and copying it all keeps the image working when the
# CLI's imports change) and the models with their presets, so `onewindow sweep models/presets/…`
# works inside the image; tsx reads the tsconfig files
COPY tsconfig*.json ./
COPY src ./src
COPY models ./models

# tsx keeps its transpile cache under the temporary directory, which the node user can write
USER node
ENTRYPOINT ["node", "/app/src/cli/onewindow.mjs"]
CMD ["--help"]
