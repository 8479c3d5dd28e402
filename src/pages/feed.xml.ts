/** /feed.xml: the Atom feed of plans added or changed (src/lib/share/feed.ts). */
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/site/share';

export const GET: APIRoute = async () => new Response(await feedXml(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
