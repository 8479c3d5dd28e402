/** /icon-192.png, /icon-512.png: the favicon drawn as PNG for the web app manifest. */
import type { APIRoute } from 'astro';
import { ICON_SIZES } from '../lib/share/manifest';
import { iconPng } from '../lib/site/share';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await iconPng(Number(params.size))), { headers: { 'Content-Type': 'image/png' } });
