import optimizeLocales from '@react-aria/optimize-locales-plugin'
import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

/** Where `npm run dev` sends the API: the gateway `npm start` serves (CHIDAO_GATEWAY_URL to change). */
const gateway = process.env.CHIDAO_GATEWAY_URL ?? 'http://127.0.0.1:4000'

export default defineConfig({
  plugins: [
    react(),
    // React Aria ships its own words (a date field's "ngày", "tháng", "năm"…) in 30-odd
    // languages: keep the app's two.
    optimizeLocales.vite({ locales: ['vi', 'en'] }),
  ],
  // The domain package is read from its TypeScript source, as the tests and the gateway's
  // development server do: a change to a label or a date rule shows at once.
  resolve: { conditions: ['@chidao/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // Every asset is served by the gateway itself: nothing is fetched from the internet.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/graphql': gateway,
      '/reports': gateway,
      '/ready': gateway,
      '/web-config.json': gateway,
    },
  },
})
