import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web pages live in src/web and are built into dist/web, which the Fastify server serves at "/".
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
