import { contentHash, type StaticFile, staticFile } from '../static/static-file.js'

/** One file of GraphiQL, served from the package under a name that changes with its content. */
export interface GraphiQLAsset extends StaticFile {
  /** `graphiql-<hash>.js`: the hash makes it safe to cache for ever. */
  readonly name: string
}

/** GraphiQL's files: the page links `script`, `style` and `icon` by their names. */
export interface GraphiQLAssets {
  readonly script: GraphiQLAsset
  readonly style: GraphiQLAsset
  readonly icon: GraphiQLAsset
  readonly byName: ReadonlyMap<string, GraphiQLAsset>
}

function asset(
  stem: string,
  extension: string,
  contentType: string,
  content: Buffer,
): GraphiQLAsset {
  const file = staticFile(contentType, content)
  return { ...file, name: `${stem}-${contentHash(file.bytes)}.${extension}` }
}

/**
 * The script of `@graphql-yoga/render-graphiql`'s page as a file: its Monaco workers made into
 * blob URLs, then GraphiQL itself, which defines `YogaGraphiQL`. The page calls
 * `YogaGraphiQL.renderYogaGraphiQL` after it.
 */
function scriptOf(parts: typeof import('@graphql-yoga/render-graphiql/graphiql')): string {
  return `(function () {
  function prepareBlob(workerContent) {
    return URL.createObjectURL(new Blob([workerContent], { type: 'application/javascript' }))
  }
  var workers = {
    editorWorkerService: prepareBlob(${JSON.stringify(parts.editorWorkerService)}),
    json: prepareBlob(${JSON.stringify(parts.jsonWorker)}),
    graphql: prepareBlob(${JSON.stringify(parts.graphqlWorker)}),
  }
  self['MonacoEnvironment'] = {
    globalAPI: false,
    getWorkerUrl: function (moduleId, label) { return workers[label] },
  }
})();
${parts.js};
`
}

let loaded: Promise<GraphiQLAssets> | undefined

/**
 * GraphiQL's script, style sheet and icon, read from `@graphql-yoga/render-graphiql` on first
 * use (9 MB the gateway does not load until someone opens GraphiQL) and kept for the process.
 * Nothing comes from a CDN.
 */
export function graphiqlAssets(): Promise<GraphiQLAssets> {
  loaded ??= import('@graphql-yoga/render-graphiql/graphiql').then((parts) => {
    const icon = /^data:([^;,]+);base64,(.*)$/s.exec(parts.favicon)
    const assets = {
      script: asset(
        'graphiql',
        'js',
        'text/javascript; charset=utf-8',
        Buffer.from(scriptOf(parts)),
      ),
      style: asset('graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(parts.css)),
      icon: asset(
        'favicon',
        'ico',
        icon?.[1] ?? 'image/x-icon',
        Buffer.from(icon?.[2] ?? '', 'base64'),
      ),
    }
    return {
      ...assets,
      byName: new Map(Object.values(assets).map((a) => [a.name, a])),
    }
  })
  loaded.catch(() => {
    loaded = undefined
  })
  return loaded
}
