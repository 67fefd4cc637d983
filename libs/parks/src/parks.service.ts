import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildConnection, ConnectionShape, decodeCreatedAtCursor, NotFoundException, toProfileIdentity } from '@hc/core';
import { isicDivisionOf } from '@hc/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { ParksArgs, SubmitParkProfileInput } from './dto/park.input';
import { ParkEntity } from './park.entity';
import { ParkRecord, ParkStatus } from './park.model';

@Injectable()
export class ParksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a submitted profile. It stays SUBMITTED until the initiative's review publishes it. */
  async submit(input: SubmitParkProfileInput): Promise<ParkEntity> {
    const record = recordFromInput(input);
    return this.dataSource.getRepository(ParkEntity).save(record);
  }

  async insertMany(records: ParkRecord[], manager?: EntityManager): Promise<number> {
    const m = manager ?? this.dataSource.manager;
    if (records.length) await m.createQueryBuilder().insert().into(ParkEntity).values(records).execute();
    return records.length;
  }

  async findById(id: string): Promise<ParkEntity> {
    const found = await this.dataSource.getRepository(ParkEntity).findOneBy({ id });
    if (!found) throw new NotFoundException('Park', id);
    return found;
  }

  async list(args: ParksArgs): Promise<ConnectionShape<ParkEntity>> {
    const qb = this.dataSource.getRepository(ParkEntity).createQueryBuilder('p');
    const f = args.filter;
    qb.where('p.status = :status', { status: f?.status ?? ParkStatus.PUBLISHED });
    if (f?.country?.length) qb.andWhere('p.country IN (:...countries)', { countries: f.country });
    if (f?.initiativeMember !== undefined && f.initiativeMember !== null) qb.andWhere('p.initiative_member = :member', { member: f.initiativeMember });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const { createdAt, id } = decodeCreatedAtCursor(args.after);
      qb.andWhere('(p.created_at, p.id) > (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await qb.orderBy('p.created_at', 'ASC').addOrderBy('p.id', 'ASC').take(args.first + 1).getMany();
    return buildConnection(rows, args.first, Boolean(args.after), totalCount, (r) => [r.createdAt.toISOString(), r.id], (r) => r);
  }
}

function recordFromInput(input: SubmitParkProfileInput): ParkRecord {
  return {
    ...toProfileIdentity(input),
    // Parks state interest at division level; a finer code is reduced to its division.
    focusSectors: [...new Set(input.focusSectors.map(isicDivisionOf))],
    offerings: [...new Set(input.offerings ?? [])],
    initiativeMember: input.initiativeMember ?? false,
    website: input.website ?? null,
    status: ParkStatus.SUBMITTED,
  };
}
