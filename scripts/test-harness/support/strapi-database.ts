// Plain SQL on a stopped throw-away Strapi's database, for tests that must put a database in a
// state no current code path makes (the tables an older version left behind). The drivers are
// the CMS's own (better-sqlite3, pg), loaded from cms/ so both dialects use what Strapi uses.
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../../common/paths.ts';

/** A row as the drivers return it. */
export type Row = Record<string, unknown>;

interface SqliteDatabase {
  prepare(sql: string): { all(): Row[]; run(): unknown; reader: boolean };
  close(): void;
}

interface PostgresClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
}

const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));

/**
 * Runs `statements` in order on the database Strapi's `env` (DATABASE_*) points at, and returns
 * each statement's rows (empty for statements that return none).
 */
export async function runSql(env: Record<string, string>, statements: string[]): Promise<Row[][]> {
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = requireFromCms('pg') as { Client: new (options: object) => PostgresClient };
    const client = new Client({
      host: env.DATABASE_HOST,
      port: Number(env.DATABASE_PORT),
      user: env.DATABASE_USERNAME,
      password: env.DATABASE_PASSWORD,
      database: env.DATABASE_NAME,
    });
    await client.connect();
    try {
      const results: Row[][] = [];
      for (const sql of statements) results.push((await client.query(sql)).rows);
      return results;
    } finally {
      await client.end();
    }
  }
  const Database = requireFromCms('better-sqlite3') as new (file: string) => SqliteDatabase;
  const db = new Database(env.DATABASE_FILENAME ?? '');
  try {
    return statements.map((sql) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all();
      statement.run();
      return [];
    });
  } finally {
    db.close();
  }
}
