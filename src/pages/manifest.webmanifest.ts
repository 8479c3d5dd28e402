/** /manifest.webmanifest: name, colours and icons for adding the site to a home screen. */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/share/manifest';

export const GET: APIRoute = () => new Response(JSON.stringify(webManifest()), { headers: { 'Content-Type': 'application/manifest+json' } });
