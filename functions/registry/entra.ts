/**
 * Entra sign-in for Azure Database for PostgreSQL: the password is an access token of the Function App's managed
 * identity for the resource https://ossrdbms-aad.database.windows.net, fetched from the App Service identity
 * endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER) and cached until five minutes before it expires.
 */
const RESOURCE = 'https://ossrdbms-aad.database.windows.net';

export function entraWachtwoord(env: NodeJS.ProcessEnv = process.env): () => Promise<string> {
  let cache: { token: string; tot: number } | undefined;
  return async () => {
    if (cache && Date.now() < cache.tot) return cache.token;
    const endpoint = env.IDENTITY_ENDPOINT;
    const geheim = env.IDENTITY_HEADER;
    if (!endpoint || !geheim)
      throw new Error('AVRES_DB_ENTRA=true maar IDENTITY_ENDPOINT/IDENTITY_HEADER ontbreken: draait de app met een managed identity?');
    const url = new URL(endpoint);
    url.searchParams.set('resource', RESOURCE);
    url.searchParams.set('api-version', '2019-08-01');
    if (env.AZURE_CLIENT_ID) url.searchParams.set('client_id', env.AZURE_CLIENT_ID);
    const r = await fetch(url, { headers: { 'X-IDENTITY-HEADER': geheim } });
    if (!r.ok) throw new Error(`token voor PostgreSQL niet verkregen (HTTP ${r.status})`);
    const j = (await r.json()) as { access_token: string; expires_on: string | number };
    cache = { token: j.access_token, tot: Number(j.expires_on) * 1000 - 5 * 60_000 };
    return cache.token;
  };
}
