import type { MigrationInterface, QueryRunner } from 'typeorm';

const POSTING_STATUSES = `'draft','pending_review','published','expired','archived','rejected','on_hold'`;
const MODES = `'licence','assignment','joint_development','technical_service','investment','equipment_supply'`;

/** Organisations, users and sessions; offers and demands with their translations; reviews; the outbox. */
export class CreatePostings1763769600000 implements MigrationInterface {
  name = 'CreatePostings1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        type text NOT NULL CHECK (type IN ('research_institute','university','company','government','broker_agency')),
        country char(2) NOT NULL,
        website text,
        languages text[] NOT NULL DEFAULT '{}',
        external_id text,
        source text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, external_id)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email public.citext NOT NULL UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('member','broker','admin')),
        organization_id uuid REFERENCES organization(id) ON DELETE RESTRICT,
        portfolio_countries text[] NOT NULL DEFAULT '{}',
        portfolio_fields text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'member' OR organization_id IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const kind of ['offer', 'demand'] as const) {
      const specific =
        kind === 'offer'
          ? `trl smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
             ip_status text NOT NULL DEFAULT 'none' CHECK (ip_status IN ('none','patent_pending','patented','know_how','copyright','other')),
             ip_rights jsonb NOT NULL DEFAULT '[]',
             asking_price_amount numeric(18,2) CHECK (asking_price_amount >= 0),
             asking_price_currency char(3),
             price_confidential boolean NOT NULL DEFAULT false,
             applications text[] NOT NULL DEFAULT '{}',
             expires_on date,
             CHECK ((asking_price_amount IS NULL) = (asking_price_currency IS NULL)),`
          : `desired_trl_min smallint NOT NULL CHECK (desired_trl_min BETWEEN 1 AND 9),
             budget_amount numeric(18,2) CHECK (budget_amount >= 0),
             budget_currency char(3),
             budget_confidential boolean NOT NULL DEFAULT false,
             deadline date,
             CHECK ((budget_amount IS NULL) = (budget_currency IS NULL)),`;
      await q.query(`
        CREATE TABLE ${kind} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
          created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
          status text NOT NULL DEFAULT 'draft' CHECK (status IN (${POSTING_STATUSES})),
          status_reason text,
          version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
          external_id text,
          source text,
          technology_fields text[] NOT NULL DEFAULT '{}',
          ipc_codes text[] NOT NULL DEFAULT '{}',
          cooperation_modes text[] NOT NULL DEFAULT '{}' CHECK (cooperation_modes <@ ARRAY[${MODES}]::text[]),
          owner_country char(2) NOT NULL,
          target_countries text[] NOT NULL DEFAULT '{}',
          confidential jsonb NOT NULL DEFAULT '{}',
          ${specific}
          published_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (source, external_id)
        )`);
      await q.query(`CREATE INDEX ${kind}_status_updated_idx ON ${kind} (status, updated_at DESC)`);
      await q.query(`CREATE INDEX ${kind}_organization_idx ON ${kind} (organization_id)`);
      await q.query(`
        CREATE TABLE ${kind}_translation (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          ${kind}_id uuid NOT NULL REFERENCES ${kind}(id) ON DELETE CASCADE,
          language varchar(8) NOT NULL,
          origin text NOT NULL CHECK (origin IN ('original','human','machine')),
          title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
          summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
          description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
          keywords text[] NOT NULL DEFAULT '{}',
          UNIQUE (${kind}_id, language)
        )`);
      // At most one original per posting here; "at least one" is checked by the service.
      await q.query(
        `CREATE UNIQUE INDEX ${kind}_translation_one_original ON ${kind}_translation (${kind}_id) WHERE origin = 'original'`,
      );
    }
    await q.query(`
      CREATE TABLE posting_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        posting_kind text NOT NULL CHECK (posting_kind IN ('offer','demand')),
        posting_id uuid NOT NULL,
        posting_version integer NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        decision text NOT NULL CHECK (decision IN ('publish','reject','hold')),
        score_innovation smallint NOT NULL CHECK (score_innovation BETWEEN 0 AND 5),
        score_clarity smallint NOT NULL CHECK (score_clarity BETWEEN 0 AND 5),
        score_cooperation smallint NOT NULL CHECK (score_cooperation BETWEEN 0 AND 5),
        score_language smallint NOT NULL CHECK (score_language BETWEEN 0 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX posting_review_posting_idx ON posting_review (posting_kind, posting_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        aggregate_kind text NOT NULL,
        aggregate_id uuid NOT NULL,
        aggregate_version integer NOT NULL,
        event_type text NOT NULL,
        correlation_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_event',
      'posting_review',
      'demand_translation',
      'demand',
      'offer_translation',
      'offer',
      'refresh_token',
      'app_user',
      'organization',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
