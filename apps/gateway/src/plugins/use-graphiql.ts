import { createHash } from 'node:crypto'
import type { Plugin } from 'graphql-yoga'
import { graphiqlAssets } from '../graphiql/graphiql-assets.js'
import {
  GRAPHIQL_ASSET_DIRECTORY,
  type GraphiQLOptions,
  graphiqlPage,
} from '../graphiql/graphiql-page.js'
import { IMMUTABLE, isFresh, staticFileResponse } from '../static/static-file.js'

const ASSET_PATH = new RegExp(`(?:^|/)${GRAPHIQL_ASSET_DIRECTORY}/([\\w.-]+)$`)

/**
 * Serves GraphiQL, instead of Yoga's page that inlines 9 MB of script into every load: `GET
 * /graphql` from a browser (`Accept: text/html`) gets a page of about 1 KB (revalidated each
 * time, `ETag`), which loads GraphiQL's script, style sheet and icon from
 * `/graphiql/<name>-<hash>.<ext>`: files from the package, never from a CDN, compressed
 * (Brotli or gzip, done once per process) and cached by the browser for ever.
 */
export function useGraphiQL(options: GraphiQLOptions, graphqlEndpoint = '/graphql'): Plugin {
  let page: { html: string; etag: string } | undefined
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      const asset = ASSET_PATH.exec(url.pathname)
      if (asset) {
        const found = (await graphiqlAssets()).byName.get(asset[1]!)
        if (found) endResponse(await staticFileResponse(request, found, IMMUTABLE))
        return
      }
      const isEndpoint = url.pathname === graphqlEndpoint || url.pathname === `${graphqlEndpoint}/`
      if (!isEndpoint || !request.headers.get('accept')?.includes('text/html')) return
      if (!page) {
        const html = graphiqlPage(await graphiqlAssets(), options)
        page = { html, etag: `"${createHash('sha256').update(html).digest('base64url')}"` }
      }
      const headers = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        etag: page.etag,
      }
      endResponse(
        isFresh(request, page.etag)
          ? new Response(null, { status: 304, headers })
          : new Response(page.html, { headers }),
      )
    },
  }
}
