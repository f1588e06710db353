import type Database from 'better-sqlite3';

/**
 * Schema changes in order; entry i moves `user_version` from i to i + 1.
 * Append only: a database already at version n never reruns 0..n-1.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE submissions (
     id TEXT PRIMARY KEY,
     form_id TEXT NOT NULL,
     form_version TEXT NOT NULL,
     schema_id TEXT NOT NULL,
     year TEXT,
     agency TEXT,
     body_hash TEXT NOT NULL,
     body_json TEXT NOT NULL,
     received_at TEXT NOT NULL,
     replaces TEXT REFERENCES submissions(id)
   ) STRICT;
   CREATE INDEX submissions_by_form
     ON submissions(form_id, form_version, received_at);
   CREATE INDEX submissions_by_year ON submissions(year);
   CREATE INDEX submissions_by_agency ON submissions(agency);
   CREATE INDEX submissions_by_replaces ON submissions(replaces);`,
];

/** Call right after opening: brings the file to the newest schema. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Cơ sở dữ liệu ở phiên bản ${current}, mới hơn phần mềm này ` +
        `(${MIGRATIONS.length}). Hãy cập nhật phần mềm máy chủ.`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
