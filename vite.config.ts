import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web pages live in src/web and are built into dist/web, which the Fastify server serves at "/".
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // One bundle for an internal app (about 220 kB gzipped, mostly React and the chart library).
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
