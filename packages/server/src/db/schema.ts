import type { Workspace } from '@offerwise/core';
import {
  doublePrecision,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Tables. The validated workspace document lives in `workspaces.document` (the source of truth
 * for export and evaluation); offers, priorities, history events and counter-offers are its
 * normalised projection, rewritten in the same transaction as every document write.
 * See docs/decisions/0001-storage.md.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  /** argon2id PHC string; null for the built-in local-mode user, who never logs in. */
  passwordHash: text('password_hash'),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token, so a leaked table does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title'),
    /** Optimistic concurrency: every write names the version it was based on. */
    version: integer('version').notNull().default(1),
    // json, not jsonb: json keeps the user's key order (e.g. of expectedCosts), so an export
    // matches what was imported byte for byte.
    document: json('document').$type<Workspace>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workspaces_owner_idx').on(t.ownerId)],
);

export const shares = pgTable(
  'shares',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Only read-only shares exist today (a coach reading a client's workspace). */
    role: text('role', { enum: ['viewer'] })
      .notNull()
      .default('viewer'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    index('shares_user_idx').on(t.userId),
  ],
);

/**
 * Shares offered to an address with no account yet. Sharing answers the same whether or not the
 * address has an account (anything else would tell the owner who uses Offerwise); the next
 * login with that address turns the invitation into a share.
 */
export const shareInvites = pgTable(
  'share_invites',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['viewer'] })
      .notNull()
      .default('viewer'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.email] }),
    index('share_invites_email_idx').on(t.email),
  ],
);

export const priorities = pgTable(
  'priorities',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    measure: text('measure').notNull(),
    nonNegotiable: jsonb('non_negotiable').$type<{ min: number } | { max: number }>(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const offers = pgTable(
  'offers',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    company: text('company').notNull(),
    role: text('role').notNull(),
    currency: text('currency').notNull(),
    status: text('status'),
    base: doublePrecision('base').notNull(),
    deadline: timestamp('deadline', { withTimezone: true }),
    startDate: text('start_date'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('offers_deadline_idx').on(t.deadline),
  ],
);

const offerEventColumns = {
  workspaceId: uuid('workspace_id').notNull(),
  offerId: text('offer_id').notNull(),
  /** Index in the offer's history list (for counter-offers too, so both point at one event). */
  position: integer('position').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  channel: text('channel'),
  source: text('source'),
  note: text('note'),
};

export const historyEvents = pgTable(
  'history_events',
  { ...offerEventColumns, type: text('type').notNull() },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.offerId, t.position] }),
    foreignKey({
      columns: [t.workspaceId, t.offerId],
      foreignColumns: [offers.workspaceId, offers.id],
    }).onDelete('cascade'),
  ],
);

/** The counter-offers among the history events, kept apart for the negotiation views. */
export const counterOffers = pgTable('counter_offers', offerEventColumns, (t) => [
  primaryKey({ columns: [t.workspaceId, t.offerId, t.position] }),
  foreignKey({
    columns: [t.workspaceId, t.offerId],
    foreignColumns: [offers.workspaceId, offers.id],
  }).onDelete('cascade'),
]);

/** Message drafts are not part of the workspace document; each has its own version. */
export const messageDrafts = pgTable(
  'message_drafts',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    offerId: text('offer_id'),
    scenario: text('scenario'),
    channel: text('channel'),
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('message_drafts_workspace_idx').on(t.workspaceId)],
);
