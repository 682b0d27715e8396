/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content Security Policy of the built app (README § Security). Everything comes from the
 * page's own origin: no inline scripts, no eval, no remote hosts. `style-src 'self'` needs no
 * 'unsafe-inline': React's `style={…}` props are set through the CSSOM (element.style), which CSP
 * does not govern; only `<style>` elements and style attributes parsed from markup would need it,
 * and the app has none. Images may be `blob:` (a chart drawn into a PNG) or `data:`. Workers
 * (the simulation pool, the service worker) load from the origin. `frame-ancestors` only works
 * as a header, so the meta tag leaves it out and `vite preview` sends it.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy as a `<meta>` at the top of the built index.html (not in `vite dev`, whose hot reload injects inline scripts). */
function cspMeta(): Plugin {
  return {
    name: 'onewindow-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) => {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the Content-Security-Policy after`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    // The service worker (README § Offline): precaches every file of the build — the app shell,
    // the view chunks, the simulation worker, ELK, styles and icons — so after one visit the app
    // opens and runs with the network off. Registered by an external registerSW.js (no inline script).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'OneWindow 一窗',
        short_name: 'OneWindow',
        description: 'Simulation and planning model of China’s administrative service centres (行政服务中心); runs locally, offline.',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f6f8',
        theme_color: '#b3261e',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // ELK (the Learn diagrams) is ~1.5 MB; the default limit (2 MiB) would silently drop a larger chunk.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // a new build takes over at once, and the first visit's page is controlled without a reload
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  preview: {
    port: 4173,
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` },
  },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
