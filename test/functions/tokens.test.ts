/**
 * Token rules: exp and iat required, at most 24 hours of life, no iat in the future beyond the clock skew, only
 * the string "*" grants every gemeente, names match exactly; and production refuses development auth in any case.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { Authenticatie, maakAuthenticatie } from '../../functions/auth/tokens';
import { leesConfig } from '../../functions/config';

const ISSUER = 'https://uitgever.test';
const AUDIENCE = 'api://avres-test';

describe('token validation', () => {
  let auth: Authenticatie;
  let teken: (claims: JWTPayload) => Promise<string>;
  const nu = Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    auth = maakAuthenticatie({
      sleutels: createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256' }] }),
      issuer: ISSUER,
      audience: AUDIENCE,
      gemeentenClaim: 'avres_gemeenten',
    });
    teken = (claims) =>
      new SignJWT({ sub: 'u', iss: ISSUER, aud: AUDIENCE, roles: ['controller'], ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'k' })
        .sign(privateKey);
  });

  const geldig = { iat: nu - 10, exp: nu + 3600 };
  const weiger = async (claims: JWTPayload, bericht: RegExp): Promise<void> => {
    await expect(auth.verifieer(`Bearer ${await teken(claims)}`)).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(bericht),
    });
  };
  const gemeenten = async (claim: unknown): Promise<string[]> =>
    (await auth.verifieer(`Bearer ${await teken({ ...geldig, avres_gemeenten: claim })}`)).gemeenten;

  it('accepts a token with exp and a recent iat', async () => {
    expect(await gemeenten(['Gorinchem'])).toEqual(['Gorinchem']);
  });
  it('refuses a token without exp, without iat, or living longer than 24 hours', async () => {
    await weiger({ iat: nu - 10 }, /mist de claim exp/);
    await weiger({ exp: nu + 3600 }, /mist de claim iat/);
    await weiger({ iat: nu - 10, exp: nu + 25 * 3600 }, /te lang/);
    await weiger({ iat: nu - 25 * 3600, exp: nu + 3600 }, /verlopen/);
  });
  it('refuses an iat in the future beyond a small clock skew, and allows the skew', async () => {
    await weiger({ iat: nu + 600, exp: nu + 3600 }, /toekomst/);
    expect(await gemeenten('*')).toHaveLength(3);
    await expect(auth.verifieer(`Bearer ${await teken({ iat: nu + 5, exp: nu + 3600 })}`)).resolves.toBeDefined();
  });
  it('grants every gemeente only for the string "*", not for ["*"]', async () => {
    expect(await gemeenten('*')).toEqual(['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);
    expect(await gemeenten(['*'])).toEqual([]);
    expect(await gemeenten(['Molenlanden', '*'])).toEqual(['Molenlanden']);
  });
  it('matches gemeente names exactly, without splitting a comma-separated string', async () => {
    expect(await gemeenten(['gorinchem', 'MOLENLANDEN', ' Vijfheerenlanden'])).toEqual([]);
    expect(await gemeenten('Gorinchem,Molenlanden')).toEqual([]);
    expect(await gemeenten('Gorinchem Molenlanden')).toEqual([]);
    expect(await gemeenten('Gorinchem')).toEqual(['Gorinchem']);
    expect(await gemeenten(['Gorinchem', 'Vijfheerenlanden'])).toEqual(['Gorinchem', 'Vijfheerenlanden']);
  });
});

describe('production check', () => {
  it.each(['production', 'Production', 'PRODUCTION', ' production '])('refuses development auth with NODE_ENV=%j', (waarde) => {
    expect(() => leesConfig({ AVRES_AUTH_MODE: 'development', NODE_ENV: waarde })).toThrow(/geweigerd/);
    expect(() => leesConfig({ AVRES_AUTH_MODE: 'development', AZURE_FUNCTIONS_ENVIRONMENT: waarde })).toThrow(/geweigerd/);
  });
  it('allows development auth outside production', () => {
    expect(leesConfig({ AVRES_AUTH_MODE: 'development', NODE_ENV: 'development' }).authModus).toBe('development');
  });
});
