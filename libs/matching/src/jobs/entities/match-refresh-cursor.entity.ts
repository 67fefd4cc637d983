import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far the refresh planner has read the changes of a table (`companies`, `parks`): the last
 * (updated_at, id) it planned jobs for. Kept in the database, so a restart or an outage catches up.
 */
@Entity({ name: 'match_refresh_cursor' })
export class MatchRefreshCursorEntity {
  @PrimaryColumn('text') source!: string;
  /** Microsecond precision, like the `updated_at` columns it follows. */
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
  @Column('uuid', { name: 'last_id' }) lastId!: string;
  @Column({ type: 'timestamptz', name: 'advanced_at', default: () => 'now()' }) advancedAt!: Date;
}
