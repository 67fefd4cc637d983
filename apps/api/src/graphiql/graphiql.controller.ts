import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { dirname, join } from 'node:path';
import { Public } from '@hc/core';

// GraphiQL and React from node_modules, so the explorer works without internet access.
// Paths are joined to each package's folder because React does not export its UMD files.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

function assetPath(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const DEFAULT_QUERY = `# Hidden-champions matchmaking API. Try a search in any language:
query Search {
  searchCompanies(query: "Werkzeugmaschinen", facets: [COUNTRY, SECTOR_DIVISION], hitsPerPage: 5) {
    totalHits
    hits { score company { name { zh de en } city country } }
    facets { field buckets { value count label { en } } }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Hidden Champions GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;

@Public()
@Controller('graphiql')
export class GraphiqlController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    res.type(asset.type);
    res.setHeader('cache-control', 'public, max-age=86400');
    res.sendFile(assetPath(asset.pkg, asset.file));
  }
}
