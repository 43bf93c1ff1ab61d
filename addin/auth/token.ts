/**
 * Sign-in. In production the add-in uses Microsoft's nested app authentication (MSAL,
 * `createNestablePublicClientApplication`): Office signs the user in, no pop-up of our own. Locally,
 * without an Entra ID app registration, it uses the development token that `npm start` prints
 * (entered once in the task pane and kept in this browser's localStorage).
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { AvresFout } from '../client/fout';
import type { TokenBron } from '../client/http';

/** addin/dist/config.json, written by the build and editable on deployment. */
export interface AddinConfig {
  /** Application (client) ID of the Entra ID app registration; absent: development mode. */
  clientId?: string;
  authority?: string;
  /** Scopes of the API, e.g. `api://<api-client-id>/avres.gebruiken`. */
  scopes?: string[];
}

export const ONTWIKKELTOKEN_SLEUTEL = 'avres.ontwikkeltoken';

export interface Opslag {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export interface Aanmelding {
  token: TokenBron;
  modus: 'microsoft' | 'ontwikkeling';
  /** Development mode only: keeps the token the user pasted. */
  bewaarOntwikkeltoken(token: string): void;
  heeftOntwikkeltoken(): boolean;
}

/** Nested app authentication: silent first, Office's own sign-in dialog when needed. */
function naaToken(config: Required<Pick<AddinConfig, 'clientId'>> & AddinConfig): TokenBron {
  let app: Promise<IPublicClientApplication> | undefined;
  const scopes = config.scopes ?? ['User.Read'];
  return async () => {
    app ??= import('@azure/msal-browser').then((m) =>
      m.createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority ?? 'https://login.microsoftonline.com/common' },
      }),
    );
    const pca = await app;
    try {
      return (await pca.acquireTokenSilent({ scopes })).accessToken;
    } catch {
      return (await pca.acquireTokenPopup({ scopes })).accessToken;
    }
  };
}

/**
 * Chooses the sign-in for this configuration.
 * @example kiesAanmelding({}, localStorage).modus // 'ontwikkeling'
 */
export function kiesAanmelding(config: AddinConfig, opslag: Opslag): Aanmelding {
  if (config.clientId) {
    return {
      token: naaToken({ ...config, clientId: config.clientId }),
      modus: 'microsoft',
      bewaarOntwikkeltoken: () => undefined,
      heeftOntwikkeltoken: () => false,
    };
  }
  return {
    token: () => {
      const t = opslag.getItem(ONTWIKKELTOKEN_SLEUTEL);
      if (!t)
        throw new AvresFout(
          'NIET_AANGEMELD',
          'niet aangemeld: open het AVRES-taakvenster (tabblad AVRES) en plak bij "Aanmelden (ontwikkeling)" het token dat npm start toont',
        );
      return t;
    },
    modus: 'ontwikkeling',
    bewaarOntwikkeltoken: (t) => (t.trim() ? opslag.setItem(ONTWIKKELTOKEN_SLEUTEL, t.trim()) : opslag.removeItem(ONTWIKKELTOKEN_SLEUTEL)),
    heeftOntwikkeltoken: () => !!opslag.getItem(ONTWIKKELTOKEN_SLEUTEL),
  };
}
