/**
 * Renames the project attribute `status` to `stage` without losing a value (issue 9): Strapi 5
 * reserves `status` for a document's draft/published state, so the admin could not save a project.
 * Strapi runs this once per database, before it syncs the tables with schema.json; left to the
 * sync alone, `projects.status` would be dropped and `stage` added empty, in every draft and
 * published row. A fresh database has no `projects` table yet and nothing to do.
 */

const TABLE = 'projects';
const OLD_COLUMN = 'status';
const NEW_COLUMN = 'stage';

/** The parts of Knex's schema builder this migration uses. */
interface SchemaBuilder {
  hasTable(table: string): Promise<boolean>;
  hasColumn(table: string, column: string): Promise<boolean>;
  alterTable(
    table: string,
    change: (table: { renameColumn(from: string, to: string): void }) => void,
  ): Promise<void>;
}

/** The parts of a Knex transaction this migration uses. */
interface Transaction {
  (
    table: string,
  ): {
    whereNull(column: string): { update(values: Record<string, unknown>): Promise<number> };
  };
  ref(column: string): unknown;
}

/** What Strapi's migration runner passes besides the transaction. */
interface Database {
  getSchemaConnection(trx: Transaction): SchemaBuilder;
  getSchemaName(): string | undefined;
}

/** Moves `projects.status` to `projects.stage` in every row (drafts, published, every locale). */
export async function up(trx: Transaction, db: Database): Promise<void> {
  // A Knex schema builder queues every call made on it and runs them all when awaited: one per call.
  const schema = () => db.getSchemaConnection(trx);
  if (!(await schema().hasTable(TABLE)) || !(await schema().hasColumn(TABLE, OLD_COLUMN))) return;
  if (!(await schema().hasColumn(TABLE, NEW_COLUMN))) {
    await schema().alterTable(TABLE, (table) => table.renameColumn(OLD_COLUMN, NEW_COLUMN));
    return;
  }
  // Both exist only in a hand-edited database: keep any stage already set, fill in the rest;
  // the schema sync that follows drops the old column.
  const table = db.getSchemaName() ? `${db.getSchemaName()}.${TABLE}` : TABLE;
  await trx(table)
    .whereNull(NEW_COLUMN)
    .update({ [NEW_COLUMN]: trx.ref(OLD_COLUMN) });
}
