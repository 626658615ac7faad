import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, adminFetch, createToken } from '../support/admin';
import { publish } from '../support/voorbeeldstad';

beforeAll(async () => {
  await publish();
});

describe('GET /api/v1/tenants/{tenant}/session', () => {
  it('names the tenant and the signed-in actor with its role', async () => {
    const token = await createToken('editor', { label: 'Anna' });
    const res = await adminFetch(`${ADMIN}/session`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({
      tenant: { id: 'voorbeeldstad', name: 'Gemeente Voorbeeldstad' },
      actor: { label: 'Anna', role: 'editor' },
    });
  });
});
