import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';

describe('resolveConfig', () => {
  it('defaults to local mode on 127.0.0.1:4173 with ./.offerwise/data', () => {
    expect(resolveConfig([], {})).toEqual({
      ok: true,
      config: {
        mode: 'local',
        host: '127.0.0.1',
        port: 4173,
        dataDir: './.offerwise/data',
        databaseUrl: undefined,
        cookieSecret: undefined,
        trustProxy: false,
      },
    });
  });

  it('reads --port and --data', () => {
    const result = resolveConfig(['--port', '8080', '--data', '/tmp/ow'], {});
    expect(result).toMatchObject({ ok: true, config: { port: 8080, dataDir: '/tmp/ow' } });
  });

  it('selects PostgreSQL when DATABASE_URL is set', () => {
    const result = resolveConfig([], { DATABASE_URL: 'postgres://u@127.0.0.1:5432/ow' });
    expect(result).toMatchObject({
      ok: true,
      config: { databaseUrl: 'postgres://u@127.0.0.1:5432/ow' },
    });
  });

  it('refuses to listen beyond loopback in local mode', () => {
    const result = resolveConfig(['--host', '0.0.0.0'], {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('OFFERWISE_MODE=server');
  });

  it('listens on any host in server mode', () => {
    const result = resolveConfig(['--host', '0.0.0.0'], { OFFERWISE_MODE: 'server' });
    expect(result).toMatchObject({ ok: true, config: { mode: 'server', host: '0.0.0.0' } });
  });

  it.each([['abc'], ['70000'], ['-1']])('refuses the port %s', (port) => {
    expect(resolveConfig(['--port', port], {}).ok).toBe(false);
  });

  it('refuses an unknown mode and unknown options', () => {
    expect(resolveConfig([], { OFFERWISE_MODE: 'cloud' }).ok).toBe(false);
    expect(resolveConfig(['--verbose'], {}).ok).toBe(false);
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['10.0.0.2, 10.1.0.0/16', ['10.0.0.2', '10.1.0.0/16']],
    ['loopback', ['loopback']],
  ])('reads OFFERWISE_TRUST_PROXY=%s', (value, trustProxy) => {
    expect(resolveConfig([], { OFFERWISE_TRUST_PROXY: value })).toMatchObject({
      ok: true,
      config: { trustProxy },
    });
  });

  it('refuses an OFFERWISE_TRUST_PROXY that is neither a switch nor addresses', () => {
    const result = resolveConfig([], { OFFERWISE_TRUST_PROXY: 'yes please' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('OFFERWISE_TRUST_PROXY');
  });
});
