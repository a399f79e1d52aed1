import type { GraphiQLAssets } from './graphiql-assets.js'

/** What the page tells GraphiQL: Yoga's GraphiQL options (`title`, default `headers`, …). */
export type GraphiQLOptions = Readonly<Record<string, unknown>> & { readonly title: string }

/** Where the page finds the assets: relative to `/graphql`, so it also works under a prefix. */
export const GRAPHIQL_ASSET_DIRECTORY = 'graphiql'

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/**
 * GraphiQL's page (about 1 KB): it links the script, style sheet and icon, served as files that
 * may be cached for ever, and starts GraphiQL with `options`, as `@graphql-yoga/render-graphiql`
 * would but without inlining 9 MB into every load.
 */
export function graphiqlPage(assets: GraphiQLAssets, options: GraphiQLOptions): string {
  const at = (name: string) => `${GRAPHIQL_ASSET_DIRECTORY}/${name}`
  // In a <script>, "</script>" or "<!--" inside a string would end or change it.
  const json = JSON.stringify(options).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <link rel="icon" href="${at(assets.icon.name)}" />
    <link rel="stylesheet" href="${at(assets.style.name)}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script src="${at(assets.script.name)}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${json});
    </script>
  </body>
</html>
`
}
