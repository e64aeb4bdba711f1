import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { users } from '../src/db/schema';
import { migrationsFolder } from '../src/paths';
import { freshTarget } from './helper';

describe('migrations', () => {
  it('run on open and are safe to run again over existing data', async () => {
    const { target, drop } = await freshTarget();
    try {
      const first = await openDatabase(target, migrationsFolder);
      await first.db.insert(users).values({ id: crypto.randomUUID(), email: 'kept@example.com' });
      await first.close();
      const second = await openDatabase(target, migrationsFolder);
      const rows = await second.db.select({ email: users.email }).from(users);
      await second.close();
      expect(rows).toEqual([{ email: 'kept@example.com' }]);
    } finally {
      await drop();
    }
  }, 60_000);
});
