/** The D1 binding, noting the SQL of every statement prepared on it: for tests of what a request reads. */
export function recordingDb(db: D1Database, statements: string[]): D1Database {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          statements.push(sql);
          return target.prepare(sql);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
