/** Queries on the `versions` table: immutable published versions of a tenant's content. */

/** What a request needs to know about the version a tenant serves now; never the large JSON. */
export interface PublishedVersion {
  tenantId: string;
  version: number;
  etag: string;
  publishedAt: string;
}

interface PublishedVersionRow {
  tenant_id: string;
  version: number;
  etag: string;
  published_at: string;
}

function toPublishedVersion(row: PublishedVersionRow): PublishedVersion {
  return { tenantId: row.tenant_id, version: row.version, etag: row.etag, publishedAt: row.published_at };
}

export interface NewVersion extends PublishedVersion {
  contentJson: string;
  bundleJson: string;
  publishedBy: string;
  note: string | null;
}

/** The tenant's current version, or null when the tenant does not exist or never published. */
export async function findPublishedVersion(db: D1Database, tenantId: string): Promise<PublishedVersion | null> {
  const row = await db
    .prepare(
      `SELECT v.tenant_id, v.version, v.etag, v.published_at
       FROM tenants t JOIN versions v ON v.tenant_id = t.id AND v.version = t.published_version
       WHERE t.id = ?1`,
    )
    .bind(tenantId)
    .first<PublishedVersionRow>();
  return row ? toPublishedVersion(row) : null;
}

/** The content JSON of the tenant's current version, or null when it never published. */
export async function findPublishedContentJson(db: D1Database, tenantId: string): Promise<string | null> {
  return db
    .prepare(
      'SELECT v.content_json FROM tenants t JOIN versions v ON v.tenant_id = t.id AND v.version = t.published_version WHERE t.id = ?1',
    )
    .bind(tenantId)
    .first<string>('content_json');
}

export async function findBundleJson(db: D1Database, tenantId: string, version: number): Promise<string | null> {
  return db
    .prepare('SELECT bundle_json FROM versions WHERE tenant_id = ?1 AND version = ?2')
    .bind(tenantId, version)
    .first<string>('bundle_json');
}

export async function nextVersionNumber(db: D1Database, tenantId: string): Promise<number> {
  const next = await db
    .prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM versions WHERE tenant_id = ?1')
    .bind(tenantId)
    .first<number>('next');
  return next ?? 1;
}

export function insertVersion(db: D1Database, version: NewVersion): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO versions (tenant_id, version, content_json, bundle_json, etag, published_at, published_by, note)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      version.tenantId,
      version.version,
      version.contentJson,
      version.bundleJson,
      version.etag,
      version.publishedAt,
      version.publishedBy,
      version.note,
    );
}

/** A version as the admin lists it: who published it, when and why. */
export interface VersionSummary {
  version: number;
  publishedAt: string;
  by: string;
  note: string | null;
}

export interface StoredVersion extends VersionSummary {
  /** The validated content as published. */
  contentJson: string;
}

interface VersionSummaryRow {
  version: number;
  published_at: string;
  published_by: string;
  note: string | null;
}

function toVersionSummary(row: VersionSummaryRow): VersionSummary {
  return { version: row.version, publishedAt: row.published_at, by: row.published_by, note: row.note };
}

type StoredVersionRow = VersionSummaryRow & { content_json: string };

function toStoredVersion(row: StoredVersionRow): StoredVersion {
  return { ...toVersionSummary(row), contentJson: row.content_json };
}

/** Every version of the tenant, newest first. */
export async function listVersions(db: D1Database, tenantId: string): Promise<VersionSummary[]> {
  const { results } = await db
    .prepare('SELECT version, published_at, published_by, note FROM versions WHERE tenant_id = ?1 ORDER BY version DESC')
    .bind(tenantId)
    .all<VersionSummaryRow>();
  return results.map(toVersionSummary);
}

export async function findVersion(db: D1Database, tenantId: string, version: number): Promise<StoredVersion | null> {
  const row = await db
    .prepare('SELECT version, published_at, published_by, note, content_json FROM versions WHERE tenant_id = ?1 AND version = ?2')
    .bind(tenantId, version)
    .first<StoredVersionRow>();
  return row ? toStoredVersion(row) : null;
}

/** The version the tenant serves now, with its content: one read instead of the version and then its row. */
export async function findPublishedStoredVersion(db: D1Database, tenantId: string): Promise<StoredVersion | null> {
  const row = await db
    .prepare(
      `SELECT v.version, v.published_at, v.published_by, v.note, v.content_json
       FROM tenants t JOIN versions v ON v.tenant_id = t.id AND v.version = t.published_version
       WHERE t.id = ?1`,
    )
    .bind(tenantId)
    .first<StoredVersionRow>();
  return row ? toStoredVersion(row) : null;
}
