/** /social.png: the Open Graph image of every page that is not a plan's. */
import type { APIRoute } from 'astro';
import { siteSocialImage } from '../lib/site/share';

export const GET: APIRoute = async () => new Response(new Uint8Array(await siteSocialImage()), { headers: { 'Content-Type': 'image/png' } });
